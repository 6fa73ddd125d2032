"""Measure deck-builder on synthetic courses against the floor, and print one table.

    python benchmarks/run.py                          # 1,000, 10,000 and 100,000 notes
    python benchmarks/run.py --sizes 1000,10000 --repeat 3

Every measurement is its own process, timed from start to exit (interpreter start-up
included) and with its own peak RSS (wait4), so no stage shares memory with another:

  build    `deck-builder build` of the whole course, no lock yet (a first build)
  rebuild  the same build again, with the lock the first one wrote, nothing changed
  edit     a rebuild after one article gained a fact and had one item reworded
  floor    benchmarks/floor.py: libyaml's C loader over the same files, then genanki alone
           packaging exactly the notes `build` wrote into one deck
  check    `deck-builder check` on the same course
  list     `deck-builder list` on the same course, when this checkout has that command
  rb-read  `rebuild` with --no-cache: every file read again (`n/a` without a build cache)
  chk-read `check` with --no-cache

The code measured is this checkout's (it goes first on PYTHONPATH), run by the
interpreter that runs this script. The output format is kept stable so figures taken
at different times can be compared line by line; docs/performance.md keeps them.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from corpus import NOTES_PER_ARTICLE, write_corpus  # noqa: E402

# The targets of issue 8, checked at the largest size measured.
MAX_TIME_RATIO = 1.3
MAX_MEMORY_RATIO = 1.5
MAX_PER_NOTE_GROWTH = 0.20
MAX_CHECK_SHARE = 0.25


@dataclass
class Run:
    seconds: float
    peak_mb: float


class _Descendants(threading.Thread):
    """The peak resident memory (VmHWM) of every process `root` starts, as last seen.

    wait4 reports a process's own peak, or its largest child's, never their sum, so a build
    that works in a pool of processes would look smaller than it is. Every descendant found
    (a scan of /proc every half second) is read again every 50 ms until it ends; their
    peaks are added to the root's. That is an upper bound: the peaks may not coincide, and
    pages a forked worker shares with its parent count twice.
    """

    def __init__(self, root: int):
        super().__init__(daemon=True)
        self.root, self.peaks, self.done = root, {}, threading.Event()

    def _children(self) -> set[int]:
        parents: dict[int, int] = {}
        for name in os.listdir("/proc"):
            if name.isdigit():
                try:
                    stat = Path(f"/proc/{name}/stat").read_bytes()
                except OSError:
                    continue
                parents[int(name)] = int(stat[stat.rindex(b")") + 2:].split()[1])
        found, frontier = set(), {self.root}
        while frontier:
            frontier = {pid for pid, parent in parents.items() if parent in frontier} - found
            found |= frontier
        return found

    def run(self) -> None:
        known: set[int] = {self.root}
        tick = 0
        while not self.done.wait(0.05):
            if tick % 10 == 0:
                known |= self._children()
            tick += 1
            for pid in list(known):
                try:
                    status = Path(f"/proc/{pid}/status").read_text()
                except OSError:
                    known.discard(pid)
                    continue
                for line in status.splitlines():
                    if line.startswith("VmHWM:"):
                        self.peaks[pid] = max(self.peaks.get(pid, 0), int(line.split()[1]))

    def total_kib(self, root_maxrss: int) -> int:
        """The root's peak and its descendants', added; `root_maxrss` is wait4's."""
        self.done.set()
        self.join()
        root = self.peaks.pop(self.root, root_maxrss)
        if not self.peaks:
            return root_maxrss
        # wait4's figure is the root's own peak when it beats every descendant's; otherwise
        # it is a descendant's, and the root's is the last one sampled.
        if root_maxrss > max(self.peaks.values()):
            root = root_maxrss
        return root + sum(self.peaks.values())


def measure(args: list[str], cwd: Path, log: Path, env: dict | None = None) -> Run:
    """Run one process to its end; its wall time and the peak resident memory of it and
    every process it started (their peaks added up: _Descendants)."""
    with open(log, "wb") as out:
        start = time.perf_counter()
        process = subprocess.Popen(args, cwd=cwd, stdout=out, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL, env=env)
        descendants = _Descendants(process.pid)
        descendants.start()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        peak_kib = descendants.total_kib(usage.ru_maxrss)  # KiB on Linux
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        sys.exit(f"{' '.join(args[1:])} failed ({process.returncode}); see {log}:\n"
                 + log.read_text(errors="replace")[-2000:])
    return Run(seconds, peak_kib / 1024)


def best(runs: list[Run]) -> Run:
    return Run(min(r.seconds for r in runs), min(r.peak_mb for r in runs))


def deck_builder_env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.pop("SOURCE_DATE_EPOCH", None)
    return env


def has_list_command(env: dict) -> bool:
    probe = subprocess.run([sys.executable, "-m", "deck_builder", "list", "--help"],
                           env=env, capture_output=True)
    return probe.returncode == 0


def has_build_cache(env: dict) -> bool:
    probe = subprocess.run([sys.executable, "-m", "deck_builder", "build", "--help"],
                           env=env, capture_output=True, text=True)
    return "--no-cache" in probe.stdout


def edit_one_article(cards: Path) -> None:
    """Add a fact to the first article and reword one of its list items."""
    path = sorted(cards.glob("*.yaml"))[0]
    text = path.read_text(encoding="utf-8")
    text = text.replace("    facts:\n", '    facts:\n      - "A fact added to time an '
                        'edit, about **one new phrase**."\n', 1)
    text = text.replace('            text: "', '            text: "Reworded: ', 1)
    path.write_text(text, encoding="utf-8")


def measure_size(notes: int, work: Path, repeat: int, with_list: bool, with_cache: bool,
                 say) -> dict:
    env = deck_builder_env()
    folder = work / f"course-{notes}"
    shutil.rmtree(folder, ignore_errors=True)
    cards = folder / "cards"
    articles = len(write_corpus(cards, notes))
    lock = cards / "deck-builder.lock"
    apkg = folder / "build" / "course.apkg"
    apkg.parent.mkdir(parents=True)
    deck_builder = [sys.executable, "-m", "deck_builder"]
    build_args = [*deck_builder, "build", "cards", "-o", str(apkg)]
    result: dict = {"notes": notes, "articles": articles}

    def timed(name: str, args: list[str], before=None, **kwargs) -> Run:
        runs = []
        for attempt in range(repeat):
            say(f"{notes:,} notes: {name} ({attempt + 1}/{repeat})")
            if before:
                before()
            runs.append(measure(args, folder, folder / f"{name}.log", **kwargs))
        return best(runs)

    def first_build() -> None:
        lock.unlink(missing_ok=True)
        shutil.rmtree(cards / ".deck-builder-cache", ignore_errors=True)

    result["build"] = timed("build", build_args, before=first_build, env=env)
    first_lock = lock.read_bytes()
    result["rebuild"] = timed("rebuild", build_args, env=env)
    result["check"] = timed("check", [*deck_builder, "check", "cards"], env=env)
    result["list"] = (timed("list", [*deck_builder, "list", "cards"], env=env)
                      if with_list else None)
    result["rb-read"] = (timed("rb-read", [*build_args, "--no-cache"], env=env)
                         if with_cache else None)
    result["chk-read"] = (timed("chk-read", [*deck_builder, "check", "cards", "--no-cache"],
                                env=env) if with_cache else None)
    pickle_path = folder / "notes.pickle"
    say(f"{notes:,} notes: preparing the floor's notes (not measured)")
    measure([sys.executable, str(HERE / "floor.py"), "prepare", str(apkg), str(pickle_path)],
            folder, folder / "prepare.log")
    result["floor"] = timed("floor", [sys.executable, str(HERE / "floor.py"), "run", "cards",
                                      str(pickle_path), str(folder / "floor.apkg")])
    edited = cards.with_name("cards-edited")
    shutil.copytree(cards, edited)
    edit_one_article(edited)
    edit_args = [*deck_builder, "build", "cards-edited", "-o", str(folder / "edit.apkg")]
    edited_lock = edited / "deck-builder.lock"

    def before_edit() -> None:
        """Lock and cache as the rebuild left them, so every run rebuilds the same edit."""
        edited_lock.write_bytes(first_lock)
        cache = cards / ".deck-builder-cache"
        if cache.exists():
            shutil.rmtree(edited / cache.name, ignore_errors=True)
            shutil.copytree(cache, edited / cache.name)

    result["edit"] = timed("edit", edit_args, before=before_edit, env=env)
    return result


def machine() -> str:
    try:
        from importlib.metadata import version

        import yaml

        parser = "libyaml" if yaml.__with_libyaml__ else "no libyaml"
        libs = f"PyYAML {yaml.__version__} ({parser}), genanki {version('genanki')}"
    except ImportError:
        libs = "PyYAML or genanki missing"
    memory = ""
    if hasattr(os, "sysconf") and "SC_PHYS_PAGES" in os.sysconf_names:
        memory = f", {os.sysconf('SC_PHYS_PAGES') * os.sysconf('SC_PAGE_SIZE') / 2**30:.0f} GiB"
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs ({cpu}){memory}; "
            f"Python {platform.python_version()}; {libs}")


def commit() -> str:
    try:
        out = subprocess.run(["git", "describe", "--always", "--dirty"], cwd=REPO,
                             capture_output=True, text=True, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def table(results: list[dict]) -> list[str]:
    def s(run: Run | None, measure: str = "seconds", spec: str = ".2f") -> str:
        return "n/a" if run is None else format(getattr(run, measure), spec)

    lines = [
        "time (seconds, wall, each its own process)",
        f"{'notes':>8} {'articles':>8} {'build':>8} {'rebuild':>8} {'edit':>8} {'floor':>8} "
        f"{'build/fl':>8} {'rebld/fl':>8} {'us/note':>8} {'check':>8} {'chk/bld':>8} "
        f"{'list':>8} {'rb-read':>8} {'chk-read':>8}",
    ]
    for r in results:
        build, rebuild, floor = r["build"], r["rebuild"], r["floor"]
        lines.append(
            f"{r['notes']:>8,} {r['articles']:>8,} {s(build):>8} {s(rebuild):>8} "
            f"{s(r['edit']):>8} {s(floor):>8} {build.seconds / floor.seconds:>8.2f} "
            f"{rebuild.seconds / floor.seconds:>8.2f} "
            f"{build.seconds / r['notes'] * 1e6:>8.0f} {s(r['check']):>8} "
            f"{r['check'].seconds / build.seconds:>8.2f} {s(r['list']):>8} "
            f"{s(r['rb-read']):>8} {s(r['chk-read']):>8}"
        )
    lines += [
        "",
        "peak memory (MB, resident, each its own process)",
        f"{'notes':>8} {'build':>8} {'rebuild':>8} {'edit':>8} {'floor':>8} {'build/fl':>8} "
        f"{'rebld/fl':>8} {'check':>8} {'rb-read':>8}",
    ]
    for r in results:
        build, rebuild, floor = r["build"], r["rebuild"], r["floor"]
        lines.append(
            f"{r['notes']:>8,} {build.peak_mb:>8.0f} {rebuild.peak_mb:>8.0f} "
            f"{r['edit'].peak_mb:>8.0f} {floor.peak_mb:>8.0f} "
            f"{build.peak_mb / floor.peak_mb:>8.2f} {rebuild.peak_mb / floor.peak_mb:>8.2f} "
            f"{r['check'].peak_mb:>8.0f} "
            f"{s(r['rb-read'], 'peak_mb', '.0f'):>8}"
        )
    return lines


def verdicts(results: list[dict]) -> list[str]:
    """The targets, judged at the largest size; build and rebuild must both meet them."""
    last = results[-1]
    floor = last["floor"]

    def verdict(ok: bool) -> str:
        return "met" if ok else "MISSED"

    time_ratio = max(last["build"].seconds, last["rebuild"].seconds) / floor.seconds
    memory_ratio = max(last["build"].peak_mb, last["rebuild"].peak_mb) / floor.peak_mb
    check_share = last["check"].seconds / last["build"].seconds
    lines = [
        f"targets at {last['notes']:,} notes (worse of build and rebuild):",
        f"  time vs floor    {time_ratio:5.2f}x  (at most {MAX_TIME_RATIO}x)    "
        f"{verdict(time_ratio <= MAX_TIME_RATIO)}",
        f"  memory vs floor  {memory_ratio:5.2f}x  (at most {MAX_MEMORY_RATIO}x)    "
        f"{verdict(memory_ratio <= MAX_MEMORY_RATIO)}",
    ]
    smaller = [r for r in results if r["notes"] < last["notes"]]
    if smaller:
        ref = smaller[-1]
        growth = (last["build"].seconds / last["notes"]) / (ref["build"].seconds / ref["notes"]) - 1
        lines.append(f"  time per note    {growth:+5.0%}   vs {ref['notes']:,} notes "
                     f"(at most +{MAX_PER_NOTE_GROWTH:.0%})  "
                     f"{verdict(growth <= MAX_PER_NOTE_GROWTH)}")
    lines.append(f"  check vs build   {check_share:5.2f}x  (under {MAX_CHECK_SHARE}x)     "
                 f"{verdict(check_share < MAX_CHECK_SHARE)}")
    # Each kind of build on its own, so a target met by one and missed by another shows.
    lines += ["", f"each build at {last['notes']:,} notes against the floor (time, memory):"]
    for name in ("build", "rebuild", "edit", "rb-read"):
        run = last[name]
        if run is not None:
            lines.append(f"  {name:<8} {run.seconds / floor.seconds:5.2f}x  "
                         f"{run.peak_mb / floor.peak_mb:5.2f}x")
    if last["chk-read"] is not None:
        share = last["chk-read"].seconds / last["build"].seconds
        lines.append(f"  check --no-cache vs build  {share:5.2f}x")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000",
                        help="notes per course, comma-separated (default: %(default)s)")
    parser.add_argument("--repeat", type=int, default=None,
                        help="runs per measurement, best kept (default: 3 below 50,000 "
                             "notes, 1 from there)")
    parser.add_argument("--work", type=Path,
                        help="keep the courses and packages in this folder (default: a "
                             "temporary folder, deleted afterwards)")
    options = parser.parse_args()
    sizes = sorted(int(s.replace("_", "")) for s in options.sizes.split(","))
    # One rule, used for the runs and for the header that reports them.
    repeats = {n: options.repeat or (3 if n < 50_000 else 1) for n in sizes}

    def say(message: str) -> None:
        print(f"  {message}", file=sys.stderr, flush=True)

    with_list = has_list_command(deck_builder_env())
    with_cache = has_build_cache(deck_builder_env())
    revision = commit()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="deck-builder-bench-") as tmp:
        work = options.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        results = []
        for notes in sizes:
            results.append(measure_size(notes, work, repeats[notes], with_list, with_cache,
                                        say))
    print(f"deck-builder benchmark, {datetime.date.today().isoformat()}, commit {revision}")
    print(f"machine: {machine()}")
    print(f"courses: {NOTES_PER_ARTICLE} notes per article, one deck per article, all articles "
          "in one folder (one lock); best of "
          + ", ".join(str(repeats[n]) for n in sizes)
          + " run(s)")
    print()
    for line in table(results) + [""] + verdicts(results):
        print(line)
    say(f"done in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
