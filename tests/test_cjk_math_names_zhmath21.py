"""Chinese course notes (signals, control, fluid mechanics) name what their math states in
the prose around it (zhmath21): a law named under its display ("…，即 $$…$$ 此即帕塞瓦尔定
理。"), a condition whose place holds a symbol ("…充要条件是闭环极点全部位于 $s$ 左半平面"),
two thresholds made one condition ("只要 $\\zeta > 0$ 且 $\\omega_n > 0$，系统就是稳定的"), and
two symbols named in one sentence ("其中 $\\zeta$ 称为阻尼比，$\\omega_n$ 称为无阻尼自然频率").
Such paragraphs made no card, or asked one name of two. The answer is a term, a key phrase
with its symbol, or the formulas whole: never cut inside the math. Derivation prose
("两边取拉氏变换，得 …") makes none.
"""

from __future__ import annotations

from test_coverage_rules import answers_of, raw_asking
from test_markdown_idioms import build

OPENING = "# 笔记\n\n## 第一节\n\n下面是本节的要点。\n\n"


def test_a_law_named_under_its_display_is_asked_with_the_lead_and_display_shown(tmp_path):
    # "此即帕塞瓦尔定理。" alone was too short to ask, and the lead with its display asked
    # nothing: no card. Joined, the name is asked with what it states on the front; the
    # sentence after it is read on its own. "这就是…" under a display asks the name, not the
    # long display ("…运动方程为 [...] 这就是纳维-斯托克斯方程" hid the formula before).
    shown, _, _ = build(tmp_path, OPENING +
                        "信号在时域中的能量等于它在频域中的能量，即\n\n"
                        "$$\\int_{-\\infty}^{\\infty} |x(t)|^2 dt = \\frac{1}{2\\pi}"
                        "\\int_{-\\infty}^{\\infty} |X(j\\omega)|^2 d\\omega$$\n\n"
                        "此即帕塞瓦尔定理。$|X(j\\omega)|^2$ 称为能量谱密度，它描述了信号能量在各"
                        "频率上的分布。\n\n"
                        "不可压缩粘性流体的运动方程为\n\n"
                        "$$\\rho \\frac{D\\mathbf{u}}{Dt} = -\\nabla p + "
                        "\\mu \\nabla^2 \\mathbf{u}$$\n\n"
                        "这就是纳维-斯托克斯方程，简称 N-S 方程。\n\n"
                        "对于不可压缩流体，质量守恒可以写成 $\\nabla \\cdot \\mathbf{u} = 0$，"
                        "此即连续性方程。\n")
    assert answers_of(shown) == [["帕塞瓦尔定理"], ["纳维-斯托克斯方程"], ["能量谱密度"],
                                 ["连续性方程"]], shown.fronts
    assert ("信号在时域中的能量等于它在频域中的能量，即 \\[\\int_{-\\infty}^{\\infty} |x(t)|^2 dt "
            "= \\frac{1}{2\\pi}\\int_{-\\infty}^{\\infty} |X(j\\omega)|^2 d\\omega\\] 此即"
            "{{c1::帕塞瓦尔定理}}。") in raw_asking(shown, "帕塞瓦尔定理")
    # (its short name, the answer's initials, is left off the front: session 22)
    assert '这就是{{c1::纳维-斯托克斯方程}}<span class="aside">，简称 N-S 方程</span>。' in \
        raw_asking(shown, "纳维-斯托克斯方程")


def test_a_condition_whose_place_holds_a_symbol_asks_the_place_with_its_symbol(tmp_path):
    # The symbol in "位于 $s$ 左半平面" left the condition with no card; the place is hidden
    # whole with its symbol, byte for byte.
    shown, _, _ = build(tmp_path, OPENING +
                        "系统稳定的充要条件是闭环极点全部位于 $s$ 左半平面。\n\n"
                        "离散系统稳定的充要条件是闭环极点都位于 $z$ 平面的单位圆内。\n")
    assert answers_of(shown) == [["\\(s\\) 左半平面"], ["\\(z\\) 平面的单位圆内"]], shown.fronts
    assert "系统稳定的充要条件是闭环极点全部位于 {{c1::\\(s\\) 左半平面}}。" in raw_asking(
        shown, "\\(s\\) 左半平面")


def test_two_thresholds_joined_into_one_condition_are_asked_together(tmp_path):
    # "只要 $A$ 且 $B$，…就是稳定的": one formula each side of 且 was no condition the
    # threshold rule read. Both are hidden (either shown tells half the answer). Not in a
    # derivation's step (由…), nor where the state is a pronoun's.
    shown, _, _ = build(tmp_path, OPENING +
                        "对二阶系统而言，只要 $\\zeta > 0$ 且 $\\omega_n > 0$，系统就是稳定的。\n\n"
                        "由上式，若 $a > 0$ 且 $b > 0$，则有两个实根。\n\n"
                        "当 $a > 0$ 且 $b > 0$ 时，它为正数。\n")
    assert answers_of(shown) == [["\\(\\zeta > 0\\) 且 \\(\\omega_n > 0\\)"]], shown.fronts
    assert "只要 {{c1::\\(\\zeta > 0\\) 且 \\(\\omega_n > 0\\)}}，系统就是稳定的。" in raw_asking(
        shown, "\\(\\zeta > 0\\) 且 \\(\\omega_n > 0\\)")


def test_each_symbol_named_in_one_sentence_is_asked_with_the_other_shown(tmp_path):
    # Only the last name was asked ("$\omega_n$ 称为[…]"); "$\zeta$ 称为[阻尼比]" never. Each
    # name is a card of its own. Names one holds the other ("湍动能", "湍动能耗散率") tell
    # each other: not asked so.
    shown, _, _ = build(tmp_path, OPENING +
                        "二阶系统的闭环传递函数一般写成 $\\Phi(s) = \\frac{\\omega_n^2}{s^2 + "
                        "2\\zeta\\omega_n s + \\omega_n^2}$，其中 $\\zeta$ 称为阻尼比，$\\omega_n$ "
                        "称为无阻尼自然频率。\n\n"
                        "$k$ 称为湍动能，$\\varepsilon$ 为湍动能耗散率。\n\n"
                        "其中 $n$ 为正整数，$G$ 称为开环增益。\n")
    assert ["阻尼比", "无阻尼自然频率"] in answers_of(shown), shown.fronts
    assert "其中 \\(\\zeta\\) 称为{{c1::阻尼比}}，\\(\\omega_n\\) 称为{{c2::无阻尼自然频率}}。" in \
        raw_asking(shown, "阻尼比", "无阻尼自然频率")
    assert not any("湍动能耗散率" in answers or "正整数" in answers for _, answers, *_ in shown)


def test_how_a_symbol_is_written_names_no_term(tmp_path):
    # "习惯上用 $x(t) \leftrightarrow X(j\omega)$ 表示一对傅里叶变换" says how a pair is
    # written: it asked "[习惯上用]" as if that were the term defined.
    # (The re-read: absent a control, this passed on an empty deck; the property named
    # beside it must still be asked.)
    shown, _, _ = build(tmp_path, OPENING +
                        "习惯上用 $x(t) \\leftrightarrow X(j\\omega)$ 表示一对傅里叶变换。\n\n"
                        "若 $P(AB) = P(A)P(B)$，则称 $A$ 与 $B$ 相互独立。\n")
    assert not any("习惯上用" in answers for _, answers, *_ in shown), shown.fronts
    assert any("相互独立" in answers for _, answers, *_ in shown), shown.fronts


def test_the_short_formula_a_named_region_obeys_is_asked_whole(tmp_path):
    # "在粘性底层中，$u^+ = y^+$，即…": the region's law made no card. Not a region pointed at
    # or an example's ("在本例中"), nor a worked value.
    shown, _, _ = build(tmp_path, OPENING +
                        "在粘性底层中，$u^+ = y^+$，即速度与离壁距离成线性关系。\n\n"
                        "在本例中，$x = a + b$。\n\n"
                        "在此区域中，$u = U_0$。\n\n"
                        "在管道中，$m = 2\\ \\mathrm{kg}$。\n")
    assert answers_of(shown) == [["\\(u^+ = y^+\\)"]], shown.fronts
    assert "在粘性底层中，{{c1::\\(u^+ = y^+\\)}}，即速度与离壁距离成线性关系。" in raw_asking(
        shown, "\\(u^+ = y^+\\)")


def test_a_property_a_condition_defines_with_ze_cheng_is_asked(tmp_path):
    # "若…，则称系统渐近稳定" has no 为: no naming reading knew it, and it made no card. The
    # property after the thing (named in the condition, or a symbol) is asked; "是…的" stays
    # shown. A pronoun's property ("则称它很好") names no thing.
    shown, _, _ = build(tmp_path, OPENING +
                        "若线性系统在初始扰动的影响下，其动态过程随时间的推移逐渐衰减并趋于零，"
                        "则称系统渐近稳定。\n\n"
                        "若 $P(AB) = P(A)P(B)$，则称 $A$ 与 $B$ 相互独立。\n\n"
                        "如果矩阵 $A$ 的行列式不为零，则称矩阵 $A$ 是可逆的。\n\n"
                        "若 $x > 0$，则称它很好。\n\n"
                        "若 $\\lim_{x \\to x_0} f(x) = f(x_0)$，则称 $f(x)$ 在 $x_0$ 处连续。\n")
    assert answers_of(shown) == [["可逆"], ["渐近稳定"], ["相互独立"], ["连续"]], shown.fronts
    assert "则称 \\(A\\) 与 \\(B\\) {{c1::相互独立}}。" in raw_asking(shown, "相互独立")


def test_the_other_name_of_a_name_the_sentence_tells_is_asked(tmp_path):
    # "…频域中两个频谱的卷积…，称为频域卷积定理，也叫调制定理": 频域 and 卷积 said before it,
    # the first name was refused as weak and the sentence made no card; the other name is
    # asked. A name the sentence does not tell is asked as before.
    shown, _, _ = build(tmp_path, OPENING +
                        "时域中两个信号相乘，对应频域中两个频谱的卷积再除以 $2\\pi$，"
                        "称为频域卷积定理，也叫调制定理。\n\n"
                        "系统零状态响应与输入的拉氏变换之比称为传递函数，也叫系统函数。\n")
    assert answers_of(shown) == [["传递函数"], ["调制定理"]], shown.fronts
    assert "称为频域卷积定理，也叫{{c1::调制定理}}。" in raw_asking(shown, "调制定理")
