"""The images of an article: found, read, checked, and named by their content.

Both readers hand every image they meet to the article's ImageReader, which returns the
mark that stands for it in the text (text.image_mark). The reader looks the file up,
reads its bytes once, learns its format from the bytes (not the name), and records what
is wrong with it at the article's line: a missing or unreadable file, an unknown format
or an SVG that could run script are errors; a file over 10 MB and a remote image, which
a package cannot carry, are warnings.

Paths are relative to the article. An Obsidian embed (`![[figure.png]]`) is looked up as
Obsidian does: next to the note, then in the folders being built (read_articles names
them with `search_roots`), at the path written or anywhere below by its file name.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from urllib.parse import unquote

from deck_builder.content import MAX_IMAGES, Image, image_mark
from deck_builder.errors import Problem, display_path

# Cards are read on phones; an image this large is almost certainly a mistake.
MAX_IMAGE_BYTES = 10 * 1024 * 1024
FORMATS = ("png", "jpg", "gif", "webp", "svg")
MIME_TYPES = {"png": "image/png", "jpg": "image/jpeg", "gif": "image/gif",
              "webp": "image/webp", "svg": "image/svg+xml"}
_REMOTE = re.compile(r"^https?://\S+$", re.I)
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)
# What an Obsidian embed must end in to be an image (Obsidian's own list, and SVG).
_EMBEDDED_IMAGES = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".bmp", ".avif"}
# Obsidian: ![[figure.png]], ![[figure.png|300]], ![[figure.png|300x200]], ![[figure.png|alt]]
OBSIDIAN_EMBED = re.compile(r"!\[\[([^\]|\n]+?)(?:\|([^\]\n]*))?\]\]")
_SIZE = re.compile(r"^\s*(\d+)(?:\s*x\s*\d+)?\s*$")
IMG_TAG = re.compile(r"<img\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", re.I)
_ATTRIBUTE = re.compile(r"""([a-zA-Z_:][-\w:.]*)\s*=\s*("([^"]*)"|'([^']*)'|([^\s"'>]+))""")
# What makes an SVG able to act in Anki's web view: a script, an event handler, a
# javascript: URL, or markup an <img> would not need (embedded HTML, entity definitions,
# which can also hide the rest). Refused outright: an author's diagram has none of them.
_SVG_DANGER = re.compile(
    r"<\s*script|<\s*foreignObject|<!ENTITY|\son[a-z]+\s*=|javascript\s*:|vbscript\s*:"
    r"|data\s*:\s*text/html", re.I)

_roots: ContextVar[tuple[Path, ...]] = ContextVar("image_roots", default=())
_current: ContextVar[ImageReader | None] = ContextVar("image_reader", default=None)


@contextmanager
def search_roots(paths) -> Iterator[None]:
    """While reading, Obsidian embeds are also looked up in these folders (the build's)."""
    roots = tuple(dict.fromkeys(
        (p if p.is_dir() else p.parent).resolve() for p in paths if p.exists()))
    token = _roots.set(roots)
    try:
        yield
    finally:
        _roots.reset(token)


@contextmanager
def reading(reader: ImageReader) -> Iterator[ImageReader]:
    """Make `reader` the one current_reader() returns (the Markdown reader's inline walk)."""
    token = _current.set(reader)
    try:
        yield reader
    finally:
        _current.reset(token)


def current_reader() -> ImageReader | None:
    return _current.get()


def image_format(data: bytes) -> str | None:
    """The format the bytes are in, by their signature."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<svg", b"<?xml", b"<!--", b"<!doctype svg")) and b"<svg" in \
            data[:65536].lower():
        return "svg"
    return None


def svg_problem(data: bytes) -> str | None:
    text = html.unescape(data.decode("utf-8", "replace"))
    found = _SVG_DANGER.search(text)
    if found is None:
        return None
    return (f"holds {' '.join(found[0].split())!r}, which could run script in Anki's card "
            "view; remove it from the SVG (or export the drawing as PNG)")


class ImageReader:
    """The images of one article, in the order met; problems go into `problems`."""

    def __init__(self, path: Path, name: str, problems: list[Problem],
                 missing: str = "error"):
        self.path = path
        self.missing = missing  # the severity of an image file that is not there
        self.name = name
        self.problems = problems
        self.images: list[Image] = []
        # Where the Markdown reader is: inline tokens carry no line of their own. 0 until a
        # block sets it: a read before any (a title's) knows no line.
        self.line = 0
        # file -> ((digest, format) or None, its problems as (message, severity))
        self._files: dict[Path, tuple[tuple[str, str] | None, list[tuple[str, str]]]] = {}
        self._names: dict[Path, dict[str, list[Path]]] = {}  # root -> file name -> files
        # (field, message) -> line -> its index in `problems` (problem)
        self._said: dict[tuple[str, str], dict[int, int]] = {}

    def add(self, src: str, line: int, alt: str = "", title: str = "", field: str = "image",
            obsidian: bool = False, width: int | None = None) -> str:
        """The mark that stands for this image in the text ("" when it cannot be one)."""
        src = src.strip()
        if len(self.images) >= MAX_IMAGES:
            self.problem(line, field, f"more than {MAX_IMAGES:,} images in one article; "
                         "split it")
            return ""
        image = Image(src, line, " ".join(literal(alt).split()), " ".join(literal(title).split()),
                      width=width)
        if _REMOTE.match(src):
            self.problem(line, field, f"{src} is a remote image: the package cannot carry "
                         "it, so its cards show it only when online", "warning")
        elif _SCHEME.match(src) and not re.match(r"^[a-z]:[\\/]", src, re.I):
            self.problem(line, field, f"image {src[:60]!r}: only files and http(s) URLs can "
                         "be images")
            return ""
        else:
            file = self.find(src, obsidian)
            if file is None:
                where = "next to the article or in the folders being built" if obsidian \
                    else f"relative to {display_path(self.path.parent)}"
                left = "; its card is built without it" if self.missing == "warning" else ""
                self.problem(line, field, f"image file not found: {src} (looked {where}){left}",
                             self.missing)
                return ""
            read = self.read(file, line, field, src)
            if read is None:
                return ""
            digest, extension = read
            image = Image(src, line, image.alt, image.title, file, digest, extension, width)
        self.images.append(image)
        return image_mark(len(self.images) - 1)

    def obsidian(self, target: str, option: str | None, line: int) -> str:
        """The mark for `![[target|option]]`: a number is a width, other text the alt."""
        if Path(target.split("#")[0]).suffix.lower() not in _EMBEDDED_IMAGES:
            # `![[Note]]`, `![[#Heading]]`: Obsidian shows another note's text there, not an
            # image; that note is read where it is (when it is built), not copied in here.
            self.problem(line, "embed", f"![[{target}]] embeds a note, not an image; its text "
                         "is not copied here", "info")
            return ""
        size = _SIZE.match(option or "")
        alt = "" if option is None or size else option
        return self.add(target, line, alt=alt, obsidian=True,
                        width=int(size[1]) if size else None)

    def html_tag(self, tag: str, line: int) -> str:
        """The mark for an `<img src=…>` tag; "" for a tag without a src."""
        attributes = tag_attributes(tag)
        src = attributes.get("src", "")
        if not src:
            self.problem(line, "image", "an <img> tag without src shows nothing", "warning")
            return ""
        width = attributes.get("width", "")
        return self.add(src, line, attributes.get("alt", ""), attributes.get("title", ""),
                        width=int(width) if width.isdigit() else None)

    def problem(self, line: int, field: str, message: str, severity: str = "error") -> None:
        """Each problem once per line: the reader reads some text inline more than once (a
        list item is read as several shapes in turn), and each read met the image again
        (a missing image was named five times). A read that knew no line (0: the reader
        had not set one) gives way to one that did, and adds nothing after one; it is
        named at line 1 if none did. (0 for it, not 1: an image truly on line 1 and again
        further down was named only further down, the code re-read of session 38.)"""
        lines = self._said.setdefault((field, message), {})
        if line in lines:
            return
        if line == 0 and lines:
            return
        if 0 in lines:  # (line is not 0 here: returned above)
            at = lines.pop(0)
            self.problems[at] = Problem(self.name, line, field, message, severity)
            lines[line] = at
            return
        lines[line] = len(self.problems)
        self.problems.append(Problem(self.name, line or 1, field, message, severity))

    # -- files ---------------------------------------------------------------------------
    def find(self, src: str, obsidian: bool) -> Path | None:
        written = unquote(src) if not obsidian else src
        candidates = [self.path.parent / written]
        if obsidian:
            roots = _roots.get()
            candidates += [root / written for root in roots]
            candidates += [p for root in roots for p in self._by_name(root, Path(written).name)]
        for candidate in candidates:
            if candidate.is_file():
                return candidate.resolve()
        # A directory or a file that exists but is unreadable is reported by read().
        for candidate in candidates[:1]:
            if candidate.exists():
                return candidate.resolve()
        return None

    def _by_name(self, root: Path, name: str) -> list[Path]:
        """Files called `name` anywhere below `root`, shallowest first, as Obsidian picks."""
        if root not in self._names:
            index: dict[str, list[Path]] = {}
            for folder, dirs, files in os.walk(root):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for file in files:
                    index.setdefault(file, []).append(Path(folder) / file)
            self._names[root] = index
        found = self._names[root].get(name, [])
        return sorted(found, key=lambda p: (len(p.parts), str(p)))

    def read(self, file: Path, line: int, field: str, src: str) -> tuple[str, str] | None:
        """(digest, format) of the file, read once however often the article shows it;
        what is wrong with it is said at every line that shows it."""
        if file not in self._files:
            self._files[file] = self._read(file, src)
        read, problems = self._files[file]
        for message, severity in problems:
            self.problem(line, field, message, severity)
        return read

    def _read(self, file: Path, src: str):
        if file.is_dir():
            return None, [(f"image {src} is a folder, not an image file", "error")]
        try:
            data = file.read_bytes()
        except OSError as error:
            return None, [(f"cannot read image {src}: {error.strerror}", "error")]
        extension = image_format(data)
        if extension is None:
            return None, [(f"image {src} is not a PNG, JPEG, GIF, WebP or SVG image", "error")]
        if extension == "svg":
            danger = svg_problem(data)
            if danger:
                return None, [(f"SVG image {src} refused: it {danger}", "error")]
        warnings = []
        if len(data) > MAX_IMAGE_BYTES:
            warnings.append((f"image {src} is {len(data) / 1024 / 1024:.1f} MB; every device "
                             "that syncs the deck stores it (keep images under "
                             f"{MAX_IMAGE_BYTES // 1024 // 1024} MB)", "warning"))
        return (hashlib.sha256(data).hexdigest(), extension), warnings


# Plane 15 stands for images inside the text (text.image_mark): typed by an author, its
# characters become U+FFFD, which no font lacks either, and never another image.
_PLANE_15 = re.compile("[\U000f0000-\U000fffff]")


def literal(text: str) -> str:
    """Text from the source that can stand for no image."""
    return text if text.isascii() else _PLANE_15.sub("\ufffd", text)


def embeds(text: str) -> str:
    """Text with its Obsidian embeds (`![[figure.png]]`) replaced by image marks."""
    text = literal(text)
    reader = _current.get()
    if reader is None or "![[" not in text:
        return text
    return OBSIDIAN_EMBED.sub(lambda m: reader.obsidian(m[1].strip(), m[2], reader.line), text)


def tag_attributes(tag: str) -> dict[str, str]:
    """An HTML tag's attributes by their names in small letters, their values unescaped:
    `<img src="a.png" data-src="b.png" alt='A &amp; B'>` gives src "a.png", data-src
    "b.png", alt "A & B"."""
    return {m[1].lower(): html.unescape(m[3] if m[3] is not None else
                                        m[4] if m[4] is not None else m[5])
            for m in _ATTRIBUTE.finditer(tag)}


def markdown_image(src: str, alt: str, title: str = "") -> str:
    """The Markdown image `![alt](src "title")` for a picture typed otherwise (an `<img>`
    tag, a web page's picture): a source with spaces or brackets in angle brackets, the
    alt's square brackets escaped."""
    target = f"<{src}>" if re.search(r"[\s()<>]", src) else src
    alt = alt.replace("[", "\\[").replace("]", "\\]")
    title = title.replace('"', "'")
    return f'![{alt}]({target} "{title}")' if title else f"![{alt}]({target})"


def obsidian(target: str, option: str | None) -> str:
    """The mark of the embed `![[target|option]]` ("" outside a read)."""
    reader = _current.get()
    return reader.obsidian(target.strip(), option, reader.line) if reader is not None else ""


def html_images(tag: str) -> str:
    """The marks of the `<img>` tags in a piece of inline HTML ("" for any other tag)."""
    reader = _current.get()
    if reader is None:
        return ""
    return "".join(reader.html_tag(m[0], reader.line) for m in IMG_TAG.finditer(tag))


def figure_caption(image: Image) -> str:
    """The caption an image alone gives itself: its title, else its alt text."""
    return image.title or image.alt
