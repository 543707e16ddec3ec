"""A modal with a perfect ('would have faced', 'could have blocked') says what did not happen; a
finite past verb coordinated with it ('... but resigned') did happen and takes no modal from it."""

from __future__ import annotations

from tests.test_events import Run


def test_would_have_is_no_act_and_the_past_conjunct_is_one() -> None:
    run = Run("The Dorvan army would have shelled the port of Kelm but withdrew its troops after the ceasefire.")
    assert [e.trigger for e in run.of("ASSAULT")] == [], "the port was never shelled"
    [withdrew] = run.of("RETREAT")
    assert withdrew.trigger == "withdrew" and withdrew.context is None
    assert run.actors(withdrew) == ["Dorvan"]


def test_a_plain_would_still_makes_a_future_act() -> None:
    run = Run("Dorvan said it would withdraw its troops from the valley next month.")
    assert [e.context for e in run.events if e.trigger == "withdraw"] == ["future"]
