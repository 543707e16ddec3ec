"""The cross-article stage: one id per real-world entity, global record ids, event clusters.

It works from small per-article summaries, so its memory grows with the number of distinct
entities, not with the corpus: :class:`EntityResolver` accumulates each article's entities,
then merges groups across articles — by curated name, by person name key ("maria alvarez" for
"Maria T. Alvarez"), by transliteration variants of a first name ("Sergey"/"Sergei", "Mohammed"/"Muhammad"), and a
surname-only group joins the one full name with that surname. :func:`article_records` then turns
one article's draft into validated records, using the resolved entity ids.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from structnews.build.core import curated
from structnews.build.core.ids import article_id, make_id
from structnews.build.extract.drafts import ArticleDraft
from structnews.build.extract.names import gazetteer_index, person_key
from structnews.schema.articles import Article
from structnews.schema.entities import Entity
from structnews.schema.events import Event
from structnews.schema.mentions import Mention
from structnews.schema.quotes import Quote
from structnews.schema.tables import TABLE_BY_NAME

FIRST_NAME_SIMILARITY = 80  # rapidfuzz ratio above which two first names are spelling variants


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


@dataclass
class _KeyStats:
    names: Counter = field(default_factory=Counter)
    types: Counter = field(default_factory=Counter)
    forms: set = field(default_factory=set)
    gazetteer: str | None = None
    description: str | None = None
    is_person: bool = False
    mentions: int = 0
    articles: set = field(default_factory=set)


@dataclass
class Resolution:
    """The outcome of the cross-article entity stage."""

    entity_id_of_key: dict[str, str]
    entities: dict[str, Entity]  # by entity_id, sorted by id when written


class EntityResolver:
    """Accumulates per-article entities (in article-id order), then resolves them."""

    def __init__(self) -> None:
        self.stats: dict[str, _KeyStats] = {}
        self._article_index: dict[str, int] = {}

    def add(self, draft: ArticleDraft) -> None:
        aid = self._article_index.setdefault(article_id(draft.raw_sha256), len(self._article_index))
        counts = Counter(m.entity for m in draft.mentions)
        for e in draft.entities:
            s = self.stats.setdefault(e.key, _KeyStats())
            s.names[e.name] += 1
            s.types[e.type] += max(1, counts[e.index])
            s.forms.update(e.surface_forms)
            s.gazetteer = s.gazetteer or e.gazetteer_name
            s.description = s.description or e.description
            s.is_person = s.is_person or e.type == "PERSON"
            s.mentions += counts[e.index]
            if counts[e.index]:  # a country an event implies (events.countries) is not mentioned
                s.articles.add(aid)

    def _groups(self) -> _UnionFind:
        uf = _UnionFind()
        persons = sorted(k for k in self.stats if k.startswith("person:"))
        for k in self.stats:
            uf.find(k)
        index = gazetteer_index()
        known = set(persons)
        for alias, (name, etype) in sorted(index.by_alias.items()):
            if etype == "PERSON" and f"person:{person_key(alias)}" in known:
                uf.union(f"gaz:{name}", f"person:{person_key(alias)}")
        full = [k for k in persons if len(k.split()) >= 2]
        by_surname: dict[str, list[str]] = defaultdict(list)
        for k in full:
            by_surname[k.split()[-1]].append(k)
        for keys in by_surname.values():
            for i, a in enumerate(keys):
                for b in keys[i + 1 :]:
                    if fuzz.ratio(a.split(":")[1].split()[0], b.split(":")[1].split()[0]) >= FIRST_NAME_SIMILARITY:
                        uf.union(a, b)
        for k in persons:
            if len(k.split()) == 1:
                surname = k.split(":")[1]
                groups = {uf.find(f) for f in by_surname.get(surname, [])}
                curated_name = index.person_by_surname.get(surname)
                if curated_name:
                    groups.add(uf.find(f"gaz:{curated_name}"))
                if len(groups) == 1:
                    uf.union(k, next(iter(groups)))
        return uf

    def resolve(self) -> Resolution:
        uf = self._groups()
        members: dict[str, list[str]] = defaultdict(list)
        for key in sorted(self.stats):
            members[uf.find(key)].append(key)
        index = gazetteer_index()
        gazetteer = {e.name: e for e in curated.gazetteer().entities}
        entity_id_of_key: dict[str, str] = {}
        entities: dict[str, Entity] = {}
        for group, keys in sorted(members.items()):
            stats = [self.stats[k] for k in keys if k in self.stats]
            if not stats:
                continue
            eid = make_id("e", group)
            for k in keys:
                entity_id_of_key[k] = eid
            gaz_name = next((s.gazetteer for s in stats if s.gazetteer), None)
            names: Counter = sum((s.names for s in stats), Counter())
            types: Counter = sum((s.types for s in stats), Counter())
            if gaz_name:
                name, etype = gaz_name, index.by_alias[gaz_name][1]
            else:
                name = max(names, key=lambda n: (len(n.split()), not n.isupper(), names[n], len(n), [-ord(c) for c in n]))
                etype = "PERSON" if group.startswith("person:") and any(s.is_person for s in stats) else types.most_common(1)[0][0]
            aliases = set().union(*(s.forms for s in stats))
            entry = gazetteer.get(gaz_name) if gaz_name else None
            if entry is not None:
                aliases |= set(entry.aliases)
            aliases.discard(name)
            description = next((s.description for s in stats if s.description), None)
            entities[eid] = Entity(
                entity_id=eid, name=name, type=etype, aliases=sorted(aliases), description=description,
                wikidata_id=entry.wikidata_id if entry else None, mention_count=sum(s.mentions for s in stats),
                article_count=len(set().union(*(s.articles for s in stats))), method="gazetteer" if gaz_name else "rule",
            )
        return Resolution(entity_id_of_key, entities)


def cluster_id(event_id: str, etype: str, actors: list[str], recipients: list[str], date: dt.date | None, precision: str | None) -> str:
    """The same real-world event reported by several articles: same type, participants and date.
    Undated events are not clustered (each is its own cluster): a date is what makes two
    reports of a call the same call."""
    if date is None:
        return make_id("c", event_id)
    return make_id("c", etype, ",".join(sorted(set(actors) | set(recipients))), date.isoformat(), precision)


@dataclass
class ArticleRecords:
    article: Article
    mentions: list[Mention]
    quotes: list[Quote]
    events: list[Event]


def article_records(d: ArticleDraft, resolution: Resolution) -> ArticleRecords:
    """One article's validated records, sorted as the tables are."""
    aid = article_id(d.raw_sha256)
    side = d.sidecar
    local_ids = [resolution.entity_id_of_key[e.key] for e in d.entities]
    article = Article(
        article_id=aid, source_file=d.source_file, title=side.get("title") or d.headline,
        publisher=side["publisher"], authors=side.get("authors") or d.authors,
        published=dt.date.fromisoformat(side["published"]), url=side.get("url"),
        language=side.get("language", "en"), license=side.get("license"), dateline=d.dateline,
        text=d.text, raw_sha256=d.raw_sha256, raw_offset_map=d.raw_offset_map, word_count=d.word_count,
        paragraph_count=len(d.paragraphs), quality_flags=sorted(set(d.quality_flags)),
    )
    mentions = [
        Mention(mention_id=make_id("m", aid, m.start, m.end), article_id=aid, entity_id=local_ids[m.entity],
                start=m.start, end=m.end, text=m.text, sentence_index=m.sentence_index, method=m.method)
        for m in d.mentions
    ]
    quote_ids = {(q.start, q.kind): make_id("q", aid, q.start, q.end, q.kind) for q in d.quotes}
    quotes = []
    for q in d.quotes:
        qid = quote_ids[(q.start, q.kind)]
        group_id = quote_ids.get((q.group_start, q.kind), qid) if q.group_start is not None else qid
        quotes.append(Quote(
            quote_id=qid, article_id=aid, text=q.text, start=q.start, end=q.end,
            speaker_entity_id=local_ids[q.speaker_entity] if q.speaker_entity is not None else None,
            speaker_text=q.speaker_text, cue=q.cue, kind=q.kind, is_fragment=q.is_fragment,
            attribution=q.attribution, group_id=group_id, paragraph_index=q.paragraph_index,
            method="rule", confidence=round(q.confidence, 3),
        ))
    events = []
    for ev in d.events:
        actors = sorted({local_ids[i] for i in ev.actors})
        recipients = sorted({local_ids[i] for i in ev.recipients} - set(actors))
        eid = make_id("v", aid, ev.type, ev.trigger_start, ev.trigger_end)
        events.append(Event(
            event_id=eid, article_id=aid, type=ev.type, mode=ev.mode, context=ev.context,
            actor_entity_ids=actors, recipient_entity_ids=recipients,
            location_entity_id=local_ids[ev.location] if ev.location is not None else None,
            date=ev.date, date_text=ev.date_text, date_precision=ev.date_precision, trigger=ev.trigger,
            trigger_start=ev.trigger_start, trigger_end=ev.trigger_end, sentence_start=ev.sentence_start,
            sentence_end=ev.sentence_end, linked_sentence_starts=[a for a, _ in ev.linked_sentences],
            linked_sentence_ends=[b for _, b in ev.linked_sentences], cluster_id=cluster_id(eid, ev.type, actors, recipients, ev.date, ev.date_precision),
            method="rule", confidence=round(ev.confidence, 3),
        ))
    mentions.sort(key=TABLE_BY_NAME["mentions"].sort_key)
    quotes.sort(key=TABLE_BY_NAME["quotes"].sort_key)
    events.sort(key=TABLE_BY_NAME["events"].sort_key)
    return ArticleRecords(article, mentions, quotes, events)
