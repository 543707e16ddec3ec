"""A person's name the model opened on a capitalised noun of kin or occupation ('Grandmother
Noreen Pappas', 'Novelist Kwame Asante') starts after it; a title stays outside this rule
('President Ana Ruiz' is handled as a title). Invented names; each span decided by reading the text."""

from __future__ import annotations

import pytest

from helpers_nlp import analyse


@pytest.mark.parametrize(("text", "name"), [
    ("Grandmother Noreen Pappas, 78, said she had waited all night.", "Noreen Pappas"),
    ("The prize went to Novelist Kwame Asante on Monday.", "Kwame Asante"),
])
def test_a_leading_noun_of_kin_or_occupation_is_cut(text: str, name: str) -> None:
    a = analyse(text)
    assert [e.name for e in a.entities if e.type == "PERSON"] == [name]


def test_the_speaker_is_the_name_without_the_descriptor() -> None:
    a = analyse("Grandmother Noreen Pappas, 78, said she had waited all night.")
    assert a.speaker(a.quotes[0]) == "Noreen Pappas"
