"""From decoded raw text to the clean body: clutter removed, headline, byline and dateline found.

The clean text is a sequence of paragraphs, each a verbatim slice of the raw text (stripped of
surrounding white space), joined by blank lines. Keeping paragraphs verbatim is what makes the
map back to raw offsets exact. What counts as clutter comes from ``data/curated/boilerplate.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from structnews.build.core import curated
from structnews.schema.articles import QualityFlag
from structnews.schema.curated import BoilerplatePattern

PARAGRAPH_SEPARATOR = "\n\n"
# At most this many label lines are dropped above a headline (a site's name bar, then a section).
MAX_LABELS = 2
# The fewest words of a headline under a label line.
MIN_HEADLINE_WORDS = 5

# The names may follow the reporter's job in lower case ('By national affairs reporter Jane Roe').
_BYLINE = re.compile(r"^By\s+(?:(?:[a-z]+\s+){0,3}(?:reporter|correspondent|editor|writer)\s+)?(?P<names>[A-Z][^.!?]{2,200})$")
# Where the reporter filed from, after a name ('By Jane Roe in Paris'): no part of the name.
_FILED_FROM = re.compile(r"\s+in\s+[A-Z][\w .’'-]*$")
# A byline that names only the outlet or desk ("By Reuters", "By Staff Writer"): no author, but
# still no article text (left in, the outlet became an entity of the story).
_OUTLET_BYLINE = re.compile(r"^By (?:[A-Z][\w.&’'-]*)(?: [A-Z][\w.&’'-]*){0,2}$")
# Capital letters of the Latin alphabets, for a regex class: a dateline is written in capitals
# whatever the language of the place ('TROMSØ', 'ŁÓDŹ', 'SÃO PAULO').
UPPER = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x250) if chr(c).isupper())
_CAPS = rf"[{UPPER}][{UPPER}'’.-]*[{UPPER}.]"  # a word in capitals ('TROMSØ', 'KYIV', 'ST.')
# A wire dateline opening a line: places in capitals (one or more, 'LONDON/MOSCOW'), a region, a
# date, an agency in brackets, then a dash ('KISUMU, Kenya - ', 'OSLO, Oct 24 - ', 'PARIS/MOSCOW,
# Feb 21 (Reuters) - ', 'Dec 27 (Reuters) - ') or, after the agency, a colon ('LA PAZ (AFP): ').
# The one definition: the clean stage reads the article's dateline with it, and the extraction
# stage (extract.datelines) the places and spans no event or entity may take as a party.
WIRE_DATELINE = re.compile(rf"(?:(?P<place>{_CAPS}(?:[ /]{_CAPS}){{0,3}})(?P<region>, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
                           r"(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?\s*(?P<agency>\([^)\n]{1,30}\)\s*)?"
                           r"|[A-Z][a-z]{2,8}\.? \d{1,2}\s*(?P<agency2>\([^)\n]{1,30}\)\s*))"
                           r"(?:[—–-]{1,2}\s|(?(agency):\s|(?(agency2):\s|(?!))))")
# A full stop, question or exclamation mark ending a line, before any closing marks ('... deal."').
_STOP = re.compile(r"[.!?…][\"”’')\]]*$")
_TERMINAL = re.compile(r"[.!?…][\"”’')\]]*$|[\"”’][.!?]?$")
# A page title scraped with the site's name after one bar ('Pact signed | The Tulva Courier'):
# the name is the page's furniture, not the story's text (left in, the site became an entity).
_SITE_SUFFIX = re.compile(r"(?P<title>[^|]+?) \| (?P<site>[^|]+)")
MAX_SITE_WORDS = 8


_DAMAGE_SIGNS = [re.compile(p, flags) for p, flags in [
    (r"\b(\w{2,})\s+\1\b", re.IGNORECASE),  # a doubled word: "the the"
    (r"\b(\w+ \w+) \1\b", re.IGNORECASE),  # a doubled phrase: "I think I think"
    (r"\b(\w{3,}) and \1\b", 0),  # "we hope and hope"
    (r"\b(the|a|an) (of|in|to|for|with|on|at)\b", 0),  # an article with its noun dropped: "the of the threat"
    (r"\b(is|was|are|were) (is|was|are|were)\b", 0),  # doubled auxiliaries: "which is was"
    (r"\s[.,;]\s*(?:\n|$)|\s\.\s", 0),  # stray space before punctuation
    (r"[a-z]\.\s+[a-z]{3,}", 0),  # a sentence that starts in lower case
    (r"\.\s*\.(?!\.)", 0),  # doubled full stop ". ."
    (r"(?:^|\s)[‘'](?=\w)[^’'\n]*$", re.MULTILINE),  # a single mark opened, never closed
    # a one-word sentence that is not an abbreviation: "... to Russia. Russia. Mr X said"
    (r"(?<=[.!?] )(?!(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Jr|Sr|Prof|Lt|Col|Adm|Mt|No|Vol)\.)[A-Z][a-z]+\.(?= [A-Z])", 0),
]]


@dataclass(frozen=True)
class Line:
    text: str  # stripped line
    raw_start: int  # offset of text in the decoded raw text


@dataclass
class CleanArticle:
    """The result of cleaning one raw text."""

    text: str
    paragraphs: list[tuple[int, int]]  # (start, end) of each paragraph in text
    raw_offset_map: list[int]  # flattened (clean_start, raw_start, length) triples
    headline: str | None
    authors: list[str]
    dateline: str | None
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (pattern id, line) for each removed line
    flags: list[QualityFlag] = field(default_factory=list)


@lru_cache(maxsize=None)
def _compiled() -> list[tuple[BoilerplatePattern, re.Pattern[str], re.Pattern[str] | None]]:
    out = []
    for pat in curated.boilerplate().patterns:
        flags = 0 if pat.case_sensitive else re.IGNORECASE
        item = re.compile(pat.item_pattern) if pat.item_pattern else None
        out.append((pat, re.compile(pat.pattern, flags), item))
    return out


def split_lines(text: str) -> list[Line]:
    """Non-empty lines with their raw offsets (white space around each line removed)."""
    lines = []
    pos = 0
    for raw_line in text.split("\n"):
        stripped = raw_line.strip()
        if stripped:
            lines.append(Line(stripped, pos + raw_line.index(stripped)))
        pos += len(raw_line) + 1
    return lines


# The fewest words of a line that reads as prose: a sentence, not a byline, a tag or a name.
PROSE_WORDS = 8


def _reads_as_prose(line: str) -> bool:
    """A sentence of the story: several words ending with sentence punctuation."""
    return len(line.split()) >= PROSE_WORDS and bool(_TERMINAL.search(line))


def _zones(lines: list[Line]) -> tuple[int, int, int]:
    """(headline, first, last): the first line longer than a section label (``_is_label``: at most
    three words), taken for the headline, and the first and last line after it that reads as
    prose. The lines between the headline and ``first`` are the byline zone, those after ``last``
    the tail; a label scraped above a short title-case headline cannot push the headline into
    the byline zone."""
    headline = next((i for i, line in enumerate(lines) if len(line.text.split()) > 3), 0)
    prose = [i for i, line in enumerate(lines) if i > headline and _reads_as_prose(line.text)]
    return (headline, prose[0], prose[-1]) if prose else (headline, len(lines), len(lines))


def _in_zone(position: str, i: int, zones: tuple[int, int, int]) -> bool:
    """Whether a pattern of this position may match line ``i`` (see ``BoilerplatePattern.position``)."""
    return position == "any" or position == "byline" and zones[0] < i < zones[1] or position == "tail" and i > zones[2]


def remove_clutter(lines: list[Line]) -> tuple[list[Line], list[tuple[str, str]]]:
    """Apply the boilerplate patterns; return the kept lines and what was dropped (and why)."""
    kept: list[Line] = []
    dropped: list[tuple[str, str]] = []
    i = 0
    n = len(lines)
    patterns = _compiled()
    zones = _zones(lines)
    while i < n:
        line = lines[i].text
        hit = None
        for pat, rx, item in patterns:
            if not _in_zone(pat.position, i, zones):
                continue
            match = rx.fullmatch(line)
            if match:
                hit = (pat, match, item)
                break
        if hit is None:
            kept.append(lines[i])
            i += 1
            continue
        pat, match, item = hit
        if pat.action == "drop_rest":
            dropped.extend((pat.id, ln.text) for ln in lines[i:])
            break
        end = i + 1  # exclusive end of the dropped run
        if pat.action == "drop_count":
            count = int(match.group("count")) - int(match.group("index")) + 1
            end = min(n, i + 1 + count)
        elif pat.action == "drop_box" and item is not None:
            first_item = next((j for j in range(i + 1, min(n, i + 2 + pat.lookahead)) if item.fullmatch(lines[j].text)), None)
            if first_item is not None:
                end = first_item
                while end < n and item.fullmatch(lines[end].text):
                    end += 1
            else:
                # A box title alone is dropped only if it does not read as prose (no sentence end).
                if _TERMINAL.search(line):
                    kept.append(lines[i])
                    i += 1
                    continue
        dropped.extend((pat.id, ln.text) for ln in lines[i:end])
        i = end
    # Patterns that may only match the last kept line (signatures).
    for pat, rx, _ in patterns:
        if pat.position == "last" and kept and rx.fullmatch(kept[-1].text):
            dropped.append((pat.id, kept.pop().text))
    return kept, dropped


def parse_byline(line: str) -> list[str] | None:
    """Names from a byline such as 'By A, B and C, CNN' (the trailing outlet is not a name)."""
    match = _BYLINE.match(line)
    if not match:
        return None
    names = re.split(r"\s[|·]\s", match.group("names"))[0]  # 'By A | Published ...': what follows a bar is furniture
    groups = [g.strip() for g in names.split(",") if g.strip()]
    # 'A, B and C, Outlet': whatever follows the item joined by 'and' is an affiliation;
    # 'A, Outlet' (no 'and'): the second item is the affiliation.
    joined = [i for i, g in enumerate(groups) if re.search(r"\s(and|&)\s", g)]
    if joined:
        groups = groups[: joined[-1] + 1]
    elif len(groups) == 2:
        groups = groups[:1]
    parts = [p for g in groups for p in re.split(r"\s+and\s+|\s*&\s*", g)]
    names = [_FILED_FROM.sub("", p).strip() for p in parts if p.strip()]
    people = [p for p in names if len(p.split()) >= 2 and all(w[:1].isupper() for w in p.split() if w.isalpha())]
    return people or None


@lru_cache(maxsize=1)
def _dateline_non_places() -> frozenset[str]:
    """Curated capitals that open a paragraph like a dateline but name no place ('UPDATE 2 - ')."""
    return frozenset(curated.cues().dateline_non_places)


def wire_dateline(text: str, pos: int = 0) -> re.Match[str] | None:
    """The wire dateline at ``pos``, if any: not capitals that open a paragraph like a dateline
    but name no place ('UPDATE 2 - ', 'EXCLUSIVE - '; curated ``dateline_non_places``)."""
    match = WIRE_DATELINE.match(text, pos)
    if match is None or match["place"] and any(w in _dateline_non_places() for w in re.split(r"[ /]", match["place"])):
        return None
    return match


def _placed_dateline(line: str) -> re.Match[str] | None:
    """A dateline naming its place at the start of a line the story goes on in ('OSLO, Oct 24 -
    Norway's ...'); a bare 'Dec 27 (Reuters) - ' names no place for the articles table."""
    match = wire_dateline(line)
    return match if match is not None and match["place"] and line[match.end():].strip() else None


def _is_headline(line: str) -> bool:
    words = line.split()
    # A final full stop is allowed when it belongs to an abbreviation ("... fails at the U.N.").
    ends_like_sentence = re.search(r"[.!?:;,]$", line) and not re.search(r"\b(?:[A-Z]\.){2,}$", line)
    return 2 <= len(words) <= 20 and not ends_like_sentence and not _placed_dateline(line)


def _is_label(line: str, following: str) -> bool:
    """A section label or a site's name bar scraped above the headline: at most three words
    ('North America', 'World news'), or a name bar split by ' | ' over a page title split the same
    way ('Opinion | The Ostland Post' over 'Pact signed | The Ostland Post'); no sentence end.
    Only when the next line reads as a longer headline: at least ``MIN_HEADLINE_WORDS`` words,
    no full stop, question or exclamation mark at its end (not even before a closing
    quotation mark; a headline may end on a quoted word), no byline or dateline shape. So
    a short headline over a lede, a standfirst, a byline or a dateline stays the headline."""
    words, next_words = line.split(), following.split()
    if _TERMINAL.search(line) or _STOP.search(following) or not _is_headline(following) \
            or len(next_words) < max(MIN_HEADLINE_WORDS, len(words) + 1) \
            or parse_byline(following) or _OUTLET_BYLINE.match(following):
        return False
    return len(words) <= 3 or " | " in line and " | " in following and len(words) <= 10


def _without_site_name(line: Line, dropped: list[tuple[str, str]]) -> Line:
    """The first line without a site's name after a single bar, when the part before it reads as
    a headline of at least three words and the part after is a short name (no sentence end); the
    name is recorded in ``dropped``. The kept part starts where the line did, so offsets hold."""
    match = _SITE_SUFFIX.fullmatch(line.text)
    if not match:
        return line
    title, site = match.group("title").rstrip(), match.group("site").strip()
    if len(title.split()) < 3 or not _is_headline(title) or len(site.split()) > MAX_SITE_WORDS or _TERMINAL.search(site):
        return line
    dropped.append(("site_name", site))
    return Line(title, line.raw_start)


def quality_flags(paragraphs: list[str], dropped: list[tuple[str, str]], headline: str | None) -> list[QualityFlag]:
    flags: set[QualityFlag] = set()
    if dropped:
        flags.add(QualityFlag.clutter_removed)
    if headline is None:
        flags.add(QualityFlag.no_headline)
    body = "\n".join(paragraphs)
    if len(body.split()) < 150:
        flags.add(QualityFlag.short)
    if paragraphs and not _TERMINAL.search(paragraphs[-1]):
        flags.add(QualityFlag.truncated)
    for para, after in zip(paragraphs, [*paragraphs[1:], ""]):
        opened = para.count("“") - para.count("”")
        # a quote that runs on into the next paragraph is not closed, and that paragraph reopens it
        if opened != 0 and not (opened == 1 and after.lstrip().startswith("“")):
            flags.add(QualityFlag.unbalanced_quotes)
    # Machine-paraphrase and scrape damage: each sign alone is weak, two together are telling.
    signs = sum(len(rx.findall(body)) for rx in _DAMAGE_SIGNS)
    if signs >= 2:
        flags.add(QualityFlag.garbled_sentences)
    return sorted(flags, key=lambda f: f.value)


def clean(text: str) -> CleanArticle:
    """Clean decoded raw text (see module docstring). Pure and deterministic."""
    lines, dropped = remove_clutter(split_lines(text))
    # A caption scraped twice in a row ("Minister X arrives in Y." twice) keeps one copy.
    deduped: list[Line] = []
    for line in lines:
        if deduped and deduped[-1].text == line.text and len(line.text.split()) > 3:
            dropped.append(("repeated_line", line.text))
            continue
        deduped.append(line)
    lines = deduped
    authors: list[str] = []
    body: list[Line] = []
    for idx, line in enumerate(lines):
        names = parse_byline(line.text) if idx < 6 and not authors else None
        if names:
            authors = names
            dropped.append(("byline", line.text))
            continue
        if idx < 6 and not authors and _OUTLET_BYLINE.match(line.text):
            dropped.append(("byline_outlet", line.text))
            continue
        body.append(line)
    # 'North America' over the headline: up to MAX_LABELS label lines, each read against the
    # headline-like line under them all.
    labels = next((k for k in range(1, MAX_LABELS + 1)
                   if len(body) > k and all(_is_label(body[j].text, body[k].text) for j in range(k))), 0)
    dropped.extend(("section_label", line.text) for line in body[:labels])
    body = body[labels:]
    if body:
        body[0] = _without_site_name(body[0], dropped)
    headline = body[0].text if body and _is_headline(body[0].text) else None
    dateline = None
    for line in body[:4]:
        match = _placed_dateline(line.text)
        if match:
            dateline = match["place"] + (match["region"] or "")
            break
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    offset_map: list[int] = []
    pos = 0
    for line in body:
        if parts:
            pos += len(PARAGRAPH_SEPARATOR)
        parts.append(line.text)
        spans.append((pos, pos + len(line.text)))
        offset_map.extend((pos, line.raw_start, len(line.text)))
        pos += len(line.text)
    clean_text = PARAGRAPH_SEPARATOR.join(parts)
    return CleanArticle(
        text=clean_text,
        paragraphs=spans,
        raw_offset_map=offset_map,
        headline=headline,
        authors=authors,
        dateline=dateline,
        dropped=dropped,
        flags=quality_flags(parts, dropped, headline),
    )
