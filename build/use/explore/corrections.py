"""The "how to correct this" boxes: for each record, the exact YAML of a ``data/corrections/``
file (docs/corrections.md) that fixes it, naming its target by article and text where that is
unique, else by id."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from typing import Any

import yaml
from structnews.build.use.explore.corpus import Corpus

REASON = "say why this is wrong"  # a plain YAML scalar: no quotes to escape in every box of a page

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
