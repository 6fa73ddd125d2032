"""An author's bibliography file (BibTeX, BibLaTeX or CSL JSON), for Pandoc citations.

`load_bibliography` reads the file into references by citation key: each with the
author–date form its tag comes from (first author's family name and year, as for an APA
citation) and the entry formatted in APA 7 for the back of the card.

BibTeX is read by pybtex (its name rules, string macros and crossrefs are BibTeX's own,
and its LaTeX decoding turns `M{\\"u}ller` into "Müller"); CSL JSON, what Zotero and
Pandoc export, is plain JSON. Both become one CSL-shaped entry, which `format_apa`
writes for the common types: journal article, book, edited book, chapter, conference
paper, thesis, report and web page; anything else gets the generic APA form.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path
from string import ascii_lowercase

from deck_builder.citations import Citation, Reference


class BibliographyError(Exception):
    """The bibliography cannot be read; `line` is 0 when the reader does not know it."""

    def __init__(self, message: str, line: int = 0):
        super().__init__(message)
        self.message = message
        self.line = line


@dataclass(frozen=True)
class Name:
    family: str = ""  # with its particle: "van Dijk"
    given: str = ""
    literal: str = ""  # a group: "World Health Organization"
    suffix: str = ""  # "Jr."


@dataclass(frozen=True)
class Entry:
    """A CSL-shaped entry: CSL's type names and the fields APA shows."""

    id: str
    type: str = "document"
    authors: tuple[Name, ...] = ()
    editors: tuple[Name, ...] = ()
    year: str = "n.d."
    title: str = ""
    container: str = ""  # journal, book of a chapter, proceedings, website
    volume: str = ""
    issue: str = ""
    pages: str = ""
    edition: str = ""
    publisher: str = ""
    genre: str = ""  # "Doctoral dissertation", report series
    number: str = ""  # report number
    doi: str = ""
    url: str = ""
    extra: dict[str, str] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Bibliography:
    """The works of the file an article's `bibliography:` names."""

    name: str  # as the article writes it, for messages ("book.bib, packages.bib" for two)
    references: dict[str, Reference]  # by citation key, in the file's order
    digest: str  # of the bytes read: an article's notes depend on them (the build cache)
    # The files named that could not be read (a Markdown note's, read without them): a
    # citation it lacks points back to their warning rather than asking for a bibliography.
    unread: tuple[str, ...] = ()


def joined(read: list[Bibliography], unread: list[str]) -> Bibliography | None:
    """The bibliographies a Markdown note names as one (bookdown's `[book.bib,
    packages.bib]`), the first file's work winning a key two share, as in Pandoc."""
    if not read and not unread:
        return None
    if len(read) == 1 and not unread:
        return read[0]
    references: dict[str, Reference] = {}
    for bibliography in read:
        for key, reference in bibliography.references.items():
            references.setdefault(key, reference)
    # Unread files count too: the note is read again until they can be read.
    digest = hashlib.sha256("\0".join([b.digest for b in read] + unread).encode()).hexdigest()
    return Bibliography(", ".join(b.name for b in read), references, digest, tuple(unread))


# -- reading ---------------------------------------------------------------------------


def read_bibliography(article_path: Path, name: str) -> Bibliography:
    """The bibliography `name` names, relative to the article's folder."""
    path = article_path.parent / name
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise BibliographyError(f"bibliography {name} does not exist") from None
    except OSError as error:
        raise BibliographyError(f"cannot read the bibliography {name}: {error.strerror}") \
            from None
    try:
        source = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise BibliographyError(f"bibliography {name} is not UTF-8 text; save it as UTF-8",
                                raw[: error.start].count(b"\n") + 1) from None
    return Bibliography(name, parse_bibliography(path, source), hashlib.sha256(raw).hexdigest())


def load_bibliography(path: Path) -> dict[str, Reference]:
    """References by citation key; a BibliographyError names what is wrong and its line."""
    return read_bibliography(path.parent / "article", path.name).references


def parse_bibliography(path: Path, source: str) -> dict[str, Reference]:
    suffix = path.suffix.lower()
    if suffix in (".bib", ".bibtex", ".biblatex"):
        entries = read_bibtex(source)
    elif suffix == ".json":
        entries = read_csl_json(source)
    else:
        raise BibliographyError(
            f"bibliography {path.name}: give a BibTeX/BibLaTeX (.bib) or CSL JSON (.json) file")
    return references(entries)


def references(entries: list[Entry]) -> dict[str, Reference]:
    """Each entry's Reference; works that share a first author and year get "a", "b", …

    APA orders such works by title and letters them, and so does this, so that
    "(Skou, 1957a)" written in the text and "@skou1957one" meet in one tag.
    """
    by_key: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        by_key[entry_citation(entry).key].append(entry)
    found: dict[str, Reference] = {}
    for same in by_key.values():
        lettered = len(same) > 1 and same[0].year[-1:].isdigit()
        for letter, entry in zip(ascii_lowercase, sorted(same, key=lambda e: e.title.casefold()),
                                 strict=False):
            if lettered:
                entry = replace(entry, year=entry.year + letter)
            found[entry.id] = Reference(entry_citation(entry), format_apa(entry))
    return {entry.id: found[entry.id] for entry in entries if entry.id in found}


def entry_citation(entry: Entry) -> Citation:
    """The author–date form of an entry: its tag is the first author's family name and year."""
    names = entry.authors or entry.editors
    shown = tuple(n.literal or n.family for n in names if n.literal or n.family)
    if not shown:  # APA cites a work with no author by its title
        shown = (" ".join(entry.title.split()[:3]) or entry.id,)
    if len(shown) > 2:
        return Citation(shown[:1], entry.year, True)
    return Citation(shown, entry.year, False)


# BibTeX entry types and the CSL types APA formats them as.
_BIBTEX_TYPES = {
    "article": "article-journal", "book": "book", "booklet": "book", "inbook": "chapter",
    "incollection": "chapter", "inproceedings": "paper-conference",
    "conference": "paper-conference", "proceedings": "book", "phdthesis": "thesis",
    "mastersthesis": "thesis", "thesis": "thesis", "techreport": "report", "report": "report",
    "online": "webpage", "electronic": "webpage", "www": "webpage", "manual": "report",
    "collection": "book", "mvbook": "book",
}
_GENRES = {"phdthesis": "Doctoral dissertation", "mastersthesis": "Master's thesis"}
_LATEX_COMMAND = re.compile(r"\\[A-Za-z]+\*?\s*")


def _latex(value: str) -> str:
    """Plain text of a BibTeX value: accents decoded, braces and leftover commands gone."""
    from pybtex.richtext import Text  # imported here: only articles with a .bib need it

    text = str(Text.from_latex(value)) if value else ""
    return " ".join(_LATEX_COMMAND.sub("", text).replace("\u00a0", " ").split())


def read_bibtex(source: str) -> list[Entry]:
    from pybtex.database import parse_string
    from pybtex.scanner import PybtexSyntaxError

    try:
        data = parse_string(source, "bibtex")
    except PybtexSyntaxError as error:
        # pybtex says "syntax error in line 3: '}' expected"; the line goes in FILE:LINE.
        what = str(error).split(": ", 1)[-1]
        raise BibliographyError(f"BibTeX syntax error: {what}", error.lineno or 0) from None
    except Exception as error:  # pybtex's BibliographyDataError: a repeated key, and the like
        message = str(error)
        key = message.rsplit(":", 1)[-1].strip()
        # The repeated entry is the last one written with the key.
        lines = [n for n, text in enumerate(source.splitlines(), 1)
                 if key and re.search(rf"[{{(]\s*{re.escape(key)}\s*,", text)]
        line = lines[-1] if lines else 0
        raise BibliographyError(f"BibTeX: {message}", line) from None
    entries = []
    for key, bib in data.entries.items():
        fields = {name.lower(): _latex(value) for name, value in bib.fields.items()}
        kind = bib.type.lower()
        csl_type = _BIBTEX_TYPES.get(kind, "webpage" if "url" in fields else "document")
        if kind == "inbook" and "chapter" not in fields and "booktitle" not in fields:
            csl_type = "book"
        entries.append(Entry(
            id=key, type=csl_type,
            authors=tuple(_bibtex_name(p) for p in bib.persons.get("author", ())),
            editors=tuple(_bibtex_name(p) for p in bib.persons.get("editor", ())),
            year=_year(fields.get("year") or fields.get("date", "")),
            title=fields.get("title", ""),
            container=(fields.get("journal") or fields.get("journaltitle")
                       or fields.get("booktitle") or fields.get("maintitle", "")),
            volume=fields.get("volume", ""),
            issue=fields.get("number", "") if csl_type == "article-journal" else "",
            number=fields.get("number", "") if csl_type == "report" else "",
            pages=fields.get("pages", ""),
            edition=fields.get("edition", ""),
            publisher=(fields.get("publisher") or fields.get("school")
                       or fields.get("institution") or fields.get("organization", "")),
            genre=fields.get("type") or _GENRES.get(kind, ""),
            doi=fields.get("doi", ""),
            url=fields.get("url", ""),
        ))
    return entries


def _bibtex_name(person) -> Name:
    family = " ".join(_latex(part) for part in (*person.prelast_names, *person.last_names))
    given = " ".join(_latex(part) for part in (*person.first_names, *person.middle_names))
    if not given and not person.prelast_names and " " in family:
        return Name(literal=family)  # "{World Health Organization}"
    return Name(family=family, given=given,
                suffix=" ".join(_latex(p) for p in person.lineage_names))


def _year(value: str) -> str:
    found = re.search(r"\d{4}", value or "")
    return found[0] if found else "n.d."


def read_csl_json(source: str) -> list[Entry]:
    try:
        items = json.loads(source)
    except json.JSONDecodeError as error:
        raise BibliographyError(f"CSL JSON: {error.msg}", error.lineno) from None
    if isinstance(items, dict) and isinstance(items.get("items"), list):
        items = items["items"]
    if not isinstance(items, list):
        raise BibliographyError("CSL JSON: the file must be a list of entries", 1)
    entries = []
    for number, item in enumerate(items, 1):
        if not isinstance(item, dict) or not isinstance(item.get("id"), str | int):
            raise BibliographyError(f"CSL JSON: entry {number} has no \"id\"",
                                    _json_line(source, number))
        text = {k: _plain(v) for k, v in item.items() if isinstance(v, str | int | float)}
        entries.append(Entry(
            id=str(item["id"]), type=text.get("type", "document"),
            authors=_csl_names(item.get("author")), editors=_csl_names(item.get("editor")),
            year=_csl_year(item.get("issued")),
            title=text.get("title", ""), container=text.get("container-title", ""),
            volume=text.get("volume", ""), issue=text.get("issue", ""),
            pages=text.get("page", ""), edition=text.get("edition", ""),
            publisher=text.get("publisher", ""), genre=text.get("genre", ""),
            number=text.get("number", ""), doi=text.get("DOI", ""), url=text.get("URL", ""),
        ))
    return entries


def _json_line(source: str, number: int) -> int:
    """The line of the number-th entry's opening brace, near enough for a message."""
    depth, seen = 0, 0
    for line_number, line in enumerate(source.splitlines(), 1):
        for char in line:
            if char == "{":
                depth += 1
                if depth == 1:
                    seen += 1
                    if seen == number:
                        return line_number
            elif char == "}":
                depth -= 1
    return 0


def _plain(value) -> str:
    # CSL JSON allows a little HTML markup in titles (<i>, <sup>); the card shows text.
    return " ".join(re.sub(r"</?[a-z]+[^<>]*>", "", str(value)).split())


def _csl_names(names) -> tuple[Name, ...]:
    if not isinstance(names, list):
        return ()
    found = []
    for name in names:
        if not isinstance(name, dict):
            continue
        if name.get("literal"):
            found.append(Name(literal=_plain(name["literal"])))
            continue
        particle = name.get("non-dropping-particle", "")
        family = " ".join(p for p in (_plain(particle), _plain(name.get("family", ""))) if p)
        given = " ".join(p for p in (_plain(name.get("given", "")),
                                     _plain(name.get("dropping-particle", ""))) if p)
        found.append(Name(family=family, given=given, suffix=_plain(name.get("suffix", ""))))
    return tuple(found)


def _csl_year(issued) -> str:
    if isinstance(issued, dict):
        parts = issued.get("date-parts")
        if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
            return _year(str(parts[0][0]))
        return _year(str(issued.get("raw") or issued.get("literal") or ""))
    return _year(str(issued or ""))


# -- APA 7 ------------------------------------------------------------------------------


def _initials(given: str) -> str:
    """"Jens Christian" -> "J. C.", "Jean-Paul" -> "J.-P.", "S. J." stays."""
    words = []
    for word in given.replace(".", ". ").split():
        parts = [p for p in word.split("-") if p]
        if parts:
            words.append("-".join(p[0] + "." for p in parts))
    return " ".join(words)


def _apa_name(name: Name) -> str:
    if name.literal or not name.given:
        return name.literal or name.family
    shown = f"{name.family}, {_initials(name.given)}"
    return f"{shown}, {name.suffix}" if name.suffix else shown


def _editor_name(name: Name) -> str:
    """Editors in a chapter's "In …" are written initials first: "R. Roe"."""
    if name.literal or not name.given:
        return name.literal or name.family
    return f"{_initials(name.given)} {name.family}"


def _name_list(names: list[str]) -> str:
    if len(names) == 1:
        return names[0]
    if len(names) == 2 and "," not in names[0]:  # "R. Roe & S. Lee" in "In …"
        return f"{names[0]} & {names[1]}"
    if len(names) > 20:  # APA: the first 19, an ellipsis, the last
        return ", ".join(names[:19]) + ", . . . " + names[-1]
    return ", ".join(names[:-1]) + ", & " + names[-1]


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".?!" else text + "."


def _pages(pages: str) -> str:
    return re.sub(r"\s*-{1,2}\s*|\s*–\s*", "–", pages.strip())


def _link(entry: Entry) -> str:
    if entry.doi:
        doi = re.sub(r"\A(?:https?://(?:dx\.)?doi\.org/|doi:)", "", entry.doi, flags=re.I)
        return f"https://doi.org/{doi}"
    return entry.url


def format_apa(entry: Entry) -> str:
    """The entry as an APA 7 reference-list entry, in plain text (no italics)."""
    if entry.authors:
        who = _sentence(_name_list([_apa_name(n) for n in entry.authors]))
    elif entry.editors:
        label = "(Eds.)" if len(entry.editors) > 1 else "(Ed.)"
        who = f"{_name_list([_apa_name(n) for n in entry.editors])} {label}."
    else:
        who = ""
    date = f"({entry.year})."
    title = entry.title
    details: list[str] = []
    edition = _edition(entry.edition)
    if entry.type in ("article-journal", "article-magazine", "article-newspaper", "article"):
        source = entry.container
        if entry.volume:
            source += f", {entry.volume}" + (f"({entry.issue})" if entry.issue else "")
        elif entry.issue:
            source += f", ({entry.issue})"
        if entry.pages:
            source += f", {_pages(entry.pages)}"
        parts = [_sentence(title), _sentence(source)]
    elif entry.type in ("chapter", "paper-conference", "entry-encyclopedia", "entry"):
        editors = [_editor_name(n) for n in entry.editors] if entry.authors else []
        label = ("(Eds.)" if len(editors) > 1 else "(Ed.)") if editors else ""
        book = entry.container
        within = ", ".join(p for p in (edition, f"pp. {_pages(entry.pages)}" if entry.pages
                                       else "") if p)
        if within:
            book += f" ({within})"
        lead = f"In {_name_list(editors)} {label}, " if editors else "In "
        parts = [_sentence(title), _sentence(lead + book) if book else ""]
        details.append(entry.publisher)
    elif entry.type == "thesis":
        bracket = ", ".join(p for p in (entry.genre or "Thesis", entry.publisher) if p)
        parts = [_sentence(f"{title} [{bracket}]")]
    elif entry.type == "report":
        number = f"{entry.genre or 'Report'} No. {entry.number}" if entry.number else ""
        parts = [_sentence(title + (f" ({number})" if number else ""))]
        details.append(entry.publisher)
    elif entry.type in ("webpage", "post", "post-weblog"):
        parts = [_sentence(title), _sentence(entry.container)]
    else:  # book and anything else
        parts = [_sentence(title + (f" ({edition})" if edition else ""))]
        details.append(entry.publisher if entry.publisher not in entry_authors(entry) else "")
    pieces = [who, date] if who else [_sentence(title), date]
    if not who:
        parts = parts[1:]
    pieces += [p for p in parts if p] + [_sentence(d) for d in details if d]
    link = _link(entry)
    return " ".join(p for p in (*pieces, link) if p)


def entry_authors(entry: Entry) -> tuple[str, ...]:
    """Group authors by name; APA leaves out a publisher that is also the author."""
    return tuple(n.literal for n in entry.authors if n.literal)


def _edition(edition: str) -> str:
    if not edition or edition.strip() in ("1", "1st"):
        return ""
    edition = edition.strip()
    if edition.isdigit():
        number = int(edition)
        suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(
            number % 10, "th")
        return f"{number}{suffix} ed."
    return edition if "ed" in edition.lower() else f"{edition} ed."
