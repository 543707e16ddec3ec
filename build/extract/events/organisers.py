"""Who holds an event a noun names when only its organiser is written: 'the strike called by X',
'a rally organised by X', 'talks proposed by X'.

A past participle on the event noun whose verb is a curated ``initiator_verbs`` verb ('call',
'organise', 'host', 'propose'), with a 'by' agent and no subject of its own, names who set the
event up; a union that calls a strike or a party that organises a rally holds it. Read only when
the sentence gives the event no other doer. (:func:`participle_agents` reads any participle's agent:
'charges laid by X' for an act undergone.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from structnews.build.extract.events.referents import ArticleState


def participle_agents(noun: Token, art: ArticleState, verbs: set[str] | None = None) -> list[int]:
    """The entities of the 'by' agent of a past participle on ``noun`` with no subject of its own
    ('charges laid by X'); only of a participle of one of ``verbs`` when given."""
    return [e for clause in noun.children
            if clause.dep_ == "acl" and clause.tag_ == "VBN" and (verbs is None or clause.lemma_.lower() in verbs)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
            for agent in clause.children if agent.dep_ == "agent" for e in art.pobj_entities(agent)]


def organisers(noun: Token, art: ArticleState) -> list[int]:
    """The agent of an initiator participle on ``noun`` ('called by X', 'organised by X')."""
    return participle_agents(noun, art, set(art.lex.raw.initiator_verbs))


def only_union(art: ArticleState) -> list[int]:
    """'Workers at the mine walked off the job': a strike told of unnamed workers is held by the
    one labour union the article names (an organisation the gazetteer does not know whose name
    holds a curated ``union_name_words`` word: 'Ohio Nurses United' is none, 'Harbour Workers
    Union' is one); with none or two named, by no one."""
    words = frozenset(art.lex.raw.union_name_words)
    unions = [e.index for e in art.ents.entities if e.type == "ORG" and e.gazetteer_name is None
              and words & set(e.name.lower().replace("’", "'").split())]
    return unions if len(unions) == 1 else []
