"""A people's plural the model calls a person ('Greeks' beside 'the Greek navy') is that people;
a place written like a plural stays a place; a capitalised 'Pro-' before a person's name is no
part of it; an honorific alone is no name; nor are a common word tagged a people and a
capitalised adjective tagged an organisation."""

from __future__ import annotations

from spacy.tokens import Span
from structnews.build.extract import nlp
from structnews.build.extract.entity_spans import trim
from tests.helpers_nlp import analyse


def test_a_peoples_plural_tagged_as_a_person_is_the_people() -> None:
    a = analyse("The Greek navy sent two ships. Fishermen said Greeks had long used the bay.")
    assert [(e.name, e.type) for e in a.entities] == [("Greek", "NORP")]
    assert a.entity_of("Greeks") is a.entity_of("Greek")


def test_a_place_written_like_a_plural_stays_a_place() -> None:
    a = analyse("Philippine ships sailed on. The Philippines protested.")
    assert a.entity_of("Philippines").type == "GPE"
    assert a.entity_of("Philippines") is not a.entity_of("Philippine")


def test_pro_before_a_persons_name_is_no_part_of_it() -> None:
    """The model tags such a word a person at times; its 'Pro-' goes (not from an organisation's
    name: 'Anti-Slavery International')."""
    doc = nlp.load()("Pro-Okafor demonstrators blocked the bridge. Anti-Slavery International wrote.")
    assert trim(Span(doc, 0, 3, label="PERSON")).text == "Okafor"
    assert trim(Span(doc, 8, 12, label="ORG")).text == "Anti-Slavery International"


def test_an_honorific_alone_is_no_name() -> None:
    """'the Sheikh told reporters': the person it belongs to is named elsewhere, or not at all."""
    a = analyse("Talks resumed on Monday, the Sheikh told reporters in Doha.")
    assert [(e.name, e.type) for e in a.entities] == [("Doha", "GPE")]


def test_a_common_word_tagged_as_a_people_is_no_name_when_the_article_writes_it_in_lower_case() -> None:
    a = analyse("Ships left the harbour on Monday.\n\nProtests were sent to the embassy by two groups. "
                "The ministry said more protests would follow.")
    assert a.entities == []


def test_a_people_opening_a_sentence_stays_a_people() -> None:
    a = analyse("Kurds marched in Erbil on Monday. Many Kurds said they would vote.")
    assert ("Kurds", "NORP") in {(e.name, e.type) for e in a.entities}


def test_a_capitalised_adjective_before_a_noun_is_no_organisation() -> None:
    assert analyse("Judges rejected the challenge to the Presidential vote on Friday.").entities == []


def test_a_name_the_tagger_calls_an_adjective_stays_a_name() -> None:
    assert "Brexit" in {e.name for e in analyse("Talks on the Brexit deal resumed in London.").entities}


def test_a_citys_residents_in_the_plural_are_a_people_where_the_article_names_the_city() -> None:
    # en_core_web_sm tags 'Hong Kongers' a PERSON here (checked).
    a = analyse("Hong Kongers marched again on Sunday. Hong Kong police fired tear gas.")
    assert {(e.name, e.type) for e in a.entities} >= {("Hong Kongers", "NORP"), ("Hong Kong", "GPE")}
