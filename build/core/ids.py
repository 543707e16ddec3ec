"""Stable, content-derived record ids.

An id is a table prefix plus 16 hex digits of a SHA-256 over the record's identifying content,
so rebuilding (or adding an unrelated article) never changes an existing record's id.
"""

from __future__ import annotations

import hashlib


def make_id(prefix: str, *parts: object) -> str:
    payload = "\x1f".join(str(p) for p in parts).encode("utf-8")
    return f"{prefix}_{hashlib.sha256(payload).hexdigest()[:16]}"


def article_id(raw_sha256: str) -> str:
    """Articles are identified by their raw bytes: the same file added twice is one article."""
    return f"a_{raw_sha256[:16]}"
