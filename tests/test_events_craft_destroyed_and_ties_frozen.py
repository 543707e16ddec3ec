"""Lexicon v86: a side's weapons and craft destroyed or sunk are an ASSAULT; participation in an
alliance frozen is a SANCTION (sever) against the alliance. A ship that sank, boats a storm
destroyed and shares that sank are no such acts. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers_nlp import named_events

_PUBLISHED = dt.date(2026, 3, 4)


@pytest.mark.parametrize("sentence", [
    "Ostland's navy destroyed two Westmark missile launchers on Tuesday.",
    "Westmark drones sank two Ostland patrol boats in the Black Sea on Tuesday.",
])
def test_craft_destroyed_or_sunk(sentence: str) -> None:
    found = [e for e in named_events(sentence, _PUBLISHED) if e.type == "ASSAULT"]
    assert len(found) == 1 and found[0].date == "2026-03-03"


def test_participation_frozen() -> None:
    found = named_events("Armenia froze its participation in the Collective Security Treaty Organization in February.", _PUBLISHED)
    assert [(e.type, e.actors, e.recipients) for e in found] == [
        ("SANCTION", ["Armenia"], ["Collective Security Treaty Organization"])]


@pytest.mark.parametrize("sentence", [
    "The cargo ship sank off the coast of Libya on Tuesday.",
    "The storm destroyed two fishing boats in the harbour on Tuesday.",
    "Shares in the shipping firm sank on Tuesday.",
])
def test_no_attack(sentence: str) -> None:
    assert not [e for e in named_events(sentence, _PUBLISHED) if e.type == "ASSAULT"]
