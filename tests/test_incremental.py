"""Incremental and parallel builds: NLP runs only for what changed, and never changes results."""

from __future__ import annotations

import hashlib
import shutil
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES, REPO
from structnews.build.run import engines
from structnews.build.run.pipeline import build

sys.path.insert(0, str(REPO / "benchmarks"))
from corpus import write_corpus  # noqa: E402


def _tables(out: Path) -> dict[str, str]:
    files = sorted(out.glob("data/*/*.parquet")) + [out / "datapackage.json"]
    return {str(p.relative_to(out)): hashlib.sha256(p.read_bytes()).hexdigest() for p in files}


@pytest.fixture()
def counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many articles reached the NLP, per call (in this process; jobs=1)."""
    calls: list[int] = []
    real = engines.process_batch

    def counting(tasks, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        tasks = list(tasks)
        calls.append(len(tasks))
        return real(tasks, *args, **kwargs)

    monkeypatch.setattr(engines, "process_batch", counting)
    return calls


def test_noop_rebuild_runs_no_nlp_and_rewrites_nothing(corpus: Path, tmp_path: Path, counted: list[int]) -> None:
    out = tmp_path / "out"
    first = build(corpus, out, jobs=1)
    assert first.stats.processed == 1 and sum(counted) == 1
    before = {p: p.stat().st_mtime_ns for p in out.glob("data/*/*.parquet")}
    again = build(corpus, out, jobs=1)
    assert again.stats.up_to_date and again.stats.processed == 0
    assert sum(counted) == 1, "a no-op rebuild must not parse anything"
    assert {p: p.stat().st_mtime_ns for p in out.glob("data/*/*.parquet")} == before
    assert again.counts["quotes"] == first.counts["quotes"]


def test_adding_or_editing_one_article_processes_only_that_one(corpus: Path, tmp_path: Path, counted: list[int]) -> None:
    out = tmp_path / "out"
    build(corpus, out, jobs=1)
    for p in (FIXTURES / "extra").iterdir():
        shutil.copy(p, corpus / p.name)
    added = build(corpus, out, jobs=1)
    assert added.stats.processed == 1 and added.stats.cached == 1
    assert counted == [1, 1]
    sidecar = corpus / "river_summit.yaml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8") + "authors: [Ada Lenz]\n", encoding="utf-8")
    edited = build(corpus, out, jobs=1)
    assert edited.stats.processed == 1 and counted == [1, 1, 1]


def test_a_new_correction_reuses_every_draft(corpus: Path, tmp_path: Path, counted: list[int]) -> None:
    out = tmp_path / "out"
    build(corpus, out, jobs=1)
    fixes = tmp_path / "corrections"
    fixes.mkdir()
    (fixes / "f.yaml").write_text(
        "corrections:\n  - action: set_entity\n    entity: Anne Lind\n    description: minister\n    reason: test\n", encoding="utf-8")
    result = build(corpus, out, jobs=1, corrections_dir=fixes)
    assert not result.stats.up_to_date and result.stats.processed == 0
    assert sum(counted) == 1


def test_a_new_pipeline_version_reprocesses_everything(corpus: Path, tmp_path: Path, counted: list[int],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from structnews.build.extract import article
    from structnews.build.run import pipeline

    out = tmp_path / "out"
    build(corpus, out, jobs=1)
    monkeypatch.setattr(article, "pipeline_version", lambda: "a different pipeline")
    monkeypatch.setattr(pipeline, "pipeline_version", lambda: "a different pipeline")
    result = build(corpus, out, jobs=1)
    assert result.stats.processed == 1 and sum(counted) == 2


def test_cache_and_processes_do_not_change_the_tables(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    write_corpus(raw, 4000, seed=7)  # about 14 articles: two chunks, so the process pool is used
    one = tmp_path / "one"
    build(raw, one, jobs=1, cache_dir=False)
    two = tmp_path / "two"
    build(raw, two, jobs=2)
    assert _tables(one) == _tables(two)
    (two / "datapackage.json").unlink()  # force a rebuild that reads every draft from the cache
    rebuilt = build(raw, two, jobs=2)
    assert rebuilt.stats.processed == 0 and not rebuilt.stats.up_to_date
    assert _tables(one) == _tables(two)
