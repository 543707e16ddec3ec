"""A person named in apposition to a role with a long qualifier keeps the role
(structnews_subject_mends): in 'The United Nations special envoy for the Great Lakes region,
Halvard Reinholt, met ...' the model hangs the name on 'region'; the name is the envoy's, so the
envoy who meets and speaks is Reinholt, not the United Nations. Invented names; each actor and
speaker decided by reading the text."""

from __future__ import annotations

import datetime as dt

from helpers_nlp import analyse, named_events
from structnews.build.extract import nlp

PUBLISHED = dt.date(2025, 4, 5)
ENVOY = "The United Nations special envoy for the Great Lakes region, Halvard Reinholt, met Congo's president in Kinshasa on Tuesday."


def test_the_name_is_the_roles_apposition() -> None:
    doc = nlp.load()(ENVOY)
    name = next(t for t in doc if t.text == "Reinholt")
    assert (name.dep_, name.head.text) == ("appos", "envoy")


def test_the_named_envoy_meets() -> None:
    assert [(e.type, e.actors) for e in named_events(ENVOY, PUBLISHED)] == [("CONSULT", ["Halvard Reinholt"])]


def test_the_named_envoy_is_the_speaker() -> None:
    a = analyse('The UN special envoy for the Great Lakes region, Halvard Reinholt, said the talks would resume "as soon as possible."')
    assert a.speaker(a.quote("as soon as possible")) == "Halvard Reinholt"
