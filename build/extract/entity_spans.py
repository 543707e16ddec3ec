"""From the model's spans to clean name spans: titles, generic words, acronyms defined in the
text, nicknames, dashes and affixes trimmed, names the model missed in the gazetteer (a person's
name made whole, and people named after a title, are in :mod:`.person_spans`). :mod:`.entities`
clusters what this returns into the article's entities."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache

from spacy.tokens import Doc, Span
from structnews.build.core import curated
from structnews.build.extract.entity_bounds import HYPHENS, POSSESSIVES, after_a_number, non_entity_ending, inside_name, runs_into_name
from structnews.build.extract.names import CONNECTORS, gazetteer_index, is_name_suffix, is_post_nominal, person_key, spells_acronym


@lru_cache(maxsize=1)
def non_entities() -> frozenset[str]:
    return frozenset(curated.cues().non_entities)


@lru_cache(maxsize=1)
def titles() -> tuple[set[str], set[str]]:
    cues = curated.cues()
    titles = {t.lower().rstrip(".") for t in cues.titles}
    title_words = {w for t in titles for w in t.split()} - CONNECTORS - {"state"}
    return titles, title_words


@lru_cache(maxsize=1)
def title_modifiers() -> frozenset[str]:
    """Words that extend a title before a name ('Foreign' in 'Foreign Minister'), curated."""
    return frozenset(w.lower() for w in curated.cues().title_modifiers)


@lru_cache(maxsize=1)
def name_generics() -> frozenset[str]:
    """Words ending a longer name whose distinctive part alone is the same entity, curated."""
    return frozenset(curated.gazetteer().name_generics)


def last_word_type(text: str, table: Mapping[str, object]) -> str | None:
    """The type a curated table gives a several-word name's last word (a year aside: 'X Act 2011'), as a string."""
    words = [w for k, w in enumerate(text.split()) if not (k >= 2 and re.fullmatch(r"(?:1[89]|20)\d\d", w))]
    kind = table.get(words[-1]) if len(words) >= 2 else None
    return None if kind is None else (kind.value if hasattr(kind, "value") else str(kind))


def generic_type(text: str) -> str | None:
    """The curated type of a name's last word when it is a generic one ('Group' -> ORG), or of its
    first words when they are a curated prefix ('Hurricane' -> EVENT)."""
    prefixed = name_prefix(text)
    return prefixed[1] if prefixed is not None else last_word_type(text, curated.gazetteer().name_generics)


def name_prefix(text: str) -> tuple[str, str] | None:
    """('Humberto', 'EVENT') for 'Tropical Storm Humberto': the rest of a name after a curated
    ``name_prefixes`` entry (longest first) and the type it gives; None for other names."""
    for prefix, kind in sorted(curated.gazetteer().name_prefixes.items(), key=lambda p: -len(p[0])):
        rest = text[len(prefix) + 1 :] if text.startswith(prefix + " ") else ""
        if rest[:1].isupper():
            return rest, kind.value if hasattr(kind, "value") else str(kind)
    return None


def distinctive_parts(text: str, first_word: bool = False) -> list[str]:
    """'Salling Group A/S' -> ['Salling Group', 'Salling']: the name without its trailing generic
    words (``name_generics``), shortest last; [] when the name does not end in one. With
    ``first_word``, also the first word of such a name ('Brennan' of 'Brennan Construction Group').
    A name after a curated prefix gives its rest ('Hurricane Ostra' -> ['Ostra'])."""
    prefixed = name_prefix(text)
    if prefixed is not None:
        return [prefixed[0]]
    words = text.split()
    out = []
    while len(words) >= 2 and words[-1] in name_generics():
        words = words[:-1]
        out.append(" ".join(words))
    if first_word and out and len(words) >= 2 and words[0][:1].isupper() and words[0].lower() not in CONNECTORS:
        out.append(words[0])
    return out


def branch_of(text: str) -> str | None:
    """'Netto Poland' -> 'Netto': an organisation's name ending in a curated country or city is its
    branch there, which an article calls by the organisation's name alone as often as not."""
    by_alias = gazetteer_index().by_alias
    words = text.split()
    for k in range(1, len(words)):
        tail, rest = " ".join(words[k:]), " ".join(words[:k])
        if by_alias.get(tail, ("", ""))[1] == "GPE" and rest[:1].isupper() and words[k - 1].lower() not in CONNECTORS:
            return rest
    return None


# 'Harlow Valley Transit Authority (HVTA)', '..., or HVTA,': an acronym defined right after a name.
DEFINED_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z&.\-]{1,9})\)|, or ([A-Z][A-Z&]{1,8}),")


def acronym_definitions(text: str, spans: list[Span]) -> dict[str, int]:
    """Acronyms the article defines, each with the end offset of the name it stands for: 'Name
    (ACR)', or 'Name, or ACR,' (all capitals, the name's initials in any order). The acronym has at
    least two capitals and starts with the name's first letter, or, bracketed after an organisation,
    is spelled from its words' beginnings ('State Mining Corporation (Stamico)')."""
    out: dict[str, int] = {}
    for span in spans:
        m = DEFINED_ACRONYM.match(text, span.end_char)
        if m is None or len(span.text.split()) < 2:
            continue
        acr = m.group(1) or m.group(2)
        if m.group(2) and not set(acr) <= {w[0] for w in span.text.split()}:
            continue  # 'the Ostland Union, or NATO, must act': an alternative, not the name's letters
        # (or after an organisation's name any all-capitals one, of its own language: 'Doctors Without Borders (MSF)')
        if (sum(c.isupper() for c in acr) >= 2 and (acr[0] == span.text[0] or acr.isupper() and span.label_ == "ORG") or short_name_of(acr, span.text)
                or m.group(1) and span.label_ == "ORG" and len(acr) >= 4 and spells_acronym(acr, span.text)) and acr != span.text:
            out.setdefault(acr, span.end_char)
    return out


def short_name_of(word: str, name: str) -> bool:
    """'Harlow Valley Transit (Transit)': a bracketed word that is the first or last word of the
    name of several words before it is the short name the article will use for it."""
    return len(words := name.split()) >= 2 and word[:1].isupper() and word.lower() not in CONNECTORS and word in (words[0], words[-1])


NAME_WORD = r"[A-Z][\w'’-]+"
NICKNAMED = re.compile(rf"({NAME_WORD}(?: {NAME_WORD}){{0,3}}) [\"“]({NAME_WORD})[\"”] ({NAME_WORD}(?: {NAME_WORD}){{0,2}})")


def join_nicknames(doc: Doc, text: str, spans: list[Span]) -> list[Span]:
    """'Edward Lodewijk "Eddie" Van Halen' is one name, however the model cut it: the spans that
    overlap such a name, one of them a person, become one person span (from the first of them).
    Without a person among them the name is taken only from the word before the nickname, and
    only when one of the model's spans is that word alone and another holds the surname (it may
    take 'Tamo' of 'Tamo “Fox” Veldarin' for a place and the rest for a title), none runs into the
    name from before ('Dorvan United “Red” Devils'), and the surname's last word is no word of a
    body's name ('the Ostland Navy “Triton” Program' is a programme)."""
    body_words = non_entities() | set(name_generics()) | set(curated.gazetteer().type_suffixes)
    for m in NICKNAMED.finditer(text):
        inside = [sp for sp in spans if sp.start_char < m.end() and m.start() < sp.end_char]
        if any(sp.label_ == "PERSON" for sp in inside):
            start = max(m.start(), min(sp.start_char for sp in inside))
        else:
            last_word = m.start(1) + m.group(1).rfind(" ") + 1
            own = [sp for sp in inside if sp.start_char >= last_word]
            both_sides = any(sp.start_char == last_word and sp.end_char == m.end(1) for sp in own) \
                and any(sp.end_char > m.start(3) for sp in own)
            if len(own) < len(inside) or not both_sides or m.group(3).split()[-1] in body_words:
                continue
            start = last_word
        joined = doc.char_span(start, m.end(), label="PERSON", alignment_mode="expand")
        if joined is not None:
            spans = sorted([sp for sp in spans if sp not in inside] + [joined], key=lambda sp: sp.start_char)
    return spans


def nickname_key(text: str) -> str:
    """A person's key, with a quoted nickname as the first name ('eddie van halen' style keys meet)."""
    m = re.search(r"[\"“‘'](\w+)[\"”’']\s+(.+)$", text)
    return person_key(f"{m.group(1)} {m.group(2)}") if m else person_key(text)


def extend_generic(span: Span) -> Span:
    """'Eastern Shoshone' + 'Tribe', 'London' + 'Marathon': a name the model ended before a curated
    generic word or type suffix; and a name ending in a generic word has its type ('Upper Tesh
    Tribe' is no PERSON)."""
    doc = span.doc
    if (span.label_ != "PERSON" and span.end < len(doc)
            and (doc[span.end].text in name_generics() or doc[span.end].text in curated.gazetteer().type_suffixes)):
        span = Span(doc, span.start, span.end + 1, label=span.label_)
    generic = generic_type(span.text)
    return Span(doc, span.start, span.end, label=generic) if generic and generic != span.label_ else span


@lru_cache(maxsize=1)
def name_affixes() -> frozenset[str]:
    """Lower-case words hyphenated to a name that are not part of it ('post', 'era'), curated."""
    return frozenset(curated.cues().name_affixes)


def acronym_names(doc: Doc, text: str, spans: list[Span]) -> list[Span]:
    """'Notes from Poland (NFP)' when the model tagged only 'Notes': the words before a bracketed
    acronym whose initials spell it (with or without the lower-case connectors) are one name, an
    organisation unless the model said otherwise, replacing the spans inside it."""
    for m in re.finditer(r"\(([A-Z][A-Za-z&.\-]{1,9})\)", text):
        letters = "".join(c for c in m.group(1) if c.isupper())
        if any(sp.end_char == m.start() - 1 and len(sp.text.split()) >= 2 for sp in spans):
            continue
        if len(letters) < 2:
            spans = _short_name_run(doc, m, spans)
            continue
        before = doc.char_span(max(0, m.start() - 120), m.start() - 1, alignment_mode="contract")
        if before is None:
            continue
        words = [t for t in before if not t.is_space][-8:]
        for k in range(2, len(words) + 1):
            cand = words[-k:]
            if "\n" in doc[cand[0].i : cand[-1].i + 1].text or not cand[0].text[:1].isupper():
                continue
            every = "".join(t.text[0].upper() for t in cand if t.is_alpha)
            capital = "".join(t.text[0] for t in cand if t.text[:1].isupper())
            if letters in (every, capital) and all(t.is_alpha or t.text in {"&", "-"} for t in cand):  # 'Ostland Tehreek-e-Adalat (OTA)'
                inside = [sp for sp in spans if sp.start_char < cand[-1].idx + len(cand[-1]) and cand[0].idx < sp.end_char]
                if any(sp.start_char < cand[0].idx or sp.end_char > cand[-1].idx + len(cand[-1]) for sp in inside):
                    break  # a model span reaches out of the name: leave it
                label = inside[0].label_ if len(inside) == 1 and len(inside[0]) == len(cand) else "ORG"
                name = Span(doc, cand[0].i, cand[-1].i + 1, label=label)
                if name.text in non_entities():  # 'Memorandum of Understanding (MoU)': a kind of document
                    break
                spans = sorted([sp for sp in spans if sp not in inside] + [name], key=lambda sp: sp.start_char)
                break
        else:  # 'the Movement for Progress (MPR)': an acronym of the name in its own language
            spans = _short_name_run(doc, m, spans, foreign=True)
    return spans


def _unglue_verbs(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop a speech verb the model took into a name (curated ``name_glued_verbs``): 'Said' of an
    inverted attribution opening a sentence ('Said Lind: “…”'), 'Says' of a title-case headline
    ('Lind Says Port Will Open'). A first name that is also a verb form ('Said Jalili said') is
    kept unless a colon or quotation mark follows the name."""
    glued = curated.cue_words("name_glued_verbs")
    if end - start >= 2 and doc[start].lower_ in glued and doc[start].text[:1].isupper() and doc[start].is_sent_start:
        after = doc[end] if end < len(doc) else None
        if after is not None and (after.text == ":" or after.is_quote):
            start += 1
    if end - start >= 2 and doc[end - 1].lower_ in glued and doc[end - 1].lower_.endswith("s") and doc[end - 1].text[:1].isupper():
        end -= 1
    return start, end


def _short_name_run(doc: Doc, m: re.Match[str], spans: list[Span], foreign: bool = False) -> list[Span]:
    """'World Ring Stardom (Stardom)' when the model tagged none of it: the run of capitalised words
    right before a bracketed word that starts or ends the run is one name (an organisation unless
    the one model span covering it says otherwise), replacing the spans inside it. ``foreign``:
    the bracketed word is instead an all-capitals acronym that starts with the run's first letter
    but spells the name in another language ('the Movement for Progress (MPR)')."""
    before = doc.char_span(max(0, m.start() - 120), m.start() - 1, alignment_mode="contract")
    if before is None or not before.text or before.text[-1].isspace():
        return spans
    run = []
    for tok in reversed([t for t in before if not t.is_space][-8:]):
        if tok.is_alpha and tok.text[:1].isupper() or (run and tok.lower_ in CONNECTORS - {"the"}):
            run.insert(0, tok)
        else:
            break
    while run and run[0].lower_ in CONNECTORS:
        run.pop(0)
    acr, name_text = m.group(1), doc[run[0].i : run[-1].i + 1].text if run else ""
    fits = acr.isupper() and acr.isalpha() and acr[0] == name_text[:1] if foreign else short_name_of(acr, name_text)
    if len(run) < 2 or "\n" in name_text or not fits:
        return spans
    start, end = run[0].idx, run[-1].idx + len(run[-1])
    inside = [sp for sp in spans if sp.start_char < end and start < sp.end_char]
    if any(sp.start_char < start or sp.end_char > end for sp in inside):
        return spans  # a model span reaches out of the name: leave it
    label = inside[0].label_ if len(inside) == 1 and len(inside[0]) == len(run) else "ORG"
    name = Span(doc, run[0].i, run[-1].i + 1, label=label)
    return sorted([sp for sp in spans if sp not in inside] + [name], key=lambda sp: sp.start_char)


def split_at_common_noun(span: Span) -> list[Span]:
    """'YouTube channel Ostview': a span with a lower-case common noun between capitalised words
    is two names and the noun describing the second (not a particle, 'Tuna el-Gebel', nor a
    connector, 'Bank of Ostland'). The first keeps the span's label; the second the noun's kind
    (curated ``kind_nouns``) when it has one."""
    cut = next((t.i for t in span[1:-1] if t.is_lower and t.is_alpha and t.pos_ == "NOUN" and t.lower_ not in _PARTICLES
                and span.doc[t.i - 1].text[:1].isupper() and span.doc[t.i + 1].text[:1].isupper()), None)
    if cut is None:
        return [span]
    kind = curated.kind_nouns().get(span.doc[cut].lower_)
    second = span.label_ if kind is None else kind
    return [Span(span.doc, span.start, cut, label=span.label_), Span(span.doc, cut + 1, span.end, label=second)]


def cut_at_bracket(span: Span) -> Span:
    """'Ostland National Congress (ONC) party': a name ends before a bracket inside the span (the
    bracketed acronym is defined for it, see :func:`acronym_definitions`)."""
    cut = next((t.i for t in span[1:] if t.text == "("), None)
    return span if cut is None else Span(span.doc, span.start, cut, label=span.label_)


OFFICE_PREPS = frozenset({"of", "to"})  # 'President of X', 'ambassador to X'


def split_office_holder(spans: list[Span]) -> list[Span]:
    """'President of Ostland Ana Ruiz', 'Speaker of the House Ana Ruiz', 'envoy to Ostland
    Pierre-Louis Armand': a span after '<title> of/to (the)' that runs from the place or body into
    the holder's name is two names: the place (a curated name or another span's text; one word when the model called the whole a person or the
    word is a curated non-entity such as 'House') and the person (two words or more). In any
    context, a place glued to a name whose last word the model tags alone as a person is split
    the same way ('Vermont Bernie Sanders' ... 'Sanders')."""
    if not spans:
        return spans
    doc = spans[0].doc
    _, title_words = titles()
    index = gazetteer_index().by_alias
    known = {sp.text: sp.label_ for sp in spans if sp.label_ not in {"PERSON", "NORP"}}
    # words no person's name has: 'Court', 'Party', 'Committee' ('US Supreme Court', 'Maryland Democratic Party')
    body_words = non_entities() | set(name_generics()) | set(curated.gazetteer().type_suffixes)
    # the words the model tags alone as people ('Sanders'), for 'Vermont Bernie Sanders' in any context
    people = {sp.text for sp in spans if sp.label_ == "PERSON" and " " not in sp.text}
    out = []
    for sp in spans:
        i = sp.start - 1
        if i >= 0 and doc[i].lower_ == "the":
            i -= 1
        office = i >= 1 and doc[i].lower_ in OFFICE_PREPS and doc[i - 1].lower_ in title_words
        if len(sp) < 3 or sp.label_ == "PERSON" and not office:
            out.append(sp)
            continue
        for k in range(len(sp) - 2, 0, -1):
            head, rest = sp[:k], sp[k:]
            place = head.text in index and index[head.text][1] != "NORP" or head.text in known
            if not office and not (rest[-1].text in people and (index.get(head.text, ("", ""))[1] in {"GPE", "LOC"}
                                                                  or known.get(head.text) in {"GPE", "LOC"})):
                continue  # (out of an office's context only a place: not 'Red Hat Enterprise Linux')
            if ((place or k == 1 and (sp.label_ == "PERSON" or head.text in non_entities()))
                    and all((t.text[:1].isupper() or t.text in HYPHENS and t.i > rest.start) and t.text not in body_words for t in rest)):
                label = index[head.text][1] if head.text in index else known.get(head.text, "GPE" if sp.label_ == "PERSON" else sp.label_)
                out += [Span(doc, sp.start, sp.start + k, label=label), Span(doc, sp.start + k, sp.end, label="PERSON")]
                break
        else:
            out.append(sp)
    return out


def join_adjacent(spans: list[Span]) -> list[Span]:
    """'CNN' + 'Philippines', 'Netflix' + 'Japan', 'Punta' + 'Tombo': two spans with only a space
    between, the first a modifier of the second (the parser's 'compound'), are one name: an
    organisation's branch when the article calls the first an organisation (here or in another
    mention: the model calls 'Netflix' a place as often as not), one place when both are places and neither is a curated one.
    Two people side by side ('Aung San' + 'Suu Kyi') are one when the article writes the whole
    name as one person elsewhere, or when the parser reads the four or more words as one name
    ('Paul Marc' + 'Christian Zongo': capitalised proper nouns, the first part's last word
    modifying a word of the second): the model cut one mention of a long name in two."""
    if len(spans) < 2:
        return spans
    doc = spans[0].doc
    labels: dict[str, Counter] = {}
    for sp in spans:
        labels.setdefault(sp.text, Counter())[sp.label_] += 1
    by_alias = gazetteer_index().by_alias
    out: list[Span] = []
    for sp in spans:
        prev = out[-1] if out else None
        if (prev is not None and prev.end == sp.start and prev.label_ == sp.label_ == "PERSON" and prev[-1].whitespace_ == " "
                and (labels.get(f"{prev.text} {sp.text}", Counter())["PERSON"] > 0 or _one_name_parse(prev, sp))):
            out[-1] = Span(doc, prev.start, sp.end, label="PERSON")
            continue
        if (prev is not None and prev.end == sp.start and sp.label_ == "GPE" and prev[-1].whitespace_ == " "
                and prev[-1].dep_ == "compound" and sp.start <= prev[-1].head.i < sp.end):
            if prev.label_ != "NORP" and labels[prev.text]["ORG"] > 0 and by_alias.get(sp.text, ("", ""))[1] != "LOC":  # (a region)
                out[-1] = Span(doc, prev.start, sp.end, label="ORG")
                continue
            if prev.label_ == "GPE" and prev.text not in by_alias and sp.text not in by_alias:
                out[-1] = Span(doc, prev.start, sp.end, label="GPE")
                continue
        out.append(sp)
    return out


def _one_name_parse(first: Span, second: Span) -> bool:
    """Whether the parser reads two adjacent people's spans as one name: every word a capitalised
    proper noun, the first span's last word a compound whose head lies in the second span."""
    last = first[-1]
    return len(first) >= 2 and len(second) >= 2 and all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() for t in [*first, *second]) \
        and last.dep_ == "compound" and second.start <= last.head.i < second.end


def trim_headline_word(spans: list[Span]) -> list[Span]:
    """'Ancient Ostlanders found ...' as a headline: the capitalised first word of the article,
    which the article also writes in lower case, is no part of a name whose rest the model tagged
    alone elsewhere ('Ostlanders'); the rest keeps that span's label. Tagged alone, a word the
    article uses as a common noun is no name ('Cosmonaut X dies' ... 'the cosmonaut')."""
    if not spans:
        return spans
    doc = spans[0].doc
    lower = {t.text for t in doc if t.is_lower}
    nouns = {t.text for t in doc if t.is_lower and t.pos_ == "NOUN"}
    alone = {sp.text: sp.label_ for sp in spans}
    out = []
    for sp in spans:
        rest = sp[1:].text if len(sp) >= 2 else ""
        if sp.start == 0 and len(sp) == 1 and sp[0].text.lower() in nouns:
            continue  # 'Cosmonaut Ana Ruiz dies': the article's 'cosmonaut' is a common noun
        if (sp.start == 0 and sp[0].is_alpha and sp[0].text.lower() in lower and rest in alone and rest != sp.text
                and name_prefix(sp.text) is None):  # ('Hurricane Ostra' keeps its kind)
            sp = Span(doc, sp.start + 1, sp.end, label=alone[rest])
        out.append(sp)
    return out


def extend_over_connector(spans: list[Span]) -> list[Span]:
    """'Parliamentarians for Global Action', 'Ostland Centre for Investigative Journalism': an
    organisation's (or a people's) span the model ended before 'for'/'of' (and 'the') followed by
    capitalised words that no span holds is one name with them, an organisation. Not a lone
    acronym after it ('Ana Ruiz of WXYZ' is a person and a station)."""
    if not spans:
        return spans
    doc = spans[0].doc
    inside = {t.i for sp in spans for t in sp}
    out = []
    for sp in spans:
        j = sp.end + 1
        if sp.label_ in {"ORG", "NORP"} and sp.end < len(doc) and doc[sp.end].lower_ in {"for", "of"}:
            if j < len(doc) and doc[j].lower_ == "the":
                j += 1
            k = j
            while k < len(doc) and k not in inside and doc[k].is_alpha and doc[k].text[:1].isupper():
                k += 1
            if k > j and any(not t.is_upper for t in doc[j:k]) and "\n" not in doc[sp.start : k].text:
                sp = Span(doc, sp.start, k, label="ORG")
        out.append(sp)
    return out


def extend_lower_generic(spans: list[Span]) -> list[Span]:
    """'the Ostland Green party' after 'the Ostland Green Party': a span the model ended before a
    generic word or type suffix written in lower case reaches over it when the article also
    writes the whole name capitalised."""
    names = {sp.text.lower() for sp in spans}
    words = {w.lower() for w in (*name_generics(), *curated.gazetteer().type_suffixes)}
    out = []
    for sp in spans:
        doc = sp.doc
        after = doc[sp.end] if sp.end < len(doc) else None
        if (sp.label_ != "PERSON" and after is not None and after.is_lower and after.lower_ in words
                and f"{sp.text} {after.text}".lower() in names):
            sp = Span(doc, sp.start, sp.end + 1, label=sp.label_)
        out.append(sp)
    return out


_NOT_LINKS = frozenset({"to", "and", "or", "vs", "v", "on", "by", "in", "of"})  # 'Paris-to-London' is two names


def extend_hyphenated(spans: list[Span]) -> list[Span]:
    """'Chan' of 'Chan-o-lek': a span that stops inside a hyphenated word reaches its end when a
    short lower-case link joins its parts, or the whole word is a word of another span of the
    article (not 'Ruritania' of 'Ruritania-backed', which no span holds whole)."""
    words = {w for sp in spans for w in sp.text.split()}
    out = []
    for sp in spans:
        doc, end = sp.doc, sp.end
        while (end + 1 < len(doc) and not doc[end - 1].whitespace_ and doc[end].text in HYPHENS
               and not doc[end].whitespace_ and doc[end + 1].is_alpha):
            end += 2
        glued = doc[sp.end - 1 : end].text if end > sp.end else ""
        linked = (inner := re.split("|".join(map(re.escape, HYPHENS)), glued)[1:-1]) and all(p.islower() and len(p) <= 3 and p not in _NOT_LINKS for p in inner)
        out.append(Span(doc, sp.start, end, label=sp.label_) if (glued in words or linked) and glued != sp[-1].text else sp)
    return out


def _is_title(word: str, title_words: set[str]) -> bool:
    """A title word, singular or plural ('president', 'presidents')."""
    return word.rstrip(".") in title_words or (word.endswith("s") and word[:-1] in title_words)


def trim(span: Span) -> Span | None:
    """Trim determiners, titles, possessives and punctuation from a span's edges."""
    _, title_words = titles()
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_punct or doc[start].lower_ in {"the", "a", "an"} or doc[start].text in {"this", "these", "that", "those"} or doc[start].is_space):
        start += 1
    # 'the 2019 Ostland Prize', 'the 2003 Harlow Marathon': the year is a date, not part of the name.
    while (start < end - 1 and len(doc[start].text) == 4 and doc[start].text.isdigit() and 1000 <= int(doc[start].text) < 3000
           and doc[start + 1].text[:1].isupper()):
        start += 1
    label = span.label_
    if label == "PERSON":
        while start < end - 1 and (_is_title(doc[start].lower_, title_words)  # ('MPs X'), and 'Grand' of 'Grand Ayatollah X':
                                   or doc[start].lower_ in title_modifiers() and doc[start + 1].lower_.rstrip(".") in title_words):
            start += 1
        # 'Novelist Ana Costa' opening a sentence: a curated kind of person written with a
        # capital before a name of two words or more describes the person ('Son Heung-min' keeps
        # its family name: the two-word name is left alone).
        if end - start >= 3 and doc[start].text[:1].isupper() and doc[start].lower_ in curated.kind_nouns_of("PERSON") \
                and doc[start + 1].text[:1].isupper() and len(doc[start + 1 : end].text.split()) >= 2:
            start += 1
        # 'Humberto 785 miles': a person's name has no number in it; it ends before one.
        end = next((t.i for t in doc[start + 1 : end] if t.is_digit), end)
        while end - start >= 2 and is_post_nominal(doc[end - 1].text):
            end -= 1  # 'Ann Lee KC', 'Tom Hale MP'
    start, end = _unglue_verbs(doc, start, end)
    # 'post-Cold War', 'Cold War-era': a lower-case affix joined by a hyphen is not part of the name.
    affixes = name_affixes()
    while start < end - 2 and (doc[start].text in affixes or label == "PERSON" and doc[start].lower_ in affixes) and doc[start + 1].text in HYPHENS:
        start += 2  # (capitalised too before a person: 'Pro-Okafor demonstrators'; 'Anti-Slavery International' is a name)
    while end - 2 > start and doc[end - 1].text in affixes - curated.cue_words("prefix_affixes") and doc[end - 2].text in HYPHENS:
        end -= 2  # (only words that follow a name: 'Kim Jong-un' keeps its '-un')
    if end - start >= 4 and _SCORE.match(doc[end - 3].text) and doc[end - 2].text in HYPHENS | {"–"} \
            and _SCORE.match(doc[end - 1].text) and doc[end - 4].is_alpha:
        end -= 3  # 'the Boston Red Sox 5-3': a score after a team's name ('Boeing 737-800' is a model)
    elif end - start >= 2 and _SCORE_LINE.match(doc[end - 1].text) and doc[end - 2].is_alpha:
        end -= 1  # ('2–1' as one token)
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].is_space
                           or doc[end - 1].lower_ in POSSESSIVES
                           or doc[end - 1].text in CONNECTORS):  # 'Patrice Talon of' (Benin): a name ends before 'of'
        end -= 1
    if label != "PERSON" and end - start >= 3 and doc[start].text[:1].isupper() and _is_title(doc[start].lower_, title_words) \
            and not after_a_number(doc[start]) and all(t.pos_ == "PROPN" and t.text not in non_entities() for t in doc[start + 1 : end]) \
            and generic_type(doc[start + 1 : end].text) is None \
            and last_word_type(doc[start + 1 : end].text, curated.gazetteer().type_suffixes) is None:
        # 'Presidents Muhammadu Buhari (of Nigeria)': a title before a name makes it a person's (every title goes)
        label, start = "PERSON", next(i for i in range(start + 1, end) if i == end - 1 or not _is_title(doc[i].lower_, title_words))
    if start >= end:
        return None
    return Span(doc, start, end, label=label)


_SCORE = re.compile(r"^\d{1,2}$")  # a side's points in a score line
_SCORE_LINE = re.compile(r"^\d{1,2}[-\u2010\u2011\u2013]\d{1,2}$")
_EPITHET = re.compile(r"^[a-z]{4,}(?:[^osr]us|[^s]is|ae|ii)$")
# Name particles written in lower case inside a name ('Tuna el-Gebel', 'Maria de Souza').
_PARTICLES = CONNECTORS | {"da", "do", "dos", "das", "del", "della", "di", "du", "des", "la", "le", "van", "von",
                           "der", "den", "ter", "bin", "bint", "ibn", "al", "el", "y", "e", "zu"}
# A currency code glued to an amount ('USD910', 'GBP738').
_CURRENCY_AMOUNT = re.compile(r"^[A-Z]{3}\d")


def is_species_or_amount(span: Span) -> bool:
    """A binomial species name is no named entity ('Ostrica lateralis', 'O. lateralis', or the genus
    tagged alone before its epithet), nor an amount with its currency code ('USD910')."""
    words = span.text.split()
    if (len(words) == 2 and words[0][:1].isupper() and words[1] not in _PARTICLES
            and (_EPITHET.match(words[1]) or re.fullmatch(r"[a-z]{5,}a", words[1]))):
        return True
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if len(span) == 1 and span[0].is_alpha and after is not None and _EPITHET.match(after.text):
        return True  # (the tagger often calls the epithet a verb: 'fluvialis' as VBZ)
    return bool(_CURRENCY_AMOUNT.match(span.text))


@lru_cache(maxsize=1)
def _title_or_honorific_words() -> frozenset[str]:
    """Lower-case words of a title, its modifiers and the curated honorifics, built once: every
    model span is tested against them."""
    return frozenset(titles()[1] | title_modifiers() | {h.lower() for h in curated.cues().name_honorifics})


def is_junk(span: Span) -> bool:
    text = span.text
    if text in non_entities():
        return True
    if all(is_name_suffix(t.text) or t.is_punct for t in span):
        return True  # 'Jr.' cut from 'Teodoro L. Locsin, Jr.': the suffix of the person before it
    if ("\n" in text or len(span) > 8 or not any(c.isupper() for c in text) or not any(c.isalpha() for c in text)
            or is_species_or_amount(span) or non_entity_ending(text)):
        return True
    # A title alone ('Detective Inspector', 'Vice Presidents') or an honorific alone ('Sheikh'): the
    # person it belongs to is named elsewhere.
    words = _title_or_honorific_words()
    return all(t.lower_.rstrip(".") in words or t.lower_.endswith("s") and t.lower_[:-1] in words for t in span)


def char_span(doc: Doc, start: int, end: int, label: str) -> Span | None:  # noqa: D103
    return doc.char_span(start, end, label=label, alignment_mode="strict")


@lru_cache(maxsize=1)
def alias_pattern() -> re.Pattern[str]:
    """One alternation of every curated alias, longest first, so that at any position the longest
    alias wins ('UN Security Council' over 'Security Council') in a single pass over the text."""
    aliases = sorted((a for a in gazetteer_index().by_alias if not a.lower().startswith("the ")), key=lambda a: (-len(a), a))
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in aliases) + r")(?![\w]|\.\w)")


_COORDINATORS = frozenset({"and", "or", "&", ","})


def joins_listed_names(span: Span, listed: list[Span]) -> bool:
    """True for a span whose every word is in one of two or more curated names or a coordinator
    between them ('Twitter and Facebook'); not for a name that is curated whole."""
    inside = [sp for sp in listed if span.start <= sp.start and sp.end <= span.end]
    covered = {i for sp in inside for i in range(sp.start, sp.end)}
    between = [i for i in range(span.start, span.end) if i not in covered]
    return (len(inside) >= 2 and len(between) >= len(inside) - 1  # a coordinator between each two ('CNN Philippines' is one)
            and all(span.doc[i].lower_ in _COORDINATORS for i in between))


def gazetteer_spans(doc: Doc, taken: list[tuple[int, int]], text: str) -> list[tuple[Span, str]]:
    """Exact alias matches (case-sensitive, whole words) that overlap nothing already taken."""
    index = gazetteer_index()
    out = []
    for m in alias_pattern().finditer(text):
        s, e = m.start(), m.end()
        if any(s < te and ts < e for ts, te in taken):
            continue
        name, etype = index.by_alias[m.group(0)]
        span = char_span(doc, s, e, etype)
        if span is not None and not (etype == "LOC" and runs_into_name(span) or inside_name(span)):  # ('Middle East Respiratory ...')
            out.append((span, name))
            taken.append((s, e))
    return out


