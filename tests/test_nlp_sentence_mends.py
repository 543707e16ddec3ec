"""A sentence the parser cuts in the middle is joined again (structnews_sentence_mends): a short
reporting clause cut off after a comma keeps the sentence before as what it reports, a clause
opened by a conjunction stays a conjunct, and a noun phrase cut off from its preposition or verb
is its object. Other pieces, and boundaries set before the parser, are left as they were."""

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
    lemmas = [{"said": "say", "says": "say", "told": "tell", "asks": "ask", "left": "leave", "met": "meet"}.get(w, w.lower()) for w in words]
    return Doc(nlp.load().vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


REPORTED = ["Dockers", "want", "a", "fair", "deal", ",", "their", "lawyer", "says", "."]
REPORTED_HEADS = [1, 1, 4, 4, 1, 8, 7, 8, 8, 8]
REPORTED_DEPS = ["nsubj", "ROOT", "det", "amod", "dobj", "punct", "poss", "nsubj", "ROOT", "punct"]
REPORTED_POS = ["NOUN", "VERB", "DET", "ADJ", "NOUN", "PUNCT", "PRON", "NOUN", "VERB", "PUNCT"]


def test_a_reporting_clause_cut_off_takes_the_sentence_before_as_its_complement() -> None:
    doc = _doc(REPORTED, REPORTED_HEADS, REPORTED_DEPS, REPORTED_POS)
    assert len(list(doc.sents)) == 2
    mended = mend_sentences(doc)
    assert len(list(mended.sents)) == 1
    assert mended[1].head.text == "says" and mended[1].dep_ == "ccomp"
    assert mended[8].dep_ == "ROOT" and [t.pos_ for t in mended] == REPORTED_POS


def test_a_clause_opened_by_a_conjunction_becomes_a_conjunct() -> None:
    words = ["The", "envoys", "met", "twice", "and", "the", "talks", "will", "go", "on", "."]
    heads = [1, 2, 2, 2, 8, 6, 8, 8, 8, 8, 8]
    deps = ["det", "nsubj", "ROOT", "advmod", "cc", "det", "nsubj", "aux", "ROOT", "prt", "punct"]
    pos = ["DET", "NOUN", "VERB", "ADV", "CCONJ", "DET", "NOUN", "AUX", "VERB", "ADP", "PUNCT"]
    mended = mend_sentences(_doc(words, heads, deps, pos))
    assert len(list(mended.sents)) == 1
    assert mended[8].head.text == "met" and mended[8].dep_ == "conj"


def test_a_noun_phrase_cut_off_is_the_object_its_sentence_lacked() -> None:
    words = ["Rangers", "found", "the", "hikers", "beside", "the", "quarry", "."]
    heads = [1, 1, 3, 1, 1, 6, 6, 6]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "det", "ROOT", "punct"]
    pos = ["NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT"]
    mended = mend_sentences(_doc(words, heads, deps, pos))
    assert len(list(mended.sents)) == 1
    assert mended[6].head.text == "beside" and mended[6].dep_ == "pobj"
    words = ["Rebels", "seized", "the", "depot", "."]
    mended = mend_sentences(_doc(words, [1, 1, 3, 3, 3], ["nsubj", "ROOT", "det", "ROOT", "punct"], ["NOUN", "VERB", "DET", "NOUN", "PUNCT"]))
    assert mended[3].head.text == "seized" and mended[3].dep_ == "dobj"


def test_a_sentence_cut_twice_is_joined_as_one_run() -> None:
    words = ["Talks", "ended", "and", "the", "envoys", "left", ",", "the", "minister", "said", "."]
    heads = [1, 1, 5, 4, 5, 5, 9, 8, 9, 9, 9]
    deps = ["nsubj", "ROOT", "cc", "det", "nsubj", "ROOT", "punct", "det", "nsubj", "ROOT", "punct"]
    pos = ["NOUN", "VERB", "CCONJ", "DET", "NOUN", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"]
    mended = mend_sentences(_doc(words, heads, deps, pos))
    assert len(list(mended.sents)) == 1
    assert (mended[5].dep_, mended[5].head.text) == ("conj", "ended"), "the conjunct stays joined"
    assert (mended[1].dep_, mended[1].head.text) == ("ccomp", "said"), "the whole run is what was said"


@pytest.mark.parametrize(("words", "heads", "deps", "pos", "cut", "head", "label"), [
    pytest.param(["Olga", "Vale", "arrived", "in", "Kesh", "."], [0, 2, 2, 2, 3, 2],
                 ["ROOT", "nsubj", "ROOT", "prep", "pobj", "punct"], ["PROPN", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
                 0, "Vale", "compound", id="a-first-name"),
    pytest.param(["Xian", "and", "Yian", "officers", "will", "meet", "."], [0, 3, 3, 5, 5, 5, 5],
                 ["ROOT", "cc", "amod", "nsubj", "aux", "ROOT", "punct"], ["ADJ", "CCONJ", "ADJ", "NOUN", "AUX", "VERB", "PUNCT"],
                 0, "officers", "conj", id="the-first-of-two-coordinated-words"),
    pytest.param(["Varnia", "formally", "signed", "the", "pact", "."], [0, 2, 2, 4, 2, 2],
                 ["ROOT", "advmod", "ROOT", "det", "dobj", "punct"], ["PROPN", "ADV", "VERB", "DET", "NOUN", "PUNCT"],
                 0, "signed", "nsubj", id="the-subject-of-a-verb-without-one"),
])
def test_a_lines_first_word_cut_off_joins_the_rest(words: list[str], heads: list[int], deps: list[str], pos: list[str],
                                                    cut: int, head: str, label: str) -> None:
    """'Olga || Vale arrived', 'Xian || and Yian officers will meet', 'Varnia || formally signed'
    (the parser makes such cuts on real lines; the adjective is given as a name in the second): a
    piece of one or two words, a name or noun, joins the rest."""
    pos = ["PROPN" if p == "ADJ" and i == 0 else p for i, p in enumerate(pos)]
    doc = _doc(words, heads, deps, pos)
    assert len(list(doc.sents)) == 2
    mended = mend_sentences(doc)
    assert len(list(mended.sents)) == 1
    assert (mended[cut].head.text, mended[cut].dep_) == (head, label)


def test_a_piece_of_three_words_is_left_as_the_parser_made_it() -> None:
    words = ["The", "Varnian", "envoy", "arrived", "."]
    doc = _doc(words, [2, 2, 2, 3, 3], ["det", "amod", "ROOT", "ROOT", "punct"], ["DET", "ADJ", "NOUN", "VERB", "PUNCT"])
    assert mend_sentences(doc) is doc


def test_a_reporting_clause_may_name_whom_it_was_said_to() -> None:
    words = ["Prices", "will", "rise", ",", "an", "aide", "told", "reporters", "."]
    heads = [2, 2, 2, 6, 5, 6, 6, 6, 6]
    deps = ["nsubj", "aux", "ROOT", "punct", "det", "nsubj", "ROOT", "dobj", "punct"]
    pos = ["NOUN", "AUX", "VERB", "PUNCT", "DET", "NOUN", "VERB", "NOUN", "PUNCT"]
    mended = mend_sentences(_doc(words, heads, deps, pos))
    assert (mended[2].dep_, mended[2].head.text) == ("ccomp", "told")


def test_a_time_cut_off_is_no_object() -> None:
    words = ["Troops", "withdrew", "last", "week", "."]
    doc = Doc(nlp.load().vocab, words=words, heads=[1, 1, 3, 3, 3], deps=["nsubj", "ROOT", "amod", "ROOT", "punct"],
              pos=["NOUN", "VERB", "ADJ", "NOUN", "PUNCT"], ents=["O", "O", "B-DATE", "I-DATE", "O"])
    assert mend_sentences(doc) is doc


def test_boundaries_set_before_the_parser_stay() -> None:
    doc = nlp.load()("VARNA — the ministry said on Monday that talks would resume.")
    assert [s.text for s in doc.sents][0] == "VARNA —", "the dateline is not made what the ministry said"
    run = "Marchers came " + " ".join(["and the crowd kept walking"] * 120)
    assert max(len(s) for s in nlp.load()(run).sents) <= nlp.MAX_SENTENCE_RUN


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


TEXT = ("Harbour strike\n\n"
        "After a week of quarrels the two unions still want “a fair deal” for dockers, their lawyer Kell Borrin says.")


@Language.component("test_cut_before_the_reporting_clause")
def _cut(doc: Doc) -> Doc:
    """The parser's mistake, made on purpose: a sentence starts at the comma before 'their'."""
    for token in doc[:-1]:
        if token.text == "," and doc[token.i + 1].text == "their":
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
    assert any(s.text.startswith(", their") for s in doc.sents) != mend
    entities, mentions = extract_entities(doc)
    quotes = [q for q in extract_quotes(doc, entities, mentions, cleaned.paragraphs) if q.text == "a fair deal"]
    speakers = [entities[q.speaker_entity].name for q in quotes if q.speaker_entity is not None]
    # Mended, the fragment is the lawyer's words; cut, nothing in its sentence says it is anyone's.
    assert speakers == (["Kell Borrin"] if mend else [])


def test_a_name_cut_off_before_a_reported_clause_is_its_subject() -> None:
    # the parser cuts 'Tavia || shelled villages ..., officials said' (the verb's clause has no
    # subject, and the reporting verb's subject is the officials): the name is the shelling's subject
    doc = nlp.load()("Fighting flares on the frontier\n\nTavia shelled villages in Ostland on Sunday, officials said.")
    shelled = next(t for t in doc if t.text == "shelled")
    assert [t.text for t in shelled.children if t.dep_ == "nsubj"] == ["Tavia"]
    assert [s.text.strip() for s in doc.sents][1].startswith("Tavia shelled")
