"""Who holds a role: 'the president', 'the Lenton Prime Minister', "Lenton's leader" as a speaker.

Wire ledes describe the speaker by office first and name them only later ('The Lenton Prime
Minister has told lawmakers ... Prime Minister Dara Quell said ...'). The phrase names a country
only to qualify the office, so the speaker is the person the article gives that title, before the
sentence or after it, the one introduced with the same country first; never the country.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.tokens import Token
from structnews.build.core import curated
from structnews.build.extract.demonyms import countries_of_demonyms
from structnews.build.extract.drafts import MentionDraft
from structnews.build.extract.entity_spans import title_modifiers, titles
from structnews.build.extract.home_country import article_country, capital_speakers
from structnews.build.extract.names import demonym_forms
from structnews.build.extract.quotes.context import SUBJECT_DEPS, QuoteContext, is_indefinite

# (ctx, mention, titles) -> whether the mention's person carries one of the titles.
TitleTest = Callable[[QuoteContext, MentionDraft, list[str]], bool]


def _persons(ctx: QuoteContext) -> Iterator[MentionDraft]:
    for m in ctx.mentions:
        if ctx.entities[m.entity].type == "PERSON":
            yield m


def country_words(ctx: QuoteContext, tok: Token) -> list[str]:
    """The capitalised words qualifying a role noun ('Lenton' in 'the Lenton Prime Minister' or
    "Lenton's leader", 'Lentonian' in 'the Lentonian president'): what picks the holder among
    people of several countries carrying the same title."""
    words = [c.text for c in tok.lefts if c.dep_ in {"amod", "compound"} and c.text[:1].isupper()]
    for c in tok.lefts:
        if c.dep_ == "poss" and c.i in ctx.mention_of_token:
            words.extend(t.text for t in c.subtree if t.text[:1].isupper() and t.dep_ != "case")
    office = title_modifiers() | curated.cue_words("title_qualifiers")
    return [w for w in words if w.lower() not in office]


def role_key(tok: Token) -> str:
    """The role a description's head noun names: its lemma, or with its 'of' phrase when the
    curated ``role_titles`` know that whole phrase ('the head of state' is a president, not a
    head of anything)."""
    noun = tok.lemma_.lower()
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        phrase = " ".join([noun, "of", *(t.lower_ for t in prep.children if t.dep_ == "pobj")])
        if phrase in curated.cues().role_titles:
            return phrase
    return noun


def holder(ctx: QuoteContext, tok: Token, titles: list[str], carries: TitleTest, *, later: bool) -> MentionDraft | None:
    """The person the article gives one of ``titles``: the latest named before ``tok`` (or, with
    ``later``, the first named after it), one introduced with the phrase's country preferred. With
    no country match, only a title held by exactly one person in the article is trusted, since
    'the prime minister' of one country is no other country's."""
    countries = country_words(ctx, tok)
    matches: list[MentionDraft] = []
    for m in _persons(ctx):
        if (m.start >= tok.idx) != later:
            continue
        span = ctx.tokens(m.start, m.end)
        if span is None or not len(span) or ctx.in_quote[span[0].i]:
            continue
        if carries(ctx, m, titles):
            matches.append(m)
    if not matches:
        return None
    ordered = matches if later else list(reversed(matches))
    # 'Valdonia's leader' ... 'Valdonian Prime Minister X': the country or its adjective before the name.
    forms = [[re.escape(w), *(re.escape(f) for f in sorted(demonym_forms(w)))] for w in countries]
    national = [m for m in ordered if countries and all(re.search(rf"\b(?:{'|'.join(f)})\b", ctx.text[max(0, m.start - 60):m.start], re.IGNORECASE)
                                                        for f in forms)]
    if national:
        return national[0]
    if len({m.entity for m in matches}) == 1:
        return ordered[0]
    return None


def is_office(noun: str) -> bool:
    """Whether a lower-case noun is an office a named person holds: a curated title word
    ('judge', 'minister') or a role the curated ``role_titles`` spell out ('leader'); 'the research
    team' or 'the company' is no office, so no person named later stands for it."""
    return noun in titles()[1] or noun in curated.cues().role_titles


def headline_office(ctx: QuoteContext, tok: Token) -> bool:
    """'Federal judge says ...', 'Lenton minister warns ...': headlines drop the article, so a
    singular noun with no determiner or possessor in the first line of the text is as definite as
    'the judge' (only a holder titled so is then looked for)."""
    if "\n" in ctx.text[: tok.idx] or "\n" not in ctx.text or tok.tag_ not in {"NN", "NNP"}:
        return False
    return not any(c.dep_ in {"det", "poss", "nummod"} for c in tok.lefts)


def compound_title(tok: Token, modifiers: frozenset[str]) -> str | None:
    """'Prime Minister' -> 'prime minister': the head's lemma with the curated title modifiers
    written right before it, lower case; None for a head with none."""
    words = [c.lower_ for c in tok.lefts if c.dep_ in {"amod", "compound"} and c.lower_ in modifiers]
    return " ".join([*words, tok.lemma_.lower()]) if words else None


def is_country_qualified(ctx: QuoteContext, tok: Token, mention: MentionDraft) -> bool:
    """Whether a GPE or NORP mention found in a subject phrase only qualifies its head noun ('the
    Lenton Prime Minister', "Lenton's leader", 'the Lentonian president'), or an organisation
    qualifies an office ('the ODP chief'): the mention does not cover the head, and it hangs on the
    head as a compound, adjective or possessor."""
    kind = ctx.entities[mention.entity].type
    if kind not in {"GPE", "NORP"} and not (kind == "ORG" and is_office(tok.lemma_.lower())):
        return False
    span = ctx.tokens(mention.start, mention.end)
    if span is None or not len(span) or tok.i in {t.i for t in span} or tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    root = span.root
    return root.head.i == tok.i and root.dep_ in {"compound", "amod", "poss", "nmod"}


def apposition_heads(ctx: QuoteContext, m: MentionDraft, title: str) -> bool:
    """'Ann Lind, the Lenton Government commissioner responsible for defence,', 'Ivo Sark, Lenton's
    top diplomat,': an apposition right after the name whose head (within its first five words, before any 'of', 'for', 'who') is
    ``title``; read on the words because the entity's description is left empty when the phrase
    holds a name of its own."""
    after = ctx.text[m.end : m.end + 90].lower()
    found = re.match(r",\s+(?:the|a|an|[\w.-]+['’]s)\s+((?:[\w'’.-]+\s+){0,4}?)" + re.escape(title) + r"\b(?!['’]s)", after)
    if found is None or re.search(r"\b(?:of|for|at|in|from|with|who|which|and)\b", found.group(1)):
        return False
    # Not the subject of the next clause: 'After meeting Ivan Morrow, the minister said'.
    words = ctx.tokens(m.end + found.end() - len(title.split()[-1]), m.end + found.end())
    return words is not None and len(words) > 0 and words[-1].dep_ not in SUBJECT_DEPS


def named_after_role(ctx: QuoteContext, m: MentionDraft, titles: list[str]) -> bool:
    """'The mayor of Harwick, Ann Lind, opened ...', 'its chief executive, Ann Lind,': a name in
    apposition to a role noun (with its modifiers) that is one of ``titles``: the role written
    before the name describes that person as an apposition after it would."""
    span = ctx.tokens(m.start, m.end)
    if span is None or not len(span) or ctx.in_quote[span.root.i]:
        return False
    root = span.root
    if root.dep_ != "appos" or root.head.i >= root.i:
        return False
    role = root.head
    if role.dep_ == "pobj" and role.head.dep_ == "prep" and role.head.lower_ == "of" and role.head.head.pos_ == "NOUN":
        role = role.head.head  # 'the mayor of Harwick, Ann Lind': the parser hangs the name on 'Harwick' (not 'a campaign by the MP, X')
    if role.pos_ != "NOUN" and not (role.pos_ == "PROPN" and is_office(role.lemma_.lower())):
        return False  # the tagger calls a capitalised office a proper noun ('the local MP, Ann Lind,')
    lefts = {c.lower_ for c in role.lefts}
    return any(t.split()[-1] == role.lemma_.lower() and set(t.split()[:-1]) <= lefts for t in titles)


def qualified_holders(ctx: QuoteContext, titles: list[str]) -> frozenset[int]:
    """The people whose only title among ``titles`` is qualified as another office: 'Vice President
    Ann Lind', 'former President Ann Lind', 'President-elect Ann Lind' (curated ``title_qualifiers``)
    hold no office that 'the president' names while a President Ivo Sark is in the article. A
    person written once with the bare title ('President Lind') is not excluded."""
    qualifiers = curated.cue_words("title_qualifiers")
    bare: set[int] = set()
    other: set[int] = set()
    for m in ctx.mentions:
        if ctx.entities[m.entity].type != "PERSON":
            continue
        before = ctx.text[max(0, m.start - 60) : m.start].lower()
        for t in titles:
            found = re.search(rf"(?:(\S+?)(?:\s+|-))?\b{re.escape(t)}(-\w+)?\s+$", before)
            if found is None:
                continue
            word = (found.group(1) or "").strip(".,;:").split("-")[-1]
            suffix = (found.group(2) or "").lstrip("-")
            (other if word in qualifiers or suffix in qualifiers else bare).add(m.entity)
    return frozenset(other - bare)


def glued_holder(ctx: QuoteContext, noun: Token) -> MentionDraft | None:
    """'In a letter, Norway's envoy to Ostland Pierre-Louis Armand wrote': with no comma, the parser
    reads the holder's name as the object of the office's 'to' or 'of', the place glued to it. An office
    noun whose 'to'/'of' object is a person's name right after a place's or a body's name is that
    person (not 'an adviser to Ana Ruiz': nothing stands before the name)."""
    if not is_office(noun.lower_):
        return None
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"to", "of"}:
            continue
        for obj in prep.children:
            person = ctx.mention_of_token.get(obj.i)
            if obj.dep_ != "pobj" or person is None or ctx.entities[person.entity].type != "PERSON":
                continue
            first = next(t for t in obj.subtree if t.idx >= person.start)
            k = first.i - 1
            while k > prep.i and ctx.doc[k].lower_.rstrip(".") in titles()[1]:
                k -= 1  # a title between: '... Committee Representative Ana Ruiz'
            place = ctx.mention_of_token.get(k) if k > prep.i else None
            if place is not None and ctx.entities[place.entity].type in {"GPE", "LOC", "ORG"}:
                return person  # (or a body: 'Chair of the Senate Finance Committee Ana Ruiz said')
    return None


def demonym_country(ctx: QuoteContext, noun: Token) -> int | None:
    """'The Chilean government said', 'the Dorvani army said': an institution (curated
    ``institution_nouns``) qualified by an adjective of nationality speaks for that country, when
    the article names the country (``demonyms.countries_of_demonyms``); else None."""
    if noun.lemma_.lower() not in curated.cue_words("institution_nouns"):
        return None
    for child in noun.children:
        m = ctx.mention_of_token.get(child.i)
        if child.dep_ in {"amod", "compound"} and m is not None and ctx.entities[m.entity].type == "NORP":
            return _demonym_countries(ctx).get(m.entity)
    return None


def _demonym_countries(ctx: QuoteContext) -> dict[int, int]:
    if ctx.country_of is None:
        ctx.country_of = countries_of_demonyms(ctx.entities, curated.event_lexicon().demonyms)
    return ctx.country_of


def _bare_government(noun: Token) -> bool:
    """'the government' with nothing saying whose: no 'of', possessor, adjective or apposition."""
    return noun.lemma_.lower() in curated.cue_words("government_nouns") and not any(
        c.dep_ in {"amod", "compound", "poss", "prep", "nmod", "appos"} for c in noun.children) \
        and [c.lower_ for c in noun.children if c.dep_ == "det"] == ["the"]


def home_government(ctx: QuoteContext, noun: Token) -> int | None:
    """'The government said' with nothing saying whose (no 'of', possessor or adjective): the one
    country the article is about (:mod:`...home_country`); None in a story about several."""
    if not _bare_government(noun):
        return None
    if ctx.home is None:  # once per article
        home = article_country(ctx.entities, ctx.mentions, _demonym_countries(ctx), capital_speakers(ctx.entities))
        ctx.home = [] if home is None else [home]
    return ctx.home[0] if ctx.home else None


def portfolio_words(tok: Token) -> list[str]:
    """The lower-case words that narrow an office ('health' in 'the health minister', 'foreign' in
    'the foreign minister'); not a country's word nor a qualifier such as 'former'."""
    qualifiers = curated.cue_words("title_qualifiers")
    return [c.lower_ for c in tok.lefts if c.dep_ in {"amod", "compound"} and c.is_alpha
            and not c.text[:1].isupper() and c.lower_ not in qualifiers]


def bears_word(ctx: QuoteContext, entity: int, word: str) -> bool:
    """Whether the article writes ``word`` in the person's titles, description, or just before one
    of their names ('Health Minister Ann Lind' bears 'health')."""
    ent = ctx.entities[entity]
    pattern = re.compile(rf"\b{re.escape(word)}\b")
    return word in ent.titles or bool(pattern.search((ent.description or "").lower())) or any(
        m.entity == entity and pattern.search(_title_before(ctx.text, m.start)) for m in ctx.mentions)


def portfolio_holders(ctx: QuoteContext, office: str) -> frozenset[int]:
    """The people the article writes with a portfolio of their own before the office ('Civil
    Aviation Minister X' for 'minister'): 'the health minister', which none of them bears, is
    someone else. A people's or a country's name there is no portfolio ('Indian Minister X')."""
    places = {f.lower() for e in ctx.entities if e.type in {"NORP", "GPE"} for f in (e.name, *e.surface_forms)}
    qualifiers = curated.cue_words("title_qualifiers") | {"the", "a", "an", "then", "former", "new"}
    found = set()
    for m in ctx.mentions:
        words = _title_before(ctx.text, m.start).split()
        if office in words and any(w not in qualifiers and w not in places for w in words[: words.index(office)]):
            found.add(m.entity)
    return frozenset(found)


def _title_before(text: str, start: int) -> str:
    """The words written right before a name, back to the clause's last break ('Finance Minister'
    in 'Defence Minister A and Finance Minister B'), lower case."""
    return re.split(r"[,.;:()\n\u2014]| and ", text[max(0, start - 40) : start].lower())[-1]



def government_named_before(ctx: QuoteContext, noun: Token) -> int | None:
    """'The Government of Chile said ... The government highlighted ...': a bare 'the government'
    goes on with the country whose government the article named last, in its sentence or the
    three before, outside quotations ('the government of X', "X's government", 'the X
    government'); None when none was named so close."""
    if not _bare_government(noun):
        return None
    si = ctx.sent_of[noun.i]
    for tok in reversed(ctx.doc[ctx.sents[max(0, si - 3)].start : noun.i]):
        if tok.lemma_.lower() not in curated.cue_words("government_nouns") or ctx.in_quote[tok.i]:
            continue
        owners = [*(c for c in tok.children if c.dep_ in {"poss", "compound", "nmod"}),
                  *(p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj")]
        for owner in owners:
            m = ctx.mention_of_token.get(owner.i)
            if m is not None and ctx.entities[m.entity].type == "GPE":
                return m.entity
    return None


def office_holder_just_named(ctx: QuoteContext, tok: Token, other_office: frozenset[int]) -> MentionDraft | None:
    """'Foreign Minister Ann Lind said ... “…,” the head of Ruritania's diplomacy explained': a
    definite office the article words differently from the person's title stands for the one
    titled person named in this sentence or the one before, when that person is the subject of a
    speech verb there and nobody else titled is named in between."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        # 'the head of Ruritania's diplomacy' names the country's office; 'the head of the army'
        # is another office, whoever was named just before.
        if not any(p.dep_ == "pobj" and any(g.dep_ == "poss" for g in p.children) for p in prep.children):
            return None
    si = ctx.sent_of[tok.i]
    back = 1
    while si - back > 0 and all(ctx.in_quote[t.i] or t.is_punct or t.is_space for t in ctx.sents[si - back]):
        back += 1  # the quotation the parser cut off as a sentence of its own is no sentence before
    first = ctx.sents[max(0, si - back)].start_char
    near = [m for m in ctx.earlier(tok.idx, "PERSON") if m.start >= first and not ctx.in_quote[ctx.tokens(m.start, m.end).root.i]]
    people = {m.entity for m in near}
    if len(people) != 1:
        return None
    m = near[-1]
    ent = ctx.entities[m.entity]
    root = ctx.tokens(m.start, m.end).root
    if m.entity in other_office or not ent.titles or root.dep_ != "nsubj" or root.head.lemma_.lower() not in curated.cue_words("verbs"):
        return None
    return m


_INTRODUCED_WITHIN = 8  # sentences back that an unnamed source introduced with 'a' is still 'the' one


def unnamed_introduced(ctx: QuoteContext, tok: Token) -> bool:
    """'A senior European diplomat, who spoke on condition of anonymity, said ...' ... '“…,” the
    diplomat said': the nearest earlier use of the same singular noun, outside quotation marks,
    introduces an unnamed source with 'a', 'one' or 'another' (:func:`.context.is_indefinite`) as
    a subject and names nobody (no apposition, no name in its phrase), so the definite noun is that
    source, not a person named before who carries the title (a minister who is also a diplomat)."""
    if tok.tag_ != "NN":
        return False
    lemma = tok.lemma_.lower()
    first = ctx.sents[max(0, ctx.sent_of[tok.i] - _INTRODUCED_WITHIN)].start
    for t in reversed(tok.doc[first : tok.i]):
        if t.lemma_.lower() != lemma or t.pos_ != "NOUN" or ctx.in_quote[t.i]:
            continue
        if t.tag_ != "NN" or t.dep_ not in SUBJECT_DEPS or not is_indefinite(t) \
                or not any(c.dep_ in {"det", "nummod"} for c in t.children):  # ('a', 'one', 'another' diplomat)
            return False
        return not any(c.dep_ == "appos" for c in t.children) and not any(s.i in ctx.mention_of_token for s in t.subtree
                                                                            if s.ent_type_ == "PERSON")
    return False
