"""A plan's notes kept on disk as they are made, not in memory.

A first build of 2,000 articles makes 100,000 notes; held as Python objects until they are
packaged, with the build cache's copy of their fields, they made a build's memory grow
with the course. Each article's notes go instead into a private scratch SQLite database
as soon as the article is done (SQLite keeps a couple of MB of it in memory and the rest
in a temporary file it deletes when the connection closes), with what the build cache
keeps of them, already encoded. A note is read back one at a time: in the order it came,
or in note-id order, the order the package is written in (anki/package.py).
"""

from __future__ import annotations

import pickle
import sqlite3
from collections.abc import Iterator

from deck_builder.notes import OutNote

_BATCH = 256  # rows fetched per step while reading back


class NoteStore:
    """Notes in the order they were added, as a list would hold them (len, iteration)."""

    def __init__(self) -> None:
        # "": a private temporary database, deleted by SQLite when it is closed.
        self._db = sqlite3.connect("", check_same_thread=False)
        self._db.execute("create table notes (seq integer primary key, id integer, "
                         "mod integer, article text, note blob)")
        # Each article's notes as the build cache writes them (cache.save_rendered).
        self._db.execute("create table rendered (lock text, article text, text text, "
                         "primary key (lock, article))")
        self._count = 0
        self._indexed = False

    def extend(self, notes) -> None:
        rows = [(n.note_id, n.mod, n.article, pickle.dumps(n, pickle.HIGHEST_PROTOCOL))
                for n in notes]
        self._db.executemany("insert into notes (id, mod, article, note) values (?, ?, ?, ?)",
                             rows)
        self._count += len(rows)
        self._indexed = False

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[OutNote]:
        return self._read("select note from notes order by seq")

    def by_id(self) -> Iterator[OutNote]:
        """The notes by note id, as a package holds them."""
        if not self._indexed:
            self._db.execute("create index if not exists notes_by_id on notes (id)")
            self._indexed = True
        return self._read("select note from notes order by id")

    def summary(self) -> tuple[int | None, int | None, list[str]]:
        """The latest mod, the largest note id, and the articles the notes come from."""
        last_mod, last_id = self._db.execute("select max(mod), max(id) from notes").fetchone()
        articles = [a for (a,) in self._db.execute("select distinct article from notes")]
        return last_mod, last_id, articles

    def keep_rendered(self, lock: str, article: str, text: str) -> None:
        """What the build cache keeps of an article's notes (storage/lock.encoded_notes)."""
        self._db.execute("insert or replace into rendered values (?, ?, ?)",
                         (lock, article, text))

    def rendered_articles(self, lock: str) -> list[str]:
        return [a for (a,) in self._db.execute("select article from rendered where lock = ?",
                                               (lock,))]

    def rendered_text(self, lock: str, article: str) -> str:
        return self._db.execute("select text from rendered where lock = ? and article = ?",
                                (lock, article)).fetchone()[0]

    def _read(self, query: str) -> Iterator[OutNote]:
        cursor = self._db.execute(query)
        loads = pickle.loads
        while rows := cursor.fetchmany(_BATCH):
            for (blob,) in rows:
                yield loads(blob)
