"""One article's parse, indexed for attributing its quotes, and the subject chain for pronouns."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token
from structnews.build.core import curated
from structnews.build.extract import pronouns
from structnews.build.extract.drafts import LocalEntity, MentionDraft
from structnews.build.extract.entity_spans import titles
from structnews.build.extract.genders import agrees, person_genders
from structnews.build.extract.pronouns import Antecedent, SubjectChain
from structnews.build.extract.quotes.captions import is_caption
from structnews.build.extract.quotes.nationality import national_holder
from structnews.build.extract.quotes.spans import QuoteSpan
from structnews.schema.quotes import Attribution

SUBJECT_DEPS = {"nsubj", "nsubjpass"}


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Nouns that describe a person as a source ('official', 'spokesman'), from the cue lexicon."""
    return frozenset(n.lower() for n in curated.cues().person_nouns)


_PERSON_ENDINGS = ("man", "woman", "person", "ist", "er", "or", "ian", "ant", "ent", "ive")


def _person_word(noun: Token) -> bool:
    """Whether a common noun describes a person who is not the body's voice ('businessman',
    'native', 'engineer', 'critic'): the ending of an agent noun or a curated relation; not a body
    ('government', 'office'), and not an office or a source noun ('the ODP chief', 'the party
    leader' speak for the body when the article names no one holding the office)."""
    lemma = noun.lemma_.lower()
    if _body_or_document(lemma):
        return False
    if lemma in person_nouns() or lemma in titles()[1]:
        # ('many U.S. generals', 'a Harlan minister': people, not the one holding the office)
        return any(c.dep_ == "amod" and c.lower_ in {"many", "several", "some", "few"} for c in noun.children) \
            or noun.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in {"a", "an", "one"} for c in noun.children)
    return _someone_of(noun) or lemma.endswith(_PERSON_ENDINGS)


def _someone_of(noun: Token) -> bool:
    """Whether a common noun names a person by their tie to someone else or as a body's voice
    (curated ``relation_nouns`` and ``representative_nouns``): its possessor is not its speaker."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (lemma in curated.cue_words("relation_nouns") or lemma in curated.cue_words("representative_nouns"))


@dataclass
class Speaker:
    """Who said a quote as far as it can be told, and how that was found."""

    entity: int | None
    text: str | None
    cue: str | None
    attribution: Attribution


class QuoteContext:
    """Lookups over one article's parse shared by every quote's attribution."""

    def __init__(self, doc: Doc, entities: list[LocalEntity], mentions: list[MentionDraft], quotes: list[QuoteSpan], text: str) -> None:
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
        self.sent_of: dict[int, int] = {}
        self.sents = list(doc.sents)
        for si, sent in enumerate(self.sents):
            for tok in sent:
                self.sent_of[tok.i] = si
        self.pronoun_ref: dict[int, Speaker] = {}
        self.country_of: dict[int, int] | None = None  # adjective of nationality -> country (quotes/roles.py, on first use)
        self.home: list[int] | None = None  # the article's one country, [] for none (quotes/roles.py, on first use)
        self.turns: list[tuple[int, int | None]] | None = None  # interview turns (quotes/interview.py, on first use)
        self.datelines: list[tuple[int, int]] | None = None  # wire datelines (quotes/indirect_bounds.py, on first use)
        self.genders = person_genders(doc, entities, mentions, self.mention_of_token)
        self._salience_chain()

    def subject_mention(self, subj: Token, types: set[str]) -> MentionDraft | None:
        """The entity a subject phrase names: the head itself, else a person in an appositive or
        compound inside the phrase ('US Ambassador Linda X', 'a spokesman for the ministry, Ann Y')."""
        direct = mention_for(self, subj)
        if direct is not None and self.entities[direct.entity].type == "NORP" and subj.i not in self.mention_of_token and any(
                c.dep_ == "appos" and self.mention_of_token.get(c.i) is direct for c in subj.children):
            direct = None  # 'The congressman, a third-term Republican, told': his party describes him, it does not speak
        # 'the Wooster professor': a name only compounding a common noun is not the person (an
        # apposition is: 'the president's spokesman, Ann Berg').
        modifier = subj.pos_ == "NOUN" and subj.i not in self.mention_of_token and not any(
            c.dep_ in {"appos", "flat"} and c.i in self.mention_of_token for c in subj.children)
        if direct is not None and self.entities[direct.entity].type == "PERSON" and not modifier:
            return direct
        if modifier and _body_or_document(subj.lemma_.lower()) and (named := self._set_off_name(subj)) is not None:
            return named  # 'The UN agency for refugees, UNRWA, said': the body's own name, not the UN
        set_off = [c for c in subj.children if c.dep_ == "appos"]
        for appos in (c for c in set_off + [g for c in set_off for g in c.children if g.dep_ == "appos"] if not self.in_quote[c.i]):
            m = self.mention_of_token.get(appos.i)
            if m is not None and self.entities[m.entity].type == "PERSON":
                return m  # "Mr X's mother, Denise X, said": the person the apposition names, not the possessor
        for tok in subj.subtree:
            m = self.mention_of_token.get(tok.i)
            if modifier and (tok.dep_ == "compound" and tok.head.i == subj.i or tok.dep_ == "amod"):
                continue  # ('the mainly Muslim country': an adjective the model took for a name)
            if modifier and tok.dep_ == "compound" and tok.head.dep_ == "compound" and tok.head.head.i == subj.i \
                    and subj.lemma_.lower() in curated.cue_words("representative_nouns"):
                continue  # ('a senior Obama administration official': the body's owner, not the speaker)
            if m is not None and self.entities[m.entity].type == "PERSON" and not self.in_quote[tok.i]:
                if tok.dep_ in {"compound", "flat"} and not self._names_the_phrase(m, subj):
                    continue  # a name inside an object ('the meeting of the Director X') is not the subject
                if direct is not None and tok.dep_ == "poss" and tok.head.i == subj.i:
                    continue  # "Trump's State Department asked": the named body speaks, not its owner
                if tok.dep_ == "poss" and tok.head.i == subj.i and _someone_of(subj):
                    continue  # "Lind's critics said", "Lind's spokesman said": not Lind
                if tok.dep_ == "compound" and tok.head.i != subj.i and _someone_of(tok.head):
                    continue  # 'Lind spokeswoman Ann Berg said': Berg (or, not tagged, someone unnamed), not Lind
                if tok.dep_ in {"appos", "compound", "flat", "nsubj", "nsubjpass"} or tok.head.dep_ in {"appos"} or tok.head.i == subj.i:
                    return m
        if direct is not None and self.entities[direct.entity].type in types \
                and not (modifier and self.entities[direct.entity].type != "PERSON" and _person_word(subj)):
            return direct  # (not 'the New York businessman', 'the Acme engineer': a person, not the place)
        return None

    def _set_off_name(self, subj: Token) -> MentionDraft | None:
        """An organisation's name set off by commas at the end of a body noun's phrase ('the UN
        agency for Palestinian refugees, UNRWA,'), wherever the parser hangs it: the body's name."""
        for tok in subj.subtree:
            m = self.mention_of_token.get(tok.i)
            if m is None or tok.i <= subj.i or self.entities[m.entity].type != "ORG" or tok.dep_ not in {"appos", "npadvmod"}:
                continue
            doc, first, last = tok.doc, tok.left_edge.i, tok.right_edge.i
            if first > 0 and doc[first - 1].text == "," and last + 1 < len(doc) and doc[last + 1].text == ",":
                return m
        return None

    def _names_the_phrase(self, m: MentionDraft, subj: Token) -> bool:
        """Whether a mention holding a compound or flat word names the subject phrase itself: its
        head is the subject, or hangs on it (or on an apposition of it) as a compound, flat word or
        apposition ('spokesman Ann Lind', 'the spokesman, Ann Lind', 'writer and performer Ann
        Lind'), not from inside an object
        ('the visit of the Chief Inspector Ann Lind': the visit is the subject)."""
        span = self.tokens(m.start, m.end)
        if span is None or not len(span):
            return False
        root = span.root
        while root.i != subj.i and root.dep_ in {"compound", "flat", "appos", "conj"} and root.head.i != root.i:
            root = root.head
        if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.i == subj.i:
            # the author: 'an analysis by Ann Lind', 'The Long Road by Ann Lind' (not the
            # traveller of 'a trip by Ann Lind')
            return subj.pos_ == "PROPN" or any(subj.lemma_.lower() in curated.cue_words(f)
                                               for f in ("document_nouns", "said_nouns", "speech_nouns", "body_documents"))
        if root.i == subj.i or subj.pos_ != "PROPN":
            return root.i == subj.i
        # Under a proper noun the parse is often broken ('Longtime Lenton Radio writer Ann Lind
        # tweeted' hangs the name on the station's words): a name still names the phrase unless a
        # clause stands between ('X, which ousted President Y, said': Y is not the subject).
        while root.i != subj.i and root.head.i != root.i:
            root = root.head
            if root.pos_ in {"VERB", "AUX"}:
                return False
        return root.i == subj.i

    def _described_person(self, tok: Token) -> Speaker | None:
        """'The envoy said he ...', 'The senator, 52, won 4 percent. ... she said': a singular
        definite person noun as the subject of a speech verb, or of the sentence's main verb,
        stands for the latest person before it whom the article titled or
        described with that noun ('Ann Lind, a special envoy', 'Envoy Ann Lind'), so that a
        following 'he' is that person, not whoever was the subject of a sentence before."""
        noun = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or noun not in person_nouns() or tok.i in self.mention_of_token \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                or any(c.dep_ in {"appos", "compound", "poss"} and c.tag_ != "CD" or c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) \
                or tok.head.lemma_.lower() not in curated.cue_words("verbs") and tok.head.dep_ != "ROOT" \
                or tok.head.dep_ in {"ccomp", "xcomp", "relcl", "advcl", "acl", "pcomp"}:
            # Only the speaker of a main speech clause: 'X said the Russian president had conveyed
            # ...; he added' is still X (a subject inside reported words is no new centre).
            return None
        # A role covers titles ('the Ostlandic leader': the president); a country's word before the
        # noun picks the holder of that country (by the curated description, or the word written
        # before the name), and rules out one the gazetteer places in another.
        roles = [noun, *curated.cues().role_titles.get(noun, ())]
        adjectives = [c.text for c in tok.children if c.dep_ in {"amod", "compound"} and c.text[:1].isupper()]
        carriers = []
        for m in self.mentions:
            if m.start >= tok.idx:
                break
            ent = self.entities[m.entity]
            if ent.type != "PERSON" or self.in_quote[self.tokens(m.start, m.end).root.i]:
                continue
            description = (ent.description or "").lower()
            if any(set(r.split()) <= set(ent.titles) or re.search(rf"\b{re.escape(r)}\b", description) for r in roles):
                carriers.append(m)
        found = national_holder(carriers, self.entities, adjectives, self.text)
        return Speaker(found.entity, found.text, None, Attribution.pronoun) if found is not None else None

    def _salience_chain(self) -> None:
        """A small centering model (:class:`~structnews.build.extract.pronouns.SubjectChain`): each
        he/she subject refers to the latest person-like subject before it, however far back (a
        named person, or an unnamed source such as 'an American official'); 'it' refers to the
        latest organisation or country subject. Until a person is a subject, a person named
        elsewhere in a sentence without one stands in, from the next sentence on."""
        nouns = person_nouns()
        chain: SubjectChain[Speaker] = SubjectChain()
        reported: set[int] = set()  # subjects inside the words a speech verb reports
        relative: set[int] = set()  # subjects inside a relative clause ('..., which X opposed')
        for si, sent in enumerate(self.sents):
            if is_caption(self.text, sent):
                continue  # a photo caption's people are not what the story's 'he' goes on with
            fallback: Speaker | None = None
            introduced = False
            found_person = False
            for tok in sent:
                if self.in_quote[tok.i]:
                    continue
                m = self.mention_of_token.get(tok.i)
                if tok.dep_ not in SUBJECT_DEPS:
                    if m is not None and self.entities[m.entity].type == "PERSON" and _according_to(tok):
                        # 'According to Ann Lind, ...': the source of a report is as salient as a
                        # subject; 'he told the press' next refers to her, not to an earlier subject.
                        chain.add(tok.i, si, "person", Speaker(m.entity, m.text, None, Attribution.pronoun))
                        found_person = True
                    elif m is not None and self.entities[m.entity].type == "PERSON" and _passive_agent(tok):
                        # 'The bridge was designed by Ann Lind': the doer is the subject in sense.
                        if _inside_reported_words(tok):
                            reported.add(tok.i)
                        chain.add(tok.i, si, "person", Speaker(m.entity, m.text, None, Attribution.pronoun))
                        found_person = True
                    elif m is not None and self.entities[m.entity].type == "PERSON" and _apposed_to_verbless_root(tok):
                        # 'Her father, Luis Sark, watched from the stands': the model hangs the verb
                        # on the noun, so no one is the subject; the name in apposition is.
                        chain.add(tok.i, si, "person", Speaker(m.entity, m.text, None, Attribution.pronoun))
                        found_person = True
                    elif m is not None and fallback is None and self.entities[m.entity].type == "PERSON":
                        fallback = Speaker(m.entity, m.text, None, Attribution.pronoun)
                        introduced = self._introduced(m)
                    continue
                lower = tok.lower_
                if lower in pronouns.HE_SHE_SUBJECT:
                    person = chain.latest(tok.i, "person", where=lambda a, w=lower: self._may_be(a, w))
                    if person is not None and person.token in reported and _speech_subject(tok) and not _inside_reported_words(tok) \
                            and (person.sentence == si - 1 or person.sentence == si and _reported_after_cue(self.doc[person.token])):
                        # 'X said Y had agreed. He added ...', 'He said Y is "…"; however, "…", he
                        # added': a speech verb's 'he' goes on with the speaker, not with a person
                        # inside the words reported just before (in its sentence or the one before).
                        person = chain.latest(tok.i, "person", where=lambda a, w=lower: a.token not in reported
                                              and self._may_be(a, w)) or person
                    if person is not None and person.token in relative and person.sentence >= si - 1:
                        # 'Y said he had banned it, which X opposed. He claimed ...': a subject inside a
                        # relative clause is less salient than its sentence's own subject.
                        person = chain.latest(tok.i, "person", since_sentence=person.sentence, where=lambda a, w=lower:
                                              a.token not in relative and self._may_be(a, w)) or person
                    if person is not None:
                        self.pronoun_ref[tok.i] = Speaker(person.referent.entity, tok.text, None,
                                                          Attribution.pronoun if person.referent.entity is not None else Attribution.unnamed)
                        if _speech_subject(tok) and not _inside_reported_words(tok):
                            # 'But he said ...': a speaker's pronoun keeps the speaker at the centre,
                            # ahead of anyone named inside the words reported before it.
                            chain.add(tok.i, si, "person", person.referent)
                    found_person = True
                    continue
                if lower in pronouns.THEY_SUBJECT:
                    person = chain.latest(tok.i, "person")
                    if person is not None and person.referent.entity is None:
                        # Singular 'they' for an unnamed source ('one diplomat said ... they said').
                        self.pronoun_ref[tok.i] = Speaker(None, tok.text, None, Attribution.unnamed)
                        continue
                    party = chain.latest(tok.i, "party", since_sentence=si - 1)
                    if party is not None and (person is None or person.token < party.token) \
                            and self.doc[party.token].pos_ == "PROPN" and not any(
                                t.dep_ in SUBJECT_DEPS and t.lemma_.lower() in nouns for t in self.doc[party.token + 1 : tok.i]):
                        # 'The commission criticised the plan. They released a statement': an
                        # organisation that is the subject of this or the last sentence, with no
                        # person as a subject since, is what 'they' stands for.
                        self.pronoun_ref[tok.i] = Speaker(party.referent.entity, tok.text, None, Attribution.pronoun)
                        continue
                if lower in pronouns.IT_SUBJECT:
                    party = chain.latest(tok.i, "party")
                    if party is not None:
                        self.pronoun_ref[tok.i] = Speaker(party.referent.entity, tok.text, None, Attribution.pronoun)
                    continue
                if _in_reported_words(tok) or _inside_reported_words(tok) and not _speech_subject(tok):
                    reported.add(tok.i)
                if any(v.dep_ == "relcl" for v in tok.ancestors):
                    relative.add(tok.i)
                sm = self.subject_mention(tok, {"ORG", "GPE", "NORP"})
                if sm is not None:
                    etype = self.entities[sm.entity].type
                    if etype == "PERSON":
                        chain.add(tok.i, si, "person", Speaker(sm.entity, sm.text, None, Attribution.pronoun))
                        found_person = True
                    else:
                        chain.add(tok.i, si, "party", Speaker(sm.entity, sm.text, None, Attribution.pronoun))
                elif (named := self.self_named(tok)) is not None:  # 'A man, who gave his name only as X, said'
                    chain.add(tok.i, si, "person", Speaker(named.entity, named.text, None, Attribution.pronoun))
                    found_person = True
                elif tok.lemma_.lower() in nouns and tok.pos_ == "NOUN" and is_indefinite(tok) or one_of_many(tok) \
                        or _someone_speaking(tok):
                    chain.add(tok.i, si, "person", Speaker(None, noun_phrase(tok), None, Attribution.unnamed))
                    found_person = True
                elif (described := self._described_person(tok)) is not None:
                    chain.add(tok.i, si, "person", described)
                    found_person = True
                elif self._unnamed_speaking(tok):
                    # 'The head of the investigators told the court “…”. She also said “…”': a
                    # definite description that speaks and names nobody in the article is who a
                    # following 'she' is, not the person named before it.
                    chain.add(tok.i, si, "person", Speaker(None, noun_phrase(tok), None, Attribution.unnamed))
                    found_person = True
            if not found_person and fallback is not None and (introduced or chain.latest(len(self.doc), "person") is None):
                # seen from the next sentence on; a person the sentence introduces ('That did
                # little to reassure Ann Lind, 81, a retired teacher.') is who a 'she said' next is
                chain.add(sent.end - 1, si, "person", fallback)

    def _introduced(self, m: MentionDraft) -> bool:
        """Whether a person's mention is their first in the article and is followed by an age or
        a description set off by commas ('Ann Lind, 81,', 'Ann Lind, a retired teacher,')."""
        if any(o.entity == m.entity and o.start < m.start for o in self.mentions):
            return False
        return re.match(r",\s*(?:\d{1,3}\s*,|(?:a|an|the)\s)", self.text[m.end : m.end + 8]) is not None

    def self_named(self, tok: Token) -> MentionDraft | None:
        """The name an unnamed person gives in a relative clause on ``tok``: 'a man, who gave his
        name only as Ahmad,', 'a woman who gave only her first name, Nok,', 'a driver, identified
        only as Musa,'. Whatever type the model gave the name (it often mistypes a lone first name)."""
        if tok.pos_ != "NOUN":
            return None
        for clause in tok.subtree:  # on the noun, or on a noun in its phrase ('a man from X, who gave ...')
            if clause.dep_ not in ("relcl", "acl") or not (clause.head.i == tok.i or clause.head.dep_ == "pobj"):
                continue
            lemma = clause.lemma_.lower()
            name = next((o for o in clause.children if o.dep_ == "dobj" and o.lemma_.lower() == "name"), None)
            if lemma == "give" and name is not None:
                holders = [p for c in [*clause.children, *name.children] if c.dep_ == "prep" and c.lower_ == "as"
                           for p in c.children if p.dep_ == "pobj"] + [a for a in name.children if a.dep_ == "appos"]
            elif lemma == "identify" and clause.tag_ == "VBN":
                holders = [p for c in clause.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
            else:
                continue
            for holder in holders:
                if (m := self.mention_of_token.get(holder.i)) is not None:
                    return m
        return None

    def _may_be(self, antecedent: Antecedent[Speaker], pronoun: str) -> bool:
        """Whether a he/she can refer to this antecedent: not a man for 'she' nor a woman for 'he'
        (:mod:`..genders`), and not an unnamed plural ('its envoys had been ordered to leave'; a
        name may be tagged as a plural noun, so only unnamed ones are skipped)."""
        return agrees(self.genders, antecedent.referent.entity, pronoun) \
            and not (antecedent.referent.entity is None and self.doc[antecedent.token].tag_ == "NNS")

    def _unnamed_speaking(self, tok: Token) -> bool:
        """A singular definite person noun ('the head of ...', 'the official') that is the subject of a
        speech verb and that no person of the article carries as a title or description."""
        noun = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or noun not in person_nouns() or tok.i in self.mention_of_token \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                or tok.head.lemma_.lower() not in curated.cue_words("verbs") \
                or any(c.dep_ in {"appos", "compound", "poss", "amod"} for c in tok.children):
            return False
        return not any(e.type == "PERSON" and (noun in e.titles or noun in (e.description or "").lower())
                       for e in self.entities)

    def _token_range(self, start: int, end: int) -> range:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return range(span.start, span.end) if span is not None else range(0)

    def tokens(self, start: int, end: int) -> Span | None:
        return self.doc.char_span(start, end, alignment_mode="expand")

    def acting_subject(self, m: MentionDraft) -> bool:
        """Whether a mention names the subject of its clause, itself or in apposition to it ('X
        said', 'The home's owner, X, said'), outside quotations: who a description that follows
        may go on with."""
        span = self.tokens(m.start, m.end)
        if span is None or not len(span):
            return False
        root = span.root.head if span.root.dep_ == "appos" else span.root
        return root.dep_ in SUBJECT_DEPS and not self.in_quote[root.i]

    def earlier(self, pos: int, type_: str) -> Iterator[MentionDraft]:
        """The mentions of entities of ``type_`` that start before character ``pos``, in text order:
        the candidates every 'the latest X named before' rule scans."""
        for m in self.mentions:
            if m.start >= pos:
                return
            if self.entities[m.entity].type == type_:
                yield m


def _speech_subject(tok: Token) -> bool:
    """Whether a subject's verb is a speech verb (curated cue ``verbs``: 'he said', 'she added')."""
    return tok.head.lemma_.lower() in curated.cue_words("verbs")


def _someone_speaking(tok: Token) -> bool:
    """'A woman whose husband was shot said ...', 'A Syrian man said ...': a singular common noun
    introduced by 'a' that speaks is a new unnamed source (any noun: the people a story meets
    are farmers, drivers, mothers), so a following 'she said' is hers, not the last named
    speaker's; not a body's or a document's noun ('A statement said')."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or not _speech_subject(tok) or _inside_reported_words(tok):
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return False
    return not _body_or_document(tok.lemma_.lower())


def _body_or_document(lemma: str) -> bool:
    """Whether a noun names a body or a document (curated institution, government and document
    nouns): no person, whatever its ending."""
    return any(lemma in curated.cue_words(f) for f in ("institution_nouns", "government_nouns", "document_nouns"))


def _reports(verb: Token) -> bool:
    """Whether a clause is words a speech verb or noun reports: 'X said [Y had agreed]', or 'X
    said in a statement [that Y presided over ...]' (the model may hang the clause on the
    statement; curated ``document_nouns`` and ``speech_nouns``)."""
    if verb.dep_ == "ccomp":
        return verb.head.i != verb.i and verb.head.lemma_.lower() in curated.cue_words("verbs")
    return verb.dep_ == "acl" and verb.head.lemma_.lower() in curated.cue_words("document_nouns") | curated.cue_words("speech_nouns") \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def _in_reported_words(tok: Token) -> bool:
    """Whether a subject belongs to a clause a speech verb reports ('X said [Y had agreed]'),
    directly or through coordinated clauses."""
    verb = tok.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return _reports(verb)


def _inside_reported_words(tok: Token) -> bool:
    """Whether a token lies anywhere inside the words a speech verb reports ('Y said X was right
    when he said ...': the second 'he' is inside Y's words)."""
    return any(_reports(v) for v in tok.ancestors)


def _reported_after_cue(tok: Token) -> bool:
    """Whether the speech verb whose words hold a token comes before it ('He said Y is "…"'), not
    after ('Y concurred: "…", he argued', where the parser may hang Y's clause on the cue)."""
    return any(_reports(v) and v.head.i < tok.i for v in tok.ancestors)


def _apposed_to_verbless_root(tok: Token) -> bool:
    """Whether ``tok`` heads a name in apposition to the root of a sentence the model gave no verb
    ('Her father, Luis Sark, watched ...' parsed with 'father' as the root and 'watched' on it)."""
    return tok.dep_ == "appos" and tok.head.dep_ == "ROOT" and tok.head.pos_ == "NOUN" \
        and any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and c.i > tok.i for c in tok.head.children)


def _passive_agent(tok: Token) -> bool:
    """Whether a token is the head of the agent of a main clause's passive verb ('The bridge was
    designed by Ann Lind'; not 'since he was pardoned by X', where the sentence is about 'he')."""
    if tok.dep_ != "pobj" or tok.head.dep_ != "agent":
        return False
    verb = tok.head.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    # (not reported words the parser made the root: 'A visit by X is planned, he added')
    return verb.dep_ == "ROOT" and not any(c.lemma_.lower() in curated.cue_words("verbs") for c in verb.children
                                           if c.dep_ in {"parataxis", "ccomp", "advcl", "conj"})


def _according_to(tok: Token) -> bool:
    """Whether a token is the head of the object of 'according to'."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "to" and prep.i > 0 and tok.doc[prep.i - 1].lower_ == "according"


_INDEFINITE_DETS = {"a", "an", "one", "another", "some", "several", "two", "three", "many"}


def is_indefinite(tok: Token) -> bool:
    """'a senior official', 'officials', 'one diplomat' introduce a new unnamed source; 'the
    official', 'his government' refer back to someone already in the story."""
    for child in tok.children:
        if child.dep_ == "poss":
            return False
        if child.dep_ in {"det", "nummod"}:
            return child.lower_ in _INDEFINITE_DETS
    return True


def one_of_many(tok: Token) -> bool:
    """'One of the victims', 'one of them': a subject picking one unnamed member of a group.
    A later 'she' or 'he' refers to that unnamed person, not to a person named before."""
    if tok.lower_ != "one":
        return False
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return group is not None and (group.tag_ in {"NNS", "NNPS"} or group.lower_ in {"them", "us"})


def who_antecedent(pronoun: Token, noun: Token) -> Token:
    """What a relative 'who' on ``noun`` stands for: the noun, or, when the noun is the object of
    a preposition inside an apposition ('Tom Weld, an analyst at Grayling Securities, who
    expects ...'), the one the apposition describes: a 'who' is a person, not the firm."""
    if pronoun.lower_ == "who" and noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.dep_ == "appos":
        return noun.head.head.head
    return noun


def noun_phrase(tok: Token) -> str:
    """The noun phrase headed by tok, cut before relative clauses and appositives, and after a
    clause the parser hung on it as a modifier ('The stadium was evacuated and local police
    warned': 'evacuated' as an adjective of 'police', with its own subject)."""
    left = tok.i
    for child in reversed(list(tok.lefts)):
        if any(t.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for t in child.subtree):
            break
        left = child.left_edge.i
    right = tok.i
    for child in tok.rights:
        if child.dep_ in {"compound", "flat"} or (child.dep_ == "prep" and child.lower_ in {"of", "for", "at"}):
            right = max(right, child.right_edge.i)
        else:
            break
    text = tok.doc[left : right + 1].text
    return text.strip(" ,")


def mention_for(ctx: QuoteContext, tok: Token) -> MentionDraft | None:
    """The mention at a token, or at its appositive, flat or compound child, in that order: the
    name set beside a description is who it is ('Clinton press secretary Brian Fallon', read as
    'secretary' with the compound 'Clinton' and the apposition 'Fallon', is Fallon)."""
    if tok.i in ctx.mention_of_token:
        return ctx.mention_of_token[tok.i]
    for deps in ({"appos"}, {"flat"}, {"compound"}):
        for child in tok.children:
            if child.dep_ in deps and child.i in ctx.mention_of_token:
                return ctx.mention_of_token[child.i]
    # 'PM Tavake stated': the parser may make the title the subject and hang the name beside it.
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if (nxt is not None and tok.text[:1].isupper() and tok.lower_.rstrip(".") in _title_words() and nxt.head.i == tok.head.i
            and nxt.i in ctx.mention_of_token and ctx.entities[ctx.mention_of_token[nxt.i].entity].type == "PERSON"):
        return ctx.mention_of_token[nxt.i]
    return None


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """The curated titles of one word ('PM', 'President'), lower case, without a full stop."""
    return frozenset(t for t in titles()[0] if " " not in t)
