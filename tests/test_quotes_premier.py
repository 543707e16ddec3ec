"""'the Italian premier', 'the PM': a prime minister the article titled so (cues.yaml
role_titles, seventeenth session); invented names."""

from __future__ import annotations

from helpers_nlp import analyse


def test_the_premier_is_the_prime_minister_of_that_country() -> None:
    found = analyse("French President Tomas Berg met Italian Prime Minister Elena Kovac on Monday.\n\n"
                    "\u201cWe had frank talks,\u201d the Italian premier told reporters.")
    assert found.speaker(found.direct("We had")) == "Elena Kovac"


def test_the_pm_is_the_prime_minister_named_before() -> None:
    found = analyse("Prime Minister Elena Kovac met union leaders on Monday.\n\n"
                    "\u201cWe had frank talks,\u201d the PM told reporters.")
    assert found.speaker(found.direct("We had")) == "Elena Kovac"


def test_the_premier_is_not_the_president() -> None:
    found = analyse("President Tomas Berg opened the session on Monday.\n\n"
                    "\u201cWe had frank talks,\u201d the premier told reporters.")
    assert found.speaker(found.direct("We had")) != "Tomas Berg"
