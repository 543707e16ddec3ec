"""Mend the parse of a denial appended to a clause: '..., a charge Tehran denies'.

Wire copy answers an accusation in the same sentence with a noun for it and a zero relative
clause: 'It accused Iran of arming the rebels, a charge Tehran denies', '..., an allegation
Kigali rejects', '..., a claim both governments have long disputed'. The small model rarely
parses that as it is: it reads 'rejects' as a plural noun ('an allegation Kigali rejects'), makes
the denial the sentence's root with the accusation as its complement ('a charge Tehran denies'),
or hangs the accusation noun on the subject as an adjective ('a charge UN officials have denied').
Each reading loses the refusal, the event that tells who answered the charge.

After a comma, an optional 'a'/'an' and adjectives, a noun for an accusation (the events'
curated ``answered_nouns`` of type ACCUSE: 'charge', 'allegation', 'claim'), a short subject
(a name, 'the company', 'both countries'), auxiliaries and adverbs, and a form of a curated
``rebuttal_verbs`` verb ('denies', 'rejected', 'has dismissed') that ends the clause (nothing after
it can be its object), the tree is rebuilt as the model reads it when it gets it right: the
noun hangs on the main clause as an adverbial noun, the verb is a relative clause on the noun
with the subject as its subject, and everything else of the sentence hangs on the main clause's
root. The verb is tagged a verb with its bare form as lemma. Nothing else changes.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from structnews.build.core import curated
from structnews.build.extract.doc_copy import rehead

SUBJECT_WORDS = 5  # a subject longer than this is not the short one of an appended denial
SUBJECT_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "NUM", "PRON"})
MIDDLE_TAGS = frozenset({"MD", "RB", "VBZ", "VBP", "VBD"})  # 'has', 'have', 'had', 'repeatedly', 'would'
# What may follow the verb when nothing of it is its object: the clause or sentence ends, or a
# phrase that is not an object ('at the time', 'and described as ...', 'as false').
CLAUSE_END_POS = frozenset({"PUNCT", "ADP", "CCONJ", "SCONJ", "ADV", "PART"})


@lru_cache(maxsize=1)
def _accusation_nouns() -> frozenset[str]:
    """Nouns for an accusation (curated ``answered_nouns`` of type ACCUSE)."""
    answered = curated.event_lexicon().answered_nouns
    return frozenset(noun.lower() for noun, kind in answered.items() if kind.value == "ACCUSE")


@lru_cache(maxsize=1)
def _rebuttal_forms() -> dict[str, str]:
    """Every written form of a curated ``rebuttal_verbs`` verb, with its bare form: 'denies',
    'denied' -> 'deny'; 'rejects', 'rejected' -> 'reject'; 'disputes', 'disputed' -> 'dispute'."""
    forms: dict[str, str] = {}
    for verb in curated.cues().rebuttal_verbs:
        bare = verb.lower()
        if bare.endswith("y"):
            written = [bare[:-1] + "ies", bare[:-1] + "ied"]
        elif bare.endswith("e"):
            written = [bare + "s", bare + "d"]
        elif bare.endswith(("ss", "sh", "ch", "x")):
            written = [bare + "es", bare + "ed"]
        else:
            written = [bare + "s", bare + "ed"]
        forms.update({w: bare for w in (bare, *written)})
    return forms


def _appended_denial(sent: Span) -> tuple[int, int, int, int, int] | None:
    """(comma, noun, first subject word, last subject word, verb) of an appended denial in the
    sentence (see the module docstring), by absolute token index; None when there is none."""
    nouns, forms = _accusation_nouns(), _rebuttal_forms()
    doc = sent.doc
    for comma in (t for t in sent if t.text == "," and t.i > sent.start):
        at = comma.i + 1
        if at < sent.end and doc[at].lower_ in ("a", "an"):
            at += 1
        while at < sent.end and doc[at].tag_ == "JJ":
            at += 1
        if at >= sent.end or doc[at].lemma_.lower() not in nouns and doc[at].lower_ not in nouns:
            continue
        noun = at
        verb = next((t.i for t in doc[noun + 1:min(sent.end, noun + SUBJECT_WORDS + 4)] if t.lower_ in forms), None)
        if verb is None:
            continue
        middle = verb
        while middle - 1 > noun and doc[middle - 1].tag_ in MIDDLE_TAGS:
            middle -= 1
        subject = doc[noun + 1:middle]
        if not 0 < len(subject) <= SUBJECT_WORDS or any(t.pos_ not in SUBJECT_POS for t in subject) \
                or subject[-1].pos_ not in ("PROPN", "NOUN", "PRON"):
            continue
        if verb + 1 < sent.end and doc[verb + 1].pos_ not in CLAUSE_END_POS:
            continue  # 'a claim Moscow denies the rebels ...': the verb has an object of its own
        return comma.i, noun, noun + 1, middle - 1, verb
    return None


def _clause_root(sent: Span, start: int, end: int) -> int:
    """The token of ``sent[start:end]`` (absolute indices) that the rest of that stretch hangs on:
    its first verb whose head lies outside it, else its first token with such a head."""
    outside = [t for t in sent.doc[start:end] if not start <= t.head.i < end or t.head.i == t.i]
    verbs = [t for t in outside if t.pos_ in ("VERB", "AUX")]
    return (verbs or outside)[0].i


def _sentence_changes(sent: Span, comma: int, noun: int, first: int, last: int, verb: int) -> dict[int, tuple[int, str]]:
    """The new (head, label) of every token of the sentence whose place in the tree changes."""
    root = _clause_root(sent, sent.start, comma)
    clause = range(comma, verb + 1)
    new: dict[int, tuple[int, str]] = {root: (root, "ROOT"), comma: (root, "punct"), noun: (root, "npadvmod"),
                                       last: (verb, "nsubj"), verb: (noun, "relcl")}
    for token in sent:
        i, head = token.i, token.head.i
        if i in new:
            continue
        if comma < i < noun:
            new[i] = (noun, "det" if token.pos_ == "DET" else "amod")
        elif first <= i < last and not first <= head <= last:
            new[i] = (last, "det" if token.pos_ == "DET" else "compound")
        elif last < i < verb:
            new[i] = (verb, "advmod" if token.tag_ == "RB" else "aux")
        elif i > verb and (head == i or token.pos_ == "PUNCT" and i == sent.end - 1):
            new[i] = (root, "punct" if token.pos_ == "PUNCT" else "dep")  # the sentence's full stop
        elif i > verb and head in clause and head != verb:
            new[i] = (verb, token.dep_)
        elif i < comma and (head == i or not sent.start <= head < comma):
            new[i] = (root, token.dep_ if head != i else "dep")
    return new


def _is_tree(sent: Span, new: dict[int, tuple[int, str]]) -> bool:
    """Whether every token of the sentence reaches the one root through the new heads."""
    heads = {t.i: new.get(t.i, (t.head.i, ""))[0] for t in sent}
    for start in heads:
        seen, at = set(), start
        while heads[at] != at:
            if at in seen or heads[at] not in heads:
                return False
            seen.add(at)
            at = heads[at]
    return sum(1 for i, h in heads.items() if i == h) == 1


def mend_denials(doc: Doc) -> Doc:
    """The doc with each sentence's appended denial parsed as a relative clause on its accusation
    noun (see the module docstring); the doc itself when there is none."""
    forms = _rebuttal_forms()
    changes: list[tuple[int, int, str]] = []
    mended: list[tuple[int, bool]] = []  # (verb, has an auxiliary)
    for sent in doc.sents:
        found = _appended_denial(sent)
        if found is None:
            continue
        new = _sentence_changes(sent, *found)
        if not _is_tree(sent, new):
            continue
        changes.extend((i, head, label) for i, (head, label) in new.items())
        _, _, _, last, verb = found
        mended.append((verb, verb - last > 1 and any(doc[j].tag_ != "RB" for j in range(last + 1, verb))))
    if not changes:
        return doc
    out = rehead(doc, changes)
    for i, has_aux in mended:
        word = out[i]
        lower = word.lower_
        word.pos_ = "VERB"
        bare = forms.get(lower, lower)
        word.tag_ = "VBP" if lower == bare else "VBZ" if lower.endswith("s") else "VBN" if has_aux else "VBD"
        word.lemma_ = bare
    return out


@Language.component("structnews_denial_mends")
def denial_mends(doc: Doc) -> Doc:
    """The component (see the module docstring)."""
    return mend_denials(doc)
