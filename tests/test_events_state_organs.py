"""A state's organ named by its field or standing without saying whose ('the interior ministry',
'the federal government': curated ``body_qualifiers`` and ``qualified_body_nouns``) acts for the
country the story is about, as a bare 'the government' does; one qualified as another's ('the
rebel government') does not, and a bare 'the ministry' is not read as the state. An office or a
presidency acts for its owner, and a state that will take 'resolute' or 'necessary measures to
defend its sovereignty' threatens. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers_nlp import named_events

PUBLISHED = dt.date(2026, 3, 2)
HEADLINE = "Romania tightens rules on protests before the vote\n"
LEAD = "BUCHAREST - Romania will hold a general election in May, and tension is rising across Romania. "


def _events(body: str, kind: str) -> list:
    return [e for e in named_events(HEADLINE + LEAD + body, PUBLISHED) if e.type == kind]


@pytest.mark.parametrize("organ", ["The interior ministry", "The justice ministry", "The federal government",
                                   "The interim government"])
def test_an_organ_named_by_its_field_is_the_story_country(organ: str) -> None:
    found = _events(f"{organ} banned all rallies in the capital on Sunday.", "COERCE")
    assert [e.actors for e in found] == [["Romania"]]


def test_the_foreign_ministry_summoning_an_envoy_is_the_story_country() -> None:
    found = _events("The foreign ministry summoned Hungary's envoy on Sunday.", "ACCUSE")
    assert [(e.actors, e.recipients) for e in found] == [(["Romania"], ["Hungary"])]


@pytest.mark.parametrize("organ", ["The rebel government", "The ministry"])
def test_an_organ_of_another_or_of_no_stated_field_is_not_the_story_country(organ: str) -> None:
    found = _events(f"{organ} banned all rallies in the capital on Sunday.", "COERCE")
    assert all("Romania" not in e.actors for e in found)


@pytest.mark.parametrize(("organ", "owner"), [("Hungary's presidential office", "Hungary"),
                                              ("The Danube Authority's presidency", "Danube Authority")])
def test_an_office_or_presidency_acts_for_its_owner(organ: str, owner: str) -> None:
    # curated actor_nouns: 'office', 'presidency' (like 'ministry') stand for whose they are
    found = _events(f"{organ} condemned the ban on rallies on Sunday.", "ACCUSE")
    assert [e.actors for e in found] == [[owner]]


@pytest.mark.parametrize("measures", ['"resolute measures" to protect Romanian companies',
                                      '"necessary measures" to defend its sovereignty'])
def test_a_state_vowing_to_take_firm_measures_threatens(measures: str) -> None:
    found = _events(f"The foreign ministry said on Sunday that Romania would take {measures}.", "THREATEN")
    assert [e.actors for e in found] == [["Romania"]]


def test_measures_against_an_outbreak_are_no_threat() -> None:
    assert _events("The government said on Sunday it would take necessary measures to contain the outbreak.", "THREATEN") == []


def test_summoning_an_envoy_to_protest_is_a_complaint_not_a_demonstration() -> None:
    text = ("Manila summons Chinese envoy\nMANILA - The Philippines summoned a senior Chinese diplomat on Tuesday "
            "to protest what it called dangerous actions.")
    found = named_events(text, PUBLISHED)
    assert [(e.type, e.trigger) for e in found] == [("ACCUSE", "summoned")]


def test_crowds_gathering_to_protest_still_protest() -> None:
    found = _events("Thousands gathered in the capital on Sunday to protest the decision.", "PROTEST")
    assert "gathered" in [e.trigger for e in found]


def test_a_state_handing_over_a_formal_protest_complains_to_the_other() -> None:
    found = _events("Romania handed a formal protest to Hungary on Sunday over the remarks.", "ACCUSE")
    assert [(e.actors, e.recipients) for e in found] == [(["Romania"], ["Hungary"])]


def test_a_states_ships_act_for_it() -> None:
    # curated actor_nouns: 'ships', 'boats' stand for whose they are
    found = _events("Hungarian ships rammed a Romanian boat on Sunday.", "ASSAULT")
    assert [(e.actors, e.recipients) for e in found] == [(["Hungary"], ["Romania"])]
