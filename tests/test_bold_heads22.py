"""A bold line of its own over a paragraph.

"**Example**" over a paragraph marks the paragraph as an example: neither makes a card
("Asked whether Gandhi died before or after age [140, people] then guess …" asked the
example's data). A bold name over the paragraph saying what it is is not read as a labelled
item: tried in session 22 (boldhead22), on unseen real notes such bold lines were mostly
sub-headings ("Interpret", "Performance measure"), and 7 of the 8 cards the reading made there
were judged junk by a blind reviewer (docs/markdown.md).
"""

from support import cards_shown, run

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
    # The paragraph was read, and refused for pointing back (not lost on the way).
    (tmp_path / "losses.md").write_text(_POINTING, encoding="utf-8")
    assert 'losses.md:7: weak card: no card: "This is" points at text before the fact' in \
        run("check", tmp_path / "losses.md").output
