"""How much of a folder of real Markdown notes deck-builder turns into cards.

    python benchmarks/real_notes.py /work/realnotes           # one row per file, then totals
    python benchmarks/real_notes.py tests/data/styles --misses  # also list uncovered blocks
    python benchmarks/real_notes.py /work/realnotes --no-front-matter  # look past refusals

Every `*.md`, `*.markdown`, `*.qmd` and `*.Rmd` file (the suffixes the reader takes) of the
folder except `README.md` and `X.expect.md` is measured. Each file is built alone, copied
into its own temporary folder, with the current deck-builder library (`build.build`, no
cache), so one bad file cannot hide another. Per file it prints:

- `status`: `ok`, `REFUSED` (the build raised a deck-builder error: the file is refused),
  `CRASH` (any other exception), or `EMPTY` (the build succeeded with no note at all);
- `blocks`: the card-worthy blocks (defined below);
- `notes`: the notes made;
- `covered` and `cov%`: card-worthy blocks that at least one note starts in (a note's
  `line` falls inside the block's lines), or that one of a note's clozes comes from (a
  line of the note's `lines`), and their share of `blocks`;
- `raw`: notes with another tool's syntax or dollar-TeX visible in any field.

**Card-worthy blocks** are counted from markdown-it tokens (CommonMark plus tables, the
same parser the reader uses, but none of the reader's rules), after the front matter
(`---` YAML, `+++` TOML, or a leading `{ ... }` JSON object) is blanked so line numbers
still match the file:

- a paragraph outside lists and callouts with at least 6 words that does not end in `:`
  or `?` (a statement, not a list title or a question), and is not about the page itself
  (below);
- a list item whose own first line has at least 2 words and does not end in `:` (a parent
  ending in `:` is a title; its children are counted), and is not only a link, unless every
  item of its list is a prompt to the learner: a question (its first line ends in `?`) or a
  task opening with a study verb (Define, Explain, Describe, Discuss, Identify, Understand,
  Differentiate, Distinguish, Compare, Contrast, Outline, Evaluate, Analyse, Summarise,
  Calculate, Recall, Recognise). A list of learning objectives ("Define culture and …",
  "Explain the key elements of …"), of review questions ("What are the two main divisions
  of the nervous system?") or of the questions a subject asks ("How should I act?") states
  no fact: the answers, where the notes give them, are the blocks that count, as a
  paragraph ending in `?` is not counted and its answer is. (Since 2026-12-02; before, such
  lists were about 2% of the blocks of the dev corpora, all missed but one: a lone question
  item over its nested answer, which now counts once, by its answer. A question among
  statements still counts: a list is judged whole, so a "Purpose" list that opens with
  "Quantify …" and "Construct …" keeps its "Calculate …" item.) Nor is an item of a list of
  more than 8 bare names and nothing else (at most four words each, no label, gloss, bracket
  or full stop: the eleven indications of a drug, "chronic heart failure", "essential
  tremor", …): one name behind a gap with nothing beside it could be any of the others, and
  the whole list is too long for one front, so no fair card can be made of it (the reader
  refuses it with that reason, docs/card-quality.md §4e). A list of 2 to 8 names under a
  title still counts: it makes one grouped note. (Since 2026-12-02; before, the names of two
  words or more of such a list counted and the one-word names did not.)
- a table body row;
- a callout (`> [!type] ...`), an admonition (`!!! type`, `??? type`) or a MyST
  admonition typed as a fence ("```{note}", since 2026-12-02; of any kind the reader reads
  as a box, since review 13), counted once each, their contents not counted again;
- a plain block quote counts its paragraphs as paragraphs.

A paragraph or list item **about the page itself**, not its subject, is not card-worthy
(since 2026-12-02): one whose subject is the page or a part of it ("This document compares
the OSI and TCP/IP models", "These notes are educational only", "This diagram sets the
stage for our discussion"), or that says where its material comes from or what it may be
used for ("Images taken from here under Creative Commons Licence", "all images used are
from the book …", "not medical advice"). No card can ask a fact of the subject from it;
the reader skips such paragraphs with that reason. (About 1% of the paragraphs of the dev
corpora, all missed.)

Nor is a footnote's text (`[^1]: …`: it goes on the back of the cards that mark it), a
Hugo shortcode tag or a `:::` fence line, with the box title on it (markup and context; the
box's body counts, also when no blank line sets it off). (Since 2026-12-02; before, a
shortcode tag with a six-word title alone on its lines counted as a paragraph, always
missed, and a `:::` box typed without blank lines was not counted, its closing `:::` read
as a list title's colon.)

Nothing under a heading named References, Bibliography, Sources, Works cited, Further
reading, Links, Resources, See also or Table of contents counts, nor code, HTML blocks,
images or headings. The heuristic is deliberately simple and stated here so that the
number means the same thing from one run to the next; it is not what the reader does.

A note made of several blocks is credited with each block one of its clozes comes
from, and no other. A grouped list (2 to 8 short items under a title) is one note with a
cloze per item: until 2026-12-01 only its first item counted as covered, as only the note's
`line` was read; since then the note carries the line of each item whose cloze it kept
(`OutNote.lines`), so an item whose cloze was dropped as weak still counts as missed. Two
more kinds of note carry a second line the same way: a short item with one sentence nested
under it ("- Not specific" / "  - Same cells respond to any pathogen") is one labelled note
hiding the item, the sentence its clue; a question item over its nested answer is one note
hiding the answer. Each covers both lines, as one "Label: text" line would.

With `--no-front-matter` each copy has its front matter blanked (lines kept), to measure
what the reader does with the body of files it would otherwise refuse.

**Raw syntax** is looked for in every field of every note, outside its MathJax `\\(…\\)` and
`\\[…\\]` (typeset, not shown) for all but inline R code: `$...$`/`$$` TeX (Pandoc's
rule, so "$5 and $10" is not math), `==x==`, `[[`, `{{<`/`{{%`, `%%`, an inline `#tag`,
`[!note]`, `!!!`/`???` admonition markers, and (since 2026-12-03) Pandoc's, Quarto's and
R Markdown's own: a footnote marker `[^1]` or inline footnote `^[…]`, inline R code
(`` `r x` ``, `` `{r} x` ``), a bracketed span `[text]{.class}`, a cross reference or
citation (`@key2020`, `[@key`, `@fig-x`, bookdown's `@ref(fig:x)`), `H~2~O`/`x^2^`, a `:::`
fence, and LaTeX commands (`\\newpage`, `\\vspace`, `\\noindent`, `\\ref`, …).
"""

from __future__ import annotations

import html
import re
import shutil
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from markdown_it import MarkdownIt

from deck_builder.build import BuildOptions, build
from deck_builder.errors import DeckBuilderError
from deck_builder.readers.markdown import _MYST_ADMONITIONS as MYST_BOXES
from deck_builder.readers.markdown import SUFFIXES as MARKDOWN_SUFFIXES

_NOT_CONTENT = re.compile(
    r"^(references?|bibliography|sources?|works cited|further reading|links|resources"
    r"|see also|table of contents|contents|toc)$", re.I)
_CALLOUT = re.compile(r"^\s*\[![\w-]+\][+-]?")
# Lines that are markup, not statements: a Hugo shortcode tag, a `:::` box fence and its
# title (since 2026-12-02; before, `{{<admonition type="note" title="Caparo v Dickman
# (1990)">}}` alone on its lines counted as a missed paragraph of six words).
_SYNTAX_LINE = re.compile(r"^[ \t]*(?:\{\{[<%].*?[>%]\}\}|:::.*)[ \t]*$", re.M)
_FOOTNOTE_TEXT = re.compile(r"^\[\^[^\]]+\]:")
# A MyST box typed as a fence ("```{note}"): the kinds the reader reads as boxes, its own
# set, so a kind it learns is counted with it (a hand copy had lost proof, epigraph,
# exercise and solution, whose cards then fell outside every counted block).
_MYST_BOX = re.compile(
    rf"^\s*\{{(?:prf:)?(?:{'|'.join(sorted(map(re.escape, MYST_BOXES)))})\}}", re.I)
_ADMONITION = re.compile(r"^(!!!|\?\?\?\+?)\s+[\w-]+")
_PROMPT = re.compile(
    r"\?$|^(?:define|explain|describe|discuss|identify|understand|differentiate|distinguish|"
    r"compare|contrast|outline|evaluate|analy[sz]e|summari[sz]e|calculate|recall|recogni[sz]e)"
    r"\b(?![^:]*:\s*\S)", re.I)  # not "Define osmosis: the diffusion of water …"
# After a shortcode, emphasis or an emoji: "{{< callout >}}These notes are …", "*This …".
_ABOUT_THE_PAGE = re.compile(
    r"^(?:\{\{[<%].*?[%>]\}\}|[^\w\s]|\s)*(?:in\s+)?(?:this|these|the\s+following)\s+"
    r"(?:document|notes?|page|article|post|guide|chapter|section|lesson|summary|file|"
    r"diagram|figure|image|video|slides?|cheat\s*sheet)\b"
    r"|\b(?:images?|pictures?|figures?|photos?)\b[^.]{0,40}?\b(?:taken|adapted|are|is)\s+from\b"
    r"|\b(?:licen[cs]e[ds]?|copyright)\b|\bnot\s+(?:medical|legal|financial)\s+advice\b",
    re.I)
# A bare name: a few words and nothing said of them ("essential tremor", "prevention of
# migraine"), no label, gloss or sentence.
_BARE_NAME = re.compile(r"^[^\W\d_][\w'’/&+-]*(?:\s+[\w'’/&+-]+){0,3}$")
MAX_NAMES = 8
_ONLY_LINK = re.compile(r"^\s*(\[[^\]]*\]\([^)]*\)|\[\[[^\]]*\]\]|<?https?://\S+>?)\s*[.,;]?\s*$")
RAW = {
    "tex": re.compile(r"\$\$|(?<![\\$])\$(?=[^\s$\d])[^$\n]*?(?<=[^\s$\\])\$(?!\d)"),
    "==": re.compile(r"==[^=\s][^=\n]*?=="),
    "[[": re.compile(r"\[\["),
    "{{<": re.compile(r"\{\{(<|&lt;|%)"),
    # Jekyll's Liquid (since 2026-12-05): a tag, `{% include … %}`, `{% raw %}`.
    "{%": re.compile(r"\{%-?\s*[a-z]"),
    "%%": re.compile(r"%%"),
    "#tag": re.compile(r"(?<![\w&#/\"'=:])#[A-Za-z][\w/-]*"),
    "[!note]": re.compile(r"\[![A-Za-z-]+\]"),
    # An admonition's opening: its type or a quoted title after the marker. The author's
    # own "???" at a sentence's end ("… (coda). ???", held-out-6) is text, as typed.
    "!!!": re.compile(
        r"(?:!!!|\?\?\?)\+?[ \t]*(?:(?:note|abstract|summary|tldr|info|todo|tip|hint|important|"
        r"success|check|done|question|help|faq|warning|caution|attention|failure|fail|missing|"
        r"danger|error|bug|example|quote|cite)\b|[A-Za-z-]+[ \t]+\"|\")", re.I),
    # Pandoc, Quarto and R Markdown (since 2026-12-03): a footnote marker `[^1]` or an
    # inline footnote `^[text]`, inline R code (`` `r x` ``, `` `{r} x` ``, seen as the
    # `<code>` the reader makes of it), a bracketed span `[text]{.class}`, a cross reference
    # `@fig-x` or citation `@key`/`[@key, p. 4]` (not an e-mail address), Pandoc's
    # `H~2~O`/`x^2^`, a fenced div's `:::` and LaTeX page commands typed outside math.
    "[^1]": re.compile(r"\[\^[^\]\s]+\]|\^\["),
    "`r`": re.compile(r"(?:<code[^>]*>|`)\s*(?:r|\{r\})\s"),
    "]{.x}": re.compile(r"\]\{[^{}\n]*\}"),
    # (A key with a year, a Quarto cross reference, bookdown's `@ref(…)` or a bracketed
    # `[@key`: "@heart", "@same dose" are shorthand for "at", no tool's syntax.)
    "@key": re.compile(r"(?<![\w.@/])-?@(?:[A-Za-z][\w:.-]*?\d{4}[a-z]?\b|(?:fig|tbl|sec|eq|lst|"
                       r"thm)[-:]\w|ref\()|\[-?@\w"),
    "~x~": re.compile(r"(?<=\w)~[^~\s]{1,12}~|(?<=\w)\^[^\^\s\[]{1,12}\^"),
    ":::": re.compile(r":::"),
    "\\cmd": re.compile(r"\\(?:newpage|clearpage|cleardoublepage|pagebreak|vspace|hspace|"
                          r"noindent|bigskip|medskip|smallskip|linebreak|newline|centering|"
                          r"textbf|textit|emph|cite|citep|citet|ref|label|footnote)\b"),
}
_MATHJAX = re.compile(r"\\\(.*?\\\)|\\\[.*?\\\]|\\begin\{([a-z]+\*?)\}.*?\\end\{\1\}", re.S)


def blank_front_matter(text: str) -> str:
    """The text with its front matter (YAML, TOML or JSON) replaced by empty lines."""
    lines = text.split("\n")
    if not lines:
        return text
    first = lines[0].strip()
    end = None
    if first in ("---", "+++"):
        end = next((i for i in range(1, len(lines)) if lines[i].strip() in (first, "...")), None)
    elif first == "{":
        end = next((i for i in range(1, len(lines)) if lines[i].rstrip() == "}"), None)
    if end is None:
        return text
    return "\n" * end + "\n" + "\n".join(lines[end + 1:])


def note_files(folder: Path) -> list[Path]:
    """The notes of a folder that are measured, sorted: the reader's suffixes, not a
    README or a style article's expected cards."""
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in MARKDOWN_SUFFIXES
                  and not p.name.endswith(".expect.md") and p.name != "README.md")


def _words(text: str) -> int:
    return len(re.findall(r"[^\W_]+", text))


@dataclass
class Block:
    kind: str
    start: int  # 1-based first line
    end: int  # 1-based last line
    text: str
    covered: bool = False


def card_worthy_blocks(text: str) -> list[Block]:
    """The card-worthy blocks of a Markdown text, per the module docstring."""
    source = blank_front_matter(text)
    lines = source.split("\n")
    tokens = MarkdownIt("commonmark").enable("table").parse(source)
    blocks: list[Block] = []
    skip_section_level = None  # inside a References-like section of this level
    list_depth = quote_depth = 0
    callout_until = -1  # tokens inside a callout are not counted again
    heading_level = None
    # Per open list: its items' own first lines, and the blocks they made (indexes into
    # `blocks`), to drop a list that is only prompts when it closes.
    lists: list[tuple[list[str], list[int]]] = []
    dropped: set[int] = set()
    for i, token in enumerate(tokens):
        if token.type == "heading_open":
            heading_level = int(token.tag[1])
            title = re.sub(r"[^\w ]", "", tokens[i + 1].content).strip()
            if skip_section_level is not None and heading_level <= skip_section_level:
                skip_section_level = None
            if _NOT_CONTENT.match(title):
                skip_section_level = heading_level
            continue
        if token.type == "bullet_list_open" or token.type == "ordered_list_open":
            list_depth += 1
            lists.append(([], []))
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
            firsts, made = lists.pop()
            if firsts and all(_PROMPT.search(first.strip("*_ ")) for first in firsts) or \
                    len(firsts) > MAX_NAMES and all(_BARE_NAME.match(f) for f in firsts):
                dropped.update(made)
        elif token.type == "blockquote_open":
            quote_depth += 1
            first = tokens[i + 2].content if i + 2 < len(tokens) else ""
            if callout_until < 0 and _CALLOUT.match(first) and skip_section_level is None:
                start, end = token.map
                blocks.append(Block("callout", start + 1, end, first.split("\n")[0]))
                callout_until = end
        elif token.type == "blockquote_close":
            quote_depth -= 1
        if skip_section_level is not None or not token.map:
            continue
        start, end = token.map
        if start < callout_until:
            continue
        callout_until = -1
        if token.type == "paragraph_open" and list_depth == 0:
            content = tokens[i + 1].content.strip()
            if _FOOTNOTE_TEXT.match(content):
                continue  # a footnote's text goes on the back of its cards
            # A shortcode tag or a `:::` fence is syntax, and a box's title is context.
            content = _SYNTAX_LINE.sub("", content).strip()
            if _ADMONITION.match(content):
                # The admonition's indented body follows as a code block: one block for both.
                body_end = end
                nxt = tokens[i + 3] if i + 3 < len(tokens) else None
                if nxt is not None and nxt.type == "code_block" and nxt.map:
                    body_end = nxt.map[1]
                blocks.append(Block("callout", start + 1, body_end, content.split("\n")[0]))
                callout_until = body_end
            elif (_words(content) >= 6 and not content.rstrip("*_ ").endswith((":", "?"))
                  and not content.startswith("![") and not _ONLY_LINK.match(content)
                  and not _ABOUT_THE_PAGE.search(content)):
                blocks.append(Block("paragraph", start + 1, end, content))
        elif token.type == "list_item_open":
            own = ""
            if i + 2 < len(tokens) and tokens[i + 1].type == "paragraph_open":
                own = tokens[i + 2].content.split("\n")[0].strip()
            if lists:
                lists[-1][0].append(own)
            if (_words(own) >= 2 and not own.rstrip("*_ ").endswith(":")
                    and not _ONLY_LINK.match(own) and not _ABOUT_THE_PAGE.search(own)):
                if lists:
                    lists[-1][1].append(len(blocks))
                blocks.append(Block("list item", start + 1, end, own))
        elif token.type == "fence" and _MYST_BOX.match(token.info or "") and \
                list_depth == 0:
            # A MyST admonition typed as a fence ("```{note}"): a box of content, counted
            # once as a callout is (since 2026-12-02; before, it was code and not counted).
            blocks.append(Block("callout", start + 1, end, token.info.strip()))
        elif token.type == "tr_open" and _in_body(tokens, i):
            blocks.append(Block("table row", start + 1, end, lines[start].strip()))
    return [block for at, block in enumerate(blocks) if at not in dropped]


def _in_body(tokens, i: int) -> bool:
    for token in reversed(tokens[:i]):
        if token.type in ("tbody_open", "thead_open"):
            return token.type == "tbody_open"
    return False


def raw_syntax(fields: list[str]) -> list[str]:
    """The kinds of raw syntax visible in a note's fields."""
    coded = html.unescape(" ".join(fields))
    # Code is shown as typed: "`plot(trainSpam$capitalAve ~ trainSpam$type)`" (R) holds two
    # dollars that are no TeX (held-out-9). Inline R code is looked for in `coded` below.
    text = re.sub(r"<code\b[^>]*>.*?</code>", " ", coded, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", text)  # our own markup is not the author's
    text = re.sub(r"\{\{c\d+::", "", text)
    # MathJax's math is typeset, not shown (tests/test_styles.py strips it too): a "$" in
    # it is TeX's own, as in "\\text{reject $H_0$}" inside a displayed formula. Inline R
    # code is looked for everywhere.
    outside_math = _MATHJAX.sub(" ", text)
    return [name for name, pattern in RAW.items()
            if pattern.search(coded if name == "`r`" else outside_math)]


_MATHJAX = re.compile(r"\\\(.*?\\\)|\\\[.*?\\\]", re.S)


@dataclass
class FileResult:
    name: str
    status: str = "ok"
    message: str = ""
    blocks: list[Block] = field(default_factory=list)
    notes: int = 0
    covered: int = 0
    raw: int = 0
    raw_kinds: Counter = field(default_factory=Counter)
    raw_examples: list[str] = field(default_factory=list)
    missed: list[Block] = field(default_factory=list)
    warnings: int = 0


def measure(path: Path, strip_front_matter: bool = False) -> FileResult:
    result = FileResult(path.name)
    text = path.read_text(encoding="utf-8", errors="replace")
    result.blocks = card_worthy_blocks(text)
    folder = Path(tempfile.mkdtemp(prefix="real-notes-"))
    try:
        copy = folder / path.name
        if strip_front_matter:
            copy.write_text(blank_front_matter(text), encoding="utf-8")
        else:
            shutil.copyfile(path, copy)
        try:
            built = build([copy], BuildOptions(folder / "out.apkg", use_cache=False))
        except DeckBuilderError as error:
            result.status, result.message = "REFUSED", str(error).split("\n")[0]
            return result
        except Exception as error:  # noqa: BLE001 - a crash is a finding, not a stop
            result.status, result.message = "CRASH", f"{type(error).__name__}: {error}"
            return result
        notes = [n for n in built.plan.notes if n.status != "removed"]
        result.notes = len(notes)
        result.warnings = len(built.plan.problems)
        if not notes:
            result.status = "EMPTY"
        lines = [at for n in notes for at in (n.line, *n.lines)]
        for block in result.blocks:
            if any(block.start <= line <= block.end for line in lines):
                block.covered = True
                result.covered += 1
            else:
                result.missed.append(block)
        for note in notes:
            kinds = raw_syntax(note.fields)
            if kinds:
                result.raw += 1
                result.raw_kinds.update(kinds)
                if len(result.raw_examples) < 3:
                    front = re.sub(r"<[^>]+>", " ", note.fields[0])
                    result.raw_examples.append(f"{','.join(kinds)}: {front[:110]}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return result


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}" if whole else "    -"


def main(argv: list[str]) -> int:
    show_misses = "--misses" in argv
    strip = "--no-front-matter" in argv
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 1:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    files = note_files(Path(args[0]))
    results = [measure(p, strip) for p in files]
    width = min(max((len(r.name) for r in results), default=10), 60)
    print(f"{'file':<{width}} {'status':<8} {'blocks':>6} {'notes':>5} {'covered':>7} "
          f"{'cov%':>5} {'raw':>4}")
    for r in results:
        print(f"{r.name[:width]:<{width}} {r.status:<8} {len(r.blocks):>6} {r.notes:>5} "
              f"{r.covered:>7} {_percent(r.covered, len(r.blocks))} {r.raw:>4}"
              + (f"  {r.message[:100]}" if r.message else ""))
    blocks = sum(len(r.blocks) for r in results)
    covered = sum(r.covered for r in results)
    statuses = Counter(r.status for r in results)
    raw_kinds = sum((r.raw_kinds for r in results), Counter())
    print(f"{'TOTAL':<{width}} {len(results):<8} {blocks:>6} {sum(r.notes for r in results):>5} "
          f"{covered:>7} {_percent(covered, blocks)} {sum(r.raw for r in results):>4}")
    print(f"files: {len(results)}; " + ", ".join(f"{k}: {v}" for k, v in sorted(statuses.items())))
    by_kind = Counter(b.kind for r in results for b in r.blocks)
    covered_kind = Counter(b.kind for r in results for b in r.blocks if b.covered)
    print("coverage by block kind: " + ", ".join(
        f"{k} {covered_kind[k]}/{n} ({_percent(covered_kind[k], n).strip()}%)"
        for k, n in by_kind.most_common()))
    print("notes with raw syntax, by kind: "
          + (", ".join(f"{k}: {v}" for k, v in raw_kinds.most_common()) or "none"))
    for r in results:
        for example in r.raw_examples:
            print(f"  raw {r.name}: {example}")
    if show_misses:
        for r in results:
            for block in r.missed:
                print(f"  miss {r.name}:{block.start}: {block.kind}: {block.text[:90]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
