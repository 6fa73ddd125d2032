"""Chinese lecture notes of engineering and physics courses (zh20): long paragraphs that
name a term in the middle of an explanation, with inline math and no bold. Each term a
sentence names is asked from that sentence, never from the paragraph around it, and a
clause before 是 or 表示 is never asked as a term.
"""

from __future__ import annotations

from test_coverage_rules import answers_of, raw_asking
from test_markdown_idioms import build

OPENING = "# 笔记\n\n## 第一节\n\n下面是本节的要点。\n\n"


def test_a_two_character_term_a_sentence_names_is_asked(tmp_path):
    # "…叫做内力", "所谓定态，是指…": a Chinese word of two characters is a whole term, and
    # the sentence naming it defines it. The sentence after it that says 内力 again (even
    # opening on 这里) leaves its card: on it, "附加内力" showed the answer.
    shown, _, _ = build(tmp_path, OPENING +
                        "构件在外力作用下，内部各部分之间相互作用力的改变量叫做内力。这里说的内力"
                        "是「附加内力」，也就是由外力引起的那一部分。\n\n"
                        "所谓定态，是指能量具有确定值的状态。\n")
    assert ["内力"] in answers_of(shown) and ["定态"] in answers_of(shown), shown.fronts
    assert raw_asking(shown, "内力") == \
        "构件在外力作用下，内部各部分之间相互作用力的改变量叫做{{c1::内力}}。"


def test_a_heading_that_holds_a_chinese_answer_leaves_its_card(tmp_path):
    # "## 2.4 内能与功" over "…称为系统的[内能]": Chinese writes no spaces, so no word of
    # the heading was the answer's; the line said it all the same.
    shown, _, _ = build(tmp_path, "# 热学笔记\n\n## 内能与功\n\n"
                        "系统内所有分子热运动的动能和势能之和，称为系统的内能。\n")
    assert answers_of(shown) == [["内能"]]
    assert all("内能与功" not in front for front in shown.fronts), shown.fronts


def test_a_name_in_a_paragraphs_middle_is_asked_from_its_own_sentence(tmp_path):
    # The sentences before the naming one were on its card, and their formula was asked in
    # its place ("取成…的形式 [$-a/2 < x < a/2$]"); now they are read on their own.
    shown, _, _ = build(tmp_path, OPENING +
                        "无限深势阱如果取成关于原点对称的形式 $-a/2 < x < a/2$，它的本征函数要么是"
                        "偶函数，要么是奇函数。我们把波函数在空间反射 $x \\to -x$ 下的奇偶性叫做"
                        "宇称。\n")
    assert ["宇称"] in answers_of(shown), shown.fronts
    assert raw_asking(shown, "宇称") == \
        "我们把波函数在空间反射 \\(x \\to -x\\) 下的奇偶性叫做{{c1::宇称}}。"


def test_a_name_followed_by_its_symbol_is_asked_the_symbol_shown(tmp_path):
    shown, _, _ = build(tmp_path, OPENING +
                        "屈服阶段最低点对应的应力被称为屈服极限 $\\sigma_s$，它是衡量塑性材料强度"
                        "的重要指标。\n")
    assert answers_of(shown) == [["屈服极限"]], shown.fronts
    assert "{{c1::屈服极限}} \\(\\sigma_s\\)" in raw_asking(shown, "屈服极限")


def test_a_clause_before_shi_or_biaoshi_is_no_term(tmp_path):
    # An adverb ending it ("看起来只是"), a preposition inside it ("对时间"), a purpose
    # ("为了…地表示"): each was asked as a term (a learner's read: junk).
    shown, _, _ = build(tmp_path, OPENING +
                        "标准条件看起来只是数学上的限制，但正是它们导致了束缚态能量的量子化。\n\n"
                        "方程对时间是一阶的，这意味着给定初始时刻的波函数，以后的波函数就确定了。\n\n"
                        "为了直观地表示轴力沿杆轴线的变化情况，常把轴力随截面位置变化的图线画出来。\n")
    asked = [a for answers in answers_of(shown) for a in answers]
    assert not {"标准条件看起来只", "方程对时间", "为了直观地"} & set(asked), shown.fronts


def test_a_condition_named_under_its_display_is_asked_with_the_display(tmp_path):
    # "这个条件叫做归一化条件" under the display it names: alone, "这个条件叫做[…]" said
    # nothing to answer from; the sentence after it, a remark of its own, leaves it.
    shown, _, _ = build(tmp_path, OPENING +
                        "粒子在全空间出现的总概率必须等于 1，即\n\n"
                        "$$\\int |\\psi|^2 \\mathrm{d}^3 r = 1$$\n\n"
                        "这个条件叫做归一化条件。注意到 $\\psi$ 和 $c\\psi$ 描述的是同一个状态。\n")
    assert ["归一化条件"] in answers_of(shown), shown.fronts
    assert any(f.endswith("\\[\\int |\\psi|^2 \\mathrm{d}^3 r = 1\\] 这个条件叫做 [...] 。")
               for f in shown.fronts), shown.fronts


def test_a_heading_that_opens_like_the_answer_leaves_its_card(tmp_path):
    # "一维无限深势阱" over "[一维无限深方势阱]": four characters of the answer opening it.
    shown, _, _ = build(tmp_path, "# 量子力学\n\n## 一维无限深势阱\n\n"
                        "设粒子在 $0 < x < a$ 的区域内势能为零，在区域外势能为无穷大，这种势场叫做"
                        "一维无限深方势阱。\n")
    assert answers_of(shown) == [["一维无限深方势阱"]], shown.fronts
    assert all("一维无限深势阱" not in f for f in shown.fronts), shown.fronts


def test_a_clause_counting_what_follows_its_colon_is_no_label(tmp_path):
    # "衡量材料塑性的指标有两个：…" leads into the two it counts; "[衡量材料塑性的指标有两个]
    # — 延伸率…" asked a clause. The formula it names is asked instead.
    shown, _, _ = build(tmp_path, OPENING +
                        "衡量材料塑性的指标有两个：延伸率 $\\delta = \\frac{l_1 - l}{l}$ "
                        "和断面收缩率 $\\psi = \\frac{A - A_1}{A}$。\n")
    asked = [a for answers in answers_of(shown) for a in answers]
    assert asked and "衡量材料塑性的指标有两个" not in asked, shown.fronts


def test_a_condition_stated_in_words_is_asked_from_its_sentence(tmp_path):
    # "…的充分必要条件是：…都具有负实部": the condition, past ten characters, is asked after
    # its verb; "…只是…的必要条件而不是充分条件" asks which kind. Each card shows its own
    # sentence, not the paragraph's remark after it. A condition opening on one of its own
    # ("…的条件是当…时") asks nothing.
    shown, _, _ = build(tmp_path, OPENING +
                        "线性定常系统稳定的充分必要条件是：闭环特征方程的所有根都具有负实部。工程上"
                        "临界稳定一般也视为不稳定。\n\n"
                        "特征方程各项系数全部为正只是系统稳定的必要条件而不是充分条件。\n\n"
                        "系统处于平衡的条件是当外力撤去时系统不动。\n")
    assert answers_of(shown) == [["必要条件"], ["负实部"]], shown.fronts
    assert raw_asking(shown, "负实部") == \
        "线性定常系统稳定的充分必要条件是：闭环特征方程的所有根都具有{{c1::负实部}}。"


def test_a_law_opening_its_statement_is_asked_with_its_english_name(tmp_path):
    # "圣维南原理（Saint-Venant's principle）是说：…": the name is asked, its English name in
    # brackets hidden with it (shown, it answers the gap). A heading the name holds
    # ("不确定关系" over "海森伯不确定关系") leaves the card.
    shown, _, _ = build(tmp_path, "# 笔记\n\n## 不确定关系\n\n"
                        "海森伯不确定关系（uncertainty principle）是说，粒子的位置和动量不能同时"
                        "具有确定的值。\n")
    assert answers_of(shown) == [["海森伯不确定关系（uncertainty principle）"]], shown.fronts
    assert shown.fronts == ["笔记 [...] 是说，粒子的位置和动量不能同时具有确定的值。"]


def test_a_name_a_paragraph_gives_is_asked_before_a_symbols_value(tmp_path):
    # "反馈通道为 [$H(s)$]" asked a bare symbol where the paragraph names a term after it.
    shown, _, _ = build(tmp_path, OPENING +
                        "若前向通道传递函数为 $G(s)$，反馈通道为 $H(s)$，则闭环传递函数为 "
                        "$\\Phi(s) = \\frac{G(s)}{1 + G(s)H(s)}$。"
                        "其中 $G(s)H(s)$ 被称为开环传递函数。\n")
    assert answers_of(shown) == [["开环传递函数"]], shown.fronts


def test_the_quantity_whose_meaning_a_sentence_states_is_asked(tmp_path):
    # "相角裕度的物理意义是：…" asks 相角裕度; "它的物理意义是…" points back, no card.
    shown, _, _ = build(tmp_path, OPENING +
                        "相角裕度的物理意义是：系统在截止频率上再增加多少相角滞后就会变成临界稳定。\n\n"
                        "它的物理意义是：某一区域内粒子出现的概率减少了多少，就有多少概率流出去。\n")
    assert answers_of(shown) == [["相角裕度"]], shown.fronts


def test_a_name_given_in_quotes_is_asked_whole(tmp_path):
    # "…也被称为「概率幅」", "…叫做“量子隧穿”": the quoted name is the one given; one the
    # sentence said before it ("…临界稳定状态，…被称为「临界稳定」") is shown, no card.
    shown, _, _ = build(tmp_path, OPENING +
                        "波函数本身不能直接测量，所以波函数也被称为「概率幅」。\n\n"
                        "粒子穿过高于其能量的势垒，我们把这种现象叫做“量子隧穿”。\n\n"
                        "系统处于临界稳定状态，这种状态被称为「临界稳定」。\n")
    assert answers_of(shown) == [["概率幅"], ["量子隧穿"]], shown.fronts


def test_a_legend_giving_a_class_with_its_count_asks_nothing(tmp_path):
    # "其中 $z$ 是一个复变量": any letter of the class fits, as "$R$ 为常数" does.
    shown, _, _ = build(tmp_path, OPENING +
                        "序列的 Z 变换定义为\n\n"
                        "$$X(z) = \\sum_{n=-\\infty}^{\\infty} x(n) z^{-n}$$\n\n"
                        "其中 $z$ 是一个复变量。\n")
    asked = [a for answers in answers_of(shown) for a in answers]
    assert "一个复变量" not in asked and asked, shown.fronts


def test_a_name_a_definition_gives_last_is_asked(tmp_path):
    # "我们把…定义为电流强度", "定义…为两点间的电势差": the name is the short side. "将系统的熵
    # 定义为…的积分" defines 熵 by a long phrase: "[积分]" would be no name.
    shown, _, _ = build(tmp_path, OPENING +
                        "我们把单位时间内通过导体横截面的电荷量定义为电流强度。\n\n"
                        "通常定义单位正电荷从 A 点移到 B 点时电场力做的功为两点间的电势差。\n\n"
                        "将系统的熵定义为可逆过程中吸收的热量与温度之比的积分。\n")
    asked = [a for answers in answers_of(shown) for a in answers]
    assert "电流强度" in asked and "电势差" in asked and "积分" not in asked, shown.fronts


def test_a_term_glossed_in_english_opening_its_sentence_is_asked(tmp_path):
    # "奈奎斯特判据（Nyquist criterion）利用…来判断…": the sentence is about the term it
    # introduces; its English name is hidden with it. A property of it ("…的方向") is not.
    shown, _, _ = build(tmp_path, OPENING +
                        "奈奎斯特判据（Nyquist criterion）利用开环频率特性来判断闭环系统的"
                        "稳定性。\n\n"
                        "电场强度（electric field）的方向规定为正电荷受力的方向。\n")
    assert answers_of(shown) == [["奈奎斯特判据（Nyquist criterion）"]], shown.fronts


def test_a_two_character_term_put_in_a_class_is_asked(tmp_path):
    # "超导是一种…的现象": "X是一种…" defines X as a naming verb does; "质量是物体惯性大小的量度"
    # (no class) still asks nothing (test_cjk_prose_2).
    shown, _, _ = build(tmp_path, OPENING +
                        "超导是一种在低温下电阻突然消失的物理现象。\n\n"
                        "质量是物体惯性大小的量度。\n")
    assert answers_of(shown) == [["超导"]], shown.fronts
