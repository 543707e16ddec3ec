"""Decoding, cleaning and sidecars: clear errors for bad input, exact offsets for good input."""

from __future__ import annotations

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from structnews.build.ingest.clean import clean, parse_byline
from structnews.build.ingest.rawtext import decode
from structnews.build.ingest.sidecars import parse_sidecar


def codes(problems) -> set[str]:
    return {p.code for p in problems}


def test_utf8_is_decoded_and_normalised() -> None:
    text, problems = decode("Cafe\u0301 line one\r\nline two\rline three".encode(), "a.txt")
    assert problems == []
    assert text == "Café line one\nline two\nline three"


def test_bad_encodings_are_named_with_the_byte_offset() -> None:
    _, problems = decode("Café au lait".encode("cp1252"), "a.txt")
    assert codes(problems) == {"not_utf8"}
    assert "byte offset 3" in problems[0].message and "CP1252" in problems[0].hint
    _, problems = decode("hello".encode("utf-16"), "b.txt")
    assert codes(problems) == {"not_utf8"} and "UTF-16" in problems[0].message


def test_binary_html_empty_and_control_characters_are_rejected() -> None:
    assert codes(decode(b"abc\x00def", "a.txt")[1]) == {"binary"}
    assert codes(decode(b"<!DOCTYPE html><html><body>x</body></html>", "a.txt")[1]) == {"html"}
    assert codes(decode(b"   \n\n", "a.txt")[1]) == {"empty"}
    _, problems = decode(b"line one\nline " + bytes(range(1, 9)) * 3 + b"two", "a.txt")
    assert codes(problems) == {"control_character"} and problems[0].line == 2


def test_mojibake_and_stray_controls_are_repaired_and_flagged() -> None:
    from structnews.build.ingest.rawtext import decode_and_repair

    text, problems, flags = decode_and_repair(b"line one\nline \x07two", "a.txt")
    assert problems == [] and text == "line one\nline two" and [f.value for f in flags] == ["control_characters_removed"]
    text, _, flags = decode_and_repair("\x1b[31mBreaking:\x1b[0m Fran\u00c3\u0083\u00c2\u00a7ois said".encode(), "a.txt")
    assert text == "Breaking: François said"
    assert [f.value for f in flags] == ["control_characters_removed", "mojibake_repaired"]
    # Sound text is left exactly as it is: curly quotes, ligatures, full-width forms, entities.
    sound = "“Quoted” ‘words’ — ﬁne ＡＢＣ &amp; naïve café Привет مرحبا"
    assert decode_and_repair(sound.encode(), "a.txt") == (sound, [], [])
    # A page break (form feed) separates lines.
    assert decode_and_repair(b"page one\x0cpage two", "a.txt")[0] == "page one\npage two"


def test_zero_width_characters_are_dropped_from_the_text() -> None:
    text, _ = decode("Zero\u200bwidth".encode(), "a.txt")
    assert text == "Zerowidth"


def test_clutter_patterns_remove_page_furniture_only() -> None:
    raw = "\n".join([
        "Skip to main content",
        "Harbour strike ends after two weeks",
        "By Lena Ott and Tom Rye, Coast Herald",
        "BERGEN — Dock workers returned on Monday after a two-week strike.",
        "Loading video player",
        "Image: Workers at the gate. Credit…Jan Berg/Coast Herald",
        "The union said pay would rise by 4 percent.",
        "Card 1 of 2",
        "The strike. Workers walked out over pay.",
        "The deal. A mediator proposed a compromise.",
        "Port managers welcomed the agreement.",
        "Copyright 2024 Coast Herald Ltd. All rights reserved.",
        "Follow us on social media",
    ])
    result = clean(raw)
    paragraphs = result.text.split("\n\n")
    assert paragraphs == [
        "Harbour strike ends after two weeks",
        "BERGEN — Dock workers returned on Monday after a two-week strike.",
        "The union said pay would rise by 4 percent.",
        "Port managers welcomed the agreement.",
    ]
    assert result.headline == "Harbour strike ends after two weeks"
    assert result.authors == ["Lena Ott", "Tom Rye"]
    assert result.dateline == "BERGEN"


def test_related_box_with_bullets_is_dropped() -> None:
    raw = "\n".join([
        "The council voted on Tuesday.",
        "Understand the Housing Crisis",
        "Prices have risen for a decade.",
        "- Rents: Rents doubled in ten years.",
        "- Supply: Few homes were built.",
        "The vote passed by nine to four.",
    ])
    assert clean(raw).text.split("\n\n") == ["The council voted on Tuesday.", "The vote passed by nine to four."]


def test_a_quote_running_on_into_the_next_paragraph_is_balanced() -> None:
    # the press convention: no closing mark where the next paragraph reopens the same quote
    text = ("Talks resume\n“The talks went well,” the envoy said. “We will meet again.\n"
            "“Nobody wants this to fail,” she added.")
    assert "unbalanced_quotes" not in [f.value for f in clean(text).flags]
    unclosed = "Talks resume\n“The talks went well, the envoy said.\nShe added nothing."
    assert "unbalanced_quotes" in [f.value for f in clean(unclosed).flags]


def test_byline_names_exclude_the_outlet() -> None:
    assert parse_byline("By Ann Lee, Bo Chan and Cy Dunn, Reuters") == ["Ann Lee", "Bo Chan", "Cy Dunn"]
    assert parse_byline("Byzantine politics returned.") is None


def test_quality_flags() -> None:
    result = clean("Talks “went well, the envoy said.\nThey will resume on Monday .\nthe end. the")
    assert "unbalanced_quotes" in [f.value for f in result.flags]
    assert "truncated" in [f.value for f in result.flags]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_any_text_gives_valid_offsets_or_a_clear_error(text: str) -> None:
    decoded, problems = decode(text.encode("utf-8"), "fuzz.txt")
    if decoded is None:
        assert problems and all(p.path == "fuzz.txt" and p.message and p.hint for p in problems)
        return
    result = clean(decoded)
    triples = result.raw_offset_map
    for clean_start, raw_start, length in zip(triples[::3], triples[1::3], triples[2::3]):
        assert result.text[clean_start : clean_start + length] == decoded[raw_start : raw_start + length]
    for start, end in result.paragraphs:
        assert result.text[start:end].strip() == result.text[start:end]


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=string.ascii_letters + " .,“”\"'’\n", max_size=300))
def test_quote_finder_spans_lie_inside_paragraphs(text: str) -> None:
    from structnews.build.extract.quotes import find_quote_spans

    result = clean(text)
    for span in find_quote_spans(result.text, result.paragraphs):
        p_start, p_end = result.paragraphs[span.paragraph]
        assert p_start <= span.start < span.end <= p_end


def test_sidecar_problems_name_the_line_and_the_fix() -> None:
    _, problems = parse_sidecar("publisher: X\npublished: 2020-02-30\nurl: not a url\nfoo: 1\n", "s.yaml")
    by_field = {p.field: p for p in problems}
    assert by_field["published"].line == 2
    assert by_field["url"].line == 3
    assert by_field["foo"].code == "unknown_key" and by_field["foo"].line == 4
    _, problems = parse_sidecar("published: 2020-01-01\n", "s.yaml")
    assert codes(problems) == {"missing_key"}


def test_sidecar_rejects_yaml_beyond_plain_data() -> None:
    assert "yaml_anchor" in codes(parse_sidecar("a: &x 1\nb: *x\n", "s.yaml")[1])
    assert "yaml_tag" in codes(parse_sidecar("publisher: !!python/object:os.system x\npublished: 2020-01-01\n", "s.yaml")[1])
    deep = "publisher: " + "[" * 50 + "]" * 50 + "\npublished: 2020-01-01\n"
    assert "yaml_too_deep" in codes(parse_sidecar(deep, "s.yaml")[1])
    sidecar, problems = parse_sidecar("publisher: X\npublished: 2021-12-30\nauthors: [A B]\n", "s.yaml")
    assert problems == [] and sidecar.published.isoformat() == "2021-12-30" and sidecar.language == "en"


def test_site_chrome_from_other_outlets_is_removed() -> None:
    raw = "\n".join([
        "Harbour strike ends | News | Coast Herald | 30.08.2012",
        "1. Content",
        "2. Navigation",
        "3. Choose from 12 Languages",
        "Harbour strike ends at the U.N.",
        "Last updated: 3 Oct 2023, 19:05",
        "Dock workers returned on Monday after a two-week strike.",
        "Dock workers return to the harbour gate in Bergen.",
        "Dock workers return to the harbour gate in Bergen.",
        "Jane Roe/AP",
        "The union said pay would rise by 4 percent.",
        "Scroll to Top",
        "ab/cd (Reuters, AFP)",
    ])
    result = clean(raw)
    assert result.text.split("\n\n") == [
        "Harbour strike ends at the U.N.",
        "Dock workers returned on Monday after a two-week strike.",
        "Dock workers return to the harbour gate in Bergen.",
        "The union said pay would rise by 4 percent.",
    ]
    assert result.headline == "Harbour strike ends at the U.N."


def test_numbered_prose_is_not_navigation() -> None:
    raw = "The plan has three parts.\n1. Workers get a raise of 4 percent from May.\n2. Nobody is dismissed."
    assert len(clean(raw).text.split("\n\n")) == 3


def test_captions_known_by_their_form_and_donation_appeals_are_dropped() -> None:
    raw = "\n".join([
        "1 of 3 | The minister waves in Bergen on Friday. File Photo by Jane Roe/EPA-EFE",
        "Harbour strike ends after two weeks",
        "The minister boards a ferry in Bergen, May 2, 2024. — Coast Herald pic",
        "Dock workers returned on Monday after a two-week strike.",
        "Every donation counts, and your support makes a difference to Coast Radio.",
        "The union said pay would rise by 4 percent, a figure the minister called fair — a photo op.",
    ])
    assert clean(raw).text.split("\n\n") == [
        "Harbour strike ends after two weeks",
        "Dock workers returned on Monday after a two-week strike.",
        "The union said pay would rise by 4 percent, a figure the minister called fair — a photo op.",
    ]


def test_parenthesised_credits_staff_credits_links_and_outlet_bylines_are_dropped() -> None:
    raw = "\n".join([
        "Harbour strike ends after two weeks",
        "By Coastwire",
        "Dock workers returned on Monday after a two-week strike.",
        "The minister boards a ferry in Bergen on Friday. (Coast News: Jane Roe)",
        "READ ALSO Ministers to weigh new rules for ports",
        "Related: Ferry fares rise again",
        "The union said pay would rise by 4 percent (Reuters).",
        "Output grew 3 percent last year. (Source: Office of Statistics)",
        "Read more about the deal in the union's letter to members.",
        "By Friday, all ferries were sailing again.",
        "Reporting by Ann Poe; Writing by John Doe; Editing by Max Roe",
    ])
    assert clean(raw).text.split("\n\n") == [
        "Harbour strike ends after two weeks",
        "Dock workers returned on Monday after a two-week strike.",
        "The union said pay would rise by 4 percent (Reuters).",
        "Output grew 3 percent last year. (Source: Office of Statistics)",
        "Read more about the deal in the union's letter to members.",
        "By Friday, all ferries were sailing again.",
    ]
    assert clean(raw).authors == []


def test_a_sites_notice_about_the_readers_browser_is_dropped_and_the_headline_follows() -> None:
    """'Your browser is not supported ...' above the headline is site chrome (curated
    ``browser_notice``): before, it was the article's headline and a SUPPORT event. A sentence of
    the story that says a browser is not supported stays."""
    raw = "\n".join([
        "Your browser is not supported. To get the best from this site, update it here",
        "Harbour strike ends after two weeks",
        "Dock workers returned on Monday. The union said the port's old browser is not supported any more.",
    ])
    cleaned = clean(raw)
    assert cleaned.headline == "Harbour strike ends after two weeks"
    assert cleaned.text.split("\n\n") == [
        "Harbour strike ends after two weeks",
        "Dock workers returned on Monday. The union said the port's old browser is not supported any more.",
    ]


def test_captions_closed_by_a_credit_or_placing_a_person_and_editors_notes_are_dropped() -> None:
    raw = "\n".join([
        "Harbour strike ends after two weeks",
        "(ATTN: ADDS union statement in paras 3-4; UPDATES headline)",
        "Dock workers returned on Monday after a two-week strike.",
        "Union leader Ana Lind and Mayor Tomas Berg in Bergen [Jane Roe/Coastwire]",
        "Striking dockers at the harbour gate [Getty]",
        "Ana Lind (L) and Tomas Berg (2nd R) sign the agreement in Bergen",
        "The mayor and the union leader at the harbour Credit: Jane Roe/Coastwire",
        "Universal Credit: What Families Need to Know",
        "Ferry strike ends [LIVE UPDATES]",
        "Senator Ana Lind (R) blocks the harbour bill",
        "‘We will stay out,’ union leader Ana Lind (R) says",
        "(Harbour Press Pool)",
        "Senator Ana Lind (R) said the deal was fair.",
        "The union said pay would rise by 4 percent [from 3 percent].",
        "(AP) - Dock workers in Bergen went back to work.",
        "Workers (left) and managers (right) met at the gate, Tomas Berg said.",
    ])
    assert clean(raw).text.split("\n\n") == [
        "Harbour strike ends after two weeks",
        "Dock workers returned on Monday after a two-week strike.",
        "Universal Credit: What Families Need to Know",
        "Ferry strike ends [LIVE UPDATES]",
        "Senator Ana Lind (R) blocks the harbour bill",
        "Senator Ana Lind (R) said the deal was fair.",
        "The union said pay would rise by 4 percent [from 3 percent].",
        "(AP) - Dock workers in Bergen went back to work.",
        "Workers (left) and managers (right) met at the gate, Tomas Berg said.",
    ]


def test_a_section_label_or_site_bar_over_the_headline_is_dropped() -> None:
    headline = "Ostland and Vetra sign a fisheries pact after two years of talks"
    story = "The two states agreed on quotas."
    c = clean(f"Northern Europe\n\n{headline}\n\n{story}")
    assert c.headline == headline and "Northern Europe" not in c.text
    assert ("section_label", "Northern Europe") in c.dropped
    # a site's name bar over a page title that carries the site's name too; then a section label
    c = clean(f"World | The Tulva Courier\n\nFisheries\n\n{headline} | The Tulva Courier\n\n{story}")
    assert c.headline == headline
    assert [d for d in c.dropped if d[0] == "section_label"] == [("section_label", "World | The Tulva Courier"),
                                                                  ("section_label", "Fisheries")]


@pytest.mark.parametrize("second", [
    "Ostland and Vetra ended two years of talks on Monday.",  # a lede
    'The minister said: "We have a deal after two long years."',  # ends on a closing quotation mark
    "Ann Lindqvist, Europe correspondent",  # a byline with no 'By'
    "By Ann Lindqvist and Ivo Sark",  # a byline
    "TULVA, Ostland (AP)",  # a dateline's place and agency
    "Quotas agreed",  # no longer than the first line
])
def test_a_short_headline_over_a_lede_byline_or_dateline_stays(second: str) -> None:
    c = clean(f"Fisheries pact signed\n\n{second}\n\nThe quotas start in May.")
    assert c.headline == "Fisheries pact signed"
    assert not [d for d in c.dropped if d[0] == "section_label"]


def test_a_page_title_with_the_sites_name_over_a_standfirst_stays() -> None:
    c = clean("Fisheries pact signed | Tulva Courier\n\nOstland and Vetra end two years of talks over cod\n\n"
              "The quotas start in May.")
    assert c.headline == "Fisheries pact signed"
    assert ("site_name", "Tulva Courier") in c.dropped


def test_a_page_titles_site_name_after_one_bar_is_not_story_text() -> None:
    raw = "Ostland and Vetra sign a fisheries pact | TULVA COURIER Archive 2005-2017\n\nSelect Page\n\nThe quotas start in May."
    c = clean(raw)
    assert c.headline == "Ostland and Vetra sign a fisheries pact"
    assert "COURIER" not in c.text and "Select Page" not in c.text
    assert ("site_name", "TULVA COURIER Archive 2005-2017") in c.dropped
    # the kept title still maps to the raw text
    assert raw[c.raw_offset_map[1]: c.raw_offset_map[1] + c.raw_offset_map[2]] == c.headline


@pytest.mark.parametrize("line", [
    "Ostland and Vetra sign a pact | then they part ways at sea. It ended in May.",  # the part after the bar is prose
    "Pact | Tulva Courier",  # too short to be a headline
    "Ostland | Vetra | Tulva",  # two bars: the title-bar pattern's business, not this rule's
])
def test_a_bar_that_does_not_end_a_headline_with_a_site_name_stays(line: str) -> None:
    c = clean(f"{line}\n\nThe quotas start in May.")
    assert not [d for d in c.dropped if d[0] == "site_name"]


def test_a_sources_section_ends_the_story() -> None:
    raw = "\n".join([
        "Harbour strike ends after two weeks",
        "Dock workers returned on Monday.",
        "Sources",
        "\"Strike over\" — Coast Herald, May 16, 2020",
    ])
    assert clean(raw).text.split("\n\n") == ["Harbour strike ends after two weeks", "Dock workers returned on Monday."]
    # the word in a sentence is no header
    assert "Sources said the deal held." in clean("Harbour deal holds\nSources said the deal held.").text


def test_reporters_lines_short_copyrights_and_labelled_captions_are_dropped() -> None:
    """Clutter of many outlets (boilerplate v12): a wire credit in brackets, a copyright line
    without 'All rights reserved', a broadcaster's 'Image caption,' line, a caption ending on a
    credit for the outlet or on 'Credit...', a print-edition note and a correspondent's line; a
    paragraph that opens a quotation after its colon is no item of a 'Read more:' box."""
    raw = "\n\n".join([
        "Harbour strike ends after two weeks",
        "From our correspondent in Bergen",
        "Dock workers returned on Monday after a two-week strike.",
        "Image caption, Dock workers leave the harbour gates on Monday",
        "Workers cheer at the gates on Monday. Credit: Jane Roe for The Coast Herald",
        "The ferry terminal in Bergen. Credit... Jane Roe/Coastwire",
        "Read more: Ferry fares rise again",
        "A union spokeswoman said: “We are glad it is over.”",
        "Ann Poe, Industry Correspondent",
        "Ann Poe is the Bergen correspondent",
        "(Reporting by Ann Poe in Bergen; Editing by Max Roe)",
        "A version of this article appears in print on May 3, 2025, Section B, Page 2.",
        "© 2025 The Coast Herald",
    ])
    assert clean(raw).text.split("\n\n") == [
        "Harbour strike ends after two weeks",
        "Dock workers returned on Monday after a two-week strike.",
        "A union spokeswoman said: “We are glad it is over.”",
    ]


def test_copyright_law_and_a_quoted_correspondent_stay() -> None:
    raw = "\n\n".join([
        "Copyright law changes after court fight",
        "Our correspondent in Bergen, Ann Poe, said the mood at the harbour was calm.",
        "Ann Poe, a reporter for the Coast Herald, said the gates reopened at dawn.",
    ])
    assert clean(raw).text.split("\n\n") == raw.split("\n\n")


def test_a_byline_with_the_reporters_job_or_place_gives_the_names() -> None:
    assert parse_byline("By Ann Lee in Paris") == ["Ann Lee"]
    assert parse_byline("By Ann Lee and Bo Chan in Kabul") == ["Ann Lee", "Bo Chan"]
    assert parse_byline("By national affairs reporter Ann Lee") == ["Ann Lee"]
    assert parse_byline("By the time police arrived, the crowd had gone") is None
