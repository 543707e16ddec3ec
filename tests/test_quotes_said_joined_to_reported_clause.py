"""'X acknowledged that it had been a hard day but said “…”': the parser joins 'said' to the
reported clause, whose subject 'it' stands for nothing that speaks; the one saying is the subject
of the verb that reports the clause, not an organisation 'it' could be. Invented sentences."""

from __future__ import annotations

from helpers_nlp import analyse


def test_said_after_a_reported_clause_is_the_reporters() -> None:
    found = analyse(
        "Vote count ends\nThe Lenton Party won the seat on Friday, its first in the county.\n"
        "Speaking to the broadcaster, the deputy leader, Ann Lee, acknowledged that it had been “a tough night” "
        "for her party but said by-elections were “always a chance for voters to send a signal”."
    )
    quote = next(q for q in found.quotes if q.text.startswith("always a chance"))
    assert found.speaker(quote) == "Ann Lee"
