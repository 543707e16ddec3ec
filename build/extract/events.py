"""Events: who did what to whom, when and where, in PLOVER types, from one article's parse.

The extractor is rule based on top of spaCy's dependency parse and the curated trigger lexicon
(``data/curated/events.yaml``): rules are inspectable, deterministic and work on any outlet's
prose, while the lexicon (data, not code) says which words express which event type.

For each sentence:

1. Trigger tokens are found by lemma and part of speech; an ambiguous word's conditions
   (``requires``, ``particles``, ``objects``, ``heads``, ``forbid_deps``) choose its reading.
2. A trigger inside the content of a THREATEN/REQUEST/ACCUSE/REJECT trigger ("threatened to
   impose sanctions") is not a separate event: the outer event carries it as its mode.
3. Participants come from the parse: the subject (or the passive agent) are actors; the direct
   object and type-specific prepositions ("with", "on", "between") recipients; for noun triggers
   the possessor / modifier ("Russia's demands", "a Russian invasion"), "by" phrases and the
   subject of a light verb ("held talks"), the initiator or participants named in a relative
   clause ("a call that X requested", "sessions that will include X"), and the subject of the
   clause an indefinite event noun is an adjunct of ("after talks with X, Y said"). A phrase maps
   to the entity whose mention covers its head, its appositive, compound or modifier; an adjective
   of nationality on an actor noun ("Russian officials") to that country when the article names
   it; he/she to the latest single-person subject (else person) of the last three sentences,
   they to the latest plural subject or the two people just named, "who" to the noun it
   modifies, and "the two leaders" / "both sides" to exactly two people (or parties) named in
   the sentence or the one before, reporting sources ("X said") not counted.
4. Location, date (via :mod:`structnews.build.extract.dates`), context and mode are read off the
   trigger's clause.
5. Events of one sentence with the same type and actors are merged (one event per sentence,
   type and actor set), so "spoke by phone ... the call" is one CONSULT - unless both name
   different counterparts ("a call with X and a meeting with Y").

Two more decisions keep restatements out: a definite event noun after a temporal preposition
("following his call with X") refers back to an event and is skipped, and speech-act nouns
("demands", "threat") count only when they report an act ("issued demands", "demands for X",
"a threat to act"), not when they merely name one ("X's demands are sweeping").

Decision: an event is kept only when at least one participant is an entity (and the trigger's
own participant conditions hold). An event with no one doing it or suffering it cannot be
joined to anything in the dataset and is mostly a generic mention ("talks are important").
Two exceptions for CONSULT nouns: "another meeting" / "further talks" take the participants of
the CONSULT event of the same or previous sentence, and an indefinite meeting that the sentence
both places and dates ("a meeting scheduled in Berlin in two weeks") is kept without them.
The dateline is never used as a location: it says where the reporter was.
A third exception: a passive movement of forces with no one named ("troops have been sent to X")
is kept when it names where they went; the troops themselves are never an actor.

Constructions beyond the trigger word: a container noun stands for its event noun ("held a round
of talks", "issued a list of demands"); a noun trigger's 'heads' verb may govern it through a
preposition, its object then being the target ("added X to its sanctions list", "placed X under
sanctions"); "gave X an ultimatum" makes X the counterpart; 'it'/'its' in what a country or
organisation said is that party ("X said it will not sit idly by"); and phrases that state an
intention ("would use its veto") are events only in that modality, reported as facts.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token
from structnews.build.core import curated
from structnews.build.extract import dates
from structnews.build.extract.drafts import EventDraft, LocalEntity, MentionDraft
from structnews.schema.curated import EventLexicon, EventTrigger

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
PARTICIPANT_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
OBJECT_DEPS = frozenset({"dobj", "dative", "obj", "iobj"})
# Edges through which an embedding trigger's content is reached ("threatened to impose", "demanded that").
CONTENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "prep", "pobj", "acl", "attr", "oprd", "pcomp", "nsubjpass", "nsubj", "amod", "compound"})
# Dependents whose words do not describe the event itself (its subject, a condition, a side clause).
OFF_PHRASE_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "advcl", "relcl", "conj", "cc", "parataxis", "mark"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs"})
PARTY_TYPES = frozenset({"GPE", "ORG", "NORP"})
# Regular adjectives of nationality: country + suffix, or country minus its last letter + suffix
# ('Chile' -> 'Chilean', 'Kenya' -> 'Kenyan', 'Ukraine' -> 'Ukrainian', 'Japan' -> 'Japanese').
DEMONYM_SUFFIXES = ("n", "an", "ian", "ese", "i")
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"could", "might"})  # "may visit" is a possible future, not a condition
CONDITIONAL_MARKS = frozenset({"if", "unless"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
# Prepositions whose noun-trigger object inherits the actor of the clause ("in a call with X, Y said").
ADJUNCT_PREPS = frozenset({"in", "during", "at", "for"})
# ... and those whose (indefinite) event-noun object still shares the clause's participants
# ("after talks with X, Y said": Y took part); definite ones are back-references (see _is_anchor).
INHERIT_PREPS = ADJUNCT_PREPS | {"after", "following", "before"}
# Subjects that do not start a salience chain (pronouns are resolved from it, not added to it).
NON_ANTECEDENTS = PERSONAL_PRONOUNS | frozenset({"they", "them", "it", "we", "i", "you", "this", "that", "there"})
_TIME_WORD = re.compile(
    r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight)$", re.I
)


@dataclass(frozen=True)
class Lexicon:
    """The curated lexicon indexed for lookup (built once per process)."""

    raw: EventLexicon
    by_key: dict[tuple[str, str], tuple[EventTrigger, ...]]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = curated.event_lexicon()
    index: dict[tuple[str, str], list[EventTrigger]] = {}
    for entry in raw.triggers:
        index.setdefault((entry.lemma.lower(), entry.pos), []).append(entry)
    return Lexicon(raw, {k: tuple(v) for k, v in index.items()})


@dataclass
class _Candidate:
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


class _Entities:
    """Which entity a token belongs to, from the mentions' character spans."""

    def __init__(self, doc: Doc, entities: list[LocalEntity], mentions: list[MentionDraft]) -> None:
        self.types = {e.index: e.type for e in entities}
        self.country_of = _countries_of_demonyms(entities, lexicon().raw.demonyms)
        self.by_token: dict[int, int] = {}
        for m in mentions:
            for token in doc.char_span(m.start, m.end, alignment_mode="expand") or []:
                if m.start <= token.idx < m.end:
                    self.by_token.setdefault(token.i, m.entity)
        self.mentions = sorted(mentions, key=lambda m: m.start)

    def at(self, token: Token) -> int | None:
        entity = self.by_token.get(token.i)
        if entity is None or self.types.get(entity) not in PARTICIPANT_TYPES:
            return None
        return entity

    def person_before(self, token: Token, window_start: int) -> int | None:
        """The last PERSON mention between window_start and the token (for he/she)."""
        found = None
        for m in self.mentions:
            if m.start >= token.idx:
                break
            if m.start >= window_start and self.types.get(m.entity) == "PERSON":
                found = m.entity
        return found


def _demonym_forms(country: str) -> set[str]:
    name = country.lower()
    out = {name + suffix for suffix in DEMONYM_SUFFIXES}
    out.update(name[:-1] + suffix for suffix in DEMONYM_SUFFIXES if len(name) > 3)
    return out


def _countries_of_demonyms(entities: list[LocalEntity], irregular: dict[str, str]) -> dict[int, int]:
    """Entity -> country entity for adjectives of nationality the article's countries explain
    ('Russian' -> Russia, 'French' -> France) - only when that country is itself mentioned."""
    irregular_lower = {k.lower(): v.lower() for k, v in irregular.items()}
    countries: dict[str, int] = {}
    for e in entities:
        if e.type == "GPE":
            for form in {e.name, e.gazetteer_name or e.name, *e.surface_forms}:
                countries.setdefault(form.lower(), e.index)
    out: dict[int, int] = {}
    for e in entities:
        if e.type not in ("NORP", "GPE"):
            continue
        for form in sorted({e.name, *e.surface_forms}):
            word = form.lower()
            stems = [word, word[:-1]] if word.endswith("s") else [word]  # 'Russians', 'Israelis'
            target = None
            for stem in stems:
                if stem in irregular_lower and irregular_lower[stem] in countries:
                    target = countries[irregular_lower[stem]]
                    break
                matches = [c for c, index in countries.items() if index != e.index and stem in _demonym_forms(c)]
                if matches:
                    target = countries[max(matches, key=len)]
                    break
            if target is not None and target != e.index:
                out[e.index] = target
                break
    return out


def _unique(items: list[int]) -> list[int]:
    seen: set[int] = set()
    return [x for x in items if not (x in seen or seen.add(x))]


class _Article:
    """Per-document state shared by the rules (entity lookup, sentence starts, lexicon)."""

    def __init__(self, doc: Doc, ents: _Entities, lex: Lexicon, published: dt.date) -> None:
        self.doc = doc
        self.ents = ents
        self.lex = lex
        self.published = published
        self.sents = list(doc.sents)
        self.sent_starts = [s.start_char for s in self.sents]
        self.pronoun_used = False
        self._subjects: list[tuple[int, int, list[int], bool]] | None = None  # (token, sentence, entities, plural)
        self._building = False
        self.pair_person_nouns = frozenset(lex.raw.pair_person_nouns)
        self.pair_party_nouns = frozenset(lex.raw.pair_party_nouns)
        self.location_preps = frozenset(lex.raw.location_preps)
        cues = curated.cues()
        words = [*lex.raw.actor_nouns, *cues.person_nouns, *cues.titles]
        self.actor_nouns = frozenset(w.lower().rstrip(".") for w in words)
        self.speech_verbs = frozenset(v.lower() for v in cues.verbs)

    # -- noun phrases -> entities ---------------------------------------------------------
    def phrase_entities(self, token: Token, depth: int = 0) -> list[int]:
        """Entities a noun phrase refers to: its head's mention, else an appositive, compound,
        modifier, 'of' object or possessor; conjuncts add more ('A and B')."""
        if depth > 4:
            return []
        found: list[int] = []
        own = self.ents.at(token)
        if own is not None:
            found.append(own)
        elif token.lower_ in PERSONAL_PRONOUNS and token.pos_ == "PRON":
            person = self.singular_referent(token)
            if person is not None:
                found.append(person)
                self.pronoun_used = True
        elif token.lower_ in PLURAL_PRONOUNS and token.pos_ == "PRON":
            group = self.plural_referent(token)
            if group:
                found.extend(group)
                self.pronoun_used = True
        elif token.lower_ in ("it", "its") and token.pos_ == "PRON":
            party = self.it_referent(token)
            if party is not None:
                found.append(party)
                self.pronoun_used = True
        elif self.is_pair(token):
            found.extend(self.pair(token, persons_only=token.lemma_.lower() in self.pair_person_nouns))
        elif token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
            found.extend(self.phrase_entities(token.head.head, depth + 1))
        elif token.dep_ == "appos" and self.ents.at(token.head) is not None:
            found.append(self.ents.at(token.head))  # "X, the French president, who ...": X
        elif token.pos_ != "PROPN" and not self.is_actor_noun(token):  # "X's demands" is not X
            for child in token.children:
                if child.dep_ == "appos":
                    found.extend(self.phrase_entities(child, depth + 1))
        else:
            for deps in (("appos",), ("compound", "flat", "nmod"), ("amod",), ("prep_of",), ("poss",), ("prep_in",)):
                for child in token.children:
                    if deps[0].startswith("prep_"):
                        # "the leaders of A and B"; "officials in A" (only when nothing closer names them)
                        wanted = ("of",) if deps == ("prep_of",) else ("in", "from", "at")
                        if child.dep_ == "prep" and child.lower_ in wanted:
                            for pobj in child.children:
                                if pobj.dep_ == "pobj":
                                    found.extend(self.phrase_entities(pobj, depth + 1))
                    elif child.dep_ in deps:
                        found.extend(self.phrase_entities(child, depth + 1))
                if found:
                    # 'Russian officials', 'the Ukrainian side': the country, when the article names it
                    found = [self.ents.country_of.get(e, e) for e in found]
                    break
        for child in token.children:
            if child.dep_ == "conj":
                found.extend(self.phrase_entities(child, depth + 1))
        return _unique(found)

    # -- pronouns, 'the two leaders' -------------------------------------------------------
    def _subject_chain(self) -> list[tuple[int, int, list[int], bool]]:
        """Every non-pronoun subject of the article with the entities it names, in text order: a
        small centering model - a pronoun refers to the latest compatible subject before it."""
        if self._subjects is None:
            self._building = True
            subjects = []
            for index, sent in enumerate(self.sents):
                for tok in sent:
                    if tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ not in NON_ANTECEDENTS:
                        entities = self.phrase_entities(tok)
                        if entities:
                            plural = len(entities) >= 2 or tok.tag_ in ("NNS", "NNPS") or self.is_pair(tok)
                            subjects.append((tok.i, index, entities, plural))
            self._subjects = subjects
            self._building = False
        return self._subjects

    def singular_referent(self, token: Token) -> int | None:
        """he/she/his: the latest single-person subject of this or the two previous sentences,
        else the latest person mentioned there."""
        index = self._sent_index(token)
        if not self._building:
            for tok_i, sent_index, entities, plural in reversed(self._subject_chain()):
                if tok_i >= token.i:
                    continue
                if sent_index < index - 2:
                    break
                if not plural and len(entities) == 1 and self.types.get(entities[0]) == "PERSON":
                    return entities[0]
        return self.ents.person_before(token, self.sent_starts[max(0, index - 2)])

    def plural_referent(self, token: Token) -> list[int]:
        """they/them/their: the latest plural subject ('A and B', 'Russian officials') of this
        sentence, else the two people just named, else the same in the previous sentence."""
        if self._building:
            return []
        index = self._sent_index(token)
        chain = [s for s in self._subject_chain() if s[0] < token.i and s[3]]
        for sent_index in (index, index - 1):
            if sent_index < 0:
                break
            here = [s for s in chain if s[1] == sent_index]
            if here:
                return here[-1][2]
            end = token.idx if sent_index == index else self.sent_starts[index]
            pair = self._two_named(self.sent_starts[sent_index], end, persons_only=True)[0]
            if pair:
                return pair
        return []

    def it_referent(self, token: Token) -> int | None:
        """it/its in what a party said: 'X said it will not sit idly by', 'X warned that its
        forces would respond' - the speaking party (a country or organisation), else nothing."""
        if token.dep_ not in ("nsubj", "nsubjpass", "poss"):
            return None
        clause = _clause_verb(token.head if token.dep_ == "poss" else token)
        while clause.dep_ in ("conj", "xcomp") and clause.head is not clause:
            clause = clause.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in self.speech_verbs:
            return None
        speakers = [e for c in clause.head.children if c.dep_ in SUBJECT_DEPS for e in self.phrase_entities(c, 2)]
        speakers = _unique(speakers)
        if len(speakers) == 1 and self.types.get(speakers[0]) in PARTY_TYPES:
            return speakers[0]
        return None

    def is_pair(self, token: Token) -> bool:
        """'the two leaders', 'both sides'."""
        lemma = token.lemma_.lower()
        if lemma not in self.pair_person_nouns and lemma not in self.pair_party_nouns:
            return False
        return any(
            (c.dep_ == "nummod" and c.lower_ == "two") or (c.dep_ in ("det", "predet") and c.lower_ == "both")
            for c in token.children
        )

    def pair(self, token: Token, persons_only: bool) -> list[int]:
        """The two people (or parties) 'the two leaders' / 'both sides' stand for: exactly two named
        earlier in the sentence, else (if none is) exactly two in the previous sentence."""
        index = self._sent_index(token)
        start = self.sent_starts[max(0, index - 1)]
        here = self._named(self.sent_starts[index], token.idx, persons_only)
        for group in here:  # exactly two in this sentence
            if len(group) == 2:
                return group
        if any(len(group) > 2 for group in here) or index == 0:
            return []
        for group in self._named(start, token.idx, persons_only):  # with the previous sentence
            if len(group) == 2:
                return group
        return []

    def _named(self, start: int, end: int, persons_only: bool) -> list[list[int]]:
        """The people named between two offsets and, unless persons_only, the parties. Sources
        ('X said') are not among them, and places after 'in'/'at' are where things happen."""
        groups = [_unique([e for e, tok in self._mention_heads(start, end, frozenset({"PERSON"})) if not self._is_source(tok)])]
        if not persons_only:
            parties = [
                e for e, tok in self._mention_heads(start, end, PARTY_TYPES)
                if not (tok.dep_ == "pobj" and tok.head.lower_ in self.location_preps) and not self._is_source(tok)
            ]
            groups.append(_unique(parties))
        return groups

    def _two_named(self, start: int, end: int, persons_only: bool) -> tuple[list[int], bool]:
        """(exactly two people - else parties - named between two offsets, or []; whether any is)."""
        groups = self._named(start, end, persons_only)
        return next((g for g in groups if len(g) == 2), []), any(groups)

    def _is_source(self, token: Token) -> bool:
        """Whether a name is the subject of a reporting verb ('officials and spokesman X said')."""
        current = token
        while current.dep_ in ("conj", "appos", "compound") and current.head.i != current.i:
            current = current.head
        verb = current.head
        if current.dep_ not in SUBJECT_DEPS or verb.lemma_.lower() not in self.speech_verbs:
            return False
        # a report ('X said that ...', '..., X said'), not an act of speech to someone ('X wrote to Y')
        return verb.dep_ in ("parataxis", "ccomp", "conj") or any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)

    def _mention_heads(self, start: int, end: int, types: frozenset[str]) -> list[tuple[int, Token]]:
        out = []
        for m in self.ents.mentions:
            if m.start >= end:
                break
            if m.start >= start and self.types.get(m.entity) in types:
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None:
                    out.append((self.ents.country_of.get(m.entity, m.entity), span.root))
        return out

    def is_actor_noun(self, token: Token) -> bool:
        """Whether a noun stands for the entity that modifies it ('Russian officials')."""
        return token.lemma_.lower() in self.actor_nouns or token.lower_ in self.actor_nouns

    def _sent_index(self, token: Token) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, token.idx) - 1)

    def place_entities(self, token: Token) -> list[int]:
        """Places a location phrase names: its own entity, or a place modifying it ('near X's border')."""
        own = self.ents.at(token)
        if own is not None:
            return [own] if self.types.get(own) in PLACE_TYPES else []
        found = [e for c in token.children if c.dep_ in ("poss", "compound", "amod", "nmod") for e in self.phrase_entities(c)]
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                found.extend(e for p in child.children if p.dep_ == "pobj" for e in self.phrase_entities(p))
        return [e for e in found if self.types.get(e) in PLACE_TYPES]

    @property
    def types(self) -> dict[int, str]:
        return self.ents.types

    def pobj_entities(self, prep: Token) -> list[int]:
        out: list[int] = []
        for child in prep.children:
            if child.dep_ in ("pobj", "pcomp"):
                out.extend(self.phrase_entities(child))
        return out


# -- parse helpers -----------------------------------------------------------------------------
def _is_same(a: Token | None, b: Token | None) -> bool:
    """Token identity: spaCy builds a new Token object on every access, so `is` never holds."""
    return a is not None and b is not None and a.i == b.i


def _governing_verb(noun: Token) -> Token | None:
    """The verb a noun is an argument of ('held talks' -> held), through noun conjunctions."""
    token = noun
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    if token.dep_ in ("dobj", "nsubjpass", "attr", "nsubj", "obj") and token.head.pos_ in ("VERB", "AUX"):
        return token.head
    return None


def _clause_verb(token: Token) -> Token:
    """The nearest verb at or above the token (the clause it belongs to)."""
    current = token
    while current.pos_ not in ("VERB", "AUX") and current.head.i != current.i:
        current = current.head
    return current


def _xcomp_chain(verb: Token, through_conj: bool = True) -> list[Token]:
    """The verb and the control/raising verbs above it ('is expected to speak' -> speak, expected);
    with through_conj, also the verbs it is conjoined to ('will fly to X and meet Y')."""
    deps = ("xcomp", "conj") if through_conj else ("xcomp",)
    chain = [verb]
    current = verb
    while current.dep_ in deps and current.head.i != current.i and len(chain) < 5:
        current = current.head
        chain.append(current)
    if current.dep_ == "pobj" and current.head.lower_ == "to" and current.head.head.pos_ == "VERB":
        chain.append(current.head.head)  # "agreed to sanction X" with the infinitive tagged as a noun
    return chain


def _is_time_phrase(prep: Token) -> bool:
    """'on Monday', 'on Dec. 3': a preposition that only introduces a time."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") or _TIME_WORD.match(o.text) for o in objects)


def _particle(token: Token, particles: list[str]) -> Token | None:
    for child in token.children:
        if (child.lower_ in particles or child.lemma_.lower() in particles) and not _is_time_phrase(child):
            return child  # 'called on X' is a request; 'called X on Monday' is not
    doc = token.doc
    if token.i + 2 < len(doc) and doc[token.i + 1].text in ("-", "‐") and doc[token.i + 2].lower_ in particles:
        return doc[token.i + 2]
    for child in token.children:  # "calls for X to act": 'for' marks the content clause
        if child.dep_ in ("advcl", "acl", "relcl", "ccomp", "xcomp") and child.i > token.i:
            for mark in child.children:
                if mark.dep_ == "mark" and mark.lower_ in particles and mark.i < child.i:
                    return mark
    return None


def _noun_head(token: Token) -> Token:
    """The head of the noun phrase a (compound) noun trigger is part of ('troop build-up' -> up),
    through a container noun ('a round of talks', 'a list of demands' -> round, list)."""
    current = token
    while current.dep_ == "compound" and current.head.pos_ in NOUN_POS and current.head.i != current.i:
        current = current.head
    prep = current.head
    if current.dep_ == "pobj" and prep.lower_ == "of" and prep.dep_ == "prep" and prep.head.pos_ in NOUN_POS:
        if prep.head.lemma_.lower() in _container_nouns() or prep.head.lower_ in _container_nouns():
            return _noun_head(prep.head)
    return current


@lru_cache(maxsize=1)
def _container_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon().raw.container_nouns)


def _prep_governor(noun: Token, preps: list[str]) -> Token | None:
    """The verb that governs a noun through one of these prepositions ('added X to its list' ->
    added; 'placed X under sanctions' -> placed)."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in preps and prep.head.pos_ in ("VERB", "AUX"):
        return prep.head
    return None


def _window(token: Token) -> list[Token]:
    """The trigger's own phrase: its subtree without conjoined clauses ('warned X, but said Y')."""
    if token.pos_ in NOUN_POS:
        token = _noun_head(token)
    out: list[Token] = [token]
    for child in token.children:
        if child.dep_ not in ("conj", "cc", "parataxis") or child.pos_ not in ("VERB", "AUX"):
            out.extend(child.subtree)
    return out


def _phrase(token: Token, skip: frozenset[str] = OFF_PHRASE_DEPS) -> list[Token]:
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


def _lemmas(tokens: object) -> set[str]:
    out: set[str] = set()
    for t in tokens:  # type: ignore[attr-defined]
        out.add(t.lemma_.lower())
        out.add(t.lower_)
    return out


def _conditions_hold(entry: EventTrigger, token: Token) -> tuple[bool, Token | None]:
    """Whether this reading of the word applies here; returns the particle to include in the span."""
    particle = None
    if entry.particles:
        particle = _particle(token, entry.particles)
        if particle is None:
            return False, None
    if entry.objects:
        objects = [c for c in token.children if c.dep_ in OBJECT_DEPS | {"nsubjpass"}]
        if not any(o.lemma_.lower() in entry.objects or o.lower_ in entry.objects for o in objects):
            return False, None
    if entry.heads:
        verb = _governing_verb(_noun_head(token))
        if verb is None or verb.lemma_.lower() not in entry.heads:
            verb = _prep_governor(_noun_head(token), lexicon().raw.head_preps)
            if verb is None or verb.lemma_.lower() not in entry.heads:
                return False, None
    if entry.needs_deps and not any(c.dep_ in entry.needs_deps for c in token.children):
        return False, None
    if entry.forbid_deps and any(c.dep_ in entry.forbid_deps for c in token.children):
        return False, None
    if entry.requires and not (_lemmas(_window(token)) & set(entry.requires)):
        return False, None
    if entry.needs_complement and not _has_complement(token):
        return False, None
    return True, particle


def _has_complement(noun: Token) -> bool:
    """Whether a speech-act noun reports an act ('issued demands', 'demands for X', 'a threat to
    take measures') rather than naming one already known ('Russia's demands are sweeping')."""
    head = _noun_head(noun)  # "issued a list of demands"
    verb = _governing_verb(head)
    if verb is not None and head.dep_ in ("dobj", "obj") and verb.lemma_.lower() in lexicon().raw.light_verbs:
        return True
    for child in noun.children:
        if child.dep_ in ("acl", "ccomp"):
            return True
        if child.dep_ == "prep" and child.lower_ in ("for", "of"):
            return True
    return False


def _readings(token: Token, lex: Lexicon) -> list[tuple[EventTrigger, Token | None]]:
    """The lexicon readings that apply to a token; a conditional reading beats a bare one."""
    if token.pos_ == "VERB" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and token.tag_ in ("VB", "VBP", "NN"):
        pos = "NOUN"  # a verb form the tagger got wrong in noun position ("Call between X and Y ...")
    elif token.pos_ == "VERB":
        pos = "VERB"
        if token.dep_ in ("amod", "compound"):  # "a threatened invasion", "Russian-backed": adjectives
            return []
    elif _to_verb(token, lex):
        pos = "VERB"  # "moved to sanction X": the tagger read the infinitive as a noun after 'to'
    elif token.pos_ in NOUN_POS:
        pos = "NOUN"
    elif token.pos_ == "ADJ" and token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr", "conj") and any(
        c.dep_ == "det" for c in token.children
    ):
        pos = "NOUN"  # "held a bilateral with X": an adjective used as a noun
    else:
        return []
    entries: list[EventTrigger] = []
    for key in dict.fromkeys((token.lemma_.lower(), token.lower_)):
        entries.extend(lex.by_key.get((key, pos), ()))
    matched = [(e, p) for e in entries for ok, p in [_conditions_hold(e, token)] if ok]
    specific = [(e, p) for e, p in matched if e.particles or e.objects or e.heads]
    return specific or matched


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


# -- participants ------------------------------------------------------------------------------
def _verb_subject(verb: Token, art: _Article) -> tuple[list[int], list[int]]:
    """(actors, passive recipients) of a verb: its subject, or for passives the 'by' agent; a
    verb without a subject borrows it from the verb it is controlled by or conjoined to."""
    current = verb
    raised = False
    for _ in range(5):
        passive = [c for c in current.children if c.dep_ == "nsubjpass"]
        agents = [p for c in current.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        subjects = [c for c in current.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return _unique([e for s in subjects for e in art.phrase_entities(s)]), []
        if passive:
            passive_ents = _unique([e for s in passive for e in art.phrase_entities(s)])
            if raised:  # "X is expected to speak": X is the actor of speak
                return passive_ents, []
            return _unique([e for a in agents for e in art.phrase_entities(a)]), passive_ents
        if agents:
            return _unique([e for a in agents for e in art.phrase_entities(a)]), []
        if current.dep_ == "relcl":
            return art.phrase_entities(current.head), []
        if current.dep_ == "pcomp" and current.head.dep_ == "prep":  # "by massing troops, X ..."
            current = current.head.head
            continue
        if current.dep_ == "pobj" and current.head.lower_ == "to" and current.head.head.pos_ == "VERB":
            current = current.head.head  # "X moved to sanction Y" (an infinitive tagged as a noun)
            raised = True
            continue
        if current.dep_ in ("xcomp", "conj", "advcl") and current.head.i != current.i:
            raised = raised or current.dep_ == "xcomp"
            current = current.head
            continue
        break
    return [], []


def _prep_recipients(token: Token, preps: list[str], art: _Article) -> tuple[list[int], list[int]]:
    """(recipients, 'between' participants) from a token's prepositional children."""
    recipients: list[int] = []
    between: list[int] = []
    children = list(token.children)
    for child in token.children:  # "talked, including with X": the preposition under 'including'
        if child.dep_ == "prep" and child.lower_ in ("including", "notably", "especially"):
            children.extend(c for c in child.children if c.dep_ == "prep")
    for child in children:
        if child.dep_ not in ("prep", "dative", "agent") or child.lower_ not in preps:
            continue
        if child.lower_ in ("between", "among"):
            between.extend(art.pobj_entities(child))
        else:
            recipients.extend(art.pobj_entities(child))
    return recipients, between


def _relative_clause_participants(noun: Token, art: _Article) -> tuple[list[int], list[int]]:
    """(initiators, participants) from relative clauses on an event noun: 'a call that X
    requested' (X initiated it), 'sessions that will include X and Y' (they take part)."""
    actors: list[int] = []
    recipients: list[int] = []
    initiators = set(art.lex.raw.initiator_verbs)
    includers = set(art.lex.raw.participant_verbs)
    for clause in (c for c in noun.children if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX")):
        lemma = clause.lemma_.lower()
        objects = [c for c in clause.children if c.dep_ in OBJECT_DEPS]
        subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
        named = [s for s in subjects if s.lower_ not in RELATIVE_PRONOUNS]  # the parser may call 'that' a subject too
        if lemma in initiators and named:
            if all(o.lower_ in RELATIVE_PRONOUNS for o in objects):  # the noun is what was requested
                actors.extend(e for s in named for e in art.phrase_entities(s))
        elif lemma in includers:
            recipients.extend(e for o in objects for e in art.phrase_entities(o))
    return _unique(actors), _unique(recipients)


def _location(tokens: list[Token], art: _Article, participants: set[int], extra_preps: list[str] = ()) -> int | None:
    """A place in a locative phrase of the trigger's phrase or clause ('met in X', 'met Y in X',
    'massed troops near X's border'), or the antecedent of 'where' ('the border, where X massed
    troops'). A participant is not its own location ('called on X')."""
    preps = set(art.lex.raw.location_preps) | set(extra_preps)
    for token in tokens:
        # not inside a reported content clause: "demanded that X leave Y" did not happen in Y
        phrase = sorted(_phrase(token, OFF_PHRASE_DEPS | {"ccomp"}), key=lambda t: abs(t.i - token.i))
        for word in phrase:
            if word.dep_ in ("prep", "dative") and word.lower_ in preps:  # "sent troops to X" (dative)
                for pobj in word.children:
                    if pobj.dep_ != "pobj":
                        continue
                    places = [p for p in art.place_entities(pobj) if p not in participants]
                    if places:
                        return places[0]
        if token.dep_ == "relcl" and any(c.lower_ == "where" for c in token.children):
            if places := [p for p in art.place_entities(token.head) if p not in participants]:
                return places[0]
    return None


def _content_subjects(verb: Token, art: _Article) -> list[int]:
    """Subjects of a request's content clauses: 'demanded that A halt ... and that B freeze'."""
    found: list[int] = []
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    while clauses:
        clause = clauses.pop(0)
        found.extend(e for c in clause.children if c.dep_ in SUBJECT_DEPS for e in art.phrase_entities(c))
        clauses.extend(c for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
    return found


def _participants(cand: _Candidate, art: _Article) -> None:
    """Fill actors, recipients and location of a candidate from the parse."""
    token, entry = cand.token, cand.entry
    preps = list(art.lex.raw.recipient_preps.get(entry.type, [])) + list(entry.recipient_preps)
    art.pronoun_used = False
    actors: list[int] = []
    recipients: list[int] = []
    between: list[int] = []
    destinations: list[int] = []  # where a visit goes: a place, the host only if no one else is named
    clause_tokens = [token]
    if entry.pos == "VERB":
        actors, recipients = _verb_subject(token, art)
        if entry.type.value in ("MOBILIZE", "RETREAT") and not actors:
            # "Chilean troops were deployed": whoever owns the troops moved them
            actors, recipients = recipients, []
        if entry.object_recipient:
            for child in token.children:
                if child.dep_ in OBJECT_DEPS:
                    recipients.extend(art.phrase_entities(child))
            if token.pos_ == "NOUN" and token.dep_ == "pobj":  # "moved to sanction X" (mis-tagged infinitive)
                verb = token.head.head
                recipients.extend(
                    e for c in verb.children if c.dep_ in OBJECT_DEPS | {"npadvmod"} and c.i > token.i
                    for e in art.phrase_entities(c)
                )
        r, b = _prep_recipients(token, preps, art)
        if not r and not b and token.dep_ == "xcomp":  # "would continue to talk, including with X"
            r, b = _prep_recipients(token.head, [p for p in preps if p in ("with", "between")], art)
        recipients.extend(r)
        between.extend(b)
        if entry.mode == "visit" and entry.particles:
            for child in token.children:
                if child.lower_ in entry.particles:
                    recipients.extend(art.pobj_entities(child))
        if entry.type.value == "REQUEST" and not recipients:
            recipients.extend(_content_subjects(token, art))
        if entry.type.value == "THREATEN" and not recipients:  # "threatened to impose sanctions on X"
            for obj in (c for c in token.children if c.dep_ in OBJECT_DEPS):  # "vowed retaliation against X"
                recipients.extend(_prep_recipients(obj, ["against", "on"], art)[0])
            for xcomp in (c for c in token.children if c.dep_ == "xcomp"):
                recipients.extend(e for c in xcomp.children if c.dep_ in OBJECT_DEPS for e in art.phrase_entities(c))
                recipients.extend(_prep_recipients(xcomp, ["on", "against", "to"], art)[0])
        if entry.type in art.lex.raw.owner_recipient_types and not recipients:
            # "rejected X's demands", "froze the assets of X": the owner of what is acted on is the counterpart
            for child in token.children:
                if child.dep_ in OBJECT_DEPS or (child.dep_ == "nsubjpass" and any(c.dep_ == "agent" for c in token.children)):
                    recipients.extend(e for c in child.children if c.dep_ == "poss" for e in art.phrase_entities(c))
                    if not recipients:
                        recipients.extend(
                            e for c in child.children if c.dep_ == "prep" and c.lower_ == "of" for e in art.pobj_entities(c)
                        )
    else:
        head = _noun_head(token)
        for child in [*token.children, *(head.children if not _is_same(head, token) else [])]:
            if _is_same(child, token):
                continue
            if child.dep_ == "poss":
                actors.extend(art.phrase_entities(child))
            elif child.dep_ in ("compound", "amod", "nmod") and art.ents.at(child) is not None:
                actors.extend(art.phrase_entities(child))
            elif child.dep_ == "compound" and child is not token:  # "X's troop buildup" parsed as (X's troop) buildup
                actors.extend(e for c in child.children if c.dep_ == "poss" for e in art.phrase_entities(c))
            elif child.dep_ == "prep" and child.lower_ == "by":
                actors.extend(art.pobj_entities(child))
        for holder in dict.fromkeys([token, head]):
            r, b = _prep_recipients(holder, preps, art)
            recipients.extend(r)
            between.extend(b)
        verb = _governing_verb(head)
        light = verb is not None and (verb.lemma_.lower() in art.lex.raw.light_verbs or verb.lemma_.lower() in entry.heads)
        governor = _prep_governor(head, art.lex.raw.head_preps) if entry.heads and not light else None
        if governor is not None and governor.lemma_.lower() in entry.heads:
            # "added X to its sanctions list", "placed X under sanctions": the verb's object is the target
            clause_tokens.append(governor)
            if not actors:
                actors, passive = _verb_subject(governor, art)
                recipients.extend(passive)
            for obj in (c for c in governor.children if c.dep_ in OBJECT_DEPS):
                # "added X's central bank to the list": the owner is the target
                recipients.extend(art.phrase_entities(obj) or [e for c in obj.children if c.dep_ == "poss" for e in art.phrase_entities(c)])
        elif verb is not None and light:
            # "gave X an ultimatum": the indirect object is the counterpart
            recipients.extend(e for c in verb.children if c.dep_ in ("dative", "iobj") and c.pos_ in NOUN_POS for e in art.phrase_entities(c))
            clause_tokens.append(verb)
            if head.dep_ in ("dobj", "obj") or (head.dep_ == "conj" and _is_same(_governing_verb(head), verb)):
                if not actors:
                    actors, _ = _verb_subject(verb, art)
                r, b = _prep_recipients(verb, preps, art)
                recipients.extend(r)
                between.extend(b)
            elif head.dep_ == "nsubjpass" and not actors:  # "sanctions were imposed by X on Y"
                actors, _ = _verb_subject(verb, art)
                r, _b = _prep_recipients(verb, preps, art)
                recipients.extend(r)
        elif head.dep_ == "pobj" and entry.type.value == "CONSULT":
            prep = head.head
            # "X is on a trip to Y": the traveller is the clause's subject
            inherit = INHERIT_PREPS | ({"on"} if entry.mode == "visit" else set())
            if prep.lower_ in inherit and not actors:
                host = prep.head
                while host.is_punct and host.head is not host:  # "X's appearance, at ...": the parser may hang it on the comma
                    host = host.head
                owners = [c for c in host.children if c.dep_ == "poss"] if host.pos_ in NOUN_POS else []
                if owners:  # "X's remarks at a news conference with Y"
                    actors = _unique([e for o in owners for e in art.phrase_entities(o)])
                else:  # "in a call with X, Y said"; "after talks with X, Y said"
                    verb = _clause_verb(prep)
                    if verb.pos_ in ("VERB", "AUX"):
                        actors, _ = _verb_subject(verb, art)
                        clause_tokens.append(verb)
        if entry.type.value == "CONSULT":
            a, r = _relative_clause_participants(head, art)
            actors = actors or a
            recipients.extend(r)
            clause = head.head
            if not actors and recipients and head.dep_ in ("nsubj", "nsubjpass") and (
                clause.dep_ == "conj" or (clause.dep_ == "ccomp" and clause.head.lemma_.lower() not in art.speech_verbs)
            ):
                # "X had a call with Y and a meeting with Z was scheduled": the coordinated clause's
                # subject takes part (not a reporter's: "X said a meeting with Z was scheduled")
                actors = [e for e in _verb_subject(clause.head, art)[0] if e not in recipients]
    if entry.mode == "visit":
        destinations = [r for r in recipients if art.ents.types.get(r) in PLACE_TYPES]
    pair_between = any(
        art.is_pair(p) for holder in (token, _noun_head(token)) for c in holder.children
        if c.dep_ == "prep" and c.lower_ in ("between", "among") for p in c.children if p.dep_ == "pobj"
    )
    if between and pair_between and entry.symmetric and not actors:  # "a call between the two leaders"
        actors, between = between, []
    if between:
        if actors or not entry.symmetric:
            recipients.extend(between)
        else:
            actors.extend(between[:1])
            recipients.extend(between[1:])
    actors = _unique(actors)
    recipients = [r for r in _unique(recipients) if r not in actors]
    if entry.recipient_types:
        recipients = [r for r in recipients if art.types.get(r) in entry.recipient_types]
    if entry.symmetric and not actors and len(recipients) >= 2:
        actors, recipients = recipients[:1], recipients[1:]
    cand.actors, cand.recipients = actors, recipients
    cand.destinations = [d for d in destinations if d in recipients]
    extra = art.lex.raw.destination_preps.get(entry.type, [])
    cand.location = cand.destinations[0] if cand.destinations else _location(clause_tokens, art, {*actors, *recipients}, extra)
    cand.pronoun_used = art.pronoun_used


def _keep(cand: _Candidate) -> bool:
    if cand.entry.needs_location and cand.location is None:
        return False
    participants = set(cand.actors) | set(cand.recipients)
    if not participants or len(participants) < cand.entry.min_participants:
        return False
    return not (cand.entry.needs_recipient and not cand.recipients)


# -- context, tense, date, mode ----------------------------------------------------------------
def _clause_of(cand: _Candidate) -> Token:
    return cand.token if cand.entry.pos == "VERB" else _clause_verb(cand.token)


def _clause_applies(cand: _Candidate) -> bool:
    """Whether the clause's modality and negation speak about this trigger: always for verbs; for
    nouns only as the verb's argument ('did not hold talks') or adjunct ('will fly in for talks'),
    not for a noun that merely names an existing thing ('would engage on X's demands')."""
    token = cand.token
    if cand.entry.pos == "VERB":
        return True
    if token.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "obj"):
        return True
    return token.dep_ == "pobj" and token.head.lower_ in ADJUNCT_PREPS and cand.entry.type.value == "CONSULT"


def _context(cand: _Candidate, lex: EventLexicon) -> str | None:
    """'negated' > 'hypothetical' > 'future' > None (a reported fact), from the trigger's clause."""
    token = cand.token
    applies = _clause_applies(cand)
    clause = _clause_of(cand)
    chain = _xcomp_chain(clause) if applies else [token]
    # negation needs the noun to be the verb's argument: "did not hold talks", but the call in
    # "did not give any sign in a call with X" took place
    direct = cand.entry.pos == "VERB" or token.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "obj")
    strict_chain = _xcomp_chain(clause, through_conj=False) if direct else [token]
    sentence = cand.sent if cand.sent is not None else token.sent
    sentence_has_condition = any(t.lower_ in CONDITIONAL_MARKS and t.dep_ == "mark" for t in sentence)
    hypothetical_cues = set(lex.hypothetical_cues)
    # a condition or an open question governs the trigger: "if X invades", "whether to invade"
    for ancestor in [token, *token.ancestors]:
        if ancestor.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS | {"whether"} for c in ancestor.children
        ):
            return "hypothetical"
    # negated
    if any(c.dep_ == "neg" for t in {token, *strict_chain} for c in t.children):
        return "negated"
    scope = [token, *list(token.ancestors)[:3]] if cand.entry.pos == "VERB" else [token]
    if any(c.dep_ == "det" and c.lower_ == "no" for t in scope if t.pos_ in NOUN_POS for c in t.children):
        return "negated"  # "no talks", "no intention of attacking"
    if any(t.lemma_.lower() in lex.negation_cues for t in strict_chain[1:]):
        return "negated"
    if token.dep_ == "pobj" and token.head.lower_ in lex.negation_cues:
        return "negated"
    # hypothetical
    for ancestor in token.ancestors:
        if ancestor.lemma_.lower() in hypothetical_cues:
            return "hypothetical"
    if any(c.dep_ == "amod" and c.lemma_.lower() in hypothetical_cues for c in token.children):
        return "hypothetical"
    modals = {c.lower_ for t in chain for c in t.children if c.dep_ == "aux"}
    if modals & HYPOTHETICAL_AUX:
        return "hypothetical"
    if "would" in modals and sentence_has_condition:
        return "hypothetical"
    # future
    if modals & FUTURE_AUX or modals & {"would", "should", "may"}:
        return "future"
    if any(c.dep_ == "aux" and c.lower_ == "going" for t in chain for c in t.children):
        return "future"
    future_cues = set(lex.future_cues)
    # a noun's own verb counts too: "a meeting was scheduled", "talks are planned"
    governed = chain if cand.entry.pos == "NOUN" and applies and token.dep_ in ("nsubj", "nsubjpass") else chain[1:]
    if any(t.lemma_.lower() in future_cues for t in governed):
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


def _tense(cand: _Candidate, context: str | None) -> dates.TenseHint:
    if context == "future":
        return "future"
    clause = _clause_of(cand)
    if clause.tag_ in ("VBD", "VBN") or any(c.lemma_ == "have" and c.dep_ == "aux" for c in clause.children):
        return "past"
    return None


_RELATIVE_DAY = re.compile(
    r"\b(?:(?:the|a|one|two|three) days? (?:before|earlier|later|after)|the (?:previous|next|following) day|"
    r"(?:last|next|this) (?:week|month|year)|in (?:a|one|two|three|four|\d+) (?:days?|weeks?))\b",
    re.I,
)


_DURATION = re.compile(r"^(?:a|an|one|two|three|four|five|six|\d+) (?:days?|weeks?)$", re.I)


def _time_spans(sent: Span) -> list[Span]:
    """Time expressions of a sentence: the parser's DATE/TIME entities (with a trailing 'before' /
    'earlier' the parser leaves out), plus day words and relative phrases it missed."""
    doc = sent.doc
    spans: list[Span] = []
    for ent in sent.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        if ent.end < sent.end and doc[ent.end].lower_ in ("before", "earlier", "later", "after", "ago"):
            ent = doc[ent.start : ent.end + 1]
        if ent.start > sent.start and doc[ent.start - 1].lower_ == "in" and _DURATION.match(ent.text):
            ent = doc[ent.start - 1 : ent.end]  # "in two weeks" counts from publication; "two weeks" alone is a span
        spans.append(ent)
    covered = {t.i for s in spans for t in s}
    for match in _RELATIVE_DAY.finditer(sent.text):
        span = doc.char_span(sent.start_char + match.start(), sent.start_char + match.end(), alignment_mode="expand")
        if span is not None and not any(t.i in covered for t in span):
            spans.append(span)
            covered.update(t.i for t in span)
    for token in sent:
        if token.i not in covered and _TIME_WORD.match(token.text):
            spans.append(doc[token.i : token.i + 1])
    return sorted(spans, key=lambda s: s.start)


def _date_attach(span: Span, cand: _Candidate) -> int | None:
    """How closely a time expression belongs to this trigger: 0 when it hangs from the trigger
    itself ('the meeting on Monday'), 1 when from the trigger's clause, None when elsewhere."""
    token = cand.token
    hosts = {t.i for t in _xcomp_chain(_clause_of(cand))}
    if cand.entry.pos == "NOUN":
        hosts.update(c.i for c in token.children if c.dep_ in ("relcl", "acl"))
    current = span.root
    while True:
        if current.i == token.i:
            return 0
        if current.i in hosts:
            return 1
        if current.i != span.root.i and current.pos_ in ("VERB", "AUX"):
            return None
        if current.head.i == current.i:
            return None
        current = current.head


def _date(cand: _Candidate, sent: Span, art: _Article, tense: dates.TenseHint) -> dates.ResolvedDate | None:
    """The best-attached resolvable time expression: the trigger's own before its clause's, then
    the nearest. Relative days ('a day earlier') count from the sentence's other day, if any."""
    spans = _time_spans(sent)
    anchor = None
    for span in spans:
        resolved = dates.resolve(span.text, art.published, None)
        if resolved and resolved.precision == "day" and not re.search(r"earlier|before|later|after|ago|previous|next|following", span.text, re.I):
            anchor = resolved.date
            break
    best: tuple[int, int, dates.ResolvedDate] | None = None
    for span in spans:
        level = _date_attach(span, cand)
        if level is None:
            continue
        resolved = dates.resolve(span.text, art.published, tense, anchor)
        if resolved is None:
            continue
        distance = min(abs(span.start - cand.token.i), abs(span.end - 1 - cand.token.i))
        if best is None or (level, distance) < best[:2]:
            best = (level, distance, resolved)
    return best[2] if best else None


def _mode(cand: _Candidate, lex: EventLexicon, tokens: list[Token]) -> str | None:
    if cand.entry.mode:
        return cand.entry.mode
    # a verb's passive subject is what it acts on ('troops were moved'), so it describes the event
    skip = OFF_PHRASE_DEPS - {"nsubjpass"} if cand.entry.pos == "VERB" else OFF_PHRASE_DEPS
    words = _lemmas(t for tok in tokens for t in _phrase(tok, skip))
    for mode, lemmas in lex.modes.items():
        if cand.entry.type in lex.mode_types.get(mode, []) and words & set(lemmas):
            return mode
    return None


def _confidence(cand: _Candidate, has_date: bool) -> float:
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


# -- the sentence loop -------------------------------------------------------------------------
def _candidates(sent: Span, lex: Lexicon) -> list[_Candidate]:
    out: list[_Candidate] = []
    for token in sent:
        for entry, particle in _readings(token, lex):
            end = token.idx + len(token.text)
            if particle is not None and 0 < particle.i - token.i <= 2:
                end = particle.idx + len(particle.text)
            out.append(_Candidate(entry, token, token.idx, end, sent=sent))
    return out


def _is_anchor(cand: _Candidate, anchor_preps: set[str]) -> bool:
    """A definite event noun after a temporal preposition refers back to an event reported
    elsewhere ('following his call with X', 'ahead of Thursday's call'); it reports nothing new."""
    if cand.entry.pos != "NOUN":
        return False
    head = _noun_head(cand.token)
    if head.dep_ != "pobj" or head.head.lower_ not in anchor_preps:
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) for c in head.children)


def _embedded(cand: _Candidate, triggers: dict[int, set[str]], embedding: set[str]) -> bool:
    """Whether the candidate sits in the content of an embedding trigger ('threatened to invade')."""
    child = cand.token
    for ancestor in cand.token.ancestors:
        if child.dep_ in ("conj", "parataxis", "cc", "relcl", "appos"):
            return False
        if ancestor.i != cand.token.i and triggers.get(ancestor.i, set()) & embedding:
            return child.dep_ in CONTENT_DEPS
        child = ancestor
    return False


def _is_definite(noun: Token) -> bool:
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")) for c in noun.children)


def _repeat_host(noun: Token) -> Token:
    """'another round of talks': the noun that carries the determiner."""
    head = _noun_head(noun)
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ in NOUN_POS:
        return head.head.head
    return head


def _borrow_participants(cand: _Candidate, recent: list[tuple[int, EventDraft]], sent_index: int) -> bool:
    """'another meeting', 'the next round of talks', 'further talks' with no one named: the
    participants of the CONSULT event reported in the previous sentence (or this one's, earlier)."""
    if cand.entry.type.value != "CONSULT" or cand.entry.pos != "NOUN" or cand.actors or cand.recipients:
        return False
    host = _repeat_host(cand.token)
    repeat = any(
        (c.dep_ == "det" and c.lower_ == "another") or (c.dep_ == "amod" and c.lower_ in ("next", "further", "follow-up"))
        for t in {host, cand.token} for c in t.children
    )
    source = [ev for index, ev in recent if sent_index - 1 <= index <= sent_index]
    if not repeat or not source:
        return False
    cand.actors = _unique([*source[-1].actors, *source[-1].recipients])
    cand.pronoun_used = True  # an inferred participant: lower confidence
    return len(cand.actors) >= cand.entry.min_participants


def _grounded_meeting(cand: _Candidate, sent: Span, art: _Article) -> bool:
    """A CONSULT noun with no named participant is still an event when the sentence places and
    dates it ('a meeting scheduled in Berlin on May 3'): both a named place and a resolvable date,
    and not a definite reference back to a known meeting ('the meeting in Paris on Monday')."""
    if cand.entry.type.value != "CONSULT" or cand.entry.pos != "NOUN" or cand.actors or cand.recipients:
        return False
    if cand.entry.needs_recipient or _is_definite(_repeat_host(cand.token)):
        return False
    return cand.location is not None and _date(cand, sent, art, None) is not None


def _grounded_deployment(cand: _Candidate) -> bool:
    """'Troops have been sent to X': a passive movement of forces with no one named as doing it
    is still reported when it names where the forces went (the troops are not an actor)."""
    if cand.entry.type.value != "MOBILIZE" or cand.entry.pos != "VERB" or cand.actors or cand.recipients:
        return False
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in cand.token.children)
    return passive and cand.location is not None


@dataclass
class _Event:
    cand: _Candidate
    draft: EventDraft
    is_verb: bool


def _merge(events: list[_Event]) -> list[EventDraft]:
    """One event per (type, actor set) within a sentence; the richest trigger leads."""
    by_key: dict[tuple[str, frozenset[int]], list[_Event]] = {}
    for ev in events:
        by_key.setdefault((ev.draft.type, frozenset(ev.draft.actors)), []).append(ev)
    groups: list[list[_Event]] = []
    for same in by_key.values():
        # ... unless both name different counterparts: "X had a call with Y and a meeting with Z"
        clusters: list[tuple[set[int], list[_Event]]] = []
        for ev in same:
            mine = set(ev.draft.recipients) - set(ev.cand.destinations)
            home = next((c for c in clusters if not c[0] or not mine or c[0] & mine), None)
            if home is None:
                clusters.append((set(mine), [ev]))
            else:
                home[0].update(mine)
                home[1].append(ev)
        groups.extend(c[1] for c in clusters)
    merged: list[EventDraft] = []
    for group in groups:
        group.sort(key=lambda e: (-len(e.draft.recipients) + len(e.cand.destinations), not e.is_verb, e.draft.trigger_start))
        lead = group[0].draft
        destinations = {d for e in group for d in e.cand.destinations}
        for other in (e.draft for e in group[1:]):
            lead.recipients = _unique(lead.recipients + [r for r in other.recipients if r not in lead.actors])
            lead.mode = lead.mode or other.mode
            lead.location = lead.location if lead.location is not None else other.location
            if lead.date is None and other.date is not None:
                lead.date, lead.date_text, lead.date_precision = other.date, other.date_text, other.date_precision
            lead.confidence = max(lead.confidence, other.confidence)
        if any(r not in destinations for r in lead.recipients):  # "flew to X and met Y": Y is the counterpart
            lead.recipients = [r for r in lead.recipients if r not in destinations]
        merged.append(lead)
    # an event whose participants are all inside another same-type event's adds nothing
    out: list[EventDraft] = []
    for ev in merged:
        mine = set(ev.actors) | set(ev.recipients)
        if any(
            other is not ev and other.type == ev.type and not ev.actors and mine <= set(other.actors) | set(other.recipients)
            for other in merged
        ):
            continue
        out.append(ev)
    return sorted(out, key=lambda e: e.trigger_start)


def extract_events(
    doc: Doc, entities: list[LocalEntity], mentions: list[MentionDraft], published: dt.date
) -> list[EventDraft]:
    """All events of one article, in text order (see the module docstring for the rules)."""
    lex = lexicon()
    art = _Article(doc, _Entities(doc, entities, mentions), lex, published)
    embedding = {t.value for t in lex.raw.embedding_types}
    anchor_preps = set(lex.raw.anchor_preps)
    results: list[EventDraft] = []
    text = doc.text  # Doc.text joins every token on each access: read it once
    recent: list[tuple[int, EventDraft]] = []  # (sentence index, CONSULT event) for 'another meeting'
    for sent_index, sent in enumerate(art.sents):
        cands = _candidates(sent, lex)
        if not cands:
            continue
        triggers: dict[int, set[str]] = {}
        for cand in cands:
            triggers.setdefault(cand.token.i, set()).add(cand.entry.type.value)
        sent_start = sent.start_char
        sent_end = sent.start_char + len(sent.text.rstrip())
        events: list[_Event] = []
        for cand in cands:
            if _embedded(cand, triggers, embedding) or _is_anchor(cand, anchor_preps):
                continue
            _participants(cand, art)
            if not _keep(cand) and not _borrow_participants(cand, recent, sent_index):
                if not _grounded_meeting(cand, sent, art) and not _grounded_deployment(cand):
                    continue
            context = _context(cand, lex.raw)
            if cand.entry.stated_contexts:
                if context not in cand.entry.stated_contexts:
                    continue
                context = None  # "X said it would use its veto": the statement is the (factual) threat
            tense = _tense(cand, context)
            resolved = _date(cand, sent, art, tense)
            if context is None and resolved is not None and resolved.date > published and resolved.precision == "day":
                context = "future"
            mode_tokens = [_noun_head(cand.token) if cand.entry.pos == "NOUN" else cand.token] + ([v] if (v := _governing_verb(cand.token)) is not None and cand.entry.pos == "NOUN" else [])
            mode = _mode(cand, lex.raw, mode_tokens)
            if cand.entry.type.value == "CONSULT" and mode is None and len(set(cand.actors) | set(cand.recipients)) >= 3:
                mode = "multilateral"
            draft = EventDraft(
                type=cand.entry.type.value,
                mode=mode,
                context=context,
                actors=list(cand.actors),
                recipients=list(cand.recipients),
                location=cand.location,
                date=resolved.date if resolved else None,
                date_text=resolved.text if resolved else None,
                date_precision=resolved.precision if resolved else None,
                trigger=text[cand.start : cand.end],
                trigger_start=cand.start,
                trigger_end=cand.end,
                sentence_start=sent_start,
                sentence_end=max(sent_end, cand.end),
                confidence=_confidence(cand, resolved is not None),
            )
            events.append(_Event(cand, draft, cand.entry.pos == "VERB"))
        kept = _merge(events)
        recent.extend((sent_index, ev) for ev in kept if ev.type == "CONSULT" and (ev.actors or ev.recipients))
        results.extend(kept)
    return results
