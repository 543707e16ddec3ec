"""'New' before a curated place names another place ('New Mexico' is not Mexico, 'New Guinea' not
Guinea): the name is the whole, typed as the curated place is. Invented sentences."""

from __future__ import annotations

from helpers_nlp import analyse


def test_new_before_a_curated_country_is_another_place() -> None:
    found = analyse("A survey showed Gov. Ana Ruiz of New Mexico at 15 percent.")  # (the model tags no place)
    names = {e.name: e.type for e in found.entities}
    assert names.get("New Mexico") == "GPE"
    assert "Mexico" not in names


def test_the_country_itself_is_still_found_beside_it() -> None:
    found = analyse("Ana Ruiz of New Mexico flew to Mexico on Sunday to meet the president.")
    names = {e.name: e.type for e in found.entities}
    assert names.get("New Mexico") == "GPE" and names.get("Mexico") == "GPE"
