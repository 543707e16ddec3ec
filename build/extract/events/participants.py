"""Actors, recipients and location of a trigger, from the parse (see the package docstring, step 3)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token
from structnews.build.extract import pronouns
from structnews.build.extract.drafts import EventDraft
from structnews.build.extract.entity_bounds import HYPHENS
from structnews.build.extract.events.cue_speakers import cue_speaker
from structnews.build.extract.events.descriptions import perpetrator_of
from structnews.build.extract.events.lexicon import lexicon, lexicon_set
from structnews.build.extract.events.local_forces import is_local_force, passive_place_state
from structnews.build.extract.events.counterparts import (
    content_subjects, givers, judged_in_phrases, judged_owners, object_owners, prep_object_owners, prep_recipients, refusal_targets, threat_targets,
)
from structnews.build.extract.events.organisers import only_union, organisers, participle_agents
from structnews.build.extract.events.parse import (
    CONDITIONAL_MARKS, NOUN_POS, OBJECT_DEPS, OFF_PHRASE_DEPS, SUBJECT_DEPS,
    borrows_its_patient, clause_verb, controlling_object, event_phrase, governing_verb, is_headline_passive,
    is_patient_participle, is_same, is_second_object, misparsed_clause_subject, misparsed_main_verb, noun_head,
    object_clause_host, prep_governor, second_object_holder, unique, verb_lemma,
)
from structnews.build.extract.events.referents import PARTY_TYPES, PLACE_TYPES, ArticleState
from structnews.build.extract.events.reported import ReportedWrong, content_clauses, doers
from structnews.build.extract.events.subject_clauses import PARTY_OR_PERSON, headline_co_subjects, included_members, set_off_from_content
from structnews.build.extract.events.triggers import Candidate, heading_participle, predicate_of
from structnews.schema.curated import EventTrigger
from structnews.schema.events import EventType

# Prepositions whose noun-trigger object inherits the actor of the clause ("in a call with X, Y said").
ADJUNCT_PREPS = frozenset({"in", "during", "at", "for"})
# ... and those whose (indefinite) event-noun object still shares the clause's participants
# ("after talks with X, Y said": Y took part); definite ones are back-references (see is_anchor).
INHERIT_PREPS = ADJUNCT_PREPS | {"after", "following", "before"}


def _active_conjunct(verb: Token) -> bool:
    """'X was concerned by the report and called on Y to act', 'X was freed in June and left the
    country': a finite active verb with an object or an infinitive of its own, coordinated to a
    passive, has the passive's subject as its doer (not as what it acts on). A bare verb after a
    passive is read as passive too ('was arrested on Monday and released the next day', which
    the tagger may call a past tense)."""
    return verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP") \
        and not any(c.dep_ in ("auxpass", "nsubj", "nsubjpass") for c in verb.children) \
        and any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp") or c.dep_ == "advcl" and c.tag_ == "VB" for c in verb.children)


def verb_subject(verb: Token, art: ArticleState) -> tuple[list[int], list[int]]:
    """(actors, passive recipients) of a verb: its subject, or for passives the 'by' agent; a
    verb without a subject borrows it from the verb it is controlled by or conjoined to, and a
    participle on a verb's object ('sent a letter requesting Y') from that verb."""
    if (root := misparsed_main_verb(verb)) is not None:  # "The British relinquished control ...": the British
        return unique([e for c in root.children if c.i < verb.i and c.dep_ in ("amod", "compound", "nmod", "poss")
                       for e in art.phrase_entities(c)]), []
    current = verb
    raised = False
    active = _active_conjunct(verb)
    for _ in range(5):
        passive = [c for c in current.children if c.dep_ == "nsubjpass"]
        if passive and active and current.i == verb.head.i:  # 'X was concerned by Y and called on Z': X calls
            return unique([e for s in passive for e in art.phrase_entities(s)]), []
        agents = [p for c in current.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        subjects = [c for c in current.children if c.dep_ in SUBJECT_DEPS]
        if not subjects and not passive:  # "The US has been encouraging": the parser may hang it on 'been'
            subjects = [g for c in current.children if c.dep_ in ("aux", "auxpass") and c.i < current.i
                        for g in c.children if g.dep_ in SUBJECT_DEPS]
        if len(subjects) > 1:  # "crates which, X said, customs officers have declined to release": the
            subjects = [s for s in subjects if s.lower_ not in pronouns.RELATIVE] or subjects  # object misread
        if subjects:
            found = unique([e for s in subjects for e in art.phrase_entities(s)] + headline_co_subjects(current, subjects, art))
            if not found and all(s.pos_ == "NOUN" and s.tag_ == "NNS" for s in subjects):
                found = included_members(current, art)  # "officials pressured X, including A and B"
            return found, []
        if passive:
            passive_ents = unique([e for s in passive for e in art.phrase_entities(s)])
            if raised:  # "X is expected to speak": X is the actor of speak
                return passive_ents, []
            return unique([e for a in agents for e in art.phrase_entities(a)]), passive_ents
        if agents:
            return unique([e for a in agents for e in art.phrase_entities(a)]), []
        if current.dep_ == "relcl":
            return art.phrase_entities(current.head), []
        if current.dep_ == "acl" and current.tag_ == "VBG" and current.head.dep_ in ("nsubj", "nsubjpass") \
                and current.head.pos_ in ("NOUN", "PROPN") and (found := art.phrase_entities(current.head)):
            return found, []  # "X, meeting Y in Lima on Monday, said": the clause's subject meets
        if current.dep_ == "pcomp" and current.head.dep_ == "prep":  # "by massing troops, X ..."
            prep, current, raised = current.head, current.head.head, True  # 'X was suspected of asking': X asks
            if prep.lower_ == "of" and current.lemma_.lower() in art.lex.raw.agenda_nouns and current.dep_ in OBJECT_DEPS:
                current = current.head  # 'X began a campaign of confiscating property': X confiscates
            if prep.lower_ == "in" and current.lemma_.lower() in art.lex.raw.joining_verbs:
                # "China joined Russia in blocking X": the one joined acts too
                partners = [e for c in current.children if c.dep_ in OBJECT_DEPS for e in art.phrase_entities(c)]
                return unique([*verb_subject(current, art)[0], *partners]), []
            continue
        if current.dep_ == "pobj" and current.head.lower_ == "to" and current.head.head.pos_ == "VERB":
            current = current.head.head  # "X moved to sanction Y" (an infinitive tagged as a noun)
            raised = True
            continue
        if (host := object_clause_host(current)) is not None:
            current = host  # "X sent a letter requesting Y": the letter's sender requests
            continue
        if set_off_from_content(current):  # "X said Y did it, blaming Z": X blames
            current = current.head.head
            continue
        if (misread := misparsed_clause_subject(current)) is not None:  # "after X last week rejected Y"
            return art.phrase_entities(misread), []
        if (obj := controlling_object(current, art.lex.raw.object_control_verbs)) is not None:
            return art.phrase_entities(obj), []  # 'the scandal led Peru to expel X': Peru expels
        if current.dep_ in ("xcomp", "conj", "advcl") and current.head.i != current.i:
            raised = raised or current.dep_ == "xcomp"
            current = current.head
            continue
        if raised and current.dep_ == "acomp" and current.pos_ == "ADJ" and current.head.i != current.i \
                and current.lemma_.lower() in {*art.lex.raw.hypothetical_cues, *art.lex.raw.future_cues}:
            current = current.head  # "they were ready to negotiate": the subject of the copula ('ready' makes
            continue  # the clause hypothetical, so a factual type under it stays out; 'is due to meet': future)
        break
    return [], []


def _relative_clause_participants(noun: Token, art: ArticleState) -> tuple[list[int], list[int]]:
    """(initiators, participants) from relative clauses on an event noun: 'a call that X
    requested' (X initiated it), 'sessions that will include X and Y' (they take part)."""
    actors: list[int] = []
    recipients: list[int] = []
    initiators, includers = set(art.lex.raw.initiator_verbs), set(art.lex.raw.participant_verbs)
    for clause in (c for c in noun.children if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX")):
        lemma = clause.lemma_.lower()
        objects = [c for c in clause.children if c.dep_ in OBJECT_DEPS]
        subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
        named = [s for s in subjects if s.lower_ not in pronouns.RELATIVE]  # the parser may call 'that' a subject too
        if lemma in initiators and named:
            if all(o.lower_ in pronouns.RELATIVE for o in objects):  # the noun is what was requested
                actors.extend(e for s in named for e in art.phrase_entities(s))
        elif lemma in includers:
            recipients.extend(e for o in objects for e in art.phrase_entities(o))
    return unique(actors), unique(recipients)


def event_location(tokens: list[Token], art: ArticleState, participants: set[int], extra_preps: list[str] = ()) -> int | None:
    """A place in a locative phrase of the trigger's phrase or clause ('met in X', 'met Y in X',
    'massed troops near X's border'), or the antecedent of 'where' ('the border, where X massed
    troops'). A participant is not its own location ('called on X')."""
    preps = set(art.lex.raw.location_preps) | set(extra_preps)
    for token in tokens:
        # not inside a reported content clause: "demanded that X leave Y" did not happen in Y
        phrase = sorted(event_phrase(token, OFF_PHRASE_DEPS | {"ccomp"}), key=lambda t: abs(t.i - token.i))
        for word in phrase:
            if word.dep_ in ("prep", "dative") and word.lower_ in preps:  # "sent troops to X" (dative)
                for pobj in (c for c in word.children if c.dep_ == "pobj"):
                    if places := [p for p in art.place_entities(pobj) if p not in participants]:
                        return places[0]
        if token.dep_ == "relcl" and any(c.lower_ == "where" for c in token.children):
            if places := [p for p in art.place_entities(token.head) if p not in participants]:
                return places[0]
    return None


@dataclass
class _Parts:
    """The participants gathered for one trigger, before they are settled."""

    actors: list[int] = field(default_factory=list)
    recipients: list[int] = field(default_factory=list)
    between: list[int] = field(default_factory=list)  # 'between'/'among' objects: actors or counterparts, settled last
    clause_tokens: list[Token] = field(default_factory=list)  # where the location is looked for
    passive: list[int] = field(default_factory=list)  # subjects of a passive trigger ('X was met by Y': X)


def find_participants(cand: Candidate, art: ArticleState) -> None:
    """Fill actors, recipients and location of a candidate from the parse."""
    token, entry = cand.token, cand.entry
    preps = list(art.lex.raw.recipient_preps.get(entry.type, [])) + list(entry.recipient_preps)
    art.pronoun_used = False
    parts = _Parts(clause_tokens=[token])
    if cand.speaker is not None:  # a wrong said in a quote: its speaker alleges it against its doer
        parts.actors = [cand.speaker]
        parts.recipients = [e for doer in cand.doers for e in art.phrase_entities(doer)]
    elif entry.pos == "VERB":
        _verb_participants(token, entry, preps, art, parts, cand.wrong)
    else:
        _noun_participants(token, entry, preps, art, parts)
    if not parts.actors and entry.pos == "VERB" and (speaker := cue_speaker(token, art)) is not None and speaker not in parts.recipients:
        parts.actors = [speaker]  # 'The bloc called for the release of X': the speaker the quotes stage found
    if entry.stated_contexts and not parts.actors:
        parts.actors = _stating_party(token, art)  # '"This will not go unanswered," X said': X's consequence
    if not parts.actors and entry.type == EventType.PROTEST and (entry.mode or "").startswith("strike"):
        parts.actors = [e for e in only_union(art) if e not in parts.recipients]  # 'workers walked off the job': their union
    if entry.type == EventType.REJECT and not parts.recipients:  # 'refused to send arms to X'
        parts.recipients = [e for e in refusal_targets(token, art) if e not in parts.actors]
    elif entry.type == EventType.REQUEST and entry.pos == "NOUN" and not parts.recipients:  # 'his demand that X reject Y'
        parts.recipients = [e for e in content_subjects(token, art) if e not in parts.actors]
    # where a visit goes: a place, the host only if no one else is named
    destinations = [r for r in parts.recipients if art.ents.types.get(r) in PLACE_TYPES] if entry.mode == "visit" else []
    cand.actors, cand.recipients = _settle(token, entry, parts, art)
    if entry.type not in art.lex.raw.partner_types and entry.lemma in art.lex.raw.partner_lemmas:
        # 'entered into an agreement with Y': Y, no recipient of the type, is a party to it
        cand.recipients = unique([*cand.recipients, *(p for p in _with_partners(token, art) if p not in cand.actors)])
    if (entry.type in art.lex.raw.partner_types or entry.lemma in art.lex.raw.partner_lemmas) and entry.mode != "visit":
        partners = {art.ents.capital_of.get(p, p) for p in [*_with_partners(token, art), *parts.passive]}
        art.partners.setdefault(entry.type.value, set()).update(p for p in cand.recipients if p in partners)
    cand.destinations = [d for d in destinations if d in cand.recipients]
    extra = art.lex.raw.destination_preps.get(entry.type, [])
    participants = {*cand.actors, *cand.recipients}
    cand.location = cand.destinations[0] if cand.destinations else event_location(parts.clause_tokens, art, participants, extra)
    cand.pronoun_used = art.pronoun_used


# -- verb triggers -----------------------------------------------------------------------------
def _verb_participants(token: Token, entry: EventTrigger, preps: list[str], art: ArticleState, parts: _Parts,
                       wrong: ReportedWrong | None = None) -> None:
    """A verb's subject (or passive agent) acts; its object and the type's prepositions receive."""
    if token.tag_ == "MD":
        _modal_participants(token, art, parts)
        return
    parts.actors, parts.recipients = verb_subject(token, art)
    force = entry.type in art.lex.raw.wrong_act_types
    if parts.actors and not parts.recipients and (borrows_its_patient(token) or force and is_headline_passive(token, art.headline_end)):
        parts.actors, parts.recipients = [], parts.actors  # "X, after being accused"; a headline's "X arrested on ..."
    if force and not parts.actors and not parts.recipients and is_patient_participle(token):
        parts.recipients = art.phrase_entities(token.head)  # "a journalist detained last week"
    parts.passive = list(parts.recipients)
    if not parts.actors and parts.recipients and entry.type == EventType.COERCE and entry.mode == "arrest":
        parts.actors = [e for e in passive_place_state(token, art) if e not in parts.recipients]  # 'X was arrested in Panama'
    # forces moved: the mover's own; not people released or returned ('X was released': X is freed)
    moved = entry.type == EventType.MOBILIZE or entry.type == EventType.RETREAT and entry.mode in (None, "withdraw")
    if moved and not parts.actors:
        # "Chilean troops were deployed": whoever owns the troops moved them
        parts.actors, parts.recipients = parts.recipients, []
    if entry.object_recipient:
        for child in token.children:  # 'deployed troops', 'withdrawing forces': no counterpart
            if child.dep_ in OBJECT_DEPS and not (moved and is_local_force(child, art.lex.raw)):
                parts.recipients.extend(art.phrase_entities(child))
        if token.pos_ == "NOUN" and token.dep_ == "pobj":  # "moved to sanction X" (mis-tagged infinitive)
            verb = token.head.head
            parts.recipients.extend(
                e for c in verb.children if c.dep_ in OBJECT_DEPS | {"npadvmod"} and c.i > token.i
                for e in art.phrase_entities(c)
            )
    if any(art.ents.types.get(e) not in PLACE_TYPES for e in parts.recipients):  # 'battled X in Y': Y is where
        preps = [p for p in preps if p != "in"]
    r, b = prep_recipients(token, preps, art)
    if not r and entry.recipient_preps:  # 'sought a prison term for X': the object's own phrase
        # (also on a conjunct the parser hung the phrase on: 'banned exports of A and B to X')
        r = [e for o in token.children if o.dep_ in OBJECT_DEPS
             for holder in (o, *(c for c in o.children if c.dep_ == "conj"))
             for e in prep_recipients(holder, entry.recipient_preps, art)[0]]
    if entry.predicates and (predicate := predicate_of(token, entry.predicates)) is not None:
        # 'was critical of X', 'is grateful to X': the adjective's own phrase names the counterpart
        pr, pb = prep_recipients(predicate, [*preps, *entry.particles], art)
        if not pr and entry.type in art.lex.raw.owner_recipient_types:  # 'disappointed by the ruling of X'
            pr = judged_in_phrases(predicate, preps, art)
        r, b = [*r, *pr], [*b, *pb]
    if not r and not b and token.dep_ == "xcomp":  # "would continue to talk, including with X"
        r, b = prep_recipients(token.head, [p for p in preps if p in ("with", "between")], art)
    parts.recipients.extend(r)
    parts.between.extend(b)
    if entry.mode == "visit" and entry.particles:
        for child in token.children:
            if child.lower_ in entry.particles:
                parts.recipients.extend(art.pobj_entities(child))
    alleged = entry.mode == "allege"
    if (entry.type == EventType.REQUEST or alleged) and not parts.recipients:  # 'claimed X spoofed e-mails': X
        parts.recipients.extend(e for e in content_subjects(token, art, alleged=alleged) if not (alleged and e in parts.actors))
    if entry.type == EventType.THREATEN and not parts.recipients:
        parts.recipients.extend(threat_targets(token, art))
    if entry.content_wrong and wrong is not None:
        # 'told reporters the rebels had shelled X': the rebels, whom the content accuses, not the audience
        # (or the owner of the thing that does it: 'said the Xian projects violate the treaty')
        parts.recipients = [e for doer in wrong.doers for e in art.phrase_entities(doer) or judged_owners(doer, art)]
    if entry.fallback and entry.evaluation is not None and (entry.evaluation == "positive" or not parts.recipients):
        # '"X is a dictator," Y said': the party the reported words judge, unless it is the speaker;
        # praise only of them, never of the audience ('told the BBC that "it was great"')
        judged = [doer for clause in content_clauses(token) for doer in doers(clause)]
        parts.recipients = [e for doer in judged for e in art.phrase_entities(doer) if e not in parts.actors]
        if not parts.recipients and entry.evaluation == "negative":  # '"X's new fees are unacceptable," Y said': the fees' owner
            parts.recipients = [e for doer in judged for e in judged_owners(doer, art) if e not in parts.actors]
    if entry.type in art.lex.raw.owner_recipient_types and not parts.recipients and not entry.content_wrong:
        parts.recipients.extend(object_owners(token, art))


def _stating_party(token: Token, art: ArticleState) -> list[int]:
    """Who states what a clause says ('"X must leave," Y said', 'any incursion would be met with a
    firm response'): the speaker of the direct quote it is in, or the subject of the verb (said,
    made known, insisted ...) whose content clause holds it."""
    speaker = art.quote_speaker(token.idx)
    if speaker is not None:
        return [speaker]
    clause = token
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    return verb_subject(clause.head, art)[0] if clause.dep_ == "ccomp" else []


def _modal_participants(modal: Token, art: ArticleState, parts: _Parts) -> None:
    """'"X must leave," Y said' / 'Y said X must leave': Y demands, X is asked; 'we' is Y's side."""
    verb = modal.head
    parts.actors.extend(_stating_party(verb, art))
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.lower_ not in ("we", "i", "it", "this", "that", "there"):
            parts.recipients.extend(e for e in art.phrase_entities(subject) if e not in parts.actors)


# -- noun triggers -----------------------------------------------------------------------------
def _noun_participants(token: Token, entry: EventTrigger, preps: list[str], art: ArticleState, parts: _Parts) -> None:
    """A noun's possessor, modifier or 'by' phrase acts, its prepositions receive; then the verb
    that governs it (directly, or through a preposition) or the clause it is an adjunct of."""
    head = noun_head(token)
    parts.actors.extend(_modifier_actors(token, head, art) or perpetrator_of(head, art))  # 'X, the suspect in a shooting'
    if head.lemma_.lower() in lexicon_set("patient_nouns") and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        undergoes = [e for c in head.children if c.dep_ == "poss" for e in art.phrase_entities(c)]  # 'her arrest': she was arrested
        parts.actors = [e for e in parts.actors if e not in undergoes]
        parts.recipients.extend(undergoes)
    if not parts.actors and entry.type in art.lex.raw.agent_of_types and head.lemma_.lower() not in lexicon_set("patient_nouns"):
        parts.actors.extend(_of_agents(token, head, art))
        preps = [p for p in preps if p != "of"] if parts.actors else preps
    for holder in dict.fromkeys([token, head]):
        r, b = prep_recipients(holder, preps, art)
        parts.recipients.extend(r)
        parts.between.extend(b)
        parts.recipients.extend(_targets(holder, art))
    verb = governing_verb(head)
    light = verb is not None and (verb_lemma(verb) in art.lex.raw.light_verbs or verb_lemma(verb) in entry.heads)
    if entry.type == EventType.ACCUSE and not parts.recipients:  # 'began a probe into X's finances': X is looked into
        parts.recipients.extend(prep_object_owners(list(dict.fromkeys([token, head, *([verb] if light else [])])), (*preps, "into", "over", "about"), art))
    governor = prep_governor(head, art.lex.raw.head_preps) if entry.heads and not light else None
    if entry.subject_undergoes and (host := prep_governor(head, entry.governing_preps)) is not None:
        actors, passive = verb_subject(host, art)  # 'X is on trial': X is tried; 'X was put
        objects = [e for c in host.children if c.dep_ in ("dobj", "obj") for e in art.phrase_entities(c)]
        parts.actors.extend(actors if passive or objects else [])  # on trial by Y': Y tries X; 'Y put
        parts.recipients.extend(passive or objects or actors)  # X on trial': X is tried
        parts.clause_tokens.append(host)
        if not parts.actors:  # 'X appeared on charges laid by Y': Y brought them
            parts.actors.extend(participle_agents(head, art))
    elif verb is not None and head.dep_ in ("dobj", "obj") and verb.lemma_.lower() in lexicon_set("victim_verbs") | lexicon_set("receipt_verbs"):
        # 'X survived a drone attack': X was attacked; 'X faces charges' (a head of the trigger
        # too): X is accused, not the accuser; 'X won the backing of Y': Y backs X (.counterparts)
        parts.recipients.extend(verb_subject(verb, art)[0])
        parts.actors.extend([] if parts.actors or verb.lemma_.lower() not in lexicon_set("receipt_verbs") else givers(head, verb, art))
    elif governor is not None and verb_lemma(governor) in entry.heads:
        _governor_participants(governor, art, parts)
    elif verb is not None and light:
        _light_verb_participants(head, verb, preps, art, parts)
    elif head.dep_ == "pobj" and entry.type == EventType.CONSULT:
        _adjunct_actors(head, entry, art, parts)
    if entry.type == EventType.CONSULT:
        _consult_clause_participants(head, art, parts)
    participle = heading_participle(token, entry) if entry.heads and not light else None
    if participle is not None:  # "sanctions imposed by the EU on X", "the sanctions X imposed"
        parts.actors.extend(e for c in participle.children if c.dep_ == "agent" for e in art.pobj_entities(c))
        parts.actors.extend(verb_subject(participle, art)[0] if participle.dep_ == "relcl" else [])
        parts.recipients.extend(prep_recipients(participle, preps, art)[0])
    if not parts.actors:  # 'the strike called by X': its organiser holds it
        parts.actors.extend(organisers(head, art))


def _targets(noun: Token, art: ArticleState) -> list[int]:
    """'sanctions targeting X', 'a package of measures aimed at X': the parties a participle on
    the event noun names as its target (curated ``target_participles``)."""
    found: list[int] = []
    for participle in noun.children:
        if participle.dep_ != "acl" or participle.tag_ not in ("VBG", "VBN") or participle.lemma_.lower() not in lexicon_set("target_participles"):
            continue
        for child in participle.children:
            if child.dep_ in ("dobj", "obj"):
                found.extend(art.phrase_entities(child))
            elif child.dep_ == "prep" and child.lower_ in ("at", "against"):
                found.extend(art.pobj_entities(child))
    return found


def _modifier_actors(token: Token, head: Token, art: ArticleState) -> list[int]:
    """'X's demands', 'a Russian invasion', 'sanctions by X': who a noun's modifiers name."""
    found: list[int] = []
    for child in [*token.children, *(head.children if not is_same(head, token) else [])]:
        if is_same(child, token):
            continue
        if child.dep_ == "poss":
            found.extend(art.phrase_entities(child))
        elif child.dep_ in ("compound", "amod", "nmod") and (own := art.ents.at(child)) is not None:
            found.extend(art.ents.country_of.get(e, e) for e in art.phrase_entities(child))  # 'a Xian invasion': X; and
            found.extend(e for c in child.children if c.dep_ == "compound" and c.i + 2 == child.i and c.nbor(1).text in HYPHENS | {"–"} and (e := art.ents.at(c)) not in (None, own))  # the partner in 'the Brazil-Argentina talks'
        elif child.dep_ == "compound" and child is not token:  # "X's troop buildup" parsed as (X's troop) buildup
            found.extend(e for c in child.children if c.dep_ == "poss" for e in art.phrase_entities(c))
        elif child.dep_ == "prep" and child.lower_ == "by":
            found.extend(art.pobj_entities(child))
    return found


def _of_agents(token: Token, head: Token, art: ArticleState) -> list[int]:
    """'the request of X', 'threats of X': for a speech act's noun the party in its 'of' phrase
    made it (curated ``agent_of_types``); a thing there ('threats of sanctions') names the content."""
    return unique([
        e for holder in dict.fromkeys([token, head]) for c in holder.children
        if c.dep_ == "prep" and c.lower_ == "of" for e in art.pobj_entities(c)
        if art.types.get(e) in PARTY_OR_PERSON
    ])


def _governor_participants(governor: Token, art: ArticleState, parts: _Parts) -> None:
    """'added X to its sanctions list', 'placed X under sanctions': the verb's object is the target."""
    parts.clause_tokens.append(governor)
    if not parts.actors:
        parts.actors, passive = verb_subject(governor, art)
        parts.recipients.extend(passive)
    for obj in (c for c in governor.children if c.dep_ in OBJECT_DEPS):
        # "added X's central bank to the list": the owner is the target
        parts.recipients.extend(art.phrase_entities(obj) or [e for c in obj.children if c.dep_ == "poss" for e in art.phrase_entities(c)])


def _light_verb_participants(head: Token, verb: Token, preps: list[str], art: ArticleState, parts: _Parts) -> None:
    """'held talks with X', 'issued demands', 'gave X an ultimatum', 'sanctions were imposed by X
    on Y': the light verb's subject acts and its indirect object (or the subject of a passive
    that keeps the noun as object) and prepositions receive."""
    parts.recipients.extend(e for c in verb.children if c.dep_ in ("dative", "iobj") and c.pos_ in NOUN_POS for e in art.phrase_entities(c))
    holder = second_object_holder(head)
    if holder is not None and holder.dep_ == "dobj":  # 'granted X, formerly Y, a pardon': X was read as the object
        parts.recipients.extend(art.phrase_entities(holder))
    parts.clause_tokens.append(verb)
    if head.dep_ in ("dobj", "obj") or is_second_object(head) or (head.dep_ == "conj" and is_same(governing_verb(head), verb)):
        # 'X was granted clemency', 'was given an ultimatum': a passive that keeps the event noun
        # as its object promoted the indirect object, who receives
        subject, promoted = verb_subject(verb, art)
        parts.recipients.extend(promoted)
        if subject and parts.actors and all(art.types.get(a) in PLACE_TYPES for a in parts.actors) and not set(subject) & set(parts.actors) \
                and all(art.types.get(a) in PARTY_TYPES for a in subject):  # 'X launched a Y City offensive': Y is hit
            parts.recipients, parts.actors = [*parts.recipients, *parts.actors], []
        if not parts.actors:
            parts.actors = subject
        r, b = prep_recipients(verb, preps, art)
        parts.recipients.extend(r)
        parts.between.extend(b)
    elif head.dep_ == "nsubjpass" and not parts.actors:  # "sanctions were imposed by X on Y"
        parts.actors, _ = verb_subject(verb, art)
        r, _b = prep_recipients(verb, preps, art)
        parts.recipients.extend(r)


def _adjunct_actors(head: Token, entry: EventTrigger, art: ArticleState, parts: _Parts) -> None:
    """A CONSULT noun in an adjunct ('in a call with X, Y said'; 'after talks with X, Y said';
    'X is on a trip to Y') takes the actors of the clause or noun it hangs from."""
    prep = head.head
    inherit = INHERIT_PREPS | ({"on"} if entry.mode == "visit" else set())
    if prep.lower_ not in inherit or parts.actors or len(parts.between) >= 2:
        return  # ('a day after a meeting between X and Y, Z said': the meeting names its own parties)
    host = prep.head
    while host.is_punct and host.head is not host:  # "X's appearance, at ...": the parser may hang it on the comma
        host = host.head
    owners = [c for c in host.children if c.dep_ == "poss"] if host.pos_ in NOUN_POS else []
    if owners:  # "X's remarks at a news conference with Y"
        parts.actors = unique([e for o in owners for e in art.phrase_entities(o)])
    else:  # "in a call with X, Y said"; "after talks with X, Y said"
        verb = clause_verb(prep)
        if verb.pos_ in ("VERB", "AUX"):
            parts.actors, _ = verb_subject(verb, art)
            parts.clause_tokens.append(verb)
            if entry.symmetric and prep.lower_ in ADJUNCT_PREPS and not parts.recipients and not parts.between:
                # "X warned Y against interfering in a lengthy call": the one addressed is the
                # other party, and neither is said to have placed the call
                host = verb
                for _ in range(3):
                    if host.dep_ == "pcomp" and host.head.dep_ == "prep":
                        host = host.head.head
                    elif host.dep_ in ("xcomp", "advcl") and host.head.i != host.i:
                        host = host.head
                    else:
                        break
                if host.lemma_.lower() in art.speech_verbs:  # one addressed, not 'represented his client in a negotiation'
                    parts.actors = unique(parts.actors + [
                        e for c in host.children if c.dep_ in ("dobj", "dative") for e in art.phrase_entities(c)
                        if art.types.get(e) in PARTY_OR_PERSON
                    ])


def _consult_clause_participants(head: Token, art: ArticleState, parts: _Parts) -> None:
    """Relative clauses on a meeting noun ('a call that X requested'), and the subject of a clause
    coordinated with the one the meeting is the subject of."""
    a, r = _relative_clause_participants(head, art)
    parts.actors = parts.actors or a
    parts.recipients.extend(r)
    clause = head.head
    if not parts.actors and parts.recipients and head.dep_ in ("nsubj", "nsubjpass") and (
        clause.dep_ == "conj" or (clause.dep_ == "ccomp" and clause.head.lemma_.lower() not in art.speech_verbs)
    ):
        # "X had a call with Y and a meeting with Z was scheduled": the coordinated clause's
        # subject takes part (not a reporter's: "X said a meeting with Z was scheduled")
        parts.actors = [e for e in verb_subject(clause.head, art)[0] if e not in parts.recipients]


def _with_partners(token: Token, art: ArticleState) -> list[int]:
    """The parties of 'with' phrases on a joint act's trigger, on its noun's head, or on the verb
    that governs the noun ('met with Y', 'talks with Y', 'attended a summit with Y'): they act
    together with the subject (curated ``partner_types``)."""
    head = noun_head(token)
    holders = [token, head]
    if token.pos_ in NOUN_POS and (verb := governing_verb(head)) is not None and head.dep_ in ("dobj", "obj"):
        holders.append(verb)
    elif token.pos_ in NOUN_POS and head.dep_ == "pobj" and head.head.head.pos_ == "VERB":
        holders.append(head.head.head)  # 'entered into an agreement with Y' may hang 'with Y' on the verb
    return unique([e for h in dict.fromkeys(holders) for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                   for e in art.pobj_entities(c) if art.types.get(e) in PARTY_OR_PERSON])


def join_partners(events: list[EventDraft], art: ArticleState) -> None:
    """Make the joint parties of a sentence's records actors ('X met with Y': X and Y), once the
    records of the sentence are merged (their actor sets tell distinct acts apart: 'a press
    conference with Y after they met' stays two records). Only beside a named actor: a lone
    'with' party of an act whose doer is unnamed stays its counterpart."""
    for ev in events:
        partners = art.partners.get(ev.type, set())
        if ev.actors and partners & set(ev.recipients):
            ev.actors = unique([*ev.actors, *(r for r in ev.recipients if r in partners)])
            ev.recipients = [r for r in ev.recipients if r not in partners]
    art.partners.clear()


# -- settling ----------------------------------------------------------------------------------
def _settle(token: Token, entry: EventTrigger, parts: _Parts, art: ArticleState) -> tuple[list[int], list[int]]:
    """(actors, recipients): 'between' participants placed, duplicates dropped, recipients of the
    wrong type dropped; the 'between' parties of a symmetric event are all its actors, and
    otherwise a symmetric event's first participant is made its actor."""
    actors, recipients, between = parts.actors, parts.recipients, parts.between
    pair_between = any(
        art.is_pair(p) for holder in (token, noun_head(token)) for c in holder.children
        if c.dep_ == "prep" and c.lower_ in ("between", "among") for p in c.children if p.dep_ == "pobj"
    )
    if between and pair_between and entry.symmetric and not actors:  # "a call between the two leaders"
        actors, between = between, []
    if between:
        if actors or not entry.symmetric:
            recipients.extend(between)
        else:  # "talks between X and Y": interchangeable parties, all of them actors
            actors.extend(between)
    capitals = art.ents.capital_of  # a capital that acts or is acted on stands for its country ...
    actors = unique([capitals.get(a, a) for a in actors])
    if entry.mode != "visit":  # ... but a visit's destination stays a place
        recipients = [capitals.get(r, r) for r in recipients]
    recipients = [r for r in unique(recipients) if r not in actors]
    if entry.recipient_types:
        recipients = [r for r in recipients if art.types.get(r) in entry.recipient_types]
    if entry.symmetric and not actors and len(recipients) >= 2:
        actors, recipients = recipients[:1], recipients[1:]
    return actors, recipients


def is_kept(cand: Candidate) -> bool:
    if cand.entry.needs_location and cand.location is None:
        return False
    participants = set(cand.actors) | set(cand.recipients)
    if not participants and cand.entry.unattributed:
        return True  # a crowd's protest: kept with whatever participants were found (none)
    if not participants or len(participants) < cand.entry.min_participants:
        return False
    return not (cand.entry.needs_recipient and not cand.recipients)


def is_agentless(cand: Candidate) -> bool:
    """A verb event that names neither its doer nor its target as an entity ('the treaty was
    rejected', 'the mayor was stabbed', 'protesters called for his resignation', 'twenty people
    were arrested'): kept without participants, as the gold keeps agentless events. Not for
    triggers that need two parties or a place, and a trigger that needs a counterpart only in
    the passive without an agent (the unnamed people it happened to)."""
    entry = cand.entry
    if entry.pos == "NOUN" and not (cand.actors or cand.recipients or entry.min_participants > 1 or entry.needs_location or entry.needs_recipient
                                    or entry.type in lexicon().raw.partner_types):  # 'a deal was reached': by whom it says elsewhere
        return _made_passive(noun_head(cand.token), entry)
    if cand.actors or cand.recipients or entry.pos != "VERB" or entry.min_participants > 1 or entry.needs_location:
        return False
    generic = frozenset(lexicon().raw.generic_subjects)
    if any(_is_generic_subject(c, generic) for c in cand.token.children if c.dep_ in ("nsubj", "csubj")):
        return False  # "not everyone agreed", "only 27 have ratified it": nobody in particular acted
    if entry.needs_recipient:
        if entry.recipient_types:
            return False  # a counterpart of a named kind is what the trigger needs ('X was released': a person; 'the rules were released' is no release)
        children = list(cand.token.children)
        return any(c.dep_ in ("nsubjpass", "auxpass") for c in children) and not any(c.dep_ == "agent" for c in children)
    return True


def _made_passive(noun: Token, entry: EventTrigger) -> bool:
    """'Arrests were made': an act noun, agentless passive subject of its light or head verb, happened to unnamed
    people, as a verb's agentless passive does (not a joint act: 'a deal was reached' names its parties elsewhere)."""
    verb = noun.head
    return noun.dep_ == "nsubjpass" and (verb_lemma(verb) in lexicon().raw.light_verbs or verb_lemma(verb) in entry.heads) \
        and not any(c.dep_ == "agent" for c in verb.children)


def _is_generic_subject(token: Token, generic: frozenset[str]) -> bool:
    """A subject that names no one: an indefinite pronoun or a bare number."""
    return token.lower_ in generic or (token.pos_ == "NUM" and not any(c.dep_ == "prep" for c in token.children))
