"""People set free and people taken (invented sentences): a named person freed or released is
the release's counterpart, also in the passive ('X was released': X did not release anyone);
releasing a statement or an album, or leaving hospital, is no release, nor is 'the rules were
released'; people captured are detained (towns captured are seized), and a person 'held on
suspicion of' a crime is detained."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers_nlp import named_events

PUBLISHED = dt.date(2026, 3, 2)
HEADLINE = "Writer freed after two years\n"


def _events(body: str, kind: str) -> list:
    return [e for e in named_events(HEADLINE + body, PUBLISHED) if e.type == kind]


@pytest.mark.parametrize("verb", ["freed", "released"])
def test_a_state_freeing_a_named_person_releases_them(verb: str) -> None:
    found = _events(f"China {verb} the Australian writer Tomas Venn on Monday.", "RETREAT")
    assert [(e.actors, e.recipients) for e in found] == [(["China"], ["Tomas Venn"])]


def test_a_person_released_in_the_passive_is_the_one_freed() -> None:
    found = _events("Tomas Venn was released on Monday after two years in detention.", "RETREAT")
    assert [(e.actors, e.recipients) for e in found] == [([], ["Tomas Venn"])]


@pytest.mark.parametrize("body", ["Tomas Venn released a new album on Monday.",
                                  "Tomas Venn was released from hospital on Monday.",
                                  "The ministry sent a letter asking for new rules; the new rules were released the same day."])
def test_releasing_a_thing_or_leaving_hospital_is_no_release(body: str) -> None:
    assert _events(body, "RETREAT") == []


def test_people_captured_are_detained() -> None:
    found = _events("Soldiers killed eight of the attackers, and two others were captured alive, officials said.", "COERCE")
    assert [e.trigger for e in found] == ["captured"]


def test_a_person_held_on_suspicion_of_a_crime_is_detained() -> None:
    found = _events("Tomas Venn had been held for almost two years on suspicion of spying.", "COERCE")
    assert [e.recipients for e in found] == [["Tomas Venn"]]
