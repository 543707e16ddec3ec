"""The cross-article stage: one id per real-world entity, global record ids, event clusters.

Input is the list of per-article drafts; output is the five tables' records, validated by the
Pydantic models. Entities are merged across articles by curated name, by person name key
("vladimir putin" for "Vladimir V. Putin"), by transliteration variants of the same surname
("Sergey"/"Sergei"), and surname-only clusters join the one full name with that surname.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from structnews.build.drafts import ArticleDraft, LocalEntity
from structnews.build.entities import gazetteer_index
from structnews.build.ids import article_id, make_id
from structnews.schema.articles import Article
from structnews.schema.entities import Entity
from structnews.schema.events import Event
from structnews.schema.mentions import Mention
from structnews.schema.quotes import Quote

FIRST_NAME_SIMILARITY = 80  # rapidfuzz ratio above which two first names are spelling variants


@dataclass
class Records:
    articles: list[Article] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def by_table(self) -> dict[str, list]:
        return {"articles": self.articles, "entities": self.entities, "mentions": self.mentions,
                "quotes": self.quotes, "events": self.events}


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The smaller key represents the group, so the choice does not depend on input order.
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


def _group_keys(drafts: list[ArticleDraft]) -> _UnionFind:
    uf = _UnionFind()
    persons: set[str] = set()
    for d in drafts:
        for e in d.entities:
            uf.find(e.key)
            if e.key.startswith("person:"):
                persons.add(e.key)
    # Gazetteer people absorb the person keys of their curated names and aliases.
    index = gazetteer_index()
    from structnews.build.entities import person_key

    for alias, (name, etype) in index.by_alias.items():
        if etype == "PERSON":
            key = f"person:{person_key(alias)}"
            if key in persons:
                uf.union(f"gaz:{name}", key)
    full = sorted(k for k in persons if len(k.split()) >= 2)
    by_surname: dict[str, list[str]] = defaultdict(list)
    for k in full:
        by_surname[k.split()[-1]].append(k)
    for surname, keys in by_surname.items():
        for i, a in enumerate(keys):
            for b in keys[i + 1 :]:
                if fuzz.ratio(a.split(":")[1].split()[0], b.split(":")[1].split()[0]) >= FIRST_NAME_SIMILARITY:
                    uf.union(a, b)
    for k in sorted(persons):
        if len(k.split()) == 1:
            surname = k.split(":")[1]
            groups = {uf.find(f) for f in by_surname.get(surname, [])}
            gaz_groups = {uf.find(f"gaz:{n}") for n in [index.person_by_surname.get(surname)] if n}
            groups |= gaz_groups
            if len(groups) == 1:
                uf.union(k, next(iter(groups)))
    return uf


def _name_of(entities: list[LocalEntity]) -> str:
    gaz = sorted({e.gazetteer_name for e in entities if e.gazetteer_name})
    if gaz:
        return gaz[0]
    counts = Counter(e.name for e in entities)
    return max(counts, key=lambda n: (len(n.split()), not n.isupper(), counts[n], len(n), [-ord(c) for c in n]))


def cluster_id(event_id: str, etype: str, actors: list[str], recipients: list[str], date: dt.date | None, precision: str | None) -> str:
    """The same real-world event reported by several articles: same type, participants and date.
    Undated events are not clustered (each is its own cluster): a date is what makes two
    reports of a call the same call."""
    if date is None:
        return make_id("c", event_id)
    return make_id("c", etype, ",".join(sorted(set(actors) | set(recipients))), date.isoformat(), precision)


def resolve(drafts: list[ArticleDraft]) -> Records:
    """Build every table's records from the drafts (sorted by article id for determinism)."""
    drafts = sorted(drafts, key=lambda d: d.raw_sha256)
    uf = _group_keys(drafts)
    members: dict[str, list[tuple[str, LocalEntity]]] = defaultdict(list)
    for d in drafts:
        aid = article_id(d.raw_sha256)
        for e in d.entities:
            members[uf.find(e.key)].append((aid, e))

    index = gazetteer_index()
    entity_id_of: dict[str, str] = {}
    out = Records()
    mention_counts: Counter[str] = Counter()
    articles_of: dict[str, set[str]] = defaultdict(set)
    for d in drafts:
        aid = article_id(d.raw_sha256)
        for m in d.mentions:
            group = uf.find(d.entities[m.entity].key)
            mention_counts[group] += 1
            articles_of[group].add(aid)

    for group in sorted(members):
        locals_ = [e for _, e in members[group]]
        eid = make_id("e", group)
        entity_id_of[group] = eid
        name = _name_of(locals_)
        gaz_name = next((e.gazetteer_name for e in locals_ if e.gazetteer_name), None)
        types = Counter()
        for _, e in members[group]:
            types[e.type] += sum(1 for _ in e.surface_forms) or 1
        etype = index.by_alias[gaz_name][1] if gaz_name else types.most_common(1)[0][0]
        if any(e.type == "PERSON" for e in locals_) and group.startswith("person:"):
            etype = "PERSON"
        aliases = {f for e in locals_ for f in e.surface_forms}
        if gaz_name:
            from structnews.build import curated

            entry = next(x for x in curated.gazetteer().entities if x.name == gaz_name)
            aliases |= set(entry.aliases)
            wikidata = entry.wikidata_id
        else:
            wikidata = None
        aliases.discard(name)
        description = next((e.description for _, e in members[group] if e.description), None)
        out.entities.append(Entity(
            entity_id=eid, name=name, type=etype, aliases=sorted(aliases), description=description,
            wikidata_id=wikidata, mention_count=mention_counts[group], article_count=len(articles_of[group]),
            method="gazetteer" if gaz_name else "rule",
        ))

    for d in drafts:
        aid = article_id(d.raw_sha256)
        side = d.sidecar
        local_ids = [entity_id_of[uf.find(e.key)] for e in d.entities]
        out.articles.append(Article(
            article_id=aid, source_file=d.source_file, title=side.get("title") or d.headline,
            publisher=side["publisher"], authors=side.get("authors") or d.authors,
            published=dt.date.fromisoformat(side["published"]), url=side.get("url"),
            language=side.get("language", "en"), license=side.get("license"), dateline=d.dateline,
            text=d.text, raw_sha256=d.raw_sha256, raw_offset_map=d.raw_offset_map, word_count=d.word_count,
            paragraph_count=len(d.paragraphs), quality_flags=sorted(set(d.quality_flags)),
        ))
        for m in d.mentions:
            out.mentions.append(Mention(
                mention_id=make_id("m", aid, m.start, m.end), article_id=aid, entity_id=local_ids[m.entity],
                start=m.start, end=m.end, text=m.text, sentence_index=m.sentence_index, method=m.method,
            ))
        quote_ids = {(q.start, q.kind): make_id("q", aid, q.start, q.end, q.kind) for q in d.quotes}
        for q in d.quotes:
            qid = quote_ids[(q.start, q.kind)]
            group_id = quote_ids.get((q.group_start, q.kind), qid) if q.group_start is not None else qid
            out.quotes.append(Quote(
                quote_id=qid, article_id=aid, text=q.text, start=q.start, end=q.end,
                speaker_entity_id=local_ids[q.speaker_entity] if q.speaker_entity is not None else None,
                speaker_text=q.speaker_text, cue=q.cue, kind=q.kind, is_fragment=q.is_fragment,
                attribution=q.attribution, group_id=group_id, paragraph_index=q.paragraph_index,
                method="rule", confidence=round(q.confidence, 3),
            ))
        for ev in d.events:
            actors = sorted({local_ids[i] for i in ev.actors})
            recipients = sorted({local_ids[i] for i in ev.recipients} - set(actors))
            eid = make_id("v", aid, ev.type, ev.trigger_start, ev.trigger_end)
            cluster = cluster_id(eid, ev.type, actors, recipients, ev.date, ev.date_precision)
            out.events.append(Event(
                event_id=eid, article_id=aid, type=ev.type, mode=ev.mode, context=ev.context,
                actor_entity_ids=actors, recipient_entity_ids=recipients,
                location_entity_id=local_ids[ev.location] if ev.location is not None else None,
                date=ev.date, date_text=ev.date_text, date_precision=ev.date_precision, trigger=ev.trigger,
                trigger_start=ev.trigger_start, trigger_end=ev.trigger_end, sentence_start=ev.sentence_start,
                sentence_end=ev.sentence_end, cluster_id=cluster, method="rule", confidence=round(ev.confidence, 3),
            ))
    return out
