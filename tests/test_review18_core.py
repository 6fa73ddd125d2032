"""What the code review of the eighteenth session found in its new rules, each with the
review's own input: cards the rules lost or spoiled, and work that grew as the square of the
input."""

from __future__ import annotations

from test_coverage_rules import answers_of
from test_markdown_idioms import build

from deck_builder.readers.markdown import _GRADING, _STUDY_ADVICE
from deck_builder.text import TermIndex


def answered(shown) -> list[str]:
    return [answer for answers in answers_of(shown) for answer in answers]


def test_grading_lines_are_told_apart_from_a_run_of_symbols():
    # The grading test is its own search now (its ".*" after "^\W*" was quadratic on a run
    # of arrows: benchmarks/adversarial.py's `symbols` case measures the time).
    assert _GRADING.search("Problem sets count for 30% of the grade.")
    for text in ("→ " * 300, "~ " * 150 + "30% of the grade"):
        assert not _STUDY_ADVICE.match(text)
    assert _GRADING.search("~ " * 150 + "30% of the grade")


def test_a_quantity_the_answer_only_ends_in_does_not_refuse_it(tmp_path):
    # "[Blood pressure] … 120/80 mmHg": the unit says the kind, the answer which one.
    shown, _, _ = build(tmp_path, "# Physiology\n\n## Key terms\n\n"
                        "- **Blood pressure** in a healthy adult is usually below 120/80 mmHg.\n"
                        "- **Body temperature** is kept near 37 °C by the hypothalamus.\n")
    assert sorted(answered(shown)) == ["Blood pressure", "Body temperature"], shown.fronts


def test_a_bare_threshold_refuses_a_terse_item_only(tmp_path):
    # "Flow … turbulent when the [Reynolds number] > 4000": a sentence says more than the
    # number; "[qSOFA] ≥ 2" in a list of criteria still makes no card.
    shown, _, _ = build(tmp_path, "# Fluid dynamics\n\n## Flow regimes\n\n"
                        "Flow in a pipe becomes turbulent when the **Reynolds number** > 4000.\n")
    assert answered(shown) == ["Reynolds number"], shown.fronts


def test_no_chinese_term_is_asked_from_inside_a_compound(tmp_path):
    # 对称 holds 对, 自由 holds 由, 下降 opens on 下, 反应 on 反: none is a word's edge.
    source = ("# 笔记\n\n## 矩阵\n\n一个实对称矩阵总可以被正交对角化。\n\n## 电子\n\n"
              "自由电子在金属中运动。\n\n## 梯度\n\n梯度下降法是常用的优化方法。\n\n"
              "## 化学\n\n化学反应需要活化能。\n")
    shown, _, _ = build(tmp_path, source)
    assert not any(a in ("矩阵", "电子", "梯度", "化学") for a in answered(shown)), shown.fronts
    # The one whole word a heading names is asked ("梯度下降法", not its 梯度).
    assert answered(shown) == ["梯度下降法"], shown.fronts


def test_a_chinese_heading_is_not_split_inside_a_word_nor_a_word_read_as_defining(tmp_path):
    # "中华人民共和国宪法" named "中华人民共" (和 of 共和); 立即 and 人民代表大会 were read
    # as "即" and "代表" ("[细胞立]即…", "[全国人民]代表大会…").
    source = ("# 笔记\n\n## 中华人民共和国宪法\n\n中华人民共和国成立于1949年10月1日。\n\n"
              "## 国家机构\n\n全国人民代表大会每年举行一次会议。\n\n## 修复\n\n"
              "细胞立即启动修复机制。\n")
    shown, _, _ = build(tmp_path, source)
    assert not any(a in ("中华人民共", "全国人民", "细胞立") for a in answered(shown)), \
        shown.fronts
    # What it gives today: the heading over the congress's sentence, asked whole from it.
    assert shown.fronts == ["笔记 [...] — 全国人民代表大会每年举行一次会议。"], shown.fronts
    assert answered(shown) == ["国家机构"], shown.fronts


def test_an_initials_hint_never_spells_a_short_name(tmp_path):
    # "Vitamin D": "[V… D…]" is the answer itself; the other members keep their hint.
    shown, _, _ = build(tmp_path, "# Nutrition\n\n## Fat-soluble vitamins\n\n"
                        "- Vitamin D\n- Retinol\n- Tocopherol\n- Phylloquinone\n")
    assert any(f.endswith("[...] ; Retinol ; Tocopherol ; Phylloquinone") for f in shown.fronts), \
        shown.fronts
    assert any("[R…]" in f for f in shown.fronts), shown.fronts


def test_a_title_cut_before_a_year_range_drops_the_range(tmp_path):
    # "Modern Europe 1789–1815: Napoleon" over the card for "Napoleon": "Modern Europe 1789"
    # kept half a range; the range is kept whole.
    shown, _, _ = build(tmp_path, "# Modern Europe 1789–1815: Napoleon\n\n## Rise\n\n"
                        "**Napoleon** crowned himself emperor in 1804.\n")
    assert any(f.startswith("Modern Europe 1789–1815 ") for f in shown.fronts), shown.fronts


def test_a_chinese_term_opening_on_latin_letters_is_found_in_chinese_prose():
    index = TermIndex([(0, "DNA聚合酶", ())])
    assert index.candidates("在复制过程中，DNA聚合酶沿着模板链移动。") == [0]


def test_terms_sharing_their_first_characters_are_each_found():
    # Looked up by slices of their keys' lengths at each place two characters open one
    # (testing every key an opening shared was quadratic in such terms; the code review).
    terms = [f"术语{chr(0x4e00 + i)}{chr(0x4e00 + i // 7)}" for i in range(400)]
    index = TermIndex([(i, t, ()) for i, t in enumerate(terms)])
    found = index.candidates("当术语超过阈值时，" + terms[123] + "和" + terms[7] + "。")
    assert 123 in found and 7 in found and 124 not in found


def test_an_inline_footnote_on_a_label_goes_on_the_back(tmp_path):
    # "- 45% red cells (…)^[note]" over its explanation: the label's gap held the marker
    # "[^inline-…]" (held-out-2's one note with raw syntax, the same shape in Italian).
    shown, _, _ = build(tmp_path, "# Blood\n\n## Composition\n\n"
                        "- 45% red cells (the formed part)^[only seen when blood is treated "
                        "with an anticoagulant and spun]\n    - Cells of the red series\n"
                        "- 55% plasma\n    - Water and proteins\n")
    assert not any("[^" in raw for *_, raw, _ in shown), [raw for *_, raw, _ in shown]
    assert any("anticoagulant" in source for *_, source in shown), shown


def test_a_half_adder_computes_both_its_one_letter_outputs(tmp_path):
    # "| A | B | S | C |": S is one letter too, but A and B alone are all four rows.
    shown, _, _ = build(tmp_path, "# Logic\n\n## Half adder\n\n| A | B | S | C |\n"
                        "|---|---|---|---|\n| F | F | F | F |\n| F | T | T | F |\n"
                        "| T | F | T | F |\n| T | T | F | T |\n")
    assert len(shown.fronts) == 8, shown.fronts
    assert any(f.endswith("When A = T, B = T, S is [...] .") for f in shown.fronts), shown.fronts


def test_a_chinese_line_ending_in_a_full_width_colon_titles_its_list(tmp_path):
    # "细胞器的种类：" leads into the list as "Types of organelle:" does: no card of its own.
    shown, _, _ = build(tmp_path, "# 细胞生物学\n\n## 细胞器\n\n细胞器的种类：\n\n"
                        "- 线粒体\n- 叶绿体\n- 内质网\n")
    assert not any("的种类" in f and "[...]" in f.split("的种类")[0] for f in shown.fronts), \
        shown.fronts
    # The list is asked under its title, item by item.
    assert "细胞生物学 › 细胞器 › 细胞器的种类 [...] ; 叶绿体 ; 内质网" in shown.fronts, \
        shown.fronts


def test_praise_is_no_naming(tmp_path):
    # 称赞 (praise) is no 称…为 ("则称 A 为 Y", which names what stands between).
    shown, _, _ = build(tmp_path, "# 笔记\n\n## 班级\n\n老师称赞小明为班级做了很多好事。\n\n"
                        "我们称满足 $A^T A = E$ 的矩阵为正交矩阵。\n")
    # 称…为 still names beside 称赞: only that sentence's card.
    assert answered(shown) == ["正交矩阵"], shown.fronts


def test_a_formula_with_a_factor_or_power_is_asked_though_its_letters_are_named(tmp_path):
    # "depends on its mass and its speed" names m and v, not the half nor the square.
    shown, _, _ = build(tmp_path, "# Mechanics\n\n## Kinetic energy\n\n"
                        "The kinetic energy of a moving body depends on its mass and its speed:\n\n"
                        "$$E_k = \\frac{1}{2} m v^2$$\n")
    assert any("frac{1}{2}" in a for a in answered(shown)), shown.fronts
