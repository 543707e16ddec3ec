"""A quotation in single marks (British style) may hold apostrophes: a ’ between two letters
(‘they’re’, ‘council’s’) is no closing mark, so the quotation runs to its real end. Invented
sentences."""

from __future__ import annotations

from helpers_nlp import analyse

TEXT = ("Families wait for homes\n\n"
        "Hundreds of families remain in motels.\n\n"
        "Mahe said: ‘I hope they’re quick. We just want to go home.’")


def test_a_contraction_inside_single_marks_does_not_end_the_quote() -> None:
    found = analyse(TEXT)
    direct = [q.text for q in found.quotes if q.kind == "direct"]
    assert direct == ["I hope they’re quick. We just want to go home."]
