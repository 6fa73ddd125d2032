"""Every card a folder of real notes makes, run through the suite's card rules (issue 15).

    python tests/review/rule_breaks.py /path/to/notes

Each `*.md` file (not README.md or *.expect.md) is built alone, imported into a fresh Anki
collection, and every card is checked by `tests/quality.py`'s `weak_cards`, the rules every
deck the suite imports must hold. Prints each broken rule, then the share of cards that
break one. Measures notes that are not in the tests: the suite already holds its own.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from click.testing import CliRunner

from deck_builder.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import quality  # noqa: E402  (tests/quality.py: the card rules)


def main_(folder: Path) -> None:
    work = Path(tempfile.mkdtemp())
    cards = breaks = 0
    try:
        files = [f for f in sorted(folder.glob("*.md"))
                 if f.name != "README.md" and not f.name.endswith(".expect.md")]
        for number, note_file in enumerate(files):
            place = work / str(number)
            (place / "a").mkdir(parents=True)
            shutil.copy(note_file, place / "a")
            result = CliRunner().invoke(main, ["build", str(place / "a"), "-o",
                                               str(place / "x.apkg"), "-q"])
            if result.exit_code != 0:
                print(f"{note_file.name}: build failed (exit {result.exit_code})")
                continue
            collection = Collection(str(place / "c.anki2"))
            try:
                collection.import_anki_package(ImportAnkiPackageRequest(
                    package_path=str(place / "x.apkg"), options=ImportAnkiPackageOptions()))
                weak = quality.weak_cards(collection)
                cards += len(collection.find_cards(""))
            finally:
                collection.close()
            breaks += len(weak)
            for line in weak:
                print(f"{note_file.name}: {line[:220]}")
        print(f"{len(files)} files, {cards} cards, {breaks} break a rule "
              f"({100 * breaks / max(cards, 1):.1f}%)")
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main_(Path(sys.argv[1]))
