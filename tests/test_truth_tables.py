"""Truth tables (eighteenth session): their rows repeat their first cells ("T", "T", "F",
"F"), and read as rows named by their first cell they made no card at all; a to-do table's
tick column made cards asking a task from its tick."""

from __future__ import annotations

from test_markdown_idioms import build, check

TABLE = ("# Logic\n\n## Connectives\n\n"
         "| $p$ | $q$ | $p \\land q$ | $p \\lor q$ |\n|---|---|---|---|\n"
         "| T | T | T | T |\n| T | F | F | T |\n| F | T | F | T |\n| F | F | F | F |\n")


def test_each_row_and_computed_column_of_a_truth_table_is_a_card(tmp_path):
    shown, _, _ = build(tmp_path, TABLE)
    assert len(shown.fronts) == 8, shown.fronts  # four rows, two computed columns
    assert "Logic › Connectives When \\(p\\) = T, \\(q\\) = F, \\(p \\land q\\) is [...] ." \
        in shown.fronts, shown.fronts
    # The answer is the value in words, each row's own: T, F -> p ∧ q false, p ∨ q true.
    answers = {text: answer for text, (answer,), *_ in shown}
    assert answers["When \\(p\\) = T, \\(q\\) = F, \\(p \\land q\\) is false."] == "false"
    assert answers["When \\(p\\) = T, \\(q\\) = F, \\(p \\lor q\\) is true."] == "true"
    assert answers["When \\(p\\) = F, \\(q\\) = F, \\(p \\lor q\\) is false."] == "false"


def test_words_for_truth_values_and_plain_headers_are_read_too(tmp_path):
    source = ("# Logic\n\n## The conditional\n\n| p | q | p → q |\n|---|---|---|\n"
              "| True | True | True |\n| True | False | False |\n| False | True | True |\n"
              "| False | False | True |\n")
    shown, _, _ = build(tmp_path, source)
    assert sorted(a for _, (a,), *_ in shown) == ["false", "true", "true", "true"]
    assert "Logic › The conditional When p = T, q = F, p → q is [...] ." in shown.fronts


def test_a_table_of_other_values_or_with_no_variable_column_is_no_truth_table(tmp_path):
    # "Yes"/"No" cells, and T/F under a header that is no variable ("Claim"), are read as
    # before: no "When … = T" card.
    for source in (
            # T/F cells only, but no column headed by a variable
            "# Notes\n\n## Facts\n\n| Claim | Verdict | Checked |\n|---|---|---|\n"
            "| F | F | T |\n| T | F | T |\n| F | T | F |\n| T | T | T |\n",
            # variables, but a column of words
            "# Notes\n\n## Logic\n\n| p | q | Note |\n|---|---|---|\n"
            "| T | T | both hold |\n| T | F | only p |\n| F | T | only q |\n"
            "| F | F | neither |\n"):
        shown, _, _ = build(tmp_path / str(len(source)), source)
        assert not any("When" in f for f in shown.fronts), shown.fronts


def test_a_tick_column_of_a_to_do_table_makes_no_card(tmp_path):
    source = ("# Week 2\n\n## Problem set\n\n| # | Statement | Done? |\n|---|---|---|\n"
              "| 1 | Show that p implies q | ✅ |\n| 2 | Build the table for r | ❌ |\n")
    shown, _, _ = build(tmp_path, source)
    assert not any("✅" in f or "❌" in f for f in shown.fronts), shown.fronts
    assert "a row needs a name and something about it" in check(tmp_path, source)
