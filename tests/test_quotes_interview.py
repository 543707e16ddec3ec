"""'I' in an interview transcript is the person answering (build/extract/quotes/interview.py);
invented interviews."""

from __future__ import annotations

from helpers_nlp import analyse

INTERVIEW = ("Activist Ana Ruiz left the movement in 2015.\n\n"
             "((WN)) How did your family react?\n\n"
             "((Ana Ruiz)) I told my mother, Elena Ruiz, about it, and she said nothing. And I said, \"You are not listening to me.\"\n\n"
             "Later I wrote to her again, and I said: \"I am still your daughter.\"\n\n"
             "((WN)) What did your father say?")


def test_i_in_an_answer_is_the_one_answering() -> None:
    """A story told inside an answer quotes its teller: the label '((Ana Ruiz))' names her, not the
    mother named just before."""
    a = analyse(INTERVIEW)
    assert a.speaker(a.direct("You are not listening")) == "Ana Ruiz"


def test_the_answer_goes_on_until_the_next_label() -> None:
    """A paragraph with no label of its own continues the answer above it."""
    a = analyse(INTERVIEW)
    assert a.speaker(a.direct("I am still your daughter")) == "Ana Ruiz"


def test_i_outside_any_interview_names_no_one() -> None:
    """In prose with no labelled turns, 'I say' is the writer's or a column's: not the person named last."""
    a = analyse("Tomas Berg is the party's candidate for governor.\n\n"
                "To voters tired of the old parties, my answer is simple: I tell them, \"This year the choice is yours.\"")
    assert a.speaker(a.direct("This year the choice")) is None
