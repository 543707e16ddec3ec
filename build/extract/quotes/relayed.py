"""Words relayed from elsewhere in the article: the speech verb whose report holds another cue
('Macron said the country was ruled by a “political-military system”', 'She added the
government was accusing her “of having ...”'), and a headline's quoted words that a later quote
attributes ('“Tough” gas talks continue' ... 'X said the negotiations were “tough”').

A quoted fragment is often hung, by the parse or by the writer, on a verb inside words somebody
else reports. When that inner verb names nobody as its subject ('the country', 'the government'),
the fragment is the words of the person whose report it sits in: the subject of the speech verb
that governs the clause (docs/gold-quotes.md: the speaker is whose words the article presents).
"""

from __future__ import annotations

import re

from spacy.tokens import Token
from structnews.build.extract.drafts import QuoteDraft
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


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _is_headline(text: str, paragraphs: list[tuple[int, int]], index: int) -> bool:
    """One of the first two paragraphs, not ending as a sentence does (a section label may come first)."""
    if index > 1 or index >= len(paragraphs):
        return False
    start, end = paragraphs[index]
    return not text[start:end].rstrip().endswith((".", "!", "?", ".”", '."'))


def echo_headline(drafts: list[QuoteDraft], text: str, paragraphs: list[tuple[int, int]]) -> None:
    """A headline's fragment with no speaker takes the speaker of the first later quote of the same
    words, or holding them, with a named speaker (in place): headlines quote a word the body then
    attributes. A fragment of one or two words must match a later quote exactly (a single 'tough'
    is too common to look for inside a longer quote)."""
    for draft in drafts:
        if draft.kind != "direct" or draft.speaker_entity is not None or not draft.is_fragment \
                or not _is_headline(text, paragraphs, draft.paragraph_index):
            continue
        words = _words(draft.text)
        if not words:
            continue
        for later in drafts:
            if later.kind != "direct" or later.start <= draft.start or later.speaker_entity is None:
                continue
            theirs = _words(later.text)
            if theirs == words or len(words.split()) >= 3 and f" {words} " in f" {theirs} ":
                draft.speaker_entity, draft.speaker_text, draft.cue = later.speaker_entity, later.speaker_text, None
                draft.attribution = "echo"
                break
