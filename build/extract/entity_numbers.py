"""Names that end in a number: 'Falcon 9', 'Bell 206', 'News 12', 'Boeing 737', 'Voskhod 2'.

The small model tags such a name's word and leaves the number out ('Falcon' as ORG, then a
CARDINAL '9'), or tags only the number ('206' as CARDINAL), so the name is lost and its word
alone becomes a spurious entity. The article's own grammar shows the number is part of the
name: it follows the capitalised word with no punctuation between and the parser attaches it to
that word (or, for a name the model tagged, to the noun the name modifies: 'the Falcon 9
rocket'). Words that take a number without making a name with it ('Category 5', 'Level 1',
'Magnitude 6.3') are curated (``counted_words`` in ``data/curated/gazetteer.yaml``); a year is
a date, not part of a name ('Canada 2019'), and so is a month's day ('September 25').
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token
from structnews.build.core import curated
from structnews.build.extract.dates import MONTHS

# A name's number: digits, optionally with one trailing letter ('25A'); not an amount ('6.3').
_NUMBER = re.compile(r"^\d{1,4}[A-Za-z]?$")
_NAME_LABELS = {"PRODUCT", "FAC", "EVENT", "LAW", "WORK_OF_ART"}
_NOT_NAMES = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
# Glued right after the number, these make it a range, a ratio or a share ('11-12', '12%').
_GLUED_BLOCKERS = {"-", "‐", "‑", "–", "—", "%", "/", ":"}


@lru_cache(maxsize=1)
def counted_words() -> frozenset[str]:
    """Capitalised words a number follows without making a name with them, curated."""
    return frozenset(curated.gazetteer().counted_words)


@lru_cache(maxsize=1)
def _reporting_verbs() -> frozenset[str]:
    """Verbs whose subject is a medium or a speaker ('report', 'say', 'announce'), curated."""
    return frozenset(v.lower() for v in curated.gazetteer().posting_verbs)


def _is_year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and 1000 <= int(text) < 3000


def _name_number(doc: Doc, word: Token) -> Token | None:
    """The number right after ``word`` that belongs to its name, or None."""
    if word.i + 1 >= len(doc) or not word.whitespace_ or word.text in counted_words() or word.lower_.rstrip(".") in MONTHS:
        return None  # ('September 25' is a date, however the model tagged it)
    num = doc[word.i + 1]
    if not _NUMBER.match(num.text) or _is_year(num.text) or num.ent_type_ in _NOT_NAMES:
        return None
    after = doc[num.i + 1] if num.i + 1 < len(doc) else None
    if after is not None and (after.text in _GLUED_BLOCKERS and not num.whitespace_ or after.like_num):
        return None  # a range, a share, or a list of numbers ('Region 11 12')
    if _scored(doc, num.i + 1) or word.i >= 2 and doc[word.i - 1].text == "," and doc[word.i - 2].like_num:
        return None  # a score line: 'Ostvale 21, Brennan 14'
    return num


def _scored(doc: Doc, i: int) -> bool:
    """', Brennan 14' from token ``i``: another name and its number after a comma."""
    return (i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].text[:1].isupper()
            and any(t.like_num for t in doc[i + 2 : min(i + 5, len(doc))]))


def _numbered_type(span: Span, label: str) -> str:
    """A maker's name and a model number is a product ('Boeing 737', 'Falcon 9', 'Bell 206'): an
    organisation's name with a number is a PRODUCT, unless it speaks or reports ('News 12
    reported': a broadcaster, the subject of a curated posting or reporting verb)."""
    if label != "ORG":
        return label
    root = span.root
    speaks = root.dep_ == "nsubj" and root.head.lemma_.lower() in _reporting_verbs()
    return "ORG" if speaks else "PRODUCT"


def is_counted(span: Span) -> bool:
    """'Category 2' (which the model calls NORP or LAW): a counted word and its number, no name; nor
    is a month and its day ('the January 7 quake', which the model calls an EVENT), a date."""
    if len(span) != 2 or not _NUMBER.match(span[1].text):
        return False
    return span[0].text in counted_words() or span[0].lower_.rstrip(".") in MONTHS and span[1].text.isdigit() and 1 <= int(span[1].text) <= 31


def extend_numbered(spans: list[Span]) -> list[Span]:
    """'Falcon' + '9': a name the model ended right before its number (not a person's: 'Ruiz 2'
    is no name) reaches over it when the parser attaches the number to the name's last word or
    to the word the name modifies ('the Falcon 9 rocket'), or the name modifies the number ('flew
    Boeing 707s')."""
    if not spans:
        return spans
    doc = spans[0].doc
    out = []
    for sp in spans:
        last = sp[-1]
        num = _name_number(doc, last) if sp.label_ != "PERSON" and last.is_alpha and last.text[:1].isupper() else None
        if num is not None and (num.head.i == last.i or num.head.i == last.head.i and last.dep_ in {"compound", "nmod", "amod"}
                                or last.head.i == num.i and last.dep_ == "compound"):  # ('flew Boeing 707s': the name modifies the number)
            # ('Boeing' ORG + '737' PRODUCT: the model's label of the number names the whole)
            label = num.ent_type_ if num.ent_type_ in _NAME_LABELS else _numbered_type(doc[sp.start : num.i + 1], sp.label_)
            sp = Span(doc, sp.start, num.i + 1, label=label)
        out.append(sp)
    return out


def numbered_names(doc: Doc, taken: list[tuple[int, int]]) -> list[Span]:
    """Names the model missed whose word it left untagged: 'The Bell 206 came down', 'News 12
    reported'. A capitalised proper noun (not a sentence's first word, in no span, not a curated
    counted word) with a number the parser attaches to it, the pair standing alone as a noun
    phrase (not a modifier: 'a Category 5 hurricane'). Typed as :func:`_numbered_type` says; the
    article's kind cues may retype it."""
    out = []
    for word in doc:
        if (word.pos_ != "PROPN" or not word.is_alpha or not word.text[:1].isupper() or word.is_sent_start or word.ent_type_
                or word.dep_ in {"compound", "nmod", "amod"}):
            continue
        num = _name_number(doc, word)
        if num is None or num.head.i != word.i:
            continue
        start = word.i
        # 'Lion Air Flight 610': earlier capitalised words of the same name come with it.
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha \
                and not doc[start - 1].ent_type_ and doc[start - 1].whitespace_ and not doc[start - 1].is_sent_start:
            start -= 1
        span = Span(doc, start, num.i + 1, label=_numbered_type(doc[start : num.i + 1], "ORG"))
        if any(span.start_char < te and ts < span.end_char for ts, te in taken):
            continue
        out.append(span)
        taken.append((span.start_char, span.end_char))
    return out
