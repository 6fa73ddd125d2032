"""The build cache takes an unchanged file's digest from its stat, and never misses an edit.

A file whose size, mtime, ctime and inode are those kept with its record is not read
(storage/cache.settled_stat). Each scenario builds two copies of a course, with the cache
and without it (test_cache.Twins), and the packages and locks must be the same bytes after
every step: an edit the stat hid from the cache would leave the cached package behind.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from types import SimpleNamespace

from test_cache import FILES, Twins, _edit_markdown

from deck_builder.storage import cache as cache_module
from deck_builder.storage.cache import SETTLED_NS, load_cache

TCP = "tcp-vs-udp.md"


def _digests_taken(monkeypatch) -> list[Path]:
    """Every file the cache hashes from now on."""
    taken: list[Path] = []
    real = cache_module.file_digest

    def counting(path):
        taken.append(Path(path))
        return real(path)

    monkeypatch.setattr(cache_module, "file_digest", counting)
    return taken


def _settled_now(monkeypatch) -> None:
    """A clock a minute ahead: every file looks settled, as an untouched course's files are."""
    ahead = SimpleNamespace(time_ns=lambda: time.time_ns() + 60_000_000_000)
    monkeypatch.setattr(cache_module, "time", ahead)


def _restore_mtime(path: Path, change) -> None:
    """`change(path)`, then the file's mtime put back as it was (touch -r, rsync -t)."""
    before = path.stat()
    change(path)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_mtime_ns == before.st_mtime_ns


def test_an_unchanged_file_is_not_read_and_an_edit_with_its_mtime_put_back_is_caught(
        tmp_path, monkeypatch):
    _settled_now(monkeypatch)
    twins = Twins(tmp_path)
    assert twins.build() == 0
    records = load_cache(twins.cached).records
    assert len(records) == FILES and all(r.stat is not None for r in records.values())

    taken = _digests_taken(monkeypatch)
    twins.both(lambda f: _edit_markdown(f / TCP, "ordered byte stream", "ordered byte streams"))
    assert twins.build() == FILES - 1
    # Of the articles, only the edited one was hashed: the others were vouched for by
    # their stat alone. (An image's bytes are still checked against its media name.)
    assert [p for p in taken if p.suffix != ".png"] == [twins.cached / TCP]

    # Same size, mtime put back: the ctime (which nothing can set) gives it away.
    twins.both(lambda f: _restore_mtime(f / TCP, lambda p: _edit_markdown(
        p, "sends independent messages", "sends independent packages")))
    assert twins.build() == FILES - 1
    # Another size, mtime put back.
    twins.both(lambda f: _restore_mtime(f / TCP, lambda p: _edit_markdown(
        p, "self-contained message", "self-contained short message")))
    assert twins.build() == FILES - 1


class CoarseClock:
    """A file system that keeps times in whole 2 s, as FAT does (ctime too), and a clock
    the test moves: two edits within one 2 s step give a file the same stat."""

    STEP = 2_000_000_000

    def __init__(self, monkeypatch):
        self.now = 1_000 * self.STEP
        self.times: dict[str, int] = {}
        monkeypatch.setattr(cache_module, "time", SimpleNamespace(time_ns=lambda: self.now))
        # The cache's `os` with its stat on this clock; the rest (listing, removing) as is.
        monkeypatch.setattr(cache_module, "os", SimpleNamespace(**{**vars(os), "stat": self.stat}))

    def wrote(self, path: Path) -> None:
        self.times[path.name] = self.now // self.STEP * self.STEP

    def stat(self, path):
        real = os.stat(path)
        kept = self.times[Path(path).name]
        return SimpleNamespace(st_size=real.st_size, st_ino=real.st_ino, st_mtime_ns=kept,
                               st_ctime_ns=kept)


def test_an_edit_within_the_file_systems_time_step_of_a_build_is_caught(tmp_path, monkeypatch):
    clock = CoarseClock(monkeypatch)
    twins = Twins(tmp_path)
    for folder in (twins.cached, twins.fresh):
        for path in folder.iterdir():
            clock.wrote(path)
    clock.now += SETTLED_NS // 2  # built within a second of the last write
    assert twins.build() == 0
    # Edited in the same 2 s step as the files were stat'ed: the same size, mtime and ctime.
    clock.now += SETTLED_NS // 4
    twins.both(lambda f: _edit_markdown(f / TCP, "sends independent messages",
                                        "sends independent packages"))
    for folder in (twins.cached, twins.fresh):
        clock.wrote(folder / TCP)
    assert clock.stat(twins.cached / TCP).st_mtime_ns == clock.times[TCP]
    # Those stats were too fresh to be kept, so the file is hashed and the edit caught.
    clock.now += 10 * SETTLED_NS
    assert twins.build() == FILES - 1
    # Hashed then, long after the writes: now their stats are kept, and the next edit,
    # in a later time step, shows in the mtime.
    assert all(r.stat is not None for r in load_cache(twins.cached).records.values())
    twins.both(lambda f: _edit_markdown(f / TCP, "sends independent packages",
                                        "sends independent messages"))
    for folder in (twins.cached, twins.fresh):
        clock.wrote(folder / TCP)
    clock.now += 10 * SETTLED_NS
    assert twins.build() == FILES - 1
