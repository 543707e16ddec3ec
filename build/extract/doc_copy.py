"""A copy of a parsed doc with some of its annotations replaced.

The pipeline's last components change what the model produced (the article's own characters
back in place of apostrophe stand-ins; a sentence the parser cut, joined again). spaCy does not
let a parsed doc's words or sentence boundaries be edited in place, so each builds a new doc over
the same tokens and copies every annotation the extractors read. The list of those annotations
is defined here, once.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, LEMMA, MORPH, NORM, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

# Tags, POS, morphology, lemmas, norms, the parse (and with it the sentences) and the entities.
# Not the tensor: nothing reads it.
ANNOTATIONS = [TAG, POS, MORPH, LEMMA, NORM, HEAD, DEP, ENT_IOB, ENT_KB_ID, ENT_TYPE]


def copy_doc(doc: Doc, words: list[str] | None = None, heads: numpy.ndarray | None = None) -> Doc:
    """A new doc over ``doc``'s tokens (or the same-length ``words``) with its annotations and
    ``user_data``; ``heads``, an array of (HEAD, DEP) columns, replaces the parse when given."""
    out = Doc(doc.vocab, words=words if words is not None else [t.text for t in doc],
              spaces=[bool(t.whitespace_) for t in doc], user_data=dict(doc.user_data))
    values = doc.to_array(ANNOTATIONS)
    if heads is not None:
        values[:, ANNOTATIONS.index(HEAD)] = heads[:, 0]
        values[:, ANNOTATIONS.index(DEP)] = heads[:, 1]
    out.from_array(ANNOTATIONS, values)
    return out


def rehead(doc: Doc, changes: list[tuple[int, int, str]]) -> Doc:
    """A copy of ``doc`` whose tokens get new heads and labels: (token, new head, new label), by
    absolute index. The parse mends (sentence_mends, coordination_mends) edit the tree this way."""
    heads = doc.to_array([HEAD, DEP])
    offsets = heads[:, 0].astype(numpy.int64)  # relative heads, stored as unsigned
    labels = heads[:, 1]
    for token, head, label in changes:
        offsets[token] = head - token
        labels[token] = doc.vocab.strings.add(label)
    heads[:, 0] = offsets.astype(numpy.uint64)
    heads[:, 1] = labels
    return copy_doc(doc, heads=heads)


def model_parser(nlp: Language, names: tuple[str, ...]) -> Callable[[str], Doc]:
    """A parse of a variant text (a headline re-cased or re-worded) by the pipeline's own model
    components ``names`` only, so that a mend can compare the model's readings without running
    the mends again on them."""
    components = [proc for n, proc in nlp.pipeline if n in names]

    def parse(text: str) -> Doc:
        doc = nlp.make_doc(text)
        for proc in components:
            doc = proc(doc)
        return doc

    return parse
