"""Names the model cuts at an inner 'and' or 'of', or after a place: 'the Ethics and
Anti-Corruption Commission', 'Devon and Cornwall Police', 'the Central Bank of Nigeria', 'the
Ghana Premier League' are one name each. Their endings are curated (``gazetteer.yaml``:
``organisation_endings``, ``type_suffixes``); :mod:`.entities` calls these on the model's spans."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span
from structnews.build.core import curated
from structnews.build.extract.names import gazetteer_index

_NAME_AND_LIMIT = 3  # capitalised words before the inner 'and' of one name ('the Public Libraries and Museums Act')


def join_across_and(spans: list[Span]) -> list[Span]:
    """'the Ethics and Anti-Corruption Commission', 'the British Beer and Pub Association', 'the
    SA Aquatic and Leisure Centre', 'the Public Libraries and Museums Act': the model cuts such a
    name at its inner 'and', leaving the first words alone (or as a people) and the rest a name of
    its own. A span ending in a curated type suffix or organisation ending, right after 'and',
    with one to three capitalised words between 'the' and 'and', is one name with them; its type is
    its ending's. Not when a word before 'and' is a person or a place the model named ('the
    Ostland and Varnia Border Commission' is still two countries' body, but says so in its name:
    left as the model cut it). Without 'the' ('Devon and Cornwall Police said', 'officers from
    Avon and Somerset Police'), one word before 'and', opening a body sentence or after a
    preposition, the model having tagged it as anything: it is one name unless that word names a
    person elsewhere in the article ('Lind and Lenton Council') or the name after 'and' is curated
    ('X and Downing Street')."""
    if not spans:
        return spans
    doc = spans[0].doc
    gazetteer = curated.gazetteer()
    kinds = {**{w: "ORG" for w in gazetteer.organisation_endings}, **gazetteer.type_suffixes}
    joined: dict[int, Span] = {}
    people: list[Span] | None = None
    for sp in spans:
        words = [w for w in sp.text.split() if not re.fullmatch(r"(?:1[89]|20)\d\d", w)]
        kind = kinds.get(words[-1]) if words else None
        if kind is None or sp.start < 1 or doc[sp.start - 1].lower_ != "and":
            continue
        start = sp.start - 1
        while start - 1 >= 0 and sp.start - 1 - (start - 1) <= _NAME_AND_LIMIT and doc[start - 1].is_alpha \
                and doc[start - 1].text[:1].isupper() and doc[start - 1].lower_ != "the":
            start -= 1
        if start == sp.start - 1:
            continue
        if start == 0 or doc[start - 1].lower_ != "the":
            if people is None:
                people = [s for s in spans if s.label_ == "PERSON"]
            if not _bare_pair_name(doc, start, sp, people):
                continue
        elif any(t.ent_type_ in ("PERSON", "GPE", "LOC") for t in doc[start : sp.start - 1]):
            continue
        joined[sp.start] = Span(doc, start, sp.end, label=kind.value if hasattr(kind, "value") else str(kind))
    if not joined:
        return spans
    wide = list(joined.values())
    return [joined.get(sp.start, sp) for sp in spans
            if sp.start in joined or not any(w.start <= sp.start and sp.end <= w.end for w in wide)]


def _bare_pair_name(doc: Doc, start: int, after: Span, people: list[Span]) -> bool:
    """'Devon and Cornwall Police' with no 'the' before it (see :func:`join_across_and`): one word
    before 'and', opening a sentence of the body or after a preposition, that names no person of
    the article, and a name after 'and' that is not curated."""
    if after.start - start != 2 or "\n" not in doc.text[: doc[start].idx]:
        return False
    if any(doc[start].text in p.text.split() for p in people if not p.start <= start < p.end):
        return False
    if after.text in gazetteer_index().by_alias:
        return False
    return start == doc[start].sent.start or doc[start - 1].pos_ == "ADP"


@lru_cache(maxsize=1)
def _organisation_endings() -> frozenset[str]:
    """The gazetteer's organisation endings ('Board', 'League'), read once."""
    return frozenset(curated.gazetteer().organisation_endings)


def join_body_of_place(spans: list[Span]) -> list[Span]:
    """'the Tea Board of Kenya', 'the Central Bank of Nigeria': the model ends a body's name before
    'of' and tags the country after it as a place of its own. A body's span ending in a curated
    organisation ending, then 'of', then a place's span, is one organisation's name."""
    if not spans:
        return spans
    doc = spans[0].doc
    endings = _organisation_endings()
    by_start = {sp.start: sp for sp in spans}
    joined: dict[int, Span] = {}
    for sp in spans:
        place = by_start.get(sp.end + 1)
        if (sp.label_ == "ORG" and sp[-1].text in endings and sp.end < len(doc) and doc[sp.end].lower_ == "of"
                and place is not None and place.label_ in ("GPE", "LOC") and "\n" not in doc[sp.start : place.end].text):
            joined[sp.start] = Span(doc, sp.start, place.end, label="ORG")
    if not joined:
        return spans
    covered = {t for sp in joined.values() for t in range(sp.start, sp.end)}
    return [joined.get(sp.start, sp) for sp in spans if sp.start in joined or sp.start not in covered]


_BODY_WORDS_AFTER_PLACE = 3  # capitalised words a body's name may run after a place's ('Ghana Premier League')


def body_after_place(span: Span) -> Span | None:
    """'the Ghana Premier League', 'the Kenya Revenue Authority': a curated place followed by two or
    three capitalised words, the last a curated organisation ending, starts the name of a body
    (which the model leaves untagged or cuts into a place and a stray word)."""
    doc = span.doc
    endings = _organisation_endings()
    end = span.end
    while end < len(doc) and end - span.end < _BODY_WORDS_AFTER_PLACE and doc[end].is_alpha and doc[end].text[:1].isupper() \
            and not doc[end].is_upper:
        end += 1
        if doc[end - 1].text in endings:  # (one word alone is left to the suffix rule: 'the US Congress' is two names)
            return Span(doc, span.start, end, label="ORG") if end - span.end >= 2 else None
    return None
