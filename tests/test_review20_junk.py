"""Junk cards of the twentieth session's blind reviews, each with the note that showed it:
a subject anyone guesses, a cell its concept's own definition says, a formula asked with
no cue that a formula is asked, and a comparison asked as two gaps."""

from __future__ import annotations

from support import imported, notes, run, visible
from test_coverage_rules import answers_of
from test_markdown_idioms import build


def test_everyday_stuff_doing_what_its_place_says_is_no_subject_to_ask(tmp_path):
    # "[Blood] enters the kidney through the renal artery …": the artery says it (junk).
    # A named hormone doing the same is asked.
    shown, _, _ = build(tmp_path, "# The Kidney\n\n## Blood supply\n\n"
                                  "Blood enters the kidney through the renal artery and leaves "
                                  "through the renal vein.\n\n## Hormones\n\n"
                                  "Glucagon enters the liver through the hepatic portal vein.\n")
    assert shown.fronts == ["The Kidney › Hormones [...] enters the liver through the hepatic "
                            "portal vein."], shown.fronts


def test_a_cell_its_concepts_own_definition_says_is_not_asked_from_the_concept(tmp_path):
    # "Supply: [Sellers]" under "Who", where "Supply is the quantity … sellers are willing …
    # to sell": the name on the front recalls the definition, which says the answer (junk).
    # The "Slope" row, which no definition says, is still asked.
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "market.md").write_text(
        "# Markets\n\n## Demand\n\nDemand is the quantity of a good buyers are willing and "
        "able to buy at each price.\n\n## Supply\n\nSupply is the quantity of a good sellers "
        "are willing and able to sell at each price.\n\n## Compared\n\n"
        "| Aspect | Demand | Supply |\n|---|---|---|\n| Who | Buyers | Sellers |\n"
        "| Slope | Downward | Upward |\n", encoding="utf-8")
    run("build", cards, "-o", tmp_path / "deck.apkg")
    with imported(tmp_path / "anki", tmp_path / "deck.apkg") as col:
        rows = {visible(n.fields[0]): [visible(c.question()) for c in n.cards()]
                for n in notes(col, 'note:"deck-builder Compare"')}
    assert list(rows) == ["Slope"], rows
    assert any("Supply: [...]" in front for front in rows["Slope"]), rows
    output = run("check", "--no-cache", cards / "market.md").output
    assert 'answer "Sellers" is said by the definition of "Supply"' in output, output


def test_a_formula_after_a_finished_sentence_is_cued_as_a_formula(tmp_path):
    # "Supply is the quantity … at each price. [...]" did not say that a formula was asked
    # (junk). Italian prose gets no English cue.
    shown, _, _ = build(tmp_path, "# Markets\n\n## Supply\n\nSupply is the quantity of a good "
                                  "sellers are willing and able to sell at each price.\n\n"
                                  "$$Q_s = c + dP$$\n\n## Varianza\n\nLa varianza misura la "
                                  "dispersione dei dati intorno alla media.\n\n"
                                  "$$s^2 = \\frac{1}{n-1}\\sum (x_i - \\bar{x})^2$$\n")
    assert "Markets › Supply Supply is the quantity of a good sellers are willing and able " \
        "to sell at each price. As a formula: [...]" in shown.fronts, shown.fronts
    assert "Markets › Varianza La varianza misura la dispersione dei dati intorno alla " \
        "media. [...]" in shown.fronts, shown.fronts


def test_a_comparison_of_two_named_sides_asks_its_direction(tmp_path):
    # "[...] releases much less energy than [...]": each side is answerable only with the
    # other (junk). The direction is the fact, both sides shown ("less" with the word it
    # grades: alone, a common word). A side the author marked is still asked.
    shown, _, _ = build(tmp_path, "# Biochemistry\n\n## Respiration\n\n"
                                  "- Anaerobic respiration releases much less energy than "
                                  "aerobic respiration.\n\n## Marked\n\n"
                                  "- **Anaerobic respiration** releases much less energy than "
                                  "aerobic respiration.\n")
    assert shown.fronts == ["Biochemistry › Marked [...] releases much less energy than "
                            "[...] .",
                            "Biochemistry › Respiration Anaerobic respiration releases much "
                            "[...] than aerobic respiration."], shown.fronts
    assert answers_of(shown) == [["Anaerobic respiration", "aerobic respiration"],
                                 ["less energy"]]
