"""A sentence the parser cuts in the middle is joined again (structnews_sentence_mends): a short
reporting clause cut off after a comma keeps the sentence before as what it reports, and a
clause opened by a conjunction stays a conjunct. Other pieces are left as the parser made them."""

from __future__ import annotations

from functools import lru_cache

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from structnews.build.extract import nlp
from structnews.build.extract.entities import extract_entities
from structnews.build.extract.quotes import extract_quotes
from structnews.build.extract.sentence_mends import mend_sentences
from structnews.build.ingest.clean import clean


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    """A doc with a parse given by hand (heads are absolute indices): the parser's cut, made on purpose."""
    lemmas = [{"said": "say", "asks": "ask", "left": "leave", "met": "meet"}.get(w, w.lower()) for w in words]
    return Doc(nlp.load().vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


REPORTED = ["Talks", "in", "Oslo", "aimed", "to", "calm", "the", "border", ",", "the", "envoy", "has", "said", "."]
REPORTED_HEADS = [3, 0, 1, 3, 5, 3, 7, 5, 12, 10, 12, 12, 12, 12]
REPORTED_DEPS = ["nsubj", "prep", "pobj", "ROOT", "aux", "xcomp", "det", "dobj", "punct", "det", "nsubj", "aux", "ROOT", "punct"]
REPORTED_POS = ["NOUN", "ADP", "PROPN", "VERB", "PART", "VERB", "DET", "NOUN", "PUNCT", "DET", "NOUN", "AUX", "VERB", "PUNCT"]


def test_a_reporting_clause_cut_off_takes_the_sentence_before_as_its_complement() -> None:
    doc = _doc(REPORTED, REPORTED_HEADS, REPORTED_DEPS, REPORTED_POS)
    assert len(list(doc.sents)) == 2
    mended = mend_sentences(doc)
    assert len(list(mended.sents)) == 1
    assert mended[3].head.text == "said" and mended[3].dep_ == "ccomp"
    assert mended[12].dep_ == "ROOT" and [t.pos_ for t in mended] == REPORTED_POS


def test_a_clause_opened_by_a_conjunction_becomes_a_conjunct() -> None:
    words = ["The", "envoys", "met", "twice", "and", "the", "talks", "will", "go", "on", "."]
    heads = [1, 2, 2, 2, 8, 6, 8, 8, 8, 8, 8]
    deps = ["det", "nsubj", "ROOT", "advmod", "cc", "det", "nsubj", "aux", "ROOT", "prt", "punct"]
    pos = ["DET", "NOUN", "VERB", "ADV", "CCONJ", "DET", "NOUN", "AUX", "VERB", "ADP", "PUNCT"]
    mended = mend_sentences(_doc(words, heads, deps, pos))
    assert len(list(mended.sents)) == 1
    assert mended[8].head.text == "met" and mended[8].dep_ == "conj"


def test_a_noun_phrase_cut_off_is_the_object_its_sentence_lacked() -> None:
    words = ["Both", "armies", "reported", "shelling", "along", "the", "frontier", "."]
    heads = [1, 2, 2, 2, 3, 6, 6, 6]
    deps = ["det", "nsubj", "ROOT", "dobj", "prep", "det", "ROOT", "punct"]
    pos = ["DET", "NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN", "PUNCT"]
    mended = mend_sentences(_doc(words, heads, deps, pos))
    assert len(list(mended.sents)) == 1
    assert mended[6].head.text == "along" and mended[6].dep_ == "pobj"
    words = ["Rebels", "seized", "the", "depot", "."]
    mended = mend_sentences(_doc(words, [1, 1, 3, 3, 3], ["nsubj", "ROOT", "det", "ROOT", "punct"], ["NOUN", "VERB", "DET", "NOUN", "PUNCT"]))
    assert mended[3].head.text == "seized" and mended[3].dep_ == "dobj"


@pytest.mark.parametrize(
    ("words", "heads", "deps", "pos"),
    [
        pytest.param(  # a full stop before: two real sentences
            ["Talks", "ended", ".", "the", "envoy", "said", "."], [1, 1, 1, 4, 5, 5, 5],
            ["nsubj", "ROOT", "punct", "det", "nsubj", "ROOT", "punct"],
            ["NOUN", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"], id="after-a-full-stop"),
        pytest.param(  # '“Why?” she asks.': the question is a sentence of its own
            ["“", "Why", "?", "”", "she", "asks", "."], [1, 1, 1, 1, 5, 5, 5],
            ["punct", "ROOT", "punct", "punct", "nsubj", "ROOT", "punct"],
            ["PUNCT", "ADV", "PUNCT", "PUNCT", "PRON", "VERB", "PUNCT"], id="after-a-closed-question"),
        pytest.param(  # a lower-case piece after a sentence that lacks nothing: no reporting clause, conjunct or object
            ["Troops", "massed", "near", "Doran", "the", "border", "zone", "."], [1, 1, 1, 2, 6, 6, 6, 6],
            ["nsubj", "ROOT", "prep", "pobj", "det", "compound", "ROOT", "punct"],
            ["NOUN", "VERB", "ADP", "PROPN", "DET", "NOUN", "NOUN", "PUNCT"], id="a-noun-phrase-piece"),
        pytest.param(  # a verb that is not a speech verb: no reporting clause
            ["Talks", "ended", ",", "the", "envoy", "left", "."], [1, 1, 5, 4, 5, 5, 5],
            ["nsubj", "ROOT", "punct", "det", "nsubj", "ROOT", "punct"],
            ["NOUN", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"], id="not-a-speech-verb"),
        pytest.param(  # a reporting verb that says something of its own is no tail
            ["Talks", "ended", ",", "the", "envoy", "said", "nothing", "."], [1, 1, 5, 4, 5, 5, 5, 5],
            ["nsubj", "ROOT", "punct", "det", "nsubj", "ROOT", "dobj", "punct"],
            ["NOUN", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PRON", "PUNCT"], id="a-verb-with-an-object"),
    ],
)
def test_other_pieces_are_left_as_the_parser_made_them(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> None:
    doc = _doc(words, heads, deps, pos)
    assert mend_sentences(doc) is doc


def test_no_piece_is_joined_across_a_paragraph_break() -> None:
    words = ["Talks", "ended", "\n\n", ",", "the", "envoy", "said", "."]
    heads = [1, 1, 1, 6, 5, 6, 6, 6]
    deps = ["nsubj", "ROOT", "dep", "punct", "det", "nsubj", "ROOT", "punct"]
    pos = ["NOUN", "VERB", "SPACE", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"]
    doc = _doc(words, heads, deps, pos)
    assert mend_sentences(doc) is doc


TEXT = ("Union leader Mara Veldin\n\n"
        "Meetings in Geneva this week between envoys of the cabinet and the rebels sought to “chart a calmer course” "
        "for the drought-hit province, Prime Minister Kell Borrin has said.")


@Language.component("test_cut_before_the_reporting_clause")
def _cut(doc: Doc) -> Doc:
    """The parser's mistake, made on purpose: a sentence starts at the comma before 'Prime'."""
    for token in doc[:-1]:
        if token.text == "," and doc[token.i + 1].text == "Prime":
            token.is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def _cutting_pipeline() -> Language:
    pipeline = nlp.load.__wrapped__()
    pipeline.add_pipe("test_cut_before_the_reporting_clause", before="parser")
    return pipeline


@pytest.mark.parametrize("mend", [True, False])
def test_a_quote_cut_off_from_its_reporting_clause_keeps_its_speaker(mend: bool) -> None:
    cleaned = clean(TEXT)
    pipeline = _cutting_pipeline()
    with pipeline.select_pipes(disable=[] if mend else ["structnews_sentence_mends"]):
        doc = pipeline(cleaned.text)
    assert any(s.text.startswith(", Prime") for s in doc.sents) != mend
    entities, mentions = extract_entities(doc)
    quotes = [q for q in extract_quotes(doc, entities, mentions, cleaned.paragraphs) if q.text == "chart a calmer course"]
    speakers = [entities[q.speaker_entity].name for q in quotes if q.speaker_entity is not None]
    # Mended, the fragment is the minister's words; cut, nothing in its sentence says it is anyone's.
    assert speakers == (["Kell Borrin"] if mend else [])
