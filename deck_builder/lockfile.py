"""The lock: what deck-builder remembers about every note it has built.

One file, `deck-builder.lock`, next to the articles it describes, meant to be committed
with them. It maps each note's structural key to its guid (so edited and renamed items
keep their notes), its cloze numbers (so review history stays on the right deletion),
and its last fields, tags and modification time (so unchanged notes are left alone by
Anki and changed ones always update). It is JSON, sorted, one entry per note, so a diff
shows what a build changed. docs/regeneration.md describes every key.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from json.encoder import encode_basestring
from pathlib import Path
from typing import BinaryIO

from deck_builder.errors import LockError, display_path

LOCK_NAME = "deck-builder.lock"
LOCK_VERSION = 1


@dataclass
class Lock:
    path: Path | None
    articles: dict[str, dict[str, dict]] = field(default_factory=dict)

    def entries(self, article_id: str) -> dict[str, dict]:
        return self.articles.get(article_id, {})

    def to_bytes(self) -> bytes:
        return b"".join(self.chunks())

    def chunks(self) -> Iterator[bytes]:
        """to_bytes() one article at a time, so a large lock is never held twice.

        The text is exactly `json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False)`
        plus a newline; json's indenting encoder is pure Python, and this is several times
        faster on the shapes a lock holds.
        """
        if not self.articles:
            yield (_dumps(_document({}), "") + "\n").encode()
            return
        head, tail = _dumps(_document({"": {}}), "").split('  "": {}')
        yield head.encode()
        for index, article in enumerate(sorted(self.articles)):
            separator = ",\n" if index else ""
            notes = _dumps(self.articles[article], "  ")
            yield f"{separator}  {encode_basestring(article)}: {notes}".encode()
        yield (tail + "\n").encode()

    def unchanged(self) -> bool:
        """True when the file at `path` already holds exactly to_bytes().

        An unchanged lock is not rewritten, so its mtime stays put. The comparison reads
        the file again rather than keeping the bytes first read: those are the size of
        the lock (185 MB at 100,000 notes) and would be held through the whole build.
        """
        if self.path is None:
            return False
        try:
            with open(self.path, "rb") as handle:
                for chunk in self.chunks():
                    if handle.read(len(chunk)) != chunk:
                        return False
                return handle.read(1) == b""
        except OSError:
            return False


def lock_path_for(article_path: Path) -> Path:
    return article_path.parent / LOCK_NAME


def load_lock(path: Path | None) -> Lock:
    if path is None or not path.exists():
        return Lock(path)
    where = display_path(path)
    advice = ("restore it from version control, or delete it to start afresh (notes edited "
              "since the last build will then import as new notes)")
    data = _load_by_article(path)
    try:
        if data is None:
            text = path.read_bytes().decode("utf-8")
            data = json.loads(text)
            del text
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        line = getattr(error, "lineno", 0)
        raise LockError(f"{where}:{line}: the lock file is damaged ({error.__class__.__name__}); "
                        f"{advice}") from None
    if not isinstance(data, dict) or "deck-builder-lock" not in data:
        raise LockError(f"{where}: not a deck-builder lock file; {advice}")
    version = data["deck-builder-lock"]
    if not isinstance(version, int) or version > LOCK_VERSION:
        raise LockError(f"{where}: written by a newer deck-builder (lock version {version}, this "
                        f"one reads {LOCK_VERSION}); upgrade deck-builder, nothing was changed")
    articles = data.get("articles")
    if not isinstance(articles, dict) or not all(
        isinstance(notes, dict) and all(_valid_entry(e) for e in notes.values())
        for notes in articles.values()
    ):
        raise LockError(f"{where}: the lock file's entries are damaged; {advice}")
    return Lock(path, articles)


_HEAD = b'{\n "articles": {\n'
_TAIL = re.compile(rb'\n },\n "deck-builder-lock": (-?(?:0|[1-9][0-9]*))\n}\n')


def _load_by_article(path: Path, block: int = 1 << 23) -> dict | None:
    """json.loads of a lock laid out as chunks() writes it, read a few articles at a time.

    Read whole, a large lock is there three times over: as bytes, as one str (twice the
    size: the text is not ASCII) and decoded. Read in pieces, only what it decodes to
    is. Any other layout, or a damaged file, gives None, and load_lock then reads it
    whole (and reports what is wrong). "  }," on a line of its own can only end an
    article: JSON strings hold no line breaks, and what is inside an article is
    indented further.
    """
    with open(path, "rb") as handle:
        if handle.read(len(_HEAD)) != _HEAD:
            return None
        size = os.fstat(handle.fileno()).st_size
        handle.seek(max(len(_HEAD), size - 256))
        end = handle.read()
        tail = _TAIL.fullmatch(end, max(0, end.rfind(b'\n },\n "deck-builder-lock": ')))
        if tail is None:
            return None
        handle.seek(len(_HEAD))
        remaining = size - len(end) + tail.start() - len(_HEAD)
        articles: dict = {}
        pending = b""
        try:
            while remaining > 0:
                read = handle.read(min(block, remaining))
                if not read:
                    return None
                remaining -= len(read)
                pending += read
                start = 0
                while (stop := pending.find(b"\n  },\n", start)) >= 0:
                    _add_articles(articles, pending[start : stop + len(b"\n  }")])
                    start = stop + len(b"\n  },\n")
                pending = pending[start:]
            if pending:
                _add_articles(articles, pending)
        except ValueError:  # UnicodeDecodeError and JSONDecodeError among them
            return None
    return {"articles": articles, "deck-builder-lock": int(tail[1])}


def _add_articles(articles: dict, piece: bytes) -> None:
    found = json.loads("{" + piece.decode("utf-8") + "}")
    if not found:  # "{  }" parses, but a lone comma before it would not
        raise ValueError("no article in a piece of the lock")
    articles.update(found)


def _valid_entry(entry) -> bool:
    return (
        isinstance(entry, dict)
        and isinstance(entry.get("guid"), str)
        and isinstance(entry.get("id"), int)
        and isinstance(entry.get("mod"), int)
        and isinstance(entry.get("fields"), list)
        and isinstance(entry.get("tags"), list)
        and isinstance(entry.get("clozes", {}), dict)
    )


def write_atomically(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Write `data` (bytes, or pieces of them) to `path` through atomic_file()."""
    with atomic_file(path) as handle:
        for chunk in [data] if isinstance(data, bytes) else data:
            handle.write(chunk)


@contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """A file to write that replaces `path` only when the `with` block ends without error.

    It is a temporary file beside `path`, renamed into place: a reader (or a crash) sees
    the old file or the new one, never half of one.
    """
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file private; give it the mode a plain open() would.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _document(articles: dict) -> dict:
    return {"deck-builder-lock": LOCK_VERSION, "articles": articles}


def _dumps(value, indent: str) -> str:
    """json.dumps(value, indent=1, sort_keys=True, ensure_ascii=False), nested at `indent`."""
    try:
        return _encode(value, indent)
    except _Unusual:
        text = json.dumps(value, indent=1, sort_keys=True, ensure_ascii=False)
        # JSON strings never hold a raw line break, so every one is indentation.
        return text.replace("\n", "\n" + indent)


class _Unusual(Exception):
    """A value _encode leaves to json (floats, subclasses, keys that are not strings)."""


def _encode(value, indent: str) -> str:
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if kind is dict:
        if not value:
            return "{}"
        inner = indent + " "
        items = []
        for key in sorted(value):
            if type(key) is not str:
                raise _Unusual
            item = value[key]
            # Strings and ints inline: they are most of a lock's values.
            if type(item) is str:
                text = encode_basestring(item)
            elif type(item) is int:
                text = int.__repr__(item)
            else:
                text = _encode(item, inner)
            items.append(f"{inner}{encode_basestring(key)}: {text}")
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    if kind is list or kind is tuple:
        if not value:
            return "[]"
        inner = indent + " "
        if all(type(item) is str for item in value):
            items = map(encode_basestring, value)
        else:
            items = (_encode(item, inner) for item in value)
        return f"[\n{inner}" + f",\n{inner}".join(items) + f"\n{indent}]"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return "null"
    if kind is int:
        return int.__repr__(value)
    raise _Unusual
