"""Mend a subject the parser hangs inside a fronted phrase.

'Across the street at a coffee shop, Ann Lind, 34, a teacher, said she had made up her mind': the
small model makes 'Lind' an apposition of 'shop' (or, after a street's name, a conjunct of it
with no 'and') and leaves 'said' without a subject, so the
quote has no speaker and the next 'she' no antecedent. A name (a proper noun, whatever type the model gave it) in
apposition to the object of a prepositional phrase that opens the sentence, whose phrase ends
(commas aside) right before a verb that has no subject, is that verb's subject. 

A subject set off by a relative clause loses its verb when that verb has the same form as a
participle: in 'Erdogan, who visited Kyiv on Thursday, offered to host talks' the model makes
'Erdogan' the root and 'offered' a participle modifying it, so the offer has no doer. A name or
noun that is the root of a sentence with no finite verb of its own, modified by a relative
clause set off by commas and then, after a comma, by a bare past participle that has an object
or a clause of its own ('offered to host', 'offered talks'), is that verb's subject: the verb is
the root and a past tense again. The model sometimes tags the verb a past tense already and still
hangs it on the noun ('Turkey, which has hosted talks, offered to mediate'): the same mend, also
with no relative clause for a verb tagged a past tense right after the noun or its apposition ('The
regional prefect, Laurent Dufresne, called for calm').

A person named in apposition to a role with a long qualifier loses the role: in 'The United
Nations special envoy for the Great Lakes region, Halvard Reinholt, met ...' the model hangs
'Reinholt' on 'region', so the envoy's name is lost and the United Nations meets. A name the model
calls a person, in apposition to the object of a preposition that qualifies a curated person noun
('envoy for X', 'representative to Y'), is that noun's apposition.

Both the quotes and the events read the parse, so the mends are made once, here, as a pipeline
component after the parser.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from structnews.build.core import curated
from structnews.build.extract.doc_copy import rehead

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})  # the model types a name it does not know at random


def _hung_on_a_noun(tok: Token) -> bool:
    """Whether the model hangs a name on the noun before it as its apposition, or as a conjunct
    with no 'and' ('on Airport Road, Ibrahim Musa, a driver, said': 'Musa' a conjunct of 'Road')."""
    return tok.dep_ == "appos" or tok.dep_ == "conj" and not any(c.dep_ == "cc" for c in tok.head.children)


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


_COMPLEMENTS = frozenset({"dobj", "xcomp", "ccomp", "dative"})


def _verb_read_as_participle(root: Token) -> Token | None:
    """The past participle of 'X, who did Y, offered to Z' read as modifying the root noun X (see
    the module docstring), else None."""
    if root.pos_ not in ("NOUN", "PROPN") or root.dep_ != "ROOT":
        return None
    children = list(root.children)
    relative = next((c for c in children if c.dep_ == "relcl" and c.i > root.i), None)
    if relative is None:
        return _past_tense_read_as_modifier(root)
    for verb in children:
        if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.i < max(t.i for t in relative.subtree):
            continue
        # 'called on the two sides to show restraint': a prepositional verb with its infinitive counts as a complement
        asks = any(c.dep_ == "prep" for c in verb.children) and any(
            c.dep_ in ("advcl", "xcomp") and any(a.tag_ == "TO" for a in c.children) for c in verb.children)
        if any(c.dep_ in ("aux", "auxpass", "agent") for c in verb.children) or not (asks or any(c.dep_ in _COMPLEMENTS for c in verb.children)):
            return None
        if root.doc[verb.i - 1].text != ",":
            return None
        return verb
    return None


def _past_tense_read_as_modifier(root: Token) -> Token | None:
    """'The regional prefect, Laurent Dufresne, called for calm': a verb the tagger reads as a past
    tense (not a participle), hung on the root noun right after it or after its apposition set off
    by commas, with no auxiliary of its own, is the sentence's verb."""
    verb = next((c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBD" and c.i > root.i), None)
    if verb is None or any(c.dep_ in ("aux", "auxpass", "agent", "nsubj", "nsubjpass") for c in verb.children):
        return None
    between = [c for c in root.children if root.i < c.i < verb.i]
    if verb.i == root.i + 1 or (between and all(c.dep_ in ("appos", "punct") for c in between) and root.doc[verb.i - 1].text == ","):
        return verb
    return None


def _role_of_misplaced_name(tok: Token) -> Token | None:
    """The person noun a person's name belongs to when the model hangs the name on the object of
    the noun's qualifying preposition ('special envoy for the Great Lakes region, Halvard Reinholt,')."""
    if tok.dep_ != "appos" or tok.ent_type_ != "PERSON" or tok.head.dep_ != "pobj" or tok.head.head.dep_ != "prep":
        return None
    role = tok.head.head.head
    if role.pos_ != "NOUN" or role.lemma_.lower() not in curated.cue_words("person_nouns") or role.i > tok.i:
        return None
    return role


@Language.component("structnews_subject_mends")
def mend_subjects(doc: Doc) -> Doc:
    """Give a subjectless verb the person named in apposition in its fronted phrase, and a verb
    read as a participle of its subject back its clause (see the module docstring). Returns the
    doc unchanged when there is nothing to mend."""
    changes: list[tuple[int, int, str]] = []
    finite: list[int] = []
    for sent in doc.sents:
        root = sent.root
        if (verb := _verb_read_as_participle(root)) is not None:
            changes += [(verb.i, verb.i, "ROOT"), (root.i, verb.i, "nsubj")]
            changes += [(c.i, verb.i, c.dep_) for c in root.children if c.i > verb.i]
            finite.append(verb.i)
            continue
        if root.pos_ not in ("VERB", "AUX") or any(c.dep_ in _SUBJECTS for c in root.children):
            continue
        for tok in sent:
            if tok.i >= root.i:
                break
            if not _hung_on_a_noun(tok) or not (tok.ent_type_ in _NAMED or tok.pos_ == "PROPN") or not _in_fronted_phrase(tok.head, root):
                continue
            end = max(t.i for t in tok.subtree)
            if end < root.i and all(doc[j].is_punct for j in range(end + 1, root.i)):
                changes.append((tok.i, root.i, "nsubj"))
                break
    changes += [(tok.i, role.i, "appos") for tok in doc if (role := _role_of_misplaced_name(tok)) is not None]
    if not changes:
        return doc
    mended = rehead(doc, changes)
    for i in finite:
        mended[i].tag_ = "VBD"
    return mended
