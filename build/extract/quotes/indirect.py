"""Indirect quotes: reported speech ('X said that ...') with no quotation marks."""

from __future__ import annotations

from functools import lru_cache

from structnews.build.core import curated
from structnews.build.extract.drafts import QuoteDraft
from structnews.build.extract.quotes.context import QuoteContext, Speaker
from structnews.build.extract.quotes.cues import subject_of
from structnews.build.extract.quotes.spans import CLOSE_DOUBLE, OPEN_DOUBLE
from structnews.build.extract.quotes.speakers import CONFIDENCE, speaker_from_subject
from structnews.schema.quotes import Attribution


@lru_cache(maxsize=1)
def indirect_verbs() -> frozenset[str]:
    """Verbs whose 'that' clause is reported speech (curated; narrower than the speech verbs)."""
    return frozenset(curated.cues().indirect_verbs)


def indirect_quotes(ctx: QuoteContext, previous: list[tuple[QuoteDraft, Speaker]], paragraphs: list[tuple[int, int]]) -> list[QuoteDraft]:
    """Reported speech: 'X said that ...' where the clause holds no quotation marks."""
    out = []
    doc = ctx.doc
    verbs = indirect_verbs()
    for tok in doc:
        if tok.lemma_.lower() not in verbs or tok.pos_ != "VERB" or ctx.in_quote[tok.i]:
            continue
        clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
        if clause is None:
            continue
        toks = [t for t in clause.subtree]
        if any(ctx.in_quote[t.i] or t.text in OPEN_DOUBLE + CLOSE_DOUBLE + '"' for t in toks):
            continue
        first = toks[0]
        if first.lower_ == "that" and first.dep_ == "mark":
            toks = toks[1:]
        while toks and toks[-1].is_punct:
            toks = toks[:-1]
        if len(toks) < 4:
            continue
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        if "\n" in ctx.text[start:end]:
            continue
        speaker = speaker_from_subject(ctx, subject_of(tok), tok, [p for p in previous if p[0].start < start], Attribution.cue_subject)
        if speaker.attribution == Attribution.none:
            continue
        paragraph = next(i for i, (ps, pe) in enumerate(paragraphs) if ps <= start < pe + 2)
        out.append(QuoteDraft(
            start=start, end=end, text=ctx.text[start:end], kind="indirect", is_fragment=False,
            speaker_entity=speaker.entity, speaker_text=speaker.text, cue=speaker.cue,
            attribution=speaker.attribution.value, paragraph_index=paragraph,
            confidence=round(CONFIDENCE[speaker.attribution] * 0.9, 3),
        ))
    return out
