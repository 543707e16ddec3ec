"""The evaluator's arithmetic, on hand-written gold for the fixture article (values worked out by hand)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from structnews.build.use.evaluate import evaluate


def _write(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def test_scores_match_a_hand_count(built: Path, tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    art = "harbor_talks"
    _write(gold / "quotes.jsonl", [
        {"article": art, "text": "We are not going to accept a deal that ruins our coastal towns,", "speaker": "Anne Lind"},
        # right text, but this gold says another speaker: a speaker error
        {"article": art, "text": "But we are ready to keep talking.", "speaker": "Bjarni Stefansson"},
        {"article": art, "text": "following the talks closely.", "speaker": "European Commission"},
        # not a quotation the extractor can find: a recall error
        {"article": art, "text": "the ministers will speak by phone on Friday", "speaker": None},
    ])
    _write(gold / "entities.jsonl", [
        {"article": art, "name": "Anne Lind", "type": "PERSON", "mentions": ["Anne Lind", "Ms. Lind"]},
        {"article": art, "name": "Oslo", "type": "GPE", "mentions": ["OSLO", "Oslo"]},
        {"article": art, "name": "Narnia", "type": "GPE", "mentions": ["Narnia"]},
    ])
    _write(gold / "events.jsonl", [
        {"article": art, "type": "CONSULT", "sentence": "Anne Lind, met her Icelandic counterpart", "actors": ["Anne Lind"],
         "date": "2024-03-05", "date_precision": "day"},
        {"article": art, "type": "CONSULT", "sentence": "the ministers will speak by phone on Friday", "actors": [],
         "date": "2024-03-08", "date_precision": "day"},
    ])
    report = evaluate(gold, built)
    q, e, v = report["quotes"], report["entities"], report["events"]
    # 3 direct quotes extracted, 3 of the 4 gold found, 2 of those 3 with the gold speaker
    assert (q["tp"], q["predicted"], q["gold"]) == (3, 3, 4)
    assert q["precision"] == 1.0 and q["recall"] == 0.75 and q["f1"] == pytest.approx(0.857, abs=1e-3)
    assert q["speaker_accuracy"] == pytest.approx(0.667, abs=1e-3)
    # 2 of 3 gold entities found; 'Ms. Lind' counts as the form 'Lind' (honorifics are not names)
    assert e["recall"] == pytest.approx(0.667, abs=1e-3)
    assert e["alias_merge_accuracy"] == 1.0
    # one of the two gold events found, with type, actor and date right; the fixture also yields a
    # THREATEN event (a gold type) that this gold set does not list
    assert v["sentence_recall"] == 0.5 and v["type_accuracy"] == 1.0 and v["date_accuracy"] == 1.0
    assert v["fully_right"] == 0.5 and v["precision"] == 0.5
    kinds = {err["kind"] for err in report["errors"]}
    assert {"missed_quote", "wrong_speaker", "missed_entity", "missed_event"} <= kinds
