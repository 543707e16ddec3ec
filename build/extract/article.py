"""The per-article stage: raw bytes + sidecar -> :class:`ArticleDraft`. Pure and cacheable.

This is what a parallel or distributed engine maps over articles: its result depends only on
its arguments and :func:`pipeline_version` (the per-article code, the curated data, the model).
Articles are parsed in batches with ``nlp.pipe``, which is how spaCy is fastest.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from structnews.build.core import curated
from structnews.build.core.errors import InputError, Problem
from structnews.build.extract import nlp
from structnews.build.extract.drafts import ArticleDraft
from structnews.build.extract.entities import extract_entities
from structnews.build.extract.events import extract_events
from structnews.build.extract.quotes import extract_quotes
from structnews.build.ingest.clean import CleanArticle, clean
from structnews.build.ingest.rawtext import decode
from structnews.schema.sidecar import Sidecar

# The stage folders whose code the per-article function runs: every ``.py`` file in them is part
# of the cache key, so a change anywhere in them (a new module too) reprocesses every article.
# Listing folders rather than files means a module added to a stage cannot be forgotten; the
# schema package is included whole because its models and curated-data defaults shape drafts.
PER_ARTICLE_STAGES = ("core", "ingest", "extract")
# Subpackages of those stages that the per-article function never runs (the importers turn
# other formats into raw files before any build): editing them must not invalidate every draft.
# tests/test_architecture.py checks that the function really imports none of them.
NOT_PER_ARTICLE = ("ingest/importers",)


def source_files(build_root: Path | None = None, schema_root: Path | None = None) -> list[Path]:
    """Every source file the per-article result depends on, in a stable order (by default those
    of the installed package; other roots are for checking the rule on a copy)."""
    import structnews.schema.base as schema_base

    build_root = build_root or Path(__file__).resolve().parent.parent
    schema_root = schema_root or Path(schema_base.__file__).resolve().parent
    folders = [build_root / stage for stage in PER_ARTICLE_STAGES] + [schema_root]
    skip = tuple(build_root / part for part in NOT_PER_ARTICLE)
    return [path for folder in folders for path in sorted(folder.rglob("*.py"))
            if not any(path.is_relative_to(s) for s in skip)]


def code_fingerprint(files: Iterable[Path]) -> str:
    """A digest of the files' names (relative to their stage folder) and bytes."""
    code = hashlib.sha256()
    for path in files:
        code.update(f"{path.parent.name}/{path.name}\0".encode())  # a rename is a change too
        code.update(path.read_bytes())
    return code.hexdigest()[:16]


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """Everything the per-article result depends on besides its inputs: the code of the stages
    it runs, the schema, the curated data and the spaCy model."""
    return f"code={code_fingerprint(source_files())};curated={curated.fingerprint()};{nlp.model_fingerprint()}"


@dataclass(frozen=True)
class ArticleTask:
    """One article's inputs, small enough to send to another process or machine."""

    raw: bytes
    sidecar: Sidecar
    source_file: str
    display: str

    def key(self) -> str:
        """The cache key: raw bytes, sidecar and pipeline version."""
        return article_key(hashlib.sha256(self.raw).hexdigest(), self.sidecar, self.source_file)


def article_key(raw_sha256: str, sidecar: Sidecar, source_file: str) -> str:
    """The cache key of an article from its raw bytes' SHA-256 (so the bytes need not be read
    again once screened), its sidecar, its file name and the pipeline version."""
    digest = hashlib.sha256()
    digest.update(bytes.fromhex(raw_sha256))
    digest.update(sidecar.model_dump_json().encode())
    digest.update(source_file.encode())
    digest.update(pipeline_version().encode())
    return digest.hexdigest()


def prepare(task: ArticleTask) -> CleanArticle:
    """Decode and clean; raises InputError for text that cannot be an article."""
    text, problems = decode(task.raw, task.display)
    if text is None:
        raise InputError(problems)
    cleaned = clean(text)
    if not cleaned.text.strip():
        raise InputError([Problem(task.display, None, "text", "empty_after_cleaning",
                                  "nothing is left after removing page clutter",
                                  "check that the file holds the article's text, not only navigation")])
    return cleaned


def extract(task: ArticleTask, cleaned: CleanArticle, doc) -> ArticleDraft:  # noqa: ANN001 - a spaCy Doc
    entities, mentions = extract_entities(doc)
    quotes = extract_quotes(doc, entities, mentions, cleaned.paragraphs)
    events = extract_events(doc, entities, mentions, task.sidecar.published)
    return ArticleDraft(
        source_file=task.source_file,
        raw_sha256=hashlib.sha256(task.raw).hexdigest(),
        sidecar=task.sidecar.model_dump(mode="json"),
        text=cleaned.text,
        paragraphs=cleaned.paragraphs,
        raw_offset_map=cleaned.raw_offset_map,
        headline=cleaned.headline,
        authors=cleaned.authors,
        dateline=cleaned.dateline,
        word_count=sum(1 for t in doc if not (t.is_punct or t.is_space)),
        quality_flags=[f.value for f in cleaned.flags],
        entities=entities,
        mentions=mentions,
        quotes=quotes,
        events=events,
    )


def process_batch(tasks: Iterable[ArticleTask], batch_size: int = 16) -> list[ArticleDraft | list[Problem]]:
    """Drafts for a batch of articles, in order; an article with bad input yields its problems."""
    tasks = list(tasks)
    results: list[ArticleDraft | list[Problem]] = [[] for _ in tasks]
    ready: list[tuple[int, CleanArticle]] = []
    for i, task in enumerate(tasks):
        try:
            ready.append((i, prepare(task)))
        except InputError as exc:
            results[i] = exc.problems
    docs = nlp.load().pipe((c.text for _, c in ready), batch_size=batch_size)
    for (i, cleaned), doc in zip(ready, docs):
        results[i] = extract(tasks[i], cleaned, doc)
    return results
