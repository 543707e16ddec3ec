"""Mend a subject the parser hangs inside a fronted phrase.

'Across the street at a coffee shop, Ann Lind, 34, a teacher, said she had made up her mind': the
small model makes 'Lind' an apposition of 'shop' and leaves 'said' without a subject, so the
quote has no speaker and the next 'she' no antecedent. A name (a proper noun, whatever type the model gave it) in
apposition to the object of a prepositional phrase that opens the sentence, whose phrase ends
(commas aside) right before a verb that has no subject, is that verb's subject. Both the quotes
and the events read the parse, so the mend is made once, here, as a pipeline component after the
parser.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from structnews.build.extract.doc_copy import rehead

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})  # the model types a name it does not know at random


def _in_fronted_phrase(tok: Token, root: Token) -> bool:
    """Whether ``tok`` hangs, through objects of prepositions only, on a preposition of ``root``."""
    current = tok
    for _ in range(8):
        if current.dep_ == "prep" and current.head.i == root.i:
            return True
        if current.dep_ not in ("pobj", "prep") or current.head.i == current.i:
            return False
        current = current.head
    return False


@Language.component("structnews_subject_mends")
def mend_subjects(doc: Doc) -> Doc:
    """Give a subjectless verb the person named in apposition in its fronted phrase (see the
    module docstring). Returns the doc unchanged when there is nothing to mend."""
    changes: list[tuple[int, int, str]] = []
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in ("VERB", "AUX") or any(c.dep_ in _SUBJECTS for c in root.children):
            continue
        for tok in sent:
            if tok.i >= root.i:
                break
            if tok.dep_ != "appos" or not (tok.ent_type_ in _NAMED or tok.pos_ == "PROPN") or not _in_fronted_phrase(tok.head, root):
                continue
            end = max(t.i for t in tok.subtree)
            if end < root.i and all(doc[j].is_punct for j in range(end + 1, root.i)):
                changes.append((tok.i, root.i, "nsubj"))
                break
    return rehead(doc, changes) if changes else doc
