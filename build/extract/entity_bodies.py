"""Bodies of a state written without a name of their own.

A legislature written by its bare head ('gave Parliament a week', 'told the Senate') is a name,
which the model often leaves untagged when it stands alone: the gold of every set counts
'Parliament', 'Senate' and 'Congress' written capitalised as organisations. The words are curated
(``legislature_words`` in ``cues.yaml``); only the word alone is read here: a longer name ('the
Ostland Parliament') is the model's or :func:`.entity_types.suffixed_names`'s, a headline in title
case ('Parliament Backs Budget') is left to the model, and a title or a law of the body ('Member
of Parliament', 'Act of Parliament') names no body.

A state's government named by its place ('the Government of Ruritania') is the place
(:func:`government_place`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token
from structnews.build.core import curated
from structnews.build.extract.entity_bounds import covered_tokens
from structnews.build.extract.names import gazetteer_index


def lone_legislatures(doc: Doc, taken: list[tuple[int, int]], names: list[str]) -> list[Span]:
    """One-word ORG spans for a curated legislature word that touches no span already taken and
    has no capitalised word on either side (which would make it part of a longer name), nor 'of'
    after it ('the Senate of Ostland'), nor '<Capitalised> of' before it ('Member of Parliament',
    'Act of Parliament'). Not when one of the article's ``names`` ends in the word: it may stand
    for that body, which :func:`.entity_bounds.bare_heads` reads after 'the' only ('the Senate'),
    or for either of two such bodies; the word is then left out."""
    words = curated.cue_words("legislature_words") - {n.split()[-1] for n in names if " " in n}
    busy = covered_tokens(doc, taken)
    out = []
    for tok in doc:
        if tok.text not in words or tok.i in busy:
            continue
        before = doc[tok.i - 1] if tok.i > 0 else None
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if after is not None and after.lower_ == "of" or any(_name_word(t, busy) for t in (before, after) if t is not None and t.lower_ != "the"):
            continue
        if before is not None and before.lower_ == "of" and tok.i >= 2 and _name_word(doc[tok.i - 2], busy):
            continue  # 'Member of Parliament', 'Act of Parliament'
        out.append(Span(doc, tok.i, tok.i + 1, label="ORG"))
        taken.append((tok.idx, tok.idx + len(tok.text)))
    return out


def _name_word(tok: Token, busy: set[int]) -> bool:
    """A word that would make the head part of a longer name: taken by a name, or capitalised."""
    return tok.i in busy or (tok.is_alpha and tok.text[:1].isupper())


def government_place(span: Span, places: frozenset[str]) -> Span:
    """'the Government of Ruritania', 'the Ruritania Govt' -> 'Ruritania' (GPE): a state's
    government named by its place is that place, as 'the Ruritanian government' is written with
    the people's word alone; this is how the article's other mentions of the state are read, and
    how a statement of the government is given to the state. ``places``: the texts the model tags
    as places in the article; a curated place counts too. A body with a name of its own ('the
    Government of National Accord') names no place and is kept."""
    if span.label_ not in {"ORG", "GPE", "LOC", "FAC"} or len(span) < 2:  # the model's label varies
        return span
    nouns = curated.cue_words("government_nouns")
    doc = span.doc
    if span[0].lower_ in nouns and span[1].lower_ == "of":
        start, end = span.start + 2, span.end
        if start < end and doc[start].lower_ == "the":
            start += 1
    elif span[-1].lower_ in nouns:
        start, end = span.start, span.end - 1
    else:
        return span
    place = doc[start:end].text if start < end else ""
    if place not in places and gazetteer_index().by_alias.get(place, ("", ""))[1] != "GPE":
        return span
    return Span(doc, start, end, label="GPE")
