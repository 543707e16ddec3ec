"""A legislature's bare head written capitalised alone ('gave Parliament a week') is an
organisation, which the model often leaves untagged; the head inside a longer name is not read
alone."""

from __future__ import annotations

import pytest
from tests.helpers_nlp import analyse


@pytest.mark.parametrize(("text", "word"), [
    ("Judges gave Parliament a week to sit again.", "Parliament"),
    ("A week after the flood, Parliament sat again.", "Parliament"),
    ("Lawmakers in the Senate voted on Monday against the water bill.", "Senate"),
])
def test_a_lone_legislature_is_an_organisation(text: str, word: str) -> None:
    a = analyse(text)
    assert (word, "ORG") in {(e.name, e.type) for e in a.entities}


def test_the_head_of_a_longer_name_is_that_name() -> None:
    a = analyse("Judges gave Parliament a week to sit again. The Ostland Parliament met on Friday.")
    assert {e.name for e in a.entities} == {"Ostland Parliament"}


def test_a_lower_case_legislature_is_no_name() -> None:
    assert analyse("Judges gave parliament a week to sit again.").entities == []


@pytest.mark.parametrize("text", [
    "She became a Member of Parliament for the coast in 2010.",
    "The sale needs an Act of Parliament before it can go ahead.",
])
def test_a_title_or_a_law_of_the_legislature_names_no_body(text: str) -> None:
    assert "Parliament" not in {e.name for e in analyse(text).entities}
