"""Trigger words: lexicon readings of a token, their conditions, and which candidates report nothing new.

A word's readings come from the curated lexicon; an ambiguous word's conditions (``requires``,
``particles``, ``objects``, ``heads``, ``forbid_deps``, ...) choose the reading that applies.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Span, Token
from structnews.build.core import curated
from structnews.build.extract.events.content_checks import conditional_content, content_names_a_party, mandative_content
from structnews.build.extract.events.evaluations import evaluation_holds
from structnews.build.extract.events.lexicon import Lexicon, container_nouns, lexicon, lexicon_set
from structnews.build.extract.events.parse import (
    CONTENT_DEPS,
    NOUN_POS,
    OBJECT_DEPS,
    controller_subject,
    governing_verb,
    holder_subject,
    is_coerced_on, is_time_phrase, lemma_set, partitive_nouns,
    noun_head, prep_governor, states_a_fact,
    trigger_window, verb_lemma, zero_relative_object,
)
from structnews.build.extract.events.reported import ReportedWrong, opens_a_question, quoted_wrongs, reported_wrong
from structnews.schema.curated import EventTrigger
from structnews.schema.events import EventType


# Entity types whose names are no event words ('Joint Task Force Operation X', 'Strike Force Ltd').
NAME_TYPES = frozenset({"ORG", "PERSON", "GPE", "FAC", "LAW", "WORK_OF_ART", "PRODUCT", "NORP", "LOC"})
# Prepositions whose object is the occasion of a speech act rather than its content.
SETTING_PREPS = frozenset({"in", "during", "at"})


@dataclass
class Candidate:
    """One trigger reading before participants are checked and events merged."""

    entry: EventTrigger
    token: Token
    start: int
    end: int
    actors: list[int] = field(default_factory=list)
    recipients: list[int] = field(default_factory=list)
    location: int | None = None
    destinations: list[int] = field(default_factory=list)  # places among the recipients of a visit
    pronoun_used: bool = False
    sent: Span | None = None  # the sentence; Token.sent costs a walk over the whole doc in spaCy
    speaker: int | None = None  # for a wrong said inside a quote: the quote's speaker, who alleges it
    doers: tuple[Token, ...] = ()  # ... and the phrases naming who did it
    # A ``content_wrong`` reading's allegation (:func:`wrongful_content`), found once when the
    # reading's conditions were checked; participants take the accused from it.
    wrong: ReportedWrong | None = None


class _Allegation:
    """A speech verb's :func:`wrongful_content`, found at most once per token: every reading of the
    word that needs it (``content_wrong``) and the candidate made of it share it (it climbs the
    content clause and reads each of its verbs' own readings, so it is not cheap)."""

    __slots__ = ("token", "found", "value")

    def __init__(self, token: Token) -> None:
        self.token, self.found, self.value = token, False, None

    def get(self) -> ReportedWrong | None:
        if not self.found:
            self.value, self.found = wrongful_content(self.token), True
        return self.value


def _particle(token: Token, particles: list[str]) -> Token | None:
    for child in token.children:
        if child.dep_ == "aux":
            continue  # the infinitive's 'to' ('conspiracy to commit fraud') is no particle ('committed to talks')
        if (child.lower_ in particles or child.lemma_.lower() in particles) and not is_time_phrase(child):
            return child  # 'called on X' is a request; 'called X on Monday' is not
    doc = token.doc
    if token.i + 2 < len(doc) and doc[token.i + 1].text in ("-", "‐") and doc[token.i + 2].lower_ in particles:
        return doc[token.i + 2]
    for child in token.children:  # "calls for X to act": 'for' marks the content clause
        if child.dep_ in ("advcl", "acl", "relcl", "ccomp", "xcomp") and child.i > token.i:
            for mark in child.children:
                if mark.dep_ == "mark" and mark.lower_ in particles and mark.i < child.i:
                    return mark
    if token.pos_ == "VERB":  # 'charged a man with stalking': the parser hung the verb's preposition on its object
        for obj in token.children:
            if obj.dep_ == "dobj" and obj.i > token.i:
                for prep in obj.children:
                    if prep.dep_ == "prep" and prep.i > obj.i and prep.lower_ in particles and not is_time_phrase(prep):
                        return prep
    return None


def _conditions_hold(entry: EventTrigger, token: Token, allegation: _Allegation) -> tuple[bool, Token | None]:
    """Whether this reading of the word applies here; returns the particle to include in the span.
    ``allegation``: the token's content allegation, shared by its readings."""
    particle = None
    if entry.predicates:
        predicate = predicate_of(token, entry.predicates)
        if predicate is None:
            return False, None
        ok, particle = _conditions_hold(_adjective_reading(entry), predicate, allegation)
        return ok, predicate if ok else None  # the span runs to the adjective: 'is deeply concerned'
    if entry.particles:
        particle = _particle(token, entry.particles)
        if particle is None:
            return False, None
    if entry.objects:
        objects = verb_objects(token)
        if not any(o.lemma_.lower() in entry.objects or o.lower_ in entry.objects for o in objects):
            return False, None
    if entry.forbid_objects and any(o.lemma_.lower() in entry.forbid_objects for o in _contained(verb_objects(token))):
        return False, None
    if entry.heads:
        verb = governing_verb(noun_head(token))
        if verb is None or verb_lemma(verb) not in entry.heads:
            verb = prep_governor(noun_head(token), lexicon().raw.head_preps)
            if (verb is None or verb_lemma(verb) not in entry.heads) and heading_participle(token, entry) is None:
                return False, None
    if entry.governing_preps and not _governed_by(noun_head(token), entry.governing_preps):
        return False, None
    if entry.subject_undergoes and is_coerced_on(noun_head(token)):
        return False, None
    if entry.needs_deps and not any(c.dep_ in entry.needs_deps for c in token.children):
        return False, None
    if entry.forbid_deps and any(c.dep_ in entry.forbid_deps for c in token.children):
        return False, None
    if entry.not_setting and _sets_the_scene(token):
        return False, None
    if entry.requires and not (lemma_set(trigger_window(token) + controller_subject(token)) & set(entry.requires)):
        return False, None
    if entry.forbids and lemma_set(trigger_window(token) + controller_subject(token) + holder_subject(token)) & set(entry.forbids):
        return False, None  # 'joint exercises' are no single country's; 'troops began arriving' pay no visit
    if entry.evaluation is not None and not evaluation_holds(entry, token):
        return False, None  # 'called the deal "lousy"' criticises; 'called it Spring Shield' only names
    if entry.type == EventType.ASSAULT and entry.pos == "VERB" and _accidental(token):
        return False, None  # "a collision killed X", "killed in a car crash": harm without an assailant
    if entry.needs_complement and not _has_complement(token):
        return False, None
    if entry.content_party and not content_names_a_party(token):
        return False, None
    if entry.content_conditional and not conditional_content(token):
        return False, None  # 'said X would pay a high price if it invaded' threatens; without the condition it predicts
    if entry.content_mandative and not mandative_content(token) or entry.plan_content and states_a_fact(token):
        return False, None  # 'insisted that X withdraw' demands; 'insisted that it had done nothing wrong' does not
    if entry.content_wrong and allegation.get() is None:
        return False, None  # 'said the rebels shelled X' alleges a wrong; 'said the talks went well' does not
    if entry.type == EventType.REQUEST and entry.pos == "VERB" and _asks_a_question(token):
        return False, None  # 'asked whether X planned to meet Y' is a question, not a request
    return True, particle


def _sets_the_scene(verb: Token) -> bool:
    """Whether a participle with 'to' and no 'with' sets the scene of its head's statement: 'Speaking
    to the BBC, X said', 'X, talking to reporters, said' (the head a curated speech cue verb)."""
    preps = {c.lower_ for c in verb.children if c.dep_ in ("prep", "dative")}
    head = verb.head.head if verb.dep_ == "acl" and verb.head.dep_ in ("nsubj", "nsubjpass") else verb.head
    return verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl", "xcomp") and "to" in preps and "with" not in preps \
        and head.lemma_.lower() in curated.cue_words("verbs")


def _is_hostile(token: Token) -> bool:
    """Whether a word has a reading of a hostile type (curated ``wrong_act_types``) here, by the
    lexicon's own conditions ('shelled X' is an attack; 'fired 200 workers' is not)."""
    if token.lemma_.lower() in _speech_lemmas():
        return False  # a report inside a report is no act of the reported party
    wrong = lexicon_set("wrong_act_types")
    return any(e.type in wrong for e, _ in readings(token, lexicon()))


@lru_cache(maxsize=1)
def _speech_lemmas() -> frozenset[str]:
    return frozenset(e.lemma for e in lexicon().raw.triggers if e.content_wrong)


def wrongful_content(verb: Token) -> ReportedWrong | None:
    """The content clause of a speech verb that alleges a wrong done by a party (:mod:`.reported`)."""
    return reported_wrong(verb, _is_hostile)


def quoted_candidates(sent: Span, said: list[tuple[int, int, int]], cands: list[Candidate]) -> list[Candidate]:
    """Allegations made inside attributed quotes of a sentence that has no accusation reading of
    its own (:func:`.reported.quoted_wrongs`): one candidate on the wrong's verb per quote."""
    raw = lexicon().raw
    if any(c.entry.type == EventType.ACCUSE for c in cands):
        return []
    out = []
    for speaker, wrong in quoted_wrongs(list(sent), said, _is_hostile):
        entry = raw.quoted_criticism if wrong.judged else raw.quoted_wrong
        if entry is None:
            continue
        token = wrong.clause
        out.append(Candidate(entry, token, token.idx, token.idx + len(token.text), sent=sent, speaker=speaker, doers=wrong.doers))
    return out


def _contained(objects: list[Token]) -> list[Token]:
    """The objects and the nouns a container object holds ('a package of sanctions': sanctions)."""
    containers = container_nouns()
    return [*objects, *(p for o in objects if o.lemma_.lower() in containers or o.lower_ in containers
                        for prep in o.children if prep.dep_ == "prep" and prep.lower_ == "of"
                        for p in prep.children if p.dep_ == "pobj")]


def verb_objects(verb: Token) -> list[Token]:
    """The verb's objects (or passive subject) with their conjuncts ('used water cannon and tear
    gas': both). A verb without one shares the object of the verb it is coordinated with ('fired
    and landed a live round': the round is fired too); a passive split by a time phrase ('was on
    Monday rammed') takes the subject of its 'was'. A relative pronoun object stands for the noun its clause
    hangs on ('measures, which the government dropped'); a coordinated passive without a subject
    takes the first verb's ('the talks began and were suspended')."""
    deps = OBJECT_DEPS | {"nsubjpass"}
    direct = [c for c in verb.children if c.dep_ in deps]
    if not direct and verb.tag_ in ("VBN", "VBD") and verb.dep_ == "advcl" and verb.head.lemma_ == "be":
        # 'A barge was on Tuesday pushed into X', parsed as 'barge was' + an adverbial 'pushed':
        # the subject of the bare 'was' is the passive subject
        direct = [c for c in verb.head.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not direct and verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # 'The talks opened in 1998 and were halted in 2011': a coordinated passive with no
        # subject of its own has the subject of the verb it is coordinated with
        direct = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if not direct:  # 'Hands Over Its Last Base': a particle the parser took for a preposition
        direct = [g for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1 and c.lower_ in ("over", "back")
                  for g in c.children if g.dep_ == "pobj"]
    if not direct:
        for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i):
            direct = [c for c in conj.children if c.dep_ in OBJECT_DEPS]
            break
    if verb.dep_ == "relcl":  # 'measures, which the government dropped': the relative's antecedent
        direct = [verb.head if c.tag_ in ("WDT", "WP") or c.lower_ == "that" else c for c in direct]
        if not direct and zero_relative_object(verb):
            direct = [verb.head]  # 'a charge Tehran denies': a relative with no pronoun, whose object is its antecedent
    out = list(direct)
    for obj in direct:
        out.extend(t for t in obj.subtree if t.dep_ == "conj" and t.head.i != t.i and t.pos_ in NOUN_POS)
        out.extend(partitive_nouns(obj))  # 'closed two of its border crossings'
    return out


def _governed_by(head: Token, preps: list[str]) -> bool:
    """Whether a preposition of these governs the noun phrase: as its parse head, or, where the
    parser attached the phrase elsewhere ('then at the government's request returned' with
    'request' read as a subject), as the word right before the phrase."""
    if head.dep_ == "pobj" and head.head.lower_ in preps:
        return True
    before = head.left_edge.i - 1
    return before >= 0 and head.doc[before].lower_ in preps and head.doc[before].pos_ == "ADP"


def is_demand_modal(modal: Token) -> bool:
    """'X must stop', 'we must have access', said by someone: a demand. Not an inference ('must
    have known'), not the speaker's own duty ('I must answer'), and only where the words are a
    reported statement: in quotation marks or the content of a speech verb."""
    verb = modal.head
    if modal.dep_ != "aux" or verb.pos_ not in ("VERB", "AUX") or any(c.lemma_ == "have" and c.dep_ == "aux" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.lower_ == "i" or c.lemma_.lower() in lexicon_set("generic_subjects") or c.lower_ == "we" and verb.lemma_.lower() not in lexicon_set("claim_verbs") for c in subjects):
        return False  # the speaker's own duty; 'people must know that ...': a maxim, asked of no one; 'we must stand together': an exhortation
    if verb.lemma_ == "be" and subjects and not any(s.pos_ == "PROPN" or s.ent_type_ for s in subjects):
        return False  # 'the object must be very massive', 'it should be free': an inference or a
        # judgement of a thing ('X must be neutral' asks X; 'there must be an inquiry' asks for one)
    sent = modal.sent
    quoted = sum(1 for t in sent if t.i < modal.i and t.is_quote) % 2 == 1
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:  # "said that X and that it must stop"
        clause = clause.head
    if modal.lower_ != "must":  # 'X should leave', said: a demand only as a plain statement of what others should do
        if any(c.dep_ in ("auxpass", "nsubjpass") or c.tag_ in ("WRB", "WP") for c in verb.children) or "?" in sent.text:
            return False  # 'Russia should not be left out' complains; 'why should X ...?' asks
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects or any(s.lower_ in ("we", "i", "you", "they", "there", "it") for s in subjects):
            return False
        return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in curated.cue_words("verbs")
    return quoted or (clause.dep_ == "ccomp" and clause.head.pos_ == "VERB")


def heading_participle(token: Token, entry: EventTrigger) -> Token | None:
    """A past participle after the noun, with its agent, that plays the noun's 'heads' verb:
    'sanctions imposed by the EU', 'martial law imposed by X'; or a relative clause with its own
    subject whose object the noun is ('the state of emergency X declared', 'sanctions that X imposed')."""
    for child in noun_head(token).children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and verb_lemma(child) in entry.heads \
                and any(c.dep_ == "agent" for c in child.children):
            return child  # with its agent: 'the concerns raised' alone may be anyone's
        if child.dep_ == "relcl" and verb_lemma(child) in entry.heads and any(c.dep_ == "nsubj" for c in child.children) \
                and not any(c.dep_ in ("dobj", "obj") and c.lower_ not in ("which", "that") for c in child.children):
            return child
    return None


def _accidental(verb: Token) -> bool:
    """Whether the verb's cause is an accident or a natural force (its subject, agent, or the
    'in'/'by' phrase of a passive): curated ``accident_causes``."""
    causes = set(lexicon().raw.accident_causes)
    nouns = []
    # 'the outbreak that infected 4,200 and killed 72': a conjoined verb shares its head's subject
    for child in [*verb.children, *(c for c in verb.head.children if c.dep_ == "nsubj" and verb.dep_ == "conj")]:
        if child.dep_ in ("nsubj", "csubj"):
            clause = child.head
            nouns.append(clause.head if child.lower_ in ("which", "that") and clause.dep_ == "relcl" else child)
            if child.lower_ == "it":  # 'A fire swept the market. Officials said it killed nine': the
                doc = verb.doc  # subject just before, in this sentence or the last, that 'it' stands for
                before = doc[doc[max(verb.sent.start - 1, 0)].sent.start : child.i]
                nouns.extend(t for t in before if t.dep_ in ("nsubj", "nsubjpass", "ROOT") and t.pos_ == "NOUN")
        elif child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in ("in", "by")):
            nouns.extend(p for p in child.children if p.dep_ == "pobj")
            for pcomp in (p for p in child.children if p.dep_ == "pcomp"):  # 'by falling debris' parsed as a gerund
                nouns.extend(o for o in pcomp.children if o.dep_ in ("dobj", "nsubj"))
    if verb.dep_ in ("relcl", "acl") and not any(c.dep_ == "nsubj" for c in verb.children):
        # 'wildfires fanned by strong winds killed 19', parsed as a modifier of 'winds': the nouns it hangs from
        nouns.extend([t for t in verb.ancestors if t.pos_ == "NOUN"][:2] if verb.dep_ == "acl" else [verb.head])
    # 'soldiers were battling 42 fires', 'fought the blaze': no enemy (a bare 'fire' is the idiom: 'opened fire')
    nouns.extend(c for c in verb.children if c.dep_ == "dobj" and any(d.dep_ in ("det", "nummod", "amod") for d in c.children))
    # 'a bus crashed, killing seven', 'were killed when a bomber crashed': the clause the harm hangs
    # from, or a 'when' clause under it, is the accident
    clauses = [c for c in verb.children if c.dep_ == "advcl"]
    # 'were killed yesterday, when a ferry sank': the 'when' clause hung on the time word
    clauses += [r for c in verb.children if c.dep_ == "npadvmod" for r in c.children
                if r.dep_ == "relcl" and any(w.lower_ == "when" for w in r.children)]
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        clauses.append(verb.head)
        nouns.extend(c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass"))
    if any(c.lemma_.lower() in causes for c in clauses):
        return True
    # 'killed by sniper fire': a weapon's fire is an attack, not a blaze
    guns = set(lexicon().raw.gunfire_modifiers)
    nouns = [n for n in nouns if not any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in guns for c in n.children)]
    # 'Typhoon Tembin killed 20': the cause named with its kind
    nouns.extend(c for n in list(nouns) for c in n.children if c.dep_ == "compound")
    return any(n.lemma_.lower() in causes or n.lower_ in causes for n in nouns)


def _asks_a_question(verb: Token) -> bool:
    """'asked whether / if / why ...': the content clause is an open question."""
    return any(opens_a_question(c, any_wh=True) for c in verb.children if c.dep_ in ("ccomp", "xcomp"))


def _has_complement(noun: Token) -> bool:
    """Whether a speech-act noun reports an act ('issued demands', 'demands for X', 'a threat to
    take measures') rather than naming one already known ('Russia's demands are sweeping')."""
    head = noun_head(noun)  # "issued a list of demands"
    verb = governing_verb(head)
    if verb is not None and head.dep_ in ("dobj", "obj") and verb_lemma(verb) in lexicon().raw.light_verbs:
        return True
    if head.dep_ == "nsubj" and head.head.lemma_.lower() in ("include", "comprise"):
        return True  # "the protesters' demands include an inquiry": the content is listed
    for child in noun.children:
        if child.dep_ in ("acl", "ccomp"):
            return True
        if child.dep_ == "prep" and child.lower_ in ("for", "of"):
            return True
    return False


def readings(token: Token, lex: Lexicon) -> list[tuple[EventTrigger, Token | None]]:
    """The lexicon readings that apply to a token; a conditional reading beats a bare one."""
    return _readings(token, lex)[0]


def _readings(token: Token, lex: Lexicon) -> tuple[list[tuple[EventTrigger, Token | None]], _Allegation]:
    """:func:`readings`, with the token's content allegation that checking them found (if any
    reading needed it), for the candidates made of them."""
    allegation = _Allegation(token)
    copular = False
    if token.ent_type_ in NAME_TYPES and token.pos_ == "PROPN":
        return [], allegation  # a word of a name ('Operation Inherent Resolve', 'the Peace Council') is no event
    if token.tag_ == "MD":
        if not is_demand_modal(token):
            return [], allegation
        pos = "VERB"  # "X must withdraw": a demand (curated modal entries, e.g. 'must')
    elif token.pos_ == "VERB" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and token.tag_ in ("VB", "VBP", "NN"):
        pos = "NOUN"  # a verb form the tagger got wrong in noun position ("Call between X and Y ...")
    elif copular := _copula(token):
        pos = "VERB"  # 'is deeply concerned by X': the predicate adjective's reading (entries with predicates)
    elif token.pos_ == "VERB":
        pos = "VERB"
        if token.dep_ in ("amod", "compound") and not _finite_modifier(token):
            return [], allegation  # "a threatened invasion", "Russian-backed": adjectives
    elif _to_verb(token, lex) or _infinitive_noun(token, lex):
        pos = "VERB"  # "moved to sanction X": the tagger read the infinitive as a noun after 'to'
    elif token.pos_ in NOUN_POS:
        pos = "NOUN"
        head = token.head
        hyphenated = head.i == token.i + 2 and token.nbor(1).text in ("-", "‐")  # 'build-up' split in three
        if token.dep_ == "compound" and head.pos_ == "NOUN" and not hyphenated and head.lemma_.lower() not in container_nouns() \
                and (head.lemma_.lower(), "NOUN") not in lex.by_key:
            return [], allegation  # "a fighting force", "assassination plots", "murder charges": a modifier, not an event
    elif token.pos_ == "ADJ" and token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr", "conj") and any(
        c.dep_ == "det" for c in token.children
    ):
        pos = "NOUN"  # "held a bilateral with X": an adjective used as a noun
    else:
        return [], allegation
    entries: list[EventTrigger] = []
    keys: tuple[str, ...] = (token.lemma_.lower(), token.lower_)
    if pos == "NOUN" and token.i + 2 < len(token.doc) and token.head.i == token.i + 2 and token.nbor(1).text in ("-", "‐"):
        keys += (f"{token.lemma_.lower()}-{token.head.lower_}",)  # 'call-up', split in three: its own word
    if pos == "VERB":
        keys += (verb_lemma(token),)  # the model's wrong verb lemmas put right ('fined' -> 'fin' -> 'fine')
    if copular:
        keys += (COPULA,)
    for key in dict.fromkeys(keys):
        entries.extend(lex.by_key.get((key, pos), ()))
    matched = [(e, p) for e in entries for ok, p in [_conditions_hold(e, token, allegation)] if ok]
    specific = [(e, p) for e, p in matched if e.particles or e.objects or e.heads or e.evaluation or e.governing_preps
                or "neg" in e.needs_deps]  # ('will not withdraw its troops': the refusal, not a negated withdrawal)
    if not specific and len({e.type for e, _ in matched}) > 1:
        # 'told the broadcaster to go off air': the reading whose required words are present
        # (COERCE, 'shut') beats the one that only needs a shape (REQUEST, 'ordered X to')
        specific = [(e, p) for e, p in matched if e.requires]
    elif len({e.type for e, _ in specific}) > 1 and any(e.requires for e, _ in specific):
        # so among readings that all hold by their object: 'protesters blocked access' is the
        # protest that requires protesters, not the restriction any party may impose
        specific = [(e, p) for e, p in specific if e.requires]
    return specific or matched, allegation


COPULA = "be"  # the lemma the lexicon's predicate readings are keyed by, for every one of its copulas


def _copula(token: Token) -> bool:
    """A copula with a predicate adjective ('is concerned', 'remained ready to talk'), whatever the
    tagger calls it ('is' is an AUX, 'remains' a VERB)."""
    return token.pos_ in ("AUX", "VERB") and token.lemma_.lower() in lexicon_set("copulas") \
        and any(c.dep_ == "acomp" for c in token.children)


# By id of the lexicon's entry (an entry holds lists, so it is no key of its own); the entry is kept
# beside its copy, so that its id cannot be reused by another while it is cached.
_ADJECTIVE_READINGS: dict[int, tuple[EventTrigger, EventTrigger]] = {}


def _adjective_reading(entry: EventTrigger) -> EventTrigger:
    """A copula reading's conditions as the predicate adjective's own, built once per entry."""
    found = _ADJECTIVE_READINGS.get(id(entry))
    if found is None or found[0] is not entry:
        found = _ADJECTIVE_READINGS[id(entry)] = (entry, entry.model_copy(update={"predicates": []}))
    return found[1]


def predicate_of(copula: Token, adjectives: list[str]) -> Token | None:
    """The copula's predicate adjective, or one coordinated with it ('troubled and disappointed'), if one of ``adjectives``."""
    return next((c for p in copula.children if p.dep_ == "acomp" for c in (p, *(g for g in p.children if g.dep_ == "conj"))
                 if c.lemma_.lower() in adjectives or c.lower_ in adjectives), None)


def _finite_modifier(token: Token) -> bool:
    """A past-tense verb the parser hung on the next noun as a modifier ('The British relinquished
    control of X': 'relinquished' as an adjective of 'control'). A simple past (VBD, not the
    participle VBN of 'a threatened invasion') with a determiner-led phrase before it is a clause's verb, whatever its label."""
    if token.tag_ != "VBD" or token.dep_ != "amod" or token.i == 0 or token.head.i <= token.i:
        return False
    i = token.i - 1
    while i >= 0 and token.doc[i].pos_ in ("ADJ", "NOUN", "PROPN"):
        i -= 1  # the words of a noun phrase before it: 'The British', 'the Norvik army'
    return i < token.i - 1 and i >= 0 and token.doc[i].pos_ == "DET"


def _infinitive_noun(token: Token, lex: Lexicon) -> bool:
    """'agreed to sanction X' parsed right (an xcomp with its 'to') but tagged as a noun."""
    return (
        token.pos_ == "NOUN" and token.tag_ == "NN" and token.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        and (token.lemma_.lower(), "VERB") in lex.by_key
    )


def _to_verb(token: Token, lex: Lexicon) -> bool:
    """An infinitive the tagger read as a noun object of 'to' ('moved to sanction X'): a bare
    singular noun with a verb reading, right after a 'to' that hangs from a verb, and followed by
    a name or determiner rather than ending the phrase."""
    doc = token.doc
    if token.pos_ != "NOUN" or token.tag_ != "NN" or token.dep_ != "pobj" or token.i == 0 or token.i + 1 >= len(doc):
        return False
    to = doc[token.i - 1]
    if to.lower_ != "to" or to.i != token.head.i or to.head.pos_ != "VERB":
        return False
    if any(c.dep_ in ("det", "amod", "compound", "poss") for c in token.children):
        return False
    after = doc[token.i + 1]
    if after.pos_ not in ("PROPN", "DET"):
        return False
    return (token.lemma_.lower(), "VERB") in lex.by_key


def sentence_candidates(sent: Span, lex: Lexicon) -> list[Candidate]:
    out: list[Candidate] = []
    for token in sent:
        found, allegation = _readings(token, lex)
        for entry, particle in found:
            start, end = token.idx, token.idx + len(token.text)
            if particle is not None and (0 < particle.i - token.i <= 2 or (entry.predicates and particle.i > token.i)):
                end = particle.idx + len(particle.text)
            if entry.predicates and particle is not None and (marks := [t for t in token.doc[token.i + 1:particle.i] if t.is_quote]):
                start = marks[-1].idx + len(marks[-1].text)  # 'was "very disappointed"': the quoted words
            out.append(Candidate(entry, token, start, end, sent=sent, wrong=allegation.get() if entry.content_wrong else None))
    embedding = [c for c in out if c.entry.pos == "VERB" and c.entry.type in lex.raw.embedding_types and not c.entry.fallback]
    # 'said X warned that ...', 'said X fired ... and accused Y': that is the act; not a demand of its own clause
    return [c for c in out if not (c.entry.fallback and any(e.entry.type == c.entry.type or e.token in trigger_window(c.token)
                                                            or c.token in trigger_window(e.token) for e in embedding))]


BACK_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})  # a definite reference back


def _definite(noun: Token) -> bool:
    """'the talks', 'these talks', 'their meeting', 'Lind's call': a phrase that refers to a known event."""
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in BACK_DETERMINERS for c in noun.children)


def refers_back(cand: Candidate) -> bool:
    """'The talks came after ...', 'their meeting lasted an hour': an event noun with a definite
    determiner or a possessive pronoun that names no one takes up the article's earlier report
    of that event (see ``records.link_back_references``)."""
    if cand.entry.pos != "NOUN" or cand.actors or cand.recipients:
        return False
    return _definite(noun_head(cand.token)) or _definite(cand.token)


def is_anchor(cand: Candidate, anchor_preps: set[str]) -> bool:
    """A definite event noun after a temporal preposition refers back to an event reported
    elsewhere ('following his call with X', 'ahead of Thursday's call'); it reports nothing new."""
    if cand.entry.pos != "NOUN":
        return False
    head = noun_head(cand.token)
    if head.dep_ != "pobj" or head.head.lower_ not in anchor_preps:
        return False
    if heading_participle(cand.token, cand.entry) is not None:
        return False  # 'under the curfew imposed by X in 1981': introduced here, with its doer
    return _definite(head)


def _object_infinitive(verb: Token, clause: Token) -> bool:
    """'rejected calls to pull its forces back': an infinitive right after the verb's object, which
    the parser hangs on the verb as an adverbial clause, completes the object (the calls' content)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return clause.dep_ == "advcl" and obj is not None and obj.right_edge.i + 1 == clause.left_edge.i \
        and clause.left_edge.lower_ == "to" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _charged_act(token: Token) -> bool:
    """In the clause of a verdict or charge ('found guilty of murdering'; curated ``charge_words``)."""
    prep = token.head
    if token.dep_ not in ("pcomp", "pobj") or prep.lower_ not in ("of", "for", "with"):
        return False
    return prep.head.lemma_.lower() in lexicon_set("charge_words")


def is_embedded(cand: Candidate, triggers: dict[int, set[str]], embedding: set[str]) -> bool:
    """Whether the candidate sits in the content of an embedding trigger ('threatened to invade'),
    or is the verb of a reported demand modal ('X must withdraw its troops': the withdrawal is what
    was demanded, the 'must' its REQUEST)."""
    if cand.entry.pos == "VERB" and any(c.dep_ == "aux" and triggers.get(c.i, set()) & embedding for c in cand.token.children):
        return True
    child = cand.token
    if _charged_act(child):
        return True  # 'found guilty of murdering a student': the charge's content
    if cand.entry.pos == "NOUN" and child.dep_ == "pobj" and child.head.lower_ in SETTING_PREPS:
        return False  # "warned X against interfering in a call": the call is where it was said
    aside = False  # the way up passed a preposition other than 'of' / 'as'
    for ancestor in cand.token.ancestors:
        # 'calls for X to release Y': a 'for ... to' clause is content whatever label the parser gave it
        for_clause = any(c.dep_ == "mark" and c.lower_ == "for" for c in child.children)
        # 'faced calls to step down': the parser may call a noun's 'to' infinitive a relative clause
        infinitive = child.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        # 'called on both sides to silence their guns and withdraw': a bare verb joined to a bare verb shares its content
        shared = child.dep_ == "conj" and child.tag_ == "VB" and ancestor.tag_ == "VB" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux") for c in child.children)
        if child.dep_ in ("conj", "parataxis", "cc", "relcl", "appos") and not (for_clause or infinitive or shared):
            return False
        if child.dep_ == "acl" and child.tag_ == "VBG" and child.head.dep_ == "nsubj":
            return False  # 'EU leaders meeting in Brussels called for X': the subject's own act, not the call's content
        if ancestor.i != cand.token.i and triggers.get(ancestor.i, set()) & embedding:
            if aside and ancestor.lemma_.lower() in curated.cue_words("naming_verbs") and any(c.dep_ == "oprd" for c in ancestor.children):
                return False  # 'call it an act of war in revenge for EU sanctions': the sanctions are not the judgement
            return child.dep_ in CONTENT_DEPS or for_clause or infinitive or _object_infinitive(ancestor, child)
        aside = aside or (child.dep_ == "prep" and child.lower_ not in ("of", "as"))
        child = ancestor
    return False
