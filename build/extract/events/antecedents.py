"""Who a main clause's 'it' is when nothing in its own sentence says: the one party the sentence
before had as its subject.

'The bloc imposed sanctions on X in May. It lifted the ban in April.': news opens a
sentence with 'it' for the country or organisation it has just been writing about. The sentence
before must name exactly one country or organisation as a singular subject (a plural one is
'they'), and no singular thing that
'it' could be instead ('X passed the bill. It bans ...': the bill), as a subject or object that
names no party."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token
from structnews.build.extract.events.parse import unique

if TYPE_CHECKING:
    from structnews.build.extract.events.referents import ArticleState

_SUBJECTS = ("nsubj", "nsubjpass")
_THINGS = ("nsubj", "nsubjpass", "dobj")


def previous_party(token: Token, art: ArticleState, types: frozenset[str]) -> int | None:
    """The party a main clause's subject 'it' stands for, from the sentence before (see the module
    docstring), else None."""
    if token.lower_ != "it" or token.dep_ != "nsubj" or token.head.dep_ != "ROOT" or token.sent.start == 0:
        return None
    before = token.doc[token.sent.start - 1].sent
    parties: list[int] = []
    for word in before:
        if word.dep_ not in _THINGS or word.pos_ == "PRON":
            continue
        named = art.phrase_entities(word, 2)
        if not named and word.tag_ in ("NN", "NNP"):
            return None  # a singular thing 'it' may be
        if word.dep_ in _SUBJECTS and word.tag_ not in ("NNS", "NNPS") and not any(c.dep_ == "conj" for c in word.children):
            parties.extend(named)  # 'The two governments', 'X and Y' are 'they'
    parties = unique(parties)
    return parties[0] if len(parties) == 1 and art.types.get(parties[0]) in types else None
