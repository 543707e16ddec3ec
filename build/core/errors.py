"""Problems with inputs, reported as ``path:line: field: what is wrong; what to do``.

Every check collects :class:`Problem` objects instead of stopping at the first, so that a
contributor sees everything wrong with a pull request at once. A problem is an error unless its
``severity`` is :data:`NOTE`: something worth knowing that needs no fix (a table with the right
records written with other bytes, say); notes are shown but never fail a command.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

ERROR = "error"
NOTE = "note"


@dataclass(frozen=True, order=True)
class Problem:
    """One problem with one input. ``code`` is a stable class name tests and tools can match."""

    path: str
    line: int | None
    field: str
    code: str
    message: str
    hint: str
    severity: str = ERROR  # ERROR or NOTE

    @property
    def is_note(self) -> bool:
        return self.severity == NOTE

    def format(self) -> str:
        """``path:line: field: what is wrong; what to do [code]``. The code at the end is the stable
        name of the problem's class, so a contributor (or a test) can look it up or match it
        without parsing the prose. A note says so: ``path: field: note: ...``."""
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        label = "note: " if self.is_note else ""
        return f"{where}: {self.field}: {label}{self.message}; {self.hint} [{self.code}]"

    def github(self) -> str:
        """A GitHub Actions workflow command that annotates the file and line on the pull request
        (``::error``, or ``::notice`` for a note)."""
        line = f",line={self.line}" if self.line is not None else ""
        msg = f"{self.field}: {self.message}; {self.hint}".replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return f"::{'notice' if self.is_note else 'error'} file={self.path}{line},title={self.code}::{msg}"

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def errors(problems: list[Problem]) -> list[Problem]:
    """The problems that fail a command (everything but notes)."""
    return [p for p in problems if not p.is_note]


class InputError(Exception):
    """Raised when inputs are invalid; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__("\n".join(p.format() for p in self.problems))


def render(problems: list[Problem], fmt: str = "text") -> str:
    if fmt == "json":
        return json.dumps([p.to_json() for p in sorted(problems)], indent=2, ensure_ascii=False)
    if fmt == "github":
        return "\n".join(p.github() for p in sorted(problems))
    return "\n".join(p.format() for p in sorted(problems))
