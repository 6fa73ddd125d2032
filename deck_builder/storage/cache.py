"""Remember the article files a build read, so the next build can skip those unchanged.

A course rebuilt after an edit is mostly files that did not change, and reading,
generating and rendering them again gives, by construction, the notes the lock already
holds. So for every article file of a build that succeeded, the cache keeps a digest of
its bytes and what a build needs of the article besides its notes: id, title, deck, note
counts, and the warnings and skipped content reading it gave, which are shown again as
if it had been read. The notes themselves are the lock's entries.

A build reuses a file only when everything its notes were made from is as it was: the
file's bytes, deck-builder's code and the versions of its parsers, the templates, and
the lock (a lock restored from version control or edited by hand has another digest,
and every file is read afresh). `check` needs only the bytes and the code. Anything else
and the file is read as usual, so the cache can make a build faster but never different:
tests build with and without it and compare the packages and locks byte for byte.

It lives in `.deck-builder-cache/` next to the lock. It is derived data, never to be
committed (it holds its own .gitignore), and safe to delete; `--no-cache` ignores it.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
import time
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from deck_builder.errors import Problem, display_path
from deck_builder.storage.atomic import write_atomically
from deck_builder.storage.lock import read_json, write_json

CACHE_DIR = ".deck-builder-cache"
CACHE_FILE = "articles.json"
NOTES_FILE = "notes.json"  # the rendered notes (load_rendered)
BUILD_FILE = "build.json"  # what the last build wrote, and from what (load_outcome)
OUTCOME_VERSION = 1
CACHE_VERSION = 3  # 2: records know the article's images; 3: problems in PROBLEMS_DIR
# An article's problems, one file per distinct text, named by its digest (ProblemsText): a
# build or a sync of one edited article reads and writes a records file of some 400 bytes
# an article, not the 10 KB of `info` notes each of the course's articles has.
PROBLEMS_DIR = "problems"
# Where each article lies in the lock the records go with, and its live notes by kind
# (storage/lock.index_of): a sync of one article neither looks for the others in the
# lock's text nor counts their notes there.
LOCK_INDEX_FILE = "lock-index.json"
# The package, not this subpackage: a change to citations.py or a reader changes the notes.
_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def code_files() -> list[Path]:
    """Every source file of deck-builder, subpackages included, in a stable order."""
    return sorted(_PACKAGE_DIR.rglob("*.py"))


@functools.cache
def code_digest() -> str:
    """deck-builder's own source and the versions of the parsers it reads content with."""
    digest = hashlib.sha256()
    for source in code_files():
        name = source.relative_to(_PACKAGE_DIR).as_posix()
        digest.update(name.encode() + b"\0" + source.read_bytes() + b"\0")
    for distribution in ("PyYAML", "markdown-it-py", "mdit-py-plugins", "genanki", "Jinja2",
                         "pybtex"):
        try:
            digest.update(f"{distribution}={version(distribution)}\0".encode())
        except PackageNotFoundError:
            digest.update(f"{distribution}=?\0".encode())
    return digest.hexdigest()


def file_digest(path: Path) -> str:
    """sha256 of a file's bytes, read a megabyte at a time."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


# How long after its last change a file's stat is trusted to stand for its bytes: longer
# than the coarsest clock a file system keeps mtimes with (FAT's 2 s).
SETTLED_NS = 2_000_000_000


def settled_stat(path: Path) -> tuple[int, int, int, int] | None:
    """(size, mtime, ctime, inode) of a file, taken before its bytes are read, to stand
    for them on a later build (ArticleCache.digest); None when it may not.

    As git's index does, but where git calls a file whose mtime is as late as the index
    "racily clean" and hashes it, this keeps no stat of a file changed within SETTLED_NS
    of being looked at (or dated in the future): an edit after the stat, even within
    the file system's mtime granularity, then always gives another mtime or ctime. The
    ctime catches an edit whose mtime was put back (`touch -r`, an rsync, a checkout);
    the inode, a file replaced by a rename. An edit that keeps size, mtime, ctime and
    inode alike needs the clock set back, and is the limit git has too. (On Windows
    st_ctime is the file's creation time: there an edit of the same size with its mtime
    put back goes unseen, as it does for git there.)"""
    try:
        now = time.time_ns()
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    if max(info.st_mtime_ns, info.st_ctime_ns) > now - SETTLED_NS:
        return None
    return (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)


def _media_digest(file: Path) -> str | None:
    """The digest part of an image's media name (content.Image.media_name), or None."""
    try:
        return file_digest(file)[:32]
    except OSError:
        return None


def templates_digest(folders: list[Path]) -> str:
    """Every file of the template folders a build renders with, in the order searched."""
    digest = hashlib.sha256()
    for order, folder in enumerate(folders):
        digest.update(f"{order}\0".encode())
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0"
                          + path.read_bytes() + b"\0")
    return digest.hexdigest()


class ProblemsText:
    """An article's problems, (line, field, message, severity) each, as the JSON text
    problems_text makes: given when the article was read, else read from the cache's
    PROBLEMS_DIR when first shown. The file is named by the digest of the text (`key`), so
    it is written once, shared by articles with the same problems, and a file whose bytes
    are not the text it is named for is known damaged. `severities` says, without the
    text, which there are: a build and a sync show only warnings."""

    __slots__ = ("key", "severities", "_text", "_folder")

    def __init__(self, text: str | None, key: str, severities: tuple[str, ...],
                 folder: Path | None = None):
        self.key, self.severities = key, severities
        self._text, self._folder = text, folder

    @classmethod
    def of(cls, problems) -> ProblemsText:
        """From (line, field, message, severity) tuples, as an article read gives them."""
        problems = list(problems)
        text = problems_text(problems)
        return cls(text, _problems_key(text) if problems else "",
                   tuple(sorted({severity for *_, severity in problems})))

    @classmethod
    def from_json(cls, key, severities, folder: Path) -> ProblemsText:
        if type(key) is not str or (key and not (len(key) == 32 and key.isalnum())):
            raise ValueError(key)  # it names a file: nothing else than a digest
        return cls(None if key else "[]", key, tuple(str(s) for s in severities), folder)

    def path_in(self, folder: Path) -> Path:
        return folder / CACHE_DIR / PROBLEMS_DIR / f"{self.key}.json"

    @property
    def text(self) -> str | None:
        """The JSON text; None when its file is missing or not the text it is named for."""
        if self._text is None and self._folder is not None:
            try:
                data = self.path_in(self._folder).read_bytes()
            except OSError:
                return None
            if _problems_key(data.decode("utf-8", "replace")) == self.key:
                self._text = data.decode("utf-8")
        return self._text

    def __eq__(self, other) -> bool:
        return isinstance(other, ProblemsText) and other.key == self.key

    def __hash__(self) -> int:
        return hash(self.key)


NO_PROBLEMS = ProblemsText("[]", "", ())


def _problems_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class CachedArticle:
    """What the cache remembers of one article file."""

    sha: str  # of the file's bytes
    id: str
    title: str
    deck: str
    id_line: int
    counts: dict[str, int]  # note kind -> how many notes
    skipped: tuple[tuple[int, str], ...] = ()  # Markdown content that made no note
    # Its warnings and notes, shown again on every build: a course's articles have some 45
    # each, nearly all `info`, which a build or a sync never prints (ProblemsText).
    problems_text: ProblemsText = NO_PROBLEMS
    # The image files it shows, (file, media name): the name holds the digest of the bytes
    # its notes were made from, so an edited image has the file read again.
    images: tuple[tuple[str, str], ...] = ()
    # The file's settled_stat when its bytes were `sha`: the next build need not read them.
    stat: tuple[int, int, int, int] | None = None

    def to_json(self) -> dict:
        data = {"sha": self.sha, "id": self.id, "title": self.title, "deck": self.deck,
                "id_line": self.id_line, "counts": self.counts,
                "skipped": [list(s) for s in self.skipped],
                "problems": self.problems_text.key,
                "severities": list(self.problems_text.severities),
                "images": [list(i) for i in self.images]}
        if self.stat is not None:
            data["stat"] = list(self.stat)
        return data

    @classmethod
    def from_json(cls, data: dict, folder: Path) -> CachedArticle:
        return cls(str(data["sha"]), str(data["id"]), str(data["title"]), str(data["deck"]),
                   int(data["id_line"]), {str(k): int(v) for k, v in data["counts"].items()},
                   tuple((int(line), str(text)) for line, text in data["skipped"]),
                   ProblemsText.from_json(data["problems"], data["severities"], folder),
                   tuple((str(file), str(name)) for file, name in data["images"]),
                   _stat_from_json(data.get("stat")))

    def with_stat(self, stat: tuple[int, int, int, int] | None) -> CachedArticle:
        return self if stat == self.stat else dataclasses.replace(self, stat=stat)

    def images_unchanged(self) -> bool:
        """Whether every image file still has the bytes its media name was made from."""
        return all(_media_digest(Path(file)) == name.split("-")[-1].split(".")[0]
                   for file, name in self.images)

    @property
    def problems(self) -> tuple[tuple[int, str, str, str], ...]:
        try:
            text = self.problems_text.text
            if text is None:
                raise ValueError("missing or damaged")
            return _problems_from_json(json.loads(text))
        except (ValueError, TypeError, RecursionError):  # a cache file edited by hand
            return ((0, "", f"deck-builder's build cache ({CACHE_DIR}) holds a damaged record "
                     "of this file; delete the folder to have every file read again",
                     "warning"),)

    def problems_in(self, path: Path, severity: str | None = None) -> list[Problem]:
        """Its problems (those of `severity` only, when given), located in `path` as the
        reader would name it now."""
        if severity is not None and severity not in self.problems_text.severities:
            return []  # known without reading the problems' file
        kept = [p for p in self.problems if severity is None or p[3] == severity]
        if not kept:
            return []  # naming the path costs a resolve(): not for nothing
        where = display_path(path)
        return [Problem(where, line, field, message, severity)
                for line, field, message, severity in kept]


@dataclass
class ArticleCache:
    """The cache of one content folder (the folder of one lock)."""

    folder: Path
    code: str = ""
    templates: str = ""
    lock: str | None = None  # digest of the lock the records go with
    records: dict[str, CachedArticle] = field(default_factory=dict)  # file name -> record
    # Package file (resolved) -> [package_digest of its notes, sha256 of the file's bytes]:
    # the packages the last build wrote, so a build that would write one again as it is
    # leaves it alone (build._current_package).
    packages: dict[str, list[str]] = field(default_factory=dict)
    # The problems' files the records loaded name (PROBLEMS_DIR): kept when saving the same.
    problem_keys: set[str] = field(default_factory=set)

    @property
    def path(self) -> Path:
        return self.folder / CACHE_DIR / CACHE_FILE

    def digest(self, path: Path, stat: tuple[int, int, int, int] | None) -> str:
        """The sha256 of a file's bytes: its record's, when the file's settled_stat is the
        one kept with it (taken before the bytes were read), else read from the file."""
        record = self.records.get(path.name)
        if stat is not None and record is not None and record.stat == stat:
            return record.sha
        return file_digest(path)

    def checked(self, path: Path, sha: str) -> CachedArticle | None:
        """The record of a file whose bytes and reader are unchanged (enough for `check`)."""
        record = self.records.get(path.name)
        if record is None or record.sha != sha or self.code != code_digest():
            return None
        if not record.images_unchanged():
            return None
        return record

    def reusable_for(self, templates: str | None, lock_digest: str | None) -> bool:
        """Whether the records describe notes made with these templates, as in this lock.

        `templates` is None for `list`, which renders nothing: what a note can be chosen
        by (its tags, section and kind) does not depend on the templates.
        """
        return (lock_digest is not None and self.lock == lock_digest
                and templates in (None, self.templates) and self.code == code_digest())

    def reusable(self, path: Path, sha: str, templates: str | None,
                 lock_digest: str | None) -> CachedArticle | None:
        """The record of a file whose notes the lock holds exactly as a build would make them."""
        if not self.reusable_for(templates, lock_digest):
            return None
        return self.checked(path, sha)

    def package(self, path: Path, digest: str) -> bool:
        """Whether the package at `path` is the one the last build wrote from notes of
        `digest`, with this code, and is still there byte for byte."""
        known = self.packages.get(str(path.resolve()))
        if not known or known[0] != digest or self.code != code_digest():
            return False
        try:
            return file_digest(path) == known[1]
        except OSError:
            return False

    def lock_index(self, lock_digest: str) -> list | None:
        """index_of the lock of `lock_digest`, as saved with it; None when none was, or
        the file is of other bytes or damaged (its first line keeps the digest of the
        second, the index itself)."""
        try:
            head, _, rows = (self.folder / CACHE_DIR / LOCK_INDEX_FILE).read_bytes().partition(
                b"\n")
            head = json.loads(head)
            if (head["lock"] != lock_digest or self.code != code_digest()
                    or head["index"] != hashlib.sha256(rows).hexdigest()):
                return None
            return json.loads(rows)
        except (OSError, ValueError, KeyError, TypeError, RecursionError):
            return None

    def save(self, templates: str, lock_digest: str, records: dict[str, CachedArticle],
             lock_index: list | None = None) -> None:
        """Write the records for `lock_digest`, atomically; a cache is only ever an aid.

        The problems' file of a record is written first (and once: it is named by its
        text), so a records file never names one that is not there; files no record names
        any more are removed after."""
        data = {"deck-builder-cache": CACHE_VERSION, "code": code_digest(),
                "templates": templates, "lock": lock_digest,
                "articles": {name: r.to_json() for name, r in sorted(records.items())},
                "packages": dict(sorted(self.packages.items()))}
        _cache_folder(self.folder)
        keys = {r.problems_text.key for r in records.values()} - {""}
        new = {r.problems_text for r in records.values()
               if r.problems_text.key not in self.problem_keys and r.problems_text.key}
        if new:
            (self.folder / CACHE_DIR / PROBLEMS_DIR).mkdir(exist_ok=True)
        for problems in new:
            path = problems.path_in(self.folder)
            if not path.exists():
                write_atomically(path, problems.text.encode("utf-8"))
        index_path = self.folder / CACHE_DIR / LOCK_INDEX_FILE
        if lock_index is None:
            # No index given: one saved for this very lock is still right and costs a
            # sync the whole lock's read to make again; any other is stale.
            if self.lock_index(lock_digest) is None:
                index_path.unlink(missing_ok=True)
        elif self.lock != lock_digest or self.lock_index(lock_digest) is None:
            rows = json.dumps(lock_index, ensure_ascii=False).encode("utf-8")
            head = json.dumps({"lock": lock_digest, "index": hashlib.sha256(rows).hexdigest()})
            write_atomically(index_path, head.encode("utf-8") + b"\n" + rows)
        write_atomically(self.path, json.dumps(data, sort_keys=True, ensure_ascii=False)
                         .encode("utf-8"))
        if keys != self.problem_keys:
            _remove_problems_but(self.folder / CACHE_DIR / PROBLEMS_DIR, keys)
        self.problem_keys = keys


def _remove_problems_but(folder: Path, keys: set[str]) -> None:
    """Remove the problems' files of `folder` no record names (ProblemsText). By name, not
    as a Path each: a course has a file for nearly every article, and a sync of one edit
    comes here to remove one of them."""
    try:
        found = os.listdir(folder)
    except OSError:
        return
    kept = keys | {""}  # ".json" alone is a hidden file's name, not a problems' file
    for name in found:
        if name.endswith(".json") and name[:-len(".json")] not in kept:
            try:
                os.unlink(os.path.join(folder, name))
            except OSError:
                pass  # only an aid: an unread file is left behind


def problems_text(problems) -> str:
    """The JSON text a record keeps its (line, field, message, severity) problems in."""
    return json.dumps([list(p) for p in problems], ensure_ascii=False, separators=(",", ":"))


def _problems_from_json(data) -> tuple[tuple[int, str, str, str], ...]:
    return tuple((int(line), str(field), str(message), str(severity))
                 for line, field, message, severity in data)


def _stat_from_json(data) -> tuple[int, int, int, int] | None:
    if not isinstance(data, list) or len(data) != 4 or any(type(n) is not int for n in data):
        return None
    return tuple(data)


def load_rendered(folder: Path) -> dict[str, dict[str, dict]]:
    """The notes the last build rendered in this folder: article id -> key -> {"digest",
    "fields", "tags", "label", "section"}; empty when there are none or they are damaged.

    The lock keeps a note's identity and the digest of its content, not the content
    (storage/lock.py): a build takes an unread article's notes from here, and only where
    the digest is the lock's (build._carried)."""
    path = folder / CACHE_DIR / NOTES_FILE
    try:
        if not path.is_file():
            return {}
        data = read_json(path)
        if data.get("deck-builder-cache") != CACHE_VERSION or data.get("code") != code_digest():
            return {}
        articles = data["articles"]
        if type(articles) is not dict:
            return {}
        return articles
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return {}


def save_rendered(folder: Path, rendered: dict[str, dict[str, dict]]) -> None:
    """Write the rendered notes of a folder's articles (load_rendered), atomically."""
    data = {"articles": rendered, "code": code_digest(), "deck-builder-cache": CACHE_VERSION}
    write_atomically(_cache_folder(folder) / NOTES_FILE, lambda handle: write_json(handle, data))


def load_outcome(folder: Path) -> dict | None:
    """What the last build in this folder wrote and from what (build._unchanged_build):
    {"key": digest of its inputs, "outputs": [[package, sha256, notes, group]],
    "unchanged": n, "still_removed": n}; None when there is none or it is damaged."""
    path = folder / CACHE_DIR / BUILD_FILE
    try:
        if not path.is_file():
            return None
        data = json.loads(path.read_bytes())
        if data.get("deck-builder-cache") != OUTCOME_VERSION or data.get("code") != code_digest():
            return None
        outputs = [(str(package), str(sha), int(count), None if group is None else str(group))
                   for package, sha, count, group in data["outputs"]]
        return {"key": str(data["key"]), "outputs": outputs,
                "unchanged": int(data["unchanged"]), "still_removed": int(data["still_removed"])}
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None


def save_outcome(folder: Path, outcome: dict | None) -> None:
    """Write (or, with None, forget) what a build wrote (load_outcome), atomically."""
    path = folder / CACHE_DIR / BUILD_FILE
    if outcome is None:
        path.unlink(missing_ok=True)
        return
    data = {"deck-builder-cache": OUTCOME_VERSION, "code": code_digest(), **outcome}
    write_atomically(_cache_folder(folder) / BUILD_FILE,
                     json.dumps(data, sort_keys=True, ensure_ascii=False).encode("utf-8"))


def _cache_folder(folder: Path) -> Path:
    """The cache's folder next to the lock, made if need be, with its .gitignore."""
    target = folder / CACHE_DIR
    target.mkdir(exist_ok=True)
    ignore = target / ".gitignore"
    if not ignore.exists():
        write_atomically(ignore, b"# deck-builder's cache: derived data, never committed\n*\n")
    return target


def load_cache(folder: Path) -> ArticleCache:
    """The folder's cache; an empty one when there is none or it cannot be used."""
    cache = ArticleCache(folder)
    try:
        if not cache.path.is_file():  # a FIFO there would block the read for ever
            return cache
        data = json.loads(cache.path.read_bytes())
        if data.get("deck-builder-cache") != CACHE_VERSION:
            return cache
        cache.code, cache.templates = str(data["code"]), str(data["templates"])
        cache.lock = str(data["lock"])
        cache.records = {str(name): CachedArticle.from_json(record, folder)
                         for name, record in data["articles"].items()}
        cache.problem_keys = {r.problems_text.key for r in cache.records.values()} - {""}
        cache.packages = {str(path): [str(digest), str(sha)]
                          for path, (digest, sha) in data.get("packages", {}).items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        # Missing, unreadable or damaged: a cache is never worth failing a build over.
        return ArticleCache(folder)
    return cache
