"""A quantity named in words and typed equal to something is asked (equation25).

"GDP = C + I + G + NX", "Critical ratio = $\\dfrac{c_u}{c_o + c_u}$", "number of nodes =
n − 1": notes type a definition as an equation, and each made no card ("the fact names no
concept …"). What the named quantity equals is asked, the name and the sign its cue.
"""

from support import cards_shown

_NOTES = """# Economics

## National accounts

- GDP = C + I + G + NX
- Profit = Revenue − Costs

## Newsvendor model

Critical ratio = $\\dfrac{c_u}{c_o + c_u}$

## Orbitals

The number of nodes = n − 1
"""


def test_what_a_named_quantity_equals_is_asked(tmp_path):
    cards = cards_shown(tmp_path, _NOTES)
    for front, back in (
            ("GDP = [...]", "GDP = C + I + G + NX"),
            ("Profit = [...]", "Profit = Revenue − Costs"),
            ("Critical ratio = [...]", "Critical ratio = \\(\\dfrac{c_u}{c_o + c_u}\\)"),
            ("The number of nodes = [...]", "The number of nodes = n − 1")):
        found = [(f, b) for f, b in cards if f.endswith(front)]
        assert len(found) == 1, (front, cards)
        assert back in found[0][1], found[0][1]


def test_a_worked_line_a_chain_or_a_sentence_is_no_named_equation(tmp_path):
    # The bookkeeping of a worked problem, a chain of equals and a sentence after the sign
    # state no quantity's definition: no card, as before.
    cards = cards_shown(tmp_path, """# Economics

## Definitions

- Profit = Revenue − Costs

## Worked example

- Total = 5 + 3
- Answer = 42
- Revenue = price × quantity = 10 × 4
- Utility = what a consumer gets out of a good, which economists cannot observe directly
""")
    # Only the named quantity beside them is asked (the deck is not empty for another reason).
    assert [f for f, _ in cards if f.endswith("= [...]")] == [
        "Economics › Definitions Profit = [...]"], cards
