"""What an article page shows, as plain data for templates/article.html.j2: the text paragraph by
paragraph as span tokens (spans.py), the margin notes of each paragraph, the entities of the
article, and the header."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from structnews.build.use.explore.corpus import Corpus
from structnews.build.use.explore.corrections import (
    Targets,
    event_corrections,
    quote_corrections,
    split_correction,
)
from structnews.build.use.explore.pages import (
    ENTITY_TYPES,
    entity_ref,
    event_parties,
    fmt_conf,
    frame,
    record_link,
    title_of,
)
from structnews.build.use.explore.spans import Span, paragraphs, span_tokens


def safe_url(url: str | None) -> str | None:
    """Only http(s) links to an original are made."""
    return url if url and re.match(r"^https?://", url, re.IGNORECASE) else None


def speaker_label(q: dict[str, Any], entities: dict[str, dict[str, Any]]) -> str:
    e = entities.get(q["speaker_entity_id"] or "")
    if e:
        return e["name"]
    if q["speaker_text"]:
        return f"{q['speaker_text']} (unnamed)" if q["attribution"] == "unnamed" else q["speaker_text"]
    return "no speaker found"


def text_spans(quotes: list, mentions: list, events: list, entities: dict[str, dict[str, Any]], up: str) -> list[Span]:
    """Quotes (outermost), mentions, event triggers (innermost), with their classes and hover titles."""
    spans: list[Span] = []
    for q in quotes:
        who = speaker_label(q, entities)
        title = (f"{who} — {q['kind']} quote{', fragment' if q['is_fragment'] else ''}; cue: {q['cue'] or '—'}; "
                 f"attribution: {q['attribution']}; confidence {fmt_conf(q['confidence'])}; {q['quote_id']}")
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
    return spans


def quote_note(q: dict[str, Any], a: dict[str, Any], entities: dict[str, dict[str, Any]], t: Targets) -> dict[str, Any]:
    who = speaker_label(q, entities)
    return {
        "kind": "quote", "id": q["quote_id"], "quote_kind": q["kind"], "fragment": q["is_fragment"],
        "short": q["text"] if len(q["text"]) <= 90 else q["text"][:87] + "…",
        "speaker": entity_ref(entities.get(q["speaker_entity_id"] or ""), "../", who),
        "as_written": q["speaker_text"] if q["speaker_text"] and q["speaker_entity_id"] else None,
        "cue": q["cue"] or "—", "attribution": q["attribution"], "confidence": fmt_conf(q["confidence"]),
        "method": q["method"], "link": record_link(q["quote_id"]), "fixes": quote_corrections(q, a, t),
    }


def event_note(v: dict[str, Any], a: dict[str, Any], entities: dict[str, dict[str, Any]], t: Targets) -> dict[str, Any]:
    return {
        "kind": "event", "id": v["event_id"], "type": v["type"],
        "head": v["type"] + (f" · {v['mode']}" if v["mode"] else ""), "context": v["context"],
        "trigger": v["trigger"], "parties": event_parties(v, entities, "../"),
        "confidence": fmt_conf(v["confidence"]), "method": v["method"], "link": record_link(v["event_id"]),
        "cluster": v["cluster_id"], "cluster_href": f"../timeline.html#{v['cluster_id']}", "fixes": event_corrections(v, a, t),
    }


def article_page(a: dict[str, Any], corpus: Corpus, t: Targets) -> dict[str, Any]:
    aid, text, up = a["article_id"], a["text"], "../"
    entities = corpus.entities
    mentions = corpus.mentions.get(aid, [])
    quotes = corpus.quotes.get(aid, [])
    events = corpus.events.get(aid, [])
    spans = text_spans(quotes, mentions, events, entities, up)
    paras = paragraphs(text)

    def para_of(offset: int) -> int:
        for i, (s, e) in enumerate(paras):
            if offset < e:
                return i
        return len(paras) - 1

    # Margin notes beside the paragraph that holds their quote's start or event's trigger, in text order.
    notes: dict[int, list[tuple[int, int, dict[str, Any]]]] = defaultdict(list)
    for q in quotes:
        notes[para_of(q["start"])].append((q["start"], 0, quote_note(q, a, entities, t)))
    for v in events:
        notes[para_of(v["trigger_start"])].append((v["trigger_start"], 1, event_note(v, a, entities, t)))

    opened: set[str] = set()  # span ids already placed (a span crossing paragraphs keeps its id on its first piece)
    rows = []
    for i, (s, e) in enumerate(paras):
        rows.append({
            "id": f"p{i}",
            "headline": i == 0 and "no_headline" not in a["quality_flags"],
            "tokens": span_tokens(text, s, e, spans, opened),
            "notes": [n for _, _, n in sorted(notes.get(i, []), key=lambda n: (n[0], n[1]))],
        })

    # Entities in this article, with the split correction (a mention given to the wrong entity).
    by_entity: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in mentions:
        by_entity[m["entity_id"]].append(m)
    entities_here = []
    for eid in sorted(by_entity, key=lambda x: (entities.get(x, {}).get("type", ""), entities.get(x, {}).get("name", x), x)):
        e = entities.get(eid)
        if e is None:
            continue
        forms = sorted({m["text"] for m in by_entity[eid]})
        entities_here.append({
            "entity": entity_ref(e, up), "type": e["type"], "forms": " / ".join(forms),
            "mentions": [m["mention_id"] for m in by_entity[eid]],
            "fixes": [split_correction(e, a, forms, t)],
        })

    meta = [a["publisher"], a["published"].isoformat()]
    if a["authors"]:
        meta.append("by " + ", ".join(a["authors"]))
    if a["dateline"]:
        meta.append("dateline " + a["dateline"])
    meta.append(f'{a["word_count"]} words')
    legend = sorted({entities[m["entity_id"]]["type"] for m in mentions if m["entity_id"] in entities},
                    key=lambda x: ENTITY_TYPES.index(x) if x in ENTITY_TYPES else 99)
    return {
        **frame(title_of(a), 1, "article-page"),
        "id": aid, "heading": title_of(a), "meta": meta, "flags": a["quality_flags"],
        "link": record_link(aid), "source_file": a["source_file"], "url": safe_url(a["url"]),
        "n_quotes": len(quotes), "n_entities": len(by_entity), "n_events": len(events),
        "legend": legend, "help_stem": a["stem"], "rows": rows, "entities_here": entities_here,
    }
