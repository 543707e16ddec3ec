"""Quotations and their speakers.

Finding quotes is done on characters (curly and straight, double and single marks; quotes that
run over paragraphs; unbalanced marks in scraped text). Finding speakers is done on the
dependency parse, in this order of trust:

1. a speech verb ("say", "warn", ... from ``data/curated/cues.yaml``) that governs the quote;
2. a speech verb right after the quote ("..., Vogt said.") or right before it ("He said: ...");
3. "according to X";
4. no cue: the speaker of the previous quote in the same or previous paragraph (carry-over).

The cue's subject is then resolved: a named entity mention; a pronoun, to the nearest person
who is a grammatical subject in the preceding sentences; a definite description ("the
official"), to the previous speaker with the same description or a person with that title; an
indefinite description ("a senior official") stays an unnamed source (``speaker_text`` only).
Fragments with no speaker at all are scare quotes and are not emitted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token
from structnews.build.core import curated
from structnews.build.extract.drafts import LocalEntity, MentionDraft, QuoteDraft

OPEN_DOUBLE = "“„"
CLOSE_DOUBLE = "”"
_PRONOUNS_PERSON = {"he", "she", "him", "her"}
_PRONOUNS_PLURAL = {"they", "we"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_WINDOW = 16  # tokens searched after/before a quote for its cue

CONFIDENCE = {
    "cue_subject": 0.9,
    "according_to": 0.85,
    "split": 0.85,
    "unnamed": 0.8,
    "pronoun": 0.7,
    "carryover": 0.65,
    "nominal": 0.6,
    "none": 0.2,
}


@dataclass
class QuoteSpan:
    start: int
    end: int
    paragraph: int
    unbalanced: bool = False
    continues: bool = False  # opened in an earlier paragraph and re-opened here
    open_end: bool = False  # runs to the end of its paragraph without a closing mark


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    cues = curated.cues()
    return frozenset(cues.verbs), tuple(p.lower() for p in cues.phrases), frozenset(n.lower() for n in cues.person_nouns)


# ---- finding quoted spans ----------------------------------------------------------------


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start < 2 or not any(c.isalpha() for c in text[start:end]):
        return None
    return start, end


def _double_quotes(text: str, p_start: int, p_end: int, paragraph: int, carried_open: bool) -> tuple[list[QuoteSpan], bool]:
    """Double-quoted spans of one paragraph; returns them and whether a quote is left open."""
    out: list[QuoteSpan] = []
    open_at: int | None = None
    first_mark = True
    for i in range(p_start, p_end):
        ch = text[i]
        is_open = ch in OPEN_DOUBLE or (ch == '"' and open_at is None)
        is_close = ch in CLOSE_DOUBLE or (ch == '"' and open_at is not None)
        if is_open and open_at is None:
            open_at = i + 1
        elif is_close and open_at is not None:
            span = _trimmed(text, open_at, i)
            if span:
                out.append(QuoteSpan(*span, paragraph, continues=carried_open and not out and text[p_start] in OPEN_DOUBLE + '"'))
            open_at = None
        elif is_close and open_at is None and first_mark:
            # A closing mark with no opening one: the quote began at the paragraph's start.
            span = _trimmed(text, p_start, i)
            if span:
                out.append(QuoteSpan(*span, paragraph, unbalanced=True))
        elif is_open and open_at is not None:
            # Two opening marks in a row: the first one was never closed.
            span = _trimmed(text, open_at, i)
            if span:
                out.append(QuoteSpan(*span, paragraph, unbalanced=True))
            open_at = i + 1
        if ch in OPEN_DOUBLE + CLOSE_DOUBLE + '"':
            first_mark = False
    left_open = False
    if open_at is not None:
        span = _trimmed(text, open_at, p_end)
        if span:
            out.append(QuoteSpan(*span, paragraph, open_end=True,
                                 continues=carried_open and not out and text[p_start] in OPEN_DOUBLE + '"'))
            left_open = True
    return out, left_open


_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(:—–-]))[‘'](?=[A-Za-z])(?P<body>[^‘’'\n]*?[^\s‘’'])[’'](?![A-Za-z])")
_SINGLE_UNCLOSED = re.compile(r"(?:(?<=^)|(?<=:\s))‘(?P<body>[A-Z][^‘’\n]{10,})$")


def _single_quotes(text: str, p_start: int, p_end: int, paragraph: int) -> list[QuoteSpan]:
    para = text[p_start:p_end]
    if any(c in para for c in OPEN_DOUBLE + CLOSE_DOUBLE + '"'):
        # Single marks inside double quotes are nested quotes; treat double-quoted text only.
        return []
    out = []
    for m in _SINGLE.finditer(para):
        out.append(QuoteSpan(p_start + m.start("body"), p_start + m.end("body"), paragraph))
    if not out:
        m = _SINGLE_UNCLOSED.search(para)
        if m:
            out.append(QuoteSpan(p_start + m.start("body"), p_start + m.end("body"), paragraph, unbalanced=True, open_end=True))
    return out


def find_quote_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[QuoteSpan]:
    """Every quoted span in the text, paragraph by paragraph."""
    out: list[QuoteSpan] = []
    carried = False
    for index, (p_start, p_end) in enumerate(paragraphs):
        spans, carried = _double_quotes(text, p_start, p_end, index, carried)
        if not spans:
            spans = _single_quotes(text, p_start, p_end, index)
        out.extend(spans)
    return out


# ---- attribution -------------------------------------------------------------------------


@dataclass
class Speaker:
    entity: int | None
    text: str | None
    cue: str | None
    attribution: str


class _Context:
    """Lookups over one article's parse shared by every quote's attribution."""

    def __init__(self, doc: Doc, entities: list[LocalEntity], mentions: list[MentionDraft], quotes: list[QuoteSpan], text: str):
        self.doc = doc
        self.text = text
        self.entities = entities
        self.mentions = mentions
        self.quotes = quotes
        self.in_quote = [False] * len(doc)
        for q in quotes:
            for i in self._token_range(q.start, q.end):
                self.in_quote[i] = True
        self.mention_of_token: dict[int, MentionDraft] = {}
        for m in mentions:
            for i in self._token_range(m.start, m.end):
                self.mention_of_token[i] = m
        self.sent_of = {}
        self.sents = list(doc.sents)
        for si, sent in enumerate(self.sents):
            for tok in sent:
                self.sent_of[tok.i] = si
        self.pronoun_ref: dict[int, Speaker] = {}
        self._salience_chain()

    def subject_mention(self, subj: Token, types: set[str]) -> MentionDraft | None:
        """The entity a subject phrase names: the head itself, else a person in an appositive or
        compound inside the phrase ('US Ambassador Linda X', 'a spokesman for the ministry, Ann Y')."""
        direct = _mention_for(self, subj)
        if direct is not None and self.entities[direct.entity].type == "PERSON":
            return direct
        for tok in subj.subtree:
            m = self.mention_of_token.get(tok.i)
            if m is not None and self.entities[m.entity].type == "PERSON" and not self.in_quote[tok.i]:
                if tok.dep_ in {"appos", "compound", "flat", "nsubj", "nsubjpass"} or tok.head.dep_ in {"appos"} or tok.head.i == subj.i:
                    return m
        if direct is not None and self.entities[direct.entity].type in types:
            return direct
        return None

    def _salience_chain(self) -> None:
        """A small centering model: each he/she subject refers to the latest person-like subject
        before it (a named person, or an unnamed source such as 'an American official');
        'it' refers to the latest organisation or country subject."""
        _, _, person_nouns = _lexicon()
        last_person: Speaker | None = None
        last_org: Speaker | None = None
        for sent in self.sents:
            fallback: Speaker | None = None
            found_person = False
            for tok in sent:
                if self.in_quote[tok.i]:
                    continue
                m = self.mention_of_token.get(tok.i)
                if tok.dep_ not in _SUBJECT_DEPS:
                    if m is not None and fallback is None and self.entities[m.entity].type == "PERSON":
                        fallback = Speaker(m.entity, m.text, None, "pronoun")
                    continue
                lower = tok.lower_
                if lower in {"he", "she"}:
                    if last_person is not None:
                        self.pronoun_ref[tok.i] = Speaker(last_person.entity, tok.text, None,
                                                          "pronoun" if last_person.entity is not None else "unnamed")
                    found_person = True
                    continue
                if lower == "they" and last_person is not None and last_person.entity is None:
                    # Singular 'they' for an unnamed source ('one diplomat said ... they said').
                    self.pronoun_ref[tok.i] = Speaker(None, tok.text, None, "unnamed")
                    continue
                if lower == "it":
                    if last_org is not None:
                        self.pronoun_ref[tok.i] = Speaker(last_org.entity, tok.text, None, "pronoun")
                    continue
                sm = self.subject_mention(tok, {"ORG", "GPE", "NORP"})
                if sm is not None:
                    etype = self.entities[sm.entity].type
                    if etype == "PERSON":
                        last_person = Speaker(sm.entity, sm.text, None, "pronoun")
                        found_person = True
                    else:
                        last_org = Speaker(sm.entity, sm.text, None, "pronoun")
                elif tok.lemma_.lower() in person_nouns and tok.pos_ == "NOUN" and _indefinite(tok):
                    last_person = Speaker(None, _phrase(tok), None, "unnamed")
                    found_person = True
            if not found_person and fallback is not None and last_person is None:
                last_person = fallback

    def _token_range(self, start: int, end: int) -> range:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return range(span.start, span.end) if span is not None else range(0)

    def tokens(self, start: int, end: int) -> Span | None:
        return self.doc.char_span(start, end, alignment_mode="expand")


_INDEFINITE_DETS = {"a", "an", "one", "another", "some", "several", "two", "three", "many"}


def _indefinite(tok: Token) -> bool:
    """'a senior official', 'officials', 'one diplomat' introduce a new unnamed source; 'the
    official', 'his government' refer back to someone already in the story."""
    for child in tok.children:
        if child.dep_ == "poss":
            return False
        if child.dep_ in {"det", "nummod"}:
            return child.lower_ in _INDEFINITE_DETS
    return True


def _is_cue(tok: Token) -> bool:
    verbs, _, _ = _lexicon()
    if tok.lemma_.lower() not in verbs or tok.pos_ not in {"VERB", "AUX"}:
        return False
    if tok.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in tok.children):
        # A bare past participle modifies a noun ('the written readout', 'a widely quoted remark');
        # it reports no speech act of its own.
        return False
    return tok.pos_ == "VERB" or tok.dep_ not in {"amod", "acl"}


def _cue_text(tok: Token) -> str:
    """The cue as written: the verb plus an indirect object such as 'told reporters'."""
    parts = [tok]
    for child in tok.rights:
        if child.dep_ in {"dobj", "dative"} and child.pos_ in {"NOUN", "PROPN", "PRON"} and child.i - tok.i <= 2:
            parts.append(child)
            break
    return tok.doc[parts[0].i : parts[-1].i + 1].text


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in _SUBJECT_DEPS:
            return child
    if verb.dep_ in {"conj", "advcl", "xcomp", "pcomp"} and verb.head.i != verb.i:
        return _subject(verb.head)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in {"NOUN", "PROPN"}:
        # A participle modifying its source: 'a statement saying ...', 'US rhetoric saying ...'.
        return verb.head
    # Inverted attribution: 'said Samuel Charap' may parse the name as an object; right after a
    # quotation ('“...,” asked one journalist') a common noun there is the speaker too.
    before = [t for t in verb.doc[max(0, verb.i - 2) : verb.i] if t.text != ","]
    inverted = bool(before) and before[-1].is_quote and before[-1].i >= verb.i - 2
    for child in verb.rights:
        if child.dep_ in {"dobj", "attr", "npadvmod"} and (child.pos_ == "PROPN" or inverted and child.pos_ == "NOUN"):
            return child
    return None


def _ascend_to_cue(ctx: _Context, qspan: Span) -> Token | None:
    """A speech verb that governs the quote in the parse (at most four steps up)."""
    inside = set(range(qspan.start, qspan.end))
    for tok in qspan:
        if tok.head.i in inside or tok.head.i == tok.i:
            continue
        node = tok.head
        for _ in range(6):
            if ctx.in_quote[node.i] and node.i not in inside:
                break
            if _is_cue(node) and node.i not in inside:
                return node
            if node.head.i == node.i:
                break
            node = node.head
    return None


def _window_cue(ctx: _Context, qspan: Span, after: bool) -> Token | None:
    doc = ctx.doc
    step = 1 if after else -1
    i = qspan.end if after else qspan.start - 1
    seen = 0
    quote_sentence = ctx.sent_of[qspan.end - 1 if after else qspan.start]
    while 0 <= i < len(doc) and seen < _WINDOW:
        tok = doc[i]
        if ctx.in_quote[i] or "\n" in tok.text:
            break
        if after and ctx.sent_of[i] != quote_sentence:
            # spaCy often starts a new sentence at '” Price said.'; accept that sentence only when it
            # begins right at the closing mark, and only its first few tokens.
            sent = ctx.sents[ctx.sent_of[i]]
            if ctx.sent_of[i] > quote_sentence + 1 or sent.start_char - qspan.end_char > 3 or i - sent.start > 6:
                break
        if not after and tok.is_sent_start and i != qspan.start - 1 and seen > 0:
            # The cue must be in the quote's own sentence when it comes first.
            if _is_cue(tok):
                return tok
            break
        if _is_cue(tok):
            return tok
        if not after and tok.text in {".", "!", "?"}:
            break
        if not after and tok.dep_ in _SUBJECT_DEPS | {"expl"} and not ctx.in_quote[tok.head.i] and not _is_cue(tok.head):
            # The subject of another clause ('..., Moscow issued demands for “...”'): a speech
            # verb further back belongs to that earlier clause, not to this quote.
            break
        i += step
        seen += 1
    return None


def _find_cue(ctx: _Context, qspan: Span) -> Token | None:
    """The speech verb of a quote: right after it, governing it in the parse, or right before it."""
    adjacent = _window_cue(ctx, qspan, after=True)
    if adjacent is not None and adjacent.i - qspan.end <= 4 and adjacent.tag_ in {"VBD", "VBZ", "VBP"}:
        return adjacent  # '“...,” the ministry said.' beats any verb the parse hangs the quote on
    return _ascend_to_cue(ctx, qspan) or adjacent or _window_cue(ctx, qspan, after=False)


# Nouns naming a speech act ('his threat to take “...” measures', 'demands for “...”').
_SPEECH_NOUNS = {"threat", "demand", "call", "warning", "pledge", "promise", "vow", "claim", "statement",
                 "remark", "comment", "appeal", "accusation", "assurance", "proposal", "request", "ultimatum"}


def _noun_cue(ctx: _Context, qspan: Span) -> tuple[Token, Token] | None:
    """A speech noun the quoted words complete, and its source: the possessor ('his threat',
    'the ministry’s demand') or, for a speech act the sentence introduces ('Moscow issued demands
    for', 'she made a call for'), the subject of the verb taking the noun as its object."""
    inside = set(range(qspan.start, qspan.end))
    for tok in qspan:
        if tok.head.i in inside or tok.head.i == tok.i:
            continue
        node = tok.head
        for _ in range(4):
            if node.i in inside or ctx.in_quote[node.i]:
                break
            if node.pos_ == "NOUN" and node.lemma_.lower() in _SPEECH_NOUNS:
                poss = next((c for c in node.children if c.dep_ == "poss"), None)
                if poss is not None:
                    return node, poss
                definite = any(c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"} for c in node.children)
                if node.dep_ == "dobj" and not definite:
                    subj = next((c for c in node.head.children if c.dep_ in _SUBJECT_DEPS), None)
                    if subj is not None:
                        return node, subj
                return None
            if node.pos_ in {"VERB", "AUX"} and any(c.dep_ in _SUBJECT_DEPS for c in node.children):
                break  # a clause of its own: the quote is not the complement of a speech noun above it
            if node.head.i == node.i:
                break
            node = node.head
    return None


def _according_to(ctx: _Context, qspan: Span) -> Token | None:
    doc = ctx.doc
    lo = max(0, qspan.start - _WINDOW)
    hi = min(len(doc), qspan.end + _WINDOW)
    for tok in doc[lo:hi]:
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to" and not ctx.in_quote[tok.i]:
            if ctx.sent_of[tok.i] in {ctx.sent_of[qspan.start], ctx.sent_of[qspan.end - 1]}:
                for child in doc[tok.i + 1].children:
                    if child.dep_ == "pobj":
                        return child
    return None


def _phrase(tok: Token) -> str:
    """The noun phrase headed by tok, cut before relative clauses and appositives."""
    left = tok.left_edge.i
    right = tok.i
    for child in tok.rights:
        if child.dep_ in {"compound", "flat"} or (child.dep_ == "prep" and child.lower_ in {"of", "for", "at"}):
            right = max(right, child.right_edge.i)
        else:
            break
    text = tok.doc[left : right + 1].text
    return text.strip(" ,")


def _mention_for(ctx: _Context, tok: Token) -> MentionDraft | None:
    if tok.i in ctx.mention_of_token:
        return ctx.mention_of_token[tok.i]
    for child in tok.children:
        if child.dep_ in {"compound", "flat", "appos"} and child.i in ctx.mention_of_token:
            return ctx.mention_of_token[child.i]
    return None


def _resolve_pronoun(ctx: _Context, tok: Token, previous: list[tuple[QuoteDraft, Speaker]]) -> Speaker | None:
    lower = tok.lower_
    if tok.i in ctx.pronoun_ref:
        ref = ctx.pronoun_ref[tok.i]
        return Speaker(ref.entity, tok.text, None, ref.attribution)
    if lower == "it":
        return None
    if lower in _PRONOUNS_PLURAL:
        if previous and previous[-1][1].attribution != "none":
            prev = previous[-1][1]
            return Speaker(prev.entity, tok.text, None, "pronoun")
        return Speaker(None, tok.text, None, "unnamed")
    # he/she: the nearest person who is a subject, scanning back up to three sentences.
    si = ctx.sent_of[tok.i]
    for back in range(0, 4):
        s = si - back
        if s < 0:
            break
        sent = ctx.sents[s]
        candidates = []
        for t in sent:
            if back == 0 and t.i >= tok.i:
                break
            if ctx.in_quote[t.i]:
                continue
            m = ctx.mention_of_token.get(t.i)
            if m is not None and ctx.entities[m.entity].type == "PERSON":
                head = t
                while head.dep_ in {"compound", "flat"} and head.head.i != head.i:
                    head = head.head
                candidates.append((head.dep_ in _SUBJECT_DEPS, t.i, m))
        if candidates:
            subjects = [c for c in candidates if c[0]]
            pick = (subjects or candidates)[-1 if back == 0 else 0][2]
            return Speaker(pick.entity, tok.text, None, "pronoun")
    if previous:
        prev = previous[-1][1]
        return Speaker(prev.entity, tok.text, None, "pronoun")
    return None


def _resolve_nominal(ctx: _Context, tok: Token, previous: list[tuple[QuoteDraft, Speaker]]) -> Speaker:
    phrase = _phrase(tok)
    definite = any(c.lower_ in {"the", "this", "that"} for c in tok.lefts) or tok.left_edge.lower_ == "the"
    noun = tok.lemma_.lower()
    if definite:
        # The previous source described the same way ('a senior official' ... 'the official').
        for draft, speaker in reversed(previous[-6:]):
            if speaker.text and noun in speaker.text.lower():
                return Speaker(speaker.entity, phrase, None, "nominal" if speaker.entity is not None else "unnamed")
        # A named person carrying that title or description ('the Russian president').
        best = None
        for m in ctx.mentions:
            if m.start >= tok.idx:
                break
            ent = ctx.entities[m.entity]
            if ent.type != "PERSON":
                continue
            desc = (ent.description or "").lower()
            if noun in ent.titles or re.search(rf"\b{re.escape(noun)}\b", desc):
                best = m
        if best is not None:
            return Speaker(best.entity, phrase, None, "nominal")
    return Speaker(None, phrase, None, "unnamed")


def _speaker_from_subject(ctx: _Context, subj: Token | None, cue: Token, previous: list[tuple[QuoteDraft, Speaker]], how: str) -> Speaker:
    cue_text = _cue_text(cue) if how != "according_to" else "according to"
    if subj is None:
        return Speaker(None, None, cue_text, "none")
    mention = ctx.subject_mention(subj, {"ORG", "GPE", "NORP"})
    if mention is not None:
        return Speaker(mention.entity, mention.text, cue_text, how)
    if subj.lower_ in {"who", "which", "that"} and cue.dep_ == "relcl":
        # 'Hans Ek, who later said ...': the relative pronoun stands for the noun it modifies.
        antecedent = ctx.subject_mention(cue.head, {"ORG", "GPE", "NORP"})
        if antecedent is not None:
            return Speaker(antecedent.entity, antecedent.text, cue_text, how)
    if subj.pos_ == "PRON" or subj.lower_ in _PRONOUNS_PERSON | _PRONOUNS_PLURAL | {"it"}:
        found = _resolve_pronoun(ctx, subj, previous)
        if found is not None:
            found.cue = cue_text
            return found
        return Speaker(None, subj.text, cue_text, "unnamed")
    found = _resolve_nominal(ctx, subj, previous)
    found.cue = cue_text
    return found


def is_fragment(text: str, doc_text: str, start: int) -> bool:
    """A phrase embedded in the writer's sentence, not a quoted sentence or clause of its own."""
    first = next((c for c in text if c.isalpha()), "")
    if first.islower():
        return True
    words = text.split()
    if len(words) < 4 and not re.search(r"[.!?,]$", text):
        return True
    # Capitalised but continuing the writer's sentence: 'a "Cold War" mindset'.
    before = doc_text[max(0, start - 3) : start - 1].strip()
    if before and before[-1].isalpha() and len(words) < 4:
        return True
    return False


def extract_quotes(doc: Doc, entities: list[LocalEntity], mentions: list[MentionDraft], paragraphs: list[tuple[int, int]]) -> list[QuoteDraft]:
    """Direct and indirect quotations of one article, with speakers (see module docstring)."""
    text = doc.text  # Doc.text joins every token on each access: read it once
    spans = find_quote_spans(text, paragraphs)
    ctx = _Context(doc, entities, mentions, spans, text)
    out: list[QuoteDraft] = []
    previous: list[tuple[QuoteDraft, Speaker]] = []
    cue_owner: dict[int, QuoteDraft] = {}  # cue token -> first quote it attributed (for split quotes)
    open_part: QuoteDraft | None = None  # the last part of a quote left open at its paragraph's end
    for q in spans:
        qspan = ctx.tokens(q.start, q.end)
        if qspan is None or len(qspan) == 0:
            continue
        quote_text = text[q.start : q.end]
        fragment = is_fragment(quote_text, text, q.start)
        speaker: Speaker | None = None
        group_start: int | None = None
        cue_tok = _find_cue(ctx, qspan)
        if cue_tok is not None:
            speaker = _speaker_from_subject(ctx, _subject(cue_tok), cue_tok, previous, "cue_subject")
        if speaker is None or speaker.attribution == "none":
            pobj = _according_to(ctx, qspan)
            if pobj is not None:
                speaker = _speaker_from_subject(ctx, pobj, pobj, previous, "according_to")
                speaker.cue = "according to"
        if (speaker is None or speaker.attribution == "none") and fragment:
            found_noun = _noun_cue(ctx, qspan)
            if found_noun is not None:
                noun, source = found_noun
                speaker = _speaker_from_subject(ctx, source, noun, previous, "cue_subject")
                speaker.cue = noun.text if speaker.attribution != "none" else None
        continued = open_part if q.continues and open_part is not None and open_part.paragraph_index == q.paragraph - 1 else None
        if continued is not None:
            # One quotation running over paragraphs: every part has one speaker. The attribution
            # may come with the first part or only with a later one ('“A.\n\n“B,” she said.').
            group_start = continued.group_start if continued.group_start is not None else continued.start
            members = [(d, sp) for d, sp in previous if (d.group_start if d.group_start is not None else d.start) == group_start]
            known = [sp for _, sp in members if sp.attribution not in {"none", "carryover"}]
            if known or speaker is None or speaker.attribution == "none":
                prev_speaker = (known or [members[-1][1]])[-1]
                speaker = Speaker(prev_speaker.entity, prev_speaker.text, None,
                                  "carryover" if prev_speaker.attribution != "none" else "none")
            else:
                for d, sp in members:
                    d.speaker_entity, d.speaker_text, d.cue = speaker.entity, speaker.text, speaker.cue
                    d.attribution = speaker.attribution
                    d.confidence = CONFIDENCE[speaker.attribution]
                    sp.entity, sp.text, sp.cue, sp.attribution = speaker.entity, speaker.text, speaker.cue, speaker.attribution
        if cue_tok is not None and cue_tok.i in cue_owner and group_start is None:
            first = cue_owner[cue_tok.i]
            group_start = first.group_start if first.group_start is not None else first.start
            if speaker is not None and speaker.attribution in {"cue_subject", "none"}:
                speaker.attribution = "split" if speaker.entity is not None or speaker.text else speaker.attribution
        if (speaker is None or speaker.attribution == "none") and previous and continued is None:
            prev_draft, prev_speaker = previous[-1]
            same_or_next_paragraph = q.paragraph - prev_draft.paragraph_index <= 1
            starts_unit = q.continues or q.unbalanced or not fragment
            if same_or_next_paragraph and starts_unit and prev_speaker.attribution != "none":
                speaker = Speaker(prev_speaker.entity, prev_speaker.text, None, "carryover")
                if q.continues or q.paragraph == prev_draft.paragraph_index:
                    group_start = prev_draft.group_start if prev_draft.group_start is not None else prev_draft.start
        if speaker is None or speaker.attribution == "none":
            if fragment and continued is None:
                continue  # a scare quote or a term, not somebody's words
            speaker = Speaker(None, None, None, "none")
        draft = QuoteDraft(
            start=q.start,
            end=q.end,
            text=quote_text,
            kind="direct",
            is_fragment=fragment,
            speaker_entity=speaker.entity,
            speaker_text=speaker.text,
            cue=speaker.cue,
            attribution=speaker.attribution,
            paragraph_index=q.paragraph,
            confidence=CONFIDENCE[speaker.attribution] * (0.8 if q.unbalanced else 1.0),
            group_start=group_start,
        )
        if cue_tok is not None and cue_tok.i not in cue_owner:
            cue_owner[cue_tok.i] = draft
        open_part = draft if q.open_end else None
        out.append(draft)
        previous.append((draft, speaker))
    out.extend(_indirect_quotes(ctx, previous, paragraphs))
    out.sort(key=lambda d: (d.start, d.end))
    return out


_INDIRECT_VERBS = {"say", "tell", "warn", "insist", "add", "claim", "argue", "note", "deny", "confirm", "announce",
                   "stress", "acknowledge", "assert", "suggest", "predict", "reiterate", "explain"}


def _indirect_quotes(ctx: _Context, previous: list[tuple[QuoteDraft, Speaker]], paragraphs: list[tuple[int, int]]) -> list[QuoteDraft]:
    """Reported speech: 'X said that ...' where the clause holds no quotation marks."""
    out = []
    doc = ctx.doc
    for tok in doc:
        if tok.lemma_.lower() not in _INDIRECT_VERBS or tok.pos_ != "VERB" or ctx.in_quote[tok.i]:
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
        speaker = _speaker_from_subject(ctx, _subject(tok), tok, [p for p in previous if p[0].start < start], "cue_subject")
        if speaker.attribution == "none":
            continue
        paragraph = next(i for i, (ps, pe) in enumerate(paragraphs) if ps <= start < pe + 2)
        out.append(QuoteDraft(
            start=start, end=end, text=ctx.text[start:end], kind="indirect", is_fragment=False,
            speaker_entity=speaker.entity, speaker_text=speaker.text, cue=speaker.cue,
            attribution=speaker.attribution, paragraph_index=paragraph,
            confidence=round(CONFIDENCE[speaker.attribution] * 0.9, 3),
        ))
    return out
