"""A person named by party membership or nationality: 'the Kentucky Republican said', 'the Ohio
Democrat', 'the German told reporters'. The
model tags the party word as a group (NORP), but with 'the' and in the singular it is one member
the article introduced with that party ('Sen. X (R-Ky.)', AP's 'Sen. X, R-Ky.,', 'Republican
Sen. X', 'X, a Democrat from Ohio'); a place before the word or in its 'from' phrase ('the Democrat
from Ohio') picks the member whose introduction names that place (written out or abbreviated: 'Ky.'
for Kentucky). In the same way 'the German', a nationality in the singular with 'the', is the
person introduced as one ('German X', "Germany's X", 'X of Germany', 'X, a German,'), never the
people (the model's NORP) that the word would otherwise make the speaker. Curated
``party_members`` lists each member noun with the words that mark a member; a single capital
letter marks one only as the label in '(R-Ky.)' or ', R-Ky.'."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token
from structnews.build.core import curated
from structnews.build.extract.drafts import MentionDraft
from structnews.build.extract.quotes.context import QuoteContext
from structnews.build.extract.quotes.nationality import country_key

_WINDOW = 60  # characters either side of a person's mention where a party or place is read
# a one-letter party label: '(R-Ky.)' or, in AP style, ', R-Ky.,' right after the name
_LABEL = r"(?:\(|,\s*){mark}\s*[-–]\s*[A-Z]"


def is_member_noun(subj: Token) -> bool:
    """'the (Kentucky) Republican': a curated member noun, singular, with 'the'."""
    return subj.text in curated.cues().party_members and subj.tag_ == "NNP" \
        and subj.left_edge.lower_ == "the" and not subj.text.endswith("s")


def member_of(ctx: QuoteContext, subj: Token, is_office: bool) -> tuple[bool, MentionDraft | None]:
    """Whether a subject names one party member, and the member: always for a member noun ('the
    Kentucky Republican', found or not), for a party-qualified role only when the member is found
    (else the role is resolved as any other)."""
    if is_member_noun(subj):
        return True, party_member(ctx, subj) or topic_person(ctx, subj, lambda m: not _any_party(ctx, m))
    if (country := _national_noun(ctx, subj)) is not None:
        return True, _national(ctx, subj, country) or topic_person(ctx, subj, lambda m: not _any_country(ctx, m))
    party = role_party(subj, is_office)
    member = party_member(ctx, subj, party) if party is not None else None
    return member is not None, member


def role_party(subj: Token, is_office: bool) -> Token | None:
    """'the (presumptive) Republican nominee', 'the Democratic senator': the party word before a
    curated ``party_roles`` noun or an office (``is_office``), with 'the'; None otherwise."""
    cues = curated.cues()
    doc = subj.doc
    word = subj.lower_  # 'front-runner' is three tokens
    if subj.i >= 2 and doc[subj.i - 1].text == "-" and not doc[subj.i - 1].whitespace_ and not doc[subj.i - 2].whitespace_:
        word = f"{doc[subj.i - 2].lower_}-{word}"
    if subj.left_edge.lower_ != "the" or subj.tag_ not in ("NN", "NNP") or not (is_office or word in cues.party_roles):
        return None
    return next((t for t in subj.lefts if t.dep_ in ("compound", "amod", "nmod") and _marks_of(t.text) is not None), None)


def _national_noun(ctx: QuoteContext, subj: Token) -> str | None:
    """The country of 'the German': a nationality word the model tags a group (NORP), singular,
    with 'the', heading its phrase; None otherwise ('the Germans', 'the German team')."""
    mention = ctx.mention_of_token.get(subj.i)
    if mention is None or ctx.entities[mention.entity].type != "NORP" or subj.left_edge.lower_ != "the" \
            or subj.text.endswith("s") or subj.text in curated.cues().party_members:
        return None
    return country_key(subj.text)


def _national(ctx: QuoteContext, subj: Token, country: str) -> MentionDraft | None:
    """The latest person named before ``subj`` whose introduction names ``country`` (its name or
    its adjective, by any curated alias)."""
    found = [m for m in ctx.earlier(subj.idx, "PERSON") if country in _countries_named(ctx, m)]
    return max(found, key=lambda m: m.start) if found else None


def _countries_named(ctx: QuoteContext, m: MentionDraft) -> set[str]:
    """The curated countries a person's introduction names ('Germany's X', 'X of the United States')."""
    return {k for w in re.findall(r"[A-Z][\w.'’]*(?:\s+[A-Z][\w.]*)*", _introduction(ctx, m))
            for part in (w, *w.split()) if (k := country_key(part)) is not None}


def _introduction(ctx: QuoteContext, m: MentionDraft) -> str:
    """The words that introduce a person with a country: up to four right before the name, after
    any other person's name ('Germany's X', not B in "Germany's A beat B"), and the bracket, comma or 'of'
    phrase right after it ('X (Germany)', 'X, a German,', 'X of the United States')."""
    start = max([m.start - _WINDOW, 0, *(o.end for o in ctx.mentions if o.entity != m.entity and o.end <= m.start
                                            and ctx.entities[o.entity].type == "PERSON")])
    before = re.search(r"(?:[\w.'’-]+\s+){0,4}$", ctx.text[start : m.start])
    after = re.match(r"\s*(?:\([^()]*\)|,[^,.;()]*|\s+of\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)", ctx.text[m.end : m.end + _WINDOW])
    return (before.group(0) if before else "") + " " + (after.group(0) if after else "")


def topic_person(ctx: QuoteContext, subj: Token, unmarked: Callable[[MentionDraft], bool] = lambda m: True) -> MentionDraft | None:
    """With no one introduced as a member or a national, 'the Democrat from Ohio said' and 'the
    German told reporters' go on with the person the story is about (so do the curated
    ``topic_role_nouns``, 'the midfielder said', by :mod:`.speakers`): the latest person who is the
    subject (or named in apposition to it) in this sentence before ``subj`` or in the sentence
    before, when that person's introduction names no party or country (``unmarked``), which
    would say otherwise."""
    si = ctx.sent_of[subj.i]
    first = ctx.sents[max(0, si - 1)].start_char
    found = None
    for m in ctx.earlier(subj.idx, "PERSON"):
        if m.start >= first and ctx.acting_subject(m):
            found = m
    return found if found is not None and unmarked(found) else None


def _any_party(ctx: QuoteContext, m: MentionDraft) -> bool:
    return any(_marked(_around(ctx, m), marks) for marks in curated.cues().party_members.values())


def _any_country(ctx: QuoteContext, m: MentionDraft) -> bool:
    return bool(_countries_named(ctx, m))


def _marks_of(word: str) -> list[str] | None:
    """The marks of the party a word names ('Democratic' -> the Democrat marks), if any."""
    for marks in curated.cues().party_members.values():
        if word in marks and len(word) > 1:
            return marks
    return None


def party_member(ctx: QuoteContext, subj: Token, party: Token | None = None) -> MentionDraft | None:
    """The latest person named before ``subj`` whose introduction marks them a member of its
    party (and, with a place before the noun, names that place); None when no one is. ``party``:
    the party word of a role ('the Republican nominee'), else the noun is the party's."""
    marks = _marks_of(party.text) if party is not None else curated.cues().party_members[subj.text]
    if marks is None:
        return None
    places = [t.text.lower() for t in subj.lefts if t.dep_ in ("compound", "amod", "nmod") and t.text[:1].isupper()
              and (party is None or t.i != party.i)]
    places += [t.text.lower() for prep in subj.rights if prep.dep_ == "prep" and prep.lower_ == "from"
               for t in prep.children if t.dep_ == "pobj" and t.text[:1].isupper()]
    members: list[MentionDraft] = []
    placed: list[MentionDraft] = []
    for m in ctx.earlier(subj.idx, "PERSON"):
        around = _around(ctx, m)
        if not _marked(around, marks):
            continue
        members.append(m)
        if places and all(_names_place(around, p) for p in places):
            placed.append(m)
    found = placed or ([] if places and members and _any_placed(ctx, members) else members)
    return max(found, key=lambda m: m.start) if found else None


def _around(ctx: QuoteContext, m: MentionDraft) -> str:
    """Where a person's introduction marks them: the words right before the name ('Democratic
    Sen. X') and the bracket or comma phrase right after it ('X (R-Ky.)', 'X, a Republican from
    Ohio,'), not a neighbour's ('Sen. A (R-Ky.) and Sen. B (D-Maine)')."""
    before = re.search(r"(?:[\w.-]+\s+){0,4}$", ctx.text[max(0, m.start - _WINDOW) : m.start])
    after = re.match(r"\s*(?:\([^()]*\)|,[^,.;()]*)", ctx.text[m.end : m.end + _WINDOW])
    return (before.group(0) if before else "") + " " + (after.group(0) if after else "")


def _marked(text: str, marks: list[str]) -> bool:
    for mark in marks:
        if len(mark) == 1 and re.search(_LABEL.format(mark=re.escape(mark)), text):
            return True  # '(R-Ky.)', ', R-Ky.'
        if len(mark) > 1 and re.search(rf"\b{re.escape(mark)}\b", text):
            return True
    return False


def _names_place(text: str, place: str) -> bool:
    """Whether a capitalised word of ``text`` is the place or its abbreviation: its letters in
    order within the place's, starting with its first ('Ky.' for 'Kentucky', 'Calif.' for
    'California')."""
    for word in re.findall(r"[A-Z][a-z]*\.?", text):
        w = word.rstrip(".").lower()
        if len(w) >= 2 and w[0] == place[0] and _in_order(w, place):
            return True
    return False


def _in_order(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def _any_placed(ctx: QuoteContext, members: list[MentionDraft]) -> bool:
    """Whether any member is introduced with a place at all: then one with another place is not
    'the Ohio Republican'. A member introduced with none may still be (the text may not say)."""
    return any(re.search(_LABEL.format(mark="[A-Z]"), _around(ctx, m)) for m in members)
