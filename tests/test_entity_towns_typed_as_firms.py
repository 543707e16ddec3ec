"""``entity_places.written_as_place``: a short name the model took for an organisation is a place
when the article writes it where places stand ('in Awasi and Katito'), never speaking; not a body
('in Congress'), not a name after 'the', not a journal or firm after a verb of writing or investing
('published in Science Advances', curated ``medium_in_verbs``). Invented articles."""

from __future__ import annotations

from helpers_nlp import analyse


def _types(text: str) -> dict[str, str]:
    return {e.name: e.type for e in analyse(text).entities}


def test_a_town_written_where_places_stand_is_a_place() -> None:
    types = _types("Protests turn deadly after by-election\n\nThe officer was accused of altering results forms "
                   "from 14 polling stations in Awasi and Katito. Police said two people died in Awasi on Sunday.")
    assert types.get("Awasi") == "GPE", types


def test_a_legislature_and_a_journal_stay_bodies() -> None:
    types = _types("Senators clash over study\n\nThe bill stalled in Congress on Tuesday. The study, published in "
                   "Marine Letters last week, was cited in Congress by two senators.")
    assert types.get("Congress") != "GPE", types
    assert types.get("Marine Letters") != "GPE", types
