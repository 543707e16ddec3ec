"""Words relayed from elsewhere in the article: the speech verb whose report holds another cue
('Ana Ruiz said the country was run by “a closed circle”', 'She added the court was
accusing her “of crimes that never happened”'), and a headline's quoted words that a later quote
attributes ('Water deal talks “hard”, says minister' ... 'X said the negotiations were “hard”').

A quoted fragment is often hung, by the parse or by the writer, on a verb inside words somebody
else reports. When that inner verb names nobody as its subject ('the country', 'the government'),
the fragment is the words of the person whose report it sits in: the subject of the speech verb
that governs the clause (docs/gold-quotes.md: the speaker is whose words the article presents).
"""

from __future__ import annotations

import re

from collections.abc import Sequence

from spacy.tokens import Span, Token
from structnews.build.core import curated
from structnews.build.extract.drafts import QuoteDraft
from structnews.build.extract.quotes.context import Speaker
from structnews.build.extract.quotes.cues import is_cue
from structnews.build.extract.quotes.speakers import CONFIDENCE
from structnews.schema.quotes import Attribution

_CLAUSES = frozenset({"ccomp", "xcomp"})  # a reported clause under its speech verb
_WITHIN = frozenset({"conj", "ccomp", "xcomp"})  # what the climb passes to reach it


def is_source_noun(subject: Token | None) -> bool:
    """Whether a cue's subject is an unnamed source of its own ('a police spokesman', 'an official',
    'witnesses'; curated ``representative_nouns`` and person kind nouns), whose words stay theirs
    even inside someone else's report; 'the country' or 'the government' names no source."""
    if subject is None:
        return False
    lemma = subject.lemma_.lower()
    return lemma in curated.cue_words("representative_nouns") or lemma in curated.kind_nouns_of("PERSON")


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


_HOLDING = frozenset({"dobj", "attr", "oprd", "acomp", "pobj", "prep", "xcomp", "advcl", "npadvmod", "amod", "compound", "appos", "conj"})


def inner_verb(fragment: Span, cue: Token, in_quote: Sequence[bool]) -> Token | None:
    """The verb, inside the clause a speech verb reports, whose own phrase holds a quoted
    fragment: 'The Republic lodged its “strongest protest”, officials said' -> 'lodged'. The
    fragment is the words of that verb's subject (docs/gold-quotes.md: embedded reported speech
    is the speaker's whose words the article presents), not of whoever relays the clause. The climb
    from the fragment passes only phrases that hold it (objects, predicates, prepositions), not a
    subject, and stops at the speech verb. A passive verb, or one whose subject receives what the
    object names (curated ``receiving_verbs``: 'received a “final warning”'), has no words of its
    subject's."""
    tok = fragment.root
    if tok.dep_ in {"nsubj", "nsubjpass", "csubj"}:
        return None  # '“rogue regime” threatened X, officials said': the fragment is no object
    if tok.dep_ == "conj" and tok.pos_ == "VERB" and tok.head.pos_ in {"VERB", "AUX"}:
        return None  # 'X said Y broke the law and “likes …”': a predicate about Y in X's words, none of Y's
    for _ in range(8):
        if tok.head.i == tok.i or tok.head.i == cue.i or in_quote[tok.head.i] and tok.head.i not in range(fragment.start, fragment.end):
            return None
        if tok.dep_ not in _HOLDING and tok.i not in range(fragment.start, fragment.end):
            return None
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"} and not in_quote[tok.i]:
            if any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children) or tok.lemma_.lower() in curated.cue_words("receiving_verbs"):
                return None  # 'X was arrested for “inciting violence”', 'X received a “final warning”': not X's words
            return tok if tok.dep_ in {"ccomp", "conj", "parataxis"} and tok.head.i == cue.i or _reports_to(tok, cue) else None
    return None


def _reports_to(verb: Token, cue: Token) -> bool:
    """Whether ``verb`` stands in the clause ``cue`` reports (through clauses and conjuncts)."""
    tok = verb
    for _ in range(4):
        if tok.head.i == tok.i or tok.dep_ not in {"ccomp", "conj", "parataxis", "xcomp"}:
            return False
        tok = tok.head
        if tok.i == cue.i:
            return True
    return False


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def is_headline(text: str, paragraphs: list[tuple[int, int]], index: int) -> bool:
    """One of the first two paragraphs, not ending as a sentence does (a section label may come first)."""
    if index > 1 or index >= len(paragraphs):
        return False
    start, end = paragraphs[index]
    return not text[start:end].rstrip().endswith((".", "!", "?", ".”", '."'))


def echo_headline(drafts: list[QuoteDraft], text: str, paragraphs: list[tuple[int, int]]) -> list[QuoteDraft]:
    """A headline's fragment with no speaker takes the speaker of the first later quote of the same
    words, or holding them, with a named speaker: headlines quote a word the body then
    attributes. A fragment of one or two words must match a later quote exactly (a single 'hard'
    is too common to look for inside a longer quote). A headline fragment with no cue and no
    echo is a scare quote, as anywhere else, and is dropped (the drafts kept are returned)."""
    for draft in drafts:
        if draft.kind != "direct" or draft.speaker_entity is not None or not draft.is_fragment \
                or not is_headline(text, paragraphs, draft.paragraph_index):
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
                draft.attribution = Attribution.echo.value
                draft.confidence = CONFIDENCE[Attribution.echo]
                break
    return [d for d in drafts if not (d.kind == "direct" and d.is_fragment and d.attribution == Attribution.none.value
                                      and is_headline(text, paragraphs, d.paragraph_index))]


# What may stand between two quoted fragments of one clause: 'and', 'but', 'or', 'but also', ...
_COORDINATING = frozenset({"", "and", "but", "or", "nor", "but also", "and also", "but rather", "and then"})


def coordinated_fragment(text: str, start: int, previous: Sequence[tuple[QuoteDraft, Speaker]]) -> Speaker | None:
    """'X said the plan was “not fair” but “a trap for farmers”': a fragment
    joined to the quote just before it by a conjunction alone is the same speaker's, whatever the
    parse hung it on (a later 'according to <paper>' only relays both). None unless the quote just
    before ends in the same line with a speaker found."""
    if not previous:
        return None
    draft, prev = previous[-1]
    if prev.entity is None or draft.end > start or "\n" in text[draft.end : start]:
        return None
    between = re.sub(r"[\s“”\"‘’',]+", " ", text[draft.end : start]).strip().lower()
    if between not in _COORDINATING:
        return None
    return Speaker(prev.entity, prev.text, prev.cue, prev.attribution)
