"""Decoding raw article bytes: strictly, with a clear error naming the byte or line at fault.

The raw file is never edited; this module only turns its bytes into NFC text with ``\\n``
newlines, which is what every later offset counts in.

What is not text at all is refused: binary files, NUL bytes, another encoding than UTF-8, HTML,
and text made mostly of control characters. What is text with damage that scraped pages commonly
carry is repaired, with the well-kept ``ftfy``, and the repair is recorded as a quality flag:
mojibake (UTF-8 read as Windows-1252 or Latin-1 and saved again, possibly twice: 'FranÃ§ois';
stray C1 controls that are Windows-1252 characters decoded as Latin-1) and stray control
characters (terminal colour codes, a bell). The repaired text is the decoded text that offsets
count in, so the clean text's map back to it stays exact (and ``rehydrate`` repeats the repair).
"""

from __future__ import annotations

import re
import unicodedata

import ftfy
from ftfy.fixes import remove_terminal_escapes
from structnews.build.core.errors import Problem
from structnews.schema.articles import QualityFlag

# A news article is tens of kilobytes; anything this big is not one. The limit also keeps every
# text well under spaCy's default ``nlp.max_length`` (1,000,000 characters), past which parsing
# would stop with an exception instead of a clear problem.
MAX_RAW_BYTES = 500_000

# Magic numbers of files that are sometimes saved as NAME.txt by mistake.
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.odt document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
)

_HTML = re.compile(r"<\s*(!doctype\s+html|html|head|body|div|p|script|span|a\s+href)\b", re.IGNORECASE)
# C0/C1 control characters other than tab, newline and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Zero-width and bidi formatting characters scraped pages carry invisibly.
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]")
# Text with more control characters than this (and more than one in a hundred characters) is not
# an article with a few stray codes but binary data or a terminal capture: it is refused.
_MAX_STRAY_CONTROLS = 8
# ftfy's mojibake repairs only. Everything that would rewrite sound text is off: curly quotes,
# ligatures, full-width forms and HTML entities stay as the publisher wrote them.
_MOJIBAKE_ONLY = ftfy.TextFixerConfig(
    unescape_html=False, remove_terminal_escapes=False, fix_encoding=True, restore_byte_a0=True,
    replace_lossy_sequences=True, decode_inconsistent_utf8=True, fix_c1_controls=True, fix_latin_ligatures=False,
    fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False, fix_surrogates=False,
    remove_control_chars=False, normalization=None, explain=False,
)


def line_of(text: str, index: int) -> int:
    """1-based line number of a character index."""
    return text.count("\n", 0, index) + 1


def repair(text: str) -> tuple[str, list[QualityFlag], int]:
    """Mojibake repaired, terminal escapes removed, and the control characters left (see
    :func:`strip_controls`) counted; returns (text, flags, controls left). Pure; ASCII text
    without control characters is returned as it is."""
    flags: list[QualityFlag] = []
    if text.isascii() and not _CONTROL.search(text):
        return text, flags, 0
    if "\x1b" in text:
        unescaped = remove_terminal_escapes(text)  # colour codes: the escape and its parameters
        if unescaped != text:
            flags.append(QualityFlag.control_characters_removed)
        text = unescaped
    if not text.isascii():
        repaired = ftfy.fix_text(text, config=_MOJIBAKE_ONLY)
        if repaired != text:
            flags.append(QualityFlag.mojibake_repaired)
        text = repaired
    return text, flags, len(_CONTROL.findall(text))


def strip_controls(text: str) -> str:
    """Stray control characters removed; a vertical tab or form feed (a page break in text taken
    from a PDF) becomes a line break."""
    return _CONTROL.sub(lambda m: "\n" if m.group(0) in "\x0b\x0c" else "", text)


def decode(raw: bytes, path: str) -> tuple[str | None, list[Problem]]:
    """Decode, normalise and repair raw bytes; return (text, problems). Text is None if unusable."""
    text, problems, _ = decode_and_repair(raw, path)
    return text, problems


def decode_and_repair(raw: bytes, path: str) -> tuple[str | None, list[Problem], list[QualityFlag]]:
    """:func:`decode`, and the quality flags of the repairs made (see :func:`repair`)."""
    problems: list[Problem] = []

    def bad(code: str, message: str, hint: str, line: int | None = None) -> None:
        problems.append(Problem(path, line, "text", code, message, hint))

    if not raw.strip():
        bad("empty", "the file is empty", "add the article's text, or remove the file and its sidecar")
        return None, problems, []
    if len(raw) > MAX_RAW_BYTES:
        bad("too_large", f"the file is {len(raw):,} bytes, over the limit of {MAX_RAW_BYTES:,}",
            "a raw file holds one article as plain text; split or trim it")
        return None, problems, []
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        bad("not_utf8", "the file is UTF-32 (it starts with a UTF-32 byte-order mark)",
            "re-save it as UTF-8, e.g. `iconv -f UTF-32 -t UTF-8`")
        return None, problems, []
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        bad("not_utf8", "the file is UTF-16 (it starts with a UTF-16 byte-order mark)",
            "re-save it as UTF-8, e.g. `iconv -f UTF-16 -t UTF-8`")
        return None, problems, []
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            bad("binary", f"the file is {what}, not text (it starts with the bytes {magic[:4]!r})",
                "save the article's text as plain UTF-8 in NAME.txt")
            return None, problems, []
    nul = raw.find(b"\x00")
    if nul >= 0:
        head = raw[:200]
        if len(head) >= 8 and (head[1::2].count(0) > 0.4 * len(head[1::2]) or head[0::2].count(0) > 0.4 * len(head[0::2])):
            bad("not_utf8", f"the file looks like UTF-16 without a byte-order mark (NUL bytes between letters, first at byte offset {nul})",
                "re-save it as UTF-8, e.g. `iconv -f UTF-16LE -t UTF-8`")
        else:
            bad("binary", f"the file contains a NUL byte at byte offset {nul}",
                "raw files must be plain UTF-8 text; this looks like a binary file")
        return None, problems, []
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        before = raw[max(0, exc.start - 20) : exc.start].decode("utf-8", errors="replace").split("\n")[-1]
        bad("not_utf8", f"invalid UTF-8 at byte offset {exc.start} (line {line}, byte {column} of the line: 0x{raw[exc.start]:02x}, "
            f"after {before!r}; {exc.reason})",
            "re-save the file as UTF-8 (Windows-1252 text: `iconv -f CP1252 -t UTF-8`)", line)
        return None, problems, []
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    html = _HTML.search(text)
    if html:
        bad("html", f"the file looks like an HTML page ('{html.group(0)}')",
            "save the article's text, not the page's HTML", line_of(text, html.start()))
        return None, problems, []
    text, flags, controls = repair(text)
    if controls:
        ctrl = _CONTROL.search(text)
        assert ctrl is not None
        if controls > _MAX_STRAY_CONTROLS and controls * 100 > len(text):
            column = ctrl.start() - (text.rfind("\n", 0, ctrl.start()) + 1) + 1
            bad("control_character", f"{controls:,} control characters (invisible terminal or printer codes), the first "
                f"U+{ord(ctrl.group(0)):04X} at character {column} of the line: this is not text",
                "raw files hold an article's printable text; a few stray codes are removed, this many are not", line_of(text, ctrl.start()))
            return None, problems, []
        text = strip_controls(text)
        flags = sorted({*flags, QualityFlag.control_characters_removed}, key=lambda f: f.value)
    text = unicodedata.normalize("NFC", text)
    # Invisible characters are harmless noise: removed from the text we work on, never from the raw file.
    text = _INVISIBLE.sub("", text)
    if not text.strip():
        bad("empty", "the file holds no visible text", "add the article's text")
        return None, problems, []
    return text, problems, flags
