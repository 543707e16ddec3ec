"""How strongly the article writes a name as a place, mention by mention.

The small model calls towns, districts and islands it does not know PERSON (or ORG), but the
article writes them where places stand: 'in X', 'near X', 'in Saqqa, Tuvel and X', 'north of X',
'the mayor of X', "X's mayor", 'troops were deployed to X', and, less surely, 'at X', 'from X',
'between X and Y'. :func:`place_weight` scores one mention; :func:`entity_types.cluster_type`
weighs the scores of all mentions of an entity against its mentions' number, so that one stray
'from X' does not make a person a place, while a place written now and then as a sentence's
subject is still one. :func:`speaks` is the counter-evidence: a place says nothing. The words
are curated (``place_prepositions``, ``weak_place_prepositions``, ``place_of_nouns``,
``place_to_verbs`` in ``data/curated/gazetteer.yaml``); this module only knows where they stand.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token
from structnews.build.core import curated
from structnews.build.extract.entity_bounds import APOSTROPHES
from structnews.build.extract.names import demonym_forms, gazetteer_index


@lru_cache(maxsize=1)
def _place_prepositions() -> frozenset[str]:
    return frozenset(w.lower() for w in curated.gazetteer().place_prepositions)


def in_place_position(span: Span) -> bool:
    """Whether a mention is the object of a preposition of location, or a conjunct of that
    object: 'tombs in Saqqa and Tuvel', 'near Ostrel'. (Curated ``place_prepositions``.)"""
    doc = span.doc
    tok = span.root
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ not in _place_prepositions():
        return False
    # The object's name follows the preposition at once: the parser hangs a subject on an opening
    # 'In' ('In the blog post Ana Ruiz, the firm's chief, said'), and joins a list of subjects to
    # the place before them ('In Ostrel, Tellow and Brinmoor said'): not when a finite verb follows.
    if any(t.pos_ not in {"PROPN", "DET", "PUNCT"} for t in doc[tok.head.i + 1 : tok.i]):
        return False
    end = max(t.i for t in tok.subtree)
    return end + 1 >= len(doc) or doc[end + 1].tag_ not in {"VBD", "VBZ", "VBP", "MD"}


@lru_cache(maxsize=1)
def _place_of_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in curated.gazetteer().place_of_nouns)


@lru_cache(maxsize=1)
def _place_to_verbs() -> frozenset[str]:
    return frozenset(w.lower() for w in curated.gazetteer().place_to_verbs)


@lru_cache(maxsize=1)
def _weak_place_prepositions() -> frozenset[str]:
    return frozenset(w.lower() for w in curated.gazetteer().weak_place_prepositions)




def _list_opener(span: Span) -> tuple[Token | None, bool]:
    """The word before the enumeration a name ends or continues ('in' of 'in Saqqa, Tuvel and
    Ostrel'), or the word right before the name when it is no list's later item. A later item
    follows 'and'/'or' (with a comma or 'the'), or a comma when the list goes on to its 'and';
    the items are capitalised words (hyphens and 'el', 'de' inside). And whether it is a later item."""
    doc = span.doc
    k = span.start - 1
    while k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 0:
        return None, False
    later = doc[k].lower_ in {"and", "or"} or doc[k].text == "," and _list_goes_on(span)
    if not later:
        return doc[k], False
    while k >= 0 and span.start - k <= 16:
        t = doc[k]
        if t.lower_ in {"and", "or", "the"} or t.text in {",", "-", "‐"} or t.text[:1].isupper() or t.is_lower and t.text in _NAME_PARTICLES:
            k -= 1
            continue
        return t, True
    return None, True


def _list_goes_on(span: Span) -> bool:
    """After the name, the enumeration goes on to its 'and'/'or' over commas and capitalised words
    ('Ostmark, X, and Tuvel'); not an appositive ('in Ostmark, Ana Ruiz, the minister's brother')."""
    doc = span.doc
    for t in doc[span.end : min(len(doc), span.end + 12)]:
        if t.lower_ in {"and", "or"}:
            return True
        if not (t.text in {",", "-", "‐"} or t.text[:1].isupper() or t.is_lower and t.text in _NAME_PARTICLES):
            return False
    return False


_NAME_PARTICLES = {"el", "al", "de", "del", "la", "le", "da", "di", "van", "von", "bin"}


def place_weight(span: Span) -> float:
    """How strongly one mention is written as a place: 1 for the object of a place preposition
    ('in X', 'near X and Y', 'in Saqqa, Tuvel and X'), 'north of X', 'the mayor of X' and "X's
    mayor" (curated ``place_of_nouns``), 'to X' after a verb of movement ('troops were sent to X';
    curated ``place_to_verbs``); 0.5 for 'at X', 'from X' (curated ``weak_place_prepositions``:
    they take people too); else 0. Not a possessive ('in X's office' is a person's), a name
    modifying a word after it ('in the X case', 'in Martian brines'), nor a list's later item a
    finite verb follows ('In Ostrel, Tellow and Ruiz said': subjects after an opening place)."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.text in APOSTROPHES:
        nxt = doc[span.end + 1] if span.end + 1 < len(doc) else None
        return 1.0 if nxt is not None and nxt.lower_ in _place_of_nouns() else 0.0
    if after is not None and after.is_lower and (after.pos_ in {"NOUN", "PROPN", "ADJ"} and span.root.head.i >= span.end
                                                 or after.tag_ == "NNS"):
        return 0.0  # a modifier: 'in the X case', 'in Martian brines', 'the Northern and X lines'
    if in_place_position(span):
        return 1.0
    word, later = _list_opener(span)
    if word is None or later and after is not None and after.tag_ in {"VBD", "VBZ", "VBP", "MD"}:
        return 0.0
    if word.lower_ in _place_prepositions():
        return 1.0
    if word.lower_ == "of" and word.i >= 1 and doc[word.i - 1].lower_ in _place_of_nouns():
        return 1.0
    if word.lower_ == "to" and word.head.pos_ == "VERB" and word.head.lemma_.lower() in _place_to_verbs():
        return 1.0
    return 0.5 if word.lower_ in _weak_place_prepositions() and word.pos_ == "ADP" else 0.0


def speaks(span: Span) -> bool:
    """The mention is the subject of a speech verb (curated ``verbs``: 'X said', 'X told'): a
    person or a body, never a place the model mistook for a person."""
    root = span.root
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in curated.cue_words("verbs")


def demonym_places(members: list[list[Span]], types: list[str]) -> list[str]:
    """'Ruritania' typed PERSON in an article that also writes 'Ruritanian': a 'person' only ever
    written as one word (never with a first name), whose adjective of nationality
    (:func:`~.names.demonym_forms`) the article uses as a people's name, is that place."""
    peoples = {s.text.lower() for spans, t in zip(members, types, strict=True) if t == "NORP" for s in spans}
    out = list(types)
    for i, (spans, t) in enumerate(zip(members, types, strict=True)):
        if t == "PERSON" and spans and all(len(s) == 1 for s in spans) and peoples & demonym_forms(spans[0].text):
            out[i] = "GPE"
    return out


def split_trailing_region(spans: list[Span]) -> list[Span]:
    """'the United Nations West Africa envoy': a body's curated name run into a curated region
    the body's office covers is two names, the body and the region (both in the gazetteer, so the
    cut is never a guess)."""
    index = gazetteer_index()
    out: list[Span] = []
    for sp in spans:
        cut = next((i for i in range(sp.start + 1, sp.end) if sp.doc[sp.start : i].text in index.by_alias
                    and index.by_alias.get(sp.doc[i : sp.end].text, ("", ""))[1] == "LOC"), None)
        body_type = index.by_alias[sp.doc[sp.start : cut].text][1] if cut is not None else "LOC"
        out += [sp] if body_type == "LOC" else [Span(sp.doc, sp.start, cut, label=body_type), Span(sp.doc, cut, sp.end, label="LOC")]
    return out


def town_with_region(span: Span) -> bool:
    """'Allen, Texas', 'Nablus, West Bank': a one-word name the model calls a place, followed by a
    comma and a place the model or the gazetteer names, ending there, is a town of that region.
    It is no person's surname, even when the article names a person 'Mark Allen': the town keeps
    its own entity. (A list of places, 'Egypt, Jordan and Iraq', passes too: harmless, as only the
    joining of a surname is at stake; not a 'place' the article also writes in a person's name.)"""
    doc = span.doc
    if span.label_ not in {"GPE", "LOC"} or len(span) != 1 or span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    by_alias = gazetteer_index().by_alias
    curated_places = [r for n in (3, 2, 1) if (r := doc[span.end + 1 : span.end + 1 + n]).text in by_alias and by_alias[r.text][1] in {"GPE", "LOC"}]
    people = {w for e in doc.ents if e.label_ == "PERSON" for w in e.text.split()}  # 'Bloomberg, Warren end ...'
    for region in [e for e in doc.ents if e.start == span.end + 1 and e.label_ in {"GPE", "LOC"} and e.text not in people] + curated_places:
        after = doc[region.end] if region.end < len(doc) else None
        if after is None or not (after.text[:1].isupper() and after.pos_ == "PROPN"):
            return True
    return False



@lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    """Lower-case nouns for bodies (curated cues ``institution_nouns``, ``organisation_nouns``,
    ``organisation_kinds``, ``legislature_words``): 'Congress', 'Parliament' name bodies wherever
    they stand."""
    cues = curated.cues()
    return frozenset(w.lower() for w in (*cues.institution_nouns, *cues.organisation_nouns, *cues.organisation_kinds,
                                         *cues.legislature_words))


def written_as_place(spans: list[Span]) -> bool:
    """Whether an organisation the model made of a short name is a place by how the article writes
    it: at least half of its mentions the object of a preposition of location or after a place's
    noun ('in Awasi and Katito', 'in Haverfordwest and Pembroke Dock', 'the outskirts of Garoua'),
    none speaking, none after 'the' ('in the Knesset' is a body's), each one or two capitalised words
    none of which is a kind of body ('in Congress', 'in Parliament'). 'at X' and 'from X' do not
    count: they stand before firms as often ('at Google'); nor 'in X' after a verb of writing or
    investing (curated ``medium_in_verbs``: 'published in Science Advances')."""
    if any(speaks(s) for s in spans):
        return False
    for span in spans:
        words = [t for t in span if not t.is_punct]
        if not 1 <= len(words) <= 2 or not all(t.is_alpha and t.is_title and t.lower_ not in _body_words() for t in words):
            return False  # ('Government House' is a body's seat)
        if span.start > 0 and span.doc[span.start - 1].lower_ == "the":
            return False
    media = frozenset(w.lower() for w in curated.gazetteer().medium_in_verbs)
    strong = sum(1 for s in spans if place_weight(s) == 1.0 and not (s.root.head.dep_ == "prep" and s.root.head.head.lemma_.lower() in media))
    return strong >= 1 and strong >= len(spans) / 2
