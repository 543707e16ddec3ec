"""Variants of one name, and a people's adjective glued to a body's acronym.

An article writes one body or people in more than one way without defining the variants: 'the
United States Geological Survey' and later 'the U.S. Geological Survey' (a curated short form of
a place inside the name), 'Indian Railways' in the body and 'Indian Railway' in a headline (a
plural and a singular head word), 'Belarussian' in a headline and 'Belarusian' in the body (a
transliterated demonym spelt with a doubled letter or without). :func:`variant_key` gives all of
them the same cluster key, so that they become one entity; two different things whose names
differ only so are rare.

The model also tags a people's adjective and the acronym of a body after it as one people
('Belarusian KGB', 'Ruritanian FSB'); :func:`split_people_acronym` cuts the acronym off as an
organisation. And it calls a name ending in a curated type suffix a person ('Indian Railway',
'Ostland University'), which :func:`unperson` corrects before the name is clustered as one.
"""

from __future__ import annotations

from collections import Counter

import re

from spacy.tokens import Doc, Span
from structnews.build.core import curated
from structnews.build.extract.entity_spans import last_word_type, titles
from structnews.build.extract.names import gazetteer_index, normalise

# A plural head word whose singular is the same name ('Railways', 'Airways'); not '-ss', '-us',
# '-is' ('Congress', 'Corpus', 'Genesis'), whose final 's' is no plural.
_PLURAL = re.compile(r"(?<![sui])s$")


def _expand_places(words: list[str]) -> list[str]:
    """The words with each curated short form of a place ('U.S.', 'UK') written as its curated
    name ('United States'), when it is a proper part of a longer name."""
    by_alias = gazetteer_index().by_alias
    out = []
    for w in words:
        entry = by_alias.get(w)
        out.append(entry[0] if entry is not None and entry[1] == "GPE" and w != entry[0] else w)
    return out


def expanded_words(text: str) -> tuple[str, ...]:
    """A name's words with its curated place short forms written out ('U.S. House' -> 'United',
    'States', 'House'), so that 'UK Office' meets 'United Kingdom Office of Water Safety'."""
    return tuple(" ".join(_expand_places(text.split())).split())


# The ending that makes a people's adjective from its noun: '-ish' ('Turk', 'Turkish'), '-ic' after
# '-at' ('Democrat', 'Democratic'); not every '-ic' ('Islam', 'Islamic' are a faith and its adjective).
_ADJECTIVE_ENDING = re.compile(r"(?:ish|(?<=at)ic)$")


def variant_key(text: str, label: str) -> str:
    """The cluster key of a name that no other rule joined (see the module docstring): a people's
    one-word name without doubled letters and without its plural 's' ('Russians' and 'Russian',
    'Belarussian' and 'Belarusian'); a longer name of any other kind with its places' curated
    names and its last word in the singular."""
    key = normalise(text)
    words = text.split()
    if label == "NORP":
        if len(words) == 1 and re.search(r"(?:ans?|ese|ish|is?)$", key):
            key = re.sub(r"([a-z])\1", r"\1", key)  # (a people's ending: not 'Aleppo' tagged NORP, which is the city)
        if re.search(r"(an|ian|ean)s$", key) or re.fullmatch(r"\w+[^s]s", key):
            key = key[:-1]  # 'Russians' and 'Russian', 'Swedes' and 'Swede' are one group (not 'New Yorkers':
            # a key of several words may be another thing's name, the magazine 'New Yorker')
            if len(words) == 1:
                key = re.sub(r"([a-z])\1", r"\1", key)  # ('Finns' as 'Finnish' below)
        if len(words) == 1 and (stem := _ADJECTIVE_ENDING.sub("", key)) != key and len(stem) >= 3:
            # A people's adjective and its plural noun are one group: 'Turkish' and 'Turks', 'Kurdish'
            # and 'Kurds', 'Democratic' and 'Democrats' (by the gold's rule for 'Russian'/'Russians').
            key = re.sub(r"([a-z])\1", r"\1", stem)
        return key
    if len(words) < 2 or label in {"GPE", "LOC", "PERSON"}:
        return key
    key = normalise(" ".join(_expand_places(words)))
    last = key.split()[-1]
    if len(last) > 3 and _PLURAL.search(last):
        key = key[:-1]
    return key


# A people's adjective by its ending ('Georgian', 'Sudanese', 'Danish', 'Iraqi').
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:an|ese|ish|i)$")


def split_people_acronym(span: Span) -> list[Span]:
    """'Belarusian KGB' tagged as one people (or as a person, 'Georgian KGB'): a people's adjective
    (capitalised words, not in capitals; for a 'person', one word with a people's ending) followed
    by an acronym (two to six capitals; three or more after a 'person': not 'Ana MP') is the
    people and a body's name."""
    if span.label_ not in {"NORP", "PERSON"} or len(span) < 2:
        return [span]
    last = span[-1]
    if not (last.is_alpha and last.is_upper and 2 <= len(last.text) <= 6) or any(t.is_upper or not t.is_alpha for t in span[:-1]):
        return [span]
    if span.label_ == "PERSON" and (len(span) != 2 or len(last.text) < 3 or not _DEMONYM.match(span[0].text)):
        return [span]
    return [Span(span.doc, span.start, span.end - 1, label="NORP"), Span(span.doc, span.end - 1, span.end, label="ORG")]


def unperson(span: Span) -> Span:
    """A 'person' whose name ends in a curated type suffix ('Indian Railway', 'Ostland Police')
    is a thing of that suffix's type: no person's family name is such a word. So is a 'person' of
    three words or more ending in a curated organisation ending ('Tulva People's Liberation
    Front'): an organisation (two words may be a person: 'Margaret Court')."""
    if span.label_ != "PERSON":
        return span
    kind = last_word_type(span.text, curated.gazetteer().type_suffixes)
    if kind is None and len(span.text.split()) >= 3 and span[-1].text in curated.gazetteer().organisation_endings:
        kind = "ORG"
    return span if kind is None else Span(span.doc, span.start, span.end, label=kind)


def hyphenated_acronyms(doc: Doc, taken: list[tuple[int, int]]) -> list[Span]:
    """'CNDD-FDD', 'ABS-CBN': acronyms joined by a hyphen, which the model leaves untagged, are an
    organisation's name. Each part is two to six capitals (no digits: not 'COVID-19') and none is a
    curated name ('UK-EU talks' are two places); the whole touches no span already taken. A curated
    generic word or type suffix right after it ends the name ('ABS-TVN Corporation')."""
    by_alias = gazetteer_index().by_alias
    kinds = {**curated.gazetteer().name_generics, **curated.gazetteer().type_suffixes}
    enders = {w for w, k in kinds.items() if k is not None}
    out = []
    i = 0
    while i < len(doc) - 2:
        parts = [doc[i]]
        j = i
        while j + 2 < len(doc) and doc[j + 1].text in {"-", "‐", "‑"} and not doc[j].whitespace_ and not doc[j + 1].whitespace_:
            parts.append(doc[j + 2])
            j += 2
        if len(parts) >= 2 and all(p.is_alpha and p.is_upper and 2 <= len(p.text) <= 6 and p.text not in by_alias for p in parts):
            end = j + 1
            if end < len(doc) and doc[j].whitespace_ and (doc[end].text in enders):
                end += 1  # 'ABS-TVN Corporation': with a generic word or type suffix after it, the whole name
            span = Span(doc, i, end, label=last_word_type(doc[i:end].text, kinds) or "ORG" if end > j + 1 else "ORG")
            if (i == 0 or doc[i - 1].whitespace_ or doc[i - 1].is_punct) and not any(
                    span.start_char < te and ts < span.end_char for ts, te in taken):
                out.append(span)
                taken.append((span.start_char, span.end_char))
        i = j + 1 if j > i else i + 1
    return out


def appositive_names(doc: Doc, taken: list[tuple[int, int]]) -> list[Span]:
    """'the ruling party, PSUV,', 'the rebel group ELN', 'PSUV, the ruling party', 'Zorya, a
    business daily,': an acronym or a capitalised word the model leaves untagged, set in apposition
    to a curated organisation, institution or publication noun (``organisation_nouns``,
    ``institution_nouns``, ``publication_nouns``), is that body's name (with the capitalised words
    compounded before it: 'Novaya Gazeta, the newspaper'). Two to six capitals, or a word in title
    case, no curated name (a place's code is no body) nor title ('the opponent MP Ana Ruiz'), not
    the first word of the sentence unless the appositive follows it after a comma ('Rosneft, the
    state oil company, said'), touching no span already taken."""
    by_alias = gazetteer_index().by_alias
    cues = curated.cues()
    nouns = frozenset(cues.organisation_nouns) | frozenset(cues.institution_nouns) | frozenset(cues.publication_nouns)
    out = []
    for t in doc:
        acronym = t.is_alpha and t.is_upper and 2 <= len(t.text) <= 6
        titled = t.is_alpha and len(t.text) >= 3 and t.text[:1].isupper() and t.text[1:].islower() and t.pos_ in {"PROPN", "NOUN"}
        if not (acronym or titled) or t.text in by_alias or t.ent_type_ or t.lower_ in titles()[1]:
            continue
        beside = [t.head] if t.dep_ == "appos" else []
        beside += [c for c in t.children if c.dep_ == "appos" or c.dep_ == "compound" and c.i == t.i - 1]
        if titled:  # a word in title case: only an appositive set off by a comma after it, or a common noun right before it
            beside = [b for b in beside if b.i > t.i and t.i + 1 < len(doc) and doc[t.i + 1].text == ","
                      or b.i < t.i and b.head.i == t.i and not t.is_sent_start]
        start = t.i
        while titled and start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == t.i and doc[start - 1].pos_ == "PROPN" \
                and doc[start - 1].text[:1].isupper() and not doc[start - 1].ent_type_:
            start -= 1
        if any(b.is_lower and b.lemma_.lower() in nouns for b in beside) and not any(
                doc[start].idx < te and ts < t.idx + len(t.text) for ts, te in taken):
            span = Span(doc, start, t.i + 1, label="ORG")
            out.append(span)
            taken.append((span.start_char, span.end_char))
    return out


def join_campus(spans: list[Span]) -> list[Span]:
    """'University of California, Berkeley', 'University of Texas at Austin': a body's name that
    opens with a curated campus head (``campus_heads``) and ends in 'of <Name>', followed by a
    comma or 'at' and a place the model tagged alone, is one name with its campus, when the place
    ends there (punctuation or a lower-case word after it: not 'at Austin Energy')."""
    heads = frozenset(curated.gazetteer().campus_heads)
    out: list[Span] = []
    for sp in spans:
        prev = out[-1] if out else None
        doc = sp.doc
        if (prev is not None and prev.label_ == "ORG" and prev[0].text in heads and len(prev) >= 3 and prev[-2].lower_ == "of"
                and sp.start == prev.end + 1 and doc[prev.end].text in {",", "at"} and sp.label_ in {"GPE", "LOC"}
                and (sp.end == len(doc) or not doc[sp.end].text[:1].isupper())):
            out[-1] = Span(doc, prev.start, sp.end, label="ORG")
            continue
        out.append(sp)
    return out


_GLOTTAL_MARKS = frozenset({"’", "'", "ʼ", "ʻ", "‘"})


def _marked_word(text: str) -> bool:
    """'Fa'atau', 'Mahe'a', 'Salih’': a word with an apostrophe that is a letter of the name (an
    'okina or an ayn of a transliteration), not a possessive ("Ana's")."""
    return any(m in text for m in _GLOTTAL_MARKS) and not text.endswith(("'s", "’s")) and text[:1].isupper()


def join_apostrophe_names(spans: list[Span]) -> list[Span]:
    """'Kareem Salih’' + 'al-Moussawi', "Fa'atau Leuatea" + 'Polataivao Fonoti': the model cuts a
    person's name at an apostrophe that is a letter of it (Arabic, Polynesian and Hawaiian names),
    leaving two spans, the first often of another type. A person's span right after another span of
    capitalised words, with only a space between, is one person with it when the first span holds
    such a word, written nowhere else as a name of its own ("Lenton Shi'a Nizari" + 'Asheri Jamaat',
    in an article that writes "Shi'a" elsewhere, is a body's name the model cut, not a person's); or when
    only the apostrophe, glued to the first span's last word, stands between."""
    if not spans:
        return spans
    seen = Counter(t.text for t in spans[0].doc)
    out: list[Span] = []
    for sp in spans:
        prev = out[-1] if out else None
        doc = sp.doc
        if prev is not None and sp.label_ == "PERSON" and prev.label_ in {"PERSON", "ORG", "GPE", "NORP", "FAC"}:
            glued = (prev.end + 1 == sp.start and doc[prev.end].text in _GLOTTAL_MARKS and not prev[-1].whitespace_
                     and doc[prev.end].whitespace_ and prev.label_ == "PERSON")
            beside = (prev.end == sp.start and prev[-1].whitespace_ == " " and any(_marked_word(t.text) for t in prev)
                      and all(t.text[:1].isupper() and (not _marked_word(t.text) or seen[t.text] == 1) for t in prev))
            if glued or beside:
                out[-1] = Span(doc, prev.start, sp.end, label="PERSON")
                continue
        out.append(sp)
    return out


def join_place_pieces(spans: list[Span]) -> list[Span]:
    """'Punta' (a place) + 'Ventana' (a 'people') in 'the Punta Ventana rock formation': two spans
    with only a space between, the first a modifier of the second, neither curated, the second
    tagged a people without a people's ending and modifying a common noun after it, are one
    place's name (not 'a California Democrat', a place's party member)."""
    by_alias = gazetteer_index().by_alias
    out: list[Span] = []
    for sp in spans:
        prev = out[-1] if out else None
        if (prev is not None and prev.end == sp.start and prev.label_ in {"GPE", "LOC"} and sp.label_ == "NORP" and len(sp) == 1
                and prev[-1].whitespace_ == " " and prev[-1].dep_ == "compound" and prev[-1].head.i == sp.start
                and not _DEMONYM.match(sp.text) and not sp.text.endswith("s") and prev.text not in by_alias and sp.text not in by_alias
                and sp.end < len(sp.doc) and sp.doc[sp.end].is_lower and sp.doc[sp.end].pos_ == "NOUN" and sp[-1].head.i >= sp.end):
            out[-1] = Span(sp.doc, prev.start, sp.end, label=prev.label_)
            continue
        out.append(sp)
    return out


def is_profession(span: Span) -> bool:
    """'Seismologists have buried sensors': one word with a curated ending of a profession's noun
    (``profession_endings``) is no name, whatever the model called it."""
    endings = curated.cues().profession_endings
    return len(span) == 1 and span[0].is_alpha and any(span.text.lower().endswith(e) for e in endings)


def place_adjective(span: Span) -> Span:
    """'Middle Eastern disputes': a 'place' whose last word is an adjective of a direction (ending
    in '-ern', the parser's modifier of a noun after it) names the people or region of that
    adjective, a NORP like 'Arab' or 'Western'; not 'Western Australia', whose last word is the name."""
    last = span[-1]
    if (span.label_ in {"GPE", "LOC"} and last.text.endswith("ern") and last.text[:1].isupper() and len(last.text) >= 6
            and last.dep_ == "amod" and last.head.i >= span.end):
        return Span(span.doc, span.start, span.end, label="NORP")
    return span


def merge_same_forms(clusters: list[dict]) -> list[dict]:
    """One name, one entity: clusters (not curated) written in exactly the same forms are one
    entity, whatever labels the model gave their mentions. The model labels the same name
    differently from one sentence to the next ('in Tuvel' GPE, 'at Ostmark, Tuvel' PERSON; 'Green
    Meadows' GPE, then ORG, whose key drops a plural 's'), and the labels key the clusters apart.
    Only the same set of forms: 'Washington' alone is not 'George Washington' and 'Washington'.
    The labels add up; the type is then decided on all mentions (entity_types.cluster_type)."""
    first: dict[frozenset[str], dict] = {}
    out = []
    for c in clusters:
        forms = frozenset(m.text for m, _ in c["members"])
        if c["gaz"] or not forms:
            out.append(c)
            continue
        if forms not in first:
            first[forms] = c
            out.append(c)
            continue
        keep = first[forms]
        keep["members"].extend(c["members"])
        keep["labels"].update(c["labels"])
        if keep["type_hint"] != c["type_hint"]:
            keep["type_hint"] = None  # (a person and a place: the labels and the cues decide)
    return out


def plural_peoples(members: list[list[Span]], types: list[str]) -> dict[int, int]:
    """'Greeks' beside 'Greek', 'Rebelites' beside 'Rebelite': a one-word name written only as the
    plural of a word the article names as a people or an organisation ('a Rebelite spokesman') is
    that group when the model called it a person or a people (it calls 'Greeks' a person at
    times, and the clustering keys a person apart); a place stays ('Philippines' beside
    'Philippine'). Returns entity index -> the people's index."""
    peoples = {m.text: i for i, spans in enumerate(members) if types[i] in ("NORP", "ORG") for m in spans if len(m) == 1}
    out: dict[int, int] = {}
    for j, spans in enumerate(members):
        texts = {m.text for m in spans}
        if types[j] not in ("PERSON", "NORP") or len(texts) != 1 or any(len(m) != 1 for m in spans):  # (not the place 'Philippines')
            continue
        word = texts.pop()
        if word.endswith("s") and not word.endswith("ss") and (i := peoples.get(word[:-1])) is not None and i != j:
            out[j] = i
    return out


def display_name(spans: list[Span], headline: tuple[int, frozenset[str]] = (0, frozenset())) -> str:
    """The name an entity is shown by: its fullest form (most words, not all capitals, longest),
    without an editor's brackets ('[Prime Minister Haidar] al-Abadi'). A form written only in a
    title-cased headline loses to the body's forms when the body writes one of its words in no
    name (``headline``, from :func:`headline_names`): there the model runs a name into the
    headline's other capitalised words ('Senator Ann Lind Grills Harbour Bank Chief', 'Farm
    Groups Slam Ann Lind'). A headline form whose every word the body writes in some name
    stays ('Puerto Rico Supreme Court' over the body's 'Supreme Court')."""
    headline_end, named = headline
    if headline_end:
        spans = [sp for sp in spans if sp.start_char >= headline_end or all(t.text in named or not t.is_alpha for t in sp)] or spans
    forms = [" ".join(re.sub(r"[\[\]]", "", sp.text).split()) for sp in spans]
    return max(forms, key=lambda f: (len(f.split()), not f.isupper(), len(f), -forms.index(f)))


def headline_names(doc: Doc) -> tuple[int, frozenset[str]]:
    """Once per article, for :func:`display_name`: where a title-cased headline ends (0 when the
    article has none) and the words the body writes in a name, with the stop words."""
    end = _title_cased_headline_end(doc)
    if not end:
        return 0, frozenset()
    return end, frozenset({t.text for e in doc.ents if e.start_char >= end for t in e} | {t.text for t in doc if t.is_stop})


def split_headline_spans(spans: list[Span], headline: tuple[int, frozenset[str]]) -> list[Span]:
    """A title-cased headline's name spans cut at the words the body writes in no name: the model
    runs a headline's capitalised verb and its object into one name ('Ann Lind Slams Ivo Sark',
    'Harbour Bank Unveils New Ferry'), which would merge two people into one. Each run of the
    span that holds a word the body writes in a name (or capitalised inside a sentence) is kept, with the span's label ('Ann Lind',
    'Ivo Sark'; 'Harbour Bank'); the runs of words the body never names are dropped ('New
    Ferry'). A span whose every word the body names, or none, is left as it is: there is nothing
    to tell the name from the headline's other words."""
    if not spans:
        return spans
    doc = spans[0].doc
    end, named = headline  # (from headline_names)
    if not end:
        return spans
    # and the body's capitalised words the model may have left untagged: inside a sentence, or
    # opening one when the body never writes them in lower case
    lower = {t.text for t in doc if t.idx >= end and t.is_lower}
    named = named | {t.text for t in doc if t.idx >= end and t.is_alpha and t.text[0].isupper()
                     and not (t.is_sent_start and t.text.lower() in lower)}
    out: list[Span] = []
    for sp in spans:
        words = [t for t in sp if t.is_alpha]
        unnamed = [t for t in words if t.text not in named]
        if sp.end_char > end or len(sp) < 2 or not unnamed or len(unnamed) == len(words):
            out.append(sp)
            continue
        runs: list[list[int]] = [[]]
        for t in sp:
            if t.is_alpha and t.text not in named:
                runs.append([])
            else:
                runs[-1].append(t.i)
        for run in runs:
            while run and (doc[run[0]].is_stop or doc[run[0]].is_punct):
                run.pop(0)
            while run and (doc[run[-1]].is_stop or doc[run[-1]].is_punct):
                run.pop()
            if run and any(doc[i].is_alpha for i in run):
                out.append(Span(doc, run[0], run[-1] + 1, label=sp.label_))
    return out


def _title_cased_headline_end(doc: Doc) -> int:
    """Where the article's first line ends when it is a title-cased headline (at least four words,
    every one capitalised but short function words: 'Farm Groups Slam X Over Plan'), else 0."""
    end = doc.text.find("\n")
    if end <= 0:
        return 0
    words = re.findall(r"[^\W\d_]+", doc.text[:end])
    lower = [w for w in words if w[0].islower() and w not in _TITLE_CASE_LOWER]
    return end if len(words) >= 4 and not lower else 0


# Short function words a title-cased headline leaves in lower case.
_TITLE_CASE_LOWER = frozenset("a an the of in on at to for and or but nor by with from as vs via per into over up".split())
