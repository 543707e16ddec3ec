"""Political parties are curated organisations (the small model types 'Fianna Fáil' as a person
and cuts 'Law and Justice' at its 'and'); a party or a place glued to a member's title and name
('Fine Gael TD Ana Ruiz') is two names; a body whose name joins two places with 'and' ('Avon and
Somerset Police') is one name even with no 'the' before it. Invented sentences."""

from __future__ import annotations

from helpers_nlp import analyse


def test_parties_whose_names_are_not_english_are_organisations() -> None:
    found = analyse("Housing row deepens\nFine Gael and Fianna Fáil agreed a budget on Monday, while Yesh Atid walked out.")
    names = {e.name: e.type for e in found.entities}
    assert names.get("Fine Gael") == "ORG"
    assert names.get("Fianna Fáil") == "ORG"
    assert names.get("Yesh Atid") == "ORG"


def test_a_party_with_an_inner_and_is_one_name() -> None:
    found = analyse("Vote count ends\nLaw and Justice won the most seats on Sunday, ahead of Civic Platform.")
    names = {e.name: e.type for e in found.entities}
    assert names.get("Law and Justice") == "ORG"
    assert "Law" not in names


def test_a_party_before_a_members_title_is_its_own_name() -> None:
    found = analyse('Budget row\n"This is a disgrace," said Sinn Féin TD Orla Brannigan on Tuesday.')
    names = {e.name: e.type for e in found.entities}
    assert names.get("Orla Brannigan") == "PERSON"
    assert names.get("Sinn Féin") == "ORG"
    assert found.speaker(found.quotes[0]) == "Orla Brannigan"


def test_a_police_force_of_two_counties_is_one_body() -> None:
    found = analyse("Man charged\nDevon and Cornwall Police said a man had been charged. Officers from the force "
                    "searched a house in Exmouth.")
    names = {e.name: e.type for e in found.entities}
    assert names.get("Devon and Cornwall Police") == "ORG"
    assert "Devon" not in names and "Cornwall Police" not in names


def test_a_person_named_before_and_stays_a_person() -> None:
    found = analyse("Deal agreed\nKeller and Lenton Council agreed the sale on Monday. Petra Keller said it was fair.")
    names = {e.name: e.type for e in found.entities}
    assert "Keller and Lenton Council" not in names
    assert names.get("Lenton Council") == "ORG"
