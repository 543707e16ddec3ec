"""Malformed contributions: each is rejected by the real CLI with a clear, located problem.

For every case the fixture corpus is built first (so there is something to protect), the bad
input is added, and then both ``structnews build`` and ``structnews validate`` run as
subprocesses. Each must exit non-zero without a traceback, name the offending file, report the
expected problem class (``Problem.code``: the ``[code]`` at the end of a text line, the
``code`` of a JSON problem), and leave the output folder byte-identical. A few inputs are odd
but fine (CRLF, zero-width characters, a UTF-8 byte-order mark): those must build and validate.
Damage that scraped text commonly carries is repaired, not refused: mojibake and stray control
characters (a bell, terminal colour codes, C1 controls) were refused before, and now build with a
quality flag; text made mostly of control characters is still refused.

The expected codes are the classes the product documents, not copied from a run: each case
states what is wrong with its input, and the code is the name of that.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from conftest import FIXTURES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from structnews.build.ingest.rawtext import MAX_RAW_BYTES, decode

EXE = str(Path(sys.executable).with_name("structnews"))
ARTICLE = (FIXTURES / "corpus" / "harbor_talks.txt").read_bytes()
SIDECAR = (FIXTURES / "corpus" / "harbor_talks.yaml").read_text(encoding="utf-8")
GOOD_SIDECAR = "publisher: Test Wire\npublished: 2024-01-02\n"
# A second, unrelated article (not a near-duplicate of the fixture).
OTHER = (
    "Rail strike halts trains across the north\n\n"
    "LEEDS — Train drivers walked out on Thursday in a dispute over pay, leaving commuters stranded.\n\n"
    "“We have been patient for two years,” said Carla Menzies, who leads the drivers’ union.\n\n"
    "The operator said it regretted the disruption and would return to talks on Monday.\n"
)


def snapshot(root: Path) -> dict[str, str]:
    """Every file under root by SHA-256, except the per-article cache (``OUT/.cache``): its entries
    are content-addressed results for *valid* articles, written atomically, and a failed build
    may legitimately keep them for the next run. Leftover staging folders would show up here."""
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and ".cache" not in p.relative_to(root).parts}


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HF_DATASETS_OFFLINE": "1", "HF_HUB_OFFLINE": "1", "COLUMNS": "200"}
    return subprocess.run([EXE, *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=300)


@pytest.fixture(scope="module")
def base_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture corpus built once by the CLI; each test works on a copy."""
    root = tmp_path_factory.mktemp("base")
    raw = root / "raw"
    shutil.copytree(FIXTURES / "corpus", raw)
    result = run("build", "--raw", str(raw), "--out", str(root / "out"), cwd=root)
    assert result.returncode == 0, result.stderr
    return root / "out"


@pytest.fixture()
def work(tmp_path: Path, base_out: Path) -> tuple[Path, Path]:
    """(raw folder, output folder) for one test: the good corpus and its built tables."""
    raw = tmp_path / "raw"
    shutil.copytree(FIXTURES / "corpus", raw)
    out = tmp_path / "out"
    shutil.copytree(base_out, out)
    return raw, out


# ---- the cases -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    id: str
    make: Callable[[Path], None]  # receives the raw folder; writes the bad input
    code: str  # the expected Problem.code
    file: str  # the file the problem must name
    message: str = ""  # a part of the message that must be there (e.g. the byte offset)


def pair(name: str, text: bytes, sidecar: str = GOOD_SIDECAR) -> Callable[[Path], None]:
    def make(raw: Path) -> None:
        (raw / f"{name}.txt").write_bytes(text)
        (raw / f"{name}.yaml").write_text(sidecar, encoding="utf-8")
    return make


def sidecar_case(sidecar: str | bytes, name: str = "other") -> Callable[[Path], None]:
    def make(raw: Path) -> None:
        (raw / f"{name}.txt").write_text(OTHER, encoding="utf-8")
        path = raw / f"{name}.yaml"
        path.write_bytes(sidecar if isinstance(sidecar, bytes) else sidecar.encode("utf-8"))
    return make


def corrections_case(text: str | bytes) -> Callable[[Path], None]:
    def make(raw: Path) -> None:
        folder = raw.parent / "corrections"
        folder.mkdir(exist_ok=True)
        (folder / "fixes.yaml").write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return make


def custom(fn: Callable[[Path], None]) -> Callable[[Path], None]:
    return fn


def _symlink_out(raw: Path) -> None:
    secret = raw.parent / "outside.txt"
    secret.write_text(OTHER, encoding="utf-8")
    (raw / "linked.txt").symlink_to(secret)
    (raw / "linked.yaml").write_text(GOOD_SIDECAR, encoding="utf-8")


def _symlink_sidecar(raw: Path) -> None:
    target = raw.parent / "elsewhere.yaml"
    target.write_text(GOOD_SIDECAR, encoding="utf-8")
    (raw / "other.txt").write_text(OTHER, encoding="utf-8")
    (raw / "other.yaml").symlink_to(target)


def _too_large(raw: Path) -> None:
    # 50 MB of plausible text, written in chunks: never held in memory by the test.
    line = b"The council met again on Tuesday and the talks went on late into the night.\n"
    with open(raw / "huge.txt", "wb") as fh:
        for _ in range(50_000_000 // len(line) + 1):
            fh.write(line)
    (raw / "huge.yaml").write_text(GOOD_SIDECAR, encoding="utf-8")


def _dir_named_txt(raw: Path) -> None:
    (raw / "folder.txt").mkdir()
    (raw / "folder.yaml").write_text(GOOD_SIDECAR, encoding="utf-8")


def _two_sidecars(raw: Path) -> None:
    (raw / "other.txt").write_text(OTHER, encoding="utf-8")
    (raw / "other.yaml").write_text(GOOD_SIDECAR, encoding="utf-8")
    (raw / "other.yml").write_text(GOOD_SIDECAR, encoding="utf-8")


def _near_duplicate(raw: Path) -> None:
    text = ARTICLE.replace(b"on Tuesday", b"on Wednesday").replace(b"next week", b"within a fortnight")
    assert text != ARTICLE
    (raw / "harbor_talks_v2.txt").write_bytes(text)
    (raw / "harbor_talks_v2.yaml").write_text(GOOD_SIDECAR, encoding="utf-8")


BILLION_LAUGHS = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
) + "publisher: X\npublished: 2024-01-01\n"

CASES: list[Case] = [
    # --- raw text: encoding and content ---
    Case("not-utf8", pair("bad", b"A fine start, then \xff a stray byte.\n"), "not_utf8", "bad.txt", "byte offset 19"),
    Case("utf16-bom-le", pair("bad", "Talks resumed in Oslo on Monday.\n".encode("utf-16")), "not_utf8", "bad.txt", "UTF-16"),
    Case("utf16-bom-be", pair("bad", b"\xfe\xff" + "Talks resumed.\n".encode("utf-16-be")), "not_utf8", "bad.txt", "UTF-16"),
    Case("utf16-no-bom", pair("bad", "Talks resumed in Oslo on Monday.\n".encode("utf-16-le")), "not_utf8", "bad.txt", "UTF-16"),
    Case("utf32-bom", pair("bad", "Talks resumed.\n".encode("utf-32")), "not_utf8", "bad.txt", "UTF-32"),
    Case("windows-1252", pair("bad", "He said \u201cno deal\u201d on Monday.\n".encode("cp1252")), "not_utf8", "bad.txt", "byte offset 8"),
    Case("latin-1", pair("bad", "Caf\u00e9 owners protest in Z\u00fcrich.\n".encode("latin-1")), "not_utf8", "bad.txt", "byte offset 3"),
    Case("truncated-multibyte", pair("bad", "Ends mid-character \u2014".encode()[:-1]), "not_utf8", "bad.txt", "byte offset 19"),
    Case("overlong-encoding", pair("bad", b"Slash \xc0\xaf here\n"), "not_utf8", "bad.txt", "byte offset 6"),
    Case("surrogate-encoded", pair("bad", b"Lone \xed\xa0\x80 surrogate\n"), "not_utf8", "bad.txt", "byte offset 5"),
    Case("nul-byte", pair("bad", b"Some text\x00with a NUL\n"), "binary", "bad.txt", "byte offset 9"),
    Case("random-binary", pair("bad", bytes(range(256)) * 4), "binary", "bad.txt"),
    Case("pdf", pair("bad", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"), "binary", "bad.txt", "PDF"),
    Case("png", pair("bad", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "binary", "bad.txt", "PNG"),
    Case("empty", pair("bad", b""), "empty", "bad.txt"),
    Case("whitespace-only", pair("bad", b"  \n\t\n   \r\n"), "empty", "bad.txt"),
    Case("invisible-only", pair("bad", "\u200b\u200b\ufeff\u2060\n".encode()), "empty", "bad.txt"),
    Case("over-size-limit-50MB", custom(_too_large), "too_large", "huge.txt", f"{MAX_RAW_BYTES:,}"),
    Case("html-page", pair("bad", b"<!DOCTYPE html>\n<html><head><title>x</title></head><body><p>Talks.</p></body></html>\n"),
         "html", "bad.txt"),
    Case("html-fragment", pair("bad", b"Talks went on.\n<div class=\"ad\">Subscribe now</div>\n"), "html", "bad.txt"),
    # A few stray controls are repaired (test_odd_but_valid_text_builds_and_is_normalised); this many are not text.
    Case("control-flood", pair("bad", b"Talks \x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11 collapse.\n" * 3),
         "control_character", "bad.txt", "36 control characters"),
    Case("terminal-capture", pair("bad", b"".join(bytes([i % 27 + 1]) * 3 + b"ab" for i in range(200)).replace(b"\n", b"x")),
         "control_character", "bad.txt", "U+0001"),
    Case("only-clutter", pair("bad", b"Skip to content\n\nShare this article\n"), "empty_after_cleaning", "bad.txt"),
    # --- duplicates ---
    Case("duplicate-same-bytes", pair("zz_copy", ARTICLE), "duplicate_article", "zz_copy.txt", "harbor_talks"),
    Case("id-collision-sorted-first", pair("aa_copy", ARTICLE), "duplicate_article", "harbor_talks.txt", "aa_copy"),
    # --- sidecars ---
    Case("sidecar-missing", custom(lambda raw: (raw / "other.txt").write_text(OTHER, encoding="utf-8")),
         "missing_sidecar", "other.yaml"),
    Case("sidecar-unknown-key", sidecar_case(GOOD_SIDECAR + "colour: red\n"), "unknown_key", "other.yaml", "unknown key"),
    Case("sidecar-missing-key", sidecar_case("published: 2024-01-02\n"), "missing_key", "other.yaml"),
    Case("published-is-a-number", sidecar_case("publisher: X\npublished: 12\n"), "bad_published", "other.yaml", "a number"),
    Case("published-is-a-timestamp", sidecar_case("publisher: X\npublished: 1700000000\n"), "bad_published", "other.yaml"),
    Case("published-with-time", sidecar_case("publisher: X\npublished: 2024-01-02T10:00:00\n"), "bad_published", "other.yaml",
         "date and time"),
    Case("impossible-date", sidecar_case("publisher: X\npublished: 2021-02-30\n"), "bad_published", "other.yaml"),
    Case("future-date", sidecar_case("publisher: X\npublished: 2999-01-01\n"), "bad_published", "other.yaml", "future"),
    Case("authors-not-a-list", sidecar_case(GOOD_SIDECAR + "authors: x\n"), "bad_authors", "other.yaml"),
    Case("publisher-a-list", sidecar_case("publisher: [a, b]\npublished: 2024-01-02\n"), "bad_publisher", "other.yaml"),
    Case("publisher-blank", sidecar_case("publisher: '  '\npublished: 2024-01-02\n"), "bad_publisher", "other.yaml"),
    Case("language-not-iso", sidecar_case(GOOD_SIDECAR + "language: English\n"), "bad_language", "other.yaml"),
    Case("bad-url", sidecar_case(GOOD_SIDECAR + "url: not a url\n"), "bad_url", "other.yaml"),
    Case("url-javascript", sidecar_case(GOOD_SIDECAR + "url: javascript:alert(1)\n"), "bad_url", "other.yaml"),
    Case("orphan-sidecar", custom(lambda raw: (raw / "lonely.yaml").write_text(GOOD_SIDECAR, encoding="utf-8")),
         "orphan_sidecar", "lonely.yaml"),
    Case("two-sidecars", custom(_two_sidecars), "two_sidecars", "other.yml"),
    Case("yaml-python-tag", sidecar_case("publisher: !!python/object/apply:os.system [echo hi]\npublished: 2024-01-02\n"),
         "yaml_tag", "other.yaml"),
    Case("yaml-anchor-alias", sidecar_case("publisher: &p X\ntitle: *p\npublished: 2024-01-02\n"), "yaml_anchor", "other.yaml"),
    Case("billion-laughs", sidecar_case(BILLION_LAUGHS), "yaml_anchor", "other.yaml"),
    Case("deeply-nested", sidecar_case("publisher: X\npublished: 2024-01-02\nnotes: " + "[" * 10_000 + "]" * 10_000 + "\n"),
         "yaml_too_deep", "other.yaml"),
    Case("yaml-syntax-error", sidecar_case("publisher: X\npublished: 2024-01-02\ntitle: [unclosed\n"), "yaml_syntax", "other.yaml"),
    Case("yaml-duplicate-key", sidecar_case("publisher: X\npublished: 2024-01-02\npublished: 2023-05-05\n"),
         "yaml_duplicate_key", "other.yaml", "first on line 2"),
    Case("yaml-a-list", sidecar_case("- publisher: X\n- published: 2024-01-02\n"), "not_a_mapping", "other.yaml", "a list"),
    Case("yaml-a-scalar", sidecar_case("just some words\n"), "not_a_mapping", "other.yaml"),
    Case("yaml-empty", sidecar_case(""), "empty", "other.yaml"),
    Case("sidecar-not-utf8", sidecar_case("publisher: Caf\u00e9 Zeitung\npublished: 2024-01-02\n".encode("latin-1")),
         "not_utf8", "other.yaml", "byte offset 14"),
    Case("sidecar-utf16", sidecar_case(GOOD_SIDECAR.encode("utf-16")), "not_utf8", "other.yaml", "UTF-16"),
    Case("sidecar-too-large", sidecar_case(GOOD_SIDECAR + "notes: " + "x" * 70_000 + "\n"), "too_large", "other.yaml"),
    # --- paths ---
    Case("symlink-outside", custom(_symlink_out), "outside_data", "linked.txt"),
    Case("symlink-sidecar", custom(_symlink_sidecar), "outside_data", "other.yaml"),
    Case("dot-dot-name", pair("a..b", OTHER.encode()), "bad_file_name", "a..b.txt"),
    Case("hidden-name", pair(".hidden", OTHER.encode()), "bad_file_name", ".hidden.txt"),
    Case("space-in-name", pair("my article", OTHER.encode()), "bad_file_name", "my article.txt"),
    Case("newline-in-name", pair("two\nlines", OTHER.encode()), "bad_file_name", "two\\nlines.txt"),
    Case("uppercase-suffix", custom(lambda raw: (raw / "other.TXT").write_text(OTHER, encoding="utf-8")),
         "unexpected_file", "other.TXT", "case-sensitive"),
    Case("folder-named-txt", custom(_dir_named_txt), "not_a_file", "folder.txt"),
    # --- corrections ---
    Case("corrections-syntax", corrections_case("corrections:\n  - action: set_speaker\n    text: [oops\n"), "yaml_syntax", "fixes.yaml"),
    Case("corrections-unknown-action", corrections_case("corrections:\n  - action: delete_everything\n    reason: x\n"),
         "bad_correction", "fixes.yaml"),
    Case("corrections-not-a-mapping", corrections_case("- action: set_speaker\n"), "bad_correction", "fixes.yaml"),
    Case("corrections-missing-reason", corrections_case(
        "corrections:\n  - action: set_entity\n    entity: Anne Lind\n    description: minister\n"), "bad_correction", "fixes.yaml"),
    Case("corrections-stale-target", corrections_case(
        "corrections:\n  - action: set_speaker\n    article: harbor_talks\n    text: words nobody ever said\n"
        "    speaker: Anne Lind\n    reason: test\n"), "stale_correction", "fixes.yaml", "words nobody ever said"),
    Case("corrections-missing-article", corrections_case(
        "corrections:\n  - action: add_mention\n    article: no_such_article\n    text: Oslo\n    entity: Oslo\n    reason: test\n"),
         "stale_correction", "fixes.yaml", "no_such_article"),
    Case("corrections-unknown-entity", corrections_case(
        "corrections:\n  - action: set_entity\n    entity: Nobody Known\n    description: x\n    reason: test\n"),
         "stale_correction", "fixes.yaml", "Nobody Known"),
    Case("corrections-alias", corrections_case("corrections:\n  - &c\n    action: set_entity\n    entity: Oslo\n    reason: x\n  - *c\n"),
         "yaml_anchor", "fixes.yaml"),
    Case("corrections-not-utf8", corrections_case("corrections: []\n# caf\u00e9\n".encode("latin-1")), "not_utf8", "fixes.yaml"),
]


def _case_id(case: object) -> str:
    return case.id if isinstance(case, Case) else str(case)


def test_there_are_at_least_40_distinct_bad_inputs() -> None:
    cases = [c.values[0] if hasattr(c, "values") else c for c in CASES]
    assert len({c.id for c in cases}) == len(cases) >= 40
    assert len({c.code for c in cases}) >= 25  # many classes, not one class forty times


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_bad_input_is_rejected_clearly_and_changes_nothing(case: Case, work: tuple[Path, Path]) -> None:
    raw, out = work
    before = snapshot(out)
    case.make(raw)
    cwd = raw.parent

    built = run("build", "--raw", str(raw), "--out", str(out), cwd=cwd)
    assert built.returncode != 0, built.stdout
    assert "Traceback" not in built.stdout + built.stderr, built.stderr[-3000:]
    lines = built.stderr.splitlines()
    named = [ln for ln in lines if case.file in ln and ln.endswith(f"[{case.code}]")]
    assert named, f"no '{case.file} ... [{case.code}]' line in:\n{built.stderr}"
    if case.message:
        assert any(case.message in ln for ln in named), named
    assert snapshot(out) == before, "a failed build changed the output folder"

    checked = run("validate", "--raw", str(raw), "--root", str(out), "--format", "json", cwd=cwd)
    assert checked.returncode != 0
    assert "Traceback" not in checked.stdout + checked.stderr, checked.stderr[-3000:]
    problems = json.loads(checked.stdout)
    hits = [p for p in problems if p["code"] == case.code and case.file in p["path"]]
    assert hits, f"{case.code} for {case.file} not in {problems}"
    assert all(p["message"] and p["hint"] for p in problems)
    if case.message:
        assert any(case.message in p["message"] for p in hits), hits
    assert snapshot(out) == before, "validate changed the output folder"


def test_near_duplicate_says_which_and_how_similar_and_can_be_accepted(work: tuple[Path, Path]) -> None:
    raw, out = work
    _near_duplicate(raw)
    checked = run("validate", "--raw", str(raw), "--root", str(out), "--format", "json", cwd=raw.parent)
    (problem,) = [p for p in json.loads(checked.stdout) if p["code"] == "near_duplicate"]
    assert "harbor_talks.txt" in problem["message"] and "harbor_talks_v2" in problem["path"]
    similarity = int(problem["message"].split("%")[0].rsplit(" ", 1)[-1])
    assert 80 <= similarity < 100  # two words changed in a ~150-word article
    # The build does not screen near-duplicates (its memory must not grow with a shingle index
    # of the corpus); validate, the contribution gate, does.
    built = run("build", "--raw", str(raw), "--out", str(out), cwd=raw.parent)
    assert built.returncode == 0, built.stderr
    # The hint's way out works: naming the other article in the notes accepts the pair.
    (raw / "harbor_talks_v2.yaml").write_text(GOOD_SIDECAR + "notes: a later version of harbor_talks with the date corrected\n",
                                             encoding="utf-8")
    checked = run("validate", "--raw", str(raw), "--root", str(out), "--format", "json", cwd=raw.parent)
    assert not [p for p in json.loads(checked.stdout or "[]") if p["code"] == "near_duplicate"], checked.stdout


@pytest.mark.parametrize(
    ("case", "raw_bytes"),
    [
        ("crlf", ARTICLE.replace(b"\n", b"\r\n")),
        ("zero-width", ARTICLE.replace(b"Anne Lind", "Anne\u200b Lind\u2060".encode())),
        ("utf8-bom", b"\xef\xbb\xbf" + ARTICLE),
        # Repaired, and flagged (these were refused as control_character before):
        ("control-bell", ARTICLE.replace(b"Anne Lind", b"Anne\x07 Lind", 1)),
        ("control-ansi-escape", ARTICLE.replace(b"Anne Lind", b"\x1b[1mAnne Lind\x1b[0m")),
        ("control-c1", ARTICLE.replace(b"Anne Lind", "Anne\u0090 Lind".encode())),  # no Windows-1252 character
        # UTF-8 read as Windows-1252 and saved again ('’' -> 'â€™'), and twice over (C1 controls).
        ("mojibake", ARTICLE.replace("’".encode(), "’".encode().decode("cp1252").encode())),
        ("mojibake-twice-c1", ARTICLE.replace("—".encode(), "—".encode().decode("latin-1").encode().decode("latin-1").encode())),
    ],
)
def test_odd_but_valid_text_builds_and_is_normalised(case: str, raw_bytes: bytes, work: tuple[Path, Path]) -> None:
    """Replacing the fixture's bytes by an equivalent encoding, or by damaged bytes that can be
    repaired, gives the same clean text (a repair is recorded in the quality flags)."""
    raw, out = work
    reference = pq.read_table(out / "data/articles/articles.parquet").column("text")[0].as_py()
    (raw / "harbor_talks.txt").write_bytes(raw_bytes)
    built = run("build", "--raw", str(raw), "--out", str(out), cwd=raw.parent)
    assert built.returncode == 0, built.stderr
    article = pq.read_table(out / "data/articles/articles.parquet").to_pylist()[0]
    text = article["text"]
    assert "\r" not in text and "\u200b" not in text and "\ufeff" not in text and "\u2060" not in text
    assert text == reference
    repaired = {"control-bell": "control_characters_removed", "control-ansi-escape": "control_characters_removed",
                "control-c1": "control_characters_removed", "mojibake": "mojibake_repaired", "mojibake-twice-c1": "mojibake_repaired"}
    if case in repaired:
        assert repaired[case] in article["quality_flags"]
    checked = run("validate", "--raw", str(raw), "--root", str(out), cwd=raw.parent)
    assert checked.returncode == 0, checked.stderr


def test_the_untouched_corpus_validates(work: tuple[Path, Path]) -> None:
    """The control for every case above: without the bad input, both commands succeed."""
    raw, out = work
    assert run("validate", "--raw", str(raw), "--root", str(out), cwd=raw.parent).returncode == 0
    assert run("build", "--raw", str(raw), "--out", str(out), cwd=raw.parent).returncode == 0


def test_validation_reports_every_problem_not_only_the_first(work: tuple[Path, Path]) -> None:
    raw, out = work
    pair("enc", b"bad \xff byte\n")(raw)
    pair("zdup", ARTICLE)(raw)  # sorts after harbor_talks, so the copy is the one named
    (raw / "lonely.yaml").write_text(GOOD_SIDECAR, encoding="utf-8")
    # One sidecar with three problems, and a text whose own encoding is also wrong.
    (raw / "multi.txt").write_bytes(b"caf\xe9\n")
    (raw / "multi.yaml").write_text("publisher: X\npublished: 2021-02-30\nurl: nope\ncolour: red\n", encoding="utf-8")
    corrections_case("corrections:\n  - action: explode\n    reason: x\n")(raw)
    expected = {("enc.txt", "not_utf8"), ("zdup.txt", "duplicate_article"), ("lonely.yaml", "orphan_sidecar"),
                ("multi.yaml", "bad_published"), ("multi.yaml", "bad_url"), ("multi.yaml", "unknown_key"),
                ("multi.txt", "not_utf8"), ("fixes.yaml", "bad_correction")}
    checked = run("validate", "--raw", str(raw), "--root", str(out), "--format", "json", cwd=raw.parent)
    found = {(Path(p["path"]).name, p["code"]) for p in json.loads(checked.stdout)}
    assert expected <= found, expected - found
    built = run("build", "--raw", str(raw), "--out", str(out), cwd=raw.parent)
    found_by_build = {(Path(ln.split(":", 1)[0]).name, ln.rsplit("[", 1)[-1].rstrip("]"))
                      for ln in built.stderr.splitlines() if ln.endswith("]")}
    assert expected <= found_by_build, expected - found_by_build


# ---- property: arbitrary bytes never crash decoding -----------------------------------------

KNOWN_TEXT_CODES = {"empty", "too_large", "not_utf8", "binary", "html", "control_character"}


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=600),
                 st.lists(st.sampled_from([b"a", b" ", b"\n", b"\r", b"\xe2\x80\x8b", b"\xff", b"\x00", b"<p>", b"\xc3", b"\xa9",
                                           b"\xfe\xff", b"\x07", "\u201c".encode()]), max_size=80).map(b"".join)))
def test_arbitrary_bytes_decode_or_give_a_clear_problem(raw: bytes) -> None:
    text, problems = decode(raw, "fuzz.txt")
    if text is not None:
        assert problems == []
        assert "\r" not in text and text.strip() and not text.startswith("\ufeff")
        return
    assert len(problems) == 1
    (p,) = problems
    assert p.path == "fuzz.txt" and p.code in KNOWN_TEXT_CODES and p.message and p.hint
    found = re.search(r"invalid UTF-8 at byte offset (\d+)", p.message)
    if found:
        offset = int(found.group(1))
        with pytest.raises(UnicodeDecodeError) as info:
            raw.decode("utf-8")
        assert offset == info.value.start  # the offset named is where decoding really fails


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400) | st.text(max_size=200).map(lambda t: t.encode("utf-8")))
def test_arbitrary_sidecar_bytes_never_raise(raw: bytes) -> None:
    import tempfile

    from structnews.build.ingest.sidecars import read_sidecar

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.yaml"
        path.write_bytes(raw)
        sidecar, problems = read_sidecar(path, "x.yaml")
    assert (sidecar is None) == bool(problems)
    assert all(p.path == "x.yaml" and p.code and p.message and p.hint for p in problems)
