"""Who 'I' is in an interview transcript: the person answering.

Interviews are printed as labelled turns: a paragraph opened by the speaker's label (Wikinews'
``((Ann Lind))`` and ``((WN))``, a transcript's ``LIND:``) and the paragraphs after it until the
next label. Inside an answer the interviewee tells stories and quotes them ('and I said, “You are
not listening”'); that 'I' is the one answering, whom the label names. A label that names no person
of the article (the interviewer's ``((WN))``, ``Q:``, a dateline in capitals) says nothing."""

from __future__ import annotations

import re

from structnews.build.extract.drafts import LocalEntity
from structnews.build.extract.names import person_key

# '((Ann Lind))' or 'LIND:' / 'ANN LIND:' opening a paragraph.
_LABEL = re.compile(r"(?m)^(?:\(\((?P<wiki>[^()\n]{1,60})\)\)|(?P<caps>(?:[A-Z][A-Z'’.-]*\s){0,3}[A-Z][A-Z'’-]+):\s)")


def answering_person(text: str, entities: list[LocalEntity], at: int) -> int | None:
    """The person whose answer holds the character ``at``: the label of the last labelled
    paragraph before it, when the label is a person's full name or surname in the article."""
    label = None
    for m in _LABEL.finditer(text, 0, at):
        label = m.group("wiki") or m.group("caps")
    if label is None:
        return None
    key = person_key(label.strip())
    people = [e for e in entities if e.type == "PERSON"]
    for e in people:
        if person_key(e.name) == key:
            return e.index
    surname = key.split()[-1:] if key else []
    matches = [e.index for e in people if person_key(e.name).split()[-1:] == surname]
    return matches[0] if len(matches) == 1 else None
