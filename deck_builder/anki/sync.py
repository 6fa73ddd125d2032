"""`deck-builder sync`: a build put straight into the learner's Anki collection.

The notes go in through Anki's own importer, exactly as File > Import would take the .apkg
of the same build: a note is added when its guid is new, updated only when its `mod` is
newer than the collection's copy, and left alone otherwise (so an edit made in Anki to a
note whose content did not change survives). Then sync does what no import can:

- it moves the cards of a note whose article changed its deck, but only the cards still in
  the deck the previous sync put them in: a card the learner moved by hand stays;
- it applies `--removed` to notes the lock marks removed: keep them tagged (as a build
  does), suspend their cards, or delete them. Only notes this tool made are touched: their
  guid comes from the lock and their note type is one of deck-builder's.

Only what the collection lacks or holds an older copy of is packaged and imported (the
importer would skip the rest anyway), so syncing an edit of one article of a large course
costs the plan and a small import, not a package of the whole course.

A sync repeated after an edit need not even look at the notes it did not change: each
sync leaves a mark in the collection (MARK_KEY) saying which lock it wrote, which decks
and `--removed` it applied, and a fingerprint of deck-builder's notes in the collection
(their count and ids, read from an index of Anki's). When the next sync finds the mark
as it left it, the collection still holds every note of the articles the build cache
vouches for, as that sync put them there: only the notes of the articles read again, and
the removed notes, are looked up (by note id) and compared. Anything else (a build or a
`git pull` in between, a note deleted or added in Anki, another course synced into the
collection, a selection) and sync compares every note, as a first sync does.

Safety: the collection is opened the way Anki opens it, so while Anki (or anything else)
has it open it is refused. Anki's own backup is taken before the first change. Every step
is one transaction of Anki's, and each step is computed from the collection as it is, not
from what the last run meant to do, so an error or a Ctrl-C between steps leaves a
consistent collection and running sync again finishes the job. `--dry-run` does it all on a
copy of the collection and reports; the learner's file is never opened for writing.

The `anki` package is an optional extra (`pip install 'deck-builder[anki]'`); it is imported
here, when a sync runs, and nowhere else in deck-builder.
"""

from __future__ import annotations

import errno
import os
import shutil
import sys
import tempfile
import threading
import types
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from deck_builder.anki import REMOVED_POLICIES
from deck_builder.anki.note_types import RETIRED_MODEL_IDS
from deck_builder.anki.package import write_package
from deck_builder.build import BuildOptions, plan_build, select_notes, write_locks
from deck_builder.changes import removed_notes
from deck_builder.errors import DeckBuilderError, display_path
from deck_builder.notes import OutNote
from deck_builder.select import Selection
from deck_builder.storage.atomic import TEMP_SUFFIX, temp_prefix

INSTALL_HINT = "pip install 'deck-builder[anki]'"
# Where sync remembers, per note guid, the deck it last put the note's cards in: in the
# collection's own config, not in deck-builder.lock. The lock is shared by everyone who
# builds the articles (it is committed with them); the deck a sync put cards in is a fact
# about one learner's collection. Kept there, it travels with the collection (AnkiWeb sync,
# backups, other devices) and cannot disagree with it.
STATE_KEY = "deck-builder:sync"  # every note's deck in one value: how it was kept until
STATE_VERSION = 1
DECK_SHARD_KEY = "deck-builder:sync:decks:"  # + two digits: the decks of some articles' notes
DECK_SHARDS = 64  # a full sync of 100,000 notes writes 64 values; after an edit, one or two
# What the last complete sync left (sync's docstring): the next one may skip what it vouches for.
MARK_KEY = "deck-builder:sync:last"
MARK_VERSION = 1
COLLECTION_NAME = "collection.anki2"
# SQLite's shared-lock byte range (sqlite3.c, PENDING_BYTE + 2 .. + 510). Anki opens its
# collection in exclusive locking mode and holds a write lock there for as long as it is
# open; a read lock on it is refused while it does.
_SHARED_FIRST, _SHARED_SIZE = 0x40000000 + 2, 510
_UNSET = object()
# SQLite reads the collection's pages through a memory map instead of a read() each. A sync
# of one edited article reads every note twice (the guid of a new note is looked for
# in a table with no index on guid, and Anki's importer maps every guid), 160 MB of pages at
# 100,000 notes, which SQLite's 40 MB page cache cannot keep between the two: copied in
# page by page, they were 0.2 to 0.3 s of CPU, mapped 0.05. A setting of this connection
# alone, written nowhere in the file; SQLite caps it at what it was built for (2 GB) and
# reads the rest as before. Only this process writes while it has the collection open
# (Anki's exclusive lock), so the file cannot shrink under the map.
MMAP_SIZE = 1 << 31


class CollectionError(DeckBuilderError):
    """The collection cannot be found or used."""


class ProfileChoice(CollectionError):
    """Several profiles and no --profile: the command line must say which."""

    exit_code = 2


class SyncInterrupted(DeckBuilderError):
    """Ctrl-C after the collection began to change."""

    exit_code = 130


@dataclass
class SyncReport:
    collection: Path
    removed_policy: str
    dry_run: bool = False
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicting: int = 0
    moved_notes: int = 0
    moved_cards: int = 0
    removed: int = 0  # removed notes found in the collection, kept, suspended or deleted
    backup: bool = False
    written_locks: list[Path] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    problems: list = field(default_factory=list)  # the build's warnings (errors stop it)


# Finding the collection
##########################################################################


def anki_base(environ=None, platform: str | None = None) -> Path:
    """Anki's data folder, found as Anki finds it (aqt/profiles.py, `_defaultBase`)."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if environ.get("ANKI_BASE"):
        return Path(environ["ANKI_BASE"]).expanduser().absolute()
    if platform == "win32":
        return Path(environ.get("APPDATA") or Path.home() / "AppData" / "Roaming") / "Anki2"
    if platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Anki2"
    return Path(environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "Anki2"


def profiles(base: Path) -> list[str]:
    """The profiles in Anki's data folder that have a collection: a folder each."""
    try:
        return sorted(p.name for p in base.iterdir() if (p / COLLECTION_NAME).is_file())
    except OSError:
        return []


def find_collection(profile: str | None = None, collection: Path | None = None,
                    environ=None, platform: str | None = None) -> Path:
    """The collection file to sync into: `--collection`, else the profile's."""
    if collection is not None:
        if not collection.is_file():
            raise CollectionError(f"no Anki collection at {display_path(collection)}")
        return collection
    base = anki_base(environ, platform)
    names = profiles(base)
    where = "; set ANKI_BASE to Anki's data folder, or give --collection PATH"
    if not names:
        raise CollectionError(f"no Anki profile with a collection in {base}{where}")
    if profile is None:
        if len(names) > 1:
            raise ProfileChoice(f"{len(names)} Anki profiles in {base}: {', '.join(names)}; "
                                "choose one with --profile NAME")
        profile = names[0]
    if profile not in names:
        raise CollectionError(f"no Anki profile {profile!r} in {base}; "
                              f"there is {', '.join(repr(n) for n in names)}")
    return base / profile / COLLECTION_NAME


def _require_anki():
    """The `anki` package's Collection, or a message saying how to install it."""
    _no_error_backtraces()
    try:
        if "anki.collection" not in sys.modules:
            _import_collection_without_http()
        from anki.collection import Collection
    except ImportError:
        raise CollectionError(f"deck-builder sync needs Anki's own engine, the `anki` package: "
                              f"{INSTALL_HINT}") from None
    return Collection


def _no_error_backtraces() -> None:
    """Have Anki's engine make no backtrace for the errors it returns to Python.

    With RUST_BACKTRACE set (a Rust developer's shell, a CI runner), rslib captures and
    symbolizes a backtrace for every error it hands back, even those Anki's Python expects
    and handles: `Collection()` itself asks for a config key most collections lack. The
    first costs 0.17 s of CPU (reading the library's debug information), each later one a
    capture, and deck-builder never shows them (an Anki error is one line of its message).
    RUST_LIB_BACKTRACE, which Rust reads before RUST_BACKTRACE for error values but not
    for panics, turns them off; a value the user set is left as it is."""
    if os.environ.get("RUST_BACKTRACE") and "RUST_LIB_BACKTRACE" not in os.environ:
        os.environ["RUST_LIB_BACKTRACE"] = "0"


class _NoHttpClient:
    """Stands for anki.httpclient.HttpClient while anki.collection is imported."""


def _markdown_when_called(*args, **kwargs):
    """Stands for Python-Markdown's `markdown()` in anki._backend, which imports it and
    never calls it: the real one, imported when called."""
    import importlib

    return importlib.import_module("markdown").markdown(*args, **kwargs)


def _import_collection_without_http() -> None:
    """Import anki.collection without its HTTP client for AnkiWeb, nor Python-Markdown.

    anki.collection imports anki.sync (AnkiWeb's sync), which imports anki.httpclient only
    to name its HttpClient again (AnkiRequestsClient), and that imports `requests`: urllib3,
    ssl, http.cookiejar, 0.15 to 0.2 s of CPU of a sync that never speaks HTTP. And
    anki._backend imports Python-Markdown's `markdown` (0.05 s) and never calls it. A
    stand-in module is there for each while anki.collection is imported, and taken out
    after, so whatever imports them later gets the real ones (and the name anki._backend
    holds imports the real `markdown` if it is ever called). Should another version of
    Anki need more of them, the stand-ins are dropped and Anki imported as it is."""
    before = set(sys.modules)
    client = types.ModuleType("anki.httpclient")
    client.HttpClient = _NoHttpClient
    markdown = types.ModuleType("markdown")
    markdown.markdown = _markdown_when_called
    stand_ins = {"anki.httpclient": client, "markdown": markdown}
    for name, stand_in in stand_ins.items():
        sys.modules.setdefault(name, stand_in)
    try:
        import anki.collection  # noqa: F401
    except Exception:  # the stand-ins were not enough: the modules they saw go, Anki as it
        # is (without the anki package, _require_anki's own import then says so)
        for name in set(sys.modules) - before:
            if name == "anki" or name.startswith("anki."):
                del sys.modules[name]
    finally:
        for name, stand_in in stand_ins.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]


def _busy_message(path: Path) -> str:
    return (f"{display_path(path)} is open in Anki (or in another program): close Anki and "
            "run sync again, or import the .apkg of `deck-builder build` with File > Import")


def in_use(path: Path) -> bool:
    """Whether Anki, or any SQLite program, holds the collection open for writing.

    Asked without opening the database, so a dry run touches nothing of it.
    """
    try:
        import fcntl
    except ImportError:  # Windows: SQLite locks there with LockFileEx, not fcntl
        return _in_use_by_sqlite(path)
    with open(path, "rb") as handle:
        try:
            fcntl.lockf(handle.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB, _SHARED_SIZE,
                        _SHARED_FIRST, os.SEEK_SET)
        except OSError as error:
            if error.errno in (errno.EAGAIN, errno.EACCES):
                return True
            raise
        fcntl.lockf(handle.fileno(), fcntl.LOCK_UN, _SHARED_SIZE, _SHARED_FIRST, os.SEEK_SET)
    return False


def _in_use_by_sqlite(path: Path) -> bool:
    import sqlite3

    try:
        connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=0)
        try:
            connection.execute("select 1 from col").fetchall()
        finally:
            connection.close()
    except sqlite3.OperationalError as error:
        return "locked" in str(error)
    return False


# The collection target
##########################################################################


@dataclass
class InCollection:
    """What the collection holds of a note, by guid."""

    note_id: int
    mod: int
    note_type: int


@dataclass
class Imported:
    added: int
    updated: set[int]  # note ids
    duplicate: set[int]
    conflicting: int


class CollectionTarget:
    """A local Anki collection, opened with Anki's own engine.

    Everything sync asks of its target goes through these methods, so another target (an
    AnkiConnect server, to sync while Anki is open) can sit beside this one.
    """

    def __init__(self, path: Path, backups: Path | None,
                 scratch: tempfile.TemporaryDirectory | None = None, named: Path | None = None):
        Collection = _require_anki()
        from anki.errors import BackendError, DBError

        self.path = path
        named = named or path  # what messages call it: a dry run's copy by its original
        self.backups = backups  # None: no backup (a dry run's copy)
        self.scratch = scratch  # the temporary folder of a dry run's copy, removed on close
        self.backed_up = False
        self._tmpdir = _UNSET  # $TMPDIR as it was while Anki's backup thread runs
        try:
            self.col = Collection(str(path))
        except DBError as error:
            # rslib reports SQLITE_BUSY as DbErrorKind::Locked, "Anki already open, or media
            # currently syncing." (rslib/src/error/db.rs); the desktop shows that text too.
            if "already open" in str(error):
                raise CollectionError(_busy_message(named)) from None
            raise CollectionError(f"cannot open {display_path(named)} as an Anki collection: "
                                  f"{error}") from None
        except BackendError as error:  # a collection of a newer Anki, say
            raise CollectionError(f"cannot open {display_path(named)} as an Anki collection: "
                                  f"{error}") from None
        try:
            self.col.db.all(f"pragma mmap_size = {MMAP_SIZE}")
        except (DBError, BackendError):
            # Only a speed-up of the reads: a collection that refuses it syncs as well, and
            # an error here must not leave the collection open behind a misleading message.
            pass

    def close(self) -> None:
        try:
            if self.backed_up:
                self.col.await_backup_completion()
        finally:
            self._restore_tmpdir()
            self.col.close()
            if self.scratch is not None:
                self.scratch.cleanup()

    def notes(self) -> dict[str, InCollection]:
        return {guid: InCollection(nid, mod, mid) for guid, nid, mod, mid in
                self.col.db.execute("select guid, id, mod, mid from notes")}

    def notes_of(self, wanted: list[OutNote]) -> dict[str, InCollection]:
        """What the collection holds of these notes, looked up by note id, which is the
        table's key (a guid is not indexed: asking by guid reads every note). Anki keeps a
        note's id on import unless another note has it: a note not found under its id is
        then looked for by guid, the slow way, as are new notes."""
        found: dict[str, InCollection] = {}
        by_id = {note.note_id: note.guid for note in wanted if note.status != "new"}
        for chunk in _chunks(list(by_id)):
            for nid, guid, mod, mid in self.col.db.all(
                    f"select id, guid, mod, mid from notes where id in "
                    f"({','.join('?' * len(chunk))})", *chunk):
                if by_id[nid] == guid:
                    found[guid] = InCollection(nid, mod, mid)
        missing = [note.guid for note in wanted if note.guid not in found]
        for chunk in _chunks(missing):
            for guid, nid, mod, mid in self.col.db.all(
                    f"select guid, id, mod, mid from notes where guid in "
                    f"({','.join('?' * len(chunk))})", *chunk):
                found[guid] = InCollection(nid, mod, mid)
        return found

    def fingerprint(self, note_types: set[int]) -> list[int]:
        """How many notes of these note types there are, and a sum of their ids: from the
        index on note type alone, so it costs milliseconds at 100,000 notes. A note deleted,
        added, or given another note type changes it; an edit or a review does not."""
        types = ",".join(str(int(t)) for t in sorted(note_types))
        count, ids = self.col.db.first(
            f"select count(), coalesce(sum(id % 4294967291), 0) from notes "
            f"where mid in ({types})")
        return [count, ids]

    def mark(self) -> dict | None:
        saved = self.col.get_config(MARK_KEY, None)
        return saved if isinstance(saved, dict) and saved.get("version") == MARK_VERSION \
            else None

    def save_mark(self, mark: dict | None) -> None:
        if mark is None:
            if self.col.get_config(MARK_KEY, None) is not None:
                self.col.remove_config(MARK_KEY)
        elif mark != self.mark():
            self.col.set_config(MARK_KEY, mark)

    def note_type_mods(self) -> dict[int, int]:
        return dict(self.col.db.execute("select id, mtime_secs from notetypes"))

    def back_up(self) -> None:
        """Anki's own backup, on Anki's own schedule (Preferences > Backups: at most one every
        so many minutes): a collection synced again and again does not fill the disk."""
        if self.backups is None:
            return
        self.backups.mkdir(exist_ok=True)
        # Anki's engine writes the backup to a temporary file in $TMPDIR, read when its
        # thread creates the file, then moves it into the folder: pointed at the folder
        # itself, a full or missing $TMPDIR cannot fail the sync, and the move is a rename.
        # Set before the thread starts and put back once it is awaited: no race on environ.
        self._tmpdir = os.environ.get("TMPDIR")
        os.environ["TMPDIR"] = str(self.backups)
        # The collection is read now; the backup file is compressed and written in a thread
        # of Anki's while sync goes on, and awaited before closing.
        self.backed_up = self.col.create_backup(backup_folder=str(self.backups), force=False,
                                                wait_for_completion=False)
        if not self.backed_up:
            self._restore_tmpdir()

    def _restore_tmpdir(self) -> None:
        if self._tmpdir is _UNSET:
            return
        if self._tmpdir is None:
            os.environ.pop("TMPDIR", None)
        else:
            os.environ["TMPDIR"] = self._tmpdir
        self._tmpdir = _UNSET

    def import_package(self, apkg: Path) -> Imported:
        from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

        request = ImportAnkiPackageRequest(package_path=str(apkg),
                                           options=ImportAnkiPackageOptions())
        log = self.col.import_anki_package(request).log
        return Imported(len(log.new), {n.id.nid for n in log.updated},
                        {n.id.nid for n in log.duplicate}, len(log.conflicting))

    def move(self, note_ids: list[int], from_deck: str, to_deck: str) -> tuple[int, int]:
        """Move the cards of these notes whose home deck is `from_deck` to `to_deck`;
        (notes, cards) moved. A card in a filtered deck goes home first, as Anki's
        Change Deck does."""
        source = self.col.decks.id_for_name(from_deck)
        # Anki's deck names ignore case: "psychology" renamed "Psychology" is one deck.
        if source is None or source == self.col.decks.id_for_name(to_deck):
            return 0, 0
        rows = []
        for chunk in _chunks(note_ids):
            rows += self.col.db.all(
                f"select id, nid from cards where nid in ({','.join('?' * len(chunk))}) "
                "and (case when odid != 0 then odid else did end) = ?", *chunk, source)
        if not rows:
            return 0, 0
        target = self.col.decks.id(to_deck, create=True)
        self.col.set_deck([cid for cid, _ in rows], target)
        return len({nid for _, nid in rows}), len(rows)

    def suspend(self, note_ids: list[int]) -> None:
        cards = [cid for chunk in _chunks(note_ids) for cid in self.col.db.list(
            f"select id from cards where queue != -1 and nid in ({','.join('?' * len(chunk))})",
            *chunk)]
        if cards:
            self.col.sched.suspend_cards(cards)

    def delete(self, note_ids: list[int]) -> None:
        self.col.remove_notes(note_ids)

    def state(self, articles: set[str]) -> dict[str, str]:
        """The deck the last sync put each note of these articles in, by guid.

        Kept in DECK_SHARDS config values, an article's notes in one of them (_shard), so
        a sync after an edit reads and writes a few of them, not every note's deck. A
        collection last synced by an older deck-builder has them all in STATE_KEY: read
        too, and moved into the shards as their articles are synced."""
        self._shards = {shard: self._shard_state(shard) for shard in {*map(_shard, articles)}}
        self._legacy = self._legacy_state()
        state = dict(self._legacy)
        for notes in self._shards.values():
            state.update(notes)
        return state

    def save_state(self, state: dict[str, str], article_of: dict[str, str]) -> None:
        """Write what `state` changed of the state read (a note's article is `article_of`
        its guid, or the shard it was read from)."""
        legacy: dict[str, str] = {}
        shards: dict[int, dict[str, str]] = {shard: {} for shard in self._shards}
        home = {guid: shard for shard, notes in self._shards.items() for guid in notes}
        for guid, deck in state.items():
            shard = _shard(article_of[guid]) if guid in article_of else home.get(guid)
            (legacy if shard is None else shards[shard])[guid] = deck
        for shard, notes in shards.items():
            if notes != self._shards[shard]:
                self.col.set_config(f"{DECK_SHARD_KEY}{shard:02d}",
                                    {"version": STATE_VERSION, "notes": notes})
        if legacy != self._legacy:
            if legacy:
                decks = sorted(set(legacy.values()))
                index = {deck: i for i, deck in enumerate(decks)}
                self.col.set_config(STATE_KEY, {
                    "version": STATE_VERSION, "decks": decks,
                    "notes": {guid: index[deck] for guid, deck in sorted(legacy.items())}})
            else:
                self.col.remove_config(STATE_KEY)

    def _shard_state(self, shard: int) -> dict[str, str]:
        saved = self.col.get_config(f"{DECK_SHARD_KEY}{shard:02d}", None)
        if not isinstance(saved, dict) or saved.get("version") != STATE_VERSION:
            return {}
        return dict(saved.get("notes", {}))

    def _legacy_state(self) -> dict[str, str]:
        saved = self.col.get_config(STATE_KEY, None) or {}
        if saved.get("version") != STATE_VERSION:
            return {}
        decks = saved.get("decks", [])
        return {guid: decks[index] for guid, index in saved.get("notes", {}).items()}


def _shard(article: str) -> int:
    """Which of the DECK_SHARDS config values keeps the decks of an article's notes."""
    return zlib.crc32(article.encode("utf-8", "surrogatepass")) % DECK_SHARDS


def _chunks(items: list, size: int = 500):
    for start in range(0, len(items), size):
        yield items[start:start + size]


# The sync itself
##########################################################################


def sync(paths: list[Path], collection: Path, options: BuildOptions | None = None,
         removed: str = "keep", dry_run: bool = False, track=None) -> SyncReport:
    """Plan a build of `paths`, write its lock, and put its notes into `collection`.

    Of `options`, what decides the notes counts (selection, templates, root deck, now,
    cache), not where a build would write them; `dry_run` is this function's own: the
    whole sync on a copy of the collection, and the lock left as it is.
    """
    options = options or BuildOptions()
    if removed not in REMOVED_POLICIES:
        raise ValueError(removed)
    _require_anki()  # before anything else: without it, nothing is written
    selection = options.selection or Selection()
    # Anki's engine starts and opens the collection (a fifth of a second or more) with
    # Python's GIL released: in a thread, while the build is planned.
    opening = _InBackground(lambda: open_target(collection, dry_run))
    try:
        # First only what the build cache cannot vouch for: the rest is needed only when
        # the collection is not as the last sync left it (_still_marked).
        plan = plan_build(paths, options, track,
                          carry=not (selection.is_everything and options.use_cache))
    except BaseException:
        opening.discard()
        raise
    target = opening.result()
    try:
        ours = {m.model_id for m in plan.models.values()} | set(RETIRED_MODEL_IDS)
        if plan.uncarried and not _still_marked(target, plan, ours, removed):
            plan = plan_build(paths, options, track)  # every note, to compare them all
        chosen = select_notes(plan, selection)
        report = SyncReport(collection, removed, dry_run, notices=plan.report.notices,
                            problems=plan.problems)
        digests: dict[Path, str | None] = {}
        if not dry_run:
            # The lock first: were the collection written first and the lock then failed,
            # the next run would give the new notes new guids, and the learner duplicates.
            # This way round, a run stopped after the lock finds the collection behind it
            # and catches up.
            report.written_locks = write_locks(plan, digests)
        incoming = [(note, plan.decks[note.article]) for note in chosen]
        if not plan.uncarried:  # every note is in the plan
            present = target.notes()
        else:  # the collection holds the uncarried notes as the last sync left them
            incoming += [(note, plan.decks[note.article]) for note in _uncarried_removed(plan)]
            present = target.notes_of([note for note, _ in incoming])
            report.unchanged += sum(plan.uncarried.values())
        mark = None
        if not dry_run:
            def mark(target):
                if not selection.is_everything:
                    return None  # a part of the course: the next sync compares every note
                return _mark(target, plan, ours, removed, digests)
        apply(target, incoming, plan, ours, removed, report, present, mark)
    finally:
        target.close()
    return report


def _mark(target: CollectionTarget, plan, ours: set[int], removed: str,
          lock_digests: dict[Path, str | None]) -> dict:
    """What a sync of `plan` leaves in the collection for the next one (MARK_KEY)."""
    return {"version": MARK_VERSION, "removed": removed, "decks": dict(sorted(plan.decks.items())),
            # By their bytes alone: a course folder moved or copied is the same course.
            "locks": sorted(str(lock_digests.get(lock.path)) for lock in plan.locks),
            "notes": target.fingerprint(ours)}


def _still_marked(target: CollectionTarget, plan, ours: set[int], removed: str) -> bool:
    """Whether the collection is as the last sync left it, from the same lock, decks and
    `--removed`, with every note type up to date, and each uncarried article's notes in
    the deck it had then: the uncarried notes are then in it, and stay where they are."""
    mods = target.note_type_mods()
    if any(mods.get(model_id, 0) < mod for model_id, mod in plan.model_mods.items()):
        return False  # a note type is updated only along with one of its notes
    known = target.mark()
    if known is None or not isinstance(known.get("decks"), dict):
        return False
    now = _mark(target, plan, ours, removed, {lock.path: lock.original for lock in plan.locks})
    decks = known.pop("decks")
    del now["decks"]  # the articles read again are compared note by note, deck and all
    return known == now and all(decks.get(a) == plan.decks[a] for a in plan.uncarried)


def _uncarried_removed(plan) -> list[OutNote]:
    """The removed notes of the articles the plan did not carry: sync acts on them again,
    as on every run (a card the learner unsuspended is suspended again)."""
    return [note for lock in plan.locks for article in plan.uncarried
            if article in lock.articles for note in removed_notes(lock, article)]


def open_target(collection: Path, dry_run: bool) -> CollectionTarget:
    """The collection, or for a dry run a copy of it in a temporary folder: refused, like
    the real thing, while Anki has the collection open (the copy would be stale)."""
    if not dry_run:
        return CollectionTarget(collection, backups=collection.parent / "backups")
    if in_use(collection):
        raise CollectionError(_busy_message(collection))
    scratch = tempfile.TemporaryDirectory(prefix="deck-builder-sync-")
    try:
        copy = Path(scratch.name) / COLLECTION_NAME
        shutil.copyfile(collection, copy)
        wal = collection.with_name(collection.name + "-wal")  # left by a crash of Anki
        if wal.exists():
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        return CollectionTarget(copy, backups=None, scratch=scratch, named=collection)
    except BaseException:
        scratch.cleanup()
        raise


class _InBackground:
    """`function()` run in a thread; its result, or its exception, when asked for."""

    def __init__(self, function):
        self._value = self._error = None
        self._thread = threading.Thread(target=self._run, args=(function,), daemon=True)
        self._thread.start()

    def _run(self, function) -> None:
        try:
            self._value = function()
        except BaseException as error:  # handed to the thread that asks for the result
            self._error = error

    def result(self):
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value

    def discard(self) -> None:
        """Wait for it, and close what it opened."""
        self._thread.join()
        if self._value is not None:
            self._value.close()


def apply(target: CollectionTarget, incoming: list[tuple[OutNote, str]], plan, ours: set[int],
          removed: str, report: SyncReport, present: dict[str, InCollection],
          mark=None) -> None:
    """Bring the target up to the notes `incoming` (each with its deck), filling `report`;
    `present` is what the target holds of them. `mark(target)`, when given, is what to
    leave in the collection for the next sync once it is done (_mark; None: no mark)."""
    state = target.state({note.article for note, _ in incoming})
    new_state = dict(state)
    send: list[tuple[OutNote, str]] = []
    gone: list[InCollection] = []  # removed notes the collection holds
    moves: dict[tuple[str, str], list[int]] = defaultdict(list)
    for note, deck in incoming:
        have = present.get(note.guid)
        if note.status == "removed":
            if have is None:
                continue  # never bring a removed note back: it may have been deleted on purpose
            gone.append(have)
            if removed != "delete" and have.mod < note.mod:
                send.append((note, deck))  # its removed tag
            continue
        if have is None or have.mod < note.mod:
            send.append((note, deck))
        else:
            report.unchanged += 1
        previous = state.get(note.guid)
        if have is not None and previous is not None and previous != deck:
            moves[previous, deck].append(have.note_id)
        new_state[note.guid] = deck
    _include_note_types(send, incoming, present, plan, target)
    # Suspended or deleted: only notes of deck-builder's own note types, never one the
    # learner made (or converted to a note type of their own) that happens to share a guid.
    acted_on = [g.note_id for g in gone if g.note_type in ours] if removed != "keep" else []
    report.removed = len(acted_on) if removed != "keep" else len(gone)
    if removed == "delete":
        deleted = set(acted_on)
        for note, _ in incoming:
            have = present.get(note.guid)
            if note.status == "removed" and have is not None and have.note_id in deleted:
                new_state.pop(note.guid, None)
    marked = mark is not None and mark(target) != target.mark()
    if not (send or moves or acted_on or new_state != state or marked):
        return  # nothing to do: the collection is not touched, not even backed up
    from anki.errors import BackendError
    try:
        target.back_up()
        report.backup = target.backed_up
        if send:
            _import(target, send, plan, present, report)
        for (from_deck, to_deck), note_ids in sorted(moves.items()):
            notes, cards = target.move(note_ids, from_deck, to_deck)
            report.moved_notes += notes
            report.moved_cards += cards
        if removed == "suspend" and acted_on:
            target.suspend(acted_on)
        elif removed == "delete" and acted_on:
            target.delete(acted_on)
        if new_state != state:
            target.save_state(new_state, {note.guid: note.article for note, _ in incoming})
        if mark is not None:  # last: a sync stopped before this leaves the old mark, which
            target.save_mark(mark(target))  # no longer matches, and the next compares all
    except KeyboardInterrupt:
        raise SyncInterrupted(
            f"interrupted: {display_path(report.collection)} is consistent, and part of the "
            "sync is done; run deck-builder sync again to finish it") from None
    except BackendError as error:
        raise CollectionError(
            f"Anki refused a change to {display_path(report.collection)}: {error}; each step "
            "is one of Anki's transactions, so the collection is consistent, and running "
            "sync again finishes what was done") from None


def _include_note_types(send, incoming, present, plan, target) -> None:
    """Anki updates a note type only while importing a note of it: for each note type the
    collection holds an older copy of, send one of its notes along (an unchanged one is a
    mere duplicate to the importer)."""
    mods = target.note_type_mods()
    kinds_sent = {note.kind for note, _ in send}
    for kind, model in plan.models.items():
        if kind in kinds_sent or mods.get(model.model_id, 0) >= plan.model_mods[model.model_id]:
            continue
        carrier = next(((n, d) for n, d in incoming
                        if n.kind == kind and n.status != "removed" and n.guid in present), None)
        if carrier is not None:
            send.append(carrier)


def _import(target: CollectionTarget, send, plan, present, report: SyncReport) -> None:
    removed_ids = {present[n.guid].note_id for n, _ in send
                   if n.status == "removed" and n.guid in present}
    # Staged next to the collection (hidden, and removed on any exit Python sees), not in
    # $TMPDIR: a full or missing /tmp cannot fail a sync, and nothing is left there. The
    # collection's folder is writable, or Anki could not write the collection either.
    beside = target.path.with_name("deck-builder-sync.apkg")
    handle, name = tempfile.mkstemp(prefix=temp_prefix(beside), suffix=TEMP_SUFFIX,
                                    dir=beside.parent)
    apkg = Path(name)
    try:
        with os.fdopen(handle, "wb") as out:
            write_package(out, send, plan.models, plan.model_mods, media=plan.media,
                          beside=beside)
        imported = target.import_package(apkg)
    finally:
        apkg.unlink(missing_ok=True)
    report.added += imported.added
    # A removed note given its tag is counted as removed, not as updated or unchanged.
    report.updated += len(imported.updated - removed_ids)
    report.unchanged += len(imported.duplicate - removed_ids)
    report.conflicting += imported.conflicting
