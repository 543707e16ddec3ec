"""Lexicon v92: the object of a verb of making someone act does the infinitive that completes it
('the scandal led Ostland to expel X': Ostland expels; curated ``object_control_verbs``), not the
verb's own subject; a verb of asking keeps its request apart. Invented sentences."""

from __future__ import annotations

from tests.test_events import Run


def test_led_to_expel_is_done_by_the_object() -> None:
    run = Run("The scandal led Ostland to expel Westmark's ambassador on Monday.")
    assert [(run.actors(e), run.recipients(e)) for e in run.of("SANCTION")] == [(["Ostland"], ["Westmark"])]


def test_prompted_to_recall_is_done_by_the_object_not_the_subject() -> None:
    run = Run("Westmark's ruling prompted Ostland to recall its ambassador from Westmark.")
    assert [run.actors(e) for e in run.of("SANCTION")] == [["Ostland"]]
