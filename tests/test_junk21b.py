"""Junk cards of session 21's twenty-first learner read (junk21b), each removed by a rule of
the text's shape; each test also pins a neighbour card the reader must still make, so a rule
that drops too much fails by name.

Each test builds a small note through the CLI, imports the deck into Anki and reads the
cards as the learner sees them."""

from __future__ import annotations

from test_prose_definitions import _cards, _check

_ROUTH = ("## 稳定性\n\n线性系统稳定的充分必要条件是：闭环特征方程的所有根都具有负实部。\n\n"
          "例 3-2：设 $D(s) = s^3 + 2s^2 + 3s + 4$，列劳斯表得第一列为 $1, 2, 1, 4$，"
          "所以系统稳定。\n\n"
          "例 7.1：已知 $x(t) = \\cos(100\\pi t)$，采样频率为 $80$ Hz，求采样后的信号。\n")


def test_a_numbered_example_label_is_no_answer_and_its_example_no_card(tmp_path):
    # Was "[...] — 设 D(s) = s^3 + …，列劳斯表得…" asking "例 3-2", and "[...] — 已知 x(t) =
    # cos(100πt)…" asking "例 7.1" (a learner's read: junk): the label names the example,
    # and the example's numbers hold for that one problem. The rule beside it is asked.
    asked = _cards(tmp_path, _ROUTH, title="自动控制原理")
    assert list(asked) == ["负实部"], asked
    assert asked["负实部"] == ["自动控制原理 › 稳定性 线性系统稳定的充分必要条件是：闭环特征方程的"
                            "所有根都具有 [...] 。"], asked
    assert "exercises or a worked example" in _check(tmp_path, _ROUTH)


_LECTURE = ("## Diagnostic tests\n\nThe number needed to treat is $NNT = 1/ARR$, where ARR is "
            "the absolute risk reduction.\n\nWorked example from the lecture: 20% of the control "
            "group and 15% of the treated group had a stroke, so ARR = 0.05 and NNT = 20.\n\n"
            "## Circular motion\n\nThe net inward force required is $F = mv^2/r$.\n\n"
            "**Example.** A 1200 kg car takes a bend of radius 50 m at 15 m/s. Then "
            "$a = 15^2/50 = 4.5$ and we get $F = 5400$ N.\n")


def test_a_worked_example_after_its_label_makes_no_card(tmp_path):
    # Was "[...] — 20% of the control group … so ARR = 0.05 and NNT = 20." asking "Worked
    # example from the lecture", and "Example. [A 1200 kg car] takes a bend of radius 50 m
    # at 15 m/s." (a learner's read: junk): a worked example's given values are no fact of
    # the subject. The formulas beside them are asked.
    asked = _cards(tmp_path, _LECTURE, title="Lecture 9")
    assert sorted(asked) == [r"\(F = mv^2/r\)", r"\(NNT = 1/ARR\)"], asked
    assert asked[r"\(NNT = 1/ARR\)"] == [
        "Lecture 9 › Diagnostic tests The number needed to treat is [...] , where ARR is the "
        "absolute risk reduction."], asked
    assert _check(tmp_path, _LECTURE).count("exercises or a worked example") == 2


_RECAP = ("Quick recap from last week: velocity is a vector, so a change of direction is an "
          "acceleration even when the speed stays the same.\n\n## Circular motion\n\nThe "
          "centripetal acceleration is $a = v^2/r$, directed toward the centre of the circle.\n")
_GERMAN = ("## 支配第三格的介词\n\n- 支配第三格的介词：aus, bei, mit, nach, seit, von, zu\n"
           "- mit 表示工具或交通方式：mit dem Bus\n"
           "- 缩写：zu + dem = zum，zu + der = zur，von + dem = vom\n")


def test_a_recap_or_a_kind_of_text_label_is_no_answer(tmp_path):
    # Was "[...] — velocity is a vector, so …" asking "Quick recap from last week", and
    # "[...] — zu + dem = zum, zu + der = zur …" asking "缩写" (abbreviations; a learner's
    # read: junk): a label naming a kind of text is no answer. Its neighbours are.
    asked = _cards(tmp_path, _RECAP, title="Kinematics")
    assert "Quick recap from last week" not in asked, asked
    assert list(asked) == [r"\(a = v^2/r\)"], asked
    asked = _cards(tmp_path / "de", _GERMAN, title="德语语法")
    assert "缩写" not in asked, asked
    assert asked["工具或交通方式"] == [
        "德语语法 › 支配第三格的介词 mit 表示 [...] ：mit dem Bus"], asked


_SEPARATION = ("## 边界层分离\n\n边界层分离只会发生在逆压梯度区，顺压梯度区不会发生分离。"
               "分离点处壁面切应力为零。\n\n## 阻力\n\n分离后在物体后方形成尾涡区，压强得不到恢复，"
               "因此产生很大的压差阻力。\n")


def test_a_chinese_answer_its_heading_names_is_refused_when_the_front_says_its_parts(tmp_path):
    # Was "[...]只会发生在逆压梯度区，顺压梯度区不会发生分离。分离点…" for 边界层分离 under
    # the title "边界层理论" (a learner's read: junk): the heading naming the answer is
    # dropped, and the title's 边界层 and the sentence's 分离 put it together. The drag the
    # next paragraph names is still asked.
    asked = _cards(tmp_path, _SEPARATION, title="流体力学笔记 边界层理论")
    assert "边界层分离" not in asked, asked
    assert asked["压差阻力"] == [
        "流体力学笔记 边界层理论 › 阻力 分离后在物体后方形成尾涡区，压强得不到恢复，"
        "因此产生很大的 [...] 。"], asked


_DISCHARGE = ("## Discharge\n\n- check inhaler technique\n- pulmonary rehab within 4 weeks of "
              "discharge\n- smoking cessation is the only intervention that slows decline in "
              "FEV1\n")


def test_a_duration_is_asked_not_what_it_counts_from(tmp_path):
    # Was "pulmonary rehab within 4 weeks of [...]" for "discharge", the heading's word (a
    # learner's read: junk): the 4 weeks is the fact. The item beside it keeps its card.
    asked = _cards(tmp_path, _DISCHARGE, title="COPD exacerbation")
    assert asked["4 weeks"] == ["COPD exacerbation › Discharge pulmonary rehab within [...] of "
                                "discharge"], asked
    assert "discharge" not in asked, asked
    assert "smoking cessation" in asked, asked


_TAXES = ("## Price elasticity of demand\n\n- cigarettes have inelastic demand, so taxes raise "
          "a lot of revenue\n- higher taxes lead to lower consumption of cigarettes\n")


def test_a_filler_amount_is_no_gap(tmp_path):
    # Was "cigarettes have inelastic demand, so taxes raise a [...]" for "lot of revenue" (a
    # learner's read: junk): the gap's noun is the obvious word, how much is filler. What
    # the other item causes is still asked.
    asked = _cards(tmp_path, _TAXES, title="ECON101")
    assert not [a for a in asked if "lot of" in a], asked
    assert "lower consumption of cigarettes" in asked, asked
