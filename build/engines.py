"""Where the per-article function runs: this process, local worker processes, or a Dask cluster.

Every engine maps the same pure function, :func:`structnews.build.article.process_batch`, over
chunks of articles, so their outputs are identical; only the order in which chunks finish
differs, and results are keyed, not ordered.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from multiprocessing import get_context

from structnews.build.article import ArticleTask, process_batch
from structnews.build.drafts import ArticleDraft
from structnews.build.errors import Problem

Result = ArticleDraft | list[Problem]
CHUNK = 8  # articles per task: large enough for nlp.pipe batching, small enough to balance


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def _chunks(items: Sequence[tuple[str, ArticleTask]], size: int) -> list[list[tuple[str, ArticleTask]]]:
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def _run_chunk(chunk: list[tuple[str, ArticleTask]]) -> list[tuple[str, Result]]:
    results = process_batch([task for _, task in chunk])
    return [(key, result) for (key, _), result in zip(chunk, results)]


def run(
    tasks: Sequence[tuple[str, ArticleTask]],
    engine: str = "local",
    jobs: int | None = None,
    scheduler: str | None = None,
    on_done: Callable[[int], None] | None = None,
) -> Iterator[tuple[str, Result]]:
    """Yield (key, draft or problems) for every task, as chunks complete."""
    if not tasks:
        return
    chunks = _chunks(tasks, CHUNK)
    if engine == "dask":
        yield from _run_dask(chunks, scheduler, on_done)
        return
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r}; use 'local' or 'dask'")
    jobs = jobs or default_jobs()
    if jobs <= 1 or len(chunks) == 1:
        for chunk in chunks:
            yield from _run_chunk(chunk)
            if on_done:
                on_done(len(chunk))
        return
    # fork: workers inherit the imported code; each loads the spaCy model once, on first use.
    with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("fork")) as pool:
        futures = {pool.submit(_run_chunk, chunk): len(chunk) for chunk in chunks}
        for future in as_completed(futures):
            yield from future.result()
            if on_done:
                on_done(futures[future])


def _run_dask(chunks: list[list[tuple[str, ArticleTask]]], scheduler: str | None,
              on_done: Callable[[int], None] | None) -> Iterator[tuple[str, Result]]:
    try:
        from dask.distributed import Client, as_completed as dask_completed
    except ImportError as exc:  # pragma: no cover - dask is a declared dependency
        raise RuntimeError("the dask engine needs `pip install 'dask[distributed]'`") from exc
    if not scheduler:
        raise ValueError("--engine dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786)")
    with Client(scheduler) as client:
        futures = client.map(_run_chunk, chunks, pure=False)
        sizes = {f.key: len(c) for f, c in zip(futures, chunks)}
        for future in dask_completed(futures):
            yield from future.result()
            if on_done:
                on_done(sizes[future.key])
