"""`structnews import html` and `warc`: saved pages and web archives to NAME.txt + NAME.yaml.

The fixture pages are invented (tests/fixtures/import/*.html): a page with navigation, a cookie
banner, share buttons, related links, comments and a footer, and a page without any date.
"""

from __future__ import annotations

import datetime as dt
import gzip
from pathlib import Path

import yaml
from helpers_import import PAGE, PAGE_URI, UNDATED, run, write_warc
from structnews.build.core.errors import Problem
from structnews.build.ingest.importers.base import Candidate, Options
from structnews.build.ingest.importers.html import HtmlImporter
from structnews.build.ingest.importers.warc import WarcImporter

HEADLINE = "Harbour council backs new night ferry to Kestrel Island"
CLUTTER = ["Sport", "Subscribe", "cookies", "Related stories", "Storm damage to harbour wall", "Comments (3)", "islander_77",
           "Disgraceful", "bicycles", "Share this article", "Facebook", "Advertisement", "All rights reserved", "Privacy policy",
           "Local Affairs Reporter", "dataLayer", "font-family"]


def _one(path: Path, options: Options | None = None) -> Candidate | Problem:
    items = list(HtmlImporter(options).read(path, path.name))
    assert len(items) == 1, items
    return items[0]


def test_saved_page_keeps_the_article_and_drops_the_clutter() -> None:
    item = _one(PAGE)
    assert isinstance(item, Candidate), item
    paragraphs = item.text.rstrip("\n").split("\n\n")
    assert paragraphs[0] == HEADLINE  # headline first, once
    assert sum(p == HEADLINE for p in paragraphs) == 1
    assert len(paragraphs) == 7  # the headline and the article's six paragraphs, each kept whole
    assert paragraphs[1].startswith("Millbrook’s harbour council voted on Thursday")
    assert paragraphs[3] == ("“People have been sleeping in their cars on the quay because there was no boat to take them home,” "
                             "said Councillor Priya Anand, who chairs the council’s transport committee. “That ends in May.”")
    assert paragraphs[-1].endswith("withdrawn in 2022.")
    for clutter in CLUTTER:
        assert clutter not in item.text, clutter
    assert "\n\n\n" not in item.text and "\r" not in item.text and item.text.endswith(".\n")


def test_saved_page_sidecar_has_the_metadata_and_where_each_field_came_from() -> None:
    item = _one(PAGE)
    assert isinstance(item, Candidate)
    assert dict(item.fields) == {
        "title": HEADLINE, "authors": ["Dana Whitcombe"], "url": PAGE_URI, "publisher": "The Millbrook Gazette",
        "published": dt.date(2024, 3, 14), "language": "en"}
    assert dict(item.provenance) == {
        "title": "html:meta og:title", "authors": "html:meta author", "url": "html:meta og:url",
        "publisher": "html:meta og:site_name", "published": "html:meta article:published_time", "language": "html:lang"}
    assert dict(item.origin.source) == {"format": "html", "file": "harbor-ferry.html"}


def test_the_page_heading_is_the_headline_and_other_encodings_are_read(tmp_path: Path) -> None:
    # og:title differs from the article's own heading: the heading goes first, once; the sidecar
    # keeps the metadata's title.
    page = tmp_path / "retitled.html"
    page.write_text(PAGE.read_text(encoding="utf-8").replace(
        f'<meta property="og:title" content="{HEADLINE}">', '<meta property="og:title" content="Night ferry approved">'), encoding="utf-8")
    item = _one(page)
    assert isinstance(item, Candidate)
    assert item.text.startswith(HEADLINE + "\n\nMillbrook’s") and "Night ferry approved" not in item.text
    assert item.fields["title"] == "Night ferry approved" and item.provenance["title"] == "html:meta og:title"
    # A page saved in Windows-1252 is decoded by its declared charset; what is written is UTF-8.
    legacy = tmp_path / "legacy.html"
    legacy.write_bytes(UNDATED.read_text(encoding="utf-8").replace('charset="utf-8"', 'charset="windows-1252"').encode("cp1252"))
    item = _one(legacy, Options(published=dt.date(2024, 5, 2)))
    assert isinstance(item, Candidate) and "Fenwick’s public library" in item.text


def test_page_without_a_date_is_refused_unless_published_is_given(tmp_path: Path) -> None:
    item = _one(UNDATED)
    assert isinstance(item, Problem)
    assert (item.field, item.code) == ("published", "missing_date")
    assert "--published YYYY-MM-DD" in item.hint
    assert item.format().startswith("undated.html: published: no publication date found in the page")
    dated = _one(UNDATED, Options(published=dt.date(2024, 5, 2)))
    assert isinstance(dated, Candidate)
    assert dated.provenance["published"] == "cli --published" and str(dated.fields["published"]) == "2024-05-02"
    # --published fills in a missing date; it never replaces the page's own.
    page = _one(PAGE, Options(published=dt.date(2020, 1, 1)))
    assert isinstance(page, Candidate) and str(page.fields["published"]) == "2024-03-14"
    # Through the command line: refused with the same message and an exit code, nothing written.
    result = run("import", "html", str(UNDATED), "--out", str(tmp_path / "raw"))
    assert result.exit_code == 1
    assert "published: no publication date found in the page" in result.output and "[missing_date]" in result.output
    assert not (tmp_path / "raw").exists()
    result = run("import", "html", str(UNDATED), "--out", str(tmp_path / "raw"), "--published", "2024-05-02")
    assert result.exit_code == 0, result.output
    (side,) = (tmp_path / "raw").glob("*.yaml")
    assert side.name.startswith("fenwick-weekly_2024-05-02_")
    assert yaml.safe_load(side.read_text(encoding="utf-8"))["provenance"]["published"] == "cli --published"


def test_pages_that_are_not_articles_are_problems_not_tracebacks(tmp_path: Path) -> None:
    cases = {
        "empty.html": (b"   \n", "not_html"),
        "image.html": (b"\x89PNG\r\n\x1a\n" + bytes(200), "not_html"),
        "index.html": (b"<html><head><title>Index</title></head><body><nav><a href='/a'>A</a></nav></body></html>", "no_text"),
    }
    for name, (data, code) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        item = _one(path, Options(published=dt.date(2024, 1, 1), publisher="X"))
        assert isinstance(item, Problem) and item.code == code, (name, item)
    result = run("import", "html", str(tmp_path), "--out", str(tmp_path / "raw"))
    assert result.exit_code == 1 and "refused: 3" in result.output


def test_warc_imports_html_responses_and_skips_and_counts_the_rest(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    ids = write_warc(warc)
    items = list(WarcImporter().read(warc, "crawl.warc.gz"))
    candidates = [i for i in items if isinstance(i, Candidate)]
    assert [c.origin.source["target_uri"] for c in candidates] == list(ids)
    for c in candidates:
        assert c.origin.source["warc_record_id"] == ids[c.origin.source["target_uri"]]
        assert c.origin.source["format"] == "warc" and c.origin.source["file"] == "crawl.warc.gz"
    page, undated = candidates
    assert page.text.startswith(HEADLINE + "\n\n") and page.provenance["published"] == "html:meta article:published_time"
    # The undated page's date is in the address it was fetched from: found by htmldate.
    assert str(undated.fields["published"]) == "2023-11-02" and undated.provenance["published"] == "htmldate"
    assert undated.provenance["url"] == "warc WARC-Target-URI"
    result = run("import", "warc", str(warc), "--out", str(tmp_path / "raw"))
    assert result.exit_code == 0, result.output
    assert "imported: 2 article(s)" in result.output
    assert ("skipped, not articles: 6 (HTTP 301 1, HTTP 404 1, metadata record 1, not HTML (image/png) 1, "
            "request record 1, warcinfo record 1)") in result.output
    sidecars = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((tmp_path / "raw").glob("*.yaml"))]
    assert {s["source"]["target_uri"]: s["source"]["warc_record_id"] for s in sidecars} == ids
    assert sorted(s["source"]["record"] for s in sidecars) == [3, 4]


def test_uncompressed_warc_and_a_cut_short_one(tmp_path: Path) -> None:
    plain = tmp_path / "crawl.warc"
    write_warc(plain)
    assert sum(isinstance(i, Candidate) for i in WarcImporter().read(plain, plain.name)) == 2
    data = gzip.compress(plain.read_bytes())
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) * 2 // 3])
    items = list(WarcImporter().read(cut, cut.name))
    problems = [i for i in items if isinstance(i, Problem)]
    assert problems and problems[-1].code == "bad_warc", items
    garbage = tmp_path / "notes.warc"
    garbage.write_text("this is not a web archive\n", encoding="utf-8")
    (problem,) = list(WarcImporter().read(garbage, garbage.name))
    assert isinstance(problem, Problem) and problem.code == "bad_warc" and "at the start" in problem.message
    result = run("import", "warc", str(cut), str(garbage), "--out", str(tmp_path / "raw"))
    assert result.exit_code == 1 and "[bad_warc]" in result.output
