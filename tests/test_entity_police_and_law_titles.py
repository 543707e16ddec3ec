"""Law, police and local-government titles ('U.S. Attorney', 'Superintendent', 'Councillor',
'Assemblywoman') are no part of a person's name: the name after one is the person, and joins the
same person named in full elsewhere. The titles are curated (cues.yaml `titles`)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from structnews.build.extract.entity_spans import trim
from tests.helpers_nlp import analyse


def test_a_surname_after_a_law_title_is_the_person_named_in_full() -> None:
    # en_core_web_sm tags 'Harlan' alone after 'U.S. Attorney' (checked); without the title in the
    # curated list 'Attorney Harlan' became a second person.
    a = analyse("The inquiry is led by prosecutor Josh Harlan, a federal lawyer of long standing. "
                "According to U.S. Attorney Harlan, the note could help the case.")
    people = [e for e in a.entities if e.type == "PERSON"]
    assert [e.name for e in people] == ["Josh Harlan"]
    assert not any(m.text.startswith("Attorney") for m in a.mentions)


def test_police_and_council_titles_stay_out_of_the_names() -> None:
    a = analyse("Councillor Jim Pry and Superintendent Kate Bell agreed on Monday. "
                "Assemblywoman Rosa Tull voted against the plan.")
    assert sorted(e.name for e in a.entities if e.type == "PERSON") == ["Jim Pry", "Kate Bell", "Rosa Tull"]


def test_every_title_before_a_name_the_model_typed_as_a_body_goes() -> None:
    # en_core_web_sm types 'Detective Constable Daniel Morrow' ORG (checked): the first title made it
    # a person's name, and the second title must go too.
    words = ["police", "Detective", "Constable", "Daniel", "Morrow", "stated"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=["NOUN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB"])
    span = trim(Span(doc, 1, 5, label="ORG"))
    assert span is not None and (span.text, span.label_) == ("Daniel Morrow", "PERSON")
