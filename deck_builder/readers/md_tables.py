"""The Markdown reader's tables: a GFM table read into rows of inline cells, and its kinds.

`_Row` and `_Table` hold a table as read (`_table`): captions, dittos filled, timestamps
and links; beside them the tests that say what a table is (a truth table, a sign table,
an aspect table, a row of abbreviations, a column of names, statuses or measurements).

Its own module because a table is read whole before the reader decides what it makes
(comparison, glossary, labelled list, facts): these read cells, never the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markdown_it.tree import SyntaxTreeNode

from deck_builder.quality import spelled_by_initials, weak_answer
from deck_builder.readers.md_course import _THRESHOLD
from deck_builder.readers.md_inline import (
    _LEADING_ENUMERATION,
    _Inline,
    _inline,
    _inline_child,
    _line,
    _words,
)
from deck_builder.readers.md_rules import (
    _EXAMPLE_HEAD,
    _NUMBER_HEADERS,
    _NUMBERING_ONLY,
    _PLACEHOLDER_CELL,
    _ROW_LETTER,
    _ROW_NUMBER,
    MAX_LABEL_WORDS,
    _slug,
    strip_emoji,
)
from deck_builder.statements import clean_statement_span
from deck_builder.text import math_spans, unmark

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


_NUMBERS_ONLY = re.compile(r"^[\s\d.,:/%~<>≤≥=+±−()-]*$")


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
    if others and all(_NUMBERS_ONLY.match(c) for c in others) and \
            len(heads := [h.plain for h in table.header[1:]]) >= 3 and \
            all(_ROW_NUMBER.match(h) for h in heads):
        # The same laid on its side: "| Participant | 1 | 2 | … | 8 |" over "| Standard | 81
        # | 87 | … |": each column a trial, each row a series of them. Asked "[Standard] — 1:
        # 81; 2: 87; …" (this session's gate: junk, four cards of one chapter).
        return True
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
