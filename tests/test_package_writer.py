"""The package's notes and cards are written without a genanki Note per note, and the
database is the one genanki's own writer makes, byte for byte: a package's bytes are how a
build tells a deck unchanged (build._current_package), and users diff them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from genanki.apkg_col import APKG_COL
from genanki.apkg_schema import APKG_SCHEMA
from support import SEED

from deck_builder.anki import package
from deck_builder.anki.package import PackageNotes, _Note, deck_id_for
from deck_builder.build import plan_build
from deck_builder.notes import OutNote


def _genanki_notes(cursor, notes: PackageNotes, models) -> None:
    """The notes as genanki's Note.write_to_db writes them: the writer ours replaced."""
    next_card = notes.last_id or 0

    def ids(note_id):
        nonlocal next_card
        yield note_id
        while True:
            next_card += 1
            yield next_card

    for note, deck in notes.by_id():
        gnote = _Note(model=models[note.kind], fields=note.fields, tags=note.tags,
                      guid=note.guid, due=0)
        gnote.write_to_db(cursor, note.mod, deck_id_for(deck), ids(note.note_id))


def _database(path: Path, write) -> bytes:
    conn = sqlite3.connect(path)
    conn.execute("pragma journal_mode = off")
    cursor = conn.cursor()
    cursor.executescript(APKG_SCHEMA)
    cursor.executescript(APKG_COL)
    write(cursor)
    conn.commit()
    conn.close()
    return path.read_bytes()


def _odd(note: OutNote, note_id: int, **changes) -> OutNote:
    values = {**note.__dict__, "note_id": note_id, "guid": f"odd{note_id}", **changes}
    return OutNote(**values)


def test_notes_and_cards_are_written_as_genanki_writes_them(tmp_path):
    plan = plan_build([SEED])
    seed = list(plan.notes.by_id())
    kinds = {n.kind for n in seed}
    assert len(seed) == 49 and kinds == {"cloze", "compare"}
    cloze = next(n for n in seed if n.kind == "cloze")
    # A row whose first cell is asked: the optional slots emptied below still leave a card.
    compare = next(n for n in seed if n.kind == "compare" and n.fields[3])
    top = max(n.note_id for n in seed)
    odd = [
        # No cloze number: genanki writes no card (it compares the empty set with {}).
        _odd(cloze, top + 1, fields=["no cloze here", "", ""]),
        # Cloze numbers out of order, repeated, and c0 (no card).
        _odd(cloze, top + 2, fields=["{{c3::a}} {{c1::b}} {{c3::c}} {{c0::d}} {{c12::e}}",
                                     "ctx", "src"]),
        # A compare note with its optional slots empty: fewer cards.
        _odd(compare, top + 3, fields=[f if i < 4 else "" for i, f in
                                       enumerate(compare.fields)]),
        _odd(compare, top + 4, fields=[""] * len(compare.fields)),
        _odd(cloze, top + 5, guid=None),  # genanki's guid from the fields
    ]
    decks = ["A", "A::B"]
    pairs = [(n, decks[i % 2]) for i, n in enumerate(seed + odd)]
    notes = PackageNotes.of(pairs)
    models = plan.models
    ours = _database(tmp_path / "ours.anki2",
                     lambda cursor: package._write_notes(cursor, notes, models))
    theirs = _database(tmp_path / "genanki.anki2",
                       lambda cursor: _genanki_notes(cursor, notes, models))
    cards = sqlite3.connect(tmp_path / "ours.anki2").execute(
        "select count(*), count(distinct nid) from cards").fetchone()
    assert cards[0] > len(seed) and cards[1] == len(seed) + len(odd) - 2
    assert ours == theirs


def test_an_unescaped_tag_is_still_a_warning(tmp_path):
    import warnings

    plan = plan_build([SEED])
    note = next(n for n in plan.notes.by_id() if n.kind == "cloze")
    bad = _odd(note, note.note_id, fields=["x < 3 > y", "", ""])
    notes = PackageNotes.of([(bad, "A")])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        _database(tmp_path / "x.anki2", lambda c: package._write_notes(c, notes, plan.models))
    assert [str(w.message) for w in caught] == [
        "Field contained the following invalid HTML tags. Make sure you are calling "
        "html.escape() if your field data isn't already HTML-encoded: < 3 >"]
