"""Benchmark: column-wise table validation (structnews.build.tables.tablecheck) against Frictionless.

Why: ``structnews validate`` used to check every row with its Pydantic model, and Frictionless
(the other validator the dataset ships for) reads rows one by one too. This script generates a
mentions-like, an entities-like and an articles-like table with the real schemas (the Arrow
schema and the Frictionless schema both projected from the models; every mention's offsets
point at its text inside its article's text, which holds non-ASCII characters), injects a few
errors of each class (type, constraint, duplicate primary key, foreign key, and one span that
does not fit its article's text), and times, in the same run:

  (a) Frictionless validating the data as a data package of Parquet resources (and of CSV);
  (b) what ``structnews validate`` runs on the same Parquet files: reading them, the column
      checks and keys (tablecheck.check_all) and the span check (checks.check_spans, one join),
      the latter also timed on its own.

Frictionless has no span check: it must report the same classes as ours less ``span_mismatch``.
It prints rows/s for each and their ratio, and ends with ``validate_speedup_vs_frictionless: X``.

Frictionless is slow on a million rows; if its projected time is over --frictionless-budget
seconds, it is measured on the first --sample rows (the injected errors are all inside the
sample) and its rows/s is reported as measured there: throughput per row does not improve with
size, so this flatters Frictionless if anything.

Run: ``python benchmarks/validate.py [--rows N]`` (default 1,000,000 mention rows).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
from structnews.build.tables.checks import check_spans
from structnews.build.tables.tablecheck import check_all
from structnews.schema.projections import arrow_schema, frictionless_schema
from structnews.schema.tables import TABLE_BY_NAME

MENTIONS, ENTITIES, ARTICLES = TABLE_BY_NAME["mentions"], TABLE_BY_NAME["entities"], TABLE_BY_NAME["articles"]
MENTIONS_PER_ARTICLE = 50

# Frictionless error types -> our classes.
FRICTIONLESS_CLASS = {
    "type-error": "type_error",
    "constraint-error": "constraint_error",
    "unique-error": "duplicate_key",
    "primary-key": "duplicate_key",
    "foreign-key": "foreign_key",
}
WORDS = ["Oslo", "Anne Lind", "the European Union", "Reykjavík", "Iceland", "Bjarni Stefánsson", "NATO", "Brussels", "Ōsaka"]
# Text between mentions in the generated articles: characters of 1 to 4 UTF-8 bytes, so that
# character offsets and byte offsets differ.
FILLERS = [" said on Monday that ", " — “we will talk,” added ", ", in Zürich, ", " 🙂 and ", ".\n\nThe minister met "]
TYPES = ["PERSON", "ORG", "GPE", "LOC", "NORP"]
METHODS = ["model", "rule", "gazetteer", "human"]


def _hex_ids(prefix: str, n: int, rng: np.random.Generator) -> list[str]:
    values = rng.integers(0, 2**63 - 1, size=n, dtype=np.int64)
    return [f"{prefix}{v:016x}" for v in values]


def make_articles(ids: list[str], words: list[list[str]], rng: np.random.Generator) -> tuple[pa.Table, list[int]]:
    """An articles table whose texts hold the given words, in order, between fillers; and the
    start offset (in characters) of every word."""
    texts, starts = [], []
    for a, article_words in enumerate(words):
        parts, at = ["Lead paragraph"], len("Lead paragraph")
        for k, word in enumerate(article_words):
            filler = FILLERS[(a + k) % len(FILLERS)]
            parts.append(filler)
            at += len(filler)
            starts.append(at)
            parts.append(word)
            at += len(word)
        parts.append(".")
        texts.append("".join(parts))
    n = len(ids)
    digests = [f"{v:016x}" * 4 for v in rng.integers(0, 2**63 - 1, size=n, dtype=np.int64)]
    articles = {
        "article_id": ids,
        "source_file": [f"bench_{i:06d}.txt" for i in range(n)],
        "title": [f"Article {i}" for i in range(n)],
        "publisher": ["Bench Wire"] * n,
        "authors": [["A. Writer"] if i % 2 else [] for i in range(n)],
        "published": [dt.date(2024, 1, 1) + dt.timedelta(days=i % 365) for i in range(n)],
        "url": [None] * n,
        "language": ["en"] * n,
        "license": ["CC BY 4.0"] * n,
        "dateline": [None] * n,
        "text": texts,
        "raw_sha256": digests,
        "raw_offset_map": [[0, 0, len(t)] for t in texts],
        "word_count": [len(t.split()) for t in texts],
        "paragraph_count": [t.count("\n\n") + 1 for t in texts],
        "quality_flags": [[] for _ in range(n)],
    }
    return pa.Table.from_pydict(articles, schema=arrow_schema(ARTICLES)), starts


def make_tables(rows: int, seed: int = 7) -> tuple[pa.Table, pa.Table, pa.Table, dict[str, list[int]]]:
    """(mentions, entities, articles, injected error rows by class). Mention i refers only to
    entities with index <= i // 10 and to article i // 50, so any prefix of the mentions is a
    valid sample together with the matching prefixes of the entities (rows // 10 of them) and of
    the articles."""
    rng = np.random.default_rng(seed)
    n_ent = max(10, rows // 10)
    entity_ids = _hex_ids("e_", n_ent, rng)
    types = rng.integers(0, len(TYPES), n_ent)
    entities = {
        "entity_id": entity_ids,
        "name": [f"Entity {i}" for i in range(n_ent)],
        "type": [TYPES[t] for t in types],
        "aliases": [[f"E{i}"] if i % 3 == 0 else [] for i in range(n_ent)],
        "description": [None if i % 2 else "a minister" for i in range(n_ent)],
        "wikidata_id": [f"Q{i + 1}" if i % 5 == 0 else None for i in range(n_ent)],
        "mention_count": rng.integers(1, 50, n_ent).tolist(),
        "article_count": rng.integers(1, 5, n_ent).tolist(),
        "method": [METHODS[i % 4] for i in range(n_ent)],
    }
    idx = np.arange(rows)
    ent = (rng.random(rows) * (idx // 10 + 1)).astype(np.int64)
    ent = np.minimum(ent, n_ent - 1)
    words = rng.integers(0, len(WORDS), rows)
    lengths = np.array([len(w) for w in WORDS])[words]
    n_art = -(-rows // MENTIONS_PER_ARTICLE)
    article_ids = _hex_ids("a_", n_art, rng)
    article_of = np.arange(rows) // MENTIONS_PER_ARTICLE
    articles, start_list = make_articles(
        article_ids, [[WORDS[w] for w in words[a * MENTIONS_PER_ARTICLE : (a + 1) * MENTIONS_PER_ARTICLE]] for a in range(n_art)], rng)
    starts = np.array(start_list, dtype=np.int64)
    mentions = {
        "mention_id": _hex_ids("m_", rows, rng),
        "article_id": [article_ids[a] for a in article_of],
        "entity_id": [entity_ids[e] for e in ent],
        "start": starts.tolist(),
        "end": (starts + lengths).tolist(),
        "text": [WORDS[w] for w in words],
        "sentence_index": rng.integers(0, 40, rows).tolist(),
        "method": [METHODS[m] for m in rng.integers(0, 4, rows)],
    }
    # Injected errors, all within the first 5% of the rows (so inside any Frictionless sample).
    span = max(20, rows // 20)
    at = sorted(rng.choice(np.arange(1, span), size=8, replace=False).tolist())
    injected: dict[str, list[int]] = {"type_error": [at[0]], "constraint_error": [at[1], at[2], at[3]],
                                      "duplicate_key": [at[4]], "foreign_key": [at[5]], "span_mismatch": [at[6]]}
    sentence = [str(v) for v in mentions["sentence_index"]]
    sentence[at[0]] = "seven"  # type: a column stored as text with one non-number
    mentions["sentence_index"] = sentence
    mentions["method"][at[1]] = "guess"  # constraint: enum
    mentions["mention_id"][at[2]] = "m_NOT_HEX"  # constraint: pattern
    mentions["text"][at[3]] = None  # constraint: required
    mentions["mention_id"][at[4]] = mentions["mention_id"][0]  # duplicate primary key
    mentions["entity_id"][at[5]] = "e_0000000000000000"  # foreign key
    mentions["start"][at[6]] += 1  # a span one character off (its length still fits its text: only the
    mentions["end"][at[6]] += 1  # span check can tell)
    entity_type_row = int(rng.integers(1, max(2, n_ent // 20)))
    entities["type"][entity_type_row] = "ALIEN"  # constraint: enum, in the entities table
    m_schema = arrow_schema(MENTIONS)
    m_fields = [f if f.name != "sentence_index" else pa.field("sentence_index", pa.string(), nullable=False) for f in m_schema]
    m_fields = [f.with_nullable(True) for f in m_fields]
    m_table = pa.Table.from_pydict(mentions, schema=pa.schema(m_fields))
    e_table = pa.Table.from_pydict(entities, schema=arrow_schema(ENTITIES))
    return m_table, e_table, articles, injected


def write_package(folder: Path, mentions: pa.Table, entities: pa.Table, articles: pa.Table, fmt: str) -> Path:
    """A data package of the three tables; foreign keys to tables not in the benchmark are left out."""
    folder.mkdir(parents=True, exist_ok=True)
    resources = []
    for spec, table in ((MENTIONS, mentions), (ENTITIES, entities), (ARTICLES, articles)):
        schema = frictionless_schema(spec)
        schema["foreignKeys"] = [fk for fk in schema.get("foreignKeys", []) if fk["reference"]["resource"] in {"entities", "articles"}]
        if not schema["foreignKeys"]:
            schema.pop("foreignKeys")
        path = folder / f"{spec.name}.{fmt}"
        if fmt == "parquet":
            pq.write_table(table, path)
        else:
            with open(path, "w", newline="", encoding="utf-8") as fh:
                writer = csv.writer(fh)
                writer.writerow(table.column_names)
                cols = [table.column(c).to_pylist() for c in table.column_names]
                for row in zip(*cols):
                    writer.writerow(["" if v is None else (json.dumps(v) if isinstance(v, list) else v) for v in row])
        resources.append({"name": spec.name, "path": path.name, "format": fmt, "profile": "tabular-data-resource", "schema": schema})
    descriptor = folder / "datapackage.json"
    descriptor.write_text(json.dumps({"name": "bench", "resources": resources}, indent=1), encoding="utf-8")
    return descriptor


def run_frictionless(descriptor: Path) -> tuple[float, set[str], list[str]]:
    from frictionless import Package

    t0 = time.perf_counter()
    report = Package(str(descriptor)).validate(limit_errors=10_000)
    seconds = time.perf_counter() - t0
    classes, unknown = set(), []
    for task in report.tasks:
        for error in task.errors:
            if error.type in FRICTIONLESS_CLASS:
                classes.add(FRICTIONLESS_CLASS[error.type])
            else:
                unknown.append(f"{task.name}: {error.type}: {error.message}")
    for error in report.errors:
        unknown.append(f"package: {error.type}: {error.message}")
    return seconds, classes, unknown


def run_tablecheck(folder: Path) -> tuple[float, float, set[str], list[Any]]:
    """Seconds for everything (read, columns, keys, spans), seconds for the span check alone,
    the classes found and the problems."""
    t0 = time.perf_counter()
    tables = {spec.name: pq.read_table(folder / f"{spec.name}.parquet") for spec in (MENTIONS, ENTITIES, ARTICLES)}
    problems = check_all(tables)
    t1 = time.perf_counter()
    problems += check_spans(tables)
    t2 = time.perf_counter()
    return t2 - t0, t2 - t1, {p.code for p in problems}, problems


def machine() -> str:
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else platform.processor()
    return f"{os.cpu_count()} cores ({len(os.sched_getaffinity(0))} usable), {model}, Python {platform.python_version()}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="mention rows (entities: rows // 10)")
    parser.add_argument("--sample", type=int, default=100_000, help="mention rows Frictionless sees if the full run is too slow")
    parser.add_argument("--frictionless-budget", type=float, default=300.0, help="seconds Frictionless may take on the full data")
    parser.add_argument("--no-csv", action="store_true", help="skip Frictionless on CSV")
    args = parser.parse_args(argv)

    print(f"machine: {machine()}")
    t0 = time.perf_counter()
    mentions, entities, articles, injected = make_tables(args.rows)
    total = mentions.num_rows + entities.num_rows + articles.num_rows
    print(f"generated {mentions.num_rows:,} mentions + {entities.num_rows:,} entities + {articles.num_rows:,} articles "
          f"({sum(len(t) for t in articles.column('text').to_pylist()):,} characters of text) in {time.perf_counter() - t0:.1f} s; "
          f"injected error classes: {sorted(injected)}")
    work = Path(tempfile.mkdtemp(prefix="structnews-bench-"))
    try:
        full = work / "full"
        write_package(full, mentions, entities, articles, "parquet")

        # (b) ours, on everything
        ours_s, spans_s, ours_classes, problems = run_tablecheck(full)
        ours_rate = total / ours_s
        print(f"tablecheck + span check: {total:,} rows in {ours_s:.2f} s = {ours_rate:,.0f} rows/s; classes {sorted(ours_classes)}")
        print(f"  of which the span check (one join per table): {spans_s:.2f} s for {mentions.num_rows:,} mention spans "
              f"= {mentions.num_rows / spans_s:,.0f} spans/s")
        for p in problems:
            print(f"  {p.format()}")

        # (a) Frictionless: estimate on a small probe, then full data or the sample
        probe_rows = min(args.rows, 10_000)
        probe = write_package(work / "probe", mentions.slice(0, probe_rows), entities.slice(0, max(10, probe_rows // 10)),
                              articles.slice(0, -(-probe_rows // MENTIONS_PER_ARTICLE)), "parquet")
        probe_s, _, _ = run_frictionless(probe)
        projected = probe_s * args.rows / probe_rows
        fr_rows = args.rows if projected <= args.frictionless_budget else min(args.rows, args.sample)
        note = "all rows" if fr_rows == args.rows else (f"a sample of the first {fr_rows:,} mentions (full run projected at "
                                                        f"{projected:,.0f} s > {args.frictionless_budget:.0f} s budget)")
        sample_m, sample_e = mentions.slice(0, fr_rows), entities.slice(0, max(10, fr_rows // 10))
        sample_a = articles.slice(0, -(-fr_rows // MENTIONS_PER_ARTICLE))
        fr_total = sample_m.num_rows + sample_e.num_rows + sample_a.num_rows
        descriptor = (full / "datapackage.json" if fr_rows == args.rows
                      else write_package(work / "sample", sample_m, sample_e, sample_a, "parquet"))
        fr_s, fr_classes, unknown = run_frictionless(descriptor)
        fr_rate = fr_total / fr_s
        print(f"frictionless (parquet, {note}): {fr_total:,} rows in {fr_s:.1f} s = {fr_rate:,.0f} rows/s; classes {sorted(fr_classes)}")
        for line in unknown[:10]:
            print(f"  unclassified frictionless error: {line}")

        # the same sample through tablecheck, for a like-for-like comparison
        same_s, _, same_classes, _ = run_tablecheck(descriptor.parent)
        print(f"tablecheck on the same {fr_total:,} rows: {same_s:.3f} s ({fr_s / same_s:,.0f}x faster than frictionless there)")

        csv_rate = None
        if not args.no_csv:
            csv_desc = write_package(work / "csv", sample_m, sample_e, sample_a, "csv")
            csv_s, csv_classes, _ = run_frictionless(csv_desc)
            csv_rate = fr_total / csv_s
            print(f"frictionless (csv, same rows): {fr_total:,} rows in {csv_s:.1f} s = {csv_rate:,.0f} rows/s; classes {sorted(csv_classes)}")
            assert csv_classes == fr_classes, (csv_classes, fr_classes)

        expected = set(injected)
        assert ours_classes == expected, f"tablecheck found {sorted(ours_classes)}, injected {sorted(expected)}"
        assert same_classes == expected, f"tablecheck on the sample found {sorted(same_classes)}"
        assert fr_classes == expected - {"span_mismatch"}, f"frictionless found {sorted(fr_classes)}, injected {sorted(expected)}"
        assert not unknown, unknown
        speedup = ours_rate / fr_rate
        print(f"both report the injected error classes: {sorted(expected - {'span_mismatch'})}; "
              "span_mismatch only tablecheck (Frictionless has no span check)")
        print(f"ratio (rows/s, tablecheck on {total:,} rows vs frictionless parquet on {fr_total:,}): {speedup:,.1f}x")
        print(f"validate_rows_per_second_tablecheck: {ours_rate:.0f}")
        print(f"span_check_seconds: {spans_s:.3f}")
        print(f"validate_rows_per_second_frictionless_parquet: {fr_rate:.0f}")
        if csv_rate:
            print(f"validate_rows_per_second_frictionless_csv: {csv_rate:.0f}")
        print(f"validate_speedup_vs_frictionless: {speedup:.1f}")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
