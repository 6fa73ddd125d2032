"""A bold line of its own over the paragraph that says what it is asks the name.

"**Anchoring**" then "People rely too heavily on …" (a glossary typed as paragraphs, as many
Obsidian notes are) made no card: the bold line was "the whole text is marked", and the
paragraph named nothing. It is a labelled item now, as "**Anchoring**" and its line typed as
one paragraph already were.
"""

from support import cards_shown, run

_GLOSSARY = """# Heuristics

## Judgement

**Availability heuristic**

Judging how likely something is by how easily examples of it come to mind.

**Anchoring:**

People rely too heavily on the first number they see when making an estimate.
"""


def test_each_bold_name_is_asked_from_the_paragraph_under_it(tmp_path):
    cards = cards_shown(tmp_path, _GLOSSARY, text=True)
    assert sorted(cards) == sorted([
        ("[...] — Judging how likely something is by how easily examples of it come to mind.",
         "Availability heuristic — Judging how likely something is by how easily examples of "
         "it come to mind."),
        ("[...] — People rely too heavily on the first number they see when making an "
         "estimate.",
         "Anchoring — People rely too heavily on the first number they see when making an "
         "estimate."),
    ])


_EXAMPLE = """# Heuristics

## Anchoring

**Example**

Asked whether Gandhi died before or after age 140, people then guess an older age of death.
"""


def test_an_example_line_over_a_paragraph_makes_no_card_and_check_says_why(tmp_path):
    assert cards_shown(tmp_path, _EXAMPLE) == []
    (tmp_path / "ex.md").write_text(_EXAMPLE, encoding="utf-8")
    output = run("check", tmp_path / "ex.md").output
    assert "ex.md:7: skipped: example (the paragraph under an \"Example\" line" in output


_POINTING = """# Heuristics

## Losses

**Loss aversion**

This is why losses hurt about twice as much as equivalent gains.
"""


def test_a_paragraph_pointing_back_does_not_explain_the_name_above_it(tmp_path):
    # "This is why …" says why something else is so, not what loss aversion is.
    assert not any(back.startswith("Loss aversion —")
                   for _, back in cards_shown(tmp_path, _POINTING, text=True))
