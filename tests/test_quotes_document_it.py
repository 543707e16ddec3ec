"""A document speaks for the body that issued it ('a review by X ... the review said'), and an
'it' after its quote goes on with that body."""

from __future__ import annotations

from tests.helpers_nlp import analyse

TEXT = """A review by the Ostland Transport Board was published on Monday, two weeks late.

“Costs have climbed faster than ticket sales for three years,” the review said. It also promised that “no line will close this year.”
"""


def test_the_review_speaks_for_its_issuer() -> None:
    a = analyse(TEXT)
    assert a.speaker(a.quote("Costs have climbed")) == "Ostland Transport Board"


def test_it_after_the_documents_quote_is_the_issuer() -> None:
    a = analyse(TEXT)
    assert a.speaker(a.quote("no line will close")) == "Ostland Transport Board"


def test_it_after_a_persons_quote_is_not_that_person() -> None:
    a = analyse("“Costs have climbed,” Ana Ruiz said on Monday. It also promised that “no line will close this year.”")
    assert a.speaker(a.quote("no line will close")) != "Ana Ruiz"


def test_it_after_another_noun_subject_is_not_the_documents_issuer() -> None:
    a = analyse("A review by the Ostland Transport Board was published on Monday. “Costs have climbed,” the review said, "
                "and a rail union sent a letter to members. It said that “no line will close this year.”")
    assert a.speaker(a.quote("no line will close")) != "Ostland Transport Board"
