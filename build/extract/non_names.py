"""Spans the model tags that are no names: a minister's portfolio, a capitalised common word, a
word cut at the end of a scraped text.

A minister's portfolio is no entity: 'European Affairs' in 'European Affairs Minister Clement
Beaune', 'National Security' in 'National Security Advisor John Bolton', 'East African Affairs' in
'minister for East African Affairs'.

The model tags such a phrase as an organisation because it is capitalised and ends in a word of
government. The article's own words show it is part of a title: a title word or a person noun
follows it, or a title word and 'for'/'of' come before it. The words that end a portfolio are
curated (``portfolio_words`` in ``data/curated/cues.yaml``); a place or a people (the model's
GPE, LOC, NORP: 'Ostland' in 'Ostland Foreign Minister') and a body's name ('Department of
Homeland Security', 'Foreign Affairs Committee') are kept.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span
from structnews.build.core import curated
from structnews.build.extract.entity_spans import non_entities, titles


@lru_cache(maxsize=1)
def _portfolio_words() -> frozenset[str]:
    return frozenset(curated.cues().portfolio_words)


@lru_cache(maxsize=1)
def _office_words() -> frozenset[str]:
    """Lower-case words of a title or a person's role ('minister', 'advisor', 'secretary')."""
    _, title_words = titles()
    return frozenset(title_words) | frozenset(w.lower() for w in curated.cues().person_nouns)


def is_portfolio(span: Span) -> bool:
    """True for a span that is a minister's portfolio inside a title (see the module docstring),
    also when the model took the title in ('National Security Advisor'), and for a 'person' whose
    last word is a plural portfolio word ('Affairs' after the title word 'Foreign' in 'Minister of
    Foreign Affairs and Trade X')."""
    words = span.text.split()
    if span.label_ == "PERSON" and words[-1] in _portfolio_words() and words[-1].endswith("s") and all(w[:1].isupper() for w in words):
        # no person's name ends in a plural portfolio: 'Border Operations' of 'Director General
        # Border Operations' (a singular one may be a surname: 'Jim Justice')
        return True
    if span.label_ in {"PERSON", "GPE", "LOC", "NORP"} or any(w in non_entities() or w.lower() in {"of", "for"} for w in words):
        return False
    if len(words) >= 2 and words[-1].lower().rstrip(".") in _office_words() and words[-2] in _portfolio_words():
        return True
    return words[-1] in _portfolio_words() and _in_title(span)


def before_office(span: Span) -> bool:
    """A word read as a name after a title that another title word or role noun follows: the
    middle of a longer title ('Chief Health Director'), no name."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].is_title and doc[span.end].lower_.rstrip(".") in _office_words()


def _in_title(span: Span) -> bool:
    """A title word or role noun right after the span, or '<title> for/of (the)' right before it."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_.rstrip(".") in _office_words():
        return True
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 1 and doc[i].lower_ in {"for", "of"} and doc[i - 1].lower_.rstrip(".") in _office_words()


# An adjective's ending ('presidential', 'federal', 'constitutional'): not a name the tagger calls
# an adjective before a noun ('the Brexit deal').
_ADJECTIVE = re.compile(r"(?:al|ic|ive|ary|ous)$")


def common_word(span: Span) -> bool:
    """One word at a sentence's start that the tagger tags as a common word (not a proper noun,
    not an adjective such as 'British'), neither a people ('Kurds announce ...') nor an acronym;
    or an 'organisation' of one capitalised adjective before a common noun ('the Presidential
    vote'); or one capitalised organisation or law after 'a' / 'an' ('a Parliament'), any one.
    Applied to an entity seen once only, so 'the Parliament' elsewhere keeps it."""
    tok = span[0]
    if len(span) == 1 and span.label_ == "ORG" and tok.tag_ == "JJ" and tok.is_alpha and not tok.is_upper and _ADJECTIVE.search(tok.lower_):
        # 'the Presidential vote', 'the Federal budget': an adjective before a common noun, capitalised
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.is_lower and nxt.pos_ == "NOUN" and nxt.text not in curated.cue_words("descriptor_nouns"):  # ('the Democratic party')
            return True
    if len(span) == 1 and span.label_ in ("ORG", "LAW") and tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("a", "an") \
            and tok.is_alpha and not tok.is_upper and tok.dep_ not in ("compound", "amod", "nmod"):
        return True  # (not 'a Gallup poll': the article's noun is 'poll') 'a Cabinet must keep the confidence of a Parliament', 'A Constitution is ...': any one, no name
    return (len(span) == 1 and tok.is_sent_start and tok.is_alpha and not tok.is_upper and span.label_ != "NORP"
            and tok.tag_ not in {"NNP", "NNPS", "JJ"})


# Tags of words that are never a name on their own: verbs, adverbs, prepositions, modals,
# determiners, pronouns, interjections, comparatives and superlatives ('Definitely.', 'Shut up',
# 'Taken someone's opinion', 'Amongst reported incidents', 'Biggest decision').
_FUNCTION_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "RB", "RBR", "RBS", "IN", "MD", "DT", "PDT",
                            "PRP", "PRP$", "UH", "WDT", "WP", "WRB", "JJR", "JJS", "CC", "TO", "EX"})


def function_word(span: Span) -> bool:
    """One word (closing punctuation aside) that the tagger reads as a verb, an adverb or another
    word class no name has, wherever it stands: the model's capitalised-word guess (in an
    interview's answers, a mid-sentence capital) is no name. Not an acronym, not a people."""
    words = [t for t in span if not t.is_punct]
    return (len(words) == 1 and words[0].is_alpha and not words[0].is_upper and span.label_ != "NORP"
            and words[0].tag_ in _FUNCTION_TAGS)


def lower_noun(members: list[tuple[Span, str]], lower_nouns: set[str]) -> bool:
    """A one-word name that is a common noun by the article's own evidence: every mention follows
    'the' or opens its sentence, and the article writes the word in lower case as a noun elsewhere
    ('the Universe' beside 'the universe'; not 'Time's 25 most influential', the magazine). Also
    what the model calls a people ('Protests' opening a sentence, beside 'more protests'): a
    people's name is not written in lower case. Not an acronym. (The tagger's own NN tag is no
    such evidence: it tags many names it does not know NN.)"""
    spans = [m for m, _ in members]
    if any(len(m) != 1 or not m[0].is_alpha or m[0].is_upper for m in spans) or len({m.text for m in spans}) != 1:
        return False
    return spans[0].text.lower() in lower_nouns and all(m[0].is_sent_start or m.start > 0 and m.doc[m.start - 1].lower_ == "the"
                                                        for m in spans)


def cut_off_at_end(spans: list[tuple[Span, str | None, str]], text: str) -> list[tuple[Span, str | None, str]]:
    """Without a name that runs to the very last character of a text, which then ends with no
    stop: a word the scrape cut ('... and Marten Oko', '... across Ostl') or a closing credit ('—
    ONA'). A form the article also writes before is kept ('... both Ostland and Tulva' after
    'Tulva'), and so is a credit after a closing quotation mark ('”Not again.” ― Hana P. Kovac'):
    that one names the speaker of the quote before it."""
    end = len(text.rstrip())
    at_end = [item for item in spans if item[0].end_char >= end and not _credits_a_quote(item[0], text)]
    earlier = {s.text for s, _, _ in spans if s.end_char < end}
    return [item for item in spans if item not in at_end or item[0].text in earlier]


_CREDIT_AFTER_QUOTE = re.compile(r"[”\"’»]\s*[―—–-]+\s*$")


def _credits_a_quote(span: Span, text: str) -> bool:
    """Whether a dash right after a closing quotation mark introduces the name: a quote's credit line."""
    return bool(_CREDIT_AFTER_QUOTE.search(text[text.rfind("\n", 0, span.start_char) + 1:span.start_char]))
