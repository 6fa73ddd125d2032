"""Identity that survives teams: courses built together, branches merged by git, courses that
share file names, and items whose names differ only in their symbols (issue 13)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import genanki
import pytest
from support import field_text, import_package, imported, note_containing, run

from deck_builder.storage.lock import load_lock
from deck_builder.text import legacy_slug

PINNED = "1800000000"  # every build in the same second: what clock-numbered ids collided on


@pytest.fixture(autouse=True)
def _same_second(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", PINNED)


def _article(path: Path, title: str, facts: list[str], glossary: str = "") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "\n".join(f"      - {json.dumps(f)}" for f in facts)
    path.write_text(f"title: {title}\nconcepts: [Mitochondria]\n{glossary}" + textwrap.dedent("""\
        sections:
          - title: Cells
            facts:
        """) + body + "\n", encoding="utf-8")


def _lock(folder: Path) -> dict:
    return json.loads((folder / "deck-builder.lock").read_text(encoding="utf-8"))


def _guids(folder: Path) -> dict[str, str]:
    return {f"{a}/{k}": e["guid"] for a, n in _lock(folder)["articles"].items()
            for k, e in n.items()}


def test_two_new_courses_built_together_import_every_note(tmp_path):
    for name in ("a", "b"):
        _article(tmp_path / name / f"cells-{name}.yaml", "Cells",
                 [f"Mitochondria make **ATP** in {name}.", f"Ribosomes make **protein** {name}."])
    result = run("build", tmp_path / "a", tmp_path / "b", "-o", tmp_path / "both.apkg")
    assert "wrote" in result.output
    with imported(tmp_path / "anki", tmp_path / "both.apkg") as col:
        assert col.note_count() == 4
    # Each course on its own, then together again: every id stays and none is shared.
    ids = [e["id"] for f in ("a", "b") for n in _lock(tmp_path / f)["articles"].values()
           for e in n.values()]
    assert len(ids) == len(set(ids)) == 4


def test_two_courses_with_one_glossary_file_never_share_a_note(tmp_path):
    glossary = "glossary: [{term: Mitochondrion, definition: the cell's power plant}]\n"
    for name in ("biology", "medicine"):
        _article(tmp_path / name / "glossary.yaml", "Glossary",
                 [f"Mitochondria are **organelles** ({name})."], glossary)
        run("build", tmp_path / name, "-o", tmp_path / f"{name}.apkg")
    biology, medicine = (set(_guids(tmp_path / n).values()) for n in ("biology", "medicine"))
    assert len(biology) == len(medicine) == 2 and not biology & medicine
    with imported(tmp_path / "anki", tmp_path / "biology.apkg", tmp_path / "medicine.apkg") as col:
        assert col.note_count() == 4
        assert list(col.import_logs[1].updated) == []  # nothing of biology's overwritten
        assert "(biology)" in field_text(note_containing(col, "biology").fields[0])


def test_names_that_differ_only_in_symbols_are_two_notes(tmp_path):
    cards = tmp_path / "cards"
    facts = ["C++ is a **compiled** language.", "C# is a **managed** language."]
    _article(cards / "langs.yaml", "Languages", facts)
    run("build", cards, "-o", tmp_path / "a.apkg")
    keys = sorted(_lock(cards)["articles"]["langs"])
    assert len(keys) == 2 and not any(k.endswith("-2") for k in keys)
    # Deleting the first leaves the second in its own note, with its own history.
    _article(cards / "langs.yaml", "Languages", facts[1:])
    output = run("build", cards, "-o", tmp_path / "b.apkg").output
    assert 'removed 1: "C++ is a compiled language.…"' in output
    with imported(tmp_path / "anki", tmp_path / "a.apkg") as col:
        csharp = note_containing(col, "C# is")
        log = import_package(col, tmp_path / "b.apkg")
        assert (len(log.new), len(log.duplicate)) == (0, 1)
        assert "managed" in field_text(col.get_note(csharp.id).fields[0])
        assert "deck-builder::removed" in note_containing(col, "C++ is").tags


def test_a_lock_written_before_keys_kept_symbols_keeps_every_guid(tmp_path):
    cards = tmp_path / "cards"
    _article(cards / "langs.yaml", "Languages", [
        "C++ is a **compiled** language.", "C# is a **managed** language.",
        "Plain facts keep the **key** they had."])
    run("build", cards, "-o", tmp_path / "a.apkg")
    before = _guids(cards)
    # The lock as the previous release wrote it: symbols dropped, the second "c-is" numbered.
    data = _lock(cards)
    old = {}
    for key, entry in sorted(data["articles"]["langs"].items()):
        legacy = legacy_slug(key)
        old[legacy if legacy not in old else f"{legacy}-2"] = entry
    assert len(old) == 3 and set(old) != set(data["articles"]["langs"])
    data["articles"]["langs"] = old
    (cards / "deck-builder.lock").write_text(json.dumps(data), encoding="utf-8")
    output = run("build", cards, "-o", tmp_path / "b.apkg").output
    assert "added 0" in output and "removed 0" in output
    assert sorted(_guids(cards).values()) == sorted(before.values())


def _built_cells(tmp_path: Path) -> tuple[Path, dict]:
    """A course of two notes, built once: its folder and its lock's data, to damage."""
    cards = tmp_path / "cards"
    _article(cards / "cells.yaml", "Cells",
             ["Mitochondria make **ATP**.", "Ribosomes make **protein**."])
    run("build", cards, "-o", tmp_path / "a.apkg")
    return cards, _lock(cards)


def test_the_lock_loader_gives_a_duplicate_id_and_guid_fresh_ones(tmp_path):
    cards, data = _built_cells(tmp_path)
    first, second = (data["articles"]["cells"][k] for k in sorted(data["articles"]["cells"]))
    second["id"], second["guid"] = first["id"], first["guid"]
    (cards / "deck-builder.lock").write_text(json.dumps(data), encoding="utf-8")
    output = run("build", cards, "-o", tmp_path / "b.apkg").output
    assert "gave 1 note(s) a new note id" in output
    assert "gave 1 note(s) a new guid" in output
    lock = load_lock(cards / "deck-builder.lock")
    entries = list(lock.articles["cells"].values())
    assert len({e["id"] for e in entries}) == len({e["guid"] for e in entries}) == 2
    assert lock.repairs == []  # written back mended
    with imported(tmp_path / "anki", tmp_path / "b.apkg") as col:
        assert col.note_count() == 2


def test_a_new_note_never_takes_an_id_another_course_of_the_build_holds(tmp_path):
    # Course a's new note draws its id from a's course, article and key; here course b's
    # lock already holds that id. Built together, the new note must step past it.
    for name in ("a", "b"):
        _article(tmp_path / name / f"cells-{name}.yaml", "Cells",
                 [f"Mitochondria in {name} make **ATP**."])
    run("build", tmp_path / "a", tmp_path / "b", "-o", tmp_path / "first.apkg")
    (drawn,) = (e["id"] for n in _lock(tmp_path / "a")["articles"].values() for e in n.values())
    (tmp_path / "a" / "deck-builder.lock").unlink()  # a draws the same id again
    data = _lock(tmp_path / "b")
    (entry,) = data["articles"]["cells-b"].values()
    entry["id"] = drawn
    (tmp_path / "b" / "deck-builder.lock").write_text(json.dumps(data), encoding="utf-8")
    run("build", tmp_path / "a", tmp_path / "b", "-o", tmp_path / "both.apkg", "--no-cache")
    ids = [e["id"] for f in ("a", "b") for n in _lock(tmp_path / f)["articles"].values()
           for e in n.values()]
    assert len(set(ids)) == 2 and drawn in ids
    with imported(tmp_path / "anki", tmp_path / "both.apkg") as col:
        assert col.note_count() == 2


def test_a_repaired_guid_found_taken_is_repaired_again_to_a_free_one(tmp_path):
    # A note once given a repaired guid keeps it; a renamed copy of it from another branch
    # holds it too. Repairing the note again must step past that guid, not take it again.
    cards, data = _built_cells(tmp_path)
    notes = data["articles"]["cells"]
    first, second = sorted(notes)
    taken = genanki.guid_for(data["course"], "cells", second, "repaired", 1)
    notes[first]["guid"] = notes[second]["guid"] = taken
    (cards / "deck-builder.lock").write_text(json.dumps(data), encoding="utf-8")
    output = run("build", cards, "-o", tmp_path / "b.apkg").output
    assert "gave 1 note(s) a new guid" in output
    guids = _guids(cards)
    assert guids[f"cells/{first}"] == taken and guids[f"cells/{second}"] not in (taken, "")
    with imported(tmp_path / "anki", tmp_path / "b.apkg") as col:
        assert col.note_count() == 2


# -- git ----------------------------------------------------------------------------------
def _git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True,
                          check=check, env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t",
                                            "GIT_COMMITTER_NAME": "t",
                                            "GIT_COMMITTER_EMAIL": "t@t", "HOME": str(repo),
                                            "PATH": "/usr/bin:/bin:/usr/local/bin"})


@pytest.fixture()
def repo(tmp_path):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "repo"
    _article(repo / "cards" / "base.yaml", "Base", ["Mitochondria make **ATP**."])
    _git(repo, "init", "-q", "-b", "main")
    run("build", repo / "cards", "-o", tmp_path / "base.apkg")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "base")
    return repo


def _branch(repo: Path, name: str, change) -> Path:
    _git(repo, "checkout", "-q", "-b", name, "main")
    change()
    apkg = repo.parent / f"{name}.apkg"
    run("build", repo / "cards", "-o", apkg)
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", name)
    _git(repo, "checkout", "-q", "main")
    return apkg


def _merged_build_keeps_every_note(repo: Path, packages: list[Path], expected: int) -> str:
    output = run("build", repo / "cards", "-o", repo.parent / "merged.apkg").output
    with imported(repo.parent / "anki", *packages, repo.parent / "merged.apkg") as col:
        assert col.note_count() == expected
        assert list(col.import_logs[-1].new) == []  # every note was there from a branch
    return output


def test_two_branches_that_each_add_an_article_merge_and_import_without_a_lost_note(repo):
    cards = repo / "cards"
    ours = _branch(repo, "ours", lambda: _article(
        cards / "ours.yaml", "Ours", ["Ours has **neon** in its signs.",
                                      "Ours has **argon** in its bulbs."]))
    theirs = _branch(repo, "theirs", lambda: _article(
        cards / "theirs.yaml", "Theirs", ["Theirs has **neon** in its signs.",
                                          "Theirs has **argon** in its bulbs."]))
    _git(repo, "merge", "-q", "ours")
    merged = _git(repo, "merge", "-q", "theirs", check=False)
    lock_text = (cards / "deck-builder.lock").read_text(encoding="utf-8")
    assert merged.returncode == 0 or "<<<<<<<" in lock_text
    output = _merged_build_keeps_every_note(repo, [repo.parent / "base.apkg", ours, theirs], 5)
    if merged.returncode:
        assert "resolved git's merge conflict" in output


def test_a_conflicted_lock_is_resolved_by_the_next_build(repo):
    cards = repo / "cards"

    def edit(text):
        return lambda: _article(cards / "base.yaml", "Base",
                                ["Mitochondria make **ATP**.", text])

    ours = _branch(repo, "ours", edit("Ours adds **urea**."))
    theirs = _branch(repo, "theirs", edit("Theirs adds **urea** too."))
    _git(repo, "merge", "-q", "ours")
    assert _git(repo, "merge", "-q", "theirs", check=False).returncode != 0
    assert "<<<<<<<" in (cards / "deck-builder.lock").read_text(encoding="utf-8")
    # The article's own conflict, resolved by hand to keep both facts.
    _article(cards / "base.yaml", "Base", ["Mitochondria make **ATP**.",
                                           "Ours adds **urea**.", "Theirs adds **urea** too."])
    output = _merged_build_keeps_every_note(repo, [repo.parent / "base.apkg", ours, theirs], 3)
    # Theirs brought one note ours lacked; the note both had is the same on both sides.
    assert ("resolved git's merge conflict: both sides' notes kept (1 taken from the other "
            "side, the newer for a note both had)") in output
    assert "<<<<<<<" not in (cards / "deck-builder.lock").read_text(encoding="utf-8")


def test_the_merge_driver_resolves_the_lock_during_the_merge(repo):
    (repo / ".gitattributes").write_text("deck-builder.lock merge=deck-builder-lock\n")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "driver")
    driver = f"{sys.executable} -m deck_builder merge-lock %O %A %B"  # as docs/regeneration.md
    _git(repo, "config", "merge.deck-builder-lock.driver", driver)
    cards = repo / "cards"

    def edit(text):
        return lambda: _article(cards / "base.yaml", "Base", ["Mitochondria make **ATP**.", text])

    ours = _branch(repo, "ours", edit("Ours adds **urea**."))
    theirs = _branch(repo, "theirs", edit("Theirs adds **urea** too."))
    _git(repo, "merge", "-q", "ours")
    _git(repo, "merge", "-q", "theirs", check=False)  # the article still conflicts
    status = _git(repo, "status", "--porcelain").stdout
    assert "UU cards/base.yaml" in status and "M  cards/deck-builder.lock" in status
    assert "<<<<<<<" not in (cards / "deck-builder.lock").read_text(encoding="utf-8")
    _article(cards / "base.yaml", "Base", ["Mitochondria make **ATP**.",
                                           "Ours adds **urea**.", "Theirs adds **urea** too."])
    _merged_build_keeps_every_note(repo, [repo.parent / "base.apkg", ours, theirs], 3)


def test_a_course_rebuilt_in_its_folder_after_the_lock_was_deleted_keeps_its_guids(tmp_path):
    cards = tmp_path / "cards"
    _article(cards / "cells.yaml", "Cells", ["Mitochondria make **ATP**."])
    run("build", cards, "-o", tmp_path / "a.apkg")
    before = _guids(cards)
    (cards / "deck-builder.lock").unlink()
    run("build", cards, "-o", tmp_path / "b.apkg")
    assert _guids(cards) == before and len(before) == 1
