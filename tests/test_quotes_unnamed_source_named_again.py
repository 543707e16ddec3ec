"""'A senior diplomat, who spoke on condition of anonymity, said ...' ... '“…,” the diplomat
said': the definite noun takes up the unnamed source the article just introduced with 'a', not a
named minister who is also a diplomat. Invented sentences."""

from __future__ import annotations

from helpers_nlp import analyse

_TEXT = (
    "Talks on nuclear deal stall\n"
    "Deputy Foreign Minister Karim Sadeghi met senior diplomats from France, Germany and Britain in Vienna on Monday.\n"
    "\"We came with serious proposals,\" Sadeghi told reporters after the meeting.\n"
    "A senior European diplomat, who spoke on condition of anonymity because the talks were private, said the two "
    "sides had discussed a timetable.\n"
    "\"Everyone knows what a deal looks like. The question is who moves first,\" the diplomat said."
)


def test_the_diplomat_is_the_unnamed_one_just_introduced() -> None:
    found = analyse(_TEXT)
    quote = next(q for q in found.quotes if q.text.startswith("Everyone knows"))
    assert found.speaker(quote) is None


def test_a_named_diplomat_is_still_found_when_none_was_introduced() -> None:
    text = _TEXT.replace("A senior European diplomat, who spoke on condition of anonymity because the talks were private, "
                         "said the two sides had discussed a timetable.\n", "")
    text = text.replace("Deputy Foreign Minister Karim Sadeghi", "Karim Sadeghi, the country's chief diplomat,")
    found = analyse(text)
    quote = next(q for q in found.quotes if q.text.startswith("Everyone knows"))
    assert found.speaker(quote) == "Karim Sadeghi"
