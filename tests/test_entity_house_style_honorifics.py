"""Honorifics of other house styles ('Cr X' for an Australian councillor, 'Cllr X', 'Adv X',
'Atty. X', 'Datuk Seri X', 'Alhaji X', 'Det. Insp. X') are titles, not part of the name: the
short form joins the person named in full, and the quote goes to that person. Invented sentences;
each entity decided by reading the text."""

from __future__ import annotations

import pytest

from helpers_nlp import analyse


@pytest.mark.parametrize(("intro", "short", "person"), [
    ("Mayor Catherine Moloney", "Cr Moloney", "Catherine Moloney"),
    ("Councillor Rhys Abernethy", "Cllr Abernethy", "Rhys Abernethy"),
    ("the lawyer Thabo Nkosi", "Adv Nkosi", "Thabo Nkosi"),
    ("the trader Musa Bello", "Alhaji Bello", "Musa Bello"),
])
def test_a_short_title_joins_the_person(intro: str, short: str, person: str) -> None:
    a = analyse(f"{intro} met residents on Monday.\n\n“We issued alerts through every channel,” {short} said.")
    assert [e.name for e in a.entities if e.type == "PERSON"] == [person]
    assert a.speaker(a.direct("We issued alerts")) == person


def test_titles_before_a_full_name_are_left_out() -> None:
    a = analyse("Datuk Seri Anwar Hamid and Atty. Maria Santos spoke on Monday. "
                "Det. Insp. Mark Lowe said the man was arrested.")
    assert sorted(e.name for e in a.entities if e.type == "PERSON") == ["Anwar Hamid", "Maria Santos", "Mark Lowe"]


def test_a_country_that_starts_like_an_honorific_stays_whole() -> None:
    a = analyse("The Sri Lankan navy arrested the crew, and a court in Sri Lanka remanded them.")
    assert {"Sri Lankan", "Sri Lanka"} <= {m.text for m in a.mentions}


def test_a_titled_surname_the_model_calls_a_body_is_the_person() -> None:
    a = analyse("Justice Olufunke Adeyemi-Bakare of the Lagos High Court ruled on Monday.\n\n"
                "“The demolition was unlawful,” Justice Adeyemi-Bakare said. The Justice Department disagreed.")
    assert a.entity_of("Adeyemi-Bakare").name == "Olufunke Adeyemi-Bakare"
    assert a.speaker(a.direct("The demolition")) == "Olufunke Adeyemi-Bakare"
    assert a.entity("Justice Department").type == "ORG"


def test_a_name_in_apposition_to_a_role_with_a_place_is_a_person() -> None:
    a = analyse("The EFCC spokesman in Kano, Dele Ajayi-Ogun, said the judgment sent “a clear message to anyone.”")
    assert a.entity("Dele Ajayi-Ogun").type == "PERSON"
    assert a.speaker(a.direct("a clear message")) == "Dele Ajayi-Ogun"


def test_a_name_after_a_country_in_a_place_is_not_a_country() -> None:
    a = analyse("Peru said on Monday it had recalled the envoy of the Andean country in Chile, Mateo Rivas, "
                "for talks.")
    assert a.entity("Mateo Rivas").type != "GPE"
