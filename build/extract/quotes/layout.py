"""Speakers that the page's layout gives rather than a sentence, and the person a paragraph is
about.

News pages attribute quotes without a speech verb in three common layouts:

- a **transcript label**: ``WALLACE: Let's start with ...`` or ``MS. LIND: ...`` (a name in
  capitals and a colon opening the quotation or its paragraph);
- a **list label**: ``Anna Berg, 34, teacher: “...”`` (a paragraph that opens with a name,
  optionally followed by age and role, then a colon and the quotation);
- a **dash credit**: ``“...” — Anna Berg`` or ``“...” ― Anna Berg, Ohio`` (a dash after the
  quotation and a name closing the paragraph);
- an **inverted lead-in**: ``Said Lind: “...”`` opening the quotation's sentence;
- a **lead-in paragraph** ending in a colon before a quoted block: ``Anna Berg said:`` or
  ``The Daily Courier reports:`` (:func:`lead_in_speaker`).

:func:`layout_speaker` reads these off the characters and the article's own mentions.
:func:`paragraph_subject` finds a person newly introduced as the grammatical subject of the
quotation's paragraph before it ('Rep. Ann Lind, who leads the caucus, was blunter. “...”'),
which beats carrying over the previous quote's speaker.
"""

from __future__ import annotations

import re

from spacy.tokens import Token
from structnews.build.extract.drafts import MentionDraft, QuoteDraft
from structnews.build.extract.names import person_key
from structnews.build.extract.quotes.context import SUBJECT_DEPS, QuoteContext, Speaker

from structnews.build.core import curated
from structnews.build.extract.quotes.cues import according_source, is_cue, speech_verbs, subject_of
from structnews.build.extract.quotes.spans import QuoteSpan
from structnews.build.extract.quotes.speakers import speaker_from_subject
from structnews.schema.quotes import Attribution

_OPENERS = "\"“„'‘"
# 'WALLACE:', 'MS. LIND:', 'SEN. ANN LIND:' at the start of a quotation or paragraph.
_TRANSCRIPT = re.compile(r"[\"“„]?\s*(?P<label>(?:[A-Z][A-Z'’.-]*\.?\s){0,3}[A-Z][A-Z'’-]{1,})\s*:\s")
_DASHES = "—―–"
# A list label: up to ~12 words, no sentence end, ending in a colon right before the quotation.
_LABEL_MAX_CHARS = 90


def _paragraph(paragraphs: list[tuple[int, int]], index: int) -> tuple[int, int]:
    return paragraphs[index] if 0 <= index < len(paragraphs) else (0, 0)


def _person_in(ctx: QuoteContext, start: int, end: int) -> MentionDraft | None:
    """The first person mention inside [start, end)."""
    for m in ctx.mentions:
        if m.start >= end:
            break
        if m.start >= start and m.end <= end and ctx.entities[m.entity].type == "PERSON":
            return m
    return None


def _by_label(ctx: QuoteContext, label: str) -> Speaker:
    """A transcript label ('WALLACE', 'MS. LIND') as a speaker: the article's person whose
    surname it is, else the label itself as an unresolved name."""
    words = [w for w in re.split(r"\s+", label.strip()) if w]
    last = words[-1].strip(".").lower() if words else ""
    for ent in ctx.entities:
        if ent.type == "PERSON" and person_key(ent.name).split()[-1:] == [last]:
            return Speaker(ent.index, label.strip(), None, Attribution.layout)
    return Speaker(None, label.strip(), None, Attribution.layout)


def layout_speaker(ctx: QuoteContext, q: QuoteSpan, paragraphs: list[tuple[int, int]]) -> Speaker | None:
    """The speaker that a transcript label, list label or dash credit gives the quote, if any."""
    text = ctx.text
    p_start, p_end = _paragraph(paragraphs, q.paragraph)
    # Transcript label inside the quotation or right at the paragraph's start.
    for start in (q.start, p_start):
        m = _TRANSCRIPT.match(text, start, min(p_end, start + 60))
        if m and (start == q.start or q.start - p_start <= m.end() - p_start + 2):
            return _by_label(ctx, m.group("label"))
    # List label: the paragraph opens with a person and a colon precedes the quotation.
    lead = text[p_start : q.start].rstrip(_OPENERS + " ")
    if lead.endswith(":") and 0 < len(lead) <= _LABEL_MAX_CHARS and not re.search(r"[.!?]\s", lead):
        m = _person_in(ctx, p_start, p_start + len(lead))
        if m is not None and m.start - p_start <= 3:
            return Speaker(m.entity, m.text, None, Attribution.layout)
    # Inverted lead-in: 'Said Lind: “…”' opening the quote's sentence (curated ``name_glued_verbs``).
    last = re.split(r"[.!?][\"”’']?\s+", text[p_start : q.start])[-1].rstrip(_OPENERS + " ")
    im = re.match(r"(?P<verb>[A-Z][a-z]+)\s+\S.{0,60}[:,]$", last)
    if im and im.group("verb").lower() in curated.cue_words("name_glued_verbs"):
        n_start = p_start + text[p_start : q.start].rfind(last) + im.end("verb")
        n_end = n_start + len(last) - im.end("verb") - 1  # before the colon or comma
        m = _person_in(ctx, n_start, n_end + 1)
        if m is not None and (m.start - n_start <= 2 or m.end == n_end):
            # 'Said Lind: “…”', 'Remarked Lenton Council scientist Ann Lind, “…”' (the name last)
            return Speaker(m.entity, m.text, im.group("verb"), Attribution.cue_subject)
    # Dash credit: '” — Name[, ...]' closing the paragraph.
    tail = text[q.end : p_end]
    dm = re.match(r"^[\"”’'.,!?\s]*[" + _DASHES + r"]\s*(?P<credit>[^\n]{2,80})$", tail)
    # A sentence end inside the credit means prose follows, not a name; an initial's full stop
    # ('Ann P. Lind') is no sentence end.
    if dm and not re.search(r"(?<![A-Z])[.!?]\s+\w", dm.group("credit")):
        c_start = q.end + dm.start("credit")
        m = _person_in(ctx, c_start, p_end)
        if m is not None and m.start - c_start <= 2:
            return Speaker(m.entity, m.text, None, Attribution.layout)
    return None


def lead_in_speaker(ctx: QuoteContext, q: QuoteSpan, paragraphs: list[tuple[int, int]],
                    previous: list[tuple[QuoteDraft, Speaker]]) -> Speaker | None:
    """The speaker of a quotation that opens its paragraph after a paragraph ending in a colon:
    'Ann Lind said:' / 'The Daily Courier reports:' / 'Lind made the following comment:' and the
    quoted block below it. The lead-in sentence's speech verb gives its subject as usual; another
    verb ('made the following comment') gives its subject only when that names someone."""
    p_start, _ = _paragraph(paragraphs, q.paragraph)
    if q.paragraph == 0 or ctx.text[p_start : q.start].strip(_OPENERS + " \t\u00a0") != "":
        return None
    l_start, l_end = paragraphs[q.paragraph - 1]
    if not ctx.text[l_start:l_end].rstrip().endswith(":"):
        return None
    lead = ctx.tokens(l_start, l_end)
    if lead is None or len(lead) == 0:
        return None
    sent = next((t for t in reversed(lead) if not t.is_space), lead[-1]).sent
    verb = sent.root
    if any(ctx.in_quote[t.i] for t in sent if verb.i <= t.i and t.idx < l_end):
        return None  # the lead-in quotes somebody itself: its colon belongs to that
    if is_cue(verb):
        found = speaker_from_subject(ctx, subject_of(verb, ctx.in_quote), verb, previous, Attribution.cue_subject)
        return found if found.attribution != Attribution.none else None
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None or verb.pos_ not in {"VERB", "AUX"}:
        return None
    found = speaker_from_subject(ctx, subj, verb, previous, Attribution.layout)
    if found.entity is None:
        return None  # 'The reasons are as follows:' introduces no speaker
    found.cue = None
    return found


def colon_speaker(ctx: QuoteContext, q: QuoteSpan, paragraphs: list[tuple[int, int]],
                  previous: list[tuple[QuoteDraft, Speaker]]) -> Speaker | None:
    """A quotation after a colon that ends a clause of its own paragraph, with no speech verb:
    'The Ministry issued a statement that a ferry was delayed: “…”', 'According to Attorney
    Ann Lind, the note could help the case: “…”'. The clause's source ('according to X'), else its
    subject when that names someone (like a lead-in paragraph, :func:`lead_in_speaker`)."""
    p_start, _ = _paragraph(paragraphs, q.paragraph)
    lead = ctx.text[p_start : q.start].rstrip(_OPENERS + " \t\u00a0")
    if q.continues or not lead.endswith(":"):
        return None
    colon = ctx.tokens(p_start + len(lead) - 1, p_start + len(lead))
    if colon is None or len(colon) == 0 or ctx.in_quote[colon[0].i]:
        return None
    sent = colon[0].sent
    if any(ctx.in_quote[t.i] for t in sent if t.i < colon[0].i):
        return None  # the clause quotes somebody itself
    for tok in sent:
        if tok.i < colon[0].i and tok.lower_ == "according" and (source := according_source(tok)) is not None:
            found = speaker_from_subject(ctx, source, source, previous, Attribution.according_to) if source is not None else None
            if found is not None and found.entity is not None:
                found.cue = "according to"
                return found
    # 'The palace issued a statement from the king: “…”': whose the statement is, before who issued it.
    said = curated.cue_words("said_nouns")
    for tok in sent:
        if tok.i < colon[0].i and tok.pos_ == "NOUN" and tok.lemma_.lower() in said:
            source = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"from", "by"}
                           for p in c.children if p.dep_ == "pobj"), None)
            mention = ctx.subject_mention(source, {"ORG", "GPE", "NORP"}) if source is not None else None
            if mention is not None:
                return Speaker(mention.entity, mention.text, None, Attribution.layout)
    # The clause the colon closes: the verb above the word before it ('Another was Ann Lind, 24, who
    # cited his rugby: “…”' is Lind's, through 'who cited'), not the sentence's root.
    # A clause that names nobody ('that a guard had been hurt') hands over to the one above it.
    node = ctx.doc[colon[0].i - 1] if colon[0].i > sent.start else sent.root
    for _ in range(4):
        while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
            node = node.head
        if node.pos_ not in {"VERB", "AUX"} or node.i > colon[0].i:
            return None
        found = speaker_from_subject(ctx, subject_of(node, ctx.in_quote), node, previous, Attribution.layout)
        if found.entity is not None:
            found.cue = None
            return found
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def paragraph_subject(ctx: QuoteContext, q: QuoteSpan, paragraphs: list[tuple[int, int]], since: int = 0) -> Speaker | None:
    """A person who is the grammatical subject of a clause of the quote's paragraph before the
    quote (outside any quotation): the paragraph introduces its speaker. Only clauses from
    ``since`` on count (the caller passes the end of the sentence that holds the paragraph's
    previous quote: '“…,” said A, who met B. “…”' names no new speaker). The subject of a
    speech verb wins over other subjects ('A said after B failed to appear: ...')."""
    p_start, _ = _paragraph(paragraphs, q.paragraph)
    found: MentionDraft | None = None
    speaking: MentionDraft | None = None
    for m in ctx.mentions:
        if m.start >= q.start:
            break
        if m.start < max(p_start, since) or ctx.entities[m.entity].type != "PERSON":
            continue
        span = ctx.tokens(m.start, m.end)
        if span is None or ctx.in_quote[span.root.i]:
            continue
        head = span.root
        # Up through the name's own words, then through an apposition of the whole name ('the
        # senator, Ann Lind, said'); not out of a modifier ('a former Lind aide' is no subject).
        while head.dep_ in {"compound", "flat"} and span.start <= head.head.i < span.end and head.head.i != head.i:
            head = head.head
        if head.dep_ == "appos":
            head = head.head
        if head.dep_ in SUBJECT_DEPS:
            found = m
            if head.head.lemma_.lower() in speech_verbs():
                speaking = m
    found = speaking or found
    return Speaker(found.entity, found.text, None, Attribution.salient) if found is not None else None


def following_speaker(ctx: QuoteContext, q: QuoteSpan, paragraphs: list[tuple[int, int]]) -> Speaker | None:
    """The speaker named by the next paragraph when its first sentence looks back at the quote
    that closes this one: 'So said X.', 'That was the message from X.', 'Those were the words
    of X.', 'The words are those of X.', 'That line, delivered by X, ...', 'That was X, 47, a nurse' (curated
    ``backward_openers`` and ``said_nouns``). Nothing when the quote does not end
    its paragraph, or the sentence holds a quotation of its own before the name (or its own cue)."""
    _, p_end = _paragraph(paragraphs, q.paragraph)
    if q.paragraph + 1 >= len(paragraphs) or ctx.text[q.end : p_end].strip(" \"”’'.,!?") != "":
        return None
    n_start, n_end = paragraphs[q.paragraph + 1]
    first = ctx.tokens(n_start, n_end)
    if first is None or len(first) == 0:
        return None
    sent = first[0].sent
    openers, nouns = curated.cue_words("backward_openers"), curated.cue_words("said_nouns")
    words = [t for t in sent if t.is_alpha]
    # 'The words came from X': a definite said-noun opening the sentence looks back like 'Those words'.
    definite_noun = len(words) > 1 and words[0].lower_ == "the" and words[1].lemma_.lower() in nouns
    if not words or (words[0].lower_ not in openers and not definite_noun):
        return None
    quoted = [t.i for t in sent if ctx.in_quote[t.i] or t.is_quote]  # a quotation of its own, after the name, may follow
    for tok in sent:
        # Only the sentence's own statement looks back: its main verb ('So said X') or the noun it
        # predicates ('That was the message from X'); not a verb inside it ('That gap between what
        # X says and ...').
        source = None
        if is_cue(tok) and tok.dep_ == "ROOT":
            source = subject_of(tok)
        elif _how_clause(tok):  # 'That was how X described it', 'That is how X put it'
            source = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        elif tok.lemma_.lower() in nouns and tok.pos_ == "NOUN" and tok.head.dep_ == "ROOT" and tok.dep_ in {"attr", "nsubj"}:
            around = [*tok.head.children, *(g for a in tok.head.children if a.dep_ == "attr" for g in a.children)] \
                if tok.dep_ == "nsubj" else []  # ('the words came from X', 'the words are those of X')
            prep = next((c for c in [*tok.children, *around] if c.dep_ == "prep" and c.lower_ in {"from", "of", "by"}), None)
            source = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            if source is None:  # 'That line, delivered by X at a rally, drew ...': the participle's agent
                source = next((p for a in tok.children if a.dep_ == "acl" and a.tag_ == "VBN" for g in a.children
                               if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"), None)
        elif tok.dep_ == "attr" and tok.head.dep_ == "ROOT" and tok.head.lemma_ == "be" and tok.i in ctx.mention_of_token \
                and ctx.entities[ctx.mention_of_token[tok.i].entity].type == "PERSON":
            source = tok  # 'That was Ann Lind, 47, a nurse from ...': who said it
        if source is None or source.lower_ in openers or quoted and (is_cue(tok) or quoted[0] < source.i):
            continue  # ('That was X, ..., answering Y, who had accused her of "..."')
        mention = ctx.subject_mention(source, {"ORG", "GPE", "NORP"})
        if mention is not None:
            return Speaker(mention.entity, mention.text, None, Attribution.following)
    return _how_opening(ctx, words)


def _how_opening(ctx: QuoteContext, words: list[Token]) -> Speaker | None:
    """'That was how X, a driver who ..., described the moment': when a long appositive breaks
    the parse of the 'how' clause, its name right after 'how' is still who described it."""
    if len(words) < 4 or words[1].lemma_ != "be" or words[2].lower_ != "how":
        return None
    verbs = curated.cue_words("as_verbs") | curated.cue_words("recap_verbs")
    if not any(is_cue(t) or t.lemma_.lower() in verbs for t in words[3:]):
        return None
    m = ctx.mention_of_token.get(words[3].i)
    if m is None or ctx.entities[m.entity].type not in {"PERSON", "ORG"}:
        return None
    return Speaker(m.entity, m.text, None, Attribution.following)


def _how_clause(tok: Token) -> bool:
    """Whether ``tok`` is a speech or description verb in a 'how' clause predicated of the
    sentence's root 'be' ('That was how X described the moment', 'That is how X put it'): a look
    back at the quote before, whose subject is its speaker."""
    return tok.dep_ in {"ccomp", "attr", "advcl", "relcl"} and tok.head.dep_ == "ROOT" and tok.head.lemma_ == "be" \
        and any(c.dep_ == "advmod" and c.lower_ == "how" for c in tok.children) \
        and (is_cue(tok) or tok.lemma_.lower() in curated.cue_words("as_verbs") | curated.cue_words("recap_verbs"))
