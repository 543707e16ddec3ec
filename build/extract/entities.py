"""Named entities of one article: spaCy's spans, cleaned, completed and clustered.

Within an article, "President Maria T. Alvarez", "Ms. Alvarez" and "Alvarez’s" become one
entity: titles and possessives are trimmed from spans, surnames attach to the full name they
abbreviate, acronyms to the name they abbreviate, and curated aliases ("Kiev" for "Kyiv") to
their gazetteer entry. The type of a cluster is decided by agreement across its mentions.
Mentions spaCy missed are added when their exact surface form is already known (method
``rule``), which is how a model's inconsistent tagging of the same name is repaired.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc, Span, Token
from structnews.build.core import curated
from structnews.build.extract.drafts import LocalEntity, MentionDraft
from structnews.build.extract.names import (
    CONNECTORS,
    INITIAL,
    acronym,
    gazetteer_index,
    given_name,
    normalise,
    person_key,
    surname,
)
from structnews.schema.entities import EntityType

KEEP_LABELS = {t.value for t in EntityType}


@lru_cache(maxsize=1)
def _non_entities() -> frozenset[str]:
    return frozenset(curated.cues().non_entities)


@lru_cache(maxsize=1)
def _titles() -> tuple[set[str], set[str]]:
    cues = curated.cues()
    titles = {t.lower().rstrip(".") for t in cues.titles}
    title_words = {w for t in titles for w in t.split()} - CONNECTORS - {"state"}
    return titles, title_words


@lru_cache(maxsize=1)
def _title_modifiers() -> frozenset[str]:
    """Words that extend a title before a name ('Foreign' in 'Foreign Minister'), curated."""
    return frozenset(w.lower() for w in curated.cues().title_modifiers)


@lru_cache(maxsize=1)
def _name_generics() -> frozenset[str]:
    """Words ending a longer name whose distinctive part alone is the same entity, curated."""
    return frozenset(curated.gazetteer().name_generics)


def _generic_type(text: str) -> str | None:
    """The curated type of a name's last word when it is a generic one ('Group' -> ORG)."""
    words = text.split()
    generic = curated.gazetteer().name_generics.get(words[-1]) if len(words) >= 2 else None
    return None if generic is None else (generic.value if hasattr(generic, "value") else str(generic))


def _distinctive_parts(text: str, first_word: bool = False) -> list[str]:
    """'Salling Group A/S' -> ['Salling Group', 'Salling']: the name without its trailing generic
    words (``name_generics``), shortest last; [] when the name does not end in one. With
    ``first_word``, also the first word of such a name ('Brennan' of 'Brennan Construction Group')."""
    words = text.split()
    out = []
    while len(words) >= 2 and words[-1] in _name_generics():
        words = words[:-1]
        out.append(" ".join(words))
    if first_word and out and len(words) >= 2 and words[0][:1].isupper() and words[0].lower() not in CONNECTORS:
        out.append(words[0])
    return out


# 'Harlow Valley Transit Authority (HVTA)': an acronym defined in brackets right after a name.
_DEFINED_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z&.\-]{1,9})\)")


def _acronym_definitions(text: str, spans: list[Span]) -> dict[str, int]:
    """Acronyms the article defines, each with the end offset of the name it stands for. The
    bracketed form has at least two capitals and starts with the name's first letter."""
    out: dict[str, int] = {}
    for span in spans:
        m = _DEFINED_ACRONYM.match(text, span.end_char)
        if m is None or len(span.text.split()) < 2:
            continue
        acr = m.group(1)
        if sum(c.isupper() for c in acr) >= 2 and acr[0] == span.text[0] and acr != span.text:
            out.setdefault(acr, span.end_char)
    return out


_NAME_WORD = r"[A-Z][\w'’-]+"
_NICKNAMED = re.compile(rf"({_NAME_WORD}(?: {_NAME_WORD}){{0,3}}) [\"“]({_NAME_WORD})[\"”] ({_NAME_WORD}(?: {_NAME_WORD}){{0,2}})")


def _join_nicknames(doc: Doc, text: str, spans: list[Span]) -> list[Span]:
    """'Edward Lodewijk "Eddie" Van Halen' is one name, however the model cut it: the spans that
    overlap such a name, one of them a person, become one person span (from the first of them)."""
    for m in _NICKNAMED.finditer(text):
        inside = [sp for sp in spans if sp.start_char < m.end() and m.start() < sp.end_char]
        if not any(sp.label_ == "PERSON" for sp in inside):
            continue
        joined = doc.char_span(max(m.start(), min(sp.start_char for sp in inside)), m.end(), label="PERSON",
                               alignment_mode="expand")
        if joined is not None:
            spans = sorted([sp for sp in spans if sp not in inside] + [joined], key=lambda sp: sp.start_char)
    return spans


def _nickname_key(text: str) -> str:
    """A person's key, with a quoted nickname as the first name ('eddie van halen' style keys meet)."""
    m = re.search(r"[\"“‘'](\w+)[\"”’']\s+(.+)$", text)
    return person_key(f"{m.group(1)} {m.group(2)}") if m else person_key(text)


def _extend_generic(span: Span) -> Span:
    """'Eastern Shoshone' + 'Tribe': a name the model ended before a curated generic word; and a
    name ending in one has the generic's type ('Upper Tesh Tribe' is no PERSON)."""
    doc = span.doc
    if span.label_ != "PERSON" and span.end < len(doc) and doc[span.end].text in _name_generics():
        span = Span(doc, span.start, span.end + 1, label=span.label_)
    generic = _generic_type(span.text)
    return Span(doc, span.start, span.end, label=generic) if generic and generic != span.label_ else span


_HYPHENS = {"-", "‐", "‑"}
_DASHES = {"—", "–", "--"}


def _split_at_dashes(span: Span) -> list[Span]:
    """'Tesco — Netto Poland': a span across a dash is two names (or a name and a phrase)."""
    cuts = [t.i for t in span if t.text in _DASHES]
    if not cuts:
        return [span]
    starts = [span.start] + [c + 1 for c in cuts]
    ends = [*cuts, span.end]
    return [Span(span.doc, a, b, label=span.label_) for a, b in zip(starts, ends, strict=True) if b > a]


@lru_cache(maxsize=1)
def _name_affixes() -> frozenset[str]:
    """Lower-case words hyphenated to a name that are not part of it ('post', 'era'), curated."""
    return frozenset(curated.cues().name_affixes)


def _acronym_names(doc: Doc, text: str, spans: list[Span]) -> list[Span]:
    """'Notes from Poland (NFP)' when the model tagged only 'Notes': the words before a bracketed
    acronym whose initials spell it (with or without the lower-case connectors) are one name, an
    organisation unless the model said otherwise, replacing the spans inside it."""
    for m in re.finditer(r"\(([A-Z][A-Za-z&.\-]{1,9})\)", text):
        letters = "".join(c for c in m.group(1) if c.isupper())
        if len(letters) < 2 or any(sp.end_char == m.start() - 1 and len(sp.text.split()) >= 2 for sp in spans):
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
            if letters in (every, capital) and all(t.is_alpha or t.text == "&" for t in cand):
                inside = [sp for sp in spans if sp.start_char < cand[-1].idx + len(cand[-1]) and cand[0].idx < sp.end_char]
                if any(sp.start_char < cand[0].idx or sp.end_char > cand[-1].idx + len(cand[-1]) for sp in inside):
                    break  # a model span reaches out of the name: leave it
                label = inside[0].label_ if len(inside) == 1 and len(inside[0]) == len(cand) else "ORG"
                name = Span(doc, cand[0].i, cand[-1].i + 1, label=label)
                spans = sorted([sp for sp in spans if sp not in inside] + [name], key=lambda sp: sp.start_char)
                break
    return spans


def _trim(span: Span) -> Span | None:
    """Trim determiners, titles, possessives and punctuation from a span's edges."""
    _, title_words = _titles()
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_punct or doc[start].lower_ in {"the", "a", "an"} or doc[start].is_space):
        start += 1
    if span.label_ == "PERSON":
        while start < end - 1 and doc[start].lower_.rstrip(".") in title_words:
            start += 1
    # 'post-Cold War', 'Cold War-era': a lower-case affix joined by a hyphen is not part of the name.
    affixes = _name_affixes()
    while start < end - 2 and doc[start].text in affixes and doc[start + 1].text in _HYPHENS:
        start += 2
    while end - 2 > start and doc[end - 1].text in affixes and doc[end - 2].text in _HYPHENS:
        end -= 2
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].is_space
                           or doc[end - 1].lower_ in {"’s", "'s"}):
        end -= 1
    if start >= end:
        return None
    trimmed = Span(doc, start, end, label=span.label_)
    # A trailing possessive glued to the last token ("Russia’s" tokenises apart, but be safe).
    return trimmed


def _extend_first_name(span: Span, in_other_spans: set[int] | frozenset[int] = frozenset()) -> Span:
    """'T. Alvarez' after 'Maria': a name that starts with an initial has its first name before it;
    so has a lone surname right after a capitalised proper noun the model left untagged
    ('Ethiopians Dejene Debela' when only 'Debela' is tagged)."""
    doc = span.doc
    _, title_words = _titles()
    if span.label_ == "PERSON" and span.start > 0 and (INITIAL.match(doc[span.start].text) or len(span) == 1):
        prev = doc[span.start - 1]
        if (prev.is_alpha and prev.text[:1].isupper() and prev.lower_ not in title_words and prev.lower_ not in CONNECTORS
                and (INITIAL.match(doc[span.start].text) or (prev.pos_ == "PROPN" and prev.i not in in_other_spans
                                                             and not prev.is_sent_start))):
            return Span(doc, span.start - 1, span.end, label="PERSON")
    return span


def _titled_names(doc: Doc, taken: list[tuple[int, int]]) -> list[Span]:
    """People the model missed right after a title: 'Gen M M Naravane', 'Minister Ana Ruiz'.
    Up to four capitalised proper nouns follow the title; at least one is a full word."""
    _, title_words = _titles()
    out = []
    i = 0
    while i < len(doc) - 1:
        tok = doc[i]
        if tok.text[:1].isupper() and tok.lower_.rstrip(".") in title_words:
            j = i + 1
            while (j < len(doc) and j - i <= 4 and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper()
                   and doc[j].lower_.rstrip(".") not in title_words and doc[j].is_alpha | bool(INITIAL.match(doc[j].text))):
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


def _is_junk(span: Span) -> bool:
    text = span.text
    if text in _non_entities():
        return True
    if "\n" in text or len(span) > 8 or not any(c.isupper() for c in text):
        return True
    if not any(c.isalpha() for c in text):
        return True
    # A title alone ('Detective Inspector'): the person it belongs to is named elsewhere.
    _, title_words = _titles()
    return all(t.lower_.rstrip(".") in title_words | _title_modifiers() for t in span)


def _char_span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    return doc.char_span(start, end, label=label, alignment_mode="strict")


@lru_cache(maxsize=1)
def _alias_pattern() -> re.Pattern[str]:
    """One alternation of every curated alias, longest first, so that at any position the longest
    alias wins ('UN Security Council' over 'Security Council') in a single pass over the text."""
    aliases = sorted((a for a in gazetteer_index().by_alias if not a.lower().startswith("the ")), key=lambda a: (-len(a), a))
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in aliases) + r")(?![\w]|\.\w)")


def _gazetteer_spans(doc: Doc, taken: list[tuple[int, int]], text: str) -> list[tuple[Span, str]]:
    """Exact alias matches (case-sensitive, whole words) that overlap nothing already taken."""
    index = gazetteer_index()
    out = []
    for m in _alias_pattern().finditer(text):
        s, e = m.start(), m.end()
        if any(s < te and ts < e for ts, te in taken):
            continue
        name, etype = index.by_alias[m.group(0)]
        span = _char_span(doc, s, e, etype)
        if span is not None:
            out.append((span, name))
            taken.append((s, e))
    return out


def _sentence_index(doc: Doc) -> list[int]:
    """Sentence index of each token."""
    out = [0] * len(doc)
    for i, sent in enumerate(doc.sents):
        for tok in sent:
            out[tok.i] = i
    return out


def _description(span: Span) -> str | None:
    """A role from an appositive: 'Ruritania’s foreign minister, Clara Vogt' or 'X, the president’s spokesman,'."""
    root = span.root
    inside = set(range(span.start, span.end))

    def phrase(tok: Token, exclude: Token | None) -> str | None:
        allowed = {t.i for t in tok.subtree} - ({t.i for t in exclude.subtree} if exclude is not None else set())
        if not allowed:
            return None
        # Only the contiguous run from the phrase's first word: a relative clause after the name
        # ('the union leader, X, who said ...') or a quotation is not part of the description.
        run = []
        i = min(allowed)
        while i in allowed and not (tok.doc[i].is_quote or "\n" in tok.doc[i].text):
            run.append(tok.doc[i])
            i += 1
        toks = [t for t in run if not (t.is_punct and t.text in {",", "—", "–", "(", ")"})]
        if not toks or any(t.i in inside for t in toks):
            return None
        words = [t for t in toks if not t.is_punct]
        if not 1 <= len(words) <= 12 or not any(t.pos_ == "NOUN" for t in toks):
            return None
        return tok.doc[toks[0].i : toks[-1].i + 1].text.strip(" ,")

    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i not in inside:
        return phrase(root.head, root)
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            return phrase(child, None)
    # "Town Hall press secretary Ana Ruiz": compound nouns right before the name.
    left = [t for t in root.lefts if t.i < span.start and t.dep_ in {"compound", "amod"}]
    if left and any(t.pos_ == "NOUN" for t in left):
        first = min(t.i for t in left)
        if all(t.dep_ in {"compound", "amod", "punct"} or t.i >= span.start for t in root.doc[first : span.start]):
            return root.doc[first : span.start].text.strip()
    return None


def _titles_before(span: Span) -> list[str]:
    """Title words right before a person's name ('President', 'Foreign Minister')."""
    _, title_words = _titles()
    out = []
    i = span.start - 1
    while i >= 0 and span.doc[i].lower_.rstrip(".") in title_words | _title_modifiers():
        out.append(span.doc[i].lower_.rstrip("."))
        i -= 1
    return out[::-1]


_PLACE_PREPOSITIONS = {"in", "at", "near"}


def _person_or_not(members: list[tuple[Span, str]]) -> str:
    """A 'person' the article never names in full, never gives a title or honorific, and never
    joins to a full name, written after a place preposition ('in Barmouth', tagged PERSON by the
    model) is a place."""
    spans = [m for m, _ in members]
    if any(len(m.text.split()) > 1 or _titles_before(m) for m in spans):
        return "PERSON"
    if any(m.start > 0 and m.doc[m.start - 1].lower_ in _PLACE_PREPOSITIONS for m in spans):
        return "GPE"
    return "PERSON"


def _agree_on_person(spans: list[tuple[Span, str | None, str]]) -> list[tuple[Span, str | None, str]]:
    """One name, one type, by the article's evidence. A name written after a title or an honorific
    ('Ms. Navaratnam', 'Judge X') is a person in all its mentions. Otherwise a name the model
    tagged PERSON less often than anything else ('Crew Dragon': PERSON once, PRODUCT twice) is not
    a person (the most frequent other label; the first seen on a tie)."""
    labels: dict[str, Counter] = {}
    titled: set[str] = set()
    for span, gaz, _ in spans:
        if gaz is None:
            labels.setdefault(span.text, Counter())[span.label_] += 1
            if _titles_before(span) and len(span.text.split()) <= 4:
                titled.add(span.text)
    out = []
    for span, gaz, method in spans:
        count = labels.get(span.text)
        if gaz is None and span.text in titled and span.label_ != "PERSON":
            span = Span(span.doc, span.start, span.end, label="PERSON")
        elif gaz is None and span.label_ == "PERSON" and span.text not in titled and count is not None:
            others = Counter({k: v for k, v in count.items() if k != "PERSON"})
            if sum(others.values()) > count["PERSON"]:
                span = Span(span.doc, span.start, span.end, label=others.most_common(1)[0][0])
        out.append((span, gaz, method))
    return out


def _surname_owner(clusters: list[dict], span: Span) -> int | None:
    """'Van Halen' or 'García Márquez' alone after 'Eddie Van Halen', 'Gabriel García Márquez': a
    surname of several words joins the latest person introduced before it whose longer name ends
    with it (a first name, not an initial, before it)."""
    words = span.text.split()
    owners = [i for i, c in enumerate(clusters) if c["type_hint"] == "PERSON" and not c["gaz"]
              and any(len(m.text.split()) > len(words) and m.text.split()[-len(words):] == words
                      and not INITIAL.match(m.text.split()[-len(words) - 1]) and m.start_char < span.start_char
                      for m, _ in c["members"])]
    return owners[-1] if owners else None


def extract_entities(doc: Doc) -> tuple[list[LocalEntity], list[MentionDraft]]:
    """Entities and mentions of one article (see module docstring)."""
    index = gazetteer_index()
    sent_of = _sentence_index(doc)

    # 1. Curated names first (they are exact), then the model's spans, trimmed and filtered.
    spans: list[tuple[Span, str | None, str]] = []  # (span, gazetteer name, method)
    in_spans = {t.i for e in doc.ents for t in e}
    model_spans = [_extend_first_name(s, in_spans) for s in (_trim(p) for e in doc.ents if e.label_ in KEEP_LABELS
                                                             for p in _split_at_dashes(e)) if s is not None]
    model_spans = [_extend_generic(s) for s in model_spans if not _is_junk(s)]
    # An extended name may now overlap the span it took its first name from; keep the person.
    persons_ = [s for s in model_spans if s.label_ == "PERSON"]
    model_spans = [s for s in model_spans if s.label_ == "PERSON" or not any(p.start < s.end and s.start < p.end for p in persons_)]
    # 'Guitarist Eddie Van Halen' in a headline: a leading word the article also writes in lower
    # case as a noun is a description, not a name, when the rest is a person named elsewhere.
    lower_nouns = {t.text for t in doc if t.is_lower and t.pos_ == "NOUN"}
    person_keys = Counter(person_key(s.text) for s in model_spans if s.label_ == "PERSON")
    model_spans = [Span(doc, s.start + 1, s.end, label="PERSON")
                   if s.label_ == "PERSON" and len(s) >= 3 and s[0].is_alpha and s[0].text.lower() in lower_nouns
                   and person_keys[person_key(s[1:].text)] > 0 and person_key(s[1:].text) != person_key(s.text) else s
                   for s in model_spans]
    text = doc.text  # Doc.text joins every token on each access: read it once
    model_spans = _acronym_names(doc, text, _join_nicknames(doc, text, model_spans))
    curated_spans = _gazetteer_spans(doc, [], text)
    # A curated match wins over the model spans it overlaps when it is at least as long.
    kept_curated = []
    for span, name in curated_spans:
        rivals = [m for m in model_spans if m.start_char < span.end_char and span.start_char < m.end_char]
        if all(len(span.text) >= len(m.text) for m in rivals):
            model_spans = [m for m in model_spans if m not in rivals]
            kept_curated.append((span, name))
    taken: list[tuple[int, int]] = [(s.start_char, s.end_char) for s, _ in kept_curated]
    for span in model_spans:
        gaz = index.by_alias.get(span.text) or index.by_key.get(normalise(span.text))
        if gaz is None and span.label_ == "PERSON":
            gaz = index.by_key.get(person_key(span.text)) if len(span.text.split()) >= 2 else None
        label = span.label_
        if gaz is not None:
            label = gaz[1]
            span = Span(doc, span.start, span.end, label=label)
        spans.append((span, gaz[0] if gaz else None, "model"))
        taken.append((span.start_char, span.end_char))
    for span in _titled_names(doc, taken):
        spans.append((span, None, "rule"))
    # 2. Curated names: 'model' where the model found the same span, else 'gazetteer'.
    model_extents = {(s.start_char, s.end_char) for s in (_trim(e) for e in doc.ents) if s is not None}
    for span, name in kept_curated:
        method = "model" if (span.start_char, span.end_char) in model_extents else "gazetteer"
        spans.append((Span(doc, span.start, span.end, label=gazetteer_index().by_alias[name][1]), name, method))
    spans.sort(key=lambda item: item[0].start_char)
    spans = _agree_on_person(spans)

    # 3. Cluster: gazetteer entries, full person names, then surnames and acronyms.
    clusters: list[dict] = []
    by_key: dict[str, int] = {}

    def cluster_for(key: str, etype: str, gaz: str | None) -> int:
        if key not in by_key:
            by_key[key] = len(clusters)
            clusters.append({"key": key, "gaz": gaz, "labels": Counter(), "members": [], "type_hint": etype})
        return by_key[key]

    pending: list[tuple[Span, str | None, str]] = []
    for span, gaz, method in spans:
        if gaz is not None:
            c = cluster_for(f"gaz:{gaz}", span.label_, gaz)
        elif span.label_ == "PERSON" and len(person_key(span.text).split()) >= 2:
            c = _surname_owner(clusters, span)
            if c is None:
                c = cluster_for(f"person:{_nickname_key(span.text)}", "PERSON", None)
        else:
            pending.append((span, gaz, method))
            continue
        clusters[c]["members"].append((span, method))
        clusters[c]["labels"][span.label_] += 1

    name_keys: dict[int, str] = {}  # cluster -> its person key (computed once)

    def key_of(i: int) -> str:
        if i not in name_keys:
            name_keys[i] = person_key(clusters[i]["gaz"] or clusters[i]["members"][0][0].text)
        return name_keys[i]

    def unique(candidates: list[int]) -> int | None:
        return candidates[0] if len(set(candidates)) == 1 else None

    generics = {g.lower() for g in curated.gazetteer().place_generics}
    defined = _acronym_definitions(text, [s for s, _, _ in spans])

    def cluster_ending_at(end: int) -> int | None:
        return unique([i for i, c in enumerate(clusters) if any(m.end_char == end for m, _ in c["members"])])

    def distinctive_owner(span: Span) -> int | None:
        """The one non-person cluster with a longer name of these words plus generic words (or,
        for a form the model did not call a place, whose name ending in one starts with it)."""
        first_word = span.label_ not in {"GPE", "LOC"}
        return unique([i for i, c in enumerate(clusters) if c["type_hint"] != "PERSON"
                       and any(span.text in _distinctive_parts(m.text, first_word) for m, _ in c["members"])])
    persons = [i for i, c in enumerate(clusters) if c["type_hint"] == "PERSON"]
    # Longer names first, so that a shorter form ('Foreign Ministry', 'Gaza', 'CIA') can join the
    # longer one it abbreviates wherever the two occur in the text.
    pending.sort(key=lambda item: (-len(item[0]), item[0].start_char))
    for span, _gaz, method in pending:
        key = normalise(span.text)
        target = None
        borrowed = False  # joined by a rule that does not trust the model's label of this span
        if span.text in defined:
            target = cluster_ending_at(defined[span.text])
            borrowed = target is not None
        last = person_key(span.text)
        if target is None and len(last.split()) == 1 and (len(span) == 1 or span.label_ == "PERSON"):
            # A surname (however the model labelled it) joins the most recent person with that surname,
            # or the one curated person with that surname; failing that, a name that is the first
            # word of exactly one person's name ('Xi' for 'Xi Jinping', family name first).
            matches = [i for i in persons if surname(key_of(i)) == last]
            if matches:
                earlier = [i for i in matches if clusters[i]["members"][0][0].start_char < span.start_char]
                target = (earlier or matches)[-1]
            elif span.label_ == "PERSON" and last in index.person_by_surname:
                gaz_name = index.person_by_surname[last]
                target = cluster_for(f"gaz:{gaz_name}", "PERSON", gaz_name)
                persons.append(target)
            elif span.label_ == "PERSON" or span.label_ not in {"GPE", "LOC", "NORP"} and len(span) == 1:
                # A first name alone, also when the model did not call it a person ('Brigid' as ORG).
                target = unique([i for i in persons if len(key_of(i).split()) > 1 and given_name(key_of(i)) == last])
                borrowed = target is not None and span.label_ != "PERSON"
        if target is None:
            # 'Brennan' after 'Brennan Construction Group', 'Springfield' after 'Springfield
            # Township', whatever the model called the short form.
            target = distinctive_owner(span)
            borrowed = target is not None
        plain = span.text.replace(".", "")
        if target is None and (span.text.isupper() or re.fullmatch(r"[A-Z]+\d+", plain)) and 2 <= len(plain) <= 6:
            target = unique([i for i, c in enumerate(clusters) if any(acronym(m.text) == plain for m, _ in c["members"])])
        if target is None and span.label_ in {"ORG", "GPE", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}:
            words = span.text.split()
            # The tail of exactly one longer name: 'Foreign Ministry' in 'Saudi Foreign Ministry'.
            tails = [i for i, c in enumerate(clusters) if c["type_hint"] != "PERSON"
                     and any(len(m.text.split()) > len(words) and m.text.split()[-len(words):] == words for m, _ in c["members"])]
            target = unique(tails)
            if target is None:
                # A place and the same place with a generic word: 'Gaza' and 'Gaza Strip' (the model
                # often mislabels the short form, so only the longer one must be a place).
                target = unique([i for i, c in enumerate(clusters) if c["labels"] and c["labels"].most_common(1)[0][0] in {"GPE", "LOC"}
                                 and any(m.text.split()[:-1] == words and m.text.split()[-1].lower() in generics for m, _ in c["members"])])
        if target is None:
            prefix = "person:" if span.label_ == "PERSON" else "name:"
            if span.label_ == "NORP" and re.search(r"(an|ian|ean)s$", key):
                key = key[:-1]  # 'Russians' and 'Russian' are one group
            target = cluster_for(prefix + (person_key(span.text) if span.label_ == "PERSON" else key), span.label_, None)
            if span.label_ == "PERSON":
                persons.append(target)
        clusters[target]["members"].append((span, method))
        if borrowed and clusters[target]["labels"]:
            clusters[target]["labels"][clusters[target]["labels"].most_common(1)[0][0]] += 1
        else:
            clusters[target]["labels"][span.label_] += 1

    # 4. Repair recall: known surface forms (and surnames of known people) the model missed.
    covered = sorted((m.start_char, m.end_char) for c in clusters for m, _ in c["members"])
    given_counts = Counter(given_name(key_of(i)) for i in persons if len(key_of(i).split()) > 1)
    for ci, c in enumerate(clusters):
        forms = {m.text for m, _ in c["members"]}
        given: set[str] = set()
        if c["type_hint"] == "PERSON" or c["labels"].most_common(1)[0][0] == "PERSON":
            forms |= {m.text.split()[-1] for m, _ in c["members"] if len(m.text.split()) >= 2}
            # A first name alone ('Brigid' after 'Brigid Kosgei'), when no other person has it.
            given = {w[0] for m, _ in c["members"] if len(w := m.text.split()) >= 2 and not INITIAL.match(w[0])
                     and given_counts[normalise(w[0])] == 1 and c["type_hint"] == "PERSON"}
            forms |= given
        else:
            # The distinctive part of a name and the acronym the article defines for it.
            forms |= {p for m, _ in c["members"] for p in _distinctive_parts(m.text)}
            forms |= {a for a, end in defined.items() if any(m.end_char == end for m, _ in c["members"])}
        for form in sorted(forms, key=len, reverse=True):
            if len(form) < 3 or not form[0].isupper():
                continue
            for m in re.finditer(rf"(?<![\w.]){re.escape(form)}(?!\w)", text):
                s, e = m.start(), m.end()
                if any(s < ce and cs < e for cs, ce in covered):
                    continue
                span = _char_span(doc, s, e, c["labels"].most_common(1)[0][0])
                if span is None or "\n" in span.text:
                    continue
                if form in given and (span[0].is_sent_start or span[0].pos_ != "PROPN"
                                      or (span.end < len(doc) and doc[span.end].text[:1].isupper())):
                    continue  # a first name is a common word, or the start of another name, too often
                c["members"].append((span, "rule"))
                covered.append((s, e))

    # 5. Materialise entities and mentions.
    entities: list[LocalEntity] = []
    mentions: list[MentionDraft] = []
    for c in clusters:
        members = sorted(c["members"], key=lambda m: m[0].start_char)
        if c["gaz"]:
            etype = index.by_alias[c["gaz"]][1]
            name = c["gaz"]
        else:
            etype = c["labels"].most_common(1)[0][0] if c["type_hint"] != "PERSON" else "PERSON"
            # A name ending in a curated generic word has its type ('Salling Group': ORG).
            generic_types = [_generic_type(m.text) for m, _ in members if _generic_type(m.text)]
            if generic_types:
                etype = Counter(generic_types).most_common(1)[0][0]
            elif etype == "PERSON":
                etype = _person_or_not(members)
            forms = [m.text for m, _ in members]
            name = max(forms, key=lambda f: (len(f.split()), not f.isupper(), len(f), -forms.index(f)))
        entity = LocalEntity(
            index=len(entities),
            name=name,
            type=etype,
            key=c["key"],
            surface_forms=sorted({m.text for m, _ in members}),
            gazetteer_name=c["gaz"],
        )
        for span, _ in members:
            if entity.description is None and etype == "PERSON":
                entity.description = _description(span)
            for t in _titles_before(span):
                if t not in entity.titles:
                    entity.titles.append(t)
        if entity.description is None and c["gaz"]:
            entity.description = index.description.get(c["gaz"])
        entities.append(entity)
        for span, method in members:
            mentions.append(MentionDraft(entity.index, span.start_char, span.end_char, span.text, sent_of[span.start], method))
    mentions.sort(key=lambda m: (m.start, m.end))
    return entities, mentions
