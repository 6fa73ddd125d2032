"""Build inputs made to be slow, at two sizes, and show how their time grows.

Issue 13 promises that no 2 MiB input takes more than 10 s to build. Each case here is one
article of a given size, shaped to hit one place where the work could grow as the square
of the input (the same name again and again, thousands of targets in one text, ...).

    python benchmarks/adversarial.py                      # every case, 0.5 MiB and 2 MiB
    python benchmarks/adversarial.py --cases headings,marks --sizes 0.5,2
    python benchmarks/adversarial.py --keep /tmp/adv      # keep the articles and decks
    python benchmarks/adversarial.py --parser             # and markdown-it-py's share

With --parser, each Markdown case's text is also handed to markdown-it-py alone (the parser
the Markdown reader is built on, with the reader's plugins), in a process of its own: the
CPU seconds of that parse, and its share of the build, show the floor no work of ours
can go under.

Every build is `deck-builder build FILE -o deck.apkg --no-cache` in its own process, with
this checkout first on PYTHONPATH; it prints CPU seconds, wall seconds and peak resident
MB (wait4) per case and size, and the growth from the smallest size to the largest. Four
times the input takes about 4x the time when the work is linear and about 16x when it is
quadratic: the ratio tells the two apart even on a loaded machine, where the seconds
themselves vary (the wall clock most: it measures the neighbours too).
A build that exceeds --timeout (wall seconds) is stopped and shown as `>N`.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MIB = 1 << 20


def _repeat(head: str, unit, size: int, tail: str = "") -> str:
    """`head`, then unit(0), unit(1), ... as many as fit in `size` bytes with `tail`
    (2 MiB is also the largest article deck-builder reads)."""
    parts, total, index = [head], len(head.encode()) + len(tail.encode()), 0
    while total + len((part := unit(index)).encode()) <= size:
        parts.append(part)
        total += len(part.encode())
        index += 1
    parts.append(tail)
    return "".join(parts)


def headings(size: int) -> tuple[str, str]:
    """The same heading again and again (40,000 of them in 2 MiB), each with a fact."""
    unit = "## Same heading\n\nA **fact** under the same heading.\n\n"
    return "headings.md", _repeat("# Headings\n\n", lambda i: unit, size)


def facts(size: int) -> tuple[str, str]:
    """The same fact again and again in one section (20,000 of them in 2 MiB)."""
    fact = ("The **same fact** is written here once more, word for word, as it was the last "
            "time, and the time before that.\n\n")
    return "facts.md", _repeat("# Facts\n\n## One section\n\n", lambda i: fact, size)


def marks(size: int) -> tuple[str, str]:
    """One fact of many distinct marked phrases (60,000 of them in 2 MiB)."""
    return "marks.md", _repeat("# Marks\n\n## One fact\n\n",
                               lambda i: f"**distinct mark {i:05}** and then ", size, "the end.\n")


def glossary(size: int) -> tuple[str, str]:
    """Many glossary terms (8,000 in 2 MiB), each defined, and each named by a fact that
    also names two other terms."""
    n = max(1, size // 262)
    terms = [f"term{i:05} word" for i in range(n)]
    article = {
        "title": "Glossary",
        "glossary": [{"term": t, "definition": f"The meaning of {t}, in a sentence long enough "
                                               "to be a real one."} for t in terms],
        "sections": [{"title": "Facts", "facts": [
            f"Here {t} goes with {terms[(i + 1) % n]} and {terms[(i * 7 + 3) % n]} as always."
            for i, t in enumerate(terms)]}],
    }
    text = json.dumps(article, indent=1)
    assert len(text.encode()) <= size, len(text.encode())
    return "glossary.json", text


def table(size: int) -> tuple[str, str]:
    """One comparison table of many rows (a 2 MiB table)."""
    head = ("# Table\n\n## Compared\n\n| Dimension | Mitosis | Meiosis |\n| --- | --- | --- |\n")
    return "table.md", _repeat(
        head, lambda i: f"| Aspect {i} | Two **cells** of kind {i} | Four cells of kind {i} |\n",
        size)


def nested(size: int) -> tuple[str, str]:
    """Lists nested 40 deep, over and over."""
    depth = 40

    def unit(i: int) -> str:
        return "".join(f"{'  ' * d}- Level {d} item {i} with a **mark {d}**\n"
                       for d in range(depth)) + "\n"

    return "nested.md", _repeat("# Nested\n\n## Lists\n\n", unit, size)


def paragraph(size: int) -> tuple[str, str]:
    """One paragraph of 2 MiB, with a mark every few sentences."""
    return "paragraph.md", _repeat(
        "# Paragraph\n\n## One\n\n",
        lambda i: f"Sentence {i} says little, and goes on saying it with **word{i % 97}** in it. ",
        size, "\n")


def math(size: int) -> tuple[str, str]:
    """Facts full of inline and display math."""
    return "math.md", _repeat(
        "# Math\n\n## Formulas\n\n",
        lambda i: (f"The **rule {i}** gives \\(a_{{{i}}} + b^{{2}} = \\frac{{c}}{{{i + 1}}}\\) "
                   f"and $x_{i} \\le y$ always.\n\n\\[\\sum_{{k=0}}^{{{i}}} k = "
                   f"\\frac{{{i}({i}+1)}}{{2}}\\]\n\n"),
        size)


def notes(size: int) -> tuple[str, str]:
    """Real notes, not a shape made to be slow: the style articles (tests/data/styles, as
    people write them: callouts, tables, glossaries, math, front matter) one after another,
    each one's front matter left off and its title a section's heading. It found what the eight
    shapes above did not: a page of callouts split every line above each callout again."""
    styles = ROOT / "tests" / "data" / "styles"
    articles = []
    for path in sorted(styles.glob("*.md")):
        if path.name.endswith(".expect.md") or path.name == "README.md":
            continue
        text = path.read_text(encoding="utf-8")
        for fence in ("---", "+++"):
            if text.startswith(fence) and (end := text.find("\n" + fence, 3)) > 0:
                text = text[end + 4:]
        articles.append(("\n" + text.lstrip()).replace("\n# ", "\n## "))  # one title only
    return "notes.md", _repeat(
        "# Notes\n", lambda i: f"{articles[i % len(articles)]}\n\n", size)


def arrow(size: int) -> tuple[str, str]:
    """One list item of one line, a long cause and an arrow to an effect it cannot ask (a
    quotation in it): one pattern over cause and effect tried every split of the line."""
    return "arrow.md", _repeat("# Arrow\n\n## One step\n\n- ", lambda i: f"the level {i} falls ",
                               size, "→ the “glucagon” response\n")


def openers(size: int) -> tuple[str, str]:
    """A YAML fact of a mark and formula openers never closed: each was looked past to the
    end of the text."""
    return "openers.yaml", _repeat("title: Openers\nsections:\n- title: One\n  facts:\n  - '**A "
                                   "mark** then",
                                   lambda i: f"\\(x{i} ", size, "'\n")


def brackets(size: int) -> tuple[str, str]:
    """One paragraph of escaped brackets never closed, each a display formula's opener
    looked past to the paragraph's end."""
    return "brackets.md", _repeat("# Brackets\n\n## One\n\nA **mark** then ",
                                  lambda i: f"\\[x_{i} ", size, "\n")


def highlighted_math(size: int) -> tuple[str, str]:
    """One paragraph of highlighted formulas (an Obsidian physics note's "==$v_1$== e …"),
    a few said again and again and many once: each occurrence of each target was checked
    against every formula of the paragraph, each formula looked for from the text's start."""
    return "highlighted_math.md", _repeat(
        "# Highlighted math\n\n## One\n\n",
        lambda i: f"==$v_{i % 7}$== e ==$x_{{{i}}}$==, ", size, "\n")


def repeated_answer(size: int) -> tuple[str, str]:
    """One sentence saying its marked answer again and again: each repeat a gap of the
    same card, each gap once asked whether it opens what the front shows (render.py: the
    whole text before it was searched for every gap)."""
    return "repeated_answer.md", _repeat("# Water\n\n## One\n\nThe **osmotic pressure** of ",
                                         lambda i: "osmotic pressure and ", size,
                                         "cells is high.\n")


def display_lines(size: int) -> tuple[str, str]:
    """One paragraph of lines that each open a display formula ("\\[ a_1") and none closes
    it: each line looked for its closer down to the paragraph's end (review 16)."""
    return "display_lines.md", _repeat("# Display\n\n## One\n\nThe **mark** is:\n",
                                       lambda i: f"\\[ a_{{{i}}}\n", size)


def katex_openers(size: int) -> tuple[str, str]:
    """Hugo's "{{< katex >}}" shortcode opened again and again, never closed: each opener's
    TeX was read on to the end of the text (review 16)."""
    return "katex_openers.md", _repeat("# KaTeX\n\n## One\n\nThe **mark** is ",
                                       lambda i: f"{{{{< katex >}}}}x_{i} ", size, "\n")


def initials(size: int) -> tuple[str, str]:
    """A marked name's initials said again and again between formulas ("MSE $x_1$ e MSE
    …"): each was checked against every gap and formula of the text (review 16)."""
    return "initials.md", _repeat("# Errors\n\n## One\n\nThe **mean squared error** is low: ",
                                  lambda i: f"MSE $x_{{{i}}}$ e ", size, "\n")


def chinese(size: int) -> tuple[str, str]:
    """Chinese prose naming the article's terms (eighteenth session): a term is found inside
    a run of characters by its first two (text.TermIndex), asked where it stands as a word
    (text.stands_as_a_word, every place it is said), and refused where a longer word says
    it (quality.chinese_answer_shown): each heading's term said in its own paragraph and
    the last one said again and again in one long paragraph at the end."""
    # Names of Chinese characters only (a digit makes a heading no name), all opening on
    # the same two: each is found by the slices of the keys' lengths at each place.
    def name(i: int) -> str:
        return f"术语{chr(0x4e00 + i % 20000)}{chr(0x4e00 + i // 20000)}"
    unit = lambda i: (f"## {name(i)}\n\n当{name(i)}超过阈值时，系统的响应会变大，"  # noqa: E731
                      f"这一过程称为饱和现象。\n\n")
    body = _repeat("# 笔记\n\n", unit, size * 3 // 4)
    tail = _repeat("## 总结\n\n", lambda i: f"当{name(0)}超过阈值时，{name(0)}的值变大，",
                   size // 4, "这就是饱和定律。\n")
    return "chinese.md", body + tail


def symbols(size: int) -> tuple[str, str]:
    """One paragraph of arrows and nothing else (the code review of the eighteenth session):
    a pattern anchored on a run of non-word characters and then scanning the line, tried at
    each split of that run, was quadratic (60 KB: 30 s)."""
    return "symbols.md", _repeat("# Symbols\n\n## Arrows\n\n", lambda i: "→ ", size, "x\n")


def dot_leaders(size: int) -> tuple[str, str]:
    """A bilingual table of contents, each entry a dot leader to its page and its Chinese
    gloss ("- Einleitung ........ 3 引言", code review 19, A1): the pattern of a glossed word
    split each run of dots every way before the page number failed it, 4x the time for two
    more dots, so one 40-dot leader would have run for days."""
    names = ("Einleitung", "Grammatik", "Wortschatz", "Aussprache", "Landeskunde")
    glosses = ("引言", "语法", "词汇", "发音", "国情")
    return "dot_leaders.md", _repeat(
        "# Deutsch\n\n## Inhalt\n\n",
        lambda i: f"- {names[i % 5]} {'.' * 40} {i + 1} {glosses[i % 5]}\n", size)


def compound_names(size: int) -> tuple[str, str]:
    """One long English paragraph that says the article's terms inside longer names again
    and again ("Red blood cells …", "Anaerobic respiration … than aerobic respiration", code
    review 19, A2): each place a term is said looked at the whole text before it for the
    word before it, and every sentence's subject, each said again, was weighed against the
    whole text (2,000 sentences: 10 s)."""
    sentences = ("Red blood cells carry oxygen to tissues.",
                 "White blood cells defend the body against pathogens.",
                 "Anaerobic respiration releases much less energy than aerobic respiration.",
                 "Consider steady flow along a pipe of radius r.", "Enzymes are really important.")
    head = ("# Blood\n\n## Cells\n\nA **red blood cell** carries oxygen. **White blood cells** "
            "defend the body.\n\n")
    return "compound_names.md", _repeat(head, lambda i: f"{sentences[i % 5]} ", size, "\n")


def glossed_list(size: int) -> tuple[str, str]:
    """One long vocabulary list, each word glossed in Chinese ("- umziehen：搬家") between
    example sentences and their translations ("- Ich ziehe nächste Woche um. 我下周搬家。"),
    code review 19, A3: each item was looked for in the list of examples (5,000 items: 6 s).
    The labelled list it makes still weighs each label against all the others' words."""
    return "glossed_list.md", _repeat(
        "# Deutsch\n\n## Wortschatz\n\n",
        lambda i: f"- Ich ziehe nächste Woche um {i}. 我下周搬家。\n" if i % 2 else
        f"- umziehen{i}：搬家\n", size)


def html_blocks(size: int) -> tuple[str, str]:
    """HTML typed in a note, block after block (a Hugo page's `<h3>`, `<ol><li>` with a
    formula, `<table>`): each is converted by the web page reader's writer and parsed again
    (session 29), so each block's cost must not grow with the ones before it."""
    return "html_blocks.md", _repeat(
        "# Linear systems\n\n",
        lambda i: (f"<h3>Part {i}</h3>\n\n<ol>\n  <li>No solution {i}, making the system "
                   f"<b>inconsistent</b> with \\( x_{{{i}}} \\) free.</li>\n  <li>One "
                   f"solution {i}.</li>\n</ol>\n\n<table><tr><th>Vice</th><th>Virtue</th></tr>"
                   f"<tr><td>Envy {i}</td><td>Kindness {i}</td></tr></table>\n\n"), size)


def slide_classes(size: int) -> tuple[str, str]:
    """remark.js slide classes over and over, nested, among links, footnotes and TeX
    brackets (`_remark_classes` pairs every bracket of the note in one pass)."""
    return "slide_classes.md", _repeat(
        "# Slides\n\n",
        lambda i: (f".pull-left[\nThe **population {i}** is [linked](x{i}.md) and "
                   f".darkblue[rare [^{i}]] with \\[f_{i} = 1\\] and [[page {i}]].\n]\n\n"
                   f"[^{i}]: a note {i}\n\n"), size)


def formula_images(size: int) -> tuple[str, str]:
    """Formula-service pictures (formula_images.py), thousands on one line, and a line of
    image openings never closed: each was once searched to its line's end."""
    image = "![x](https://latex.codecogs.com/png.latex?%5Clarge%20x_{0}%3D1) "
    return "formula_images.md", _repeat(
        "# Formulas\n\n## Pictures\n\nSee https:// " + "![a" * 2000 + "\n\n",
        lambda i: image.format(i) + ("\n\n$$F = ma$$\n\n- $F$: the **force**\n"
                                     "- $m$: the mass\n\n" if i % 500 == 499 else ""),
        size, "\n")


def thresholds(size: int) -> tuple[str, str]:
    """One paragraph of thresholds, English and Chinese: each once looked back over all the
    text before it for its sentence's start (tests/test_named_formulas_math21.py timed it,
    which the tests no longer do)."""
    return "thresholds.md", _repeat(
        "# Thresholds\n\n",
        lambda i: ("The gain is \\(A = 1 + x\\), so it grows if \\(x > 1\\) and we get more. "
                   if i % 2 else "注：当 \\(Re > 4000\\) 时流动的 \\(Re\\) 很大，"),
        size, "\n")


def long_run(size: int) -> tuple[str, str]:
    """A labelled item whose text is one run of letters with no space between two words of
    its label (quality.runs counts the words between them: a pattern of repeated words was
    quadratic on such a run), and a sentence of a course's plan repeated on one line (the
    two-step _course_plan: one pattern of two open runs was quadratic on it)."""
    half = max(size // 2 - 200, 0)
    return "long_run.md", ("# Runs\n\n- Heat engine: converts heat " + "═" * (half // 3)
                           + " engine into work\n\n"
                           + "We will measure the samples in the lab and in the class "
                           * (half // 57) + ".\n")


def tool_syntax(size: int) -> tuple[str, str]:
    """Other tools' syntax line after line (the thirty-seventh session's readings): an
    Obsidian block id on every line, with display formulas among them (each id was once
    told from TeX by counting the `$$` before it from the text's start: quadratic), MyST
    roles, Logseq references and macros, inside and outside code spans."""
    line = ("- The **term {n}** holds for {{term}}`x{n}` and `{{x}}` (see "
            "((65f1a2b3-0c4d-4e5f-8a9b-1c2d3e4f5a02))) {{{{embed [[P{n}]]}}}}. ^id{n}x\n"
            "$$\nA = P e ^rt\n$$\n")
    out, n = ["# Tool syntax\n\n"], 0
    while sum(map(len, out)) < size:
        out.append(line.format(n=n))
        n += 1
    return "tool_syntax.md", "".join(out)


def formula_sheet(size: int) -> tuple[str, str]:
    """A formula sheet typed as one paragraph, a named formula with its unit on every line
    ("Quantity 12: $q_{12} = 12 m$ [m]", the thirty-eighth session's formula_values): each
    line is a fact, and each fact's lead-in was found by walking back over every line of
    the run before it (generate.list_lead_in: quadratic, 6,000 lines 9 million steps)."""
    return "formula_sheet.md", _repeat(
        "# Formulas\n\n## Sheet\n\n",
        lambda i: f"Quantity {i}: $q_{{{i}}} = {i} m$ [m]\n", size)


CASES = {f.__name__: f for f in (headings, facts, marks, glossary, table, nested, paragraph,
                                 math, notes, arrow, openers, brackets, highlighted_math,
                                 repeated_answer, display_lines, katex_openers, initials,
                                 chinese, symbols, dot_leaders,
                                 compound_names, glossed_list, html_blocks, slide_classes,
                                 formula_images, long_run, thresholds, tool_syntax,
                                 formula_sheet)}


def build(path: Path, timeout: float) -> tuple[float | None, float, float, int]:
    """(CPU seconds or None when stopped at the timeout, wall seconds, peak MB, exit code)
    of one build."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), SOURCE_DATE_EPOCH="1700000000", NO_COLOR="1")
    out = path.with_suffix(".apkg")
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "deck_builder", "build", str(path), "-o", str(out), "--no-cache",
         "--quiet"], cwd=path.parent, env=env, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL)
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() - start > timeout:
            process.kill()
            pid, status, usage = os.wait4(process.pid, 0)
            return None, time.perf_counter() - start, usage.ru_maxrss / 1024, -9
        time.sleep(0.02)
    # CPU seconds, not wall: on a shared machine the wall clock measures the neighbours.
    seconds = usage.ru_utime + usage.ru_stime
    return (seconds, time.perf_counter() - start, usage.ru_maxrss / 1024,
            os.waitstatus_to_exitcode(status))


_PARSE_ONLY = """
import sys, time
from deck_builder.readers.markdown import _PARSER
text = open(sys.argv[1], encoding="utf-8").read()
start = time.process_time()
_PARSER.parse(text)
print(time.process_time() - start)
"""


def parse_seconds(path: Path) -> float | None:
    """CPU seconds markdown-it-py takes to parse the article at `path`, or None when the
    article is not Markdown."""
    if path.suffix != ".md":
        return None
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", _PARSE_ONLY, str(path)], env=env,
                            capture_output=True, text=True, check=True)
    return float(result.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", default=",".join(CASES), help="comma-separated case names")
    parser.add_argument("--sizes", default="0.5,2", help="sizes in MiB, smallest first")
    parser.add_argument("--timeout", type=float, default=300, help="seconds per build")
    parser.add_argument("--keep", type=Path, help="write the articles and decks here")
    parser.add_argument("--parser", action="store_true",
                        help="also time markdown-it-py's parse alone, and its share")
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    names = args.cases.split(",")
    unknown = [n for n in names if n not in CASES]
    if unknown:
        parser.error(f"no case {', '.join(unknown)}; there is {', '.join(CASES)}")
    work = args.keep or Path(tempfile.mkdtemp(prefix="deck-builder-adversarial-"))
    header = (["case"] + [f"{s:g} MiB CPU s" for s in sizes] + [f"{s:g} MiB wall s" for s in sizes]
              + [f"{s:g} MiB MB" for s in sizes])
    header.append(f"growth {sizes[0]:g}->{sizes[-1]:g}")
    if args.parser:
        header.append(f"{sizes[-1]:g} MiB parse CPU s (share)")
    print("| " + " | ".join(header) + " |")
    print("|" + " --- |" * len(header))
    for name in names:
        times, walls, peaks = [], [], []
        for size in sizes:
            folder = work / f"{name}-{size:g}"
            folder.mkdir(parents=True, exist_ok=True)
            filename, text = CASES[name](int(size * MIB))
            path = folder / filename
            path.write_text(text, encoding="utf-8")
            seconds, wall, peak, code = build(path, args.timeout)
            shown = f">{args.timeout:g}" if seconds is None else f"{seconds:.1f}"
            times.append((seconds, shown + ("" if code in (0, -9) else f" (exit {code})")))
            walls.append(f"{wall:.1f}")
            peaks.append(f"{peak:.0f}")
        first, last = times[0][0], times[-1][0]
        growth = f"{last / first:.1f}x" if first and last else "-"
        row = [name, *(t[1] for t in times), *walls, *peaks, growth]
        if args.parser:
            parse = parse_seconds(path)
            row.append("-" if parse is None else
                       f"{parse:.1f}" + (f" ({parse / last:.0%})" if last else ""))
        print("| " + " | ".join(row) + " |", flush=True)


if __name__ == "__main__":
    main()
