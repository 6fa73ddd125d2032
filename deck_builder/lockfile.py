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
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path
from typing import BinaryIO

from deck_builder.errors import LockError, display_path
from deck_builder.models import NOTE_TYPES

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
        raw = path.read_bytes()
    except OSError as error:
        raise LockError(f"{where}: cannot read the lock file: {error.strerror}") from None
    digest = hashlib.sha256(raw).hexdigest()
    if not raw or raw.isspace():
        raise LockError(f"{where}: the lock file is empty; {advice}")
    try:
        text = _ascii_json(raw)
        # The bytes, their text and what it decodes to would all be alive at once: at
        # 100,000 notes that is most of a rebuild's peak memory. Drop each as soon as done.
        del raw
        data = json.loads(text)
        del text
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


# About this many bytes of the lock are transcoded at a time.
_CHUNK = 1 << 20
_ASTRAL_ESCAPE = re.compile(rb"\\U([0-9a-f]{8})")


def _ascii_json(raw: bytes) -> str:
    """The JSON text of `raw` with every non-ASCII character written as a \\u escape.

    Python stores a str with as many bytes a character as its widest character needs:
    a single "…" makes the text of a whole lock two bytes a character (370 MB for the
    186 MB lock of 100,000 notes), held while json.loads builds its objects beside it.
    Escaped, the text is ASCII, one byte a character, and json.loads gives back the very
    same strings. It goes line by line: a raw newline never occurs inside a JSON string,
    so no character or escape is cut in two.
    """
    if raw.isascii() or b"\0" in raw:  # NUL, never valid in JSON, marks pairs below
        return raw.decode("utf-8")
    pieces = []
    start = 0
    while start < len(raw):
        end = raw.find(b"\n", start + _CHUNK)
        end = len(raw) if end < 0 else end + 1
        chunk = raw[start:end]
        if not chunk.isascii():
            # backslashreplace writes \uNNNN as JSON does, but \xNN below U+0100 and
            # \UNNNNNNNN above U+FFFF, which JSON lacks. With escaped backslashes set aside
            # first, every \x or \U left is one of those.
            escaped = chunk.decode("utf-8").encode("ascii", "backslashreplace")
            escaped = escaped.replace(b"\\\\", b"\0").replace(b"\\x", b"\\u00")
            if b"\\U" in escaped:
                escaped = _ASTRAL_ESCAPE.sub(_surrogate_pair, escaped)
            chunk = escaped.replace(b"\0", b"\\\\")
        pieces.append(chunk.decode("ascii"))
        start = end
    return "".join(pieces)


def _surrogate_pair(match: re.Match) -> bytes:
    """JSON writes a character above U+FFFF as the \\u escapes of its UTF-16 pair."""
    code = int(match.group(1), 16) - 0x10000
    return b"\\u%04x\\u%04x" % (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF))


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
