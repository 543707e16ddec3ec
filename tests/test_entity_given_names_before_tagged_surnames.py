"""A given name the model left out of a name: after a title ('Chief Minister Pranab' + 'Kumar
Bora'), and in an apposition whose surname alone the model tagged as a body ('the president of the
union, Emeka' + 'Nwachukwu'). Invented sentences."""

from __future__ import annotations

from helpers_nlp import analyse


def test_a_given_name_after_a_title_is_part_of_the_name() -> None:
    found = analyse("Floods spread\nChief Minister Pranab Kumar Bora visited relief camps on Monday.")
    names = {e.name: e.type for e in found.entities}
    assert names.get("Pranab Kumar Bora") == "PERSON"
    assert "Kumar Bora" not in names


def test_a_given_name_in_an_apposition_is_part_of_the_name() -> None:
    found = analyse("Talks fail\nThe president of the Lenton Dockworkers Union (LDU), Emeka Nwachukwu, told a news "
                    "conference that the talks had failed.")
    names = {e.name: e.type for e in found.entities}
    assert names.get("Emeka Nwachukwu") == "PERSON"
    assert "Nwachukwu" not in names
    assert found.speaker(found.quotes[0]) == "Emeka Nwachukwu"
