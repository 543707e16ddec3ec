"""'X is due to meet Y': a meeting set for later is a future CONSULT whose doer is the subject of the
copula, as 'X is ready to meet Y' is a hypothetical one (the adjective, a curated future cue,
passes the subject down to the infinitive). Invented sentences, real country names."""

from __future__ import annotations

from tests.test_events import Run


def test_a_meeting_someone_is_due_to_hold_is_a_future_consultation() -> None:
    # Checked by hand: before, the meeting had no doer and was dropped.
    run = Run("Norway's prime minister is due to meet Sweden's king on Thursday.")
    event = run.one("CONSULT")
    assert run.actors(event) == ["Norway"] and run.recipients(event) == ["Sweden"]
    assert event.context == "future"
