"""Domain errors. The CLI translates them into messages and exit codes in one place."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong (or doubtful) in a content file, located for the author."""

    file: str
    line: int
    field: str
    message: str
    # "error" stops the build; "warning" is printed; "info" only by `check`, and "weak"
    # (a card that breaks a rule of docs/card-quality.md) too, which `check --strict` fails on
    severity: str = "error"

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        field = f" {self.field}:" if self.field else ""
        label = {"error": "", "warning": " warning:", "weak": ""}.get(self.severity, " note:")
        return f"{where}:{label}{field} {self.message}"


class Problems(Sequence):
    """A build's problems, sorted: those found reading and generating the files it read,
    and those the build cache keeps of the files it did not read (`cached`: (path, record)
    pairs, storage/cache.CachedArticle). The cached ones become Problems only when asked
    for: a course of 2,000 articles holds some 90,000 `info` notes, which a build or a sync
    never prints, and `warnings()`, what they print, makes only the few warnings."""

    def __init__(self, found: list[Problem], cached: Sequence = ()):
        self._found = found
        self._cached = cached
        self._all: list[Problem] | None = None

    def _everything(self) -> list[Problem]:
        if self._all is None:
            self._all = sorted(self._found + [p for path, record in self._cached
                                              for p in record.problems_in(path)])
        return self._all

    def __getitem__(self, index):
        return self._everything()[index]

    def __len__(self) -> int:
        return len(self._everything())

    def __eq__(self, other) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    def __repr__(self) -> str:
        return f"Problems({self._everything()!r})"

    def warnings(self) -> list[Problem]:
        """Those of severity "warning", in order, as a build prints them."""
        return sorted([p for p in self._found if p.severity == "warning"]
                      + [p for path, record in self._cached
                         for p in record.problems_in(path, "warning")])


class DeckBuilderError(Exception):
    """Base of every error the CLI reports without a traceback."""

    exit_code = 1


class ContentError(DeckBuilderError):
    """The content has problems; every one found is listed."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class LockError(DeckBuilderError):
    """The lock file cannot be used as it is."""


class TemplateProblem(DeckBuilderError):
    """A card template cannot be rendered."""


class OutputError(DeckBuilderError):
    """The package cannot be written where the user asked."""


class UsageError(DeckBuilderError):
    """The command line or the environment asks for something that cannot be done."""

    exit_code = 2


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP: cleaned up like Ctrl-C (cli.py turns them into this)."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


class InterruptedAfterWriting(KeyboardInterrupt):
    """Interrupted once the packages and locks were in place: `written` says what they are."""

    def __init__(self, written: list[str]):
        super().__init__(written)
        self.written = written


class SelectionError(DeckBuilderError):
    """A selection option matched nothing."""

    exit_code = 2


def display_path(path: Path) -> str:
    """A path as the user would type it: relative to the working directory when inside it."""
    try:
        # The folder, not the file, is resolved: a file that is a symbolic link (in a loop,
        # even) is named as the user named it.
        name = str((path.parent.resolve() / path.name).relative_to(Path.cwd().resolve()))
    except (ValueError, RuntimeError, OSError):
        name = str(path)
    return name if name.isprintable() else printable(name)


def printable(name: str) -> str:
    """A name on one line, as the terminal can show it: a newline or a control character
    escaped (\\n), and bytes that are not UTF-8 (surrogate-escaped) as \\xNN."""
    name = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in name)
