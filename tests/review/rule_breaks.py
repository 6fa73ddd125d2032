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

from deck_builder.readers.markdown import SUFFIXES as MARKDOWN_SUFFIXES

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import quality  # noqa: E402  (tests/quality.py: the card rules)
from review.sample_cards import imported  # noqa: E402  (built and imported as the sampler does)


def main_(folder: Path) -> None:
    work = Path(tempfile.mkdtemp())
    cards = breaks = 0
    try:
        files = [f for f in sorted(folder.iterdir()) if f.suffix.lower() in MARKDOWN_SUFFIXES
                 if f.name != "README.md" and not f.name.endswith(".expect.md")]
        for note_file in files:
            with imported(note_file, work) as collection:
                weak = quality.weak_cards(collection)
                cards += len(collection.find_cards(""))
            breaks += len(weak)
            for line in weak:
                print(f"{note_file.name}: {line[:220]}")
        print(f"{len(files)} files, {cards} cards, {breaks} break a rule "
              f"({100 * breaks / max(cards, 1):.1f}%)")
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main_(Path(sys.argv[1]))
