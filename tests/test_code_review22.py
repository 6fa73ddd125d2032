"""Review of session 22's changes: what the learner sees where its rules misfired.

Each test is a note shape a rule of session 22 was not written for, and the cards (or the
`check` lines) it makes, read as Anki shows them.
"""

import time

from support import cards_shown, run

# --- "**Example**" over a paragraph (markdown.py, _EXAMPLE_HEAD) -------------------------

_CASE_FATALITY = ("# Epidemiology measures\n\n**Case fatality rate**\n\n"
                  "The case fatality rate is the proportion of people diagnosed with a disease "
                  "who die of it within a stated period.\n")


def test_a_bold_term_opening_on_case_is_no_example_line(tmp_path):
    # "Case fatality rate" is a term, not "Case study": its paragraph says what it is,
    # and made a card before the "**Example**" rule took both lines as an example.
    fronts = [front for front, _ in cards_shown(tmp_path, _CASE_FATALITY, text=True)]
    assert any("proportion of people diagnosed" in front for front in fronts), fronts
    (tmp_path / "case.md").write_text(_CASE_FATALITY, encoding="utf-8")
    assert "skipped: example" not in run("check", tmp_path / "case.md").output


_EXAMPLE_LINES = """# Heuristics

## Anchoring

**Example 1:**

Asked whether Gandhi died before or after age 140, people then guess an older age of death.
"""


def test_a_numbered_example_line_still_makes_no_card(tmp_path):
    assert cards_shown(tmp_path, _EXAMPLE_LINES) == []
    # Read, and skipped as an example (not lost on the way, nor an empty deck for another
    # reason).
    (tmp_path / "ex.md").write_text(_EXAMPLE_LINES, encoding="utf-8")
    assert "ex.md:7: skipped: example (the paragraph under an \"Example\" line" in \
        run("check", tmp_path / "ex.md").output


# --- <details> (markdown.py, _MarkdownReader.details) ------------------------------------

_NESTED = """# Physiology

<details>
<summary>What hormone increases water reabsorption in the collecting duct?</summary>

Antidiuretic hormone

<details><summary>Where is it made?</summary>In the hypothalamus.</details>

The posterior pituitary releases antidiuretic hormone when plasma osmolality rises above
its set point.

</details>
"""


def test_a_nested_folded_answer_does_not_close_the_outer_one(tmp_path):
    # The inner "</details>" closed the outer block: its own "</details>" was left over as
    # "raw HTML" in `check`.
    (tmp_path / "nested.md").write_text(_NESTED, encoding="utf-8")
    output = run("check", tmp_path / "nested.md").output
    assert "raw HTML" not in output, output
    cards = cards_shown(tmp_path, _NESTED, text=True)
    assert ("What hormone increases water reabsorption in the collecting duct? — [...]",
            "What hormone increases water reabsorption in the collecting duct? — "
            "Antidiuretic hormone") in cards
    assert ("Where is it made? — [...]", "Where is it made? — In the hypothalamus.") in cards


_RUN_OF_FOLDS = """# Physiology

<details>
<summary>What hormone increases water reabsorption in the collecting duct?</summary>

Antidiuretic hormone
</details>
<details>
<summary>What does aldosterone increase?</summary>

Sodium reabsorption in the distal nephron
</details>
"""


def test_each_of_a_run_of_folds_typed_without_blank_lines_is_asked(tmp_path):
    # "</details>" and the next "<details><summary>…" on the lines after it are one HTML
    # block: it was taken whole as the first fold's close, and the second question lost
    # (its answer "no card", its close "raw HTML").
    cards = cards_shown(tmp_path, _RUN_OF_FOLDS, text=True)
    assert ("What does aldosterone increase? — [...]",
            "What does aldosterone increase? — Sodium reabsorption in the distal nephron"
            ) in cards, cards
    assert len(cards) == 2, cards


_TYPED_IN_THE_FOLD = """# Renal

## Notes

<details>
<summary>Click to expand</summary>
The juxtaglomerular cells release renin when renal perfusion pressure falls below normal.
</details>
"""


def test_text_typed_inside_a_fold_under_a_title_is_read(tmp_path):
    # A summary that is no question folds content "read as it is"; text typed inside the
    # HTML block itself was dropped, and `check` said nothing (before session 22: "raw HTML").
    fronts = [front for front, _ in cards_shown(tmp_path, _TYPED_IN_THE_FOLD, text=True)]
    assert fronts == ["The [...] release renin when renal perfusion pressure falls below "
                      "normal."], fronts


def test_many_unclosed_summaries_are_read_in_linear_time(tmp_path):
    # "<summary" opened 50,000 times and never closed: the summary's lazy pattern scanned
    # to the end from each (about 100 s for 500 KB).
    source = "# Q\n\n<details>" + "<summary>x" * 50_000 + "\n"
    (tmp_path / "many.md").write_text(source, encoding="utf-8")
    started = time.monotonic()
    run("check", tmp_path / "many.md")
    assert time.monotonic() - started < 20


# --- A Chinese label said in its text (generate.py, _cjk_label_in_text) ------------------

_CJK_MATH = """# 信号与系统

## 采样

- 采样：\\(f_s。2f\\) 采样使连续信号变为离散信号。采样后的信号要再经过低通滤波器才能恢复原信号。
"""


def test_a_full_stop_inside_math_ends_no_chinese_sentence(tmp_path):
    # "。" inside "\\(f_s。2f\\)" was read as the first sentence's end, before the label
    # was said: the card fell back to hiding "采样" three times, once in "采样后".
    cards = cards_shown(tmp_path, _CJK_MATH, text=True)
    assert cards, cards
    for front, _ in cards:
        assert front.count("[...]") == 1, front
        assert "采样后" not in front and "[...]后" not in front, front


# --- Terse items (statements.py, _rule_bound and _test_for) ------------------------------

_SETTINGS = """# Operations notes

## Setup

- Pick a seed > 0
- Use a timeout > 30
- Goal: confirm the hypothesis
- Aim: detect fraud early
"""


def test_an_article_a_is_no_verb_and_a_goal_no_test(tmp_path):
    # "a" was read as French "has" ("Pick a seed [> 0]" as "luxuries have YED [> 1]"),
    # and a goal as a clinical test ("Goal: confirm [the hypothesis]" as "CXR to exclude
    # [pneumonia]").
    fronts = [front for front, _ in cards_shown(tmp_path, _SETTINGS, text=True)]
    for asked in ("Pick a seed [...]", "Use a timeout [...]", "Goal: confirm [...]",
                  "Aim: detect [...]"):
        assert not any(asked in front for front in fronts), fronts
    # The two settings were read, and made no card for naming nothing to ask.
    (tmp_path / "setup.md").write_text(_SETTINGS, encoding="utf-8")
    said = run("check", tmp_path / "setup.md").output
    for line in (5, 6):
        assert f"setup.md:{line}: note: facts: no card: the fact names no concept" in said, said


_RULES = """# Economics

## Elasticity

- luxuries have YED > 1
- CXR to exclude pneumonia and pneumothorax
"""


def test_the_rules_still_ask_a_kinds_range_and_a_tests_purpose(tmp_path):
    fronts = [front for front, _ in cards_shown(tmp_path, _RULES, text=True)]
    assert any("luxuries have YED [...]" in front for front in fronts), fronts
    assert any("CXR to exclude [...]" in front for front in fronts), fronts


# --- A Chinese sentence pointing back (quality.py, _CJK_POINTS_BACK) ---------------------

_FAULT_TREE = """# 可靠性工程

## 分析方法

**故障树分析**是一种自上而下的演绎式失效分析方法，用布尔逻辑组合各个低阶事件来找出系统失效的原因。故障树分析广泛用于航空航天和核电领域的安全评估。

**事件树分析**是一种从初始事件出发的归纳式分析方法，沿时间顺序推演各种可能的后果序列。事件树分析常与故障树分析配合使用。
"""


def test_a_chinese_term_opening_on_gu_is_asked_from_its_first_sentence_alone(tmp_path):
    # "故障树分析是…" opens on 故 ("therefore") as the word 故障 ("fault"): its first
    # sentence was taken as going on from one before, and the card hid the term twice,
    # as its neighbour "事件树分析" was not.
    cards = cards_shown(tmp_path, _FAULT_TREE, text=True)
    fronts = [front for front, _ in cards]
    assert len(fronts) == 2, fronts
    assert all(front.count("[...]") == 1 for front in fronts), fronts
    assert all("航空航天" not in front for front in fronts), fronts


_BELOW = ("# 流体力学\n\n## 壁面流动\n\n"
          "- 边界层分离：边界层分离是指边界层内流体在逆压梯度作用下脱离壁面的现象，"
          "壁面切应力降到零以下时发生回流。边界层分离会显著增加物体的压差阻力。\n"
          "- 边界层转捩：边界层转捩是指边界层内流动由层流发展为湍流的过程，"
          "与来流扰动和壁面粗糙度都有关系。边界层转捩会显著增加壁面的摩擦阻力。\n")


def test_a_chinese_sentence_saying_below_does_not_lead_into_the_next(tmp_path):
    # 以下 is "below" in "降到零以下时" as well as "the following" in "分为以下三类": read as
    # leading into the next sentence, the first item's label made no card ("said again in
    # its text after a first sentence too short to ask it from alone"), its neighbour one.
    fronts = [front for front, _ in cards_shown(tmp_path, _BELOW, text=True)]
    assert any(front.startswith("[...] 是指边界层内流体在逆压梯度作用下脱离壁面的现象")
               or front.startswith("[...]是指边界层内流体在逆压梯度作用下脱离壁面的现象")
               for front in fronts), fronts
    assert all(front.count("[...]") == 1 for front in fronts), fronts


_STUDY_TIPS = """# Debugging

## Habits

- Tip: check for typos
- Strategy: look for patterns
- Warning: check for overflow
"""


def test_a_tip_or_a_strategy_is_no_clinical_test(tmp_path):
    # "Tip: check for [typos]" read the label as a test ("ECG: look for [arrhythmia]").
    fronts = [front for front, _ in cards_shown(tmp_path, _STUDY_TIPS, text=True)]
    for asked in ("Tip: check for [...]", "Strategy: look for [...]",
                  "Warning: check for [...]"):
        assert asked not in fronts, fronts
    # A real test under the same shape of label is still asked what it looks for.
    control = tmp_path / "control"
    control.mkdir()
    assert "ECG: look for [...]" in [
        front for front, _ in cards_shown(control, _STUDY_TIPS + "- ECG: look for arrhythmia\n",
                                          text=True)]
