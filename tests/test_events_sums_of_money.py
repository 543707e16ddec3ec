"""A sum of money as a verb's object stands for what its 'in' phrase names ('froze 1.2 billion
euros in payments', 'suspended $40 million in aid'), as a count stands for its 'of' phrase
('detained dozens of protesters'): the trigger's object conditions read that noun
(``parse.partitive_nouns``; curated ``currency_units``). Invented sentences."""

from __future__ import annotations

from tests.test_events import Run


def test_a_sum_in_payments_frozen_is_a_sanction() -> None:
    run = Run("The European Commission froze 1.2 billion euros in payments to Ostland on Tuesday.")
    assert [e.mode for e in run.of("SANCTION")] == ["assets"]


def test_a_sum_in_aid_suspended_is_a_sanction_when_the_parser_hangs_in_on_the_verb() -> None:
    # the parser hangs 'in aid' on 'suspended', right after '$40 million'
    run = Run("Washington suspended $40 million in aid to Ostland on Monday.")
    assert [e.trigger for e in run.of("SANCTION")] == ["suspended"]


def test_a_sum_in_a_place_is_no_object_of_a_sanction() -> None:
    # 'in Ostland' says where the money is, not what kind of money it is
    run = Run("The bank froze $2 million in Ostland on Monday.")
    assert run.of("SANCTION") == []


def test_a_count_still_stands_for_its_of_phrase() -> None:
    run = Run("Ostland's coast guard seized dozens of fishing boats near the reef on Sunday.")
    assert [e.mode for e in run.of("COERCE")] == ["confiscate"]
