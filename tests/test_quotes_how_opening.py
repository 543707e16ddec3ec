"""'That was how X, a nurse who ..., described the night.': a paragraph that looks back at the
quote before it names its speaker even when a long appositive breaks the parse of its 'how'
clause (quotes.layout, eighteenth session); invented names."""

from __future__ import annotations

from helpers_nlp import analyse

QUOTE = "\u201cThe floor shook like a boat in a storm.\u201d\n\n"


def test_the_name_after_how_described_the_quote_before() -> None:
    found = analyse(QUOTE + "That was how Tomas Berg, a farmer who crossed the old dam minutes before part of it "
                    "gave way on Sunday, described the scene. Nobody was hurt.")
    assert found.speaker(found.direct("The floor")) == "Tomas Berg"


def test_a_how_sentence_without_a_verb_of_saying_names_no_speaker() -> None:
    found = analyse(QUOTE + "That was how Tomas Berg, a farmer who crossed the old dam minutes before part of it "
                    "gave way on Sunday, spent the night. Nobody was hurt.")
    assert found.speaker(found.direct("The floor")) != "Tomas Berg"
