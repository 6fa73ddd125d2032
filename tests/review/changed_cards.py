"""The gate for a reading: every card that changed between two commits, judged blind.

A reading written against articles of our own can make good cards there and junk on notes
nobody wrote for it (session 22: a bold line over a paragraph, read as a name and its
meaning, made 7 junk cards of 8 on the held-out notes). So before a reading stays, the cards
it changes on notes it was not written for are judged by a reviewer who sees only the cards:

    python tests/review/changed_cards.py render START DIR... -o start.tsv
    python tests/review/changed_cards.py render HEAD DIR... -o head.tsv
    python tests/review/changed_cards.py sheet start.tsv head.tsv -o gate/cards.md --seed 22
    #  ... a reviewer writes gate/verdicts.tsv: number<TAB>good|weak|junk<TAB>reason
    python tests/review/changed_cards.py render REV DIR... -o rev.tsv   # each commit between
    python tests/review/changed_cards.py score gate/cards.key.tsv gate/verdicts.tsv \\
        --by start.tsv rev1.tsv ... head.tsv

`render` builds each folder's articles at a commit (a temporary git worktree, that
commit's own code) and writes every card as Anki shows it. `sheet` shuffles the removed and
added cards together, nothing saying which is which (the key, kept from the reviewer, does).
`score` counts the verdicts of removed and added cards, and with `--by` charges each card to
the first rendering in which it appears or goes: which change made or took it. Nobody needs
to read the notes: the held-out sets stay unseen.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_RENDER = """
import sys
sys.path.insert(0, 'tests/review')
from pathlib import Path
import tempfile
from sample_cards import cards_of
with tempfile.TemporaryDirectory() as work:
    for folder in sys.argv[1:]:
        for _, _, front, back in cards_of(Path(folder), Path(work)):
            print(folder, front.replace('\\t', ' ').replace('\\n', ' / '),
                  back.replace('\\t', ' ').replace('\\n', ' / '), sep='\\t')
"""

Card = tuple[str, str, str]  # (folder, front, back)


def render(revision: str, folders: list[str]) -> list[Card]:
    """Every card of `folders` as Anki shows it, built by the code at `revision`."""
    # A lock the folder had before (the seed's, committed in cards/) is kept as it was;
    # only one the build left behind goes (rendering cards/ once deleted the seed's lock).
    locks = {f: (Path(f) / "deck-builder.lock").read_bytes()
             for f in folders if (Path(f) / "deck-builder.lock").exists()}
    with tempfile.TemporaryDirectory() as tree:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", tree, revision],
                       check=True, capture_output=True)
        try:
            done = subprocess.run(
                [sys.executable, "-c", _RENDER, *[str(Path(f).resolve()) for f in folders]],
                cwd=tree, env={**os.environ, "PYTHONPATH": tree}, check=True,
                capture_output=True, text=True)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", tree],
                           check=False, capture_output=True)
            for folder in folders:  # a build leaves its lock beside the articles
                lock = Path(folder) / "deck-builder.lock"
                if folder in locks:
                    lock.write_bytes(locks[folder])
                else:
                    lock.unlink(missing_ok=True)
    return [tuple(line.split("\t")) for line in done.stdout.splitlines() if line]


def read(path: Path) -> list[Card]:
    with open(path, encoding="utf-8", newline="") as handle:
        return [tuple(row) for row in csv.reader(handle, delimiter="\t")]


def write(path: Path, cards: list[Card]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter="\t", lineterminator="\n").writerows(cards)


def changed(old: list[Card], new: list[Card]) -> list[tuple[str, Card]]:
    """("removed" | "added", card) for each card in one rendering and not the other."""
    before, after = set(old), set(new)
    return ([("removed", card) for card in old if card not in after]
            + [("added", card) for card in new if card not in before])


def sheet(cards: list[tuple[str, Card]], out: Path, seed: int) -> None:
    """The changed cards shuffled into a reviewer's sheet, and its key beside it."""
    rng = random.Random(seed)
    cards = rng.sample(cards, len(cards))
    with open(out, "w", encoding="utf-8") as text, \
            open(out.with_suffix(".key.tsv"), "w", encoding="utf-8", newline="") as key:
        # (as `write` does: a front opening on a quote is read back whole by `read`)
        rows = csv.writer(key, delimiter="\t", lineterminator="\n")
        for number, (kind, (folder, front, back)) in enumerate(cards, 1):
            text.write(f"## Card {number}\n\nFRONT:\n{front.replace(' / ', chr(10))}\n\n"
                       f"BACK:\n{back.replace(' / ', chr(10))}\n\n")
            rows.writerow((number, kind, folder, front, back))


def score(key: Path, verdicts: Path, renderings: list[list[Card]]) -> dict[str, Counter]:
    """Verdicts counted by kind ("removed", "added"), and with `renderings` (in commit
    order) by the first one in which the card appears or goes ("added@2")."""
    asked = {}
    for row in read(key):
        asked[row[0]] = (row[1], (row[2], row[3], row[4]))
    counts: dict[str, Counter] = defaultdict(Counter)
    sets = [set(cards) for cards in renderings]
    for row in read(verdicts):
        if len(row) < 2 or row[0] not in asked:
            continue
        kind, card = asked[row[0]]
        counts[kind][row[1]] += 1
        present = [card in cards for cards in sets]
        flip = next((i for i in range(1, len(present)) if present[i] != present[i - 1]), None)
        if flip is not None:
            counts[f"{kind}@{flip}"][row[1]] += 1
    return dict(counts)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    do = commands.add_parser("render")
    do.add_argument("revision")
    do.add_argument("folders", nargs="+")
    do.add_argument("-o", "--out", type=Path, required=True)
    do = commands.add_parser("sheet")
    do.add_argument("old", type=Path)
    do.add_argument("new", type=Path)
    do.add_argument("-o", "--out", type=Path, required=True)
    do.add_argument("--seed", type=int, default=1)
    do = commands.add_parser("score")
    do.add_argument("key", type=Path)
    do.add_argument("verdicts", type=Path)
    do.add_argument("--by", type=Path, nargs="*", default=[])
    args = parser.parse_args(argv)
    if args.command == "render":
        cards = render(args.revision, args.folders)
        write(args.out, cards)
        print(f"{len(cards)} cards at {args.revision}")
    elif args.command == "sheet":
        cards = changed(read(args.old), read(args.new))
        sheet(cards, args.out, args.seed)
        kinds = Counter(kind for kind, _ in cards)
        print(f"{len(cards)} changed cards ({kinds['removed']} removed, {kinds['added']} "
              f"added) in {args.out}")
    else:
        for kind, counts in sorted(score(args.key, args.verdicts,
                                         [read(p) for p in args.by]).items()):
            print(kind, dict(counts))


if __name__ == "__main__":
    main()
