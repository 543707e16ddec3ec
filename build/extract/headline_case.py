"""Read a title-case headline as the sentence it is.

Many outlets capitalise every word of a headline ('France Hands Over Its Last Base in Senegal',
'Ukrainian Drones Hit Russian Refinery as Kyiv Widens Campaign'). The small model reads such a run
of capitals as one long name: 'Hands' a proper noun, no verb, no subject, and the entity recogniser
makes names of 'Visa Curbs' or 'Observers Fault'. The headline's event, often the story's main one,
and its parties were lost, and spurious names were made.

When the headline is in title case (most of its words after the first capitalised), it is parsed
again with each capitalised word that is not a name written in lower case, as a sentence-case
headline would be: 'France hands over its last base in Senegal'. A word stays capitalised when
the article's body writes it so inside a sentence ('Senegal', 'Russian', 'National Guard'), or
when it is no common English word at all (the model's lemma tables and stop words do not know it:
'Kyiv'); it is lowered when it is a stop word, when the body writes it in lower case, or when the
tables know it (or its '-s' stem) as a common word. The variant's tags, lemmas, parse and names (not its
products or works) replace the headline's; its words keep their own characters. A variant that does not tokenise one
for one leaves the doc unchanged.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Token

from structnews.build.extract.doc_copy import ANNOTATIONS, model_parser
from structnews.build.extract.headline_verbs import bare_form, headline_end

TITLE_SHARE = 0.75  # share of a headline's words after the first that are capitalised in title case
MIN_TITLE_WORDS = 3
MIN_LOWERED, LOWERED_SHARE = 2, 1 / 3  # a variant lowers at least this many of the capitalised words
# The model components that give the variant's parse and names. Of its names, only these labels
# are taken: on a headline the small model makes products and works of a person ('ex-PM X').
VARIANT_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")
KEPT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
IOB_INSIDE, IOB_OUTSIDE = 1, 2  # spaCy's ENT_IOB codes


def _is_title_case(words: list[Token]) -> bool:
    """Whether a headline's words after the first are mostly capitalised ('Talks Collapse as Union
    Rejects Offer'); a sentence-case headline with a few names is not."""
    rest = [t for t in words[1:] if t.is_alpha]
    capitals = [t for t in rest if _capitalised(t)]
    return len(capitals) >= MIN_TITLE_WORDS and len(capitals) >= TITLE_SHARE * len(rest)


def _body_forms(doc: Doc, end: int) -> tuple[set[str], set[str]]:
    """Words the body writes in lower case, and words it capitalises inside a sentence (names) -
    not in a title-case line of its own (the headline repeated, a related story's title)."""
    lower, named = set(), set()
    for sent in doc.sents:
        body = [t for t in sent if t.idx >= end and not t.is_space]
        titled = _is_title_case(body)
        for token in body:
            if not token.is_alpha:
                continue
            if token.is_lower:
                lower.add(token.text)
            elif not titled and token.is_title and not token.is_sent_start and not doc[token.i - 1].is_punct:
                named.add(token.text)
    return lower, named


def _capitalised(token: Token) -> bool:
    """A word with a capital first letter only ('Imposes'; not 'U.S.', 'McCain' or 'NATO')."""
    return token.text[:1].isupper() and token.text[1:].islower() and token.is_alpha


def sentence_case(words: list[Token], lower: set[str], named: set[str], is_common: Callable[[str], bool]) -> list[str]:
    """The headline's words as a sentence-case headline writes them (see the module docstring)."""
    out = []
    for k, token in enumerate(words):
        text = token.text
        if k > 0 and _capitalised(token) and text not in named:
            low = text.lower()
            if low in STOP_WORDS or low in lower or is_common(low) or low.endswith("s") and is_common(bare_form(low)):
                text = low
        out.append(text)
    return out


def mend_headline_case(doc: Doc, parse: Callable[[str], Doc], is_common: Callable[[str], bool]) -> Doc:
    """The doc with a title-case headline's annotations taken from its sentence-case variant."""
    end = headline_end(doc.text)
    if not end:
        return doc
    words = [t for t in doc if t.idx < end]
    while words and words[-1].is_space:
        words.pop()
    if not words or not _is_title_case(words):
        return doc
    lower, named = _body_forms(doc, end)
    variant_words = sentence_case(words, lower, named, is_common)
    lowered = sum(1 for w, t in zip(variant_words, words) if w != t.text)
    if lowered < MIN_LOWERED or lowered < LOWERED_SHARE * sum(1 for t in words[1:] if _capitalised(t)):
        return doc  # mostly names ('Ana Ruiz Meets Omar Diallo in New Lisbon'): nothing to tell them from
    text = "".join(w + t.whitespace_ for w, t in zip(variant_words, words)).rstrip()
    variant = parse(text)
    if len(variant) != len(words) or any(v.text != w for v, w in zip(variant, variant_words)):
        return doc
    values = doc.to_array(ANNOTATIONS)
    values[: len(words)] = variant.to_array(ANNOTATIONS)
    iob, kind = ANNOTATIONS.index(ENT_IOB), ANNOTATIONS.index(ENT_TYPE)
    for k, token in enumerate(variant):
        if token.ent_type_ and token.ent_type_ not in KEPT_LABELS:
            values[k, iob], values[k, kind] = IOB_OUTSIDE, 0
    k = len(words)
    while k < len(values) and values[k, iob] == IOB_INSIDE:  # a name of the old reading running on past the headline
        values[k, iob], values[k, kind] = IOB_OUTSIDE, 0
        k += 1
    out = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc], user_data=dict(doc.user_data))
    out.from_array(ANNOTATIONS, values)
    return out


@Language.factory("structnews_headline_case")
def make_headline_case(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The component; the variant is parsed by the pipeline's own model components, and a common
    word is one the model's lemma tables list for a noun, verb, adjective or adverb."""
    parse = model_parser(nlp, VARIANT_COMPONENTS)

    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    common = frozenset(w for pos in ("noun", "verb", "adj", "adv") for w in index.get(pos, []))
    return lambda doc: mend_headline_case(doc, parse, common.__contains__)
