"""Shapes of fact found missing in ten notes written for issue 14 (coverage) before the
reader was read: a superlative over any noun, a measured duration, a count in digits, a
name after a comma, a code span, what a thing is associated with, involved in or acts on.
Each test builds a small note, imports it into real Anki and asserts the card a learner
gets, and that a near miss beside it gets none.
"""

from __future__ import annotations

from test_coverage_rules import answers_of
from test_markdown_idioms import build


def test_what_a_superlative_narrows_a_noun_to_is_asked(tmp_path):
    # "The most common sites are …": a superlative picks the one thing (or few) that fills
    # any noun, as "The most common cause of …" does; not a vague noun ("thing", "step").
    shown, _, _ = build(tmp_path, "# Pressure injuries\n\n## Where they form\n\n"
                        "The most common sites are the sacrum and the heels.\n\n"
                        "The most abundant gas in the atmosphere is nitrogen.\n\n"
                        "The first step is not easy for anyone who tries it.\n")
    assert answers_of(shown) == [["nitrogen"], ["sacrum and the heels"]], answers_of(shown)
    assert "Pressure injuries › Where they form The most common sites are the [...] ." \
        in shown.fronts, shown.fronts


def test_a_measured_duration_is_asked_and_a_story_s_is_not(tmp_path):
    # "within 6 hours", "every 2 hours", "takes 3–5 days": how long is the fact; "After 20
    # minutes the troops …" dates a story's step.
    shown, _, _ = build(tmp_path, "# Pressure injuries\n\n## Onset\n\n"
                        "Damage can begin in as little as 2 hours in a high-risk patient.\n\n"
                        "The full effect of warfarin takes 3–5 days to develop.\n\n"
                        "After 20 minutes the cavalry charged down the hill.\n")
    assert answers_of(shown) == [["2 hours"], ["3–5 days"]], answers_of(shown)
    assert "Pressure injuries › Onset Damage can begin in as little as [...] in a high-risk " \
        "patient." in shown.fronts, shown.fronts


def test_a_count_in_digits_is_asked_with_what_it_counts(tmp_path):
    # "has 206 bones": the noun is the number's unit, so both are the answer ("206" alone
    # would be a number with no unit). Not two counts in one sentence.
    shown, _, _ = build(tmp_path, "# Anatomy\n\n## Skeleton\n\n"
                        "The adult human body has 206 bones.\n\n"
                        "The protein has 2 subunits and 4 haem groups.\n")
    assert answers_of(shown) == [["206 bones"]], answers_of(shown)
    assert "Anatomy › Skeleton The adult human body has [...] ." in shown.fronts, shown.fronts


def test_a_name_after_a_comma_naming_a_common_noun_is_asked(tmp_path):
    # "the café owner, Francis Minchella": the name says who the noun is; "the three
    # powers, Britain, France and Germany" is a list, and one of it no fact.
    shown, _, _ = build(tmp_path, "# Donoghue v Stevenson\n\n## Facts\n\n"
                        "Because her friend had bought the drink, Donoghue had no contract "
                        "with the café owner, Francis Minchella.\n\n"
                        "The treaty was signed by the three powers, Britain, France and "
                        "Germany.\n")
    assert answers_of(shown) == [["Francis Minchella"]], answers_of(shown)
    assert "Donoghue v Stevenson › Facts Because her friend had bought the drink, Donoghue " \
        "had no contract with the café owner, [...] ." in shown.fronts, shown.fronts


def test_a_code_span_is_asked_as_the_name_its_sentence_gives(tmp_path):
    # "you call `.clone()`" (its full stop ends no sentence); not a plain word in code
    # ("`buffer`"), one of a list, nor an example after "e.g." or "such as".
    shown, _, _ = build(tmp_path, "# Ownership in Rust\n\n## Copies\n\n"
                        "If you really want a deep copy of heap data you call `.clone()`, "
                        "which is explicit on purpose.\n\n"
                        "Implement the shared `buffer` as a circular array.\n\n"
                        "A random password such as `rg8Ql34g` has high entropy per "
                        "character.\n")
    assert answers_of(shown) == [["`.clone()`"]], answers_of(shown)
    assert "Ownership in Rust › Copies If you really want a deep copy of heap data you call " \
        "[...] , which is explicit on purpose." in shown.fronts, shown.fronts


def test_what_a_named_thing_goes_with_or_acts_on_is_asked(tmp_path):
    # "is associated with", "is involved in", "acts on": what follows is the fact, of a
    # named subject only ("Many people were involved in the plot" names no one).
    shown, _, _ = build(tmp_path, "# Lecture 9\n\n## Risk\n\n"
                        "Obesity is associated with insulin resistance.\n\n"
                        "The prefrontal cortex is involved in planning and decision-making.\n\n"
                        "Atropine acts on muscarinic receptors.\n\n"
                        "Many people were involved in the plot.\n")
    assert answers_of(shown) == [["insulin resistance"], ["muscarinic receptors"],
                                 ["planning and decision-making"]], answers_of(shown)
    assert "Lecture 9 › Risk Atropine acts on [...] ." in shown.fronts, shown.fronts


def test_a_year_with_its_era_is_asked_as_a_year(tmp_path):
    # "in 509 BC", "AD 79": ancient history writes its years so; a range ("494–287 BC")
    # gives no one year to ask.
    shown, _, _ = build(tmp_path, "# The Roman Republic\n\n## Beginnings\n\n"
                        "The Republic was founded in 509 BC, when the Romans expelled their "
                        "last king.\n\n"
                        "The struggle of the orders lasted for two centuries (roughly 494–287 "
                        "BC).\n")
    assert answers_of(shown) == [["509 BC"]], answers_of(shown)
    assert "The Roman Republic › Beginnings The Republic was founded in [...] , when the " \
        "Romans expelled their last king." in shown.fronts, shown.fronts


def test_a_superlative_after_by_far_is_a_role_not_a_term(tmp_path):
    # "By far the largest store is the lithosphere": what fills the superlative is asked,
    # never "[By far the largest store] is the lithosphere", a definition of no term.
    shown, _, _ = build(tmp_path, "# The carbon cycle\n\n## Stores\n\n"
                        "By far the largest store is the lithosphere, where carbon is locked "
                        "up in sedimentary rocks.\n")
    assert answers_of(shown) == [["lithosphere"]], answers_of(shown)


def test_an_answer_stops_before_an_e_g_typed_with_no_comma(tmp_path):
    # "caused by rising costs of production e.g. oil prices": the full stop of "e.g." cut
    # the sentence, and the answer kept its "e" ("[… production e].g.").
    shown, _, _ = build(tmp_path, "# Macro – Inflation\n\n"
                        "- Cost-push inflation is caused by rising costs of production e.g. "
                        "oil prices, wages\n")
    assert answers_of(shown) == [["rising costs of production"]], answers_of(shown)
