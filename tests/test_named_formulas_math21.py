"""Lecture notes name a quantity or a rule and give its short formula or threshold in the
same sentence (math21): "The centripetal acceleration is $a = v^2/r$, directed toward the
centre", "当 $Re > 4000$ 时流动为湍流", "A qSOFA score ≥ 2 means a high risk". Half the
card-worthy paragraphs of real notes that made no card held such inline math. The card
hides the formula or the threshold whole (TeX byte for byte), its name or the state it
decides on the front; never a long formula, a worked value or a step of a derivation.
"""

from __future__ import annotations

from test_coverage_rules import answers_of, raw_asking
from test_markdown_idioms import build

# A first paragraph the heading's own rules read; the sentences tested follow it.
OPENING = "# Notes\n\n## Lecture 9\n\nThese are the points of the lecture.\n\n"
OPENING_CJK = "# 笔记\n\n## 第一节\n\n下面是本节的要点。\n\n"


def test_a_formula_stated_before_a_phrase_is_asked_whole(tmp_path):
    # "NAME is $FORMULA$, <phrase>" (or "; <phrase>", or "for …", "in …"): the phrase after
    # the formula used to leave the sentence with no card. A long formula is copied, not
    # recalled; a value with a unit is a worked example's; a bare symbol names no formula;
    # "Substituting … gives" and "we find that …" are steps: none of them is asked.
    shown, _, _ = build(tmp_path, OPENING +
                        "An object moving in a circle at constant speed is still accelerating. "
                        "The centripetal acceleration is $a = v^2/r$, directed toward the "
                        "centre of the circle.\n\n"
                        "The standard error of the mean is $SE = s/\\sqrt{n}$, so quadrupling "
                        "the sample size halves it.\n\n"
                        "The output of a summing amplifier is $V_{out} = -R_f\\left(\\frac{V_1}"
                        "{R_1} + \\frac{V_2}{R_2}\\right)$, inverted.\n\n"
                        "The speed of the car is $v = 15\\ \\mathrm{m/s}$, well under the limit."
                        "\n\n"
                        "Substituting $v = 2\\pi r/T$ gives $a = 4\\pi^2 r/T^2$, the same "
                        "acceleration.\n\n"
                        "The energy stored in a capacitor is $E = \\frac{1}{2}CV^2$; it is "
                        "released when the capacitor discharges.\n\n"
                        "The wave speed is $v = f\\lambda$ for any periodic wave.\n\n"
                        "The speed of light is $c$, a universal constant.\n\n"
                        "The total of the sample is $S = 45$ for this class.\n\n"
                        "From this we find that the speed is $v = \\sqrt{2gh}$, independent of "
                        "the mass.\n")
    assert answers_of(shown) == [
        ["\\(E = \\frac{1}{2}CV^2\\)"], ["\\(SE = s/\\sqrt{n}\\)"], ["\\(a = v^2/r\\)"],
        ["\\(v = f\\lambda\\)"]], shown.fronts
    assert ("The centripetal acceleration is {{c1::\\(a = v^2/r\\)}}, directed toward the "
            "centre of the circle.") in raw_asking(shown, "\\(a = v^2/r\\)")


def test_a_threshold_that_decides_a_state_is_asked_with_the_state_shown(tmp_path):
    # "X is <state> when $COND$" (or "… above about $COND$", after its state: "The region
    # above $y = 0$ …" says where), "当 $COND$ 时…为<state>", "若 $COND$，…为<state>": the
    # threshold is the fact. Not a step ("so … when"), a worked value (a unit), a state of a
    # pronoun ("it is …"), nor a condition whose clause states no state ("当 $t = 0$ 时，
    # $u_C = U_0$"). Two thresholds of one letter in a paragraph
    # ("… when $\zeta < 1$ … When $\zeta = 1$ …") are asked sentence by sentence: on one
    # card the other's formula gave the letter away, and the paragraph made no card.
    shown, _, _ = build(tmp_path, OPENING +
                        "Flow in a round pipe is turbulent when $Re > 4000$.\n\n"
                        "Open-channel flow becomes supercritical above about $Fr = 1$.\n\n"
                        "The region above $y = 0$ is shaded in the figure.\n\n"
                        "A system is underdamped when $\\zeta < 1$, and its step response "
                        "overshoots. When $\\zeta = 1$ the system is critically damped.\n\n"
                        "So the string goes slack when $v < \\sqrt{g r}$ at the top.\n\n"
                        "The box in the example is at rest when $F = 5\\ \\mathrm{N}$ exactly."
                        "\n\n"
                        "Take any real number. If $x > 2$ it is positive as well.\n\n"
                        "## 第二节\n\n"
                        "当 $0 < \\zeta < 1$ 时，系统为欠阻尼，阶跃响应是衰减振荡。\n\n"
                        "- 若 $Fr > 1$，水流为急流\n- 水流的深度和速度都会变化\n\n"
                        "若 $x > 2$，则它为正数。\n\n"
                        "当 $\\omega = \\omega_0$ 时电路发生谐振。\n\n"
                        "若 $\\Delta > 0$，方程有两个不等实根。\n\n"
                        "当 $t = 0$ 时，$u_C = U_0$。\n")
    assert answers_of(shown) == [
        ["\\(0 < \\zeta < 1\\)"], ["\\(Fr = 1\\)"], ["\\(Fr > 1\\)"], ["\\(Re > 4000\\)"],
        ["\\(\\Delta > 0\\)"], ["\\(\\omega = \\omega_0\\)"],
        ["\\(\\zeta < 1\\)"], ["\\(\\zeta = 1\\)"]], shown.fronts
    assert "When {{c1::\\(\\zeta = 1\\)}} the system is critically damped." in raw_asking(
        shown, "\\(\\zeta = 1\\)")
    assert raw_asking(shown, "\\(Re > 4000\\)") == (
        "Flow in a round pipe is turbulent when {{c1::\\(Re > 4000\\)}}.")
    assert raw_asking(shown, "\\(0 < \\zeta < 1\\)") == (
        "当 {{c1::\\(0 < \\zeta < 1\\)}} 时，系统为欠阻尼，阶跃响应是衰减振荡。")


def test_a_signed_threshold_is_asked_with_its_name_shown(tmp_path):
    # "A qSOFA score ≥ 2 means …" hid "qSOFA score ≥ 2" whole, as the term of a definition:
    # the front named nothing. The sign and the amount are asked, the name shown. Two
    # thresholds in one text give each other away; one in a bracketed aside is no fact of
    # its sentence.
    shown, _, _ = build(tmp_path, OPENING +
                        "A qSOFA score ≥ 2 means a high risk of a poor outcome.\n\n"
                        "Oliguria is urine output < 0.5 mL/kg/h for more than 6 hours.\n\n"
                        "Septic shock needs vasopressors to keep MAP ≥ 65 mmHg and lactate "
                        "> 2 mmol/L.\n")
    assert ["≥ 2"] in answers_of(shown) and ["< 0.5 mL/kg/h"] in answers_of(shown), \
        shown.fronts
    assert not any(len(a) == 1 and a[0].startswith(("≥", ">")) and "2 mmol" in a[0] or
                   a == ["≥ 65 mmHg"] for a in answers_of(shown)), shown.fronts
    assert "A qSOFA score [...] means a high risk of a poor outcome." in " ".join(shown.fronts)


def test_a_quantity_a_named_thing_has_is_asked_as_its_formula(tmp_path):
    # "X has a gain of $…$": the gain's formula is what to recall (a learner missed the
    # amplifier's gain formulas). Not a number ("a gain of $10^5$"), a pronoun's, a worked
    # value ("a mass of $m = 2\ \mathrm{kg}$") nor a bare symbol.
    shown, _, _ = build(tmp_path, OPENING +
                        "The non-inverting amplifier has a gain of $1 + R_f/R_1$ and a very "
                        "high input impedance.\n\n"
                        "A typical op-amp has an open-loop gain of $10^5$ at low frequencies."
                        "\n\n"
                        "Take the follower next. It has a gain of $1 + 0/R_1$ in theory.\n\n"
                        "The trolley has a mass of $m = 2\\ \\mathrm{kg}$ in this problem.\n\n"
                        "The load resistor has a resistance of $R_L$ in the circuit.\n")
    assert answers_of(shown) == [["\\(1 + R_f/R_1\\)"]], shown.fronts
    assert raw_asking(shown, "\\(1 + R_f/R_1\\)") == (
        "The non-inverting amplifier has a gain of {{c1::\\(1 + R_f/R_1\\)}} and a very high "
        "input impedance.")


def test_a_law_said_with_its_formula_and_a_formula_named_after_it(tmp_path):
    # "The work-energy theorem says $W = \Delta KE$." asks the formula from the law's name;
    # "$\tau = RC$ is called the time constant of the circuit." asks the name from the
    # formula. Neither made a card. A law's long formula is copied, not recalled.
    shown, _, _ = build(tmp_path, OPENING +
                        "The work-energy theorem says $W = \\Delta KE$.\n\n"
                        "$\\tau = RC$ is called the time constant of the circuit.\n\n"
                        "Bernoulli's equation states $p + \\tfrac{1}{2}\\rho v^2 + \\rho g z = "
                        "\\text{const}$.\n")
    assert answers_of(shown) == [["\\(W = \\Delta KE\\)"], ["time constant"]], shown.fronts
    assert raw_asking(shown, "time constant") == (
        "\\(\\tau = RC\\) is called the {{c1::time constant}} of the circuit.")


def test_a_chinese_name_after_the_state_it_holds_in_is_asked_from(tmp_path):
    # "层流时沿程阻力系数等于 $…$": the name is 沿程阻力系数, after 时; before, the run of nine
    # characters was read as no name, and the sentence made no card. 时间常数 is one word.
    # So is a rule's verb before the name: "采样定理要求[采样频率]满足 $…$".
    shown, _, _ = build(tmp_path, OPENING_CJK +
                        "层流时沿程阻力系数等于 $\\lambda = 64/Re$，与管壁粗糙度无关。\n\n"
                        "一阶电路的时间常数 $\\tau = RC$。\n\n"
                        "采样定理要求采样频率满足 $f_s \\geq 2 f_m$，否则会产生混叠。\n")
    assert answers_of(shown) == [["\\(\\lambda = 64/Re\\)"], ["\\(\\tau = RC\\)"],
                                 ["\\(f_s \\geq 2 f_m\\)"]], shown.fronts


# (A long paragraph of thresholds read in linear time is measured where speed is measured,
# benchmarks/adversarial.py's "thresholds" case: a timed test here failed under a loaded
# machine, and the project times nothing in its tests.)
