"""The markdown-it-py parser the Markdown reader parses with, and the rules added to it.

CommonMark plus GFM tables and strikethrough, the mdit-py-plugins (dollar and bracket
math, footnotes, admonitions, `:::` containers, task lists), and the rules replaced or
added here: Pandoc's `$…$`, `\\[…\\]` and amsmath environments inside a line or typed
bare over lines, a paragraph rule that keeps a display formula's lines TeX, and core rules
that parse each distinct inline text of a page once.

Its own module because it is the one place that knows markdown-it's internals (block and
inline state, rule chains): everything above it sees only the tokens `_PARSER` makes.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.common.utils import mdTrim
from mdit_py_plugins.admon import admon_plugin
from mdit_py_plugins.container import container_plugin
from mdit_py_plugins.dollarmath import dollarmath_plugin
from mdit_py_plugins.dollarmath.index import math_inline_dollar
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.tasklists import tasklists_plugin
from mdit_py_plugins.texmath import texmath_plugin

from deck_builder.text import CODE_SPAN

# Built once: parse() keeps no state between documents, and building costs a fifth of
# parsing a short article.
# Plugins (mdit-py-plugins): `$…$`/`$$…$$` math by Pandoc's dollar rule (no space inside the
# dollars, no digit after the closing one, so "$5 and $10" stays text: _pandoc_dollar below
# replaces the plugin's inline rule), `\\(…\\)`/`\\[…\\]`
# math, footnotes, MkDocs admonitions with their indented bodies, `:::note Title` … `:::`
# blocks of any name (Docusaurus, VitePress, VuePress, MyST's `:::{note}`), and task lists.
_PARSER = (
    MarkdownIt("commonmark").enable("table").enable("strikethrough")
    .use(dollarmath_plugin, allow_space=False, allow_digits=False, double_inline=True,
         allow_labels=False)
    .use(texmath_plugin, delimiters="brackets")
    .use(footnote_plugin)  # also Pandoc's inline `^[text]` (labelled in _Reader.parse)
    .use(admon_plugin)
    .use(container_plugin, name="aside",
         validate=lambda params, markup: bool(_CONTAINER_INFO.match(params.strip())
                                               or _PANDOC_DIV.match(params.strip())))
    .use(tasklists_plugin)
)



_DIGITS = frozenset("0123456789")
_TEX_OPENING = re.compile(r"[\^_]|\\[A-Za-z]")


def _pandoc_dollar():
    """Inline `$…$` by Pandoc's rule exactly: a non-space after the opening `$`, a non-space
    before the closing one and no digit right after it. The plugin's `allow_digits=False`
    also refuses a digit before the opening `$`, so "0$^\\circ$ does not mean …" (a real R
    Markdown lecture) reached its card as raw dollar-TeX; a digit after the closing `$`
    ("$5 and 10$2") is still no math. One step past Pandoc: a span that opens as no price
    does (`^`, `_`, a TeX command) is math whatever digits stand around it."""
    rule = math_inline_dollar(allow_space=False, allow_digits=True, allow_double=True)

    def pandoc_dollar(state, silent: bool) -> bool:
        start = state.pos
        if not rule(state, True):
            # "$$S = \\rho_f V g$ e …": one delimiter typed double, the other single. Read
            # as Pandoc reads it, the formula is "$S …$" and the card showed a "$" before it.
            if state.src.startswith("$$", start) and not state.src.startswith("$$$", start):
                state.pos = start + 1
                if pandoc_dollar(state, silent):
                    return True
                state.pos = start
            return False
        after, state.pos = state.pos, start
        # What no price opens with: a TeX command, a superscript or a subscript. Such a
        # span is math whatever digits stand around it: "1,013 × 10$^5$ Pa" and
        # "3$\\cdot$10$^{-3}$" (an Italian physics note's powers of ten) reached cards as
        # raw dollar-TeX, read as two prices.
        tex = _TEX_OPENING.match(state.src, start + 1)
        # Pandoc's digits are 0-9: "$x$²" is math (str.isdigit() holds for "²" and "₁").
        if after < state.posMax and state.src[after] in _DIGITS and not tex:
            return False
        if start and state.src[start - 1] in _DIGITS and state.src[after - 2] in _DIGITS \
                and not tex:
            return False  # "went from 20$, then to 30$": two prices, not math
        # The probe above passed at this place, and the plugin's rule reads only the text
        # and the place (a silent call differs only in pushing no token): it passes again,
        # so only a call that pushes the token is made twice.
        if silent:
            state.pos = after
        else:
            rule(state, silent)
        if state.src.startswith("$", state.pos) and state.src[start + 1] != "$" and \
                _STRAY_DOLLAR.match(state.src, state.pos):
            state.pos += 1  # "$P = \\rho g h$$ e …": the closing one typed double
        return True

    return pandoc_dollar


# A "$" right after a formula's closing one that can open nothing (a space, a stop or the
# end after it): the closing delimiter typed double.
_STRAY_DOLLAR = re.compile(r"\$(?=[\s.,;:!?)]|$)")


_PARSER.inline.ruler.at("math_inline", _pandoc_dollar())

# `\\[…\\]` inside a line ("la portata è \\(Q\\) e \\[Q = S v\\] costante"): the plugin reads
# it only at a line's start, so elsewhere its `\\[` was an escaped bracket and the card
# showed "[Q = S v]", TeX outside math. Only TeX-looking content: "\\[sic\\]" and "\\[1\\]"
# are escaped brackets as Markdown has them (Notion escapes every bracket it exports).
# Never over another `\\[` nor a line's end: a stray escaped bracket ("the interval
# \\[0, 1) …") took the prose up to the next formula's `\\]` for one formula, and each
# unclosed `\\[` was looked past to the paragraph's end.
_INLINE_DISPLAY = re.compile(r"\\\[((?:(?!\\[\[\]]).)+?)\\\]")
_TEX_SIGN = re.compile(r"\\[A-Za-z]|[\^_={}]")


# A display typed over lines in a paragraph, as LaTeX has it: "\\[" alone on the line
# under its lead, the TeX, "\\]" (or "\\[" opening a line of TeX). Only this shape crosses a
# line's end, so a stray "\\[0, 1)" in prose still takes no formula's "\\]" for its own.
_LINES_DISPLAY = re.compile(r"\\\[((?:(?!\\[\[\]])[\s\S])+?)\\\]")
_LINE_END = re.compile(r"[ \t]*\n")


def _opens_display_lines(src: str, at: int) -> bool:
    """Whether the `\\[` at `at` stands as a display over lines: alone at its line's end,
    or first on its line."""
    before = at  # back over the spaces before it only: a paragraph of one line holds
    while before and src[before - 1] in " \t":  # thousands of "\\[" (adversarial.py)
        before -= 1
    return not before or src[before - 1] == "\n" or _LINE_END.match(src, at + 2) is not None


def _inline_display(state, silent: bool) -> bool:
    if not state.src.startswith("\\[", state.pos):
        return False
    match = _INLINE_DISPLAY.match(state.src, state.pos)
    if match is None and _opens_display_lines(state.src, state.pos):
        match = _LINES_DISPLAY.match(state.src, state.pos)
    if match is None or match.end() > state.posMax or not _TEX_SIGN.search(match[1]):
        return False
    if not silent:
        token = state.push("math_inline_double", "math", 0)
        token.content, token.markup = match[1], "\\["
    state.pos = match.end()
    return True


_PARSER.inline.ruler.before("escape", "math_inline_display", _inline_display)


def _inline_environment(state, silent: bool) -> bool:
    """An amsmath environment opening a line of a paragraph and closed at a line's end: the
    paragraph's display formula, as "$$" typed there is (_environment_block leaves it to
    the paragraph). Its closer is looked for a bounded stretch, as _PANDOC_INLINE's is."""
    src, start = state.src, state.pos
    if not src.startswith("\\begin{", start):
        return False
    line_start = src.rfind("\n", 0, start) + 1
    opened = _ENVIRONMENT_OPEN.match(src, start)
    if opened is None or src[line_start:start].strip():
        return False
    closing = f"\\end{{{opened[1]}}}"
    found = src.find(closing, opened.end(), min(state.posMax, start + 5000))
    if found < 0:
        return False
    end = found + len(closing)
    if src[end:].split("\n", 1)[0].strip(" \t.,;"):
        return False  # prose after it on its line, as _environment_block asks
    if not silent:
        token = state.push("math_inline_double", "math", 0)
        token.content, token.markup = src[start:end], "\\begin"
    state.pos = end
    return True


_PARSER.inline.ruler.before("escape", "math_inline_environment", _inline_environment)

# An amsmath environment typed with no `$$` around it, as LaTeX has it ("\\begin{align}" …
# "\\end{align}"): MathJax reads it as display math, and so does the reader. Read as a
# paragraph it reached the card as raw TeX, its row breaks "\\\\" made "\\" and a "50\\%" in it
# asked as a cloze.
# Also the environments LaTeX sets only inside math ("aligned", "cases", the matrices):
# typed bare they are what MathJax pages (Jupyter, a physics note's "Il regime è quindi:"
# over "\\begin{cases}") show as display math, and the card showed them as raw TeX with a
# cloze inside ("\\text{{{c2::laminare}}}").
_ENVIRONMENT_OPEN = re.compile(r"\\begin\{((?:align|alignat|equation|eqnarray|gather|multline|"
                               r"flalign|aligned|alignedat|gathered|split|cases|dcases|rcases|"
                               r"array|matrix|[pbBvV]matrix|smallmatrix)\*?)\}")


# How far down an environment's closer is looked for: 4,000 "\\begin{aligned}" lines never
# closed were each scanned to the end of the text (6 s), twice over once a paragraph's
# line looked too. No formula runs to 200 lines.
_ENVIRONMENT_LINES = 200


def _environment_block(state, start: int, end: int, silent: bool) -> bool:
    first = state.src[state.bMarks[start] + state.tShift[start]:state.eMarks[start]]
    opened = _ENVIRONMENT_OPEN.match(first)
    if opened is None or state.sCount[start] - state.blkIndent >= 4:
        return False
    above = start - 1  # the lines of the paragraph it would end, if any
    while above >= 0 and not state.isEmpty(above) and above >= start - 50:
        above -= 1
    before = state.src[state.bMarks[above + 1]:state.bMarks[start]]
    if before.count("$$") % 2 or before.count("\\[") > before.count("\\]"):
        return False  # inside a display formula opened above ("… $$" / "\\begin{align}")
    closing = f"\\end{{{opened[1]}}}"
    if silent and state.parentType == "paragraph" and _environment_closing(
            state, start, end, closing) >= 0:
        # Closed before a blank line straight under a paragraph's line, it is that
        # paragraph's display, as "$$" there is (_paragraph, _inline_environment): cut off as
        # a block of its own, it fell from its lead's card ("La **pressione totale**" over
        # "\\begin{aligned}"), and a lead ending in a colon titled the next paragraph.
        return False
    for line in range(start, min(end, start + _ENVIRONMENT_LINES)):
        text = state.src[state.bMarks[line] + state.tShift[line]:state.eMarks[line]]
        if line > start and state.sCount[line] < state.blkIndent:
            return False  # the block it stands in ended first
        if closing in text:
            # "\\end{cases}." as LaTeX has it: the stop is set with the formula.
            if not text.rstrip().rstrip(".,;").endswith(closing):
                return False  # prose after it on its line: not a block of its own
            if not silent:
                token = state.push("math_block", "math", 0)
                token.block, token.markup = True, "\\begin"
                token.content = "\n".join(
                    state.src[state.bMarks[at] + state.tShift[at]:state.eMarks[at]]
                    for at in range(start, line + 1))
                token.map = [start, line + 1]
            state.line = line + 1
            return True
    return False


def _environment_closing(state, start: int, end: int, closing: str) -> int:
    """The line below `start` that ends with the environment's `closing` ("\\end{cases}",
    a stop after it allowed), or -1: none before a blank line, or prose after it first."""
    for line in range(start + 1, min(end, start + _ENVIRONMENT_LINES)):
        if state.isEmpty(line) or state.sCount[line] < state.blkIndent:
            return -1
        text = _line_text(state, line)
        if closing in text:
            return line if text.rstrip().rstrip(".,;").endswith(closing) else -1
    return -1


_PARSER.block.ruler.before("paragraph", "math_environment", _environment_block,
                           {"alt": ["paragraph", "reference", "blockquote", "list"]})


def _display_text_after(state, start: int, end: int, silent: bool) -> bool:
    """A display opened by "$$" alone on its line and closed by "$$" with prose after it on
    the same line ("$$" / "N_{t+1} = F(N_t)" / "$$ We'll spend a lot of this class …"): the
    formula, then that prose as a paragraph. The plugin's rule wants its closer alone and
    read on to the next display's "$$", taking the prose and the paragraphs between for TeX
    and leaving the next formula's halves as dollar-TeX on a card (held-out-9, a Quarto
    course). A closer alone on its line is the plugin's, as before."""
    if state.sCount[start] - state.blkIndent >= 4 or _line_text(state, start).strip() != "$$":
        return False
    for line in range(start + 1, min(end, start + _ENVIRONMENT_LINES)):
        if state.isEmpty(line) or state.sCount[line] < state.blkIndent:
            return False  # (a formula's lines run to its closer: never past a blank line)
        text = _line_text(state, line).strip()
        if text.endswith("$$") and not text.startswith("$$") or \
                text.startswith("$$") and "$$" in text[2:]:
            return False  # "… \\end{aligned}$$": closed as the plugin reads it
        if not text.startswith("$$"):
            continue
        rest = text[2:].strip()
        if not rest or rest.startswith(("(", "{", "$")):  # alone, or "$$ (1)", "$$ {#eq-x}"
            return False
        if not silent:
            token = state.push("math_block", "math", 0)
            token.block, token.markup = True, "$$"
            token.content = "\n".join(_line_text(state, at) for at in range(start + 1, line))
            token.map = [start, line + 1]
            token = state.push("paragraph_open", "p", 1)
            token.map = [line, line + 1]
            token = state.push("inline", "", 0)
            token.content, token.map, token.children = rest, [line, line + 1], []
            state.push("paragraph_close", "p", -1)
        state.line = line + 1
        return True
    return False


_PARSER.block.ruler.before("math_block", "math_block_text_after", _display_text_after)


def _line_text(state, line: int) -> str:
    return state.src[state.bMarks[line] + state.tShift[line]:state.eMarks[line]]


class _Closers:
    """The next line of a paragraph holding a display formula's closer ("$$" or "\\]"),
    each line read once for each closer: scanned down to the paragraph's blank line for
    every line of "\\[ a_1" left open, a paragraph of 8,000 of them parsed in 5 s."""

    def __init__(self, state, end: int):
        self.state, self.end = state, end
        self.reached: dict[str, tuple[int, int]] = {}  # closer: (line the scan stopped at, found)

    def after(self, closer: str, line: int) -> int:
        """The first line below `line` holding `closer`, or -1: none before a blank line."""
        stopped, found = self.reached.get(closer, (-1, -1))
        if line < stopped:
            return found  # no closer between the last scan's start and where it stopped
        found, below = -1, line + 1
        while below < self.end and not self.state.isEmpty(below):
            if closer in CODE_SPAN.sub("", _line_text(self.state, below)):
                found = below
                break
            below += 1
        self.reached[closer] = below, found
        return found


def _display_closing(state, line: int, closers: _Closers) -> int:
    """The line closing a display formula that `line` of a paragraph leaves open ("$$" or
    "\\[" typed straight under its lead line), or -1: none, or none before a blank line.
    "$$" opens one alone on its line (docs/markdown.md), never in code: "typed between
    `$$` signs:" took the list under it for the formula's lines."""
    text = CODE_SPAN.sub("", _line_text(state, line))
    if (opened := _ENVIRONMENT_OPEN.match(text.strip())) is not None:
        # "\\begin{aligned}" typed straight under its lead, "\\end{aligned}" closing it.
        closing = f"\\end{{{opened[1]}}}"
        found = closers.after(closing, line)
        return found if found >= 0 and _line_text(state, found).rstrip().rstrip(
            ".,;").endswith(closing) else -1
    if text.strip() == "$$":
        closer = "$$"
    elif text.count("\\[") > text.count("\\]") and (
            text.lstrip().startswith("\\[") or text.rstrip().endswith("\\[")):
        closer = "\\]"
    else:
        return -1
    return closers.after(closer, line)


def _paragraph(state, start: int, end: int, silent: bool) -> bool:
    """markdown-it's paragraph rule (rules_block/paragraph.py, MIT), but the lines of a
    display formula typed in the paragraph are TeX: no list, heading or quote starts in
    them. "$$" straight under its lead line is read in the lead's paragraph, where the
    formula's "- \\frac{dP}{dx} = …" line (a minus sign), "+ \\rho g h_2" (a long sum
    carried over) or "# …" began a list or a heading, and both halves of the formula
    reached their cards as dollar-TeX ("è: $$" / "\\frac{8 \\eta Q}{\\pi r^4} $$ dove …")."""
    terminators = state.md.block.ruler.getRules("paragraph")
    end = state.lineMax
    parent, state.parentType = state.parentType, "paragraph"
    closers = _Closers(state, end)
    closing = _display_closing(state, start, closers)
    line = start + 1
    while line < end and not state.isEmpty(line):
        if line <= closing:
            line += 1
            continue
        # An indented line after a paragraph is a lazy continuation; a negative count is
        # a quote's line, checked by the quote's rule already.
        if state.sCount[line] - state.blkIndent <= 3 and state.sCount[line] >= 0 and any(
                rule(state, line, end, True) for rule in terminators):
            break
        closing = _display_closing(state, line, closers)
        line += 1
    content = mdTrim(state.getLines(start, line, state.blkIndent, False))
    state.line = line
    token = state.push("paragraph_open", "p", 1)
    token.map = [start, state.line]
    token = state.push("inline", "", 0)
    token.content, token.map, token.children = content, [start, state.line], []
    state.push("paragraph_close", "p", -1)
    state.parentType = parent
    return True


_PARSER.block.ruler.at("paragraph", _paragraph)


def _inline_once(state) -> None:
    """markdown-it's core rule "inline", each distinct text of a page parsed once.

    A page that repeats a line (a heading over every section, a fact said again) parsed
    its inline syntax anew each time: 80,000 runs for 40,000 identical sections, half of
    markdown-it's time. The parse of a text depends on the text and on the page's link
    references, all read before any inline text is, so equal texts get the same list of
    child tokens, which nothing after changes but "text_join" (_text_join_once joins each
    list once). Not shared: a text that opens with "[" (a task item's box is put into its
    own tokens by "github-tasklists") or holds "[^" (a footnote reference numbers itself
    in the page's footnote list as it is parsed).
    """
    md, env, parsed = state.md, state.env, {}
    state.shared_children = shared = {}  # id -> a list given to more than one text
    for token in state.tokens:
        if token.type != "inline":
            continue
        content = token.content
        if content.startswith("[") or "[^" in content:
            if token.children is None:
                token.children = []
            md.inline.parse(content, md, env, token.children)
            continue
        children = parsed.get(content)
        if children is None:
            children = parsed[content] = []
            md.inline.parse(content, md, env, children)
        else:
            shared[id(children)] = children
        token.children = children


def _join_text_tokens(tokens: list) -> list:
    """markdown-it's own joining of a run of text tokens (rules_core/text_join.py, MIT),
    copied: it is private there, and not in every markdown-it-py our pyproject allows."""
    joined: list = []
    run: list[str] = []  # contents of the text run joined[-1] heads: one "".join, not a + b
    for token in tokens:
        if token.type == "text_special":
            token.type = "text"
        if token.type == "text" and joined and joined[-1].type == "text":
            run.append(token.content)
            continue
        if len(run) > 1:
            joined[-1].content = "".join(run)
        joined.append(token)
        run = [token.content] if token.type == "text" else []
    if len(run) > 1:
        joined[-1].content = "".join(run)
    return joined


def _text_join_once(state) -> None:
    """markdown-it's core rule "text_join", once for each list of child tokens: it joins a
    run of text tokens into the run's first token, in place, so a list shared by equal
    texts (_inline_once) joined again would repeat its text."""
    shared = getattr(state, "shared_children", {})
    joined: dict[int, list] = {}  # id of a shared list -> that list joined
    for token in state.tokens:
        if token.type != "inline":
            continue
        children = token.children or []
        if id(children) in shared:
            done = joined.get(id(children))
            if done is not None:
                token.children = done
                continue
        for child in children:
            if child.children:  # an image's alt text
                child.children = _join_text_tokens(child.children)
        token.children = _join_text_tokens(children)
        if id(children) in shared:
            joined[id(children)] = token.children


_PARSER.core.ruler.at("inline", _inline_once)
_PARSER.core.ruler.at("text_join", _text_join_once)
# Admonition openers no plugin read as a block, left as paragraphs: Python-Markdown/MkDocs
# ("!!! note"), pymdown details ("??? tip"), and `:::` lines whose info the container plugin
# refused (neither `kind Title` nor a Pandoc `{…}`: _CONTAINER_INFO, _PANDOC_DIV).
_ADMONITION = re.compile(r"^(?:!!!|\?\?\?\+?|:::+)\s*\S")
_FENCE_CLOSE = re.compile(r"^:::+\s*$")
# What follows the colons of a `:::` block: its kind, then its title, as `note Title`,
# `tip[Title]` (Docusaurus), `{note} Title` or `{admonition} Title` (MyST).
# sphinx-proof's `{prf:theorem}` is a `theorem` box.
_CONTAINER_INFO = re.compile(
    r"^\{?(?:prf:)?(?P<kind>[A-Za-z][\w-]*)\}?\s*(?:\[(?P<bracketed>[^\]]*)\])?\s*"
    r"(?P<title>.*)$")
# Pandoc and Quarto fenced divs: `::: {.callout-note title="…"}`, `:::: {.columns}`,
# `::: {#id .class key="value"}`.
# Only braces holding an attribute (`.class`, `#id`, `key=`): MyST's `:::{note}` names a kind.
_PANDOC_DIV = re.compile(r"^\{(?P<attributes>[^{}]*[.#=][^{}]*)\}$")
