"""Chinese lecture notes read by a learner (zh20b): a gloss after the gap is part of the
answer, an answer the front says again or in parts asks nothing, a sentence pointing back
(前者, 后者) is not asked alone, and a step of a procedure is no formula card.
"""

from __future__ import annotations

from support import cards_shown
from test_coverage_rules import answers_of, raw_asking
from test_markdown_idioms import build

OPENING = "# 笔记\n\n## 第一节\n\n下面是本节的要点。\n\n"


def test_a_gloss_after_a_chinese_gap_is_hidden_with_it(tmp_path):
    # "叫做系统的[…]（transfer function）", "叫做[…]（也叫剪切频率）": the English name or
    # the other name shown after the gap answered it.
    shown, _, _ = build(tmp_path, OPENING +
                        "线性定常系统输出量的拉氏变换与输入量的拉氏变换之比，叫做系统的传递函数"
                        "（transfer function），一般记为 $G(s)$。\n\n"
                        "开环幅频特性等于一时的频率 $\\omega_c$ 叫做截止频率（也叫剪切频率）。\n")
    assert sorted(answers_of(shown)) == [["传递函数（transfer function）"],
                                         ["截止频率（也叫剪切频率）"]], shown.fronts
    assert all("transfer" not in front and "剪切频率" not in front
               for front in shown.fronts), shown.fronts
    assert "叫做系统的{{c1::传递函数（transfer function）}}，一般记为" in \
        raw_asking(shown, "传递函数（transfer function）")


def test_the_former_and_the_latter_are_asked_with_what_they_point_at(tmp_path):
    # "前者叫做[…]，后者叫做相角条件" was asked alone: the former of nothing shown. Opening
    # its paragraph, the display and the sentence above it lead its card; in a paragraph's
    # middle, the sentence before stays with it.
    shown, _, _ = build(tmp_path, OPENING +
                        "闭环特征方程可以改写为 $G(s)H(s) = -1$，由此得到两个条件：\n\n"
                        "$$|G(s)H(s)| = 1, \\qquad \\angle G(s)H(s) = (2k+1)\\pi$$\n\n"
                        "前者叫做幅值条件，后者叫做相角条件。\n\n"
                        "## 第二节\n\n"
                        "系统的输出与输入之比不随输入改变。劳斯判据和赫尔维茨判据都只看特征方程的系数。"
                        "前者叫做代数判据，后者叫做频域判据。\n")
    fronts = [f for f in shown.fronts if "前者叫做 [...]" in f]
    assert len(fronts) == 2, shown.fronts
    assert any("\\angle G(s)H(s) = (2k+1)\\pi\\] 前者叫做 [...]" in f for f in fronts), fronts
    assert any("劳斯判据和赫尔维茨判据都只看特征方程的系数。前者叫做 [...]" in f
               for f in fronts), fronts


def test_a_procedure_step_asks_no_formula(tmp_path):
    # "1. 写出闭环特征方程 [$…$]，并检查各项系数是否都为正；" asked the formula of a step
    # that tells what to do; the named formula stated in prose is still asked.
    shown, _, _ = build(tmp_path, OPENING +
                        "劳斯判据的使用步骤如下：\n\n"
                        "1. 写出闭环特征方程 $a_0 s^n + a_1 s^{n-1} + \\cdots + a_n = 0$，"
                        "并检查各项系数是否都为正；\n"
                        "2. 列出劳斯表 $R = [r_{ij}]$，并逐行计算；\n"
                        "3. 最后看第一列元素的符号。\n\n"
                        "一阶系统的时间常数 $\\tau = RC$。\n")
    assert all("写出" not in front and "列出" not in front for front in shown.fronts), \
        shown.fronts
    assert any("时间常数 [...]" in front for front in shown.fronts), shown.fronts


def test_a_clause_saying_the_answer_again_is_left_off_the_front(tmp_path):
    # "…的奇偶性叫做[…]，偶函数的宇称为 +1…" said 宇称 beside its gap; the front now ends
    # with the gap's clause, and the back shows the sentence whole.
    seen = cards_shown(tmp_path, OPENING +
                       "我们把波函数在空间反射下的奇偶性叫做宇称，偶函数的宇称为 $+1$，奇函数的宇称"
                       "为 $-1$。\n")
    ((front, back),) = [(f, b) for f, b in seen if "奇偶性叫做" in f]
    assert front.endswith("我们把波函数在空间反射下的奇偶性叫做 [...] 。"), front
    assert "偶函数的宇称为" in back, back


def test_a_chinese_answer_made_of_words_its_front_says_asks_nothing(tmp_path):
    # "临界稳定状态，此时的增益叫做[临界增益]": 临界 and 增益 both on the front put the
    # answer together. A name whose parts are not all said is still asked.
    shown, _, _ = build(tmp_path, OPENING +
                        "根轨迹与虚轴的交点对应系统的临界稳定状态，此时的增益叫做临界增益 "
                        "$K_c$。\n\n"
                        "闭环系统输出与输入的拉氏变换之比，叫做系统的闭环传递函数，记为 "
                        "$\\Phi(s)$。\n")
    assert answers_of(shown) == [["闭环传递函数"]], shown.fronts


def test_a_paragraph_naming_the_display_above_it_shows_that_display(tmp_path):
    # "这就是轴向拉压杆的[…]。" opened its paragraph under the display it names, which its
    # card did not show: "this" of nothing.
    shown, _, _ = build(tmp_path, "# 笔记\n\n## 强度条件\n\n"
                        "构件内的最大工作应力不能超过材料的许用应力，即\n\n"
                        "$$\\sigma_{max} = \\frac{F_{N,max}}{A} \\leq [\\sigma]$$\n\n"
                        "这就是轴向拉压杆的强度条件。许用应力 $[\\sigma]$ 等于材料的极限应力除以"
                        "一个大于 1 的安全因数 $n$：对塑性材料取屈服极限，对脆性材料取强度极限。\n")
    (front,) = [f for f in shown.fronts if "这就是轴向拉压杆的 [...]" in f]
    assert "\\leq [\\sigma]\\] 这就是" in front, front
