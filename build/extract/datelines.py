"""Wire datelines: 'MOSCOW, Dec 27 (Reuters) - ' opening a story's first paragraphs.

A dateline says where the reporter filed the story from and for which agency. Its place is read
as a place (the model, trained on mixed case, misses 'ISLAMABAD' or calls 'KARACHI' an
organisation: :func:`dateline_places`), and neither the place nor the agency is ever a party to
what the story reports (:func:`dateline_spans`, which the event stage leaves out of its lookups).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span
from structnews.build.core import curated
from structnews.build.extract.names import is_known_place
from structnews.build.ingest.clean import UPPER

_CAPS = rf"[{UPPER}][{UPPER}'’.-]*[{UPPER}.]"  # a word in capitals ('TROMSØ', 'KYIV', 'ST.')

# A dateline: the place in capitals (up to four words) at a paragraph's start, then an optional
# ', Region', ', Month day' and '(Agency)', then a dash ('ISLAMABAD, Oct 3 - ', 'TEL AVIV, Israel (AP) — '), or a
# colon after the agency ('LA PAZ (AFP): '; not a bare 'NAME: ', a transcript's speaker).
_DATELINE_PLACE = re.compile(rf"(?P<place>{_CAPS}(?: {_CAPS}){{0,3}})"
                             r"(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?\s*(?:(?P<agency>\([^)\n]{1,30}\))\s*)?(?:[—–-]{1,2}\s|(?(agency):\s|(?!)))")

# A whole wire dateline: places in capitals (one or more, 'LONDON/MOSCOW'), a date, an agency in
# brackets, then a dash ('PARIS/MOSCOW, Feb 21 (Reuters) - ', 'KYIV (Al Jazeera) – ', 'Dec 27 (Reuters) - ') or,
# after the agency, a colon ('LA PAZ (AFP): ').
_DATELINE = re.compile(rf"(?:(?P<place>{_CAPS}(?:[ /]{_CAPS}){{0,3}})(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
                       r"(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?\s*(?P<agency>\([^)\n]{1,30}\)\s*)?"
                       r"|[A-Z][a-z]{2,8}\.? \d{1,2}\s*(?P<agency2>\([^)\n]{1,30}\)\s*))(?:[—–-]{1,2}\s|(?(agency):\s|(?(agency2):\s|(?!))))")


# A regional paper's dateline: a curated place in mixed case and a colon opening the story
# ('Dhaka: International donors pledged ...'); only a curated place, since 'Name: ' also opens a
# transcript's turn.
_COLON_PLACE = re.compile(r"(?P<place>[A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]+){0,2}):[ \t]")


def dateline_spans(text: str, lines: int = 4) -> list[tuple[int, int]]:
    """The character ranges of the wire datelines opening the first lines: where the reporter
    filed from and for which agency, never a party to what the story reports ('MOSCOW, Dec 27
    (Reuters) - Russian troops returned ...' is no act of Reuters or of Moscow), and the day it
    was filed, no event's day."""
    starts = [0] + [m.end() for m in re.finditer(r"\n\s*", text)]
    non_places = frozenset(curated.cues().dateline_non_places)
    out = []
    for start in starts[:lines]:
        match = _DATELINE.match(text, start)
        if match is None:
            colon = _COLON_PLACE.match(text, start)
            if colon is not None and is_known_place(colon["place"]):
                out.append((colon.start(), colon.end()))
            continue
        if match["place"] and any(w in non_places for w in re.split(r"[ /]", match["place"])):
            continue
        out.append((match.start(), match.end()))
    return out


def dateline_places(doc: Doc, paragraphs: int = 3) -> list[Span]:
    """The place of a dateline at the start of one of the first paragraphs, as a GPE span.

    Wire and newspaper stories from every outlet open with the place they were filed from, in
    capitals; the model, trained on mixed case, misses 'ISLAMABAD' or calls 'KARACHI' an
    organisation. Curated words that open a paragraph like a dateline but name no place
    ('UPDATE -') are skipped (``dateline_non_places`` in ``data/curated/cues.yaml``)."""
    text = doc.text
    starts = [0] + [m.end() for m in re.finditer(r"\n\s*\n", text)]
    non_places = frozenset(curated.cues().dateline_non_places)
    out = []
    for start in starts[:paragraphs]:
        match = _DATELINE_PLACE.match(text, start)
        if match is None or any(w in non_places for w in match.group("place").split()):
            continue
        span = doc.char_span(match.start("place"), match.end("place"), label="GPE", alignment_mode="contract")
        if span is not None and sum(c.isalpha() for c in span.text) >= 3:
            out.append(span)
    return out
