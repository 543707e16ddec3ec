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
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import numpy
from spacy.attrs import LOWER, SENT_START
from spacy.tokens import Doc, Span, Token
from structnews.build.core import curated
from structnews.build.extract.drafts import LocalEntity, MentionDraft
from structnews.schema.entities import EntityType

KEEP_LABELS = {t.value for t in EntityType}
_CONNECTORS = {"of", "and", "for", "the", "in", "on", "de", "&"}
_INITIAL = re.compile(r"^[A-Z]\.?$")


def normalise(text: str) -> str:
    """Lower-case ASCII-folded key with punctuation removed ('U.S.' -> 'us')."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    folded = re.sub(r"^(the)\s+", "", folded.strip(), flags=re.IGNORECASE)
    return re.sub(r"[^a-z0-9 ]+", "", folded.lower().replace("-", " ")).strip()


def person_key(text: str) -> str:
    """'Maria T. Alvarez' and 'Maria Alvarez' -> 'maria alvarez'; 'Alvarez' -> 'alvarez'."""
    words = [w for w in text.split() if not _INITIAL.match(w)]
    words = [w for w in words if normalise(w) not in {"jr", "sr", "ii", "iii"}]
    if len(words) >= 2:
        words = [words[0], words[-1]]
    return normalise(" ".join(words))


def acronym(text: str) -> str:
    """'Central Intelligence Agency' -> 'CIA'; numbers stay whole: 'Group of 20' -> 'G20'."""
    return "".join(w if w.isdigit() else w[0] for w in text.split()
                   if w.isdigit() or (w[:1].isupper() and w.lower() not in _CONNECTORS))


@dataclass(frozen=True)
class GazetteerIndex:
    by_alias: dict[str, tuple[str, str]]  # exact surface -> (canonical name, type)
    by_key: dict[str, tuple[str, str]]  # normalised surface -> (canonical name, type)
    description: dict[str, str | None]
    person_by_surname: dict[str, str]  # surname key -> canonical name, for surnames unique in the gazetteer


@lru_cache(maxsize=1)
def gazetteer_index() -> GazetteerIndex:
    by_alias: dict[str, tuple[str, str]] = {}
    by_key: dict[str, tuple[str, str]] = {}
    description: dict[str, str | None] = {}
    for entry in curated.gazetteer().entities:
        etype = entry.type.value if hasattr(entry.type, "value") else str(entry.type)
        description[entry.name] = entry.description
        for form in [entry.name, *entry.aliases]:
            by_alias[form] = (entry.name, etype)
            key = person_key(form) if etype == "PERSON" else normalise(form)
            by_key.setdefault(key, (entry.name, etype))
    surnames: dict[str, set[str]] = {}
    for entry in curated.gazetteer().entities:
        if entry.type == EntityType.PERSON or entry.type == "PERSON":
            for form in [entry.name, *entry.aliases]:
                surnames.setdefault(person_key(form).split()[-1], set()).add(entry.name)
    unique = {k: next(iter(v)) for k, v in surnames.items() if len(v) == 1}
    return GazetteerIndex(by_alias, by_key, description, unique)


@lru_cache(maxsize=1)
def _non_entities() -> frozenset[str]:
    return frozenset(curated.cues().non_entities)


@lru_cache(maxsize=1)
def _titles() -> tuple[set[str], set[str]]:
    cues = curated.cues()
    titles = {t.lower().rstrip(".") for t in cues.titles}
    title_words = {w for t in titles for w in t.split()} - _CONNECTORS - {"state"}
    return titles, title_words


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
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].is_space
                           or doc[end - 1].lower_ in {"’s", "'s"}):
        end -= 1
    if start >= end:
        return None
    trimmed = Span(doc, start, end, label=span.label_)
    # A trailing possessive glued to the last token ("Russia’s" tokenises apart, but be safe).
    return trimmed


def _extend_first_name(span: Span) -> Span:
    """'T. Alvarez' after 'Maria': a name that starts with an initial has its first name before it."""
    doc = span.doc
    _, title_words = _titles()
    if span.label_ == "PERSON" and span.start > 0 and _INITIAL.match(doc[span.start].text):
        prev = doc[span.start - 1]
        if prev.is_alpha and prev.text[:1].isupper() and prev.lower_ not in title_words and prev.lower_ not in _CONNECTORS:
            return Span(doc, span.start - 1, span.end, label="PERSON")
    return span


def _titled_names(doc: Doc, taken: list[tuple[int, int]]) -> list[Span]:
    """People the model missed right after a title: 'Gen M M Naravane', 'Minister Ana Ruiz'.
    Up to four capitalised proper nouns follow the title; at least one is a full word."""
    _, title_words = _titles()
    out = []
    # Only tokens whose lower-case form is a title word can start a name: find them on the array
    # of lower-case forms instead of making a Token of every word.
    lowers = doc.to_array(LOWER)
    strings = doc.vocab.strings
    titled = {h for h in set(lowers.tolist()) if strings[h].rstrip(".") in title_words}
    i = 0
    for c in (numpy.flatnonzero(numpy.isin(lowers[:-1], numpy.array(sorted(titled), dtype=numpy.uint64))).tolist() if titled else []):
        if c < i:
            continue  # inside the name after the previous title
        i = c
        tok = doc[i]
        if tok.text[:1].isupper():
            j = i + 1
            while (j < len(doc) and j - i <= 4 and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper()
                   and doc[j].lower_.rstrip(".") not in title_words and doc[j].is_alpha | bool(_INITIAL.match(doc[j].text))):
                j += 1
            if j > i + 1 and any(len(t.text) > 2 for t in doc[i + 1 : j]):
                span = Span(doc, i + 1, j, label="PERSON")
                if not any(span.start_char < te and ts < span.end_char for ts, te in taken):
                    out.append(span)
                    taken.append((span.start_char, span.end_char))
            i = j
    return out


def _is_junk(span: Span) -> bool:
    text = span.text
    if text in _non_entities():
        return True
    if "\n" in text or len(span) > 8 or not any(c.isupper() for c in text):
        return True
    if not any(c.isalpha() for c in text):
        return True
    return False


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


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \w matches in a str pattern


def _whole_word_occurrences(text: str, form: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each occurrence of ``form`` not inside a word or after a dot, left to right
    and not overlapping: what ``re.finditer(rf"(?<![\\w.]){re.escape(form)}(?!\\w)", text)``
    finds, without compiling a pattern per form."""
    start = text.find(form)
    while start >= 0:
        end = start + len(form)
        if (start == 0 or not (_is_word_char(text[start - 1]) or text[start - 1] == ".")) and (
                end == len(text) or not _is_word_char(text[end])):
            yield start, end
            start = text.find(form, end)
        else:
            start = text.find(form, start + 1)


def _sentence_index(doc: Doc) -> list[int]:
    """Sentence index of each token: how many sentences start after the first token up to it
    (what ``doc.sents`` walks, counted on the array of sentence starts)."""
    if len(doc) and doc.has_annotation("SENT_START") and "sents" not in doc.user_hooks:
        starts = doc.to_array(SENT_START)
        starts[0] = 0
        return numpy.cumsum(starts == 1).tolist()
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
    while i >= 0 and span.doc[i].lower_.rstrip(".") in title_words | {"foreign", "prime", "vice", "defense", "press"}:
        out.append(span.doc[i].lower_.rstrip("."))
        i -= 1
    return out[::-1]


def extract_entities(doc: Doc) -> tuple[list[LocalEntity], list[MentionDraft]]:
    """Entities and mentions of one article (see module docstring)."""
    index = gazetteer_index()
    sent_of = _sentence_index(doc)

    # 1. Curated names first (they are exact), then the model's spans, trimmed and filtered.
    spans: list[tuple[Span, str | None, str]] = []  # (span, gazetteer name, method)
    model_spans = [_extend_first_name(s) for s in (_trim(e) for e in doc.ents if e.label_ in KEEP_LABELS) if s is not None]
    model_spans = [s for s in model_spans if not _is_junk(s)]
    # An extended name may now overlap the span it took its first name from; keep the person.
    persons_ = [s for s in model_spans if s.label_ == "PERSON"]
    model_spans = [s for s in model_spans if s.label_ == "PERSON" or not any(p.start < s.end and s.start < p.end for p in persons_)]
    text = doc.text  # Doc.text joins every token on each access: read it once
    surfaces: dict[tuple[int, int], tuple[str, list[str]]] = {}

    def surface(span: Span) -> tuple[str, list[str]]:
        """A span's text and its words. Span.text joins the span's tokens on every access, and the
        clustering below compares every member of every cluster: slice the text once per span."""
        key = (span.start, span.end)
        found = surfaces.get(key)
        if found is None:
            found = surfaces[key] = (words := text[span.start_char : span.end_char], words.split())
        return found

    acronyms: dict[str, str] = {}

    def acronym_of(span: Span) -> str:
        words = surface(span)[0]
        if words not in acronyms:
            acronyms[words] = acronym(words)
        return acronyms[words]
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
            c = cluster_for(f"person:{person_key(span.text)}", "PERSON", None)
        else:
            pending.append((span, gaz, method))
            continue
        clusters[c]["members"].append((span, method))
        clusters[c]["labels"][span.label_] += 1

    name_keys: dict[int, list[str]] = {}  # cluster -> words of its person key (computed once)

    def key_words(i: int) -> list[str]:
        if i not in name_keys:
            name_keys[i] = person_key(clusters[i]["gaz"] or surface(clusters[i]["members"][0][0])[0]).split()
        return name_keys[i]

    def surname(i: int) -> str:
        return key_words(i)[-1]

    def given_name(i: int) -> str:
        return key_words(i)[0]

    def unique(candidates: list[int]) -> int | None:
        return candidates[0] if len(set(candidates)) == 1 else None

    generics = {g.lower() for g in curated.gazetteer().place_generics}
    persons = [i for i, c in enumerate(clusters) if c["type_hint"] == "PERSON"]
    # Longer names first, so that a shorter form ('Foreign Ministry', 'Gaza', 'CIA') can join the
    # longer one it abbreviates wherever the two occur in the text.
    pending.sort(key=lambda item: (-len(item[0]), item[0].start_char))
    for span, _gaz, method in pending:
        key = normalise(span.text)
        target = None
        last = person_key(span.text)
        if len(last.split()) == 1 and (len(span) == 1 or span.label_ == "PERSON"):
            # A surname (however the model labelled it) joins the most recent person with that surname,
            # or the one curated person with that surname; failing that, a name that is the first
            # word of exactly one person's name ('Xi' for 'Xi Jinping', family name first).
            matches = [i for i in persons if surname(i) == last]
            if matches:
                earlier = [i for i in matches if clusters[i]["members"][0][0].start_char < span.start_char]
                target = (earlier or matches)[-1]
            elif span.label_ == "PERSON" and last in index.person_by_surname:
                gaz_name = index.person_by_surname[last]
                target = cluster_for(f"gaz:{gaz_name}", "PERSON", gaz_name)
                persons.append(target)
            elif span.label_ == "PERSON":
                target = unique([i for i in persons if len(key_words(i)) > 1 and given_name(i) == last])
        plain = span.text.replace(".", "")
        if target is None and (span.text.isupper() or re.fullmatch(r"[A-Z]+\d+", plain)) and 2 <= len(plain) <= 6:
            target = unique([i for i, c in enumerate(clusters) if any(acronym_of(m) == plain for m, _ in c["members"])])
        if target is None and span.label_ in {"ORG", "GPE", "LOC", "FAC", "EVENT"}:
            words = span.text.split()
            # The tail of exactly one longer name: 'Foreign Ministry' in 'Saudi Foreign Ministry'.
            tails = [i for i, c in enumerate(clusters) if c["type_hint"] != "PERSON"
                     and any(len(surface(m)[1]) > len(words) and surface(m)[1][-len(words):] == words for m, _ in c["members"])]
            target = unique(tails)
            if target is None:
                # A place and the same place with a generic word: 'Gaza' and 'Gaza Strip' (the model
                # often mislabels the short form, so only the longer one must be a place).
                target = unique([i for i, c in enumerate(clusters)
                                 if any(surface(m)[1][:-1] == words and surface(m)[1][-1].lower() in generics for m, _ in c["members"])
                                 and c["labels"] and c["labels"].most_common(1)[0][0] in {"GPE", "LOC"}])
        if target is None:
            prefix = "person:" if span.label_ == "PERSON" else "name:"
            if span.label_ == "NORP" and re.search(r"(an|ian|ean)s$", key):
                key = key[:-1]  # 'Russians' and 'Russian' are one group
            target = cluster_for(prefix + (person_key(span.text) if span.label_ == "PERSON" else key), span.label_, None)
            if span.label_ == "PERSON":
                persons.append(target)
        clusters[target]["members"].append((span, method))
        clusters[target]["labels"][span.label_] += 1

    # 4. Repair recall: known surface forms (and surnames of known people) the model missed.
    covered = sorted((m.start_char, m.end_char) for c in clusters for m, _ in c["members"])
    for ci, c in enumerate(clusters):
        forms = {surface(m)[0] for m, _ in c["members"]}
        if c["type_hint"] == "PERSON" or c["labels"].most_common(1)[0][0] == "PERSON":
            forms |= {surface(m)[1][-1] for m, _ in c["members"] if len(surface(m)[1]) >= 2}
        for form in sorted(forms, key=len, reverse=True):
            if len(form) < 3 or not form[0].isupper():
                continue
            for s, e in _whole_word_occurrences(text, form):
                if any(s < ce and cs < e for cs, ce in covered):
                    continue
                span = _char_span(doc, s, e, c["labels"].most_common(1)[0][0])
                if span is None or "\n" in span.text:
                    continue
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
            forms = [surface(m)[0] for m, _ in members]
            name = max(forms, key=lambda f: (len(f.split()), not f.isupper(), len(f), -forms.index(f)))
        entity = LocalEntity(
            index=len(entities),
            name=name,
            type=etype,
            key=c["key"],
            surface_forms=sorted({surface(m)[0] for m, _ in members}),
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
            mentions.append(MentionDraft(entity.index, span.start_char, span.end_char, surface(span)[0], sent_of[span.start], method))
    mentions.sort(key=lambda m: (m.start, m.end))
    return entities, mentions
