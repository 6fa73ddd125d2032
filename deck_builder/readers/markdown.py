"""Read an ordinary Markdown article into the content model, with no card markup.

The article's structure says what it contains: headings are sections and topics, a
paragraph opening "<term> is ..." defines a concept or glossary term, a list of
"**Label**: text" items is a labelled list, a table headed [dimension, concept, concept]
is a comparison. Optional YAML front matter says what the text cannot (id, deck,
concepts, glossary, references, topic overrides). docs/markdown.md is the user's guide.

Parsing is markdown-it-py (CommonMark plus GFM tables): it accepts any text, so a file
never fails to parse, and every block carries its source lines for messages and for
`check`'s list of what made no card (Article.skipped).

Marks: bold and italic phrases in running text become the model's `**phrase**` cloze
marks; in labels, titles, dimensions and concept names they are plain text.
"""

from __future__ import annotations

import bisect
import copy
import re
import unicodedata
import zlib
from collections import Counter
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import yaml
from markdown_it import MarkdownIt
from markdown_it.common.utils import mdTrim
from markdown_it.tree import SyntaxTreeNode, _NesterTokens
from mdit_py_plugins.admon import admon_plugin
from mdit_py_plugins.container import container_plugin
from mdit_py_plugins.dollarmath import dollarmath_plugin
from mdit_py_plugins.dollarmath.index import math_inline_dollar
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.tasklists import tasklists_plugin
from mdit_py_plugins.texmath import texmath_plugin

from deck_builder.anki.note_types import MAX_CONCEPTS
from deck_builder.bibliography import Bibliography
from deck_builder.content import (
    Article,
    Comparison,
    ComparisonRow,
    Concept,
    Definition,
    Fact,
    Figure,
    Footnote,
    GlossaryTerm,
    LabelledList,
    ListItem,
    Section,
    Text,
    definition_key,
    item_key,
    row_key,
)
from deck_builder.errors import ContentError, Problem, display_path
from deck_builder.quality import (
    CONCEPT_WORD,
    GENERIC_HEADINGS_ABROAD,
    LIST_ITEM_WORDS,
    POINTING_OPENINGS,
    STOP_WORDS,
    content_stems,
    content_words,
    contrast_spans,
    giveaways,
    initials_shown,
    is_amount,
    is_chinese_sentence,
    is_clause_item,
    is_generic_heading,
    is_order,
    is_structural_label,
    label_in_text,
    list_item_fault,
    names_a_problem,
    names_no_one,
    names_worked_example,
    opens_on_a_verb,
    points_back,
    related,
    said_as_another_word,
    says_only_where_from,
    spelled_by_initials,
    weak_answer,
)
from deck_builder.readers import front_matter
from deck_builder.readers import images as figures
from deck_builder.readers.builder import (
    MAX_NAME_CHARS,
    ArticleBuilder,
    did_you_mean,
    fold_name,
    name_too_long,
)
from deck_builder.readers.formula_images import with_formulas
from deck_builder.statements import (
    AUXILIARIES,
    CJK_CLAUSE_MARKS,
    CJK_POINTING_WORDS,
    CJK_WORKED,
    ROMANCE_ARTICLE,
    amount_end,
    cjk_condition_given,
    cjk_name_given,
    clean_statement_span,
    description_named,
    given_name_span,
    led_to_span,
    named_spans,
    names_own_subject,
    opens_a_step,
    opens_as_a_clause_cjk,
    reads_as_a_clause_cjk,
    reads_as_german,
    role_opening,
    says_what_it_does,
    set_up_spans,
    states_of_its_subject,
    states_own_fact,
    terse_item_span,
    vocabulary_word,
)
from deck_builder.statements import MAX_WORDS as MAX_STATED_WORDS
from deck_builder.text import (
    CJK,
    CJK_CHARS,
    CJK_PUNCTUATION,
    CODE_SPAN,
    GREEK_LETTERS,
    HAN,
    HAN_CHAR,
    HEADING_NUMBERING,
    KANA_HAN,
    SHIELDED_MATH,
    YEAR_DIGITS,
    UniqueNames,
    composed,
    first_words,
    heading_slug,
    image_index,
    in_chinese,
    is_cjk,
    marks,
    math_spans,
    shield_math,
    shows_nothing,
    slugify,
    stands_as_a_word,
    term_pattern,
    topic_slug,
    unmark,
    word_count,
)

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

FRONT_MATTER_KEYS = {
    "id": False, "title": False, "deck": False, "concepts": False, "glossary": False,
    "references": False, "bibliography": False, "topics": False,
}
# Text before the first section heading: the lead of the article.
INTRODUCTION = "Introduction"

# Headings whose content is the reference list or the glossary, not sections of prose.
# (In the languages notes are written in: "## Bibliografía" over "Box, G., … John Wiley &
# Sons." asked "[John Wiley] & Sons", a gate's junk.)
_REFERENCE_HEADINGS = {"references", "reference-list", "bibliography", "works-cited", "sources",
                       "bibliografía", "bibliografia", "bibliographie", "literaturverzeichnis",
                       "quellenverzeichnis", "referencias", "referências", "références",
                       "referencias-bibliográficas", "referências-bibliográficas",
                       "références-bibliographiques", "riferimenti-bibliografici",
                       "literatuurlijst", "bibliografie", "библиография", "参考文献"}
_GLOSSARY_HEADINGS = {"glossary", "key-terms", "terms", "vocabulary"}
# Headings over lists of where to read or watch more: no card is made under them.
_LINK_HEADINGS = {"links", "useful-links", "external-links", "weblinks", "web-links", "videos",
                  "video-links", "further-reading", "see-also", "liens", "liens-utiles",
                  "enlaces", "collegamenti", "link-utili",
                  "weiterführende-links", "相关链接", "参考链接", "链接"}
# A cell of a two-column table this short is a term, not a sentence about the row's name.
MAX_TERM_CELL_WORDS = 3
# Column headers of a two-column "term | meaning" table.
_TERM_HEADERS = {"term", "terms", "concept", "word", "keyword", "key-term", "name", "acronym",
                 "abbreviation"}
_MEANING_HEADERS = {"meaning", "definition", "description", "explanation", "what-it-means",
                    "means"}
# The first column's header of a comparison: it lists dimensions, not things.
_DIMENSION_HEADERS = {"", "aspect", "aspects", "feature", "features", "dimension",
                      "dimensions", "criterion", "criteria", "characteristic", "characteristics",
                      "property", "properties", "factor", "factors", "point", "points",
                      "category", "basis", "basis-of-comparison", "comparison", "parameter",
                      "parameters", "attribute", "attributes", "difference", "differences",
                      "similarity", "similarities", "topic", "area", "key-differences"}
# Column headers that are attributes of the rows, never concepts to compare.
_ATTRIBUTE_HEADERS = {"strength", "strengths", "weakness", "weaknesses", "advantage",
                      "advantages", "disadvantage", "disadvantages", "pros", "cons", "example",
                      "examples", "description", "function", "definition", "effect", "effects",
                      "cause", "causes", "use", "uses", "evaluation", "limitation", "limitations"}
# Column headers of asides on the row ("Notes", "其它"): shown beside what is asked, never
# asked themselves (described_rows).
_REMARK_HEADERS = {"note", "notes", "remark", "remarks", "comment", "comments", "other",
                   "其它", "其他", "备注", "備註", "注意", "bemerkung", "bemerkungen", "anmerkung",
                   "anmerkungen", "remarque", "remarques", "nota", "notas", "observaciones",
                   "opmerking", "opmerkingen"}
# Column headers that say "what is said of the row" and nothing more ("| | Complexity |
# Notes |", "| Heart Sounds | 说明 | 其它 |"): never concepts to compare ("Complexity or
# Notes?", "-, 说明 or 其它?" were asked). Under an empty corner beside a column of short
# facts, the rows are dimensions (described_rows); else each row's name is asked
# (entity_table).
_NOTE_HEADERS = _REMARK_HEADERS | {
    "description", "explanation", "details", "说明", "說明", "特点", "特點", "解释", "解釋", "描述",
    "beschreibung", "erklarung", "erklärung", "explication", "spiegazione", "descrizione",
    "descripcion", "descripción", "explicacion", "explicación", "uitleg"}
# A leading column of row numbers ("#", "No.") is not a dimension.
_NUMBER_HEADERS = {"", "#", "no", "nr", "n", "number", "num"}
_ROW_NUMBER = re.compile(r"^\d+[.)]?$")
# A first cell of more words than this is a passage (a quotation, an example sentence), no
# name a learner could give back from the row's other cell.
MAX_PASSAGE_NAME_WORDS = 20
MAX_SHOWN_PASSAGE_WORDS = 150  # a card's front a learner reads before answering
# A template's row name ("Finding 1", "Test 2"): a word or two and a number, whose other
# cells each repeat their column's name with a number ("Result 1").
_PLACEHOLDER_ROW = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+)?\s*\d+")
# A figure's panel letter ("A" … "F") as a row's first cell, beside the row's name.
_ROW_LETTER = re.compile(r"^[A-Za-z][.)]?$")
# A header cell holding only a dash or a slash holds the place of a name it does not give.
_PLACEHOLDER_CELL = re.compile(r"^[-–—/]+$")
# An entity row's cell of two dashes or an em dash says nothing ("| A | Normal heart | -- |").
# (One "-" may be a sign: "| x | Result |" over "| - | stays the same |".)
_EMPTY_CELL = re.compile(r"^(?:-{2,}|—+)$")
# Fenced blocks in these languages are drawings, reported as diagrams.
_DIAGRAM_LANGUAGES = {"mermaid", "plantuml", "dot", "graphviz", "ditaa", "d2", "svgbob"}
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
_DIV_CLASS = re.compile(r"(?:^|\s)\.([A-Za-z][\w-]*)")
_DIV_TITLE = re.compile(r"""(?:^|\s)title=(?:"([^"]*)"|'([^']*)'|(\S+))""")
# Quarto's callout classes (`.callout-note`) and Pandoc's admonition classes: boxes with
# a title. Any other div (`.columns`, `.column`, `.panel-tabset`, `.incremental`) lays
# content out and adds no context.
_DIV_BOXES = {"note", "tip", "warning", "important", "caution", "danger", "info", "example",
              "definition", "def", "theorem", "lemma", "proof", "remark", "hint", "summary",
              "attention", "error", "seealso", "admonition", "question", "exercise"}
# Quarto's theorem and definition divs, known by their id's prefix, not a class: `::: {#thm-baire}`
# over "## Baire category theorem" and its statement. Read as layout, the heading inside
# headed every card after the div (mathdef21); they are boxes, the heading their title.
_QUARTO_THEOREM_ID = re.compile(r"(?:^|\s)#(?P<prefix>thm|lem|cor|prp|cnj|def|exm|exr|sol|rem)-")
_QUARTO_THEOREM_KINDS = {"thm": "theorem", "lem": "lemma", "cor": "theorem", "prp": "theorem",
                         "cnj": "theorem", "def": "definition", "exm": "example",
                         "exr": "exercise", "sol": "proof", "rem": "remark"}
# A box that argues for a result: its steps make no card, the result does (mathdef21).
_PROOF_BOXES = {"proof", "solution"}
# Why `check` says a proof (a box, a fold, a labelled paragraph or item) made no card.
_PROOF_SKIPPED = "its steps argue for a result stated on its own; the result is what to recall"
# Obsidian and GitHub callouts: `> [!note] Title`, `> [!definition]- Title` (folded).
_CALLOUT = re.compile(r"^\s*\[!(?P<kind>[\w-]+)\][+-]?\s*(?P<title>.*)$")
_DEFINITION_CALLOUTS = {"definition", "def", "defn", "term"}
# A box titled only by its kind, in the languages notes are written in: `!!! info
# "Définition"`, `> [!note] Definition`.
_DEFINITION_TITLE = re.compile(r"(?:definitions?|définitions?|definición|definiciones|"
                               r"definizione|definizioni|definição|definições|definitie|"
                               r"definicja|определение|tanım|定义|定義|정의|def\.?|defn\.?)\s*:?",
                               re.I)
# Questions for self-testing: their answer is a nested callout or nothing.
_QUESTION_CALLOUTS = {"question", "faq", "help", "quiz", "exercise"}
# A comparison table about what the concepts share, by its title.
_SIMILARITY = re.compile(r"\b(?:similar\w*|in common|alike|shared|share)\b", re.I)
# "Left heart failure occurs when the left ventricle cannot pump …": a condition defined by
# when it happens (_occurs_when_term says which terms).
_OCCURS_WHEN = r"(?:also\s+)?(?:occurs|arises|happens)\s+(?:when|whenever)"
# An alias typed after a defined name: "(HF)", ", or DNA,". Not a bracket of examples or a
# pointer ("(e.g. …)", "(i.e. …)", "(see …)"): that is no other name of the term.
_ALIAS_FORMS = (r"\s+\((?!e\.g|i\.e|see\b)[^(),;:\ue000]{1,30}\)|"
                r",\s+or\s+[^,;:()\ue000]{1,30},")
# "<term> is/are ...", with an optional article before the term.
_DEFINITION = re.compile(
    # "In economics, …", "On Aristotle's understanding, …": a frame before the term.
    r"^(?:(?:in|on|according\s+to|for|under|within)\s+[^,;:()\ue000]{1,60}?,\s+)?"
    # "One light year is the distance …", "One mole is the amount …": a unit, defined.
    # Not "One advantage of X is …", "One example is …": one of a set, a role asked by
    # what fills it (role_opening), never a name to hide.
    r"(?:(?:a|an|the|one(?!\s+(?:of|another|way|reason|advantages?|disadvantages?|drawbacks?|"
    r"benefits?|examples?|problems?|causes?|factors?|features?|limitations?|differences?|"
    r"consequences?|effects?|criticisms?|strengths?|weakness(?:es)?|aspects?|types?|kinds?|"
    r"methods?|functions?|explanations?|solutions?|risks?|challenges?|issues?|"
    r"similarit(?:y|ies)|uses?|purposes?|goals?|aims?|results?)\b))\s+)?"
    # "Adenosine triphosphate (ATP) is …", "Deoxyribonucleic acid, or DNA, is …": the name
    # with its alias is the term, hidden whole (the alias alone would give the name away).
    rf"(?P<term>[^,;:()\ue000]+?(?:{_ALIAS_FORMS})?)\s+(?P<verb>is\s+by\s+definition|is|are|was|"
    r"were|refers\s+to|means|is\s+defined\s+as|can\s+be\s+defined\s+as|"
    rf"{_OCCURS_WHEN})\s+(?P<next>\S+)", re.I)
# "$\varepsilon_0$ is the permittivity of free space", "$\mu$ denotes the mean": a symbol
# (a formula with no relation in it) defined in words. The term is the formula, whole.
_SYMBOL_DEFINITION = re.compile(
    r"^(?:the\s+symbol\s+)?(?P<term>\\\((?:(?!\\\)).){1,30}?\\\))\s+"
    r"(?P<verb>is|are|denotes|represents|stands\s+for|is\s+used\s+to\s+denote|"
    r"is\s+the\s+symbol\s+for)\s+(?P<next>[^\s\\]+)", re.I)
# Inside TeX, what makes a formula a statement or a sum rather than one symbol.
_RELATION_TEX = re.compile(r"[=<>+,]|\s-\s|\\(?:approx|le|ge|leq|geq|neq|ne|sim|propto|"
                           r"equiv|in|to|cdot|times|pm|rightarrow|Rightarrow)(?![A-Za-z])")
# After "$x$ is", what opens a meaning: "the" or a name ("Coulomb's constant"); not
# "$x$ is positive", "$n$ is even", "$H_0$ is rejected", nor a class the letter belongs to
# ("$x$ is a real number", "$k$ is a constant", "$f$ denotes a function"), whose card
# any other letter of the class would answer.
_SYMBOL_MEANING = re.compile(r"^the$|^[A-Z][a-z]+(?:['’]s)?$")
# "The force between two point charges is $F = k \frac{q_1 q_2}{r^2}$", "Kinetic energy is
# given by $\frac{1}{2}mv^2$": a named quantity stated as a formula, read on the text with
# its math shielded (text.shield_math), so the name holds no formula and the formula is
# one span. The name opens its sentence or a "that" clause ("Newton's second law says that
# the net force on a body is $F = ma$"); a colon may lead into the formula ("is given by:
# $$…$$"). The formula ends its sentence, or a "where …" clause or a bracket follows it.
# Words only English prose has among the languages the notes are in (Italian's "a", "e" are
# not English words): a cue the reader adds to a card is English only beside them.
_ENGLISH_WORD = re.compile(r"\b(?:the|is|are|of|and|to|with|its)\b", re.I)
_FORMULA_STATEMENT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\sthat\s))(?P<name>[A-Za-z](?:(?!\sthat\s)[^,;:()\\\ue000.!?])*?)\s+"
    r"(?:is|are|equals|is\s+given\s+by|is\s+defined\s+as|is\s+calculated\s+(?:as|by|using)|"
    r"can\s+be\s+(?:written|calculated|expressed|found)\s+(?:as|by|using)|is\s+written\s+as)"
    r"\s*:?\s+"
    r"(?P<formula>\\\(\ue000+\\\)|\\\[\ue000+\\\])"
    r"(?=\s*(?:[.;]?\s*$|[.;]\s+[A-Z]|,?\s+where\b|\s*\())")
# A sentence typed as the lead into the display formula that finishes it: "Two events are
# independent when \[P(AB) = P(A)P(B)\]", "The variance of a random variable is \[…\]". The
# lead (its sentence up to the formula) ends in no full stop, colon or other terminal mark.
_UNFINISHED_LEAD = re.compile(r"(?:^|(?<=[.!?;]\s))(?P<lead>[^.!?;:\ue000\\]*?"
                              r"(?:\\\(\ue000+\\\)[^.!?;:\ue000\\]*?)*)\s*"
                              r"(?P<formula>\\\[\ue000+\\\])")
# The end of a sentence after a formula: "\\[…\\] where \\(s\\) is the sample standard
# deviation. The …" ends at that full stop.
_SENTENCE_END_AFTER = re.compile(r"[.!?](?=\s+[A-Z\ue000\\])")
# The words an unfinished lead ends in when it is a fragment for certain ("… independent
# when", "… is estimated by", "… where"); a lead of fewer than four words needs one of them,
# so a title line ("Key equation", "Bayes' theorem") over a formula is no lead.
_LEAD_WORDS = frozenset("""when if iff is are was by as where that then equals gives yields
    to of for whenever because so becomes satisfies satisfy""".split())
# The same in Chinese, where words run together: "…定义为", "于是有", "满足".
_CJK_LEAD = re.compile(r"(?:为|有|是|满足|即|得|则)$")
# What makes a formula a statement to recall rather than a symbol: a relation.
_STATEMENT_TEX = re.compile(r"[=<>]|\\(?:approx|le|ge|leq|geq|neq|ne|sim|propto|equiv)"
                            r"(?![A-Za-z])")
# Around a display formula's rows, what says no name: the environments of amsmath.
_TEX_ENVIRONMENT = re.compile(r"\\(?:begin|end)\{(?:align|aligned|equation|gather|gathered|"
                              r"split|multline|eqnarray)\*?\}")
# The left-hand side of a formula that names its quantity in words: `\text{Accuracy}`,
# `\mathrm{MSE}`, `\operatorname{Var}`.
_TEX_WORD_NAME = re.compile(r"^\\(?:text|textrm|mathrm|operatorname|mathit|textit|mbox)\s*"
                            r"\{([^{}]+)\}$")
# TeX that lays numbers out and names nothing: what is left of "\\frac{40 + 50}{100}" is
# digits, a worked value. (text._TEX_LAYOUT, which keeps a formula's words, is another.)
_WORKED_LAYOUT_TEX = re.compile(
    r"\\(?:[dt]?frac|sqrt|cdot|times|left|right|approx|q?quad|[,;!]|"
    r"text\{[^{}]*\}|mathrm\{[^{}]*\}|begin\{[^{}]*\}|end\{[^{}]*\})")
# A formula's last side that is a number (with a unit): "… = 0.9", "≈ -890.3 \text{ kJ/mol}",
# the value of a worked example, which holds only for that example.
_NUMBER_SIDE = re.compile(r"(?:=|\\approx)\s*-?\s*[\d.,\s]+(?:\\[,;!]|\\?\s)*"
                          r"(?:\\(?:text|mathrm)\{[^{}]*\}|\\%|%)?\s*$")
# One symbol, whose value a worked example works out: "v", "E_k", "\\Delta G", "\\hat{y}'",
# "\\text{Precision}".
_SYMBOL = re.compile(r"^\s*(?:\\[Dd]elta\s*)?(?:[A-Za-z]|\\[A-Za-z]+\s*(?:\{[^{}]*\})?)"
                     r"(?:\s*(?:[_^](?:\{[^{}]*\}|\w)|'))*\s*$")
# "So the final velocity is $v = 12\ \mathrm{m/s}$": a step of a worked example, whose value
# holds only for its example.
_DERIVING = frozenset("so thus therefore hence then now here finally substituting".split())
# A name that says no quantity, only that a formula follows: "The simple form is $…$", "The
# answer is $…$", "The general equation is $…$".
_NO_QUANTITY = frozenset("""formula formulae formulas equation equations form expression
    answer result results solution value values relationship relation rule definition
    example output total sum version""".split())
# After "X is" / "X are", what opens a definition of a term nobody declared: a determiner
# or a noun ("Producers are organisms …"), not "is often cited", "are rising", "is not".
_NOT_DEFINING = re.compile(
    # ("A system is anything that takes an input …" defines: "anything" is no -ing verb.)
    r"^(?:(?!(?:any|some)thing\W*$)\w+(?:ly|ed|ing|en)|not|also|often|usually|very|more|less|so|too|now|still|only|"
    r"just|in|at|on|by|of|for|with|to|from|used|known|called|made|found|able|important|"
    r"essential|key|crucial|true|false|possible|necessary|similar|different|here|there|"
    r"what|why|how|when|where|because|that|this|it|about|like|as|but|and|or)\W*$", re.I)
# "Turgor is pressure that pushes …", "Pneumonia is infection of lung parenchyma": after
# "X is" a noun with no article is still a definition where a noun phrase of up to three
# words runs into "of" or a relative clause; "is often cited", "is made of" are not.
# A share or amount of things, no term: "About 85% of strokes", "Two thirds of patients".
_AN_AMOUNT_OF = re.compile(r"(?:about|around|approximately|roughly|nearly|almost|over|under|"
                           r"some|most|many|few|half|one|two|three|\d)\b.*\bof\b", re.I)
# Not "because of", "instead of": "Recovery is slow because of this" gives a reason.
_BARE_DEFINITION = re.compile(
    r"^(?!(?:[\w-]+\s+){0,2}(?:because|instead|regardless|irrespective)\s+of\b)"
    r"(?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*\s+(?:of|that|which|whereby|where|who|whose)\b")
# The same opening in other languages, where notes say "X — это Y" (Russian), "X是Y" /
# "X是指Y" (Chinese), "XとはY" (Japanese) or "Die X ist die/eine Y" (German). A CJK term of
# two characters is a whole word, but too short a gap for a card (quality.weak_answer).
_OTHER_DEFINITION = re.compile(
    r"^(?:(?:der|die|das)\s+)?(?P<term>[^,;:()\ue000]+?)\s+(?P<verb>[—–-]\s+это|ist|sind)\s+"
    r"(?P<next>\S+)|"
    rf"^(?P<cjk_term>[{KANA_HAN}]{{3,8}}?)(?P<cjk_verb>是指|是|とは)(?P<cjk_next>.)|"
    # Korean "X은/는 …이다", "X란 …": the topic particle after the term, a space, then the
    # meaning; the sentence must end as a definition does (…이다, …을 말한다), checked below.
    r"^(?P<ko_term>[\w()/+ -]{1,30}?[\w)])(?P<ko_verb>이란|란|은|는)\s+(?P<ko_next>\S)|"
    # Spanish, French, Portuguese, Italian: "X es un …", "X est une …", "X é um …", "X è
    # il …": the verb and an article, as the German reading asks ("Das Ergebnis ist
    # wichtig" is no definition); or "X se define como …", "X significa …".
    # The article is a word of its own ("Les lysosomes", never "Le" + "s lysosomes"), or
    # elided; Italian's plural "I" too ("I fosfolipidi sono molecole che …").
    rf"^{ROMANCE_ARTICLE}?"
    r"(?P<rom_term>[^,;:()\ue000]+?)"
    r"\s+(?P<rom_verb>(?:es|son|est|sont|é|são|è|sono)(?=\s+(?:una?|unos|unas|el|la|los|las|le|"
    r"les|l['’]|une|des|uma?|o|os|as|il|lo|gli|uno|aquel\w*|aquilo|ce(?:lle|lui)?|quel\w*)\b"
    # or a class with no article that a relative clause narrows, as "Enzymes are proteins
    # that …" defines: "Gli enzimi sono proteine che catalizzano …", "Los lípidos son
    # moléculas que …"
    # (plural verbs only: "El problema es tan grave que …" is no definition)
    r"|(?:(?<=son)|(?<=sont)|(?<=sono)|(?<=são))\s+[^\W\d_]+\s+(?:que|che|qui)\b)|"
    r"se\s+define\s+como|se\s+refiere\s+a|significa|signifie|se\s+d[ée]finit\s+comme)\s+"
    r"(?P<rom_next>\S+)",
    re.I)
# A definition whose cue stands before its term and its meaning after: "By kinetic energy we
# mean …", "We define power as …", "On appelle énergie potentielle l'énergie …", "On entend
# par isotopes des atomes …", "Se denomina enlace covalente a la unión …", "Entendemos por
# electronegatividad la tendencia …", "Unter Beschleunigung versteht man …", "Als Impuls
# bezeichnet man …", "Per legame ionico si intende …", "Si chiama mole la quantità …". How
# lecture notes in French, Spanish, German and Italian define a term; the term is what
# they ask. It ends at the cue's second half, or (French, Spanish, Italian, Portuguese,
# where that half is the meaning's own article) at the first article after it.
_CUE_ARTICLES = (r"(?:l['’]|un['’]|(?:un|une|des|le|la|les|tout|toute|tous|toutes|ce|cet|"
                 r"cette|ces|chaque|el|los|las|una|unos|unas|al|aquel\w*|il|lo|gli|uno|"
                 r"ogni|o|os|as|um|uma|ao|aos|à|às|the|a|an|any)\b)")
# A term ends in no preposition (nor one with its article, "dos", "der"): "fluidez de una
# membrana" is one term, not "fluidez de". The pattern looks past them; _cued_definition
# refuses a term still ending in one (a one-word term, which no lookbehind sees).
_CUE_TERM_END = frozenset("of de del des du di da do dos das von vom zur zum der".split())
_CUE_TERM = (r"(?P<term>[^\W\d_][^,;:()\ue000.!?]*?)"
             + "".join(rf"(?<!\s{word})" for word in sorted(_CUE_TERM_END)))
_CUED_DEFINITIONS = tuple(re.compile(rf"^{cue}\s+(?P<next>\S+)", re.I) for cue in (
    rf"By\s+(?:(?:the|a|an)\s+)?{_CUE_TERM}\s*,?\s+(?:we|I|one)\s+(?:mean|understand)",
    rf"We\s+(?:can\s+|shall\s+|will\s+)?define\s+(?:(?:the|a|an)\s+)?{_CUE_TERM}\s+as",
    rf"Par\s+{_CUE_TERM}\s*,?\s+on\s+(?:entend|désigne)",
    rf"On\s+(?:appelle|nomme|dénomme|désigne\s+par|entend\s+par)\s+{_CUE_TERM}\s*,?"
    rf"(?:\s+comme)?(?=\s+{_CUE_ARTICLES})",
    rf"On\s+définit\s+{_CUE_TERM}\s+comme",
    rf"(?:Se\s+(?:denomina|llama|conoce\s+como)|Llamamos|Denominamos)\s+{_CUE_TERM}"
    r"(?:\s+al?|\s*,)(?=\s)",
    rf"Se\s+define\s+{_CUE_TERM}\s+como",
    rf"(?:Se\s+entiende|Entendemos|Entendamos|Entiéndase)\s+por\s+{_CUE_TERM}\s*,?"
    rf"(?:\s+(?:a|como))?(?=\s+{_CUE_ARTICLES})",
    rf"Unter\s+(?:(?:dem|der|den|einem|einer)\s+)?{_CUE_TERM}\s+versteh(?:t|en)\s+(?:man|wir)",
    rf"Als\s+{_CUE_TERM}\s+(?:bezeichnet|definiert)\s+man",
    rf"Per\s+{_CUE_TERM}\s*,?\s+si\s+intende",
    rf"(?:Si\s+(?:chiama|definisce|dice)|Chiamiamo|Definiamo)\s+{_CUE_TERM}\s*,?"
    rf"(?=\s+{_CUE_ARTICLES})",
    rf"(?:Chama-se|Denomina-se|Define-se)\s+{_CUE_TERM}\s*,?(?:\s+(?:a|como))?"
    rf"(?=\s+{_CUE_ARTICLES})",
    rf"Entende-se\s+por\s+{_CUE_TERM}\s*,?(?=\s+{_CUE_ARTICLES})",
    # Russian: "Под осмосом понимают диффузию воды …" (the term in its case, no articles)
    # (one to three words: "Под микроскопом студенты понимают …" has its subject between)
    r"Под\s+(?P<term>[^\W\d_][\w-]*(?:\s+[\w-]+){0,2}?)\s+"
    r"(?:понима(?:ют|ем|ется)|подразумева(?:ют|ем|ется))(?=\s)",
))
# What follows such a cue but is no term: a connective ("By contrast, we mean …", "By then"),
# a word that points back ("On appelle cela …", "Per questo si intende …", "Unter diesen
# Bedingungen …"), a person called ("Se llama a la profesora …").
_NOT_CUED_TERMS = frozenset("""
    contrast comparison definition default now then way far example the a an
    cela ça ceci celui celle ceux celles ce cet cette ces lui elle eux
    esto eso ello así este esta estos estas ese esa esos esas a al
    diese dieser diesem diesen dieses jene jener jenem jenen solche solchen dem der den das
    dies beispiel
    questo questa questi queste quello quella ciò così
    isto isso aquilo
    этим этой этом этих этими ним ней них нём нем таким такой такими таком тем том
""".split())


def _cued_definition(text: str) -> _Opening | None:
    """A definition whose cue stands before its term (_CUED_DEFINITIONS), as
    definition_match gives it: the term's span is inside the sentence, not at its start."""
    match = next((m for cue in _CUED_DEFINITIONS if (m := cue.match(text))), None)
    if not match:
        return None
    term = match["term"].strip()
    words = term.split()
    if not _is_term(term) or "**" in term or words[0].casefold() in _NOT_CUED_TERMS \
            or words[-1].casefold() in _CUE_TERM_END or _NOT_A_NAME.search(term):
        return None
    start = match.start("term")
    spans = {"term": (start, start + len(term)), "verb": (match.start(), start),
             "next": match.span("next")}
    return _Opening(spans, {"term": term, "verb": text[match.start():start].strip(),
                            "next": match["next"]})


# How a Korean definition ends: "…이다.", "…입니다", "…을 말한다", "…를 뜻한다".
_KOREAN_DEFINED = re.compile(r"(?:이다|입니다|이며|말한다|말합니다|뜻한다|뜻합니다|의미한다|"
                             r"의미합니다|가리킨다|일컫는다|정의된다|정의한다)[.。]?(?:\s|$)")
# A Korean word that ends as a subject, an object or a verb does: no part of a name.
_KOREAN_CLAUSE = re.compile(r"(?:[가를을에면고며서]|으로|하여|하고|에서|에게|된|한|할|인)$")
# Words that open a Romance sentence but never a term ("Esto es un …", "C'est …").
_ROMANCE_NOT_TERMS = frozenset("""
    esto eso este esta ese esa ello él ella ellos ellas aquí allí hay que lo cual
    ce cela ceci il elle ils elles on qui quoi ici
    isto isso este esta ele ela eles elas aqui
    questo questa quello quella lui lei loro qui
""".split())
# "1899-02 Boer War - Germany is friend of …": a date or a dash makes a line, not a name.
_NOT_A_NAME = re.compile(r"\d|\s[—–-]\s")
# "The question is whether …", "The issue is how …": a question the note goes on to ask, no
# term it defines.
_OPEN_QUESTIONS = frozenset("question questions issue issues challenge test thing".split())
# Where the first sentence of a Korean definition ends (not _SENTENCE_END below, which
# has no "。": one name for both gave this one's use the other's).
_KO_SENTENCE_END = re.compile(r"(?<=[.。!?])\s")
_GERMAN_ARTICLES = frozenset("der die das ein eine einer eines einen dem den".split())
# Words that open a sentence but never a term being defined ("It is …", "This means …").
_NOT_TERMS = frozenset("""
    it this that these those there they he she we you i here what when why how which who
    each every most some all one both only such its their his her our your my many much
    another other any no none everyone everything someone something anyone anything nobody
    nothing else suppose assume imagine
""".split())
# ("Suppose p is a prime greater than 2." defined "[Suppose p]": a set-up's verb, no term.)
# A label that holds its own verb is a claim ("Präfix ist betont: ANrufen, EINkaufen"), and
# one opening on a German preposition joined to its article is where or when ("Im Satz:
# Präfix am Ende"): neither is a term to ask from the rest of its line.
_CLAUSE_IN_LABEL = frozenset("""is are was were ist sind war waren è sono est sont""".split())
# As German writes them: "IM route" and "AM radio" are English abbreviations.
_ADVERBIAL_OPENING = frozenset("im am beim vom zum zur Im Am Beim Vom Zum Zur".split())
MAX_TERM_WORDS = 5
# Words no term ends on: where one "ends" on them, the verb read after it was a noun ("From
# the means of production" under "Workers suffer alienation:" defined "From the").
_DANGLING_WORDS = frozenset("""the a an of from to in on at by with for into than""".split())
# An unlabelled list item of at most this many words is hidden whole (its head, before a
# parenthesis or a dash); lists of up to MAX_GROUPED_ITEMS such items are one note.
MAX_ITEM_WORDS = 15
MAX_GROUPED_ITEMS = 8
# "This document compares …", "In this chapter we …": about the notes, not their subject.
# "Examples of tangible assets are …": what follows lists members, and "[Examples of
# tangible assets]" asked a phrase no learner could give back (sample 2727's source).
_EXAMPLES_OF = re.compile(r"^[\"“'‘]?(?:(?:some|typical|common)\s+)?(?:examples?|instances?)\s+"
                          r"of\b", re.I)
_ABOUT_THE_NOTES = re.compile(
    r"^(?:in\s+)?(?:this|these|the\s+following)\s+(?:document|notes?|page|chapter|section|"
    r"article|guide|post|cheat\s*sheet|lesson|unit|summary|file)\b"
    # The same in the languages notes are written in: "En esta sección se dará una
    # introducción más formal …" asked "las [series de tiempo]" (junk, sample 2727).
    r"|^(?:en\s+est[ae]|dans\s+(?:cette|ce)|in\s+quest[oa]|in\s+(?:diesem|dieser)|"
    r"n(?:est|ess)[ae]|in\s+(?:deze|dit))\s+(?:secci[oó]n|cap[ií]tulo|apartado|tema|lecci[oó]n|"
    r"section|chapitre|partie|le[cç]on|fiche|sezione|capitolo|lezione|parte|abschnitt|kapitel|"
    r"lektion|einheit|se[cç][aã]o|aula|sectie|hoofdstuk|les),?\s+"
    # …with the notes' own verb after it: "En este tema, la inflación es …" is a fact.
    # (Not German "werden" alone: "In diesem Abschnitt werden 65 % des Natriums resorbiert"
    # is a segment of the nephron, in the passive.)
    r"(?:se\s+\w+r[áa]n?\b|nous\b|on\s+(?:va|verra)\b|vamos\b|veremos\b|estudiaremos\b|"
    r"vedremo\b|vediamo\b|studieremo\b|si\s+(?:vedr|parler|studier)\w*|(?:werden|lernen)\s+"
    r"wir\b|wir\b|zullen\s+we\b|gaan\s+we\b|we\b)", re.I)
# A course page's own ("This course introduces …", "In this lecture we …"; prose18), said
# with a verb of the notes: "The following week, Germany invaded Poland" and "This course of
# action led Britain …" are facts (review 18).
_ABOUT_THE_COURSE = re.compile(
    r"^in\s+this\s+(?:course|module|lecture|week),?\s+(?:we|I|you)\b"
    r"|^this\s+(?:course|module|lecture|week)\s+(?:(?:will|we)\s+)?(?:covers?|introduces?|"
    r"looks?\s+at|explores?|examines?|presents?|describes?|discuss(?:es)?|focus(?:es)?|"
    r"is\s+about|deals?\s+with|reviews?|surveys?|builds?\s+on|begins?|starts?|continues?|"
    r"teaches|aims?)\b"
    # the lecture's place among the others: "Last time we looked at where biopotentials
    # come from. Today: how we …" (its card asked "where [biopotentials] come from")
    r"|^(?:last|next)\s+(?:time|week|lecture|class|session),?\s+(?:we|I)\s+(?:looked\s+at|"
    r"saw|covered|discussed|introduced|studied|met|will)\b"
    # a student's log of the lecture: "Started with a recap of the ideal op-amp model, then
    # moved on to active filters" (its card asked "then moved on to [active filters]")
    r"|^(?:we\s+|I\s+)?(?:started|began|opened|finished|ended)\s+(?:with|by)\s+(?:a\s+|the\s+)?"
    r"(?:quick\s+|short\s+|brief\s+)?(?:recap|review|revision|summary)\b", re.I)
# Not Italian's plural article, before a masculine plural in -i ("I mitocondri producono
# ATP …", "I ribosomi"), which no English verb after "I" ends in.
_FIRST_PERSON = re.compile(r"^\W*(?:I(?!\s+\w+i\b)|I'm|I've|I'd|I'll|My)\s")
# Italian's small words: two different ones say a paragraph opening "I frame …" is Italian
# ("I" its plural article), no author writing "I …". (Not "per": English says "per day".)
_ITALIAN_WORDS = re.compile(r"\b(?:il|della|delle|degli|dei|nel|nella|che|sono|devono|"
                            r"vengono|hanno|essere|questo|questa|anche|viene)\b")
# "Exam tip: always link a cause to a consequence": advice on taking the exam, not a fact of
# the subject (the thirteenth blind review: junk, "study-skill advice; the gap is filler").
# So is the course's plan: "Not covered this week: … — see week 4" (the fourteenth: junk).
# So is an order to learn what the page shows: "Learn the three salt names above — they
# come up every year" (this session's reviews of seeds 1357 and 9001: junk, "study advice").
# A byline under the title ("von André Sommer am 25.09.2021", "By Jane Doe, 3 March 2021",
# "*Written by Tom O'Neil*"): who wrote the page and when, no fact of its subject ("von
# André [Sommer] am 25.09.2021" was asked, blind sample 2905: junk). Only names and a day's
# or a month's date: "By 1789, France was …" and "By April 1917 the US had …" go on to
# state something.
_BYLINE_NAME = r"[A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĖĘĚĜĞĠĢĤĦĨĪĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ][\w.'’-]*"
_MONTH = (r"(?:jan|feb|fev|m[aä]r|maa|apr|ma[iy]|mei|jun|jul|aug|sep|set|o[ck]t|out|nov|de[cz]|"
          r"janv|févr|avr|juil|ao[uû]|d[ée]c|genn|febb|magg|giu|lug|ago|sett|ott|dic|ene|abr|"
          r"juin)[^\W\d_]*\.?")
_BYLINE = re.compile(
    r"^(?i:(?:written|posted|compiled|notes|edited)\s+by|by|von|verfasst\s+von|par|"
    r"écrit\s+par|por|escrito\s+por|di|door|author|autor(?:in)?|auteur|autore)\s*:?\s+"
    rf"{_BYLINE_NAME}(?:\s+(?:(?:and|und|et|y|e|en|&)\s+)?{_BYLINE_NAME}){{0,4}}"
    r"(?:\s*(?:[,·|–—-]|\s(?:am|on|le|el|il|den|op))?\s*\(?(?:\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|"
    rf"(?i:\d{{1,2}}\.?\s+{_MONTH}\s+\d{{4}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|{_MONTH}\s+\d{{4}})"
    r")\)?)?\s*\.?$")
_STUDY_ADVICE = re.compile(
    r"^\W*(?:(?:exam|examiner'?s?|revision|study|top)\s+(?:tips?|hints?|advice)\b"
    r"|not\s+(?:covered|examined|assessed|examinable|on\s+the\s+exam)\b"
    r"|(?:learn|memori[sz]e|revise)\s+(?:the|these|this|those|all|them|it|how|which|what)\b)",
    re.I)
# A sentence of what the course does later: "We will re-demonstrate it from first principles
# in the statistical mechanics class.", "We'll see this in the next lecture.", "Nous verrons
# cela dans le prochain chapitre.", "Das behandeln wir in der nächsten Vorlesung." Read in two
# bounded steps (an opening, then a place of the course): one pattern of two open runs was
# quadratic on a long sentence (50 KB: 14 s, the code re-read). A teaching verb and a place
# named in small letters: "We'll make every field private in the Account class" is code.
_PLAN_OPENING = re.compile(
    r"\W*(?:we\s+(?:will|shall|are\s+going\s+to)|we['’]ll)\s+(?:\w+\s+)?(?:re-?)?(?:see|show|"
    r"cover|discuss|prove|derive|demonstrate|learn|study|look|return|revisit|talk|explore|"
    r"examine|introduce|treat|deal|go\s+over|come\s+back)\b"
    r"|\W*nous\s+(?:verrons|allons\s+voir|reviendrons|étudierons|aborderons)\b"
    r"|\W*(?:das|dies|dazu|darauf)\s+\w+\s+wir\b",
    re.I)
_PLAN_PLACE = re.compile(
    r"\b(?i:in|during|at|dans|in|im)\s+(?i:the|a|our|another|this|that|next|later|future|le|"
    r"la|un|une|prochain|prochaine|der|dem|einer|nächsten|späteren)\s+"
    r"(?:[a-zäöüéèàç-]+\s+){0,3}?"  # (in small letters: "the Account class" is code)
    r"(?i:class|classes|lecture|lectures|course|chapter|session|week|unit|seminar|tutorial|"
    r"lesson|cours|chapitre|séance|vorlesung|kapitel|sitzung|übung|stunde)\b")


def _course_plan(sentence: str) -> bool:
    """Whether `sentence` says what a later class or chapter will do (_PLAN_OPENING and
    _PLAN_PLACE)."""
    return _PLAN_OPENING.match(sentence) is not None and \
        _PLAN_PLACE.search(sentence) is not None


_PLAN_WORDS = re.compile(r"\b(?:we|nous|wir)\b", re.I)  # read first: most paragraphs hold none
# ... and its grading: "Problem sets count for 30% of the grade …" (prose18). Searched on
# its own: after the anchored "^\W*" above, a ".*" made every failing match of a long run
# of arrows or emoji quadratic (60 KB of "→ ": 30 s; the code review).
_GRADING = re.compile(
    r"\d\s*%\s+of\s+the\s+(?:final\s+|overall\s+|course\s+|module\s+)?(?:grade|mark)s?\b",
    re.I)
# "Don't confuse red giants with red dwarfs.", "Always give the mass in solar masses.": an
# order to the learner (a warning box's, a tip's), no fact: its gap asked a name of either
# side, or the unit an exam wants. The sentences after it are read.
# A verb that makes a line of names a sentence.
_SENTENCE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had)\b", re.I)
_ORDER_TO_LEARNER = re.compile(
    r"^\W*(?:(?:don['’]?t|do\s+not|never)\s+(?:confuse|mix\s+up|forget)\b"
    r"|always\s+(?:give|write|show|include|state|quote|label|check|remember)\b"
    r"|make\s+sure\b|remember\s+to\b|be\s+careful\b"
    # (in the languages notes are written in: "Husk at læse …", "Husk å …", "Kom ihåg att
    # …", "Ricordati di …", "No olvides …", "N'oublie pas …", "Vergiss nicht …")
    r"|husk\s+(?:at|å)\b|kom\s+ihåg\b|glem\s+ikke\b|ricorda(?:ti)?\s+di\b"
    r"|no\s+olvides\b|n['’]oublie[sz]?\s+pas\b|vergiss\s+nicht\b)", re.I)
# "We mean to show in the lab that friction turns work into heat", "In this lecture we will
# derive …", "Let us now look at …": what the author means to do, not a fact of the subject
# (a review: "We mean to show … [heat]" junk, the author's intent carded as a fact). What is
# shown is stated where it is shown.
_AUTHORS_INTENT = re.compile(
    r"^\W*(?:(?:by\s+contrast|here|now|next|first|then|finally|today|in\s+this\s+\w+),?\s+)?"
    r"(?:(?:we|i)(?:['’]ll)?\s+(?:(?:now|also|then|first|next)\s+)?"
    r"(?:mean|want|intend|aim|hope|plan|wish|are\s+going|am\s+going|will|shall|would\s+like)"
    r"(?:\s+to)?|let['’]?s|let\s+us|our\s+(?:aim|goal|plan|purpose)\s+is\s+to)\s+"
    r"(?:now\s+|also\s+|first\s+|briefly\s+)?"
    r"(?:show|prove|demonstrate|see|look\s+at|discuss|explain|derive|argue|examine|explore|"
    r"consider|introduce|describe|review|cover|study|check|verify|establish)\b", re.I)
# A task, as Logseq, Org and plain notes type it ("TODO practise …", "LATER look up …",
# "TODO: ask about epistasis"): what the writer means to do, no fact of the subject. Not
# a word or an acronym before a fact's verb ("NOW was founded in 1966 …", "DONE is …").
_TASK = re.compile(r"^\W*(?:TODO|LATER|NOW|DOING|DONE|WAITING|CANCELL?ED|FIXME|TBD)(?::|$|\s+"
                   rf"(?!(?:{'|'.join(sorted(AUXILIARIES))}|"
                   r"became|becomes|remains|stands|means|\w+(?<!e)ed)\b))")
# A week, lesson or chapter of a course and its number, as the label of a line ("Week 7 –
# chapter 9 …", "Woche 7 – Kapitel 9 im Kursbuch", "Lezione 3: …"): where the notes stand in
# a course, no term to ask from the rest ("[Woche 7] — Kapitel 9 …" was asked).
_COURSE_PLACE = re.compile(
    # (the notes' own word before it: "Appunti lezione 12 – prof. Bianchi", "Notes week 3 -
    # Dr Lee", "Noter uge 38: …", "Apuntes clase 4 – …")
    r"\s*(?:(?:appunti|apuntes|notas|notes|noter|notater|anteckningar|notizen|mitschrift)"
    r"\s+(?:(?:di|della|de(?:\s+la)?|from|fra|från|zur|zum|der)\s+)?)?"
    r"(?:week|woche|uge|uke|vecka|lecture|lesson|lektion|settimana|lezione|semaine|leçon|"
    r"semana|lección|clase|forelæsning|forelesning|föreläsning|vorlesung)\s+\d+\s*"
    r"(?::|--|[—–-]\s)", re.I)
# A chapter, unit or session names a thing as often ("Chapter 11 – reorganisation" of US
# bankruptcy law, "Unit 731 - a covert … warfare unit": review 18): a place in a course only
# where the rest of its sentence names the course's material.
_CHAPTER_PLACE = re.compile(
    r"\s*(?:chapter|kapitel|unit|einheit|session|capitolo|chapitre|capítulo)\s+\d+\s*"
    r"(?::|--|[—–-]\s)[^.!?]*?(?:\b(?:kursbuch|lehrbuch|arbeitsbuch|übung(?:en)?|übungsbuch|"
    r"workbook|textbook|coursebook|worksheet|handout|pp?\.|pages?|seiten?|S\.|pagine|pag\.|"
    r"páginas?|libro|manuel|cahier)(?!\w)|\b(?:in|im)\s+(?:the\s+)?(?:book|buch)\b)", re.I)


# An English sentence working one formula into the next: an operation on it, then what
# "we get" (math21 keeps such steps out of its formula cards; this keeps them out of all).
_DERIVATION_STEP = re.compile(
    r"\W*(?:differentiating|integrating|substituting|rearranging|plugging|solving|"
    r"multiplying|dividing|expanding|combining|eliminating|squaring)\b[^.;]*?"
    r"\b(?:we\s+(?:get|obtain|find|have|arrive\s+at)\b|(?:gives?|yields?)\s+(?:us\s+)?"
    r"(?:\$|\\\(|\\\[))", re.I)


def _study_note(text: str) -> bool:
    """Whether `text` is a note to oneself about studying (_STUDY_NOTE) of at most ten
    words: a longer sentence opening so states more than where to look."""
    return len(text.split()) <= 10 and _STUDY_NOTE.match(text) is not None


# A line naming only the chapters or lectures the notes cover, each with its title in
# brackets ("Ch. 5 (Elasticity) and Ch. 10 (Market failure)."): what the page covers, no
# fact; hidden, a title was asked ("Ch. 10 ([Market failure])", a learner's read: junk).
_CHAPTER_LIST = re.compile(
    r"\s*(?:(?:,|;|and|&|\+|und|e|et|y|og)?\s*(?:ch\.|chs?\b|chapters?|lectures?|weeks?|units?|"
    r"kapitel|capitolo|chapitre|capítulo|lezione)\s*\d+(?:\s*[-–]\s*\d+)?\s*"
    r"(?:\([^()]{1,60}\))?\s*)+[.;:]?\s*", re.I)


def _course_place(text: str) -> bool:
    """Whether `text` opens on the week, lesson or chapter of a course it stands in, or
    names only the chapters it covers (_CHAPTER_LIST)."""
    return bool(_COURSE_PLACE.match(text) or _CHAPTER_PLACE.match(text)
                or _CHAPTER_LIST.fullmatch(_SENTENCE_BREAK.split(text)[0]))


# A student's note to themselves about studying, in the languages notes are written in: a
# pointer to where the material is ("see lecture 4", "vedi schema sul quaderno", "siehe
# Folie 12", "See lecture 3 slides for the diagrams"), an errand ("revise GOLD staging",
# "chiedere alla prof. se …", "ask the tutor about …") or a bare flag ("importante!!").
# A learner's read of this session's notes judged each asked as junk ("[…]; revise GOLD
# staging", "vedi schema sul quaderno; […]; importante!!"). Not "See how the curve shifts"
# (a verb of the subject after it is none of these) nor a clinical order ("Ask about
# smoking"): only a place in the course or a teacher after the verb.
_COURSE_THING = (r"(?:lectures?|lecture\s+notes|slides?|handouts?|notes|notebook|textbook|"
                 r"book|chapter|ch\.|page|p\.|pp\.|week|figure|fig\.|diagram|video|recording|"
                 r"lezione|lezioni|slide|dispense|quaderno|appunti|libro|capitolo|pagina|pag\.|"
                 r"schema|Vorlesung|Folien?|Skript|Buch|Kapitel|Seite|S\.|Heft|cours|"
                 r"diapos?|chapitre|clase|diapositivas?|apuntes|cuaderno|capítulo|"
                 r"forelæsning|slides|noter|bog|kapitel)(?:\b|(?<=\.))")
_STUDY_NOTE = re.compile(
    r"^\W*(?:(?:see|cf\.?|vedi|vedere|siehe|voir|véase|ver)\s+(?:(?:the|my|our|il|la|lo|"
    r"le|i|gli|l['’]|sul|sulla|nel|nella|die|der|das|den|le|la|les|el|los|las|mi|mis)\s*)?"
    r"(?:\w+\s+){0,2}?" + _COURSE_THING +
    # ("Review sites are …", "Review bodies set …": "review" only before a course's thing.)
    r"|(?:revise|ripassare|ripasso|rivedere|wiederholen|réviser|repasar|genlæs|"
    r"læs\s+op\s+på)\s+(?!(?:of|is|are|was|were|has|have|shows?|found|finds|"
    r"articles?|papers?|panel|board|process|date)\b)\S"
    r"|review\s+(?:(?:the|my|our)\s+)?(?:\w+\s+){0,2}?" + _COURSE_THING +
    r"|(?:ask|chiedere|domandare|fragen|demander|preguntar|spørg)\s+(?:\w+\s+){0,2}?"
    r"(?:prof\b|prof\.|professor\w*|teacher|tutor|lecturer|docente|insegnante|Lehrer\w*|"
    r"Dozent\w*|profesor\w*|underviser\w*)"
    r"|(?:importante?|important|wichtig|vigtigt|viktig)\s*!+\s*$"
    # "[[Cell structure]] has the diagrams.": where to find them, in another note.
    r"|(?:\S+\s+){1,5}?(?:has|have|holds?|contains?)\s+(?:all\s+)?(?:the|my|more)\s+"
    r"(?:diagrams?|pictures?|figures?|images?|drawings?|examples?|details?)\s*[.!]?\s*$"
    r"|(?:check|consult)\s+(?:the\s+|your\s+)?local\s+(?:\w+\s+)?(?:guidelines?|guidance|"
    r"polic(?:y|ies)|protocols?|formular(?:y|ies)|antibiogram|pathways?)\b)", re.I)


# Homework set for the next class ("Hausaufgabe bis Montag: Übung 3 + 4!", "Homework:
# worksheet 2", "Compiti per giovedì"): a task, no fact ("Hausaufgabe bis [Montag]"). The
# word opening a fact is none ("Homework has only a small effect …", "Compiti del
# Presidente …", "Devoirs du citoyen : …": duties, review 18): only with a colon or the
# time it is due by.
_HOMEWORK = re.compile(r"^\W*(?:homework|hausaufgaben?|compiti|devoirs|deberes)\s*(?::|"
                       r"(?:for|due|by|bis|zum|zur|für|per|entro|pour|para|hasta)\b)", re.I)
# Coursework and when it is due ("Lab 2 is due Friday — bring the breadboard", "Problem set
# 3 due Monday", "Due Friday: essay plan"): a date of the course, no fact ("Lab 2 is due
# [Friday]" was asked, cov19).
_DUE = re.compile(r"^\W*(?:(?:lab|assignment|problem\s+sets?|p-?set|quiz|worksheet|essay|"
                  r"coursework|project|tutorial\s+sheet|practical|report|hw|homework)"
                  r"\s*#?\s*\d*\s+(?:is\s+|are\s+)?due\b|due\s+(?:on|by|date|next|today|"
                  # (whole words: "Due only to friction, a block slows down" is a fact)
                  r"tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)", re.I)
# A comparison sign before a number: "> 38 °C", "≥ 2", "(GCS < 15)". (Not "->", an arrow.)
_THRESHOLD = re.compile(r"(?<![-=<>])[<>≤≥]=?\s*[-−]?\d")
# A list's title or heading that says its items are tasks, typed without boxes ("## To do",
# "Da fare:", "À faire"): "Vokabeln wiederholen", "schema sulle cause da finire" are things
# the writer means to do, no facts ("To do [...] ; Frau Keller fragen …" asked one whole).
# Homework too, in the languages notes are written in, and a heading giving it in two
# ("Hausaufgaben 作业"): "Übung 3 auf [Seite] 45 machen" was asked under it.
_TASK_WORDS = (r"(?:to[\s-]?dos?|things\s+to\s+do|action\s+items|da\s+fare|"
               r"cose\s+da\s+fare|[àa]\s+faire|zu\s+erledigen|por\s+hacer|homework|"
               r"hausaufgaben?|devoirs|compiti(?:\s+per\s+casa)?|deberes|huiswerk|"
               r"(?:课后|家庭)?作业|待办(?:事项)?)")
_TASKS_TITLE = re.compile(rf"{_TASK_WORDS}(?:\s*[/·|]?\s*{_TASK_WORDS})*", re.I)
# A list's title or heading that says its items are the page's contents ("## 📌 Main Topics
# Covered", "Inhalt", "目录"): the items name topics the page goes on to treat, and state
# nothing of them ("[…]; The classic Wernicke-Geschwind model" asked a topic's name, junk).
_CONTENTS_TITLE = re.compile(
    r"(?:(?:main\s+|key\s+)?topics(?:\s+covered)?|(?:table\s+of\s+)?contents|"
    r"in\s+this\s+(?:note|page|chapter|lecture|lesson|section|post|article)|"
    r"what\s+(?:you(?:'|’)ll|you\s+will|we(?:'|’)ll|we\s+will)\s+(?:learn|cover)|"
    r"inhalt(?:sverzeichnis)?|inhaltsübersicht|sommaire|table\s+des\s+mati[èe]res|indice|"
    r"índice|spis\s+treści|obsah|inhoud(?:sopgave)?|目录|目次|目錄|本章内容|主要内容)",
    re.I)
# A heading over the last lecture's topics ("## Review from Last Class" / "- Sample spaces
# (finite)"): names of what was taught before, no fact of them ("[U… p… s…]" asked one of
# five topics, blind sample 2905: junk).
_RECAP_TITLE = re.compile(
    r"(?:(?:quick\s+|short\s+|brief\s+)?(?:review|recap|revision|summary)\s+(?:of|from)\s+"
    r"(?:the\s+)?(?:last|previous|prior)\s+(?:class|lecture|session|week|time|lesson)|"
    r"(?:last|previous)\s+(?:class|lecture|session|time|lesson)(?:'s\s+topics)?|"
    r"rappel\s+du\s+cours\s+pr[ée]c[ée]dent|wiederholung\s+der\s+letzten\s+"
    r"(?:stunde|vorlesung|sitzung)|ripasso\s+della\s+lezione\s+precedente|"
    r"repaso\s+de\s+la\s+clase\s+anterior|上节课回顾|上节回顾|前回の復習)", re.I)
# A lecture's learning objectives ("**Objectives**" over "1. Define time series, common
# components …", "1. Learn simple models …"): what the lecture will teach, said as orders
# ("Define [...], common components …" was asked, blind sample 3002: junk).
_OBJECTIVES_TITLE = re.compile(
    r"(?:learning|lecture|lesson|course|chapter|session|study)\s+(?:objectives|outcomes|aims|goals)"
    r"|(?:by\s+the\s+end\s+of\s+this\s+\w+,?\s+)?you\s+(?:will|should)\s+be\s+able\s+to"
    r"|lernziele|obiettivi\s+di\s+apprendimento|objetivos\s+de\s+aprendizaje|"
    r"objectifs\s+d['’]apprentissage|学习目标|学習目標", re.I)
# A title that says it only with every item a learning verb ("**Objectives**" over "Define
# …", "Discuss …", "Learn …"): "### Aims" over "Identify and avoid triggers", "Use the lowest
# dose …" is a treatment's aims (the re-read).
_OBJECTIVES_IF_LEARNING = re.compile(r"objectives|outcomes|aims|goals|obiettivi|objetivos|"
                                     r"objectifs|ziele", re.I)
# A list of what to read ("**Reading materials**" over "* Chapter 1.1--1.4 in
# @Brockwell:Davis:2002", which asked "[...] — Davis:2002").
# (A qualifier says it: "## Reading" over "Children who are read to daily know …" and "##
# Literatur" over "Der Simplicissimus … erschien 1668." are a subject's sections.)
_READING_TITLE = re.compile(r"(?:required|further|suggested|recommended|assigned|core)\s+"
                            r"readings?|readings?\s+(?:materials?|list|assignments?)|readings|"
                            r"weiterführende\s+literatur|literaturliste|letture\s+consigliate|"
                            r"lecturas\s+recomendadas|lectures\s+(?:recommandées|obligatoires)|"
                            r"参考(?:书目|资料)|阅读材料", re.I)
# Titles over lists that name what the page or the course holds, not facts: the reason
# `check` gives, and whether only short items are read so (_CONTENTS_TITLE …).
_TOPIC_LISTS = (
    (_CONTENTS_TITLE, "a table of contents names topics the page treats below", True),
    (_RECAP_TITLE, "a recap names the topics of a lecture before", True),
    (_READING_TITLE, "a reading list says what to read", False),
)
# The verbs an exam prompt and a learning objective share (_PROMPT, _LEARN_ORDER).
_LEARNING_VERBS = (r"define|explain|describe|understand|discuss|recall|recogni[sz]e|"
                   r"distinguish|differentiate|compare|outline|summari[sz]e|state")
_LEARN_ORDER = re.compile(rf"^(?:\d+[.)]\s*)?(?:{_LEARNING_VERBS}|learn|know|list|"
                          r"be\s+able\s+to)\b", re.I)
# A line labelled as a question, and a question ("Question: What is P(B)?", "Frage: …?").
_QUESTION_LINE = re.compile(r"^(?:questions?|q|frage|domanda|pregunta|exercise|übung|esercizio|"
                            r"ejercicio|exercice)\s*\d*\s*[:.)]\s*[^?]*\?\s*$", re.I)
_STATES_SOMETHING = re.compile(r"\d|[:：=→]|\.\s*$")
# Properties an outliner keeps on a block or page ("id:: 6571a2f3-…", "collapsed:: true",
# "alias:: intervals"): the tool's metadata, no fact. A Dataview field's other names
# ("Up:: [[Phonology]]" aside) are the author's own labels, read as before.
_TOOL_PROPERTIES = frozenset("""id collapsed title alias aliases tags icon template
template-including-parent public filters heading background-color created-at updated-at
exclude-from-graph-view""".split())
# A Notion page's properties, exported as "Key: value" lines under its title ("Created:
# 12 October 2026 9:14 AM", "Status: Not started"): the page's metadata, no fact. These keys
# are the tool's own, whatever their value.
_PAGE_PROPERTIES = frozenset("""created created-time created-by last-edited last-edited-time
last-edited-by tags date-created last-reviewed""".split())
# Keys a fact may have too ("Date: signed in 1648 at Osnabrück", "Type: a pair of peace
# treaties …", "Status: the founding text of …"): a property only when the value looks like
# one (_PROPERTY_VALUE), a date, a status, a person, a word or two. Its dates are a page's,
# to the day and often to the minute or in a tool's numbers ("2026-10-12"), not those of
# quality.is_date: a year or a month alone ("Date: 1648") dates the subject's event, a fact.
_PAGE_PROPERTIES_IF_SHORT = frozenset("""status type date reviewed property owner assignee due
due-date priority""".split())
_PROPERTY_VALUE = re.compile(
    r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)\s+\d{4}(?:\s+\d{1,2}:\d\d"
    r"(?:\s*[AP]M)?)?|\d{4}-\d\d-\d\d(?:[ T]\d\d:\d\d)?|\d{1,2}/\d{1,2}/\d{2,4}"
    r"|not\s+started|in\s+progress|to\s*do|done|complete[d]?|draft|reviewed|archived|open"
    r"|closed|high|medium|low|yes|no|true|false|@\S+|(?:dr|prof|mr|mrs|ms)\.?\s+\S+", re.I)
_PROPERTY_LINE = re.compile(r"^\W*([^:\n]{1,30}?)\s*:{1,2}\s")
_TIME_OF_DAY = re.compile(r"\b\d{1,2}:\d\d(?::\d\d)?(?:\s*[AaPp]\.?[Mm]\b\.?)?")
# "Typed up from the recording — …", "Slides on Moodle": where the notes come from. So are
# "Reading summary for week 5 seminar.", "Page numbers are from the Oxford World's Classics
# edition", "All page references are to …": what the notes are and which edition they cite,
# no fact of the book (cov17: "Page numbers are from the [Oxford World]'s Classics edition").
_NOTES_SOURCE = re.compile(
    r"^\W*(?:(?:typed|written|copied|taken|transcribed)\s+(?:up\s+)?(?:from|during)\s"
    # "From the ward teaching + NICE NG115." (a learner's read: "[NICE NG115]" asked)
    r"|from\s+(?:the\s+|my\s+|our\s+)?(?:ward\s+|bedside\s+|lecture\s+|class\s+)?"
    r"(?:teaching|lectures?|slides|seminars?|tutorials?|textbook)\b"
    r"|(?:the\s+)?slides?\s+(?:are\s+)?(?:on|at|in)\s+(?:moodle|canvas|blackboard|"
    r"the\s+(?:vle|portal|website|drive))\b"
    r"|(?:(?:all|the)\s+)?(?:page|line)\s+(?:numbers?|references?|refs?)\s+(?:are\s+|"
    r"refer\s+)?(?:from|to|in)\s"
    r"|(?:(?:mixed|rough|quick|short|brief|random|loose|my|our)\s+)?notes\s+(?:from|for)\s+"
    r"(?:the|my|our|this|last|today['’]?s?)\s"
    r"|(?:reading|lecture|revision|seminar|tutorial|class|study)\s+(?:summary|notes?)\s+"
    r"(?:for|from|on|of)\s+(?:the\s+)?(?:week|lecture|seminar|tutorial|class|session|"
    r"lesson|unit|module|chapter|section)\b)", re.I)
# "Reading: Velleman, *How to Prove It*, sections 1.3–1.5.": what to read before a lecture,
# no fact of its subject; asked, "Reading: Velleman, [How to Prove It], sections …"
# (mathdef21: junk).
_READING_ASSIGNMENT = re.compile(r"^\W*(?:(?:required|suggested|recommended|further|"
                                 r"pre-?lecture)\s+)?(?:readings?|lettur[ae]|lecturas?|"
                                 r"lectures?\s+recommandées?)\s*:\s", re.I)
# "Aufbau + quantum numbers, from the lecture slides.": a short line of topics closed by
# where they were taken from says what the notes cover, no fact (learner read 20: asked
# "Aufbau + [quantum numbers]"). A sentence going on past its source is read.
_NOTES_SOURCE_TAIL = re.compile(r"[,;:—–-]\s*(?:all\s+)?(?:taken\s+|copied\s+)?from\s+"
                                r"(?:the|my|our)\s+(?:lecture\s+|class\s+|course\s+)?"
                                r"(?:slides|recordings?|handouts?|podcast)\W*$", re.I)
MAX_NOTES_SOURCE_WORDS = 12
# "Ward round notes, FY1 teaching. BTS/SIGN 2019.", "Micro revision sheet, week 4. Learn these
# thresholds for the MCQs.": a short paragraph opening on what kind of notes the page is
# says what the page is, no fact of its subject (a reader of session 22's new articles:
# "BTS/SIGN [2019]", "… for the [MCQs]" asked). Not "Cornell notes are …", a fact about notes.
_NOTES_KIND = re.compile(
    r"^\W*(?:[\w/+&-]+\s+){0,3}(?:notes|revision\s+sheet|revision\s+notes|cheat\s*sheet|"
    r"summary\s+sheet|crib\s+sheet|study\s+guide|handout|mitschrift|appunti|apuntes|noter"
    # "Study guide for ANAT 201.", "Revision sheet for Unit 3 —": the course it is for.
    # (Not bare "notes for/on …": "Notes on the treble clef: E, G, B, D, F" is music.)
    r"|(?:revision\s+(?:sheet|notes)|cheat\s*sheet|summary\s+sheet|crib\s+sheet|"
    r"study\s+guide|handout)\s+(?:for|on)\s+[^.,;:!?()]{1,40}?(?=[.!](?:\s|$)))"
    r"\s*(?:[,(:;—–-]|[.!](?=\s|$))", re.I)
# "Is the copy principle itself a matter of fact?": a question the notes leave open asks
# the reader, it states nothing to recall.
_OPEN_QUESTION = re.compile(r"\?[\"'”’)]*$")
# "Lord Atkin's speech is the one everyone quotes": "the one" before a clause says no kind
# of thing, so the sentence defines nothing; hidden, it asked "[Lord Atkin's speech]"
# (cov17). Not "the one household expense that …": a noun after it is the kind.
_VAGUE_GENUS = re.compile(r"\W*(?:is|are|was|were)\s+the\s+(?:one|ones|thing|things)"
                          r"(?:\s*[.!?;,]|\s*$|\s+(?:that|which|who|whom|everyone|everybody|"
                          r"people|we|you|they|i|he|she|most|all|nobody|no\s+one|our|my|"
                          r"your|their)\b)", re.I)
# "Whether a manufacturer owes a duty of care …": a question typed as a clause (a case
# brief's Issue), no fact, unless a verb says what decides it ("Whether a term is implied
# depends on …"). Hidden, its gap asked "[Whether a manufacturer]" (cov17). A test's limb
# whose words the author marked ("Whether the negligence **contributed materially** to …")
# is asked as marked.
_WHETHER = re.compile(r"^\W*whether\s", re.I)
_DECIDED_BY = re.compile(r"\b(?:depends?|depended|turns?\s+on|decides?|determines?|"
                         r"(?:is|was|are|were)\s+(?:decided|determined|judged|tested|unclear|"
                         r"disputed|debated|a\s+question)|remains?\s+(?:unclear|open|disputed))\b",
                         re.I)
# "Date: 14/10/2025 · Bench 6 · Partner: Priya": a write-up's own record, fields typed on
# one line between dots or bars, one of them a page's property (_is_property). Its gap
# asked "[Bench] 6" (cov17).
_FIELD_SEPARATOR = re.compile(r"\s+[·•|]\s+")
# "**Court:** House of Lords …", "**Judges:** Lord Atkin, …", "Lecturer: Dr Okafor": the
# heads of a record (a case brief's, a write-up's, a lecture's), never the answer to their
# value: bold, "Court" was asked as "[…]: House of Lords" (cov17: "a label asked from its
# own value").
_RECORD_LABELS = frozenset("""court courts judge judges bench coram citation citations
neutral-citation parties counsel lecturer lecturers tutor module course partner partners
""".split())
# (Not "Author:": under a book's notes its value is a fact of the book.)
# Who teaches and who takes a course, in the languages notes are written in: a paragraph of
# "Key: value" lines naming one of them beside another course field is a lecture's header
# ("**Disciplina**: DIREITO CIVIL" / "**Professora**: MARIANA TAVARES" / "**Data**: 14 de
# março de 2024" / "**Aluno**: …"), each bold key of which was asked (held-out-5: junk).
_COURSE_PEOPLE = frozenset("""professor professora professore professeur professeure prof
teacher teachers lecturer lecturers instructor instructors tutor tutors docente docentes
dozent dozentin lehrer lehrerin student students aluno aluna alumno alumna studente
studentessa etudiant etudiante eleve schuler schulerin author autor autora""".split())
_COURSE_FIELDS = _COURSE_PEOPLE | frozenset("""course curso corso cours kurs module modul
disciplina discipline materia subject fach class turma classe semester semestre term
periodo period date data datum fecha day dia room sala aula lecture lezione""".split())
# "**Definition:** …", "Definition - …", "Meaning: …" (an item or paragraph under its term).
# Where one sentence of a paragraph ends and the next begins.
_SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9)\"”][.!?])\s+(?=[A-Z])")
# "Actus reus refers to …" as a later sentence of a paragraph: its own definition.
_LATER_DEFINITION = re.compile(
    # "In economics, …", "On Aristotle's understanding, …": a frame before the term.
    r"^(?:(?:in|on|according\s+to|for|under|within)\s+[^,;:()\ue000]{1,60}?,\s+)?"
    r"(?:(?:a|an|the)\s+)?(?P<term>[A-Za-z][\w'’/-]*(?:\s+[\w'’/-]+){0,3}?)\s+"
    r"(?:refers\s+to|is\s+defined\s+as|can\s+be\s+defined\s+as|is\s+by\s+definition|"
    r"is\s+(?:where|when)|is\s+the\s+process\s+(?:of|by|in|whereby)|"
    rf"{_OCCURS_WHEN})\s+\S")
# What follows a colon typed with no space that still opens a label's text: a capital or a
# CJK character ("Recovery:The return …", "並發:微觀是順序執行"), never "12:30" or "http://".
_NO_SPACE_TEXT = rf"(?=[A-Z{CJK_CHARS}])"
# The separators a label is typed with, shared by the labelled items and the glossary lines
# below: a colon ("Term: ", "Extinction :- the fading …", "Recovery:The return …"), or a dash
# between spaces ("Term - ", "Term -- ", "Term — ").
_COLON_SEP = rf":(?:-?\s+|-|{_NO_SPACE_TEXT})"
_DASH_SEP = r"(?:--|[—–-])"
# What a line of a glossary typed without bullets opens with: "Term:", "Term -", "Term =",
# or ":".
_TERM_LINE = re.compile(rf"^(?::\s|[^:\n]{{1,80}}?(?:{_COLON_SEP}|\s(?:{_DASH_SEP}|=)\s))")
# A line of a timeline typed without bullets: a year or a date, then a separator and what
# happened ("1919 – treaty signed", "c. 1450: printing press", "28 June 1914 - Sarajevo").
_DATED_LINE = re.compile(r"^(?:c\.\s*)?(?:\d{1,2}\s+[A-Z][a-z]+\s+|"
                         r"[A-Z][a-z]+\s+(?:\d{1,2},?\s+)?)?\d{3,4}s?(?:\s*(?:BC|BCE|AD|CE)\b)?(?:\s*[-–—]\s*\d{2,4})?"
                         r"\s*(?::|\s[-–—]|[–—])\s*\S")
# An item that opens on what its subject does, the subject left out: a verb in -s or a past
# tense ("Executes laws.", "Gives State of the Union Address.", "Established a union …").
_DOING = re.compile(r"^[A-Z][a-z]+(?:[^su'’\W]s|[sxz]es|ches|shes|ed)\s+\S")
# Words such an opening may be that are no verb: adverbs, pronouns, plural nouns of a kind.
_NOT_DOINGS = frozenset("""always sometimes perhaps thus yes this its his hers ours yours
    theirs whereas was has does is as plus minus""".split())
# A sentence that leaves out its subject, the heading above ("Is a specialized tree …").
# (In the languages that drop a subject anyway: "## PPPoE" / "È il protocollo normalmente
# utilizzato per …", "## Mitose" / "É o processo …", and French or German before an
# indefinite article only ("Ist ein Enzym, das …"; "Ist die Temperatur zu hoch, …" is a
# condition), nor an impersonal opening, "È un errore comune pensare che …": _IMPERSONAL.)
_SUBJECTLESS = re.compile(r"^(?:(?:Is|Are|È|É|Es|Sono|Son|São)\s+(?:(?:a|an|the|"
                          r"il|lo|la|i|gli|le|un|uno|una|o|os|as|um|uma|el|los|las)\s+\w|"
                          r"(?:l|un)['’]\w)|(?:Ist|Sind|Est|Sont)\s+(?:ein|eine|einer|un|une|"
                          r"des)\s+\w)")
_IMPERSONAL = re.compile(r"^\S+\s+(?:(?:un|uno|una|um|uma|il|el|la|a|o)\s+)?"
                         r"(?:errore|fatto|hecho|fato|hora|ora|momento|"
                         r"bene|importante|necessari[oa]|necesari[oa]|necessári[oa]|possibile|"
                         r"posible|possível|vero|verdad|verdade|chiaro|claro|evidente|noto|"
                         r"sabido|sabid[oa]|utile|útil)\b", re.I)
# The alias a defined name ends in (_ALIAS_FORMS), cut to leave the name.
_ALIAS = re.compile(rf"(?:{_ALIAS_FORMS})$", re.I)
# A notebook's cell marker (Jupytext, MyST): "+++" alone or with its cell's metadata.
_CELL_MARKER = re.compile(r"^\+\+\+(?:\s*\{.*\})?\s*$", re.S)
# A meaning typed with no term and no verb under the heading that names it ("#### Resolution"
# / "The timestep of the model and the horizontal and vertical scales resolved.", "# Local
# Anaesthesia" / "> Administration of anesthetic agents to a specific part of the body …"):
# a noun, then what it is of, for or between. The heading is the term it leaves out.
_MEANING_FRAGMENT = re.compile(
    r"^(?:(?:the|a|an)\s+)?[A-Za-z][a-z-]+(?:\s+[a-z-]+){0,2}\s+"
    r"(?:of|for|between|by\s+which|in\s+which|whereby|that|which|used\s+to)\s+\w")
# What makes a sentence a statement, not a fragment: a finite verb of being, having or a modal
# (statements.AUXILIARIES), or one that says what a thing is ("Includes the …").
_FINITE_VERB = re.compile(
    rf"\b(?:{'|'.join(sorted(AUXILIARIES))}|"
    r"be|been|do|isn['’]t|aren['’]t|means?|refers?|consists?|contains?|includes?)\b",
    re.I)
# Verbs of a subject that a line typed as a sentence has ("The supply of loanable funds comes
# from savings"): no fragment.
_VERB_OF_A_SUBJECT = re.compile(
    r"\b(?:comes?|goes|makes|takes|gives|leads|causes|results|arises|depends|occurs|happens|"
    r"allows|helps|uses|needs|requires|shows|becomes|remains|seems|appears|provides|produces|"
    r"moves|changes|increases|decreases|affects|lets|keeps|gets|stays|works|acts|forms|"
    r"holds|carries|controls|determines|describes|explains|measures|represents|reflects|"
    r"refers|exists|lies|grows|falls|rises)\b", re.I)
# Headings over such a fragment that name a side or a role, not a thing it defines ("Con" /
# "Requires lots of computer resources.", "Mechanism of Action" / "Block the binding of …").
_NOT_MEANING_HEADINGS = frozenset("""pro pros con cons advantage advantages disadvantage
    disadvantages strength strengths weakness weaknesses limitation limitations mechanism
    mechanism-of-action function functions role roles use uses definition meaning effect
    effects significance importance feature features characteristics structure treatment
    management diagnosis cause causes symptoms signs example examples note notes
    """.split())
# "Largest fleet of the age after 1795, …" under "## Navy": a superlative says what the thing
# was like (its own fact, asked by its year), not what it is. A number, likewise.
_SUPERLATIVE = re.compile(r"^(?:the\s+)?(?:(?!(?:inter|for|t|requ|harv|prot|cont|conqu|ch|n|w|r|"
                          r"cr|arr|dig|man|inv|gu|z|b|p|l|v)est\b)\w+est|most|least|best|"
                          r"worst|first|last|main|only)\b", re.I)
# A fragment opening on a preposition sets a time or a place for a clause ("Towards the end
# of the 8th century the nature of …"), no meaning.
_OPENING_PREPOSITIONS = frozenset("""towards toward in on at during after before from with
    under over for by since until about between among through within without despite
    following like unlike as""".split())
# The words that open such a fragment but no meaning: "The reason for …", "An example of …".
_NOT_MEANING_HEADS = frozenset("""reason reasons example examples summary overview list
    number part parts rest aim purpose goal idea point way ways use uses role roles
    history lack""".split())
# "Homologous series, the families in which …": a name, then what it is.
_APPOSITION = re.compile(r"^(?P<term>[A-Z][^,;:()]*?),\s+(?:the|a|an)\s+\w")
# "It requires …", "They have …": a sentence about what was just named.
_PRONOUN_LEAD = re.compile(r"^(?:It|They)\s+(?=[a-z])")
# "Relies on …", "Responds more slowly …": a verb of the third person with its subject left
# out, known by the little word after it (not "Proteins transport …", a plural noun).
_PREDICATE_LEAD = re.compile(r"^[A-Z][a-z]+(?<![su]s)s\s+(?:on|to|in|into|from|with|by|as|the|"
                             r"a|an|more|less|its|their|no|only|at|for|through|over)\b")
_TYPED_BULLET = re.compile(r"^[•·▪‣◦●■]\s*")
# "- Runs between the clavicle and third rib" under "## Brachial plexus": a verb with no
# subject of its own, stating a fact about the heading or the item above. Only verbs that
# notes state facts with, so a plural noun ("Cells in the blood …") is never read as one;
# a participle ("Divided into", "Endorsed by") only before its preposition.
_FRAGMENT_VERBS = (
    r"runs|passes|lies|travels|flows|drains|supplies|innervates|connects|joins|links|"
    r"increases|decreases|reduces|raises|lowers|slows|speeds|improves|worsens|causes|"
    r"inhibits|blocks|prevents|promotes|stimulates|activates|suppresses|triggers|"
    r"converts|contains|produces|releases|secretes|requires|needs|provides|allows|enables|"
    r"uses|carries|transports|regulates|controls|binds|stores|absorbs|protects|destroys|"
    r"kills|detects|creates|forms|makes|sets|marks|acts|works|occurs|happens|takes|"
    r"depends|relies|consists|involves|includes|measures|affects|determines|focuses|"
    r"leads|results|belongs|refers|describes|explains|shows|states|argues|claims|"
    r"predicts|assumes|replaced|ended|began|begins|starts|emerged|originated|"
    r"separates|surrounds|covers|lines|holds|keeps|receives|sends|operates|functions|"
    r"responds|resists|breaks|builds|generates|maintains|limits|lacks|has")
_PARTICIPLE = (r"[A-Za-z]{2,}(?<!e)(?<!dr)ed|made|found|known|built|held|given|taken|seen|"
               r"shown|written|led|sent|kept|born|split|spread|drawn|driven|thrown|worn|"
               # an adjective and its preposition says the same of the title: "Specific to
               # the transported substance", "Soluble in water", "Sensitive to price change"
               r"specific|sensitive|insensitive|responsible|soluble|insoluble|resistant|"
               r"permeable|impermeable|essential|necessary|unique|susceptible|prone|common|"
               r"rare|abundant|rich|poor|dependent|independent|toxic|fatal|harmful|vital")
_GAP_PREPOSITION = (r"between|into|onto|on|to|in|from|with|by|as|at|for|through|over|across|"
                    r"along|around|within|against|towards?|via|of|up\s+of|under|after|before")
# The same verbs as a plural subject takes them ("- React with water" under "## Group 2
# metals"), read only under a heading that is plural: elsewhere they are instructions.
_PLURAL_VERBS = (
    r"run|pass|lie|travel|flow|drain|supply|connect|join|link|increase|decrease|reduce|"
    r"raise|lower|cause|inhibit|block|prevent|promote|stimulate|activate|suppress|trigger|"
    r"convert|contain|produce|release|secrete|require|provide|allow|enable|carry|"
    r"transport|regulate|control|bind|store|absorb|protect|destroy|kill|detect|create|"
    r"form|act|occur|depend|rely|consist|involve|include|affect|determine|lead|result|"
    r"belong|react|differentiate|proliferate|migrate|live|lack|resist|respond|surround")


def _fragment_pattern(verbs: str, little_word: bool = False) -> re.Pattern[str]:
    """An item opening on one of `verbs` (or a participle and its preposition), the
    complement after the verb and its preposition captured as `gap`. With `little_word`, a
    preposition or an article after the verb is required ("React with water", not "Lower
    extremity oedema", a noun)."""
    after = rf"(?=(?:{_GAP_PREPOSITION}|the|a|an|its|their)\s)" if little_word else ""
    return re.compile(
        rf"^(?:(?P<verb>{verbs})\s+{after}"
        rf"(?:(?P<prep>{_GAP_PREPOSITION})\s+)?"
        rf"|(?:{_PARTICIPLE})\s+(?:{_GAP_PREPOSITION})\s+)"
        r"(?:(?:the|a|an|its|their|his|her)\s+)?(?P<gap>[^,;:.!?()\[\]—–\ue000*=<>]+?)"
        r"\s*(?P<after>$|[.;]\s*$|[,;(—–]|\s-\s)", re.I)


_FRAGMENT = _fragment_pattern(_FRAGMENT_VERBS)
_PLURAL_FRAGMENT = _fragment_pattern(_PLURAL_VERBS, little_word=True)
# A title that is a clause, not a name to be the subject of the fragments under it.
_CLAUSE_TITLE = re.compile(r"^(?:where|what|how|why|when|which|who)\b|\b(?:is|are|was|were|"
                           r"do|does|did|can)\b", re.I)
_TAKES_INFINITIVE = frozenset("begins starts needs takes acts works".split())
# Where a fragment's complement ends and a clause of its own begins ("… antibodies to kill").
_GAP_END = re.compile(r"\s+(?:to|which|that|so|because|when|if|while|whereas|unless|but|"
                      r"and\s+(?:then|also|is|are|was|were|has|have)|rather|instead)\b.*$",
                      re.I | re.S)
_GAP_LIST_GOES_ON = re.compile(r"^,\s*[\w'’-]+(?:\s+[\w'’-]+)?\s*(?:,|and\b|or\b)")
# A definition list (Pandoc, PHP Markdown Extra, MkDocs def_list): "Term" over ": meaning".
_DEFINITION_LIST = re.compile(r"^[^\n:]+\n:\s+\S")
# ("Concept:" under "### Separation of Powers" says what the heading is, as "Definition:"
# does; asked as a label, "[Concept] — Distributes powers …", blind sample 3202: junk.)
_DEFINITION_LABEL = re.compile(r"^(?:\*\*)?\s*(?:definition|defn?|meaning|(?:key\s+)?concept|"
                               r"concepto|concetto|konzept)\s*(?:\*\*)?\s*"
                               r"[:—–-]\s*(?:\*\*)?\s*(?P<rest>\S.*)$", re.I | re.S)
# A "Concept:" label over what the heading's term is: read as "Definition:" is, never as a
# term of its own (a word, "**concept**", in a sentence is asked as any term is).
_BOLD_FIELD_INSIDE = re.compile(r"\*\*[^*\n]{1,40}?(?::\*\*|\*\*\s*:)")
_CONCEPT_LABEL = re.compile(rf"{CONCEPT_WORD.pattern}\s*:?", re.I)
# "Metallic Bonding [TEST]", "Osmosis (revise)": a tag after a heading is not its name.
_TITLE_TAG = re.compile(r"\s*[\[(][^\])]*[\])]\s*$")
# "### What is a subnet mask?", "## What does PED mean?": a heading that asks what a name
# is names it, as "### Subnet mask" would.
_WHAT_IS = re.compile(
    r"^(?:what|who)(?:\s+(?:is|are|was|were)|\s*['’]s)\s+(?:(?:a|an|the)\s+)?(?P<term>[^?]+?)"
    r"\s*\?$|^what\s+(?:does|do)\s+(?:(?:a|an|the)\s+)?(?P<meant>[^?]+?)\s+"
    r"(?:mean|stand\s+for)\s*\?$", re.I)
# The same question in the other languages notes are written in: "### Qu'est-ce qu'un
# littoral ?", "¿Qué es una serie de tiempo?", "Cos'è un vettore?", "Was ist eine Düne?",
# "O que é um átomo?", "什么是湍流？", "湍流是什么？".
_WHAT_IS_ABROAD = re.compile(
    r"^(?:qu['’]est[- ]ce\s+qu(?:e\s+|['’]\s*)(?:(?:un|une|le|la|les)\s+|l['’]\s*)?"
    r"|¿?\s*qu[ée]\s+(?:es|son)\s+(?:(?:un|una|el|la|los|las|lo)\s+)?"
    r"|(?:che\s+)?cos['’]\s*[èe]\s+(?:(?:un|una|uno|il|lo|la|i|gli|le|l['’])\s*)?"
    r"|was\s+(?:ist|sind)\s+(?:(?:ein|eine|der|die|das)\s+)?"
    r"|o\s+que\s+(?:é|e|são)\s+(?:(?:um|uma|o|a|os|as)\s+)?)"
    r"(?P<term>[^?？]+?)\s*[?？]$"
    r"|^什么是(?P<han>[^?？]+?)\s*[?？]?$|^(?P<han_first>[^?？]+?)是什么\s*[?？]?$", re.I)


def asked_term(title: str) -> str | None:
    """The name a heading asks about ("What is a dune?" -> "dune", "Qu'est-ce qu'un littoral
    ?" -> "littoral"), or None for a heading that asks no "What is" question."""
    asked = _WHAT_IS.match(title) or _WHAT_IS_ABROAD.match(title)
    if asked is None:
        return None
    return next(group for group in asked.groups() if group is not None).strip()


# The same in the other languages a "What is …?" heading is read in: "Was ist der Unterschied
# zwischen Mitose und Meiose?" asks no one name.
_NOT_ONE_NAME_ABROAD = re.compile(r"\b(?:und|oder|zwischen|unterschied|unterschiede|et|ou|entre|"
                                  r"différence|différences|y|o|diferencia|diferencias|e|"
                                  r"differenza|differenze|diferença|diferenças)\b|[和与與或]",
                                  re.I)
# Headings of the study itself, no term a box under them defines: "### Revision", "### Notes".
_STUDY_HEADINGS = frozenset("""revision revisions review recap notes note to-do todo reading
    readings exercises exercise practice questions quiz""".split())
# "What is the difference between X and Y?": two things, not one name.
_NOT_ONE_NAME = re.compile(r"\b(?:and|or|vs\.?|versus|between|difference|differences|"
                           r"relationship|role|purpose|point|use|importance)\b", re.I)
# A prose answer under a question heading is asked from its first sentence, when that
# sentence is short enough to recall (docs/card-quality.md: one fact a card).
MAX_ANSWER_WORDS = 25
# "Savers gain when rates go up": a clause, not a name to ask for.
_SUBORDINATE = re.compile(r"\b(?:when|whenever|if|because|while|since|unless|although)\b",
                          re.I)
# "Demand is", "caused by the": a line left for filling in later says nothing yet.
_UNFINISHED = re.compile(r"\b(?:is|are|was|were|the|a|an|of|and|or|to|by|as|be)\s*$", re.I)
_ITEM_TAIL = re.compile(r"\s+(?:\(|[—–]\s|-\s)")
# Headings that name a part of an article, not a thing a fact could hide.
_GENERIC_HEADINGS = {
    "introduction", "summary", "overview", "glossary", "key-points", "notes", "examples",
    "example", "details", "definitions", "differences", "similarities", "conclusion",
    "references", "related", "see-also", "background", "contents", "table-of-contents",
    "key-terms", "terms", "vocabulary", "questions", "review-questions", "practice",
    "exercises", "quiz", "faq", "causes", "effects", "types", "features", "uses", "advantages",
    "disadvantages", "key-facts", "facts", "tips", "resources", "sources", "further-reading",
    "stages", "steps", "phases", "parts", "components", "kinds", "forms", "categories",
    # "## Fatti" over "- L'Italia ottenne il Veneto …": facts, in the languages a learner
    # revises in ("[Fatti] — L'Italia ottenne …" was asked).
    "fatti", "faits", "hechos", "fakten",
    # "### Allgemein" over "- Abtragung entfernt … Gestein": a section of general points
    # ("[Allgemein] — Abtragung entfernt …" was asked, a German geography note); with
    # the other languages' introductions and summaries (quality.GENERIC_HEADINGS_ABROAD).
    "general", "generale", "generalita", "basics", "grundlagen", "algemeen",
    "概述", "总结", "概要", "まとめ",
} | GENERIC_HEADINGS_ABROAD
# Headings that name a part of a topic ("### Result", "## Significance"), not a thing: the
# sentence below says something about the topic, not what the heading means.
# "Macroeconomics basics", "Cell biology recap": a heading about a topic, not a name.
_ABOUT_A_TOPIC = {"basics", "overview", "notes", "summary", "introduction", "intro",
                  "fundamentals", "recap", "review", "revision", "essentials", "101"}
_STEP = re.compile(r"→|->|=>|⇒|\s[=+]\s")
# A line that says when something happens states a rule of the section's topic, not what
# the heading's name is: "## Costs" / "- firm shuts down in the short run when P < AVC",
# "## Preiselastizität" / "- Nachfrage ist elastisch, wenn |ε| > 1" asked "[Costs] — …" (junk:
# the heading is a topic, and the line one of its facts). (describes)
_STATES_WHEN = re.compile(r"(?:^|[\s,;])(?:when|whenever|if|unless|wenn|falls|sobald|hvis|når|"
                          r"quand|lorsque|cuando|quando)\s", re.I)
_EXAMPLE_HEAD = re.compile(r"^(?:ex|eg|e\.g|examples?|case|cases|case study|exemples?|"
                           r"(?:rechen)?beispiel\w*|esempi[oi]?|ejemplos?|exemplos?|voorbeelden|voorbeeld|"
                           r"przykłady|przykład|пример[ыа]?|eksempler|eksempel|例[题題]?)\b",
                           re.I)
# (The other languages: "### Exemple chiffré" over "Si le prix passe de 10 € à 12 € …" was
# asked as the name the paragraph describes, "[Exemple chiffré] — Si le prix …".)
# A bold line of its own that only says an example follows ("**Example**", "**Example 2:**",
# "**E.g.**", "**Case study**"): the paragraph under it is the example. Whole, not opening
# the line as _EXAMPLE_HEAD does: "**Case fatality rate**" over its definition is a term.
_EXAMPLE_LINE = re.compile(r"(?:(?:worked\s+|for\s+)?examples?|e\.?\s?g\.?|ex\.?|"
                           r"case\s+stud(?:y|ies)|beispiel|eksempel|exemple|esempio|ejemplo)"
                           r"(?:\s*\d+[a-z]?)?\s*[:.：]?", re.I)
# "Examples: Furosemide, Bumetanide", "e.g., Lidocaine, Bupivacaine": a line naming some
# members of the class its heading names (heading_examples).
_EXAMPLES_LINE = re.compile(
    # (and as lecture bullets shorten it: "Ex: wheat farming, …", "Ex.: restaurants, …",
    # Danish "fx", Spanish "ej.", German "z. B.", "Bsp.")
    r"^(?:(?:examples?|eg|ex\.?|fx\.?|ej\.?|bsp\.?)\s*(?:[:–—-]\s*)+"
    r"|(?:e\.\s?g|z\.\s?b|p\.\s?ej)\.?\s*[:,]?\s*)"
    r"(?P<names>[^:;.!?]+?)\.?$", re.I)
_EXAMPLE_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
MAX_EXAMPLE_NAMES = 6
_PARTS_OF_A_TOPIC = {
    "result", "results", "outcome", "outcomes", "impact", "impacts", "significance", "legacy",
    "aftermath", "origin", "origins", "consequence", "consequences", "context", "history",
    "process", "mechanism", "role", "function", "functions", "structure", "importance",
    "method", "methods", "purpose", "aim", "aims", "goal", "goals", "problem", "problems",
    "solution", "solutions", "evaluation", "analysis", "criticism", "criticisms",
    "limitations", "strengths", "weaknesses", "application", "applications", "implications",
    "description", "definition", "explanation", "intro", "main-idea", "key-ideas", "idea",
    "ideas", "example", "case-study", "treatment", "diagnosis", "symptoms", "signs",
    "management", "prognosis", "pathophysiology", "epidemiology", "investigations",
    "presentation", "complications", "risk-factors", "aetiology", "etiology", "why", "how",
    "pearls", "clinical-pearls", "advice", "reminders", "warnings", "red-flags", "dosing",
    "doses", "dose", "monitoring", "side-effects", "adverse-effects", "contraindications",
    "indications", "interactions", "cautions", "timeline", "dates", "people", "key-people",
    "key-events", "events", "debate", "debates", "evidence", "research", "studies", "study",
    "success", "failure", "rise", "fall", "spread", "end", "reasons", "reason", "premonitions",
    "overview", "summary", "notes", "key", "main", "other", "more", "background",
    # "### Required practical" over "1. Cut potato cylinders …" asked "[Required practical]
    # — Cut potato cylinders of equal length" (a GCSE note): a practical is the steps of
    # the topic's experiment, not a name they describe.
    "practical", "required-practical", "core-practical", "procedure", "experiment",
}
# The fields notes give a named thing, a drug, a disease, an organ, an event: "MoA:", "SE:",
# "CI:" under "## ACE inhibitors", "Symptoms:" under "## Asthma". (Not "Examples", whose
# items are the thing's members: "[ACE inhibitors] — e.g. ramipril" asks the class.)
_FIELDS_OF_A_THING = frozenset("""
    moa mechanism mechanism-of-action mechanisms se ses side-effects side-effect adverse-effects
    adverse-effect ae aes ci cis contraindications contraindication contra-indications
    indications indication uses use dose doses dosing dosage route monitoring interactions
    drug-interactions cautions symptoms symptom signs signs-and-symptoms causes cause treatment
    treatments management diagnosis investigations complications risk-factors prognosis
    aetiology etiology pathophysiology epidemiology presentation clinical-features dx tx rx mx
    ix sx px location function functions structure role purpose origin origins
    wirkmechanismus nebenwirkungen kontraindikationen indikationen dosierung
    mécanisme effets-indésirables contre-indications posologie
    mecanismo efectos-adversos contraindicaciones indicaciones dosis
    meccanismo effetti-collaterali controindicazioni indicazioni posologia
""".split())
# The fields an outline gives an event or an institution ("### Separation of Powers" / "-
# **Inspiration**: Ideas of Baron de Montesquieu."): asked under the name where the value is
# short ("Separation of Powers › Inspiration: [...]"). A longer value is left alone: asked
# from it, the name was a guess ("[The Ratification Debate] — Requirements: Approval by
# special state conventions …", blind sample 3003: junk).
_SHORT_FIELDS_OF_AN_EVENT = frozenset("""
    inspiration concerns concern outcome outcomes requirement requirements context
    significance impact impacts result results consequence consequences date dates leader
    leaders members participants goal goals aim aims author authors founder founders
""".split())
# A value opening on an article is a term's definition, not a field's value: "**Mechanism**:
# the sequence of elementary steps …" under "## Reaction kinetics" (the code re-read).
_DEFINING_ARTICLE = re.compile(r"\s*(?:the|a|an|le|la|les|l['’]|un|une|der|die|das|ein|eine|"
                               r"el|los|las|il|lo|uno|una|o|os|as|um|uma)\s", re.I)
# Callout titles that name one point of an evaluation ("> [!success] Strength"), not a term.
_EVALUATION_TITLES = {
    "strength", "strengths", "weakness", "weaknesses", "limitation", "limitations",
    "advantage", "advantages", "disadvantage", "disadvantages", "criticism", "criticisms",
    "evaluation", "support", "counterpoint", "counter-argument", "pro", "pros", "con", "cons",
    "issue", "issues", "problem", "problems"}
_GENERIC_CALLOUTS = {
    "note", "tip", "tips", "hint", "warning", "caution", "danger", "important", "info",
    "abstract", "todo", "success", "failure", "bug", "quote", "memory-hook", "exam-tip",
    "remember", "mnemonic", "aside", "see-also", "reminder"}
_NOT_NAME = re.compile(r"[?:!？：！]|\bvs\.?\b|\d", re.I)
# "NSC-68", "COVID-19", "IL-6", "B12": a name whose digits are part of its code, not a
# number of the notes ("Chapter 3", "1871 German unification", "Week 4"). A word glued to
# its number is a code, "Ch8" too, as the generator's _CHAPTER reads it: no case tells it
# from "CH4" (methane), and notes type both.
_CODED_NAME = re.compile(r"\b[A-Z][A-Za-z]*-?\d+[a-z]?\b")
_NUMBERING_ONLY = re.compile(r"^\s*(?:[0-9]+(?:[.:][0-9]+)*[.):]?|[IVXLC]+[.)])\s+")
# Labelled items: "**Label**: text", "**Label:** text", "**Label** — text", "Label — text",
# "Label - text", "Label -- text", "Label: text". Plain labels are short, or "Note that ..." would
# be one.
_BOLD_LABEL = re.compile(
    r"^\*\*(?P<label>[^*]+?)\*\*(?P<sep>\s*:|\s*[—–]|\s+-\s)?\s*(?P<text>.*)$", re.S
)
# (Not a dash after a comma: "das Zimmer, - – room" marks a plural that does not change.)
_DASH_LABEL = re.compile(rf"^(?P<label>[^:*]+?)(?<!,)\s+{_DASH_SEP}\s+(?P<text>.+)$", re.S)
# "OSI = Theoretical, detailed, used in academia": a name and what it is, in shorthand.
_EQUALS_LABEL = re.compile(r"^(?P<label>[^:*=<>]+?)\s+=\s+(?P<text>[^=]+)$", re.S)
# "Liabilities + Equity", "mass × acceleration", "Revenue - Costs": words joined by an
# operator before the first full stop make the right side of an equation, not a gloss. The
# operator has the same spacing on both sides: "H+ in the blood" is an ion's charge.
_SUM_OF_WORDS = re.compile(
    r"^[^.;]*?(?:\w\s+[+×÷−]\s+\w|\w[+×÷−]\w|\w\s[*/]\s\w)")  # not "and/or", "well-known"
# "Revenue - Costs" after "Profit =": an ASCII minus between words is an equation's only
# where words and operators are the whole side; "Theoretical - detailed, used in academia"
# is a dash leading into a gloss.
_DIFFERENCE_OF_WORDS = re.compile(r"^\s*\w+(?:\s\w+)?(?:\s+[-+×÷−*/]\s+\w+(?:\s\w+)?)+\s*\.?$")
# Chinese and Japanese notes type the colon full-width, with or without a space after it:
# "1. 开尔文表述：不可能从单一热源吸热…".
_COLON_LABEL = re.compile(rf"^(?P<label>[^:：*]+?)(?:{_COLON_SEP}|(?P<wide>：)\s*)(?P<text>.+)$",
                          re.S)
# Before a label's full-width colon, what is no label but a sentence leading into what
# follows: a clause ("在惯性子区内，能谱满足：…") or words ending in a verb ("能谱满足：",
# "公式如下：", "主要包括：", "可得："). (It once shadowed the formula leads' _CJK_LEAD above,
# the code review's finding 13.) A label may end on a character that ends a
# verb elsewhere: "需求法则：", "消费者行为：", "国民所得：" are names (review 18: only
# "机会成本" of such a list made a card), "公式为：", "其中：", "可得：" lead in. "关系" ends
# a name ("供求关系：").
_CJK_LABEL_LEAD = re.compile(r"[，。；、]|(?:如下|包括|包含|满足|得到|可得|等于|表示|指出|"
                             r"认为|分为|其中|以下|下列|有关|如|是|(?<!行)为|(?<![所固特共专])有|"
                             r"(?<![所心])得|(?<![法原准规细])则|(?<![立随当])即)$")
# Before a full-width colon, a clause that counts what follows: "衡量材料塑性的指标有两个：
# 延伸率…和断面收缩率…" (zh20: "[衡量材料塑性的指标有两个] — 延伸率…" was asked). Not an
# ordinal, "第一步：截开".
_CJK_LABEL_COUNTS = re.compile(r"(?<!第)[一二两三四五六七八九十几]+"
                               r"(?:个|种|类|条|点|项|步|方面|部分)$")
MAX_LABEL_WORDS = 6
# A name recalled from the points nested under it (described_by_points): few and short
# enough to read on one front.
MAX_DESCRIBING_POINTS = 4
MAX_POINT_WORDS = 16
MAX_POINTS_WORDS = 40
# "Causes of containment", "Notation", "considerations": a part of a topic or a kind of
# line, no name; "1871 German unification" keeps its year's card.
_NOT_DESCRIBED = frozenset("""notation considerations characteristic characteristics special course
    key main general elements factors points rules details info information""".split())
# English counts from two (_COUNTED_NAME, _COUNTED_TITLE).
_NUMBER_WORDS = "two|three|four|five|six|seven|eight|nine|ten"
_COUNTED_NAME = re.compile(rf"^(?:\d|(?:{_NUMBER_WORDS})\b)",
                           re.I)  # "Two special cases": a count of the points, no name
_CODE_ONLY = re.compile(r"`[^`\n]+`")  # a value that is code and nothing else
# Any year in a name, also one of a range ("1914-1918 war"), which statements._YEAR (a year
# on its own, to ask) passes over: a dated name is an event, no thing its points describe.
_DESCRIBED_YEAR = re.compile(rf"\b{YEAR_DIGITS}\b")
# "But framing as a battle … makes it hard …": a remark on the points above, not one.
_REMARK = re.compile(r"^(?:but|however|and|so|yet|though|although|also)\b", re.I)
# The sentence under a heading that says what the heading names, as a card's clue
# (docs/card-quality.md §5: a longer text hides its gap among too many words).
MAX_DESCRIPTION_WORDS = 40
MAX_LEAD_IN_WORDS = 20
# Tags that only place an <img> (`<p align="center"><img …></p>`): the block is its figure.
_WRAPPER_TAGS = re.compile(r"</?(?:p|div|center|figure|span|br)\b[^>]*>", re.I)


SUFFIXES = (".md", ".markdown", ".qmd", ".rmd", ".mdx")


def read(path: Path, source: str) -> tuple[Article, list[Problem]]:
    """One Markdown article and its warnings; a ContentError when it has errors."""
    reader = _MarkdownReader(path)
    if path.suffix.lower() == ".mdx":
        source = _without_mdx_modules(source)
    with figures.reading(reader.builder.images):  # where _InlineWalk's images go
        return reader.read(source)


# MDX (Docusaurus) is Markdown with JSX: its `import X from '…'` and `export …` lines load
# components and say nothing; blanked, each keeps its line so every later line keeps its
# number. Inside a code fence they are code, and stay.
_MDX_MODULE_LINE = re.compile(
    r"^(?:import\s+[^\n]*?\bfrom\s+['\"][^'\"]+['\"]|import\s+['\"][^'\"]+['\"]|"
    r"export\s+(?:default\s+|const\s+|function\s+|\{)[^\n]*);?\s*$")


def _without_mdx_modules(source: str) -> str:
    lines, fence, open_until = source.split("\n"), None, None
    for at, line in enumerate(lines):
        if open_until is not None:
            # A statement over several lines ("import {\n  Tabs,\n} from '…';", "export
            # const meta = {\n  author: …,\n};"): blanked to its end, or its lines were
            # read as text ("author: [...] , level: 2, };" was asked).
            lines[at] = ""
            if open_until(line):
                open_until = None
            continue
        opened = re.match(r"^\s*(`{3,}|~{3,})", line)
        if opened and (fence is None or opened[1][0] == fence[0] and len(opened[1]) >= len(fence)):
            fence = None if fence is not None else opened[1]
        elif fence is None and _MDX_MODULE_LINE.match(line) and not _opens_more(line):
            lines[at] = ""
        elif fence is None and re.match(r"^import\s+(?:\w+\s*,\s*)?\{[^}]*$", line):
            lines[at] = ""
            open_until = _MDX_IMPORT_END.search
        elif fence is None and re.match(r"^export\s+(?:default|const|let|function)\b", line) \
                and _opens_more(line):
            lines[at], depth = "", [0]
            for c in line:
                depth[0] += (c in "{([") - (c in "})]")

            def closes(text: str, depth=depth) -> bool:
                for c in text:
                    depth[0] += (c in "{([") - (c in "})]")
                return depth[0] <= 0
            open_until = closes
    return "\n".join(lines)


# A title numbering a step with no digit (a title holding one is no name: _NOT_NAME):
# "③ …", "⑴ …", "➀ …", "第三步".
_STEP_TITLE = re.compile(r"\s*(?:[\u2460-\u24ff\u2776-\u2793]|第[一二三四五六七八九十]+步)")
# A content tab of MkDocs Material (pymdownx.tabbed): `=== "Python"`, `===+ "Step 2"`,
# `===! "New group"`, its body indented under it as an admonition's is.
_CONTENT_TAB = re.compile(r'^(?P<indent>[ \t]*)===[!+]{0,2}[ \t]+(?P<title>"[^"\n]*")[ \t]*$',
                          re.M)


def _fences(lines: list[str], indented: bool = False, bare_close: bool = False) -> list[str]:
    """Each line's place: "text", "opens" (a code fence's first line) or "code" (inside a
    fence, its closing line too). `indented`: a fence at any indent (inside a tab or a
    box); `bare_close`: only a line of the fence's characters closes it (CommonMark)."""
    kinds, fence = [], ""
    for line in lines:
        opened = _FENCE_LINE.match(line.lstrip() if indented else line)
        if fence:
            kinds.append("code")
            if opened and opened[1][0] == fence[0] and len(opened[1]) >= len(fence) and \
                    not (bare_close and line.strip().strip(fence[0])):
                fence = ""
        elif opened:
            kinds.append("opens")
            fence = opened[1]
        else:
            kinds.append("text")
    return kinds


# A statement of SQL typed as text: it opens on a statement's keyword and goes on in
# keywords, names and values, no lower-case word of prose among them ("CREATE IF NOT
# EXISTS", "ALTER TABLE users ADD COLUMN email VARCHAR(100);", "SELECT name FROM users
# WHERE id = 1"). "DELETE the old rows before you load" is an instruction, its words prose.
_SQL_OPENING = re.compile(r"(?:SELECT|INSERT\s+INTO|UPDATE|DELETE\s+FROM|CREATE|ALTER|DROP|"
                          r"TRUNCATE|GRANT|REVOKE|WITH)\b")
_SQL_KEYWORDS = frozenset("""FROM WHERE TABLE INTO VALUES SET IF NOT EXISTS INDEX COLUMN ADD
    JOIN ON BY GROUP ORDER DATABASE VIEW SCHEMA PRIMARY KEY REFERENCES DEFAULT NULL AS AND OR
    IN LIMIT UNIQUE CONSTRAINT CONCURRENTLY TO""".split())


# A licence or copyright line: "Licensed under [CC0 1.0 Universal](…)", "License: MIT",
# "© 2021 Jane Doe", "Copyright (c) 2020", "CC BY-SA 4.0".
# Only opening the line (after a bullet, and "This work is"): "Software licensed under the
# GPL must …" in a law course is a fact, so is "The Copyright Act 1976 …".
# The notes themselves as the subject ("This work is licensed under …", "All content on this
# site is …"): "The Linux kernel is licensed under GPL-2.0" in a licensing course is a fact
# (the second re-read).
_LICENCE_LINE = re.compile(
    r"^[\W\d]*(?:(?:this|these|the|all|my|our)\s+(?:[\w-]+\s+){0,2}?(?:work|works|notes?|"
    r"page|pages|document|site|website|repository|repo|content|material|materials|text|book|"
    r"guide|summary|blog|post|wiki|slides|deck)(?:\s+(?:on|in|of)\s+(?:this|these|the)\s+"
    r"[\w-]+)?\s+(?:is|are)\s+)?"
    r"(?:licen[sc]ed\s+under|licen[sc]e\s*:\s*\W*(?:cc\b|mit\b|gpl|lgpl|agpl|apache|bsd|mpl|"
    r"unlicense|public\s+domain|creative\s+commons)|copyright\s+(?:\(c\)|©)|©\s*\d{4}|"
    r"cc\s+(?:by(?:-(?:sa|nc|nd))*|0)\s+\d\.\d)", re.I | re.M)


MAX_LICENCE_WORDS = 24  # a licence line, not a paragraph about licences
MAX_CREDIT_ITEMS = 6  # a note's credits: what it is, whose, under what licence
_LICENCE_SKIPPED = "who may use the notes, and how, is no fact of the subject"


def _licence(text: _Inline) -> bool:
    """Whether a line is a licence or copyright line at a note's foot ("© 2023 Jane Doe. All
    rights reserved.", "License: CC BY-SA 4.0"): asked, "© [2023] Jane Doe" and "[License]
    — CC BY-SA 4.0" (junk). Not a marked line, nor a paragraph about licences."""
    return "**" not in text.text and _words(text.plain) <= MAX_LICENCE_WORDS and \
        _LICENCE_LINE.search(text.plain) is not None


# A bracket of names or values parted by commas, "(id, name)", "(1, 'admin')": not "(this
# speeds up lookups by customer)", prose in brackets.
_COLUMN_LIST = re.compile(r"\(\s*[^\s(),]+(?:\s*,\s*[^\s(),]+)*\s*\)")


def _typed_code(plain: str) -> bool:
    """Whether a line is a statement of SQL typed as text (_SQL_OPENING): after its opening
    keyword, another keyword, and every word a keyword, an identifier or a value."""
    found = _SQL_OPENING.match(plain.strip())
    if found is None:
        return False
    # (A column list in brackets, "(id, name)", holds names, not prose.)
    rest = plain.strip()[found.end():]
    # (A column list in brackets, "(id, name)", holds names, not prose; a comma ends a run
    # of names, "SELECT name, email FROM users".)
    words = re.findall(r"[^\s;()]+", _COLUMN_LIST.sub(" ", rest))
    keywords = sum(word.strip(",") in _SQL_KEYWORDS for word in words)
    # A statement has two keywords ("CREATE IF NOT EXISTS"), or one and a name or a sign
    # ("SELECT * FROM t"): "WITH HIGH FEVER AND RASH, THINK OF MEASLES" is a shout.
    if not keywords or keywords == 1 and not re.search(r"[a-z_*=;'\"0-9]", rest):
        return False
    # Prose has words of small letters between its capitals, in any script: "ALTER the
    # table if it exists", "DROP TABLE löscht Struktur und Daten", "DROP TABLE 은 테이블
    # 구조와 …": two words of prose in a row.
    prose = 0
    for word in words:
        bare = word.strip(",.:")
        if bare in _SQL_KEYWORDS or bare.isupper() or not re.fullmatch(r"[^\W\d_]{2,}", bare):
            prose = 0
            continue
        prose += 1
        if prose == 2:
            return False
        if word.endswith(","):
            prose = 0  # "name, email": a list of names
    return True


# An item of a formula's legend, its math shielded (shield_math): the symbol, then a colon,
# dash, "=" or "is", then what it stands for.
_SYMBOL_LEGEND_ITEM = re.compile(r"(?P<symbol>\\\(\ue000+\\\))\s*(?:[:：=—–-]|\bis\b|\bare\b)"
                                 r"\s*(?P<meaning>[^\ue000]+)")
MAX_LEGEND_WORDS = 10


# The word between a formula and its legend: "where:", "with", "其中：", "여기서".
_LEGEND_LEAD = re.compile(r"\W*(?:where|with|here|in\s+which|wobei|mit|dabei\s+ist|où|avec|"
                          r"dove|con|donde|gdzie|где|onde|其中|式中|여기서|ここで)\s*[:：,，]?\s*",
                          re.I)


def _same_tex(one: str, other: str) -> bool:
    """Whether two bits of TeX typeset the same, braces and spaces aside: "v_e", "v_{e}"."""
    return re.sub(r"[{}\s]", "", one) == re.sub(r"[{}\s]", "", other)


def _told_by_title(title: str, meaning: str) -> bool:
    """Whether a heading says a letter's meaning: two words of it ("Escape velocity" of
    "the escape velocity of the body"). One word is a topic, no answer: "Gravitation"
    over "the gravitational constant"."""
    return len(content_stems(title) & content_stems(meaning)) >= 2


def _display_tex(block: SyntaxTreeNode | None) -> str | None:
    """The TeX of a display formula that states something (=, <, ∝ …): a `$$…$$` block, or
    one quoted alone ("> $$F = …$$"); None for any other block."""
    if block is not None and block.type == "blockquote" and len(block.children) == 1:
        block = block.children[0]
    if block is None or block.type != "math_block":
        return None
    tex = block.content.strip()
    return tex if _STATEMENT_TEX.search(tex) else None


def _formula_images(body: str) -> str:
    """The body with each image of a formula service as its TeX (formula_images), outside
    code. Same lines, same numbers."""
    if "//" not in body:  # an address, "https://…" or "//latex.codecogs.com/…"
        return body
    lines = body.split("\n")
    for at, kind in enumerate(_fences(lines, indented=True)):
        if kind == "text":
            lines[at] = with_formulas(lines[at])
    return "\n".join(lines)


def _content_tabs(body: str) -> str:
    """The body with each content tab typed as the box it is read as (`!!! tabbed
    "Title"`): its title the context of its indented body. Left as typed, `=== "③
    キーをコピーして使ってみよう"` showed on a card whose gap hid its title (blind sample
    3101: junk). Same line, same number; inside a fence it is code, and stays."""
    if not _CONTENT_TAB.search(body):
        return body
    lines = body.split("\n")
    for at, kind in enumerate(_fences(lines, indented=True)):
        if kind == "text" and (tab := _CONTENT_TAB.fullmatch(lines[at])) is not None:
            lines[at] = f"{tab['indent']}!!! tabbed {tab['title']}"
    return "\n".join(lines)


# A line of HTML tags and nothing else: `<center>`, `<div class="fig">`, `</div>`, `<div
# style="page-break-after: always;"></div>`.
_TAG_LINE = re.compile(r"^ {0,3}(?:</?[A-Za-z][^<>]*>[ \t]*)+$")
# Tags whose block CommonMark reads raw to their closing tag, blank lines and all (`<pre>`
# over a shell's "# comment" is code, no heading), and images, which are content.
_RAW_OR_IMAGE_TAG = re.compile(r"<(?:pre|script|style|textarea|img)\b", re.I)
# An ATX heading's line.
_HEADING_LINE = re.compile(r"^ {0,3}#{1,6}(?:\s|$)")


def _blocks_out_of_html(body: str) -> str:
    """The body with a line of HTML tags blanked where a fence opens or a heading stands
    right under it.

    CommonMark reads `<center>` and the code chunk on the next line as one HTML block that
    ends at the chunk's first blank line; the code after that became paragraphs, and the
    chunk's closing fence opened a new one that swallowed the rest of the note (an R
    Markdown slide: `mtext(side = 2, …, "[...]")` was asked, blind sample 3005). knitr and
    Quarto run the chunk before any Markdown is read, and a fence typed anywhere means code.
    So a heading under a page break (`<div style="page-break-after: always;"></div>` over
    "## News Vendor model") was HTML, lost, and its section's lines read under the heading
    before ("Miscellaneous This is [periodic review]", blind sample 3101: junk). Blanked, not
    removed: every later line keeps its number."""
    if "<" not in body:
        return body
    lines = body.split("\n")
    for at, kind in enumerate(_fences(lines, bare_close=True)):
        if not ((kind == "opens" or kind == "text" and _HEADING_LINE.match(lines[at])) and at
                and _TAG_LINE.match(lines[at - 1])):
            continue
        if _IMAGE_TAGS_LINE.match(lines[at - 1]):
            # `<img src="cell.png" width="300">` right over "## Mitosis": the picture is
            # content, written as the Markdown image it is; as HTML it took the heading
            # into its block, and the section's cards went under the heading before.
            lines[at - 1] = _IMAGE_TAG.sub(_markdown_image, lines[at - 1])
        elif not _RAW_OR_IMAGE_TAG.search(lines[at - 1]):
            lines[at - 1] = ""
    return "\n".join(lines)


# A line of `<img>` tags alone, and one tag.
_IMAGE_TAG = re.compile(r"<img\b[^<>]*>", re.I)
_IMAGE_TAGS_LINE = re.compile(r"^ {0,3}(?:<img\b[^<>]*>[ \t]*)+$", re.I)


def _markdown_image(tag: re.Match) -> str:
    """An `<img>` tag as the Markdown image it shows (its alt, else its title, as the
    alt), or as typed without a source."""
    said = figures.tag_attributes(tag.group())
    source = said.get("src", "").strip()
    if not source:
        return tag.group()
    return figures.markdown_image(source, " ".join((said.get("alt") or said.get("title")
                                                    or "").split()))


def _opens_more(line: str) -> bool:
    """Whether a line opens more brackets than it closes: a statement going on below."""
    return sum(line.count(c) for c in "{([") > sum(line.count(c) for c in "})]")


_MDX_IMPORT_END = re.compile(r"\}\s*from\s+['\"][^'\"]+['\"]")


# -- small text helpers ------------------------------------------------------------------


def strip_emoji(value: str) -> str:
    """A heading without its pictographs: "🧬 Mitosis ✨" -> "Mitosis". Its formulas are
    kept whole: "^" is a symbol (Sk), and a table's column "$A$ ($\\mathrm{cm^2}$)" reached
    its cards as "\\(\\mathrm{cm2}\\)", the TeX changed."""
    spans = math_spans(value)
    if spans:
        pieces, at = [], 0
        for start, end in spans:
            pieces += [_no_pictographs(value[at:start]), value[start:end]]
            at = end
        kept = "".join(pieces) + _no_pictographs(value[at:])
    else:
        kept = _no_pictographs(value)
    return " ".join(kept.split())


def _no_pictographs(value: str) -> str:
    if value.isascii():  # most headings: of ASCII, only "^" and "`" are symbols (Sk)
        return value.replace("^", "").replace("`", "")
    return "".join(
        c for c in value
        if unicodedata.category(c) not in ("So", "Sk", "Cs", "Co", "Me")
        and c not in "\u200d\ufe0e\ufe0f"
    )


@lru_cache(maxsize=4096)  # a heading is asked for its slug two or three times
def _slug(heading: str) -> str:
    """Section ids and topics: numbering ("2.", "3:18") and emoji are not part of a name."""
    return heading_slug(strip_emoji(heading))


# Words writers italicise for stress; hiding one would make a card about nothing.
_STRESSED_WORDS = frozenset("""
    a all always an and any both but can cannot do does each either every few is just least
    less may more most must never no none nor not now only or same should some than that the
    then these this those very was were what when which who why will with without would
""".split())


# A case named by its value: "Perfect Inelastic = 0", "Elastic > 1", "Unit elastic = 1":
# a name of words, a relation, and a value of at most three words (not a chain, "Half-Step =
# One Fret = Half-tone", nor a sum).
_NAMED_VALUE = re.compile(r"(?P<name>[^\W\d_](?:[^\W\d_]|['’-])*(?:\s(?:[^\W\d_]|['’-])+){0,2}?)\s*"
                          r"(?P<relation><=|>=|=|<|>|≈|≤|≥)\s*"
                          r"(?P<value>[^\s=<>+*/−-][^\s=<>+*/]*(?:\s[^\s=<>+*/−-][^\s=<>+*/]*){0,2})")
# A class named by its range: "Kurzzeitausdauer (<35s)", "Stage 2 (160–179 mmHg)" (the
# bracket opening on a bound or a number).
_NAMED_RANGE = re.compile(r"(?P<name>[^\W\d_][\w'’-]+(?:\s[\w'’-]+){0,3}?)\s*"
                          r"\((?P<value>\s*[<>≤≥~≈]?\s*\d[^()]{0,24})\)")
# A range or a bound in brackets ("<35s", "35s - 8min", "0° < 10°"), not a year, a share
# or a date ("Asch (1951)", "Midterm exam (30%)", "Memory (10 Sept)": the re-read).
_BOUND = re.compile(r"[<>≤≥]|\d[^\W\d_°%]{0,4}[°%]?\s*(?:[-–—]|to|bis|à|a)\s*\d")
# A setting's name, "DEBUG", "TIMEOUT": code, no case to recall.
_SETTING_NAME = re.compile(r"^[A-Z]{2,}$")
# A statistic, a grade's part or an answer's count ("Mean = 12", "Homework = 20", "Yes =
# 45"), and a section of results or data: values of a data set, no cases to recall.
_DATA_NAME = re.compile(r"mean|median|mode|range|variance|sd|std|total|sum|average|count|"
                        r"min(?:imum)?|max(?:imum)?|n|homework|midterm|final(?:\s+exam)?|exam|"
                        r"quiz(?:zes)?|project|participation|attendance|labs?|yes|no|"
                        r"undecided|other|score", re.I)
_DATA_TITLE = re.compile(r"\b(?:results?|data|grading|grades?|scores?|output|survey|poll|"
                         r"statistics)\b", re.I)
_MEASURED = re.compile(r"\d\s*[^\W\d_]|\d\s*[%°/]")
# A list's lead that the items finish ("A symmetric matrix $A$ is:", "Un espacio es:"), and
# an item that is a term and the condition that makes the subject it ("Positive definite
# (PD) if for all non-zero $x$ …", "compacto si …").
_COPULA_LEAD = re.compile(r"(?P<lead>.{3,120}?\b(?P<copula>is|are|is\s+called|are\s+called|est|"
                          r"sont|è|sono|es|son|ist|sind|é|são))\s*[:：]?$", re.I)
# The word for "if" in the lead's language: Spanish "se" is a reflexive, not "if" ("Fiebre
# alta se mantiene …", the re-read); Italian and Portuguese "se" is.
_IF_BY_COPULA = {"es": "si|cuando", "son": "si|cuando", "è": "se|quando", "sono": "se|quando",
                 "é": "se|quando", "são": "se|quando", "est": "si|quand|lorsque",
                 "sont": "si|quand|lorsque", "ist": "wenn|falls", "sind": "wenn|falls"}
# (Not an item opening on an article, a sentence of its own: "- La fiebre se mantiene alta
# …" under "Los síntomas más frecuentes son:", "- The median when …": the re-read.)
_TERM_ON_CONDITION = re.compile(r"(?!(?:the|a|an|la|le|les|il|lo|gli|el|los|las|der|die|das|"
                                r"ein|eine|o|os|as|um|uma|un|une|una|uno|this|these)\b)"
                                r"[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,2}(?:\s+\([^()]{1,12}\))?"
                                r"\s+(?P<conjunction>if|when|whenever|iff|si|se|wenn|falls|quand|"
                                r"cuando|lorsque|quando)\b", re.I)
# The two columns of a change: what was before and what came after.
_BEFORE_HEADER = re.compile(r"\W*(?:before|then|past|old|previously|avant|autrefois|vorher|"
                            r"früher|davor|prima|antes|voor|przed|до|以前|之前)\b", re.I)
_AFTER_HEADER = re.compile(r"\W*(?:after|now|present|today|new|afterwards|après|aujourd['’]hui|"
                           r"nachher|heute|danach|dopo|oggi|después|despues|depois|hoje|"
                           r"po|после|以后|之后|现在)\b", re.I)
# A Pandoc citation key ending a label: "Chapter 1.1--1.4 in @Brockwell:Davis:2002".
_CITATION_KEY_END = re.compile(r"@[\w.#$%&+?<>~/-]+$")
# The abbreviations that link a sentence's parts, often set in italics as Latin: never a
# term, whatever marks them.
_ABBREVIATED_LINKS = frozenset("""i.e. i.e e.g. e.g ie eg etc. etc cf. cf viz. viz vs. vs
    n.b. nb ca. z.b. d.h. u.a. bzw. p.ej. cioè p.es. c.-à-d. vgl.""".split()) | {
    "et al.", "ad es.", "p. ex.", "z. b."}
def _abbreviated_link(inside: str) -> bool:
    """Whether marked text is one of _ABBREVIATED_LINKS ("i.e.", "z.B.", "N.B.", "E.g."):
    without its stops only in small letters ("etc", "vs")."""
    word = inside.rstrip(",:")
    if "." not in word and word[:1].isupper():
        return False  # "ETC" (the electron transport chain), "Nb", "Cf": no Latin
    return word.casefold() in _ABBREVIATED_LINKS


_SYMBOL_NAMES = {"<": " lt ", ">": " gt ", "=": " eq ", "+": " plus ", "-": " minus ",
                 "≤": " le ", "≥": " ge ", "∞": " inf ", "/": " over ", "^": " pow "}


def _spell_symbols(value: str) -> str:
    return "".join(_SYMBOL_NAMES.get(c, c) for c in value)


# Quizzes: options "(a) …", "a) …", "A. …" (several may share one line), "Answer: C".
_OPTION = re.compile(r"^\(?(?P<letter>[A-Ea-e])[.)]\s+(?P<text>.+)$", re.S)
_INLINE_OPTIONS = re.compile(r"\s{2,}(?=\(?[A-Ea-e][.)]\s)")
_ANSWER = re.compile(r"^(?:\*\*)?(?:correct\s+)?answer\s*[:=]\s*\(?(?P<letter>[A-Ea-e])\)?\b",
                     re.I)
_TICK = re.compile(r"\s*\(?[✓✔]\)?\s*")
# A question or an exam prompt with no answer: no card.
_PROMPT = re.compile(
    r"\?\s*(?:\(\d+\s+marks?\))?$|\(\d+\s+marks?\)\s*$|^(?:\d+[.)]\s*)?(?:contrast|"
    r"evaluate|assess|analy[sz]e|identify|suggest|justify|calculate|examine|to what extent|"
    # learning objectives too: "Understand the functions of …", "Differentiate between …"
    rf"{_LEARNING_VERBS})\b", re.I)
# A sentence inviting the reader on, in Japanese and Chinese notes: "…見てみましょう。",
# "…考えていきましょう。", "让我们来看…", "下面我们来看…".
_INVITATION = re.compile(r"(?:てみましょう|ていきましょう|でみましょう|しましょう|みよう)"
                         r"[。！!]?\s*$|^(?:下面|接下来|接下來)?(?:让|讓)?(?:我们|我們)(?:来|來)看")
# An exercise's task: "Find the absolute extrema of …", "Determine whether …", "Show that
# …", "Prove that …", "Compute …", "Solve …", "Sketch the graph of …".
_EXERCISE = re.compile(r"^\W*(?:\d+[.)]\s*)?(?:(?:find|determine|compute|solve|sketch|verify|"
                       r"calculate|evaluate)\s+(?:the|all|a|an|each|every|whether|if|how|which|"
                       r"what|where|when|why|for)\b|(?:find|determine|compute|calculate)\s+"
                       r"[^:.;]{1,40}:|(?:show|prove)\s+that\b|(?:bestimme|berechne)\s+(?:den|die|"
                       r"das|alle|ob)\b|zeige,?\s+dass\b|(?:trouver|déterminer|calculer)\s+(?:le|"
                       r"la|les|l['’])|montrer\s+que\b|(?:calcola|determina)\s+(?:il|la|lo|i|"
                       r"le|gli|l['’])|dimostra(?:re)?\s+che\b|(?:halla|calcula)\s+(?:el|la|"
                       r"los|las)\b|demuestra\s+que\b)", re.I)
# (A verb and what it works on: "Find returns the representative …", "Compute shaders
# run …" state facts, the code re-read found.)
# A question typed without its "?": opening on an auxiliary verb, as only a question does
# ("Is the emotion … realistic enough."). Not a question word: "When the Northern
# Hemisphere is tilted …" answers the question above it (the code review).
_QUESTION_OPENING = re.compile(
    r"^(?:is|are|was|were|do|does|did|can|could|should|would|will|has|have|ist|sind|hat|"
    r"haben|kann|können|est-ce|is\s+het)\s|^¿", re.I)
# FAQ pairs: "Q: … ? A: …".
_QA_PAIR = re.compile(r"^(?:Q|Question)\s*[:.]\s*(?P<q>.+?\?)\s+(?:A|Answer)\s*[:.]\s*"
                      r"(?P<a>.+)$", re.S)


# An option this short, unmarked among unmarked ones, is an option, not a point.
MAX_OPTION_WORDS = 6
# An option that answers by the others: "None of the above", "All of these", "Both A and B".
_ABOUT_THE_OTHERS = re.compile(r"(?:none|all|both|neither)\s+(?:of\s+)?(?:the\s+)?"
                               r"(?:above|these|options)|(?:both\s+)?[A-E]\s+and\s+[A-E]\b",
                               re.I)


def _lettered_options(items: list[SyntaxTreeNode]) -> list[tuple[str, str, bool, int]] | None:
    """(letter, text, marked, line) of each item of a list of lettered options ("A. …",
    "(b) …", a bold or ticked one the answer), two or more, each one paragraph; None for
    any other list. The letters run from A: "C. elegans" alone is no option."""
    options = []
    for index, item in enumerate(items):
        if len(item.children) != 1 or item.children[0].type != "paragraph":
            return None
        shown = _inline(_inline_child(item.children[0]))
        found = _OPTION.match(unmark(shown.text))
        if found is None or found["letter"].casefold() != "abcde"[min(index, 4)]:
            return None
        options.append((*_option(shown, index, shown.task == "done"), _line(item)))
    return options if len(options) >= 2 else None


def _option(shown: _Inline, index: int, ticked: bool) -> tuple[str, str, bool]:
    """(letter, text, marked) of a multiple-choice option."""
    text = shown.text
    found = _OPTION.match(unmark(text))
    letter = found["letter"] if found else "abcdefgh"[index % 8]
    plain = found["text"] if found else unmark(text)
    marked = ticked or bool(_TICK.search(plain) and any(c in plain for c in "✓✔")) or (
        text.strip().startswith("**") and text.strip().endswith("**")) or bool(
        found and text.count("**") >= 2 and unmark(text).endswith(found["text"]) and
        f"**{found['text']}**" in text)
    plain = _TICK.sub(" ", plain).strip() if any(c in plain for c in "✓✔") else plain
    return letter, plain.strip(), marked


def _are_steps(texts: list[_Inline]) -> bool:
    """Whether the items of an ordered list are the steps of a procedure: 2 to 8 short
    items, each an instruction (statements.opens_a_step), but for one of three or
    more that is not the first ("4. The largest value is the absolute maximum": what the
    steps found)."""
    if not 2 <= len(texts) <= MAX_GROUPED_ITEMS or any(
            _words(t.plain) > MAX_ITEM_WORDS or is_chinese_sentence(t.plain) for t in texts):
        return False
    steps = [opens_a_step(t.plain) for t in texts]
    return steps[0] and (all(steps) or len(steps) >= 3 and sum(steps) == len(steps) - 1)


# A line opening on how many there are ("5 shifters of demand", "Three types of rock",
# "Drei Arten von Gestein", "五类经济交易"), a list's title typed without its colon.
_COUNTED_TITLE = re.compile(
    rf"(?:\d{{1,2}}|{_NUMBER_WORDS}|zwei|drei|vier|fünf|sechs|"
    r"deux|trois|quatre|cinq|due|tre|quattro|cinque|sei|dos|tres|cuatro|cinco|seis|"
    r"duas|três|quatro)\s+[^\W\d_]{3,}|[一二三四五六七八九十两]+[类種种个個点點条條项項大步]",
    re.I)


# A worksheet's or a book's reference to a document by its number: "Doc 5", "Document 2",
# "Source A", "Fig. 3", "Annexe 1", "Abbildung 4", "M3".
_DOCUMENT_REFERENCE = re.compile(
    r"(?:doc(?:ument)?s?|source|sources|fig(?:ure)?|annexe|anhang|abb(?:ildung)?|"
    r"quelle|material|texte?|m)\s*\.?\s*(?:\d{1,3}[a-z]?|[A-H])", re.I)


# An editor's aside opening a line: where the notes come from or continue.
_EDITORIAL_OPENING = re.compile(r"\W*(?:adapted|continued|notes?|source|from|based|taken|"
                                r"summari[sz]ed|excerpt|see|slides?)\b", re.I)
# A meaning opening on an indefinite article: "**A subdominant chord resolving to …**".
_INDEFINITE_OPENING = re.compile(r"\W*(?:a|an|un|une|una|uno|um|uma|ein|eine|een)\s", re.I)


def _meaning_marked_whole(content: str, text: _Inline) -> bool:
    """Whether a line or an item is bold over a meaning (no verb, no sentence's end, no
    editor's aside): emphasis over what its heading means, read as the unmarked line is
    (describes). Not italics: "*Adapted from Campbell Biology …*", "*Slides twelve to
    twenty …*" are asides (the re-reads); a whole sentence in bold is the author's style
    over a fact of its own, read as written (paragraph())."""
    raw = content.strip()
    return raw.startswith(("**", "__")) and raw.endswith(("**", "__")) and \
        _wholly_marked(text.text) and not _EDITORIAL_OPENING.match(text.plain) and \
        not text.plain.rstrip("*_ ").endswith((".", "!", "。")) and \
        not _FINITE_VERB.search(text.plain)


def _bold_meaning(content: str, text: _Inline, following: SyntaxTreeNode | None) -> bool:
    """Whether a line right under a heading is its meaning set in bold ("### Plagal
    Cadence" / "**A subdominant chord resolving to the tonic**", _meaning_marked_whole).
    Over a paragraph, only a meaning opening on an indefinite article: "**The light-
    dependent stage in the thylakoid membranes**" titles the paragraph under it."""
    return _meaning_marked_whole(content, text) and (
        following is None or following.type != "paragraph"
        or bool(_INDEFINITE_OPENING.match(text.plain)))


def _joined_fact(items: list[tuple[str, int]], ordered: bool = False,
                 steps: bool = False) -> Fact:
    """One fact of several items ("a; b; c"), each marked phrase kept with its item's line:
    the note's clozes each come from one item (Fact.parts)."""
    parts = tuple((phrase, line) for text, line in items for _, _, phrase in marks(text))
    return Fact(Text("; ".join(text for text, _ in items), items[0][1]), parts=parts,
                ordered=ordered, steps=steps)


def _wholly_marked(text: str) -> bool:
    """"**Sensory memory**": one mark over the whole text, which leaves no front."""
    found = marks(text)
    return len(found) == 1 and found[0][2].strip() == unmark(text).strip()


def _item_cloze(text: str) -> str:
    """An unlabelled item with its head marked: "the spinning jenny (James Hargreaves,
    c. 1764)" hides "the spinning jenny" and keeps the rest as the clue."""
    head, rest = _item_parts(text)
    head = head.strip().rstrip(".;,")
    return f"**{head}**{rest}" if head else text


def _item_parts(text: str) -> tuple[str, str]:
    tail = _ITEM_TAIL.search(shield_math(text))
    return (text[:tail.start()], text[tail.start():]) if tail and tail.start() else (text, "")


def _item_head(text: str) -> str:
    """What an unlabelled item hides: its text before a parenthesis or a dash."""
    return unmark(_item_parts(text)[0]).strip()


_TRAILING_VERB = re.compile(r"\s+(?:are|is|were|was|include|includes)$", re.I)
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)


def _item_name(text: str) -> str | None:
    """A grouped item that is a name ("The Calvin Cycle", "Glycolysis"), without its
    article: up to four words, capitalised, no digit. None for a point or a phrase."""
    head = _LEADING_ARTICLE.sub("", _item_head(text)).rstrip(".;,")
    if not head or not head[0].isupper() or any(c.isdigit() for c in head) or \
            _words(head) > 4 or not _is_term(head) or _CLAUSE_VERB.search(head):
        return None
    return head


def _bare_name(text: str) -> bool:
    """An item that is a name and nothing more ("- Schizoaffective disorder"): no clue of its
    own in brackets or after a dash, no sentence, no comparison ("- Macro vs Micro" names
    a topic to compare, not one member of a set)."""
    return _item_name(text) is not None and not _item_parts(text)[1].strip() and \
        not unmark(text).rstrip().endswith(".") and not _COMPARISON.search(text) and \
        not _WHEN_WORD.search(unmark(text))


_COMPARISON = re.compile(r"\b(?:vs\.?|versus)(?!\w)", re.I)
# "Hydrocortisone if refractory shock", "Bloddyrkning før antibiotika": a step and when it is
# taken, no name of a set (asked from its siblings' labels, "Abx; Fluids; […]", it was junk).
_WHEN_WORD = re.compile(r"\b(?:if|when|unless|before|after|until|once|hvis|når|før|efter|"
                        r"ved|inden|om|si|cuando|antes|después|quando|prima|dopo|wenn|falls|"
                        r"bevor|nachdem|lorsque|avant|après)\b", re.I)


# The year an item ends with, in brackets: "(1712)", "(Abraham Darby, 1709)", "(c. 1764)".
_ITEM_YEAR = re.compile(rf"\((?:[^()]*,\s*)?(?:c\.\s*)?({YEAR_DIGITS})\)\s*$")
_SUBJECT_IS = re.compile(r"^[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,3}\s+(?:is|are|was|were)\s",
                         re.I)
_PRONOUN_SUBJECTS = frozenset("it this these they there he she we you its their".split())
# A line opening with one may still say what its heading is ("They are made in …"): the word
# stands for the heading's thing. (statements._POINTING_OPENERS, the subjects that point at
# what a card does not show, add the relative "that" and "which", and lack "he", "its".)
_POINTING_SUBJECTS = _PRONOUN_SUBJECTS | {"those"}


def _is_sentence(head: str) -> bool:
    """A whole sentence, not a name or a short point: five words or more ending in a full
    stop, or opening with a pronoun ("It makes ATP for the next stage"); or four words or
    more with a subject and its verb ("T cells mature in the thymus", "B cells are made in
    the bone marrow"), which hidden whole would leave nothing to cue them."""
    words = head.split()
    if len(words) >= 4 and (says_what_it_does(head) or _SUBJECT_IS.match(head)
                            or states_of_its_subject(head)):
        return True
    foreign = _FOREIGN_SENTENCE.match(head)
    # (an English word between two names is no German verb: "Treaty between Britain and
    # Japan", "Alliance against France" are names of a list)
    if len(words) >= 3 and foreign and (foreign["verb"] or "").casefold() not in STOP_WORDS:
        return True
    return len(words) >= 5 and (head.endswith(".") or
                                words[0].casefold().strip(",") in _PRONOUN_SUBJECTS)


# A terse sentence of a Romance language or German, its subject and its verb ("Le noyau
# contient l'ADN", "Las mitocondrias producen ATP", "Die Mitochondrien produzieren ATP",
# "Ribosomen synthetisieren Proteine"): English verbs (says_what_it_does) know none of
# them, and such items were hidden whole beside each other ("[…]; Der Zellkern enthält die
# DNA; …", lang19). An article, a noun and an adjective at most, a verb of the third person
# in lower case, and words after it; in German a capitalised noun, its verb, and a noun.
_FOREIGN_SENTENCE = re.compile(
    rf"(?i:{ROMANCE_ARTICLE})[^\W\d_][\w'’-]*(?:\s+[a-zà-ÿ][\w'’-]*)??\s+"
    # (no preposition joined to its article, "Il sistema delle alleanze")
    r"(?!(?:della|delle|dello|degli|dalla|dalle|dallo|dagli|nella|nelle|nello|negli|sulla|"
    r"sulle|alla|alle|allo|agli|entre|contre|sobre|dentro|durante|come|comme|como|senza|"
    r"sans|verso|vers|hacia)\b)"
    # a reflexive or a form of "to be" or "to have", or a plural verb, then anything; a
    # singular one (as often an adjective: "La membrana plasmatica esterna") before what
    # it acts on, an article or a name ("contient l'ADN", "contiene el ADN")
    r"(?:(?:(?:se|si)\s+[a-zà-ÿ]+|è|es|est|sont|son|sono|ha|hanno|ont|tiene|tienen|é|são|"
    r"tem|têm|[a-zà-ÿ]{3,}(?:ent|ont|ano|ono|an|en))\s+\S"
    r"|[a-zà-ÿ]{3,}[eat]\s+(?:(?:el|la|los|las|le|les|il|lo|gli|i|un|una|une|des|du|o|a|os|"
    r"as|um|uma)\s+|l['’]|[A-ZÀ-Ý]))"
    # German: a capitalised noun (its article before it), its verb, and a noun
    r"|(?:(?:Der|Die|Das|Ein|Eine)\s+)?[A-ZÄÖÜ][\wäöüß-]+\s+(?P<verb>[a-zäöüß]{3,}(?:t|en))\s+"
    r"(?:(?:der|die|das|den|dem|ein|eine|einen)\s+)?[A-ZÄÖÜ]")


# A definition opening that ends "… occurs when <word>" (its verb and the word after it).
_OCCURS = re.compile(rf"(?:^|\b){_OCCURS_WHEN}\s+\S+$", re.I)


def _occurs_when_term(name: str, rest: str) -> bool:
    """Whether `name` is a term "X occurs when …" defines: a name of two words or more
    ("Atrial fibrillation") or one long word ("Deadlock", "Inversion"); not a word that
    points or names no thing ("The problem", "Another complication", "This"), nor a short
    common word ("Pain occurs when the patient lies flat": many things do), nor a name
    the `rest` of its sentence half-says ("Left ventricular failure occurs when there is
    dysfunction of the left ventricle")."""
    words = [w.casefold() for w in name.split()]
    if not words or words[0] in _NOT_TERMS or words[-1] in _NOT_A_NAME_WORDS | _OPEN_QUESTIONS \
            or not name[:1].isupper():
        return False  # (a lowercase "dissonance occurs when …" is an item's note, no term)
    sentence = _SENTENCE_BREAK.split(rest, maxsplit=1)[0]
    return (len(words) >= 2 or len(words[0]) >= 7) and not giveaways(sentence, name)


# A word or phrase of a language written in Latin letters glossed in Chinese, Japanese or
# Korean, as a learner whose own language that is types a vocabulary list: "die Wohnung,
# -en 公寓", "umziehen：搬家", "der Schlüssel (钥匙)", "Ich habe Hunger. 我饿了。". The gloss
# is the first CJK character to the end, CJK punctuation and spaces within it, no digit.
_CJK_GLOSS = re.compile(rf"[{CJK_CHARS}][{CJK_CHARS}{CJK_PUNCTUATION}\s]*")
# The separators typed between the word and its gloss, cut from the word's end: a colon
# (full width or not), "=", or a dash with a space before it ("der Vermieter - 房东"; not
# the plural mark of "das Zimmer, - 房间", which stays the word's).
_GLOSS_SEPARATOR = re.compile(r"(?:\s*[:：=]|(?<!,)\s+[-–—])\s*$")
# The word's side: Latin letters (any accent), the marks a vocabulary list writes beside a
# word ("-en", "¨e", "(Pl.)", "+ Akk."), an apostrophe; no digit ("Lektion 8 生词" points to
# a chapter) and no CJK character. Each run of marks is followed by letters or ends the word,
# so a text splits into runs one way only: with letters optional after each run, a dot
# leader ("Einleitung ........ 3 引言") was split every way before failing, 4x the time per
# two dots (code review 19, A1).
_GLOSSED_WORD = re.compile(r"[^\W\d_][^\W\d]*(?:[\s.,;'’¨+?!()/-]+[^\W\d]+)*[\s.,;'’¨+?!()/-]*")
# Before a gloss typed after only a space, what is certainly a word to learn: a lowercase
# word or phrase (a verb, an adjective: "gemütlich 舒适的", "sich freuen auf + Akk. 期待")
# or a phrase with the case it governs ("Angst haben vor + Dat. 害怕"). Chinese prose opens
# on a name as often ("Python 是一种编程语言", "mRNA 携带遗传信息"), so a capitalised word, an
# acronym or a mixed-case name is no such word.
_CASE_GOVERNED = r"\+\s*(?:Akk|Dat|Gen|Akkusativ|Dativ|Genitiv)\.?"
_LOWERCASE_PHRASE = re.compile(r"[a-zß-ÿ'’][a-zß-ÿ'’-]*(?:\s+[a-zß-ÿ'’-]+)*"
                               # its forms in brackets: "fahren (fährt, ist gefahren)"
                               r"(?:\s*\([a-zß-ÿ'’,\s-]+\))?"
                               rf"(?:\s*{_CASE_GOVERNED})?")
_GOVERNED_CASE = re.compile(rf"{_CASE_GOVERNED}$")
# A noun with no article but its gender or plural mark, as a dictionary gives it ("Tisch (m)
# 桌子", "Wohnung, -en 公寓"): beside characters a bracketed letter is no physics symbol.
_MARKED_NOUN = re.compile(r"[A-ZÄÖÜ][\wäöüß-]*(?:\s*\((?:m|f|n|nt|pl)\.?\)|,\s*[-¨][\w¨-]*)")
MAX_GLOSSED_WORDS = 4  # "sich freuen auf + Akk.", "Wie spät ist es?"; more is a sentence
# A word's meaning or a set phrase's ("搬家", "现在几点？"); longer, or a clause after a
# comma ("凯恩斯主义认为，政府应该干预"), is what a sentence says of the word, no gloss.
MAX_GLOSS_CHARS = 10


def _split_at_cjk(text: str) -> tuple[str, str, bool] | None:
    """(what comes before its first Chinese, Japanese or Korean character, the rest, whether
    the rest was in brackets) of a list item, unmarked: "gemütlich 舒适的", "Tisch (桌子)"
    (_cjk_glossed, _cjk_translated_sentence); None without such a character, or with a
    bracket opened before it that it does not close."""
    plain = unmark(text).strip()
    start = re.search(f"[{CJK_CHARS}]", plain)
    if start is None:
        return None
    before, rest = plain[:start.start()], plain[start.start():].strip()
    bracketed = re.search(r"[(（]\s*$", before)
    if bracketed:
        if not rest.endswith((")", "）")):
            return None
        before, rest = before[:bracketed.start()], rest[:-1].strip()
    return before, rest, bracketed is not None


def _cjk_glossed(text: str) -> tuple[str, str] | None:
    """(word, gloss) for a list item that is a word or short phrase of a Latin-script
    language and its meaning in Chinese, Japanese or Korean (_CJK_GLOSS), or None. After a
    separator (a colon, "=", a dash, a bracket) any such word; after a space alone only a
    word a vocabulary list holds (vocabulary_word, _LOWERCASE_PHRASE, a case it governs)
    or a set phrase ending as its gloss does ("Wie spät ist es? 现在几点？"). An example
    sentence of more words ("Der Schlüssel liegt auf dem Tisch. 钥匙在桌子上。") is a
    translation exercise, not a word to recall."""
    split = _split_at_cjk(text)
    if split is None or not split[0]:
        return None
    word, gloss, bracketed = split
    # "开车，乘车": two meanings of a word, each short; "凯恩斯主义认为，…" a clause.
    if not _CJK_GLOSS.fullmatch(gloss) or len(gloss) > MAX_GLOSS_CHARS or \
            any(len(part.strip()) > 4 for part in re.split("[，；,;]", gloss)[1:]) or \
            re.search("[，；,;]", gloss) and len(re.split("[，；,;]", gloss)[0]) > 4:
        return None
    separated = bracketed or _GLOSS_SEPARATOR.search(word)
    if separated and not bracketed:
        word = word[:separated.start()]
    word = word.strip()
    if not _GLOSSED_WORD.fullmatch(word) or _words_of_letters(word) > MAX_GLOSSED_WORDS \
            or word.count("(") != word.count(")"):
        return None
    if separated:
        return word, gloss
    set_phrase = word.endswith((".", "?", "!")) and gloss.endswith(("。", "？", "！", "?", "!"))
    if vocabulary_word(word) or _LOWERCASE_PHRASE.fullmatch(word) or \
            _MARKED_NOUN.fullmatch(word) or _GOVERNED_CASE.search(word) or set_phrase:
        return word, gloss
    return None


# A short sentence with its translation is a sentence to say, asked whole from the
# translation as the set phrases are ("[…] — 我下周搬家。" → "Ich ziehe nächste Woche um.");
# a longer one is a translation exercise, too much to recall in one answer.
MAX_TRANSLATED_SENTENCE_WORDS = 8
# A sentence's translation in characters: no Latin letter (a name or cognate written as the
# sentence writes it would be read off the front), a sentence's length at most.
_CJK_SENTENCE = re.compile(rf"[{CJK_CHARS}][{CJK_CHARS}{CJK_PUNCTUATION}\s]{{0,29}}")


def _cjk_translated_sentence(text: str) -> tuple[str, str] | None:
    """(sentence, translation) for a list item that is a short sentence of a Latin-script
    language and its translation in Chinese, Japanese or Korean ("Ich ziehe nächste Woche
    um. 我下周搬家。"), after a space, a dash, a colon or in brackets; or None: a sentence of
    more than MAX_TRANSLATED_SENTENCE_WORDS words, or one with a word **marked** (the
    learner's own choice of what to ask, its gap shown with the translation beside it). A
    sentence typed without its full stop is one still when its translation ends as a
    sentence does or it opens on a capital and goes on in lower case, and it has three
    words and no digit ("Lektion 8 生词。" points to a book)."""
    split = None if "**" in text else _split_at_cjk(text)
    if split is None:
        return None
    sentence, translation, _ = split
    sentence = re.sub(r"\s*(?:[:：=]|\s[-–—])\s*$", "", sentence.strip()).strip()
    words = sentence.split()
    ended = sentence.endswith((".", "!", "?")) or (
        len(words) >= 3 and not re.search(r"\d", sentence)
        and (translation.endswith(("。", "？", "！"))
             # "Das ist mein Bruder 这是我哥哥": a capital, then words in lower case; not a
             # name in capitals ("Central Processing Unit 中央处理器"), read as before
             or words[0][:1].isupper() and any(w[:1].islower() for w in words[1:])))
    if not ended or not 2 <= _words_of_letters(sentence) or \
            len(words) > MAX_TRANSLATED_SENTENCE_WORDS or \
            not _CJK_SENTENCE.fullmatch(translation) or not _GLOSSED_WORD.fullmatch(sentence):
        return None
    return sentence, translation


# A sentence that opens on "I", "you" or "we" in a language a learner practises ("Ich bin
# um sieben Uhr aufgestanden.", "Wir gehen ins Kino."): an example of the language, said by
# someone, never what the heading above it means ("[Perfekt] — Ich bin …" was asked).
_SPEAKER_OPENING = re.compile(r"(?:Ich|Du|Wir|Ihr|Je|J’|J'|Tu|Nous|Vous|Yo|Tú|Nosotros|"
                              r"Io|Noi|Voi|Ik|Jij|Wij|Eu|Nós)\b")


# A sentence, a dash (or "=", an arrow) and its translation: "Er trinkt Kaffee. — He
# drinks coffee.", "Was kostet das? – How much is that?".
_SENTENCE_AND_TRANSLATION = re.compile(
    r"(?P<sentence>[¿¡]?[^\W\d_][^—–=→]*?[.!?])\s*(?:—|–|-|=|→)\s+(?P<translation>[^\W\d_].*)")
MAX_TRANSLATION_SENTENCE_WORDS = 15


def _latin_translated_sentence(text: str) -> tuple[str, str] | None:
    """(sentence, translation) for a list item that is a short sentence and, after a dash,
    its translation in a language of the same script, or None: a sentence of more than
    MAX_TRANSLATED_SENTENCE_WORDS words (a translation exercise), one with a word **marked**
    (its gap is the learner's choice) unless the translation says that word too, a
    translation that reads as German too or has no word in lower case (a name: "Je pense,
    donc je suis. — Descartes")."""
    found = _SENTENCE_AND_TRANSLATION.fullmatch(unmark(text).strip())
    if found is None or "**" in text and not _bold_in_translation(text):
        return None
    sentence, translation = found["sentence"].strip(), found["translation"].strip()
    if not 2 <= len(sentence.split()) <= MAX_TRANSLATED_SENTENCE_WORDS or \
            len(translation.split()) > MAX_TRANSLATION_SENTENCE_WORDS or \
            reads_as_german(translation) or re.search(f"[{CJK_CHARS}]", translation) or \
            not re.search(r"(?:^|\s)[a-z]", translation):  # "— Descartes": who said it
        return None
    return sentence, translation


def _bold_in_translation(text: str) -> bool:
    """Whether a sentence pair's translation after its dash says a word the sentence marks:
    "Sie fährt nach **Berlin**. — She is going to Berlin." Hidden, the name was masked in
    the translation too, and the card asked any city ("nach […]. — … going to […]")."""
    found = _SENTENCE_AND_TRANSLATION.fullmatch(unmark(text).strip())
    if found is None:
        return False
    translation = {w.casefold() for w in re.findall(r"[^\W\d_]+", found["translation"])}
    return any(w.casefold() in translation for _, _, phrase in marks(text)
               for w in re.findall(r"[^\W\d_]+", phrase))


def _bold_headwords_unmarked(entries: list[tuple[_Inline, int]]) -> list[tuple[_Inline, int]]:
    """The entries, each vocabulary line with its headword in bold ("**das Kino**, die
    Kinos – cinema") unmarked: the bold says which word the line is about, not which part of
    it to ask. Hidden alone it left the plural to spell it ("[…], die Kinos – cinema")."""
    def headword(text: str) -> bool:
        found = _labelled(unmark(text)) if text.lstrip().startswith("**") and \
            len(marks(text)) == 1 else None
        return found is not None and vocabulary_word(unmark(found[0]))
    return [(replace(t, text=unmark(t.text)) if headword(t.text) else t, line)
            for t, line in entries]


# A heading over the homework ("## Hausaufgabe", "## Homework", "## 作业"): the line under
# it is a task, never what the heading means ("[Hausaufgabe] — Übung 5 im Arbeitsbuch").
_HOMEWORK_HEADING = re.compile(r"(?:homework|hausaufgaben?|compiti|devoirs|deberes|作业|作業|"
                               r"숙제)(?:\s+(?:作业|作業|숙제))?", re.I)


# A Latin-script name, a space and a Chinese clause about it: "Python 是一种编程语言".
_NAME_THEN_CHINESE = re.compile(rf"[A-Za-z][\w.+#-]*\s+(?P<said>[{CJK_CHARS}].*)")


def _chinese_clause_on_a_name(plain: str) -> bool:
    """Whether a list item is a Chinese sentence opening on a Latin-script name ("Python
    是一种编程语言", "Java 运行在虚拟机上"): what it says of the name takes five characters
    or more, more than a word's gloss ("Tisch 桌子"). Hidden whole beside another such item
    it was asked from it (review: "[Python 是一种编程语言]; Java 运行在虚拟机上", junk)."""
    found = _NAME_THEN_CHINESE.fullmatch(plain.strip())
    return found is not None and len(HAN_CHAR.findall(found["said"])) >= 5


def _plainly_foreign(sentence: str) -> bool:
    """Whether a sentence is plainly not English: German by its small words, a letter
    English never writes, or an opening on "Ich", "Je", "Yo" …. Only a list holding one is
    read as a learner's practice sentences, each asked whole from its translation."""
    return bool(reads_as_german(sentence) or _SPEAKER_OPENING.match(sentence)
                or re.search("[äöüßñ¿¡çœ]", sentence))


# The conjunctions that open a subordinate clause, in the languages learners practise with
# Chinese, Japanese or Korean notes: what a week of "Nebensätze" drills, each sentence's
# translation saying what it means ("因为", "虽然", "是否").
_CLAUSE_CONJUNCTION = re.compile(
    r"(?:(?<=^)|(?<=, ))(?P<word>(?:weil|dass|obwohl|wenn|ob|als|damit|nachdem|bevor|"
    r"während|falls|sobald|seitdem|solange|sodass|parce que|bien que|pour que|quand|"
    r"porque|aunque|para que|cuando|perché|benché|sebbene|quando|affinché))\b", re.I)


def _conjunction_marked(text: _Inline) -> _Inline:
    """A long example sentence and its translation ("Ich bleibe heute zu Hause, weil ich
    eine schlimme Erkältung habe. 我今天待在家里，因为我得了重感冒。") with the conjunction
    that opens its subordinate clause marked: too long to say whole from the translation
    (_cjk_translated_sentence), it was no card; the conjunction is the grammar it shows,
    recalled from what the translation says it means. Unchanged when nothing is marked
    yet and no such clause opens the sentence or follows its comma."""
    start = re.search(f"[{CJK_CHARS}]", text.text)
    if "**" in text.text or start is None:
        return text
    found = _CLAUSE_CONJUNCTION.search(text.text[:start.start()])
    if found is None:
        return text
    at, end = found.span("word")
    return replace(text, text=f"{text.text[:at]}**{text.text[at:end]}**{text.text[end:]}")


def _translated_example(plain: str) -> bool:
    """Whether a line is a sentence of a Latin-script language and its translation in
    Chinese, Japanese or Korean ("Ich ziehe nächste Woche um. 我下周搬家。"): an example of
    the language under "## Beispielsätze 例句", never what that heading means."""
    start = re.search(f"[{CJK_CHARS}]", plain)
    return start is not None and _words_of_letters(plain[:start.start()]) >= 2 and \
        plain[:start.start()].rstrip().endswith((".", "!", "?"))


def _not_a_term_label(label: str, german: bool) -> bool:
    """Whether a short label of several words holds its own verb (_CLAUSE_IN_LABEL) or,
    in a `german` list, opens on a German preposition joined to its article
    (_ADVERBIAL_OPENING) as German writes it: "Im Satz", never the abbreviations "IM route"
    or "AM radio" (review 18: half of each pair was lost). Not a question ("Which case held
    that goods … are an invitation to treat?" over its answer)."""
    words = _BRACKETED.sub(" ", label).split()
    return 1 < len(words) <= 4 and not label.rstrip().endswith("?") and (
        any(w in _CLAUSE_IN_LABEL for w in words[1:])
        or german and words[0] in _ADVERBIAL_OPENING)


def _is_term(name: str) -> bool:
    """A short noun phrase that can be the subject of a definition."""
    words = _BRACKETED.sub(" ", name).split()
    return (0 < len(words) <= MAX_TERM_WORDS
            and not any(w.casefold() in _NOT_TERMS for w in words)
            and any(c.isalpha() for c in name) and not name.endswith((".", "?", "!")))


@dataclass
class _Opening:
    """Where a definition's term and verb stand, for an opening _DEFINITION does not
    read (another language's "X — это …", "X是…"): what definition_match gives."""
    spans: dict[str, tuple[int, int]]
    values: dict[str, str]
    # Whether facts with no mark may hide the term: not a term a condition defines ("A
    # system is linear if …"), mostly a quality that other sentences use in passing ("A
    # system that is both [linear] and time-invariant …").
    names: bool = True
    # Whether its sentence alone is the definition where a later one says the term again
    # (the rest of the paragraph read on its own): a definition of prose18's shapes.
    alone: bool = False

    def start(self, group: str) -> int:
        return self.spans[group][0]

    def end(self, group: str) -> int:
        return self.spans[group][1]

    def __getitem__(self, group: str) -> str:
        return self.values[group]


# Dutch: "Een herstellingsteken is een mislukt kruis …", "Climax is het hoogtepunt van de
# muziek." English's "X is" matched them and found no English article after it, so notes
# in Dutch defined nothing (held-out-6). "een" and "het" are no English words; "de" is read
# only beside another Dutch word ("Tempo is de snelheid van de muziek").
# (With an adverb before its article, "Drumcomputer is gewoon een …", and said by when it
# is so, "Meerstemmig is als er meerdere melodieën tegelijk klinken"; not "is als volgt"
# nor "is als een …", "is as follows" and "is like a …".)
_DUTCH_DEFINITION = re.compile(
    r"^(?:(?:een|de|het)\s+)?(?P<term>[^,;:()\ue000]+?)\s+(?P<verb>is|zijn)\s+"
    r"(?:(?:gewoon|eigenlijk|simpelweg|altijd|meestal|vaak)\s+)?"
    r"(?P<next>een|het|de|als(?!\s+(?:volgt|een|de|het)\b)|wanneer)\s", re.I)
_DUTCH_WORDS = re.compile(r"\b(?:van|het|een|wordt|worden|niet|ook|zijn|je|bij|naar|dat|die)\b",
                          re.I)


# Words a Dutch sentence opens with that name no term: prepositions ("Bij maatsoorten is
# het bovenste getal …" says where), conjunctions, pointers and pronouns ("Hij is een
# componist …", "Het is een belangrijk begrip": "[Hij]" was asked).
_DUTCH_NOT_TERMS = frozenset("""bij in op met voor na door over onder tussen als dan dus
maar en of dit dat deze die er hier daar wat wie waar hoe ook nu toen het hij zij ze men
wij we jij je u jullie""".split())


def _dutch_definition(text: str) -> _Opening | None:
    match = _DUTCH_DEFINITION.match(text)
    if not match or not _is_term(match["term"]) or "**" in match["term"] or \
            _words(match["term"]) > 4:
        return None
    if match["next"].casefold() == "de" and not _DUTCH_WORDS.search(text[match.end():]):
        return None  # "Madness is de rigueur": English
    if match["term"].split()[0].casefold() in _DUTCH_NOT_TERMS:
        return None  # "Bij maatsoorten is het bovenste getal …": where, not what
    return _Opening({k: match.span(k) for k in ("term", "verb", "next")},
                    {k: match[k] for k in ("term", "verb", "next")})


def _other_definition(text: str) -> _Opening | None:
    """A definition opening in Russian, German, Chinese or Japanese (_OTHER_DEFINITION)
    of a short term, as definition_match gives it."""
    match = _OTHER_DEFINITION.match(text)
    if not match:
        return None
    side = next((s for s in ("cjk_", "ko_", "rom_") if match[f"{s}term"]), "")
    term, verb, following = match[f"{side}term"], match[f"{side}verb"], match[f"{side}next"]
    if not _is_term(term) or "**" in term:
        return None
    if side == "ko_" and (not is_cjk(term[-1]) and not term[-1].isalnum()
                          or not _KOREAN_DEFINED.search(_KO_SENTENCE_END.split(text, 1)[0] + " ")):
        return None  # "장기, 중기, 단기 스케줄링이 있다": no "X는 …이다"
    if side == "ko_" and any(_KOREAN_CLAUSE.search(w) for w in term.split()):
        return None  # "프로세스가 종료되는 …": a clause with its own subject or verb, no name
    if side == "rom_" and (term.split()[0].casefold() in _ROMANCE_NOT_TERMS
                           or _words(term) > 4):
        return None
    if verb.casefold() in ("ist", "sind") and following.casefold() not in _GERMAN_ARTICLES:
        return None  # "Die Zelle ist die …", not "Das Ergebnis ist wichtig"
    if side == "cjk_" and (not is_cjk(following) or verb == "是" and following == "由"):
        return None  # "進程是由…組成" says what it is made of, not what it is
    if side == "cjk_" and ("的" in term or opens_as_a_clause_cjk(term)
                           or reads_as_a_clause_cjk(term)):
        # "细胞膜的基本骨架是磷脂双分子层", "这个方法的缺点是…", "因此该结论是正确的": a role
        # of something, a pointing or a clause, no term (statements.py asks the role by
        # what fills it)
        return None
    groups = {"term": f"{side}term", "verb": f"{side}verb", "next": f"{side}next"}
    return _Opening({k: match.span(g) for k, g in groups.items()},
                    {"term": term, "verb": verb, "next": following})


# A definition whose term stands after its verb, read where nothing of "X is …" reads one
# (prose18: lecture notes in mathematics, physics and engineering define so, and their
# paragraphs made no card, or hid the subject's word: "A [set] \\(A\\) is a subset of …").
# By a condition: "A set $A$ is a subset of $B$ if …", "Two sets are equal when …", "A
# frame of reference is said to be inertial if …", "A signal is called continuous-time if
# …", "We say that a system is time-invariant if …". The subject is any one of a kind ("a",
# "an", "any", "two") or a symbol; the term is what the condition makes it, one to three
# words, with what it is of ("a subset of $B$"); the condition opens right after it.
_CONDITION_DEFINITION = re.compile(
    r"^(?P<verb>(?:we\s+say\s+(?:that\s+)?)?"
    # (the same in the languages maths is revised in: "Un espacio es compacto si …", "Una
    # funzione è continua se …", "Un espace est compact si …", "Ein Raum heißt kompakt, wenn")
    r"(?:(?:a|an|any|two|un|una|uno|un'|une|um|uma|dos|due|deux|ein|eine|zwei)\s+"
    rf"(?:[^\W\d_][\w-]*\s+){{0,3}}?[^\W\d_][\w-]*(?:\s+{SHIELDED_MATH})?|"
    rf"{SHIELDED_MATH})\s+"
    r"(?:is|are|es|son|è|sono|est|sont|é|são|ist|sind|heißt|heißen)\s+"
    r"(?:(?:called|termed|said\s+to\s+be|defined\s+to\s+be|known\s+as|llamado|llamada|"
    r"detto|detta|dit|dite|chamado|chamada)\s+)?"
    r"(?:(?:a|an|un|una|uno|une|um|uma)\s+)?)"
    # (an abbreviation after the term is hidden with it: "is positive definite (PD) if …")
    r"(?P<term>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2}?(?:\s+\([A-Z]{2,6}\))?)"
    rf"(?:\s+(?:of|to|from|in|on|with|at|en|de|di|da|a|em|sur|dans|su|bei|auf|von|an)\s+"
    rf"(?:{SHIELDED_MATH}|(?:a|an|the|its)\s+[a-z][\w-]*))?"
    r",?\s+(?P<next>if|iff|when|whenever|provided|si|sii|cuando|se|quando|lorsque|quand|"
    r"wenn|falls)\s+\S", re.I)
# What says a word after it is a name the author gives: "is called closed if", "We say that
# a graph is connected if".
_NAMING_CUE = re.compile(r"\b(?:called|termed|said\s+to\s+be|defined\s+to\s+be|known\s+as|"
                         r"we\s+say)\b", re.I)
# What such a condition makes a thing that is no term of its own: a comparison ("is faster
# when …"), a state a sentence reports ("is true when …", "is possible if …"), a negation.
_NOT_CONDITIONED_TERMS = frozenset("""not no never also only always often usually sometimes
    more less most least true false possible impossible likely unlikely able unable used
    needed required necessary important useful zero small large big high low good bad
    better worse best worst faster slower greater smaller larger higher lower same
    different known given found said called then there here
    no non ne pas nicht kein keine más menos più meno plus moins mehr weniger verdadero
    falso vero vrai faux wahr possible posible possibile möglich necesario necessario
    nécessaire notwendig importante important wichtig igual uguale égal gleich""".split())


def _conditioned_term(text: str) -> _Opening | None:
    """A term defined by the condition that makes a thing it (_CONDITION_DEFINITION), as
    definition_match gives it; None for any other opening."""
    match = _CONDITION_DEFINITION.match(shield_math(text))
    return _conditioned_opening(match) if match else None


def _conditioned_opening(match: re.Match) -> _Opening | None:
    """The term a condition makes a thing (_CONDITION_DEFINITION, _QUALIFIED_CONDITION), as
    definition_match gives it; None where it is no term (_NOT_CONDITIONED_TERMS)."""
    term = match["term"]
    if any(w.casefold() in _NOT_CONDITIONED_TERMS for w in term.split()) or not _is_term(term):
        return None
    if term.casefold().endswith("ed") and not _NAMING_CUE.search(match["verb"]):
        return None  # "$H_0$ is rejected if …": a passive, no term, unless it is named so
    return _Opening({k: match.span(k) for k in ("term", "verb", "next")},
                    {"term": term, "verb": match["verb"].strip(), "next": match["next"]},
                    names=False, alone=True)


# A term defined by a condition where _CONDITION_DEFINITION reads none (mathdef21): after a
# sentence that sets up its symbols ("Let $(X, d)$ be a metric space. A subset $U
# \subseteq X$ is open if …", "Sia $f$ una funzione. …"), or of a subject said with what it
# is between or in ("A map $f : X \to Y$ between topological spaces is continuous when
# …"). Both made no card. The subject names no relative clause ("A system that is both
# linear …" is read by the name it is called).
# The words a mathematical set-up opens with in the languages maths is revised in: "Let",
# "Sia", "Sea", "Soit", "Sei" … (_SETS_UP_SYMBOLS, _RESULT_SET_UP).
_SET_UP_WORDS = r"let|sia|siano|sea|sean|soit|soient|sei|seien"
_SETS_UP_SYMBOLS = re.compile(rf"(?:{_SET_UP_WORDS})\s+"
                              r"[^.;!?]{1,160}?\.\s+(?=[A-Z])", re.I)
_QUALIFIED_CONDITION = re.compile(
    r"(?P<verb>(?:we\s+say\s+(?:that\s+)?)?"
    r"(?:a|an|any|two|un|una|uno|une|ein|eine|zwei|due|dos|deux)\s+"
    r"(?:(?!(?:that|which|who|whose|is|are|not|che|cui|que|qui|quien|der|die|das)\b)"
    r"[^\s.;:,!?]+\s+){1,10}?"
    r"(?:(?:is|are|es|son|è|sono|est|sont|ist|sind|heißt)\s+"
    r"(?:(?:called|termed|said\s+to\s+be|defined\s+to\s+be|detto|detta|llamado|llamada|dit|"
    r"dite)\s+)?(?:(?:a|an|un|una|uno|une)\s+)?"
    # "A set $A \subseteq X$ has the Baire property if …": a property it has.
    r"|(?:has|have|ha|hanno|tiene|tienen|hat|haben)\s+(?:the|la|il|lo|el|die|der|das)\s+))"
    r"(?P<term>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2}?)"
    rf"(?:\s+(?:of|to|from|in|on|with|at|en|de|di|da|a|sur|dans|su|bei|auf|von|an)\s+"
    rf"(?:{SHIELDED_MATH}|(?:a|an|the|its)\s+[a-z][\w-]*))?"
    r",?\s+(?P<next>if|iff|when|whenever|provided|si|sii|cuando|se|quando|lorsque|quand|"
    r"wenn|falls)\s+\S", re.I)


def _two_sentences_and_rest(text: str) -> list[str]:
    """The first two sentences of `text` as one, and the rest if any."""
    first, *rest = _SENTENCE_BREAK.split(text, 1)
    if not rest:
        return [first]
    second, *rest = _SENTENCE_BREAK.split(rest[0], 1)
    return [text[:text.index(second, len(first)) + len(second)], *rest]


def _late_conditioned_term(text: str) -> _Opening | None:
    """A term defined by a condition after a sentence setting up its symbols, or of a
    subject with a qualifier (_QUALIFIED_CONDITION), as definition_match gives it; None for
    any other text. Read where _conditioned_term reads nothing."""
    shielded = shield_math(text)
    at = 0
    if (set_up := _SETS_UP_SYMBOLS.match(shielded)) is not None:
        at = set_up.end()
    elif not re.match(rf"(?:we\s+say\s+(?:that\s+)?)?\S+\s+\S+\s+{SHIELDED_MATH}\s+\S",
                      shielded, re.I):
        return None  # no set-up and no symbol in the subject: _conditioned_term's to read
    match = _QUALIFIED_CONDITION.match(shielded, at)
    return _conditioned_opening(match) if match else None


# A term named before the symbols it is of, or the symbol it is written as: "The union of
# $A$ and $B$, written $A \\cup B$, is the set of …", "The difference $A \\setminus B$ is the
# set of …". _DEFINITION reads no math inside a term, so these defined nothing (prose18).
# The thing a term is of, when its kind is said before its symbol: "of a matrix $A$", "of a
# linear map $T$" ("An eigenvector of a matrix $A$ is a nonzero vector …": math notes define
# most terms so, and the kind said made the sentence no definition at all).
_OF_KIND = r"(?:(?:a|an|the)\s+(?:[a-z][\w-]*\s+){1,3})?"
_SYMBOL_NAMED_DEFINITION = re.compile(
    r"^(?:the|a|an)\s+(?P<term>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)(?P<verb>"
    rf"(?=\s+(?:of|between)\s+{_OF_KIND}{SHIELDED_MATH}|\s*,?\s+(?:written|denoted)\b|"
    rf"\s+{SHIELDED_MATH})"
    rf"(?:\s+(?:of|between)\s+{_OF_KIND}{SHIELDED_MATH}(?:\s*(?:,|and)\s*{SHIELDED_MATH})*)?"
    rf"(?:\s*,?\s+(?:written|denoted)(?:\s+by)?\s+{SHIELDED_MATH}\s*,?|\s+{SHIELDED_MATH})?"
    r"\s+(?:is|are)\s+)(?P<next>the|a|an)\b", re.I)


def _symbol_named_term(text: str) -> _Opening | None:
    """A term defined with the symbols it is of (_SYMBOL_NAMED_DEFINITION), as
    definition_match gives it; None for any other opening."""
    match = _SYMBOL_NAMED_DEFINITION.match(shield_math(text))
    if not match or not _is_term(match["term"]) or \
            match["term"].split()[0].casefold() in _NO_QUANTITY:
        return None  # "The answer $x = 4$ is the only root": no name
    if term_pattern(match["term"]).search(_SENTENCE_BREAK.split(text[match.end():], 1)[0]):
        # "The constant $k$ is the spring constant": the word before the symbol says what
        # kind of thing it is, and the sentence names it; "constant" was hidden in both
        # ("The [...] $k$ is the spring [...]", en20: junk).
        return None
    return _Opening({k: match.span(k) for k in ("term", "verb", "next")},
                    {"term": match["term"], "verb": text[slice(*match.span("verb"))].strip(),
                     "next": match["next"]}, alone=True)


def _name_said_again(text: str) -> int | None:
    """Where the second sentence of `text` starts, when its first gives a name
    (statements.given_name_span: "… is called the empty set") that a later one says again;
    else None."""
    first, *rest = _SENTENCE_BREAK.split(text, 1)
    if not rest or (given := given_name_span(first)) is None:
        return None
    name = re.sub(r"^(?:its|their)\s+", "", _LEADING_ARTICLE.sub("", first[given[0]:given[1]]))
    if not name or not term_pattern(name).search(rest[0]):
        return None
    at = text.index(rest[0], len(first))
    # "… is called Young's modulus. It describes how stiff a material is: …": a sentence
    # that points back stays with the one it points at, whose name it explains; cut alone,
    # its card showed the paragraph before as what "It" was (en20: Hooke's law).
    while _POINTING_OPENING.match(text[at:]):
        following = _SENTENCE_BREAK.split(text[at:], 1)
        if len(following) < 2:
            return None
        at = text.index(following[1], at + len(following[0]))
    return at


# A paragraph a math course opens on the kind of statement it is, marked or not, with its
# number and a name in brackets: "**Definition 3.2.** Let …", "*Theorem 3.5 (Cantor).* For
# every set …", "**Teorema (di Weierstrass).** Ogni …", "Lemma 2:". The label is no answer:
# asked, "[Definition 3.2.] Let $A$ and $B$ be sets. We say …" (mathdef21: junk).
# (Each list is written over lines; the line breaks are taken out once, here.)
_RESULT_WORDS = "".join(r"""theorem|thm|lemma|proposition|prop|corollary|axiom|claim|conjecture|
    teorema|proposizione|corollario|assioma|proposición|corolario|axioma|lema|théorème|
    lemme|corollaire|satz|korollar""".split())
_STATEMENT_WORDS = "".join(r"""definition|def|remark|observation|notation|definizione|
    osservazione|notazione|definición|observación|notación|observacion|definicion|
    définition|remarque|bemerkung""".split())
_PROOF_WORDS = "".join(r"""proof|pf|sketch\s+of\s+proof|proof\s+sketch|dimostrazione|dim|
    demostración|demostracion|dem|prueba|preuve|démonstration|beweis""".split())
_ENVIRONMENT_LEAD = re.compile(
    r"^(?P<marks>\*\*)?(?P<word>" + "|".join((_RESULT_WORDS, _STATEMENT_WORDS, _PROOF_WORDS))
    + r")(?P<number>\s+\d+(?:\.\d+)*[a-z]?)?"
    r"(?:\s*\((?P<name>[^()*\\]{2,60})\))?(?:\s+of\s+(?:theorem|lemma|proposition)"
    r"(?:\s+\d+(?:\.\d+)*)?)?\s*[.:]?\s*(?(marks)\*\*)\s*[.:]?"
    # "**Theorem.** (Cauchy) If a prime …": the name in brackets after the label's marks.
    r"(?(name)|(?:\s*\((?P<after>[^()*\\]{2,60})\)\s*[.:]?)?)\s+(?P<body>\S.*)$",
    re.I | re.S)
# The words that join a result's name to the word before it: "(di Weierstrass)", "(of
# Cantor)", "(de Bolzano)".
_NAME_JOINER = re.compile(r"^(?:di|del|della|dei|de|of|von|du|des)\s+", re.I)


# Words that only a math text puts before a colon: "**Theorem:** Every metric space is
# Hausdorff." asked "[Theorem]" (mathdef21).
_THEOREM_ONLY = re.compile(r"theorem|thm|teorema|théorème|corollary|corollario|corolario|"
                           r"corollaire|korollar", re.I)


def _environment_lead(text: str) -> tuple[str, str | None, str] | None:
    """The kind of statement a math paragraph opens on ("theorem", "definition", "proof"),
    the name its label gives in brackets, and the paragraph after the label; None when it
    opens on no such label. Unmarked, only with a number, a name or a full stop after the
    word ("Definition. …", "Theorem 2 …"), not a sentence that opens on the word ("Proof
    of concept is …", "Note that …")."""
    found = _ENVIRONMENT_LEAD.match(text)
    if found is None:
        return None
    word = found["word"].casefold()
    if not found["marks"] and not re.match(r"[^\s.:]*(?:\s+\d[\d.]*[a-z]?)?\s*(?:\([^()]*\))?"
                                           r"\s*[.:]\s", text):
        return None  # "Note that …", "Proof of concept is …": a sentence, no label
    if re.fullmatch(_PROOF_WORDS, word, re.I):
        if re.match(r"[^:.]*:", text) and "\\(" not in found["body"] and \
                not re.search(r"(?:∎|□|■|\bQED|\bQ\.E\.D\.?)\s*$", found["body"]):
            return None  # "**Proof:** the standard is the balance of probabilities" (law)
        kind = "proof"
    elif not found["number"] and not found["name"] and not found["after"] and \
            re.match(r"[^:.]*:", text) and not _THEOREM_ONLY.fullmatch(word):
        # "**Definition**: Strong electrostatic force …" under "### Ionic Bonding" defines
        # the heading (test_markdown_idioms), "**Lemma**: the base form of a word" is a
        # linguist's term, "**Claim:** the plaintiff must show …" a lawyer's head: a bare
        # word before a colon is read as any label is.
        return None
    elif re.fullmatch(_RESULT_WORDS, word, re.I):
        kind = "result"
    else:
        kind = "statement"
    return kind, found["name"] or found["after"], found["body"].strip()


def _without_environment_label(text: str, item: bool = False) -> str | None:
    """The paragraph a math label opens (_environment_lead) as a learner's card shows it:
    the label dropped, a result's name in brackets kept before it and asked ("Theorem
    (**Cantor**). For every set …"), unless the paragraph says the name itself. None for
    no label."""
    lead = _environment_lead(text)
    if lead is None:
        return None
    kind, name, body = lead
    if kind == "result" and name:
        name = name.strip()
        asked = _NAME_JOINER.sub("", name)
        if asked and not term_pattern(unmark(asked)).search(unmark(body)):
            if item:  # "- **Theorem (Sylow).** …": a labelled item, "[Sylow] — …"
                return f"**{asked}**: {body}"
            word = _ENVIRONMENT_LEAD.match(text)["word"]
            return f"{word.capitalize()} ({name[:len(name) - len(asked)]}**{asked}**). {body}"
    return body


# "Ogni funzione derivabile è continua. Il viceversa è falso: la funzione $|x|$ è continua in
# $0$ ma …": a result that every thing of a kind has a property, the sentences after it
# saying the property again; on one card its gap showed twice, and the paragraph made none
# (mathdef21). English, Italian, Spanish, French, German.
_EVERY_IS = re.compile(
    r"^(?:every|any|each|ogni|qualsiasi|qualunque|tod[oa]|cada|tout|toute|chaque|jede[rsn]?)\s+"
    r"[^.;:\\]{3,80}?\s(?:is|è|es|est|ist)\s+(?:also\s+|anche\s+|también\s+|aussi\s+|auch\s+)?"
    r"(?P<what>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})\.$", re.I)


# A sentence on the converse of the one before it: "The converse is false", "Il viceversa è
# falso", "El recíproco no es cierto", "La réciproque est fausse", "Conversely, …".
_CONVERSE = re.compile(r"\s*(?:(?:the|il|el|lo|la|le)\s+)?(?:converse|conversely|viceversa|"
                       r"vice\s+versa|inverso|recíproc[oa]|reciproc[oa]|réciproque|umkehrung)"
                       r"\b", re.I)


def _property_said_again(text: str) -> int | None:
    """Where the second sentence of `text` starts, when its first says every thing of a kind
    is something (_EVERY_IS: "Every metric space is Hausdorff.") and a later one says that
    again; else None."""
    first, *rest = _SENTENCE_BREAK.split(text, 1)
    found = _EVERY_IS.match(first.strip())
    if not rest or found is None:
        return None
    if not term_pattern(found["what"]).search(rest[0]):
        return None
    return text.index(rest[0], len(first))


# A sentence that opens pointing back ("This property is also known as …"): the name it
# gives is of what the sentence before says, which its card alone would not show.
_POINTING_OPENING = re.compile(rf"^\s*(?:{POINTING_OPENINGS}|that|such|its|their|he|she|here|"
                               r"there)\b", re.I)


def _names_given(text: str) -> list[int]:
    """Where a paragraph is cut so that each part gives one name: before each sentence
    after the first that gives a name of its own (statements.given_name_span, clean in that
    sentence alone; a name said before gives none), when two or more give different names
    ("The number of elements of a finite set is its cardinality. The set of all subsets of
    $A$ is called the power set of $A$."); else [], as _names_given_cjk. One card a
    paragraph asked the first name only, and the power set never (defs18)."""
    sentences = [] if "**" in text else _SENTENCE_BREAK.split(text)
    if len(sentences) < 2:
        return []
    starts, names, at = [], set(), 0
    for sentence in sentences:
        start = text.index(sentence, at)
        at = start + len(sentence)
        if _POINTING_OPENING.match(sentence) or (given := given_name_span(sentence)) is None:
            continue
        name = sentence[given[0]:given[1]].casefold()
        if name not in names:
            names.add(name)
            starts.append(start)
    return starts[1:]


def _marks_held_apart(text: str) -> list[int]:
    """Where a marked paragraph is cut so that a sentence marking a phrase that holds a
    phrase an earlier sentence marked is read on its own: "A **force** is a push or pull …
    The vector sum of all forces … is called the **net force**, written $\\vec F_{\\text{net}}
    = …$." On one card the held phrase went (the holder's gap shows it) and, the holder
    refused (its formula says "net"), the paragraph made no card (mathdef21). []
    where nothing is cut."""
    if "**" not in text:
        return []
    sentences = _SENTENCE_BREAK.split(text)
    if len(sentences) < 2:
        return []
    # The phrases marked so far, by the stems of their words (quality.content_stems): a
    # phrase is held in another only where they share a stem, so each phrase is tried
    # against those alone (all of them, per sentence, was quadratic: a paragraph of 1 MiB
    # with a mark per sentence took 52 s, the adversarial benchmark).
    cuts, at = [], 0
    marked: dict[str, set[str]] = {}
    for sentence in sentences:
        start = text.index(sentence, at)
        at = start + len(sentence)
        here = [unmark(m).casefold() for m in re.findall(r"\*\*(.+?)\*\*", sentence)]
        if marked and not _POINTING_OPENING.match(sentence) and any(
                held != phrase and term_pattern(held).search(phrase)
                for phrase in here
                for held in {h for stem in content_stems(phrase)
                             for h in marked.get(stem, ())}):
            cuts.append(start)
        for phrase in here:
            for stem in content_stems(phrase) or {phrase}:
                marked.setdefault(stem, set()).add(phrase)
    return cuts


# Where a Chinese sentence ends: after 。！？ (a formula's inside is never a sentence's end).
_CJK_SENTENCE_END = re.compile(r"(?<=[。！？])\s*")
# A Chinese sentence that opens pointing back ("这种展开称为…", "此时…", "它…", "前者…"): it
# goes on from the sentence before, whose card must show it (text.CJK_POINTING_WORDS).
_CJK_POINTING_OPENING = re.compile(rf"^\s*(?:{CJK_POINTING_WORDS}|由此|因此|所以)")


def _names_given_cjk(text: str) -> list[int]:
    """Where a Chinese paragraph is cut so that each part gives one name: before a sentence
    that names a term of its own other than one named before it ("失业率定义为…。…的失业率叫做
    自然失业率，…"), or that says again a name a sentence before it gave ("…叫做摩尔热容。定体
    摩尔热容记为 $C_{V,m}$，…"), which on one card would show that name beside its gap (a
    learner's read: "the answer is on the front"). A sentence pointing back ("这…", "此时…")
    stays with the one before. [] where nothing is cut."""
    if "**" in text or not in_chinese(text):
        return []
    shielded = shield_math(text)
    starts = [0] + [m.end() for m in _CJK_SENTENCE_END.finditer(shielded)
                    if m.end() < len(text)]
    if len(starts) < 2:
        return []
    # A name said again is looked up by the sentence's slices of each name's length, and each
    # sentence is shielded once: each name looked for in the sentence, shielded again for
    # each, grew as the square of the names a paragraph gives (code review 19, A5).
    cuts, names, sizes = [], set(), set()
    sentences = [text[start:end] for start, end in
                 zip(starts, [*starts[1:], len(text)], strict=True)]
    given = [cjk_name_given(sentence) for sentence in sentences]
    pointing = [bool(_CJK_POINTING_OPENING.match(sentence)) for sentence in sentences]
    # A sentence stating a condition ("…稳定的充要条件是…都具有负实部") is read on its own
    # as one naming a term is: its card shows that sentence, not the paragraph around it.
    stated = [name or cjk_condition_given(sentence) for name, sentence in
              zip(given, sentences, strict=True)]
    for at, (start, sentence, name) in enumerate(zip(starts, sentences, given, strict=True)):
        words = shield_math(sentence) if names else ""
        said_again = any(words[i:i + size] in names
                         for size in sizes for i in range(len(words) - size + 1))
        # A sentence that says the name again is cut off even where it points back ("…叫做
        # 内力。这里说的内力是「附加内力」…"): kept, it showed the answer on the name's card.
        if start and (said_again or not pointing[at] and (
                name is not None and names and name not in names
                or _opens_naming_part_cjk(at, stated, pointing))):
            cuts.append(start)
        if name is not None:
            names.add(name)
            sizes.add(len(name))
    return cuts


def _names_a_term_cjk(value: str) -> bool:
    """Whether a Chinese paragraph names a term in words ("…其中 $G(s)H(s)$ 被称为开环传递函
    数"): that name is its fact, before an inline formula a clause of it gives ("反馈通道为
    [$H(s)$]" was asked, a bare symbol; zh20)."""
    return in_chinese(value) and "**" not in value and cjk_name_given(value) is not None


def _opens_naming_part_cjk(at: int, given: list, pointing: list[bool]) -> bool:
    """Whether sentence `at` of a Chinese paragraph opens a part of its own around a name
    one sentence gives: it gives the name itself ("…。我们把…的奇偶性叫做宇称。"), or the
    sentence after it gives one pointing back at it ("…的现象。这种现象称为屈服。"), or the
    sentence before gave one ("…这种势场叫做一维无限深方势阱。由于…满足 …。"). The
    long paragraphs of engineering notes name a term in the middle of their explanation;
    read whole, the sentences around the name were on its card, and a formula or a phrase
    of theirs was asked in its place (zh20: "取成…的形式 [$-a/2 < x < a/2$]" over 宇称)."""
    if given[at] is not None or given[at - 1] is not None:
        return True
    return at + 1 < len(given) and given[at + 1] is not None and pointing[at + 1]


def _symbol_definition(text: str) -> _Opening | None:
    """A symbol defined in words, as definition_match gives it: "$\\varepsilon_0$ is the
    permittivity of free space", "$\\mu$ denotes the population mean". The term is the
    symbol's formula, whole (nothing inside math is read as prose). Not a formula with a
    relation in it ("$E = mc^2$ is …"), nor a variable with no meaning ("$x$ is positive",
    "$n$ is even", "$H_0$ is rejected") or only a class ("$x$ is a real number"): after the
    verb the meaning opens with "the" or a name ("$k$ is Coulomb's constant")."""
    match = _SYMBOL_DEFINITION.match(text)
    if not match:
        return None
    tex = match["term"][2:-2]
    if _RELATION_TEX.search(tex) or not re.search(r"[A-Za-z]", tex):
        return None
    following = match["next"]
    if not _SYMBOL_MEANING.match(following) or following.casefold() in _NOT_TERMS \
            or re.match(r"the\s+same\b", text[match.start("next"):], re.I):
        return None  # "$x$ is the same as $y$" says no meaning of its own
    groups = ("term", "verb", "next")
    return _Opening({g: match.span(g) for g in groups}, {g: match[g] for g in groups})


def _formula_stated(value: str) -> tuple[int, int] | None:
    """Where a sentence of an unmarked text states a named quantity as a formula ("The
    force between two point charges is $F = …$"): that formula's span, to hide whole, its
    name on the front. None for a name that says no quantity ("The simple form is …"), a
    pointing or a role's subject ("It is …", "The result is …"), a name of more than eight
    words, or a formula of digits alone ("The answer is $5$")."""
    if "**" in value or "\\" not in value:
        return None
    shielded = shield_math(value)
    for found in _FORMULA_STATEMENT.finditer(shielded):
        words = found["name"].split()
        bare = [w for w in words if w.casefold() not in ("the", "a", "an")]
        if not bare or len(words) > 8 or words[0].casefold() in _NOT_TERMS | _DERIVING \
                or role_opening(found["name"] + " is") \
                or len(bare) <= 2 and bare[-1].casefold() in _NO_QUANTITY:
            continue
        start, end = found.span("formula")
        if not re.search(r"[A-Za-z]", value[start + 2:end - 2]):
            continue
        return start, end
    return _formula_then_phrase(shielded, value) or _formula_had(shielded, value)


# A named quantity's formula with a phrase after it, past a comma: "The centripetal
# acceleration is $a = v^2/r$, directed toward the centre", "The period is $T = 2\pi r/v$,
# the time for one full revolution", "The standard error of the mean is $SE = s/\sqrt{n}$,
# so quadrupling …", "The wave speed is $v = f\lambda$ for any periodic wave" (math21:
# lecture notes go on after the formula, and such a sentence made no card). The phrase
# opens in lower case after a comma or a semicolon, or on a preposition or a conjunction;
# the formula must be short (_short_formula).
_FORMULA_THEN_PHRASE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\sthat\s))(?P<name>[A-Za-z](?:(?!\sthat\s)[^,;:()\\\ue000.!?])*?)\s+"
    r"(?:is|are|equals|is\s+given\s+by|is\s+defined\s+as)\s+"
    r"(?P<formula>\\\(\ue000+\\\))(?=[,;]\s+[a-z]|\s+(?:for|in|at|with|when|whenever|if|as|"
    r"because|since|provided|unless)\s)")
# Past this many TeX characters (spaces left out) a formula is too long to recall whole as a
# card's answer: "V_{out} = -R_f\left(\frac{V_1}{R_1} + …\right)" is copied, not recalled.
_MAX_ANSWER_TEX = 25
# What makes a formula a comparison: a condition or a threshold ("\zeta < 1", "p < 0.05").
_COMPARISON_TEX = re.compile(r"[=<>]|\\(?:le|ge|leq|geq|neq|ne|ll|gg|leqslant|geqslant)"
                             r"(?![A-Za-z])")
# A unit or a spacing in TeX: a worked value ("m = 2\ \mathrm{kg}"), no threshold to learn.
_UNIT_TEX = re.compile(r"\\(?:mathrm|text|rm|[,;:! ])")


def _short_formula(tex: str) -> bool:
    """Whether a formula is short enough to be a card's answer: at most _MAX_ANSWER_TEX
    characters of TeX without spaces, and one relation (a range, "0 < \\zeta < 1", is one:
    two relations with no "=")."""
    relations = _COMPARISON_TEX.findall(tex)
    return len(re.sub(r"\s", "", tex)) <= _MAX_ANSWER_TEX and (
        len(relations) <= 1 or len(relations) == 2 and "=" not in relations)


def _formula_then_phrase(shielded: str, value: str) -> tuple[int, int] | None:
    """Where a sentence states a named quantity's short formula and goes on after it
    (_FORMULA_THEN_PHRASE): the formula's span, to hide whole, its name on the front. The
    name is judged as _formula_stated judges it; a step of a derivation or a worked value
    is no formula to recall."""
    for found in _FORMULA_THEN_PHRASE.finditer(shielded):
        words = found["name"].split()
        bare = [w for w in words if w.casefold() not in ("the", "a", "an")]
        start, end = found.span("formula")
        tex = value[start + 2:end - 2]
        if not bare or len(words) > 8 or words[0].casefold() in _NOT_TERMS | _DERIVING \
                or role_opening(found["name"] + " is") \
                or len(bare) <= 2 and bare[-1].casefold() in _NO_QUANTITY \
                or not re.search(r"[A-Za-z]", tex) or not _short_formula(tex) \
                or _worked_step(tex) \
                or _DERIVING_SENTENCE.search(
                    shielded, shielded.rfind(". ", 0, found.start()) + 1, found.start()):
            # ("From this we find that the speed is $v = …$, …" is a derivation's step)
            continue
        return start, end
    return None


# A named thing's quantity given as a formula: "The non-inverting amplifier has a gain of
# $1 + R_f/R_1$ and a very high input impedance" (math21: the gain is what to recall).
_FORMULA_HAD = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<name>[A-Z][^,;:()\\\ue000.!?]*?)\s+(?:has|have)\s+an?\s+"
    r"(?P<quantity>[a-z]+(?:[\s-][a-z]+)?)\s+of\s+(?P<formula>\\\(\ue000+\\\))"
    r"(?=\s*(?:[.;,]|$|\s(?:and|for|in|at|when|if|which)\s))")


def _formula_had(shielded: str, value: str) -> tuple[int, int] | None:
    """Where a sentence gives a named thing's quantity as a short formula (_FORMULA_HAD):
    the formula's span, the name and the quantity on the front. Not a number ("a gain of
    $10^5$"), a worked value or a pronoun's ("It has a gain of …")."""
    for found in _FORMULA_HAD.finditer(shielded):
        start, end = found.span("formula")
        tex = value[start + 2:end - 2]
        words = found["name"].split()
        if len(words) > 8 or words[0].casefold() in _NOT_TERMS | _DERIVING or \
                not re.search(r"[A-Za-z]", re.sub(r"\\[A-Za-z]+", "", tex)) or \
                not _short_formula(tex) or _worked_step(tex) or _SYMBOL.match(tex):
            continue
        return start, end
    return None


# A law said with its formula: "The work-energy theorem says $W = \Delta KE$", "Ohm's law
# states $V = IR$." The name ends in a word of a law; the formula ends the sentence.
_LAW_STATES_FORMULA = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<name>[A-Z][^,;:()\\\ue000.!?]*?\b(?:law|theorem|principle|rule|"
    r"equation|relation|criterion|lemma|identity|inequality))\s+(?:says|states|reads|is)\s*:?\s+"
    r"(?P<formula>\\\(\ue000+\\\))(?=\s*(?:[.;]|$))")
# A formula named after it: "$\tau = RC$ is called the time constant of the circuit". The
# name (up to five words, before "of", "for", "in" or the sentence's end) is asked.
_FORMULA_CALLED = re.compile(
    r"(?:^|(?<=[.!?]\s))\\\(\ue000+\\\)\s+(?:is|are)\s+(?:called|known\s+as|referred\s+to\s+as|"
    r"termed)\s+(?:the\s+|an?\s+)?(?P<name>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,4}?)"
    r"(?=\s*(?:[.;,]|$)|\s+(?:of|for|in|and)\s)")


def _formula_named(value: str) -> tuple[int, int] | None:
    """Where an unmarked sentence names a formula, the formula shown: the formula a law's
    name says ("The work-energy theorem says [$W = \\Delta KE$]"), or the name a formula is
    called ("$\\tau = RC$ is called the [time constant] of the circuit"). Only a short
    formula is an answer (_short_formula)."""
    if "**" in value or "\\(" not in value:
        return None
    shielded = shield_math(value)
    for found in _LAW_STATES_FORMULA.finditer(shielded):
        start, end = found.span("formula")
        if len(found["name"].split()) <= 8 and _short_formula(value[start + 2:end - 2]):
            return start, end
    found = _FORMULA_CALLED.search(shielded)
    return found.span("name") if found else None


# A threshold a sentence states as the condition of what it says: "A second-order system is
# underdamped when $\zeta < 1$", "When $\zeta = 1$ the system is critically damped", "The
# series converges if $|r| < 1$", "Pipe flow becomes turbulent above about $Re = 4000$". The
# formula follows its conjunction (or "above", "below" after the state: "The region above
# $y = 0$ is shaded" says where, no threshold) right away.
_CONDITION_FORMULA = re.compile(r"(?:^|(?<=\s))(?:when|whenever|if|once|unless|(?:above|below|"
                                r"beyond)(?:\s+(?:about|approximately|roughly|around))?)\s+"
                                r"(?P<formula>\\\(\ue000+\\\))", re.I)
# What the rest of such a sentence must say: a state or a name ("is underdamped", "are
# called …", "becomes turbulent"), not a step ("then $f(x) > 0$").
_STATE_VERB = re.compile(r"\b(?:is|are|becomes?|is\s+called|is\s+said\s+to\s+be)\s+"
                         r"(?!(?:the\s+)?(?:same|true|false|trivial|obvious|clear)\b)[a-z]")
# A sentence deriving or working out rather than stating: "Substituting … gives …", "we get".
_DERIVING_SENTENCE = re.compile(r"\b(?:we\s+(?:get|obtain|have|find)|gives|yields|substitut\w*|"
                                r"plugging|solving|rearranging)\b", re.I)
# The same in Chinese: "当 $Re > 4000$ 时流动为湍流", "若 $Fr > 1$，水流为急流", "$Fr = 1$ 时为
# 临界流", "当 $\omega = \omega_0$ 时电路发生谐振", "若 $\Delta > 0$，方程有两个不等实根". The
# clause after it names the regime or what happens (为/是/视为, 发生, 有/没有 …, two Chinese
# characters or more after it).
_CONDITION_FORMULA_CJK = re.compile(
    r"(?:^|(?<=[。；;！？，,：:]))\s*(?P<opening>当|當|若|如果|只要|一旦)?\s*"
    r"(?P<formula>\\\(\ue000+\\\))\s*(?P<closing>时|時|的时候|的時候)?")
_REGIME_CJK = re.compile(rf"(?:为|為|是|属于|屬於|处于|處於|呈|发生|發生|出现|出現|有|无|無)"
                         rf"\s*[{HAN}]{{2,}}")
# A state said of a pronoun ("If $x > 0$ it is positive", "若 $x > 0$，则它为正数"): what it
# points at is not on the card.
_POINTED_STATE = re.compile(r"\b(?:it|this|that|they|these|those)\s+(?:is|are|becomes?)\b", re.I)
_POINTED_STATE_CJK = re.compile(r"^\s*(?:则|就)?\s*(?:它们?|其|这|這|此|该|該)")


def _regime_follows_cjk(shielded: str, at: int) -> bool:
    """Whether the Chinese clause after a condition that ends at `at` of `shielded` names the
    regime it puts a thing in (_REGIME_CJK): no formula of its own, no pronoun's state."""
    clause = re.match(r"[，,\s]*([^，,。；;！？]*)", shielded[at:at + 400])[1]
    return bool(_REGIME_CJK.search(clause)) and "\ue000" not in clause and \
        not _POINTED_STATE_CJK.match(clause)


def _threshold_tex(tex: str) -> bool:
    """Whether a formula is a threshold to learn as a condition: a short comparison of a
    letter, with no unit (a worked value) in it."""
    return bool(re.search(r"[A-Za-z]", tex) and _COMPARISON_TEX.search(tex)
                and _short_formula(tex) and not _UNIT_TEX.search(tex))


def _symbol_shown_again(value: str, start: int, end: int, formulas: list) -> bool:
    """Whether another of the `formulas` (math_spans) of `value` holds the letter the formula
    at start:end compares ("… underdamped when $\\zeta < 1$ … When $\\zeta = 1$ …"): shown on
    the card, it gives the hidden threshold away, and the card is dropped as weak."""
    symbol = re.search(r"\\[A-Za-z]+|[A-Za-z]", value[start + 2:end - 2])
    return any(symbol.group() in value[s + 2:e - 2] for s, e in formulas
               if (s, e) != (start, end))


def _threshold_sentences(value: str) -> list[str] | None:
    """The sentences of an unmarked paragraph where two or more of them state a threshold as
    the condition of a state (_condition_stated) and the paragraph read whole asks none
    (each threshold's letter shows in the other): each is a card of its own. None for any
    other paragraph."""
    if "**" in value or "\\(" not in value:
        return None
    shielded = shield_math(value)
    cuts = [m.start() + 1 for m in _SENTENCE_END_AFTER.finditer(shielded)]
    sentences = [value[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(value)],
                                                      strict=True)]
    if len(sentences) < 2 or _condition_stated(value) is not None or \
            sum(_condition_stated(sentence) is not None for sentence in sentences) < 2:
        return None
    return sentences


def _condition_stated(value: str) -> tuple[int, int] | None:
    """Where a sentence of an unmarked text states a threshold as the condition of a state it
    names (_CONDITION_FORMULA in English, _CONDITION_FORMULA_CJK in Chinese): the
    condition's formula, to hide whole, the state on the front ("A second-order system is
    underdamped when [\\zeta < 1]", "当 [Re > 4000] 时流动为湍流"). Never in a step of a
    derivation or a worked example ("So …", "Substituting … gives …", "所以…", "由…得"), nor
    a long formula or one with a unit."""
    if "**" in value or "\\(" not in value:
        return None
    shielded = shield_math(value)
    formulas = None  # math_spans(value), found once: a long paragraph stays linear
    stops = [m.end() for m in re.finditer(r"[.!?]\s", shielded)]  # where sentences end
    for found in _CONDITION_FORMULA.finditer(shielded):
        start, end = found.span("formula")
        at = bisect.bisect_right(stops, start)
        opening = stops[at - 1] if at else 0
        after = _SENTENCE_END_AFTER.search(shielded, end)
        sentence = shielded[opening:after.start() if after else len(shielded)].strip()
        rest = sentence.replace(shielded[found.start():end], " ")
        first = re.match(r"[A-Za-z']+", sentence)
        if first is None or first.group().casefold() in _DERIVING \
                or _DERIVING_SENTENCE.search(sentence) \
                or not _STATE_VERB.search(rest) or len(re.findall(r"[A-Za-z]{2,}", rest)) < 3 \
                or _POINTED_STATE.search(rest) \
                or found.group().casefold().startswith(("above", "below", "beyond")) and \
                not _STATE_VERB.search(shielded[opening:found.start()]) \
                or not _threshold_tex(value[start + 2:end - 2]):
            continue
        formulas = math_spans(value) if formulas is None else formulas
        if _symbol_shown_again(value, start, end, formulas):
            continue
        return start, end
    if not in_chinese(value):
        return None
    stops = [m.end() for m in re.finditer(r"[。！？；;]", shielded)]  # where sentences end
    for found in _CONDITION_FORMULA_CJK.finditer(shielded):
        if not (found["opening"] or found["closing"]) or \
                found["opening"] in ("当", "當") and not found["closing"]:
            continue
        start, end = found.span("formula")
        at = bisect.bisect_right(stops, found.start())
        sentence = shielded[stops[at - 1] if at else 0:found.start()]
        if _CJK_DERIVING.match(sentence) or re.search(r"得(?:到|出)?\s*$", sentence):
            continue
        if not _regime_follows_cjk(shielded, found.end()) or \
                not _threshold_tex(value[start + 2:end - 2]):
            continue
        return start, end
    return None


# Two thresholds a Chinese sentence makes one condition of: "对二阶系统而言，只要 $\zeta > 0$ 且
# $\omega_n > 0$，系统就是稳定的", "当 $Re > 2300$ 且 $x > 0$ 时…" (zhmath21: one formula each
# side of 且 was no condition _CONDITION_FORMULA_CJK reads, and the sentence made no card).
_JOINED_CONDITION_CJK = re.compile(
    r"(?:^|(?<=[。；;！？，,：:]))\s*(?:当|當|若|如果|只要|一旦)\s*"
    r"(?P<both>\\\(\ue000+\\\)\s*(?:且|并且|並且|和|与|與)\s*\\\(\ue000+\\\))\s*(?:时|時)?")


def _joined_condition_cjk(value: str) -> tuple[int, int] | None:
    """Where a Chinese sentence states two thresholds as one condition of a state it names
    (_JOINED_CONDITION_CJK): both formulas and the 且 between them, hidden whole (either shown
    would tell half the answer). Not a step of a derivation, a state of a pronoun, nor a
    formula that is no short threshold."""
    if "**" in value or "\\(" not in value or not in_chinese(value):
        return None
    shielded = shield_math(value)
    for found in _JOINED_CONDITION_CJK.finditer(shielded):
        start, end = found.span("both")
        opening = max(shielded.rfind(mark, 0, found.start()) for mark in "。！？；") + 1
        if _CJK_DERIVING.match(shielded[opening:found.start()]):
            continue
        formulas = re.findall(r"\\\((.*?)\\\)", value[start:end])
        if not _regime_follows_cjk(shielded, found.end()) or len(formulas) != 2 or \
                not all(_threshold_tex(tex) for tex in formulas):
            continue
        return start, end
    return None


# A short formula that holds in a named region, said first: "在粘性底层中，$u^+ = y^+$，即速度与
# 离壁距离成线性关系" (zhmath21: the region's law made no card). The region is named in
# Chinese, no pointing word ("在此区域中"), and the formula stands alone in its clause.
_FORMULA_IN_REGION_CJK = re.compile(
    rf"(?:^|(?<=[。；;！？]))\s*在(?P<place>[{HAN}]{{2,10}}?)(?:中|内|內|里|裡)\s*[，,]\s*"
    r"(?P<formula>\\\(\ue000+\\\))\s*(?=[，,。；;！？]|$)")


def _formula_in_region_cjk(value: str) -> tuple[int, int] | None:
    """Where a Chinese sentence gives the short formula a named region obeys
    (_FORMULA_IN_REGION_CJK): the formula, hidden whole, the region on the front. Not a
    pointed region ("在此区域中"), an example's, a long formula nor a worked value."""
    if "**" in value or "\\(" not in value or not in_chinese(value):
        return None
    shielded = shield_math(value)
    for found in _FORMULA_IN_REGION_CJK.finditer(shielded):
        start, end = found.span("formula")
        tex = value[start + 2:end - 2]
        # ("在本例中，$x = a + b$", "在上图中": an example's or a figure's, no region's law)
        if re.match(rf"{CJK_POINTING_WORDS}|本|例|上|下|图|圖|表", found["place"]) or \
                "=" not in tex or \
                not _short_formula(tex) or _worked_step(tex) or _UNIT_TEX.search(tex):
            continue
        return start, end
    return None


# A threshold typed with a sign after the name of what it bounds, as clinical and lab notes
# write one: "A qSOFA score ≥ 2 means a high risk …", "A GCS ≤ 8 means …", "Oliguria is urine
# output < 0.5 mL/kg/h for more than 6 hours". The sign and its amount are the gap: "≥ 2" and
# "> 2" are different thresholds (math21: "A [qSOFA score ≥ 2] means …" hid the name with it,
# and the front said nothing of what was asked).
_SIGNED_THRESHOLD = re.compile(r"(?<=[A-Za-z)\]]\s)(?P<sign>[≥≤<>⩾⩽])\s?"
                               r"(?P<number>\d+(?:[.,]\d+)?)(?![\d.,]|\s*[×x]\s)")


def _threshold_stated(value: str) -> tuple[int, int] | None:
    """Where an unmarked text states its one threshold (_SIGNED_THRESHOLD) in a sentence that says
    what it means: the sign and the amount with its unit, to hide, the name it bounds on the
    front. None for a text of two thresholds or more (each shown gives the other's away),
    a bare "Heart rate > 90 bpm" (a criterion of a list, which its list asks), or a step of
    a worked example."""
    if "**" in value or not re.search(r"[≥≤<>⩾⩽]", value):
        return None
    shielded = shield_math(value)
    found = list(_SIGNED_THRESHOLD.finditer(shielded))
    if len(found) != 1 or len(re.findall(r"[≥≤⩾⩽]|(?<!-)[<>](?!-)", shielded)) != 1:
        return None
    start, end = found[0].span()
    end = max(end, amount_end(shielded, found[0].start("number")) or end)
    opening = max(shielded.rfind(". ", 0, start), shielded.rfind("; ", 0, start)) + 1
    after = _SENTENCE_END_AFTER.search(shielded, end)
    sentence = shielded[opening:after.start() if after else len(shielded)]
    words = re.findall(r"[A-Za-z]{2,}", sentence)
    if len(words) < 5 or words[0].casefold() in _DERIVING or \
            _DERIVING_SENTENCE.search(sentence) or \
            shielded.count("(", opening, start) > shielded.count(")", opening, start):
        # ("Every patient with HFrEF (LVEF ≤40%) should be on …": a bracketed aside sets
        # the scene; the sentence's fact is what it says of the patient)
        return None
    return start, end


# Chinese states a named quantity's formula inside its prose: "简单模型中乘数等于 $…$",
# "标准差可表示为 $…$", "和的方差满足 $…$" (the verb and the formula ending a clause); a named
# condition, "方阵 $A$ 可逆的充要条件是 $|A| \neq 0$"; or the name right before its formula,
# "迈耶公式 $C_{p,m} - C_{V,m} = R$", "…的时间常数 $\tau = RC$". Read on the shielded text: a
# formula is one span. 为 of a longer word (作为, 因为, 认为, 定义为 …) is no copula here.
_CJK_STATED_BY = re.compile(
    r"(?:可以|可)(?:表示|写)(?:成|为)|等于|满足|(?P<defined>(?:被)?定义为)|"
    # (约为 gives a value, roughly: "…之比约为 $Re^{3/4}$" names no formula to recall)
    r"(?<![作因成认称以视分变化改义示记转设令取则即均皆都也仍又亦更较约])为|"
    r"(?P<condition>(?:充分必要|充要|充分|必要)?条件(?:是|为))")
_CJK_FORMULA_AFTER = re.compile(r"\s*(?P<formula>\\\(\ue000+\\\)|\\\[\ue000+\\\])"
                                r"(?=\s*(?:[。；;，,！!]|$|对(?:任意|一切|所有)[^。；;]*成立))")
# A name typed over its formula in Chinese or Japanese: two to eight of their characters.
_CJK_FORMULA_NAME = re.compile(rf"[{KANA_HAN}]{{2,8}}")
# Words that lead into a formula, no name: opening the line ("其表达式为", "由此得", "所以",
# "设", "若", "当") or ending it ("…为", "…得", "…是", "如下", "满足"), and the Japanese
# connectives ("したがって", "よって"). A name holding 有 or 因 ("有效值", "功率因数") is one.
_CJK_FORMULA_LEAD = re.compile(
    r"^(?:其|由|所以|因此|因而|故|设|設|令|若|当|當|则|則|即|可得|于是|於是)|"
    r"(?:为|為|得|是|如下|满足|滿足|可表示|表示)$|"
    r"^(?:したがって|従って|よって|ゆえに|故に|つまり|すなわち|即ち|ここで|これより)")
# The name before the verb or the formula: the run of Chinese characters after the last
# 的 or 即 of its clause ("连续型随机变量的[数学期望]等于", "伏安关系即[欧姆定律] $u = Ri$").
_CJK_NAME_BEFORE = re.compile(f"(?<![{HAN}])[{HAN}]{{2,8}}$")
# What ends the words before a formula's name: "连续型随机变量的[数学期望]等于", "伏安关系即
# [欧姆定律]", a state the name holds in ("层流时[沿程阻力系数]等于 $…$", math21), not the
# 时 of a word (时间常数, 时域, 时刻 …), and a rule's verb ("采样定理要求[采样频率]满足 $…$").
_CJK_NAME_SPLIT = re.compile(rf"的|即|满足|遵循|遵守|服从|要求|規定|规定|"
                             rf"(?<=[{HAN}]{{2}})时(?![间刻域序钟期代效态速候])")
# A clause opening on these is a step of a derivation or a worked example ("所以…为 $…$",
# "由换路定则得 $…$", "代入上式得 $…$"), or a value given to a symbol ("设 …为 $…$"); or
# a step of a procedure, opening on what to do ("1. 写出闭环特征方程 $…$，并检查…": zh20b,
# its formula was asked of a step that states nothing).
_CJK_DERIVING = re.compile(r"\s*(?:所以|因此|因而|于是|从而|故|由|代入|带入|将|把|即|可得|得|"
                           r"设|令|记|取|假设|已知|解|例|同理|显然|"
                           r"写出|列出|求出|画出|检查|计算(?!公式|式))")
# A clause opening on a condition or a pointing states no named formula: "若线性方程组的系数
# 行列式 $D \neq 0$，则…" sets a condition on a theorem, whose name the sentence gives.
_CJK_CONDITION = re.compile(r"\s*(?:若|如果|假如|倘若|只要|只有|当|一旦|这|那|它|此)")
# A name that says no quantity: a pronoun, a worked result (statements.CJK_WORKED), or a
# word a verb ends ("可得").
_CJK_NO_NAME = re.compile(r"^(?:两者|二者|它们?|其|此|上式|下式|原式|该式)|"
                          rf"{CJK_WORKED.pattern}|[得到知有为是则即令设取出入示成写足等求证]$")


# A name that says only that a formula follows ("公式为：", "表达式为"), unless what is
# before it in its clause says whose ("泊松分布的公式为").
_CJK_ONLY_FORMULA = re.compile(r"(?:计算|計算)?(?:公式|表达式|表達式|关系式|關係式|定义式|定義式|"
                               r"式子|等式|方程式?)")
# A Chinese lead that is only such a word and its verb: "公式为：", "其表达式如下：".
_CJK_UNNAMED_LEAD = re.compile(rf"(?:其|它的|该|該|此)?{_CJK_ONLY_FORMULA.pattern}\s*"
                               r"(?:如下|为|為|是|可写成|可表示为)?\s*[：:]?")
# A Chinese heading's numbering: "一、", "（二）", "第三章 ", "2.1 ".
_CJK_HEADING_NUMBERING = re.compile(r"^\s*(?:[一二三四五六七八九十百]+\s*[、.．]|"
                                    r"[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十百0-9]+[章节節讲講]|"
                                    r"[0-9]+(?:\.[0-9]+)*[、.．]?(?=\s))\s*")
# A Chinese sentence pointing at the display above it: "上式称为伯努利方程", "此式叫做…",
# and a condition the display states, "这个条件叫做归一化条件" (zh20: asked alone, "这个条件
# 叫做[…]" said nothing to answer from).
_CJK_ABOVE_FORMULA = re.compile(r"^\s*(?:上式|上述?(?:公式|方程|关系式|關係式|条件)|"
                                r"上面的?(?:公式|式子)|此式|该式|該式|此条件|该条件|"
                                r"这[个一]?(?:式子|公式|方程|关系式|条件)|這個?(?:式子|公式|方程|條件))")
_CJK_CLAUSE_BREAK = re.compile(f"[{CJK_CLAUSE_MARKS}]")
# The sentence under a display that names the law it states: "此即帕塞瓦尔定理。", "这就是
# 纳维-斯托克斯方程，简称 N-S 方程。" (up to its full stop).
_NAMED_AFTER_DISPLAY_CJK = re.compile(r"\s*(?:此即|[这這](?:就|便)是)[^。！？]*[。！？]?")
# A clause longer than this (its math shielded) is no name and its formula.
_MAX_CLAUSE_CJK = 200


def _cjk_deriving(lead: str) -> bool:
    """Whether a Chinese lead into a formula is a step of a derivation or a worked example:
    its sentence or its last clause opens on one ("由定义…得", "所以…", "已知…，代入得"), or
    it ends in 得 ("…利用期望的线性性质得"): the formula follows from the one before."""
    sentence = re.split(r"[。！？；]", lead)[-1]
    clause = re.split(r"[，,：:]", sentence)[-1]
    return bool(_CJK_DERIVING.match(sentence) or _CJK_DERIVING.match(clause)
                or re.search(r"得(?:到|出)?\s*$", lead))


# A Chinese symbol legend under a display: "其中 $a_k$ 为傅里叶系数，$\omega_0$ 为基波角频率。"
# ("式中 …" the same; traditional "其中 $a_k$ 為傅立葉係數"). Each clause "$x$ 为|是|表示|代表
# meaning" (or a textbook's "式中：$F$ —— 合外力；…") says what one letter is.
_CJK_LEGEND_OPENING = re.compile(r"^(?:其中|式中)\s*[，,：:]?\s*")
_CJK_LEGEND_CLAUSE = re.compile(r"\s*\\\(\ue000+\\\)\s*(?:为|為|是|表示|代表|——|—|[：:])\s*"
                                r"(?P<meaning>[^\\\ue000]+?)\s*$")
# A meaning too short to hide (频谱, 零点: two characters, the project's shortest gap is three),
# a number ("$B$ 约为 5.0"), or a class any letter belongs to ("常数", "比例系数", "正整数";
# a named constant, "玻尔兹曼常数", is a meaning).
_CJK_LEGEND_NO_MEANING = re.compile(r"\d|^(?:任意|正|负|非零|实|比例|积分|待定)?"
                                    r"(?:常数|常量|系数)$|"
                                    r"^(?:正|负|非负)?(?:整数|实数|复数)$|"
                                    r"^(?:自|因|复|实)?变量$|^参数$")


def _cjk_legend(value: str) -> tuple[int, list[tuple[int, int]]] | None:
    """Where a Chinese paragraph opens on a symbol legend ("其中 $a_k$ 为傅里叶系数，$\\omega_0$
    为基波角频率。"): where its first sentence ends, and the span of each meaning to hide
    (three characters or more, no number, no formula). None for any other paragraph, a
    marked one (the author's mark is asked) or a legend with no meaning worth a gap."""
    if "**" in value or not _CJK_LEGEND_OPENING.match(value) or not in_chinese(value):
        return None
    shielded = shield_math(value)
    end = re.search(r"[。！？]|$", shielded).end()
    opening = _CJK_LEGEND_OPENING.match(shielded).end()
    spans = []
    start = opening
    for found in re.finditer(r"[，,；;、。！？]|$", shielded[:end]):
        clause = shielded[start:found.start()]
        legend = _CJK_LEGEND_CLAUSE.fullmatch(clause)
        start = found.end()
        if legend is None:
            continue
        meaning = legend["meaning"]
        # ("其中 $z$ 是一个复变量": a class said with its count, zh20)
        if len(re.sub(r"\s", "", meaning)) < 3 or \
                _CJK_LEGEND_NO_MEANING.search(re.sub(r"^一[个种]", "", meaning)) or \
                not CJK.search(meaning):
            continue
        base = found.start() - len(clause)
        spans.append((base + legend.start("meaning"), base + legend.end("meaning")))
    # "$N(s)$ 为分子多项式，$D(s)$ 为[分母多项式]": a meaning one character from another the
    # card shows is told by it (the numerator's name gives the denominator's; a blind review
    # of session 19: junk). Neither of such a pair is asked.
    # Still a legend, read as one, with nothing left to ask (legend() says so).
    meanings = [shielded[a:b] for a, b in spans]
    found = bool(spans)
    spans = [span for span, meaning in zip(spans, meanings, strict=True)
             if not any(_one_apart(meaning, other) for other in meanings)]
    return (end, spans) if found else None


# A clause naming a symbol: "$\zeta$ 称为阻尼比", "$\omega_n$ 叫做无阻尼自然频率", "$\mu$ 为动力
# 粘度" (after "其中" or not); the name, three to ten Chinese characters, ends the clause.
_SYMBOL_NAMED_CLAUSE_CJK = re.compile(
    r"\s*(?:(?:其中|式中)\s*[，,]?\s*)?\\\(\ue000+\\\)\s*"
    rf"(?P<verb>(?:被)?[称稱][为為]|叫做|叫作|为|為)\s*(?P<meaning>[{HAN}]{{3,10}})\s*")


def _symbols_named_cjk(value: str) -> tuple[int, int, list[tuple[int, int]]] | None:
    """The sentence of a Chinese paragraph that names two symbols or more, one of them with
    称为 or 叫做 ("…，其中 $\\zeta$ 称为阻尼比，$\\omega_n$ 称为无阻尼自然频率。"): where it starts
    and ends, and each name's span, to ask on a card of its own with the others shown
    (zhmath21: only the last name was asked, "$\\zeta$ 称为[阻尼比]" never). None where a name
    is told by another (one holds the other, "湍动能" in "湍动能耗散率", or one character apart)
    or any other paragraph."""
    if "**" in value or "\\(" not in value or not in_chinese(value):
        return None
    shielded = shield_math(value)
    start = 0
    for stop in [m.end() for m in re.finditer(r"[。！？]", shielded)] + [len(shielded)]:
        sentence, base, start = shielded[start:stop], start, stop
        spans, naming = [], False
        at = 0
        for found in re.finditer(r"[，,；;。！？]|$", sentence):
            clause = _SYMBOL_NAMED_CLAUSE_CJK.fullmatch(sentence, at, found.start())
            at = found.end()
            if clause is None or _CJK_LEGEND_NO_MEANING.search(clause["meaning"]):
                continue  # ("$n$ 为正整数": a class any letter belongs to, no name)
            naming = naming or clause["verb"] not in ("为", "為")
            spans.append((base + clause.start("meaning"), base + clause.end("meaning")))
        names = [shielded[a:b] for a, b in spans]
        if len(spans) < 2 or not naming or any(
                one != other and (one in other or _one_apart(one, other))
                for one in names for other in names) or len(set(names)) < len(names):
            continue
        return base, stop, spans
    return None


def _one_apart(one: str, other: str) -> bool:
    """Whether two phrases of one length differ in exactly one character (分子/分母)."""
    return len(one) == len(other) and sum(a != b for a, b in zip(one, other, strict=True)) == 1


def _formula_stated_cjk(value: str) -> tuple[int, int] | None:
    """Where a Chinese sentence states a named quantity's formula or a named condition
    (_CJK_STATED_BY, or the name right before the formula): that formula's span, to hide
    whole, the name on the front. Never a bare symbol, a worked value ("末速度为 $v = 12\\,
    \\mathrm{m/s}$"), a step of a derivation ("所以…", "由…得"), nor a name that is a clause
    ("二次型可以用矩阵表示为 …"), a pronoun or a symbol ("$f(x)$ 为 …")."""
    if "**" in value or "\\" not in value or not in_chinese(value):
        return None
    shielded = shield_math(value)
    # where each clause ends, found once: a long text with many formulas stays linear
    breaks = [m.end() for m in _CJK_CLAUSE_BREAK.finditer(shielded)]
    found = []
    for formula in _CJK_FORMULA_AFTER.finditer(shielded):
        start, end = formula.span("formula")
        tex = value[start + 2:end - 2].strip()
        if not re.search(r"[A-Za-z]", tex) or _SYMBOL.match(tex) or _worked_step(tex):
            continue
        opening = bisect.bisect_right(breaks, formula.start())
        clause_end = formula.start()
        # "两者满足迈耶公式：" over its display: the name before the colon leads into it
        led = opening and not shielded[breaks[opening - 1]:clause_end].strip() and \
            shielded[breaks[opening - 1] - 1] in "：:"
        if led:
            opening, clause_end = opening - 1, breaks[opening - 1] - 1
        clause = shielded[breaks[opening - 1] if opening else 0:clause_end]
        if len(clause) > _MAX_CLAUSE_CJK or _CJK_DERIVING.match(clause) or \
                _CJK_CONDITION.match(clause):
            continue
        verbs = list(_CJK_STATED_BY.finditer(clause))
        verb = verbs[-1] if verbs else None
        if verb is not None and verb.end() == len(clause):
            if verb.group() == "满足" and not _STATEMENT_TEX.search(tex):
                continue  # what a quantity satisfies is a relation
            if verb["defined"] and (not _STATEMENT_TEX.search(tex)
                                    or "的" not in clause[:verb.start()]):
                # "基波角频率 $\omega_0$ 定义为 $2\pi / T$", "品质因数定义为 $Q = …$" ask the
                # term they define; "克劳修斯熵 $S$ 的变化定义为 $dS = …$" defines no term, so
                # its formula is what to recall
                continue
            named = clause[:verb.start()]
            if verb["condition"]:
                if _STATEMENT_TEX.search(tex) and named.strip():
                    found.append((clause, start, end))
                continue
        elif led or verb is None or clause[verb.end():].strip():
            if not _STATEMENT_TEX.search(tex):
                continue  # a name beside an expression names it; it states nothing
            named = clause
        else:
            continue
        name = _CJK_NAME_BEFORE.search(_CJK_NAME_SPLIT.split(named.rstrip())[-1])
        if name is None or _CJK_NO_NAME.search(name.group()) or \
                re.search(r"可以|能够|可用|通常|一般|只有|必须|应该|需要", name.group()) or \
                opens_as_a_clause_cjk(name.group()):
            continue
        if _CJK_ONLY_FORMULA.fullmatch(name.group()) and named.strip() == name.group():
            continue  # "公式为：" over a display: it says a formula follows, not whose
        found.append((clause, start, end))
    # "X 的分布律为 $…$，若…，则 X 的数学期望为 $…$": what a condition's 则 concludes is the
    # sentence's fact; what comes before it sets it up.
    concluded = [(start, end) for clause, start, end in found if clause.lstrip().startswith("则")]
    return (concluded or [(start, end) for _, start, end in found] or [None])[0]


_SUBSCRIPTED_TEXT = re.compile(r"\\(?:text|mathrm)\{([A-Za-z]+)\}(?=\s*[_^])|"
                               r"(?<=[_^])\\(?:text|mathrm)\{([A-Za-z]+)\}")


def _worked_step(tex: str) -> bool:
    """Whether a display formula is a step of a worked example, not a formula to learn: a
    single symbol's value is a number ("v = 12\\ \\mathrm{m/s}", "\\text{Precision} = … =
    0.889") or a right-hand side of no letter ("\\text{Accuracy} = \\frac{40 + 50}{100}"),
    or the formula holds no letter at all. A number after more than a symbol is an
    identity ("\\sum_i p_i = 1", "u \\cdot v = 0"), to learn."""
    body = _TEX_ENVIRONMENT.sub("", tex)
    right = body.partition("=")[2] if "=" in body else body
    left = re.split(r"=|\\approx", body, maxsplit=1)[0].replace("&", "")
    # A `\\text{}` carrying a subscript, or being one, names ("\\text{SS}_\\text{res}"); no unit.
    right = _SUBSCRIPTED_TEXT.sub(lambda named: f" {named[1] or named[2]} ", right)
    worked_value = _NUMBER_SIDE.search(body.rstrip(" \n\\")) or not re.search(
        r"[A-Za-z]", _WORKED_LAYOUT_TEX.sub("", right))
    return bool(_SYMBOL.match(left) and worked_value
                or not re.search(r"[A-Za-z]", re.sub(r"\\[A-Za-z]+", "", body))
                and not _GREEK_TEX.search(body))


# Greek letters are letters of a formula: "\eta = (\nu^3/\epsilon)^{1/4}" is no number.
_GREEK_TEX = re.compile(rf"\\(?:var)?(?:{'|'.join(sorted(GREEK_LETTERS, key=len, reverse=True))})"
                        r"(?![A-Za-z])")


def _formula_led(value: str) -> tuple[int, int, int, int] | None:
    """Where a sentence of a text leads into a display formula that finishes it ("Two events
    are independent when \\[P(AB) = P(A)P(B)\\]"): (where the lead starts, the formula's
    span, where its sentence ends), to ask the formula whole with the lead on the front. The
    lead has two words or more and ends in a word that leaves it unfinished ("when", "is",
    "by"; _LEAD_WORDS), a comma or "="; a lead that merely lacks its full stop ("… assuming
    all else is unchanged" over a formula) may be a finished sentence the formula only
    illustrates. Not a step of a worked example or a derivation ("So …", "Substituting
    gives …", "Applying the chain rule, …", a formula whose value is a number), a lead
    opening on a pointing word ("This gives …"), whose formula holds only for what it points
    at, nor a sentence with a marked phrase: the author marked what it asks."""
    if "\\[" not in value:
        return None
    shielded = shield_math(value)
    for found in _UNFINISHED_LEAD.finditer(shielded):
        lead = shielded[found.start("lead"):found.end("lead")]
        words = re.findall(r"\\\(\ue000+\\\)|[\w'’]+|[,=]", lead)
        # Chinese runs its words together: "样本均值定义为" is one \w run of six words.
        if len(words) < 2 and not (words and _CJK_LEAD.search(words[-1])
                                   and len(words[-1]) >= 3 and CJK.search(words[-1])) \
                or words[0].casefold() in _NOT_TERMS | _DERIVING \
                or words[0].casefold().endswith("ing") \
                or words[-1].casefold() not in _LEAD_WORDS | {",", "="} \
                and not _CJK_LEAD.search(words[-1]):
            continue
        if CJK.search(lead) and _cjk_deriving(lead):
            continue
        if CJK.search(lead) and _CJK_UNNAMED_LEAD.fullmatch(lead.strip()):
            continue  # "公式为：", "其表达式如下：": no name on the front to ask it from
        start, end = found.span("formula")
        tex = value[start + 2:end - 2]
        if _worked_step(tex) or not _STATEMENT_TEX.search(tex):
            continue  # "if \[k\] is small": a symbol, no formula to recall
        after = _SENTENCE_END_AFTER.search(shielded, end)
        stop = after.start() + 1 if after else len(value)
        if "**" in value[found.start("lead"):stop]:
            continue
        return found.start("lead"), start, end, stop
    return None


def _first_sentence(value: str) -> tuple[str, str]:
    """A text's first sentence and the rest, cut at a full stop before a capital (never
    inside a formula)."""
    after = _SENTENCE_END_AFTER.search(shield_math(value))
    if after is None:
        return value.strip(), ""
    return value[:after.start() + 1].strip(), value[after.start() + 1:].strip()


def _formula_introduced(value: str) -> tuple[int, int, int, int, str] | None:
    """Where a sentence that _formula_led leaves alone (it opens on a pointing word, an
    -ing step or a clause, or ends in a noun) introduces the display that finishes it by a
    noun phrase of its own ("This ratio is the Reynolds number, defined as \\[…\\]", "…,
    which gives the Kolmogorov length scale \\[…\\]", "Summing over the cycle, we obtain the
    Clausius inequality \\[…\\]", "… the hinge loss reads \\[…\\]"): (where the sentence
    starts, the formula's span, where its sentence ends, the name as a front says it). The
    name is the card's question, so it must say one quantity: "the" and a named thing, or a
    possessive name ("Bernoulli's equation"); never one that says only a formula follows
    ("the following expression", "the result"), two things ("the heat capacities at
    constant volume and constant pressure"), a pronoun ("It is computed as"), a worked
    value or notation, nor a sentence with a marked phrase."""
    if "\\[" not in value:
        return None
    shielded = shield_math(value)
    for found in _UNFINISHED_LEAD.finditer(shielded):
        lead = shielded[found.start("lead"):found.end("lead")].rstrip(" ,:")
        named = _INTRODUCED_BEFORE.search(lead) or _INTRODUCED_AFTER.search(lead)
        if named is None:
            continue
        start, end = found.span("formula")
        tex = value[start + 2:end - 2].strip()
        after = _SENTENCE_END_AFTER.search(shielded, end)
        stop = after.start() + 1 if after else len(value)
        if "**" in value[found.start("lead"):stop] or not _one_statement(tex, expression=True):
            continue
        name = " ".join(named["name"].split())
        words = re.findall(r"[\w'’–-]+", name)
        if not words or len(words) > 6 or any(
                w.casefold() in _TWO_THINGS for w in words) or all(
                w.casefold() in _NO_QUANTITY | _SAYS_NO_NAME for w in words):
            continue
        front = f"{name[0].upper()}{name[1:]}:" if len(words) > 1 else f"Formula for {name}:"
        return found.start("lead"), start, end, stop, front
    return None


# A named quantity and the words that introduce the display it finishes, at the end of
# the sentence above the display: "… the Reynolds number, defined as", "The ratio … is
# given by" (a name of its own opening the sentence is _formula_led's), "… the momentum
# equation reads", "Bernoulli's equation takes the form". A word of the name is no verb or
# pronoun: "the flow is the Reynolds number" names the Reynolds number.
_NAME_WORD = (r"(?!(?:is|are|was|were|be|been|has|have|had|gives|give|yields|that|which|who|"
              r"where|when|we|it|this|these|its)\b)[\w'’–-]+")
_INTRODUCED_BEFORE = re.compile(
    rf"(?:\bthe\s+|(?<![\w'’])(?=(?-i:[A-Z])[\w–-]*['’]s\s))(?P<name>{_NAME_WORD}"
    rf"(?:\s+{_NAME_WORD}){{0,5}}?)\s*,?\s+(?:(?:is|are|can\s+be|may\s+be)\s+)?"
    r"(?:(?:usually|often|commonly|then)\s+)?"
    r"(?:(?:defined|given|written|computed|calculated|expressed|evaluated)\s+(?:as|by)|"
    r"reads|takes\s+the\s+form)$", re.I)
# "…, which gives the Kolmogorov length scale", "we obtain the Clausius inequality": the
# name after the verb, ending the lead.
_INTRODUCED_AFTER = re.compile(
    r"\b(?:gives|yields|leads\s+to|(?:we|one)\s+(?:get|gets|obtain|obtains|find|finds|"
    rf"arrive\s+at)|is\s+obtained)\s+the\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,5}})$",
    re.I)
# Words of a name that says no quantity, only that a formula follows ("the following",
# "the resulting expression", "the same"), besides _NO_QUANTITY's.
_SAYS_NO_NAME = frozenset("""following same above previous resulting new final general
    simple simpler desired required last next first second other full corresponding
    familiar well-known known famous usual standard""".split())
# A name of two things: one card would ask two formulas.
_TWO_THINGS = frozenset("and or vs versus".split())


def _formula_name(tex: str) -> str | None:
    """The name a display formula's left-hand side gives its quantity: the words of
    `\\text{Accuracy} = …` or `\\mathrm{MSE} &= …`, else the TeX of a symbol (`\\alpha`,
    `R`). None for a formula with no `=`, a left side that is itself a relation or a sum, or
    several equations (a later row with a left side of its own), whose name is no one's."""
    # Rows break at "\\\\", with the space after it some write ("\\\\[6pt]").
    rows = [row for row in re.split(r"\\\\(?:\s*\[[^\]]*\])?", _TEX_ENVIRONMENT.sub("", tex))
            if row.strip()]
    if not rows or any(row.split("&")[0].strip() for row in rows[1:]):
        return None  # "a &= b \\ c &= d": two formulas; "&= …" goes on with the first
    left, equals, right = rows[0].replace("&", "").partition("=")
    left = " ".join(left.split())
    if not equals or not right.strip() or not left or len(left) > 40:
        return None
    if worded := _TEX_WORD_NAME.match(left):
        return " ".join(worded[1].replace("\\ ", " ").replace("~", " ").split())
    if _RELATION_TEX.search(left) or re.search(r"[-<>]", left):
        return None
    return left


# What ends a formula's right side at its top level: a condition or a remark after it
# ("f(a)\ \forall a \in D", "…, n \ge 1", "\quad \text{for } x > 0"), left on the front.
_SIDE_TAIL = re.compile(r",\s|;|\\(?:forall|quad|qquad|iff|implies|Rightarrow|Leftrightarrow|"
                        r"because|therefore)(?![A-Za-z])|\\(?:text|mbox|mathrm)\s*\{\s*(?:for|if|"
                        r"when|where|with|per|para|se|wenn|für|pour|si|falls)\b")
# A definition's sign in TeX: "\\equiv", ":=", "\\coloneqq", "\\triangleq".
_DEFINED_AS_TEX = re.compile(r"\\(?:equiv|coloneqq|triangleq)(?![A-Za-z])|:=")
# Relations other than "=" that make a formula no identity of two sides.
_OTHER_RELATION_TEX = re.compile(r"[<>]|\\(?:approx|le|ge|leq|geq|neq|ne|sim|simeq|propto|"
                                 r"equiv|cong|to|mapsto|in|subset|subseteq|ll|gg|lesssim|"
                                 r"gtrsim|lessapprox|stackrel|overset|coloneqq|iff|implies|"
                                 r"Rightarrow|Leftrightarrow|rightarrow)(?![A-Za-z])")
# A right side that only says "a constant": one letter, or the word in a text command.
_CONSTANT_SIDE = re.compile(r"[A-Za-z]|\\(?:text|mathrm|rm)\s*\{\s*(?:const\.?|constant|cst|"
                            r"konst\.?|costante|constante)\s*\}|const\.?", re.I)
MAX_SIDE_TEX = 110  # a right side longer than this is no one gap to recall


# Headings over formulas that are worked out, not learned: a solution, a proof, practice.
_WORKING_HEADING = re.compile(
    r"\b(?:solutions?|practi[cs]e|exercises?|problems?|proofs?|homework|quiz|tutorial|"
    r"worked|beweis|lösung(?:en)?|übung(?:en)?|dimostrazione|soluzion[ei]|esercizi[o]?|"
    r"démonstration|exercices?|demostración|solución|ejercicios?)\b|证明|解答|练习|習題|演習|証明",
    re.I)
# A formula that ends its sentence: the last thing of a paragraph but its full stop.
_TRAILING_FORMULA = re.compile(r"\\(?P<open>[(\[])(?P<tex>(?:(?!\\[()\[\]]).)+)\\[)\]]"
                               r"(?P<end>\s*[.。,，:：]?)$", re.S)
# A lead that works a step out or gives an example, in the languages the notes are in.
_DERIVED_LEAD = re.compile(
    # (Examples anywhere in a lead are _EXAMPLE_IN_LEAD's, "in the same way" _WORKED_IN_LEAD's:
    # formula_side_after_lead asks all three.)
    r"\s*(?:(?:so|thus|hence|then|therefore|now|finally|substituting|plugging|rearranging|"
    r"quindi|allora|dunque|poi|also|daher|dann|somit|donc|alors|ainsi|entonces|luego|"
    r"example|esempio|beispiel|ejemplo|here|in\s+this|in\s+that|"
    r"in\s+the\s+example|in\s+questo|in\s+diesem|dans\s+ce|en\s+este)\b|则|所以|因此|于是|故|即|"
    r"如|よって|したがって|ゆえに|在?本例|在?此|在?这|この|再|然后|"
    r"进而|similarly|likewise|this\s+can\s+be|which\s+can\s+be)", re.I)
# "…，例如连续时间随相正弦波 $X(t) = …$": the formula is an example of what the lead says.
_EXAMPLE_IN_LEAD = re.compile(r"例如|比如|譬如|例えば|\b(?:for\s+example|for\s+instance|e\.g\.|"
                              r"such\s+as|ad\s+esempio|per\s+esempio|zum\s+Beispiel|z\.\s?B\.|"
                              r"par\s+exemple|por\s+ejemplo)", re.I)
# A lead that says a step got it, wherever it says so: "并求平均得到平均方程", "原頁推導出 …",
# "This can be written as", "we can define … in the same way".
_WORKED_IN_LEAD = re.compile(r"得到|求得|推导出|推導出|推出|前一[頁页]|上一?[頁页]|上式|"
                             r"\b(?:can\s+be\s+written|rewritten|in\s+the\s+same\s+way|"
                             r"previous\s+(?:page|equation|result))\b", re.I)
# A lead ending on what a step got: "两边取拉氏变换，得", "Solving for x gives".
_STEP_GOT = re.compile(r"(?:得|得到|代入|\b(?:gives?|get|gets|obtain(?:s|ed)?|"
                       r"yields?|we\s+have|ergibt|erhält\s+man|otteniamo|on\s+obtient))\W*$", re.I)
# A heading that is only a numbered label ("Theorem 2.1", "Lemma 3"): it says no quantity,
# and a formula under it asks "\\(a^2 + b^2\\) = […]" from nothing but its letters.
_NUMBERED_LABEL = re.compile(r"(?:theorem|lemma|proposition|definition|satz|teorema|"
                             r"théorème|proposizione|lemme|example|equation|"
                             r"formula|eq\.?|section|chapter|lecture|part|week|unit|lesson|"
                             r"kapitel|abschnitt|capitolo|sezione|chapitre|capítulo|sección)"
                             r"\s*[\dIVX.]+\.?|(?:定理|命题|引理|公式)\s*[\d.]+|第\s*\S{1,3}\s*[节章课講回部]",
                             re.I)
# A sentence saying the displays after it derive or prove something (not "the derivative",
# "derivata": a quantity's name).
_DERIVATION_LEAD = re.compile(r"\b(?:derive[sd]?|deriving|derivation|prove|proof|show\s+that|"
                              r"completing\s+the\s+square|"
                              r"herleit\w*|dimostr\w*|démontr\w*|demostr\w*)\b|推导|证明|證明|導出",
                              re.I)
# A step of a derivation, over the display it works out: "Step 1: take logs", "**Schritt 2**".
_STEP_LEAD = re.compile(r"\W*(?:step|schritt|passo|paso|étape|etapa|stap)\s*\d", re.I)
# A paragraph that goes on with the sentence a display is the middle of: ", hence …",
# "and therefore …", "which gives …".
_GOES_ON = re.compile(r"\s*(?:[,;]|(?:hence|thus|so|and|which|therefore|then|giving|"
                      r"yielding|or|i\.e\.)\b)", re.I)


# Pairs of TeX delimiters a side must hold both of, or neither.
_TEX_PAIRS = (("\\left", "\\right"), ("\\langle", "\\rangle"), ("\\lVert", "\\rVert"),
              ("\\lvert", "\\rvert"), ("\\lbrace", "\\rbrace"), ("\\lfloor", "\\rfloor"),
              ("\\lceil", "\\rceil"), ("\\{", "\\}"))


def _balanced(tex: str) -> bool:
    """Whether a side of a split formula opens no delimiter it does not close: braces, and
    the TeX pairs ("\\left" … "\\right", "\\langle" … "\\rangle")."""
    if tex.count("{") - tex.count("\\{") != tex.count("}") - tex.count("\\}"):
        return False
    return all(len(re.findall(re.escape(a) + r"(?![A-Za-z])", tex))
               == len(re.findall(re.escape(b) + r"(?![A-Za-z])", tex)) for a, b in _TEX_PAIRS)


def _top_level(tex: str) -> str:
    """TeX with what its braces hold taken out: "\\lim_{x \\to a} f(x)" -> "\\lim_{} f(x)",
    whose relation ("\\to") is the limit's, not the formula's."""
    while True:
        inner = re.sub(r"\{[^{}]*\}", "{}", tex)
        if inner == tex:
            return tex
        tex = inner


def _formula_sides(tex: str) -> tuple[str, str, str, str] | None:
    """(left, right, tail, sign) of a formula that is one identity, `left = right` at its top
    level ("\\int kf(x)\\,dx = k\\int f(x)\\,dx", "G(Q^*) = \\dfrac{c_s}{c_o + c_s}",
    "\\lim_{x \\to a} f(x) = f(a)\\ \\forall a \\in D", whose tail "\\ \\forall …" is a
    condition left on the front): what the left side equals is what a card asks. None for
    several rows or equations, a chain ("a = b = c"), another relation, a worked value
    ("v = 12\\ \\mathrm{m/s}"), a step going on from one before ("= …"), and a number that a
    single letter is set to ("n = 5": a problem's setting, as equation25 found)."""
    tex = tex.strip()
    if not tex or "&" in tex or "\\\\" in tex or "\\begin" in tex or "\n\n" in tex \
            or _CONTINUED_TEX.match(tex) or _worked_step(tex):
        return None
    if re.search(r"\\not\s*=|==|=:", tex):
        return None  # "a \\not= b", "p == q", "b + c =: a": no identity read left to right
    depth, equals, defined = 0, [], []
    for at, char in enumerate(tex):
        # ("\\{X_n,\\;n=1,2,\\cdots\\}" is a set: its "\\{" opens as "{" does.)
        if char in "{([":
            depth += 1
        elif char in "})]":
            depth -= 1
        elif char == "=" and depth == 0 and tex[at - 1:at] not in ("<", ">", "!", ":", "\\"):
            equals.append(at)  # ("==" returned above)
        if depth == 0 and (sign := _DEFINED_AS_TEX.match(tex, at)):
            defined.append(sign)
    op, width = "=", 1
    if not equals and depth == 0 and len(defined) == 1 and \
            len(_DEFINED_AS_TEX.findall(tex)) == 1:
        # "\\vec{v} \\equiv \\frac{d\\vec{r}}{dt}", "\\hat{x}_t := \\log x_t - \\log x": a
        # definition's sign at the top level, shown as such between the sides.
        found = defined[0]
        equals, width = [found.start()], found.end() - found.start()
        op = "≡" if "equiv" in found.group() else ":="
        if re.search(r"\\[pb]?mod(?![A-Za-z])|\bmod\b", tex):
            return None  # "x \\equiv 3 \\pmod 5": a congruence, no definition
    if len(equals) != 1 or depth != 0 or "\\left" in tex and "\\right" in tex and \
            tex.index("\\left") < equals[0] < tex.rindex("\\right"):
        return None
    left, right = tex[:equals[0]].strip(), tex[equals[0] + width:].strip()
    cut = None
    depth = 0
    for at, char in enumerate(right):
        if char in "{([":
            depth += 1
        elif char in "})]":
            depth -= 1
        elif depth == 0 and at and right[at - 1] != "\\" and _SIDE_TAIL.match(right, at):
            cut = at
            break
    if cut is not None and not (_balanced(right[:cut]) and _balanced(right[cut:])):
        cut = None  # "\\langle \\cos t, \\sin t \\rangle": the comma is the vector's, asked whole
    tail = right[cut:].strip() if cut is not None else ""
    right = right[:cut] if cut is not None else right
    right = re.sub(r"(?:\\[ ,;:!]|\s)+$", "", right).strip()  # "f(a)\\ " before "\\forall"
    if not left or not right or len(right) > MAX_SIDE_TEX or len(left) > 60 \
            or right == left or _OTHER_RELATION_TEX.search(_top_level(left)) \
            or _OTHER_RELATION_TEX.search(_top_level(right)):
        return None
    letters = re.search(r"[A-Za-z]", re.sub(r"\\(?:frac|dfrac|tfrac|sqrt|cdot|times|left|right|"
                                            r"infty|pm|mp|[,;!: ])(?![A-Za-z])", "", right))
    if any(not _balanced(side) for side in (left, right, tail)):
        # "\\nabla f = \\left\\langle f_x, f_y \\right\\rangle" cut at its comma: a \\left
        # or \\langle with its partner on the other side of a cut breaks MathJax.
        return None
    if tail and "".join(right.split()) in "".join(tail.split()):
        return None  # "S = (n-2)\\pi, \\quad (n-2)\\pi > 0": the condition says the answer
    if not letters or _CONSTANT_SIDE.fullmatch(right):
        # "n = 5" is a problem's setting; "\\lim_{x \\to a} f(x) = +\\infty" one case of a
        # definition (formulaside26 gate: junk). A value is no formula to recall, nor is
        # "= \\text{const}" or "= C", a letter saying only that the left side is constant.
        return None
    return left, right, tail, op


def _worded_name(name: str) -> str | None:
    """A formula's left side as the words it is written in ("GNP", "Total Revenue", "%
    change in real GDP", `Total\\ Revenue`), or None for a symbol: a letter or two ("Y",
    "P", "MB"), TeX of anything but spaces and a percent sign, or no word of three letters."""
    words = " ".join(name.replace("\\%", "%").replace("\\ ", " ").replace("~", " ").split())
    if not re.fullmatch(r"%?\s?[A-Za-z][A-Za-z'’ -]*", words) or \
            not re.search(r"[A-Za-z]{3,}", words):
        return None
    return words


def _names_formula(title: str, name: str) -> str | None:
    """How a heading's title names the quantity a formula's left side names, as the card's
    front says it, or None: the title itself where it or a bracket of it is the name in
    words ("Mean squared error (MSE)" over `\\mathrm{MSE} = …`, "Accuracy" over
    `\\text{Accuracy} = …`) or holds the symbol as math ("Load factor ($\\alpha$)" over
    `\\alpha = …`); the name alone where it is one word of the title, three letters or more
    ("Precision and recall" over `\\text{Precision} = …`)."""
    def squeezed(words: str) -> str:
        return re.sub(r"[\W_]+", "", words.casefold())
    if any("".join(tex.split()) == "".join(name.split())
           for tex in re.findall(r"\\\((.+?)\\\)", title)):
        return title
    words = re.sub(r"\\\(.+?\\\)", " ", unmark(title))
    parts = [_BRACKETED.sub(" ", words)] + re.findall(r"\(([^()]+)\)", words)
    wanted = squeezed(name)
    if wanted and any(squeezed(part) == wanted for part in parts):
        return title
    if re.fullmatch(r"[A-Za-z]{3,}", name) and wanted in {
            w.casefold() for w in re.findall(r"[A-Za-z]+", words)}:
        return name
    return None


# A heading that names no formula but the kind of text under it: "Formulas", "Worked
# example", "Useful identities", "Esempio", "Proof", "Deriving the work–energy theorem".
_GENERIC_HEADING_WORDS = frozenset("""formula formulas formulae formule fórmula fórmulas
    formule formules formel formeln equation equations equazione equazioni ecuación
    ecuaciones identity identities example examples esempio esempi ejemplo ejemplos exemple
    exemples beispiel worked exercise exercises esercizio esercizi ejercicio ejercicios
    practice problem problems solution solutions soluzione proof dimostrazione demostración
    derivation derivazione step steps summary recap notes note overview introduction
    definitions results key useful main important basic other more misc miscellaneous
    calculation calculations computation part lecture week question answer task tasks
    revision review cheat sheet reference quick appendix notation symbols setup
    assumptions conventions properties definition theorem lemma corollary proposition
    remark claim observation fact rule law principle case cases method idea intuition
    motivation background statement definizione teorema osservazione nota proprietà
    definición propiedad observación solución riassunto resumen""".split())
# A heading that is a worked problem or a set of tasks: prose and lists under it make no card
# where nothing is marked and they hold numbers or math (prose18). The word alone, with a
# number, or before a colon, a dash or a bracket ("Example 3: a falling ball", "Practice
# (from the problem set)"); never a topic it opens ("Solutions" in chemistry, "Examples of
# market failure", "Problem of evil", "Practice of medicine": review 18, their facts lost).
# Chinese notes' 例题, 习题, 练习 (zh18c) alike.
_WORKED_HEADING = re.compile(
    r"(?:(?:worked\s+)?(?:examples?|exercises?|solution|esempi|esempio|ejemplos?|exemples?|"
    r"beispiel|esercizi|esercizio|ejercicios?|exercices?|例题|习题|练习题?)"
    r"|worked\s+(?:problems?|solutions)|(?:problems?|solutions)(?=\s*[\d:])"
    r"|practice(?:\s+(?:problems?|questions?|exercises?|sets?))?)"
    r"(?:\s+\d+(?:\.\d+)*[a-z]?)?\.?\s*(?:[:—–-].*|\(.*\))?", re.I)
# A heading opening on these introduces steps or a task, not a named formula.
_STEPS_HEADING = frozenset("""deriving derivation derivazione proof proving example esempio
    ejemplo exercise esercizio ejercicio practice problem solution step worked applying
    using computing calculating solving dimostrazione demostración""".split())
# A display that goes on from the one before it: a step of a derivation or a chain.
# ("\\left(x + …\\right)^2 = …" opens on no "\\le": the re-read of session 26.)
_CONTINUED_TEX = re.compile(r"^\s*(?:&\s*)?(?:=|\\(?:Rightarrow|implies|Longrightarrow|"
                            r"therefore|iff|Leftrightarrow|to)(?![A-Za-z])|\\approx|<|>|"
                            r"\\le(?![A-Za-z]))")


# A title line with its display formula typed straight under it, one paragraph: "Bayes'
# theorem" / "$$P(A \mid B) = …$$".
_TITLED_FORMULA = re.compile(r"\s*(?P<name>[^\\\n]{2,60}?)\s*\\\[(?P<tex>(?:(?!\\\]).)+)\\\]\s*",
                             re.S)
# A line ending in these leads into what comes next ("We get", "It follows"), naming nothing.
_LEAD_VERBS = frozenset("""get gets got obtain obtains have has had follows reads read
    becomes become gives give yields yield find finds""".split())
# A paragraph only a formula: "$E = mc^2$" typed on its own line.
_FORMULA_ONLY = re.compile(r"\s*\\[\[(](?P<tex>(?:(?!\\[)\]]).)+)\\[)\]]"
                           r"(?:\s*\(\d+(?:\.\d+)*\))?\s*", re.S)
# Sentences opening on these point at text before them or speak to the reader ("These
# only hold when …", "We now …", "Let …"): no name for the formula after them.
_POINTING_OPENERS = frozenset("""this these that those it its they we let start note
    recall remember here there one you our similarly also likewise equivalently
    alternatively or and but in for with since where when if moreover furthermore notice
    clearly obviously again rearranged general special""".split())


# A heading asking "What is …?" names its formula by the words after these.
_QUESTION_WORDS = frozenset("what which".split())


# A lead ending in a colon may open on a connective ("For a sample of $n$ values:"), never
# on these, which point at text before it or speak to the reader.
_POINTING_WORDS = frozenset("""this these that those it its they we let start here there
    you one""".split())


def _naming_heading(title: str) -> bool:
    """Whether a heading names the one formula typed straight under it ("Bayes' theorem",
    "Newton's second law", "Complement rule"): a title of at most eight words with a word of
    three letters or more that says what it is of, not the kind of text under it
    ("Formulas", "Worked example", "Useful identities"), not steps ("Deriving …", "Proof
    of …"), not a question, and naming one thing ("Trace and determinant" names two, and a
    formula under it one of them)."""
    words = re.findall(r"[^\W\d_][\w'’–-]*", re.sub(r"\\\(.+?\\\)", " ", unmark(title)))
    question = title.rstrip().endswith("?")
    if question and not re.match(r"(?:what|which)\s+(?:is|are)\s", title, re.I):
        return False  # "What is the geometric series?" asks the formula; "Why …?" no
    if title == INTRODUCTION or not words or len(words) > 8 \
            or words[0].casefold() in _STEPS_HEADING | _POINTING_OPENERS:
        return False  # "In matrix form", "Similarly", "Deriving …": no name
    if re.search(r"\s(?:and|vs\.?|versus|e|y|et|und|or|o)\s|[,&/]", title, re.I):
        return False
    return any(len(w) >= 3 and w.casefold() not in _GENERIC_HEADING_WORDS | _QUESTION_WORDS
               for w in words)


def _shares_heading_word(sentence: str, title: str) -> bool:
    """Whether a sentence's opening words (its subject, the first five) say a word of four
    letters or more of the heading, told by its first five letters ("variance",
    "Varianz")."""
    def stems(text: str) -> set[str]:
        return {w.casefold()[:5] for w in re.findall(r"[^\W\d_]{4,}", text)} - {"formu"}
    opening = " ".join(re.sub(r"\\\(.+?\\\)", " ", sentence).split()[:5])
    return bool(stems(opening) & stems(re.sub(r"\\\(.+?\\\)", " ", unmark(title))))


def _one_statement(tex: str, expression: bool = False) -> bool:
    """Whether a display formula is one statement to recall whole: a relation in it (or,
    with `expression`, an expression of letters that its heading names, `\\frac{TP}{TP +
    FP}` under "Precision", never one symbol), no later row with a left side of its own,
    not opening as a step that goes on from the one before ("= …", "\\Rightarrow …"), not
    a worked value."""
    if _CONTINUED_TEX.match(tex) or _worked_step(tex):
        return False
    if not _STATEMENT_TEX.search(tex) and not (
            expression and not _SYMBOL.match(tex)
            and not re.search(r"[:,]|\\(?:to|mapsto|in)(?![A-Za-z])", tex)):
        return False  # "f: \\mathbb{R} \\to \\mathbb{R}" is notation, not a quantity
    rows = [row for row in re.split(r"\\\\(?:\s*\[[^\]]*\])?", _TEX_ENVIRONMENT.sub("", tex))
            if row.strip()]
    return len(rows) == 1 or not any(row.split("&")[0].strip() for row in rows[1:])


def _emphasised_sentence(plain: str) -> bool:
    """Whether a wholly marked text is a sentence set in bold or italics for emphasis, to
    read as unmarked text: at least six words, ending as a sentence ends. A short bold line
    ("**Mens Rea**", "**The Mirror Image Rule:**") is a title over what follows, no fact."""
    # (A quotation ends after its closing mark: "**"Long-lived assets fall into …."**".)
    # Twelve words or more are a sentence whatever its end: "*I frame dentro la finestra
    # devono essere mantenuti in memoria …*", typed without its full stop, is no title.
    # (Not a chain of names, "**Hearing → Auditory Cortex → Wernicke's Area → …**": a
    # sentence has its small words in lower case.)
    ends = plain.rstrip("*_ \"”’»'")
    return _words(plain) >= 12 and not ends.endswith((":", "：")) and len(
        re.findall(r"(?<!\S)[a-zà-ÿ]", plain)) >= 4 or \
        _words(plain) >= 6 and ends.endswith((".", "!", "…", "。"))


# A heading naming a set by its kinds ("Marktformen", "Types of bonds", "Causes of WWI",
# "Formes de marché"): the first of several items under it is one member, not what the
# heading means ("[Marktformen] — Preisbildung im Monopol …" asked the heading: junk).
# Plurals only: "### Type 1" under "## Diabetes" is one kind, which its first item defines.
_CATEGORY_HEADING = re.compile(
    r"\b\w*(?:formen|typen|sorten|gruppen|klassen|ursachen|merkmale|phasen|stufen)\b|"
    r"\b(?:types|kinds|forms|classes|categories|causes|phases|stages|features|"
    r"characteristics|examples|tipos|tipi|formes|formas|causas|fasi|fases|"
    r"catégories|categorie|categorías)\b", re.I)


def _plural(title: str) -> bool:
    """Whether a title reads as a plural ("Alkaline earth metals", "B lymphocytes")."""
    last = title.rstrip(" :").split()[-1:] or [""]
    return bool(re.search(r"[a-z](?<![su])s$", last[0]))


def _fragment(text: str, plural: bool = False) -> re.Match[str] | None:
    """The opening of an item with no subject of its own ("Runs between …"): _FRAGMENT, or
    with `plural` (the subject is plural) _PLURAL_FRAGMENT too, whose verbs lack their -s."""
    return _FRAGMENT.match(text) or (_PLURAL_FRAGMENT.match(text) if plural else None)


def _fragment_gap(text: str, found: re.Match[str]) -> tuple[int, int] | None:
    """The complement of an item with no subject of its own ("Runs between the clavicle and
    third rib" -> "clavicle and third rib"), whose opening `found` is (_fragment): what it
    says of the heading or item above, to hide after the verb and its preposition. None
    when its complement is too long, a list that goes on, or no gap worth a card."""
    if "**" in text or math_spans(text):
        return None
    if (found["prep"] or "").casefold() == "of" and \
            found["verb"].casefold() != "consists":
        return None  # "Forms of energy …": a noun, not a verb
    if (found["prep"] or "").casefold() == "to" and found["verb"] and \
            found["verb"].casefold() in _TAKES_INFINITIVE:
        return None  # "Begins to popularize the idea …": the gap would open on a verb
    start, end = found.span("gap")
    cut = _GAP_END.search(text, start, end)
    if cut is not None:
        end = cut.start()
    if found["after"].startswith(",") and cut is None and \
            _GAP_LIST_GOES_ON.match(text[found.end("gap"):]):
        # "Divided into roots, trunks, divisions, cords and branches": one of a list is no
        # fact; the whole list is, when it is short.
        end = start + len(re.split(r"[.;:()]", text[start:], maxsplit=1)[0].rstrip())
    gap = text[start:end].strip()
    inner = _GAP_PLACE.match(gap)
    if inner and not found["prep"] and not text[start + len(gap):].strip(" .;"):
        # "Slows [conduction through the AV node]" under "Digoxin": a gap that is all the
        # fragment says after its verb leaves "Digoxin slows […]", which heart rate fits as
        # well (a review: weak, ambiguous). Where its complement ends in a place or part
        # ("… through the AV node"), that is the gap, and the rest cues it.
        start += inner.start("place")
        gap = inner["place"]
    if len(gap.split()) > MAX_STATED_WORDS and (part := _PART_OF.match(gap)):
        # "Located in the posterior part of the left superior temporal gyrus" under
        # "Wernicke's area": the part is the cue and the structure the gap, "… posterior
        # part of the [left superior temporal gyrus]"; whole, it was too long to ask.
        start += part.start("place")
        gap = part["place"]
    if not 1 <= len(gap.split()) <= MAX_STATED_WORDS or weak_answer(gap):
        return None
    return start, start + len(gap)


# "posterior part of the left superior temporal gyrus": a part, then the whole it is of.
_PART_OF = re.compile(r"^(?:[\w-]+\s+){0,3}(?:part|portion|region|area|side|end|surface|"
                      r"half|third|layer|wall|border|edge|tip|base|floor|roof)\s+of\s+"
                      r"(?:the\s+|a\s+|an\s+)?(?P<place>\S.*)$", re.I)


# "conduction through the AV node": what a verb acts on, then where (_fragment_gap).
_GAP_PLACE = re.compile(r"^(?:the\s+|a\s+|an\s+)?\w[\w-]*(?:\s+\w[\w-]*)?\s+"
                        r"(?:through|across|into|within|in|from|at)\s+(?:the\s+|a\s+|an\s+)?"
                        r"(?P<place>\S.*)$", re.I)


def _words(value: str) -> int:
    # Every space-parted token ("—" too), a CJK run by its characters (text.word_count).
    return len(value.split()) if value.isascii() else word_count(value, tokens=True)


# "Free Rider Problem (aka Tragedy of the Commons)": an alias or a gloss in brackets is no
# part of the name's length.
_BRACKETED = re.compile(r"\s*\([^()]*\)")


def _label_words(label: str) -> int:
    return _words(_BRACKETED.sub(" ", label)) or _words(label)


# "What are the four elements of …?": a question that counts what it asks for.
_COUNTED = re.compile(r"\b(?:two|three|four|five|six|seven|eight|[2-8])\s+(?:main\s+|key\s+)?"
                      r"[a-z]+s\b", re.I)
_SERIES = re.compile(r",\s+|\s+(?:and|or)\s+")


def _asked_answer(question: str, answer: str) -> str:
    """The answer to a question, marked as its cards ask it: whole ("**The base rate was
    close to zero**"), or, where the question counts a set and the answer lists it ("What
    are the four elements of a valid contract? — Offer, acceptance, consideration and
    intention to create legal relations"), each member marked, a card each with the others
    as its cue (a review: weak, "a whole four-item list … should be split")."""
    counted = _COUNTED.search(question)
    items = [p for p in _SERIES.split(answer.rstrip(" .")) if p.strip()]
    if not counted or not 3 <= len(items) <= MAX_GROUPED_ITEMS or \
            any(_words(p) > 6 or "**" in p for p in items) or "." in answer.rstrip(" ."):
        return f"**{answer}**"
    marked, at = [], 0
    for item in items:
        start = answer.index(item, at)
        marked.append(f"{answer[at:start]}**{item}**")
        at = start + len(item)
    return "".join(marked) + answer[at:]


# A parent item that names no thing, only a share of the points ("- General", "- Other"):
# no member of its siblings' set.
_NAMING_NOTHING = frozenset("general other others misc miscellaneous various rest".split())


def _names_nothing(plain: str) -> bool:
    name = unmark(plain).strip(" :*_").casefold()
    return name in _NAMING_NOTHING or is_generic_heading(name)


def _page_properties(lines: list[str]) -> bool:
    """Whether every line is "Key: value" (or Logseq's "key:: value") and two keys or more
    are a page's or a block's metadata (_PAGE_PROPERTIES, _TOOL_PROPERTIES)."""
    found = [m for line in lines if (m := _PROPERTY_LINE.match(line))]
    # A value stamped to the minute ("Reviewed: 12 October 2026 9:14 AM") is a tool's, so
    # sure a sign that it counts twice: beside a "Status:" line too long to count, it was
    # read as a fact, and its time asked (issue 14).
    return len(found) == len(lines) and sum(_property_weight(m) for m in found) >= 2


def _without_accents(word: str) -> str:
    """"eleve" of "élève", "schuler" of "schüler": a key typed with or without its accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _course_header(plain: str) -> bool:
    """Whether a paragraph of lines is a lecture's header: two "Key: value" lines or more
    with course fields for keys (_COURSE_FIELDS), one of them a person (_COURSE_PEOPLE)."""
    keys = [_without_accents(slugify(found[1])) for part in plain.splitlines()
            if (found := _PROPERTY_LINE.match(part))]
    fields = [key for key in keys if key in _COURSE_FIELDS]
    return len(fields) >= 2 and any(key in _COURSE_PEOPLE for key in fields)


def _record_labels(plain: str) -> bool:
    """Whether every line of a paragraph is "Head: value" with a record's head
    (_RECORD_LABELS)."""
    lines = [part for part in plain.splitlines() if part.strip()]
    return bool(lines) and all(
        (found := _PROPERTY_LINE.match(part)) and slugify(found[1]) in _RECORD_LABELS
        for part in lines)


def _marked_value(text: str) -> bool:
    """Whether a line's value, past its "Head:" (bold or not), marks a phrase: "Partners:
    jointly and severally liable for the debts of the **firm**" asks what the author marked,
    and a head is a record's only with its value as typed."""
    return "**" in _BOLD_HEAD.sub("", text)


_BOLD_HEAD = re.compile(r"\*\*[^*\n]{1,30}?(?::\*\*|\*\*\s*:)")  # "**Court:**", "**Court**:"


def _record_line(plain: str) -> bool:
    """Whether a one-line paragraph is fields typed between dots or bars ("Date: 14/10/2025
    · Bench 6 · Partner: Priya"), short each, the first a page's property."""
    fields = _FIELD_SEPARATOR.split(plain.strip())
    if len(fields) < 2 or "\n" in plain.strip() or any(len(f.split()) > 4 for f in fields):
        return False
    found = _PROPERTY_LINE.match(fields[0])
    return found is not None and _is_property(slugify(found[1]), fields[0][found.end():].strip())


def _property_weight(found: re.Match) -> int:
    """2 for a property stamped to the minute, 1 for another property, else 0."""
    value = found.string[found.end():].strip()
    if not _is_property(slugify(found[1]), value):
        return 0
    return 2 if _TIME_OF_DAY.search(value) else 1


def _is_property(key: str, value: str) -> bool:
    """Whether "key: value" is a page's metadata: a key only tools write, or a key a fact
    may share whose value is a date, a status, a person or a word or two."""
    return key in _PAGE_PROPERTIES or key in _TOOL_PROPERTIES or (
        key in _PAGE_PROPERTIES_IF_SHORT and (
            _PROPERTY_VALUE.fullmatch(value) is not None or len(value.split()) <= 2
            and not any(c.isdigit() for c in value)))


def _tool_property(text: _Inline) -> bool:
    """Whether an item or paragraph is an outliner's property ("id:: 6571a2f3-…"), or a
    page's stamped to the minute ("- Reviewed: 12 October 2026 9:14 AM"): a timestamp is
    never a fact to ask, nor a clue to ask its key from."""
    if text.field_mark:
        found = _PROPERTY_LINE.match(text.plain)
        return found is not None and slugify(found[1]) in _TOOL_PROPERTIES
    found = _PROPERTY_LINE.match(text.plain) if ":" in text.plain else None
    return found is not None and _property_weight(found) == 2


class _ItemNames:
    """What _is_mark asks of a list's other items, counted once for the whole list: asked
    of every item, a list of its siblings made per item was quadratic in a long list (the
    code review: 5.6 s for 40,000 items). Each count leaves out the item asking."""

    def __init__(self, names: list[str]):
        self.names = names
        named = [n for n in names if n]
        self.named = len(named)
        self.capitalised = sum(n[:1].isupper() for n in named)
        self.long = sum(len(n) > 2 for n in named)
        self.letters = Counter(ord(n[0].casefold()) for n in named if _is_letter_item(n))

    def others(self, position: int) -> tuple[int, int, int, Counter]:
        """(named, capitalised, long, letters) of every item but the one at `position`."""
        own = self.names[position] if position < len(self.names) else ""
        letters = self.letters
        if own and _is_letter_item(own):
            letters = letters.copy()
            letters[ord(own[0].casefold())] -= 1
        return (self.named - bool(own), self.capitalised - bool(own and own[:1].isupper()),
                self.long - bool(own and len(own) > 2), letters)


def _is_letter_item(name: str) -> bool:
    """A letter, or a doubled one ("AA"), typed as an item's whole text."""
    return name.isalpha() and len(name) <= 2 and len(set(name)) == 1


# Chinese words that head a list item but name nothing of the set: "other", "remarks",
# "note", "summary".
_CJK_NO_MEMBER = frozenset("其他 其它 其余 另外 备注 備註 注意 补充 補充 总结 總結 小结 小結 概述 "
                           "例如 比如 举例 舉例".split())


def _is_mark(plain: str, glossary: dict, items: _ItemNames, position: int) -> bool:
    """A letter or two typed as an item ("- D" over the fourth group of benefits, "- SE"
    among "- indications", "- dosing"): a list's mark or a field's abbreviation, no name to
    recall or to recall from. A letter (or a doubled one, "AA") is a mark in a run of
    letters ("- A", "- B") or beside full names ("Ranolazine; D; Propranolol"); two letters
    are a field's abbreviation only among fields, no sibling capitalised: "UK" beside "USA",
    "France" and "EU" beside "ASEAN" are names, and so is "K" beside "Mg", "Na". `items`:
    the list's item texts, the one at `position` this one; `glossary`: a letter the article
    defines ("pH", a table's symbol) is a name."""
    name = _bare_item(plain)
    if not (name.isalpha() and len(name) <= 2) or name.casefold() in glossary:
        return False
    if any(ord(c) >= 0x2E80 for c in name):
        # "心肌" among "骨骼肌", "平滑肌": two characters of Chinese, Japanese or Korean are a
        # word, not a letter; read as one, it was dropped from its list without a word.
        # "其他" ("other") over its own points still names no member of the set (the gate:
        # kept, it made "实验前; 实验中; [...]; 其他" and a list titled "其他", junk and weak).
        return name in _CJK_NO_MEMBER
    named, capitalised, long, letters = items.others(position)
    if len(set(name)) > 1:
        # (Not two small letters, a word: "in" and "an" among "auf", "hinter", "über" were
        # dropped from the prepositions they are two of, and "[a…]" then fitted "an" and
        # "auf" alike; blind sample 2901.)
        return bool(named) and not capitalised and not name.islower()
    # A run: a sibling one letter before or after it ("- C" beside "- B" or "- D").
    if letters[ord(name[0].casefold()) - 1] > 0 or letters[ord(name[0].casefold()) + 1] > 0:
        return True
    return bool(named) and long == named


def _bare_item(plain: str) -> str:
    return unmark(plain).strip(" :*_.)")


# A one-column matrix's values longer than this are meanings, not values: its rows are read
# as a thing and its attribute, as before.
MAX_MATRIX_VALUE_WORDS = 4
# A label that is a condition, its text the outcome: "If vertical erosion is strong: gorge",
# "Wenn Tiefenerosion stark ist: Schlucht", "Si la pente est forte : torrent".
# (A clause after the connective: two words or more, three after "si"/"se", which also
# open "Se forme par: …"; no "als", which opens "Als Beispiel: …".)
_CONDITION_LABEL = re.compile(r"\s*(?P<condition>(?:(?:if|when|whenever|wenn|falls|sobald|lorsque|"
                              r"quand|quando|cuando)(?:\s+[^\s:：]+){2,}|(?:si|se)"
                              r"(?:\s+[^\s:：]+){3,})[^:：\n]{0,120}?)"
                              r"\s*[:：]\s+(?P<outcome>\S[^:：\n]*)", re.I)
# An outcome longer than this is a clause of its own, read as before.
MAX_CONDITION_OUTCOME_WORDS = 5
# Labels that say their value is the formula of what the heading names: "Formula: $P = W/t$"
# under "## Power".
_FORMULA_LABELS = frozenset("""formula equation formel formule fórmula ecuación equazione
    gleichung 公式 定义式 计算公式 表达式""".split())


_FORMULA_FIELD = re.compile(r"\s*(?:\*\*|__)?(?P<label>[^:：*_\\]{1,20}?)(?:\*\*|__)?\s*[:：]"
                            r"\s*(?:\*\*|__)?(?P<value>.+?)(?:\*\*|__)?\s*", re.S)


# A formula this short (its TeX with delimiters) says too little to ask a name from.
MAX_SMALL_FORMULA_CHARS = 24


def _cjk_formula_name(name: str) -> bool:
    """"波函数" over `$$y = A\\cos[…]$$`: a name in Chinese or Japanese has no capital to
    tell it by; a short run of its characters with no word leading into the formula
    ("其表达式为", "由此得") is one."""
    return bool(_CJK_FORMULA_NAME.fullmatch(name)) and not _CJK_FORMULA_LEAD.search(name)


def _latin_formula_name(name: str) -> bool:
    """A capitalised name of up to six words over its formula, no lead into steps or
    sentence (titled_formula's docstring says which)."""
    words = re.findall(r"[\w'’–-]+", name)
    return bool(words) and len(words) <= 6 and name[:1].isupper() \
        and not re.search(r"[.!?;,\\$]", name) \
        and words[0].casefold() not in _NOT_TERMS | _DERIVING | _POINTING_OPENERS \
        and not words[0].casefold().endswith("ing") \
        and words[-1].casefold() not in _LEAD_WORDS | _LEAD_VERBS and _naming_heading(name)


def _small_formula_value(text: str) -> tuple[str, str] | None:
    """("Vertical intercept", "\\(\\frac{m}{p_2}\\)") of "**Vertical intercept**: $\\frac{m}{p_2}$":
    a term's label over a formula too short to ask the name from (a card needs words
    besides its gap, and "[…] — \\(m/p_2\\)" has none), asked from the name instead. A
    longer formula ("Total holding cost: $H = hQ/2$") still asks its name."""
    found = _labelled(text)
    if not found:
        return None
    label, value = unmark(found[0]).strip(), unmark(found[1]).strip().rstrip(".。").strip()
    if not _FORMULA_ONLY.fullmatch(value) or not _is_term(label) or \
            not _cues_a_value(label) or len(value) > MAX_SMALL_FORMULA_CHARS or "=" in value:
        return None
    return label, value


def _formula_field(text: str) -> tuple[str, str] | None:
    """("Formula", "\\(P = \\frac{W}{t}\\)") of "Formula: $P = \\frac{W}{t}$": a label of
    _FORMULA_LABELS over one formula and nothing else, or None."""
    # (Its own match: "Formula" is a structural label to _labelled, a kind of text.)
    found = _FORMULA_FIELD.fullmatch(text)
    if not found or found["label"].strip().casefold() not in _FORMULA_LABELS:
        return None
    value = found["value"].strip().rstrip(".。").strip()
    if not _FORMULA_ONLY.fullmatch(value):
        return None
    return found["label"].strip(), value


def _bare_items(items: list[SyntaxTreeNode]) -> list[str]:
    """Each item's own text, as _is_mark compares it with its siblings'."""
    names = []
    for item in items:
        first = next((c for c in item.children if c.type == "paragraph"), None)
        names.append(_bare_item(_inline_child(first).content) if first else "")
    return names


# A mark after a word of its sentence, no label's ("**See also**: …" opens its line).
_MARK_AFTER_SPACE = re.compile(r"(?<=\s)\*\*(?!\s)[^*]+\*\*(?!\s*:)")


def _marked_in_prose(text: str) -> bool:
    """Whether a mark (_MARK_AFTER_SPACE) follows a word with no "*" between them. Read
    from each mark back to the "*" before it, not from each word on: a lazy scan from
    every word to the next "*" was quadratic in a long paragraph with a link and no mark
    (100 KB: a minute)."""
    for mark in _MARK_AFTER_SPACE.finditer(text):
        since = text.rfind("*", 0, mark.start() - 1) + 1
        if _WORD_CHARACTER.search(text, since, mark.start() - 1):
            return True
    return False


_WORD_CHARACTER = re.compile(r"\w")


def _inline_markdown(value: str) -> _Inline:
    """Inline Markdown typed inside HTML (a `<summary>`'s text), read as a paragraph's is."""
    if not value.strip():
        return _Inline("")
    return _inline(SyntaxTreeNode(_PARSER.parseInline(value)).children[0])


@dataclass
class _Inline:
    """Inline content as model text, and what it dropped: images, inline `#tags`."""

    text: str
    images: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    linked: int = 0  # words inside links: a line of links is navigation, not a fact
    task: str = ""  # "done" or "todo" for a task-list item (`- [x]`, `- [ ]`)
    links: list[str] = field(default_factory=list)  # the shown text of each `[[wiki link]]`
    field_mark: bool = False  # a Dataview field's `::` was read as its label's colon
    # The text before and after its first hard line break ("Long QT␣␣" / "QTc over 500 ms"):
    # a name and the line that explains it, typed as one paragraph.
    broken: tuple[str, str] | None = None

    @property
    def navigation(self) -> bool:
        """Links and at most a few words around them ("Back to [[MOC]] · see also …")."""
        if not self.linked:  # most text: no need to count its words
            return False
        if _marked_in_prose(self.text):
            # "La ==portata== ($v_1$) vale [la formula $v_1$](…)": a phrase marked inside a
            # sentence is what its author asks, and no line of links marks one.
            return False
        plain = self.plain
        # "[[Acid-Base Equilibria]] (This will cover weak acids/bases, …)": links and what
        # the page they open will say, a contents line (blind sample 3005: junk). Only
        # after links alone: "[[Enzymes]] lower the activation energy (see also catalysts)"
        # states a fact (the code re-read).
        covers = _COVERS_NOTE.search(plain)
        if covers is not None:
            # ("Next week: [[X]] (This will cover …)": a label over the links is theirs.)
            plain = _LEADING_LABEL.sub("", plain[:covers.start()])
        # CJK prose runs without spaces: its words are counted as the links' are (_words),
        # or a paragraph with one link in it reads as a line of links.
        words = word_count(plain, tokens=True) if CJK.search(plain) else \
            sum(any(c.isalpha() for c in w) for w in plain.split())
        return words - self.linked <= (0 if covers is not None else 4)

    @property
    def plain(self) -> str:
        return unmark(self.text)


# A closing remark in brackets on what a page will cover or says more about, said of the
# links before it (navigation): "(This will cover …)", "(This page covers …)", "(will
# cover …)", "(to be covered next week …)", "(more on this later)".
_COVERS_NOTE = re.compile(
    r"\s*\(\s*(?:(?:this|that|the)\s+(?:page|note|lecture|chapter|section|topic)\s+|"
    r"(?:this|it|which)\s+)?(?:will\s+|also\s+|to\s+be\s+)?(?:covers?|covered|includes?|"
    r"discuss(?:es)?|explains?|goes\s+over|go\s+over|deals?\s+with|looks?\s+at|"
    r"more\s+on|more\s+about|see\s+also|coming\s+soon)\b[^()]*(?:\([^()]*\)[^()]*)*"
    r"\)\s*$", re.I)
# A short label opening a line: "Next week: ", "Siehe: ".
_LEADING_LABEL = re.compile(r"^[^:：\n]{1,30}[:：]\s*")
# Obsidian's `[[Page]]`, `[[Page|shown]]`, `[[Page#Part]]`, and `![[embed]]` (an image).
_WIKI_LINK = re.compile(r"(!?)\[\[([^\[\]|#]*)(#[^\[\]|]*)?(?:\|([^\[\]]*))?\]\]")
# `==highlight==` (Obsidian, pymdown's mark): a cloze mark like **bold**.
_HIGHLIGHT = re.compile(r"==(?=[^=\s])(.+?)(?<=[^=\s])==")
# The same around held math ("==$Q = S v$=="): its `==` stand in two text nodes, one each
# side of the formula, so no node held the pair and the card showed "==\\(Q = S v\\)==".
_HIGHLIGHTED_MATH = re.compile(r"==(?=[^=\s])((?:(?!==|\*\*).)*?\x00\d+\x00(?:(?!==|\*\*).)*?)"
                               r"(?<=[^=\s])==")

# The same around a mark ("==**bien**==", "==conocimiento **objetivo**=="): the bold is the
# author's gap, and the highlight's `==` stood in text nodes either side of it, where no
# node held the pair: the cards showed "==conocimiento [objetivo]==" (held-out-7). The
# highlight is dropped; the bold inside it is what is asked.
# ("a==b and **c** then d==e" is code's equality, its signs between letters, and stays.)
_HIGHLIGHTED_MARKS = re.compile(
    r"(?<![\w=])==(?=[^=\s])((?:(?!==).)*?\*\*(?:(?!==).)*?)(?<=[^=\s])==(?![\w=])")


def _wiki_link_shown(link: re.Match) -> str:
    """What a wiki link around held math shows: its shown text, else its page."""
    return link[0] if link[1] else (link[4] or "").strip() or link[2].strip()


def _highlighted_math(text: str) -> str:
    """`text` with each highlighted formula marked, unless it stands in a mark already."""
    out, last, inside = [], 0, 0
    for match in _HIGHLIGHTED_MATH.finditer(text):
        # Inside a mark already (an odd count of `**` before it), the highlight adds nothing.
        # The count runs on from the last formula: counted from the start for each, 20,000
        # formulas in a paragraph took seconds.
        inside ^= text.count("**", last, match.start()) % 2
        out += (text[last:match.start()], match[1] if inside else f"**{match[1]}**")
        last = match.end()
    out.append(text[last:])
    return "".join(out)
# A Quarto (or pandoc-crossref) cross-reference, "As @fig-scatter shows": Quarto prints
# "Figure 1", a figure the card does not show, so the card says what it refers to. The
# prefixes are the ones Quarto reserves, so no bibliography key is read as one. `-@fig-x`
# prints the number alone, after a word the author typed ("Figure -@fig-x"); `[@sec-x]`
# prints no brackets.
_CROSS_REFERENCE = re.compile(
    r"(?P<word>\b(?:Fig(?:ure)?|Tables?|Tbl|Eq(?:uation)?|Sec(?:tion)?|Chapter|Theorem|Lemma|"
    r"Definition|Example|Exercise|Listing)s?\.?\s+)?(?P<open>\[)?(?P<suppress>-)?(?<![\w@])"
    r"@(?P<kind>[Ff]ig|[Tt]bl|[Ee]q|[Ss]ec|[Tt]hm|[Ll]em|[Cc]or|[Pp]rp|[Cc]nj|[Dd]ef|[Ee]xm|[Ee]xr"
    r"|[Ss]ol|[Rr]em|[Ll]st)[-:][\w-]*\w(?(open)\])")
# A Quarto cross-reference alone in round brackets, "(@eq-ndvi)", "(see @fig-map)".
_BRACKETED_REFERENCE = re.compile(
    r"\s*\((?:see\s+)?-?@(?:[Ff]ig|[Tt]bl|[Ee]q|[Ss]ec)[-:][\w-]*\w\)")
_CROSS_REFERENCE_NAMES = {"fig": "figure", "tbl": "table", "eq": "equation", "sec": "section",
                          "thm": "theorem", "lem": "lemma", "cor": "corollary",
                          "prp": "proposition", "cnj": "conjecture", "def": "definition",
                          "exm": "example", "exr": "exercise", "sol": "solution",
                          "rem": "remark", "lst": "listing"}


def _cross_reference(match: re.Match) -> str:
    """What a cross-reference says on a card: the author's word for it, else "the figure"
    (capitalised where it opens a sentence)."""
    if match["word"]:  # "Figure -@fig-x", "Table @tbl-x": the author named it already
        return match["word"].rstrip()
    name = "the " + _CROSS_REFERENCE_NAMES[match["kind"].lower()]
    before = match.string[:match.start()].rstrip()
    return name.capitalize() if not before or before.endswith((".", "!", "?")) else name


# LaTeX's cross-references typed in prose ("(Eq. \\ref{eq:HSE})", "in Figure
# \\ref{fig:censtrunc}", "\\eqref{eq:virial}"), as Quarto's are read: they reached cards as raw
# TeX. The author's word for the thing is kept, else the label's kind ("the equation").
_TEX_REFERENCE = re.compile(
    r"(?P<word>\b(?:Fig(?:ure|ura)?|Abb(?:ildung)?|Tab(?:le|ella|la|leau|elle)?|"
    r"Eq(?:uation|uazione|uación)?|[ÉE]quation|Ecuación|Gl(?:eichung)?|Sec(?:tion|ción)?|"
    r"Chapter|Theorem|Lemma|Definition|Example|Exercise|Listing)[se]?\.?[ \t~]*)?(?P<open>\()?"
    r"(?:\\(?P<command>eq|auto|c|C)?ref\{(?P<label>[^{}]*)\}|\\?@ref\((?P<bookdown>[^()]*)\))"
    r"(?(open)\))")
# Index entries and labels typed in prose ("geocomputation\\index{geocomputation}", bookdown
# and LaTeX): markup for a printed book's index, never shown.
_TEX_INDEX = re.compile(r"\\(?:index|label)\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}")
# LaTeX typed in prose by notes written for Pandoc ("\\emph{gittata cardiaca}",
# "\\marginnote{…}", "\\asidefigure{img/piezo.png}{↑ Tubi piezometrici …}"): a card showed
# the commands as typed (a blind sample of held-out-2). Emphasis keeps its words; an aside
# (a margin note, a footnote) its words in brackets; any other command the words of its
# arguments that are no file paths. "\\ " (TeX's space) is a space. Math is held aside
# here, and code spans are left as typed.
_TEX_EMPHASIS = re.compile(r"\\(?:emph|textbf|textit|textsl|textsc|textrm|underline|mbox)"
                           r"\{([^{}]*)\}")
_TEX_ASIDE = re.compile(r"\s*\\(?:marginnote|sidenote|footnote|marginpar)\{([^{}]*)\}")
# A command of two or more arguments, one of them an image file ("\\asidefigure{img/x.png}
# {caption}"): a figure, its caption kept. Any other command is left as typed ("\\d{5}",
# "\\SI{130}{km/h}", "C:\\Users\\{name}": the re-read found them lost).
_TEX_COMMAND = re.compile(r"\\[a-zA-Z]+((?:\{[^{}]*\}){2,})")
_TEX_PATH = re.compile(r"^[\w./-]+\.(?:png|jpe?g|gif|svg|pdf|eps|webp)$", re.I)
# A command of one argument of words ("\\part{Fisiologia}", a note's own "\\a{cuore}",
# "\\hl{TCP/IP}"): its words. Not an argument without a letter ("\\d{5}", a pattern).
# (A second argument opened and left for the next line, "\\normalbox{Effetti …}{", goes.)
_TEX_WORDS_COMMAND = re.compile(
    r"\\[a-zA-Z]+\{([^{}\\]*[^\W\d_][^{}\\]*)\}(?:\{\s*$|(?!\{))")


def _figure_command(command: re.Match) -> str:
    """A figure command's words, its file left out; any other command as typed."""
    arguments = re.findall(r"\{([^{}]*)\}", command[1])
    if not any(_TEX_PATH.match(argument.strip()) for argument in arguments):
        return command[0]
    return " ".join(a for a in arguments if a.strip() and not _TEX_PATH.match(a.strip()))


def _without_tex_text_commands(text: str) -> str:
    """`text` with LaTeX's text commands typed in prose read as the words they show
    (_TEX_EMPHASIS, _TEX_COLOURED, _TEX_ASIDE, a figure's _TEX_COMMAND); every other
    backslash as typed."""
    pieces = re.split(r"(`[^`]*`)", text)
    for at in range(0, len(pieces), 2):
        piece = pieces[at]
        if "$" in piece or _TEX_MATH_COMMAND.search(piece):
            # TeX the math reader did not take ("$n=\\lfloor \\dfrac{t_f}{T_s} \\rfloor $",
            # "\\begin{equation*}"): shown as typed, never rewritten.
            continue
        for _ in range(3):  # nested: "\\marginnote{… \\emph{gittata} …}"
            if "\\" not in piece:
                break
            before = piece
            piece = _TEX_EMPHASIS.sub(r"\1", piece)
            piece = _TEX_COLOURED.sub(r"\1", piece)
            piece = _TEX_ASIDE.sub(lambda m: f" ({m[1].strip()})" if m[1].strip() else "", piece)
            piece = _TEX_COMMAND.sub(_figure_command, piece)
            piece = _TEX_WORDS_COMMAND.sub(r"\1", piece)
            if piece == before:
                break
        pieces[at] = re.sub(r"\\ ", " ", piece) if "\\ " in piece else piece
    return "".join(pieces)


_TEX_COLOURED = re.compile(r"\\(?:textcolor|colorbox|color)\{[^{}]*\}\{([^{}]*)\}")
# Commands of math, and environments: where they stand in prose the author's TeX was not
# read as math, and a card shows it as typed.
_TEX_MATH_COMMAND = re.compile(
    r"\\(?:d?t?frac|sqrt|sum|int|prod|lim|begin|end|left|right|math\w*|text|operatorname|"
    r"hat|bar|vec|overline|cdot|times|alpha|beta|gamma|delta|lambda|mu|sigma|pi|theta|"
    r"lfloor|rfloor|lceil|rceil|leq?|geq?|neq|infty|partial|nabla)(?![a-zA-Z])")


_TEX_REFERENCE_KINDS = {**_CROSS_REFERENCE_NAMES, "tab": "table", "chap": "chapter",
                        "ch": "chapter", "subsec": "section"}


def _tex_reference(match: re.Match) -> str:
    """What a LaTeX cross-reference says on a card, as _cross_reference."""
    if match["word"]:
        return match["word"].rstrip(" \t~")
    label = match["label"] if match["label"] is not None else match["bookdown"]
    kind = re.split(r"[:\-_]", label, maxsplit=1)[0].lower()
    if match["bookdown"] is not None and ":" not in label and kind not in _TEX_REFERENCE_KINDS:
        # bookdown numbers figures, tables and equations by a prefix (`fig:`, `tab:`, `eq:`);
        # an id with none is a heading's (`# Intro {#intro}`, or its title's slug): the card
        # said "explained in the reference", as if the book cited a work there.
        kind = "sec"
    name = "the " + _TEX_REFERENCE_KINDS.get(
        kind, "equation" if match["command"] == "eq" else "reference")
    before = match.string[max(0, match.start() - 80):match.start()].rstrip()
    return name.capitalize() if not before or before.endswith((".", "!", "?")) else name


# An inline `#tag`: not `C#`, `&#123;`, a URL's `/#part` or a heading.
_INLINE_TAG = re.compile(r"(?<![\w&#/\"'=:])#([A-Za-z][\w/-]*)")
# Inline HTML whose meaning is kept; any other tag is dropped and its text kept.
# GitHub's folded answers: "<details><summary>Question?</summary> … </details>".
_DETAILS = re.compile(r"\s*<details\b[^>]*>", re.I)
_DETAILS_CLOSE = re.compile(r"</details\s*>", re.I)
_DETAILS_TAG = re.compile(r"<(/?)details\b", re.I)
_CLOSES_FIRST = re.compile(r"(?:\s*</details\s*>)+", re.I)  # (matched where a fold may open)
_DETAILS_OPEN = re.compile(r"<details\b", re.I)
# An answer typed as HTML paragraphs ("<p>Skeletal muscle.</p>"), nothing else in its block.
_PARAGRAPH_TAGS = re.compile(r"<p\b[^>]*>(?P<text>(?:(?!</?p\b).)*)</p\s*>", re.I | re.S)
# (Its text runs to the first "</summary>" after the opening, found once: a lazy ".*?" up
# to it scanned to the end from every "<summary" of a block that never closes one.)
_SUMMARY = re.compile(r"<summary\b[^>]*>", re.I)
_SUMMARY_CLOSE = re.compile(r"</summary\s*>", re.I)
# A summary that only says an answer is folded under it ("Answer", "Show solution").
_ANSWER_SUMMARY = re.compile(
    r"\W*(?:(?:show|see|reveal|view|check)\s+(?:the\s+)?|click\s+(?:here\s+)?(?:to|for)\s+"
    r"(?:see\s+|show\s+|reveal\s+|view\s+)?(?:the\s+)?)?"
    r"(?:answers?|solutions?|réponses?|antworte?n?|lösung(?:en)?|respuestas?|soluci[oó]n(?:es)?|"
    r"rispost[ae]|soluzion[ei]|答案|解答|答え)\W*", re.I)
# A fold titled as a proof ("<summary>Proof</summary>", "Beweis", "Dimostrazione", "证明").
_PROOF_SUMMARY = re.compile(r"\W*(?:proof|beweis|preuve|démonstration|dimostrazione|"
                            r"demostración|prova|bevis|证明|證明|証明)(?:\s+of\b.*)?\W*", re.I)
_HTML_TAG = re.compile(r"^<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>$")
_SUBSCRIPT = str.maketrans("0123456789+-=()aehijklmnoprstuvx",
                           "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ")
_SUPERSCRIPT = str.maketrans("0123456789+-−=()in", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁱⁿ")
# `<b>`/`<strong>` are bold written as HTML (pages copied from revision sites): the same mark.
_MARKING_TAGS = {"mark", "u", "ins", "b", "strong"}
_MATH_HOLD = re.compile("\x00(\\d+)\x00")
# A Dataview inline field, `Key:: value`, also typed `Key :: value` ("Cardiac :: QT
# prolongation"): a label and its text, read as `Key: value`. Only with a space (or the end
# of the text) after it, so `std::vector` and `a::b` stay as typed.
_FIELD_MARK = re.compile(r"(?<=[^\s:])\s*::(?=\s|$)")
# A single-line card of Obsidian's Spaced Repetition plugin, `Question::Answer` or, reversed,
# `Front:::Back`, typed with no space after the colons (typed with one, `::` is a Dataview
# field's, read as a label's colon: _FIELD_MARK). Not `std::vector`: a front of words.
# `Question?;;Answer` is the separator many set instead (Dataview keeps `::`).
_SR_INLINE = re.compile(r"(?P<front>[^:;\n]*[^\s:;])\s*(?P<sep>:::|::|;;)(?P<back>[^\s:;][^\n]*)")
# A card typed over more lines than this is no card of the plugin's: a paragraph of notes.
MAX_CARD_LINES = 20
# The tag the Spaced Repetition plugin reviews a note by, in its body.
_FLASHCARDS_TAG = re.compile(r"(?<![\w/#&])#flashcards?\b", re.I)


# Labels that name a kind of attribute, which the same label under another heading holds
# for another name (collect_fields): never a term of their own.
_FIELD_LABELS = {
    "focus", "leaders", "leader", "beliefs", "views", "supporters",
    "usage", "use", "uses", "indication", "indications", "side-effect", "side-effects",
    "adverse-effect", "adverse-effects", "contraindication", "contraindications", "mechanism",
    "mechanism-of-action", "moa", "dose", "doses", "dosing", "dosage", "monitoring",
    "interactions", "cautions", "toxicity", "pharmacokinetics", "route", "structure",
    "function", "functions", "location", "symptoms", "signs", "presentation", "treatment",
    "management", "diagnosis", "investigations", "complications", "risk-factors", "causes",
    "cause", "aetiology", "etiology", "prognosis", "epidemiology", "pathophysiology",
    "features", "characteristics", "properties", "advantages", "disadvantages", "strengths",
    "weaknesses", "limitations", "effects", "purpose", "role"}
# "A. Thiazide Diuretics", "2.1 Loop diuretics": the heading's enumeration is no part of it.
_LEADING_ENUMERATION = re.compile(r"^(?:[A-Z]|[0-9]+(?:\.[0-9]+)*)[.)]\s+|^[0-9]+(?:\.[0-9]+)+\s+")
_HEAD_PREPOSITION = re.compile(r"(?:with|without|in|on|at|for|from|by|to|after|before|during|"
                               r"under|over|if|when|while|as)\b", re.I)
_NEGATED_HEAD = re.compile(r"\b(?:not|no longer|than)\b", re.I)


class _InlineWalk:
    """Collects one inline run as model text: marks as `**…**`, math as MathJax `\\(…\\)`."""

    def __init__(self):
        self.out: list[str] = []
        self.images: list[str] = []
        self.tags: list[str] = []
        self.math: list[str] = []  # held aside so whitespace folding leaves the TeX alone
        self.html: list[tuple[str, int]] = []  # open allowlisted tags: (name, position)
        self.linked = 0
        self.task = ""
        self.links: list[str] = []
        self.field_mark = False
        self.hard_break: int | None = None  # where in `out` the first hard break is
        self.after_link = False  # the last node walked was a link or an image

    def result(self) -> _Inline:
        broken = None
        if self.hard_break is not None:
            head, rest = (self.finished(part) for part in
                          (self.out[:self.hard_break], self.out[self.hard_break:]))
            if head and rest:
                broken = head, rest
        return _Inline(self.finished(self.out), self.images, self.tags, self.linked,
                       self.task, self.links, self.field_mark, broken)

    def finished(self, out: list[str]) -> str:
        """`out` as text: spaces folded, math put back where it was held."""
        folded = " ".join("".join(out).split())
        if _COMPUTED in folded:
            folded = _without_computed(folded)
        if "==" in folded and "**" in folded:
            folded = _HIGHLIGHTED_MARKS.sub(r"\1", folded)
        if "==" in folded and "\x00" in folded:
            folded = _highlighted_math(folded)
        if "\\" in folded:
            folded = _without_tex_text_commands(folded)
        if "[[" in folded and "]]" in folded:
            # A wiki link showing a formula ("[[Poiseuille|$R \\propto r^{-4}$]]",
            # "[[Reynolds#$Re$]]") or running across a mark ("**Calculating [[Equilibrium
            # Concentrations:** … Equilibrium]])"): its brackets stand in two text nodes, so
            # no node held the link and the card showed "[[Poiseuille|\\(…\\)]]" or "[[".
            folded = _WIKI_LINK.sub(_wiki_link_shown, folded)
        # Composed (text.composed) as YAML values are: an accent typed decomposed, or
        # written as character references ("e&#x301;"), is the letter Anki will show.
        return composed(_MATH_HOLD.sub(lambda m: self.math[int(m[1])], folded))

    def hold_math(self, tex: str, display: bool) -> str:
        self.math.append(f"\\[{tex}\\]" if display else f"\\({tex}\\)")
        return f"\x00{len(self.math) - 1}\x00"

    def text(self, value: str, depth: int) -> None:
        if value.startswith(":::") and self.out and self.out[-1] == " " and \
                _FENCE_CLOSE.match(value):
            # A div's closing fence with no div open, typed straight under a paragraph: the
            # paragraph's last line, it showed as "… is removed. :::" (issue 14). (Alone, it
            # closes a box the reader opened: _ADMONITION.)
            return
        # Each pattern only where its text can match: most texts hold none of them.
        if self.after_link and value.startswith("{"):
            value = _ATTRIBUTE_LIST.sub("", value)
        value = figures.literal(value)
        if "[[" in value:
            value = _WIKI_LINK.sub(lambda m: self.wiki_link(m), value)
        if "@" in value:
            # "… divided by their sum (@eq-ndvi).": a reference alone in brackets only points
            # at what the card does not show; "(the equation)" was left on the card (a blind
            # review of session 24: "a broken leftover"). Said in a sentence, it is read as before.
            value = _BRACKETED_REFERENCE.sub("", value)
            value = _CROSS_REFERENCE.sub(_cross_reference, value)
        if "ref{" in value or "@ref(" in value:
            value = _TEX_REFERENCE.sub(_tex_reference, value)
        if "\\index{" in value or "\\label{" in value:
            value = _TEX_INDEX.sub("", value)
        if "#" in value:
            value = _INLINE_TAG.sub(lambda m: self.tags.append(m[1]) or "", value)
        value = _literal(value)
        if self.after_link and value.startswith("\\") and value[1:2] in ("", " ", "\t"):
            # "![](./figs/lotp.png)\ ": Pandoc's escaped space (a space that breaks no line),
            # typed after an image to keep it inline; the line's end may have taken the
            # space. Left as typed, a card showed "Visualization of […]: \" (blind sample
            # 2828). Anywhere else a backslash is the author's ("a Windows path is \").
            value = value[1:]
        if "==" in value:
            value = _HIGHLIGHT.sub(r"**\1**" if depth == 0 else r"\1", value)
        if "::" in value:
            value, marks = _FIELD_MARK.subn(":", value)
            self.field_mark = self.field_mark or marks > 0
        self.out.append(value)

    def wiki_link(self, match: re.Match) -> str:
        page, shown = match[2].strip(), (match[4] or "").strip()
        if match[1]:  # ![[diagram.png|400]]: an embed, where it is written (images.py)
            self.images.append(figures.obsidian(page + (match[3] or ""), match[4]))
            return self.images[-1]
        self.linked += _words(shown or page)
        self.links.append(shown or page)
        return shown or page

    def html_tag(self, tag: str, depth: int) -> None:
        if "task-list-item-checkbox" in tag:  # mdit's tasklists plugin: `- [x]`
            self.task = "done" if "checked" in tag else "todo"
            return
        parsed = _HTML_TAG.match(tag.strip())
        if not parsed:
            return  # a comment or anything else: dropped, never shown
        closing, name = parsed[1], parsed[2].lower()
        if name in ("br", "hr"):
            self.out.append(" ")
        elif name in ("sub", "sup", *_MARKING_TAGS) and not parsed[3]:
            if not closing:
                self.html.append((name, len(self.out)))
                return
            for index in range(len(self.html) - 1, -1, -1):
                if self.html[index][0] == name:
                    _, start = self.html.pop(index)
                    self.close_html(name, start, depth)
                    break

    def close_html(self, name: str, start: int, depth: int) -> None:
        inside = "".join(self.out[start:])
        if name in _MARKING_TAGS:
            if depth == 0 and inside.strip() and "**" not in inside:
                self.out[start:] = [f"**{inside}**"]
            return
        table = _SUBSCRIPT if name == "sub" else _SUPERSCRIPT
        keys = _SUB_KEYS if name == "sub" else _SUP_KEYS
        if inside and all(c in keys for c in inside):
            self.out[start:] = [inside.translate(table)]
        else:  # a letter Unicode has no small form of: written as TeX writes it
            self.out[start:] = [("_" if name == "sub" else "^") + inside]

    def walk(self, node: SyntaxTreeNode, depth: int) -> None:
        for child in node.children:
            kind = child.type
            self.node(child, kind, depth)
            self.after_link = kind in ("link", "image")

    def node(self, child: SyntaxTreeNode, kind: str, depth: int) -> None:
        """One inline node; `after_link` says whether a link or image came right before it."""
        if kind == "text":
            self.text(child.content, depth)
        elif kind == "code_inline":
            if _COMPUTED_CODE.match(child.content):
                self.out.append(_COMPUTED)
            elif not child.content.lstrip().startswith(("=", "$=")):  # not a dataview query
                self.out.append(_code(_literal(figures.literal(child.content))))
        elif kind in ("math_inline", "math_inline_double"):
            self.out.append(self.hold_math(child.content, kind == "math_inline_double"))
        elif kind in ("softbreak", "hardbreak"):
            if kind == "hardbreak" and depth == 0 and self.hard_break is None:
                self.hard_break = len(self.out)
            self.out.append(" ")
            _image_line(None)
        elif kind in ("strong", "em"):
            if depth:  # a mark never nests: ***both*** or **a *b* c** is one phrase
                self.walk(child, depth + 1)
                return
            if kind == "em" and (any(n.type == "strong" for n in child.children)
                                 or _italic_line(child) or _italic_quotation(child)):
                # "*NOTE: … is called an **octave**.*": italics over a sentence set it
                # apart as an aside, and the bold inside is the author's mark. Read as one
                # mark, the whole line was hidden and "octave" never asked; the next note's
                # line, in italics too, was a gap of fifteen words (blind sample 3101: junk).
                self.walk(child, depth)
                return
            start = len(self.out)
            self.out.append("**")
            self.walk(child, depth + 1)
            inside = _MATH_HOLD.sub("x", "".join(self.out[start + 1:])).strip()
            if inside and not (kind == "em" and inside.casefold() in _STRESSED_WORDS) and \
                    not _abbreviated_link(inside):
                self.out.append("**")
            else:
                # Emphasis around nothing readable (an image) marks nothing, an italic
                # "not" or "only" is stress, not a term worth a cloze, and "_i.e._" is
                # typeset as Latin ("shattered, [...] we cannot achieve" asked "i.e.",
                # blind sample 3001: junk).
                del self.out[start]
        elif kind == "image":
            self.images.append(_image(child))
            self.out.append(self.images[-1])
        elif kind == "html_inline" and figures.IMG_TAG.match(child.content.strip()):
            self.out.append(figures.html_images(child.content))  # where it is written
        elif kind == "html_inline":
            self.html_tag(child.content, depth)
        elif kind == "footnote_ref":  # kept as written: citations.py reads it
            # (An inline footnote parsed outside _Reader.parse has no label: its text is not
            # the page's, and only its marker goes.)
            if child.meta.get("label"):
                self.out.append(f"[^{child.meta['label']}]")
        elif kind == "link":
            before = len(self.out)
            self.walk(child, depth)
            self.linked += _words(_MATH_HOLD.sub("x", "".join(self.out[before:])))
        else:  # links, strikethrough, anything a plugin adds: keep the words
            self.walk(child, depth)


def _italic_line(node: SyntaxTreeNode) -> bool:
    """Whether italics hold a whole line of several, and that line a sentence (six words or
    more, ending in a stop): notes typed one a line in italics ("*NOTE: …*"), a style. (A
    paragraph in italics whole is read as marked text is: _wholly_marked.)"""
    before, after = node.previous_sibling, node.next_sibling
    breaks = ("softbreak", "hardbreak")
    if not (before is None or before.type in breaks) or \
            not (after is None or after.type in breaks) or before is after is None:
        return False
    said = "".join(n.content for n in node.walk() if n.type == "text").strip()
    return said.endswith((".", "!", "?", "。")) and len(said.split()) >= 6


_OPENING_QUOTE = re.compile(r"[\"“„«‘'「『]\s*$")
_CLOSING_QUOTE = re.compile(r"^\s*[\"”“»’'」』]")  # (“ closes a German „quotation“)


def _italic_quotation(node: SyntaxTreeNode) -> bool:
    """Whether italics hold a sentence between quotation marks (`>"*Neurons that fire
    together wire together.*"`): a quotation typeset in italics, not a phrase the author
    marked. Read as a mark, the whole quote was the gap and made no card (held-out-5)."""
    before, after = node.previous_sibling, node.next_sibling
    if before is None or after is None or before.type != "text" or after.type != "text" or \
            not _OPENING_QUOTE.search(before.content) or \
            not _CLOSING_QUOTE.match(after.content):
        return False
    said = "".join(n.content for n in node.walk() if n.type == "text").strip()
    # A sentence, ending on its stop ("Neurons that fire together wire together."), or a long
    # passage: a title or a phrase in quotes ("*The Wealth of Nations*", "*survival of the
    # fittest*") is the author's mark, the thing to ask (the code re-read).
    return len(said.split()) >= 4 and said.endswith((".", "!", "?", "…", "。")) or \
        len(said.split()) >= 12


# R Markdown's and Quarto's inline code, `r mean(x)` and `{r} x` (`{python} x`, …): the
# rendered page shows its computed output, which the notes do not hold. Never an answer nor
# shown as code: the sentence holding it says nothing without its value, and goes (issue
# 14). Not "`r = 0.8`", a correlation typed as code.
_COMPUTED_CODE = re.compile(r"^\s*(?:r|\{(?:r|python|julia|ojs)\})\s+(?![=<>])\S")
_COMPUTED = "\ue002"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")


def _without_computed(text: str) -> str:
    """`text` without the sentences that hold computed output."""
    kept = [s for s in _SENTENCE_END.split(text) if _COMPUTED not in s]
    return " ".join(kept)


_SUB_KEYS = set("0123456789+-=()aehijklmnoprstuvx")
_SUP_KEYS = set("0123456789+-−=()in")  # (a minus sign too: "NO₃^−^")


def _inline(node: SyntaxTreeNode | None) -> _Inline:
    walk = _InlineWalk()
    if node is not None:
        _image_line(node)
        walk.walk(node, 0)
    return walk.result()


# What a box's title cannot show: it is context, text on every card under the box. An
# image in it was reported at line 1 (parsed alone, the title has no line), and a footnote
# marker showed as "[^1]" (parsed alone, the title knows no footnotes).
_TITLE_EXTRAS = re.compile(r"!\[[^\]]*\]\([^)]*\)|\[\^[^\]\s]+\]")
_FOOTNOTE_MARKER = re.compile(r"\[\^[^\]\s]+\]")


def _inline_title(title: str) -> str:
    """A box's or the front matter's title as cards show it, read as inline Markdown:
    "Ordinals for $\\omega$" is math, not dollar-TeX, "**Week 1**" is "Week 1"; images and
    footnote markers are dropped."""
    title = _TITLE_EXTRAS.sub("", title).strip()
    if not title:
        return ""
    return " ".join(_inline(SyntaxTreeNode(_PARSER.parseInline(title)).children[0]).plain.split())


def _image(node: SyntaxTreeNode) -> str:
    """The mark of `![alt](src "title")`: the image goes where it is written (images.py)."""
    reader = figures.current_reader()
    if reader is None:
        return ""
    line = reader.line
    alt = _inline(node).text  # marks kept: a caption's marked phrase makes a cloze
    reader.line = line
    return reader.add(str(node.attrs.get("src", "")), line, alt,
                      str(node.attrs.get("title") or ""))


def _image_line(node: SyntaxTreeNode | None) -> None:
    """Tell the image reader the line it is on: a block's first, or (None) the next one."""
    reader = figures.current_reader()
    if reader is None:
        return
    if node is None:
        reader.line += 1
    elif node.map:
        reader.line = _line(node)


# A bold pair holding CJK that CommonMark cannot close or open where it stands: a closing
# `**` after punctuation with a letter right after it ("**银行家算法(Banker's algorithm)**弥补
# 了…"), or an opening one after a letter with punctuation right after it. The parser
# leaves it as text, or pairs it with the next pair's marks ("**A**和**B**" bolds "和").
_DOUBLE_STAR = re.compile(r"(?<![*\\])\*\*(?!\*)")
_PUNCTUATION_EDGE = re.compile(r"[^\w\s]")


def _literal(value: str) -> str:
    # `**` in the model means a cloze mark; a literal asterisk from the source (escaped
    # or unpaired) must never open or close one, so it becomes the asterisk operator.
    return value.replace("*", "\u2217")


def _code(value: str) -> str:
    # Inline code keeps its backticks in the model, as a YAML author types them: citations
    # are never read inside them (`x[1]` is no reference), and the card shows a code font.
    fence = "`" * (max((len(run) for run in re.findall("`+", value)), default=0) + 1)
    pad = " " if value.startswith("`") or value.endswith("`") else ""
    return f"{fence}{pad}{value}{pad}{fence}"


def _line(node: SyntaxTreeNode) -> int:
    return node.map[0] + 1 if node.map else 0


# A dollar or a single backslash before "(" or "[": `\\(`, `\\[` (a double one is no opener).
_MATH_OPENER = re.compile(r"\$|\\[(\[]")
_MATH_CLOSER = re.compile(r"\$|\\[)\]]")


def _lines_of(source: str) -> list[str]:
    """A paragraph's lines, each formula whole: a formula typed over a line break
    ("Legge di Poiseuille: la portata è $Q = \\frac{\\pi r^4" / "\\Delta p}{8 \\eta l}$")
    is joined onto the line it opens on, and the lines it took are left empty, so each line
    keeps its index. Cut at the break, each half was read alone and showed raw dollar-TeX."""
    lines = source.split("\n")
    if len(lines) < 2 or not _MATH_OPENER.search(source):
        return lines
    at = 0
    while at < len(lines) - 1:
        line = lines[at]
        alone = _PARSER.parseInline(line)[0].children or [] if "$" in line else []
        # Only a line whose own reading leaves a `$` as text, or a `\\(`/`\\[` unclosed.
        if any(t.type == "text" and "$" in t.content for t in alone) or \
                line.count("\\(") > line.count("\\)") or line.count("\\[") > line.count("\\]"):
            for end in range(at + 1, min(len(lines), at + 12)):
                if not _MATH_CLOSER.search(lines[end]):
                    # No formula closes on it. Parsed joined up to each of the 11 lines
                    # below, a paragraph of "\\[ a_1" lines left open took 8.7 s for 64 KB.
                    continue
                # A formula runs over the break when the joined lines read it whole.
                joined = "\n".join(lines[at:end + 1])
                tokens = _PARSER.parseInline(joined)[0].children or []
                if any(t.type.startswith("math") and "\n" in t.content for t in tokens):
                    lines[at:end + 1] = [joined] + [""] * (end - at)
                    at = end
                    break
        at += 1
    return lines


# A formula in a table row, as the Pandoc dollar rule and `\\(…\\)` find it.
_ROW_MATH = re.compile(r"(?<![\\$])\$(?=[^\s$])(?:\\.|[^$\\\n])*?(?<=[^\s\\])\$(?!\d)|\\\(.*?\\\)")


def _pipes_in_table_math(body: str, tokens: list) -> str:
    """The body with each `|` inside a table cell's formula escaped, as GFM has a pipe in a
    cell typed: "| Modulo | $|\\vec v| = \\sqrt{v_x^2 + v_y^2}$ |" was cut into cells at its
    absolute-value bars, and the card showed "$\\vec a \\cdot \\vec b =" and a lone "$". The
    table reader turns `\\|` back into `|`, so the TeX reaches the card as typed."""
    lines = body.split("\n")
    rows = {at for token in tokens if token.type == "table_open" and token.map
            for at in range(*token.map)}
    # A formula's bar in the header row ("|  | $|x| = 2$ | Unità |") gives it more cells
    # than the delimiter row under it, and GFM then reads no table there at all: the rows
    # from the header to the next blank line are the table's too.
    code = {at for token in tokens if token.type in ("fence", "code_block") and token.map
            for at in range(*token.map)}
    for at, line in enumerate(lines[1:], start=1):
        if _DELIMITER_ROW.match(line) and "|" in lines[at - 1] and \
                not {at - 1, at} & (rows | code):
            end = next((i for i in range(at, len(lines)) if not lines[i].strip()), len(lines))
            rows.update(range(at - 1, end))
    for at in sorted(rows):
        if "|" in lines[at]:
            lines[at] = _ROW_MATH.sub(
                lambda m: re.sub(r"(?<!\\)\|", r"\\|", m[0]), lines[at])
    return "\n".join(lines)


# A pipe table's delimiter row: "|---|:---:|", "--- | ---".
_DELIMITER_ROW = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$")


def _inline_child(node: SyntaxTreeNode) -> SyntaxTreeNode | None:
    return next((c for c in node.children if c.type == "inline"), None)


# -- front matter --------------------------------------------------------------------------


# -- other tools' syntax -------------------------------------------------------------------

# `%% comment %%` (Obsidian, may span lines) and Hugo shortcodes `{{< … >}}`/`{{% … %}}`:
# dropped before parsing, their newlines kept so every line number stays the file's.
# A shortcode's inner text (between an opening and a closing tag) stays and is read.
_TOOL_SYNTAX = re.compile(r"%%.*?%%|\{\{[<%].*?[>%]\}\}", re.S)
_FENCE_LINE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ITEM_LINE = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+\S")
_ITEM_MARKER = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])(?:\s+|$)")
# Dataview inline fields ("up:: [[MOC]]", "**See**:: [[X]]"): page metadata, not prose.
_DATAVIEW_FIELD = re.compile(r"^([ \t>]*)(?:\*\*)?[A-Za-z][\w -]{0,30}(?:\*\*)?::(?:[ \t].*)?$",
                             re.M)


# Attribute lists of Pandoc, kramdown and markdown-it-attrs: `## Divisors {#divisors}`,
# `### Residues {.unnumbered}`, `::: example Example 4.1 {#example-4-1}`, kramdown's
# `{: .no_toc }` on its own line, `![map](m.png){width=50%}`, `[word]{.smallcaps}`. They
# style or name the element; left in, `#divisors` read as a tag and `{.unnumbered}` showed.
_ATTRIBUTE = r"""(?:[#.][\w:-]+|-|[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s{}]+))"""
_ATTRIBUTES = rf"\{{:?[ \t]*{_ATTRIBUTE}(?:[ \t]+{_ATTRIBUTE})*[ \t]*\}}"
# At the end of a heading, a `:::` line, a display formula's closing `$$` (Quarto's
# `$$ … $$ {#eq-x}`) or a Pandoc table caption (`: Data {#tbl-x}`).
_TRAILING_ATTRIBUTES = re.compile(
    rf"^((?:[ \t]*#{{1,6}}[ \t]|[ \t]*:{{3,}}[ \t]*\S|.*\$\$|[ \t]*:[ \t]+\S).*?)[ \t]*"
    rf"{_ATTRIBUTES}[ \t]*$", re.M)
# The same at the end of a setext heading's line ("Sensors {#sec-sensors}" over "-------"),
# where it showed as "{}" (its "#id" read as a tag).
_SETEXT_ATTRIBUTES = re.compile(
    rf"^(.*?)[ \t]*{_ATTRIBUTES}[ \t]*$(?=\n[ \t]{{0,3}}(?:=+|-+)[ \t]*$)", re.M)
_ATTRIBUTE_LINE = re.compile(r"^[ \t]*\{:[^{}\n]*\}[ \t]*$", re.M)
# A span: its text stays. Not the `[ref]` of a reference link, `[text][ref]{…}` (after `]`).
_SPAN_ATTRIBUTES = re.compile(rf"(?<!\])\[([^\[\]\n]*)\]{_ATTRIBUTES}")
_LINK_ATTRIBUTES = re.compile(rf"(?<=\)){_ATTRIBUTES}")  # after a link's or image's address
# The same after a link the parser has read, whatever its form (`[text][ref]{target="_blank"}`,
# `<https://…>{.note}`): the text that follows it, read by _InlineWalk.
_ATTRIBUTE_LIST = re.compile(rf"^{_ATTRIBUTES}")


def _drop_attributes(text: str) -> str:
    # Spans first: "## [Advantages]{.underline}" is a span ending its heading, whose
    # brackets showed ("[Advantages]") when its attributes were read as the heading's.
    text = _SPAN_ATTRIBUTES.sub(r"\1", text)
    text = _TRAILING_ATTRIBUTES.sub(r"\1", text)
    # A setext heading of attributes alone keeps a zero-width space: an empty line over
    # "-----" would be a rule, and the heading (a section, titled by the one above) lost.
    text = _SETEXT_ATTRIBUTES.sub(lambda m: m[1] or "\u200b", text)
    text = _ATTRIBUTE_LINE.sub("", text)
    return _LINK_ATTRIBUTES.sub("", text)


def _label_inline_footnotes(tokens: list, notes: dict) -> None:
    """Give each inline footnote (Pandoc's `^[text]`) a label, as `[^1]` has: its marker is
    then cut and its text goes on the back, as a typed footnote's does (issue 14). The
    label comes from the text, so a line parsed again on its own gives the same one."""
    labels = {number: f"inline-{zlib.crc32(note.get('content', '').encode()):08x}"
              for number, note in notes.items() if note.get("label") is None}
    if not labels:
        return
    for token in tokens:
        for inner in (token, *(token.children or ())):
            if inner.type in ("footnote_ref", "footnote_open", "footnote_anchor") and \
                    inner.meta.get("label") is None and inner.meta.get("id") in labels:
                inner.meta["label"] = labels[inner.meta["id"]]


def _drop_tool_syntax(body: str) -> str:
    """The body without comments, shortcodes and attribute lists, outside fenced code
    (which stays as typed)."""
    if "%%" not in body and "{" not in body and "```math" not in body and "~" not in body \
            and "^" not in body and "\\" not in body and not (
            "**" in body and CJK.search(body)) and not _REMARK_CLASS.search(body):
        return body
    if "{" in body or "```math" in body:
        body = _myst_directives(body)  # before the fences are set apart: some are boxes
    parts, fence, chunk = [], "", []
    for line in body.split("\n"):
        opened = _FENCE_LINE.match(line)
        if fence:
            parts.append(line)
            if opened and opened[1][0] == fence[0] and len(opened[1]) >= len(fence):
                fence = ""
            continue
        if opened:
            parts.append(_blank_syntax("\n".join(chunk)) if chunk else None)
            chunk, fence = [], opened[1]
            parts.append(line)
            continue
        chunk.append(line)
    if chunk:
        parts.append(_blank_syntax("\n".join(chunk)))
    return "\n".join(p for p in parts if p is not None)


# A paired shortcode alone on its lines whose arguments give a title: Hugo themes' boxes
# (`{{< admonition type="tip" title="Negligence" >}}`, Docsy's `{{< alert title="…" >}}`),
# tabs (`{{< tab "First Estate" >}}`, `{{< tab header="…" >}}`), details (`{{< details
# "Who was Robespierre?" >}}`), a maths theme's named blocks (`{{< definition name="Linear
# Equation" counter=1 >}}`: the term its body defines).
_SHORTCODE_LINE = re.compile(
    r"^[ \t]*\{\{[<%]\s*(?P<close>/)?\s*(?P<name>[A-Za-z][\w-]*)(?P<args>[^\n]*?)\s*/?\s*[>%]\}\}"
    r"[ \t]*$")
_SHORTCODE_TITLE = re.compile(
    r"\b(?:title|header|name)\s*=\s*(?:\"([^\"\n]*)\"|'([^'\n]*)')|^\s*\"([^\"\n]*)\"")
# Shortcodes that group others: their quoted argument is an id ("estates"), not a title.
_GROUPING_SHORTCODES = {"tabs", "tabpane", "columns", "row", "section", "blocks", "cards"}
_SHORTCODE_TYPE = re.compile(r"""\btype\s*=\s*["']?([A-Za-z][\w-]*)""")


def _cjk_bold(text: str) -> str:
    """Bold pairs holding CJK that CommonMark's flanking rules break, as
    `<b>…</b>`, which the reader reads as the same mark wherever it stands. The `**` of a
    line pair in order, first with second, as their author typed them."""
    if "**" not in text or not CJK.search(text):
        return text
    lines = text.split("\n")
    for number, line in enumerate(lines):
        # A `**` inside a code span is code as typed ("`**kwargs`"), never a mark.
        code = [m.span() for m in CODE_SPAN.finditer(line)]
        marks = [m.start() for m in _DOUBLE_STAR.finditer(line)
                 if not any(start <= m.start() < end for start, end in code)]
        if len(marks) < 2:
            continue
        out, at = [], 0
        # An odd last `**` has no partner: left as typed.
        for opening, closing in zip(marks[::2], marks[1::2], strict=False):
            inner = line[opening + 2:closing]
            before, after = line[opening - 1:opening], line[closing + 2:closing + 3]
            broken = inner.strip() == inner and inner and CJK.search(inner) and (
                (_PUNCTUATION_EDGE.match(inner[-1]) and after and not after.isspace()
                 and not _PUNCTUATION_EDGE.match(after))
                or (_PUNCTUATION_EDGE.match(inner[0]) and before and not before.isspace()
                    and not _PUNCTUATION_EDGE.match(before)))
            if broken:
                out.append(line[at:opening] + f"<b>{inner}</b>")
                at = closing + 2
        lines[number] = "".join(out) + line[at:]
    return "\n".join(lines)


def _titled_shortcodes(text: str) -> str:
    """Paired shortcodes with a title, as `:::kind Title` … `:::` blocks: their title is
    the context of what they hold, read as an admonition's is. An outer block gets more
    colons than the blocks inside it, so each closes where it should."""
    lines = text.split("\n")
    stack: list[list] = []  # [line index, name, kind, title, colons of the deepest inside]
    for index, line in enumerate(lines):
        if "{{" not in line or not (match := _SHORTCODE_LINE.match(line)):
            continue
        if match["close"]:
            while stack and stack[-1][1] != match["name"]:
                # A shortcode with no closing tag holds nothing, but the blocks closed
                # inside it are inside the one it sits in, which must close after them.
                unclosed = stack.pop()
                if stack:
                    stack[-1][4] = max(stack[-1][4], unclosed[4])
            if not stack:
                continue
            opened, _, kind, title, inner = stack.pop()
            # A question as the title ("Who was Robespierre?") would head its own answer's
            # card and name what the card hides: its body is read as before, untitled.
            if title and not title.rstrip().endswith("?"):
                colons = ":" * max(3, inner + 1)
                # Each at its own line's indent: a box inside a list item stays in the item
                # (at column 0 it would end the list, and the items after it lost their title).
                lines[opened] = _indent(lines[opened]) + f"{colons}{kind} {title}"
                lines[index] = _indent(lines[index]) + colons
                if stack:
                    stack[-1][4] = max(stack[-1][4], len(colons))
            elif stack:
                stack[-1][4] = max(stack[-1][4], inner)
            continue
        titled = None if match["name"].casefold() in _GROUPING_SHORTCODES else \
            _SHORTCODE_TITLE.search(match["args"])
        title = " ".join(next((g for g in titled.groups() if g), "").split()) if titled else ""
        typed = _SHORTCODE_TYPE.search(match["args"])
        stack.append([index, match["name"], typed[1] if typed else match["name"], title, 0])
    return "\n".join(lines)


# Boxes read when they sit inside a list item (the list goes on after them).
_BOXES_IN_ITEMS = {"container_aside", "admonition", "blockquote"}


def _indent(line: str) -> str:
    return line[:len(line) - len(line.lstrip(" \t"))]


# MyST (Jupyter Book) directives typed as fences: "```{note}", "````{admonition} Title",
# "```{math}". Their option lines (":class: dropdown", ":label: eq-1") follow the opening.
_MYST_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
# A block quote's marks before a line ("> ", "> > "): a box may be quoted.
_QUOTE_MARKS = re.compile(r"^(?:[ \t]*>[ \t]?)*")
_DIRECTIVE = re.compile(r"^\s*\{(?:prf:)?(?P<name>[\w-]+)\}(?P<rest>.*)$")
_COLON_DIRECTIVE = re.compile(r"^\s*:{3,}\s*\{(?:prf:)?[\w-]+\}")
_DIRECTIVE_OPTION = re.compile(r"^\s*:[\w-]+:(?:\s|$)")
# The admonitions MyST and Sphinx know, sphinx-exercise's and sphinx-proof's (typed
# `{prf:theorem}`, read without the `prf:`); any other directive (figure, code-cell, glue)
# stays a fence, which makes no card.
_MYST_ADMONITIONS = {
    "admonition", "note", "tip", "hint", "important", "warning", "caution", "attention",
    "danger", "error", "seealso", "dropdown", "margin", "sidebar", "topic", "epigraph",
    "exercise", "solution",
    "definition", "theorem", "lemma", "proof", "example", "axiom", "corollary", "conjecture",
    "proposition", "property", "observation", "assumption", "remark", "criterion"}


def _myst_directives(text: str) -> str:
    """MyST's fenced directives as the reader reads their colon form: an admonition fence
    ("```{note}" … "```") becomes a `:::{note}` box, as many colons as the fence had
    backticks so boxes nest as the fences did; a `{math}` fence, or GitHub's "```math",
    becomes `$$` display math.
    Option lines after an opening (":class: dropdown", or a YAML block between `---`
    lines) are blanked: they are settings, never content (they reached cards as
    ":class: tip …", and a YAML block as a setext heading "class: dropdown" that titled
    every card after it). Lines keep their numbers, and a fence inside a code block is code.
    Until 2026-12-02 every such box was read as code and made no card: a Jupyter Book
    chapter's definitions and notes were all lost."""
    lines = text.split("\n")
    stack: list[tuple[str, str]] = []  # each open fence, and what it was read as
    options = False  # the lines right after an opening may be option lines

    def quoted(line: str) -> tuple[str, str]:
        """A line as its block quote's marks (a box may sit in a quote) and the rest."""
        marks = _QUOTE_MARKS.match(line)[0]
        return marks, line[len(marks):]

    for index, line in enumerate(lines):
        marks, bare = quoted(line)
        if options and _DIRECTIVE_OPTION.match(bare):
            lines[index] = marks.rstrip()  # a quote's line stays in its quote
            continue
        if options and bare.strip() == "---":
            # The block ends at the next `---`; a blank line, a fence or the end first: none.
            closing = next((i for i in range(index + 1, len(lines))
                            if (later := quoted(lines[i])[1]).strip() in ("---", "")
                            or _MYST_FENCE.match(later) or later.lstrip().startswith(":::")),
                           None)
            if closing is not None and quoted(lines[closing])[1].strip() == "---":
                for blank in range(index, closing + 1):
                    lines[blank] = quoted(lines[blank])[0].rstrip()
                options = False
                continue
        options = False
        if not stack or stack[-1][1] != "code":
            if _COLON_DIRECTIVE.match(bare):
                options = True
                continue
        found = _MYST_FENCE.match(bare)
        if not found:
            continue
        indent, fence, info = marks + found["indent"], found["fence"], found["info"].strip()
        if stack and stack[-1][1] == "code":
            if not info and fence[0] == stack[-1][0][0] and len(fence) >= len(stack[-1][0]):
                stack.pop()  # the code block's closing fence
            continue
        if not info and stack and fence[0] == stack[-1][0][0] and \
                len(fence) >= len(stack[-1][0]):
            opened, kind = stack.pop()
            lines[index] = indent + ("$$" if kind == "math" else ":" * len(opened))
            continue
        directive = _DIRECTIVE.match(info)
        if directive and directive["name"].casefold() in _MYST_ADMONITIONS:
            lines[index] = f"{indent}{':' * len(fence)}{{{directive['name']}}}{directive['rest']}"
            stack.append((fence, "box"))
            options = True
        elif directive and directive["name"] == "math" and not directive["rest"].strip():
            lines[index] = indent + "$$"
            stack.append((fence, "math"))
            options = True
        elif info == "math":
            # GitHub's and GitLab's display math ("```math"): read as code, its formula
            # made no card and the lead above it took the next paragraph for its own.
            lines[index] = indent + "$$"
            stack.append((fence, "math"))
        else:
            stack.append((fence, "code"))
    return "\n".join(lines)


# Hugo Book's KaTeX shortcode holds its TeX bare ("{{< katex >}}Q = \\frac{\\Delta P}{R}
# {{< /katex >}}", "{{< katex display >}}" for display): dropped as any shortcode, its TeX
# reached the card raw, a letter of it asked as a cloze. It is math, as `$…$` and `$$…$$`.
# The TeX stops at the next opener or closer: read to the end of the text for each opener
# never closed, "{{< katex >}}x " 10,000 times took 7 s.
_KATEX_SHORTCODE = re.compile(r"\{\{([<%])\s*katex\b([^{}]*?)[>%]\}\}"
                              r"((?:(?!\{\{[<%]\s*/?katex\b).)*?)"
                              r"\{\{[<%]\s*/katex\s*[>%]\}\}", re.S)


def _katex_math(shortcode: re.Match) -> str:
    tex = shortcode[3]
    if "display" in shortcode[2] or "\n" in tex.strip():
        return f"$${tex}$$"
    return f"${tex.strip()}$"


# Pandoc's own inline syntax, typed where no tool of ours reads it: `H~2~O` and `x^2^`
# (subscript and superscript, read as `<sub>`/`<sup>` are), and LaTeX layout commands typed
# outside math for a PDF (`\newpage`, `\vspace{1em}`, `\noindent`): they showed as typed
# (issue 14). Inline code and math come first in the alternation, so they stay as typed.
_PANDOC_INLINE = re.compile(
    # A display formula too ("$$\n v_1^2^2\n$$" in a list item is TeX's `^`, not Pandoc's
    # superscript: the property test of math anywhere), a `\[` display opened on its own
    # line or inside one (as the reader reads it), and a math environment likewise (a text
    # one, `itemize` or `quote`, is prose); never a `$$` opening prose over lines, which an
    # odd one would pair with the next and keep the prose between them as typed. An opener
    # never closed is looked past a bounded stretch: a text of them stays linear.
    r"(?P<kept>(`+)[^`]*?\2|\$\$[ \t]*\n[^$]*\$\$|\$\$[^$\n]+\$\$|(?<![\\$])\$[^$\n]+\$"
    r"|\\\(.{0,2000}?\\\)|\\\[[ \t]*\n[\s\S]{0,2000}?\\\]|\\\[.{0,2000}?\\\]"
    r"|\\begin\{((?:equation|align|aligned|alignat|gather|gathered|multline|split|cases|"
    r"array|[pbvBV]?matrix|eqnarray)\*?)\}[\s\S]{0,5000}?\\end\{\3\})"
    r"|(?<=[^\s~])~(?P<sub>[^~\s]{1,10})~(?!~)"
    r"|(?<=[^\s^\[])\^(?P<sup>[^\^\s\[\]]{1,10})\^"
    r"|(?P<layout>\\(?:newpage|clearpage|cleardoublepage|pagebreak|noindent|bigskip|"
    r"medskip|smallskip|centering|raggedright|[vh]space\*?\{[^{}\n]*\})"
    r"(?![A-Za-z])(?P<trail>[ \t]*))"
    # LaTeX's citations, `\cite{key}`: read as Pandoc's `[@key]` is (citations.py). Its
    # references (`\ref{fig:x}`, bookdown's `\@ref(tab:x)`) and index entries are the inline
    # walk's (_TEX_REFERENCE, _TEX_INDEX), which keep the author's word for the thing.
    r"|\\(?P<cite>cite[tp]?|parencite|textcite)\{(?P<keys>[^{}\n]*)\}"
    # LaTeX's text styles typed in Markdown for a PDF (`\textbf{term}`, `\emph{…}`): the
    # Markdown mark of the same meaning, so a bold term is marked as `**term**` is; a
    # `\footnote{…}` is Pandoc's inline footnote, its text for the back.
    # Its text may hold one level of braces ("\\footnote{See \\emph{Guyton}}") and run over
    # a line, never a blank one.
    r"|\\(?P<style>textbf|textit|emph|underline|texttt|footnote)"
    r"\{(?P<styled>(?:[^{}\n]|\n(?![ \t]*\n)|\{[^{}\n]*\})*)\}"
    r"|\\(?:newline|linebreak)(?![A-Za-z])")
_LATEX_STYLES = {"textbf": "**{}**", "textit": "*{}*", "emph": "*{}*", "underline": "{}",
                 "texttt": "`{}`", "footnote": "^[{}]"}


def _pandoc_inline(match: re.Match) -> str:
    if match["sub"]:
        return f"<sub>{match['sub']}</sub>"
    if match["sup"]:
        # "21^st^ century": an ordinal's letters have no superscript form; they read plain.
        sup = match["sup"]
        return f"<sup>{sup}</sup>" if all(c in _SUP_KEYS for c in sup) else sup
    if match["layout"]:
        # "term\index{term} is": the command goes, the space after it stays; alone on its
        # line or opening it ("\noindent The"), the space goes with it.
        start = match.start()
        return "" if start == 0 or match.string[start - 1] in " \t\n" else match["trail"]
    if match["cite"]:
        keys = [key.strip() for key in match["keys"].split(",") if key.strip()]
        if match["cite"] in ("citet", "textcite") and len(keys) == 1:
            return f"@{keys[0]}"
        return f"[{'; '.join('@' + key for key in keys)}]" if keys else ""
    if match["style"]:
        return _LATEX_STYLES[match["style"]].format(  # its own commands read too
            _PANDOC_INLINE.sub(_pandoc_inline, match["styled"]))
    return match["kept"] if match["kept"] is not None else " "  # a line break: a space


# LaTeX's text environments typed in Markdown for a PDF, each command alone on its line:
# read as typed, the card showed "\\begin{quote} The [...] is fast … \\end{quote}" and
# "\\begin{itemize} \\item … \\item …" as one line. Their text is content: a quote's lines
# are a block quote's, `\\item`s are list items, a layout's lines (`center`) plain text.
_TEXT_ENVIRONMENT = re.compile(
    r"^(?P<indent>[ \t]*)\\(?P<side>begin|end)\{(?P<name>quote|quotation|verse|center|"
    r"flushleft|flushright|itemize|enumerate|description|minipage|multicols|abstract)\*?\}"
    r"(?:\[[^\]\n]*\]|\{(?:[^{}\n]|\{[^{}\n]*\})*\})*[ \t]*$")
_QUOTES = frozenset({"quote", "quotation", "verse", "abstract"})
_LISTS = frozenset({"itemize", "enumerate", "description"})
_TEXT_NESTING = 8
_LATEX_ITEM = re.compile(r"^\\item(?![A-Za-z])(?:\s*\[(?P<label>[^\]\n]*)\])?\s*")


def _latex_text_environments(text: str) -> str:
    """`\\begin{…}` … `\\end{…}` of LaTeX's text environments as the Markdown of the same
    meaning, line for line: the command lines blank, a quote's lines "> …", an `\\item` a
    list item ("- ", "1. " in `enumerate`, "- Label: " for `description`'s `\\item[Label]`),
    nested as typed. Each frame is [name, what opens its lines, number of the last item,
    what opens its items]."""
    lines = text.split("\n")
    frames: list[list] = []
    for index, line in enumerate(lines):
        command = _TEXT_ENVIRONMENT.match(line)
        if command and command["side"] == "begin":
            lead = frames[-1][1] if frames else command["indent"]
            deep = len(frames) >= _TEXT_NESTING
            if deep:
                # Deeper than a reader nests, a frame sits where the one around it does:
                # thousands nested made each line thousands of characters long.
                lead = frames[-1][3]
            quote = command["name"] in _QUOTES and not deep
            frames.append([command["name"], lead + "> " if quote else lead, 0, lead])
            lines[index] = frames[-2][1].rstrip() if len(frames) > 1 and \
                frames[-2][0] in _QUOTES else ""
            continue
        if command:  # an \\end: it closes the frame it names, and any left open inside it
            if any(frame[0] == command["name"] for frame in frames):
                while frames.pop()[0] != command["name"]:
                    pass
            lines[index] = frames[-1][1].rstrip() if frames and frames[-1][0] in _QUOTES else ""
            continue
        if not frames:
            continue
        name, lead, number, item_lead = frames[-1]
        content = line.strip()
        item = _LATEX_ITEM.match(content) if name in _LISTS else None
        if item:
            number += 1
            marker = f"{number}. " if name == "enumerate" else "- "
            label = (item["label"] or "").strip()
            rest = content[item.end():]
            content = f"{label}: {rest}" if label and name == "description" else rest
            frames[-1][1:3] = item_lead + " " * len(marker), number
            lines[index] = item_lead + marker + content
        elif content:
            lines[index] = lead + content
        else:  # a blank line: inside a quote, still the quote's
            lines[index] = lead.rstrip() if name in _QUOTES else ""
    return "\n".join(lines)


# remark.js (xaringan) slides' classes, `.darkblue[A metapopulation is …]`, `.pull-left[`
# over lines and `]` alone after them: the class styles what its brackets hold, shown
# without the class or the brackets. Only where a line opens (after its indent, a heading's
# "#"s, a quote's ">" or a list's marker): "The .loc[] indexer selects …" and ".str[0]" in
# pandas notes are code, not classes (the code review: a first form ate them). Never "[]".
_REMARK_CLASS = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+|>[ \t]*|[-*+][ \t]+)?"
                           r"(?P<opener>\.[a-z][\w-]*(?:\.[a-z][\w-]*)*\[)(?!\])", re.M)
_BRACKET_OR_ESCAPE = re.compile(r"\\.|[\[\]]", re.S)


def _remark_classes(text: str) -> str:
    """`text` without remark.js's class openers and the brackets that close them (a `\\[`
    of TeX is no bracket). An opener never closed is left as typed."""
    openers = {m.end("opener") - 1: m.span("opener") for m in _REMARK_CLASS.finditer(text)}
    if not openers:
        return text
    cut: list[tuple[int, int]] = []
    stack: list[tuple[int, int] | None] = []  # an opener's span, or None for a plain "["
    for found in _BRACKET_OR_ESCAPE.finditer(text):
        if found[0] == "[":
            stack.append(openers.get(found.start()))
        elif found[0] == "]" and stack:
            opener = stack.pop()
            if opener is not None:
                cut += [opener, found.span()]
    if not cut:
        return text
    out, at = [], 0
    for start, end in sorted(cut):
        out.append(text[at:start])
        at = end
    out.append(text[at:])
    return "".join(out)


def _blank_syntax(text: str) -> str:
    if "[" in text and "." in text:
        text = _remark_classes(text)
    if "\\begin{" in text:
        text = _latex_text_environments(text)
    if "~" in text or "^" in text or "\\" in text or "@ref(" in text:
        text = _PANDOC_INLINE.sub(_pandoc_inline, text)
    if "{" in text:
        text = _drop_attributes(text)
    if "{{" in text:
        if "katex" in text:
            text = _KATEX_SHORTCODE.sub(_katex_math, text)
        text = _titled_shortcodes(text)
    text = _TOOL_SYNTAX.sub(lambda m: "\n" * m[0].count("\n"), text)
    text = _cjk_bold(text)
    return _DATAVIEW_FIELD.sub(r"\1", text) if "::" in text else text


# -- tables ---------------------------------------------------------------------------------


@dataclass
class _Row:
    line: int
    cells: list[_Inline]


@dataclass
class _Table:
    line: int
    header: list[_Inline]
    rows: list[_Row]
    shape: str = ""  # "comparison", "lists", "glossary", or "" (not recognised)
    why: str = ""  # for a table not recognised
    concepts: list[str] = field(default_factory=list)  # header names of a comparison
    caption: str = ""  # a Pandoc caption typed as its last row (_caption)


# MyST's image directives, typed as fences ("```{figure} path"), and an option line of
# theirs (":name: fig-heart", ":width: 60%").
_MYST_FIGURES = frozenset({"{figure}", "{image}", "{figure-md}"})
_MYST_OPTION = re.compile(r"^\s*:(?P<name>[\w-]+):")


# A Pandoc/Quarto table caption: a paragraph of "Table: …", "table: …" or ": …" (its
# `{#tbl-x}` label already dropped) right before or after the table. It names the table;
# read as text it made a card "[Table] — Passive vs active sensors".
_CAPTION = re.compile(r"^(?:[Tt]able)?:(?:[ \t]+(?P<caption>.*))?$", re.S)
# What is left of a caption's label when the caption says nothing else (": {#tbl-x}").
_CAPTION_LABEL = re.compile(r"\{[^{}]*\}\s*$")


def _caption(plain: str) -> str | None:
    """The caption a paragraph types (_CAPTION), "" for one that only labels the table
    (": {#tbl-x}"), or None where it is no caption."""
    found = _CAPTION.match(plain.strip())
    if not found:
        return None
    return " ".join(_CAPTION_LABEL.sub("", found["caption"] or "").split())


def _table(node: SyntaxTreeNode) -> _Table:
    header: list[_Inline] = []
    rows: list[_Row] = []
    for part in node.children:
        for tr in part.children:
            cells = [_inline(_inline_child(cell)) for cell in tr.children]
            if part.type == "thead":
                # "| - | - | 说明 | 其它 |": a dash holds a header's place and names nothing,
                # as an empty cell does; read as a concept, it asked "-, 说明 or 其它?".
                header = [_Inline("") if _PLACEHOLDER_CELL.match(c.plain) else c for c in cells]
            else:
                rows.append(_Row(_line(tr), cells))
    rows = [row for row in rows if any(cell.plain for cell in row.cells)]  # spacer rows
    _fill_dittos(rows)
    caption = None
    if rows and not any(c.plain for c in rows[-1].cells[1:]):
        # ": Passive vs active sensors" typed on the line under the last row, with no blank
        # line: Markdown reads it as one more row, Pandoc and Quarto as the caption.
        caption = _caption(rows[-1].cells[0].plain)
        if caption is not None:
            rows = rows[:-1]
    if header and not any(cell.plain for cell in header) and len(rows) > 2 and all(
            cell.plain and _words(cell.plain) <= 4 and not _NUMBERS_ONLY.match(cell.plain)
            for cell in rows[0].cells) and not rows[0].cells[0].plain.endswith("?"):
        # "| | |" over "| Structure | Description |": a table pasted from a document keeps
        # its header in the first row and leaves the Markdown header empty.
        header, rows = rows[0].cells, rows[1:]
    # "| Number | Name | Desc |" with no row filling "Desc": a column left for later says
    # nothing; the table is read by the columns that hold something.
    width = max([len(header), *(len(r.cells) for r in rows)], default=0)
    kept = [i for i in range(width) if any(i < len(r.cells) and r.cells[i].plain for r in rows)]
    if rows and 0 < len(kept) < width:
        header = [header[i] for i in kept if i < len(header)]
        for row in rows:
            row.cells = [row.cells[i] for i in kept if i < len(row.cells)]
    table = _Table(_line(node), header, rows, caption=caption or "")
    # A leading column of row numbers says nothing: drop it before reading the shape. So
    # does one of letters under no header ("A" … "F", a figure's panels the rows explain).
    if len(header) > 2 and _slug(header[0].plain) in _NUMBER_HEADERS and (all(
        _ROW_NUMBER.match(r.cells[0].plain) or not r.cells[0].plain for r in rows
    ) or not header[0].plain and not header[1].plain and len(rows) > 1 and all(
            _ROW_LETTER.match(r.cells[0].plain) for r in rows)):
        # (The letters only where the column after them is unnamed too, a column of names:
        # "| | Transmission | Vaccine |" over hepatitis "A", "B", "C" names its rows by them.)
        table.header = header[1:]
        for row in rows:
            row.cells = row.cells[1:]
    return table


_NUMBERS_ONLY = re.compile(r"^[\s\d.,:/%~<>≤≥=+±−-]*$")


# A cell that repeats its neighbour's content by a sign ("同左", same as the left; "同上",
# "〃", "ditto": same as above) says what that cell says. Read as typed, a comparison row
# "| 共同点 | 都属特异性免疫 … | 同左 |" asked "体液免疫 or 细胞免疫?" of a fact both share,
# its front and back the same (a blind learner's sample of held-out-7).
_DITTO_LEFT = frozenset({"同左", "同前", "same as left", "as left", "same as before"})
_DITTO_ABOVE = frozenset({"同上", "〃", "″", "ditto", "dito", "idem", "ídem", "same as above",
                          "as above"})


def _fill_dittos(rows: list[_Row]) -> None:
    """Replace each ditto cell (_DITTO_LEFT, _DITTO_ABOVE) by the cell it repeats."""
    for at, row in enumerate(rows):
        for i, cell in enumerate(row.cells):
            sign = cell.plain.strip().strip("（）()").lower()
            # (Not the second cell: the cell left of it is the row's name, which no value
            # repeats.)
            if sign in _DITTO_LEFT and i > 1 and row.cells[i - 1].plain:
                row.cells[i] = row.cells[i - 1]
            elif sign in _DITTO_ABOVE and at and i < len(rows[at - 1].cells) \
                    and rows[at - 1].cells[i].plain:
                row.cells[i] = rows[at - 1].cells[i]


_WEB_LINK = re.compile(r"https?://|www\.|\]\(|\[\[")


# A time in a recording, or a span of two, opening an item: "00:00–01:00", "1:02:15",
# "[12:30]", "(3:05 - 4:10)", bold or not.
_TIMESTAMP = re.compile(r"^[\s*_(\[]*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[-–—]\s*\d{1,2}:\d{2}"
                        r"(?::\d{2})?)?[\s*_)\]]*(?:[-–—:|]\s|$)")


# A title over a recording's times ("Lecture II Timestamps", "Video chapters"): only there
# is a time in a recording's. Elsewhere it is a time of day: "05:50–06:25 — Allied warships
# bombard …" under "## 6 June 1944" states a fact (the code review).
_RECORDING_TITLE = re.compile(r"\b(?:time\s?stamps?|zeitstempel|horodatage|minutage|videos?|"
                              r"vídeos?|recordings?|lecture\s+map|chapters)\b", re.I)


def _timestamped(item: SyntaxTreeNode) -> bool:
    """Whether a list item opens on a time, or a span of two (_TIMESTAMP)."""
    first = item.children[0] if item.children else None
    inline = _inline_child(first) if first is not None and first.type == "paragraph" else None
    return inline is not None and bool(_TIMESTAMP.match(inline.content))


def _all_links(block: SyntaxTreeNode) -> bool:
    """Whether a paragraph holds a link or a web address, or most items of a list do."""
    if block.type == "paragraph":
        return bool(_WEB_LINK.search(_source_of(block)))
    linking = sum(bool(_WEB_LINK.search(_source_of(item))) for item in block.children)
    return linking * 2 > len(block.children)


def _source_of(node: SyntaxTreeNode) -> str:
    """The Markdown typed in a block, its inline content as written (links unparsed)."""
    return " ".join(child.content for child in node.walk() if child.type == "inline")


def _short_value(plain: str) -> bool:
    """Whether a cell is a value to recall whole: a formula, or at most four words."""
    return not plain or math_spans(plain) == [(0, len(plain))] or _words(plain) <= 4


def _measurements(table: _Table) -> bool:
    """Whether a table records measurements: its rows numbered (trials "1", "2", "3", most
    of them; a "Rough" or "Mean" row among them is one more row of the data), every other
    cell a number. Hidden, a row's label asked "[Rough] — Mass KHP (g): 0.5102; Titre (mL):
    25.40", a lab's data and no fact (cov17); "| Element | Atomic number |" names its rows."""
    firsts = [r.cells[0].plain for r in table.rows if r.cells]
    others = [c.plain for r in table.rows for c in r.cells[1:] if c.plain]
    return len(firsts) >= 3 and bool(others) and \
        2 * sum(bool(_ROW_NUMBER.match(f)) for f in firsts) > len(firsts) and \
        all(_NUMBERS_ONLY.match(c) for c in others)


# "| Mnemonic | Disorder | …": a column of memory hooks ("Hunting", "My", "For"), each one
# spelling the start of the name beside it, no name of the row.
_HOOK_COLUMN = re.compile(r"^(?:mnemonics?|memory\s+(?:aids?|hooks?)|hooks?)$", re.I)


# A truth table (logic, digital circuits): every body cell a truth value, the first columns
# the variables ("p", "$q$", "A"), the rest what is computed from them. Its rows repeat
# their first cells ("T", "T", "F", "F"), so read as rows named by their first cell they
# made no card at all ("names more than one row"). Written as words: "T" alone is too
# short to ask, and "true"/"false" read the same in every source's notation.
_TRUTH_VALUES = {"t": "true", "true": "true", "⊤": "true", "f": "false", "false": "false",
                 "⊥": "false"}
# A variable: a letter (with a digit or subscript), as typed or as math.
_VARIABLE = re.compile(r"`?(?:\\\(\s*)?(?:[A-Za-z]|\\neg\s*[A-Za-z])(?:_?\{?\w\}?)?"
                       r"(?:\s*\\\))?`?")


# A logic operator in a header: the column computes a connective or gate ("$p \land q$",
# "A AND B", "A ⊕ B", "¬A", Boolean algebra's "A·B" and "A + B"), so its 0s and 1s are truth
# values, not counts.
_LOGIC_OPERATOR = re.compile(r"[∧∨¬→↔⊕⊼⊽≡⇒⇔&|~!·⋅+]|\\(?:land|lor|neg|lnot|to|rightarrow|"
                             r"leftrightarrow|oplus|iff|implies|equiv|wedge|vee|overline|"
                             r"cdot|bar)\b|"
                             r"\b(?:AND|OR|NOT|XOR|NAND|NOR|XNOR)\b|'")


def _grid_of_bits(table: _Table) -> bool:
    """Whether every body cell after the first column is 0 or 1 and there are two such
    columns or more: a grid read as a whole (a Karnaugh map, an adjacency matrix), not
    a truth table (_truth_table, read first)."""
    return len(table.header) >= 3 and len(table.rows) >= 2 and all(
        len(row.cells) >= 3 and all(c.plain.strip().strip("*") in ("0", "1")
                                    for c in row.cells[1:]) for row in table.rows) and all(
        # (Headed by variables or logic, "\\overline{B} \\cdot C", "A", "q1": a feature
        # table's 1s and 0s under "| Reliable | TCP | UDP |" compare its concepts.)
        _VARIABLE.fullmatch(h.plain.strip()) or _LOGIC_OPERATOR.search(h.plain)
        or h.plain.lstrip().startswith("\\(") and _LITERALS.fullmatch(
            _LITERAL_SIGNS.sub("", h.plain)) for h in table.header[1:])


# A product of literals in TeX, "$C\,\overline{D}$": its signs and spacing, then its letters.
_LITERAL_SIGNS = re.compile(r"\\(?:overline|bar|cdot|neg|lnot|[,;:! ()])|[{}\s'¬·⋅]")
_LITERALS = re.compile(r"[A-Za-z]{1,4}")


def _binary_truth_table(table: _Table, width: int) -> bool:
    """Whether `table` is a truth table written in 0 and 1 (digital logic): every body cell
    0 or 1 and every column after the variables headed by a logic operator. An adjacency
    matrix or a table of counts has 0s and 1s too, under names with no operator."""
    if any(len(row.cells) != width or any(c.plain.strip().strip("*") not in ("0", "1")
                                          for c in row.cells) for row in table.rows):
        return False
    inputs = 0
    while inputs < width - 1 and _VARIABLE.fullmatch(table.header[inputs].plain.strip()):
        inputs += 1
    return 0 < inputs < width and all(_LOGIC_OPERATOR.search(h.plain)
                                      for h in table.header[inputs:])


# One and, or, exclusive or or not of the variables ("p ∧ q", "$p \lor q$", "A AND B", "¬p",
# "A·B", "A ⊕ B"), named or not ("C = A·B", "S = A ⊕ B" of a half adder): a learner knows what
# it gives from the words, and its rows were judged junk in blind reviews ("When p = T, q = T,
# p ∧ q is [true]", two of session 19; "When A = 1, B = 0, C = A·B is [...]", eight of session
# 20). Its table's other columns (→, ↔, NAND, compound expressions) are still asked.
_OPERAND = r"[A-Za-z]\w?"
_PLAIN_CONNECTIVE = re.compile(
    rf"(?:[A-Za-z]\w*\s*=\s*)?(?:{_OPERAND}\s*(?P<op>∧|∨|·|⋅|\+|&|\||⊕|\\land|\\lor|"
    r"\\wedge|\\vee|\\cdot|\\oplus|AND|OR|XOR)\s*"
    rf"{_OPERAND}(?:\s*(?P=op)\s*{_OPERAND})*"
    rf"|(?:¬|~|!|\\neg\s*|\\lnot\s*|NOT\s+){_OPERAND}|{_OPERAND}'"
    rf"|\\(?:overline|bar)\s*\{{{_OPERAND}\}})")


def _truth_value(cell: _Inline) -> str:
    """A truth table cell's value in words: "true" for T, True, ⊤ and 1."""
    value = cell.plain.strip().strip("*").casefold()
    return {"1": "true", "0": "false"}.get(value) or _TRUTH_VALUES[value]


def _truth_table(table: _Table) -> int:
    """How many leading columns of `table` are its variables, when it is a truth table
    (_TRUTH_VALUES in every body cell, or 0 and 1 under logic operators; at least one
    variable and one column computed from them, two rows or more); 0 when it is not one."""
    width = len(table.header)
    if width < 2 or len(table.rows) < 2 or (any(
            len(row.cells) != width or any(c.plain.strip().strip("*").casefold()
                                           not in _TRUTH_VALUES for c in row.cells)
            for row in table.rows) and not _binary_truth_table(table, width)):
        return 0
    inputs = 0
    while inputs < width - 1 and _VARIABLE.fullmatch(table.header[inputs].plain.strip()):
        inputs += 1
    # The variables are the fewest first columns whose rows are all different, one row for
    # each of their 2^k values: a half adder's "| A | B | S | C |" computes S and C from A
    # and B, though S is one letter too (the code review: S was shown as given).
    for given in range(1, inputs + 1):
        rows = {tuple(c.plain.strip().strip("*").casefold() for c in row.cells[:given])
                for row in table.rows}
        if len(rows) == len(table.rows) == 2 ** given:
            return given
    return inputs


# A sign table (chemistry's "| ΔH | ΔS | Spontaneous? |", calculus's "| f′ | f″ | Shape |"):
# the first columns are the cases, each cell a sign, one case a row; the rest say what
# follows in that case ("Always", "At low T"). Read as rows named by their first cell, "−"
# named two rows and nothing was asked (cov19: the expected four cards were missing).
_SIGNS = {"+": "+", "−": "−", "-": "−", "–": "−", "±": "±", "> 0": "> 0", "< 0": "< 0",
          "0": "0", "positive": "+", "negative": "−"}
_MATH_DELIMITERS = re.compile(r"^\\\(\s*|\s*\\\)$")


def _sign(cell: _Inline) -> str | None:
    """The sign a cell holds (_SIGNS), typed as text or as math ("$-$"); None for any other."""
    value = _MATH_DELIMITERS.sub("", cell.text.strip().strip("*"))
    return _SIGNS.get(" ".join(value.split()).casefold())


def _sign_table(table: _Table) -> int:
    """How many leading columns of `table` are its cases, when it is a sign table: every
    cell of those columns a sign (_SIGNS), each row a different case, and every column
    after them (one at least) saying in words what follows: a table of signs only is no
    case table but a grid of values. 0 when it is not one."""
    width = len(table.header)
    if width < 2 or len(table.rows) < 2 or any(len(row.cells) != width for row in table.rows):
        return 0
    inputs = 0
    while inputs < width - 1 and all(_sign(row.cells[inputs]) for row in table.rows):
        inputs += 1
    cases = {tuple(_sign(c) for c in row.cells[:inputs]) for row in table.rows}
    # A blank outcome is one the author left out, asked by no card (sign_rows); it leaves
    # the other rows a sign table ("| + | − | |" threw the whole table away, the code review).
    outcomes = [c for row in table.rows for c in row.cells[inputs:] if c.plain.strip()]
    if not inputs or len(cases) != len(table.rows) or not outcomes or any(
            _sign(c) or not any(ch.isalpha() for ch in c.plain) for c in outcomes):
        return 0
    return inputs


def _abbreviation_row(row: _Row) -> bool:
    """Whether a glossary row's term is the initials of its meaning ("| AF | Atrial
    fibrillation |", spelled_by_initials)."""
    term, meaning = row.cells[0].plain.strip(), row.cells[1].plain.strip()
    return bool(term and meaning and "**" not in row.cells[1].text
                and spelled_by_initials(term, meaning) == meaning)


# A column of letters ("| Letter | Sound |", "| Buchstabe |", "| Xaraf |"): its digraphs
# ("sh", "dh") are letters of the alphabet too.
_LETTER_HEAD = re.compile(r"(?i)letters?|characters?|graphemes?|kana|hiragana|katakana|"
                          r"hangul|jamo|buchstaben?|lettere?|lettres?|letras?|xaraf|harf")


def _letter_name(name: str, head: str) -> bool:
    """Whether a row's name is a letter of an alphabet: one letter, a letter in both its cases
    ("Н н", "Aa"), or, under a header naming letters (_LETTER_HEAD), up to three letters."""
    letters = "".join(unmark(name).split())
    if not letters.isalpha():
        return False
    if len(letters) == 1 or len(letters) == 2 and letters[0].casefold() == letters[1].casefold():
        return True
    return len(letters) <= 3 and bool(_LETTER_HEAD.fullmatch(head.strip()))


# A column saying how far the author got ("| # | Statement | Done? |" with ✅ and ❌): a
# to-do list's state, no attribute of the row. Kept, it made "Done?: ✅ — Statement: [...]"
# (a task asked from its tick).
_STATUS_HEAD = re.compile(r"(?i)(?:done|status|completed?|checked|progress|finished|"
                          r"reviewed|learnt|learned|✓|✔|✅)\s*\??")
# Such a column's cells: a tick, a cross, an emoji, yes or no, done or to do, a share done,
# or nothing. A species' "Status: Vulnerable" is an attribute of its row (review 18).
_STATUS_WORD = re.compile(r"(?i)\[[ x]?\]|yes|no|y|n|ja|nein|sì|si|oui|non|sí|done|to\s*do|"
                          r"todo|pending|in\s+progress|\d+(?:\.\d+)?\s*%")


def _status_cell(text: str) -> bool:
    """Whether a cell says how far the author got (_STATUS_WORD), no attribute of its row."""
    text = text.strip()
    return not any(c.isalnum() for c in text) or bool(_STATUS_WORD.fullmatch(text))


# The first header of a table of a subject's aspects: "Caractéristique | Description",
# "Feature | Details", "Merkmal | Beschreibung".
_ASPECT_HEAD = re.compile(r"(?:characteristics?|features?|aspects?|caractéristiques?|merkmale?|"
                          r"características?|caratteristiche|caratteristica|kenmerken?|"
                          r"特征|特點|特点)", re.I)
# (Not "Property", "Attribute", "Eigenschaft": "| Property | Description |" over Ductility,
# Malleability is a glossary of terms, the code re-read found.)
_TABLE_WORD = re.compile(r"\b(?:table|summary|overview|data|tableau|tabelle|tabla|tabella|"
                         r"übersicht|resumen|riassunto)\b", re.I)


def _row_heads(table: _Table) -> list[str]:
    """The first cell of each row that has one (question_table, _question_rows)."""
    return [r.cells[0].plain for r in table.rows if r.cells and r.cells[0].plain.strip()]


def _question_rows(table: _Table) -> bool:
    """Whether most rows are headed by a question (two rows at least): a worksheet's grid.
    (A question mark anywhere: "2. Quel est le pays ? A quel camp appartient-il ? (Triple
    Entente/Triple Alliance)." asks, and so does "(Début ? Milieu ? Fin ?)".)"""
    heads = _row_heads(table)
    return len(heads) >= 2 and sum("?" in h or "？" in h for h in heads) * 2 > len(heads)


def _aspect_table(table: _Table) -> bool:
    """Whether a two-column table lists its section's subject's aspects (_ASPECT_HEAD)."""
    return len(table.header) == 2 and \
        _ASPECT_HEAD.fullmatch(unmark(table.header[0].plain).strip()) is not None


# A column that spells out the row's name: "Full form", "Stands for", "Expansion",
# "Abbreviation of", "Langform", "Signification" …; and a name that is an acronym.
_EXPANSION_HEAD = re.compile(r"(?:full\s+(?:form|name)|stands\s+for|expansion|expanded|"
                             r"long\s+form|langform|forme\s+longue|forma\s+estesa|"
                             r"全称|全稱|英文全称|正式名称)", re.I)
# (Not "Meaning": "| Method | Meaning |" over GET, POST says what each does, no letters.)
_ACRONYM_NAME = re.compile(r"[A-Z][A-Z0-9&/-]{1,7}s?")


def _hook_column(table: _Table) -> bool:
    """Whether the first column of `table` holds memory hooks for its rows (_HOOK_COLUMN)."""
    return bool(table.header) and bool(_HOOK_COLUMN.match(unmark(table.header[0].plain).strip()))


def _name_column(table: _Table) -> int:
    """The column naming the rows of an entity table: the first, unless it holds only
    numbers or memory hooks; then the first column of words, all different. 0 when there
    is none."""
    def column(index: int) -> list[str]:
        return [r.cells[index].plain for r in table.rows if index < len(r.cells)]
    # A year or "15%" is an answer; "7" or "/8" is not (quality.weak_answer).
    if not _hook_column(table) and \
            not all(_NUMBERS_ONLY.match(c) and weak_answer(c) for c in column(0)):
        return 0
    for index in range(1, len(table.header)):
        cells = column(index)
        if (cells and all(c and not _NUMBERS_ONLY.match(c) and _words(c) <= MAX_LABEL_WORDS
                          for c in cells)
                and len({c.casefold() for c in cells}) == len(cells)):
            return index
    return 0


# A label that points elsewhere, not a name to recall: "See also: [[Asthma]] …".
_POINTER_LABEL = re.compile(r"(?:see(?:\s+also)?|related(?:\s+(?:notes?|topics?|pages?))?"
                            r"|cf\.?)$", re.I)


def _cues_a_value(label: str) -> bool:
    """Whether a label may head a card asking its value: not "Example", not a pointer
    ("See also") to what comes elsewhere."""
    return not (_EXAMPLE_HEAD.match(label) or _POINTER_LABEL.match(label))


def _bare_heading(title: str) -> str:
    """A heading's words without its numbering ("2.", "Part 3:") or emoji."""
    return strip_emoji(_NUMBERING_ONLY.sub("", _LEADING_ENUMERATION.sub("", title))).strip()


# What follows a colon that is a ratio's or a time's, not a label's: "2 : 1", "14 AM".
_RATIO_OR_TIME = re.compile(r"\d+(?:\s*:\s*\d+)*(?:\s*[AaPp]\.?[Mm]\.?)?")


# A name opening on a letter of its own, lowercase by rule: "s orbitals", "p block", "t test".
_LETTER_NAMED = re.compile(r"^[a-z]\s+[a-z]{3,}")


# A bracket closing an item: "Oliguria (urine output < 0.5 mL/kg/h)".
_CLOSING_BRACKET = re.compile(r"\((?P<inner>[^()]*)\)\s*\.?\s*$")


def _bracketed_threshold(text: str) -> tuple[int, int] | None:
    """The amount with its unit after a sign in the bracket that closes a terse item
    ("Oliguri (diurese < 0,5 ml/kg/t)", "prolonged capillary refill (> 3 sec)"): the
    threshold that defines the sign the item names, asked as "Heart rate > [90 bpm]" is.
    None for a bare number ("Altered mentation (GCS < 15)") or no sign."""
    if "**" in text or not (found := _CLOSING_BRACKET.search(text)):
        return None
    inner = found["inner"]
    sign = _THRESHOLD.search(inner)
    said = clean_statement_span(inner, doer=False) if sign else None
    if said is None or said[0] < sign.start() or not text[:found.start()].strip():
        return None
    return found.start("inner") + said[0], found.start("inner") + said[1]


def _example_point(item: SyntaxTreeNode) -> bool:
    """Whether a list item is one plain paragraph an example's label opens ("- Example:
    pacemaker lead", "- e.g. …")."""
    return len(item.children) == 1 and item.children[0].type == "paragraph" and \
        bool(_EXAMPLE_LABEL.match(_inline_child(item.children[0]).content))


# An item's opening label naming an example, up to its colon or dash ("contraejemplo: …",
# "Example – …", "例：…"), in the languages notes are written in.
_EXAMPLE_LABEL = re.compile(
    r"\s*(?P<label>(?:counter-?|contra-?|contre-?|contro|gegen|mod)?(?:examples?|ejemplos?|"
    r"esempi[oi]?|exemples?|exemplos?|beispiele?|eksempler?|exempel|voorbeelden?)|e\.?g|ex|"
    r"反例|例子|举例|舉例|例)\s*(?::|：|\s[–—-]\s)\s*\S", re.I)
# ("- e.g. water supply, railway track" with no colon is left out: alone under a labelled
# item it is what the label is asked from, test_bullet_notes_abroad.)


# An amount with its unit opening a value, more after it: "30 ml/kg krystalloid inden for de
# første 3 timer", "500 mL crystalloid over 15 min" (values_of_a_kind).
_AMOUNT_OPENING = re.compile(
    r"(?P<value>[<>≤≥~]?\s*\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?\s*(?:%|(?:[kmµμn]?(?:g|l|L|mol|Eq)"
    r"|mmHg|IU|IE|E|U|bpm|mcg)(?:/(?:kg|min|h|t|d|L|l|m²))?))(?![\w/])(?=\s+\S)")
# One name ranked as the choice of its kind: "noradrenalin 1. valg", "amoxicillin (first
# line)", "metformin first-line", "adrenalina di scelta" (values_of_a_kind).
_RANKED_NAME = re.compile(
    r"(?P<value>[^\W\d_][\w-]*)\s+\(?(?:(?:\d+\.?\s*|\d+(?:st|nd|rd|th)[\s-]*|first[\s-]*|"
    r"første\s*|erste\s+|prima\s+|primera\s+|premier\s+|première\s+)(?:valg|choice|line|linje|"
    r"wahl|scelta|línea|linea|choix|intention)|of\s+choice|di\s+scelta|de\s+elección|de\s+choix|"
    r"der\s+wahl)\)?\.?", re.I)


# A heading naming a time of someone's ("Truman's first years", "Stalin's last years",
# "Nixon's presidency"): not "Newton's first law", whose law is the doer of its items.
_POSSESSIVE_TIME = re.compile(
    r"[^\W\d_]['’]s?\s+(?:(?:early|first|last|late|final|later|middle|second|two|three)\s+)*"
    r"(?:years?|days|months|decades?|era|reign|presidency|premiership|term|tenure|rule|life|"
    r"lifetime|childhood|youth|career|administration|government|leadership|time|period)\b",
    re.I)


def _doer_unsaid(item: str, heading: str) -> bool:
    """Whether `item` opens on its verb ("Sends the "Long Telegram", describing …") under a
    heading that names a time of someone's, not who acts ("Truman's first years": its list
    holds what Britain, the protests and others did too). The front asked the name with
    no one doing it (a blind review: junk, "who sends?"). A heading naming the doer ("What
    Truman did at first", "Newton's first law", "## Containment") is its subject, as
    before."""
    return opens_on_a_verb(item) and bool(_POSSESSIVE_TIME.search(heading))


def _value_of_a_kind(label: str, value: str) -> tuple[int, int] | None:
    """Where `value` says which one of the kind its label names, precisely: an amount with
    its unit opening it ("Væske: 30 ml/kg krystalloid inden for de første 3 timer"), or one
    name ranked as the choice ("Vasopressor: noradrenalin 1. valg"). Hidden, the label was
    a plain kind word asked from its own value ("[Væske] — 30 ml/kg …", "[Vasopressor] —
    noradrenalin 1. valg": a learner's read, junk); the value is the fact, asked with the
    label as its cue, as "Vasopressor of choice: [noradrenaline]" is. None for another
    value, a label of more than two words, or one its value says."""
    if _words(label) > 2 or not label[:1].isupper() or not _cues_a_value(label) or \
            math_spans(value) or "**" in value:
        return None
    said = _AMOUNT_OPENING.match(value) or _RANKED_NAME.fullmatch(value)
    return said.span("value") if said and not giveaways(value, label) else None


def _question_says_answer(question: str, text: str) -> bool:
    """Whether `question` says a word of a phrase `text` marks, or its initials ("Quel
    édit autorise …?" over "L'**Édit de Milan**", "Que signifie ZIP ?" over "**Zone
    Industrialo-Portuaire**"): the context line would show the answer, so the card masks it
    away and asks the gap with no question at all ("[…] (Constantin)")."""
    asked = {stem for _, _, stem in content_words(question)}
    for found in re.finditer(r"\*\*(.+?)\*\*", text):
        answer = unmark(found.group(1))
        if asked & {stem for _, _, stem in content_words(answer)} or \
                initials_shown(question, answer.replace("-", " ")):
            return True
    return False


def _labelled(text: str) -> tuple[str, str] | None:
    """("Label", "text") for a labelled item, or None. A dash or colon inside a formula
    is math, never a label's separator.

    A structural label ("**Definition:** …", "Example - …") says what kind of text follows,
    not what it is about: that item is an ordinary paragraph (quality.is_structural_label).
    """
    shielded = shield_math(text)

    def part(match: re.Match, group: str) -> str:
        return text[match.start(group):match.end(group)]

    bold = _BOLD_LABEL.match(shielded)
    if "**" not in shielded and (_course_place(plain := unmark(shielded))
                                 or _HOMEWORK.match(plain) or _DUE.match(plain)):
        # "Woche 7 – Kapitel 9 im Kursbuch": where the notes are; "Due Thursday: the essay
        # plan": when work is due. No term either ("[Due Thursday] — …" was asked).
        return None
    if bold:
        label, rest = part(bold, "label").strip(), part(bold, "text").strip()
        # "**Label:** text" puts the separator inside the bold.
        if label.endswith((":", ".")) and not bold["sep"]:
            label = label[:-1].strip()
        elif not bold["sep"]:
            return None  # "**Mitosis** divides a cell" is a sentence, not a label
        if label and rest and _label_words(label) <= MAX_LABEL_WORDS and \
                not is_structural_label(label) and not _CONCEPT_LABEL.fullmatch(label):
            return _defined_term(label), rest
        return None
    for pattern in (_DASH_LABEL, _COLON_LABEL, _EQUALS_LABEL):
        match = pattern.match(shielded)
        if match:
            label = unmark(part(match, "label")).strip()
            rest = part(match, "text").strip()
            if pattern is _DASH_LABEL and "=" in label and \
                    _DIFFERENCE_OF_WORDS.match(shielded.partition("=")[2]):
                return None  # "Profit = Revenue - Costs": an equation, its minus no dash
            # "die Stadt = city": a word of a vocabulary list and its meaning, no formula.
            translated = vocabulary_word(label, equals=pattern is _EQUALS_LABEL) and \
                _words_of_letters(rest) >= 1
            if pattern is _EQUALS_LABEL and (_words_of_letters(rest) < 2 and not translated or
                                             label.count("(") != label.count(")") or
                                             _SUM_OF_WORDS.match(rest)):
                # "ε = 1", "demand (Ed = -inf)", "Assets = Liabilities + Equity": a formula,
                # not a name and its meaning; hiding one side would drop the "=".
                return None
            if label.startswith(("...", "…")):
                return None  # "... as 1 glucose = 2 pyruvate": the item before, continued
            if pattern is _COLON_LABEL and _CITATION_KEY_END.search(label):
                # "Chapter 1.1--1.4 in @Brockwell:Davis:2002": a Pandoc citation's key
                # holds the colon ("[...] — Davis:2002" was asked).
                return None
            if pattern is _COLON_LABEL and match["wide"] and (
                    _CJK_LABEL_LEAD.search(label) or _CJK_LABEL_COUNTS.search(label)):
                return None  # "能谱满足：…": a sentence leading into its formula
            if pattern is _COLON_LABEL and _fields_run_together(text):
                return None
            if pattern is _COLON_LABEL and label[-1:].isdigit() and _RATIO_OR_TIME.fullmatch(rest):
                # "F2 genotypic ratio → 1 : 2 : 1", "9:14 AM": a ratio, a time. Only numbers
                # after the colon: "Vitamin B12: 2.4 µg per day" is a label and its value.
                return None
            if pattern is _COLON_LABEL and (spelled := _EQUALS_IN_LABEL.split(label)) and \
                    len(spelled) == 2 and _spelled_out(spelled[0].strip(), spelled[1].strip()):
                # "FH = Formula of Humanity: treat humanity …": the name is the expansion,
                # its acronym an alias ("[FH = Formula of Humanity]" was asked whole).
                label = f"{spelled[1].strip()} ({spelled[0].strip()})"
            # "(Dark green - on-hand inventory, Red - …)": a bracket opened before the
            # dash and closed after it holds a legend, no label (blind sample 2901: junk).
            if (label and _label_words(label) <= MAX_LABEL_WORDS and any(c.isalpha() for c in label)
                    and not is_structural_label(label) and not _ends_a_sentence(label)
                    and label.count("(") <= label.count(")")
                    and not (_slug(re.sub(r"[\s\d.]+$", "", label)) in _STATEMENT_KINDS
                             and not _DEFINING_OPENING.match(rest))
                    and not (_WH_LABEL.match(label) and not label.endswith(("?", "？")))):
                return _defined_term(label), rest
    return None


def _fields_run_together(text: str) -> bool:
    """Whether an unmarked line is two "Label: value" fields typed as one, their break lost:
    "negative values: right-skewed positive values: left-skewed". Where the first value ends
    no reader can tell, and every card of it cut a field in two ("[...] — right-skewed
    positive values: left-skewed", blind samples 3004 and 3005: junk)."""
    if "**" in text or "==" in text or ":" not in text:
        return False
    found = _COLON_LABEL.match(shield_math(text))
    if found is None or found["wide"] or _label_words(found["label"]) > MAX_LABEL_WORDS:
        return False
    second = _SECOND_FIELD.fullmatch(found["text"].strip())
    if second is None:
        return False
    run, label = second["run"].split(), found["label"].split()
    # The second label says the first again in parallel, its last word the same
    # ("negative values" … "positive values"), and both fields are short: a gloss and its
    # example ("Präteritum: simple past: ich ging", the code re-read) or a clause leading
    # on ("Delta: Wenn Fluss in See oder Meer mündet: Ablagerungen …") are one field.
    return len(run) > 1 and run[-1].casefold() == label[-1].casefold() and \
        len(run) <= 5 and len(second["value"].split()) <= 4


# A value that runs into a second label with nothing between to end the first: no stop,
# comma, bracket or formula before the second colon ("right-skewed positive values:
# left-skewed"), and one value after it, no list. Not a time or ratio ("10:30").
_SECOND_FIELD = re.compile(r"(?P<run>[^\W\d][^.,;:()\[\]!?\x00]*[^\W\d]):\s+"
                           r"(?P<value>[^:,;\x00]+)")
# A label that asks ("Why it doesn't create cycles or miss vertices:", "How it works:"):
# its text answers it, and "[Why it doesn't …]" asked a heading (blind sample 2903: junk).
# (A question with its mark, "What is active transport? — …", is a question and its answer.)
_WH_LABEL = re.compile(r"(?:[Ww]hy|[Hh]ow|[Ww]hat|[Ww]hen|[Ww]here|[Ww]hich|[Ww]ho|[Ww]arum|"
                       r"[Ww]ie|[Ww]ieso|[Pp]ourquoi|[Cc]omment|[Pp]or\s+qué|[Cc]ómo|[Pp]erché)"
                       r"\s(?!much\b|many\b)|为什么|如何")
# (A wh-word and a space, in its own case: not "WHO grade", "What-if analysis", "Who's who",
# "How much:"; the code re-read found each.)
_BOLD_WH_LABEL = re.compile(r"^\*\*(?P<label>(?:[Ww]hy|[Hh]ow|[Ww]hat|[Ww]hen|[Ww]here|"
                            r"[Ww]hich|[Ww]ho)\s[^*?:]{1,80}?)(?::\*\*|\*\*\s*:)\s*")
# (Only with its colon, in its own case: "**WHO** declared …" and "**When a cell divides,
# its DNA is copied …**" are a name and a marked sentence.)
# A text that says what its label is: "a statement that has been proven", "an assertion …".
_DEFINING_OPENING = re.compile(r"^\W*(?:a|an|the|un|une|le|la|ein|eine|der|die|das|uno|una|"
                               r"el)\s", re.I)
# The kind of a mathematical statement as a label: "Theorem: in a second-price auction,
# every buyer …" asked "[Theorem]" (blind sample 2902: junk), "Theorem 2.3: …" too. Only a
# label over a statement: "A proposition is a statement …", "Lemma: a minor theorem used
# to prove …" and a CER list's "Claim: a statement that answers …" define one.
# A heading naming a result by its kind and its own name ("### Rolle's theorem", "### Le
# Chatelier's principle", "### Teorema della funzione costante", "### Satz von Vieta"): the
# statement under it is what the name means, and the name is what to recall from it
# (states_result). The kind is the name's head: last after its owner, or first before
# what it is of.
_RESULT_KINDS = (r"theorem|lemma|law|principle|postulate|axiom|paradox|criterion|teorema|"
                 r"legge|principio|postulato|assioma|criterio|ley|théorème|lemme|loi|"
                 r"principe|postulat|critère|satz|gesetz|prinzip|kriterium|princípio|"
                 r"critério|stelling")
_LAW_WORDS = r"law|legge|ley|loi|gesetz"
_NAMED_RESULT = re.compile(rf"\b(?:{_RESULT_KINDS})\b", re.I)
_RESULT_KIND_LAST = re.compile(rf"^(?P<owner>.{{2,60}}?)\s+(?P<kind>{_RESULT_KINDS})$", re.I)
_RESULT_KIND_FIRST = re.compile(
    rf"^(?:(?:the|il|le|la|der|das|el|o|a)\s+)?(?:[^\W\d_][\w'’-]*\s+){{0,2}}"
    rf"(?:{_RESULT_KINDS})\s+(?:[^\W\d_]+\s+)?"
    r"(?:of|de[ls]?|d[ei]|del(?:la|lo)?|dell['’]|von|der|du|des|da|do)\s*\S", re.I)
# Not the result itself but something about it ("### Proof of Rolle's theorem", "###
# Applications of Bayes' theorem"), a device's "Principle of operation", a field of law
# ("## Contract law", "## Law of Contract"), nor a law by its number alone ("## Second law").
_NOT_A_RESULT = re.compile(
    r"\b(?:proofs?|applications?|examples?|uses?|history|intuition|consequences?|"
    r"corollar(?:y|ies)|derivations?|statement|beweis|dimostrazione|démonstration|"
    r"demostración|operation|working|design|functioning|funktionsweise|funzionamento|"
    r"fonctionnement|funcionamiento)\b", re.I)
_LEGAL_FIELD = re.compile(
    rf"\b(?:{_LAW_WORDS})\s+(?:of\s+)?(?:the\s+)?(?:contracts?|torts?|property|evidence|"
    r"succession|obligations|persons|sea|war|nations|trusts?|equity|agency|crimes?|land|"
    r"family|employment|business)\b", re.I)
_ORDINAL_OWNER = re.compile(r"^(?:the\s+)?(?:first|second|third|fourth|zeroth|1st|2nd|3rd|"
                            r"\d+(?:st|nd|rd|th)?)$|^(?:the|il|lo|la|le|der|die|das|el|o|a|"
                            r"un|una|une|ein|eine)$", re.I)


def _names_a_result(name: str) -> bool:
    """Whether a heading names a result by its kind and its own name (_RESULT_KINDS): "Rolle's
    theorem", "Pareto principle", "Law of demand", "Teorema di Weierstrass". A law after its
    owner only where the owner is a person's ("Newton's second law", "Ohm's law"): "Contract
    law", "Roman law" are fields."""
    name = " ".join(_BRACKETED.sub(" ", _TITLE_TAG.sub("", name)).split())
    if _NOT_A_RESULT.search(name) or _LEGAL_FIELD.search(name) or name.endswith(("?", ":")):
        return False
    if _RESULT_KIND_FIRST.match(name):
        return True
    last = _RESULT_KIND_LAST.match(name)
    if not last or _ORDINAL_OWNER.match(last["owner"]):
        return False
    return not re.fullmatch(_LAW_WORDS, last["kind"], re.I) or bool(
        re.search(r"[’']s?\b", last["owner"]))


# A line that stops where what it says goes on below: "Sia $f$ … tale che", "… è", "… that".
_ENDS_IN_A_LEAD = re.compile(r"(?:\b(?:è|e|che|tale\s+che|that|where|if|then|when|such\s+that|"
                             r"with|and|or|is|are|ist|sind|dass|wenn|est|que|es|si|allora)|"
                             r"[,;])\s*$", re.I)
# A statement's set-up ("Sia $f: D \to \mathbb R$.", "Seja $f$ …", "Given a set $A$, …"): its
# result comes after. (English "Let", "Suppose", "Assume" are statements.set_up_spans':
# _opens_a_set_up.)
_RESULT_SET_UP = re.compile(rf"^(?:{_SET_UP_WORDS}|seja|sejam|given)\b", re.I)
# A statement longer than this is prose about its result, no one fact to recall it by.
MAX_RESULT_WORDS = 60
_STATEMENT_KINDS = frozenset("""theorem lemma corollary proposition claim conjecture remark
    observation proof teorema lemme théorème corollaire satz korollar beweis bemerkung lema
    corolario demostración dimostrazione osservazione""".split())
# "Definition of Hukm (Usuli)": a label saying its text defines a term names the term.
_DEFINITION_OF = re.compile(r"^(?:(?:the\s+)?(?:definition|meaning)\s+of|"
                            r"d[ée]finition\s+(?:de\s+(?:la\s+|l['’]\s*)?|du\s+|des\s+)|"
                            r"definici[óo]n\s+de(?:l)?\s+|definizione\s+d(?:i|el(?:la)?|ell['’])\s*|"
                            r"definition\s+(?:von|der|des)\s+|begriff\s+)\s*(?P<term>\S.*)$", re.I)


def _defined_term(label: str) -> str:
    """The term a label names: itself, or what "Definition of …" defines (_DEFINITION_OF).
    Hidden whole, "[Definition of Hukm (Usuli)] — خطاب الله …" asked a label (blind sample
    2828: junk); the term is the answer."""
    found = _DEFINITION_OF.match(label)
    return found["term"].strip() if found and found["term"].strip(" :") else label


# A paragraph's opening label and its colon or full stop: "例 4-1：", "Example. ", "Worked
# example from the lecture: ". A number's dot ("例 7.1") is no full stop.
_OPENING_LABEL = re.compile(r"^(?P<label>[^:：\n]{1,40}?)\s*(?:[:：]|\.(?=\s))")


def _opens_on_a_problem(plain: str) -> bool:
    """Whether a paragraph opens on a label naming a worked example or an exercise: "例 4-1：
    水在直径 d = 0.1 m 的圆管中流动 …", "**Example.** A 1200 kg car takes a bend …". Its
    numbers hold for that one problem (junk21b: "[...] — 20% of the control group … so ARR
    = 0.05 and NNT = 20." asked "Worked example from the lecture")."""
    opening = _OPENING_LABEL.match(plain)
    return opening is not None and names_a_problem(opening["label"])


def _ends_a_sentence(label: str) -> bool:
    """Whether a label holds a whole sentence before its last words: "Lecture 9 summary
    (Mankiw ch. 14–17). Exam: know the 4 structures" is a sentence, then a label of its
    own; hidden whole, the front asked for both ("[…] — know the 4 structures")."""
    before = _SENTENCE_BREAK.split(label, maxsplit=1)
    return len(before) == 2 and _words(before[0]) >= 3


# A Spanish, Italian, French or Portuguese sentence naming its own subject: an article, its
# noun (and up to three words more), then a reflexive or a common verb ("La osmosis se
# produce a través de …", "Il DNA è contenuto …", "La cellule a besoin …"). It is a fact
# about that subject, never what the heading above it means (names_own_subject, in English).
_ROMANCE_OWN_SUBJECT = re.compile(
    rf"^{ROMANCE_ARTICLE}[^\W\d_]+(?:\s+[^\W\d_]+){{0,3}}?\s+"
    r"(?:se|si|es|son|está|están|è|sono|sta|stanno|est|sont|ha|hanno|tiene|tienen|puede|"
    r"pueden|può|possono|peut|peuvent|ont|é|são|tem|têm)\s", re.I)


def _starts_a_line_of_its_own(before: str, line: str) -> bool:
    """Whether a line typed under a list item without indent is a new line of the notes,
    not the item's sentence wrapped ("- Osmosis is the movement of water" / "across a
    membrane"): a title ("Uses of glucose:"), a "Term - meaning" line, or a capitalised
    line after a finished sentence or a labelled item."""
    if line.startswith("|") and not before.lstrip().startswith("|"):
        return True  # a table typed right under the item
    if not line or line.startswith((">", "|")):
        return False
    if line.endswith(":") and _words(line) <= MAX_LEAD_IN_WORDS:
        return True
    if not line[0].isupper():
        return False
    return bool(_TERM_LINE.match(line)) or before.rstrip().endswith((".", "!", "?")) or \
        _labelled(_ITEM_MARKER.sub("", before.strip())) is not None


def _aside(plain: str) -> bool:
    """Whether a line is the author's aside, no meaning of the name above it: about the
    writer ("I always forget this one …"), the notes or the course ("Taken from the AQA
    specification, section 3.4.3 …"), what to study or read. The paragraph reader skips
    these with their reasons; read as the line under a name, they were its meaning ("[…] —
    I always forget this one", the code re-read of session 33)."""
    return bool(_FIRST_PERSON.match(plain) or _ABOUT_THE_NOTES.match(plain)
                or _ABOUT_THE_COURSE.match(plain) or _NOTES_SOURCE.match(plain)
                or _STUDY_ADVICE.match(plain) or _READING_ASSIGNMENT.match(plain)
                or _NOTES_SOURCE_TAIL.search(plain)
                and len(plain.split()) <= MAX_NOTES_SOURCE_WORDS)


def _names_no_topic(name: str) -> bool:
    """Whether a heading is a name, not a part of a topic: not "Significance", "Causes of
    Containment", "Truman's Rhetoric" or "Spinning the Marshall Plan"."""
    words = [_slug(w) for w in name.split()]
    first, last = (words[0], words[-1]) if words else ("", "")
    return not (_slug(name) in _PARTS_OF_A_TOPIC or _slug(name) in _GENERIC_HEADINGS
                or first in _PARTS_OF_A_TOPIC or first in _GENERIC_HEADINGS
                or last in _ABOUT_A_TOPIC or re.search(r"['’]s\b", name)
                or first.endswith("ing"))


def _opens_a_set_up(text: str) -> bool:
    """Whether `text` opens on a sentence that sets up a problem ("Suppose …", "Consider …",
    "Imagine that …", "Let's assume …": statements.set_up_spans)."""
    set_ups = set_up_spans(text)
    return bool(set_ups) and not text[:set_ups[0][0]].strip()


def _opens_a_description(text: str) -> bool:
    """Whether a line can say what a thing is: not one opening with an acronym, a number,
    a sum, an adverb or a name ("FDR expected …", "$400 mn in aid …", "Completely
    revolutionizes …", "Langston Hughes, concerns about …"), which state a fact about
    something else."""
    words = [w.strip("\"'“”(,.:;") for w in text.split()[:2]]
    word = words[0] if words else ""
    if word.casefold() in ("we", "let's", "let", "here"):
        # "We derive it by completing the square." under "## Quadratic formula": the writer
        # says what the notes do, not what the heading is (the re-read of session 26).
        return False
    if _STEP.search(text):
        return False  # "US + neutral stimulus → CS": a step of a process, not a meaning
    if _opens_a_set_up(text):
        # "Suppose the Bank of England raises interest rates …" under "## Policy" says what
        # to imagine, nothing that is so: "[Policy] — Suppose …" asked a heading it falls under
        return False
    opening = _RELATIVE_CLAUSE.sub("", " ".join(text.split()[1:4]))
    if word.casefold() not in _POINTING_SUBJECTS and (
            _CLAUSE_VERB.search(opening) or _MODAL_VERB.search(opening.split(" that ")[0])):
        return False  # "B cells are made in the bone marrow": a sentence about its subject
    return bool(word) and not (word[0].isdigit() or not word[0].isalpha()
                               or (len(word) > 1 and word.isupper())
                               or word.casefold().endswith("ly")
                               or (len(words) > 1 and word[0].isupper() and words[1][:1].isupper()))


def _shares_cjk_words(name: str, text: str) -> bool:
    """Whether `text` says two CJK characters of `name` together ("資源請求算法" over "…判断
    某个资源请求是否…"): CJK words have no spaces to be told apart by, and most are two
    characters long, so any two in a row that the name holds may be one of its words."""
    runs = [run for run in re.findall(f"[{CJK_CHARS}]+", name) if len(run) >= 2]
    return any(run[i:i + 2] in text for run in runs for i in range(len(run) - 1))


def _opens_on_cjk_name(name: str, text: str) -> bool:
    """Whether `text` opens on the CJK `name` whole ("死鎖是指…" under "## 死鎖"), not on a
    longer word that holds it ("失业率在经济衰退时上升" under "## 失业": hiding 失业 there
    cuts 失业率 in half, and leaves the answer on the front)."""
    # Where it stands as a word, as a term found in prose is asked (text.stands_as_a_word,
    # whose list of what may follow a word holds no suffix of a longer noun): "失业人数…"
    # opens on the compound 失业人数, no word 失业 (the test audit found "[…] — […]人数" made).
    return text.startswith(name) and stands_as_a_word(text, 0, len(name))


def _shares_a_word(name: str, text: str) -> bool:
    """Whether a word of `text` is a form of a word of `name` ("the more dissonance" under
    "Magnitude of dissonance"): the text would half-answer a card hiding the name."""
    named = [s for _, _, s in content_words(name)]
    return any(related(word, n) for _, _, word in content_words(text) for n in named)


# What a callout's title says the box is, not what it is about: "Key equation", "Common
# mistake", "Exam tip", "Remember".
_NOTE_KIND_FIRST = {"key", "common", "exam", "important", "remember", "quick", "main", "top",
                    "useful", "fun", "worked", "typical", "frequent"}
_NOTE_KIND_LAST = {"fact", "facts", "equation", "equations", "formula", "formulas", "mistake",
                   "mistakes", "misconception", "misconceptions", "error", "errors", "point",
                   "points", "idea", "ideas", "takeaway", "takeaways", "reminder", "note",
                   "notes", "tip", "tips", "summary", "example", "examples", "question",
                   "questions", "warning", "hint", "hints", "trick", "pitfall", "pitfalls"}


# The same kinds of box in the other languages notes are written in ("Truco", "Nota",
# "Esempio", "Hinweis", "Astuce"): a title hidden over a body it does not name asked for
# the word "trick".
_NOTE_KINDS_ABROAD = frozenset("""
truco trucos consejo consejos nota notas importante ejemplo ejemplos recuerda recordar
atención cuidado resumen advertencia aviso observación observaciones
attenzione esempio esempi ricorda suggerimento suggerimenti riassunto osservazione
osservazioni avvertenza curiosità
astuce astuces remarque remarques exemple exemples rappel résumé retenir avertissement
hinweis hinweise tipp tipps beispiel beispiele merke achtung wichtig zusammenfassung
bemerkung anmerkung
dica dicas exemplo exemplos lembre atenção observação resumo
""".split())


def _kind_of_note(title: str) -> bool:
    """Whether a callout's title names the kind of box ("Key fact", "Common mistake")."""
    words = _slug(title).split("-")
    return is_structural_label(title) or words[0] in _NOTE_KIND_FIRST or \
        words[-1] in _NOTE_KIND_LAST or words[0] in _NOTE_KINDS_ABROAD or \
        words[-1] in _NOTE_KINDS_ABROAD


def _says_part_of(name: str, text: str) -> bool:
    """Whether `text` says some words of `name` but not all ("A parent needs … to terminate
    them" under "Terminating process"): its card would show half its answer. A text that
    says the whole name ("Ice melting has …" under "Melting ice") is asked where it says it."""
    named = [s for _, _, s in content_words(name)]
    said = [s for _, _, s in content_words(text)]
    shown = [n for n in named if any(related(word, n) for word in said)]
    return 0 < len(shown) < len(named)


def _words_of_letters(text: str) -> int:
    return sum(sum(c.isalpha() for c in word) >= 2 for word in text.split())



_CLAUSE_VERBS = r"is|are|was|were|has|have|had"
_CLAUSE_VERB = re.compile(rf"\b(?:{_CLAUSE_VERBS})\b", re.I)
# "An offer must be communicated …": a modal after the opening noun is a sentence's own
# verb too, and the line its own fact, not what the heading above it is (quality15o).
_MODAL_VERB = re.compile(r"\b(?:must|can|cannot|could|will|would|should|may|might|shall)\b",
                         re.I)
# "Learning that has persisted over time": the verb of a relative clause belongs to the
# noun before it, which the line still names as what the heading is.
_RELATIVE_CLAUSE = re.compile(rf"\b(?:that|which|who)\s+(?:{_CLAUSE_VERBS})\b", re.I)
# "Provide hydrophilic tunnels." under "**Channel Proteins**:": a plural name's verb with
# no -s opens the line. _PLURAL_FRAGMENT wants a little word after it ("React with …"),
# since "Lower extremity oedema" is a noun; a short line right under the name it is about
# is read as what that name does (describes).
_PLURAL_VERB_OPENING = re.compile(rf"^(?:{_PLURAL_VERBS})\s+(?!of\b)[a-z]", re.I)


def _says_what_they_do(name: str, plain: str) -> bool:
    """Whether a line of two to five words under a plural name says what the name does
    ("Secrete hydrochloric acid." under "**Gastric glands**:"), where no longer shape reads
    it: a verb with no -s that agrees with the name, then its object. A verb in -s
    ("Stores bile.") is read by the fragment rule instead (fragment_gap), hiding its
    object under the name."""
    return 2 <= _words(plain) and _plural(name) and \
        bool(_PLURAL_VERB_OPENING.match(plain)) and not _PLURAL_FRAGMENT.match(plain)


# Words that make a subject a reference back or a role, not a name: "The main aim was …",
# "The official name of the plan was …", "The result is a …".
_NOT_A_NAME_WORDS = frozenset("""
    name aim aims purpose goal result results answer reason reasons problem problems
    difference differences point idea effect effects outcome consequence cause causes way
    rest key main first second third last final best worst biggest largest smallest
    official real whole overall same usual typical other following previous next below
    above table figure diagram graph chart image picture list section chapter page text
    """.split())


def _names_itself(match: re.Match) -> bool:
    """Whether the subject of a later "X is a/the …" sentence is a name: not a word that
    points back ("The plan was …", "The cycle is …": one lowercase word after an article)
    nor a role ("The main aim was …")."""
    term = match["term"].strip()
    words = [w.casefold() for w in term.split()]
    # (An _Opening, another language's or a symbol's, has no article of ours before it.)
    pointed = match.group(0)[:match.start("term")].split()[-1:] \
        if isinstance(match, re.Match) else []
    if not words or words[0] in _NOT_A_NAME_WORDS or words[-1] in _NOT_A_NAME_WORDS:
        return False
    # After an article, a name has a capital ("The Truman Doctrine", "the loop of Henle");
    # "The table below is …", "the nephron is …" point back at what the text is about.
    return not (pointed and pointed[0].casefold() in ("the", "a", "an") and term.islower())


# A first column of questions or criteria over what each column says of them.
_QUESTION_HEADERS = {"question", "questions", "frage", "fragen", "domanda", "domande",
                     "pregunta", "preguntas", "pergunta", "perguntas", "vraag", "vragen"}
# Columns of one sentence in several languages: a phrasebook's rows.
_LANGUAGE_HEADERS = set("""english englisch anglais inglese inglés ingles german deutsch
    allemand tedesco alemán aleman alemão french français francais französisch francese
    francés spanish español espanol spanisch espagnol spagnolo italian italiano
    italienisch italien portuguese português portugues dutch nederlands niederländisch
    polish polski russian русский chinese 中文 汉语 japanese 日本語 korean 한국어 latin
    latein greek griechisch arabic العربية turkish türkçe swedish svenska norwegian norsk
    danish dansk finnish suomi hindi translation übersetzung traduction traduzione
    traducción""".split())


def _sentence_column(table: _Table, index: int) -> bool:
    """Whether a column's cells are sentences, not names: two in three of those filled at
    least six words long, or four ending in a full stop. One filled cell is enough (a table
    of one row, or a party that said nothing in the others), when it is a sentence."""
    cells = [unmark(row.cells[index].plain).strip() for row in table.rows
             if index < len(row.cells) and row.cells[index].plain.strip()]
    said = sum(_words(c) >= 6 or _words(c) >= 4 and c.endswith(".") for c in cells)
    return bool(cells) and 3 * said >= 2 * len(cells)


def _fields_below(nested: list[SyntaxTreeNode], shared: set[str]) -> str | None:
    """The points nested under an item, joined ("Motor: …; Sensory: …"), when every one
    is a single line labelled with a field its siblings share (_attribute_labels); None
    otherwise."""
    said = []
    for child in nested:
        for sub in child.children:
            if len(sub.children) != 1 or sub.children[0].type != "paragraph":
                return None
            content = _inline_child(sub.children[0]).content.strip()
            found = _labelled(content)
            if not found or slugify(unmark(found[0])) not in shared or not found[1].strip():
                return None
            said.append(f"{unmark(found[0]).strip()}: {unmark(found[1]).strip()}")
    if all(is_amount(part.partition(": ")[2]) for part in said):
        return None  # "Dose: 75 mg": amounts are asked from the name (card-quality §4a)
    return "; ".join(said) or None


def _shared_field(point: SyntaxTreeNode, shared: set[str]) -> bool:
    """Whether a nested point is one line labelled with a field its siblings share
    (_attribute_labels): "- people: durkheim" under "- functionalism" beside "- people:
    marx and weber" under "- conflict theory"."""
    if len(point.children) != 1 or point.children[0].type != "paragraph":
        return False
    found = _labelled(_inline_child(point.children[0]).content.strip())
    return bool(found) and slugify(unmark(found[0])) in shared


def _attribute_labels(items: list[SyntaxTreeNode]) -> set[str]:
    """The labels (as slugs) that the nested labelled lists of two or more of these items
    share: "Motor" and "Sensory" under both "Median nerve" and "Ulnar nerve" are fields of
    each parent, as a table's columns are, not terms to ask for."""
    seen: Counter = Counter()
    for item in items:
        own: set[str] = set()
        for child in item.children:
            if child.type not in ("bullet_list", "ordered_list"):
                continue
            for sub in child.children:
                first = next((c for c in sub.children if c.type == "paragraph"), None)
                content = _inline_child(first).content.strip() if first else ""
                # "- 缺點:" over a list of its own is the same field, its text below.
                found = _labelled(content) or (content.endswith((":", "：")) and (
                    content.rstrip(":：").strip(), ""))
                if found and found[0]:
                    own.add(slugify(unmark(found[0])))
        seen.update(own)
    return {label for label, count in seen.items() if count > 1}


def _repeated_points(items: list[SyntaxTreeNode]) -> frozenset[str]:
    """The points (their text as typed, without a closing stop) nested under two or more of
    these items: "- Also has alpha-1 blocking ability" under both "- Carvedilol" and "-
    Labetalol" says nothing that sets either apart."""
    seen: Counter = Counter()
    for item in items:
        seen.update({_inline_child(first).content.strip().rstrip(" ;,.")
                     for child in item.children if child.type in ("bullet_list", "ordered_list")
                     for sub in child.children
                     if (first := next((c for c in sub.children if c.type == "paragraph"),
                                       None))})
    return frozenset(point for point, count in seen.items() if count > 1)


def _names_a_thing(label: str, rest: str) -> bool:
    """Whether an unmarked "Label: text" item among others is a name and what it means: one
    name (no comma: "Britain Dominance, German Rise" is two headlines), that the text says
    something about (two words or more) without giving it away ("Economic competition:
    economic strength …"). A word of a vocabulary list ("der Hund, die Hunde = dog", its
    plural after a comma) says what it is in its translation, one word too."""
    plain = unmark(rest)
    if vocabulary_word(unmark(label)):
        return _words(plain) >= 1 and not giveaways(plain, unmark(label))
    if _attribute_label(label, rest):
        return False  # "Order: 1s 2s 2p …" beside "Hund's rule: …": "[Order]" asks a word
    return _is_one_name(label) and _words(plain) >= 2 and not giveaways(plain, unmark(label))


# A column of statistics, not of a row's own value: a year ("Current prices year 2019"), a
# unit in brackets ("(bil. lei)", "(%)") or a probability ("\(P(O^+ | …)\)"). One figure
# under "Value" (a constant: "Normal arterial blood pH | 7.40") says which row it is, as
# two or more figures alone do not (the code review).
_STATISTIC_HEAD = re.compile(r"\b(?:1[5-9]|20)\d\d\b|\(|\\\(|\b(?:prob|probability|"
                             r"percent|share|rate)\b", re.I)
# A date, "14.07.1789", "1.3.2020": a row's own value, not a statistic.
_DATE = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}")
# Two numbers as a range: "3,7 - 5,7", "50 ~ 70", "0.1–1".
_RANGE = re.compile(r"\d\s*(?:-|–|—|~|to|bis|à|a)\s*\d")
# A lead ending on its preposition ("belangrijk voor", "important for", "wichtig für"): it
# says what for only with what is above it.
_DANGLING_LEAD = re.compile(r"\s(?:for|of|in|on|to|with|by|from|about|voor|van|met|aan|bij|"
                            r"für|von|mit|über|zu|bei|pour|avec|par|sur|per|di|con|su|para|por)"
                            r"\s*:?$", re.I)
# Fields only beside other fields (_ATTRIBUTE_WORDS): an algorithm's "**Input:**" and
# "**Output:**" beside "**Paradigm:**" and "**Category:**".
_FIELDS_AMONG_FIELDS = frozenset("input inputs output outputs target targets".split())
# A bold label opening an item, its colon inside the bold or after it.
_BOLD_FIELD = re.compile(r"^\*\*(?P<label>[^*]{1,40}?)\*\*(?P<sep>\s*:)?\s*")
# What a label names of the list's subject, not a thing of its own: "Order: 1s 2s 2p 3s …"
# under "## Filling rules" asked "[Order]" (junk), a word any list could have.
_ATTRIBUTE_WORDS = frozenset("""order sequence size shape colour color location position
    range value values number amount rate speed duration timing frequency
    role roles function functions purpose funzione funzioni ruolo función funciones
    fonction fonctions rôle funktion funktionen aufgabe aufgaben
    物理意义 意义 含义 单位 定义式 表达式 计算公式
    base-case inductive-step induction-step
    paradigm time-complexity space-complexity running-time runtime
    overall-equation general-equation category categories preconditions precondition
    postconditions postcondition use-cases typical-use-cases alternatives
    alternatives-to-consider not-suitable-for best-case worst-case average-case
    alvo bersaglio stance 成因 原因 表现 表現
    inspiration inspirations influences significance importance
    structures estruturas estructuras strutture strukturen components componentes
    componenti komponenten bestandteile
    requirement requirements concerns method""".split())
# What came of the subject, as a label: "**Challenge**: Adoption of the Constitution was
# uncertain.", "**Outcome**: Ratified in 1788 …" (blind sample 2905: "[Challenge]", junk).
# Only over a sentence or a participle about the subject: "**Challenge**: deliberate
# exposure of a vaccinated animal to the live pathogen" defines a term (the re-read).
_OUTCOME_WORDS = frozenset("""challenge challenges obstacle obstacles difficulty
    difficulties outcome outcomes impact impacts result results""".split())
# The same of what surrounds the subject, on the same terms: "**Context**: First national
# political campaign in America." beside "**Requirement**: Nine of thirteen states …"
# (blind sample 3003: "[Methods]", junk); beside terms over a noun phrase, a term ("**Context**:
# a way to pass data through the component tree …" beside "**Props**", "**Methods**:
# functions defined inside a class …" beside "**Attributes**", the code re-read).
# ("Requirement(s)", "Concerns" and a practical's "Method" are fields wherever they stand:
# _ATTRIBUTE_WORDS.)
_CIRCUMSTANCE_WORDS = frozenset("""context methods""".split())
# (Not "Origin" or "Mechanism" over a sentence: "**Origin**: the end of a muscle that is
# attached to the bone that does not move" defines a term of anatomy, "**Mechanism**: the
# sequence of elementary steps …" one of chemistry, the code re-read of session 33. Beside a
# "Concept:" sibling they are fields still: the bold-field reading.)
# Labels a field only over a sentence or beside other fields (_attribute_label), and the
# labels that make their siblings fields.
_FIELDS_IF_SAID_SO = _OUTCOME_WORDS | _CIRCUMSTANCE_WORDS
# A plural the notes qualify as the ones to know: "**Notable Essays**: Federalist No. 10 and
# No. 51.", "**Key Concerns**: …", "**Ongoing Debates**: …" (blind sample 3202: "[Notable
# Essays]", junk). It names which of the subject's things the text lists, no term. (Not
# "Primary colours", "Main sequence", "Key Stage 3": a term's own first word, or no plural.)
_QUALIFIED_FIELD = re.compile(r"(?:key|major|notable|important|famous|ongoing|guiding)-"
                              r"[a-z]+(?<![iu])s")
# (Not "main", "common", "other", "core": "Main clauses", "Common nouns", "Common goods" are
# terms of grammar and economics, each beside its partner; nor "Key axis": no plural.)
_FIELD_LIKE_LABELS = _FIELDS_IF_SAID_SO | _ATTRIBUTE_WORDS | _PAGE_PROPERTIES_IF_SHORT | {
    "concept", "definition", "meaning"}  # the heading's definition: the others are its fields


def _attribute_label(label: str, rest: str, others: tuple[str, ...] = ()) -> bool:
    """Whether a "Label: text" item's label names what the text is of the list's subject
    (_ATTRIBUTE_WORDS, _OUTCOME_WORDS), no term of its own to ask. An outcome word is one
    over a sentence or a participle, or beside another such label ("## Battle of Saratoga"
    / "- **Outcome**: decisive American victory", "- **Impact**: French entry into the
    war": the re-read); beside terms, over a noun phrase, it is a term ("**Challenge**:
    deliberate exposure of …" beside "**Adjuvant**: …")."""
    slug = _slug(unmark(label))
    plain = unmark(rest)
    return slug in _ATTRIBUTE_WORDS or _QUALIFIED_FIELD.fullmatch(slug) is not None or \
        slug in _FIELDS_IF_SAID_SO and bool(
        re.match(r"\W*[^\W\d_]+ed\b", plain) or _FINITE_VERB.search(plain) or any(
            _slug(unmark(o)) in _FIELD_LIKE_LABELS for o in others if _slug(unmark(o)) != slug))
# (Not "Goal" or "Aim": "Goal — virtue for the Stoic, freedom from pain for the Epicurean"
# compares by it, and "Aim: detect fraud early" asks its value; a first form took both.)
# (The lines from "inspiration": "[Inspiration] — Ideas of Baron de Montesquieu." under
# "Separation of Powers", "[Estruturas] — Nervos (cranianos e espinais), Gânglios …" under
# "SNP": what the subject drew on or is made of, no term (blind sample 2901: junk).)
# (The line from "alvo": "Alvo — Músculo Liso, Cardíaco e Glândulas" under a nervous
# system asked "[Alvo]" ("target", blind sample 2829: junk). Not "Input", "Output",
# "Target", "Applications": "**Output**: the total value of goods and services …" under
# "## Measuring the economy" defines a term, the code review found.)
# (The lines from "paradigm": an algorithm's fields, "**Paradigm:** Greedy, global edge
# sort …", "**Input:** Undirected, connected graph …", asked "[Paradigm]" and "[Input]"
# (blind sample 2828: junk); "Overall equation — \(Y = B \cdot C + …\)" likewise.)
# (The lines from "role": "Roles — the President commands …", "Funzione — come i
# mastociti …", "物理意义 — 功率是表示做功快慢的物理量" ("physical meaning") and a proof's "Base
# case" were asked (blind samples of held-out-7 and 2777); what a thing does or means is an
# attribute of it, as its size is, and the label no term. Its item is left out, the list's
# other labels read as before.)


# Labels that say what kind of text is below, no term it defines ("Translation:" over a
# quotation, "Syntax:" over code, "Key idea:" over a claim): the code review found each
# joined onto its text and asked. (Besides quality.is_structural_label's: "Note:", "Tip:",
# "Key idea:", "Questions:" are kinds of text there already.)
_KINDS_OF_TEXT = frozenset("""translation syntax results result output outputs input code
    usage quote quotation big-idea exam-questions open-questions problem exercise task
    solution warning caution proof derivation query""".split())


def _term_over_its_text(lines: list[str]) -> str | None:
    """A term alone on its line, ending in a colon, over the text that says what it is
    ("滞涨:" / "生产停滞, 失业增加, 物价居高不下并存.", "**Tax effect:**" / "Rising prices
    push …"): the one "Term: text" line the author broke after the colon, joined. Read line
    by line, the term was a title over nothing and its text a fact naming nothing (no card).
    None where the lines below are a list typed without bullets ("Symptoms:" / "Fever" /
    "Cough"), or themselves labelled ("Vente d'une maison :" / "objet = maison"), or where
    the first line is no term ("The formula is as follows:")."""
    if len(lines) < 2 or not all(lines):
        return None
    head = unmark(lines[0]).strip()
    if not head.endswith((":", "：")) or "$" in head or "\\(" in head:
        return None
    below = lines[1:]
    if any(_TYPED_BULLET.match(part) or _TERM_LINE.match(part) or _ITEM_MARKER.match(part)
           for part in below):
        return None
    # Running text, not items: every line but a closing one says several words (a Chinese
    # or Japanese line, several characters); a line of one or two words is a list's item.
    if any(_words(unmark(part)) < 3 and not (is_cjk(part) and len(unmark(part)) >= 6)
           for part in below[:-1]) or _words(unmark(" ".join(below))) < 3 and not is_cjk(below[0]):
        return None
    # Nor questions, rows of figures, or lines that are items, each opening a capital after
    # one that ended on no punctuation ("Scurvy:" / "Bleeding gums and loose teeth" / "Slow
    # healing of small wounds"): joined, they ran together (the code review). One sentence
    # wrapped over lines goes on in small letters, or after a comma; a new one after a stop.
    plain = [unmark(part).strip() for part in below]
    if any(part.endswith(("?", "？")) for part in plain) or any(
            sum(c.isdigit() for c in part) * 3 > sum(c.isalpha() for c in part)
            for part in plain):
        return None
    for part, after in zip(plain, plain[1:], strict=False):
        if not is_cjk(part) and not part.endswith((",", ";", ".", "!", ":", "，", "；", "。")) \
                and after[:1].isupper():
            return None
    label = head[:-1].strip()
    if not label or _label_words(label) > MAX_LABEL_WORDS or not _is_term(label) \
            or is_structural_label(label) or _slug(label) in _KINDS_OF_TEXT:
        return None
    return f"{lines[0]} {' '.join(below)}"


# A title ending on the date or period it is of, in brackets: "Néolithique (vers -10 000)",
# "Treaty of Versailles (1919)", "Weimar Republic (1918–1933)", "Rome (753 BC)". A year: three
# digits or more. Not a page range, a day's date or a count ("Reading (pp. 45–60)", "Lecture
# (12.03.2024)", "Assignment (3)": the words left named nothing, the code review found).
_YEAR = r"[-–−]?(?:\d{3,4}|\d{1,3}(?:[ \u202f]\d{3})+)"
_DATED_TITLE = re.compile(
    r"^(?P<name>[^()\d]*[^\W\d][^()\d]*?)(?P<dated>\s*\((?:(?:vers|ca\.?|c\.|circa|about|"
    r"around|um|env\.|hacia|intorno\s+al)\s*)?" + _YEAR + r"(?:\s*(?:[-–—]|to|bis|à|a)\s*"
    + _YEAR + r")?(?:\s*(?:BC|BCE|AD|CE|av\.\s*J\.-C\.|v\.\s*Chr\.|n\.\s*Chr\.|a\.\s*C\.|"
    r"d\.\s*C\.))?\))$")


def _undated(title: str) -> tuple[str, str]:
    """A callout's title and the date it ends on, apart (_DATED_TITLE): ("Néolithique",
    " (vers -10 000)"). Whole, the date's digits told the title from a name (_NOT_NAME), and
    its box made no card. The title and "" for any other title."""
    match = _DATED_TITLE.match(title.strip())
    if match is None:
        return title, ""
    return match["name"].strip(), f" {match['dated'].strip()}"


# An HTML block that is Markdown's own structure typed as HTML (html_structure).
_HTML_STRUCTURE = re.compile(r"\s*<(?:h[1-6]|p|ol|ul|dl|table|blockquote)\b", re.I)
def _terse_value(label: str, rest: str) -> str | None:
    """The value of a "Label: value" item whose value is one word (a number beside it
    allowed): "langfristig: Strukturpolitik", "Formants (resonant frequencies): timbre",
    "Lebenslänglich: 30 Jahre". Hidden, the label left one word to answer from, so no card
    was made ("answer leaves fewer than 2 words"); the value is asked under its label
    instead. None for a value that is marked, math, a list, a word of the label, or no
    answer (quality.weak_answer: a common word, a lone number)."""
    value = unmark(rest).strip().rstrip(".")
    words = value.split()
    # (Not Chinese or Japanese, whose sentence is one "word" with no spaces, nor a word of
    # a vocabulary list, "das Zimmer: room", asked from its meaning as before, nor an
    # acronym, "Nephritic: PHAROH", whose label is asked from it as before.)
    if not words or len(words) > 2 or _words_of_letters(value) != 1 or "**" in rest or \
            is_cjk(value) or is_cjk(label) or vocabulary_word(unmark(label)) or \
            not re.fullmatch(r"[\w\s'’.%-]+", value) or re.fullmatch(r"[A-Z0-9]{2,}", value) or \
            any(c in value for c in ",;:/=()") or math_spans(rest) or weak_answer(value) or \
            _label_words(unmark(label)) > 4 or _shares_a_word(unmark(label), value) or \
            is_structural_label(unmark(label)):
        return None
    return value


def _spelled_out(label: str, value: str) -> bool:
    """Whether `label` is an acronym (two to six capitals) of `value`'s words, its little
    words ("of", "the") skipped or not: "FUL" of "Formula of Universal Law"."""
    if not re.fullmatch(r"[A-Z]{2,6}", label) or not 2 <= len(value.split()) <= 8 or \
            not re.fullmatch(r"[A-Za-z][A-Za-z' -]*", value):
        return False
    words = value.replace("-", " ").split()
    initials = "".join(w[0] for w in words).upper()
    content = "".join(w[0] for w in words if w.casefold() not in STOP_WORDS).upper()
    return label in (initials, content)


# An "X = Y" label before a colon ("FH = Formula of Humanity: treat humanity …"): an
# acronym and its expansion, the text after the colon what it names says.
_EQUALS_IN_LABEL = re.compile(r"\s=\s")
_STEP_NUMBER = re.compile(r"([A-Z])(\d{1,2})")
_CONCLUSION_LABEL = re.compile(r"C|Conclusion", re.I)


def _numbered_steps(labels: list[str]) -> bool:
    """Whether labels number the premises of one argument: two or more of one letter and a
    number ("P1", "P2"), the letter P or a conclusion ("C", "Conclusion") beside them, and
    every other label a letter alone or the conclusion. Not "S1"/"S2" (heart sounds), "H1"/
    "H2" (hypotheses): names of their own, each a card."""
    numbered = [m for label in labels if (m := _STEP_NUMBER.fullmatch(label.strip()))]
    letters = [m[1] for m in numbered]
    concluded = any(_CONCLUSION_LABEL.fullmatch(label.strip()) for label in labels)
    return len(numbered) >= 2 and any(letters.count(a) >= 2 for a in letters) and (
        concluded or set(letters) == {"P"}) and all(
        _STEP_NUMBER.fullmatch(label.strip()) or re.fullmatch("[A-Z]", label.strip())
        or _CONCLUSION_LABEL.fullmatch(label.strip()) for label in labels)


def _is_one_name(label: str) -> bool:
    return "," not in label and not _CLAUSE_VERB.search(label)


def _marked(value: str, start: int, end: int) -> str:
    """`value` with its span start:end marked as the gap (`**…**`)."""
    return f"{value[:start]}**{value[start:end]}**{value[end:]}"


def _repeats_a_label(labelled: list[tuple[str, str]]) -> str | None:
    """The first label two items of one list share (as their keys would see it)."""
    seen: set[str] = set()
    for label, _ in labelled:
        slug = slugify(unmark(label))
        if slug in seen:
            return unmark(label)
        seen.add(slug)
    return None

# -- the reader -----------------------------------------------------------------------------


@dataclass
class _SectionDraft:
    title: str
    id: str
    topic: str
    line: int
    facts: list[Fact] = field(default_factory=list)
    definitions: list[Definition] = field(default_factory=list)
    lists: list[LabelledList] = field(default_factory=list)
    comparisons: list[Comparison] = field(default_factory=list)
    heading: str = ""  # id of the heading's section it is part of (a callout's, a list's)
    figures: list[Figure] = field(default_factory=list)
    # The context line its cards show, where it is not `title` (which the reading of its
    # content goes by): "Biodiversity › Threats" for the list titled "Threats".
    shown: str = ""
    cue: bool = False  # titled by a lead-in or a box's title, not a heading (Section.cue)
    # The left sides of the formulas formula_side has asked here, and whether a sentence
    # said the displays after it are a derivation's steps.
    sides_asked: set[str] = field(default_factory=set)
    deriving: bool = False

    def section(self, tags: dict[str, list[str]]) -> Section | None:
        if not (self.facts or self.definitions or self.lists or self.comparisons
                or self.figures):
            return None
        return Section(self.id, self.shown or self.title, self.topic, tuple(self.facts),
                       tuple(self.definitions), tuple(self.lists), tuple(self.comparisons),
                       self.line, tuple(dict.fromkeys(tags.get(self.heading, ()))),
                       figures=tuple(self.figures), cue=self.cue)


# The last line of a paragraph that titles the list under it ("Factors affecting rate:"),
# after lines that end as sentences do.
_TITLE_LINE = re.compile(r"(?P<head>(?:.*\n)*.*[.!?。！？)]\s*)\n(?P<title>[^\n]+[:：])\s*$")


def _sentences_over_a_title(block: SyntaxTreeNode) -> tuple[str, str] | None:
    """A paragraph of sentences whose last line titles the list below it, split into the
    sentences and that line; None for any other paragraph (most have one line)."""
    inline = _inline_child(block)
    if inline is None or "\n" not in inline.content or block.map is None:
        return None
    found = _TITLE_LINE.fullmatch(inline.content.strip())
    # A title names what the list holds ("Factors affecting rate:"); a longer line, or one
    # pointing back ("Questo comporta un utilizzo inefficiente …, che dipende da:"), is a
    # sentence leading into the list, read with the sentences before it as before.
    if found is None or _words(found["title"]) > 6 or points_back(found["title"]) or \
            found["head"].lstrip().startswith(("|", ":::", "!!!", "???")):
        return None
    return found["head"].rstrip(), found["title"].strip()


def _syntax_tree(tokens) -> SyntaxTreeNode:
    """SyntaxTreeNode(tokens), the same nodes, made in one pass over the tokens.

    SyntaxTreeNode copies the tokens inside each container once per level it is nested
    in (a table's cells four times over), in Python: a fifth of reading a 2 MiB table
    or a fact of 60,000 marks went there. Here each token is visited once, a container's
    node made at its opening token and closed at its closing one.
    """
    root = _Node()
    root.type = "root"
    _add_children(root, tokens)
    return root


class _Once:
    """SyntaxTreeNode's `map`, worked out at the first ask and kept on the node (a non-data
    descriptor: the node's own attribute wins from then on)."""

    def __get__(self, node, owner=None):
        if node is None:
            return self
        value = node.__dict__["map"] = SyntaxTreeNode.map.fget(node)
        return value


class _Node(SyntaxTreeNode):
    """A SyntaxTreeNode whose `type` is set when it is made and whose `map` is kept once
    asked: the reader asks them of every node again and again (SyntaxTreeNode's properties
    find the token, and copy its map, each time), and the tokens do not change once parsed."""

    type = None  # a plain attribute of each node, not SyntaxTreeNode's property
    map = _Once()


def _add_children(parent: SyntaxTreeNode, tokens) -> None:
    new = _Node.__new__
    stack, top = [parent], parent
    for token in tokens:
        if token.nesting == -1:
            top.nester_tokens = _NesterTokens(top.nester_tokens, token)
            stack.pop()
            top = stack[-1]
            continue
        node = new(_Node)
        node.token, node.nester_tokens, node._parent, node._children = None, None, top, []
        top._children.append(node)
        if token.nesting == 1:
            node.nester_tokens = token  # the opening token, until its closing one comes
            node.type = token.type.removesuffix("_open")
            stack.append(node)
            top = node
        else:
            node.token = token
            node.type = token.type
            if token.children:
                _add_children(node, token.children)
    if len(stack) > 1:
        raise ValueError(f"unclosed tokens starting {stack[1].nester_tokens}")


class _MarkdownReader:
    def __init__(self, path: Path):
        self.path = path
        self.name = display_path(path)
        self.section_fields: set[str] = set()  # collect_fields
        self.field_values: set[int] = set()  # ids of the facts asking a field's value
        # The shared builder reads the front matter and checks every key for clashes:
        # same messages, same checks as a YAML article.
        self.builder = ArticleBuilder(path, self.name, ids=False)
        self.problems = self.builder.problems
        self.skipped: list[Text] = []
        self.concepts: list[Concept] = []
        self.glossary: dict[str, GlossaryTerm] = {}  # casefold term -> term
        self.references: list[Text] = []
        self.bibliography: Bibliography | None = None
        self.footnotes: list[Footnote] = []
        self.topics: dict[str, tuple[str, int, str]] = {}  # slug -> (topic, line, key)
        self.used_topics: set[str] = set()
        self.titles: list[str] = []  # every heading, list and table title, for hints
        self.sections: list[_SectionDraft] = []
        self.heading_titles: dict[str, str] = {}  # a heading's section id -> its title
        # A heading's section id -> the footnote markers of it and the headings above it.
        self.heading_markers: dict[str, tuple[str, ...]] = {}
        self.section_ids = UniqueNames()
        self.container_ids = UniqueNames()
        self.defined: set[str] = set()  # definition keys: a second one is a plain fact
        self.tags: list[str] = []  # Anki tags: front matter `tags:` and inline `#tags`
        self.section_tags: dict[str, list[str]] = {}  # heading's section id -> its `#tags`
        self.aliases: list[str] = []  # front matter `aliases:`: names of the subject
        self.terms: list[str] = []  # terms the article defines or names, for facts
        self.linked: list[str] = []  # names its wiki links show, for facts that state nothing
        self.parsed_references = False  # parse(): a link reference or footnote defined

    def parse_at(self, source: str, offset: int) -> list:
        """`parse(source)` numbered as if `source` began `offset` lines into the file. (It
        used to be padded with `offset` newlines: markdown-it then split every line above
        it again, so a page of callouts or loose lines took time as the square of its
        length: 17 s for a 2 MiB page of the style articles.)"""
        tokens = self.parse(source)
        if offset:
            for token in tokens:
                if token.map:
                    token.map = [token.map[0] + offset, token.map[1] + offset]
        return tokens

    def parse(self, source: str) -> list:
        """markdown-it's tokens of `source`, noting whether it defined link references or
        footnotes: where none were, a line parsed again on its own parses as it did in its
        block (term_lines)."""
        env: dict = {}
        tokens = _PARSER.parse(source, env)
        # (A page with headings has empty footnote tables: no footnote is defined there.)
        footnotes = env.get("footnotes") or {}
        if footnotes.get("list"):
            _label_inline_footnotes(tokens, footnotes["list"])
        if env.get("references") or footnotes.get("refs") or footnotes.get("list"):
            self.parsed_references = True
        return tokens

    # -- reporting -------------------------------------------------------------------------
    def skip(self, line: int, what: str, why: str) -> None:
        self.skipped.append(Text(f"{what} ({why})", line))

    def warn(self, line: int, field_name: str, message: str) -> None:
        self.builder.error(line, field_name, message, "warning")

    def error(self, line: int, field_name: str, message: str) -> None:
        self.builder.error(line, field_name, message)

    def bounded(self, heading: str, line: int) -> str:
        """The heading, or an error when it is too long for a name (it is copied into every
        note of its section, and into the lock); the read goes on to find more errors."""
        if len(heading) > MAX_NAME_CHARS:
            problem = Problem(self.name, line, "heading", name_too_long(heading))
            if problem not in self.problems:  # the title heading may be a section's too
                self.problems.append(problem)
            return heading[:MAX_NAME_CHARS]
        return heading

    def fits(self, name: str, line: int, field_name: str) -> bool:
        """Whether `name` (a label, term or dimension) is short enough for a name, as in a
        YAML article; an error at its line when not. It is copied into its note's key,
        label and lock entry, and its item is left out so the read goes on."""
        if len(name) <= MAX_NAME_CHARS:
            return True
        self.error(line, field_name, name_too_long(name))
        return False

    # -- the article -----------------------------------------------------------------------
    def read(self, source: str) -> tuple[Article, list[Problem]]:
        source = source.replace("\r\n", "\n").replace("\r", "\n")
        front_block = front_matter.split(source)
        if not front_block.closed:
            self.warn(front_block.line, "front matter", "front matter opened here is never "
                      "closed (end it with a line `---`); it is read as text")
        front = self.front_matter(front_block)
        body = _drop_tool_syntax(_content_tabs(_blocks_out_of_html(
            _formula_images(front_block.body))))
        # As typed: a MyST fence the body reads as a `:::` box is named as the author typed it.
        self.typed_lines = front_block.body.split("\n")
        # A note the Spaced Repetition plugin reviews is tagged #flashcards (its default):
        # there, `Term::meaning` is a card its author wrote, not a Dataview field.
        self.flashcard_note = bool(_FLASHCARDS_TAG.search(body)) or any(
            tag.split("::")[0].casefold() in ("flashcards", "flashcard") for tag in self.tags)
        tokens = self.parse(body)
        if "$" in body or "\\(" in body:
            escaped = _pipes_in_table_math(body, tokens)
            if escaped != body:
                body, tokens = escaped, self.parse(escaped)
        self.lines = body.split("\n")  # where lists were typed without blank lines (item_groups)
        self.report_dropped_items(body, tokens)
        root = _syntax_tree(tokens)
        _outline_headings(root)
        blocks = list(root.children)

        title_heading = self.title_heading(blocks)
        # A front-matter title is read as a `#` heading's text is: "**Week 1**" and a Quarto
        # "{{< meta course >}}" showed as typed on every card's context line.
        # One that shows nothing (a zero-width space, "&#8203;") is none: every context line
        # opened on "›" (issue 15).
        title = next((shown for shown in (
            front.get("title") or "",
            self.bounded(_inline(_inline_child(title_heading)).plain, _line(title_heading))
            if title_heading else "") if not shows_nothing(shown)), self.path.stem)
        self.collect_concepts(blocks)
        self.concept_names = {c.name.casefold(): c.name for c in self.concepts}
        for concept in self.concepts:
            for form in concept.forms:
                self.concept_names.setdefault(form.casefold(), concept.name)
        self.add_aliases(title)
        self.collect_glossary(blocks)
        self.collect_fields(blocks)
        self.article_title = title
        self.walk(blocks, title_heading)
        _untie(root)
        # "Two major categories include *humoral* and *cell-mediated* immunity": a phrase the
        # author marked is a name of the article, which a sentence naming it may hide. A
        # short word marked for stress ("right and *wrong*") is not.
        # A field's value ("Side effects: **hypokalaemia**") is what one name has, not a
        # name of the article for other sentences to hide.
        self.terms.extend(name for draft in self.sections for fact in draft.facts
                          if id(fact) not in self.field_values
                          for _, _, phrase in marks(fact.text.value)
                          if (name := _LEADING_ARTICLE.sub("", phrase.strip()))
                          and _words(name) <= 3 and _is_term(name) and name[:1].isalpha()
                          and weak_answer(name) is None and (" " in name or len(name) >= 6))

        for slug, (_, line, key) in self.topics.items():
            if slug not in self.used_topics:
                self.warn(line, f"topics.{key}", f"{key!r} names no heading, list or table"
                          f"{did_you_mean(key, self.titles)}")
        if self.heading_markers:
            self.mark_heading_footnotes()
        sections = tuple(s for d in self.sections if (s := d.section(self.section_tags)))
        self.builder.check_unique_ids()
        if any(p.severity == "error" for p in self.problems):
            raise ContentError(self.problems)
        article = Article(
            id=slugify(front.get("id") or self.path.stem) or "article",
            title=title,
            deck=front.get("deck") or title,
            path=self.path,
            concepts=tuple(self.concepts),
            glossary=tuple(self.glossary.values()),
            references=tuple(self.references),
            bibliography=self.bibliography,
            footnotes=tuple(self.footnotes),
            sections=sections,
            skipped=tuple(sorted(self.skipped, key=lambda t: t.line)),
            tags=tuple(dict.fromkeys(self.tags)),
            terms=tuple(dict.fromkeys(self.terms)),
            linked=tuple(dict.fromkeys(self.linked)),
            images=tuple(self.builder.images.images),
        )
        return article, self.problems

    def report_dropped_items(self, body: str, tokens) -> None:
        """List items the parser dropped (nested beyond its depth limit) are reported, never
        lost in silence: a line that opens an item but starts no item token."""
        starts = {t.map[0] for t in tokens if t.type == "list_item_open" and t.map}
        verbatim = set()
        for t in tokens:
            if t.map and t.type in ("fence", "code_block", "html_block", "math_block"):
                verbatim.update(range(*t.map))
        deepest = max((t.level for t in tokens if t.type == "list_item_open"), default=0)
        if deepest < _PARSER.options["maxNesting"] - 4:
            return  # nothing came near the limit: every item was parsed
        dropped = [n for n, text in enumerate(body.split("\n"))
                   if _ITEM_LINE.match(text) and n not in starts and n not in verbatim]
        if dropped:
            self.skip(dropped[0] + 1, f"{len(dropped)} list item(s) nested too deep",
                      f"the parser reads lists {_PARSER.options['maxNesting'] // 2} levels "
                      "deep; move them up a level")

    def front_matter(self, block: front_matter.FrontMatter) -> dict[str, str]:
        """The owned keys' values; `tags` and `aliases` read, every other key ignored."""
        root, problems = front_matter.parse(self.name, block)
        self.problems.extend(problems)
        if root is None:
            return {}
        owned, ignored = [], []
        for key_node, value_node in root.value:
            key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else ""
            if key in FRONT_MATTER_KEYS:
                if key in ("id", "title", "deck") and isinstance(value_node, yaml.ScalarNode) \
                        and not str(value_node.value).strip():
                    # A template's blank `title: ""` must not refuse the note (issue 14: front
                    # matter never blocks a Markdown article): the `#` heading or the file
                    # name names it instead, as when the key is missing.
                    self.problems.append(Problem(
                        self.name, value_node.start_mark.line + 1, key,
                        "is empty; ignored, as if it were not there", "warning"))
                    continue
                if key == "title" and isinstance(value_node, yaml.ScalarNode):
                    # Read as a `#` heading's text is before any check: "$a^{**}$" is math,
                    # not a `**` mark left open, and "**Week 1**" is "Week 1". One that shows
                    # nothing so read ("&#8203;", an image alone) leaves the `#` heading or
                    # the file name to title the article (issue 15).
                    shown = _inline_title(_TOOL_SYNTAX.sub("", str(value_node.value)))
                    if shows_nothing(shown):
                        continue
                    value_node = yaml.ScalarNode(value_node.tag, shown, value_node.start_mark,
                                                 value_node.end_mark, value_node.style)
                if key == "topics" and isinstance(value_node, yaml.SequenceNode):
                    # Hugo's `topics` taxonomy: a list of names, not our heading: topic map.
                    self.tags += front_matter.anki_tags(front_matter.strings(value_node))
                    continue
                owned.append((key_node, value_node))
            elif key in ("tags", "tag"):
                self.tags += front_matter.anki_tags(front_matter.strings(value_node))
            elif key in ("aliases", "alias"):
                self.aliases += [" ".join(a.split()) for a in front_matter.strings(value_node)
                                 if a.strip()]
            else:
                ignored.append(key)
        if ignored:
            self.problems.append(Problem(
                self.name, block.line, "front matter",
                f"ignored key(s) {', '.join(ignored)}: deck-builder reads "
                f"{', '.join(FRONT_MATTER_KEYS)}, tags and aliases", "info"))
        root = yaml.MappingNode(root.tag, owned, root.start_mark, root.end_mark)
        keys = self.builder.mapping(root, "", FRONT_MATTER_KEYS, "the front matter")
        if keys is None:
            raise ContentError(self.problems)
        b = self.builder
        values = {k: v for k in ("id", "title", "deck") if (v := b.name_value(keys.get(k), k))}
        self.concepts = list(b.read_concepts(keys.get("concepts")))
        for term in b.read_glossary(keys.get("glossary")):
            self.glossary.setdefault(term.term.casefold(), term)
        self.references = list(b.read_references(keys.get("references")))
        self.bibliography = b.read_bibliography(keys.get("bibliography"), strict=False)
        self.read_topics(keys.get("topics"))
        return values

    def add_aliases(self, title: str) -> None:
        """Aliases are other names of the article's subject: extra forms of the concept the
        title names, when it names one (otherwise they name nothing a card hides)."""
        if not self.aliases:
            return
        for index, concept in enumerate(self.concepts):
            if concept.name.casefold() == title.casefold():
                self.concepts[index] = Concept(
                    concept.name, (*concept.forms, *self.aliases), concept.line)
                return

    def read_topics(self, node: yaml.Node | None) -> None:
        """`topics:` maps a heading, list title or table title to the topic its notes get."""
        if node is None or not self.builder.visit(node, "topics"):
            return
        if not isinstance(node, yaml.MappingNode):
            self.builder.error(node, "topics", "expected a mapping of heading: topic")
            return
        for key_node, value_node in node.value:
            key = self.builder.name_value(key_node, "topics")
            topic = self.builder.topic(value_node, f"topics.{key}")
            if not (key and topic):
                continue
            slug, line = _slug(key) or slugify(key), key_node.start_mark.line + 1
            if slug in self.topics:
                self.error(line, f"topics.{key}", f"{key!r} is listed twice (also on line "
                           f"{self.topics[slug][1]}); keep one")
                continue
            self.topics[slug] = (topic, line, key)

    def topic_for(self, title: str, default: str) -> str:
        self.titles.append(title)
        slug = _slug(title) or slugify(title)
        if slug in self.topics:
            self.used_topics.add(slug)
            return self.topics[slug][0]
        return default

    # -- first pass: what the tables and headings declare ----------------------------------
    def title_heading(self, blocks: list[SyntaxTreeNode]) -> SyntaxTreeNode | None:
        """The only `#` heading, which titles the article; never a `##`, which is a section."""
        top = [b for b in blocks if b.type == "heading" and _level(b) == 1]
        return top[0] if len(top) == 1 else None

    def known_concept(self, name: str) -> str | None:
        for concept in self.concepts:
            if term_pattern(concept.name, concept.forms).fullmatch(name):
                return concept.name
        return None

    def collect_concepts(self, blocks: list[SyntaxTreeNode]) -> None:
        """Concepts are the front matter's, else the comparison tables' column headers."""
        declared = self.declared = bool(self.concepts)
        self.tables: dict[int, _Table] = {}
        self.heading_texts = []
        # The plain text of each heading without images, by the block's id: collect_glossary
        # and heading() read it again.
        self.heading_plains: dict[int, str] = {}
        for block in blocks:
            if block.type == "heading":
                read = _inline(_inline_child(block))
                self.heading_texts.append(read.plain)
                if not read.images:
                    self.heading_plains[id(block)] = read.plain
        # Every heading in one text, searched once per column header: searched heading by
        # heading, a long page's tables took time as headings times columns. " | " holds
        # no word or space, so no name is found across two headings.
        self.headings_text = " | ".join(self.heading_texts)
        for block in blocks:
            if block.type != "table":
                continue
            table = self.tables[id(block)] = _table(block)
            self.classify(table, declared)

    def collect_fields(self, blocks: list[SyntaxTreeNode]) -> None:
        """Labels that head items of lists under two or more headings ("- **Side effects**:
        …" under each drug's heading): field names, as a table's columns are, not terms.
        Only words that name a kind of attribute (_FIELD_LABELS): "Abrasion" defined under
        "Coasts" and again under "Rivers", or "ACE inhibitors" under each condition they
        treat, are terms said twice, still asked from what the item says of them."""
        under: dict[str, set[int]] = {}
        heading = 0
        for block in blocks:
            if block.type == "heading":
                heading += 1
            elif block.type in ("bullet_list", "ordered_list"):
                for item in block.children:
                    first = item.children[0] if item.children else None
                    if first is not None and first.type == "paragraph" and \
                            (found := _labelled(_inline(_inline_child(first)).text)):
                        under.setdefault(slugify(unmark(found[0])), set()).add(heading)
        self.section_fields = {label for label, where in under.items()
                               if len(where) > 1 and label in _FIELD_LABELS}

    def classify(self, table: _Table, declared: bool) -> None:
        names = [strip_emoji(h.plain) for h in table.header]
        cells = [c for r in table.rows for c in r.cells if c.plain]
        if not table.rows:
            table.why = "a table with no rows"
        elif _measurements(table):
            table.why = ("a table of measurements (numbered trials, numbers in every other "
                         "column): data, no fact to recall")
        elif len(names) == 1:
            table.shape = "list"  # "| OSI Model |" over one layer a row: a list in a box
        elif cells and all(_labelled(c.text) for c in cells):
            table.shape = "lists"
        elif len(names) == 2 and (_slug(names[0]) in _TERM_HEADERS
                                  or _slug(names[1]) in _MEANING_HEADERS):
            table.shape = "glossary"
        elif not declared and len(names) >= 3 and not names[0].strip() and any(
                _slug(n) in _NOTE_HEADERS for n in names[1:]) and any(
                n.strip() and _slug(n) not in _NOTE_HEADERS for n in names[1:]) and all(
                _short_value(row.cells[i].plain) for row in table.rows
                for i, n in enumerate(names) if i and n.strip()
                and _slug(n) not in _NOTE_HEADERS and i < len(row.cells)):
            # Under an empty corner, with a column of short facts beside one of notes
            # ("| | Complexity | Notes |" over "Time", "Space"), the rows are dimensions,
            # each asked its fact. Long cells ("| | Definition | Notes |" over "Mitosis")
            # and columns that only describe ("| Heart Sounds | 说明 | 其它 |") ask each row's
            # name from them (entity_table): a blind gate found those cards good and the
            # other direction's long answers weak.
            table.shape = "described"
        elif len(names) == 2 and len(table.rows) >= 2 and all(
                _DOCUMENT_REFERENCE.fullmatch(r.cells[0].plain.strip())
                for r in table.rows if r.cells):
            # "| Document | Exemples de souffrances … |" over "| Doc 5 | Travail forcé … |":
            # a worksheet's documents by number, and "[Doc 5] — Travail forcé" asked the
            # number (blind sample 3003: junk). What each says is read as a line of its own.
            table.shape = "documents"
        elif len(names) >= 3 and any(h.images for h in table.header[1:]) and \
                _question_rows(table):
            # A worksheet's questions about pictures ("| Affiches | ![](affiche-1915.jpg)
            # d'Abel Faivre, 1915 | … |" over "| 6. Quel est son but ? | Financer la guerre
            # | … |"): the answers hold for posters no card shows. Read as entities, "[6.
            # Quel est son but ?] — …: Financer la guerre" hid the question (blind sample
            # 2905: junk); read as questions, a gate found 10 of 14 cards junk, "asks about
            # a poster the learner cannot see".
            table.why = ("a worksheet's questions about the pictures heading its columns: "
                         "no card shows the pictures its answers are about")
        elif not declared and len(names) >= 3 and all(n.strip() for n in names) and \
                _slug(names[0]) not in _DIMENSION_HEADERS | _QUESTION_HEADERS and \
                not all(_slug(n) in _LANGUAGE_HEADERS for n in names) and \
                not _question_rows(table) and all(
                _sentence_column(table, i) for i in range(len(names))):
            # "| Przyjaciele Hioba | Hiob | Bóg |" over what each says, a sentence a cell: the
            # columns are the parties, and no cell names its row. Read as entities, each card
            # hid a whole sentence of the first column, its party unsaid (blind sample 3005:
            # junk). Each cell is read as a line of its column. Not a comparison whose first
            # column asks or names the rows ("| Question | Mitosis | Meiosis |"), nor a
            # phrasebook, each row one sentence in several languages (the code re-read).
            table.shape = "sentences"
        elif not declared and self.entity_table(table, names):
            table.shape = "entity"
        elif len(names) == 2 and self.question_table(table):
            table.shape = "questions"
        elif len(names) == 2 and (all(self.named_in_headings(n) for n in names) or (
                _BEFORE_HEADER.match(names[0]) and _AFTER_HEADER.match(names[1]))):
            # ("| Avant (Paléolithique) | Après (Néolithique) |" over "| Nomades |
            # **Sédentaires** |": a time before and after, each row a point of each; read
            # as a term and its meaning, "Nomades — [...]" showed neither time.)
            table.shape, table.concepts = "concepts", [self.known_concept(n) or n for n in names]
        elif len(names) >= 3:
            concepts = names[1:]
            if len(concepts) > MAX_CONCEPTS:
                if all(concepts) and len({c.casefold() for c in concepts}) == len(concepts):
                    # "| Feature | IgG | IgM | IgA | IgD | IgE |": more concepts than a
                    # compare note holds; each row is a cloze note of its cells instead.
                    table.shape, table.concepts = "wide", concepts
                    return
                table.why = (f"{len(concepts)} concept columns; a comparison has at most "
                             f"{MAX_CONCEPTS}")
                return
            if not all(concepts):
                table.why = "a comparison needs a concept name above every column but the first"
                return
            if not all([self.fits(name, table.line, "concept") for name in concepts]):
                table.why = "a concept name is too long"
                return
            resolved = []
            for name in concepts:
                known = self.known_concept(name)
                if known is None and declared:
                    listed = ", ".join(c.name for c in self.concepts)
                    table.why = (f'column "{name}" is not one of the front matter\'s concepts '
                                 f"({listed})")
                    return
                if known is None:
                    self.concepts.append(Concept(name, (), table.line))
                    known = name
                resolved.append(known)
            if len({n.casefold() for n in resolved}) < len(resolved):
                table.why = "a concept is named twice in the header"
                return
            table.shape, table.concepts = "comparison", resolved
        elif len(names) == 2:
            table.shape = "entity"  # "Port | Protocol", "Date | Event": hide the row's name
        else:
            table.why = ("not a comparison ([dimension, concept, concept...]), a "
                         '"Term | Meaning" glossary or lists of "**Label**: text" cells')

    def entity_table(self, table: _Table, names: list[str]) -> bool:
        """A table whose first column names things and whose other columns are attributes
        ("Drug | Initial dose | Target dose"), not a comparison of concepts."""
        if len(names) == 2:
            return False  # two columns: a glossary, questions, concepts or terms, below
        first = _slug(names[0])
        if first in _NUMBER_HEADERS and not names[0].strip():
            return any(_slug(n) in _ATTRIBUTE_HEADERS or _slug(n) in _NOTE_HEADERS
                       for n in names[1:])
        if first in _DIMENSION_HEADERS:
            return False
        return not all(self.named_in_headings(n) for n in names[1:])

    def question_table(self, table: _Table) -> bool:
        """Two columns of questions and answers, with or without a header: a header row
        that is itself a question and its answer is a row like the others."""
        header = table.header
        if header and header[0].plain.endswith("?"):
            table.rows.insert(0, _Row(table.line, header))
        elif any(h.plain for h in header):
            return False
        lefts = _row_heads(table)
        return bool(lefts) and sum(q.endswith("?") for q in lefts) * 2 >= len(lefts)

    def named_in_headings(self, name: str) -> bool:
        """A column header that names a concept: declared, or a heading's subject."""
        if not name.strip():
            return False
        pattern = term_pattern(strip_emoji(name))
        return self.known_concept(name) is not None or \
            pattern.search(self.headings_text) is not None

    def collect_glossary(self, blocks: list[SyntaxTreeNode]) -> None:
        """Glossary tables are read before the text so every paragraph can define a term."""
        heading = ""
        for block in blocks:
            if block.type == "heading":
                heading = strip_emoji(self.heading_plain(block))
            table = self.tables.get(id(block)) if block.type == "table" else None
            if table is None or table.shape != "glossary" or _aspect_table(table):
                continue  # (a subject's aspects are no glossary: table())
            for row in table.rows:
                term, meaning = row.cells[0].plain, row.cells[1]
                if not term or not meaning.text:
                    self.skip(row.line, f'glossary row "{term}"', "a term and a meaning are "
                              "both needed")
                    continue
                if _abbreviation_row(row):
                    continue  # asked the other way round where the table stands (table())
                self.add_glossary(GlossaryTerm(term, Text(meaning.text, row.line), (), row.line,
                                               heading))

    def add_glossary(self, term: GlossaryTerm) -> None:
        if not self.fits(term.term, term.line, "glossary"):
            return
        known = self.glossary.get(term.term.casefold())
        if known is None:
            self.glossary[term.term.casefold()] = term
        elif known.definition is None:  # named in the front matter, defined in the text
            self.glossary[term.term.casefold()] = GlossaryTerm(
                known.term, term.definition, known.forms, known.line, term.heading)
        else:
            self.warn(term.line, "glossary", f'"{term.term}" is defined twice (also on line '
                      f"{known.line}); the first definition is used")

    # -- second pass: the text, in order -------------------------------------------------------
    def walk(self, blocks: list[SyntaxTreeNode], title_heading: SyntaxTreeNode | None) -> None:
        self.stack: list[tuple[int, str, str]] = []  # (level, topic, id) of open headings
        self.mode = "text"  # "references" or "glossary" under those headings
        self.links_section = False  # under "## Links", "## Further reading": no card
        self.current: _SectionDraft | None = None
        self.block_line = 1
        self.title_block = title_heading
        self.named_heading: tuple[str, str] | None = None  # (name, parent title): heading()
        self.named_result: str | None = None  # "Rolle's theorem": heading(), states_result()
        self.asked_heading: str | None = None  # "Why does …?": heading(), for its answer
        # The heading (or the article's title) right above the block being read, and, while
        # a paragraph right under it is read, that title: what a meaning typed with no term
        # may mean (fragment_meaning).
        self.heading_above: str | None = None
        self.sentence_over_formula: tuple[_Inline, str] | None = None
        # A titled box's title while its first block is read: a display formula's lead there
        # is right under the title that names it, as under a heading (formula_under_heading).
        self.box_above: str | None = None
        self.formula_step = False  # the paragraph read shows a derivation's step (formula_lead)
        self.item_over_formula: _Inline | None = None  # a list's last item over a display
        self.meaning_of: str | None = None
        self.describing: tuple[str, str] | None = None  # the same, for a list's first item
        # The term the list being read has just defined ("- Active transport is …"): what
        # an item after it means by "It" ("- It requires energy from respiration").
        self.item_subject: str | None = None  # "" in a list that has defined none
        self.subject_seed: str | None = None  # the term a nested list's parent names
        # Labels the nested lists of two or more sibling items share ("Motor", "Sensory"
        # under each nerve): fields of their parent, not names (_attribute_labels).
        self.attributes: tuple[str, set[str]] | None = None
        self.introduction: _SectionDraft | None = None  # the text before any heading
        self.over_lists: set[int] = set()  # the lines of list items with a list nested below
        self.blocks(blocks)

    def blocks(self, blocks: list[SyntaxTreeNode]) -> None:
        """Read a run of blocks in order: the body, or the inside of a callout."""
        in_admonition = 0  # line of an open ":::" block
        carried = None  # the title a list's last item carried for the list after it
        index = 0
        while index < len(blocks):
            block, following = blocks[index], blocks[index + 1] if index + 1 < len(blocks) else None
            prior = blocks[index - 1] if index else None
            index += 1
            line = self.block_line = _line(block) or self.block_line
            if in_admonition:  # a ":::" block runs until a paragraph that closes it
                if block.type == "paragraph" and _FENCE_CLOSE.search(
                        _inline(_inline_child(block)).plain.split(" ")[-1]):
                    in_admonition = 0
                continue
            if block is self.title_block:
                self.heading_above = self.article_title
                continue
            # "### Belief disconfirmation" over the sentence that says what it is (heading()).
            named, self.named_heading = self.named_heading, None
            result, self.named_result = self.named_result, None
            above, self.heading_above = self.heading_above, None
            box_above, self.box_above = self.box_above, None
            if block.type == "hr" or block.type == "paragraph" and _CELL_MARKER.match(
                    _inline_child(block).content if _inline_child(block) else ""):
                # A rule, or a notebook's cell marker ("+++ {"slideshow": …}"), between a
                # heading and its first line is layout: the line is still right under it.
                self.named_heading, self.heading_above = named, above
                if block.type == "paragraph":
                    # Read as text it made "[+++ {"slideshow"] — {"slide_type": …}}" cards.
                    self.skip(line, "notebook cell marker", "layout between cells, no content")
                    continue
            asked, self.asked_heading = self.asked_heading, None
            # The paragraph a display formula follows, and the heading right above that
            # paragraph, if any ("## Variance" / "The variance measures spread …"), and the
            # last item of a list a display follows: what may name the formula.
            over_formula, self.sentence_over_formula = self.sentence_over_formula, None
            over_item, self.item_over_formula = self.item_over_formula, None
            if self.links_section and block.type in ("paragraph", "bullet_list",
                                                     "ordered_list") and _all_links(block):
                # "## Links" over "Elasticity of Demand - https://www.youtube.com/…": where
                # to read or watch, no fact; its cards asked the videos' titles and addresses.
                # (Only lines that link: under "## Links" in a chemistry note, "A peptide
                # bond links two amino acids" is a fact.)
                for at in ([_line(item) or line for item in block.children]
                           if block.type != "paragraph" else [line]):
                    self.skip(at, "link", "it is in a list of links under a heading of "
                              "links: where to read or watch, no fact to ask")
                continue
            if block.type == "heading":
                self.heading(block)
            elif block.type in ("paragraph", "html_block") and (
                    consumed := self.figures(block, following)):
                index += consumed - 1
            elif block.type == "paragraph" and following is not None and \
                    following.type in ("bullet_list", "ordered_list") and \
                    (parts := _sentences_over_a_title(block)) is not None:
                # "The net movement of particles from …" / "Factors affecting rate:" over a
                # list, typed as one paragraph: the sentences say what the heading is, the
                # last line titles the list. Read whole, neither made a card, and the list's
                # cards named no title. Each is read as the block it would be with a blank
                # line between them, the heading still right above the first.
                self.named_heading, self.named_result, self.heading_above = named, result, above
                self.box_above, self.asked_heading = box_above, asked
                head, title = parts
                start = block.map[0]
                self.blocks([*_syntax_tree(self.parse_at(head, start)).children,
                             *_syntax_tree(self.parse_at(title, start + head.count("\n") + 1))
                             .children, following])
                index += 1
            elif block.type == "paragraph":
                text = self.inline(_inline_child(block))
                if self.mode == "text" and _LEGEND_LEAD.fullmatch(text.plain.strip()) and \
                        following is not None and \
                        following.type in ("bullet_list", "ordered_list") and \
                        (tex := _display_tex(prior)) is not None and \
                        (legend := self.symbol_legend(following, tex)) is not None:
                    # `$$F = ma$$` / "where:" / "- $F$: the net force": the legend with its
                    # lead-in word between, read as the legend right under the formula is
                    # (a bare letter was asked of each item, the code re-read).
                    self.legend_fact(tex, legend, line)
                    index += 1
                    continue
                if _licence(text):
                    # (Before the readings of labels and years: "License: CC BY-SA 4.0" was
                    # a field, "© 2023 Jane Doe" a year to ask.)
                    self.skip(line, "licence", _LICENCE_SKIPPED)
                    continue
                if self.mode == "text" and (self.spaced_repetition_lines(block, line) or
                                            self.spaced_repetition_card(text, line)):
                    continue  # before a heading's first line is read as what it names
                if self.mode == "text" and following is not None and \
                        following.type == "paragraph" and _wholly_marked(text.text) and \
                        _EXAMPLE_LINE.fullmatch(unmark(text.text).strip()):
                    # "**Example**" over a paragraph: the paragraph is the example, no fact
                    # of its own ("Asked whether Gandhi died before or after age [140,
                    # people] then guess …" asked the example's data).
                    self.skip(line, "example", "an example illustrates a fact stated "
                              "elsewhere; state the fact it shows")
                    self.skip(_line(following) or line, "example", "the paragraph under "
                              "an \"Example\" line illustrates a fact; state the fact it shows")
                    index += 1
                    continue
                if _ADMONITION.match(text.plain):
                    opening = _inline_child(block).content.split("\n")[0].strip()
                    self.skip(line, f"admonition {opening}", "its body is not indented by four "
                              "spaces, so it could not be read")
                    if text.plain.startswith(":::") and not text.plain.endswith(":::"):
                        in_admonition = line
                    continue
                if prior is not None and prior.type == "math_block" and \
                        text.text.startswith("where ") and \
                        "**" not in (sentence_rest := _first_sentence(text.text))[0]:
                    # "where $U$ is a characteristic velocity …" under a display no card
                    # asks: it says what the formula's letters are, no fact of its own
                    # ("where δQ is the [heat added] …" asked a symbol's meaning from half
                    # a formula). A card asking the display takes it (formula_lead, where()).
                    # A phrase the author marked in it ("where $V$ is the *velocity of
                    # money*") is asked, as before.
                    sentence, rest = sentence_rest
                    self.skip(line, '"where …" line', "it says what the letters of the formula "
                              "above it stand for, and that formula makes no card")
                    if rest:
                        self.paragraph(_Inline(rest), line)
                    continue
                if prior is not None and prior.type == "math_block" and \
                        _STATEMENT_TEX.search(prior.content) and \
                        not _worked_step(prior.content.strip()) and \
                        (legend := _cjk_legend(text.text)):
                    # "其中 $a_k$ 为傅里叶系数，…" under the display: what each letter is,
                    # asked with the formula shown ("\[x(t) = …\] 其中 $a_k$ 为 […]"); the
                    # sentences after the legend are read on their own.
                    stop, spans = legend
                    self.legend(prior.content.strip(), text.text[:stop], spans, line)
                    if rest := text.text[stop:].strip():
                        self.paragraph(_Inline(rest), line)
                    continue
                if prior is not None and prior.type == "math_block" and \
                        _STATEMENT_TEX.search(prior.content) and \
                        not _worked_step(prior.content.strip()) and \
                        _CJK_LEGEND_OPENING.fullmatch(text.text.strip()) and \
                        (legend_items := self.legend_items(following)):
                    # "其中：" over a list of "$a_k$：傅里叶系数" under the display: the legend
                    # typed as a list, read as the sentence it stands for (the items were
                    # asked as labels, "[$a_k$] — 傅里叶系数": a bare symbol).
                    sentence = f"{text.text.strip()}{'；'.join(legend_items)}。"
                    if legend := _cjk_legend(sentence):
                        self.legend(prior.content.strip(), sentence, legend[1], line)
                        index += 1
                        continue
                if prior is not None and prior.type == "math_block" and \
                        _STATEMENT_TEX.search(prior.content) and \
                        _CJK_ABOVE_FORMULA.match(text.text) and cjk_name_given(text.text):
                    # "上式称为伯努利方程。" under the display: the name of the formula it
                    # points at, asked with that formula on the front.
                    with self.read_from(prior):
                        self.paragraph(_Inline(f"\\[{prior.content.strip()}\\] {text.text}"),
                                       line)
                    continue
                if following is not None and following.type == "math_block" and \
                        self.display_named_after(text, following, blocks[index + 1]
                                                 if index + 1 < len(blocks) else None):
                    self.sentence_over_formula = None
                    index += 2
                    continue
                if following is not None and following.type == "math_block":
                    self.sentence_over_formula = (text, box_above or above or "")
                if following is not None and following.type == "math_block" and (
                        joined := self.formula_lead(text, following, blocks[index + 1]
                                                    if index + 1 < len(blocks) else None)):
                    self.sentence_over_formula = None
                    index += joined
                    continue
                if (titled := _TITLED_FORMULA.fullmatch(text.text)) and (
                        following is None or following.type != "math_block") and \
                        self.titled_formula(titled["name"], titled["tex"].strip(), line):
                    # "Bayes' theorem" with its `$$…$$` typed straight under it
                    index += self.where(following)
                    continue
                if above and (alone := _FORMULA_ONLY.fullmatch(text.text)) and \
                        self.named_formula(alone["tex"].strip(), line, above, following,
                                           display=alone[0].lstrip().startswith("\\[")):
                    index += self.where(following)  # "## Mass–energy equivalence" / "$E = mc^2$"
                    continue
                lead_in = self.lead_in(text, following)
                if following is not None and following.type == "table" and (
                        caption := _caption(text.plain)) is not None:
                    lead_in = caption  # "Table: Passive vs active sensors" over the table
                if result and lead_in is None and self.states_result(result, text, line):
                    continue
                if named and lead_in is None and self.describes(
                        named, replace(text, text=unmark(text.text)) if _bold_meaning(
                            _inline_child(block).content, text, following) else text,
                        line, item=False):
                    continue
                if asked and lead_in is None and self.answers(asked, text, line):
                    continue
                content = _inline_child(block).content
                if lead_in is None and content.lstrip().startswith(("<mark", "==")) and \
                        _wholly_marked(text.text) and _labelled(text.plain):
                    # "<mark>Contrat : accord de volonté …</mark>": read as the line it marks.
                    # (A highlighter's: bold or italics over a whole line is the author's
                    # emphasis of a remark, "*Typed up from the recording — some bits …*".)
                    content, text = text.plain, replace(text, text=text.plain)
                if lead_in is not None:
                    index += 1
                    after = blocks[index] if index < len(blocks) else None
                    carried = self.carried_title(self.container(following, lead_in), after)
                elif (lead := _environment_lead(text.text)) and lead[0] == "proof" or \
                        not self.term_lines(content, line, text):
                    # ("Proof: Let $A$ be any set. …" is no term's line: paragraph skips it.)
                    self.meaning_of = above
                    self.paragraph(text, line)
                    self.meaning_of = None
            elif block.type in ("bullet_list", "ordered_list") and self.mode == "text" and \
                    (tex := _display_tex(prior)) is not None and \
                    (legend := self.symbol_legend(block, tex)) is not None:
                # "- $G$: the gravitational constant" under `$$F = G…$$`: what each letter
                # of the formula stands for, asked with the formula shown, one note a card
                # a letter. Read as labelled items, each card hid the bare symbol ("[...] —
                # the gravitational constant": notation trivia, gate32).
                self.legend_fact(tex, legend, line)
                continue
            elif block.type in ("bullet_list", "ordered_list", "table"):
                if following is not None and following.type == "math_block" and \
                        block.type != "table" and block.children:
                    # "- **Multiplication rule**: if $P(A) > 0$, then for any $B$" over
                    # `$$P(AB) = …$$` typed unindented: the item leads into the formula.
                    last = next((c for c in block.children[-1].children
                                 if c.type == "paragraph"), None)
                    if last is not None and _inline_child(last) is not None:
                        self.item_over_formula = _inline(_inline_child(last))
                self.describing = named
                if block.type == "table" and (caption := self.caption_of(following)) is not None:
                    # ": Passive vs active sensors {#tbl-sensors}" under the table names it.
                    carried, index = caption or carried, index + 1
                    following = blocks[index] if index < len(blocks) else None
                carried = self.carried_title(self.container(block, carried), following)
                self.describing = None  # a table under the heading took none of it
                continue
            elif block.type == "fence":
                typed = block.info.split()[0] if block.info.strip() else ""
                # A knitr or Quarto chunk's `{r, fig.width = 8}` names its language first.
                language = re.split(r"[\s,{}]+", block.info.strip().lstrip("{"))[0]
                if typed.casefold() in _MYST_FIGURES and self.myst_figure(block, line):
                    pass
                elif language.casefold() in _DIAGRAM_LANGUAGES:
                    self.skip(line, f"{language} diagram", "diagrams make no card")
                else:
                    self.skip(line, f"code block{' (' + language + ')' if language else ''}",
                              "code makes no card")
            elif block.type == "code_block":
                self.skip(line, "indented code block", "code makes no card")
            elif block.type == "math_block":
                if self.named_formula(block.content.strip(), line, above, following,
                                      over_formula) or over_item is not None and \
                        self.item_formula(over_item, block.content.strip(), line, following):
                    index += self.where(following)
                    continue
                if self.formula_side(block.content.strip(), line, display=True,
                                     following=following, over=over_formula):
                    index += self.where(following)
                    continue
                self.skip(line, "formula on its own", "a formula alone has nothing to ask; "
                          "write the sentence that says what it means")
            elif block.type == "admonition":
                self.admonition(block)
            elif block.type == "container_aside":
                self.container_aside(block)
            elif block.type == "blockquote":
                self.heading_above = above  # a quoted line right under a heading is still so
                # A quotation right under a name says what it is as a line would
                # ("### Hebbian learning" / `> "Neurons that fire together wire together."`);
                # not a callout, whose own title comes first.
                first = block.children[0] if block.children else None
                first_line = _inline_child(first).content.split("\n")[0] \
                    if first is not None and first.type == "paragraph" and \
                    _inline_child(first) is not None else ""
                if _CALLOUT.match(first_line) is None:
                    self.named_heading = named
                self.blockquote(block)
                self.heading_above = None
                self.named_heading = None
            elif block.type == "footnote_block":
                self.read_footnotes(block)
            elif block.type == "html_block":
                if (consumed := self.details(block, blocks, index, prior)) is not None:
                    index += consumed
                elif self.html_structure(block):
                    pass
                elif not block.content.lstrip().startswith("<!--"):  # a comment is no content
                    self.skip(line, "raw HTML", "HTML makes no card")
            elif block.type != "hr":
                self.skip(line, block.type.replace("_", " "), "not recognised")
        if in_admonition:
            self.warn(in_admonition, "", "the `:::` block opened here is never closed; "
                      "everything after it was skipped")

    def html_structure(self, block: SyntaxTreeNode) -> bool:
        """An HTML block of headings, paragraphs, lists, tables or quotes in a Markdown
        note (`<h3>Linear System Solutions</h3>`, `<ol><li>No solution, …</li>`), as a
        Hugo or Jekyll page's author types where Markdown falls short: read as the Markdown
        it stands for, by the web page reader's converter (readers/html.py), each block at
        its own line. Skipped as raw HTML, its heading and its items made no card. False,
        reading nothing, for any other HTML (a `<div>` of figures, a `<script>`)."""
        if not _HTML_STRUCTURE.match(block.content):
            return False
        from deck_builder.readers import html  # html imports this module
        markdown_lines = html.fragment_markdown(block.content, self.builder.images.path.parent)
        if not markdown_lines:
            return False
        start = block.map[0] if block.map else self.block_line - 1
        tokens = _PARSER.parse("\n".join(text for text, _ in markdown_lines))
        for token in tokens:
            if token.map:  # each block at the HTML line it came from
                token.map = [start + markdown_lines[min(at, len(markdown_lines) - 1)][1] - 1
                             for at in token.map]
        self.blocks(SyntaxTreeNode(tokens).children)
        return True

    def details(self, block: SyntaxTreeNode, blocks: list[SyntaxTreeNode], index: int,
                prior: SyntaxTreeNode | None) -> int | None:
        """A `<details>` block, GitHub's folded answer: "<summary>What hormone …?</summary>"
        over its answer asks the question, the answer's first paragraph hidden; so does a
        question typed right above "<summary>Answer</summary>". Another summary ("Click to
        expand") folds ordinary content, read as it is. A list right under the question (or
        under a line leading into it, "… filaments:") is its answer, the question its title.
        How many of the blocks after `block` (from blocks[index]) it took, up to its
        "</details>"; None for any other HTML."""
        line = _line(block) or self.block_line
        read = self.fold(block, blocks, index, prior, 0, line)
        if read is None:
            return None
        taken, ends_at = read
        # "<details><summary>Q1?</summary>A1.</details>" over "<details><summary>Q2?
        # </summary>A2.</details>", no blank line between, is one HTML block: the second
        # fold was lost. Each fold opened on the lines after one closed on the block's own
        # lines is read from where it opens (and may take blocks after this one, as any fold
        # does). A loop, its lines counted on from the last fold's: a page of a thousand
        # such folds is one block.
        at = 0
        while ends_at is not None and (opening := _DETAILS_OPEN.search(block.content, ends_at)):
            line += block.content.count("\n", at, opening.start())
            at = opening.start()
            if (read := self.fold(block, blocks, index, None, ends_at, line)) is None:
                self.skip(line, "raw HTML", "HTML makes no card")  # "<details>" and no summary
                break
            taken, ends_at = taken + read[0], read[1]
        return taken

    def fold(self, block: SyntaxTreeNode, blocks: list[SyntaxTreeNode], index: int,
             prior: SyntaxTreeNode | None, start: int, line: int) -> tuple[int, int | None] | None:
        """The fold opening at `start` in the text of `block` (on `line`), read as details()
        says: how many blocks after `block` it took, and where in the block's text it
        closed when it closed there (else None); None if no fold opens there."""
        text = block.content
        # (A block may open on the close of the fold before it: "A1\n</details>\n<details>
        # \n<summary>Q2?</summary>", no blank line between, is one HTML block.)
        begin = closes.end() if (closes := _CLOSES_FIRST.match(text, start)) else start
        if not _DETAILS.match(text, begin) or (opened := _SUMMARY.search(text, begin)) is None \
                or (shut := _SUMMARY_CLOSE.search(text, opened.end())) is None:
            return None
        summary = _inline_markdown(" ".join(text[opened.end():shut.start()].split()))
        closed = _DETAILS_CLOSE.search(text, shut.end())
        ends_at = closed.end() if closed else None  # another fold may open after it
        body: list[_Inline] = []
        if (typed := _inline_markdown(" ".join(text[shut.end():closed.start() if closed else None]
                                                .split()))).plain:
            body.append(typed)  # "<details><summary>Q?</summary>A</details>" on one line
        consumed, rest, answer_line = 0, [], line
        depth = 1  # a <details> folded inside this one closes before it does
        while closed is None and index + consumed < len(blocks):
            part = blocks[index + consumed]
            consumed += 1
            if part.type == "html_block":
                for tag in _DETAILS_TAG.finditer(part.content):
                    depth += -1 if tag.group(1) else 1
                    if depth == 0:
                        break
                if depth == 0:
                    closed, consumed = True, consumed - 1  # (its closing block, read below)
                    if _DETAILS_TAG.search(part.content, tag.end()):
                        # "</details>\n<details>\n<summary>Q2?</summary>": the block opens
                        # the next fold too, read after this one (the next block read).
                        closed = False
                    break
            if not body and not rest and part.type == "paragraph" and _inline_child(part):
                body.append(self.inline(_inline_child(part)))
                answer_line = _line(part) or line
            elif not body and not rest and part.type == "html_block" and \
                    (wrapped := _PARAGRAPH_TAGS.fullmatch(part.content.strip())):
                # "<p>Skeletal muscle.</p>": the answer typed as HTML, its text what GitHub
                # shows (it was skipped as raw HTML, the question told as unanswered).
                body.append(_inline_markdown(" ".join(wrapped["text"].split())))
                answer_line = _line(part) or line
            else:
                rest.append(part)
        question = summary if summary.plain.rstrip().endswith(("?", "？")) else None
        answer_fold = _ANSWER_SUMMARY.fullmatch(summary.plain) is not None
        proof_fold = _PROOF_SUMMARY.fullmatch(summary.plain) is not None
        if question is None and answer_fold and \
                prior is not None and prior.type == "paragraph" and _inline_child(prior) and \
                (asked := self.inline(_inline_child(prior))).plain.rstrip().endswith(("?", "？")):
            # "Which layer routes packets?" over "<summary>Answer</summary>": the question
            # was skipped when it was read (no answer under it); its answer is folded here.
            question, at = asked, _line(prior)
            # (Its skips are the last ones told: the paragraph was the block before this.
            # Popped from the end, not filtered: a page of 10,000 folded answers filtered
            # every skip for each of them.)
            while self.skipped and self.skipped[-1].line == at:
                self.skipped.pop()
            line = at
        if question is None and (proof_fold or answer_fold):
            # "<summary>Proof</summary>" folds a proof, whose steps argue for a result stated
            # on its own ("[Q.E.D.]" was asked from one); "<summary>Solution</summary>" under
            # no question folds an exercise's working. Neither states a fact to recall.
            if proof_fold:
                self.skip(line, "a proof", _PROOF_SKIPPED)
            else:
                self.skip(line, "a folded answer", "it answers no question the page asks; "
                          "write the question above it")
            return consumed + (closed is True), ends_at
        if question is None:
            # Folded content under a title: read as it is, the title no question; so is
            # text typed inside the HTML itself ("<summary>More</summary>The macula densa
            # …</details>"), which was dropped with no word from `check`.
            if typed.plain:
                self.paragraph(typed, line)
            self.blocks(blocks[index:index + consumed])
            return consumed + (closed is True), ends_at
        if rest and rest[0].type in ("bullet_list", "ordered_list") and (
                not body or len(body) == 1 and self.lead_in(body[0], rest[0]) is not None):
            # "What are the three types of muscle tissue?" over "- Skeletal / - Cardiac /
            # - Smooth": the list answers it, read as a list under a title is (one note, a
            # card per item hiding it among the rest), the question the title every card
            # shows. Read under no title, its cards never said what they asked. A line
            # leading into the list ("… two overlapping filaments:") says what the
            # question does: a title line, not the answer (it was asked, its list unshown).
            if body:
                self.title_line(answer_line)
            # (A title typed under its last item titles no list here: told, as over nothing.)
            self.carried_title(self.container(rest[0], question.plain), None)
            rest = rest[1:]
        else:
            self.question(question, body[0] if body else None, line,
                          also=(answer_line,) if answer_line != line else ())
        if rest:
            self.blocks(rest)
        return consumed + (closed is True), ends_at  # and the block closing it, if one did

    def formula_lead(self, text: _Inline, formula: SyntaxTreeNode,
                     after: SyntaxTreeNode | None) -> int:
        """A sentence leading into the displayed formula below it ("The Gibbs free energy
        change is given by:" over "$$\\Delta G = \\Delta H - T\\Delta S$$"), and the "where …"
        paragraph that says what its letters are, read as the one sentence they are: the
        formula hidden whole, the name and the letters on the front. Alone, the lead-in
        leads into what its card does not show and the formula has nothing to ask. The
        blocks read after the lead-in (1 or 2), or 0 when it states no quantity."""
        unfinished = not text.plain.endswith(":")
        if "**" in text.text and not unfinished:
            # A marked phrase is what its sentence asks (a mark elsewhere in an unfinished
            # lead's paragraph is _formula_led's to weigh, sentence by sentence); the formula
            # it leads into is shown with it. Read alone, the lead led into nothing on its
            # card, and a lead with no card of its own titled the next paragraph ("Il numero
            # di Reynolds è …: La [viscosità] del sangue …", the formula between them lost).
            with self.read_from(formula):
                self.paragraph(_Inline(f"{text.text} \\[{formula.content.strip()}\\]"),
                               self.block_line)
            return 1
        value = f"{text.text} \\[{formula.content.strip()}\\]"
        # The first display of a derivation or a chain (another display follows it with no
        # prose between, or it goes on from the lead with "= …") is a step: shown with its
        # lead, never asked ("The momentum balance … is \[…\]" over "\Rightarrow u(r) = …").
        step = after is not None and after.type == "math_block" or \
            _CONTINUED_TEX.match(formula.content) is not None
        asked = not unfinished or not step and (
            _formula_led(value) is not None or _formula_introduced(value) is not None)
        if not asked and (
                text.plain.endswith((".", "!", "?", ";", "…")) or _words(text.plain) < 4):
            # A finished sentence, or a title line ("Key equation") over the formula; a
            # title line that names it ("*Kirchhoff's current law*") asks it.
            if (after is None or after.type != "math_block") and self.titled_formula(
                    text.plain, formula.content.strip(), self.block_line, _line(formula)):
                return 1 + self.where(after)
            return 0
        where = None
        # A "where …" paragraph says the letters of a formula the card asks; beside one it
        # only shows, it is read on its own, as before.
        if asked and after is not None and after.type == "paragraph":
            where = self.inline(_inline_child(after)) if _inline_child(after) else None
            if where is not None and not where.text.startswith("where "):
                where = None
        if where is not None:
            value = f"{value} {where.text}"
        if not unfinished and _formula_stated(value) is None and \
                _formula_stated_cjk(value) is None:
            # "For a sample of $n$ values:" right under "## Sample variance": the heading
            # names the formula the lead leads into, shown with it (formula_under_heading).
            lead = self.sentence_over_formula
            with self.read_from(formula):
                return int(lead is not None and self.formula_under_heading(
                    formula.content.strip(), self.block_line, None, after, lead, True))
        self.formula_step = unfinished and step
        with self.read_from(formula, after if where is not None else None):
            self.paragraph(_Inline(value), self.block_line)
        self.formula_step = False
        return 2 if where is not None else 1

    def display_named_after(self, text: _Inline, formula: SyntaxTreeNode,
                            after: SyntaxTreeNode | None) -> bool:
        """A Chinese lead, its display and the law's name under it ("信号在时域中的能量等于
        它在频域中的能量，即" / "$$…$$" / "此即帕塞瓦尔定理。"), read as the one sentence they
        are: the name asked with what it states shown (zhmath21: the name alone, "此即[…]。",
        was too short to ask and the paragraph made no card). The rest of the paragraph
        under the display is read on its own. False, reading nothing, for any other shape."""
        if after is None or after.type != "paragraph" or _inline_child(after) is None or \
                "**" in text.text or not in_chinese(text.text) or \
                not _STATEMENT_TEX.search(formula.content) or \
                text.plain.rstrip().endswith(("。", "！", "？", ".")):
            return False
        below = self.inline(_inline_child(after))
        found = _NAMED_AFTER_DISPLAY_CJK.match(below.text)
        if found is None or (name := cjk_name_given(found.group())) is None:
            return False
        value = f"{text.text} \\[{formula.content.strip()}\\] {found.group().strip()}"
        at = value.rfind(name)  # the name is asked, not the display it names
        with self.read_from(formula, after):
            self.paragraph(_Inline(_marked(value, at, at + len(name))), self.block_line)
        if rest := below.text[found.end():].strip():
            self.paragraph(_Inline(rest), _line(after) or self.block_line)
        return True

    def legend_items(self, block: SyntaxTreeNode | None) -> list[str] | None:
        """The items of a list typed as a symbol legend ("- $a_k$：傅里叶系数", "- $\\omega_0$
        为基波角频率"), each as its text; None for any other block, or a list with an item of
        another shape (nested, or no symbol opening it)."""
        if block is None or block.type != "bullet_list":
            return None
        items = []
        for item in block.children:
            paragraphs = [c for c in item.children if c.type == "paragraph"]
            if len(paragraphs) != 1 or len(item.children) != 1 or \
                    _inline_child(paragraphs[0]) is None:
                return None
            said = _inline(_inline_child(paragraphs[0])).text.strip().rstrip("；;。，,")
            if not _CJK_LEGEND_CLAUSE.fullmatch(shield_math(said)):
                return None
            items.append(said)
        return items or None

    def symbol_legend(self, block: SyntaxTreeNode, tex: str) -> str | None:
        """A list typed as a formula's legend, every item "$G$: the gravitational constant"
        (or "—", "=", "is"), two items or more, as one text with each meaning marked:
        "\\(G\\): **the gravitational constant**; \\(r\\): **the distance …**". None for a
        list with an item of another shape (nested, no symbol opening it, a meaning that
        is a formula, a number, or longer than a short phrase)."""
        said = []
        for item in block.children:
            paragraphs = [c for c in item.children if c.type == "paragraph"]
            if len(paragraphs) != 1 or len(item.children) != 1 or \
                    _inline_child(paragraphs[0]) is None:
                return None
            text = self.inline(_inline_child(paragraphs[0])).text.strip().rstrip(";；,.。")
            found = _SYMBOL_LEGEND_ITEM.fullmatch(shield_math(text))
            if found is None:
                return None
            meaning = text[found.start("meaning"):found.end("meaning")].strip()
            symbol = text[:found.end("symbol")]
            if "**" in meaning or math_spans(meaning) or not re.search(r"[^\W\d]{2}", meaning) \
                    or len(meaning.split()) > MAX_LEGEND_WORDS or len(meaning) > 80:
                return None
            # "- $v$: 지구의 중력을 벗어나기 위한 물체의 탈출 속도" under "#### 물체의 탈출 속도
            # 구하기": the heading on the card's context line says what the formula gives
            # (gate32: junk), so that letter, its left side, is left out, and the others
            # are asked. ("- $R$: the ideal gas constant" under "## Ideal gas law" is
            # asked: R is no side of $pV = nRT$, the code re-read.)
            if not (_same_tex(symbol[2:-2], tex.split("=")[0]) and
                    _told_by_title(self.section().title, meaning)):
                said.append(f"{symbol}: **{meaning}**")
        # (A list of two whose left side is left out still asks the other letter with
        # the formula, not both bare: the second test audit.)
        return "; ".join(said) if len(block.children) >= 2 and said else None

    def legend(self, tex: str, sentence: str, spans: list[tuple[int, int]], line: int) -> None:
        """A fact of a display formula and the Chinese legend under it, each meaning in
        `spans` of `sentence` a gap of its own: one note, a card for each letter."""
        if not spans:
            self.skip(line, "legend", "each meaning it gives is told by another one beside "
                      "it (分子多项式, 分母多项式), so none is asked")
            return
        value, at = "", 0
        for start, end in spans:
            value += sentence[at:start] + f"**{sentence[start:end]}**"
            at = end
        value += sentence[at:]
        self.legend_fact(tex, value, line)

    def legend_fact(self, tex: str, legend: str, line: int) -> None:
        """A display formula and its legend, each meaning marked, as one fact: a card a
        letter, the formula on every front."""
        self.section().facts.append(Fact(Text(f"\\[{tex}\\] {legend}", line)))

    def where(self, following: SyntaxTreeNode | None) -> int:
        """The "where …" paragraph right under a display the card just made asks ("## Ideal
        gas law" / `$$pV = nRT$$` / "where $n$ is the amount of gas …"): its first sentence
        joins that card, which shows what the letters stand for, and its other sentences are
        read on their own. The blocks it read (0 or 1)."""
        if following is None or following.type != "paragraph" or \
                _inline_child(following) is None:
            return 0
        text = _inline(_inline_child(following))
        sentence, rest = _first_sentence(text.text)
        if not text.text.startswith("where ") or "**" in sentence:
            return 0  # a phrase the author marked in it is asked on its own card, as before
        self.note_inline(text)
        facts = self.section().facts
        card = facts[-1].text
        facts[-1] = Fact(Text(f"{card.value} {sentence}", card.line))
        if rest:
            self.paragraph(_Inline(rest), _line(following) or card.line)
        return 1

    def named_formula(self, tex: str, line: int, above: str | None = None,
                      following: SyntaxTreeNode | None = None,
                      over: tuple[_Inline, str] | None = None, display: bool = True) -> bool:
        """A display formula alone whose left-hand side names the quantity its heading names
        ("## Accuracy" over `$$\\text{Accuracy} = \\frac{TP + TN}{…}$$`, "## Load factor
        ($\\alpha$)" over `$$\\alpha = \\frac{N}{M}$$`): the heading says what the formula
        is of, so a card asks the formula whole from its name ("Formula for Accuracy: […]"). Not a
        formula with no such name (a worked step, an unnamed equation): "formula on its own".

        A formula typed straight under a heading that names it (`above`: "## Bayes' theorem"
        over `$$P(A \\mid B) = …$$`, or a line that is only `$E = mc^2$`) is asked whole
        from the heading ("Bayes' theorem: […]"); so is one under the one sentence typed
        straight under such a heading (`over`: "The variance measures spread around the
        mean."), that sentence on the front. Not the first of several displays (`following`
        is another: steps of a derivation, a chain), one going on from a display before it
        ("= …", "\\Rightarrow …"), nor under a heading naming the kind of text ("Formulas",
        "Worked example") or steps ("Deriving …")."""
        if self.mode != "text" or self.current is None:
            return False
        title = self.section().title
        name = _formula_name(tex)
        worked = _worked_step(tex)
        said = None if title == INTRODUCTION or name is None or worked else \
            _names_formula(title, name)
        body = _TEX_ENVIRONMENT.sub("", tex)  # "\\end{align}" is no word of the formula
        worded_side = re.search(r"[A-Za-z]{3,}", re.sub(r"\\[A-Za-z]+", " ",
                                                         body.partition("=")[2]))
        if said is None and name is not None and (not worked or worded_side) and \
                not _NUMBER_SIDE.search(body.rstrip(" \n\\.,")) and \
                not _DESCRIBED_YEAR.search(body):
            # "$$\\text{GNP} = \\text{GDP} + …$$", "$$Total\\ Revenue = Price \\times …$$":
            # a left side in words names its quantity itself, under any heading (the words
            # of a `\\text{}` right side are no worked step's layout; "= 0.4" is a value,
            # and a year, "\\text{2011 price of apples}", makes it an example's).
            said = _worded_name(name)
        if said is None:
            return self.formula_under_heading(tex, line, above, following, over, display)
        # "Formula for": a name alone beside the gap is too little to answer from.
        formula = f"\\[{tex}\\]" if display else f"\\({tex}\\)"
        self.section().facts.append(Fact(Text(f"Formula for {said}: **{formula}**", line)))
        return True

    def formula_side(self, text: str, line: int, display: bool = False,
                     following: SyntaxTreeNode | None = None,
                     over: tuple[_Inline, str] | None = None) -> bool:
        """A formula alone on its line, a list item or a display that is one identity under a
        heading that says what it is of ("## Integrale indefinito" over "- $\\int kf(x)\\,dx
        = k\\int f(x)\\,dx$", "### Newsvendor" over "$G(Q^*) = \\dfrac{c_s}{c_o + c_s}$"):
        its card asks what the left side equals, "\\(G(Q^*)\\) = […]", the heading path
        above it. Whole, it was "a formula on its own" and made no card, though a learner
        recalls a formula by its left side. Not under a heading of worked examples or none,
        nor a formula _formula_sides reads as no identity. `text`: model text, or a display's
        TeX with `display`."""
        title = self.section().title if self.current is not None else ""
        if self.mode != "text" or self.current is None or title in ("", INTRODUCTION) \
                or is_generic_heading(title) or names_worked_example(title) \
                or _WORKING_HEADING.search(title) or _NUMBERED_LABEL.fullmatch(title.strip()):
            return False
        if display:
            if following is not None and following.type == "math_block" and \
                    _CONTINUED_TEX.match(following.content) or \
                    following is not None and following.type == "paragraph" and \
                    _inline_child(following) is not None and \
                    _GOES_ON.match(_inline_child(following).content):
                return False  # the first step of a derivation, or a sentence's middle
            lead = over[0].plain.strip() if over is not None else ""
            if _DERIVATION_LEAD.search(lead):
                # "We derive it by completing the square." over three displays: each is a
                # step of the derivation, to the end of the section (the re-read's finding).
                self.current.deriving = True
            if self.current.deriving:
                return False
            if _STEP_LEAD.match(lead) or lead and (
                    lead.split()[0].casefold().strip(",") in _DERIVING
                    or re.search(r"\b(?:gives?|get|obtain|yields?|becomes?|find|have)\W*$",
                                 lead, re.I)):
                # "Step 1: take logs of both sides.", "This gives", "So we get": a step
                # of a derivation over the display it works out.
                return False
            tex = text
        else:
            alone = _FORMULA_ONLY.fullmatch(text.rstrip(" .;。"))
            if alone is None:
                return False  # (a comma after it: a sentence goes on below, "hence …")
            tex = alone["tex"]
        sides = _formula_sides(tex)
        if sides is None:
            return False
        left, right, tail, sign = sides
        if left in self.current.sides_asked:
            # "\\hat{y}_t = …" a second time in one section: a derivation working the same
            # quantity out another way, whose steps would ask one front twice.
            return False
        self.current.sides_asked.add(left)
        shown = f" \\({tail}\\)" if tail else ""
        self.section().facts.append(Fact(Text(f"\\({left}\\) {sign} **\\({right}\\)**{shown}",
                                              line)))
        return True

    def formula_side_after_lead(self, value: str) -> str | None:
        """One sentence ending in an identity, its lead naming it or leading into it ("自相关
        函数 $R_X(t,s)=\\mathrm{E}[…]$ .", "Se $f$ è invertibile, vale $(f^{-1})'(y) =
        \\frac{1}{f'(x)}$", "With a dielectric the capacitance becomes $C = k_e\\varepsilon_0
        S/d$."): where the sentence as written makes no card, asked as formula_side asks a
        formula alone, the lead on the front, "自相关函数 \\(R_X(t,s)\\) = […]" (the fact's
        `otherwise`). A name in Chinese has no verb, and "vale", "becomes" lead into no
        name, so no other reading took these; where one does ("GDP 由[消费]、投资…组成，即
        $Y = C + I + G + NX$"), its cards stay. Not a lead that works a step out ("So",
        "则", "quindi", "两边取拉氏变换，得", a participle's clause: "Applying the chain rule,",
        "Following the usual practice, we can write … as"), gives an example ("For example",
        "例如"), points at one or back ("In this case", "在本例中", "由前一頁可知"), names no
        quantity ("The simple form is", form17's judgement), or is over thirty words;
        not a paragraph of several sentences, marked text, or a formula in its lead's middle
        that says more ("when $x=0$, … $x = I/p_x$")."""
        if self.mode != "text" or self.current is None or "**" in value:
            return None
        value = value.rstrip()
        found = _TRAILING_FORMULA.search(value)
        if found is None:
            return None
        lead = value[:found.start()].rstrip()
        plain_lead = unmark(lead)
        words = plain_lead.split()
        if not words or len(words) > 30 or _SENTENCE_BREAK.search(plain_lead) or \
                re.search(r"[。；;！？!?]", plain_lead) or "=" in plain_lead or \
                _DERIVED_LEAD.match(plain_lead) or _STEP_GOT.search(plain_lead) or \
                _EXAMPLE_IN_LEAD.search(plain_lead) or _WORKED_IN_LEAD.search(plain_lead) or \
                re.match(r"\s*[A-Za-z]+ing\b[^,]*,", plain_lead) or \
                re.search(rf"\b(?:{'|'.join(_NO_QUANTITY)})\s+(?:is|are|was|reads)\W*$",
                          plain_lead, re.I) or \
                not (len(words) >= 2 or len(HAN_CHAR.findall(plain_lead)) >= 2):
            return None
        sides = _formula_sides(found["tex"].strip())
        if sides is None:
            return None
        left, right, tail, sign = sides
        if re.search(r"\\(?:blacksquare|square|qed|Box)\b", tail):
            return None  # "… it must be that $d_{vc} = d + 1 \\quad \\blacksquare$": a proof's end
        if "".join(right.split()) in "".join(lead.split()):
            return None  # "… show that $d_{vc} \\leq d+1$ …, only possible if $d_{vc} = d+1$"
        shown = f" \\({tail}\\)" if tail else ""
        return f"{lead} \\({left}\\) {sign} **\\({right}\\)**{shown}{found['end'].rstrip()}"

    def item_formula(self, item: _Inline, tex: str, line: int,
                     following: SyntaxTreeNode | None) -> bool:
        """A list's last item that leads into the display typed unindented below it, as a
        lead left unfinished does ("- **全概率公式**：… 则对任意事件 $B$ 都有" over
        `$$P(B) = …$$`; "- **Product rule**: if … then"): the item on the front, its marks
        shown, the formula hidden whole. Read alone, the item led into nothing."""
        plain = item.plain.rstrip()
        words = re.findall(r"\\\(\ue000+\\\)|[\w'’]+|[,=]", shield_math(plain))
        last = words[-1].casefold() if words else ""
        if self.mode != "text" or self.current is None or len(words) < 3 \
                or following is not None and following.type == "math_block" \
                or not (last in _LEAD_WORDS | _LEAD_VERBS | {",", "="}
                        or plain.endswith((":", "：", ","))
                        or _CJK_LEAD.search(last)) \
                or not _one_statement(tex):
            return False
        self.section().facts.append(Fact(Text(f"{unmark(item.text)} **\\[{tex}\\]**", line)))
        return True

    def titled_formula(self, name: str, tex: str, line: int,
                       display_line: int | None = None) -> bool:
        """A title line typed over a display formula, as a heading would be ("Bayes'
        theorem" or "Electrical power:" with its `$$…$$` straight under it, "*Kirchhoff's
        current law*" over it): the formula asked whole from the name, "Bayes' theorem:
        […]". Not a lead into steps ("We get", "Substituting, …", "This gives"), a line
        ending in a word that leads on ("… is given by"), a name marked bold (the author
        asks the name: the formula shows, as before), nor a name of a kind of text ("Key
        equation", "Example")."""
        if self.mode != "text" or self.current is None or "**" in name:
            return False
        name = name.strip().strip("*_").strip().removesuffix(":").removesuffix("：").strip()
        name = name.strip("*_").strip()
        if not (_cjk_formula_name(name) or _latin_formula_name(name)) or \
                not _one_statement(tex, expression=True) or _DESCRIBED_YEAR.search(tex):
            return False
        # (The display's own line, where it is typed apart from its title, is the note's
        # too: "与扰动方程" over `$$…$$` made a card that said nothing of the display's line.)
        self.section().facts.append(Fact(Text(f"{name}: **\\[{tex}\\]**", line), lines=(
            (display_line,) if display_line and display_line != line else ())))
        return True

    def formula_under_heading(self, tex: str, line: int, above: str | None,
                              following: SyntaxTreeNode | None,
                              over: tuple[_Inline, str] | None, display: bool) -> bool:
        """named_formula's reading of a formula its heading names (its docstring says when)."""
        title = self.section().title
        if following is not None and following.type == "math_block" \
                or _DESCRIBED_YEAR.search(tex):
            return False
        if above is not None and above == title and _naming_heading(title) \
                and _one_statement(tex, expression=True):
            # "Formula for": a name of one word beside the gap is too little to answer from
            # ("Momentum: […]"); "Bayes' theorem: […]" says what it asks.
            name = HEADING_NUMBERING.sub("", title)  # "2.3 Bayes' theorem"
            front = f"{name}:" if len(name.split()) > 1 else f"Formula for {name}:"
            if in_chinese(name):
                # "## 一、牛顿第二定律" gave "Formula for 一、牛顿第二定律:": a Chinese front,
                # the numbering gone; a short name says whose formula ("动量的公式：").
                name = _CJK_HEADING_NUMBERING.sub("", name)
                front = f"{name}：" if len(HAN_CHAR.findall(name)) >= 4 else f"{name}的公式："
            if name.endswith(("?", "？")):
                front = name  # "What is the geometric series?" asks it
            # The author's own delimiters: `$E = mc^2$` alone on its line stays inline.
            formula = f"\\[{tex}\\]" if display else f"\\({tex}\\)"
            self.section().facts.append(Fact(Text(f"{front} **{formula}**", line)))
            return True
        if over is None or not _naming_heading(title) or not _one_statement(tex):
            return False
        sentence = over[0]
        if over[1] != title and not _shares_heading_word(sentence.plain, title):
            # Further down its section, a sentence names the formula only by a word of
            # the heading ("## Kinetic energy" … "Kinetic energy grows with the square of
            # the speed."); "We can check this numerically." names nothing.
            return False
        words = re.findall(r"[\w'’]+", sentence.plain)
        # "For a sample of $n$ values:" right under "## Sample variance" leads into the
        # formula the heading names, which the card's context line shows.
        colon = sentence.plain.endswith(":") and over[1] == title
        if "**" in sentence.text or not (sentence.plain.endswith(".") or colon) \
                or _SENTENCE_END_AFTER.search(sentence.plain[:-1]) or not 3 <= len(words) <= 30 \
                or words[0].casefold() in _NOT_TERMS | _DERIVING | (
                    _POINTING_WORDS if colon else _POINTING_OPENERS) \
                or words[0].casefold().endswith("ing"):
            return False  # a colon's lead may open on a connective: "For a sample of …:"
        # The sentence names what the formula is of (a colon's lead, with the heading the
        # context line shows); its own card is read as before. After a finished sentence the
        # gap is cued as a formula: "Supply is the quantity … at each price. […]" did not say
        # what was asked (a blind review of session 20: junk).
        # (English words only: Italian prose under "## Varianza campionaria" keeps its own.)
        english = _ENGLISH_WORD.search(sentence.plain) and not reads_as_german(sentence.plain)
        cue = " As a formula:" if english and not colon else ""
        self.section().facts.append(Fact(Text(f"{sentence.text}{cue} **\\[{tex}\\]**",
                                              line)))
        return True

    def carried_title(self, left: tuple[str, int] | None,
                      following: SyntaxTreeNode | None) -> str | None:
        """"Uses of glucose:" typed under a list's last item titles the list right after
        it; with no list there it is a title line over nothing."""
        if left is None:
            return None
        if following is not None and following.type in ("bullet_list", "ordered_list", "table"):
            return left[0]
        self.title_line(left[1])
        return None

    def inline(self, node: SyntaxTreeNode | None) -> _Inline:
        """Inline text; its `#tags` become the article's tags, and the names its wiki links
        show are names of the article ("It uses [[ATP]] and [[NADPH]] …": a vault links
        its terms to their own notes), which a sentence naming them may hide."""
        return self.note_inline(_inline(node))

    def note_inline(self, text: _Inline) -> _Inline:
        """What inline() keeps of `text` besides the text: its tags and its links' names."""
        self.linked.extend(name for link in text.links
                          if (name := _LEADING_ARTICLE.sub("", link.strip()))
                          and _words(name) <= 4 and _is_term(name) and name[:1].isalpha()
                          and not _NOT_NAME.search(name) and weak_answer(name) is None)
        tags = front_matter.anki_tags(text.tags)
        if tags and self.stack:  # under a heading: that section's notes (and its callouts')
            self.section_tag_list(self.stack[-1][2]).extend(tags)
        else:  # before any heading: the whole article's
            self.tags += tags
        return text

    def section_tag_list(self, section_id: str) -> list[str]:
        return self.section_tags.setdefault(section_id, [])

    # -- callouts, admonitions and quotes: content with their title as context --------------
    def admonition(self, block: SyntaxTreeNode) -> None:
        kind = (block.info.split() or ["note"])[0].casefold()
        title_node = next((c for c in block.children if c.type == "admonition_title"), None)
        title = _inline(_inline_child(title_node)).plain if title_node else ""
        body = [c for c in block.children if c.type != "admonition_title"]
        self.aside(kind, title, body, _line(block))

    def container_aside(self, block: SyntaxTreeNode) -> None:
        """`:::tip Title` … `:::`: read as a MkDocs admonition is, the title as context."""
        children = list(block.children)
        div = _PANDOC_DIV.match(block.info.strip())
        if div:
            classes = [c.casefold() for c in _DIV_CLASS.findall(div["attributes"])]
            boxes = [c.removeprefix("callout-") for c in classes
                     if c.startswith("callout-") or c in _DIV_BOXES]
            if not boxes and (quarto := _QUARTO_THEOREM_ID.search(div["attributes"])):
                boxes = [_QUARTO_THEOREM_KINDS[quarto["prefix"]]]
            if not boxes:
                # A layout div: its body is the surrounding content's.
                self.blocks(children)
                return
            kind = boxes[0]
            named = _DIV_TITLE.search(div["attributes"])
            title = _inline_title(next((t for t in named.groups() if t), "") if named else "")
            if not title and children and children[0].type == "heading":
                # Quarto takes a callout's first heading as its title.
                title = _inline(_inline_child(children[0])).plain
                children = children[1:]
        else:
            info = _CONTAINER_INFO.match(block.info.strip())
            kind = info["kind"].casefold()
            title = _inline_title((info["bracketed"] or info["title"] or "").strip().strip('"'))
        if kind == "admonition":  # MyST's generic `:::{admonition} Title`
            kind = "note"
        closing = block.nester_tokens.closing
        if not closing.markup:
            # An unclosed block runs to the end of the file: its title would head every
            # card after it, so it is read, but the author hears of it.
            self.warn(_line(block), "", f"the {self.typed_opening(_line(block))} block "
                      "opened here is never closed; everything after it is read under its title")
        self.aside(kind, title, children, _line(block))

    def typed_opening(self, line: int) -> str:
        """The opening of a box as the author typed it on `line`: "```{note}" for a MyST
        fence, else "`:::`"."""
        typed = self.typed_lines[line - 1] if 0 < line <= len(self.typed_lines) else ""
        fence = _MYST_FENCE.match(typed[_QUOTE_MARKS.match(typed).end():])
        directive = _DIRECTIVE.match(fence["info"]) if fence else None
        if directive is None:
            return "`:::`"
        return f"{fence['fence']}{{{fence['info'].strip().split('}')[0].lstrip('{')}}}"

    def blockquote(self, block: SyntaxTreeNode) -> None:
        first = block.children[0] if block.children else None
        inline = _inline_child(first) if first is not None and first.type == "paragraph" else None
        opening = inline.content.split("\n")[0] if inline is not None else ""
        callout = _CALLOUT.match(opening)
        if callout is None:
            # A quotation is content: a quoted definition is often the key sentence.
            self.blocks(list(block.children))
            return
        title = _inline_title(callout["title"])
        rest = inline.content.split("\n", 1)[1] if "\n" in inline.content else ""
        body = list(block.children[1:])
        if rest.strip():
            # The first paragraph's other lines, parsed where they stand in the file.
            body = list(SyntaxTreeNode(self.parse_at(rest, _line(first))).children) + body
        if not body and _words(title) >= 6 and \
                callout["kind"].casefold() not in _QUESTION_CALLOUTS:
            # "> [!info] Organelles are structures within the cytoplasm …" and nothing below:
            # a one-line callout whose title is the sentence it boxes.
            self.paragraph(self.inline(
                SyntaxTreeNode(_PARSER.parseInline(callout["title"])).children[0]), _line(block))
            return
        self.aside(callout["kind"].casefold(), title, body, _line(block))

    def aside(self, kind: str, title: str, body: list[SyntaxTreeNode], line: int) -> None:
        """A callout's body read like any other content, its title as the cards' context;
        a definition callout titled with a term defines that term."""
        if kind in _DEFINITION_CALLOUTS and title:
            title = _defined_term(title)  # "Definition of Hukm (Usuli)" defines "Hukm (Usuli)"
        if kind in _PROOF_BOXES:
            # `::: {.proof}`, "```{prf:proof}": "Let $U_n$ be dense open sets. We build …"
            self.skip(line, "a proof", _PROOF_SKIPPED)
            return
        if kind in _QUESTION_CALLOUTS:
            # `> [!question]- Why do muscle cells have many mitochondria?` over its answer,
            # folded to test oneself: the question asked, the answer's first sentence hidden,
            # as under a question heading (answers). A body that is no answer (more
            # questions, a list, "see the chat") makes no card.
            if title.rstrip().endswith(("?", "？")) and len(body) == 1 and \
                    body[0].type == "paragraph" and self.answers(
                        title.strip(), self.inline(_inline_child(body[0])),
                        _line(body[0]) or line):
                return
            marked = _inline(_inline_child(body[0])).text \
                if body and body[0].type == "paragraph" else ""
            if "**" in marked and title.rstrip().endswith(("?", "？")) and \
                    _question_says_answer(title, marked):
                self.skip(line, f"{kind} callout", "the question says a word of the answer "
                          "marked under it, so its card could not show the question")
                return
            if "**" in marked and title.rstrip().endswith(("?", "？")) or (
                    title and len(body) == 1 and body[0].type in ("bullet_list", "ordered_list")):
                # `??? question "Qu'est-ce qu'une métropole ?"` over "Une **grande ville**
                # qui exerce une influence …": the author marked the answer's key words, so
                # the body is read as any marked text is, the question as its context. A
                # list alone under "Cite les 3 grands foyers de peuplement mondiaux." is
                # the answer's items, read as a list under its title is.
                with self.titled(title):
                    self.blocks(body)
                return
            self.skip(line, f"{kind} callout", "a question with no marked answer makes no card")
            return
        if (kind in _DEFINITION_CALLOUTS and not title or _DEFINITION_TITLE.fullmatch(
                title)) and body and body[0].type == "paragraph" and self.defines_heading(
                    self.inline(_inline_child(body[0])), _line(body[0]) or line):
            # `> [!definition]` or `!!! info "Définition"` under "### Coastline" or "### Qu'est-ce
            # qu'un littoral ?", over "Zone de contact entre la terre et la mer": the box
            # names no term of its own, and the heading is the term it defines (read as
            # "**Definition**: …" is). It made no card at all (held-out-4).
            body = body[1:]
            if not body:
                return
        first = _inline(_inline_child(body[0])) if body and body[0].type == "paragraph" else None
        opening = first.plain if first else ""
        # `!!! note "Entropy"` over "Entropy (S) is …" defines its title as well.
        defines = bool(title) and (kind in _DEFINITION_CALLOUTS or bool(
            re.match(rf"(?:(?:a|an|the)\s+)?{re.escape(title)}\b", opening, re.I)))
        # A definition callout's title is the term it defines: not a context for its card.
        # Its first sentence, when a later one names the title ("Channel proteins that let
        # water through. ADH causes vesicles containing aquaporins to …" under "Aquaporins").
        said, rest = (_SENTENCE_BREAK.split(first.text, maxsplit=1) + [""])[:2] if first \
            else ("", "")
        # `> [!definition] Chlorophyll` over "The green pigment in chloroplasts …": a body
        # that never names its term (checked below) is read as the term's labelled item too.
        # `!!! info "Néolithique (vers -10 000)"`: the name is the title before its date.
        title, dated = _undated(title) if not defines else (title, "")
        # A tutorial's step ("③ キーをコピーして使ってみよう", "第三步") is the context of what
        # it says, never a term its body defines ("[...] — 「キー」の部分に…" asked the step's
        # title, blind sample 3101: junk); so is a content tab's title ("Windows" over
        # "Download the official installer …": a platform, a language, a step). Hugo's
        # `{{< tab "Second Estate" >}}` names the thing its body is about, and is asked.
        if ((not defines or kind in _DEFINITION_CALLOUTS) and title and kind != "tabbed"
                and not _STEP_TITLE.match(title) and _is_term(title)
                and _slug(title) not in _GENERIC_HEADINGS and not _kind_of_note(title)
                and _slug(title) not in _GENERIC_CALLOUTS and not _NOT_NAME.search(title)
                and first and "**" not in first.text and not self.definition_match(opening)
                and not term_pattern(title).search(unmark(said)) and _words(said) >= 3
                # "Strength" over a point of an evaluation is no name; "Word length effect"
                # over "People remember lists of short words …" half-answers its own card.
                and _slug(title) not in _EVALUATION_TITLES
                and not _says_part_of(title, unmark(said))
                # "Third Estate" over "Everyone else: about 98% …": the body means the
                # rest of a group its card would not name (quality.names_no_one).
                and not names_no_one(unmark(said))
                # "Hooke's law" over "The restoring force … is proportional to its
                # extension:" and its `$$F = -kx$$`: the title names the formula the lead
                # leads into, read below as under a heading (formula_under_heading).
                and not (first.plain.rstrip().endswith((":", "：")) and len(body) > 1
                         and body[1].type == "math_block")):
            # `!!! note "Zombie"` over "A process terminated, but …": the title is the
            # term and the body says what it is — a labelled item hiding the title.
            # "… are separate phonemes" under "Phoneme": a later sentence naming the term
            # in another form names it too, and is read as prose, not as the term's clue.
            whole = not (term_pattern(title).search(opening)
                         or (rest and label_in_text(title, unmark(rest))))
            # Its date stays on the card, after what the name is: "[Néolithique] — Passage
            # de la prédation à la production … (vers -10 000)".
            said = f"{(first.text if whole else said).rstrip()}{dated}"
            self.labelled_list(self.section().title, [(title, said, _line(body[0]) or line)],
                               line)
            if not whole:
                self.paragraph(_Inline(rest), _line(body[0]) or line)
            body = body[1:]
            if not body:
                return
        with self.titled(None if defines else f"{title}{dated}"):
            if defines and body and body[0].type == "paragraph":
                text = self.inline(_inline_child(body[0]))
                if term_pattern(title).search(text.plain) and self.define(
                        title, text, _line(body[0]) or line):
                    body = body[1:]
            # "```{admonition} Newton's second law" over "… will change according to:" and
            # its `$$…$$`: the box's title names the formula its lead leads into (the lead
            # alone "leads into what its card does not show", the formula was "on its own").
            self.box_above = None if defines else self.section().title or None
            self.blocks(body)
            self.box_above = None

    def read_footnotes(self, block: SyntaxTreeNode) -> None:
        """Each footnote's text: a reference makes its markers citations, a remark is cut."""
        for note in block.children:
            paragraphs = [c for c in note.children if c.type == "paragraph"]
            text = " ".join(_inline(_inline_child(p)).plain for p in paragraphs).strip()
            line = _line(paragraphs[0]) if paragraphs else self.block_line
            self.footnotes.append(Footnote(note.meta.get("label", ""), Text(text, line)))

    def section(self) -> _SectionDraft:
        """The section text goes into: before any heading, the article's introduction."""
        if self.current is None:
            # Not on the heading stack: the introduction is no parent of what follows.
            self.current = self.new_section(INTRODUCTION, 0, self.block_line)
            self.stack.pop()
            self.introduction = self.current
        return self.current

    def article_set(self, first_line: int) -> str | None:
        """The article's title, as the title of a list typed straight under it with no
        heading or lead-in of its own ("# Causes of the First World War" over "- Militarism",
        "- Alliances", …): the title says what set the items are of, as a heading would.
        None elsewhere: for a list after other text (a "TL;DR" line under "# Heart Failure"
        says the title is a topic, not a set), in an article with no `#` title (one named
        after its file), or under a generic one. `first_line`: the list's first item's."""
        if self.current is None or self.current is not self.introduction or \
                self.title_block is None or is_generic_heading(self.article_title) or \
                len(self.article_title.split()) > 8 or self.article_title.endswith("?"):
            return None
        between = self.lines[_line(self.title_block):first_line - 1]
        return None if any(line.strip() for line in between) else self.article_title

    def new_section(self, title: str, level: int, line: int) -> _SectionDraft:
        while self.stack and self.stack[-1][0] >= level:
            self.stack.pop()
        own = _slug(title) or "section"
        parent_topic = self.stack[-1][1] if self.stack else ""
        parent_id = self.stack[-1][2] if self.stack else ""
        topic = self.topic_for(title, f"{parent_topic}::{own}" if parent_topic else own)
        # Two "Examples" headings under different parents are two sections.
        section_id = own
        if section_id in self.section_ids and parent_id:
            section_id = f"{parent_id}-{own}"
        section_id = self.section_ids.claim(section_id)
        self.stack.append((level, topic, section_id))
        draft = _SectionDraft(title, section_id, topic_slug(topic), line, heading=section_id)
        self.sections.append(draft)
        self.heading_titles[section_id] = title
        return draft

    def heading_plain(self, block: SyntaxTreeNode) -> str:
        """_inline(…).plain of the heading's text, as collect_concepts read it: 40,000
        headings were read three times. One with an image, or inside a callout, is read
        again (which adds its image once more, as before)."""
        inline = _inline_child(block)
        plain = self.heading_plains.get(id(block))
        if plain is None:
            plain = _inline(inline).plain
        elif inline is not None:
            _image_line(inline)  # the line _inline tells the image reader it is on
        # "## Residuals[^1]": a heading is context on every card under it, no fact a
        # footnote's text could go on the back of; its marker showed as typed (issue 14).
        return _FOOTNOTE_MARKER.sub("", plain) if "[^" in plain else plain

    def heading(self, block: SyntaxTreeNode) -> None:
        title = self.bounded(self.heading_plain(block), _line(block))
        level = _level(block)
        kind = _slug(title)
        self.mode = ("references" if kind in _REFERENCE_HEADINGS
                     else "glossary" if kind in _GLOSSARY_HEADINGS else "text")
        self.links_section = kind in _LINK_HEADINGS
        self.current = self.new_section(title, level, _line(block))
        self.heading_footnotes(block)
        if shows_nothing(title):
            # "## {#sec-orbits}", "## <br>", "## {{< fa satellite >}}": a heading that shows
            # no words titles nothing, and its section's cards showed an empty context line
            # ("› Advantages" over a table's "which" card, issue 15). They show the heading
            # above it, else the article's title; the section keeps its own id and topic.
            # It names nothing its text could describe: the reading below goes by "".
            self.current.title = self.heading_titles[self.current.id] = next(
                (shown for lvl, _, at in reversed(self.stack[:-1]) if lvl < level
                 and not shows_nothing(shown := self.heading_titles.get(at, ""))),
                self.article_title)
        self.heading_above = title
        name = strip_emoji(_NUMBERING_ONLY.sub("", title))
        # "## The hierarchy": an article before lowercase words points at a part of the
        # topic ("At the top of [the hierarchy] …" asks nothing); "## The Calvin Cycle" names.
        pointing = bool(_LEADING_ARTICLE.match(name)) and name.split(None, 1)[-1].islower()
        if self.mode == "text" and _words(name) <= 8 and _names_a_result(name):
            self.named_result = _TITLE_TAG.sub("", name).strip()  # (states_result)
        if self.mode == "text" and _words(name) <= 3 and _slug(name) not in _GENERIC_HEADINGS \
                and _slug(name) not in _PARTS_OF_A_TOPIC \
                and not _NOT_NAME.search(name) and not pointing:
            self.terms.append(name)  # "Osmosis", "Actus reus": a name a fact may hide
            self.heading_names(_TITLE_TAG.sub("", name))
        elif self.mode == "text" and name.endswith(("?", "？")):
            self.asked_heading = name
            term = asked_term(name)
            if term and _words(term) <= 4 and _is_term(term) and not _NOT_ONE_NAME.search(term):
                # "### What is a cognition?" over "- The beliefs … that matter to us": the
                # name it asks about is what the item says (describes). Not a term for
                # every fact of the article: "accept the [cognition] and assimilate" asks
                # the article's topic, not a fact.
                self.heading_names(term)

    def heading_footnotes(self, block: SyntaxTreeNode) -> None:
        """The footnote markers of the heading just read ("## Residuals[^1]"), with those of
        the headings above it: the cards under it carry them (mark_heading_footnotes)."""
        inline = _inline_child(block)
        own = tuple(_FOOTNOTE_MARKER.findall(inline.content)) if inline is not None and \
            "[^" in inline.content else ()
        above = self.heading_markers.get(self.stack[-2][2], ()) if len(self.stack) > 1 else ()
        if own or above:
            self.heading_markers[self.current.id] = (*above, *own)

    def mark_heading_footnotes(self) -> None:
        """A heading's footnote on the back of every card under the heading, as a sentence's
        is on its card's: each text under it ends in the heading's marker. Cut from the
        heading (heading_plain), its text was lost. Only a footnote with text: a marker
        with none was cut before, and is not made a problem of each card now."""
        defined = {f"[^{note.label}]" for note in self.footnotes}
        for draft in self.sections:
            markers = "".join(m for m in self.heading_markers.get(draft.heading, ())
                              if m in defined)
            if not markers:
                continue

            def marked(text: Text, markers: str = markers) -> Text:
                return replace(text, value=text.value + markers)

            draft.facts = [replace(f, text=marked(f.text)) for f in draft.facts]
            draft.definitions = [replace(d, text=marked(d.text)) for d in draft.definitions]
            draft.lists = [replace(lst, items=tuple(replace(i, text=marked(i.text))
                                                    for i in lst.items))
                           for lst in draft.lists]

    def states_result(self, name: str, text: _Inline, line: int) -> bool:
        """The paragraph right under a heading that names a result ("### Le Chatelier's
        principle" / "When a system at equilibrium is disturbed, the equilibrium shifts to
        counteract the change.") states it. Read as any paragraph; where that asks nothing,
        the name is asked from the statement instead, "[…] — When a system …", as a learner
        asks "which principle says this?" (a gap the statement has of its own, "The net
        force on a body equals its [mass times its acceleration]", says more than the
        name). False, reading nothing, for a marked paragraph (its marks are the gaps), a
        statement naming the result (it gives the answer away) or pointing back, a set-up
        ("Let $f$ …"), a line leading into a display, a question, an order, or a paragraph
        of more than two sentences (prose about the result) or a long one."""
        plain = " ".join(text.plain.split())
        sentences = _SENTENCE_BREAK.split(plain)
        if ("**" in text.text or text.images or text.navigation or _words(plain) < 6
                or _words(plain) > MAX_RESULT_WORDS or len(sentences) > 2
                or plain.endswith((":", "?", "：", "？")) or is_order(plain)
                or _INVITATION.search(plain) or _PROMPT.search(plain)
                or _labelled(text.text) or points_back(plain) or _opens_a_set_up(plain)
                or plain.split()[0].casefold() in ("we", "here", "proof",
                                                   "proof.", "beweis", "dimostrazione",
                                                   "notice", "note", "observe", "experience")
                or _ENDS_IN_A_LEAD.search(plain) or _RESULT_SET_UP.match(plain)
                or term_pattern(name).search(plain) or _shares_a_word(
                    _NAMED_RESULT.sub(" ", name), plain)):
            return False
        section = self.section()
        before = len(section.facts)
        self.paragraph(text, line)
        added = section.facts[before:]
        if len(added) == 1 and added[0].otherwise is None:
            section.facts[before] = replace(
                added[0], otherwise=Text(f"**{name}** — {text.text}", line))
        return True

    def first_item_marked_whole(self, items: list[SyntaxTreeNode], text: _Inline) -> bool:
        """Whether a list's first item is bold over a meaning (_meaning_marked_whole) and
        the only item marked whole: bold over every item marks the list ("- **Public
        goods …**", "- **Externalities**"), read as the items they are (the re-read)."""
        raws = [_inline_child(item.children[0]).content if item.children and
                item.children[0].type == "paragraph" and _inline_child(item.children[0])
                else "" for item in items]
        return _meaning_marked_whole(raws[0], text) and not any(
            r.strip().startswith(("**", "__")) and r.strip().endswith(("**", "__"))
            for r in raws[1:])

    def heading_names(self, term: str) -> None:
        """The heading just read names `term`: the paragraph or list right under it may say
        what it is (describes), in the context of the heading above it or the article."""
        # Looked up, not searched: 40,000 headings under one parent searched back through
        # every section before them (2 MiB of headings: over 120 s).
        above = self.heading_titles.get(self.stack[-2][2], "") if len(self.stack) > 1 else ""
        self.named_heading = (term, above or self.article_title)

    def answers(self, question: str, text: _Inline, line: int) -> bool:
        """The paragraph right under a question heading ("### Why does TCP use a three-way
        handshake?") answers it in its first sentence: a card asking the heading's question,
        that sentence hidden, as an FAQ's question and answer are. A paragraph the author
        marked, a definition (its term is asked), a list's title, a question, or a first
        sentence too long to recall is read as it is; the sentences after the first are read
        as a paragraph of their own."""
        plain = text.plain
        if ("**" in text.text or text.images or text.navigation or math_spans(text.text)
                or _words(plain) < 4 or plain.endswith((":", "?")) or _labelled(text.text)
                or self.definition_match(text.text) or _PROMPT.search(plain)):
            return False
        sentences = _SENTENCE_BREAK.split(text.text, maxsplit=1)
        first = sentences[0].rstrip()
        if (_words(first) > MAX_ANSWER_WORDS or not first.endswith((".", "!", "。"))
                or points_back(first) and not _PRONOUN_LEAD.match(first)):
            return False  # "Six Causes of World War I" is a title; "This included …" no answer
        # An answer that says the question's words again ("How did militarism cause ww1?" /
        # "The main event of Militarism causing …") restates it: its gap would show the
        # question's words as gaps too. The name a "What is X?" asks about may be said.
        named = asked_term(question)
        said = {st for _, _, st in content_words(first)}
        asked = {st for _, _, st in content_words(question)} - (
            {st for _, _, st in content_words(named)} if named else set())
        if said & asked:
            return False
        if named and _words(named) <= 4 and _is_term(named) and not _NOT_ONE_NAME.search(
                named) and not _NOT_ONE_NAME_ABROAD.search(named):
            # "## What is a bar?" / "A ridge of sand across a bay. It can trap …": the first
            # sentence says what the name is. Asked as any definition is, the name hidden
            # ("[bar] — A ridge of sand …"), not the whole answer from its question ("What
            # is a bar? — [...]", named weak by the blind samples). An answer that says the
            # name itself ("沙丘是风力堆积形成的…") is a definition read as it is written.
            if term_pattern(named).search(unmark(first)) or giveaways(unmark(first), named):
                return False
            if self.define(named, _Inline(f"{named} — {first.rstrip().rstrip('.')}"), line,
                           0, len(named)) is None:
                return False
        else:
            self.question(_Inline(question), _Inline(first.rstrip().rstrip(".")), line)
        if len(sentences) == 2 and not points_back(sentences[1]):
            # "It normally runs on port 53" would lose what "It" is: it is left with its
            # paragraph, which the card above already came from.
            self.paragraph(_Inline(sentences[1]), line)
        return True

    def describes(self, named: tuple[str, str], text: _Inline, line: int,
                  item: bool = True) -> bool:
        """The first sentence under a heading that is a name ("### Belief disconfirmation" /
        "- After rejecting a dissonant cognition, the person attacks it …") says what the
        name is without naming it: a labelled item hiding the heading, under the heading
        above it. A sentence that names it, marks a phrase, or is a label, a definition, an
        order ("Don't massage …"), a question or a title is read as it is. Of an item's
        several sentences the first is the clue (one fact a card), the rest read as a
        paragraph; a paragraph of several sentences is prose about the heading's topic
        ("## Decay" / "Dead organisms still hold their nitrogen. Putrefaction is …"), not the
        meaning of its name."""
        name, above = named
        plain = text.plain
        if (not _is_term(name) or is_structural_label(name) or "**" in text.text
                or len(name) == 1 and is_cjk(name)  # "## 功": a character, too short a gap
                or text.images or text.navigation
                or (_words(plain) < 6 and not _says_what_they_do(name, plain))
                or plain.endswith((":", "?")) or is_order(plain) or _INVITATION.search(plain)
                or _PROMPT.search(plain) or _EXAMPLE_HEAD.match(plain)
                or _labelled(text.text) or _fields_run_together(text.text)
                or self.definition_match(text.text)
                or _translated_example(plain) or _SPEAKER_OPENING.match(plain)
                or _aside(plain)
                or _HOMEWORK_HEADING.fullmatch(name) or _TASKS_TITLE.fullmatch(name)
                or math_spans(text.text) or _EXAMPLE_HEAD.match(name) or not _names_no_topic(name)
                or not _opens_a_description(plain)
                or _shares_a_word(name, plain) or _STATES_WHEN.search(plain)
                # (one opening with the name says what it is: "死鎖是指…" under "## 死鎖")
                or (_shares_cjk_words(name, plain) and not _opens_on_cjk_name(name, plain))):
            return False
        first, rest = text.text, ""
        sentences = _SENTENCE_BREAK.split(text.text, maxsplit=1)
        if len(sentences) == 2 and not item:
            return False
        if len(sentences) == 2 and _words(sentences[0]) >= 6:
            first, rest = sentences
        if _words(first) > MAX_DESCRIPTION_WORDS or states_own_fact(first) or \
                names_own_subject(unmark(first)) or _ROMANCE_OWN_SUBJECT.match(unmark(first)) or (
                    reads_as_german(first) and next(named_spans(unmark(first)), None)):
            # "Nach der Präposition mit steht immer der Dativ" under "## Grammatik auf
            # Deutsch" names its own answer, with a verb the English lists do not know.
            return False  # "When rates are cut, the cost of borrowing is lower", "Boiling
            # point increases as the chain gets longer": its own fact; "The placenta, an
            # organ of pregnancy, acts as …" under "## Organs" is about the placenta, and
            # "[Organs] — The placenta …" asked a heading the sentence only falls under
        self.labelled_list(above, [(name, first, line)], line, terms=False)
        if rest:
            self.paragraph(_Inline(rest), line)
        return True

    def attribute_of(self, named: tuple[str, str] | None, text: _Inline) -> str | None:
        """A "Label: value" line among the lines about a name, after the one that said what
        the name is ("- **Osmosis**:" / "- Diffusion of water …" / "- Direction: low to high
        solute concentration"): one attribute of that name, its value the gap under "Osmosis
        › Direction:" (as a field of a parent is: fields_list). Hiding the label instead
        would ask for a word any other name's line could have ("[Direction]"). None for a
        line that marks its own gap, defines a term, gives an example, or says too little
        to ask ("Size: big")."""
        found = _labelled(text.text)
        if named is None or found is None or "**" in text.text or text.images \
                or self.definition_match(text.text):
            return None
        label, rest = unmark(found[0]).strip(), unmark(found[1]).strip().rstrip(".")
        if _words(label) > 3 or not _cues_a_value(label) \
                or _words(rest) < 2 or _words(rest) > MAX_STATED_WORDS or math_spans(rest) \
                or weak_answer(rest) or giveaways(rest, label) or giveaways(rest, named[0]):
            return None
        return f"{unmark(named[0])} › {label}: **{rest}**"

    def lead_in(self, text: _Inline, following: SyntaxTreeNode | None) -> str | None:
        """"Key features of TCP:" right above a list or table is its title."""
        if following is None or following.type not in ("bullet_list", "ordered_list", "table"):
            return None
        plain = text.plain
        if plain.endswith(("?", "？")) and _lettered_options(following.children) is not None:
            return plain  # "Which organ makes insulin?" over "- A. Liver", "- **B. Pancreas**"
        if plain.endswith((":", "：")) and _words(plain) <= MAX_LEAD_IN_WORDS:
            # "细胞器的种类：" over a list, as "Types of organelle:" (the code review: asked
            # "[细胞器]的种类：" when only ":" was read).
            return plain[:-1].strip()
        if plain.endswith(("...", "…")) and _words(plain) <= MAX_LEAD_IN_WORDS:
            # "The 4 stages of respiration are...": the title is what the list names.
            return _TRAILING_VERB.sub("", plain.rstrip(".… ").strip())
        if _wholly_marked(text.text) and not _emphasised_sentence(plain) and \
                _words(plain) <= MAX_LEAD_IN_WORDS and not plain.endswith("?"):
            # "**Ways carbon is stored**" alone over a list: a heading typed in bold.
            return plain
        if following.type != "table" and _COUNTED_TITLE.match(plain.strip()) and \
                _words(plain) <= MAX_LEAD_IN_WORDS and "," not in plain and \
                not plain.rstrip().endswith((".", "。", "?", "？", "!")) and \
                not _FINITE_VERB.search(plain):
            # "五类经济交易" ("five kinds of economic transaction") or "5 shifters of demand"
            # over the list of them, typed with no colon: a count names what the list is.
            return plain.strip()
        return None

    def figures(self, block: SyntaxTreeNode, following: SyntaxTreeNode | None) -> int:
        """A block of images and nothing else is a figure each: its caption is an italic
        line right below, or its title, or its alt text. The blocks used up, or 0."""
        if block.type == "html_block":
            content = block.content.strip()
            if not content or _WRAPPER_TAGS.sub("", figures.IMG_TAG.sub("", content)).strip():
                return 0
            parts, tail = [], []
        else:
            inline = _inline_child(block)
            # Most paragraphs are text: the first thing in them shown is no image.
            first = next((c for c in (inline.children if inline else [])
                          if not (c.type == "text" and not c.content.strip())), None)
            if first is None or not _alone_image(first):
                return 0
            parts = [c for c in inline.children
                     if not (c.type == "text" and not c.content.strip())]
            cut = next((i for i, c in enumerate(parts)
                        if c.type in ("softbreak", "hardbreak")), len(parts))
            parts, tail = parts[:cut], parts[cut + 1:]
            if not parts or not all(_alone_image(c) for c in parts) or (
                    tail and (len(tail) != 1 or tail[0].type != "em")):
                return 0
        _image_line(block)
        reader = self.builder.images
        line = reader.line
        marks = (figures.html_images(block.content) if block.type == "html_block" else
                 "".join(_image(c) if c.type == "image" else figures.html_images(c.content)
                         if c.type == "html_inline" else figures.embeds(c.content)
                         for c in parts))
        consumed = 1
        if not tail and following is not None and following.type == "paragraph":
            below = [c for c in _inline_child(following).children
                     if not (c.type == "text" and not c.content.strip())]
            if len(below) == 1 and below[0].type == "em":
                tail, consumed = below, 2
        caption = None
        if tail and len(marks) == 1:
            walk = _InlineWalk()
            walk.walk(tail[0], 0)  # the italic is the caption, its bold a mark
            caption = walk.result().text
        for mark in marks:
            image = reader.images[image_index(mark)]
            text = caption or figures.figure_caption(image)
            self.section().figures.append(
                Figure(mark, Text(text, line) if text else None, line))
        return consumed

    def myst_figure(self, block: SyntaxTreeNode, line: int) -> bool:
        """A MyST (Jupyter Book) figure, typed as a fence: "```{figure} heart.png", its
        options (":name: fig-heart", ":width: 60%", or a "---" block of them), then its
        caption. A figure of its section as `![caption](heart.png)` is, its caption read as
        Markdown (a marked phrase in it makes a cloze). Read as code, its image and caption
        were lost ("code makes no card"). False where it names no image."""
        src = block.info.split(maxsplit=1)[1].strip() if len(block.info.split()) > 1 else ""
        if not src:
            return False
        body = block.content.split("\n")
        if body and body[0].strip() == "---":  # options as YAML between "---" lines
            end = next((i for i, row in enumerate(body[1:], 1) if row.strip() == "---"), 0)
            body = body[end + 1:]
        alt = ""
        while body and (_MYST_OPTION.match(body[0]) or not body[0].strip()):
            if (option := _MYST_OPTION.match(body[0])) and option["name"] == "alt":
                alt = body[0][option.end():].strip()
            body = body[1:]
        caption_md = " ".join(row.strip() for row in body if row.strip())
        _image_line(block)
        reader = self.builder.images
        caption = _inline(SyntaxTreeNode(_PARSER.parseInline(caption_md)).children[0]).text \
            if caption_md else ""
        # Its alt text is its ":alt:" option, as `![alt](src)` gives one: not the caption,
        # whose marked phrase the card hides (the caption is the figure's text below).
        mark = reader.add(src, reader.line, alt)
        if not mark:
            return True  # refused with its reason by the image reader
        image = reader.images[image_index(mark)]
        text = caption or figures.figure_caption(image)
        self.section().figures.append(Figure(mark, Text(text, line) if text else None, line))
        return True

    def skip_first_sentence(self, text: _Inline, line: int, what: str, why: str) -> None:
        """Skip the paragraph's first sentence (an order to the learner, the author's plan)
        and read the rest of it as a paragraph of its own: the facts after it still count."""
        rest = (_SENTENCE_BREAK.split(text.text, maxsplit=1) + [""])[1]
        self.skip(line, what, why)
        if rest:
            self.paragraph(_Inline(rest), line)

    def spaced_repetition_lines(self, block: SyntaxTreeNode, line: int) -> bool:
        """A paragraph of lines typed one under another, one or more of them a single-line
        card ("Ribosomes::the site of protein synthesis" under "The ==mitochondria== are
        …"): the plugin reads each line on its own, and so does this, each card asked as
        written and each other line read as a paragraph. Joined, the cards ran into one
        another ("[…] — the site of protein synthesis What do lysosomes contain?::…")."""
        typed = _inline_child(block).content.split("\n")
        if len(typed) < 2 or any(raw.strip() in ("?", "??") for raw in typed):
            return False  # one line, or a card over several lines (spaced_repetition_card)
        if not any((found := _SR_INLINE.fullmatch(raw.strip()))
                   and self.one_line_card(found["front"].strip()) for raw in typed):
            return False
        for offset, raw in enumerate(typed):
            if not raw.strip():
                continue
            text = self.inline(SyntaxTreeNode(_PARSER.parseInline(raw.strip())).children[0])
            if not self.spaced_repetition_card(text, line + offset):
                self.paragraph(text, line + offset)
        return True

    def one_line_card(self, front: str) -> bool:
        """Whether a line with `::` is a card: where it asks a question, or the note is
        tagged for review; never "status:: to review" (a Dataview field: lowercase, one
        word), and untagged never a term, which may be a field or code ("std::vector")."""
        return front.rstrip("*_").endswith(("?", "？")) or (
            self.flashcard_note and not re.fullmatch(r"[a-z][a-z_-]*", front))

    def spaced_repetition_card(self, text: _Inline, line: int) -> bool:
        """A card typed for Obsidian's Spaced Repetition plugin, asked as its author wrote
        it: `Question?::Answer` (or `Term::Meaning` in a note tagged #flashcards) asks the
        answer from the question; `Front:::Back`, reversed, asks each side from the other;
        a question's lines, a line `?` (or `??`, reversed) and the answer's lines, likewise.
        Before, the question and its answer were one unasked fact, the `::` shown raw."""
        one_line = True
        if found := _SR_INLINE.fullmatch(text.text):
            front, back, reversed_ = found["front"], found["back"], found["sep"] == ":::"
        elif text.field_mark and (labelled := _labelled(text.text)):
            # `Question? :: Answer`, spaced, was read as a Dataview field's label and value.
            front, back, reversed_ = labelled[0], labelled[1], False
        elif " ? " in text.text or " ?? " in text.text:
            one_line = False
            typed = []
            for raw in self.typed_lines[line - 1:line + MAX_CARD_LINES]:
                if not raw.strip():
                    break
                typed.append(raw.strip())
            if len(typed) > MAX_CARD_LINES:
                return False  # a paragraph of notes with a "?" line in it, no card
            separator = next((s for s in typed[1:-1] if s in ("?", "??")), None)
            if separator is None or f" {separator} " not in text.text:
                return False
            front, back = text.text.split(f" {separator} ", 1)
            reversed_ = separator == "??"
        else:
            return False
        front, back = front.strip(), back.strip()
        # A line of its own between the sides is the plugin's alone (one_line_card).
        if not front or not back or "**" in back or one_line and not self.one_line_card(front):
            return False
        if reversed_:
            self.section().facts.append(Fact(Text(f"**{unmark(front)}** — **{back}**", line)))
        elif front.rstrip("*_").endswith(("?", "？")):
            self.question(_Inline(unmark(front)), _Inline(unmark(back)), line)
        else:
            # "Stomata" over its meaning: a term, asked from its meaning as a labelled item
            # is ("Stomata — [...]" hid a whole clause behind one word of cue).
            self.labelled_list(self.section().title, [(unmark(front), back, line)], line)
        return True

    def paragraph(self, text: _Inline, line: int) -> None:
        if not text.text:
            self.skip(line, "paragraph with no text", "nothing to ask")
            return
        if self.mode == "references":
            self.references.append(Text(text.plain, line))
            return
        if text.navigation:
            self.skip(line, "links", "a line of links states no fact")
            return
        if _licence(text):
            self.skip(line, "licence", _LICENCE_SKIPPED)
            return
        if _typed_code(text.plain) and "**" not in text.text:
            # "- ALTER TABLE users ADD COLUMN IF NOT EXISTS email VARCHAR(100);" typed as a
            # bullet: a statement of SQL, its keywords asked as names ("[CREATE] IF NOT
            # EXISTS", "email [VARCHAR](100)", blind sample 3101: junk). Code makes no card.
            self.skip(line, "code typed as text", "code makes no card; write what it does")
            return
        if _fields_run_together(text.text):
            self.skip(line, "fields run together", "two \"Label: value\" fields on one line, "
                      "where the first value ends nobody can tell; put each on its own line")
            return
        if (asks := _BOLD_WH_LABEL.match(text.text)) is not None and text.text[asks.end():]:
            # "**Why it doesn't create cycles or miss vertices:** The find(u) ≠ find(v) check
            # …": the bold marks the question its text answers, no phrase to ask; the text
            # is read under it, as under a heading that asks.
            with self.titled(asks["label"].strip()):
                self.paragraph(replace(text, text=text.text[asks.end():]), line)
            return
        # "…日本語の例を見てみましょう。探偵の比喩を続けるなら、…": the invitations opening the
        # paragraph ("let's look at an example") say what comes, no fact (blind sample 2904:
        # junk, "[形態素]"); they are cut in a loop (one call for a thousand of them) and
        # the sentences after them read without them.
        rest, invited = text.text, False
        while True:
            first, stop, after = rest.partition("。")
            if not (stop and after.strip() and "**" not in first
                    and _INVITATION.search(unmark(first + stop))):
                break
            rest, invited = after, True
        if not invited and "**" not in text.text and _INVITATION.search(text.plain) and \
                text.plain.rstrip("。！!").count("。") == 0:
            rest, invited = "", True  # a paragraph of one invitation
        if invited:
            self.skip(line, "an invitation to read on", "it says what the notes do next, not "
                      "a fact of the subject")
            if rest.strip():
                self.paragraph(_Inline(rest.strip()), line)
            return
        if _EXERCISE.match(text.plain) and "**" not in text.text:
            # "Find the absolute extrema of the function on the given interval: \(g(t) = …\)":
            # an exercise's task, its answer worked below or nowhere; asked, "Find the
            # absolute [extrema] …" (blind sample 2903: junk).
            self.skip(line, "an exercise", "a task to do states no fact; write what it finds")
            return
        if _QUESTION_LINE.match(text.plain) and "**" not in text.text.partition(":")[2]:
            # "Question: What are the sensitivity and specificity of …?": an exercise's
            # question with its answer elsewhere, or none; its words were asked ("What are
            # the [sensitivity] and …"), a blind sample of held-out-7.
            self.skip(line, "question", "a question with no answer makes no card; write its "
                      "answer as a sentence")
            return
        if self.mode == "text" and (bare := _without_environment_label(text.text)) is not None:
            if _environment_lead(text.text)[0] == "proof":
                # "*Proof.* Let $A$ be any set. …": asked, "[Proof.] Let …" (mathdef21).
                self.skip(line, "a proof", _PROOF_SKIPPED)
                return
            text = replace(text, text=bare)
        if self.mode == "text" and (field := _formula_field(text.text)) and \
                (whose := self.heading_subject(None)):
            # "## Kinetic energy" / "Formula: $E_k = \frac{1}{2}mv^2$" (formula_fields).
            self.field_fact(f"{whose} › {field[0]}: **{field[1]}**", line)
            return
        if self.heading_examples(text, line):
            return
        if self.formula_side(text.text, line):
            return
        if _record_labels(text.plain) and not _marked_value(text.text):
            self.skip(line, "page properties", "\"Court: …\", \"Judges: …\" lines are the "
                      "record's heads, and a head is no answer to its value")
            return
        if _wholly_marked(text.text):
            # "**When MSB = MSC, welfare is at a maximum**": bold for emphasis over a
            # sentence that still states one thing in a plain shape (statements.py).
            said = clean_statement_span(text.plain)
            if said is None and self.definition_match(text.plain):
                # "<b>Osmosis is the movement of water …</b>" under a figure: bold over a
                # whole definition is emphasis; the definition still hides its term.
                text = replace(text, text=text.plain)
            elif said is None and _emphasised_sentence(text.plain):
                # "*All alliances were formed with a motivation …*": a whole sentence in
                # italics or bold is its author's style, not a gap; read it as written.
                text = replace(text, text=text.plain)
            elif said is None:
                self.skip(line, "marked text", "the whole text is marked, so nothing is left "
                          "on the front to answer from; mark the key words only")
                return
            else:
                value = text.plain
                text = replace(text, text=_marked(value, *said))
        # What the author marked is asked: a course's plan, its homework or its place in
        # the course has no mark ("The following week, Germany invaded **Poland**.").
        unmarked = "**" not in text.text
        if _ABOUT_THE_NOTES.match(text.plain) or unmarked and _ABOUT_THE_COURSE.match(
                text.plain):
            self.skip(line, "paragraph about the notes", "it says what the page covers, not a "
                      "fact of its subject")
            return
        sentences = _SENTENCE_BREAK.split(text.text)
        if len(sentences) > 1 and unmarked and any(
                _study_note(sentence) or _NOTES_SOURCE.match(sentence)
                for sentence in sentences[1:]):
            # "Ch. 5 … and Ch. 10 …. See lecture 3 slides for the diagrams.": a note to
            # oneself after the first sentence is no fact; the others are read without it.
            self.paragraph(replace(text, text=" ".join(
                [sentences[0]] + [sentence for sentence in sentences[1:]
                                  if not _study_note(sentence)
                                  and not _NOTES_SOURCE.match(sentence)])), line)
            return
        if len(sentences) > 1 and any(_ORDER_TO_LEARNER.match(unmark(sentence))
                                      for sentence in sentences[1:]):
            # "Notes from week 38. Remember to read the DASAIM guideline.": an order after
            # the first sentence is no fact either (its gap asked the guideline's name);
            # the other sentences are read without it.
            self.skip(line, "an order to the learner", "telling the learner what to do "
                      "states no fact of the subject")
            kept = [sentences[0]] + [sentence for sentence in sentences[1:]
                                     if not _ORDER_TO_LEARNER.match(unmark(sentence))]
            self.paragraph(replace(text, text=" ".join(kept)), line)
            return
        if _ORDER_TO_LEARNER.match(text.plain):
            self.skip_first_sentence(text, line, "an order to the learner", "telling the "
                                     "learner what to do or not to confuse states no fact "
                                     "of the subject")
            return
        if _TASK.match(text.plain) or unmarked and (
                _HOMEWORK.match(text.plain) or _DUE.match(text.plain)
                or _study_note(text.plain)) or _tool_property(text):
            self.skip(line, "task or property", "a task (TODO, LATER …, homework or "
                      "coursework due) or an outliner's property (id::, collapsed:: …, a "
                      "timestamp) states no fact of the subject")
            return
        if _READING_ASSIGNMENT.match(text.plain):
            self.skip(line, "a reading assignment", "it says what to read, not a fact of the "
                      "subject")
            return
        if _NOTES_SOURCE.match(text.plain) or (_NOTES_SOURCE_TAIL.search(text.plain) or (
                unmarked and _NOTES_KIND.match(text.plain))) and \
                len(text.plain.split()) <= MAX_NOTES_SOURCE_WORDS:
            self.skip(line, "paragraph about the notes", "it says where the notes come from, "
                      "not a fact of their subject")
            return
        if unmarked and _course_place(text.plain):
            # "Woche 7 – Kapitel 9 im Kursbuch.": where the notes stand; a fact after it
            # ("Lecture 3 – … The heart has four chambers.") is still read.
            self.skip_first_sentence(text, line, "paragraph about the notes", "it says where "
                                     "the notes stand in a course, not a fact of their subject")
            return
        if _WHETHER.match(text.plain) and "**" not in text.text and not _DECIDED_BY.search(
                _SENTENCE_BREAK.split(text.plain)[0]):
            self.skip_first_sentence(text, line, "a question typed as a clause", "\"Whether "
                                     "…\" asks, it states no fact of the subject")
            return
        if _record_line(text.plain):
            self.skip(line, "page properties", "\"Date: … · Bench 6\" is the write-up's own "
                      "record, no fact of its subject")
            return
        if _AUTHORS_INTENT.match(text.plain):
            self.skip_first_sentence(text, line, "the author's plan", "what the notes mean to "
                                     "show states no fact of the subject; state what is shown")
            return
        if _BYLINE.match(" ".join(text.plain.split())):
            # (A day's or a month's date, never a year alone: "## Guernica" / "Par Pablo
            # Picasso, 1937." and "By Bismarck in 1871." say who did what, the re-read.)
            self.skip(line, "byline", "who wrote the page and when is no fact of its subject")
            return
        if _STUDY_ADVICE.match(text.plain) or _GRADING.search(text.plain):
            self.skip(line, "study advice", "advice on studying or the course's plan states "
                      "no fact of the subject")
            return
        parts = _SENTENCE_BREAK.split(text.text) if "**" not in text.text and \
            _PLAN_WORDS.search(text.plain) else []
        planned = [_course_plan(unmark(part)) for part in parts]
        if any(planned):
            # "… We will re-demonstrate it from first principles in the statistical
            # mechanics class.": what a later class will do, asked "in the [statistical
            # mechanics] class" (blind sample 3301: junk). The sentences saying so go; the
            # rest of the paragraph is read as it would be without them.
            kept = [part for part, plan in zip(parts, planned, strict=True) if not plan]
            if not kept:
                self.skip(line, "course plan", "what a later class or chapter will do states "
                          "no fact of the subject")
                return
            text = _Inline(" ".join(part.strip() for part in kept))
        if "**" not in text.text and all(
                _FIRST_PERSON.match(sentence) or _OPEN_QUESTION.search(sentence)
                for sentence in _SENTENCE_BREAK.split(text.plain)) and \
                len(set(_ITALIAN_WORDS.findall(text.plain))) < 2:
            # (Italian's plural "I" opens "I frame dentro la finestra devono essere …".)
            # "I use Anki on my phone …": the author's own doings, no fact of the subject;
            # nor "My questions for seminar: is … a matter of fact? Does … refute itself?".
            self.skip(line, "paragraph about the author", "every sentence is about the writer "
                      "and nothing in it is marked to ask")
            return
        pair = _QA_PAIR.match(text.plain)
        if pair:  # "**Q:** What …? A: …" (FAQ pages)
            self.question(_Inline(pair["q"]), _Inline(pair["a"]), line)
            return
        if self.mode == "text" and (defined := _DEFINITION_LABEL.match(text.text)) and not (
                _CONCEPT_LABEL.match(unmark(text.text).lstrip()) and (
                    _words(unmark(defined["rest"])) < 4 or _BOLD_FIELD_INSIDE.search(
                        defined["rest"]))):
            # "**Definition**: Strong electrostatic force …" under "### Ionic Bonding": the
            # heading (or list title) is the term it defines. (Not "**Concept:** Scarcity",
            # which names the concept, nor over lines of its own, "**Definition:** …" below.)
            term = self.heading_term(self.section().title)
            if term and self.define(term, _Inline(f"{term} — {defined['rest']}"), line, 0,
                                    len(term)):
                return
        if self.mode == "text" and _SUBJECTLESS.match(text.text) and \
                not _IMPERSONAL.match(text.plain) and \
                not text.plain.rstrip().endswith(("?", "？")) and \
                (term := self.heading_term(self.section().title.split(",")[0])) and \
                self.define(term, _Inline(f"{term} {text.text[0].lower()}{text.text[1:]}"),
                            line, 0, len(term)):
            # "## Heap" / "Is a specialized tree-based data structure …": the heading is the
            # subject its first sentence leaves out.
            return
        if self.item_subject and (lead := _PRONOUN_LEAD.match(text.text)):
            # "- Active transport is the absorption …" / "- It requires energy from
            # respiration": "It" is the term the item before defined; the card asks it.
            self.labelled_list(self.section().title,
                               [(self.item_subject, text.text[lead.end():], line)], line,
                               terms=False)
            return
        if self.mode == "text" and not self.formula_step and (led := _formula_led(text.text)):
            # "Two events are independent when $$P(AB) = P(A)P(B)$$": the formula finishes
            # the sentence and is what to recall, whole; the paragraph's other sentences
            # are read as they would be without it.
            lead, start, end, stop = led
            sentence = text.text[lead:stop].strip()
            self.section().facts.append(
                Fact(Text(_marked(sentence, start - lead, end - lead), line)))
            if legend := _cjk_legend(after := text.text[end:stop].strip()):
                # "…的效率为 $$…$$ 其中 $T_1$ 为高温热源的温度" typed in one paragraph: the
                # legend is asked too, as it is under a display of its own (legend()).
                self.legend(text.text[start + 2:end - 2].strip(), after[:legend[0]],
                            legend[1], line)
            rest = f"{text.text[:lead]} {text.text[stop:]}".strip()
            if rest:
                self.paragraph(_Inline(rest), line)
            return
        if self.mode == "text" and not self.formula_step and \
                (named := _formula_introduced(text.text)):
            # "This ratio is the Reynolds number, defined as $$Re = …$$ where …": the noun
            # phrase names the formula, asked whole from it ("Reynolds number: […] where
            # …"); the rest of its sentence pointed at the formula and the sentences before
            # are read on their own.
            lead, start, end, stop, front = named
            card = f"{front} {text.text[start:stop].strip()}"
            self.section().facts.append(
                Fact(Text(_marked(card, len(front) + 1, len(front) + 1 + end - start), line)))
            rest = f"{text.text[:lead]} {text.text[stop:]}".strip()
            if rest:
                self.paragraph(_Inline(rest), line)
            return
        if self.mode == "text" and (named := _symbols_named_cjk(text.text)):
            # "…，其中 $\zeta$ 称为阻尼比，$\omega_n$ 称为无阻尼自然频率。": each symbol's name is
            # asked, the others shown (zhmath21); the sentences around it are read on their own.
            start, stop, spans = named
            if before := text.text[:start].strip():
                self.paragraph(_Inline(before), line)
            value, at = "", start
            for a, b in spans:
                value += text.text[at:a] + f"**{text.text[a:b]}**"
                at = b
            self.section().facts.append(Fact(Text(value + text.text[at:stop], line)))
            if rest := text.text[stop:].strip():
                self.paragraph(_Inline(rest), line)
            return
        if self.mode == "text" and (cut := _threshold_sentences(text.text)):
            # "… underdamped when $\zeta < 1$, …. When $\zeta = 1$ the system is critically
            # damped.": on one card either threshold showed the other's letter, and the
            # paragraph made no card; each sentence is read on its own (math21).
            for sentence in cut:
                self.paragraph(_Inline(sentence), line)
            return
        if self.mode == "text" and "**" not in text.text and \
                (named := _name_said_again(text.text)) is not None:
            # "The set with no elements is called the empty set …. The empty set is a subset
            # of every set.": the name the first sentence gives, said again after it, would
            # show on its card; that sentence is a fact of its own, and the rest another.
            self.section().facts.append(Fact(Text(text.text[:named].strip(), line)))
            self.paragraph(_Inline(text.text[named:].strip()), line)
            return
        if self.mode == "text" and "**" not in text.text and \
                (said := _property_said_again(text.text)) is not None:
            # "Ogni funzione derivabile è continua. Il viceversa è falso: … continua …": the
            # result is a fact of its own, its property asked where nothing says it again.
            self.section().facts.append(Fact(Text(text.text[:said].strip(), line)))
            if _CONVERSE.match(text.text[said:]):
                # "Il viceversa è falso: la funzione $|x|$ è [continua] in $0$ …": alone,
                # what the converse is would not show.
                self.skip(line, "a remark on the result before it", "it says what the "
                          "result before it does not, which its card alone would not show")
                return
            self.paragraph(_Inline(text.text[said:].strip()), line)
            return
        if self.mode == "text" and (
                cuts := _names_given(text.text) or _names_given_cjk(text.text)
                or _marks_held_apart(text.text)):
            # Sentences that each give a name of their own: each is read on its own (with
            # the sentences after it that give none), its card showing its sentence; the
            # first keeps the paragraph's opening words, its key. All cut at once: a part
            # gives one name, and is never cut again. So in Chinese: "失业率定义为…。经济处
            # 于充分就业时的失业率叫做自然失业率，…": its card shows no other part's name.
            for start, end in zip([0, *cuts], [*cuts, len(text.text)], strict=True):
                self.paragraph(_Inline(text.text[start:end].strip()), line)
            return
        if (self.worked_problems() and "**" not in text.text or _opens_on_a_problem(text.plain)) \
                and (math_spans(text.text) or re.search(r"\d", text.text)):
            # "A box of mass 5 kg is pulled …, the acceleration is $a = 20/5$ …" under
            # "Worked example": its numbers hold for that one problem; asked, "So after
            # [3 s] the box moves at 12 m/s" (prose18).
            self.skip(line, "exercises or a worked example", "a problem's steps, numbers "
                      "and tasks hold for that problem, not the subject; state what it shows "
                      "as a sentence of its own")
            return
        if "**" not in text.text and math_spans(text.text) and \
                _DERIVATION_STEP.match(_SENTENCE_BREAK.split(text.plain)[0]):
            # "Differentiating $Q = CV_C$ with respect to time we get $I = C\,dV_C/dt$,
            # which we substitute into Kirchhoff's loop rule.": a step between formulas, no
            # fact (a learner's read: "[Kirchhoff]'s loop rule" asked of it, junk).
            self.skip_first_sentence(text, line, "a step of a derivation", "it works one "
                                     "formula into the next; state the result it reaches "
                                     "as a sentence of its own")
            return
        found = self.definition(text.text, line)
        if found is None and (term := self.fragment_meaning(text)):
            # "#### Resolution" / "The timestep of the model and the … scales resolved.": a
            # meaning with no term and no verb; the heading names what it means. Other facts
            # do not hide the heading's words for it: they were no term of the text's own.
            found = self.define(term, _Inline(f"{term} — {text.text}"), line, 0, len(term),
                                names=False)
            if found is not None:
                return
        if found is not None and self.item_subject is not None:
            self.item_subject = found.term
        if found is None:
            value = text.text
            defined = self.later_definition(value, line)
            if defined is not None:  # the rest of the paragraph, without that sentence
                value = " ".join(value.replace(defined.text.value, " ").split())
            if defined is None or _words(value) >= 3:
                if defined is None:
                    value = self.about_the_title(value)
                stated = _formula_stated(value) or _formula_stated_cjk(value) or \
                    _condition_stated(value) or _threshold_stated(value) or \
                    _formula_named(value) or _joined_condition_cjk(value) or \
                    _formula_in_region_cjk(value)
                if stated and not value.startswith("\\[", stated[0]) and \
                        _names_a_term_cjk(value):
                    stated = None  # the name is asked (a display a lead introduces stays)
                if stated:  # "The force … is $F = …$": the formula is what to recall
                    value = _marked(value, *stated)
                # Where the sentence as typed makes no card, its identity asked by its sides.
                other = None if stated else self.formula_side_after_lead(value)
                self.section().facts.append(Fact(Text(value, line), otherwise=other and Text(
                    other, line)))

    def worked_problems(self) -> bool:
        """Whether the section is a worked example or a set of exercises, by its heading
        ("Worked example", "2.6 Example", "Exercises", "Practice problems", "Problem 2")."""
        title = " ".join(_NUMBERING_ONLY.sub("", self.section().title).split())
        return self.mode == "text" and bool(_WORKED_HEADING.fullmatch(title))

    def fragment_meaning(self, text: _Inline) -> str | None:
        """The term a meaning typed with no term of its own defines: the heading right above
        it (or the article's title, under no heading), where the text's first sentence is a
        noun phrase with no verb ("The timestep of the model and the horizontal and vertical
        scales resolved." under "#### Resolution (in both time and space)"). None for a
        marked text, a heading that names no term ("Summary", a question), a sentence with
        a verb, or a text that already holds the term (it says it, so it is no fragment)."""
        if self.mode != "text" or "**" in text.text or text.images or not self.meaning_of:
            return None  # only the first line under its heading says what the heading is
        title = _BRACKETED.sub(" ", self.meaning_of).strip()
        term = self.heading_term(" ".join(title.split())) if title else None
        if term is None or not term[:1].isupper() or term.endswith(("?", ":")) or \
                _slug(term) in _NOT_MEANING_HEADINGS:
            return None  # the heading names no term ("Summary", "Why …?") or a side ("Cons")
        first = text.plain.strip()
        words = first.split()
        if not _MEANING_FRAGMENT.match(first) or not 5 <= len(words) <= 40 or \
                _SENTENCE_BREAK.search(first) or re.search(r"[→=:|]|->|\d", first):
            return None  # no noun phrase of a meaning, or more than one, or a formula
        if _FINITE_VERB.search(first) or says_what_it_does(first) or names_own_subject(first) or \
                _VERB_OF_A_SUBJECT.search(first) or _SUPERLATIVE.match(first):
            return None  # a verb, or a superlative: a fact of its own, no fragment
        if is_order(first) or _opens_a_set_up(first):
            # "Don't massage reddened areas …" under "## Prevention": advice, no meaning of
            # its heading ("[Prevention] — Don't massage …", cov17); "Imagine that the
            # Federal Reserve doubles …" under "## Markets" says what to picture.
            return None
        if words[0].casefold() in _NOT_TERMS | _OPENING_PREPOSITIONS or \
                any(w.casefold() in _NOT_MEANING_HEADS for w in words[:3]):
            return None  # opens on no meaning: "Towards the end of …", "The reason for …"
        if term_pattern(term).search(text.plain) or giveaways(text.plain, term) or \
                _shares_a_word(term, first):
            # "surface-atmosphere" under "Surface processes" half-says it, and so does
            # "anaesthetic agents" under "Local Anaesthesia" (a review: weak, the front
            # holds a word of the answer): a line that says the heading in another form
            # is no clue to recall it from.
            return None
        return term

    def heading_examples(self, text: _Inline, line: int) -> bool:
        """A line of examples right under a heading that names a class ("### Loop
        Diuretics" / "- **Examples**: `Furosemide`, `Bumetanide`"): one example of an open
        set has no single answer (card-quality.md), but the class they belong to has. A
        labelled item hiding the heading, "[…] — Examples: Furosemide, Bumetanide", under
        the heading above it, or under the article's title where the heading above says
        part of the answer ("Diuretics" over "Loop Diuretics"). Not under the article's
        introduction (its title is on every card), a heading that names nothing ("Summary",
        "Examples") or names a part of a topic, nor for one example or a sentence."""
        found = _EXAMPLES_LINE.match(" ".join(text.plain.replace("`", "").split()))
        section = self.section()
        if not found or text.images or section.title == INTRODUCTION:
            return False
        whose = _bare_heading(unmark(section.title))
        names = [n for n in _EXAMPLE_SEPARATOR.split(_BRACKETED.sub("", found["names"])) if n]
        if not (2 <= len(names) <= MAX_EXAMPLE_NAMES) or any(
                _words(n) > 4 or not n[:1].isalnum() or _SENTENCE_VERB.search(n)
                for n in names):  # "Examples: Paris and London are capitals." is a sentence
            return False
        if (not whose or not _is_term(whose) or whose.endswith(("?", ":"))
                or is_generic_heading(whose) or _slug(whose) in _GENERIC_HEADINGS
                or _EXAMPLE_HEAD.match(whose) or not _names_no_topic(whose)
                or giveaways(found["names"], whose)):
            return False
        above = self.heading_titles.get(self.stack[-2][2], "") if len(self.stack) > 1 else ""
        above = _bare_heading(above)
        if not above or _shares_a_word(whose, above):
            above = self.article_title
        if _shares_a_word(whose, above):
            return False
        clue = found.group().rstrip(".")
        self.labelled_list(above, [(whose, clue, line)], line, terms=False)
        return True

    def about_the_title(self, text: str) -> str:
        """`text` with its complement marked when it is a fragment about the title above it:
        "- Runs between the clavicle and third rib" under "## Brachial plexus" says where the
        plexus runs, so the card reads "Brachial plexus runs between the [clavicle and third
        rib]". Unchanged when it is no such fragment (fragment_gap)."""
        title = self.section().title
        gap = self.fragment_gap(text, title)
        return self.with_subject(_marked(text, *gap), title) if gap else text

    def fragment_gap(self, text: str, title: str, participle: bool = True
                     ) -> tuple[int, int] | None:
        """The gap of a fragment with no subject of its own about `title`: the phrase it
        states in a plain shape (statements.py), else its complement (_fragment_gap). None
        when `title` is no name ("Summary", a question), the text is marked, opens with a
        subject, or gives a name to ask ("Takes land of Alsace Lorraine"). Without
        `participle`, only a verb in -s opens one: "Dissolved in oceans" in a list under
        "Oceans" is about what the list names, and "Create study schedule" under "Next
        steps" is an instruction."""
        found = _fragment(text, participle and _plural(title))
        if self.mode != "text" or "**" in text or self.subject(title) is None or not found \
                or not participle and found["verb"] is None:
            return None
        said = clean_statement_span(text, doer=False)
        if said is not None:  # "Decreases AV nodal conduction": its own shape
            return said
        if next(named_spans(text), None) is not None:
            return None
        return _fragment_gap(text, found)

    def subject(self, title: str) -> str | None:
        """The name a title gives to be the subject of the fragments under it, or None: not
        a question or a clause ("Where carbon is stored", "Why it matters")."""
        if title.endswith("?") or _CLAUSE_TITLE.search(title):
            return None
        return self.heading_term(title)

    def with_subject(self, text: str, title: str) -> str:
        """A fragment with no subject of its own ("Decreases AV nodal conduction" under "##
        Beta blockers") with `title` written in as its subject: a front of "Decreases […]"
        alone is too little to answer from. Other text is unchanged."""
        found = _fragment(unmark(text), _plural(title))
        subject = self.subject(title)
        if self.mode != "text" or not found or subject is None:
            return text
        if found["verb"] is None:
            # "Contraindicated in asthma": a participle has no verb to join a subject with,
            # and may be about what a list names rather than its title; it reads as typed.
            return text
        return f"{subject} {text[0].lower() if text[1:2].islower() else text[0]}{text[1:]}"

    def named_by(self, text: _Inline) -> str | None:
        """The term an item names first: the one it defines ("Osmosis is …") or its head
        before an apposition ("Homologous series, the families …"); None otherwise."""
        found = self.definition_match(text.text)
        if found is not None:
            return unmark(found["term"]).strip()
        head = _APPOSITION.match(text.plain)
        return head["term"] if head and _is_term(head["term"]) else None

    def thing_of(self, title: str, label: str, value: str) -> str | None:
        """The thing `title` names whose field "`label`: `value`" is (thing_field), or None:
        the label names a field of a thing (_FIELDS_OF_A_THING), the value does not define a
        term ("the sequence of …", _DEFINING_ARTICLE), and the heading names a thing that
        is no field itself."""
        slug = _slug(unmark(label).strip(" :"))
        if slug not in _FIELDS_OF_A_THING and (
                slug not in _SHORT_FIELDS_OF_AN_EVENT
                or _words(unmark(value)) > MAX_STATED_WORDS) or \
                _DEFINING_ARTICLE.match(unmark(value)):
            return None
        thing = self.heading_term(_bare_heading(title))
        return thing if thing and _slug(thing) not in _FIELDS_OF_A_THING else None

    def thing_field(self, thing: str, label: str, rest: str, line: int) -> str | None:
        """A field of the thing a heading names, read as one ("## ACE inhibitors" / "- SE: dry
        cough …"): the value asked under the name and the field when it is short enough to
        recall ("ACE inhibitors › SE: [...]", attribute_of), added as a fact; else None, and
        the caller asks the name from the field ("[...] — Side effects: fatigue, cold
        peripheries, …", as a table row asks its name) when `rest` is long enough and says
        no word of the name, or skips it. Returns "asked", "name" or None (skipped)."""
        found = self.attribute_of((thing, ""), _Inline(f"{label}: {rest}"))
        if found:
            self.section().facts.append(Fact(Text(found, line)))
            return "asked"
        if _words(unmark(rest)) <= MAX_STATED_WORDS or math_spans(rest) or \
                giveaways(unmark(rest), thing):
            self.skip(line, f'"{label}" item', f'its label names a field of "{thing}", no '
                      "term, and its value gives no card")
            return None
        return "name"

    def defines_heading(self, text: _Inline, line: int) -> bool:
        """Whether `text`, a definition box's first paragraph that names no term, is read as
        the definition of the term its heading names or asks about ("### Coastline", "###
        What is a dune?"); False where the heading names none, or the text says the term
        itself, marks its own answer or is a formula (read as any text is)."""
        title = self.section().title
        term = asked_term(title) if title.rstrip().endswith(("?", "？")) else \
            self.heading_term(title)
        if not term or not _is_term(term) or _NOT_ONE_NAME.search(term) or "**" in text.text \
                or _NOT_ONE_NAME_ABROAD.search(term) or _plural(term) \
                or not _names_no_topic(term) or _HOMEWORK_HEADING.fullmatch(term) \
                or _TASKS_TITLE.fullmatch(term) or _slug(term) in _STUDY_HEADINGS \
                or giveaways(text.plain, term) \
                or is_structural_label(term) or _slug(term) in _PARTS_OF_A_TOPIC \
                or self.definition_match(text.text) or text.images \
                or math_spans(text.text) == [(0, len(text.text))] \
                or term_pattern(term).search(text.plain) or _words(text.plain) < 3:
            return False
        return self.define(term, _Inline(f"{term} — {text.text}"), line, 0, len(term)) \
            is not None

    def heading_term(self, title: str) -> str | None:
        """The term a heading names ("### Ionic Bonding [TEST]" -> "Ionic Bonding"), or None
        for a heading that names a part of the notes ("Summary") or is no short name."""
        term = _TITLE_TAG.sub("", strip_emoji(_NUMBERING_ONLY.sub("", title))).strip()
        if _is_term(term) and _slug(term) not in _GENERIC_HEADINGS and \
                not _NOT_NAME.search(_CODED_NAME.sub("X", term)):
            return term
        return None

    def later_definition(self, text: str, line: int) -> Definition | None:
        """A sentence inside a paragraph that says what a term means in so many words
        ("In criminal law, both … are essential. Actus reus refers to the physical act …"):
        that sentence alone defines its term. With the unmistakable verbs (refers to, is
        defined as) any term; with "X is a/the …" ("… Comecon was the Soviet answer to the
        Marshall Plan.") only a term that is a name, not one that points back at the
        paragraph's subject ("The plan was the …", "The main aim was the …")."""
        if "**" in text:
            return None  # the author marked what to ask
        for sentence in _SENTENCE_BREAK.split(text)[1:]:
            match = _LATER_DEFINITION.match(sentence)
            occurs = match is not None and _OCCURS.search(match.group()) is not None
            if match and _is_term(match["term"]) and not math_spans(match["term"]) and (
                    not occurs
                    or _occurs_when_term(match["term"], sentence[match.end("term"):])):
                # A condition "X occurs when …" defines hides no name in other facts (define).
                return self.define(match["term"], _Inline(sentence.strip()), line,
                                   match.start("term"), match.end("term"), names=not occurs)
            match = self.definition_match(sentence)
            if match and _names_itself(match) and not math_spans(match["term"]) and not \
                    term_pattern(match["term"]).search(
                        f"{self.article_title} {self.section().title}"):
                # A term its heading or title names would be masked there, and its card
                # would lose what it is about ("[…] was the US Secretary of State").
                # Not a name other facts hide: "Marshall was …" would ask "George [Marshall]"
                # and "[Marshall] Aid" of the sentences around it.
                return self.define(unmark(match["term"]).strip(), _Inline(sentence.strip()),
                                   line, match.start("term"), match.end("term"), names=False,
                                   named_elsewhere=getattr(match, "names", True))
        return None

    def term_lines(self, source: str, line: int, read: _Inline | None = None) -> bool:
        """A paragraph that is a glossary written without bullets: each line "Term: what it
        is" or "Term - what it is" ("Feminism: consciousness raising movement …", "Swash -
        power of wave moving up the beach"), or a definition list's "Term" over ": what it
        is". Each such line is a labelled item hiding its term; other lines are paragraphs of
        their own. False, reading nothing, when the paragraph is not one of these. `read`:
        the paragraph as inline() read it."""
        if self.mode not in ("text", "glossary"):
            return False  # under References each line is a work
        # "• Tangible: Money, goods …" line after line: bullets typed (or pasted from a word
        # processor) inside one paragraph are lines of their own, the bullet no part of them.
        typed = [part.strip() for part in _lines_of(source)]
        raw = [_TYPED_BULLET.sub("", part) for part in typed]
        if (joined := _term_over_its_text(typed)) is not None:
            raw = [joined]  # "滞涨:" / "生产停滞, 失业增加, …": one "Term: text" line
        if not any(_TERM_LINE.match(part) for part in raw):
            return False  # the common case, decided before any line is parsed
        term = _DEFINITION_LIST.match(source)
        if term and len(raw) == 2:  # "Nihilism" / ": the rejection of …" (Pandoc, MkDocs)
            raw = [f"{raw[0]}: {raw[1][1:].strip()}"]
        if read is not None and raw == [source] and not read.images and not read.task \
                and not self.parsed_references:
            # One line, as its block read it (`read`): parsed again on its own it would read
            # the same but for link references and footnotes (which only the whole page
            # defines), a task box and images (added to the article once more). A page of
            # "x = y" facts parsed every one of them twice.
            lines = [(self.note_inline(read), line)]
        else:
            lines = [(self.inline(SyntaxTreeNode(_PARSER.parseInline(part)).children[0]),
                      line + at) for at, part in enumerate(raw) if part]
        if _QA_PAIR.match(" ".join(text.plain for text, _ in lines)):
            return False  # "**Q:** What …?" / "A: …" is a question and its answer
        if _course_header("\n".join(text.plain for text, _ in lines)):
            self.skip(line, "course header", "who teaches or takes the course, and when, "
                      "states no fact of its subject")
            return True
        if _page_properties([text.plain for text, _ in lines]):
            self.skip(line, "page properties", "\"Created: …\", \"Status: …\" lines are the "
                      "page's metadata (a Notion export's properties), no fact of its subject")
            return True
        if len(lines) > 1 and all(_DATED_LINE.match(text.plain) for text, _ in lines):
            # "1919 – treaty signed" / "1923 – hyperinflation": a timeline typed without
            # bullets. Its lines were one run-on fact ("… 1923 – hyperinflation in [Germany]
            # 1925 – …"); each is read as its own line is, as the bulleted list's items are.
            for text, at in lines:
                self.paragraph(text, at)
            return True
        # Whether the paragraph is a glossary is judged on the lines shaped "Term - text"; a
        # line whose text is one word ("Biotic - living") or says its term ("Wind shear -
        # difference in wind speeds", "Sexuality: desire, sexual preference") is still such
        # a line, though it is read as a sentence, not as a term to hide (card-quality.md
        # §4a would ask the echoed word, "difference in [wind] speeds").
        shaped = [(*found, at) for text, at in lines
                  if "**" not in text.text and not text.navigation and not _TASK.match(text.plain)
                  and not self.definition_match(text.text)
                  and (found := _labelled(text.text)) and _is_term(unmark(found[0]))
                  and _is_one_name(found[0]) and not _UNFINISHED.search(found[1])
                  and slugify(unmark(found[0])) not in _PAGE_PROPERTIES_IF_SHORT]
        if _numbered_steps([unmark(label) for label, _, _ in shaped]):
            # "P1: I borrow money …" / "P2: If everyone did this …" / "C: So …": the steps of
            # one argument, numbered; "[P1] — …" would ask a number, and a step alone ("So
            # the [maxim] can't be universalised") is no fact without the steps before it.
            self.skip(line, "numbered steps", "the premises and conclusion of one argument "
                      "(P1, P2, C); write the argument's point as a sentence to ask it")
            return True
        pairs = [(label, rest, at) for label, rest, at in shaped if _names_a_thing(label, rest)]
        if not pairs or 2 * len(shaped) < len(lines) or \
                _repeats_a_label([(label, rest) for label, rest, _ in shaped]):
            return self.field_lines(lines)
        titled = lines[0][0].plain.endswith(":")
        if len(lines) > 1 and (shaped[0][2] != lines[0][1] and not titled
                               and not ((kind := _OPENING_LABEL.match(lines[0][0].plain))
                                        and is_structural_label(kind["label"]))
                               or any(not label[:1].isupper() for label, _, _ in shaped)):
            # (A first line labelled by a kind, "Examples: bisoprolol, atenolol", over
            # "Mechanism: …" and "Side effects: …", is a line of its own: read whole, the
            # paragraph was skipped as a worked example for the "1" of "beta-1".)
            return False  # prose wrapped at a colon ("… unless\ncontraindicated: an ACE …")
        # "**Forms of stratification:**" over the lines is their title.
        title = lines[0][0].plain[:-1].strip() if titled and shaped[0][2] != lines[0][1] else ""
        if self.mode == "glossary":
            # Under "## Key terms" the lines are the glossary, as a list there is: typed as
            # a definition list (Pandoc, Quarto, MkDocs) or "Term: meaning" lines.
            for label, rest, at in pairs:
                self.add_glossary(GlossaryTerm(unmark(label), Text(rest, at), (), at))
        else:
            self.labelled_list(title or self.section().title, pairs, line, terms=False)
        named = {at for _, _, at in pairs}
        for text, at in lines:
            if at in named:
                continue
            if text.plain.endswith((":", "?")):  # "4 Processes of Erosion:" titles a list
                self.skip(at, "title line", "a line ending in ':' or '?' names what follows; "
                          "it states no fact")
            else:
                self.paragraph(text, at)
        return True

    def field_lines(self, lines: list[tuple[_Inline, int]]) -> bool:
        """Lines each "Key: value" under one heading, a capitalised key of a field a fact
        may have ("Date: signed in 1648 at …" / "Type: a pair of peace treaties …" /
        "Status: the founding text of …"), that are no glossary: each line is a fact of its
        own, read as its own paragraph. Joined, the three made one card asking one of them.
        False, reading nothing, for any other paragraph."""
        found = [_PROPERTY_LINE.match(text.plain) for text, _ in lines]
        if len(lines) < 2 or not all(m and m[1][:1].isupper() and slugify(m[1]) in
                                     _PAGE_PROPERTIES_IF_SHORT | _FIELD_LABELS for m in found):
            return False
        for text, at in lines:
            self.paragraph(text, at)
        return True

    def definition(self, text: str, line: int) -> Definition | None:
        """A paragraph opening "<term> is / are / refers to / means …" defines the term: a
        concept, a glossary term, or any short noun phrase when nothing else is marked."""
        match = self.definition_match(text)
        if not match:
            return None
        name = unmark(text[match.start("term"):match.end("term")]).strip()
        # "Heart failure (HF)", "Deoxyribonucleic acid, or DNA": the name is the term (the
        # article's title, a concept's name); the alias is hidden with it.
        name = _ALIAS.sub("", name).strip() or name
        term = self.concept_names.get(name.casefold()) or next(
            (g.term for g in self.glossary.values()
             if name.casefold() in {g.term.casefold(), *(f.casefold() for f in g.forms)}),
            None,
        )
        if term is None and _SIGNED_THRESHOLD.search(name):
            return None  # "A GCS ≤ 8 means …": a threshold, no term; _threshold_stated asks it
        if term is None:
            if any(m[2] != name for m in marks(text)):
                return None  # "The membrane is a ==bilayer==": the mark is the point
            term = name
        first, *rest = _SENTENCE_BREAK.split(text, 1)
        if getattr(match, "alone", False) and rest and match.start("term") > len(first):
            # "Let $(X, d)$ be a metric space. A subset … is open if …": the term's own
            # sentence goes with the set-up before it (_late_conditioned_term).
            first, *rest = _two_sentences_and_rest(text)
        if getattr(match, "alone", False) and rest and term_pattern(name).search(rest[0]):
            # "A system is causal when …. Every system that works in real time must be
            # causal.": a term so defined, said again after its sentence, would show on its
            # own card; that sentence alone defines it, and the rest is read on its own.
            found = self.define(term, _Inline(first), line, match.start("term"),
                                match.end("term"), names=match.names,
                                named_elsewhere=match.names)
            self.paragraph(_Inline(rest[0]), line)
            return found
        # A symbol ("\\(V\\)") is asked by its definition alone: hidden in other facts it
        # would be a variable of their formulas and sentences, not what they say. So is a
        # condition "X occurs when …" defines: "Left heart failure" is no name of the
        # article's to hide in every sentence saying "left" or "heart failure".
        return self.define(term, _Inline(text), line, match.start("term"), match.end("term"),
                           names=not math_spans(term) and not _OCCURS.match(
                               match["verb"] + " " + match["next"])
                           and getattr(match, "names", True),
                           named_elsewhere=getattr(match, "names", True))

    def definition_match(self, text: str) -> _Opening | re.Match | None:
        """The "X is …" opening of a definition of a declared or plausible term."""
        if "\\(" in text[:16] and (symbol := _symbol_definition(text)):
            return symbol  # "$\\varepsilon_0$ is the permittivity of free space"
        if cued := _cued_definition(text):
            return cued  # "By kinetic energy we mean …", "On appelle X …": the cue is sure
        if conditioned := _conditioned_term(text):
            return conditioned  # "A set $A$ is a subset of $B$ if …": the term follows
        if symbol_named := _symbol_named_term(text):
            return symbol_named  # "The union of $A$ and $B$, written $A \\cup B$, is …"
        if late := _late_conditioned_term(text):
            return late  # "Let $(X, d)$ be a metric space. A subset … is open if …"
        if dutch := _dutch_definition(text):
            return dutch
        match = _DEFINITION.match(shield_math(text))
        if not match:
            return _other_definition(text)
        name = unmark(text[match.start("term"):match.end("term")]).strip()
        if name.casefold() in self.concept_names or any(
                name.casefold() in {g.term.casefold(), *(f.casefold() for f in g.forms)}
                for g in self.glossary.values()):
            return match
        verb, following = match["verb"].casefold(), match["next"].casefold().strip("*")
        if verb.endswith(("when", "whenever")) and not _occurs_when_term(
                name, text[match.end("term"):]):
            return None  # "The problem occurs when …", "Pain occurs when the patient lies flat"
        if role_opening(unmark(text)):
            return None  # "The main cause of the war was …": a role, asked by what fills it
        if _EXAMPLES_OF.match(name):
            return None  # "Examples of tangible assets are land, …": a set's members, no term
        if not _is_term(name) or re.search(r"[.!?]\s", name):
            return None  # "The kidneys filter the blood. Nephrons are …": two sentences
        if name.split()[-1] in _DANGLING_WORDS:  # (not "Vitamin A", "Hepatitis A")
            return None  # "From the means of production": "means" was a noun, no verb
        if "%" in name or _AN_AMOUNT_OF.match(name):
            return None  # "About 85% of strokes are ischaemic": a share of them, no term
        if _VAGUE_GENUS.match(text[match.end("term"):]):
            return None  # "Lord Atkin's speech is the one everyone quotes": no genus
        if description_named(_SENTENCE_BREAK.split(unmark(text), maxsplit=1)[0]):
            return None  # "The SI unit of force is the newton.": a description given its name
        if following in ("a", "an", "the", "one", "any", "all"):
            return match  # "Osmosis is the …", "Prey are the animals …"
        if following in ("when", "where") and verb in ("is", "are"):
            return match  # "Evaporation is when water turns into water vapour"
        if following in ("whether", "how") and verb == "is" and not _NOT_A_NAME.search(name) \
                and name.split()[-1].casefold() not in _NOT_A_NAME_WORDS | _OPEN_QUESTIONS:
            return match  # "Voicing is whether the vocal folds vibrate", "Elasticity is how …"
        if verb in ("is", "are") and len(name.split()) >= 2 and \
                following == name.split()[-1].casefold().strip("*"):
            # "Real GDP is GDP adjusted for inflation", "Blood pressure is pressure exerted
            # on …": the term's own head noun is the kind it is of, and its first words are
            # what sets it apart (an acronym after "is" read as no genus: no card).
            return match
        if verb in ("is", "was"):  # never "X is often cited"
            if verb == "is" and not _NOT_DEFINING.match(following) and \
                    not _NOT_A_NAME.search(name) and \
                    _BARE_DEFINITION.match(text[match.start("next"):]):
                return match  # "Turgor is pressure that pushes …"
            return None
        if verb in ("are", "were"):  # "Producers are organisms …"
            plural = name.split()[-1].casefold().endswith("s")
            return match if plural and not _NOT_DEFINING.match(following) else None
        return match  # refers to, means, is defined as

    def define(self, term: str, text: _Inline, line: int, start: int = -1,
               end: int = -1, names: bool = True,
               named_elsewhere: bool = True) -> Definition | None:
        """Add the definition of `term`; None when the term is already defined (the second
        paragraph opening the same way is an ordinary fact). `names`: the term is one that
        facts with no mark may hide."""
        value = text.text
        if start < 0:
            found = term_pattern(term).search(value)
            start, end = (found.start(), found.end()) if found else (0, 0)
        written = value[start:end]
        # The term is hidden as the definition's answer; a mark of its own adds nothing.
        if written.startswith("**") and written.endswith("**"):
            value = value[:start] + unmark(written) + value[end:]
        definition = Definition(term, Text(value, line), None, line,
                                named_elsewhere=named_elsewhere)
        if definition_key(definition) in self.defined:
            return None
        self.defined.add(definition_key(definition))
        if names:
            self.terms.append(term)
        self.section().definitions.append(definition)
        return definition

    # -- lists and tables ----------------------------------------------------------------------
    def container(self, block: SyntaxTreeNode, title: str | None) -> tuple[str, int] | None:
        if block.type == "table":
            table = self.tables.get(id(block))
            if table is None:  # a table inside a callout ("> [!NOTE]") is not top-level
                table = self.tables[id(block)] = _table(block)
                self.classify(table, self.declared)
                # Nor one typed in HTML (html_structure): a glossary's rows are read here,
                # where the first pass (collect_glossary) never saw them; skipped as a
                # glossary table below, they were lost without a word (the code review).
                self.collect_glossary([block])
            self.table(table, table.caption or title)
            return None
        return self.list_block(block, title)

    def caption_of(self, block: SyntaxTreeNode | None) -> str | None:
        """The caption a paragraph typed under a table gives it (_caption), or None."""
        if block is None or block.type != "paragraph":
            return None
        return _caption(self.inline(_inline_child(block)).plain)

    def list_block(self, block: SyntaxTreeNode, title: str | None,
                   items: list[SyntaxTreeNode] | None = None) -> tuple[str, int] | None:
        """Each group of the list's items (item_groups) read as a list of its own, and the
        lines typed under an item without indent read as the paragraph they are. The title
        line the last item carried, with its line, for the list after this one. `items`:
        only these of the list's items, read as if the list held no others (a point left
        over from described_by_points, alone)."""
        if items is None and block.map and self.worked_problems():
            typed = "\n".join(self.lines[block.map[0]:block.map[1]])
            if "**" not in typed and "==" not in typed and re.search(r"\d|\$|\\[(\[]", typed):
                self.skip(_line(block), "exercises or a worked example",
                          "a problem's steps, numbers and tasks hold for that problem, not "
                          "the subject; state what it shows as a sentence of its own")
                return None
        if items is None and block.map and len(block.children) <= MAX_CREDIT_ITEMS and \
                (block.parent is None or block.parent.type != "list_item") and \
                "**" not in "\n".join(self.lines[block.map[0]:block.map[1]]) and any(
                    item.map and _LICENCE_LINE.search(self.lines[item.map[0]])
                    for item in block.children):
            # (An item of the list itself, not a line nested under a point, "- © 2021
            # diagram from OpenStax" under "- Light reactions"; and no marked phrase: a
            # list of a licensing course's facts is no credits, the second re-read.)
            # "* 고등학교 1학년 과학 … 요약" / "* …고등학교 15기 1학년 4반 박준영" / "* Licensed
            # under [CC0 1.0 Universal](…)": what the notes are, who wrote them and their
            # licence, no fact of the subject; grouped, each line was asked from the others
            # (blind samples 3101, 3102: junk).
            for item in block.children:
                self.skip(_line(item) or _line(block), "credits", "a list with a licence "
                          "line says whose notes these are and how they may be used, no fact "
                          "of the subject")
            return None
        groups, cut = self.item_groups(block, title, items)
        for items, group_title, after in groups:
            self.list_items(items, group_title, block.type == "ordered_list", cut)
            runs: list[tuple[list[str], int]] = []  # lines typed one under another: one text
            for content, line in after:
                if runs and runs[-1][1] + len(runs[-1][0]) == line:
                    runs[-1][0].append(content)
                else:
                    runs.append(([content], line))
            for lines, line in runs:
                self.loose_lines("\n".join(lines), line)
        return cut.get(id(block))

    def item_groups(self, block: SyntaxTreeNode, title: str | None,
                    items: list[SyntaxTreeNode] | None = None):
        """The list's items in the groups their author meant, and the text to read in place
        of an item's first paragraph where lines were cut from it.

        - Groups of items set apart by blank lines in a list typed tight elsewhere ("* The
          Link Reaction" / "* The Krebs Cycle", a blank line, "* Glycolysis takes place in
          …") are lists of their own; Markdown makes them one loose list. Only the first
          takes the title above the list (a nested list's groups all keep their parent).
        - Lines typed under an item without its indent ("1) Solution - …" then "Fetch -
          length of water …") are lazy continuation lines to Markdown, glued onto the
          item; they are read after the group as the paragraph they are, and a last such
          line ending in ':' ("Uses of the glucose made:") titles the items after it.
        `items`: only these of the list's items (list_block)."""
        items = list(block.children if items is None else items)
        gaps = [self.blank_before(item) for item in items[1:]]
        grouped = any(gaps) and not all(gaps)
        nested = _nested(block)
        groups: list[tuple[list, str | None, list]] = [([], title, [])]
        cut: dict[int, object] = {}
        for index, item in enumerate(items):
            if index and grouped and gaps[index - 1] and groups[-1][0]:
                groups.append(([], title if nested else None, []))
            groups[-1][0].append(item)
            lazy = self.lazy_lines(item)
            if lazy is None:
                continue
            paragraph, kept, loose = lazy
            cut[id(paragraph)] = kept
            last, at = loose[-1]
            if last.rstrip().endswith(":") and _words(last) <= MAX_LEAD_IN_WORDS:
                loose = loose[:-1]
                if index + 1 < len(items):
                    groups[-1][2].extend(loose)
                    groups.append(([], last.rstrip().rstrip(":").strip(), []))
                    continue
                cut[id(block)] = (last.rstrip().rstrip(":").strip(), at)
            groups[-1][2].extend(loose)
        return [g for g in groups if g[0] or g[2]], cut

    def blank_before(self, item: SyntaxTreeNode) -> bool:
        start = item.map[0] if item.map else 0
        return start > 0 and not self.lines[start - 1].strip()

    def lazy_lines(self, item: SyntaxTreeNode):
        """(the item's first paragraph, the text it keeps, [(line text, line)] typed under
        it without indent), or None when every line is indented as the item's."""
        paragraph = item.children[0] if item.children else None
        if paragraph is None or paragraph.type != "paragraph" or not paragraph.map or \
                paragraph.map[1] - paragraph.map[0] < 2 or not item.map:
            return None
        marker = _ITEM_MARKER.match(self.lines[item.map[0]])
        if marker is None:
            return None
        indent = marker.end()
        start, end = paragraph.map
        for at in range(start + 1, end):
            source = self.lines[at]
            above = "\n".join(self.lines[start:at])
            if above.count("$$") % 2 or above.count("\\[") > above.count("\\]"):
                continue  # a display formula's own lines ("S_t = … = \sum …"), not notes
            if len(source) - len(source.lstrip()) < min(indent, 2) and \
                    _starts_a_line_of_its_own(self.lines[at - 1], source.strip()):
                content = _inline_child(paragraph).content.split("\n")
                split = at - start
                if len(content) != end - start:
                    return None  # lines the parser joined or dropped: leave them be
                loose = [(text.strip(), start + 1 + n) for n, text in enumerate(content)
                         if n >= split and text.strip()]
                return paragraph, "\n".join(content[:split]), loose
        return None

    def loose_lines(self, content: str, line: int) -> None:
        """Lines typed under a list item without indent, read as the blocks they are (a
        paragraph, a glossary of "Term - meaning" lines, a table), where they stand."""
        if content.rstrip().endswith((":", "?")) and "\n" not in content.strip():
            self.title_line(line)
            return
        self.blocks(list(SyntaxTreeNode(self.parse_at(content, line - 1)).children))

    def title_line(self, line: int) -> None:
        self.skip(line, "title line", "a line ending in ':' or '?' names what follows; "
                  "it states no fact")

    def list_items(self, items: list[SyntaxTreeNode], title: str | None, ordered: bool,
                   cut: dict) -> None:
        recording = _RECORDING_TITLE.search(
            f"{title or ''} {self.section().title}" if self.current else title or "")
        stamped = [item for item in items if _timestamped(item)] if recording else []
        if len(stamped) >= 2:
            # "- **02:59–04:55** — Two ways of defining Usul al-Fiqh": a lecture's map of
            # where the recording treats what. Read as a label, a card asked the time (blind
            # sample 2828: junk); read as a sentence, a word of the topic, which the line
            # names and does not state.
            for item in stamped:
                self.skip(_line(item), "list item", "a timestamp says where a recording "
                          "treats a topic; it states no fact of it")
            skipped = {id(item) for item in stamped}
            items = [item for item in items if id(item) not in skipped]
            if not items:
                return
        first_line = _line(items[0]) if items else self.block_line
        named, self.describing = self.describing, None  # only the list right under it
        outer_subject, self.item_subject = self.item_subject, self.subject_seed or ""
        self.subject_seed = None
        try:
            self.read_items(items, title, ordered, cut, named, first_line)
        finally:
            self.item_subject = outer_subject

    def fields_list(self, block: SyntaxTreeNode, title: str | None, owner: str | None,
                    fields: set[str], items: list[SyntaxTreeNode] | None = None) -> None:
        """The nested list `block` under `title`, its labels among `fields` (those the
        nested lists of its parent's siblings share: _attribute_labels) read as fields of
        `owner`, the item it is nested in. `items`: only these of its items (list_block)."""
        outer = self.attributes
        self.attributes = (owner, fields) if owner and fields else None
        try:
            self.list_block(block, title, items)
        finally:
            self.attributes = outer

    def what_a_name_does(self, items: list[SyntaxTreeNode], named: tuple[str, str]) -> bool:
        """A short list right under a heading that names a thing, every item what the thing
        does with its subject left out ("#### Executive Branch" / "- Executes laws." / "-
        Nominates judges and key officials."): each item asks the name, "[Executive Branch]
        — Nominates judges and key officials", as a table row asks its name from its cells.
        Read as a list, its cards asked a learner to recite clauses under the article's
        title alone ("[E… l…]; Vetoes legislation"), or made none. False, reading nothing,
        for any other list."""
        name, above = named
        if not 2 <= len(items) <= MAX_GROUPED_ITEMS or not _is_term(name) or \
                _CATEGORY_HEADING.search(name) or is_structural_label(name) or \
                _NOT_ONE_NAME.search(name) or any(  # "Impact and Legacy", "Key Provisions"
                    _slug(word) in _PARTS_OF_A_TOPIC or _slug(word) in _GENERIC_HEADINGS
                    for word in name.split()) or \
                any(len(item.children) != 1 or item.children[0].type != "paragraph"
                    for item in items):
            return False
        texts = [self.inline(_inline_child(item.children[0])) for item in items]
        plains = [text.plain.strip() for text in texts]
        if not all(_DOING.match(plain) and 2 <= _words(plain) <= 15 and "**" not in text.text
                   and not math_spans(text.text) and not _labelled(text.text)
                   and not text.images and plain.split()[0].casefold() not in _NOT_DOINGS
                   for text, plain in zip(texts, plains, strict=True)) or \
                2 * sum(map(opens_on_a_verb, plains)) < len(plains) or \
                any(self.fragment_gap(text.text, name) for text in texts):
            # (A point the fragment reading asks, "Digoxin slows conduction through the
            # [AV node]", keeps its list to that reading.)
            return False
        for item, plain in zip(items, plains, strict=True):
            line = _line(item)
            if giveaways(plain, name):
                # "Executes laws." under "Executive Branch": the verb says the name.
                self.skip(line, "list item", f'it says "{name}" in other words, so asking '
                          "the name from it would show the answer")
                continue
            self.labelled_list(above, [(name, plain.rstrip("."), line)], line, terms=False)
        return True

    def read_items(self, items: list[SyntaxTreeNode], title: str | None, ordered: bool,
                   cut: dict, named: tuple[str, str] | None, first_line: int) -> None:
        if self.mode == "text" and self.options_under_question(items, title):
            return
        if self.mode == "text" and named and title is None and self.what_a_name_does(
                items, named):
            return
        entries: list[tuple[_Inline, int]] = []
        explained: list[tuple[str, str, int, tuple[int, ...]]] = []  # labelled by its item
        described = False
        shared_labels = _attribute_labels(items) if self.mode == "text" else set()
        repeated = _repeated_points(items) if shared_labels else frozenset()
        fielded: dict[int, str] = {}  # an item's line: its fields, "Motor: …; Sensory: …"
        item_names = _ItemNames(_bare_items(items) if self.mode == "text" else [])
        bold_labels = tuple(found["label"].strip(" :") for item in items
                            if (found := _BOLD_FIELD.match(_source_of(item).lstrip())))
        fields_here = self.mode == "text" and any(
            _slug(label) in _ATTRIBUTE_WORDS for label in bold_labels)
        for position, item in enumerate(items):
            own, nested = [], []
            for child in item.children:
                if child.type == "paragraph":
                    own.append(self.inline(_inline_child(child)) if id(child) not in cut else
                               self.inline(SyntaxTreeNode(_PARSER.parseInline(
                                   cut[id(child)])).children[0]))
                elif child.type in ("bullet_list", "ordered_list"):
                    nested.append(child)
                elif child.type == "math_block" and own:
                    # "- The **power** is" over its indented display formula: one statement,
                    # as the same formula typed in the item's paragraph is. Skipped, the
                    # card asked "The [power] is" with the formula it leads into gone.
                    own.append(_Inline(f"\\[{child.content.strip()}\\]"))
                elif child.type == "math_block" and not own and not nested and \
                        "\n" not in (formula := child.content.strip()) and "\\\\" not in formula:
                    # "- $$Current\ ratio=\frac{vlotte\ activa}{…}$$": an item that is one
                    # display formula on one line is read as the same formula typed inline,
                    # which asks a named formula's right side ("Current ratio = […]").
                    own.append(_Inline(f"\\({formula}\\)"))
                elif self.mode == "text" and child.type in _BOXES_IN_ITEMS:
                    # A callout or a titled shortcode's box indented under an item: its own
                    # content with its own title, read where it stands.
                    self.blocks([child])
                elif self.mode == "text" and child.type == "table":
                    # A table typed inside an item (a Logseq block holds one): read as a
                    # table where it stands, under the list's title, as inside a callout.
                    self.container(child, title)
                else:
                    self.skip(_line(child), f"{child.type.replace('_', ' ')} in a list item",
                              "only text and lists inside list items are read")
            if self.mode == "text" and self.quiz(item, own, nested):
                continue
            text = _Inline(" ".join(t.text for t in own), [a for t in own for a in t.images],
                           [], sum(t.linked for t in own), own[0].task if own else "",
                           field_mark=any(t.field_mark for t in own))
            if own and not nested and _licence(text):
                # "- License: MIT (Jane Doe, 2021)" among a list's facts: asked as a label,
                # "[...] — MIT (Jane Doe, 2021)" (the second test audit).
                self.skip(_line(item), "licence", _LICENCE_SKIPPED)
                continue
            if self.mode == "text" and not nested and title is None and \
                    (field := _BOLD_FIELD.match(text.text)) and (thing := self.thing_of(
                        self.section().title, field["label"], text.text[field.end():])):
                # "**Origins**: Drawn from …" beside "**Concept**:" under "### Separation of
                # Powers": a field of the thing the heading names (thing_field). Read on, it
                # was left alone in its list when "Concept:" became the heading's definition,
                # and its label was asked ("[Origins] — …").
                label, value = field["label"].strip(" :"), text.text[field.end():]
                if self.thing_field(thing, label, value, _line(item)) == "name":
                    self.labelled_list(self.section().title, [
                        (thing, f"{label}: {value}", _line(item))], _line(item), terms=False)
                continue
            if self.mode == "text" and (field := _BOLD_FIELD.match(text.text)) and (
                    _attribute_label(field["label"].strip(" :"), text.text[field.end():],
                                     bold_labels)
                    or _slug(field["label"].strip(" :")) in _FIELDS_AMONG_FIELDS
                    and fields_here):
                slug = _slug(field["label"].strip(" :"))
                value = text.text[field.end():]  # (before the text is written without bold)
                # "**Paradigm:** Greedy, …", "**Category:** …": the bold marks the field, not
                # a phrase to ask; read as the field it is (left out, with its reason). So
                # does "**Input:**" beside such fields; beside none it may be a term defined
                # ("**Output**: the total value of goods and services …").
                text = replace(text, text=f"{field['label'].strip()}{field['sep'] or ''} "
                                          f"{value}")
                if slug in _FIELDS_AMONG_FIELDS and not nested:
                    self.skip(_line(item), f'"{field["label"].strip(" :")}" item',
                              "its label names what the text is of the subject, beside the "
                              "subject's other fields, no term to ask")
                    continue
                thing = self.heading_term(self.section().title) if title is None else None
                if not nested and (_QUALIFIED_FIELD.fullmatch(slug) or not _attribute_label(
                        field["label"].strip(" :"), value)):
                    # Told here, a field by its siblings alone: a "Concept" or "Definition"
                    # sibling is read as the heading's definition, and the list left with
                    # one label asked it ("[Origins] — Drawn from …" beside "**Concept**:
                    # …"). And the ones to know of a kind, which read as a fact hid a name
                    # they list ("Notable Essays: [Federalist No]. 10 and No. 51."). (Other
                    # fields read on, as before: "Purpose: … the [Constitution].")
                    if thing and _QUALIFIED_FIELD.fullmatch(slug) and (
                            found := self.attribute_of((thing, ""), _Inline(
                                f"{field['label'].strip(' :')}: {value}"))):
                        # Under a heading that names the thing, its value is asked as the
                        # thing's field is: "The Federalist Papers › Notable Essays: [Federalist
                        # No. 10 and No. 51]".
                        self.section().facts.append(Fact(Text(found, _line(item))))
                        continue
                    self.skip(_line(item), f'"{field["label"].strip(" :")}" item',
                              "its label says which of the subject's things the text lists, "
                              "no term to ask" if _QUALIFIED_FIELD.fullmatch(slug) else
                              "its label names what the text is of the subject, beside the "
                              "subject's other fields, no term to ask")
                    continue
            line = _line(item)
            if self.mode == "text" and not nested and \
                    (bare := _without_environment_label(text.text, item=True)) is not None:
                # "- **Definition 2.1.** A subgroup $N$ is normal if …": asked, "[Definition
                # 2.1] — A subgroup …" (mathdef21); read as the paragraph it would be.
                if _environment_lead(text.text)[0] == "proof":
                    self.skip(line, "a proof", _PROOF_SKIPPED)
                    continue
                text = replace(text, text=bare)
            if named and item is items[0] and self.mode == "text" and \
                    not (len(items) > 1 and _CATEGORY_HEADING.search(named[0])) and \
                    self.describes(named, replace(text, text=unmark(text.text))
                                   if self.first_item_marked_whole(items, text) else text,
                                   line):
                # ("# Cadences" / "- **Musical punctuation that marks the end of a phrase**":
                # emphasis over the whole meaning, as over a line: _bold_meaning.)
                described = True
                for child in nested:
                    self.list_block(child, None)
                continue
            if self.mode == "text" and not nested and len(own) == 1 and own[0].broken and \
                    (found := self.explained_below(*own[0].broken, line)):
                # "- Long QT␣␣" / "QTc over 500 ms": the line under the name, typed with a
                # hard break, explains it as a nested point would.
                explained.append((own[0].broken[0], found.text, line, (line + 1,)))
                continue
            # "- die Wohnung, -en 公寓" / "  - 注意：阴性名词": the word's own gloss is what it
            # is asked from; the note under it was asked as its meaning ("[die Wohnung, -en
            # 公寓] — 注意：阴性名词").
            glossed = bool(nested) and self.mode == "text" and _cjk_glossed(text.text)
            if self.mode == "text" and not glossed and (found := self.explained(text, nested)):
                explanation, at = found
                if text.plain.rstrip("*").endswith("?"):  # "Why …?" over its answer
                    with self.titled(title):
                        self.question(_Inline(unmark(text.text)), explanation, line, also=at)
                else:
                    explained.append((text.text, explanation.text, line, at))
                continue
            if self.mode == "text" and not glossed and \
                    (found := self.described_by_points(text, nested, shared_labels,
                                                       repeated)):
                # "- Sotalol" over "- A potassium channel blocker …" and "- Prolongs the QT
                # interval": the name is recalled from its points, as a table's row is.
                clue, at, attributes, rest = found
                explained.append((text.text, clue, line, at))
                self.section().facts.extend(attributes)
                # The other points ("- Prestige from defeating Hitler", "- ex - …") each
                # read as before, under the name: one at a time, since two left over are
                # no short set of names to group.
                name = unmark(text.plain)
                for point in rest:
                    if len(point.children) == 1 and point.children[0].type == "paragraph" \
                            and not _shared_field(point, shared_labels):
                        with self.titled(name):
                            self.paragraph(self.inline(_inline_child(point.children[0])),
                                           _line(point))
                        continue
                    self.subject_seed = self.named_by(text)
                    try:
                        self.fields_list(nested[0], name, name, shared_labels, [point])
                    finally:
                        self.subject_seed = None
                continue
            if nested and (not text.text or text.plain.endswith((":", "："))
                           or _wholly_marked(text.text)):
                # "- Phases:" with a list below: the item titles the nested list. So does
                # "- 波函数的要求：" (its full-width colon): read as a fact, it asked
                # "[波函数]的要求：" (blind sample 2901: junk).
                name = text.plain.rstrip(":：").strip()
                for index, child in enumerate(nested):
                    if index == 0 and self.mode == "text" and _is_term(name) and \
                            _wholly_marked(text.text.rstrip(":").strip()):
                        # "- **Diffusion**:" over "- Movement down the gradient …": as under
                        # a heading that names a thing, its first line may say what it is.
                        self.describing = (name, title or self.section().title)
                    # "- 缺點:" under "- 整體式結構", a field its siblings share: the list
                    # below is that parent's, "整體式結構 › 缺點", not any parent's.
                    outer = self.attributes
                    field_of = outer and name and slugify(unmark(name)) in outer[1]
                    # "- 微內核結構:" over "- 優點:…", as its siblings are: the same fields.
                    self.fields_list(child, f"{unmark(outer[0])} › {name}" if field_of
                                     else name or title, name, shared_labels)
                continue
            if nested and self.mode == "text" and (
                    _names_nothing(text.plain) or
                    _is_mark(text.plain, self.glossary, item_names, position)):
                # "- General" over "- Arise from the cords …" among "- Radial nerve",
                # "- Median nerve": it names no member of its siblings' set (a card
                # "Radial nerve; Median nerve; [General]" was junk), nor a set of its own
                # points; each is a sentence said of the whole section.
                for child in nested:
                    if not all(len(p.children) == 1 and p.children[0].type == "paragraph"
                               for p in child.children):
                        self.list_block(child, None)
                        continue
                    for point in child.children:
                        self.paragraph(self.inline(_inline_child(point.children[0])),
                                       _line(point))
                continue
            if self.mode == "text" and not nested and title is None and \
                    self.heading_examples(text, line):
                continue
            if self.mode == "text" and not nested and (_TASK.match(text.plain)
                                                       or _tool_property(text)):
                self.skip(line, "task or property", "a task (TODO, LATER …) or an outliner's "
                          "property (id::, collapsed:: …, a timestamp) states no fact of the "
                          "subject")
                continue
            if self.mode == "text" and _is_mark(text.plain, self.glossary, item_names, position):
                # "Ranolazine; D; Propranolol" (a review: junk): a mark is no member of
                # the set of names beside it, and alone it asks nothing.
                self.skip(line, "list item", f'"{text.plain.strip()}" is a letter or a '
                          "field's abbreviation beside names, no name to recall")
                continue
            entries.append((text, line))
            if nested:
                self.over_lists.add(line)
            if self.mode == "text" and (found := _fields_below(nested, shared_labels)):
                fielded[line] = found
            # "- Mechanical barriers" over "- Skin", "- Cilia": the parent is the context.
            parent = text.plain if _words(text.plain) <= MAX_LEAD_IN_WORDS // 2 else None
            if parent is None and self.mode == "text" and (found := _labelled(text.text)) and \
                    _is_term(label := unmark(found[0]).strip()):
                # "- Septic shock: vasopressors needed for MAP ≥ 65 …" over "- mortality >
                # 40%": too long to be the nested point's title, its label names what the
                # point is of ("Septic shock › mortality > [40%]"); the point alone left one
                # word beside its gap (no card).
                parent = label
            shown = parent
            if parent and title and _DANGLING_LEAD.search(parent):
                # "- liquiditeitstest" / "- belangrijk voor" / "- leveranciers": a lead
                # ending on its preposition says what for only with the item above it. Alone
                # the card read "belangrijk voor › [l…]; werknemers; …" (blind sample 2828:
                # junk, "important for what?").
                shown = f"{title} › {parent}"
            for child in nested:
                # "- Homologous series, the families …" over "- They have the same general
                # formula": what the nested items call "They" is the term the parent names.
                self.subject_seed = self.named_by(text)
                # "- Application Layer: where apps reside" names its fields by its label.
                owner = (_labelled(text.text) or (parent, ""))[0] if parent else None
                self.fields_list(child, shown, owner, shared_labels)
            self.subject_seed = None
        if explained and len(entries) == 1 and self.mode == "text" and \
                (names := self.names_beside_explained(explained, entries)):
            # "- Enzymes" / "  - Biological catalysts …", "- Bile" / "  - Emulsifies …",
            # "- Hydrochloric acid": the bare name alone would be one item of a set with no
            # cue (card-quality.md §4e); with the names explained beside it, the list is a
            # short set of names, one note asking each from the others.
            with self.titled(title):
                self.section().facts.append(_joined_fact(names))
            entries = []
        if not explained and 2 <= len(entries) <= MAX_GROUPED_ITEMS and \
                all(line in fielded for _, line in entries) and all(
                    "**" not in t.text and not _labelled(t.text) and _is_term(t.plain)
                    and not t.images for t, _ in entries) and \
                len({" ".join(fielded[line].casefold().split()) for _, line in entries}) \
                == len(entries):  # two names with the same fields: neither has one answer
            # "- Median nerve" / "  - Motor: …" / "  - Sensory: …" beside "- Ulnar nerve"
            # with the same fields: asked as one of a set, "[…]; Ulnar nerve; Radial nerve"
            # (a review: junk, "one member of an unordered set with no cue"), a name is
            # recalled from its own fields instead, as a table's row is: "[…] — Motor: …;
            # Sensory: …". Each field is still asked of its name.
            explained = [(t.text, fielded[line], line) for t, line in entries]
            entries = []
        if explained and not _repeats_a_label([(p[0], p[1]) for p in explained]):
            self.labelled_list(title or self.section().title, explained, first_line)
        elif explained:  # one label twice: a field name, not a name to recall
            for text, rest, line, _ in explained:
                self.paragraph(_Inline(f"{text}: {rest}"), line)
        if not entries:
            return
        if described:
            # The points after the line that said what the name is ("At equilibrium: equal
            # movement both ways", "Direction: low to high") are facts about it, not names.
            attributes: list[Fact] = []
            with self.titled(title):
                for text, line in entries:
                    # "- Relies on genetic events …" after the line that said what
                    # "## Adaptive Immunity" is: its verb's subject is still the heading.
                    if _PREDICATE_LEAD.match(text.plain) and named \
                            and self.describes(named, text, line):
                        continue
                    if (attribute := self.attribute_of(named, text)) is not None:
                        attributes.append(Fact(Text(attribute, line)))
                        continue
                    self.paragraph(text, line)
            # Beside the items' own section, whose context would say the name twice
            # ("› Osmosis Osmosis › Direction: …").
            self.section().facts.extend(attributes)
            return
        if named and self.mode == "text" and entries and not _labelled(entries[0][0].text) \
                and _nested(items[0].parent):
            # "- **Pancreas**:" / "- Secretes lipase …" / "- Position: behind the stomach":
            # after a first line about the name, a labelled line is one of its attributes,
            # as after a line that said what the name is (above). Only under a marked item:
            # a heading may name a part of the notes ("## High-Yield Topics"), whose
            # labelled lines are names of their own.
            found = [(self.attribute_of(named, text), line) for text, line in entries]
            self.section().facts.extend(Fact(Text(said, line)) for said, line in found if said)
            entries = [entry for entry, (said, _) in zip(entries, found, strict=True)
                       if not said]
        if self.mode == "references":
            # A numbered list keeps its numbers: "[3]" in the text cites its entry 3.
            numbers = {_line(item): item.info for item in items}
            self.references.extend(
                Text(f"{numbers.get(line)}. {t.plain}" if ordered and numbers.get(line)
                     else t.plain, line)
                for t, line in entries if t.plain)
            return
        if self.mode == "text":
            before = len(entries)
            entries = self.field_items(entries, title)
            if before > MAX_GROUPED_ITEMS >= len(entries) and len(entries) < before and all(
                    not _labelled(t.text) and "**" not in t.text
                    and _words(t.plain) <= MAX_LABEL_WORDS for t, _ in entries):
                # Nine symptoms, two of them fields: the seven names left are no short set
                # to show on one front (the list is still nine long), each read on its own.
                with self.titled(title):
                    for text, at in entries:
                        self.paragraph(text, at)
                return
            if self.attributes and not all(_labelled(t.text) for t, _ in entries):
                entries = self.parent_fields(entries)
            if self.section_fields and not self.attributes and not _nested(items[0].parent):
                entries = self.heading_fields(entries, title)
            entries = self.one_word_values(entries, title)
            entries = self.formula_fields(entries, title)
            entries = self.condition_values(entries, title)
            if not entries:
                return
        if self.mode == "text":
            entries = self.cjk_glossed_items(entries, title, first_line)
            if entries:
                entries = self.translated_sentences(_bold_headwords_unmarked(entries), title,
                                                    first_line)
            if not entries:
                return
        labelled = [_labelled(t.text) for t, _ in entries]
        if all(labelled) and (repeated := _repeats_a_label(labelled)):
            # "- 管態: … / - 目態: … / - 管態: …": one label said twice among labels said
            # once is no field name; the labels said once are still the terms to ask, and
            # only the items sharing a label read as the statements they are.
            slugs = Counter(slugify(unmark(label)) for label, _ in labelled)
            said_once = [slugs[slugify(unmark(label))] == 1 for label, _ in labelled]
            once = [(label, rest, line) for (label, rest), (_, line), one
                    in zip(labelled, entries, said_once, strict=True) if one]
            if self.mode == "text" and len(once) >= 2 and 2 * len(once) > len(entries):
                self.labelled_list(title or self.section().title, once, first_line,
                                   typed=True)
            else:
                # "**Misconception:** … / **Misconception:** …": a label that names every
                # item is a field name, not a term to recall; each item is a statement.
                self.warn(first_line, "", f'the label "{repeated}" names more than one item '
                          "of this list, so its items are read as statements, not labelled "
                          "items; give each item a label of its own to have the labels asked")
                said_once = [False] * len(labelled)
            for (label, rest), (text, line), one in zip(labelled, entries, said_once,
                                                        strict=True):
                if not one:
                    self.paragraph(_Inline(f"{unmark(label)}: {rest}", text.images,
                                           text.tags), line)
            return
        if all(labelled) and self.attributes and all(
                slugify(unmark(label)) in self.attributes[1] for label, _ in labelled):
            # "- Median nerve" / "  - Motor: Flexion of the fingers", as under each sibling
            # nerve: the label is a field of the parent, like a table's column, and what
            # it holds for this parent is the fact ("Median nerve › Motor: [Flexion …]").
            # Hiding "Motor" would ask for a field name the other nerves share.
            parent = unmark(self.attributes[0])
            for (label, rest), (_, line) in zip(labelled, entries, strict=True):
                self.section().facts.append(Fact(Text(
                    f"{parent} › {unmark(label)}: **{unmark(rest)}**", line)))
            return
        if all(labelled):
            pairs = [(label, rest, line) for (label, rest), (_, line) in
                     zip(labelled, entries, strict=True)]
            if self.mode == "glossary":
                for label, rest, line in pairs:
                    self.add_glossary(GlossaryTerm(unmark(label), Text(rest, line), (), line))
                return
            self.labelled_list(title or self.section().title, pairs, first_line, typed=True)
            return
        if self.mode == "text" and self.plain_list(entries, title,
                                                   ordered):
            return
        # In a list of mixed items, one written "Label: text" with no mark still names what
        # it says: a labelled item hiding the label ("Marginal External Cost (MEC): …").
        # A marked one is read as a sentence, its mark the gap, as before.
        pairs = [(*found, line) for text, line in entries
                 if self.mode == "text" and "**" not in text.text
                 and not self.definition_match(text.text)
                 and (found := _labelled(text.text)) and _names_a_thing(*found)]
        if _repeats_a_label([(label, rest) for label, rest, _ in pairs]):
            pairs = []
        if self.mode == "glossary":
            # Under "## Key terms", "- HHI (…): sum of squared market shares" beside "-
            # Allocative efficiency → P = MC": a labelled item is a term of the glossary, as
            # in a list labelled throughout; read as a paragraph it asked nothing.
            pairs = [(*found, line) for text, line in entries
                     if "**" not in text.text and (found := _labelled(text.text))
                     and _names_a_thing(*found)]
            for label, rest, line in pairs:
                self.add_glossary(GlossaryTerm(unmark(label), Text(rest, line), (), line))
            named = {line for _, _, line in pairs}
            for text, line in entries:
                if line not in named:
                    self.paragraph(text, line)
            return
        if pairs:  # less sure names than a list labelled throughout: not hidden elsewhere
            self.labelled_list(title or self.section().title, pairs, first_line, terms=False,
                               typed=True)
        labelled_lines = {line for _, _, line in pairs}
        if len(pairs) >= 2:
            labelled_lines |= self.names_beside_labels(entries, pairs, title, ordered)
        for text, line in entries:
            if line not in labelled_lines:
                self.paragraph(text, line)

    def translated_sentences(self, entries: list[tuple[_Inline, int]], title: str | None,
                             first_line: int) -> list[tuple[_Inline, int]]:
        """Short sentences of a language a learner practises, each with its translation
        after a dash ("Er trinkt Kaffee. — He drinks coffee."): a labelled list of their
        own, each sentence asked whole from its translation, as the set phrases glossed in
        Chinese are. Read so only where one of them is plainly not English (German by its
        small words, a letter English never writes, or opening on "Ich", "Je", "Yo" …):
        "The heart pumps blood. — It has four chambers." is an English note, not read so
        here. Before, a sentence with a noun whose cognate the translation says was asked
        with it ("Er trinkt [Kaffee]. — He drinks coffee."), and most asked nothing. The
        entries left are returned."""
        found = [_latin_translated_sentence(t.text) if not t.images else None
                 for t, _ in entries]
        if not any(pair and _plainly_foreign(pair[0]) for pair in found):
            return entries
        for i, (text, line) in enumerate(entries):
            if found[i] is None and "**" in text.text and _bold_in_translation(text.text):
                # A long sentence whose marked word its translation says: no card
                # asks it, whole (too long) or hidden (shown beside it).
                self.skip(line, "sentence and translation", "the translation says the "
                          "marked word, and the sentence is too long to ask whole")
                found[i] = ("", "")
        pairs = [(*pair, line) for pair, (_, line) in zip(found, entries, strict=True)
                 if pair and pair[0]]
        self.labelled_list(title or self.section().title, pairs, first_line, terms=False,
                           sentences=frozenset(line for *_, line in pairs))
        return [entry for entry, pair in zip(entries, found, strict=True) if not pair]

    def cjk_glossed_items(self, entries: list[tuple[_Inline, int]], title: str | None,
                          first_line: int) -> list[tuple[_Inline, int]]:
        """Items of a vocabulary list glossed in Chinese, Japanese or Korean (_cjk_glossed:
        "die Wohnung, -en 公寓", "umziehen：搬家"), two or more of them in a list not labelled
        throughout: a labelled list of their own, each word asked from its gloss as a word
        glossed in English is. With no separator, or beside lines that are no word ("Lektion
        8 生词"), they were read as sentences and made no card. The labelled entries left
        are returned, to be read as before; a list labelled throughout is read as before.
        The others are read alone: beside the words they are no set ("[Lektion 8 生词];
        看课本第45页" was asked as one)."""
        # Which entries are examples, told once each: asked of the list of examples for each
        # entry, a long list was quadratic (code review 19, A3: 5,000 items, 6 s).
        sentence_pairs = [_cjk_translated_sentence(t.text) if not t.images else None
                          for t, _ in entries]
        if not any(pair and _plainly_foreign(pair[0]) for pair in sentence_pairs):
            # Notes in English with their Chinese beside ("A process is a program in
            # execution. 进程是执行中的程序。") learn the subject, not the language: their
            # terms are asked as any English note's are, never the sentence whole.
            sentence_pairs = [None] * len(entries)
        said = [_cjk_glossed(t.text) or pair if not t.images else None
                for (t, _), pair in zip(entries, sentence_pairs, strict=True)]
        example = [_translated_example(t.plain) and not found
                   for (t, _), found in zip(entries, said, strict=True)]
        if sum(example) >= 2:
            # "- Ich ziehe nächste Woche um. 我下周搬家。" / "- Der Schlüssel liegt …": each
            # sentence with its translation is a fact of its own, never one of a set asked
            # whole from the other ("[…]; Der Schlüssel liegt auf dem Tisch. 钥匙在桌子上。").
            for (text, line), is_example in zip(entries, example, strict=True):
                if is_example:
                    self.paragraph(_conjunction_marked(text), line)
            said = [found for found, is_example in zip(said, example, strict=True)
                    if not is_example]
            entries = [entry for entry, is_example in zip(entries, example, strict=True)
                       if not is_example]
        glossed = said
        # One sentence with its translation is enough: its shape (a sentence's end, then a
        # sentence in characters) is never Chinese prose opening on a name, as a word is.
        sentences = frozenset(line for found, (t, line) in zip(glossed, entries, strict=True)
                              if found and _cjk_translated_sentence(t.text) == found)
        if sum(map(bool, glossed)) < 2 and not sentences or \
                all(_labelled(t.text) for t, _ in entries):
            return entries
        self.labelled_list(title or self.section().title,
                           [(*found, line) for found, (_, line) in zip(glossed, entries,
                                                                      strict=True) if found],
                           first_line, terms=False, sentences=sentences)
        left = []
        for (text, line), found in zip(entries, glossed, strict=True):
            if found:
                continue
            if _labelled(text.text):
                left.append((text, line))
            else:
                self.paragraph(text, line)
        return left

    def field_items(self, entries: list[tuple[_Inline, int]], title: str | None
                    ) -> list[tuple[_Inline, int]]:
        """Items typed as Dataview fields, `Key:: value` ("Cardiac :: QT prolongation"
        under "Side effects of antipsychotics"): the key is a field name, as a table's
        column is, and the value is the fact, asked under the list's title: "Side effects
        of antipsychotics › Cardiac: [QT prolongation]". Hiding the key would ask for a
        word the other items could hold. The other items are returned, to be read as
        before; so is a field whose value is no answer (a common word, a formula, a long
        clause) or says its key."""
        whose = unmark(title or self.section().title)
        if not whose:
            return entries

        def as_field(text: _Inline) -> tuple[str, str] | None:
            found = _labelled(text.text) if text.field_mark and "**" not in text.text \
                and not text.images else None
            if not found:
                return None
            key, value = unmark(found[0]).strip(), unmark(found[1]).strip().rstrip(".")
            if ":" in key or _words(value) > MAX_STATED_WORDS or math_spans(value) \
                    or weak_answer(value) or giveaways(value, key):
                return None
            return key, value
        return self.take_fields(entries, whose, as_field)

    def parent_fields(self, entries: list[tuple[_Inline, int]]) -> list[tuple[_Inline, int]]:
        """Among the points under a parent (`- Radial nerve` / `  - Sensation over the back
        of the hand` / `  - Motor: extension of the wrist`), each `Label: value` point whose
        label the parent's siblings share: a field of the parent, its value asked, "Radial
        nerve › Motor: [extension of the wrist]", as when every point is labelled. The
        other points are returned, to be read as before."""
        parent, fields = unmark(self.attributes[0]), self.attributes[1]
        if is_generic_heading(parent) or _slug(parent) in _GENERIC_HEADINGS:
            return entries  # "- General" / "  - SE: …": whose field, it does not say

        def as_field(text: _Inline) -> tuple[str, str] | None:
            found = _labelled(text.text) if "**" not in text.text else None
            label = unmark(found[0]).strip() if found else ""
            if not found or slugify(label) not in fields or not _cues_a_value(label):
                return None
            return label, unmark(found[1])
        return self.take_fields(entries, parent, as_field)

    def heading_fields(self, entries: list[tuple[_Inline, int]], title: str | None
                       ) -> list[tuple[_Inline, int]]:
        """Items labelled with a field the lists under other headings share ("- **Side
        effects**: Hypokalaemia, gout" under "### Thiazide diuretics", and under each other
        drug's heading): the value asked under the heading, "Thiazide diuretics › Side
        effects: […]". Hiding the label would ask for a word every drug's list holds. The
        other items are returned, to be read as before."""
        whose = _LEADING_ENUMERATION.sub("", unmark(title or self.section().title)).strip()
        if not whose or is_generic_heading(whose) or _slug(whose) in _GENERIC_HEADINGS:
            return entries

        def as_field(text: _Inline) -> tuple[str, str] | None:
            found = _labelled(text.text)
            if not found:
                return None
            label, value = unmark(found[0]).strip(), unmark(found[1]).strip()
            if slugify(label) not in self.section_fields or "**" in found[1] \
                    or not _cues_a_value(label) or text.images or weak_answer(value) \
                    or math_spans(value):
                return None
            return label, value
        return self.take_fields(entries, whose, as_field)

    def one_word_values(self, entries: list[tuple[_Inline, int]], title: str | None
                        ) -> list[tuple[_Inline, int]]:
        """`Label: value` items whose value is one lowercase word ("Red crow: erythromycin",
        "Paper jam: bacteriostatic", "Neomycin: oral"): hidden, the label would leave that
        one word to answer from (a card too thin to make), so the value is asked under the
        list's title with the label as its cue, "Macrolides › Red crow: [erythromycin]"."""
        whose = _LEADING_ENUMERATION.sub("", unmark(title or self.section().title)).strip()
        whose = _NUMBERING_ONLY.sub("", whose).strip()
        if not whose or whose == INTRODUCTION or is_generic_heading(whose) \
                or _slug(whose) in _GENERIC_HEADINGS:
            return entries

        def as_field(text: _Inline) -> tuple[str, str] | None:
            found = _labelled(text.text) if not text.images else None
            if not found:
                return None
            label, value = unmark(found[0]).strip(), unmark(found[1]).strip().rstrip(".")
            # A lowercase label ("heap: memory", "class: b1-selective") is a note to self,
            # not a cue the author set down to be answered from; a letter that names a kind
            # ("s orbitals: spherical", "t distribution: …") is written lowercase by rule.
            if "**" in found[1] or _words(value) != 1 or not value[:1].islower() \
                    or not (label[:1].isupper() or _LETTER_NAMED.match(label)) \
                    or not _cues_a_value(label) \
                    or weak_answer(value) or math_spans(value) or giveaways(value, label) \
                    or giveaways(value, whose):
                return None
            return label, value
        return self.take_fields(entries, whose, as_field)

    def formula_fields(self, entries: list[tuple[_Inline, int]], title: str | None
                       ) -> list[tuple[_Inline, int]]:
        """`Formula: $…$` items (_formula_field) under a heading naming what they are the
        formula of ("## Power" / "- Formula: $P = W/t$"): the formula asked under it,
        "Power › Formula: […]". Before, a formula was no field's value, and no card."""
        whose = self.heading_subject(title)
        if not whose:
            return entries
        return self.take_fields(entries, whose, lambda text: _formula_field(text.text) or (
            _small_formula_value(text.text)))

    def condition_values(self, entries: list[tuple[_Inline, int]], title: str | None
                         ) -> list[tuple[_Inline, int]]:
        """`Condition: outcome` items ("Wenn Tiefenerosion stark ist: Schlucht", "If vertical
        erosion is strong: gorge"): the outcome asked from its condition under the list's
        title, "Flussformen › Wenn Tiefenerosion stark ist: […]". Read as a label and its
        text, the card hid the whole condition ("[…] — Cañon") or a phrase of it ("If […]
        is weaker than lateral erosion: canyon"): junk either way."""
        whose = self.heading_subject(title)
        if not whose:
            return entries

        def as_field(text: _Inline) -> tuple[str, str] | None:
            # (Its own match: a condition is longer than a label _labelled reads.)
            found = _CONDITION_LABEL.fullmatch(shield_math(text.text)) \
                if "**" not in text.text and not text.images else None
            if not found:
                return None
            condition = text.text[:found.end("condition")].strip()
            value = text.text[found.start("outcome"):].strip().rstrip(".")
            if not value or _words(value) > MAX_CONDITION_OUTCOME_WORDS or \
                    weak_answer(value) or giveaways(value, condition):
                return None
            return condition, value
        return self.take_fields(entries, whose, as_field)

    def heading_subject(self, title: str | None) -> str | None:
        """What the lines under `title` (else its section's) are about: the formula a
        `Formula:` line gives, the set a condition's outcome belongs to."""
        whose = _LEADING_ENUMERATION.sub("", unmark(title or self.section().title)).strip()
        whose = _NUMBERING_ONLY.sub("", whose).strip()
        if not whose or whose == INTRODUCTION or is_generic_heading(whose) \
                or _slug(whose) in _GENERIC_HEADINGS:
            return None
        return whose

    def take_fields(self, entries: list[tuple[_Inline, int]], whose: str,
                    as_field: Callable[[_Inline], tuple[str, str] | None]
                    ) -> list[tuple[_Inline, int]]:
        """Each entry `as_field` reads as (label, value): a field of `whose`, its value asked,
        "whose › label: [value]". The other entries are returned, to be read as before."""
        rest_of = []
        for text, line in entries:
            if (found := as_field(text)) is None:
                rest_of.append((text, line))
            else:
                self.field_fact(f"{whose} › {found[0]}: **{found[1]}**", line)
        return rest_of

    def field_fact(self, text: str, line: int) -> None:
        fact = Fact(Text(text, line))
        self.field_values.add(id(fact))
        self.section().facts.append(fact)

    def names_beside_explained(self, explained: list, entries: list[tuple[_Inline, int]]
                               ) -> list[tuple[str, int]] | None:
        """Every item's name, in order, as the items of one grouped note, when the item
        left unexplained (`entries`, one: two or more are a grouped note of their own) is a
        bare short name beside the names explained by a line nested under them
        (`explained`): two to MAX_GROUPED_ITEMS names in all, none marked, labelled, a
        sentence or a question. None otherwise: the items are read as before."""
        names = [(text, line) for text, _, line, _ in explained] + \
            [(t.text, line) for t, line in entries]
        if not 2 <= len(names) <= MAX_GROUPED_ITEMS:
            return None
        for text, _ in names:
            plain = unmark(text)
            if "**" in text or _labelled(text) or plain.endswith(("?", ":")) or \
                    _words(plain) > MAX_LABEL_WORDS or _is_sentence(plain) or \
                    not _is_term(plain) or self.definition_match(text) or math_spans(text):
                return None
        if any(t.images or t.navigation or t.task for t, _ in entries):
            return None
        # Only the bare name is asked: the explained ones are asked from their own lines, and
        # asked again here as one of the set ("Enzymes; […]; Hydrochloric acid" for "Bile",
        # a review: junk) they would be a member of a set with no cue besides the others.
        bare = {line for _, line in entries}
        return [(_item_cloze(text) if line in bare else unmark(text), line)
                for text, line in sorted(names, key=lambda n: n[1])]

    def explained(self, text: _Inline, nested: list[SyntaxTreeNode]
                  ) -> tuple[_Inline, tuple[int, ...]] | None:
        """The one plain sentence nested under a short item ("- Not specific" over "- Same
        cells respond to a range of pathogens"), with its line: the item names what the
        sentence explains, so the pair is a labelled item (or a question and its answer).
        None when the item has its own marks, label or definition, or its explanation does,
        since those make cards as they are."""
        if len(nested) != 1 or not text.plain:
            return None
        # "- Invasive sensors" over "- placed inside the body" and "- Example: pacemaker
        # lead": an example's point says what kind of text it is (without_examples), so the
        # one other point still explains the name, and the examples go on its back. Without
        # this the name's points were no card at all, or each hidden whole as a set.
        points = [p for p in nested[0].children if not _example_point(p)]
        examples = [p for p in nested[0].children if _example_point(p)]
        if not points and len(examples) == 1:
            points, examples = examples, []  # "- Natural monopoly" over "- e.g. water supply"
        if len(points) != 1:
            return None
        plain = unmark(text.text) if _wholly_marked(text.text) else text.text
        question = plain.endswith("?")
        # A step of an ordered list, or a long item, is no name to ask for.
        if not question and (nested[0].parent is not None and nested[0].parent.parent
                             is not None and nested[0].parent.parent.type == "ordered_list"
                             or _words(plain) > MAX_LABEL_WORDS):
            return None
        if "**" in plain or text.images or text.navigation or not self.names_a_point(plain):
            return None
        child = points[0]
        if any(c.type != "paragraph" for c in child.children) or len(child.children) != 1:
            return None
        explanation = self.inline(_inline_child(child.children[0]))
        if not self.explains(explanation):
            return None
        if examples:
            said = " ".join(self.inline(_inline_child(e.children[0])).text for e in examples)
            explanation = replace(explanation,
                                  text=f"{explanation.text.rstrip().rstrip('.;,')}. {said}")
        return explanation, (_line(child), *(_line(e) for e in examples))

    def described_by_points(self, text: _Inline, nested: list[SyntaxTreeNode],
                            shared_labels: set[str], repeated: frozenset[str] = frozenset()
                            ) -> tuple[str, tuple[int, ...], list[Fact],
                                       list[SyntaxTreeNode]] | None:
        """The plain points nested under a short name, joined into one clue, with their
        lines and the other points: "- Spacing effect" over "- Spreading practice over days
        beats cramming" and "- Helps long-term retention most". Each such point alone says
        no fact a card can ask (no mark, label, definition or shape of statements.py), and
        hidden whole it would be a clause behind a gap ("[Gave women the right to vote]"),
        so the name is what is asked, recalled from what its points say of it, as a table's
        row is. A "Label: value" point is an attribute of the name ("Carvedilol › SE:
        [dizziness …]", attribute_of); the other points (a marked word, a point with its
        own shape, a list below) are returned to be read as before. None unless the item names one
        thing (not "Other", "Causes of containment", "SE", a title ending in ':' or a
        question, a count, a year), its points share no field with its siblings' (a table
        typed as a list, read as one), and two to MAX_DESCRIBING_POINTS of them are plain,
        short enough to read on one front, none saying a word of the name; None too when
        a point is a short name (the points are a set, grouped as before) or a label whose
        value is no answer."""
        if len(nested) != 1 or _fields_below(nested, shared_labels):
            return None
        plain = unmark(text.text) if _wholly_marked(text.text) else text.text
        name = _BRACKETED.sub(" ", plain).strip()
        words = name.split()
        # "- D" over the fourth group of benefits, "- SE" over side effects: a letter or
        # two is a field or a list's mark, not a name to recall.
        if "**" in plain or text.images or text.navigation or text.task or not words or \
                sum(c.isalpha() for c in name) < 3 or plain.endswith("：") or \
                _words(plain) > MAX_LABEL_WORDS or not _is_term(name) or \
                not self.names_a_point(plain) or _names_nothing(plain) or \
                is_clause_item(plain) or _is_sentence(plain) or names_own_subject(plain) or \
                words[0].casefold() in _GENERIC_HEADINGS | _PARTS_OF_A_TOPIC | _NOT_DESCRIBED \
                or slugify(words[0]) in _GENERIC_HEADINGS | _PARTS_OF_A_TOPIC \
                or _NOT_ONE_NAME.search(name) or _DESCRIBED_YEAR.search(name) \
                or _COUNTED_NAME.match(name):
            return None
        points: list[str] = []
        lines: list[int] = []
        rest: list[SyntaxTreeNode] = []
        attributes: list[Fact] = []
        fielded = False  # a labelled point whose label the siblings' points share
        set_aside = False  # a plain point too long for the clue, or saying the name
        point_nodes: list[SyntaxTreeNode] = []  # the nodes of `points`
        shared_aside = False  # a plain point left off for saying a word of the name
        for point in nested[0].children:
            said = self.inline(_inline_child(point.children[0])) if len(point.children) == 1 \
                and point.children[0].type == "paragraph" else None
            if said is not None and (found := self.attribute_of((plain, ""), said)):
                attributes.append(Fact(Text(found, _line(point))))
                fielded = fielded or slugify(unmark(_labelled(said.text)[0])) in shared_labels
                continue
            if said is not None and _labelled(said.text):
                if not _shared_field(point, shared_labels):
                    return None  # "- CI: Asthma, COPD, …": read as before, not "[CI] — …"
                # "- people: durkheim" under "- functionalism", its siblings typed with
                # "people:" too: a field of the name read as the fields are (one word is
                # too little for attribute_of), not a reason to leave the name unasked.
                rest.append(point)
                fielded = True
                continue
            if said is not None and self.explains(said) and not said.navigation and \
                    not math_spans(said.text) and "**" not in said.text and \
                    not _shares_a_word(name, said.plain) and \
                    (_words(said.plain) > MAX_POINT_WORDS or said.plain.count(",") >= 3):
                # "- can manifest in various forms, such as political corruption, economic
                # decline, or …" beside "- can refer to a decline in social or moral
                # values" under "- decadence": too long for the clue, it is left off, and
                # the one plain point left still says what the name is (it made no card at
                # all while one point was asked for two). Not a point saying a word of the
                # name: "- Isreal wants more land" over "- Isreal starts off with a war …"
                # is a sentence's subject, no name its points describe (gate32).
                rest.append(point)
                set_aside = True
                continue
            if said is None or not self.explains(said) or said.navigation or \
                    math_spans(said.text) or _shares_a_word(name, said.plain) or \
                    _EXAMPLE_HEAD.match(said.plain) or points_back(said.plain) or \
                    _REMARK.match(said.plain) or states_own_fact(said.plain) or \
                    next(named_spans(said.plain), None) is not None or \
                    self.asks_own_gap(said.plain, name):
                rest.append(point)  # a card of its own, or a sentence read as one
                # A plain point that says a word of the name ("- often seen as having
                # greater power … over other actors" under "- principal actor") would give
                # it away on the front; the others still say what the name is.
                shared_aside = shared_aside or (
                    said is not None and "**" not in said.text and _shares_a_word(
                        name, said.plain) and not said.navigation and not math_spans(
                        said.text) and self.explains(said) and not states_own_fact(said.plain))
                continue
            if _label_words(said.plain) < 5 and not is_clause_item(said.plain):
                # "- Silent mutation", "- Apprehension": the points are a set of names,
                # asked as one (a grouped note), not a description of the item.
                return None
            points.append(said.text.rstrip(" ;,."))
            lines.append(_line(point))
            point_nodes.append(point)
        while len(points) > 1 and sum(_words(unmark(p)) for p in points) > MAX_POINTS_WORDS:
            # "- principal actor" over "- individual or group that holds a central or
            # dominant position in …" and two more points, too many words together for one
            # front: the first points say what the name is, the last are left for a card
            # of their own (held-out-7: the name made no card).
            points.pop()
            lines.pop()
            rest.append(point_nodes.pop())
            set_aside = True
        if shared_aside and points and point_nodes[0] is nested[0].children[0] and not (
                _FINITE_VERB.search(unmark(points[0])) or _is_sentence(unmark(points[0]))):
            # Only where the first point, a noun phrase, says what the name is ("individual
            # or group that holds …"): a last point left alone ("- Bulk transport … occurs by
            # exocytosis" under "- Passive diffusion", its siblings set aside) or a rule
            # ("plain form should be used …" under "relative clause + の") is no meaning.
            set_aside = True
        # "- Facial nerve" / "  - Taste to the anterior two thirds of the tongue" / "  -
        # Motor: Muscles of facial expression", its siblings typed with the same "Motor:":
        # the fields are asked as a table's cells are, and the one plain point left is what
        # sets this name apart from its siblings, its clue as a row's other cell is. Not a
        # point typed under a sibling too ("Also has alpha-1 blocking ability" under two
        # drugs): either name would fit its gap.
        least = 1 if (fielded or set_aside) and not (set(points) & repeated) else 2
        if not least <= len(points) <= MAX_DESCRIBING_POINTS or \
                sum(_words(unmark(p)) for p in points) > MAX_POINTS_WORDS:
            return None
        return "; ".join(points), tuple(lines), attributes, rest

    def asks_own_gap(self, text: str, title: str) -> bool:
        """Whether a point under `title` has a fragment's gap a card asks (fragment_gap).
        Not one naming several things ("Given for [performance anxiety and essential
        tremor]"): among its name's points it was refused (list_item_fault), and the point
        then took the name's card with it."""
        found = self.fragment_gap(text, title)
        return found is not None and list_item_fault(text[found[0]:found[1]],
                                                     clauses=False) is None

    def names_a_point(self, plain: str) -> bool:
        """Whether a short item's text may be the name a line under it explains."""
        return not (_labelled(plain) or self.definition_match(plain)
                    or plain.endswith((":", ",")) or math_spans(plain)
                    or (not plain.endswith("?") and _SUBORDINATE.search(plain)))

    def explained_below(self, head: str, below: str, line: int) -> _Inline | None:
        """The line typed under a short item after a hard break ("Long QT␣␣" / "QTc over
        500 ms"), as `explained` takes a nested point: a new sentence (capitalised), under
        a name of at most six words with no mark, label or definition of its own."""
        if _words(unmark(head)) > MAX_LABEL_WORDS or "**" in head or "**" in below or \
                not below[:1].isupper() or not self.names_a_point(head) or \
                head.endswith("?") or not self.explains(_Inline(below)):
            return None
        # "With other drugs for GA" / "Remifentanil is …", "Models not as refined as
        # adults": a circumstance or a clause names nothing; "This can be overcome …"
        # remarks on the line above rather than saying what it is.
        if _HEAD_PREPOSITION.match(head) or is_clause_item(head) or _NEGATED_HEAD.search(head) \
                or points_back(below):
            return None
        return _Inline(below)

    def explains(self, explanation: _Inline) -> bool:
        below = explanation.text
        return not (not explanation.plain or "**" in below or explanation.images
                    or explanation.task or explanation.navigation or _labelled(below)
                    or self.definition_match(below) or _PROMPT.search(explanation.plain)
                    or _words(explanation.plain) < 2 or _UNFINISHED.search(explanation.plain))

    def quiz(self, item: SyntaxTreeNode, own: list[_Inline], nested: list[SyntaxTreeNode]
             ) -> bool:
        """A multiple-choice question: "question — [the correct option]" when the answer is
        marked (✓, a ticked box, a bold option, "Answer: B"); no card when it is not."""
        if not own:
            return False
        raw = [line.strip() for child in item.children if child.type == "paragraph"
               for line in (_inline_child(child).content.split("\n"))]
        if not raw:
            return False  # an item of one display formula: no question
        first_line = _inline(SyntaxTreeNode(_PARSER.parseInline(raw[0])).children[0]).plain
        if not first_line.endswith(("?", ":")):
            return False
        options: list[tuple[str, str, bool]] = []  # (letter, text, marked)
        for child in nested:
            for index, option in enumerate(child.children):
                paragraph = next((c for c in option.children if c.type == "paragraph"), None)
                if paragraph is None:
                    continue
                shown = _inline(_inline_child(paragraph))
                if not (shown.task or _OPTION.match(unmark(shown.text))):
                    return False  # a list under a title, not lettered options or boxes
                options.append(_option(shown, index, shown.task == "done"))
        for line in raw[1:]:
            for part in _INLINE_OPTIONS.split(line):
                found = _OPTION.match(part.strip())
                if found:
                    shown = _inline(SyntaxTreeNode(_PARSER.parseInline(part.strip())).children[0])
                    options.append(_option(shown, len(options), False))
        if len(options) < 2:
            return False
        told = next((m["letter"] for line in raw for m in [_ANSWER.search(
            _inline(SyntaxTreeNode(_PARSER.parseInline(line)).children[0]).plain)] if m), None)
        correct = [o for o in options if o[2] or (told and o[0].casefold() == told.casefold())]
        line = _line(item)
        if len(correct) != 1:
            self.skip(line, "multiple-choice question", "no single option is marked as the "
                      "answer (✓, [x], bold, or 'Answer: B')")
            return True
        self.question(_Inline(first_line), _Inline(correct[0][1]), line)
        return True

    def options_under_question(self, items: list[SyntaxTreeNode], title: str | None) -> bool:
        """Lettered options ("- A. Crime is one of several causes of poverty.", "- **E. None
        of the above**") under their question: the line leading into the list, or the
        heading over it ("## … Which of These Can We Conclude?"). The marked option is the
        answer, "question — [option]"; the others are no facts. Read one by one, each
        wrong option was taught as true ("A. Crime is one of several causes of [poverty].",
        blind sample 2901). False, reading nothing, for any other list."""
        # (The heading's question only over a list right under it, not nested in another.)
        question = title if title and title.rstrip().endswith(("?", "？")) else \
            self.section().title if self.section().title.rstrip().endswith(("?", "？")) \
            and items and not _nested(items[0].parent) else None
        options = _lettered_options(items) if question else None
        if options is None:
            return False
        correct = [(text, line) for _, text, marked, line in options if marked]
        if not correct and all(_words(text) <= MAX_OPTION_WORDS for _, text, _, _ in options):
            # "- A. Adrenal cortex" / "- B. Thyroid" and no answer marked: options, no facts.
            for *_, line in options:
                self.skip(line, "multiple-choice option", "no single option is marked as the "
                          "answer (✓, [x], bold); an option is no fact")
            return True
        if len(correct) != 1:
            # "a) **Prokaryotic** cells lack a nucleus …" / "b) **Eukaryotic** cells …"
            # under "## What are the two main types of cells?": lettered points answering
            # the question together, none marked whole, read as before (the code review:
            # taken for options, all four were lost).
            return False
        if _ABOUT_THE_OTHERS.match(correct[0][0]):
            # "None of the above" says nothing without what is above it: the other options
            # are the question's (gate29-g4: "asks without showing the options").
            others = "; ".join(text.rstrip(".") for _, text, marked, _ in options if not marked)
            question = f"{question} ({others})"
        self.question(_Inline(question), _Inline(correct[0][0]), correct[0][1])
        for *_, marked, line in options:
            if not marked:
                self.skip(line, "multiple-choice option", "a wrong option is no fact")
        return True

    def named_in_clause(self, text: _Inline, title: str | None) -> tuple[int, int] | None:
        """The name an item too long to recall whole gives past its opening words ("Sends
        the "Long Telegram", describing …", statements.named_spans), as the gap of a
        sentence of its own: in a grouped list the item would be no gap at all
        (quality.list_item_fault). Not a name the article's title, the section's heading
        or the list's title says ("Truman" under "Truman's first years"): it is on every
        card of it. "Franco-Prussian War" in "The Early Cold War" says more than "war"."""
        # A shorter item that says what someone does ("Refuses to share atomic secrets with
        # the Soviets") is no gap of the group either (quality.is_clause_item).
        if (len(text.plain.split()) <= LIST_ITEM_WORDS and not is_clause_item(text.plain)) \
                or "**" in text.text:
            return None
        topic = {st for words in (self.article_title, self.section().title, title or "")
                 for _, _, st in content_words(words)}
        for start, end in named_spans(text.text):
            stems = {st for _, _, st in content_words(text.text[start:end])}
            if stems and not all(any(related(a, b) for b in topic) for a in stems):
                return start, end
        return None

    def names_beside_labels(self, entries: list[tuple[_Inline, int]], pairs,
                            title: str | None, ordered: bool) -> set[int]:
        """The lines of the bare names among labelled items, read as one note; none if the
        set is too long to show whole.

        "- Schizoaffective disorder" among "- Schizophrenia: > 6 months": a bare name of the
        same set, with nothing of its own to ask it from. Beside the set's other names, shown
        whole, it is one member to recall; the labelled names are its cue only, asked on
        their own cards. A set too long to show whole stays no card (card-quality.md §4e);
        a sentence among the items is no name of the set and stays out of it. Not in a
        numbered list (steps of a plan, "3. Papain/pepsin fragments table"), nor under an
        item whose siblings share its labels ("- Digoxin" over "- SE: …" / "- Toxicity"):
        those labels are fields of the item above, no names of a set. A name over a list of
        its own points is that list's title, no member of this set."""
        if ordered or self.attributes:
            return set()
        labels = {line: unmark(label).strip() for label, _, line in pairs}
        bare = {line for t, line in entries if line not in labels and _bare_name(t.text)
                and line not in self.over_lists}  # "- Toxicity" over its points: a heading
        if not bare or len(entries) > MAX_GROUPED_ITEMS:
            return set()
        with self.titled(title):
            self.section().facts.append(_joined_fact(
                [(_item_cloze(t.text) if line in bare else labels[line], line)
                 for t, line in entries if line in bare or line in labels]))
        return bare

    def without_examples(self, entries: list[tuple[_Inline, int]]):
        """`entries` without the items an example's label heads ("- contraejemplo: topología
        cofinita en los reales", "- Example: …"): the label says what kind of text the item
        is, an example of the point above, no member of a set beside its siblings.
        Hidden whole beside them, "[contraejemplo: …]; ejemplo: …" asked a learner to recite
        an example from the other (a blind review: junk); alone, it has no point to show."""
        kept = []
        for text, line in entries:
            head = _EXAMPLE_LABEL.match(text.plain)
            if head:
                self.skip(line, "list item", f'"{head["label"]}" says what kind of text the '
                          "item is, not what it is about; write it as a sentence that names "
                          "what it is an example of")
            else:
                kept.append((text, line))
        return kept

    def item_number(self, line: int, counted: int) -> int:
        """The number a numbered item was typed with ("4. Evaluate f …" in a list that
        starts at 4), else its place in the list: a step's number is part of what its card
        asks."""
        typed = re.match(r"\s*(\d{1,4})[.)]\s", self.lines[line - 1]) \
            if 0 < line <= len(self.lines) else None
        return int(typed.group(1)) if typed else counted

    def named_cases(self, entries: list[tuple[_Inline, int]], title: str | None,
                    ordered: bool) -> bool:
        """Two to eight items each naming a case by its value or range: one note asking
        each name beside the others. "Coefficient of Elasticity" over "1. Perfect
        Inelastic = 0", "2. Inelastic < 1", …, and "### Belastungsdauer" over
        "Kurzzeitausdauer (<35s)", "Mittelzeit-Ausdauer (35s - 8min)", …: read as
        calculations or a name and a number in brackets, no item made a card. Where every
        value is words ("Handeln = Begehen", "Nichtstun = Unterlassen"), the value is the
        term the plain name is given, and asked. Not a problem's quantities ("Mass = 5 kg"),
        a table of data ("Mean = 12", "Homework = 20"), nor settings ("DEBUG = True"): an
        equals sign with a number says no case (the re-read); an inequality or words do."""
        texts = [t for t, _ in entries]
        if not 2 <= len(texts) <= MAX_GROUPED_ITEMS or any(
                "**" in t.text or math_spans(t.text) or t.images for t in texts):
            return False
        lines = [" ".join(t.plain.split()) for t in texts]
        ranged = [_NAMED_RANGE.fullmatch(line) for line in lines]
        named = [_NAMED_VALUE.fullmatch(line) for line in lines]
        if all(ranged) and all(_BOUND.search(m["value"]) for m in ranged):
            items = [f"**{m['name'].strip()}** ({m['value'].strip()})" for m in ranged]
        elif all(named) and not self.worked_problems() and not any(
                _MEASURED.search(m["value"]) or _SETTING_NAME.search(m["name"])
                for m in named):
            words = all(not re.search(r"\d", m["value"]) and _words_of_letters(m["value"])
                        for m in named)
            if any(_DATA_NAME.fullmatch(m["name"].strip()) for m in named) or \
                    _DATA_TITLE.search(f"{title or ''} {self.section().title}"):
                return False
            items = [f"{m['name'].strip()} {m['relation']} **{m['value'].strip()}**" if words
                     else f"**{m['name'].strip()}** {m['relation']} {m['value'].strip()}"
                     for m in named]
        else:
            return False
        with self.titled(title):
            self.section().facts.append(_joined_fact(
                [(item, line) for item, (_, line) in zip(items, entries, strict=True)],
                ordered=ordered))
        return True

    def plain_list(self, entries: list[tuple[_Inline, int]], title: str | None,
                   ordered: bool = False) -> bool:
        """Unlabelled, unmarked items under a title ("Key features of TCP:"): 2 to 8 short
        items are one note with a cloze per item; in a longer list each short item is a
        note. Long items, and lists with marks or definitions of their own, are paragraphs."""
        # "- **Skin**", "- **Nose**": bold over whole items marks the list, not a phrase; so
        # does bold over one item's head among plain items ("**Ischemic heart disease**
        # (most common)", "Hypertension", …), which is the very gap a grouped item gets.
        if title and (lead := _COPULA_LEAD.match(" ".join(title.split()))) and all(
                (found := _TERM_ON_CONDITION.match(t.plain)) and "**" not in t.text and
                re.fullmatch(_IF_BY_COPULA.get(lead["copula"].casefold(),
                                               "if|when|whenever|iff"),
                             found["conjunction"], re.I)
                for t, _ in entries):
            # "A symmetric matrix $A$ is:" over "- Positive semi-definite (PSD) if for all
            # $x$ …": each item finishes the lead's sentence, a term and the condition that
            # makes the subject it, asked as the sentence is ("… is [positive
            # semi-definite (PSD)] if …"). Alone, no item named anything to ask.
            for text, line in entries:
                item = text.text  # ("Positive definite …" goes on the sentence in its case;
                # a German noun, an acronym or a name keeps its capital)
                if lead["copula"].casefold() not in ("ist", "sind") and item[1:2].islower():
                    item = item[0].lower() + item[1:]
                self.paragraph(replace(text, text=f"{lead['lead']} {item}"), line)
            return True
        mixed = any("**" not in t.text for t, _ in entries)
        entries = [(replace(t, text=unmark(t.text)) if _wholly_marked(t.text) or (
                        mixed and t.text == _item_cloze(unmark(t.text))
                        and _ITEM_TAIL.search(t.plain))
                    else t, line) for t, line in entries]
        texts = [t for t, _ in entries]
        if ordered and 2 <= len(texts) <= MAX_GROUPED_ITEMS and all(
                "**" in t.text and _words(t.plain) <= MAX_ITEM_WORDS for t in texts):
            # Steps in order, each with its marked word: one note, so every card shows the
            # other steps ("Client sends [SYN]" twice would be two cards with one front).
            with self.titled(title):
                self.section().facts.append(_joined_fact(
                    [(f"{n}. {t.text}", line) for n, (t, line) in enumerate(entries, 1)],
                    ordered=True))
            return True
        if all(t.navigation for t in texts):
            for _, line in entries:  # each item is a block the author may look up
                self.skip(line, "list of links", "links state no fact")
            return True
        names = [strip_emoji(unmark(name or "")).strip(" :：.")
                 for name in (title, self.section().title)]
        learning = [bool(_LEARN_ORDER.match(t.plain)) for t in texts]
        if any(_OBJECTIVES_TITLE.fullmatch(name) for name in names) and sum(
                bool(_PROMPT.search(t.plain) or is_order(t.plain)) or said
                for t, said in zip(texts, learning, strict=True)) * 2 >= len(texts) or \
                any(_OBJECTIVES_IF_LEARNING.fullmatch(name) for name in names) and all(learning):
            for _, line in entries:
                self.skip(line, "list item", "learning objectives say what the lecture "
                          "teaches, as orders; they state no fact of it")
            return True
        shortness = all(_words(t.plain) <= 8 and not _STATES_SOMETHING.search(t.plain)
                        for t, _ in entries)
        for pattern, says, only_short in _TOPIC_LISTS:
            # (Topics are short names: an item with a number, a colon or a sentence's end,
            # "The Bastille fell on 14 July 1789", states a fact under any heading; a
            # reading list's items are works, whatever their length.)
            if any(pattern.fullmatch(name) for name in names) and (shortness or not only_short):
                for _, line in entries:
                    self.skip(line, "list item", f"{says}; it states no fact of them")
                return True
        if self.named_cases(entries, title, ordered):
            return True
        if any("**" in t.text or t.images or "=" in t.text or math_spans(t.text)
               for t in texts) or any(self.definition_match(t.text) for t in texts):
            return False  # marked, defining, or a calculation: each item is read on its own
        asked = sum(bool(_PROMPT.search(t.plain)) for t in texts)
        if asked == len(texts) or len(texts) >= 3 and asked * 3 >= len(texts) * 2 and all(
                _PROMPT.search(t.plain) or _QUESTION_OPENING.match(t.plain) for t in texts):
            # (Most of a list of questions, the rest typed without their "?": "Is the
            # emotion … realistic enough." among "Is the situation representative of real
            # life?" made "Is the situation representative of […]?" (blind sample: junk).)
            for _, line in entries:
                self.skip(line, "question", "a question with no answer makes no card; write "
                          "its answer as a sentence")
            return True
        if all(t.task or _study_note(t.plain) for t in texts) or any(
                _TASKS_TITLE.fullmatch(unmark(name or "").strip(" :"))
                for name in (title, self.section().title)):
            for _, line in entries:
                self.skip(line, "task list", "tasks are things to do, not facts")
            return True
        # An item that states one thing in a plain shape ("A rise in rates leads to higher
        # repayments") is a sentence with its own small gap (statements.py), not a whole
        # item to recall among the others; the rest are read as before.
        # (Not its subject: a term a sentence names is the better gap, and generate.py
        # tries those first for an item read as a sentence.)
        # So is a fragment about the title ("Decreases AV nodal conduction"): fragment_gap.
        about = title or self.section().title
        entries = self.without_examples(entries)
        # A note to oneself among facts ("see lecture 4") is no member of their set. (No
        # item is marked here: a list with marks was read item by item above.)
        kept = []
        for t, line in entries:
            if not _study_note(t.plain):
                kept.append((t, line))
            else:
                self.skip(line, "task or property", "a note to yourself about studying (where "
                          "to look, what to revise or ask) states no fact of the subject")
        entries = kept
        if not entries:
            return True
        texts = [t for t, _ in entries]
        # So is a step and what it leads to ("Low blood glucose → glucagon release"): the
        # effect is the gap, not the whole item beside the others (statements.led_to_span).
        stating = [clean_statement_span(t.text, doer=False)
                   or self.fragment_gap(t.text, about, participle=False)
                   or led_to_span(t.text) for t in texts]
        # So is a terse item's year, dose, first-line drug, sign or step (terse_item_span:
        # "[positive] for normal goods"), though no name of the article for other sentences
        # to hide: "negative externality → [overproduction]" became "[negative] externality".
        terse = [not said and terse_item_span(t.text, about) for t, said in zip(
            texts, stating, strict=True)]
        stating = [said or found for said, found in zip(stating, terse, strict=True)]
        if ordered and _are_steps(texts) and 2 * sum(map(bool, stating)) < len(texts):
            # "1. Call for help  2. Lie the patient flat …  3. Give IM adrenaline …": steps
            # in order, each an instruction. Hidden one at a time beside the others, each
            # card asks what comes where in the procedure, which is what a protocol or a
            # method is learned for. Read one by one, an instruction names nothing to ask
            # (no card) or gives a stray gap ("raise the [legs]"), and grouped as names
            # each was refused as "a clause, not a name to recall". Where most steps
            # state a small fact of their own ("Give prednisolone [40 mg] orally"), those
            # are asked instead: a smaller answer.
            with self.titled(title):
                self.section().facts.append(_joined_fact(
                    [(f"{self.item_number(line, n)}. **{t.text.strip().rstrip('.;')}**", line)
                     for n, (t, line) in enumerate(entries, 1)], ordered=True, steps=True))
            return True
        rest = [(t, line) for (t, line), said in zip(entries, stating, strict=True) if not said]
        if any(stating):
            with self.titled(title):
                for (text, line), said, value in zip(entries, stating, terse, strict=True):
                    if said:  # that phrase is the gap, as if the author had marked it
                        self.section().facts.append(fact := Fact(Text(
                            self.with_subject(_marked(text.text, *said), about), line)))
                        if value:
                            self.field_values.add(id(fact))
            if not rest:
                return True
            entries, texts = rest, [t for t, _ in rest]
        # "- qSOFA ≥ 2: high risk", "- Altered mentation (GCS < 15)": a sign before a number
        # states a threshold, a claim, even where no card asks it (a score's bare number):
        # hidden whole beside the other items it was a claim behind a gap. Read on its own.
        thresholds = [_THRESHOLD.search(t.plain) is not None for t in texts]
        if any(thresholds):
            with self.titled(title):
                for (text, line), threshold in zip(entries, thresholds, strict=True):
                    if threshold and (said := _bracketed_threshold(text.text)):
                        # "Oliguria (urine output < 0.5 mL/kg/h)": the sign named, its
                        # threshold in the bracket the gap (an aside elsewhere, never asked).
                        self.section().facts.append(Fact(Text(_marked(text.text, *said),
                                                              line)))
                    elif threshold:
                        self.paragraph(text, line)
            entries = [e for e, threshold in zip(entries, thresholds, strict=True)
                       if not threshold]
            texts = [t for t, _ in entries]
            if not entries:
                return True
        # "- Carol Gilligan (1982): women and men think differently …" among plain points:
        # two or more items that name a thing and say what it is are labelled items.
        named = [(*found, line) for t, line in entries
                 if (found := _labelled(t.text)) and found[0][:1].isupper()
                 and _is_term(unmark(found[0])) and _names_a_thing(*found)]
        if len(named) >= 2:
            # "- tie: content of a particular relationship" among "- Embeddedness: …" and
            # "- Structural hole: …": typed in lower case, it is a term of the same glossary.
            # Alone, a lowercase label is a note to self ("heap: memory", "class: b1-
            # selective"), and "ex:" or "case study:" heads an example, no term.
            named = sorted(named + [
                (*found, line) for t, line in entries
                if (found := _labelled(t.text)) and found[0][:1].islower()
                and _is_term(label := unmark(found[0]).strip()) and _words(label) <= 3
                and _words(unmark(found[1])) >= 3 and _names_a_thing(*found)
                and not _EXAMPLE_HEAD.match(label) and not is_structural_label(label)
                and _slug(label) not in _GENERIC_HEADINGS], key=lambda n: n[2])
        if len(named) >= 2 and not _repeats_a_label([(label, rest) for label, rest, _ in named]):
            # The other items are claims beside those ("kids develop personality through
            # parent interactions"): sentences, not names to hide whole beside each other.
            self.labelled_list(title or self.section().title, named, entries[0][1], terms=False)
            kept = {line for _, _, line in named} | self.names_beside_labels(entries, named,
                                                                              title, ordered)
            with self.titled(title):
                for text, line in entries:
                    if line not in kept:
                        self.paragraph(text, line)
            return True
        # "* It happens in the chloroplasts." / "* The green pigment absorbs light.": items
        # that are whole sentences, hidden whole, leave their cards nothing to cue them; in a
        # list at least half of sentences each one is read as the sentence it is (its terms, its
        # one stated fact), under the list title. One full stop among names ("Attachment to
        # cytoskeleton and ECM.") is still a name.
        sentences = [_is_sentence(_item_head(t.text)) for t in texts]
        if sentences and 2 * sum(sentences) >= len(sentences):
            if len(sentences) - sum(sentences) < 2:  # one point left is no list: a sentence too
                sentences = [True] * len(sentences)
            with self.titled(title):
                for (text, line), sentence in zip(entries, sentences, strict=True):
                    if sentence:
                        self.paragraph(text, line)
            entries = [e for e, sentence in zip(entries, sentences, strict=True) if not sentence]
            texts = [t for t, _ in entries]
            if not entries:
                return True
        # "## Husk" (Danish "Remember") over "- Laktat måles igen efter 2-4 timer" and "- spørg
        # bagvagten om …": a heading naming a kind of note says no set; its items, hidden
        # whole beside each other, asked a learner to recite a reminder (§4e). Each is read
        # as the sentence it is, as a "Remember" list's English sentences are.
        if is_structural_label(kind := unmark(title or self.section().title)) or \
                _slug(kind) in _NOTE_KINDS_ABROAD:
            with self.titled(title):
                for text, line in entries:
                    self.paragraph(text, line)
            return True
        # A sentence in Chinese is long however few its spaces: read as a paragraph, as an
        # English one is ("中央银行通过[公开市场操作]来调节货币供给。").
        short = [len(t.plain.split()) <= MAX_ITEM_WORDS and not is_chinese_sentence(t.plain)
                 and not _chinese_clause_on_a_name(t.plain) for t in texts]
        with self.titled(title):
            named = [self.named_in_clause(t, title) for t in texts] \
                if 2 <= len(entries) <= MAX_GROUPED_ITEMS and all(short) else []
            if any(named) and len(entries) - sum(map(bool, named)) != 1:
                # Items too long to be a gap of the group that name a thing: sentences of
                # their own, that name their gap; the others are the group. So when every
                # item names one ("Soviets invade South Korea, …", "Truman gets approval …
                # from UN Security Council"): there is no group, and each hidden whole was
                # a clause behind a gap, refused. One item left over keeps the group.
                for (text, line), said in zip(entries, named, strict=True):
                    if said and _doer_unsaid(text.plain, self.section().shown or title or ""):
                        self.skip(line, "list item", "it says what someone does, and its "
                                  "heading names no one; write who does it")
                    elif said:
                        self.section().facts.append(Fact(Text(_marked(text.text, *said),
                                                              line)))
                entries = [e for e, said in zip(entries, named, strict=True) if not said]
                texts = [t for t, _ in entries]
                if not entries:
                    return True
            if 2 <= len(entries) <= MAX_GROUPED_ITEMS and all(short):
                with self.titled(None if title else self.article_set(entries[0][1])):
                    self.section().facts.append(_joined_fact(
                        [(_item_cloze(t.text), line) for t, line in entries], ordered))
                # "The 2 stages of photosynthesis are..." / "* The Calvin Cycle": each item is
                # a name of the article, which a sentence naming it may hide.
                self.terms.extend(name for t, _ in entries if (name := _item_name(t.text)))
                return True
            # "- Panic disorder" as one of fifteen names and nothing more: one name of a set
            # too long to show whole, behind a gap with nothing beside it, is any of the
            # others (card-quality.md §4e); nor does a bare name state a fact as a sentence.
            bare = len(entries) > MAX_GROUPED_ITEMS and all(
                _is_term(t.plain) and not _is_sentence(t.plain)
                and not _item_parts(t.text)[1].strip() for t in texts)
            for (text, line), is_short in zip(entries, short, strict=True):
                if bare:
                    self.skip(line, "list item", f"a bare name in a list of {len(entries)}: "
                              "nothing beside it to recall it from, and a list of more than "
                              f"{MAX_GROUPED_ITEMS} is too long to show whole; add what it "
                              "is ('Name: what it is') or split the list under titles")
                    continue
                cloze = _item_cloze(text.text)
                dated = _ITEM_YEAR.search(text.text)
                if dated and not _words_of_letters(_item_parts(text.text)[1]):
                    # "Newcomen's atmospheric engine (1712)": hidden, the name would leave
                    # only its year to answer from; the year is the gap, the name its clue.
                    cloze = _marked(text.text, *dated.span(1))
                if is_short and not (cloze.startswith("**") and cloze.endswith("**")):
                    self.section().facts.append(Fact(Text(cloze, line)))
                else:  # hidden whole it would leave a front of nothing: read as a sentence
                    self.paragraph(text, line)
        return True

    @contextmanager
    def read_from(self, *blocks: SyntaxTreeNode | None):
        """Facts read inside record the lines of `blocks` as lines their text was read from
        (Fact.lines): a display formula joined to the sentence leading into it starts no
        note of its own, and a report (or benchmarks/real_notes.py) that looked only at
        the lead's line said the formula made no card."""
        facts = self.section().facts
        before = len(facts)
        yield
        lines = tuple(_line(b) for b in blocks if b is not None and b.map)
        if lines:
            facts[before:] = [replace(f, lines=tuple(sorted({*f.lines, *lines})))
                              for f in facts[before:]]

    @contextmanager
    def titled(self, title: str | None):
        """Content read inside gets `title` as its context: a section of its own, in the
        current one's topic. No title: the current section."""
        if not title:
            yield
            return
        outer = self.current
        parent = self.section()
        shown = unmark(title)
        if says_only_where_from(shown) and parent.title and parent.title != INTRODUCTION:
            # "Points from the lecture" under "Truman's first years": the heading says
            # whose points they are; the lead-in would leave each item without a subject.
            shown = parent.title
        elif (len(shown.split()) <= 2 and parent.title and parent.title != INTRODUCTION
              and len(f"{parent.title} {shown}".split()) <= 8  # a heading, not a sentence
              and " › " not in parent.title and not is_generic_heading(parent.title)
              and not is_generic_heading(shown)  # "Key points:" says no set: §4e, no card
              and not any(related(a, b) for _, _, a in content_words(shown)
                          for _, _, b in content_words(parent.title))):
            # "Threats:" under "## Biodiversity": threats to what, the heading says (three
            # reviews: "threats to what?"). The list's cards show both.
            shown = f"{parent.title} › {shown}"
        draft = _SectionDraft(unmark(title), self.section_ids.claim(
                                  f"{parent.id}-{_slug(title) or 'list'}"), parent.topic,
                              self.block_line, heading=parent.heading, shown=shown, cue=True)
        self.sections.append(draft)
        self.current = draft
        try:
            yield
        finally:
            self.current = outer if outer is not None else parent

    def labelled_list(self, title: str, pairs, line: int, terms: bool = True,
                      sentences: frozenset[int] = frozenset(), typed: bool = False) -> None:
        """A labelled list; with `terms`, its labels are names other facts may hide. The
        labels of the items on the lines of `sentences` are sentences of a language, asked
        whole from their translation ("Das ist mein Bruder 这是我哥哥"): a verb in one is no
        claim made of a label ("Präfix ist betont: …"). With `typed` (a list's typed
        "Label: value" items, not a table's rows), a one-word value is asked under its
        label (_terse_value)."""
        section = self.section()
        title = unmark(title)
        list_id = self.container_ids.claim(slugify(title) or "list")
        items = []
        keys: set[str] = set()
        stub = LabelledList(list_id, title, "", ())
        pairs = list(pairs)
        german = reads_as_german(" ".join(f"{unmark(label)} {unmark(rest)}"
                                          for label, rest, *_ in pairs))
        labels = tuple(label for label, *_ in pairs)
        for label, rest, item_line, *more in pairs:  # more: the explanation's lines
            if "[^" in label:
                # "- 45% red cells^[only seen when …]" over its explanation: the marker
                # showed in the label's gap ("[…][^inline-e79e1e2c]"). It moves to the end of
                # the text, where the footnote's words go on the back as any fact's do.
                markers = "".join(_FOOTNOTE_MARKER.findall(label))
                label = _FOOTNOTE_MARKER.sub("", label).rstrip()
                rest = f"{rest.rstrip()}{markers}"
            if len(unmark(label)) > MAX_NAME_CHARS and len(unmark(label).split()) > 50:
                # A table's first cell of 1,508 characters (a soldier's letter quoted beside
                # its analysis, held-out-6) was read as the row's name and refused the whole
                # file. A passage of many words is no name, whatever its marks: the row is
                # left out with its reason, and the rest of the file is read. (One "word" of
                # a thousand letters is still refused as a name, as in YAML.)
                self.skip(item_line, "table row or item", f"its first part is a passage of "
                          f"{len(unmark(label)):,} characters, too long to be the name of "
                          "its row; write the name first and the passage after it")
                continue
            if not self.fits(unmark(label), item_line, "label"):
                continue
            if _POINTER_LABEL.match(unmark(label)):
                # "See also: [[Asthma]] for pulmonary differential": a card hiding "See
                # also" asks nothing, and the page named is no fact of this one.
                self.skip(item_line, f'"{unmark(label)}" item', "it points to another note "
                          "and states no fact; write what the learner should know of it")
                continue
            if item_line not in sentences and _not_a_term_label(unmark(label), german):
                # "Präfix ist betont: ANrufen, EINkaufen", "Im Satz: Präfix am Ende": hidden,
                # a claim or a place was asked from its examples (junk).
                self.skip(item_line, f'"{unmark(label)}" item', "its label is a claim or says "
                          "where, no term to ask from the rest; write the term as the label")
                continue
            if self.mode == "text" and (thing := self.thing_of(title, label, rest)) \
                    and _slug(thing) == _slug(_bare_heading(section.title)):
                # "## ACE inhibitors" over "- MoA: block conversion of angiotensin I …", "- SE:
                # dry cough …": each label is a field of the drug the heading names, asked
                # "[SE] — dry cough …" (junk: any drug's line has one). Its value is asked
                # under the name and the field, as a name's own points are (attribute_of).
                if self.thing_field(thing, unmark(label), rest, item_line) != "name":
                    continue
                # Too long a value to recall ("Side effects: fatigue, cold peripheries,
                # bronchospasm in asthmatics"): the name is asked from it, as a table's row
                # name is from its cells.
                label, rest = thing, f"{unmark(label)}: {rest}"
            if self.mode == "text" and _attribute_label(label, rest, labels):
                # "Order: 1s 2s 2p 3s …" under "## Filling rules": "[Order]" asks a word.
                self.skip(item_line, f'"{unmark(label)}" item', "its label names what the "
                          "text is of the subject (order, size, location …), no term to ask")
                continue
            if self.mode == "text" and (value := self.short_value(label, rest)
                                        or typed and _terse_value(label, rest)):
                # "- Connectionless (UDP) sockets: `DatagramSocket`": hidden, the label
                # would leave one word to answer from; the value is asked under it.
                shown = "" if slugify(title) == slugify(section.title) else f"{title} › "
                section.facts.append(Fact(Text(
                    f"{shown}{unmark(label)}: **{value}**", item_line)))
                continue
            if self.mode == "text" and (kind := _value_of_a_kind(unmark(label), unmark(rest))):
                # "[Vasopressor] — noradrenalin 1. valg" asked a kind word from its value.
                shown = "" if slugify(title) == slugify(section.title) else f"{title} › "
                section.facts.append(Fact(Text(
                    f"{shown}{unmark(label)}: {_marked(unmark(rest), *kind)}", item_line)))
                continue
            said = label_in_text(unmark(label), unmark(rest)) if terms else None
            if terms and not (said and said_as_another_word(unmark(label), unmark(rest), said)) \
                    and len(unmark(label).strip()) > 2:
                # (Nor a symbol, "n = principal quantum number": hidden in "number of nodes =
                # [n] − 1" it was a gap of one letter, weak; its own item still asks it.)
                # Not "Spending" over "… borrow and spend less": a label its text says only
                # as another word names what the text does, no term a sentence elsewhere
                # may hide ("higher consumer [spending]", judged filler: junk).
                self.terms.append(unmark(label))
            item = ListItem(unmark(label), Text(rest, item_line), None, item_line,
                            lines=tuple(more[0]) if more else ())
            if not slugify(item.label) or item_key(stub, item) in keys:
                # Labels that differ only in symbols ("\\(+\\)", "\\(-\\)"), or one label
                # repeated down a table's first column ("x", "x", …): the label spelled out
                # with the item's first words keeps their notes apart. A Markdown file is
                # never refused for a key it repeats; its author chose no key.
                spelled = slugify(f"{list_id} {_spell_symbols(item.label)} {first_words(rest, 3)}")
                item = replace(item, id=self.container_ids.claim(spelled))
            keys.add(item_key(stub, item))
            self.builder.claim(item_key(stub, item), item_line, "", f'item "{item.label}"')
            items.append(item)
        named = [c.name for c in self.concepts if term_pattern(c.name, c.forms).search(title)]
        section.lists.append(LabelledList(
            list_id, title, topic_slug(self.topic_for(title, section.topic)), tuple(items),
            named[0] if len(named) == 1 else None, line,
        ))

    @staticmethod
    def short_value(label: str, rest: str) -> str | None:
        """The value of a labelled item that cannot be its label's clue, to ask instead:
        the words an acronym label spells ("FUL = Formula of Universal Law"), or code alone
        ("Connectionless (UDP) sockets: `DatagramSocket`", no word to answer from). None
        for any other value ("Sulfonamides: Trimethoprim-sulfamethoxazole" asks its label,
        as before), and for code that is no answer (a number, a common word), marked, math
        or saying a word of the label. Words that say a word of the label ("**Digoxin
        immune Fab**: Digoxin toxicity", "**Dose calculations**: Weight-based dosing") are
        never asked here: the front would hold half of them (a review: "Digoxin immune Fab:
        [Digoxin toxicity]" weak, "Dose calculations: [Weight-based dosing]" junk, a
        label's restatement), so neither side is asked."""
        value = unmark(rest).strip().rstrip(".")
        words = value.split()
        if _spelled_out(unmark(label).strip(), value):
            # "FUL = Formula of Universal Law": the value's initials spell the label, which
            # hidden is no recall ("[FUL] — Formula of Universal Law"); the value is asked.
            return value
        code = _CODE_ONLY.fullmatch(rest.strip().rstrip("."))
        # Code saying a word of the label would be hidden with it ("Connection-oriented
        # (TCP) [sockets]: [`Socket`]"); a list of names is no one answer.
        if not words or len(words) > 2 or "**" in rest or "," in value or ":" in value or \
                any(c.isdigit() for c in label + value) or \
                math_spans(rest) or weak_answer(value) or _words_of_letters(value) < 1 or \
                not code or _shares_a_word(unmark(label), value):
            return None
        return value.strip("`")  # a fact's text shows no code span

    def table(self, table: _Table, title: str | None) -> None:
        if self.mode == "references":
            self.skip(table.line, "table", "a table among the references makes no card")
            return
        if _aspect_table(table):
            # "| Caractéristique | Description |" over "| **Religion** | Christianisme
            # orthodoxe |" under "### L'Empire byzantin": the rows are the section's
            # subject's aspects, and "[Religion] — Christianisme orthodoxe" asked a field's
            # name (blind sample 2903: junk). Each aspect's value is asked under it.
            whose = self.heading_subject(title)
            if whose and _TABLE_WORD.search(whose):
                whose = None  # "## Summary table": the heading names the table, no subject
            for row in table.rows:
                if len(row.cells) < 2 or not row.cells[0].plain or not row.cells[1].plain:
                    self.skip(row.line, "table row", "a row needs an aspect and its value")
                    continue
                aspect = unmark(row.cells[0].text).strip().rstrip(":")
                self.field_fact(f"{whose + ' › ' if whose else ''}{aspect}: "
                                f"**{unmark(row.cells[1].text).strip()}**", row.line)
            return
        if table.shape == "glossary":
            # Read before the text (collect_glossary), but for its abbreviations: "[…] —
            # Atrial fibrillation" spells "AF" and asked nothing (no card was made), so what
            # the letters stand for is asked, with the headers as labels for words enough.
            heads = [h.text.strip() for h in table.header]
            with self.titled(title):
                for row in table.rows:
                    if _abbreviation_row(row):
                        self.section().facts.append(Fact(Text(
                            f"{heads[0]}: {row.cells[0].text.strip()} — {heads[1]}: "
                            f"**{row.cells[1].text.strip()}**", row.line)))
            return
        if table.shape == "lists":
            for column, head in enumerate(table.header):
                pairs = [(*lab, row.line) for row in table.rows
                         if column < len(row.cells) and (lab := _labelled(row.cells[column].text))]
                if pairs:
                    self.labelled_list(head.plain or title or self.section().title, pairs,
                                       table.line)
            return
        if inputs := _truth_table(table):
            self.truth_rows(table, inputs, title)
            return
        if _grid_of_bits(table):
            # A Karnaugh map or an adjacency matrix: "| $\overline{A}$ | 0 | 0 | 1 | 0 |"
            # asked "\(B \cdot \overline{C}\): […]" under "\(\overline{A}\)", a 0
            # of a grid (blind sample 2828: junk). Its cells are read together or not at all.
            for row in table.rows:
                self.skip(row.line, "table row", "a grid of 0s and 1s: no cell of it is a "
                          "fact to recall alone")
            return
        if inputs := _sign_table(table):
            self.sign_rows(table, inputs, title)
            return
        if self.one_column_matrix(table, title):
            return
        if table.shape == "entity":
            self.entity_rows(table, title or self.section().title)
            return
        if table.shape == "list":
            entries = [(row.cells[0], row.line) for row in table.rows if row.cells]
            named = strip_emoji(table.header[0].plain) if table.header else ""
            if not self.plain_list(entries, named or title, ordered=False):
                with self.titled(named or title):
                    for text, line in entries:
                        self.paragraph(text, line)
            return
        if table.shape == "sentences":
            with self.titled(title or self.section().title):
                for index, head in enumerate(table.header):
                    with self.titled(strip_emoji(head.plain)):
                        for row in table.rows:
                            if index < len(row.cells) and row.cells[index].text:
                                self.paragraph(row.cells[index], row.line)
            return
        if table.shape == "documents":
            with self.titled(table.header[1].plain.strip() or title):
                for row in table.rows:
                    if len(row.cells) > 1 and row.cells[1].plain.strip():
                        self.paragraph(row.cells[1], row.line)
                    else:
                        self.skip(row.line, "table row", "a document's number with nothing "
                                  "it says")
            return
        if table.shape == "questions":
            with self.titled(title):
                for row in table.rows:
                    self.question(row.cells[0], row.cells[1] if len(row.cells) > 1 else None,
                                  row.line)
            return
        if table.shape == "concepts":
            # Rows of parallel points, with no dimension to ask about: each row is a note
            # whose cards hide one concept's point and show the other's as the clue.
            with self.titled(title or self.section().title):
                for row in table.rows:
                    points = [(name, cell.plain) for name, cell in
                              zip(table.concepts, row.cells, strict=False) if cell.plain]
                    if len(points) < 2:
                        self.skip(row.line, "table row", "a point for each concept is needed")
                        continue
                    text = "; ".join(f"{name}: **{point}**" for name, point in points)
                    self.section().facts.append(Fact(Text(text, row.line)))
            return
        if table.shape == "wide":
            self.wide_rows(table, title or self.section().title)
            return
        if table.shape == "described":
            self.described_rows(table, title or self.section().title)
            return
        if table.shape != "comparison":
            self.skip(table.line, "table", table.why)
            return
        self.comparison(table, title or self.section().title)

    def one_column_matrix(self, table: _Table, title: str | None) -> bool:
        """A table of two columns with an empty corner and short values ("|  | Endung |"
        over "| wir | -en |"): the first column holds the dimensions, as in a wider matrix,
        and the one other column is what each is asked for, "wir — Endung: […]". Read as
        a thing and its attribute, the card hid the dimension ("[wir] — Endung: -en"), a
        pronoun or a word too short to ask from."""
        if len(table.header) != 2 or table.header[0].plain.strip() or \
                not (head := table.header[1].plain.strip()) or not table.rows:
            return False
        rows = [r for r in table.rows if len(r.cells) >= 2]
        if not rows or any(not r.cells[0].plain.strip() or not r.cells[1].plain.strip()
                           or _words(r.cells[1].plain) > MAX_MATRIX_VALUE_WORDS
                           or "**" in r.cells[1].text
                           # "| + Exports | 427.6 |": one year's figures, a table of data
                           or re.fullmatch(r"[-+−]?[\d.,\s%]+", r.cells[1].plain.strip())
                           for r in rows):
            return False
        with self.titled(title or self.section().title):
            for row in rows:
                self.section().facts.append(Fact(Text(
                    f"{row.cells[0].text.strip()} — {head}: **{row.cells[1].text.strip()}**",
                    row.line)))
        return True

    def truth_rows(self, table: _Table, inputs: int, title: str | None) -> None:
        """A note per row and computed column of a truth table (_truth_table), hiding the
        value: "When \\(p\\) = T, \\(q\\) = F, \\(p \\land q\\) is [false]". One
        note each, not one per row: two columns of the same value would be one gap."""
        heads = [h.text.strip() for h in table.header]
        plain = [_MATH_DELIMITERS.sub("", h.text.strip()).strip("$ ") for h in table.header]
        trivial = {i for i in range(inputs, len(heads)) if _PLAIN_CONNECTIVE.fullmatch(plain[i])}
        if trivial:
            self.skip(table.line, "truth table column", "what and, or, exclusive or and not "
                      "give is plain English, no fact to recall ("
                      + ", ".join(plain[i] for i in sorted(trivial)) + ")"
                      + ("; the other columns are asked"
                         if len(trivial) < len(heads) - inputs else ""))
        with self.titled(title):
            for row in table.rows:
                values = [_truth_value(c) for c in row.cells]
                # The given values as letters: said as words, they were hidden with the
                # answer's word ("p is [...] and q is [...]: p ∧ q is [...]"). A table in
                # 0 and 1 keeps its digits, the notation of its gates; the answer then says
                # both ("1 (true)"), a digit alone being no word to recall.
                binary = row.cells[0].plain.strip().strip("*") in ("0", "1")
                typed = [c.plain.strip().strip("*") for c in row.cells]
                when = ", ".join(f"{head} = {digit if binary else value[0].upper()}"
                                 for head, value, digit in
                                 zip(heads[:inputs], values[:inputs], typed, strict=False))
                for column, head, value, digit in zip(
                        range(inputs, len(heads)), heads[inputs:], values[inputs:],
                        typed[inputs:], strict=True):
                    if head and column not in trivial:
                        answer = f"{digit} ({value})" if binary else value
                        self.section().facts.append(
                            Fact(Text(f"When {when}, {head} is **{answer}**.", row.line)))

    def sign_rows(self, table: _Table, inputs: int, title: str | None) -> None:
        """A note per row and outcome column of a sign table (_sign_table), hiding the
        outcome: "\\(\\Delta H\\) \\(-\\), \\(\\Delta S\\) \\(+\\): Spontaneous? [Always]". The
        case is the clue; what follows from it is what a learner recalls."""
        heads = [h.text.strip() for h in table.header]
        with self.titled(title):
            for row in table.rows:
                case = ", ".join(f"{head} {cell.text.strip()}" for head, cell in
                                 zip(heads[:inputs], row.cells[:inputs], strict=True))
                for head, cell in zip(heads[inputs:], row.cells[inputs:], strict=True):
                    if not head or not cell.text.strip():
                        continue
                    said = head if head.endswith(("?", ":")) else f"{head}:"
                    self.section().facts.append(
                        Fact(Text(f"{case} — {said} **{cell.text.strip()}**", row.line)))

    def wide_rows(self, table: _Table, title: str) -> None:
        """A comparison of more concepts than a compare note holds (five classes of
        antibody side by side): a cloze note per row, each card hiding one concept's cell
        and showing the others', with the row's dimension on the front: "Half-life — IgG:
        […]; IgM: ≈5 days; …"."""
        with self.titled(title):
            for row in table.rows:
                dimension = row.cells[0].plain if row.cells else ""
                points = [(name, cell.plain) for name, cell in
                          zip(table.concepts, row.cells[1:], strict=False) if cell.plain]
                if not dimension or len(points) < 2:
                    self.skip(row.line, "table row", "a dimension and a cell for two "
                              "concepts or more are needed")
                    continue
                # "Secondary response" beside "… primary response": either would answer
                # the other, so one card would ask both; the first stays shown, a clue.
                shown = {i for i, (_, point) in enumerate(points) if any(
                    contrast_spans(point, other) for j, (_, other) in enumerate(points) if j != i)}
                text = "; ".join(f"{name}: {point}" if i in shown else f"{name}: **{point}**"
                                 for i, (name, point) in enumerate(points))
                self.section().facts.append(Fact(Text(f"{dimension} — {text}", row.line)))

    def described_rows(self, table: _Table, title: str) -> None:
        """Rows of dimensions under an empty corner, with a column of notes ("| |
        Complexity | Notes |" over "Time", "Space"): a cloze note per row asking its facts
        from the row's name, the notes shown: "Space — Complexity: […]; Notes: Edge list …".
        Read as a comparison, the columns were asked as concepts ("Complexity or Notes?");
        read as entities, "[Space]" was the answer."""
        heads = [h.plain for h in table.header]
        # A column of remarks ("Notes", "其它") is shown as a clue, not asked, beside a column
        # that says what the row is ("Complexity", "说明"): it holds asides, often long.
        asked = [i for i, head in enumerate(heads) if i and _slug(head) not in _REMARK_HEADERS]
        with self.titled(title):
            for row in table.rows:
                name = row.cells[0].plain.strip() if row.cells else ""
                points = [(i, heads[i] if i < len(heads) else "", cell.plain.strip())
                          for i, cell in enumerate(row.cells[1:], 1)
                          if cell.plain and not _EMPTY_CELL.match(cell.plain)]
                hidden = [i for i, _, _ in points if i in asked] or [i for i, _, _ in points]
                if not name or not points:
                    self.skip(row.line, "table row", "a row needs a name and something "
                              "about it")
                    continue
                text = "; ".join((f"{head}: " if head.strip() else "") +
                                 (f"**{point}**" if i in hidden else point)
                                 for i, head, point in points)
                self.section().facts.append(Fact(Text(f"{name} — {text}", row.line)))

    def entity_rows(self, table: _Table, title: str) -> None:
        """A note per row hiding the row's name: "Bisoprolol — Initial dose: 1.25 mg …".

        A first column of numbers ("Layer | Name | Function": 7, 6, 5 …) is no name to
        ask for: the first column of words, one different in each row, names the rows, and
        the numbers are one of their attributes."""
        heads = [h.plain for h in table.header]
        named = _name_column(table)
        # The hooks ("Hunting" for Huntington disease) are left out of the clue: each spells
        # the start of the name the card asks. After `first`, they are the second column.
        hooks = 1 if named and _hook_column(table) else None

        def first(values: list) -> list:  # the naming column first
            return [values[named], *values[:named], *values[named + 1:]] if named else values
        heads = first(heads)
        rows = [first(row.cells) if named < len(row.cells) else row.cells
                for row in table.rows]
        status = {i for i, head in enumerate(heads) if _STATUS_HEAD.fullmatch(head) and all(
            _status_cell(cells[i].plain) for cells in rows if i < len(cells))}
        pairs = []
        ditto: set[int] = set()  # lines of rows whose name is the row above's
        above = ""
        prose: list[tuple[_Inline, int]] = []  # rows under a label such as "**Premises:**"
        under_label = False
        for index, row in enumerate(table.rows):
            cells = first(row.cells) if named < len(row.cells) else row.cells
            name = cells[0].plain if cells else ""
            # A name with a colon heads rows of prose only where the row below it leaves its
            # first cell empty, or where it is a structural label: "| Osmosis: | water
            # across … |" down the column is a name in each row, its colon the author's.
            below = table.rows[index + 1].cells if index + 1 < len(table.rows) else []
            heads_rows = name.endswith(":") and (
                is_structural_label(name[:-1]) or bool(below) and not below[0].plain)
            if not named and (heads_rows or under_label and not name) and \
                    len([c for c in cells[1:] if c.plain]) == 1:
                # "| **Premises:** | Sleep is regulated by … |" and the rows below it with
                # an empty first cell: a label over rows of prose, no name to ask (a card
                # "[Premises:] — Sleep is …" asked the label). Each row is a sentence of the
                # section, read as a paragraph.
                under_label = True
                prose += [(c, row.line) for c in cells[1:] if c.plain]
                continue
            under_label = False
            if not named and cells and not name and above and any(c.plain for c in cells[1:]):
                # "||Vimentin|Connective tissue|Sarcoma|" under "|Intermediate filament|
                # Keratin|…|": Markdown has no merged cells, so an empty first cell is the
                # name above, and the row's own cells tell it from its siblings.
                cells = [_Inline(above), *cells[1:]]
                name = above
                ditto.add(row.line)
            # A label over rows of prose ("**Premises:**", then rows with an empty first
            # cell) is no name to carry down.
            above = name if name and not heads_rows else ""
            name = name.rstrip(":").rstrip() if name.endswith(":") else name
            attributes = [(heads[i] if i < len(heads) else "", c.text)
                          for i, c in enumerate(cells[1:], 1) if c.text and i != hooks
                          and i not in status and not _EMPTY_CELL.match(c.plain)]
            if not name or not attributes:
                self.skip(row.line, "table row", "a row needs a name and something about it")
                continue
            if (len(attributes) >= 2 or any(_STATISTIC_HEAD.search(h) for h, _ in attributes))\
                    and all(_NUMBERS_ONLY.match(unmark(value).strip()) and re.search(r"\d", value)
                            and not re.fullmatch(r"\d{1,5}", unmark(value).strip())
                            and not _RANGE.search(unmark(value))
                            and not _DATE.fullmatch(unmark(value).strip())
                            for _, value in attributes):
                # "| Subsidies on products | 2.4 |", "| M+ ∩ F- | 0.13 |": a row's numbers
                # alone do not tell which it is; "[…] — Current prices year 2019 (bil. lei):
                # 2.4" asked a line of a statistics table (blind sample 2828: junk). (A whole
                # number is often the row's own code: "Port: 22" asks SSH, "Layer: 7" the
                # application layer; nor a range a row is known by, "Essigsäure/Acetat —
                # pH-Bereich: 3,7 - 5,7", which a blind reviewer would keep.)
                self.skip(row.line, "table row", "its cells are numbers only, which do not "
                          "tell which row it is; a card asks a number from its row's name "
                          "where a row says more")
                continue
            named_heads = [(head, value) for head, value in attributes if head.strip()]
            if _PLACEHOLDER_ROW.fullmatch(unmark(name)) and named_heads and all(
                    re.fullmatch(rf"{re.escape(head.strip())}\s*\d+", unmark(value).strip(), re.I)
                    for head, value in named_heads):
                # "| Finding 1 | Result 1 | Explanation 1 |": a template's row left to fill.
                self.skip(row.line, "table row", "a template's placeholder row: each cell is "
                          "its column's name and a number, and states nothing yet")
                continue
            spelled = next((i for i, (head, value) in enumerate(attributes)
                            if _EXPANSION_HEAD.fullmatch(unmark(head).strip())), None)
            if spelled is not None and _ACRONYM_NAME.fullmatch(unmark(name).strip()):
                # "| EEG | electroencephalogram | brain |" under "Acronym | Full form | …":
                # the full form spells the acronym, so "[…] — Full form: electroencephalogram"
                # asked nothing (blind sample 2903: junk). The full form is asked instead,
                # from the acronym and the row's other cells.
                head, value = attributes[spelled]
                rest = "; ".join(f"{h}: {v}" if h else v
                                 for i, (h, v) in enumerate(attributes) if i != spelled)
                self.section().facts.append(Fact(Text(
                    f"{unmark(name)} — {head}: **{unmark(value)}**" + (f"; {rest}" if rest
                                                                      else ""), row.line)))
                continue
            # "| Number | Name |": a lone "7" beside the gap keeps its column ("Number: 7").
            if len(attributes) == 1 and len(heads) <= 2 and (
                    _words(attributes[0][1]) > 1 or not attributes[0][0]
                    or not any(c.isdigit() for c in attributes[0][1])):
                text = attributes[0][1]
            else:
                text = "; ".join(f"{h}: {v}" if h else v for h, v in attributes)
            pairs.append((name, text, row.line))
        # "| x | … |" down the first column (a ditto mark): a name that several rows share
        # names none of them, and a card hiding it would ask for the ditto mark.
        # Names are compared as typed (case and spacing aside): "\\(PED > 1\\)" and
        # "\\(PED < 1\\)" slug alike but are two names.
        typed = [fold_name(unmark(name)) for name, _, _ in pairs]
        names = Counter(t for t, (_, _, at) in zip(typed, pairs, strict=True) if at not in ditto)
        own_name = []
        for pair, as_typed in zip(pairs, typed, strict=True):
            if names[as_typed] > 1 and pair[2] not in ditto:
                self.skip(pair[2], "table row", f'the first cell "{pair[0]}" names more than '
                          "one row, so it names none of them")
            else:
                own_name.append(pair)
        if own_name and heads[0].strip() and all(
                _letter_name(name, heads[0]) for name, _, _ in own_name):
            own_name = self.letter_rows(own_name, heads, title)
        # Before term_rows, which asked a passage beside a "-" as the dash's meaning.
        if len(heads) == 2:
            own_name = self.passage_rows(own_name, heads, title)
        if len(heads) == 2 and all(h.strip() for h in heads):
            own_name = self.term_rows(own_name, heads, title)
        if own_name:
            self.labelled_list(title, own_name, table.line)
        if prose:
            with self.titled(title):
                for text, line in prose:
                    self.paragraph(text, line)

    def passage_rows(self, pairs: list[tuple[str, str, int]], heads: list[str], title: str
                     ) -> list[tuple[str, str, int]]:
        """Rows whose first cell is a passage and whose second says what it shows ("|
        Extrait des lettres | Difficultés rencontrées |" over a soldier's letter and "Manque
        de nourriture"): each asks the short cell from the passage. Hidden as the row's
        name, the passage was a card no learner could answer (a letter of 45 words, junk in
        sample 2626). The other rows are returned."""
        rest = []
        with self.titled(title):
            for name, other, line in pairs:
                if _words(unmark(name)) <= MAX_PASSAGE_NAME_WORDS:
                    rest.append((name, other, line))
                    continue
                if _PLACEHOLDER_CELL.match(unmark(other).strip()):
                    self.skip(line, "table row", "its first cell is a passage and its other "
                              "cell a dash, which says nothing of it; no card")
                    continue
                if _words(unmark(other)) > MAX_ITEM_WORDS:
                    # Both cells long: no short answer to ask, and the passage no name.
                    self.skip(line, "table row", "its first cell is a passage and its other "
                              "cell too long to recall from it; no card")
                    continue
                if _words(unmark(name)) > MAX_SHOWN_PASSAGE_WORDS:
                    self.skip(line, "table row", f"its first cell is a passage of "
                              f"{_words(unmark(name))} words, too long to read on a card's "
                              "front; no card")
                    continue
                # The author's marks inside the passage are not the row's answer. The
                # passage's header ("Extrait des lettres du 20 juin 1915") is left out: the
                # passage shows what it is, and a date in its header was asked instead.
                said = f"{heads[1]}: " if heads[1].strip() else ""
                self.section().facts.append(Fact(Text(
                    f"{unmark(name)} — {said}**{unmark(other)}**", line)))
        return rest

    def letter_rows(self, pairs: list[tuple[str, str, int]], heads: list[str], title: str
                    ) -> list[tuple[str, str, int]]:
        """Rows of an alphabet ("| Letter | Sounds like | Example |" over "| Н н | n in "no"
        | нет (no) |"): each asks its row's first cell after the letter, the letter shown:
        "Letter: Н н — Sounds like: [n in "no"]; Example: нет (no)". Hidden, a letter was
        too short to recall (an option letter, "a common word") and its example word, which
        opens on it, spelled it. Rows with nothing after the letter are returned."""
        rest = []
        with self.titled(title):
            for name, text, line in pairs:
                head, colon, after = text.partition(": ")
                if not colon or head not in heads:  # a two-column table: the text alone
                    head, after = heads[1] if len(heads) > 1 else "", text
                value, semi, more = after.partition("; ")
                if not value.strip() or "**" in value:
                    rest.append((name, text, line))
                    continue
                said = f"{head}: " if head else ""
                self.section().facts.append(Fact(Text(
                    f"{heads[0]}: {name} — {said}**{value}**{semi}{more}", line)))
        return rest

    def term_rows(self, pairs: list[tuple[str, str, int]], heads: list[str], title: str
                  ) -> list[tuple[str, str, int]]:
        """Rows of a two-column table of single terms ("| Ukrainian | English |", "| Symbol |
        Operation |"), each a cloze of its own with the column headers as labels: "English:
        Paleolithic — Ukrainian: [палеоліт]". Hidden as a labelled item, a row would leave
        one word to answer from. The cell hidden is the first (the term, as for any row's
        name), unless it is a symbol or code with no Latin letter ("`+`", "α"): then its
        meaning is asked. The rows left, whose second cell says more, are returned to be read
        as labelled items."""
        if not any(_words(unmark(other)) == 1 for _, other, _ in pairs) or any(
                other.startswith(f"{heads[1]}:") for _, other, _ in pairs):
            return pairs  # "[SSH] — Port: 22": the rows say enough as labelled items
        rest = []
        # "| Insert | O(n) |", "| Delete | O(n) |": a second cell several rows share asks for
        # none of their names; each row's own cell is asked instead.
        shared = Counter(fold_name(unmark(other)) for _, other, _ in pairs)
        with self.titled(title):
            for name, other, line in pairs:
                if _words(unmark(other)) > MAX_TERM_CELL_WORDS or "**" in other:
                    rest.append((name, other, line))
                    continue
                symbol = not re.search(r"[A-Za-z]", unmark(name)) and weak_answer(unmark(name))
                # "`+`", "α": no word to recall; what it stands for is. So for "AF", whose
                # letters "Atrial fibrillation" spells (spelled_by_initials).
                symbol = symbol or spelled_by_initials(unmark(name), unmark(other)) is not None
                if symbol or shared[fold_name(unmark(other))] > 1 and not weak_answer(other):
                    text = f"{heads[0]}: {name} — {heads[1]}: **{other}**"
                elif weak_answer(unmark(name)):  # "V": as before, a labelled item
                    rest.append((name, other, line))
                    continue
                else:
                    text = f"{heads[1]}: {other} — {heads[0]}: **{name}**"
                self.section().facts.append(Fact(Text(text, line)))
        return rest

    def question(self, question: _Inline, answer: _Inline | None, line: int,
                 also: tuple[int, ...] = ()) -> None:
        """A question with its answer: a card asking the question, the answer hidden.
        `also`: the answer's own lines, when it is written below the question."""
        if answer is None or not answer.plain:
            self.skip(line, "question", "a question with no answer makes no card")
            return
        text = f"{question.plain} — {_asked_answer(question.plain, answer.plain)}"
        self.section().facts.append(Fact(Text(text, line),
                                         parts=tuple((answer.plain, at) for at in also)))

    def comparison(self, table: _Table, title: str) -> None:
        section = self.section()
        title = unmark(title)
        comparison_id = self.container_ids.claim(slugify(title) or "table")
        stub = Comparison(comparison_id, title, "", (), (), "")
        rows = []
        row_keys: set[str] = set()
        for row in table.rows:
            dimension = row.cells[0].plain
            if not self.fits(dimension, row.line, "dimension"):
                continue
            if not dimension and table.shape != "concepts":
                self.skip(row.line, "table row", "the first cell names no dimension")
                continue
            cells = {name: Text(cell.text, row.line)
                     for name, cell in zip(table.concepts, row.cells[1:], strict=False)
                     if cell.text}
            missing = [n for n in table.concepts if n not in cells]
            if missing:
                self.skip(row.line, f'row "{dimension}"', f"no text for {', '.join(missing)}")
                continue
            result = ComparisonRow(dimension, cells, None, row.line)
            if not dimension:  # a row of parallel points is known by its first point
                first = slugify(first_words(row.cells[1].plain, 5)) or "row"
                result = ComparisonRow(dimension, cells, self.container_ids.claim(
                                           f"{comparison_id}-{first}"), row.line)
            if row_key(stub, result) in row_keys:
                # Dimensions that differ only in symbols ("\\(|PED| > 1\\)", "… < 1"):
                # the symbols spelled out keep their notes apart.
                spelled = self.container_ids.claim(
                    slugify(f"{comparison_id} {_spell_symbols(dimension)}"))
                result = ComparisonRow(dimension, cells, spelled, row.line)
            row_keys.add(row_key(stub, result))
            self.builder.claim(row_key(stub, result), row.line, "", f'dimension "{dimension}"')
            rows.append(result)
        if not rows:
            return  # every row was skipped, and each one is listed
        kind = "similarity" if _SIMILARITY.search(title) else "difference"
        section.comparisons.append(Comparison(
            comparison_id, title, kind, tuple(table.concepts), tuple(rows),
            topic_slug(self.topic_for(title, section.topic)), table.line,
        ))


def _outline_headings(root: SyntaxTreeNode) -> None:
    """An outliner's page (Logseq) types every block as a list item, its headings too ("- ##
    Qualities" over "  - perfect intervals: …"): a top-level list with such items is read as
    the page it shows, each heading a heading and the blocks nested under it lists of their
    own below it. Read as a list, every heading was skipped and its section lost."""
    if not any(block.type == "bullet_list" and any(
            item.children and item.children[0].type == "heading" for item in block.children)
            for block in root.children):
        return
    flat: list[SyntaxTreeNode] = []
    for block in root.children:
        if block.type != "bullet_list" or not any(
                item.children and item.children[0].type == "heading" for item in block.children):
            flat.append(block)
            continue
        run: list[SyntaxTreeNode] = []
        for item in [*block.children, None]:
            if item is not None and not (item.children and item.children[0].type == "heading"):
                run.append(item)
                continue
            if run:  # the plain blocks between two headings: a list of their own
                part = copy.copy(block)
                part._parent, part._children = root, run
                for member in run:
                    member._parent = part
                flat.append(part)
                run = []
            if item is not None:
                for child in item.children:
                    child._parent = root
                    flat.append(child)
                item._parent, item._children = None, []
    root._children = flat


def _untie(root: SyntaxTreeNode) -> None:
    """Unlink the syntax tree: each node points to its parent and its children, so with the
    cycle collector paused (cli.py) every article's tree would stay in memory to the end:
    about 2,000 objects an article, half a first build's peak at 2,000 articles."""
    # A stack, not root.walk(): its nested generators cost a step per level for each node.
    stack = [root]
    while stack:
        node = stack.pop()
        stack.extend(node._children)
        node._parent, node._children = None, []


def _nested(block: SyntaxTreeNode | None) -> bool:
    """Whether a list is nested in an item of another."""
    return block is not None and block.parent is not None and block.parent.type == "list_item"


def _alone_image(node: SyntaxTreeNode) -> bool:
    """An image token, an <img> tag or an Obsidian embed with nothing else in it."""
    if node.type == "image":
        return True
    if node.type == "html_inline":
        return bool(figures.IMG_TAG.fullmatch(node.content.strip()))
    return node.type == "text" and bool(figures.OBSIDIAN_EMBED.fullmatch(node.content.strip()))


def _level(heading: SyntaxTreeNode) -> int:
    return int(heading.tag[1:])  # h1 .. h6


def _first_inline(node: SyntaxTreeNode) -> SyntaxTreeNode | None:
    for child in node.walk():
        if child.type == "inline":
            return child
    return None

