"""'X is due to meet Y': a meeting set for later is a future CONSULT whose doer is the subject of the
copula, as 'X is ready to meet Y' is a hypothetical one (the adjective, a curated future cue,
passes the subject down to the infinitive). Invented sentences, real country names."""

from __future__ import annotations

import datetime as dt

from tests.test_events import Run


def test_a_meeting_someone_is_due_to_hold_is_a_future_consultation() -> None:
    # Checked by hand: before, the meeting had no doer and was dropped.
    run = Run("Norway's prime minister is due to meet Sweden's king on Thursday.")
    event = run.one("CONSULT")
    assert run.actors(event) == ["Norway"] and run.recipients(event) == ["Sweden"]
    assert event.context == "future"


# A purpose or an event noun after the copula itself: the doer 'is due' somewhere (dates worked out
# by hand from a publication on Thursday 9 March 2023).
def test_a_purpose_after_is_due_is_future_and_dated_by_the_copulas_day() -> None:
    # 'on Tuesday' hangs on 'due': the meeting is planned for Tuesday 14 March
    run = Run("Ostland's foreign minister Ivo Sark, who is due in Varnia on Tuesday to meet President Ann Lind, spoke to reporters.")
    meet = [e for e in run.events if e.trigger == "meet"]
    assert len(meet) == 1, [(e.trigger, e.context) for e in run.events]
    assert meet[0].context == "future" and meet[0].date == dt.date(2023, 3, 14)


def test_talks_one_is_due_in_a_city_for_are_future() -> None:
    run = Run("Ostland's foreign minister Ivo Sark is due in Varnia on Tuesday for talks with President Ann Lind.")
    talks = [e for e in run.events if e.trigger == "talks"]
    assert len(talks) == 1 and talks[0].context == "future", [(e.trigger, e.context) for e in run.events]


def test_being_in_a_city_for_talks_is_no_plan() -> None:
    run = Run("Ostland's foreign minister Ivo Sark was in Varnia on Monday for talks with President Ann Lind.")
    talks = [e for e in run.events if e.trigger == "talks"]
    assert len(talks) == 1 and talks[0].context is None and talks[0].date == dt.date(2023, 3, 6)
