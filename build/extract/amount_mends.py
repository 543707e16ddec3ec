"""Mend a double object whose second object is a sum of money: 'fined Meta 1.2 billion euros'.

A penalty, an award or a payment names whom it concerns and then the sum, with no preposition
between: 'The Commission fined Corvane Systems Inc. 1.2 billion euros', 'regulators fined U.S.
group Vantor 40 million pounds', 'the court awarded the families $5 million'. The small model
often reads the name as a modifier of the sum ('Inc.' an ``nmod`` of 'euros'), and its entity
recogniser often runs the name on into the number ('Corvane 1.2 billion euros' as one ORG).
The party fined or paid is then lost: the verb has one object, the sum, and the name is no name.

When a verb's only object is a sum of money (its head a curated ``currency_units`` word, or the
phrase holding a currency symbol) and the object phrase starts right after the verb with a noun
phrase before the sum's first number or symbol, that noun phrase is the verb's first object: its
last word becomes the verb's ``dative`` (as the model parses 'fined Google $5 billion' when it
reads it right), its other words that hung outside it hang on that word, and a name the model ran
on into the sum ends where the sum begins. The mend is made once, as a pipeline component after
the parser, because the entities, the quotes and the events all read the parse.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from structnews.build.core import curated
from structnews.build.extract.doc_copy import rehead

SYMBOL_TAG = "$"  # the tagger's tag for '$', '€', '£'
PHRASE_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PUNCT"})  # 'U.S. group Corvane', 'the families'
HEAD_POS = frozenset({"PROPN", "NOUN"})


@lru_cache(maxsize=1)
def currency_units() -> frozenset[str]:
    """Words for a currency ('euro', 'dollars', 'reais'), curated."""
    return frozenset(word.lower() for word in curated.gazetteer().currency_units)


def _is_sum(obj: Token) -> bool:
    """Whether the object is a sum of money: a currency word heads it or a symbol is in it."""
    units = currency_units()
    return obj.lemma_.lower() in units or obj.lower_ in units or any(t.tag_ == SYMBOL_TAG for t in obj.subtree)


def _first_object(verb: Token) -> tuple[int, int] | None:
    """(first, last) token of the noun phrase read into a sum that is the verb's only object, by
    absolute index; None when the verb has no such object (see the module docstring)."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("dative", "iobj") for c in verb.children):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].i < verb.i or not _is_sum(objects[0]):
        return None
    obj = objects[0]
    first = verb.i + 1
    if obj.left_edge.i != first:
        return None  # something else stands between the verb and its object
    amount = next((t.i for t in obj.subtree if t.tag_ in ("CD", SYMBOL_TAG)), None)
    if amount is None or amount <= first:
        return None  # 'fined 40 million euros': no first object
    phrase = verb.doc[first:amount]
    last = phrase[-1]
    if any(t.pos_ not in PHRASE_POS for t in phrase) or last.pos_ not in HEAD_POS or last.lower_ in currency_units() \
            or any(t.pos_ == "DET" for t in phrase[1:]):
        return None
    return first, last.i


def _changes(verb: Token, first: int, last: int) -> list[tuple[int, int, str]]:
    """The new (token, head, label) of the phrase's words and of the sum's words hung on them."""
    doc = verb.doc
    obj = next(c for c in verb.children if c.dep_ == "dobj")
    out = [(last, verb.i, "dative")]
    for token in doc[first:last]:
        if not first <= token.head.i <= last or token.head.i == token.i:
            out.append((token.i, last, "det" if token.pos_ == "DET" else "compound"))
    for token in doc[last + 1:obj.right_edge.i + 1]:
        if first <= token.head.i <= last:
            out.append((token.i, obj.i, token.dep_))  # a word of the sum the model hung on the name
    return out


def _trimmed_entities(doc: Doc, cuts: list[tuple[int, int]]) -> list[Span]:
    """The doc's entities, each that runs from a first object on into its sum ending at the sum."""
    out: list[Span] = []
    for ent in doc.ents:
        cut = next((last + 1 for first, last in cuts if ent.start <= last < ent.end - 1 and ent.start >= first), None)
        out.append(Span(doc, ent.start, cut, label=ent.label_, kb_id=ent.kb_id_) if cut is not None else ent)
    return out


def mend_amounts(doc: Doc) -> Doc:
    """The doc with each sum's first object read as the verb's own (see the module docstring);
    the doc itself when there is none."""
    changes: list[tuple[int, int, str]] = []
    cuts: list[tuple[int, int]] = []
    for verb in doc:
        found = _first_object(verb)
        if found is not None:
            changes.extend(_changes(verb, *found))
            cuts.append(found)
    if not changes:
        return doc
    out = rehead(doc, changes)
    out.ents = _trimmed_entities(out, cuts)
    return out


@Language.component("structnews_amount_mends")
def amount_mends(doc: Doc) -> Doc:
    """The component (see the module docstring)."""
    return mend_amounts(doc)
