"""Acts a party receives: 'X won the support of Y', 'X received military aid from Y'.

News often tells a act of support or aid from the side that gets it. The noun names the act, the
verb's subject (curated ``receipt_verbs``: receive, win, secure ...) is its counterpart, and the
party in the noun's 'from' or 'of' phrase, or the verb's own 'from' phrase ('received aid last
year from Y'), is the one who acts. Who receives is settled by the caller, from the verb's subject."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from structnews.build.extract.events.referents import ArticleState

# The phrases that name who gave: 'the support of Y', 'aid from Y'.
GIVER_PREPS = frozenset({"from", "of"})


def givers(noun: Token, verb: Token, art: ArticleState) -> list[int]:
    """The parties named in a 'from'/'of' phrase of the received noun, else in a 'from' phrase of
    the verb that receives it ('received aid last year from Y')."""
    found = [e for c in noun.children if c.dep_ == "prep" and c.lower_ in GIVER_PREPS for e in art.pobj_entities(c)]
    return found or [e for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for e in art.pobj_entities(c)]
