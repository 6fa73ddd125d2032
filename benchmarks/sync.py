"""Measure `deck-builder sync` of a one-article edit against a rebuild and File > Import.

    python benchmarks/sync.py                      # 100,000 notes: long, and ~2 GB of disk
    python benchmarks/sync.py --notes 2000         # a quick look
    python benchmarks/sync.py --notes 2000 --repeat 3 --work /tmp/bench-sync

Set-up, not timed: a course of --notes notes (corpus.py) is synced once into a new
collection, so that the collection, the lock and the build cache hold the whole course.
Then the first article is edited as run.py's `edit` does (a fact added, an item reworded)
and, each from that same state, restored before every run:

  sync      `deck-builder sync cards --collection C`, with a backup made within Anki's
            interval already there, as for a sync repeated during a session
  sync+bk   the same, but Anki makes its backup first (the first sync of a session)
  rebuild   `deck-builder build cards -o edit.apkg`: today's way, step one
  import    Anki's importer taking edit.apkg into the collection, as File > Import does
  reb+imp   rebuild + import: what sync replaces

Each is its own process, timed from start to exit (interpreter start-up included), best of
--repeat. Needs the anki package (`pip install '.[anki]'`).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import write_corpus  # noqa: E402
from run import best, commit, deck_builder_env, edit_one_article, machine, measure  # noqa: E402

IMPORT = """
import sys
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
col = Collection(sys.argv[1])
col.import_anki_package(ImportAnkiPackageRequest(package_path=sys.argv[2],
                                                 options=ImportAnkiPackageOptions()))
col.close()
"""
NEW_COLLECTION = ("import sys; from anki.collection import Collection; "
                  "Collection(sys.argv[1]).close()")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--work", type=Path, help="folder to work in (default: a temporary one)")
    parser.add_argument("--reuse", action="store_true",
                        help="keep WORK/pristine, set up by an earlier run of this commit's "
                             "deck-builder: the set-up is most of the time at 100,000 notes")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="deck-builder-sync-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    env = deck_builder_env()
    deck_builder = [sys.executable, "-m", "deck_builder"]
    log = work / "log.txt"

    pristine = work / "pristine"
    if not (args.reuse and (pristine / "anki" / "collection.anki2").exists()):
        shutil.rmtree(pristine, ignore_errors=True)
        cards, anki = pristine / "cards", pristine / "anki"
        write_corpus(cards, args.notes)
        anki.mkdir(parents=True)
        collection = anki / "collection.anki2"
        subprocess.run([sys.executable, "-c", NEW_COLLECTION, str(collection)], check=True,
                       env=env)
        measure([*deck_builder, "sync", "cards", "--collection", str(collection)], pristine, log,
                env)
        edit_one_article(cards)

    live = work / "live"

    def restore(backup: bool = True) -> None:
        shutil.rmtree(live, ignore_errors=True)
        shutil.copytree(pristine, live)
        if not backup:
            shutil.rmtree(live / "anki" / "backups", ignore_errors=True)

    live_collection = str(live / "anki" / "collection.anki2")
    sync = [*deck_builder, "sync", "cards", "--collection", live_collection]
    rebuild = [*deck_builder, "build", "cards", "-o", str(live / "edit.apkg")]
    runs: dict[str, list] = {"sync": [], "sync+bk": [], "rebuild": [], "import": []}
    for _ in range(args.repeat):
        restore()
        runs["sync"].append(measure(sync, live, log, env))
        restore(backup=False)
        runs["sync+bk"].append(measure(sync, live, log, env))
        restore()
        runs["rebuild"].append(measure(rebuild, live, log, env))
        runs["import"].append(measure([sys.executable, "-c", IMPORT, live_collection,
                                       str(live / "edit.apkg")], live, log, env))
    times = {name: best(found).seconds for name, found in runs.items()}
    together = min(r.seconds + i.seconds for r, i in zip(runs["rebuild"], runs["import"],
                                                         strict=True))
    print(f"deck-builder sync benchmark, commit {commit()}")
    print(f"machine: {machine()}")
    print(f"course: {args.notes:,} notes, one article edited; best of {args.repeat} run(s)")
    print(f"{'sync':>8} {'sync+bk':>8} {'rebuild':>8} {'import':>8} {'reb+imp':>8} "
          f"{'sync/ri':>8}")
    print(f"{times['sync']:>8.2f} {times['sync+bk']:>8.2f} {times['rebuild']:>8.2f} "
          f"{times['import']:>8.2f} {together:>8.2f} {times['sync'] / together:>8.2f}")
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
