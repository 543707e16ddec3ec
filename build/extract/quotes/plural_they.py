"""Whom a plural 'they' cannot stand for, when the quotes before it give it a speaker."""

from __future__ import annotations

from spacy.tokens import Token
from structnews.build.extract.quotes.context import QuoteContext


def not_one_person(ctx: QuoteContext, they: Token, entity: int | None) -> bool:
    """Whether 'they' cannot stand for the one person who spoke last: that person is named in the
    pronoun's own sentence ('Day, they said, wanted no memorials': the family speaks of her), or
    two or more people were named together there or in the sentence before ('Lind and Sark were
    questioned. “…,” they said'): the pronoun is the group, an unnamed speaker."""
    if entity is None or ctx.entities[entity].type != "PERSON":
        return False
    si = ctx.sent_of[they.i]
    if any(ctx.mention_of_token.get(t.i) is not None and ctx.mention_of_token[t.i].entity == entity
           and not ctx.in_quote[t.i] for t in ctx.sents[si]):
        return True
    for s in range(max(0, si - 1), si + 1):
        for t in ctx.sents[s]:
            if t.i >= they.i or ctx.in_quote[t.i] or t.dep_ != "conj":
                continue
            one, other = ctx.mention_of_token.get(t.head.i), ctx.mention_of_token.get(t.i)
            if one is not None and other is not None and one.entity != other.entity \
                    and ctx.entities[one.entity].type == ctx.entities[other.entity].type == "PERSON":
                return True
    return False
