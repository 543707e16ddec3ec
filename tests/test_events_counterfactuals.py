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
    run = Run("Officials said Dorvan would withdraw its troops from the valley next month.")
    assert [e.context for e in run.events if e.trigger == "withdraw"] == ["future"]
    # stated by Dorvan itself, the withdrawal is declared: the declaration (CONCEDE) was made, and
    # 'next month' dates the withdrawal, not the declaration; 'on Monday' dates the declaration
    # (Monday 6 March, before the helper's publication date, Thursday 9 March 2023)
    run = Run("Dorvan said it would withdraw its troops from the valley next month.")
    assert [(e.type, e.context, e.date) for e in run.events if e.trigger == "withdraw"] == [("CONCEDE", None, None)]
    run = Run("Norway said on Monday it would withdraw its troops from the valley next month.")
    assert [(e.context, str(e.date)) for e in run.events if e.trigger == "withdraw"] == [(None, "2023-03-06")]
