"""'X condemned the attack on Tuesday and expressed solidarity with Y': a noun trigger that is
the object of a light verb coordinated to a dated verb, with no subject of its own, takes that
verb's date, as a coordinated verb does; a conjunct with its own subject does not. Invented
sentences."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import named_events

_PUBLISHED = dt.date(2024, 3, 7)  # a Thursday


def test_solidarity_expressed_with_a_dated_condemnation_takes_its_date() -> None:
    found = named_events("Lenton condemns attack\nThe government of Lenton condemned the attack in a statement on Tuesday "
                         "and expressed solidarity with the families of the victims.", _PUBLISHED)
    support = next(e for e in found if e.type == "SUPPORT")
    assert support.date == "2024-03-05"


def test_a_conjunct_with_its_own_subject_is_not_dated_by_the_first() -> None:
    found = named_events("Lenton condemns attack\nThe government of Lenton condemned the attack in a statement on Tuesday, "
                         "and Varnia later expressed solidarity with the families of the victims.", _PUBLISHED)
    support = next(e for e in found if e.type == "SUPPORT")
    assert support.date is None
