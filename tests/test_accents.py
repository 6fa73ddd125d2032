"""An accent typed composed ("é", U+00E9) or decomposed ("e" + U+0301) is the same letter.

Editors, keyboards and text copied from PDFs or macOS file names give either form, and
an article can mix them. Anki keeps every field in the composed form (NFC), so a card
shows "é" whichever was typed: a name written one way in `concepts:` and the other in a
cell or an item must be hidden all the same, or the card shows its own answer.
"""

from __future__ import annotations

import json

import pytest
from support import answer_leaks, imported, notes, run, visible

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
        assert answer_leaks(col) == []
        questions = [visible(card.question()) for note in notes(col) for card in note.cards()]
        which = [q for q in questions if "Which concept is this?" in q]
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
        assert answer_leaks(col) == []
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
        assert answer_leaks(col) == []
        which = [visible(card.question()) for note in notes(col) for card in note.cards()
                 if card.template()["name"].startswith("Which")]
        assert len(which) == 4 and all(COMPOSED not in q for q in which), which
