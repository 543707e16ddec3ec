"""Whose words a quoted fragment is when no cue, source or layout names anyone.

A fragment with no cue used to be read as a scare quote and dropped. In news copy most such
fragments are still somebody's words, lifted into the writer's own sentence: 'the minister
blamed the “lazy planning”', 'she wants an unelected “people's council”'. The writer's sentence
tells whose: the subject of the clause the fragment sits in (or, for a clause another verb
reports, that verb's subject), or the named owner of the noun it completes ('Lind's efforts to
“…”'). This module finds that subject; the caller keeps the fragment only
when the subject stands for a named entity, so a term in a sentence about nobody ('the so-called
“upside-down river”') stays a scare quote.
"""

from __future__ import annotations

from spacy.tokens import Span, Token
from structnews.build.core import curated
from structnews.build.extract.quotes.context import QuoteContext, person_nouns
from structnews.build.extract.quotes.cues import is_discourse_phrase, subject_of
from structnews.build.extract.quotes.spans import title_case

# How far up the parse a fragment's clause is looked for: its own verb, the verb or noun it
# completes, and the verbs above those (an infinitive's, a reported clause's).
STEPS = 4

# The pronouns that stand for one speaker the pronoun chain can find.
PERSONAL = frozenset({"he", "she"})


def _root(qspan: Span) -> Token | None:
    """The fragment's head: its first word whose head lies outside it (or that heads itself)."""
    return next((t for t in qspan if not qspan.start <= t.head.i < qspan.end or t.head.i == t.i), None)


def _participle(verb: Token) -> bool:
    """A past participle with no 'have', or a past tense right after a comma with the sentence's
    real verb joined to it later, which is how the parser often reads a reduced relative ('Ivo
    Sark, nicknamed the “…”, opened ...'; not 'X, in a statement, suspended the talks', nor a verb
    joined to the next by 'and': 'X, a former player, called it “…” and praised Y' is X's act)."""
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    reduced = verb.tag_ == "VBD" and verb.i > 0 and verb.doc[verb.i - 1].text == "," and any(
        c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i
        and not any(cc.dep_ == "cc" and verb.i < cc.i < c.i for cc in verb.children) for c in verb.children)
    return verb.tag_ == "VBN" or reduced


def _agent(verb: Token, in_quote: list[bool]) -> Token | None:
    """Who did a passive's act: the object of its 'by' ('nicknamed the “…” by Ann Lind'), also
    where the parser hangs that 'by' on the quoted words; only a name for the latter."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None:
        return next((c for c in agent.children if c.dep_ == "pobj"), None)
    if not _participle(verb):
        return None
    by = next((t for t in verb.subtree if t.i > verb.i and t.lower_ == "by" and t.dep_ in {"prep", "agent"}
               and not in_quote[t.i] and any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in t.children)), None)
    return next(c for c in by.children if c.dep_ == "pobj") if by is not None else None


def _passive(verb: Token) -> bool:
    """'the pact was signed to “…”', 'X, nicknamed the “…”', a headline's 'X arrested in “…” probe':
    the subject of a passive or of a bare past participle did not say the words."""
    return _participle(verb) or any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def _stands_for_someone(subj: Token) -> bool:
    """A proper noun, a curated source or institution noun ('the minister', 'the junta'), or
    'he'/'she'. Not a thing's pronoun ('It is a “marker” of rain'), not 'they' or 'you', which as
    often stand for a crowd as for anyone named, not a relative pronoun ('a coach who is “working
    the referees”' compares, it quotes nobody), and not any other noun ('his rivals' supporters')."""
    if subj.pos_ == "PROPN":
        return True
    if subj.pos_ == "PRON":
        return subj.lower_ in PERSONAL
    return subj.lemma_.lower() in person_nouns() | curated.cue_words("institution_nouns")


def _speech_through_document(noun: Token) -> Token | None:
    """The speech verb of 'said in a statement that ...', where the parser hangs the reported
    clause on the document noun (curated ``document_nouns``) rather than on the verb."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or noun.lemma_.lower() not in curated.cue_words("document_nouns"):
        return None
    verb = prep.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in curated.cue_words("verbs") else None


def clause_subject(ctx: QuoteContext, qspan: Span) -> tuple[Token, Token] | None:
    """The verb a fragment hangs from and the subject standing for whose words they are: the
    subject (or a passive's named agent) of the nearest verb above the fragment that has one
    outside the quotation. A clause another verb reports is that verb's subject's ('Ann Lind
    agreed that Sark looks “tired”': Lind's). None for a name in quotation marks ('the rights to
    “Lenton Pro”'); when the way up meets a passive with no agent (or an infinitive under one), a
    copula that no verb reports ('the network is “…”' describes its subject), a preposition put
    before the word it hangs on ('In another “…”, the paper printed' is the writer's scene),
    another quotation, or a noun with no named owner ('Ann Lind of “Care Now”' is no words of
    Lind's; 'his “average” voters' are the writer's); or when nothing is found within ``STEPS``
    steps."""
    if title_case(qspan.text):
        return None
    tok = _root(qspan)
    if tok is None:
        return None
    for _ in range(STEPS):
        inside = qspan.start <= tok.i < qspan.end
        if not inside and tok.pos_ in {"NOUN", "PROPN"} and (speech := _speech_through_document(tok)) is not None:
            tok = speech  # 'X said in a statement that it had been “…”', the clause hung on 'statement'
            continue
        if not inside and tok.pos_ in {"NOUN", "PROPN"}:
            # 'Lind's efforts to “…”': a named owner of the noun the fragment completes
            owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN" and not ctx.in_quote[c.i]), None)
            return (tok, owner) if owner is not None else None
        if not inside and tok.pos_ == "ADP" and tok.i < tok.head.i:
            return None
        clause = tok
        while clause.dep_ == "conj" and clause.head.i != clause.i and clause.pos_ in {"VERB", "AUX"}:
            clause = clause.head  # 'X said Y broke the law and “likes …”': the second verb is reported too
        reported = clause.dep_ == "ccomp" and clause.head.i != clause.i and clause.head.pos_ in {"VERB", "AUX"} \
            and not is_discourse_phrase(clause.head)  # 'That said, X is planning “…”' reports nothing
        if tok.pos_ in {"VERB", "AUX"} and not reported:
            agent = _agent(tok, ctx.in_quote)
            if agent is None and (tok.lemma_ == "be" or not inside and _passive(tok)
                                  or tok.dep_ == "xcomp" and _passive(tok.head) and _agent(tok.head, ctx.in_quote) is None):
                return None  # a copula, a passive, or 'X was said to be suffering “…”': not X's words
            subj = agent if agent is not None else subject_of(tok, ctx.in_quote)
            if subj is not None and not qspan.start <= subj.i < qspan.end and not ctx.in_quote[subj.i]:
                if _stands_for_someone(subj):
                    return tok, subj
                if not inside:
                    return None  # (a quoted verb's own subject or agent may be a thing: 'felt “betrayed” by the vote')
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if ctx.in_quote[tok.i] and not qspan.start <= tok.i < qspan.end:
            return None  # inside another quotation: its speaker, if any, is found there
    return None
