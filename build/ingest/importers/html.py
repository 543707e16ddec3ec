"""Saved web pages: the main text and the metadata, by trafilatura (dates by htmldate).

trafilatura finds the article in the page (navigation, comments, related links, share buttons and
footers left out) and reads title, authors, date, site name and canonical URL from the page's
metadata. Its paragraphs are kept as paragraphs; the headline goes first. Each sidecar field says
where it came from: the meta tag (or ``<title>``, JSON-LD, ``<time>``, ``<html lang>``) whose value
it is, else ``trafilatura`` or ``htmldate``. Dates are only taken from the page's structure
(metadata, ``<time>`` elements, the URL), never guessed from running text: a page whose date is
not found is refused unless ``--published`` gives one.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import htmldate
import trafilatura
from structnews.build.core.errors import Problem
from structnews.build.ingest.importers.base import (
    Candidate,
    Importer,
    Item,
    Origin,
    authors_of,
    compose,
    host_of,
    language_code,
)

# A saved article page is rarely over a few megabytes; past this it is not one (or not only one).
MAX_PAGE_BYTES = 20_000_000

# Without this, trafilatura and htmldate log their own notes ("discarding data") to stderr.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.ERROR)


class HtmlImporter(Importer):
    format = "html"
    suffixes = (".html", ".htm", ".xhtml", ".shtml")

    def read(self, path: Path, display: str) -> Iterator[Item]:
        origin = Origin(display, None, {"format": self.format, "file": path.name})
        try:
            raw = path.read_bytes()
        except OSError as exc:
            yield origin.problem("source", "unreadable", f"cannot be read ({exc.strerror or exc})", "check the file's permissions")
            return
        yield from self.page(raw, origin)

    def page(self, raw: bytes, origin: Origin, url: str | None = None, url_from: str = "") -> list[Candidate | Problem]:
        """One page's bytes to an article. ``url`` is where the page was fetched from, if known
        (a WARC record's target URI, named ``url_from`` in the provenance)."""
        if len(raw) > MAX_PAGE_BYTES:
            return [origin.problem("html", "too_large", f"the page is {len(raw):,} bytes, over {MAX_PAGE_BYTES:,}",
                                  "save the article's page alone, not a whole site")]
        tree = trafilatura.load_html(raw) if raw.strip() else None
        if tree is None:
            return [origin.problem("html", "not_html", "could not be read as an HTML page",
                                   "check that it is a saved web page (HTML), not another kind of file")]
        found = _metadata_sources(tree)
        doc = trafilatura.bare_extraction(
            tree, url=url, with_metadata=True, include_comments=False, include_tables=False, include_images=False,
            include_links=False, date_extraction_params=_date_params(url))
        paragraphs = _paragraphs(doc.body) if doc is not None and doc.body is not None else []
        # The page's own heading, when the article starts with one, is the headline as printed;
        # else the title from the metadata goes first.
        starts_with_heading = bool(doc is not None and doc.body is not None and len(doc.body) and doc.body[0].tag == "head")
        if not paragraphs:
            return [origin.problem("text", "no_text", "no article text found in the page",
                                   "check that the page is an article (not an index, a gallery or a login page)")]
        fields: dict[str, object] = {}
        provenance: dict[str, str] = {}

        def put(name: str, value: object, where: str) -> None:
            if value not in (None, "", []):
                fields[name], provenance[name] = value, where

        put("title", doc.title, _where(doc.title, found))
        authors = authors_of(doc.author) if doc.author else None
        put("authors", authors, _where(authors[0], found) if authors else "")
        page_url = doc.url if host_of(doc.url) else None
        if page_url:
            where = _where(page_url, found)
            put("url", page_url, url_from if where == "trafilatura" and page_url == url and url_from else where)
        elif host_of(url):
            put("url", url, url_from or "fetched from")
        publisher_host = host_of(fields.get("url"))
        if doc.sitename and not _is_host(doc.sitename):
            put("publisher", doc.sitename, _where(doc.sitename, found))
        elif publisher_host:
            put("publisher", publisher_host, "url host")
        elif doc.sitename:
            put("publisher", doc.sitename, _where(doc.sitename, found))
        date = _date(doc.date)
        if date is not None:
            where = _where(doc.date, found, dates=True)
            put("published", date, "htmldate" if where == "trafilatura" else where)
        else:
            fallback = htmldate.find_date(raw, **_date_params(url))  # the bytes: trafilatura prunes the tree
            put("published", _date(fallback), "htmldate")
        for label, value in found:
            if label in ("html:lang", "html:meta og:locale", "html:meta content-language", "html:meta language", "html:meta dc.language"):
                code = language_code(value)
                if code:
                    put("language", code, label)
                    break
        put("license", doc.license, _where(doc.license, found))
        problems = self.complete(fields, provenance, origin, "the page (its metadata, <time> elements and URL)")
        headline = None if starts_with_heading else doc.title
        return list(problems) or [Candidate(compose(headline, paragraphs), fields, provenance, origin)]


def _date_params(url: str | None) -> dict[str, Any]:
    # extensive_search off: no dates guessed from running text or copyright lines.
    return {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d", "url": url,
            "max_date": dt.date.today().isoformat()}


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _is_host(name: str) -> bool:
    """A site name that is only a host name ('example.com'): trafilatura's guess, not the page's."""
    return "." in name and " " not in name.strip()


def _metadata_sources(tree: Any) -> list[tuple[str, str]]:
    """Where a page states metadata, as (label, value) pairs in order of trust: meta tags, JSON-LD,
    ``<title>``, ``<time datetime>``, the canonical link, ``<html lang>``."""
    found: list[tuple[str, str]] = []
    for meta in tree.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or meta.get("http-equiv")
        content = meta.get("content")
        if key and content and content.strip():
            found.append((f"html:meta {key.strip().lower()}", content.strip()))
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() == "application/ld+json" and script.text:
            found.append(("html:json-ld", script.text))
    for title in tree.iter("title"):
        if title.text and title.text.strip():
            found.append(("html:title", title.text.strip()))
    for time in tree.iter("time"):
        if time.get("datetime"):
            found.append(("html:time datetime", time.get("datetime").strip()))
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            found.append(("html:link canonical", link.get("href").strip()))
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    if lang:
        found.append(("html:lang", lang.strip()))
    return found


def _where(value: str | None, found: list[tuple[str, str]], dates: bool = False) -> str:
    """The label of the page's metadata that states ``value``: one that equals it, else one that
    contains it (a title within '<title>Headline | Site</title>', a date within a date and time);
    'trafilatura' when the value is trafilatura's own reading of the page."""
    if not value:
        return "trafilatura"
    wanted = " ".join(value.split()).casefold()
    if dates:
        wanted = wanted[:10]
        return next((label for label, text in found if text.strip()[:10] == wanted), "trafilatura")
    for label, text in found:
        if " ".join(text.split()).casefold() == wanted:
            return label
    for label, text in found:
        if wanted in " ".join(text.split()).casefold():
            return label
    return "trafilatura"


def _paragraphs(body: Any) -> list[str]:
    """trafilatura's article body as paragraphs: one per ``<p>``, heading, quote paragraph or list item."""
    for lb in body.iter("lb"):
        lb.tail = " " + (lb.tail or "")
    out: list[str] = []

    def add(element: Any) -> None:
        text = " ".join("".join(element.itertext()).split())
        if text:
            out.append(text)

    for element in body:
        if element.tag == "list":
            for item in element.findall("item"):
                add(item)
        elif element.tag == "quote" and element.find("p") is not None:
            for child in element:
                add(child)
        elif element.tag not in ("table", "graphic"):
            add(element)
    return out
