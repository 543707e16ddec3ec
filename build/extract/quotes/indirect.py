"""Indirect quotes: reported speech and attributed claims with no quotation marks.

Four shapes, all read off the dependency parse of one sentence:

1. ``X said (that) CONTENT`` — a speech or cognition verb with a clausal complement after it;
2. ``CONTENT, X said.`` — the complement before the verb (spaCy hangs the clause on the verb);
3. ``CONTENT-part, X said, CONTENT-part`` — a parenthetical cue inside the content (``said`` is
   a ``parataxis`` of the content's verb); the longer side of the content is kept, so that the
   span is contiguous and holds no attribution words;
4. ``According to X, CONTENT`` (or ``CONTENT, according to X``) — the rest of the clause.

The verbs are curated (``indirect_verbs`` in ``data/curated/cues.yaml``): speech verbs and the
verbs of belief and finding that news reports attribute claims with ("believes", "found",
"estimates"). A candidate needs a speaker (a named or unnamed source, or a resolved pronoun);
content with quotation marks is left to the direct-quote finder.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token
from structnews.build.core import curated
from structnews.build.extract.drafts import QuoteDraft
from structnews.build.extract.quotes.context import QuoteContext, Speaker
from structnews.build.extract.quotes.cues import subject_of
from structnews.build.extract.quotes.spans import CLOSE_DOUBLE, OPEN_DOUBLE
from structnews.build.extract.quotes.speakers import CONFIDENCE, speaker_from_subject
from structnews.schema.quotes import Attribution

MIN_TOKENS = 4  # shorter complements are mostly 'said so', 'said yes'
_QUOTE_MARKS = set(OPEN_DOUBLE + CLOSE_DOUBLE + '"')


@lru_cache(maxsize=1)
def indirect_verbs() -> frozenset[str]:
    """Verbs whose clausal complement is reported speech or an attributed claim (curated)."""
    return frozenset(curated.cues().indirect_verbs)


def _clean(ctx: QuoteContext, toks: list[Token]) -> tuple[int, int] | None:
    """Character bounds of a content span: leading 'that' and commas, trailing punctuation and
    a dangling 'and' dropped; None when too short, crossing a paragraph or touching a quotation."""
    while toks and (toks[0].is_punct or (toks[0].lower_ == "that" and toks[0].dep_ == "mark") or toks[0].dep_ == "cc"):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
        toks = toks[:-1]
    if len(toks) < MIN_TOKENS:
        return None
    if any(ctx.in_quote[t.i] or t.text in _QUOTE_MARKS for t in toks):
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    if "\n" in ctx.text[start:end]:
        return None
    return start, end


def _complement(ctx: QuoteContext, verb: Token) -> tuple[int, int] | None:
    """Shapes 1 and 2: the verb's clausal complement, after or before it."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return None
    if clause.i < verb.i:
        # 'CONTENT, X said.': the verb must come after the whole clause, as an attribution.
        if clause.right_edge.i >= verb.i:
            return None
    return _clean(ctx, _own_content(clause))


def _own_content(clause: Token) -> list[Token]:
    """The clause's tokens up to a conjoined speech act of the source's own ('said the plan
    would fail and warned that ...': the second verb is the speaker's act, not content)."""
    verbs = indirect_verbs()
    stop = min((c.i for c in clause.subtree if c.dep_ == "conj" and c.lemma_.lower() in verbs and c.head.i == clause.i
                and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)), default=None)
    toks = list(clause.subtree)
    if stop is None:
        return toks
    cut = [t for t in toks if t.i < stop]
    while cut and (cut[-1].dep_ == "cc" or cut[-1].is_punct):
        cut.pop()
    return cut


def _parenthetical(ctx: QuoteContext, verb: Token) -> tuple[int, int] | None:
    """Shape 3: 'A, X said, B' where the cue hangs on the content's verb as parataxis."""
    if verb.dep_ != "parataxis" or verb.head.pos_ not in {"VERB", "AUX"}:
        return None
    own = {t.i for t in verb.subtree}
    content = [t for t in verb.head.subtree if t.i not in own]
    left = [t for t in content if t.i < verb.left_edge.i]
    right = [t for t in content if t.i > verb.right_edge.i]
    return _clean(ctx, right if len(right) >= len(left) else left)


def _according_to(ctx: QuoteContext, according: Token) -> tuple[Token, tuple[int, int]] | None:
    """Shape 4: the clause that 'according to X' attaches to, without the phrase itself."""
    doc = ctx.doc
    if according.i + 1 >= len(doc) or doc[according.i + 1].lower_ != "to":
        return None
    source = next((c for c in doc[according.i + 1].children if c.dep_ == "pobj"), None)
    head = according.head
    if source is None or head.i == according.i or head.pos_ not in {"VERB", "AUX"}:
        return None
    phrase = {t.i for t in according.subtree}
    content = [t for t in head.subtree if t.i not in phrase]
    left = [t for t in content if t.i < according.i]
    right = [t for t in content if t.i > according.right_edge.i]
    bounds = _clean(ctx, right if len(right) >= len(left) else left)
    return (source, bounds) if bounds is not None else None


def indirect_quotes(ctx: QuoteContext, previous: list[tuple[QuoteDraft, Speaker]], paragraphs: list[tuple[int, int]]) -> list[QuoteDraft]:
    """Every indirect quote of the article (see the module docstring), at most one per span."""
    out: list[QuoteDraft] = []
    taken: set[tuple[int, int]] = set()
    verbs = indirect_verbs()
    for tok in ctx.doc:
        if ctx.in_quote[tok.i]:
            continue
        found: tuple[Token | None, Token, tuple[int, int] | None, Attribution] | None = None
        if tok.lower_ == "according":
            hit = _according_to(ctx, tok)
            if hit is not None:
                found = (hit[0], tok, hit[1], Attribution.according_to)
        elif tok.lemma_.lower() in verbs and tok.pos_ in {"VERB", "AUX"} and tok.dep_ not in {"amod", "acl"}:
            bounds = _complement(ctx, tok) or _parenthetical(ctx, tok)
            if bounds is not None:
                found = (subject_of(tok), tok, bounds, Attribution.cue_subject)
        if found is None or found[2] is None or found[2] in taken:
            continue
        subject, cue, (start, end), how = found
        earlier = [p for p in previous if p[0].start < start]
        speaker = speaker_from_subject(ctx, subject, cue, earlier, how)
        if speaker.attribution == Attribution.none:
            continue
        if how == Attribution.according_to:
            speaker.cue = "according to"
        taken.add((start, end))
        paragraph = next(i for i, (ps, pe) in enumerate(paragraphs) if ps <= start < pe + 2)
        out.append(QuoteDraft(
            start=start, end=end, text=ctx.text[start:end], kind="indirect", is_fragment=False,
            speaker_entity=speaker.entity, speaker_text=speaker.text, cue=speaker.cue,
            attribution=speaker.attribution.value, paragraph_index=paragraph,
            confidence=round(CONFIDENCE[speaker.attribution] * 0.9, 3),
        ))
    return out
