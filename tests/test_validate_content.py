"""`structnews validate` judges staleness on content: the same records in other bytes are a note,
a changed record is an error naming the table and the record."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest
from conftest import REPO
from structnews.build.core.errors import NOTE, Problem, errors, render
from structnews.build.run.provenance import PROVENANCE_KEY
from structnews.build.run.validate import validate_all
from structnews.build.tables.folder import table_path
from structnews.build.tables.writer import PARQUET_OPTIONS
from structnews.schema.tables import TABLE_BY_NAME, TABLES

RAW = REPO / "data" / "raw"
EXE = str(Path(sys.executable).with_name("structnews"))


@pytest.fixture()
def committed(tmp_path: Path, repo_build: Path) -> Path:
    """A copy of the committed tables and descriptor, with a warm draft cache (so validating
    parses nothing again)."""
    root = tmp_path / "root"
    for spec in TABLES:
        (root / table_path(spec)).parent.mkdir(parents=True)
        shutil.copy2(REPO / table_path(spec), root / table_path(spec))
    shutil.copy2(REPO / "datapackage.json", root / "datapackage.json")
    shutil.copytree(repo_build / ".cache", root / ".cache")
    return root


def _validate(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([EXE, "validate", "--raw", str(RAW), "--root", str(root), *args], capture_output=True, text=True)


def test_same_records_other_writer_options_is_a_note_and_passes(committed: Path) -> None:
    path = committed / table_path(TABLE_BY_NAME["quotes"])
    before = path.read_bytes()
    table = pq.read_table(path)
    pq.write_table(table, path, compression="snappy", row_group_size=50, use_dictionary=False)
    assert path.read_bytes() != before and pq.read_table(path).equals(table)

    problems = validate_all(RAW, committed)
    assert not errors(problems), render(problems)
    # (Outside the lock, every table is written in other bytes here: a note for each.)
    (note,) = [p for p in problems if p.code == "same_records_other_bytes" and p.field == "quotes"]
    assert note.severity == NOTE and note.field == "quotes" and note.path == str(path)
    assert "same records" in note.message and "snappy" in note.message and "zstd" in note.message
    assert "structnews build" in note.hint and "requirements/lock.txt" in note.hint

    text = _validate(committed)
    assert text.returncode == 0, text.stderr
    assert "note:" in text.stderr and "[same_records_other_bytes]" in text.stderr and "valid" in text.stdout
    as_json = _validate(committed, "--format", "json")
    assert as_json.returncode == 0
    assert {(p["code"], p["severity"]) for p in json.loads(as_json.stdout)} >= {("same_records_other_bytes", "note")}
    github = _validate(committed, "--format", "github")
    assert github.returncode == 0 and "::notice file=" in github.stdout and "::error" not in github.stdout


def test_one_changed_record_fails_naming_the_table_and_the_record(committed: Path) -> None:
    path = committed / table_path(TABLE_BY_NAME["quotes"])
    table = pq.read_table(path)
    victim = table.column("quote_id")[3].as_py()
    old = table.column("confidence")[3].as_py()
    new = 0.123 if old != 0.123 else 0.321
    confidence = pa.array([new if i == 3 else v for i, v in enumerate(table.column("confidence").to_pylist())],
                          type=table.schema.field("confidence").type)
    changed = table.set_column(table.schema.get_field_index("confidence"), table.schema.field("confidence"), confidence)
    pq.write_table(changed, path, **PARQUET_OPTIONS)

    problems = validate_all(RAW, committed)
    failing = errors(problems)
    assert [(p.code, p.field) for p in failing] == [("stale_record", "quotes")], render(problems)
    (problem,) = failing
    assert f"quote_id={victim}" in problem.message
    assert f"confidence: {new!r} here, {old!r} from the build" in problem.message
    assert "structnews build" in problem.hint

    result = _validate(committed)
    assert result.returncode == 1
    assert "quotes" in result.stderr and victim in result.stderr and "[stale_record]" in result.stderr


def test_a_missing_record_is_named(committed: Path) -> None:
    path = committed / table_path(TABLE_BY_NAME["mentions"])
    table = pq.read_table(path)
    gone = table.column("mention_id")[0].as_py()
    pq.write_table(table.filter(pc.not_equal(table.column("mention_id"), gone)), path, **PARQUET_OPTIONS)
    failing = errors(validate_all(RAW, committed))
    assert any(p.field == "mentions" and f"mention_id={gone} is missing" in p.message for p in failing), render(failing)


def test_other_provenance_is_a_note_other_metadata_an_error(committed: Path) -> None:
    desc_path = committed / "datapackage.json"
    desc = json.loads(desc_path.read_text(encoding="utf-8"))
    desc[PROVENANCE_KEY] = {**desc[PROVENANCE_KEY], "pyarrow": "1.0.0"}
    desc_path.write_text(json.dumps(desc, indent=2), encoding="utf-8")
    problems = validate_all(RAW, committed)
    assert not errors(problems), render(problems)
    (note,) = [p for p in problems if p.code == "other_provenance"]
    assert note.is_note and "pyarrow: 1.0.0 ->" in note.message

    desc["title"] = "something else"
    desc_path.write_text(json.dumps(desc, indent=2), encoding="utf-8")
    failing = errors(validate_all(RAW, committed))
    assert [p.code for p in failing] == ["stale_descriptor"] and "title" in failing[0].message


def test_a_note_renders_as_a_note_in_every_format() -> None:
    note = Problem("data/x.parquet", None, "x", "some_note", "worth knowing", "nothing to do", NOTE)
    error = Problem("data/x.parquet", 3, "x", "some_error", "wrong", "fix it")
    assert note.format() == "data/x.parquet: x: note: worth knowing; nothing to do [some_note]"
    assert error.format() == "data/x.parquet:3: x: wrong; fix it [some_error]"
    assert note.github().startswith("::notice file=data/x.parquet,title=some_note::")
    assert error.github().startswith("::error file=data/x.parquet,line=3,title=some_error::")
    assert json.loads(render([note], "json"))[0]["severity"] == "note"
    assert errors([note, error]) == [error]
