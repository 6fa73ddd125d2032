"""Shapes of fact found missing in ten notes written for issue 14 (coverage) before the
reader was read: a superlative over any noun, a measured duration, a count in digits, a
name after a comma, a code span, what a thing is associated with, involved in or acts on.
Each test builds a small note, imports it into real Anki and asserts the card a learner
gets, and that a near miss beside it gets none.
"""

from __future__ import annotations

import pytest
from test_coverage_rules import answers_of
from test_markdown_idioms import build


@pytest.mark.parametrize("source, answers, front", [
    # "The most common sites are …": a superlative picks the one thing (or few) that fills
    # any noun, as "The most common cause of …" does; not a vague noun ("thing", "step").
    pytest.param("# Pressure injuries\n\n## Where they form\n\n"
                 "The most common sites are the sacrum and the heels.\n\n"
                 "The most abundant gas in the atmosphere is nitrogen.\n\n"
                 "The first step is not easy for anyone who tries it.\n",
                 [["nitrogen"], ["sacrum", "heels"]],
                 "Pressure injuries › Where they form The most common sites are the sacrum and "
                 "the [...] .",
                 id="a-superlative-narrowing-any-noun-not-a-vague-one"),
    # "within 6 hours", "every 2 hours", "takes 3–5 days": how long is the fact; "After 20
    # minutes the troops …" dates a story's step.
    pytest.param("# Pressure injuries\n\n## Onset\n\n"
                 "Damage can begin in as little as 2 hours in a high-risk patient.\n\n"
                 "The full effect of warfarin takes 3–5 days to develop.\n\n"
                 "After 20 minutes the cavalry charged down the hill.\n",
                 [["2 hours"], ["3–5 days"]],
                 "Pressure injuries › Onset Damage can begin in as little as [...] in a "
                 "high-risk patient.",
                 id="a-measured-duration-not-a-storys"),
    # "has 206 bones": the noun is the number's unit, so both are the answer ("206" alone
    # would be a number with no unit). Not two counts in one sentence.
    pytest.param("# Anatomy\n\n## Skeleton\n\n"
                 "The adult human body has 206 bones.\n\n"
                 "The protein has 2 subunits and 4 haem groups.\n",
                 [["206 bones"]],
                 "Anatomy › Skeleton The adult human body has [...] .",
                 id="a-count-in-digits-with-what-it-counts-not-two-counts"),
    # "the café owner, Francis Minchella": the name says who the noun is; "the three
    # powers, Britain, France and Germany" is a list, and one of it no fact.
    pytest.param("# Donoghue v Stevenson\n\n## Facts\n\n"
                 "Because her friend had bought the drink, Donoghue had no contract "
                 "with the café owner, Francis Minchella.\n\n"
                 "The treaty was signed by the three powers, Britain, France and "
                 "Germany.\n",
                 [["Francis Minchella"]],
                 "Donoghue v Stevenson › Facts Because her friend had bought the drink, "
                 "Donoghue had no contract with the café owner, [...] .",
                 id="a-name-after-a-comma-naming-a-common-noun-not-a-list"),
    # "you call `.clone()`" (its full stop ends no sentence); not a plain word in code
    # ("`buffer`"), one of a list, nor an example after "e.g." or "such as".
    pytest.param("# Ownership in Rust\n\n## Copies\n\n"
                 "If you really want a deep copy of heap data you call `.clone()`, "
                 "which is explicit on purpose.\n\n"
                 "Implement the shared `buffer` as a circular array.\n\n"
                 "A random password such as `rg8Ql34g` has high entropy per "
                 "character.\n",
                 # (The answer shows in a code font, its backticks gone: session 29.)
                 [[".clone()"]],
                 "Ownership in Rust › Copies If you really want a deep copy of heap data you "
                 "call [...] , which is explicit on purpose.",
                 id="a-code-span-its-sentence-names-not-a-plain-word-or-an-example"),
    # "is associated with", "is involved in", "acts on": what follows is the fact, of a
    # named subject only ("Many people were involved in the plot" names no one).
    pytest.param("# Lecture 9\n\n## Risk\n\n"
                 "Obesity is associated with insulin resistance.\n\n"
                 "The prefrontal cortex is involved in planning and decision-making.\n\n"
                 "Atropine acts on muscarinic receptors.\n\n"
                 "Many people were involved in the plot.\n",
                 [["insulin resistance"], ["muscarinic receptors"],
                  ["planning", "decision-making"]],
                 "Lecture 9 › Risk Atropine acts on [...] .",
                 id="what-a-named-thing-goes-with-or-acts-on-not-an-unnamed-ones"),
    # "in 509 BC", "AD 79": ancient history writes its years so; a range ("494–287 BC")
    # gives no one year to ask.
    pytest.param("# The Roman Republic\n\n## Beginnings\n\n"
                 "The Republic was founded in 509 BC, when the Romans expelled their "
                 "last king.\n\n"
                 "The struggle of the orders lasted for two centuries (roughly 494–287 "
                 "BC).\n",
                 [["509 BC"]],
                 "The Roman Republic › Beginnings The Republic was founded in [...] , when "
                 "the Romans expelled their last king.",
                 id="a-year-with-its-era-not-a-range"),
])
def test_a_shape_of_fact_is_asked_and_its_near_miss_beside_it_is_not(tmp_path, source,
                                                                       answers, front):
    shown, _, _ = build(tmp_path, source)
    assert answers_of(shown) == answers, answers_of(shown)
    assert front in shown.fronts, shown.fronts


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
