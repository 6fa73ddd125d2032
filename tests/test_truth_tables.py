"""Truth tables (eighteenth session): their rows repeat their first cells ("T", "T", "F",
"F"), and read as rows named by their first cell they made no card at all; a to-do table's
tick column made cards asking a task from its tick."""

from __future__ import annotations

from test_markdown_idioms import build, check

TABLE = ("# Logic\n\n## Connectives\n\n"
         "| $p$ | $q$ | $p \\land q$ | $p \\to q$ | $p \\oplus q$ |\n|---|---|---|---|---|\n"
         "| T | T | T | T | F |\n| T | F | F | F | T |\n| F | T | F | T | T |\n"
         "| F | F | F | T | F |\n")


def test_each_row_and_computed_column_of_a_truth_table_is_a_card(tmp_path):
    shown, _, _ = build(tmp_path, TABLE)
    # Four rows, one computed column asked: p ∧ q and p ⊕ q are plain English ("When p = T,
    # q = T, p ∧ q is [true]": two reviews of session 19, junk), and `check` says so.
    assert len(shown.fronts) == 4, shown.fronts
    assert "Logic › Connectives When \\(p\\) = T, \\(q\\) = F, \\(p \\to q\\) is [...] ." \
        in shown.fronts, shown.fronts
    assert not any("land" in f or "oplus" in f for f in shown.fronts), shown.fronts
    # The answer is the value in words, each row's own: T, F -> p → q false.
    answers = {text: answer for text, (answer,), *_ in shown}
    assert answers["When \\(p\\) = T, \\(q\\) = F, \\(p \\to q\\) is false."] == "false"
    assert answers["When \\(p\\) = F, \\(q\\) = F, \\(p \\to q\\) is true."] == "true"
    assert "what and, or, exclusive or and not give is plain English" in check(tmp_path, TABLE)


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


GATES = ("# Digital logic\n\n## Gates\n\n"
         "| A | B | A NAND B | A ⊕ B |\n|---|---|---|---|\n"
         "| 0 | 0 | 1 | 0 |\n| 0 | 1 | 1 | 1 |\n| 1 | 0 | 1 | 1 |\n| 1 | 1 | 0 | 0 |\n")


def test_a_truth_table_in_zeros_and_ones_keeps_its_digits(tmp_path):
    # Digital logic writes truth values as 0 and 1: each row and gate is a card, the
    # inputs shown as typed, the answer the digit with its word (a digit alone is no word).
    # (A ⊕ B, an exclusive or, is plain English: no card.)
    shown, _, _ = build(tmp_path, GATES)
    assert len(shown.fronts) == 4, shown.fronts
    assert "Digital logic › Gates When A = 1, B = 0, A NAND B is [...] ." in shown.fronts
    answers = {text: answer for text, (answer,), *_ in shown}
    assert answers["When A = 0, B = 1, A NAND B is 1 (true)."] == "1 (true)"
    assert answers["When A = 1, B = 1, A NAND B is 0 (false)."] == "0 (false)"


def test_a_named_and_or_exclusive_or_of_the_inputs_is_plain_english_too(tmp_path):
    # A half adder's "C = A·B" and "S = A ⊕ B" gave "When A = 1, B = 0, C = A·B is [...]"
    # (eight cards, all judged junk in a blind review of session 20): naming the column
    # hid its plain connective from the rule that skips one. A compound of them is asked.
    source = ("# Digital logic\n\n## Half adder\n\n"
              "| A | B | S = A ⊕ B | C = A·B | Carry = A AND B | F = A·B + A |\n"
              "|---|---|---|---|---|---|\n"
              "| 0 | 0 | 0 | 0 | 0 | 0 |\n| 0 | 1 | 1 | 0 | 0 | 0 |\n"
              "| 1 | 0 | 1 | 0 | 0 | 1 |\n| 1 | 1 | 0 | 1 | 1 | 1 |\n")
    shown, _, _ = build(tmp_path, source)
    assert shown.fronts == [f"Digital logic › Half adder When A = {a}, B = {b}, F = A·B + A "
                            "is [...] ." for a, b in ("00", "01", "10", "11")], shown.fronts
    assert "(S = A ⊕ B, C = A·B, Carry = A AND B); the other columns are asked" \
        in check(tmp_path, source)


def test_zeros_and_ones_under_names_with_no_operator_are_no_truth_table(tmp_path):
    # An adjacency matrix, or counts, under plain letters: no "When A = 0 …" card.
    source = ("# Graphs\n\n## Edges\n\n| A | B | C |\n|---|---|---|\n"
              "| 0 | 1 | 1 |\n| 1 | 0 | 0 |\n| 1 | 0 | 0 |\n| 0 | 0 | 1 |\n")
    shown, _, _ = build(tmp_path, source)
    assert not any("When" in f for f in shown.fronts), shown.fronts


SIGNS = ("# Thermochemistry\n\n## Gibbs free energy\n\n"
         "| $\\Delta H$ | $\\Delta S$ | Spontaneous? |\n|---|---|---|\n"
         "| $-$ | $+$ | Always |\n| $+$ | $-$ | Never |\n| $-$ | $-$ | At low $T$ |\n"
         "| $+$ | $+$ | At high $T$ |\n")


def test_each_case_of_a_sign_table_asks_what_follows_from_it(tmp_path):
    # Read as rows named by their first cell, "−" named two rows and nothing was asked.
    shown, _, _ = build(tmp_path, SIGNS)
    answers = {text: answer for text, (answer,), *_ in shown}
    assert len(answers) == 4, shown.fronts
    assert answers["\\(\\Delta H\\) \\(-\\), \\(\\Delta S\\) \\(+\\) — Spontaneous? Always"] \
        == "Always"
    assert answers["\\(\\Delta H\\) \\(+\\), \\(\\Delta S\\) \\(+\\) — Spontaneous? At high "
                   "\\(T\\)"] == "At high \\(T\\)"
    assert ("Thermochemistry › Gibbs free energy \\(\\Delta H\\) \\(+\\), \\(\\Delta S\\) "
            "\\(-\\) — Spontaneous? [...]") in shown.fronts, shown.fronts


def test_a_grid_of_signs_or_a_case_twice_is_no_sign_table(tmp_path):
    # Signs in every column (nothing follows in words), or one case in two rows (which
    # would it be?): no card of the sign-table shape.
    for source in (
            "# Trig\n\n## Signs\n\n| sin | cos | tan |\n|---|---|---|\n"
            "| + | + | + |\n| + | - | - |\n| - | - | + |\n| - | + | - |\n",
            "# Notes\n\n## Cases\n\n| x | Result |\n|---|---|\n"
            "| + | grows |\n| + | shrinks |\n"):
        shown, _, _ = build(tmp_path / str(len(source)), source)
        # The sign table's own shape, "x + — Result: […]", "sin +, cos + — tan: […]".
        assert not any("x + —" in f or "sin +, cos" in f for f in shown.fronts), shown.fronts
        # Nor two cards of one front asking two answers ("Notes › Cases x: + — Result: [...]"
        # asked "grows" and "shrinks"): neither is answerable.
        assert len(set(shown.fronts)) == len(shown.fronts), shown.fronts


def test_no_two_cards_show_one_front_and_ask_different_answers(tmp_path):
    # Whatever made them (a case twice in a table, one sentence twice with another word
    # marked), a learner shown the front cannot tell which answer is meant: both go, the
    # others stay, and `check` says why.
    for source, kept in (
            ("# Notes\n\n## Cases\n\n| x | Result |\n|---|---|\n"
             "| + | grows |\n| + | shrinks |\n| - | stays the same |\n",
             {"Notes › Cases x: - — Result: [...]": ["stays the same"]}),
            ("# France\n\n## Cities\n\nThe largest city on the river is **Paris**.\n\n"
             "The largest city on the river is **Lyon**.\n\n"
             "The oldest city of the country is **Marseille**.\n",
             {"France › Cities The oldest city of the country is [...] .": ["Marseille"]})):
        shown, _, _ = build(tmp_path / str(len(source)), source)
        assert dict(zip(shown.fronts, (answers for _, answers, *_ in shown),
                        strict=True)) == kept, (shown.fronts, shown)
        assert "show one front and ask different answers" in check(tmp_path, source)
