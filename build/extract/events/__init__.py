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
   subject of a light verb ("held talks"; its indirect object receives, "granted X a pardon", as
   does the subject of its passive, "X was granted clemency"), the subject of a victim verb as
   target ("X survived an attack", curated ``victim_verbs``), the initiator or participants named in a relative
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
   different counterparts ("a call with X and a meeting with Y"); of two naming no one, the
   earlier trigger stays ("clashed with police and threw rocks").

6. Across the article, records of one type and context whose participants overlap (or, for
   crowds' protests, are both unnamed), with no conflicting date or place, are one event: the
   headline and the body sentence reporting the same meeting give one record, the most
   informative one, with the other sentences in ``linked_sentences``. A sentence that takes up
   an event by a definite noun naming no one ('The talks came after ...', 'their meeting') joins
   the linked sentences of the record of that type reported in the last four sentences.

What a text provides for is not an act: a trigger in a relative clause with a modal, or a present
participle, on a bill, law, proposal, demand or agreement ('a bill that would allow X to extradite
people accused of crimes', curated ``provision_nouns``) is that text's content, and an infinitive on
a noun of possibility ('a place for countries to talk', ``irrealis_nouns``) is hypothetical. An event
that names no one is dropped when it is hypothetical or negated ('Protests are not reported in X',
'has not confirmed a trip'), and when it is a future naming no group and no time ('there will be
more protests'): a prediction, not a planned event. A speech or statement act in a hypothetical
clause was not made ('if they ask', 'little chance they would offer concessions'); a participle with
a determiner is a label ('the accused'); a threat with no one threatening is a danger ('lives were
threatened'); a relative or temporal clause is not under the modality of the words above it;
'would' with an adverb of habit is the past; talk with the article's own outlet is its interview.

Two more decisions keep restatements out: a definite event noun after a temporal preposition
("following his call with X") refers back to an event and is skipped, and speech-act nouns
("demands", "threat") count only when they report an act ("issued demands", "demands for X",
"a threat to act"), not when they merely name one ("X's demands are sweeping").

Decision: an event is kept when at least one participant is an entity (and the trigger's
own participant conditions hold). A noun with no one doing it or suffering it is mostly a generic
mention ("talks are important") and is dropped. A verb is kept without participants when its
trigger needs no second party or place and the event is not hypothetical ("the treaty was
rejected", "protesters called for his resignation"); a verb that needs a counterpart only in the
passive without an agent ("twenty people were arrested"). "The president" is the person the
article named with that title in the sentences before.
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

More readings of the parse: a participle or purpose clause takes the actor and date of the verb
it hangs from ("sent a letter on Monday requesting", "met on Monday to discuss"), and an infinitive
on an adjective of readiness the subject of its copula ("said it was ready to negotiate"); the parties of a
symmetric event "between A and B" are all actors; "I"/"we" in a direct quote are its speaker, "the
government" the country whose government was named last, a capital acting its country, and "the
two leaders" with no two named nearby the pair of the latest two-party meeting; characterisations
("called the deal 'lousy'") are criticism or praise by curated evaluative words; a reported "must"
is a demand; and harm by an accident, subjects that name no one ("not everyone agreed") and event
nouns used as modifiers ("fighting force") give no event.

Participants and dates across sentences and clauses: a record linked across sentences has the
agents every sentence names, a counterpart turning actor when another sentence has it acting with
or on the record's actor ('A spoke with B' / 'the call between A and B'); 'the Lind
administration' is the country its leader heads (:mod:`.leaders`); 'the commission' the
organisation named before whose name that noun heads; 'they' continues the previous sentence's
'they'; a statement-type act said by its actor is dated by the saying ('X said Tuesday it would
not sit idly by'), a 'when' clause by its main clause, 'at the time' by the previous sentence,
and a wire dateline dates nothing.

Which time expression dates which event (:mod:`.dating`): a deadline ('until Thursday'), a day
counted from another event ('the day before the rally'), the day a source spoke ('according to
officials on Thursday') and an earlier time compared with ('the first since 1976') date nothing;
another event's verb does not date the noun it acts on ('suspended, on Friday, the talks') unless
the noun is its setting ('clashed in a call last week'); the time of the act's means ('by
strangling her in 2016') or setting ('during Monday's session') does; a day hanging from a plain
simple past is never after publication ('quit the pact on March 3'). Who acts, beyond the parse:
the party of a speech act's 'of' phrase ('at the request of X'), an organisation reporting what
'they' did, 'it' in a relative clause for the party that is the subject above, a group noun an
organisation modifies ('Taliban gunmen'), the members a plural noun 'includes', 'government
forces' for the country whose government was named, and 'the two leaders' far from any meeting
for the pair of the article's lead.

Events whose parties the text describes without naming them are kept with the parties it names
(:mod:`.records`): a subject, agent, possessor or compound that is a group noun ('the commanders
met', 'police violence against protesters', 'African leaders negotiated'; a plural counts as two
parties, an unresolved 'we'/'they' too), a meeting noun with a named counterpart and an unsaid
host, an event noun the clause says happens ('violence broke out', 'talks continue', 'after six
months of fighting'), and a counted group as the target ('detained 713 people'); negated or
hypothetical ones stay out. A speech verb whose reported words predicate a negative judgement ('"It
is a propaganda stunt," X added') is criticism, a fallback reading that neither hides nor embeds the
sentence's own speech-act verbs; a denied speech act ('I never threaten anybody') is no event;
agreeing to a coercive act is that act; cooperation or aid said to come is a promise (AGREE); a
restatement naming no party with the same word, and a headline announcing a planned act, join the
record they restate.

Implicit and misparsed parties and times: 'a spokesperson for X' acts for X (``voice_nouns``); a
seat of government acting ('the Palace has massed troops', for a seat named in the gazetteer) is its country, as a capital is
(``seats_of_government``); 'X reported they had delivered Y' is X (``report_verbs``); a passive
said to be repeated with no agent ('he was further sanctioned') takes the agent of the previous
sentence's event of its type; a past verb misparsed as a modifier of the root noun ('The British
relinquished control ... in 1997') keeps its subject and time; a 'from X to Y' range dates
nothing; a time put before the subject of coordinated verbs dates each ('In 2007, X labeled Y and
levied sanctions'); 'after' opening a clause does not make a day relative; and 'the following day'
counts from the last day named in the nearest of the three previous sentences that names one.

Wrongs reported through what a party says (:mod:`.reported`): a plain verb of saying whose content
states, as a fact, that another named party did a wrongful or hostile act ('the ministry said the
rebels had shelled three villages', curated ``wrong_act_types``, ``wrong_verbs``, ``wrong_words``)
is that speaker's allegation (ACCUSE) against the doer, as is such a wrong inside an attributed
quote whose sentence has no verb of saying ('"They shelled our homes," she said' and the quote's
next sentences; 'according to X'); the act itself stays its own event.

The steps live in this package's modules: :mod:`.triggers` (1, 2 and the back-references),
:mod:`.referents`, :mod:`.participants` and :mod:`.counterparts` (3), :mod:`.context` and :mod:`.dating` (4),
:mod:`.records` (5 and which candidates are kept), :mod:`.reported` (alleged wrongs); :mod:`.parse` and
:mod:`.lexicon` serve them all.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Token
from structnews.build.extract.drafts import EventDraft, LocalEntity, MentionDraft, QuoteDraft
from structnews.build.extract.events.answers import ANSWER_WINDOW, answered_parties
from structnews.build.extract.events.claims import claimed_acts
from structnews.build.extract.events.context import (
    event_context,
    event_mode,
    event_tense,
    is_capability,
    is_complaint_purpose,
    is_participle_label,
    is_provision_content,
    is_purpose,
)
from structnews.build.extract.events.dating import DEEPEST_TIME_PREP, event_date
from structnews.build.extract.events.lexicon import lexicon
from structnews.build.extract.events.parse import governing_verb, noun_head
from structnews.build.extract.headline_verbs import headline_end
from structnews.build.extract.events.participants import (
    find_participants,
    join_partners,
    is_agentless,
    is_kept,
)
from structnews.build.extract.events.records import (
    SentenceEvent,
    borrow_participants,
    borrow_acting_state,
    borrow_repeated_agent,
    event_confidence,
    is_additional,
    is_tally,
    is_grounded_deployment,
    is_decision_to_act,
    is_endangering,
    is_grounded_meeting,
    is_own_stated_act,
    is_reported_ongoing,
    link_back_references,
    link_restatements,
    merge_sentence_events,
)
from structnews.build.extract.events.unnamed import has_unnamed_party, has_unnamed_target, unnamed_parties
from structnews.build.extract.events.referents import ArticleState, EntityLookup
from structnews.build.extract.events.triggers import (
    is_anchor,
    is_embedded,
    quoted_candidates,
    refers_back,
    sentence_candidates,
)
from structnews.build.extract.events.verbal import between_persons
from structnews.schema.events import EventType

__all__ = ["extract_events"]


def extract_events(
    doc: Doc, entities: list[LocalEntity], mentions: list[MentionDraft], published: dt.date,
    quotes: list[QuoteDraft] | None = None, publisher: str | None = None,
) -> list[EventDraft]:
    """All events of one article, in text order (see the module docstring for the rules).
    ``quotes``: the article's quotes; 'I' and 'we' inside a direct quote are its speaker.
    ``publisher``: the outlet (sidecar); talk with it ('X spoke with Wikinews', 'Wikinews spoke with
    her by email') is the article's own interview, reporting, not a consultation between parties."""
    lex = lexicon()
    art = ArticleState(doc, EntityLookup(doc, entities, mentions), lex, published, quotes)
    embedding = {t.value for t in lex.raw.embedding_types}
    factual = set(lex.raw.factual_types)
    promises = set(lex.raw.promise_types)
    declared = set(lex.raw.declared_types)
    statements = {t.value for t in lex.raw.statement_types}
    answered = {noun: t.value for noun, t in lex.raw.answered_nouns.items()}
    anchor_preps = set(lex.raw.anchor_preps)
    onlookers = frozenset(w.lower() for w in lex.raw.onlooker_nouns)
    results: list[EventDraft] = []
    text = doc.text  # Doc.text joins every token on each access: read it once
    recent: list[tuple[int, EventDraft]] = []  # (sentence index, CONSULT event) for 'another meeting'
    acted: list[tuple[int, EventDraft]] = []  # (sentence index, event with actors) for 'was further sanctioned'
    references: list[tuple[str, int, int]] = []  # 'the talks' naming no one: (type, sentence span), linked at the end
    for sent_index, sent in enumerate(art.sents):
        if sent.text.rstrip().rstrip("\"'”’»)]").endswith("?"):
            continue  # 'Who started the fighting between X and Y, in your view?': a question reports nothing
        cands = sentence_candidates(sent, lex)
        cands += quoted_candidates(sent, art.said, cands)  # '"Ostland shelled our homes," she said'
        if not cands:
            continue
        triggers: dict[int, set[str]] = {}
        for cand in cands:
            if not cand.entry.fallback:  # a speech verb read as criticism reports its content, it does not embed it
                triggers.setdefault(cand.token.i, set()).add(cand.entry.type.value)
        sent_start = sent.start_char
        sent_end = sent.start_char + len(sent.text.rstrip())
        events: list[SentenceEvent] = []
        cancelled = {c.token.i for c in cands if c.entry.type == EventType.SANCTION and c.entry.mode in ("cancel", "sever", "discontinue")}
        for cand in cands:
            if cand.entry.pos == "NOUN" and (v := governing_verb(cand.token)) is not None and v.i in cancelled and v.i != cand.token.i:
                continue  # 'called off a planned meeting with X', 'suspended its military cooperation with X': the cut is the event
            if is_embedded(cand, triggers, embedding) or is_decision_to_act(cand, triggers) or (
                is_anchor(cand, anchor_preps) and any(ev.type == cand.entry.type.value for ev in results)
            ):  # 'following the resignation of X': a reference back, unless it is the article's first word of it
                continue
            if is_provision_content(cand, lex.raw) or is_participle_label(cand) or is_capability(cand) or is_complaint_purpose(cand, triggers):
                continue  # 'a bill that would allow X to extradite Y': the bill's content, no act; 'missiles that can strike'; 'summoned the envoy to protest X'
            find_participants(cand, art)
            if cand.entry.content_wrong and not cand.actors and any(
                    c.dep_ == "nsubj" and c.lemma_.lower() in onlookers for c in cand.token.children):
                continue  # 'witnesses said police beat X': what onlookers tell is their report, no accusation
            between_persons(cand, art)
            if cand.entry.type == EventType.REJECT:  # 'X rejected the demand': whoever made the demand before
                cand.recipients.extend(answered_parties(cand, answered, [*results, *(e.draft for e in events)],
                                                        art.sent_starts[max(0, sent_index - ANSWER_WINDOW)]))
            agentless = not (
                is_kept(cand) or has_unnamed_target(cand, art) or borrow_participants(cand, recent, sent_index)
                or is_grounded_meeting(cand, sent, art) or is_grounded_deployment(cand)
            )
            if agentless and not (is_agentless(cand) or has_unnamed_party(cand, art) or is_reported_ongoing(cand, art)):
                if refers_back(cand):
                    references.append((cand.entry.type.value, sent_start, sent_end))
                continue
            borrow_repeated_agent(cand, acted, sent_index)  # 'was further sanctioned': who sanctioned before
            borrow_acting_state(cand, acted, sent_index, art.types, [e.draft for e in events])  # '63 people were detained' after the police acted
            if is_endangering(cand, art):
                continue  # 'lives were threatened', 'weapons that threaten its forces': a danger, not a threat
            context = event_context(cand, lex.raw)
            if context in ("negated", "hypothetical") and cand.entry.type.value in embedding and not cand.entry.stated_contexts:
                continue  # "I never threaten anybody", "if they ask us": a speech act denied or supposed was not made
            if context == "hypothetical" and cand.entry.type.value in statements and not cand.entry.stated_contexts:
                continue  # "little chance the West would offer concessions": an act done by saying it, only supposed
            nameless = not (cand.actors or cand.recipients)
            if (agentless or nameless and cand.entry.unattributed) and context in {"hypothetical", "negated"} or not cand.actors and context == "negated":
                if context not in cand.entry.stated_contexts:
                    continue  # an event by no one named that may not happen ('the right to protest'), or did not, says too little
            if cand.entry.factual_only and (context is not None or is_purpose(cand.token)):
                continue  # 'will use its veto', 'launched a war to retake X': not this reading's act (yet)
            if cand.entry.stated_contexts:
                if context not in cand.entry.stated_contexts:
                    continue
                context = None  # "X said it would use its veto": the statement is the (factual) threat
            threat = cand.entry.type in factual and context == "hypothetical" and is_own_stated_act(cand, art)
            if threat:
                context = None  # "X said he may declare a state of emergency": X's statement threatens it
            elif cand.entry.type in factual and context in ("hypothetical", "negated"):
                continue  # a feared or denied attack is no attack (the threat carrying it is the event)
            tense = event_tense(cand, context)
            promised = context == "future" and cand.entry.type in promises  # "we will be working together"
            announced = context == "future" and cand.entry.type in declared  # "will resign", "troops will leave"
            pledged = (promised or announced) and is_own_stated_act(cand, art)
            resolved = event_date(cand, sent, art, tense, triggers, stated=pledged)
            if pledged:
                context = None  # "X announced on Monday it would give Y aid": the pledge was made (AGREE)
            if cand.entry.recent_only and _dated_before(cand.token, published.year):
                continue  # "was convicted of fraud in 2010" in a later story: background, not its news
            if context is None and resolved is not None and resolved.date > published and resolved.precision == "day":
                context = "future"
            if context == "future" and nameless and not unnamed_parties(cand, art) and not any(t.ent_type_ in ("DATE", "TIME") for t in sent):
                continue  # 'there will be more protests': a prediction naming no one, no group and no time
            mode_tokens = [noun_head(cand.token) if cand.entry.pos == "NOUN" else cand.token] + ([v] if (v := governing_verb(cand.token)) is not None and cand.entry.pos == "NOUN" else [])
            mode = event_mode(cand, lex.raw, mode_tokens)
            if threat:  # the threat's mode: a threat of sanctions, else unspecified
                mode = "sanction" if cand.entry.type == EventType.SANCTION else None
            if cand.entry.type == EventType.CONSULT and mode is None and len(set(cand.actors) | set(cand.recipients)) >= 3:
                mode = "multilateral"
            if announced:
                mode = None  # CONCEDE has no modes
            draft = EventDraft(
                type=EventType.THREATEN.value if threat else EventType.AGREE.value if promised
                else EventType.CONCEDE.value if announced else cand.entry.type.value,
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
                confidence=event_confidence(cand, resolved is not None),
                additional=is_additional(cand),
                tally=is_tally(cand),
            )
            events.append(SentenceEvent(cand, draft, cand.entry.pos == "VERB"))
        kept = merge_sentence_events(events)
        join_partners(kept, art)
        recent.extend((sent_index, ev) for ev in kept if ev.type == EventType.CONSULT.value and (ev.actors or ev.recipients))
        acted.extend((sent_index, ev) for ev in kept if ev.actors)
        art.acts.extend((sent_index, ev.type, list(ev.actors)) for ev in kept if ev.actors)
        art.consults.extend(sent_index for ev in kept if ev.type == EventType.CONSULT.value)
        art.consult_pairs.extend(
            (sent_index, (parties[0], parties[1])) for ev in kept
            if ev.type == EventType.CONSULT.value and len(parties := list(dict.fromkeys(ev.actors + ev.recipients))) == 2
        )
        results.extend(kept)
    outlet = {e.index for e in entities if publisher and publisher.casefold() in {f.casefold() for f in [e.name, *e.surface_forms]}}
    results = [ev for ev in results if not (ev.type == EventType.CONSULT.value and outlet & set(ev.actors + ev.recipients))]
    claimed_acts(results, art, headline_end(text))  # 'X claimed responsibility for the attack'
    records = link_restatements(results, headline_end(text), art.types)
    link_back_references(records, references, [s.start_char for s in art.sents])
    return records



def _dated_before(token: Token, year: int) -> bool:
    """The act is placed in an earlier year than the story: a year after a preposition or an
    adverbial time phrase in its own phrase ('was convicted of fraud in 2010', 'sentenced in
    2014'), not a year that places a thing named deep in it ('for fraud linked to a harbour
    deal from 2015')."""
    for t in token.subtree:
        if t.ent_type_ != "DATE" or t.dep_ not in ("pobj", "npadvmod"):
            continue
        years = [w for w in t.subtree if w.text.isdigit() and len(w.text) == 4]
        # each year's own depth: in 'to nine years for fraud linked to a harbour deal from 2015'
        # the date phrase 'nine years' is near the trigger, the year deep inside it
        if years and max(int(w.text) for w in years) < year and min(_prep_depth(w, token) for w in years) <= DEEPEST_TIME_PREP:
            return True
    return False


def _prep_depth(token: Token, top: Token) -> int:
    """How many prepositions lie between a word and the trigger it hangs from."""
    depth = 0
    while token.i != top.i and token.head.i != token.i:  # spaCy makes a new Token on each access: compare indices
        depth += token.dep_ == "prep"
        token = token.head
    return depth
