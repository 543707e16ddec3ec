"""Diplomatic wording (event lexicon v74; invented sentences): 'lodged stern representations with
X' is a protest (ACCUSE), 'conveyed its concerns to X' a complaint, 'normalised relations' the start
of diplomatic cooperation (SUPPORT; not 'efforts to normalise relations', which is a purpose),
and 'rushed aid to X' is aid."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers_nlp import named_events

PUBLISHED = dt.date(2026, 4, 15)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Norway lodged stern representations with Chile on Monday.", ("ACCUSE", ["Norway"], ["Chile"])),
    ("Norway conveyed its concerns to Chile on Monday.", ("ACCUSE", ["Norway"], ["Chile"])),
    ("Norway and Chile normalised relations on Monday.", ("SUPPORT", ["Norway", "Chile"], [])),
    ("Norway rushed aid to Chile on Monday.", ("AID", ["Norway"], ["Chile"])),
])
def test_diplomatic_wording_gives_its_event(sentence: str, expected: tuple[str, list[str], list[str]]) -> None:
    assert [(e.type, e.actors, e.recipients) for e in named_events(sentence, PUBLISHED)] == [expected]


def test_an_effort_to_normalise_relations_is_no_event() -> None:
    events = named_events("The EU will continue its efforts to normalise relations between Norway and Chile.", PUBLISHED)
    assert "SUPPORT" not in [e.type for e in events]
