"""A rebuild that would change nothing is decided from digests alone (issue 20).

The last build remembers (.deck-builder-cache/build.json) a digest of everything it was
made from and the packages it wrote; a build that finds the same digest and the same
packages says they are up to date without loading the lock or any note. It must say
exactly what the full build says, and anything that changes what a build makes must
take the full build.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from support import SEED, copy_seed, imported, restored, run

from deck_builder.build import BuildOptions, build
from deck_builder.storage.cache import BUILD_FILE, CACHE_DIR

NOW = "1900000000"


@pytest.fixture(scope="module")
def _built_once(tmp_path_factory):
    """The seed built twice, the second time with one of its notes removed, once."""
    home = tmp_path_factory.mktemp("built") / "a"
    cards = home / "cards"
    copy_seed(cards)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", NOW)
        run("build", cards, "-o", cards.parent / "deck.apkg")
        text = (cards / SEED.name).read_text(encoding="utf-8")
        start = text.index('          - label: "Groupthink"')
        end = text.index("          - label:", start + 10)
        (cards / SEED.name).write_text(text[:start] + text[end:], encoding="utf-8")
        run("build", cards, "-o", cards.parent / "deck.apkg")
    assert (cards / CACHE_DIR / BUILD_FILE).is_file()
    return home.rename(home.parent / "as-built"), home


@pytest.fixture
def built(_built_once, tmp_path, monkeypatch) -> Path:
    """The seed built twice, as above, for this test at the path it was built at."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", NOW)
    with restored(*_built_once, tmp_path / "a") as home:
        yield home / "cards"


def _said(cards: Path, *options) -> str:
    out = run("build", cards, "-o", cards.parent / "deck.apkg", *options).output
    return out.replace(str(cards.parent), "FOLDER")


def test_an_unchanged_rebuild_says_what_the_full_build_says(built, tmp_path):
    package, lock = built.parent / "deck.apkg", built / "deck-builder.lock"
    before = (package.stat().st_mtime_ns, lock.stat().st_mtime_ns, package.read_bytes(),
              lock.read_bytes())
    result = build([built], BuildOptions(output=package))
    assert result.plan.locks == [] and result.plan.reused == 1  # nothing loaded
    assert [(o.written, o.note_count) for o in result.outputs] == [(False, 49)]
    quick = _said(built)
    assert "unchanged 48" in quick and "is up to date" in quick
    assert "1 removed note(s) are carried" in quick
    (built / CACHE_DIR / BUILD_FILE).unlink()
    assert _said(built) == quick  # the full build, from the build cache
    assert (built / CACHE_DIR / BUILD_FILE).is_file()
    assert (package.stat().st_mtime_ns, lock.stat().st_mtime_ns, package.read_bytes(),
            lock.read_bytes()) == before
    with imported(tmp_path / "anki", package) as col:
        assert col.note_count() == 49
        assert len(col.find_notes("tag:deck-builder::removed")) == 1


def _wrote(said: str) -> str:
    return re.sub(r"^(?:wrote )?(.*?)(?: is up to date)? \(", r"\1 (", said, flags=re.M)


def _edit_article(cards: Path) -> tuple[str, ...]:
    text = (cards / SEED.name).read_text(encoding="utf-8")
    edited = text.replace("social harmony", "social peace")
    assert edited != text
    (cards / SEED.name).write_text(edited, encoding="utf-8")
    return ()


def _damage_package(cards: Path) -> tuple[str, ...]:
    (cards.parent / "deck.apkg").write_bytes(b"not a package")
    return ()


def _delete_package(cards: Path) -> tuple[str, ...]:
    (cards.parent / "deck.apkg").unlink()
    return ()


def _edit_lock(cards: Path) -> tuple[str, ...]:
    lock = cards / "deck-builder.lock"
    text = lock.read_text(encoding="utf-8")
    lock.write_text(text.replace('"mod":', '"mod": ', 1), encoding="utf-8")  # same JSON
    return ()


def _another_root_deck(cards: Path) -> tuple[str, ...]:
    return ("--root-deck", "School")


def _a_selection(cards: Path) -> tuple[str, ...]:
    return ("--kind", "compare")


def _templates(cards: Path) -> tuple[str, ...]:
    folder = cards.parent / "templates"
    folder.mkdir()
    (folder / "style.css").write_text(".card { color: navy; }\n", encoding="utf-8")
    return ("--templates", folder)


@pytest.mark.parametrize("change", [_edit_article, _damage_package, _delete_package,
                                    _edit_lock, _another_root_deck, _a_selection, _templates])
def test_anything_changed_takes_the_full_build(built, tmp_path, change):
    options = change(built)
    twin = tmp_path / "b" / "cards"
    shutil.copytree(built.parent, twin.parent)
    (twin / CACHE_DIR / BUILD_FILE).unlink()  # the twin can only take the full build
    said = _said(built, *options)
    # The twin's package is elsewhere, where its cache never saw one: it says "wrote".
    assert _wrote(said) == _wrote(_said(twin, *options))
    if change is not _edit_lock:  # the same notes: the lock is rewritten, not the package
        assert "is up to date" not in said
    assert (built.parent / "deck.apkg").read_bytes() == (twin.parent / "deck.apkg").read_bytes()
    assert (built / "deck-builder.lock").read_bytes() == (twin / "deck-builder.lock").read_bytes()
