"""Protests by residents and vigils (event lexicon v74; invented sentences): 'dozens of residents
marched through the town' is a protest march, as 'thousands marched' was; 'held a vigil outside
City Hall' is a demonstration. Soldiers marching into a town are no protest."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers_nlp import named_events

PUBLISHED = dt.date(2026, 4, 15)


@pytest.mark.parametrize("sentence", [
    "Dozens of residents marched through the centre of Tulva on Monday, chanting for justice.",
    "About 100 residents held a vigil outside City Hall on Monday.",
])
def test_residents_marching_or_holding_a_vigil_protest(sentence: str) -> None:
    assert [(e.type, e.date) for e in named_events(sentence, PUBLISHED)] == [("PROTEST", "2026-04-13")]


def test_soldiers_marching_do_not_protest() -> None:
    assert named_events("The soldiers marched into Tulva on Monday.", PUBLISHED) == []
