"""The ``quotes`` table: who said what."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

from pydantic import Field, model_validator
from structnews.schema.base import (
    ArticleId,
    Confidence,
    EntityId,
    Method,
    NonEmptyStr,
    Offset,
    QuoteId,
    Record,
    check_span,
    fk,
    pk,
)


class QuoteKind(str, Enum):
    direct = "direct"  # the speaker's words inside quotation marks
    indirect = "indirect"  # attributed content without quotation marks: "X said that ...", "X vowed to ..."


class Attribution(str, Enum):
    """How the speaker was found; users can filter by it."""

    cue_subject = "cue_subject"  # the subject of a speech verb next to the quote ("..., the minister said.")
    according_to = "according_to"  # "according to X"
    pronoun = "pronoun"  # the cue's subject is a pronoun, resolved to the nearest compatible person
    nominal = "nominal"  # the cue's subject is a description ("the official"), resolved back to a named entity
    carryover = "carryover"  # no cue of its own: the speaker of the previous quote, in its paragraph (whose cue it repeats) or the one before (no cue)
    layout = "layout"  # no cue: a transcript label ("WALLACE: ..."), list label ("Name, 34: “...”") or dash credit ("“...” — Name")
    salient = "salient"  # no cue: the person the quote's paragraph introduces as a grammatical subject before it
    following = "following"  # no cue: named by the next paragraph looking back ("So said X.", "That was the message from X.")
    echo = "echo"  # no cue: a headline's quoted words that a later quote attributes ("'Hard' talks" ... X said the talks were "hard")
    clause_subject = "clause_subject"  # no cue: a fragment in the writer's sentence, given to its clause's subject ("X blamed the “lazy planning”")
    split = "split"  # the second part of a quote broken by its attribution
    unnamed = "unnamed"  # an unnamed source ("a senior official"): speaker_text only
    none = "none"  # no speaker found


class Quote(Record):
    """A quotation (direct or indirect) with its speaker as far as it can be told."""

    quote_id: QuoteId = pk("Stable id from (article_id, start, end).")
    article_id: ArticleId = fk("articles", "article_id", "The article the quote is in.")
    text: NonEmptyStr = Field(description="The quoted words, without the quotation marks.")
    start: Offset = Field(description="Start offset of the quoted words in articles.text.")
    end: Offset = Field(description="End offset (exclusive) of the quoted words in articles.text.")
    speaker_entity_id: EntityId | None = fk(
        "entities", "entity_id", "The speaker's entity; null for unnamed sources or when no speaker was found."
    )
    speaker_text: str | None = Field(description="The speaker as written at the attribution ('he', 'a senior official').")
    cue: str | None = Field(description="The attribution verb or phrase ('said', 'told reporters', 'according to').")
    kind: QuoteKind = Field(description="'direct' for words in quotation marks; 'indirect' for what a source said, asked for, promised, believes or intends, reported without quotation marks ('X said that ...', 'X vowed to ...', 'X called for ...', 'X's claim that ...').")
    is_fragment: bool = Field(description="True when the quoted words are a phrase embedded in the writer's sentence.")
    attribution: Attribution = Field(description="How the speaker was found.")
    group_id: QuoteId = Field(description="quote_id of the first part when one quotation is split by its attribution or runs over paragraphs; else the quote's own id.")
    paragraph_index: Annotated[int, Field(ge=0)] = Field(description="0-based paragraph of articles.text holding the quote.")
    method: Method = Field(description="'rule' for extracted quotes, 'human' where a correction set or added it.")
    confidence: Confidence = Field(description="Heuristic confidence in the speaker attribution, 0-1.")

    @model_validator(mode="after")
    def _span(self) -> "Quote":
        check_span(self.start, self.end, self.text)
        return self
