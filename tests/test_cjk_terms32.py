"""Chinese and Japanese terms of two characters, the length of most of their words, asked
where the note shows them defined by a colon (the thirty-second session: "**加法**：将两个…"
made no card, its answer "too short to recall"). Each test of a new behaviour fails on
737042f; the guards pass on both."""

from support import cards_shown, checked


def test_a_two_character_term_before_its_colon_is_asked(tmp_path):
    # A linear algebra blog in Chinese: each operation in bold, what it does after a
    # full-width colon.
    source = ("# 线性代数基础\n\n## 向量和矩阵的运算\n\n"
              "- **加法**：将两个长度相同的向量，按照元素测序，一一加在一起\n"
              "- **数乘**：向量和标量之间相乘，将向量中所有的值都乘以标量\n")
    # (The card's HTML puts a space after the gap, which the visible text keeps.)
    fronts = [front.replace(" ", "") for front, _ in cards_shown(tmp_path, source, text=True)]
    assert "[...]：将两个长度相同的向量，按照元素测序，一一加在一起" in fronts, fronts
    assert "[...]：向量和标量之间相乘，将向量中所有的值都乘以标量" in fronts, fronts
    assert "too short to recall" not in checked(tmp_path, source)


def test_a_two_character_term_glossed_in_english_is_not_asked_by_it(tmp_path):
    # The guard: "[...]（vector）：…" asks the translation back (gate32-g4: weak, ten of
    # them); the term stays unasked, as before.
    source = ("# 线性代数基础\n\n## 一些基础定义\n\n"
              "- **向量**（vector）：一系列数字的组合。\n"
              "- **矩阵**（matrix）：一个二维存储数字的线性对象。\n")
    assert cards_shown(tmp_path, source, text=True) == []


def test_a_one_character_answer_before_its_colon_is_still_too_short(tmp_path):
    # The guard: "光" (light) alone is too short a gap, colon or not.
    source = ("# 植物\n\n## 环境因素\n\n- **光**：不仅提供能量，还作为一种信号，影响种子萌发。\n")
    assert cards_shown(tmp_path, source, text=True) == []
    assert 'answer "光" is too short to recall' in checked(tmp_path, source)
