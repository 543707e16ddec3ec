"""Trade measures the lexicon lacked (v76): export controls tightened and imports restricted are
sanctions; tariffs a state says it will remove are a concession announced. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers_nlp import named_events

PUBLISHED = dt.date(2026, 11, 4)


@pytest.mark.parametrize(("text", "actors"), [
    ("Vietnam tightened export controls on rare minerals last month.", ["Vietnam"]),
    ("Chile restricted imports of Argentine beef on Monday.", ["Chile"]),
])
def test_trade_restrictions_are_sanctions(text: str, actors: list[str]) -> None:
    assert [e.actors for e in named_events(text, PUBLISHED) if e.type == "SANCTION"] == [actors]


def test_tariffs_a_state_will_remove_are_a_concession() -> None:
    found = named_events("Mexico will remove tariffs on Canadian lumber next year, the economy ministry said.", PUBLISHED)
    assert [e.actors for e in found if e.type == "CONCEDE"] == [["Mexico"]]
