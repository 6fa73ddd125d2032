"""Build the same courses with this checkout and print a digest of everything written.

Run it before and after a change that must not change behaviour (a move, a refactoring)
and compare the two outputs: every package, lock, preview and report must be the same.

    python benchmarks/identical.py --work /tmp/same > before.txt     # on main
    python benchmarks/identical.py --work /tmp/same > after.txt      # on the branch
    diff before.txt after.txt

It builds, each in a folder of its own with SOURCE_DATE_EPOCH fixed: the seed (cards/,
with its lock), every article under tests/data/ on its own (not the READMEs, nor the
styles corpus's hand-written .expect.md answers), and a benchmark course of
--articles articles (benchmarks/corpus.py). Each is built twice, the second time with the
first build's lock and cache (nothing changed) and once more after an edit, through the
CLI, so the report text is compared too.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from corpus import NOTES_PER_ARTICLE, write_corpus  # noqa: E402

EPOCH = "1700000000"


def run(args: list[str], cwd: Path, epoch: str = EPOCH) -> str:
    env = dict(os.environ, SOURCE_DATE_EPOCH=epoch, PYTHONPATH=str(ROOT), NO_COLOR="1")
    done = subprocess.run([sys.executable, "-m", "deck_builder", *args], cwd=cwd, env=env,
                          capture_output=True, text=True)
    return f"exit {done.returncode}\n{done.stdout}{done.stderr}"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def written(folder: Path) -> list[tuple[str, str]]:
    """(relative path, sha256) of every package, lock and preview under `folder`."""
    return [(str(p.relative_to(folder)), digest(p)) for p in sorted(folder.rglob("*"))
            if p.is_file() and (p.suffix in (".apkg", ".lock", ".html"))]


def case(name: str, folder: Path, lines: list[str], edit=None) -> None:
    """Build `folder/src` three times (fresh or from its lock, again unchanged, after
    `edit`), then check, list and preview it; record every output."""
    src = folder / "src"
    steps = [("build", ["build", "src", "-o", "out"]),
             ("rebuild", ["build", "src", "-o", "out"])]
    (folder / "out").mkdir()
    (folder / "split").mkdir()
    for step, args in steps:
        lines.append(f"## {name} {step}: {run(args, folder)!r}")
        lines += [f"{name} {step} {rel} {sha}" for rel, sha in written(folder)]
    if edit is not None:
        edit(src)
        args = ["build", "src", "-o", "out"]
        lines.append(f"## {name} edited: {run(args, folder, str(int(EPOCH) + 86400))!r}")
        lines += [f"{name} edited {rel} {sha}" for rel, sha in written(folder)]
    for args in (["check", "src"], ["list", "src", "--json"],
                 ["preview", "src", "-o", "preview.html"],
                 ["build", "src", "-o", "split", "--split-by", "section", "--no-cache"]):
        lines.append(f"## {name} {args[0]}: {run(args, folder)!r}")
    lines += [f"{name} final {rel} {sha}" for rel, sha in written(folder)]


def append_fact(src: Path) -> None:
    """An edit every article takes: one more word before its first **marked** phrase."""
    for path in sorted(p for p in src.iterdir() if p.suffix in (".yaml", ".md")):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("**", "more **", 1), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50)
    # A new course's id is drawn from the path of its lock (storage/lock.new_course): built
    # in a fresh temporary folder, every guid of every course without a lock differs from
    # the last run's. Two runs compare byte for byte only in the same folder.
    parser.add_argument("--work", type=Path, help="build here (emptied first), not in a "
                        "temporary folder: give both runs the same one")
    args = parser.parse_args()
    lines: list[str] = []
    counts = {"cases": 0}
    if args.work:
        shutil.rmtree(args.work, ignore_errors=True)
        args.work.mkdir(parents=True)
    with (contextlib.nullcontext(str(args.work.resolve())) if args.work
          else tempfile.TemporaryDirectory()) as tmp:
        work = Path(tmp)
        sources: list[tuple[str, list[Path]]] = [
            ("seed", [ROOT / "cards" / "collectivism-vs-individualism.yaml",
                      ROOT / "cards" / "deck-builder.lock"])]
        sources += [(str(p.relative_to(ROOT)), [p])
                    for p in sorted((ROOT / "tests" / "data").rglob("*"))
                    if p.is_file() and p.name != "README.md" and not p.name.endswith(".expect.md")]
        for name, files in sources:
            folder = work / f"case{counts['cases']}"
            (folder / "src").mkdir(parents=True)
            for file in files:
                shutil.copy(file, folder / "src" / file.name)
            case(name, folder, lines, append_fact)
            counts["cases"] += 1
        folder = work / "course"
        write_corpus(folder / "src", args.articles * NOTES_PER_ARTICLE)
        case(f"course of {args.articles} articles", folder, lines, append_fact)
        counts["cases"] += 1
    print("\n".join(line.replace(tmp, "TMP") for line in lines))
    files = sum(1 for line in lines if not line.startswith("## "))
    print(f"# {counts['cases']} cases, {files} file digests, "
          f"{sum(1 for line in lines if line.startswith('## '))} commands")


if __name__ == "__main__":
    main()
