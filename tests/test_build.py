"""End-to-end build: tables, invariants, determinism, stable ids, safety, and the three users."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from conftest import FIXTURES, REPO
from structnews.build.core.errors import InputError
from structnews.build.run.pipeline import build
from structnews.build.tables.folder import read_tables, table_path
from structnews.schema.tables import TABLES


def _snapshot(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_every_table_has_rows(built: Path) -> None:
    tables = read_tables(built)
    for spec in TABLES:
        assert tables[spec.name].num_rows > 0, spec.name
    assert (built / "datapackage.json").exists()


def test_spans_index_the_clean_text(built: Path) -> None:
    tables = {k: v.to_pylist() for k, v in read_tables(built).items()}
    text = {a["article_id"]: a["text"] for a in tables["articles"]}
    for row in tables["mentions"] + tables["quotes"]:
        assert text[row["article_id"]][row["start"] : row["end"]] == row["text"]
    for ev in tables["events"]:
        assert text[ev["article_id"]][ev["trigger_start"] : ev["trigger_end"]] == ev["trigger"]


def test_clutter_byline_and_provenance(built: Path) -> None:
    article = read_tables(built)["articles"].to_pylist()[0]
    assert "Skip to content" not in article["text"]
    assert "Credit…" not in article["text"]
    assert "All rights reserved" not in article["text"] and "Share this article" not in article["text"]
    assert not article["text"].startswith("By ")
    assert article["dateline"] == "OSLO"
    assert article["authors"] == ["Maren Holt", "Peter Quist"]
    assert article["publisher"] == "Nordic Wire"
    assert str(article["published"]) == "2024-03-06"
    assert "clutter_removed" in article["quality_flags"]
    # the offset map leads back to the raw text
    raw = (FIXTURES / "corpus" / "harbor_talks.txt").read_text(encoding="utf-8")
    triples = article["raw_offset_map"]
    for clean_start, raw_start, length in zip(triples[::3], triples[1::3], triples[2::3]):
        assert article["text"][clean_start : clean_start + length] == raw[raw_start : raw_start + length]


def test_two_builds_are_byte_identical(corpus: Path, tmp_path: Path) -> None:
    build(corpus, tmp_path / "one")
    build(corpus, tmp_path / "two")
    assert _snapshot(tmp_path / "one") == _snapshot(tmp_path / "two")


def test_adding_an_unrelated_article_changes_no_id(corpus: Path, tmp_path: Path) -> None:
    before = read_tables(build(corpus, tmp_path / "before").out_dir)
    for p in (FIXTURES / "extra").iterdir():
        shutil.copy(p, corpus / p.name)
    after = read_tables(build(corpus, tmp_path / "after").out_dir)
    for spec in TABLES:
        old = set(before[spec.name].column(spec.primary_key).to_pylist())
        new = set(after[spec.name].column(spec.primary_key).to_pylist())
        assert old <= new, f"{spec.name}: ids disappeared: {sorted(old - new)[:3]}"
    assert after["articles"].num_rows == 2


def test_failed_build_leaves_previous_outputs_untouched(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(corpus, out)
    snapshot = _snapshot(out)
    (corpus / "broken.txt").write_text("Some article text that is fine.\n", encoding="utf-8")
    (corpus / "broken.yaml").write_text("publisher: X\npublished: 2999-01-01\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        build(corpus, out)
    assert any(p.path.endswith("broken.yaml") and p.field == "published" for p in info.value.problems)
    assert _snapshot(out) == snapshot
    assert not [p for p in out.iterdir() if p.name.startswith(".structnews-staging")]


def test_cli_builds_any_folder(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "cli-out"
    exe = Path(sys.executable).with_name("structnews")
    result = subprocess.run([str(exe), "build", "--raw", str(corpus), "--out", str(out)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    for spec in TABLES:
        assert (out / table_path(spec)).exists()


def test_cli_reports_bad_input_without_traceback(corpus: Path, tmp_path: Path) -> None:
    (corpus / "harbor_talks.yaml").write_text("publisher: X\npublished: not-a-date\ncolour: red\n", encoding="utf-8")
    exe = Path(sys.executable).with_name("structnews")
    result = subprocess.run([str(exe), "build", "--raw", str(corpus), "--out", str(tmp_path / "o")], capture_output=True, text=True)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "harbor_talks.yaml:2: published:" in result.stderr
    assert "harbor_talks.yaml:3: colour: unknown key" in result.stderr


@pytest.mark.parametrize("command", ["build", "validate", "evaluate", "write-schemas"])
def test_every_command_has_help(command: str) -> None:
    exe = Path(sys.executable).with_name("structnews")
    result = subprocess.run([str(exe), command, "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "Usage" in result.stdout


def test_frictionless_cli_validates_keys(built: Path, tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("frictionless")
    ok = subprocess.run([str(exe), "validate", "datapackage.json"], cwd=built, capture_output=True, text=True)
    assert ok.returncode == 0, ok.stdout[-2000:]
    # Break a foreign key: frictionless must notice.
    broken = tmp_path / "broken"
    shutil.copytree(built, broken)
    path = broken / "data/mentions/mentions.parquet"
    table = pq.read_table(path)
    ids = table.column("entity_id").to_pylist()
    ids[0] = "e_0000000000000000"
    import pyarrow as pa

    table = table.set_column(table.schema.get_field_index("entity_id"), table.schema.field("entity_id"), pa.array(ids))
    pq.write_table(table, path)
    bad = subprocess.run([str(exe), "validate", "datapackage.json"], cwd=broken, capture_output=True, text=True)
    assert bad.returncode != 0
    assert "foreign-key" in bad.stdout


def test_huggingface_loads_each_table_offline_with_declared_types(built: Path) -> None:
    datasets = pytest.importorskip("datasets")
    from structnews.schema.projections import hf_features

    for spec in TABLES:
        ds = datasets.load_dataset("parquet", data_files=str(built / table_path(spec)), split="train",
                                   features=hf_features(spec), cache_dir=str(built.parent / "hf-cache"))
        assert ds.num_rows > 0
        assert ds.features == hf_features(spec)
    events = datasets.load_dataset("parquet", data_files=str(built / "data/events/events.parquet"), split="train",
                                   cache_dir=str(built.parent / "hf-cache"))
    assert events.features["date"].dtype == "date32"
    assert events.features["actor_entity_ids"].feature.dtype == "string"


def test_duckdb_answers_who_said_what_for_which_publisher(built: Path) -> None:
    import duckdb

    sql = f"""
        SELECT q.text, e.name AS speaker, a.publisher
        FROM read_parquet('{built}/data/quotes/*.parquet') q
        JOIN read_parquet('{built}/data/entities/*.parquet') e ON q.speaker_entity_id = e.entity_id
        JOIN read_parquet('{built}/data/articles/*.parquet') a USING (article_id)
        WHERE q.kind = 'direct'
        ORDER BY q.start
    """
    rows = duckdb.sql(sql).fetchall()
    assert ("We are not going to accept a deal that ruins our coastal towns,", "Anne Lind", "Nordic Wire") in rows
    assert ("But we are ready to keep talking.", "Anne Lind", "Nordic Wire") in rows


def test_committed_dataset_is_valid_and_fresh_enough_to_query() -> None:
    """The tables committed at the repository root pass our checks and frictionless."""
    from structnews.build.run.validate import validate_descriptor, validate_records
    from structnews.build.tables.checks import check_tables

    tables = read_tables(REPO)
    assert not check_tables(tables)
    assert not validate_records(tables)
    assert not validate_descriptor(REPO)
    for spec in TABLES:
        assert tables[spec.name].num_rows > 0
