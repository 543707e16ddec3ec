"""Overlapping spans over a text, flattened into a well-formed sequence of open / text / close
tokens. The tokens are plain data; the ``spans`` macro (templates/macros.html.j2) writes them as
HTML, escaping every text piece and attribute value."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """An element over ``text[start:end]``. A lower ``rank`` is always the outer element (where spans
    cross, the higher-ranked one is split)."""

    start: int
    end: int
    rank: int
    tag: str
    attrs: tuple[tuple[str, str], ...]
    key: str  # unique per span; the first piece gets ``id=key`` if ``anchor``
    anchor: bool = True


@dataclass(frozen=True)
class Token:
    """``open`` (tag + attrs), ``close`` (tag) or ``text``."""

    kind: str
    tag: str = ""
    attrs: tuple[tuple[str, str], ...] = ()
    text: str = ""


def span_tokens(text: str, lo: int, hi: int, spans: list[Span], opened: set[str]) -> list[Token]:
    """The tokens for ``text[lo:hi]`` with every span clipped to it.

    At each boundary the wanted stack of open elements (outermost first: lower rank, so quotes
    hold mentions and mentions hold triggers; then earlier start, later end) is compared with the
    current one; elements are closed down to the common prefix and the rest opened, so crossing
    spans are split into pieces and nesting is always proper. Only a span's first piece carries
    its id (``opened`` is shared across calls); later pieces get the class ``cont``. An ``a``
    inside another ``a`` becomes a ``span`` (no nested links).
    """
    pieces = []
    for s in spans:
        cs, ce = max(s.start, lo), min(s.end, hi)
        if cs < ce:
            pieces.append((cs, ce, s))
    order = {id(p): (p[2].rank, p[0], -p[1], p[2].key) for p in pieces}
    bounds = sorted({lo, hi} | {p[0] for p in pieces} | {p[1] for p in pieces})
    out: list[Token] = []
    stack: list[tuple[tuple[int, int, Span], str]] = []
    for a, b in itertools.pairwise(bounds):
        active = sorted((p for p in pieces if p[0] <= a and p[1] >= b), key=lambda p: order[id(p)])
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep][0] is active[keep]:
            keep += 1
        while len(stack) > keep:
            out.append(Token("close", stack.pop()[1]))
        for piece in active[keep:]:
            s = piece[2]
            tag = s.tag
            attrs = list(s.attrs)
            if tag == "a" and any(t == "a" for _, t in stack):
                tag = "span"
                attrs = [(k, v) for k, v in attrs if k != "href"]
            first = s.key not in opened
            opened.add(s.key)
            if first and s.anchor:
                attrs.insert(0, ("id", s.key))
            if not first:
                attrs = [(k, v + " cont" if k == "class" else v) for k, v in attrs]
                attrs = [(k, v) for k, v in attrs if k != "data-speaker"]  # the badge shows once
            out.append(Token("open", tag, tuple(attrs)))
            stack.append((piece, tag))
        out.append(Token("text", text=text[a:b]))
    while stack:
        out.append(Token("close", stack.pop()[1]))
    return out


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph (separated by blank lines)."""
    out, pos = [], 0
    for m in re.finditer(r"\n\s*\n", text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out
