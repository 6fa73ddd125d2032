"""The lock's own JSON writer gives exactly the bytes json.dumps gives."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from deck_builder import lockfile
from deck_builder.lockfile import LOCK_VERSION, Lock, load_lock, write_atomically

_TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=12) | st.sampled_from(
    ["", "é—…", '"quoted"\n\t\\', "\u2028", "<b>&amp;</b>", "{{c1::x}}"])
_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | _TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_TEXT, inner, max_size=4),
    max_leaves=20,
)
_ARTICLES = st.dictionaries(_TEXT, st.dictionaries(_TEXT, _VALUES, max_size=4), max_size=4)


def _json_dumps(articles) -> bytes:
    data = {"deck-builder-lock": LOCK_VERSION, "articles": articles}
    return (json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode()


@settings(max_examples=150, database=None, deadline=None)
@given(_ARTICLES)
def test_to_bytes_is_json_dumps(articles):
    lock = Lock(None, articles)
    assert lock.to_bytes() == _json_dumps(articles)
    assert b"".join(lock.chunks()) == lock.to_bytes()


def test_unchanged_compares_with_the_file(tmp_path):
    path = tmp_path / "deck-builder.lock"
    entry = {"guid": "g", "id": 1, "mod": 2, "fields": ["a—b"], "tags": ["t"], "clozes": {}}
    write_atomically(path, _json_dumps({"art": {"item/x": entry}}))
    lock = load_lock(path)
    assert lock.unchanged()
    lock.articles["art"]["item/x"]["fields"] = ["a—c"]
    assert not lock.unchanged()
    lock.articles["art"]["item/x"]["fields"] = ["a—b"]
    lock.articles["other"] = {}
    assert not lock.unchanged()
    del lock.articles["other"]
    path.write_bytes(path.read_bytes() + b"\n")
    assert not lock.unchanged()
    path.unlink()
    assert not lock.unchanged()
    assert not Lock(None, {}).unchanged()


def test_write_atomically_takes_pieces(tmp_path):
    path = tmp_path / "out"
    write_atomically(path, iter([b"one ", b"two"]))
    assert path.read_bytes() == b"one two"


def test_a_build_that_changes_nothing_leaves_the_lock_file_alone(tmp_path):
    from support import copy_seed, run

    article = copy_seed(tmp_path / "cards")
    run("build", article, "-o", tmp_path / "a.apkg")
    lock = article.parent / "deck-builder.lock"
    before = lock.stat().st_mtime_ns
    os.utime(lock, ns=(before - 10**9, before - 10**9))
    run("build", article, "-o", tmp_path / "b.apkg")
    assert lock.stat().st_mtime_ns == before - 10**9


@settings(max_examples=150, database=None, deadline=None)
@given(_ARTICLES, st.sampled_from(["as written", "indent 2", "compact", "extra key", "cut"]),
       st.integers(min_value=1, max_value=80))
def test_reading_a_lock_article_by_article_gives_what_json_loads_gives(articles, layout, block):
    raw = Lock(None, articles).to_bytes()
    data = {"deck-builder-lock": LOCK_VERSION, "articles": articles}
    if layout == "indent 2":
        raw = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False).encode()
    elif layout == "compact":
        raw = json.dumps(data, ensure_ascii=False).encode()
    elif layout == "extra key":
        raw = raw.replace(b'\n "deck-builder-lock"', b'\n "z": 1,\n "deck-builder-lock"')
    elif layout == "cut":
        raw = raw[: len(raw) // 2]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "deck-builder.lock"
        path.write_bytes(raw)
        read = lockfile._load_by_article(path, block)
    if layout == "as written" and articles:
        assert read == json.loads(raw)
    else:
        try:
            expected = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            expected = None
        assert read is None or read == expected
