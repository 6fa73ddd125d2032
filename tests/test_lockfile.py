"""The lock file is rewritten only when what it records changed."""

from __future__ import annotations

import json
import os

from hypothesis import example, given, settings
from hypothesis import strategies as st
from support import copy_seed, run

from deck_builder import lockfile


def test_a_build_that_changes_nothing_leaves_the_lock_file_alone(tmp_path):
    article = copy_seed(tmp_path / "cards")
    run("build", article, "-o", tmp_path / "a.apkg")
    lock = article.parent / "deck-builder.lock"
    before = lock.stat().st_mtime_ns
    os.utime(lock, ns=(before - 10**9, before - 10**9))
    run("build", article, "-o", tmp_path / "b.apkg")
    assert lock.stat().st_mtime_ns == before - 10**9


# Text a lock can hold: every plane, quotes, backslashes (also before an "x" or a "U",
# which the escaping must tell from its own), control characters and line breaks.
_LOCK_TEXT = st.text(st.one_of(
    st.characters(codec="utf-8"),
    st.sampled_from(["\\", "x", "U", "0", "1", "e", "f", '"', "…", "é", "\U0001f600", "\n",
                     "\0"]),
), max_size=40)


@settings(max_examples=200, deadline=None)
@example({"é \\xe9 \\\\xe9 \\U0001f600": {"😀": ["\\\\\\x00e9", "…\\U0001F600", "\\\\"]}})
@given(st.dictionaries(_LOCK_TEXT, st.dictionaries(_LOCK_TEXT, st.one_of(
    _LOCK_TEXT, st.lists(_LOCK_TEXT, max_size=4), st.integers())), max_size=4))
def test_a_lock_is_parsed_to_the_same_values_from_its_ascii_form(data):
    raw = json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False).encode("utf-8")
    original_chunk = lockfile._CHUNK
    lockfile._CHUNK = 8  # many pieces, so the cuts between lines are exercised too
    try:
        text = lockfile._ascii_json(raw)
    finally:
        lockfile._CHUNK = original_chunk
    assert text.isascii()
    assert json.loads(text) == data


def test_a_unicode_lock_loads_as_written(tmp_path):
    article = copy_seed(tmp_path / "cards")
    text = article.read_text(encoding="utf-8").replace("Groupthink", "Grüppthink 😀 “quoted” …")
    article.write_text(text, encoding="utf-8")
    run("build", article, "-o", tmp_path / "a.apkg")
    lock_path = article.parent / "deck-builder.lock"
    written = json.loads(lock_path.read_text(encoding="utf-8"))
    assert "Grüppthink 😀 “quoted” …" in lock_path.read_text(encoding="utf-8")
    assert lockfile.load_lock(lock_path).articles == written["articles"]
