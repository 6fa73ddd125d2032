"""A math theme's named box and a one-column matrix (hugoname25, matrix25).

`{{< definition name="Matrix" counter=4 >}}` over "An $m \\times n$ matrix is …" defines the
term its `name=` gives, as `title=` did; the box was dropped and its text read as a plain
fact, with no card. A table of two columns with an empty corner ("|  | Endung |" over
"| wir | -en |") holds dimensions in its first column: each row asks its value, "wir —
Endung: [...]"; read as a thing and its attribute, it hid "wir" (a pronoun: no card).
"""

from support import cards_shown


def test_a_named_definition_shortcode_defines_its_name(tmp_path):
    cards = cards_shown(tmp_path, """# Linear Algebra

## Matrices

{{< definition name="Matrix" counter=4 >}}
An \\( m \\times n \\) matrix is a rectangular array of numbers with \\( m \\) rows and
\\( n \\) columns.
{{< /definition >}}
""", text=True)
    asked = [(f, b) for f, b in cards if "[...] is a rectangular array" in f]
    assert len(asked) == 1, cards
    assert "matrix is a rectangular array" in asked[0][1], asked

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
    assert not any(f.startswith("[...] — Endung") for f in fronts), cards
