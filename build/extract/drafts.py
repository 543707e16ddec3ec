"""Per-article records before they get their global ids.

The per-article stage (clean -> nlp -> extract) is a pure function of one article and yields
these drafts; entity references are local cluster indices (``LocalEntity.index``) until
:mod:`structnews.build.resolve.canonical` resolves them across articles. Keeping drafts plain
dataclasses (no spaCy objects) lets them be cached and shipped between processes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class LocalEntity:
    """An entity as one article knows it: its mentions clustered together."""

    index: int  # position in ArticleDraft.entities
    name: str  # the most complete surface form in the article
    type: str  # EntityType value
    key: str  # normalised matching key (see entities.entity_key)
    surface_forms: list[str] = field(default_factory=list)
    description: str | None = None
    titles: list[str] = field(default_factory=list)  # lower-case title words seen before mentions ('president')
    gazetteer_name: str | None = None  # canonical name if matched in the gazetteer


@dataclass
class MentionDraft:
    entity: int  # LocalEntity.index
    start: int
    end: int
    text: str
    sentence_index: int
    method: str  # model | gazetteer | rule


@dataclass
class QuoteDraft:
    start: int
    end: int
    text: str
    kind: str  # direct | indirect
    is_fragment: bool
    speaker_entity: int | None  # LocalEntity.index
    speaker_text: str | None
    cue: str | None
    attribution: str
    paragraph_index: int
    confidence: float
    group_start: int | None = None  # start offset of the first part of a split / continued quote


@dataclass
class EventDraft:
    type: str  # PLOVER EventType value
    mode: str | None
    context: str | None  # hypothetical | future | negated | None
    actors: list[int]  # LocalEntity indices
    recipients: list[int]
    location: int | None
    date: dt.date | None
    date_text: str | None
    date_precision: str | None  # day | month | year
    trigger: str
    trigger_start: int
    trigger_end: int
    sentence_start: int
    sentence_end: int
    confidence: float
    linked_sentences: list[tuple[int, int]] = field(default_factory=list)  # other sentences reporting it
    additional: bool = False  # 'X also agreed to ...': another act than any reported before (never a restatement)
    tally: bool = False  # 'have attacked dozens of ships since November': a period's tally, never linked with one act


@dataclass
class ArticleDraft:
    """Everything extracted from one article; the input of the cross-article stage."""

    source_file: str
    raw_sha256: str
    sidecar: dict[str, object]  # Sidecar.model_dump(mode="json")
    text: str
    paragraphs: list[tuple[int, int]]
    raw_offset_map: list[int]
    headline: str | None
    authors: list[str]
    dateline: str | None
    word_count: int
    quality_flags: list[str]
    entities: list[LocalEntity] = field(default_factory=list)
    mentions: list[MentionDraft] = field(default_factory=list)
    quotes: list[QuoteDraft] = field(default_factory=list)
    events: list[EventDraft] = field(default_factory=list)
