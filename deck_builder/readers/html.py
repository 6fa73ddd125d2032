"""Read a web page (.html, .htm) as an article: its main content, as Markdown.

One intermediate form: the page's main content is converted to Markdown and read by the
Markdown reader (readers/markdown.py), so definitions, labelled items, comparisons and
citations are recognised by one set of rules whatever the format. docs/web.md is the
user's guide.

1. The bytes are decoded with the page's declared charset.
2. readability-lxml picks the main content (pyproject.toml says why that library). Every
   element is numbered first, so what it dropped is found again in the page and `check`
   lists it, one line per region (header, navigation, comments...).
3. The kept elements become Markdown, one block per line or group of lines, with a map
   from each Markdown line to the HTML line it came from: messages name the page's line.
4. The title (<h1>, else <title> without the site name) and the page's citation metadata
   become the Markdown's front matter.
"""

from __future__ import annotations

import codecs
import dataclasses
import html
import json
import os
import re
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from deck_builder.content import Article, Text
from deck_builder.errors import ContentError, Problem, display_path
from deck_builder.readers import markdown
from deck_builder.readers.formula_images import formula_tex
from deck_builder.readers.images import markdown_image

SUFFIXES = (".html", ".htm", ".xhtml")
# A page saved from a browser carries its scripts and styles; its article is a small part.
MAX_BYTES = 20 * 1024 * 1024

# Attributes put on every element before extraction; the extractor keeps attributes, so the
# elements it returns still say where they were in the page.
SOURCE_LINE = "data-db-line"
_NUMBER = "data-db-n"
_TEX = "data-db-tex"  # TeX of a formula, on the span that replaces its script or <math>
_DISPLAY = "data-db-display"

_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre",
    "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
}
# Never text of the article, wherever they are.
_INVISIBLE = {"script", "style", "noscript", "template", "head", "title", "meta", "link",
              "button", "input", "select", "textarea", "option", "label"}
# Embedded things that make no card; reported when they are in the main content.
_EMBEDS = {"iframe": "embedded frame", "video": "video", "audio": "audio",
           "object": "embedded object", "embed": "embedded object", "canvas": "drawing",
           "svg": "drawing", "form": "form", "map": "image map"}
# Class and id words of blocks that sit inside an article's body on blogs but are not the
# article (readability's own list misses these WordPress/Jetpack/Medium ones).
_NOT_CONTENT = ["related", "relatedposts", "sharedaddy", "share", "sharing", "newsletter",
                "subscribe", "author-box", "authorbox", "post-navigation", "post-thumbnail",
                "infobox", "navbox", "catlinks"]
# Controls inside the text itself (MediaWiki's "[edit]" links and "^" back-links, the "¶"
# of documentation sites' headings) and text only screen readers get ("opens in a new
# tab"), removed before extraction: they would otherwise read as part of the text.
_CONTROLS = ("mw-editsection", "mw-cite-backlink", "headerlink", "hash-link", "anchor-link",
             "heading-anchor", "screen-reader-text", "sr-only", "visually-hidden")
# Page regions by the words in their id or class, then by their tag: how `check` names
# what the extractor dropped.
_REGION_WORDS = (
    ("cookie", "cookie banner"), ("consent", "cookie banner"), ("gdpr", "cookie banner"),
    ("comment", "comments"), ("respond", "comments"), ("share", "share buttons"),
    ("social", "share buttons"), ("related", "related posts"), ("author", "author box"),
    ("byline", "byline"), ("sidebar", "sidebar"), ("widget", "sidebar"),
    ("breadcrumb", "breadcrumbs"), ("toc", "table of contents"),
    ("contents", "table of contents"), ("newsletter", "newsletter sign-up"),
    ("subscribe", "newsletter sign-up"), ("advert", "advert"), ("sponsor", "advert"),
    ("promo", "advert"), ("banner", "banner"), ("masthead", "site header"),
    ("header", "header"), ("footer", "footer"), ("colophon", "footer"),
    ("menu", "navigation"), ("nav", "navigation"), ("navbox", "navigation"),
    ("infobox", "infobox"), ("meta", "post details"),
)
_REGION_TAGS = {"header": "header", "nav": "navigation", "aside": "sidebar",
                "footer": "footer", "form": "form", "table": "table", "ul": "list",
                "ol": "list", "dl": "list", "figure": "figure", "p": "paragraph",
                "section": "section", "a": "link", "h1": "heading", "h2": "heading",
                "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading",
                "blockquote": "quotation", "div": "block", "span": "text"}
# A title's site name after a separator: "Mitosis - Biology Online".
_TITLE_SEPARATORS = re.compile(r"\s+(?:[-|–—·•»:]{1,2})\s+")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# Browsers read a page labelled Latin-1 or ASCII as Windows-1252 (WHATWG Encoding).
_WINDOWS_1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii",
                 "iso_8859-1", "cp819"}
# Fewer words than this in the main content is not an article (a login or search page).
MIN_ARTICLE_WORDS = 12
# Markdown that would start a block of its own at the start of a line.
_BLOCK_START = re.compile(r"^(\s*)([#>+=-]|\d+[.)]|~~~|```)")
_ESCAPED = re.compile(r"([\\`*_\[\]<>$&|~])")


def read(path: Path, source: str) -> tuple[Article, list[Problem]]:
    """A page already decoded; read_bytes is what the registry calls."""
    return read_page(path, page_markdown(path, source))


def read_bytes(path: Path, raw: bytes) -> tuple[Article, list[Problem]]:
    return read(path, decode(path, raw))


def convert(path: Path, raw: bytes, folder: Path) -> str:
    """The Markdown the page is read as, with its article id, to be saved in `folder`."""
    return page_markdown(path, decode(path, raw), path.stem, folder).text


# -- decoding -----------------------------------------------------------------------------


def decode(path: Path, raw: bytes) -> str:
    """The page's text, in the charset it declares (UTF-8 when it declares none)."""
    name = display_path(path)
    if raw.startswith(codecs.BOM_UTF8):
        return raw[3:].decode("utf-8", "replace")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16")
    declared = _XML_ENCODING.search(raw[:1024]) or _CHARSET.search(raw[:4096])
    charset = declared.group(1).decode("ascii").lower() if declared else "utf-8"
    if charset in _WINDOWS_1252:
        charset = "windows-1252"
    try:
        codecs.lookup(charset)
    except LookupError:
        line = raw[: declared.start()].count(b"\n") + 1
        raise ContentError([Problem(name, line, "charset", f'the page declares the charset '
                                    f'"{charset}", which is not one Python knows; save it '
                                    "as UTF-8")]) from None
    try:
        return raw.decode(charset)
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        said = f"declares {charset}" if declared else "declares no charset, so UTF-8 is used"
        raise ContentError([Problem(
            name, line, "charset", f"byte 0x{raw[error.start]:02x} is not {charset} text; the "
            f"page {said}: save it again from the browser, or fix its <meta charset>"
        )]) from None


# -- the Markdown form of a page ---------------------------------------------------------


@dataclass
class PageMarkdown:
    """A page as Markdown, and where each Markdown line came from."""

    text: str
    lines: list[int]  # lines[i] is the source line of Markdown line i + 1
    skipped: list[Text] = field(default_factory=list)  # dropped regions, unread blocks

    def source_line(self, line: int) -> int:
        if 1 <= line <= len(self.lines):
            return self.lines[line - 1]
        return self.lines[-1] if self.lines and line > 0 else 0


def page_markdown(path: Path, source: str, article_id: str | None = None,
                  folder: Path | None = None) -> PageMarkdown:
    """A decoded page's main content as Markdown with front matter (title, references)."""
    name = display_path(path)
    tree = parse(path, source)
    if tree.xpath('//meta[@name="generator"][@content="deck-builder"]'):
        raise ContentError([Problem(name, 0, "", "this is a page deck-builder wrote (a "
                                    "preview), not an article; write previews outside the "
                                    "folder of articles")])
    _number(tree)
    for control in tree.xpath(" | ".join(
            f'//*[contains(concat(" ", @class, " "), " {c} ")]' for c in _CONTROLS)):
        control.drop_tree()
    for hidden in tree.xpath('//body//*[@hidden or contains(translate(@style, " ", ""), '
                             '"display:none")][not(.//*[local-name()="math"])]'):
        hidden.drop_tree()
    _replace_math(tree)
    _styled_marks(tree)
    # A table's parts have no region of their own; a class such as Notion's
    # "simple-table-header" would otherwise make the extractor drop the header row.
    for part in tree.xpath("//thead | //tbody | //tfoot | //tr | //th | //td"):
        part.attrib.pop("class", None)
        part.attrib.pop("id", None)
    meta = page_metadata(tree)
    title, title_line = title_of(tree, meta)
    body = tree.find("body")
    if body is None:
        body = tree
    content = _extract(tree)
    kept = {int(n) for n in content.xpath(f"//@{_NUMBER}")} if content is not None else set()
    writer = MarkdownWriter(path.parent, folder=folder)
    if content is not None:
        writer.blocks(content)
    if writer.words < MIN_ARTICLE_WORDS:
        raise ContentError([Problem(
            name, 0, "", f"no article content found: the main part of the page has "
            f"{writer.words} word(s) of text (a login, search or index page?); nothing was "
            "read")])
    skipped = _dropped_regions(body, kept) + writer.skipped
    return writer.document(title, title_line, meta, skipped, article_id)


# A formula typed inside a note's HTML, which the writer would escape as text: `\\(…\\)`, `\\[…\\]`,
# `$$…$$`, and `$…$` by Pandoc's rule (a "$5" is money). None runs over a tag ("<code>$PATH
# </code> … <code>$SHELL</code>" was one formula, the code review found) or past 2,000
# characters (an unclosed `\\(` searched to the end from each one: quadratic).
_HTML_MATH = re.compile(r"\\\((?P<inline>(?:(?!</?[A-Za-z]).){1,2000}?)\\\)|"
                        r"\\\[(?P<display>(?:(?!</?[A-Za-z]).){1,2000}?)\\\]|"
                        r"\$\$(?P<ddisplay>(?:(?!</?[A-Za-z]).){1,2000}?)\$\$|"
                        r"(?<![\\$])\$(?=\S)(?P<dollar>[^$<>\n]{1,2000}?)(?<=\S)\$(?!\d)", re.S)
# Code in HTML is code: a formula's signs inside it stay as typed.
_HTML_CODE = re.compile(r"<(code|pre|kbd|samp)\b[^>]*>.*?</\1\s*>", re.S | re.I)


def _math_as_spans(content: str) -> str:
    """HTML with each formula in it (outside code) as the span the web page reader writes
    as math; each keeps its line breaks after it, so the lines below keep their numbers."""
    def span(match: re.Match) -> str:
        display = match["display"] is not None or match["ddisplay"] is not None
        tex = next(g for g in (match["inline"], match["display"], match["ddisplay"],
                               match["dollar"]) if g is not None)
        quoted = html.escape(" ".join(tex.split()), quote=True)
        shown = f' {_DISPLAY}="1"' if display else ""
        return f'<span {_TEX}="{quoted}"{shown}>{quoted}</span>' + "\n" * match[0].count("\n")

    out, at = [], 0
    for code in _HTML_CODE.finditer(content):
        out += [_HTML_MATH.sub(span, content[at:code.start()]), code[0]]
        at = code.end()
    out.append(_HTML_MATH.sub(span, content[at:]))
    return "".join(out)


def fragment_markdown(fragment: str, folder: Path) -> list[tuple[str, int]]:
    """An HTML block of a Markdown note as Markdown lines, each with its line in the
    fragment (from 1); [] where lxml reads no element. Its formulas are math
    (_math_as_spans); images stay relative to `folder`, the note's."""
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(_CONTROL.sub("", _math_as_spans(fragment)),
                                             create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return []
    for element in root.iter():
        if isinstance(element.tag, str):
            element.set(SOURCE_LINE, str(element.sourceline or 1))
    writer = MarkdownWriter(folder, note_html=True)
    writer.blocks(root)
    return writer.out


def parse(path: Path, source: str):
    # lxml and readability load only when a page is read: they would slow every command.
    import lxml.etree
    import lxml.html

    source = _XML_DECLARATION.sub("", source, count=1)  # lxml refuses one in a str
    # Control characters are not text in HTML (browsers show none) and lxml refuses them.
    source = _CONTROL.sub("", source)
    if not source.strip():
        raise ContentError([Problem(display_path(path), 0, "", "the page is empty")])
    try:
        return lxml.html.document_fromstring(source)
    except (lxml.etree.ParserError, ValueError) as error:
        raise ContentError([Problem(display_path(path), 0, "", f"cannot read the page as "
                                    f"HTML: {error}")]) from None


def _number(tree) -> None:
    for index, element in enumerate(tree.iter()):
        if isinstance(element.tag, str):
            element.set(_NUMBER, str(index))
            element.set(SOURCE_LINE, str(element.sourceline or 1))


def _replace_math(tree) -> None:
    """MathJax scripts and MathML become spans holding their TeX, which extraction keeps."""
    for script in tree.xpath('//script[starts-with(@type, "math/tex")]'):
        display = "mode=display" in script.get("type", "")
        _math_span(script, script.text or "", display)
    for math in tree.xpath("//*[local-name()='math']"):
        annotation = math.xpath(".//*[local-name()='annotation'][contains(@encoding, 'tex')]")
        tex = annotation[0].text if annotation else math.get("alttext")
        if tex is None:
            tex = " ".join(math.itertext())  # MathML without TeX: its symbols as written
        tex = re.sub(r"^\s*\{\\displaystyle\s*(.*)\}\s*$", r"\1", tex, flags=re.S)
        # The formula's wrappers (MediaWiki hides the MathML one) go with it.
        outer = math
        while (outer.getparent() is not None and outer.getparent().tag == "span"
               and "math" in outer.getparent().get("class", "")):
            outer = outer.getparent()
        _math_span(outer, tex, math.get("display") == "block")
    # An image a formula service draws from the TeX in its address (formula_images).
    for image in tree.xpath("//img[@src]"):
        found = formula_tex(image.get("src", ""))
        if found is None or image.getparent() is None or \
                image.xpath("ancestor::code or ancestor::pre"):
            continue
        # Alone in its block, a link around it or not (the codecogs editor links each
        # picture): display math; in a sentence, inline.
        outer = image
        while outer.getparent() is not None and outer.getparent().tag in ("a", "span") and \
                len(outer.getparent()) == 1 and not (outer.getparent().text or "").strip() \
                and not (outer.tail or "").strip():
            outer = outer.getparent()
        block = outer.getparent()
        alone = block is not None and len(block) == 1 and not (block.text or "").strip() and \
            not (outer.tail or "").strip()
        if outer is not image:
            outer.getparent().replace(outer, image)
            image.tail = outer.tail
        _math_span(image, found[0], alone and not found[1])
    # Rendered copies of formulas read above, and images standing in for them.
    for rendered in tree.xpath(
            '//*[contains(concat(" ", @class, " "), " MathJax_Preview ") or '
            'contains(concat(" ", @class, " "), " MathJax ") or '
            'contains(concat(" ", @class, " "), " MathJax_Display ") or '
            'contains(@class, "mwe-math-fallback-image") or contains(@class, "katex-html") or '
            'local-name()="mjx-container"]'):
        if not rendered.xpath(f".//@{_TEX}"):
            rendered.drop_tree()


_CSS_RULE = re.compile(r"\.([\w-]+)\s*\{([^}]*)\}")


def _styled_marks(tree) -> None:
    """Bold and italic set by a class's style (Google Docs' export) are marks, as <b>/<i>."""
    bold, italic = set(), set()
    for style in tree.iter("style"):
        for name, rules in _CSS_RULE.findall(style.text or ""):
            if re.search(r"font-weight\s*:\s*(?:bold|[6-9]00)", rules):
                bold.add(name)
            if re.search(r"font-style\s*:\s*italic", rules):
                italic.add(name)
    if not bold and not italic:
        return
    for span in tree.iter("span"):
        classes = set(span.get("class", "").split())
        if classes & bold:
            span.tag = "strong"
        elif classes & italic:
            span.tag = "em"


def _math_span(element, tex: str, display: bool) -> None:
    span = element.makeelement("span", {})
    for key in (_NUMBER, SOURCE_LINE):
        if element.get(key):
            span.set(key, element.get(key))
    span.set(_TEX, " ".join(tex.split()))
    if display:
        span.set(_DISPLAY, "1")
    span.text = span.get(_TEX)  # text, so extraction scores it and keeps it
    span.tail = element.tail
    element.getparent().replace(element, span)


def _extract(tree):
    """The main content, as elements of the page (attributes kept), or None."""
    import lxml.html
    from readability import Document
    from readability.readability import Unparseable

    body = tree.find("body")
    if body is None or not _visible_text(body):
        return None  # nothing to extract (lxml's own parse of it would fail)
    try:
        summary = Document(lxml.html.tostring(tree, encoding="unicode"),
                           negative_keywords=_NOT_CONTENT).summary(html_partial=True)
    except Unparseable:
        return None
    if not summary.strip():
        return None
    return lxml.html.fragment_fromstring(summary, create_parent="div")


def _dropped_regions(body, kept: set[int]) -> list[Text]:
    """One line per region of the page the extractor left out and that has text."""
    found: list[Text] = []

    def visit(element) -> None:
        for child in element:
            if not isinstance(child.tag, str) or child.tag in _INVISIBLE:
                continue
            number = int(child.get(_NUMBER, "-1"))
            if number in kept:
                visit(child)
                continue
            if any(int(n) in kept for n in child.xpath(f".//@{_NUMBER}")):
                visit(child)
                continue
            words = _visible_text(child)
            if words:
                shown = words if len(words) <= 50 else words[:49].rstrip() + "…"
                found.append(Text(f'{_region_name(child)} "{shown}" (not the article: left '
                                  "out by the content extractor)", int(child.get(SOURCE_LINE, 0))))

    visit(body)
    return found


def _visible_text(element) -> str:
    parts = []
    for node in element.iter():
        if isinstance(node.tag, str) and node.tag in _INVISIBLE:
            continue
        if node.text and isinstance(node.tag, str) and not _hidden(node):
            parts.append(node.text)
    for node in element.iter():
        if node is not element and node.tail:
            parts.append(node.tail)
    return " ".join(" ".join(parts).split())


def _hidden(node) -> bool:
    return any(isinstance(a.tag, str) and a.tag in _INVISIBLE for a in node.iterancestors())


def _region_name(element) -> str:
    ident = f"{element.get('id', '')} {element.get('class', '')} {element.get('role', '')}"
    ident = ident.lower()
    for word, name in _REGION_WORDS:
        if word in ident:
            return name
    return _REGION_TAGS.get(element.tag, f"<{element.tag}> block")


# -- metadata -----------------------------------------------------------------------------


@dataclass
class PageMeta:
    authors: list[str] = field(default_factory=list)
    date: str = ""
    site: str = ""
    title: str = ""  # <title>
    line: int = 1
    named: str = ""  # citation_title or og:title: the article's title, perhaps with the site


def page_metadata(tree) -> PageMeta:
    meta = PageMeta()

    def values(*names: str) -> list[str]:
        found = []
        for element in tree.xpath("//meta[@name or @property]"):
            key = (element.get("name") or element.get("property") or "").lower()
            if key in names and (element.get("content") or "").strip():
                found.append(" ".join(element.get("content").split()))
        return found

    title = tree.find(".//title")
    if title is not None and title.text_content().strip():
        meta.title = " ".join(title.text_content().split())
        meta.line = title.sourceline or 1
    named = values("citation_title", "dc.title", "og:title")
    meta.named = named[0] if named else ""
    ld_authors, ld_date, ld_site = _json_ld(tree)
    meta.authors = values("citation_author", "dc.creator") or ld_authors
    dates = values("citation_publication_date", "citation_date", "dc.date",
                   "article:published_time")
    meta.date = dates[0] if dates else ld_date
    sites = values("og:site_name", "citation_journal_title")
    meta.site = sites[0] if sites else ld_site
    return meta


def _json_ld(tree) -> tuple[list[str], str, str]:
    """(authors, date, publisher) of the first JSON-LD Article-like item."""
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for item in _ld_items(data):
            kind = item.get("@type", "")
            kinds = kind if isinstance(kind, list) else [kind]
            if not any(str(k).endswith(("Article", "BlogPosting", "Report")) for k in kinds):
                continue
            authors = item.get("author") or []
            authors = authors if isinstance(authors, list) else [authors]
            names = [a.get("name", "") if isinstance(a, dict) else str(a) for a in authors]
            publisher = item.get("publisher") or {}
            site = publisher.get("name", "") if isinstance(publisher, dict) else str(publisher)
            return ([n for n in names if n.strip()], str(item.get("datePublished", "")),
                    site)
    return [], "", ""


def _ld_items(data) -> list[dict]:
    if isinstance(data, list):
        return [i for d in data for i in _ld_items(d)]
    if isinstance(data, dict):
        return [data, *_ld_items(data.get("@graph", []))]
    return []


def title_of(tree, meta: PageMeta) -> tuple[str, int]:
    """The page's one <h1>; else a title paragraph (Google Docs' export, Word's Title
    style), which is then taken out of the text; else <title> without the site name."""
    headings = [h for h in tree.iter("h1") if h.text_content().strip()]
    marked = tree.xpath('//p[contains(concat(" ", @class, " "), " title ")]')
    if len(headings) == 1 or (headings and not marked and not meta.title):
        return " ".join(headings[0].text_content().split()), int(headings[0].get(SOURCE_LINE, 1))
    if marked:
        marked[0].drop_tree()  # the title, not a paragraph of the article
        return " ".join(marked[0].text_content().split()), int(marked[0].get(SOURCE_LINE, 1))
    site = meta.site.casefold()
    for title, append_site in ((meta.named, False), (meta.title, True)):
        # "Title | by Author | Site": a byline is not part of the title.
        parts = [p for p in (_TITLE_SEPARATORS.split(title) if title else [])
                 if not p.casefold().startswith("by ")] or [title] if title else []
        if site and any(p.casefold() == site for p in parts[1:]):
            parts = [p for p in parts if p.casefold() != site]
        elif len(parts) > 1 and append_site:
            parts = parts[:-1]  # sites append their name to <title>: "Title - Site"
        if parts:
            return " - ".join(parts), meta.line
    return "", 0


def reference(title: str, meta: PageMeta) -> str | None:
    """The page as an APA reference: "Drew, C. (2023). Title. Site." (needs an author)."""
    if not meta.authors:
        return None
    names = [_apa_name(a) for a in meta.authors]
    if len(names) == 1:
        who = names[0]
    else:
        who = ", ".join(names[:-1]) + ", & " + names[-1]
    year = re.search(r"\b(1[5-9]\d\d|2\d\d\d)\b", meta.date)
    when = year.group(1) if year else "n.d."
    parts = [f"{who} ({when}).", f"{title.rstrip('.')}." if title else ""]
    if meta.site:
        parts.append(f"{meta.site.rstrip('.')}.")
    return " ".join(p for p in parts if p)


def _apa_name(name: str) -> str:
    """"Drew, Chris" or "Chris Drew" -> "Drew, C."; one word stays as written."""
    name = " ".join(name.split())
    if "," in name:
        family, given = (p.strip() for p in name.split(",", 1))
    else:
        words = name.split(" ")
        if len(words) == 1:
            return name
        family, given = words[-1], " ".join(words[:-1])
    initials = " ".join(f"{w[0]}." for w in re.split(r"[\s.]+", given) if w)
    return f"{family}, {initials}" if initials else family


# -- HTML elements to Markdown ------------------------------------------------------------


# A `<br>` inside a paragraph, until the paragraph is cut into its lines.
_LINE_BREAK = "\x00"


def _lines_at_breaks(text: str) -> list[str]:
    """A paragraph's text as its lines, cut at its `<br>`s (_LINE_BREAK, a note's HTML
    only), each kept from reading as a heading or list: loose text in a `<div>` too, where
    the marker reached the card as "�" (the code re-read)."""
    return [_guard(line) for part in text.split(_LINE_BREAK) if (line := " ".join(part.split()))]


def _line_of(element) -> int:
    try:
        return int(element.get(SOURCE_LINE, 0))
    except ValueError:
        return 0


class MarkdownWriter:
    """Writes Markdown blocks for HTML elements, remembering each line's source line."""

    def __init__(self, page_folder: Path, line_of: Callable = _line_of,
                 folder: Path | None = None, note_html: bool = False):
        self.page_folder = page_folder
        # Where the Markdown will be saved: an image's path is made relative to it.
        self.folder = folder or page_folder
        self.line_of = line_of
        self.out: list[tuple[str, int]] = []  # (Markdown line, source line)
        self.skipped: list[Text] = []
        self.words = 0
        # `note_html`: an HTML block of a Markdown note (fragment_markdown), not a page.
        # There a paragraph's `<br>` is a line of its own ("<b>Disciplina</b>: …<br><b>
        # Professora</b>: …" are lines, as they are typed in Markdown), and the text is the
        # note's own Markdown ("<li>**Osmosis** is …</li>"), kept: escaped, its bold showed
        # as "∗∗Osmosis∗∗" on the back (the code review). A page's paragraphs are joined and
        # its "*" and "_" escaped, as before.
        self.line_breaks = note_html
        self.escape: Callable[[str], str] = _unbroken_spaces if note_html else _escape

    # -- output ----------------------------------------------------------------------
    def emit(self, lines: list[str], source: int) -> None:
        if self.out:
            self.out.append(("", source))
        self.out.extend((line, source) for line in lines)
        self.words += sum(len(re.findall(r"\w+", line)) for line in lines)

    def skip(self, element, what: str, why: str) -> None:
        self.skipped.append(Text(f"{what} ({why})", self.line_of(element)))

    def document(self, title: str, title_line: int, meta: PageMeta, skipped: list[Text],
                 article_id: str | None) -> PageMarkdown:
        front: dict = {}
        if article_id:
            front["id"] = article_id
        if title:
            front["title"] = title
        ref = reference(title, meta)
        if ref:
            front["references"] = [ref]
        lines: list[tuple[str, int]] = []
        if front:
            dumped = yaml.safe_dump(front, allow_unicode=True, sort_keys=False, width=1000)
            lines = [("---", title_line or meta.line)]
            lines += [(line, title_line or meta.line) for line in dumped.splitlines()]
            lines += [("---", title_line or meta.line), ("", title_line or meta.line)]
        lines += self.out
        text = "\n".join(line for line, _ in lines) + "\n"
        return PageMarkdown(text, [source for _, source in lines], skipped)

    # -- blocks ----------------------------------------------------------------------
    def blocks(self, container) -> None:
        """Every block inside `container`; loose inline content becomes a paragraph."""
        run: list = []
        if container.text and container.text.strip():
            run.append(container.text)
        for child in container:
            if not isinstance(child.tag, str):  # a comment or processing instruction
                if child.tail and child.tail.strip():
                    run.append(child.tail)
                continue
            if child.tag in _BLOCK_TAGS or child.tag in _EMBEDS:
                self.inline_paragraph(run, container)
                run = []
                self.block(child)
                if child.tail and child.tail.strip():
                    run.append(child.tail)
            else:
                run.append(child)
        self.inline_paragraph(run, container)

    def inline_paragraph(self, run: list, container) -> None:
        if not run:
            return
        text = "".join(self.inline(node) if not isinstance(node, str) else self.escape(node)
                       for node in run)
        lines = _lines_at_breaks(text)
        if lines:
            first = next((n for n in run if not isinstance(n, str)), container)
            self.emit(lines, self.line_of(first))

    def block(self, element) -> None:
        tag = element.tag
        if tag in _INVISIBLE:
            return
        if tag in _EMBEDS:
            self.skip(element, _EMBEDS[tag], "makes no card")
            return
        if re.fullmatch(r"h[1-6]", tag):
            text = self.inline_text(element)
            if text:
                self.emit([f"{'#' * int(tag[1])} {text}"], self.line_of(element))
        elif tag == "p" or tag in ("dt", "summary", "address"):
            lines = _lines_at_breaks(self.inline_text(element))
            if lines:
                self.emit(lines, self.line_of(element))
            elif element.find(".//img") is None:
                return
        elif tag in ("ul", "ol", "menu"):
            lines: list[tuple[str, int]] = []
            self.list_lines(element, "", lines)
            if lines:
                self.emit_lines(lines)
        elif tag == "dl":
            self.definition_list(element)
        elif tag == "table":
            self.table(element, None)
        elif tag == "figure":
            self.figure(element)
        elif tag == "blockquote":
            inner = MarkdownWriter(self.page_folder, self.line_of, self.folder)
            inner.blocks(element)
            if inner.out:
                self.emit_lines([(f"> {line}".rstrip(), source) for line, source in inner.out])
        elif tag == "pre":
            code = element.text_content().rstrip("\n")
            language = re.search(r"(?:language|lang)-(\w+)", element.get("class", "") + " " + (
                element[0].get("class", "") if len(element) else ""))
            fence = "~~~~" if "```" in code else "```"
            self.emit([fence + (language.group(1) if language else ""), *code.split("\n"),
                       fence], self.line_of(element))
        elif tag == "hr":
            self.emit(["* * *"], self.line_of(element))
        else:  # div, section, article, li out of a list, td out of a table...
            self.blocks(element)

    def emit_lines(self, lines: list[tuple[str, int]]) -> None:
        if self.out:
            self.out.append(("", lines[0][1]))
        self.out.extend(lines)
        self.words += sum(len(re.findall(r"\w+", line)) for line, _ in lines)

    def list_lines(self, element, indent: str, lines: list[tuple[str, int]]) -> None:
        ordered = element.tag == "ol"
        number = int(element.get("start", "1")) if element.get("start", "1").isdigit() else 1
        for item in element:
            if not isinstance(item.tag, str) or item.tag != "li":
                continue
            marker = f"{number}. " if ordered else "- "
            number += 1
            own = [c for c in item if isinstance(c.tag, str) and c.tag in ("ul", "ol")]
            text = self.inline_text(item, skip=set(own))
            lines.append((f"{indent}{marker}{text}".rstrip(), self.line_of(item)))
            for nested in own:
                self.list_lines(nested, indent + " " * len(marker), lines)

    def definition_list(self, element) -> None:
        """<dt>term</dt><dd>text</dd> pairs are labelled items: "**term**: text"."""
        lines, term = [], None
        for child in element:
            if not isinstance(child.tag, str):
                continue
            if child.tag == "dt":
                term = self.inline_text(child, marks=False)
            elif child.tag == "dd":
                text = self.inline_text(child)
                if term and text:
                    lines.append((f"- **{term}**: {text}", self.line_of(child)))
                elif text:
                    lines.append((f"- {text}", self.line_of(child)))
                term = None
        if lines:
            self.emit_lines(lines)

    def figure(self, element) -> None:
        caption = element.find(".//figcaption")
        caption_text = self.inline_text(caption, marks=False) if caption is not None else ""
        tables = element.findall(".//table")
        if tables:
            for table in tables:
                self.table(table, caption_text or None)
            return
        images = element.findall(".//img")
        if not images:
            self.blocks(element)
            return
        for image in images:
            markdown_image = self.image(image, caption_text)
            if markdown_image:
                self.emit([markdown_image], self.line_of(image))

    def image(self, image, title: str = "") -> str:
        src = image.get("src") or image.get("data-src") or ""
        alt = " ".join((image.get("alt") or title or "").split())
        if not src or src.startswith("data:"):
            self.skip(image, f'image "{alt}"', "an image inside the page's HTML (data: URL) "
                      "is not read; save the page complete, with its _files folder" if src
                      else "an image with no file is not read")
            return ""
        if not re.match(r"^(?:[a-z][a-z0-9+.-]*:|/|#)", src, re.I):  # relative to the page
            # A saved page names "My page_files/a b.png" as "My%20page_files/a%20b.png".
            local = urllib.parse.unquote(src.split("?")[0].split("#")[0])
            src = Path(os.path.relpath(self.page_folder / local, self.folder)).as_posix()
        return markdown_image(src, alt, title)

    def table(self, element, caption: str | None) -> None:
        own_caption = element.find("caption")
        if own_caption is not None:
            caption = self.inline_text(own_caption, marks=False) or caption
        if element.xpath(".//table"):
            self.skip(element, "table inside a table", "layout tables are not read; the "
                      "cells' text is read as paragraphs")
            for cell in element.xpath(".//td[not(.//table)] | .//th[not(.//table)]"):
                self.blocks(cell)
            return
        rows = [tr for tr in element.iter("tr")]
        grid: list[list[str]] = []
        spans: dict[tuple[int, int], str] = {}  # (row, column) filled from a rowspan above
        header_rows = 0
        sources = []
        for r, tr in enumerate(rows):
            cells: list[str] = []
            column = 0
            all_th = True
            for cell in tr:
                if not isinstance(cell.tag, str) or cell.tag not in ("td", "th"):
                    continue
                while (r, column) in spans:
                    cells.append(spans.pop((r, column)))
                    column += 1
                all_th = all_th and cell.tag == "th"
                text = self.inline_text(cell).replace("|", "\\|")
                colspan = _span(cell.get("colspan"))
                rowspan = _span(cell.get("rowspan"))
                if rowspan > 1 and column == 0:
                    self.skip(cell, f'cell "{_unescape(text)}" over {rowspan} rows', "a "
                              "dimension names one row: the rows below it have none")
                for c in range(colspan):
                    cells.append(text)
                    for below in range(1, rowspan):
                        # A dimension names one row; other cells are spread down.
                        spans[(r + below, column + c)] = text if column + c else ""
                column += colspan
            while (r, column) in spans:
                cells.append(spans.pop((r, column)))
                column += 1
            if not cells:
                continue
            in_head = tr.getparent() is not None and tr.getparent().tag == "thead"
            if len(grid) == header_rows and (in_head or all_th):
                header_rows += 1
            grid.append(cells)
            sources.append(self.line_of(tr))
        if not grid:
            return
        if header_rows > 1:
            self.skip(element, "table header rows", f"{header_rows} header rows: only the "
                      "last one names the columns")
            grid, sources = grid[header_rows - 1:], sources[header_rows - 1:]
        width = max(len(row) for row in grid)
        grid = [row + [""] * (width - len(row)) for row in grid]
        lines = []
        if caption:
            title = caption if caption.endswith(":") else caption.rstrip(".") + ":"
            lines += [(_guard(title), self.line_of(element)), ("", self.line_of(element))]
        lines.append(("| " + " | ".join(grid[0]) + " |", sources[0]))
        lines.append(("|" + " --- |" * width, sources[0]))
        lines += [("| " + " | ".join(row) + " |", source)
                  for row, source in zip(grid[1:], sources[1:], strict=True)]
        self.emit_lines(lines)

    # -- inline ----------------------------------------------------------------------
    def inline_text(self, element, marks: bool = True, skip: set | None = None) -> str:
        text = "".join(self.inline_children(element, marks, skip or set()))
        if element.tag not in ("p", "dt", "summary", "address"):
            text = text.replace(_LINE_BREAK, " ")  # one line: a heading, an item, a cell
        return " ".join(text.split())

    def inline_children(self, element, marks: bool, skip: set) -> list[str]:
        out = [self.escape(element.text or "")]
        for child in element:
            if child not in skip:
                out.append(self.inline(child, marks, skip))
            if child.tail:
                out.append(self.escape(child.tail))
        return out

    def inline(self, element, marks: bool = True, skip: set | None = None) -> str:
        skip = skip or set()
        tag = element.tag
        if not isinstance(tag, str) or tag in _INVISIBLE:
            return ""
        if element.get(_TEX) is not None:
            tex = element.get(_TEX)
            return f" $${tex}$$ " if element.get(_DISPLAY) else f"${tex}$"
        if tag == "img":
            return self.image(element)
        if tag == "br":
            return _LINE_BREAK if self.line_breaks else " "
        if tag in _EMBEDS:
            self.skip(element, _EMBEDS[tag], "makes no card")
            return ""
        if tag in ("ul", "ol", "table", "dl"):  # a block where only text fits: its words
            return " " + " ".join(self.inline_text(element, marks).split()) + " "
        inner = "".join(self.inline_children(element, marks, skip))
        if tag in ("strong", "b", "em", "i") and marks and not _in_mark(element):
            return _mark(inner, "**" if tag in ("strong", "b") else "*")
        if tag in ("code", "kbd", "samp", "tt"):
            code = _unescape(inner)
            if not code.strip():
                return code
            tick = "``" if "`" in code else "`"
            return f"{tick}{code}{tick}"
        if tag == "sup" and re.fullmatch(r"\\\[[\w ,–-]{1,12}\\\]", inner.strip()):
            return inner.strip()  # a note number, "[1]": the reference it points to
        if tag in ("sub", "sup"):
            return f"<{tag}>{inner.strip()}</{tag}>" if inner.strip() else ""
        if tag in _BLOCK_TAGS:
            return f" {inner} "
        return inner


def _in_mark(element) -> bool:
    """A mark never nests: bold inside italic is one phrase."""
    return any(a.tag in ("strong", "b", "em", "i") for a in element.iterancestors())


def _mark(inner: str, mark: str) -> str:
    """`**phrase**` with the spaces around the phrase kept outside the marks."""
    stripped = inner.strip()
    if not stripped or not re.search(r"\w", stripped):
        return inner
    lead = inner[: len(inner) - len(inner.lstrip())]
    trail = inner[len(inner.rstrip()):]
    return f"{lead}{mark}{stripped}{mark}{trail}"


def _unbroken_spaces(text: str) -> str:
    return text.replace("\xa0", " ")


def _escape(text: str) -> str:
    return _ESCAPED.sub(r"\\\1", text.replace("\xa0", " "))


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def _guard(text: str) -> str:
    """A paragraph that would read as a heading, list or quote marker stays a paragraph."""
    return _BLOCK_START.sub(lambda m: m.group(1) + "\\" + m.group(2)
                            if not m.group(2)[0].isdigit()
                            else m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1], text)


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 100))
    except ValueError:
        return 1


# -- reading the Markdown ------------------------------------------------------------------


def read_page(path: Path, page: PageMarkdown) -> tuple[Article, list[Problem]]:
    """The Markdown reader's article, with every line moved back to the page's line."""
    try:
        article, problems = markdown.read(path, page.text)
    except ContentError as error:
        raise ContentError([_relocate_problem(p, page) for p in error.problems]) from None
    article = relocate(article, page.source_line)
    article = dataclasses.replace(article, skipped=tuple(sorted(
        (*page.skipped, *article.skipped), key=lambda t: t.line)))
    return article, [_relocate_problem(p, page) for p in problems]


def _relocate_problem(problem: Problem, page: PageMarkdown) -> Problem:
    return dataclasses.replace(problem, line=page.source_line(problem.line))


def relocate(value, move: Callable[[int], int]):
    """`value` with every `line` (and `id_line`) of the content model passed through `move`."""
    if isinstance(value, tuple):
        return tuple(relocate(v, move) for v in value)
    if isinstance(value, dict):
        return {k: relocate(v, move) for k, v in value.items()}
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return value
    changes = {}
    for item in dataclasses.fields(value):
        if item.name == "bibliography":
            continue  # its lines are the bibliography file's, not the article's
        current = getattr(value, item.name)
        if item.name in ("line", "id_line") and isinstance(current, int):
            changes[item.name] = move(current)
        elif isinstance(current, (tuple, dict)) or dataclasses.is_dataclass(current):
            changes[item.name] = relocate(current, move)
    return dataclasses.replace(value, **changes)
