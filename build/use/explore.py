"""The explorer: a static HTML site over the built tables (``structnews explore``).

Plain HTML, one local stylesheet and one small local script; no server, no network, no CDN.
Every page is a pure function of the tables, so the same tables always give the same bytes.

Pages (relative to the output folder):

- ``index.html``            articles: publisher, date, title, counts, quality flags (sortable, filterable)
- ``articles/<id>.html``    clean text with mentions (colour per type), quotes (speaker badge, hover title,
                            margin note with attribution method and confidence) and events beside the
                            paragraph that reports them; every record carries its id as an anchor
- ``entities.html``         every entity with counts (sortable, filterable)
- ``entities/<id>.html``    aliases, description, every mention, the entity's quotes in date order, its events
- ``timeline.html``         events across articles by resolved date
- ``assets/``               explorer.css, explorer.js (copied from ``explore_assets/``)

Every record has a "how to correct this" box holding the exact YAML for ``data/corrections/``
(see docs/corrections.md); it names its target by article and text where that is unique, else by id.

All text from the tables is escaped (``html.escape``); spans are rendered with a stack that
closes and reopens elements where spans cross, so the HTML is always well-formed.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import yaml
from structnews.build.core.staging import Busy, staged_folder
from structnews.build.tables.folder import FolderError, read_table
from structnews.schema.entities import EntityType
from structnews.schema.events import DatePrecision, EventContext, EventType
from structnews.schema.tables import TABLES

ASSETS = Path(__file__).parent / "explore_assets"
MARKER = ".structnews-explorer"  # written into the output folder; only such a folder is ever emptied
ENTITY_TYPES = tuple(t.value for t in EntityType)  # the schema's order is the display order
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
       "base-uri 'none'; form-action 'none'")
REASON = "TODO: why this is wrong"


class ExploreError(Exception):
    """The tables cannot be found or read."""


# --------------------------------------------------------------------------------------------
# Loading


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _table_rows(root: Path, name: str) -> list[dict[str, Any]]:
    try:
        return read_table(root, name).to_pylist()
    except FolderError as exc:
        raise ExploreError(str(exc)) from exc


@dataclass
class Corpus:
    articles: list[dict[str, Any]]  # sorted by (published, article_id)
    entities: dict[str, dict[str, Any]]
    mentions: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # by article_id, in text order
    quotes: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    events: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    @property
    def article_by_id(self) -> dict[str, dict[str, Any]]:
        return {a["article_id"]: a for a in self.articles}


def load_corpus(root: Path) -> Corpus:
    """The five tables under ``root/data/<table>/*.parquet`` (a build output or a release folder)."""
    tables = {spec.name: _table_rows(root, spec.name) for spec in TABLES}
    articles = tables["articles"]
    for a in articles:
        a["published"] = _date(a["published"])
        a["stem"] = Path(a["source_file"]).stem
    articles.sort(key=lambda a: (a["published"], a["article_id"]))
    entities = {e["entity_id"]: e for e in sorted(tables["entities"], key=lambda e: e["entity_id"])}
    corpus = Corpus(articles, entities)
    for name, key in (("mentions", ("start", "end", "mention_id")), ("quotes", ("start", "end", "quote_id")),
                      ("events", ("trigger_start", "type", "event_id"))):
        grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in tables[name]:
            if name == "events":
                row["date"] = _date(row["date"])
            grouped[row["article_id"]].append(row)
        for rows in grouped.values():
            rows.sort(key=lambda r: tuple(r[k] for k in key))
        setattr(corpus, name, dict(grouped))
    return corpus


# --------------------------------------------------------------------------------------------
# Escaping and small HTML helpers


def esc(text: Any) -> str:
    """Text content, escaped."""
    return html.escape(str(text), quote=False)


def attr(text: Any) -> str:
    """An attribute value, escaped (quotes too)."""
    return html.escape(str(text), quote=True)


def _attrs(pairs: Iterable[tuple[str, Any]]) -> str:
    return "".join(f' {k}="{attr(v)}"' for k, v in pairs if v is not None)


def _safe_url(url: str | None) -> str | None:
    return url if url and re.match(r"^https?://", url, re.IGNORECASE) else None


def _fmt_conf(value: float) -> str:
    return f"{value:.2f}"


# --------------------------------------------------------------------------------------------
# Spans -> well-formed HTML


@dataclass(frozen=True)
class Span:
    """An element over ``text[start:end]``. A lower ``rank`` is always the outer element (where spans
    cross, the higher-ranked one is split)."""

    start: int
    end: int
    rank: int
    tag: str
    attrs: tuple[tuple[str, str], ...]
    key: str  # unique per span; the first piece gets ``id=key`` if ``anchor``
    anchor: bool = True


def render_spans(text: str, lo: int, hi: int, spans: list[Span], opened: set[str]) -> str:
    """HTML for ``text[lo:hi]`` with every span clipped to it.

    At each boundary the wanted stack of open elements (outermost first: lower rank, so quotes
    hold mentions and mentions hold triggers; then earlier start, later end) is compared with the
    current one; elements are closed down to the common
    prefix and the rest opened, so crossing spans are split into pieces and nesting is always
    proper. Only a span's first piece carries its id (``opened`` is shared across calls); later
    pieces get the class ``cont``. An ``a`` inside another ``a`` becomes a ``span`` (no nested links).
    """
    pieces = []
    for s in spans:
        cs, ce = max(s.start, lo), min(s.end, hi)
        if cs < ce:
            pieces.append((cs, ce, s))
    order = {id(p): (p[2].rank, p[0], -p[1], p[2].key) for p in pieces}
    bounds = sorted({lo, hi} | {p[0] for p in pieces} | {p[1] for p in pieces})
    out: list[str] = []
    stack: list[tuple[tuple[int, int, Span], str]] = []
    for a, b in zip(bounds, bounds[1:]):
        active = sorted((p for p in pieces if p[0] <= a and p[1] >= b), key=lambda p: order[id(p)])
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep][0] is active[keep]:
            keep += 1
        while len(stack) > keep:
            out.append(f"</{stack.pop()[1]}>")
        for piece in active[keep:]:
            s = piece[2]
            tag = s.tag
            attrs = list(s.attrs)
            if tag == "a" and any(t == "a" for _, t in stack):
                tag = "span"
                attrs = [(k, v) for k, v in attrs if k != "href"]
            first = s.key not in opened
            opened.add(s.key)
            if first and s.anchor:
                attrs.insert(0, ("id", s.key))
            if not first:
                attrs = [(k, v + " cont" if k == "class" else v) for k, v in attrs]
                attrs = [(k, v) for k, v in attrs if k != "data-speaker"]  # the badge shows once
            out.append(f"<{tag}{_attrs(attrs)}>")
            stack.append((piece, tag))
        out.append(esc(text[a:b]))
    while stack:
        out.append(f"</{stack.pop()[1]}>")
    return "".join(out)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph (separated by blank lines)."""
    out, pos = [], 0
    for m in re.finditer(r"\n\s*\n", text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


# --------------------------------------------------------------------------------------------
# Correction YAML (docs/corrections.md)

_PLAIN = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_ .'’()/-]*[A-Za-z0-9_.)’']$|^[A-Za-z_]$")


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(json.dumps(str(v), ensure_ascii=False) for v in value) + "]"
    text = str(value)
    if _PLAIN.match(text) and ": " not in text and " #" not in text:
        try:
            if yaml.safe_load(text) == text:
                return text
        except yaml.YAMLError:
            pass
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid double-quoted YAML scalar


def correction_yaml(entry: dict[str, Any], comments: dict[str, str] | None = None) -> str:
    """A complete corrections file holding one entry, with optional end-of-line comments."""
    comments = comments or {}
    lines = ["corrections:"]
    for i, (key, value) in enumerate(entry.items()):
        lead = "  - " if i == 0 else "    "
        note = f"  # {comments[key]}" if key in comments else ""
        lines.append(f"{lead}{key}: {_scalar(value)}{note}")
    return "\n".join(lines) + "\n"


class Targets:
    """How corrections name records: by article and text where unique, else by id."""

    def __init__(self, corpus: Corpus):
        self.corpus = corpus
        self.by_name: dict[str, list[str]] = defaultdict(list)
        self.by_alias: dict[str, list[str]] = defaultdict(list)
        for eid, e in corpus.entities.items():
            self.by_name[e["name"].lower()].append(eid)
            for alias in e["aliases"]:
                self.by_alias[alias.lower()].append(eid)

    def entity(self, eid: str) -> str:
        """The entity's name if it resolves to this entity alone (as build/corrections.py resolves), else its id."""
        name = self.corpus.entities[eid]["name"]
        hits = self.by_name.get(name.lower()) or self.by_alias.get(name.lower()) or []
        return name if hits == [eid] else eid

    def quote(self, q: dict[str, Any], article: dict[str, Any]) -> dict[str, Any]:
        others = self.corpus.quotes.get(q["article_id"], [])

        def unique(part: str) -> bool:
            return sum(1 for o in others if part in o["text"]) == 1

        part = _unique_part(q["text"], 0, 0, unique, before=0)
        return {"article": article["stem"], "text": part} if part else {"quote_id": q["quote_id"]}

    def event(self, v: dict[str, Any], article: dict[str, Any]) -> dict[str, Any]:
        body = article["text"]
        s0, s1 = v["sentence_start"], v["sentence_end"]
        others = [body[o["sentence_start"] : o["sentence_end"]] for o in self.corpus.events.get(v["article_id"], [])
                  if o["trigger"] == v["trigger"]]

        def unique(part: str) -> bool:
            return sum(1 for o in others if part in o) == 1

        part = _unique_part(body[s0:s1], v["trigger_start"] - s0, v["trigger_end"] - s0, unique, before=3)
        if part:
            return {"article": article["stem"], "sentence": part, "trigger": v["trigger"]}
        return {"event_id": v["event_id"]}


def _unique_part(text: str, lo: int, hi: int, unique: Any, before: int, after: int = 6) -> str | None:
    """The shortest run of whole words around text[lo:hi] (``before`` words before it, ``after`` after,
    widened two words at a time) that ``unique`` accepts; None if even the whole text is not unique.
    Short targets keep the YAML readable; the build reports a target that stops being unique."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    if not words:
        return None
    first = next((i for i, (s, e) in enumerate(words) if e > lo), 0)
    last = next((i for i, (s, e) in enumerate(words) if e >= hi), first)
    b, a = before, after
    while True:
        i, j = max(0, first - b), min(len(words) - 1, last + a)
        part = text[words[i][0] : words[j][1]]
        if unique(part):
            return part
        if i == 0 and j == len(words) - 1:
            return None
        b, a = b + 2, a + 2


def quote_corrections(q: dict[str, Any], article: dict[str, Any], t: Targets) -> list[tuple[str, str]]:
    target = t.quote(q, article)
    speaker = t.entity(q["speaker_entity_id"]) if q["speaker_entity_id"] else None
    set_speaker = {"action": "set_speaker", **target, "speaker": speaker}
    if q["speaker_text"]:
        set_speaker["speaker_text"] = q["speaker_text"]
    set_speaker["reason"] = REASON
    return [
        ("Wrong speaker", correction_yaml(set_speaker, {"speaker": "name, alias or id; null: unnamed source"})),
        ("Not a quote", correction_yaml({"action": "not_a_quote", **target, "reason": REASON})),
    ]


def event_corrections(v: dict[str, Any], article: dict[str, Any], t: Targets) -> list[tuple[str, str]]:
    target = t.event(v, article)
    fix: dict[str, Any] = {"action": "set_event", **target, "type": v["type"]}
    if v["mode"]:
        fix["mode"] = v["mode"]
    if v["context"]:
        fix["context"] = v["context"]
    if v["date"] is not None:
        fix["date"] = v["date"].isoformat()
        fix["date_precision"] = v["date_precision"]
    fix["reason"] = REASON
    return [
        ("Wrong type, mode, context or date", correction_yaml(fix)),
        ("Not an event", correction_yaml({"action": "set_event", **target, "remove": True, "reason": REASON})),
    ]


def entity_corrections(e: dict[str, Any], t: Targets) -> list[tuple[str, str]]:
    ref = t.entity(e["entity_id"])
    fix: dict[str, Any] = {"action": "set_entity", "entity": ref, "name": e["name"], "type": e["type"]}
    if e["description"]:
        fix["description"] = e["description"]
    if e["wikidata_id"]:
        fix["wikidata_id"] = e["wikidata_id"]
    fix["reason"] = REASON
    merge = {"action": "merge_entities", "entities": [ref, "NAME OR ID OF THE DUPLICATE"], "reason": REASON}
    return [
        ("Wrong name, type or description", correction_yaml(fix)),
        ("Same entity as another", correction_yaml(merge, {"entities": "all are merged into the first"})),
    ]


def split_correction(e: dict[str, Any], article: dict[str, Any], forms: list[str], t: Targets) -> tuple[str, str]:
    entry = {"action": "split_entity", "entity": t.entity(e["entity_id"]), "article": article["stem"],
             "mentions": forms, "name": e["name"], "type": e["type"], "reason": REASON}
    return ("These mentions are a different entity", correction_yaml(
        entry, {"mentions": "keep only the surface forms that are wrong", "name": "the other entity's name"}))


_EVENT_TYPES = tuple(t.value for t in EventType)


def fix_box(blocks: list[tuple[str, str]]) -> str:
    """A collapsed "how to correct this" box (the page's help box says where the YAML goes)."""
    inner = "".join(f'<p class="fix-label">{esc(label)}</p><pre class="yaml">{esc(text)}</pre>' for label, text in blocks)
    return f'<details class="fix"><summary>How to correct this</summary>{inner}</details>'


def fix_help(stem: str) -> str:
    """Once per page: what to do with the YAML in the boxes."""
    return (f'<details class="fix-help"><summary>How to correct a record</summary><p>Every quote, event and entity has a '
            f'<em>How to correct this</em> box with the YAML of a correction (docs/corrections.md). Save it as '
            f'<code>data/corrections/{esc(stem)}.yaml</code> (or add the entry under an existing <code>corrections:</code> '
            f'list), replace the values that are wrong and the <code>reason</code>, then run <code>structnews build</code>. '
            f'Event types: {esc(", ".join(_EVENT_TYPES))}. Event context: {esc(", ".join(c.value for c in EventContext))}. '
            f'Date precision: {esc(", ".join(p.value for p in DatePrecision))}. Entity types: {esc(", ".join(ENTITY_TYPES))}. The anchors (q_…, v_…, m_…, e_…) are the '
            f'records\' ids.</p></details>')


# --------------------------------------------------------------------------------------------
# Page frame


def page(title: str, body: str, depth: int, body_class: str) -> str:
    up = "../" * depth
    nav = (f'<nav class="top"><a href="{up}index.html">Articles</a><a href="{up}entities.html">Entities &amp; speakers</a>'
           f'<a href="{up}timeline.html">Timeline</a><span class="brand">structnews explorer</span></nav>')
    return ("<!doctype html>\n"
            f'<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta http-equiv="Content-Security-Policy" content="{attr(CSP)}">'
            f'<meta name="referrer" content="no-referrer">'
            f"<title>{esc(title)} · structnews</title>"
            f'<link rel="stylesheet" href="{up}assets/explorer.css">'
            f'<script src="{up}assets/explorer.js" defer></script></head>\n'
            f'<body class="{body_class}">{nav}\n{body}\n</body></html>\n')


def _title(a: dict[str, Any]) -> str:
    return a["title"] or f"(no headline) {a['source_file']}"


def _entity_link(e: dict[str, Any] | None, up: str, fallback: str = "?") -> str:
    if e is None:
        return esc(fallback)
    return f'<a class="ent-link t-{attr(e["type"])}" href="{up}entities/{attr(e["entity_id"])}.html">{esc(e["name"])}</a>'


def _speaker_label(q: dict[str, Any], entities: dict[str, dict[str, Any]]) -> str:
    e = entities.get(q["speaker_entity_id"] or "")
    if e:
        return e["name"]
    if q["speaker_text"]:
        return f"{q['speaker_text']} (unnamed)" if q["attribution"] == "unnamed" else q["speaker_text"]
    return "no speaker found"


def _id_link(record_id: str, href: str | None = None) -> str:
    return f'<a class="rid" href="{attr(href or "#" + record_id)}" title="link to this record">{esc(record_id)}</a>'


def _snippet(text: str, start: int, end: int, width: int = 60) -> str:
    """Escaped context around text[start:end], the span itself in <mark>, whitespace collapsed."""
    lo, hi = max(0, start - width), min(len(text), end + width)
    flat = lambda s: re.sub(r"\s+", " ", s)  # noqa: E731
    return (("…" if lo > 0 else "") + esc(flat(text[lo:start])) + "<mark>" + esc(flat(text[start:end])) + "</mark>"
            + esc(flat(text[end:hi])) + ("…" if hi < len(text) else ""))


def _date_text(v: dict[str, Any]) -> str:
    if v["date"] is None:
        return "no date" + (f" (“{v['date_text']}”)" if v["date_text"] else "")
    d: dt.date = v["date"]
    shown = {"day": d.isoformat(), "month": d.strftime("%Y-%m"), "year": str(d.year)}.get(v["date_precision"], d.isoformat())
    return shown + (f" (“{v['date_text']}”)" if v["date_text"] else "")


def _event_parties(v: dict[str, Any], entities: dict[str, dict[str, Any]], up: str) -> str:
    def names(ids: list[str]) -> str:
        return ", ".join(_entity_link(entities.get(i), up, i) for i in ids) or "—"

    place = _entity_link(entities.get(v["location_entity_id"]), up, v["location_entity_id"]) if v["location_entity_id"] else "—"
    return (f'<dl class="kv"><dt>actors</dt><dd>{names(v["actor_entity_ids"])}</dd>'
            f'<dt>recipients</dt><dd>{names(v["recipient_entity_ids"])}</dd>'
            f'<dt>place</dt><dd>{place}</dd><dt>date</dt><dd>{esc(_date_text(v))}</dd></dl>')


# --------------------------------------------------------------------------------------------
# Article page


def article_page(a: dict[str, Any], corpus: Corpus, t: Targets) -> str:
    aid, text, up = a["article_id"], a["text"], "../"
    entities = corpus.entities
    mentions = corpus.mentions.get(aid, [])
    quotes = corpus.quotes.get(aid, [])
    events = corpus.events.get(aid, [])

    spans: list[Span] = []
    for q in quotes:
        who = _speaker_label(q, entities)
        title = (f"{who} — {q['kind']} quote{', fragment' if q['is_fragment'] else ''}; cue: {q['cue'] or '—'}; "
                 f"attribution: {q['attribution']}; confidence {_fmt_conf(q['confidence'])}; {q['quote_id']}")
        spans.append(Span(q["start"], q["end"], 0, "span", (
            ("class", f"quote k-{q['kind']} at-{q['attribution']}"), ("data-speaker", who),
            ("title", title)), q["quote_id"]))
    for m in mentions:
        e = entities.get(m["entity_id"], {"name": m["entity_id"], "type": "UNKNOWN"})
        spans.append(Span(m["start"], m["end"], 1, "a", (
            ("class", f"ent t-{e['type']}"), ("href", f"{up}entities/{m['entity_id']}.html"),
            ("title", f"{e['name']} · {e['type']} · {m['mention_id']}")), m["mention_id"]))
    for v in events:
        spans.append(Span(v["trigger_start"], v["trigger_end"], 2, "a", (
            ("class", f"trigger ty-{v['type']}"), ("href", f"#{v['event_id']}"),
            ("title", f"{v['type']}{' (' + v['mode'] + ')' if v['mode'] else ''} · {v['event_id']}")),
            "t-" + v["event_id"]))

    paras = paragraphs(text)

    def para_of(offset: int) -> int:
        for i, (s, e) in enumerate(paras):
            if offset < e:
                return i
        return len(paras) - 1

    notes: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    for q in quotes:
        who = _speaker_label(q, entities)
        speaker = _entity_link(entities.get(q["speaker_entity_id"] or ""), up, who)
        short = q["text"] if len(q["text"]) <= 90 else q["text"][:87] + "…"
        card = (f'<div class="card qcard" id="n-{attr(q["quote_id"])}">'
                f'<p class="card-head"><span class="badge">{esc(q["kind"])} quote{" · fragment" if q["is_fragment"] else ""}</span> '
                f'<a href="#{attr(q["quote_id"])}">“{esc(short)}”</a></p>'
                f'<dl class="kv"><dt>speaker</dt><dd class="speaker">{speaker}'
                + (f' <span class="as-written">as “{esc(q["speaker_text"])}”</span>' if q["speaker_text"] and q["speaker_entity_id"] else "")
                + f'</dd><dt>cue</dt><dd>{esc(q["cue"] or "—")}</dd>'
                f'<dt>attribution</dt><dd class="attribution">{esc(q["attribution"])}</dd>'
                f'<dt>confidence</dt><dd class="confidence">{_fmt_conf(q["confidence"])}</dd></dl>'
                f'<p class="ids">{esc(q["method"])} · {_id_link(q["quote_id"])}</p>{fix_box(quote_corrections(q, a, t))}</div>')
        notes[para_of(q["start"])].append((q["start"], 0, card))
    for v in events:
        head = v["type"] + (f" · {v['mode']}" if v["mode"] else "")
        ctx = f' <span class="ctx">{esc(v["context"])}</span>' if v["context"] else ""
        card = (f'<div class="card vcard ty-{attr(v["type"])}" id="{attr(v["event_id"])}">'
                f'<p class="card-head"><span class="badge ev">{esc(head)}</span>{ctx} '
                f'<a href="#t-{attr(v["event_id"])}">“{esc(v["trigger"])}”</a></p>'
                f'{_event_parties(v, entities, up)}'
                f'<p class="ids">confidence {_fmt_conf(v["confidence"])} · {esc(v["method"])} · {_id_link(v["event_id"])}'
                f' · cluster <a href="{up}timeline.html#{attr(v["cluster_id"])}">{esc(v["cluster_id"])}</a></p>'
                f'{fix_box(event_corrections(v, a, t))}</div>')
        notes[para_of(v["trigger_start"])].append((v["trigger_start"], 1, card))

    opened: set[str] = set()
    rows = []
    for i, (s, e) in enumerate(paras):
        cls = "para headline" if i == 0 and "no_headline" not in a["quality_flags"] else "para"
        aside = "".join(c for _, _, c in sorted(notes.get(i, []), key=lambda n: (n[0], n[1])))
        rows.append(f'<div class="row" id="p{i}"><p class="{cls}">{render_spans(text, s, e, spans, opened)}</p>'
                    f'<aside class="notes">{aside}</aside></div>')

    types_here = sorted({entities[m["entity_id"]]["type"] for m in mentions if m["entity_id"] in entities},
                        key=lambda x: ENTITY_TYPES.index(x) if x in ENTITY_TYPES else 99)
    legend = "".join(f'<button type="button" class="legend-item t-{attr(ty)}" data-type="{attr(ty)}" aria-pressed="true">{esc(ty)}</button>'
                     for ty in types_here)
    legend += ('<span class="legend-item quote-key">quote (badge: speaker)</span>'
               '<span class="legend-item trigger-key">event trigger</span>')

    # Entities in this article, with the split correction (a mention given to the wrong entity).
    by_entity: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in mentions:
        by_entity[m["entity_id"]].append(m)
    ent_rows = []
    for eid in sorted(by_entity, key=lambda x: (entities.get(x, {}).get("type", ""), entities.get(x, {}).get("name", x), x)):
        e = entities.get(eid)
        if e is None:
            continue
        ms = by_entity[eid]
        forms = sorted({m["text"] for m in ms})
        links = " ".join(f'<a href="#{attr(m["mention_id"])}" title="{attr(m["mention_id"])}">{k}</a>' for k, m in enumerate(ms, 1))
        ent_rows.append(f'<li>{_entity_link(e, up)} <span class="type">{esc(e["type"])}</span> '
                        f'<span class="forms">{esc(" / ".join(forms))}</span> <span class="mlinks">mentions: {links}</span>'
                        f'{fix_box([split_correction(e, a, forms, t)])}</li>')

    url = _safe_url(a["url"])
    meta = [esc(a["publisher"]), esc(a["published"].isoformat())]
    if a["authors"]:
        meta.append("by " + esc(", ".join(a["authors"])))
    if a["dateline"]:
        meta.append("dateline " + esc(a["dateline"]))
    meta.append(f'{a["word_count"]} words')
    flags = "".join(f'<span class="flag">{esc(f)}</span>' for f in a["quality_flags"]) or '<span class="noflag">no quality flags</span>'
    head = (f'<header class="art-head" id="{attr(aid)}"><h1>{esc(_title(a))}</h1>'
            f'<p class="meta">{" · ".join(meta)}</p><p class="flags">{flags}</p>'
            f'<p class="ids">{_id_link(aid)} · raw file <code>data/raw/{esc(a["source_file"])}</code>'
            + (f' · <a href="{attr(url)}" rel="noopener noreferrer nofollow">original</a>' if url else "")
            + f' · {len(quotes)} quotes · {len(by_entity)} entities · {len(events)} events</p>'
            f'<div class="legend" aria-label="legend">{legend}</div>{fix_help(a["stem"])}</header>')
    body = (f'<main class="article-main">{head}<article class="text">{"".join(rows)}</article>'
            f'<section class="entities-here"><h2>Entities in this article</h2><ul>{"".join(ent_rows)}</ul></section></main>')
    return page(_title(a), body, 1, "article-page")


# --------------------------------------------------------------------------------------------
# Index, entity, timeline pages


def index_page(corpus: Corpus) -> str:
    rows = []
    publishers, flags = set(), set()
    for a in corpus.articles:
        aid = a["article_id"]
        n_ent = len({m["entity_id"] for m in corpus.mentions.get(aid, [])})
        publishers.add(a["publisher"])
        flags.update(a["quality_flags"])
        rows.append(
            f'<tr data-publisher="{attr(a["publisher"])}" data-flags="{attr(" ".join(a["quality_flags"]))}">'
            f'<td data-v="{a["published"].isoformat()}">{a["published"].isoformat()}</td>'
            f'<td>{esc(a["publisher"])}</td>'
            f'<td><a href="articles/{attr(aid)}.html">{esc(_title(a))}</a></td>'
            f'<td class="num" data-v="{a["word_count"]}">{a["word_count"]}</td>'
            f'<td class="num" data-v="{len(corpus.quotes.get(aid, []))}">{len(corpus.quotes.get(aid, []))}</td>'
            f'<td class="num" data-v="{n_ent}">{n_ent}</td>'
            f'<td class="num" data-v="{len(corpus.events.get(aid, []))}">{len(corpus.events.get(aid, []))}</td>'
            f'<td>{"".join(f"<span class=flag>{esc(f)}</span>" for f in a["quality_flags"])}</td></tr>')
    opts = lambda values: "".join(f'<option value="{attr(v)}">{esc(v)}</option>' for v in sorted(values))  # noqa: E731
    controls = (f'<div class="filters" data-table="articles">'
                f'<label>Search <input type="search" data-key="text" placeholder="title, publisher…"></label>'
                f'<label>Publisher <select data-key="publisher"><option value="">all</option>{opts(publishers)}</select></label>'
                f'<label>Quality flag <select data-key="flags"><option value="">any</option>{opts(flags)}</select></label>'
                f'<span class="shown" aria-live="polite"></span></div>')
    head = ('<thead><tr><th data-type="text">Date</th><th data-type="text">Publisher</th><th data-type="text">Title</th>'
            '<th data-type="num">Words</th><th data-type="num">Quotes</th><th data-type="num">Entities</th>'
            '<th data-type="num">Events</th><th data-type="text">Quality flags</th></tr></thead>')
    body = (f'<main><h1>Articles</h1><p class="lead">{len(corpus.articles)} articles, '
            f'{sum(len(v) for v in corpus.quotes.values())} quotes, {len(corpus.entities)} entities, '
            f'{sum(len(v) for v in corpus.events.values())} events. Click a column to sort.</p>{controls}'
            f'<table class="sortable filterable" id="articles">{head}<tbody>{"".join(rows)}</tbody></table></main>')
    return page("Articles", body, 0, "index-page")


def _entity_usage(corpus: Corpus) -> tuple[dict[str, list], dict[str, list], dict[str, list]]:
    mentions: dict[str, list] = defaultdict(list)
    quotes: dict[str, list] = defaultdict(list)
    events: dict[str, list] = defaultdict(list)
    for a in corpus.articles:
        aid = a["article_id"]
        for m in corpus.mentions.get(aid, []):
            mentions[m["entity_id"]].append((a, m))
        for q in corpus.quotes.get(aid, []):
            if q["speaker_entity_id"]:
                quotes[q["speaker_entity_id"]].append((a, q))
        for v in corpus.events.get(aid, []):
            roles = [("actor", x) for x in v["actor_entity_ids"]] + [("recipient", x) for x in v["recipient_entity_ids"]]
            if v["location_entity_id"]:
                roles.append(("place", v["location_entity_id"]))
            seen: dict[str, list[str]] = defaultdict(list)
            for role, eid in roles:
                seen[eid].append(role)
            for eid, rs in seen.items():
                events[eid].append((a, v, rs))
    return mentions, quotes, events


def _event_key(a: dict[str, Any], v: dict[str, Any]) -> tuple:
    return (v["date"] or a["published"], a["published"], a["article_id"], v["trigger_start"], v["event_id"])


def entities_page(corpus: Corpus, usage: tuple) -> str:
    mentions, quotes, events = usage
    rows = []
    for eid, e in sorted(corpus.entities.items(), key=lambda kv: (kv[1]["name"].lower(), kv[0])):
        nq, nv = len(quotes.get(eid, [])), len(events.get(eid, []))
        rows.append(f'<tr data-type="{attr(e["type"])}" data-speaker="{"yes" if nq else "no"}">'
                    f'<td>{_entity_link(e, "")}</td><td>{esc(e["type"])}</td>'
                    f'<td class="num" data-v="{e["mention_count"]}">{e["mention_count"]}</td>'
                    f'<td class="num" data-v="{e["article_count"]}">{e["article_count"]}</td>'
                    f'<td class="num" data-v="{nq}">{nq}</td><td class="num" data-v="{nv}">{nv}</td>'
                    f'<td class="aliases">{esc("; ".join(e["aliases"]))}</td></tr>')
    types = sorted({e["type"] for e in corpus.entities.values()})
    controls = ('<div class="filters" data-table="entities">'
                '<label>Search <input type="search" data-key="text" placeholder="name, alias…"></label>'
                '<label>Type <select data-key="type"><option value="">all</option>'
                + "".join(f'<option value="{attr(t)}">{esc(t)}</option>' for t in types)
                + '</select></label><label>Speakers <select data-key="speaker"><option value="">all</option>'
                '<option value="yes">quoted only</option></select></label><span class="shown" aria-live="polite"></span></div>')
    head = ('<thead><tr><th data-type="text">Name</th><th data-type="text">Type</th><th data-type="num">Mentions</th>'
            '<th data-type="num">Articles</th><th data-type="num">Quotes</th><th data-type="num">Events</th>'
            '<th data-type="text">Aliases</th></tr></thead>')
    unattributed = sum(1 for qs in corpus.quotes.values() for q in qs if not q["speaker_entity_id"])
    body = (f'<main><h1>Entities &amp; speakers</h1><p class="lead">{len(corpus.entities)} entities. An entity page lists '
            f'its mentions and, for a speaker, all their quotes in date order. {unattributed} quotes have no named speaker '
            f'(unnamed sources or none found); they are marked in the articles.</p>{controls}'
            f'<table class="sortable filterable" id="entities">{head}<tbody>{"".join(rows)}</tbody></table></main>')
    return page("Entities", body, 0, "entities-page")


def entity_page(e: dict[str, Any], corpus: Corpus, usage: tuple, t: Targets) -> str:
    eid, up = e["entity_id"], "../"
    mentions, quotes, events = (u.get(eid, []) for u in usage)
    info = (f'<dl class="kv wide"><dt>type</dt><dd><span class="ent t-{attr(e["type"])}">{esc(e["type"])}</span></dd>'
            f'<dt>aliases</dt><dd>{esc("; ".join(e["aliases"])) or "—"}</dd>'
            f'<dt>description</dt><dd>{esc(e["description"] or "—")}</dd>'
            f'<dt>Wikidata</dt><dd>{esc(e["wikidata_id"] or "—")}</dd>'
            f'<dt>counts</dt><dd>{e["mention_count"]} mentions in {e["article_count"]} articles · {len(quotes)} quotes · {len(events)} events</dd>'
            f'<dt>method</dt><dd>{esc(e["method"])}</dd></dl>')
    q_items = []
    for a, q in sorted(quotes, key=lambda x: (x[0]["published"], x[0]["article_id"], x[1]["start"], x[1]["quote_id"])):
        href = f"{up}articles/{a['article_id']}.html#{q['quote_id']}"
        q_items.append(f'<li class="q" data-date="{a["published"].isoformat()}"><span class="date">{a["published"].isoformat()}</span> '
                       f'<blockquote>“{esc(q["text"])}”</blockquote>'
                       f'<p class="src">{esc(q["kind"])} · cue {esc(q["cue"] or "—")} · attribution {esc(q["attribution"])} · '
                       f'confidence {_fmt_conf(q["confidence"])} · <a href="{up}articles/{attr(a["article_id"])}.html">{esc(a["publisher"])}: '
                       f'{esc(_title(a))}</a> · {_id_link(q["quote_id"], href)}</p></li>')
    m_groups = []
    by_article: dict[str, list] = defaultdict(list)
    order: list[dict[str, Any]] = []
    for a, m in mentions:
        if a["article_id"] not in by_article:
            order.append(a)
        by_article[a["article_id"]].append(m)
    for a in order:
        lis = "".join(f'<li>{_snippet(a["text"], m["start"], m["end"])} '
                      f'{_id_link(m["mention_id"], up + "articles/" + a["article_id"] + ".html#" + m["mention_id"])}</li>'
                      for m in by_article[a["article_id"]])
        m_groups.append(f'<h3><a href="{up}articles/{attr(a["article_id"])}.html">{esc(a["publisher"])}, '
                        f'{a["published"].isoformat()}: {esc(_title(a))}</a></h3><ul class="mentions">{lis}</ul>')
    v_items = []
    for a, v, roles in sorted(events, key=lambda x: _event_key(x[0], x[1])):
        href = f"{up}articles/{a['article_id']}.html#{v['event_id']}"
        v_items.append(f'<li><span class="date">{esc(_date_text(v))}</span> <span class="badge ev">{esc(v["type"])}</span> '
                       f'as {esc(", ".join(roles))} · “{esc(v["trigger"])}” · {_id_link(v["event_id"], href)}</li>')
    body = (f'<main><header id="{attr(eid)}"><h1>{esc(e["name"])}</h1><p class="ids">{_id_link(eid)}</p></header>{info}'
            f'{fix_box(entity_corrections(e, t)) + fix_help("entities")}'
            f'<h2>Quotes ({len(quotes)}, in date order)</h2>'
            + (f'<ol class="quotes">{"".join(q_items)}</ol>' if q_items else '<p class="none">No quotes attributed.</p>')
            + f'<h2>Events ({len(events)})</h2>'
            + (f'<ul class="events">{"".join(v_items)}</ul>' if v_items else '<p class="none">No events.</p>')
            + f'<h2>Mentions ({len(mentions)})</h2>{"".join(m_groups) or "<p class=none>No mentions.</p>"}</main>')
    return page(e["name"], body, 1, "entity-page")


def timeline_page(corpus: Corpus) -> str:
    dated, undated = [], []
    for a in corpus.articles:
        for v in corpus.events.get(a["article_id"], []):
            (dated if v["date"] is not None else undated).append((a, v))
    entities = corpus.entities
    seen_clusters: set[str] = set()

    def item(a: dict[str, Any], v: dict[str, Any]) -> str:
        anchor = ""
        if v["cluster_id"] not in seen_clusters:
            seen_clusters.add(v["cluster_id"])
            anchor = f' id="{attr(v["cluster_id"])}"'
        href = f"articles/{a['article_id']}.html#{v['event_id']}"
        ctx = f' <span class="ctx">{esc(v["context"])}</span>' if v["context"] else ""
        s0, s1 = v["sentence_start"], v["sentence_end"]
        sentence = _snippet(a["text"][s0:s1], v["trigger_start"] - s0, v["trigger_end"] - s0, 80)
        return (f'<li{anchor} class="tl-item" data-type="{attr(v["type"])}" data-context="{attr(v["context"] or "fact")}">'
                f'<span class="date">{esc(_date_text(v))}</span> <span class="badge ev">{esc(v["type"])}'
                f'{" · " + esc(v["mode"]) if v["mode"] else ""}</span>{ctx}'
                f'{_event_parties(v, entities, "")}<p class="sentence">{sentence}</p>'
                f'<p class="src"><a href="articles/{attr(a["article_id"])}.html">{esc(a["publisher"])}, {a["published"].isoformat()}</a>'
                f' · cluster {esc(v["cluster_id"])} · {_id_link(v["event_id"], href)}</p></li>')

    dated.sort(key=lambda x: _event_key(*x))
    undated.sort(key=lambda x: _event_key(*x))
    types = sorted({v["type"] for _, v in dated + undated})
    controls = ('<div class="filters" data-table="timeline">'
                '<label>Search <input type="search" data-key="text" placeholder="actor, place, words…"></label>'
                '<label>Type <select data-key="type"><option value="">all</option>'
                + "".join(f'<option value="{attr(x)}">{esc(x)}</option>' for x in types)
                + '</select></label><label>Context <select data-key="context"><option value="">all</option>'
                '<option value="fact">reported fact</option><option value="future">future</option>'
                '<option value="hypothetical">hypothetical</option><option value="negated">negated</option></select></label>'
                '<span class="shown" aria-live="polite"></span></div>')
    body = (f'<main><h1>Events timeline</h1><p class="lead">{len(dated)} events with a resolved date, in date order; '
            f'{len(undated)} without one are listed after them by publication date.</p>{controls}'
            f'<div id="timeline" class="filterable"><ol class="timeline">{"".join(item(a, v) for a, v in dated)}</ol>'
            f'<h2>Without a resolved date</h2><ol class="timeline undated">{"".join(item(a, v) for a, v in undated)}</ol></div></main>')
    return page("Timeline", body, 0, "timeline-page")


# --------------------------------------------------------------------------------------------
# The site


def render_site(corpus: Corpus) -> dict[str, bytes]:
    """Every file of the site, by relative path (pure: same corpus -> same bytes)."""
    t = Targets(corpus)
    usage = _entity_usage(corpus)
    files: dict[str, bytes] = {
        "index.html": index_page(corpus).encode("utf-8"),
        "entities.html": entities_page(corpus, usage).encode("utf-8"),
        "timeline.html": timeline_page(corpus).encode("utf-8"),
    }
    for a in corpus.articles:
        files[f"articles/{a['article_id']}.html"] = article_page(a, corpus, t).encode("utf-8")
    for eid, e in corpus.entities.items():
        files[f"entities/{eid}.html"] = entity_page(e, corpus, usage, t).encode("utf-8")
    for asset in sorted(ASSETS.iterdir()):
        if asset.suffix in {".css", ".js"}:
            files[f"assets/{asset.name}"] = asset.read_bytes()
    files[MARKER] = b"Written by `structnews explore`; the whole folder is replaced on the next run.\n"
    return dict(sorted(files.items()))


def build_site(root: Path, out: Path) -> dict[str, int]:
    """Write the site for the tables under ``root`` into ``out``; returns the size of every file.

    ``out`` is replaced as a whole, but only if it is empty or was written by this command
    (it holds the marker file), so a mistyped --out never deletes someone's folder. The new
    site is written beside it first and swapped in when complete, so a failure leaves the old
    site as it was.
    """
    files = render_site(load_corpus(root))
    out = Path(out)
    if out.exists():
        if not out.is_dir():
            raise ExploreError(f"{out}: exists and is not a folder")
        if any(out.iterdir()) and not (out / MARKER).is_file():
            raise ExploreError(f"{out}: folder is not empty and was not written by `structnews explore`; "
                               "choose another --out or empty it")
    try:
        with staged_folder(out) as staging:
            for rel, data in files.items():
                path = staging / rel
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
    except Busy as exc:
        raise ExploreError(str(exc)) from None
    return {rel: len(data) for rel, data in files.items()}
