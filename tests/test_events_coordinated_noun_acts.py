"""Two acts of one type reported by coordinated verbs through their nouns are two events:
'declared martial law on Monday and imposed a curfew' gives martial law and the curfew
(events.records._separate_act, as 'vetoed X and rejected Y' already did for verbs). Invented names."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import named_events

PUBLISHED = dt.date(2026, 4, 15)


def test_martial_law_and_a_curfew_are_two_restrictions() -> None:
    events = named_events("The Ostland government declared martial law on Monday and imposed a curfew in Tulva.", PUBLISHED)
    assert [(e.type, e.trigger) for e in events] == [("COERCE", "law"), ("COERCE", "curfew")]


def test_one_restriction_named_twice_stays_one() -> None:
    # 'imposed a curfew' and 'the curfew' under one verb: one act
    events = named_events("The Ostland government imposed a curfew on Monday, the first curfew since 2010.", PUBLISHED)
    assert [e.type for e in events] == ["COERCE"]
