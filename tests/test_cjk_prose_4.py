"""Chinese lecture notes read by a learner (zh20b): a gloss after the gap is part of the
answer, an answer the front says again or in parts asks nothing, a sentence pointing back
(前者, 后者) is not asked alone, and a step of a procedure is no formula card.
"""

from __future__ import annotations

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
