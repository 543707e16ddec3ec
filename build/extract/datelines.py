"""Wire datelines: 'MOSCOW, Dec 27 (Reuters) - ' opening a story's first paragraphs.

A dateline says where the reporter filed the story from and for which agency. Its place is read
as a place (the model, trained on mixed case, misses 'ISLAMABAD' or calls 'KARACHI' an
organisation: :func:`dateline_places`), and neither the place nor the agency is ever a party to
what the story reports (:func:`dateline_spans`, which the event stage leaves out of its lookups).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span
from structnews.build.extract.names import is_known_place
from structnews.build.ingest.clean import wire_dateline

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
    out = []
    for start in starts[:lines]:
        match = wire_dateline(text, start)
        if match is None:
            colon = _COLON_PLACE.match(text, start)
            if colon is not None and is_known_place(colon["place"]):
                out.append((colon.start(), colon.end()))
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
    out = []
    for start in starts[:paragraphs]:
        match = wire_dateline(text, start)
        if match is None or not match["place"]:
            continue
        offset = match.start("place")
        for place in match["place"].split("/"):  # 'PARIS/MOSCOW': two places
            span = doc.char_span(offset, offset + len(place), label="GPE", alignment_mode="contract")
            if span is not None and sum(c.isalpha() for c in span.text) >= 3:
                out.append(span)
            offset += len(place) + 1
    return out
