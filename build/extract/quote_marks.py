"""Which tokens open and close a quotation: read by the quote stage (where a quotation's cue is)
and by the parse mends (a speech act right after a quotation closes), so defined once here."""

from __future__ import annotations

from spacy.tokens import Token


def closing_mark(tok: Token) -> bool:
    """A double quotation mark that closes a quotation: '”', or a straight one written against
    the word before it. (A single mark may be an apostrophe: 'the ministers' meeting'.)"""
    if tok.text in {"”", "»", "''"}:
        return True
    return tok.text == '"' and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_


def opening_mark(tok: Token) -> bool:
    """A double quotation mark that opens a quotation: '“', or a straight one written against
    the word after it."""
    if tok.text in {"“", "„", "«", "``"}:
        return True
    return tok.text == '"' and not tok.whitespace_ and not closing_mark(tok)
