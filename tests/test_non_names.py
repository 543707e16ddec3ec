"""A minister's portfolio inside a title is no entity (build/extract/non_names.py); invented sentences."""

from __future__ import annotations

from helpers_nlp import analyse


def names(text: str) -> set[str]:
    return {e.name for e in analyse(text).entities}


def test_portfolio_before_a_title_is_no_entity():
    found = names("Consumer Affairs Minister Tomas Brekke opened the new market hall in Bergen on Friday.")
    assert "Tomas Brekke" in found and not any("Affairs" in n for n in found)
    found = names("A letter from President Lina Varga’s National Security Advisor Tom Brenner reached Oslo on Friday.")
    assert not any("Security" in n for n in found)


def test_portfolio_after_minister_for_is_no_entity():
    found = names("Mara Deng Akol, the Ostland minister for Cabinet Affairs, opened the session in Juba on Monday.")
    assert not any("Affairs" in n for n in found)


def test_bodies_and_organisations_before_titles_stay():
    found = names("The Ostland Foreign Affairs Committee met Homeland Security Secretary Ana Ruiz at the Department of Homeland Security.")
    assert {"Ostland Foreign Affairs Committee", "Department of Homeland Security"} <= found
    assert {"Ostcorp", "NASA"} <= names("Ostcorp CEO Ana Ruiz met NASA Administrator Tom Brenner.")


def test_common_abbreviations_are_no_entities():
    found = names("Information leaked from Ostcorp included user ID's and photos; the vote closed at 22:00 BST.")
    assert "Ostcorp" in found and not {"ID", "BST"} & found


def test_a_portfolio_is_no_person_after_a_title_word():
    a = analyse("On Friday the Ruritanian Minister of Foreign Affairs and Trade Jan Kowal opened a consulate in Oslo.")
    assert all(e.name not in {"Affairs", "Foreign Affairs"} for e in a.entities)
    b = analyse("Each side will send its Director General Military Operations to the border post in March.")
    assert all(e.type != "PERSON" for e in b.entities)


def test_a_surname_that_is_a_singular_portfolio_word_stays_a_person():
    a = analyse("Gov. Jan Justice said on Monday that the harbour would reopen. Justice spoke in Ostrava.")
    assert a.entity_of("Jan Justice").type == "PERSON"
