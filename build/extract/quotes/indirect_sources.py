"""Two checks on an indirect quote's cue and source: a phrase explaining a source's anonymity
reports nothing ('an aide, asking not to be named,'), and a verb the parser joins to a reported
copula about a thing is the speaker's ('X said the drills were a threat and called on Y': X).
Read by ``indirect``."""

from __future__ import annotations

import re

from spacy.tokens import Token
from structnews.build.core import curated
from structnews.build.extract.quotes.context import QuoteContext, person_nouns


def anonymity(ctx: QuoteContext, cue: Token, start: int, end: int) -> bool:
    """'an aide, asking not to be named,', 'spoke on condition of anonymity to discuss the
    talks': the cue or the words sit in a curated phrase explaining a source's anonymity."""
    sent = cue.sent
    low = ctx.text[sent.start_char : sent.end_char].lower()
    for phrase in curated.cue_words("anonymity_phrases"):
        for m in re.finditer(rf"\b{re.escape(phrase)}\b", low):
            a, b = sent.start_char + m.start(), sent.start_char + m.end()
            if a < cue.idx + len(cue.text) and cue.idx < b or a < end and start < b:
                return True
    return False


def copula_about_a_thing(clause: Token, subj: Token) -> bool:
    """A reported copula ('X said the exercises were a threat') whose subject is a thing: no name,
    no person or institution noun; a verb the parser joins to it is the speaker's."""
    return clause.lemma_ == "be" and clause.dep_ == "ccomp" and clause.head.lemma_.lower() in curated.cue_words("verbs") \
        and subj.pos_ == "NOUN" and not subj.ent_type_ and subj.head.i == clause.i \
        and subj.lemma_.lower() not in person_nouns() | curated.cue_words("institution_nouns")
