"""'<office> to <Place> <Name>' with no comma: the model glues the place to the holder's name
('Chile Pierre-Louis Armand' as one name). The name splits into the place and the person, and
the person speaks for the office noun the parser made the subject."""

from __future__ import annotations

import pytest
from tests.helpers_nlp import analyse


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Embassy staff will stay in Santiago, Norway's ambassador to Chile Pierre-Louis Armand told reporters.",
         "Embassy staff"),
        ("In a letter to parents, the Danish ambassador to Chile Pierre-Louis Armand promised that the school would reopen.",
         "the school"),
    ],
)
def test_the_place_and_the_holder_are_two_names_and_the_holder_speaks(text: str, words: str) -> None:
    a = analyse(text)
    kinds = {(e.name, e.type) for e in a.entities}
    assert {("Chile", "GPE"), ("Pierre-Louis Armand", "PERSON")} <= kinds
    assert not any("Chile " in e.name for e in a.entities)
    assert a.speaker(a.quote(words)) == "Pierre-Louis Armand"


def test_a_person_after_to_with_no_place_before_is_not_the_office_holder() -> None:
    a = analyse("An adviser to President Mara Kolbe said the embassy would stay open.")
    assert a.speaker(a.quote("the embassy")) is None, "the adviser is not the president"
