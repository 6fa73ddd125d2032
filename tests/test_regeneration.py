"""Regenerating after edits: Anki updates what changed, touches nothing else, keeps history.

The scenario of the regeneration issue, end to end through the CLI and a real collection:
build and import the seed, review some cards, edit the content the way authors do, build
and import again with Anki's default options.
"""

from __future__ import annotations

import shutil

import pytest
import yaml
from support import (
    copy_seed,
    edit_seed,
    field_text,
    history,
    import_package,
    imported,
    note_containing,
    notes,
    open_collection,
    review,
    run,
)

ARTICLE = "collectivism-vs-individualism.yaml"


def _load(path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _save(path, data):
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _section(data, topic):
    return next(s for s in data["sections"] if s["topic"] == topic)


def _by_guid(col, guid):
    return col.get_note(col.db.scalar("select id from notes where guid = ?", guid))


@pytest.fixture(scope="module")
def edited(tmp_path_factory):
    """The seed built and imported once with reviews, then edited as the issue describes;
    built once for the tests that only look at it (each build takes the seed twice through
    the CLI and Anki)."""
    yield from _edited(tmp_path_factory.mktemp("edited"))


@pytest.fixture()
def edited_alone(tmp_path):
    """The same, for a test that builds or imports more: its own copy."""
    yield from _edited(tmp_path)


def _edited(tmp_path):
    cards = tmp_path / "cards"
    article = copy_seed(cards)
    first = tmp_path / "first.apkg"
    run("build", cards, "-o", first)
    col = open_collection(tmp_path / "anki")
    import_package(col, first)
    reviewed = review(col, 12)
    before = history(col, reviewed)
    guids = {
        "definition": note_containing(col, "Individualism is a cultural worldview").guid,
        "dimension": next(n.guid for n in notes(col, "Dimension:Communication*")),
        "deleted": note_containing(col, "Potential for Conflict").guid,
        "priority": next(n.guid for n in notes(col, "Dimension:Priority")),
    }

    data = _load(article)
    edit_seed(data)
    row = next(r for r in _section(data, "differences")["comparisons"][0]["rows"]
               if r["dimension"] == "Communication Syle")
    row["dimension"] = "Communication Style"
    data["sections"].reverse()
    _save(article, data)

    second = tmp_path / "second.apkg"
    report = run("build", cards, "-o", second).output
    count_before = col.note_count()
    log = import_package(col, second)
    yield {"col": col, "log": log, "report": report, "reviewed": reviewed, "before": before,
           "guids": guids, "count_before": count_before, "cards": cards, "tmp": tmp_path,
           "second": second}
    col.close()


def test_only_the_added_item_is_new(edited):
    col, log = edited["col"], edited["log"]
    assert len(log.new) == 1
    assert col.note_count() == edited["count_before"] + 1
    new_note = col.get_note(log.new[0].id.nid)
    assert "Social Mobility" in field_text(new_note["Text"])
    texts = [field_text(n.fields[0]) for n in notes(col)]
    assert len(texts) == len(set(texts)), "two notes say the same thing"


def test_only_edited_renamed_and_removed_notes_are_updated(edited):
    col, log, guids = edited["col"], edited["log"], edited["guids"]
    updated = {col.get_note(entry.id.nid).guid for entry in log.updated}
    # Not the Priority row: its cells hold words of their concepts' definitions, so it makes
    # no "which concept?" card, and the definition's edit changes nothing it shows.
    assert updated == {guids["definition"], guids["dimension"], guids["deleted"]}
    assert guids["priority"] not in updated
    assert len(log.duplicate) == edited["count_before"] - 3  # everything else untouched
    assert log.conflicting == []


def test_edited_notes_show_the_new_text_under_the_old_guid(edited):
    col, guids = edited["col"], edited["guids"]
    definition = _by_guid(col, guids["definition"])
    assert "puts personal rights" in field_text(definition["Text"])
    row = _by_guid(col, guids["dimension"])
    assert field_text(row["Dimension"]) == "Communication Style"


def test_review_history_survives(edited):
    col = edited["col"]
    assert history(col, edited["reviewed"]) == edited["before"]


def test_removed_note_is_tagged_and_findable(edited):
    col = edited["col"]
    removed = notes(col, "tag:deck-builder::removed")
    assert [n.guid for n in removed] == [edited["guids"]["deleted"]]
    assert "tag:deck-builder::removed" in edited["report"]


def test_report_names_what_changed(edited):
    report = edited["report"]
    assert 'added 1: "Social Mobility"' in report
    assert 'updated 2: "Communication Style", "Individualism"' in report
    assert 'removed 1: "Potential for Conflict"' in report


def test_rebuilding_without_edits_is_byte_identical_and_changes_nothing(edited_alone):
    third = edited_alone["tmp"] / "third.apkg"
    output = run("build", edited_alone["cards"], "-o", third).output
    assert "added 0" in output and "updated 0" in output and "removed 0" in output
    assert third.read_bytes() == edited_alone["second"].read_bytes()
    col = edited_alone["col"]
    count = col.note_count()
    log = import_package(col, third)
    assert (len(log.new), len(log.updated)) == (0, 0)
    assert col.note_count() == count


def test_subset_then_full_deck_never_duplicates(tmp_path):
    cards = tmp_path / "cards"
    copy_seed(cards)
    run("build", cards, "--topic", "individualism", "-o", tmp_path / "subset.apkg")
    run("build", cards, "-o", tmp_path / "full.apkg")
    with (imported(tmp_path / "anki", tmp_path / "subset.apkg", tmp_path / "full.apkg") as col,
          imported(tmp_path / "anki2", tmp_path / "full.apkg") as full_only):
        subset_log, full_log = col.import_logs
        assert col.note_count() == full_only.note_count()
        assert len(full_log.new) == full_only.note_count() - len(subset_log.new)


def test_dry_run_reports_and_writes_nothing(tmp_path):
    cards = tmp_path / "cards"
    article = copy_seed(cards)
    out = tmp_path / "deck.apkg"
    run("build", cards, "-o", out)
    lock = (cards / "deck-builder.lock").read_bytes()
    data = _load(article)
    data["sections"][1]["definitions"][0]["text"] += " Edited."
    _save(article, data)
    before = out.read_bytes()
    result = run("build", cards, "-o", out, "--dry-run")
    assert 'updated 1: "Individualism"' in result.output
    assert "nothing was written" in result.output
    assert out.read_bytes() == before
    assert (cards / "deck-builder.lock").read_bytes() == lock


def test_deck_rename_keeps_guids(tmp_path):
    cards = tmp_path / "cards"
    article = copy_seed(cards)
    run("build", cards, "-o", tmp_path / "a.apkg")
    data = _load(article)
    data["deck"] = "Sociology::Cultures"
    _save(article, data)
    shutil.rmtree(tmp_path / "anki", ignore_errors=True)
    with imported(tmp_path / "anki", tmp_path / "a.apkg") as col:
        run("build", cards, "-o", tmp_path / "b.apkg")
        log = import_package(col, tmp_path / "b.apkg")
        assert log.new == [] and log.updated == []  # deck is not note content


def test_forget_removed_stops_carrying_them(edited_alone):
    cards = edited_alone["cards"]
    output = run("forget-removed", cards).output
    assert "forgot 1 removed note(s)" in output
    rebuilt = edited_alone["tmp"] / "after-forget.apkg"
    report = run("build", cards, "-o", rebuilt).output
    assert "deck-builder::removed" not in report
    with imported(edited_alone["tmp"] / "fresh", rebuilt) as col:
        assert notes(col, "tag:deck-builder::removed") == []
        assert col.note_count() == edited_alone["count_before"]  # one added, one gone for good
