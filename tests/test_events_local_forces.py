"""A state's forces named without an owner act for their place or the story's country
(events.local_forces): a kind of force before them ('riot police', 'security forces': curated
``force_qualifiers``) keeps them unowned, a nationality hung on that kind word is theirs ('Peruvian
riot police'), and a town the gazetteer does not know is in the story's country. An unnamed person
detained 'in' a place is still an unnamed target. Invented sentences and towns."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers_nlp import named_events

PUBLISHED = dt.date(2026, 3, 2)
HEADLINE = "Peru sends more police to the south as miners keep up their strike\n"


def _events(body: str, kind: str) -> list:
    return [e for e in named_events(HEADLINE + body, PUBLISHED) if e.type == kind]


def test_a_nationality_on_the_kind_of_force_is_the_forces_country() -> None:
    # the parser hangs 'Brazilian' on 'riot', not on 'police'
    found = _events("Bolivian riot police fired tear gas at striking miners in the southern town of Uyuni on Saturday.", "ASSAULT")
    assert [e.actors for e in found] == [["Bolivia"]]


@pytest.mark.parametrize("subject", ["Security forces", "Border police", "Border guards"])
def test_a_kind_of_force_without_an_owner_is_the_story_country(subject: str) -> None:
    body = ("Thousands of miners have blocked roads around Peru's southern mines since January. "
            f"{subject} detained 31 people near the mines on Sunday.")
    assert [e.actors for e in _events(body, "COERCE")] == [["Peru"]]


@pytest.mark.parametrize("subject", ["Rebel soldiers", "Foreign troops"])
def test_a_force_with_another_owner_is_not_the_story_country(subject: str) -> None:
    body = ("Thousands of miners have blocked roads around Peru's southern mines since January. "
            f"{subject} detained 31 people near the mines on Sunday.")
    assert all("Peru" not in e.actors for e in _events(body, "COERCE"))


def test_police_in_an_unknown_town_are_the_story_country() -> None:
    body = ("Thousands of miners have blocked roads around Peru's southern mines since January. "
            "Police fired tear gas at the miners in Quellotambo on Sunday.")
    assert [e.actors for e in _events(body, "ASSAULT")] == [["Peru"]]


def test_police_in_a_known_foreign_capital_are_that_country() -> None:
    body = ("Thousands of miners have blocked roads around Peru's southern mines since January. "
            "Police fired tear gas at Peruvian miners in Quito on Sunday.")
    assert [e.actors for e in _events(body, "ASSAULT")] == [["Ecuador"]]


def test_an_unnamed_person_detained_in_a_place_is_still_a_target() -> None:
    body = ("Thousands of miners have blocked roads around Peru's southern mines since January. "
            "Police detained a union leader in Lima on Sunday.")
    assert [e.actors for e in _events(body, "COERCE")] == [["Peru"]]


def test_forces_a_story_deploys_are_no_counterpart() -> None:
    # the troops moved are the mover's own, not the story's country as a counterpart
    text = ("Miners in southern Peru keep up their strike\n"
            "Thousands of miners have blocked roads around Peru's southern mines since January. "
            "Chile deployed troops to its northern border on Sunday.")
    found = [e for e in named_events(text, PUBLISHED) if e.type == "MOBILIZE"]
    assert [(e.actors, e.recipients) for e in found] == [(["Chile"], [])]


@pytest.mark.parametrize("organ", ["Police in Tacna", "A court in Tacna"])
def test_an_organ_in_a_town_the_gazetteer_does_not_know_is_the_story_countrys(organ: str) -> None:
    # 'in X' on the organ itself (not after the verb): a town is no state
    body = ("Thousands of miners have blocked roads around Peru's southern mines since January. "
            f"{organ} jailed two union leaders on Sunday.")
    found = [e for e in _events(body, "COERCE") if e.trigger == "jailed"]
    assert [e.actors for e in found] == [["Peru"]]
