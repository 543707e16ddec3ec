"""The explorer's static site (structnews explore), checked as HTML: escaping, well-formed spans,
id anchors, correction YAML, determinism, sizes. The browser tests are in test_explore_browser.py.

``hostile_root`` is the fixture corpus with its text and provenance rewritten to carry markup
(``<script>alert(1)</script>`` and friends) and spans that cross: the raw-text decoder rightly
rejects such text in raw files, so the tables are rewritten directly.
"""

from __future__ import annotations

import hashlib
import html
import re
from html.parser import HTMLParser
from pathlib import Path

import markupsafe
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from structnews.build.use.explore import (
    Span,
    build_site,
    load_corpus,
    render_site,
    render_spans,
)
from structnews.schema.tables import TABLES

REPO = Path(__file__).resolve().parents[1]
SCRIPT = "<script>alert(1)</script>"
HOSTILE_PARAGRAPH = f"Reader note: {SCRIPT} & <b>bold</b> \"quoted\" 'single' </p></div>"
HOSTILE_TITLE = "Ministers <img src=x onerror=alert(2)> meet"
HOSTILE_SPEAKER = "\"><script>alert(3)</script>"
VOID = {"meta", "link", "br", "img", "input", "hr", "wbr"}


class WellFormed(HTMLParser):
    """Checks that every element closes in order, and collects ids and text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.ids: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self.ids.extend(v for k, v in attrs if k == "id" and v)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(markup: str) -> WellFormed:
    checker = WellFormed()
    checker.feed(markup)
    checker.close()
    assert not checker.errors, checker.errors[:5]
    assert not checker.stack, f"unclosed: {checker.stack}"
    return checker


# ------------------------------------------------------------------------------------------------
# Fixtures


def _write(tables: dict[str, pa.Table], root: Path, release: bool = False) -> Path:
    for spec in TABLES:
        name = "train-00000-of-00001.parquet" if release else f"{spec.name}.parquet"
        path = root / "data" / spec.name / name
        path.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(tables[spec.name], path)
    return root


def hostile_tables(built: Path) -> dict[str, pa.Table]:
    """The built fixture corpus with markup in its text, title, publisher and a speaker, a quote
    over the markup, and a mention that crosses a quote's boundary."""
    tables = {spec.name: pq.read_table(built / "data" / spec.name / f"{spec.name}.parquet") for spec in TABLES}
    arts = tables["articles"].to_pylist()
    assert len(arts) == 1
    art = arts[0]
    at = len(art["text"]) + 2 + len("Reader note: ")
    art["text"] = art["text"] + "\n\n" + HOSTILE_PARAGRAPH
    art["title"] = HOSTILE_TITLE
    art["publisher"] = "Nordic <i>Wire</i>"
    quotes = tables["quotes"].to_pylist()
    quotes.append(dict(quotes[0], quote_id="q_" + "f" * 16, text=SCRIPT, start=at, end=at + len(SCRIPT),
                       speaker_entity_id=None, speaker_text=HOSTILE_SPEAKER, attribution="unnamed",
                       group_id="q_" + "f" * 16, paragraph_index=art["text"].count("\n\n", 0, at)))
    mentions = tables["mentions"].to_pylist()
    q0 = quotes[0]
    # A mention crossing the first quote's start (4 characters before it to 5 inside it).
    mentions.append(dict(mentions[0], mention_id="m_" + "f" * 16, start=q0["start"] - 4, end=q0["start"] + 5,
                         text=art["text"][q0["start"] - 4 : q0["start"] + 5]))
    out = dict(tables)
    out["articles"] = pa.Table.from_pylist(arts, schema=tables["articles"].schema)
    out["quotes"] = pa.Table.from_pylist(quotes, schema=tables["quotes"].schema)
    out["mentions"] = pa.Table.from_pylist(mentions, schema=tables["mentions"].schema)
    return out


@pytest.fixture(scope="session")
def hostile_root(built: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _write(hostile_tables(built), tmp_path_factory.mktemp("hostile"))


@pytest.fixture(scope="session")
def hostile_site(hostile_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site") / "site"
    build_site(hostile_root, out)
    return out


def real_root() -> Path:
    if not (REPO / "data" / "articles" / "articles.parquet").is_file():
        pytest.skip("the repository's built tables (data/<table>/*.parquet) are not present")
    return REPO


# ------------------------------------------------------------------------------------------------
# The screenshot in the README and docs/explorer.md is made by the browser test
# (test_explore_browser.py::test_real_article_and_screenshot) from the repository's tables, and
# carries their fingerprint in a PNG text chunk. The check below needs no browser, so it runs
# everywhere: rebuilt tables with a stale screenshot fail here.

SCREENSHOT = REPO / "docs" / "img" / "explorer-article.png"
SCREENSHOT_KEY = "structnews:tables"  # PNG tEXt key: tables_fingerprint() of the tables shown
UPDATE_SCREENSHOT = "STRUCTNEWS_UPDATE_SCREENSHOT=1 python -m pytest -q tests/test_explore_browser.py -k screenshot"


def tables_fingerprint(root: Path) -> str:
    """sha256 over every ``data/<table>/*.parquet`` under ``root``, in sorted path order: each
    file's relative path and the sha256 of its bytes."""
    digest = hashlib.sha256()
    for path in sorted(p for spec in TABLES for p in (root / "data" / spec.name).glob("*.parquet")):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def png_text(path: Path) -> dict[str, str]:
    """The text chunks (tEXt, zTXt, iTXt) of a PNG file."""
    from PIL import Image  # Pillow: a dependency of matplotlib, so always installed

    with Image.open(path) as image:
        return dict(image.text)  # type: ignore[attr-defined]


def test_readme_screenshot_shows_the_current_tables() -> None:
    root = real_root()
    have = png_text(SCREENSHOT).get(SCREENSHOT_KEY) if SCREENSHOT.is_file() else None
    want = tables_fingerprint(root)
    assert have == want, (
        f"{SCREENSHOT.relative_to(REPO)} was not made from the current tables ({SCREENSHOT_KEY}: {have}; "
        f"the tables' fingerprint: {want}). Refresh it (needs chromium and chromium-driver):\n    {UPDATE_SCREENSHOT}")


# ------------------------------------------------------------------------------------------------
# Spans


def test_nested_and_crossing_spans_stay_well_formed() -> None:
    text = "Alpha said: we will meet Bravo Charlie in Delta soon."
    spans = [
        Span(12, 52, 0, "span", (("class", "quote"), ("data-speaker", "Alpha")), "q1"),  # quote
        Span(25, 38, 1, "a", (("class", "ent"), ("href", "e1.html")), "m1"),  # inside the quote
        Span(31, 45, 1, "a", (("class", "ent"), ("href", "e2.html")), "m2"),  # crosses m1
        Span(8, 16, 2, "a", (("class", "trigger"), ("href", "#v1")), "t1"),  # crosses the quote's start
    ]
    out = render_spans(text, 0, len(text), spans, set())
    checker = parse(out)
    assert "".join(checker.text) == text
    assert sorted(checker.ids) == ["m1", "m2", "q1", "t1"]  # each id once: on the first piece
    assert 'class="ent cont"' in out and 'class="trigger cont"' in out
    assert "quote cont" not in out  # where spans cross, the inner kind (higher rank) is split
    # No link inside a link: the part of m2 inside m1 is a span.
    depth = 0
    for piece in re.findall(r"</?a\b", out):
        depth += 1 if piece == "<a" else -1
        assert depth <= 1


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_any_spans_render_well_formed(data: st.DataObject) -> None:
    text = data.draw(st.text(alphabet="ab <>&\"'\n", min_size=1, max_size=40))
    n = len(text)
    spans = []
    for k in range(data.draw(st.integers(0, 6))):
        s = data.draw(st.integers(0, n - 1))
        e = data.draw(st.integers(s + 1, n))
        tag = data.draw(st.sampled_from(["a", "span"]))
        spans.append(Span(s, e, data.draw(st.integers(0, 2)), tag, (("class", "x"),), f"k{k}"))
    lo = data.draw(st.integers(0, n - 1))
    hi = data.draw(st.integers(lo + 1, n))
    opened: set[str] = set()
    out = render_spans(text, lo, hi, spans, opened)
    checker = parse(out)
    assert "".join(checker.text) == text[lo:hi]
    assert len(checker.ids) == len(set(checker.ids))
    depth = 0
    for piece in re.findall(r"</?a\b", out):  # never a link inside a link
        depth += 1 if piece == "<a" else -1
        assert depth <= 1


# ------------------------------------------------------------------------------------------------
# Escaping, anchors, structure


def test_markup_in_the_tables_is_shown_as_text(hostile_site: Path) -> None:
    page = (hostile_site / "index.html").read_text(encoding="utf-8")
    assert "&lt;img src=x onerror=alert(2)&gt;" in page and "<img" not in page
    assert "Nordic &lt;i&gt;Wire&lt;/i&gt;" in page
    (article,) = (hostile_site / "articles").glob("*.html")
    body = article.read_text(encoding="utf-8")
    assert html.escape(SCRIPT, quote=False) in body
    assert "<script>alert" not in body and "<img" not in body and "<b>" not in body
    # The hostile speaker is an attribute value: escaped, quotes included (autoescaping writes
    # markupsafe's &#34;), so it stays one attribute and reads back as written.
    assert str(markupsafe.escape(HOSTILE_SPEAKER)) in body and '"><script' not in body
    speakers = {attrs.get("data-speaker") for _, attrs in parse(body).tags}
    assert f"{HOSTILE_SPEAKER} (unnamed)" in speakers
    # The only script element of every page is the local asset.
    for path in hostile_site.rglob("*.html"):
        scripts = re.findall(r"<script\b[^>]*>", path.read_text(encoding="utf-8"))
        assert scripts == [f'<script src="{"../" if path.parent != hostile_site else ""}assets/explorer.js" defer>'], path


def test_templates_escape_everything() -> None:
    """Autoescaping is on for every template, and no template turns it off or marks a value safe."""
    from structnews.build.use.explore.site import environment

    env = environment()
    names = env.list_templates()
    assert "base.html.j2" in names and "macros.html.j2" in names
    for name in names:
        assert env.autoescape(name) is True, name  # type: ignore[operator]
        source = env.loader.get_source(env, name)[0]  # type: ignore[union-attr]
        assert not re.search(r"\|\s*safe\b|autoescape\s+false", source), name


def test_every_page_is_well_formed_and_local(hostile_site: Path) -> None:
    for path in sorted(hostile_site.rglob("*.html")):
        markup = path.read_text(encoding="utf-8")
        checker = parse(markup)
        assert len(checker.ids) == len(set(checker.ids)), f"{path}: duplicate ids"
        for tag, attrs in checker.tags:
            for key in ("src", "href"):
                ref = attrs.get(key)
                if not ref or ref.startswith("#"):
                    continue
                assert not re.match(r"^[a-z]+:", ref) or (tag == "a" and ref.startswith("http")), f"{path}: {ref}"
                if not re.match(r"^[a-z]+:", ref):
                    target = (path.parent / ref.split("#")[0]).resolve()
                    assert target.is_file(), f"{path}: broken link {ref}"


def test_every_record_has_an_id_anchor(hostile_root: Path, hostile_site: Path) -> None:
    corpus = load_corpus(hostile_root)
    for a in corpus.articles:
        ids = parse((hostile_site / "articles" / f"{a['article_id']}.html").read_text(encoding="utf-8")).ids
        wanted = [a["article_id"]]
        wanted += [m["mention_id"] for m in corpus.mentions[a["article_id"]]]
        wanted += [q["quote_id"] for q in corpus.quotes[a["article_id"]]]
        wanted += [v["event_id"] for v in corpus.events[a["article_id"]]]
        assert wanted and set(wanted) <= set(ids), set(wanted) - set(ids)
    for eid in corpus.entities:
        ids = parse((hostile_site / "entities" / f"{eid}.html").read_text(encoding="utf-8")).ids
        assert eid in ids


def test_quotes_carry_speaker_method_and_confidence(hostile_root: Path, hostile_site: Path) -> None:
    corpus = load_corpus(hostile_root)
    (a,) = corpus.articles
    markup = (hostile_site / "articles" / f"{a['article_id']}.html").read_text(encoding="utf-8")
    checker = parse(markup)
    tags = {attrs.get("id"): attrs for _, attrs in checker.tags if attrs.get("id")}
    for q in corpus.quotes[a["article_id"]]:
        span = tags[q["quote_id"]]
        assert "quote" in span["class"].split()
        who = corpus.entities[q["speaker_entity_id"]]["name"] if q["speaker_entity_id"] else q["speaker_text"]
        assert who in span["data-speaker"] and who in span["title"]
        assert q["attribution"] in span["title"] and f"{q['confidence']:.2f}" in span["title"]
        note = markup[markup.index(f'id="n-{q["quote_id"]}"'):]
        note = note[: note.index("</dl>")]
        assert f'class="attribution">{q["attribution"]}<' in note and f'class="confidence">{q["confidence"]:.2f}<' in note


def test_events_are_listed_beside_their_paragraph(hostile_root: Path, hostile_site: Path) -> None:
    corpus = load_corpus(hostile_root)
    (a,) = corpus.articles
    markup = (hostile_site / "articles" / f"{a['article_id']}.html").read_text(encoding="utf-8")
    rows = re.split(r'(?=<div class="row")', markup)
    for v in corpus.events[a["article_id"]]:
        (row,) = [r for r in rows if f'id="{v["event_id"]}"' in r]
        assert f'id="t-{v["event_id"]}"' in row  # the trigger is in the same row's paragraph
        assert v["type"] in row


def test_index_lists_every_article_with_counts(hostile_root: Path, hostile_site: Path) -> None:
    corpus = load_corpus(hostile_root)
    markup = (hostile_site / "index.html").read_text(encoding="utf-8")
    rows = re.findall(r"<tr data-publisher.*?</tr>", markup, re.DOTALL)
    assert len(rows) == len(corpus.articles)
    (a,) = corpus.articles
    cells = re.findall(r'<td class="num" data-v="(\d+)">', rows[0])
    n_ent = len({m["entity_id"] for m in corpus.mentions[a["article_id"]]})
    assert cells == [str(a["word_count"]), str(len(corpus.quotes[a["article_id"]])), str(n_ent),
                     str(len(corpus.events[a["article_id"]]))]


def test_entity_page_lists_quotes_in_date_order_and_mentions(hostile_root: Path, hostile_site: Path) -> None:
    corpus = load_corpus(hostile_root)
    speakers = {q["speaker_entity_id"] for qs in corpus.quotes.values() for q in qs if q["speaker_entity_id"]}
    assert speakers
    for eid in speakers:
        markup = (hostile_site / "entities" / f"{eid}.html").read_text(encoding="utf-8")
        dates = re.findall(r'<li class="q" data-date="([0-9-]+)">', markup)
        n = sum(1 for qs in corpus.quotes.values() for q in qs if q["speaker_entity_id"] == eid)
        assert len(dates) == n and dates == sorted(dates)
        mentions = [m for ms in corpus.mentions.values() for m in ms if m["entity_id"] == eid]
        for m in mentions:
            assert f'#{m["mention_id"]}"' in markup


# ------------------------------------------------------------------------------------------------
# Corrections


def _yaml_blocks(site: Path) -> list[tuple[Path, str]]:
    out = []
    for path in sorted(site.rglob("*.html")):
        for block in re.findall(r'<pre class="yaml">(.*?)</pre>', path.read_text(encoding="utf-8"), re.S):
            out.append((path, html.unescape(block)))
    return out


def test_correction_yaml_parses_and_validates(hostile_site: Path) -> None:
    import yaml
    from structnews.build.core.plainyaml import load, plain_yaml_problems
    from structnews.schema.corrections import CorrectionFile

    blocks = _yaml_blocks(hostile_site)
    actions = set()
    for path, text in blocks:
        assert isinstance(yaml.safe_load(text), dict), path
        assert plain_yaml_problems(text, str(path)) == []
        parsed = CorrectionFile.model_validate(load(text))
        assert len(parsed.corrections) == 1
        actions.add(parsed.corrections[0].action)
    assert actions == {"set_speaker", "not_a_quote", "set_event", "set_entity", "merge_entities", "split_entity"}


def _apply_one(records: dict[str, list], located: object) -> list:
    """Problems from applying one correction to the records, through the build's own code."""
    from structnews.build.resolve import corrections as corr_mod

    # The streaming build: entity-level corrections first, then article by article.
    plan = corr_mod.CorrectionPlan([located], {e.entity_id: e for e in records["entities"]})
    named = getattr(located.correction, "article", None)  # type: ignore[attr-defined]
    for a in records["articles"]:
        if named and Path(a.source_file).stem != named:
            continue  # the plan only looks at the article a correction names
        pick = lambda rows: [r for r in rows if r.article_id == a.article_id]  # noqa: E731
        plan.article(a, pick(records["mentions"]), pick(records["quotes"]), pick(records["events"]))
    referenced = {e.entity_id for e in records["entities"]}
    _, problems = plan.finish({}, {}, referenced)
    return problems


@pytest.mark.parametrize("which", ["fixture", "repository"])
def test_correction_yaml_finds_its_target(which: str, built: Path, tmp_path: Path) -> None:
    """Every generated correction (but the merge template, which names a placeholder) applies
    cleanly to the tables it was generated from: its target is found, and found once."""
    if which == "repository":
        built = real_root()
    from structnews.build.core.plainyaml import load
    from structnews.build.resolve.corrections import Located
    from structnews.schema.corrections import CorrectionFile

    site = tmp_path / "site"
    build_site(built, site)
    tables = {spec.name: pq.read_table(built / "data" / spec.name / f"{spec.name}.parquet") for spec in TABLES}
    records = {spec.name: [spec.model.model_validate(r) for r in tables[spec.name].to_pylist()] for spec in TABLES}
    checked = 0
    for path, text in _yaml_blocks(site):
        (corr,) = CorrectionFile.model_validate(load(text)).corrections
        if corr.action == "merge_entities":
            continue
        problems = _apply_one(records, Located(corr, str(path), 1))
        assert problems == [], (text, problems)
        checked += 1
    assert checked > 10


# ------------------------------------------------------------------------------------------------
# Determinism, layouts, sizes, CLI


def test_output_is_deterministic_and_reads_release_layout(built: Path, hostile_root: Path, tmp_path: Path) -> None:
    one, two, rel = tmp_path / "one", tmp_path / "two", tmp_path / "rel"
    build_site(hostile_root, one)
    build_site(hostile_root, two)
    release = _write(hostile_tables(built), tmp_path / "release", release=True)
    build_site(release, rel)
    files = sorted(p.relative_to(one) for p in one.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(two) for p in two.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(rel) for p in rel.rglob("*") if p.is_file())
    for f in files:
        assert (one / f).read_bytes() == (two / f).read_bytes() == (rel / f).read_bytes(), f


def test_real_article_pages_are_small() -> None:
    root = real_root()
    files = render_site(load_corpus(root))
    sizes = {k: len(v) for k, v in files.items() if k.startswith("articles/")}
    assert sizes
    print("article page sizes:", sizes)
    assert max(sizes.values()) < 200_000, sizes
    assert all(len(v) < 200_000 for k, v in files.items() if k.endswith(".html")), "some page is over 200 KB"


def test_cli_writes_site_and_protects_other_folders(hostile_root: Path, tmp_path: Path) -> None:
    from structnews.build.cli.main import app
    from typer.testing import CliRunner

    runner = CliRunner()
    out = tmp_path / "site"
    result = runner.invoke(app, ["explore", "--root", str(hostile_root), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "index.html").is_file() and (out / "assets" / "explorer.css").is_file()
    (out / "stale.html").write_text("old")
    assert runner.invoke(app, ["explore", "--root", str(hostile_root), "--out", str(out)]).exit_code == 0
    assert not (out / "stale.html").exists()  # replaced as a whole
    other = tmp_path / "mine"
    other.mkdir()
    (other / "notes.txt").write_text("keep me")
    result = runner.invoke(app, ["explore", "--root", str(hostile_root), "--out", str(other)])
    assert result.exit_code == 1 and (other / "notes.txt").read_text() == "keep me"
    result = runner.invoke(app, ["explore", "--root", str(tmp_path / "nothing"), "--out", str(tmp_path / "x")])
    assert result.exit_code == 1
