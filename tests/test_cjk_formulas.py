"""Chinese notes state most facts as formulas inside prose (issue 14 §4, after
test_cjk_prose.py and test_cjk_prose_2.py): "乘数等于 $…$", "标准差可表示为 $…$", "…的充要
条件是 $…$", "迈耶公式 $…$", "卡诺热机的效率为" over `$$…$$`. The card hides the formula
whole, its name on the front, the TeX byte for byte; never a bare symbol, a worked value or
a step of a derivation ("由…得", "代入得", "所以…").
"""

from __future__ import annotations

from test_coverage_rules import answers_of, raw_asking
from test_markdown_idioms import build

# A first paragraph the heading's own rules read; the sentences tested follow it.
OPENING = "# 笔记\n\n## 第一节\n\n下面是本节的要点。\n\n"


def test_a_named_quantity_stated_as_a_formula_asks_the_formula(tmp_path):
    # X 等于/为/可表示为/可写成/满足 $…$, X a short name before the verb (after its 的): the
    # formula is what to recall, as "The force … is $F = …$" asks it in English.
    shown, _, _ = build(tmp_path, OPENING +
                        "简单模型中乘数等于 $\\frac{1}{1-MPC}$。\n\n"
                        "电容储存的电场能量为 $W_C = \\frac{1}{2} C u^2$。\n\n"
                        "标准差可表示为 $\\sigma(X) = \\sqrt{D(X)}$。\n\n"
                        "两个随机变量相互独立时，和的方差满足 $D(X + Y) = D(X) + D(Y)$。\n\n"
                        # of two, the one its 则 concludes; the first only sets it up
                        "$X$ 的分布律为 $P\\{X = x_k\\} = p_k$，若级数绝对收敛，"
                        "则 $X$ 的数学期望为 $E(X) = \\sum_{k} x_k p_k$。\n")
    assert sorted(answers_of(shown)) == [
        ["\\(D(X + Y) = D(X) + D(Y)\\)"], ["\\(E(X) = \\sum_{k} x_k p_k\\)"],
        ["\\(W_C = \\frac{1}{2} C u^2\\)"], ["\\(\\frac{1}{1-MPC}\\)"],
        ["\\(\\sigma(X) = \\sqrt{D(X)}\\)"]], shown.fronts
    assert raw_asking(shown, "\\(\\frac{1}{1-MPC}\\)") == (
        "简单模型中乘数等于 {{c1::\\(\\frac{1}{1-MPC}\\)}}。")


def test_a_named_condition_asks_the_condition(tmp_path):
    # "…的充要条件是 $…$" (充分条件, 必要条件, 条件是): the condition, whole; never a symbol
    # or a condition said in words ("…的条件是 $u_L$ 为有限值").
    shown, _, _ = build(tmp_path, OPENING +
                        "方阵 $A$ 可逆的充要条件是 $|A| \\neq 0$。\n\n"
                        "RLC 串联电路发生谐振的条件是 $\\omega L = \\frac{1}{\\omega C}$。\n\n"
                        "电感电流连续的条件是 $u_L$ 为有限值。\n")
    assert sorted(answers_of(shown)) == [
        ["\\(\\omega L = \\frac{1}{\\omega C}\\)"], ["\\(|A| \\neq 0\\)"]], shown.fronts
    assert raw_asking(shown, "\\(|A| \\neq 0\\)") == (
        "方阵 \\(A\\) 可逆的充要条件是 {{c1::\\(|A| \\neq 0\\)}}。")


def test_a_formula_right_after_its_name_is_asked_from_the_name(tmp_path):
    # "迈耶公式 $…$", "…即欧姆定律 $u = Ri$", "…的时间常数 $\tau = RC$", and a name before a
    # colon over its display ("理想气体满足状态方程："): the name says what the formula is.
    # A symbol alone after a name ("质量 $m$") states nothing, and a condition's formula
    # ("若…系数行列式 $D \neq 0$，则…") is none: that sentence asks the law it names.
    shown, _, _ = build(tmp_path, OPENING +
                        "迈耶公式 $C_{p,m} - C_{V,m} = R$。\n\n"
                        "电阻元件的伏安关系即欧姆定律 $u = Ri$。\n\n"
                        "物体的质量 $m$ 保持不变。\n\n"
                        "理想气体满足状态方程：\n\n$$pV = \\nu RT$$\n\n"
                        "若线性方程组的系数行列式 $D \\neq 0$，则方程组有唯一解，"
                        "这就是克拉默法则。\n")
    assert sorted(answers_of(shown)) == [
        ["\\(C_{p,m} - C_{V,m} = R\\)"], ["\\(u = Ri\\)"], ["\\[pV = \\nu RT\\]"],
        ["克拉默法则"]], shown.fronts
    assert raw_asking(shown, "\\(u = Ri\\)") == (
        "电阻元件的伏安关系即欧姆定律 {{c1::\\(u = Ri\\)}}。")


def test_a_display_named_by_the_chinese_sentence_above_is_asked_a_step_is_not(tmp_path):
    # "卡诺热机的效率为" over `$$…$$`: the sentence names the display, asked whole. "由…得"
    # and "…，代入得" over a display lead a derivation's or an example's step: no card
    # (before, "由定义展开平方…得 [...]" asked the step).
    shown, _, _ = build(tmp_path, OPENING +
                        "卡诺热机的效率为\n\n$$\\eta = 1 - \\frac{T_2}{T_1}$$\n\n"
                        "其中 $T_1$ 为高温热源的温度。\n\n"
                        "由定义展开平方并利用期望的线性性质得\n\n"
                        "$$D(X) = E(X^2) - [E(X)]^2$$\n\n"
                        "已知方差和期望，代入得\n\n$$E(X^2) = D(X) + [E(X)]^2$$\n")
    assert answers_of(shown) == [["\\[\\eta = 1 - \\frac{T_2}{T_1}\\]"]], shown.fronts


def test_a_derivation_step_or_a_worked_value_makes_no_formula_card(tmp_path):
    # "由…得", "代入得", "所以…", a formula giving a number: a step of its example or
    # derivation, which holds only there; never asked, nor its name hidden beside it. The
    # law a step is derived from is asked (since zh19b), its formula shown: "由[换路定则]得 …".
    shown, _, _ = build(tmp_path, OPENING +
                        "由换路定则得 $u_C(0_+) = u_C(0_-)$。\n\n"
                        "代入上式得 $\\rho_{XY} = 0.5$。\n\n"
                        "末速度为 $v = 12\\,\\mathrm{m/s}$。\n\n"
                        "所以合力为 $F = ma$。\n\n"
                        "因此物体的加速度为 $a = F/m$。\n")
    assert answers_of(shown) == [["换路定则"]], shown.fronts


def test_a_numbered_example_and_a_worked_example_make_no_card(tmp_path):
    # "例 1：设 …" is an example: no label to recall, no worked value. Under "例题" the numbers
    # hold for that problem: "所以电阻吸收的[功率]为 $p = 36\,\mathrm{W}$" was asked before.
    shown, _, _ = build(tmp_path, OPENING +
                        "期望的线性性质：$E(aX + b) = aE(X) + b$。\n\n"
                        "例 1：设 $X$ 取 $1, 2, 3$ 的概率都是 $\\frac{1}{3}$，"
                        "则 $E(X) = \\frac{1 + 2 + 3}{3} = 2$。\n\n"
                        "## 功率\n\n元件吸收的功率等于 $p = ui$。\n\n### 例题\n\n"
                        "所以电阻吸收的功率为 $p = 36\\,\\mathrm{W}$。\n")
    assert answers_of(shown) == [["\\(p = ui\\)"], ["期望的线性性质"]], shown.fronts
