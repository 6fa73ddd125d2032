"""The pipeline, as a library.

read -> generate -> identify -> render -> changes -> select -> package.

Selection is applied to notes that already have their identity: the lock must see every
note of the articles read, whatever subset is packaged, or it would take an unselected
note for a removed one. identify/render/changes are cheap next to packaging.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import stat
import time
from collections import defaultdict
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from deck_builder import bundled
from deck_builder.anki.package import PackageNotes, package_digest, write_package
from deck_builder.changes import (
    Changes,
    Report,
    carried_rendered,
    carry_unchanged,
    stamp_note_types,
)
from deck_builder.content import Article, Text
from deck_builder.errors import (
    ContentError,
    InterruptedAfterWriting,
    OutputError,
    Problem,
    Problems,
    UsageError,
    display_path,
)
from deck_builder.generate import generate
from deck_builder.identify import NewIdentities, identify
from deck_builder.notes import NoteSpec, OutNote
from deck_builder.parallel import read_and_generate
from deck_builder.readers import find_article_files, read_articles
from deck_builder.render import Renderer
from deck_builder.select import Selection, inventory
from deck_builder.storage.atomic import StagedFiles, write_atomically
from deck_builder.storage.cache import (
    ArticleCache,
    CachedArticle,
    ProblemsText,
    code_digest,
    file_digest,
    load_cache,
    load_outcome,
    load_rendered,
    save_outcome,
    save_rendered,
    settled_stat,
    templates_digest,
)
from deck_builder.storage.lock import (
    LOCK_VERSION,
    Deferred,
    Lock,
    dedupe,
    encoded_notes,
    index_of,
    live_kinds,
    load_lock,
    lock_path_for,
    merge_locks,
    note_counts,
)
from deck_builder.storage.scratch import NoteStore

_PACKAGE_DIR = Path(__file__).resolve().parent


# The last second of year 9999: a time Anki can show, whose milliseconds SQLite can hold.
LATEST_TIME = 253_402_300_799


def build_time() -> int:
    """Seconds for notes that change in this build; SOURCE_DATE_EPOCH pins it for tests."""
    pinned = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not pinned:
        return int(time.time())
    if not (pinned.isascii() and pinned.isdigit() and len(pinned) <= 12
            and int(pinned) <= LATEST_TIME):
        raise UsageError(f"SOURCE_DATE_EPOCH={pinned[:40]!r} is not a time deck-builder can "
                         f"use: give seconds since 1970, from 0 to {LATEST_TIME}, or unset it")
    return int(pinned)


def default_content_paths() -> list[Path]:
    """./cards when there is one, else the article bundled with the package."""
    local = Path("cards")
    if local.is_dir():
        return [local]
    return [bundled("cards")]


@dataclass(frozen=True)
class BuildOptions:
    """How to build, beyond which articles: each field's default is the CLI's."""

    output: Path | None = None  # a .apkg file or a folder; None: build/
    selection: Selection | None = None  # None: every note
    templates: Path | None = None  # a folder whose templates override the packaged ones
    root_deck: str | None = None  # put every article's deck under this one
    split_by: str | None = None  # one package per group (select.SPLIT_BY)
    dry_run: bool = False  # plan and report; write nothing
    now: int | None = None  # seconds for changed notes; None: build_time()
    use_cache: bool = True  # skip files the build cache vouches for (storage/cache.py)
    jobs: int | None = None  # processes to read and generate with (parallel.py); None: a core each


@dataclass
class Plan:
    """Everything a build would write, computed without writing anything."""

    articles: list[Article]  # those reused from the build cache have no content
    notes: list[OutNote]  # every note of the articles read, removed ones included
    decks: dict[str, str]  # article id -> deck name
    locks: list[Lock]
    report: Report
    problems: Problems  # every problem: its warnings() are what a build prints
    renderer: Renderer
    models: dict  # kind -> genanki.Model, as packaged
    model_mods: dict[int, int]  # note type id -> its mod (changes.stamp_note_types)
    # For the build cache, per lock: what to remember of each article file.
    caches: dict[Path, ArticleCache] = field(default_factory=dict)
    cache_records: dict[Path, dict[str, CachedArticle]] = field(default_factory=dict)
    templates_digest: str = ""
    reused: int = 0  # article files the cache let this build skip
    # Per lock, what the cache keeps of its notes' output (storage/cache.load_rendered).
    rendered: dict[Path, dict] = field(default_factory=dict)
    media: dict[str, Path] = field(default_factory=dict)  # every image file, by media name
    # Planned with carry=False: article id -> how many live notes it has, for each article
    # the cache vouched for, whose notes are then not in `notes` (plan_build).
    uncarried: dict[str, int] | None = None


@dataclass
class Output:
    path: Path
    notes: list[OutNote]
    group: str | None = None
    # False when the file there already held exactly this package and was left alone.
    written: bool = True
    digest: str | None = None  # anki.package.package_digest of its notes, with the cache
    # How many notes it holds, when `notes` is not known: a build that found nothing
    # changed from the digests alone (_unchanged_build) loads no notes.
    count: int | None = None

    @property
    def note_count(self) -> int:
        return len(self.notes) if self.count is None else self.count


@dataclass
class BuildResult:
    plan: Plan
    outputs: list[Output] = field(default_factory=list)
    written_locks: list[Path] = field(default_factory=list)


def plan_build(paths: list[Path], options: BuildOptions | None = None, track=None,
               carry: bool = True) -> Plan:
    """Read, generate, identify and render; `track(label, items)`, when given, returns
    `items` to iterate over while it shows progress (the CLI's progress bars).

    With `options.use_cache`, an article file the build cache (storage/cache.py) vouches
    for is not read: its notes are the lock's entries, exactly what reading it would give.
    Only the options that decide the notes count here, not where they are written.

    With `carry=False` those notes are left out of `plan.notes` altogether (`plan.uncarried`
    counts them) and the cache's rendered notes of their lock are neither loaded nor
    written: for sync, which needs only what changed when the collection holds the rest
    (anki/sync.py). Where the cache vouches for no file, the plan is as with `carry`.

    Each article's notes get their identity, are rendered and go into `plan.notes`, a
    scratch database on disk (storage/scratch.NoteStore), as soon as the article is read,
    with what the build cache keeps of them: memory grows with the largest article, not
    with the course. The lock keeps every note's identity.
    """
    options = options or BuildOptions()
    templates, root_deck, use_cache = options.templates, options.root_deck, options.use_cache
    now = build_time() if options.now is None else options.now
    renderer = Renderer(templates)
    templates_sha = templates_digest(renderer.folders) if use_cache else ""
    locks: dict[Path, Lock] = {}
    caches: dict[Path, ArticleCache] = {}
    reused: dict[Path, CachedArticle] = {}

    stores: dict[Path, dict] = {}  # lock -> the notes its last build rendered (the cache's)
    stats: dict[Path, tuple | None] = {}  # every file's, for the cache's records
    reuse = (_cache_reuser(caches, reused,
                           _lock_vouches(locks, templates_sha, stores if carry else None),
                           stats)
             if use_cache else None)
    # The course's locks, in the order of their files, loaded before any article is read
    # so that each article's notes can be given their identity as soon as it is.
    files = find_article_files(paths)
    lock_paths = list(dict.fromkeys(lock_path_for(f) for f in files))
    for lock_path in lock_paths:
        cache = None
        if use_cache:
            cache = _cache_at(caches, lock_path)
        _lock_at(locks, lock_path, cache)
    group_locks = [locks[lock_path] for lock_path in lock_paths]
    report = Report()
    # Locks each fine on their own can share ids (two courses started apart, built as one).
    # (load_lock dedupes each lock on its own.)
    report.notices += [r for lock in group_locks for r in lock.repairs] + (
        dedupe(group_locks) if len(group_locks) > 1 else [])
    fresh = NewIdentities(now, group_locks)
    changes = {lock_path: Changes(locks[lock_path], now) for lock_path in lock_paths}
    notes = NoteStore()
    counts: dict[str, dict[str, int]] = defaultdict(dict)  # article -> kind -> notes
    read_in: set[Path] = set()  # the locks of the articles read
    # Identities are handed out lock after lock, as they always were: the first lock's
    # articles as they are read, the others' (a build of several folders) after.
    pending: dict[Path, list[tuple]] = defaultdict(list)

    @functools.cache  # (a local `cache` shadows the bare name here)
    def whole(lock_path: Path) -> bool:
        """Whether the lock's rendered notes are kept, as a build keeps them: always when
        carrying, else when the cache vouched for no file of the lock. Kept per lock: the
        cache is asked of every file before the first article is settled (read_and_generate),
        and scanning `reused` again for each article read was articles x reused."""
        return carry or not any(lock_path_for(path) == lock_path for path in reused)

    def settle(lock_path: Path, article: Article, specs: list[NoteSpec], sources) -> None:
        lock = locks[lock_path]
        read_in.add(lock_path)
        identities, removed = identify(specs, lock, [article.id], now, fresh)
        # Rendered one at a time as Changes takes them: a note that did not change keeps
        # the lock's strings and its freshly rendered ones are freed at once.
        rendered = (renderer.render(spec, identity, sources)
                    for spec, identity in _let_go(specs, identities))
        kept_whole = whole(lock_path)
        # A note just removed is packaged once more, from the cache's rendered notes.
        store = (_store_at(stores, lock_path)
                 if kept_whole or any(not gone.entry.get("removed") for gone in removed)
                 else {})
        out, kept = changes[lock_path].add(rendered, removed, [article.id], store)
        changes[lock_path].as_text(article.id)
        notes.extend(out)
        if kept_whole:
            for article_id, rendered_notes in kept.items():
                notes.keep_rendered(str(lock_path), article_id, encoded_notes(rendered_notes))

    def take(article: Article, specs: list[NoteSpec], sources) -> None:
        kinds = counts[article.id]
        for spec in specs:
            kinds[spec.kind] = kinds.get(spec.kind, 0) + 1
        lock_path = lock_path_for(article.path)
        if lock_path == lock_paths[0]:
            settle(lock_path, article, specs, sources)
        else:
            pending[lock_path].append((article, specs, sources))

    # A ContentError if there are none. The plan keeps only an outline of each article.
    articles, problems, generated = read_and_generate(paths, track, reuse, options.jobs, take,
                                                   files)
    for lock_path in lock_paths:
        for waiting in pending.pop(lock_path, []):
            settle(lock_path, *waiting)
    found = problems + generated.problems
    problems = Problems(found, list(reused.items()))
    by_lock: dict[Path, list[Article]] = defaultdict(list)
    for article in articles:
        by_lock[lock_path_for(article.path)].append(article)
    carried_kept: dict[Path, dict] = defaultdict(dict)
    uncarried: dict[str, int] = {}
    for article in articles:
        if article.path in reused and not carry:
            uncarried[article.id] = sum(reused[article.path].counts.values())
        elif article.path in reused:
            lock_path = lock_path_for(article.path)
            carried, carried_report, carried_kept[lock_path][article.id] = carry_unchanged(
                locks[lock_path], article.id, _store_at(stores, lock_path))
            notes.extend(carried)
            changes[lock_path].report.absorb(carried_report)
    new_locks: list[Lock] = []
    rendered_notes: dict[Path, dict] = {}
    for lock_path, group in by_lock.items():
        lock = locks[lock_path]
        new_lock, group_report = changes[lock_path].finish()
        # What the cache keeps of the notes rendered: this build's, and the last build's
        # for articles of the lock it did not read.
        if whole(lock_path):
            done = {a.id for a in group}
            store = _store_at(stores, lock_path)
            rendered_notes[lock_path] = {
                **{a: n for a, n in store.items() if a not in done and a in new_lock.articles},
                **carried_kept[lock_path],
                **{a: Deferred(partial(notes.rendered_text, str(lock_path), a))
                   for a in notes.rendered_articles(str(lock_path))}}
        stores.pop(lock_path, None)
        # Nothing read, so nothing changed in it but, after a template edit, the note types.
        new_lock.untouched = (lock_path not in read_in and lock.original is not None
                              and lock.version == LOCK_VERSION)
        new_locks.append(new_lock)
        report.absorb(group_report)
    decks = _deck_names(articles, root_deck)
    models = renderer.genanki_models()
    model_mods = stamp_note_types(models, new_locks, now)
    for new_lock in new_locks:
        new_lock.untouched &= new_lock.note_types == locks[new_lock.path].note_types
    plan = Plan(articles, notes, decks, new_locks, report, problems, renderer, models,
                model_mods, templates_digest=templates_sha, reused=len(reused),
                rendered=rendered_notes, media=_media(articles, reused),
                uncarried=None if carry else uncarried)
    if use_cache:
        plan.caches = caches  # every lock's: the reuser loaded one for each file read
        plan.cache_records = _cache_records(by_lock, reused, counts, found, stats)
    return plan


def _media(articles: list[Article], reused: dict[Path, CachedArticle]) -> dict[str, Path]:
    """Every image file the notes may show, by its name in the package (Image.media_name)."""
    media = {image.media_name: image.path for article in articles
             for image in article.images if not image.remote}
    media.update((name, Path(file)) for record in reused.values() for file, name in record.images)
    return dict(sorted(media.items()))


def _deck_names(articles: list[Article], root_deck: str | None) -> dict[str, str]:
    """Article id -> its deck's full name; empty parts (`::Lead::`, `A::::B`) are dropped, as
    Anki would otherwise make decks named by a blank."""
    root = _deck_parts(root_deck or "")
    if root_deck is not None and not root:
        raise UsageError(f"--root-deck {root_deck!r} names no deck; give a name such as "
                         "'Psychology' or 'School::Psychology'")
    decks, problems = {}, []
    for article in articles:
        parts = _deck_parts(article.deck)
        if not parts:
            problems.append(Problem(display_path(article.path), 0, "deck",
                                    f"{article.deck!r} names no deck; write a name, or remove "
                                    "`deck:` to use the title"))
        decks[article.id] = "::".join(root + parts)
    if problems:
        raise ContentError(problems)
    return decks


def _deck_parts(name: str) -> list[str]:
    return [part.strip() for part in name.split("::") if part.strip()]


def _lock_at(locks: dict[Path, Lock], lock_path: Path, cache: ArticleCache | None = None
             ) -> Lock:
    """The lock at `lock_path`, loaded once into `locks`; not parsed when its bytes are
    those the build cache says this code wrote (load_lock's `trusted`)."""
    if lock_path not in locks:
        trusted = cache.lock if cache is not None and cache.code == code_digest() else None
        index = cache.lock_index(trusted) if trusted is not None else None
        locks[lock_path] = load_lock(lock_path, trusted, index)
    return locks[lock_path]


def _cache_at(caches: dict[Path, ArticleCache], lock_path: Path) -> ArticleCache:
    """The build cache next to `lock_path`, loaded once into `caches`."""
    if lock_path not in caches:
        caches[lock_path] = load_cache(lock_path.parent)
    return caches[lock_path]


def _store_at(stores: dict[Path, dict], lock_path: Path) -> dict:
    """The notes the last build rendered next to `lock_path`, loaded once into `stores`."""
    if lock_path not in stores:
        stores[lock_path] = load_rendered(lock_path.parent)
    return stores[lock_path]


def _lock_vouches(locks: dict[Path, Lock], templates: str | None,
                  stores: dict[Path, dict] | None):
    """A `vouch` for _cache_reuser: the record of a file whose notes its lock holds as
    reading it with these templates would make them (None: rendering nothing, `list`), and
    whose rendered notes the cache has (the lock holds identity, not output); `stores`
    None: a plan that will not carry the notes, so needs no rendered notes."""

    def vouch(cache: ArticleCache, path: Path, sha: str) -> CachedArticle | None:
        lock_path = lock_path_for(path)
        if lock_path not in locks and not lock_path.exists():
            return None
        lock = _lock_at(locks, lock_path, cache)
        record = cache.reusable(path, sha, templates, lock.original)
        # A record is only a summary: it is used when the lock holds the notes it counts,
        # never trusted on its own (a damaged or forged one would build an empty deck).
        if record is None or not _lock_holds(lock, record):
            return None
        if stores is None:
            return record
        return record if carried_rendered(lock, record.id, _store_at(stores, lock_path)) \
            else None

    return vouch


def _lock_holds(lock: Lock, record: CachedArticle) -> bool:
    """Whether the lock has the article's notes, as many of each kind as the record says."""
    return live_kinds(lock, record.id) == record.counts


def _cache_reuser(caches: dict[Path, ArticleCache], reused: dict[Path, CachedArticle], vouch,
                  stats: dict[Path, tuple] | None = None):
    """A `reuse` for read_articles: a contentless article for each file that
    `vouch(cache, path, sha)` finds a record of; the records go into `reused`, and
    every file's settled_stat, taken before its bytes are read, into `stats`."""

    def reuse(path: Path) -> Article | None:
        stat = settled_stat(path)
        if stats is not None:
            stats[path] = stat
        cache = _cache_at(caches, lock_path_for(path))  # one cache per lock, next to it
        if not cache.records:
            return None
        try:
            sha = cache.digest(path, stat)
        except OSError:
            return None  # the reader says what is wrong with it
        record = vouch(cache, path, sha)
        if record is None:
            return None
        reused[path] = record
        return _outline_of(record, path, sha)

    return reuse


def _outline_of(record: CachedArticle, path: Path, sha: str) -> Article:
    """The contentless article a cache record stands for."""
    return Article(record.id, record.title, record.deck, path, id_line=record.id_line,
                   digest=sha, skipped=tuple(Text(what, line) for line, what in record.skipped))


def _let_go(specs: list[NoteSpec], identities: list):
    """Each spec with its identity, dropped from the lists as it is handed out."""
    for index in range(len(specs)):
        spec, specs[index] = specs[index], None
        identity, identities[index] = identities[index], None
        yield spec, identity


def _cache_records(by_lock: dict[Path, list[Article]], reused: dict[Path, CachedArticle],
                   counts: dict[str, dict[str, int]],
                   problems: list[Problem], stats: dict[Path, tuple | None]
                   ) -> dict[Path, dict[str, CachedArticle]]:
    """What the cache remembers of every article of this build, should it succeed."""
    problems_of: dict[str, list[Problem]] = defaultdict(list)
    for problem in sorted(problems):
        problems_of[problem.file].append(problem)
    records: dict[Path, dict[str, CachedArticle]] = {}
    for lock_path, group in by_lock.items():
        records[lock_path] = {}
        for article in group:
            if article.path in reused:
                record = reused[article.path].with_stat(stats.get(article.path))
            else:
                record = CachedArticle(
                    article.digest, article.id, article.title, article.deck, article.id_line,
                    dict(sorted(counts[article.id].items())),
                    tuple((item.line, item.value) for item in article.skipped),
                    ProblemsText.of((p.line, p.field, p.message, p.severity)
                                    for p in problems_of[display_path(article.path)]),
                    tuple(sorted({(str(i.path), i.media_name) for i in article.images
                                  if not i.remote})), stats.get(article.path))
            records[lock_path][article.path.name] = record
    return records


@dataclass
class CheckResult:
    articles: int
    counts: dict[str, int]  # note kind -> notes
    problems: list[Problem]
    skipped: list[tuple[str, int, str]]  # (file, line, what): content that made no note
    reused: int  # article files the cache vouched for


def check(paths: list[Path], use_cache: bool = True, jobs: int | None = None) -> CheckResult:
    """Read and generate without writing; a file unchanged since it last built (storage/cache.py)
    is known to read as it did then, with the same notes, problems and skipped content."""
    caches: dict[Path, ArticleCache] = {}
    reused: dict[Path, CachedArticle] = {}
    reuse = _cache_reuser(caches, reused, lambda cache, path, sha: cache.checked(path, sha))
    counts: dict[str, int] = defaultdict(int)

    def tally(article: Article, specs: list[NoteSpec], sources) -> None:
        """Each article's notes counted as it is read, and let go: none are kept."""
        for spec in specs:
            counts[spec.kind] += 1

    articles, problems, generated = read_and_generate(paths, None, reuse if use_cache else None,
                                                      jobs, tally)
    for record in reused.values():
        for kind, count in record.counts.items():
            counts[kind] += count
    skipped = [(display_path(article.path), item.line, item.value)
               for article in articles for item in article.skipped]
    problems += [p for path, record in reused.items() for p in record.problems_in(path)]
    return CheckResult(len(articles), dict(sorted(counts.items())),
                       sorted(problems + generated.problems), skipped, len(reused))


def list_notes(paths: list[Path], selection: Selection | None = None,
               use_cache: bool = True) -> dict[str, dict[str, int]]:
    """What there is to choose from, with note counts. A file unchanged since it last
    built (storage/cache.py) is not read: what its notes can be chosen by is in the lock."""
    caches: dict[Path, ArticleCache] = {}
    reused: dict[Path, CachedArticle] = {}
    locks: dict[Path, Lock] = {}
    stores: dict[Path, dict] = {}
    reuse = (_cache_reuser(caches, reused, _lock_vouches(locks, None, stores)) if use_cache
             else None)
    articles, _ = read_articles(paths, None, reuse)
    facets = [spec.facets for spec in
              generate([a for a in articles if a.path not in reused]).notes]
    for article in articles:
        if article.path in reused:
            lock_path = lock_path_for(article.path)
            carried, _, _ = carry_unchanged(locks[lock_path], article.id, stores[lock_path])
            facets += [note.facets for note in carried if note.status != "removed"]
    return inventory((selection or Selection()).choose(facets, lambda f: f))


def select_notes(plan: Plan, selection: Selection) -> list[OutNote] | NoteStore:
    """The plan's notes that `selection` chooses: all of them (as the plan keeps them, on
    disk) when it chooses everything."""
    if selection.is_everything:
        return plan.notes
    return selection.choose(plan.notes, lambda n: n.facets)


def group_notes(notes: list[OutNote], split_by: str) -> dict[str, list[OutNote]]:
    groups: dict[str, list[OutNote]] = defaultdict(list)
    for note in notes:
        value = getattr(note.facets, split_by)
        groups[value.split("::")[0] if split_by == "topic" else value].append(note)
    return dict(sorted(groups.items()))


def output_paths(plan: Plan, output: Path | None, paths: list[Path],
                 groups: list[str] | None) -> list[Path]:
    """Where each package goes: `-o FILE.apkg`, or a folder (default build/) and a name."""
    if groups is not None:
        folder = output or Path("build")
        if _names_a_package(folder):
            raise OutputError(f"--split-by writes one package per group: give -o a folder, "
                              f"not {display_path(folder)}")
        return [_in_folder(folder, f"{_file_name(g)}.apkg", create=output is None) for g in groups]
    if output is not None and _names_a_package(output) and not output.is_dir():
        if not output.parent.exists():
            raise OutputError(f"cannot write {display_path(output)}: folder "
                              f"{display_path(output.parent)} does not exist")
        return [output]
    if len(plan.articles) == 1:
        name = plan.articles[0].id
    else:
        first = paths[0].resolve()
        name = first.name if first.is_dir() else "deck"
    return [_in_folder(output or Path("build"), f"{_file_name(name)}.apkg",
                       create=output is None)]


def _names_a_package(path: Path) -> bool:
    """`deck.apkg`, `Deck.APKG` and `out/.apkg` (a hidden file's name is all suffix)."""
    return path.name.casefold().endswith(".apkg")


def _file_name(value: str) -> str:
    return value.replace("::", "-").replace("/", "-") or "deck"


def _in_folder(folder: Path, name: str, create: bool) -> Path:
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"cannot write into {display_path(folder)}: it is a file, not a folder")
    if not folder.exists():
        if not create:
            raise OutputError(f"cannot write into {display_path(folder)}: no such folder "
                              "(end the name with .apkg to name the package file)")
        folder.mkdir(parents=True, exist_ok=True)
    return folder / name


def build(paths: list[Path], options: BuildOptions | None = None, track=None) -> BuildResult:
    """Plan the build, then write its packages and locks (none with `dry_run`); `track` as
    for plan_build."""
    options = options or BuildOptions()
    output, split_by, dry_run = options.output, options.split_by, options.dry_run
    if options.use_cache and not dry_run:
        if options.now is None:
            build_time()  # a SOURCE_DATE_EPOCH it cannot use is an error on every build
        unchanged = _unchanged_build(paths, options)
        if unchanged is not None:
            return unchanged
    plan = plan_build(paths, options, track)
    chosen = select_notes(plan, options.selection or Selection())
    if split_by:
        groups = group_notes(chosen, split_by)
        targets = output_paths(plan, output, paths, list(groups)) if not dry_run else []
        outputs = [Output(p, n, g) for p, (g, n) in zip(targets, groups.items(), strict=False)]
    else:
        targets = output_paths(plan, output, paths, None) if not dry_run else []
        outputs = [Output(p, chosen) for p in targets]
    result = BuildResult(plan, outputs)
    if dry_run:
        return result
    # Everything is written to temporary files first and renamed into place at the end,
    # the lock only after every package: a build that fails or is interrupted part way
    # leaves the old packages and the old lock, which still describes what they hold.
    with StagedFiles() as staged:
        for out in outputs:
            notes = _with_decks(out.notes, plan.decks)
            if plan.caches:
                out.digest = package_digest(notes, plan.models, plan.model_mods)
                if any(cache.package(out.path, out.digest) for cache in plan.caches.values()):
                    out.written = False  # what it would write is there: leave it, and its mtime
                    continue
            staged.add(out.path, lambda handle, notes=notes, path=out.path: write_package(
                handle, notes, plan.models, plan.model_mods, track, beside=path,
                media=plan.media))
        digests = _stage_locks(plan, staged, result.written_locks)
        staged.commit()
    # The packages and locks are in place: the build has succeeded, whatever happens next.
    try:
        _save_caches(plan, digests, outputs)
        _save_outcome(plan, paths, options, digests, outputs)
    except KeyboardInterrupt:
        raise InterruptedAfterWriting([str(o.path) for o in outputs if o.written]
                                      + [str(p) for p in result.written_locks]) from None
    return result


def _with_decks(notes: list[OutNote] | NoteStore, decks: dict[str, str]) -> PackageNotes:
    """The notes of a package with their decks, read back in note-id order as asked."""
    if not isinstance(notes, NoteStore):
        return PackageNotes.of([(n, decks[n.article]) for n in notes])
    last_mod, last_id, articles = notes.summary()
    return PackageNotes(lambda: ((n, decks[n.article]) for n in notes.by_id()), len(notes),
                        last_mod, last_id, sorted({decks[a] for a in articles}))


def _build_key(paths: list[Path], options: BuildOptions, templates_sha: str,
               files: list[tuple[str, str]], lock_sha: str) -> str:
    """A digest of everything a build's packages and lock are made from: the article files'
    bytes, the lock's, the templates, deck-builder's code, the options that decide the
    notes and where they go (and the folder relative paths start from)."""
    selection = options.selection or Selection()
    chosen = [sorted((d, list(p)) for d, p in choice.items() if p)
              for choice in (selection.include, selection.exclude)]
    inputs = [code_digest(), templates_sha, lock_sha, files, os.getcwd(),
              [str(p) for p in paths], repr(options.output), repr(options.templates),
              chosen, options.root_deck, options.split_by]
    return hashlib.sha256(json.dumps(inputs).encode()).hexdigest()  # ASCII: any file name


def _unchanged_build(paths: list[Path], options: BuildOptions) -> BuildResult | None:
    """The result of a build that would change nothing, decided from digests alone; None
    when anything may have changed.

    The last build remembered (storage/cache.load_outcome) a digest of all it was made
    from and the packages it left. When the article files, the lock, the templates, the
    code and the options give that digest again, and the packages are still those bytes,
    a build would read nothing, package the same notes and write the same files: the lock
    and the notes need not even be loaded. A course of one folder (one lock) only."""
    files = find_article_files(paths)
    locks = {lock_path_for(file) for file in files}
    if len(locks) != 1:
        return None
    (lock_path,) = locks
    outcome = load_outcome(lock_path.parent)
    if outcome is None:
        return None
    renderer = Renderer(options.templates)
    try:
        shas = [_regular_digest(file) for file in files]
        lock_sha = _regular_digest(lock_path)
        templates_sha = templates_digest(renderer.folders)
    except OSError:
        return None  # the ordinary build says what is wrong
    named = [(str(file), sha) for file, sha in zip(files, shas, strict=True)]
    if outcome["key"] != _build_key(paths, options, templates_sha, named, lock_sha):
        return None
    cache = load_cache(lock_path.parent)
    if not cache.reusable_for(templates_sha, lock_sha):
        return None
    records = [cache.checked(file, sha) for file, sha in zip(files, shas, strict=True)]
    if None in records:  # an image edited, or the records lost
        return None
    outputs = []
    for package, sha, count, group in outcome["outputs"]:
        try:
            if _regular_digest(Path(package)) != sha:
                return None
        except OSError:
            return None
        outputs.append(Output(Path(package), [], group, written=False, count=count))
    articles = [_outline_of(record, file, sha)
                for record, file, sha in zip(records, files, shas, strict=True)]
    problems = Problems([], list(zip(files, records, strict=True)))
    report = Report(unchanged=outcome["unchanged"], still_removed=outcome["still_removed"])
    plan = Plan(articles, [], {}, [], report, problems, renderer, {}, {},
                templates_digest=templates_sha, reused=len(files))
    return BuildResult(plan, outputs)


def _regular_digest(path: Path) -> str:
    """sha256 of a regular file's bytes; an OSError for anything else (a FIFO put where
    an article or the lock was would block a read for ever)."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with open(descriptor, "rb") as handle:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise OSError(f"{path} is not a regular file")
        digest = hashlib.sha256()
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _save_outcome(plan: Plan, paths: list[Path], options: BuildOptions,
                  lock_digests: dict[Path, str | None], outputs: list[Output]) -> None:
    """Remember what this build wrote and from what, for _unchanged_build; or forget what
    an earlier build remembered, when this one cannot be taken as a whole from digests
    (several locks, a lock not written, something to say again)."""
    folders = {lock_path_for(a.path).parent for a in plan.articles}
    written = [lock for lock in plan.locks if lock_digests.get(lock.path) is not None]
    if not plan.caches or len(folders) != 1 or len(written) != 1:
        return  # not one folder's course, or its lock not written (read-only, bundled)
    (folder,), (lock,) = folders, written
    try:
        if plan.report.notices or lock.path.parent != folder or not outputs:
            save_outcome(folder, None)
            return
        files = [(str(a.path), a.digest) for a in plan.articles]
        key = _build_key(paths, options, plan.templates_digest, files, lock_digests[lock.path])
        counts = [note_counts(lock, a.id) for a in plan.articles]
        save_outcome(folder, {
            "key": key, "unchanged": sum(live for live, _ in counts),
            "still_removed": sum(removed for _, removed in counts),
            "outputs": [[str(o.path), file_digest(o.path), o.note_count, o.group]
                        for o in outputs]})
    except (OSError, OutputError):
        pass  # only an aid: the next build reads what it needs


def write_locks(plan: Plan, digests: dict[Path, str | None] | None = None) -> list[Path]:
    """Write the plan's locks and build cache, and no package (sync puts the notes straight
    into a collection); the locks written. `digests`, when given, gets each lock's digest
    as it is now on disk (None: not written, read-only or bundled)."""
    written: list[Path] = []
    with StagedFiles() as staged:
        found = _stage_locks(plan, staged, written)
        staged.commit()
    _save_caches(plan, found)
    if digests is not None:
        digests.update(found)
    return written


def _stage_locks(plan: Plan, staged: StagedFiles, written_locks: list[Path]) -> dict:
    """Stage every lock that changed; lock -> the digest of its bytes after this build."""
    digests: dict[Path, str | None] = {}
    for lock in plan.locks:
        if lock.path is None or lock.path.resolve().is_relative_to(_PACKAGE_DIR):
            continue  # the bundled example is read-only; copy it out to edit it
        if not os.access(lock.path.parent, os.W_OK):
            plan.report.notices.append(
                f"not writing {display_path(lock.path)}: its folder is read-only")
            continue
        written: list[str] = []
        if lock.untouched:  # known unchanged without encoding it: leave it alone
            digests[lock.path] = lock.original
            continue
        staged.add(lock.path, lambda handle, lock=lock, written=written:
                   written.append(lock.write(handle)))
        digests[lock.path] = written[0]
        if written == [lock.original]:
            staged.drop(lock.path)  # unchanged: leave the file, and its mtime, alone
            continue
        written_locks.append(lock.path)
    return digests


def _save_caches(plan: Plan, lock_digests: dict[Path, str],
                 outputs: list[Output] = ()) -> None:
    """Remember the clean article files of every lock written (or left as it was), and the
    packages written."""
    packages = {}
    for out in outputs:
        if out.digest is not None:
            try:
                packages[str(out.path.resolve())] = [out.digest, file_digest(out.path)]
            except OSError:
                continue
    for lock_path, rendered in plan.rendered.items():
        lock = next(lock for lock in plan.locks if lock.path == lock_path)
        if lock_digests.get(lock_path) is None or lock.untouched:
            continue  # not written (read-only, bundled), or nothing in it changed
        try:
            save_rendered(lock_path.parent, rendered)
        except (OSError, OutputError) as error:
            reason = error.strerror if isinstance(error, OSError) else str(error)
            plan.report.notices.append(
                f"could not write the build cache's notes next to {display_path(lock_path)} "
                f"({reason}); the next build reads every file again")
    for lock_path, cache in plan.caches.items():
        cache.packages.update(packages)
        digest = lock_digests.get(lock_path)
        if digest is None:
            continue
        records = dict(plan.cache_records.get(lock_path, {}))  # every article of the build
        lock = next(lock for lock in plan.locks if lock.path == lock_path)
        if cache.reusable_for(plan.templates_digest, lock.original):
            # Files not in this build: their lock entries were not touched.
            for name, record in cache.records.items():
                records.setdefault(name, record)
        try:
            cache.save(plan.templates_digest, digest, records, index_of(lock))
        except (OSError, OutputError) as error:  # read-only, a full disk, a file in the way
            reason = error.strerror if isinstance(error, OSError) else str(error)
            plan.report.notices.append(
                f"could not write the build cache {display_path(cache.path)} "
                f"({reason}); the next build reads every file again")


def merge_lock_files(ours: Path, theirs: Path) -> list[str]:
    """Both sides of a merged lock written into `ours` (git's merge driver); what was done."""
    lock, taken = merge_locks(load_lock(ours), load_lock(theirs))
    repairs = dedupe([lock])
    write_atomically(ours, lock.write)
    return [f"deck-builder.lock: merged, {taken} note(s) taken from the other side", *repairs]


def forget_removed(paths: list[Path]) -> dict[Path, int]:
    """Drop removed notes from the locks of the articles in `paths`; counts per lock."""
    articles, _ = read_articles(paths)
    forgotten: dict[Path, int] = {}
    for lock_path in sorted({lock_path_for(a.path) for a in articles}):
        lock = load_lock(lock_path)
        count = 0
        for notes in lock.articles.values():
            for key in [k for k, entry in notes.items() if entry.get("removed")]:
                del notes[key]
                count += 1
        if count:
            write_atomically(lock_path, lock.write)
        forgotten[lock_path] = count
    return forgotten
