"""A sentence naming both compared concepts (both22).

A gap hiding one compared concept's name beside the other's is answered by elimination, so it
was hidden too, as a second "[...]" of the same card: "Plants do both: [Photosynthesis or
respiration?] stores energy from light in glucose, and [...] releases it again". Three blind
reviews in a row judged such cards weak ("two gaps for one trivial contrast, and one answer
gives away the other"). Now a comparison ("A is more X than B") asks its comparative with both
names shown, and a sentence saying one thing of each makes no card, `check` saying why.
"""

from __future__ import annotations

import re
import shutil

import pytest
from quality import shown_front
from support import DATA, SEED, imported, notes, run, visible

# A gap that names the choices ("[Photosynthesis or respiration?]") and a plain gap, both of
# the card being asked: the second only the other choice.
_CHOICE = r"\[[^\]]+ or [^\]]+\?\]"
_CHOICE_AND_GAP = re.compile(rf"{_CHOICE}.*\[\.\.\.\]|\[\.\.\.\].*{_CHOICE}")

PHOTOSYNTHESIS = """\
# Photosynthesis vs Respiration

| | Photosynthesis | Respiration |
|---|---|---|
| Where | Chloroplasts | Mitochondria |
| Energy | Stored | Released |

## Introduction

Plants do both: **photosynthesis** stores energy from light in glucose, and respiration \
releases it again.

## Speed

**Respiration** goes on far faster than photosynthesis in a leaf kept in the dark.

## Cells

Photosynthesis happens only in the **chloroplasts** of green cells.
"""


def _cards(tmp_path, article) -> list[tuple[str, str]]:
    """(front as its CSS shows it, back) of every cloze card still asking, as text."""
    apkg = tmp_path / "deck.apkg"
    run("build", article, "-o", apkg)
    with imported(tmp_path / "anki", apkg) as col:
        return [(visible(shown_front(card.question())), visible(card.answer()))
                for note in notes(col, 'note:"deck-builder Cloze"') for card in note.cards()
                if f"{{{{c{card.ord + 1}::" in note["Text"]]


def _write(tmp_path, text: str, name: str):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


def test_a_sentence_saying_one_thing_of_each_compared_concept_makes_no_card(tmp_path):
    article = _write(tmp_path, PHOTOSYNTHESIS, "cells.md")
    fronts = [front for front, _ in _cards(tmp_path, article)]
    # Before: "Plants do both: [Photosynthesis or respiration?] stores energy from light in
    # glucose, and [...] releases it again."
    assert not any("Plants do both" in f for f in fronts), fronts
    assert any(f.endswith("Photosynthesis happens only in the [...] of green cells.")
               for f in fronts), fronts
    # `check` says where and why, so the author can mark what to ask.
    said = run("check", "--no-cache", article).output
    assert re.search(r'cells\.md:10: weak card: no card for "photosynthesis": its sentence '
                     r'names the other compared concept \("respiration"\) too', said), said


def test_a_comparison_of_the_two_compared_concepts_asks_its_comparative_with_both_shown(
        tmp_path):
    article = _write(tmp_path, PHOTOSYNTHESIS, "cells.md")
    (card,) = [(f, b) for f, b in _cards(tmp_path, article) if "in a leaf kept" in f]
    front, back = card
    # Before: "[Photosynthesis or Respiration?] goes on far faster than [...] in a leaf …"
    assert front.endswith("Respiration goes on far [...] than photosynthesis in a leaf kept "
                          "in the dark."), front
    assert "Respiration goes on far faster than photosynthesis" in back, back


def test_both_compared_concepts_marked_in_one_parallel_sentence_make_no_card(tmp_path):
    article = _write(tmp_path, (
        "# Mitosis vs. Meiosis\n\n| | Mitosis | Meiosis |\n|---|---|---|\n"
        "| Daughter cells | Two, diploid | Four, haploid |\n\n## Timing\n\n"
        "**Meiosis** takes far longer than mitosis in most animal cells.\n\n"
        "**Mitosis** makes two identical cells, and **meiosis** makes four unlike ones.\n"),
        "cells.md")
    fronts = [front for front, _ in _cards(tmp_path, article)]
    assert not any("identical cells" in f for f in fronts), fronts
    assert any(f.endswith("Meiosis takes far [...] than mitosis in most animal cells.")
               for f in fronts), fronts
    said = run("check", "--no-cache", article).output
    assert 'no card for "Mitosis"' in said and 'no card for "meiosis"' in said, said


# The seed as YAML, its Markdown copy and its web page: the same marks, the same card.
@pytest.mark.parametrize("article", [
    SEED, DATA / "markdown" / "collectivism-vs-individualism.md",
    DATA / "html" / "collectivism-vs-individualism.html"], ids=["yaml", "markdown", "html"])
def test_the_seed_asks_why_collectivist_societies_resist_change(tmp_path, article):
    folder = tmp_path / "in"
    folder.mkdir()
    copy = folder / article.name
    shutil.copy(article, copy)
    cards = _cards(tmp_path, copy)
    (front, back), = [(f, b) for f, b in cards if "resistant to change" in f]
    # Before: "[Individualist or Collectivist?] societies may be more resistant to change
    # than [...] societies because …": the second gap only the other choice.
    assert front.endswith(
        "Collectivist societies may be more resistant to change than individualistic "
        "societies because change is seen as having the potential to upend the balance of "
        "[...] ."), front
    assert "upend the balance of group harmony" in back, back
    assert not [f for f, _ in cards if _CHOICE_AND_GAP.search(f)], cards
