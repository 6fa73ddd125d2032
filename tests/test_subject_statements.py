"""A plain statement about a named thing asks the thing (en19): revision bullets and
paragraphs that name no term and mark nothing ("B cells are made and mature in the bone
marrow") still say one fact of their subject, asked from what they say of it. Vague
statements ("Both responses work together.", "The brain is important.") ask nothing.
Each test builds a small note, imports the deck into real Anki and reads the cards.
"""

from __future__ import annotations

from test_coverage_rules import answers_of
from test_markdown_idioms import build


def test_a_statement_of_a_named_subject_asks_the_subject(tmp_path):
    shown, _, _ = build(tmp_path, "# Immunity\n\n## Cells\n\n"
                        "- B cells are made and mature in the bone marrow\n"
                        "- Inflammation increases blood flow to the infected area\n"
                        "- Acetylcholine is used at the neuromuscular junction\n"
                        "- White blood cells defend the body against pathogens\n")
    answers = answers_of(shown)
    assert answers == [["Acetylcholine"], ["B cells"], ["Inflammation"],
                       ["White blood cells"]], answers
    assert "Immunity › Cells [...] are made and mature in the bone marrow" in shown.fronts
    assert "Immunity › Cells [...] defend the body against pathogens" in shown.fronts


def test_a_subject_beside_a_formula_is_asked_without_cutting_it(tmp_path):
    shown, _, _ = build(tmp_path, "# Fluids\n\n## Viscosity\n\n"
                        "The kinematic viscosity $\\nu = \\mu/\\rho$ measures how quickly "
                        "momentum diffuses.\n")
    assert answers_of(shown) == [["kinematic viscosity"]], answers_of(shown)
    # (The heading "Viscosity" would give the answer away: the front leaves it out.)
    assert shown.fronts == ["Fluids The [...] \\(\\nu = \\mu/\\rho\\) measures how "
                            "quickly momentum diffuses."], shown.fronts


def test_vague_statements_make_no_card(tmp_path):
    # No named subject ("Both …", "Things …", "it …", "Two …"), only a judgement of it
    # ("is important", "is complicated"), a trend whose gap is its direction, an arrow, an
    # instruction: nothing a learner recalls from what the sentence says.
    shown, _, _ = build(tmp_path, "# Biology\n\n## Points\n\n"
                        "- Both responses work together.\n"
                        "- Things are different in other mammals\n"
                        "- it is used for reflexes\n"
                        "- The brain is important.\n"
                        "- Enzymes are really important.\n"
                        "- The blood is complicated.\n"
                        "- Pain occurs when the patient lies flat.\n"
                        "- Two transport protocols carry almost all traffic.\n"
                        "- Swirl constantly near the end point and add NaOH dropwise\n"
                        "- Don't stop the beta-blocker in an acute decompensation.\n"
                        "- Pipe flow becomes turbulent above about $Re = 4000$.\n")
    # (Pipe flow's subject is never asked; since math21 its threshold is, the state shown:
    # test_named_formulas_math21.)
    assert answers_of(shown) == [["\\(Re = 4000\\)"]], answers_of(shown)


def test_a_pointing_sentence_after_a_judgement_asks_nothing(tmp_path):
    # "This" means what the bullet before said; that bullet only judges its subject, so no
    # card shows what "this" is.
    shown, _, _ = build(tmp_path, "# Biochemistry\n\n## Inhibition\n\n"
                        "- Enzymes are really important.\n"
                        "- This changes the shape of the active site.\n"
                        "- Competitive inhibitors block the active site\n")
    assert answers_of(shown) == [["Competitive inhibitors"]], answers_of(shown)
    assert not any("This changes" in f or "important" in f for f in shown.fronts), shown.fronts


def test_a_heading_word_inside_a_longer_name_is_no_gap(tmp_path):
    # "Blood" as a heading names a term; "red [blood] cells" cuts the name it stands in,
    # whose other half all but says it.
    shown, _, _ = build(tmp_path, "# Biochemistry\n\n## Blood\n\n"
                        "- Haemoglobin carries oxygen in red blood cells\n"
                        "- Platelets help the blood to clot at a wound\n"
                        "- White blood cells defend the body against pathogens\n")
    fronts = " | ".join(shown.fronts)
    assert "red [...] cells" not in fronts and "White [...]" not in fronts, fronts
    assert ["Haemoglobin"] in answers_of(shown), answers_of(shown)


def test_a_trend_asks_its_direction_not_its_quantity(tmp_path):
    # "Boiling point increases as …": the fact is which way it goes; many quantities rise
    # with chain length, so "[Boiling point] increases as …" has no one answer.
    # (The first says why it goes up, which tells the direction: no card. The second asks
    # its direction, so the deck is not empty by accident.)
    shown, _, _ = build(tmp_path, "# Alkanes\n\n## Trends\n\n"
                        "- Boiling point increases as the carbon chain gets longer, since "
                        "there are more electrons so more london forces.\n"
                        "- Melting point increases as the carbon chain gets longer.\n")
    assert not any("[...] increases as the carbon chain" in f
                   for f in shown.fronts), shown.fronts
    assert shown.fronts == ["Alkanes › Trends Melting point [...] as the carbon chain gets "
                            "longer."], shown.fronts


def test_a_subject_whose_head_is_said_again_asks_the_words_that_tell_it_apart(tmp_path):
    # "conduction" is said again in the comparison: hiding "Saltatory conduction" whole shows
    # half its answer; the word that tells this conduction from the other is the fact.
    shown, _, _ = build(tmp_path, "# Nervous system\n\n## Myelin\n\n"
                        "Saltatory conduction is much faster than conduction along unmyelinated "
                        "axons, since the impulse jumps between nodes.\n")
    assert answers_of(shown) == [["Saltatory"]], answers_of(shown)
    assert shown.fronts == ["Nervous system › Myelin [...] conduction is much faster than "
                            "conduction along unmyelinated axons, since the impulse jumps "
                            "between nodes."], shown.fronts
