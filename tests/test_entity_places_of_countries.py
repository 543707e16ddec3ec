"""States, provinces, the nations of the United Kingdom and large cities are curated places
(gazetteer v47), whatever the model calls them ('Bristol' as an organisation); a curated place
inside a longer run of capitalised words is part of that name ('Greater Manchester Fire and
Rescue Service'), not a mention of the place. Invented sentences."""

from __future__ import annotations

import pytest

from helpers_nlp import analyse


@pytest.mark.parametrize(("text", "place"), [
    ("Ministers met in Bristol to discuss the plan.", "Bristol"),
    ("Voters in Ohio and Nevada went to the polls on Tuesday.", "Nevada"),
    ("Floods hit Queensland and Tasmania last week, officials said.", "Tasmania"),
])
def test_a_curated_place_is_a_place(text: str, place: str) -> None:
    assert {e.name: e.type for e in analyse(text).entities}.get(place) == "GPE"


def test_a_place_inside_a_longer_name_is_not_cut_out() -> None:
    found = analyse("Greater Manchester Fire and Rescue Service said its crews had put out the blaze by noon.")
    assert "Manchester" not in [e.name for e in found.entities]
    assert not any(e.name == "Fire and Rescue Service" for e in found.entities)


def test_a_place_after_a_sentences_first_word_is_still_found() -> None:
    found = analyse("In Texas Governor Ana Ruiz said the border would stay open.")
    assert {e.name: e.type for e in found.entities}.get("Texas") == "GPE"
