"""Content is text: HTML and Anki's cloze syntax in an article show as written, in real Anki.

Every field of this article holds `<`, `>`, `&`, a `<script>` element, `}}`, `::` and
`{{c1::`. Anki must show each of them as text, run none of them, and make exactly the
cards the article's own marks call for.
"""

from __future__ import annotations

import re

import pytest
from support import imported, note_containing, notes, run, visible

NASTY = "<b>x</b> & <script>alert(1)</script> }} a::b {{c1::leak}}"
# The row's name and the table's title say the same kinds of thing in other words: a name
# that said the cells' own words would give their recall cards away, and they would not be
# made.
NASTY_ROW = "<i>y</i> & <style>p{}</style> }} c::d {{c2::out}}"
ARTICLE = f"""\
title: "Title {NASTY}"
concepts: [Alpha, Beta]
references:
  - "Smith, J. (2001). Book {NASTY}. Publisher."
sections:
  - title: "Section {NASTY}"
    facts:
      - "Alpha is **first** {NASTY} (Smith, 2001)."
    lists:
      - title: "List {NASTY}"
        concept: Alpha
        items:
          - label: "Label }}}} :: {{{{c2::"
            text: "Item {NASTY}"
    comparisons:
      - title: "Table {NASTY_ROW}"
        concepts: [Alpha, Beta]
        rows:
          - dimension: "Dimension {NASTY_ROW}"
            cells:
              Alpha: "Alpha cell {NASTY}"
              Beta: "Beta row {NASTY}"
"""


@pytest.fixture(scope="module")
def collection(tmp_path_factory):
    folder = tmp_path_factory.mktemp("nasty")
    (folder / "nasty.yaml").write_text(ARTICLE, encoding="utf-8")
    run("build", folder / "nasty.yaml", "-o", folder / "nasty.apkg")
    with imported(folder / "anki", folder / "nasty.apkg") as col:
        yield col


def _no_markup_from_content(rendered: str) -> None:
    assert "<script" not in rendered and "<b>" not in rendered, rendered


def test_every_note_and_only_the_expected_cards(collection):
    cloze = notes(collection, 'note:"deck-builder Cloze"')
    compare = notes(collection, 'note:"deck-builder Compare"')
    assert len(cloze) == 2 and len(compare) == 1
    # One card per hidden phrase: "Alpha" in the fact (its mark "first" is too common a word
    # to hide), the label in the item. No
    # `{{c1::` or `{{c2::` in the content made a card of its own.
    assert sorted(len(n.cards()) for n in cloze) == [1, 1]
    assert len(compare[0].cards()) == 4


def test_cloze_cards_show_content_as_text(collection):
    cloze = notes(collection, 'note:"deck-builder Cloze"')
    assert len(cloze) == 2  # the fact and the item
    for note in cloze:
        (card,) = note.cards()
        question, answer = card.question(), card.answer()
        _no_markup_from_content(question)
        _no_markup_from_content(answer)
        shown = visible(answer)
        assert NASTY in shown, shown
        assert f"List {NASTY}" in shown or f"Section {NASTY}" in shown
        # The fact's gap hides "Alpha", one of the two compared concepts: it names both.
        assert "[...]" in visible(question) or "[Alpha or Beta?]" in visible(question)


def test_the_label_with_cloze_syntax_is_hidden_whole_and_shown_literally(collection):
    item = note_containing(collection, "Label")
    (card,) = item.cards()
    assert "Label }} :: {{c2::" not in visible(card.question())
    assert "Label }} :: {{c2:: — Item" in visible(card.answer())


def test_source_and_title_are_text_on_the_back(collection):
    fact = note_containing(collection, "first")
    back = fact.cards()[0].answer()
    _no_markup_from_content(back)
    assert f"Book {NASTY}. Publisher." in visible(back)
    assert f"Title {NASTY}" in visible(back)


def test_compare_cards_show_content_as_text(collection):
    (note,) = notes(collection, 'note:"deck-builder Compare"')
    assert len(note.cards()) == 4
    for card in note.cards():
        _no_markup_from_content(card.question())
        _no_markup_from_content(card.answer())
    shown = " ".join(visible(c.answer()) for c in note.cards())
    # (cells that differ once the names are masked: equal ones make no "which" card)
    for text in (f"Dimension {NASTY_ROW}", f"Alpha cell {NASTY}", f"Beta row {NASTY}",
                 f"Table {NASTY_ROW}"):
        assert text in shown, text
    assert not re.search(r"\{\{c\d+::", note["Dimension"])  # braces are character references


def test_inline_code_is_a_code_font_and_still_only_text(tmp_path):
    """Backticks set code apart, as a Markdown reader expects; what is inside stays text."""
    (tmp_path / "tags.yaml").write_text(
        'title: HTML\nsections:\n  - title: Tags\n    facts:\n'
        '      - "A **bold element** is written `<b>{{c1::x}}</b>` in HTML."\n',
        encoding="utf-8")
    run("build", tmp_path / "tags.yaml", "-o", tmp_path / "tags.apkg")
    with imported(tmp_path / "anki", tmp_path / "tags.apkg") as col:
        note = note_containing(col, "is written")
        assert len(note.cards()) == 1  # the `{{c1::` in the code made no card
        front = note.cards()[0].question()
        assert re.search(r"<code>&lt;b&gt;.*&lt;/b&gt;</code>", front), front
        assert "<b>{{c1::x}}</b>" in visible(front) and "`" not in visible(front)
