"""The per-article stage: raw bytes + sidecar -> :class:`ArticleDraft`. Pure and cacheable.

This is what a parallel or distributed engine maps over articles: its result depends only on
its arguments and :func:`pipeline_version` (the per-article code, the curated data, the model).
Articles are parsed in batches with ``nlp.pipe``, which is how spaCy is fastest.

Fault isolation: whatever one article's text does to the code (an exception in decoding,
cleaning, the parser or any extractor), that article yields an :class:`ArticleFailure` naming
the stage, the exception and its traceback, and every other article of the batch is processed
as usual. Bad *input* (not text, empty after cleaning) is not a failure: it yields problems.
"""

from __future__ import annotations

import hashlib
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from structnews.build.core import curated
from structnews.build.core.errors import InputError, Problem
from structnews.build.extract import nlp
from structnews.build.extract.drafts import ArticleDraft
from structnews.build.extract.entities import extract_entities
from structnews.build.extract.events import extract_events
from structnews.build.extract.events.countries import country_participants
from structnews.build.extract.quotes import extract_quotes
from structnews.build.ingest.clean import CleanArticle, clean
from structnews.build.ingest.rawtext import decode_and_repair
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
    it runs, the schema, the curated data, the spaCy model and ftfy."""
    import ftfy  # its repairs shape the decoded text (structnews.build.ingest.rawtext)

    return f"code={code_fingerprint(source_files())};curated={curated.fingerprint()};{nlp.model_fingerprint()};ftfy=={ftfy.__version__}"


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


@dataclass(frozen=True)
class ArticleFailure:
    """An article whose processing raised an exception: which article, in which stage, what was
    raised, and the traceback (text, so that it pickles back from any worker). Never cached."""

    source_file: str
    display: str
    stage: str  # decode, clean, nlp, entities, quotes, events or draft (or worker: see run.engines)
    error_type: str
    message: str
    traceback: str

    @classmethod
    def of(cls, task: ArticleTask, stage: str, exc: BaseException) -> "ArticleFailure":
        return cls(task.source_file, task.display, stage, type(exc).__name__, str(exc),
                   "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))


class _StageFailed(Exception):
    """Carries the stage in which an exception was raised out of :func:`prepare` and :func:`extract`."""

    def __init__(self, stage: str, exc: Exception):
        super().__init__(stage)
        self.stage, self.exc = stage, exc


def _stage(name: str, fn: Callable, *args):  # noqa: ANN202 - returns whatever fn returns
    """Run one stage; an exception is tagged with the stage's name (except bad input found while
    decoding or cleaning, which is the article's problem, not a failure of the code)."""
    try:
        return fn(*args)
    except InputError as exc:
        if name in ("decode", "clean"):
            raise
        raise _StageFailed(name, exc) from exc
    except Exception as exc:  # noqa: BLE001 - fault isolation is the point
        raise _StageFailed(name, exc) from exc


def prepare(task: ArticleTask) -> CleanArticle:
    """Decode and clean; raises InputError for text that cannot be an article (and _StageFailed
    if the code itself fails on it)."""
    text, problems, repairs = _stage("decode", decode_and_repair, task.raw, task.display)
    if text is None:
        raise InputError(problems)
    cleaned = _stage("clean", clean, text)
    if repairs:  # what decoding repaired (mojibake, stray controls) is text damage too
        cleaned.flags = sorted({*cleaned.flags, *repairs}, key=lambda f: f.value)
    if not cleaned.text.strip():
        raise InputError([Problem(task.display, None, "text", "empty_after_cleaning",
                                  "nothing is left after removing page clutter",
                                  "check that the file holds the article's text, not only navigation")])
    return cleaned


def extract(task: ArticleTask, cleaned: CleanArticle, doc) -> ArticleDraft:  # noqa: ANN001 - a spaCy Doc
    entities, mentions = _stage("entities", extract_entities, doc)
    quotes = _stage("quotes", extract_quotes, doc, entities, mentions, cleaned.paragraphs)
    events = _stage("events", extract_events, doc, entities, mentions, task.sidecar.published, quotes, task.sidecar.publisher)
    entities, events = _stage("events", country_participants, entities, events)
    return _stage("draft", _draft, task, cleaned, doc, entities, mentions, quotes, events)


def _draft(task: ArticleTask, cleaned: CleanArticle, doc, entities, mentions, quotes, events) -> ArticleDraft:  # noqa: ANN001
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


Result = ArticleDraft | list[Problem] | ArticleFailure


def _parse(texts: list[str], batch_size: int) -> list:
    """Docs for the texts, in order: one ``nlp.pipe`` over the batch; if that raises, each text
    alone, so that only the article at fault fails (its place holds the exception)."""
    model = nlp.load()  # outside the guard: a missing model is not one article's fault
    try:
        return list(model.pipe(texts, batch_size=batch_size))
    except Exception:  # noqa: BLE001 - find the culprit below
        docs: list = []
        for text in texts:
            try:
                docs.append(model(text))
            except Exception as exc:  # noqa: BLE001
                docs.append(exc)
        return docs


def process_batch(tasks: Iterable[ArticleTask], batch_size: int = 16) -> list[Result]:
    """Drafts for a batch of articles, in order; an article with bad input yields its problems,
    one on which the code fails yields an :class:`ArticleFailure` (the others are unaffected)."""
    tasks = list(tasks)
    results: list[Result] = [[] for _ in tasks]
    ready: list[tuple[int, CleanArticle]] = []
    for i, task in enumerate(tasks):
        try:
            ready.append((i, prepare(task)))
        except InputError as exc:
            results[i] = exc.problems
        except _StageFailed as failed:
            results[i] = ArticleFailure.of(task, failed.stage, failed.exc)
    docs = _parse([c.text for _, c in ready], batch_size)
    for (i, cleaned), doc in zip(ready, docs):
        if isinstance(doc, Exception):
            results[i] = ArticleFailure.of(tasks[i], "nlp", doc)
            continue
        try:
            results[i] = extract(tasks[i], cleaned, doc)
        except _StageFailed as failed:
            results[i] = ArticleFailure.of(tasks[i], failed.stage, failed.exc)
    return results
