"""Names the model cuts apart and the rules put back together: a hyphenated surname after a title
with lower-case syllables ('PM Somsak Chai-a-ram'), and a quoted nickname inside a name when the
model takes the pieces of the name for something else; not a team or a programme with a quoted
word, and not across a place before the name."""

from __future__ import annotations

import pytest
from tests.helpers_nlp import analyse


def test_a_titled_name_reaches_the_end_of_its_hyphenated_surname() -> None:
    a = analyse("The budget of PM Somsak Chai-a-ram passed its first reading.")
    assert [(e.name, e.type) for e in a.entities] == [("Somsak Chai-a-ram", "PERSON")]


def test_a_nickname_inside_a_name_makes_one_person() -> None:
    # the model: 'Kittipat' a place, 'Game” Chaiyaporn' a title of a work
    a = analyse("Nobody expected Kittipat “Game” Chaiyaporn to win the district seat, the campaign manager admitted.")
    assert [(e.name, e.type) for e in a.entities] == [("Kittipat “Game” Chaiyaporn", "PERSON")]
    assert [q.text for q in a.quotes if q.kind == "direct"] == [], "the nickname is nobody's words"


@pytest.mark.parametrize(
    "text",
    [
        "Fans of Dorvan United \"Red\" Devils cheered.",  # a team: the name does not start at 'United'
        "In Bangkok Wiroj “Pong” Saetang said the march would go on.",  # 'Bangkok' stays a place
    ],
)
def test_no_person_is_made_of_a_label_or_across_a_place(text: str) -> None:
    a = analyse(text)
    assert not any(e.type == "PERSON" and ("United" in e.name or "Bangkok" in e.name) for e in a.entities)


def test_an_editors_brackets_are_not_part_of_the_entity_name():
    # '[Prime Minister Ravid] Osteen' inside a quotation: the mention is written with the bracket,
    # the entity's name is not.
    a = analyse('"There is heavy pressure on [Prime Minister Ravid] Osteen from the militias," the cleric said.')
    (person,) = [e for e in a.entities if e.type == "PERSON"]
    assert person.name == "Ravid Osteen"


def test_a_name_run_into_a_title_cased_headline_is_not_the_entitys_name():
    # The model reads 'Rip Mara Tellmann' in the headline as one name; the body never writes it so.
    a = analyse("Rural Lawmakers Rip Mara Tellmann Over Farm Plan\n\n"
                "Senator Mara Tellmann spoke in Harlan on Monday. Tellmann said the plan would help farmers.")
    assert a.entity_of("Tellmann").name == "Mara Tellmann"


def test_a_fuller_headline_form_made_of_the_bodys_names_is_kept():
    a = analyse("Harlan Supreme Court Rejects Appeal Over Ferry Fares\n\n"
                "The Supreme Court ruled on Monday that the fares set in Harlan were lawful.")
    assert a.entity_of("Supreme Court").name == "Harlan Supreme Court"


def test_an_editors_bracket_inside_a_word_leaves_the_word_whole():
    # 'Harlan[s]': the bracket closes off letters the editor added to the word, no space.
    a = analyse('"We will rebuild Harlan[s] old port," said Mayor Ravid Osteen.')
    assert a.entity_of("Harlan[s").name == "Harlans"


def test_a_title_case_headline_verb_splits_the_names_it_joins() -> None:
    # the model reads 'Putin Slams Biden Over' as one person: the verb and 'Over' are no body name
    a = analyse("Putin Slams Biden Over Sanctions\n\nRussian President Vladimir Putin on Monday criticised "
                "U.S. President Joe Biden over new sanctions. Biden did not reply.")
    people = sorted(e.name for e in a.entities if e.type == "PERSON")
    assert people == ["Joe Biden", "Vladimir V. Putin"]  # the gazetteer's name
    assert not any("Slams" in m.text for m in a.mentions)
    # a body's name with the headline's verb and object run into it
    a = analyse("Harbour Robotics Unveils New Delivery Drone\n\nHarbour Robotics Inc. on Tuesday showed a new drone in Oslo.")
    assert sorted(e.name for e in a.entities) == ["Harbour Robotics Inc.", "Oslo"]


def test_a_legal_suffix_is_left_out_when_the_firm_is_named_again() -> None:
    a = analyse("Lindqvist Optics AB said on Monday it would build a plant. Lindqvist Optics also supplied lenses to Norway.")
    assert sorted((e.name, e.type) for e in a.entities) == [("Lindqvist Optics AB", "ORG"), ("Norway", "GPE")]


def test_an_institution_after_an_indefinite_article_is_no_name() -> None:
    a = analyse("Under the new rules, a Cabinet must keep the confidence of a Parliament chosen by voters in Norway. "
                "A Constitution is not a suggestion, the judge said.")
    assert [e.name for e in a.entities] == ["Norway"]
    # 'a Gallup poll': the article's noun is 'poll'; the firm stays
    a = analyse("Half the voters in Norway told a Gallup poll they would vote.")
    assert "Gallup" in [e.name for e in a.entities]


def test_a_quantifier_opening_the_sentence_is_no_part_of_the_name() -> None:
    a = analyse("Tervane Robotics showed the Osprey X2 drone in Oslo. Each Osprey X2 will cost 4,000 euros.")
    assert not any(m.text.startswith("Each") for m in a.mentions)


def test_a_strait_or_channel_is_a_place_and_an_act_keeps_its_type_before_a_year() -> None:
    a = analyse("Cargo ships crossed the Tulva Channel on Monday. The Coastal Waters Protection Act 2011 requires pilots.")
    assert sorted((e.name, e.type) for e in a.entities) == [("Coastal Waters Protection Act 2011", "LAW"), ("Tulva Channel", "LOC")]
