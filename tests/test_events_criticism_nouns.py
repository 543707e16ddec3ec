"""Lexicon v47: an impeachment is an accusation ('the impeachment of X'), 'X blasted Y' is
criticism (not 'a blast killed'), and 'the detention of X' is an arrest."""

from __future__ import annotations

from tests.test_events import Run


def test_an_impeachment_accuses_the_one_impeached() -> None:
    run = Run("Congress voted on Friday to approve the impeachment of President Marta Velik.")
    [event] = run.of("ACCUSE")
    assert event.trigger == "impeachment" and event.mode == "allege"
    assert run.recipients(event) == ["Marta Velik"]


def test_blasted_is_criticism_but_a_blast_is_not() -> None:
    run = Run("Opposition leader Ivo Sark blasted the Dorvan government over the price of bread.")
    [event] = run.of("ACCUSE")
    assert event.trigger == "blasted" and run.actors(event) == ["Ivo Sark"]
    assert Run("A blast killed four people near the market in Dorvan.").of("ACCUSE") == []


def test_the_detention_of_a_person_is_an_arrest() -> None:
    run = Run("The court ordered the detention of Ivo Sark for 30 days.")
    [event] = run.of("COERCE")
    assert event.trigger == "detention" and event.mode == "arrest"
    assert run.recipients(event) == ["Ivo Sark"]
