"""Models of the curated knowledge files in ``data/curated/``.

Curated knowledge is data, not code: contributors extend these files, and the build validates
them against these models before using them.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)
from structnews.schema.entities import EntityType
from structnews.schema.events import EventType

NonEmpty = Annotated[str, StringConstraints(min_length=1)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class BoilerplatePattern(_Strict):
    """A regular expression for a line (or block) of page clutter."""

    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9_]+$")] = Field(description="Short unique name.")
    pattern: NonEmpty = Field(description="Python regular expression, matched against a whole stripped line (fullmatch, case-insensitive).")
    action: Literal["drop_line", "drop_rest", "drop_count", "drop_box"] = Field(
        description="drop_line: drop the matching line. drop_rest: drop it and everything after it (footers). "
        "drop_count: drop it and the next N lines, N = the 'count' named group minus the 'index' named group plus 1 "
        "('Card 1 of 5'). drop_box: drop it and, if a run of lines matching item_pattern starts within the next "
        "`lookahead` lines, everything up to the end of that run (related-coverage boxes)."
    )
    case_sensitive: bool = Field(default=False, description="Match case-sensitively (for patterns that rely on capitals).")
    position: Literal["any", "last", "byline", "tail"] = Field(default="any", description="'last': only the article's last kept line may match. 'byline': only a line between the first line (the headline) and the first line that reads as prose (a sentence of several words), where bylines, datelines and dates stand. 'tail': only a line after the last line that reads as prose, where topic tags, signatures and outlet names stand.")
    item_pattern: str | None = Field(default=None, description="For drop_box: a regular expression for the box's items.")
    lookahead: int = Field(default=2, ge=0, le=5, description="For drop_box: lines allowed between the header and its items.")
    description: NonEmpty = Field(description="What clutter this is and why it is safe to drop.")

    @field_validator("pattern", "item_pattern")
    @classmethod
    def _compiles(cls, value: str | None) -> str | None:
        if value is None:
            return value
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"is not a valid regular expression: {exc}") from exc
        return value


class Boilerplate(_Strict):
    version: int = Field(ge=1, description="Bumped on every change (it is part of the pipeline version).")
    patterns: list[BoilerplatePattern]


class GazetteerEntry(_Strict):
    """An entity whose name, aliases or type cannot be inferred from text alone."""

    name: NonEmpty = Field(description="Canonical name.")
    type: EntityType
    aliases: list[NonEmpty] = Field(default_factory=list, description="Other names and spellings ('Kiev' for 'Kyiv').")
    description: str | None = None
    wikidata_id: Annotated[str, StringConstraints(pattern=r"^Q[1-9][0-9]*$")] | None = Field(
        default=None, description="Only an id you are certain of; else leave it out."
    )
    capital_of: str | None = Field(
        default=None, description="For a capital: the name of the country entry it stands for when it speaks or acts ('Beijing said' = China)."
    )
    part_of: str | None = Field(
        default=None, description="For a state, province, region or city that is no country: the name of the country entry it lies in. Such a place never acts as a state nor is a story's country; a state's organ in it ('police in Bristol') is that country's."
    )


class Gazetteer(_Strict):
    version: int = Field(ge=1)
    entities: list[GazetteerEntry]
    @model_validator(mode="after")
    def _capitals_name_countries(self) -> "Gazetteer":
        names = {e.name for e in self.entities}
        for e in self.entities:
            if e.capital_of is not None and e.capital_of not in names:
                raise ValueError(f"{e.name}: capital_of names '{e.capital_of}', which is not an entry of the gazetteer")
            if e.part_of is not None and e.part_of not in names:
                raise ValueError(f"{e.name}: part_of names '{e.part_of}', which is not an entry of the gazetteer")
        return self

    state_long_forms: list[NonEmpty] = Field(default_factory=list, description="Openings of a state's official long name whose rest, written alone, is the same state in one article ('Republic of' in 'Republic of Ruritania'); not 'Democratic Republic of' (the Congo is two states).")
    alias_markers: list[NonEmpty] = Field(default_factory=list, description="Phrases after an entity's name, set off by a comma or bracket, that introduce another name of the same entity ('formerly known as', 'whose full name is', 'née'); matched case-insensitively.")
    place_generics: list[NonEmpty] = Field(default_factory=list, description="Words that can follow a place's name without making it another place ('Strip' in 'Gaza Strip'); not 'City' (Gaza City is not Gaza).")
    campus_heads: list[NonEmpty] = Field(default_factory=list, description="First words of a body's name that a campus may follow after a comma or 'at' ('University of California, Berkeley', 'University of Texas at Austin'): the campus is part of the name, not a place beside it.")
    organisation_endings: list[NonEmpty] = Field(default_factory=list, description="Last words of a body's name that no person's name ends with ('National Assembly', 'Ruritanian Navy'): a run of capitalised words after a possessive that the model left untagged ('Nigeria’s National Assembly') is an organisation when it ends in one (or in a type_suffixes or name_generics word), a person otherwise ('Nigeria’s Ada Obi').")
    name_generics: dict[NonEmpty, EntityType | None] = Field(default_factory=dict, description="Words that end a longer name whose distinctive part, written alone, is the same entity in one article, each with the type a name ending in it has (null: no type implied, 'Village' is a town or a neighbourhood): a town's or a body's suffix ('Township': GPE in 'Springfield Township'), a company's legal or group suffix ('Group', 'Inc.': ORG), a building's kind ('Palace': FAC). Not 'City' (Gaza City is not Gaza).")
    name_prefixes: dict[NonEmpty, EntityType] = Field(default_factory=dict, description="Words that start a longer name whose rest, written alone, is the same entity in one article, each with the type such a name has: a storm's kind ('Hurricane Ostra', 'Tropical Storm Ostra' and 'Ostra' are one EVENT). Not 'Lake' or 'Fort' (Lake Victoria is not Victoria).")
    type_suffixes: dict[NonEmpty, EntityType] = Field(default_factory=dict, description="Last words of a name of several words that give its type and nothing else: unlike name_generics, the rest of the name alone is another entity ('Chicago Marathon': EVENT, yet 'Chicago' is the city; 'Coast Guard': ORG). Not words that end people's names ('Lake', 'Ocean').")
    place_participles: list[NonEmpty] = Field(default_factory=list, description="Lower-case participles that make the one-word name hyphenated before them a place ('Heidelberg-based', 'Lagos-born'): the name is a GPE whatever the model says.")
    kind_nouns: dict[NonEmpty, EntityType] = Field(default_factory=dict, description="Lower-case nouns that say what kind of entity a name is when they stand right before it ('the film X', 'the band X', 'singer X'; with 'of' for places: 'the town of X') or head its appositive ('X, a town in ...', 'X, the company's chief executive'), each with that type.")
    posting_verbs: list[NonEmpty] = Field(default_factory=list, description="Verbs (lemmas) after which 'on X' names the medium, an organisation: a site, a network, a broadcaster ('posted on X', 'wrote on X', 'said on X'). Not 'appear' (a show is a work).")
    counted_words: list[NonEmpty] = Field(default_factory=list, description="Capitalised words that a number follows without making a name with it: a scale, a rank or a part ('Category 5', 'Level 1', 'Magnitude 6.3', 'Chapter 3'), unlike 'Falcon 9' or 'Boeing 737', whose number is part of the name.")
    currency_units: list[NonEmpty] = Field(default_factory=list, description="Lower-case words for a currency, singular and plural ('euro', 'euros', 'reais'): a verb's object they head is a sum of money, so a noun phrase before its number is the verb's first object ('fined Corvane 1.2 billion euros': Corvane is fined). Not 'cent' or 'point', which measure changes as often as sums.")
    kind_head_nouns: dict[NonEmpty, EntityType] = Field(default_factory=dict, description="Lower-case nouns that, right after a name they take as modifier, say what kind of entity the name is ('the X chain': ORG, 'the X lake': LOC). Only nouns whose modifier is the thing itself: not 'company', 'film' or 'rocket', whose modifier is as often a place or a maker ('the Seattle company', 'the SpaceX rocket').")
    place_prepositions: list[NonEmpty] = Field(default_factory=list, description="Prepositions of location: a name the model calls a person or a people that is their object (or a conjunct of it) at every mention, with no title, is a place ('in X', 'near X and Y'). Not 'at', 'to' or 'from', which take people as often ('a letter to X').")
    place_of_nouns: list[NonEmpty] = Field(default_factory=list, description="Lower-case nouns after which 'of X' (or before which 'X's') names a place: directions and distances ('north of X', 'the outskirts of X'), a place's officers and people ('the mayor of X', 'X's mayor'). Not 'president' or 'governor', who head organisations and states alike ('the president of Vestmark Bank').")
    medium_in_verbs: list[NonEmpty] = Field(default_factory=list, description="Verbs after which 'in X' names where something is written or invested, not a place ('published in Science Advances', 'invested in Vestmark'): such a mention is no evidence that an organisation's name is a town's.")
    place_to_verbs: list[NonEmpty] = Field(default_factory=list, description="Verbs of movement after which 'to X' names a place ('troops were sent to X', 'flew to X'), unlike 'spoke to X' or 'wrote to X'.")
    weak_place_prepositions: list[NonEmpty] = Field(default_factory=list, description="Prepositions whose object is a place more often than a person, but not always ('at X', 'from X'): half the weight of a place preposition in the article's evidence for a name the model called a person.")
    resident_nouns: list[NonEmpty] = Field(default_factory=list, description="Lower-case nouns of people of which a one-word name that modifies them says where they live or come from, a place ('a 36-year-old X man', 'the X residents'). Not 'worker' or 'employee', whose modifier is as often a firm.")


class CueLexicon(_Strict):
    """Speech verbs and phrases that attribute quotes."""

    version: int = Field(ge=1)
    verbs: list[NonEmpty] = Field(description="Lemmas of verbs that introduce speech ('say', 'warn').")
    phrases: list[NonEmpty] = Field(description="Multi-word cues matched as written ('according to').")
    titles: list[NonEmpty] = Field(description="Honorifics and titles stripped from names ('Mr.', 'President').")
    person_nouns: list[NonEmpty] = Field(description="Nouns that describe a person as a source ('official', 'spokesman').")
    prefix_affixes: list[NonEmpty] = Field(default_factory=list, description="Those of ``name_affixes`` that only come before a name ('post-Cold War', 'un-American'): after a name they are a syllable of it ('Kim Jong-un').")
    name_affixes: list[NonEmpty] = Field(default_factory=list, description="Lower-case words joined to a name by a hyphen that are not part of it ('post' in 'post-Cold War', 'era' in 'Cold War-era', 'based' in 'UK-based'); before a person's name also when capitalised ('Pro-Okafor demonstrators'), not before another kind of name ('Anti-Slavery International').")
    non_entities: list[NonEmpty] = Field(default_factory=list, description="Capitalised words the NER model tends to tag alone that are not entities ('State' in 'Secretary of State').")
    profession_endings: list[NonEmpty] = Field(default_factory=list, description="Endings of one-word nouns of a profession or a field's practitioners, which the NER model tags as a people or an organisation when they open a sentence ('-ologists' in 'Seismologists', 'Egyptologists'); such a word alone is no entity.")
    portfolio_words: list[NonEmpty] = Field(default_factory=list, description="Last words of a minister's portfolio, which the NER model tags as an organisation inside a title ('European Affairs' in 'European Affairs Minister X', 'National Security' in 'National Security Advisor X'): such a span before a title word, or after '<title> for/of', is no entity.")
    dateline_non_places: list[NonEmpty] = Field(default_factory=list, description="Capitalised words that open a paragraph before a dash like a dateline's place but name none ('UPDATE', 'EXCLUSIVE', 'BREAKING'): no place is read from them.")
    name_glued_verbs: list[NonEmpty] = Field(default_factory=list, description="Lower-case speech-verb forms the NER model glues to a name: stripped from a name's start when it opens a sentence and a colon or quotation follows the name ('Said Lind: ...'), and, for forms ending in 's', from its end ('Lind Says ...').")
    programme_nouns: list[NonEmpty] = Field(default_factory=list, description="Lemmas of nouns for a programme, column or clip ('show', 'podcast'): a title-case quotation next to one is its title, not a quote.")
    name_suffixes: list[NonEmpty] = Field(description="Generational suffixes left out of a person's name key, lower-case without the dot ('jr', 'iii').")
    post_nominals: list[NonEmpty] = Field(default_factory=list, description="Letters written after a person's name for an office, rank or honour ('KC', 'MP', 'OBE'), as written: no part of the name.")
    title_modifiers: list[NonEmpty] = Field(description="Lower-case words that extend a title before a name and are kept with it ('foreign' in 'Foreign Minister').")
    title_qualifiers: list[NonEmpty] = Field(default_factory=list, description="Lower-case words written before a title or hyphenated after it that make it another office ('vice', 'former', 'elect' in 'President-elect'): a bare 'the president' does not refer to a person titled only that way.")
    name_honorifics: list[NonEmpty] = Field(default_factory=list, description="Honorifics written as part of a person's name ('Seyed', 'Haji') that the person's name key leaves out, so that the name with and without them is one person.")
    descriptor_nouns: list[NonEmpty] = Field(default_factory=list, description="Lower-case nouns that, closing a name's span, say what the thing is and are no part of its name ('news agency' in 'the X news agency', 'hospital', 'website', 'party' in 'the Green Dawn party'); a name the article also writes capitalised with the word ('the Green Dawn Party') keeps it (see extend_lower_generic).")
    legislature_words: list[NonEmpty] = Field(default_factory=list, description="A legislature's bare head, written capitalised ('Parliament', 'Senate'): alone, with no capitalised word on either side, it is an organisation the model often leaves untagged ('judges gave Parliament a week'). Where `non_entities` also lists the word, the model's own one-word tag of it stays dropped (the model tags it alone mostly inside a title or a longer name); this list reads only the untagged word, alone, not after '<Capitalised> of' ('Member of Parliament').")
    government_nouns: list[NonEmpty] = Field(default_factory=list, description="Words for a state's government that, with a place, make no name of their own ('the Government of Ruritania', 'the Ruritania Govt'): the span is the place, as in 'the Ruritanian government'. Matched in any case; a body with a name of its own ('Government of National Accord') names no place and is kept.")
    non_entity_endings: list[NonEmpty] = Field(default_factory=list, description="Last words of capitalised phrases of two words or more that name no entity of any type: diseases and syndromes ('Syndrome'), time zones ('Standard Time').")
    speech_nouns: list[NonEmpty] = Field(description="Lemmas of nouns naming a speech act that a quoted fragment completes ('threat', 'demand').")
    indirect_verbs: list[NonEmpty] = Field(description="Lemmas of verbs whose 'that' clause is an indirect quote ('say', 'warn'); narrower than `verbs`. A phrasal verb is written with its particle ('point out').")
    infinitive_verbs: list[NonEmpty] = Field(default_factory=list, description="Lemmas of verbs whose 'to' infinitive is an indirect quote: promises and refusals ('vow to', 'refuse to'), requests ('urge X to'), intentions ('plan to').")
    reporter_acts: list[NonEmpty] = Field(default_factory=list, description="Lemmas of speech acts whose doer is the reporter far more often than the people a reported clause is about: 'said troops had fired mortars and accused Y' is the reporter's accusation (coordination_mends).")
    appearance_verbs: list[NonEmpty] = Field(default_factory=list, description="Lemmas of verbs of appearance whose 'to' infinitive is an indirect quote when their subject names a person or body ('she appeared to blame the staff'), not otherwise ('the storm seems to weaken').")
    attitude_adjectives: list[NonEmpty] = Field(default_factory=list, description="Lower-case adjectives of attitude, knowledge or intention whose clause, infinitive or prepositional object after a copula is an indirect quote of the subject ('she is confident that ...', 'he was critical of the plan').")
    object_verbs: list[NonEmpty] = Field(default_factory=list, description="Lemmas of speech-act verbs whose direct object is what the source said or holds ('denied the report', 'criticized the plan').")
    indirect_nouns: list[NonEmpty] = Field(default_factory=list, description="Lemmas of nouns naming what a source said, holds or intends, whose clause, infinitive or 'of'/'about' object is an indirect quote when the noun names the source ('his claim that ...', 'the minister's decision to ...').")
    stance_verbs: list[NonEmpty] = Field(default_factory=list, description="Lemmas of verbs of stance and evaluation whose direct object, a person too, is what the source holds a view on ('backed the plan', 'endorsed the senator', 'attacked the ruling').")
    naming_verbs: list[NonEmpty] = Field(default_factory=list, description="Lemmas of verbs of naming whose object with its predicate is an indirect quote ('called the plan a disaster'); without a predicate ('called the meeting') there is none.")
    attitude_nouns: list[NonEmpty] = Field(default_factory=list, description="Lemmas of nouns of an attitude towards a matter ('concern', 'misgiving', 'disdain'): as the object of a speech act, the matter after 'about', 'over', 'for', 'of' is the content ('expressed concern about the policy': the policy).")
    focus_adverbs: list[NonEmpty] = Field(default_factory=list, description="Adverbs of focus that open an elaboration of an indirect quote's object after a comma ('criticized the port authority, especially its handling of the storms'): such an appositive belongs to the content, unlike a description the writer adds ('..., the harbour's director').")
    view_nouns: list[NonEmpty] = Field(default_factory=list, description="Lemmas of nouns of a point of view: after 'in', with a possessor or 'of X' ('in the minister's view', 'in the words of X'), they attribute the rest of the sentence to that source, as 'according to' does.")
    occasion_nouns: list[NonEmpty] = Field(default_factory=list, description="Lemmas of nouns for the occasion of a speech act ('interview', 'debate', 'speech'): a phrase after a cue's object naming one ('denied the report in an interview'), or a date or time, tells when or where it was said and is not part of the content; document nouns count too ('in a ruling').")
    party_members: dict[NonEmpty, list[NonEmpty]] = Field(default_factory=dict, description="A party member noun as written ('Republican') and the words that mark a person as one where they are named ('Republican', 'GOP'; a single capital letter only as the label in '(R-Ky.)'): 'the Kentucky Republican said' is that member.")
    party_roles: list[NonEmpty] = Field(default_factory=list, description="Role nouns a party word may qualify ('the Republican nominee', 'the Democratic front-runner'): the one person the article introduced with that party, like 'the Kentucky Republican' (offices such as 'senator' count without being listed).")
    phrasal_cues: list[NonEmpty] = Field(default_factory=list, description="A verb lemma and its particle that together report words, though the verb alone does not ('shoot back': '\"No,\" X shot back').")
    prepositional_cues: list[NonEmpty] = Field(default_factory=list, description="A verb's lemma and a preposition, space-separated, whose object is what the source said or holds ('call for', 'warn of').")
    document_nouns: list[NonEmpty] = Field(default_factory=list, description="Lemmas of nouns for texts that speak for whoever issued them ('statement', 'readout', 'ad'): the issuer named with 'from', 'by', a possessive or a name before the noun is the speaker.")
    institution_nouns: list[NonEmpty] = Field(default_factory=list, description="Lemmas of nouns for a body's parts that speak for it ('military', 'ministry', 'campaign'): with a possessive or a name before it, that body is the speaker.")
    relay_verbs: list[NonEmpty] = Field(default_factory=list, description="Lemmas of verbs by which a medium relays someone's words ('Reuters quoted X as saying', 'the paper cited X as saying'): the person quoted, the object of the verb, is the speaker, not the relay.")
    representative_nouns: list[NonEmpty] = Field(default_factory=list, description="Lemmas of nouns for a person who speaks for a body without being named ('a company spokesman', 'a White House official', 'a spokesperson for the ministry'): the body named in the phrase is not the speaker; the source stays unnamed unless the article names that person.")
    relation_nouns: list[NonEmpty] = Field(default_factory=list, description="Lemmas of nouns for a person known by their tie to someone else ('critic', 'lawyer', 'wife'): with a possessive person ('Lind's critics said'), or with a representative noun ('Lind's spokesman said'), the owner is not the speaker; the source stays unnamed unless the article names that person.")
    group_nouns: dict[NonEmpty, list[NonEmpty]] = Field(default_factory=dict, description="Lemmas of plural nouns for the parties of a joint statement and the entity types they may stand for ('country': [GPE]): 'the two countries said' after 'A and B, in a joint statement,' is that pair.")
    country_nouns: list[NonEmpty] = Field(default_factory=list, description="Lemmas of nouns for a country ('country', 'nation', 'kingdom'): 'the small coastal country alleged' is the country that acted last, as a subject or a possessor, in its sentence or the two before.")
    organisation_kinds: dict[NonEmpty, list[NonEmpty]] = Field(default_factory=dict, description="A bare noun for a kind of organisation and the last words of the names of bodies of that kind (lower case): 'the agency' can be the 'X Regulatory Authority' or the 'Y Administration' named before, as 'the commission' is the 'Z Commission'.")
    organisation_nouns: list[NonEmpty] = Field(default_factory=list, description="Lemmas of nouns for an organisation of any kind ('company', 'group', 'charity'): 'the company said' is the organisation introduced with that noun, else the one last named as the subject of a speech or report verb.")
    headline_noun_plurals: list[NonEmpty] = Field(default_factory=list, description="Lower-case '-s' words a headline uses as plural nouns far more often than as verbs ('talks', 'cuts'): after a party's name and before another noun ('Dutch coalition talks collapse') they are never read as the verb the parser missed (extract/headline_verbs.py).")
    rebuttal_verbs: list[NonEmpty] = Field(default_factory=list, description="Lemmas of verbs that answer an accusation in a clause appended to the sentence reporting it, after a noun for the accusation ('..., a charge Tehran denies', '..., an allegation Kigali rejects'): the model's parse of that clause is mended into a relative clause on the noun (extract/denial_mends.py).")
    backward_openers: list[NonEmpty] = Field(default_factory=list, description="Lower-case words opening a paragraph's first sentence that points back at the quote before it ('So said X.', 'That was the message from X.').")
    said_nouns: list[NonEmpty] = Field(default_factory=list, description="Lemmas of nouns for what was said, in a backward-pointing sentence ('the message from X', 'the words of X').")
    anonymity_phrases: list[NonEmpty] = Field(default_factory=list, description="Lower-case phrases by which an unnamed source's anonymity is explained ('asking not to be named', 'spoke on condition of anonymity to discuss ...'): a speech verb or reported words inside one report nothing.")
    discourse_phrases: list[NonEmpty] = Field(default_factory=list, description="Lower-case fixed phrases holding a speech verb ('that said', 'needless to say'): opening a clause before a comma, they attribute no quotation.")
    document_makers: dict[NonEmpty, list[NonEmpty]] = Field(default_factory=dict, description="A document noun and the lemmas of the verbs that make one ('statement': [state]): 'The statement said' after 'The ministry stated: ...' is the ministry's, the subject of the latest such verb in the sentences before.")
    body_documents: list[NonEmpty] = Field(default_factory=list, description="Lemmas of nouns for texts a body issues ('statement', 'ruling', 'advisory', 'warning'): 'the statement said' with no issuer in its phrase speaks for the organisation last named before it; also the subjects of a document 'read' the parser missed.")
    hearer_verbs: list[NonEmpty] = Field(default_factory=list, description="Lemmas of speech verbs whose object is whom the words were said to ('told the court', 'urged people to'): such an object is no content of the verb's own, so a sentence right after a quotation with this verb still attributes it.")
    recap_verbs: list[NonEmpty] = Field(default_factory=list, description="Verbs that, besides the speech cues and as_verbs, look back at the quote before in 'That is how X put it': X is its speaker.")
    label_verbs: list[NonEmpty] = Field(default_factory=list, description="Lemmas of verbs that give their object a quoted label with no 'as' ('branded the budget \"a fraud\"', 'deemed the vote \"a sham\"'): the subject (or a passive's agent) is the label's speaker. 'call' is a speech verb and needs no entry.")
    as_verbs: list[NonEmpty] = Field(default_factory=list, description="Lemmas of verbs that say how their subject put something when a quoted phrase follows their 'as' ('referred to the vote as \"a farce\"', 'described by X as \"hectic\"'): the subject (or a passive's agent) is the phrase's speaker.")
    caption_credits: list[NonEmpty] = Field(default_factory=list, description="Photo agencies and credit words that close a scraped image caption in parentheses ('(AP)', '(Reuters: Ann Lind)', '(Getty Images)'): a line so closed, or opening 'A file photo shows', is a caption, which no 'he' or 'she' of the story goes on from.")
    receiver_participles: list[NonEmpty] = Field(default_factory=list, description="Lemmas of participles whose agent received, saw or obtained a document rather than issued it ('a report seen by the newspaper', 'a letter obtained by the agency'): that agent is not the document's speaker, as the agent of 'signed by' or 'written by' is.")
    document_verbs: list[NonEmpty] = Field(default_factory=list, description="Lemmas of verbs that introduce a document's words only when a document noun is their subject ('the statement read: ...').")
    sign_nouns: list[NonEmpty] = Field(default_factory=list, description="Lemmas of nouns for words carried or put up in public ('banner', 'placard', 'sign'): as the subject of a document verb they introduce a quotation ('banners that read “…”', 'a placard reading “…”') whose speaker is whoever carried them, unnamed unless the text names them.")
    expression_verbs: list[NonEmpty] = Field(default_factory=list, description="Verbs by which a subject puts words out ('lodged its “strongest protest”', 'voiced “deep concern”'): a quoted fragment in their phrase inside an unnamed source's report ('X lodged its “…”, officials said') is the subject's words; under any other verb ('an official said Washington was preparing for “every contingency”') the fragment is the source's.")
    receiving_verbs: list[NonEmpty] = Field(default_factory=list, description="Verbs whose subject receives or undergoes what their object names ('received a “final warning”', 'faced “harsh criticism”'): a quoted fragment in their phrase is not the subject's words.")
    verdict_verbs: list[NonEmpty] = Field(default_factory=list, description="Verbs of verdict ('reject', 'hail', 'congratulate') that are a quotation's cue only when the quotation is in their object ('hailed a “new chapter”'), not in a clause under them.")
    non_speech_objects: dict[NonEmpty, list[NonEmpty]] = Field(default_factory=dict, description="A speech verb and the direct objects that give it another sense, lower-case lemmas: 'recalled its envoy' is no recollection spoken ('recall': [ambassador, envoy, ...]).")
    gendered_titles: dict[Literal["masculine", "feminine"], list[NonEmpty]] = Field(default_factory=dict, description="Lower-case titles and honorifics that say a person's gender ('masculine': [mr, king, ...], 'feminine': [mrs, ms, queen, ...]): 'she said' does not go on with a person titled 'Mr'.")
    topic_role_nouns: list[NonEmpty] = Field(default_factory=list, description="Lower-case nouns of what a person in the story is, neither an office nor an unnamed source ('midfielder', 'billionaire'): 'the midfielder said' is the person the sentence before is about, when no one else is described so.")
    gendered_nouns: dict[Literal["masculine", "feminine"], list[NonEmpty]] = Field(default_factory=dict, description="Lower-case nouns of kin or role that say a person's gender when a name is in apposition to them ('her father, Luis X', 'X, his wife,'): 'he said' does not go on with the woman so described.")
    title_abbreviations: dict[NonEmpty, NonEmpty] = Field(default_factory=dict, description="A lower-case title abbreviation (no full stop) and the title it stands for: 'Gov. X' is titled 'governor', so 'the governor' finds X ('gov': governor).")
    role_titles: dict[NonEmpty, list[NonEmpty]] = Field(default_factory=dict, description="A role noun and the lower-case titles it covers: 'the Ruritanian leader' is the person the article titled 'president' or 'prime minister' ('leader': [president, prime minister, ...]).")
    publication_nouns: list[NonEmpty] = Field(default_factory=list, description="Lemmas of nouns for a news publication ('newspaper', 'daily', 'broadcaster'): 'the newspaper said' is the organisation last named as the subject of a speech or report verb.")
    continuation_verbs: list[NonEmpty] = Field(default_factory=list, description="Lemmas of speech verbs that go on from the quote before ('add', 'continue'): 'the professor added' right after a named person's quote is that person when the description matches nobody else.")
    likeness_markers: list[NonEmpty] = Field(default_factory=list, description="Lower-case likeness phrases ('sounds like', 'looks like'): a quoted sentence right after one with no speaker is a hypothetical wording, not anybody's words.")
    adjacent_only_verbs: list[NonEmpty] = Field(default_factory=list, description="Lemmas of speech verbs ('continue') that attribute a quotation only when nothing but punctuation and their own subject stands between them and it ('She continued, \"…\"'), not in 'as the talks continued'.")
    term_markers: list[NonEmpty] = Field(default_factory=list, description="Lower-case naming phrases ('known as', 'goes by', 'nicknamed', 'so-called'): a short quotation right after one is a name or a term that is mentioned, not anybody's reported words.")
    case_name_separators: list[NonEmpty] = Field(default_factory=list, description="Words that join the two parties of a court case's name, lower-case as written ('v.', 'vs.', 'versus'): a quotation that is two capitalised names joined by one is the case's name, not anyone's words.")


class EventTrigger(_Strict):
    """One word that can express an event, with the conditions under which it does.

    Most trigger words are ambiguous ("call" a friend vs "call for" calm vs "call it a mistake");
    the optional conditions let the lexicon say which reading it means without code.
    """

    lemma: NonEmpty = Field(description="Lemma of the trigger word (verb or noun).")
    pos: Literal["VERB", "NOUN"] = Field(description="Part of speech the lemma must have.")
    type: EventType
    mode: str | None = None
    requires: list[NonEmpty] = Field(default_factory=list, description="Lemmas one of which must be a child or in the sentence window (e.g. 'troop' for 'mass').")
    particles: list[NonEmpty] = Field(default_factory=list, description="Lemmas one of which must be a particle or preposition child ('call' + 'for'/'on', 'build' + 'up').")
    objects: list[NonEmpty] = Field(default_factory=list, description="Lemmas one of which must be the direct object ('cut' + 'tie').")
    heads: list[NonEmpty] = Field(default_factory=list, description="For nouns: lemmas one of which must be the governing verb ('sanction' under 'impose').")
    forbid_objects: list[NonEmpty] = Field(default_factory=list, description="For verbs: lemmas none of which may be the direct object, also inside a container noun ('agreed a package of sanctions' is the sanction, not an agreement; 'agreed to lift sanctions' still agrees).")
    forbids: list[NonEmpty] = Field(default_factory=list, description="Lemmas none of which may be a child or in the trigger's phrase ('joint' rules out a single country's exercises, which the codebook counts as MOBILIZE; joint ones are COOPERATE).")
    forbid_deps: list[NonEmpty] = Field(default_factory=list, description="Dependency labels of children that rule this reading out ('oprd' for 'call it a mistake').")
    needs_recipient: bool = Field(default=False, description="Keep the event only if a recipient entity was found ('call' someone).")
    min_participants: int = Field(default=1, ge=1, le=2, description="Distinct participant entities (actors and recipients) the event needs.")
    symmetric: bool = Field(default=False, description="Participants are interchangeable ('A and B met'; 'talks between A and B').")
    needs_complement: bool = Field(default=False, description="For speech-act nouns: keep only when they report an act ('issued demands', 'demands for X', 'a threat to act'), not when they name one ('X's demands are sweeping').")
    object_recipient: bool = Field(default=True, description="The direct object is a recipient (false where it is the topic: 'discussed Ukraine').")
    needs_deps: list[NonEmpty] = Field(default_factory=list, description="Dependency labels one of which a child must have ('told X to act': xcomp; 'will not sit idly by': neg).")
    recipient_preps: list[NonEmpty] = Field(default_factory=list, description="Extra prepositions whose object is a recipient of this trigger only ('a working dinner for X').")
    recipient_types: list[NonEmpty] = Field(default_factory=list, description="Entity types a recipient must have; others are dropped ('received X': a PERSON, not a prize).")
    between_persons: EventType | None = Field(default=None, description="The type the event has instead when its doers and its counterparts are all named people and no weapon is named ('with' a thing): 'X attacked Y' between two politicians is criticism (ACCUSE), not an assault.")
    not_setting: bool = Field(default=False, description="Not when the word is a participle setting the scene of the statement its head verb reports, with 'to' ('Speaking to the BBC, X said': an interview, not talks); 'speaking with X by phone, Y said' stays.")
    factual_only: bool = Field(default=False, description="Keep the event only when its clause states it as a fact (no future, hypothetical or negated context): 'used its veto to block X' rejects, while 'will use its veto' is the threat another reading gives.")
    needs_location: bool = Field(default=False, description="Keep the event only if a named place is its location ('a stop in X').")
    recent_only: bool = Field(default=False, description="A past act of record (a conviction, a prison sentence) is news only in its own year: dated by its sentence to an earlier year than publication ('was convicted of fraud in 2010' in a 2020 story) it is the background of another story, not an event of this one.")
    governing_preps: list[NonEmpty] = Field(default_factory=list, description="For nouns: prepositions one of which must govern the noun's phrase ('at the government's request', 'at the request of X': the request is the occasion of another act, and still a request).")
    subject_undergoes: bool = Field(default=False, description="For nouns: the subject of the clause the noun's phrase hangs from undergoes the act, it does not do it ('X is on trial', 'X went on trial': X is tried).")
    unattributed: bool = Field(default=False, description="Keep the event even when no participant is a named entity: collective actions by crowds ('thousands marched against the bill').")
    evaluation: Literal["negative", "positive"] | None = Field(
        default=None,
        description="For verbs that characterise something ('called the deal \"lousy\"', 'described the talks as a positive "
        "development'): the trigger's phrase must hold one of the lexicon's negative_words (criticism) or positive_words (praise).",
    )
    content_mandative: bool = Field(default=False, description="The content clause must be a bare subjunctive, what someone is to do ('insisted that the ministry repay the grants', 'insists X withdraw its troops', 'insisted that he be released'), not a statement of fact ('insisted that it had done nothing wrong').")
    plan_content: bool = Field(default=False, description="A content clause, if the verb has one, must say what is to be done: a modal ('agreed that the talks would resume') or a bare subjunctive ('agreed that the council meet'); 'agreed that the harbour was too small' shares a view and is no commitment.")
    content_party: bool = Field(default=False, description="The content clause must name someone as its subject or predicate ('claimed that X is fanning the flames': an allegation against X; 'claimed that the wall was crucial' alleges nothing against anyone).")
    content_conditional: bool = Field(default=False, description="The content clause must hold a condition ('if', 'unless'): 'said Ostland would pay a high price if it invaded' states a consequence of another's act, a threat (with a consequence word among requires).")
    content_wrong: bool = Field(default=False, description="For speech verbs ('said', 'told', 'wrote'): the content clause must say that a named party other than "
        "the speaker did a wrongful or hostile act (its verb a reading of one of the lexicon's wrong_act_types, one of its wrong_verbs, "
        "or a wrong_words noun or adverb in its predicate), as a fact: not denied, not supposed ('X said Y had shelled three villages' is "
        "an allegation against Y). The counterpart is the content's doer.")
    fallback: bool = Field(default=False, description="A reading used only when no other trigger word is in the sentence: a speech verb whose reported words are themselves the act ('\"It is a sham,\" X added' is criticism), which must not hide or swallow the events the sentence reports in its own words.")
    predicates: list[NonEmpty] = Field(default_factory=list, description="For the copula reading (lemma 'be', which stands for every one of the lexicon's copulas: 'is', 'remains', 'feels', 'seemed'): adjectives one of which must be its predicate ('is deeply concerned by X', 'remains ready to work with X', 'was critical of X'). The other conditions (particles, requires, needs_deps, forbid_deps) apply to that adjective; the copula's subject is the doer, its tense and negation the event's context.")
    stated_contexts: list[Literal["future", "hypothetical", "negated"]] = Field(
        default_factory=list,
        description="The trigger's own clause must have one of these contexts; the phrase then states an intention and the "
        "statement is the event, reported as a fact ('would use its veto': future; 'will not sit idly by': negated).",
    )


class EventLexicon(_Strict):
    version: int = Field(ge=1)
    triggers: list[EventTrigger]
    modes: dict[NonEmpty, list[NonEmpty]] = Field(description="Lemmas in the sentence that set a mode ('phone' -> phone).")
    mode_types: dict[NonEmpty, list[EventType]] = Field(default_factory=dict, description="The event types each mode applies to (a mode not listed applies to none).")
    doer_types: list[EventType] = Field(default_factory=list, description="Types that are acts only with a doer, named or described ('Canada threatened X', 'protesters threatened to ...'): without one the verb tells a danger ('lives were threatened', 'weapons that threaten its forces').")
    promise_types: list[EventType] = Field(default_factory=list, description="Types whose act, said to come ('we will be working together', 'will send aid'), is a stated intent to cooperate: recorded as AGREE, as the codebook does.")
    answered_nouns: dict[NonEmpty, EventType] = Field(default_factory=dict, description="Nouns naming an earlier act that a refusal answers, each with that act's type: 'X rejected the demand' (REQUEST) refuses whoever made the latest demand the article reported, its counterpart when the sentence names none.")
    declared_types: list[EventType] = Field(default_factory=list, description="Material de-escalations whose act, said to come ('will resign', 'troops will leave'), is a declaration, not an implementation: recorded as CONCEDE, as the codebook does ('declarations (but not implementations) of ... withdrawals').")
    factual_types: list[EventType] = Field(default_factory=list, description="Types recorded only as facts or plans: a feared, possible or denied attack ('the threat of an invasion', 'no intention of attacking') is no event of the type.")
    embedding_types: list[EventType] = Field(default_factory=list, description="Types whose content clause is not a separate event ('threatened to impose sanctions' is one THREATEN).")
    partner_types: list[EventType] = Field(default_factory=list, description="Types whose party in a 'with' phrase acts jointly with the subject ('X met with Y', 'X attended a summit with Y', 'X agreed with Y', 'X cooperated with Y'), and whose passive subject acts with the 'by' agent ('X was met by Y'): both are actors, as the gold puts both sides of a two-sided act. Not visits (the host receives the visitor).")
    identity_verbs: list[NonEmpty] = Field(default_factory=list, description="Verbs of a clause that names who an unnamed description is ('a prisoner, suspected to be X', 'a man identified as X'): X is the one the description stands for.")
    perpetrator_nouns: list[NonEmpty] = Field(default_factory=list, description="Nouns for the doer of an event ('suspect', 'gunman'): a nominal event in their phrase ('X, the suspect in a shooting') was done by whom the noun stands for.")
    sequel_verbs: list[NonEmpty] = Field(default_factory=list, description="Verbs of a main clause that only places what the sentences before reported ('This comes a week after X met Y', 'The speech came two days after an attack'): the event counted from it is dated from the last day the nearest sentence before names.")
    copulas: list[NonEmpty] = Field(default_factory=list, description="Verbs that link a subject to a predicate adjective ('be', 'remain', 'feel', 'seem'): each is read as 'be' for the triggers with predicates ('remains deeply concerned' is 'is deeply concerned').")
    leading_participles: list[NonEmpty] = Field(default_factory=list, description="Participles that, hyphenated after a party, make it the one acting for a body that is no entity ('a Saudi-led coalition' acts as Saudi Arabia's).")
    follower_nouns: list[NonEmpty] = Field(default_factory=list, description="Plural nouns for the followers of a party ('supporters of X', 'X's followers'): named so, the unnamed group acts for that party.")
    allegiance_adjectives: list[NonEmpty] = Field(default_factory=list, description="Adjectives that, with 'to' or 'with' a party after an unnamed group, make the group act for that party ('a mob loyal to X', 'forces loyal to X'). Not 'linked' or 'close' (a group linked to X is another group).")
    partner_lemmas: list[NonEmpty] = Field(default_factory=list, description="Triggers of other types whose party in a 'with' phrase is a party to the act, as for ``partner_types`` ('signed an agreement with Y', 'entered into a deal with Y': both are actors).")
    separate_act_types: list[EventType] = Field(default_factory=list, description="Types whose records in different sentences naming no victim are one act only when they use the same word ('police were rounding up ministers' and 'issued an arrest warrant' are two arrests, though one state does both), and whose participle of another mode after a comma is a second act ('raided the camps, arresting 22').")
    two_sided_types: list[EventType] = Field(default_factory=list, description="Types whose counterpart, named acting back on the actor in another sentence of the same record ('A spoke with B' / 'B spoke with A'), is an actor too. Directed acts (an accusation, an attack, an endorsement) are not: 'B praised A's endorsement' does not make B an endorser.")
    statement_types: list[EventType] = Field(default_factory=list, description="Types of act a party performs by saying it (a demand, threat, accusation, refusal, offer, concession, praise): reported as what the party said ('X said Tuesday it would not stand aside'), the act is dated by the saying.")
    future_cues: list[NonEmpty] = Field(default_factory=list, description="Governing lemmas that make an event future ('expected', 'scheduled', 'plan').")
    hypothetical_cues: list[NonEmpty] = Field(default_factory=list, description="Governing or modifying lemmas that make an event hypothetical ('threat', 'fear', 'possible').")
    negation_cues: list[NonEmpty] = Field(default_factory=list, description="Governing lemmas that negate an event ('refuse', 'decline').")
    denial_verbs: list[NonEmpty] = Field(default_factory=list, description="Lemmas of verbs whose reported clause the speaker says is untrue ('denied it was planning an invasion', 'denied that its troops had shelled the village'): an event in that clause is negated.")
    participation_verbs: list[NonEmpty] = Field(default_factory=list, description="Verbs of taking part in an act named by their object ('attend the talks', 'participate in the sessions'): under a negation cue the act did not happen ('refused to attend the talks').")
    provision_nouns: list[NonEmpty] = Field(default_factory=list, description="Nouns for a text that provides for acts (a bill, a law, a proposal, a demand, an agreement): what a relative or participle clause on one says it would, could or will do ('a bill that would allow X to extradite Y', 'a law allowing police to detain') is its content, not an event.")
    habitual_adverbs: list[NonEmpty] = Field(default_factory=list, description="Adverbs that make 'would' a past habit, not a future ('they would sometimes attack farmers'): the event is reported as having happened.")
    provision_verbs: list[NonEmpty] = Field(default_factory=list, description="Verbs of providing for an act ('allow', 'require', 'authorize'): in a relative clause on a provision noun, what they govern is the text's content ('memoranda in which they allowed army deployments').")
    irrealis_nouns: list[NonEmpty] = Field(default_factory=list, description="Nouns whose infinitive names a possible act, not one that happened ('a place for countries to talk', 'the right to protest', 'a chance to meet'): the act is hypothetical.")
    judged_act_types: list[EventType] = Field(default_factory=list, description="Types of act whose doers a condemnation or a negative judgement of the act aims at when the act is taken up by a definite noun told before ('Y said the expulsions were a provocation', 'Y condemned the attack').")
    additive_words: list[NonEmpty] = Field(default_factory=list, description="Words that make an event one more of its kind, never a restatement of one reported before: adverbs on its verb ('also', 'again', 'separately') and adjectives on its noun or on the noun of a phrase on its verb ('a similar protest', 'in a separate incident').")
    tally_preps: list[NonEmpty] = Field(default_factory=list, description="Prepositions whose time phrase makes an event a tally of a period ('have attacked ships since November', 'killed 40 people over the past month'): a campaign, not one dated act, and never linked to one.")
    tally_period_words: list[NonEmpty] = Field(default_factory=list, description="Words that make a phrase of a tally preposition other than 'since' a stretch of time up to now ('in recent weeks', 'over the past month', 'in the last year').")
    realising_verbs: list[NonEmpty] = Field(default_factory=list, description="Verbs that turn an irrealis noun's possible act into one done ('used its veto power to block X', 'took the chance to meet').")
    actor_nouns: list[NonEmpty] = Field(default_factory=list, description="Nouns for people or bodies that a modifier names ('Russian officials', 'the leaders of X'); other nouns ('X's demands') do not stand for their modifier.")
    owner_recipient_types: list[EventType] = Field(default_factory=list, description="Types whose counterpart is the owner of the object when no one else is named ('rejected X's demands' -> X).")
    anchor_preps: list[NonEmpty] = Field(default_factory=list, description="Temporal prepositions after which a definite event noun refers back to an event ('following his call').")
    light_verbs: list[NonEmpty] = Field(default_factory=list, description="Verbs whose subject is the actor of their noun-trigger object ('held talks', 'issued demands').")
    lemma_fixes: dict[NonEmpty, NonEmpty] = Field(default_factory=dict, description="The model's wrong verb lemmas and the right ones ('stag' for 'staged' -> 'stage'), applied where light verbs, a noun's governing verbs and verb triggers are compared ('fin' for 'fined' -> 'fine').")
    consequence_verbs: list[NonEmpty] = Field(default_factory=list, description="Verbs whose subject, in what a threat says will happen, is whom the threat is against ('warned that X would face severe costs', 'X will pay a heavy price').")
    victim_verbs: list[NonEmpty] = Field(default_factory=list, description="Verbs whose subject is the target of their noun-trigger object ('survived a drone attack', 'suffered a cyberattack').")
    receipt_verbs: list[NonEmpty] = Field(default_factory=list, description="Verbs whose subject receives the act their noun-trigger object names, done by the party of its 'from' or 'of' phrase ('won the support of X', 'received aid from X': X supports or aids the subject).")
    agent_of_types: list[EventType] = Field(default_factory=list, description="Types whose noun, with no possessor naming who acts, takes the party of its 'of' phrase as the actor ('the request of X', 'threats of X', 'the resignation of X'), not as the counterpart; not a patient noun ('the release of X').")
    period_bound_preps: list[NonEmpty] = Field(default_factory=list, description="Prepositions that make the time expression after them the bound of a period ('throughout 2020', 'until Thursday'): a deadline or a stretch, not the day an event happened, so it dates no event.")
    simultaneity_preps: list[NonEmpty] = Field(default_factory=list, description="Prepositions whose object happens with the clause of the verb they hang from ('during Monday's session', 'clashed in a call'): a day that modifies their object dates the clause's event (after 'after' or 'since', or on a noun, it dates another event), and an event noun they govern shares the verb's day.")
    patient_nouns: list[NonEmpty] = Field(default_factory=list, description="Event nouns whose possessor underwent the act when no 'of' phrase names the patient ('her arrest', 'X's release': X was arrested, released), where other nouns' possessor did it ('X's invasion'); with an 'of' phrase the possessor acts ('X's arrest of Y').")
    target_nouns: list[NonEmpty] = Field(default_factory=list, description="Nouns for a person an act is done to, unnamed ('arrested a man', 'shot a teenager', 'detained the suspect'): as the object of a trigger that needs a counterpart, they stand for one.")
    approval_verbs: list[NonEmpty] = Field(default_factory=list, description="Verbs of approval whose counterpart may be any thing their object names ('praised the plan', 'endorsed the talks', 'hailed the deal'): approving of an action or a policy approves of whoever it is, so the act is kept with its doer.")
    audience_nouns: list[NonEmpty] = Field(default_factory=list, description="Nouns for a speaker's audience ('told reporters to expect delays'): told something, not asked to act, so no unnamed counterpart of a request.")
    target_types: list[EventType] = Field(default_factory=list, description="Types whose counterpart may be one of target_nouns: acts done to a person (an arrest, a shooting, a request, a charge), not acts between parties (a sanction, a visit, a threat), whose counterpart must be named.")
    recipient_preps: dict[EventType, list[NonEmpty]] = Field(default_factory=dict, description="Prepositions whose object is a recipient, per type ('with' for CONSULT, 'on' for SANCTION).")
    location_preps: list[NonEmpty] = Field(default_factory=list, description="Prepositions whose place object is the event's location ('in', 'at').")
    demonym_suffixes: list[NonEmpty] = Field(description="Suffixes that make a regular adjective of nationality from a country's name, whole or without its last letter ('an': 'Chile' -> 'Chilean', 'Kenya' -> 'Kenyan').")
    demonyms: dict[NonEmpty, NonEmpty] = Field(default_factory=dict, description="Irregular adjectives of nationality and the country name they stand for ('French' -> 'France'); regular ones ('Chilean', 'Kenyan') are derived by suffix rules.")
    pair_person_nouns: list[NonEmpty] = Field(default_factory=list, description="Nouns that, with 'two' or 'both', stand for the two people just named ('the two leaders').")
    national_place_nouns: list[NonEmpty] = Field(default_factory=list, description="Nouns for a country's seat of power that a people's adjective qualifies ('the Kenyan capital'): the place stands for that country when it acts or is acted on ('police in the Kenyan capital').")
    pair_party_nouns: list[NonEmpty] = Field(default_factory=list, description="Nouns that, with 'two' or 'both', stand for the two parties (people, countries, organisations) just named ('both sides').")
    initiator_verbs: list[NonEmpty] = Field(default_factory=list, description="Verbs whose subject, in a relative clause on an event noun, is its initiator ('a call that X requested').")
    participant_verbs: list[NonEmpty] = Field(default_factory=list, description="Verbs whose object, in a relative clause on an event noun, is a participant ('sessions that will include X').")
    container_nouns: list[NonEmpty] = Field(default_factory=list, description="Nouns that hold an event noun with 'of' and stand for it in the clause ('held a round of talks', 'issued a list of demands').")
    destination_preps: dict[EventType, list[NonEmpty]] = Field(default_factory=dict, description="Per type, prepositions whose place object is the event's location ('troops were sent to X').")
    accident_causes: list[NonEmpty] = Field(default_factory=list, description="Causes of harm that are no assailant ('a collision killed X', 'killed in a crash'): an ASSAULT verb with one as its subject, agent or 'in'/'by' phrase is no event.")
    gunfire_modifiers: list[NonEmpty] = Field(default_factory=list, description="Words that make an accident cause a weapon's fire ('killed by sniper fire', 'mortar fire'): the cause they modify is an attack, not an accident.")
    object_control_verbs: list[NonEmpty] = Field(default_factory=list, description="Verbs of making someone act whose object does what their infinitive says ('the scandal led Peru to expel X', 'forced Ghana to recall its envoy', 'prompted X to ...'): that object, not the verb's subject, is the infinitive's doer. Not verbs of asking ('urged X to leave'), whose infinitive is a request's content.")
    union_name_words: list[NonEmpty] = Field(default_factory=list, description="Lower-case words that make an organisation's name a labour union's ('Harbour Workers Union', 'Union of Rail and Signal Workers', 'Nigeria Labour Congress'): a strike told of unnamed workers is held by the one such union the article names (an organisation the gazetteer does not know: not the European Union).")
    joining_verbs: list[NonEmpty] = Field(default_factory=list, description="Verbs whose object shares the action of their 'in' clause ('China joined Russia in blocking X': both block).")
    claim_verbs: list[NonEmpty] = Field(default_factory=list, description="Verbs after a reported 'we must' that state what the speaker's side wants from others ('we must get our money back'); with any other verb 'we must' exhorts the speaker's own side ('as citizens we must stand together'), which asks nothing of anyone.")
    country_nouns: list[NonEmpty] = Field(default_factory=list, description="Nouns that, definite and with no country's adjective ('the country', 'the mainly Buddhist island nation'), stand for the one country the article is about; a region's or a faith's adjective is no party.")
    responsibility_verbs: list[NonEmpty] = Field(default_factory=list, description="Verbs that, with a responsibility noun as object ('claimed responsibility for the attack'), make their subject the doer of the attacks the article reports without one.")
    responsibility_nouns: list[NonEmpty] = Field(default_factory=list, description="Objects of a responsibility verb that make it a claim of the act ('responsibility', 'credit').")
    claimed_types: list[EventType] = Field(default_factory=list, description="Types of the acts a claim of responsibility names the doer of (attacks).")
    claimed_nouns: list[NonEmpty] = Field(default_factory=list, description="Attack nouns a claim can name ('claimed the bombing'; 'said it carried out the attack').")
    deed_verbs: list[NonEmpty] = Field(default_factory=list, description="Verbs of doing an attack, with a claimed noun as object, in a speaker's clause about itself ('said it carried out the attack').")
    agenda_nouns: list[NonEmpty] = Field(default_factory=list, description="Nouns of a course of action whose 'of' gerund is done by the party that has the noun as object ('began a campaign of confiscating property': the one who instituted it confiscates); not 'stressed the importance of respecting X'.")
    generic_subjects: list[NonEmpty] = Field(default_factory=list, description="Subjects that name no one in particular ('everyone agreed', 'only some accepted'): an event with no named participant and such a subject is not kept.")
    leader_body_nouns: list[NonEmpty] = Field(default_factory=list, description="Nouns for a leader's executive that stand for the country the leader heads ('the Lind administration': the country President Lind heads).")
    state_body_nouns: list[NonEmpty] = Field(default_factory=list, description="Organs of a state that, named bare ('the government', 'authorities'), stand for the country whose organ the article last named ('the government of X'), else for the one country the article is about.")
    body_qualifiers: list[NonEmpty] = Field(default_factory=list, description="Words that say which of a state's organs speaks or acts without saying whose state ('the interior ministry', 'the federal government', 'the interim government'): the organ still stands for the country, as a bare one does; others ('the rebel government', 'the state government') keep it apart.")
    qualified_body_nouns: list[NonEmpty] = Field(default_factory=list, description="Organs of a state that stand for it only with a ``body_qualifiers`` word ('the foreign ministry', 'the justice department'); bare ('the ministry') they are the body named before.")
    target_participles: list[NonEmpty] = Field(default_factory=list, description="Participles that name the target of the event noun they modify ('sanctions targeting X', 'a package of measures aimed at X' with 'aim'): their object, or the object of their preposition, is the event's recipient.")
    local_force_nouns: list[NonEmpty] = Field(default_factory=list, description="A state's forces that act where they are: named bare in a clause that opens with 'In X,' ('In Ostland, police detained 200 people') or that says 'in X' after its verb ('police fired on protesters in X'), they are X's, as a bare state organ there is ('In Ostland, the authorities banned ...').")
    police_nouns: list[NonEmpty] = Field(default_factory=list, description="Local force nouns for a police's own people ('police', 'officers', 'detectives'): named bare where no place says whose, they are the one police force the article names ('Detectives raided the house' in a story that names the West Yorkshire Police).")
    police_force_endings: list[NonEmpty] = Field(default_factory=list, description="How the name of a police force ends ('Police', 'Police Service', 'Constabulary', 'Gendarmerie'), lower case: an organisation so named is a police force; one whose name ends otherwise ('the Police Federation', 'the Police Association') is not.")
    force_qualifiers: list[NonEmpty] = Field(default_factory=list, description="Words that say which of a state's forces act without saying whose ('riot police', 'security forces', 'border guards'): a local force noun they modify still acts where it is, or for the article's country; others ('rebel soldiers', 'foreign troops') keep it apart.")
    state_office_nouns: list[NonEmpty] = Field(default_factory=list, description="A state's offices that, named bare and held by nobody the article names ('the prime minister' with no Prime Minister X), stand for the one country the article is about.")
    negative_words: list[NonEmpty] = Field(default_factory=list, description="Evaluative words that make a characterisation a criticism ('called it a mistake', 'described X as a threat').")
    positive_words: list[NonEmpty] = Field(default_factory=list, description="Evaluative words that make a characterisation praise ('calling it an indispensable ally').")
    plain_words: list[NonEmpty] = Field(default_factory=list, description="Words that describe without judging ('described the talks as \"frank and professional\"', 'called the deal \"painful\"'): a quoted judgement holding one, and none of negative_words, is no criticism.")
    head_preps: list[NonEmpty] = Field(default_factory=list, description="Prepositions through which a noun trigger's 'heads' verb may govern it; the verb's object is then the recipient ('added X to its sanctions list', 'placed X under sanctions').")
    aspect_verbs: list[NonEmpty] = Field(default_factory=list, description="Verbs whose event-noun subject is said to happen ('violence broke out', 'talks continue', 'negotiations will resume'): the event is kept though no party is named.")
    aspect_states: list[NonEmpty] = Field(default_factory=list, description="Words that, predicated of an event noun, say it is happening ('discussions are underway').")
    grounded_noun_types: list[EventType] = Field(default_factory=lambda: [EventType.CONSULT], description="Types whose indefinite event noun, with no named party, is still an event when its sentence both places and dates it ('a meeting in Berlin on May 3', 'an attack that day on a base near Mosul').")
    duration_nouns: list[NonEmpty] = Field(default_factory=list, description="Units of time that, counted, say an event noun went on ('six months of fighting', 'weeks of protests').")
    group_nouns: list[NonEmpty] = Field(default_factory=list, description="Nouns for unnamed groups of people who act together ('protesters', 'the commanders'): with the actor nouns, a subject or possessor made of one is an unnamed participant, so the event is kept with the participants that are named.")
    seats_of_government: dict[NonEmpty, NonEmpty] = Field(default_factory=dict, description="Gazetteer names of a government's seat -> its country's gazetteer name: an event's party named by the seat ('the Palace has massed troops', for a seat named in the gazetteer) is the country, as a capital is, when the article names the country.")
    wrong_act_types: list[EventType] = Field(default_factory=list, description="Types whose act, said by a speaker to have been done by another named party ('the ministry said the rebels had shelled three villages'), is an allegation against that party (content_wrong triggers).")
    quoted_wrong: EventTrigger | None = Field(default=None, description="The reading given to a wrong said inside an attributed quote whose sentence has no speech verb reading of its own ('\"They lied to us,\" she said. \"Ostland shelled our homes.\"'): its type and mode; the quote's speaker alleges it, the content's doer is the counterpart.")
    quoted_criticism: EventTrigger | None = Field(default=None, description="The reading given to a negative judgement of a named party inside an attributed quote whose sentence has no speech verb reading ('\"He was a dictator,\" she said', by the lexicon's negative_words as the predicate): criticism by the quote's speaker of that party.")
    wrong_verbs: list[NonEmpty] = Field(default_factory=list, description="Verbs of wrongdoing that are no event type of their own ('lied', 'rigged', 'violated'): said of another named party, an allegation (content_wrong triggers).")
    wrong_words: list[NonEmpty] = Field(default_factory=list, description="Nouns, adjectives and adverbs that make what a party did wrongful when they are its object, predicate or manner ('committed fraud', 'acted illegally', 'treats the law with contempt'), for content_wrong triggers.")
    culprit_words: list[NonEmpty] = Field(default_factory=list, description="Predicates that make their subject the doer of the act in their 'for' or plain object ('X was responsible for the attack', 'X was behind the bombing'): wrongful when that act is a wrong_act_types trigger or a wrong word.")
    charge_words: list[NonEmpty] = Field(default_factory=list, description="Lemmas of verdicts and charges whose 'of' or 'for' clause names the wrong charged ('found guilty of murdering X', 'convicted of attacking Y', 'charged with assaulting Z'): that act is the charge's content, not an event reported as having happened.")
    culprit_nouns: list[NonEmpty] = Field(default_factory=list, description="Predicate nouns that make their possessor or 'of' object the doer of the subject's act, a wrong by the word itself ('the fire was X's doing', 'the crash is the fault of X'), for content_wrong triggers.")
    report_verbs: list[NonEmpty] = Field(default_factory=list, description="Verbs that report a party's own account without introducing quotes ('UNICEF reported they had delivered X'): for the event rules they are verbs of saying too (who 'they' is, the statement's day), the quote cues are left unchanged.")
    onlooker_nouns: list[NonEmpty] = Field(default_factory=list, description="People who tell what they saw without being a party to it ('witnesses said police beat protesters', 'residents said soldiers shot two men'): what they report is no accusation of theirs (the act itself is the event).")
    staff_nouns: list[NonEmpty] = Field(default_factory=list, description="Nouns for people who serve the party in their 'to' phrase ('an aide to Israel's prime minister', 'an adviser to the president'): the party acts, as for a spokesperson's 'for' phrase. Not 'envoy' or 'representative': an envoy to X is sent to X.")
    voice_nouns: list[NonEmpty] = Field(default_factory=list, description="Nouns for people who speak or act for the party in their 'for' phrase ('a spokesperson for the German government' is Germany), as they do for the one in their 'of' phrase.")

    @model_validator(mode="after")
    def _modes_known(self) -> "EventLexicon":
        unknown = set(self.mode_types) - set(self.modes)
        if unknown:
            raise ValueError(f"mode_types names modes without lemmas: {sorted(unknown)}")
        return self


ImportField = Literal["text", "title", "publisher", "published", "url", "authors", "language", "license"]


class ImportColumns(_Strict):
    """Column names that article dumps (JSONL, CSV, Parquet) use for each field, for `structnews import`.

    The first column a record has (and fills) wins; `--map FIELD=COLUMN` overrides the list for one
    field. Not part of the pipeline version: it decides what is imported, not how it is extracted.
    """

    version: int = Field(ge=1, description="Bumped on every change.")
    columns: dict[ImportField, list[NonEmpty]] = Field(description=(
        "Per field, the column names recognised, in order of preference: news-please (maintext, date_publish, "
        "source_domain), CC-News (text, date, domain) and common others."))

    @model_validator(mode="after")
    def _one_field_per_column(self) -> "ImportColumns":
        if "text" not in self.columns:
            raise ValueError("columns must name the columns of 'text'")
        seen: dict[str, str] = {}
        for name, cols in self.columns.items():
            for col in cols:
                if col.lower() in seen:
                    raise ValueError(f"the column {col!r} is listed for both {seen[col.lower()]!r} and {name!r}")
                seen[col.lower()] = name
        return self
