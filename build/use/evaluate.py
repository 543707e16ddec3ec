"""Scoring built tables against hand-made gold annotations (``data/gold/*.jsonl``).

Gold records are matched to extracted ones by text within the same article (the raw file's
stem), never by offsets, so the gold set survives changes to cleaning. The formats are
documented in docs/gold-quotes.md, docs/gold-entities.md and docs/gold-events.md.
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
from structnews.build.tables.files import read_tables

GOLD_EVENT_TYPES = {"CONSULT", "THREATEN", "REQUEST", "MOBILIZE", "SANCTION"}


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


def evaluate(gold_dir: Path, root: Path) -> dict[str, Any]:
    tables = {k: v.to_pylist() for k, v in read_tables(root).items()}
    stem_of = {a["article_id"]: Path(a["source_file"]).stem for a in tables["articles"]}
    entities = {e["entity_id"]: e for e in tables["entities"]}
    names_of = {eid: {e["name"], *e["aliases"]} for eid, e in entities.items()}
    report: dict[str, Any] = {}

    # ---- quotes -------------------------------------------------------------------------
    gold_q = [g for g in _load(gold_dir / "quotes.jsonl") if g.get("kind", "direct") == "direct"]
    pred_q = defaultdict(list)
    for q in tables["quotes"]:
        if q["kind"] == "direct":
            pred_q[stem_of[q["article_id"]]].append(q)
    tp = 0
    speaker_right = 0
    errors = []
    used: set[str] = set()
    for g in gold_q:
        cand = next((q for q in pred_q[g["article"]] if q["quote_id"] not in used and _text_match(g["text"], q["text"])), None)
        if cand is None:
            errors.append({"kind": "missed_quote", "article": g["article"], "text": g["text"][:80]})
            continue
        used.add(cand["quote_id"])
        tp += 1
        sys_names = names_of.get(cand["speaker_entity_id"], set()) if cand["speaker_entity_id"] else set()
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
    report["quotes"] = _prf(tp, n_pred, len(gold_q))
    report["quotes"]["speaker_accuracy"] = round(speaker_right / tp, 3) if tp else 0.0

    # ---- entities -----------------------------------------------------------------------
    gold_e = _load(gold_dir / "entities.jsonl")
    forms_by_article: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for m in tables["mentions"]:
        forms_by_article[stem_of[m["article_id"]]][m["entity_id"]].add(m["text"])
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
        best = hits.most_common(1)[0][0]
        tp_e += 1
        matched_sys.add((art, best))
        if entities[best]["type"] == g["type"]:
            type_right += 1
        if len(g["mentions"]) > 1:
            merge_scores.append(sum(1 for f in forms if best in ids_per_form.get(f, set())) / len(forms))
            if merge_scores[-1] < 1:
                errors.append({"kind": "split_entity", "article": art, "name": g["name"], "forms": sorted(forms)})
    n_sys = 0
    for art in gold_articles:
        for eid in forms_by_article[art]:
            n_sys += 1
            if (art, eid) not in matched_sys and not any(
                (art, other) in matched_sys and names_of[eid] & names_of[other] for other in forms_by_article[art]
            ):
                errors.append({"kind": "spurious_entity", "article": art, "name": entities[eid]["name"], "type": entities[eid]["type"]})
    spurious = sum(1 for e in errors if e["kind"] == "spurious_entity")
    report["entities"] = _prf(tp_e, tp_e + spurious, len(gold_e))
    report["entities"]["alias_merge_accuracy"] = round(sum(merge_scores) / len(merge_scores), 3) if merge_scores else 0.0
    report["entities"]["type_accuracy"] = round(type_right / tp_e, 3) if tp_e else 0.0

    # ---- events -------------------------------------------------------------------------
    gold_v = _load(gold_dir / "events.jsonl")
    texts = {stem_of[a["article_id"]]: a["text"] for a in tables["articles"]}
    pred_v = defaultdict(list)
    for v in tables["events"]:
        if v["type"] in GOLD_EVENT_TYPES:
            pred_v[stem_of[v["article_id"]]].append(v)
    used_v: set[str] = set()
    found = type_ok = date_ok = actors_ok = all_ok = 0
    for g in gold_v:
        art = g["article"]
        body = texts.get(art, "")
        candidates = [v for v in pred_v[art] if v["event_id"] not in used_v
                      and _norm(g["sentence"]) in _norm(body[v["sentence_start"]:v["sentence_end"]])]
        if not candidates:
            errors.append({"kind": "missed_event", "article": art, "type": g["type"], "sentence": g["sentence"][:70]})
            continue
        found += 1
        same = [v for v in candidates if v["type"] == g["type"]]
        if not same:
            errors.append({"kind": "wrong_event_type", "article": art, "gold": g["type"], "predicted": candidates[0]["type"]})
            used_v.add(candidates[0]["event_id"])
            continue
        v = same[0]
        used_v.add(v["event_id"])
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
        sys_actor_names = [names_of.get(a, set()) for a in v["actor_entity_ids"]]
        if all(any(_same_name(a, ns) for ns in sys_actor_names) for a in g.get("actors", [])):
            actors_ok += 1
            all_ok += date_right
    n_pred_v = sum(len(v) for v in pred_v.values())
    report["events"] = _prf(type_ok, n_pred_v, len(gold_v))
    report["events"].update({
        "sentence_recall": round(found / len(gold_v), 3) if gold_v else 0.0,
        "type_accuracy": round(type_ok / found, 3) if found else 0.0,
        "date_accuracy": round(date_ok / type_ok, 3) if type_ok else 0.0,
        "actor_accuracy": round(actors_ok / type_ok, 3) if type_ok else 0.0,
        # The extraction issue's measure: of all gold events, how many were found with the right
        # type, every gold actor, and the right date (both null counts as right).
        "fully_right": round(all_ok / len(gold_v), 3) if gold_v else 0.0,
    })
    report["errors"] = errors
    return report


def format_report(report: dict[str, Any]) -> str:
    q, e, v = report["quotes"], report["entities"], report["events"]
    lines = [
        "metric                         value",
        f"quotes   precision             {q['precision']:.3f}",
        f"quotes   recall                {q['recall']:.3f}",
        f"quotes   F1                    {q['f1']:.3f}   ({q['tp']} matched / {q['predicted']} predicted / {q['gold']} gold)",
        f"quotes   speaker accuracy      {q['speaker_accuracy']:.3f}",
        f"entities precision             {e['precision']:.3f}",
        f"entities recall                {e['recall']:.3f}",
        f"entities F1                    {e['f1']:.3f}",
        f"entities alias-merge accuracy  {e['alias_merge_accuracy']:.3f}",
        f"entities type accuracy         {e['type_accuracy']:.3f}",
        f"events   precision             {v['precision']:.3f}   (types {', '.join(sorted(GOLD_EVENT_TYPES))})",
        f"events   recall                {v['recall']:.3f}",
        f"events   F1                    {v['f1']:.3f}",
        f"events   type accuracy         {v['type_accuracy']:.3f}   (of gold events whose sentence was found)",
        f"events   date accuracy         {v['date_accuracy']:.3f}",
        f"events   actor accuracy        {v['actor_accuracy']:.3f}",
        f"events   type+actors+date right {v['fully_right']:.3f}   (of all gold events)",
    ]
    kinds = Counter(err["kind"] for err in report["errors"])
    lines.append("errors: " + ", ".join(f"{k}={n}" for k, n in sorted(kinds.items())))
    return "\n".join(lines)
