"""A present-tense verb the tagger reads as a noun, while the parse makes it the root with a
subject before it and an object after it ('Kenyan police arrest dozens as protests spread', the
headline style), is tagged a verb (structnews_verb_tag_mends), so its event is found. Tested on a
parse given by hand (the mistagging made on purpose) and end to end on invented text; an office
holder quitting with no object is a resignation (event lexicon v73), and a bare number word as
the object counts the people it happened to ('arrested dozens')."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc

from helpers_nlp import named_events
from structnews.build.extract import nlp
from structnews.build.extract.verb_tag_mends import mend_verb_tags

PUBLISHED = dt.date(2026, 3, 25)


def test_a_root_noun_with_a_subject_and_an_object_is_tagged_a_verb() -> None:
    doc = Doc(nlp.load().vocab, words=["Police", "arrest", "dozens"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"],
              tags=["NNS", "NN", "NNS"], pos=["NOUN", "NOUN", "NOUN"])
    mended = mend_verb_tags(doc)
    assert (mended[1].pos_, mended[1].tag_) == ("VERB", "VBP")


def test_a_root_noun_without_an_object_stays_a_noun() -> None:
    doc = Doc(nlp.load().vocab, words=["Police", "arrest", "report"], heads=[2, 2, 2], deps=["compound", "compound", "ROOT"],
              tags=["NNS", "NN", "NN"], pos=["NOUN", "NOUN", "NOUN"])
    assert [t.pos_ for t in mend_verb_tags(doc)] == ["NOUN", "NOUN", "NOUN"]


@pytest.mark.parametrize(("headline", "kind", "actor"), [
    ("Kenyan police arrest dozens as fuel levy protests spread to Mombasa", "COERCE", "Kenya"),
    ("Peru's interior minister quits over protest deaths", "RETREAT", "Peru"),
])
def test_a_headline_in_the_present_tense_gives_its_event(headline: str, kind: str, actor: str) -> None:
    events = named_events(headline + "\nThe story continues here with no event at all in this sentence.", PUBLISHED)
    assert [e.actors for e in events if e.type == kind] == [[actor]]


def test_a_name_hung_on_a_root_noun_is_its_subject_and_the_noun_after_its_object() -> None:
    # 'Latvia summons Russian envoy' as the model may read it: 'summons' a plural noun with 'envoy'
    # its apposition; lemmatised as a verb by the given lemmatizer
    doc = Doc(nlp.load().vocab, words=["Latvia", "summons", "Russian", "envoy"], heads=[1, 1, 3, 1],
              deps=["compound", "ROOT", "amod", "appos"], tags=["NNP", "NNS", "JJ", "NN"], pos=["PROPN", "NOUN", "ADJ", "NOUN"],
              ents=["B-GPE", "O", "B-NORP", "O"])
    mended = mend_verb_tags(doc, lambda token: ["summon"])
    assert [(t.dep_, t.tag_) for t in mended] == [("nsubj", "NNP"), ("ROOT", "VBZ"), ("amod", "JJ"), ("dobj", "NN")]
    assert mended[1].lemma_ == "summon"


def test_a_name_that_does_not_agree_with_the_root_leaves_it_a_noun() -> None:
    # 'Latvia sanction envoy': a singular name before a bare form is no subject ('the EU sanction regime')
    doc = Doc(nlp.load().vocab, words=["Latvia", "sanction", "envoy"], heads=[1, 1, 1],
              deps=["compound", "ROOT", "appos"], tags=["NNP", "NN", "NN"], pos=["PROPN", "NOUN", "NOUN"],
              ents=["B-GPE", "O", "O"])
    assert [(t.dep_, t.pos_) for t in mend_verb_tags(doc)] == [("compound", "PROPN"), ("ROOT", "NOUN"), ("appos", "NOUN")]


@pytest.mark.parametrize(("headline", "kind", "actor", "recipient"), [
    ("Latvia summons Russian envoy over drone incident", "ACCUSE", "Latvia", "Russia"),
    ("Pakistan expels Afghan diplomats", "SANCTION", "Pakistan", "Afghanistan"),
    ("US sanctions Venezuelan officials", "SANCTION", "United States", "Venezuela"),
])
def test_a_headline_verb_read_as_a_noun_with_its_name_gives_its_event(headline: str, kind: str, actor: str, recipient: str) -> None:
    events = named_events(headline + "\nThe story continues here with no event at all in this sentence.", PUBLISHED)
    assert [(e.type, e.actors, e.recipients) for e in events] == [(kind, [actor], [recipient])]


def test_a_bare_number_word_counts_the_people_arrested() -> None:
    events = named_events("Kenyan police arrested dozens on Monday.", PUBLISHED)
    assert [(e.type, e.actors) for e in events] == [("COERCE", ["Kenya"])]


def test_a_player_quitting_is_no_resignation() -> None:
    assert named_events("The striker quit after the match.", PUBLISHED) == []
