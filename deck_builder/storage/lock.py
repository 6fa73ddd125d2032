"""The lock: what deck-builder remembers about every note it has built.

One file, `deck-builder.lock`, next to the articles it describes, meant to be committed
with them. It maps each note's structural key to its guid (so edited and renamed items
keep their notes), its cloze numbers (so review history stays on the right deletion),
and its last fields, tags and modification time (so unchanged notes are left alone by
Anki and changed ones always update). It is JSON, sorted, one entry per note, so a diff
shows what a build changed. docs/regeneration.md describes every key.
"""

from __future__ import annotations

import errno
import functools
import hashlib
import html
import io
import json
import os
import re
import secrets
import stat
import zlib
from collections.abc import Callable, Iterable, Iterator, MutableMapping
from dataclasses import dataclass, field
from functools import partial
from itertools import repeat
from pathlib import Path
from typing import BinaryIO

import genanki

from deck_builder.anki.note_types import NOTE_TYPES
from deck_builder.errors import LockError, display_path

LOCK_NAME = "deck-builder.lock"
# 2: a note's entry holds its identity and a digest of its content, not its rendered
# fields (those are in the build cache, storage/cache.py).
# 3: each entry is one line; its words are kept as a code of two characters a word
# (`words`, word_codes) instead of its text; "kind" is left out for a cloze note and
# "clozes" when it has none. Versions 1 and 2 are read, and written as version 3 by the
# next build, every guid kept.
LOCK_VERSION = 3
# What a version 1 entry held of a note's output. A live note's entry no longer does: a
# build renders them from the article, or takes them from the build cache. A removed
# note's entry keeps them, since its article no longer has it and it is still packaged.
RENDERED = ("fields", "tags", "label", "section")


_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"\w+")
# 64 characters JSON writes as they are: two of them code a word in 12 bits.
_CODE_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def words_of(text: str) -> list[str]:
    """The words of a note's text, as similarity matching compares them."""
    return _WORD.findall(html.unescape(_TAG.sub(" ", text)).casefold())


class _Codes(dict):
    """Word -> its two-character code: crc32 (stable across runs, unlike hash()), kept
    for each word once, as a course says the same few thousand words again and again."""

    def __missing__(self, word: str) -> str:
        number = zlib.crc32(word.encode("utf-8", "surrogatepass")) & 0xFFF
        code = self[word] = _CODE_CHARS[number >> 6] + _CODE_CHARS[number & 63]
        return code


_codes = _Codes()


def word_codes(text: str) -> str:
    """A note's words, two characters each, for the lock's `words`: similarity matching
    (identify) compares these sequences as it compared the words. Two different words
    share a code once in 4,096 pairs, which moves a score by a word at most; the text
    itself made the lock larger than the articles it describes."""
    return "".join(map(_codes.__getitem__, words_of(text)))


def split_codes(codes: str) -> list[str]:
    """`words` (word_codes) as the list of its words' codes."""
    return [codes[i:i + 2] for i in range(0, len(codes), 2)]


def upgraded(entry: dict) -> dict:
    """A version 1 or 2 entry in the shape of version 3 (LOCK_VERSION): its `text` as
    `words`, no "kind" for a cloze note, no empty "clozes". Its identity is untouched."""
    entry = dict(entry)
    if "text" in entry:
        text = entry.pop("text")
        if type(text) is str:
            entry["words"] = word_codes(text)
    if entry.get("kind") == "cloze":
        del entry["kind"]
    if entry.get("clozes") == {}:
        del entry["clozes"]
    return entry


def note_digest(model: int | None, fields: list[str], tags: list[str]) -> str:
    """What decides whether a note changed (changes.apply_changes): its note type, fields
    and tags. 64 bits: a lock never holds enough notes for two to share one by chance."""
    return hashlib.sha256(_DIGEST_JSON([model, fields, tags]).encode()).hexdigest()[:16]


# json.dumps(value, ensure_ascii=False), without the encoder json.dumps builds on each call
# for any non-default option: that was half of each note's digest.
_DIGEST_JSON = json.JSONEncoder(ensure_ascii=False).encode


def content_digest(entry: dict) -> str | None:
    """An entry's note_digest: kept in a version 2 entry, computed from a version 1 one."""
    if "digest" in entry:
        return entry["digest"]
    if "fields" in entry and "tags" in entry:
        return note_digest(entry.get("model"), entry["fields"], entry["tags"])
    return None


def identity_only(entry: dict) -> dict:
    """What the lock keeps of an entry: all of a removed note's, a live note's identity."""
    if entry.get("removed") or not any(key in entry for key in RENDERED):
        return entry
    kept = {k: v for k, v in entry.items() if k not in RENDERED}
    if "digest" not in kept and (digest := content_digest(entry)) is not None:
        kept["digest"] = digest
    return kept


class _Raw(str):
    """An article's notes as the lock's text holds them (`{\n   "key": {...},\n ...  }`),
    not parsed yet: Lock.write writes them back as they are."""


class Articles(MutableMapping):
    """Article id -> {key: entry}, as a lock holds them; what load_lock gives for a lock
    whose bytes are those this code last wrote (its `trusted` digest).

    Such a lock is not parsed: each article's notes are kept as their text, parsed when
    first asked for, and written back as they are if never asked for. A sync of one edited
    article of a large course so reads and writes the others' notes as text (it asks only
    the questions below, which read the text); anything else asks, and gets, the entries.
    """

    def __init__(self, notes: dict | None = None, kinds: dict | None = None):
        self._notes: dict[str, dict | _Raw] = dict(notes or {})
        # Article -> its live notes by kind, known for an article still text when the lock
        # was loaded with its index (index_of): live_kinds then need not read the text.
        self._kinds: dict[str, dict[str, int]] = dict(kinds or {})

    def __getitem__(self, article: str) -> dict:
        notes = self._notes[article]
        if type(notes) is _Raw:
            notes = self._notes[article] = json.loads(notes)
            self._kinds.pop(article, None)  # the entries may now change under it
        return notes

    def __setitem__(self, article: str, notes: dict) -> None:
        self._notes[article] = notes
        self._kinds.pop(article, None)

    def __delitem__(self, article: str) -> None:
        del self._notes[article]
        self._kinds.pop(article, None)

    def __iter__(self) -> Iterator[str]:
        return iter(self._notes)

    def __len__(self) -> int:
        return len(self._notes)

    def __contains__(self, article) -> bool:
        return article in self._notes

    def copy(self) -> Articles:
        return Articles(self._notes, self._kinds)

    def known_kinds(self, article: str) -> dict[str, int] | None:
        """The article's live notes by kind, when its index gave them; else None."""
        return self._kinds.get(article)

    def text(self, article: str) -> str | None:
        """The article's notes as text, when they were never parsed; else None."""
        notes = self._notes.get(article)
        return notes if type(notes) is _Raw else None

    def unparsed_items(self) -> Iterable[tuple[str, dict | _Raw]]:
        """(article, notes) with the notes still text where they were never parsed."""
        return self._notes.items()


def _unparsed_items(articles) -> Iterable[tuple[str, dict | _Raw]]:
    """(article, notes) of a lock's articles, kept as text or a plain dict."""
    return articles.unparsed_items() if type(articles) is Articles else articles.items()


def _text_of(lock: Lock, article_id: str) -> str | None:
    """The article's notes as the lock's text, when it was kept as text and never parsed."""
    return lock.articles.text(article_id) if type(lock.articles) is Articles else None


# What the questions below look for in an article's text. A lock's strings escape every
# '"', so '"kind":"' there is a key and its string value, never the inside of a string;
# and no value but an entry's own holds a key with a string or `true` (`clozes` holds
# numbers, `fields` and `tags` strings): each matches only an entry's own key.
_ENTRY_START = '\n   "'  # each entry is a line of its own, three spaces in
_KIND = re.compile(r'"kind":"((?:[^"\\]|\\.)*)"')
_IDENTITY = re.compile(r'"guid":"((?:[^"\\]|\\.)*)","id":(\d+)[,}]')
_REMOVED = '"removed":true'


def _unescaped(literal: str) -> str:
    return json.loads(f'"{literal}"') if "\\" in literal else literal


def _removed_lines(text: str) -> Iterator[str]:
    """The line, `"key":{...}` (its comma dropped), of each removed entry of an article's
    text: found by the mark alone, which only an entry's own key can make."""
    end = 0
    while (found := text.find(_REMOVED, end)) != -1:
        start = text.rfind(_ENTRY_START, 0, found) + len(_ENTRY_START) - 1
        end = text.find("\n", found)
        end = len(text) if end == -1 else end
        yield text[start:end].removesuffix(",")


def live_kinds(lock: Lock, article_id: str) -> dict[str, int]:
    """How many live (not removed) notes of each kind the lock has of an article."""
    text = _text_of(lock, article_id)
    if text is not None:
        known = lock.articles.known_kinds(article_id)
        return dict(known) if known is not None else _text_kinds(text)
    counts: dict[str, int] = {}
    for entry in lock.entries(article_id).values():
        if not entry.get("removed"):
            kind = entry.get("kind", "cloze")
            counts[kind] = counts.get(kind, 0) + 1
    return counts


def _text_kinds(text: str) -> dict[str, int]:
    """live_kinds of an article's notes kept as text, read from the text."""
    counts: dict[str, int] = {}
    kinds = _KIND.findall(text)
    cloze = text.count(_ENTRY_START) - len(kinds)
    for line in _removed_lines(text) if _REMOVED in text else ():
        kind = _KIND.search(line)  # the removed ones' kinds taken out again
        if kind is None:
            cloze -= 1
        else:
            kinds.remove(kind.group(1))
    if cloze:
        counts["cloze"] = cloze
    for kind in kinds:
        kind = _unescaped(kind)
        counts[kind] = counts.get(kind, 0) + 1
    return counts


def removed_entries(lock: Lock, article_id: str) -> dict[str, dict]:
    """The entries of an article that the lock marks removed, by key. From a lock kept as
    text, only their lines are parsed: the article stays text, written back as it was
    (a sync of one edited article of a course whose other articles hold removed notes
    would otherwise encode all of those again)."""
    text = _text_of(lock, article_id)
    if text is None:
        return {key: entry for key, entry in lock.entries(article_id).items()
                if entry.get("removed")}
    found: dict[str, dict] = {}
    for line in _removed_lines(text):
        found.update(json.loads("{" + line + "}"))
    return found


def identities(lock: Lock) -> tuple[list[int], list[str]]:
    """The note ids and the guids of every note of the lock."""
    ids: list[int] = []
    guids: list[str] = []
    for article, notes in _unparsed_items(lock.articles):
        if type(notes) is _Raw:
            found = _IDENTITY.findall(notes)
            if len(found) == notes.count(_ENTRY_START):  # one of each an entry (keys sorted)
                if found:
                    found_guids, found_ids = zip(*found, strict=True)
                    ids.extend(map(int, found_ids))
                    guids.extend(map(_unescaped, found_guids) if "\\" in notes
                                 else found_guids)
                continue
            notes = lock.articles[article]
        for entry in notes.values():
            ids.append(entry["id"])
            guids.append(entry["guid"])
    return ids, guids


def holds_identity(lock: Lock, guid: str | None = None, note_id: int | None = None
                   ) -> bool | None:
    """Whether a note of the lock has this guid (or, without one, this note id): asked of
    each article's text where it was never parsed, as identities() reads them, without
    gathering them all (an edit's few new notes); None when the text cannot say (a guid
    that JSON would escape). A "guid" or "id" key found elsewhere than an entry's own
    only makes it say yes: never no to an identity in use."""
    if guid is not None:
        if not (guid.isascii() and guid.isprintable()) or '"' in guid or "\\" in guid:
            return None
        needle, ends = f'"guid":"{guid}"', None
    else:
        needle, ends = f'"id":{int(note_id)}', (",", "}")  # not a longer number's start
    for _, notes in _unparsed_items(lock.articles):
        if type(notes) is _Raw:
            if _holds(notes, needle, ends):
                return True
        elif any(entry["guid"] == guid if guid is not None else entry["id"] == note_id
                 for entry in notes.values()):
            return True
    return False


def _holds(text: str, needle: str, ends: tuple[str, ...] | None) -> bool:
    """Whether `needle` is in `text`, followed by one of `ends` when given: one scan of the
    text (an id is asked for as `"id":N` then `,` or `}`; two searches read it twice)."""
    at = text.find(needle)
    if ends is None:
        return at != -1
    while at != -1:
        if text[at + len(needle):at + len(needle) + 1] in ends:
            return True
        at = text.find(needle, at + 1)
    return False


def may_hold(lock: Lock, article_id: str, key: str, value) -> bool:
    """False when no entry of the article can have `key` (one of an entry's own, such as
    "removed" or "model") with this `value` (as JSON writes it); True when one may."""
    text = _text_of(lock, article_id)
    return text is None or f'"{key}":{json.dumps(value)}' in text


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
    # The course's own id (new_course): it salts the guids of new notes, so two courses that
    # both have a glossary.md never share a note (identify.NewIdentities).
    course: str = ""
    # What loading the lock had to mend (a merge conflict, a duplicate id), for the report.
    repairs: list[str] = field(default_factory=list)
    # The version of the file read: an older one is written again even by a build that
    # changed nothing, so every lock a build leaves is of this version.
    version: int = LOCK_VERSION
    # Each parsed article as the last `write` wrote it, for index_of: the length of its text
    # and its live notes by kind, both taken then, so that an index always describes the
    # bytes written (the digest the cache keeps it with), even if an entry changed since.
    written: dict[str, tuple[int, dict[str, int]]] = field(default_factory=dict,
                                                            compare=False, repr=False)

    def entries(self, article_id: str) -> dict[str, dict]:
        return self.articles.get(article_id, {})

    def write(self, handle: BinaryIO) -> str:
        """Write the lock into a binary file, piece by piece; return the digest of its bytes."""
        # Each article's entries are copied without their output as it is written, not all
        # at once: at 100,000 notes the copies alone were tens of MB.
        articles = {article: notes if type(notes) is _Raw
                    else Deferred(partial(self._written_text, article, notes))
                    for article, notes in _unparsed_items(self.articles)}
        data = {"deck-builder-lock": LOCK_VERSION, "articles": articles,
                "note_types": self.note_types}
        if self.course:
            data["course"] = self.course
        return write_json(handle, data)

    def _written_text(self, article: str, notes: dict) -> str:
        """A parsed article's notes as written, their length and kinds kept for index_of."""
        text = identity_text(notes)
        self.written[article] = (len(text), live_kinds(self, article))
        return text


def write_json(handle: BinaryIO, data: dict) -> str:
    """`data` ({"articles": {id: {key: entry}}, ...}) as the lock is laid out, into a binary
    file piece by piece; the digest of its bytes. The build cache's notes use it too."""
    digest = hashlib.sha256()
    text = io.TextIOWrapper(_Hashing(handle, digest), encoding="utf-8", newline="\n")
    pending: list[str] = []
    size = 0
    for piece in _pieces(data):
        pending.append(piece)
        size += len(piece)
        # An article kept as text is one piece: count characters, not pieces, or 256
        # articles of a large course would be joined into one string.
        if len(pending) >= _PIECES_PER_WRITE or size >= _CHARACTERS_PER_WRITE:
            text.write("".join(pending))
            pending.clear()
            size = 0
    pending.append("\n")
    text.write("".join(pending))
    text.flush()
    text.detach()
    return digest.hexdigest()


def read_json(path: Path):
    """What write_json wrote, read an article at a time (any other JSON: whole)."""
    with path.open("rb") as handle:
        data, _ = _read_by_article(handle)
    return data if data is not None else json.loads(path.read_bytes())


# The lock's bytes are those of json.dump(data, indent=1, sort_keys=True, ensure_ascii=False)
# but for each note's entry, which is on one line as json.dumps(entry, sort_keys=True,
# ensure_ascii=False, separators=(",", ":")) writes it: a diff then shows one line per note
# changed, and the lock is a third smaller. Users commit the file, so the encoder must not
# change one byte of that. With an indent, CPython's json uses its pure-Python encoder; the
# writer below knows the lock's nesting (articles -> notes -> entries), does the
# indentation itself and has json's C encoder write each entry; a dict of any other shape
# (empty, or with a key that is not a plain string) goes to json's encoder, re-indented to
# its depth, entries and all. tests/test_lockfile.py compares the two on arbitrary data.
_REFERENCE = json.JSONEncoder(indent=1, sort_keys=True, ensure_ascii=False)
_COMPACT = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))
_string = json.encoder.encode_basestring  # what _REFERENCE encodes every string with
_only_strings = {str}.issuperset  # of map(type, ...): a plain str, not a subclass
_PIECES_PER_WRITE = 256  # pieces are mostly whole entries: about 60 KB of text a write
_CHARACTERS_PER_WRITE = 1 << 16


def _pieces(data: dict) -> Iterator[str]:
    """The lock's text as json.dump writes it, in pieces of about an entry each."""
    return _dict(data, 0, lambda key, value, level: (
        _dict(value, level, _article) if key == "articles" else _json(value, level)))


def _article(key: str, notes, level: int) -> Iterable[str]:
    if type(notes) is _Raw:  # the text read, never parsed: what encoding it would give
        return (notes,)
    if type(notes) is Deferred:
        return (notes.read(),)
    return _dict(notes, level, _entry)


class Deferred:
    """An article's notes encoded already (encoded_notes), read only as write_json writes
    them: the build cache's notes of a whole course are never all in memory at once."""

    __slots__ = ("read",)

    def __init__(self, read: Callable[[], str]):
        self.read = read


def notes_text(notes: dict) -> _Raw:
    """An article's notes as a lock kept as text holds them (Articles), written as is."""
    return _Raw(identity_text(notes))


def note_counts(lock: Lock, article_id: str) -> tuple[int, int]:
    """How many live and how many removed notes the lock has of an article."""
    text = _text_of(lock, article_id)
    if text is not None:
        removed = text.count(_REMOVED)
        return text.count(_ENTRY_START) - removed, removed
    entries = lock.entries(article_id).values()
    removed = sum(1 for entry in entries if entry.get("removed"))
    return len(entries) - removed, removed


def identity_text(notes: dict) -> str:
    """An article's notes as the lock writes them: their identity only."""
    return encoded_notes({key: identity_only(entry) for key, entry in notes.items()})


def encoded_notes(notes: dict) -> str:
    """An article's notes ({key: entry}) as write_json writes them under "articles"."""
    return "".join(_dict(notes, 2, _entry))


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
    """A note's entry, on one line: json's C encoder writes it (no indent, so it can)."""
    return (_COMPACT.encode(entry),)


class _Hashing(io.RawIOBase):
    """A binary file that also feeds what is written to a digest."""

    def __init__(self, handle: BinaryIO, digest):
        self.handle, self.digest = handle, digest

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self.digest.update(data)
        return self.handle.write(data)


# Asked of each article file several times a plan (its lock, its cache, its group): a
# Path made of parts is some microseconds, and a course has thousands of files.
@functools.lru_cache(maxsize=1 << 16)
def lock_path_for(article_path: Path) -> Path:
    return article_path.parent / LOCK_NAME


ADVICE = ("restore it from version control, or delete it to start afresh (notes edited "
          "since the last build will then import as new notes)")
# SQLite's integers, which Anki's note ids and times are.
_SQLITE_MIN, _SQLITE_MAX = -(1 << 63), (1 << 63) - 1


def new_course(path: Path | None) -> str:
    """A course's id, made once and kept in its lock (Lock.course): drawn from where the lock
    is, so two courses (two folders) never share one, while a preview and a build of one
    folder, or a build after the lock was deleted, agree on it. Random without a path."""
    if path is None:
        return secrets.token_hex(8)
    where = os.path.abspath(path).encode("utf-8", "surrogateescape")
    return hashlib.sha256(b"deck-builder course\0" + where).hexdigest()[:16]


def load_lock(path: Path | None, trusted: str | None = None, index: list | None = None
              ) -> Lock:
    """The lock at `path` (a new, empty one if there is none), checked and mended.

    A lock holding git's conflict markers is resolved (merge_locks) when both sides are
    valid; duplicate note ids and guids are given fresh ones (dedupe). Each repair is
    listed in `Lock.repairs` and makes the lock be written again.

    `trusted` is the digest of the bytes this code last wrote there, or read there and
    found sound (the build cache keeps it). A lock of those very bytes passed every check
    then, and, as it is all this code's own layout, passes them again (no conflict
    markers, no BOM or CR, no duplicate key, id or guid, every entry valid): it is not
    parsed but kept as text (Articles), each article parsed when it is asked for. Any
    other byte, and the lock is read and checked whole. `index`, index_of the lock of the
    trusted bytes (the build cache keeps it), spares looking for each article in the text.
    """
    if path is None or not os.path.lexists(path):
        return Lock(path)
    where = display_path(path)
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # a FIFO would block a read for ever
            raise LockError(f"{where}: the lock is not a regular file; move it away")
        with path.open("rb") as handle:
            if trusted is not None:
                lock = _trusted_lock(handle.read(), trusted, where, index)
                if lock is not None:
                    lock.path = path
                    return lock
                handle.seek(0)
            data, digest = _read_by_article(handle)
        if data is None:  # not laid out as Lock.write lays it out: parse it whole
            data, digest = _read_whole(path.read_bytes(), where)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise LockError(f"{where}: the lock is a symbolic link in a loop") from None
        if error.errno == errno.ENOENT:  # a symbolic link to nothing
            raise LockError(f"{where}: the lock is a symbolic link to a missing file "
                            f"({os.readlink(path)})") from None
        raise LockError(f"{where}: cannot read the lock file: {error.strerror}") from None
    if isinstance(data, Lock):  # resolved from a merge conflict
        lock = data
        lock.path, lock.original = path, None
    else:
        lock = _lock_from(data, where)
        lock.path, lock.original = path, digest
    repairs = dedupe([lock])
    if repairs:
        lock.original = None
    lock.repairs += repairs
    return lock


def _trusted_lock(raw: bytes, trusted: str, where: str, index: list | None = None
                  ) -> Lock | None:
    """The lock of `raw`, its articles kept as text (Articles), if its digest is `trusted`
    and it is laid out as Lock.write lays out a lock of this version; else None. `index`
    is index_of the lock of those bytes, when known: the articles are then cut where it
    says, not looked for in the text, and their live notes by kind are taken from it."""
    if hashlib.sha256(raw).hexdigest() != trusted or not raw.startswith(_HEAD):
        return None
    # A lock of ASCII alone (as most are) is cut as bytes, each article decoded on its own:
    # its characters are its bytes, so every offset and the index's lengths hold, and the
    # whole text is not decoded first and then copied again piece by piece (27 MB at
    # 100,000 notes: 0.02 s).
    text: str | bytes = raw if raw.isascii() else raw.decode("utf-8")
    del raw
    # The one line one space in that closes a brace: only the other keys (a string, a
    # number, the note types two and three spaces in) follow it, so it is the last.
    close = _ARTICLES_CLOSE if type(text) is str else _ARTICLES_CLOSE.encode()
    end = text.rfind(close)
    if end < 0:
        return None
    try:
        rest = _loads(text[:1] + text[end + len(close):])  # "{" and the other keys
    except (ValueError, RecursionError):
        return None
    if type(rest) is not dict or "articles" in rest:
        return None
    lock = _lock_from({"articles": {}, **rest}, where)
    if lock.version != LOCK_VERSION:
        return None
    # The articles lie from the newline before the first one's id to `end` (not copied out:
    # 27 MB at 100,000 notes).
    begin = len(_HEAD) - 1
    found = _cut_by_index(text, begin, end, index) if index is not None else None
    if found is None:
        found = _cut_by_search(text if type(text) is str else text.decode("ascii"), begin, end)
        if found is None:
            return None
    lock.articles, lock.original = Articles(*found), trusted
    return lock


def _cut_by_search(text: str, begin: int, end: int) -> tuple[dict, dict] | None:
    """The articles of the lock's `text` between `begin` and `end`, each found by its id's
    line (no live notes by kind: they are counted from the text when asked); None when an
    article's text is not one object."""
    articles: dict[str, _Raw] = {}
    starts = list(_ARTICLE_KEY.finditer(text, begin, end))
    for start, after in zip(starts, [*starts[1:], None], strict=True):
        notes = _object_at(text, start.end(), after.start() - 1 if after else end)
        if notes is None:
            return None
        articles[_unescaped(start[1])] = notes
    return articles, {}


def _object_at(text: str | bytes, start: int, stop: int) -> _Raw | None:
    """An article's notes, text[start:stop] (of ASCII bytes, decoded), if they are braced
    as one object; else None."""
    piece = text[start:stop]
    notes = _Raw(piece if type(piece) is str else piece.decode("ascii"))
    return notes if notes.startswith("{") and notes.endswith("}") else None


def index_of(lock: Lock) -> list[list] | None:
    """What a later load_lock of the bytes Lock.write gives this lock can take from the
    build cache instead of the text (its `index`): [article id, length of its notes' text,
    its live notes by kind] of each article, in the order written. None when an article
    is neither text nor written since it was parsed (its length unknown without encoding
    it again), or the lock's articles are not kept as text at all (a lock read whole).

    Only the lock's own digest vouches for it: the cache keeps it with the digest of the
    bytes it describes (storage/cache.ArticleCache.save), and load_lock checks that every
    article's text lies where it says before using it (_cut_by_index)."""
    articles = lock.articles
    if type(articles) is not Articles or not articles or not _only_strings(map(type, articles)):
        return None
    rows = []
    for article in sorted(articles):
        text = articles.text(article)
        if text is not None:
            rows.append([article, len(text), live_kinds(lock, article)])
        elif article in lock.written:
            rows.append([article, *lock.written[article]])
        else:
            return None
    return rows


def _cut_by_index(text: str | bytes, begin: int, end: int, index: list
                  ) -> tuple[dict, dict] | None:
    """The articles of the lock's `text` (or its bytes, when they are ASCII) between `begin`
    and `end` (between `"articles": {` and its close) cut where `index` (index_of) says, and
    their live notes by kind; None when any article's id and braces are not where it says
    (an index of other bytes)."""
    articles: dict[str, _Raw] = {}
    kinds: dict[str, dict[str, int]] = {}
    at = begin
    try:
        for article, length, counts in index:
            if type(article) is not str or type(length) is not int or type(counts) is not dict:
                return None
            head = ("," if articles else "") + "\n  " + _string(article) + ": "
            if type(text) is bytes:
                head = head.encode("utf-8")
            if not text.startswith(head, at, end):
                return None
            at += len(head)
            notes = _object_at(text, at, min(at + length, end))
            if notes is None:
                return None
            articles[article], kinds[article] = notes, counts
            at += length
    except (TypeError, ValueError):
        return None
    return (articles, kinds) if at == end and articles else None


def _lock_from(data, where: str) -> Lock:
    """The lock `data` (as parsed from JSON) describes, or a LockError saying what is wrong."""
    if not isinstance(data, dict) or "deck-builder-lock" not in data:
        raise LockError(f"{where}: not a deck-builder lock file; {ADVICE}")
    version = data["deck-builder-lock"]
    if not _is_int(version) or version < 1:
        raise LockError(f"{where}: the lock file is damaged (version {version!r}); {ADVICE}")
    if version > LOCK_VERSION:
        raise LockError(f"{where}: written by a newer deck-builder (lock version {version}, this "
                        f"one reads {LOCK_VERSION}); upgrade deck-builder, nothing was changed")
    articles = data.get("articles")
    if not isinstance(articles, dict) or not all(
        isinstance(notes, dict) and all(_valid_entry(e) for e in notes.values())
        for notes in articles.values()
    ):
        raise LockError(f"{where}: the lock file's entries are damaged; {ADVICE}")
    note_types = data.get("note_types", {})
    if not isinstance(note_types, dict) or not all(
        isinstance(t, dict) and _is_int(t.get("mod")) and _SQLITE_MIN <= t["mod"] <= _SQLITE_MAX
        for t in note_types.values()
    ):
        raise LockError(f"{where}: the lock file's note types are damaged; {ADVICE}")
    course = data.get("course", "")
    if type(course) is not str:
        raise LockError(f"{where}: the lock file's course id is damaged; {ADVICE}")
    if version < LOCK_VERSION:
        articles = {article: {key: upgraded(entry) for key, entry in notes.items()}
                    for article, notes in articles.items()}
    return Lock(None, articles, note_types, course=course, version=version)


def merge_locks(ours: Lock, theirs: Lock) -> tuple[Lock, int]:
    """Both sides of a merge in one lock: every note of either, the newer `mod` winning
    for a note both have (ours on a tie); the number of notes taken from `theirs`."""
    articles = {article: dict(notes) for article, notes in ours.articles.items()}
    taken = 0
    for article, notes in theirs.articles.items():
        mine = articles.setdefault(article, {})
        for key, entry in notes.items():
            if key not in mine or entry["mod"] > mine[key]["mod"]:
                taken += mine.get(key) != entry
                mine[key] = entry
    note_types = dict(ours.note_types)
    for type_id, note_type in theirs.note_types.items():
        if type_id not in note_types or note_type["mod"] > note_types[type_id]["mod"]:
            note_types[type_id] = note_type
    # Two branches that each started the course: either id will do, the same on both sides.
    course = min(filter(None, (ours.course, theirs.course)), default="")
    return Lock(ours.path, articles, note_types, course=course), taken


def dedupe(locks: list[Lock]) -> list[str]:
    """Give a fresh id or guid to every note that shares one with a note before it (in the
    order of `locks`, then of article and key); what was done, for the report.

    Two notes with one id cannot be in one package (SQLite refuses it); two with one guid
    are one note to Anki, which would import the second over the first. A merge of two
    branches or two courses started apart can make either. The first note keeps its id
    and guid (its review history is on them); the other becomes a new note in Anki.
    """
    entries = [(index, article, key, entry) for index, lock in enumerate(locks)
               for article, notes in sorted(lock.articles.items())
               for key, entry in sorted(notes.items())]
    all_ids = {entry["id"] for *_, entry in entries}
    all_guids = {entry["guid"] for *_, entry in entries}
    if len(all_ids) == len(entries) == len(all_guids):
        return []
    seen_ids: set[int] = set()
    seen_guids: set[str] = set()
    new_ids: dict[int, list[str]] = {}  # index of the lock -> keys given a new id
    new_guids: dict[int, list[str]] = {}
    for index, article, key, entry in entries:
        if entry["id"] in seen_ids:
            note_id = entry["id"]
            while note_id in all_ids:  # the next free millisecond: its time barely moves
                note_id += 1
            all_ids.add(note_id)
            entry["id"] = note_id
            new_ids.setdefault(index, []).append(f"{article}/{key}")
        if entry["guid"] in seen_guids:
            attempt = 0
            while entry["guid"] in all_guids:
                attempt += 1
                entry["guid"] = genanki.guid_for(locks[index].course, article, key, "repaired",
                                                 attempt)
            all_guids.add(entry["guid"])
            new_guids.setdefault(index, []).append(f"{article}/{key}")
        seen_ids.add(entry["id"])
        seen_guids.add(entry["guid"])
    messages = []
    for index, keys in new_ids.items():
        locks[index].original = None
        messages.append(f"{_name(locks[index])}: gave {len(keys)} "
                        f"note(s) a new note id, as another note had theirs: {_some(keys)}")
    for index, keys in new_guids.items():
        locks[index].original = None
        messages.append(f"{_name(locks[index])}: gave {len(keys)} "
                        f"note(s) a new guid, as another note had theirs (Anki would have "
                        f"merged the two); they import as new notes: {_some(keys)}")
    return messages


def _name(lock: Lock) -> str:
    return display_path(lock.path) if lock.path else LOCK_NAME


def _some(keys: list[str], first: int = 3) -> str:
    more = f" and {len(keys) - first} more" if len(keys) > first else ""
    return ", ".join(keys[:first]) + more


class _Duplicate(ValueError):
    """A key twice in one JSON object: json.loads would keep the second silently."""

    def __init__(self, key: str):
        super().__init__(key)
        self.key = key


def _no_duplicates(pairs: list) -> dict:
    data = dict(pairs)
    if len(data) != len(pairs):
        seen = set()
        for key, _ in pairs:
            if key in seen:
                raise _Duplicate(key)
            seen.add(key)
    return data


def _loads(text: str | bytes):
    return json.loads(text, object_pairs_hook=_no_duplicates)


_CONFLICT = re.compile(rb"^<<<<<<< ", re.M)


def _read_whole(raw: bytes, where: str = "lock"):
    """Any lock: its bytes decoded and parsed at once; (data, digest of the bytes).

    A UTF-8 BOM and CRLF line ends (an editor's, or git's autocrlf) read as the lock they
    wrap. A lock holding a merge's conflict markers gives the Lock both sides make.
    """
    digest = hashlib.sha256(raw).hexdigest()
    if not raw or raw.isspace():
        raise LockError(f"{where}: the lock file is empty; {ADVICE}")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise LockError(f"{where}: the lock file is damaged (not UTF-8 text); {ADVICE}") \
            from None
    if _CONFLICT.search(raw):
        return _resolve_conflict(text, where), digest
    del raw  # the bytes, their text and the objects need not all be alive at once
    return _parse(text, where), digest


def _parse(text: str, where: str):
    try:
        return _loads(text)
    except json.JSONDecodeError as error:
        raise LockError(f"{where}:{error.lineno}: the lock file is damaged (not valid JSON: "
                        f"{error.msg}); {ADVICE}") from None
    except _Duplicate as error:
        raise LockError(f"{where}: the lock file is damaged (the key {error.key!r} appears "
                        f"twice in one object, so one of them would be lost); keep one of "
                        f"them, or {ADVICE}") from None
    except RecursionError:
        raise LockError(f"{where}: the lock file is damaged (nested too deeply); {ADVICE}") \
            from None
    except ValueError as error:  # an integer of thousands of digits
        raise LockError(f"{where}: the lock file is damaged ({error}); {ADVICE}") from None


def _resolve_conflict(text: str, where: str) -> Lock:
    """The lock a conflicted git merge left, both sides merged (merge_locks)."""
    sides: tuple[list[str], list[str]] = ([], [])
    state = "both"
    for line in text.splitlines(keepends=True):
        marker = line[:8].rstrip()
        if marker == "<<<<<<<" and state == "both":
            state = "ours"
        elif marker == "|||||||" and state == "ours":
            state = "base"
        elif marker == "=======" and state in ("ours", "base"):
            state = "theirs"
        elif marker == ">>>>>>>" and state == "theirs":
            state = "both"
        else:
            for side, name in zip(sides, ("ours", "theirs"), strict=True):
                if state in ("both", name):
                    side.append(line)
    if state != "both":
        raise LockError(f"{where}: the lock file holds unfinished git conflict markers; "
                        f"{ADVICE}")
    try:
        ours, theirs = (_lock_from(_parse("".join(side), where), where) for side in sides)
    except LockError as error:
        raise LockError(f"{where}: the lock file holds git conflict markers, and a side of the "
                        f"conflict is not a valid lock ({error}); resolve the conflict by hand, "
                        f"or {ADVICE}") from None
    lock, taken = merge_locks(ours, theirs)
    lock.repairs.append(f"{where}: resolved git's merge conflict: both sides' notes kept "
                        f"({taken} taken from the other side, the newer for a note both had)")
    return lock


# How Lock.write lays out the lock (json.dump, indent=1, keys sorted): the articles come
# first, each ending on a line of its own at two spaces' indent, the others after them.
_HEAD = b'{\n "articles": {\n'
# Each article's id, on a line two spaces in (an entry's line is three in): `  "id": `
# (the newline first: a literal start is found fast, where `^` with re.M is tried everywhere).
_ARTICLE_KEY = re.compile(r'\n  "((?:[^"\\\n]|\\.)*)": ')
_ARTICLES_CLOSE = "\n },"  # "articles" closes, the other keys follow
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
                rest = _loads(b"{" + pending[end + len(_ARTICLES_END):] + rest)
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
        members = _loads(b"{" + text + b"}")
    except (ValueError, RecursionError):
        return None
    return members if type(members) is dict else None


def _is_int(value) -> bool:
    return type(value) is int  # JSON's true and false are bools, which are ints too


# Checked once per entry, 100,000 times for a large course: type() comparisons and
# map() over C functions keep that well under a second.
_TEXT_KEYS = ("kind", "label", "section", "text", "words", "digest")


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
        and 0 < entry["id"] <= _SQLITE_MAX
        and type(entry.get("mod")) is int
        and _SQLITE_MIN <= entry["mod"] <= _SQLITE_MAX
        and type(clozes) is dict
        and all(type(n) is int for n in clozes.values())
        and all(map(isinstance, map(entry.get, _TEXT_KEYS, repeat("")), repeat(str)))
        and _rendered_valid(entry, kind)
    )


def _rendered_valid(entry: dict, kind: str) -> bool:
    """A live note's entry has its digest (version 2) or its fields and tags (version 1); a
    removed note's keeps its fields and tags, which must fit its note type: it is packaged
    from them."""
    if "fields" not in entry and "tags" not in entry:
        # A note removed while the cache that held its fields was gone keeps no output.
        return type(entry.get("digest")) is str
    return (_strings(entry.get("fields")) and _strings(entry.get("tags"))
            and (kind not in NOTE_TYPES or len(entry["fields"]) == len(NOTE_TYPES[kind].fields)))
