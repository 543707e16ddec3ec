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
