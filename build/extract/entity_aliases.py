"""Another name the article itself declares for an entity: 'Bengaluru, the southern city formerly
known as Bangalore', 'Super Typhoon Haiyan, known locally as Yolanda', 'Loreen, whose full name
is Lorine Zineb Nora Talhaoui', 'Maria Lind (née Sark)'. The second name is the same entity (and
takes its type: the model often calls a town's old name a person). The phrases are curated
(gazetteer ``alias_markers``); the words between the first name and the phrase may only describe
it ('the southern city'), never start a clause of their own ('whose president is known as X'
names someone else)."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span
from structnews.build.core import curated

_CLAUSE_WORDS = frozenset({"is", "was", "are", "were", "has", "had", "have", "whose", "who", "which", "that", "and", "or", "but"})


@lru_cache(maxsize=1)
def _gap_pattern() -> re.Pattern[str]:
    markers = sorted(curated.gazetteer().alias_markers, key=len, reverse=True)
    return re.compile(r"\s*[,(]\s*((?:[\w'’.-]+\s+){0,5}?)(?:" + "|".join(re.escape(m) for m in markers) + r")\s*[\"“']?$",
                      re.IGNORECASE)


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
