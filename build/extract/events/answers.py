"""Whom a refusal answers: 'Russia demanded guarantees. X rejected the demand on Friday.'

A refusal whose object is a definite noun for an earlier act ('the demand', 'the offer', 'the
accusation'; curated ``answered_nouns`` with that act's type) refuses whoever made the latest
such act the article reported in the last few sentences: its actors are the refusal's
counterpart, when the sentence names none. 'Its demand' or 'Russia's demand' name their maker
themselves, and nothing is borrowed across a longer gap. A refusal appended to the act's own
sentence ('X accused Y of Z, a charge Y denies') answers the act just told.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token
from structnews.build.extract.drafts import EventDraft
from structnews.build.extract.events.parse import APPENDED_DEPS, OBJECT_DEPS, zero_relative_object
from structnews.build.extract.events.triggers import Candidate

ANSWER_WINDOW = 3  # sentences back a refusal looks for the act it answers


def answered_noun(verb: Token, nouns: dict[str, str]) -> Token | None:
    """The refusal's object when it is a bare definite noun for an earlier act ('the demand'), or
    the noun a refusal appended to the act's own clause is a relative clause on ('accused X of
    Y, a charge X denies': the act just told)."""
    for obj in (c for c in verb.children if c.dep_ in OBJECT_DEPS):
        if obj.lemma_.lower() in nouns and [c.lower_ for c in obj.children if c.dep_ in ("det", "poss")] == ["the"]:
            return obj
    noun = verb.head  # (the relative's object is its antecedent: parse.zero_relative_object)
    if zero_relative_object(verb) and noun.dep_ in APPENDED_DEPS and noun.lemma_.lower() in nouns and \
            all(c.lower_ in ("a", "an") for c in noun.children if c.dep_ in ("det", "poss")):
        return noun
    return None


def answered_parties(cand: Candidate, nouns: dict[str, str], earlier: Iterable[EventDraft], since: int) -> list[int]:
    """The actors of the latest earlier act (from character offset ``since`` on) of the type the
    refusal's object names, not the refusal's own actors; [] when there is none."""
    if cand.entry.pos != "VERB" or cand.recipients:
        return []
    obj = answered_noun(cand.token, nouns)
    if obj is None:
        return []
    wanted = nouns[obj.lemma_.lower()]
    for ev in reversed(list(earlier)):
        if ev.sentence_start < since or ev.sentence_start > cand.token.idx:
            continue
        if ev.type == wanted and ev.actors and not set(ev.actors) & set(cand.actors):
            return list(ev.actors)
    return []
