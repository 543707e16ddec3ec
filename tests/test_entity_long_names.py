"""A long personal name the small model cuts in pieces, fourteenth session; invented names. A
given name that is also a faith's name ('Christian') is tagged as a group (NORP) in the middle of a
name; and a four-word name may come out as two people side by side. Where the parser reads the
words as one name (capitalised proper nouns, each modifying the next part), the name is one
person (person_spans.py, entity_spans.py)."""

from __future__ import annotations

from tests.helpers_nlp import analyse


def _names(text: str) -> set[str]:
    return {e.name for e in analyse(text).entities}


def test_a_given_name_read_as_a_group_inside_a_name_is_part_of_the_name() -> None:
    names = _names("Former president Louis Pierre Christian Yameogo was freed on Monday.")
    assert "Louis Pierre Christian Yameogo" in names and "Christian" not in names
    # the group alone, before a common noun, stays a group
    assert "Christian" in _names("Ann Lind met Christian leaders in Tulva on Monday.")


def test_two_halves_of_one_name_side_by_side_are_one_person() -> None:
    names = _names("Former president Louis Marc Christian Sawadogo was freed on Monday.")
    assert "Louis Marc Christian Sawadogo" in names and "Louis Marc" not in names
    # two people told apart by the parse stay two
    names = _names("Ann Lind told Ivo Sark the port would close.")
    assert "Ann Lind" in names


def test_a_person_of_three_words_ending_in_an_organisation_ending_is_an_organisation() -> None:
    # The model sometimes reads a rebel front's name as a person's; a curated organisation ending
    # ('Front', 'Movement', ...) after three words or more says it is a body (entity_variants.py).
    from spacy.tokens import Span
    from structnews.build.extract import nlp
    from structnews.build.extract.entity_variants import unperson

    doc = nlp.load()("Talks with the Tulva People’s Liberation Front and Margaret Court began.")
    front = Span(doc, 3, 8, label="PERSON")
    assert front.text == "Tulva People’s Liberation Front" and unperson(front).label_ == "ORG"
    court = Span(doc, 9, 11, label="PERSON")
    assert court.text == "Margaret Court" and unperson(court).label_ == "PERSON"
