"""Loading the curated knowledge files (``data/curated/*.yaml``), validated by their models.

They ship inside the package as ``structnews.curated`` so that a build from a wheel, on any
folder of articles, uses the same knowledge as a build in this repository.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError
from structnews.schema.curated import (
    Boilerplate,
    CueLexicon,
    EventLexicon,
    Gazetteer,
    ImportColumns,
)

M = TypeVar("M", bound=BaseModel)
# libyaml's safe loader when PyYAML has it: the same objects as yaml.safe_load, read about five
# times faster (the event lexicon alone took ~0.4 s per worker process with the pure-Python one).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

FILES: dict[str, type[BaseModel]] = {
    "boilerplate.yaml": Boilerplate,
    "cues.yaml": CueLexicon,
    "events.yaml": EventLexicon,
    "gazetteer.yaml": Gazetteer,
}


class CuratedDataError(ValueError):
    """A curated file does not match its schema; names the file and the field."""


def curated_dir() -> Path:
    """The folder of the curated files (``structnews.curated`` is a data-only namespace package;
    importlib.resources cannot read namespace packages under editable installs on Python 3.11)."""
    import structnews.curated as package

    for entry in package.__path__:
        if Path(entry, "boilerplate.yaml").is_file():
            return Path(entry)
    raise CuratedDataError("the curated data files (structnews.curated) are not installed")


def _text(name: str) -> str:
    return (curated_dir() / name).read_text(encoding="utf-8")


def _load(name: str, model: type[M]) -> M:
    try:
        return model.model_validate(yaml.load(_text(name), Loader=_LOADER))
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(x) for x in first["loc"])
        raise CuratedDataError(f"data/curated/{name}: {loc}: {first['msg']}") from exc


@lru_cache(maxsize=None)
def boilerplate() -> Boilerplate:
    return _load("boilerplate.yaml", Boilerplate)


@lru_cache(maxsize=None)
def cues() -> CueLexicon:
    return _load("cues.yaml", CueLexicon)


@lru_cache(maxsize=None)
def cue_words(field: str) -> frozenset[str]:
    """One word list of the cue lexicon (``cues.yaml``) as a set, built once per process: the
    extractors test membership in these on every token, so no module keeps its own cached copy."""
    return frozenset(getattr(cues(), field))


@lru_cache(maxsize=None)
def event_lexicon() -> EventLexicon:
    return _load("events.yaml", EventLexicon)


@lru_cache(maxsize=None)
def gazetteer() -> Gazetteer:
    return _load("gazetteer.yaml", Gazetteer)


@lru_cache(maxsize=None)
def kind_nouns() -> dict[str, str]:
    """The gazetteer's kind nouns, lower-case, each with its entity type as a plain string
    ('spokesman' -> 'PERSON'), built once per process: entity spans, entity types and event dating
    all test tokens against it, so no module keeps its own copy."""
    return {k.lower(): getattr(v, "value", str(v)) for k, v in gazetteer().kind_nouns.items()}


@lru_cache(maxsize=None)
def kind_nouns_of(entity_type: str) -> frozenset[str]:
    """The kind nouns of one entity type ('PERSON': 'suspect', 'victim', 'spokesman')."""
    return frozenset(k for k, v in kind_nouns().items() if v == entity_type)


@lru_cache(maxsize=None)
def import_columns() -> ImportColumns:
    """Column names of article dumps (``structnews import``). Not in FILES: it decides what is
    imported, not how an article is extracted, so it is not part of the pipeline version."""
    return _load("import_columns.yaml", ImportColumns)


def fingerprint() -> str:
    """A hash of every curated file's bytes: part of the pipeline version (a cache key)."""
    digest = hashlib.sha256()
    for name in sorted(FILES):
        digest.update(name.encode())
        digest.update(_text(name).encode("utf-8"))
    return digest.hexdigest()[:16]
