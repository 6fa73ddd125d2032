"""Inline content of the Markdown reader: a paragraph's, heading's or cell's tokens as text.

`_Inline` is what a run of inline tokens says as the content model's text (its `**phrase**`
cloze marks, math, code, links as their text) and what it dropped (images, inline tags);
`_InlineWalk` walks the tokens to make it, and `_inline` is the one entry. Beside them the
helpers every reading of inline text shares: a line's text, a code span, the words of a
label, wiki links, highlights, TeX text commands and cross-references, HTML tags inside
a paragraph.

Its own module because the rules, the tables and the reader all read inline text through
it, and it reads no rule of theirs: it sits under all of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markdown_it.tree import SyntaxTreeNode

from deck_builder.readers import images as figures
from deck_builder.readers.md_source import _ATTRIBUTE_LIST, _SUB_KEYS, _SUP_KEYS
from deck_builder.readers.md_syntax import _FENCE_CLOSE, _PARSER
from deck_builder.text import CJK, composed, unmark, word_count

# Words writers italicise for stress; hiding one would make a card about nothing.
_STRESSED_WORDS = frozenset("""
    a all always an and any both but can cannot do does each either every few is just least
    less may more most must never no none nor not now only or same should some than that the
    then these this those very was were what when which who why will with without would
""".split())
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


def _words(value: str) -> int:
    # Every space-parted token ("—" too), a CJK run by its characters (text.word_count).
    return len(value.split()) if value.isascii() else word_count(value, tokens=True)


# "Free Rider Problem (aka Tragedy of the Commons)": an alias or a gloss in brackets is no
# part of the name's length.
_BRACKETED = re.compile(r"\s*\([^()]*\)")


def _label_words(label: str) -> int:
    return _words(_BRACKETED.sub(" ", label)) or _words(label)


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
# The same typed with spaces round its colons, "Osmosis :: the net movement …": a card in a
# note tagged #flashcards (a Dataview field elsewhere, read as a label's colon).
# (";;" is a separator the plugin's settings choose, typed unspaced: _SR_INLINE.)
_SR_SPACED = re.compile(r"(?P<front>[^:;\n]*[^\s:;])\s+(?P<sep>:::|::)\s+(?P<back>[^\s:;][^\n]*)")
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
    "weaknesses", "limitations", "effects", "purpose", "role",
    # A drug's card and a battle's, under two headings as under three (a session-39 probe:
    # "Antidote: vitamin K" under "### Warfarin" and "### Heparin" asked "[Antidote]").
    "antidote", "antidotes", "half-life", "onset", "duration-of-action", "metabolism",
    "excretion", "elimination", "drug-class", "date", "dates", "winner", "outcome",
    # The same in the languages drug sheets are written in ("Classe: inibitore di pompa
    # protonica" under "### Omeprazolo" asked "[Classe]", the re-read).
    "class", "classe", "clase", "klasse", "meccanismo", "mecanismo", "mécanisme",
    "wirkmechanismus", "indicazioni", "indicaciones", "indikationen", "effetti-collaterali",
    "efectos-secundarios", "effets-secondaires", "effets-indésirables", "nebenwirkungen",
    "controindicazioni", "contraindicaciones", "contre-indications", "kontraindikationen",
    "posologia", "posología", "dosis", "dosierung", "dosaggio", "antidoto", "antídoto"}
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
        if "TODO" in folded or "FIXME" in folded or "(" in folded or "→" in folded or \
                "—" in folded or " on " in folded.casefold():
            # ("— Klausurfrage!" is told by its dash alone: the re-read of the whole change)
            # "power curve thing (TODO: fix the axis labels)", "… survey — TODO read this,
            # it's on the optional list)": a note to oneself inside a line is no part of its
            # fact, and stood on the card (session 36's notes).
            folded = " ".join(_TODO_ASIDE.sub("", folded).split())
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


# A bracketed note to oneself ("(TODO: fix the axis labels)"), or one closing a bracket or
# a line ("— TODO read this, it's on the optional list"). (Not "TODO" opening a line: a task,
# read as one.)
_TODO_ASIDE = re.compile(r"\s*\((?:TODO|FIXME|(?i:todo|fixme)\s*:|(?:todo|fixme)\s+(?:check|add|"
                         r"look|find|fix|ask|read|write|verify|confirm|review|redo|update)\b)"
                         r"[^()]*\)"
                         # (to its sentence's end: "… in March 1938 — TODO check the figure.
                         # Britain and France protested" keeps the second sentence)
                         r"|(?<=\S)\s*(?:[—–-]|;)\s*(?:TODO|FIXME)\b[^().!?]*(?=[).!?]|$)"
                         # ("… parallel 5ths — THIS WAS ON THE QUIZ": the course, said after;
                         # not "Gene Cernan — was on the final Apollo mission")
                         r"|(?<=\S)\s*[—–-]\s*(?i:this\s+(?:was|is|will\s+be)\s+on\s+(?:the|"
                         r"every|our)\s+(?:\w+\s+)?(?:quiz|exam|test|midterm|final)s?\b"
                         r"[^().!?]*)(?=[.!?]|$)"
                         # ("— will be on the exam", "— was on the midterm": the exam word
                         # last in its sentence; not "was on the final Apollo mission")
                         r"|(?<=\S)\s*[—–-]\s*(?i:(?:was|will\s+be|is)\s+on\s+(?:the|every|our)\s+"
                         r"(?:quiz|exam|test|midterm|final)s?(?:\s+(?:last|this|next)\s+(?:year|"
                         r"term|semester|time))?)\s*(?=[.!?]|$)"
                         # (abroad: "→ pregunta de examen típica", "(Klausurrelevant!)")
                         r"|\s*(?:→|—|\()\s*(?i:(?:pregunta|question|domanda)\s+(?:de|d['’]|di)\s*"
                         r"(?:examen|esame)\w*|(?:klausur|prüfungs)(?:frage|relevant|falle)\w*|"
                         r"typische\s+klausurfrage)[^().!?]*(?:[!?.]*\))?(?=[.!?]|$)")


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
        if reader.line:  # (an unknown line stays unknown)
            reader.line += 1
    elif node.type == "inline" and node.parent is not None and node.parent.type == "root":
        # Text parsed again alone (an item's part, a title): its "line 1" is the
        # fragment's, no line of the file (ImageReader.problem waits for a known one).
        reader.line = 0
    elif node.map:
        reader.line = _line(node)


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
