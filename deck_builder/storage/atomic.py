"""Replace files so that a failure, a Ctrl-C or a second build never leaves half of one.

Each file is written in full to a temporary file beside its target (the same folder, so
the rename cannot cross file systems) and then renamed over it: anyone reading, and a
build racing this one, sees the old file or the new one. `StagedFiles` writes every file
of a build first and renames them together at the end, in the order they were added
(packages before the lock), with Ctrl-C held back for those few renames so that it can
never land between the package and the lock. Until then, a failure or an interrupt
removes the temporary files and leaves every target as it was.
"""

from __future__ import annotations

import errno
import os
import signal
import tempfile
import threading
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from deck_builder.errors import OutputError, display_path

TEMP_SUFFIX = ".tmp"


def temp_prefix(path: Path) -> str:
    """Temporary files are hidden and named after their target: `.deck.apkg.x1y2.tmp`."""
    return f".{path.name}."


class StagedFiles:
    """Files written now and renamed into place together by `commit()`."""

    def __init__(self):
        self.staged: list[tuple[Path, Path]] = []  # (temporary file, target)

    def __enter__(self) -> StagedFiles:
        return self

    def __exit__(self, *exc_info) -> None:
        self.discard()

    def add(self, path: Path, data: bytes | Callable[[BinaryIO], object]) -> None:
        """Stage `data`, or whatever `data(handle)` writes into the open temporary file."""
        path = _through_links(path)
        if path.is_dir():
            raise OutputError(f"cannot write {display_path(path)}: it is a folder")
        try:
            fd, tmp = tempfile.mkstemp(prefix=temp_prefix(path), suffix=TEMP_SUFFIX,
                                       dir=path.parent)
        except OSError as error:
            raise OutputError(f"cannot write {display_path(path)}: {error.strerror}") from None
        self.staged.append((Path(tmp), path))
        try:
            # mkstemp makes the file private; give it the mode a plain open() would.
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
            with os.fdopen(fd, "wb") as handle:
                if callable(data):
                    data(handle)
                else:
                    handle.write(data)
        except OSError as error:
            raise OutputError(f"cannot write {display_path(path)}: {error.strerror}") from None

    def drop(self, path: Path) -> None:
        """Unstage `path`: its target stays as it is."""
        path = _through_links(path)
        for tmp, target in [s for s in self.staged if s[1] == path]:
            tmp.unlink(missing_ok=True)
            self.staged.remove((tmp, target))

    def commit(self) -> None:
        # Synced here, not when staged: a file dropped after staging (an unchanged lock)
        # never costs a sync.
        for tmp, path in self.staged:
            try:
                with open(tmp, "rb") as handle:
                    os.fsync(handle.fileno())
            except OSError as error:
                raise OutputError(f"cannot write {display_path(path)}: {error.strerror}") \
                    from None
        with _ctrl_c_held_back():
            while self.staged:
                tmp, path = self.staged.pop(0)
                os.replace(tmp, path)
                _sync_folder(path.parent)

    def discard(self) -> None:
        for tmp, _ in self.staged:
            tmp.unlink(missing_ok=True)
        self.staged.clear()


def write_atomically(path: Path, data: bytes | Callable[[BinaryIO], object]) -> None:
    """Write one file: the old one stays whole until the new one is complete."""
    with StagedFiles() as staged:
        staged.add(path, data)
        staged.commit()


def _through_links(path: Path) -> Path:
    """The file a symbolic link names: a linked lock (a course shared between folders) is
    written through to its target; renaming over the link would replace it by a copy."""
    if not path.is_symlink():
        return path
    try:
        return Path(os.path.realpath(path, strict=True))
    except OSError as error:  # a loop, or a link to nothing
        reason = ("it is a symbolic link in a loop" if error.errno == errno.ELOOP
                  else "it is a symbolic link to a missing file")
        raise OutputError(f"cannot write {display_path(path)}: {reason}") from None


# Ctrl-C, and the signals that ask a process to stop as Ctrl-C does (cli.py).
STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP")
                     if hasattr(signal, name))


@contextmanager
def _ctrl_c_held_back():
    """Renaming takes microseconds; a Ctrl-C (or SIGTERM, SIGHUP) in them is ignored, as
    the work is done."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {signum: signal.signal(signum, lambda signum, frame: None)
                for signum in STOP_SIGNALS}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler if handler is not None else signal.SIG_DFL)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself survive a power cut, where the file system allows it."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
