"""Resolving the time expressions of news text against the publication date.

News reports date events relative to the day they are published ("on Thursday", "last month",
"Jan. 10"), so an event's date is only recoverable with the publication date in hand. This
module is a pure, offline and deterministic function of (text, publication date, tense hint):
no clock, no locale, no network. It is rule based on purpose: the handful of forms that news
uses cover nearly every dated event, and a rule that does not match returns ``None`` rather than
a guess.

Decisions (documented so that downstream users know what a date means):

* Weekdays ("Tuesday", "on Thursday evening") are the most recent such day on or before the
  publication date for past or unknown tense, and the next one on or after it for future
  reports ("will meet on Wednesday"). "last Tuesday" is strictly before, "next Tuesday" strictly
  after the publication day.
* Weeks: the schema has no week precision, and turning a week into its first day would claim a
  day the text never stated, so "last week" / "this week" / "next week" get MONTH precision: the
  month that contains the day a week before / on / a week after publication. "in two weeks" and
  "in three days" count from the publication date with day precision (an announced schedule).
  "the weekend" and vague spans ("in the coming days", "recently", "later in the week") are not
  resolved.
* Months ("last month", "in January", "early February", "last December") get month precision
  (the first day of the month); years ("in 2014", "since 2014", "this year") year precision.
* A month or day in a year named relative to publication ("in November last year", "March 5 of
  last year", "January next year") is in that year; a weekday in a named week ("Wednesday last
  week", "Friday of next week") is that day of that week, weeks starting on Monday.
* A month or day without a year ("Jan. 10", "in March") takes the year that puts it nearest the
  publication date; a tense hint that contradicts a candidate doubles its distance, and an exact
  tie goes to the past (news mostly reports what happened).
* "Earlier in the day", "later that day" and "the same day" are the ``anchor`` day; without one,
  "earlier/later in the day" is the publication day and the others are not resolved.
* Relative days ("a day earlier", "the day before", "two days later") count from ``anchor`` (the
  date the sentence is already about, if the caller knows it). Without an anchor, backward
  shifts count from the publication date (news tells the day before the story's day), but
  forward shifts ("a day later", "one day after") are not resolved: they count from an event the
  text mentions, not from publication.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

TenseHint = Literal["past", "future"] | None

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}

NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10,
}


@dataclass(frozen=True)
class ResolvedDate:
    """A calendar date with the precision the text supports (first day of the month/year)."""

    date: dt.date
    precision: Literal["day", "month", "year"]
    text: str


# Words that only frame the expression ("on Thursday", "since 2014", "early February").
_LEAD = re.compile(
    r"^(?:(?:on|in|at|by|during|since|from|until|till|through|throughout|before|after|as of|"
    r"as early as|as late as|starting|beginning|ending|earlier|later|early|late|mid|the|of|"
    r"shortly|just|soon|right|around|about|midnight|noon|dawn|dusk)\b[\s-]*)+"
)
# The parts of a day a phrase may name instead of the day ('the previous evening', 'that night').
PARTS_OF_DAY = ("morning", "afternoon", "evening", "night")
PARTS_OF_DAY_RE = "|".join(PARTS_OF_DAY)
_PART_OF_DAY = r"(?:\s+(?:" + PARTS_OF_DAY_RE + r"|overnight|noon|midday))?"
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_RE = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_NUM_RE = r"(?:\d+|" + "|".join(NUMBERS) + r")"

_TODAY = re.compile(r"^(?:today|tonight|this (?:morning|afternoon|evening)|earlier today|later today)$")
# "earlier in the day", "later that day", "the same day": the day the text is already at (the
# anchor); "in the day" alone, with no day before it, is the day of publication
_SAME_DAY = re.compile(r"^(?:(?:earlier|later)\s+(?P<in>in\s+the\s+day)|(?:(?:earlier|later)\s+)?(?:on\s+)?(?:that(?:\s+same)?|the\s+same)\s+(?:day|" + PARTS_OF_DAY_RE + r"))$")
_YESTERDAY = re.compile(r"^(?:yesterday|last night)" + _PART_OF_DAY + r"$")
_TOMORROW = re.compile(r"^tomorrow" + _PART_OF_DAY + r"$")
_DAY_SHIFT = re.compile(
    r"^(?P<n>" + _NUM_RE + r")\s+days?\s+(?P<dir>ago|earlier|before|later|after|previously|from now)$"
)
# 'the previous evening', 'the night before', 'the following morning': a day counted from the day
# the text is at, a part of it named instead of the whole day
_DAY_PART = r"(?:day|" + PARTS_OF_DAY_RE + r")"
_DAY_BEFORE = re.compile(r"^(?:" + _DAY_PART + r" (?:before|earlier)|(?:previous|prior) " + _DAY_PART + r")$")
_DAY_AFTER = re.compile(r"^(?:" + _DAY_PART + r" (?:after|later)|(?:next|following) " + _DAY_PART + r")$")
_WEEKDAY = re.compile(
    r"^(?:(?P<rel>last|this|next|this past|this coming|coming|past)\s+)?(?P<wd>" + _WEEKDAY_RE + r")\.?"
    r"(?:'s|’s)?" + _PART_OF_DAY + r"$"
)
# 'at the weekend', 'over the weekend', 'last weekend': dated by its Saturday, like a weekday
_WEEKEND = re.compile(r"^(?:over (?:the )?)?(?:(?P<rel>last|this|next|this past|this coming|coming|past)\s+)?weekend$")
_REL_WEEK = re.compile(r"^(?P<rel>last|this|next|past|previous|coming|current)\s+week$")
_IN_N = re.compile(r"^(?:in|within)\s+(?P<n>" + _NUM_RE + r")\s+(?P<unit>days?|weeks?)(?:'? time)?$")
_REL_MONTH = re.compile(r"^(?P<rel>last|this|next|past|previous|coming|current)\s+month$")
# "earlier in the month": the publication's month (or year); the framing words are stripped first
_EARLIER_IN = re.compile(r"^(?:earlier|early)\s+in\s+the\s+(?P<unit>month|year)$")
_REL_YEAR = re.compile(r"^(?P<rel>last|this|next|past|previous|coming|current)\s+year$")
_MONTH_DAY = re.compile(
    r"^(?:(?:" + _WEEKDAY_RE + r")\.?,?\s+)?(?P<m>" + _MONTH_RE + r")\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?"
    r"(?:,?\s+(?P<y>\d{4}))?$"
)
_DAY_MONTH = re.compile(
    r"^(?:(?:" + _WEEKDAY_RE + r")\.?,?\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>" + _MONTH_RE + r")\.?"
    r"(?:,?\s+(?P<y>\d{4}))?$"
)
_MONTH = re.compile(r"^(?:(?P<rel>last|this|next|past|previous|coming)\s+)?(?P<m>" + _MONTH_RE + r")\.?(?:,?\s+(?P<y>\d{4}))?$")
_YEAR = re.compile(r"^(?P<y>(?:1[89]|20)\d{2})$")
# "November last year", "March 5 of last year", "in May this year": a month or day in a year named
# relative to publication; "Wednesday last week", "Friday of next week": a weekday in a named week
_IN_REL_YEAR = re.compile(r"^(?P<body>.+?),?\s+(?:of\s+)?(?P<rel>last|this|next|past|previous|coming|current)\s+year$")
_IN_REL_WEEK = re.compile(r"^(?P<wd>" + _WEEKDAY_RE + r")\.?" + _PART_OF_DAY + r",?\s+(?:of\s+)?(?P<rel>last|this|next|past|previous|coming|current)\s+week$")
_SHIFT = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}  # relative words: one period back or on
_ALTERNATIVE = re.compile(r"^(?P<first>.+?)\s+(?:or|and|to|-|–)\s+.+$")
_ISO = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})$")


def _normalise(text: str) -> str:
    """Lower-case, unify quotes and white space, drop framing words and trailing punctuation."""
    out = text.lower().replace("’", "'").replace("\u00a0", " ")
    out = re.sub(r"\s+", " ", out).strip(" ,.;:")
    out = re.sub(r"'s$", "", out)
    previous = None
    while previous != out:
        previous = out
        out = _LEAD.sub("", out).strip()
    return out


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _nearest(candidates: list[dt.date], published: dt.date, tense: TenseHint, settled: bool = False) -> dt.date:
    """The candidate nearest the publication date; a contradicting tense doubles the distance,
    and ties go to the past. A ``settled`` past (the expression hangs from a verb in the simple
    past: 'quit the pact on March 3') rules out every later candidate: what a text says happened
    did not happen after it was published."""
    if settled and tense == "past":
        candidates = [d for d in candidates if d <= published] or candidates

    def score(day: dt.date) -> tuple[int, int]:
        delta = (day - published).days
        distance = abs(delta)
        if (tense == "past" and delta > 0) or (tense == "future" and delta < 0):
            distance *= 2
        return distance, 1 if delta > 0 else 0

    return min(candidates, key=score)


def _weekday(target: int, rel: str | None, published: dt.date, tense: TenseHint) -> dt.date:
    back = (published.weekday() - target) % 7  # days back to the most recent such day (0 = today)
    forward = (target - published.weekday()) % 7
    if rel in {"last", "past", "this past"}:
        return published - dt.timedelta(days=back or 7)
    if rel in {"next", "coming", "this coming"}:
        return published + dt.timedelta(days=forward or 7)
    if tense == "future":
        return published + dt.timedelta(days=forward)
    return published - dt.timedelta(days=back)


def _shift_month(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def resolve(
    text: str,
    published: dt.date,
    tense_hint: TenseHint = None,
    anchor: dt.date | None = None,
    settled: bool = False,
) -> ResolvedDate | None:
    """Resolve one time expression as written ("on Thursday", "Jan. 10", "last month").

    ``tense_hint`` is "future" when the reporting clause is about something scheduled or
    expected, "past" when it reports what happened, else None. ``anchor`` is the date that
    relative day expressions ("a day earlier") count from; it defaults to the publication date.
    ``settled``: the past tense hint is certain (a verb in the simple past), so a day or month
    without a year is never placed after the publication date.
    Returns None for expressions that do not name a day, month or year (weeks, durations).
    """
    s = _normalise(text)
    if not s:
        return None
    base = anchor or published
    plain = re.sub(r"\s+", " ", text.lower()).strip(" ,.;:")  # the framing words kept ('in two weeks')
    if m := _IN_N.match(plain):
        n = int(m["n"]) if m["n"].isdigit() else NUMBERS[m["n"]]
        days = n * 7 if m["unit"].startswith("week") else n
        return ResolvedDate(published + dt.timedelta(days=days), "day", text)
    if _TODAY.match(s):
        return ResolvedDate(published, "day", text)
    if m := _SAME_DAY.match(plain):
        day = anchor or (published if m["in"] else None)
        return ResolvedDate(day, "day", text) if day else None
    if _YESTERDAY.match(s):
        return ResolvedDate(published - dt.timedelta(days=1), "day", text)
    if s == "overnight":  # 'shelled the village overnight': the night that ended on the publication day (the guideline's 004)
        return ResolvedDate(published, "day", text)
    if _TOMORROW.match(s):
        return ResolvedDate(published + dt.timedelta(days=1), "day", text)
    if m := _DAY_SHIFT.match(s):
        n = int(m["n"]) if m["n"].isdigit() else NUMBERS[m["n"]]
        sign = -1 if m["dir"] in {"ago", "earlier", "before", "previously"} else 1
        if sign > 0 and anchor is None and m["dir"] != "from now":
            return None  # "two days later": later than an event, not than publication
        start = published if m["dir"] in {"ago", "from now"} else base
        return ResolvedDate(start + dt.timedelta(days=sign * n), "day", text)
    if _DAY_BEFORE.match(s):
        return ResolvedDate(base - dt.timedelta(days=1), "day", text)
    if _DAY_AFTER.match(s):
        return ResolvedDate(anchor + dt.timedelta(days=1), "day", text) if anchor else None
    if m := _WEEKDAY.match(s):
        return ResolvedDate(_weekday(WEEKDAYS[m["wd"]], m["rel"], published, tense_hint), "day", text)
    if m := _WEEKEND.match(s):
        return ResolvedDate(_weekday(5, m["rel"], published, tense_hint), "day", text)
    if m := _REL_WEEK.match(s):
        return ResolvedDate((published + dt.timedelta(days=7 * _SHIFT.get(m["rel"], 0))).replace(day=1), "month", text)
    if m := _EARLIER_IN.match(plain):
        if m["unit"] == "month":
            return ResolvedDate(published.replace(day=1), "month", text)
        return ResolvedDate(dt.date(published.year, 1, 1), "year", text)
    if m := _REL_MONTH.match(s):
        return ResolvedDate(_shift_month(published.replace(day=1), _SHIFT.get(m["rel"], 0)), "month", text)
    if m := _IN_REL_WEEK.match(s):
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(days=7 * _SHIFT.get(m["rel"], 0))
        return ResolvedDate(monday + dt.timedelta(days=WEEKDAYS[m["wd"]]), "day", text)
    if (m := _IN_REL_YEAR.match(s)) and (_MONTH.match(m["body"]) or _MONTH_DAY.match(m["body"]) or _DAY_MONTH.match(m["body"])):
        named = resolve(f"{m['body']} {published.year + _SHIFT.get(m['rel'], 0)}", published, tense_hint, anchor, settled)
        return ResolvedDate(named.date, named.precision, text) if named else None
    if m := _REL_YEAR.match(s):
        return ResolvedDate(dt.date(published.year + _SHIFT.get(m["rel"], 0), 1, 1), "year", text)
    if m := _ISO.match(s):
        day = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        return ResolvedDate(day, "day", text) if day else None
    if m := (_MONTH_DAY.match(s) or _DAY_MONTH.match(s)):
        month, dom = MONTHS[m["m"]], int(m["d"])
        if m["y"]:
            day = _safe_date(int(m["y"]), month, dom)
            return ResolvedDate(day, "day", text) if day else None
        candidates = [d for y in (published.year - 1, published.year, published.year + 1) if (d := _safe_date(y, month, dom))]
        return ResolvedDate(_nearest(candidates, published, tense_hint, settled), "day", text) if candidates else None
    if m := _MONTH.match(s):
        month = MONTHS[m["m"]]
        if m["m"] == "may" and not (m["y"] or m["rel"]) and text.strip()[:1].islower():
            return None  # the modal verb, not the month
        if m["y"]:
            return ResolvedDate(dt.date(int(m["y"]), month, 1), "month", text)
        this_month = published.replace(day=1)
        if m["rel"] in {"last", "past", "previous"}:
            year = published.year if month < published.month else published.year - 1
            return ResolvedDate(dt.date(year, month, 1), "month", text)
        if m["rel"] in {"next", "coming"}:
            year = published.year if month > published.month else published.year + 1
            return ResolvedDate(dt.date(year, month, 1), "month", text)
        candidates = [dt.date(y, month, 1) for y in (published.year - 1, published.year, published.year + 1)]
        return ResolvedDate(_nearest(candidates, this_month, tense_hint, settled), "month", text)
    if m := _YEAR.match(s):
        return ResolvedDate(dt.date(int(m["y"]), 1, 1), "year", text)
    if m := _ALTERNATIVE.match(s):  # "March or April": the first period named
        first = resolve(m["first"], published, tense_hint, anchor, settled)
        return ResolvedDate(first.date, first.precision, text) if first else None
    return None
