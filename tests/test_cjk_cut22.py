"""A long Chinese paragraph shows the sentence holding its gap, not the whole paragraph.

Chinese writes no space between sentences, so the cut a long English paragraph gets
(quality.sentence_starts) never found one: three sentences of 130 characters around one gap
showed whole (two blind reviews of session 21: weak, "a long passage surrounds one gap").
Each test builds the article, imports it into Anki and reads the card as its CSS shows it.
"""

from support import cards_shown


def shown(tmp_path, source):
    """The one card's (front, back) text, without the spaces the test's reading of the
    HTML puts between its parts (Anki shows none: Chinese is written without them)."""
    [(front, back)] = cards_shown(tmp_path, source, text=True)
    return front.replace(" ", ""), back.replace(" ", "")

_PRINCIPLE = """# 材料力学笔记

## 应力

**圣维南原理**是说：作用在弹性体一小部分区域上的力系，如果用另一个静力等效的力系来代替，只会使加载区域附近的应力分布发生显著改变，离开加载区域稍远的地方影响可以忽略。正是由于这个原理，我们才可以不管杆端具体是怎么受力的，统一用同一个公式来计算。
"""


def test_a_long_chinese_paragraph_shows_only_the_sentence_of_its_gap(tmp_path):
    front, back = shown(tmp_path, _PRINCIPLE)
    assert front.startswith("[...]是说：作用在弹性体")
    assert front.endswith("影响可以忽略。")  # the sentence after it is left off the front
    assert "正是由于这个原理" not in front
    assert back.startswith("圣维南原理是说")


_LATER_GAP = """# 量子力学

## 不确定关系

类似地，能量和时间之间也有不确定关系，不过这里的时间不是一个算符的不确定度，而是体系状态发生显著变化所需要的特征时间。原子激发态的寿命越短，它发射的光谱线就**越宽**，这就是谱线自然宽度的来源。
"""


def test_a_gap_in_a_later_sentence_that_says_its_fact_alone_is_shown_alone(tmp_path):
    front, back = shown(tmp_path, _LATER_GAP)
    assert front == "原子激发态的寿命越短，它发射的光谱线就[...]，这就是谱线自然宽度的来源。"
    assert "越宽" in back


_POINTING = """# 材料力学笔记

## 应变与胡克定律

把应力和应变的定义代入胡克定律，可以得到杆件伸长量的计算公式，它与轴力和杆长成正比，与弹性模量和横截面面积成反比。其中弹性模量与横截面面积的乘积称为杆的**抗拉刚度**，它越大，杆在同样轴力下的伸长量越小。
"""


def test_a_sentence_pointing_back_keeps_the_one_before(tmp_path):
    # "其中 …" (of which …) says what it names only with the sentence it points into.
    front, _ = shown(tmp_path, _POINTING)
    assert front.startswith("把应力和应变的定义代入胡克定律")
    assert "称为杆的[...]" in front


_SHORT = """# 流体力学

## 湍流

普朗特假设流体微团在掺混前要走过一段距离，这段距离称为**混合长度**。由此得到涡黏性系数的表达式。
"""


def test_a_short_chinese_paragraph_is_not_cut(tmp_path):
    # Under CUT_WORDS (25 words: 50 Chinese characters) a paragraph is a sentence and its
    # gloss, shown whole as an English one is.
    front, _ = shown(tmp_path, _SHORT)
    assert front.endswith("由此得到涡黏性系数的表达式。")
