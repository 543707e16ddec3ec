"""Human corrections: applied at every build, recorded as method=human, errors when stale."""

from __future__ import annotations

from pathlib import Path

import pytest
from structnews.build.core.errors import InputError
from structnews.build.run.pipeline import build
from structnews.build.tables.folder import read_tables


def _rows(out: Path, table: str) -> list[dict]:
    return read_tables(out)[table].to_pylist()


def _write(folder: Path, text: str) -> None:
    folder.mkdir(exist_ok=True)
    (folder / "fixes.yaml").write_text(text, encoding="utf-8")


def test_corrections_change_only_their_targets(corpus: Path, tmp_path: Path) -> None:
    base = tmp_path / "base"
    build(corpus, base)
    quotes = {q["text"]: q for q in _rows(base, "quotes")}
    target = "But we are ready to keep talking."
    assert target in quotes
    corrections = tmp_path / "corrections"
    _write(corrections, f"""
corrections:
  - action: set_speaker
    article: harbor_talks
    text: "{target}"
    speaker: Bjarni Stefansson
    reason: test - attribute the second sentence to the other minister
  - action: add_quote
    article: harbor_talks
    text: coastal towns
    speaker: Anne Lind
    is_fragment: true
    reason: test - a fragment the extractor does not emit on its own
  - action: set_entity
    entity: Anne Lind
    description: Norway's fisheries minister
    reason: test
""")
    fixed = tmp_path / "fixed"
    build(corpus, fixed, corrections_dir=corrections)
    entities = {e["entity_id"]: e for e in _rows(fixed, "entities")}
    after = {q["text"]: q for q in _rows(fixed, "quotes")}
    moved = after[target]
    assert entities[moved["speaker_entity_id"]]["name"] == "Bjarni Stefansson"
    assert moved["method"] == "human" and moved["quote_id"] == quotes[target]["quote_id"]
    added = after["coastal towns"]
    assert added["method"] == "human" and entities[added["speaker_entity_id"]]["name"] == "Anne Lind"
    lind = next(e for e in entities.values() if e["name"] == "Anne Lind")
    assert lind["description"] == "Norway's fisheries minister" and lind["method"] == "human"
    # untouched records are identical
    for text, q in quotes.items():
        if text != target:
            assert after[text] == q


def test_merge_and_not_a_quote(corpus: Path, tmp_path: Path) -> None:
    base = tmp_path / "base"
    build(corpus, base)
    names = {e["name"] for e in _rows(base, "entities")}
    assert {"Oslo", "Norway"} <= names
    corrections = tmp_path / "corrections"
    _write(corrections, """
corrections:
  - action: merge_entities
    entities: [Norway, Oslo]
    reason: test - merge a capital into its country
  - action: not_a_quote
    article: harbor_talks
    text: following the talks closely
    reason: test
""")
    out = tmp_path / "out"
    build(corpus, out, corrections_dir=corrections)
    entities = _rows(out, "entities")
    norway = next(e for e in entities if e["name"] == "Norway")
    assert "Oslo" in norway["aliases"] and not any(e["name"] == "Oslo" for e in entities)
    mentions = [m for m in _rows(out, "mentions") if m["text"] == "Oslo"]
    assert mentions and all(m["entity_id"] == norway["entity_id"] and m["method"] == "human" for m in mentions)
    assert not any("following the talks" in q["text"] for q in _rows(out, "quotes"))
    assert norway["mention_count"] == sum(1 for m in _rows(out, "mentions") if m["entity_id"] == norway["entity_id"])


def test_a_stale_correction_is_an_error_naming_file_and_line(corpus: Path, tmp_path: Path) -> None:
    corrections = tmp_path / "corrections"
    _write(corrections, """corrections:
  - action: set_speaker
    article: harbor_talks
    text: a sentence nobody said
    speaker: Anne Lind
    reason: test
""")
    out = tmp_path / "out"
    with pytest.raises(InputError) as info:
        build(corpus, out, corrections_dir=corrections)
    problem = info.value.problems[0]
    assert problem.code == "stale_correction" and problem.path.endswith("fixes.yaml") and problem.line == 2
    assert not out.exists() or not list(out.rglob("*.parquet"))


def test_a_malformed_correction_is_reported_with_its_line(corpus: Path, tmp_path: Path) -> None:
    corrections = tmp_path / "corrections"
    _write(corrections, """corrections:
  - action: set_speaker
    article: harbor_talks
    text: x
    speaker: Anne Lind
    reason: ok
  - action: set_weather
    reason: not an action
""")
    with pytest.raises(InputError) as info:
        build(corpus, tmp_path / "out", corrections_dir=corrections)
    bad = [p for p in info.value.problems if p.code == "bad_correction"]
    assert bad and bad[0].line == 7
