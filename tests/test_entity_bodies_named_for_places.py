"""Bodies named for a place are one organisation, not a place and stray words (invented names):
'the Tea Board of Kenya' (the model ends the body before 'of' and tags the country alone) and 'the
Ghana Premier League' (a curated place, then capitalised words ending in an organisation ending;
the model tagged 'League' a person). One word alone after the place is left to the suffix rule
('Kenya Police')."""

from __future__ import annotations

import pytest

from helpers_nlp import analyse


def _types(text: str) -> dict[str, str]:
    return {e.name: e.type for e in analyse(text).entities}


@pytest.mark.parametrize(("text", "name"), [
    ("Auction prices rose sharply, according to the Tea Board of Kenya.", "Tea Board of Kenya"),
    ("Tema Harbour lost 3-2 in the Ghana Premier League on Sunday.", "Ghana Premier League"),
    ("The Kenya Revenue Authority said taxes would rise.", "Kenya Revenue Authority"),
])
def test_a_body_named_for_a_place_is_one_organisation(text: str, name: str) -> None:
    types = _types(text)
    assert types.get(name) == "ORG", types
    assert "League" not in types and "Kenya" not in types and "Ghana" not in types

