"""Write the .apkg: genanki's schema, notes and cards, with per-note times and no wall clock.

Two things genanki's Package does not do for us:
- every note gets its own `mod` (the time its content last changed, changes.py), where
  genanki stamps one time on everything;
- the deck and note-type tables are written once, not once per deck: genanki rereads and
  rewrites them for every deck, which is quadratic in the number of decks.
The zip entries get a fixed date, so the same notes give a byte-identical file.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
import tempfile
import warnings
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

import genanki
from genanki.apkg_col import APKG_COL
from genanki.apkg_schema import APKG_SCHEMA

from deck_builder.errors import OutputError, display_path
from deck_builder.notes import OutNote
from deck_builder.storage.atomic import TEMP_SUFFIX, temp_prefix

ZIP_DATE = (1980, 1, 1, 0, 0, 0)
# The media a field uses: only render.image_html writes a literal `<img` into a field
# (content is escaped), and it names a carried file by its content (Image.media_name).
MEDIA_REFERENCE = re.compile(r'<img src="(deck-builder-([0-9a-f]{32})\.(?:png|jpg|gif|webp|svg))"')
# zlib's fastest level: at 100,000 notes it deflates the 189 MB collection in about 1 s
# instead of level 6's 2.5 to 3 s, for a package of 27.8 MB instead of 24.0 MB. Users rebuild
# often and import locally; the package's bytes depend on the level (and the zlib).
ZIP_LEVEL = 1


@lru_cache(maxsize=1024)  # asked for every note written, of the few decks a build has
def deck_id_for(name: str) -> int:
    """Anki matches decks by name on import; a stable id keeps the package reproducible.

    Drawn from the whole name (48 bits of its SHA-256): a 30-bit checksum gave two names
    one id ("Deck frrzvhck", "Deck flboau"), and the package then held one deck for both.
    Anki matches names case-insensitively, so the id does too.
    """
    digest = hashlib.sha256(name.casefold().encode("utf-8")).digest()
    return (1 << 30) + int.from_bytes(digest[:6], "big")


class _Note(genanki.Note):
    """genanki's Note, with its check for unescaped "<" (a warning; the suite makes it an
    error) asked lazily: genanki's `(?: .*|/?)>` runs to the end of the line and back for
    each tag, and a 2 MiB paragraph is one line of some 30,000 tags. The same "<"s match."""

    _INVALID_HTML_TAG_RE = re.compile(
        r"<(?!/?[a-zA-Z0-9]+(?: .*?|/?)>|!--|!\[CDATA\[)(?:.|\n)*?>")


@dataclass
class PackageNotes:
    """The notes of a package with their deck names, readable in note-id order (the order
    the package holds them in) as often as asked, without being all in memory: a build
    reads them back from its scratch database (storage/scratch.NoteStore)."""

    by_id: Callable[[], Iterable[tuple[OutNote, str]]]
    count: int
    last_mod: int | None  # None: no notes
    last_id: int | None
    decks: list[str]  # the decks' names, sorted

    @classmethod
    def of(cls, notes: list[tuple[OutNote, str]]) -> PackageNotes:
        ordered = sorted(notes, key=lambda pair: pair[0].note_id)
        return cls(lambda: ordered, len(ordered),
                   max((n.mod for n, _ in ordered), default=None),
                   ordered[-1][0].note_id if ordered else None,
                   sorted({deck for _, deck in ordered}))

    def __len__(self) -> int:
        return self.count

    def __iter__(self):  # in note-id order, with a length: what a progress bar takes
        return iter(self.by_id())


def _package_notes(notes) -> PackageNotes:
    return notes if isinstance(notes, PackageNotes) else PackageNotes.of(notes)


def package_digest(notes: list[tuple[OutNote, str]] | PackageNotes,
                   models: dict[str, genanki.Model], model_mods: dict[int, int]) -> str:
    """A digest of everything write_package makes the package's bytes from (give it the
    same arguments): equal digests, from the same code, mean byte-identical packages, so a
    build can leave a package it would write again as it is (build._current_package)."""
    digest = hashlib.sha256()
    digest.update(json.dumps(
        [[m.model_id, m.name, m.fields, m.templates, m.css, model_mods.get(m.model_id)]
         for m in models.values()], sort_keys=True, default=str).encode())
    update = digest.update
    for note, deck in _package_notes(notes).by_id():  # as packaged
        update(f"\0{note.guid}\0{note.note_id}\0{note.kind}\0{note.mod}\0{deck}\0".encode())
        update("\x1f".join(note.fields).encode())
        update(("\0" + " ".join(note.tags)).encode())
    return digest.hexdigest()


def _media_names(fields) -> Iterator[str]:
    """The media files these fields show."""
    return (m[1] for value in fields if "<img" in value for m in MEDIA_REFERENCE.finditer(value))


def write_package(handle: BinaryIO, notes: list[tuple[OutNote, str]] | PackageNotes,
                  models: dict[str, genanki.Model], model_mods: dict[int, int],
                  track=None, beside: Path | None = None,
                  media: dict[str, Path] | None = None) -> None:
    """Write the .apkg of `notes` (each with its deck name) into an open binary file.

    `media` names every image file the build knows (Image.media_name -> file); the package
    carries those its notes show, each once, and no other: a subset carries only its own.

    The collection goes from its temporary database straight into the zip: a course of
    100,000 notes never holds the collection, or the zip of it, in memory. `track`
    reports progress over the notes (build.plan_build). The database is staged `beside` the
    package (a hidden temporary file in its folder, removed on any exit Python sees), not
    in $TMPDIR: a full or small /tmp cannot fail a build, and nothing is left there.
    """
    notes = _package_notes(notes)
    timestamp = max([*([notes.last_mod] if notes.count else []), *model_mods.values()],
                    default=0)
    folder, prefix = (beside.parent, temp_prefix(beside)) if beside else (None, "tmp")
    fd, db_path = tempfile.mkstemp(prefix=prefix, suffix=".anki2" + TEMP_SUFFIX, dir=folder)
    os.close(fd)
    try:
        conn = sqlite3.connect(db_path)
        # A scratch database, deleted on any failure: no journal and no fsync. With them,
        # the schema alone (a transaction and its syncs per statement) took 0.2 s to 0.4 s
        # on a busy disk, all of what a sync of a few notes spends packaging.
        conn.execute("pragma journal_mode = off")
        conn.execute("pragma synchronous = off")
        try:
            used = _write_db(conn.cursor(), notes, models, model_mods, timestamp, track)
            conn.commit()
        finally:
            conn.close()
        with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
            database = _entry("collection.anki2")
            # Known before writing, as writestr() would know it: it decides the zip64 fields.
            database.file_size = os.path.getsize(db_path)
            with open(db_path, "rb") as source, archive.open(database, "w") as target:
                shutil.copyfileobj(source, target, 1 << 20)
            media = media or {}
            carried = {name: media[name] for name in sorted(used) if name in media}
            for number, (name, file) in enumerate(carried.items()):
                _copy_media(archive, str(number), name, file)
            archive.writestr(_entry("media"), json.dumps(
                {str(number): name for number, name in enumerate(carried)}).encode())
    finally:
        Path(db_path).unlink(missing_ok=True)


def _copy_media(archive: zipfile.ZipFile, entry: str, name: str, file: Path) -> None:
    """Copy one image into the package, checking it is still the file the notes were
    made from: its name is its digest, and an edit made during the build would break that."""
    digest = hashlib.sha256()
    info = _entry(entry)
    if not name.endswith(".svg"):
        info.compress_type = zipfile.ZIP_STORED  # PNG, JPEG, GIF and WebP are compressed
    try:
        info.file_size = file.stat().st_size
        with open(file, "rb") as source, archive.open(info, "w") as target:
            while chunk := source.read(1 << 20):
                digest.update(chunk)
                target.write(chunk)
    except OSError as error:
        raise OutputError(f"cannot read image {display_path(file)}: {error.strerror}") from None
    if not name.startswith(f"deck-builder-{digest.hexdigest()[:32]}."):
        raise OutputError(f"image {display_path(file)} changed during the build; build again")


def _entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=ZIP_DATE)  # a fixed date: reproducible bytes
    info.compress_type = zipfile.ZIP_DEFLATED
    # ZipFile(compresslevel=) only reaches the entries zipfile makes from a name, and
    # open(info, "w") takes no level: the level travels on the ZipInfo. Python 3.13 named
    # that attribute compress_level (keeping _compresslevel as an alias); before, only the
    # private name exists, and ZipInfo's __slots__ refuse the new one.
    if hasattr(info, "compress_level"):
        info.compress_level = ZIP_LEVEL
    else:
        info._compresslevel = ZIP_LEVEL
    info.external_attr = 0o644 << 16
    return info


def _write_db(cursor, notes: PackageNotes, models, model_mods, timestamp: int,
              track=None) -> set[str]:
    """Write the notes in note-id order; the media names their fields show."""
    cursor.executescript(APKG_SCHEMA)
    cursor.executescript(APKG_COL)
    deck_names = notes.decks
    decks_json = json.loads(cursor.execute("SELECT decks FROM col").fetchone()[0])
    for name in deck_names:
        deck = genanki.Deck(deck_id_for(name), name).to_json()
        deck["mod"] = timestamp
        decks_json[str(deck_id_for(name))] = deck
    any_deck = deck_id_for(deck_names[0]) if deck_names else 1
    models_json = {
        str(m.model_id): m.to_json(model_mods[m.model_id], any_deck) for m in models.values()
    }
    cursor.execute("UPDATE col SET decks = ?, models = ?, mod = ?, crt = ?",
                   (json.dumps(decks_json, sort_keys=True), json.dumps(models_json, sort_keys=True),
                    timestamp * 1000, timestamp))
    return _write_notes(cursor, notes, models, track)


def _write_notes(cursor, notes: PackageNotes, models, track=None) -> set[str]:
    """The notes and their cards, in note-id order, each card's id after the last note's;
    the media names their fields show."""
    used: set[str] = set()
    writers = {kind: _RowWriter(model) for kind, model in models.items()}
    next_card = notes.last_id or 0
    execute = cursor.execute
    for note, deck in track("Packaging", notes) if track else notes:
        note_row, ords = writers[note.kind].note_row(note)
        execute(_INSERT_NOTE, note_row)
        deck_id = deck_id_for(deck)
        mod = note_row[3]
        for ord_ in ords:
            next_card += 1
            execute(_INSERT_CARD, (next_card, note.note_id, deck_id, ord_, mod, -1, 0, 0, 0,
                                   0, 0, 0, 0, 0, 0, 0, 0, ""))
        used.update(_media_names(note.fields))
    return used


# genanki's Note.write_to_db and Card.write_to_db, row for row (tests/test_package.py
# compares the two databases byte for byte).
_INSERT_NOTE = "INSERT INTO notes VALUES(?,?,?,?,?,?,?,?,?,?,?);"
_INSERT_CARD = "INSERT INTO cards VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?);"
_CLOZE_NUMBER = re.compile(r"{{c(\d+)::.+?}}", re.DOTALL)


class _RowWriter:
    """One note type's rows as genanki's Note writes them, without a genanki Note per note:
    building one (its tag list, its cached properties, the template's cloze fields found
    again by regex) cost more than the SQL it writes. The same checks, the same values."""

    def __init__(self, model: genanki.Model):
        self.model = model
        self.field_count = len(model.fields)
        self.sort_field = model.sort_field_index
        self.cloze = model.model_type == model.CLOZE
        if self.cloze:
            qfmt = model.templates[0]["qfmt"]
            names = set(re.findall(r"{{[^}]*?cloze:(?:[^}]?:)*(.+?)}}", qfmt)
                        + re.findall("<%cloze:(.+?)%>", qfmt))
            self.cloze_fields = [next((i for i, f in enumerate(model.fields)
                                       if f["name"] == name), -1) for name in names]
        elif model.model_type == model.FRONT_BACK:
            self.required = [({"any": any, "all": all}[which], ords)
                             for _, which, ords in model._req]
            self.ords = [card_ord for card_ord, _, _ in model._req]
        else:
            raise ValueError("Expected model_type CLOZE or FRONT_BACK")

    def note_row(self, note: OutNote) -> tuple[tuple, list[int]]:
        """The notes table's row and the note's card ords, in genanki's order."""
        fields = note.fields
        if self.field_count != len(fields):
            raise ValueError(
                "Number of fields in Model does not match number of fields in Note: "
                f"{self.model} has {self.field_count} fields, but the note has {len(fields)}")
        for field in fields:
            if "<" in field and (invalid := _Note._find_invalid_html_tags_in_field(field)):
                warnings.warn("Field contained the following invalid HTML tags. Make sure you "
                              "are calling html.escape() if your field data isn't already "
                              f"HTML-encoded: {' '.join(invalid)}", stacklevel=2)
        for tag in note.tags:
            if " " in tag:
                raise ValueError(f'Tag "{tag}" contains a space; this is not allowed!')
        guid = genanki.guid_for(*fields) if note.guid is None else note.guid
        row = (note.note_id, guid, self.model.model_id, int(note.mod), -1,
               " " + " ".join(note.tags) + " ", "\x1f".join(fields), fields[self.sort_field],
               0, 0, "")
        if self.cloze:
            card_ords = set()
            for index in self.cloze_fields:
                value = fields[index] if index >= 0 else ""
                card_ords.update(int(m) - 1 for m in _CLOZE_NUMBER.findall(value) if int(m) > 0)
            # (genanki compares the set with {}, a dict: an empty set stays empty, no card.)
            return row, list(card_ords)
        return row, [card_ord for card_ord, (which, ords) in zip(self.ords, self.required,
                                                                 strict=True)
                     if which(fields[o] for o in ords)]
