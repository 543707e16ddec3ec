"""A noun event under a negation cue through a verb of taking part did not take place ('would
refrain from participating in the sessions'); through another verb it says nothing of the act
('refrained from repeating their earlier threat': the threat was made). Invented sentences."""

from __future__ import annotations

from tests.test_events import Run


def test_refraining_from_taking_part_negates_the_act() -> None:
    run = Run("Members of the Ostland Workers Union will refrain from participating in the sessions of the Dravian parliament.")
    assert run.one("CONSULT").context == "negated"


def test_refraining_from_repeating_a_threat_leaves_the_threat_a_fact() -> None:
    run = Run("The Dravian Labour Party said its members would refrain from repeating their earlier threat to strike.")
    assert run.one("THREATEN").context is None
