"""Two shapes of European copy (invented names):

- 'The regional prefect, Laurent Dufresne, called for calm, saying ...': the model makes 'prefect'
  the root and 'called' (tagged a past tense) its modifier, so the quotes had no speaker and were
  dropped. A past tense hung on the root noun right after it or after its apposition is the verb
  (structnews_subject_mends); 'prefect' before a name makes it a person (gazetteer v45).
- 'De Vries said ...' opening a sentence after 'Sanne de Vries': the particle is capitalised
  there, and the surname was a body of its own; it is her surname."""

from __future__ import annotations

from helpers_nlp import analyse


def test_a_described_subject_with_a_past_tense_speaks() -> None:
    a = analyse("The regional prefect, Laurent Dufresne, called for calm, saying the state would “not tolerate damage to "
                "public or private property” but recognised “the genuine distress of farmers.”")
    assert a.speaker(a.quote("not tolerate")) == "Laurent Dufresne"
    assert a.speaker(a.quote("the genuine distress")) == "Laurent Dufresne"


def test_a_particle_surname_opening_a_sentence_is_the_person() -> None:
    a = analyse("The alderman for housing, Sanne de Vries, defended the plan.\n\n"
                "De Vries said the city would hold “information evenings” for residents.")
    assert [e.name for e in a.entities if e.type == "PERSON"] == ["Sanne de Vries"]
    assert a.speaker(a.quote("information evenings")) == "Sanne de Vries"
