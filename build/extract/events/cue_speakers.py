"""The doer of a speech act the quotes stage has already attributed: 'The bloc called for the release
of all detainees' is the bloc's demand, and the quotes stage knows which body 'the bloc' is.

A verb trigger that is the cue of an attributed quotation (its content clause, object or 'for'
phrase is the quotation) and whose subject the event rules could not resolve ('the bloc', 'the
regulator', 'the diplomat', a subject shared with an earlier conjunct) takes the quotation's speaker
as its actor. The quotes stage resolves such descriptions with its own, wider rules (the organisation
introduced with that noun, the unnamed source introduced before); reading them twice, differently,
gave the demand no actor while its words had a speaker. A passive verb is left alone: its subject
is the one acted on ('X was urged to leave'); so is a subject that is no description of one party
('Few members agreed that ...', 'some said')."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token
    from structnews.build.extract.events.referents import ArticleState

# How many heads up from the quotation's root its cue may be: 'called for [the release]' (release ->
# for -> called), 'urged X [to free] ...' (free -> urged), 'warned [it would impose]' (impose -> warned).
CUE_STEPS = 2
PASSIVE_DEPS = frozenset({"nsubjpass", "auxpass", "csubjpass"})
DEFINITE_DETS = frozenset({"the", "this", "that"})


def _describes_one_party(subject: Token) -> bool:
    """'the bloc', 'the agency's chief', 'the diplomat': a definite noun phrase, which the quotes
    stage may resolve; not a pronoun or quantifier ('everyone', 'some', 'many')."""
    return subject.pos_ == "NOUN" and any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in subject.children)


def cue_speaker(verb: Token, art: ArticleState) -> int | None:
    """The speaker of an attributed quotation whose cue is ``verb`` (an active verb), if any."""
    if any(c.dep_ in PASSIVE_DEPS for c in verb.children):
        return None
    if not all(_describes_one_party(c) for c in verb.children if c.dep_ in ("nsubj", "csubj", "expl")):
        return None  # no subject of its own ('... and warned it would'): the earlier conjunct's
    sent = verb.sent
    for start, end, speaker in art.said:
        if start < sent.start_char or end > sent.end_char:
            continue
        span = art.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        head = span.root
        for _ in range(CUE_STEPS):
            if head.head.i == head.i:
                break
            head = head.head
            if head.i == verb.i:
                return speaker
    return None
