"""'Villacís said' after 'Andrés Villacís Moreno': Spanish and Portuguese names are shortened to
the father's surname, the middle word of three, which the model often leaves untagged alone; such
a word of exactly one person's name is that person (a speaker too). Shared by two people's names,
it is neither's. Invented sentences."""

from __future__ import annotations

from helpers_nlp import analyse


def test_the_paternal_surname_alone_is_the_person() -> None:
    a = analyse("QUITO (Reuters) - Ecuadorean Interior Minister Andrés Villacís Moreno said on Monday that the army would "
                "take control of the prison.\n\n\"We will not negotiate with criminals,\" Villacís said.")
    assert a.speaker(a.direct("We will not negotiate")) == "Andrés Villacís Moreno"
    assert a.entity_of("Villacís").name == "Andrés Villacís Moreno"


def test_a_middle_word_two_people_share_is_neither() -> None:
    a = analyse("Senator Ana Ruiz Torres met Governor Luis Ruiz Gómez in Lima on Monday.\n\n"
                "\"The talks were useful,\" Ruiz said.")
    assert a.speaker(a.direct("The talks were useful")) not in ("Ana Ruiz Torres", "Luis Ruiz Gómez")
