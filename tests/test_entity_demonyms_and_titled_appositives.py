"""A people's adjective of several words is a people, not a person, wherever the model calls it one
('Sri Lankan minister resigns' beside 'Sri Lanka'), and a name in apposition to a capitalised
title is its holder ("Ireland's Minister for Enterprise, Declan Furey,"). Invented articles."""

from __future__ import annotations

from helpers_nlp import analyse


def _types(text: str) -> dict[str, str]:
    return {e.name: e.type for e in analyse(text).entities}


def test_a_demonym_of_several_words_is_a_people() -> None:
    found = _types("Sri Lankan minister resigns over bribery probe\n\nCOLOMBO - Sri Lanka's energy minister "
                   "Dilan Wickramasinghe resigned on Thursday.\n\nThe Sri Lankan government said it would investigate.")
    assert found.get("Sri Lankan") == "NORP"
    assert found.get("Dilan Wickramasinghe") == "PERSON"


def test_the_holder_of_a_capitalised_title_in_apposition_is_a_person() -> None:
    found = _types("Regulator fines app maker\n\nIreland's Minister for Enterprise, Declan Furey, said companies "
                   "must meet the highest standards.")
    assert found.get("Declan Furey") == "PERSON"


def test_a_curated_irregular_demonym_before_a_noun_is_a_people_however_settled() -> None:
    for text, word in (("Junta accuses neighbour\n\nIn January, Burkinabè forces detained two Ivorian gendarmes. "
                        "He said the Burkinabè soldiers had crossed by mistake.", "Burkinabè"),
                       ("Attack on army post\n\nGunmen attacked Nigerien positions near the border, the ministry said.",
                        "Nigerien")):
        types = {e.name: e.type for e in analyse(text).entities}
        assert types.get(word) == "NORP", types
