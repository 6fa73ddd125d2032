"""APA 7 in-text citations: find them, cut them out of sentences, key them.

A key is first author's surname plus year ("Oyserman2002"), so "(Oyserman et al.,
2002)" and "(Oyserman, Coon, & Kemmelmeier, 2002)" share it, as they should; so,
alas, do two works with one first author and year but different co-authors.

Group authors: "(World Health Organization [WHO], 2020)" and "(WHO, 2020)" both
get the key "WHO2020". A reference entry "World Health Organization. (2020)."
gets "WorldHealthOrganization2020": the reference list never shows the
abbreviation, so a check of citations against references must allow for it.

Narrative citations are found for one surname ("Triandis (2018)"), a list
ending in "and"/"&" ("Cohen, Wu and Miller (2016)") or "Surname et al.
(2002)". A multi-word group name before "(2020)" yields only its last word, and
any capitalised word before a bare year reads as an author ("Westphalia (1648)").

Parsing never raises and takes time linear in the text: no quantified group
holds a part that can also match the separator after it, and the backwards
search for narrative authors looks at most _NARRATIVE_REACH characters back.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache

# re has no \p{Lu}; the capitals of the Latin, Greek and Cyrillic blocks cover
# the authors we expect, accented ones included ("Ørsted", "Łuczak").
_CAP = "[" + "".join(c for c in map(chr, range(0x530)) if c.isupper()) + "]"
# Lowercase surname prefixes, so "van Dijk" and "de la Cruz" count as surnames.
_PARTICLES = r"(?:van|von|de|del|della|der|den|des|di|da|du|dos|la|le|ten|ter)"
_SURNAME = rf"(?:{_PARTICLES}\s+)*{_CAP}(?:[^\W\d_]|[’'\-])*"
# A cited author may be a group ("U.S. Department of Health") and carry the
# abbreviation APA introduces in brackets.
_NAME_WORD = r"(?:[^\W\d_]|[’'.\-])"
_AUTHOR = re.compile(
    rf"(?:{_PARTICLES}\s)*{_CAP}{_NAME_WORD}*(?:\s{_NAME_WORD}+)*(?:\s\[[^\[\]]+\])?"
)
# APA puts initials before a first author who shares a surname with another
# ("J. M. Taylor"); reference_key ignores initials, so the key must too. "U.S."
# has no space after its first full stop and is kept.
_INITIALS = re.compile(rf"\A(?:{_CAP}\.\s)+(?={_CAP})")
_ABBREVIATION = re.compile(r"\[([^\[\]]+)\]\Z")
_AND = re.compile(r"&|\band\b")
_ET_AL = re.compile(r"\set al\.?\Z")

# "s" is no year suffix, so a decade such as "(1990s)" is not read as a year.
_YEAR = r"(?:\d{4}[a-rt-z]?|n\.d\.|in press)"
_YEAR_TOKEN = re.compile(rf"(?<!\w){_YEAR}(?!\w)")
_LOCATOR = r"(?:pp?\.|paras?\.|chap\.|sec\.|Chapter|Section|Table|Figure|Fig\.)[\w.,–—\- ]*"
_YEARS = re.compile(rf"(?P<years>{_YEAR}(?:,\s?{_YEAR})*)(?:,\s?{_LOCATOR})?")
_PREFIX = re.compile(
    r"\A(?:(?:e\.g\.|i\.e\.|cf\.|see also|see|for example|for a review, see),?\s)+"
)

_PARENS = re.compile(r"\(([^()]*)\)")
# Something that starts like an author list and holds a four-digit number was
# meant as a citation; "(signed in 1648)" or "(N = 2002)" was not.
_ATTEMPT = re.compile(rf"{_SURNAME}(?:[,&\[]|\s(?:&|and\s|et\sal|\d|{_CAP}))")
_FOUR_DIGITS = re.compile(r"\d{4}")

# Authors of a narrative citation stand right before "(2002)"; 100 characters
# hold any realistic list and keep the backwards search cheap.
_NARRATIVE_REACH = 100
_NARRATIVE = re.compile(
    rf"(?<![\w’'\-])(?:{_SURNAME}(?:,\s+{_SURNAME})*,?\s+(?:&|and)\s+)?"
    rf"{_SURNAME}(?:\s+et\s+al\.)?\s*\Z"
)
# The list pattern also takes a sentence adverb: "However, Smith and Jones (2001)".
_NOT_AUTHORS = frozenset(
    "However Moreover Furthermore Similarly Likewise Thus Therefore Indeed Notably "
    "Conversely Nevertheless Consequently Additionally Specifically Finally Also".split()
)
_POSSESSIVE = re.compile(r"[’']s\Z")

# Spaces and tabs but not line breaks, which the caller counts.
_GAP = re.compile(r"\A[^\S\r\n]+")
# "(2002, May 3)" in a reference entry: the date after the year is not part of the key.
_REFERENCE_YEAR = re.compile(rf"\(({_YEAR})(?:,[^()]*)?\)")


@lru_cache(maxsize=4096)  # a course cites the same few authors and years on every page
def _tag_safe(text: str) -> str:
    # NFC first, so "Müller" typed with a combining umlaut gets the same key.
    text = unicodedata.normalize("NFC", text)
    return "".join(c for c in text if c == "-" or unicodedata.category(c)[0] in "LMN")


@dataclass(frozen=True)
class Citation:
    authors: tuple[str, ...]
    year: str
    et_al: bool

    @cached_property  # asked for by every step after parsing; frozen, so it cannot go stale
    def key(self) -> str:
        first = "".join(self.authors[:1])
        abbreviation = _ABBREVIATION.search(first)
        return _tag_safe(abbreviation[1] if abbreviation else first) + _tag_safe(self.year)

    def display(self) -> str:
        names = self.authors
        if self.et_al or len(names) < 2:
            shown = "".join(names[:1]) + (" et al." if self.et_al else "")
        elif len(names) == 2:
            shown = f"{names[0]} & {names[1]}"
        else:
            shown = ", ".join(names[:-1]) + ", & " + names[-1]
        return f"{shown} ({self.year})"


@dataclass(frozen=True)
class CitationSpan:
    """What to cut: the whitespace before the parenthesis and the parenthesis;
    a narrative citation's authors stay outside the span, in the sentence."""

    start: int
    end: int
    citations: tuple[Citation, ...]
    narrative: bool


@dataclass(frozen=True)
class CitationProblem:
    """A parenthesis that looks like a citation but cannot be read; start is its "("."""

    start: int
    message: str


def _parse_authors(text: str) -> tuple[tuple[str, ...], bool] | None:
    """Read "Oyserman, Coon, & Kemmelmeier" or "Oyserman et al." (whitespace already single)."""
    text = text.rstrip(", ")
    et_al = _ET_AL.search(text)
    if et_al:
        text = text[: et_al.start()]
    # Splitting on "," and then on "&"/"and" copes with "A, B, & C", "A, B & C",
    # "A and B" and the stray comma in "Takano, & Osaka" alike.
    names = [_INITIALS.sub("", n.strip()) for chunk in text.split(",") for n in _AND.split(chunk)]
    names = [n for n in names if n]
    if not names or not all(_AUTHOR.fullmatch(n) for n in names):
        return None
    return tuple(names), bool(et_al)


def _works(names: tuple[str, ...], et_al: bool, years: str) -> tuple[Citation, ...]:
    return tuple(Citation(names, year.strip(), et_al) for year in years.split(","))


@lru_cache(maxsize=4096)  # "(Triandis, 2018)" recurs on every page; its Citations are frozen
def _parse_work_list(part: str) -> tuple[Citation, ...] | None:
    """Read one ";"-separated part of a parenthetical citation, e.g. "Smith, 2001, 2005"."""
    first_year = _YEAR_TOKEN.search(part)
    if not first_year:
        return None
    years = _YEARS.fullmatch(part, first_year.start())
    authors = _parse_authors(part[: first_year.start()])
    if not years or not authors:
        return None
    return _works(*authors, years["years"])


def _narrative_authors(text: str, paren: int) -> tuple[tuple[str, ...], bool] | None:
    found = _NARRATIVE.search(text, max(0, paren - _NARRATIVE_REACH), paren)
    parsed = _parse_authors(" ".join(found[0].split())) if found else None
    if not parsed:
        return None
    names, et_al = parsed
    while names and names[0] in _NOT_AUTHORS:
        names = names[1:]
    if not names:
        return None
    # "Smith’s (2001) study": the work is Smith's, the key must not say "Smiths".
    return (*names[:-1], _POSSESSIVE.sub("", names[-1])), et_al


def _cut_start(text: str, paren: int) -> int:
    # The space before the parenthesis goes with it, a line break does not: the
    # caller counts lines.
    while paren > 0 and text[paren - 1].isspace() and text[paren - 1] not in "\r\n":
        paren -= 1
    return paren


def find_citations(text: str) -> tuple[list[CitationSpan], list[CitationProblem]]:
    """Find in-text citations in reading order, plus parentheses that look like broken ones."""
    spans: list[CitationSpan] = []
    problems: list[CitationProblem] = []
    for paren in _PARENS.finditer(text):
        content = " ".join(paren[1].split())
        cut = _cut_start(text, paren.start())
        bare_years = _YEARS.fullmatch(content)
        if bare_years:
            # A bare "(2002)" is narrative if authors precede it, else just prose.
            authors = _narrative_authors(text, paren.start())
            if authors:
                works = _works(*authors, bare_years["years"])
                spans.append(CitationSpan(cut, paren.end(), works, True))
            continue
        parts = [_PREFIX.sub("", p.strip(), count=1) for p in content.split(";") if p.strip()]
        readable = [w for w in map(_parse_work_list, parts) if w is not None]
        if parts and len(readable) == len(parts):
            works = tuple(c for work_list in readable for c in work_list)
            spans.append(CitationSpan(cut, paren.end(), works, False))
        elif readable or any(_ATTEMPT.match(p) and _FOUR_DIGITS.search(p) for p in parts):
            shown = content if len(content) <= 60 else content[:59] + "…"
            problems.append(CitationProblem(
                paren.start(),
                f'cannot read the citation "({shown})"; '
                "APA in-text citations look like (Author, 2001)",
            ))
    return spans, problems


def strip_citations(text: str, spans: list[CitationSpan]) -> str:
    """Cut the spans out; a narrative span leaves its authors in the sentence.

    Only the seams are tidied, so spacing elsewhere in the text stays as written.
    Spans that overlap an earlier one or run backwards are skipped.
    """
    kept: list[str] = []
    pos = 0
    for span in sorted(spans, key=lambda s: s.start):
        if pos <= span.start <= span.end:
            kept.append(text[pos : span.start])
            pos = span.end
    kept.append(text[pos:])
    out = [kept[0]]
    before = kept[0][-1:]  # last character kept so far
    for piece in kept[1:]:
        unspaced = _GAP.sub("", piece, count=1)
        # The cut already took the space before the citation, so the space after
        # it must go whenever it would double up or sit before punctuation or a
        # line end ("" is in every string, which covers the end of the text).
        if not before or before.isspace() or unspaced[:1] in "\r\n.,;:!?)":
            piece = unspaced
        # "… etc. (Oyserman et al., 2002)." must not become "etc..": the sentence's full
        # stop is already there.
        if before == "." and piece[:1] == ".":
            piece = piece[1:]
        out.append(piece)
        before = piece[-1:] or before
    return "".join(out)


def _completeness(citation: Citation) -> tuple[int, bool, int]:
    # Most authors first; then a list without "et al."; then the longest
    # spelling, so "World Health Organization [WHO]" beats "WHO".
    return len(citation.authors), not citation.et_al, sum(map(len, citation.authors))


def merge_citations(citations: Iterable[Citation]) -> dict[str, Citation]:
    """Map each key to the most complete form of that work seen, in first-seen key order."""
    merged: dict[str, Citation] = {}
    for citation in citations:
        best = merged.get(citation.key)
        if best is None or _completeness(citation) > _completeness(best):
            merged[citation.key] = citation
    return merged


def reference_key(reference: str) -> str | None:
    """Key of an APA reference-list entry, or None when it has no readable author and year."""
    year = _REFERENCE_YEAR.search(reference)
    if not year:
        return None
    authors = " ".join(reference[: year.start()].split())
    # "Smith, J., & Lee, K." -> "Smith"; a group author ends at its full stop.
    surname = authors.split(",", 1)[0].rstrip(". ")
    if not _AUTHOR.fullmatch(surname):
        return None
    return Citation((surname,), year[1], False).key
