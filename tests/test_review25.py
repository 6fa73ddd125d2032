"""The code review of session 25's readings: each finding a user would meet, pinned.

A heading is no lead-in: a long heading over a list ("## Copied from my week 3 handout,
where …") stays off the cards, as before; only a line typed over its items, or a box's
title, is shown however long. A question heading ("## Did you know?") is no cue for a
one-word front; a question box's question is. Equations, conditions and Chinese formula
names each had a case the first cut took.
"""

from support import cards_shown

from deck_builder.statements import equation_span


def test_a_long_heading_over_a_list_is_no_context_but_a_lead_in_is(tmp_path):
    cards = cards_shown(tmp_path, """# Anatomy

## Copied from my week 3 handout, where the teacher went through it quickly

- Femur
- Tibia
- Fibula

## Muscles

The four muscles that make up the front of the thigh are these:

- Rectus femoris
- Vastus lateralis
- Vastus medialis
- Vastus intermedius
""", text=False)
    fronts = [f for f, _ in cards]
    assert not any("Copied from my week 3 handout" in f for f in fronts), fronts
    assert any("The four muscles that make up the front of the thigh are these" in f
               for f in fronts), fronts


def test_a_question_heading_is_no_cue_for_a_one_word_front(tmp_path):
    cards = cards_shown(tmp_path, "# Cells\n\n## Did you know?\n\n**Osmosis** rocks.\n",
                        text=True)
    assert cards == [], cards


def test_the_equation_reading_leaves_bookkeeping_and_chains():
    assert equation_span("GDP = C + I + G + NX") == (6, 20)
    assert equation_span("Total magnification = eyepiece × objective") is not None
    for line in ("The answer = 5 + 3", "Total = 5 + 3", "So profit = revenue − cost",
                 "Unit elastic = 1", "Revenue = price × quantity = 10 × 4"):
        assert equation_span(line) is None, line


def test_a_connective_that_opens_no_condition_is_no_condition(tmp_path):
    cards = cards_shown(tmp_path, "# Wortschatz\n\n## Flüsse\n\n* Der Rhein fließt in die Nordsee\n"
                        "* Als Beispiel: Rhein\n", text=True)
    assert not any(f.startswith("Flüsse › Als Beispiel") for f, _ in cards), cards


def test_a_cjk_name_holding_a_character_of_a_lead_in_is_still_a_name(tmp_path):
    cards = cards_shown(tmp_path, "# 电路\n\n## 交流电\n\n有效值\n\n"
                        "$$\nI = \\frac{I_m}{\\sqrt{2}}\n$$\n\n"
                        "したがって\n\n$$\nP = UI\n$$\n", text=True)
    fronts = [f for f, _ in cards]
    assert "有效值: [...]" in fronts, fronts
    assert not any(f.startswith("したがって") for f in fronts), fronts
