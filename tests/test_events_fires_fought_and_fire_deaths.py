"""Deaths a natural force caused and fires being fought are no attack, even when the model hangs
'killed' on the wrong noun ('wildfires fanned by strong winds killed 19', 'killed' parsed as a
modifier of 'winds') or the fighters are soldiers ('soldiers were battling 42 fires'); the idioms
'set fire to' and 'opened fire on' stay attacks. Invented sentences; each event decided by
reading the text."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers_nlp import named_events

PUBLISHED = dt.date(2026, 3, 25)


@pytest.mark.parametrize("text", [
    "Chile declared a state of emergency as wildfires fanned by strong winds killed at least 19 people.",
    "More than 3,000 firefighters and soldiers were battling 42 active fires in the region.",
])
def test_fire_deaths_and_fires_fought_are_no_attack(text: str) -> None:
    assert "ASSAULT" not in [e.type for e in named_events(text, PUBLISHED)]


@pytest.mark.parametrize("text", [
    "Protesters set fire to the police station on Monday.",
    "Soldiers opened fire on protesters in Lagos on Monday.",
])
def test_setting_or_opening_fire_is_still_an_attack(text: str) -> None:
    assert [e.type for e in named_events(text, PUBLISHED)] == ["ASSAULT"]


@pytest.mark.parametrize(("text", "types"), [
    ("Clashes broke out in Tripoli on Monday despite a UN-brokered truce.", ["ASSAULT"]),  # event lexicon v73
    ("The clash between the two clubs continued in court.", []),
])
def test_clashes_that_break_out_are_fighting(text: str, types: list[str]) -> None:
    assert [e.type for e in named_events(text, PUBLISHED)] == types
