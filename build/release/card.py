"""The Hugging Face dataset card (``README.md``) and ``CITATION.cff`` of a release.

The card is generated, never hand-edited, so it cannot drift from the data: the YAML front
matter (configs, features, sizes) comes from the table registry and the projections, the data
dictionary from the Pydantic models, the counts and publishers from the tables, the quality
figures from ``structnews.build.use.evaluate`` and the change summary from the release diff.
Nothing in it depends on the clock, so the same inputs give the same bytes.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa
import yaml
from structnews.build.release.figures import FIGURES
from structnews.build.run.provenance import summary
from structnews.build.tables.descriptor import PROVENANCE_KEY
from structnews.schema.projections import Column, columns, hf_feature_dicts
from structnews.schema.tables import TABLES

DEFAULT_REPO_ID = "ORG/structnews"
DEFAULT_TABLE = "articles"


@dataclass
class CardInputs:
    """Everything the card says, gathered by :mod:`structnews.build.release.dataset`."""

    version: str
    repo_id: str
    tables: dict[str, pa.Table]  # the released tables (articles.text may be withheld)
    shards: dict[str, list[dict[str, Any]]]  # table -> shards ({path, rows, bytes, sha256})
    descriptor: dict[str, Any]
    no_text: bool
    human_corrected: bool
    previous_version: str | None
    level: str
    reasons: tuple[str, ...]
    diff_lines: list[str]
    quality: dict[str, Any] | None
    figures: list[str] = field(default_factory=list)
    publishers: list[tuple[str, int, str]] = field(default_factory=list)  # (publisher, articles, licences)
    languages: list[str] = field(default_factory=list)


def size_category(n: int) -> str:
    """The Hub's ``size_categories`` bucket for ``n`` rows."""
    bounds = [(1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M"),
              (10_000_000, "1M<n<10M"), (100_000_000, "10M<n<100M"), (1_000_000_000, "100M<n<1B")]
    for bound, label in bounds:
        if n < bound:
            return label
    return "n>1T" if n >= 10**12 else "1B<n<10B"


def front_matter(ci: CardInputs) -> dict[str, Any]:
    """The card's YAML metadata: one config per table, with features and split sizes."""
    configs, infos = [], []
    for spec in TABLES:
        cfg: dict[str, Any] = {"config_name": spec.name,
                               "data_files": [{"split": "train", "path": f"data/{spec.name}/train-*.parquet"}]}
        if spec.name == DEFAULT_TABLE:
            cfg["default"] = True
        configs.append(cfg)
        infos.append({"config_name": spec.name, "features": hf_feature_dicts(spec),
                      # num_bytes: the Arrow size in memory, which is what `datasets` records for a split
                      "splits": [{"name": "train", "num_bytes": ci.tables[spec.name].nbytes,
                                  "num_examples": ci.tables[spec.name].num_rows}],
                      "download_size": sum(f["bytes"] for f in ci.shards[spec.name]),
                      "dataset_size": ci.tables[spec.name].nbytes})
    licence = (ci.descriptor.get("licenses") or [{"name": "CC-BY-4.0"}])[0]["name"].lower()
    return {
        "pretty_name": "structnews",
        "license": licence,
        "language": ci.languages or ["en"],
        "multilinguality": "monolingual",
        "size_categories": [size_category(max(t.num_rows for t in ci.tables.values()))],
        "task_categories": ["token-classification", "text-classification"],
        "task_ids": ["named-entity-recognition"],
        "tags": ["news", "quotations", "quote-attribution", "named-entities", "entity-linking", "events", "PLOVER"]
                + (["text-withheld"] if ci.no_text else []),
        "annotations_creators": ["machine-generated"] + (["expert-generated"] if ci.human_corrected else []),
        "language_creators": ["found"],
        "source_datasets": ["original"],
        "configs": configs,
        "dataset_info": infos,
    }


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _type(col: Column) -> str:
    base = f"list<{col.item_kind}>" if col.kind == "array" else col.kind
    enum = col.constraints.get("enum") or col.item_constraints.get("enum")
    return f"`{base}` ({', '.join(enum)})" if enum else f"`{base}`"


def _key(col: Column) -> str:
    if col.primary_key:
        return "primary key"
    if col.foreign_key:
        return f"→ `{col.foreign_key}`"
    if col.foreign_key_each:
        return f"→ `{col.foreign_key_each}` (each)"
    return ""


def data_dictionary() -> list[str]:
    """One Markdown table per table: field, type, nullable, key, description (from the models)."""
    lines: list[str] = []
    for spec in TABLES:
        lines += [f"#### `{spec.name}`", "", spec.description, "",
                  "| field | type | nullable | key | description |", "|---|---|---|---|---|"]
        for col in columns(spec.model):
            lines.append(f"| `{col.name}` | {_cell(_type(col))} | {'yes' if col.nullable else 'no'} | {_key(col)} | {_cell(col.description)} |")
        lines.append("")
    return lines


def _quality(q: dict[str, Any] | None) -> list[str]:
    if not q:
        return ["No gold annotations were found next to the tables (`data/gold/*.jsonl`), so this release",
                "carries no measured quality figures. Treat every record as machine output.", ""]
    qq, e, v = q["quotes"], q["entities"], q["events"]
    return [
        "Measured with `structnews evaluate` against hand annotations of the seed articles (formats and",
        "guidelines in the repository's `docs/gold-*.md`).",
        "",
        "> **Development set.** The extraction rules were written while looking at these same articles,",
        "> so these figures are an upper bound, not an estimate of quality on unseen news text.",
        "",
        "| what | precision | recall | F1 | other |",
        "|---|---|---|---|---|",
        f"| direct quotes | {qq['precision']:.3f} | {qq['recall']:.3f} | {qq['f1']:.3f} | speaker accuracy {qq['speaker_accuracy']:.3f} ({qq['gold']} gold quotes) |",
        f"| entities | {e['precision']:.3f} | {e['recall']:.3f} | {e['f1']:.3f} | type accuracy {e['type_accuracy']:.3f}, alias merge {e['alias_merge_accuracy']:.3f} ({e['gold']} gold entities) |",
        f"| events | {v['precision']:.3f} | {v['recall']:.3f} | {v['f1']:.3f} | date accuracy {v['date_accuracy']:.3f}, actor accuracy {v['actor_accuracy']:.3f} ({v['gold']} gold events) |",
        "",
    ]


def _span(articles: pa.Table) -> str:
    dates = sorted(d for d in articles.column("published").to_pylist() if d is not None)
    if not dates:
        return "on unknown dates"
    return f"on {dates[0].isoformat()}" if dates[0] == dates[-1] else f"between {dates[0].isoformat()} and {dates[-1].isoformat()}"


def provenance_lines(descriptor: dict[str, Any], version: str) -> list[str]:
    """The "Provenance" part of the card: what built the tables, and how to rebuild them exactly."""
    p = descriptor.get(PROVENANCE_KEY) or {}
    lines = ["### Provenance", ""]
    if not set(p) - {"release"}:
        lines += ["The build that made these tables recorded no provenance (it predates the lock).", ""]
    else:
        lock = p.get("lock")
        if lock:
            where = f"`{lock}` (SHA-256 of `requirements/lock.txt`)"
        elif p.get("unlocked"):
            where = "none: built in an environment that differs from `requirements/lock.txt` (" + "; ".join(p["unlocked"][:5]) + ")"
        else:
            where = "none: built without a lock file"
        lines += [
            "| what built the tables | |", "|---|---|",
            f"| lock | {_cell(where)} |",
            f"| Python | {p.get('python')} |",
            f"| spaCy | {p.get('spacy')} |",
            f"| model | `{p.get('model')}` |",
            f"| pyarrow (Parquet writer) | {p.get('pyarrow')} |",
            f"| structnews | {p.get('structnews')} |",
            f"| pipeline | `{p.get('pipeline')}` |",
            "",
            "The same is recorded under `structnews:provenance` in `datapackage.json`. To rebuild this release",
            f"byte for byte: check out the repository's commit of release {version} (its `requirements/lock.txt` has",
            "the hash above), set up with the README's first command, which installs only the packages the lock",
            f"pins, by hash, then run `structnews build && structnews release --version {version}`. A build in another",
            "environment gives the same records, but the Parquet files may differ in their bytes.",
            "",
        ]
    if p.get("release"):
        lines += ["> **Written elsewhere.** The files of this folder were written in another environment than the one",
                  f"> that built the tables ({_cell(summary(p['release']))}); the records are the build's.", ""]
    return lines
def _skipped(skipped: list[dict[str, str]]) -> list[str]:
    """The articles a `build --keep-going` left out because the extractor failed on them."""
    if not skipped:
        return []
    return [f"**{len(skipped)} article(s) are missing**: the build was run with `--keep-going` and the extractor "
            "failed on them:", "", *(f"- `{s['source_file']}` ({s['stage']}: {s['error']})" for s in skipped), ""]


def render_card(ci: CardInputs) -> str:
    """The whole README.md: YAML front matter, then the sections users need."""
    meta = yaml.safe_dump(front_matter(ci), sort_keys=False, allow_unicode=True, width=1000)
    t = ci.tables
    repo = ci.repo_id
    counts = ", ".join(f"{t[s.name].num_rows:,} {s.name}" for s in TABLES)
    lines: list[str] = ["---", meta.rstrip("\n"), "---", "", f"# structnews {ci.version}", ""]
    lines += [
        "**Who said what; who did what to whom, when and where** — five linked tables extracted from",
        f"news articles: {counts}. Every span (`start`, `end`) indexes `articles.text`, and ids are",
        "derived from content, so they stay the same across releases.",
        "",
    ]
    if ci.no_text:
        lines += [
            "> **Text withheld.** This variant ships every table, but `articles.text` holds a placeholder",
            "> `withheld:sha256=<hex>;length=<n>` instead of the article body (publishers keep the copyright).",
            "> Put the text back from your own copies of the raw files with",
            "> `structnews rehydrate --raw YOUR_RAW_FOLDER THIS_FOLDER`; every hash and span is checked.",
            "",
        ]
    lines += ["## At a glance", ""]
    for name in ci.figures:
        lines += [f"![{FIGURES.get(name, name)}]({name})", ""]
    lines += [
        "## Uses",
        "",
        "- Who is quoted, how often, by which outlets; quote attribution and speaker linking research.",
        "- Event analysis with PLOVER types (who consults, threatens, sanctions whom, and when).",
        "- Training or evaluating span extractors (entities, quotes, event triggers) on the provided offsets,",
        "  keeping in mind that the labels are machine-made (see quality below).",
        "",
        "### Out-of-scope uses",
        "",
        "- Treating a record as a verified fact: records say what an article reported, extracted by rules",
        "  and a small statistical model, not what happened.",
        "- Profiling private individuals; the entities are the people and organisations named in the news.",
        "- Republishing the article text: it remains the copyright of its publishers (see below).",
        "- Measuring media coverage in general: the articles are a small, hand-picked set, not a sample.",
        "",
        "## The tables",
        "",
        "One config per table (`load_dataset(\"" + repo + "\", \"quotes\")`); `articles` is the default.",
        "",
        "| config | rows | primary key | links to |",
        "|---|---|---|---|",
    ]
    for spec in TABLES:
        links = sorted({f"`{fk.table}`" for fk in spec.foreign_keys} | {f"`{tab}`" for tab in spec.list_references.values()})
        lines.append(f"| `{spec.name}` | {t[spec.name].num_rows:,} | `{spec.primary_key}` | {', '.join(links) or '–'} |")
    lines += ["", "### Data dictionary", "", *data_dictionary()]
    lines += [
        "## How it was built",
        "",
        "Raw article files (plain text as scraped, with a YAML provenance sidecar each) are decoded",
        "strictly as UTF-8, normalised (NFC, `\\n` newlines; mojibake repaired with ftfy and stray control",
        "characters removed, as `quality_flags` record), cleaned of page clutter by curated patterns,",
        "and parsed with the spaCy model `en_core_web_sm` 3.8.0. Entities are canonicalised within and",
        "across articles (gazetteer, person names, acronyms); quotes are found from the characters and",
        "attributed through the parse; events are PLOVER triggers from a curated lexicon, with actors and",
        "dates resolved against the publication date. Human corrections (`data/corrections/`) are applied",
        "at every build and marked `method = human`. Every build checks keys, references and spans.",
        "",
        *provenance_lines(ci.descriptor, ci.version),
        *_skipped((ci.descriptor.get("structnews") or {}).get("skipped") or []),
        "## Extraction quality",
        "",
        *_quality(ci.quality),
        "## Sources and licensing",
        "",
        "The extracted records (entities, mentions, quotes, events and the article metadata) are released",
        f"under {ci.descriptor.get('licenses', [{}])[0].get('name', 'CC-BY-4.0')}. **The article text belongs to its publishers**, who keep the",
        "copyright; it is included for research on the extraction only, and quotes are short excerpts",
        "reproduced for attribution. If you are a publisher and want an article removed, open an issue.",
        "",
        "| publisher | articles | licence stated in the sidecar |",
        "|---|---|---|",
        *[f"| {_cell(p)} | {n} | {_cell(lic)} |" for p, n, lic in ci.publishers],
        "",
        "## Biases and limitations",
        "",
        f"- **A small, hand-picked corpus**: {t['articles'].num_rows:,} articles from {len(ci.publishers)} publisher(s),",
        f"  published {_span(t['articles'])}, in {', '.join(ci.languages) or 'en'}. The entities, event types and",
        "  speakers reflect that selection, not the news at large.",
        "- **Machine labels.** Quote speakers, entity merges and event actors come from rules over a small",
        "  model; errors are systematic (pronoun chains, unnamed sources, long appositives).",
        "- **Official voices dominate**: attribution favours people named with a title and a speech verb;",
        "  unnamed sources are kept but unlinked (`speaker_entity_id` is null).",
        "- **Transliteration and name variants** are merged heuristically; distinct people who share a",
        "  surname in one article may be merged, and one person may be split across articles.",
        "- **Dates** are resolved against the publication date; `date_precision` says how precise they are.",
        "",
        "## Releases",
        "",
    ]
    if ci.previous_version:
        lines += [f"Changes since {ci.previous_version} (a **{ci.level}** release"
                  f"{': ' + '; '.join(ci.reasons) if ci.reasons else ''}):", "", *ci.diff_lines, ""]
    else:
        lines += ["First release (no previous release to compare with).", ""]
    lines += [
        "Versions follow semantic versioning for data: MAJOR for a schema break (field removed, renamed or",
        "retyped, constraint tightened, id scheme changed), MINOR for added records, fields or tables, PATCH",
        "for corrections to existing records and metadata. Each release is a tag `vX.Y.Z` on the Hub; pin it:",
        "",
        "```python",
        "from datasets import load_dataset",
        "",
        f'quotes = load_dataset("{repo}", "quotes", revision="v{ci.version}", split="train")',
        f'articles = load_dataset("{repo}", revision="v{ci.version}", split="train")  # the default config',
        "```",
        "",
        "DuckDB, on a local copy of this folder or on the published one:",
        "",
        "```sql",
        "SELECT e.name AS speaker, count(*) AS quotes",
        "FROM read_parquet('data/quotes/*.parquet') q",
        "JOIN read_parquet('data/entities/*.parquet') e ON q.speaker_entity_id = e.entity_id",
        "GROUP BY speaker ORDER BY quotes DESC LIMIT 10;",
        "",
        f"SELECT count(*) FROM read_parquet('hf://datasets/{repo}/data/quotes/*.parquet');",
        "```",
        "",
        "Also in this folder: `datapackage.json` (Frictionless, with primary and foreign keys),",
        "`croissant.json` (Croissant, with SHA-256 of every file), `CHANGELOG.md`, `CITATION.cff`.",
        "",
        "## Citation",
        "",
        "```bibtex",
        "@misc{structnews,",
        "  title = {structnews: who said what, who did what to whom},",
        "  author = {{structnews contributors}},",
        f"  version = {{{ci.version}}},",
        f"  howpublished = {{\\url{{https://huggingface.co/datasets/{repo}}}}},",
        "}",
        "```",
        "",
    ]
    return "\n".join(lines)


def render_citation(version: str, repo_id: str, date_released: str | None = None) -> str:
    """CITATION.cff (Citation File Format 1.2.0). The date comes from the changelog, never the clock."""
    data = {
        "cff-version": "1.2.0",
        "message": "If you use this dataset, please cite it as below.",
        "type": "dataset",
        "title": "structnews: who said what, who did what to whom",
        "version": version,
        **({"date-released": date_released} if date_released else {}),
        "authors": [{"name": "structnews contributors"}],
        "license": "CC-BY-4.0",
        "url": f"https://huggingface.co/datasets/{repo_id}",
        "keywords": ["news", "quotations", "named entities", "events", "PLOVER"],
        "abstract": "Five linked tables extracted from news articles: articles, entities, mentions, quotes and "
                    "events. Article text remains the copyright of its publishers.",
    }
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000)


def publisher_rows(articles: pa.Table) -> list[tuple[str, int, str]]:
    """(publisher, number of articles, licences stated) sorted by publisher."""
    counts = Counter(articles.column("publisher").to_pylist())
    lic: dict[str, set[str]] = {}
    for p, l in zip(articles.column("publisher").to_pylist(), articles.column("license").to_pylist()):
        lic.setdefault(p, set()).add(l or "not stated")
    return [(p, counts[p], ", ".join(sorted(lic[p]))) for p in sorted(counts)]


# ---- Croissant (the machine-readable card) -----------------------------------------------

CROISSANT_CONTEXT: dict[str, Any] = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "arrayShape": "cr:arrayShape",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "containedIn": "cr:containedIn",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isArray": "cr:isArray",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "parentField": "cr:parentField",
    "path": "cr:path",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}

_CROISSANT_TYPE = {"string": "sc:Text", "integer": "sc:Integer", "number": "sc:Float", "boolean": "sc:Boolean", "date": "sc:Date"}
PARQUET_MEDIA_TYPE = "application/x-parquet"


def croissant(version: str, repo_id: str, descriptor: dict[str, Any], files: dict[str, list[dict[str, Any]]],
              date_published: str | None = None) -> dict[str, Any]:
    """Croissant 1.1 JSON-LD: one FileObject (with SHA-256) per shard, one RecordSet per table,
    primary keys as ``key`` and foreign keys (list-valued ones too) as ``references``.

    ``files`` maps a table to its shards: dicts with ``path`` and ``sha256``. A table in one shard
    is read from its FileObject; a sharded table from a FileSet matching all its shards.
    """
    distribution: list[dict[str, Any]] = []
    record_sets: list[dict[str, Any]] = []
    for spec in TABLES:
        shards = files[spec.name]
        for f in shards:
            distribution.append({"@type": "cr:FileObject", "@id": f["path"], "name": f["path"],
                                 "contentUrl": f["path"], "encodingFormat": PARQUET_MEDIA_TYPE, "sha256": f["sha256"]})
        if len(shards) == 1:
            source_of = {"fileObject": {"@id": shards[0]["path"]}}
        else:
            set_id = f"data/{spec.name}/train-*.parquet"
            distribution.append({"@type": "cr:FileSet", "@id": set_id, "name": set_id,
                                 "encodingFormat": PARQUET_MEDIA_TYPE, "includes": set_id})
            source_of = {"fileSet": {"@id": set_id}}
        fields = []
        for col in columns(spec.model):
            item: dict[str, Any] = {
                "@type": "cr:Field", "@id": f"{spec.name}/{col.name}", "name": col.name, "description": col.description,
                "dataType": _CROISSANT_TYPE[col.item_kind or "string"] if col.kind == "array" else _CROISSANT_TYPE[col.kind],
                "source": {**source_of, "extract": {"column": col.name}},
            }
            if col.kind == "array":
                item["isArray"] = True
                item["arrayShape"] = "-1"
            target = col.references
            if target:
                table, key = target.split(".")
                item["references"] = {"field": {"@id": f"{table}/{key}"}}
            fields.append(item)
        record_sets.append({"@type": "cr:RecordSet", "@id": spec.name, "name": spec.name, "description": spec.description,
                            "key": {"@id": f"{spec.name}/{spec.primary_key}"}, "field": fields})
    licence = (descriptor.get("licenses") or [{}])[0]
    dated = {"datePublished": date_published} if date_published else {}
    return {
        "@context": CROISSANT_CONTEXT,
        "@type": "sc:Dataset",
        "conformsTo": "http://mlcommons.org/croissant/1.1",
        "name": "structnews",
        "description": descriptor.get("description", ""),
        "version": version,
        "license": licence.get("path", "https://creativecommons.org/licenses/by/4.0/"),
        "url": f"https://huggingface.co/datasets/{repo_id}",
        "creator": {"@type": "sc:Organization", "name": "structnews contributors"},
        "keywords": descriptor.get("keywords", []),
        **dated,
        "isLiveDataset": False,
        "citeAs": f"structnews contributors. structnews: who said what, who did what to whom (version {version}). "
                  f"https://huggingface.co/datasets/{repo_id}",
        "distribution": distribution,
        "recordSet": record_sets,
    }
