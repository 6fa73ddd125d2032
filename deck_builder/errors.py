"""Domain errors. The CLI translates them into messages and exit codes in one place."""

from __future__ import annotations

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
