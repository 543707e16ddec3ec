"""A past-tense conjunct the parser hangs on a bare infinitive is given back to the finite verb
above it (structnews_coordination_mends): in 'X said Y must withdraw and accused Z', X accuses Z.
Tested on a parse given by hand (the misparse made on purpose) and end to end on invented text."""

from __future__ import annotations

from spacy.tokens import Doc
from structnews.build.extract import nlp
from structnews.build.extract.coordination_mends import mend_coordinations
from tests.helpers_nlp import analyse
from tests.test_events import Run

WORDS = ["Dravia", "said", "Ostland", "must", "leave", "and", "accused", "Varnia", "."]
HEADS = [1, 1, 4, 4, 1, 4, 4, 6, 1]
DEPS = ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "cc", "conj", "dobj", "punct"]
TAGS = ["NNP", "VBD", "NNP", "MD", "VB", "CC", "VBD", "NNP", "."]
POS = ["PROPN", "VERB", "PROPN", "AUX", "VERB", "CCONJ", "VERB", "PROPN", "PUNCT"]


def _doc(tags: list[str] = TAGS, deps: list[str] = DEPS) -> Doc:
    return Doc(nlp.load().vocab, words=WORDS, heads=HEADS, deps=deps, tags=tags, pos=POS)


def test_a_past_tense_conjunct_of_a_bare_infinitive_goes_to_the_finite_verb() -> None:
    mended = mend_coordinations(_doc())
    assert mended[6].head.text == "said" and mended[6].dep_ == "conj"
    assert [t.head.i for t in mended if t.i != 6] == [h for i, h in enumerate(HEADS) if i != 6]


def test_a_bare_conjunct_or_one_with_its_own_subject_stays() -> None:
    bare = mend_coordinations(_doc(tags=[*TAGS[:6], "VB", *TAGS[7:]]))  # 'must leave and accuse': both bare
    assert bare[6].head.text == "leave"
    words = ["Dravia", "said", "Ostland", "must", "leave", "and", "Varnia", "agreed", "."]
    doc = Doc(nlp.load().vocab, words=words, heads=[1, 1, 4, 4, 1, 4, 7, 4, 1],
              deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp", "cc", "nsubj", "conj", "punct"],
              tags=["NNP", "VBD", "NNP", "MD", "VB", "CC", "NNP", "VBD", "."], pos=POS)
    assert mend_coordinations(doc)[7].head.text == "leave"  # 'and Varnia agreed': its own subject


def test_the_accusation_and_its_quoted_word_are_the_reporters() -> None:
    text = ("Dravia, which backs the rebels, said Saturday that Ostland's forces must withdraw from the port "
            "city for a lasting truce and accused Varnia of “sabotaging” the talks.")
    run = Run(text)
    event = run.one("ACCUSE")
    assert run.actors(event) == ["Dravia"] and run.recipients(event) == ["Varnia"]
    a = analyse(text)
    assert a.speaker(a.quote("sabotaging")) == "Dravia"
