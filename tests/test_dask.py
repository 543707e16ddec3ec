"""The Dask engine runs the same per-article function and produces byte-identical tables."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest
from conftest import REPO
from structnews.build.run.pipeline import build

sys.path.insert(0, str(REPO / "benchmarks"))
from corpus import write_corpus  # noqa: E402


def test_dask_and_local_builds_are_identical(tmp_path: Path) -> None:
    distributed = pytest.importorskip("dask.distributed")
    raw = tmp_path / "raw"
    write_corpus(raw, 4000, seed=3)
    local = tmp_path / "local"
    build(raw, local, jobs=1, cache_dir=False)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  host="127.0.0.1") as cluster:
        remote = tmp_path / "dask"
        result = build(raw, remote, engine="dask", scheduler=cluster.scheduler_address, cache_dir=False)
    assert result.stats.processed == result.stats.articles > 8
    files = sorted(p.relative_to(local) for p in local.glob("data/*/*.parquet")) + [Path("datapackage.json")]
    for rel in files:
        assert hashlib.sha256((local / rel).read_bytes()).digest() == hashlib.sha256((remote / rel).read_bytes()).digest(), rel


def test_dask_engine_needs_a_scheduler(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    write_corpus(raw, 300, seed=3)
    with pytest.raises(ValueError, match="scheduler"):
        build(raw, tmp_path / "out", engine="dask", cache_dir=False)
