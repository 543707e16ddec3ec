"""Speakers named by what they are, and subjects cut off by an aside:
- a senator introduced AP-style ('Sen. A, D-Ohio,') is 'the Ohio Democrat' and 'the Democrat
  from Ohio';
- 'the German told reporters' is the person introduced as German (never the nationality itself),
  or with no one introduced so, the person the sentence before is about;
- 'the Labour MP said' is the person introduced as 'the local MP, NAME,', not the party;
- 'NAME, asked about X, said ...': the aside does not take the subject away from 'said'.
Invented sentences; each speaker decided by reading the text."""

from __future__ import annotations

import pytest

from helpers_nlp import analyse

SENATORS = ("Sen. Harriet Collard, D-Ohio, voted against the bill on Tuesday, and Sen. Dale Prout, "
            "R-Texas, voted for it.\n\n")


@pytest.mark.parametrize("attribution", ["the Ohio Democrat said", "the Democrat from Ohio said"])
def test_an_ap_party_label_makes_the_party_member(attribution: str) -> None:
    a = analyse(SENATORS + f"“I did not come here to shut the government down,” {attribution}.")
    assert a.speaker(a.direct("I did not come")) == "Harriet Collard"


def test_the_place_of_an_ap_label_picks_the_member() -> None:
    a = analyse(SENATORS + "“We had no choice,” the Texas Republican said.")
    assert a.speaker(a.direct("We had no choice")) == "Dale Prout"


TENNIS = ("Germany's Stefan Rheinhold beat Maya Trevino of the United States in three sets on Sunday.\n\n"
          "“The wrist has been bad since the spring,” the German told reporters.\n\n"
          "“I am still shaking,” the American said.")


def test_a_nationality_with_the_is_the_person_introduced_with_it() -> None:
    a = analyse(TENNIS)
    assert a.speaker(a.direct("The wrist")) == "Stefan Rheinhold"
    assert a.speaker(a.direct("I am still shaking")) == "Maya Trevino"


def test_a_nationality_no_one_is_introduced_with_is_the_person_the_story_is_about() -> None:
    a = analyse("Her coach, Stefan Rheinhold, was less guarded. “The wrist has been bad,” the German told reporters.")
    assert a.speaker(a.direct("The wrist")) == "Stefan Rheinhold"


def test_a_person_introduced_with_another_country_is_not_the_national() -> None:
    a = analyse("Stefan Rheinhold of Austria beat Maya Trevino in three sets.\n\n“It was hard,” the German said.")
    assert a.speaker(a.direct("It was hard")) is None


def test_a_party_member_no_one_is_introduced_as_is_the_senator_just_named() -> None:
    a = analyse("It passed only after Sen. Harriet Collard agreed to drop her demand.\n\n"
                "“I did not come here to shut the government down,” the Democrat from Ohio said.")
    assert a.speaker(a.direct("I did not come")) == "Harriet Collard"


def test_a_group_with_the_still_speaks() -> None:
    a = analyse("Ulla Berg of Germany was kidnapped in March.\n\n“We will fight,” the Taliban said.")
    assert a.speaker(a.direct("We will fight")) == "Taliban"


def test_a_party_qualified_office_is_its_holder() -> None:
    a = analyse("Residents were moved last year, the local MP, Joanne Whitfield, said.\n\n"
                "“This is a victory for the tenants,” the Labour MP said on Monday.")
    assert a.speaker(a.direct("This is a victory")) == "Joanne Whitfield"


@pytest.mark.parametrize("aside", ["asked about the dispute at an event in Baltimore",
                                   "pressed on the timing"])
def test_an_aside_after_the_subject_keeps_it_the_speaker(aside: str) -> None:
    a = analyse(f"Commerce Secretary Nathaniel Obi, {aside}, said he did not follow “the online back-and-forth.”")
    assert [a.speaker(q) for q in a.quotes if q.kind == "direct"] == ["Nathaniel Obi"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Tommy Quayle, 29, scored twice on Saturday. The midfielder said: “We let the gaffer down.”", "Tommy Quayle"),
    ("Ann Lind bought the club in March. “We let the fans down,” the billionaire said.", "Ann Lind"),
    # an unnamed source is no description of the person just named
    ("Ann Lind was stopped on Monday. “We let the fans down,” the officer said.", None),
    # nor is a role described with its own phrase ('the coach of the other team')
    ("Ann Lind scored twice on Saturday. “We let the fans down,” the coach of Harwick said.", None),
])
def test_a_role_noun_goes_on_with_the_person_the_story_is_about(text: str, speaker: str | None) -> None:
    a = analyse(text)
    assert a.speaker(a.direct("We let the")) == speaker
