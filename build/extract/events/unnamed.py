"""Parties the text describes without naming them: who counts as an unnamed doer or target.

An event needs participants, but news often gives them as descriptions ('the commanders met',
'police detained 700 people', 'asked allies for help'): these decide when such a description
stands for a party, so the event is kept without inventing a name for it."""

from __future__ import annotations

from spacy.tokens import Token
from structnews.build.extract import pronouns
from structnews.build.extract.events.lexicon import lexicon_set
from structnews.build.extract.events.parse import NOUN_POS, governing_verb, is_second_object, noun_head, partitive_nouns, verb_lemma
from structnews.build.extract.events.referents import ArticleState
from structnews.build.extract.events.triggers import Candidate
from structnews.schema.events import EventType


def _group_size(token: Token, art: ArticleState, groups: frozenset[str]) -> int:
    """How many unnamed parties a noun phrase stands for: 0 when it names an entity or is no
    group of people; 2 for a plural ('the commanders', 'African leaders'), else 1 ('the army')."""
    if token.pos_ == "PRON" and token.lower_ in ("we", "they"):
        # An unresolved 'we'/'they' is no party (on unseen interviews and first-person pieces it
        # kept private talk as events far more often than anyone's side), except a 'they' that
        # goes back to a group subject of a clause above it ('Police said they had detained ...',
        # 'the two leaders agreed they would meet').
        if token.lower_ != "they" or art.phrase_entities(token):
            return 0
        for verb in list(token.ancestors)[:4]:
            for subj in (c for c in verb.children if c.dep_ == "nsubj" and c.i < token.i and c.pos_ in NOUN_POS):
                return _group_size(subj, art, groups)
        return 0
    if token.pos_ not in NOUN_POS or token.lower_ in art.lex.raw.generic_subjects:
        return 0  # a proper noun too: 'a Senate hearing' when the model names no entity
    lemma = token.lemma_.lower()
    if lemma not in groups and not art.is_actor_noun(token):
        return 0
    plural = token.tag_ in ("NNS", "NNPS") or lemma in ("police", "crowd", "mob")
    named = art.phrase_entities(token)
    if named:  # 'the minister, X,': counted as named; 'EU ministers met': members of one body
        return 1 if plural and len(named) == 1 else 0
    return 2 if plural else 1


def _party_phrases(cand: Candidate, art: ArticleState) -> list[Token]:
    """The phrases that say who did it: for a verb its subject or passive agent (through the
    verbs it is controlled by or conjoined to), for a noun its possessor, its 'by' agent or the
    subject of the light verb that governs it ('the commanders held talks')."""
    token = cand.token
    phrases: list[Token] = []
    if cand.entry.pos == "NOUN":
        head = noun_head(token)
        groups = lexicon_set("group_nouns")
        phrases.extend(c for c in head.children if c.dep_ == "poss" or (  # 'protesters' demands', 'police violence'
            c.dep_ == "compound" and (art.phrase_entities(c) or _group_size(c, art, groups))))  # not 'an emergency meeting'
        phrases.extend(p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"  # 'the demands of the protesters'
                       for p in c.children if p.dep_ == "pobj" and p.tag_ == "NNS")  # not 'the threat of force
        phrases.extend(p for c in head.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj")
        verb = governing_verb(head)
        if phrases or verb is None or (head.dep_ not in ("dobj", "obj") and not is_second_object(head)) or verb_lemma(verb) not in art.lex.raw.light_verbs:
            return phrases
        token = verb
    current = token
    for _ in range(4):
        subjects = [current.head if current.dep_ == "relcl" and c.lower_ in pronouns.RELATIVE else c
                    for c in current.children if c.dep_ == "nsubj"]  # 'EU ministers, who met on Friday': the ministers
        agents = [p for c in current.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        if subjects or agents:
            return phrases + subjects + agents
        passive = [c for c in current.children if c.dep_ == "nsubjpass"]
        if passive and current.i != token.i and verb_lemma(current) in lexicon_set("future_cues"):
            return phrases + passive  # 'the two ministers are expected to meet': they meet
        if passive:
            break  # a passive without agent: its subject is who it happened to
        if current.dep_ == "acl" and current.tag_ == "VBG" and current.head.pos_ == "NOUN" and current.head.dep_ == "nsubj" \
                and cand.entry.symmetric:
            return phrases + [current.head]  # 'foreign ministers, meeting in Brussels, said ...' (not 'legislators supporting the law')
        if current.dep_ not in ("xcomp", "conj") or current.head.i == current.i:
            break
        current = current.head
    return phrases


def unnamed_parties(cand: Candidate, art: ArticleState) -> int:
    """How many parties the text gives the event without naming them ('the two leaders
    discussed X', 'African leaders negotiated the deal', 'protesters' demands'): each group noun
    (curated ``group_nouns``, actor nouns, person nouns) that is a subject, agent or possessor
    and names no entity, a plural counting as two."""
    groups = lexicon_set("group_nouns")
    count = 0
    for phrase in _party_phrases(cand, art):
        for token in [phrase, *(c for c in phrase.children if c.dep_ == "conj")]:
            count += _group_size(token, art, groups)
    return count


def unnamed_counterparts(cand: Candidate, art: ArticleState) -> int:
    """How many parties a meeting's other side stands for when it is described, not named: 'met
    her counterparts', 'held talks with regional leaders', 'spoke by phone with the presidents of
    both countries' are meetings with someone, though no name is given. A direct object counts
    only where it is the counterpart (not 'discussed the dispute'), never the speaker's audience
    ('met reporters', curated ``audience_nouns``), and not an indefinite one ('his first meeting
    with a foreign counterpart' tells a kind of meeting, not one held)."""
    groups = lexicon_set("group_nouns")
    audience = lexicon_set("audience_nouns")
    head = noun_head(cand.token) if cand.entry.pos == "NOUN" else cand.token
    phrases = [c for c in head.children if c.dep_ == "dobj" and cand.entry.pos == "VERB" and cand.entry.object_recipient]
    phrases += [p for c in head.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
    return sum(
        _group_size(token, art, groups)
        for phrase in phrases for token in [phrase, *(c for c in phrase.children if c.dep_ == "conj")]
        if token.lemma_.lower() not in audience and not any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "no") for c in token.children)
    )


def has_unnamed_party(cand: Candidate, art: ArticleState) -> bool:
    """Keep an event whose doer the text describes without naming ('the commanders met on
    Sunday', 'police detained 700 people'): the group counts as a participant, so the trigger's
    own conditions (two parties, a counterpart, a place) still apply to what is named and described."""
    entry = cand.entry
    if entry.needs_location and cand.location is None:
        return False
    unnamed = unnamed_parties(cand, art) + (unnamed_counterparts(cand, art) if entry.symmetric else 0)
    if entry.symmetric and entry.pos == "NOUN" and cand.recipients and not cand.actors and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in noun_head(cand.token).children
    ):
        unnamed += 1  # 'a working dinner with X': X met someone the sentence leaves unsaid
    if not unnamed:
        return False
    named = set(cand.actors) | set(cand.recipients)
    if len(named) + unnamed < entry.min_participants:
        return False
    # a passive says someone it happened to ('journalists were injured after being attacked by
    # protesters'): the unnamed target, as a counted object ('detained 713 people') is
    passive = entry.pos == "VERB" and any(c.dep_ in ("auxpass", "nsubjpass") for c in cand.token.children)
    return not (entry.needs_recipient and not cand.recipients and not _counted_objects(cand.token) and not passive
                and not unnamed_target(cand, art))


def has_unnamed_target(cand: Candidate, art: ArticleState) -> bool:
    """Keep a directed act whose doer is named and whose target the text describes without
    naming ('the FBI arrested a man', 'Police Scotland detained two suspects'): a trigger that
    needs a counterpart takes a person-noun object (curated ``target_nouns``) as one. Unnamed on
    both sides ('police arrested a man') is has_unnamed_party's case."""
    entry = cand.entry
    if not entry.needs_recipient or cand.recipients or not cand.actors or entry.needs_location:
        return False
    return len(set(cand.actors)) >= entry.min_participants and unnamed_target(cand, art)


def unnamed_target(cand: Candidate, art: ArticleState) -> bool:
    """A verb trigger's object that describes a person without naming one: 'arrested a woman',
    'shot a teenager', 'detained the suspect' (curated ``target_nouns``), a people ('asked all
    Norvians to ...'), or a personal pronoun the article does not resolve ('questioned them
    for hours'); for a request with its infinitive, any noun addressed ('asked the government to revoke
    X', 'told drivers to use another road'): the shape says someone was asked, unless it is the
    speaker's audience ('told reporters to expect delays': curated ``audience_nouns``). An object that
    names an entity is a recipient already, and 'praised the plan' has no person, but approving
    of a thing is enough for the verbs of curated ``approval_verbs`` (SUPPORT: the plan stands
    for whoever made it)."""
    if cand.entry.pos != "VERB" or cand.entry.recipient_types or cand.entry.type not in art.lex.raw.target_types:
        return False  # 'received X' must be a person entity: a described one says too little
    nouns = lexicon_set("target_nouns")
    token = cand.token
    if cand.entry.lemma in art.lex.raw.approval_verbs and any(
            c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in token.children):
        return True
    request = cand.entry.type == EventType.REQUEST
    # asked to do something ('asked the government to revoke X') or for something ('asked allies for help')
    addressed = request and any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in token.children)
    # not a speaker's audience or people at large ('asked people to light candles'), nor a pronoun ('I asked
    # them to paint the stage': on interviews, private asks)
    excluded = frozenset([*art.lex.raw.audience_nouns, *art.lex.raw.generic_subjects]) if request else frozenset()
    # the object, or the noun a count of it names ('jailed dozens of activists'), with the object's role
    objects = [(c, c.dep_) for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [(p, dep) for c, dep in list(objects) for p in partitive_nouns(c)]
    return any(
        not _names_someone(c, art) and c.lemma_.lower() not in excluded
        and ((c.pos_ == "NOUN" and (addressed or c.lemma_.lower() in nouns)) or (c.ent_type_ == "NORP" and c.tag_ == "NNPS")
             or (dep == "dobj" and c.lower_ in ("him", "her", "them") and not request)
             or (_counts_people(c) and not request))  # 'police arrested dozens
        for c, dep in objects
    )


def _counted_objects(verb: Token) -> bool:
    """A counted group as the object ('detained 713 people', '20 protesters were arrested'): the
    people it happened to, unnamed."""
    return any(
        c.dep_ in ("dobj", "nsubjpass") and (c.tag_ == "NNS" and any(n.dep_ == "nummod" for n in c.children) or _counts_people(c))
        for c in verb.children
    )


def _counts_people(noun: Token) -> bool:
    """A number standing alone for the people it counts ('arrested dozens', 'detained hundreds',
    the headline's 'Turkey detains 30'): a plural the model reads as a cardinal, or a bare figure,
    with no noun of its own after 'of'."""
    return (noun.tag_ == "NNS" and noun.ent_type_ == "CARDINAL" or noun.tag_ == "CD") \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _names_someone(noun: Token, art: ArticleState) -> bool:
    """Whether an object names an entity other than the place it is in: 'detained a union leader in
    X' names nobody detained (X is where), 'arrested officials of X' names X."""
    places = {e for p in noun.children if p.dep_ == "prep" and p.lower_ in ("in", "at") for e in art.pobj_entities(p)
              if art.types.get(e) in ("GPE", "LOC", "FAC")}
    return bool(set(art.phrase_entities(noun)) - places)
