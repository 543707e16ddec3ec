"""Which candidates become events, their confidence, and one event per sentence, type and actor set."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token
from structnews.build.extract.drafts import EventDraft
from structnews.build.extract.events.dating import event_date
from structnews.build.extract.events.lexicon import lexicon_set, two_sided_type_values
from structnews.build.extract.events.parse import NOUN_POS, governing_verb, noun_head, unique
from structnews.build.extract.headline_verbs import headline_end
from structnews.build.extract.events.referents import ArticleState
from structnews.build.extract.events.triggers import Candidate
from structnews.build.extract.events.unnamed import unnamed_parties
from structnews.schema.events import EventType



def event_confidence(cand: Candidate, has_date: bool) -> float:
    """Heuristic: clear participants and a verb trigger make an event more certain; ambiguous
    words that needed a condition, pronoun participants and bare nouns less."""
    score = 0.4
    score += 0.2 if cand.actors else 0.0
    score += 0.15 if cand.recipients else 0.0
    score += 0.1 if cand.entry.pos == "VERB" else 0.0
    score += 0.05 if has_date else 0.0
    score -= 0.1 if cand.entry.requires else 0.0
    score -= 0.15 if cand.pronoun_used else 0.0
    return round(min(0.95, max(0.05, score)), 2)


def _is_definite(noun: Token) -> bool:
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")) for c in noun.children)


def _repeat_host(noun: Token) -> Token:
    """'another round of talks': the noun that carries the determiner."""
    head = noun_head(noun)
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ in NOUN_POS:
        return head.head.head
    return head


def borrow_participants(cand: Candidate, recent: list[tuple[int, EventDraft]], sent_index: int) -> bool:
    """'another meeting', 'the next round of talks', 'further talks' with no one named: the
    participants of the CONSULT event reported in the previous sentence (or this one's, earlier)."""
    if cand.entry.type != EventType.CONSULT or cand.entry.pos != "NOUN" or cand.actors or cand.recipients:
        return False
    host = _repeat_host(cand.token)
    repeat = any(
        (c.dep_ == "det" and c.lower_ == "another") or (c.dep_ == "amod" and c.lower_ in ("next", "further", "follow-up"))
        for t in {host, cand.token} for c in t.children
    )
    source = [ev for index, ev in recent if sent_index - 1 <= index <= sent_index]
    if not repeat or not source:
        return False
    cand.actors = unique([*source[-1].actors, *source[-1].recipients])
    cand.pronoun_used = True  # an inferred participant: lower confidence
    return len(cand.actors) >= cand.entry.min_participants


def _unattributed_passive(cand: Candidate) -> bool:
    """A passive verb trigger with no 'by' agent and no actor found ('was further fined', '63
    people were detained'): the acts whose doer the preceding sentence may give."""
    token = cand.token
    return not cand.actors and cand.entry.pos == "VERB" and any(c.dep_ == "auxpass" for c in token.children) \
        and not any(c.dep_ == "agent" for c in token.children)


def borrow_repeated_agent(cand: Candidate, recent: list[tuple[int, EventDraft]], sent_index: int) -> None:
    """'X fined the firm. It was further fined in 2016': a passive verb with no
    agent that says its act was repeated ('further', 'again') was done by whoever did the act of
    the same type reported in the previous sentence (or earlier in this one), when that is known;
    the implicit agent the gold fills from the preceding sentence."""
    if not _unattributed_passive(cand) or not any(
            c.dep_ == "advmod" and c.lower_ in ("further", "again") for c in cand.token.children):
        return
    source = [ev for index, ev in recent if sent_index - 1 <= index <= sent_index
              and ev.type == cand.entry.type.value and ev.actors]
    if source:
        cand.actors = [a for a in source[-1].actors if a not in cand.recipients]
        cand.pronoun_used = True  # an inferred participant: lower confidence


def borrow_acting_state(cand: Candidate, recent: list[tuple[int, EventDraft]], sent_index: int, types: dict[int, str],
                        before: Sequence[EventDraft] = ()) -> None:
    """'Georgian riot police used water cannon on the crowd. 63 people were detained': an agentless
    passive of a hostile act (curated ``wrong_act_types``) right after one state's forces did such
    an act, earlier in its sentence (``before``) or else in the previous one, was done by that
    state - the implicit agent the guideline fills from the sentence or the preceding one when it
    is unambiguous ('Police fired tear gas, and 14 people were detained')."""
    wrongs = lexicon_set("wrong_act_types")
    if cand.entry.type not in wrongs or not _unattributed_passive(cand):
        return
    states = {a for ev in before if ev.type in wrongs and ev.trigger_start < cand.start for a in ev.actors} or {
        a for index, ev in recent if index == sent_index - 1 and ev.type in wrongs for a in ev.actors}
    if len(states) == 1 and types.get(state := next(iter(states))) in ("GPE", "NORP") and state not in cand.recipients:
        cand.actors = [state]
        cand.pronoun_used = True  # an inferred participant: lower confidence


def is_grounded_meeting(cand: Candidate, sent: Span, art: ArticleState) -> bool:
    """A CONSULT noun (or another of the lexicon's grounded_noun_types: 'an attack that day on a
    base near Mosul') with no named participant is still an event when the sentence places and
    dates it ('a meeting scheduled in Berlin on May 3'): both a named place and a resolvable date,
    and not a definite reference back to a known meeting ('the meeting in Paris on Monday')."""
    grounded = art.lex.raw.grounded_noun_types
    if cand.entry.type not in grounded or cand.entry.pos != "NOUN" or cand.actors or cand.recipients:
        return False
    if cand.entry.needs_recipient or _is_definite(_repeat_host(cand.token)):
        return False
    return cand.location is not None and event_date(cand, sent, art, None) is not None


def is_grounded_deployment(cand: Candidate) -> bool:
    """'Troops have been sent to X': a passive movement of forces with no one named as doing it
    is still reported when it names where the forces went (the troops are not an actor)."""
    if cand.entry.type != EventType.MOBILIZE or cand.entry.pos != "VERB" or cand.actors or cand.recipients:
        return False
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in cand.token.children)
    return passive and cand.location is not None


def is_endangering(cand: Candidate, art: ArticleState) -> bool:
    """'Lives were threatened', 'the pregnancy threatens her life', 'weapons that threaten its
    forces': a verb of a type that needs a doer (curated ``doer_types``, THREATEN) whose subject is
    no one - a passive without an agent, or a thing that names no entity and no group - tells a
    danger, not a threat. A pronoun subject ('it has vowed to retake X') is someone."""
    token = cand.token
    if cand.entry.type.value not in {t.value for t in art.lex.raw.doer_types} or cand.entry.pos != "VERB" or cand.actors:
        return False
    children = list(token.children)
    doers = [c for c in children if c.dep_ == "nsubj"] + [p for c in children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if not doers:  # 'lives were threatened'; 'when threatened, the animal ...' (a bare participle clause)
        return any(c.dep_ == "nsubjpass" for c in children) or (token.tag_ == "VBN" and token.dep_ in ("advcl", "acl"))
    doers = [token.head if d.lower_ in ("that", "which") and token.dep_ == "relcl" else d for d in doers]
    if any(d.pos_ == "PRON" for d in doers):
        return False
    return unnamed_parties(cand, art) == 0 and not any(d.pos_ == "PROPN" for d in doers)


def is_reported_ongoing(cand: Candidate, art: ArticleState) -> bool:
    """An event noun whose clause says it happens ('violence broke out', 'talks continue',
    'discussions are underway', 'negotiations will resume', 'led to deadly clashes', 'six months
    of fighting'), or plural speech-act nouns with their content ('despite calls for
    de-escalation'): reported as an event even when no party is named, unlike a noun merely
    mentioned ('talks are important'). Curated ``aspect_verbs``, ``aspect_states``, ``duration_nouns``."""
    if cand.entry.pos != "NOUN" or cand.actors or cand.recipients:
        return False
    head = noun_head(cand.token)
    if cand.entry.type.value in {t.value for t in art.lex.raw.embedding_types} and cand.token.tag_ == "NNS" and any(
        c.dep_ == "prep" and c.lower_ in ("for", "of") for c in cand.token.children
    ):
        return True  # 'despite calls for de-escalation', 'backed by threats of sanctions': someone made them
    prep = head.head
    if head.dep_ == "pobj" and (prep.lower_, prep.head.lemma_.lower()) in (("to", "lead"), ("in", "result")):
        return True  # 'a stand-off that has led to deadly clashes'
    if counted_in_periods(head):
        return True  # 'after six months of fighting', 'weeks of protests'
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = head.head
    verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]  # 'is set to open'
    if any(v.lemma_.lower() in art.lex.raw.aspect_verbs for v in verbs):
        return True
    return any(c.dep_ in ("acomp", "advmod", "attr") and c.lower_ in art.lex.raw.aspect_states for c in verb.children)


def counted_in_periods(head: Token) -> bool:
    """'six months of fighting', 'weeks of protests': a noun counted in periods of time (curated
    ``duration_nouns``) went on over them."""
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in lexicon_set("duration_nouns") \
        and any(c.dep_ == "nummod" or c.lower_ in ("weeks", "months", "years", "days") for c in [prep.head, *prep.head.children])


def is_decision_to_act(cand: Candidate, triggers: dict[int, set[str]]) -> bool:
    """'The bloc's envoys agreed on Friday to sanction X': the decision is the sanction itself, so an
    AGREE verb whose infinitive is a coercive act (SANCTION, COERCE, MOBILIZE, ASSAULT) is no
    separate event. A promise to talk, cooperate, help or withdraw ('agreed to cooperate with X')
    is what the codebook calls AGREE, and stays one."""
    if cand.entry.type != EventType.AGREE or cand.entry.pos != "VERB":
        return False
    acts = {EventType.SANCTION.value, EventType.COERCE.value, EventType.MOBILIZE.value, EventType.ASSAULT.value}
    return any(c.dep_ == "xcomp" and triggers.get(c.i, set()) & acts for c in cand.token.children)


def is_own_stated_act(cand: Candidate, art: ArticleState) -> bool:
    """'X said she can and may dissolve the council': a coercive act its own doer states
    as possible is a threat (codebook THREATEN), not a feared act. The act's actors must be the
    subject of the speech verb whose content holds it, or the country that subject speaks for."""
    if not cand.actors:
        return False
    child = cand.token
    for ancestor in cand.token.ancestors:
        if ancestor.lemma_.lower() in art.speech_verbs and child.dep_ in ("ccomp", "xcomp"):
            speakers = {e for c in ancestor.children if c.dep_ == "nsubj" for e in art.phrase_entities(c)}
            return bool(art.leaders.with_countries(speakers) & set(cand.actors))
        child = ancestor
    return False


@dataclass
class SentenceEvent:
    cand: Candidate
    draft: EventDraft
    is_verb: bool


def _object_of_same_event(ev: SentenceEvent, events: list[SentenceEvent]) -> SentenceEvent | None:
    """The verb event whose object this noun event is, of the same type ('signed the X agreement':
    the signing and the agreement are one SUPPORT)."""
    if ev.is_verb:
        return None
    verb = governing_verb(noun_head(ev.cand.token))
    if verb is None:
        return None
    return next((o for o in events if o.is_verb and o.cand.token.i == verb.i and o.draft.type == ev.draft.type), None)


def _doer_in_when_clause(ev: SentenceEvent, events: list[SentenceEvent]) -> SentenceEvent | None:
    """'Two soldiers were killed when border guards opened fire': an agentless passive whose 'when'
    clause reports an act of the same type with a doer is that act, seen from its victims."""
    token = ev.cand.token
    if not ev.is_verb or ev.draft.actors or not any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children):
        return None
    return next((o for o in events if o is not ev and o.is_verb and o.draft.type == ev.draft.type and o.draft.actors
                 and o.cand.token.dep_ == "advcl" and o.cand.token.head.i == token.i
                 and any(c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in o.cand.token.children)), None)


def _separate_act(ev: SentenceEvent, events: list[SentenceEvent]) -> int:
    """A verb coordinated with another verb of the same type but another word reports a second
    act ('vetoed the resolutions and rejected calls', 'prohibited travel, schools were closed'; also
    through the nouns they take: 'declared martial law and imposed a curfew'), and so does a
    participle of another mode set off by a comma, for the types whose acts are many (curated
    ``separate_act_types``: 'raided the camps, arresting 22'; an attack 'killing 12' is one):
    its own token index keeps it apart. Meetings are the exception: 'met X and discussed Y' is
    one encounter. -1 for everything else (merged by type and actors)."""
    if ev.draft.type == EventType.CONSULT.value or (token := _act_verb(ev)) is None:
        return -1
    for other in events:
        o = _act_verb(other)
        if other is ev or o is None or other.draft.type != ev.draft.type or o.lemma_ == token.lemma_:
            continue
        if (token.dep_ == "conj" and token.head.i == o.i) or (o.dep_ == "conj" and o.head.i == token.i):
            return token.i
        if ev.is_verb and other.is_verb and ev.draft.mode != other.draft.mode and ev.draft.type in lexicon_set("separate_act_types") and any(
                a.dep_ == "advcl" and a.tag_ == "VBG" and a.head.i == b.i and a.i > 0 and a.nbor(-1).lower_ == ","
                for a, b in ((token, o), (o, token))):
            return token.i
    return -1


def _act_verb(ev: SentenceEvent) -> Token | None:
    """The verb that reports an event: its trigger, or the verb a noun trigger is the object of
    ('declared martial law and imposed a curfew': 'declared', 'imposed')."""
    if ev.is_verb:
        return ev.cand.token
    head = noun_head(ev.cand.token)
    return governing_verb(head) if head.dep_ in ("dobj", "nsubjpass") else None


def merge_sentence_events(events: list[SentenceEvent]) -> list[EventDraft]:
    """One event per (type, actor set) within a sentence; the richest trigger leads. A noun event
    that is the object of a same-type verb event is part of it."""
    for ev in list(events):
        host = _object_of_same_event(ev, events) or _doer_in_when_clause(ev, events)
        if host is not None:
            if not host.draft.actors and noun_head(ev.cand.token).dep_ == "nsubj" and not ev.is_verb:
                host.draft.actors = list(ev.draft.actors)  # 'an Xian drone strike killed two Y fighters': X struck
            extra = [p for p in ev.draft.actors + ev.draft.recipients if p not in host.draft.actors]
            host.draft.recipients = unique(host.draft.recipients + extra)
            events.remove(ev)
    by_key: dict[tuple[str, frozenset[int], int], list[SentenceEvent]] = {}
    for ev in events:
        by_key.setdefault((ev.draft.type, frozenset(ev.draft.actors), _separate_act(ev, events)), []).append(ev)
    groups: list[list[SentenceEvent]] = []
    for same in by_key.values():
        # ... unless both name different counterparts: "X had a call with Y and a meeting with Z",
        # or are dated to different periods: 'X, which restored ties with Y last year, welcomed
        # the deal on Tuesday' reports two acts
        clusters: list[tuple[set[int], list[SentenceEvent]]] = []
        for ev in same:
            mine = set(ev.draft.recipients) - set(ev.cand.destinations)
            home = next((c for c in clusters if (not c[0] or not mine or c[0] & mine)
                         and all(_same_period(ev.draft, o.draft) for o in c[1])), None)
            if home is None:
                clusters.append((set(mine), [ev]))
            else:
                home[0].update(mine)
                home[1].append(ev)
        groups.extend(c[1] for c in clusters)
    merged: list[EventDraft] = []
    leads: dict[int, Token] = {}  # a merged record's trigger start -> its lead trigger token
    for group in groups:
        group.sort(key=lambda e: (-len(e.draft.recipients) + len(e.cand.destinations), not e.is_verb, e.draft.trigger_start))
        lead = group[0].draft
        destinations = {d for e in group for d in e.cand.destinations}
        for other in (e.draft for e in group[1:]):
            lead.recipients = unique(lead.recipients + [r for r in other.recipients if r not in lead.actors])
            lead.mode = lead.mode or other.mode
            lead.location = lead.location if lead.location is not None else other.location
            if lead.date is None and other.date is not None:
                lead.date, lead.date_text, lead.date_precision = other.date, other.date_text, other.date_precision
            lead.confidence = max(lead.confidence, other.confidence)
        if any(r not in destinations for r in lead.recipients):  # "flew to X and met Y": Y is the counterpart
            lead.recipients = [r for r in lead.recipients if r not in destinations]
        merged.append(lead)
        leads[lead.trigger_start] = group[0].cand.token
    # an event whose participants are all inside another same-type event's adds nothing
    # (two events with the same participants and no actor - 'protesters clashed with police and
    # threw rocks', neither naming anyone - would each drop the other: the earlier trigger stays)
    # (its day is the event's when the other is told inside its phrase: 'protesters clashed with
    # the police on Monday, who fired tear gas'; not another clause's planned strike)
    out: list[EventDraft] = []
    for ev in merged:
        mine = set(ev.actors) | set(ev.recipients)
        keeper = next((
            other for other in merged
            if other is not ev and other.type == ev.type and not ev.actors and mine <= (theirs := set(other.actors) | set(other.recipients))
            and (other.actors or mine != theirs or other.trigger_start < ev.trigger_start)
            and _same_period(ev, other)  # ('negotiators will meet in November, and leaders at a summit next year': two)
        ), None)
        if keeper is None:
            out.append(ev)
        elif keeper.date is None and ev.date is not None and keeper.context == ev.context and _inside(leads[keeper.trigger_start], leads[ev.trigger_start]):
            keeper.date, keeper.date_text, keeper.date_precision = ev.date, ev.date_text, ev.date_precision
    return sorted(out, key=lambda e: e.trigger_start)


def _inside(token: Token, phrase: Token) -> bool:
    """Whether ``token`` is in the phrase ``phrase`` heads."""
    return phrase.left_edge.i <= token.i <= phrase.right_edge.i


def _compatible(a: EventDraft, b: EventDraft, headline: bool = False) -> bool:
    """Same type and context, and no conflicting date or place. A headline states a planned act
    in the present ('X announces withdrawal', 'X to visit Y'), so with ``headline`` a factual
    and a future context agree."""
    contexts = {a.context, b.context}
    if a.type != b.type or (a.context != b.context and not (headline and contexts == {None, "future"})):
        return False
    if not _same_period(a, b):
        return False
    return a.location is None or b.location is None or a.location == b.location


_PERIOD_CHARS = {"day": 10, "month": 7, "year": 4}  # how much of an ISO date each precision fixes


def _same_period(a: EventDraft, b: EventDraft) -> bool:
    """Whether two dates can be one event's: equal at the coarser of their precisions ('a march in
    March 2019' and 'marched on Saturday', March 23, are one march; 'in August' and 'on 10 September'
    are not)."""
    if a.date is None or b.date is None:
        return True
    chars = min(_PERIOD_CHARS.get(d.date_precision or "day", 10) for d in (a, b))
    return a.date.isoformat()[:chars] == b.date.isoformat()[:chars]


def _linkable(a: EventDraft, b: EventDraft, headline_end: int = 0) -> bool:
    """Whether two records of one article report the same event: :func:`_compatible`, and
    participants that overlap (or none named on either side: a crowd's protests, or the same word)
    without each naming a party the other lacks ('X met Y' and 'X met Z' are two meetings, though
    both name X)."""
    if not _compatible(a, b):
        return False
    later = a if a.sentence_start > b.sentence_start else b
    if later.additional and min(a.sentence_start, b.sentence_start) >= headline_end:
        return False  # 'the parties had also agreed to begin talks': another agreement than the one before
    if a.tally != b.tally and (b if a.tally else a).date_precision in (None, "day"):
        return False  # 'have attacked dozens of ships since November' and 'fired missiles at a tanker': a campaign and one act
        # (not 'since the strikes started in May' and 'workers who have blocked the roads since May': its start)
    pa, pb = set(a.actors) | set(a.recipients), set(b.actors) | set(b.recipients)
    if (pa or pb) and not (pa & pb) and (pa and pb or not _same_word(a.trigger, b.trigger)):
        return False
    if a.type not in two_sided_type_values() and min(a.sentence_start, b.sentence_start) >= headline_end and (
        set(a.actors) & set(b.recipients) or set(b.actors) & set(a.recipients)
    ):  # 'X blamed Y' and 'Y blamed X': a directed act with the roles swapped is another act (a
        return False  # headline's roles are loose: 'X stabbed in prison' is X stabbed)
    if a.type in lexicon_set("separate_act_types") and not a.recipients and not b.recipients and not _same_word(a.trigger, b.trigger):
        return False  # 'police were rounding up ministers' and 'issued an arrest warrant': two acts, no victim named
    if not pa and not pb and a.type != "PROTEST" and not _same_word(a.trigger, b.trigger):
        # Two records naming nobody are one event only when they use the same word, or are a
        # crowd's protests: unnamed talk, complaints and agreements in an interview are not one act.
        return False
    return not (pa - pb and pb - pa)


def is_additional(cand: Candidate) -> bool:
    """Whether the text adds the event to others of its kind ('X also agreed to ...', 'met again',
    'In a separate incident, gunmen kidnapped ...', 'Similar protests spread ...'): a curated
    ``additive_words`` adverb on the trigger verb (or the verb whose object an event noun is), or
    adjective on a noun trigger or on the noun of a phrase on that verb. Such an event is not a
    restatement of an earlier one."""
    words = lexicon_set("additive_words")
    token = cand.token
    verb = token if cand.entry.pos == "VERB" else governing_verb(token)
    if cand.entry.pos == "NOUN" and any(c.dep_ == "amod" and c.lower_ in words for c in token.children):
        return True
    if verb is None:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in words for c in verb.children):
        return True
    phrases = (o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")
    return any(c.dep_ == "amod" and c.lower_ in words for o in phrases for c in o.children)


def is_tally(cand: Candidate) -> bool:
    """Whether the event is a tally of a period, not one act: a time phrase of a curated
    ``tally_preps`` preposition on the trigger or its verb, 'since' anything ('have attacked dozens
    of ships since November', 'arrested since then') or another naming a stretch up to now
    (``tally_period_words`` on a ``duration_nouns`` noun: 'in recent weeks', 'over the past month'),
    or a noun counted in periods ('two weeks of protests')."""
    lex = lexicon_set
    token = cand.token
    head = token
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head  # (not noun_head: it climbs from 'protests' to the 'weeks' counting them)
    if cand.entry.pos == "NOUN" and counted_in_periods(head):
        return True  # 'two weeks of protests', 'months of fighting'
    verb = token if cand.entry.pos == "VERB" else governing_verb(token)
    for host in {token, verb} - {None}:
        for prep in host.children:
            if prep.dep_ != "prep" or prep.lower_ not in lex("tally_preps") or token in prep.subtree:
                continue  # ('arrested since the protests began': the protests are what the tally counts from)
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                if prep.lower_ == "since" or obj.lemma_.lower() in lex("duration_nouns") and obj.tag_ == "NNS" and \
                        any(c.dep_ == "amod" and c.lower_ in lex("tally_period_words") for c in obj.children):
                    return True
    return False


def _same_word(a: str, b: str) -> bool:
    """Whether two triggers are forms of one word ('withdraw' / 'withdrawal', 'marched' / 'march')."""
    stem = min(len(a), len(b), 6)
    return stem >= 4 and a[:stem].lower() == b[:stem].lower()


def _richness(ev: EventDraft, headline_end: int = 0) -> tuple[int, int, int, int]:
    """Most participants, then dated, then in the body rather than the headline, then first."""
    return (len(set(ev.actors) | set(ev.recipients)), ev.date is not None, ev.sentence_start >= headline_end, -ev.sentence_start)


def _gather_actors(best: EventDraft, group: list[EventDraft], headline_end: int = 0, types: dict[int, str] | None = None) -> None:
    """The record of an event reported in several sentences has every agent they name: one
    sentence says 'Russian officials accused X', another 'the president blamed X' - both acted; a headline
    joined without shared names adds its agent too ('France tells Britain: ...' over the body's
    'French minister X said ...': both name the acting side, as 'Russian officials' is Russia). A party
    the record has as its counterpart becomes an actor too when another sentence has it acting
    on one of the record's actors ('A spoke with B' / 'B spoke with A': a two-sided event) or
    with them ('A accused B' / 'A and B clashed'). Acting back counts for two-sided types only
    (curated ``two_sided_types``: 'B praised A's endorsement' does not make B an endorser). A headline's
    adjective of nationality ('Ukrainian president rejects ...') adds no actor."""
    actors, recipients = list(best.actors), list(best.recipients)
    two_sided = best.type in two_sided_type_values()
    for other in group:
        if other is best:
            continue
        # 'B spoke with A' (swapped roles) or 'talks between A and B' (acting together with A)
        shared = (two_sided and bool(set(other.recipients) & set(best.actors))) or bool(set(other.actors) & set(best.actors))
        for actor in other.actors:
            if actor in actors or (actor in recipients and not shared):
                continue
            if other.sentence_start < headline_end and types is not None and types.get(actor) == "NORP":
                continue
            actors.append(actor)
    best.actors = actors
    best.recipients = [r for r in recipients if r not in actors]


MIN_HEAD_DOERS = 2


def _other_doers(head: EventDraft, body: EventDraft) -> bool:
    """A headline naming two or more doers, none of whom the body record has ('India, China rush
    rescue teams' and 'the WFP airlifted biscuits'): two acts, however loosely a headline names its
    parties (one doer, 'Capital's governor resigns', may be the body's named governor)."""
    return len(head.actors) >= MIN_HEAD_DOERS and bool(body.actors) and not set(head.actors) & set(body.actors)


def link_restatements(events: list[EventDraft], headline_end: int = 0, types: dict[int, str] | None = None) -> list[EventDraft]:
    """One record per event per article: records reported in different sentences that
    :func:`_linkable` joins become one, the richest (most participants, then dated, then first),
    every other sentence in ``linked_sentences``, with the agents all of them name
    (:func:`_gather_actors`).
    A group joins a record only if every member is linkable to it (no chaining through a vague one).

    A headline (the text before ``headline_end``, the article's first paragraph) names its
    participants loosely ('Capital's governor resigns'), so a headline record that no body
    record joined is linked to the first body record of its type that is :func:`_compatible`.

    The record's date is its own sentence's; when that has none, the date of a linked sentence
    (members of a group never have conflicting dates)."""
    groups: list[list[EventDraft]] = []
    for ev in events:
        for group in groups:
            if all(_linkable(ev, other, headline_end) and other.sentence_start != ev.sentence_start for other in group):
                group.append(ev)
                break
        else:
            groups.append([ev])
    for group in [g for g in groups if len(g) == 1 and g[0].sentence_start < headline_end]:
        head = group[0]
        body = next((g for g in groups if g[0].sentence_start >= headline_end and all(
            _compatible(head, o, headline=True) and not _other_doers(head, o) for o in g)), None)
        if body is not None:
            body.append(head)
            groups.remove(group)
    out: list[EventDraft] = []
    for group in groups:
        best = max(group, key=lambda ev: _richness(ev, headline_end))
        best.linked_sentences = sorted({(o.sentence_start, o.sentence_end) for o in group if o is not best})
        _gather_actors(best, group, headline_end, types)
        if best.date is None:
            dated = next((o for o in sorted(group, key=lambda o: o.sentence_start) if o.date is not None), None)
            if dated is not None:
                best.date, best.date_text, best.date_precision = dated.date, dated.date_text, dated.date_precision
        out.append(best)
    out.sort(key=lambda ev: (ev.sentence_start, ev.trigger_start))
    return out


BACK_REFERENCE_REACH = 4  # sentences: how far back 'the talks' looks for the talks it takes up


def link_back_references(records: list[EventDraft], references: list[tuple[str, int, int]], sentence_starts: list[int]) -> None:
    """A sentence that takes up a reported event by a definite noun naming no one ('The talks came
    after ...') reports that event again: it joins the ``linked_sentences`` of the closest earlier
    record of the same type (by its own or a linked sentence). ``references``: (type, sentence
    start, sentence end). Only a record reported in the last ``BACK_REFERENCE_REACH`` sentences
    (``sentence_starts``: every sentence's start, in order) is taken up; with none, the reference is
    left out, as before."""
    for kind, start, end in references:
        if any(rec.type == kind and (rec.sentence_start == start or any(a == start for a, _ in rec.linked_sentences))
               for rec in records):
            continue  # a record of this type already reports the sentence (its own, or linked): the noun is that one's
        best: tuple[int, EventDraft] | None = None
        for rec in records:
            if rec.type != kind:
                continue
            seen = [a for a, _ in [(rec.sentence_start, rec.sentence_end), *rec.linked_sentences]
                    if a < start and bisect_left(sentence_starts, start) - bisect_left(sentence_starts, a) <= BACK_REFERENCE_REACH]
            if seen and (best is None or max(seen) > best[0]):
                best = (max(seen), rec)
        if best is not None:
            best[1].linked_sentences = sorted([*best[1].linked_sentences, (start, end)])
