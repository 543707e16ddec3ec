"""Mend sentences the parser cut in the middle.

The model sometimes ends a sentence before a short reporting clause that belongs to it ('Talks in
Oslo sought to “chart a calmer course” for the region || , the minister has said.'), before a
clause opened by a conjunction ('They met twice || and the talks will go on.') or before the
object of its last word ('… accused each other of violations along || the border.'). Each half is then
parsed alone: the quote in the first half has no speech verb in its sentence, and an event in the
second half has no link to the clause it continues. About one sentence in 150 of real news text
starts this way (a comma or a lower-case word right after a word that ends no sentence).

This component joins such a piece to the sentence before it by re-heading one root, which is all
the parse needs (the sentences are derived from the tree):

- a short reporting clause (a speech verb with a subject and no object or clause of its own, at
  most ``REPORTING_TAIL`` tokens) takes the sentence before as its clausal complement (``ccomp``), as
  the parser attaches '…, X has said' inside one sentence;
- a clause opened by a coordinating conjunction is a conjunct (``conj``) of the sentence before;
- a noun phrase cut off from the preposition or verb that ends the sentence before, which has no
  object, is that object (``pobj``, ``dobj``).

Any other piece is left alone. Nothing crosses a paragraph break or a boundary set before the
parser (a dateline's), and a piece after sentence-final punctuation is a real sentence.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc, Span

from structnews.build.core import curated
from structnews.build.extract.doc_copy import copy_doc

REPORTING_TAIL = 12  # tokens: ', a spokesman for the ministry told reporters on Monday.' and shorter
_TERMINALS = frozenset(".!?…")
_CLOSING_MARKS = frozenset("”\"’'")
_OWN_CONTENT = frozenset({"ccomp", "xcomp", "dobj", "obj", "conj", "advcl", "parataxis"})


def _continues(doc: Doc, sent: Span) -> bool:
    """Whether ``sent`` starts in the middle of a sentence: right after a word (no paragraph break,
    no sentence-final mark, no closing quotation mark after one) and with a comma or a lower-case
    word."""
    if sent.start == 0:
        return False
    first, before = sent[0], doc[sent.start - 1]
    if before.is_space or before.whitespace_.count("\n") or "\n" in before.text:
        return False
    if set(before.text) <= _TERMINALS:
        return False
    if before.text in _CLOSING_MARKS and sent.start >= 2 and set(doc[sent.start - 2].text) <= _TERMINALS:
        return False  # '…?” he asks.': the quote ends a sentence of its own
    return first.text == "," or (first.is_alpha and first.is_lower)


def _reporting_tail(sent: Span) -> bool:
    """'…, President X has said.': a speech verb (the cue lexicon's ``verbs``) with a subject and
    nothing it says of its own."""
    root = sent.root
    if len(sent) > REPORTING_TAIL or root.pos_ not in {"VERB", "AUX"} or root.lemma_.lower() not in curated.cue_words("verbs"):
        return False
    deps = {c.dep_ for c in root.children}
    return bool(deps & {"nsubj", "nsubjpass"}) and not deps & _OWN_CONTENT


def _coordinated(sent: Span) -> bool:
    """'… and the talks will go on.': a clause opened by a conjunction attached to its root."""
    first = sent[0]
    return first.dep_ == "cc" and first.head == sent.root and sent.root.pos_ in {"VERB", "AUX"}


def _completes(prev: Span, sent: Span) -> tuple[int, str] | None:
    """'… accused each other of violations along || the border.': a noun phrase cut off from the
    preposition or the verb that ends the sentence before and lacks its object. The token it
    attaches to and the label (``pobj``, ``dobj``), or None."""
    root, last = sent.root, prev[-1]
    if root.pos_ not in {"NOUN", "PROPN"} or any(t.pos_ in {"VERB", "AUX"} for t in sent):
        return None
    own = {c.dep_ for c in last.children}
    if last.pos_ == "ADP" and last.dep_ in {"prep", "agent", "dative"} and not own & {"pobj", "pcomp"}:
        return last.i, "pobj"
    if last.pos_ == "VERB" and not own & {"dobj", "obj", "ccomp", "xcomp", "prep"}:
        return last.i, "dobj"
    return None


@Language.component("structnews_sentence_mends")
def mend_sentences(doc: Doc) -> Doc:
    """Join the pieces of a sentence cut by the parser (see the module docstring). Returns the
    doc unchanged when there is nothing to mend, else a new doc with the same annotations and
    the changed heads."""
    sents = list(doc.sents)
    changes: list[tuple[int, int, str]] = []  # (token, new head, new label)
    for prev, sent in zip(sents, sents[1:]):
        if not _continues(doc, sent):
            continue
        if _coordinated(sent):
            changes.append((sent.root.i, prev.root.i, "conj"))
        elif _reporting_tail(sent):
            changes.append((prev.root.i, sent.root.i, "ccomp"))
        elif (completed := _completes(prev, sent)) is not None:
            changes.append((sent.root.i, *completed))
    if not changes:
        return doc
    heads = doc.to_array([HEAD, DEP])
    offsets = heads[:, 0].astype(numpy.int64)  # relative heads, stored as unsigned
    labels = heads[:, 1]
    for token, head, label in changes:
        offsets[token] = head - token
        labels[token] = doc.vocab.strings.add(label)
    heads[:, 0] = offsets.astype(numpy.uint64)
    heads[:, 1] = labels
    return copy_doc(doc, heads=heads)
