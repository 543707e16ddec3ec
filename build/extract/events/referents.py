"""What a noun phrase refers to: entities from mentions, adjectives of nationality, pronouns,
'the two leaders' / 'both sides', relative pronouns and appositives.

:class:`ArticleState` holds one article's lookups; its pronoun resolution uses the shared
:class:`~structnews.build.extract.pronouns.SubjectChain`, with the event rules' own window: an
event's participant must be an entity named in this or the two previous sentences.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token
from structnews.build.core import curated
from structnews.build.extract import pronouns
from structnews.build.extract.drafts import LocalEntity, MentionDraft, QuoteDraft
from structnews.build.extract.org_refs import described_organisation, only_organisation_named, organisation_named_before, organisation_words
from structnews.build.extract.events.descriptions import followers_of, foreign_holder, identified_as, is_definite_title, led_by, loyal_to, office_holder
from structnews.build.extract.demonyms import countries_of_demonyms
from structnews.build.extract.datelines import dateline_spans
from structnews.build.extract.home_country import article_country, capital_speakers, place_countries, seat_countries
from structnews.build.extract.events.antecedents import is_described_country, previous_party, shared_clause_object
from structnews.build.extract.events.leaders import LeaderCountries
from structnews.build.extract.events.lexicon import Lexicon, lexicon
from structnews.build.extract.events.local_forces import clause_place, fronted_place, is_local_force, named_police, police_force, town_country
from structnews.build.extract.events.pairs import PairReferents
from structnews.build.extract.events.parse import SUBJECT_DEPS, clause_verb, is_common_noun, is_counted_crowd, unique, with_compound_modifiers
from structnews.build.extract.headline_verbs import headline_end
from structnews.build.extract.pronouns import AntecedentKind, SubjectChain

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
PARTICIPANT_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
FIRST_PERSON = pronouns.words(person=1)  # I me my we us our ...
PARTY_TYPES = frozenset({"GPE", "ORG", "NORP"})
ORGANISATION = frozenset({"ORG"})

TITLE_WINDOW = 5  # 'the president' looks back this many sentences for the titled person
ORG_WINDOW = 8  # 'the commission' looks back this many sentences for the commission named
STATE_WINDOW = 8  # 'the government' looks back this many sentences for whose government it is

# Dependents that stay inside one name with its titles ('US President Donald Trump').
NAME_CHAIN_DEPS = frozenset({"compound", "appos", "conj", "amod", "flat"})

class EntityLookup:
    """Which entity a token belongs to, from the mentions' character spans."""

    def __init__(self, doc: Doc, entities: list[LocalEntity], mentions: list[MentionDraft]) -> None:
        self.types = {e.index: e.type for e in entities}
        self.titles = {e.index: frozenset(e.titles) for e in entities if e.type == "PERSON" and e.titles}
        self.country_of = countries_of_demonyms(entities, lexicon().raw.demonyms)
        self.capital_of = capital_speakers(entities)  # 'Moscow issued demands': Russia, when the article names it
        self.capital_of.update(seat_countries(entities))  # a seat of government acting: its country too
        self.place_country = place_countries(entities)  # 'police in Bristol': the country it lies in
        self.entities, self.doc = entities, doc
        self.by_token: dict[int, int] = {}
        self.datelines = dateline_spans(doc.text)  # where the story was filed from, for whom: no party, no date
        for m in mentions:
            if any(a <= m.start < b for a, b in self.datelines):
                continue
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

    def titled_before(self, token: Token, window_start: int, qualifiers: frozenset[str] = frozenset()) -> int | None:
        """'the president', 'the Prime Minister': the last person mentioned between window_start
        and the token whose name the article gives with that title ('President X', 'Prime
        Minister X'); the title's qualifying words ('prime') must be among the person's titles
        too, so 'the foreign minister' is not the Prime Minister named before."""
        found = self.titled_persons(token, window_start, qualifiers)
        return found[-1] if found else None

    def titled_persons(self, token: Token, window_start: int, qualifiers: frozenset[str] = frozenset()) -> list[int]:
        """Every mention's person, in order, that :meth:`titled_before` would consider."""
        word = token.lower_.rstrip(".")
        return [m.entity for m in self.mentions if window_start <= m.start < token.idx
                and word in (titles := self.titles.get(m.entity, frozenset())) and qualifiers <= titles]


class ArticleState(PairReferents):
    """Per-document state shared by the rules (entity lookup, sentence starts, lexicon)."""

    def __init__(self, doc: Doc, ents: EntityLookup, lex: Lexicon, published: dt.date,
                 quotes: list[QuoteDraft] | None = None) -> None:
        self.doc = doc
        # direct quotes with a known speaker: 'I' and 'we' inside one are that speaker
        self.quoted = sorted((q.start, q.end, q.speaker_entity) for q in quotes or ()
                             if q.kind == "direct" and q.speaker_entity is not None)
        # every attributed quote, direct or indirect, whole: what its speaker says (alleged wrongs)
        self.said = sorted((q.start, q.end, q.speaker_entity) for q in quotes or ()
                           if q.speaker_entity is not None and not q.is_fragment)
        self.ents = ents
        self.lex = lex
        self.published = published
        self.sents = list(doc.sents)
        self.sent_starts = [s.start_char for s in self.sents]
        self.headline_end = headline_end(doc.text)  # where a headline's telegraphic grammar ends
        self.pronoun_used = False
        self._time_spans: dict[int, list[Span]] = {}  # sentence start -> its time expressions
        self.partners: dict[str, set[int]] = {}  # type -> joint parties ('met with Y') of the current sentence
        self.consult_pairs: list[tuple[int, tuple[int, int]]] = []  # (sentence index, the two parties) of kept CONSULT events
        self.consults: list[int] = []  # sentence indexes of kept CONSULT events, two-party or not
        self.acts: list[tuple[int, str, list[int]]] = []  # (sentence index, type, actors) of kept events with actors, in order
        self._subjects: SubjectChain[list[int]] | None = None
        self._org_names = organisation_words(self.ents.entities)  # 'the commission' looks here
        self._police = police_force(self.ents.entities, lex.raw)  # the article's one police force
        self._building = False
        home = article_country(ents.entities, ents.mentions, ents.country_of, ents.capital_of)
        self.home = [] if home is None else [home]  # whose 'the government' is, when the article never says
        self.pair_person_nouns, self.pair_party_nouns = frozenset(lex.raw.pair_person_nouns), frozenset(lex.raw.pair_party_nouns)
        self.location_preps = frozenset(lex.raw.location_preps)
        self.state_body_nouns, self.state_office_nouns = (frozenset(w.lower() for w in words) for words in (
            lex.raw.state_body_nouns, lex.raw.state_office_nouns))  # 'the government'; 'the prime minister'
        cues = curated.cues()
        words = [*lex.raw.actor_nouns, *cues.person_nouns, *cues.titles]
        self.actor_nouns = frozenset(w.lower().rstrip(".") for w in words)
        # plus verbs that report without quoting ('UNICEF reported they had delivered X'): events only
        self.speech_verbs = frozenset(v.lower() for v in [*cues.verbs, *lex.raw.report_verbs])
        self.title_words = frozenset(w.lower().rstrip(".") for t in cues.titles for w in t.split())
        self.leader_body_nouns = frozenset(w.lower() for w in lex.raw.leader_body_nouns)
        self.group_nouns = frozenset(w.lower() for w in lex.raw.group_nouns)
        self.body_qualifiers, self.qualified_body_nouns = (frozenset(w.lower() for w in words) for words in (
            lex.raw.body_qualifiers, lex.raw.qualified_body_nouns))  # 'the interior ministry
        self.voice_nouns = frozenset(w.lower() for w in lex.raw.voice_nouns)
        self.staff_nouns = frozenset(w.lower() for w in lex.raw.staff_nouns)  # 'an aide to X': X's
        self.leaders = LeaderCountries(doc, ents.entities, ents.mentions, ents.by_token, ents.country_of, self.title_words)

    # -- noun phrases -> entities ---------------------------------------------------------

    def sentence_index(self, sent: Span) -> int:
        """The index of a sentence of the article (0 for a span that starts no sentence)."""
        return self.sent_starts.index(sent.start_char) if sent.start_char in self.sent_starts else 0

    def time_spans(self, sent: Span, find: Callable[[Span], list[Span]]) -> list[Span]:
        """A sentence's time expressions, found once: every event of the sentence is dated from
        them (finding them reads ``Span.ents``, which walks all of the document's entities)."""
        found = self._time_spans.get(sent.start)
        if found is None:
            found = self._time_spans[sent.start] = find(sent)
        return found
    def phrase_entities(self, token: Token, depth: int = 0) -> list[int]:
        """Entities a noun phrase refers to: its head's mention, else an appositive, compound,
        modifier, 'of' object or possessor; conjuncts add more ('A and B')."""
        if depth > 4:
            return []
        found: list[int] = []
        own = self.ents.at(token)
        if own is not None:  # 'the Ukrainians asked': a people named as one side is its country
            found.append(self.ents.country_of.get(own, own) if token.tag_ == "NNPS" and token.dep_ in SUBJECT_DEPS
                         and [c.lower_ for c in token.children if c.dep_ == "det"] == ["the"] else own)
        elif token.lower_ in pronouns.HE_SHE and token.pos_ == "PRON":
            person = self.singular_referent(token)
            if person is not None:
                found.append(person)
                self.pronoun_used = True
        elif token.lower_ in pronouns.THEY and token.pos_ == "PRON":
            speaker = self.it_referent(token, ORGANISATION)  # "UNICEF reported they had delivered X"
            group = [speaker] if speaker is not None else self.plural_referent(token)
            if group:
                found.extend(group)
                self.pronoun_used = True
        elif token.lower_ in FIRST_PERSON and token.pos_ == "PRON":
            speaker = self.quote_speaker(token.idx)
            if speaker is not None:  # "'We sent a letter to the mayor,' X said": X
                found.append(speaker)
                self.pronoun_used = True
        elif token.lower_ in ("it", "its") and token.pos_ == "PRON":
            party = self.it_referent(token)
            party = party if party is not None else previous_party(token, self, PARTY_TYPES)  # 'X ... . It lifted it'
            party = party if party is not None else shared_clause_object(token, self, PARTY_TYPES)  # 'fined X and ordered it'
            if party is not None:
                found.append(party)
                self.pronoun_used = True
        elif self.is_pair(token):
            found.extend(self.pair(token, persons_only=token.lemma_.lower() in self.pair_person_nouns))
        elif token.lower_ in pronouns.RELATIVE and token.head.dep_ == "relcl":
            found.extend(self.phrase_entities(token.head.head, depth + 1))
        elif token.dep_ == "appos" and self.ents.at(token.head) is not None:
            found.append(self.ents.at(token.head))  # "X, the French president, who ...": X
        elif (person := self._person_after_title(token)) is not None:
            found.append(person)  # "Ostland Ambassador to Peru Ana Ruiz": the parser hangs the name on 'to'
        elif is_described_country(token, self):
            found.extend(self.home)  # 'the mainly Xist Yan country': the country the story is about, not its region
        elif members := self._organisation_members(token):
            found.extend(members)  # "Taliban gunmen", "Hamas's fighters": the organisation acts
        elif token.pos_ != "PROPN" and not self.is_actor_noun(token) and not is_counted_crowd(token):  # "X's demands" is not X
            for child in token.children:
                if child.dep_ == "appos":
                    found.extend(self.phrase_entities(child, depth + 1))
            if not found and token.tag_ in ("NNS", "NNPS"):
                found.extend(self._members_named(token, depth))
            if not found and token.lemma_.lower() in self.lex.raw.national_place_nouns:  # 'the Kenyan capital': Kenya
                found.extend(c for m in token.children if m.dep_ in ("amod", "compound") and (e := self.ents.at(m)) is not None
                             and (c := self.ents.country_of.get(e)) is not None)
        else:
            for deps in (("appos",), ("compound", "flat", "nmod"), ("prep_including",), ("amod",), ("prep_of",), ("poss",), ("prep_in",), ("prep_as",)):
                for child in with_compound_modifiers(token):  # 'Peruvian riot police': 'Peruvian' hangs on 'riot'
                    if deps[0].startswith("prep_"):
                        # "the leaders of A and B"; "officials in A" (only when nothing closer names them);
                        # "allies such as A and B": the members named
                        # "a spokesperson for X" speaks for X (curated ``voice_nouns``)
                        of = ("of", "for") if token.lemma_.lower() in self.voice_nouns else ("of", "to") if token.lemma_.lower() in self.staff_nouns else ("of",)
                        wanted = {"prep_of": of, "prep_in": ("in", "from", "at"), "prep_as": ("as",), "prep_including": ("including",)}[deps[0]]
                        if deps == ("prep_as",) and not any(c.lower_ == "such" for c in child.children):
                            continue
                        preps = [child, *(g for g in child.children if g.dep_ == "prep")] if child.dep_ == "cc" else [child]
                        for prep in preps:  # "officials in A as well as in B": the parser hangs 'in B' on 'as'
                            if prep.dep_ == "prep" and prep.lower_ in wanted:
                                for pobj in prep.children:
                                    if pobj.dep_ == "pobj":
                                        found.extend(self.phrase_entities(pobj, depth + 1))
                    elif child.dep_ in deps:
                        found.extend(self.phrase_entities(child, depth + 1))
                if found:
                    # 'Russian officials', 'the Ukrainian side': the country, when the article names it
                    found = office_holder(token, [self.ents.country_of.get(e, e) for e in found], self)  # or who holds the office
                    if token.lemma_.lower() in self.leader_body_nouns and not any(
                        c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children
                    ):  # 'the Lind administration': her country ('her government' stays hers)
                        found = [self._led_country(e) for e in found]
                    if deps == ("prep_in",) and token.lemma_.lower() in self.lex.raw.local_force_nouns:
                        found = [town_country(e, self) for e in found]  # 'a court in Istanbul': a town is no state
                    break
        if not found and own is None and token.pos_ == "NOUN":
            found.extend(identified_as(token, self) or led_by(token, self) or loyal_to(token, self) or followers_of(token, self))  # 'an X-led coalition'
        if not found and own is None and is_definite_title(token, self.title_words):
            qualifiers = frozenset(c.lower_ for c in token.children if c.dep_ == "compound" and c.lower_ in self.title_words)
            person = self.ents.titled_before(token, self.sent_starts[max(0, self._sent_index(token) - TITLE_WINDOW)], qualifiers)
            if person is not None and not foreign_holder(token, person, self):  # 'the president' for the President X named before
                found.append(person)
                self.pronoun_used = True
            elif token.lemma_.lower() in self.state_office_nouns and depth < 3 and not self.ents.titled_persons(token, 0):
                # 'the prime minister' holding no named office: the story's country ('the ministers': those named before)
                found.extend((self._group_named_before(token) if token.tag_ == "NNS" else []) or self.home)
        if not found and own is None and (police := named_police(token, self._police, self.lex.raw)) is not None \
                and not fronted_place(token, self) and not clause_place(token, self):
            found.append(police)  # 'Detectives raided the house': the West Yorkshire Police the article names
        if not found and own is None and depth < 3 and self._is_bare_state_body(token):
            local = clause_place(token, self) if token.lemma_.lower() in self.lex.raw.local_force_nouns else []
            found.extend(fronted_place(token, self) or local or self._state_named_before(token) or self.home)  # 'the police ... in X'
        elif not found and own is None and is_local_force(token, self.lex.raw):
            found.extend(fronted_place(token, self) or clause_place(token, self) or self.home)  # 'In X, police detained ...'
        if not found and own is None and depth < 3 and (named := self._organisation_named_before(token)) is not None:
            found.append(named)
            self.pronoun_used = True
        if not found and own is None and depth < 3 and (named := described_organisation(
                token, self.ents.mentions, self._org_names, since=self.sent_starts[max(0, self._sent_index(token) - 2)],
                owner=token.dep_ == "poss" and self.is_actor_noun(token.head))) is not None:
            found.append(named.entity)  # 'the regional organisation': the body the story goes on with
        if not found and own is None and depth < 2:
            found.extend(self._group_named_before(token))
        for child in token.children:
            if child.dep_ == "conj":
                found.extend(self.phrase_entities(child, depth + 1))
        if own is not None:
            found.extend(self._coordinated_in_name(token, own))
        return unique(found)

    def _members_named(self, token: Token, depth: int) -> list[int]:
        """'his critics, which include Greenpeace', 'critics, including Greenpeace': the members a
        plural noun's relative clause with a curated participant verb ('include') or its
        'including' phrase names - the ones the text lets act for the group."""
        found: list[int] = []
        verbs = frozenset(self.lex.raw.participant_verbs)
        for child in token.children:
            if child.dep_ == "relcl" and child.lemma_.lower() in verbs:
                found.extend(e for c in child.children if c.dep_ in ("dobj", "obj") for e in self.phrase_entities(c, depth + 1))
            elif child.dep_ == "prep" and child.lower_ == "including":
                found.extend(self.pobj_entities(child))
        return found

    def _organisation_members(self, token: Token) -> list[int]:
        """'Taliban gunmen', 'students from the X Movement': a group noun (curated ``group_nouns``) an organisation
        modifies stands for it; not a place or people's ('Hong Kong protesters' are no government)."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in self.group_nouns or self.is_actor_noun(token):
            return []
        named = [e for c in token.children for e in ([self.ents.at(c)] if c.dep_ in ("compound", "nmod", "poss")
                                                     else self.pobj_entities(c) if c.dep_ == "prep" and c.lower_ == "from" else [])]
        # 'X said its fighters fired ...': the body or state the possessive pronoun stands for
        owners = [e for c in token.children if c.dep_ == "poss" and c.lower_ in ("its", "their") and c.pos_ == "PRON"
                  for e in self.phrase_entities(c, 3) if self.types.get(e) in ("ORG", "GPE")]
        return unique([e for e in named if e is not None and self.types.get(e) == "ORG"] + owners)

    def _led_country(self, entity: int) -> int:
        """The country a person's administration or government stands for, else the person."""
        if self.types.get(entity) != "PERSON":
            return entity
        country = self.leaders.country(entity)
        return entity if country is None else country

    def _person_after_title(self, token: Token) -> int | None:
        """The person a title introduces when the parser made the name the object of the title's
        preposition ('Ambassador to Peru Ana Ruiz', 'Minister of State Jane Doe'): a
        title word followed, at once or inside its own phrase, by a named person."""
        if token.lower_.rstrip(".") not in self.title_words or token.pos_ not in ("PROPN", "NOUN"):
            return None
        if token.i + 1 < len(token.doc) and (person := self.ents.at(token.nbor(1))) is not None and self.types.get(person) == "PERSON":
            return person  # 'A and Ostland President Ann Lind': the parser may hang the name elsewhere
        for prep in (c for c in token.children if c.dep_ == "prep" and c.i > token.i):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                person = self.ents.at(pobj)
                if person is not None and self.types.get(person) == "PERSON":
                    return person
        return None

    def quote_speaker(self, offset: int) -> int | None:
        """The speaker of the direct quote around a character offset, if it is a participant."""
        for start, end, speaker in self.quoted:
            if start > offset:
                break
            if offset < end and self.ents.types.get(speaker) in PARTICIPANT_TYPES:
                return speaker
        return None

    def _is_bare_state_body(self, token: Token) -> bool:
        """'the government', 'authorities': a state's organ named without saying whose; also one
        that modifies the people acting for it ('government forces', 'government officials')."""
        if not is_common_noun(token):  # (the model may tag 'ministry' PROPN)
            return False
        qualified = [c for c in token.children if c.dep_ in ("compound", "amod") and c.lemma_.lower() in self.body_qualifiers]
        lemma = token.lemma_.lower()
        if not (lemma in self.state_body_nouns or token.lower_ in self.state_body_nouns or qualified and lemma in self.qualified_body_nouns):
            return False
        if any(c.dep_ in ("poss", "compound", "amod", "prep", "nmod") and c not in qualified for c in token.children):
            return False  # 'the interior ministry' is the state's; 'the rebel government', 'X's government' are not
        dets = [c.lower_ for c in token.children if c.dep_ == "det"]
        if not dets and token.dep_ == "compound" and self.is_actor_noun(token.head):
            return True
        return dets == ["the"] or (not dets and token.tag_ == "NNS")

    def _state_named_before(self, token: Token) -> list[int]:
        """'the government' for the country whose government the article last named ('the
        government of X', 'X's government', 'the Xn authorities'), within the last few sentences."""
        start = self.sent_starts[max(0, self._sent_index(token) - STATE_WINDOW)]
        for earlier in reversed(self.doc[: token.i]):
            if earlier.idx < start:
                break
            if earlier.lemma_.lower() in self.state_body_nouns and not self._is_bare_state_body(earlier):
                found = [e for e in self.phrase_entities(earlier, depth=3) if self.ents.types.get(e) != "PERSON"]
                if found:
                    return found[:1]
        return []

    def _group_named_before(self, token: Token) -> list[int]:
        """'the commanders' for the 'Indian and Chinese army commanders' named a few sentences before: a bare
        definite plural noun stands for the parties of the last earlier phrase with that noun naming them."""
        if token.pos_ != "NOUN" or token.tag_ != "NNS" or [c.lower_ for c in token.children if c.dep_ == "det"] != ["the"] or any(
                c.dep_ in ("poss", "compound", "amod", "nmod", "prep", "nummod") for c in token.children):
            return []
        start = self.sent_starts[max(0, self._sent_index(token) - ORG_WINDOW)]
        lemma = token.lemma_.lower()
        for prev in reversed(self.doc[: token.i]):
            if prev.idx < start:
                break
            if prev.lemma_.lower() == lemma and prev.tag_ == "NNS" and not (any(c.dep_ == "det" and c.lower_ == "the" for c in prev.children)
                                                                             and not any(c.dep_ in ("amod", "compound", "prep") for c in prev.children)):
                named = self.phrase_entities(prev, 2) + [e for c in prev.children if c.dep_ == "prep" and c.lower_ == "from" for e in self.pobj_entities(c)]
                if named:
                    self.pronoun_used = True
                    return named
        return []

    def _organisation_named_before(self, token: Token) -> int | None:
        """'the commission', 'the embassy', 'the ministry': the organisation named within the last
        few sentences whose name holds that noun ('the National Telecommunications Commission'),
        the one that was a subject first (:mod:`..org_refs`, shared with the quotes). Only a bare
        singular 'the' noun: 'the commission's report' or 'a commission' say nothing of which one."""
        if not is_common_noun(token) or token.tag_ not in ("NN", "NNP") or token.dep_ == "poss":
            return None  # (the model may tag a lower-case 'the congress' a proper noun)
        if [c.lower_ for c in token.children if c.dep_ == "det"] != ["the"] or any(
            c.dep_ in ("poss", "compound", "amod", "nmod", "prep", "nummod") for c in token.children
        ):
            return None
        start = self.sent_starts[max(0, self._sent_index(token) - ORG_WINDOW)]
        found = organisation_named_before(token, self.ents.mentions, self._org_names, since=start) \
            or only_organisation_named(token, self.ents.mentions, self._org_names)
        return None if found is None else found.entity

    def _coordinated_in_name(self, token: Token, own: int) -> list[int]:
        """'US President A and Turkish President B spoke': the parser sometimes hangs the first
        name inside the second's title chain (compound, appositive, conjunct) rather than making
        them conjuncts; when that chain holds an 'and', every name of the same type in it counts."""
        chain, stack, has_and = [], [token], False
        while stack:
            current = stack.pop()
            for child in current.children:
                if child.dep_ in NAME_CHAIN_DEPS:
                    chain.append(child)
                    stack.append(child)
                elif child.dep_ == "cc" and child.lower_ == "and" and current.i != token.i:
                    has_and = True
        if not has_and:
            return []
        kind = self.ents.types.get(own)
        found = [e for t in sorted(chain, key=lambda t: t.i) if (e := self.ents.at(t)) is not None and self.ents.types.get(e) == kind]
        return found

    # -- pronouns, 'the two leaders' -------------------------------------------------------
    def _subject_chain(self) -> SubjectChain[list[int]]:
        """Every non-pronoun subject of the article with the entities it names, in text order: a
        small centering model - a pronoun refers to the latest compatible subject before it."""
        if self._subjects is None:
            self._building = True
            chain: SubjectChain[list[int]] = SubjectChain()
            for index, sent in enumerate(self.sents):
                for tok in sent:
                    if tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ not in pronouns.NON_ANTECEDENTS:
                        entities = self.phrase_entities(tok)
                        if entities:
                            chain.add(tok.i, index, self._antecedent_kind(tok, entities), entities)
            self._subjects = chain
            self._building = False
        return self._subjects

    def _antecedent_kind(self, subject: Token, entities: list[int]) -> AntecedentKind:
        """'group' for a plural subject ('A and B', 'Russian officials', 'both sides'), 'person'
        for one named person, else 'other' (one country or organisation: not he/she/they)."""
        if len(entities) >= 2 or subject.tag_ in ("NNS", "NNPS") or self.is_pair(subject):
            return "group"
        return "person" if len(entities) == 1 and self.types.get(entities[0]) == "PERSON" else "other"

    def singular_referent(self, token: Token) -> int | None:
        """he/she/his: the latest single-person subject of this or the two previous sentences,
        else the latest person mentioned there."""
        index = self._sent_index(token)
        if not self._building:
            subject = self._subject_chain().latest(token.i, "person", since_sentence=index - 2)
            if subject is not None:
                return subject.referent[0]
        return self.ents.person_before(token, self.sent_starts[max(0, index - 2)])

    def plural_referent(self, token: Token, depth: int = 0) -> list[int]:
        """they/them/their: the latest plural subject ('A and B', 'Russian officials') of this
        sentence, else the two people just named, else the same in the previous sentence; else
        what the previous sentence's own subject 'they' stands for ('A and B met. They agreed X.
        They called on Y.'), else a plural subject two sentences back when nothing nearer is one."""
        if self._building:
            return []
        index = self._sent_index(token)
        chain = self._subject_chain()
        for sent_index in (index, index - 1):
            if sent_index < 0:
                break
            group = chain.latest(token.i, "group", since_sentence=sent_index, where=lambda a, s=sent_index: a.sentence == s)
            if group is not None:
                return group.referent
            end = token.idx if sent_index == index else self.sent_starts[index]
            pair = self._two_named(self.sent_starts[sent_index], end, persons_only=True)[0]
            if pair:
                return pair
        if index >= 1 and depth < 2:
            earlier = next((t for t in self.sents[index - 1] if t.dep_ == "nsubj" and t.lower_ in pronouns.THEY
                            and t.head.dep_ == "ROOT"), None)
            if earlier is not None:
                return self.plural_referent(earlier, depth + 1)
        if index >= 2 and token.dep_ == "nsubj" and not any(
            t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NNS", "NNPS") for t in self.sents[index - 1]
        ):  # a plural subject nearer ('Thousands of farmers protested. They ...') is the likelier one
            group = chain.latest(token.i, "group", since_sentence=index - 2, where=lambda a: a.sentence == index - 2)
            if group is not None:
                return group.referent
        return []

    def it_referent(self, token: Token, types: frozenset[str] = PARTY_TYPES) -> int | None:
        """it/its in what a party said: 'X said it will not sit idly by', 'X warned that its
        forces would respond' - the speaking party (a country or organisation), else nothing.
        With ``types`` = ORGANISATION, for they/their: news speaks of an organisation as 'they'
        too ('UNICEF reported they had delivered X'), and an organisation that reports what
        'they' did is the likeliest referent, before any group named earlier."""
        if token.dep_ not in ("nsubj", "nsubjpass", "poss"):
            return None
        clause = clause_verb(token.head if token.dep_ == "poss" else token)
        while clause.dep_ in ("conj", "xcomp") and clause.head is not clause:
            clause = clause.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in self.speech_verbs:
            return self._embedding_subject(clause, types) if token.dep_ == "nsubj" and types == PARTY_TYPES else None
        speech = clause.head
        while speech.dep_ == "conj" and speech.head.i != speech.i and not any(c.dep_ in SUBJECT_DEPS for c in speech.children):
            speech = speech.head  # 'X praised the deal and said it stood ready ...': the subject of 'praised' speaks
        speakers = unique([e for c in speech.children if c.dep_ in SUBJECT_DEPS for e in self.phrase_entities(c, 2)])
        if len(speakers) == 1 and self.types.get(speakers[0]) in types:
            return speakers[0]
        return None

    def _embedding_subject(self, clause: Token, types: frozenset[str]) -> int | None:
        """'it' subject of a relative clause inside a clause whose subject is one party: 'Dorvia,
        which Kestra treats as a region that it has pledged to reclaim', 'X rejected the plan that it
        had proposed': the subject of the clause the relative clause's noun is in, when that
        names exactly one country or organisation (a person is he/she, a thing names no party).
        Not adverbial clauses: in 'X condemned Y after it attacked' 'it' may be either."""
        current = clause
        for _ in range(3):
            if current.dep_ in ("relcl", "acl") and current.head.i != current.i:
                current = clause_verb(current.head)
            else:
                return None
            subjects = [c for c in current.children if c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON"
                        and c.lower_ not in pronouns.RELATIVE]
            if subjects:
                named = unique([e for c in subjects for e in self.phrase_entities(c, 2)])
                return named[0] if len(named) == 1 and self.types.get(named[0]) in types else None
        return None

    def _named(self, start: int, end: int, persons_only: bool) -> list[list[int]]:
        """The people named between two offsets and, unless persons_only, the parties. Sources
        ('X said') are not among them, places after 'in'/'at' are where things happen, and a
        name modifying a thing ('the Jeddah talks') is no party."""
        groups = [unique([e for e, tok in self._mention_heads(start, end, frozenset({"PERSON"})) if not self._is_source(tok)])]
        if not persons_only:
            parties = [
                e for e, tok in self._mention_heads(start, end, PARTY_TYPES)
                if not (tok.dep_ == "pobj" and tok.head.lower_ in self.location_preps) and not self._is_source(tok)
                and not self._names_a_thing(tok)
            ]
            groups.append(unique(parties))
        return groups

    def _two_named(self, start: int, end: int, persons_only: bool) -> tuple[list[int], bool]:
        """(exactly two people - else parties - named between two offsets, or []; whether any is)."""
        groups = self._named(start, end, persons_only)
        return next((g for g in groups if len(g) == 2), []), any(groups)

    def _names_a_thing(self, token: Token) -> bool:
        """A name that only modifies a thing or event ('the Jeddah talks', 'a Geneva summit') is
        no party of its own; one that modifies people ('the US delegation') is."""
        head = token.head
        return token.dep_ in ("compound", "nmod") and head.pos_ == "NOUN" and not self.is_actor_noun(head)

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

