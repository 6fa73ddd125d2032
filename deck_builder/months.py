"""The months' names and abbreviations in the languages notes are written in.

Every pattern that reads a date by its month builds its words from these lists, each taking
the languages and the forms (names, abbreviations, the words' starts) it reads: a spelling
put right here is put right in all of them.
"""

from __future__ import annotations

from collections.abc import Iterable

# One language's twelve months, January to December: each the name in full, then the
# abbreviations it is written with. Lower case: every pattern reads them case-insensitively.
# Each abbreviation opens its month's name (stems() reads a word that opens with one as the
# month); a month whose name is short enough has none.
Language = tuple[tuple[str, ...], ...]

ENGLISH: Language = (
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec"))
FRENCH: Language = (
    ("janvier", "janv"), ("février", "févr"), ("mars",), ("avril", "avr"), ("mai",), ("juin",),
    ("juillet", "juil"), ("août", "aoû"), ("septembre", "sept"), ("octobre", "oct"),
    ("novembre", "nov"), ("décembre", "déc"))
GERMAN: Language = (
    ("januar", "jan"), ("februar", "feb"), ("märz", "mär"), ("april", "apr"), ("mai",),
    ("juni", "jun"), ("juli", "jul"), ("august", "aug"), ("september", "sep"),
    ("oktober", "okt"), ("november", "nov"), ("dezember", "dez"))
ITALIAN: Language = (
    ("gennaio", "genn"), ("febbraio", "febb"), ("marzo", "mar"), ("aprile", "apr"),
    ("maggio", "magg"), ("giugno", "giu"), ("luglio", "lug"), ("agosto", "ago"),
    ("settembre", "sett"), ("ottobre", "ott"), ("novembre", "nov"), ("dicembre", "dic"))
SPANISH: Language = (
    ("enero", "ene"), ("febrero", "feb"), ("marzo", "mar"), ("abril", "abr"), ("mayo", "may"),
    ("junio", "jun"), ("julio", "jul"), ("agosto", "ago"), ("septiembre", "sep"),
    ("octubre", "oct"), ("noviembre", "nov"), ("diciembre", "dic"))
PORTUGUESE: Language = (
    ("janeiro", "jan"), ("fevereiro", "fev"), ("março", "mar"), ("abril", "abr"),
    ("maio", "mai"), ("junho", "jun"), ("julho", "jul"), ("agosto", "ago"),
    ("setembro", "set"), ("outubro", "out"), ("novembro", "nov"), ("dezembro", "dez"))
DUTCH: Language = (
    # "maa" is no Dutch abbreviation (Dutch writes "mrt"): it is the start a byline's date
    # has always been read by, kept so that this list changes no date a pattern matches.
    ("januari", "jan"), ("februari", "feb"), ("maart", "maa"), ("april", "apr"), ("mei",),
    ("juni", "jun"), ("juli", "jul"), ("augustus", "aug"), ("september", "sep"),
    ("oktober", "okt"), ("november", "nov"), ("december", "dec"))
LANGUAGES = (ENGLISH, FRENCH, GERMAN, ITALIAN, SPANISH, PORTUGUESE, DUTCH)


def names(*languages: Language) -> list[str]:
    """The months' names in full, each once."""
    return list(dict.fromkeys(month[0] for language in languages for month in language))


def abbreviations(*languages: Language) -> list[str]:
    """The months' abbreviations ("sept", "févr"), each once."""
    return list(dict.fromkeys(short for language in languages for month in language
                              for short in month[1:]))


def stems(*languages: Language) -> list[str]:
    """What a word opens with to be a month, in full or abbreviated: each abbreviation
    ("févr" for "févr." and "février"), or the name of a month that has none ("juin")."""
    return list(dict.fromkeys(stem for language in languages for month in language
                              for stem in month[1:] or month[:1]))


def alternation(*words: Iterable[str]) -> str:
    """`words` as a regex's alternatives, each once."""
    return "|".join(dict.fromkeys(word for group in words for word in group))
