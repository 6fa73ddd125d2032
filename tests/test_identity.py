"""Identity details behind regeneration: cloze numbers, explicit ids, mod times, note types."""

from __future__ import annotations

import json
import shutil
import textwrap

import pytest
from support import (
    cloze_answers,
    copy_seed,
    field_text,
    import_package,
    imported,
    note_containing,
    notes,
    run,
)

from deck_builder.anki.note_types import CLOZE, COMPARE
from deck_builder.storage.cache import CACHE_DIR


def _article(folder, facts: list[str], extra: str = "") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    body = "\n".join(f"      - {json.dumps(f)}" for f in facts)
    (folder / "plants.yaml").write_text(textwrap.dedent("""\
        title: Plants
        concepts: [Photosynthesis]
        sections:
          - title: Leaves
            facts:
        """) + body + "\n" + extra, encoding="utf-8")


def _hidden_by_card(col):
    """card id -> the text its question hides, for every card of every note."""
    return {card.id: cloze_answers(note, card.ord) for note in notes(col) for card in note.cards()}


def test_cloze_numbers_follow_their_phrase_not_their_position(tmp_path):
    cards = tmp_path / "cards"
    _article(cards, ["Leaves hold **chlorophyll** and **stomata** open by day."])
    run("build", cards, "-o", tmp_path / "a.apkg")
    with imported(tmp_path / "anki", tmp_path / "a.apkg") as col:
        before = _hidden_by_card(col)
        stomata_card = next(cid for cid, hidden in before.items() if hidden == ["stomata"])
        # The first deletion goes, a new one comes before the second.
        # (Not "xylem, chlorophyll and [stomata]": one item of a list is no gap.)
        _article(cards, ["Leaves hold **xylem** and chlorophyll, with **stomata** open by day."])
        run("build", cards, "-o", tmp_path / "b.apkg")
        log = import_package(col, tmp_path / "b.apkg")
        assert len(log.updated) == 1
        after = _hidden_by_card(col)
        assert after[stomata_card] == ["stomata"]  # its history stays with its phrase
        assert ["xylem"] in after.values()
        (note,) = notes(col)
        assert "{{c2::stomata}}" in note["Text"] and "{{c3::xylem}}" in note["Text"]


def test_unchanged_notes_keep_edits_made_in_anki(tmp_path):
    cards = tmp_path / "cards"
    _article(cards, ["Leaves hold **chlorophyll**.", "Roots take up **water**."])
    run("build", cards, "-o", tmp_path / "a.apkg")
    with imported(tmp_path / "anki", tmp_path / "a.apkg") as col:
        note = note_containing(col, "chlorophyll")
        note["Context"] = "my own note"
        col.update_note(note)
        _article(cards, ["Leaves hold **chlorophyll**.", "Roots take up **water** and salts."])
        run("build", cards, "-o", tmp_path / "b.apkg")
        log = import_package(col, tmp_path / "b.apkg")
        assert len(log.updated) == 1 and len(log.duplicate) == 1
        assert col.get_note(note.id)["Context"] == "my own note"


def test_explicit_id_wins_over_a_changed_label(tmp_path):
    cards = tmp_path / "cards"
    cards.mkdir()

    def write(label: str, text: str):
        (cards / "a.yaml").write_text(textwrap.dedent(f"""\
            title: Cells
            concepts: [Mitosis]
            sections:
              - title: Phases
                lists:
                  - title: Phases of Mitosis
                    concept: Mitosis
                    items:
                      - id: first-phase
                        label: {label}
                        text: {text}
            """), encoding="utf-8")

    write("Prophase", "Chromosomes condense.")
    run("build", cards, "-o", tmp_path / "a.apkg")
    # Label and text both rewritten: no similarity left, only the id links them.
    write("Early stage", "The nuclear envelope starts to break down.")
    run("build", cards, "-o", tmp_path / "b.apkg")
    with imported(tmp_path / "anki", tmp_path / "a.apkg") as col:
        log = import_package(col, tmp_path / "b.apkg")
        assert (len(log.new), len(log.updated), col.note_count()) == (0, 1, 1)
        assert "Early stage" in field_text(notes(col)[0]["Text"])


def test_lock_is_sorted_json_next_to_the_content(tmp_path):
    cards = tmp_path / "cards"
    _article(cards, ["Leaves hold **chlorophyll**."])
    run("build", cards, "-o", tmp_path / "a.apkg")
    text = (cards / "deck-builder.lock").read_text(encoding="utf-8")
    data = json.loads(text)
    # Sorted, indented, and each note's entry on one line: a diff shows a line per note.
    (key, entry), = data["articles"]["plants"].items()
    line = json.dumps({key: entry}, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    expected = f"   {line[1:-1]}".replace(":", ": ", 1)
    assert [ln for ln in text.splitlines() if "guid" in ln] == [expected]
    assert entry["clozes"] == {"mark:chlorophyll": 1}
    assert entry["model"] == CLOZE.model_id


def test_changed_note_type_is_announced(tmp_path):
    cards = tmp_path / "cards"
    _article(cards, ["Leaves hold **chlorophyll**."])
    run("build", cards, "-o", tmp_path / "a.apkg")
    lock = cards / "deck-builder.lock"
    data = json.loads(lock.read_text(encoding="utf-8"))
    for entry in data["articles"]["plants"].values():
        entry["model"] = 12345  # as if built by a release with another field list
    lock.write_text(json.dumps(data), encoding="utf-8")
    output = run("build", cards, "-o", tmp_path / "b.apkg").output
    assert 'note type "deck-builder Cloze" has new fields' in output
    # what it means for the learner, and where to read more
    assert "Anki will add it as a new note type and cannot update notes of the old" in output
    assert 'docs/regeneration.md, "Note type changes"' in output


def test_note_type_ids_stay_tied_to_their_fields():
    # Changing a field list under a released id makes Anki refuse every update
    # (anki-import-facts.md). A new field list needs a new id: update both lines.
    assert (CLOZE.model_id, CLOZE.fields) == (1_733_042_116, ("Text", "Context", "Source"))
    assert COMPARE.model_id == 1_733_042_117
    assert COMPARE.fields == (
        "Dimension", "Comparison",
        "Concept1", "Text1", "Masked1", "Concept2", "Text2", "Masked2",
        "Concept3", "Text3", "Masked3", "Concept4", "Text4", "Masked4",
        "MaskedDimension", "Source",
    )


def test_template_change_updates_the_note_type_in_place(tmp_path):
    cards = tmp_path / "cards"
    _article(cards, ["Leaves hold **chlorophyll**."])
    run("build", cards, "-o", tmp_path / "a.apkg")
    templates = tmp_path / "templates"
    (templates / "cloze").mkdir(parents=True)
    (templates / "cloze" / "back.html").write_text(
        '{{cloze:Text}}<hr id="answer"><p class="mine">{{Source}}</p>', encoding="utf-8")
    run("build", cards, "-o", tmp_path / "b.apkg", "--templates", templates)
    with imported(tmp_path / "anki", tmp_path / "a.apkg") as col:
        log = import_package(col, tmp_path / "b.apkg")
        assert log.conflicting == []
        assert [m["name"] for m in col.models.all()].count("deck-builder Cloze") == 1
        assert 'class="mine"' in notes(col)[0].cards()[0].answer()


def test_a_template_edited_between_builds_of_one_process_is_read_again(tmp_path):
    """Compiled templates and the fields each card needs are kept for the process
    (render._COMPILED, _REQUIRED): a library caller that edits a template between two builds
    at the same path gets the edit, not the first version."""
    cards = tmp_path / "cards"
    _article(cards, ["Leaves hold **chlorophyll**."])
    back = tmp_path / "templates" / "cloze" / "back.html"
    back.parent.mkdir(parents=True)
    for number, mark in enumerate(("first", "second")):
        back.write_text(f'{{{{cloze:Text}}}}<hr id="answer"><p class="{mark}">{{{{Source}}}}</p>',
                        encoding="utf-8")
        run("build", cards, "-o", tmp_path / f"{number}.apkg", "--templates", back.parent.parent)
    with imported(tmp_path / "anki", tmp_path / "0.apkg", tmp_path / "1.apkg") as col:
        answer = notes(col)[0].cards()[0].answer()
        assert 'class="second"' in answer and 'class="first"' not in answer


def test_a_build_after_the_lock_is_deleted_gives_the_notes_their_guids_again(tmp_path):
    """A course's id comes from its folder: with the lock (and the cache) deleted, the next
    build gives every note the guid it had, so Anki updates the notes instead of adding
    a second copy of each."""
    cards = tmp_path / "cards"
    copy_seed(cards)
    run("build", cards, "-o", tmp_path / "a.apkg")
    (cards / "deck-builder.lock").unlink()
    shutil.rmtree(cards / CACHE_DIR)
    run("build", cards, "-o", tmp_path / "b.apkg")
    with imported(tmp_path / "anki", tmp_path / "a.apkg", tmp_path / "b.apkg") as col:
        assert col.note_count() == 49
        assert len(col.import_logs[1].new) == 0


@pytest.mark.parametrize(("rewritten", "same_note"), [
    ("Leaves store **starch** daily.", True),  # 2 of 4 words kept: exactly half
    ("Leaves store **starch** nightly.", False),  # 1 of 4
], ids=["half-the-words-kept", "fewer-kept"])
def test_a_rewritten_fact_keeps_its_note_when_half_its_words_stay(tmp_path, rewritten,
                                                                   same_note):
    # The rewrite changes the fact's opening words, so its key: only similarity within its
    # section (SAME_CONTAINER_SIMILARITY, 0.5, inclusive) can find its earlier self.
    cards = tmp_path / "cards"
    _article(cards, ["Leaves make **sugar** daily."])
    run("build", cards, "-o", tmp_path / "a.apkg")
    _article(cards, [rewritten])
    run("build", cards, "-o", tmp_path / "b.apkg")
    with imported(tmp_path / "anki", tmp_path / "a.apkg", tmp_path / "b.apkg") as col:
        log = col.import_logs[1]
        removed = notes(col, "tag:deck-builder::removed")
        # Not the same note: a new one, and the old one kept in Anki, tagged removed.
        assert (len(log.new), len(removed)) == ((0, 0) if same_note else (1, 1))
        assert "starch" in field_text(note_containing(col, "store")["Text"])


def _comparison(folder, dimension: str, mouse: str, elephant: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "animals.yaml").write_text(textwrap.dedent(f"""\
        title: Animals
        concepts: [Mouse, Elephant]
        sections:
          - title: Mammals
            comparisons:
              - title: Mouse and elephant compared
                concepts: [Mouse, Elephant]
                rows:
                  - dimension: {dimension}
                    cells:
                      Mouse: {mouse}
                      Elephant: {elephant}
        """), encoding="utf-8")


def test_a_renamed_comparison_row_keeps_its_note_when_its_cells_gain_a_word(tmp_path):
    # The new dimension changes the row's key; its words (dimension and cells, in order)
    # are still two thirds the same, so similarity finds its earlier self.
    cards = tmp_path / "cards"
    _comparison(cards, "Size", "Small", "Large")
    run("build", cards, "-o", tmp_path / "a.apkg")
    _comparison(cards, "Body size", "Very small", "Very large")
    run("build", cards, "-o", tmp_path / "b.apkg")
    with imported(tmp_path / "anki", tmp_path / "a.apkg", tmp_path / "b.apkg") as col:
        assert len(col.import_logs[1].new) == 0 and len(col.import_logs[1].updated) == 1
        assert notes(col, "tag:deck-builder::removed") == []
        (note,) = notes(col)
        assert note.note_type()["id"] == COMPARE.model_id and "Body size" in note["Dimension"]


def test_a_fact_split_in_two_keeps_its_note_once_and_adds_one(tmp_path):
    # Both new facts are similar enough to the old one; only one can continue its note.
    cards = tmp_path / "cards"
    _article(cards, ["Leaves make **sugar** daily."])
    run("build", cards, "-o", tmp_path / "a.apkg")
    _article(cards, ["In summer leaves make **sugar** daily.",
                     "In spring leaves make **sugar** daily."])
    run("build", cards, "-o", tmp_path / "b.apkg")
    with imported(tmp_path / "anki", tmp_path / "a.apkg", tmp_path / "b.apkg") as col:
        log = col.import_logs[1]
        assert (len(log.new), len(log.updated), col.note_count()) == (1, 1, 2)
        assert notes(col, "tag:deck-builder::removed") == []
