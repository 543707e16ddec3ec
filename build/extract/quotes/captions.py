"""Scraped photo captions inside an article's text, which pronoun resolution must step over.

Pages saved from news sites keep the captions of their photos as lines of the story ('A file
photo shows Premier X and Prime Minister Y review an honour guard. (AP)'). A caption names people
as subjects, but the story's next 'he said' goes on with the story, not with the caption: the
subject chain skips caption sentences. A line is a caption when it closes with a parenthesised
credit of a photo agency (curated ``caption_credits``: '(AP)', '(Reuters: Ann Lind)') or opens
with 'A file photo shows' / 'A photo of'.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span
from structnews.build.core import curated

_OPENING = re.compile(r"^\s*(?:(?:a|an|the|this)\s+)?(?:file\s+)?(?:photo|picture|image|photograph)\s+(?:shows|of|taken)\b", re.I)


@lru_cache(maxsize=1)
def _credit() -> re.Pattern[str]:
    names = sorted(curated.cue_words("caption_credits"), key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(rf"\((?:{alternatives})(?:\s*[:/][^()\n]{{0,60}})?\)\s*$")


def is_caption(text: str, sent: Span) -> bool:
    """Whether the line (between line breaks) holding sentence ``sent`` of ``text`` is a photo
    caption (see the module docstring)."""
    start = text.rfind("\n", 0, sent.start_char) + 1
    end = text.find("\n", sent.end_char - 1)
    line = text[start : end if end >= 0 else len(text)]
    return bool(_credit().search(line) or _OPENING.match(line))
