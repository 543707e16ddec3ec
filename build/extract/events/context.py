"""The trigger's clause: context (negated, hypothetical, future or a reported fact), tense and mode."""

from __future__ import annotations

from spacy.tokens import Token
from structnews.build.extract import dates
from structnews.build.extract.events.parse import (
    CONDITIONAL_MARKS,
    CONDITIONAL_NOUNS,
    conditional_phrase,
    NOUN_POS,
    OFF_PHRASE_DEPS,
    clause_verb,
    event_phrase,
    governing_verb,
    lemma_set,
    xcomp_chain,
)
from structnews.build.extract.events.participants import ADJUNCT_PREPS
from structnews.build.extract.events.triggers import Candidate
from structnews.schema.curated import EventLexicon
from structnews.schema.events import EventType

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"could", "might"})  # "may visit" is a possible future, not a condition


def clause_of(cand: Candidate) -> Token:
    return cand.token if cand.entry.pos == "VERB" else clause_verb(cand.token)


def _undergone(cand: Candidate) -> bool:
    """'X will go on trial', 'X is not on trial': a noun its clause's subject undergoes (curated
    ``subject_undergoes``) is the clause's own act, as its object would be."""
    return cand.token.dep_ == "pobj" and cand.entry.subject_undergoes


def _clause_applies(cand: Candidate) -> bool:
    """Whether the clause's modality and negation speak about this trigger: always for verbs; for
    nouns only as the verb's argument ('did not hold talks') or adjunct ('will fly in for talks'),
    not for a noun that merely names an existing thing ('would engage on X's demands')."""
    token = cand.token
    if cand.entry.pos == "VERB":
        return True
    if token.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "obj"):
        return True
    if _undergone(cand):
        return True
    return token.dep_ == "pobj" and token.head.lower_ in ADJUNCT_PREPS and cand.entry.type == EventType.CONSULT


# Modals that make a clause on a provision noun say what the text provides for, not what happened.
COUNTERFACTUAL_MODALS = frozenset({"would", "could", "might", "should"})


def _counterfactual(verb: Token) -> bool:
    """'would have faced', 'could have prevented': a modal with a perfect says what did not happen."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return verb.tag_ == "VBN" and bool(auxes & COUNTERFACTUAL_MODALS) and bool(auxes & {"have", "'ve"})


PROVISION_MODALS = frozenset({"would", "could", "might", "may", "will", "shall", "can", "'ll", "wo"})


def is_provision_content(cand: Candidate, lex: EventLexicon) -> bool:
    """Whether the trigger is part of what a bill, law, proposal, demand or agreement provides for
    (curated ``provision_nouns``): inside a relative clause on one whose verb has a modal ('a bill
    that would have let X deport people held on remand', 'demands that would involve
    NATO withdrawing its troops') or that passes through a verb of providing ('memoranda in which
    they agreed on borders and allowed army deployments', curated ``provision_verbs``); inside a
    present participle on one ('a law allowing police to detain'); or a gerund after 'on', 'for' or
    'about' one ('the agreement on sending soldiers'). Such content is no event of its own: the
    bill or demand is, when something was done with it. A clause that itself reports the act
    ('the law that banned rallies in 2019') stays an event."""
    nouns = set(lex.provision_nouns)
    verbs = set(lex.provision_verbs)
    token = cand.token
    gerund = cand.entry.pos == "VERB" and token.tag_ == "VBG" and token.dep_ == "pcomp"
    path: list[Token] = []  # the verbs between the trigger and the clause that holds it
    child = token
    for ancestor in token.ancestors:
        provision = ancestor.pos_ in NOUN_POS and ancestor.lemma_.lower() in nouns
        if provision and child.dep_ in ("relcl", "acl"):
            modal = any(c.dep_ == "aux" and c.lower_ in PROVISION_MODALS for c in child.children)
            providing = any(v.lemma_.lower() in verbs for v in [*path, child] if v.i != token.i)
            if modal or providing or (child.dep_ == "acl" and child.tag_ == "VBG"):
                return True
        if provision and gerund and child.dep_ == "prep" and child.lower_ in ("on", "for", "about") and token.head.i == child.i:
            return True
        if child.pos_ in ("VERB", "AUX"):
            path.append(child)
        child = ancestor
    return False


CAPABILITY_MODALS = frozenset({"can", "could"})


def is_capability(cand: Candidate) -> bool:
    """'missiles, which can strike targets 1,000 km away', 'a unit that could detain suspects':
    a relative clause with a modal of ability says what its noun is able to do, not an act."""
    token = cand.token
    verb = token if cand.entry.pos == "VERB" else token.head if token.head.pos_ in ("VERB", "AUX") else None
    return verb is not None and verb.dep_ == "relcl" and any(
        c.dep_ == "aux" and c.lower_ in CAPABILITY_MODALS for c in verb.children)


def is_complaint_purpose(cand: Candidate, triggers: dict[int, set[str]]) -> bool:
    """'summoned the envoy to protest X': a protest that is the purpose of a verb the sentence
    reports as a complaint (ACCUSE) is that complaint, no demonstration of its own."""
    return cand.entry.type == EventType.PROTEST and is_purpose(cand.token) and \
        EventType.ACCUSE.value in triggers.get(cand.token.head.i, set())


def _mandative(cand: Candidate) -> bool:
    """'ordered that the offer be accepted', 'insisted that the prisoners be released': a
    passive in the bare subjunctive ('be' with no modal or 'to') in a content clause says what
    someone required, not what was done."""
    token = cand.token
    if cand.entry.pos != "VERB":
        return False
    children = list(token.children)
    if not any(c.dep_ == "auxpass" and c.lower_ == "be" and c.tag_ == "VB" for c in children) or any(c.dep_ == "aux" for c in children):
        return False
    clause = token
    while clause.dep_ == "conj" and clause.head.i != clause.i:  # 'that X be accepted and Y not be signed'
        clause = clause.head
    return clause.dep_ == "ccomp"


def _delayed_until(chain: list[Token]) -> bool:
    """'did not back the plan until May', 'were not released until Friday': the negation with
    'until' (or 'till') and a time says when the act happened, not that it did not: the clause is
    no denial. Not 'will not leave until the demands are met' (a condition, no time)."""
    for verb in chain:
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("until", "till")):
            if any(o.dep_ == "pobj" and (o.ent_type_ in ("DATE", "TIME") or o.lower_ in dates.MONTHS or o.lower_ in dates.WEEKDAYS) for o in prep.children):
                return True
    return False


def _irrealis_infinitive(cand: Candidate, lex: EventLexicon) -> bool:
    """'a place for countries to talk', 'the right to protest': a verb trigger in an infinitive on a
    noun of possibility (curated ``irrealis_nouns``) names a possible act."""
    token = cand.token
    if cand.entry.pos != "VERB" or token.dep_ not in ("acl", "advcl", "relcl") or token.head.pos_ not in NOUN_POS:
        return False
    noun = token.head
    if noun.lemma_.lower() not in lex.irrealis_nouns or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    verb = governing_verb(noun)  # 'used its veto power to block X', 'took the chance to meet': done
    return verb is None or verb.lemma_.lower() not in lex.realising_verbs


def is_purpose(verb: Token) -> bool:
    """An infinitive of purpose hung on another verb with no subject of its own ('could launch a
    war to retake X', 'sent troops to seize the airport'): it says what the other act is meant to
    achieve, which has not happened by being said. Only a reading that must be a stated fact asks
    this: 'marched to demand higher wages' demands by marching."""
    return verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children
    ) and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)


def _refrained(noun: Token, lex: EventLexicon) -> bool:
    """Whether a noun trigger is the argument of a verb of taking part (curated
    ``participation_verbs``) that a negation cue governs ('refrain from participating in the
    sessions', 'declined to attend the talks'): the act did not take place. Not the object of the
    negation cue itself ('rejected the talks' is a refusal, whose own event says so)."""
    node, through_verb = noun, False
    for _ in range(6):
        head = node.head
        if head.i == node.i or node.dep_ not in ("pobj", "prep", "dobj", "pcomp", "xcomp"):
            return False
        through_verb = through_verb or node.pos_ == "VERB" and node.lemma_.lower() in lex.participation_verbs
        if through_verb and head.pos_ == "VERB" and head.lemma_.lower() in lex.negation_cues:
            return True
        node = head
    return False


def _denied(clause: Token, lex: EventLexicon) -> bool:
    """Whether the clause (through its controlling verbs and coordinated clauses) is what a denial
    verb reports ('denied (that) X had shelled Y', 'denied planning to attack')."""
    current = clause
    for _ in range(4):
        head = current.head
        if head.i == current.i:
            return False
        if current.dep_ in ("ccomp", "xcomp") and head.lemma_.lower() in lex.denial_verbs:
            return True
        if current.dep_ not in ("ccomp", "xcomp", "conj"):
            return False
        current = head
    return False


def _awaited(verb: Token, future_cues: set[str]) -> bool:
    """An 'until' clause on a clause that is refused, to come or promised ('will not stop until
    X', 'vowed to stay until X': a modal or a curated future cue): X has not happened ('fighting
    continued until X' says it did)."""
    if not any(c.dep_ == "mark" and c.lower_ in ("until", "till") for c in verb.children) or verb.head.i == verb.i:
        return False
    main = xcomp_chain(verb.head)
    return any(c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" for t in main for c in t.children) \
        or any(t.lemma_.lower() in future_cues for t in main[1:])  # (the verbs above it: 'vowed to stay')


def in_reported_speech(cand: Candidate, speech_verbs: frozenset[str] | set[str]) -> bool:
    """Whether the act is told in the content clause of a verb of saying ('X said Y had ...',
    'X said farmers had been killed by shelling')."""
    clause = clause_of(cand)
    return any(t.dep_ == "ccomp" and t.head.lemma_.lower() in speech_verbs for t in (clause, *clause.ancestors))


def due_somewhere(verb: Token, future_cues: set[str] | frozenset[str] | list[str]) -> bool:
    """'is due in Kyiv on Tuesday', 'is set for Geneva': a copula with a curated future adjective."""
    return verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in future_cues for c in verb.children)


def _scheduled(node: Token, future_cues: set[str]) -> bool:
    """'X, who is due in Kyiv on Tuesday to meet Y', 'X is due in Berlin for talks': an act for
    which its doer 'is due' somewhere (a copula with a curated future adjective; 'is due to meet'
    is a control verb, found with the chain)."""
    for _ in range(3):
        if due_somewhere(node, future_cues):
            return True
        if node.dep_ not in ("advcl", "prep", "pobj") or node.head.i == node.i:
            return False
        node = node.head
    return False


def event_context(cand: Candidate, lex: EventLexicon) -> str | None:
    """'negated' > 'hypothetical' > 'future' > None (a reported fact), from the trigger's clause."""
    token = cand.token
    applies = _clause_applies(cand)
    clause = clause_of(cand)
    chain = xcomp_chain(clause) if applies else [token]
    # negation needs the noun to be the verb's argument: "did not hold talks", but the call in
    # "did not give any sign in a call with X" took place
    direct = cand.entry.pos == "VERB" or token.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "obj") or _undergone(cand)
    strict_chain = xcomp_chain(clause, through_conj=False) if direct else [token]
    sentence = cand.sent if cand.sent is not None else token.sent
    sentence_has_condition = any(t.lower_ in CONDITIONAL_MARKS and t.dep_ == "mark" or t.pos_ in ("VERB", "AUX") and conditional_phrase(t)
                                 for t in sentence)  # 'if', 'in the event of'
    hypothetical_cues = set(lex.hypothetical_cues)
    # a condition or an open question governs the trigger: "if X invades", "whether to invade"
    for ancestor in [token, *token.ancestors]:
        if ancestor.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS | {"whether"} for c in ancestor.children
        ):
            return "hypothetical"
        if ancestor.dep_ == "pobj" and ancestor.lower_ in CONDITIONAL_NOUNS and ancestor.head.lower_ == "in":
            return "hypothetical"  # 'in the event of an invasion', 'in case of an attack'
        if ancestor.pos_ in ("VERB", "AUX") and _awaited(ancestor, set(lex.future_cues)):
            return "hypothetical"  # 'we will not stop until the law is withdrawn': what is awaited
        if ancestor.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.lower_ in ("since", "after", "when") for c in ancestor.children):
            break  # "unclear whether X will shift since Britain left the bloc": the departure is a fact
    if _irrealis_infinitive(cand, lex) or _mandative(cand):
        return "hypothetical"
    if token.dep_ == "pcomp" and token.head.dep_ == "prep" and token.head.head.lemma_.lower() in lex.future_cues:
        return "hypothetical"  # 'rallies aimed at overthrowing a regime': a purpose, not an act
    # negated
    if any(c.dep_ == "neg" for t in {token, *strict_chain} for c in t.children) and not _delayed_until(strict_chain):
        return "negated"
    scope = [token, *list(token.ancestors)[:3]] if cand.entry.pos == "VERB" else [token]
    if any(c.dep_ == "det" and c.lower_ == "no" for t in scope if t.pos_ in NOUN_POS for c in t.children):
        return "negated"  # "no talks", "no intention of attacking"
    if cand.entry.pos == "VERB" and any(c.dep_ == "dobj" and c.lower_ in ("nothing", "none") for c in token.children):
        return "negated"  # "they have conceded nothing"
    if any(t.lemma_.lower() in lex.negation_cues for t in strict_chain[1:]):
        return "negated"
    if token.dep_ == "pobj" and token.head.lower_ in lex.negation_cues:
        return "negated"
    if _denied(clause, lex):
        return "negated"  # 'denied it was planning an invasion': the speaker says it is untrue
    if cand.entry.pos != "VERB" and _refrained(token, lex):
        return "negated"  # 'would refrain from participating in the sessions', 'declined to attend the talks'
    # hypothetical
    child = token
    for ancestor in token.ancestors:
        if child.dep_ == "relcl" or any(c.dep_ == "mark" and c.lower_ in ("since", "after", "when") for c in child.children):
            break  # a relative or temporal clause asserts: 'without a warning to the
            # tenants who were sleeping', 'unclear whether X is ready to shift since Norway left'
        if ancestor.lemma_.lower() in hypothetical_cues:
            if child.dep_ == "conj" and ancestor.pos_ in ("VERB", "AUX") and child.pos_ == "VERB":
                break  # 'warned that X could strike and promised aid': the promise is the cue's conjunct, not its content
            return "hypothetical"
        child = ancestor
    if any(c.dep_ == "amod" and c.lemma_.lower() in hypothetical_cues for c in token.children):
        return "hypothetical"
    # a finite past verb takes no modal from a verb it is coordinated with: 'would have faced a
    # vote but resigned' (resigned: VBD) happened
    modal_chain = [token] if cand.entry.pos == "VERB" and token.tag_ == "VBD" else chain
    modals = {c.lower_ for t in modal_chain for c in t.children if c.dep_ == "aux"}
    if modals & HYPOTHETICAL_AUX:
        return "hypothetical"
    if "would" in modals and sentence_has_condition:
        return "hypothetical"
    own_verb = next((t for t in [token, *chain] if t.pos_ in ("VERB", "AUX")), None)
    if own_verb is not None and _counterfactual(own_verb):
        return "hypothetical"  # 'would have faced impeachment': it did not happen ('... but resigned' did)
    # future
    if "would" in modals and any(c.dep_ == "advmod" and c.lower_ in lex.habitual_adverbs for t in chain for c in t.children):
        return None  # 'they would sometimes kill farmers': what used to happen
    if modals & FUTURE_AUX or modals & {"would", "should", "may"}:
        return "future"
    if any(c.dep_ == "aux" and c.lower_ == "going" for t in chain for c in t.children):
        return "future"
    future_cues = set(lex.future_cues)
    # a noun's own verb counts too: "a meeting was scheduled", "talks are planned"
    governed = chain if cand.entry.pos == "NOUN" and applies and token.dep_ in ("nsubj", "nsubjpass") else chain[1:]
    if any(t.lemma_.lower() in future_cues for t in governed):
        return "future"
    if _scheduled(clause if cand.entry.pos == "VERB" else token, future_cues):
        return "future"
    if cand.entry.pos == "NOUN":
        if any(c.dep_ == "amod" and c.lemma_.lower() in future_cues for c in token.children):
            return "future"
        if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in future_cues for c in token.children):
            return "future"  # "another meeting scheduled for May"
        for child in token.children:  # "talks that will begin on Monday"
            if child.dep_ in ("relcl", "acl") and any(a.lower_ in FUTURE_AUX for a in child.children if a.dep_ == "aux"):
                return "future"
    return None


def event_tense(cand: Candidate, context: str | None) -> dates.TenseHint:
    if context == "future":
        return "future"
    clause = clause_of(cand)
    if clause.tag_ in ("VBD", "VBN") or any(c.lemma_ == "have" and c.dep_ == "aux" for c in clause.children):
        return "past"
    return None


def event_mode(cand: Candidate, lex: EventLexicon, tokens: list[Token]) -> str | None:
    if cand.entry.mode:
        return cand.entry.mode
    # a verb's passive subject is what it acts on ('troops were moved'), so it describes the event
    skip = OFF_PHRASE_DEPS - {"nsubjpass"} if cand.entry.pos == "VERB" else OFF_PHRASE_DEPS
    words = lemma_set(t for tok in tokens for t in event_phrase(tok, skip))
    for mode, lemmas in lex.modes.items():
        if cand.entry.type in lex.mode_types.get(mode, []) and words & set(lemmas):
            return mode
    return None


def is_participle_label(cand: Candidate) -> bool:
    """'the accused', 'the wounded': a verb form with a determiner is a noun naming people by what
    was said or done to them, not a report of the act."""
    return cand.entry.pos == "VERB" and cand.token.tag_ in ("VBN", "VBG") and any(
        c.dep_ == "det" for c in cand.token.children
    )
