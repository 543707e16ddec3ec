"""Cues that are no speech verb governing the quote: a document's 'read' ('the statement read:
“…”'), an 'as' predicate ('Lind referred to the vote as “a farce”') and a speech noun the quoted
words complete ('his threat to take “…” measures'). Each gives the cue word and its source; the
speech-verb cues are in :mod:`.cues`, whose ``subject_of`` finds the source of a verb."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token
from structnews.build.core import curated
from structnews.build.extract.quotes.context import SUBJECT_DEPS, QuoteContext
from structnews.build.extract.quotes.cues import subject_of


def document_read(ctx: QuoteContext, qspan: Span) -> tuple[Token, Token] | None:
    """'The summary of the ruling read in part: “…”', '“…”, read the warning.': a document's 'read'
    (curated ``document_verbs``) right before or after a quotation, with a document noun (curated
    ``document_nouns``, ``body_documents``) as its subject, found on the words because the parser
    often takes this 'read' for a noun or a participle and hangs the quote elsewhere. The verb
    and the document noun, or None. Before the verb, the noun must head its subject: no comma,
    pronoun or finite verb between them ('the order signed by the bishop read' is one phrase)."""
    doc = qspan.doc
    nouns = curated.cue_words("document_nouns") | curated.cue_words("body_documents")
    verbs = {form for lemma in curated.cue_words("document_verbs") for form in (lemma, lemma + "s")}
    i = qspan.start - 1
    while i >= 0 and qspan.start - i <= 3 and (doc[i].is_punct or doc[i].is_space):
        i -= 1
    if i >= 1 and [t.lower_ for t in doc[i - 1 : i + 1]] in (["in", "part"], ["as", "follows"]):
        i -= 2
    if i >= 1 and doc[i].lower_ in verbs and not ctx.in_quote[i]:
        sent_start = ctx.sents[ctx.sent_of[i]].start  # (Token.sent walks the doc on each access)
        for t in reversed(doc[max(sent_start, i - 10) : i]):
            if t.text in {",", ";"} or ctx.in_quote[t.i] or t.pos_ == "PRON" \
                    or t.pos_ in {"VERB", "AUX"} and t.tag_ != "VBN":
                break
            if t.lemma_.lower() in nouns and t.pos_ == "NOUN" and t.i > 0:
                first = t
                if not any(u.lemma_.lower() in nouns and u.pos_ == "NOUN" for u in doc[max(sent_start, t.i - 4) : t.i]):
                    return doc[i], first
    j = qspan.end
    while j < len(doc) and j - qspan.end < 3 and (doc[j].is_punct or doc[j].is_space):
        j += 1
    if j < len(doc) and j > qspan.end and doc[j].lower_ in verbs and not ctx.in_quote[j]:
        for t in doc[j + 1 : min(len(doc), j + 5)]:
            if t.is_punct:
                break
            if t.lemma_.lower() in nouns and t.pos_ == "NOUN":
                return doc[j], t
    return None


def as_predicate(ctx: QuoteContext, qspan: Span) -> tuple[Token, Token] | None:
    """'Lind referred to the vote as “a farce”', 'a pattern described by the bulletin as “rather
    hectic”', 'she saw the post as a “test of nerve”': a quoted phrase right
    after the 'as' of a curated ``as_verbs`` verb is how the verb's subject (or a passive's agent)
    put it. The verb and that subject, or None ('such as', 'known as', a passive with no agent:
    'widely referred to as “The Harbour Ghost”' is a nickname, nobody's words here)."""
    doc = qspan.doc
    i = qspan.start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].is_space):
        i -= 1
    if i >= 0 and doc[i].lower_ in {"a", "an", "the"}:
        i -= 1
    # 'defended the pact as being aimed entirely at “…”': 'as being' and a participle's phrase
    j = i
    while j > i - 5 and j > 1 and doc[j].lower_ != "being" and (doc[j].pos_ in {"ADP", "ADV", "PART"} or doc[j].tag_ == "VBN"):
        j -= 1
    if j < i and doc[j].lower_ == "being" and doc[j - 1].lower_ == "as":
        i = j - 1
    if i < 1 or doc[i].lower_ != "as" or ctx.in_quote[i] or doc[i - 1].lower_ in {"such", "known", "so", "just", "same"}:
        return None
    verbs = curated.cue_words("as_verbs")
    verb = doc[i].head
    for _ in range(4):  # 'referred to the plane involved as': 'as' may hang on a word of the object
        if verb.pos_ == "VERB" and verb.lemma_.lower() in verbs or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or ctx.in_quote[verb.i] or verb.i > i:
        return None
    return _judged_by(ctx, verb, qspan, passive_needs_agent=False)


def _judged_by(ctx: QuoteContext, verb: Token, qspan: Span, passive_needs_agent: bool) -> tuple[Token, Token] | None:
    """The verb and who put the quoted phrase so: a passive's agent ('described by the bulletin
    as'), else the subject. With ``passive_needs_agent``, a passive with no agent has none (the
    subject is the one described); None too when that phrase is inside the quotation."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None and passive_needs_agent and any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return None
    subj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None \
        else subject_of(verb, ctx.in_quote, passive_hearer=True)
    if subj is None or qspan.start <= subj.i < qspan.end:
        return None
    return verb, subj


def label_complement(ctx: QuoteContext, qspan: Span) -> tuple[Token, Token] | None:
    """'critics branded the budget “a fraud”', 'the ministry termed the raid a “grave
    provocation”': a quoted phrase that is the object complement of a curated ``label_verbs`` verb
    (or the parser's apposition to its object) is how the verb's subject (or a passive's agent)
    put it. The verb and that subject, or None; None for a passive with no agent ('Senator Ruiz
    was branded “a traitor”': she is the one labelled, not the speaker)."""
    root = next((t for t in qspan if not qspan.start <= t.head.i < qspan.end or t.head.i == t.i), None)
    if root is None:
        return None
    if root.dep_ == "oprd":
        verb = root.head
    elif root.dep_ == "appos" and root.head.dep_ == "dobj" and root.head.i < qspan.start:
        verb = root.head.head
    elif root.dep_ == "dobj" and any(c.dep_ in {"dobj", "dative"} and c.i < qspan.start for c in root.head.children):
        verb = root.head  # read as a second object: 'branded the fence “a provocation”'
    else:
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in curated.cue_words("label_verbs") or ctx.in_quote[verb.i]:
        return None
    return _judged_by(ctx, verb, qspan, passive_needs_agent=True)


@lru_cache(maxsize=1)
def speech_nouns() -> frozenset[str]:
    """Nouns naming a speech act ('his threat to take "..." measures', 'demands for "..."'), curated."""
    return frozenset(curated.cues().speech_nouns)


def noun_cue(ctx: QuoteContext, qspan: Span) -> tuple[Token, Token] | None:
    """A speech noun the quoted words complete, and its source: the possessor ('his threat',
    'the ministry’s demand') or, for a speech act the sentence introduces ('Moscow issued demands
    for', 'she made a call for'), the subject of the verb taking the noun as its object."""
    inside = set(range(qspan.start, qspan.end))
    for tok in qspan:
        if tok.head.i in inside or tok.head.i == tok.i:
            continue
        node = tok.head
        for _ in range(4):
            if node.i in inside or ctx.in_quote[node.i]:
                break
            if node.pos_ == "NOUN" and node.lemma_.lower() in speech_nouns():
                poss = next((c for c in node.children if c.dep_ == "poss"), None)
                if poss is not None:
                    return node, poss
                definite = any(c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"} for c in node.children)
                subj = next((c for c in node.head.children if c.dep_ in SUBJECT_DEPS), None) if node.dep_ == "dobj" else None
                if subj is not None and not definite:
                    return node, subj
                document = _document_subject(subj) if subj is not None else None
                if document is not None:
                    return node, document  # 'Part of Lind's tweet included the statement, “…”'
                return None
            if node.pos_ in {"VERB", "AUX"} and any(c.dep_ in SUBJECT_DEPS for c in node.children):
                break  # a clause of its own: the quote is not the complement of a speech noun above it
            if node.head.i == node.i:
                break
            node = node.head
    return None


def _document_subject(subj: Token) -> Token | None:
    """'Lind's tweet', 'Part of Lind's tweet', 'the letter': a subject that is a document (curated
    ``document_nouns``) or a part of one; a document holding 'the statement “…”' or 'the words “…”'
    quotes whoever issued it."""
    if subj.lemma_.lower() in {"part", "some", "one"}:
        prep = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        subj = next((c for c in prep.children if c.dep_ == "pobj"), subj) if prep is not None else subj
    return subj if subj.lemma_.lower() in curated.cue_words("document_nouns") else None
