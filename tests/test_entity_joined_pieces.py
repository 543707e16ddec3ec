"""Names the model cuts or glues at one mention: two people side by side that the article writes
elsewhere as one name or that the parser reads as one, and two curated names joined by 'and' in
one span."""

from __future__ import annotations

from spacy.tokens import Span
from structnews.build.extract import nlp
from structnews.build.extract.entity_spans import join_adjacent
from tests.helpers_nlp import analyse


def _spans(text: str, pieces: list[str]) -> list[Span]:
    doc = nlp.load()(text)
    out, at = [], 0
    for piece in pieces:
        start = text.index(piece, at)
        at = start + len(piece)
        out.append(doc.char_span(start, at, label="PERSON"))
    return out


def test_two_people_side_by_side_are_one_when_the_article_writes_the_whole_name() -> None:
    text = "Voters cheered Maung Thet Wai Lin in Yangon. Maung Thet Wai Lin thanked them."
    joined = join_adjacent(_spans(text, ["Maung Thet", "Wai Lin", "Maung Thet Wai Lin"]))
    assert [s.text for s in joined] == ["Maung Thet Wai Lin", "Maung Thet Wai Lin"]


def test_two_people_side_by_side_are_one_when_the_parser_reads_one_name() -> None:
    # Without the whole name elsewhere, the parse decides: 'Thet' modifies 'Lin', one name (before
    # the fourteenth session this stayed two people, and half of each such name was lost).
    text = "Voters cheered Maung Thet Wai Lin in Yangon. Wai Lin thanked them."
    joined = join_adjacent(_spans(text, ["Maung Thet", "Wai Lin", "Wai Lin"]))
    assert [s.text for s in joined] == ["Maung Thet Wai Lin", "Wai Lin"]


def test_two_people_on_two_lines_stay_two() -> None:
    text = "Winners:\nMaung Thet\nWai Lin\nThe jury met in Yangon."
    joined = join_adjacent(_spans(text, ["Maung Thet", "Wai Lin"]))
    assert [s.text for s in joined] == ["Maung Thet", "Wai Lin"]


def test_curated_names_joined_by_and_are_two_names() -> None:
    a = analyse("He posted the video on Twitter and Facebook on Monday.")
    names = {(e.name, e.type) for e in a.entities}
    assert {("Twitter", "ORG"), ("Facebook", "ORG")} <= names, names
    assert not any(" and " in e.name for e in a.entities)
