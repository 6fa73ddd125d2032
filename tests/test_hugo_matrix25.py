"""A one-column matrix asks each row's value (matrix25).

A table of two columns with an empty corner ("|  | Endung |" over "| wir | -en |") holds
dimensions in its first column: each row asks its value, "wir — Endung: [...]"; read as a
thing and its attribute, it hid "wir" (a pronoun: no card). A column of bare numbers (one
year's national accounts) is data, read as before.
"""

from support import cards_shown


def test_a_one_column_matrix_asks_each_rows_value(tmp_path):
    cards = cards_shown(tmp_path, """# Deutsch

## Verben

### Präsens

|           | Endung |
|-----------|--------|
| du        | -st    |
| wir       | -en    |
| ihr       | -t     |
""", text=True)
    fronts = sorted(f for f, _ in cards)
    assert "du — Endung: [...]" in fronts and "wir — Endung: [...]" in fronts, cards
    assert ("du — Endung: [...]", "du — Endung: -st") in cards, cards
    assert not any(f.startswith("[...] — Endung") for f in fronts), cards


def test_a_one_column_matrix_of_bare_figures_makes_no_card(tmp_path):
    cards = cards_shown(tmp_path, """# GDP

## The expenditure approach

|                   | Current prices 2019 |
|-------------------|---------------------|
| Final consumption | 857.7               |
| Exports           | 427.6               |
""", text=True)
    # A row's figure alone does not tell which row it is: "[…] — Current prices 2019:
    # 857.7" was junk to two blind reviewers (sample 2828, gate28-g2), so since quality28b
    # such rows make no card (test_quality28); nor is the figure asked from the name.
    assert cards == [], cards
