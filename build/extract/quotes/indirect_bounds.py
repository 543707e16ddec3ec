"""Where an indirect quote's content starts and ends, where the parse alone would mislead
(used by ``indirect.py``).

PolNeAR-style attribution marks the whole stretch a source is reported to have said: both parts
around a cue inside it ('Though A, he said, B'), but not a sentence of the writer's own before a
semicolon, a contrast the writer adds ('..., but B'), or the occasion of the speech act ('denied
the report in an interview'). The parser also hangs some 'that' clauses on the addressee as
relative clauses ('told a meeting of elders that few people knew ...').
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token
from structnews.build.core import curated
from structnews.build.extract.quotes.context import SUBJECT_DEPS

_COMPLETE = {"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "nsubjpass", "auxpass"}  # a clause with nothing missing
_CONTRAST = {"but", "yet", "although", "though", "while", "whereas"}


def misparsed_complement(verb: Token) -> list[Token]:
    """'told a meeting of elders that few people knew the river': the parser takes the
    'that' clause for a relative clause of the object, but a relative 'that' would be its subject
    or object, not a conjunction ('mark') before a clause with a subject and an object or
    complement of its own (nothing missing: 'the reporters that he had met' lacks its object)."""
    for obj in verb.rights:
        if obj.dep_ not in {"dobj", "dative"}:
            continue
        for node in obj.subtree:
            if node.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children) \
                    and any(c.dep_ in SUBJECT_DEPS and c.lower_ != "that" for c in node.children) \
                    and any(c.dep_ in _COMPLETE for c in node.children):
                return [node]
    return []


def occasion(prep: Token, preps: Collection[str]) -> bool:
    """Whether a prepositional phrase (one of ``preps``) after a cue's object tells when or where
    it was said ('in an interview', 'at the forum', 'during the debate', 'in July'): its object
    is a date or time or a curated noun of an occasion or a document ('in a ruling'), not 'in
    response to the flood'."""
    if prep.dep_ != "prep" or prep.lower_ not in preps:
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return False
    return obj.ent_type_ in {"DATE", "TIME"} or obj.lemma_.lower() in curated.cue_words("occasion_nouns") | curated.cue_words("document_nouns")


def since_break(left: list[Token], cue: Token) -> list[Token]:
    """The part before a cue from after the last ';' or ':' before the cue: what comes before is a
    sentence of its own ('A; B, officials said, C')."""
    if not left:
        return left
    start = max([left[0].i] + [t.i + 1 for t in cue.doc[left[0].i : cue.i] if t.text in {";", ":"}])
    return [t for t in left if t.i >= start]


def opens_contrast(part: list[Token]) -> bool:
    """Whether a part after a cue opens with a contrast ('..., but B'): B is the writer's."""
    words = [t for t in part if not t.is_punct]
    return bool(words) and words[0].lower_ in _CONTRAST


def both_parts(left: list[Token], right: list[Token], continuing: bool = False) -> list[Token] | None:
    """The stretch over a cue inside the content; None when either part is empty or the second
    opens with a contrast ('A, according to X, but B'). With ``continuing``, the second part must
    go on with the first's clause or be joined to it by 'and' ('A, according to X, and B'), not be
    a new clause ('rose 2.1 metres according to X, it was ...')."""
    words = [t for t in right if not t.is_punct]
    if not words or not any(not t.is_punct for t in left) or opens_contrast(right):
        return None
    if continuing and words[0].lower_ != "and" and any(t.dep_ in SUBJECT_DEPS for t in words):
        return None
    return list(left[0].doc[left[0].i : right[-1].i + 1])
