"""Measure `deck-builder sync` of a one-article edit against a rebuild and File > Import.

    python benchmarks/sync.py                      # 100,000 notes: long, and ~2 GB of disk
    python benchmarks/sync.py --notes 2000         # a quick look
    python benchmarks/sync.py --notes 2000 --repeat 3 --work /tmp/bench-sync

Set-up, not timed: a course of --notes notes (corpus.py) is synced once into a new
collection, so that the collection, the lock and the build cache hold the whole course,
and once more two seconds later with nothing changed (the cache then has a settled stat
of every file: storage/cache.settled_stat). What a run changes (the collection, the lock,
the cache) is saved; then the first article is edited as run.py's `edit` does (a fact
added, an item reworded). Before every run the saved state is put back and the edited
article written again in place: the course's other files are left as they are, as on
a learner's disk (a copy of them would have new inodes and ctimes, and every file would
be hashed, as after a fresh clone).

  sync      `deck-builder sync cards --collection C`, with a backup made within Anki's
            interval already there, as for a sync repeated during a session
  sync+bk   the same, but Anki makes its backup first (the first sync of a session)
  rebuild   `deck-builder build cards -o edit.apkg`: today's way, step one
  import    Anki's importer taking edit.apkg into the collection, as File > Import does
  reb+imp   rebuild + import: what sync replaces

Each is its own process, timed from start to exit (interpreter start-up included), best of
--repeat: wall seconds, and CPU seconds (user + system, of it and its children), which the
load of a shared machine inflates far less. Needs the anki package (`pip install '.[anki]'`).
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import write_corpus  # noqa: E402
from run import commit, deck_builder_env, edit_one_article, machine, measure  # noqa: E402

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


def timed(args: list[str], cwd: Path, log: Path, env: dict) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one process run to its end (run.measure)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = measure(args, cwd, log, env).seconds
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--work", type=Path, help="folder to work in (default: a temporary one)")
    parser.add_argument("--reuse", action="store_true",
                        help="keep WORK's course and collection, set up by an earlier run of "
                             "this commit's deck-builder: the set-up is most of the time at "
                             "100,000 notes")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="deck-builder-sync-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    env = deck_builder_env()
    deck_builder = [sys.executable, "-m", "deck_builder"]
    log = work / "log.txt"

    live, saved = work / "live", work / "saved"  # the course, and what a run changes
    cards, anki = live / "cards", live / "anki"
    collection = anki / "collection.anki2"
    changed = [anki, cards / "deck-builder.lock", cards / ".deck-builder-cache"]
    sync = [*deck_builder, "sync", "cards", "--collection", str(collection)]
    if not (args.reuse and (saved / "edited").exists()):
        shutil.rmtree(live, ignore_errors=True)
        shutil.rmtree(saved, ignore_errors=True)
        write_corpus(cards, args.notes)
        anki.mkdir(parents=True)
        subprocess.run([sys.executable, "-c", NEW_COLLECTION, str(collection)], check=True,
                       env=env)
        measure(sync, live, log, env)
        time.sleep(2.5)  # every file settled: the next sync keeps the stat of each
        measure(sync, live, log, env)
        saved.mkdir()
        for path in changed:
            copy = shutil.copytree if path.is_dir() else shutil.copy2
            copy(path, saved / path.name)
        edit_one_article(cards)
        edited = sorted(cards.glob("*.yaml"))[0]
        (saved / "edited").write_text(edited.name, encoding="utf-8")
        shutil.copy2(edited, saved / edited.name)
    edited_name = (saved / "edited").read_text(encoding="utf-8")

    def restore(backup: bool = True) -> None:
        for path in changed:
            if path.is_dir():
                shutil.rmtree(path)
                shutil.copytree(saved / path.name, path)
            else:
                shutil.copy2(saved / path.name, path)
        # Written again in place, as an editor saving the edit would.
        (cards / edited_name).write_bytes((saved / edited_name).read_bytes())
        (live / "edit.apkg").unlink(missing_ok=True)
        if not backup:
            shutil.rmtree(anki / "backups", ignore_errors=True)

    rebuild = [*deck_builder, "build", "cards", "-o", str(live / "edit.apkg")]
    runs: dict[str, list] = {"sync": [], "sync+bk": [], "rebuild": [], "import": []}
    for _ in range(args.repeat):
        restore()
        runs["sync"].append(timed(sync, live, log, env))
        restore(backup=False)
        runs["sync+bk"].append(timed(sync, live, log, env))
        restore()
        runs["rebuild"].append(timed(rebuild, live, log, env))
        runs["import"].append(timed([sys.executable, "-c", IMPORT, str(collection),
                                     str(live / "edit.apkg")], live, log, env))
    print(f"deck-builder sync benchmark, commit {commit()}")
    print(f"machine: {machine()}")
    print(f"course: {args.notes:,} notes, one article edited; best of {args.repeat} run(s)")
    print(f"{'':>5} {'sync':>8} {'sync+bk':>8} {'rebuild':>8} {'import':>8} {'reb+imp':>8} "
          f"{'sync/ri':>8}")
    for kind, column in (("wall", 0), ("CPU", 1)):
        times = {name: min(r[column] for r in found) for name, found in runs.items()}
        together = min(r[column] + i[column]
                       for r, i in zip(runs["rebuild"], runs["import"], strict=True))
        print(f"{kind:>5} {times['sync']:>8.2f} {times['sync+bk']:>8.2f} "
              f"{times['rebuild']:>8.2f} {times['import']:>8.2f} {together:>8.2f} "
              f"{times['sync'] / together:>8.2f}")
    print(f"load average: {' '.join(open('/proc/loadavg').read().split()[:3])}")
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
