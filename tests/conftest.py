from __future__ import annotations

import os
from contextlib import ExitStack
from pathlib import Path

import pytest
from hypothesis import settings
from support import GOOD, SEED, copy_seed, imported, run

# CI (.ci/run sets CI) runs the property tests on the same examples every time, so a red CI
# is reproducible and never a roll of the dice; a developer's run explores new examples
# (`HYPOTHESIS_PROFILE=ci` repeats CI's).
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "default"))


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """The bundled article built once through the CLI, as `deck-builder build` does."""
    folder = tmp_path_factory.mktemp("seed")
    article = copy_seed(folder / "cards")
    apkg = folder / "seed.apkg"
    result = run("build", article, "-o", apkg)
    return apkg, result.output


@pytest.fixture()
def seed_collection(seed_build, tmp_path):
    """A fresh Anki collection with the seed deck imported into it."""
    with imported(tmp_path / "anki", seed_build[0]) as col:
        yield col


@pytest.fixture(scope="session")
def seed_page(seed_build, tmp_path_factory):
    """The preview of the article the seed package was built from, written by the CLI."""
    article = seed_build[0].parent / "cards" / SEED.name
    page = tmp_path_factory.mktemp("preview") / "preview.html"
    result = run("preview", article, "-o", page)
    return page, result.output


@pytest.fixture()
def collection(tmp_path):
    """Opens collections that each import one package; all are closed after the test."""
    with ExitStack() as opened:

        def open_with(apkg: Path, name: str = "anki"):
            return opened.enter_context(imported(tmp_path / name, apkg))

        yield open_with


@pytest.fixture()
def built(tmp_path, monkeypatch):
    """A folder with one good article, built once: the deck and lock a user has."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cards").mkdir()
    (tmp_path / "cards" / "a.yaml").write_text(GOOD, encoding="utf-8")
    run("build")
    assert (tmp_path / "build" / "a.apkg").is_file()
    assert (tmp_path / "cards" / "deck-builder.lock").is_file()
    return tmp_path
