"""Two acts of one type reported by coordinated verbs through their nouns are two events:
'declared a state of emergency on Monday and imposed a curfew' gives the emergency and the curfew
(events.records._separate_act, as 'vetoed X and rejected Y' already did for verbs). Invented names."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import named_events

PUBLISHED = dt.date(2026, 4, 15)


def test_an_emergency_and_a_curfew_are_two_restrictions() -> None:
    events = named_events("The Ostland government declared a state of emergency on Monday and imposed a curfew in Tulva.", PUBLISHED)
    assert [(e.type, e.trigger) for e in events] == [("COERCE", "emergency"), ("COERCE", "curfew")]


def test_one_restriction_named_twice_stays_one() -> None:
    # 'imposed a curfew' and 'the curfew' under one verb: one act
    events = named_events("The Ostland government imposed a curfew on Monday, the first curfew since 2010.", PUBLISHED)
    assert [e.type for e in events] == ["COERCE"]
