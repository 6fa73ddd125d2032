"""The gate's sheet and score (tests/review/changed_cards.py): a reviewer's verdict on a
changed card is charged to the change that made or removed it."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "review"))
from changed_cards import changed, render, score, sheet, write  # noqa: E402

_KEPT = ("notes", "A kept [...].", "A kept card.")
_GONE = ("notes", "[...] — a gone card", "Gone — a gone card")
_NEW = ("notes", "[...] — a new card", "New — a new card")
_LATER = ("notes", "A [...] card.", "A later card.")


def test_the_sheet_holds_only_changed_cards_and_its_key_says_which(tmp_path):
    cards = changed([_KEPT, _GONE], [_KEPT, _NEW, _LATER])
    assert sorted(cards) == [("added", _LATER), ("added", _NEW), ("removed", _GONE)]
    sheet(cards, tmp_path / "cards.md", seed=1)
    text = (tmp_path / "cards.md").read_text(encoding="utf-8")
    assert text.count("## Card ") == 3 and "A kept" not in text
    assert "added" not in text and "removed" not in text  # the reviewer is not told
    assert sorted(line.split("\t")[1] for line in
                  (tmp_path / "cards.key.tsv").read_text(encoding="utf-8").splitlines()) == \
        ["added", "added", "removed"]


def test_each_verdict_is_charged_to_the_rendering_where_its_card_changed(tmp_path):
    start, middle, end = [_KEPT, _GONE], [_KEPT, _NEW], [_KEPT, _NEW, _LATER]
    sheet(changed(start, end), tmp_path / "cards.md", seed=3)
    verdict = {"removed": "weak", "added": "junk"}
    rows = [line.split("\t") for line in
            (tmp_path / "cards.key.tsv").read_text(encoding="utf-8").splitlines()]
    write(tmp_path / "verdicts.tsv", [(row[0], verdict[row[1]], "why") for row in rows])
    counts = score(tmp_path / "cards.key.tsv", tmp_path / "verdicts.tsv", [start, middle, end])
    assert counts["removed"] == {"weak": 1} and counts["added"] == {"junk": 2}
    # _GONE went and _NEW came in the middle rendering (1); _LATER only in the last (2).
    assert counts["removed@1"] == {"weak": 1}
    assert counts["added@1"] == {"junk": 1} and counts["added@2"] == {"junk": 1}


def test_render_keeps_a_lock_the_folder_had_and_leaves_none_it_did_not(tmp_path):
    # Rendering cards/ once deleted the seed's committed lock: a build's lock was removed
    # from every folder rendered, the author's own with it.
    kept, bare = tmp_path / "kept", tmp_path / "bare"
    for folder in (kept, bare):
        folder.mkdir()
        (folder / "notes.md").write_text("# Cells\n\n## Parts\n\n**Mitochondria** make ATP.\n",
                                         encoding="utf-8")
    lock = b'{"the author\'s": "lock"}\n'
    (kept / "deck-builder.lock").write_bytes(lock)
    cards = render("HEAD", [str(kept), str(bare)])
    assert len(cards) == 2 and all("[...]" in front for _, front, _ in cards), cards
    assert (kept / "deck-builder.lock").read_bytes() == lock
    assert not (bare / "deck-builder.lock").exists()
