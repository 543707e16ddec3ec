"""'the health minister' among several ministers: the one the article writes with 'health'; 'the union
leader' for the head of the union (cues role_titles)
(roles.portfolio_words, seventeenth session); invented names."""

from __future__ import annotations

from helpers_nlp import analyse

TWO = "Defence Minister Mary Walsh and Finance Minister Tom Reid visited the hospital.\n\n"


def test_the_portfolio_picks_the_minister() -> None:
    found = analyse(TWO + "\u201cStaff are exhausted,\u201d the defence minister said.")
    assert found.speaker(found.direct("Staff")) == "Mary Walsh"


def test_the_other_portfolio_picks_the_other_minister() -> None:
    found = analyse(TWO + "\u201cStaff are exhausted,\u201d the finance minister said.")
    assert found.speaker(found.direct("Staff")) == "Tom Reid"


def test_a_word_nobody_bears_does_not_narrow() -> None:
    found = analyse("Defence Minister Mary Walsh visited the hospital.\n\n\u201cStaff are exhausted,\u201d the new minister said.")
    assert found.speaker(found.direct("Staff")) == "Mary Walsh"


def test_the_union_leader_is_the_head_of_the_union() -> None:
    found = analyse("Tomas Berg, the head of the union, disagreed.\n\n\u201cThis deal is a betrayal,\u201d the union leader said.")
    assert found.speaker(found.direct("This deal")) == "Tomas Berg"


def test_the_union_leader_is_not_the_head_of_the_company() -> None:
    found = analyse("Tomas Berg, the head of the union, met Mary Walsh, the chief of the shipping company.\n\n"
                    "\u201cThis deal is a betrayal,\u201d the union leader said.")
    assert found.speaker(found.direct("This deal")) == "Tomas Berg"
