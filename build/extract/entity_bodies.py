"""A legislature written by its bare head ('gave Parliament a week', 'told the Senate'):
a name, which the model often leaves untagged when it stands alone.

The gold of every set counts 'Parliament', 'Senate' and 'Congress' written capitalised as
organisations. The words are curated (``legislature_words`` in ``cues.yaml``); only the word alone
is read here: a longer name ('the Ostland Parliament') is the model's or
:func:`.entity_types.suffixed_names`'s, and a headline in title case ('Parliament Backs Budget')
is left to the model.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span
from structnews.build.core import curated
from structnews.build.extract.entity_bounds import covered_tokens


def lone_legislatures(doc: Doc, taken: list[tuple[int, int]], names: list[str]) -> list[Span]:
    """One-word ORG spans for a curated legislature word that touches no span already taken and
    has no capitalised word on either side (which would make it part of a longer name), nor 'of'
    after it ('the Senate of Ostland'). Not when one of the article's ``names`` ends in the word:
    the bare head is then that body or, with two such bodies, either (:func:`.bare_heads`)."""
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
        out.append(Span(doc, tok.i, tok.i + 1, label="ORG"))
        taken.append((tok.idx, tok.idx + len(tok.text)))
    return out


def _name_word(tok, busy: set[int]) -> bool:  # noqa: ANN001 - a spaCy Token
    """A word that would make the head part of a longer name: taken by a name, or capitalised."""
    return tok.i in busy or (tok.is_alpha and tok.text[:1].isupper())
