"""The time expressions of a sentence that can date an event: the parser's DATE and TIME
entities, mended, and the day words and relative phrases it misses, without the bounds of a
period ('until Thursday') or days counted from another event ('the day before the rally').
Which of them dates which trigger is :mod:`.dating`'s question."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token
from structnews.build.extract import dates
from structnews.build.extract.events.lexicon import lexicon
from structnews.build.extract.events.parse import TIME_WORD

_RELATIVE_DAY = re.compile(
    r"\b(?:(?:the|a|one|two|three) days? (?:before|earlier|later|after)|the (?:previous|next|following|prior) (?:day|" + dates.PARTS_OF_DAY_RE + r")|"
    r"the (?:" + dates.PARTS_OF_DAY_RE + r") (?:before|after)|that (?:" + dates.PARTS_OF_DAY_RE + r")|"
    r"(?:last|next|this) (?:week|month|year)|in (?:a|one|two|three|four|\d+) (?:days?|weeks?))\b",
    re.I,
)
_DURATION = re.compile(r"^(?:a|an|one|two|three|four|five|six|\d+) (?:days?|weeks?)$", re.I)


def _after_bound(doc: Doc, start: int, sent: Span) -> bool:
    """Whether a time expression follows a preposition that makes it the bound of a period
    ('unrest throughout 2020', 'gave them until Thursday', 'till March'): a deadline or the end
    of a stretch of time, not the day the event happened (curated ``period_bound_preps``)."""
    return start > sent.start and doc[start - 1].lower_ in lexicon().raw.period_bound_preps


def _opens_a_range(ent: Span, sent: Span) -> bool:
    """'seized 126 skins from 2013 to 2019': the first bound of a stretch of time, which (with
    its second bound) says over which years something went on, not when one event happened."""
    doc = sent.doc
    return (ent.start > sent.start and doc[ent.start - 1].lower_ == "from" and ent.end + 1 < sent.end
            and doc[ent.end].lower_ in ("to", "until", "till", "through") and doc[ent.end + 1].ent_type_ in ("DATE", "TIME"))


def _introduces_an_event(token: Token) -> bool:
    """Whether 'before' / 'after' is a preposition with an object ('the day before the rally',
    'Sunday after stalling on Friday') or a conjunction opening a clause ('stepped down on July 24
    after she failed to ...'), not an adverb closing a time expression ('a day before')."""
    return token.lower_ in ("before", "after") and (
        token.dep_ == "mark" or any(c.dep_ in ("pobj", "pcomp") for c in token.children))


def _counts_from_an_event(span: Span) -> bool:
    """'the day before the rally', 'two days after the vote': a day counted from another event
    the sentence names, whose date is not the publication's; it cannot be resolved here."""
    return _introduces_an_event(span[-1])


def time_spans(sent: Span) -> list[Span]:
    """Time expressions of a sentence: the parser's DATE/TIME entities (with a trailing 'before' /
    'earlier' the parser leaves out), plus day words and relative phrases it missed. Left out:
    the bounds of a period ('until Thursday') and days counted from another event ('the day
    before the rally')."""
    doc = sent.doc
    spans: list[Span] = []
    skipped: set[int] = set()  # tokens of expressions left out, not to be found again by the rules below
    range_end: int | None = None  # where the second bound of a 'from X to Y' range starts
    for ent in sent.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        if ent.text.lower() == "overnight" and ent.root.dep_ == "amod":
            skipped.update(range(ent.start, ent.end))  # 'after an overnight session': a kind of session, no night named
            continue
        if _after_bound(doc, ent.start, sent) or ent.start == range_end or _opens_a_range(ent, sent):
            skipped.update(range(ent.start, ent.end))
            range_end = ent.end + 1 if _opens_a_range(ent, sent) else None
            continue
        comma = next((t.i for t in ent[1:-1] if t.text == ","), None)
        if comma is not None and not (doc[comma + 1].like_num or doc[comma + 1].lower_.rstrip(".") in dates.MONTHS):
            ent = doc[ent.start : comma]  # 'on Thursday, days after X': the parser's DATE runs past the comma
        inner = next((t.i for t in ent[1:] if _introduces_an_event(t) and not ent.start <= t.head.i < ent.end), None)
        if inner is not None:
            ent = doc[ent.start : inner]  # 'on Monday after weeks of protests': the parser's DATE runs into the reason
        if ent.end < sent.end and doc[ent.end].lower_ in ("before", "earlier", "later", "after", "ago"):
            if _introduces_an_event(doc[ent.end]):  # 'restarts on Monday after collapsing': Monday alone
                skipped.add(ent.end)  # ... and 'the day before the rally' counts from the rally: no day
            else:
                ent = doc[ent.start : ent.end + 1]
        if ent.end < sent.end and doc[ent.end].lower_ == "of" and _DURATION.match(ent.text):
            skipped.update(range(ent.start, ent.end))  # 'in six weeks of talks': how long, not when
            continue
        if ent.start > sent.start and doc[ent.start - 1].lower_ == "in" and _DURATION.match(ent.text):
            if doc[ent.start - 1].head.pos_ in ("NOUN", "PROPN") or any(
                    t.ent_type_ == "ORDINAL" for t in doc[max(sent.start, ent.start - 5) : ent.start - 1]):
                skipped.update(range(ent.start - 1, ent.end))  # 'their second call in a week', 'for the
                continue  # second time in a week': a count within a span of time, no day
            ent = doc[ent.start - 1 : ent.end]  # "in two weeks" counts from publication; "two weeks" alone is a span
        elif ent.start - 2 >= sent.start and ent.text.lower() == "the day" and doc[ent.start - 1].lower_ == "in" \
                and doc[ent.start - 2].lower_ in ("earlier", "later"):
            ent = doc[ent.start - 2 : ent.end]  # "later in the day": the day the text is at, not any day
        elif ent.start > sent.start and doc[ent.start - 1].lower_ == "that" and ent.text.lower() in dates.PARTS_OF_DAY:
            ent = doc[ent.start - 1 : ent.end]  # "that evening": the day the text is at
        spans.append(ent)
    covered = {t.i for s in spans for t in s} | skipped
    for match in _RELATIVE_DAY.finditer(sent.text):
        span = doc.char_span(sent.start_char + match.start(), sent.start_char + match.end(), alignment_mode="expand")
        if span is not None and not any(t.i in covered for t in span):
            covered.update(t.i for t in span)
            if not _counts_from_an_event(span):
                spans.append(span)
    for token in sent:
        if token.i not in covered and TIME_WORD.match(token.text) and not _after_bound(doc, token.i, sent):
            spans.append(doc[token.i : token.i + 1])
        elif token.i not in covered and token.lower_ == "overnight" and token.dep_ in ("advmod", "npadvmod"):
            spans.append(doc[token.i : token.i + 1])  # 'shelled the village overnight', not 'an overnight retreat'
    return sorted(spans, key=lambda s: s.start)
