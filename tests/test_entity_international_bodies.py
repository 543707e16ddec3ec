"""International courts and regional bodies of the gazetteer (v30): their other names and
acronyms are one entity with them, and they are organisations. Invented sentences."""

from __future__ import annotations

from helpers_nlp import analyse
from structnews.build.core import curated


def _groups(text: str) -> dict[str, tuple[str, list[str]]]:
    found = analyse(text)
    return {e.name: (e.type, sorted({m.text for m in found.mentions if m.entity == e.index})) for e in found.entities}


def test_the_world_court_is_the_international_court_of_justice() -> None:
    groups = _groups("Ostland took its border dispute with Varnia to the ICJ in May. "
                     "The World Court is expected to rule next year.")
    assert groups["International Court of Justice"] == ("ORG", ["ICJ", "World Court"])


def test_the_ecj_and_the_cjeu_are_one_court() -> None:
    groups = _groups("Ostland lost its case at the European Court of Justice on Tuesday. "
                     "Judges at the CJEU said its law broke the treaties.")
    [name] = [e.name for e in curated.gazetteer().entities if "CJEU" in e.aliases]  # its official name
    assert groups[name] == ("ORG", ["CJEU", "European Court of Justice"])


def test_east_timors_official_names_are_one_state() -> None:
    groups = _groups("Timor-Leste signed the treaty on Monday. Officials in Timor Leste called it historic.")
    assert groups["East Timor"] == ("GPE", ["Timor Leste", "Timor-Leste"])


def test_opec_plus_is_a_group_of_its_own_not_opec() -> None:
    """Gazetteer v49: the wider producers' group is named with its '+' (one token the model
    leaves untagged), apart from OPEC itself."""
    text = ("OPEC+ extends output cuts\n\nOPEC+ agreed on Sunday to keep its output cuts in place. "
            "OPEC itself did not comment, and OPEC Plus ministers will meet again in June.")
    groups = _groups(text)
    assert groups["OPEC+"] == ("ORG", ["OPEC Plus", "OPEC+"])
    assert groups["Organization of the Petroleum Exporting Countries"][1] == ["OPEC"]
