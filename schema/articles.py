"""The ``articles`` table: one row per raw article, with its clean body text.

``text`` is the clean body; every span in every other table indexes it.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Annotated

from pydantic import Field, model_validator
from structnews.schema.base import ArticleId, NonEmptyStr, Record, pk


class QualityFlag(str, Enum):
    """Known damage in the text that users may want to filter on."""

    unbalanced_quotes = "unbalanced_quotes"  # a quotation mark opens without closing, or the reverse
    garbled_sentences = "garbled_sentences"  # machine-paraphrase or scrape damage inside sentences
    truncated = "truncated"  # the text stops mid-sentence or mid-story
    clutter_removed = "clutter_removed"  # page clutter was found and removed from the raw text
    no_headline = "no_headline"  # no headline could be recognised
    short = "short"  # fewer than 150 words of body text
    mojibake_repaired = "mojibake_repaired"  # mis-decoded characters ('FranÃ§ois') were repaired (ftfy)
    control_characters_removed = "control_characters_removed"  # stray control characters (terminal codes) were removed


class Article(Record):
    """A news article: provenance from its sidecar, clean body text from its raw file."""

    article_id: ArticleId = pk("Stable id: 'a_' + the first 16 hex digits of the raw file's SHA-256.")
    source_file: NonEmptyStr = Field(description="The raw file's name under data/raw/, e.g. 'cnn_0001.txt'.")
    title: str | None = Field(
        description="The headline: from the sidecar if given, else the one recognised in the text; null if neither."
    )
    publisher: NonEmptyStr = Field(description="The outlet that published the article (sidecar).")
    authors: list[NonEmptyStr] = Field(description="Authors from the sidecar, else from a recognised byline; may be empty.")
    published: dt.date = Field(description="Publication date (sidecar); relative dates in the text are resolved against it.")
    url: str | None = Field(description="Canonical URL of the article, if known.")
    language: Annotated[str, Field(pattern=r"^[a-z]{2,3}$")] = Field(description="ISO 639 language code of the text.")
    license: str | None = Field(description="Terms under which the text may be used, if known (sidecar).")
    dateline: str | None = Field(description="Place of the dateline ('WASHINGTON', 'MOSCOW'), if the body starts with one.")
    text: NonEmptyStr = Field(description="Clean body text: NFC, '\\n' newlines, clutter removed, paragraphs separated by a blank line.")
    raw_sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")] = Field(description="SHA-256 of the raw file's bytes.")
    raw_offset_map: list[Annotated[int, Field(ge=0)]] = Field(
        description="Map from clean text back to the raw text: flattened triples (clean_start, raw_start, length), "
        "one per kept paragraph; raw offsets count characters of the decoded raw text (UTF-8, NFC, \\n newlines, invisible format characters removed, "
        "mojibake repaired and stray control characters removed as quality_flags say)."
    )
    word_count: Annotated[int, Field(ge=0)] = Field(description="Number of words in text (spaCy tokens that are not punctuation or space).")
    paragraph_count: Annotated[int, Field(ge=0)] = Field(description="Number of paragraphs in text.")
    quality_flags: list[QualityFlag] = Field(description="Known text damage; empty when none was detected.")

    @model_validator(mode="after")
    def _offset_map_is_triples(self) -> "Article":
        if len(self.raw_offset_map) % 3:
            raise ValueError("raw_offset_map must hold (clean_start, raw_start, length) triples")
        return self
