"""'Allen, Texas': a town written with its region is no person's surname, even when the article
names a person with that surname; and a person named with a town's word keeps their own entity."""

from __future__ import annotations

from tests.helpers_nlp import analyse


def _forms(a, etype: str) -> dict[str, list[str]]:
    return {e.name: sorted({m.text for m in a.mentions if m.entity == e.index}) for e in a.entities if e.type == etype}


def test_a_town_before_its_region_is_not_the_person_with_that_surname() -> None:
    # en_core_web_sm tags 'Allen' (the town) GPE and 'Mark Allen' PERSON (checked).
    a = analyse("The suspect, Mark Allen, lived in Allen, Texas, before the attack. Allen was arrested on Sunday.")
    assert _forms(a, "PERSON") == {"Mark Allen": ["Allen", "Mark Allen"]}
    assert "Allen" in _forms(a, "GPE")


def test_a_town_named_after_a_full_name_keeps_its_own_entity() -> None:
    # The town comes first and the person after: the town joined the person only once the
    # article's types were settled (entity_people.lone_name_owners).
    a = analyse("Officials named the suspect as Peter Crane of Allen, Texas, a suburb north of Dallas. "
                "The city's police chief Greg Allen told reporters that the toll rose.")
    assert _forms(a, "PERSON")["Greg Allen"] == ["Greg Allen"]
    assert _forms(a, "GPE")["Allen"] == ["Allen"]


def test_a_person_sharing_a_towns_name_is_no_place() -> None:
    a = analyse("Officials in Plano, Texas said the town was quiet. Dorothy Plano, a nurse, was hurt.")
    assert _forms(a, "PERSON") == {"Dorothy Plano": ["Dorothy Plano"]}

