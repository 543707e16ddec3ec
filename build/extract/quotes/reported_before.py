"""The speaker of a quote paragraph with no attribution of its own, from the paragraph before it
when that paragraph reports what someone said without quoting them.

News often paraphrases a speaker and then gives their words as a bare quotation paragraph:

    He said the new school would open in the spring.

    “Every family in the valley helped to carry the bricks.”

The quotation goes on with the reported speaker, not with whoever was last quoted several
paragraphs up (the carry-over from the previous quote only reaches the next paragraph). Only the
main statement of the previous paragraph's last sentence counts: its root verb, or a speech
participle hanging on it ('X bridled, telling the radio that ...'). A previous paragraph that
holds a quotation of its own is left to the carry-over.
"""

from __future__ import annotations

from structnews.build.core import curated
from structnews.build.extract.drafts import QuoteDraft
from structnews.build.extract.quotes.context import QuoteContext, Speaker
from structnews.build.extract.quotes.cues import is_cue, subject_of
from structnews.build.extract.quotes.spans import QuoteSpan
from structnews.build.extract.quotes.speakers import speaker_from_subject
from structnews.schema.quotes import Attribution


def reporter_before(ctx: QuoteContext, q: QuoteSpan, paragraphs: list[tuple[int, int]],
                    previous: list[tuple[QuoteDraft, Speaker]]) -> Speaker | None:
    """The person or organisation the paragraph before ``q``'s reports as speaking, when ``q``
    opens its paragraph and that paragraph quotes nobody (see the module docstring); else None."""
    if q.paragraph == 0 or q.paragraph >= len(paragraphs):
        return None
    p_start, _ = paragraphs[q.paragraph]
    if ctx.text[p_start : q.start].strip(" \t\"“„'‘") != "":
        return None  # the quote does not open its paragraph: the paragraph has its own lead-in
    b_start, b_end = paragraphs[q.paragraph - 1]
    before = ctx.tokens(b_start, b_end)
    if before is None or not len(before) or any(ctx.in_quote[t.i] or t.is_quote for t in before):
        return None
    last = ctx.sents[ctx.sent_of[before[-1].i]]  # Token.sent would walk the whole doc
    reporting = curated.cue_words("indirect_verbs")
    for tok in last:
        main = tok.dep_ == "ROOT" or tok.dep_ in {"advcl", "conj"} and tok.head.dep_ == "ROOT" and tok.tag_ == "VBG"
        if not main or not (is_cue(tok) or tok.lemma_.lower() in reporting and tok.pos_ == "VERB"):
            continue
        found = speaker_from_subject(ctx, subject_of(tok, ctx.in_quote), tok, previous, Attribution.salient)
        if found.entity is not None:
            return Speaker(found.entity, found.text, None, Attribution.salient)
    return None
