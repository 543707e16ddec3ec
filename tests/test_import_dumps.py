"""`structnews import jsonl|csv|parquet`: article dumps, one article per record.

The fixture dumps (tests/fixtures/import/) are invented: newsplease.jsonl in news-please's
columns, ccnews.csv in CC-News's, custom-columns.jsonl in columns nobody recognises; each has odd
records (missing or empty text, a bad date, bytes that are not UTF-8, a control character, broken
JSON, a row with too many fields, a duplicate), and each kind has its own code.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from helpers_import import CCNEWS, CUSTOM, NEWSPLEASE, run
from pydantic import ValidationError
from structnews.build.ingest.importers.base import (
    Options,
    authors_of,
    language_code,
    parse_date,
    slug,
)
from structnews.build.ingest.importers.dumps import (
    CsvImporter,
    JsonlImporter,
    ParquetImporter,
)
from structnews.build.ingest.importers.registry import IMPORTERS
from structnews.build.ingest.importers.writer import import_sources
from structnews.schema.curated import ImportColumns


def _problems(result) -> dict[int | None, set[str]]:
    out: dict[int | None, set[str]] = {}
    for problem in result.problems:
        out.setdefault(problem.line, set()).add(problem.code)
    return out


def test_newsplease_jsonl_known_columns_and_each_odd_record_has_its_code(tmp_path: Path) -> None:
    summary = import_sources(JsonlImporter(), [NEWSPLEASE], tmp_path / "raw")
    # Line 8's stray control characters are repaired by ingest (dropped, flagged), not refused.
    assert len(summary.imported) == 3
    assert _problems(summary) == {
        3: {"missing_text"}, 4: {"empty_text"}, 5: {"bad_date"}, 6: {"not_utf8"}, 7: {"bad_json"},
        9: {"not_an_object"}, 11: {"duplicate_record"}}
    assert summary.duplicates == {"duplicate_record": 1}
    assert sum(summary.refused.values()) == 6
    by_line = {p.line: p for p in summary.problems}
    assert by_line[11].message.endswith("newsplease.jsonl:1")
    assert "'last Tuesday' (column 'date_publish') is not an ISO 8601 date" in by_line[5].message
    assert "0xe9" in by_line[6].message and "UTF-8" in by_line[6].hint
    name = "valley-courier-example_2024-02-10_"
    (side,) = (tmp_path / "raw").glob(f"{name}*.yaml")
    sidecar = yaml.safe_load(side.read_text(encoding="utf-8"))
    assert sidecar == {
        "publisher": "valley-courier.example", "published": "2024-02-10",
        "url": "https://www.valley-courier.example/2024/02/10/orchard-frost",
        "title": "Orchard growers fear a late frost after a warm February", "authors": ["Ines Halvorsen", "Pavel Doyle"],
        "language": "en", "source": {"format": "jsonl", "file": "newsplease.jsonl", "record": 2},
        "provenance": {"publisher": "column source_domain", "published": "column date_publish", "url": "column url",
                       "title": "column title", "authors": "column authors", "language": "column language"}}
    text = side.with_suffix(".txt").read_text(encoding="utf-8")
    paragraphs = text.rstrip("\n").split("\n\n")
    assert paragraphs[0] == "Orchard growers fear a late frost after a warm February"
    assert len(paragraphs) == 4 and paragraphs[1].startswith("Fruit growers in the Alder valley")


def test_ccnews_csv_multiline_records_and_line_numbers(tmp_path: Path) -> None:
    summary = import_sources(CsvImporter(), [CCNEWS], tmp_path / "raw")
    assert len(summary.imported) == 2
    # Records 1 and 2 span lines 2-4 and 5-6; the line named is where a record starts.
    assert _problems(summary) == {7: {"empty_text"}, 8: {"bad_date"}, 9: {"not_utf8"}, 10: {"bad_row"}, 11: {"duplicate_record"}}
    assert {p.field for p in summary.problems if p.code == "not_utf8"} == {"title", "text"}
    (first,) = (tmp_path / "raw").glob("oakfield-post-example_2024-01-16_*.txt")
    paragraphs = first.read_text(encoding="utf-8").rstrip("\n").split("\n\n")
    assert paragraphs[0] == "Town library extends its opening hours"
    assert paragraphs[-1] == "\"We want the library to be somewhere people can come after work,\" said the head librarian, Agnes Mwangi."
    sidecar = yaml.safe_load(first.with_suffix(".yaml").read_text(encoding="utf-8"))
    assert sidecar["published"] == "2024-01-16" and sidecar["source"] == {"format": "csv", "file": "ccnews.csv", "record": 2}
    assert sidecar["provenance"]["publisher"] == "column domain" and sidecar["provenance"]["published"] == "column date"


def test_map_names_columns_nobody_recognises(tmp_path: Path) -> None:
    plain = import_sources(JsonlImporter(), [CUSTOM], tmp_path / "raw")
    assert not plain.imported and plain.refused == {"missing_text": 2, "missing_date": 2}
    assert "--map text=COLUMN" in plain.problems[0].hint
    mapped = Options(mapping={"text": "story", "published": "pubdate", "publisher": "paper"})
    summary = import_sources(JsonlImporter(mapped), [CUSTOM], tmp_path / "raw")
    assert len(summary.imported) == 2 and not summary.problems
    side = yaml.safe_load(next((tmp_path / "raw").glob("harbour-herald_2024-03-20_*.yaml")).read_text(encoding="utf-8"))
    assert side["provenance"] == {"publisher": "column paper", "published": "column pubdate", "url": "column link",
                                  "title": "column headline"}
    # A mapped column a record lacks is named; for a file with a header, once for the file.
    typo = import_sources(JsonlImporter(Options(mapping={"text": "storyy"})), [CUSTOM], tmp_path / "other")
    assert typo.refused["missing_text"] == 2 and "no column 'storyy' (--map text=storyy)" in typo.problems[0].message
    csv_typo = import_sources(CsvImporter(Options(mapping={"text": "body"})), [CCNEWS], tmp_path / "other")
    (problem,) = csv_typo.problems
    assert problem.code == "unknown_column" and "its columns: title, text, domain, date, url, description" in problem.message


def test_cli_map_and_its_mistakes(tmp_path: Path) -> None:
    out = tmp_path / "raw"
    result = run("import", "jsonl", str(CUSTOM), "--out", str(out), "--map", "text=story,published=pubdate", "--map", "publisher=paper")
    assert result.exit_code == 0, result.output
    assert "imported: 2 article(s)" in result.output
    for bad, message in [("text", "is not FIELD=COLUMN"), ("body=story", "unknown field 'body'"),
                         ("text=a,text=b", "names two columns for 'text'")]:
        result = run("import", "jsonl", str(CUSTOM), "--out", str(out), "--map", bad)
        assert result.exit_code == 2 and message in result.output, result.output
    result = run("import", "html", str(CUSTOM), "--out", str(out), "--map", "text=story")
    assert result.exit_code == 2 and "--map is for article dumps" in result.output


def _parquet(path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    text = ("The county's new recycling centre opened on Monday on the edge of Brackwell, replacing two smaller sites.\n"
            "It takes garden waste, old furniture and electrical goods, and will open seven days a week.")
    table = pa.table({
        "title": ["Recycling centre opens near Brackwell", "A record with bad bytes", "An undated record", None],
        "maintext": [text.encode(), b"Caf\xe9 owners protest.", b"A text without a date, from an old dump.", b"   "],
        "date_publish": pa.array([dt.datetime(2024, 4, 8, 9, 30), dt.datetime(2024, 4, 9), None, dt.datetime(2024, 4, 10)],
                                 pa.timestamp("s")),
        "source_domain": ["county-news.example"] * 4,
        "authors": [["Rosa Kettering"], [], [], []],
    })
    pq.write_table(table, path)


def test_parquet_typed_columns_and_row_numbers(tmp_path: Path) -> None:
    dump = tmp_path / "dump.parquet"
    _parquet(dump)
    summary = import_sources(ParquetImporter(), [dump], tmp_path / "raw")
    assert len(summary.imported) == 1
    assert _problems(summary) == {2: {"not_utf8"}, 3: {"missing_date"}, 4: {"empty_text"}}
    side = yaml.safe_load(next((tmp_path / "raw").glob("county-news-example_2024-04-08_*.yaml")).read_text(encoding="utf-8"))
    assert side["authors"] == ["Rosa Kettering"] and side["source"] == {"format": "parquet", "file": "dump.parquet", "record": 1}
    filled = import_sources(ParquetImporter(Options(published=dt.date(2019, 6, 1))), [dump], tmp_path / "raw")
    assert filled.unchanged == 1 and len(filled.imported) == 1  # the undated record, with --published
    not_parquet = tmp_path / "notes.parquet"
    not_parquet.write_text("a,b\n1,2\n", encoding="utf-8")
    (problem,) = import_sources(ParquetImporter(), [not_parquet], tmp_path / "raw").problems
    assert problem.code == "bad_file"


def test_odd_files_are_problems_not_tracebacks(tmp_path: Path) -> None:
    cases = {
        "empty.csv": (b"", "empty_file"),
        "header.csv": (b"title,text,title\nA,B,C\n", "bad_header"),
        "blank.jsonl": (b"\n\n", None),
        "cut.jsonl.gz": (b"\x1f\x8b\x08\x00garbage", "bad_file"),
        "bom.jsonl": (("\ufeff" + '{"text": "A short note.", "date": "2024-01-05", "publisher": "Gazette"}\n').encode(), None),
        "number.jsonl": (b'{"text": 42, "date": "2024-01-05", "publisher": "Gazette"}\n', "bad_text"),
        "future.jsonl": (b'{"text": "From the future.", "date": "2999-01-01", "publisher": "Gazette"}\n', "bad_published"),
        "lang.jsonl": (b'{"text": "Some text.", "date": "2024-01-05", "publisher": "Gazette", "language": "English"}\n', "bad_value"),
        "url.jsonl": (b'{"text": "Some text.", "date": "2024-01-05", "publisher": "Gazette", "url": "not a url"}\n', "bad_url"),
        "html.jsonl": (b'{"text": "<div><p>Markup, not text.</p></div>", "date": "2024-01-05", "publisher": "Gazette"}\n', "html"),
        "nopub.jsonl": (b'{"text": "Some text.", "date": "2024-01-05"}\n', "missing_publisher"),
    }
    for name, (data, code) in cases.items():
        path = tmp_path / "in" / name
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        importer = IMPORTERS[name.split(".")[1]]()
        summary = import_sources(importer, [path], tmp_path / "raw")
        codes = {p.code for p in summary.problems}
        assert codes == ({code} if code else set()), (name, summary.problems)
        result = run("import", name.split(".")[1], str(path), "--out", str(tmp_path / "raw2"))
        assert result.exit_code == (1 if code else 0), (name, result.output)
    result = run("import", "csv", str(tmp_path / "nowhere.csv"), "--out", str(tmp_path / "raw"))
    assert result.exit_code == 1 and "no such file or folder" in result.output and "[missing_source]" in result.output


@pytest.mark.parametrize("value, expected", [
    ("2024-03-14", dt.date(2024, 3, 14)), ("2024-03-14 07:30:00", dt.date(2024, 3, 14)),
    ("2024-03-14T23:30:00-05:00", dt.date(2024, 3, 14)), ("2024-03-14T07:30:00Z", dt.date(2024, 3, 14)),
    ("2024-03-14T07:30:00.123456+00:00", dt.date(2024, 3, 14)), (dt.datetime(2024, 3, 14, 7), dt.date(2024, 3, 14)),
    (dt.date(2024, 3, 14), dt.date(2024, 3, 14)),
])
def test_dates_are_read_as_written(value: object, expected: dt.date) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["14/03/2024", "03/14/2024", "last Tuesday", "2024-02-30", "2024-03-14Tnoon", 1710400000, "", None])
def test_ambiguous_or_impossible_dates_are_refused(value: object) -> None:
    with pytest.raises(ValueError):
        parse_date(value)


def test_small_readers() -> None:
    assert [language_code(v) for v in ("en", "en-GB", "EN_us", "deu", "English", 3)] == ["en", "en", "en", "deu", None, None]
    assert authors_of("A One; B Two") == ["A One", "B Two"] and authors_of(["A One"]) == ["A One"] and authors_of(3) is None
    assert authors_of("A One and B Two") == ["A One", "B Two"]
    assert slug("Le Monde diplomatique") == "le-monde-diplomatique" and slug("Ω") == "article" and slug("Ñandú Times") == "nandu-times"


def test_the_curated_columns_validate_and_a_column_may_serve_one_field() -> None:
    from structnews.build.core import curated

    columns = curated.import_columns().columns
    assert columns["text"][:2] == ["maintext", "text"] and "date_publish" in columns["published"]
    with pytest.raises(ValidationError, match="listed for both"):
        ImportColumns.model_validate({"version": 1, "columns": {"text": ["body"], "title": ["Body"]}})
    with pytest.raises(ValidationError):
        ImportColumns.model_validate({"version": 1, "columns": {"text": ["body"], "summary": ["dek"]}})


def test_the_registry_names_each_importer_by_its_format() -> None:
    assert list(IMPORTERS) == ["html", "warc", "jsonl", "csv", "parquet"]
    for name, kind in IMPORTERS.items():
        assert kind.format == name and kind.suffixes and all(s == s.lower() for s in kind.suffixes)
