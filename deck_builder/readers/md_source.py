"""The Markdown reader's rewrites of a page's source text before markdown-it parses it.

Tool syntax that CommonMark would read wrongly or show raw: MDX module lines, content
tabs, HTML blocks around fences and headings, `<img>` lines, attribute lists (Pandoc,
kramdown, Obsidian), Dataview fields, shortcodes (Hugo, KaTeX), MyST directives, Pandoc's
inline and div syntax, LaTeX text environments, remark.js classes; each is typed as the
Markdown it stands for, or blanked, keeping every line where it was (messages give lines).

Its own module because it works on the text, line by line, before there are any tokens:
nothing in it knows the tree the reader walks.
"""

from __future__ import annotations

import bisect
import re
import zlib

from deck_builder.readers import images as figures
from deck_builder.readers.formula_images import with_formulas
from deck_builder.text import CJK, CODE_SPAN, code_spans, in_spans

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


_SUB_KEYS = set("0123456789+-=()aehijklmnoprstuvx")
_SUP_KEYS = set("0123456789+-−=()in")  # (a minus sign too: "NO₃^−^")


# A bold pair holding CJK that CommonMark cannot close or open where it stands: a closing
# `**` after punctuation with a letter right after it ("**银行家算法(Banker's algorithm)**弥补
# 了…"), or an opening one after a letter with punctuation right after it. The parser
# leaves it as text, or pairs it with the next pair's marks ("**A**和**B**" bolds "和").
_DOUBLE_STAR = re.compile(r"(?<![*\\])\*\*(?!\*)")
_PUNCTUATION_EDGE = re.compile(r"[^\w\s]")


# -- front matter --------------------------------------------------------------------------


# -- other tools' syntax -------------------------------------------------------------------

# `%% comment %%` (Obsidian, may span lines) and Hugo shortcodes `{{< … >}}`/`{{% … %}}`:
# dropped before parsing, their newlines kept so every line number stays the file's.
# A shortcode's inner text (between an opening and a closing tag) stays and is read.
_TOOL_SYNTAX = re.compile(r"%%.*?%%|\{\{[<%].*?[>%]\}\}", re.S)
# Obsidian's block identifiers: " ^society" ending a heading, a paragraph or an item, or a line
# of its own under a table or a list; what links point at ("[[Note#^society]]"), never
# content. Left in, "Society ^Society" headed every card of its section and "… famous.
# ^blurb" ended a card. An id holds a letter or a dash ("x ^2" at a line's end is TeX), and
# one after an odd count of `$` on its line is inside math.
_BLOCK_ID = re.compile(
    r"(?:(?<=\S)[ \t]+|^[ \t]*)\^(?=[\w-]*[A-Za-z])(?P<id>[A-Za-z0-9-]{2,})[ \t]*$", re.M)
# Logseq's block properties on the lines under a block ("- ## Mitochondria" / "  collapsed::
# true", "id:: 65f1…", a flashcard's "card-next-schedule:: …"): the outliner's state, no text.
# Left in, the line ran on from its block ("Organelles › Mitochondria collapsed: [true]" was
# asked, a session-38 Logseq page). Only a block's keys (BLOCK_PROPERTIES; a page's keys
# besides them are md_course's), on a line of their own that is no list item: "Osmosis ::
# the net movement …" (the Spaced Repetition plugin's card) and a Dataview field are the
# author's, read as before.
BLOCK_PROPERTIES = frozenset("""id collapsed icon template template-including-parent public
filters heading background-color created-at updated-at exclude-from-graph-view
card-last-interval card-repeats card-ease-factor card-next-schedule card-last-reviewed
card-last-score""".split())
_BLOCK_PROPERTY = re.compile(
    rf"^(?P<indent>[ \t]*)(?:{'|'.join(sorted(BLOCK_PROPERTIES))})"
    r"::[ \t]*[^\n]*$", re.M)
# Notion's callouts, exported as "<aside>" … "</aside>" lines around Markdown ("💡
# **Formation checklist:** a valid contract needs …"): the tags alone on their lines go, the
# Markdown between them is read (as HTML it made no card: "skipped: raw HTML").
# The callout's icon, an emoji opening its first line, goes with the tag.
_NOTION_ASIDE = re.compile(
    r"^[ \t]*<aside>[ \t]*(?:\n[ \t]*(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B55]"
    r"\uFE0F?[ \t]*)?)?(?=\S|\n|$)|^[ \t]*</aside>[ \t]*$", re.M)
# Logseq's block references, "((65f1a2b3-0c4d-…))" (with a "see" before one), and its macros,
# "{{embed [[Page]]}}", "{{query …}}", "{{renderer …}}": pointers into the graph, no text
# of this page (a card's back ended "1614 — see ((65f1a2b3-…))"). Its "{{cloze text}}" is
# the author's own gap, read as a highlight is.
_BLOCK_REF = re.compile(
    r"[ \t]*\((?:see|cf\.?)?[ \t]*\(\([0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\)\)[ \t]*\)"
    r"|(?:[ \t]*(?:[—–-][ \t]*)?(?:see|cf\.?)[ \t]+)?"
    r"\(\([0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\)\)", re.I)
_LOGSEQ_MACRO = re.compile(
    r"\{\{(?:(?P<cloze>cloze)|embed|query|renderer|video|youtube|tweet|pdf|namespace|"
    r"function|cards|zotero-imported-file|zotero-linked-file)\b[ \t]*(?P<inner>(?:[^{}\n]|"
    r"\{\{[^{}\n]*\}\})*)\}\}")
# MyST roles (Jupyter Book, Sphinx): "{term}`Isothermal`", "{term}`system <System>`",
# "{cite}`schroeder2000`", "{eq}`first-law`", "{math}`\\Delta U`". Left in, "{term}Isothermal"
# headed a table's cards and "by {eq}first-law" ended a derivation's. Each becomes what the
# built page shows, in the syntax this reader reads: the term's words, a Pandoc citation, a
# Quarto cross-reference ("by the equation"), math; an unknown role, its text.
# (Not braces that end a code span: "`{count}` or `{total}`", "`\\frac{a}{b}` and …": a role
# opens where a word could, never right after a backtick, a brace, a letter or a backslash;
# one after an odd count of backticks on its line is inside code, the code re-read.)
_MYST_ROLE = re.compile(r"(?<![`}\w\\{])\{(?P<role>[A-Za-z][\w:.-]*)\}`(?P<body>[^`\n]+)`")
_ROLE_TEXT = re.compile(r"^(?P<text>.*?)\s*<(?P<target>[^<>]+)>$", re.S)
_REFERENCE_PREFIX = {"eq": "eq", "numref": "fig", "ref": "sec", "doc": "sec", "any": "sec",
                     "prf:ref": "thm"}


def _outside_code(replace):
    """`replace` for a match outside inline code (text.code_spans of its line, found once a
    line); the match as typed inside it."""
    lines: dict[int, list[tuple[int, int]]] = {}

    def apply(found: re.Match) -> str:
        text, at = found.string, found.start()
        if "`" not in text:
            return replace(found)
        start = text.rfind("\n", 0, at) + 1
        if start not in lines:
            end = text.find("\n", at)
            lines[start] = code_spans(text[start:end if end >= 0 else len(text)])
        return found[0] if in_spans(lines[start], at - start) else replace(found)
    return apply


def _myst_role(found: re.Match) -> str:
    role, body = found["role"].lower(), found["body"].strip()
    shown = _ROLE_TEXT.match(body)
    if role.split(":")[0] in ("cite", "citep", "citet", "footcite", "bibliography"):
        return "[" + "; ".join(f"@{key.strip()}" for key in body.split(",") if key.strip()) + "]"
    if role == "math":
        return f"\\({body}\\)"
    if role == "abbr":  # "{abbr}`MRI (magnetic resonance imaging)`": the abbreviation shows
        return re.sub(r"\s*\([^()]*\)$", "", body)
    if role in _REFERENCE_PREFIX:
        if shown and shown["text"]:
            return shown["text"]  # "{ref}`the first law <first-law>`": the author's words
        prefix = _REFERENCE_PREFIX[role]
        label = re.sub(r"[^\w-]+", "-", body).strip("-") or "x"
        return f"@{label}" if re.match(r"(?:fig|tbl|eq|sec|thm)-", label) else \
            f"@{prefix}-{label}"
    return shown["text"] if shown and shown["text"] else body


_FENCE_LINE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ITEM_LINE = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+\S")
_ITEM_MARKER = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])(?:\s+|$)")
# Dataview inline fields ("up:: [[MOC]]", "**See**:: [[X]]"): page metadata, not prose.
_DATAVIEW_FIELD = re.compile(r"^([ \t>]*)(?:\*\*)?[A-Za-z][\w -]{0,30}(?:\*\*)?::(?:[ \t].*)?$",
                             re.M)
# The same in a note of the Spaced Repetition plugin, where "Term :: meaning" is a card: only
# the page's own keys, "Source :: Campbell ch. 7", "Topic :: …" (read as cards or run into
# one, "Source: Campbell Biology ch. 7 [...]: reviewed"; the second re-read).
_METADATA_FIELD = re.compile(
    r"^([ \t>]*)(?:\*\*)?(?i:source|sources|author|authors|topic|topics|tags?|status|created|"
    r"updated|modified|date|type|aliases|up|parent|related|course|module|reviewed|links?)"
    r"(?:\*\*)?[ \t]*::(?:[ \t].*)?$", re.M)


# Attribute lists of Pandoc, kramdown and markdown-it-attrs: `## Divisors {#divisors}`,
# `### Residues {.unnumbered}`, `::: example Example 4.1 {#example-4-1}`, kramdown's
# `{: .no_toc }` on its own line, `![map](m.png){width=50%}`, `[word]{.smallcaps}`. They
# style or name the element; left in, `#divisors` read as a tag and `{.unnumbered}` showed.
_ATTRIBUTE = r"""(?:[#.][\w:-]+|-|[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s{}]+))"""
_ATTRIBUTES = rf"\{{:?[ \t]*{_ATTRIBUTE}(?:[ \t]+{_ATTRIBUTE})*[ \t]*\}}"
# At the end of a heading, a `:::` line, a display formula's closing `$$` (Quarto's
# `$$ … $$ {#eq-x}`) or a Pandoc table caption (`: Data {#tbl-x}`). A `:::` line's kind comes
# before its attributes: `:::: {.infobox}` (four colons, no kind) is a Pandoc div the parser
# reads whole, and cut to `::::` it closed where it opened (a paired-data note's definition lost).
_TRAILING_ATTRIBUTES = re.compile(
    rf"^((?:[ \t]*#{{1,6}}[ \t]|[ \t]*:{{3,}}[ \t]*(?:[^\s:{{]|\{{[A-Za-z])|.*\$\$"
    rf"|[ \t]*:[ \t]+\S).*?)[ \t]*{_ATTRIBUTES}[ \t]*$", re.M)
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


def _drop_tool_syntax(body: str, fields: bool = True) -> str:
    """The body without comments, shortcodes and attribute lists, outside fenced code
    (which stays as typed). `fields`: whether a "key:: value" line is Dataview's metadata
    (not in a note of the Spaced Repetition plugin, where "Osmosis :: the net movement …"
    is a card its author typed: one backslash of a formula on the page dropped every such card)."""
    if "%%" not in body and "{" not in body and "```math" not in body \
            and not ("::" in body and (_BLOCK_PROPERTY.search(body) or not fields
                                        and _METADATA_FIELD.search(body))) \
            and "~" not in body and "((" not in body and "}`" not in body and "aside>" not in body \
            and "^" not in body and "\\" not in body and not (
            "**" in body and CJK.search(body)) and not _REMARK_CLASS.search(body):
        return body
    if "{" in body or "```math" in body:
        body = _myst_directives(body)  # before the fences are set apart: some are boxes
        body = _liquid_fences(body)
    parts, fence, chunk = [], "", []
    for line in body.split("\n"):
        opened = _FENCE_LINE.match(line)
        if fence:
            parts.append(line)
            if opened and opened[1][0] == fence[0] and len(opened[1]) >= len(fence):
                fence = ""
            continue
        if opened:
            parts.append(_blank_syntax("\n".join(chunk), fields) if chunk else None)
            chunk, fence = [], opened[1]
            parts.append(line)
            continue
        chunk.append(line)
    if chunk:
        parts.append(_blank_syntax("\n".join(chunk), fields))
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
# bookdown's theorem and proof environments, typed as knitr chunks: "```{definition, name=
# "Reaction rate"}", "```{theorem, pyth, name="Pythagoras"}", "```{proof}".
_BOOKDOWN_ENVIRONMENT = re.compile(
    r"^\s*\{(?P<kind>definition|theorem|lemma|corollary|proposition|conjecture|example|"
    r"exercise|hypothesis|remark|proof|solution)\b(?P<args>[^{}]*)\}\s*$", re.I)
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
        if directive is None and (chunk := _BOOKDOWN_ENVIRONMENT.match(info)):
            # bookdown's theorem chunks, "```{definition, name="Rate law"}" … "```": a box of
            # Markdown with its kind and title, read as MyST's "```{definition} Rate law" is.
            # Read as code, a bookdown book's definitions made no card.
            name = re.search(r"""\bname\s*=\s*(?:"([^"]*)"|'([^']*)')""", chunk["args"])
            lines[index] = (f"{indent}{':' * len(fence)}{{{chunk['kind'].lower()}}}"
                            f"{' ' + (name[1] or name[2]) if name else ''}")
            stack.append((fence, "box"))
            continue
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
# Math holding only words in a text style: "\\( \\textbf{linear equation} \\)",
# "$\\textit{ceteris paribus}$".
_STYLED_WORDS_IN_MATH = re.compile(
    # (a word, not a symbol: "$\\textbf{A}$" is a matrix, the second code re-read)
    r"(?:\\\(|\$)\s*\\(?P<style>textbf|textit|emph)\{(?P<words>(?=[^{}\\$]*[a-z][a-z][a-z])"
    r"[^\W\d_][^{}\\$]{0,80})\}\s*"
    r"(?:\\\)|\$)")
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
    if match["kept"] is not None and (styled := _STYLED_WORDS_IN_MATH.fullmatch(match["kept"])):
        # "A \\( \\textbf{linear equation} \\) in the variables …": math typed to set words
        # in bold, no formula; the term is marked as "**linear equation**" is.
        return _LATEX_STYLES[styled["style"]].format(styled["words"])
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


# Jekyll's Liquid: `{% include note.html content="…" %}` (a theme's box, its text in an
# argument), `{% raw %}`, `{% comment %}…{% endcomment %}`, `{{ site.title }}`. Left in,
# "{% include warning.html content="Tuples are [...] …" %}" was a card's front. Never inside
# code ("The `{% url 'home' %}` tag …" in a Django note is the code the note teaches) nor
# between `{% raw %}` and `{% endraw %}`, which show what they hold as typed.
_LIQUID_CONTENT = re.compile(r"""(?<!\{)\{%-?\s*include\s[^%]*?\b(?:content|text|body|message)"""
                             r"""\s*=\s*(?:"([^"]*)"|'([^']*)')[^%]*?-?%\}""")
_LIQUID_TAG = re.compile(r"(?<!\{)\{%-?[^%]*?-?%\}(?!\})")  # (not Hugo's `{{% … %}}`)
_LIQUID_OUTPUT = re.compile(r"\{\{-?\s*(?:site|page|post|layout|include|jekyll|paginator)\b"
                            r"[^{}]*?-?\}\}")
_LIQUID_COMMENT_OPEN = re.compile(r"(?<!\{)\{%-?\s*comment\s*-?%\}")
_LIQUID_COMMENT_CLOSE = re.compile(r"\{%-?\s*endcomment\s*-?%\}")
_LIQUID_RAW = re.compile(r"(?<!\{)\{%-?\s*raw\s*-?%\}(.*?)\{%-?\s*endraw\s*-?%\}", re.S)
# Jekyll's code block, typed with tags: a fence, so its code is never read as prose.
_LIQUID_HIGHLIGHT = re.compile(r"^([ \t]*)\{%-?\s*(?:highlight\s+([\w+#-]+)[^%]*?|"
                               r"(endhighlight))\s*-?%\}[ \t]*$", re.M)


def _liquid_fences(body: str) -> str:
    """`{% highlight python %}` … `{% endhighlight %}` alone on their lines as a fence."""
    if "highlight" not in body:
        return body
    return _LIQUID_HIGHLIGHT.sub(lambda m: m[1] + "```" + (m[2] or ""), body)


def _liquid(text: str) -> str:
    """Liquid's tags dropped (their lines kept), an include's text argument kept; code spans
    and what `{% raw %}` holds stay as typed."""
    parts, at = [], 0
    for raw in _LIQUID_RAW.finditer(text):
        parts.append(_liquid_outside_code(text[at:raw.start()]))
        parts.append(raw[1])
        at = raw.end()
    parts.append(_liquid_outside_code(text[at:]))
    return "".join(parts)


def _liquid_outside_code(text: str) -> str:
    parts, at = [], 0
    for code in CODE_SPAN.finditer(text):
        parts.append(_liquid_tags(text[at:code.start()]))
        parts.append(code[0])
        at = code.end()
    parts.append(_liquid_tags(text[at:]))
    return "".join(parts)


def _liquid_tags(text: str) -> str:
    if "{%" not in text and "{{" not in text:
        return text
    # A comment to its end, found by search, never by a pattern over the text after each
    # opening (unclosed, each scanned to the end: quadratic, the code re-read).
    out, at = [], 0
    while (opened := _LIQUID_COMMENT_OPEN.search(text, at)) is not None:
        closed = _LIQUID_COMMENT_CLOSE.search(text, opened.end())
        if closed is None:
            break
        out.append(text[at:opened.start()])
        out.append("\n" * text.count("\n", opened.start(), closed.end()))
        at = closed.end()
    text = "".join(out) + text[at:]
    text = _LIQUID_CONTENT.sub(lambda m: m[1] if m[1] is not None else m[2], text)
    text = _LIQUID_TAG.sub(lambda m: "\n" * m[0].count("\n"), text)
    return _LIQUID_OUTPUT.sub("", text)


def _outside_math(found: re.Match, displays: list[int]) -> str:
    """A block id dropped, unless it is TeX or a caret of prose: inside math (an odd count
    of `$` before it on its line, or of `$$` before it in the text: "(AB) ^-1" on a display
    formula's line, the code re-read), or with a capital outside a heading ("e.g. ^Hello",
    a regex's anchor; Obsidian makes ids in lower case, "^a1b2c3")."""
    text, start = found.string, found.start()
    line_start = text.rfind("\n", 0, start) + 1
    if text.count("$", line_start, start) % 2 or bisect.bisect_left(displays, start) % 2:
        return found[0]
    before = text[line_start:start].rstrip()
    if before and not text.startswith("#", line_start) and not re.search(r"[\d-]", found["id"]) \
            and (not before.endswith((".", "!", "?", '"', "”", "'", "’", "*", "_"))
                 or re.search(r"\b(?:e\.\s?g|i\.\s?e|cf|vs|etc|z\.\s?B|d\.\s?h|eg)\.$", before)):
        # ("e.g. ^hello", "git log feature ^main", "grep -n ^import": a caret of code after
        # a word; Obsidian's own ids hold a digit, "^a1b2c3", or follow a sentence's stop:
        # the third code re-read.)
        return found[0]
    if before.endswith((":", "(", ")", "+", "-", "/", "=")) or "=" in before:
        # ("Start anchor: ^hello", a regex's; "(1 + r/n) ^nt", a formula typed plain: the
        # second code re-read.)
        return found[0]
    if found["id"] != found["id"].lower() and not text.startswith("#", line_start):
        return found[0]
    return ""


def _blank_syntax(text: str, fields: bool = True) -> str:
    if "::" in text:  # (not in code: "std::vector" and a fence's "id:: 3" stay as typed)
        text = _BLOCK_PROPERTY.sub(r"\g<indent>", text)
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
    if "{%" in text or "{{" in text:
        text = _liquid(text)
    text = _TOOL_SYNTAX.sub(lambda m: "\n" * m[0].count("\n"), text)
    if "^" in text:
        # Where each "$$" stands, found once: counted from the start for each id, a text of
        # ten thousand ids was quadratic.
        displays = [m.start() for m in re.finditer(r"\$\$", text)]
        text = _BLOCK_ID.sub(lambda found: _outside_math(found, displays), text)
    if "aside>" in text:
        text = _NOTION_ASIDE.sub(lambda m: "\n" * m[0].count("\n"), text)
    if "((" in text:
        text = _BLOCK_REF.sub(_outside_code(lambda found: ""), text)
    if "}`" in text:
        text = _MYST_ROLE.sub(_outside_code(_myst_role), text)
    if "{{" in text:
        text = _LOGSEQ_MACRO.sub(_outside_code(
            lambda m: f"=={m['inner'].strip()}==" if m["cloze"] else ""), text)
    text = _cjk_bold(text)
    if "::" not in text:
        return text
    return (_DATAVIEW_FIELD if fields else _METADATA_FIELD).sub(r"\1", text)
