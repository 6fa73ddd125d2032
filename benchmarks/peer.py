"""deck-builder against the fastest peer, ankdown 0.7.1, on the same Markdown course.

    python benchmarks/peer.py                          # 100,000 notes (2,000 articles)
    python benchmarks/peer.py --notes 1000 --repeat 3  # a quick look

The course is benchmarks/corpus.py's, in Markdown (deck-builder's syntax), and the same
notes in ankdown's: one file per article, a card per note (`front`, `%`, `back`, `---`),
the front the note's text with its clozes hidden (and its context), the back the text
with them shown (and its source). They are copied from the package deck-builder builds
in a warm-up that is not measured, so both tools make the same notes.

ankdown is installed with pip into a virtual environment of its own in the work folder
(`--work`, default a temporary folder): it never becomes a dependency of deck-builder.

Each measurement is its own process, timed from start to exit with its own peak memory
(run.measure), and the tools take turns: every round runs each kind of build once for
each tool, and the best of --repeat rounds is kept, so a busy moment on a shared machine
weighs on both alike. Read the ratios:

  build    a first build: deck-builder with no lock or cache; ankdown (which keeps
           nothing between builds) likewise
  rebuild  the same build again, nothing changed (the same command: the package is there)
  rebuild -o new  the same, into a package of another name, which must be written
           (ankdown's column: its rebuild, which always writes)
  edit     a rebuild after one article gained a fact and had one item reworded
  check    `deck-builder check` after the build, and with --no-cache
  floor    benchmarks/floor.py on the Markdown course: markdown-it-py parsing every file
           (deck-builder's parser), then genanki alone packaging the same notes
"""

from __future__ import annotations

import argparse
import datetime
import html
import json
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.append(str(HERE.parent / "tests"))  # after ours: tests/quality.py's cloze pattern

from corpus import NOTES_PER_ARTICLE, write_corpus  # noqa: E402
from quality import CLOZE_GAP  # noqa: E402
from run import Run, best, commit, deck_builder_env, machine, measure  # noqa: E402

ANKDOWN = "ankdown==0.7.1"
# The targets of issue 20, against ankdown at the size measured.
MAX_BUILD_RATIO = 1.5
MAX_MEMORY_RATIO = 1.5
MAX_REBUILD_RATIO = 0.5  # an unchanged rebuild against ankdown's build
MAX_CHECK_SHARE = 0.25  # check against deck-builder's own build

_TAG = re.compile(r"<[^>]+>")


def install_ankdown(work: Path, say) -> Path:
    """ankdown's command, from a virtual environment of its own under `work`."""
    venv = work / "ankdown-venv"
    command = venv / "bin" / "ankdown"
    if not command.exists():
        say(f"installing {ANKDOWN} into {venv}")
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", ANKDOWN],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return command


def _plain(field: str) -> str:
    """A field's text, Markdown-safe for ankdown: no line of its own is `%` or `---`."""
    return " ".join(html.unescape(_TAG.sub(" ", field)).split())


def ankdown_card(kind_fields: list[str], cloze: bool) -> str:
    """One ankdown card (front, back) carrying the note deck-builder made."""
    if cloze:
        text, context, source = kind_fields
        front = CLOZE_GAP.sub("[…]", text) + f"\n\n*{_plain(context)}*"
        back = CLOZE_GAP.sub(r"**\2**", text) + f"\n\n{_plain(source)}"
    else:  # compare: Dimension, Comparison, (concept, text, masked text) x 4, ..., Source
        dimension, comparison, *slots = kind_fields
        cells = [slots[i:i + 3] for i in range(0, 12, 3) if slots[i]]
        front = f"{_plain(comparison)}: {_plain(dimension)}\n\n" + "\n\n".join(
            f"{_plain(concept)}: {_plain(masked)}" for concept, _, masked in cells)
        back = "\n\n".join(f"{_plain(concept)}: {_plain(text)}" for concept, text, _ in cells) \
            + f"\n\n{_plain(slots[-1])}"
    return f"{front}\n\n%\n\n{back}\n\n---\n"


def write_ankdown_course(apkg: Path, folder: Path) -> int:
    """deck-builder's notes from its package, one ankdown file per article; the cards."""
    folder.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "collection.anki2"
        with zipfile.ZipFile(apkg) as archive:
            db.write_bytes(archive.read("collection.anki2"))
        conn = sqlite3.connect(db)
        models = {int(mid): m for mid, m in json.loads(
            conn.execute("SELECT models FROM col").fetchone()[0]).items()}
        cloze_models = {mid for mid, m in models.items() if m["type"] == 1}
        cards: dict[str, list[str]] = defaultdict(list)
        for mid, flds, tags in conn.execute("SELECT mid, flds, tags FROM notes ORDER BY id"):
            article = next(t for t in tags.split() if t.startswith("article::"))[9:]
            cards[article].append(ankdown_card(flds.split("\x1f"), mid in cloze_models))
        conn.close()
    for article, texts in sorted(cards.items()):
        (folder / f"{article}.md").write_text("".join(texts), encoding="utf-8")
    return sum(map(len, cards.values()))


def edit_markdown(cards: Path) -> None:
    """Add a fact to the first article and reword one of its list items."""
    path = sorted(cards.glob("*.md"))[0]
    text = path.read_text(encoding="utf-8")
    title_end = text.index("\n\n", text.index("\n# ")) + 2
    text = (text[:title_end] + "A fact added to time an edit, about **one new phrase**.\n\n"
            + text[title_end:])
    text = re.sub(r"^(- \*\*[^*]+\*\*: )", r"\1Reworded: ", text, count=1, flags=re.M)
    path.write_text(text, encoding="utf-8")


def edit_ankdown(cards: Path) -> None:
    """The same edit in ankdown's syntax: a card added at the top, one card reworded."""
    path = sorted(cards.glob("*.md"))[0]
    text = path.read_text(encoding="utf-8")
    added = ("A fact added to time an edit, about […].\n\n%\n\n"
             "A fact added to time an edit, about **one new phrase**.\n\n---\n")
    cards_text = text.split("---\n")
    cards_text[5] = "Reworded: " + cards_text[5]
    path.write_text(added + "---\n".join(cards_text), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=100_000,
                        help="notes in the course (default: %(default)s)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="rounds, the best of each measurement kept (default: %(default)s)")
    parser.add_argument("--work", type=Path,
                        help="keep the courses, packages and ankdown's environment here "
                             "(default: a temporary folder, deleted afterwards)")
    options = parser.parse_args()

    def say(message: str) -> None:
        print(f"  {message}", file=sys.stderr, flush=True)

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="deck-builder-peer-") as tmp:
        work = (options.work or Path(tmp)).resolve()
        work.mkdir(parents=True, exist_ok=True)
        ankdown = install_ankdown(work, say)
        result, articles, cards, sizes = measure_all(work, options.notes, options.repeat,
                                                     ankdown, say)
    print(f"deck-builder against ankdown 0.7.1, {datetime.date.today().isoformat()}, "
          f"commit {commit()}")
    print(f"machine: {machine()}")
    print(f"course: Markdown, {articles:,} articles, {options.notes:,} notes "
          f"({NOTES_PER_ARTICLE} per article; ankdown: the same {cards:,} notes as cards, one "
          f"file per article); best of {options.repeat} interleaved round(s)")
    print()
    for line in report(result):
        print(line)
    print()
    print(f"deck-builder.lock: {sizes['lock'] / 1e6:,.2f} MB for {sizes['articles'] / 1e6:,.2f} MB "
          f"of articles ({sizes['lock'] / sizes['articles']:.2f}x); build cache "
          f"{sizes['cache'] / 1e6:,.2f} MB (not committed)")
    say(f"done in {time.perf_counter() - started:.0f} s")


def measure_all(work: Path, notes: int, repeat: int, ankdown: Path, say):
    env = deck_builder_env()
    folder = work / f"peer-{notes}"
    shutil.rmtree(folder, ignore_errors=True)
    course = folder / "cards"
    articles = len(write_corpus(course, notes, fmt="markdown"))
    out = folder / "build"
    out.mkdir(parents=True)
    deck_builder = [sys.executable, "-m", "deck_builder"]
    lock, cache = course / "deck-builder.lock", course / ".deck-builder-cache"

    def fresh() -> None:
        lock.unlink(missing_ok=True)
        shutil.rmtree(cache, ignore_errors=True)

    say(f"{notes:,} notes: warm-up build, and ankdown's course from its notes (not measured)")
    fresh()
    apkg = out / "deck-builder.apkg"
    measure([*deck_builder, "build", "cards", "-o", str(apkg)], folder, folder / "warm.log",
            env=env)
    cards = write_ankdown_course(apkg, folder / "ankdown")
    measure([sys.executable, str(HERE / "floor.py"), "prepare", str(apkg),
             str(folder / "notes.pickle")], folder, folder / "prepare.log")
    edited, ank_edited = folder / "cards-edited", folder / "ankdown-edited"
    shutil.copytree(folder / "ankdown", ank_edited)
    edit_ankdown(ank_edited)

    def db_build(source: str, name: str) -> list[str]:
        return [*deck_builder, "build", source, "-o", str(out / f"{name}.apkg")]

    def ank_build(source: str, name: str) -> list[str]:
        return [str(ankdown), "-r", str(folder / source), "-p", str(out / f"{name}.apkg")]

    runs: dict[str, list[Run]] = defaultdict(list)
    built_lock: list[bytes] = []  # the lock of this round's first build

    def run(name: str, args: list[str], before=None, **kwargs) -> None:
        say(f"{notes:,} notes, round {len(runs[name]) + 1}/{repeat}: {name}")
        if before:
            before()
        runs[name].append(measure(args, folder, folder / f"{name}.log", **kwargs))

    def before_edit() -> None:
        """The course as the build left it, lock and cache too, with one article edited."""
        shutil.rmtree(edited, ignore_errors=True)
        shutil.copytree(course, edited)
        (edited / lock.name).write_bytes(built_lock[-1])
        edit_markdown(edited)

    for _ in range(repeat):
        run("db build", db_build("cards", "build"), before=fresh, env=env)
        run("ankdown build", ank_build("ankdown", "ankdown"))
        built_lock.append(lock.read_bytes())
        # The same command again, as a user rebuilds; then into a package of another name,
        # which must be written (it was this benchmark's `rebuild` until 1 December 2026).
        run("db rebuild", db_build("cards", "build"), env=env)
        run("ankdown rebuild", ank_build("ankdown", "ankdown"))
        run("db rebuild -o new", db_build("cards", "rebuild"), env=env)
        run("db edit", db_build("cards-edited", "edit"), before=before_edit, env=env)
        run("ankdown edit", ank_build("ankdown-edited", "ankdown-edit"))
        run("db check", [*deck_builder, "check", "cards"], env=env)
        run("db check --no-cache", [*deck_builder, "check", "cards", "--no-cache"], env=env)
        run("floor", [sys.executable, str(HERE / "floor.py"), "run", "cards",
                      str(folder / "notes.pickle"), str(out / "floor.apkg")])
    sizes = {"articles": sum(p.stat().st_size for p in course.glob("*.md")),
             "lock": lock.stat().st_size,
             "cache": sum(p.stat().st_size for p in cache.iterdir() if p.is_file())}
    return {name: best(r) for name, r in runs.items()}, articles, cards, sizes


def report(r: dict[str, Run]) -> list[str]:
    floor = r["floor"]

    def row(name: str, db: Run, peer: Run | None) -> str:
        versus = (f"{db.seconds / peer.seconds:>8.2f}x {db.peak_mb / peer.peak_mb:>7.2f}x"
                  if peer else f"{'':>9} {'':>8}")
        peer_text = (f"{peer.seconds:>8.2f} {peer.peak_mb:>7.0f}" if peer
                     else f"{'':>8} {'':>7}")
        return (f"  {name:<18} {db.seconds:>8.2f} {db.peak_mb:>7.0f} {peer_text} {versus} "
                f"{db.seconds / floor.seconds:>8.2f}x {db.peak_mb / floor.peak_mb:>7.2f}x")

    lines = [
        "seconds (wall, each its own process) and peak MB (resident, each process tree)",
        f"  {'':<18} {'deck-builder':>16} {'ankdown':>16} {'deck-builder/ankdown':>18} "
        f"{'deck-builder/floor':>18}",
        f"  {'':<18} {'time':>8} {'MB':>7} {'time':>8} {'MB':>7} {'time':>9} {'MB':>8} "
        f"{'time':>9} {'MB':>8}",
    ]
    for kind in ("build", "rebuild", "rebuild -o new", "edit"):
        lines.append(row(kind, r[f"db {kind}"], r.get(f"ankdown {kind}", r["ankdown rebuild"])))
    lines.append(row("check", r["db check"], None))
    lines.append(row("check --no-cache", r["db check --no-cache"], None))
    lines.append(f"  {'floor':<18} {floor.seconds:>8.2f} {floor.peak_mb:>7.0f}")

    def verdict(value: float, limit: float) -> str:
        return f"{value:5.2f}x  (at most {limit}x)  {'met' if value <= limit else 'MISSED'}"

    build, peer = r["db build"], r["ankdown build"]
    targets = [
        ("first build time vs ankdown's build", build.seconds / peer.seconds, MAX_BUILD_RATIO),
        ("first build memory vs ankdown's", build.peak_mb / peer.peak_mb, MAX_MEMORY_RATIO),
        ("unchanged rebuild vs ankdown's build", r["db rebuild"].seconds / peer.seconds,
         MAX_REBUILD_RATIO),
        ("check vs deck-builder's build", r["db check"].seconds / build.seconds,
         MAX_CHECK_SHARE),
        ("check --no-cache vs the build", r["db check --no-cache"].seconds / build.seconds,
         MAX_CHECK_SHARE),
    ]
    lines += ["", "targets (issue 20):"]
    lines += [f"  {name:<38} {verdict(value, limit)}" for name, value, limit in targets]
    return lines


if __name__ == "__main__":
    main()
