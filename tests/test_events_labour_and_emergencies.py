"""Lexicon v90, labour and emergency rule: union members marching and nurses walking off their
wards protest (PROTEST); an employer offering a pay increase offers agreement (AGREE); a curfew
clamped on a town and a state of exception extended coerce (COERCE); nationals handed over to
their country are released (RETREAT); people picked up or pulled from the sea are rescued
(AID), people picked up by police are not. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers_nlp import named_events

_DATE = dt.date(2026, 3, 5)
_HEAD = "Dispute deepens\n\n"


def _types(text: str) -> list[str]:
    return [e.type for e in named_events(_HEAD + text, _DATE)]


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Union members marched to parliament on Wednesday.", "PROTEST"),
    ("Hundreds of nurses walked off wards across the state on Tuesday.", "PROTEST"),
    ("Harwick Platinum offered a 5 per cent increase on Monday.", "AGREE"),
    ("The government clamped an indefinite curfew on the town on Tuesday.", "COERCE"),
    ("Honduras has extended a state of exception for a further 45 days.", "COERCE"),
    ("India handed over 12 Sri Lankan fishermen to Sri Lanka on Tuesday.", "RETREAT"),
])
def test_labour_and_emergency_acts(sentence: str, kind: str) -> None:
    assert kind in _types(sentence), sentence


def test_walking_off_a_building_site_is_no_strike() -> None:
    """'walked off the site' is as often a contractor leaving a job unfinished."""
    assert "PROTEST" not in _types('"They walked off the site in March and stopped answering our letters," the owner said.')


@pytest.mark.parametrize("sentence", [
    "The coast guard picked up 74 people from a dinghy south of the island on Tuesday.",
    "The crew of the rescue ship pulled 41 survivors from the water on Tuesday.",
])
def test_people_taken_from_the_sea_are_rescued(sentence: str) -> None:
    assert "AID" in _types(sentence), sentence


def test_people_picked_up_by_police_are_not_rescued() -> None:
    assert "AID" not in _types("Police picked up 12 people at the station on Tuesday.")
