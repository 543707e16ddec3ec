"""The curated trigger lexicon (``data/curated/events.yaml``), indexed for look-up by lemma and part of speech."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from structnews.build.core import curated
from structnews.schema.curated import EventLexicon, EventTrigger


@dataclass(frozen=True)
class Lexicon:
    """The curated lexicon indexed for lookup (built once per process)."""

    raw: EventLexicon
    by_key: dict[tuple[str, str], tuple[EventTrigger, ...]]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = curated.event_lexicon()
    index: dict[tuple[str, str], list[EventTrigger]] = {}
    for entry in raw.triggers:
        index.setdefault((entry.lemma.lower(), entry.pos), []).append(entry)
    return Lexicon(raw, {k: tuple(v) for k, v in index.items()})


@lru_cache(maxsize=1)
def container_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon().raw.container_nouns)
