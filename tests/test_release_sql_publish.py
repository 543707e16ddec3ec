"""`structnews sql` (the README's worked questions) and `structnews publish` (Hub calls mocked)."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from collections import Counter
from pathlib import Path
from types import SimpleNamespace
from unittest import mock

import pytest
from structnews.build.cli.main import app
from structnews.build.release.dataset import make_release
from structnews.build.release.figures import cooccurrence_edges
from structnews.build.release.publish import PublishError, check_release, publish
from structnews.build.tables.folder import read_tables
from structnews.build.use.sql import EXAMPLES, run
from typer.testing import CliRunner

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def repo_tables() -> dict:
    if not (REPO / "data/quotes/quotes.parquet").exists():
        pytest.skip("the repository's tables are not built")
    return {k: v.to_pylist() for k, v in read_tables(REPO).items()}


def test_who_is_quoted_most(repo_tables: dict) -> None:
    res = run(EXAMPLES["who is quoted most"], REPO)
    assert res.columns == ["speaker", "type", "quotes", "direct", "articles"]
    assert 3 <= len(res.rows) <= 10
    names = {e["entity_id"]: e["name"] for e in repo_tables["entities"]}
    expected = Counter(names[q["speaker_entity_id"]] for q in repo_tables["quotes"] if q["speaker_entity_id"])
    top_name, top_count = expected.most_common(1)[0]
    assert (res.rows[0][0], res.rows[0][2]) == (top_name, top_count)
    counts = [r[2] for r in res.rows]
    assert counts == sorted(counts, reverse=True) and all(r[3] <= r[2] for r in res.rows)


def test_events_per_week_by_type(repo_tables: dict) -> None:
    res = run(EXAMPLES["events per week by type"], REPO)
    assert res.columns == ["week", "type", "events"] and res.rows
    published = {a["article_id"]: a["published"] for a in repo_tables["articles"]}
    expected: Counter = Counter()
    for v in repo_tables["events"]:
        if v["context"] is None and (v["date"] is None or v["date_precision"] == "day"):
            day = v["date"] or published[v["article_id"]]
            expected[(day - dt.timedelta(days=day.weekday()), v["type"])] += 1
    assert {(r[0], r[1]): r[2] for r in res.rows} == dict(expected)
    assert all(r[0].weekday() == 0 for r in res.rows)  # weeks start on Monday
    assert [r[0] for r in res.rows] == sorted(r[0] for r in res.rows)


def test_which_entities_appear_together(repo_tables: dict) -> None:
    res = run(EXAMPLES["which entities appear together"], REPO)
    assert res.columns == ["entity_a", "entity_b", "sentences", "articles"] and len(res.rows) == 15
    assert all(r[0] != r[1] and r[2] >= r[3] >= 1 for r in res.rows)
    # the same count as the picture's (computed in Python)
    names = {e["entity_id"]: e["name"] for e in repo_tables["entities"]}
    edges = cooccurrence_edges(read_tables(REPO))
    strongest = max(edges.values())
    assert res.rows[0][2] == strongest
    assert {res.rows[0][0], res.rows[0][1]} in [{names[a], names[b]} for (a, b), w in edges.items() if w == strongest]


def test_docs_show_the_same_queries() -> None:
    doc = (REPO / "docs/releases.md").read_text(encoding="utf-8")
    for name, query in EXAMPLES.items():
        assert query in doc, f"docs/releases.md is out of step with structnews.build.use.sql.EXAMPLES[{name!r}]"


def test_cli_sql_formats_and_errors(built: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(app, ["sql", "SELECT count(*) AS n FROM quotes", "--root", str(built), "--format", "json"])
    assert res.exit_code == 0, res.output
    n = read_tables(built)["quotes"].num_rows
    assert json.loads(res.output) == [{"n": n}]
    # the same views work on a release folder (train-*.parquet)
    rel = make_release(built, out=tmp_path / "rel", auto_previous=False).out
    res = runner.invoke(app, ["sql", "SELECT count(*) AS n FROM quotes", "--root", str(rel), "--format", "csv"])
    assert res.output.splitlines() == ["n", str(n)]
    text = runner.invoke(app, ["sql", "SELECT name FROM entities ORDER BY name LIMIT 2", "--root", str(built)])
    assert text.exit_code == 0 and re.search(r"\(2 rows\)", text.output)
    bad = runner.invoke(app, ["sql", "SELECT nope FROM quotes", "--root", str(built)])
    assert bad.exit_code == 1 and "nope" in bad.output


# ---- publish ------------------------------------------------------------------------------------


@pytest.fixture()
def release(built: Path, tmp_path: Path) -> Path:
    return make_release(built, out=tmp_path / "rel", auto_previous=False, repo_id="acme/structnews").out


def _fake_api() -> mock.MagicMock:
    from huggingface_hub import HfApi

    api = mock.create_autospec(HfApi, instance=True)  # calls must match the real signatures
    api.upload_folder.return_value = SimpleNamespace(oid="abc123")
    return api


def test_publish_uploads_one_commit_and_tags_it(release: Path) -> None:
    api = _fake_api()
    result = publish(release, "acme/structnews", api=api)
    assert result.tag == "v0.1.0" and result.commit == "abc123"
    api.create_repo.assert_called_once_with("acme/structnews", repo_type="dataset", exist_ok=True, private=None)
    kwargs = api.upload_folder.call_args.kwargs
    assert kwargs["folder_path"] == str(release) and kwargs["repo_type"] == "dataset" and kwargs["repo_id"] == "acme/structnews"
    api.create_tag.assert_called_once_with("acme/structnews", tag="v0.1.0", tag_message="structnews 0.1.0",
                                           revision="abc123", repo_type="dataset")
    names = [c[0] for c in api.mock_calls]
    assert names == ["create_repo", "upload_folder", "create_tag"]


def test_publish_refuses_a_tampered_or_foreign_release(release: Path, tmp_path: Path) -> None:
    with pytest.raises(PublishError, match="another repository"):
        check_release(release, "other/name")
    work = tmp_path / "tampered"
    shutil.copytree(release, work)
    shard = work / "data/quotes/train-00000-of-00001.parquet"
    shard.write_bytes(shard.read_bytes() + b"\0")
    api = _fake_api()
    with pytest.raises(PublishError, match="differs from the SHA-256"):
        publish(work, "acme/structnews", api=api)
    assert api.mock_calls == []  # nothing was sent


def test_cli_publish_uses_hfapi(release: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import huggingface_hub

    api = _fake_api()
    seen = {}

    def make(token: str | None = None) -> mock.MagicMock:
        seen["token"] = token
        return api

    monkeypatch.setattr(huggingface_hub, "HfApi", make)
    res = CliRunner().invoke(app, ["publish", str(release), "--repo-id", "acme/structnews", "--token", "hf_x"])
    assert res.exit_code == 0, res.output
    assert seen == {"token": "hf_x"} and "v0.1.0" in res.output
    assert api.create_tag.called
