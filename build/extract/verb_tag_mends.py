"""Mend a present-tense verb the tagger reads as a noun.

Headlines are written in the present tense without articles ('Kenyan police arrest dozens as
protests spread', 'Latvia summons Russian envoy'), and the small model often tags the verb a noun
('arrest' as NN, 'summons' as NNS) while parsing it as the root of its sentence. Every later stage
looks a trigger up by its part of speech and its subject and object by their labels, so the event
was lost. A root tagged a noun is the verb the parse nearly says it is when

- a nominal subject comes before it and a direct object after it (the parse is right but the tag); or
- the name right before it, which the parse hangs on it as a modifier ('EU and Britain sanction',
  'Pakistan expels'), agrees with it as a subject: a plural or coordinated name before a bare
  form, a singular one before an '-s' form; and the noun right after it, which the parse calls an
  apposition or a bare adverbial noun ('summons Russian envoy'), is its object.

The root is then tagged a present-tense verb (VBZ after a singular subject, VBP after a plural
one), lemmatised as a verb ('summons' -> 'summon'), and the name and the noun are labelled its
subject and object. Both the quotes and the events read the parse, so the mend is made once,
here, as a pipeline component after the parser and the lemmatizer.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Token

from structnews.build.extract import pronouns

_NOUN_TAGS = frozenset({"NN", "NNS"})
_NAME_MODIFIERS = frozenset({"nmod", "compound", "amod", "nsubj"})
_OBJECT_READINGS = frozenset({"dobj", "appos", "npadvmod"})
NAME_TYPES = frozenset({"GPE", "ORG", "NORP", "PERSON"})  # the entity types of a party (also read by headline_verbs)


def _plural(subject: Token) -> bool:
    """A plural subject: a plural noun or pronoun, or names coordinated ('EU and Britain')."""
    return (subject.tag_ in ("NNS", "NNPS") or subject.lower_ in pronouns.PLURAL_SUBJECT
            or any(c.dep_ == "conj" for c in subject.children))


def _name_as_subject(token: Token) -> Token | None:
    """The name the parse hangs on a root noun as its modifier, right before it, that agrees with
    the root read as a present-tense verb."""
    before = [c for c in token.children if c.i < token.i]
    if len(before) != 1:
        return None
    name = before[0]
    if name.dep_ not in _NAME_MODIFIERS or name.right_edge.i != token.i - 1 or name.left_edge.i != token.sent.start:
        return None
    if name.ent_type_ not in NAME_TYPES and name.tag_ not in ("NNS", "NNPS"):
        return None
    return name if _plural(name) == (token.tag_ == "NN") else None


def _object_after(token: Token) -> Token | None:
    """The noun right after the root that the parse reads as its apposition or adverbial noun."""
    after = [c for c in token.children if c.i > token.i and c.dep_ in _OBJECT_READINGS and c.pos_ in ("NOUN", "PROPN")]
    return after[0] if after and after[0].left_edge.i == token.i + 1 else None


def _verb_read_as_noun(token: Token) -> tuple[Token, Token] | None:
    """The subject and the object of a root tagged a noun that is a present-tense verb (see the
    module docstring), or None."""
    if token.dep_ != "ROOT" or token.tag_ not in _NOUN_TAGS:
        return None
    subjects = [c for c in token.children if c.dep_ == "nsubj" and c.i < token.i]
    objects = [c for c in token.children if c.dep_ == "dobj" and c.i > token.i]
    if subjects and objects:
        return subjects[0], objects[0]
    subject, obj = _name_as_subject(token), _object_after(token)
    return (subject, obj) if subject is not None and obj is not None else None


def mend_verb_tags(doc: Doc, lemmatize: Callable[[Token], list[str]] | None = None) -> Doc:
    """Tag a root read as a noun a present-tense verb, with its subject and object (see the module
    docstring); ``lemmatize`` gives a token's lemmas by its part of speech (the model's rule
    lemmatizer), else the noun's lemma is kept. The doc is changed in place; nothing else is touched."""
    for sent in doc.sents:
        found = _verb_read_as_noun(sent.root)
        if found is None:
            continue
        subject, obj = found
        root = sent.root
        root.tag_ = "VBP" if _plural(subject) else "VBZ"
        root.pos_ = "VERB"
        if lemmatize is not None and (lemmas := lemmatize(root)):
            root.lemma_ = lemmas[0]
        subject.dep_, obj.dep_ = "nsubj", "dobj"
    return doc


@Language.factory("structnews_verb_tag_mends")
def make_verb_tag_mends(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The component, lemmatising a mended verb by the pipeline's own lemmatizer."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    lemmatize = getattr(lemmatizer, "rule_lemmatize", None)
    return lambda doc: mend_verb_tags(doc, lemmatize)
