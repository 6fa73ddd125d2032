"""`Formula: $…$` under a heading asks the formula of what the heading names (formulafield25).

"## Power" over "- Definition: …", "- Formula: $P = \\frac{W}{t}$", "- Unit: watt (W)" asked
the unit and the definition but not the formula: a formula was no field's value, and
"Formula" is a kind of text to the label reader, so the line made no card.
"""

from support import cards_shown

_NOTES = """# Physics

## Power

- Definition: the rate at which work is done
- Formula: $P = \\frac{W}{t}$
- Unit: watt (W)

## Kinetic energy

Formula: $E_k = \\frac{1}{2}mv^2$
"""


def test_a_formula_line_is_asked_under_its_heading(tmp_path):
    cards = cards_shown(tmp_path, _NOTES, text=True)
    for front, formula in (("Power › Formula: [...]", "\\(P = \\frac{W}{t}\\)"),
                           ("Kinetic energy › Formula: [...]", "\\(E_k = \\frac{1}{2}mv^2\\)")):
        found = [b for f, b in cards if f == front]
        assert found == [front.replace("[...]", formula)], (front, cards)


def test_a_formula_line_with_words_after_it_is_read_as_before(tmp_path):
    # "Formula: $P = W/t$, where W is the work done" says more than the formula: no field.
    cards = cards_shown(tmp_path, "# Physics\n\n## Power\n\n"
                        "Formula: $P = W/t$, where W is the work done\n\n"
                        "## Kinetic energy\n\nFormula: $E_k = \\frac{1}{2}mv^2$\n", text=True)
    # Only the formula line with nothing after it is a field (the deck is not empty).
    assert [f for f, _ in cards if f.endswith("Formula: [...]")] == [
        "Kinetic energy › Formula: [...]"], cards


def test_a_short_formula_under_a_terms_label_is_asked_from_the_name(tmp_path):
    # "[...] — \(\frac{m}{p_2}\)" had too few words to ask the name from: no card. The
    # name is the cue, the formula the answer (formulavalue25).
    cards = cards_shown(tmp_path, "# Budget constraints\n\n## Key components\n\n"
                        "- **Vertical intercept**: $\\frac{m}{p_2}$\n"
                        "- **Horizontal intercept**: $\\frac{m}{p_1}$\n", text=True)
    assert sorted(f for f, _ in cards) == [
        "Key components › Horizontal intercept: [...]",
        "Key components › Vertical intercept: [...]"], cards
    assert ("Key components › Vertical intercept: [...]",
            "Key components › Vertical intercept: \\(\\frac{m}{p_2}\\)") in cards, cards
