"""'The palace issued a statement from X: “…”': the words after the colon are X's, whose the
statement is, not the issuer's (quotes.layout.colon_speaker, eighteenth session); invented names."""

from __future__ import annotations

from helpers_nlp import analyse


def test_a_statement_from_someone_before_a_colon_is_theirs() -> None:
    found = analyse("The palace issued a statement from Tomas Berg: \u201cI am deeply saddened by the news.\u201d")
    assert found.speaker(found.direct("I am deeply")) == "Tomas Berg"


def test_the_issuer_speaks_when_the_statement_names_nobody_else() -> None:
    found = analyse("Amnesty International issued a statement on Monday: \u201cWe will not give up.\u201d")
    assert found.speaker(found.direct("We will not")) == "Amnesty International"
