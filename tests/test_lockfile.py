"""The lock file: read as written, rewritten only when what it records changed, in one format.

Users commit the lock, so its bytes are a format: those of json.dump(data, indent=1,
sort_keys=True, ensure_ascii=False) plus a newline. Lock.write has its own encoder for
speed; these tests hold it to json.dump's bytes on arbitrary lock-shaped data, on data of
shapes it does not know, and on the committed lock of the bundled article.
"""

from __future__ import annotations

import hashlib
import io
import json
import os

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from support import REPO, copy_seed, run

from deck_builder import lockfile
from deck_builder.lockfile import LOCK_VERSION, Lock, load_lock


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


def json_dump_bytes(lock: Lock) -> bytes:
    """The lock as json.dump writes it: the format the lock file has always had."""
    data = {"deck-builder-lock": LOCK_VERSION, "articles": lock.articles,
            "note_types": lock.note_types}
    text = io.StringIO()
    json.dump(data, text, indent=1, sort_keys=True, ensure_ascii=False)
    return (text.getvalue() + "\n").encode("utf-8")


def written(lock: Lock) -> bytes:
    handle = io.BytesIO()
    digest = lock.write(handle)
    assert digest == hashlib.sha256(handle.getvalue()).hexdigest()
    return handle.getvalue()


def test_the_committed_lock_is_written_back_byte_for_byte():
    path = REPO / "cards" / "deck-builder.lock"
    lock = load_lock(path)
    assert written(lock) == path.read_bytes() == json_dump_bytes(lock)


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


@settings(max_examples=400, deadline=None, database=None,
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
