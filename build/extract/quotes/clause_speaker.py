"""Whose words a quoted fragment is when no cue, source or layout names anyone.

A fragment with no cue used to be read as a scare quote and dropped. In news copy most such
fragments are still somebody's words, lifted into the writer's own sentence: 'the minister
rejected the “outburst”', 'she wants an unelected “people's council”', 'Kim's pledge to
“denuclearize”'. The writer's sentence tells whose: the subject of the clause the fragment sits
in, or the owner of the noun it completes. This module finds that subject; the caller keeps the
fragment only when the subject stands for a named entity, so a term in a sentence about nobody
('the so-called “upside-down river”') stays a scare quote.
"""

from __future__ import annotations

from spacy.tokens import Span, Token
from structnews.build.extract.quotes.context import QuoteContext, person_nouns
from structnews.build.extract.quotes.cues import subject_of
from structnews.build.extract.quotes.spans import title_case

# How far up the parse a fragment's clause is looked for: its own verb, the verb it is the
# object of, the noun it completes and that noun's verb ('efforts to “…”').
STEPS = 4

# Prepositions that set a scene: a fragment under one is the writer's, not the clause's subject's.
SETTING = frozenset({"in", "at", "during", "after", "before", "since", "until", "amid", "despite", "like"})

# The pronouns that stand for one speaker the pronoun chain can find.
PERSONAL = frozenset({"he", "she"})


def _root(qspan: Span) -> Token | None:
    """The fragment's head: its one word whose head lies outside it."""
    return next((t for t in qspan if not qspan.start <= t.head.i < qspan.end or t.head.i == t.i), None)


def _passive_without_agent(verb: Token) -> bool:
    """'the pact was signed to “…”', 'X, nicknamed the “…”', a headline's 'X arrested in “…” probe':
    the subject of a passive (or of a bare past participle) with no agent did not say it."""
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    bare_participle = verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return bare_participle or any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def _stands_for_someone(subj: Token) -> bool:
    """A name, a curated source noun ('the minister', 'the ministry'), or 'he'/'she'. Not a
    thing's pronoun ('It is a “marker” of rain'), not 'they' or 'you', which as often stand for a
    crowd as for anyone named, not a relative pronoun ('a coach who is “working the referees”'
    compares, it quotes nobody), and not any other noun ('his rivals' supporters')."""
    if subj.pos_ == "PROPN":
        return True
    return subj.lower_ in PERSONAL if subj.pos_ == "PRON" else subj.lemma_.lower() in person_nouns()


def clause_subject(ctx: QuoteContext, qspan: Span) -> tuple[Token, Token] | None:
    """The verb a fragment hangs from and the subject standing for whose words they are: the
    subject of the nearest verb above the fragment that has one outside the quotation. A clause
    reported by another verb ('voters agreed that she is in “good health”') is that verb's
    subject's. None for a name in quotation marks ('the rights to “Lenton Pro”'), when the way up
    meets a passive with no agent (or an infinitive under one), a copula, a preposition of time or
    place ('In another “…”, the paper published' is the writer's phrase), another quotation, a noun ('Ann Lind of “Care Now”' is no
    words of Lind's; 'his “average” voters' are the writer's), or nothing within ``STEPS`` steps."""
    if title_case(qspan.text):
        return None
    tok = _root(qspan)
    if tok is None:
        return None
    for _ in range(STEPS):
        inside = qspan.start <= tok.i < qspan.end
        if tok.pos_ in {"NOUN", "PROPN"} and not inside or tok.pos_ == "ADP" and tok.lower_ in SETTING:
            return None
        if tok.pos_ in {"VERB", "AUX"}:
            if _passive_without_agent(tok) or tok.lemma_ == "be":
                return None  # 'the network is “…”' describes its subject; it does not quote it
            if tok.dep_ == "xcomp" and _passive_without_agent(tok.head):
                return None  # 'X was said to be suffering “…”': said by someone else
            agent = next((c for c in tok.children if c.dep_ == "agent"), None)
            # 'X, nicknamed the “…” by Y': Y, even where the parser reads X as the subject
            subj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None \
                else subject_of(tok, ctx.in_quote)
            reported = tok.dep_ == "ccomp" and tok.head.i != tok.i and tok.head.pos_ in {"VERB", "AUX"}
            if subj is not None and not reported and not qspan.start <= subj.i < qspan.end and not ctx.in_quote[subj.i]:
                return (tok, subj) if _stands_for_someone(subj) else None
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if ctx.in_quote[tok.i] and not qspan.start <= tok.i < qspan.end:
            return None  # inside another quotation: its speaker, if any, is found there
    return None
