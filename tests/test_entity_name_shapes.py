"""Names the model cuts apart and the rules put back together: a hyphenated surname after a title
with lower-case syllables ('PM Kasem Rat-i-pong'), and a quoted nickname inside a name when the
model takes a piece of the name for something else or gives the nickname's mark to the surname."""

from __future__ import annotations

import pytest
from tests.helpers_nlp import analyse


def test_a_titled_name_reaches_the_end_of_its_hyphenated_surname() -> None:
    a = analyse("Critics of PM Kasem Rat-i-pong were questioned by police on Tuesday.")
    assert [(e.name, e.type) for e in a.entities] == [("Kasem Rat-i-pong", "PERSON")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the model: 'Kittipat' a place, 'Game” Chaiyaporn' a title of a work (names on both sides)
        ("Nobody expected Kittipat “Game” Chaiyaporn to win the district seat, the campaign manager admitted.",
         "Kittipat “Game” Chaiyaporn"),
        # the model: only 'Pong” Saetang', with the nickname's closing mark
        ("Residents said Wiroj “Pong” Saetang had promised a new clinic for the village.", "Wiroj “Pong” Saetang"),
    ],
)
def test_a_nickname_inside_a_name_makes_one_person(text: str, name: str) -> None:
    a = analyse(text)
    assert [(e.name, e.type) for e in a.entities] == [(name, "PERSON")]
    assert [q.text for q in a.quotes if q.kind == "direct"] == [], "the nickname is nobody's words"
