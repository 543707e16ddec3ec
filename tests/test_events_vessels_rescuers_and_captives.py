"""Ordinary vocabulary of the sea, of disasters and of prisoner exchanges (curated events v80):
a coast guard detaining, chasing or driving off a vessel coerces its country; navies deploying
frigates and forces dispatching ships or activating missile systems mobilise; rescue teams sent
to a disaster are humanitarian aid (not troops sent on a rescue); captured soldiers handed over
or released are released. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers_nlp import named_events

PUBLISHED = dt.date(2024, 3, 8)


def _kinds(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, e.actors, e.recipients) for e in named_events(text, PUBLISHED)]


@pytest.mark.parametrize("text", [
    "The Norwegian coast guard detained a Russian fishing trawler near the islands on Wednesday.",
    "Two Chinese coast guard ships chased a Japanese fishing boat for several hours on Sunday.",
    "Turkish patrol boats harassed a Greek fishing vessel near the islets on Monday.",
])
def test_a_vessel_detained_or_chased_is_coerced(text: str) -> None:
    assert [k for k in _kinds(text) if k[0] == "COERCE"], _kinds(text)


def test_a_fishing_boat_expelled_from_waters_is_coerced_not_sanctioned() -> None:
    kinds = _kinds("The Japanese coast guard expelled a Chinese fishing boat from its waters on Monday.")
    assert [k[0] for k in kinds] == ["COERCE"]


@pytest.mark.parametrize("text", [
    "The Greek navy deployed two frigates to the area on Tuesday.",
    "Taiwan dispatched its own ships and aircraft to the strait on Friday.",
    "Taiwan activated land-based missile systems on Friday.",
])
def test_ships_aircraft_and_missile_systems_are_mobilised(text: str) -> None:
    assert [k[0] for k in _kinds(text)] == ["MOBILIZE"]


@pytest.mark.parametrize("text", [
    "Chile sent rescue teams to southern Peru on Sunday after an earthquake struck the region.",
    "China dispatched a 60-member search and rescue team to Nepal on Monday.",
])
def test_rescue_teams_sent_to_a_disaster_are_aid(text: str) -> None:
    assert [k[0] for k in _kinds(text)] == ["AID"]


def test_troops_sent_on_a_rescue_are_no_aid() -> None:
    assert "AID" not in [k[0] for k in _kinds("Ostland sent troops to rescue the hostages on Monday.")]


@pytest.mark.parametrize("text", [
    "Valdonia handed over 12 captured soldiers to Ostland on Monday, officials said.",
    "Ostland released five Valdonian servicemen on Monday, officials said.",
])
def test_captured_soldiers_handed_over_or_released_are_released(text: str) -> None:
    assert [k[0] for k in _kinds(text)] == ["RETREAT"]
