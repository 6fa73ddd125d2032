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

import html
import re
import urllib.parse

# The codecogs editor's own spellings inside an address ("\inline&space;x&plus;1").
_EDITOR_ENTITIES = (("&space;", " "), ("&plus;", "+"), ("&amp;", "&"), ("&lt;", "<"),
                    ("&gt;", ">"))
# Commands that set how the picture is drawn, not what the formula says: its size, its
# resolution, background, font and inline style. MathJax draws the card's formula its own
# way, and `\dpi{150}` on a card is no formula.
_DRAWING = re.compile(
    r"^\s*\\(?:inline|tiny|scriptsize|footnotesize|small|normalsize|large|Large|LARGE|huge|"
    r"Huge|dpi\{\d+\}|dpi\d+|bg_\w+|bg\{\w+\}|fn_\w+|fg_\w+|pagecolor\{\w+\})(?![A-Za-z])\s*")


def formula_tex(url: str) -> tuple[str, bool] | None:
    """The TeX a formula service's image address draws, and whether it was asked inline
    (codecogs' `\\inline`); None for any other address, or one holding no formula."""
    parts = urllib.parse.urlsplit(url.strip())
    host, path = parts.netloc.casefold(), parts.path
    if parts.scheme.casefold() not in ("http", "https"):
        return None
    raw: str | None = None
    if host == "latex.codecogs.com" and re.fullmatch(
            r"/(?:png|gif|svg|pdf|emf|jpg|jpeg)\.(?:latex|image|download)", path, re.I):
        raw = url.split("?", 1)[1] if "?" in url else ""
        raw = raw.split("#", 1)[0]
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
_MARKDOWN_IMAGE = re.compile(
    r"!\[(?:[^\]\\]|\\.)*\]\(\s*(?:<(?P<angled>[^>\n]*)>|(?P<bare>(?:[^\s()]|\([^\s()]*\))+))"
    r"(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*\)")
_HTML_IMAGE = re.compile(r"<img\b[^>]*?\bsrc\s*=\s*(?:\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)')[^>]*>",
                         re.I)
# A line that is the image alone (inside a quote or not): a formula set apart, on display.
_ALONE = re.compile(r"^[ \t]*(?:>[ \t]*)*$")


def _as_math(tex: str, inline: bool, alone: bool) -> str:
    # `\[…\]` for a formula on a line of its own, as the author set it apart; `\(…\)`
    # otherwise: a symbol of a legend ("\(G\): 비례상수") stays in its sentence.
    return f"\\[{tex}\\]" if alone and not inline else f"\\({tex}\\)"


def with_formulas(line: str) -> str:
    """A line of Markdown with each image of a formula service as its TeX (formula_tex);
    every other image as typed."""
    if "://" not in line:
        return line

    def replace(match: re.Match, url: str) -> str:
        found = formula_tex(url)
        if found is None:
            return match.group()
        alone = bool(_ALONE.match(line[:match.start()])) and not line[match.end():].strip()
        return _as_math(found[0], found[1], alone)

    line = _MARKDOWN_IMAGE.sub(lambda m: replace(m, m["angled"] or m["bare"]), line)
    # An attribute's value is HTML: Google's "cht=tx&amp;chl=…" is "cht=tx&chl=…".
    return _HTML_IMAGE.sub(
        lambda m: replace(m, html.unescape(m["dq"] if m["dq"] is not None else m["sq"])), line)
