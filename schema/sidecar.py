"""The provenance sidecar ``data/raw/NAME.yaml`` that travels with every raw article."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import (
    AnyHttpUrl,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
)

NonEmpty = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]

# The sidecar fields whose origin `provenance` can name.
ProvenanceField = Literal["publisher", "published", "url", "title", "authors", "language", "license"]


class Source(BaseModel):
    """Where an imported article came from (written by `structnews import`; hand-made sidecars leave it out)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    format: Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+$")] = Field(
        description="The importer that read the source: html, warc, jsonl, csv or parquet (`structnews import FORMAT`).")
    file: NonEmpty = Field(description="The source file's name (without its folder), e.g. 'page.html' or 'crawl.warc.gz'.")
    record: int | None = Field(default=None, ge=1, description=(
        "Where in the file the article was: the line its record starts on (jsonl, csv), or the 1-based "
        "number of the record (parquet rows, WARC records). Absent for a single page (html)."))
    warc_record_id: NonEmpty | None = Field(default=None, description="The WARC-Record-ID of the response record (warc), e.g. '<urn:uuid:...>'.")
    target_uri: NonEmpty | None = Field(default=None, description="The WARC-Target-URI of the response record (warc): the address the page was fetched from.")


class Sidecar(BaseModel):
    """Who published the article, when and where. Written by the contributor who adds it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    publisher: NonEmpty = Field(description="The outlet that published the article.")
    published: dt.date = Field(description="Publication date (ISO 8601, YYYY-MM-DD).")
    url: AnyHttpUrl | None = Field(default=None, description="Canonical URL of the article.")
    title: NonEmpty | None = Field(default=None, description="Headline, if known.")
    authors: list[NonEmpty] = Field(default_factory=list, description="Author names.")
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")] = Field(default="en", description="ISO 639 code.")
    license: NonEmpty | None = Field(default=None, description="Terms of use of the text, if known.")
    notes: str | None = Field(default=None, description="How the provenance was established; anything a user should know.")
    source: Source | None = Field(default=None, description="For imported articles: the file (and record) the text came from.")
    provenance: dict[ProvenanceField, NonEmpty] = Field(default_factory=dict, description=(
        "For imported articles: where each field's value came from, e.g. published: 'html:meta article:published_time', "
        "publisher: 'html:meta og:site_name', title: 'trafilatura', published: 'htmldate', published: 'cli --published', "
        "published: 'column date_publish'."))

    @field_validator("published", mode="before")
    @classmethod
    def _iso_date_only(cls, value: object) -> object:
        """Accept a YAML date or an ISO string, never a datetime (a date is what we know)."""
        if isinstance(value, dt.datetime):
            raise ValueError("must be a date (YYYY-MM-DD), not a date and time")
        return value

    @field_validator("published")
    @classmethod
    def _plausible(cls, value: dt.date) -> dt.date:
        if value.year < 1800:
            raise ValueError("is before 1800; news articles in this dataset are modern")
        if value > dt.date.today():
            raise ValueError("is in the future")
        return value
