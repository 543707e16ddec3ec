"""Actors through parses that misread a subordinate clause: 'after X last week rejected the plan'
parsed as 'after X' plus a verb with no subject. Invented sentences."""

from __future__ import annotations

from tests.test_events import Run


def test_the_object_of_a_misread_after_is_the_subject_of_the_clause() -> None:
    run = Run("The talks come after Dravia last week rejected the plan.")
    assert run.actors(run.one("REJECT")) == ["Dravia"]


def test_a_real_prepositional_phrase_gives_no_subject() -> None:
    # 'after the vote' is a time phrase; the verb's subject is its own
    run = Run("After the vote, the Ostland Workers Union rejected the plan.")
    assert run.actors(run.one("REJECT")) == ["the Ostland Workers Union"]
