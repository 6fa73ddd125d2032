"""The command line: reads options, calls the library, prints results. Nothing else.

Exit codes (docs/usage.md, "Exit codes and errors", has the same table; tests/test_bad_input.py
checks each):
    0  success (warnings may have been printed)
    1  the content, a template, the lock or the output has a problem; each message says
       FILE:LINE: field.path: what to fix, and nothing was written. For sync, also: the
       collection cannot be used (Anki has it open, no such profile) or anki is missing
    2  the command line is wrong (unknown option, missing path, selection that matches
       nothing; for sync, several Anki profiles and no --profile)
   70  an internal error: a bug in deck-builder (run again with --debug and report it)
  130  interrupted (Ctrl-C); nothing the user had was changed, unless the message says what
       was written (the packages and locks were in place when Ctrl-C came); sync: once the
       collection began to change, it is consistent, and running sync again finishes the job
  129  stopped by SIGHUP (a closed terminal), cleaned up as for Ctrl-C
  143  stopped by SIGTERM, cleaned up as for Ctrl-C
"""

from __future__ import annotations

import atexit
import errno
import gc
import json
import os
import signal
import sys
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click
from click.shell_completion import CompletionItem

from deck_builder import __version__
from deck_builder.anki import REMOVED_POLICIES
from deck_builder.anki.note_types import KINDS
from deck_builder.errors import (
    ContentError,
    DeckBuilderError,
    InterruptedAfterWriting,
    Problem,
    Problems,
    Terminated,
    printable,
)
from deck_builder.select import DIMENSIONS, PLURALS, SPLIT_BY, Selection

# The pipeline (build, and with it the readers, the generator, genanki, Jinja, Anki's
# sync) is imported by the command that runs it, not here: `--help`, `--version`, shell
# completion and git's merge driver (merge-lock) start in a tenth of the time.
if TYPE_CHECKING:
    from deck_builder.anki.sync import SyncReport
    from deck_builder.changes import Report

EXIT_OK, EXIT_CONTENT, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
# The shell's 128 + the signal's number, as if the signal had ended the process.
EXIT_HANGUP, EXIT_TERMINATED = 128 + signal.SIGHUP, 128 + signal.SIGTERM
EXIT_INTERNAL = 70  # EX_SOFTWARE in sysexits.h
# On its way out the interpreter runs the cycle collector over every object still alive, two
# or three times as it tears the modules down: 0.2 s of CPU after a sync of one article of a
# 100,000-note course (Anki's engine, Jinja, the readers, the plan), for nothing the end of
# the process would not free anyway. Frozen by the last exit handler (the first registered
# runs last, after those that clean up), they are not scanned again.
atexit.register(gc.freeze)
PROGRESS_ARTICLES = 50


class _Path(click.Path):
    """click.Path that refuses an empty name (`-o ''` would mean the current folder) and
    calls a symbolic link in a loop a loop, not a path that does not exist."""

    def convert(self, value, param, ctx):
        if isinstance(value, str) and value == "":
            self.fail("an empty name is not a file or a folder", param, ctx)
        if isinstance(value, str) and self.exists and os.path.islink(value):
            try:
                os.stat(value)
            except OSError as error:
                what = "in a loop" if error.errno == errno.ELOOP else "to a missing file"
                self.fail(f"{printable(value)!r} is a symbolic link {what}", param, ctx)
        return super().convert(value, param, ctx)


def _selection_options(function):
    """--topic/--exclude-topic and their kin, shared by build, list and preview."""
    helps = {
        "topic": "Topic, with its subtopics (individualism also selects individualism::strengths).",
        "section": "Section id (the slug of its title unless it has an id).",
        "kind": f"Note kind: {', '.join(KINDS)}.",
        "cite": "Cited work, as in its tag: Triandis2018.",
        "article": "Article id.",
    }
    for dimension in reversed(DIMENSIONS):
        function = click.option(
            f"--exclude-{dimension}", f"exclude_{dimension}", multiple=True, metavar="NAME",
            shell_complete=_completer(dimension),
            help=f"Leave out notes with this {dimension}.")(function)
        function = click.option(
            f"--{dimension}", dimension, multiple=True, metavar="NAME",
            shell_complete=_completer(dimension),
            help=helps[dimension] + " Repeatable; shell wildcards allowed.")(function)
    return function


_no_cache_option = click.option(
    "--no-cache", is_flag=True,
    help="Read every article file, even those unchanged since the last build "
         "(.deck-builder-cache/ next to deck-builder.lock).")

_jobs_option = click.option(
    "-j", "--jobs", type=click.IntRange(min=1), metavar="N",
    help="Read and generate articles in N processes. Default: one per CPU core, for courses "
         "of 16 files or more.")


def _completer(dimension: str):
    """Shell completion from the articles named on the command line (default ./cards)."""

    def complete(ctx: click.Context, param: click.Parameter, incomplete: str):
        from deck_builder.build import list_notes

        try:
            names = list_notes(_paths(tuple(ctx.params.get("paths") or ())))[PLURALS[dimension]]
        except Exception:  # a half-typed command line must never break the shell
            return []
        return [CompletionItem(name) for name in names if name.startswith(incomplete)]

    return complete


def _selection(options: dict) -> Selection:
    return Selection(
        include={d: tuple(options.pop(d)) for d in DIMENSIONS},
        exclude={d: tuple(options.pop(f"exclude_{d}")) for d in DIMENSIONS},
    )


def _paths(paths: tuple[Path, ...]) -> list[Path]:
    from deck_builder.build import default_content_paths

    return list(paths) or default_content_paths()


def _print_problems(problems: list[Problem] | Problems, quiet: bool = False) -> None:
    if quiet:
        return
    warnings = (problems.warnings() if isinstance(problems, Problems)
                else [p for p in problems if p.severity == "warning"])
    for problem in warnings:
        click.echo(str(problem), err=True)


class _Group(click.Group):
    """Turns domain errors into one-line messages and exit codes; tracebacks only with --debug."""

    def invoke(self, ctx: click.Context):
        try:
            with _stop_signals_as_interrupts():
                return super().invoke(ctx)
        except ContentError as error:
            for problem in error.problems:
                click.echo(str(problem), err=True)
            errors = sum(p.severity == "error" for p in error.problems)
            click.echo(f"{errors} error(s); nothing was written.", err=True)
            ctx.exit(EXIT_CONTENT)
        except DeckBuilderError as error:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.echo(f"Error: {error}", err=True)
            ctx.exit(error.exit_code)
        except InterruptedAfterWriting as interrupt:
            click.echo(f"Interrupted after the build was written: {', '.join(interrupt.written)} "
                       "are in place; the build cache was not saved, so the next build reads "
                       "every file again.", err=True)
            ctx.exit(EXIT_INTERRUPTED)
        except KeyboardInterrupt as interrupt:
            what = "Stopped" if isinstance(interrupt, Terminated) else "Interrupted"
            click.echo(f"{what}; nothing was changed.", err=True)
            ctx.exit(128 + interrupt.signum if isinstance(interrupt, Terminated)
                     else EXIT_INTERRUPTED)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except OSError as error:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            where = f"{error.filename}: " if error.filename else ""
            click.echo(f"Error: {where}{error.strerror or error}", err=True)
            ctx.exit(EXIT_CONTENT)
        except Exception as error:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.echo(f"Internal error ({error.__class__.__name__}: {error}); this is a bug in "
                       "deck-builder: run the command again with --debug and report what it "
                       "prints. Nothing was changed.", err=True)
            ctx.exit(EXIT_INTERNAL)


@contextmanager
def _stop_signals_as_interrupts():
    """SIGTERM (a kill, a CI timeout) and SIGHUP (a closed terminal) unwind the build as
    Ctrl-C does, so every temporary file is removed and nothing is half replaced."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum, frame):
        raise Terminated(signum)

    names = [name for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]
    previous = {name: signal.signal(getattr(signal, name), stop) for name in names}
    try:
        yield
    finally:
        for name, handler in previous.items():
            signal.signal(getattr(signal, name), handler)


@click.group(cls=_Group)
@click.version_option(__version__, prog_name="deck-builder")
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """Turn structured articles into Anki decks of cloze and compare/contrast notes.

    \b
    Example:
        deck-builder build                 # every article in ./cards -> ./build/
        deck-builder check cards/
    """
    ctx.obj = {"debug": debug}


@main.command(name="build")
@click.argument("paths", nargs=-1, type=_Path(exists=True, path_type=Path))
@click.option("-o", "--output", type=_Path(path_type=Path),
              help="Package file (.apkg) or folder. Default: build/.")
@click.option("--templates", type=_Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of templates that override the packaged ones.")
@click.option("--root-deck", metavar="NAME", help="Put every article's deck under this deck.")
@click.option("--split-by", type=click.Choice(SPLIT_BY), help="Write one package per group.")
@click.option("--dry-run", is_flag=True, help="Print what would change; write nothing.")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors.")
@_no_cache_option
@_jobs_option
@_selection_options
def build_command(paths, output, templates, root_deck, split_by, dry_run, quiet, no_cache, jobs,
                  **options):
    """Build .apkg packages from articles (files or folders; default ./cards).

    Every build prints what changed since the previous one and remembers it in
    deck-builder.lock next to the articles; commit that file with them.

    \b
    Example:
        deck-builder build
        deck-builder build cards/collectivism-vs-individualism.yaml -o collectivism.apkg
        deck-builder build cards/ --topic individualism --dry-run
    """
    from deck_builder.build import BuildOptions, build

    how = BuildOptions(output, _selection(options), templates, root_deck, split_by, dry_run,
                       use_cache=not no_cache, jobs=jobs)
    with _collector_paused():
        result = build(_paths(paths), how, track=_progress_bars(quiet))
    _print_problems(result.plan.problems, quiet)
    if quiet:
        return
    for line in report_lines(result.plan.report):
        click.echo(line)
    skipped = [a for a in result.plan.articles if a.skipped]
    if skipped:  # Markdown content the reader recognised but could make no card of
        count = sum(len(a.skipped) for a in skipped)
        click.echo(f"{count} block(s) in {len(skipped)} Markdown article(s) made no card; "
                   "`deck-builder check` lists them")
    if dry_run:
        click.echo("dry run: nothing was written")
    for out in result.outputs:
        if out.written:
            click.echo(f"wrote {out.path} ({out.note_count} notes)")
        else:
            click.echo(f"{out.path} is up to date ({out.note_count} notes)")


@main.command(name="list")
@click.argument("paths", nargs=-1, type=_Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object for scripts.")
@_no_cache_option
@_selection_options
def list_command(paths, as_json, no_cache, **options):
    """List topics, sections, kinds, citations and articles with their note counts.

    Selection options narrow the counts to what that selection would build.

    \b
    Example:
        deck-builder list cards/
        deck-builder list cards/ --topic individualism --json
    """
    from deck_builder.build import list_notes

    with _collector_paused():
        counts = list_notes(_paths(paths), _selection(options), use_cache=not no_cache)
    if as_json:
        click.echo(json.dumps(counts, indent=2, ensure_ascii=False))
        return
    for plural, names in counts.items():
        click.echo(f"{plural}:")
        width = max((len(name) for name in names), default=0)
        for name, count in names.items():
            click.echo(f"  {name:<{width}}  {count:>5}")


@main.command(name="forget-removed")
@click.argument("paths", nargs=-1, type=_Path(exists=True, path_type=Path))
def forget_removed_command(paths):
    """Stop carrying removed notes: drop them from deck-builder.lock.

    Delete them in Anki first (browser search: tag:deck-builder::removed).

    \b
    Example:
        deck-builder forget-removed cards/
    """
    from deck_builder.build import forget_removed

    for lock_path, count in forget_removed(_paths(paths)).items():
        click.echo(f"{lock_path}: forgot {count} removed note(s)")


@main.command(name="merge-lock")
@click.argument("base", type=_Path(path_type=Path))
@click.argument("ours", type=_Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("theirs", type=_Path(exists=True, dir_okay=False, path_type=Path))
def merge_lock_command(base, ours, theirs):
    """Merge two sides of deck-builder.lock into OURS: git's merge driver for the lock.

    Every note of either side is kept; for a note both sides changed, the newer wins.
    BASE is accepted as git passes it, and not needed. Set it up once per clone
    (docs/regeneration.md, "Teams and git").

    \b
    Example:
        echo 'deck-builder.lock merge=deck-builder-lock' >> .gitattributes
        git config merge.deck-builder-lock.driver 'deck-builder merge-lock %O %A %B'
    """
    from deck_builder.build import merge_lock_files

    for line in merge_lock_files(ours, theirs):
        click.echo(line, err=True)


def report_lines(report: Report, first: int = 3) -> list[str]:
    """What changed since the last build, as `build` prints it: each count with the first
    few labels, then where the removed notes are and the build's notices."""
    from deck_builder.changes import REMOVED_SEARCH, REMOVED_TAG

    def names(items: list[str]) -> str:
        shown = ", ".join(f'"{n}"' for n in items[:first])
        more = f" and {len(items) - first} more" if len(items) > first else ""
        return f": {shown}{more}" if items else ""

    out = [
        f"added {len(report.added)}{names(report.added)}",
        f"updated {len(report.updated)}{names(report.updated)}",
        f"removed {len(report.removed)}{names(report.removed)}",
        f"unchanged {report.unchanged}",
    ]
    if report.removed or report.still_removed:
        out.append(
            f"{len(report.removed) + report.still_removed} removed note(s) are carried with the "
            f"tag {REMOVED_TAG}; find them in Anki with: {REMOVED_SEARCH}"
        )
    return out + report.notices


@contextmanager
def _collector_paused():
    """Python's cycle collector paused while a command runs.

    A build allocates millions of small objects that reference counting alone frees; the
    collector would rescan the growing heap again and again for cycles it does not find
    (up to a fifth of a build, the more the larger the course). Process tuning belongs to
    the program, not to the library a caller imports.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@main.command(name="sync")
@click.argument("paths", nargs=-1, type=_Path(exists=True, path_type=Path))
@click.option("--profile", metavar="NAME", help="Anki profile to sync into (needed when "
              "there are several).")
@click.option("--collection", type=_Path(dir_okay=False, path_type=Path),
              help="Collection file (collection.anki2) to sync into, instead of a profile's.")
@click.option("--removed", type=click.Choice(REMOVED_POLICIES), default="keep",
              show_default=True,
              help="What to do with notes removed from the articles: keep them tagged "
                   "deck-builder::removed, suspend their cards, or delete them.")
@click.option("--templates", type=_Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of templates that override the packaged ones.")
@click.option("--root-deck", metavar="NAME", help="Put every article's deck under this deck.")
@click.option("--dry-run", is_flag=True,
              help="Say what sync would do, on a copy of the collection; write nothing.")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors.")
@_no_cache_option
@_selection_options
def sync_command(paths, profile, collection, removed, templates, root_deck, dry_run, quiet,
                 no_cache, **options):
    """Put the articles straight into your Anki collection (Anki must be closed).

    The notes go in through Anki's own importer, as with File > Import; then the cards of
    articles that changed deck are moved, and removed notes are handled per --removed.
    Needs the anki package: pip install 'deck-builder[anki]'.

    \b
    Example:
        deck-builder sync
        deck-builder sync cards/ --profile "User 1" --removed suspend
        deck-builder sync cards/ --collection ~/anki/collection.anki2 --dry-run
    """
    from deck_builder.anki.sync import find_collection, sync
    from deck_builder.build import BuildOptions

    if profile is not None and collection is not None:
        raise click.UsageError("give --profile or --collection, not both")
    target = find_collection(profile, collection)
    how = BuildOptions(selection=_selection(options), templates=templates, root_deck=root_deck,
                       use_cache=not no_cache)
    with _collector_paused():
        report = sync(_paths(paths), target, how, removed, dry_run, track=_progress_bars(quiet))
    _print_problems(report.problems, quiet)
    if quiet:
        return
    for line in sync_report_lines(report):
        click.echo(line)
    if dry_run:
        click.echo(f"dry run: nothing was written ({target} is as it was)")
    else:
        click.echo(f"synced into {target}" + (" (Anki made a backup first)" if report.backup
                                              else ""))


def sync_report_lines(report: SyncReport) -> list[str]:
    """What a sync did, from Anki's import log and the later steps."""
    from deck_builder.changes import REMOVED_TAG

    action = {"keep": f"kept, tagged {REMOVED_TAG}", "suspend": "suspended",
              "delete": "deleted"}[report.removed_policy]
    out = [
        f"added {report.added}",
        f"updated {report.updated}",
        f"unchanged {report.unchanged}",
        f"moved {report.moved_notes} note(s) ({report.moved_cards} card(s)) to their new deck",
        f"removed {report.removed} ({action})",
    ]
    if report.conflicting:
        out.append(f"{report.conflicting} note(s) not updated: their note type was changed in "
                   "Anki (Anki calls them conflicting; see docs/regeneration.md)")
    return out + report.notices


def _progress_bars(quiet: bool):
    """Progress bars on stderr for a build of more than PROGRESS_ARTICLES articles (about a
    second or more), at a terminal only: never in a pipe or a log, nor with --quiet."""
    if quiet or not sys.stderr.isatty():
        return None
    shown = None

    def track(label: str, items: list):
        nonlocal shown
        if shown is None:  # the first step reads the article files: their number decides
            shown = len(items) > PROGRESS_ARTICLES
        return _bar(label, items) if shown else items

    return track


def _bar(label: str, items: list):
    # Redrawn every step, a bar would cost a second per 100,000 notes: ~200 redraws.
    steps = max(1, len(items) // 200)
    with click.progressbar(items, label=f"{label:<10}", file=sys.stderr,
                           update_min_steps=steps) as bar:
        yield from bar


@main.command(name="check")
@click.argument("paths", nargs=-1, type=_Path(exists=True, path_type=Path))
@click.option("--strict", is_flag=True,
              help="Exit 1 on any warning or weak card (docs/card-quality.md).")
@_no_cache_option
@_jobs_option
def check_command(paths, strict, no_cache, jobs):
    """Validate articles and say what would become cards; write nothing.

    \b
    Example:
        deck-builder check cards/
    """
    from deck_builder.build import check

    with _collector_paused():
        result = check(_paths(paths), use_cache=not no_cache, jobs=jobs)
    problems = result.problems
    for problem in problems:
        click.echo(str(problem), err=problem.severity != "info")
    for file, line, what in result.skipped:  # what the Markdown reader made no note of
        click.echo(f"{file}:{line}: skipped: {what}")
    summary = ", ".join(f"{n} {kind}" for kind, n in result.counts.items()) or "no"
    click.echo(f"{result.articles} article(s): {summary} notes")
    warnings = [p for p in problems if p.severity == "warning"]
    weak = [p for p in problems if p.severity == "weak"]
    if weak:
        click.echo(f"{len(weak)} weak card(s): docs/card-quality.md says why each rule matters")
    if strict and (warnings or weak):
        counts = [f"{len(warnings)} warning(s)"] if warnings else []
        counts += [f"{len(weak)} weak card(s)"] if weak else []
        click.echo(f"{', '.join(counts)}, --strict: failing.", err=True)
        sys.exit(EXIT_CONTENT)


@main.command(name="convert")
@click.argument("file", type=_Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=_Path(dir_okay=False, path_type=Path),
              help="Markdown file to write. Default: print it.")
def convert_command(file, output):
    """Write the Markdown a web page or Word document is read as.

    Curate it and build from it instead of the page: it keeps the article id, so the notes
    keep their guids.

    \b
    Example:
        deck-builder convert saved/mitosis.html -o cards/mitosis.md
    """
    from deck_builder.readers import convert_article
    from deck_builder.storage.atomic import write_atomically

    text = convert_article(file, output.parent if output else file.parent)
    if output is None:
        click.echo(text, nl=False)
        return
    write_atomically(output, text.encode("utf-8"))
    click.echo(f"wrote {output}", err=True)


@main.command(name="preview")
@click.argument("paths", nargs=-1, type=_Path(exists=True, path_type=Path))
@click.option("-o", "--output", type=_Path(dir_okay=False, path_type=Path),
              help="HTML file to write. Default: build/preview.html.")
@click.option("--open", "open_page", is_flag=True, help="Open the page in the web browser.")
@click.option("--templates", type=_Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of templates that override the packaged ones.")
@_selection_options
def preview_command(paths, output, open_page, templates, **options):
    """Write one HTML page showing every card, front and back, as Anki will show it.

    Takes the same articles and selection options as build, and writes only the page:
    no package, no lock. The page needs no network and works from a file.

    \b
    Example:
        deck-builder preview cards/ -o preview.html --open
        deck-builder preview cards/ --topic collectivism -o preview.html
    """
    from deck_builder.preview import DEFAULT_OUTPUT, preview, write_preview

    with _collector_paused():
        result = preview(_paths(paths), _selection(options), templates)
    _print_problems(result.problems)
    path = output or DEFAULT_OUTPUT
    write_preview(path, result.html, create_folder=output is None)
    click.echo(f"wrote {path} ({len(result.notes)} notes, {len(result.cards)} cards)")
    if open_page:
        click.launch(str(path.resolve()))
