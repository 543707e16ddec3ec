#!/usr/bin/env bash
# Regenerate requirements/lock.txt: every package of the environment (pyproject.toml's
# dependencies, the `dev` extra with the spaCy model, and the build backend of
# requirements/build.in), pinned, with the SHA-256 of every file PyPI has for each pin, for
# CPython 3.11 on x86-64 Linux.
#
#   bash requirements/refresh.sh                        # after editing dependencies: keeps every
#                                                       # existing pin it can, adds what is new
#   bash requirements/refresh.sh --upgrade-package pyarrow   # move one package (repeatable)
#   bash requirements/refresh.sh --upgrade              # move everything to the newest allowed
#
# The lock is a reviewed change like any other: commit it with the tables it builds (a new
# pyarrow or spaCy can change their bytes or their records: run `structnews build` and
# `structnews validate` after a refresh). Uses the uv pinned in the lock (the `dev` extra),
# or any uv on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."

if python -m uv --version >/dev/null 2>&1; then
    uv=(python -m uv)
elif command -v uv >/dev/null 2>&1; then
    uv=(uv)
else
    echo "uv is missing: pip install uv (or set up the environment from the lock first)" >&2
    exit 1
fi

# PyPI only (not a mirror or an index from the environment), so the hashes are PyPI's.
"${uv[@]}" pip compile pyproject.toml requirements/build.in \
    --extra dev \
    --python-version 3.11 \
    --python-platform x86_64-manylinux_2_28 \
    --generate-hashes \
    --no-strip-extras \
    --index-url https://pypi.org/simple \
    --no-config \
    --custom-compile-command "bash requirements/refresh.sh" \
    --output-file requirements/lock.txt \
    "$@"
# Extras stay on their pins ('smart-open[http]==9.0.2') so the lock says which extras the
# environment holds. Installing uses --no-deps (README): the lock is the whole environment, closed
# under every package's requirements (tests/test_lock.py), so pip resolves nothing and a newer
# release on PyPI cannot enter it (resolving, pip 23 took justext's 'lxml[html_clean]>=4.4.2' for
# an unpinned second requirement once lxml 6.2.0 was out). One extra is dropped: pip (25.x) stops
# with an internal error on 'lxml[html-clean]' against trafilatura's 'lxml[html_clean]'.
sed -i 's/^lxml\[html-clean\]==/lxml==/' requirements/lock.txt
