"""A formula typed alone as one identity asks what its left side equals (formulaside26).

Under "### Newsvendor model", the item "- $G(Q^*) = \\dfrac{c_s}{c_o + c_s}$" made no card:
no heading named its left side, so it was "a formula on its own" (a display) or a fact
naming nothing (an item). The held-out notes hold many such formula sheets (inventory
models, calculus rules, macroeconomic accounts), and two blind judges would make a cloze
of each: the left side is the cue, the right side the gap, the heading path the context.
"""

import re

from support import cards_shown

from deck_builder.build import BuildOptions
from deck_builder.build import build as build_library

_SHEET = """# Operations

## Newsvendor model

The critical ratio sets how much to order.

- $G(Q^*) = \\dfrac{c_s}{c_o + c_s}$

## Integrals

- $\\int kf(x) \\, dx=k\\int f(x) \\, dx$

## Limits

- A limit describes the values of a function near a point.

$$\\lim_{ x \\to a } f(x) = f(a)\\ \\forall a \\in D$$

## Magnetism

The field of a long straight wire falls off with distance.

$\\mu_0 = 4\\pi \\times 10^{-7} \\mathrm{T \\cdot m/A}$
"""


def _asked(cards):
    return {f: b for f, b in cards}


def test_an_identity_asks_its_right_side_from_its_left(tmp_path):
    cards = _asked(cards_shown(tmp_path, _SHEET, text=True))
    expected = {
        "\\(G(Q^*)\\) = [...]": "\\(G(Q^*)\\) = \\(\\dfrac{c_s}{c_o + c_s}\\)",
        "\\(\\int kf(x) \\, dx\\) = [...]": "\\(\\int kf(x) \\, dx\\) = \\(k\\int f(x) \\, dx\\)",
        # A condition after the identity stays on the front, outside the gap.
        "\\(\\lim_{ x \\to a } f(x)\\) = [...] \\(\\forall a \\in D\\)":
            "\\(\\lim_{ x \\to a } f(x)\\) = \\(f(a)\\) \\(\\forall a \\in D\\)",
        "\\(\\mu_0\\) = [...]": "\\(\\mu_0\\) = \\(4\\pi \\times 10^{-7} \\mathrm{T \\cdot m/A}\\)",
    }
    for front, back in expected.items():
        assert cards.get(front) == back, (front, sorted(cards))


def test_its_card_shows_the_heading_it_is_under(tmp_path):
    cards = cards_shown(tmp_path, _SHEET)
    fronts = [f for f, _ in cards if "G(Q^*)" in f]
    assert fronts and all("Newsvendor model" in f for f in fronts), fronts


_NOT_IDENTITIES = """# Mechanics

## Kinematics

A car accelerates from rest for five seconds.

- $n = 5$
- $v = u + at = 3 + 2 \\cdot 5$
- $F \\approx ma$

## Solution 2.1

- $v(\\Delta t) = v_0 + a \\Delta t$

## Energy

The kinetic energy follows from the work done on the body.

$$W = \\int F \\, dx$$

$$= \\frac{1}{2}mv^2$$

## Momentum

The impulse changes the momentum.

$$p = mv$$

, hence the momentum is conserved when no force acts.
"""


def test_no_card_for_a_setting_a_chain_a_worked_solution_or_a_derivation(tmp_path):
    # "n = 5" is a problem's setting; "a = b = c" a chain of steps; "≈" no identity; a
    # heading "Solution" works an exercise out; a display followed by "= …" is the first
    # step of a derivation; one followed by ", hence" is the middle of a sentence.
    cards = cards_shown(tmp_path, _NOT_IDENTITIES, text=True)
    asked = [f for f, _ in cards if re.search(r"\\\) (?:=|≈|≡|:=) \[\.\.\.\]", f)]
    assert asked == [], asked


def test_one_left_side_twice_in_a_section_is_asked_once(tmp_path):
    # A derivation working one quantity out two ways would ask one front twice.
    cards = cards_shown(tmp_path, "# Macro\n\n## Log-linearisation\n\n"
                        "- $\\hat{y}_t = \\log y_t - \\log y$\n"
                        "- $\\hat{y}_t = \\frac{y_t - y}{y}$\n", text=True)
    fronts = [f for f, _ in cards if f.startswith("\\(\\hat{y}_t\\)")]
    assert fronts == ["\\(\\hat{y}_t\\) = [...]"], cards


_LEADS = """# Stochastic processes

## Moments

均值函数（一阶原点矩） $\\mu_X(t)=\\mathrm{E}[X(t)]$ .

## Derivatives

Se $f$ è invertibile, vale $(f^{-1})'(y)=\\frac{1}{f'(x)}$

So we get $y = 3x + 2$.

## Capacitors

With a dielectric the capacitance becomes $C = k_e \\varepsilon_0 \\frac{S}{d}$.

For example, $y=x^2$ has its minimum at $x=0$.
"""


def test_a_sentence_ending_in_an_identity_asks_its_right_side_with_its_lead(tmp_path):
    # A name in Chinese has no verb, "vale" and "becomes" lead into no name: no other
    # reading took these, and each made no card (formulaside26).
    cards = _asked(cards_shown(tmp_path, _LEADS, text=True))
    expected = {
        "均值函数（一阶原点矩） \\(\\mu_X(t)\\) = [...] .":
            "均值函数（一阶原点矩） \\(\\mu_X(t)\\) = \\(\\mathrm{E}[X(t)]\\) .",
        "Se \\(f\\) è invertibile, vale \\((f^{-1})'(y)\\) = [...]":
            "Se \\(f\\) è invertibile, vale \\((f^{-1})'(y)\\) = \\(\\frac{1}{f'(x)}\\)",
        # (Anki shows the full stop after the gap's math apart from it.)
        "With a dielectric the capacitance becomes \\(C\\) = [...] .":
            "With a dielectric the capacitance becomes \\(C\\) = "
            "\\(k_e \\varepsilon_0 \\frac{S}{d}\\) .",
    }
    for front, back in expected.items():
        assert cards.get(front) == back, (front, sorted(cards))
    # A step worked out ("So we get") and an example ask nothing of their formula.
    assert not any("3x + 2" in b or "x^2" in b for b in cards.values()), sorted(cards)


def test_a_lead_over_a_display_asks_the_display_by_its_sides(tmp_path):
    # "Date $f$ e $g$ derivabili, vale:" over `$$\int f'(x) g(x)\,dx = …$$` (integration by
    # parts): the display joins its lead, and the identity is asked by its sides. A step
    # ("Applying the chain rule,") asks nothing, and a page pointing back ("由前一頁可知")
    # asks nothing of its formula's sides (an older reading asks the heading's 駐波 there).
    cards = _asked(cards_shown(tmp_path, (
        "# Analisi\n\n## Integrale indefinito\n\nDate $f$ e $g$ derivabili, vale:\n"
        "$$\n\\int f'(x)\\cdot g(x) \\, dx = f(x) \\cdot g(x) - \\int f(x) \\cdot g'(x) \\, dx\n$$"
        "\n\n## Momentum\n\nApplying the chain rule,\n$$\nF = m\\frac{dv}{dt} + v\\frac{dm}{dt}\n$$"
        "\n\n## 駐波\n\n由前一頁可知，駐波可寫成：\n"
        "$$\ny(x,t) = 2A\\sin(kx)\\cos(\\omega t)\n$$\n"),
        text=True))
    front = "Date \\(f\\) e \\(g\\) derivabili, vale: \\(\\int f'(x)\\cdot g(x) \\, dx\\) = [...]"
    assert cards.get(front) == front.replace(
        "[...]", "\\(f(x) \\cdot g(x) - \\int f(x) \\cdot g'(x) \\, dx\\)"), sorted(cards)
    assert not any("\\(F\\) = [...]" in f or "\\(y(x,t)\\) = [...]" in f for f in cards), \
        sorted(cards)
    assert len(cards) == 2 and not any("dm}{dt}" in b for b in cards.values()), sorted(cards)


def test_a_definition_sign_keeps_its_sign_between_the_sides(tmp_path):
    # "$$\vec{v} \equiv \frac{d\vec{r}}{dt}$$" was "a formula on its own"; a congruence is
    # no definition and asks nothing.
    cards = _asked(cards_shown(tmp_path, (
        "# Mechanics\n\n## Kinematics\n\n- Position is measured from the origin.\n\n"
        "$$\\vec{v} \\equiv \\frac{d\\vec{r}}{dt}$$\n\n"
        "## Congruences\n\nWe work with remainders.\n\n$$x \\equiv 3 \\pmod 5$$\n"), text=True))
    assert cards.get("\\(\\vec{v}\\) ≡ [...]") == "\\(\\vec{v}\\) ≡ \\(\\frac{d\\vec{r}}{dt}\\)", \
        sorted(cards)
    assert not any("pmod" in b for b in cards.values()), sorted(cards)


def test_a_title_line_over_its_display_names_the_display_line_too(tmp_path):
    # "对热流量方程" over `$$…$$` asks the display whole from its title; the note named only
    # the title's line, so the display, the block the card asks, was counted as making no
    # card (benchmarks/real_notes.py credits a block to a note that names its line).
    path = tmp_path / "in" / "flow.md"
    path.parent.mkdir()
    path.write_text("# 湍流\n\n## 方程\n\n对热流量方程\n\n$$\n"
                    "\\frac{\\partial \\theta}{\\partial t} + u_j = \\nu_\\theta\n$$\n",
                    encoding="utf-8")
    built = build_library([path], BuildOptions(tmp_path / "deck.apkg", use_cache=False))
    ((note,),) = [built.plan.notes]
    assert (note.line, note.lines) == (5, (7,)), (note.line, note.lines)
