"""Indirect quotes: reported speech and attributed claims with no quotation marks.

Read off the dependency parse of one sentence, in these shapes (the content is what a quote's
``text`` holds; the cue and its source give ``cue`` and the speaker):

1. ``X said (that) CONTENT`` — a speech or cognition verb with a clausal complement after it;
2. ``CONTENT, X said.`` — the complement before the verb: the sentence up to the cue, with a
   clause coordinated after it ("A, the agency said, and B");
3. ``CONTENT-part, X said, CONTENT-part`` — a parenthetical cue inside the content: both parts;
4. ``According to X, CONTENT`` / ``CONTENT, according to X`` — the rest of the sentence (or,
   inside it, both sides of the clause the phrase hangs on); the same for ``In X's view,
   CONTENT``, ``in the words of X`` (curated ``view_nouns``);
5. ``X vowed to CONTENT``, ``X urged CONTENT`` (``Y to ...``) — a promise, request or intention
   with its infinitive, the addressee included; ``X appeared to CONTENT`` only when X names a
   person or body ("the storm seems to weaken" is nobody's view);
6. ``X denied CONTENT``, ``X criticized CONTENT for ...``, ``X called CONTENT`` (with its
   predicate: "called the plan a disaster"), ``CONTENT was first reported by X`` — a speech act
   with its object, however short ("denied the report"), not when the object only names someone
   ("praised the senator"); ``X backed CONTENT``, ``X attacked CONTENT`` — a verb of stance with
   its object, a person too ("endorsed the senator"): news reports stances as it reports claims;
   the object may be a gerund ("proposed dropping the toll");
7. ``X called for CONTENT``, ``X warned of CONTENT`` — a verb with its preposition;
8. ``X's claim that CONTENT``, ``X's decision to CONTENT``, ``X's criticism of CONTENT`` — a noun
   of what was said or intended, with its possessor (or "by X", or a name before it) as source.
9. ``X is worried that CONTENT``, ``X was critical of CONTENT``, ``X is eager to CONTENT`` — an
   adjective of attitude after a copula, whose subject is the source.

Every word list is curated in ``data/curated/cues.yaml`` (``indirect_verbs``,
``infinitive_verbs``, ``object_verbs``, ``stance_verbs``, ``naming_verbs``, ``prepositional_cues``,
``indirect_nouns``, ``appearance_verbs``, ``attitude_adjectives``): verbs and nouns of speech,
the verbs of belief, finding and intention that news reports attribute claims with ("believes",
"found", "plans to"), and the verbs and adjectives of stance. A candidate needs a
source: the cue's subject (through "refrained from criticizing", "a rule requiring X to report"),
the agent of a passive cue (a passive without one names no source), or the noun a relative
pronoun stands for. Nothing is taken from a question or a condition ("if you want to ..."). The
content ends before a speech act of the source's own ("..., adding that ...", "...; they ...")
and before a comment the writer adds after a comma (", which ...", an appositive). An
attribution inside another's content is part of it ("she said he plans to ..."): only the outer
one is a quote. Content with quotation marks is left to the direct-quote finder.
"""

from __future__ import annotations


from functools import lru_cache

from spacy.tokens import Token
from structnews.build.core import curated
from structnews.build.extract import pronouns
from structnews.build.extract.drafts import QuoteDraft
from structnews.build.extract.quotes.context import SUBJECT_DEPS, QuoteContext, Speaker, mention_for, person_nouns, who_antecedent
from structnews.build.extract.quotes.cues import according_source, relays_as_saying, subject_of
from structnews.build.extract.quotes.indirect_sources import anonymity
from structnews.build.extract.quotes.indirect_bounds import (
    ASIDE_MARKS, both_parts, closes_bracket, concession, manner_absolute, misparsed_complement, named_apposition, object_end, opens_contrast,
    past_dateline, since_break, only_elaboration_after, reason_after, subject_taken_for_object, time_after_cue, without_trailing_aside)
from structnews.build.extract.quotes.spans import CLOSE_DOUBLE, OPEN_DOUBLE
from structnews.build.extract.quotes.speakers import CONFIDENCE, speaker_from_subject
from structnews.schema.quotes import Attribution

MIN_TOKENS = 3  # shorter contents are mostly 'said so', 'said yes', 'promised a veto'
_QUOTE_MARKS = set(OPEN_DOUBLE + CLOSE_DOUBLE + '"')


@lru_cache(maxsize=1)
def prepositional_cues() -> frozenset[tuple[str, str]]:
    """(verb, preposition) pairs whose prepositional object is what the source said (curated)."""
    return frozenset(tuple(c.split(" ", 1)) for c in curated.cues().prepositional_cues)  # type: ignore[misc]


def lemmas(tok: Token) -> set[str]:
    """The verb's lemma and, where the tagger's lemma is odd ('hoping' -> 'hop'), the forms its
    inflection suggests; a phrasal verb also as 'lemma particle' ('point out')."""
    lower = tok.lower_
    out = {tok.lemma_.lower(), lower}
    for suffix, repl in (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("d", "")):
        if lower.endswith(suffix) and len(lower) - len(suffix) >= 3:
            out.add(lower[: len(lower) - len(suffix)] + repl)
    for child in tok.children:
        if child.dep_ == "prt":
            out |= {f"{form} {child.lower_}" for form in list(out)}
    return out


def _clean(ctx: QuoteContext, toks: list[Token], min_tokens: int = MIN_TOKENS) -> tuple[int, int] | None:
    """Character bounds of a content span: leading 'that' and commas, trailing punctuation and
    a dangling 'and' dropped; None when too short, crossing a paragraph or touching a quotation."""
    toks = past_dateline(ctx, toks)
    while toks and (toks[0].is_punct or toks[0].is_space or (toks[0].lower_ == "that" and toks[0].dep_ == "mark") or toks[0].dep_ == "cc"):
        toks = toks[1:]
    toks = without_trailing_aside(toks)
    while toks and (toks[-1].is_punct or toks[-1].is_space or toks[-1].dep_ == "cc") and not closes_bracket(toks):
        toks = toks[:-1]
    if len(toks) < min_tokens:
        return None
    after = toks[-1].i + 1
    if after < len(ctx.doc) and ctx.doc[after].text == ")" and closes_bracket(toks + [ctx.doc[after]]):
        toks = toks + [ctx.doc[after]]  # '(120 km/h)': the parser hangs the ')' on the cue
    if any(ctx.in_quote[t.i] or t.text in _QUOTE_MARKS for t in toks):
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    if "\n" in ctx.text[start:end]:
        return None
    return start, end


def _complement(ctx: QuoteContext, verb: Token) -> tuple[int, int] | None:
    """Shapes 1 and 2: the verb's clausal complement, after or before it. The parser sometimes
    hangs a second conjoined clause on the verb as another complement ('said A and would B'):
    the complements on the same side are one content."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses:
        clauses = misparsed_complement(verb)
    if not clauses:
        # 'said after the match he would not sign ...': a clause with its own subject and no
        # conjunction or question word, right after the cue's words (no comma), is the complement
        # the parser took for an adverbial clause
        clauses = [c for c in verb.rights if c.dep_ == "advcl" and c.pos_ in {"VERB", "AUX"}
                   and any(g.dep_ in SUBJECT_DEPS for g in c.children) and not any(g.dep_ == "mark" for g in c.children)
                   and c.left_edge.tag_ not in {"WRB", "WDT", "WP"} and verb.doc[c.left_edge.i - 1].text not in ASIDE_MARKS | {";"}][:1]
    if not clauses:
        return None
    # A clause after the verb is the content: one before it then stands apart ('It is unlikely;
    # her team says she will return': the parser hangs the first sentence on 'says').
    clause = next((c for c in clauses if c.i > verb.i), clauses[0])
    if clause.i < verb.i:
        return _content_before(ctx, verb, clause)
    if manner_absolute(verb, clause) or any(g.dep_ in SUBJECT_DEPS and g.lower_ in {"that", "who", "which"} and g.i == g.head.left_edge.i
                                            for g in clause.children) and verb.doc[clause.left_edge.i - 1].dep_ in {"dobj", "dative", "pobj"}:
        return None  # 'said, her voice breaking'; 'told the farmers that live near the dam': a relative clause taken for content
    told = {i for c in clauses if c.i > verb.i for i in time_after_cue(verb, c)}
    toks = [t for c in clauses if c.i > verb.i for t in _own_content(c) if t.i not in told]
    if toks:
        toks += reason_after(verb, max(t.i for t in toks))
    first = clauses[0] if clauses[0].i > verb.i else None
    subject = subject_taken_for_object(verb, first) if first is not None else None
    if subject is not None:
        toks = list(verb.doc[subject.left_edge.i : first.left_edge.i]) + toks
    toks = sorted(set(toks), key=lambda t: t.i)
    return _clean(ctx, toks) or (_quote_free_conjunct(ctx, first, toks) if first is not None else None)


def _quote_free_conjunct(ctx: QuoteContext, clause: Token, toks: list[Token]) -> tuple[int, int] | None:
    """'said the plan was "a disaster" and that it would raise prices', 'said it had accepted the
    proposal and that "the ball is in their court"': a content of conjoined clauses, one of
    which holds a quotation (that one is a quote of its own, the fragment): the first conjunct
    free of quotation marks is the indirect content."""
    conjs = [c for c in clause.children if c.dep_ == "conj" and c.i > clause.i and any(g.dep_ in SUBJECT_DEPS for g in c.children)]
    if not conjs or not any(ctx.in_quote[t.i] for t in toks):
        return None
    cuts = [c.left_edge.i for c in conjs] + [toks[-1].i + 1]
    segments = [[t for t in toks if t.i < cuts[0]]] + [[t for t in toks if a <= t.i < b] for a, b in zip(cuts, cuts[1:])]
    return next((bounds for segment in segments if (bounds := _clean(ctx, segment)) is not None), None)


def _content_before(ctx: QuoteContext, verb: Token, clause: Token) -> tuple[int, int] | None:
    """Shape 2, 'CONTENT, X said.': the verb must come after the whole clause, as an attribution,
    and not after a semicolon or colon (a sentence of its own). The content is the sentence up to
    the clause's end ('A, but B, the source added': the parser hangs the complement on B alone),
    and a clause coordinated after the cue ('A, the agency said, and B') when its verb is no
    speech act of its own."""
    if clause.right_edge.i >= verb.i or any(t.text in {";", ":"} for t in verb.doc[clause.right_edge.i + 1 : verb.i]):
        return None
    doc = verb.doc
    if any(t.text == ":" and t.i + 1 < len(doc) and (ctx.in_quote[t.i + 1] or doc[t.i + 1].text in _QUOTE_MARKS) for t in clause.subtree):
        return None  # 'X disagreed: “…,” she said': the clause introduces the quotation, it reports nothing itself
    own = _own_content(clause)
    if not own:
        return None
    sent = ctx.sents[ctx.sent_of[verb.i]]
    last = max([own[-1].i] + [c.right_edge.i for c in verb.lefts if c.dep_ == "ccomp" and c.i > clause.i])  # 'A, but B' as two clauses
    whole = list(verb.doc[sent.start : last + 1])
    conj = next((c for c in verb.rights if c.dep_ == "conj" and any(g.dep_ in SUBJECT_DEPS for g in c.children)
                 and not lemmas(c) & curated.cue_words("indirect_verbs")), None)
    if conj is not None:
        whole += [t for t in verb.doc[conj.left_edge.i : conj.right_edge.i + 1]]
    # a stretch the cleaning refuses (a quotation before the clause) leaves the clause alone
    return _clean(ctx, whole) or _clean(ctx, own)


def _own_content(clause: Token) -> list[Token]:
    """The clause's tokens up to a speech act of the source's own that follows it ('said the plan
    would fail and warned that ...', 'said the plan would fail, arguing that ...': the second verb
    is the speaker's act, not content)."""
    verbs = curated.cue_words("indirect_verbs")
    acts = verbs | curated.cue_words("object_verbs") | curated.cue_words("infinitive_verbs")

    def own_act(c: Token) -> bool:
        before = c.doc[c.left_edge.i - 1].text if c.left_edge.i > 0 else ""
        if before == ";" and c.dep_ in {"conj", "parataxis"}:
            return True  # 'said A; the port reopened B': a sentence of the writer's own
        if c.pos_ not in {"VERB", "AUX"}:
            return False
        forms = lemmas(c)
        if any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children):
            if c.dep_ == "conj" and forms & verbs and any(g.dep_ == "ccomp" for g in c.children):
                return True  # '..., and when pressed, the minister replied that ...': another attribution
            if concession(c):
                return True
            # '..., even as she insisted that ...': a speech act of its own, set off by a comma
            return c.dep_ == "advcl" and before == "," and bool(forms & verbs) and any(g.dep_ == "mark" for g in c.children)
        if c.dep_ == "conj":
            return bool(forms & verbs)
        return c.dep_ == "advcl" and c.tag_ == "VBG" and before == "," and bool(forms & acts)

    def outside_reported(c: Token) -> bool:
        # Hangs on the clause through coordination and modifiers, not inside a clause reported in turn.
        node = c
        while node.i != clause.i:
            if node.dep_ in {"ccomp", "xcomp", "csubj", "parataxis"} and node is not c:
                return False
            node = node.head
        return True

    stop = min((c.left_edge.i for c in clause.subtree if c.i > clause.i and c.head.i != c.i and c.dep_ in {"conj", "advcl", "parataxis"}
                and own_act(c) and outside_reported(c)), default=None)
    toks = list(clause.subtree)
    if stop is None:
        return toks
    cut = [t for t in toks if t.i < stop]  # before the whole act: not '..., even as she' left dangling
    while cut and (cut[-1].dep_ == "cc" or cut[-1].is_punct):
        cut.pop()
    return cut


def _span(ctx: QuoteContext, first: Token, last: Token, min_tokens: int = MIN_TOKENS) -> tuple[int, int] | None:
    return _clean(ctx, list(ctx.doc[first.i : last.i + 1]), min_tokens)


def _infinitive(ctx: QuoteContext, verb: Token) -> tuple[int, int] | None:
    """Shape 5: 'X vowed to CONTENT', 'X urged Y to CONTENT' (the addressee belongs to the content)."""
    inf = next((c for c in verb.rights if c.dep_ in {"xcomp", "ccomp"} and c.pos_ in {"VERB", "AUX"}
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if inf is None:
        return None
    first = inf.left_edge
    obj = next((c for c in verb.rights if c.dep_ in {"dobj", "dative"} and c.i < inf.i), None)
    if obj is not None:
        first = obj.left_edge
    toks = [t for t in _own_content(inf) if t.i >= first.i] if obj is None else \
        list(verb.doc[first.i : inf.i]) + _own_content(inf)
    toks = [t for t in toks if t.i > verb.i]  # not a relative pronoun before the cue ('that X wanted to ...')
    # 'plans to widen X, dredge Y and build Z': the parser may hang the later infinitives on the cue.
    for c in verb.rights:
        if c.dep_ == "conj" and c.i > inf.right_edge.i and c.tag_ == "VB" and not any(g.dep_ in SUBJECT_DEPS for g in c.children):
            toks = list(verb.doc[toks[0].i : c.right_edge.i + 1])
    # 'declined to comment', 'refused to cooperate': two words make a whole refusal when the clause ends there
    after = verb.doc[toks[-1].i + 1] if toks and toks[-1].i + 1 < len(verb.doc) else None
    return _clean(ctx, toks, 2 if after is None or after.text in {".", ",", ";", ":", "!"} else MIN_TOKENS)


def _gerund(ctx: QuoteContext, verb: Token) -> tuple[int, int] | None:
    """Shape 6 with a gerund for object: 'X proposed dropping the toll', 'X denied taking the money',
    'X backed raising the tax'. The '-ing' clause comes right after the verb (an adverbial participle
    after a comma, 'said ..., adding', is the source's own act, not content)."""
    ger = next((c for c in verb.rights if c.dep_ in {"xcomp", "ccomp"} and c.tag_ == "VBG"
                and not any(g.dep_ in SUBJECT_DEPS | {"mark", "aux"} for g in c.children)), None)
    if ger is None or ger.left_edge.i != verb.i + 1 + sum(1 for t in verb.doc[verb.i + 1 : ger.left_edge.i] if t.dep_ in {"advmod", "neg"}):
        return None
    return _clean(ctx, _own_content(ger))


_OBJECT_PREPS = {"for", "of", "over", "as"}  # 'criticized X for Y', 'accused X of Y', 'described X as Y'
_STANCE_PRONOUNS = {"him", "her", "them", "it"}  # objects of a stance verb that stand for its target


def _object(ctx: QuoteContext, verb: Token, naming: bool = False, stance: bool = False) -> tuple[int, int] | None:
    """Shape 6: 'X denied CONTENT', 'X criticized CONTENT for CONTENT', 'X called CONTENT' (a verb
    of naming only with its predicate: 'called the plan a disaster'); in the passive, with the
    source as agent, the subject: 'CONTENT was first reported by X'. An object that only names
    someone ('citing officials', 'praised the senator') is not what was said; a stance's object
    (``stance``: 'backed the senator') is what the source holds a view on, a person too."""
    if naming and not any(c.dep_ == "agent" for c in verb.children):
        obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
        pred = next((c for c in verb.rights if c.dep_ == "oprd"), None)
        if obj is not None and pred is not None:
            return _span(ctx, obj.left_edge, pred.right_edge)
        clause = next((c for c in verb.rights if c.dep_ == "ccomp"), None)  # parsed as a small clause
        return _clean(ctx, list(clause.subtree)) if clause is not None and obj is None else None
    if any(c.dep_ == "agent" for c in verb.children):
        subj = next((c for c in verb.lefts if c.dep_ == "nsubjpass"), None)
        if subj is None:
            return None
        last = subj.right_edge
        pred = next((c for c in verb.rights if c.dep_ == "oprd"), None)  # 'X has been called a failure by Y'
        if pred is None and not stance and _names_someone(ctx, subj):
            return None  # 'X was questioned by reporters', like 'reporters questioned X': no content
        return _span(ctx, subj.left_edge, pred.right_edge if pred is not None else last)
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None:
        # 'called the plan a mistake': the parser makes the object and its predicate a clause.
        clause = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
        return _clean(ctx, list(clause.subtree)) if clause is not None else None
    if obj.pos_ == "PRON" and obj.lower_ not in {"what", "whatever"} and not (stance and obj.lower_ in _STANCE_PRONOUNS):
        return None  # 'praised him' names no content; 'attacked him' is a stance like 'attacked the senator'
    if obj.lemma_.lower() in curated.cues().non_speech_objects.get(verb.lemma_.lower(), ()):
        return None  # 'declared a state of emergency': an act of office (curated non_speech_objects)
    about = next((c for c in obj.rights if c.dep_ == "prep" and c.lower_ in _NOUN_PREPS), None) \
        if obj.pos_ == "NOUN" and obj.lemma_.lower() in curated.cue_words("attitude_nouns") else None
    matter = next((c for c in about.children if c.dep_ in {"pobj", "pcomp"}), None) if about is not None else None
    if matter is not None:
        return _clean(ctx, list(matter.subtree), 1)  # 'expressed concern about the policy': the policy
    last = obj.right_edge
    for c in verb.rights:
        if c.i > last.i and (c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS) and c.i - last.i <= 3:
            last = c.right_edge
    if last.i == obj.right_edge.i and _names_someone(ctx, obj) and not stance:
        return None
    return _span(ctx, obj.left_edge, object_end(verb, last), 1)  # an object is a whole phrase ("denied the report")


def _someone(ctx: QuoteContext, subj: Token | None) -> bool:
    """Whether a subject is a person or a body that can hold a view: a name of one, a noun for a
    person ('the official'), or a personal pronoun ('she', 'they'; not 'it')."""
    if subj is None:
        return False
    return subj.lower_ in pronouns.HE_SHE_SUBJECT | pronouns.PLURAL_SUBJECT | {"i", "you"} or _names_someone(ctx, subj)


def _names_someone(ctx: QuoteContext, noun: Token) -> bool:
    """Whether a noun phrase only names a person, a body or a source ('the minister's office',
    'sources in the ministry', a name)."""
    m = mention_for(ctx, noun)
    if m is not None and ctx.entities[m.entity].type in {"PERSON", "ORG", "GPE", "NORP"}:
        return True
    return noun.lemma_.lower() in person_nouns() | {"office", "source"}


def _prepositional(ctx: QuoteContext, verb: Token, forms: set[str]) -> tuple[int, int] | None:
    """Shape 7: 'X called for CONTENT', 'X warned of CONTENT', 'X called on Y to CONTENT'."""
    cues = prepositional_cues()
    for prep in verb.rights:
        if prep.dep_ not in {"prep", "prt"} or not any((f, prep.lower_) in cues for f in forms):
            continue
        obj = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
        if obj is None:
            obj = next((c for c in verb.rights if c.dep_ == "dobj" and c.i > prep.i), None)
        if obj is None:
            continue
        last = obj.right_edge
        inf = next((c for c in verb.rights if c.dep_ in {"xcomp", "ccomp"} and c.i > last.i), None)
        if inf is not None and any(a.dep_ == "aux" and a.lower_ == "to" for a in inf.children):
            last = inf.right_edge  # 'called on Y to act'
        return _span(ctx, obj.left_edge, last)
    return None


_NOUN_PREPS = {"of", "about", "for", "on", "against", "over"}


def _noun(ctx: QuoteContext, noun: Token) -> tuple[Token, tuple[int, int]] | None:
    """Shape 8: 'his claim that CONTENT', 'the minister's decision to CONTENT', 'X's criticism of CONTENT':
    a noun of what was said or intended, whose source is its possessor or the object of 'by'/'from'."""
    source = next((c for c in noun.children if c.dep_ == "poss"), None)
    if source is None:
        # 'a Ruritanian Herald report that ...': a name before the noun issued it.
        source = next((c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i in ctx.mention_of_token), None)
    if source is None:
        by = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in {"by", "from"}), None)
        source = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if source is None:
        return None
    for child in noun.rights:
        if child.dep_ in {"acl", "ccomp", "relcl"} and child.pos_ in {"VERB", "AUX"} and (
                any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children)
                or any(m.dep_ == "mark" and m.lower_ == "that" for m in child.children)):
            bounds = _clean(ctx, list(child.subtree))
        elif child.dep_ == "prep" and child.lower_ in _NOUN_PREPS:
            obj = next((c for c in child.children if c.dep_ in {"pobj", "pcomp"}), None)
            bounds = _clean(ctx, list(obj.subtree)) if obj is not None else None
        else:
            continue
        if bounds is not None:
            return source, bounds
    return None


def _parenthetical(ctx: QuoteContext, verb: Token) -> tuple[int, int] | None:
    """Shape 3: 'A, X said, B' where the cue hangs on the content's verb as parataxis."""
    if verb.dep_ != "parataxis":
        return None
    head = verb.head
    if head.pos_ in {"NOUN", "PROPN", "PRON"} and head.dep_ in SUBJECT_DEPS and head.head.pos_ in {"VERB", "AUX"}:
        head = head.head  # 'The difference today, she told me, is that ...': the parser hangs the cue on the subject
    if head.pos_ not in {"VERB", "AUX"}:
        return None
    # A clause before the cue that the parser hangs on it ('Though A, X said, B') is content.
    ahead = {t.i for c in verb.lefts if c.dep_ in {"advcl", "ccomp", "xcomp"} for t in c.subtree}
    own = {t.i for t in verb.subtree} - ahead
    for c in head.rights:
        if c.i > verb.i and c.dep_ == "conj" and any(g.dep_ in SUBJECT_DEPS for g in c.children):
            # 'A, X said, and the others agreed B': the next clause is not the content
            own |= {t.i for t in c.subtree} | {t.i for t in head.rights if t.i > verb.i and t.dep_ == "cc" and t.i < c.i}
    # '..., although it may take days to ...': the writer's concession after the content
    own |= {t.i for c in head.rights if c.i > verb.i and concession(c) for t in c.subtree}
    content = [t for t in head.subtree if t.i not in own]
    left = since_break([t for t in content if t.i < verb.i and t.i not in own], verb)
    right = [t for t in content if t.i > verb.right_edge.i]
    cut = min((i for i in own if i > verb.right_edge.i), default=None)  # the content stops at a part left out
    right = [t for t in right if cut is None or t.i < cut]
    both = both_parts(left, right)
    if both is not None:
        # 'The new tunnel, X said, would open in May', 'Though A, X said, B': the content is both
        # parts, so it runs over the cue (the speaker and cue fields name it).
        return _clean(ctx, both)
    return _clean(ctx, right if len(right) >= len(left) else left)


_ADJECTIVE_PREPS = {"about", "of", "to", "with", "over", "on", "toward", "towards"}


def _attitude(ctx: QuoteContext, adj: Token) -> tuple[int, int] | None:
    """Shape 9: 'X is worried that CONTENT', 'X was critical of CONTENT', 'X is eager to
    CONTENT': an adjective of attitude, knowledge or intention after a copula, with its clause,
    infinitive or prepositional object; the copula's subject is the source."""
    for child in adj.rights:
        if child.dep_ in {"ccomp", "xcomp"} and (child.pos_ in {"VERB", "AUX"} or any(
                g.dep_ in SUBJECT_DEPS | {"mark"} for g in child.children)):
            # a clause by its subject or 'that' even when the tagger calls its verb an adjective
            # ('afraid that the dam may be undercut')
            return _clean(ctx, _own_content(child))
        if child.dep_ == "prep" and child.lower_ in _ADJECTIVE_PREPS:
            obj = next((c for c in child.children if c.dep_ in {"pobj", "pcomp"}), None)
            if obj is None or obj.pos_ == "PRON" and obj.lower_ not in {"what", "whatever"}:
                return None  # 'worried about it' names no content
            return _clean(ctx, list(obj.subtree), 1)
    return None


def _phrase_source(ctx: QuoteContext, tok: Token) -> Token | None:
    """Who a phrase of attribution names: X of 'according to X', of 'in X's view' and of 'in the
    words of X' (a curated ``view_nouns`` noun after 'in', with a possessor or 'of')."""
    doc = ctx.doc
    if tok.lower_ == "according":
        return according_source(tok)
    noun = next((c for c in tok.children if c.dep_ == "pobj"), None) if tok.dep_ == "prep" else None
    if noun is None or noun.lemma_.lower() not in curated.cue_words("view_nouns") or noun.tag_ not in {"NN", "NNS"}:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if owner is not None and of is not None:
        return None  # 'in its view of the harbour' is a sight, not an opinion
    return owner if owner is not None else next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _according_to(ctx: QuoteContext, according: Token) -> tuple[Token, tuple[int, int]] | None:
    """Shape 4: the clause that 'according to X' (or 'in X's view') attaches to, without the phrase itself."""
    doc = ctx.doc
    source = _phrase_source(ctx, according)
    if source is None:
        return None
    sent = ctx.sents[ctx.sent_of[according.i]]
    end = according.right_edge.i
    named = named_apposition(ctx, source, end, sent.end)
    if named is not None:
        source, end = named  # 'According to the mayor, Ana Varga, CONTENT': she is the source
    words_before = [t for t in doc[sent.start : according.i] if not (t.is_punct or t.is_space)]
    words_after = [t for t in doc[end + 1 : sent.end] if not (t.is_punct or t.is_space)]
    if words_before and not words_after:
        # 'CONTENT, according to X.' and 'According to X, CONTENT.': the rest of the sentence,
        # whatever the parser made of it.
        bounds = _clean(ctx, list(doc[sent.start : according.i]))
        return (source, bounds) if bounds is not None else None
    if words_after and not words_before:
        bounds = _clean(ctx, list(doc[end + 1 : sent.end]))
        return (source, bounds) if bounds is not None else None
    if only_elaboration_after(sent, according.i, end):  # 'CONTENT, according to X, more than twice what ...'
        bounds = _clean(ctx, list(doc[sent.start : according.i]))
        return (source, bounds) if bounds is not None else None
    head = according.head
    if head.i == according.i or head.pos_ not in {"VERB", "AUX"}:
        return None
    phrase = {t.i for t in according.subtree}
    content = [t for t in head.subtree if t.i not in phrase]
    left = since_break([t for t in content if t.i < according.i], according)
    right = [t for t in content if t.i > according.right_edge.i]
    both = both_parts(left, right, continuing=True)  # 'A, according to X, and B'
    if both is None and opens_contrast(right):
        both = left  # 'A, according to X, but B': the phrase is about A
    bounds = _clean(ctx, both if both is not None else right if len(right) >= len(left) else left)
    return (source, bounds) if bounds is not None else None


def indirect_quotes(ctx: QuoteContext, previous: list[tuple[QuoteDraft, Speaker]], paragraphs: list[tuple[int, int]]) -> list[QuoteDraft]:
    """Every indirect quote of the article (see the module docstring), at most one per span."""
    out: list[QuoteDraft] = []
    cues: dict[tuple[int, int], int] = {}  # span -> character offset of its cue
    taken: set[tuple[int, int]] = set()
    verbs = curated.cue_words("indirect_verbs")
    for tok in ctx.doc:
        if ctx.in_quote[tok.i]:
            continue
        found: tuple[Token | None, Token, tuple[int, int] | None, Attribution] | None = None
        if tok.lower_ in {"according", "in"}:
            hit = _according_to(ctx, tok)
            if hit is not None:
                found = (hit[0], tok, hit[1], Attribution.according_to)
        elif tok.pos_ in {"ADJ", "VERB"} and tok.dep_ == "acomp" and tok.lower_ in curated.cue_words("attitude_adjectives"):
            bounds = _attitude(ctx, tok)
            if bounds is not None:
                found = (subject_of(tok.head), tok, bounds, Attribution.cue_subject)
        elif tok.pos_ == "NOUN" and lemmas(tok) & curated.cue_words("indirect_nouns"):
            hit = _noun(ctx, tok)
            if hit is not None:
                found = (hit[0], tok, hit[1], Attribution.cue_subject)
        elif tok.pos_ in {"VERB", "AUX"} and (tok.dep_ not in {"amod", "acl"} or tok.tag_ == "VBG" and tok.dep_ == "acl") \
                and not relays_as_saying(tok):
            forms = lemmas(tok)
            bounds = None
            if forms & verbs:
                bounds = _complement(ctx, tok) or _parenthetical(ctx, tok)
            if bounds is None and forms & curated.cue_words("infinitive_verbs"):
                bounds = _infinitive(ctx, tok)
            if bounds is None and forms & curated.cue_words("appearance_verbs") and _someone(ctx, subject_of(tok)):
                bounds = _infinitive(ctx, tok)
            if bounds is None and forms & curated.cue_words("object_verbs"):
                bounds = _object(ctx, tok)
            if bounds is None and forms & curated.cue_words("stance_verbs"):
                bounds = _object(ctx, tok, stance=True)
            if bounds is None and forms & (curated.cue_words("object_verbs") | curated.cue_words("stance_verbs")):
                bounds = _gerund(ctx, tok)
            if bounds is None and forms & curated.cue_words("naming_verbs"):
                bounds = _object(ctx, tok, naming=True)
            if bounds is None:
                bounds = _prepositional(ctx, tok, forms)
            if bounds is not None:
                found = (source_of(tok), tok, bounds, Attribution.cue_subject)
        if found is None or found[2] is None or found[2] in taken:
            continue
        subject, cue, (start, end), how = found
        if subject is None or _unasserted(ctx, cue) or anonymity(ctx, cue, start, end):
            continue
        earlier = [p for p in previous if p[0].start < start]
        speaker = speaker_from_subject(ctx, subject, cue, earlier, how)
        if speaker.attribution == Attribution.none:
            continue
        if how == Attribution.according_to:
            view = subject.head if subject.dep_ == "poss" else subject.head.head  # 'in his view', 'in the words of'
            speaker.cue = "according to" if cue.lower_ == "according" else ctx.doc[cue.i : max(cue.i + 1, view.i + 1 + (subject.dep_ != "poss"))].text.lower()
        elif speaker.cue and cue.idx < start < cue.idx + len(speaker.cue):
            speaker.cue = cue.text  # 'reported two bridges were damaged': the object is the content's subject
        taken.add((start, end))
        paragraph = next(i for i, (ps, pe) in enumerate(paragraphs) if ps <= start < pe + 2)
        out.append(QuoteDraft(
            start=start, end=end, text=ctx.text[start:end], kind="indirect", is_fragment=False,
            speaker_entity=speaker.entity, speaker_text=speaker.text, cue=speaker.cue,
            attribution=speaker.attribution.value, paragraph_index=paragraph,
            confidence=round(CONFIDENCE[speaker.attribution] * 0.9, 3),
        ))
        cues[(start, end)] = cue.idx
    # An attribution inside another's content is part of what the outer source reported ('she
    # said he plans to ...'): the outer quote holds it, and its own source is only reported.
    return [q for q in out if not any(o is not q and o.start <= q.start and q.end <= o.end and (o.start, o.end) != (q.start, q.end)
                                      and o.start <= cues[(q.start, q.end)] < o.end for o in out)]


_CONDITIONAL = {"if", "unless", "whether"}


def _unasserted(ctx: QuoteContext, cue: Token) -> bool:
    """A cue in a question ('Why did you agree to ...?') or a condition ('if you want to ...')
    reports nothing that was said."""
    sent = ctx.sents[ctx.sent_of[cue.i]]
    if any(t.text == "?" for t in sent[-3:]):
        return True
    node = cue
    while node.head.i != node.i:
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL for c in node.children):
            return True
        node = node.head
    return False


def source_of(verb: Token) -> Token | None:
    """Who the cue attributes the content to: its subject; for a passive cue, the agent ('it was
    reported by X'), else nobody (the subject of 'he was told' or 'it is expected' is no source);
    for a relative pronoun, the noun the clause modifies ('studies that show ...')."""
    bare_participle = verb.tag_ == "VBN" and verb.dep_ in {"advcl", "acl"} and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    if bare_participle or any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        # 'when asked about X, she said': whoever asked is not named
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    subj = subject_of(verb)
    node = verb
    while subj is None and node.dep_ in {"pcomp", "prep", "xcomp", "advcl", "conj"} and node.head.i != node.i and node.head.pos_ in {"VERB", "AUX", "ADP", "SCONJ"}:
        # 'refrained from criticizing', 'began by stressing'
        if node.dep_ == "xcomp":
            obj = next((c for c in node.head.children if c.dep_ == "dobj" and c.i < node.i), None)
            if obj is not None:
                return obj  # 'a rule requiring officials to report losses': the object acts
        node = node.head
        subj = subject_of(node) if node.pos_ in {"VERB", "AUX"} else None
    if subj is not None and subj.lower_ in pronouns.RELATIVE_SUBJECT:
        clause = verb
        while clause.dep_ in {"conj", "xcomp"} and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ == "relcl" and clause.head.i != clause.i:
            return who_antecedent(subj, clause.head)  # ('X, an analyst at Y, who expects ...': X)
    return subj
