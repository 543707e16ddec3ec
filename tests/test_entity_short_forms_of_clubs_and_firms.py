"""A club's or a firm's name written later without its suffix is the same entity: 'Castlebridge
United' ... 'Castlebridge', 'DataKraft Solutions' ... 'DataKraft', 'Whitmore University' ...
'Whitmore' (gazetteer v44 name_generics). A city the model calls a place and the text uses as one
('Fans in Leeds') stays apart from the club named after it. Invented names; each merge decided by
reading the text."""

from __future__ import annotations

import pytest

from helpers_nlp import analyse


@pytest.mark.parametrize(("text", "full", "short"), [
    ("Castlebridge United beat Wexley Rovers 2-1 on Saturday. The victory extends Castlebridge's unbeaten run.",
     "Castlebridge United", "Castlebridge"),
    ("Castlebridge United beat Wexley Rovers 2-1 on Saturday. Wexley had led at the break.", "Wexley Rovers", "Wexley"),
    ("DataKraft Solutions agreed to buy a rival. DataKraft said the deal would close in May.", "DataKraft Solutions", "DataKraft"),
])
def test_a_short_form_joins_the_full_name(text: str, full: str, short: str) -> None:
    a = analyse(text)
    assert short in {m.text for m in a.mentions if m.entity == a.entity(full).index}


def test_a_city_used_as_a_place_stays_apart_from_its_club() -> None:
    a = analyse("Leeds United lost at home. Fans in Leeds were angry.")
    assert sorted((e.name, e.type) for e in a.entities) == [("Leeds", "GPE"), ("Leeds United", "ORG")]


def test_a_palace_written_alone_after_a_place_preposition_is_still_the_palace() -> None:
    a = analyse("A gold toilet was stolen from Keswick Palace in Oxfordshire. It was on display in Keswick.")
    assert "Keswick" in {m.text for m in a.mentions if m.entity == a.entity("Keswick Palace").index}
