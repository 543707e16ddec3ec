"""The whole build: inputs -> per-article drafts (cached, parallel) -> records -> tables.

1. Each article's draft is looked up in the cache by content key; only missing ones are
   computed, on the chosen engine (this process, local worker processes, or a Dask cluster).
2. The cross-article entity stage reads small per-article summaries.
3. Articles stream through in article-id order: records are made, corrected, checked and
   appended to Parquet writers in row groups, so memory does not grow with the corpus.
4. Everything is written into a staging folder next to the destination and moved into place
   file by file with atomic renames, the descriptor last; a build that fails (bad input, a bug,
   being killed) leaves the previous tables and descriptor untouched.
5. If the inputs, corrections and pipeline are exactly those the current tables were built
   from, in an environment with the same provenance (lock, pyarrow, spaCy; see
   :mod:`structnews.build.run.provenance`), and the files are intact, nothing is done at all.

Fault isolation: an article on which the code fails (any exception while decoding, cleaning,
parsing or extracting it) does not stop the others. Every failure becomes an ``article_failed``
problem naming the file, the stage and the exception, with the traceback in a log file
(``OUT/.cache/logs/build-failures.log``). By default a build with failed articles writes no
table; with ``keep_going`` it writes every other article and lists the skipped ones in the
descriptor (``structnews.skipped``). Finished articles are cached either way, failures never.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.compute as pc
import pyarrow.parquet as pq
from structnews.build.core.errors import InputError, Problem
from structnews.build.core.staging import Busy, locked, new_staging, remove_abandoned
from structnews.build.extract.article import ArticleFailure, ArticleTask, article_key, pipeline_version
from structnews.build.extract.drafts import ArticleDraft
from structnews.build.ingest.inputs import ArticleInput, discover
from structnews.build.resolve.canonical import EntityResolver, article_records
from structnews.build.resolve.corrections import CorrectionPlan, load_corrections
from structnews.build.run.cache import DraftCache
from structnews.build.run.engines import run as run_engine
from structnews.build.run.provenance import provenance
from structnews.build.tables.descriptor import PROVENANCE_KEY, sha256_file, write_descriptor
from structnews.build.tables.folder import table_path
from structnews.build.tables.tablecheck import repeats
from structnews.build.tables.writer import TableWriter
from structnews.schema.tables import TABLE_BY_NAME, TABLES

Progress = Callable[[int], None]
# Columns of each table that point at entities (declared on the models with fk / fk_each).
ENTITY_REFERENCES = {spec.name: spec.references_to("entities") for spec in TABLES}
TABLE_FORMAT = "1"  # bump when the way tables are written changes (row groups, options)


@dataclass
class BuildStats:
    articles: int = 0
    processed: int = 0  # articles whose NLP ran in this build
    cached: int = 0
    up_to_date: bool = False
    skipped: int = 0  # failed articles left out (keep_going)


@dataclass
class BuildResult:
    out_dir: Path
    counts: dict[str, int]
    stats: BuildStats = field(default_factory=BuildStats)
    skipped: list[Problem] = field(default_factory=list)  # one article_failed problem per skipped article
    log: Path | None = None  # the failures' tracebacks, when there were failures


def default_corrections(raw_dir: Path) -> Path:
    """Corrections live beside the raw folder: data/raw -> data/corrections."""
    return raw_dir.parent / "corrections"


def default_cache(out_dir: Path) -> Path:
    return out_dir / ".cache" / "drafts"


def default_log(out_dir: Path) -> Path:
    """Where a build writes the tracebacks of the articles that failed."""
    return out_dir / ".cache" / "logs" / "build-failures.log"


def failure_problem(failure: ArticleFailure, log: Path) -> Problem:
    """One failed article as a problem: file, stage, exception type and message, and the log."""
    message = " ".join(failure.message.split())
    if len(message) > 300:
        message = message[:297] + "..."
    return Problem(failure.display, None, failure.stage, "article_failed",
                   f"the {failure.stage} stage failed on this article: {failure.error_type}: {message or '(no message)'} "
                   f"(traceback in {log})",
                   "this is a bug in structnews, not in the file: please report it with the traceback; "
                   "`structnews build --keep-going` builds every other article meanwhile")


def write_failure_log(failures: list[ArticleFailure], log: Path) -> None:
    """Replace the log with this build's failures (removed when there are none)."""
    if not failures:
        log.unlink(missing_ok=True)
        return
    log.parent.mkdir(parents=True, exist_ok=True)
    parts = []
    for f in sorted(failures, key=lambda f: f.display):
        parts.append(f"=== {f.display}\nstage: {f.stage}\nerror: {f.error_type}: {f.message}\n\n{f.traceback.rstrip()}\n")
    tmp = log.with_name(f".{log.name}.tmp")
    tmp.write_text("\n".join(parts), encoding="utf-8")
    os.replace(tmp, log)


def _fingerprint(keys: list[str], corrections_dir: Path) -> str:
    digest = hashlib.sha256(f"{pipeline_version()};tables={TABLE_FORMAT}".encode())
    for key in sorted(keys):
        digest.update(key.encode())
    if corrections_dir.is_dir():
        for path in sorted(corrections_dir.glob("*.y*ml")):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _up_to_date(out_dir: Path, fingerprint: str) -> dict[str, int] | None:
    """Row counts if the outputs were built from exactly these inputs and are intact."""
    path = out_dir / "datapackage.json"
    try:
        descriptor = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if descriptor.get("structnews", {}).get("inputs") != fingerprint or descriptor["structnews"].get("skipped"):
        return None  # other inputs; or articles were skipped, which a rebuild retries
    if descriptor.get(PROVENANCE_KEY) != provenance():
        return None  # another pyarrow, another lock: rewrite, so the files are what this lock writes
    counts = {}
    for resource in descriptor.get("resources", []):
        file = out_dir / resource["path"]
        if not file.exists() or file.stat().st_size != resource.get("structnews:bytes") or sha256_file(file) != resource.get("structnews:sha256"):
            return None
        counts[resource["name"]] = resource.get("structnews:rows", -1)
    return counts


def _keys(inputs: list[ArticleInput]) -> list[tuple[str, ArticleInput, str]]:
    """(cache key, input, raw sha256) per article, from the digests ``discover`` computed: a
    rebuild reads each raw file once, and keeps no bytes (memory stays flat)."""
    return [(article_key(item.raw_sha256, item.sidecar, item.text_path.name), item, item.raw_sha256) for item in inputs]


def _task(item: ArticleInput) -> ArticleTask:
    return ArticleTask(item.text_path.read_bytes(), item.sidecar, item.text_path.name, item.display)


def ensure_drafts(keys: list[tuple[str, ArticleInput, str]], cache: DraftCache, engine: str, jobs: int | None,
                  scheduler: str | None, progress: Progress | None) -> tuple[int, list[Problem], dict[str, ArticleFailure]]:
    """Compute the drafts the cache lacks; return how many were computed, input problems, and
    the articles on which the code failed (by cache key). Every article is tried."""
    missing = [(key, item) for key, item, _ in keys if not cache.has(key)]
    if progress and len(keys) > len(missing):
        progress(len(keys) - len(missing))
    problems: list[Problem] = []
    failures: dict[str, ArticleFailure] = {}
    tasks = ((key, _task(item)) for key, item in missing)  # raw bytes read as chunks are sent
    local_cache = cache.root if engine == "local" else None  # workers on this machine write it themselves
    for key, result in run_engine(tasks, engine=engine, jobs=jobs, scheduler=scheduler, on_done=progress, cache_root=local_cache):
        if result is None:
            continue  # stored by the worker
        if isinstance(result, ArticleDraft):
            cache.put(key, result)
        elif isinstance(result, ArticleFailure):
            failures[key] = result
        else:
            problems.extend(result)
    return len(missing), problems, failures


def write_tables(ordered: list[tuple[str, str]], cache: DraftCache, corrections: list, staging: Path) -> dict[str, int]:
    """Stream every article's records into the staging folder; return row counts."""
    resolver = EntityResolver()
    for _, key in ordered:
        resolver.add(cache.get(key))
    resolution = resolver.resolve()
    plan = CorrectionPlan(corrections, resolution.entities)
    writers = {name: TableWriter(TABLE_BY_NAME[name], staging / table_path(TABLE_BY_NAME[name]))
               for name in ("articles", "mentions", "quotes", "events")}
    problems: list[Problem] = []
    mention_counts: Counter[str] = Counter()
    article_sets: dict[str, set[int]] = {}
    referenced: set[str] = set()
    article_index: dict[str, int] = {}  # article id -> small int, so per-entity sets stay small
    for _, key in ordered:
        recs = article_records(cache.get(key), resolution)
        mentions, quotes, events = plan.article(recs.article, recs.mentions, recs.quotes, recs.events)
        problems.extend(_check_article(recs.article.text, recs.article.article_id, mentions, quotes, events))
        for name, rows in (("articles", [recs.article]), ("mentions", mentions), ("quotes", quotes), ("events", events)):
            writers[name].add(rows)
        here = article_index.setdefault(recs.article.article_id, len(article_index))
        for m in mentions:
            mention_counts[m.entity_id] += 1
            article_sets.setdefault(m.entity_id, set()).add(here)
        for name, rows in (("mentions", mentions), ("quotes", quotes), ("events", events)):
            for column, is_list in ENTITY_REFERENCES[name].items():
                for row in rows:
                    value = getattr(row, column)
                    if is_list:
                        referenced.update(value)
                    elif value:
                        referenced.add(value)
    counts = {name: w.close() for name, w in writers.items()}
    # Primary keys are checked on the written files, one column at a time (a set of every id
    # would grow with the corpus).
    for name in writers:
        spec = TABLE_BY_NAME[name]
        column = pq.read_table(staging / table_path(spec), columns=[spec.primary_key]).column(0)
        if pc.count_distinct(column).as_py() == len(column):
            continue
        repeated, first = repeats(column)  # only to say which row (DuckDB costs memory to load)
        if repeated:
            problems.append(Problem(f"data/{name}", first + 1, spec.primary_key, "duplicate_key",
                                    f"{repeated} ids occur more than once, e.g. {column[first].as_py()}",
                                    "two records have the same identity; is an article duplicated?"))
    entities, correction_problems = plan.finish(mention_counts, {k: len(v) for k, v in article_sets.items()}, referenced)
    problems.extend(correction_problems)
    known = {e.entity_id for e in entities}
    if referenced - known:
        problems.append(Problem("data/entities", None, "entity_id", "foreign_key",
                                f"{len(referenced - known)} referenced entities are missing, e.g. {sorted(referenced - known)[0]}",
                                "a correction may point at an entity that no longer exists"))
    if problems:
        raise InputError(problems)
    writer = TableWriter(TABLE_BY_NAME["entities"], staging / table_path(TABLE_BY_NAME["entities"]))
    writer.add(entities)
    counts["entities"] = writer.close()
    return {spec.name: counts[spec.name] for spec in TABLES}


def _check_article(text: str, aid: str, mentions: list, quotes: list, events: list) -> list[Problem]:
    """The span invariant, checked on every build: text[start:end] is the record's text."""
    problems = []
    for table, rows in (("mentions", mentions), ("quotes", quotes)):
        for r in rows:
            if text[r.start : r.end] != r.text:
                problems.append(Problem(f"data/{table}", None, "text", "span_mismatch",
                                        f"{aid}: text[{r.start}:{r.end}] is not the record's text", "report this as a bug"))
    for v in events:
        if text[v.trigger_start : v.trigger_end] != v.trigger or v.sentence_end > len(text):
            problems.append(Problem("data/events", None, "trigger", "span_mismatch",
                                    f"{v.event_id}: the trigger is not text[{v.trigger_start}:{v.trigger_end}]", "report this as a bug"))
    return problems


def move_into_place(staging: Path, out_dir: Path) -> None:
    """Atomic per-file replacement; the descriptor last, so it never names files not yet there."""
    for spec in TABLES:
        src = staging / table_path(spec)
        dst = out_dir / table_path(spec)
        dst.parent.mkdir(parents=True, exist_ok=True)
        os.replace(src, dst)
    os.replace(staging / "datapackage.json", out_dir / "datapackage.json")


@contextmanager
def _output_lock(out_dir: Path) -> Iterator[None]:
    """Hold the output folder's lock for the build; a build already holding it is a clear
    ``output_busy`` problem, not a traceback (only taking the lock raises :class:`Busy`)."""
    try:
        with locked(out_dir):
            yield
    except Busy as exc:
        raise InputError([Problem(str(out_dir), None, "out", "output_busy", str(exc),
                                  "wait for the other build to finish, or build into another --out folder")]) from None


def build(
    raw_dir: Path,
    out_dir: Path,
    progress: Progress | None = None,
    corrections_dir: Path | None = None,
    jobs: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    cache_dir: Path | None | bool = None,
    keep_going: bool = False,
    log: Path | None = None,
) -> BuildResult:
    """Build (or bring up to date) the tables under ``out_dir`` from ``raw_dir``.

    ``cache_dir``: None -> ``OUT/.cache/drafts``; False -> no cache on disk. An article on which
    the code fails is an ``article_failed`` problem (tracebacks in ``log``, by default
    :func:`default_log`): the build raises InputError listing every one of them and writes no
    table, unless ``keep_going``, which writes the other articles and reports the failed ones in
    ``BuildResult.skipped`` and the descriptor. Only one build
    writes an output folder at a time: a second one is refused with ``output_busy`` naming the
    process that holds it (see :mod:`structnews.build.core.staging`).
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with _output_lock(out_dir):
        corrections_dir = corrections_dir or default_corrections(raw_dir)
        # Near-duplicates are for `structnews validate` (the contribution gate): their index grows
        # with the corpus, and the build's memory must not. Exact duplicates would collide on ids.
        inputs, problems = discover(raw_dir, near_duplicates=False)
        corrections, correction_problems = load_corrections(corrections_dir)
        problems += correction_problems
        tasks = _keys(inputs)
        if problems:
            raise InputError(problems)
        if not tasks:
            raise InputError([Problem(str(raw_dir), None, "raw", "no_articles", "no NAME.txt files found",
                                      "add articles with their NAME.yaml sidecars")])
        stats = BuildStats(articles=len(tasks))
        fingerprint = _fingerprint([k for k, _, _ in tasks], corrections_dir)
        counts = _up_to_date(out_dir, fingerprint)
        if counts is not None:
            stats.up_to_date = True
            stats.cached = len(tasks)
            if progress:
                progress(len(tasks))
            return BuildResult(out_dir, counts, stats)

        cache = DraftCache(None if cache_dir is False else (cache_dir or default_cache(out_dir)))
        computed, problems, failures = ensure_drafts(tasks, cache, engine, jobs, scheduler, progress)
        stats.processed, stats.cached = computed, len(tasks) - computed
        log = log or default_log(out_dir)
        write_failure_log(list(failures.values()), log)
        failed = [failure_problem(f, log) for f in failures.values()]
        if problems or (failed and not keep_going):
            raise InputError(problems + failed)
        if len(failures) == len(tasks):
            raise InputError(failed + [Problem(str(raw_dir), None, "raw", "no_articles", "every article failed: there is nothing to write",
                                               "see the failures above")])
        stats.skipped = len(failures)
        skipped = [{"source_file": f.source_file, "stage": f.stage, "error": f"{f.error_type}: {' '.join(f.message.split())[:300]}"}
                   for f in sorted(failures.values(), key=lambda f: f.source_file)]

        ordered = sorted((sha, key) for key, _, sha in tasks if key not in failures)
        # Left by builds that were killed before they could clean up (their process is gone).
        remove_abandoned(out_dir)
        staging = new_staging(out_dir)
        try:
            counts = write_tables(ordered, cache, corrections, staging)
            write_descriptor(staging, staging / "datapackage.json", pipeline=pipeline_version(), inputs=fingerprint, rows=counts,
                             provenance=provenance(), skipped=skipped)
            move_into_place(staging, out_dir)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return BuildResult(out_dir, counts, stats, skipped=sorted(failed), log=log if failed else None)
