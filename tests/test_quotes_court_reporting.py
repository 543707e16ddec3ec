"""Court and police reporting: British police ranks and clergy titles written short are titles,
not names ('Det Ch Insp X', 'Det Con X', 'Fr X'; curated cues v71); the second part of a quote in
the paragraph of its attribution repeats the cue ('“A,” X said. “B.”', docs/gold-quotes.md); a
comma phrase after the verb that tells how something was said is no reported content ('said, her
voice breaking'); the person an apposition names speaks, not the possessor before it ('Mr X's
mother, Ann X, said'). Invented sentences."""

from __future__ import annotations

import pytest

from helpers_nlp import analyse


@pytest.mark.parametrize(("text", "name"), [
    ("Det Ch Insp Daniel Ferrow, of the county police, said the attack had been brutal.", "Daniel Ferrow"),
    ("Det Con Rhys Sewall said the fraud had been carefully hidden.", "Rhys Sewall"),
    ("The parish priest, Fr Colum Tierny, said the town was in shock.", "Colum Tierny"),
])
def test_a_short_rank_or_clergy_title_is_not_part_of_the_name(text: str, name: str) -> None:
    assert name in [e.name for e in analyse(text).entities if e.type == "PERSON"]


def test_a_company_named_with_a_title_like_word_keeps_it() -> None:
    # 'Con' is a title only before a person's name
    assert "Con Edison" in [e.name for e in analyse("Con Edison said power would be restored by Friday.").entities]


def test_the_second_part_of_a_quote_in_its_attribution_s_paragraph_repeats_the_cue() -> None:
    a = analyse("“I prayed with this man,” Ann Lindqvist said. “He came to my husband's funeral.”\n\n“He was a friend.”")
    direct = [q for q in a.quotes if q.kind == "direct"]
    assert [q.cue for q in direct] == ["said", "said", None]  # the next paragraph's continuation has none


def test_how_something_was_said_is_no_reported_content() -> None:
    a = analyse("“I prayed with this man,” Ann Lindqvist said, her voice breaking. “He came to the funeral.”")
    assert [a.text[q.start:q.end] for q in a.quotes if q.kind == "indirect"] == []


def test_the_person_an_apposition_names_speaks_not_the_possessor() -> None:
    a = analyse("Jonas Whitcomb, 24, died at the scene. Outside court, Mr Whitcomb’s mother, Delia Whitcomb, "
                "said the family had “waited six months for the truth”.")
    speakers = {a.entities[q.speaker_entity].name for q in a.quotes if q.speaker_entity is not None}
    assert speakers == {"Delia Whitcomb"}
