"""How many cards of a folder of notes say nothing of what they compare (issue 15).

    python benchmarks/empty_comparisons.py /work/realnotes

Prints only two counts over every note file of the folder (the suffixes real_notes.py
measures), each file built alone as real_notes.py builds it:

- compare cards (a "which" card per masked cell, a recall card per gap) whose note's
  Comparison field is empty: the front's context line is "› Dimension", with no subject;
- fronts whose context line starts with "›": those cards, and cloze cards whose Context
  field opens on "›" (a title part left empty before it).

A card counts once in each line it falls under.
"""

from __future__ import annotations

import html
import re
import shutil
import sys
import tempfile
import unicodedata
from pathlib import Path

from real_notes import note_files

from deck_builder.anki.note_types import MAX_CONCEPTS, NOTE_TYPES
from deck_builder.build import BuildOptions, build
from deck_builder.errors import DeckBuilderError

_CLOZE = re.compile(r"\{\{c(\d+)::")


def shown(field: str) -> str:
    """A field as the card shows it: no tags, no entities, no invisible characters."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", field))
    return " ".join("".join(c for c in text if unicodedata.category(c) != "Cf").split())


def counts(path: Path) -> tuple[int, int]:
    """(compare cards with no comparison subject, fronts whose context opens on "›")."""
    folder = Path(tempfile.mkdtemp(prefix="empty-comparisons-"))
    try:
        shutil.copyfile(path, folder / path.name)
        try:
            built = build([folder / path.name], BuildOptions(folder / "out.apkg",
                                                             use_cache=False))
        except DeckBuilderError:
            return 0, 0  # a refused file makes no card
        empty = opens = 0
        for note in built.plan.notes:
            if note.status == "removed":
                continue
            # The fields by name, as the note type lists them (its slots may grow).
            field = dict(zip(NOTE_TYPES[note.kind].fields, note.fields, strict=True))
            if note.kind == "compare":
                # A slot's "which" card where its Masked cell shows, its recall card per
                # cloze of its Text.
                cards = sum(1 for i in range(1, MAX_CONCEPTS + 1) if shown(field[f"Masked{i}"]))
                cards += sum(len(set(_CLOZE.findall(field[f"Text{i}"])))
                             for i in range(1, MAX_CONCEPTS + 1))
                if not shown(field["Comparison"]):
                    empty += cards
                    opens += cards
                elif shown(field["Comparison"]).startswith("›"):
                    opens += cards
            elif note.kind == "cloze" and shown(field["Context"]).startswith("›"):
                opens += len(set(_CLOZE.findall(field["Text"])))
        return empty, opens
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    empty = opens = 0
    for path in note_files(Path(argv[0])):
        one, two = counts(path)
        empty, opens = empty + one, opens + two
    print(f"compare cards with an empty comparison subject: {empty}")
    print(f"fronts whose context starts with ›: {opens}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
