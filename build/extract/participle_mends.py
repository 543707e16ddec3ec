"""Mend a sentence whose subject is followed by a bare participle phrase.

News copy often sets a participle phrase after the subject without commas: 'Lenton president Ivo
Sark speaking at a rally on Monday warned that ...', 'Sark speaking on state television accused
Ostland of lying'. The small model then reads the participle as the clause: it makes 'Sark' the
subject of 'speaking' and either hangs 'speaking' on 'warned' as a clausal subject (so 'warned'
has no subject) or makes 'speaking' the root and hangs 'warned' on a noun inside its phrase
(so 'warned' is a modifier of 'the rally'). Either way the speaker of 'warned' and the actor of
what it reports are lost, and the date of the sentence hangs on the wrong verb.

A present participle with no auxiliary ('speaking', not 'was speaking') cannot be a sentence's
main verb when a finite verb (past tense or third person) follows it with no subject of its own:
the finite verb is the main verb, the participle's subject is its subject, and the participle
modifies that subject.

The same phrase after a plural noun is also read as a compound noun: in 'EU foreign ministers
meeting on Monday agreed to ...' the model tags 'meeting' a noun, makes 'ministers' its
compound and 'meeting' the subject of 'agreed', so the ministers agree nothing and meet nobody.
A noun in -ing that is the subject of a finite verb after it, whose compound right before it is
a plural common noun ('ministers', 'leaders', 'envoys'; a singular one is a true compound: 'the
board meeting'), is that participle: the plural noun is the subject, and the participle, tagged
again as one with its verb's lemma, modifies it. The mend is made once, as a pipeline component after the parser, because
both the quotes and the events read the parse.

A past participle set off between commas after the subject ('Commerce Secretary Ana Obi, asked
about the dispute, said he ...', 'The minister, pressed on the timing, insisted ...') is read the
same way: the model makes the subject the participle's and hangs the participle on the finite verb
after the second comma as its complement, so 'said' has no subject and the quote or the event it
reports loses its speaker. A passive participle with no auxiliary is never a clause of its own;
the finite verb after the phrase is the main verb (shape D).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Token

from structnews.build.extract.doc_copy import rehead

FINITE_TAGS = frozenset({"VBD", "VBZ"})
_OWN_SUBJECT = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_AUX = frozenset({"aux", "auxpass"})


def _bare_participle(verb: Token) -> Token | None:
    """The subject of a participle with no auxiliary that has a subject before it, else None."""
    if verb.tag_ != "VBG" or any(c.dep_ in _AUX for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)


def _main_verb(participle: Token) -> Token | None:
    """The finite verb the parser hung inside the participle's phrase (shape B): after it, in
    its subtree, with no subject of its own, not a relative clause opened by a pronoun, and no
    punctuation between the participle and it (a comma would end the phrase, unless the phrase
    is set off between commas: :func:`_set_off`)."""
    doc = participle.doc
    for tok in participle.subtree:
        if tok.i <= participle.i or tok.tag_ not in FINITE_TAGS or tok.pos_ != "VERB":
            continue
        if tok.dep_ not in ("acl", "dep", "relcl", "advcl") or any(c.dep_ in _OWN_SUBJECT | _AUX for c in tok.children):
            continue
        if any(c.tag_ in ("WDT", "WP", "WRB") for c in tok.children):
            continue
        if any(t.is_punct for t in doc[participle.i + 1 : tok.i]) and not _set_off(participle, tok):
            return None
        return tok
    return None


def _set_off(participle: Token, verb: Token) -> bool:
    """'ECOWAS, meeting in emergency session in Abuja, also suspended ...': a participle phrase
    between commas, with the finite verb hung straight on the participle after the second comma
    (an adverb between aside), is a phrase set off inside the clause, not a clause that ends."""
    doc = participle.doc
    if participle.i == 0 or doc[participle.i - 1].text != "," or verb.head.i != participle.i or verb.dep_ not in ("dep", "conj", "parataxis"):
        return False
    before = verb.i - 1
    while before > participle.i and doc[before].dep_ == "advmod" and doc[before].head.i == verb.i:
        before -= 1
    return doc[before].text == ","


def _set_off_past_participle(verb: Token) -> tuple[Token, Token] | None:
    """(subject, main verb) of 'X, asked about Y, said ...' read with 'X' as the subject of
    'asked' and 'asked' as the complement of 'said' (shape D), else None: a past participle with no
    auxiliary right after a comma, its subject before that comma, hung on a finite verb right
    after the phrase's closing comma (adverbs aside) that has no subject of its own. The tagger
    often calls the participle a past tense ('asked' VBD); between a subject and its comma-set
    verb it cannot be one."""
    doc = verb.doc
    if verb.tag_ not in ("VBN", "VBD") or verb.i == 0 or doc[verb.i - 1].text != "," or any(c.dep_ in _AUX for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    main = verb.head
    if subject is None or subject.i != verb.i - 2 or main.i <= verb.i or verb.dep_ not in ("ccomp", "advcl", "csubj", "dep"):
        return None
    if main.tag_ not in FINITE_TAGS | {"VBP"} or main.pos_ != "VERB" or any(c.dep_ in _OWN_SUBJECT for c in main.children):
        return None
    before = main.i - 1
    while before > verb.i and doc[before].dep_ == "advmod" and doc[before].head.i == main.i:
        before -= 1
    return (subject, main) if doc[before].text == "," and doc[before].head.i in (verb.i, main.i) else None


def _participle_read_as_noun(noun: Token) -> Token | None:
    """The plural noun of 'ministers meeting on Monday agreed' when ``noun`` is the -ing word read
    as a compound's head and the subject of the finite verb after it (shape C), else None."""
    if noun.tag_ != "NN" or not noun.lower_.endswith("ing") or noun.dep_ != "nsubj" or noun.head.i < noun.i:
        return None
    if noun.head.tag_ not in FINITE_TAGS or any(c.dep_ in ("det", "poss", "amod") for c in noun.children):
        return None
    before = noun.doc[noun.i - 1] if noun.i else None
    if before is None or before.dep_ != "compound" or before.head.i != noun.i or before.tag_ != "NNS":
        return None
    return before


@Language.factory("structnews_participle_mends")
def make_participle_mends(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The component, with the pipeline's lemmatizer to give a re-tagged participle its verb's
    lemma ('meeting' -> 'meet'), as the model would have."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    lemmatize = getattr(lemmatizer, "rule_lemmatize", None)
    return lambda doc: mend_participles(doc, lemmatize)


def mend_participles(doc: Doc, lemmatize: Callable[[Token], list[str]] | None = None) -> Doc:
    """Give the finite verb its subject back from a bare participle read as the clause or as a
    compound noun (see the module docstring). Returns the doc unchanged when there is nothing to
    mend. ``lemmatize`` gives a re-tagged participle its lemma; without it the lemma is kept."""
    changes: list[tuple[int, int, str]] = []
    retagged: list[int] = []
    for verb in doc:
        if (shape_d := _set_off_past_participle(verb)) is not None:
            subject, main = shape_d
            changes += [(subject.i, main.i, "nsubj"), (verb.i, subject.i, "acl")]
            continue
        subject = _bare_participle(verb)
        if subject is None:
            continue
        if verb.dep_ == "csubj" and verb.head.tag_ in FINITE_TAGS and verb.head.i > verb.i \
                and not any(c.dep_ in _OWN_SUBJECT - {"csubj"} for c in verb.head.children):
            # shape A: 'Sark speaking at a rally warned ...' with 'speaking' as the subject of 'warned'
            changes += [(subject.i, verb.head.i, "nsubj"), (verb.i, subject.i, "acl")]
        elif verb.dep_ == "ROOT" and (main := _main_verb(verb)) is not None:
            # shape B: 'speaking' as the root, 'accused' hung on it or on a noun in its phrase
            changes += [(main.i, main.i, "ROOT"), (subject.i, main.i, "nsubj"), (verb.i, subject.i, "acl")]
            changes += [(c.i, main.i, c.dep_) for c in verb.children
                        if c.i != subject.i and (c.i < subject.i or c.i > main.i)]
    for noun in doc:
        if (subject := _participle_read_as_noun(noun)) is not None:
            changes += [(subject.i, noun.head.i, "nsubj"), (noun.i, subject.i, "acl")]
            retagged.append(noun.i)
    if not changes:
        return doc
    mended = rehead(doc, changes)
    for i in retagged:
        token = mended[i]
        token.tag_, token.pos_ = "VBG", "VERB"
        if lemmatize is not None:
            token.lemma_ = lemmatize(token)[0]
    return mended
