"""An event's date: the time expression of its sentence that belongs to the trigger, resolved
against the publication date by :mod:`structnews.build.extract.dates`."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token
from structnews.build.core import curated
from structnews.build.extract import dates
from structnews.build.extract.events.context import clause_of, due_somewhere, in_reported_speech
from structnews.build.extract.events.lexicon import lexicon
from structnews.build.extract.events.parse import SUBJECT_DEPS, TIME_WORD, misparsed_main_verb, noun_head, object_clause_host, verb_lemma, xcomp_chain
from structnews.build.extract.events.participants import verb_subject
from structnews.build.extract.events.subject_clauses import set_off_from_content
from structnews.build.extract.events.referents import ArticleState
from structnews.build.extract.events.time_expressions import time_spans
from structnews.build.extract.events.triggers import Candidate

_RELATIVE_WORDS = re.compile(r"earlier|before|later|after|ago|previous|next|following", re.I)
# words of a day counted from the day the text is at ('the following day', 'that evening'), and
# of one counted back from it ('a day earlier'), not from publication ('two days ago')
_FORWARD_WORDS = re.compile(r"later|after|next|following|same day|that day|in the day|that (?:" + dates.PARTS_OF_DAY_RE + r")", re.I)
_BACKWARD_WORDS = re.compile(r"earlier|before|previous|prior", re.I)
ANCHOR_LOOKBACK = 3  # sentences 'the following day' looks back for the day it follows
VEHICLE_PREPS = frozenset({"in", "through", "via"})  # 'in a statement issued Monday, X said'
SIMULTANEOUS = frozenset({"when", "while"})  # a clause they introduce happens with the main verb


def _host(verb: Token) -> Token | None:
    """The verb a dependent clause's event happens with: 'filed a petition on May 2, accusing X'
    (adverbial participle), 'posted a message on Monday blaming X' (on the object), 'met on
    Monday to discuss X' (purpose) and 'fighting erupted on Friday when crowds gathered'
    (a 'when' / 'while' clause is simultaneous) and 'EU leaders meeting in Brussels on Sunday
    agreed' (a participle on the subject: the model may hang the time on the main verb) are dated
    by the main verb's time expression, since the dependent clause reports what happened with
    that act."""
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "nsubj" and verb.head.head.pos_ in ("VERB", "AUX"):
        return verb.head.head
    if verb.dep_ == "advcl" and verb.tag_ == "VB" and (verb.head.pos_ == "VERB" or due_somewhere(verb.head, lexicon().raw.future_cues)) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        return verb.head  # "met on Monday to discuss X": the purpose is pursued at the meeting (as it
        # is where one 'is due on Tuesday to meet X')
    host = object_clause_host(verb)  # "posted a message blaming X", "used its veto to block X"
    if host is not None:
        return host
    if verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX"):
        if set_off_from_content(verb):
            return verb.head.head  # "X acknowledged Y had shot it down, blaming Z": X blamed as it acknowledged
        if verb.tag_ == "VBG" or any(c.dep_ == "advmod" and c.lower_ in SIMULTANEOUS for c in verb.children):
            return verb.head
    return None



def _participle_hosts(verb: Token) -> list[Token]:
    """The main verbs a dependent clause hangs from, through a few levels ('rallied on Saturday
    to protest X': protest -> rallied; 'broke out on Saturday when crowds rallied to protest')."""
    hosts: list[Token] = []
    current = verb
    while len(hosts) < 3 and (host := _host(current)) is not None and host not in hosts:
        hosts.append(host)
        current = host
    return hosts


def _clause_chain(verb: Token) -> list[Token]:
    """The verbs whose time expressions date this one: itself, the control verbs above it and the
    verbs it is conjoined to - up to a conjunct with a subject of its own, which is a clause of
    its own ('Since February, A and B have withdrawn troops, but they continue to station
    soldiers there': the stationing is not dated February)."""
    chain = xcomp_chain(verb)
    for k, link in enumerate(chain[:-1]):
        if link.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.pos_ not in ("VERB", "AUX")
                                       for c in link.children):  # a verb parsed as a subject is no subject of its own
            return chain[: k + 1]
    return chain


def _when_clause(verb: Token) -> bool:
    """'Clashes broke out on Friday when police fired tear gas': a 'when' clause happens at the
    time of the clause it hangs on, so that clause's time expression dates it too (or at the time
    it hangs on, where the parser reads it as a relative clause of 'Friday')."""
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj")]  # 'when a mob attacked and (when) destroyed'
    return verb.dep_ in ("advcl", "relcl") and any(
        c.dep_ == "advmod" and c.lower_ == "when" and c.i < verb.i for v in verbs for c in v.children)


def _in_dateline(span: Span, art: ArticleState) -> bool:
    """Whether a time expression is part of a wire dateline ('July 29 (UPI) --', 'PARIS, May 3
    (AFP) -'; :func:`~structnews.build.extract.datelines.dateline_spans`): the day the story was
    filed, not the day of what it reports."""
    return any(start <= span.start_char < end for start, end in art.ents.datelines)


def _after_a_source(span: Span) -> bool:
    """'leaving 12 dead, according to officials on Monday': a time right after an
    'according to' phrase is when the source spoke, not when the event happened (the parser often
    hangs it on the event's verb)."""
    doc = span.doc
    start = span.start - 1 if span.start > 0 and doc[span.start - 1].pos_ == "ADP" else span.start
    if start == 0:
        return False
    before = doc[start - 1]
    for token in (before, *before.ancestors):
        if token.lower_ == "according":
            return token.right_edge.i == start - 1
        if token.pos_ in ("VERB", "AUX") and token.lower_ != "according":
            return False
    return False


def _comparison_baseline(span: Span, cand: Candidate) -> bool:
    """'the first president to refuse since 1976', 'the deadliest attack since 2018': after a
    superlative or 'first', 'since' names the last time something compared happened - that
    earlier event's time, not this one's (an event noun inside the 'since' phrase keeps it)."""
    doc = span.doc
    since = doc[span.start - 1] if span.start > 0 and doc[span.start - 1].lower_ == "since" else None
    for token in span.root.ancestors:  # 'since a flood in Ostvale in March 2016'
        if since is not None or token.pos_ in ("VERB", "AUX"):
            break
        if token.lower_ == "since":
            since = token
    if since is None or cand.token in since.subtree:
        return False
    noun = cand.token if cand.entry.pos == "NOUN" else clause_of(cand)
    while noun.pos_ in ("VERB", "AUX") and noun.dep_ in ("xcomp", "relcl", "acl") and noun.head.i != noun.i:
        noun = noun.head  # 'the first president to refuse': from the clause to the noun it modifies
    return noun.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ == "first") for c in noun.children)


def _vehicle_host(verb: Token) -> int | None:
    """The clause a statement's participle hangs from: 'In a statement issued on Tuesday, X
    condemned Y' - the statement is how X condemned, so its day is the act's."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.dep_ != "pobj" or noun.head.lower_ not in VEHICLE_PREPS:
        return None
    host = noun.head.head
    # 'urged X to show restraint in a statement released on Thursday': the parser may hang the
    # statement on the infinitive, but it is how the urging was done
    return host.head.i if host.dep_ == "xcomp" and host.head.i != host.i else host.i


def _speaker_hosts(cand: Candidate, art: ArticleState, stated: bool = False) -> list[Token]:
    """The verb of saying whose content clause is a party's own statement-type act: 'X said
    Tuesday it would not stand aside and told Y to act', 'On Wednesday, X announced that her
    government will withdraw the bill' - the act is made by saying it, so it happened when it
    was said. Only when the one who speaks is the one who acts, or speaks for it ('X said on
    Monday that Y had threatened Z' does not date Y's threat; 'Ostland's foreign minister said on
    Friday that Ostland would never accept' dates Ostland's refusal), and for the curated
    statement types or an act ``stated`` as a promise or declaration ('X announced on Monday that
    it would give Y aid': the pledge, AGREE, was made on Monday)."""
    if cand.entry.type not in art.lex.raw.statement_types and not stated:
        return []
    clause = clause_of(cand)
    if clause.tag_ == "MD" and clause.head.i != clause.i:
        clause = clause.head  # 'X said Yesterday that Y should leave': the demand's clause is 'leave'
    top = xcomp_chain(clause)[-1]
    if top.dep_ != "ccomp" or top.head.lemma_.lower() not in art.speech_verbs:
        return []
    speech = top.head
    speakers = art.leaders.with_countries(set(verb_subject(speech, art)[0]))
    if not cand.actors or not set(cand.actors) <= speakers:  # 'X said the two sides agreed': a joint act, not X's by saying it
        return []
    if speech.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in speech.children):
        # 'X said on Tuesday that ..., and signaled that ...', 'X condemned the package on Tuesday
        # and said Y would respond': the saying shares the first verb's subject and its time
        return [speech, speech.head]
    return [speech]


def _other_acts(cand: Candidate, triggers: dict[int, set[str]]) -> frozenset[int]:
    """The verbs of the sentence that report another event than this noun trigger's: 'rejected,
    on Friday, a lawsuit filed by X', 'at X's request, Y suspended parliament yesterday' - their
    time expression is the rejection's or the suspension's, not the lawsuit's or the request's.
    Not a verb whose object the noun is by a light verb ('held talks on Monday') or one of the
    noun's own 'heads' verbs, nor one reporting an event of the same type (the same event), nor
    one the noun is the setting of ('clashed at a meeting last week', 'detained 713 people at
    protests on Sunday': both happened together)."""
    if cand.entry.pos != "NOUN":
        return frozenset()
    lex = lexicon().raw
    light = set(lex.light_verbs) | set(cand.entry.heads)
    head = noun_head(cand.token)
    setting = head.head.head.i if head.dep_ == "pobj" and head.head.lower_ in lex.simultaneity_preps else None
    doc = cand.token.doc
    return frozenset(
        i for i, types in triggers.items()
        if i != cand.token.i and i != setting and cand.entry.type.value not in types
        and doc[i].pos_ in ("VERB", "AUX") and verb_lemma(doc[i]) not in light
    )


def _is_prior_cause(cand: Candidate) -> bool:
    """A demand, threat, accusation or refusal named in an adjunct of another clause ('at the
    request of X, Y suspended parliament yesterday', 'under pressure from X, Y resigned on
    Monday', 'in response to criticism from X'): it came before what the clause reports, so that
    clause's time is not its own. As the clause's argument ('X made the request on Monday') it is."""
    head = noun_head(cand.token)
    return (cand.entry.pos == "NOUN" and cand.entry.type in lexicon().raw.embedding_types and head.dep_ == "pobj"
            and head.head.lower_ != "on"  # 'a warrant issued Friday on charges of X': charged by that act, then
            and not cand.entry.subject_undergoes)  # 'X went on trial on Monday' is the clause's own act


def _describes_a_person(cand: Candidate) -> bool:
    """An event noun that only describes a person, through a preposition on a noun for a person
    (gazetteer ``kind_nouns`` of type PERSON): 'the suspect in a shooting ... was released on
    Friday', 'victims of the attack were buried on Monday'. The event came before the person's
    part in the clause, so the clause's time is not its own."""
    if cand.entry.pos != "NOUN":
        return False
    people = curated.kind_nouns_of("PERSON")
    node = noun_head(cand.token)
    while node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ in ("NOUN", "PROPN"):
        node = node.head.head
        if node.lemma_.lower() in people or node.lower_ in people:
            return True
    return False


def _is_content(clause: Token, cand: Candidate) -> bool:
    """Whether a noun's infinitive clause is what a demand, threat, accusation or refusal is about
    ('the request of X to suspend parliament in September'): a time there dates the content, which
    gives the act no date; other clauses on a noun ('talks that began on Monday') do date it."""
    return cand.entry.type in lexicon().raw.embedding_types and clause.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _same_act_clauses(verb: Token) -> list[int]:
    """Clauses that report the verb's own act, whose time is the act's: its means ('killed her
    by strangling her in 2016') and the event it happened in ('were killed in a bombing that
    happened on June 27', 'protested at a rally that took place on Monday')."""
    found: list[int] = []
    simultaneous = lexicon().raw.simultaneity_preps
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for obj in prep.children:
            if prep.lower_ == "by" and obj.dep_ == "pcomp" and obj.pos_ == "VERB":
                found.append(obj.i)  # ... and 'by shouting and holding signs during Monday's session'
                found.extend(c.i for c in obj.children if c.dep_ == "conj" and c.pos_ == "VERB")
            elif prep.lower_ in simultaneous and obj.dep_ == "pobj":
                found.extend(c.i for c in obj.children if c.dep_ == "relcl")
    return found


def _trailing_conjuncts(span: Span, verb: Token) -> list[int]:
    """'Police killed three militants and arrested five others on Sunday': a time expression after
    the last of two verbs in one tense sharing one subject, joined by a bare 'and' (no comma, which
    sets off a clause of its own: 'had urged X, and sent Y last week'), dates both, as the first
    verb's time dates the second."""
    doc = verb.doc
    conjuncts = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.tag_ == verb.tag_ and c.i < span.start
                 and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
                 and any(cc.dep_ == "cc" and verb.i < cc.i < c.i and doc[cc.i - 1].text != "," for cc in verb.children)]
    return [c.i for c in conjuncts if not any(d.dep_ == "conj" and d.i > c.i for d in verb.children)]


def _fronted_conjunct_heads(span: Span, chain: list[Token]) -> set[int]:
    """'In 2012, X named Y a suspect and froze his bank accounts': a time expression put
    before the subject of the first of two coordinated verbs dates both acts, so that first verb
    still dates the second though it reports another event (see :func:`_other_acts`)."""
    found: set[int] = set()
    for link, head in zip(chain, chain[1:]):
        if link.dep_ != "conj":
            break
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and head.i in (span.root.head.i, span.root.head.head.i) and span.end <= min(s.left_edge.i for s in subjects):
            found.add(head.i)
    return found


def _light_conjunct_heads(cand: Candidate, chain: list[Token]) -> set[int]:
    """'X condemned the attack on Tuesday and expressed solidarity with Y': a noun trigger that is
    the object of a light verb coordinated, with no subject of its own, to the verb before it is
    dated by that verb's time, as a coordinated verb trigger is ('... and offered help'), though
    that verb reports another event."""
    verb = clause_of(cand)
    head = noun_head(cand.token)
    if head.dep_ != "dobj" or head.head.i != verb.i or verb_lemma(verb) not in {*lexicon().raw.light_verbs, *cand.entry.heads}:
        return set()
    found: set[int] = set()
    for link, above in zip(chain, chain[1:]):
        if link.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in link.children):
            break
        found.add(above.i)
    return found


def _opens_the_sentence(span: Span) -> bool:
    """'On Friday, thousands marched and police fired tear gas': a time phrase that opens the
    sentence, set off by a comma, dates every verb coordinated in it, also a conjunct with a
    subject of its own (which :func:`_clause_chain` otherwise keeps apart)."""
    doc, start = span.doc, span.sent.start
    lead = [t for t in doc[start : span.start] if not t.is_space]
    return len(lead) <= 1 and all(t.pos_ == "ADP" for t in lead) and span.end < len(doc) and doc[span.end].text == ","


def _misparsed_day_object(span: Span, trigger: Token) -> bool:
    """'where on Sunday Presidents X and Y signed': the parser may make the day a modifier of the
    noun after it, but a day right after 'on' with no possessive, in an 'on' phrase of the trigger
    verb itself, is that preposition's object: the trigger's time (not another event's day)."""
    doc = span.doc
    return (span.start > 0 and doc[span.start - 1].lower_ == "on" and span.root.dep_ == "compound"
            and span.root.head.dep_ == "pobj" and span.root.head.head.i == span.start - 1
            and doc[span.start - 1].head.i == trigger.i)


# A time expression more prepositions than this below the trigger places a thing named deep in the
# trigger's phrase, not the act (also the depth ``_dated_before`` in events/__init__.py allows).
DEEPEST_TIME_PREP = 2


def _date_attach(span: Span, cand: Candidate, speech: frozenset[int] = frozenset(),
                 others: frozenset[int] = frozenset()) -> int | None:
    """How closely a time expression belongs to this trigger: 0 when it hangs from the trigger
    itself ('the meeting on Monday'), 1 when from the trigger's clause, 2 when from the verb of
    saying that makes it (``speech``, see :func:`_speaker_hosts`), None when elsewhere or when
    the clause verb it hangs from reports another event (``others``, see :func:`_other_acts`)."""
    token = cand.token
    chain = xcomp_chain(clause_of(cand)) if _opens_the_sentence(span) else _clause_chain(clause_of(cand))
    hosts = {t.i for t in chain}
    hosts.update(t.i for t in _participle_hosts(clause_of(cand)))
    hosts.update(_trailing_conjuncts(span, clause_of(cand)))
    # 'X speaking at a rally on Monday warned ...': the subject's participle tells when the clause's act was
    hosts.update(p.i for t in chain for subj in t.children if subj.dep_ == "nsubj"
                 for p in subj.children if p.dep_ == "acl" and p.tag_ == "VBG")
    whens = [t.head for t in chain if _when_clause(t)]  # the clause (or time) a 'when' clause hangs on
    if any(span.start <= head.i < span.end for head in whens):
        return 1
    hosts.update(head.i for head in whens if head.pos_ in ("VERB", "AUX"))
    hosts -= others - _fronted_conjunct_heads(span, chain) - _light_conjunct_heads(cand, chain)
    if _is_prior_cause(cand) or _describes_a_person(cand):
        hosts = set()
    if cand.entry.pos == "NOUN":
        hosts.update(c.i for c in token.children if c.dep_ in ("relcl", "acl") and not _is_content(c, cand))
    else:
        hosts.update(_same_act_clauses(token))
    if cand.entry.pos == "VERB" and (root := misparsed_main_verb(token)) is not None:
        hosts.add(root.i)  # "The British relinquished control ... in 1997" read as one noun phrase: one clause
    current = span.root
    head = current.head
    if (current.dep_ in ("poss", "compound", "nmod", "amod", "nummod") and head.i != token.i and head.pos_ in ("NOUN", "PROPN")
            and head.ent_type_ not in ("DATE", "TIME") and not TIME_WORD.match(head.text)
            and not _misparsed_day_object(span, token)):
        if not (head.dep_ == "pobj" and head.head.lower_ in lexicon().raw.simultaneity_preps
                and head.head.head.pos_ in ("VERB", "AUX")):
            return None  # "after last week's protests", "over the 2020 election": another event's day
        # "protested during Monday's session": the session is when the event happened
    preps = 0
    while True:
        preps += current.dep_ == "prep"
        if preps > DEEPEST_TIME_PREP:
            return None  # 'sentenced to nine years for fraud linked to a harbour deal from 2015': the deal's year
        if current.i == token.i:
            return 0
        if current.i in hosts:
            return 1
        if current.i in speech:
            return 2
        if current.i in others:
            return None
        if current.i != span.root.i and current.pos_ in ("VERB", "AUX"):
            return 1 if _vehicle_host(current) in hosts else None
        if current.head.i == current.i:
            return None
        current = current.head


def _span_tense(span: Span, cand: Candidate, tense: dates.TenseHint) -> tuple[dates.TenseHint, bool]:
    """The tense a time expression is read in: that of the verb it hangs from. 'agreed on Monday
    to sanction X' is a planned sanction decided last Monday, not next Monday. Second: whether
    that verb is a plain simple past ('quit the pact on March 3', no auxiliary), or the phrase
    follows 'since', which settles that the day is not after publication (:func:`dates.resolve`'s
    ``settled``). A weekday 'for' which something is set is the coming one."""
    if span.start > 0 and span.doc[span.start - 1].lower_ == "since":
        return "past", True  # 'have been fighting since August': an August before publication
    if span.start > 0 and span.doc[span.start - 1].lower_ == "for" and span.text.lower().rstrip(".") in dates.WEEKDAYS:
        return "future", False  # 'called a strike for Friday', 'talks set for Monday': the day it is set for
    current = span.root
    while current.pos_ not in ("VERB", "AUX") and current.head.i != current.i:
        current = current.head
    settled = current.pos_ == "VERB" and (current.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in current.children)
                                          or _simple_past_passive(current))
    if current.i != cand.token.i and current.pos_ == "VERB" and current.tag_ == "VBD":
        return "past", settled
    return tense, settled and tense == "past"


def _simple_past_passive(verb: Token) -> bool:
    """'was detained in March': a passive whose only auxiliary is a past 'was' / 'were' - a simple
    past, as settled as 'detained' ('had been', 'will be', 'is to be' are not)."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and len(auxiliaries) == 1 and auxiliaries[0].dep_ == "auxpass" and auxiliaries[0].tag_ == "VBD"


def _said_on(span: Span, art: ArticleState) -> Token | None:
    """'X claimed on Friday its army had seized the port': a time phrase written between a verb of saying
    and the subject of its content clause dates the saying, though the parser hangs it on the
    content's verb; returns that verb of saying (None when the phrase is not so placed)."""
    prep = span.root.head
    verb = prep.head
    if span.root.dep_ != "pobj" or prep.dep_ != "prep" or verb.dep_ != "ccomp" or prep.i > verb.i:
        return None
    speech = verb.head
    if speech.lemma_.lower() not in art.speech_verbs or not speech.i < prep.i:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return speech if subject is not None and subject.i > span.end - 1 else None


def _said_level(said: Token, cand: Candidate, speech: frozenset[int]) -> int | None:
    """How a time phrase that dates the verb of saying ``said`` (:func:`_said_on`) belongs to this
    trigger: 2 when the trigger is an act made by that saying (``speech``), 1 when the trigger is
    a verb coordinated with the saying under its subject ('X said on Thursday it condemned Y and
    urged both sides to talk', read as X said ... and urged: one occasion), None otherwise."""
    if said.i in speech:
        return 2
    return 1 if cand.entry.pos == "VERB" and said.i in {t.i for t in _clause_chain(cand.token)} else None


def _day_anchor(spans: list[Span], art: ArticleState, last: bool = False) -> dt.date | None:
    """The first (or last) day a sentence names outright (not relative to another day)."""
    found = None
    for span in spans:
        resolved = dates.resolve(span.text, art.published, None)
        if resolved and resolved.precision == "day" and not _RELATIVE_WORDS.search(span.text):
            found = resolved.date
            if not last:
                break
    return found


def event_date(cand: Candidate, sent: Span, art: ArticleState, tense: dates.TenseHint,
               triggers: dict[int, set[str]] | None = None, stated: bool = False) -> dates.ResolvedDate | None:
    """The best-attached resolvable time expression: the trigger's own before its clause's, then
    the nearest. Relative days ('a day earlier', 'the following day') count from the sentence's
    other day, if any, else from the last day the nearest of the three previous sentences that
    names one names.
    ``triggers``: the sentence's trigger tokens and their types (another event's verb does not
    date a noun trigger, :func:`_other_acts`). ``stated``: the act is a promise or declaration
    recorded as its doer's statement making it: only the statement's time dates it ('said on
    Monday it would withdraw next month' was said on Monday; :func:`_speaker_hosts`)."""
    spans = art.time_spans(sent, time_spans)
    anchor = _day_anchor(spans, art)
    if anchor is None and (any(_FORWARD_WORDS.search(span.text) for span in spans)
                           or any(_BACKWARD_WORDS.search(span.text) for span in spans) and not in_reported_speech(cand, art.speech_verbs)):
        # "The ministry replied the following day", "The two had spoken a day earlier": the day the
        # previous sentence was at (a shift counts from the story's time, not from publication;
        # with no day before it, a backward one still counts from publication, and so does one
        # in what a source said: 'X said two civilians had been killed the previous day' counts
        # back from the saying)
        # (or, when that names none, the last day of the nearest of the few before it that does:
        # 'the summit on Wednesday ... It agreed to meet again. The following day, X denounced it')
        index = art.sentence_index(sent)
        for back in range(index - 1, max(-1, index - 1 - ANCHOR_LOOKBACK), -1):
            anchor = _day_anchor(art.time_spans(art.sents[back], time_spans), art, last=True)
            if anchor is not None:
                break
    best: tuple[int, int, dates.ResolvedDate] | None = None
    speech = frozenset(t.i for t in _speaker_hosts(cand, art, stated)) if spans else frozenset()
    others = _other_acts(cand, triggers or {}) if spans else frozenset()
    for span in spans:
        if _in_dateline(span, art) or _after_a_source(span) or _comparison_baseline(span, cand):
            continue
        said = _said_on(span, art)
        level = _said_level(said, cand, speech) if said is not None else _date_attach(span, cand, speech, others)
        if level is None or stated and level < 2:
            continue
        span_tense, settled = _span_tense(span, cand, tense)
        if said is not None and said.tag_ == "VBD":
            span_tense, settled = "past", True  # 'said on Monday it would leave': the Monday before
        resolved = dates.resolve(span.text, art.published, span_tense, anchor, settled)
        if resolved is None:
            continue
        distance = min(abs(span.start - cand.token.i), abs(span.end - 1 - cand.token.i))
        if best is None or (level, distance) < best[:2]:
            best = (level, distance, resolved)
    return best[2] if best else _then_date(cand, sent, art) or _counted_date(cand, sent, art)


def _then_date(cand: Candidate, sent: Span, art: ArticleState) -> dates.ResolvedDate | None:
    """'At the time, the minister called for X': the time the previous sentence was at - the
    last day or month it names - when 'at the time' / 'at that time' belongs to the trigger."""
    phrase = next((
        sent.doc[prep.i : t.i + 1] for t in sent if t.lower_ == "time" and t.dep_ == "pobj"
        and (prep := t.head).lower_ == "at" and any(c.dep_ == "det" and c.lower_ in ("the", "that") for c in t.children)
        and len(list(t.children)) == 1
    ), None)
    if phrase is None or _date_attach(phrase, cand) is None:
        return None
    index = art.sentence_index(sent)
    if index == 0:
        return None
    found = None
    for span in art.time_spans(art.sents[index - 1], time_spans):
        resolved = None if _in_dateline(span, art) else dates.resolve(span.text, art.published, "past")
        if resolved is not None and resolved.precision in ("day", "month"):
            found = resolved
    return None if found is None else dates.ResolvedDate(found.date, found.precision, phrase.text)


def _counted_scope(token: Token, scope: Token, marker: Token) -> bool:
    """Whether a trigger is the event 'after' / 'before' introduces: its clause's verb or a noun
    of it ('after he attended a summit'), its object ('after an attack'), or an act in a clause
    on that object ('after a meeting where they traded accusations'); not an act in a clause
    on something else ('... on the border, where X has massed troops': another time)."""
    target = scope if marker.dep_ == "mark" else next((c for c in marker.children if c.dep_ == "pobj"), None)
    current = token
    while target is not None:
        if current.i == target.i:
            return True
        if current.pos_ in ("VERB", "AUX") and not (current.dep_ == "relcl" and current.head.i == target.i):
            return False  # an act of another clause
        if current.head.i == current.i:
            return False
        current = current.head
    return False


_COUNT = re.compile(r"^(?:(?:about|around|approximately|nearly|some|roughly|almost|just|only) )?"
                    r"(a|an|one|two|three|four|five|six|seven|\d+) (days?|weeks?)$", re.I)
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _counted_date(cand: Candidate, sent: Span, art: ArticleState) -> dates.ResolvedDate | None:
    """'This comes a week after X attended a summit', 'The speech came two days after an attack':
    an event in the clause or phrase of 'after' (or 'before') counted from the main clause's day,
    that of the sentence or else the last day of the nearest of the few sentences before that
    names one, when the main clause only places this sequel (curated ``sequel_verbs``: 'This
    comes ...' reports what was said before). Day precision: the count is the text's own."""
    for ent in (e for e in sent.ents if e.label_ == "DATE" and e.end < sent.end):
        marker, match = sent.doc[ent.end], _COUNT.match(ent.text)
        if match is None or marker.lower_ not in ("after", "before"):
            continue
        scope = marker.head if marker.dep_ == "mark" else marker if marker.dep_ == "prep" else None
        if scope is None or not _counted_scope(cand.token, scope, marker):
            continue
        others = [s for s in art.time_spans(sent, time_spans) if not (s.start <= ent.start < s.end)]
        anchor = _day_anchor(others, art)
        main = scope.head if marker.dep_ == "mark" else marker.head
        index = art.sentence_index(sent)
        for back in range(index - 1, max(-1, index - 1 - ANCHOR_LOOKBACK), -1):
            if anchor is not None or main.lemma_.lower() not in lexicon().raw.sequel_verbs:
                break  # only 'This comes a week after ...' reports what a sentence before dated
            anchor = _day_anchor(art.time_spans(art.sents[back], time_spans), art, last=True)
        if anchor is None:
            return None
        count = _NUMBERS.get(match.group(1).lower()) or int(match.group(1))
        days = count * (7 if match.group(2).lower().startswith("week") else 1)
        shift = dt.timedelta(days=-days if marker.lower_ == "after" else days)
        return dates.ResolvedDate(anchor + shift, "day", sent.doc[ent.start : ent.end + 1].text)
    return None
