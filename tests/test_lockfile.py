"""The lock file is rewritten only when what it records changed."""

from __future__ import annotations

import os

from support import copy_seed, run


def test_a_build_that_changes_nothing_leaves_the_lock_file_alone(tmp_path):
    article = copy_seed(tmp_path / "cards")
    run("build", article, "-o", tmp_path / "a.apkg")
    lock = article.parent / "deck-builder.lock"
    before = lock.stat().st_mtime_ns
    os.utime(lock, ns=(before - 10**9, before - 10**9))
    run("build", article, "-o", tmp_path / "b.apkg")
    assert lock.stat().st_mtime_ns == before - 10**9
