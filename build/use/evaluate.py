"""Scoring built tables against hand-made gold annotations (``data/gold/*.jsonl``).

Gold records are matched to extracted ones by text within the same article (the raw file's
stem), never by offsets, so the gold set survives changes to cleaning. The formats are
documented in docs/gold-quotes.md, docs/gold-entities.md and docs/gold-events.md; how each
figure is computed, in docs/evaluation.md. Events are scored over all 16 PLOVER types unless the
caller narrows the scope (a set's ``event_types`` in eval/sets.yaml).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz
from structnews.build.extract.names import person_key
from structnews.build.tables.folder import read_tables
from structnews.build.use.invented import sentence_rows
from structnews.schema.events import EventType

# Event gold covers all 16 PLOVER types unless a set declares a narrower scope (eval/sets.yaml,
# ``event_types``); predictions of types outside the scope are neither scored nor counted.
ALL_EVENT_TYPES: frozenset[str] = frozenset(t.value for t in EventType)
NATIVE_KINDS = ("quotes", "entities", "events")


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = re.sub(r"\s+", " ", text).strip().lower()
    return text.strip(" .,;:'\"")


_HONORIFIC = re.compile(r"^(mr|mrs|ms|dr|prof|sir)\.?\s+", re.IGNORECASE)


def _form(text: str) -> str:
    """A surface form for entity matching: honorifics are not part of the name ('Ms. Alvarez')."""
    return _norm(_HONORIFIC.sub("", text.strip()))


def _load(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "tp": tp, "predicted": n_pred, "gold": n_gold}


def _text_match(a: str, b: str) -> bool:
    na, nb = _norm(a), _norm(b)
    if na == nb:
        return True
    if min(len(na), len(nb)) >= 12 and (na in nb or nb in na) and min(len(na), len(nb)) / max(len(na), len(nb)) >= 0.8:
        return True
    return fuzz.ratio(na, nb) >= 92


def _same_name(gold: str | None, names: set[str]) -> bool:
    if gold is None:
        return not names
    g = _norm(gold)
    for n in names:
        nn = _norm(n)
        if g == nn or (person_key(gold) == person_key(n) and len(person_key(gold).split()) > 1):
            return True
        if g.split()[-1:] == nn.split()[-1:] and (len(g.split()) == 1 or len(nn.split()) == 1):
            return True
        if fuzz.token_set_ratio(g, nn) >= 90:
            return True
    return False


class _Tables:
    """The built tables as Python rows, with the look-ups every scorer needs."""

    def __init__(self, root: Path):
        self.rows = {k: v.to_pylist() for k, v in read_tables(root).items()}
        self.stem_of = {a["article_id"]: Path(a["source_file"]).stem for a in self.rows["articles"]}
        self.entities = {e["entity_id"]: e for e in self.rows["entities"]}
        self.names_of = {eid: {e["name"], *e["aliases"]} for eid, e in self.entities.items()}
        self.texts = {self.stem_of[a["article_id"]]: a["text"] for a in self.rows["articles"]}


def _score_quotes(t: _Tables, gold_q: list[dict[str, Any]], errors: list[dict[str, Any]]) -> dict[str, Any]:
    gold_q = [g for g in gold_q if g.get("kind", "direct") == "direct"]
    pred_q = defaultdict(list)
    for q in t.rows["quotes"]:
        if q["kind"] == "direct":
            pred_q[t.stem_of[q["article_id"]]].append(q)
    tp = 0
    speaker_right = 0
    used: set[str] = set()
    for g in gold_q:
        cand = next((q for q in pred_q[g["article"]] if q["quote_id"] not in used and _text_match(g["text"], q["text"])), None)
        if cand is None:
            errors.append({"kind": "missed_quote", "article": g["article"], "text": g["text"][:80]})
            continue
        used.add(cand["quote_id"])
        tp += 1
        sys_names = t.names_of.get(cand["speaker_entity_id"], set()) if cand["speaker_entity_id"] else set()
        if _same_name(g.get("speaker"), sys_names):
            speaker_right += 1
        else:
            errors.append({"kind": "wrong_speaker", "article": g["article"], "text": g["text"][:60],
                           "gold": g.get("speaker"), "predicted": sorted(sys_names)[:1] or None, "attribution": cand["attribution"]})
    n_pred = sum(len(v) for v in pred_q.values())
    for stem, qs in pred_q.items():
        for q in qs:
            if q["quote_id"] not in used:
                errors.append({"kind": "spurious_quote", "article": stem, "text": q["text"][:80]})
    report = _prf(tp, n_pred, len(gold_q))
    report["speaker_accuracy"] = round(speaker_right / tp, 3) if tp else 0.0
    return report


def _score_entities(t: _Tables, gold_e: list[dict[str, Any]], errors: list[dict[str, Any]]) -> dict[str, Any]:
    forms_by_article: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for m in t.rows["mentions"]:
        forms_by_article[t.stem_of[m["article_id"]]][m["entity_id"]].add(m["text"])
    gold_articles = {g["article"] for g in gold_e}
    matched_sys: set[tuple[str, str]] = set()
    tp_e = 0
    merge_scores = []
    type_right = 0
    for g in gold_e:
        art = g["article"]
        forms = {_form(f) for f in g["mentions"]}
        ids_per_form: dict[str, set[str]] = {}
        for eid, sys_forms in forms_by_article[art].items():
            for f in sys_forms:
                if _form(f) in forms:
                    ids_per_form.setdefault(_form(f), set()).add(eid)
        hits = Counter(eid for ids in ids_per_form.values() for eid in ids)
        if not hits:
            errors.append({"kind": "missed_entity", "article": art, "name": g["name"]})
            continue
        # Most shared surface forms first; ties broken by id so that every run scores alike.
        best = min(hits, key=lambda eid: (-hits[eid], eid))
        tp_e += 1
        matched_sys.add((art, best))
        if t.entities[best]["type"] == g["type"]:
            type_right += 1
        if len(g["mentions"]) > 1:
            merge_scores.append(sum(1 for f in forms if best in ids_per_form.get(f, set())) / len(forms))
            if merge_scores[-1] < 1:
                errors.append({"kind": "split_entity", "article": art, "name": g["name"], "forms": sorted(forms)})
    spurious = 0
    for art in sorted(gold_articles):
        for eid in forms_by_article[art]:
            if (art, eid) not in matched_sys and not any(
                (art, other) in matched_sys and t.names_of[eid] & t.names_of[other] for other in forms_by_article[art]
            ):
                spurious += 1
                errors.append({"kind": "spurious_entity", "article": art, "name": t.entities[eid]["name"], "type": t.entities[eid]["type"]})
    report = _prf(tp_e, tp_e + spurious, len(gold_e))
    report["alias_merge_accuracy"] = round(sum(merge_scores) / len(merge_scores), 3) if merge_scores else 0.0
    report["type_accuracy"] = round(type_right / tp_e, 3) if tp_e else 0.0
    return report


def _score_events(t: _Tables, gold_v: list[dict[str, Any]], event_types: frozenset[str],
                  errors: list[dict[str, Any]]) -> dict[str, Any]:
    out_of_scope = sorted({g["type"] for g in gold_v} - event_types)
    if out_of_scope:
        raise ValueError(f"event gold has types outside the set's scope: {', '.join(out_of_scope)}")
    pred_v = defaultdict(list)
    for v in t.rows["events"]:
        if v["type"] in event_types:
            pred_v[t.stem_of[v["article_id"]]].append(v)
    # A record reports its event in its own sentence and in its linked sentences (a headline and
    # the body sentence of the same event are one record): each of those sentences can match one
    # gold event. Pass 1 matches by type; pass 2 counts a leftover sentence as a type error.
    used: set[tuple[str, int]] = set()  # (event_id, index of the sentence span) consumed

    def spans(v: dict[str, Any]) -> list[tuple[int, int]]:
        return [(v["sentence_start"], v["sentence_end"]),
                *zip(v.get("linked_sentence_starts") or [], v.get("linked_sentence_ends") or [])]

    def slots(g: dict[str, Any], same_type: bool) -> list[tuple[dict[str, Any], int]]:
        art = g["article"]
        body = t.texts.get(art, "")
        return [(v, i) for v in pred_v[art] if not same_type or v["type"] == g["type"]
                for i, (a, b) in enumerate(spans(v))
                if (v["event_id"], i) not in used and _norm(g["sentence"]) in _norm(body[a:b])]

    found = type_ok = date_ok = actors_ok = all_ok = 0
    matched_records: set[str] = set()
    matched: dict[int, dict[str, Any]] = {}
    for k, g in enumerate(gold_v):
        same = slots(g, True)
        if same:
            v, i = same[0]
            used.add((v["event_id"], i))
            matched[k] = v
    for k, g in enumerate(gold_v):
        art = g["article"]
        if k not in matched:
            others = slots(g, False)
            if not others:
                errors.append({"kind": "missed_event", "article": art, "type": g["type"], "sentence": g["sentence"][:70]})
                continue
            found += 1
            v, i = others[0]
            errors.append({"kind": "wrong_event_type", "article": art, "gold": g["type"], "predicted": v["type"]})
            used.add((v["event_id"], i))
            continue
        found += 1
        v = matched[k]
        matched_records.add(v["event_id"])
        type_ok += 1
        gold_date = g.get("date")
        pred_date = v["date"].isoformat() if v["date"] else None
        if gold_date and pred_date and g.get("date_precision") == "month":
            pred_date = pred_date[:7]
        elif gold_date and pred_date and g.get("date_precision") == "year":
            pred_date = pred_date[:4]
        date_right = gold_date == pred_date
        if date_right:
            date_ok += 1
        else:
            errors.append({"kind": "wrong_event_date", "article": art, "gold": gold_date, "predicted": pred_date, "sentence": g["sentence"][:50]})
        sys_actor_names = [t.names_of.get(a, set()) for a in v["actor_entity_ids"]]
        if all(any(_same_name(a, ns) for ns in sys_actor_names) for a in g.get("actors", [])):
            actors_ok += 1
            all_ok += date_right
        else:
            errors.append({"kind": "wrong_event_actors", "article": art, "gold": list(g.get("actors", [])),
                           "predicted": [t.entities[a]["name"] for a in v["actor_entity_ids"] if a in t.entities],
                           "sentence": g["sentence"][:50]})
    n_pred_v = sum(len(v) for v in pred_v.values())
    report = _prf(type_ok, n_pred_v, len(gold_v))
    # precision counts records, recall gold events (a linked record can match several gold events)
    report["precision"] = round(len(matched_records) / n_pred_v, 3) if n_pred_v else 0.0
    p_, r_ = report["precision"], report["recall"]
    report["f1"] = round(2 * p_ * r_ / (p_ + r_), 3) if p_ + r_ else 0.0
    report.update({
        "sentence_recall": round(found / len(gold_v), 3) if gold_v else 0.0,
        "type_accuracy": round(type_ok / found, 3) if found else 0.0,
        "date_accuracy": round(date_ok / type_ok, 3) if type_ok else 0.0,
        "actor_accuracy": round(actors_ok / type_ok, 3) if type_ok else 0.0,
        # The extraction issue's measure: of all gold events, how many were found with the right
        # type, every gold actor, and the right date (both null counts as right).
        "fully_right": round(all_ok / len(gold_v), 3) if gold_v else 0.0,
        "event_types": "all 16" if event_types == ALL_EVENT_TYPES else sorted(event_types),
        "gold_types": len({g["type"] for g in gold_v}),
    })
    return report


def evaluate(gold_dir: Path, root: Path, *, kinds: tuple[str, ...] | list[str] = NATIVE_KINDS,
             event_types: frozenset[str] | set[str] | None = None, skip_articles: frozenset[str] | set[str] = frozenset()) -> dict[str, Any]:
    """Score the tables under ``root`` against ``gold_dir/{quotes,entities,events}.jsonl``.

    ``kinds``: which of quotes, entities and events to score (a set without entity gold would
    otherwise count every extracted entity as spurious). ``event_types``: the event types the
    gold covers (default: all 16); predictions of other types are left out. ``skip_articles``:
    file stems whose gold records are set aside (articles left out of the build), counted in
    ``report["gold_set_aside"]``.
    """
    t = _Tables(root)
    scope = ALL_EVENT_TYPES if event_types is None else frozenset(event_types)
    report: dict[str, Any] = {}
    errors: list[dict[str, Any]] = []
    set_aside = 0

    def gold(name: str) -> list[dict[str, Any]]:
        nonlocal set_aside
        rows = _load(gold_dir / f"{name}.jsonl")
        kept = [g for g in rows if g["article"] not in skip_articles]
        set_aside += len(rows) - len(kept)
        return kept

    if "quotes" in kinds:
        report["quotes"] = _score_quotes(t, gold("quotes"), errors)
    if "entities" in kinds:
        report["entities"] = _score_entities(t, gold("entities"), errors)
    if "events" in kinds:
        report["events"] = _score_events(t, gold("events"), scope, errors)
    if skip_articles:
        report["gold_set_aside"] = set_aside
    report["errors"] = errors
    return report

def _f(x: float) -> str:
    return f"{x:.3f}"


def report_rows(report: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(measure, value, detail) rows for whatever a report holds (native or PolNeAR scorer)."""
    rows: list[tuple[str, str, str]] = []
    if "quotes" in report:
        q = report["quotes"]
        aside = f", {q['set_aside_partial']} set aside (partial)" if "set_aside_partial" in q else ""
        rows += [("quotes precision", _f(q["precision"]), ""), ("quotes recall", _f(q["recall"]), ""),
                 ("quotes F1", _f(q["f1"]), f"{q['tp']} matched / {q['predicted']} predicted / {q['gold']} gold{aside}")]
        scored = f"{q['speaker_right']} of {q['speaker_scored']} matched with a named gold speaker" if "speaker_scored" in q else "of matched quotes"
        rows.append(("quotes speaker accuracy", _f(q["speaker_accuracy"]), scored))
    if "indirect" in report:
        r = report["indirect"]
        rows += [("indirect precision", _f(r["precision"]), ""), ("indirect recall", _f(r["recall"]), ""),
                 ("indirect F1", _f(r["f1"]), (f"{r['tp']} matched / {r['predicted']} predicted / {r['gold']} gold, "
                                             f"{r['set_aside_partial']} set aside (partial), {r['unlocated']} not found in the raw text")),
                 ("indirect mean overlap", _f(r["mean_overlap"]), "of matched spans (letters and digits)"),
                 ("indirect speaker accuracy", _f(r["speaker_accuracy"]),
                  f"{r['speaker_right']} of {r['speaker_scored']} matched with a named gold speaker")]
    if "entities" in report:
        e = report["entities"]
        rows += [("entities precision", _f(e["precision"]), ""), ("entities recall", _f(e["recall"]), ""),
                 ("entities F1", _f(e["f1"]), f"{e['tp']} matched / {e['gold']} gold"),
                 ("entities alias-merge accuracy", _f(e["alias_merge_accuracy"]), ""),
                 ("entities type accuracy", _f(e["type_accuracy"]), "")]
    if "events" in report:
        v = report["events"]
        types = v["event_types"] if isinstance(v["event_types"], str) else ", ".join(v["event_types"])
        rows += [("events precision", _f(v["precision"]), f"types: {types}; {v['gold_types']} types in the gold"),
                 ("events recall", _f(v["recall"]), ""),
                 ("events F1", _f(v["f1"]), f"{v['tp']} right type / {v['predicted']} predicted / {v['gold']} gold"),
                 ("events sentence recall", _f(v["sentence_recall"]), "gold events with a predicted event in their sentence"),
                 ("events type accuracy", _f(v["type_accuracy"]), "of gold events whose sentence was found"),
                 ("events date accuracy", _f(v["date_accuracy"]), "of events with the right type"),
                 ("events actor accuracy", _f(v["actor_accuracy"]), "of events with the right type"),
                 ("events type+actors+date right", _f(v["fully_right"]), "of all gold events")]
    if "sentence_events" in report:
        rows += sentence_rows(report)
    if report.get("gold_set_aside"):
        rows.append(("gold set aside", str(report["gold_set_aside"]), "records of articles left out of the build"))
    return rows


def format_report(report: dict[str, Any]) -> str:
    """Plain-text table of a report, with the errors counted by kind."""
    rows = report_rows(report)
    width = max(len(m) for m, _, _ in rows) + 2
    lines = [f"{'metric':<{width}}value"]
    lines += [f"{m:<{width}}{v}" + (f"   ({d})" if d else "") for m, v, d in rows]
    kinds = Counter(err["kind"] for err in report["errors"])
    lines.append("errors: " + ", ".join(f"{k}={n}" for k, n in sorted(kinds.items())))
    return "\n".join(lines)
