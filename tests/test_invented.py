"""The invented-sentence sets (eval/invented/): their files, their validation and their scoring."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from structnews.build.core.errors import InputError
from structnews.build.use.evalsets import load_registry, run_set
from structnews.build.use.evaluate import report_rows
from structnews.build.use.invented import read_sentences
from structnews.schema.events import EventType

INVENTED = Path(__file__).resolve().parent.parent / "eval" / "invented"


@pytest.mark.parametrize("folder, at_least", [("dev", 1400), ("heldout", 2100)])
def test_the_shipped_sets_validate_and_cover_every_type(folder: str, at_least: int) -> None:
    sentences = read_sentences(INVENTED / folder)
    assert len(sentences) >= at_least
    types = Counter(e.type for _, s in sentences for e in s.events)
    assert set(types) == set(EventType), set(EventType) - set(types)
    quiet = sum(not s.events for _, s in sentences)
    assert 0.2 < quiet / len(sentences) < 0.8  # both sets hold many sentences that report nothing


def test_dev_and_heldout_share_no_sentence() -> None:
    dev = {s.text for _, s in read_sentences(INVENTED / "dev")}
    heldout = {s.text for _, s in read_sentences(INVENTED / "heldout")}
    assert not dev & heldout


def _write(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def _event(type_: str, trigger: str) -> dict:
    return {"type": type_, "mode": None, "context": None, "trigger": trigger, "actors": [], "recipients": []}


def test_a_bad_line_names_the_file_line_and_field(tmp_path: Path) -> None:
    _write(tmp_path / "x.jsonl", [
        {"id": "x-1", "text": "Ostland accused Westmark of shelling the border town.", "events": [_event("ACCUSE", "accused")]},
        {"id": "x-2", "text": "Ostland accused Westmark of shelling the border town.", "events": [_event("ACCUSE", "blamed")]},
        {"id": "x-1", "text": "Rain is expected across the region on Friday.", "events": []},
        {"id": "x-4", "text": "Ostland accused Westmark of shelling the border town.", "events": [_event("HUG", "accused")]},
    ])
    with pytest.raises(InputError) as exc:
        read_sentences(tmp_path)
    problems = {(p.line, p.code): p for p in exc.value.problems}
    assert set(problems) == {(2, "bad_invented_sentence"), (3, "duplicate_id"), (4, "bad_invented_sentence")}
    assert "events.0.trigger: 'blamed' is not in the sentence" in problems[(2, "bad_invented_sentence")].message
    assert problems[(4, "bad_invented_sentence")].field.startswith("events.0.type")
    assert all(p.path.endswith("x.jsonl") for p in exc.value.problems)


def test_an_empty_folder_or_a_file_not_in_utf8_is_reported_not_raised(tmp_path: Path) -> None:
    with pytest.raises(InputError) as exc:
        read_sentences(tmp_path)
    assert [p.code for p in exc.value.problems] == ["no_invented_sentences"]
    (tmp_path / "x.jsonl").write_bytes(b'{"id": "x-1", "text": "Caf\xe9 owners marched on Monday.", "events": []}\n')
    with pytest.raises(InputError) as exc:
        read_sentences(tmp_path)
    assert [(p.code, p.field) for p in exc.value.problems] == [("bad_encoding", "file")]


def test_every_mistake_of_a_line_is_reported_with_its_field(tmp_path: Path) -> None:
    _write(tmp_path / "x.jsonl", [{"id": "", "text": "Ostland accused Westmark.", "events": [_event("HUG", "accused")]}])
    with pytest.raises(InputError) as exc:
        read_sentences(tmp_path)
    assert {p.field for p in exc.value.problems} >= {"id", "events.0.type"}


def test_a_set_is_built_and_scored_per_sentence_and_type(tmp_path: Path) -> None:
    """Three sentences, checked by hand: an accusation the lexicon knows (found), a demand written
    with a word no rule reads as one (missed), and a quiet sentence (left quiet)."""
    gold = tmp_path / "inv"
    gold.mkdir()
    _write(gold / "a.jsonl", [
        {"id": "a-1", "text": "The Ostland government accused Westmark of shelling the border town of Lirra.",
         "events": [_event("ACCUSE", "accused")]},
        {"id": "a-2", "text": "Heavy rain is expected across the region on Friday, forecasters said.", "events": []},
        {"id": "a-3", "text": "Westmark's parliament hankered for Ostland's apology over the border dispute.",
         "events": [_event("REQUEST", "hankered for")]},
    ])
    registry = tmp_path / "eval" / "sets.yaml"
    registry.parent.mkdir()
    registry.write_text("sets:\n  - {name: inv, description: d, gold: inv, raw: inv, format: invented, kinds: [events]}\n", encoding="utf-8")
    reg = load_registry(registry)
    result = run_set(reg.sets[0], registry, reg, cache=tmp_path / "cache", jobs=1)
    assert result["status"] == "scored" and result["articles"] == 1
    figures = result["report"]["sentence_events"]
    assert (figures["tp"], figures["gold"], figures["sentences"]) == (1, 2, 3)
    assert figures["per_type"]["ACCUSE"]["tp"] == 1 and figures["per_type"]["REQUEST"]["fn"] == 1
    assert figures["quiet_sentences"] == 1 and figures["quiet_right"] == 1.0
    missed = [e for e in result["report"]["errors"] if e["kind"] == "missed_event"]
    assert [(e["sentence_id"], e["type"]) for e in missed] == [("a-3", "REQUEST")]
    rows = {measure: value for measure, value, _ in report_rows(result["report"])}
    assert rows["sentence events recall"] == "0.500"
