"""Read article files into the content model (content.py): one reader per format.

FORMATS maps each format's module to the file suffixes it reads, as doc2dash registers its
parsers: a new format is a module with SUFFIXES and `read(path, source)`, added to FORMATS.
This module finds the files, checks what every format shares (size, encoding, one id per
article) and hands the decoded text to the format's reader. A format that decodes its own
bytes (a web page's declared charset, a Word document's zip) has `read_bytes(path, raw)`.
"""

from __future__ import annotations

import dataclasses
import errno
import hashlib
import importlib
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType

from deck_builder.content import Article
from deck_builder.errors import ContentError, Problem, display_path
from deck_builder.readers.images import search_roots

# Articles are prose; anything larger is almost certainly the wrong file.
MAX_ARTICLE_BYTES = 2 * 1024 * 1024
# Each format's module in this package, with its SUFFIXES (test_readers_registry checks
# they agree). A module is imported when a file of its format is first read: a sync of one
# YAML article needs no Markdown, HTML or Word parser, a quarter of deck-builder's start-up.
FORMATS = {
    "structured": (".yaml", ".yml", ".json"),
    # Quarto (.qmd) and R Markdown (.Rmd) are Markdown with code chunks, which are fences;
    # MDX (.mdx, Docusaurus) is Markdown with JSX components, read as its HTML.
    "markdown": (".md", ".markdown", ".qmd", ".rmd", ".mdx"),
    "html": (".html", ".htm", ".xhtml"),
    "docx": (".docx",),
}
ARTICLE_SUFFIXES = tuple(suffix for suffixes in FORMATS.values() for suffix in suffixes)
_FORMAT_OF_SUFFIX = {suffix: name for name, suffixes in FORMATS.items() for suffix in suffixes}
# Sources whose rendering writes a `.md` of the same name beside them.
_RENDERED_FROM = (".rmd", ".qmd")
# Files that look like articles but cannot be read: the format that says what to do
# instead (its REFUSED).
REFUSED_BY = {".doc": "docx"}
# Formats `deck-builder convert` writes as Markdown: they have `convert(path, raw, folder)`.
CONVERTED = ("html", "docx")


def format_of(suffix: str) -> ModuleType:
    """The reader module of files with this suffix (one of ARTICLE_SUFFIXES)."""
    return importlib.import_module(f"deck_builder.readers.{_FORMAT_OF_SUFFIX[suffix]}")


def _refusal(suffix: str) -> str | None:
    """Why a file with this suffix cannot be read, if it cannot."""
    if suffix not in REFUSED_BY:
        return None
    return importlib.import_module(f"deck_builder.readers.{REFUSED_BY[suffix]}").REFUSED[suffix]


def find_article_files(paths: Iterable[Path]) -> list[Path]:
    """Article files named or found (not recursively) in the folders named, in a stable order."""
    found: dict[Path, Path] = {}  # the file itself -> as named: `build cards cards` reads once
    for path in paths:
        if path.is_dir():
            # A course of 2,000 articles: the folder's listing tells the files that are no
            # symbolic link, and where each is, without asking the system about each one.
            folder = _same_file(path)
            with os.scandir(path) as entries:
                files = sorted((entry.name, entry.is_symlink()) for entry in entries
                               if _suffix(entry.name) in ARTICLE_SUFFIXES and entry.is_file())
            # `x.md` beside `x.Rmd` or `x.qmd` is what knitting or rendering it wrote (R
            # Markdown's github_document, Quarto's keep-md): the same notes again, under
            # the same article id. The source is read.
            sources = {name[:-4].casefold() for name, _ in files
                       if _suffix(name) in _RENDERED_FROM}
            files = [(name, link) for name, link in files
                     if not (_suffix(name) == ".md" and name[:-3].casefold() in sources)]
            for name, link in files:
                file = path / name
                found.setdefault(_same_file(file) if link else folder / name, file)
        else:
            found.setdefault(_same_file(path), path)
    return list(found.values())


def _suffix(name: str) -> str:
    """Path(name).suffix in lower case (`NOTES.MD`, `week1.Rmd`), without making a Path."""
    dot = name.rfind(".")
    return name[dot:].lower() if 0 < dot < len(name) - 1 else ""


def _same_file(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a symbolic link in a loop: read_article says so
        return path.absolute()


def read_articles(paths: Iterable[Path], track=None,
                  reuse: Callable[[Path], Article | None] | None = None,
                  read: Callable[[Path], tuple[Article, list[Problem]]] | None = None,
                  files: list[Path] | None = None) -> tuple[list[Article], list[Problem]]:
    """Read every article; raise one ContentError listing every problem in every file.

    `track`, when given, reports progress over the files (build.plan_build). `reuse`,
    when given, may return an article the build cache vouches for instead of reading
    its file (an Article without content, build.plan_build). `read` reads a file in
    read_article's stead (parallel.py: its result from a worker process), file by file
    in order. `files`, when given, is what find_article_files(paths) gave the caller.
    """
    read = read or read_article
    articles: list[Article] = []
    problems: list[Problem] = []
    paths = list(paths)
    files = find_article_files(paths) if files is None else files
    if not files:
        where = ", ".join(display_path(p) for p in paths) or "."
        kinds = ", ".join(ARTICLE_SUFFIXES[:-1]) + " or " + ARTICLE_SUFFIXES[-1]
        raise ContentError([Problem(where, 0, "", f"no articles here; an article is a {kinds} "
                                    "file")])
    with search_roots(paths):  # Obsidian embeds are looked up through these folders too
        for path in track("Reading", files) if track else files:
            reused = reuse(path) if reuse else None
            if reused is not None:
                articles.append(reused)
                continue
            try:
                article, warnings = read(path)
            except ContentError as error:
                problems.extend(error.problems)
                continue
            articles.append(article)
            problems.extend(warnings)
    seen: dict[str, Article] = {}
    for article in articles:
        if article.id in seen:
            first = seen[article.id]
            problems.append(
                Problem(
                    display_path(article.path), article.id_line, "id",
                    f'article id "{article.id}" is also used by {display_path(first.path)}; '
                    "give one of them another `id:`",
                )
            )
        seen[article.id] = article
    if any(p.severity == "error" for p in problems):
        raise ContentError(problems)
    return articles, problems


def _wide_encoding(raw: bytes) -> str | None:
    """UTF-16 or UTF-32, with a BOM or without one (then its zero bytes give it away: an
    article starts with ASCII, which UTF-8 never writes with a zero byte)."""
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "UTF-32"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    head = raw[:4]
    if len(head) == 4 and (head[1:] == b"\0\0\0" or head[:3] == b"\0\0\0"):
        return "UTF-32"
    if len(head) >= 2 and (head[1] == 0) != (head[0] == 0):
        return "UTF-16"
    return None


def read_article(path: Path) -> tuple[Article, list[Problem]]:
    """One article and its warnings; a ContentError when it has errors."""
    name = display_path(path)
    raw = _read_raw(path, name)
    reader = format_of(_suffix(path.name))
    if hasattr(reader, "read_bytes"):
        article, warnings = reader.read_bytes(path, raw)
    else:
        article, warnings = reader.read(path, _decode_utf8(name, raw))
    # The digest of exactly these bytes: hashing the file again later could describe
    # an edit made since, and the cache would then pair new bytes with old notes.
    digest = hashlib.sha256(raw)
    if article.bibliography is not None:
        # The notes depend on the bibliography's bytes too. The cache vouches by the
        # article's bytes alone, so an article with a bibliography is always read again.
        digest.update(b"\0" + article.bibliography.digest.encode())
    return dataclasses.replace(article, digest=digest.hexdigest()), warnings


def convert_article(path: Path, folder: Path) -> str:
    """The Markdown a web page or Word document is read as, for an author to curate and
    build from instead; it keeps the article id, so the notes keep their guids."""
    name = display_path(path)
    converted = [s for format in CONVERTED for s in FORMATS[format]]
    suffix = _suffix(path.name)
    if path.exists() and suffix not in converted and suffix not in REFUSED_BY:
        raise ContentError([Problem(name, 0, "", "convert reads web pages and Word documents ("
                                    f"{', '.join(converted)})")])
    raw = _read_raw(path, name)
    return format_of(suffix).convert(path, raw, folder)


def _read_raw(path: Path, name: str) -> bytes:
    if path.is_symlink() and not path.exists():
        try:
            path.stat()
        except OSError as error:
            what = "in a loop" if error.errno == errno.ELOOP else "to a missing file"
            raise ContentError([Problem(name, 0, "", f"a symbolic link {what}")]) from None
    if not path.exists():
        raise ContentError([Problem(name, 0, "", "no such file")])
    try:
        path.name.encode("utf-8")
    except UnicodeEncodeError:  # bytes Python could only decode with surrogateescape
        raise ContentError([Problem(name, 0, "", "the file name is not UTF-8 text; rename "
                                    "the file")]) from None
    if not path.is_file():  # a FIFO or a device would block the read, or never end
        raise ContentError([Problem(name, 0, "", "not a regular file (a pipe or a device); "
                                    "an article is a file")])
    suffix = _suffix(path.name)
    refusal = _refusal(suffix)
    if refusal is not None:
        raise ContentError([Problem(name, 0, "", refusal)])
    if suffix not in ARTICLE_SUFFIXES:
        raise ContentError([Problem(
            name, 0, "", f"not an article file; use one of {', '.join(ARTICLE_SUFFIXES)}"
        )])
    # A saved web page or a Word document is mostly markup, scripts or pictures: its limit
    # is the module's MAX_BYTES.
    limit = getattr(format_of(suffix), "MAX_BYTES", MAX_ARTICLE_BYTES)
    size = path.stat().st_size
    if size > limit:
        raise ContentError([Problem(
            name, 0, "", f"file is {size:,} bytes; articles are limited to "
            f"{limit:,} bytes (split it into several articles)"
        )])
    try:
        with path.open("rb") as handle:
            raw = handle.read(limit + 1)
    except OSError as error:
        raise ContentError([Problem(name, 0, "", f"cannot read the file: {error.strerror}")]) \
            from None
    if len(raw) > limit:  # it grew, or is not a regular file
        raise ContentError([Problem(
            name, 0, "", f"file is over {limit:,} bytes, the limit for an article"
        )])
    return raw


def _decode_utf8(name: str, raw: bytes) -> str:
    encoding = _wide_encoding(raw)
    if encoding:
        raise ContentError([Problem(name, 1, "", f"the file is {encoding} text; save it as "
                                    "UTF-8")])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ContentError([Problem(
            name, line, "",
            f"not UTF-8 text (byte 0x{raw[error.start]:02x}); save the file as UTF-8"
        )]) from None
