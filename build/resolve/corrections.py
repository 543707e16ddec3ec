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
from pydantic import ValidationError
from structnews.build.core.errors import Problem
from structnews.build.core.ids import make_id
from structnews.build.core.plainyaml import BaseLoader, plain_yaml_problems
from structnews.build.core.plainyaml import load as plain_load
from structnews.build.resolve.canonical import cluster_id
from structnews.schema.articles import Article
from structnews.schema.corrections import (
    AddMention,
    AddQuote,
    CorrectionFile,
    MergeEntities,
    NotAQuote,
    SetEntity,
    SetEvent,
    SetSpeaker,
    SplitEntity,
)
from structnews.schema.entities import Entity
from structnews.schema.events import Event
from structnews.schema.mentions import Mention
from structnews.schema.quotes import Quote
from structnews.schema.tables import TABLE_BY_NAME, TABLES

_ENTITY_REFERENCES = {spec.name: spec.references_to("entities") for spec in TABLES}


@dataclass(frozen=True)
class Located:
    correction: Any
    path: str
    line: int | None


def _item_lines(text: str) -> list[int]:
    try:
        node = yaml.compose(text, Loader=BaseLoader)
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
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            problems.append(Problem(shown, raw.count(b"\n", 0, exc.start) + 1, "yaml", "not_utf8",
                                    f"invalid UTF-8 at byte offset {exc.start} (byte 0x{raw[exc.start]:02x})",
                                    "re-save the corrections file as UTF-8"))
            continue
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


class CorrectionPlan:
    """Corrections applied while records stream past, one article at a time.

    Entity-level corrections (merge, set_entity) are applied first, to the entity table; merges
    become an id remap applied to every article's records. Record-level corrections are applied
    when their article streams past. :meth:`finish` reports every correction that found nothing.
    """

    def __init__(self, corrections: list[Located], entities: dict[str, Entity]):
        self.items = corrections
        self.entities = {eid: e.model_dump() for eid, e in entities.items()}
        self.remap: dict[str, str] = {}
        self.done: set[int] = set()
        self.problems: list[Problem] = []
        self.stems_seen: set[str] = set()
        for i, item in enumerate(corrections):
            if isinstance(item.correction, (MergeEntities, SetEntity)):
                self._settle(i, self._entity_level(item.correction))

    # -- lookups -------------------------------------------------------------------------
    def entity(self, ref: str) -> tuple[str | None, str | None]:
        """(entity_id, problem) for a name, alias or id."""
        if ref in self.entities:
            return self.remap.get(ref, ref), None
        low = ref.lower()
        hits = sorted(eid for eid, e in self.entities.items() if e["name"].lower() == low)
        if not hits:
            hits = sorted(eid for eid, e in self.entities.items() if low in (a.lower() for a in e["aliases"]))
        if len(hits) == 1:
            return hits[0], None
        if not hits:
            return None, f"no entity is named '{ref}'"
        return None, f"'{ref}' names {len(hits)} entities ({', '.join(hits[:3])}); use the entity_id"

    def speaker(self, ref: str | None) -> tuple[str | None, str | None]:
        """Like :meth:`entity`, but ``None`` (an unnamed source) is a valid answer."""
        return (None, None) if ref is None else self.entity(ref)

    def _settle(self, i: int, message: str | None) -> None:
        self.done.add(i)
        if message:
            item = self.items[i]
            self.problems.append(Problem(item.path, item.line, item.correction.action, "stale_correction", message,
                                         "fix the correction's target, or delete it if the extraction is now right"))

    # -- entity level --------------------------------------------------------------------
    def _entity_level(self, c: MergeEntities | SetEntity) -> str | None:
        if isinstance(c, MergeEntities):
            ids = []
            for ref in c.entities:
                eid, problem = self.entity(ref)
                if eid is None:
                    return problem
                ids.append(eid)
            target, others = ids[0], set(ids[1:]) - {ids[0]}
            keep = self.entities[target]
            for o in sorted(others):
                gone = self.entities.pop(o)
                keep["aliases"] = sorted((set(keep["aliases"]) | set(gone["aliases"]) | {gone["name"]}) - {keep["name"]})
                self.remap[o] = target
            for k, v in list(self.remap.items()):
                if v in others:
                    self.remap[k] = target
            keep["method"] = "human"
            return None
        eid, problem = self.entity(c.entity)
        if eid is None:
            return problem
        e = self.entities[eid]
        for name in ("name", "type", "description", "wikidata_id"):
            value = getattr(c, name)
            if value is not None:
                e[name] = value.value if hasattr(value, "value") else value
        e["aliases"] = sorted(set(e["aliases"]) - {e["name"]})
        e["method"] = "human"
        return None

    # -- article level -------------------------------------------------------------------
    def article(self, art: Article, mentions: list[Mention], quotes: list[Quote], events: list[Event]) -> tuple[list[Mention], list[Quote], list[Event]]:
        stem = Path(art.source_file).stem
        self.stems_seen.add(stem)
        st = _ArticleState(art, mentions, quotes, events)
        if self.remap:
            _remap(st, self.remap)
        for i, item in enumerate(self.items):
            if i in self.done:
                continue
            c = item.correction
            named = getattr(c, "article", None)
            by_id = getattr(c, "quote_id", None) or getattr(c, "event_id", None)
            if named == stem or (by_id and (by_id in st.quotes or by_id in st.events)):
                self._settle(i, self._record_level(st, c))
        return (
            sorted((Mention.model_validate(m) for m in st.mentions.values()), key=TABLE_BY_NAME["mentions"].sort_key),
            sorted((Quote.model_validate(q) for q in st.quotes.values()), key=TABLE_BY_NAME["quotes"].sort_key),
            sorted((Event.model_validate(v) for v in st.events.values()), key=TABLE_BY_NAME["events"].sort_key),
        )

    def _record_level(self, st: "_ArticleState", c: Any) -> str | None:
        art = st.article
        if isinstance(c, (SetSpeaker, NotAQuote)):
            if c.quote_id:
                qid = c.quote_id
            else:
                hits = [k for k, q in st.quotes.items() if c.text == q["text"] or (c.text or "") in q["text"]]
                if len(hits) != 1:
                    return f"no quote in {c.article} contains '{c.text}'" if not hits else f"{len(hits)} quotes in {c.article} contain '{c.text}'; give the quote_id"
                qid = hits[0]
            if isinstance(c, NotAQuote):
                del st.quotes[qid]
                return None
            eid, problem = self.speaker(c.speaker)
            if problem:
                return problem
            st.quotes[qid].update(speaker_entity_id=eid, speaker_text=c.speaker_text or c.speaker or st.quotes[qid]["speaker_text"],
                                  method="human", confidence=1.0)
            return None
        if isinstance(c, (AddQuote, AddMention)):
            span = _find(c.text, c.occurrence, art.text)
            if span is None:
                return f"'{c.text}' does not occur {c.occurrence} time(s) in {c.article}"
            start, end = span
            if isinstance(c, AddMention):
                eid, problem = self.entity(c.entity)
                if eid is None:
                    return problem
                mid = make_id("m", art.article_id, start, end)
                if mid in st.mentions:
                    return f"'{c.text}' is already a mention (of {st.mentions[mid]['entity_id']}); use merge or split instead"
                before = [m for m in st.mentions.values() if m["start"] <= start]
                sentence = max(before, key=lambda m: m["start"])["sentence_index"] if before else 0
                st.mentions[mid] = dict(mention_id=mid, article_id=art.article_id, entity_id=eid, start=start, end=end,
                                        text=c.text, sentence_index=sentence, method="human")
                return None
            eid, problem = self.speaker(c.speaker)
            if problem:
                return problem
            qid = make_id("q", art.article_id, start, end, c.kind)
            if qid in st.quotes:
                return f"'{c.text[:40]}' is already extracted as {qid}; use set_speaker"
            st.quotes[qid] = dict(
                quote_id=qid, article_id=art.article_id, text=c.text, start=start, end=end, speaker_entity_id=eid,
                speaker_text=c.speaker_text or c.speaker, cue=None, kind=c.kind, is_fragment=c.is_fragment,
                attribution="none" if eid is None and c.speaker_text is None else ("unnamed" if eid is None else "cue_subject"),
                group_id=qid, paragraph_index=art.text.count("\n\n", 0, start), method="human", confidence=1.0,
            )
            return None
        if isinstance(c, SplitEntity):
            source, problem = self.entity(c.entity)
            if source is None:
                return problem
            new_id = make_id("e", "human", c.type.value if hasattr(c.type, "value") else c.type, c.name)
            moved = [m for m in st.mentions.values() if m["entity_id"] == source and m["text"] in c.mentions]
            if not moved:
                return f"no mention of {c.entity} in {c.article} has the text {c.mentions}"
            for m in moved:
                m.update(entity_id=new_id, method="human")
            self.entities.setdefault(new_id, dict(
                entity_id=new_id, name=c.name, type=c.type.value if hasattr(c.type, "value") else c.type,
                aliases=sorted(set(c.mentions) - {c.name}), description=None, wikidata_id=None,
                mention_count=0, article_count=0, method="human"))
            for q in st.quotes.values():
                if q["speaker_entity_id"] == source and q["speaker_text"] in c.mentions:
                    q.update(speaker_entity_id=new_id, method="human")
            return None
        if isinstance(c, SetEvent):
            if c.event_id:
                vid = c.event_id
            else:
                hits = [v for v in st.events.values() if (c.sentence or "") in art.text[v["sentence_start"] : v["sentence_end"]]
                        and (c.trigger is None or v["trigger"] == c.trigger)]
                if len(hits) != 1:
                    return f"{len(hits)} events in {c.article} match sentence '{c.sentence}' and trigger {c.trigger!r}; give the event_id"
                vid = hits[0]["event_id"]
            if c.remove:
                del st.events[vid]
                return None
            v = st.events[vid]
            for name in ("type", "mode", "context", "date", "date_precision"):
                value = getattr(c, name)
                if value is not None:
                    v[name] = value.value if hasattr(value, "value") else value
            v.update(method="human", confidence=1.0)
            v["cluster_id"] = cluster_id(v["event_id"], v["type"], v["actor_entity_ids"], v["recipient_entity_ids"], v["date"], v["date_precision"])
            return None
        return f"unknown correction {c!r}"  # pragma: no cover - the schema forbids it

    # -- end -----------------------------------------------------------------------------
    def finish(self, mention_counts: dict[str, int], article_counts: dict[str, int], referenced: set[str]) -> tuple[list[Entity], list[Problem]]:
        """The corrected entity table, and every correction that found no target."""
        for i, item in enumerate(self.items):
            if i in self.done:
                continue
            c = item.correction
            named = getattr(c, "article", None)
            if named and named not in self.stems_seen:
                self._settle(i, f"no article comes from raw file '{named}'")
            elif getattr(c, "quote_id", None):
                self._settle(i, f"quote {c.quote_id} no longer exists")
            elif getattr(c, "event_id", None):
                self._settle(i, f"event {c.event_id} no longer exists")
            else:  # pragma: no cover - every kind is handled above
                self._settle(i, "the correction found nothing to apply to")
        out = []
        for eid in sorted(self.entities):
            if eid in referenced:
                e = dict(self.entities[eid], mention_count=mention_counts.get(eid, 0), article_count=article_counts.get(eid, 0))
                out.append(Entity.model_validate(e))
        return out, sorted(self.problems)


class _ArticleState:
    def __init__(self, article: Article, mentions: list[Mention], quotes: list[Quote], events: list[Event]):
        self.article = article
        self.mentions = {m.mention_id: m.model_dump() for m in mentions}
        self.quotes = {q.quote_id: q.model_dump() for q in quotes}
        self.events = {v.event_id: v.model_dump() for v in events}


def _find(text: str, occurrence: int, body: str) -> tuple[int, int] | None:
    pos = -1
    for _ in range(occurrence):
        pos = body.find(text, pos + 1)
        if pos < 0:
            return None
    return pos, pos + len(text)


def _remap(st: _ArticleState, remap: dict[str, str]) -> None:
    """Point every entity reference of the article (whatever columns the models declare) at the
    entities they were merged into; a remapped mention becomes a human decision."""
    for name, rows in (("mentions", st.mentions), ("quotes", st.quotes), ("events", st.events)):
        for row in rows.values():
            for column, is_list in _ENTITY_REFERENCES[name].items():
                if is_list:
                    if set(remap) & set(row[column]):
                        row[column] = sorted({remap.get(x, x) for x in row[column]})
                elif row[column] in remap:
                    row[column] = remap[row[column]]
                    if name == "mentions":
                        row["method"] = "human"