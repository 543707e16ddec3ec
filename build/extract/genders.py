"""A person's grammatical gender, from the article's own words, so that 'she said' does not go on
with the man named last.

The small model knows no genders and no first names, and a list of first names would be a list of
guesses about people. The article says it: a gendered title or honorific before the name ('Mr',
'Queen'; curated ``gendered_titles``), or the person speaking of themselves in a clause they are
the subject of ('Ann Lind said she was willing', 'Ivo Sark has said he won't'). An entity the
evidence gives both genders, or none, has no gender, and every pronoun may refer to it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping

from spacy.tokens import Doc
from structnews.build.core import curated
from structnews.build.extract.drafts import LocalEntity, MentionDraft

MASCULINE, FEMININE = "masculine", "feminine"
_SUBJECT_PRONOUNS = {"he": MASCULINE, "she": FEMININE}
# Verbs whose clausal complement the subject speaks or thinks about themselves in.
_COMPLEMENTS = {"ccomp", "xcomp"}


def person_genders(doc: Doc, entities: list[LocalEntity], mention_of_token: Mapping[int, MentionDraft]) -> dict[int, str]:
    """The gender of each person entity (by index) the article's evidence settles one way only."""
    votes: dict[int, Counter[str]] = defaultdict(Counter)
    titled = curated.cues().gendered_titles
    for ent in entities:
        if ent.type != "PERSON":
            continue
        for gender, words in titled.items():
            if set(ent.titles) & set(words):
                votes[ent.index][gender] += 1
    seen: set[int] = set()
    for i, m in mention_of_token.items():
        if id(m) in seen or entities[m.entity].type != "PERSON":
            continue
        seen.add(id(m))
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        root = span.root
        if root.dep_ != "nsubj":
            continue
        for clause in root.head.children:
            if clause.dep_ not in _COMPLEMENTS:
                continue
            for sub in clause.children:
                gender = _SUBJECT_PRONOUNS.get(sub.lower_)
                if gender is not None and sub.dep_ in {"nsubj", "nsubjpass"}:
                    votes[m.entity][gender] += 1
    return {e: next(iter(c)) for e, c in votes.items() if len(c) == 1}


def agrees(genders: Mapping[int, str], entity: int | None, pronoun: str) -> bool:
    """Whether a he/she pronoun may refer to the entity: no gender known, or the pronoun's."""
    if entity is None:
        return True
    gender = genders.get(entity)
    wanted = _SUBJECT_PRONOUNS.get(pronoun.lower())
    return gender is None or wanted is None or gender == wanted
