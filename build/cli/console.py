"""The command line's two consoles, defined once: results on stdout, progress and errors on
stderr (so ``structnews sql ... > out.csv`` and ``--format json`` stay machine-readable)."""

from __future__ import annotations

from rich.console import Console

err = Console(stderr=True)
out = Console()
