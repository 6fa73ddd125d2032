"""What images cost: a course with 1,000 images against the same course without them.

The course is corpus.py's (50 notes per article, 20 articles for 1,000 notes). The copy
with images gives every item that makes a note (definition, fact, list item, row) an
`image:` of its own and each concept's section one more: 48 + 2 = 50 per article, 1,000
images in all, each a different PNG of about 20 KB (random pixels: PNG cannot shrink them,
as it cannot shrink a photograph). Both are built (first build, then a rebuild with nothing
changed, and a rebuild after one image was edited) in their own processes; the script
prints the package sizes and the times, best of `--repeat` runs.

    python benchmarks/images.py                  # about a minute on a 2-core machine
    python benchmarks/images.py --repeat 5 --work /tmp/bench-images
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from corpus import write_corpus  # noqa: E402
from pngs import encode_png  # noqa: E402
from run import best, commit, deck_builder_env, machine, measure  # noqa: E402

NOTES = 1000
WIDTH, HEIGHT = 96, 70  # 96 x 70 x 3 bytes of noise: a PNG of about 20 KB


def noise_png(rng: random.Random) -> bytes:
    return encode_png(WIDTH, HEIGHT, rng.randbytes(WIDTH * HEIGHT * 3))


_FACT = re.compile(r'^(      )- (".*")$')
_ITEM = re.compile(r"^(\s{6,})- (term|label|dimension): ")
_CONCEPT_SECTION = re.compile(r'^  - title: "[A-Z][a-z]+ism"$')


def with_images(text: str, article: str, figures: Path, rng: random.Random) -> tuple[str, int]:
    """The article's YAML with an `image:` on every item that makes a note, and each
    concept's section; the images written into `figures`."""
    out, count = [], 0

    def image() -> str:
        nonlocal count
        count += 1
        name = f"{article}-{count:02d}.png"
        (figures / name).write_bytes(noise_png(rng))
        return f"figures/{name}"

    for line in text.splitlines():
        fact = _FACT.match(line)
        if fact:  # a fact as text becomes {text, image}
            out += [f"{fact[1]}- text: {fact[2]}", f"{fact[1]}  image: {image()}"]
            continue
        out.append(line)
        item = _ITEM.match(line)
        if item:
            out.append(f"{item[1]}  image: {image()}")
        elif _CONCEPT_SECTION.match(line):
            out.append(f"    image: {{src: {image()}, caption: A figure of the section}}")
    return "\n".join(out) + "\n", count


def make_courses(work: Path) -> tuple[Path, Path, int]:
    plain, pictured = work / "plain", work / "images"
    for folder in (plain, pictured):
        shutil.rmtree(folder, ignore_errors=True)
    paths = write_corpus(plain, NOTES)
    (pictured / "figures").mkdir(parents=True)
    rng = random.Random(17)
    images = 0
    for path in paths:
        text, count = with_images(path.read_text(encoding="utf-8"), path.stem,
                                  pictured / "figures", rng)
        (pictured / path.name).write_text(text, encoding="utf-8")
        images += count
    return plain, pictured, images


def measure_course(course: Path, repeat: int, env: dict) -> dict:
    apkg = course.parent / f"{course.name}.apkg"
    log = course.parent / f"{course.name}.log"
    build = [sys.executable, "-m", "deck_builder", "build", course.name, "-o", apkg.name, "-q"]

    def fresh():
        (course / "deck-builder.lock").unlink(missing_ok=True)
        shutil.rmtree(course / ".deck-builder-cache", ignore_errors=True)

    firsts = []
    for _ in range(repeat):
        fresh()
        firsts.append(measure(build, course.parent, log, env))
    rebuilds = [measure(build, course.parent, log, env) for _ in range(repeat)]
    edits = []
    figures = sorted((course / "figures").glob("*.png"))
    for number in range(repeat):
        if figures:  # one image edited: the notes showing it are rebuilt, nothing else
            figures[0].write_bytes(noise_png(random.Random(1000 + number)))
        else:
            article = sorted(course.glob("*.yaml"))[0]
            article.write_text(article.read_text(encoding="utf-8") + f"# edit {number}\n",
                               encoding="utf-8")
        edits.append(measure(build, course.parent, log, env))
    return {"build": best(firsts), "rebuild": best(rebuilds), "edit": best(edits),
            "package": apkg.stat().st_size,
            "image_bytes": sum(f.stat().st_size for f in figures)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--work", type=Path)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="deck-builder-images-"))
    work.mkdir(parents=True, exist_ok=True)
    plain, pictured, images = make_courses(work)
    env = deck_builder_env()
    results = {"without": measure_course(plain, args.repeat, env),
               "with": measure_course(pictured, args.repeat, env)}
    print(f"deck-builder images benchmark, commit {commit()}")
    print(f"machine: {machine()}")
    print(f"course: {NOTES:,} notes in {NOTES // 50} articles; {images:,} images of "
          f"{results['with']['image_bytes'] / images / 1024:.1f} KB on average; "
          f"best of {args.repeat} run(s)")
    print()
    print(f"{'':>16}{'package':>12}{'build':>9}{'rebuild':>9}{'edit':>9}{'peak MB':>9}")
    for name, r in results.items():
        print(f"{name + ' images':>16}{r['package'] / 1024 / 1024:>9.2f} MB"
              f"{r['build'].seconds:>8.2f}s{r['rebuild'].seconds:>8.2f}s"
              f"{r['edit'].seconds:>8.2f}s{r['build'].peak_mb:>9.0f}")
    w, wo = results["with"], results["without"]
    print(f"{'difference':>16}{(w['package'] - wo['package']) / 1024 / 1024:>+9.2f} MB"
          f"{w['build'].seconds - wo['build'].seconds:>+8.2f}s"
          f"{w['rebuild'].seconds - wo['rebuild'].seconds:>+8.2f}s"
          f"{w['edit'].seconds - wo['edit'].seconds:>+8.2f}s"
          f"{w['build'].peak_mb - wo['build'].peak_mb:>+9.0f}")
    print(f"(the images themselves: {w['image_bytes'] / 1024 / 1024:.2f} MB)")


if __name__ == "__main__":
    main()
