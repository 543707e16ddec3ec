"""Restrictions of movement and communication by an armed party or a state (codebook COERCE):
a siege, access or aid convoys blocked, mobile internet suspended, a curfew announced, vehicles
banned; not roads blocked by a landslide. Event lexicon v72. Invented sentences; each event
decided by reading the text."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers_nlp import named_events

PUBLISHED = dt.date(2024, 5, 8)  # a Wednesday


@pytest.mark.parametrize(("text", "actor", "mode"), [
    ("The Houthis have besieged parts of Taiz since 2015.", "Houthis", "restrict"),
    ("Israel blocked aid convoys to Gaza on Monday.", "Israel", "restrict"),
    ("Authorities in Pakistan suspended mobile internet services in Ganderbal on Monday.", "Pakistan", "censor"),
    ("The regional governor, Aminata Diallo, announced a night-time curfew in Ansongo on Tuesday.", "Aminata Diallo", "curfew"),
    ("On Tuesday, the Somali government banned motorcycles from central Mogadishu.", "Somalia", "restrict"),
])
def test_a_restriction_is_coercion(text: str, actor: str, mode: str) -> None:
    events = named_events(text, PUBLISHED)
    assert [(e.type, e.actors) for e in events] == [("COERCE", [actor])]


def test_roads_blocked_by_a_landslide_are_no_event() -> None:
    assert named_events("Landslides blocked roads into Kathmandu on Monday.", PUBLISHED) == []


def test_protesters_blocking_access_still_protest() -> None:
    events = named_events("Protesters blocked access to the parliament in Lima on Monday.", PUBLISHED)
    assert [e.type for e in events] == ["PROTEST"]
