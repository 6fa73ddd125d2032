"""The exit status tells the truth, nothing vanishes or merges unasked, and content shows
literally (issue 13, items 3, 6 and 7)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import tempfile
from pathlib import Path

import pytest
from support import GOOD, imported, notes, run, visible
from support import edit_good as _edit

from deck_builder import build as build_module
from deck_builder import cli
from deck_builder.anki import package as package_module
from deck_builder.anki.package import deck_id_for
from deck_builder.storage import cache as cache_module


def _lock_notes(built: Path) -> int:
    data = json.loads((built / "cards" / "deck-builder.lock").read_text(encoding="utf-8"))
    return len(data["articles"]["a"])


# -- item 3: the exit status ----------------------------------------------------------------
@pytest.mark.parametrize("obstacle", ["a-file", "read-only"])
def test_a_cache_that_cannot_be_written_is_a_warning_after_a_good_build(built, obstacle):
    cache = built / "cards" / ".deck-builder-cache"
    if obstacle == "a-file":
        shutil.rmtree(cache)  # (with its problems/ folder)
        cache.write_text("in the way", encoding="utf-8")
    else:
        if os.geteuid() == 0:
            pytest.skip("root writes into read-only folders")
        cache.chmod(0o555)
    _edit(built)
    result = run("build")  # exit 0
    assert "could not write the build cache" in result.output
    assert "wrote build/a.apkg (2 notes)" in result.output
    assert _lock_notes(built) == 2


def test_a_full_disk_while_saving_the_cache_is_a_warning(built, monkeypatch):
    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cache_module, "write_atomically", full)
    _edit(built)
    result = run("build")
    assert "could not write the build cache" in result.output
    assert "No space left on device" in result.output


def test_ctrl_c_while_saving_the_cache_says_what_was_written(built, monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(cache_module, "write_atomically", interrupted)
    _edit(built)
    result = run("build", expect=cli.EXIT_INTERRUPTED)
    assert "Interrupted after the build was written: build/a.apkg, cards/deck-builder.lock are " \
           "in place" in result.output
    assert "nothing was changed" not in result.output
    assert _lock_notes(built) == 2
    with imported(built / "anki", built / "build" / "a.apkg") as col:
        assert col.note_count() == 2


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_sigterm_and_sighup_clean_up_as_ctrl_c_does(built, monkeypatch, signum):
    _edit(built)
    staging = built / "tmpdir"
    staging.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(staging))
    before = {p: p.read_bytes() for p in built.rglob("*") if p.is_file()}
    real_write_db = package_module._write_db
    seen = []

    def write_db(*args, **kwargs):
        real_write_db(*args, **kwargs)
        seen.extend(p.name for p in built.rglob("*.tmp"))  # the database, mid-package
        os.kill(os.getpid(), signum)

    monkeypatch.setattr(package_module, "_write_db", write_db)
    result = run("build", expect=128 + signum)
    assert result.output.splitlines()[-1] == "Stopped; nothing was changed."
    assert any(name.endswith(".anki2.tmp") for name in seen), seen  # staged beside the deck
    assert {p: p.read_bytes() for p in built.rglob("*") if p.is_file()} == before
    assert not list(built.rglob("*.tmp")) and not list(staging.iterdir())


def test_the_package_database_is_never_staged_in_tmpdir(built, monkeypatch):
    def no_tmpdir(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(tempfile, "gettempdir", no_tmpdir)  # a full $TMPDIR
    _edit(built)
    assert "wrote build/a.apkg (2 notes)" in run("build").output


def test_a_symlinked_lock_is_written_through_to_its_target(built):
    shared = built / "shared"
    shared.mkdir()
    lock = built / "cards" / "deck-builder.lock"
    lock.rename(shared / "deck-builder.lock")
    lock.symlink_to(Path("..") / "shared" / "deck-builder.lock")
    _edit(built)
    run("build")
    assert lock.is_symlink()
    assert _lock_notes(built) == 2


@pytest.mark.parametrize("damage", ["bom", "crlf"])
def test_a_lock_with_a_bom_or_crlf_is_read(built, damage):
    lock = built / "cards" / "deck-builder.lock"
    text = lock.read_text(encoding="utf-8")
    lock.write_bytes(("\ufeff" + text).encode() if damage == "bom"
                     else text.replace("\n", "\r\n").encode())
    output = run("build").output
    assert "added 0" in output and "unchanged 1" in output


# -- item 7: nothing vanishes or merges unasked ----------------------------------------------
def test_decks_whose_checksums_collided_stay_two_decks(built):
    assert deck_id_for("Deck frrzvhck") != deck_id_for("Deck flboau")
    for name in ("frrzvhck", "flboau"):
        (built / "cards" / f"{name}.yaml").write_text(
            f"title: T {name}\ndeck: Deck {name}\nconcepts: [Alpha]\nsections:\n"
            f"  - title: S\n    facts: ['Alpha is **{name}**.']\n", encoding="utf-8")
    run("build", "-o", "all.apkg")
    with imported(built / "anki", built / "all.apkg") as col:
        names = {col.decks.name(card.did) for note in notes(col) for card in note.cards()}
        assert {"Deck frrzvhck", "Deck flboau"} <= names


def test_deck_names_with_empty_parts_make_no_blank_deck(built):
    (built / "cards" / "a.yaml").write_text(GOOD + "deck: '::Lead::::Part::'\n", encoding="utf-8")
    run("build", "--root-deck", " School :: ")
    with imported(built / "anki", built / "build" / "a.apkg") as col:
        (note,) = notes(col)
        assert col.decks.name(note.cards()[0].did) == "School::Lead::Part"


def test_a_section_titled_with_no_letters_gets_a_real_topic(built):
    (built / "cards" / "a.yaml").write_text(
        GOOD.replace("title: One", "title: '???'")
        + "  - title: '!!!'\n    facts: ['Beta is **bravo**.']\n", encoding="utf-8")
    run("build")
    with imported(built / "anki", built / "build" / "a.apkg") as col:
        tags = sorted(tag for note in notes(col) for tag in note.tags if tag.startswith("topic"))
        assert tags == ["topic::section-1", "topic::section-2"]


def test_a_forged_cache_record_is_not_trusted(built):
    path = built / "cards" / ".deck-builder-cache" / "articles.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["articles"]["a.yaml"]["id"] = "forged"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = run("build")
    # The package it would write is the one there (the note was built honestly), so it is
    # left alone: "build/a.apkg is up to date (1 notes)".
    assert "build/a.apkg is up to date (1 notes)" in result.output
    with imported(built / "anki", built / "build" / "a.apkg") as col:
        assert col.note_count() == 1


def test_a_lock_entry_for_a_record_is_counted_not_assumed(built):
    # An honest record is reused...
    assert build_module.build([Path("cards")]).plan.reused == 1
    # ...one whose counts the lock does not hold (two cloze notes; the lock has one) is not:
    # the file is read again, and the deck still holds exactly the article's one note.
    path = built / "cards" / ".deck-builder-cache" / "articles.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["articles"]["a.yaml"]["counts"] = {"cloze": 2}
    path.write_text(json.dumps(data), encoding="utf-8")
    result = build_module.build([Path("cards")], build_module.BuildOptions(
        output=built / "again.apkg"))
    assert result.plan.reused == 0
    with imported(built / "anki", built / "again.apkg") as col:
        assert col.note_count() == 1


# -- item 6: Anki's own markup shows as typed -----------------------------------------------
MARKUP = ["[sound:x.mp3]", "[latex]x^2[/latex]", "[$]y[/$]", "[$$]z[/$$]"]


def test_anki_markup_in_content_reaches_the_card_as_text(built):
    facts = "".join(f"      - 'Alpha plays {m} **here{i}**.'\n" for i, m in enumerate(MARKUP))
    title = "Title [sound:t.mp3]"
    (built / "cards" / "a.yaml").write_text(
        f"title: '{title}'\nconcepts: [Alpha]\nsections:\n  - title: One\n    facts:\n{facts}",
        encoding="utf-8")
    run("build")
    with imported(built / "anki", built / "build" / "a.apkg") as col:
        found = notes(col, "-tag:deck-builder::removed")
        assert len(found) == len(MARKUP)
        for note in found:
            card = note.cards()[0]
            assert card.question_av_tags() == [] and card.answer_av_tags() == []
            answer = visible(card.answer())
            assert title in answer
            assert any(m in answer for m in MARKUP), answer
            assert "<img" not in card.answer()  # [latex] and [$] become images of the math


# -- item 8: names the user gave ------------------------------------------------------------
@pytest.mark.parametrize("name", ["Deck.APKG", "out/.apkg"])
def test_package_names_in_any_case_or_hidden_are_package_names(built, name):
    (built / "out").mkdir()
    assert f"wrote {name} (1 notes)" in run("build", "-o", name).output
    with imported(built / "anki", built / name) as col:
        assert col.note_count() == 1


def test_a_folder_named_twice_is_read_once(built):
    output = run("build", "cards", "cards/", "cards/a.yaml").output
    assert "also used by" not in output and "build/a.apkg is up to date (1 notes)" in output


# -- item 5: no hang ------------------------------------------------------------------------
def test_a_template_that_loops_for_ever_is_stopped(built, monkeypatch):
    from deck_builder import render

    monkeypatch.setattr(render, "TEMPLATE_SECONDS", 0.5)
    (built / "tpl" / "fields").mkdir(parents=True)
    (built / "tpl" / "fields" / "source.html").write_text(
        "[% for a in range(100000) %][% for b in range(100000) %][[ a ]][% endfor %]"
        "[% endfor %]\n", encoding="utf-8")
    before = (built / "build" / "a.apkg").read_bytes()
    result = run("build", "--templates", "tpl", expect=1)
    assert "Error: tpl/fields/source.html:1: the template ran for more than 0.5 s" in result.output
    assert (built / "build" / "a.apkg").read_bytes() == before
