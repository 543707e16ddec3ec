"""Gazetteer v52: a firm named for its trade is the same firm under its first word alone
('Hanseong Semiconductor' then 'Hanseong', 'Carrow Steel' then 'Carrow'), while a criminal group
named for its home is not its home ('Sinaloa Cartel' and Sinaloa the state). Invented articles."""

from __future__ import annotations

from helpers_nlp import analyse


def _entities(text: str) -> dict[str, str]:
    return {e.name: e.type for e in analyse(text).entities}


def test_a_firm_named_for_its_trade_is_one_entity_with_its_first_word() -> None:
    found = _entities("Chip curbs bite\n\nSeoul - Hanseong Semiconductor said on Monday it would appeal. "
                      "Hanseong shares fell 3 percent.\n\nCarrow Steel locked out 230 workers. Carrow said the plant would stay shut.")
    assert found.get("Hanseong Semiconductor") == "ORG" and "Hanseong" not in found
    assert found.get("Carrow Steel") == "ORG" and "Carrow" not in found


def test_a_cartel_is_not_the_place_it_is_named_for() -> None:
    found = _entities("Clashes in the north\n\nRival factions of the Sinaloa Cartel fought in the state of Sinaloa on Tuesday.")
    assert found.get("Sinaloa Cartel") == "ORG"
    assert "Sinaloa" in found  # the state stays an entity of its own
