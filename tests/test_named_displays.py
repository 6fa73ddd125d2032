"""A `$$…$$` display in the middle of lecture prose (issue 14 §4, disp18): the sentence above
it ends by naming what the formula is ("This ratio is the Reynolds number, defined as",
"…, which gives the Kolmogorov length scale", "we obtain the Clausius inequality", "the
hinge loss reads"), and a "where …" line below it says what its letters are. The card asks
the formula whole, its TeX byte for byte, from that name; the "where" line is on the card,
never a card of its own. Derivation steps, pointers back, two things and worked values make
no formula card. Each test builds a small note, imports it into real Anki and reads the
cards a learner gets.
"""

from __future__ import annotations

import pytest
from test_markdown_idioms import build

# The front is "<name>: [...]", with the "where" line after the gap when there is one.
SHAPES = [
    # The sentence opens on "This ratio" (pointing back): the noun phrase before "defined
    # as" is what the formula is. Its "where" line joins the card.
    pytest.param(
        "Whether a flow is laminar or turbulent depends on the ratio of inertial to viscous "
        "forces. This ratio is the Reynolds number, defined as\n\n"
        "$$\nRe = \\frac{\\rho U L}{\\mu}\n$$\n\n"
        "where $U$ is a characteristic velocity and $\\mu$ the dynamic viscosity.\n",
        "Reynolds number: [...] where \\(U\\) is a characteristic velocity and \\(\\mu\\) the "
        "dynamic viscosity.",
        "\\[Re = \\frac{\\rho U L}{\\mu}\\]",
        id="the-x-defined-as-after-a-pointing-subject"),
    # "…, which gives the X": the name ends the lead, after its verb. A formula of Greek
    # letters and a fraction power is a formula, not a worked number.
    pytest.param(
        "Kolmogorov argued that the smallest scale depends only on $\\nu$ and $\\epsilon$, "
        "which gives the Kolmogorov length scale\n\n"
        "$$\\eta = \\left(\\frac{\\nu^3}{\\epsilon}\\right)^{1/4}$$\n\n"
        "Below this scale, viscosity smooths out the velocity field.\n",
        "Kolmogorov length scale: [...]",
        "\\[\\eta = \\left(\\frac{\\nu^3}{\\epsilon}\\right)^{1/4}\\]",
        id="which-gives-the-x"),
    # "we obtain the X" after a step of working: the name says what was obtained.
    pytest.param(
        "For an irreversible cycle the integral is negative. Summing over the cycle, we "
        "obtain the Clausius inequality\n\n"
        "$$\\oint \\frac{\\delta Q}{T} \\le 0$$\n",
        "Clausius inequality: [...]",
        "\\[\\oint \\frac{\\delta Q}{T} \\le 0\\]",
        id="we-obtain-the-x"),
    # "the X reads".
    pytest.param(
        "For a small change the first law of thermodynamics reads\n\n"
        "$$dU = \\delta Q - \\delta W$$\n\n"
        "where $\\delta Q$ is the heat added to the system. Note the sign convention.\n",
        "First law of thermodynamics: [...] where \\(\\delta Q\\) is the heat added to the "
        "system.",
        "\\[dU = \\delta Q - \\delta W\\]",
        id="the-x-reads"),
    # One word beside the gap is too little to answer from: "Formula for …", as a heading
    # of one word gives.
    pytest.param(
        "Adding the work needed to make room for the system to its internal energy gives the "
        "enthalpy\n\n"
        "$$H = U + pV$$\n",
        "Formula for enthalpy: [...]",
        "\\[H = U + pV\\]",
        id="one-word-name"),
]


@pytest.mark.parametrize("body, front, formula", SHAPES)
def test_a_display_named_by_the_end_of_the_sentence_above_is_asked_from_that_name(
        tmp_path, body, front, formula):
    shown, _, _ = build(tmp_path, f"# Lecture 7\n\n## Notes\n\n{body}")
    asking = [(text, answers) for text, answers, *_ in shown if answers == [formula]]
    assert len(asking) == 1, list(shown)
    assert any(f.endswith(front) for f in shown.fronts), shown.fronts
    back = asking[0][0]
    assert back.removeprefix(front.split("[...]")[0]).startswith(formula), back


@pytest.mark.parametrize("body", [
    # The first display of a derivation (another display follows with no prose between)
    # and a step going on from it: before, "The momentum balance … is [...]" asked the
    # step as if it were a law.
    pytest.param(
        "The momentum balance on a cylinder of radius $r$ is\n\n"
        "$$\\frac{1}{r}\\frac{d}{dr}\\left(r \\frac{du}{dr}\\right) = -\\frac{G}{\\mu}$$\n\n"
        "$$\\Rightarrow u(r) = \\frac{G}{4\\mu}\\left(R^2 - r^2\\right)$$\n",
        id="a-derivation-step-named-by-its-lead"),
    pytest.param(
        "Integrating once, we obtain the velocity profile\n\n"
        "$$u(r) = \\frac{G}{4\\mu}\\left(R^2 - r^2\\right)$$\n\n"
        "$$= \\frac{G R^2}{4\\mu}\\left(1 - \\frac{r^2}{R^2}\\right)$$\n",
        id="a-named-step-followed-by-another-display"),
])
def test_a_derivation_step_makes_no_formula_card(tmp_path, body):
    shown, _, _ = build(tmp_path, f"# Lecture 7\n\n## Poiseuille flow\n\n{body}")
    asked = [a for _, answers, *_ in shown for a in answers]
    assert not any(a.startswith("\\[") for a in asked), list(shown)


@pytest.mark.parametrize("body", [
    pytest.param("The mean absolute error is less sensitive to outliers. It is computed as\n\n"
                 "$$\\frac{1}{n} \\sum_{i=1}^{n} |y_i - \\hat{y}_i|$$\n", id="it-points-back"),
    pytest.param("Summing over the outcomes gives the mean and variance\n\n"
                 "$$\\mu = \\sum_x x\\,p(x), \\qquad \\sigma^2 = \\sum_x (x - \\mu)^2 p(x)$$\n",
                 id="two-things"),
    pytest.param("Rearranging the terms, we get the following expression\n\n"
                 "$$F = U - TS$$\n", id="a-name-saying-only-a-formula-follows"),
    pytest.param("With $y = (1, 0, 1)$ and $\\hat y = (0.9, 0.2, 0.6)$ we obtain the mean "
                 "squared error\n\n"
                 "$$\\mathrm{MSE} = \\frac{0.01 + 0.04 + 0.16}{3} = 0.07$$\n",
                 id="a-worked-value"),
])
def test_a_display_the_sentence_above_does_not_name_makes_no_formula_card(tmp_path, body):
    shown, _, _ = build(tmp_path, f"# Lecture 7\n\n## Notes\n\n{body}")
    asked = [a for _, answers, *_ in shown for a in answers]
    assert not any(a.startswith("\\[") for a in asked), list(shown)


@pytest.mark.parametrize("source, front, formula", [
    # form17's "Ideal gas law: [...]" now shows what n and R are; the line is no card.
    pytest.param("## Ideal gas law\n\n$$pV = nRT$$\n\n",
                 "Ideal gas law:", "\\[pV = nRT\\]", id="under-a-heading"),
    pytest.param("## Ideal gas law\n\n$pV = nRT$\n\n",
                 "Ideal gas law:", "\\(pV = nRT\\)", id="a-line-only-math-under-a-heading"),
    pytest.param("## Notes\n\nIdeal gas law:\n$$pV = nRT$$\n\n",
                 "Ideal gas law:", "\\[pV = nRT\\]", id="under-a-title-line"),
    pytest.param("## Notes\n\n*Ideal gas law*\n\n$$pV = nRT$$\n\n",
                 "Ideal gas law:", "\\[pV = nRT\\]", id="under-a-title-line-over-a-blank"),
])
def test_the_where_line_under_a_display_a_title_names_is_on_that_card(
        tmp_path, source, front, formula):
    where = "where \\(n\\) is the amount of gas in moles and \\(R\\) the molar gas constant."
    shown, _, _ = build(tmp_path, f"# Thermodynamics\n\n{source}"
                                  "where $n$ is the amount of gas in moles and $R$ the molar "
                                  "gas constant. Its unit is the joule per mole kelvin.\n")
    asking = [text for text, answers, *_ in shown if answers == [formula]]
    assert len(asking) == 1, list(shown)
    assert asking[0].endswith(f"{front} {formula} {where}"), asking
    assert any(f.endswith(f"{front} [...] {where}") for f in shown.fronts), shown.fronts
    # The line's other sentences are read as any: no card asks what n or R is.
    assert not any(text.startswith("where") for text, *_ in shown), list(shown)


def test_a_where_line_under_a_display_no_card_asks_makes_no_card_of_its_own(tmp_path):
    # Before: "where δQ is the [heat added] to the system …" asked a symbol's meaning from
    # the half of a formula the card did not show. The sentence after it is still read.
    shown, _, _ = build(tmp_path, "# Thermodynamics\n\n## Notes\n\n"
                                  "Energy is conserved.\n\n"
                                  "$$dU = \\delta Q - \\delta W$$\n\n"
                                  "where $\\delta Q$ is the heat added to the system and "
                                  "$\\delta W$ the work done by it. Julius von Mayer first "
                                  "stated the law in 1842.\n")
    texts = [text for text, *_ in shown]
    assert not any("where" in text for text in texts), texts
    assert [answers for _, answers, *_ in shown] == [["1842"]], list(shown)
