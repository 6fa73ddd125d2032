"""Chinese notes state most facts as formulas inside prose (issue 14 §4, after
test_cjk_prose.py and test_cjk_prose_2.py): "乘数等于 $…$", "标准差可表示为 $…$", "…的充要
条件是 $…$", "迈耶公式 $…$", "卡诺热机的效率为" over `$$…$$`. The card hides the formula
whole, its name on the front, the TeX byte for byte; never a bare symbol, a worked value or
a step of a derivation ("由…得", "代入得", "所以…").
"""

from __future__ import annotations

from test_coverage_rules import answers_of, raw_asking
from test_markdown_idioms import build, check

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
    # (before, "由定义展开平方…得 [...]" asked the step). The legend under the display asks
    # its letter with the formula shown (since zh19a).
    shown, _, _ = build(tmp_path, OPENING +
                        "卡诺热机的效率为\n\n$$\\eta = 1 - \\frac{T_2}{T_1}$$\n\n"
                        "其中 $T_1$ 为高温热源的温度。\n\n"
                        "由定义展开平方并利用期望的线性性质得\n\n"
                        "$$D(X) = E(X^2) - [E(X)]^2$$\n\n"
                        "已知方差和期望，代入得\n\n$$E(X^2) = D(X) + [E(X)]^2$$\n")
    assert answers_of(shown) == [["\\[\\eta = 1 - \\frac{T_2}{T_1}\\]"], ["高温热源的温度"]], \
        shown.fronts


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


def test_a_legend_under_a_display_asks_each_letter_with_the_formula_shown(tmp_path):
    # "其中 $a_k$ 为傅里叶系数，…" (式中, traditional 為) under a display: one note, a card for
    # each meaning, the formula on the front and the symbol shown; never a bare symbol, a
    # number ("$B$ 约为 5.0"), a two-character meaning or a class ("$R$ 为常数").
    shown, _, _ = build(tmp_path, OPENING +
                        "傅里叶级数的指数形式为：\n\n"
                        "$$x(t) = \\sum_{k} a_k e^{jk\\omega_0 t}$$\n\n"
                        "其中 $a_k$ 为傅里叶系数，$\\omega_0$ 为基波角频率。\n\n"
                        "## 第二节\n\n对数律层中无量纲速度满足\n\n"
                        "$$u^+ = \\frac{1}{\\kappa} \\ln y^+ + B$$\n\n"
                        "式中 $u^+$ 为无量纲速度，$B$ 约为 5.0，$R$ 为常数，$k$ 为频谱，"
                        "$c$ 为比例系数。\n\n"
                        "## 第三節\n\n理想氣體狀態方程：\n\n$$pV = nRT$$\n\n"
                        "其中 $p$ 為氣體壓強。\n")
    assert ["傅里叶系数", "基波角频率"] in answers_of(shown), shown.fronts
    assert ["无量纲速度"] in answers_of(shown) and ["氣體壓強"] in answers_of(shown)
    assert raw_asking(shown, "傅里叶系数", "基波角频率") == (
        "\\[x(t) = \\sum_{k} a_k e^{jk\\omega_0 t}\\] 其中 \\(a_k\\) 为{{c1::傅里叶系数}}，"
        "\\(\\omega_0\\) 为{{c2::基波角频率}}。")
    # the formula itself is still asked from its lead
    assert ["\\[x(t) = \\sum_{k} a_k e^{jk\\omega_0 t}\\]"] in answers_of(shown)


def test_a_legend_under_no_formula_to_learn_asks_nothing(tmp_path):
    # Under a worked value ("$v = 12\,\mathrm{m/s}$") or with no 其中 opening, the letters
    # hold for one problem or are prose of their own.
    # A formula to learn in a second section, its legend under it, is still asked: its
    # formula and its letter's meaning.
    shown, _, _ = build(tmp_path, OPENING +
                        "代入数据：\n\n$$v = 12\\,\\mathrm{m/s}$$\n\n"
                        "其中 $v$ 为物体的末速度。\n\n## 第二节\n\n卡诺热机的效率为\n\n"
                        "$$\\eta = 1 - \\frac{T_2}{T_1}$$\n\n其中 $T_1$ 为高温热源的温度。\n")
    assert not any("末速度" in a for answers in answers_of(shown) for a in answers), \
        shown.fronts
    assert answers_of(shown) == [["\\[\\eta = 1 - \\frac{T_2}{T_1}\\]"], ["高温热源的温度"]], \
        shown.fronts


def test_a_phrase_defined_as_a_formula_asks_the_formula(tmp_path):
    # "克劳修斯熵 $S$ 的变化定义为 $dS = …$": what is defined is a phrase (…的变化), no term,
    # so its formula is recalled whole; a term before 定义为 is still asked ("品质因数定义为
    # $Q = …$" asks 品质因数), and so is one before a formula with no relation. 约为 gives a
    # rough value, no formula: "…之比约为 $Re^{3/4}$" asks nothing.
    shown, _, _ = build(tmp_path, OPENING +
                        "克劳修斯熵 $S$ 的变化定义为 $dS = \\frac{dQ}{T}$，只对可逆过程成立。\n\n"
                        "品质因数定义为 $Q = \\frac{\\omega_0 L}{R}$。\n\n"
                        "大涡尺度和 Kolmogorov 尺度之比约为 $Re^{3/4}$。\n")
    assert answers_of(shown) == [["\\(dS = \\frac{dQ}{T}\\)"], ["品质因数"]], shown.fronts


def test_a_name_given_to_the_display_above_is_asked_with_that_display_shown(tmp_path):
    # "上式称为伯努利方程。" under `$$…$$`: before, "上式称为 [...]" asked the name of a
    # formula its card did not show. A lead that names no formula ("公式为：") asks nothing:
    # "公式为：[...]" asked a formula from the word "formula".
    shown, _, _ = build(tmp_path, OPENING +
                        "$$p + \\frac{1}{2}\\rho v^2 + \\rho g h = C$$\n\n"
                        "上式称为伯努利方程。\n\n"
                        "## 第二节\n\n公式为：\n\n$$y = kx + b$$\n")
    assert answers_of(shown) == [["伯努利方程"]], shown.fronts
    assert raw_asking(shown, "伯努利方程") == (
        "\\[p + \\frac{1}{2}\\rho v^2 + \\rho g h = C\\] 上式称为{{c1::伯努利方程}}。")


def test_a_legend_typed_as_dashes_or_a_list_is_read_as_a_legend(tmp_path):
    # A textbook's "式中：$F$ —— 合外力；…", and "其中：" over "- $a_k$：傅里叶系数": each
    # meaning asked with the formula shown. Before, the list's items were asked as labels,
    # "[$a_k$] — 傅里叶系数", a bare symbol as the answer.
    shown, _, _ = build(tmp_path, OPENING +
                        "## 牛顿第二定律\n\n$$F = ma$$\n\n"
                        "式中：$F$ —— 物体所受合外力；$m$ —— 物体的质量。\n\n"
                        "## 傅里叶级数\n\n$$x(t) = \\sum_k a_k e^{jk\\omega_0 t}$$\n\n"
                        "其中：\n\n- $a_k$：傅里叶系数\n- $\\omega_0$：基波角频率\n")
    answers = answers_of(shown)
    assert ["物体所受合外力", "物体的质量"] in answers, shown.fronts
    assert ["傅里叶系数", "基波角频率"] in answers, shown.fronts
    assert not any(a.startswith("\\(") and len(a) < 14 for asked in answers for a in asked)


def test_a_display_under_a_chinese_heading_is_asked_from_the_heading_in_chinese(tmp_path):
    # "## 一、牛顿第二定律" over `$$F = ma$$` gave "Formula for 一、牛顿第二定律: [...]":
    # English words and the numbering on a Chinese card. Now "牛顿第二定律：[...]"; a name of
    # fewer than four characters says whose formula ("电功率的公式：").
    shown, _, _ = build(tmp_path, "# 笔记\n\n## 一、牛顿第二定律\n\n$$F = ma$$\n\n"
                        "## 二、电功率\n\n$$P = UI$$\n")
    assert sorted(shown.fronts) == ["笔记 › 一、牛顿第二定律 牛顿第二定律： [...]",
                                    "笔记 › 二、电功率 电功率的公式： [...]"], shown.fronts


def test_a_legend_typed_in_the_paragraph_of_its_display_is_asked_too(tmp_path):
    # "卡诺热机的效率为" / "$$…$$" / "其中 …" with no blank lines: one paragraph. The formula
    # is asked from its lead (the legend on that front), and each letter from the formula.
    shown, _, _ = build(tmp_path, OPENING +
                        "卡诺热机的效率为\n$$\\eta = 1 - \\frac{T_2}{T_1}$$\n"
                        "其中 $T_1$ 为高温热源的温度，$T_2$ 为冷却水的温度。\n")
    assert answers_of(shown) == [["\\[\\eta = 1 - \\frac{T_2}{T_1}\\]"],
                                 ["高温热源的温度", "冷却水的温度"]], shown.fronts


def test_a_legend_meaning_one_character_from_another_is_not_asked(tmp_path):
    # "$N(s)$ 为分子多项式，$D(s)$ 为[分母多项式]": the numerator's name gives the
    # denominator's (a blind review of session 19: junk). Neither of the pair is asked; a
    # third meaning beside them still is, and `check` says why a legend asks nothing.
    source = (OPENING + "系统函数为\n\n$$H(s) = \\frac{N(s)}{D(s)} e^{-s\\tau}$$\n\n"
              "其中 $N(s)$ 为分子多项式，$D(s)$ 为分母多项式，$\\tau$ 为延迟时间。\n\n"
              "## 第二节\n\n卡诺热机的效率为\n\n$$\\eta = 1 - \\frac{T_2}{T_1}$$\n\n"
              "其中 $T_1$ 为高温热源的温度，$T_2$ 为低温热源的温度。\n")
    shown, _, _ = build(tmp_path, source)
    answers = [a for found in answers_of(shown) for a in found]
    assert "延迟时间" in answers, answers
    assert not {"分子多项式", "分母多项式", "高温热源的温度", "低温热源的温度"} & set(answers)
    assert "each meaning it gives is told by another one beside it" in check(tmp_path, source)
