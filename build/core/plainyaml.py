"""Plain-data YAML: what contributors may write in sidecars and corrections.

YAML can do much more than hold data (custom tags, anchors and aliases that multiply into
"billion laughs" bombs, deep nesting); contributed files may use none of it, and problems name
the line.
"""

from __future__ import annotations

import yaml
from structnews.build.core.errors import Problem

MAX_DEPTH = 6


# libyaml's C parser when PyYAML was built with it (it is on every common platform), else Python's.
BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class PlainLoader(BaseLoader):  # type: ignore[misc, valid-type]
    """Safe loading, but dates stay strings: PyYAML would crash on an impossible date such as
    2020-02-30, and the Pydantic models report it properly instead."""


PlainLoader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))
# A lone '=' resolves to YAML 1.1's "value" key type, which SafeLoader cannot construct: plain text.
PlainLoader.add_constructor("tag:yaml.org,2002:value", lambda loader, node: loader.construct_scalar(node))


def plain_yaml_problems(text: str, path: str, max_depth: int = MAX_DEPTH) -> list[Problem]:
    """Reject tags, anchors, aliases and deep nesting before anything is constructed."""
    problems = []
    depth = 0
    try:
        for event in yaml.parse(text, Loader=BaseLoader):
            line = event.start_mark.line + 1
            if isinstance(event, yaml.AliasEvent):
                problems.append(Problem(path, line, "yaml", "yaml_alias", "YAML aliases (*name) are not allowed",
                                        "write the value out in full"))
                break
            anchor = getattr(event, "anchor", None)
            if anchor:
                problems.append(Problem(path, line, "yaml", "yaml_anchor", f"YAML anchor &{anchor} is not allowed",
                                        "contributed files hold plain keys and values only"))
            tag = getattr(event, "tag", None)
            implicit = getattr(event, "implicit", True)
            if tag and not (implicit is True or (isinstance(implicit, tuple) and any(implicit))):
                problems.append(Problem(path, line, "yaml", "yaml_tag", f"YAML tag {tag} is not allowed",
                                        "remove the tag; write plain strings, numbers, dates and lists"))
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > max_depth:
                    problems.append(Problem(path, line, "yaml", "yaml_too_deep", f"nesting deeper than {max_depth} levels",
                                            "keep the file a flat list of plain records"))
                    break
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        reason = str(getattr(exc, "problem", None) or exc)
        if "nesting depth" in reason:  # libyaml's own limit, reached before ours
            problems.append(Problem(path, mark.line + 1 if mark else None, "yaml", "yaml_too_deep",
                                    f"nesting deeper than {max_depth} levels", "keep the file a flat list of plain records"))
        else:
            problems.append(Problem(path, mark.line + 1 if mark else None, "yaml", "yaml_syntax",
                                    f"not valid YAML ({reason})", "fix the YAML syntax"))
    if not problems:
        problems.extend(duplicate_key_problems(text, path))
    return problems


def duplicate_key_problems(text: str, path: str) -> list[Problem]:
    """Keys written twice in one mapping. PyYAML silently keeps the last value, so a contributor
    who writes ``published:`` twice would never learn which date was used. Only called on text
    that passed the checks above (no aliases, bounded depth), so composing it is safe."""
    problems = []
    stack = [yaml.compose(text, Loader=BaseLoader)]
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            seen: dict[str, int] = {}
            for key, value in node.value:
                name = str(key.value)
                if name in seen:
                    problems.append(Problem(path, key.start_mark.line + 1, name, "yaml_duplicate_key",
                                            f"the key '{name}' is written twice (first on line {seen[name]})",
                                            "keep one of them; YAML would silently use the last"))
                seen.setdefault(name, key.start_mark.line + 1)
                stack.append(value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return problems


def load(text: str) -> object:
    return yaml.load(text, Loader=PlainLoader)  # noqa: S506 - a SafeLoader subclass
