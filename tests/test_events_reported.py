"""Wrongs reported through what a party says (structnews.build.extract.events.reported): a plain
speech verb whose content says another named party did a wrongful or hostile act is an ACCUSE by
the speaker against that party (invented sentences; each assertion checked by hand against the
PLOVER definition of ACCUSE: an actor expressing that another did wrong)."""

from __future__ import annotations

from structnews.build.extract import nlp
from structnews.build.extract.events import extract_events
from structnews.build.extract.quotes import extract_quotes
from tests.test_events import PUBLISHED, Run, _entities


def _accusations(text: str) -> list[tuple[str, list[str], list[str]]]:
    run = Run(text)
    return [(e.trigger, run.actors(e), run.recipients(e)) for e in run.of("ACCUSE")]


def test_a_hostile_act_said_of_another_party_is_an_allegation_and_stays_an_event() -> None:
    """'The ministry said X's army had shelled three villages': the ministry accuses X, and the
    shelling is still recorded as the attack it reports."""
    run = Run("The Norvik Defence Ministry said Ostland's army had shelled three villages overnight.")
    accuse = run.one("ACCUSE")
    assert accuse.trigger == "said" and accuse.mode == "allege"
    assert run.actors(accuse) == ["The Norvik Defence Ministry"]
    assert run.recipients(accuse) == ["Ostland"]
    assert run.actors(run.one("ASSAULT")) == ["Ostland"]


def test_wrongdoing_verbs_objects_and_manners_in_the_content() -> None:
    """A curated wrong in the content: a verb ('lying', 'rigged'), a manner ('with contempt'), a
    culprit predicate ('was behind the bombing'); direct words before the saying count too."""
    assert _accusations('"Ostland is lying about the death toll," said Norvik Foreign Minister Anna Berg.') == [
        ("said", ["Anna Berg"], ["Ostland"])
    ]
    assert _accusations("Anna Berg said Ostland had rigged the election.") == [("said", ["Anna Berg"], ["Ostland"])]
    assert _accusations("Anna Berg said Ostland's president handles the courts with open contempt.") == [
        ("said", ["Anna Berg"], ["Ostland"])
    ]
    assert _accusations("Anna Berg told reporters that Ostland was behind the bombing of the embassy.") == [
        ("told", ["Anna Berg"], ["Ostland"])
    ]


def test_no_allegation_for_own_acts_denials_suppositions_or_neutral_content() -> None:
    """The speaker's own act ('said it had shelled'), a denied act ('had not shelled'), a supposed
    one ('could attack'), a question ('whether X lied'), a passive without its doer ('villages were
    shelled') and a neutral act ('had played well') accuse no one."""
    assert _accusations("The Norvik Defence Ministry said it had shelled three rebel positions overnight.") == []
    assert _accusations("The Norvik Defence Ministry said Ostland's army had not shelled any villages.") == []
    assert _accusations("Anna Berg said Ostland could attack Norvik next week.") == []
    assert _accusations("Anna Berg asked whether Ostland had lied about the death toll.") == []
    assert _accusations("Anna Berg said three villages were shelled overnight.") == []
    assert _accusations("Anna Berg said the Ostland football team had played well in Toronto.") == []
    assert _accusations("Anna Berg said the town of Elm lies on the Ostland border.") == []
    # an act the content's subject promised or tried not to do is no act of it
    assert _accusations("Anna Berg said Ostland had promised not to escalate.") == []
    assert _accusations("Anna Berg said Ostland was trying not to provoke Norvik.") == []
    assert _accusations("Anna Berg said Ostland was trying to provoke Norvik.") == [("said", ["Anna Berg"], ["Ostland"])]
    # a headline's passive without its 'was': the person named suffered the act, did not do it
    assert _accusations("Norvik says Anna Berg poisoned with nerve agent") == []
    # what an act is taken as is no manner of it ('investigating the shooting as terrorism')
    found = _accusations("Anna Berg said Ostland police are investigating the shooting as terrorism.")
    assert [t for t, _, _ in found] == ["investigating"]  # the inquiry (mode investigate), no allegation by Berg
    # a deployment is lawful as such: reported, it is a fact, not a wrong alleged
    assert _accusations("Anna Berg said Ostland had deployed 10,000 troops to the border.") == []


def test_an_explicit_accusation_word_keeps_its_own_reading() -> None:
    """'said X accused Y of lying': the accusation is X's (the word says it), not the speaker's
    against X."""
    found = _accusations("Anna Berg said Ostland accused Norvik of lying.")
    assert [(t, a) for t, a, _ in found] == [("accused", ["Ostland"])]


def _with_quotes(text: str) -> list[tuple[str, str, list[str], list[str]]]:
    """Events of a text with its quotes found by the quote stage, as (type, trigger, actors, recipients)."""
    doc = nlp.load()(text)
    entities, mentions = _entities(doc)
    quotes = extract_quotes(doc, entities, mentions, [(0, len(text))])
    names = {e.index: e.name for e in entities}
    return [(e.type, e.trigger, [names[i] for i in e.actors], [names[i] for i in e.recipients])
            for e in extract_events(doc, entities, mentions, PUBLISHED, quotes)]


def test_a_wrong_said_inside_a_quote_is_its_speakers_allegation() -> None:
    """A quoted sentence with no verb of saying of its own ('"Ostland shelled our homes for a
    week. ..." Berg said') alleges the wrong against its doer, by the quote's speaker, and so does
    an indirect quote attributed by 'according to' whose words judge the act ('illegally'); the act
    itself stays an event. Told plainly, with 'according to' after it, the act is news and Berg
    its source: no allegation."""
    events = _with_quotes('Anna Berg spoke on Monday. "Ostland shelled our homes for a week. '
                          'Nobody helped us," Berg said.')
    assert ("ACCUSE", "shelled", ["Berg"], ["Ostland"]) in events
    assert ("ASSAULT", "shelled", ["Ostland"], []) in events
    events = _with_quotes("Ostland troops illegally detained 40 villagers in Elm, according to Anna Berg.")
    assert ("ACCUSE", "detained", ["Anna Berg"], ["Ostland"]) in events
    assert [e for e in events if e[0] == "COERCE"]
    events = _with_quotes("Ostland troops detained 40 villagers in Elm, according to Anna Berg.")
    assert [e[0] for e in events] == ["COERCE"]


def test_a_quoted_own_act_is_no_allegation() -> None:
    """'"We shelled their positions," Berg said': the speaker's own act accuses no one."""
    assert [e for e in _with_quotes('"We shelled their positions for a week," Berg said.') if e[0] == "ACCUSE"] == []


def test_means_clauses_and_culprit_nouns() -> None:
    """The wrong may be the means or the aim of what the doer is doing ('keeps cutting their funds,
    harassing the newspapers', 'had been trying, by cutting their funds, to intimidate') or a
    predicate noun blaming its possessor ('the fire was X's doing'); the same shape with a word
    of no wrong ('the park was X's design') blames no one."""
    found = _accusations('"The mayor of Elm, Anna Berg, keeps cutting their funds, harassing the local newspapers," '
                         "Smith told the council.")
    assert found == [("told", ["Smith"], ["Anna Berg"])]
    found = _accusations("Smith said Anna Berg had been trying, by cutting their funds, to intimidate the local newspapers.")
    assert found == [("said", ["Smith"], ["Anna Berg"])]
    assert _accusations("Smith said the fire was likely Ostland's doing.") == [("said", ["Smith"], ["Ostland"])]
    assert _accusations('Smith said the blaze at the depot was "probably" Ostland\'s doing.') == [("said", ["Smith"], ["Ostland"])]
    assert _accusations("Smith said the new park was Ostland's design.") == []


def test_a_reported_judgement_targets_the_party_it_judges() -> None:
    """'"X was a dictator," Y said', 'Y said X's president is a dictator' (a criticism read off the
    reported words' predicate): the party judged is the counterpart; a judgement of a thing ('it
    is a propaganda stunt') keeps none."""
    assert _accusations('"John Harlow was a dictator," Anna Berg said.') == [("said", ["Anna Berg"], ["John Harlow"])]
    assert _accusations("Anna Berg said Ostland's president is a dictator.") == [("said", ["Anna Berg"], ["Ostland"])]
    assert _accusations('"It is a propaganda stunt," Anna Berg added.') == [("added", ["Anna Berg"], [])]


def test_a_judgement_inside_a_quote_is_its_speakers_criticism() -> None:
    """'"... He was a dictator," Berg said' (a quoted sentence with no verb of saying): Berg
    criticises the man 'he' stands for; a judgement of the speaker's own side is none."""
    events = _with_quotes('Anna Berg spoke on Monday. "John Harlow ruled by fear. He was a dictator. We are free now," Berg said.')
    assert [e for e in events if e[0] == "ACCUSE"] == [("ACCUSE", "was", ["Berg"], ["John Harlow"])]
    events = _with_quotes('Anna Berg spoke on Monday. "The weather was awful. We were reckless. It will not happen again," Berg said.')
    assert [e for e in events if e[0] == "ACCUSE"] == []


def test_a_culprit_noun_hung_on_a_hedging_adjective() -> None:
    """The parser may hang 'doing' on the hedge ('was "likely" X's doing' read as likely -> doing):
    the possessor is still the culprit (a parse built by hand, since the model's reading varies)."""
    from spacy.tokens import Doc

    from structnews.build.extract.events.reported import culprits

    words = ["Smith", "said", "the", "fire", "was", "likely", "Ostland", "'s", "doing", "."]
    heads = [1, 1, 3, 4, 1, 4, 8, 6, 5, 1]
    deps = ["nsubj", "ROOT", "det", "nsubj", "ccomp", "acomp", "poss", "case", "ccomp", "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "AUX", "ADJ", "PROPN", "PART", "NOUN", "PUNCT"]
    lemmas = ["Smith", "say", "the", "fire", "be", "likely", "Ostland", "'s", "doing", "."]
    doc = Doc(nlp.load().vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert [t.text for t in culprits(doc[4])] == ["Ostland"]
    lemmas[8] = words[8] = "best"  # 'was likely Ostland's best': no culprit noun
    doc = Doc(nlp.load().vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert culprits(doc[4]) == []


def test_an_allegation_with_the_roles_swapped_is_another_record() -> None:
    """Records of a directed act whose roles are swapped ('Ostland blamed the crash on human error'
    with Ostland acting; 'Berg said the crash was Ostland's doing' with Ostland accused) are two
    acts, not one restated: they stay two records, each with its own accuser. A two-sided act
    ('A spoke with B' / 'B spoke with A') is still one, and so is a headline's loose report."""
    from structnews.build.extract.drafts import EventDraft
    from structnews.build.extract.events.records import link_restatements

    def draft(type_: str, actors: list[int], recipients: list[int], start: int) -> EventDraft:
        return EventDraft(type_, None, None, actors, recipients, None, None, None, None, "said", start, start + 4,
                          start, start + 40, 0.5)

    ostland, berg = 0, 1
    records = link_restatements([draft("ACCUSE", [ostland], [], 100), draft("ACCUSE", [berg], [ostland], 200)])
    assert [(r.actors, r.recipients) for r in records] == [([ostland], []), ([berg], [ostland])]
    records = link_restatements([draft("CONSULT", [ostland], [berg], 100), draft("CONSULT", [berg], [ostland], 200)])
    assert len(records) == 1
    # a headline's roles are loose ('X stabbed in prison' read with X stabbing): it still joins
    swapped = [draft("ASSAULT", [ostland], [], 0), draft("ASSAULT", [berg], [ostland], 200)]
    assert len(link_restatements(swapped, headline_end=150)) == 1


def test_one_question_test_for_reported_content_and_requests() -> None:
    """'said why X did it' and 'asked who did it' are questions; 'said who did it' states that
    someone did (a wh-subject counts only for a request's content: ``any_wh``)."""
    from structnews.build.extract.events.reported import is_asserted, opens_a_question

    said_who = nlp.load()("Berg said who shelled the village.")
    clause = next(t for t in said_who if t.dep_ == "ccomp")
    assert not opens_a_question(clause) and opens_a_question(clause, any_wh=True)
    said_whether = nlp.load()("Berg said whether Ostland shelled the village.")
    clause = next(t for t in said_whether if t.dep_ == "ccomp")
    assert opens_a_question(clause) and not is_asserted(clause)
