"""The person 'the 45-year-old' stands for, when a quote's cue names its speaker by age.

News names a person with their age once ('Ann Lind, 45,' or '45-year-old Ann Lind') and then
refers to them by it; but just as often the age first appears in the reference itself ('Ann Lind
posted a video. “…,” the 41-year-old said.'), which then goes on with the person the text is
about: the latest person who is the subject of a clause of this sentence or the two before it.
A person given another age is never that person.

'The father of five' (a relation noun whose 'of' takes only a number: curated ``relation_nouns``)
is the same kind of epithet, with no age to match: it goes on with that topical person, where
'the father of the victim' is somebody else.
"""

from __future__ import annotations

import re

from spacy.tokens import Token
from structnews.build.core import curated
from structnews.build.extract.drafts import MentionDraft
from structnews.build.extract.quotes.context import SUBJECT_DEPS, QuoteContext

_YEARS_OLD = r"(?<!\d)(\d{1,3})-year-old"
_AGE = re.compile(_YEARS_OLD + r"\b")  # 'the 45-year-old'
_AGE_BEFORE_NAME = re.compile(_YEARS_OLD + r"\s+(?:\w+\s+)?$")  # '45-year-old (teacher) Ann Lind'
_AGE_AFTER_NAME = re.compile(r",\s*(\d{1,3})\s*[,;)]")  # 'Ann Lind, 45,'
# How many sentences before the reference its topical person may be the subject of.
_SENTENCES_BACK = 2


def _age_of(ctx: QuoteContext, m: MentionDraft) -> str | None:
    """The age the text gives the person of mention ``m`` at that mention ('45-year-old Ann Lind',
    'Ann Lind, 45,'), or None."""
    before = ctx.text[max(0, m.start - 30) : m.start]
    after = ctx.text[m.end : m.end + 8]
    found = _AGE_BEFORE_NAME.search(before) or _AGE_AFTER_NAME.match(after)
    return found.group(1) if found else None


def _is_subject(ctx: QuoteContext, m: MentionDraft) -> bool:
    """Whether mention ``m`` (outside quotation marks) is the subject of its clause, directly or as
    the apposition of the subject ('the club's coach, Ana Ruiz, told')."""
    span = ctx.tokens(m.start, m.end)
    if span is None or not len(span) or ctx.in_quote[span.root.i]:
        return False
    head = span.root
    while head.dep_ in {"compound", "flat"} and span.start <= head.head.i < span.end and head.head.i != head.i:
        head = head.head
    if head.dep_ == "appos":
        head = head.head
    return head.dep_ in SUBJECT_DEPS


def person_of_age(ctx: QuoteContext, tok: Token) -> MentionDraft | None:
    """The person a definite age description (``tok`` heads 'the 45-year-old' or 'the 45-year-old
    man') refers to: the latest person given that age before it; else the latest person without
    another age who is a clause subject in this sentence or the two before (see the module
    docstring). None for an indefinite one ('a 45-year-old man' is somebody new) or no age."""
    start = tok.left_edge.i
    found = _AGE.search(ctx.doc[start : tok.i + 1].text)
    if not (ctx.doc[start].lower_ == "the" or start > 0 and ctx.doc[start - 1].lower_ == "the"):
        return None
    if found is None and not _parent_of_a_number(tok):
        return None
    age = found.group(1) if found is not None else None
    limit = ctx.doc[start].idx
    first = ctx.sents[max(0, ctx.sent_of[tok.i] - _SENTENCES_BACK)].start_char
    given = topical = None
    aged: dict[int, str] = {}
    for m in ctx.earlier(limit, "PERSON"):
        own = _age_of(ctx, m)
        if own is not None:
            aged[m.entity] = own
        if age is not None and own == age:
            given = m
        elif m.start >= first and _is_subject(ctx, m):
            topical = m
    if given is not None:
        return given
    if topical is not None and (age is None or aged.get(topical.entity, age) == age):
        return topical
    return None


def _parent_of_a_number(tok: Token) -> bool:
    """'the father of five', 'the mother of two': a relation noun whose 'of' object is a bare
    number (see the module docstring)."""
    if tok.lemma_.lower() not in curated.cue_words("relation_nouns"):
        return False
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    objects = [c for c in of.children if c.dep_ == "pobj"] if of is not None else []
    return len(objects) == 1 and objects[0].tag_ == "CD" and not list(objects[0].children)
