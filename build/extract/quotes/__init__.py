"""Quotations and their speakers.

Finding quotes is done on characters (curly and straight, double and single marks; quotes that
run over paragraphs; unbalanced marks in scraped text). Finding speakers is done on the
dependency parse, in this order of trust:

1. a speech verb ("say", "warn", ... from ``data/curated/cues.yaml``) that governs the quote;
2. a speech verb right after the quote ("..., Vogt said.") or right before it ("He said: ...");
3. "according to X";
4. no cue: a speaker given by the layout (a transcript label, a list label, a dash credit, a
   lead-in paragraph ending in a colon: 'X said:' over a quoted block);
5. no cue: a person the quote's paragraph introduces as a grammatical subject before it;
6. no cue: the speaker of the previous quote in the same or previous paragraph (carry-over).

The cue's subject is then resolved: a named entity mention; a pronoun, to the nearest person
who is a grammatical subject in the preceding sentences; a definite description ("the
official"), to the previous speaker with the same description or a person with that title; an
indefinite description ("a senior official") stays an unnamed source (``speaker_text`` only).
A fragment no step attributes goes to the subject of the clause it sits in when that subject is
a name, a source or institution noun or 'he'/'she' ('X blamed the “lazy planning”';
:mod:`.clause_speaker`); fragments with no speaker even then are scare quotes and are not emitted.

The steps live in this package's modules: :mod:`.spans` (quotes from the characters),
:mod:`.context` (the parse indexed once per article, with the pronoun chain), :mod:`.cues`
(1-3), :mod:`.speakers` (from a cue's subject to a speaker, and the confidence of each kind of
attribution) and :mod:`.indirect` (reported speech without quotation marks).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token
from structnews.build.core import curated
from structnews.build.extract.drafts import LocalEntity, MentionDraft, QuoteDraft
from structnews.build.extract.quotes.clause_speaker import clause_subject
from structnews.build.extract.quotes.context import QuoteContext, Speaker
from structnews.build.extract.quotes.cues import according_to_source, find_cue, is_discourse_phrase, subject_of
from structnews.build.extract.quotes.noun_cues import as_predicate, document_read, label_complement, noun_cue
from structnews.build.extract.quotes.indirect import indirect_quotes
from structnews.build.extract.quotes.layout import (
    colon_speaker,
    following_speaker,
    layout_speaker,
    lead_in_speaker,
    paragraph_subject,
)
from structnews.build.extract.quotes.relayed import coordinated_fragment, echo_headline, inner_verb, is_headline, is_source_noun, reporting_verb
from structnews.build.extract.quotes.reported_before import reporter_before
from structnews.build.extract.quotes.spans import (
    QuoteSpan,
    find_quote_spans,
    is_fragment,
    title_case,
)
from structnews.build.extract.home_country import capital_speakers
from structnews.build.extract.quotes.speakers import CONFIDENCE, speaker_from_subject
from structnews.build.extract.quotes.roles import home_government
from structnews.schema.quotes import Attribution

# Quoted words that are exactly one name of these kinds are the name of a work, a show, a law or
# an event ('on CBS's "Face the Nation,"'), not somebody's words: a term, like a scare quote.
TITLE_LABELS = frozenset({"WORK_OF_ART", "ORG", "EVENT", "LAW", "PRODUCT", "FAC"})


# Attributions read off the text around the quote itself: the sentence holding such a quote and its
# cue names that quote's speaker, not the next one's.
CUED = frozenset({Attribution.cue_subject, Attribution.split, Attribution.according_to, Attribution.layout})


def is_quoted_name(qspan: Span) -> bool:
    """The quoted tokens, less punctuation, are exactly one entity of a TITLE_LABELS kind."""
    words = [t for t in qspan if not (t.is_punct or t.is_space)]
    if not words or words[0].ent_iob_ != "B" or words[0].ent_type_ not in TITLE_LABELS:
        return False
    end = words[0].i + 1
    while end < len(qspan.doc) and qspan.doc[end].ent_iob_ == "I":
        end += 1
    return end == words[-1].i + 1


def is_programme_title(ctx: QuoteContext, qspan: Span, q: QuoteSpan, paragraphs: list[tuple[int, int]]) -> bool:
    """A title-case stretch that names a show, a column or a clip rather than quoting anyone: right
    after a possessive ('told MSNBC’s “Morning Joe”', 'on Mr. Lind's show, "Politicking."'), next to
    a programme noun ('her "Straight Talk Hour" radio program', 'a preview clip of ‘The 411’'; curated
    ``programme_nouns``), or alone in its paragraph in single marks (a subheading: ‘All Bets Are Off.’)."""
    if not title_case(ctx.text[q.start : q.end]):
        return False
    doc = ctx.doc
    before = [t for t in doc[max(0, qspan.start - 4) : qspan.start] if not (t.is_punct or t.is_space)]
    after = [t for t in doc[qspan.end : qspan.end + 4] if not (t.is_punct or t.is_space)]
    nouns = curated.cue_words("programme_nouns")
    if before and (before[-1].tag_ == "POS" or before[-1].lemma_.lower() in nouns
                   or len(before) >= 2 and before[-1].lower_ == "of" and before[-2].lemma_.lower() in nouns):
        return True
    if after and after[0].lemma_.lower() in nouns or len(after) >= 2 and after[0].pos_ in {"NOUN", "ADJ"} and after[1].lemma_.lower() in nouns:
        return True
    p_start, p_end = paragraphs[q.paragraph] if q.paragraph < len(paragraphs) else (0, 0)
    marks = ctx.text[p_start : q.start].strip(), ctx.text[q.end : p_end].strip()
    return marks[0] in {"'", "‘"} and marks[1] in {"'", "’"}


def is_case_name(text: str) -> bool:
    """'the case "Ann Lind vs. Lenton Council Limited"': two capitalised names joined by a word of
    curated ``case_name_separators`` name a court case, as a title names a show; nobody said it.
    Each side starts and ends with a capital ('Brown v. Board of Education')."""
    words = text.strip().rstrip(",;:").split()
    if len(words) > 14:
        return False
    separators = curated.cue_words("case_name_separators")
    for k, word in enumerate(words):
        if word in separators and 0 < k < len(words) - 1:
            sides = (words[:k], words[k + 1 :])
            return all(side[0][:1].isupper() and side[-1][:1].isupper() for side in sides)
    return False


def is_named_term(text: str, start: int) -> bool:
    """'better known by the nickname "Moth"', 'a rule known as "the Lenton clause"': words in quotation
    marks right after a naming phrase (curated ``term_markers``) are a name or a term that is
    mentioned, not words anybody is reported to have said. ``start`` is where the quoted words
    begin. The caller keeps this to short quotations: a naming phrase introduces a name, not a
    statement."""
    before = text[max(0, start - 40) : start].rstrip("\"'“‘«„ \t").rstrip(",:").lower()
    return any(re.search(rf"(?:^|\s){re.escape(marker)}$", before) for marker in curated.cue_words("term_markers"))


_COPULA = re.compile(r"\b(?:is|was|are|were|be|been)(?:\s+\w+ly)?$")


def is_schematic(ctx: QuoteContext, qspan: Span, start: int) -> bool:
    """'the process was effectively, "A gets B, then C"', 'it sounds like, "We ignored it."': a
    sentence in quotation marks after a copula or a likeness phrase (curated
    ``likeness_markers``) with no speaker is a wording the writer sums something up with, not
    anybody's reported words. Not when the copula's subject is something said or written ('the
    first line of the letter was "…"', 'His answer was, "No."': curated document, speech and
    said nouns, or anyone's: 'my post'), nor a person ('I was, "…"'), nor after 'like' with a copula ('she was like, "…"')."""
    sent = qspan[0].sent
    lead = ctx.text[sent.start_char : start].rstrip("\"'“‘«„ \t").rstrip(",:").rstrip().lower()
    if any(re.search(rf"(?:^|\s){re.escape(m)}$", lead) for m in curated.cue_words("likeness_markers")):
        return True
    found = _COPULA.search(lead)
    if found is None:
        return False
    copula = next((t for t in ctx.doc[sent.start : qspan.start] if t.idx == sent.start_char + found.start()), None)
    subj = next((c for c in copula.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if copula is not None else None
    if subj is None:
        return False
    said = curated.cue_words("document_nouns") | curated.cue_words("said_nouns") | curated.cue_words("speech_nouns")
    person = subj.i in ctx.mention_of_token and ctx.entities[ctx.mention_of_token[subj.i].entity].type == "PERSON"
    return not (person or subj.pos_ == "PRON"
                or any(t.lemma_.lower() in said or t.dep_ == "poss" for t in subj.subtree))


def _reported_person(ctx: QuoteContext, source: Token, qspan: Span, previous: list[tuple[QuoteDraft, Speaker]]) -> Speaker | None:
    """'Ann Lind, the panel's chair, concluded, according to the bulletin, “that …”': when
    'according to' cites an unnamed document (curated ``document_nouns``) and the quotation is
    the object of a clause with a named person as subject, the document only reports what that
    person decided or said: the person is the speaker. ('According to the report, Lind was
    “tired”' describes Lind: no object of hers, no change.)"""
    if source.lemma_.lower() not in curated.cue_words("document_nouns"):
        return None
    clause = source.head
    while (clause.pos_ not in {"VERB", "AUX"} or clause.lower_ == "according") and clause.head.i != clause.i:
        clause = clause.head
    subj = next((c for c in clause.children if c.dep_ == "nsubj" and not ctx.in_quote[c.i]), None)
    if subj is None or clause.lemma_.lower() == "be" or not any(
            t.head.i == clause.i and t.dep_ in {"ccomp", "dobj", "xcomp"} for t in qspan):
        return None
    found = speaker_from_subject(ctx, subj, clause, previous, Attribution.cue_subject)
    if found.entity is None or ctx.entities[found.entity].type != "PERSON":
        return None
    found.cue = clause.text
    return found


def _same_sentence(ctx: QuoteContext, prev: QuoteDraft, qspan: Span) -> bool:
    """Whether an earlier quote starts in the sentence where ``qspan`` starts."""
    last = ctx.tokens(prev.start, prev.end)
    return last is not None and len(last) > 0 and ctx.sent_of[last[0].i] == ctx.sent_of[qspan[0].i]


__all__ = ["CONFIDENCE", "QuoteSpan", "extract_quotes", "find_quote_spans", "is_fragment"]


def extract_quotes(doc: Doc, entities: list[LocalEntity], mentions: list[MentionDraft], paragraphs: list[tuple[int, int]]) -> list[QuoteDraft]:
    """Direct and indirect quotations of one article, with speakers (see module docstring)."""
    text = doc.text  # Doc.text joins every token on each access: read it once
    spans = find_quote_spans(text, paragraphs)
    ctx = QuoteContext(doc, entities, mentions, spans, text)
    out: list[QuoteDraft] = []
    previous: list[tuple[QuoteDraft, Speaker]] = []
    cue_owner: dict[int, QuoteDraft] = {}  # cue token -> first quote it attributed (for split quotes)
    open_part: QuoteDraft | None = None  # the last part of a quote left open at its paragraph's end
    for q in spans:
        qspan = ctx.tokens(q.start, q.end)
        if qspan is None or len(qspan) == 0:
            continue
        quote_text = text[q.start : q.end]
        if is_quoted_name(qspan) and not q.continues and not q.open_end:
            continue  # the title of a show, a book, a law: a name in quotation marks, nobody's words
        if is_programme_title(ctx, qspan, q, paragraphs) and not q.continues and not q.open_end:
            continue  # the title of a show, a clip or a subheading
        if is_case_name(quote_text) and not q.continues and not q.open_end:
            continue  # the name of a court case
        if is_named_term(text, q.start) and len(quote_text.split()) <= 6 and not q.continues and not q.open_end:
            continue  # a nickname or a term after 'known as', 'goes by'
        around = ctx.mention_of_token.get(qspan[0].i)
        if around is not None and around.start < q.start and q.end < around.end:
            continue  # a nickname inside a name ('Marcia “Cia” Price')
        fragment = is_fragment(quote_text, text, q.start)
        speaker: Speaker | None = None
        group_start: int | None = None
        cue_tok = find_cue(ctx, qspan)
        discourse = cue_tok is not None and is_discourse_phrase(cue_tok)
        if discourse:
            cue_tok = None  # 'That said, Lind's firm offers “…”': nobody's cue
        if cue_tok is not None:
            inner = subject_of(cue_tok, ctx.in_quote, passive_hearer=True)
            speaker = speaker_from_subject(ctx, inner, cue_tok, previous, Attribution.cue_subject)
            # 'the government' read as the story's country still names nobody in the sentence: a
            # fragment it sits under in someone's report is the reporter's words
            relayable = speaker.entity is None or inner is not None and home_government(ctx, inner) is not None
            outer = reporting_verb(cue_tok) if fragment and relayable and not is_source_noun(inner) else None
            if outer is not None:  # 'X said the party was run by a “clique”': X's words (quotes/relayed.py)
                found = speaker_from_subject(ctx, subject_of(outer, ctx.in_quote, passive_hearer=True), outer, previous,
                                             Attribution.cue_subject)
                speaker = found if found.entity is not None else speaker
            held = inner_verb(qspan, cue_tok, ctx.in_quote) if fragment and speaker.entity is None else None
            if held is not None and is_source_noun(inner) and held.lemma_.lower() not in curated.cue_words("expression_verbs"):
                held = None  # 'an official said X was preparing for “every contingency”': the official's words
            held_subject = subject_of(held, ctx.in_quote) if held is not None else None
            if held is not None and held_subject is not None and held_subject.pos_ != "PRON":
                # 'X lodged its “strongest protest”, officials said': X's words (quotes/relayed.py);
                # 'the company noted it had switched to “…”': 'it' is the relayer again
                found = speaker_from_subject(ctx, held_subject, held, previous, Attribution.cue_subject)
                speaker = found if found.entity is not None else speaker
        elif not discourse:
            read = document_read(ctx, qspan)  # 'The summary read in part: “…”' the parse missed
            if read is not None:
                speaker = speaker_from_subject(ctx, read[1], read[0], previous, Attribution.cue_subject)
        if (speaker is None or speaker.attribution == Attribution.none) and fragment:
            speaker = coordinated_fragment(text, q.start, previous) or speaker  # '“not fair” but “a trap”'
        if speaker is None or speaker.attribution == Attribution.none:
            pobj = according_to_source(ctx, qspan)
            if pobj is not None:
                speaker = speaker_from_subject(ctx, pobj, pobj, previous, Attribution.according_to)
                speaker.cue = "according to"
                if speaker.entity is None:
                    speaker = _reported_person(ctx, pobj, qspan, previous) or speaker
        if (speaker is None or speaker.attribution == Attribution.none) and fragment:
            found_noun = noun_cue(ctx, qspan)
            if found_noun is not None:
                noun, source = found_noun
                speaker = speaker_from_subject(ctx, source, noun, previous, Attribution.cue_subject)
                speaker.cue = noun.text if speaker.attribution != Attribution.none else None
        if (speaker is None or speaker.attribution == Attribution.none) and fragment:
            named_as = as_predicate(ctx, qspan) or label_complement(ctx, qspan)  # 'Lind referred to the vote as “a farce”'
            if named_as is not None:
                found = speaker_from_subject(ctx, named_as[1], named_as[0], previous, Attribution.cue_subject)
                speaker = found if found.entity is not None else speaker
        if speaker is None or speaker.attribution == Attribution.none:
            speaker = layout_speaker(ctx, q, paragraphs) or lead_in_speaker(ctx, q, paragraphs, previous) or speaker
        labelled = speaker is not None and speaker.attribution == Attribution.layout  # a new label starts a new turn
        # A part with its own cue naming someone else ('“…,” added Ivo Sark' after Ann Lind's
        # unclosed paragraph) is a new quotation whose writer left the one before unclosed.
        renamed = speaker is not None and speaker.attribution == Attribution.cue_subject and speaker.entity is not None \
            and open_part is not None and open_part.speaker_entity is not None and speaker.entity != open_part.speaker_entity
        continued = (open_part if q.continues and not labelled and not renamed and open_part is not None
                     and open_part.paragraph_index == q.paragraph - 1 else None)
        if continued is not None:
            # One quotation running over paragraphs: every part has one speaker. The attribution
            # may come with the first part or only with a later one ('“A.\n\n“B,” she said.').
            group_start = continued.group_start if continued.group_start is not None else continued.start
            members = [(d, sp) for d, sp in previous if (d.group_start if d.group_start is not None else d.start) == group_start]
            known = [sp for _, sp in members if sp.attribution not in {Attribution.none, Attribution.carryover}]
            if known or speaker is None or speaker.attribution == Attribution.none:
                prev_speaker = (known or [members[-1][1]])[-1]
                speaker = Speaker(prev_speaker.entity, prev_speaker.text, None,
                                  Attribution.carryover if prev_speaker.attribution != Attribution.none else Attribution.none)
            else:
                for d, sp in members:
                    d.speaker_entity, d.speaker_text, d.cue = speaker.entity, speaker.text, speaker.cue
                    d.attribution = speaker.attribution.value
                    d.confidence = CONFIDENCE[speaker.attribution]
                    sp.entity, sp.text, sp.cue, sp.attribution = speaker.entity, speaker.text, speaker.cue, speaker.attribution
        if cue_tok is not None and cue_tok.i in cue_owner and group_start is None:
            first = cue_owner[cue_tok.i]
            group_start = first.group_start if first.group_start is not None else first.start
            if speaker is not None and speaker.attribution in {Attribution.cue_subject, Attribution.none}:
                speaker.attribution = Attribution.split if speaker.entity is not None or speaker.text else speaker.attribution
        if (speaker is None or speaker.attribution == Attribution.none) and continued is None and not q.continues \
                and not q.open_end and not fragment:
            # A person the paragraph introduces as a subject before the quote is its speaker,
            # rather than whoever spoke last ('Ann Lind was blunter. “...”').
            since = 0  # where a new speaker may be introduced: after a quote with a cue, its sentence
            if previous and previous[-1][0].paragraph_index == q.paragraph and previous[-1][1].attribution in CUED:
                last = ctx.tokens(previous[-1][0].start, previous[-1][0].end)
                since = last[-1].sent.end_char if last is not None and len(last) else 0
                since = since if since <= q.start else previous[-1][0].end
            introduced = paragraph_subject(ctx, q, paragraphs, since)
            if introduced is not None and (not previous or previous[-1][1].entity != introduced.entity
                                           or previous[-1][0].paragraph_index != q.paragraph):
                speaker = introduced
        if (speaker is None or speaker.attribution == Attribution.none) and continued is None:
            # 'The Ministry put out a notice saying ...: “…”' (after a person the paragraph
            # introduces: 'Ann Lind of the University of Lenton disagreed: “…”' is hers).
            speaker = colon_speaker(ctx, q, paragraphs, previous) or speaker
        if (speaker is None or speaker.attribution == Attribution.none) and continued is None and not fragment:
            speaker = following_speaker(ctx, q, paragraphs) or speaker
        if (speaker is None or speaker.attribution == Attribution.none) and continued is None and not q.continues \
                and not fragment:
            speaker = reporter_before(ctx, q, paragraphs, previous) or speaker  # 'She said X.\n\n“…”'
        if (speaker is None or speaker.attribution == Attribution.none) and previous and continued is None:
            prev_draft, prev_speaker = previous[-1]
            same_or_next_paragraph = q.paragraph - prev_draft.paragraph_index <= 1
            # A fragment shares the speaker of a quote earlier in its own sentence ('X described
            # the "threat" as making it "impossible to go on"', '“Overall,” he went on, “the data …”').
            starts_unit = q.continues or q.unbalanced or not fragment or _same_sentence(ctx, prev_draft, qspan)
            if same_or_next_paragraph and starts_unit and prev_speaker.attribution != Attribution.none:
                # the paragraph that holds the attribution repeats its cue ('“A,” X said. “B.”'); a later one has none
                cue = prev_speaker.cue if q.paragraph == prev_draft.paragraph_index else None
                speaker = Speaker(prev_speaker.entity, prev_speaker.text, cue, Attribution.carryover)
                if q.continues or q.paragraph == prev_draft.paragraph_index:
                    group_start = prev_draft.group_start if prev_draft.group_start is not None else prev_draft.start
        if (speaker is None or speaker.attribution == Attribution.none) and fragment and continued is None:
            held_by = clause_subject(ctx, qspan)  # 'she wants an unelected “people's council”'
            if held_by is not None:
                verb, subject = held_by
                found = speaker_from_subject(ctx, subject, verb, previous, Attribution.clause_subject)
                if found.entity is not None:
                    speaker = Speaker(found.entity, found.text, None, Attribution.clause_subject)
        if speaker is None or speaker.attribution == Attribution.none:
            if fragment and continued is None and not discourse and not is_headline(text, paragraphs, q.paragraph):
                continue  # a scare quote or a term, not somebody's words (a headline's waits for its echo)
            if continued is None and not q.continues and is_schematic(ctx, qspan, q.start):
                continue  # a summing-up wording or a hypothetical line, nobody's words
            speaker = Speaker(None, None, None, Attribution.none)
        draft = QuoteDraft(
            start=q.start,
            end=q.end,
            text=quote_text,
            kind="direct",
            is_fragment=fragment,
            speaker_entity=speaker.entity,
            speaker_text=speaker.text,
            cue=speaker.cue,
            attribution=speaker.attribution.value,
            paragraph_index=q.paragraph,
            confidence=CONFIDENCE[speaker.attribution] * (0.8 if q.unbalanced else 1.0),
            group_start=group_start,
        )
        if cue_tok is not None and cue_tok.i not in cue_owner:
            cue_owner[cue_tok.i] = draft
        open_part = draft if q.open_end else None
        out.append(draft)
        previous.append((draft, speaker))
    out = echo_headline(out, text, paragraphs)  # a headline's '“hard” talks': whoever the body has say “hard”
    out.extend(indirect_quotes(ctx, previous, paragraphs))
    countries = capital_speakers(entities)
    for draft in out:
        if draft.speaker_entity in countries:
            draft.speaker_entity = countries[draft.speaker_entity]  # metonymy: the capital speaks for its country
    out.sort(key=lambda d: (d.start, d.end))
    return out
