"""An event of a sentence that names no one is not dropped as part of another event of its type
in the same sentence when the two are dated to different periods ('negotiators will meet in
November, and leaders hope to adopt the text at their summit next year': two meetings); of two
naming no one and told of one period, one record stays. Invented sentences."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import named_events

DAY = dt.date(2025, 9, 4)


def test_an_unnamed_meeting_of_another_period_keeps_its_record() -> None:
    events = named_events("Negotiators will meet again in Lisbon in November, and Ostland's leaders hope to adopt "
                          "the final text at their summit next year.", DAY)
    assert sorted((e.trigger, e.date) for e in events if e.type == "CONSULT") == [
        ("meet", "2025-11-01"), ("summit", "2026-01-01")]


def test_two_unnamed_acts_of_one_period_stay_one_record() -> None:
    events = named_events("Protesters clashed with riot officers on Monday and threw rocks at them.", DAY)
    assert len([e for e in events if e.type == "ASSAULT"]) <= 1
