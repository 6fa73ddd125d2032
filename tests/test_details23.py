"""GitHub's folded answers, the shapes details22 left out (fold23).

- A list folded under "<summary>What are the three types of muscle tissue?</summary>" is the
  answer: one grouped note titled by the question, each card hiding one item and showing
  the rest (as a list under "Key features of TCP:"). It was read as a list under no title:
  cards that never showed the question, and `check` told the question as unanswered.
- Two one-line folds typed one under another are one HTML block: the second was lost.
- An answer typed in `<p>` (its own HTML block) was skipped as raw HTML.
"""

from support import cards_shown, checked

_TYPES = """# Muscle tissue

## Self-test

<details><summary>What are the three types of muscle tissue?</summary>

- Skeletal
- Cardiac
- Smooth
</details>
"""

_ITEMS = ("Skeletal", "Cardiac", "Smooth")


def test_a_folded_list_is_asked_under_its_question_one_item_hidden_on_each_card(tmp_path):
    cards = cards_shown(tmp_path, _TYPES)
    assert len(cards) == 3, cards  # one note, a card per item
    hidden = []
    for front, back in cards:
        assert "What are the three types of muscle tissue?" in front, front
        assert "Skeletal ; Cardiac ; Smooth" in back, back
        shown = [item for item in _ITEMS if item in front]
        assert len(shown) == 2, front  # the other items are shown, one is hidden
        hidden += [item for item in _ITEMS if item not in shown]
    assert sorted(hidden) == sorted(_ITEMS)


def test_the_question_over_a_folded_list_is_not_told_as_unanswered(tmp_path):
    output = checked(tmp_path, _TYPES, "guide.md")
    assert "question with no answer" not in output, output
    assert "1 article(s): 1 cloze notes" in output, output


_PHASES = """# Cell division

## Mitosis

<details>
<summary>What are the four phases of mitosis, in the order they happen?</summary>

1. Prophase
2. Metaphase
3. Anaphase
4. Telophase
</details>
"""

_PHASE_NAMES = ("Prophase", "Metaphase", "Anaphase", "Telophase")


def test_a_folded_numbered_list_is_one_note_under_its_question_however_long(tmp_path):
    # A question of more than eight words is no heading, and was left off the context
    # line: "Cell division [...] ; Metaphase ; …" never said what it asked.
    cards = cards_shown(tmp_path, _PHASES)
    assert len(cards) == 4, cards
    for n, (front, back) in enumerate(cards):
        assert front.startswith("Cell division › What are the four phases of mitosis, in the "
                                "order they happen? "), front
        assert " ; ".join(_PHASE_NAMES) in back, back
        # the other phases shown in their order around the one hidden
        shown = [name for name in _PHASE_NAMES if name in front]
        assert shown == [name for i, name in enumerate(_PHASE_NAMES) if i != n], front


_STEPS = """# Muscle tissue

## Contraction

<details>
<summary>What are the steps of the cross-bridge cycle, in order?</summary>

1. Myosin head binds to actin
2. Power stroke pulls the thin filament
3. ATP binds and myosin detaches
4. ATP hydrolysis re-cocks the myosin head
</details>
"""


def test_folded_steps_that_are_sentences_are_read_as_a_titled_list_of_sentences_is(tmp_path):
    # Each step is a sentence: as under any title, each is read as the sentence it is (a
    # whole sentence hidden among the others leaves its card nothing to cue it), and the
    # question is no longer told as unanswered.
    assert len(cards_shown(tmp_path, _STEPS)) == 4
    output = checked(tmp_path, _STEPS)
    assert "question with no answer" not in output, output
    assert "1 article(s): 4 cloze notes" in output, output


_LED = """# Muscle tissue

## Sarcomere

<details>
<summary>What are the two myofilaments of a sarcomere?</summary>

The sarcomere is built from two overlapping filaments:

- **Actin** (thin filament)
- **Myosin** (thick filament)

</details>
"""


def test_a_line_leading_into_a_folded_list_is_no_answer_the_list_is(tmp_path):
    cards = cards_shown(tmp_path, _LED, text=True)
    # The lead line was asked as the answer: "… — [The sarcomere is built from two
    # overlapping filaments:]", a line leading into what its card does not show. The list
    # is read as a list under a title is (its marked items each asked).
    assert sorted(cards) == [("[...] (thick filament)", "Myosin (thick filament)"),
                             ("[...] (thin filament)", "Actin (thin filament)")]
    output = checked(tmp_path, _LED)
    assert "t.md:8: skipped: title line" in output, output
    assert "weak card" not in output, output


_TWO_IN_ONE_BLOCK = """# Muscle tissue

## Self-test

<details><summary>Which type of muscle contains intercalated discs?</summary>\
Cardiac muscle.</details>
<details><summary>Where is smooth muscle found?</summary>In the walls of hollow organs.</details>
<details><summary>Which muscle has striations but no voluntary control?</summary>\
Cardiac muscle.</details>
"""


def test_each_one_line_fold_of_one_html_block_is_asked(tmp_path):
    cards = cards_shown(tmp_path, _TWO_IN_ONE_BLOCK, text=True)
    assert sorted(cards) == sorted([
        ("Which type of muscle contains intercalated discs? — [...]",
         "Which type of muscle contains intercalated discs? — Cardiac muscle."),
        ("Where is smooth muscle found? — [...]",
         "Where is smooth muscle found? — In the walls of hollow organs."),
        ("Which muscle has striations but no voluntary control? — [...]",
         "Which muscle has striations but no voluntary control? — Cardiac muscle."),
    ])


_OPENED_AFTER_ONE_LINE = """# Muscle tissue

## Clinical

<details><summary>What does myasthenia gravis attack?</summary>Acetylcholine receptors.</details>
<details><summary>What are the signs of rhabdomyolysis?</summary>

- muscle pain
- weakness
- dark urine

</details>

<details><summary>Which enzyme is raised in rhabdomyolysis?</summary>Creatine kinase.</details>
"""


def test_a_fold_opened_under_a_one_line_fold_takes_the_answer_below_it(tmp_path):
    cards = cards_shown(tmp_path, _OPENED_AFTER_ONE_LINE)
    fronts = [front for front, _back in cards]
    assert sum("What does myasthenia gravis attack?" in f for f in fronts) == 1, fronts
    assert sum("Which enzyme is raised in rhabdomyolysis?" in f for f in fronts) == 1, fronts
    signs = [f for f in fronts if "What are the signs of rhabdomyolysis?" in f]
    assert len(signs) == 3, fronts  # one note of the three signs, under their question
    assert len(cards) == 5, cards


_IN_P = """# Muscle tissue

## Self-test

<details>
<summary><b>Which muscle tissue is under voluntary control?</b></summary>

<p>Skeletal muscle.</p>

</details>
"""


def test_an_answer_typed_in_a_p_tag_is_asked(tmp_path):
    assert cards_shown(tmp_path, _IN_P, text=True) == [
        ("Which muscle tissue is under voluntary control? — [...]",
         "Which muscle tissue is under voluntary control? — Skeletal muscle.")]
    output = checked(tmp_path, _IN_P)
    assert "raw HTML" not in output, output


_LONG = """# Muscle tissue

## Clinical

<details>
<summary>Which proteins are part of the dystrophin–glycoprotein complex?</summary>

- dystrophin
- α-dystroglycan
- β-dystroglycan
- sarcoglycans
- sarcospan
- syntrophins
- dystrobrevins
- neuronal nitric oxide synthase
- caveolin-3
- laminin-2
</details>

<details><summary>Which gene is mutated in Duchenne muscular dystrophy?</summary>DMD.</details>
"""


def test_a_folded_list_too_long_to_show_whole_makes_no_card_and_check_says_why(tmp_path):
    fronts = [front for front, _back in cards_shown(tmp_path, _LONG, text=True)]
    assert fronts == ["Which gene is mutated in Duchenne muscular dystrophy? — [...]"]
    output = checked(tmp_path, _LONG)
    for line in range(8, 18):  # each name says why it made no card
        assert f"t.md:{line}: skipped: list item" in output, output
    assert "more than 8" in output
