"""Reading and generating in a pool of processes gives exactly what one process gives.

A course of 17 files is built with one process and with two, from identical copies: the
packages and locks must be the same bytes, the warnings the same, and Anki must show the
same notes. A course with errors must fail with the same messages either way.
"""

from __future__ import annotations

import gc
import re
import shutil

import pytest
from support import DATA, SEED, imported

from deck_builder import parallel
from deck_builder.build import BuildOptions, build, check
from deck_builder.errors import ContentError
from deck_builder.readers import read_article

MARKDOWN = sorted((DATA / "markdown").glob("*.md"))
COPIES = 4


def _course(folder):
    """The seed, and each Markdown article of tests/data four times over (each its own id)."""
    folder.mkdir(parents=True)
    shutil.copy(SEED, folder / SEED.name)
    for extra in (DATA / "markdown").iterdir():  # the images the articles show
        if extra.suffix != ".md":
            (shutil.copytree if extra.is_dir() else shutil.copy)(extra, folder / extra.name)
    for copy in range(COPIES):
        for path in MARKDOWN:
            # Front matter tags go on every note of the article, whichever process reads it.
            text = re.sub(r"(?m)^id: (.+)$", rf"id: \1-{copy}\ntags: [copy-{copy}]",
                          path.read_text("utf-8"), count=1)
            (folder / f"{path.stem}-{copy}.md").write_text(text, encoding="utf-8")
    return folder


def _build(folder, jobs):
    return build([folder], BuildOptions(output=folder.parent / "deck.apkg", now=1_800_000_000,
                                        jobs=jobs))


def test_two_processes_build_the_same_bytes_as_one(tmp_path):
    one = _course(tmp_path / "one" / "cards")
    two = _course(tmp_path / "two" / "cards")
    # One course (its lock's random salt makes new notes' guids), started from its seed.
    build([one / SEED.name], BuildOptions(output=tmp_path / "seed.apkg", now=1_700_000_000))
    shutil.copy(one / "deck-builder.lock", two / "deck-builder.lock")
    files = 1 + COPIES * len(MARKDOWN)
    assert parallel.workers_for(files, 2) == 2  # the pool is used, not the one-process path
    first, second = _build(one, 1), _build(two, 2)
    for name in ("deck.apkg", "cards/deck-builder.lock"):
        assert (one.parent / name).read_bytes() == (two.parent / name).read_bytes(), name
    assert [str(p).replace(str(one), "") for p in first.plan.problems] == \
        [str(p).replace(str(two), "") for p in second.plan.problems]
    assert first.plan.problems  # the course has notes and warnings to compare
    assert [a.id for a in first.plan.articles] == [a.id for a in second.plan.articles]
    built = len(second.outputs[0].notes)
    with imported(tmp_path / "anki", two.parent / "deck.apkg") as col:
        assert col.note_count() == built > 49 * 2
        assert len(col.find_notes("tag:article::tcp-vs-udp-3")) > 0
        assert len(col.find_notes("tag:copy-3 tag:article::conditioning-3")) > 0
        assert col.find_notes("tag:article::conditioning-3 -tag:copy-3") == []


def test_check_counts_the_same_with_two_processes(tmp_path):
    course = _course(tmp_path / "cards")
    one = check([course], use_cache=False, jobs=1)
    two = check([course], use_cache=False, jobs=2)
    assert one.counts == two.counts and sum(two.counts.values()) > 100
    assert one.skipped == two.skipped
    assert [str(p) for p in one.problems] == [str(p) for p in two.problems]


def test_errors_are_the_same_with_two_processes(tmp_path):
    course = _course(tmp_path / "cards")
    broken = course / "tcp-vs-udp-2.md"
    broken.write_text("---\nid: [not, a, name]\n---\n# TCP\n", encoding="utf-8")
    messages = []
    for jobs in (1, 2):
        with pytest.raises(ContentError) as error:
            _build(course, jobs)
        messages.append([str(p) for p in error.value.problems])
    assert messages[0] == messages[1]
    assert any("tcp-vs-udp-2.md" in m for m in messages[1])
    assert not (course / "deck-builder.lock").exists()


def test_a_markdown_article_leaves_nothing_for_the_cycle_collector():
    # The CLI pauses the cycle collector during a build: anything an article leaves in a
    # reference cycle stays in memory until the build ends, so memory would grow with the
    # course instead of with its largest article.
    path = DATA / "markdown" / "mitosis-vs-meiosis.md"
    read_article(path)  # the first read builds caches that live on
    enabled = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        read_article(path)
        # The article's tree, left tied, is about 700 objects here (2,000 in a benchmark
        # article); what remains are a few small trees of inline fragments.
        assert gc.collect() < 150
    finally:
        if enabled:
            gc.enable()
