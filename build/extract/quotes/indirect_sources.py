"""A phrase explaining a source's anonymity reports nothing ('an aide, asking not to be named,',
'spoke on condition of anonymity to discuss the talks'). Read by ``indirect``."""

from __future__ import annotations

import re

from spacy.tokens import Token
from structnews.build.core import curated
from structnews.build.extract.quotes.context import QuoteContext


def anonymity(ctx: QuoteContext, cue: Token, start: int, end: int) -> bool:
    """'an aide, asking not to be named,', 'spoke on condition of anonymity to discuss the
    talks': the cue or the words sit in a curated phrase explaining a source's anonymity."""
    sent = cue.sent
    low = ctx.text[sent.start_char : sent.end_char].lower()
    for phrase in curated.cue_words("anonymity_phrases"):
        for m in re.finditer(rf"\b{re.escape(phrase)}\b", low):
            a, b = sent.start_char + m.start(), sent.start_char + m.end()
            if a < cue.idx + len(cue.text) and cue.idx < b or a < end and start < b:
                return True
    return False
