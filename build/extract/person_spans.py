"""A person's name span made whole: a first name or the end of a family name the model left
out ('Maria' + 'T. Alvarez', 'Aung San' + 'Suu Kyi', 'Moon Jae' + 'In'), and people the model
missed right after a title ('Minister Ana Ruiz'). Split from :mod:`.entity_spans`, whose title and
word lists these rules read."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc, Span, Token
from structnews.build.core import curated
from structnews.build.extract.entity_bounds import after_a_number, person_nouns, place_length
from structnews.build.extract.entity_spans import name_generics, non_entities, title_modifiers, titles
from structnews.build.extract.names import CONNECTORS, INITIAL


def titles_before(span: Span) -> list[str]:
    """Title words right before a person's name ('President', 'Foreign Minister', 'Minister of
    State for Rural Affairs'), an abbreviated title also written out ('Gov.' is 'gov' and
    'governor', curated ``title_abbreviations``), so that 'the governor' finds 'Gov. X'."""
    _, title_words = titles()
    doc = span.doc
    i = span.start - 1
    # 'Minister of State for Rural Affairs X': a title's capitalised portfolio after 'of'/'for'
    # stands between it and the name.
    j = i if i >= 0 and doc[i].text[:1].isupper() and doc[i].lower_ not in {"of", "for", "and"} else -1  # the portfolio ends on a capital
    while j > 0 and i - j < 6 and doc[j].lower_.rstrip(".") not in title_words and (doc[j].text[:1].isupper() or doc[j].lower_ in {"of", "for", "and"}):
        j -= 1
    if 0 <= j < i and doc[j + 1].lower_ in {"of", "for"} and doc[j].text[:1].isupper() and doc[j].lower_.rstrip(".") in title_words:
        i = j
    out = []
    while i >= 0 and doc[i].lower_.rstrip(".") in title_words | title_modifiers():
        out.append(doc[i].lower_.rstrip("."))
        i -= 1
    spelled = curated.cues().title_abbreviations
    return [w for t in out[::-1] for w in (t, *spelled.get(t, "").split())]


def extend_first_name(span: Span, in_other_spans: set[int] | frozenset[int] = frozenset()) -> Span:
    """'T. Alvarez' after 'Maria': a name that starts with an initial has its first name before it;
    so has a lone surname right after a capitalised proper noun the model left untagged
    ('Ethiopians Dejene Debela' when only 'Debela' is tagged), and a name after an untagged given
    name that follows a curated honorific ('Sheikh Nasser' + 'Ali Al-Kabir': the model often tags
    the honorific alone and starts the name after the given name)."""
    doc = span.doc
    _, title_words = titles()
    if span.label_ == "PERSON" and span.start > 0 and (INITIAL.match(doc[span.start].text) or len(span) == 1):
        prev = doc[span.start - 1]
        if (prev.is_alpha and prev.text[:1].isupper() and prev.lower_ not in title_words and prev.lower_ not in CONNECTORS
                and (INITIAL.match(doc[span.start].text) or (prev.pos_ == "PROPN" and prev.i not in in_other_spans
                                                             and not prev.is_sent_start))):
            return Span(doc, span.start - 1, span.end, label="PERSON")
    if span.label_ == "PERSON" and span.start > 1:  # 'Sheikh Salem' + 'Abdullah Al-Sabah': a given name after an honorific
        prev, before = doc[span.start - 1], doc[span.start - 2]
        honorifics = {h.lower() for h in curated.cues().name_honorifics}
        if (prev.pos_ == "PROPN" and prev.is_alpha and prev.text[:1].isupper() and not prev.ent_type_ and prev.i not in in_other_spans
                and prev.lower_ not in title_words and (before.lower_ in honorifics or _given_name_after_title(prev, before, title_words))):
            return Span(doc, span.start - 1, span.end, label="PERSON")  # (or a title: 'Chief Minister Pranab' + 'Kumar Bora')
    if span.label_ in ("ORG", "GPE") and len(span) == 1 and span.start > 1 and span.root.dep_ == "appos":
        # 'the president of the union, Emeka' + 'Nwachukwu' (the surname alone tagged a body): an
        # untagged given name the parser hangs on a name in apposition is that name's first word
        prev = doc[span.start - 1]
        if (prev.pos_ == "PROPN" and prev.is_alpha and prev.is_title and not prev.ent_type_ and prev.i not in in_other_spans
                and prev.dep_ == "compound" and prev.head.i == span.root.i and doc[span.start - 2].text == ","
                and prev.lower_ not in title_words):
            return Span(doc, span.start - 1, span.end, label=span.label_)
    return span


def _given_name_after_title(prev: Token, before: Token, title_words: set[str]) -> bool:
    """'Chief Minister Pranab' + 'Kumar Bora': an untagged word between a title and a person's
    name is a given name when the title word is a head ('Minister', not 'Foreign' of 'Foreign
    Affairs X') and the word is no portfolio ('Affairs') nor a title of its own the lists lack
    ('Undersecretary' ends in 'secretary') nor a person's role ('Chief Executive X')."""
    word = prev.lower_
    return (before.lower_.rstrip(".") in title_words and before.lower_ not in title_modifiers()
            and prev.text not in curated.cue_words("portfolio_words") and word not in person_nouns()
            and not any(word.endswith(t) for t in title_words if len(t) >= 5))


def _title_cased(sent: Span) -> bool:
    """A headline written in title case ('Mandela At 90: A Life'), where a capital says nothing:
    most of its words of four letters or more are capitalised."""
    words = [t for t in sent if t.is_alpha and len(t) >= 4]
    return len(words) >= 2 and sum(t.text[:1].isupper() for t in words) * 2 > len(words)


def _given_name_read_as_group(doc: Doc, i: int) -> bool:
    """'Roch Marc' + 'Christian' + 'Kabore': a given name that is also a group's name, which the
    model tags as one (NORP), inside a run of proper nouns that goes on with an untagged one."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return (doc[i].ent_type_ == "NORP" and doc[i].ent_iob_ == "B" and (nxt is None or nxt.ent_iob_ != "I")
            and nxt is not None and nxt.pos_ == "PROPN" and nxt.is_alpha and nxt.text[:1].isupper() and not nxt.ent_type_)


def extend_last_name(span: Span, in_other_spans: set[int] | frozenset[int] = frozenset()) -> Span:
    """'Wanda Vázquez' + 'Garced', 'Michel' + 'Mayor', 'Aung San' + 'Suu Kyi': a person's name the
    model ended before one or two capitalised proper nouns it left untagged, the last of which the
    parser makes the head of the name (the family name, or the second of two), reaches over them;
    not over a word of a body's name ('Ruiz Administration') nor a kind noun."""
    doc = span.doc
    if span.label_ == "PERSON" and len(span) >= 2 and len(span[-1]) <= 4 and span[-1].text[:1].isupper() \
            and span.end + 1 < len(doc) and doc[span.end].text == "-" and not span[-1].whitespace_ \
            and not doc[span.end].whitespace_ and doc[span.end + 1].is_alpha and doc[span.end + 1].is_lower \
            and len(doc[span.end + 1]) <= 5 and doc[span.end + 1].lower_ not in curated.cue_words("name_affixes"):
        # 'Moon Jae' + '-in', 'Kim Jong' + '-un': the rest of a hyphenated given name (not 'Lind-style')
        return Span(doc, span.start, span.end + 2, label="PERSON")
    if span.label_ != "PERSON" or span.end >= len(doc) or not span[-1].whitespace_:
        return span
    # A person's office after the name is no family name in English prose, but a surname may be an
    # office word ('Michel Mayor'): only the kind nouns of other types ('Hospital') stop the reach.
    kinds = {k for k, v in curated.kind_nouns().items() if v != "PERSON"}
    body = non_entities() | name_generics() | set(curated.gazetteer().type_suffixes) | kinds
    nxt = doc[span.end]
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    if (nxt.is_title and nxt.is_alpha and len(nxt) <= 3 and nxt.is_stop and span[-1].whitespace_ == " "
            and not nxt.ent_type_ and nxt.i not in in_other_spans and span[-1].pos_ == "PROPN" and len(span) >= 2
            and after is not None and after.is_alpha and after.is_lower and not _title_cased(nxt.sent)):
        # 'Moon Jae' + 'In': a capitalised function word right after a name, a lower-case word
        # after it and no full stop between, is a syllable of the name (the parser may even start
        # a sentence there); not in a title-case headline ('Ana Lind On the Record')
        return Span(doc, span.start, span.end + 1, label="PERSON")
    end = span.end  # up to two words: 'Aung San' + 'Suu Kyi'
    while (end < len(doc) and end - span.end < 2 and doc[end - 1].whitespace_ == " " and doc[end].pos_ == "PROPN"
           and doc[end].is_alpha and doc[end].text[:1].isupper()
           and (not doc[end].ent_type_ and end not in in_other_spans or _given_name_read_as_group(doc, end))
           and doc[end].text not in body and doc[end].lower_ not in body):
        end += 1
    if end == span.end or end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
            or span.text.isupper():  # (a name in capitals, as in a page title, says nothing by its case)
        return span
    head = doc[end - 1]  # the parser makes the last word the head of the whole name
    if _given_name_read_as_group(doc, span.end) or all(t.head.i == head.i and t.dep_ == "compound" for t in (span[-1], *doc[span.end : end - 1])):
        # (a given name read as a group is evidence enough, whatever the parser hung the first part on)
        return Span(doc, span.start, end, label="PERSON")
    return span


def titled_names(doc: Doc, taken: list[tuple[int, int]], is_place: Callable[[str], bool] = lambda _: False) -> list[Span]:
    """People the model missed right after a title: 'Gen M M Naravane', 'Minister Ana Ruiz', and
    after a title of a known place ('Prime Minister of Malta Ana Ruiz').
    Up to four capitalised proper nouns follow the title; at least one is a full word."""
    _, title_words = titles()
    out = []
    i = 0
    while i < len(doc) - 1:
        tok = doc[i]
        if tok.text[:1].isupper() and tok.lower_.rstrip(".") in title_words and not after_a_number(tok):
            if doc[i + 1].lower_ == "of" and (n := place_length(doc, i + 2, is_place)):
                i += 1 + n  # the name, if any, follows the place: 'President of Peru Ana Ruiz'
            j = i + 1
            while (j < len(doc) and j - i <= 4 and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper()
                   and doc[j].lower_.rstrip(".") not in title_words and doc[j].lower_[:-1] not in title_words
                   and doc[j].is_alpha | bool(INITIAL.match(doc[j].text))):  # (nor 'Presidents' of 'Vice Presidents')
                j += 1
            if j > i + 1 and any(len(t.text) > 2 for t in doc[i + 1 : j]):
                span = Span(doc, i + 1, j, label="PERSON")
                if not any(span.start_char < te and ts < span.end_char for ts, te in taken):
                    out.append(span)
                    taken.append((span.start_char, span.end_char))
            i = j
            continue
        i += 1
    return out


# A species epithet after a genus ('Ostrica lateralis', 'Vibrio fluvialis'): a lower-case Latin
# word of some length; not an English '-ous' adjective, a '-sis' noun ('analysis'), '-virus', nor
# the '-um' of 'museum', 'referendum', 'album'.


@lru_cache(maxsize=1)
def _descriptor_nouns() -> frozenset[str]:
    """Nouns of kin or occupation that describe a person without being a title: the curated kinds
    of person and gendered nouns, less every word of a curated title ('President' stays a title)."""
    nouns = set(curated.kind_nouns_of("PERSON")) | {n for group in curated.cues().gendered_nouns.values() for n in group}
    return frozenset(nouns - titles()[1])


def cut_leading_descriptor(span: Span) -> Span:
    """'Grandmother Noreen Pappas', 'Novelist Kwame Asante': a person the model opened on a
    capitalised noun of kin or occupation (a sentence's first word, as often as not) that is no
    title; the name starts after it. Only with two capitalised words left, so a one-word name
    stays whole."""
    if span.label_ != "PERSON" or len(span) < 3 or span[0].lower_ not in _descriptor_nouns():
        return span
    rest = span[1:]
    if not all(t.text[:1].isupper() for t in rest):
        return span
    return Span(span.doc, span.start + 1, span.end, label="PERSON")

