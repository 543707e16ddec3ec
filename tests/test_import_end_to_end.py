"""`structnews import` end to end: every format into one raw folder, then `build` and `validate`;
importing again changes nothing; a file that exists with other content is never overwritten."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml
from helpers_import import (
    CCNEWS,
    CUSTOM,
    IMPORT,
    NEWSPLEASE,
    PAGE,
    run,
    snapshot,
    write_warc,
)


def _import_everything(raw: Path, warc: Path) -> list[str]:
    outputs = []
    for args in (["html", str(IMPORT), "--published", "2024-05-02"],
                 ["warc", str(warc)],
                 ["jsonl", str(NEWSPLEASE)],
                 ["csv", str(CCNEWS)],
                 ["jsonl", str(CUSTOM), "--map", "text=story,published=pubdate,publisher=paper"]):
        result = run("import", *args, "--out", str(raw))
        assert result.exit_code in (0, 1), result.output
        outputs.append(result.output)
    return outputs


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[str]]:
    root = tmp_path_factory.mktemp("e2e")
    warc = root / "crawl.warc.gz"
    write_warc(warc)
    raw = root / "raw"
    return raw, warc, _import_everything(raw, warc)


def test_every_format_imports_and_reports(imported: tuple[Path, Path, list[str]]) -> None:
    raw, _, (html, warc, jsonl, csv, custom) = imported
    assert "imported: 2 article(s)" in html and "refused" not in html
    # The WARC holds the same two pages: same text, other provenance; nothing written twice.
    assert "imported: 0 article(s)" in warc and "skipped as duplicate: 2 (already_in_folder 2)" in warc
    assert "skipped, not articles: 6" in warc
    assert "imported: 3 article(s)" in jsonl and "refused: 6" in jsonl and "skipped as duplicate: 1 (duplicate_record 1)" in jsonl
    assert "imported: 2 article(s)" in csv and "refused: 5" in csv
    assert "imported: 2 article(s)" in custom
    # Each problem once, in the documented form: path:line: field: what is wrong; what to do [code]
    assert "newsplease.jsonl:5: published: 'last Tuesday' (column 'date_publish') is not an ISO 8601 date; write it as" in jsonl
    assert "ccnews.csv:10: record: the record has 8 fields, the header 6; check the quoting" in csv and "[bad_row]" in csv
    names = sorted(p.name for p in raw.iterdir())
    assert len(names) == 18 and all(n.endswith((".txt", ".yaml")) for n in names)
    assert "the-millbrook-gazette_2024-03-14_" in " ".join(names) and "fenwick-weekly_2024-05-02_" in " ".join(names)


def test_importing_again_changes_nothing(imported: tuple[Path, Path, list[str]]) -> None:
    raw, warc, _ = imported
    before = snapshot(raw)
    outputs = _import_everything(raw, warc)
    assert snapshot(raw) == before  # same names, same bytes, not even rewritten
    for output in outputs:
        assert "imported: 0 article(s)" in output
    assert "already imported, unchanged: 2" in outputs[0]


def test_imported_articles_build_and_validate(imported: tuple[Path, Path, list[str]], tmp_path: Path) -> None:
    raw, _, _ = imported
    out = tmp_path / "out"
    result = run("build", "--raw", str(raw), "--out", str(out), "--jobs", "1")
    assert result.exit_code == 0, result.output
    result = run("validate", "--raw", str(raw), "--root", str(out))
    assert result.exit_code == 0, result.output
    assert "valid" in result.output
    articles = pq.read_table(out / "data" / "articles" / "articles.parquet").to_pylist()
    assert len(articles) == 9  # with the dump record whose stray control characters ingest repairs
    ferry = next(a for a in articles if a["publisher"] == "The Millbrook Gazette")
    assert ferry["title"] == "Harbour council backs new night ferry to Kestrel Island"
    assert ferry["authors"] == ["Dana Whitcombe"] and str(ferry["published"]) == "2024-03-14"
    assert ferry["paragraph_count"] >= 6 and "Related stories" not in ferry["text"] and "islander_77" not in ferry["text"]


def test_an_existing_different_file_is_never_overwritten(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    assert run("import", "html", str(PAGE), "--out", str(raw)).exit_code == 0
    (text,) = raw.glob("*.txt")
    side = text.with_suffix(".yaml")
    original = text.read_bytes()
    # A sidecar edited by hand: kept; the import says so and writes nothing.
    edited = side.read_text(encoding="utf-8") + "notes: checked against the print edition\n"
    side.write_text(edited, encoding="utf-8")
    result = run("import", "html", str(PAGE), "--out", str(raw))
    assert result.exit_code == 0 and "[already_in_folder]" in result.output and "skipped as duplicate: 1" in result.output
    assert side.read_text(encoding="utf-8") == edited
    # A text under the same name with other content: never overwritten, and the import says so.
    text.write_text("Someone else's article\n\nWith other words.\n", encoding="utf-8")
    result = run("import", "html", str(PAGE), "--out", str(raw))
    assert result.exit_code == 1 and "[name_taken]" in result.output and "never overwritten" in result.output
    assert text.read_text(encoding="utf-8").startswith("Someone else's")
    assert side.read_text(encoding="utf-8") == edited
    # A sidecar alone under the name: also never overwritten.
    text.unlink()
    result = run("import", "html", str(PAGE), "--out", str(raw))
    assert result.exit_code == 1 and "[name_taken]" in result.output and side.read_text(encoding="utf-8") == edited
    # The text alone (its sidecar deleted): the pair is completed.
    side.unlink()
    text.write_bytes(original)
    result = run("import", "html", str(PAGE), "--out", str(raw))
    assert result.exit_code == 0 and "imported: 1 article(s)" in result.output
    assert sorted(p.name for p in raw.iterdir()) == sorted([text.name, side.name])  # no temporary file left behind
    assert yaml.safe_load(side.read_text(encoding="utf-8"))["source"] == {"format": "html", "file": PAGE.name}


@pytest.mark.parametrize("args, message", [
    (["pdf", "x.pdf"], "unknown FORMAT 'pdf'; the formats are html, warc, jsonl, csv, parquet"),
    (["html", "x.html", "--published", "14/03/2024"], "is not a date written YYYY-MM-DD"),
    (["html", "x.html", "--published", "2999-01-01"], "is in the future"),
])
def test_usage_mistakes_exit_2_with_a_message(args: list[str], message: str, tmp_path: Path) -> None:
    result = run("import", *args, "--out", str(tmp_path / "raw"))
    assert result.exit_code == 2 and message in result.output, result.output
    assert not (tmp_path / "raw").exists()


def test_the_sidecar_source_and_provenance_are_validated() -> None:
    from structnews.build.ingest.sidecars import parse_sidecar

    base = "publisher: Gazette\npublished: '2024-01-05'\n"
    ok, problems = parse_sidecar(base + "source:\n  format: csv\n  file: dump.csv\n  record: 7\nprovenance:\n  published: column date\n", "a.yaml")
    assert not problems and ok is not None and ok.source is not None and ok.source.record == 7
    for extra, field in [("provenance:\n  colour: column c\n", "provenance.colour.[key]"),
                         ("source:\n  format: csv\n  file: dump.csv\n  record: 0\n", "source.record"),
                         ("source:\n  file: dump.csv\n", "source.format"),
                         ("source:\n  format: csv\n  file: dump.csv\n  sheet: 2\n", "source.sheet")]:
        _, problems = parse_sidecar(base + extra, "a.yaml")
        assert [p.field for p in problems] == [field], (extra, problems)
        assert problems[0].line == 3
