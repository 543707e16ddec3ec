"""Mend a present-tense verb the tagger reads as a noun.

Headlines are written in the present tense without articles ('Kenyan police arrest dozens as
protests spread'), and the small model often tags the verb a noun ('arrest' as NN) while parsing
it as the root of its sentence, with a subject before it and an object after it. Every later stage
looks a trigger up by its part of speech, so the event ('police arrest') was lost. A root tagged
a noun, with a nominal subject before it and a direct object after it, is the verb the parse
already says it is: it is tagged a present-tense verb (VBZ after a singular subject, VBP after a
plural one). The lemma is the noun's, which is the verb's for these forms ('arrest', 'sentence').

Both the quotes and the events read the tags, so the mend is made once, here, as a pipeline
component after the parser.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from structnews.build.extract import pronouns

_NOUN_TAGS = frozenset({"NN", "NNS"})


def _verb_read_as_noun(token: Token) -> Token | None:
    """The subject of a root tagged a noun that has a subject before it and an object after it."""
    if token.dep_ != "ROOT" or token.tag_ not in _NOUN_TAGS:
        return None
    subjects = [c for c in token.children if c.dep_ == "nsubj" and c.i < token.i]
    if not subjects or not any(c.dep_ == "dobj" and c.i > token.i for c in token.children):
        return None
    return subjects[0]


@Language.component("structnews_verb_tag_mends")
def mend_verb_tags(doc: Doc) -> Doc:
    """Tag a root read as a noun, with a subject and an object, a present-tense verb (see the
    module docstring). The doc is changed in place; nothing else is touched."""
    for sent in doc.sents:
        subject = _verb_read_as_noun(sent.root)
        if subject is not None:
            plural = subject.tag_ in ("NNS", "NNPS") or subject.lower_ in pronouns.PLURAL_SUBJECT
            sent.root.tag_ = "VBP" if plural else "VBZ"
            sent.root.pos_ = "VERB"
    return doc
