"""Mend a predicate adjective the model reads as a passive participle.

A party's reaction to another's act is told with a copula and an adjective of feeling: 'X said
it was "deeply disappointed" by the ruling', 'The Philippines is appalled at China's conduct,
Manalo said', 'he was disappointed with the result'. The small model reads most of them as a
passive verb: the adjective becomes a participle with 'was' as its passive auxiliary and the
subject as its passive subject (so 'by the ruling' reads as the agent who did the feeling),
while the same words without 'on Monday' or the quotation marks get the copula reading. Every
later stage reads a stance from a copula with its predicate adjective (the event lexicon's
readings with ``predicates``), so the stance of the passive reading was lost.

An adjective of feeling is not a passive: the words are those the event lexicon lists as
predicates of its copula readings (one list says which predicates matter). Such a word, tagged a
past participle or an adjective, with a passive auxiliary that is one of the lexicon's copulas,
is given the copula reading: the auxiliary takes the word's place in the tree (its head and
label), the word becomes its predicate (``acomp``), the passive subject its subject, and the
word's other auxiliaries, negation and subordinator ('has been', 'not', 'that') hang on the
copula, and so does a clause coordinated with it ('... by the report and called on Y to act', as
the model hangs it when it reads the copula right). Everything else, the phrase with 'by' included, stays on the adjective, as the model
puts it when it reads the copula right. The mend is made once, as a pipeline component after the
parser, because both the quotes and the events read the parse.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from structnews.build.core import curated
from structnews.build.extract.doc_copy import rehead

PARTICIPLE_TAGS = frozenset({"VBN", "JJ"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
MOVED_DEPS = {"nsubjpass": "nsubj", "aux": "aux", "neg": "neg", "mark": "mark"}  # what hangs on the copula


@lru_cache(maxsize=1)
def _predicates() -> frozenset[str]:
    """The predicate adjectives of the event lexicon's copula readings ('concerned', 'disappointed')."""
    return frozenset(word.lower() for entry in curated.event_lexicon().triggers for word in entry.predicates)


@lru_cache(maxsize=1)
def _copulas() -> frozenset[str]:
    return frozenset(word.lower() for word in curated.event_lexicon().copulas)


def _passive_copula(word: Token) -> Token | None:
    """The passive auxiliary of a predicate adjective read as a participle ('was' in 'it was
    deeply disappointed by X'), when the word is one of the lexicon's predicates."""
    if word.tag_ not in PARTICIPLE_TAGS or word.lower_ not in _predicates():
        return None
    auxes = [c for c in word.children if c.dep_ == "auxpass" and c.lemma_.lower() in _copulas()]
    return auxes[-1] if len(auxes) == 1 else None


def _clause_conjunct(conj: Token) -> bool:
    """A conjunct that is a clause of its own ('... and called on Y to act'): a finite verb or one
    with a subject or object, not a second adjective ('troubled and disappointed')."""
    return conj.tag_ in FINITE_TAGS or any(c.dep_ in ("nsubj", "dobj", "xcomp", "ccomp") for c in conj.children)


def _changes(word: Token, copula: Token) -> list[tuple[int, int, str]]:
    """The new (token, head, label) of the copula, the adjective and what moves to the copula:
    its subject, auxiliaries, negation and subordinator, and a coordinated clause with its 'and'."""
    root = word.head.i == word.i
    out = [(copula.i, copula.i if root else word.head.i, "ROOT" if root else word.dep_), (word.i, copula.i, "acomp")]
    out += [(c.i, copula.i, MOVED_DEPS[c.dep_]) for c in word.children if c.dep_ in MOVED_DEPS and c.i < word.i]
    clauses = [c for c in word.children if c.dep_ == "conj" and _clause_conjunct(c)]
    if clauses:
        first = clauses[0].i
        out += [(c.i, copula.i, c.dep_) for c in word.children if c.i > word.i and (c in clauses or c.dep_ in ("cc", "punct") and c.i < first)
                and not (c.dep_ == "punct" and c.is_quote)]
    return out


def mend_predicates(doc: Doc) -> Doc:
    """The doc with each adjective of feeling read as a passive participle given its copula
    reading (see the module docstring); the doc itself when there is none."""
    changes: list[tuple[int, int, str]] = []
    for word in doc:
        copula = _passive_copula(word)
        if copula is not None:
            changes.extend(_changes(word, copula))
    return rehead(doc, changes) if changes else doc


@Language.component("structnews_predicate_mends")
def predicate_mends(doc: Doc) -> Doc:
    """The component (see the module docstring)."""
    return mend_predicates(doc)
