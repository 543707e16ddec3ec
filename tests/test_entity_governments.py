"""A state's government named by its place ('the Government of Bhutan', 'the Bhutan Govt') is
that place, as 'the Bhutanese government' is written with the people's word alone; a lower-case
word for a kind of place after a name ('the Mekong river') is no part of the name."""

from __future__ import annotations

import pytest
from structnews.build.extract import nlp
from structnews.build.extract.entity_bounds import cut_lower_descriptor
from tests.helpers_nlp import analyse


@pytest.mark.parametrize(
    "text",
    [
        "The Government of Bhutan has promised new schools in the valleys. Farmers in Bhutan welcomed the plan.",
        "Farmers in Bhutan welcomed the plan, which the Bhutan Govt announced after a dry summer.",
    ],
)
def test_the_government_of_a_place_is_the_place(text: str) -> None:
    a = analyse(text)
    assert ("Bhutan", "GPE") in {(e.name, e.type) for e in a.entities}
    assert not any("Gov" in e.name for e in a.entities), [e.name for e in a.entities]


def test_a_statement_of_the_government_is_the_states() -> None:
    a = analyse("The Government of Bhutan said that the new road would open in May.")
    assert a.speaker(a.quote("the new road")) == "Bhutan"


def test_a_government_with_a_name_of_its_own_is_kept() -> None:
    a = analyse("Rival forces loyal to the Government of National Salvation stormed the port on Friday.")
    assert "Government of National Salvation" in {e.name for e in a.entities}


@pytest.mark.parametrize(("text", "words", "name"), [
    ("Shelling resumed across the Ladakh region overnight.", "Ladakh region", "Ladakh"),
    ("Fishermen along the Mekong river lost their boats.", "Mekong river", "Mekong"),
    ("Roads in the Kivu province were cut.", "Kivu province", "Kivu"),
])
def test_a_lower_case_kind_of_place_closes_the_name(text: str, words: str, name: str) -> None:
    """The model sometimes takes the word in ('the disputed X region'); the span ends before it."""
    doc = nlp.load()(text)
    start = text.index(words)
    span = doc.char_span(start, start + len(words), label="LOC")
    assert cut_lower_descriptor(span).text == name
