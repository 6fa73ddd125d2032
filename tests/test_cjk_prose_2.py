"""Chinese study notes in prose, the shapes that still made no card or a weak one
(issue 14 §4, after test_cjk_prose.py): "X是Y" in a paragraph's middle, "X为Y" as a
copula, "若…，则称…为Y", and the label lines "性质：…". Each gap is a whole term, never a
clause, never half a word, never a bare symbol, and math stays byte for byte.
"""

from __future__ import annotations

from test_coverage_rules import answers_of, raw_asking
from test_markdown_idioms import build

# A first paragraph the heading's own rules read; the sentences tested follow it.
OPENING = "# 笔记\n\n## 第一节\n\n下面是本节的要点。\n\n"


def test_a_term_said_to_be_something_is_asked_where_its_sentence_opens(tmp_path):
    # "X是Y" defines X as "X是指Y" does, in a paragraph's middle too ("…。正定矩阵是…") and
    # after a comma that ends a setting ("在真核细胞中，线粒体是…"). Not a one- or
    # two-character term (too short a gap), nor what an adverb says ("特征值都是实数").
    shown, _, _ = build(tmp_path, OPENING +
                        "相似矩阵有相同的特征值。正定矩阵是所有特征值都大于零的实对称矩阵。\n\n"
                        "在真核细胞中，线粒体是有氧呼吸的主要场所。\n\n"
                        "质量是物体惯性大小的量度。\n\n"
                        "实对称矩阵的特征值都是实数。\n")
    assert answers_of(shown) == [["正定矩阵"], ["线粒体"]], shown.fronts
    assert raw_asking(shown, "正定矩阵") == (
        "相似矩阵有相同的特征值。{{c1::正定矩阵}}是所有特征值都大于零的实对称矩阵。")


def test_a_role_is_asked_by_what_fills_it_never_hidden_as_a_term(tmp_path):
    # "细胞膜的基本骨架是磷脂双分子层": what comes before 是 is a role (of the membrane),
    # no term; the short name after it is the fact. A long description after it asks
    # nothing, nor does a clause ("因此该结论是正确的": no term, no role); a named condition
    # asks the formula, whole, never a role ("…的充要条件是 [$|A| \neq 0$]", since zh18c:
    # test_cjk_formulas.py).
    shown, _, _ = build(tmp_path, OPENING +
                        "细胞膜的基本骨架是磷脂双分子层。\n\n"
                        "目前公认的膜结构模型是流动镶嵌模型。\n\n"
                        "方阵 $A$ 可逆的充要条件是 $|A| \\neq 0$。\n\n"
                        "这个方法的缺点是计算量随矩阵阶数的增长而迅速增大。\n\n"
                        "因此该结论是正确的。\n")
    assert answers_of(shown) == [["\\(|A| \\neq 0\\)"], ["流动镶嵌模型"], ["磷脂双分子层"]], \
        shown.fronts
    assert raw_asking(shown, "磷脂双分子层") == "细胞膜的基本骨架是{{c1::磷脂双分子层}}。"


def test_a_term_joined_by_the_copula_wei_is_asked(tmp_path):
    # "X为Y" is "X is Y" in writing: "钠钾泵为一种…载体"; "特征多项式为 $…$" states a
    # formula, which it asks whole, byte for byte (since zh18c: test_cjk_formulas.py). Not
    # 为 as "for" ("间期为分裂期进行物质准备"), nor a value given to a symbol ("质量为 $m$ 的
    # 物体", "动摩擦因数为 $\mu$") or a condition ("合外力为零时"), nor what a quantity's
    # value is like ("加速度为常数"); "末速度为 $v = 12\,\mathrm{m/s}$" is a worked value.
    shown, _, _ = build(tmp_path, OPENING +
                        "钠钾泵为一种典型的主动运输载体。\n\n"
                        "特征多项式为 $|\\lambda E - A|$。\n\n"
                        "间期为分裂期进行物质准备。\n\n"
                        "质量为 $m$ 的物体放在粗糙水平面上，动摩擦因数为 $\\mu$。\n\n"
                        "合外力为零时，物体保持静止或匀速直线运动。\n\n"
                        "加速度为常数。\n\n"
                        "末速度为 $v = 12\\,\\mathrm{m/s}$。\n\n"
                        "对称轴为直线 $x = 1$。\n")
    assert answers_of(shown) == [["\\(|\\lambda E - A|\\)"], ["钠钾泵"]], shown.fronts
    assert raw_asking(shown, "\\(|\\lambda E - A|\\)") == \
        "特征多项式为 {{c1::\\(|\\lambda E - A|\\)}}。"


def test_a_clause_said_as_a_term_is_never_a_gap(tmp_path):
    # "二次型可以用矩阵表示为…" is "can be written as": no definition, and the clause
    # before 表示 was a gap. "表示…" still defines ("菲利普斯曲线表示…").
    shown, _, _ = build(tmp_path, OPENING +
                        "二次型可以用矩阵表示为 $f = x^T A x$，其中 $A$ 为对称矩阵。\n\n"
                        "菲利普斯曲线表示失业率与通货膨胀率之间的反向关系。\n")
    assert answers_of(shown) == [["菲利普斯曲线"]], shown.fronts


def test_a_theorem_asks_the_name_it_gives_and_nothing_else(tmp_path):
    # "若…，则称 $A$ 为可逆矩阵": the term the theorem names, unbolded, whatever stands
    # between 称 and 为 (never 名称为, "the name is"). A theorem with no
    # name ("若…，则方程组有唯一解") makes no card: its clause is no term.
    shown, _, _ = build(tmp_path, OPENING +
                        "设 $A$ 为 $n$ 阶方阵，若存在矩阵 $B$ 使得 $AB = BA = E$，"
                        "则称 $A$ 为可逆矩阵。\n\n"
                        "我们称满足 $A^T A = E$ 的矩阵为正交矩阵。\n\n"
                        "名称为 config 的文件保存在根目录。\n\n"
                        "若线性方程组的系数行列式不为零，则方程组有唯一解。\n")
    assert answers_of(shown) == [["可逆矩阵"], ["正交矩阵"]], shown.fronts
    assert raw_asking(shown, "可逆矩阵").endswith("则称 \\(A\\) 为{{c1::可逆矩阵}}。")


def test_a_property_line_asks_no_label(tmp_path):
    # "性质：…", "定理：…" say what kind of line follows, as "注意：" does: never an answer,
    # though the heading "定义与性质" names 性质.
    shown, _, _ = build(tmp_path, "# 线性代数\n\n## 定义与性质\n\n"
                        "性质：行列式与它的转置行列式相等。\n\n"
                        "定理：实对称矩阵一定可以相似对角化。\n\n"
                        "正定矩阵是所有特征值都大于零的实对称矩阵。\n")
    # The section is read (its definition asked); its label lines ask nothing.
    assert answers_of(shown) == [["正定矩阵"]], shown.fronts


def test_a_one_character_term_is_never_a_gap(tmp_path):
    # "## 功" over "功是力对空间的积累效应": 功 is one character (and 做功 a verb); hidden,
    # the card asks a character, as 熵 would. A longer heading is asked ("[机械能守恒]").
    shown, _, _ = build(tmp_path, "# 力学\n\n## 功\n\n功是力对空间的积累效应。\n\n"
                        "当力与位移方向垂直时，力不做功。\n\n## 机械能守恒\n\n"
                        "如果只有保守内力做功，则系统的机械能守恒。\n")
    assert answers_of(shown) == [["机械能守恒"]], shown.fronts


def test_an_acronym_inside_chinese_prose_is_not_asked_alone(tmp_path):
    # "每水解一个[ATP]", "当细胞受到[DNA]损伤时": Latin letters in a Chinese sentence are a
    # molecule's or a unit's abbreviation, not the name the sentence is about. A name it
    # quotes is asked ("为细胞的“消化车间”").
    shown, _, _ = build(tmp_path, OPENING +
                        "每水解一个 ATP 可以泵出 3 个钠离子。\n\n"
                        "当细胞受到 DNA 损伤时，细胞周期会在检查点停滞。\n\n"
                        "溶酶体内含多种酸性水解酶，为细胞的“消化车间”。\n")
    assert answers_of(shown) == [["消化车间"]], shown.fronts


def test_each_sentence_naming_a_term_of_its_own_is_asked_on_its_own(tmp_path):
    # "失业率定义为…。…的失业率叫做自然失业率" (traditional 稱為 too): one card asked the first
    # name, which the second showed in part (no card at all); each sentence is read on its
    # own. A sentence saying a name again ("定体摩尔热容记为 $C_{V,m}$") leaves its card, and
    # one pointing back ("这种…") stays with the sentence it points at.
    shown, _, _ = build(tmp_path, OPENING +
                        "失业率定义为失业人数占劳动力总数的百分比。经济处于充分就业时的失业率"
                        "叫做自然失业率，一般在 4% 到 5% 之间。\n\n"
                        "1 mol 物质温度升高 1 K 所吸收的热量叫做摩尔热容。定体摩尔热容记为 "
                        "$C_{V,m}$，定压摩尔热容记为 $C_{p,m}$。\n\n"
                        "經濟處於充分就業時的失業率稱為自然失業率。\n")
    assert answers_of(shown) == [["摩尔热容"], ["自然失业率"], ["自然失業率"]], shown.fronts
    assert raw_asking(shown, "摩尔热容") == (
        "1 mol 物质温度升高 1 K 所吸收的热量叫做{{c1::摩尔热容}}。")


def test_of_two_names_in_a_sentence_the_one_not_said_by_the_other_is_asked(tmp_path):
    # "…则 $\lambda$ 称为 $A$ 的特征值，$x$ 称为对应的特征向量": 特征值 is said in part by 特征向量
    # beside it; 特征向量 is asked. A Latin word of the name said before it stays shown: "名义
    # GDP 除以实际 GDP …称为 GDP [平减指数]".
    shown, _, _ = build(tmp_path, OPENING +
                        "设 $A$ 为 $n$ 阶矩阵，若 $Ax = \\lambda x$ 且 $x \\neq 0$，则 $\\lambda$ "
                        "称为 $A$ 的特征值，$x$ 称为对应的特征向量。\n\n"
                        "名义 GDP 除以实际 GDP 再乘以 100，得到的指数称为 GDP 平减指数。\n")
    assert answers_of(shown) == [["平减指数"], ["特征向量"]], shown.fronts
    assert raw_asking(shown, "平减指数") == (
        "名义 GDP 除以实际 GDP 再乘以 100，得到的指数称为 GDP {{c1::平减指数}}。")


def test_a_term_said_to_mean_something_is_asked(tmp_path):
    # "X 指的是 …" defines X as "X 是指 …" does; before, the number in the meaning was
    # hidden ("…主流速度 [99%] 处…"). "所谓X，是指…" (traditional 所謂) defines X; it made no
    # card. So does "X（MC）指…", a short name in brackets after X; where that short name is
    # part of X ("需求价格弹性（简称价格弹性）"), never the short name: it is on the front.
    # The bracket glosses the gap, so it is hidden with it (zh20b: shown, "（MC）" said
    # marginal cost and "（简称价格弹性）" most of the answer).
    shown, _, _ = build(tmp_path, OPENING +
                        "边际成本（MC）指每增加一单位产量所增加的总成本。\n\n"
                        "需求价格弹性（简称价格弹性）是指需求量变动的百分比与价格变动的百分比之比。\n\n"
                        "边界层厚度指的是速度达到主流速度 99% 处到壁面的距离。\n\n"
                        "所谓中央极限定理，是指大量独立同分布随机变量之和的分布趋近于正态分布。\n\n"
                        "所謂大數法則，是指樣本平均數隨樣本數增加而趨近於期望值。\n")
    assert answers_of(shown) == [["中央极限定理"], ["大數法則"], ["边界层厚度"],
                                 ["边际成本（MC）"], ["需求价格弹性（简称价格弹性）"]], shown.fronts


def test_a_clause_about_every_member_before_biaoshi_is_no_term(tmp_path):
    # "[LM 曲线上每一点都]表示货币市场的均衡" asked a clause closing on 都 (a learner's read:
    # junk); a term opening on 每 ("每股收益") and a plain term are still asked.
    shown, _, _ = build(tmp_path, "# 宏观经济学\n\n## LM 曲线\n\n"
                        "LM 曲线上每一点都表示货币市场的均衡。\n\n"
                        "每股收益表示公司每一股普通股的盈利。\n\n"
                        "菲利普斯曲线表示失业率与通货膨胀率之间的反向关系。\n")
    answers = [a for found in answers_of(shown) for a in found]
    assert "每股收益" in answers and "菲利普斯曲线" in answers, answers
    assert not any("每一点" in a for a in answers), answers


def test_a_sentence_opening_on_qita_is_no_pointing_back(tmp_path):
    # "其他商品…" (other goods) opens on 其 but points at nothing: its sentence gives a name
    # of its own, so the paragraph is read sentence by sentence (before: one card, the
    # second name never asked). "其…" alone ("其弹性…") still points back.
    shown, _, _ = build(tmp_path, "# 微观经济学\n\n## 需求\n\n"
                        "商品自身价格变化引起的购买量变化称为价格效应。"
                        "其他商品价格变化引起的购买量变化称为交叉效应。\n")
    assert sorted(a for found in answers_of(shown) for a in found) == ["交叉效应", "价格效应"], \
        shown.fronts
    assert any(f.endswith("其他商品价格变化引起的购买量变化称为 [...] 。") for f in shown.fronts), \
        shown.fronts
