"""Shared by the importer tests: the fixtures' folder, a small WARC written with warcio, the CLI."""

from __future__ import annotations

import io
from pathlib import Path

from typer.testing import CliRunner, Result

IMPORT = Path(__file__).parent / "fixtures" / "import"
PAGE = IMPORT / "harbor-ferry.html"
UNDATED = IMPORT / "undated.html"
NEWSPLEASE = IMPORT / "newsplease.jsonl"
CCNEWS = IMPORT / "ccnews.csv"
CUSTOM = IMPORT / "custom-columns.jsonl"

PAGE_URI = "https://www.millbrook-gazette.example/news/harbour-council-backs-night-ferry"


def write_warc(path: Path) -> dict[str, str]:
    """A small crawl: warcinfo, request, the fixture page (200), the undated page fetched from a
    dated URL (200), a 404 page, a redirect, an image and a metadata record. Returns
    {target URI: WARC-Record-ID} of the two HTML 200 responses."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    ids = {}
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=path.name.endswith(".gz"))

        def response(uri: str, status: str, content_type: str, body: bytes, keep: bool = False) -> None:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers)
            writer.write_record(record)
            if keep:
                ids[uri] = record.rec_headers.get_header("WARC-Record-ID")

        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "structnews tests"}))
        writer.write_record(writer.create_warc_record(
            PAGE_URI, "request", payload=io.BytesIO(b""),
            http_headers=StatusAndHeaders("GET /news/harbour-council-backs-night-ferry HTTP/1.1", [("Host", "www.millbrook-gazette.example")],
                                          is_http_request=True)))
        response(PAGE_URI, "200 OK", "text/html; charset=utf-8", PAGE.read_bytes(), keep=True)
        response("https://fenwick-weekly.example/2023/11/02/library-reopens", "200 OK", "text/html", UNDATED.read_bytes(), keep=True)
        response("https://www.millbrook-gazette.example/news/gone", "404 Not Found", "text/html",
                 b"<html><body><h1>Page not found</h1><p>Sorry.</p></body></html>")
        response("https://www.millbrook-gazette.example/old", "301 Moved Permanently", "text/html", b"")
        response("https://www.millbrook-gazette.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64))
        writer.write_record(writer.create_warc_record(PAGE_URI, "metadata", payload=io.BytesIO(b"fetchTimeMs: 12\r\n"),
                                                      warc_content_type="application/warc-fields"))
    return ids


def run(*args: str) -> Result:
    """`structnews ARGS...` in this process; never lets an exception through unnoticed."""
    from structnews.build.cli.main import app

    result = CliRunner().invoke(app, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"structnews {' '.join(args)} raised {result.exception!r}\n{result.output}") from result.exception
    assert "Traceback" not in result.output
    return result


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file in a folder with its bytes and modification time (to see that nothing changed)."""
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}
