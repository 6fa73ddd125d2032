"""Read article files into the content model (content.py): one reader per format.

READERS maps a file suffix to the function that reads such a file, as doc2dash registers its
parsers: a new format (html.py, docx.py) is a module with SUFFIXES and `read(path, source)`,
added to the tuple below. This module finds the files, checks what every format shares (size,
encoding, one id per article) and hands the decoded text to the format's reader.
"""

from __future__ import annotations

import dataclasses
import errno
import hashlib
from collections.abc import Callable, Iterable
from pathlib import Path

from deck_builder.content import Article
from deck_builder.errors import ContentError, Problem, display_path
from deck_builder.readers import markdown, structured

# Articles are prose; anything larger is almost certainly the wrong file.
MAX_ARTICLE_BYTES = 2 * 1024 * 1024
READERS: dict[str, Callable[[Path, str], tuple[Article, list[Problem]]]] = {
    suffix: module.read for module in (structured, markdown) for suffix in module.SUFFIXES
}
ARTICLE_SUFFIXES = tuple(READERS)


def find_article_files(paths: Iterable[Path]) -> list[Path]:
    """Article files named or found (not recursively) in the folders named, in a stable order."""
    found: dict[Path, Path] = {}  # the file itself -> as named: `build cards cards` reads once
    for path in paths:
        if path.is_dir():
            for file in sorted(p for p in path.iterdir()
                               if p.is_file() and p.suffix in ARTICLE_SUFFIXES):
                found.setdefault(_same_file(file), file)
        else:
            found.setdefault(_same_file(path), path)
    return list(found.values())


def _same_file(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a symbolic link in a loop: read_article says so
        return path.absolute()


def read_articles(paths: Iterable[Path], track=None,
                  reuse: Callable[[Path], Article | None] | None = None,
                  ) -> tuple[list[Article], list[Problem]]:
    """Read every article; raise one ContentError listing every problem in every file.

    `track`, when given, reports progress over the files (build.plan_build). `reuse`,
    when given, may return an article the build cache vouches for instead of reading
    its file (an Article without content, build.plan_build).
    """
    articles: list[Article] = []
    problems: list[Problem] = []
    paths = list(paths)
    files = find_article_files(paths)
    if not files:
        where = ", ".join(display_path(p) for p in paths) or "."
        kinds = ", ".join(ARTICLE_SUFFIXES[:-1]) + " or " + ARTICLE_SUFFIXES[-1]
        raise ContentError([Problem(where, 0, "", f"no articles here; an article is a {kinds} "
                                    "file")])
    for path in track("Reading", files) if track else files:
        reused = reuse(path) if reuse else None
        if reused is not None:
            articles.append(reused)
            continue
        try:
            article, warnings = read_article(path)
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
    if path.suffix not in ARTICLE_SUFFIXES:
        raise ContentError([Problem(
            name, 0, "", f"not an article file; use one of {', '.join(ARTICLE_SUFFIXES)}"
        )])
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise ContentError([Problem(
            name, 0, "", f"file is {size:,} bytes; articles are limited to "
            f"{MAX_ARTICLE_BYTES:,} bytes (split it into several articles)"
        )])
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_ARTICLE_BYTES + 1)
    except OSError as error:
        raise ContentError([Problem(name, 0, "", f"cannot read the file: {error.strerror}")]) \
            from None
    if len(raw) > MAX_ARTICLE_BYTES:  # it grew, or is not a regular file
        raise ContentError([Problem(
            name, 0, "", f"file is over {MAX_ARTICLE_BYTES:,} bytes, the limit for an article"
        )])
    encoding = _wide_encoding(raw)
    if encoding:
        raise ContentError([Problem(name, 1, "", f"the file is {encoding} text; save it as "
                                    "UTF-8")])
    try:
        source = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ContentError([Problem(
            name, line, "",
            f"not UTF-8 text (byte 0x{raw[error.start]:02x}); save the file as UTF-8"
        )]) from None
    article, warnings = READERS[path.suffix](path, source)
    # The digest of exactly these bytes: hashing the file again later could describe
    # an edit made since, and the cache would then pair new bytes with old notes.
    digest = hashlib.sha256(raw)
    if article.bibliography is not None:
        # The notes depend on the bibliography's bytes too. The cache vouches by the
        # article's bytes alone, so an article with a bibliography is always read again.
        digest.update(b"\0" + article.bibliography.digest.encode())
    return dataclasses.replace(article, digest=digest.hexdigest()), warnings
