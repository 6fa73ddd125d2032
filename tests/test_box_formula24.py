"""A titled box whose lead leads into a display formula asks the formula (boxformula24).

"```{admonition} Newton's second law (N2)" over "… will change according to:" and its
`$$…$$` made no card: the lead "led into what its card does not show" and the formula was
"on its own". Under a heading naming the formula the same two blocks were read already.
"""

from support import cards_shown

_NOTES = """# Newton's Laws

## Newton's Three Laws

```{admonition} Newton's second law (N2)
If a (net) force acts on an object, the momentum of the object will change according to:

$$ \\frac{d\\vec{p}}{dt} = \\vec{F} $$

```

> [!note] Newton's third law
> Object 2 exerts an equal and opposite force on object 1:
>
> $$\\vec{F}_{21} = -\\vec{F}_{12}$$

## Springs

!!! note "Hooke's law"
    The restoring force of a spring is proportional to its extension:

    $$F = -kx$$
"""


def test_each_boxs_formula_is_asked_under_its_title(tmp_path):
    cards = cards_shown(tmp_path, _NOTES)
    for title, lead, formula in (
            ("Newton's second law (N2)", "will change according to:",
             "\\[\\frac{d\\vec{p}}{dt} = \\vec{F}\\]"),
            ("Newton's third law", "force on object 1:", "\\[\\vec{F}_{21} = -\\vec{F}_{12}\\]"),
            ("Hooke's law", "proportional to its extension:", "\\[F = -kx\\]")):
        # The box's title is the card's context line, the lead its text, the formula its gap.
        found = [(f, b) for f, b in cards if title in f
                 and f.endswith(f"{lead} [...]")]
        assert len(found) == 1, (title, cards)
        assert f"{lead} {formula}" in found[0][1], found[0][1]


def test_a_box_whose_lead_is_no_formulas_still_reads_its_title_as_a_term(tmp_path):
    # "Hooke's law" over a sentence and no formula is a labelled item, as before.
    cards = cards_shown(tmp_path, """# Springs

## Laws

!!! note "Hooke's law"
    The restoring force of a spring grows in proportion to how far it is stretched.
""")
    assert cards == [(
        "Springs › Laws [...] — The restoring force of a spring grows in proportion to how "
        "far it is stretched.",
        "Springs › Laws Hooke's law — The restoring force of a spring grows in proportion to "
        "how far it is stretched. Springs")], cards
