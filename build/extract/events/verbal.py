"""Acts between named people that are words, not force: 'X attacked Y' between two politicians.

Campaign news uses the verbs of force for criticism ('the senator attacked her rival for the tweet', 'she
hit back at her rival'). The shape tells them apart well enough: an assault in the news has an
unnamed side (a gunman, a crowd, a village) or a weapon, while a named person 'attacking' another
named person with no weapon named attacks their words or record. The readings that can be words
say which type they then have (``between_persons`` in data/curated/events.yaml)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from structnews.build.extract.events.triggers import Candidate

if TYPE_CHECKING:
    from structnews.build.extract.events.referents import ArticleState


def between_persons(cand: Candidate, art: ArticleState) -> None:
    """Retype the candidate when all its doers and counterparts are named people and no 'with'
    phrase (a weapon) hangs on the trigger."""
    retyped = cand.entry.between_persons
    if retyped is None or not cand.actors or not cand.recipients:
        return
    if any(art.types.get(e) != "PERSON" for e in (*cand.actors, *cand.recipients)):
        return
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in cand.token.children):
        return  # 'attacked him with a knife'
    cand.entry = cand.entry.model_copy(update={"type": retyped, "mode": "disapprove", "between_persons": None})
