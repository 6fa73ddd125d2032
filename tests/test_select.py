"""What a selection option says when it matches nothing, word for word (select.py).

The CLI tests (test_subsets.py, test_behaviours.py) show the messages through a build; these
pin each part of the message on notes made by hand, so every part is checked cheaply.
"""

from __future__ import annotations

import pytest

from deck_builder.errors import SelectionError
from deck_builder.notes import Facets
from deck_builder.select import Selection

NOTES = [
    Facets("individualism::strengths", "individualism", "cloze", ("Triandis2018",), "seed"),
    Facets("collectivism", "collectivism", "compare", (), "seed"),
]


def _message(**options) -> str:
    include = {k: v for k, v in options.items() if not k.startswith("exclude_")}
    exclude = {k[len("exclude_"):]: v for k, v in options.items() if k.startswith("exclude_")}
    with pytest.raises(SelectionError) as raised:
        Selection(include, exclude).choose(NOTES, lambda facets: facets)
    return str(raised.value)


def test_a_near_miss_names_the_closest_value_and_every_known_one():
    assert _message(exclude_topic=("colectivism",)) == (
        '--exclude-topic "colectivism" matches nothing; did you mean "collectivism"?\n'
        "Known topics: collectivism, individualism, individualism::strengths")


def test_a_far_miss_gives_no_hint():
    assert _message(kind=("table",)) == (
        '--kind "table" matches nothing\nKnown kinds: cloze, compare')


def test_a_dimension_with_no_values_says_none():
    articles_without = [Facets("t", "s", "cloze", (), "seed")]
    with pytest.raises(SelectionError) as raised:
        Selection({"cite": ("Smith2001",)}).choose(articles_without, lambda facets: facets)
    assert str(raised.value) == '--cite "Smith2001" matches nothing\nKnown cites: (none)'


def test_options_that_each_match_but_not_together_say_so():
    assert _message(topic=("collectivism",), kind=("cloze",)) == (
        "the selection matches no notes (each option matches some, but not together)")


def test_a_selection_keeps_the_notes_every_option_matches_in_order():
    chosen = Selection({"topic": ("individualism",)}, {"kind": ("compare",)}).choose(
        NOTES, lambda facets: facets)
    assert chosen == NOTES[:1]
