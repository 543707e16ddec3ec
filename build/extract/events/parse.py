"""Parse helpers every event rule uses: dependency labels, clause and phrase walks."""

from __future__ import annotations

import re

from spacy.tokens import Token
from structnews.build.extract.amount_mends import currency_units
from structnews.build.extract.events.lexicon import container_nouns, lexicon

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
OBJECT_DEPS = frozenset({"dobj", "dative", "obj", "iobj"})
# Edges through which an embedding trigger's content is reached ("threatened to impose", "demanded that").
# Subordinators that make a clause a condition ("if X invades", "unless X withdraws").
CONDITIONAL_MARKS = frozenset({"if", "unless"})
CONDITIONAL_NOUNS = frozenset({"event", "case"})  # 'in the event of an invasion', 'in case of an attack'


def conditional_phrase(verb: Token) -> bool:
    """Whether a verb carries 'in the event of X' / 'in case of X', a condition like 'if'."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        o.dep_ == "pobj" and o.lower_ in CONDITIONAL_NOUNS and any(p.dep_ == "prep" and p.lower_ == "of" for p in o.children)
        for o in c.children) for c in verb.children)
CONTENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "prep", "pobj", "acl", "attr", "oprd", "pcomp", "nsubjpass", "nsubj", "amod", "compound"})
# Dependents whose words do not describe the event itself (its subject, a condition, a side clause).
OFF_PHRASE_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "advcl", "relcl", "conj", "cc", "parataxis", "mark"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
TIME_WORD = re.compile(
    r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight)$", re.I
)


def unique(items: list[int]) -> list[int]:
    seen: set[int] = set()
    return [x for x in items if not (x in seen or seen.add(x))]


def is_same(a: Token | None, b: Token | None) -> bool:
    """Token identity: spaCy builds a new Token object on every access, so `is` never holds."""
    return a is not None and b is not None and a.i == b.i


def governing_verb(noun: Token) -> Token | None:
    """The verb a noun is an argument of ('held talks' -> held), through noun conjunctions."""
    token = noun
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    if token.dep_ in ("dobj", "nsubjpass", "attr", "nsubj", "obj") and token.head.pos_ in ("VERB", "AUX"):
        return token.head
    holder = second_object_holder(token)
    return holder.head if holder is not None else None


def verb_lemma(token: Token) -> str:
    """The token's lemma, with the model's known lemmatizer errors put right (curated
    ``lemma_fixes``: 'staged' -> 'stag', 'waged' -> 'wag'), so that 'staged an attack' and 'waged
    war' reach the light verbs and a noun's ``heads``, and 'fined' ('fin') the verb trigger 'fine'."""
    lemma = token.lemma_.lower()
    return lexicon().raw.lemma_fixes.get(lemma, lemma)


def is_second_object(noun: Token) -> bool:
    """Whether the noun is a verb's second object misparsed as an appositive (second_object_holder)."""
    return second_object_holder(noun) is not None


def second_object_holder(noun: Token) -> Token | None:
    """The person a verb's second object was hung on, when the parser made it an appositive:
    'granted Ivo Sark Maren a full pardon', parsed with the pardon as an appositive of the
    indirect object: an indefinite noun phrase in apposition to a verb's dative, the verb having no
    direct object of its own, is that verb's direct object. Through a description of the person
    ('granted X, formerly the agency's chief, a pardon', with X read as the object) only after a
    light verb, whose second object is the event."""
    if noun.dep_ != "appos" or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return None
    person = noun.head
    for _ in range(3):  # 'X, formerly the agency's chief, a pardon': appositive of an appositive
        if person.dep_ != "appos":
            break
        person = person.head
    verb = person.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if person.dep_ == "dobj" and person.pos_ == "PROPN" and person.i < noun.i:
        # the person misread as the direct object, the event after a description of them (the first
        # appositive, 'X, a former governor', is the description itself)
        described = noun.head.dep_ == "appos"
        return person if described and verb_lemma(verb) in lexicon().raw.light_verbs else None
    if person.dep_ not in ("dative", "iobj") or any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return None
    return person


def clause_verb(token: Token) -> Token:
    """The nearest verb at or above the token (the clause it belongs to)."""
    current = token
    while current.pos_ not in ("VERB", "AUX") and current.head.i != current.i:
        current = current.head
    return current


def xcomp_chain(verb: Token, through_conj: bool = True, *, longest: int = 5, to_noun: bool = True) -> list[Token]:
    """The verb and the control/raising verbs above it ('is expected to speak' -> speak, expected);
    with through_conj, also the verbs it is conjoined to ('will fly to X and meet Y'). At most
    ``longest`` verbs are climbed; with ``to_noun``, an infinitive the tagger read as a noun after
    'to' also climbs to its verb (a reported clause's negation test keeps to the verbs proper)."""
    deps = ("xcomp", "conj") if through_conj else ("xcomp",)
    chain = [verb]
    current = verb
    while current.dep_ in deps and current.head.i != current.i and len(chain) < longest:
        current = current.head
        chain.append(current)
    if to_noun and current.dep_ == "pobj" and current.head.lower_ == "to" and current.head.head.pos_ == "VERB":
        chain.append(current.head.head)  # "agreed to sanction X" with the infinitive tagged as a noun
    return chain


def is_time_phrase(prep: Token) -> bool:
    """'on Monday', 'on Dec. 3': a preposition that only introduces a time."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") or TIME_WORD.match(o.text) for o in objects)


def noun_head(token: Token) -> Token:
    """The head of the noun phrase a (compound) noun trigger is part of ('troop build-up' -> up),
    through a container noun ('a round of talks', 'a list of demands' -> round, list)."""
    current = token
    while current.dep_ == "compound" and current.head.pos_ in NOUN_POS and current.head.i != current.i:
        current = current.head
    prep = current.head
    if current.dep_ == "pobj" and prep.lower_ == "of" and prep.dep_ == "prep" and prep.head.pos_ in NOUN_POS:
        if prep.head.lemma_.lower() in container_nouns() or prep.head.lower_ in container_nouns():
            return noun_head(prep.head)
    return current


def prep_governor(noun: Token, preps: list[str]) -> Token | None:
    """The verb that governs a noun through one of these prepositions ('added X to its list' ->
    added; 'placed X under sanctions' -> placed)."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in preps and prep.head.pos_ in ("VERB", "AUX"):
        return prep.head
    return None


def trigger_window(token: Token) -> list[Token]:
    """The trigger's own phrase: its subtree without conjoined clauses ('warned X, but said Y')."""
    if token.pos_ in NOUN_POS:
        token = noun_head(token)
    out: list[Token] = [token]
    for child in token.children:
        if child.dep_ not in ("conj", "cc", "parataxis") or child.pos_ not in ("VERB", "AUX"):
            out.extend(child.subtree)
    return out


def event_phrase(token: Token, skip: frozenset[str] = OFF_PHRASE_DEPS) -> list[Token]:
    """Words that describe the event: the trigger's dependents, without its subject, conditions,
    side clauses or conjuncts ('threatened sanctions' - yes; 'warned that sanctions would be a
    mistake' - the sanctions are the subject of the warning's content, not its means)."""
    out: list[Token] = []
    stack = [token]
    while stack:
        current = stack.pop()
        out.append(current)
        stack.extend(c for c in current.children if c.dep_ not in skip)
    return out


_AGAINST_PREFIXES = frozenset({"anti", "counter"})


def lemma_set(tokens: object) -> set[str]:
    """The lemmas and lower-case forms of the tokens, without the word an 'anti-' or 'counter-'
    prefix turns against itself ('anti-tank weapons' are no tanks, 'anti-ship missiles' no ships)."""
    out: set[str] = set()
    for t in tokens:  # type: ignore[attr-defined]
        if t.i >= 2 and t.nbor(-1).text == "-" and not t.nbor(-1).whitespace_ and not t.nbor(-2).whitespace_ \
                and t.nbor(-2).lower_ in _AGAINST_PREFIXES:
            continue
        out.add(t.lemma_.lower())
        out.add(t.lower_)
    return out


def misparsed_main_verb(verb: Token) -> Token | None:
    """The root noun a past-tense verb was hung on as a modifier when the parser found no main
    verb ('The British relinquished control of X in 1997' read as one noun phrase headed by
    'control'): a finite VBD form is no adjective, so it is the sentence's verb, the words before
    it are its subject and the root noun is its object. None for any other verb."""
    head = verb.head
    if verb.dep_ == "amod" and verb.tag_ == "VBD" and head.dep_ == "ROOT" and head.pos_ in NOUN_POS and head.i > verb.i:
        return head
    return None


_SUBORDINATORS = frozenset({"after", "before", "since", "until", "till", "once", "as"})


def misparsed_clause_subject(verb: Token) -> Token | None:
    """The subject of a finite clause the parser read as a preposition's object ('… come after X
    last week rejected the plan' parsed as 'after X' + a subjectless 'rejected'): the object of a
    subordinating 'after/before/since/...' hung on the same verb, right before this one (only
    time words between). None for a verb with a subject or any other shape."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.head.i == verb.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    for prep in verb.head.children:
        if prep.dep_ == "prep" and prep.lower_ in _SUBORDINATORS and prep.i < verb.i:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            between = verb.doc[obj.i + 1 : verb.i] if obj is not None else None
            if between is not None and all(t.head.i == verb.i and t.dep_ in ("npadvmod", "advmod") or t.head.dep_ == "npadvmod"
                                           for t in between):
                return obj
    return None


def borrows_its_patient(verb: Token) -> bool:
    """A passive with no subject or agent of its own ('X resigned after being accused of Y') borrows
    its subject from another clause, and that subject undergoes the act: X is accused."""
    deps = {c.dep_ for c in verb.children}
    return "auxpass" in deps and not deps & {"nsubj", "nsubjpass", "csubj", "csubjpass", "agent", "expl"}


def object_clause_host(verb: Token) -> Token | None:
    """The verb whose object a participle or infinitive clause hangs from, when that verb's
    subject is the clause's doer: 'X sent a letter requesting Y', 'X posted a message on Twitter
    blaming Y' (the parser may hang the participle on the preposition's object), 'X exercised
    its veto power to reject Y' (an infinitive on an object the doer owns: 'its', 'their').
    None otherwise: in 'X rejected Y's request to meet' the one who would meet is Y."""
    if verb.dep_ != "acl":
        return None
    noun = verb.head
    if verb.tag_ == "VBG":
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep":  # "a message on Twitter blaming Y"
            holder = noun.head.head
            if holder.dep_ in ("dobj", "obj"):
                noun = holder
            elif holder.pos_ == "VERB" and holder.i < noun.i:
                return holder
        return noun.head if noun.dep_ in ("dobj", "obj") and noun.head.pos_ in ("VERB", "AUX") else None
    infinitive = verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
    if infinitive and owned and noun.dep_ in ("dobj", "obj") and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    return None


def is_coerced_on(head: Token) -> bool:
    """'X was arrested on charges of fraud': the phrase gives the grounds of an arrest or a
    detention (a verb trigger of the lexicon's ``wrong_act_types``), which is the event reported;
    'X appeared on charges' or 'went on trial' is the prosecution itself."""
    host = head.head.head if head.dep_ == "pobj" else None
    return host is not None and host.pos_ == "VERB" and any(
        e.type in lexicon().raw.wrong_act_types for e in lexicon().by_key.get((verb_lemma(host), "VERB"), ()))


def is_headline_passive(verb: Token, headline_end: int) -> bool:
    """'Tennis player X arrested on assault charge': a headline drops the 'was' of a passive, so a
    past form with no object and no auxiliary in the headline reports what was done to its
    subject (asked of verbs of force only, the lexicon's ``wrong_act_types``)."""
    return verb.idx < headline_end and verb.tag_ in ("VBD", "VBN") and not any(
        c.dep_ in ("aux", "auxpass", "dobj", "obj", "nsubjpass", "agent") for c in verb.children)


def is_patient_participle(verb: Token) -> bool:
    """'a journalist detained last week': a past participle after a noun, with no 'by' phrase
    (then the doer is one no one names: 'killed by his dogs'), is done to what the noun names."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") and not any(
        c.dep_ == "agent" for c in verb.children)


def states_a_fact(verb: Token) -> bool:
    """Whether the verb's content clauses ('agreed that ...') all state facts: none has a modal
    ('agreed that the talks would resume') or the bare form of what is to be done ('agreed that
    the council meet'): 'agreed that the harbour was too small' shares a view."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    return bool(clauses) and not any(
        c.tag_ == "VB" or any(a.dep_ == "aux" and a.tag_ in ("MD", "TO") for a in c.children) for c in clauses)


def is_counted_crowd(token: Token) -> bool:
    """'Thousands of Ostlanders rallied', 'hundreds of protesters': a number word heading an 'of'
    phrase stands for the people the phrase names, as their own noun would."""
    return token.pos_ == "NOUN" and (token.ent_type_ == "CARDINAL" or token.like_num) \
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def controller_subject(verb: Token) -> list[Token]:
    """The subject of the verb that controls an infinitive or gerund ('government forces began
    deploying': the forces deploy), so that a condition on the doer ('troop') can see it."""
    if verb.dep_ != "xcomp" or verb.head.i == verb.i:
        return []
    head = verb.head
    out = [t for c in head.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
    if head.pos_ == "ADJ" and head.dep_ == "acomp":
        # 'they were ready to negotiate': the adjective the infinitive completes, and the copula's subject
        out = [head] + out + [t for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
    return out


def controlling_object(verb: Token, verbs: list[str]) -> Token | None:
    """'The scandal led Peru to expel X', 'forced Ghana to recall its envoy': the object of a verb
    of making someone act (curated ``object_control_verbs``) is the doer of the infinitive that
    completes it, not the verb's own subject."""
    if verb.dep_ != "xcomp" or verb.head.i == verb.i or verb.head.lemma_.lower() not in verbs:
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def holder_subject(noun: Token) -> list[Token]:
    """For a noun trigger, the subject of the verb that holds it ('students at a school held a
    fire drill'), so that a condition ruling a doer out can see who held it."""
    if noun.pos_ not in NOUN_POS or (verb := governing_verb(noun_head(noun))) is None:
        return []
    return [t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree]


def with_compound_modifiers(token: Token) -> list[Token]:
    """A noun's dependents, with the adjectives the parser hung on a common-noun compound before
    it ('Peruvian riot police': 'Peruvian' modifies 'riot'), which describe the whole phrase."""
    children = list(token.children)
    return children + [g for c in children if c.dep_ == "compound" and c.pos_ == "NOUN" for g in c.children if g.dep_ == "amod"]


APPENDED_DEPS = frozenset({"npadvmod", "appos"})  # how a noun appended to a clause hangs on it


def zero_relative_object(verb: Token) -> bool:
    """Whether a relative clause with no relative pronoun and no object of its own has its
    antecedent as its object ('the measures the government dropped', ', a charge Tehran denies'):
    it has a subject, no clause or 'wh-' word, and no stranded preposition ('the town the army
    withdrew from'); a phrase on the verb only on a noun appended to a clause (', a charge X
    denied on Monday', not 'the day the army marched on X')."""
    if verb.dep_ != "relcl" or verb.head.pos_ != "NOUN" or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    appended = verb.head.dep_ in APPENDED_DEPS
    return not any(c.dep_ in ("ccomp", "xcomp") or c.tag_ in ("WDT", "WP", "WRB")
                   or c.dep_ == "prep" and not (appended and list(c.children)) for c in verb.children)


def is_common_noun(token: Token) -> bool:
    """A common noun, also one written in lower case that the model tagged a proper noun ('the
    congress', 'the ministry')."""
    return token.pos_ == "NOUN" or token.pos_ == "PROPN" and token.is_lower


def partitive_nouns(obj: Token) -> list[Token]:
    """The noun a count, a part or a container (curated ``container_nouns``: 'any kind of
    meddling') takes in its 'of' phrase ('two of its crossings'), or a sum of money (a curated
    currency word or a currency sign) in its 'in' phrase ('froze 1.2 billion euros in payments',
    '$40 million in aid'): what a verb is done to."""
    units = currency_units()
    if obj.lower_ in units or obj.tag_ == "$" or obj.tag_ == "CD" and any(c.tag_ == "$" or c.lower_ in units for c in obj.children):
        if obj.dep_ in ("dobj", "nsubjpass") and not any(c.dep_ == "prep" and c.lower_ == "in" for c in obj.children):
            # the parser may hang 'in aid' on the verb right after the sum: 'suspended $40 million in aid'
            return [p for prep in obj.head.children if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i == obj.right_edge.i + 1
                    for p in prep.children if p.dep_ == "pobj"]
        wanted = "in"
    elif obj.tag_ == "CD" or obj.lemma_.lower() in PARTITIVES or obj.lemma_.lower() in container_nouns():
        wanted = "of"
    else:
        return []
    return [p for prep in obj.children if prep.dep_ == "prep" and prep.lower_ == wanted for p in prep.children if p.dep_ == "pobj"]


# Words that count or take part of the noun in their 'of' phrase, which is then the real object
# ('detained dozens of protesters', 'closed some of the crossings'): English grammar, not lexicon.
PARTITIVES = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "some", "many",
                        "most", "all", "several", "part", "half", "rest", "none", "each", "both", "scores"})
