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
        json.dump(data, text, indent=1, sort_keys=True, ensure_ascii=False)
        text.write("\n")
        text.flush()
        text.detach()
        return digest.hexdigest()


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
