"""From a cue's subject to a speaker: a named mention, a pronoun, a description or an unnamed source."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token
from structnews.build.core import curated
from structnews.build.extract import pronouns
from structnews.build.extract.drafts import LocalEntity, MentionDraft, QuoteDraft
from structnews.build.extract.entity_spans import title_modifiers
from structnews.build.extract.genders import agrees
from structnews.build.extract.org_refs import organisation_named_before, organisation_words
from structnews.build.extract.quotes import members, roles
from structnews.build.extract.quotes.ages import person_of_age
from structnews.build.extract.quotes.nationality import national_holder
from structnews.build.extract.quotes.plural_they import not_one_person
from structnews.build.extract.quotes.kind_issuer import document_it, issued_by_verb, issuer_by_kind
from structnews.build.extract.quotes.interview import answering_person, interview_turns
from structnews.build.extract.quotes.context import (
    SUBJECT_DEPS,
    QuoteContext,
    Speaker,
    _someone_of,
    noun_phrase, who_antecedent,
)
from structnews.build.extract.quotes.cues import (
    cue_text,
    document_relative,
    speech_verbs,
)
from structnews.build.extract.quotes.org_nouns import fits_kind, organisation_introduced, recent_subject_organisation
from structnews.schema.quotes import Attribution

# How much an attribution is trusted, by how it was found. Keyed by the schema's enum, so a new
# kind of attribution cannot be emitted without a confidence (tests/test_quotes.py checks it).
CONFIDENCE: dict[Attribution, float] = {
    Attribution.cue_subject: 0.9,
    Attribution.according_to: 0.85,
    Attribution.split: 0.85,
    Attribution.unnamed: 0.8,
    Attribution.pronoun: 0.7,
    Attribution.carryover: 0.65,
    Attribution.layout: 0.8,
    Attribution.salient: 0.6,
    Attribution.following: 0.6,
    Attribution.echo: 0.6,
    Attribution.nominal: 0.6,
    Attribution.clause_subject: 0.5,
    Attribution.none: 0.2,
}


def _resolve_pronoun(ctx: QuoteContext, tok: Token, previous: list[tuple[QuoteDraft, Speaker]]) -> Speaker | None:
    lower = tok.lower_
    if tok.i in ctx.pronoun_ref:
        ref = ctx.pronoun_ref[tok.i]
        return Speaker(ref.entity, tok.text, None, ref.attribution)
    if lower in pronouns.IT_SUBJECT:
        return document_it(ctx, tok, previous)
    if lower == "i":  # 'and I said, “…”' inside an interview answer: the one answering
        if ctx.turns is None:
            ctx.turns = interview_turns(ctx.text, ctx.entities)
        person = answering_person(ctx.turns, tok.idx)
        return Speaker(person, tok.text, None, Attribution.pronoun) if person is not None else None
    if lower in pronouns.PLURAL_SUBJECT:
        if previous and previous[-1][1].attribution != Attribution.none \
                and not (lower in pronouns.THEY and not_one_person(ctx, tok, previous[-1][1].entity)):
            prev = previous[-1][1]
            return Speaker(prev.entity, tok.text, None, Attribution.pronoun)
        return Speaker(None, tok.text, None, Attribution.unnamed)
    # he/she: the nearest person who is a subject, scanning back up to three sentences.
    si = ctx.sent_of[tok.i]
    for back in range(4):
        s = si - back
        if s < 0:
            break
        sent = ctx.sents[s]
        candidates = []
        for t in sent:
            if back == 0 and t.i >= tok.i:
                break
            if ctx.in_quote[t.i]:
                continue
            m = ctx.mention_of_token.get(t.i)
            if m is not None and ctx.entities[m.entity].type == "PERSON" and agrees(ctx.genders, m.entity, lower):
                head = t
                while head.dep_ in {"compound", "flat"} and head.head.i != head.i:
                    head = head.head
                candidates.append((head.dep_ in SUBJECT_DEPS, t.i, m))
        if candidates:
            subjects = [c for c in candidates if c[0]]
            pick = (subjects or candidates)[-1 if back == 0 else 0][2]
            return Speaker(pick.entity, tok.text, None, Attribution.pronoun)
    if previous:
        prev = previous[-1][1]
        return Speaker(prev.entity, tok.text, None, Attribution.pronoun)
    return None


def _resolve_nominal(ctx: QuoteContext, tok: Token, previous: list[tuple[QuoteDraft, Speaker]]) -> Speaker:
    phrase = noun_phrase(tok)
    # "Lenton's leader": a country as possessor makes the office as definite as 'the'.
    poss_country = any(c.dep_ == "poss" and c.i in ctx.mention_of_token and ctx.entities[ctx.mention_of_token[c.i].entity].type in {"GPE", "ORG"}
                       for c in tok.lefts)  # (a body's too: "NATO's secretary general")
    # "Ruiz's spokesman": a named person's voice or relation is as definite too (the person the
    # article titled so speaks; the possessor never does, see context._someone_of).
    poss_named = tok.pos_ == "NOUN" and any(c.dep_ == "poss" and c.i in ctx.mention_of_token for c in tok.lefts) and _someone_of(tok)
    definite = any(c.lower_ in {"the", "this", "that"} for c in tok.lefts) or tok.left_edge.lower_ == "the" or poss_country or poss_named \
        or roles.headline_office(ctx, tok)
    # 'her lawyer', 'his father': a relation of someone in the story, as definite as 'the lawyer'
    # (the person the article introduced in that role: 'Her lawyer, Ivo Sark, ...').
    related = any(c.dep_ == "poss" and c.lower_ in pronouns.HE_SHE | pronouns.THEY for c in tok.lefts)
    noun = roles.role_key(tok)
    aged = person_of_age(ctx, tok)
    if aged is not None:
        return Speaker(aged.entity, phrase, None, Attribution.nominal)
    if definite or related:
        # The previous source described the same way ('a senior official' ... 'the official').
        # Not when a person carrying the role is named between ('... the diplomat told TV. Deputy
        # Foreign Minister X told TASS ... “…,” the senior diplomat noted': X).
        roles_of = [noun, *_role_titles().get(noun, ())]
        for draft, speaker in reversed(previous[-6:]):
            if speaker.text and re.search(rf"\b{re.escape(noun)}(?:s|es)?\b", speaker.text.lower()):
                between = [m for m in ctx.earlier(tok.idx, "PERSON") if m.start > draft.end and m.entity != speaker.entity
                           and not ctx.in_quote[ctx.tokens(m.start, m.end).root.i] and _titled(ctx, m, roles_of)]
                if between:
                    break
                return Speaker(speaker.entity, phrase, None, Attribution.nominal if speaker.entity is not None else Attribution.unnamed)
        if definite and roles.unnamed_introduced(ctx, tok):
            return Speaker(None, phrase, None, Attribution.unnamed)  # 'A diplomat, asking not to be named, said ...'
        # A named person carrying that title or description ('the Russian president'), or a title
        # the role covers ('the Russian leader': the president); a nationality before the noun
        # picks the person introduced with it ('Russian President X') among several.
        plural = tok.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "nummod" for c in tok.children)
        pair = _pair_named_before(ctx, tok) if plural else None
        if pair is not None:
            return Speaker(pair.entity, phrase, None, Attribution.nominal)
        titles = [] if plural else [noun, *_role_titles().get(noun, ())]  # 'the two top diplomats' are not one person
        adjectives = roles.country_words(ctx, tok)
        qualified = sorted({c.lower_ for c in tok.lefts} & curated.cue_words("title_qualifiers"))
        if qualified:  # 'the vice president' is the person titled so, not the president
            titles = [f"{qualified[0]} {t}" for t in titles]
        other_office = roles.qualified_holders(ctx, titles) if not qualified else frozenset()
        carriers = [m for m in ctx.earlier(tok.idx, "PERSON") if m.entity not in other_office and _carries(ctx, m, titles)]
        portfolio = roles.portfolio_words(tok)  # 'the health minister': the minister written with 'health', if any is
        # a portfolio noun ('health', not 'federal' or 'local') nobody bears is someone else's: not the aviation minister's
        strict = any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ in portfolio for c in tok.lefts)
        elsewhere = roles.portfolio_holders(ctx, noun) if strict else frozenset()
        carriers = [m for m in carriers if all(roles.bears_word(ctx, m.entity, w) for w in portfolio)] or [
            m for m in carriers if m.entity not in elsewhere]
        # ... nor a holder named later with a portfolio of their own
        other_office = other_office | {i for i in elsewhere if not all(roles.bears_word(ctx, i, w) for w in portfolio)}
        best = national_holder(carriers, ctx.entities, adjectives, ctx.text)
        if best is None and definite and titles and roles.is_office(noun) and not qualified:
            # (the titled speaker just named first: '... Spokeswoman X said. “…,” the diplomat told
            # TV' is X, not a diplomat named paragraphs later)
            best = roles.office_holder_just_named(ctx, tok, other_office)
        if best is None and definite and titles and roles.is_office(noun):
            # A wire lede names the office first and the person later ('The Lenton Prime Minister
            # said ...' ... 'Prime Minister Dara Quell'): the holder named after, titled exactly so.
            exact = roles.compound_title(tok, title_modifiers())
            best = roles.holder(ctx, tok, [exact] if exact else titles,
                                lambda c, m, ts: m.entity not in other_office and _titled(c, m, ts), later=True)
        if best is not None:
            return Speaker(best.entity, phrase, None, Attribution.nominal)
        if not definite:
            return Speaker(None, phrase, None, Attribution.unnamed)
        if noun in curated.cue_words("publication_nouns"):
            # ('the agency' for the 'X Regulatory Authority' named before, else a news agency)
            # ('the agency' for 'the U.N. refugee agency, UNHCR' before a wire's '(AP)' credit)
            found = _introduced(ctx, tok) or _organisation_described(ctx, tok) or _publication(ctx, tok)
            if found is not None:
                return Speaker(found.entity, phrase, None, Attribution.nominal)
        organisation = _introduced(ctx, tok) or _organisation_described(ctx, tok)
        if organisation is None and noun in curated.cue_words("organisation_nouns") and not plural \
                and not any(c.dep_ == "prep" for c in tok.children):  # ('the group of protesters')
            spoke = _publication(ctx, tok)  # the body that last spoke, if it can be of the noun's kind
            organisation = organisation_introduced(ctx, tok) or (spoke if spoke and fits_kind(ctx, tok, spoke) else None) \
                or recent_subject_organisation(ctx, tok)
        if organisation is not None:
            return Speaker(organisation.entity, phrase, None, Attribution.nominal)
        country = _country_acting(ctx, tok) if noun in curated.cue_words("country_nouns") and not plural else None
        if country is not None:
            return Speaker(country.entity, phrase, None, Attribution.nominal)
        topic = members.topic_person(ctx, tok) if noun in curated.cue_words("topic_role_nouns") and not plural \
            and tok.left_edge.lower_ == "the" and not any(c.dep_ == "prep" for c in tok.children) else None
        if topic is not None:  # 'Quayle, 29, scored twice. The midfielder said ...': the person the story is about
            return Speaker(topic.entity, phrase, None, Attribution.nominal)
    return Speaker(None, phrase, None, Attribution.unnamed)


def _carries(ctx: QuoteContext, m: MentionDraft, titles: list[str]) -> bool:
    """Whether the person of mention ``m`` carries one of ``titles``: among the titles seen before
    their name, in their description, written right before this mention ('Actress Ann Lind': a
    role written before a name, even one no curated title, describes the person like an
    apposition), or in an apposition either side."""
    ent = ctx.entities[m.entity]
    desc = _role_of(ent.description or "")
    before = ctx.text[max(0, m.start - 40) : m.start].lower()
    return any(set(t.split()) <= set(ent.titles) or re.search(rf"\b{_title_pattern(t)}\b", desc)
               or re.search(rf"\b{_title_pattern(t)}\s+$", before) or roles.apposition_heads(ctx, m, t) for t in titles) \
        or roles.named_after_role(ctx, m, titles)


def _title_pattern(title: str) -> str:
    """A title as a pattern: a qualified one may have words between its qualifier and the rest
    ('the former general' is 'X, a former army general'; 'the deputy minister' 'a deputy
    foreign minister')."""
    words = title.split()
    if len(words) >= 2 and words[0] in curated.cue_words("title_qualifiers"):
        return re.escape(words[0]) + r"(?:\s+[\w-]+){0,2}?\s+" + r"\s+".join(map(re.escape, words[1:]))
    return re.escape(title)


def _titled(ctx: QuoteContext, m: MentionDraft, titles: list[str]) -> bool:
    """The strict form of ``_carries`` for a holder named after the phrase: a title written before
    the person's name or an apposition, not a loose description ('the research team')."""
    ent = ctx.entities[m.entity]
    return any(set(t.split()) <= set(ent.titles) or roles.apposition_heads(ctx, m, t) for t in titles) \
        or roles.named_after_role(ctx, m, titles)


def _country_acting(ctx: QuoteContext, tok: Token) -> MentionDraft | None:
    """'Ruritania's minister filed the case. The Balkan country alleged ...': the latest GPE
    before ``tok`` in its sentence or the two before that acts there (a subject or a possessor,
    outside quotations); a place named only as a setting is not what 'the country' goes on with."""
    si = ctx.sent_of[tok.i]
    first = ctx.sents[max(0, si - 2)].start_char
    found = None
    for m in ctx.earlier(tok.left_edge.idx, "GPE"):
        span = ctx.tokens(m.start, m.end)
        if m.start < first or span is None or not len(span) or ctx.in_quote[span.root.i]:
            continue
        if span.root.dep_ in SUBJECT_DEPS | {"poss"}:
            found = m
    return found


def _role_of(description: str) -> str:
    """The role a description gives its person, lower case: its head before a prepositional or
    relative part and after a possessor ('a spokesperson for the coast guard' -> 'a spokesperson',
    "the president's spokesman" -> 'spokesman'), so that 'the fire service' or 'the president'
    does not find the spokesperson."""
    head = re.split(r"\s(?:of|for|at|in|from|with|to|who|which|that|on)\s", description.lower())[0]
    return re.split(r"['’]s?\s", head)[-1]


def _pair_named_before(ctx: QuoteContext, tok: Token) -> MentionDraft | None:
    """'Ruritania and Ostland, in a joint statement, ... The two countries accused ...': a definite
    plural of a curated ``group_nouns`` noun stands for the latest coordination of two or more
    entities of its types before it (in this or the previous three sentences). The speaker field
    holds one entity: the first party."""
    types = curated.cues().group_nouns.get(tok.lemma_.lower())
    if not types:
        return None
    si = ctx.sent_of[tok.i]
    first = ctx.sents[max(0, si - 3)].start
    found = None
    for t in ctx.doc[first : tok.i]:
        m = ctx.mention_of_token.get(t.i)
        if m is None or ctx.in_quote[t.i] or ctx.entities[m.entity].type not in types or t.dep_ == "conj":
            continue
        partners = [c for c in t.conjuncts if c.i > t.i and c.i in ctx.mention_of_token
                    and ctx.entities[ctx.mention_of_token[c.i].entity].type in types
                    and ctx.mention_of_token[c.i].entity != m.entity]
        if partners:
            found = m
    return found


def _introduced(ctx: QuoteContext, tok: Token) -> MentionDraft | None:
    """'the agency', 'the company': the organisation the article introduced with that very noun
    ('The U.N. refugee agency, UNHCR, said', 'the toy company Hasbro'), which says more than a
    name that merely holds the noun or a description a curated body carries. Only a bare singular
    'the' noun."""
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.tag_ in {"NNS", "NNPS"} or tok.i in ctx.mention_of_token \
            or not any(c.lower_ == "the" for c in tok.lefts) or any(c.dep_ == "prep" for c in tok.children):
        return None
    return organisation_introduced(ctx, tok)


def _organisation_described(ctx: QuoteContext, tok: Token) -> MentionDraft | None:
    """'the court', 'the council': the organisation named before whose name holds that noun
    (:func:`~structnews.build.extract.org_refs.organisation_named_before`). Nothing for a plural
    ('the courts') or an indefinite noun."""
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.tag_ in {"NNS", "NNPS"} or tok.i in ctx.mention_of_token \
            or not any(c.lower_ == "the" for c in tok.lefts):
        return None  # ('the Court' capitalised is the same reference as 'the court')
    return organisation_named_before(tok, ctx.mentions, organisation_words(ctx.entities))


@lru_cache(maxsize=1)
def _role_titles() -> dict[str, tuple[str, ...]]:
    return {role: tuple(titles) for role, titles in curated.cues().role_titles.items()}


def _publication(ctx: QuoteContext, tok: Token) -> MentionDraft | None:
    """The organisation last named, before ``tok``, as the subject of a speech or report verb:
    what 'the newspaper' or 'the daily' stands for ('The Daily Courier reported ... the paper said')."""
    verbs, reporting = speech_verbs(), curated.cue_words("indirect_verbs")
    found = None
    for m in ctx.earlier(tok.idx, "ORG"):
        span = ctx.tokens(m.start, m.end)
        if span is None or ctx.in_quote[span.root.i]:
            continue
        head = span.root  # ('the news site ByteWatch reported': the name heads no clause of its own)
        head = head.head if head.dep_ in {"appos", "compound"} and head.head.lemma_.lower() in curated.cue_words("publication_nouns") \
            or head.dep_ == "appos" and head.head.dep_ in SUBJECT_DEPS else head  # ("The home's owner, X, said")
        if head.dep_ in SUBJECT_DEPS and head.head.lemma_.lower() in verbs | reporting:
            found = m
    return found


@lru_cache(maxsize=1)
def _issuer_nouns() -> tuple[frozenset[str], frozenset[str]]:
    cues = curated.cues()
    return frozenset(cues.document_nouns) | frozenset(cues.body_documents), frozenset(cues.institution_nouns)


def _issuer(ctx: QuoteContext, subj: Token) -> Token | None:
    """Who a document or an institution's part speaks for: 'a statement from the ministry',
    'a report by X', 'the campaign's ad', 'China's military', 'the Trump campaign'; for a definite
    document, also whoever issued the same document introduced just before ('X, in a statement,
    announced ... The statement said'). None when the noun is neither, or no issuer is given."""
    documents, institutions = _issuer_nouns()
    noun = subj.lemma_.lower()
    if noun not in documents and noun not in institutions:
        return None
    for child in subj.children:
        if child.dep_ == "poss" and (child.i in ctx.mention_of_token or _organisation_described(ctx, child) is not None
                                     or noun in documents and child.pos_ in {"NOUN", "PROPN"} or child.lower_ in pronouns.HE_SHE):
            # 'the ministry's statement', 'the court's summary' (the Court of Session); for a
            # document any possessor ('the judge's ruling', 'the family's letter'); a person's
            # pronoun for both ('his statement', 'her campaign').
            return child
        if child.dep_ in {"compound", "nmod"} and child.i in ctx.mention_of_token:
            m = ctx.mention_of_token[child.i]
            if ctx.entities[m.entity].type in {"ORG", "GPE", "NORP", "PERSON"}:
                return child
        if child.dep_ == "prep" and child.lower_ == "of" and noun in institutions:
            # 'the government of Chile', 'the army of Dorvan': the country the institution is of
            place = next((c for c in child.children if c.dep_ == "pobj" and c.i in ctx.mention_of_token), None)
            if place is not None and ctx.entities[ctx.mention_of_token[place.i].entity].type == "GPE":
                return place
    if noun in documents:
        own = _phrase_issuer(ctx, subj)
        if own is not None:
            return own
        if any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in subj.children):
            # 'X released an ad on Monday. ... The ad says', 'Ann Lind, in a statement, announced
            # ... The statement said', 'a report from the safety board ... The report said': the
            # issuer of the same document introduced in the last six sentences (a quoted
            # statement often runs over several sentences between the two).
            si = ctx.sent_of[subj.i]
            for tok in reversed(ctx.doc[ctx.sents[max(0, si - 6)].start : subj.i]):
                if tok.lemma_.lower() != noun or ctx.in_quote[tok.i]:
                    continue
                if tok.dep_ in {"dobj", "nsubjpass"}:
                    agent = next((c for c in tok.head.children if c.dep_ in {"nsubj", "agent"}), None)
                    if agent is not None and agent.dep_ == "agent":
                        agent = next((c for c in agent.children if c.dep_ == "pobj"), None)
                    if agent is not None and not ctx.in_quote[agent.i]:
                        return agent
                earlier = next((c for c in tok.children if c.dep_ == "poss"), None) or _phrase_issuer(ctx, tok)
                if earlier is None and tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.pos_ in {"VERB", "AUX"}:
                    earlier = next((c for c in tok.head.head.children if c.dep_ == "nsubj" and not ctx.in_quote[c.i]
                                    and c.lower_ not in pronouns.RELATIVE_SUBJECT), None)  # 'X, in a statement, said'
                if earlier is not None:
                    return earlier
            return issued_by_verb(ctx, subj)
    return None


def _phrase_issuer(ctx: QuoteContext, subj: Token) -> Token | None:
    """The issuer a document's own phrase gives: 'a statement from the ministry', 'a report by X',
    'the decree signed by the governor', 'a tweet sent from Ann Lind's account', or the subject
    of the verb taking it as object ('the council issued a letter')."""
    for prep in subj.children:
        if prep.dep_ == "prep" and prep.lower_ in {"from", "by", "of"}:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
        if prep.dep_ == "prep" and prep.lower_ in {"to", "for"} and (sender := next((g for c in prep.children for p in c.children if p.lower_ == "from"
                                                                                    for g in p.children if g.i in ctx.mention_of_token), None)):
            return sender  # 'a note to clients from Goldman Sachs': the parser hangs the sender on the addressee
        if prep.dep_ == "acl" and prep.tag_ == "VBN" and prep.lemma_.lower() not in curated.cue_words("receiver_participles"):
            # 'the decree signed by the governor', 'a letter written by Ann Lind': the agent
            # of the participle issued the document ('a report seen by X': X only saw it).
            agent = next((c for c in prep.children if c.dep_ == "agent"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if pobj is not None and not ctx.in_quote[pobj.i]:
                return pobj
            # 'a tweet sent from Ann Lind's account': the owner of the account it came from.
            source = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "from"), None)
            pobj = next((c for c in source.children if c.dep_ == "pobj"), None) if source is not None else None
            owner = next((c for c in pobj.children if c.dep_ == "poss" and c.i in ctx.mention_of_token), None) \
                if pobj is not None else None
            if owner is not None and not ctx.in_quote[owner.i]:
                return owner
    if subj.dep_ == "dobj" and subj.head.pos_ == "VERB":
        # 'The firm put out a statement which read ...', 'the council issued a letter saying':
        # who issued the document, the subject of the verb taking it as object.
        issuer = next((c for c in subj.head.children if c.dep_ == "nsubj" and not ctx.in_quote[c.i]), None)
        if issuer is not None and issuer.lower_ not in pronouns.RELATIVE_SUBJECT:
            return issuer
    return None


def _body_before(ctx: QuoteContext, doc_noun: Token) -> MentionDraft | None:
    """'The Lenton court ruled on Tuesday ... The court's summary read: “…”', 'The
    statement said', 'Its statement said': a definite text a body issues (curated
    ``body_documents``), or one the body's 'its'/'their' owns, whose phrase names no issuer speaks
    for the organisation last named as a clause's subject before it, outside quotations, in its
    sentence or the three before: news names the body acting, then quotes its document. Not a
    document with another possessor ('the family's statement': an issuer that is no entity) or a
    national adjective ('the Turkish statement'), and nothing when no organisation was named so close."""
    body_possessive = {"its", "their"}  # 'Its statement said', 'their letter reads': the body's own
    owned = any(c.dep_ == "poss" and c.lower_ in body_possessive for c in doc_noun.children) \
        and doc_noun.lemma_.lower() in _issuer_nouns()[0]  # ('according to its survey': any document)
    if not owned and doc_noun.lemma_.lower() not in curated.cue_words("body_documents") or doc_noun.tag_ in {"NNS", "NNPS"}:
        return None
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} or c.dep_ == "poss" and c.lower_ in body_possessive
               for c in doc_noun.children) \
            or any(c.dep_ == "poss" and c.lower_ not in body_possessive
                   or c.dep_ in {"amod", "compound", "nmod"} and c.i in ctx.mention_of_token for c in doc_noun.children):
        return None
    si = ctx.sent_of[doc_noun.i]
    first = ctx.sents[max(0, si - 3)].start_char
    found = None
    for m in ctx.earlier(doc_noun.idx, "ORG"):
        span = ctx.tokens(m.start, m.end)
        if m.start >= first and span is not None and len(span) and not ctx.in_quote[span.root.i] \
                and span.root.dep_ in SUBJECT_DEPS | {"nsubjpass"}:
            found = m  # the body the sentence is about ('The court ruled'), not a place or a source named in passing
    if found is not None and owned:
        # 'its'/'their' is the nearest subject's: not the body's when another noun is a subject
        # after it ('The paper reported ... The ministers met. Their survey ...').
        after = ctx.tokens(found.end, doc_noun.idx)
        if after is not None and any(t.dep_ in SUBJECT_DEPS and t.pos_ in {"NOUN", "PROPN"} and t.head.dep_ == "ROOT"
                                     and not ctx.in_quote[t.i] and t.i not in ctx.mention_of_token for t in after):
            return None
    return found


def speaker_from_subject(ctx: QuoteContext, subj: Token | None, cue: Token, previous: list[tuple[QuoteDraft, Speaker]], how: Attribution) -> Speaker:
    """The speaker a cue's subject stands for; ``how`` is the attribution when it names someone."""
    written = cue_text(cue) if how != Attribution.according_to else "according to"
    if subj is None:
        return Speaker(None, None, written, Attribution.none)
    named = _unclosed_apposition(ctx, subj, cue) or ctx.self_named(subj)  # ('A man, who gave his name as X, said')
    if named is not None:
        return Speaker(named.entity, named.text, written, how)
    glued = roles.glued_holder(ctx, subj)  # 'In a letter, Norway's envoy to Ostland Pierre-Louis Armand wrote'
    if glued is not None:
        return Speaker(glued.entity, glued.text, written, how)
    country = roles.demonym_country(ctx, subj)  # 'The Chilean government said': Chile
    if country is not None:
        return Speaker(country, ctx.entities[country].name, written, how)
    is_member, member = members.member_of(ctx, subj, roles.is_office(subj.lemma_.lower()))
    if is_member:  # 'the Kentucky Republican said', 'the Republican nominee said': one member, not the party
        return Speaker(member.entity if member else None, noun_phrase(subj), written,
                       Attribution.nominal if member else Attribution.unnamed)
    mention = ctx.subject_mention(subj, {"ORG", "GPE", "NORP"})
    if mention is not None and roles.is_country_qualified(ctx, subj, mention):
        # 'The Lenton Prime Minister said': the country only qualifies the office; its holder speaks.
        holder = _resolve_nominal(ctx, subj, previous)
        if holder.entity is not None and ctx.entities[holder.entity].type == "PERSON":
            holder.cue = written
            return holder
        if roles.is_office(subj.lemma_.lower()) and ctx.entities[mention.entity].type == "GPE":  # 'the Vermont senator said',
            return Speaker(None, noun_phrase(subj), written, Attribution.unnamed)  # none named: a person, not the place
    if mention is not None and not _representative_of_body(ctx, subj, mention):
        return Speaker(mention.entity, mention.text, written, how)
    owner = _surname_owner(ctx, subj)
    if owner is not None:
        return Speaker(owner, subj.text, written, how)
    if subj.lower_ in pronouns.RELATIVE_SUBJECT and cue.dep_ == "relcl":
        # 'Hans Ek, who later said ...': the relative pronoun stands for the noun it modifies.
        antecedent = ctx.subject_mention(who_antecedent(subj, cue.head), {"ORG", "GPE", "NORP"})
        if antecedent is not None:
            return Speaker(antecedent.entity, antecedent.text, written, how)
        if document_relative(cue):
            # 'X released a statement which said ...': the statement speaks for its issuer.
            return speaker_from_subject(ctx, cue.head, cue, previous, how)
    elif subj.lower_ in pronouns.RELATIVE_SUBJECT and subj.head.dep_ == "relcl" and subj.head.i != cue.i:
        # A participle hung inside a relative clause ('Fans carried banners that read “…” while
        # urging ...'): its doer is the subject of the clause above, not the nearest 'he'.
        named = ctx.subject_mention(subj.head.head, {"ORG", "GPE", "NORP"})  # ('Ann Lind, who ..., saying')
        outer = subj.head.head if named is not None else _clause_subject(ctx, subj.head.head)
        return speaker_from_subject(ctx, outer, cue, previous, how) if outer is not None \
            else Speaker(None, noun_phrase(subj.head.head), written, Attribution.unnamed)
    if subj.pos_ == "PRON" or subj.lower_ in pronouns.HE_SHE_ARGUMENT | pronouns.PLURAL_SUBJECT | pronouns.IT_SUBJECT:
        found = _resolve_pronoun(ctx, subj, previous)
        if found is not None:
            found.cue = written
            return found
        return Speaker(None, subj.text, written, Attribution.unnamed)
    issuer = _issuer(ctx, subj)
    if issuer is not None:
        # A statement speaks for whoever issued it; a ministry or an army for its country.
        found = speaker_from_subject(ctx, issuer, cue, previous, how)
        if found.entity is None and issuer.dep_ != "poss":
            body = _body_before(ctx, subj)  # 'the summary of the decision': a decision issues nothing
            if body is not None:
                return Speaker(body.entity, body.text, written, how)
        if found.attribution != Attribution.none:
            if found.entity is not None and issuer.dep_ == "poss" and issuer.head.i == subj.i and subj.is_lower:
                # "Norway's defence ministry said": the country speaks, written as the whole
                # phrase, so that 'the ministry said' after it finds the same source.
                found.text = noun_phrase(subj)
            return found
    else:
        body = _body_before(ctx, subj) or issuer_by_kind(ctx, subj)  # ('a ministry statement said')
        if body is not None:
            return Speaker(body.entity, body.text, written, how)
    found = _resolve_nominal(ctx, subj, previous)
    named = roles.government_named_before(ctx, subj) if found.entity is None else None
    if found.entity is None and (home := named if named is not None else roles.home_government(ctx, subj)) is not None:
        found = Speaker(home, found.text, None, Attribution.nominal)  # 'the government said': the story's country
    documents, institutions = _issuer_nouns()
    if found.entity is None and cue.lemma_.lower() in curated.cue_words("continuation_verbs") and previous \
            and any(c.lower_ == "the" for c in subj.lefts) and subj.lemma_.lower() not in documents | institutions:
        # 'the professor added': a definite description going on from the quote before names its
        # speaker when nothing else in the article carries that description.
        prev_draft, prev = previous[-1]
        prev_span = ctx.tokens(prev_draft.start, prev_draft.end)
        if prev.entity is not None and ctx.entities[prev.entity].type == "PERSON" and prev_span is not None \
                and len(prev_span) and 0 <= ctx.sent_of[subj.i] - ctx.sent_of[prev_span[-1].i] <= 1:
            found = Speaker(prev.entity, found.text, None, Attribution.nominal)
    found.cue = written
    return found


def _clause_subject(ctx: QuoteContext, tok: Token) -> Token | None:
    """The subject of the nearest clause above ``tok`` that has one, outside quotations."""
    found = (next((c for c in v.children if c.dep_ in SUBJECT_DEPS and not ctx.in_quote[c.i]), None)
             for v in tok.ancestors if v.pos_ in {"VERB", "AUX"})
    return next((f for f in found if f is not None), None)


def _unclosed_apposition(ctx: QuoteContext, subj: Token, cue: Token) -> MentionDraft | None:
    """'In the blog post Ann Lind, the chief executive of Lenton said ...': a description opening
    right after a person's name and a comma, with no comma closing it before the verb, is that
    person's apposition, which the parser split off when it hung the name on a preceding phrase
    (a second object of 'In'). The person is the speaker, not the job title. A name that is the
    only object of a verb or preposition ('After meeting Ann Lind, the minister said') is not."""
    if subj.pos_ not in {"NOUN", "PROPN"} or subj.i > cue.i or subj.left_edge.lower_ not in {"the", "a", "an"}:
        return None
    comma = subj.left_edge.i - 1
    if comma < 1 or ctx.doc[comma].text != "," or any(t.text == "," for t in ctx.doc[subj.i : cue.i]):
        return None
    name = ctx.doc[comma - 1]
    m = ctx.mention_of_token.get(name.i)
    if m is None or ctx.in_quote[name.i] or ctx.entities[m.entity].type != "PERSON" or m.end != name.idx + len(name.text) \
            or any(ctx.mention_of_token.get(t.i) is not None and ctx.entities[ctx.mention_of_token[t.i].entity].type == "PERSON"
                   and "appos" in {t.dep_, t.head.dep_} for t in subj.subtree):
        # (A name in apposition inside the description is its person: 'the spokesman, Ivo Sark'.)
        return None
    head = name
    while head.dep_ in {"compound", "flat"} and head.head.i != head.i:
        head = head.head
    split_object = head.dep_ == "pobj" and any(c.dep_ == "pobj" and c.i < head.i for c in head.head.children)
    return m if split_object or head.dep_ in {"npadvmod", "dep", "appos"} and head.head.i in {cue.i, subj.i} else None


def _surname_owner(ctx: QuoteContext, subj: Token) -> int | None:
    """'Geingob tweeted' where the model tagged only 'Hage Geingob' before: a lone capitalised
    word that is no mention but the last word of exactly one person's name is that person."""
    if subj.pos_ != "PROPN" or subj.i in ctx.mention_of_token or not subj.text[:1].isupper() \
            or any(c.dep_ in {"compound", "flat"} for c in subj.children):
        return None
    owners = {e.index for e in ctx.entities if e.type == "PERSON" and len(e.name.split()) > 1
              and e.name.split()[-1] == subj.text}
    return owners.pop() if len(owners) == 1 else None


def _representative_of_body(ctx: QuoteContext, subj: Token, mention: MentionDraft) -> bool:
    """'a Woolworths spokesperson', 'a senior White House official': the body named inside a
    phrase headed by a curated ``representative_nouns`` noun is whom the source speaks for, not
    the speaker; such a source is unnamed (a person named in the phrase is still the speaker)."""
    if subj.pos_ != "NOUN" or subj.i in ctx.mention_of_token or ctx.entities[mention.entity].type == "PERSON" \
            or subj.lemma_.lower() not in curated.cue_words("representative_nouns"):
        return False
    span = ctx.tokens(mention.start, mention.end)
    # A name in apposition is the person, however the model typed it ('the spokesman, Ivo Sark,').
    return span is None or not any(t.dep_ == "appos" or t.head.dep_ == "appos" for t in span)
