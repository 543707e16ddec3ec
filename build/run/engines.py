"""Where the per-article function runs: this process, local worker processes, or a Dask cluster.

Every engine maps the same pure function, :func:`structnews.build.extract.article.process_batch`, over
chunks of articles, so their outputs are identical; only the order in which chunks finish
differs, and results are keyed, not ordered.

An article on which the code fails comes back as an :class:`ArticleFailure` like any result. A
chunk that fails as a whole (a worker process killed, a lost Dask worker) comes back as one
failure per article of the chunk, stage ``worker``: no engine lets an exception end the build.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from itertools import chain, islice
from multiprocessing import get_context
from pathlib import Path

from structnews.build.core.errors import Problem
from structnews.build.extract.article import ArticleFailure, ArticleTask, process_batch
from structnews.build.extract.drafts import ArticleDraft
from structnews.build.run.cache import DraftCache

Result = ArticleDraft | list[Problem] | ArticleFailure
CHUNK = 8  # articles per task: large enough for nlp.pipe batching, small enough to balance


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def _chunks(items: Iterable[tuple[str, ArticleTask]], size: int) -> Iterator[list[tuple[str, ArticleTask]]]:
    """Chunks made as they are needed, so that only the chunks in flight hold raw bytes."""
    items = iter(items)
    while chunk := list(islice(items, size)):
        yield chunk


def _run_chunk(chunk: list[tuple[str, ArticleTask]], cache_root: Path | None = None) -> list[tuple[str, Result | None]]:
    """Process a chunk. With a cache folder on this machine, the worker stores each draft itself
    and returns None in its place: the draft is pickled once, not sent to the parent and
    pickled again there."""
    results = process_batch([task for _, task in chunk])
    out: list[tuple[str, Result | None]] = []
    for (key, _), result in zip(chunk, results):
        if cache_root is not None and isinstance(result, ArticleDraft):
            DraftCache(cache_root).put(key, result)
            out.append((key, None))
        else:
            out.append((key, result))
    return out


def _chunk_failed(chunk: list[tuple[str, ArticleTask]], exc: BaseException) -> list[tuple[str, Result]]:
    """Every article of a chunk whose worker failed as a whole (none of them is known to be at fault)."""
    return [(key, ArticleFailure.of(task, "worker", exc)) for key, task in chunk]


def run(
    tasks: Iterable[tuple[str, ArticleTask]],
    engine: str = "local",
    jobs: int | None = None,
    scheduler: str | None = None,
    on_done: Callable[[int], None] | None = None,
    cache_root: Path | None = None,
) -> Iterator[tuple[str, Result | None]]:
    """Yield (key, draft or problems) for every task, as chunks complete. With ``cache_root``
    (local engine only), drafts are stored there by whoever computed them and None is yielded."""
    if engine not in {"local", "dask"}:
        raise ValueError(f"unknown engine {engine!r}; use 'local' or 'dask'")
    if engine == "dask" and not scheduler:
        raise ValueError("--engine dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786)")
    chunks = _chunks(tasks, CHUNK)
    first = next(chunks, None)
    if first is None:
        return
    second = next(chunks, None)
    chunks = chain([first], [second] if second is not None else [], chunks)
    if engine == "dask":
        yield from _run_dask(list(chunks), scheduler, on_done)
        return
    jobs = jobs or default_jobs()
    if jobs <= 1 or second is None:
        for chunk in chunks:
            yield from _run_chunk(chunk, cache_root)
            if on_done:
                on_done(len(chunk))
        return
    # fork: workers inherit the imported code; each loads the spaCy model once, on first use.
    # At most 2 chunks per worker are in flight, and a finished chunk's result is dropped once
    # yielded: holding every future until the end would keep every draft in memory.
    with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("fork")) as pool:
        queue = iter(chunks)
        running: dict = {}
        for chunk in islice(queue, 2 * jobs):
            running[pool.submit(_run_chunk, chunk, cache_root)] = chunk
        while running:
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                chunk = running.pop(future)
                try:
                    results = future.result()
                except Exception as exc:  # noqa: BLE001 - e.g. BrokenProcessPool: a worker was killed
                    results = _chunk_failed(chunk, exc)
                yield from results
                if on_done:
                    on_done(len(chunk))
                for chunk in islice(queue, 1):
                    try:
                        running[pool.submit(_run_chunk, chunk, cache_root)] = chunk
                    except Exception as exc:  # noqa: BLE001 - the pool is broken: nothing more can run
                        for rest in chain([chunk], queue):
                            yield from _chunk_failed(rest, exc)
                            if on_done:
                                on_done(len(rest))


def _run_dask(chunks: list[list[tuple[str, ArticleTask]]], scheduler: str | None,
              on_done: Callable[[int], None] | None) -> Iterator[tuple[str, Result]]:
    try:
        from dask.distributed import Client
        from dask.distributed import as_completed as dask_completed
    except ImportError as exc:  # pragma: no cover - dask is a declared dependency
        raise RuntimeError("the dask engine needs `pip install 'dask[distributed]'`") from exc
    with Client(scheduler) as client:
        futures = client.map(_run_chunk, chunks, pure=False)
        by_key = {f.key: c for f, c in zip(futures, chunks)}
        for future in dask_completed(futures):
            chunk = by_key[future.key]
            try:
                results = future.result()
            except Exception as exc:  # noqa: BLE001 - e.g. KilledWorker
                results = _chunk_failed(chunk, exc)
            yield from results
            if on_done:
                on_done(len(chunk))
