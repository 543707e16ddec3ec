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


@lru_cache(maxsize=None)
def lexicon_set(field: str) -> frozenset:
    """One list of the event lexicon (words, or event types) as a set, built once per process:
    the extractors test membership in these for every candidate and inside pair loops, so no
    caller rebuilds a set per call (as ``core.curated.cue_words`` does for the cue lexicon)."""
    return frozenset(getattr(lexicon().raw, field))


@lru_cache(maxsize=1)
def two_sided_type_values() -> frozenset[str]:
    """The values of the lexicon's ``two_sided_types`` (records compare them with a record's type,
    a plain string), built once per process."""
    return frozenset(t.value for t in lexicon().raw.two_sided_types)


@lru_cache(maxsize=1)
def container_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon().raw.container_nouns)

