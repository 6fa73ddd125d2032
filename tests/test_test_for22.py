"""A clinical note's test and what it is done for asks what it looks for.

"- CXR to exclude pneumonia and pneumothorax" among other assessments was hidden whole
beside them: "[…]; ECG: look for arrhythmia; Anthonisen criteria" (a blind review of session
21: junk, "an uncued member of an unordered set of assessments"). The test, shown, is the
cue; what it excludes or looks for is the fact.
"""

from support import cards_shown, run

_ASSESSMENT = """# COPD exacerbation

## Assessment

- CXR to exclude pneumonia and pneumothorax
- ECG: look for arrhythmia
- troponin to rule out MI
"""


def test_each_test_asks_what_it_is_done_for(tmp_path):
    cards = cards_shown(tmp_path, _ASSESSMENT, text=True)
    assert sorted(cards) == sorted([
        ("CXR to exclude [...]", "CXR to exclude pneumonia and pneumothorax"),
        ("ECG: look for [...]", "ECG: look for arrhythmia"),
        ("troponin to rule out [...]", "troponin to rule out MI"),
    ])


_NOT_A_TEST = """# Oncology

## Imaging

- It is used to detect cancer early
- The scan to confirm spread
"""


def test_a_pronoun_or_an_article_is_no_test(tmp_path):
    # "It is used to …" and "The scan to …" name no test a card could show as the cue.
    fronts = [front for front, _ in cards_shown(tmp_path, _NOT_A_TEST, text=True)]
    assert "It is used to detect [...]" not in fronts
    assert not any(front.startswith("The scan to confirm [") for front in fronts)
    # Both items were read, and made no card for naming nothing to ask.
    (tmp_path / "onc.md").write_text(_NOT_A_TEST, encoding="utf-8")
    said = run("check", tmp_path / "onc.md").output
    for line in (5, 6):
        assert f"onc.md:{line}: note: facts: no card: the fact names no concept" in said, said
