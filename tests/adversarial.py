"""Text built to break extractors, and the property every article must keep (shared by
tests/test_adversarial.py, which runs a fixed number of examples in CI, and benchmarks/soak.py,
which runs thousands).

The property: the per-article function (:func:`structnews.build.extract.article.process_batch`)
raises nothing and fails on nothing; an article it refuses is refused with a clear problem; an
article it accepts makes records that pass every check ``structnews validate`` runs on tables
(types and constraints, keys, references, spans) and an offset map that leads back to the
decoded raw text.
"""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

from hypothesis import strategies as st
from structnews.build.extract.article import ArticleFailure, ArticleTask, process_batch
from structnews.build.ingest.rawtext import decode
from structnews.build.ingest.sidecars import parse_sidecar
from structnews.build.run.cache import DraftCache
from structnews.build.run.pipeline import write_tables
from structnews.build.run.validate import validate_records
from structnews.build.tables.checks import check_tables
from structnews.build.tables.folder import read_tables

SIDECAR, _ = parse_sidecar("publisher: Adversarial Wire\npublished: 2024-01-02\n", "adversarial.yaml")
# Refusals that are right for some generated texts: nothing visible, nothing left after clutter,
# mostly control characters, a NUL byte (the random noise may hold one: NUL means binary).
ACCEPTABLE_REFUSALS = {"empty", "empty_after_cleaning", "control_character", "html", "binary"}

NAMES = ["P.", "J. R.", "J. R. R.", "A. B. C. D.", "Mr.", "Mrs.", "Dr.", "Sen.", "Mr. P.", "Ms. Q.", "P", "X Æ A-12",
         "Anna Berg", "Berg", "Berg's", "Jean-Luc O'Neill-Smith", "de la Cruz", "Xi", "Mohammed bin Salman", "DJ",
         "Путин", "Владимир Путин", "محمد", "李明", "İbrahim Öztürk", "Ólafur", "Ana\u0301", "NATO", "U.N.", "U.S.", "the E.U.",
         "Mr. Mr. Mr.", "Dr. Dr.", "President", "The President", "Sir"]
OPEN_CLOSE = [("“", "”"), ("‘", "’"), ('"', '"'), ("'", "'"), ("«", "»"), ("„", "“"), ("‹", "›"), ("「", "」"), ("»", "«"),
              ("”", "“"), ("``", "''")]
MARKS = [m for pair in OPEN_CLOSE for m in pair]
WORDS = ["talks", "collapsed", "on", "Tuesday", "said", "told", "reporters", "the", "minister", "will", "not", "attack",
         "sanctions", "met", "in", "Oslo", "yesterday", "and", "agreed", "to", "meet", "again", "2024", "3.5%", "$1,000",
         "—", "–", "-", "…", ";", ":", "(", ")", "[", "]", ",", ".", "!", "?", "/", "&", "#", "@", "*", "%"]
ODD = ["😀", "🇺🇸", "👍🏽", "👩‍👩‍👧", "מלחמה ושלום", "السلام عليكم", "\u202eevil\u202c", "\u200b", "\u200c", "\u200d",
       "\u2060", "\ufeff", "e\u0301\u0308\u0327", "\u0301", "Z\u0351\u0352\u0353", "ﬁ", "ＡＢＣ", "\u00a0", "\u2028", "\u2029",
       "\t", "\u3000", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\ufffd", "\x85", "\x07", "\x1b[31m", "â€™", "FranÃ§ois", "Ã\x83Â§", "&amp;", "<br>"]


@st.composite
def sentences(draw) -> str:  # noqa: ANN001 - hypothesis' draw
    """One sentence: names that are initials or titles only, quotation marks of every style,
    opened and never closed, closed and never opened, nested and mixed; or a table row, or noise."""
    name = draw(st.sampled_from(NAMES))
    words = " ".join(draw(st.lists(st.sampled_from(WORDS + ODD), min_size=0, max_size=12)))
    kind = draw(st.integers(0, 9))
    o, c = draw(st.sampled_from(OPEN_CLOSE))
    o2, c2 = draw(st.sampled_from(OPEN_CLOSE))
    if kind == 0:
        return f"{o}{words}{c} {name} said."
    if kind == 1:
        return f"{name} said: {o}{words}{o2}{words}{c2} and {words}{c}"  # nested
    if kind == 2:
        return f"{o}{words} {name} said {words}"  # a quote that never closes
    if kind == 3:
        return f"{words}{c} said {name}."  # closes without opening
    if kind == 4:
        return f"{o}{words}{c2} {draw(st.sampled_from(MARKS))} {name} {draw(st.sampled_from(MARKS))}"  # mixed styles
    if kind == 5:
        return f"{name} {words}."
    if kind == 6:
        return " ".join(draw(st.sampled_from(MARKS)) for _ in range(draw(st.integers(1, 20))))
    if kind == 7:
        return f"| {' | '.join(str(draw(st.integers(-10**6, 10**6))) for _ in range(5))} |"  # a table of numbers
    if kind == 8:
        return f"{name} told {draw(st.sampled_from(NAMES))} that {name} {words}."
    return draw(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))


@st.composite
def paragraphs(draw) -> str:  # noqa: ANN001
    special = draw(st.integers(0, 40))  # the long shapes are slow to parse: drawn now and then (and pinned in the test)
    name = draw(st.sampled_from(NAMES))
    if special == 0:
        return " ".join([name] * 500)  # the same name 500 times
    if special == 1:
        return " ".join(["word", "and", name, "said"] * 1250)  # 20,000+ characters without a full stop
    if special == 2:
        return f"{name} said {draw(st.sampled_from(MARKS))}" + " ".join(["it goes on"] * 300)  # a long unclosed quote
    return " ".join(draw(st.lists(sentences(), min_size=1, max_size=6)))


@st.composite
def articles(draw) -> str:  # noqa: ANN001
    """A whole raw text: one of the degenerate shapes, or paragraphs of nasty sentences."""
    shape = draw(st.integers(0, 11))
    if shape == 0:
        return draw(paragraphs()).replace("\n", " ")  # an article that is one line
    if shape == 1:
        return f"{draw(st.sampled_from(NAMES))} {draw(st.sampled_from(WORDS))} talks in Oslo\n"  # only a headline
    if shape == 2:
        return "".join(draw(st.lists(st.sampled_from(MARKS + ["!", "?", ".", ",", "—", "…", "-", "*"]), min_size=1, max_size=200)))
    if shape == 3:
        return "".join(draw(st.lists(st.sampled_from(ODD), min_size=1, max_size=60)))  # emoji, RTL, zero-width, combining
    if shape == 4:
        return "\n".join(f"{i} | {i * 3.5} | {i ** 3:,} | {-i}%" for i in range(draw(st.integers(1, 80))))  # a table of numbers
    body = draw(st.lists(paragraphs(), min_size=1, max_size=8))
    headline = draw(st.sampled_from(["", "Talks collapse in Oslo\n\n", "BREAKING\n\n", "By P. and J. R.\n\n", "MOSCOW —\n\n"]))
    text = headline + draw(st.sampled_from(["\n\n", "\n", " ", "\n\n\n\n"])).join(body)
    if draw(st.booleans()) and shape == 5:
        text = text.upper()  # all capitals
    return text


def check(text: str) -> list[str]:
    """What is wrong with the per-article function on this raw text (empty: the property holds)."""
    raw = text.encode("utf-8")
    task = ArticleTask(raw, SIDECAR, "adversarial.txt", "adversarial.txt")
    (result,) = process_batch([task])
    if isinstance(result, ArticleFailure):
        return [f"{result.stage}: {result.error_type}: {result.message}\n{result.traceback}"]
    if isinstance(result, list):
        bad = [p for p in result if p.code not in ACCEPTABLE_REFUSALS or not (p.message and p.hint)]
        return [f"refused: {p.format()}" for p in bad]
    problems: list[str] = []
    decoded, _ = decode(raw, "adversarial.txt")
    m = result.raw_offset_map
    for clean_start, raw_start, length in zip(m[::3], m[1::3], m[2::3]):
        if decoded is None or result.text[clean_start : clean_start + length] != decoded[raw_start : raw_start + length]:
            problems.append(f"offset map: text[{clean_start}:+{length}] is not raw[{raw_start}:+{length}]")
    cache = DraftCache(None)
    key = hashlib.sha256(raw).hexdigest()
    cache.put(key, result)
    with tempfile.TemporaryDirectory() as folder:
        try:
            write_tables([(result.raw_sha256, key)], cache, [], Path(folder))
        except Exception as exc:  # noqa: BLE001 - a span check or a model refusing a record
            return problems + [f"records: {type(exc).__name__}: {exc}"]
        tables = read_tables(Path(folder))
        problems += [p.format() for p in validate_records(tables) + check_tables(tables)]
    return problems
