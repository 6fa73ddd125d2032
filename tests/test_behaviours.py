"""Five behaviours that were once broken on purpose while every test still passed (issue 12).

Each test here fails when its behaviour breaks; docs/testing.md says how each was checked.
"""

from __future__ import annotations

import json
import shutil
import textwrap

import pytest
import yaml
from support import (
    REPO,
    cloze_answers,
    copy_seed,
    field_text,
    imported,
    note_containing,
    notes,
    run,
)

from deck_builder.errors import LockError
from deck_builder.storage.lock import load_lock

INEQUALITY = ("Individualism celebrates success and wealth, but this can also lead to social and "
              "economic inequality as it embraces competition and self-interest over collective "
              "welfare (Cohen, Wu & Miller, 2016).")
# Word similarity to INEQUALITY (identify._words, difflib): 0.93 and 0.66, one above and one
# below MOVED_SIMILARITY (0.85), both above SAME_CONTAINER_SIMILARITY (0.5).
NEAR = INEQUALITY.replace("embraces", "rewards").replace("collective welfare", "shared welfare")
FAR = ("Individualism celebrates wealth and success, which can lead to deep social and economic "
       "inequality because it rewards rivalry and self-interest more than shared welfare "
       "(Cohen, Wu & Miller, 2016).")
# How the note of the item shows it: the text without its citation, which says the label
# ("inequality") and so stands without it (card-quality.md §4a).
OLD_TEXT = ("Individualism celebrates success and wealth, but this can also lead to "
            "social and economic inequality as it embraces competition and self-interest over "
            "collective welfare.")


def _load(path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _save(path, data):
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _list(data, title):
    return next(lst for s in data["sections"] for lst in s.get("lists", ())
                if lst["title"] == title)


def _item(data, list_title, label):
    return next(i for i in _list(data, list_title)["items"] if i["label"] == label)


@pytest.fixture(scope="module")
def first_build(tmp_path_factory):
    """The seed built once, its lock beside it: every scenario below edits a copy."""
    folder = tmp_path_factory.mktemp("first")
    copy_seed(folder / "cards")
    run("build", folder / "cards", "-o", folder / "first.apkg")
    return folder


def _edit_and_rebuild(first_build, tmp_path, edit, name="second.apkg"):
    cards = tmp_path / "cards"
    shutil.copytree(first_build / "cards", cards)
    article = cards / "collectivism-vs-individualism.yaml"
    data = _load(article)
    edit(data)
    _save(article, data)
    run("build", cards, "-o", tmp_path / name)
    return tmp_path / name


# -- 1. a cloze target nested in another target is dropped -------------------------------------

def test_a_target_inside_another_targets_phrase_gets_no_card(tmp_path):
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "welfare.yaml").write_text(textwrap.dedent("""\
        title: Welfare
        sections:
          - title: Pensions
            facts:
              - "The **welfare state** pays every retired citizen a **state** pension."
        """), encoding="utf-8")
    run("build", cards, "-o", tmp_path / "welfare.apkg")
    with imported(tmp_path / "anki", tmp_path / "welfare.apkg") as col:
        note = note_containing(col, "state pension")
        # "state" also occurs inside "welfare state": a card hiding it would show the other
        # card's answer in full, so it makes no card of its own. On the one card there is, it
        # gives "welfare state" half away, so it is hidden in the same gap (card-quality.md 4).
        answers = [cloze_answers(note, card.ord) for card in note.cards()]
        assert len(answers) == 1 and answers[0][0] == "welfare state", answers
        assert "pays every retired citizen a" in field_text(note["Text"])


# -- 2. items moved across containers are matched at the cross-container similarity -------------

def _move_inequality(text):
    def edit(data):
        weaknesses = _list(data, "Weaknesses of Individualism")
        item = _item(data, "Weaknesses of Individualism", "Inequality")
        weaknesses["items"].remove(item)
        _list(data, "Weaknesses of Collectivism")["items"].append({**item, "text": text})
    return edit


@pytest.mark.parametrize(("text", "same_note"), [(NEAR, True), (FAR, False)],
                         ids=["nearly-the-same", "half-rewritten"])
def test_an_item_moved_to_another_list_keeps_its_note_only_if_nearly_unchanged(
        first_build, tmp_path, text, same_note):
    second = _edit_and_rebuild(first_build, tmp_path, _move_inequality(text))
    with imported(tmp_path / "anki", first_build / "first.apkg", second) as col:
        log = col.import_logs[1]
        moved = note_containing(col, "rivalry" if text == FAR else "rewards competition")
        removed = notes(col, "tag:deck-builder::removed")
        if same_note:
            assert len(log.new) == 0 and removed == []
        else:
            assert [col.get_note(n.id.nid).guid for n in log.new] == [moved.guid]
            assert [field_text(n["Text"]) for n in removed] == [OLD_TEXT]


def test_an_item_renamed_in_its_own_list_keeps_its_note_when_half_rewritten(first_build,
                                                                             tmp_path):
    def edit(data):
        item = _item(data, "Weaknesses of Individualism", "Inequality")
        item.update(label="Economic Inequality", text=FAR)

    second = _edit_and_rebuild(first_build, tmp_path, edit)
    with imported(tmp_path / "anki", first_build / "first.apkg", second) as col:
        assert len(col.import_logs[1].new) == 0
        # The new text says its new label, so it stands without it (card-quality.md §4a).
        assert "rivalry" in field_text(note_containing(col, "economic inequality")["Text"])
        assert notes(col, "tag:deck-builder::removed") == []


# -- 3. a typo in an --exclude-... option is reported -------------------------------------------

@pytest.mark.parametrize(("option", "typo", "known"), [
    ("--exclude-topic", "individualsm", "individualism"),
    ("--exclude-kind", "clozee", "cloze"),
    ("--exclude-section", "conclusoin", "conclusion"),
])
def test_a_typo_in_an_exclude_option_is_an_error_naming_the_close_match(tmp_path, option, typo,
                                                                       known):
    cards = copy_seed(tmp_path / "cards").parent
    result = run("build", cards, option, typo, "-o", tmp_path / "x.apkg", expect=2)
    assert f'{option} "{typo}" matches nothing; did you mean "{known}"?' in result.output
    assert not (tmp_path / "x.apkg").exists()


# -- 4. a lock entry of the wrong shape is rejected ----------------------------------------------

WRONG_SHAPES = {
    "entry-not-an-object": lambda e: ["guid"],
    "guid-a-number": lambda e: {**e, "guid": 12345},
    "id-a-string": lambda e: {**e, "id": str(e["id"])},
    "id-a-bool": lambda e: {**e, "id": True},
    "mod-missing": lambda e: {k: v for k, v in e.items() if k != "mod"},
    "fields-a-string": lambda e: {**e, "fields": "text"},
    # A version-2 lock keeps a live note's digest, not its fields; an entry that carries
    # fields (a removed note's, a version-1 lock's) must fit its note type (cloze: 3).
    "a-field-not-text": lambda e: {**e, "fields": ["text", "context", 7], "tags": []},
    "one-field-missing": lambda e: {**e, "fields": ["text", "context"], "tags": []},
    "digest-not-text": lambda e: {**e, "digest": 7},
    "tags-not-a-list": lambda e: {**e, "tags": "topic::x"},
    "clozes-a-list": lambda e: {**e, "clozes": [1]},
    "cloze-number-a-string": lambda e: {**e, "clozes": {"x": "1"}},
    "text-not-text": lambda e: {**e, "text": ["a"]},
    "kind-not-text": lambda e: {**e, "kind": 1},
}


@pytest.mark.parametrize("shape", WRONG_SHAPES)
def test_a_lock_entry_of_the_wrong_shape_is_rejected(tmp_path, shape):
    data = json.loads((REPO / "cards" / "deck-builder.lock").read_text(encoding="utf-8"))
    entries = data["articles"]["collectivism-vs-individualism"]
    key = "item/weaknesses-of-individualism/inequality"
    entries[key] = WRONG_SHAPES[shape](entries[key])
    path = tmp_path / "deck-builder.lock"
    path.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
    with pytest.raises(LockError, match="the lock file's entries are damaged"):
        load_lock(path)


def test_the_unchanged_committed_lock_is_accepted():
    """The other side of the test above: the entry it damages is valid as written."""
    lock = load_lock(REPO / "cards" / "deck-builder.lock")
    assert "item/weaknesses-of-individualism/inequality" in lock.entries(
        "collectivism-vs-individualism")


# -- 5. a new note whose natural guid belongs to a removed note gets another guid -----------------

def test_a_new_note_never_takes_the_guid_a_removed_note_still_holds(first_build, tmp_path):
    """Inequality is renamed (it keeps its guid, its key's natural one), then removed, and a
    new item takes the old name: its natural guid is the removed note's."""
    def rename(data):
        _item(data, "Weaknesses of Individualism", "Inequality")["label"] = "Economic Inequality"

    second = _edit_and_rebuild(first_build, tmp_path, rename)

    def replace(data):
        items = _list(data, "Weaknesses of Individualism")["items"]
        items.remove(_item(data, "Weaknesses of Individualism", "Economic Inequality"))
        items.append({"label": "Inequality", "text": "Unequal pay follows from rewarding "
                      "individual achievement alone (Triandis, 2018)."})

    third = tmp_path / "third.apkg"
    article = tmp_path / "cards" / "collectivism-vs-individualism.yaml"
    data = _load(article)
    replace(data)
    _save(article, data)
    run("build", tmp_path / "cards", "-o", third)
    with imported(tmp_path / "anki", first_build / "first.apkg", second, third) as col:
        new = note_containing(col, "Unequal pay")
        removed = notes(col, "tag:deck-builder::removed")
        assert [field_text(n["Text"]) for n in removed] == [
            OLD_TEXT.replace("Inequality", "Economic Inequality", 1)]
        assert new.guid != removed[0].guid
        assert [col.get_note(n.id.nid).guid for n in col.import_logs[2].new] == [new.guid]
