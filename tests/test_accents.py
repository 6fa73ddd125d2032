"""An accent typed composed ("é", U+00E9) or decomposed ("e" + U+0301) is the same letter.

Editors, keyboards and text copied from PDFs or macOS file names give either form, and
an article can mix them. Anki keeps every field in the composed form (NFC), so a card
shows "é" whichever was typed: a name written one way in `concepts:` and the other in a
cell or an item must be hidden all the same, or the card shows its own answer.
"""

from __future__ import annotations

import json
import re
import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import answer_leaks, imported, inner_html, notes, run, visible

from deck_builder.anki.note_types import COMPARE
from deck_builder.build import BuildOptions, plan_build
from deck_builder.render import MASK

COMPOSED, DECOMPOSED = "\u00e9", "e\u0301"  # é
FORMS = {"composed": (COMPOSED, DECOMPOSED), "decomposed": (DECOMPOSED, COMPOSED)}


def _article(name: str, other: str) -> dict:
    """A concept named one way, and every place its name can repeat spelled the other way."""
    return {
        "title": "Accents",
        "concepts": [name, "Beta"],
        "glossary": [{"term": f"caf{name}", "definition": f"A caf{other} serves coffee."}],
        "sections": [{
            "title": "Section",
            "lists": [{"title": "List", "concept": "Beta", "items": [
                {"label": name, "text": f"The letter {other} is a vowel."},
            ]}],
            "comparisons": [{"title": "Table", "concepts": [name, "Beta"], "rows": [
                {"dimension": f"Sound of {other}",
                 "cells": {name: f"{other} is open", "Beta": "Beta is closed"}},
            ]}],
        }],
    }


@pytest.mark.parametrize("fmt", ["yaml", "json"])
@pytest.mark.parametrize("written", sorted(FORMS))
def test_a_name_typed_with_the_other_form_of_its_accent_is_still_hidden(tmp_path, written, fmt):
    name, other = FORMS[written]
    article = tmp_path / f"accents.{fmt}"
    # JSON as most writers save it (\u escapes), YAML with the characters as typed.
    article.write_text(json.dumps(_article(name, other)) if fmt == "json" else
                       json.dumps(_article(name, other), ensure_ascii=False), encoding="utf-8")
    run("build", article, "-o", tmp_path / "deck.apkg")
    with imported(tmp_path / "anki", tmp_path / "deck.apkg") as col:
        # The glossary definition, the item and the row.
        assert answer_leaks(col, notes=3) == []
        questions = [visible(card.question()) for note in notes(col) for card in note.cards()]
        assert len(questions) == 1 + 1 + 4
        # The front names the choices; the dimension and the cell must not.
        which = [visible(inner_html(card.question(), "context") + " "
                         + inner_html(card.question(), "masked-text"))
                 for note in notes(col) for card in note.cards()
                 if card.template()["name"].startswith("Which")]
        assert len(which) == 2 and all(COMPOSED not in q for q in which), which
        assert any("The letter [...] is a vowel" in q for q in questions), questions
        assert any("A [...] serves coffee" in q for q in questions), questions


def test_a_cell_keyed_by_the_other_form_of_the_name_is_that_concepts_cell(tmp_path):
    article = tmp_path / "accents.yaml"
    article.write_text(json.dumps({
        "title": "Accents", "concepts": [COMPOSED, "Beta"],
        "sections": [{"title": "Section", "comparisons": [{
            "title": "Table", "concepts": [DECOMPOSED, "Beta"],
            "rows": [{"dimension": "Sound", "cells": {DECOMPOSED: "open", "Beta": "closed"}}],
        }]}],
    }, ensure_ascii=False), encoding="utf-8")
    run("build", article, "-o", tmp_path / "deck.apkg")
    with imported(tmp_path / "anki", tmp_path / "deck.apkg") as col:
        (note,) = notes(col, 'note:"deck-builder Compare"')
        assert answer_leaks(col, notes=1) == []
        assert [note["Concept1"], note["Concept2"]] == [COMPOSED, "Beta"]


def test_a_markdown_article_with_decomposed_accents_hides_them(tmp_path):
    article = tmp_path / "accents.md"
    article.write_text(f"""\
---
title: Accents
concepts: [{COMPOSED}, Beta]
---

# Table

| Dimension | {COMPOSED} | Beta |
| --- | --- | --- |
| Sound | {DECOMPOSED} is open | Beta is closed |
| Use | written &#x65;&#x301; | Beta is used |
""", encoding="utf-8")
    run("build", article, "-o", tmp_path / "deck.apkg")
    with imported(tmp_path / "anki", tmp_path / "deck.apkg") as col:
        assert len(notes(col, 'note:"deck-builder Compare"')) == 2
        assert answer_leaks(col, notes=2) == []
        which = [visible(inner_html(card.question(), "context") + " "
                         + inner_html(card.question(), "masked-text"))
                 for note in notes(col) for card in note.cards()
                 if card.template()["name"].startswith("Which")]
        assert len(which) == 4 and all(COMPOSED not in q for q in which), which


# Every letter that has a decomposed form: "é", "Å", "ǰ", "ῷ", Hangul syllables...
_DECOMPOSABLE = [c for c in map(chr, range(0x80, 0x30000))
                 if unicodedata.category(c)[0] == "L" and unicodedata.normalize("NFD", c) != c]
_FORMS = [lambda s: unicodedata.normalize("NFC", s), lambda s: unicodedata.normalize("NFD", s)]
_CASES = [str, str.lower, str.upper, str.title]
_names = st.lists(st.one_of(st.sampled_from(_DECOMPOSABLE), st.sampled_from("aeiXY")),
                  min_size=1, max_size=3).map("".join).filter(lambda n: not n.isascii())


def _fold(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold()


def _shows(name: str, field_html: str) -> bool:
    """Whether the field, as Anki stores (NFC) and shows it, shows the name as a word."""
    shown = visible(unicodedata.normalize("NFC", field_html)).replace(MASK, " ")
    needle = re.escape(unicodedata.normalize("NFC", name))
    return re.search(rf"(?<!\w){needle}(?!\w)", shown, re.IGNORECASE) is not None


@settings(max_examples=60, deadline=None)
@given(names=st.lists(_names, min_size=2, max_size=2, unique_by=lambda n: _fold(n)),
       written=st.lists(st.tuples(st.sampled_from(_FORMS), st.sampled_from(_CASES)),
                        min_size=3, max_size=3))
def test_names_in_either_form_and_any_case_are_masked(names, written):
    """Each name in `concepts:` one way, repeated in the cells and dimension another."""
    concepts = [_FORMS[i % 2](n) for i, n in enumerate(names)]
    (dim_form, dim_case), (form1, case1), (form2, case2) = written
    article = {
        "title": "Accents", "concepts": concepts,
        "sections": [{"title": "Section", "comparisons": [{
            "title": "Table", "concepts": concepts, "rows": [{
                "dimension": f"{dim_form(dim_case(names[0]))} and {dim_form(names[1])}",
                "cells": {concepts[0]: f"{form1(case1(names[0]))}: one ({form1(names[1])})",
                          concepts[1]: f"two, {form2(case2(names[1]))}"},
            }],
        }]}],
    }
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "accents.json"
        source.write_text(json.dumps(article), encoding="utf-8")
        options = BuildOptions(Path(tmp) / "deck.apkg", now=1_700_000_000)
        # The note a build packages, planned without writing the package (most of a build's
        # time): the masking under test is all in its fields.
        (note,) = plan_build([source], options).notes
        fields = dict(zip(COMPARE.fields, note.fields, strict=True))
        for field in ("MaskedDimension", "Masked1", "Masked2"):
            for name in names:
                assert not _shows(name, fields[field]), (name, field, fields[field])
