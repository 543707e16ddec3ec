"""The per-article stage: raw bytes + sidecar -> :class:`ArticleDraft`. Pure and cacheable.

This is the function a parallel or distributed engine maps over articles: its result depends
only on its arguments and :data:`PIPELINE_VERSION` (code, curated data and model versions).
"""

from __future__ import annotations

import hashlib

from structnews.build import curated, nlp
from structnews.build.clean import clean
from structnews.build.drafts import ArticleDraft
from structnews.build.entities import extract_entities
from structnews.build.errors import InputError, Problem
from structnews.build.events import extract_events
from structnews.build.quotes import extract_quotes
from structnews.build.rawtext import decode
from structnews.schema.sidecar import Sidecar

CODE_VERSION = "0.1.0"  # bump when extraction code changes what it produces


def pipeline_version() -> str:
    """Everything the per-article result depends on besides its inputs."""
    return f"code={CODE_VERSION};curated={curated.fingerprint()};{nlp.model_fingerprint()}"


def process_article(raw: bytes, sidecar: Sidecar, source_file: str, display_path: str | None = None) -> ArticleDraft:
    """Clean, parse and extract one article. Raises InputError for undecodable or empty text."""
    path = display_path or source_file
    text, problems = decode(raw, path)
    if text is None:
        raise InputError(problems)
    cleaned = clean(text)
    if not cleaned.text.strip():
        raise InputError([Problem(path, None, "text", "empty_after_cleaning",
                                  "nothing is left after removing page clutter",
                                  "check that the file holds the article's text, not only navigation")])
    doc = nlp.load()(cleaned.text)
    entities, mentions = extract_entities(doc)
    quotes = extract_quotes(doc, entities, mentions, cleaned.paragraphs)
    events = extract_events(doc, entities, mentions, sidecar.published)
    flags = [f.value for f in cleaned.flags]
    return ArticleDraft(
        source_file=source_file,
        raw_sha256=hashlib.sha256(raw).hexdigest(),
        sidecar=sidecar.model_dump(mode="json"),
        text=cleaned.text,
        paragraphs=cleaned.paragraphs,
        raw_offset_map=cleaned.raw_offset_map,
        headline=cleaned.headline,
        authors=cleaned.authors,
        dateline=cleaned.dateline,
        word_count=sum(1 for t in doc if not (t.is_punct or t.is_space)),
        quality_flags=flags,
        entities=entities,
        mentions=mentions,
        quotes=quotes,
        events=events,
    )
