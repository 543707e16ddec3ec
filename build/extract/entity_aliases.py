"""Another name the article itself declares for an entity: 'Bengaluru, the southern city formerly
known as Bangalore', 'Super Typhoon Haiyan, known locally as Yolanda', 'Loreen, whose full name
is Lorine Zineb Nora Talhaoui', 'Maria Lind (née Sark)'. The second name is the same entity (and
takes its type: the model often calls a town's old name a person). The phrases are curated
(gazetteer ``alias_markers``); the words between the first name and the phrase may only describe
it ('the southern city'), never start a clause of their own ('whose president is known as X'
names someone else).

Two readers share the one list of phrases: ``known_as_aliases`` reads the other name straight
from the text right after a name, before clustering (so a form the model missed or tagged
apart still joins, like a defined acronym); ``declared_aliases`` joins two clusters when a short
description stands between the name and the phrase."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span
from structnews.build.core import curated
from structnews.build.extract.dates import MONTHS, WEEKDAYS

_CLAUSE_WORDS = frozenset({"is", "was", "are", "were", "has", "had", "have", "whose", "who", "which", "that", "and", "or", "but"})


@lru_cache(maxsize=1)
def _gap_pattern() -> re.Pattern[str]:
    markers = sorted(curated.gazetteer().alias_markers, key=len, reverse=True)
    return re.compile(r"\s*[,(]\s*((?:[\w'’.-]+\s+){0,5}?)(?:" + "|".join(re.escape(m) for m in markers) + r")\s*[\"“']?$",
                      re.IGNORECASE)


_ADVERBS = r"(?:also |better |popularly |widely |commonly |locally |formerly |now |previously |later )?"


def _marker(marker: str) -> str:
    """A marker whose first word may be followed by where or in which language the name is used
    ('known in Swahili as', 'called in France')."""
    first, _, rest = marker.partition(" ")
    return re.escape(first) + (r"(?: in [A-Z][\w'’-]+)? " + re.escape(rest) if rest else "")


@lru_cache(maxsize=1)
def _right_after_pattern() -> re.Pattern[str]:
    markers = sorted(curated.gazetteer().alias_markers, key=len, reverse=True)
    return re.compile(r",?\s*\(?\s*(?i:" + _ADVERBS + r"(?:" + "|".join(_marker(m) for m in markers) + r") (?:the )?)"
                      r"[\"“‘']?((?:[A-Z][\w'’.-]*)(?: (?:[a-z]{1,3} )?[A-Z][\w'’.-]*){0,3})")  # ('Tume ya Madini')


def known_as_aliases(text: str, spans: list[Span]) -> dict[str, int]:
    """Other names the article gives a name, each with the end offset of that name: 'Rodrigo
    Varga, known as Tamarindo', 'the Ostland Liberation Front, also known as the Black Flags' (a
    leading 'the' is no part of it), 'Maria Lind (née Sark)'. Like a defined acronym, the other
    name, wherever it stands, is then the same entity."""
    out: dict[str, int] = {}
    if not curated.gazetteer().alias_markers:
        return out
    for span in spans:
        m = _right_after_pattern().match(text, span.end_char)
        if m is not None and m.group(1) != span.text and m.group(1)[:1].isupper() \
                and m.group(1).split()[0].lower().rstrip(".") not in MONTHS.keys() | WEEKDAYS.keys():  # not 'born January 5'
            out.setdefault(m.group(1).rstrip("."), span.end_char)
    return out


def declared_aliases(spans_of: list[list[Span]]) -> dict[int, int]:
    """{j: i}: every name of cluster j is declared another name of cluster i, written right after
    a mention of i in the same sentence."""
    if not curated.gazetteer().alias_markers:
        return {}
    starts = sorted((span.start_char, span.end_char, k, span) for k, spans in enumerate(spans_of) for span in spans)
    joined: dict[int, int] = {}
    for (_, end, i, first), (start, _, j, second) in zip(starts, starts[1:]):
        if i == j or j in joined or i in joined or first.sent.start != second.sent.start:
            continue
        gap = _gap_pattern().match(first.doc.text[end:start])
        if gap is not None and not set(gap.group(1).lower().split()) & _CLAUSE_WORDS:
            joined[j] = i
    return joined
