"""A one-word name hyphenated before a curated participle of place ('Heidelberg-based',
'Lagos-born') is a place, whatever type the model gives it (gazetteer v43 place_participles).
Invented sentences; each type decided by reading the text."""

from __future__ import annotations

import pytest

from helpers_nlp import analyse


@pytest.mark.parametrize(("text", "place"), [
    ("The Heidelberg-based company Velora said sales rose on Monday.", "Heidelberg"),
    ("The Toulouse-based maker Aerovia delayed its first flight.", "Toulouse"),
])
def test_a_name_before_based_is_a_place(text: str, place: str) -> None:
    assert analyse(text).entity(place).type == "GPE"


def test_a_capital_opening_a_sentence_before_based_is_no_place() -> None:
    a = analyse("Home-based workers rallied in the capital on Monday.")
    assert [e.name for e in a.entities if e.type == "GPE"] == []
