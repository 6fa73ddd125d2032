"""Gaps that held no fact to recall, seen while probing (fix15): a heading hidden for a
sentence about its own subject, a contrast connective inside a gap, a pronoun as the
answer, a German noun asked as a name, and a cloze cutting a formula."""

from __future__ import annotations

import re
from pathlib import Path

from support import gap_answers, imported, notes, run, visible
from test_markdown_idioms import build as build_and_import
from test_markdown_idioms import check

from deck_builder.quality import weak_answer
from deck_builder.statements import named_spans


def _clozes(tmp_path: Path, source: str) -> tuple[list[str], list[str]]:
    """The cloze texts of the notes Anki holds after importing the article's deck (the
    suite's build-and-import), and the lines `check` prints for the article."""
    shown, _, _ = build_and_import(tmp_path, source)
    return [entry[4] for entry in shown], check(tmp_path, source).splitlines()



def test_a_sentence_naming_its_own_subject_never_hides_the_heading_above(tmp_path):
    # "## Hormones" / "The placenta, an organ of pregnancy, acts as …" made "[Hormones] —
    # The placenta …": the sentence is about the placenta, and the heading it falls under
    # is no answer to it. Its own fact is asked instead: the role it acts in, past the
    # apposition that renames it (no card at all, until the role's subject allowed one).
    source = ("# Pregnancy\n\n## Hormones\n\nThe placenta, an organ of pregnancy, acts as an "
              "endocrine gland.\n\n## Organs\n\nThe placenta of the mother supplies oxygen "
              "and nutrients to the growing fetus.\n")
    texts, _ = _clozes(tmp_path / "placenta", source)
    assert "Hormones" not in gap_answers(texts) and "Organs" not in gap_answers(texts), texts
    assert not any(" — The placenta" in t for t in texts), texts
    assert gap_answers(texts) == ["endocrine gland"], texts
    shown, _, _ = build_and_import(tmp_path / "shown", source)
    assert shown.fronts == ["Pregnancy › Hormones The placenta, an organ of pregnancy, acts "
                            "as an [...] ."], shown.fronts
    # A line with no subject of its own still says what the heading means.
    texts, _ = _clozes(tmp_path / "dynamics", "# Climate models\n\n#### Dynamics\n\nThe "
                                              "movement of energy around the globe by winds "
                                              "and ocean currents.\n")
    assert gap_answers(texts) == ["Dynamics"], texts


def test_a_contrast_connective_is_never_part_of_a_gap(tmp_path):
    # "[Whereas arteries] carry blood away …": the gap is the subject after the connective.
    texts, _ = _clozes(tmp_path, "# Circulation\n\n## Vessels\n\nWhereas arteries carry "
                                 "blood away from the heart, veins return it to the heart.\n")
    assert gap_answers(texts) == ["arteries"], texts
    assert weak_answer("Although capillaries") is not None
    assert weak_answer("Whereas arteries") is not None


def test_a_pronoun_or_demonstrative_is_never_an_answer_in_any_language(tmp_path):
    # "[Estos] son los minerales que forman el granito." was asked. Alone, the sentence
    # says nothing a card can show: "Estos" points at minerals named before it, as "These
    # are …" does in English (no card, and `check` says why). Here it points at the
    # minerals after its colon, and the card asks what the text names.
    source = ("# Geología\n\n## Minerales\n\nEl granito es una roca ígnea de grano grueso. "
              "Estos son los minerales que lo forman: cuarzo, feldespato y mica.\n")
    texts, _ = _clozes(tmp_path, source)
    assert "Estos" not in gap_answers(texts), texts
    assert gap_answers(texts) == ["granito"], texts
    shown, _, _ = build_and_import(tmp_path / "shown", source)
    assert shown.fronts == ["Geología › Minerales El [...] es una roca ígnea de grano grueso. "
                            "Estos son los minerales que lo forman: cuarzo, feldespato y "
                            "mica."], shown.fronts
    for word in ("Estos", "these", "ces", "Diese", "questi", "esses"):
        assert weak_answer(word) is not None, word
    assert weak_answer("granito") is None
    for acronym in ("US", "ER"):  # the United States, the emergency room
        assert weak_answer(acronym) is None, acronym


def test_a_capitalised_german_noun_is_no_name_to_ask(tmp_path):
    # German capitalises every noun: "Das Enzym dient als Katalysator der [Reaktion]" asked
    # a common noun as if it were a name, and so did "[Energiequelle]".
    texts, _ = _clozes(tmp_path, "# Biochemie\n\n## Enzyme\n\nDas Enzym dient als "
                                 "Katalysator der Reaktion.\n\nDie Zelle nutzt Glukose als "
                                 "Energiequelle.\n\nDas **Substrat** bindet am aktiven "
                                 "Zentrum des Enzyms.\n")
    assert not {"Reaktion", "Energiequelle"} & set(gap_answers(texts)), texts
    assert "Substrat" in gap_answers(texts), texts  # a marked noun is still asked
    # In English a capitalised word past a sentence's opening still names something, and
    # in German a run of capitalised words ("Otto von Bismarck") does.
    text = "Becomes president after the death of Roosevelt in the spring."
    assert [text[a:b] for a, b in named_spans(text)] == ["Roosevelt"]
    text = "Die Reichsgründung wurde von Otto von Bismarck betrieben."
    assert [text[a:b] for a, b in named_spans(text)] == ["Otto von Bismarck"]


def test_a_german_phrase_said_twice_that_ends_in_no_noun_is_no_name(tmp_path):
    # "Im nächsten Abschnitt [betrachten wir] die Ableitung …": German capitalises its
    # nouns, so a repeated phrase ending in a lowercase word is a verb and its pronoun,
    # which the repeated-phrase fallback asked on both facts that say it.
    texts, _ = _clozes(tmp_path, "# Analysis\n\n## Funktionen\n\nIm nächsten Abschnitt "
                                 "betrachten wir die Ableitung einer Funktion genauer.\n\n"
                                 "Danach betrachten wir die Grenzwerte der Folge und ihre "
                                 "Eigenschaften.\n\nEine **Folge** ordnet jeder natürlichen "
                                 "Zahl eine reelle Zahl zu.\n")
    assert gap_answers(texts) == ["Folge"], texts  # a marked noun is still asked


def test_a_cloze_never_cuts_a_formula_that_says_the_answer(tmp_path):
    # "The **accuracy** is … $\text{Accuracy} = \frac{…}$": the word was masked inside the
    # TeX, "\(\text{[…]} = …\)", a cloze within a formula. The formula stays as typed, and
    # as it shows the answer on the front, that card is not made; the build says why.
    texts, warnings = _clozes(
        tmp_path, "# Metrics\n\n## Classification\n\nThe **accuracy** is the share of "
                  "predictions that are correct: $\\text{Accuracy} = "
                  "\\frac{TP + TN}{TP + TN + FP + FN}$.\n\nThe **recall** is the share of "
                  "positives found.\n")
    assert not any(re.search(r"\\\((?:(?!\\\)).)*\{\{c", t) for t in texts), texts
    assert gap_answers(texts) == ["recall"], texts
    assert any('answer "accuracy" is written in the formula' in w for w in warnings), warnings


def test_a_compared_cell_whose_formula_says_its_answer_makes_no_recall_card(tmp_path):
    # A table's cell as a fact's sentence: "The [true positives] among … \\(\\frac{\\text{True
    # positives}}{…}\\)" shows its answer in the formula, which a gap may not cut. The
    # recall card is not made and the build says why; the "which" card still asks the cell.
    source = ("# Classifier metrics\n\n## Precision vs recall\n\n"
              "| Feature | Precision | Recall |\n| --- | --- | --- |\n"
              "| Counts | The **true positives** among all predicted positives: "
              "$\\frac{\\text{True positives}}{TP + FP}$ | The **false negatives** it misses |\n"
              "| Use | When false alarms cost a lot | When misses cost a lot |\n")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "metrics.md").write_text(source, encoding="utf-8")
    run("build", folder, "-o", tmp_path / "deck.apkg")
    with imported(tmp_path / "anki", tmp_path / "deck.apkg") as col:
        fronts = [visible(c.question()) for n in notes(col) for c in n.cards()]
    assert "Precision vs recall › Counts Recall: The [...] it misses" in fronts, fronts
    assert not any(f.startswith("Precision vs recall › Counts Precision:") for f in fronts), \
        fronts
    assert any(f.startswith("Precision vs recall › Counts The true positives among") and
               f.endswith("Precision or Recall?") for f in fronts), fronts
    assert any('answer "true positives" is written in the formula' in line
               for line in check(tmp_path, source).splitlines())


def test_a_repeated_phrase_ending_in_a_participle_is_no_name(tmp_path):
    # "[Nouns ending] in -ung, -heit or -keit are always feminine" (the phrase said again
    # in the next line): an -ing word before its preposition opens a clause, no name.
    texts, _ = _clozes(tmp_path, "# German grammar\n\n## German nouns\n\n- Nouns ending in "
                                 "-ung, -heit or -keit are always feminine.\n- Nouns ending "
                                 "in -chen are always neuter.\n- The plural article is always "
                                 "die.\n")
    assert "Nouns ending" not in gap_answers(texts), texts
    assert "neuter" in gap_answers(texts), texts
    # A gerund that names a thing stands alone elsewhere ("… show that protein folding can
    # fail"): "[Protein folding] in the endoplasmic reticulum …" is still asked.
    texts, _ = _clozes(tmp_path / "gerund", "# Water\n\n## Properties\n\nIce floats because "
                                            "hydrogen bonding holds its molecules in a lattice."
                                            "\n\n## Proteins\n\nProtein folding in the "
                                            "endoplasmic reticulum needs chaperones.\n\n"
                                            "Misfolded proteins show that protein folding can "
                                            "fail.\n")
    assert "Protein folding" in gap_answers(texts), texts
