"""A Chinese paragraph opening on 其中 ("where …") with nothing before it in its section.

"其中 \\(\\omega_0\\) 称为[基波频率]，\\(T\\) 为信号的周期。" right under "## 3.4 小结" says
what the letters of a formula are, and its card showed no formula (a blind review of session
22: junk, "dangling 其中 with no formula"). After the formula it explains, it is still asked.
"""

from support import cards_shown, run

_ORPHAN = "# 信号与系统\n\n## 3.4 小结\n\n其中 $\\omega_0$ 称为基波频率，$T$ 为信号的周期。\n"


def test_a_legend_with_no_formula_before_it_makes_no_card_and_check_says_why(tmp_path):
    assert cards_shown(tmp_path, _ORPHAN) == []
    (tmp_path / "s.md").write_text(_ORPHAN, encoding="utf-8")
    assert 's.md:5: weak card: no card: "其中" points at text before the fact' in \
        run("check", tmp_path / "s.md").output


def test_a_legend_under_its_formula_is_still_asked(tmp_path):
    source = ("# 信号与系统\n\n## 3.1 傅里叶级数\n\n$$x(t) = \\sum_k a_k e^{jk\\omega_0 t}$$\n\n"
              "其中 $\\omega_0$ 称为基波频率，$T$ 为信号的周期。\n")
    assert any("基波频率" in back for _, back in cards_shown(tmp_path, source))
