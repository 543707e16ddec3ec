"""The Frictionless data package descriptor (``datapackage.json``), derived from the models."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from structnews.build.tables.folder import table_path
from structnews.schema.projections import frictionless_schema
from structnews.schema.tables import TABLES

DATASET_NAME = "structnews"
DATASET_VERSION = "0.1.0"


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


PROVENANCE_KEY = "structnews:provenance"


def descriptor(root: Path, version: str = DATASET_VERSION, pipeline: str = "", inputs: str = "",
               rows: dict[str, int] | None = None, provenance: dict[str, Any] | None = None,
               skipped: list[dict[str, str]] | None = None) -> dict[str, Any]:
    """The descriptor for the tables written under ``root`` (hashes and sizes of the files).

    ``provenance``: what built them (:mod:`structnews.build.run.provenance`), recorded under
    ``structnews:provenance`` when given. ``skipped``: the build report of a ``--keep-going``
    build, one ``{source_file, stage, error}`` per article left out because the code failed on
    it (sorted, no timestamps: deterministic)."""
    resources = []
    for spec in TABLES:
        rel = table_path(spec)
        path = root / rel
        resources.append({
            "name": spec.name,
            "title": spec.title,
            "description": spec.description,
            "path": rel,
            "format": "parquet",
            "mediatype": "application/vnd.apache.parquet",
            "profile": "tabular-data-resource",
            # Frictionless cannot count bytes or hash a Parquet source (it reports "None"), so the
            # file's size and SHA-256 are recorded under our own keys.
            "structnews:bytes": path.stat().st_size,
            "structnews:sha256": sha256_file(path),
            "structnews:rows": (rows or {}).get(spec.name, -1),
            "schema": frictionless_schema(spec),
        })
    return {
        "profile": "tabular-data-package",
        "name": DATASET_NAME,
        "title": "structnews: who said what, who did what to whom",
        "description": (
            "Five linked tables extracted from news articles: articles (clean text and provenance), "
            "entities, mentions, quotes (with speakers) and events (PLOVER types, with actors, dates and places). "
            "Every span indexes articles.text. Article text remains the copyright of its publishers."
        ),
        "version": version,
        "licenses": [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
                      "title": "Creative Commons Attribution 4.0 (extracted records; article text belongs to its publishers)"}],
        "keywords": ["news", "quotations", "named entities", "events", "PLOVER"],
        # What the tables were built from: a rebuild with the same fingerprint has nothing to do.
        "structnews": {"pipeline": pipeline, "inputs": inputs, **({"skipped": skipped} if skipped else {})},
        # Who built them: the lock's hash and the versions that parse and write (no clock, no host).
        **({PROVENANCE_KEY: provenance} if provenance is not None else {}),
        "resources": resources,
    }


def write_descriptor(root: Path, target: Path, **kwargs: Any) -> None:
    text = json.dumps(descriptor(root, **kwargs), indent=2, ensure_ascii=False) + "\n"
    target.write_text(text, encoding="utf-8")
