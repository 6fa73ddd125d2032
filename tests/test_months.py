"""The months' one list (deck_builder/months.py) and the date patterns built from it."""

import pytest

from deck_builder import months
from deck_builder.readers.md_course import _BYLINE
from deck_builder.readers.md_rules import _DATED_LINE
from deck_builder.statements import _DATED, _MONTHS


@pytest.mark.parametrize("language", months.LANGUAGES)
def test_each_language_has_twelve_months_each_abbreviation_opening_its_name(language):
    # stems() reads a word that opens with an abbreviation as its month: one that opened no
    # name ("mrt" of "maart") would read words no month is written as.
    assert len(language) == 12
    for name, *short in language:
        assert name == name.lower() and all(name.startswith(s) for s in short), name


@pytest.mark.parametrize(("line", "dated"), [
    ("14 juillet 1789 : prise de la Bastille", True),
    ("Juli 1914 – Julikrise", True),
    ("Sept. 1939 – invasion of Poland", True),
    ("28 June 1914 - Sarajevo", True),
    ("Port 443 – HTTPS", False),
    ("Juillet 1789 – a month's name in full only", True),
    ("Juil. 1789 – French abbreviated", False),  # abbreviations only in English
    ("março 1500 – Portuguese", False),  # a timeline's lines read no Portuguese month
])
def test_a_timeline_line_reads_the_month_by_its_name(line, dated):
    assert bool(_DATED_LINE.match(line)) is dated


@pytest.mark.parametrize(("line", "byline"), [
    ("By Jane Doe, 3 March 2021", True),
    ("von André Sommer am 3. Dezember 2021", True),
    ("par Marie Curie, 3 févr. 2021", True),
    ("par Marie Curie, 3 aout 2021", True),  # typed without its accent
    ("door Anne Visser, 3 maart 2021", True),
    ("By Jane Doe, General 2021", False),  # "gen" opens no month: "genn." does
])
def test_a_byline_reads_a_month_of_any_language(line, byline):
    assert bool(_BYLINE.match(line)) is byline


def test_a_year_after_a_month_in_full_is_dated():
    assert _DATED.search("In late March ")
    assert _DATED.search("le 14 juillet ")
    assert _DATED.search("em 3 de março de ")
    assert not _DATED.search("the ESC ")
    assert not _DATED.search("in Sept ")  # English abbreviations are read after a day only
    assert {"sept", "september", "may"} <= _MONTHS
