"""In-text citations in every common style: find them, cut them out of sentences, key them.

Styles read (docs/format.md, "Citations"):
- author–date (APA, Harvard, Chicago), parenthetical or narrative, with or without a
  comma before the year and with a locator: "(Skou, 1957: 402)", "(Skou 1957, 402)",
  "Skou (1957, p. 402)";
- numbered "[1]", "[1, 3–5]", "[1–3]", resolved against the article's numbered list;
- footnote markers "[^1]", resolved against the article's footnotes;
- Pandoc "[@key, p. 4; @other]", "@key says", "[-@key]", resolved from a bibliography.
Numbered, footnote and Pandoc citations need `Sources`; whatever the style, a work's key
comes from its first author and year, so one work cited three ways is one tag.

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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
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
# APA gives a republished work both dates, "(Chadwick, 1842/1965)"; the reference list
# has it under the later one, so that is the year of its key.
_YEAR = r"(?:\d{4}/)?(?:\d{4}[a-rt-z]?|n\.d\.|in press)"
_YEAR_TOKEN = re.compile(rf"(?<!\w){_YEAR}(?!\w)")
_LOCATOR = (
    r"(?:pp?\.|paras?\.|chaps?\.|ch\.|secs?\.|§|vol\.|n\.|nn\.|fn\.|col\.|ll?\.|"
    r"Chapter|Section|Table|Figure|Fig\.)[\w.,–—\- ]*"
)
# Chicago and Harvard give bare page numbers: "(Skou 1957, 402)", "(Skou, 1957: 40–42)". Only
# numbers: "(1900, 3 million people)" is no locator.
_PAGES = r"\d+(?:[–—\-]\d+)?(?:n\d+)?(?:,\s?\d+(?:[–—\-]\d+)?)*"
_YEARS = re.compile(
    rf"(?P<years>{_YEAR}(?:,\s?{_YEAR})*)"
    rf"(?:(?:,\s?|\s?:\s?)(?P<locator>{_LOCATOR}|{_PAGES}))?"
)
_HYPHEN_RANGE = re.compile(r"(\d)\s?(?:-{1,2}|–)\s?(\d)")
_PREFIX = re.compile(
    r"\A(?:(?:e\.g\.|i\.e\.|cf\.|see also|see|for example|for a review, see),?\s)+",
    re.IGNORECASE,
)

_PARENS = re.compile(r"\(([^()]*)\)")
# Something that starts like an author list and holds a four-digit number was
# meant as a citation; "(signed in 1648)" or "(N = 2002)" was not.
_ATTEMPT = re.compile(rf"{_SURNAME}(?:[,&\[]|\s(?:&|and\s|et\sal|\d|{_CAP}))")
_FOUR_DIGITS = re.compile(r"\d{4}")
# "(James Hargreaves, c. 1764)": a date about a person, which no citation style writes.
_CIRCA = re.compile(r"(?<!\w)(?:c|ca|circa)\.?\s?\d{4}", re.IGNORECASE)

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
# A law report's case name, "Carlill v Carbolic Smoke Ball Co (1893)": the words before
# the year are the parties, the last of them no author ("Co"), and the year is part of
# the name a student learns.
_CASE_PARTIES = re.compile(r"\S\s+(?:v|vs)\.?\s+\S")
_CASE_NAME = re.compile(r"(?<!\w)(?:v|vs)\.?\s+(?:[\w’'&.,-]+\s+){0,6}\Z")
# A named event or document and its year: "Treaty of Versailles (1919)", "Congress of
# Vienna (1815)", "Civil Constitution of the Clergy (1790)", "Patto di Londra (1915)". The
# year is the fact a student learns, not a work cited. Not a work's word before "of"
# ("Study of Bowlby (1944)", "Findings of Harlow (1959)", the code re-read) nor a body that
# publishes ("Department of Health (2019)", "Bank of England (2022)"): their authors are
# cited. "García de la Cruz (2015)", "Van der Berg (2001)" stay authors, as do "the theory
# of Piaget (1952)" (lower case) and "a review by Smith (2001)".
# An Italian work's word before "di": "Esperimento di Asch (1951)", "Studio di Milgram (1963)".
_ITALIAN_WORKS = (r"Stud(?:io|i)|Esperiment[oi]|Ricerch?[ae]|Teori[ae]|Modell[oi]|Lavor[oi]|"
                  r"Sperimentazion[ei]|Indagin[ei]")
# The bodies that publish, named before "of": "The Department of Health (2019)", "Council of
# Europe (2019)", "Bureau of Labor Statistics (2020)" (not "Federation of Malaya (1948)", a
# state's making).
_BODIES = (r"Department|Ministry|Office|Institute|University|Bank|Board|Society|Association|"
           r"Organi[sz]ation|Agency|Cent(?:re|er)|College|Academy|Faculty|School|Council|"
           r"Commission|Bureau")
_NAMED_THING = re.compile(
    r"(?<![\w’'\-])(?!(?:Stud(?:y|ies)|Research|Findings?|Works?|Theor(?:y|ies)|Experiments?|"
    r"Reviews?|Models?|Reports?|Analys[ie]s|Papers?|Books?|Views?|Ideas?|Concepts?|Results?|"
    rf"Data|Survey|{_BODIES}|{_ITALIAN_WORKS})\b)"
    r"[A-Z][^\W\d_]+\s+(?:of|di|del|della|dei|degli)\s+(?:(?:the|il|lo|la|l['’])\s*)?\Z")
# A body that publishes, named before "of" (_NAMED_THING leaves it cited): the whole name is
# the author, "The Department of Health (2019)" (its source named "Health (2019)" before,
# the code re-read of session 38), "the National Institute of Mental Health (2021)".
_BODY_OF = re.compile(
    r"(?<![\w’'\-])(?:(?!(?:The|A|An|According|As|By|For|From|In|Per|See|Le|La|Il|El|Der|Die|"
    r"Das)\b)[A-Z][\w’'\-]*\s+){0,3}(?:"
    rf"{_BODIES})\s+(?:of|for)\s+(?:the\s+)?(?:(?:[A-Z][\w’'\-]*|and|&)\s+){{0,5}}\Z")
# A body named by the words before its kind, "The World Health Organization (2021)", "the
# European Commission (2020)", "The Royal Society (2017)": the whole name is the author (it
# was "Organization (2021)", neither the body nor its reference entry).
_BODY_KIND = re.compile(r"(?:Organi[sz]ation|Commission|Society|Association|Council|Agency|"
                        r"Institute|Bureau|Foundation|Office|Service|Union|Authority|Committee|"
                        r"Fund|Trust)\s*\Z")
_BODY_NAME = re.compile(r"(?<![\w’'\-])(?:(?!(?:The|A|An|According|As|By|For|From|In|Per|See|"
                        r"To|Of|Le|La|Il|El|Der|Die|Das)\b)[A-Z][\w’'\-]*\s+){1,4}\Z")
# A body's report cited in notes is of the twentieth century or later; a date before it in
# brackets is the body's founding or a work's making.
_OLDEST_BODY_CITED = 1900
# A work's word before "di" ("Studio di Milgram (1963)", "Esperimento di Asch (1951)"):
# the "di" is the phrase's, not a particle of the surname ("di Milgram (1963)" before).
_WORK_OF = re.compile(rf"(?<![\w’'\-])(?:{_ITALIAN_WORKS})\s+\Z", re.I)
_LEADING_PARTICLE = re.compile(r"\A(?:di|del|della|dei|degli)\s+")

# Spaces and tabs but not line breaks, which the caller counts.
_GAP = re.compile(r"\A[^\S\r\n]+")
# "(2002, May 3)" in a reference entry: the date after the year is not part of the key.
# Only a plausible year: "Science, 175(4023)" holds an issue number in parentheses.
_PLAUSIBLE_YEAR = r"(?:1[5-9]\d\d|20\d\d)[a-rt-z]?"
_REFERENCE_YEAR = re.compile(rf"\(({_PLAUSIBLE_YEAR}|n\.d\.|in press)(?:,[^()]*)?\)")


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
    # Where in the work ("p. 402", "chap. 3"): shown on the back, never part of the key.
    locator: str = ""

    @cached_property  # asked for by every step after parsing; frozen, so it cannot go stale
    def key(self) -> str:
        first = "".join(self.authors[:1])
        abbreviation = _ABBREVIATION.search(first)
        return _tag_safe(abbreviation[1] if abbreviation else first) + _tag_safe(self.year)

    def names(self, conjunction: str = "&") -> str:
        """The authors as a sentence names them: "Skou", "Singer & Nicolson", "Alberts et al."."""
        names = self.authors
        if self.et_al or len(names) < 2:
            return "".join(names[:1]) + (" et al." if self.et_al else "")
        if len(names) == 2:
            return f"{names[0]} {conjunction} {names[1]}"
        return ", ".join(names[:-1]) + f", {conjunction} " + names[-1]

    def display(self) -> str:
        where = f", {self.locator}" if self.locator else ""
        return f"{self.names()} ({self.year}{where})"


@dataclass(frozen=True)
class CitationSpan:
    """What to cut: the whitespace before the parenthesis and the parenthesis;
    a narrative citation's authors stay outside the span, in the sentence. A Pandoc
    "@key says" is replaced by the authors' names."""

    start: int
    end: int
    citations: tuple[Citation, ...]
    narrative: bool
    replacement: str = ""
    remark: str = ""  # a footnote that is no reference: its text, for the back


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


def _locator(written: str | None) -> str:
    """"402" -> "p. 402", "40-42" -> "pp. 40–42"; a labelled locator stays as written."""
    if not written:
        return ""
    # Page ranges take an en dash, however typed: "33-35", "33--35" -> "33–35".
    written = _HYPHEN_RANGE.sub(r"\1–\2", written.strip().rstrip(","))
    if written[:1].isdigit():  # bare pages: "402", "402n3"; "40–42", "4, 9"
        return f"pp. {written}" if any(c in written for c in "–,") else f"p. {written}"
    return written


def _works(names: tuple[str, ...], et_al: bool, years: re.Match[str]) -> tuple[Citation, ...]:
    """One citation per year; a locator belongs to the year it follows, the last."""
    listed = [year.strip().rsplit("/", 1)[-1] for year in years["years"].split(",")]
    locator = _locator(years["locator"])
    return tuple(
        Citation(names, year, et_al, locator if i == len(listed) - 1 else "")
        for i, year in enumerate(listed)
    )


@lru_cache(maxsize=4096)  # "(Triandis, 2018)" recurs on every page; its Citations are frozen
def _parse_work_list(part: str) -> tuple[Citation, ...] | None:
    """Read one ";"-separated part of a parenthetical citation, e.g. "Smith, 2001, 2005"."""
    first_year = _YEAR_TOKEN.search(part)
    if not first_year:
        return None
    years = _YEARS.fullmatch(part, first_year.start())
    if _CASE_PARTIES.search(part[: first_year.start()]):
        return None  # "(Hyde v Wrench, 1840)": a law case, whose year is part of its name
    authors = _parse_authors(part[: first_year.start()])
    if not years or not authors:
        return None
    return _works(*authors, years)


def _narrative_authors(text: str, paren: int) -> tuple[tuple[str, ...], bool] | None:
    found = _NARRATIVE.search(text, max(0, paren - _NARRATIVE_REACH), paren)
    if not found:
        return None
    if _CASE_NAME.search(text, max(0, found.start() - _NARRATIVE_REACH), found.start()):
        return None  # "Carlill v Carbolic Smoke Ball Co (1893)": a case and its year
    if _NAMED_THING.search(
            # ("di" is a surname's particle too, so "di Londra" may be the author found)
            text[max(0, found.start() - 40):found.start()]
            + re.match(r"(?:(?:di|del|della)\s+)*", found[0]).group()):
        return None  # "Treaty of Versailles (1919)": an event and its year
    before = text[max(0, found.start() - 60):found.start()]
    body = _BODY_OF.search(before)
    if body and (year := re.match(r"\(\s*(\d{4})", text[paren:])) and \
            int(year[1]) < _OLDEST_BODY_CITED:
        # "The Bank of England (1694) was founded …", "The Royal Society of London (1660)",
        # "The School of Athens (1511)": a body's or a work's own date, no study it
        # published (the re-read: the year was cut from the card as a citation).
        return None
    if body and "et al" not in found[0]:
        # (its name whole, "and" in it too: "Department of Health and Social Care (2021)",
        # "National Institute for Health and Care Excellence (2022)"; the re-read)
        return (" ".join((body[0] + found[0]).split()),), False
    if _BODY_KIND.fullmatch(found[0]) and (named := _BODY_NAME.search(before)):
        if (year := re.match(r"\(\s*(\d{4})", text[paren:])) and \
                int(year[1]) < _OLDEST_BODY_CITED or _an_event_year(text, paren) or \
                _FOUNDED_AFTER.match(text, text.index(")", paren) + 1):
            # "The Royal Society (1660) was founded …", "The Soviet Union (1922) was
            # formed …": a body's own date, as after "of" (the re-read).
            return None
        return (" ".join((named[0] + found[0]).split()),), False
    authors = found[0]
    if _WORK_OF.search(before):
        authors = _LEADING_PARTICLE.sub("", authors)
    parsed = _parse_authors(" ".join(authors.split()))
    if not parsed:
        return None
    names, et_al = parsed
    while names and names[0] in _NOT_AUTHORS:
        names = names[1:]
    if not names:
        return None
    if len(names) == 1 and not et_al and _an_event_year(text, paren):
        return None
    # "Smith’s (2001) study": the work is Smith's, the key must not say "Smiths".
    return (*names[:-1], _POSSESSIVE.sub("", names[-1])), et_al


# A person and a year before a deed, not a work: "Napoleon (1804) crowned himself Emperor",
# "Bismarck (1871) proclaimed the German Empire", "Trotsky (1940) was assassinated …", "The
# UN (1945) was founded …" (the year was cut from the card as a citation, the source named
# "Napoleon (1804)"). Read so only before 1950, where notes cite few works, and only before
# a verb no study is reported with ("Darwin (1859) argued …", "Bartlett (1932) told
# participants …", "Freud (1909) treated Little Hans …" stay citations; the re-reads: a
# list of deeds instead lost "was", "issued", "fu", "wurde", "devint").
_EVENTS_BEFORE = 1950
_CITING_VERBS = frozenset("""
    found finds showed shows argued argues proposed proposes suggested suggests studied
    studies conducted conducts tested tests investigated investigates examined examines
    reported reports observed observes demonstrated demonstrates described describes defined
    defines introduced introduces developed develops identified identifies concluded
    concludes claimed claims stated states noted notes wrote writes published publishes
    explained explains theorised theorized theorises theorizes measured measures asked asks
    used uses compared compares replicated replicates criticised criticized distinguished
    distinguishes coined coins outlined outlines presented presents believed believes
    emphasised emphasized emphasises emphasizes maintained maintains contended contends
    hypothesised hypothesized predicted predicts recorded surveyed interviewed analysed
    analyzed reviewed estimated calculated classified categorised categorized summarised
    summarized highlighted discussed says said thought thinks saw sees called calls
    labelled labeled termed named devised designed challenged questioned disputed rejected
    supported supports recommended recommends advocated indicated indicates revealed reveals
    confirmed confirms established offered offers provided provides gave gives looked added
    extended expanded put puts told tells traced traces treated treats trained conditioned
    exposed played read taught teaches gathered collected recruited randomised
    randomized followed assessed""".split())
# Words after the year that go on to the verb, no verb of their own ("Smith (1920) in his
# book …", "Smith (1920) later argued …"; an adverb in -ly is read so too).
_BEFORE_THE_VERB = frozenset("in on and also later further first et".split())
# A body's making or ending said right after its year: "(1922) was formed", "(1948) was
# launched": its own date, whatever the year.
_FOUNDED_AFTER = re.compile(r"\s+(?:was|were)\s+(?:founded|formed|established|created|launched|"
                            r"set\s+up|dissolved|abolished|signed|opened|built)\b")


def _an_event_year(text: str, paren: int) -> bool:
    """Whether "Name (year)" at `paren` dates a deed of the person, no work of theirs."""
    found = re.match(r"\(\s*(\d{4})\s*\)\s+([^\W\d_]+)", text[paren:])
    return found is not None and int(found[1]) < _EVENTS_BEFORE and \
        found[2] not in _CITING_VERBS | _BEFORE_THE_VERB and not found[2].endswith("ly")


def _cut_start(text: str, paren: int) -> int:
    # The space before the parenthesis goes with it, a line break does not: the
    # caller counts lines.
    while paren > 0 and text[paren - 1].isspace() and text[paren - 1] not in "\r\n":
        paren -= 1
    return paren


def _author_date(text: str) -> tuple[list[CitationSpan], list[CitationProblem]]:
    """Author–date citations in reading order, plus parentheses that look like broken ones."""
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
                works = _works(*authors, bare_years)
                spans.append(CitationSpan(cut, paren.end(), works, True))
            continue
        parts = [_PREFIX.sub("", p.strip(), count=1) for p in content.split(";") if p.strip()]
        readable = [w for w in map(_parse_work_list, parts) if w is not None]
        if parts and len(readable) == len(parts):
            works = tuple(c for work_list in readable for c in work_list)
            spans.append(CitationSpan(cut, paren.end(), works, False))
        elif readable or any(_ATTEMPT.match(p) and _FOUR_DIGITS.search(p)
                             and not _CIRCA.search(p) and not _CASE_PARTIES.search(p)
                             for p in parts):
            shown = content if len(content) <= 60 else content[:59] + "…"
            problems.append(CitationProblem(
                paren.start(),
                f'cannot read the citation "({shown})"; '
                "author–date citations look like (Author, 2001) or (Author 2001, p. 4)",
            ))
    return spans, problems


def strip_citations(text: str, spans: list[CitationSpan]) -> str:
    """Cut the spans out; a narrative span leaves its authors in the sentence.

    Only the seams are tidied, so spacing elsewhere in the text stays as written.
    Spans that overlap an earlier one or run backwards are skipped.
    """
    kept: list[str] = []
    replacements: list[str] = []
    pos = 0
    for span in sorted(spans, key=lambda s: s.start):
        if pos <= span.start <= span.end:
            kept.append(text[pos : span.start])
            replacements.append(span.replacement)
            pos = span.end
    kept.append(text[pos:])
    out = [kept[0]]
    before = kept[0][-1:]  # last character kept so far
    for replacement, piece in zip(replacements, kept[1:], strict=True):
        if replacement:  # "@skou1957 says" -> "Skou says": the names stand in the sentence
            out.append(replacement)
            before = replacement[-1:]
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
        if citation.locator:  # a page belongs to one note's back, not to the work
            citation = replace(citation, locator="")
        best = merged.get(citation.key)
        if best is None or _completeness(citation) > _completeness(best):
            merged[citation.key] = citation
    return merged


# -- sources: what numbered, footnote and Pandoc citations are resolved against ----------


@dataclass(frozen=True)
class Reference:
    """A work as the article's reference list, footnote or bibliography gives it."""

    citation: Citation  # its author–date form, whose key is the work's tag
    text: str  # the full reference, shown on the back

    @property
    def key(self) -> str:
        return self.citation.key


@dataclass(frozen=True)
class Sources:
    """An article's numbered reference list, footnotes and bibliography."""

    numbered: Mapping[str, Reference] = field(default_factory=dict)  # "3" -> the 3rd reference
    # A footnote whose text is no reference is a remark (its text): the marker is cut and
    # the text goes on the back, with no tag.
    footnotes: Mapping[str, Reference | str] = field(default_factory=dict)
    bibliography: Mapping[str, Reference] = field(default_factory=dict)  # Pandoc key -> work
    bibliography_name: str = ""  # the file the article names, for messages; "" for none
    # The files it names that could not be read (their warning came first).
    bibliography_unread: tuple[str, ...] = ()
    # The keys of every work the article lists (reference list, footnotes, bibliography).
    # When it lists any, an author–date parenthesis that names none of them is no
    # citation but part of the sentence: "the flying shuttle (John Kay, 1733)" names an
    # inventor, and showing "John Kay (1733)" as the card's source would be a falsehood.
    listed: frozenset[str] = frozenset()

    def references(self) -> dict[str, str]:
        """Each work's full reference by its key (numbered list first, then bibliography)."""
        found: dict[str, str] = {}
        for reference in (*self.numbered.values(), *self.footnotes.values(),
                          *self.bibliography.values()):
            if isinstance(reference, Reference):
                found.setdefault(reference.key, reference.text)
        return found


NO_SOURCES = Sources()

# -- numbered, footnote and Pandoc citations --------------------------------------------

_NUMBER = r"\d{1,4}(?:\s?[–—\-]\s?\d{1,4})?"
_NUMBERED = re.compile(
    rf"\[\s?(?P<numbers>{_NUMBER}(?:\s?,\s?{_NUMBER})*)"
    rf"(?:\s?,\s?(?P<locator>{_LOCATOR}))?\s?\]"
)
_RANGE = re.compile(r"(\d+)\s?[–—\-]\s?(\d+)")
_MAX_RANGE = 200  # "[1–3000]" is no citation anyone writes
_FOOTNOTE = re.compile(r"\[\^(?P<label>[^\[\]\s^]+)\]")
# Pandoc: a key starts with a letter, digit or "_" and may hold internal punctuation.
_KEY = r"\w(?:[\w:.#$%&\-+?<>~/]*\w)?"
_BRACKET = re.compile(r"\[(?P<content>[^\[\]]*@[^\[\]]*)\]")
_PANDOC_ITEM = re.compile(
    rf"\s*(?P<prefix>[^@]*?)(?<![\w@])(?P<suppress>-?)@(?:\{{(?P<braced>[^{{}}]+)\}}|(?P<key>{_KEY}))"
    r"(?P<suffix>[^@]*)\Z"
)
# A Pandoc key that is its first author and year, as reference managers make them:
# "smith2020", "Fox_2016a", "vanderwal2019".
_AUTHOR_YEAR_KEY = re.compile(r"(?P<author>[A-Za-z][A-Za-z'-]*?)[_:-]?(?P<year>1[5-9]\d\d|20\d\d)"
                              r"[a-z]?")
# "@skou1957 says", "@skou1957 [p. 33] says"; not an e-mail address (a word character before).
_PANDOC_NARRATIVE = re.compile(
    rf"(?<![\w@\-])@(?:\{{(?P<braced>[^{{}}]+)\}}|(?P<key>{_KEY}))(?:\s?\[(?P<locator>[^\[\]@]*)\])?"
)


def _numbers(written: str) -> list[str] | None:
    """"1, 3–5" -> ["1", "3", "4", "5"]; None for a backward or huge range."""
    numbers: list[str] = []
    for part in written.split(","):
        part = part.strip()
        bounds = _RANGE.fullmatch(part)
        if not bounds:
            numbers.append(str(int(part)))
            continue
        low, high = int(bounds[1]), int(bounds[2])
        if not low < high <= low + _MAX_RANGE:
            return None
        numbers.extend(str(n) for n in range(low, high + 1))
    return numbers


def _numbered(text: str, sources: Sources, spans, problems) -> None:
    for found in _NUMBERED.finditer(text):
        numbers = _numbers(found["numbers"])
        if numbers is None:
            continue
        known = [sources.numbered[n] for n in numbers if n in sources.numbered]
        for missing in (n for n in numbers if n not in sources.numbered):
            problems.append(CitationProblem(
                found.start(), f"[{missing}] cites no reference: the numbered reference list "
                f"has no entry {missing}"))
        locator = _locator(found["locator"])
        works = tuple(replace(r.citation, locator=locator) for r in known)
        spans.append(CitationSpan(_cut_start(text, found.start()), found.end(), works, False))


def _footnotes(text: str, sources: Sources, spans, problems) -> None:
    for found in _FOOTNOTE.finditer(text):
        label = found["label"]
        if label not in sources.footnotes:
            problems.append(CitationProblem(
                found.start(), f"footnote [^{label}] has no text: write it as a line "
                f"\"[^{label}]: ...\""))
        note = sources.footnotes.get(label, "")
        works = (note.citation,) if isinstance(note, Reference) else ()
        remark = note if isinstance(note, str) else ""
        spans.append(CitationSpan(_cut_start(text, found.start()), found.end(), works, False,
                                  remark=remark))


def _unknown_key(key: str, sources: Sources) -> str:
    unread = ", ".join(sources.bibliography_unread)
    if unread and not sources.bibliography_name:
        return f"@{key}: the bibliography {unread} could not be read (above)"
    if unread:
        return (f"@{key} is not in the bibliography {sources.bibliography_name}, and "
                f"{unread} could not be read (above)")
    if sources.bibliography_name:
        return f"@{key} is not in the bibliography {sources.bibliography_name}"
    return (f"@{key} is a Pandoc citation, but the article names no bibliography; add "
            "`bibliography: refs.bib` (BibTeX or CSL JSON) to the front matter")


def _pandoc(text: str, sources: Sources, spans, problems) -> None:
    bracketed = []
    for found in _BRACKET.finditer(text):
        items = [_PANDOC_ITEM.match(part) for part in found["content"].split(";")]
        if not all(items):
            continue  # "[write to me@example.org]" is no citation
        bracketed.append((found.start(), found.end()))
        works = []
        for item in items:
            key = item["braced"] or item["key"]
            reference = sources.bibliography.get(key)
            if reference is None:
                problems.append(CitationProblem(found.start(), _unknown_key(key, sources)))
                continue
            locator = _locator(item["suffix"].strip(" ,"))
            works.append(replace(reference.citation, locator=locator))
        spans.append(CitationSpan(_cut_start(text, found.start()), found.end(), tuple(works),
                                  False))
    # A bare "@name" is only a citation when the bibliography has it: "@home" or a handle
    # in running text is not. A key typed as its author and year ("@smith2020") is one
    # anyway: with no entry to resolve it, it reads as the author-year citation it stands
    # for, "Smith (2020)", never as the raw key (issue 14).
    for found in _PANDOC_NARRATIVE.finditer(text):
        key = found["braced"] or found["key"]
        reference = sources.bibliography.get(key)
        if reference is not None:
            work = replace(reference.citation, locator=_locator(found["locator"]))
            spans.append(CitationSpan(found.start(), found.end(), (work,), True,
                                      replacement=work.names("and")))
        elif (named := _AUTHOR_YEAR_KEY.fullmatch(key)) and not _inside(found.start(),
                                                                          bracketed):
            problems.append(CitationProblem(found.start(), _unknown_key(key, sources)))
            spans.append(CitationSpan(found.start(), found.end(), (), True,
                                      replacement=f"{named['author'].capitalize()} "
                                                  f"({named['year']})"))


# -- math and code: never read as citations ---------------------------------------------

_OPENERS = re.compile(r"`+|\$\$|\\\(|\\\[|\$(?=\S)")
_CLOSERS = {"$$": re.compile(r"\$\$"), "\\(": re.compile(r"\\\)"), "\\[": re.compile(r"\\\]"),
            "$": re.compile(r"(?<=\S)\$(?!\d)")}


def _protected(text: str) -> list[tuple[int, int]]:
    """Spans of inline code (`…`) and math ($…$, $$…$$, \\(…\\), \\[…\\]) in the text.

    An opener with no closer is text. A closer searched for in vain is not looked for
    again: a later opener would search a part of the same text, so the scan stays linear.
    """
    regions: list[tuple[int, int]] = []
    hopeless: set[str] = set()
    pos = 0
    while True:
        opener = _OPENERS.search(text, pos)
        if opener is None:
            return regions
        mark = opener[0]
        kind = "`" * len(mark) if mark[0] == "`" else mark
        if kind in hopeless:
            pos = opener.end()
            continue
        if mark[0] == "`":
            closer = re.compile(rf"(?<!`){mark}(?!`)").search(text, opener.end())
        else:
            closer = _CLOSERS[mark].search(text, opener.end())
        if closer is None:
            hopeless.add(kind)
            pos = opener.end()
            continue
        regions.append((opener.start(), closer.end()))
        pos = closer.end()


def _inside(position: int, regions: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in regions)


def find_citations(
    text: str, sources: Sources = NO_SOURCES
) -> tuple[list[CitationSpan], list[CitationProblem]]:
    """Find in-text citations of every style in reading order, and the broken ones.

    Numbered citations are read only when the article has a numbered reference list;
    nothing inside math or code is read. Where two finds overlap the earlier one wins.
    """
    spans, problems = _author_date(text)
    if spans:
        spans = _listed_only(spans, sources.listed, problems)
    if "[" in text or "@" in text:
        if sources.numbered:
            _numbered(text, sources, spans, problems)
        if "[^" in text:
            _footnotes(text, sources, spans, problems)
        if "@" in text:
            _pandoc(text, sources, spans, problems)
    if not spans and not problems:
        return spans, problems
    regions = _protected(text) if any(c in text for c in "`$\\") else []
    kept: list[CitationSpan] = []
    end = 0
    # The start of a span is where its cut begins; its marker is at or after it.
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.start >= end and not _inside(_marker(text, span), regions):
            kept.append(span)
            end = span.end
    problems = sorted((p for p in problems if not _inside(p.start, regions)),
                      key=lambda p: p.start)
    return kept, problems


# Words of a group author ("Mayo Clinic", "Royal College of Nursing"): a name with none of
# them, written "Given Surname", is a person's full name, which no author–date style cites.
_GROUP_WORDS = frozenset("""
organization organisation association society institute institution department council
centre center college university agency office committee board foundation service services
ministry bureau commission group trust network federation union authority school academy
press company corporation bank fund clinic hospital research health national royal world
international government parliament court programme program project team staff unit
""".split())
_EARLIEST_WORK = 1900  # an unlisted "(1837)" is far likelier an event's date than a work's


def _attribution(citation: Citation, listing: bool) -> bool:
    """Whether an unlisted "citation" names a person or a date rather than a work: "(John Kay,
    1733)" beside the flying shuttle, or, in an article that lists its works (`listing`),
    "(Cooke and Wheatstone, 1837)" beside the telegraph; without a list "von Humboldt
    (1845)" may well be a work."""
    year = citation.year[:4]
    if listing and year.isdigit() and int(year) < _EARLIEST_WORK:
        return True
    words = citation.authors[0].split() if citation.authors else []
    return (2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)
            and not any(w.casefold() in _GROUP_WORDS for w in words))


def _listed_only(spans: list[CitationSpan], listed: frozenset[str],
                 problems: list[CitationProblem]) -> list[CitationSpan]:
    """The spans that cite a work, not a person or a date: a parenthesis naming no work the
    article lists (it may list none) that names a person in full or a year before 1900
    stays in the text. An article that lists works is told, in case it is a forgotten
    reference."""
    kept = []
    for span in spans:
        if any(c.key in listed for c in span.citations) or not all(
                _attribution(c, bool(listed)) for c in span.citations):
            kept.append(span)
            continue
        for citation in dict.fromkeys(span.citations) if listed else ():
            problems.append(CitationProblem(
                span.start, f"{citation.display()} is cited but not in `references:`; add "
                "it there or correct the citation (until then it is read as part of the "
                "text: a name and date, not a source)"))
    return kept


def _marker(text: str, span: CitationSpan) -> int:
    """Where the citation itself starts: after the whitespace its cut takes."""
    position = span.start
    while position < span.end and text[position].isspace():
        position += 1
    return position


# -- reference entries -------------------------------------------------------------------

# "1.", "[1]", "1)" before an entry of a numbered list; "^" before a Wikipedia footnote.
_ENTRY_NUMBER = re.compile(r"\A\s*(?:\[(?P<bracketed>\d+)\]|(?P<plain>\d+)[.)]|\^)\s*")
_BARE_YEAR = re.compile(rf"(?<![\w–—\-/.:]){_PLAUSIBLE_YEAR}(?![\w–—\-/])")
# Chicago's year stands alone between the authors and the title: "Nicolson. 1972. “The …".
_CHICAGO_YEAR = re.compile(rf"(?<=\.)\s({_PLAUSIBLE_YEAR})\.(?=\s|\Z)")
_QUOTE = re.compile(r"[“\"‘«]")
# A full stop that ends the authors: not after an initial ("J."), "et al.", "Jr." or "Ed.".
_AUTHORS_END = re.compile(
    r"(?<!\b[A-Z])(?<!\bal)(?<!\bJr)(?<!\bSr)(?<!\bEd)(?<!\bEds)(?<!\bed)(?<!\beds)\.(?=\s|\Z)"
)
_LEADING_INITIALS = re.compile(rf"\A(?:{_CAP}\.\s?-?)+\s*(?=\S)")
_INITIALS_WORD = re.compile(rf"\A(?:{_CAP}{{1,3}}|(?:{_CAP}\.-?)+|\([^()]*\)\.?)\Z")
_ONLY_INITIALS = re.compile(rf"\A(?:{_CAP}\.?\s?-?)+\Z")


def entry_number(entry: str) -> tuple[str | None, str]:
    """The number an entry of a reference list is written with, and the entry without it."""
    found = _ENTRY_NUMBER.match(entry)
    if not found:
        return None, entry
    return found["bracketed"] or found["plain"], entry[found.end():]


def _first_surname(token: str) -> str:
    """"Skou" from "Skou JC", "J. C. Skou", "Skou J. The influence…"; a group name whole."""
    token = _LEADING_INITIALS.sub("", token, count=1)
    words = token.split()
    kept = words[:1]
    for word in words[1:]:
        if _INITIALS_WORD.match(word):
            break
        kept.append(word)
    return " ".join(kept).rstrip(".,")


def _other_surname(token: str) -> str | None:
    """A later author: "Nicolson" from "Nicolson GL", "G. L. Nicolson", "Garth L. Nicolson"."""
    if _ONLY_INITIALS.match(token):
        return None  # the initials of the author before ("Singer, S. J.")
    words = _LEADING_INITIALS.sub("", token, count=1).split()
    if len(words) > 1 and _INITIALS_WORD.match(words[-1]):  # Vancouver: "Nicolson GL"
        return _first_surname(token)
    surname = words[-1:]
    for word in reversed(words[:-1]):  # "Teun A. van Dijk"
        if not re.fullmatch(_PARTICLES, word):
            break
        surname.insert(0, word)
    return " ".join(surname).rstrip(".,") or None


def parse_reference(entry: str) -> Reference | None:
    """Read a reference in any common style: APA, Harvard, Chicago, MLA, Vancouver, IEEE.

    Only its first author and year matter for the key; the other authors only for how
    the back names the work. None when there is no readable first author or year.
    """
    _, written = entry_number(entry)
    # A footnote may open like a parenthetical: "See Skou, J. C. (1957) …".
    text = _PREFIX.sub("", " ".join(written.split()), count=1)
    year_in_parens = _REFERENCE_YEAR.search(text)
    chicago = _CHICAGO_YEAR.search(text)
    ends = [m.start() for m in (year_in_parens, chicago, _QUOTE.search(text),
                                _AUTHORS_END.search(text)) if m]
    authors_part = text[: min(ends)] if ends else ""
    if year_in_parens:
        year = year_in_parens[1]
    elif chicago and chicago.start() - len(authors_part) in (0, 1):  # after "Nicolson."
        year = chicago[1]  # Chicago: "Skou, Jens C. 1957. Title."
    else:
        # IEEE, MLA and Vancouver put the year near the end, after any year in the title.
        years = _BARE_YEAR.findall(text, len(authors_part))
        if not years:
            return None
        year = years[-1]
    tokens = [t for t in _split_authors(authors_part) if t and not t.startswith("et al")]
    if not tokens:
        return None
    first = _first_surname(tokens[0])
    if not _AUTHOR.fullmatch(first):
        return None
    rest = tokens[1:]
    if rest and " " not in tokens[0].strip() and not _ONLY_INITIALS.match(rest[0]):
        rest = rest[1:]  # "Skou, Jens C., and …": the first author's given names
    others = [name for name in map(_other_surname, rest) if name and _AUTHOR.fullmatch(name)]
    et_al = "et al" in authors_part or len(others) > 1
    names = (first,) if et_al else (first, *others[:1])
    return Reference(Citation(names, year, et_al), written.strip())


def _split_authors(part: str) -> list[str]:
    # A group name keeps its "and" ("Department of Health and Social Care"); a list of
    # people is split on it ("S. J. Singer and G. L. Nicolson").
    tokens = [t.strip() for t in re.split(r"\s*[,;&]\s*", part)]
    split: list[str] = []
    for i, token in enumerate(tokens):
        if i == 0 and not _LEADING_INITIALS.match(token):
            split.append(token)
        else:
            split.extend(t.strip() for t in re.split(r"\band\b", token))
    return split


def numbered_references(entries: Sequence[str]) -> dict[str, Reference | None]:
    """A numbered reference list by number; an entry's own "[3]" or "3." wins over its place.

    None for an entry whose first author and year cannot be read.
    """
    numbered: dict[str, Reference | None] = {}
    for position, entry in enumerate(entries, start=1):
        number, _ = entry_number(entry)
        numbered[number or str(position)] = parse_reference(entry)
    return numbered


def reference_key(reference: str) -> str | None:
    """Key of a reference-list entry, or None when it has no readable author and year."""
    parsed = parse_reference(reference)
    return parsed.key if parsed else None
