"""What each page shows, as plain data for its template (templates/*.html.j2).

Every function here returns a dict of strings, numbers, lists and small dicts: no HTML. The
templates decide the markup and escape every value (autoescaping); the article page's marked-up
text is in ``article.py``.

Shared pieces, as the macros in templates/macros.html.j2 expect them:

- an entity reference: ``{"name", "type", "href"}`` (``href`` None: shown as plain text)
- a record link: ``{"id", "href"}`` (the small monospace id that links to a record)
- a snippet: ``{"before", "mark", "after"}`` (context around a span, the span highlighted)
- event parties: ``{"actors", "recipients", "place", "date"}``
- correction blocks: ``[(label, yaml), ...]`` (corrections.py)
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from typing import Any

from structnews.build.use.explore.corpus import Corpus
from structnews.build.use.explore.corrections import Targets, entity_corrections
from structnews.schema.entities import EntityType
from structnews.schema.events import DatePrecision, EventContext, EventType

ENTITY_TYPES = tuple(t.value for t in EntityType)  # the schema's order is the display order
EVENT_CONTEXTS = [("fact", "reported fact")] + [(c, c) for c in sorted(c.value for c in EventContext)]

# What the "How to correct a record" box lists (the values a correction may use).
HELP_VALUES = {
    "event_types": ", ".join(t.value for t in EventType),
    "event_contexts": ", ".join(c.value for c in EventContext),
    "date_precisions": ", ".join(p.value for p in DatePrecision),
    "entity_types": ", ".join(ENTITY_TYPES),
}


def fmt_conf(value: float) -> str:
    return f"{value:.2f}"


def title_of(a: dict[str, Any]) -> str:
    return a["title"] or f"(no headline) {a['source_file']}"


def entity_ref(e: dict[str, Any] | None, up: str, fallback: str = "?") -> dict[str, Any]:
    if e is None:
        return {"name": fallback, "type": None, "href": None}
    return {"name": e["name"], "type": e["type"], "href": f"{up}entities/{e['entity_id']}.html"}


def record_link(record_id: str, href: str | None = None) -> dict[str, str]:
    return {"id": record_id, "href": href or "#" + record_id}


def article_href(up: str, a: dict[str, Any], anchor: str | None = None) -> str:
    return f"{up}articles/{a['article_id']}.html" + (f"#{anchor}" if anchor else "")


def snippet(text: str, start: int, end: int, width: int = 60) -> dict[str, str]:
    """Context around text[start:end] (the part to mark), whitespace collapsed, with ellipses."""
    lo, hi = max(0, start - width), min(len(text), end + width)

    def flat(s: str) -> str:
        return re.sub(r"\s+", " ", s)

    return {"before": ("…" if lo > 0 else "") + flat(text[lo:start]), "mark": flat(text[start:end]),
            "after": flat(text[end:hi]) + ("…" if hi < len(text) else "")}


def date_text(v: dict[str, Any]) -> str:
    words = f" (“{v['date_text']}”)" if v["date_text"] else ""
    if v["date"] is None:
        return "no date" + words
    d: dt.date = v["date"]
    shown = {"day": d.isoformat(), "month": d.strftime("%Y-%m"), "year": str(d.year)}.get(v["date_precision"], d.isoformat())
    return shown + words


def event_parties(v: dict[str, Any], entities: dict[str, dict[str, Any]], up: str) -> dict[str, Any]:
    place = v["location_entity_id"]
    return {
        "actors": [entity_ref(entities.get(i), up, i) for i in v["actor_entity_ids"]],
        "recipients": [entity_ref(entities.get(i), up, i) for i in v["recipient_entity_ids"]],
        "place": entity_ref(entities.get(place), up, place) if place else None,
        "date": date_text(v),
    }


def frame(title: str, depth: int, body_class: str) -> dict[str, Any]:
    """What the base layout needs: the page title, the way up to the site root, the body class."""
    return {"title": title, "up": "../" * depth, "body_class": body_class}


def _select(label: str, key: str, blank: str, options: list[tuple[str, str]]) -> dict[str, Any]:
    return {"label": label, "key": key, "blank": blank, "options": options}


# --------------------------------------------------------------------------------------------
# Index


def index_page(corpus: Corpus) -> dict[str, Any]:
    rows = []
    publishers, flags = set(), set()
    for a in corpus.articles:
        aid = a["article_id"]
        publishers.add(a["publisher"])
        flags.update(a["quality_flags"])
        rows.append({
            "publisher": a["publisher"], "flags": a["quality_flags"], "date": a["published"].isoformat(),
            "href": article_href("", a), "title": title_of(a), "words": a["word_count"],
            "quotes": len(corpus.quotes.get(aid, [])),
            "entities": len({m["entity_id"] for m in corpus.mentions.get(aid, [])}),
            "events": len(corpus.events.get(aid, [])),
        })
    return {
        **frame("Articles", 0, "index-page"),
        "rows": rows,
        "selects": [_select("Publisher", "publisher", "all", [(p, p) for p in sorted(publishers)]),
                    _select("Quality flag", "flags", "any", [(f, f) for f in sorted(flags)])],
        "n_articles": len(corpus.articles),
        "n_quotes": sum(len(v) for v in corpus.quotes.values()),
        "n_entities": len(corpus.entities),
        "n_events": sum(len(v) for v in corpus.events.values()),
    }


# --------------------------------------------------------------------------------------------
# Entities


def entity_usage(corpus: Corpus) -> tuple[dict[str, list], dict[str, list], dict[str, list]]:
    """By entity id: its mentions, its quotes (as speaker) and its events (with its roles)."""
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


def event_key(a: dict[str, Any], v: dict[str, Any]) -> tuple:
    return (v["date"] or a["published"], a["published"], a["article_id"], v["trigger_start"], v["event_id"])


def entities_page(corpus: Corpus, usage: tuple) -> dict[str, Any]:
    _, quotes, events = usage
    rows = []
    for eid, e in sorted(corpus.entities.items(), key=lambda kv: (kv[1]["name"].lower(), kv[0])):
        nq = len(quotes.get(eid, []))
        rows.append({"type": e["type"], "speaker": "yes" if nq else "no", "entity": entity_ref(e, ""),
                     "mentions": e["mention_count"], "articles": e["article_count"], "quotes": nq,
                     "events": len(events.get(eid, [])), "aliases": "; ".join(e["aliases"])})
    types = sorted({e["type"] for e in corpus.entities.values()})
    return {
        **frame("Entities", 0, "entities-page"),
        "rows": rows,
        "selects": [_select("Type", "type", "all", [(t, t) for t in types]),
                    _select("Speakers", "speaker", "all", [("yes", "quoted only")])],
        "n_entities": len(corpus.entities),
        "n_unattributed": sum(1 for qs in corpus.quotes.values() for q in qs if not q["speaker_entity_id"]),
    }


def entity_page(e: dict[str, Any], corpus: Corpus, usage: tuple, t: Targets) -> dict[str, Any]:
    eid, up = e["entity_id"], "../"
    mentions, quotes, events = (u.get(eid, []) for u in usage)
    quote_items = []
    for a, q in sorted(quotes, key=lambda x: (x[0]["published"], x[0]["article_id"], x[1]["start"], x[1]["quote_id"])):
        quote_items.append({
            "date": a["published"].isoformat(), "text": q["text"], "kind": q["kind"], "cue": q["cue"] or "—",
            "attribution": q["attribution"], "confidence": fmt_conf(q["confidence"]),
            "article": {"href": article_href(up, a), "publisher": a["publisher"], "title": title_of(a)},
            "link": record_link(q["quote_id"], article_href(up, a, q["quote_id"])),
        })
    by_article: dict[str, list] = defaultdict(list)
    order: list[dict[str, Any]] = []
    for a, m in mentions:
        if a["article_id"] not in by_article:
            order.append(a)
        by_article[a["article_id"]].append(m)
    mention_groups = [{
        "href": article_href(up, a), "publisher": a["publisher"], "date": a["published"].isoformat(),
        "title": title_of(a),
        "mentions": [{"snippet": snippet(a["text"], m["start"], m["end"]),
                      "link": record_link(m["mention_id"], article_href(up, a, m["mention_id"]))}
                     for m in by_article[a["article_id"]]],
    } for a in order]
    event_items = [{
        "date": date_text(v), "type": v["type"], "roles": ", ".join(roles), "trigger": v["trigger"],
        "link": record_link(v["event_id"], article_href(up, a, v["event_id"])),
    } for a, v, roles in sorted(events, key=lambda x: event_key(x[0], x[1]))]
    return {
        **frame(e["name"], 1, "entity-page"),
        "id": eid, "name": e["name"], "link": record_link(eid), "type": e["type"],
        "aliases": "; ".join(e["aliases"]) or "—", "description": e["description"] or "—",
        "wikidata": e["wikidata_id"] or "—", "method": e["method"],
        "mention_count": e["mention_count"], "article_count": e["article_count"],
        "n_quotes": len(quotes), "n_events": len(events), "n_mentions": len(mentions),
        "fixes": entity_corrections(e, t), "help_stem": "entities",
        "quotes": quote_items, "events": event_items, "mention_groups": mention_groups,
    }


# --------------------------------------------------------------------------------------------
# Timeline


def timeline_page(corpus: Corpus) -> dict[str, Any]:
    dated, undated = [], []
    for a in corpus.articles:
        for v in corpus.events.get(a["article_id"], []):
            (dated if v["date"] is not None else undated).append((a, v))
    dated.sort(key=lambda x: event_key(*x))
    undated.sort(key=lambda x: event_key(*x))
    seen_clusters: set[str] = set()

    def item(a: dict[str, Any], v: dict[str, Any]) -> dict[str, Any]:
        first_of_cluster = v["cluster_id"] not in seen_clusters  # the cluster's anchor, once
        seen_clusters.add(v["cluster_id"])
        s0, s1 = v["sentence_start"], v["sentence_end"]
        return {
            "anchor": v["cluster_id"] if first_of_cluster else None, "type": v["type"], "mode": v["mode"],
            "context": v["context"], "context_key": v["context"] or "fact", "date": date_text(v), "parties": event_parties(v, corpus.entities, ""),
            "sentence": snippet(a["text"][s0:s1], v["trigger_start"] - s0, v["trigger_end"] - s0, 80),
            "article": {"href": article_href("", a), "publisher": a["publisher"], "date": a["published"].isoformat()},
            "cluster": v["cluster_id"], "link": record_link(v["event_id"], article_href("", a, v["event_id"])),
        }

    dated_items = [item(a, v) for a, v in dated]
    undated_items = [item(a, v) for a, v in undated]
    types = sorted({v["type"] for _, v in dated + undated})
    return {
        **frame("Timeline", 0, "timeline-page"),
        "dated": dated_items, "undated": undated_items,
        "selects": [_select("Type", "type", "all", [(x, x) for x in types]),
                    _select("Context", "context", "all", EVENT_CONTEXTS)],
    }
