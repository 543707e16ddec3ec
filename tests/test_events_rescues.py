"""People rescued at sea are humanitarian aid (AID, curated v78); a bank rescued is not.
Invented sentences."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import named_events

PUBLISHED = dt.date(2024, 3, 8)


def test_a_coast_guard_rescuing_migrants_gives_aid() -> None:
    events = named_events("Italy's coast guard rescued 120 migrants from a sinking boat on Sunday.", PUBLISHED)
    assert [(e.type, e.actors, e.date) for e in events] == [("AID", ["Italy"], "2024-03-03")]


def test_a_bank_rescued_is_no_aid() -> None:
    events = named_events("Italy's government rescued the country's largest bank in 2008.", PUBLISHED)
    assert [e for e in events if e.type == "AID"] == []
