"""Boilerplate v13: page furniture that news sites set around a story is not its text. Between the
headline and the first sentence stand bylines without 'By' ('Helen Ashworth in São Paulo'), jobs
('Staff Correspondent'), dates ('Fri 12 Sep 2025 18.02 BST') and bars ('Sunetra Kulkarni |
December 5, 2024'); after the last sentence, topic tags and outlet names; anywhere, captions known
by their credit, agency notes ('(With inputs from PTI)'), e-mail lines, app promotions and
summary boxes. A byline with 'By' still gives the authors, and nothing that reads as the story's
own text is dropped. Invented articles."""

from __future__ import annotations

import pytest

from structnews.build.ingest.clean import clean

_BODY = ("The regional council voted on Tuesday to close two rural clinics, citing a shortage of nurses.\n\n"
         "Residents said the nearest hospital was now more than an hour away by road.")


def _kept(text: str) -> str:
    return clean(text).text


@pytest.mark.parametrize("furniture", [
    "Helen Ashworth in São Paulo",
    "Hannah Okafor in Nairobi and Pieter de Vries in The Hague",
    "Kyle Demchuk, The Prairie Sentinel",
    "Staff Correspondent, Cox’s Bazar",
    "Our Special Correspondent",
    "Pacific affairs reporter Liam Cartwright",
    "Fri 12 Sep 2025 18.02 BST",
    "Oct. 22, 2025",
    "Sunetra Kulkarni | December 5, 2024",
    "Shelby Tran · NOBN News · Posted: Feb 10, 2026 4:12 PM ET",
    "Sarah Boudreau | Staff Reporter",
    "Reporting from Mexico City",
    "Posted 2h ago",
])
def test_furniture_between_headline_and_story_is_dropped(furniture: str) -> None:
    text = f"Council closes two rural clinics\n\n{furniture}\n\n{_BODY}"
    kept = _kept(text)
    assert furniture not in kept
    assert "Council closes two rural clinics" in kept and "shortage of nurses" in kept


@pytest.mark.parametrize("clutter", [
    "(With inputs from PTI)",
    "—With a report from Paolo Santiago",
    "Park Jae-won contributed to this report.",
    "Edited by: Rob Mudge",
    "Have your say: comments@example-courier.co.ke",
    "Follow The Harbour Ledger on WhatsApp for the latest news.",
    "This article was amended on 21 November 2024 to correct the number of ballot papers.",
    "Copyright © 2025 The Harbour Ledger. Reproduction prohibited.",
    "Photo: Residents gather outside the clinic on Wednesday. (Harbour Ledger/Paulo Mendes)",
    "Nurses picket the clinic on Monday. (Photo by Jun Alcaraz)",
    "Nurses picket the clinic on Monday. | Photo Credit: Special Arrangement",
    "A nurse at the clinic on Monday. Photograph: Ian Harker/Alamy",
])
def test_credits_captions_and_promotions_are_dropped(clutter: str) -> None:
    kept = _kept(f"Council closes two rural clinics\n\n{_BODY}\n\n{clutter}\n\nThe council will meet again next month to review the decision.")
    assert clutter not in kept
    assert "meet again next month" in kept


def test_topic_tags_after_the_last_sentence_are_dropped() -> None:
    kept = _kept(f"Council closes two rural clinics\n\n{_BODY}\n\nHealth\n\nRural affairs")
    assert "Rural affairs" not in kept and "Health" not in kept.split("\n")


def test_a_summary_box_above_the_story_is_dropped() -> None:
    text = ("Council closes two rural clinics\n\nKey points:\n\nThe council voted to close two clinics\n\n"
            f"Residents face a long drive to hospital\n\n{_BODY}")
    kept = _kept(text)
    assert "Key points" not in kept and "long drive" not in kept and "shortage of nurses" in kept


def test_a_byline_with_by_still_names_its_authors() -> None:
    result = clean(f"Council closes two rural clinics\n\nBy Marcus Bell | Published February 19, 2026, 4:12 PM ET\n\n{_BODY}")
    assert result.authors == ["Marcus Bell"]
    assert "Marcus Bell" not in result.text


def test_lines_that_read_as_the_story_are_kept() -> None:
    """A credit word inside a sentence, a lower-case word ending a broken paragraph and a
    two-line title-case headline are not furniture."""
    text = ("Council closes two rural clinics\n\n"
            "The clinic's director said the picture was bleak and gave credit to volunteers who kept it open.\n\n"
            "Residents said the decision would leave many without care and\nincites\n"
            "anger across the valley, one nurse said.")
    kept = _kept(text)
    assert "gave credit to volunteers" in kept
    assert "incites" in kept
    assert kept.startswith("Council closes two rural clinics")


def test_a_title_case_headline_under_a_section_label_is_no_byline() -> None:
    kept = _kept(f"World\n\nCouncil Closes Two Clinics\n\nHelen Ashworth in São Paulo\n\n{_BODY}")
    assert "Council Closes Two Clinics" in kept
    assert "Helen Ashworth" not in kept
