"""Real text at scale: the real corpora beside the repository build with no failed article.

``../shared/corpus/wikinews/raw`` (Wikinews, CC BY 2.5) and ``../shared/eval/polnear-dev/raw``
(US election news, for evaluation only) are read where they lie and built into a temporary folder;
nothing of their text enters the repository. Every invariant ``structnews validate`` checks on
tables is checked on the result: types and constraints of every column, unique primary keys,
resolving foreign keys, every span equal to the text it indexes; and every article's offset map
leads back to its decoded raw text. About two minutes on two cores; deselect with
``-m "not real_corpora"``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REPO
from structnews.build.ingest.rawtext import decode
from structnews.build.run.pipeline import BuildResult, build
from structnews.build.run.validate import validate_descriptor, validate_records
from structnews.build.tables.checks import check_tables
from structnews.build.tables.folder import read_tables

# shared/ beside the repository (a CI clone), or beside a folder holding it (a git worktree).
SHARED = next((d / "shared" for d in REPO.parents if (d / "shared").is_dir()), REPO.parent / "shared")
CORPORA = {"wikinews": SHARED / "corpus" / "wikinews" / "raw", "polnear-dev": SHARED / "eval" / "polnear-dev" / "raw"}

pytestmark = pytest.mark.real_corpora


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_real_corpus_builds_with_no_failed_article_and_every_invariant(name: str, tmp_path: Path) -> None:
    """One test per corpus (not one per check), so that parallel test workers never build a corpus twice."""
    raw = CORPORA[name]
    if not raw.is_dir():
        pytest.skip(f"{raw} is absent: the real corpora are laid beside the repository as shared/ (in CI too)")
    # keep_going, so that a failure is listed with every other one instead of stopping the build.
    result = build(raw, tmp_path / "out", jobs=2, keep_going=True, corrections_dir=tmp_path / "no-corrections")
    check_no_failure(raw, result)
    check_invariants(result)
    check_offset_maps(raw, result)


def check_no_failure(raw: Path, result: BuildResult) -> None:
    failures = "\n".join(p.format() for p in result.skipped)
    assert not result.skipped, f"{len(result.skipped)} article(s) failed (tracebacks in {result.log}):\n{failures}"
    assert result.counts["articles"] == len(list(raw.glob("*.txt")))
    assert min(result.counts.values()) > 0


def check_invariants(result: BuildResult) -> None:
    """What `structnews validate` checks on tables: types and constraints, keys, references, spans."""
    tables = read_tables(result.out_dir)
    problems = validate_records(tables) + check_tables(tables) + validate_descriptor(result.out_dir)
    assert not problems, "\n".join(p.format() for p in problems[:20])


def check_offset_maps(raw: Path, result: BuildResult) -> None:
    """Every article's clean text leads back to its decoded (and repaired) raw text."""
    articles = read_tables(result.out_dir)["articles"].select(["source_file", "text", "raw_offset_map"]).to_pylist()
    for row in articles:
        decoded, problems = decode((raw / row["source_file"]).read_bytes(), row["source_file"])
        assert decoded is not None, problems
        m = row["raw_offset_map"]
        for clean_start, raw_start, length in zip(m[::3], m[1::3], m[2::3]):
            assert row["text"][clean_start : clean_start + length] == decoded[raw_start : raw_start + length], row["source_file"]


# Every Wikinews gold folder and the checker that knows its format (eval/wikinews/README.md).
GOLD_CHECKERS = [("check_gold.py", "gold"), ("check_gold.py", "gold-events-2"), ("check_gold.py", "gold-events-3"),
                 ("check_gold.py", "gold-events-4"), ("check_gold.py", "gold-events-5"),
                 ("check_entities.py", "gold"),
                 ("check_entities.py", "gold-entities-2"), ("check_entities.py", "gold-entities-3"),
                 ("check_entities.py", "gold-entities-4"), ("check_entities.py", "gold-entities-5"),
                 ("check_quotes.py", "gold-quotes"), ("check_quotes.py", "gold-quotes-2"), ("check_quotes.py", "gold-quotes-3"),
                 ("check_quotes.py", "gold-quotes-4"), ("check_quotes.py", "gold-quotes-5")]


@pytest.mark.parametrize("checker, gold", GOLD_CHECKERS)
def test_wikinews_gold_passes_its_checker(checker: str, gold: str) -> None:
    """A hand-made gold line that no longer matches its raw text (a typo, a moved offset) would
    silently lower a figure; the checker names the file, line and record instead."""
    import subprocess
    import sys

    raw = CORPORA["wikinews"]
    if not raw.is_dir():
        pytest.skip(f"{raw} is absent: the real corpora are laid beside the repository as shared/ (in CI too)")
    assert (REPO / "eval" / "wikinews" / gold).is_dir()
    run = subprocess.run([sys.executable, str(REPO / "eval" / "wikinews" / checker), "--gold", gold, str(raw)],
                         capture_output=True, text=True, cwd=REPO / "eval" / "wikinews")
    assert run.returncode == 0, run.stdout + run.stderr
