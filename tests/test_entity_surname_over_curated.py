"""A person's family name that is also a curated alias (build/extract/entity_people.py,
people_over_curated); invented sentences."""

from __future__ import annotations

from helpers_nlp import analyse


def test_a_bare_family_name_is_the_person_not_the_curated_alias() -> None:
    """'Rapper Tom West ... West said': 'West' is the curated alias of the West, but written bare
    after the person's full name it is the person."""
    a = analyse("Rapper Tom West held his first rally on Sunday. West said he would run as an independent.")
    assert "West" in a.entity("Tom West").surface_forms


def test_the_west_written_with_the_stays_the_west() -> None:
    """'the West' keeps its curated entry even when a person of that family name is named."""
    a = analyse("Rapper Tom West held his first rally on Sunday. Ostland accused the West of hypocrisy.")
    assert a.entity_of("West").name == "the West"


def test_a_surname_that_is_also_a_capital_is_the_person_where_no_place_stands() -> None:
    """'Joseph Muscat ... Muscat, speaking at a rally': the gazetteer knows Muscat as Oman's
    capital, but the article named a person with that surname first and writes the word as a
    subject, not after a place preposition; 'In Muscat' stays the city."""
    a = analyse("Prime Minister Joseph Muscat won a third term on Saturday. "
                "Muscat, speaking at a victory rally in Valletta, thanked voters.")
    assert [e.name for e in a.entities if e.type == "GPE"] == ["Valletta"]
    assert a.entity_of("Muscat").index == a.entity_of("Joseph Muscat").index
    b = analyse("Prime Minister Joseph Muscat flew to Oman. In Muscat, he met the sultan.")
    assert b.entity_of("Muscat").type == "GPE"
