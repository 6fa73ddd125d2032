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

import dataclasses
import pickle
import sqlite3
from collections.abc import Iterator

from deck_builder.notes import Facets, OutNote

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
        rows = [(n.note_id, n.mod, n.article, _encoded(n)) for n in notes]
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
        while rows := cursor.fetchmany(_BATCH):
            for (blob,) in rows:
                yield _decoded(blob)


# A note is pickled as the tuple of its fields' values, its facets as theirs: pickle's
# own way with a dataclass (its __dict__, keys and all, and the class looked up again for
# every object) took three times as long to read back, for every note of a build.
_NOTE_FIELDS = tuple(f.name for f in dataclasses.fields(OutNote))
_FACETS_AT = _NOTE_FIELDS.index("facets")
_FACETS_FIELDS = tuple(f.name for f in dataclasses.fields(Facets))


def _encoded(note: OutNote) -> bytes:
    values = [getattr(note, name) for name in _NOTE_FIELDS]
    facets = values[_FACETS_AT]
    if type(facets) is Facets:
        values[_FACETS_AT] = tuple(getattr(facets, name) for name in _FACETS_FIELDS)
    return pickle.dumps(values, pickle.HIGHEST_PROTOCOL)


def _decoded(blob: bytes) -> OutNote:
    """The note _encoded took, as it was: its attributes set as pickle sets them, without
    calling the classes' __init__ (neither has a __post_init__ to run)."""
    values = pickle.loads(blob)
    if type(values[_FACETS_AT]) is tuple:
        facets = _new(Facets)
        facets.__dict__.update(zip(_FACETS_FIELDS, values[_FACETS_AT], strict=True))
        values[_FACETS_AT] = facets
    note = _new(OutNote)
    note.__dict__.update(zip(_NOTE_FIELDS, values, strict=True))
    return note


_new = object.__new__
