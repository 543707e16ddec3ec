"""A word in the middle of exactly one person's full name of three words, the father's surname of a
Spanish or Portuguese name ('Salcedo' of 'Rodrigo Salcedo Vera'), written alone is that person,
also when the model took it for a place (``entity_people.lone_name_owners``). Invented sentences."""

from __future__ import annotations

from helpers_nlp import analyse

TEXT = ("LIMA (AP) — Police raided seven properties linked to former mayor Rodrigo Salcedo Vera on Wednesday.\n\n"
        "Officers carried boxes of documents out of Salcedo’s seafront apartment. Salcedo, who governed the "
        "capital for two terms, has denied any wrongdoing.\n\n"
        "Salcedo is the latest in a string of senior politicians to be investigated.")


def test_the_father_s_surname_alone_is_the_person() -> None:
    a = analyse(TEXT)
    owners = {a.entities[m.entity].name for m in a.mentions if a.text[m.start:m.end] == "Salcedo"}
    assert owners == {"Rodrigo Salcedo Vera"}
    assert a.entity("Rodrigo Salcedo Vera").type == "PERSON"


def test_a_double_surname_the_model_took_for_a_firm_is_the_person() -> None:
    a = analyse("GUATEMALA CITY (AP) — Guatemala extradited the businessman Rodolfo Ixcot Barrios to the United "
                "States on Tuesday.\n\nIxcot Barrios, 58, had fought the request for two years. Lawyers for Ixcot "
                "Barrios said he would plead not guilty.")
    owners = {a.entities[m.entity].name for m in a.mentions if a.text[m.start:m.end].replace("\n", " ") == "Ixcot Barrios"}
    assert owners == {"Rodolfo Ixcot Barrios"}
