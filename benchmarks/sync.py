"""Measure `deck-builder sync` of a one-article edit against a rebuild and File > Import.

    python benchmarks/sync.py                      # 100,000 notes: long, and ~2 GB of disk
    python benchmarks/sync.py --notes 2000         # a quick look
    python benchmarks/sync.py --notes 2000 --repeat 3 --work /tmp/bench-sync

Set-up, not timed: a course of --notes notes (corpus.py) is synced once into a new
collection, so that the collection, the lock and the build cache hold the whole course,
and once more two seconds later with nothing changed (the cache then has a settled stat
of every file: storage/cache.settled_stat). What a run changes (the collection, the lock,
the cache) is saved; then the first article is edited as run.py's `edit` does (a fact
added, an item reworded). Before every run the saved state is put back (and written out
to the disk, `sync`) and the edited article written again in place: the course's other
files are left as they are, as on a learner's disk (a copy of them would have new inodes
and ctimes, and every file would be hashed, as after a fresh clone).

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
import ast
import os
import re
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


# One sync in this process, its CPU time taken at each phase: the process's (both threads)
# at the boundaries of start-up, and the main thread's around each step of the plan and of
# the collection's update (the collection is opened in a second thread while the plan runs,
# its CPU time counted in the process's "the rest").
PHASES = """
import resource, sys, threading, time
def cpu():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime
marks = [("start-up: the interpreter", cpu())]
import deck_builder.cli
marks.append(("start-up: deck-builder imported", cpu()))
from deck_builder import build
from deck_builder.anki import sync
steps = {}
def wrap(owner, name, label):
    original = getattr(owner, name)
    steps[label] = 0.0
    def timed(*args, **kwargs):
        start = time.thread_time()  # of the thread that calls it
        try:
            return original(*args, **kwargs)
        finally:
            steps[label] = steps.get(label, 0) + time.thread_time() - start
    setattr(owner, name, timed)
for owner, name, label in [
        (sync, "_require_anki", "start-up: Anki's engine imported"),
        (sync, "open_target", "Anki: the collection opened (in a thread)"),
        (sync, "plan_build", "plan"),
        (build, "find_article_files", "plan: the files listed"),
        (build, "load_cache", "plan: the cache's records loaded"),
        (build, "load_lock", "plan: the lock loaded"),
        (build, "settled_stat", "plan: every file's stat"),
        (build, "_lock_holds", "plan: the lock's counts checked"),
        (sync, "_still_marked", "the collection's mark checked"),
        (sync, "write_locks", "the lock and the cache written"),
        (build, "_save_caches", "the lock and the cache written: the cache"),
        (sync, "apply", "Anki: the collection updated"),
        (sync.CollectionTarget, "notes_of", "Anki: the notes looked up"),
        (sync, "write_package", "Anki: the changed notes packaged"),
        (sync.CollectionTarget, "import_package", "Anki: its importer"),
        (sync.CollectionTarget, "close", "Anki: the collection closed")]:
    wrap(owner, name, label)
def report():
    marks.append(("the rest", cpu()))
    found = [(marks[0][0], marks[0][1])] + [(label, b - a) for (_, a), (label, b)
                                            in zip(marks, marks[1:])]
    print("PHASE", repr([("total", marks[-1][1]), *found, *steps.items()]),
          file=sys.stderr)
import atexit
atexit.register(report)
sys.argv = ["deck-builder", *sys.argv[1:]]
deck_builder.cli.main()
"""


def phases_of(args: list[str], cwd: Path, env: dict) -> tuple[float, list[tuple[str, float]]]:
    """(CPU seconds, [(phase, CPU seconds)]) of one `deck-builder ARGS` (PHASES)."""
    done = subprocess.run([sys.executable, "-c", PHASES, *args], cwd=cwd, env=env,
                          capture_output=True, text=True)
    line = next((line for line in done.stderr.splitlines() if line.startswith("PHASE ")), None)
    if done.returncode != 0 or line is None:
        sys.exit(f"deck-builder {' '.join(args)} failed ({done.returncode}):\n"
                 + done.stderr[-2000:])
    found = ast.literal_eval(line[len("PHASE "):])
    return found[0][1], found[1:]


INKA2 = "inka2==3.2.2"
# inka2's `collect`, with its code-highlighting check left out: with no network here it would
# try to download highlight.js on every run; on a learner's machine, once it is installed,
# the check is a regular expression over the note type's CSS.
INKA2_COLLECT = """
import sys
import inka2.models.highlighter as highlighter
highlighter.add_code_highlight_to = lambda *args, **kwargs: None
from inka2.cli import cli
cli(["collect", "--ignore-errors", *sys.argv[1:]])
"""
INKA2_PROFILE = """
import sys
from pathlib import Path
from aqt.profiles import ProfileManager
Path(sys.argv[1]).mkdir(parents=True, exist_ok=True)
manager = ProfileManager(Path(sys.argv[1]))
manager.setupMeta()
manager.create("User 1")
"""


def inka2_course(collection: Path, folder: Path) -> int:
    """deck-builder's notes in `collection`, an inka2 file per deck in `folder` (cloze notes
    as inka2 cloze notes, the others as basic notes of their first two fields); how many."""
    import sqlite3

    decks: dict[str, list[str]] = {}
    with sqlite3.connect(collection) as db:
        names = dict(db.execute("select id, name from decks"))
        for fields, deck in db.execute(
                "select n.flds, min(c.did) from notes n join cards c on c.nid = n.id "
                "group by n.id order by n.id"):
            first, _, rest = fields.partition("\x1f")
            one_line = " ".join(first.split())
            if "{{c" not in one_line:
                answer = " ".join(rest.split("\x1f")[0].split()) or "-"
                one_line = f"{one_line}\n\n> {answer}"
            decks.setdefault(names[deck].replace("\x1f", "::"), []).append(one_line)
    folder.mkdir(parents=True)
    for number, (deck, notes) in enumerate(sorted(decks.items()), 1):
        items = "\n\n".join(f"{n}. {text}" for n, text in enumerate(notes, 1))
        (folder / f"article-{number:05d}.md").write_text(
            f"---\nDeck: {deck}\nTags: benchmark\n\n{items}\n---\n", encoding="utf-8")
    return sum(map(len, decks.values()))


def inka2_edit(path: Path) -> None:
    """As run.edit_one_article: a note added, another reworded."""
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"^(\d+)\. ", r"\1. Reworded: ", text, count=1, flags=re.M)
    text = text[:text.rindex("---")] + ("\n999. A fact added to time an edit, about "
                                       "{{c1::one new phrase}}.\n---\n")
    path.write_text(text, encoding="utf-8")


class Inka2:
    """inka2 in a virtual environment of its own (never a dependency of deck-builder),
    given the course deck-builder synced, and its one-file edit timed as deck-builder's."""

    def __init__(self, work: Path, collection: Path, log: Path, say):
        self.root = work / "inka2"
        venv = work / "inka2-venv"
        self.python = venv / "bin" / "python"
        if not self.python.exists():
            say(f"installing {INKA2} into {venv}")
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
            subprocess.run([str(self.python), "-m", "pip", "install", "-q", INKA2], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        site = subprocess.run([str(self.python), "-c", "import inka2, os; "
                               "print(os.path.dirname(inka2.__file__))"], check=True,
                              capture_output=True, text=True).stdout.strip()
        self.hashes = Path(site) / "hashes.json"  # inka2 keeps them in its package
        self.env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
        self.env["QT_QPA_PLATFORM"] = "offscreen"
        self.log, self.live, self.saved = log, self.root / "live", self.root / "saved"
        self.cards = self.live / "cards"
        self.base = self.live / "Anki2"
        if not (self.saved / "edited").exists():
            shutil.rmtree(self.root, ignore_errors=True)
            self.notes = inka2_course(collection, self.cards)
            self._run(INKA2_PROFILE, str(self.base))
            for option, value in (("anki.path", str(self.base)),
                                  ("defaults.profile", "User 1")):
                subprocess.run([str(self.python), "-m", "inka2", "config", option, value],
                               check=True, env=self.env, stdout=subprocess.DEVNULL)
            self.hashes.unlink(missing_ok=True)
            say(f"inka2: first collect of {self.notes:,} notes (slow: a note at a time)")
            measure(self.collect, self.live, log, self.env)
            shutil.copytree(self.live, self.saved)
            shutil.copy2(self.hashes, self.saved / "hashes.json")
            first = sorted(self.cards.glob("*.md"))[0]
            inka2_edit(first)
            shutil.copy2(first, self.saved / "edited.md")
            (self.saved / "edited").write_text(first.name, encoding="utf-8")
        self.notes = len(re.findall(r"^\d+\. ", "\n".join(
            p.read_text(encoding="utf-8") for p in (self.saved / "cards").glob("*.md")), re.M))

    @property
    def collect(self) -> list[str]:
        return [str(self.python), "-c", INKA2_COLLECT, str(self.cards)]

    def _run(self, script: str, *args: str) -> None:
        subprocess.run([str(self.python), "-c", script, *args], check=True, env=self.env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def timed_edit(self) -> tuple[float, float]:
        """(wall, CPU) of inka2 taking the edited file into its collection."""
        shutil.rmtree(self.base)
        shutil.copytree(self.saved / "Anki2", self.base)
        shutil.copy2(self.saved / "hashes.json", self.hashes)
        name = (self.saved / "edited").read_text(encoding="utf-8")
        (self.cards / name).write_bytes((self.saved / "edited.md").read_bytes())
        return timed(self.collect, self.live, self.log, self.env)


def restore_saved(changed: list[Path], saved: Path) -> None:
    """Put back what a run changes (the collection, the lock, the cache) as saved."""
    for path in changed:
        if (saved / path.name).is_dir():
            shutil.rmtree(path, ignore_errors=True)
            shutil.copytree(saved / path.name, path)
        else:
            shutil.copy2(saved / path.name, path)


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return None


def _code_digest(env: dict) -> str:
    """The digest of the code deck-builder's build cache names (storage/cache.code_digest)."""
    return subprocess.run(
        [sys.executable, "-c", "from deck_builder.storage.cache import code_digest; "
         "print(code_digest())"], env=env, check=True, capture_output=True,
        text=True).stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--work", type=Path, help="folder to work in (default: a temporary one)")
    parser.add_argument("--inka2", action="store_true",
                        help=f"also time {INKA2} taking the same edit (its own venv in WORK; "
                             "its first collect takes about 10 ms a note)")
    parser.add_argument("--sync-only", action="store_true",
                        help="time the sync alone (no sync+bk, rebuild, import): a quick look")
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
    code = _code_digest(env)

    def settle() -> None:
        """Sync the unedited course twice (the second time with every file settled:
        storage/cache.settled_stat) and save what a run changes; then edit."""
        measure(sync, live, log, env)
        time.sleep(2.5)  # every file settled: the next sync keeps the stat of each
        measure(sync, live, log, env)
        shutil.rmtree(saved, ignore_errors=True)
        saved.mkdir()
        for path in changed:
            copy = shutil.copytree if path.is_dir() else shutil.copy2
            copy(path, saved / path.name)
        edited = sorted(cards.glob("*.yaml"))[0]
        shutil.copy2(edited, saved / f"{edited.name}.original")
        edit_one_article(cards)
        (saved / "edited").write_text(edited.name, encoding="utf-8")
        shutil.copy2(edited, saved / edited.name)
        (saved / "code").write_text(code, encoding="utf-8")

    if not (args.reuse and (saved / "edited").exists()):
        shutil.rmtree(live, ignore_errors=True)
        shutil.rmtree(saved, ignore_errors=True)
        write_corpus(cards, args.notes)
        anki.mkdir(parents=True)
        subprocess.run([sys.executable, "-c", NEW_COLLECTION, str(collection)], check=True,
                       env=env)
        settle()
    elif _read(saved / "code") != code:
        # Set up by other code: its build cache names that code, and this code would read
        # every file. The saved state is synced again by this code (a rebuild of the
        # course, not the set-up's first import of every note into Anki).
        name = (saved / "edited").read_text(encoding="utf-8")
        original = saved / f"{name}.original"
        if not original.exists():  # saved by an earlier version of this script
            write_corpus(live / "first", 1)  # the corpus's first article, as written
            original = live / "first" / name
        restore_saved(changed, saved)
        shutil.copy2(original, cards / name)
        settle()
    edited_name = (saved / "edited").read_text(encoding="utf-8")

    def restore(backup: bool = True) -> None:
        restore_saved(changed, saved)
        # Written again in place, as an editor saving the edit would.
        (cards / edited_name).write_bytes((saved / edited_name).read_bytes())
        (live / "edit.apkg").unlink(missing_ok=True)
        if not backup:
            shutil.rmtree(anki / "backups", ignore_errors=True)
        # What was copied back is written out before the run, as a learner's collection is
        # long before a sync: else the sync's own fsync (Anki closing the collection) waits
        # for the copy's 160 MB to reach the disk, 0.3 s of wall time that is the set-up's.
        os.sync()

    rebuild = [*deck_builder, "build", "cards", "-o", str(live / "edit.apkg")]
    runs: dict[str, list] = {"sync": [], "sync+bk": [], "rebuild": [], "import": []}
    phases: list[tuple[float, list[tuple[str, float]]]] = []
    inka2 = Inka2(work, saved / "anki" / "collection.anki2", log,
                  lambda text: print(text, file=sys.stderr)) if args.inka2 else None
    for _ in range(args.repeat):
        if inka2 is not None:
            runs.setdefault("inka2", []).append(inka2.timed_edit())
        restore()
        runs["sync"].append(timed(sync, live, log, env))
        restore()
        phases.append(phases_of(sync[3:], live, env))
        if args.sync_only:
            continue
        restore(backup=False)
        runs["sync+bk"].append(timed(sync, live, log, env))
        restore()
        runs["rebuild"].append(timed(rebuild, live, log, env))
        runs["import"].append(timed([sys.executable, "-c", IMPORT, str(collection),
                                     str(live / "edit.apkg")], live, log, env))
    print(f"deck-builder sync benchmark, commit {commit()}")
    print(f"machine: {machine()}")
    print(f"course: {args.notes:,} notes, one article edited; best of {args.repeat} run(s)")
    if args.sync_only:
        print(f"{'':>5} {'sync':>8}")
        for kind, column in (("wall", 0), ("CPU", 1)):
            print(f"{kind:>5} {min(r[column] for r in runs['sync']):>8.2f}")
    else:
        print(f"{'':>5} {'sync':>8} {'sync+bk':>8} {'rebuild':>8} {'import':>8} "
              f"{'reb+imp':>8} {'sync/ri':>8}")
        for kind, column in (("wall", 0), ("CPU", 1)):
            times = {name: min(r[column] for r in found) for name, found in runs.items()}
            together = min(r[column] + i[column]
                           for r, i in zip(runs["rebuild"], runs["import"], strict=True))
            print(f"{kind:>5} {times['sync']:>8.2f} {times['sync+bk']:>8.2f} "
                  f"{times['rebuild']:>8.2f} {times['import']:>8.2f} {together:>8.2f} "
                  f"{times['sync'] / together:>8.2f}")
    if inka2 is not None:
        print(f"inka2 ({INKA2}, the same edit of a course of the same {inka2.notes:,} notes):")
        for kind, column in (("wall", 0), ("CPU", 1)):
            mine = min(r[column] for r in runs["sync"])
            theirs = min(r[column] for r in runs["inka2"])
            print(f"{kind:>5} {theirs:>8.2f}  deck-builder sync / inka2: {mine / theirs:.2f}")
    total, steps = min(phases)
    print(f"sync's CPU seconds by phase (the run of least CPU of {len(phases)}, "
          f"{total:.2f} s in all):")
    for label, seconds in steps:
        print(f"  {label:<44} {seconds:6.2f}")
    print(f"load average: {' '.join(open('/proc/loadavg').read().split()[:3])}")
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
