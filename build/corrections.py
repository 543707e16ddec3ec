"""Applying human corrections (``data/corrections/*.yaml``) to the extracted records.

Corrections run after the cross-article stage at every build, so they survive rebuilds. Every
record a correction touches gets ``method = "human"``. A correction that no longer finds its
target (the article changed, the quote was already fixed upstream) is an error naming the file
and line, never silently ignored.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import TypeAdapter, ValidationError

from structnews.build.canonical import Records, cluster_id
from structnews.build.errors import Problem
from structnews.build.ids import make_id
from structnews.build.plainyaml import load as plain_load
from structnews.build.plainyaml import plain_yaml_problems
from structnews.schema.articles import Article
from structnews.schema.corrections import (
    AddMention, AddQuote, Correction, CorrectionFile, MergeEntities, NotAQuote, SetEntity, SetEvent, SetSpeaker, SplitEntity,
)
from structnews.schema.entities import Entity
from structnews.schema.events import Event
from structnews.schema.mentions import Mention
from structnews.schema.quotes import Quote


@dataclass(frozen=True)
class Located:
    correction: Any
    path: str
    line: int | None


def _item_lines(text: str) -> list[int]:
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return []
    if not isinstance(node, yaml.MappingNode):
        return []
    for key, value in node.value:
        if key.value == "corrections" and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []


def load_corrections(directory: Path | None) -> tuple[list[Located], list[Problem]]:
    """Every correction in the folder, validated, with its file and line."""
    if directory is None or not directory.is_dir():
        return [], []
    out: list[Located] = []
    problems: list[Problem] = []
    for path in sorted(directory.glob("*.y*ml")):
        shown = str(path)
        if path.is_symlink():
            problems.append(Problem(shown, None, "path", "outside_data", "is a symbolic link", "commit the file itself"))
            continue
        text = path.read_text(encoding="utf-8")
        found = plain_yaml_problems(text, shown)
        if found:
            problems.extend(found)
            continue
        lines = _item_lines(text)
        try:
            parsed = CorrectionFile.model_validate(plain_load(text))
        except ValidationError as exc:
            for err in exc.errors():
                loc = list(err["loc"])
                line = lines[loc[1]] if len(loc) > 1 and isinstance(loc[1], int) and loc[1] < len(lines) else None
                field = ".".join(str(x) for x in loc[3:] or loc[2:] or loc) or "corrections"
                problems.append(Problem(shown, line, field, "bad_correction", err["msg"].rstrip("."),
                                        "see docs/corrections.md for the form of each action"))
            continue
        for i, corr in enumerate(parsed.corrections):
            out.append(Located(corr, shown, lines[i] if i < len(lines) else None))
    return out, problems


class _State:
    """Mutable copies of the records while corrections are applied."""

    def __init__(self, records: Records):
        self.articles = {a.article_id: a for a in records.articles}
        self.stem = {Path(a.source_file).stem: a for a in records.articles}
        self.entities = {e.entity_id: e.model_dump() for e in records.entities}
        self.mentions = {m.mention_id: m.model_dump() for m in records.mentions}
        self.quotes = {q.quote_id: q.model_dump() for q in records.quotes}
        self.events = {v.event_id: v.model_dump() for v in records.events}

    def entity(self, ref: str) -> tuple[str | None, str | None]:
        """(entity_id, problem) for a name, alias or id."""
        if ref in self.entities:
            return ref, None
        low = ref.lower()
        hits = sorted(eid for eid, e in self.entities.items() if e["name"].lower() == low)
        if not hits:
            hits = sorted(eid for eid, e in self.entities.items() if low in (a.lower() for a in e["aliases"]))
        if len(hits) == 1:
            return hits[0], None
        if not hits:
            return None, f"no entity is named '{ref}'"
        return None, f"'{ref}' names {len(hits)} entities ({', '.join(hits[:3])})"

    def article(self, stem: str) -> tuple[Article | None, str | None]:
        art = self.stem.get(stem)
        return (art, None) if art else (None, f"no article comes from raw file '{stem}'")

    def find(self, text: str, occurrence: int, body: str) -> tuple[int, int] | None:
        pos = -1
        for _ in range(occurrence):
            pos = body.find(text, pos + 1)
            if pos < 0:
                return None
        return pos, pos + len(text)


def _quote(state: _State, c: SetSpeaker | NotAQuote) -> tuple[str | None, str | None]:
    if c.quote_id:
        return (c.quote_id, None) if c.quote_id in state.quotes else (None, f"quote {c.quote_id} no longer exists")
    art, problem = state.article(c.article or "")
    if art is None:
        return None, problem
    hits = [qid for qid, q in state.quotes.items() if q["article_id"] == art.article_id and (c.text == q["text"] or (c.text or "") in q["text"])]
    if len(hits) == 1:
        return hits[0], None
    return None, (f"no quote in {c.article} contains '{c.text}'" if not hits else f"{len(hits)} quotes in {c.article} contain '{c.text}'; give the quote_id")


def _apply_one(state: _State, c: Any) -> str | None:
    """Apply one correction; return a problem message if it does not apply."""
    if isinstance(c, (SetSpeaker, NotAQuote)):
        qid, problem = _quote(state, c)
        if qid is None:
            return problem
        if isinstance(c, NotAQuote):
            del state.quotes[qid]
            return None
        eid = None
        if c.speaker is not None:
            eid, problem = state.entity(c.speaker)
            if eid is None:
                return problem
        q = state.quotes[qid]
        q.update(speaker_entity_id=eid, speaker_text=c.speaker_text or c.speaker or q["speaker_text"], method="human", confidence=1.0)
        return None
    if isinstance(c, (AddQuote, AddMention)):
        art, problem = state.article(c.article)
        if art is None:
            return problem
        span = state.find(c.text, c.occurrence, art.text)
        if span is None:
            return f"'{c.text}' does not occur {c.occurrence} time(s) in {c.article}"
        start, end = span
        if isinstance(c, AddMention):
            eid, problem = state.entity(c.entity)
            if eid is None:
                return problem
            mid = make_id("m", art.article_id, start, end)
            if mid in state.mentions:
                return f"'{c.text}' is already a mention (of {state.mentions[mid]['entity_id']}); use merge/split instead"
            before = [m for m in state.mentions.values() if m["article_id"] == art.article_id and m["start"] <= start]
            sentence = max(before, key=lambda m: m["start"])["sentence_index"] if before else 0
            state.mentions[mid] = dict(mention_id=mid, article_id=art.article_id, entity_id=eid, start=start, end=end,
                                       text=c.text, sentence_index=sentence, method="human")
            return None
        eid = None
        if c.speaker is not None:
            eid, problem = state.entity(c.speaker)
            if eid is None:
                return problem
        qid = make_id("q", art.article_id, start, end, c.kind)
        if qid in state.quotes:
            return f"'{c.text[:40]}' is already extracted as {qid}; use set_speaker"
        state.quotes[qid] = dict(
            quote_id=qid, article_id=art.article_id, text=c.text, start=start, end=end, speaker_entity_id=eid,
            speaker_text=c.speaker_text or c.speaker, cue=None, kind=c.kind, is_fragment=c.is_fragment,
            attribution="none" if eid is None and c.speaker_text is None else ("unnamed" if eid is None else "cue_subject"),
            group_id=qid, paragraph_index=art.text.count("\n\n", 0, start), method="human", confidence=1.0,
        )
        return None
    if isinstance(c, MergeEntities):
        ids = []
        for ref in c.entities:
            eid, problem = state.entity(ref)
            if eid is None:
                return problem
            ids.append(eid)
        target, others = ids[0], set(ids[1:]) - {ids[0]}
        keep = state.entities[target]
        for o in sorted(others):
            gone = state.entities.pop(o)
            keep["aliases"] = sorted(set(keep["aliases"]) | set(gone["aliases"]) | {gone["name"]} - {keep["name"]})
        keep["method"] = "human"
        _remap(state, others, target)
        return None
    if isinstance(c, SplitEntity):
        source, problem = state.entity(c.entity)
        if source is None:
            return problem
        art, problem = state.article(c.article)
        if art is None:
            return problem
        new_id = make_id("e", "human", c.type, c.name)
        moved = [m for m in state.mentions.values() if m["article_id"] == art.article_id and m["entity_id"] == source and m["text"] in c.mentions]
        if not moved:
            return f"no mention of {c.entity} in {c.article} has the text {c.mentions}"
        for m in moved:
            m.update(entity_id=new_id, method="human")
        state.entities.setdefault(new_id, dict(entity_id=new_id, name=c.name, type=c.type, aliases=sorted(set(c.mentions) - {c.name}),
                                               description=None, wikidata_id=None, mention_count=0, article_count=0, method="human"))
        for q in state.quotes.values():
            if q["article_id"] == art.article_id and q["speaker_entity_id"] == source and q["speaker_text"] in c.mentions:
                q.update(speaker_entity_id=new_id, method="human")
        return None
    if isinstance(c, SetEntity):
        eid, problem = state.entity(c.entity)
        if eid is None:
            return problem
        e = state.entities[eid]
        for field in ("name", "type", "description", "wikidata_id"):
            value = getattr(c, field)
            if value is not None:
                e[field] = value.value if hasattr(value, "value") else value
        e["aliases"] = sorted(set(e["aliases"]) - {e["name"]})
        e["method"] = "human"
        return None
    if isinstance(c, SetEvent):
        if c.event_id:
            if c.event_id not in state.events:
                return f"event {c.event_id} no longer exists"
            vid = c.event_id
        else:
            art, problem = state.article(c.article or "")
            if art is None:
                return problem
            hits = [v for v in state.events.values() if v["article_id"] == art.article_id
                    and (c.sentence or "") in art.text[v["sentence_start"] : v["sentence_end"]]
                    and (c.trigger is None or v["trigger"] == c.trigger)]
            if len(hits) != 1:
                return f"{len(hits)} events in {c.article} match sentence '{c.sentence}' and trigger {c.trigger!r}; give the event_id"
            vid = hits[0]["event_id"]
        if c.remove:
            del state.events[vid]
            return None
        v = state.events[vid]
        for field in ("type", "mode", "context", "date", "date_precision"):
            value = getattr(c, field)
            if value is not None:
                v[field] = value.value if hasattr(value, "value") else value
        v["method"] = "human"
        v["confidence"] = 1.0
        v["cluster_id"] = cluster_id(v["event_id"], v["type"], v["actor_entity_ids"], v["recipient_entity_ids"], v["date"], v["date_precision"])
        return None
    return f"unknown correction {c!r}"  # pragma: no cover - the schema forbids it


def _remap(state: _State, old: set[str], new: str) -> None:
    for m in state.mentions.values():
        if m["entity_id"] in old:
            m.update(entity_id=new, method="human")
    for q in state.quotes.values():
        if q["speaker_entity_id"] in old:
            q["speaker_entity_id"] = new
    for v in state.events.values():
        for key in ("actor_entity_ids", "recipient_entity_ids"):
            if old & set(v[key]):
                v[key] = sorted({new if x in old else x for x in v[key]})
        if v["location_entity_id"] in old:
            v["location_entity_id"] = new


def apply_corrections(records: Records, corrections: list[Located]) -> tuple[Records, list[Problem]]:
    if not corrections:
        return records, []
    state = _State(records)
    problems = []
    for item in corrections:
        message = _apply_one(state, item.correction)
        if message:
            problems.append(Problem(item.path, item.line, item.correction.action, "stale_correction", message,
                                    "fix the correction's target, or delete it if the extraction is now right"))
    # Counts follow the corrected mentions; entities nothing refers to any more are dropped.
    counts: dict[str, int] = {}
    articles: dict[str, set[str]] = {}
    for m in state.mentions.values():
        counts[m["entity_id"]] = counts.get(m["entity_id"], 0) + 1
        articles.setdefault(m["entity_id"], set()).add(m["article_id"])
    referenced = set(counts) | {q["speaker_entity_id"] for q in state.quotes.values() if q["speaker_entity_id"]}
    for v in state.events.values():
        referenced |= set(v["actor_entity_ids"]) | set(v["recipient_entity_ids"]) | ({v["location_entity_id"]} - {None})
    out = Records(articles=list(state.articles.values()))
    for eid, e in state.entities.items():
        if eid in referenced:
            e.update(mention_count=counts.get(eid, 0), article_count=len(articles.get(eid, ())))
            out.entities.append(Entity.model_validate(e))
    out.mentions = [Mention.model_validate(m) for m in state.mentions.values()]
    out.quotes = [Quote.model_validate(q) for q in state.quotes.values()]
    out.events = [Event.model_validate(v) for v in state.events.values()]
    return out, problems


def corrections_adapter() -> TypeAdapter:
    return TypeAdapter(Correction)
