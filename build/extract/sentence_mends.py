"""Mend sentences the parser cut in the middle.

The model sometimes ends a sentence before a short reporting clause that belongs to it ('After a
week of quarrels the two unions still want “a fair deal” for dockers || , their lawyer says.'),
before a clause opened by a conjunction ('They met twice || and the talks will go on.') or before
the object of its last word ('Rangers found the missing hikers beside || the old quarry.'). Each
half is then parsed alone: the quote in the first half has no speech verb in its sentence, and an
event in the second half has no link to the clause it continues. On the development texts 139 of
20,050 sentences start this way (a comma or a lower-case word right after a word that ends no
sentence).

This component joins such a piece to the sentence before it by re-heading one root, which is all
the parse needs (the sentences are derived from the tree):

- a short reporting clause (a speech verb with a subject and no clause or object of its own but
  whom it was said to, at most ``REPORTING_TAIL`` tokens) takes the sentence before as its
  clausal complement (``ccomp``), as the parser attaches '…, X has said' inside one sentence;
- a clause opened by a coordinating conjunction is a conjunct (``conj``) of the sentence before;
- a noun phrase cut off from the preposition or verb that ends the sentence before, which has no
  object, is that object (``pobj``, ``dobj``); not a time ('withdrew || last week');
- a line's first word or two cut off as a piece of their own ('Olga || Vale arrived',
  'Varnia || formally signed') join the rest: a compound of the noun it begins, the first of
  two coordinated words, or the subject of a verb that has none (:func:`_lead_piece`).

Any other piece is left alone. Nothing crosses a paragraph break or a boundary set before the
parser (``PRESET_STARTS``: a dateline's, or a cut in a run too long to be a sentence), and a piece
after sentence-final punctuation is a real sentence. Pieces cut more than once ('A || and B || ,
X said') are joined as one run: each join re-heads the root of the whole run before it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from structnews.build.core import curated
from structnews.build.extract.doc_copy import rehead

REPORTING_TAIL = 12  # tokens: ', a spokesman for the ministry told reporters on Monday.' and shorter
TERMINALS = frozenset(".!?…")  # a token of these only ('.', '?!', '...') ends a sentence; not 'P.' or 'U.S.'
PRESET_STARTS = "structnews_preset_starts"  # doc.user_data key: sentence starts set before the parser
_CLOSING_MARKS = frozenset("”\"’'")
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_OWN_CONTENT = frozenset({"ccomp", "xcomp", "dobj", "obj", "conj", "advcl", "parataxis"})


def _continues(doc: Doc, sent: Span, preset: frozenset[int]) -> bool:
    """Whether ``sent`` starts in the middle of a sentence: right after a word (no paragraph break,
    no sentence-final mark, no closing quotation mark after one, no boundary set before the
    parser) and with a comma or a lower-case word."""
    if sent.start == 0 or sent.start in preset:
        return False
    first, before = sent[0], doc[sent.start - 1]
    if before.is_space or "\n" in before.whitespace_ or "\n" in before.text:
        return False
    if set(before.text) <= TERMINALS:
        return False
    if before.text in _CLOSING_MARKS and sent.start >= 2 and set(doc[sent.start - 2].text) <= TERMINALS:
        return False  # '…?” he asks.': the quote ends a sentence of its own
    return first.text == "," or (first.is_alpha and first.is_lower)


def _reporting_tail(sent: Span) -> bool:
    """'…, the minister has said.': a speech verb (the cue lexicon's ``verbs``) with a subject and
    nothing it says of its own; an object is only allowed as whom it was said to (``hearer_verbs``:
    '…, a spokesman told reporters')."""
    root = sent.root
    if len(sent) > REPORTING_TAIL or root.pos_ not in {"VERB", "AUX"} or root.lemma_.lower() not in curated.cue_words("verbs"):
        return False
    deps = {c.dep_ for c in root.children}
    own = deps & _OWN_CONTENT
    if own == {"dobj"} and root.lemma_.lower() in curated.cue_words("hearer_verbs"):
        own = set()
    return bool(deps & {"nsubj", "nsubjpass"}) and not own


def _coordinated(sent: Span) -> bool:
    """'… and the talks will go on.': a clause opened by a conjunction attached to its root."""
    first = sent[0]
    return first.dep_ == "cc" and first.head == sent.root and sent.root.pos_ in {"VERB", "AUX"}


def _completes(prev: Span, sent: Span) -> tuple[int, str] | None:
    """'… beside || the old quarry.': a noun phrase cut off from the preposition or the verb that
    ends the sentence before and lacks its object. The token it attaches to and the label
    (``pobj``, ``dobj``), or None; never a time ('withdrew || last week' says when)."""
    root, last = sent.root, prev[-1]
    if root.pos_ not in {"NOUN", "PROPN"} or root.ent_type_ in {"DATE", "TIME"} or any(t.pos_ in {"VERB", "AUX"} for t in sent):
        return None
    own = {c.dep_ for c in last.children}
    if last.pos_ == "ADP" and last.dep_ in {"prep", "agent", "dative"} and not own & {"pobj", "pcomp"}:
        return last.i, "pobj"
    if last.pos_ == "VERB" and not own & {"dobj", "obj", "ccomp", "xcomp", "prep"}:
        return last.i, "dobj"
    return None


def _lead_piece(doc: Doc, prev: Span, sent: Span, preset: frozenset[int]) -> tuple[int, int, str] | None:
    """'Olga || Vale arrived ...', 'Varnia || formally signed ...', 'Xian || and Yian officers
    will meet': the parser sometimes cuts a line's first word or two (a name, a
    subject) off as a sentence of its own. Such a piece - at most two words, no verb, a name or a
    noun, followed on the same line by the rest after a space - joins the rest: as a compound of
    the noun it begins, the first of two coordinated words, or the subject of a verb that has none.
    The change (token, new head, label), or None."""
    words = [t for t in prev if not t.is_space]
    if not words or len(words) > 2 or sent.start in preset or any(t.pos_ in {"VERB", "AUX"} for t in words):
        return None
    last = doc[sent.start - 1]
    if last.is_space or "\n" in last.whitespace_ or not last.whitespace_ or last.is_punct or prev.root.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return None
    first = sent[0]
    if first.dep_ == "cc" and first.head.i != first.i:
        return prev.root.i, first.head.i, "conj"
    if first.pos_ in {"NOUN", "PROPN"} and (first.dep_ in {"compound", "nsubj", "nsubjpass"} or first.i == sent.root.i):
        return prev.root.i, first.i, "compound"
    if sent.root.pos_ in {"VERB", "AUX"} and not any(c.dep_ in SUBJECTS for c in sent.root.children):
        return prev.root.i, sent.root.i, "nsubj"
    # 'Armenia || shelled villages ..., officials said': the rest opens with a finite verb (or its
    # auxiliary) of a clause that has no subject, under the reporting verb
    verb = first.head if first.dep_ in {"aux", "auxpass"} else first
    if first.tag_ in FINITE_TAGS and verb.pos_ in {"VERB", "AUX"} and not any(c.dep_ in SUBJECTS for c in verb.children):
        return prev.root.i, verb.i, "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"
    return None


@Language.component("structnews_sentence_mends")
def mend_sentences(doc: Doc) -> Doc:
    """Join the pieces of a sentence cut by the parser (see the module docstring). Returns the
    doc unchanged when there is nothing to mend, else a new doc with the same annotations and
    the changed heads."""
    sents = list(doc.sents)
    preset = frozenset(doc.user_data.get(PRESET_STARTS, ()))
    changes: list[tuple[int, int, str]] = []  # (token, new head, new label)
    run_root: int | None = None  # the root of the joined run the current piece continues
    for prev, sent in zip(sents, sents[1:]):
        if (lead := _lead_piece(doc, prev, sent, preset)) is not None:
            changes.append(lead)
            run_root = None
            continue
        if not _continues(doc, sent, preset):
            run_root = None
            continue
        before = run_root if run_root is not None else prev.root.i
        if _coordinated(sent):
            changes.append((sent.root.i, before, "conj"))
        elif _reporting_tail(sent):
            changes.append((before, sent.root.i, "ccomp"))
            before = sent.root.i  # the reporting verb now heads the run
        elif (completed := _completes(prev, sent)) is not None:
            changes.append((sent.root.i, *completed))
        else:
            run_root = None
            continue
        run_root = before
    return rehead(doc, changes) if changes else doc
