"""The speech verb whose report holds another cue: 'Macron said the country was ruled by a
“political-military system”', 'She added the government was accusing her “of having ...”'.

A quoted fragment is often hung, by the parse or by the writer, on a verb inside words somebody
else reports. When that inner verb names nobody as its subject ('the country', 'the government'),
the fragment is the words of the person whose report it sits in: the subject of the speech verb
that governs the clause (docs/gold-quotes.md: the speaker is whose words the article presents).
"""

from __future__ import annotations

from spacy.tokens import Token
from structnews.build.extract.quotes.cues import is_cue

_CLAUSES = frozenset({"ccomp", "xcomp"})  # a reported clause under its speech verb
_WITHIN = frozenset({"conj", "ccomp", "xcomp"})  # what the climb passes to reach it


def reporting_verb(cue: Token, steps: int = 5) -> Token | None:
    """The speech verb, other than ``cue``, whose reported clause holds ``cue``; None when the cue
    stands in no such clause (the climb passes conjuncts and clauses only)."""
    tok, in_clause = cue, False
    for _ in range(steps):
        if tok.dep_ not in _WITHIN or tok.head.i == tok.i:
            return None
        in_clause = in_clause or tok.dep_ in _CLAUSES
        tok = tok.head
        if in_clause and is_cue(tok):
            return tok
    return None
