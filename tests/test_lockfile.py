"""The lock file: read as written, rewritten only when what it records changed, in one format.

Users commit the lock, so its bytes are a format: those of json.dump(data, indent=1,
sort_keys=True, ensure_ascii=False) plus a newline, except that each note's entry is on
one line, as json.dumps(entry, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
writes it. Lock.write has its own encoder for speed; these tests hold it to those bytes on
arbitrary lock-shaped data, on data of shapes it does not know, and on the committed lock
of the bundled article. load_lock reads
a lock in that layout an article at a time, for memory; these tests hold it to what
json.loads makes of the same bytes, whatever they are.
"""

from __future__ import annotations

import hashlib
import io
import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import REPO, copy_course, copy_seed, examples, run

from deck_builder.storage import lock as lockfile
from deck_builder.storage.lock import LOCK_VERSION, Lock, load_lock


def test_a_build_that_changes_nothing_leaves_the_lock_file_alone(tmp_path):
    article = copy_seed(tmp_path / "cards")
    run("build", article, "-o", tmp_path / "a.apkg")
    lock = article.parent / "deck-builder.lock"
    before = lock.stat().st_mtime_ns
    os.utime(lock, ns=(before - 10**9, before - 10**9))
    run("build", article, "-o", tmp_path / "b.apkg")
    assert lock.stat().st_mtime_ns == before - 10**9


def test_a_unicode_lock_loads_as_written(tmp_path):
    article = copy_seed(tmp_path / "cards")
    text = article.read_text(encoding="utf-8").replace("Groupthink", "Grüppthink 😀 “quoted” …")
    article.write_text(text, encoding="utf-8")
    run("build", article, "-o", tmp_path / "a.apkg")
    lock_path = article.parent / "deck-builder.lock"
    written = json.loads(lock_path.read_text(encoding="utf-8"))
    assert "/grüppthink-%F0%9F%98%80-quoted" in lock_path.read_text(encoding="utf-8")
    assert lockfile.load_lock(lock_path).articles == written["articles"]


def _plain(value) -> bool:
    """A non-empty dict with plain string keys: what the format indents as an object."""
    return type(value) is dict and bool(value) and all(type(k) is str for k in value)


def json_dump_bytes(lock: Lock) -> bytes:
    """The lock as json.dump writes it, each note's entry on one line: the format."""
    lines: dict[str, str] = {}  # a placeholder -> the entry's line

    def one_line(entry) -> str:
        placeholder = f"@entry {len(lines)}@"
        lines[json.dumps(placeholder)] = json.dumps(entry, sort_keys=True, ensure_ascii=False,
                                                    separators=(",", ":"))
        return placeholder

    articles = lock.articles
    if _plain(articles):
        articles = {article: {key: one_line(entry) for key, entry in notes.items()}
                    if _plain(notes) else notes for article, notes in articles.items()}
    data = {"deck-builder-lock": LOCK_VERSION, "articles": articles,
            "note_types": lock.note_types}
    text = json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False)
    for placeholder, line in lines.items():
        text = text.replace(placeholder, line, 1)
    return (text + "\n").encode("utf-8")


def written(lock: Lock) -> bytes:
    """What the lock's encoder makes of its data (Lock.write hands it each note's identity)."""
    handle = io.BytesIO()
    data = {"deck-builder-lock": LOCK_VERSION, "articles": lock.articles,
            "note_types": lock.note_types}
    digest = lockfile.write_json(handle, data)
    assert digest == hashlib.sha256(handle.getvalue()).hexdigest()
    return handle.getvalue()


def test_the_committed_lock_is_written_back_byte_for_byte():
    path = REPO / "cards" / "deck-builder.lock"
    lock = load_lock(path)
    assert written(lock) == path.read_bytes() == json_dump_bytes(lock)
    handle = io.BytesIO()
    lock.write(handle)
    assert handle.getvalue() == path.read_bytes()


# Text that JSON must escape or that encoders get wrong, among arbitrary Unicode (without
# lone surrogates, which UTF-8 cannot hold: see the test below).
SPECIAL = ['"', "\\", "\\n", "\n", "\r", "\t", "\b", "\f", "\x00", "\x1f", "\x7f", "\x80",
           "\u2028", "\u2029", "\ufeff", "\uffff", "…", "😀", "e\u0301", "/", "</script>", "{",
           "}", "[", "]", ",", ": ", " ", "", "\\u0041", "null", "1e5"]
text = st.one_of(st.text(max_size=8), st.sampled_from(SPECIAL),
                 st.lists(st.one_of(st.text(max_size=4), st.sampled_from(SPECIAL)),
                          max_size=4).map("".join))


class Text(str):
    pass


class Number(int):
    pass


scalars = st.one_of(text, st.integers(), st.integers(min_value=-(2**80), max_value=2**80),
                    st.floats(), st.booleans(), st.none(), st.builds(Text, text),
                    st.builds(Number, st.integers()))
# Keys json accepts besides strings: sorted as themselves, then written as strings.
other_keys = st.one_of(st.integers(), st.floats(allow_nan=False), st.booleans(), st.none(),
                       st.builds(Text, text))
# Any JSON value at all, and some that are JSON only to Python's json (tuples, non-string
# keys): what a lock holds where its writer expects something else.
unknown = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.tuples(inner, inner),
        st.dictionaries(text, inner, max_size=3),
        st.dictionaries(other_keys, inner, max_size=3)),
    max_leaves=8)


def mostly(usual, *others):
    """`usual` four times in five, else one of `others`."""
    return st.integers(0, 4 * len(others)).flatmap(
        lambda n: others[n - 1] if 0 < n <= len(others) else usual)


entry_values = mostly(
    st.one_of(text, st.integers(), st.lists(text, min_size=1, max_size=4),
              st.dictionaries(text, st.integers(), min_size=1, max_size=3)),
    scalars, st.lists(st.one_of(text, scalars, unknown), max_size=3),
    st.dictionaries(text, st.one_of(st.integers(), st.booleans(), st.builds(Number)),
                    max_size=3),
    st.dictionaries(st.one_of(text, other_keys), st.one_of(st.integers(), scalars, unknown),
                    max_size=3),
    unknown)
ENTRY_KEYS = ["clozes", "fields", "guid", "id", "kind", "label", "mod", "model", "removed",
              "section", "tags", "text"]
entries = mostly(
    st.dictionaries(st.one_of(st.sampled_from(ENTRY_KEYS), text), entry_values, min_size=1,
                    max_size=12),
    st.fixed_dictionaries({"fields": st.lists(text, max_size=3), "guid": text,
                           "id": st.integers(), "mod": st.integers(),
                           "tags": st.lists(text, max_size=3)},
                          optional={"clozes": st.dictionaries(text, st.integers(), max_size=3),
                                    "kind": text, "text": text}),
    st.dictionaries(other_keys, entry_values, max_size=3),
    unknown)


def some(values):
    """Mostly a dict of `values`, else one with other keys, or a value of another shape."""
    return mostly(st.dictionaries(text, values, min_size=1, max_size=4),
                  st.dictionaries(text, values, max_size=1),
                  st.dictionaries(other_keys, values, max_size=2),
                  unknown)


locks = st.builds(Lock, st.none(), some(some(entries)),
                  some(mostly(st.fixed_dictionaries({"mod": st.integers(), "sha": text}),
                              unknown)))


@settings(max_examples=examples(75), deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(locks)
def test_the_lock_is_written_exactly_as_json_dump_writes_it(lock):
    try:
        expected = json_dump_bytes(lock)
    except (TypeError, ValueError) as error:  # keys of types that cannot be sorted together
        with pytest.raises(type(error)):
            written(lock)
    else:
        assert written(lock) == expected


def test_what_json_dump_refuses_the_writer_refuses():
    for notes in [{"a": {"k": {"fields": [object()]}}}, {"a": {1: {}, "b": {}}}]:
        with pytest.raises(TypeError):
            json_dump_bytes(Lock(None, notes))
        with pytest.raises(TypeError):
            written(Lock(None, notes))
    # A lone surrogate cannot be UTF-8: an error, never a file that does not decode.
    with pytest.raises(UnicodeEncodeError):
        written(Lock(None, {"a": {"k": {"text": "\ud800"}}}))


def by_article(data: bytes, block: int = 64):
    """What load_lock's article-at-a-time reader makes of `data`, cut into small blocks."""
    original = lockfile._BLOCK
    lockfile._BLOCK = block  # many cuts, and markers split between blocks
    try:
        return lockfile._read_by_article(io.BytesIO(data))
    finally:
        lockfile._BLOCK = original


def same_json(a, b) -> bool:
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)  # NaN equals NaN


@settings(max_examples=examples(60), deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(locks, st.integers(1, 200))
def test_a_written_lock_reads_back_as_json_loads_reads_it(lock, block):
    try:
        data = written(lock)
    except (TypeError, ValueError):
        return  # not writable at all (see above)
    parsed, digest = by_article(data, block)
    if parsed is not None:  # else load_lock parses it whole
        assert same_json(parsed, json.loads(data))
        assert digest == hashlib.sha256(data).hexdigest()


@pytest.fixture(scope="module")
def course_lock(tmp_path_factory) -> bytes:
    """The lock of a course of several articles, as a build writes it."""
    cards = copy_course(tmp_path_factory.mktemp("course") / "cards", "tcp-vs-udp.md",
                        "mitosis-vs-meiosis.md")
    run("build", cards, "-o", cards.parent / "course.apkg")
    return (cards / "deck-builder.lock").read_bytes()


@pytest.mark.parametrize("block", [1, 7, 100, 1 << 20])
def test_a_course_lock_is_read_an_article_at_a_time(course_lock, block):
    parsed, digest = by_article(course_lock, block)
    assert parsed is not None, "the layout Lock.write writes must not need the whole-file parse"
    assert parsed == json.loads(course_lock)
    assert len(parsed["articles"]) == 3


@settings(max_examples=examples(60), deadline=None, database=None)
@given(st.data())
def test_a_damaged_or_edited_lock_is_never_read_differently(course_lock, data):
    """Bytes cut, dropped or inserted anywhere: the reader gives up or agrees with json."""
    position = data.draw(st.integers(0, len(course_lock)))
    change = data.draw(st.sampled_from(["cut", "drop", "insert"]))
    if change == "cut":
        damaged = course_lock[:position]
    elif change == "drop":
        damaged = course_lock[:position] + course_lock[position + data.draw(st.integers(1, 40)):]
    else:
        insert = data.draw(st.sampled_from([b"\n  },\n", b"\n  }\n },\n", b"}", b"{", b",",
                                            b'"articles": {},', b"\n", b" ", b"\xff"]))
        damaged = course_lock[:position] + insert + course_lock[position:]
    parsed, _ = by_article(damaged, data.draw(st.integers(1, 300)))
    if parsed is not None:
        assert same_json(parsed, json.loads(damaged))


def test_a_lock_laid_out_by_hand_loads_as_json_reads_it(tmp_path, course_lock):
    path = tmp_path / "deck-builder.lock"
    path.write_text(json.dumps(json.loads(course_lock)), encoding="utf-8")  # one line
    assert by_article(path.read_bytes()) == (None, None)
    lock = load_lock(path)
    assert lock.articles == json.loads(course_lock)["articles"]
    assert lock.original == hashlib.sha256(path.read_bytes()).hexdigest()
