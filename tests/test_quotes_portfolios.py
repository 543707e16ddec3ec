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


def test_a_portfolio_nobody_bears_is_not_another_ministers() -> None:
    """'the regional health minister said' after 'Transport Minister Ivo Sark' only: Sark holds
    another portfolio, so the health minister is someone the article does not name, also when a
    prime minister is named after the quote."""
    a = analyse("Transport Minister Ivo Sark said the bridge would reopen on Monday.\n\n"
                "The regional health minister said, “The injured have been taken to the two city hospitals.”\n\n"
                "Ostland Prime Minister Dara Quell wrote, “Our thoughts are with the families.”")
    assert a.speaker(a.direct("The injured have been")) is None


def test_a_bare_minister_may_still_hold_the_portfolio() -> None:
    """A minister written with no portfolio of their own ('Norwegian Minister Ana Ruiz') may be the
    health minister of the next paragraph: a nationality is no portfolio."""
    a = analyse("Norwegian Minister Ana Ruiz said the hospitals were ready.\n\n"
                "The health minister said, “We have enough beds for everyone.”")
    assert a.speaker(a.direct("We have enough beds")) == "Ana Ruiz"
