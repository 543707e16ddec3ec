"""Quoted spans, found on the characters of the cleaned text.

Curly and straight, double and single marks; quotes that run over paragraphs; unbalanced marks
in scraped text. Nothing here looks at the parse: which words are quoted is a matter of the
marks, and deciding it first lets the attribution skip tokens inside quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN_DOUBLE = "“„"
CLOSE_DOUBLE = "”"


@dataclass
class QuoteSpan:
    start: int
    end: int
    paragraph: int
    unbalanced: bool = False
    continues: bool = False  # opened in an earlier paragraph and re-opened here
    open_end: bool = False  # runs to the end of its paragraph without a closing mark


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start < 2 or not any(c.isalpha() for c in text[start:end]):
        return None
    return start, end


def _double_quotes(text: str, p_start: int, p_end: int, paragraph: int, carried_open: bool) -> tuple[list[QuoteSpan], bool]:
    """Double-quoted spans of one paragraph; returns them and whether a quote is left open."""
    out: list[QuoteSpan] = []
    open_at: int | None = None
    first_mark = True
    lead = p_start + len(text[p_start:p_end]) - len(text[p_start:p_end].lstrip())
    for i in range(p_start, p_end):
        ch = text[i]
        is_open = ch in OPEN_DOUBLE or (ch == '"' and open_at is None)
        # A paragraph opening with a closing mark before a word ('”Fear. I am afraid …” ― Ann
        # Lind'): a scraped page's mistyped opening mark.
        is_open = is_open or (ch in CLOSE_DOUBLE and i == lead and i + 1 < p_end and text[i + 1].isalnum())
        is_close = ch in CLOSE_DOUBLE or (ch == '"' and open_at is not None)
        if is_open and open_at is None:
            open_at = i + 1
        elif is_close and open_at is not None:
            span = _trimmed(text, open_at, i)
            if span:
                out.append(QuoteSpan(*span, paragraph, continues=carried_open and not out and text[p_start] in OPEN_DOUBLE + '"'))
            open_at = None
        elif is_close and open_at is None and first_mark:
            # A closing mark with no opening one: the quote began at the paragraph's start.
            span = _trimmed(text, p_start, i)
            if span:
                out.append(QuoteSpan(*span, paragraph, unbalanced=True))
        elif is_open and open_at is not None:
            # Two opening marks in a row: the first one was never closed.
            span = _trimmed(text, open_at, i)
            if span:
                out.append(QuoteSpan(*span, paragraph, unbalanced=True))
            open_at = i + 1
        if ch in OPEN_DOUBLE + CLOSE_DOUBLE + '"':
            first_mark = False
    left_open = False
    if open_at is not None:
        span = _trimmed(text, open_at, p_end)
        if span:
            out.append(QuoteSpan(*span, paragraph, open_end=True,
                                 continues=carried_open and not out and text[p_start] in OPEN_DOUBLE + '"'))
            left_open = True
    return out, left_open


# (an apostrophe between two letters inside is no closing mark: ‘We’ve waited’, ‘the council’s plan’)
_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(:—–-]))[‘'](?=[A-Za-z])(?P<body>(?:[^‘’'\n]|(?<=[A-Za-z])[’'](?=[A-Za-z]))*?[^\s‘’'])[’'](?![A-Za-z])")
_SINGLE_UNCLOSED = re.compile(r"(?:(?<=^)|(?<=:\s))‘(?P<body>[A-Z][^‘’\n]{10,})$")


def _single_quotes(text: str, p_start: int, p_end: int, paragraph: int) -> list[QuoteSpan]:
    para = text[p_start:p_end]
    if any(c in para for c in OPEN_DOUBLE + CLOSE_DOUBLE + '"'):
        # Single marks inside double quotes are nested quotes; treat double-quoted text only.
        return []
    out = []
    for m in _SINGLE.finditer(para):
        out.append(QuoteSpan(p_start + m.start("body"), p_start + m.end("body"), paragraph))
    if not out:
        m = _SINGLE_UNCLOSED.search(para)
        if m:
            out.append(QuoteSpan(p_start + m.start("body"), p_start + m.end("body"), paragraph, unbalanced=True, open_end=True))
    return out


def find_quote_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[QuoteSpan]:
    """Every quoted span in the text, paragraph by paragraph."""
    out: list[QuoteSpan] = []
    carried = False
    for index, (p_start, p_end) in enumerate(paragraphs):
        spans, carried = _double_quotes(text, p_start, p_end, index, carried)
        if not spans:
            spans = _single_quotes(text, p_start, p_end, index)
        out.extend(spans)
    return out


_SMALL_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "and", "or", "for", "to", "at", "by", "with", "from"})


def title_case(text: str) -> bool:
    """Every word capitalised but the small ones ('Fox and Friends', 'Keepin' It Real'), 1-8 words."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    return 0 < len(words) <= 8 and all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words) and words[0][0].isupper()


def is_fragment(text: str, doc_text: str, start: int) -> bool:
    """A phrase embedded in the writer's sentence, not a quoted sentence or clause of its own."""
    first = next((c for c in text if c.isalpha()), "")
    if first.islower():
        return True
    words = text.split()
    if len(words) < 4 and not re.search(r"[.!?,]$", text):
        return True
    # Capitalised but continuing the writer's sentence: 'a "Cold War" mindset'.
    before = doc_text[max(0, start - 3) : start - 1].strip()
    if before and before[-1].isalpha() and len(words) < 4:
        return True
    # A title-case name after an article, however long: 'passed the "Health Care Reform Bill
    # 2019" on Monday' is a noun phrase of the writer's sentence, not somebody's sentence.
    if re.search(r"\b(?:the|a|an)\s*\W?$", doc_text[max(0, start - 6) : start], re.IGNORECASE) \
            and title_case(text) and not re.search(r"[.!?,]$", text):
        return True
    return False
