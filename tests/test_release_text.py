"""Text rights: `release --no-text` withholds article text; `rehydrate` restores it, checked."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from structnews.build.core.errors import InputError
from structnews.build.release.dataset import make_release
from structnews.build.release.rehydrate import parse_placeholder, rehydrate, text_sha256
from structnews.build.tables.folder import read_tables
from typer.testing import CliRunner

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLES = "data/articles/train-00000-of-00001.parquet"


@pytest.fixture(scope="module")
def releases(built: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(full-text release, text-withheld release) of the built fixture corpus; do not modify."""
    tmp = tmp_path_factory.mktemp("text")
    full = make_release(built, out=tmp / "full", auto_previous=False).out
    bare = make_release(built, out=tmp / "bare", auto_previous=False, no_text=True).out
    return full, bare


def _raw_copy(tmp_path: Path) -> Path:
    """The user's own raw files, under other names (they are found by hash, not by name)."""
    raw = tmp_path / "my-raw"
    raw.mkdir(parents=True)
    for src in (FIXTURES / "corpus").glob("*.txt"):
        shutil.copy(src, raw / f"copy-of-{src.name}")
    return raw


def test_no_text_release_withholds_text_and_keeps_the_schema(built: Path, releases: tuple[Path, Path]) -> None:
    full, bare = releases
    real = read_tables(built)["articles"].column("text").to_pylist()
    withheld = pq.read_table(bare / ARTICLES)
    assert withheld.schema == pq.read_table(full / ARTICLES).schema
    for text, placeholder in zip(real, withheld.column("text").to_pylist()):
        assert text not in placeholder
        assert parse_placeholder(placeholder) == (text_sha256(text), len(text))
    # every other table is shipped unchanged
    for table in ("entities", "mentions", "quotes", "events"):
        name = f"data/{table}/train-00000-of-00001.parquet"
        assert (bare / name).read_bytes() == (full / name).read_bytes()
    assert json.loads((bare / "datapackage.json").read_text())["structnews:text"] == "withheld"
    card = (bare / "README.md").read_text(encoding="utf-8")
    assert "**Text withheld.**" in card and "- text-withheld" in card
    # still a valid record for the model (min_length=1 holds) and still loadable
    from structnews.build.run.validate import validate_records

    tables = read_tables(built)
    tables["articles"] = withheld
    assert validate_records(tables) == []


def test_rehydrate_round_trip_gives_the_full_release_bytes(releases: tuple[Path, Path], tmp_path: Path) -> None:
    from structnews.build.cli.main import app

    full, bare = releases
    work = tmp_path / "bare"
    shutil.copytree(bare, work)
    res = CliRunner().invoke(app, ["rehydrate", "--raw", str(_raw_copy(tmp_path)), str(work)])
    assert res.exit_code == 0, res.output
    assert (work / ARTICLES).read_bytes() == (full / ARTICLES).read_bytes()
    assert (work / "datapackage.json").read_bytes() == (full / "datapackage.json").read_bytes()
    assert (work / "croissant.json").read_bytes() == (full / "croissant.json").read_bytes()
    # rehydrating again is a no-op
    rehydrate(work, _raw_copy(tmp_path / "again"))
    assert (work / ARTICLES).read_bytes() == (full / ARTICLES).read_bytes()


def test_rehydrate_missing_or_different_raw_file_is_a_clear_error(releases: tuple[Path, Path], tmp_path: Path) -> None:
    _, bare = releases
    work = tmp_path / "bare"
    shutil.copytree(bare, work)
    before = (work / ARTICLES).read_bytes()
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError) as missing:
        rehydrate(work, empty)
    assert [p.code for p in missing.value.problems] == ["raw_missing"]
    assert "harbor_talks.txt" in missing.value.problems[0].message
    # same name, other bytes (e.g. re-saved with Windows newlines)
    edited = tmp_path / "edited"
    edited.mkdir()
    src = FIXTURES / "corpus" / "harbor_talks.txt"
    (edited / src.name).write_bytes(src.read_bytes().replace(b"\n", b"\r\n"))
    with pytest.raises(InputError) as differs:
        rehydrate(work, edited)
    assert [p.code for p in differs.value.problems] == ["raw_differs"]
    assert (work / ARTICLES).read_bytes() == before  # nothing was written
    res = CliRunner().invoke(__import__("structnews.build.cli.main", fromlist=["app"]).app, ["rehydrate", "--raw", str(empty), str(work)])
    assert res.exit_code == 1 and "raw_sha256" in res.output


def test_rehydrate_checks_every_span(releases: tuple[Path, Path], tmp_path: Path) -> None:
    _, bare = releases
    work = tmp_path / "bare"
    shutil.copytree(bare, work)
    path = work / "data/mentions/train-00000-of-00001.parquet"
    t = pq.read_table(path)
    i = t.schema.get_field_index("start")
    import pyarrow as pa

    starts = t.column("start").to_pylist()
    starts[0] += 1  # a span that no longer fits the text
    pq.write_table(t.set_column(i, t.schema.field(i), pa.array(starts, type=t.schema.field(i).type)), path)
    with pytest.raises(InputError) as exc:
        rehydrate(work, _raw_copy(tmp_path))
    assert {p.code for p in exc.value.problems} == {"span_mismatch"}
    assert parse_placeholder(pq.read_table(work / ARTICLES).column("text")[0].as_py()) is not None  # untouched


def test_no_text_release_is_not_taken_as_previous(built: Path, tmp_path: Path) -> None:
    from structnews.build.release.dataset import newest_release

    root = tmp_path / "root"
    shutil.copytree(built, root)
    make_release(root, version="0.2.0", no_text=True)
    assert (root / "dist/0.2.0-no-text/README.md").exists()
    assert newest_release(root / "dist") is None


def test_diff_against_a_text_withheld_release_ignores_the_text(releases: tuple[Path, Path]) -> None:
    from structnews.build.release.versioning import required_level
    from structnews.build.tables.diff import diff_folders

    full, bare = releases
    d = diff_folders(bare, full)
    assert d.tables["articles"].ignored_fields == ["text"] and not d.tables["articles"].changed
    assert required_level(d).level == "none"
