"""Which organisation a definite noun of an organisation's kind stands for as a speaker ('the
company said', 'the firm said'): the one the article introduced with that noun, else the one the
story goes on with. Read by :mod:`.speakers`."""

from __future__ import annotations

import re

from spacy.tokens import Token
from structnews.build.core import curated
from structnews.build.extract.drafts import MentionDraft
from structnews.build.extract.quotes.context import QuoteContext


def organisation_introduced(ctx: QuoteContext, tok: Token) -> MentionDraft | None:
    """The latest organisation before ``tok`` that the article introduced with ``tok``'s noun: right
    before its name ('the toy company Hasbro', 'aid group Lenton Relief', 'The company, Kestrel
    Care Group,') or heading its description ('Hasbro, a toy company')."""
    noun = tok.lemma_.lower()
    found = None
    for m in ctx.earlier(tok.idx, "ORG"):
        before = ctx.text[max(0, m.start - 40) : m.start].lower()
        after = ctx.text[m.end : m.end + 60].lower()
        if re.search(rf"\b{noun}s?,?\s+(?:the\s+)?$", before) or re.match(rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}{noun}\b", after):
            found = m
    return found


def recent_subject_organisation(ctx: QuoteContext, tok: Token) -> MentionDraft | None:
    """'The Lenton Rail Company cut services. “…,” the firm said': the latest organisation that is
    the grammatical subject of a clause in this or the two sentences before ``tok`` (or the five
    before, when no other organisation was named since), when no organisation was introduced with
    the noun nor last spoke: the topic the description goes on with (of the noun's kind:
    :func:`fits_kind`)."""
    si = ctx.sent_of[tok.i]
    first, farther = ctx.sents[max(0, si - 2)].start_char, ctx.sents[max(0, si - 5)].start_char
    found = None
    for m in ctx.earlier(tok.idx, "ORG"):
        if m.start < farther:
            continue
        if ctx.acting_subject(m) and fits_kind(ctx, tok, m):  # ("The home's owner, X, apologised")
            found = m
    if found is not None and found.start < first and any(
            m.entity != found.entity and m.start > found.start for m in ctx.earlier(tok.idx, "ORG")):
        return None  # up to five sentences back only while no other organisation was named since
    return found


def fits_kind(ctx: QuoteContext, tok: Token, m: MentionDraft) -> bool:
    """Whether an organisation can be what ``tok``'s noun calls it: not a state body whose name
    says what it is ('West Yorkshire Police', 'the Interior Ministry': curated ``institution_nouns``)
    for a noun of another kind ('the company' is never the police)."""
    institutions = curated.cue_words("institution_nouns")
    span = ctx.tokens(m.start, m.end)
    return tok.lemma_.lower() in institutions or span is None or not len(span) or span[-1].lemma_.lower() not in institutions
