"""Formula images: a picture a web service draws from the TeX in its address, read as that TeX.

Before GitHub rendered math (2022), study guides typed their formulas as images of such a
service: `![F=Gm₁m₂/r²](https://latex.codecogs.com/png.latex?%5Clarge%20F%3D%5Cfrac…)`,
`<img src="https://render.githubusercontent.com/render/math?math=e^{i\\pi}">`. A card kept
the picture as a remote image, which shows only while online (`check` warned so for every
one), and a legend under it ("![G](…?G): 비례상수") made no card, its symbol a picture. The
formula is in the address: read as math, it shows on every card as MathJax, offline, and is
read as the formulas typed in TeX are (a symbol's legend, a formula's name).

Services read: latex.codecogs.com (`png.latex?`, `svg.image?`, …), Google Charts (`cht=tx`,
`chl=`), GitHub's math renderer (`math=`), upmath (`i.upmath.me/svg/…`). Any other image is
an image.
"""

from __future__ import annotations

import re
import urllib.parse

from deck_builder.readers.images import tag_attributes
from deck_builder.text import code_spans, in_spans

# The codecogs editor's own spellings inside an address ("\inline&space;x&plus;1").
_EDITOR_ENTITIES = (("&space;", " "), ("&plus;", "+"), ("&amp;", "&"), ("&lt;", "<"),
                    ("&gt;", ">"))
# Commands that set how the picture is drawn, not what the formula says: its size, its
# resolution, background, font and inline style. MathJax draws the card's formula its own
# way, and `\dpi{150}` on a card is no formula.
# (A command in braces ends at its brace, "\\bg{white}x^2"; a bare one at its last letter.)
_DRAWING = re.compile(
    r"^\s*\\(?:(?:dpi|bg|pagecolor|fg)\{\w+\}|(?:inline|tiny|scriptsize|footnotesize|small|"
    r"normalsize|large|Large|LARGE|huge|Huge|dpi\d+|bg_\w+|fn_\w+|fg_\w+)(?![A-Za-z]))\s*")


def formula_tex(url: str) -> tuple[str, bool] | None:
    """The TeX a formula service's image address draws, and whether it was asked inline
    (codecogs' `\\inline`); None for any other address, or one holding no formula."""
    parts = urllib.parse.urlsplit(url.strip())
    host, path = parts.netloc.casefold(), parts.path
    if parts.scheme.casefold() not in ("http", "https", ""):  # "//latex.codecogs.com/…"
        return None
    raw: str | None = None
    if host == "latex.codecogs.com" and re.fullmatch(
            r"/(?:png|gif|svg|pdf|emf|jpg|jpeg)\.(?:latex|image|download)", path, re.I):
        raw = url.split("?", 1)[1] if "?" in url else ""
        raw = re.split(r"(?<!\\)#", raw, maxsplit=1)[0]  # a fragment; "\\#" is TeX's sign
        for entity, said in _EDITOR_ENTITIES:
            raw = raw.replace(entity, said)
        raw = urllib.parse.unquote(raw)
    elif host in ("chart.googleapis.com", "chart.apis.google.com") and path == "/chart":
        query = urllib.parse.parse_qs(parts.query)
        if query.get("cht") == ["tx"]:
            raw = (query.get("chl") or [""])[0]
    elif host == "render.githubusercontent.com" and path == "/render/math":
        found = re.search(r"(?:^|&)math=([^&]*)", parts.query)
        raw = urllib.parse.unquote(found[1]) if found else None
    elif host == "i.upmath.me" and re.match(r"/(?:svg|png)/", path):
        raw = urllib.parse.unquote(path.split("/", 2)[2])
    if raw is None:
        return None
    inline = False
    while (drawing := _DRAWING.match(raw)) is not None:
        inline = inline or drawing.group().strip() == "\\inline"
        raw = raw[drawing.end():]
    tex = " ".join(raw.split())
    return (tex, inline) if tex else None


# A Markdown image, its address with balanced brackets (a formula's "f(x)") and an
# optional title; an HTML <img> with its src.
# (Each run bounded: a line of "![a" or '<img src="a' twenty thousand times, none closed,
# was searched from each opening to the line's end, 19 s a line.)
_MARKDOWN_IMAGE = re.compile(
    r"!\[(?:[^\]\\\n]|\\.){0,300}\]\(\s*(?:<(?P<angled>[^>\n]{0,2000})>|"
    r"(?P<bare>(?:[^\s()]|\((?:[^\s()]|\([^\s()]{0,300}\)){0,300}\)){1,2000}))"
    r"(?:\s+(?:\"[^\"\n]{0,300}\"|'[^'\n]{0,300}'))?\s*\)")
_HTML_IMAGE = re.compile(r"(?P<image><img\b[^<>]{0,2600}>)", re.I)
# The codecogs editor's output: the picture, linked to the editor that drew it
# (`[![F=ma](…gif.latex?F%3Dma)](…eqnedit.php?latex=F%3Dma)`); read as a link it was
# "links", no card.
_LINKED_IMAGE = re.compile(r"\[\s*" + _MARKDOWN_IMAGE.pattern + r"\s*\]\((?:[^\s()]|"
                           r"\([^\s()]{0,300}\)){0,2000}\)")
_LINKED_HTML_IMAGE = re.compile(r"<a\b[^<>]{0,2000}>\s*" + _HTML_IMAGE.pattern + r"\s*</a>",
                                re.I)
# A line that is the image alone (inside a quote or not): a formula set apart, on display.
_ALONE = re.compile(r"[ \t]*(?:>[ \t]*)*")
_BLANK = re.compile(r"\s*")


def _as_math(tex: str, inline: bool, alone: bool) -> str:
    # `\[…\]` for a formula on a line of its own, as the author set it apart; `\(…\)`
    # otherwise: a symbol of a legend ("\(G\): 비례상수") stays in its sentence.
    return f"\\[{tex}\\]" if alone and not inline else f"\\({tex}\\)"


def with_formulas(line: str) -> str:
    """A line of Markdown with each image of a formula service as its TeX (formula_tex),
    a link around it too (the codecogs editor links each picture back to itself); every
    other image, and one in a code span, as typed."""
    if "//" not in line:
        return line

    def replace(match: re.Match, url: str, typed: str, code: list[tuple[int, int]]) -> str:
        found = formula_tex(url)
        if found is None or in_spans(code, match.start()):
            return match.group()
        # (Matched in place: a slice of the line before and after each image copied it
        # once an image, quadratic on a line of thousands.)
        alone = _ALONE.fullmatch(typed, 0, match.start()) is not None and \
            _BLANK.fullmatch(typed, match.end()) is not None
        return _as_math(found[0], found[1], alone)

    # Each pass reads the line as the one before left it; its code spans are found once a
    # pass (looked for once an image, a line of 80,000 pictures took 11x a quarter of it).
    for pattern in (_LINKED_IMAGE, _MARKDOWN_IMAGE, _LINKED_HTML_IMAGE, _HTML_IMAGE):
        code = code_spans(line) if "`" in line else []
        line = pattern.sub(lambda m, typed=line, code=code: replace(
            m, _source(m), typed, code), line)
    return line


def _source(match: re.Match) -> str:
    """The address a Markdown image or an `<img>` tag shows (tag_attributes unescapes an
    attribute's HTML: Google's "cht=tx&amp;chl=…" is "cht=tx&chl=…")."""
    if "image" in match.re.groupindex:
        return tag_attributes(match["image"]).get("src", "")
    return match["angled"] or match["bare"]


