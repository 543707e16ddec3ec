"""A bare participle phrase after a subject ('Sark speaking at a rally on Monday warned ...') is
no clause of its own (structnews_participle_mends): the finite verb after it is the main verb and
takes the subject back. Tested on parses given by hand (the misparses made on purpose) and end to
end on invented text."""

from __future__ import annotations

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
