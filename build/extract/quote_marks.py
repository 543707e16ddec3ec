"""Which tokens open and close a quotation: read by the quote stage (where a quotation's cue is)
and by the parse mends (a speech act right after a quotation closes), so defined once here."""

from __future__ import annotations

from spacy.tokens import Span, Token


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


def in_quotation_marks(span: Span) -> bool:
    """A name written between quotation marks ('"The Salt Road"'): a title, as the entity stage
    reads it. The span may hold a leading 'The' or leave it just inside the mark."""
    doc = span.doc
    start = span.start - 1 if span.start > 0 and doc[span.start - 1].lower_ == "the" else span.start
    return start > 0 and opening_mark(doc[start - 1]) and span.end < len(doc) and closing_mark(doc[span.end])
