"""Read and generate articles in a pool of processes, one article at a time.

Reading (the parsers and deck-builder's walk over what they give) and generating are two
thirds of a first build, and each article is read and generated on its own: nothing an
article makes depends on another. So a course of many articles is spread over the
machine's cores, and what comes back is exactly what reading and generating them in one
process would give, in the same order: the articles (outlines: the plan keeps no more of
them), their note specs, sources and problems. Identity, rendering and packaging stay in
the calling process, which holds the lock.

A worker sends back an article's specs, not its content: one pickled message a few tens
of KB long, about 5% of what it took to make. Fewer than MIN_FILES files, or one core,
and nothing is started.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from pathlib import Path

from deck_builder import readers
from deck_builder.content import Article
from deck_builder.errors import ContentError, Problem
from deck_builder.generate import Generated, generate
from deck_builder.readers import find_article_files, read_articles
from deck_builder.readers.images import search_roots

# Below this many files to read, starting processes costs more than it saves.
MIN_FILES = 16
_CHUNK = 4  # files per message to a worker


def outline(article: Article) -> Article:
    """The article without its content: what a plan, a preview and the cache need of it,
    and its notes' tags (NoteSpec.tags)."""
    return Article(article.id, article.title, article.deck, article.path,
                   skipped=article.skipped, tags=article.tags, id_line=article.id_line,
                   digest=article.digest, images=article.images)


def workers_for(files: int, jobs: int | None) -> int:
    """How many processes to read `files` files with; 1 means this one alone."""
    if jobs is None:
        jobs = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") \
            else os.cpu_count() or 1
    return max(1, min(jobs, files // (MIN_FILES // 2))) if files >= MIN_FILES else 1


def read_and_generate(paths: Iterable[Path], track=None,
                      reuse: Callable[[Path], Article | None] | None = None,
                      jobs: int | None = None, take=None, files: list[Path] | None = None
                      ) -> tuple[list[Article], list[Problem], Generated]:
    """read_articles, then generate over the articles read (not those `reuse` gave): their
    results, with `jobs` processes (None: one per core). The articles are outlines.

    `take(article, specs, sources)`, when given, gets each article's notes as soon as it
    is read, in the order of the files, and they are not kept in the result."""
    paths = list(paths)
    files = find_article_files(paths) if files is None else files  # the caller's listing
    reused = {}
    if reuse:
        for path in files:
            article = reuse(path)
            if article is not None:
                reused[path] = article
    to_read = [p for p in files if p not in reused]
    workers = workers_for(len(to_read), jobs)
    generated = Generated([], [], {})
    # Each article is generated as soon as it is read, and only its outline and notes are
    # kept: a course's content is never all in memory at once. With workers, this process
    # reads one chunk in `workers` itself while the pool reads the others: it would
    # otherwise wait idle for their results, and each worker is a copy of it in memory.
    ours = ({path for start in range(0, len(to_read), _CHUNK * workers)
             for path in to_read[start:start + _CHUNK]} if workers > 1 else set(to_read))
    with _pool(workers - 1, paths) as pool:
        results = pool.imap(_read_and_generate, [p for p in to_read if p not in ours],
                            _CHUNK) if pool else iter(())

        def read(path: Path) -> tuple[Article, list[Problem]]:
            """`path`'s result, made here or the pool's next: read_articles asks in the
            order sent."""
            article, warnings, notes, sources, problems, error = (
                _read_and_generate(path, collect=len(to_read) > 1,
                                   split=workers == 1 and jobs != 1) if path in ours
                else next(results))
            if error is not None:
                raise error
            generated.problems.extend(problems)
            if take is not None:
                take(article, notes, sources)
            else:
                generated.notes.extend(notes)
                generated.sources[article.id] = sources
            return article, warnings

        # The files found once: listing a folder of 2,000 articles is not free.
        articles, problems = read_articles(paths, track, reused.get, read, files)
    return articles, problems, generated


@contextmanager
def _pool(processes: int, paths: list[Path]):
    """A pool of `processes` workers reading for `paths`; None for none."""
    if processes < 1:
        yield None
        return
    context = multiprocessing.get_context("fork" if "fork" in
                                          multiprocessing.get_all_start_methods() else "spawn")
    with context.Pool(processes, initializer=_start_worker, initargs=(paths,)) as pool:
        yield pool


def _start_worker(paths: list[Path]) -> None:
    # Obsidian embeds are looked up in the build's folders (readers/images.search_roots):
    # the worker reads for the whole build, so it keeps them until it ends.
    search_roots(paths).__enter__()
    # Ctrl-C reaches every process of the group: the main one stops the pool and says so.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)


def _read_and_generate(path: Path, collect: bool = True, split: bool = False):
    """One article read and generated: (outline, warnings, specs, sources, problems, error);
    `collect` False when it is the only one read (sync of an edit): its cycles go with the
    process, and the collection would scan all that was made before it for nothing.
    `split`: no pool is reading, so a large article may use a second core to generate."""
    try:
        article, warnings = readers.read_article(path)  # the module's: tests count reads
    except ContentError as error:
        return None, [], [], {}, [], error
    generated = generate([article], split=split)
    short = outline(article)
    for spec in generated.notes:
        spec.article = short  # the specs need its id, title and path, not its content
    del article
    if collect and not gc.isenabled():
        # The cycle collector is paused for the build (cli.py), and markdown-it's parser
        # states and syntax trees hold cycles: without this every article's would stay in
        # memory to the end. The youngest generation is what this article made, so the
        # scan costs as much as the article's allocations, and what is kept moves out of it.
        gc.collect(0)
    return short, warnings, generated.notes, generated.sources.get(short.id, {}), \
        generated.problems, None
