"""Where a name starts and ends, and which of its forms are one entity, from the article's own
evidence: a possessive between two names, a lower-case descriptor after one, a state's official
long name, an acronym of the last words of a name, and a body's bare head ('the Senate').

:mod:`.entity_spans` and :mod:`.entities` call these; the word lists are curated
(``cues.yaml``: ``non_entity_endings``, ``descriptor_nouns``; ``gazetteer.yaml``: ``state_long_forms``).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc, Span, Token
from structnews.build.core import curated
from structnews.build.extract.names import CONNECTORS, acronym, spells_acronym

# A possessive ending as a token. '´s' and '‘s' are stand-ins some outlets type ('Dravia´s'), which
# the parser reads as ’s (see nlp.ApostropheTokenizer) but which keep their own characters.
POSSESSIVES = frozenset({"'s", "’s", "´s", "‘s"})
APOSTROPHES = {"'", "’"} | POSSESSIVES


HYPHENS = {"-", "‐", "‑"}
DASHES = {"—", "–", "--"}


def split_at_dashes(span: Span) -> list[Span]:
    """'Tesco — Netto Poland': a span across a dash is two names (or a name and a phrase). A
    hyphen spaced on both sides is a typed dash ('Dalmora - Ruritania on Saturday rejected ...', a
    dateline run into the first sentence), unlike the hyphen inside a name ('Guinea-Bissau')."""
    cuts = [t.i for t in span if t.text in DASHES or (t.text in HYPHENS and t.whitespace_ and t.i > 0 and t.doc[t.i - 1].whitespace_)]
    if not cuts:
        return [span]
    starts = [span.start] + [c + 1 for c in cuts]
    ends = [*cuts, span.end]
    return [Span(span.doc, a, b, label=span.label_) for a, b in zip(starts, ends, strict=True) if b > a]


def covered_tokens(doc: Doc, taken: list[tuple[int, int]]) -> set[int]:
    """The tokens inside the character ranges of names already found (``taken``): the rules that
    add names the model missed look only at the others."""
    return {tok.i for tok in doc if any(ts < tok.idx + len(tok) and tok.idx < te for ts, te in taken)}


def non_entity_ending(text: str) -> bool:
    """'Ostland Respiratory Syndrome', 'Eastern Standard Time': a disease or a time zone (curated
    last words) is no entity, however the model tagged it; a name with 'of'/'for' is a body's
    ('Centre for Lyme Disease' keeps its name)."""
    words = text.split()
    return len(words) >= 2 and not CONNECTORS & set(words) and any(
        words[-len(e.split()):] == e.split() and (len(e.split()) < len(words) or " " in e) for e in curated.cues().non_entity_endings)


def split_at_possessive(span: Span, known: frozenset[str]) -> list[Span]:
    """'the European Union's Ostland Fisheries Agency': a span across a possessive is two
    names when the part before it is a name on its own (one the model tags alone elsewhere in the
    article, or a curated one: ``known``) and a capitalised name follows. 'People's Republic of
    X', 'Women's World Cup' stay whole: 'People' and 'Women' are no names."""
    doc = span.doc
    for i in range(span.start + 1, span.end - 1):
        left = doc[span.start : i]
        # a plural's apostrophe ('the Houthis’ Council') is often tagged a closing quotation mark
        possessive = doc[i].tag_ == "POS" or (doc[i - 1].text[-1:] in {"s", "S"} and not doc[i - 1].whitespace_)
        if (doc[i].text in APOSTROPHES and possessive and doc[i + 1].text[:1].isupper()
                and left.text.removeprefix("the ").removeprefix("The ") in known):
            return [Span(doc, span.start, i, label=span.label_),
                    *split_at_possessive(Span(doc, i + 1, span.end, label=span.label_), known)]
    return [span]


def cut_lower_descriptor(span: Span) -> Span:
    """'the Ostland Press news agency', 'the Ostland Post website': curated lower-case nouns
    closing a name's span say what the thing is (``descriptor_nouns``); the name ends before them
    ('the Green Dawn party' -> 'Green Dawn', as the gold reads it; where the article also writes
    'the Green Dawn Party', :func:`.entity_spans.extend_lower_generic` takes the word back in)."""
    if span.label_ == "PERSON":
        return span
    doc, end = span.doc, span.end
    nouns = curated.cue_words("descriptor_nouns")
    while end - 1 > span.start and doc[end - 1].is_lower and doc[end - 1].text in nouns:
        end -= 1
    if end == span.end or not any(t.text[:1].isupper() for t in doc[span.start : end]):
        return span
    return Span(doc, span.start, end, label=span.label_)


@lru_cache(maxsize=1)
def _state_long_forms() -> tuple[tuple[str, ...], ...]:
    """The curated openings, longest first ('Islamic Republic of' before 'Republic of')."""
    return tuple(sorted((tuple(f.split()) for f in curated.gazetteer().state_long_forms), key=len, reverse=True))


def state_short_name(text: str) -> str | None:
    """'Islamic Republic of Ruritania' -> 'Ruritania': a state's official long name gives the short
    name it is written with elsewhere (a capitalised rest of one to three words), else None."""
    words = text.split()
    for form in _state_long_forms():
        rest = words[len(form):]
        if tuple(words[: len(form)]) == form and 1 <= len(rest) <= 3 and rest[0][:1].isupper() and rest[0].lower() != "the":
            return " ".join(rest)
    return None


def tail_acronyms(text: str) -> list[str]:
    """'Ostland National Commission on Public Broadcasting' -> ['NCPB', 'CPB']: the initials of the
    name's last capitalised words (connectors skipped), three letters or more, short of the whole
    name's acronym: an article often writes a body's acronym without its country or city."""
    words = [w for w in text.split() if w[:1].isupper() and w.lower() not in CONNECTORS and w.isalpha()]
    return ["".join(w[0] for w in words[k:]) for k in range(1, len(words) - 2)]


def head_word(text: str) -> str | None:
    """The head of a name of several words: the word before its first 'of' ('House' of 'House of
    Representatives'), else its last word ('Senate' of 'Ostland Senate')."""
    words = text.split()
    if len(words) < 2:
        return None
    if "of" in words[1:]:
        return words[words.index("of", 1) - 1]
    return words[-1]


def body_heads(members: list[list[str]], title_words: frozenset[str] | set[str]) -> dict[str, int]:
    """Head word -> the one cluster (index into ``members``, each cluster's member texts) whose
    name of several words has it ('Senate' of 'Ostland Senate', 'Railways' of 'Ostland Railways'); not
    a title ('the Speaker' is a person) nor a word of one or two letters."""
    owners: dict[str, set[int]] = {}
    for c, texts in enumerate(members):
        for h in {head_word(t) for t in texts}:
            if h is not None and len(h) >= 3 and h.isalpha() and h[0].isupper() and h.lower() not in title_words:
                owners.setdefault(h, set()).add(c)
    return {h: min(cs) for h, cs in owners.items() if len(cs) == 1}


def bare_heads(doc: Doc, heads: dict[str, int], title_words: frozenset[str] | set[str],
               institution_words: frozenset[str]) -> list[tuple[int, int, int]]:
    """'the House', 'the Railways' after 'Ostland House', 'Ostland Railways': a body's head word written
    capitalised after 'the' is the one body of the article whose name has that head (``heads``:
    head word -> that entity's cluster); a curated institution word (``non_entities``: no name
    alone) also before a title ('Senate Majority Leader'). Not before 'of' ('the House of Lords')
    or another capitalised word. Returns (start offset, end offset, cluster) for each such word."""
    out = []
    for tok in doc:
        c = heads.get(tok.text)
        if c is None or tok.i == 0 or tok.ent_iob_ == "I":
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        after_the = doc[tok.i - 1].lower_ == "the"
        before_title = nxt is not None and nxt.lower_ in title_words and tok.text in institution_words
        if ((after_the or before_title) and (nxt is None or not nxt.text[:1].isupper() or before_title)
                and (nxt is None or nxt.lower_ != "of")):
            out.append((tok.idx, tok.idx + len(tok.text), c))
    return out


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Lower-case nouns for a person's role: the cue lexicon's ``person_nouns`` and the gazetteer's
    ``kind_nouns`` of type PERSON ('attorney', 'pilot', 'singer')."""
    return frozenset(w.lower() for w in curated.cues().person_nouns) | curated.kind_nouns_of("PERSON")


def cut_office(span: Span, role_words: frozenset[str] | set[str], is_body: Callable[[str], bool]) -> Span | None:
    """A person's office tagged as a name: 'Spokesperson of Department of Foreign Trade of Ostland'
    is the department ('Department of ...', a body by ``is_body``); 'Supervisor of Elections' names
    no body and is no entity (a longer rest, which may hold a place, is left to the other rules).
    An office is a capitalised word and 'of' opening the span, the word
    a curated role or title (``role_words``), or any word when a person's name stands in
    apposition to the span ('the Supervisor of Elections, Tomas Berg,'). A body's own name
    ('Bank of Ostland', 'Friends of the Earth') opens with no such word and stays."""
    if span.label_ == "PERSON" or len(span) < 3 or span[1].lower_ != "of" or not span[0].is_alpha or not span[0].text[:1].isupper():
        return span
    doc = span.doc
    if span[0].lower_ not in role_words and (is_body(f"{span[0].text} of X") or not _named_after(span)):
        return span
    start = span.start + 2 + (span[2].lower_ == "the" and len(span) > 3)
    rest = doc[start : span.end]
    if len(rest) and rest[0].text[:1].isupper() and is_body(rest.text):
        return Span(doc, rest.start, rest.end, label="ORG")
    return None if len(rest) == 1 else span  # ('Minister of Finance of Ostland' may hold a place: left whole)


def _named_after(span: Span) -> bool:
    """', Tomas Berg,' right after the span: a person's name set off by commas (or ending the
    sentence), which the parser may or may not hang on the span as its apposition."""
    doc, k = span.doc, span.end
    if k + 1 >= len(doc) or doc[k].text != "," or doc[k + 1].ent_type_ != "PERSON":
        return False
    end = next((t.i for t in doc[k + 1 :] if t.ent_type_ != "PERSON" or t.ent_iob_ == "B" and t.i > k + 1), len(doc))
    return end >= len(doc) or doc[end].text in {",", ".", ";"}


def strip_lower_lead(spans: list[Span], person_nouns: frozenset[str]) -> list[Span]:
    """'my Ship Pilot Mira' beside 'Mira Desai' and 'the ship pilot': capitalised words
    opening a span that the article also writes in lower case, the last of them a person noun
    (``person_nouns``: 'pilot', 'attorney'), are a description; when the rest is the first or last
    name of a person the model tagged in another span ('Mira'), the rest is that person's
    mention (one to three such words; the rest a name of one or two words)."""
    if not spans:
        return spans
    doc = spans[0].doc
    lower = {t.text for t in doc if t.is_lower and t.is_alpha}
    out = []
    for sp in spans:
        person_words = {w for o in spans if o.label_ == "PERSON" and o.text != sp.text and len(o) >= 2 for w in (o[0].text, o[-1].text)}
        k = 0
        while k < min(3, len(sp) - 1) and sp[k].is_title and sp[k].is_alpha and sp[k].lower_ in lower and sp[k].text not in person_words:
            k += 1
        rest = sp[k:]
        if k and sp[k - 1].lower_ in person_nouns and len(rest) <= 2 and all(t.is_alpha and t.text in person_words for t in rest):
            sp = Span(doc, rest.start, rest.end, label="PERSON")
        out.append(sp)
    return out


def after_a_number(tok: Token) -> bool:
    """Whether a word follows a number, as 'PM' does in '9 PM': then it is part of a time, not a
    title ('PM' for a prime minister). Every test of a capitalised title word asks this."""
    return tok.i > 0 and tok.doc[tok.i - 1].like_num


def extend_before_title(spans: list[Span], title_words: frozenset[str] | set[str], bodies: frozenset[str]) -> list[Span]:
    """'Ostland House of Delegates Speaker Ana Ruiz' when the model tagged only
    'Ostland': a place's or body's span followed by capitalised words no span holds (with
    'of'/'and' between them) up to a title before a person's span is one body's name with them,
    when their head is a curated institution word (``bodies``: 'House', 'Court', not 'District'
    of 'U.S. District Judge')."""
    if not spans:
        return spans
    doc = spans[0].doc
    inside = {t.i for sp in spans for t in sp}
    starts = {sp.start: sp for sp in spans}
    out = []
    for sp in spans:
        j = sp.end
        while j < len(doc) and j not in inside and doc[j].is_alpha and doc[j].lower_ not in title_words and (
                doc[j].is_title or doc[j].lower_ in {"of", "and"} and j + 1 < len(doc) and doc[j + 1].is_title):
            j += 1
        t = j
        while t < len(doc) and doc[t].is_title and doc[t].lower_.rstrip(".") in title_words and not after_a_number(doc[t]):
            t += 1
        person = starts.get(t)
        if (sp.label_ in {"GPE", "ORG"} and j > sp.end and t > j and person is not None and person.label_ == "PERSON"
                and head_word(doc[sp.start : j].text) in bodies
                and "\n" not in doc[sp.start : j].text):
            sp = Span(doc, sp.start, j, label="ORG")
        out.append(sp)
    return out


# Quantifiers that open a sentence before a name the model runs them into ('Each Osprey X2 will
# cost ...'); never the first word of a name ('All Blacks', 'No Doubt' and 'Under Armour' are).
_LEAD_QUANTIFIERS = frozenset({"each", "every", "some", "any", "both", "either", "neither"})


def trim_opening_adjective(spans: list[Span]) -> list[Span]:
    """'Multiple Ostlandic officials ...' opening a sentence: a people's span whose first word is a
    sentence's capitalised first word that the tagger calls no proper noun (an adjective, a
    determiner, a number), and whose rest the article names alone elsewhere ('Ostlandic'), is
    that rest. A quantifier opening the sentence is cut from any name ('Each Osprey X2 will cost')."""
    texts = {sp.text for sp in spans}
    out = []
    for sp in spans:
        if len(sp) >= 2 and sp[0].is_sent_start and (
                sp.label_ == "NORP" and sp[0].pos_ in {"ADJ", "DET", "NUM", "ADV"} and sp[1:].text in texts
                or sp[0].lower_ in _LEAD_QUANTIFIERS and sp[0].tag_ in ("DT", "PDT")):
            sp = Span(sp.doc, sp.start + 1, sp.end, label=sp.label_)
        out.append(sp)
    return out


# A people's adjective by its ending ('Estonian', 'Sudanese', 'Danish', 'Iraqi').
_PEOPLE_ADJECTIVE = re.compile(r"^[A-Z][a-z]+(?:an|ese|ish|i)$")


_NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})  # (the model may tag a surname a date)


def split_at_inner_title(spans: list[Span], title_words: frozenset[str] | set[str], body_words: frozenset[str] | set[str],
                         known_types: dict[str, str]) -> list[Span]:
    """'Lentonian PM Ana Ruiz', 'Ostland Foreign Minister Ana Ruiz' tagged as one name (the model
    calls such runs a work of art or an organisation): a capitalised title word inside a span,
    after its first word and before at least two more capitalised words, ends a place or a people
    and starts a person's name. The title word is in neither. Not when a word after the title is
    a body's word ('Court', 'Committee', a curated generic or suffix) or another title word: then
    the span names a body ('Ostland President Hotel Group' stays whole). The part before takes the
    curated type of its text, a people's adjective is NORP, anything else keeps the model's label.
    A span the model calls a person is split only when the part before is a curated name of
    another kind ('Fine Gael TD Ana Ruiz', 'Texas Governor Ana Ruiz': a party, a place); the
    model may have ended it inside the name ('Fine Gael TD Ana' + 'Ruiz'), which then runs on over
    up to two capitalised proper nouns it left untagged."""
    out: list[Span] = []
    for sp in spans:
        person = sp.label_ == "PERSON"
        k = next((k for k in range(1, len(sp) - (1 if person else 2)) if sp[k].text[:1].isupper() and sp[k].lower_.rstrip(".") in title_words
                  and not after_a_number(sp[k])), None)
        if k is None or person and known_types.get(sp[:k].text, "PERSON") == "PERSON":
            out.append(sp)
            continue
        if person:
            end = sp.end
            while end < len(sp.doc) and end - sp.end < 2 and sp.doc[end - 1].whitespace_ and sp.doc[end].pos_ == "PROPN" \
                    and sp.doc[end].is_alpha and sp.doc[end].is_title and sp.doc[end].ent_type_ not in _NAME_TYPES:
                end += 1
            sp = Span(sp.doc, sp.start, end, label="PERSON")
        head, rest = sp[:k], sp[k + 1 :]
        if not (all(t.is_alpha and t.text[:1].isupper() and t.text not in body_words and t.lower_ not in title_words for t in rest)
                and all(t.text[:1].isupper() for t in head)):
            out.append(sp)
            continue
        label = known_types.get(head.text) or ("NORP" if len(head) == 1 and _PEOPLE_ADJECTIVE.match(head.text) else sp.label_)
        out.extend([Span(sp.doc, head.start, head.end, label=label), Span(sp.doc, rest.start, rest.end, label="PERSON")])
    return out


# Lower-case particles a family name is written with ('Ursula von der Leyen', 'Maria da Silva',
# 'Omar bin Salem'): a name never ends on one.
_SURNAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "das",
                                "ter", "zu", "bin", "ibn", "al", "el", "la", "le"})


def extend_over_particle(span: Span) -> Span:
    """'Ursula von der' + 'Leyen': a person's name the model ended on a lower-case particle, or just
    before one ('Ana Maria' + 'del Solar'; only a name of two words or more), goes on
    to the capitalised word after it, whatever the model made of that word (it often tags the
    family name alone as a place). The span it overlaps then gives way to the person."""
    doc = span.doc
    if span.label_ != "PERSON" or span.end >= len(doc) or not span[-1].whitespace_:
        return span
    if not (span[-1].is_lower and span[-1].lower_ in _SURNAME_PARTICLES):
        # 'Ana Maria' + 'del Solar': a name the model ended before a particle and a
        # capitalised word (the family name) goes on to that word.
        nxt = doc[span.end]
        if not (span[-1].text[:1].isupper() and nxt.is_lower and nxt.lower_ in _SURNAME_PARTICLES and nxt.whitespace_
                and span.end + 1 < len(doc) and doc[span.end + 1].is_alpha and doc[span.end + 1].text[:1].isupper()
                and not doc[span.end + 1].is_upper and len(span) >= 2):
            return span
        return Span(doc, span.start, span.end + 2, label="PERSON")
    end = span.end  # over further particles ('Marta van' + 'den Berghe')
    while end < len(doc) - 1 and doc[end].is_lower and doc[end].lower_ in _SURNAME_PARTICLES and doc[end - 1].whitespace_:
        end += 1
    nxt = doc[end]
    if doc[end - 1].whitespace_ and nxt.is_alpha and nxt.text[:1].isupper() and not nxt.is_upper:
        return Span(doc, span.start, end + 1, label="PERSON")
    return span


def particle_surnames(spans: list[Span]) -> list[Span]:
    """'van der Zande' tagged as an organisation: a name starting with a lower-case particle that
    ends a person's full name in the article ('Petra van der Zande') is that person's surname; so
    is one whose particle is capitalised because it opens the sentence ('De Vries said' after
    'Sanne de Vries')."""
    tails = {s[i:].text for s in spans if s.label_ == "PERSON" for i in range(1, len(s) - 1)
             if s[i].is_lower and s[i].lower_ in _SURNAME_PARTICLES}

    def lowered(s: Span) -> str:  # the span with a sentence-opening particle in lower case
        return s[0].lower_ + s.text[len(s[0].text):] if s[0].is_sent_start and s[0].lower_ in _SURNAME_PARTICLES else s.text
    return [Span(s.doc, s.start, s.end, label="PERSON") if s.label_ != "PERSON" and (s[0].is_lower or s[0].is_sent_start)
            and lowered(s) in tails else s for s in spans]


def titled_surnames(spans: list[Span], title_set: set[str]) -> list[Span]:
    """'PM Tavake' or 'Justice Adeyemi-Bakare' tagged as a work of art or as an organisation: a
    span of another type than a person's, a single-word title and then the family name of a
    person the article names in full (one word, or hyphenated pieces), is that person (the title
    is dropped, as for any person); 'Justice Department' ends on no one's name."""
    surnames = {s[-1].text for s in spans if s.label_ == "PERSON" and len(s) >= 2}
    out = []
    for s in spans:
        if (s.label_ != "PERSON" and len(s) >= 2 and s[0].text.rstrip(".").lower() in title_set and s[-1].text in surnames
                and len(s) % 2 == 0 and all(t.text in HYPHENS for t in list(s)[2:-1:2])):
            s = Span(s.doc, s.start + 1, s.end, label="PERSON")
        out.append(s)
    return out


def spelled_acronyms(doc: Doc, taken: list[tuple[int, int]], names: list[str]) -> list[Span]:
    """'NECOF' the model left untagged, in an article that names the 'Northern Economic
    Cooperation Forum': a word in capitals (3 to 8 letters, not inside a name already found) that
    spells the initials, strict or loose (:func:`~.names.spells_acronym`), of one organisation's
    name in the article is that organisation's short form."""
    busy = covered_tokens(doc, taken)
    out = []
    for tok in doc:
        if not (tok.is_alpha and tok.is_upper and 3 <= len(tok) <= 8) or tok.ent_type_ or tok.i in busy:
            continue
        spelled = {n for n in names if acronym(n) == tok.text or len(tok) >= 4 and spells_acronym(tok.text, n)}
        if len(spelled) == 1:
            out.append(Span(doc, tok.i, tok.i + 1, label="ORG"))
            taken.append((tok.idx, tok.idx + len(tok)))
    return out


_CLAUSE_WORDS = frozenset({"as", "is", "was", "are", "were"})  # whatever the tagger made of them inside a name


def split_at_lower_verb(span: Span) -> list[Span]:
    """'Ana Berg as Catwoman', 'Berg is Lenton State', 'the Liberty Memorial featuring ...': the
    model ran a name over a lower-case verb or 'as' into the words after it. No name holds one
    (particles and connectors are not verbs: 'Bank of Ostland', 'Maria de Souza'); the span ends
    before it, and what follows, when it opens with a capital, is a name of its own."""
    doc = span.doc
    cut = next((t.i for t in span[1:] if t.is_lower and t.is_alpha and (t.pos_ in {"VERB", "AUX"} or t.lower_ in _CLAUSE_WORDS)), None)
    if cut is None:
        return [span]
    out = [Span(doc, span.start, cut, label=span.label_)]
    if cut + 1 < span.end and doc[cut + 1].text[:1].isupper():
        out.append(Span(doc, cut + 1, span.end, label=span.label_))
    return out


_MONTHS = frozenset(m.lower() for m in (*calendar.month_name[1:], *calendar.month_abbr[1:]))


def cut_trailing_date(span: Span) -> Span:
    """'the Reform Party Convention on June 20', 'the Rally for Lenton in 2008': the model ran an
    event's name over the date it was held; the name ends before 'on' or 'in' and a date made of
    numbers and month names only."""
    for tok in span[1:]:
        rest = span.doc[tok.i + 1 : span.end]
        if tok.lower_ in {"on", "in"} and tok.is_lower and len(rest) and all(
                t.like_num or t.lower_.rstrip(".") in _MONTHS or t.text == "," or t.lower_ in {"st", "nd", "rd", "th"} for t in rest) \
                and any(t.like_num for t in rest):
            return Span(span.doc, span.start, tok.i, label=span.label_)
    return span


def cut_leading_affix(span: Span) -> Span:
    """'led Iraq War' out of 'US-led Iraq War': a span the model opened on a lower-case affix
    (curated ``name_affixes``) hyphenated to the word before it; the name starts after it."""
    doc = span.doc
    if len(span) >= 2 and span.start > 0 and span[0].is_lower and span[0].text in curated.cues().name_affixes \
            and doc[span.start - 1].text in HYPHENS and not doc[span.start - 1].whitespace_:
        return Span(doc, span.start + 1, span.end, label=span.label_)
    return span


def place_length(doc: Doc, start: int, is_place: Callable[[str], bool]) -> int:
    """How many tokens from ``start`` (up to three) spell a known place ('Jordan', 'South Korea',
    'the United States' without its article); 0 when none does. The longest wins."""
    for n in (3, 2, 1):
        if start + n <= len(doc) and is_place(doc[start : start + n].text):
            return n
    return 0


def cut_title_of_place(span: Span, is_place: Callable[[str], bool], title_words: frozenset[str] | set[str]) -> Span:
    """'the King of Ghana Carlos Mendes', 'President of Peru Ana Ruiz': the model reads a title,
    its country and the holder's name as one person (or, after a title alone, as an organisation);
    the person is the name after the place, and the place is a name of its own. Only a known place
    followed by capitalised proper nouns."""
    doc = span.doc
    starts = [t.i + 1 for t in span if t.lower_ == "of" and (span.label_ == "PERSON" or all(
        w.lower_ == "the" or w.lower_.rstrip(".") in title_words for w in doc[span.start : t.i]))]
    for start in starts:
        n = place_length(doc, start, is_place)
        rest = doc[start + n : span.end]
        if n and len(rest) and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in rest):
            return Span(doc, rest.start, rest.end, label="PERSON")
    return span


_DIRECTIONS = frozenset({"north", "south", "east", "west"})


def split_direction_pair(span: Span) -> list[Span]:
    """'North and South Korea', 'East and West Lenton': two places sharing one head, which the
    model reads as one. The second is a name ('South Korea'); the first is only an elliptical
    'North', left to the full name the article writes elsewhere rather than made a place of its own."""
    words = [t for t in span if t.lower_ != "the"]
    if len(words) >= 4 and words[0].lower_ in _DIRECTIONS and words[1].lower_ in {"and", "&"} and words[2].lower_ in _DIRECTIONS \
            and all(t.text[:1].isupper() for t in (words[0], words[2], words[3])):
        return [Span(span.doc, words[2].i, span.end, label=span.label_)]
    return [span]


def runs_into_name(span: Span) -> bool:
    """Whether a region's name is the start of a longer name: a capitalised word follows it in
    the same sentence ('Middle East Respiratory Syndrome', 'Africa Cup of Nations'), so the match
    is no mention of the region."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].sent.start != span.sent.start:
        return False
    after = doc[span.end]
    return after.is_alpha and after.text[:1].isupper()


def inside_name(span: Span) -> bool:
    """Whether a place's name sits inside a longer run of capitalised words ('North Wales Fire and
    Rescue Service', 'Greater Manchester Police'): a capitalised word right before it (not the
    sentence's first) and one right after it, in the same sentence; the match is no mention of the
    place. A sentence's first word counts only as a proper noun ('North', not 'In')."""
    doc = span.doc
    if span.start == 0:
        return False
    before = doc[span.start - 1]
    if before.i == before.sent.start and before.tag_ != "NNP":
        return False
    return before.is_alpha and before.text[:1].isupper() and before.sent.start == span.sent.start and runs_into_name(span)
