"""People rescued at sea are humanitarian aid (AID, curated v78); a bank rescued is not.
Invented sentences."""

from __future__ import annotations

from tests.test_events import Run


def test_a_coast_guard_rescuing_migrants_gives_aid() -> None:
    run = Run("Ostland's coast guard rescued 120 migrants from a sinking boat on Sunday.")
    rescue = run.one("AID")
    assert (run.actors(rescue), rescue.mode) == (["Ostland"], "humanitarian")


def test_a_bank_rescued_is_no_aid() -> None:
    assert Run("Ostland's government rescued the country's largest bank in 2008.").of("AID") == []
