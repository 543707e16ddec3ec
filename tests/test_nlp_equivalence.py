"""The faster attribute ruler and lemmatizer (build/extract/nlp.py) annotate exactly as spaCy's own.

The reference is the pinned model as spaCy loads it, with our paragraph component, apostrophe
reading and text restoring added at the same places; every token attribute a component sets or reads is compared, on the seed articles,
the held-out articles and sentences written to reach the ruler's rarer rules (multi-token and
regular-expression patterns, dependency-conditioned rules, whitespace tokens).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy
import pytest
import spacy
from spacy.attrs import (
    DEP,
    ENT_IOB,
    ENT_TYPE,
    HEAD,
    LEMMA,
    MORPH,
    ORTH,
    POS,
    SENT_START,
    TAG,
)
from spacy.pipeline import AttributeRuler
from structnews.build.extract import nlp
from structnews.build.ingest.clean import clean
from structnews.build.ingest.rawtext import decode

ROOT = Path(__file__).resolve().parent.parent
COLUMNS = [ORTH, TAG, POS, MORPH, LEMMA, DEP, HEAD, SENT_START, ENT_IOB, ENT_TYPE]
RARE_RULES = [
    "Y'all ain't gonna believe it, but let's go. C'mon, it's gotta be done and I'm gonna do it.",
    "There is a plan. There's hope, and there were many who said that it was so. 'Nuff said.",
    "She gets it. He got there first, and it gets better: you did what you had to do.",
    "Did you do it?  I have. They had had enough; what do they have?\n\n  It   was  I who saw you.",
    "Whatever happens, which is which, that is that. All of this: those who know, these.",
]


@lru_cache(maxsize=1)
def reference() -> spacy.language.Language:
    model = spacy.load(nlp.MODEL_NAME)
    model.add_pipe("structnews_paragraph_boundaries", before="parser")
    model.tokenizer = nlp.ApostropheTokenizer(model.tokenizer)
    model.add_pipe("structnews_headline_case", last=True)
    model.add_pipe("structnews_sentence_mends", last=True)
    model.add_pipe("structnews_participle_mends", last=True)
    model.add_pipe("structnews_coordination_mends", last=True)
    model.add_pipe("structnews_subject_mends", last=True)
    model.add_pipe("structnews_verb_tag_mends", last=True)
    model.add_pipe("structnews_headline_verbs", last=True)
    model.add_pipe("structnews_denial_mends", last=True)
    model.add_pipe("structnews_predicate_mends", last=True)
    model.add_pipe("structnews_amount_mends", last=True)
    model.add_pipe("structnews_original_text", last=True)
    return model


def texts() -> list[str]:
    paths = sorted((ROOT / "data" / "raw").glob("*.txt")) + sorted((ROOT / "eval" / "heldout" / "raw").glob("*.txt"))
    return [clean(decode(p.read_bytes(), p.name)[0]).text for p in paths] + RARE_RULES


def test_the_build_runs_the_faster_components() -> None:
    model = nlp.load()
    assert isinstance(model.get_pipe("attribute_ruler"), nlp.IndexedAttributeRuler)
    assert isinstance(model.get_pipe("lemmatizer"), nlp.MemoLemmatizer)
    assert model.pipe_names == reference().pipe_names
    model("Warm up.")
    ruler = model.get_pipe("attribute_ruler")
    assert ruler._rest is None, "every rule of the pinned model is applied by lookup, none by a Matcher"
    assert ruler._multi, "the model's multi-token rules are among them"


def test_same_annotations_token_for_token() -> None:
    corpus = texts()
    assert len(corpus) > 10
    expected = [d.to_array(COLUMNS) for d in reference().pipe(corpus, batch_size=4)]
    got = [d.to_array(COLUMNS) for d in nlp.load().pipe(corpus, batch_size=4)]
    for text, a, b in zip(corpus, expected, got):
        assert numpy.array_equal(a, b), f"annotations differ in {text[:60]!r}"


def test_the_rare_rules_are_exercised() -> None:
    """The sentences above do reach the rules the lookup leaves to the Matcher."""
    model = reference()
    ruler = model.get_pipe("attribute_ruler")
    doc = model.make_doc(" ".join(RARE_RULES))
    for _, proc in model.pipeline:
        if proc is ruler:
            break
        doc = proc(doc)
    rules = {int(model.vocab.strings[m]) for m, _, _ in ruler.matcher(doc, allow_missing=True)}
    multi = {i for i, p in enumerate(ruler.patterns) if any(len(x) > 1 for x in p["patterns"])}
    assert len(rules & multi) >= 4


@pytest.mark.parametrize("overwrite", [False, True])
def test_lemmatizer_overwrite_is_respected(overwrite: bool) -> None:
    model = spacy.load(nlp.MODEL_NAME)
    model.get_pipe("lemmatizer").overwrite = overwrite
    expected = [t.lemma_ for t in model(RARE_RULES[0])]
    nlp.use_fast_rules(model)
    assert isinstance(model.get_pipe("lemmatizer"), nlp.MemoLemmatizer)
    assert [t.lemma_ for t in model(RARE_RULES[0])] == expected


def test_patterns_added_later_are_used() -> None:
    model = spacy.load(nlp.MODEL_NAME)
    nlp.use_fast_rules(model)
    model("warm up the lookup")
    ruler = model.get_pipe("attribute_ruler")
    assert type(ruler) is not AttributeRuler
    ruler.add([[{"LOWER": "warm"}]], {"LEMMA": "heat"})
    assert model("warm up")[0].lemma_ == "heat"
