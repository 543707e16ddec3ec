"""'<office> to <Place> <Name>' with no comma: the model glues the place to the holder's name
('Norway Jean-Luc Marchetti' as one organisation). The name splits into the place and the person,
and the person speaks for the office noun the parser made the sentence's subject."""

from __future__ import annotations

import pytest
from tests.helpers_nlp import analyse


@pytest.mark.parametrize(
    "text",
    [
        "Chile's ambassador to Norway Jean-Luc Marchetti said on Friday the embassy would stay open.",
        "The Chilean ambassador to Norway Jean-Luc Marchetti said the embassy would stay open.",
    ],
)
def test_the_place_and_the_holder_are_two_names_and_the_holder_speaks(text: str) -> None:
    a = analyse(text)
    kinds = {(e.name, e.type) for e in a.entities}
    assert {("Norway", "GPE"), ("Jean-Luc Marchetti", "PERSON")} <= kinds
    assert not any("Norway " in e.name for e in a.entities)
    assert a.speaker(a.quote("the embassy")) == "Jean-Luc Marchetti"


def test_a_person_after_to_with_no_place_before_is_not_the_office_holder() -> None:
    a = analyse("An adviser to President Mara Kolbe said the embassy would stay open.")
    assert a.speaker(a.quote("the embassy")) is None, "the adviser is not the president"
