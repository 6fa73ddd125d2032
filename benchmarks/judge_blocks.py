"""Which of the blocks `real_notes.py` counts are card-worthy to a learner, asked blind.

    python benchmarks/judge_blocks.py export FOLDER OUT_DIR [--sheets 3] [--shared 30]
        [--sample N] [--seed 14] [--misses]
    python benchmarks/judge_blocks.py score OUT_DIR [--now FOLDER]

`real_notes.py` counts every paragraph of six words or more, every list item and every table
row as card-worthy: a rule of shape, written down so the number means the same thing from
one run to the next. Issue 14 asks for "card-worthy blocks (paragraphs stating a fact, list
items, table rows, callouts)", and a blind reader of held-out-2's misses found only 37% of
them would give a learner one good card. So the shape rule's denominator holds blocks no
card should be made of, and coverage measured on it undercounts.

This script asks a reader instead, the same way for every block, covered or not:

- `export` writes the blocks of every file of FOLDER (those `real_notes.py` counts) in a
  shuffled order to `sheet-K.tsv` files, each block with its note's title, its heading path,
  its parent list item (a nested item's title) and its whole text (a table row with the
  table's header). A judge sees nothing else: not the code, not the cards, not whether a
  note was made. `key.tsv` (which the judge must not see) maps each id to its file, line,
  kind and whether `real_notes.py` found a note made of it. `--shared N` puts the same N
  blocks on every sheet, to measure how far judges agree. `--sample N` judges a random N of
  the blocks instead of all. `--misses` exports only the blocks no note was made of: for a
  development set, to find the card-worthy misses worth a reading (never for a figure).
- The judge writes `verdicts-K.tsv`: `id<TAB>yes|no|unsure<TAB>reason`.
- `score` prints, per kind and in all: blocks judged, card-worthy (yes, or unsure: a doubt
  keeps a block in the denominator, the harder reading for us), and the share of those
  that became notes. A shared block's verdict is the majority of its judges (a tie counts
  as card-worthy), and their agreement is printed. With `--now FOLDER` (the folder the
  blocks came from) whether each block is covered is measured again with today's reader,
  so the same verdicts score a later build (blocks the counter has added since are not
  judged and not counted).

The rule, fixed before any verdict was read (2026-12-02, thirteenth session): a block is
card-worthy when its judge says yes or unsure; coverage is covered card-worthy blocks over
card-worthy blocks; the shape count of `real_notes.py` is printed beside it, unchanged.
"""

from __future__ import annotations

import csv
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from real_notes import blank_front_matter, measure, note_files  # noqa: E402

QUESTION = (
    "Would a careful learner, reading this block with only its note's title, heading and "
    "parent item as context, make at least one good flashcard of one fact from it "
    "(a fact worth remembering, askable without the rest of the page)?")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
# A code fence's opening or closing line: three or more of one character (indented too, as
# in a list item, whose code may hold "# comment" lines).
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})(.*)$")
_ITEM = re.compile(r"^(\s*)(?:[-*+]|\d+[.)])\s+(.*)$")
_TITLE = re.compile(r"^title\s*[:=]\s*[\"']?(.*?)[\"']?\s*$", re.I)


def _title(text: str, path: Path) -> str:
    head = text.split("\n")
    if head and head[0].strip() in ("---", "+++"):
        for line in head[1:60]:
            if line.strip() in ("---", "+++"):
                break
            found = _TITLE.match(line)
            if found:
                return found.group(1)
    tops = [m.group(2) for line in head if (m := _HEADING.match(line)) and m.group(1) == "#"]
    return tops[0] if len(tops) == 1 else path.stem.split("__")[-1]


def _context(lines: list[str], start: int) -> tuple[str, str]:
    """The heading path above line `start` (1-based) and a nested item's parent item."""
    path: list[tuple[int, str]] = []
    fence = ""  # the open code fence's marker: a "#" line inside it is code, no heading
    for line in lines[:start - 1]:
        marker = _FENCE.match(line)
        if marker and not fence:
            fence = marker.group(1)
            continue
        if marker and marker.group(1)[0] == fence[0] and len(marker.group(1)) >= len(fence) \
                and not marker.group(2).strip():
            # Closed only by the same character, as many or more, and nothing after: a
            # "```" line inside a "````" fence (a fence shown in a code block) is code.
            fence = ""
            continue
        found = None if fence else _HEADING.match(line)
        if found:
            level = len(found.group(1))
            path = [(lvl, title) for lvl, title in path if lvl < level] + [(level, found.group(2))]
    parent = ""
    own = _ITEM.match(lines[start - 1]) if start - 1 < len(lines) else None
    if own and own.group(1):
        indent = len(own.group(1))
        for line in reversed(lines[:start - 1]):
            item = _ITEM.match(line)
            if item and len(item.group(1)) < indent:
                parent = item.group(2).strip()
                break
            if line.strip() and not line.startswith(" ") and not item:
                break
    return " › ".join(title for _, title in path), parent


def _text(lines: list[str], kind: str, start: int, end: int) -> str:
    body = lines[start - 1:end]
    if kind == "list item":
        own = [body[0]]
        for line in body[1:]:
            if _ITEM.match(line) or not line.strip():
                break
            own.append(line)
        body = own
    elif kind == "table row":
        top = start - 1
        while top > 0 and lines[top - 1].lstrip().startswith("|"):
            top -= 1
        body = [lines[top], lines[start - 1]]
    text = " / ".join(line.strip() for line in body if line.strip())
    return text if len(text) <= 1500 else text[:1500] + " …"


def export(folder: Path, out: Path, sheets: int, shared: int, sample: int | None,
           seed: int, misses: bool = False) -> None:
    rows = []
    for path in note_files(folder):
        text = path.read_text(encoding="utf-8", errors="replace")
        lines = blank_front_matter(text).split("\n")
        title = _title(text, path)
        result = measure(path)
        for block in result.blocks:
            if misses and block.covered:
                continue
            heading, parent = _context(lines, block.start)
            rows.append({"file": path.name, "line": block.start, "kind": block.kind,
                         "covered": "yes" if block.covered else "no", "title": title,
                         "heading": heading, "parent": parent,
                         "text": _text(lines, block.kind, block.start, block.end)})
    chance = random.Random(seed)
    chance.shuffle(rows)
    if sample is not None:
        rows = rows[:sample]
    for number, row in enumerate(rows, 1):
        row["id"] = f"b{number:04d}"
    common, rest = rows[:shared], rows[shared:]
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "key.tsv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["id", "file", "line", "kind", "covered", "shared"])
        for number, row in enumerate(rows, 1):  # the first `shared` rows are on every sheet
            writer.writerow([row["id"], row["file"], row["line"], row["kind"], row["covered"],
                             "yes" if number <= shared else "no"])
    for sheet in range(1, sheets + 1):
        mine = common + rest[sheet - 1::sheets]
        chance.shuffle(mine)
        with open(out / f"sheet-{sheet}.tsv", "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
            writer.writerow(["id", "kind", "title", "heading", "parent", "text"])
            for row in mine:
                writer.writerow([row["id"], row["kind"], row["title"], row["heading"],
                                 row["parent"], row["text"].replace("\t", " ")])
    print(f"{len(rows)} blocks, {sheets} sheets of about {len(mine)}, {shared} shared; "
          f"key in {out / 'key.tsv'} (keep it from the judges)")


def score(out: Path, now: Path | None = None) -> None:
    with open(out / "key.tsv", encoding="utf-8") as handle:
        key = {row["id"]: row for row in csv.DictReader(handle, delimiter="\t")}
    if now is not None:
        covered_now = {(path.name, block.start) for path in note_files(now)
                       for block in measure(path).blocks if block.covered}
        for row in key.values():
            row["covered"] = "yes" if (row["file"], int(row["line"])) in covered_now else "no"
    votes: dict[str, list[str]] = defaultdict(list)
    for path in sorted(out.glob("verdicts-*.tsv")):
        # One vote per block per judge: a block written twice in one file (a verdict
        # corrected below the first) is that judge's last word, not two votes.
        theirs: dict[str, str] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) >= 2 and parts[0] in key and parts[1].strip().lower() in (
                    "yes", "no", "unsure"):
                theirs[parts[0]] = parts[1].strip().lower()
        for block_id, verdict in theirs.items():
            votes[block_id].append(verdict)
    shared = [i for i, row in key.items() if row["shared"] == "yes" and len(votes[i]) > 1]
    if shared:
        same = sum(len(set(votes[i])) == 1 for i in shared)
        print(f"shared blocks judged by more than one judge: {len(shared)}; "
              f"all judges agree on {same} ({100 * same / len(shared):.0f}%)")
    missing = [i for i in key if not votes[i]]
    if missing:
        print(f"not judged: {len(missing)} blocks (left out of the figures)")
    worthy: Counter = Counter()
    worthy_covered: Counter = Counter()
    judged: Counter = Counter()
    covered: Counter = Counter()
    for block_id, row in key.items():
        if not votes[block_id]:
            continue
        kind = row["kind"]
        judged[kind] += 1
        is_covered = row["covered"] == "yes"
        covered[kind] += is_covered
        no = votes[block_id].count("no")
        if no * 2 <= len(votes[block_id]):  # yes or unsure, or a tie
            worthy[kind] += 1
            worthy_covered[kind] += is_covered
    print(f"{'kind':<12} {'judged':>6} {'shape cov%':>10} {'worthy':>6} {'worthy cov%':>11}")
    for kind in [*sorted(judged), "all"]:
        j = sum(judged.values()) if kind == "all" else judged[kind]
        c = sum(covered.values()) if kind == "all" else covered[kind]
        w = sum(worthy.values()) if kind == "all" else worthy[kind]
        wc = sum(worthy_covered.values()) if kind == "all" else worthy_covered[kind]
        print(f"{kind:<12} {j:>6} {100 * c / j if j else 0:>9.1f}% {w:>6} "
              f"{100 * wc / w if w else 0:>10.1f}%")


def main(argv: list[str]) -> int:
    if len(argv) >= 3 and argv[0] == "export":
        options = {"--sheets": "3", "--shared": "30", "--sample": None, "--seed": "14"}
        misses = "--misses" in argv
        rest = [a for a in argv[3:] if a != "--misses"]
        # A misspelled or unknown flag, or one without its number, is refused: ignored, it
        # would export sheets of another shape than the one asked for.
        pairs = list(zip(rest[::2], rest[1::2], strict=False))
        if len(rest) % 2 or any(flag not in options or not value.isdigit()
                                for flag, value in pairs):
            print(f"judge_blocks export: expected {', '.join(options)} with a number each, "
                  f"and --misses; got {' '.join(rest)}", file=sys.stderr)
            return 2
        options.update(pairs)
        if int(options["--sheets"]) < 1:
            print("judge_blocks export: --sheets must be 1 or more", file=sys.stderr)
            return 2
        export(Path(argv[1]), Path(argv[2]), int(options["--sheets"]),
               int(options["--shared"]),
               int(options["--sample"]) if options["--sample"] else None,
               int(options["--seed"]), misses)
        return 0
    if argv[:1] == ["score"] and len(argv) in (2, 4) and argv[2:3] in ([], ["--now"]):
        if not (Path(argv[1]) / "key.tsv").is_file():
            # "score --help" or a mistyped folder: say what is missing, not a traceback.
            print(f"judge_blocks score: {argv[1]} has no key.tsv (made by export)",
                  file=sys.stderr)
            return 2
        score(Path(argv[1]), Path(argv[3]) if len(argv) == 4 else None)
        return 0
    print(__doc__.split("\n\n")[1], file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
