"""Read a Word document (.docx) as an article: mammoth turns it into HTML, then the web
page's path (readers/html.py) turns that into Markdown for the Markdown reader.

mammoth maps Word's heading styles to headings, its tables to tables and bold runs to
<strong>; it leaves out comments and tracked deletions (and keeps tracked insertions), as
Word shows a document with its changes accepted. A Word document has no source lines:
every message names the paragraph's number, counting every paragraph of the document
body in order, including empty ones and those inside tables.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.parsers.expat import ExpatError

from deck_builder.content import Article
from deck_builder.errors import ContentError, Problem, display_path
from deck_builder.readers.html import (
    MIN_ARTICLE_WORDS,
    SOURCE_LINE,
    MarkdownWriter,
    PageMarkdown,
    PageMeta,
    read_page,
    title_of,
)

SUFFIXES = (".docx",)
# Pictures make most of a document's size; its text is a small part.
MAX_BYTES = 50 * 1024 * 1024
REFUSED = {
    ".doc": "an old binary Word document (.doc) cannot be read; open it in Word or "
            "LibreOffice and save it as a Word document (.docx)",
}
# An OLE2 compound file: an old .doc, or a .docx that Word encrypted with a password.
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
# Word's Title style is the article's title, marked as Google Docs marks its own.
_STYLE_MAP = "p[style-name='Title'] => p.title:fresh"
# Word paragraphs as mammoth writes them: each is one of these elements.
_PARAGRAPHS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li")


def read(path: Path, source: str) -> tuple[Article, list[Problem]]:
    raise ContentError([Problem(display_path(path), 0, "", "a Word document is read as bytes")])


def read_bytes(path: Path, raw: bytes) -> tuple[Article, list[Problem]]:
    return read_page(path, docx_markdown(path, raw))


def convert(path: Path, raw: bytes, folder: Path) -> str:
    """The Markdown the document is read as, with its article id."""
    return docx_markdown(path, raw, path.stem).text


def docx_markdown(path: Path, raw: bytes, article_id: str | None = None) -> PageMarkdown:
    """A Word document as Markdown, each line mapped to its paragraph number."""
    name = display_path(path)
    root = _numbered_html(name, raw)
    title, title_line = title_of(root, PageMeta())
    writer = MarkdownWriter(path.parent, line_of=lambda e: int(e.get(SOURCE_LINE, 0) or 0))
    writer.blocks(root)
    if writer.words < MIN_ARTICLE_WORDS:
        raise ContentError([Problem(name, 0, "", f"no article content: the document has "
                                    f"{writer.words} word(s) of text; nothing was read")])
    if not title:
        title = _core_title(raw)
    return writer.document(title, title_line, PageMeta(), [],
                           article_id)


def _numbered_html(name: str, raw: bytes):
    if raw.startswith(_OLE2):
        if _ENCRYPTED in raw:
            message = ("the document is protected by a password; remove it in Word (File > "
                       "Info > Protect Document > Encrypt with Password, clear it) and save")
        else:
            message = ("this is an old binary Word document (.doc) named .docx; open it in "
                       "Word or LibreOffice and save it as a Word document (.docx)")
        raise ContentError([Problem(name, 0, "", message)])
    if not zipfile.is_zipfile(io.BytesIO(raw)):
        raise ContentError([Problem(name, 0, "", "not a Word document: a .docx file is a zip "
                                    "archive and this one is not")])
    # mammoth and lxml load only when a document is read: they would slow every command.
    import lxml.html
    import mammoth

    # A picture in a document has no file beside it to point to: no src; `check` lists it.
    no_image_file = mammoth.images.img_element(lambda image: {"src": ""})
    try:
        result = mammoth.convert_to_html(io.BytesIO(raw), ignore_empty_paragraphs=False,
                                         style_map=_STYLE_MAP,
                                         convert_image=no_image_file)
    except (KeyError, OSError, zipfile.BadZipFile, ValueError, ExpatError) as error:
        # mammoth raises these for a zip that is not a Word document, or a damaged one.
        raise ContentError([Problem(name, 0, "", f"cannot read the Word document ({error}); "
                                    "open it in Word and save it again")]) from None
    root = lxml.html.fragment_fromstring(result.value or "<p></p>", create_parent="div")
    number = 0
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag in _PARAGRAPHS:
            number += 1
            element.set(SOURCE_LINE, str(number))
    # A table, a row or a list is where its first paragraph is.
    for element in root.iter():
        if isinstance(element.tag, str) and element.get(SOURCE_LINE) is None:
            first = next((e for e in element.iter() if e.get(SOURCE_LINE)), None)
            element.set(SOURCE_LINE, first.get(SOURCE_LINE) if first is not None else str(number))
    return root


def _core(raw: bytes, tag: str) -> list[str]:
    """Values of one element of docProps/core.xml (title, creator)."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            core = archive.read("docProps/core.xml")
    except (KeyError, zipfile.BadZipFile):
        return []
    import lxml.etree

    try:
        tree = lxml.etree.fromstring(core)
    except lxml.etree.XMLSyntaxError:
        return []
    return [" ".join(e.text.split()) for e in tree.iter() if isinstance(e.tag, str)
            and e.tag.endswith("}" + tag) and e.text and e.text.strip()]


def _core_title(raw: bytes) -> str:
    titles = _core(raw, "title")
    return titles[0] if titles else ""

