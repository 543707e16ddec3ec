"""A bare participle phrase after a subject ('Sark speaking at a rally on Monday warned ...') is
no clause of its own (structnews_participle_mends): the finite verb after it is the main verb and
takes the subject back. Tested on parses given by hand (the misparses made on purpose) and end to
end on invented text."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from helpers_nlp import analyse
from structnews.build.extract import nlp
from structnews.build.extract.participle_mends import mend_participles
from test_events import Run


def _doc(words: list[str], heads: list[int], deps: list[str], tags: list[str], pos: list[str]) -> Doc:
    return Doc(nlp.load().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


# 'Sark speaking at a rally warned Ostland .' with 'speaking' read as the clausal subject of 'warned'
A_WORDS = ["Sark", "speaking", "at", "a", "rally", "warned", "Ostland", "."]
A_HEADS = [1, 5, 1, 4, 2, 5, 5, 5]
A_DEPS = ["nsubj", "csubj", "prep", "det", "pobj", "ROOT", "dobj", "punct"]
A_TAGS = ["NNP", "VBG", "IN", "DT", "NN", "VBD", "NNP", "."]
A_POS = ["PROPN", "VERB", "ADP", "DET", "NOUN", "VERB", "PROPN", "PUNCT"]

# 'Sark speaking to the panel accused Ostland .' with 'speaking' as the root, 'accused' on 'panel'
B_WORDS = ["Sark", "speaking", "to", "the", "panel", "accused", "Ostland", "."]
B_HEADS = [1, 1, 1, 4, 2, 4, 5, 1]
B_DEPS = ["nsubj", "ROOT", "prep", "det", "pobj", "acl", "dobj", "punct"]
B_TAGS = ["NNP", "VBG", "IN", "DT", "NN", "VBD", "NNP", "."]
B_POS = A_POS


def test_a_participle_read_as_the_clausal_subject_gives_its_subject_to_the_verb() -> None:
    mended = mend_participles(_doc(A_WORDS, A_HEADS, A_DEPS, A_TAGS, A_POS))
    assert (mended[0].dep_, mended[0].head.text) == ("nsubj", "warned")
    assert (mended[1].dep_, mended[1].head.text) == ("acl", "Sark")


def test_a_participle_read_as_the_root_gives_the_root_to_the_finite_verb() -> None:
    mended = mend_participles(_doc(B_WORDS, B_HEADS, B_DEPS, B_TAGS, B_POS))
    assert mended[5].dep_ == "ROOT" and mended[5].head.i == 5
    assert (mended[0].dep_, mended[0].head.text) == ("nsubj", "accused")
    assert (mended[1].dep_, mended[1].head.text) == ("acl", "Sark")
    assert mended[7].head.text == "accused"  # the full stop goes with the main verb
    assert len(list(mended.sents)) == 1


def test_a_participle_with_its_auxiliary_or_a_comma_before_the_verb_stays() -> None:
    # guard: 'Sark was speaking ...' is a clause; 'Sark speaking to the panel, which accused ...' ends at the comma
    words = ["Sark", "was", "speaking", "to", "the", "panel", "accused", "Ostland", "."]
    doc = _doc(words, [2, 2, 2, 2, 5, 3, 5, 6, 2], ["nsubj", "aux", "ROOT", "prep", "det", "pobj", "acl", "dobj", "punct"],
               ["NNP", "VBD", "VBG", "IN", "DT", "NN", "VBD", "NNP", "."],
               ["PROPN", "AUX", "VERB", "ADP", "DET", "NOUN", "VERB", "PROPN", "PUNCT"])
    assert mend_participles(doc)[2].dep_ == "ROOT"
    words = ["Sark", "speaking", "to", "the", "panel", ",", "accused", "Ostland", "."]
    doc = _doc(words, [1, 1, 1, 4, 2, 6, 4, 6, 1], ["nsubj", "ROOT", "prep", "det", "pobj", "punct", "acl", "dobj", "punct"],
               ["NNP", "VBG", "IN", "DT", "NN", ",", "VBD", "NNP", "."], [*B_POS[:5], "PUNCT", *B_POS[5:]])
    assert mend_participles(doc)[1].dep_ == "ROOT"


def test_the_warning_is_the_speakers_and_dated_by_the_participle() -> None:
    text = "Lenton president Ivo Sark speaking at a rally on Monday warned that Ostland would pay a price."
    a = analyse(text)
    assert a.speaker(a.quote("Ostland would pay")) == "Ivo Sark"
    run = Run(text)
    event = run.one("THREATEN")
    assert run.actors(event) == ["Ivo Sark"]
    assert event.date is not None and event.date.weekday() == 0  # the Monday of the rally


# 'Nordic foreign ministers meeting on Monday agreed .' with 'meeting' read as a compound's noun head
C_WORDS = ["Nordic", "foreign", "ministers", "meeting", "on", "Monday", "agreed", "."]
C_HEADS = [2, 2, 3, 6, 3, 4, 6, 6]
C_DEPS = ["amod", "amod", "compound", "nsubj", "prep", "pobj", "ROOT", "punct"]
C_TAGS = ["JJ", "JJ", "NNS", "NN", "IN", "NNP", "VBD", "."]
C_POS = ["ADJ", "ADJ", "NOUN", "NOUN", "ADP", "PROPN", "VERB", "PUNCT"]


def test_a_participle_read_as_a_compound_noun_gives_the_plural_noun_to_the_verb() -> None:
    mended = mend_participles(_doc(C_WORDS, C_HEADS, C_DEPS, C_TAGS, C_POS), lambda token: ["meet"])
    assert (mended[2].dep_, mended[2].head.text) == ("nsubj", "agreed")
    assert (mended[3].dep_, mended[3].head.text, mended[3].tag_, mended[3].pos_) == ("acl", "ministers", "VBG", "VERB")
    assert mended[3].lemma_ == "meet"
    # guard: a singular noun before it makes a true compound ('the board meeting on Monday approved ...')
    tags = [*C_TAGS[:2], "NN", *C_TAGS[3:]]
    assert mend_participles(_doc(C_WORDS, C_HEADS, C_DEPS, tags, C_POS))[3].dep_ == "nsubj"


def test_ministers_meeting_on_a_day_meet_and_act_that_day() -> None:
    # the pipeline's own lemmatizer gives the participle its verb's lemma
    doc = nlp.load()("Nordic Council foreign ministers meeting on Monday agreed to send observers to Dravia.")
    meeting = next(t for t in doc if t.lower_ == "meeting")
    assert (meeting.dep_, meeting.tag_, meeting.lemma_) == ("acl", "VBG", "meet")
    run = Run("Nordic Council foreign ministers meeting on Monday agreed to send observers to Dravia.")
    consult, agree = run.one("CONSULT"), run.one("AGREE")
    assert run.actors(consult) == ["Nordic Council"] and run.actors(agree) == ["Nordic Council"]
    assert consult.date == agree.date == dt.date(2023, 3, 6)  # the Monday before publication
    # the participle's meeting is no content of the call its subject makes, and the main verb's time dates it
    run = Run("Nordic Council leaders meeting in Oslo on Sunday called for a ceasefire in Dravia.")
    assert run.actors(run.one("CONSULT")) == ["Nordic Council"] and run.one("CONSULT").date == dt.date(2023, 3, 5)


def test_a_participle_set_off_by_commas_leaves_the_clause_to_the_verb_after_it() -> None:
    # 'X, meeting in emergency session in Y, also suspended ...': the model made 'meeting' the root
    words = ["Lenton", ",", "meeting", "in", "Oslo", ",", "also", "suspended", "trade", "."]
    doc = _doc(words, [2, 0, 2, 2, 3, 2, 7, 2, 7, 2], ["nsubj", "punct", "ROOT", "prep", "pobj", "punct", "advmod", "dep", "dobj", "punct"],
               ["NNP", ",", "VBG", "IN", "NNP", ",", "RB", "VBD", "NN", "."],
               ["PROPN", "PUNCT", "VERB", "ADP", "PROPN", "PUNCT", "ADV", "VERB", "NOUN", "PUNCT"])
    mended = mend_participles(doc)
    assert mended[7].dep_ == "ROOT" and (mended[0].dep_, mended[0].head.text) == ("nsubj", "suspended")
    assert (mended[2].dep_, mended[2].head.text) == ("acl", "Lenton")
