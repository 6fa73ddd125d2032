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
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

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
    # The bytes read, so an unchanged lock is not rewritten (its mtime stays put).
    original: bytes | None = None

    def entries(self, article_id: str) -> dict[str, dict]:
        return self.articles.get(article_id, {})

    def to_bytes(self) -> bytes:
        data = {"deck-builder-lock": LOCK_VERSION, "articles": self.articles,
                "note_types": self.note_types}
        return (json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode()


def lock_path_for(article_path: Path) -> Path:
    return article_path.parent / LOCK_NAME


def load_lock(path: Path | None) -> Lock:
    if path is None or not path.exists():
        return Lock(path)
    raw = path.read_bytes()
    where = display_path(path)
    advice = ("restore it from version control, or delete it to start afresh (notes edited "
              "since the last build will then import as new notes)")
    try:
        data = json.loads(raw.decode("utf-8"))
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
    note_types = data.get("note_types", {})
    if not isinstance(note_types, dict) or not all(
        isinstance(t, dict) and isinstance(t.get("mod"), int) for t in note_types.values()
    ):
        raise LockError(f"{where}: the lock file's note types are damaged; {advice}")
    return Lock(path, articles, note_types, raw)


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


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, then rename it into place.

    A reader (or a crash) sees the old file or the new one, never half of one.
    """
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file private; give it the mode a plain open() would.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
