"""A short Chinese or Japanese name over its display formula asks it (cjkformula25).

"Electric field strength" over `$$E = F/q$$` was asked ("Electric field strength: […]"),
but "波函数" over `$$y = A\\cos[…]$$` was not: the title-line reading told a name by its
capital letter, which Chinese and Japanese do not have, and the formula was "on its own".
"""

from support import cards_shown

_NOTES = """# 物理

## 波动

波函数

$$
y=A\\cos\\left[\\omega\\left(t-\\frac{x}{u}\\right)+\\varphi\\right]
$$

其表达式为

$$
T=\\frac{2\\pi}{\\omega}
$$
"""


def test_a_cjk_name_over_its_formula_asks_the_formula(tmp_path):
    cards = cards_shown(tmp_path, _NOTES, text=True)
    asked = [(f, b) for f, b in cards if f == "波函数: [...]"]
    assert len(asked) == 1, cards
    assert "\\[y=A\\cos\\left[" in asked[0][1], asked
    # "其表达式为" ("its expression is") leads into a formula: no name to ask it from.
    assert not any(f.startswith("其表达式为: ") for f, _ in cards), cards
