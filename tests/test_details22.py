"""GitHub's folded answers: `<details><summary>Question?</summary>` over the answer.

Study guides fold their answers so a reader can test themselves; the HTML block was "raw
HTML", and the answer under it was read as a paragraph of its own (or made no card). The
question is asked now, the answer's first paragraph hidden.
"""

from support import cards_shown, run

_GUIDE = """# Renal physiology

## Self-test

<details>
<summary>What hormone increases water reabsorption in the collecting duct?</summary>

ADH (vasopressin), released from the posterior pituitary.

</details>

Which cells secrete renin?

<details>
<summary>Show answer</summary>

The juxtaglomerular cells of the kidney.

</details>

<details><summary>What is the normal urine output?</summary>About 0.5 mL/kg/h or more.</details>
"""


def test_each_folded_answer_is_asked_from_its_question(tmp_path):
    cards = cards_shown(tmp_path, _GUIDE, text=True)
    assert sorted(cards) == sorted([
        ("What hormone increases water reabsorption in the collecting duct? — [...]",
         "What hormone increases water reabsorption in the collecting duct? — ADH "
         "(vasopressin), released from the posterior pituitary."),
        ("Which cells secrete renin? — [...]",
         "Which cells secrete renin? — The juxtaglomerular cells of the kidney."),
        ("What is the normal urine output? — [...]",
         "What is the normal urine output? — About 0.5 mL/kg/h or more."),
    ])


def test_the_question_over_a_folded_answer_is_not_told_as_unanswered(tmp_path):
    (tmp_path / "guide.md").write_text(_GUIDE, encoding="utf-8")
    output = run("check", tmp_path / "guide.md").output
    assert "guide.md:13:" not in output  # "Which cells secrete renin?" has its answer
    assert "raw HTML" not in output
    # The guide was read: its three questions are three notes.
    assert "1 article(s): 3 cloze notes" in output, output


_FOLDED = """# Renal physiology

## Extra

<details>
<summary>Click to expand</summary>

The **macula densa** senses sodium chloride in the distal tubule.

</details>
"""


def test_content_folded_under_a_title_is_read_as_it_is(tmp_path):
    assert cards_shown(tmp_path, _FOLDED, text=True) == [
        ("The [...] senses sodium chloride in the distal tubule.",
         "The macula densa senses sodium chloride in the distal tubule.")]


_PROOF = """# Topology

## Compactness

<details>
<summary>Proof</summary>
Take an open cover of the closed subset and add the complement. Q.E.D.
</details>

<details>
<summary>Solution</summary>

The sum is 12, so the mean is 4.

</details>
"""


def test_a_folded_proof_or_a_solution_under_no_question_makes_no_card(tmp_path):
    # "[Q.E.D.]" was asked from a folded proof's last line (a blind reviewer: junk).
    assert cards_shown(tmp_path, _PROOF) == []
    (tmp_path / "t.md").write_text(_PROOF, encoding="utf-8")
    output = run("check", tmp_path / "t.md").output
    assert "t.md:5: skipped: a proof" in output
    assert "t.md:10: skipped: a folded answer" in output
