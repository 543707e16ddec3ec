"""The importer interface: a format's reader yields one :class:`Candidate` (or :class:`Problem`, or
:class:`Skipped`) per record, and :mod:`.writer` turns candidates into ``NAME.txt`` + ``NAME.yaml``.

An importer only reads its format. Everything the formats share lives here and in the writer:
how an article's text is laid out (headline first, a blank line between paragraphs), how dates and
language codes are read, how ``--published`` / ``--publisher`` fill in what a source lacks, and
the checks that make every written pair pass ``structnews build``.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from structnews.build.core.errors import Problem

# The sidecar fields an importer may fill, in the order they are written.
FIELDS = ("publisher", "published", "url", "title", "authors", "language", "license")


@dataclass(frozen=True)
class Origin:
    """Where a record is: the source as shown in messages, the line (jsonl, csv) or record number
    (parquet, warc) if any, and the sidecar's ``source`` block."""

    path: str
    line: int | None
    source: Mapping[str, object]
    note: str | None = None  # added to messages, e.g. a WARC record's target URI

    def problem(self, fieldname: str, code: str, message: str, hint: str) -> Problem:
        if self.note:
            message = f"{message} ({self.note})"
        return Problem(self.path, self.line, fieldname, code, message, hint)

    def describe(self) -> str:
        return f"{self.path}:{self.line}" if self.line is not None else self.path


@dataclass(frozen=True)
class Candidate:
    """One article ready to be written: its text (headline first, a blank line between paragraphs),
    its sidecar fields (``published`` as a date) and where each field came from."""

    text: str
    fields: Mapping[str, object]
    provenance: Mapping[str, str]
    origin: Origin


@dataclass(frozen=True)
class Skipped:
    """A record that is not an article and is not meant to be one (a WARC request record, an image,
    a 404 page): counted in the summary by ``reason``, not reported as a problem."""

    origin: Origin
    reason: str


Item = Candidate | Problem | Skipped


@dataclass(frozen=True)
class Options:
    """What the command line adds. ``published`` and ``publisher`` fill in what a record lacks;
    they never replace what the source says. ``mapping`` is ``--map FIELD=COLUMN`` (dumps only)."""

    published: dt.date | None = None
    publisher: str | None = None
    mapping: Mapping[str, str] = field(default_factory=dict)


class Importer(ABC):
    """One format. A new format is a subclass in its own module and one line in registry.py."""

    format: ClassVar[str]  # the FORMAT of `structnews import FORMAT`, and source.format in the sidecar
    suffixes: ClassVar[tuple[str, ...]]  # file names picked up in a folder (lower case)
    uses_mapping: ClassVar[bool] = False  # whether --map means anything to it

    def __init__(self, options: Options | None = None):
        self.options = options or Options()

    @abstractmethod
    def read(self, path: Path, display: str) -> Iterator[Item]:
        """Every record of one source file, in order. Never raises for bad input: a file or record
        that cannot be read is a Problem, and the records after it still come."""

    def complete(self, fields: dict[str, object], provenance: dict[str, str], origin: Origin,
                 looked: str = "the record") -> list[Problem]:
        """Fill in ``published`` and ``publisher`` from the command line where the source had none;
        a problem for each that is still missing (``looked`` says where it was looked for)."""
        problems = []
        if fields.get("published") is None:
            if self.options.published is not None:
                fields["published"], provenance["published"] = self.options.published, "cli --published"
            else:
                problems.append(origin.problem("published", "missing_date", f"no publication date found in {looked}",
                                               "add it with `--published YYYY-MM-DD` (used for every record of this "
                                               "import that has none)"))
        if not fields.get("publisher"):
            if self.options.publisher:
                fields["publisher"], provenance["publisher"] = self.options.publisher, "cli --publisher"
            else:
                problems.append(origin.problem("publisher", "missing_publisher", f"no publisher found in {looked}",
                                               "add it with `--publisher NAME` (used for every record of this import that has none)"))
        return problems


# ---- Shared readers of values ------------------------------------------------------------------

_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def paragraphs_of(text: str) -> list[str]:
    """The non-empty lines of a text, each stripped and with runs of spaces collapsed: a dump's
    ``maintext`` holds one paragraph per line, or paragraphs separated by blank lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    return [p for line in text.split("\n") if (p := _SPACE.sub(" ", line).strip())]


def compose(title: str | None, paragraphs: list[str]) -> str:
    """The article as the raw folder holds it: NFC, the headline on the first line, a blank line
    between paragraphs, one newline at the end. The headline is not repeated when the body
    already starts with it."""
    body = list(paragraphs)
    if title:
        title = _SPACE.sub(" ", " ".join(title.split())).strip()
        if body and _same(body[0], title):
            body = body[1:]
        body.insert(0, title)
    return unicodedata.normalize("NFC", "\n\n".join(body)) + "\n"


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d)")


def parse_date(value: object) -> dt.date:
    """A publication date from a dump's value: a date, a datetime, or an ISO 8601 string (a date, or
    a date and time, with or without a zone: the date as written is kept). Anything else
    raises ValueError: dates in other notations are ambiguous (03/04/2024), and guessing one
    would put a wrong date into the dataset without anyone noticing."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"{type(value).__name__} {value!r}")
    text = value.strip()
    match = _ISO_DATE.match(text)
    if not match:
        raise ValueError(repr(value))
    if len(text) > 10:
        try:
            dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace(" UTC", "+00:00"))
        except ValueError:
            raise ValueError(repr(value)) from None
    return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))


_LANGUAGE = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*$")


def language_code(value: object) -> str | None:
    """The ISO 639 code of a language tag ('en-GB' -> 'en', 'EN' -> 'en'); None if it is not one."""
    if not isinstance(value, str):
        return None
    match = _LANGUAGE.match(value.strip())
    return match.group(1).lower() if match else None


def host_of(url: object) -> str | None:
    """The host of an http(s) URL without 'www.' (a publisher when the source names none)."""
    if not isinstance(url, str):
        return None
    match = re.match(r"^https?://(?:www\.)?([^/:?#@\s]+)", url.strip(), re.IGNORECASE)
    return match.group(1).lower() if match else None


def authors_of(value: object) -> list[str] | None:
    """Author names from a list, or from one string separated by ';' (or ' and ', '|')."""
    if isinstance(value, str):
        parts = re.split(r"\s*[;|]\s*|\s+and\s+", value) if re.search(r"[;|]|\sand\s", value) else [value]
    elif isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
        parts = list(value)
    else:
        return None
    names = [" ".join(p.split()) for p in parts]
    return [n for n in names if n]


def slug(text: str, limit: int = 40) -> str:
    """A file-name-safe slug: ASCII letters and digits joined by '-' ('Le Monde' -> 'le-monde')."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    out = ""
    for word in words:
        if len(out) + len(word) + 1 > limit:
            break
        out = f"{out}-{word}" if out else word
    return out or (words[0][:limit] if words else "article")
