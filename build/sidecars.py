"""Reading provenance sidecars: plain YAML only, validated by the Sidecar model.

Sidecars are plain-data YAML (see :mod:`structnews.build.plainyaml`). Problems carry the line of
the offending key so that a contributor can go straight to it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from structnews.build.errors import Problem
from structnews.build.plainyaml import load as plain_load
from structnews.build.plainyaml import plain_yaml_problems
from structnews.schema.sidecar import Sidecar

MAX_SIDECAR_BYTES = 64_000
MAX_DEPTH = 5


def _key_lines(text: str) -> dict[str, int]:
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
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
    data: Any = plain_load(text)
    if not isinstance(data, dict):
        return None, [Problem(path, 1, "yaml", "not_a_mapping", "the sidecar must be a mapping of keys to values",
                              "write `publisher: ...` and `published: YYYY-MM-DD` lines")]
    lines = _key_lines(text)
    try:
        return Sidecar.model_validate(data), []
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
            problems.append(Problem(path, lines.get(key, 1 if kind == "missing" else None), field, code, msg, hint))
        return None, problems


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
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, [Problem(display, None, "yaml", "not_utf8", f"invalid UTF-8 at byte offset {exc.start}", "re-save the sidecar as UTF-8")]
    return parse_sidecar(text, display)
