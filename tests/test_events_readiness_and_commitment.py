"""Readiness and commitment to cooperate are AGREE (the codebook: willingness or commitment to
cooperate; event lexicon v74), on invented sentences: 'ready to help', 'keen to play a role',
'ready to provide any assistance', 'remained committed to diplomacy'. Readiness to punish stays a
threat, and readiness to fight is no agreement."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers_nlp import named_events

PUBLISHED = dt.date(2026, 4, 15)


@pytest.mark.parametrize(("sentence", "actor"), [
    ("Norway said it was ready to help with the implementation of the accord.", "Norway"),
    ("Chile was keen to play a role in easing tensions, its foreign minister said.", "Chile"),
    ("Norway is ready to provide any assistance needed, the Norwegian minister said.", "Norway"),
    ("Chile remained committed to diplomacy, the Chilean minister said.", "Chile"),
])
def test_readiness_or_commitment_to_cooperate_is_agree(sentence: str, actor: str) -> None:
    agreements = [e.actors for e in named_events(sentence, PUBLISHED) if e.type == "AGREE"]
    assert agreements == [[actor]]


def test_readiness_to_punish_is_a_threat_not_an_agreement() -> None:
    events = named_events("Norway is prepared to impose severe sanctions on any firm that helps Chile evade the embargo, "
                          "a Norwegian official said.", PUBLISHED)
    assert [e.type for e in events] == ["THREATEN"]


def test_readiness_to_fight_is_no_agreement() -> None:
    assert [e for e in named_events("The army is ready to strike, the general said.", PUBLISHED) if e.type == "AGREE"] == []
