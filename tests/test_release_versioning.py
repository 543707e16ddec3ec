"""`structnews diff` and semantic versions for data: corrections are PATCH, additions MINOR, breaks MAJOR."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path

import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest
from structnews.build.release.dataset import ReleaseError, make_release, newest_release
from structnews.build.release.versioning import (
    bump,
    check_version,
    level_between,
    required_level,
)
from structnews.build.tables.diff import diff_folders, diff_snapshots
from structnews.build.tables.folder import Snapshot, load_snapshot
from typer.testing import CliRunner

FIXTURES = Path(__file__).parent / "fixtures"
TARGET = "But we are ready to keep talking."


@pytest.fixture(scope="module")
def corrected(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(base build, build with one set_speaker correction) of the fixture corpus."""
    from structnews.build.run.pipeline import build

    tmp = tmp_path_factory.mktemp("versions")
    base = tmp / "base"
    build(FIXTURES / "corpus", base)
    corrections = tmp / "corrections"
    corrections.mkdir()
    (corrections / "fix.yaml").write_text(f"""
corrections:
  - action: set_speaker
    article: harbor_talks
    text: "{TARGET}"
    speaker: Bjarni Stefansson
    reason: test - attribute the second sentence to the other minister
""", encoding="utf-8")
    fixed = tmp / "fixed"
    build(FIXTURES / "corpus", fixed, corrections_dir=corrections)
    return base, fixed


def _quote_id(root: Path, text: str) -> str:
    rows = pq.read_table(root / "data/quotes/quotes.parquet").to_pylist()
    return next(r["quote_id"] for r in rows if r["text"] == text)


def test_a_correction_is_a_patch_and_the_diff_names_the_record(corrected: tuple[Path, Path], tmp_path: Path) -> None:
    base, fixed = corrected
    # the working tree has a release of the base data in dist/; the next release finds it there
    root = tmp_path / "repo"
    shutil.copytree(fixed, root)
    first = make_release(base, out=root / "dist" / "0.1.0", auto_previous=False)
    assert first.version == "0.1.0"
    assert newest_release(root / "dist") == root / "dist" / "0.1.0"

    result = make_release(root)
    assert result.previous == root / "dist" / "0.1.0"
    assert result.requirement.level == "patch"
    assert result.version == result.proposed == "0.1.1"
    assert result.out == root / "dist" / "0.1.1"
    qid = _quote_id(base, TARGET)
    d = result.diff
    assert d is not None
    assert d.tables["quotes"].changed.keys() == {qid}
    assert {"speaker_entity_id", "method"} <= set(d.tables["quotes"].changed[qid])
    assert all(not t.added and not t.removed for t in d.tables.values())
    assert d.schema == []
    assert [n for n, t in d.tables.items() if t.changed] == ["quotes"]
    # the summary is in the changelog entry and in the card
    log = (result.out / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## [0.1.1]" in log and "PATCH release relative to 0.1.0" in log and qid in log
    card = (result.out / "README.md").read_text(encoding="utf-8")
    assert "Changes since 0.1.0 (a **patch** release" in card and f"changed `{qid}`" in card
    assert "- expert-generated" in card  # a human correction is in the data


def test_a_contradicting_version_is_refused_unless_forced(corrected: tuple[Path, Path], tmp_path: Path) -> None:
    base, fixed = corrected
    prev = tmp_path / "prev"
    make_release(base, out=prev, auto_previous=False)
    with pytest.raises(ReleaseError, match="need a patch release"):
        make_release(fixed, version="0.1.0", out=tmp_path / "same", previous=prev)
    with pytest.raises(ReleaseError, match="older"):
        make_release(fixed, version="0.0.9", out=tmp_path / "older", previous=prev)
    assert not (tmp_path / "same").exists()
    forced = make_release(fixed, version="0.1.0", out=tmp_path / "same", previous=prev, force=True)
    assert forced.version == "0.1.0" and forced.proposed == "0.1.1"
    bigger = make_release(fixed, version="0.2.0", out=tmp_path / "bigger", previous=prev)  # over-bumping is honest
    assert bigger.version == "0.2.0"


def test_nothing_changed_means_the_same_version(built: Path, tmp_path: Path) -> None:
    prev = tmp_path / "prev"
    make_release(built, out=prev, auto_previous=False)
    again = make_release(built, out=tmp_path / "again", previous=prev)
    assert again.requirement.level == "none" and again.version == "0.1.0"
    assert again.diff is not None and again.diff.empty


def _copy_with(built: Path, dest: Path, table: str, keep) -> Path:  # noqa: ANN001
    shutil.copytree(built, dest)
    path = dest / f"data/{table}/{table}.parquet"
    t = pq.read_table(path)
    pq.write_table(keep(t), path)
    return dest


def test_added_records_are_minor(built: Path, tmp_path: Path) -> None:
    fewer = _copy_with(built, tmp_path / "old", "quotes", lambda t: t.slice(1))
    first_id = pq.read_table(built / "data/quotes/quotes.parquet").column("quote_id")[0].as_py()
    d = diff_folders(fewer, built)
    assert d.tables["quotes"].added == [first_id] and not d.tables["quotes"].changed
    req = required_level(d)
    assert req.level == "minor" and "quotes: 1 records added" in req.reasons
    # the other direction: a record withdrawn is a correction
    back = diff_folders(built, fewer)
    assert back.tables["quotes"].removed == [first_id] and required_level(back).level == "patch"


def test_cli_diff_json_and_text(built: Path, tmp_path: Path) -> None:
    from structnews.build.cli.main import app

    changed = _copy_with(built, tmp_path / "new", "entities",
                         lambda t: t.set_column(t.schema.get_field_index("description"), t.schema.field("description"),
                                                pc.if_else(pc.equal(t.column("name"), "Oslo"), "capital of Norway", t.column("description"))))
    oslo = next(r["entity_id"] for r in pq.read_table(built / "data/entities/entities.parquet").to_pylist() if r["name"] == "Oslo")
    res = CliRunner().invoke(app, ["diff", str(built), str(changed), "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["tables"]["entities"]["changed"] == {oslo: ["description"]}
    assert data["level"] == "patch"
    text = CliRunner().invoke(app, ["diff", str(built), str(changed)])
    assert f"changed `{oslo}`: description" in text.output and "version bump needed: patch" in text.output


# ---- schema changes, on descriptors (no rebuild needed) ------------------------------------------


def _with_field(snap: Snapshot, table: str, field: str, change) -> Snapshot:  # noqa: ANN001
    desc = copy.deepcopy(snap.descriptor)
    res = next(r for r in desc["resources"] if r["name"] == table)
    change(res["schema"], next((f for f in res["schema"]["fields"] if f["name"] == field), None))
    return Snapshot(snap.root, desc, snap.tables)


@pytest.mark.parametrize("table,field,change,kind,level", [
    ("quotes", "cue", lambda s, f: s["fields"].remove(f), "field_removed", "major"),
    ("quotes", "cue", lambda s, f: f.update(type="integer"), "type_changed", "major"),
    ("quotes", "cue", lambda s, f: f.setdefault("constraints", {}).update(required=True), "constraint_tightened", "major"),
    ("quotes", "kind", lambda s, f: f["constraints"]["enum"].remove("indirect"), "constraint_tightened", "major"),
    ("quotes", "kind", lambda s, f: f["constraints"]["enum"].append("paraphrase"), "constraint_loosened", "minor"),
    ("quotes", "quote_id", lambda s, f: f["constraints"].update(pattern="^q_[0-9a-f]{32}$"), "id_scheme_changed", "major"),
    ("quotes", "cue", lambda s, f: s["fields"].append({"name": "cue_lemma", "type": "string"}), "field_added", "minor"),
    ("quotes", "cue", lambda s, f: f.update(description="changed words"), None, "patch"),
])
def test_schema_changes_set_the_level(built: Path, table: str, field: str, change, kind: str | None, level: str) -> None:  # noqa: ANN001
    old = load_snapshot(built)
    new = _with_field(old, table, field, change)
    d = diff_snapshots(old, new)
    assert [c.kind for c in d.schema] == ([kind] if kind else [])
    assert required_level(d).level == level


def test_table_removed_is_major(built: Path) -> None:
    old = load_snapshot(built)
    desc = copy.deepcopy(old.descriptor)
    desc["resources"] = [r for r in desc["resources"] if r["name"] != "events"]
    new = Snapshot(old.root, desc, {k: v for k, v in old.tables.items() if k != "events"})
    d = diff_snapshots(old, new)
    assert [(c.table, c.kind) for c in d.schema] == [("events", "table_removed")]
    assert required_level(d).level == "major"
    assert required_level(diff_snapshots(new, old)).level == "minor"


def test_version_arithmetic() -> None:
    assert bump("0.1.0", "patch") == "0.1.1" and bump("0.1.3", "minor") == "0.2.0" and bump("0.9.9", "major") == "1.0.0"
    assert bump("1.2.3", "none") == "1.2.3"
    assert level_between("0.1.0", "0.1.0") == "none" and level_between("0.1.0", "0.0.9") == "backwards"
    assert level_between("0.1.9", "0.2.0") == "minor" and level_between("0.2.0", "1.0.0") == "major"
    assert check_version("0.2.0", "0.1.0", "minor") == []
    assert check_version("0.1.1", "0.1.0", "minor")  # too small a step
    assert check_version("1.0", None, "none")  # not MAJOR.MINOR.PATCH
    assert check_version("0.5.0", None, "major") == []  # a first release can be any number
