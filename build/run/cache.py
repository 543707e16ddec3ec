"""The per-article cache: drafts stored by content key, so unchanged articles are never re-parsed.

A key covers the raw bytes, the sidecar and the pipeline version (see ``ArticleTask.key``);
entries are written to a temporary name and renamed, so a killed build never leaves a torn
entry. Pickle is used because entries are written and read by this code only, on this machine.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path

from structnews.build.extract.drafts import ArticleDraft


class DraftCache:
    """A folder of pickled drafts; ``root=None`` keeps them in memory only (no reuse)."""

    def __init__(self, root: Path | None):
        self.root = root
        self._memory: dict[str, bytes] = {}

    def _path(self, key: str) -> Path:
        assert self.root is not None
        return self.root / key[:2] / f"{key}.pkl"

    def has(self, key: str) -> bool:
        return key in self._memory if self.root is None else self._path(key).exists()

    def put(self, key: str, draft: ArticleDraft) -> None:
        data = pickle.dumps(draft, protocol=pickle.HIGHEST_PROTOCOL)
        if self.root is None:
            self._memory[key] = data
            return
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)

    def get(self, key: str) -> ArticleDraft:
        data = self._memory[key] if self.root is None else self._path(key).read_bytes()
        return pickle.loads(data)  # noqa: S301 - our own cache, written by put()
