"""'The court', 'the commission': which organisation named before a bare definite noun stands for.

Quotes ('the council said') and events ('the commission banned X') ask the same question of the
same mentions, so the answer is written once here: the organisation named before the noun whose
name (or curated description: 'the alliance') has that noun, or a curated word for its kind ('the
agency': an 'Authority'), as one of its words ('the Court of Session', 'the National
Telecommunications Commission'); of several, the latest one that was the subject of its clause (what the story is
about, not a court only named in a comparison), else the latest named.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from spacy.tokens import Token
from structnews.build.core import curated
from structnews.build.extract.drafts import LocalEntity, MentionDraft

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def organisation_words(entities: Iterable[LocalEntity]) -> dict[int, str]:
    """The words each of the article's organisations is known by, for
    :func:`organisation_named_before`: its name and the kind its curated description gives it,
    the head noun of the description's first phrase and of any later 'the ...' phrase ('military
    alliance of North American and European states' -> 'alliance'; '..., the bloc' -> 'bloc'), so
    that 'the alliance' is NATO when the article names it. Only the kind: 'used for the Russian
    government' in a description does not make the body 'the government'."""
    out = {}
    for e in entities:
        if e.type != "ORG":
            continue
        kinds = []
        for k, part in enumerate(re.split(r"[;,]", e.description or "")):
            part = part.strip()
            if k == 0 or part.lower().startswith("the "):
                words = part.split(" of ")[0].split()
                kinds += words[-1:]
        out[e.index] = " ".join([e.name, *kinds])
    return out


def _holds(name: str, words: set[str]) -> bool:
    """Whether an organisation's name (with its curated kinds) holds one of ``words``."""
    return bool(words & set(name.lower().replace(",", " ").split()))


def _kind_words(noun: Token) -> set[str]:
    """The words of an organisation's name that ``noun`` can stand for: the noun itself and its
    curated kinds ('the agency': an Authority too)."""
    lemma = noun.lemma_.lower()
    return {lemma, *curated.cues().organisation_kinds.get(lemma, ())}


def organisation_named_before(noun: Token, mentions: Iterable[MentionDraft], org_names: Mapping[int, str],
                              since: int = 0) -> MentionDraft | None:
    """The mention (from ``since`` on, before ``noun``) of the organisation ``noun`` stands for;
    ``org_names`` maps the article's organisations (entity index) to their names. The caller
    decides whether the noun is a bare definite one ('the court', not 'a court' or 'the courts')."""
    words = _kind_words(noun)
    doc = noun.doc
    found = subject = None
    for m in mentions:
        if m.start >= noun.idx:
            break
        name = org_names.get(m.entity)
        if m.start < since or name is None or not _holds(name, words):
            continue
        found = m
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and span.root.dep_ in SUBJECT_DEPS:
            subject = m
    return subject or found


def only_organisation_named(noun: Token, mentions: Iterable[MentionDraft], org_names: Mapping[int, str]) -> MentionDraft | None:
    """'Union No. 2 said ... [ten sentences on] The union has demanded ...': beyond the window of
    :func:`organisation_named_before`, a bare definite noun still stands for the organisation whose
    name holds it when the article named exactly one such organisation before it (the story's only
    union); with two ('the union' after two unions) it names neither."""
    words = _kind_words(noun)
    named = {m.entity for m in mentions if m.start < noun.idx and (name := org_names.get(m.entity)) is not None and _holds(name, words)}
    return organisation_named_before(noun, mentions, org_names) if len(named) == 1 else None


def holds_other_kind(noun: Token, name: str) -> bool:
    """Whether an organisation's name says it is a body of another kind than ``noun`` names: a state
    body whose last word is a curated institution noun ('the Labour Ministry', 'West Yorkshire
    Police') is never 'the company' or 'the union'."""
    institutions = curated.cue_words("institution_nouns")
    words = name.lower().replace(",", " ").split()
    lemma = noun.lemma_.lower()
    return lemma not in institutions and bool(words) and words[-1] in institutions and words[-1] != lemma


def described_organisation(noun: Token, mentions: Iterable[MentionDraft], org_names: Mapping[int, str],
                           since: int = 0, owner: bool = False) -> MentionDraft | None:
    """'The Northern Ostland Union imposed sanctions ... The regional organisation, which wants ...': a
    definite singular noun for any organisation (curated ``organisation_nouns``: 'the organisation',
    'the bloc'), with lower-case adjectives at most, stands for the latest organisation that was
    the subject of its clause (from ``since`` on, before ``noun``): the body the story goes on
    with. For a noun that some organisation's name holds, :func:`organisation_named_before` answers.
    A possessive ('the bloc's shares') names no body unless the caller says it is an ``owner``
    that stands for its people ('the bloc's 27 leaders')."""
    # a lower-case word tagged a proper noun ('after the bloc slapped') is a common noun all the same
    common = (noun.pos_ == "NOUN" and noun.tag_ == "NN") or (noun.is_lower and noun.tag_ == "NNP")
    if not common or noun.dep_ == "poss" and not owner or noun.lemma_.lower() not in curated.cue_words("organisation_nouns"):
        return None
    if [c.lower_ for c in noun.children if c.dep_ == "det"] != ["the"] or any(
            c.dep_ not in ("det", "amod", "relcl", "punct", "acl", "appos", "case") or c.dep_ == "amod" and not c.is_lower for c in noun.children):
        return None
    doc = noun.doc
    found = None
    for m in mentions:
        if m.start >= noun.idx:
            break
        if m.start < since or m.entity not in org_names or holds_other_kind(noun, org_names[m.entity]):
            continue  # ('the union' is not the ministry that spoke last)
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and span.root.dep_ in SUBJECT_DEPS:
            found = m
    return found
