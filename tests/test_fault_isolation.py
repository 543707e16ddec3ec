"""One article on which the code fails never stops the others, and never shows a traceback.

A failure is injected by replacing one stage's function (in-process, with monkeypatch) by one
that raises on a marked article. Then: ``structnews build`` reports ``article_failed`` naming the
file, the stage, the exception and the log holding the traceback, writes nothing, and lists every
failed article; ``--keep-going`` writes every other article and records the skipped one in the
descriptor; the other articles stay cached, so the rerun after the fix parses only the failed
one. The same on the Dask engine.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from conftest import REPO
from structnews.build.core.errors import InputError
from structnews.build.extract import article as article_mod
from structnews.build.extract.article import ArticleFailure, ArticleTask, process_batch
from structnews.build.extract.drafts import ArticleDraft
from structnews.build.ingest.sidecars import parse_sidecar
from structnews.build.run.pipeline import build, default_log
from typer.testing import CliRunner

sys.path.insert(0, str(REPO / "benchmarks"))
from corpus import write_corpus  # noqa: E402

MARK = "Zanzibar-marker"  # a word no generated article contains


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return getattr(value, "text", value) if not isinstance(value, str) else value


def failing(real, error: type[Exception] = RuntimeError):  # noqa: ANN001, ANN201
    """``real``, except that it raises on an article containing MARK."""
    def stage(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        if MARK in str(_text(args[0])):
            raise error(f"injected failure on the {MARK} article")
        return real(*args, **kwargs)
    return stage


def mark(path: Path) -> None:
    """Put MARK into an article (a sentence of its own, after the first paragraph)."""
    text = path.read_text(encoding="utf-8")
    head, _, rest = text.partition("\n\n")
    path.write_text(f"{head}\n\nThe delegation flew on to {MARK} on Friday.\n\n{rest}", encoding="utf-8")


@pytest.fixture()
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    files = write_corpus(folder, 1500, seed=11)
    assert len(files) >= 4
    mark(files[1])
    return folder


def outputs(out: Path) -> dict[str, str]:
    """Every published file (not the cache, not the failure log) by SHA-256."""
    return {str(p.relative_to(out)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(out.rglob("*")) if p.is_file() and ".cache" not in p.relative_to(out).parts}


def marked(raw: Path) -> str:
    return next(p.name for p in sorted(raw.glob("*.txt")) if MARK in p.read_text(encoding="utf-8"))


def cached(out: Path) -> int:
    return len(list((out / ".cache" / "drafts").rglob("*.pkl")))


def test_failure_is_named_nothing_is_written_and_keep_going_writes_the_rest(raw: Path, tmp_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from structnews.build.cli.main import app

    out = tmp_path / "out"
    monkeypatch.setattr(article_mod, "extract_quotes", failing(article_mod.extract_quotes))
    runner = CliRunner()
    n = len(list(raw.glob("*.txt")))
    bad = marked(raw)

    # By default: every failed article named, no traceback, nothing written, the rest cached.
    result = runner.invoke(app, ["build", "--raw", str(raw), "--out", str(out), "-j", "1"], env={"COLUMNS": "300"})
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit)  # a clean exit, not an escaped exception
    assert "Traceback" not in result.output
    lines = [ln for ln in result.output.splitlines() if ln.endswith("[article_failed]")]
    assert len(lines) == 1 and bad in lines[0], result.output
    log = default_log(out)
    for part in ("quotes", "RuntimeError", f"injected failure on the {MARK} article", str(log)):
        assert part in lines[0], part
    assert "Traceback (most recent call last)" in log.read_text(encoding="utf-8") and bad in log.read_text(encoding="utf-8")
    assert outputs(out) == {}, "a build with a failed article wrote something"
    assert cached(out) == n - 1, "the articles that succeeded must stay cached, the failed one must not be"

    # --keep-going: every other article written, the skipped one in the output and the descriptor.
    result = runner.invoke(app, ["build", "--raw", str(raw), "--out", str(out), "-j", "1", "--keep-going"], env={"COLUMNS": "300"})
    assert result.exit_code == 1, result.output  # as make -k: the tables are written, the status says something failed
    assert "Traceback" not in result.output and "1 article(s) skipped" in result.output
    assert any(bad in ln and ln.endswith("[article_failed]") for ln in result.output.splitlines()), result.output
    articles = pq.read_table(out / "data/articles/articles.parquet")
    assert articles.num_rows == n - 1 and bad not in articles.column("source_file").to_pylist()
    report = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))["structnews"]["skipped"]
    assert report == [{"source_file": bad, "stage": "quotes", "error": f"RuntimeError: injected failure on the {MARK} article"}]

    # A rerun with the same failure is not "up to date": it retries the failed article only.
    again = build(raw, out, jobs=1, keep_going=True)
    assert (again.stats.processed, again.stats.skipped, again.stats.up_to_date) == (1, 1, False)

    # The fix: the rerun parses only the failed article, and the report is gone.
    monkeypatch.undo()
    fixed = build(raw, out, jobs=1)
    assert fixed.stats.processed == 1 and fixed.stats.cached == n - 1 and not fixed.skipped
    assert pq.read_table(out / "data/articles/articles.parquet").num_rows == n
    assert "skipped" not in json.loads((out / "datapackage.json").read_text(encoding="utf-8"))["structnews"]
    assert not log.exists()


def test_every_failed_article_is_listed_and_the_previous_tables_stay(raw: Path, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    build(raw, out, jobs=1, cache_dir=False)
    before = outputs(out)
    first = marked(raw)
    second = sorted(raw.glob("*.txt"))[3]
    mark(second)
    monkeypatch.setattr(article_mod, "extract_events", failing(article_mod.extract_events, KeyError))
    with pytest.raises(InputError) as info:
        build(raw, out, jobs=2, cache_dir=False)
    failed = sorted((Path(p.path).name, p.field) for p in info.value.problems if p.code == "article_failed")
    assert [name for name, _ in failed] == sorted([first, second.name])
    assert {stage for _, stage in failed} == {"events"}
    assert outputs(out) == before


def _tasks(raw: Path) -> list[ArticleTask]:
    tasks = []
    for path in sorted(raw.glob("*.txt")):
        sidecar, problems = parse_sidecar(path.with_suffix(".yaml").read_text(encoding="utf-8"), path.name)
        assert sidecar is not None, problems
        tasks.append(ArticleTask(path.read_bytes(), sidecar, path.name, str(path)))
    return tasks


@pytest.mark.parametrize(("stage", "function"), [("decode", "decode_and_repair"), ("clean", "clean"),
                                                 ("entities", "extract_entities"), ("quotes", "extract_quotes"),
                                                 ("events", "extract_events")])
def test_each_stage_is_named_and_the_batch_goes_on(stage: str, function: str, raw: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(article_mod, function, failing(getattr(article_mod, function), IndexError))
    tasks = _tasks(raw)
    results = process_batch(tasks)
    bad = marked(raw)
    for task, result in zip(tasks, results):
        if task.source_file == bad:
            assert isinstance(result, ArticleFailure)
            assert (result.stage, result.error_type, result.source_file) == (stage, "IndexError", bad)
            assert "Traceback" in result.traceback and "injected failure" in result.traceback
        else:
            assert isinstance(result, ArticleDraft), result


def test_a_parser_failure_in_a_batch_is_narrowed_to_its_article(raw: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """nlp.pipe parses a batch at once; when it raises, each article is parsed alone to find the culprit."""
    real = article_mod.nlp.load()

    class Fragile:
        def pipe(self, texts, batch_size=16):  # noqa: ANN001, ANN201
            texts = list(texts)
            if any(MARK in t for t in texts):
                raise ValueError("[E000] the parser gave up on a batch")
            return real.pipe(texts, batch_size=batch_size)

        def __call__(self, text):  # noqa: ANN001, ANN204
            if MARK in text:
                raise ValueError("[E000] the parser gave up")
            return real(text)

    monkeypatch.setattr(article_mod.nlp, "load", lambda: Fragile())
    tasks = _tasks(raw)
    results = process_batch(tasks)
    kinds = {t.source_file: (r.stage if isinstance(r, ArticleFailure) else "ok") for t, r in zip(tasks, results)}
    assert kinds.pop(marked(raw)) == "nlp"
    assert set(kinds.values()) == {"ok"}


def test_dask_engine_isolates_failures_too(raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    distributed = pytest.importorskip("dask.distributed")
    monkeypatch.setattr(article_mod, "extract_entities", failing(article_mod.extract_entities))
    n = len(list(raw.glob("*.txt")))
    # Threads in this process, so that the injected failure (a monkeypatch) is seen by the workers.
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster:
        with pytest.raises(InputError) as info:
            build(raw, tmp_path / "strict", engine="dask", scheduler=cluster.scheduler_address)
        result = build(raw, tmp_path / "lenient", engine="dask", scheduler=cluster.scheduler_address, keep_going=True)
    (problem,) = [p for p in info.value.problems if p.code == "article_failed"]
    assert Path(problem.path).name == marked(raw) and problem.field == "entities"
    assert not (tmp_path / "strict" / "datapackage.json").exists()
    assert [Path(p.path).name for p in result.skipped] == [marked(raw)]
    assert pq.read_table(tmp_path / "lenient" / "data/articles/articles.parquet").num_rows == n - 1


def test_a_decoder_failure_while_screening_inputs_is_reported_per_article(raw: Path, tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The raw files are decoded twice: when inputs are screened, and in the per-article stage.
    A decoder bug must surface as that article's failure in both, not as a traceback."""
    from structnews.build.ingest import inputs as inputs_mod

    monkeypatch.setattr(inputs_mod, "decode", failing(inputs_mod.decode, UnicodeError))
    monkeypatch.setattr(article_mod, "decode_and_repair", failing(article_mod.decode_and_repair, UnicodeError))
    result = build(raw, tmp_path / "out", jobs=1, keep_going=True)
    assert [(Path(p.path).name, p.field, p.code) for p in result.skipped] == [(marked(raw), "decode", "article_failed")]
