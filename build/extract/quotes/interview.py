"""Who 'I' is in an interview transcript: the person answering.

Interviews are printed as labelled turns: a paragraph opened by the speaker's label (Wikinews'
``((Ann Lind))`` and ``((WN))``, a transcript's ``LIND:``) and the paragraphs after it until the
next label. Inside an answer the interviewee tells stories and quotes them ('and I said, “You are
not listening”'); that 'I' is the one answering, whom the label names. A label that names no person
of the article (the interviewer's ``((WN))``, ``Q:``, a dateline in capitals) says nothing."""

from __future__ import annotations

import re
from bisect import bisect_right

from structnews.build.extract.drafts import LocalEntity
from structnews.build.extract.names import person_key

# '((Ann Lind))' or 'LIND:' / 'ANN LIND:' opening a paragraph.
_LABEL = re.compile(r"(?m)^(?:\(\((?P<wiki>[^()\n]{1,60})\)\)|(?P<caps>(?:[A-Z][A-Z'’.-]*\s){0,3}[A-Z][A-Z'’-]+):\s)")


def interview_turns(text: str, entities: list[LocalEntity]) -> list[tuple[int, int | None]]:
    """Each labelled turn of an article, in order: where it starts and the person its label names
    (a full name or a surname of one person of the article), None for anyone else. Read once per
    article; :func:`answering_person` looks a place up in it."""
    people = [e for e in entities if e.type == "PERSON"]
    turns = []
    for m in _LABEL.finditer(text):
        key = person_key((m.group("wiki") or m.group("caps")).strip())
        exact = [e.index for e in people if person_key(e.name) == key]
        by_surname = [e.index for e in people if key and person_key(e.name).split()[-1:] == key.split()[-1:]]
        turns.append((m.start(), exact[0] if exact else by_surname[0] if len(by_surname) == 1 else None))
    return turns


def answering_person(turns: list[tuple[int, int | None]], at: int) -> int | None:
    """The person whose turn holds the character ``at``: the label of the last turn before it."""
    k = bisect_right(turns, at, key=lambda turn: turn[0])
    return turns[k - 1][1] if k else None
