"""`structnews release`: the folder, the card, loading it offline, Croissant, reproducibility."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml
from structnews.build.release.dataset import (
    ReleaseError,
    changelog_with_entry,
    make_release,
    release_date,
    shard_count,
)
from structnews.build.tables.folder import read_tables
from structnews.schema.projections import hf_feature_dicts
from structnews.schema.tables import TABLE_BY_NAME, TABLES

REPO = Path(__file__).resolve().parents[1]


def _front_matter(card: str) -> dict:
    assert card.startswith("---\n")
    return yaml.safe_load(card.split("---\n", 2)[1])


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def release(built: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One release of the session's built fixture corpus; tests must not modify it."""
    out = tmp_path_factory.mktemp("rel") / "0.1.0"
    make_release(built, out=out, auto_previous=False)
    return out


def test_release_folder_layout(release: Path, built: Path) -> None:
    names = set(_files(release))
    for spec in TABLES:
        assert f"data/{spec.name}/train-00000-of-00001.parquet" in names
    assert {"README.md", "datapackage.json", "croissant.json", "CHANGELOG.md", "CITATION.cff",
            "events_timeline.png", "top_speakers.png", "cooccurrence.png"} <= names
    # the shards hold the built rows, in the same order
    built_tables = read_tables(built)
    for spec in TABLES:
        shard = pq.read_table(release / f"data/{spec.name}/train-00000-of-00001.parquet")
        assert shard.to_pylist() == built_tables[spec.name].to_pylist()
    desc = json.loads((release / "datapackage.json").read_text())
    assert desc["version"] == "0.1.0"
    paths = {r["name"]: r["path"] for r in desc["resources"]}
    assert paths["quotes"] == "data/quotes/train-00000-of-00001.parquet"
    assert all(png.read_bytes().startswith(b"\x89PNG") for png in release.glob("*.png"))


def test_card_front_matter_declares_every_table(release: Path) -> None:
    card = (release / "README.md").read_text(encoding="utf-8")
    meta = _front_matter(card)
    configs = {c["config_name"]: c for c in meta["configs"]}
    assert list(configs) == [s.name for s in TABLES]
    assert configs["articles"].get("default") is True
    assert sum(bool(c.get("default")) for c in configs.values()) == 1
    assert configs["quotes"]["data_files"] == [{"split": "train", "path": "data/quotes/train-*.parquet"}]
    infos = {i["config_name"]: i for i in meta["dataset_info"]}
    for spec in TABLES:
        assert infos[spec.name]["features"] == hf_feature_dicts(spec)
    for key in ("license", "language", "pretty_name", "size_categories", "task_categories", "tags", "source_datasets"):
        assert meta[key], key
    # the fixture build has no corrections: machine-made only
    assert meta["annotations_creators"] == ["machine-generated"]
    for section in ("## Uses", "### Out-of-scope uses", "### Data dictionary", "## How it was built",
                    "## Extraction quality", "## Sources and licensing", "## Biases and limitations",
                    "## Releases", "## Citation"):
        assert section in card, section
    assert "| `speaker_entity_id` | `string` | yes | → `entities.entity_id` |" in card
    assert 'load_dataset("ORG/structnews", "quotes", revision="v0.1.0"' in card
    assert "hf://datasets/ORG/structnews/data/quotes/*.parquet" in card
    assert "| Nordic Wire | 1 |" in card  # the fixture's publisher
    for png in ("events_timeline.png", "top_speakers.png", "cooccurrence.png"):
        assert f"]({png})" in card


@pytest.mark.parametrize("name", [s.name for s in TABLES])
def test_load_dataset_offline_every_config(release: Path, built: Path, name: str, tmp_path: Path) -> None:
    datasets = pytest.importorskip("datasets")
    from structnews.schema.projections import hf_features

    ds = datasets.load_dataset(str(release), name, split="train", cache_dir=str(tmp_path / "cache"))
    assert ds.features == hf_features(TABLE_BY_NAME[name])
    rows = read_tables(built)[name].to_pylist()
    assert ds.num_rows == len(rows)
    key = TABLE_BY_NAME[name].primary_key
    assert ds[key] == [r[key] for r in rows]


def test_load_dataset_default_config_is_articles(release: Path, tmp_path: Path) -> None:
    datasets = pytest.importorskip("datasets")
    ds = datasets.load_dataset(str(release), split="train", cache_dir=str(tmp_path / "cache"))
    assert "article_id" in ds.column_names and "text" in ds.column_names


def test_croissant_is_valid_and_loads(release: Path) -> None:
    mlc = pytest.importorskip("mlcroissant")
    cr = json.loads((release / "croissant.json").read_text())
    files = {d["contentUrl"]: d for d in cr["distribution"] if d["@type"] == "cr:FileObject"}
    from structnews.build.tables.descriptor import sha256_file

    for path, item in files.items():
        assert item["sha256"] == sha256_file(release / path)
    fields = {f["@id"]: f for rs in cr["recordSet"] for f in rs["field"]}
    assert fields["quotes/speaker_entity_id"]["references"] == {"field": {"@id": "entities/entity_id"}}
    assert fields["events/actor_entity_ids"]["references"] == {"field": {"@id": "entities/entity_id"}}
    assert fields["events/actor_entity_ids"]["isArray"] is True
    dataset = mlc.Dataset(str(release / "croissant.json"))  # raises on validation errors
    errors = [str(e) for e in dataset.metadata.ctx.issues.errors]
    assert errors == []
    quotes = list(dataset.records("quotes"))
    assert len(quotes) == pq.read_table(release / "data/quotes/train-00000-of-00001.parquet").num_rows


def test_frictionless_accepts_the_release_descriptor(release: Path) -> None:
    from structnews.build.run.validate import validate_descriptor

    assert validate_descriptor(release) == []


def test_release_is_byte_reproducible(built: Path, release: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    make_release(built, out=again, auto_previous=False)
    first, second = _files(release), _files(again)
    assert sorted(first) == sorted(second)
    different = [name for name in first if first[name] != second[name]]
    assert different == []


def test_sharding_names_and_loading(built: Path, tmp_path: Path) -> None:
    datasets = pytest.importorskip("datasets")
    out = tmp_path / "sharded"
    n_mentions = read_tables(built)["mentions"].num_rows
    make_release(built, out=out, auto_previous=False, max_shard_rows=max(1, n_mentions // 3))
    shards = sorted(p.name for p in (out / "data/mentions").iterdir())
    n = len(shards)
    assert n >= 3 and shards == [f"train-{i:05d}-of-{n:05d}.parquet" for i in range(n)]
    assert sum(pq.read_table(out / "data/mentions" / s).num_rows for s in shards) == n_mentions
    ds = datasets.load_dataset(str(out), "mentions", split="train", cache_dir=str(tmp_path / "cache"))
    assert ds.num_rows == n_mentions
    desc = json.loads((out / "datapackage.json").read_text())
    res = next(r for r in desc["resources"] if r["name"] == "mentions")
    assert res["path"] == [f"data/mentions/{s}" for s in shards]
    mlc = pytest.importorskip("mlcroissant")
    assert len(list(mlc.Dataset(str(out / "croissant.json")).records("mentions"))) == n_mentions


def test_shard_count_by_rows_and_bytes() -> None:
    import pyarrow as pa

    t = pa.table({"x": list(range(10))})
    assert shard_count(t, max_rows=100, max_bytes=10**9) == 1
    assert shard_count(t, max_rows=3, max_bytes=10**9) == 4
    assert shard_count(t, max_rows=100, max_bytes=t.nbytes // 2) == 2
    assert shard_count(t.slice(0, 0), max_rows=3, max_bytes=1) == 1


def test_existing_folder_needs_force(built: Path, release: Path, tmp_path: Path) -> None:
    out = tmp_path / "r"
    make_release(built, out=out, auto_previous=False)
    with pytest.raises(ReleaseError, match="exists"):
        make_release(built, out=out, auto_previous=False)
    make_release(built, out=out, auto_previous=False, force=True)


def test_changelog_gets_the_release_entry() -> None:
    base = "# Changelog\n\n## [Unreleased]\n\n## [0.1.0] - 2026-11-27\n\n### Added\n- tables\n"
    same = changelog_with_entry(base, "0.1.0", "### Data\n\n- first\n")
    assert same.index("### Added") < same.index("### Data") and same.count("## [0.1.0]") == 1
    assert release_date(same, "0.1.0") == "2026-11-27"
    newer = changelog_with_entry(base, "0.1.1", "### Data\n\n- fixed\n")
    assert newer.index("## [Unreleased]") < newer.index("## [0.1.1]") < newer.index("## [0.1.0]")
    assert release_date(newer, "0.1.1") is None


def test_repository_release_card_has_quality_with_caveat(tmp_path: Path) -> None:
    """On the real tables (with data/gold): measured figures, the development-set caveat, dates."""
    if not (REPO / "data/gold/quotes.jsonl").exists():
        pytest.skip("no gold annotations in this checkout")
    out = tmp_path / "repo-release"
    make_release(REPO, out=out, auto_previous=False)
    card = (out / "README.md").read_text(encoding="utf-8")
    assert "**Development set.**" in card and "| direct quotes |" in card
    cr = json.loads((out / "croissant.json").read_text())
    log = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    assert cr.get("datePublished") == release_date(log, cr["version"])
    publishers = set(read_tables(REPO)["articles"].column("publisher").to_pylist())
    assert all(f"| {p} |" in card for p in publishers)


@pytest.mark.parametrize("command", ["release", "diff", "publish", "rehydrate", "sql"])
def test_every_command_has_help(command: str) -> None:
    from structnews.build.cli.main import app
    from typer.testing import CliRunner

    res = CliRunner().invoke(app, [command, "--help"])
    assert res.exit_code == 0 and "Usage" in res.output


def test_pictures_carry_no_metadata_text(release: Path) -> None:
    for png in ("events_timeline.png", "top_speakers.png", "cooccurrence.png"):
        data = (release / png).read_bytes()
        assert not any(chunk in data for chunk in (b"tEXt", b"iTXt", b"zTXt", b"tIME")), png


def test_cli_release_refuses_a_contradicting_version(built: Path, release: Path, tmp_path: Path) -> None:
    import shutil

    from structnews.build.cli.main import app
    from typer.testing import CliRunner

    root = tmp_path / "root"
    shutil.copytree(built, root)
    runner = CliRunner()
    first = runner.invoke(app, ["release", "--root", str(root)])
    assert first.exit_code == 0, first.output
    assert (root / "dist/0.1.0/README.md").exists()
    # drop one quote: the earlier release has a record this one lacks (a PATCH); 0.1.0 again is refused
    path = root / "data/quotes/quotes.parquet"
    pq.write_table(pq.read_table(path).slice(1), path)
    refused = runner.invoke(app, ["release", "--root", str(root), "--version", "0.1.0", "--out", str(tmp_path / "x")])
    assert refused.exit_code == 1 and "0.1.1" in refused.output
    ok = runner.invoke(app, ["release", "--root", str(root)])
    assert ok.exit_code == 0 and "released 0.1.1" in ok.output
