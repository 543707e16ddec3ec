"""Decoding raw article bytes: strictly, with a clear error naming the byte or line at fault.

The raw file is never edited; this module only turns its bytes into NFC text with ``\\n``
newlines, which is what every later offset counts in.
"""

from __future__ import annotations

import re
import unicodedata

from structnews.build.errors import Problem

MAX_RAW_BYTES = 2_000_000  # a news article is tens of kilobytes; anything this big is not one

_HTML = re.compile(r"<\s*(!doctype\s+html|html|head|body|div|p|script|span|a\s+href)\b", re.IGNORECASE)
# C0/C1 control characters other than tab, newline and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Zero-width and bidi formatting characters scraped pages carry invisibly.
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]")


def line_of(text: str, index: int) -> int:
    """1-based line number of a character index."""
    return text.count("\n", 0, index) + 1


def decode(raw: bytes, path: str) -> tuple[str | None, list[Problem]]:
    """Decode and normalise raw bytes; return (text, problems). Text is None if unusable."""
    problems: list[Problem] = []

    def bad(code: str, message: str, hint: str, line: int | None = None) -> None:
        problems.append(Problem(path, line, "text", code, message, hint))

    if not raw.strip():
        bad("empty", "the file is empty", "add the article's text, or remove the file and its sidecar")
        return None, problems
    if len(raw) > MAX_RAW_BYTES:
        bad("too_large", f"the file is {len(raw):,} bytes, over the limit of {MAX_RAW_BYTES:,}",
            "a raw file holds one article as plain text; split or trim it")
        return None, problems
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        bad("not_utf8", "the file is UTF-16 (it starts with a UTF-16 byte-order mark)",
            "re-save it as UTF-8, e.g. `iconv -f UTF-16 -t UTF-8`")
        return None, problems
    nul = raw.find(b"\x00")
    if nul >= 0:
        bad("binary", f"the file contains a NUL byte at byte offset {nul}",
            "raw files must be plain UTF-8 text; this looks like a binary file", None)
        return None, problems
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        bad("not_utf8", f"invalid UTF-8 at byte offset {exc.start} (byte 0x{raw[exc.start]:02x})",
            "re-save the file as UTF-8 (Windows-1252 text: `iconv -f CP1252 -t UTF-8`)", line)
        return None, problems
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    html = _HTML.search(text)
    if html:
        bad("html", f"the file looks like an HTML page ('{html.group(0)}')",
            "save the article's text, not the page's HTML", line_of(text, html.start()))
        return None, problems
    ctrl = _CONTROL.search(text)
    if ctrl:
        bad("control_character", f"control character U+{ord(ctrl.group(0)):04X}",
            "remove it; raw files hold printable text only", line_of(text, ctrl.start()))
        return None, problems
    # Invisible characters are harmless noise: removed from the text we work on, never from the raw file.
    text = _INVISIBLE.sub("", text)
    if not text.strip():
        bad("empty", "the file holds no visible text", "add the article's text")
        return None, problems
    return text, problems
