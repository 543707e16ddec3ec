"""Reading provenance sidecars: plain YAML only, validated by the Sidecar model.

Sidecars are plain-data YAML (see :mod:`structnews.build.core.plainyaml`). Problems carry the line of
the offending key so that a contributor can go straight to it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from structnews.build.core.errors import Problem
from structnews.build.core.plainyaml import BaseLoader, plain_yaml_problems
from structnews.build.core.plainyaml import load as plain_load
from structnews.schema.sidecar import Sidecar

MAX_SIDECAR_BYTES = 64_000
MAX_DEPTH = 5


class _LazyLines:
    """Line numbers of the sidecar's keys, composed only when a problem needs one."""

    def __init__(self, text: str):
        self.text = text
        self.lines: dict[str, int] | None = None

    def get(self, key: str, default: int | None = None) -> int | None:
        if self.lines is None:
            self.lines = _key_lines(self.text)
        return self.lines.get(key, default)


def _key_lines(text: str) -> dict[str, int]:
    try:
        node = yaml.compose(text, Loader=BaseLoader)
    except yaml.YAMLError:
        return {}
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {str(k.value): k.start_mark.line + 1 for k, _ in node.value}


def parse_sidecar(text: str, path: str) -> tuple[Sidecar | None, list[Problem]]:
    """Validate a sidecar's text; return the model or the problems."""
    if len(text.encode("utf-8")) > MAX_SIDECAR_BYTES:
        return None, [Problem(path, None, "yaml", "too_large", "the sidecar is over 64 kB", "a sidecar holds a few lines of provenance")]
    problems = plain_yaml_problems(text, path, MAX_DEPTH)
    if problems:
        return None, problems
    problems = []
    data: Any = plain_load(text)
    if data is None:
        return None, [Problem(path, 1, "yaml", "empty", "the sidecar is empty",
                              "write `publisher: ...` and `published: YYYY-MM-DD` lines")]
    if not isinstance(data, dict):
        return None, [Problem(path, 1, "yaml", "not_a_mapping",
                              f"the sidecar must be a mapping of keys to values, not {_kind_of(data)}",
                              "write `publisher: ...` and `published: YYYY-MM-DD` lines")]
    lines = _LazyLines(text)
    # Pydantic would read `published: 12` as 12 seconds after 1970 (a valid date!); a date in a
    # sidecar must be written as one. (Plain YAML keeps dates as strings, see plainyaml.)
    published = data.get("published")
    if "published" in data and not (isinstance(published, str) and _ISO_DATE.match(published.strip())):
        kind = "a date and time" if isinstance(published, str) and _ISO_DATE.match(published.strip()[:10]) else _kind_of(published)
        problems.append(Problem(path, lines.get("published"), "published", "bad_published",
                                f"must be a date written YYYY-MM-DD, not {kind} ({_preview(published)})", _hint_for("published")))
        data = {k: v for k, v in data.items() if k != "published"} | {"published": "2000-01-01"}  # still check the rest
    try:
        sidecar = Sidecar.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            field = ".".join(str(x) for x in err["loc"]) or "sidecar"
            key = str(err["loc"][0]) if err["loc"] else ""
            kind = err["type"]
            if kind == "extra_forbidden":
                msg, hint, code = "unknown key", f"remove it; allowed keys: {', '.join(Sidecar.model_fields)}", "unknown_key"
            elif kind == "missing":
                msg, hint, code = "required key is missing", "add it (see schema/json/sidecar.schema.json)", "missing_key"
            else:
                msg, hint, code = err["msg"].rstrip("."), _hint_for(key), f"bad_{key or 'value'}"
                if "input" in err and not isinstance(err["input"], dict):
                    msg += f" (got {_kind_of(err['input'])} {_preview(err['input'])})"
            problems.append(Problem(path, lines.get(key, 1 if kind == "missing" else None), field, code, msg, hint))
        return None, problems
    if problems:
        return None, problems
    return sidecar, []


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _kind_of(value: object) -> str:
    """A contributor-facing name for a YAML value's type."""
    if value is None:
        return "an empty value"
    return {bool: "true/false", int: "a number", float: "a number", str: "text", list: "a list", dict: "a mapping"}.get(
        type(value), type(value).__name__)


def _preview(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _hint_for(key: str) -> str:
    return {
        "published": "write the publication date as YYYY-MM-DD, not in the future",
        "url": "write the full http(s) URL of the article, or remove the key",
        "language": "write an ISO 639 code such as 'en'",
        "authors": "write a YAML list of names",
    }.get(key, f"see the description of '{key}' in schema/json/sidecar.schema.json")


def read_sidecar(path: Path, display: str) -> tuple[Sidecar | None, list[Problem]]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None, [Problem(display, None, "sidecar", "missing_sidecar", "the article has no sidecar",
                              f"add {Path(display).name} with at least `publisher:` and `published: YYYY-MM-DD`")]
    except IsADirectoryError:
        return None, [Problem(display, None, "sidecar", "not_a_file", "the sidecar is a folder, not a file",
                              "replace it with a NAME.yaml file")]
    if len(raw) > MAX_SIDECAR_BYTES:
        return None, [Problem(display, None, "yaml", "too_large", f"the sidecar is {len(raw):,} bytes, over 64 kB",
                              "a sidecar holds a few lines of provenance")]
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, [Problem(display, 1, "yaml", "not_utf8", "the sidecar is UTF-16 (it starts with a UTF-16 byte-order mark)",
                              "re-save it as UTF-8")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        return None, [Problem(display, line, "yaml", "not_utf8",
                              f"invalid UTF-8 at byte offset {exc.start} (byte 0x{raw[exc.start]:02x}, line {line})",
                              "re-save the sidecar as UTF-8 (Windows-1252 text: `iconv -f CP1252 -t UTF-8`)")]
    text = text.removeprefix("\ufeff")
    return parse_sidecar(text, display)
