"""Chinese explanatory prose read by a learner (zh21): notes that explain a concept without
naming it ("X称为…") still say one term a card can ask, at the end of a clause whose verb
tells what it is: what a thing turns into, shows as, relies on or results in, what it acts
under, the properties it has. Each asserted on the front and answer a learner sees, beside
a sentence of the same shape that must make no card.
"""

from __future__ import annotations

from test_coverage_rules import answers_of
from test_markdown_idioms import build, check

OPENING = "# 笔记\n\n## 第一节\n\n下面是本节的要点。\n\n"


def test_what_a_named_thing_turns_into_or_shows_as_is_asked(tmp_path):
    shown, _, _ = build(tmp_path, OPENING +
                        "湍流的动能会通过粘性不断转化为热能，如果没有外界持续供给能量，湍流就会逐渐"
                        "衰减。\n\n"
                        "冷加工后金属中的位错密度大大增加，位错之间相互缠结，使位错运动越来越困难，"
                        "宏观上表现为加工硬化。\n\n"
                        "连续时间信号经过采样后变成离散时间信号。\n\n"
                        # a figure's sentence: answered from what the card does not show
                        "如图 8-1 所示，平板前缘附近是层流边界层，往下游经过一段转捩区后变为湍流"
                        "边界层。\n")
    assert answers_of(shown) == [["加工硬化"], ["热能"], ["离散时间信号"]], shown.fronts
    assert any(f.endswith("湍流的动能会通过粘性不断转化为 [...] ，如果没有外界持续供给能量，"
                          "湍流就会逐渐衰减。") for f in shown.fronts), shown.fronts
    assert any(f.endswith("宏观上表现为 [...] 。") for f in shown.fronts), shown.fronts
    assert not any("如图" in f for f in shown.fronts), shown.fronts


def test_what_a_thing_relies_on_and_what_a_result_clause_ends_on_are_asked(tmp_path):
    shown, _, _ = build(tmp_path, OPENING +
                        "与层流相比，湍流的动量传递主要依靠涡团的脉动，而不是分子的粘性。\n\n"
                        "分离后在物体后方形成尾涡区，压强得不到恢复，因此产生很大的压差阻力。\n\n"
                        "与理想内插相比，零阶保持的频率响应在通带内不平坦，会引入一定的幅度失真。\n\n"
                        # a pointer opens it: what "this" is, the card cannot show
                        "这会带来很大的能量损失。\n")
    # The quality before 的 ("很大的", "一定的") stays on the front; "涡团的" is the answer's.
    assert answers_of(shown) == [["压差阻力"], ["幅度失真"], ["涡团的脉动"]], shown.fronts
    assert any(f.endswith("湍流的动量传递主要依靠 [...] ，而不是分子的粘性。")
               for f in shown.fronts), shown.fronts
    assert any(f.endswith("因此产生很大的 [...] 。") for f in shown.fronts), shown.fronts
    assert not any("能量损失" in f for f in shown.fronts), shown.fronts


def test_the_agent_a_thing_acts_under_is_asked_where_the_front_does_not_say_it(tmp_path):
    source = (OPENING +
              "两端被钉扎的位错线段在切应力作用下弯曲，不断扩展后形成位错环。\n\n"
              # where a force acts, no agent: "作用点"
              "杆件在外力作用点附近应力分布并不均匀。\n\n"
              # 粘性力 after it says the answer in part: no card, and none `check` lists
              "由于粘性的作用，边界层内速度梯度很大。边界层外速度梯度很小，粘性力可以忽略不计。\n")
    shown, _, _ = build(tmp_path, source)
    assert answers_of(shown) == [["切应力"]], shown.fronts
    assert "weak card" not in check(tmp_path, source)
    assert any(f.endswith("两端被钉扎的位错线段在 [...] 作用下弯曲，不断扩展后形成位错环。")
               for f in shown.fronts), shown.fronts


def test_the_properties_a_thing_has_are_asked_as_one_list(tmp_path):
    source = (OPENING +
              "湍流具有不规则性、扩散性和耗散性。湍流中流体质点的运动杂乱无章。\n\n"
              # a list that goes on (等): no set to recall
              "晶体具有各向异性、固定熔点等特点。\n\n"
              # 工具 has …: no 具有
              "央行常用的工具有公开市场业务和再贴现率。\n")
    shown, _, _ = build(tmp_path, source)
    assert answers_of(shown) == [["不规则性、扩散性和耗散性"]], shown.fronts
    assert any(f.endswith("湍流具有 [...] 。湍流中流体质点的运动杂乱无章。")
               for f in shown.fronts), shown.fronts
    assert "weak card" not in check(tmp_path, source)


def test_a_list_it_shows_as_is_asked_whole_and_no_action_or_pointed_case_is(tmp_path):
    shown, _, _ = build(tmp_path, OPENING +
                        "市场失灵主要表现为外部性、公共物品和信息不对称。\n\n"
                        # "的特点" after the list is no part of it
                        "DNA 复制具有半保留复制、边解旋边复制的特点。\n\n"
                        # an action before 作用, no agent: "[酶的催化]" asked nothing
                        "在酶的催化作用下，反应速率大大加快。\n\n"
                        # held of what the sentence before says
                        "在这种情况下，摩擦力做的功会转化为热能。\n\n"
                        # "[不稳定]" is a state denied, no term
                        "系统的闭环极点进入右半平面后会变为不稳定。\n")
    assert answers_of(shown) == [["半保留复制、边解旋边复制"],
                                 ["外部性、公共物品和信息不对称"]], shown.fronts
    assert any(f.endswith("DNA 复制具有 [...] 的特点。") for f in shown.fronts), shown.fronts


def test_what_a_thing_results_from_or_is_at_heart_is_asked(tmp_path):
    shown, _, _ = build(tmp_path, OPENING +
                        "晶体宏观的塑性变形就是大量位错滑移的结果。\n\n"
                        "抗混叠滤波器本质上是一个低通滤波器，它的截止频率应该不高于采样频率的一半。\n\n"
                        # a pointer's result: of what?
                        "这是长期进化的结果。\n")
    assert answers_of(shown) == [["位错滑移"], ["低通滤波器"]], shown.fronts
    assert any(f.endswith("晶体宏观的塑性变形就是大量 [...] 的结果。") for f in shown.fronts), \
        shown.fronts
    assert any(f.endswith("抗混叠滤波器本质上是一个 [...] ，它的截止频率应该不高于采样频率的一半。")
               for f in shown.fronts), shown.fronts


def test_where_a_thing_starts_and_ends_is_asked_together(tmp_path):
    # 开环极点 beside 开环零点: each alone is told by the other, so both are one cloze.
    source = (OPENING +
              "绘制根轨迹时常用的几条规则：\n\n"
              "- 根轨迹的分支数等于特征方程的阶数。\n"
              "- 根轨迹起始于开环极点，终止于开环零点；如果 $n > m$，有 $n - m$ 条分支终止于"
              "无穷远处。\n\n"
              # two gaps and little else: no front to answer from
              "电容的充电过程起始于零电压，终止于电源电压。\n")
    shown, _, _ = build(tmp_path, source)
    assert ["开环极点", "开环零点"] in answers_of(shown), shown.fronts
    assert any("根轨迹起始于 [...] ，终止于 [...] ；如果" in f for f in shown.fronts), shown.fronts
    assert not any("零电压" in a for answers in answers_of(shown) for a in answers)
    assert "weak card" not in check(tmp_path, source)


def test_a_clause_after_the_verb_is_no_term_to_ask(tmp_path):
    shown, _, _ = build(tmp_path, OPENING +
                        "原电池把化学能转变为电能。\n\n"
                        # what it relies on runs into a purpose: "[存储位置]" asked a clause's end
                        "哈希表依靠哈希函数来确定元素的存储位置。\n\n"
                        # the phrase names what the whole sentence is: "[化学能的装置]"
                        "电解池则是把电能转化为化学能的装置。\n\n"
                        # a trend, no term: "[失业率越来越高]"
                        "经济萧条往往表现为失业率越来越高。\n")
    assert answers_of(shown) == [["电能"]], shown.fronts
    assert any(f.endswith("原电池把化学能转变为 [...] 。") for f in shown.fronts), shown.fronts


def test_a_two_character_term_put_in_its_kind_asks_the_kind(tmp_path):
    shown, _, _ = build(tmp_path, OPENING +
                        "位错是晶体中的线缺陷，它是已滑移区与未滑移区的边界。\n\n"
                        # the page itself, no fact of the subject
                        "本文是材料科学基础第三章的复习笔记。\n\n"
                        # said again beside it: two gaps of one answer
                        "线程是 CPU 调度的基本单位，进程是资源分配的基本单位。\n\n"
                        # a kind anything is: "[重要方法]"
                        "迭代是求解非线性方程的重要方法。\n\n"
                        # the notes' own talk before 是, no term: "[适用范围]"
                        "问题是这个方法的适用范围。\n\n"
                        # a cause's verb in it: "[温度太高导致]"
                        "细菌的抗药性是滥用抗生素导致的结果。\n")
    assert answers_of(shown) == [["线缺陷"]], shown.fronts
    assert any(f.endswith("位错是晶体中的 [...] ，它是已滑移区与未滑移区的边界。")
               for f in shown.fronts), shown.fronts
