"""Speakers: a body noun whose phrase ends in the body's own name set off by commas ('The UN
agency for Palestinian refugees, UNRWA, said') speaks as that name, not as the larger body that
modifies the noun; and the offices the gazetteer knows for a government ('Downing Street said')
speak for it. Invented sentences; each speaker decided by reading the text."""

from __future__ import annotations

import pytest

from helpers_nlp import analyse


@pytest.mark.parametrize(("text", "speaker"), [
    ("The UN agency for Palestinian refugees, UNRWA, said it had run out of fuel.", "UNRWA"),
    ("The UN refugee agency, UNHCR, said 200,000 people had fled Ostland.", "UNHCR"),
    ("The UN agency for Ostland refugees, OFRA, said it had run out of fuel.", "OFRA"),
])
def test_a_body_named_after_commas_speaks_as_its_name(text: str, speaker: str) -> None:
    a = analyse(text)
    assert [a.speaker(q) for q in a.quotes] == [speaker]


def test_a_person_named_after_the_head_of_a_body_still_speaks() -> None:
    a = analyse("The head of the UN agency, Anna Berg, said aid was blocked at the border.")
    assert [a.speaker(q) for q in a.quotes] == ["Anna Berg"]


def test_downing_street_is_the_office_that_speaks() -> None:
    a = analyse("Downing Street said the prime minister had spoken to the Ostland president.")
    assert [a.speaker(q) for q in a.quotes] == ["Downing Street"]
    assert [(e.name, e.type) for e in a.entities if e.name == "Downing Street"] == [("Downing Street", "ORG")]


def test_data_from_a_body_speaks_for_it() -> None:
    """'Data from X showed that ...': a document noun (the model lemmatises 'data' as 'datum')."""
    a = analyse("Data from the Ostland Bureau of Statistics showed that food prices rose 12 percent.")
    assert [a.speaker(q) for q in a.quotes] == ["Ostland Bureau of Statistics"]


def test_who_after_a_persons_apposition_is_the_person_not_the_firm() -> None:
    """'Tom Weld, an analyst at Grayling Securities, who expects ...': the relative clause hangs on
    the firm, but 'who' stands for the person the apposition describes."""
    a = analyse("Shares fell 3 percent, said Tom Weld, an analyst at Grayling Securities, who expects a rebound next year.")
    assert {a.speaker(q) for q in a.quotes} == {"Tom Weld"}


def test_a_capitals_office_holder_is_the_countrys() -> None:
    """"Tehran's chief negotiator said" is the person the article introduced as Iran's chief
    negotiator: a capital stands for its country (curated capital_of) in a role's country words."""
    a = analyse("Iran and world powers resumed talks on Monday. Iran's chief negotiator Ali Bagheri Kani met "
                'EU officials.\n\n"Our red lines have not moved," Tehran\'s chief negotiator said.')
    assert [a.speaker(q) for q in a.quotes if q.kind == "direct"] == ["Ali Bagheri Kani"]


def test_a_party_in_apposition_to_a_title_does_not_speak() -> None:
    """'The congressman, a third-term Republican, told reporters': the party describes the
    congressman named before; it is not the speaker."""
    a = analyse("Rep. Dean Hollister spoke on Monday. The congressman, a third-term Republican, told reporters that the bill would pass.")
    assert [a.speaker(q) for q in a.quotes] == ["Dean Hollister"]
