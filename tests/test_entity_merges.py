"""Within-article merges of shorter forms into the longer name they abbreviate, on invented sentences."""

from __future__ import annotations

from helpers_nlp import analyse
from structnews.build.extract.names import is_subsequence


def test_is_subsequence_keeps_order():
    assert is_subsequence(["World", "Championships"], ["Ostland", "World", "Athletics", "Championships"])
    assert not is_subsequence(["Championships", "World"], ["Ostland", "World", "Athletics", "Championships"])


def test_shorter_name_with_the_same_head_joins_the_longer():
    a = analyse("Tomas Brell carried the flag for his team at the IAAF World Athletics Championships in 2015. "
                "He later coached at the World Championships.")
    assert a.entity_of("World Championships") is a.entity_of("IAAF World Athletics Championships")
    a = analyse("Ostcorp sold the Harlow Pacific Rail Company to investors. The Harlow Rail Company will keep its name.")
    assert a.entity_of("Harlow Rail Company") is a.entity_of("Harlow Pacific Rail Company")


def test_two_names_in_one_sentence_stay_two():
    a = analyse("The Harlow Baptist University and the Harlow University signed a deal.")
    assert a.entity_of("Harlow University") is not a.entity_of("Harlow Baptist University")


def test_person_name_reaches_over_the_family_name_the_model_left_out():
    a = analyse("The prize was shared between Tomas Brenner and Luc Mayor. Brenner and Mayor, both from Ostland, found the planet.")
    mayor = a.entity_of("Luc Mayor")
    assert mayor.type == "PERSON" and a.entity_of("Mayor") is mayor
    assert not any(e.name == "Luc" for e in a.entities)
    a = analyse("Governor Lucia Vázquez Ortega opened the harbour on Wednesday. Vázquez said it would bring trade.")
    assert a.entity_of("Vázquez") is a.entity_of("Lucia Vázquez Ortega")


def test_person_name_does_not_take_a_body_word():
    a = analyse("Officials of the Ruiz Administration met on Monday.")
    assert not any(e.type == "PERSON" and "Administration" in e.name for e in a.entities)


def test_capitalised_common_noun_is_no_entity():
    # written after 'the' and in lower case as a noun elsewhere in the article
    a = analyse("Ana Ruiz studies the age of the universe. \"We ask what our place in the Universe is,\" Ruiz said.")
    assert not any(e.name == "Universe" for e in a.entities)


def test_names_that_are_also_nouns_stay():
    a = analyse("Ana Ruiz was named one of Time's most influential people. She had no time to celebrate.")
    assert any(e.name == "Time" for e in a.entities)
    a = analyse("The towns damaged were Carrascal, Cantilan, Lanuza, and Cortes, officials in Brennan said.")
    assert any(e.name == "Cortes" for e in a.entities)



def test_full_name_with_a_second_family_name_joins_the_shorter_one():
    a = analyse("The league fined Tomas Urquidi on Sunday. Urquidi had signed the contract last week. The league said the "
                "transfer of Tomas J. Urquidi Berrocal was invalid and Berrocal must leave.")
    person = a.entity_of("Tomas Urquidi")
    assert {"Tomas J. Urquidi Berrocal", "Urquidi", "Berrocal"} <= set(person.surface_forms)
    assert sum(e.type == "PERSON" for e in a.entities) == 1


def test_acronym_of_another_language_defined_after_an_organisation_joins_it():
    a = analyse("Researchers at the Ostland Aerospace Center (DLR) studied lichens. DLR said the tests would go on.")
    assert a.entity_of("DLR") is a.entity_of("Ostland Aerospace Center")


def test_organisation_and_country_glued_are_one_branch_name():
    a = analyse("Sky News reported Netflix Japan has delayed a new episode. Netflix said it was sad.")
    assert a.entity_of("Netflix Japan").type == "ORG"
    assert not any(m.text == "Japan" for m in a.mentions)
    assert "CNN Philippines" in {e.name for e in analyse("The mayor told CNN Philippines the towns were damaged.").entities}


def test_a_people_before_a_country_stays_apart():
    names = {e.name for e in analyse("Republican US Senator Ana Ruiz spoke.").entities}
    assert "Republican" in names and "Ana Ruiz" in names


def test_an_acronym_the_article_defines_beats_the_curated_one():
    # 'NATO' is a curated acronym of another body; the article defines it for its own coalition
    a = analyse("The opposition coalition, the Northern Alliance for Truth and Order (NATO), said on Monday "
                "it would boycott the vote. NATO leaders met in Lenton.")
    assert a.entity_of("NATO") is a.entity_of("Northern Alliance for Truth and Order")
    assert all(e.name != "North Atlantic Treaty Organization" for e in a.entities)
    # a name whose words do not spell the acronym (the model's partial span of a longer name)
    # leaves the curated body its acronym
    a = analyse("The Lenton Heritage and Cultural Organization (UNESCO) said on Monday it would help. "
                "UNESCO officials met in Lenton.")
    assert a.entity_of("UNESCO").name == "UNESCO"


def test_a_name_with_its_own_legal_form_is_no_short_form_of_a_longer_one():
    a = analyse("Varga Energy AG said on Monday it would cut 7,800 jobs. Its former parent Varga AG still holds "
                "a stake. Varga Energy shares fell.")
    assert a.entity_of("Varga AG") is not a.entity_of("Varga Energy AG")
    assert a.entity_of("Varga Energy") is a.entity_of("Varga Energy AG")
