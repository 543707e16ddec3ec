"""Two quoted fragments of one clause joined by a conjunction are one speaker's words, even when
the parse hangs the second elsewhere and a later 'according to <paper>' only relays them."""

from __future__ import annotations

from tests.helpers_nlp import analyse


def test_the_second_fragment_is_the_same_speakers() -> None:
    a = analyse('Maria Lopez met farmers in Tulva on Monday. She said the plan was "not fair" but '
                '"a trap for farmers", according to the Ostland Times.')
    assert a.speaker(a.quote("a trap for farmers")) == "Maria Lopez"
    assert a.speaker(a.quote("not fair")) == "Maria Lopez"


def test_a_new_quote_with_its_own_speaker_is_not_joined() -> None:
    a = analyse('Maria Lopez met farmers in Tulva. "It is not fair," she said. "Nobody asked us," said Tom Reyes, a farmer.')
    assert a.speaker(a.quote("Nobody asked us")) == "Tom Reyes"
