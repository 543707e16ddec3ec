"""'According to X, the secretary of the dealers' association, costs have risen because of “…”':
the 'according to' of the quotation's sentence is its source however many words (an apposition,
a clause) stand between them; the quotation had been dropped. Invented sentences."""

from __future__ import annotations

from helpers_nlp import analyse


def test_according_to_with_a_long_apposition_still_gives_the_quote() -> None:
    found = analyse(
        "Fuel prices rise\nAccording to Ifeoma Duru, the national secretary of the Lenton Petrol Dealers Association, "
        "haulage costs have risen sharply because of poor roads and “the endless checkpoints where our lorries wait for hours.”"
    )
    quote = next(q for q in found.quotes if q.text.startswith("the endless checkpoints"))
    assert found.speaker(quote) == "Ifeoma Duru"


def test_according_to_in_another_sentence_is_not_the_source() -> None:
    found = analyse(
        "Fuel prices rise\nAccording to Ifeoma Duru, haulage costs have risen sharply. Drivers blamed "
        "“the endless checkpoints where our lorries wait for hours.”"
    )
    assert all(found.speaker(q) != "Ifeoma Duru" for q in found.quotes if "checkpoints" in q.text)
