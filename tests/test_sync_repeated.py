"""A sync repeated after an edit compares only what changed, and still does all a sync does.

The collection keeps a mark of the last sync (anki/sync.py, MARK_KEY). While it holds, the
notes of the articles the build cache vouches for are taken as in the collection; these
tests check that the result is, note for note and card for card, what comparing every note
gives, and that whatever makes the mark wrong (a note deleted in Anki, a build in between,
a lost cache) has sync compare every note again.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from support import by_guid, copy_scenario, copy_seed, open_collection, run

from deck_builder.anki import sync as sync_module
from deck_builder.changes import REMOVED_TAG


def _article(folder: Path, name: str, facts: list[str], deck: str | None = None) -> None:
    data = {"title": name.title(), "sections": [{"title": "Facts", "facts": facts}]}
    if deck:
        data["deck"] = deck
    (folder / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")


FACTS_B = [f"The **beta {i}** fact is about ratios of {i} to {i + 1}." for i in range(6)]
FACTS_C = [f"The **gamma {i}** fact is about a river of {i} bends." for i in range(5)]


@pytest.fixture(scope="module")
def _synced_once(tmp_path_factory):
    """Three articles synced once into a new collection."""
    folder = tmp_path_factory.mktemp("course")
    cards = folder / "cards"
    copy_seed(cards)
    _article(cards, "beta", FACTS_B)
    _article(cards, "gamma", FACTS_C)
    open_collection(folder / "anki").close()
    path = folder / "anki" / "collection.anki2"
    run("sync", cards, "--collection", path)
    return {"tmp": folder, "cards": cards, "path": path}


@pytest.fixture()
def course(_synced_once, tmp_path):
    """The course synced once, copied for this test (the mark and cache name no folder)."""
    return copy_scenario(_synced_once, tmp_path)


def _edit_beta(cards: Path) -> None:
    """A fact added, one reworded, one removed: an author's edit of one article."""
    facts = [*FACTS_B[:4], "A **new beta** fact, added to time an edit.", FACTS_B[5]]
    facts[1] = facts[1].replace("ratios", "reworded ratios")
    _article(cards, "beta", facts, deck="Moved::Beta")


def _sync(scenario, *options: str) -> str:
    return run("sync", scenario["cards"], "--collection", scenario["path"], *options).output


def _cards_by_deck(col) -> dict[str, list[str]]:
    decks: dict[str, list[str]] = {}
    for cid in col.find_cards(""):
        card = col.get_card(cid)
        decks.setdefault(col.decks.name(card.did), []).append(f"{card.note().guid}/{card.ord}")
    return {deck: sorted(cards) for deck, cards in decks.items()}


def _snapshot(folder: Path):
    col = open_collection(folder)
    try:
        suspended = sorted(col.get_card(c).note().guid for c in col.find_cards("is:suspended"))
        return by_guid(col), _cards_by_deck(col), suspended
    finally:
        col.close()


@pytest.fixture()
def full_comparisons(monkeypatch):
    """How many syncs looked at every note of the collection."""
    calls = []
    original = sync_module.CollectionTarget.notes

    def notes(self):
        calls.append(1)
        return original(self)

    monkeypatch.setattr(sync_module.CollectionTarget, "notes", notes)
    return calls


def test_a_repeated_sync_does_exactly_what_comparing_every_note_does(course, full_comparisons):
    twin = course["tmp"].parent / "twin"
    shutil.copytree(course["tmp"], twin)
    _edit_beta(course["cards"])
    quick = _sync(course)
    assert full_comparisons == []  # the mark held: only beta's notes were looked up

    _edit_beta(twin / "cards")
    col = open_collection(twin / "anki")
    col.remove_config(sync_module.MARK_KEY)  # as a first sync: every note compared
    col.close()
    full = run("sync", twin / "cards", "--collection", twin / "anki" / "collection.anki2").output
    assert full_comparisons == [1]

    assert quick == full.replace(str(twin), str(course["tmp"]))
    assert "added 1\nupdated 1\n" in quick and "removed 1 (kept" in quick
    notes, decks, _ = _snapshot(course["tmp"] / "anki")
    assert (notes, decks) == _snapshot(twin / "anki")[:2]
    assert len(notes) == 49 + 6 + 5 + 1
    assert len(decks["Moved::Beta"]) == 6  # beta's five and the new one; the removed one stays
    tagged = [guid for guid, (fields, tags) in notes.items() if REMOVED_TAG in tags]
    assert len(tagged) == 1


def test_a_note_deleted_in_anki_comes_back_with_the_next_edit(course, full_comparisons):
    col = open_collection(course["tmp"] / "anki")
    gamma = col.find_notes('"gamma 3"')
    assert len(gamma) == 1
    col.remove_notes(gamma)
    col.close()
    _edit_beta(course["cards"])
    out = _sync(course)
    assert full_comparisons == [1]  # one note fewer: the mark no longer holds
    assert "added 2\n" in out
    notes, _, _ = _snapshot(course["tmp"] / "anki")
    assert len(notes) == 49 + 6 + 5 + 1


def test_an_edit_after_the_cache_was_lost_is_synced(course):
    shutil.rmtree(course["cards"] / ".deck-builder-cache")
    _edit_beta(course["cards"])
    out = _sync(course)
    assert "added 1\nupdated 1\nunchanged 58\n" in out
    notes, decks, _ = _snapshot(course["tmp"] / "anki")
    assert len(notes) == 49 + 6 + 5 + 1
    assert len(decks["Moved::Beta"]) == 6
    _article(course["cards"], "gamma", [*FACTS_C, "A **sixth gamma** fact."])
    assert "added 1\nupdated 0\n" in _sync(course)
    assert len(_snapshot(course["tmp"] / "anki")[0]) == 49 + 6 + 5 + 2


def test_a_build_between_two_syncs_is_caught_up(course, full_comparisons):
    _edit_beta(course["cards"])
    run("build", course["cards"], "-o", course["tmp"] / "course.apkg")  # never imported
    out = _sync(course)
    assert full_comparisons == [1]  # another lock than the last sync wrote
    assert "added 1\nupdated 1\n" in out
    notes, decks, _ = _snapshot(course["tmp"] / "anki")
    assert len(notes) == 49 + 6 + 5 + 1
    assert len(decks["Moved::Beta"]) == 6


def test_removed_notes_of_unchanged_articles_are_suspended_again(course, full_comparisons):
    _article(course["cards"], "gamma", FACTS_C[:4])
    assert "removed 1 (suspended)" in _sync(course, "--removed", "suspend")
    col = open_collection(course["tmp"] / "anki")
    suspended = col.find_cards("is:suspended")
    assert len(suspended) == 1
    col.sched.unsuspend_cards(suspended)  # the learner's choice; sync suspends it again
    col.close()
    _edit_beta(course["cards"])
    full_comparisons.clear()
    out = _sync(course, "--removed", "suspend")
    assert full_comparisons == []
    assert "removed 2 (suspended)" in out  # gamma's, again, and beta's
    assert len(_snapshot(course["tmp"] / "anki")[2]) == 2


def test_another_removed_policy_compares_every_note(course, full_comparisons):
    _edit_beta(course["cards"])
    out = _sync(course, "--removed", "delete")
    assert full_comparisons == [1]
    assert "removed 1 (deleted)" in out
    assert len(_snapshot(course["tmp"] / "anki")[0]) == 49 + 6 + 5


def test_decks_remembered_by_an_older_sync_still_move_the_cards(course):
    """An older deck-builder kept every note's deck in one config value (STATE_KEY)."""
    col = open_collection(course["tmp"] / "anki")
    decks = {}
    for shard in range(sync_module.DECK_SHARDS):
        key = f"{sync_module.DECK_SHARD_KEY}{shard:02d}"
        decks.update(col.get_config(key, {}).get("notes", {}))
        col.remove_config(key)
    assert len(decks) == 49 + 6 + 5
    names = sorted(set(decks.values()))
    col.set_config(sync_module.STATE_KEY, {"version": 1, "decks": names, "notes": {
        guid: names.index(deck) for guid, deck in decks.items()}})
    col.close()
    _edit_beta(course["cards"])
    assert "moved 5 note(s) (5 card(s))" in _sync(course)
    col = open_collection(course["tmp"] / "anki")
    try:
        # beta's notes moved into the shards; the others, not synced this time, stay there
        assert len(col.get_config(sync_module.STATE_KEY)["notes"]) == 49 + 5
    finally:
        col.close()
    assert len(_snapshot(course["tmp"] / "anki")[1]["Moved::Beta"]) == 6
    _article(course["cards"], "beta", FACTS_B, deck="Beta again")
    # the five from Moved::Beta, and the one removed by the edit, back, from Beta
    assert "moved 6 note(s) (6 card(s))" in _sync(course)


def test_the_build_cache_after_syncs_leaves_only_edited_articles_to_read(course):
    from deck_builder.build import plan_build

    assert plan_build([course["cards"]]).reused == 3  # the first sync kept what it rendered
    _edit_beta(course["cards"])
    _sync(course)
    # A quick sync does not rewrite the cache's rendered notes: beta is read again once.
    plan = plan_build([course["cards"]])
    assert plan.reused == 2 and len(plan.notes) == 49 + 6 + 5 + 1


def test_a_course_folder_moved_is_still_the_course_last_synced(course, full_comparisons):
    moved = course["tmp"] / "moved"
    shutil.move(course["cards"], moved)
    course["cards"] = moved
    _edit_beta(moved)
    assert "added 1\nupdated 1\nunchanged 58\n" in _sync(course)
    assert full_comparisons == []
