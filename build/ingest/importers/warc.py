"""Web archives (WARC, WARC.gz, as crawlers and Common Crawl's news archive write them), by warcio.

Every HTTP response record with status 200 and an HTML content type goes through the ``html``
importer; the sidecar keeps the record's WARC-Record-ID and WARC-Target-URI. Other records
(requests, metadata, redirects, 404s, images, PDFs) are not articles: they are skipped and counted
by reason. A record's place in messages is its number in the file (1-based).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from structnews.build.ingest.importers.base import Importer, Item, Origin, Skipped
from structnews.build.ingest.importers.html import MAX_PAGE_BYTES, HtmlImporter
from warcio.archiveiterator import WARCIterator
from warcio.exceptions import ArchiveLoadFailed

HTML_TYPES = ("text/html", "application/xhtml+xml")


class WarcImporter(Importer):
    format = "warc"
    suffixes = (".warc", ".warc.gz")

    def read(self, path: Path, display: str) -> Iterator[Item]:
        pages = HtmlImporter(self.options)
        number = 0
        try:
            with path.open("rb") as stream:
                for number, record in enumerate(WARCIterator(stream), 1):
                    yield from self._record(record, number, path, display, pages)
        except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
            where = f"after record {number}" if number else "at the start"
            yield Origin(display, number or None, {}).problem(
                "warc", "bad_warc", f"not a readable WARC file {where} ({str(exc).strip() or type(exc).__name__})",
                "check that the file is a complete WARC or WARC.gz file (a download may have been cut short)")

    def _record(self, record: Any, number: int, path: Path, display: str, pages: HtmlImporter) -> Iterator[Item]:
        uri = record.rec_headers.get_header("WARC-Target-URI")
        record_id = record.rec_headers.get_header("WARC-Record-ID")
        origin = Origin(display, number, {"format": self.format, "file": path.name, "record": number,
                                          "warc_record_id": record_id, "target_uri": uri}, note=uri)
        if record.rec_type != "response":
            yield Skipped(origin, f"{record.rec_type} record")
            return
        if record.http_headers is None:
            yield Skipped(origin, "not an HTTP response")
            return
        status = record.http_headers.get_statuscode()
        if status != "200":
            yield Skipped(origin, f"HTTP {status}")
            return
        content_type = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
        if content_type not in HTML_TYPES:
            yield Skipped(origin, f"not HTML ({content_type or 'no Content-Type'})")
            return
        try:
            payload = record.content_stream().read(MAX_PAGE_BYTES + 1)
        except (zlib.error, OSError, ValueError) as exc:
            yield origin.problem("warc", "bad_record", f"the record's body cannot be decoded ({exc})",
                                 "the record is damaged; re-fetch the page or leave it out")
            return
        yield from pages.page(payload, origin, url=uri, url_from="warc WARC-Target-URI")
