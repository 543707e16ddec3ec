"""Article dumps: one article per record of a JSONL, CSV or Parquet file (news-please, CC-News, ...).

Which column holds which field is curated data (``data/curated/import_columns.yaml``): the first
listed column that a record has and fills is used, and ``--map FIELD=COLUMN`` names another.
JSONL and CSV are read line by line with the standard library, so that a problem names the line
its record starts on and a bad record (invalid JSON, bytes that are not UTF-8, a row with too many
fields) does not stop the rest; Parquet is read with pyarrow, and a problem names the row.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
from abc import abstractmethod
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from structnews.build.core import curated
from structnews.build.core.errors import Problem
from structnews.build.ingest.importers.base import (
    Candidate,
    Importer,
    Item,
    Origin,
    authors_of,
    compose,
    host_of,
    language_code,
    paragraphs_of,
    parse_date,
)

Record = dict[str, object]
UTF8_HINT = "re-save the file as UTF-8 (from Windows-1252: `iconv -f CP1252 -t UTF-8`)"


class DumpImporter(Importer):
    """The shared part of the dump formats: from a record (a mapping of column to value) to an article."""

    uses_mapping = True

    @abstractmethod
    def records(self, path: Path, display: str) -> Iterator[tuple[int, Record] | Problem]:
        """(line or row number, record) for each record, or a Problem for one that cannot be read."""

    def read(self, path: Path, display: str) -> Iterator[Item]:
        for item in self.records(path, display):
            if isinstance(item, Problem):
                yield item
                continue
            number, record = item
            yield from self.article(record, Origin(display, number, {"format": self.format, "file": path.name, "record": number}))

    def unknown_columns(self, columns: list[str], display: str) -> Problem | None:
        """For formats with a header: a --map that names a column the file does not have."""
        missing = [f"{k}={v}" for k, v in self.options.mapping.items() if v not in columns]
        if not missing:
            return None
        return Problem(display, None, "--map", "unknown_column",
                       f"{', '.join(missing)}: the file has no such column (its columns: {', '.join(map(str, columns)) or 'none'})",
                       "check the column names (they are case-sensitive)")

    def _pick(self, record: Record, name: str) -> tuple[str | None, object]:
        """(column, value) of a field: the --map column, else the first recognised column that is
        filled, else the first recognised column present (with its blank value), else (None, None)."""
        mapped = self.options.mapping.get(name)
        if mapped is not None:
            return (mapped, record[mapped]) if mapped in record else (None, None)
        wanted = curated.import_columns().columns.get(name, [])
        lower = {k.lower(): k for k in record if isinstance(k, str)}
        present = [c for c in wanted if c in record] + [lower[c.lower()] for c in wanted if c not in record and c.lower() in lower]
        for column in present:
            if not _blank(record[column]):
                return column, record[column]
        return (present[0], record[present[0]]) if present else (None, None)

    def article(self, record: Record, origin: Origin) -> list[Candidate | Problem]:
        problems: list[Problem] = []
        fields: dict[str, object] = {}
        provenance: dict[str, str] = {}
        values: dict[str, tuple[str, object]] = {}
        for name in ("text", "title", "published", "publisher", "url", "authors", "language", "license"):
            column, value = self._pick(record, name)
            if column is None:
                continue
            value, problem = _decoded(value, name, column, origin)
            if problem:
                problems.append(problem)
            elif not _blank(value):
                values[name] = (column, value)
        if problems:
            return list(problems)
        text_column, text = values.get("text", (None, None))
        if text_column is None:
            column, _ = self._pick(record, "text")
            mapped = self.options.mapping.get("text")
            if column is not None:
                problems.append(origin.problem("text", "empty_text", f"the text (column '{column}') is empty",
                                               "fill in the article's text, or remove the record"))
            elif mapped:
                problems.append(origin.problem("text", "missing_text", f"the record has no column '{mapped}' (--map text={mapped})",
                                               "check the column name (it is case-sensitive)"))
            else:
                wanted = curated.import_columns().columns["text"]
                problems.append(origin.problem("text", "missing_text", f"no article text: the record has none of the columns {', '.join(wanted)}",
                                               "name the column that holds the text with `--map text=COLUMN`"))
        elif not isinstance(text, str):
            problems.append(origin.problem("text", "bad_text", f"the text (column '{text_column}') must be a string, not {_kind(text)}",
                                           "fix the record, or name the right column with `--map text=COLUMN`"))
        for name in ("title", "publisher", "url", "license"):
            if name in values:
                column, value = values[name]
                if isinstance(value, str):
                    fields[name], provenance[name] = " ".join(value.split()), f"column {column}"
                else:
                    problems.append(_bad(origin, name, column, value, "must be text"))
        if "published" in values:
            column, value = values["published"]
            try:
                fields["published"], provenance["published"] = parse_date(value), f"column {column}"
            except ValueError:
                problems.append(origin.problem("published", "bad_date", f"{_preview(value)} (column '{column}') is not an ISO 8601 date",
                                               "write it as YYYY-MM-DD, or as a date and time such as 2024-03-14T18:05:00Z "
                                               "(`--published` only fills in records that have no date)"))
        if "authors" in values:
            column, value = values["authors"]
            names = authors_of(value)
            if names is None:
                problems.append(_bad(origin, "authors", column, value, "must be a name, names separated by ';', or a list of names"))
            else:
                fields["authors"], provenance["authors"] = names, f"column {column}"
        if "language" in values:
            column, value = values["language"]
            code = language_code(value)
            if code is None:
                problems.append(_bad(origin, "language", column, value, "must be an ISO 639 code such as 'en'"))
            else:
                fields["language"], provenance["language"] = code, f"column {column}"
        if "publisher" not in fields and host_of(fields.get("url")):
            fields["publisher"], provenance["publisher"] = host_of(fields["url"]), f"{provenance['url']} (host)"
        problems.extend(p for p in self.complete(fields, provenance, origin) if not (p.field == "published" and "published" in values))
        if problems:
            return problems
        title = fields.get("title")
        return [Candidate(compose(title if isinstance(title, str) else None, paragraphs_of(str(text))), fields, provenance, origin)]


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str | bytes) and not value.strip()) or value == []


def _kind(value: object) -> str:
    return {bool: "true/false", int: "a number", float: "a number", list: "a list", dict: "a mapping",
            bytes: "bytes"}.get(type(value), type(value).__name__)


def _preview(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _bad(origin: Origin, name: str, column: str, value: object, what: str) -> Problem:
    return origin.problem(name, "bad_value", f"{what}, not {_kind(value)} {_preview(value)} (column '{column}')",
                          f"fix the record, or name another column with `--map {name}=COLUMN`")


def _decoded(value: object, name: str, column: str, origin: Origin) -> tuple[object, Problem | None]:
    """Bytes (a Parquet binary column) decoded as UTF-8; a problem for bytes that are not UTF-8,
    also inside text read with surrogate escapes (CSV)."""
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8"), None
        except UnicodeDecodeError as exc:
            return None, origin.problem(name, "not_utf8", f"column '{column}': invalid UTF-8 at byte {exc.start} of the value "
                                                          f"(0x{value[exc.start]:02x})", UTF8_HINT)
    if isinstance(value, str):
        bad = next((i for i, ch in enumerate(value) if "\udc80" <= ch <= "\udcff"), None)
        if bad is not None:
            before = value[max(0, bad - 20):bad].encode("utf-8", "replace").decode("utf-8").split("\n")[-1]
            return None, origin.problem(name, "not_utf8", f"column '{column}': invalid UTF-8 (byte 0x{ord(value[bad]) - 0xDC00:02x} "
                                                          f"after {before!r})", UTF8_HINT)
    return value, None


def _open(path: Path) -> IO[bytes]:
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb")


class JsonlImporter(DumpImporter):
    format = "jsonl"
    suffixes = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")

    def records(self, path: Path, display: str) -> Iterator[tuple[int, Record] | Problem]:
        number = 0
        try:
            with _open(path) as stream:
                for number, line in enumerate(stream, 1):
                    if not line.strip():
                        continue
                    try:
                        text = line.decode("utf-8").removeprefix("\ufeff")
                    except UnicodeDecodeError as exc:
                        yield Problem(display, number, "record", "not_utf8",
                                      f"invalid UTF-8 at byte {exc.start} of the line (0x{line[exc.start]:02x})", UTF8_HINT)
                        continue
                    try:
                        value = json.loads(text.strip())
                    except json.JSONDecodeError as exc:
                        yield Problem(display, number, "record", "bad_json", f"not valid JSON ({exc.msg} at column {exc.colno})",
                                      "each line of a JSONL file holds one JSON object, e.g. {\"title\": \"...\", \"text\": \"...\"}")
                        continue
                    if not isinstance(value, dict):
                        yield Problem(display, number, "record", "not_an_object", f"the line holds {_kind(value)}, not a JSON object",
                                      "each line of a JSONL file holds one JSON object with the article's fields")
                        continue
                    yield number, value
        except (OSError, EOFError) as exc:
            yield Problem(display, number or None, "source", "bad_file", f"cannot be read ({exc})",
                          "check that the file is complete (and a gzip file if its name ends with .gz)")


class CsvImporter(DumpImporter):
    format = "csv"
    suffixes = (".csv", ".csv.gz")

    def records(self, path: Path, display: str) -> Iterator[tuple[int, Record] | Problem]:
        csv.field_size_limit(max(csv.field_size_limit(), 50_000_000))  # article texts are long fields
        try:
            with _open(path) as raw:
                stream = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="surrogateescape", newline="")
                reader = csv.reader(stream)
                try:
                    header = next(reader)
                except StopIteration:
                    yield Problem(display, None, "source", "empty_file", "the file is empty",
                                  "a CSV dump starts with a header line naming its columns")
                    return
                repeated = sorted({c for c in header if header.count(c) > 1})
                if repeated or not all(c.strip() for c in header):
                    yield Problem(display, 1, "header", "bad_header",
                                  f"the header {'names ' + ', '.join(repeated) + ' twice' if repeated else 'has a column without a name'}",
                                  "give every column one distinct name")
                    return
                problem = self.unknown_columns(header, display)
                if problem:
                    yield problem
                    return
                last = reader.line_num
                while True:
                    try:
                        row = next(reader)
                    except StopIteration:
                        break
                    except csv.Error as exc:
                        yield Problem(display, last + 1, "record", "bad_csv", f"not valid CSV ({exc})",
                                      "check the quoting of the record (a field with commas, quotes or line breaks must be "
                                      "in double quotes, and a quote inside it doubled)")
                        if reader.line_num == last:
                            break
                        last = reader.line_num
                        continue
                    start, last = last + 1, reader.line_num
                    if not any(cell.strip() for cell in row):
                        continue
                    if len(row) != len(header):
                        yield Problem(display, start, "record", "bad_row",
                                      f"the record has {len(row)} fields, the header {len(header)}",
                                      "check the quoting of the record (a field with commas must be in double quotes)")
                        continue
                    yield start, dict(zip(header, row, strict=True))
        except (OSError, EOFError) as exc:
            yield Problem(display, None, "source", "bad_file", f"cannot be read ({exc})",
                          "check that the file is complete (and a gzip file if its name ends with .gz)")


class ParquetImporter(DumpImporter):
    format = "parquet"
    suffixes = (".parquet",)

    def records(self, path: Path, display: str) -> Iterator[tuple[int, Record] | Problem]:
        import pyarrow as pa
        import pyarrow.parquet as pq

        number = 0
        try:
            table = pq.ParquetFile(path)
            problem = self.unknown_columns(table.schema_arrow.names, display)
            if problem:
                yield problem
                return
            for batch in table.iter_batches(batch_size=256):
                for row in batch.to_pylist():
                    number += 1
                    yield number, row
        except (pa.ArrowException, OSError, UnicodeDecodeError) as exc:
            yield Problem(display, number + 1 if number else None, "source", "bad_file", f"not a readable Parquet file ({exc})",
                          "check that the file is a complete Parquet file")
