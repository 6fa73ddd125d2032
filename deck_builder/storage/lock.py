"""The lock: what deck-builder remembers about every note it has built.

One file, `deck-builder.lock`, next to the articles it describes, meant to be committed
with them. It maps each note's structural key to its guid (so edited and renamed items
keep their notes), its cloze numbers (so review history stays on the right deletion),
and its last fields, tags and modification time (so unchanged notes are left alone by
Anki and changed ones always update). It is JSON, sorted, one entry per note, so a diff
shows what a build changed. docs/regeneration.md describes every key.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path
from typing import BinaryIO

from deck_builder.anki.note_types import NOTE_TYPES
from deck_builder.errors import LockError, display_path

LOCK_NAME = "deck-builder.lock"
LOCK_VERSION = 1


@dataclass
class Lock:
    path: Path | None
    articles: dict[str, dict[str, dict]] = field(default_factory=dict)
    # Note type id -> {"sha": digest of its templates and CSS, "mod": when that last changed}.
    # Anki updates a note type in place only when the incoming one is newer.
    note_types: dict[str, dict] = field(default_factory=dict)
    # A digest of the bytes read, so an unchanged lock is not rewritten (its mtime stays
    # put); the bytes themselves would be held through the whole build (185 MB at 100,000
    # notes).
    original: str | None = None
    # Set by a build that changed nothing in it (every article reused from the build
    # cache): it need not be encoded again to find out (build.plan_build).
    untouched: bool = False

    def entries(self, article_id: str) -> dict[str, dict]:
        return self.articles.get(article_id, {})

    def write(self, handle: BinaryIO) -> str:
        """Write the lock into a binary file, piece by piece; return the digest of its bytes."""
        data = {"deck-builder-lock": LOCK_VERSION, "articles": self.articles,
                "note_types": self.note_types}
        digest = hashlib.sha256()
        text = io.TextIOWrapper(_Hashing(handle, digest), encoding="utf-8", newline="\n")
        pending: list[str] = []
        for piece in _pieces(data):
            pending.append(piece)
            if len(pending) >= _PIECES_PER_WRITE:
                text.write("".join(pending))
                pending.clear()
        pending.append("\n")
        text.write("".join(pending))
        text.flush()
        text.detach()
        return digest.hexdigest()


# The lock's bytes are exactly those of json.dump(data, indent=1, sort_keys=True,
# ensure_ascii=False): users commit the file, so a faster encoder must not change one byte
# of it. With an indent, CPython's json uses its pure-Python encoder. The writer below knows
# the lock's nesting (articles -> notes -> entries of strings, integers, lists of strings
# and a dict of integers), does the indentation itself and has every string encoded by
# json's own C function; a value of any other shape or type (or a dict with a key that is
# not a plain string) goes to json's encoder, re-indented to its depth, so any content is
# written as json.dump writes it. tests/test_lockfile.py compares the two on arbitrary data.
_REFERENCE = json.JSONEncoder(indent=1, sort_keys=True, ensure_ascii=False)
_string = json.encoder.encode_basestring  # what _REFERENCE encodes every string with
_only_strings = {str}.issuperset  # of map(type, ...): a plain str, not a subclass
_only_ints = {int}.issuperset  # a plain int: not a bool, not a subclass
_PIECES_PER_WRITE = 64  # pieces are mostly whole entries: about 120 KB of text a write


def _pieces(data: dict) -> Iterator[str]:
    """The lock's text as json.dump writes it, in pieces of about an entry each."""
    return _dict(data, 0, lambda key, value, level: (
        _dict(value, level, _article) if key == "articles" else _json(value, level)))


def _article(key: str, notes, level: int) -> Iterator[str]:
    return _dict(notes, level, _entry)


def _json(value, level: int) -> Iterator[str]:
    """`value` by json's own encoder, `level` deep (its strings never hold a raw newline)."""
    margin = "\n" + " " * level
    for chunk in _REFERENCE.iterencode(value):
        yield chunk.replace("\n", margin)


def _sortable(value) -> bool:
    """A non-empty plain dict with plain string keys: sorting its keys sorts its items."""
    return type(value) is dict and bool(value) and _only_strings(map(type, value))


def _dict(value, level: int, child) -> Iterator[str]:
    """A dict `level` deep; `child(key, value, level + 1)` gives the pieces of each value."""
    if not _sortable(value):
        yield from _json(value, level)
        return
    margin = "\n" + " " * (level + 1)
    separator = "{"
    for key in sorted(value):
        yield separator + margin + _string(key) + ": "
        yield from child(key, value[key], level + 1)
        separator = ","
    yield "\n" + " " * level + "}"


def _entry(key: str, entry, level: int) -> Iterable[str]:
    """A note's entry, in one piece."""
    if not _sortable(entry):
        return _json(entry, level)
    margin = "\n" + " " * (level + 1)
    inner = margin + " "
    items = []
    for name in sorted(entry):
        value = entry[name]
        kind = type(value)
        if kind is str:
            text = _string(value)
        elif kind is int:
            text = int.__repr__(value)
        elif kind is list and value and _only_strings(map(type, value)):
            text = "[" + inner + ("," + inner).join(map(_string, value)) + margin + "]"
        elif kind is dict and _sortable(value) and _only_ints(map(type, value.values())):
            text = "{" + inner + ("," + inner).join(
                [_string(k) + ": " + int.__repr__(value[k]) for k in sorted(value)]
            ) + margin + "}"
        else:
            text = "".join(_json(value, level + 1))
        items.append(_string(name) + ": " + text)
    return ("{" + margin + ("," + margin).join(items) + "\n" + " " * level + "}",)


class _Hashing(io.RawIOBase):
    """A binary file that also feeds what is written to a digest."""

    def __init__(self, handle: BinaryIO, digest):
        self.handle, self.digest = handle, digest

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self.digest.update(data)
        return self.handle.write(data)


def lock_path_for(article_path: Path) -> Path:
    return article_path.parent / LOCK_NAME


def load_lock(path: Path | None) -> Lock:
    if path is None or not path.exists():
        return Lock(path)
    where = display_path(path)
    advice = ("restore it from version control, or delete it to start afresh (notes edited "
              "since the last build will then import as new notes)")
    try:
        with path.open("rb") as handle:
            data, digest = _read_by_article(handle)
        if data is None:  # not laid out as Lock.write lays it out: parse it whole
            data, digest = _read_whole(path.read_bytes())
    except OSError as error:
        raise LockError(f"{where}: cannot read the lock file: {error.strerror}") from None
    except _Empty:
        raise LockError(f"{where}: the lock file is empty; {advice}") from None
    except UnicodeDecodeError:
        raise LockError(f"{where}: the lock file is damaged (not UTF-8 text); {advice}") from None
    except json.JSONDecodeError as error:
        raise LockError(f"{where}:{error.lineno}: the lock file is damaged (not valid JSON: "
                        f"{error.msg}); {advice}") from None
    except RecursionError:
        raise LockError(f"{where}: the lock file is damaged (nested too deeply); {advice}") \
            from None
    if not isinstance(data, dict) or "deck-builder-lock" not in data:
        raise LockError(f"{where}: not a deck-builder lock file; {advice}")
    version = data["deck-builder-lock"]
    if not _is_int(version) or version < 1:
        raise LockError(f"{where}: the lock file is damaged (version {version!r}); {advice}")
    if version > LOCK_VERSION:
        raise LockError(f"{where}: written by a newer deck-builder (lock version {version}, this "
                        f"one reads {LOCK_VERSION}); upgrade deck-builder, nothing was changed")
    articles = data.get("articles")
    if not isinstance(articles, dict) or not all(
        isinstance(notes, dict) and all(_valid_entry(e) for e in notes.values())
        for notes in articles.values()
    ):
        raise LockError(f"{where}: the lock file's entries are damaged; {advice}")
    note_types = data.get("note_types", {})
    if not isinstance(note_types, dict) or not all(
        isinstance(t, dict) and isinstance(t.get("mod"), int) for t in note_types.values()
    ):
        raise LockError(f"{where}: the lock file's note types are damaged; {advice}")
    return Lock(path, articles, note_types, digest)


class _Empty(Exception):
    """The lock file holds nothing but whitespace."""


def _read_whole(raw: bytes):
    """Any lock: its bytes decoded and parsed at once; (data, digest of the bytes)."""
    digest = hashlib.sha256(raw).hexdigest()
    if not raw or raw.isspace():
        raise _Empty
    text = raw.decode("utf-8")
    del raw  # the bytes, their text and the objects need not all be alive at once
    return json.loads(text), digest


# How Lock.write lays out the lock (json.dump, indent=1, keys sorted): the articles come
# first, each ending on a line of its own at two spaces' indent, the others after them.
_HEAD = b'{\n "articles": {\n'
_ARTICLE_END = b"\n  }"  # then ",\n" between articles, "\n },\n" after the last
_ARTICLES_END = b"\n  }\n },\n"
_BLOCK = 1 << 20
_MAX_PENDING = 32 * _BLOCK  # an article's entries are a few MB at most


def _read_by_article(handle):
    """A lock as Lock.write lays it out, parsed a few articles at a time; (None, None) for
    any other layout, which _read_whole then parses.

    Parsed whole, the 186 MB lock of 100,000 notes is held as text (two bytes a character
    once it holds one "…": 370 MB) beside the objects parsed from it (380 MB), and that
    was a rebuild's peak memory. Here no more than a block of text is alive at a time.
    Each piece of text is cut where an article ends, so it is a run of whole "id": {...}
    members of "articles" and parses on its own; a cut anywhere else leaves unbalanced
    braces, which do not parse, and the whole file is then parsed the ordinary way.
    """
    digest = hashlib.sha256()
    head = handle.read(len(_HEAD))
    digest.update(head)
    if head != _HEAD:
        return None, None
    articles: dict = {}
    pending = b""
    while True:
        block = handle.read(_BLOCK)
        digest.update(block)
        # Only the new bytes (and a marker they may complete) are searched.
        since = max(0, len(pending) - len(_ARTICLES_END))
        pending += block
        if len(pending) > _MAX_PENDING:
            return None, None  # no article ends for megabytes: not the layout expected
        end = pending.find(_ARTICLES_END, since)
        if end >= 0:  # the last articles, then the keys after "articles"
            members = _members(pending[:end + len(_ARTICLE_END)])
            rest = handle.read()
            digest.update(rest)
            try:
                rest = json.loads(b"{" + pending[end + len(_ARTICLES_END):] + rest)
            except (ValueError, RecursionError):
                return None, None
            if members is None or type(rest) is not dict or "articles" in rest:
                return None, None
            articles.update(members)
            return {"articles": articles, **rest}, digest.hexdigest()
        if not block:
            return None, None
        cut = pending.rfind(_ARTICLE_END + b",\n", since)
        if cut >= 0:
            members = _members(pending[:cut + len(_ARTICLE_END)])
            if members is None:
                return None, None
            articles.update(members)
            pending = pending[cut + len(_ARTICLE_END) + 2:]


def _members(text: bytes) -> dict | None:
    """`"id": {...},\n "id": {...}` parsed as the members of one object; None if it is not."""
    try:
        members = json.loads(b"{" + text + b"}")
    except (ValueError, RecursionError):
        return None
    return members if type(members) is dict else None


def _is_int(value) -> bool:
    return type(value) is int  # JSON's true and false are bools, which are ints too


# Checked once per entry, 100,000 times for a large course: type() comparisons and
# map() over C functions keep that well under a second.
_TEXT_KEYS = ("kind", "label", "section", "text")


def _strings(value) -> bool:
    return type(value) is list and all(map(isinstance, value, repeat(str)))


def _valid_entry(entry) -> bool:
    if type(entry) is not dict:
        return False
    clozes = entry.get("clozes", {})
    kind = entry.get("kind", "cloze")
    return (
        type(entry.get("guid")) is str
        and type(entry.get("id")) is int
        and type(entry.get("mod")) is int
        and _strings(entry.get("fields"))
        and _strings(entry.get("tags"))
        and type(clozes) is dict
        and all(type(n) is int for n in clozes.values())
        and all(map(isinstance, map(entry.get, _TEXT_KEYS, repeat("")), repeat(str)))
        # A removed note is packaged from its entry, so its fields must fit its note type.
        and (kind not in NOTE_TYPES or len(entry["fields"]) == len(NOTE_TYPES[kind].fields))
    )
