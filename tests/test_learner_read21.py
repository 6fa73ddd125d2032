"""Junk a learner's read of the twenty-first session's new test articles found: a student's
notes to themselves asked as facts. Each test pins a fact of the same note the reader must
still ask, so a rule that drops too much fails by name.

Each test builds a small note through the CLI, imports the deck into Anki and reads the
cards as the learner sees them."""

from __future__ import annotations

from support import gap_answers
from test_language_notes import _clozes


def test_notes_to_oneself_about_studying_make_no_card(tmp_path):
    # "vedi schema sul quaderno; [chiedere alla prof. …]; importante!!" and "see lecture 4;
    # [r… G… s…]" were asked as sets (junk): where to look, what to revise or ask, a flag.
    texts, report = _clozes(tmp_path, "# Storia\n\n## Fascismo\n\n"
                                      "- leggi fascistissime 1925-1926\n\n"
                                      "## Da ricordare\n\n- vedi schema sul quaderno\n"
                                      "- chiedere alla prof. se l'IRI è nel programma\n"
                                      "- importante!!\n\n"
                                      "## COPD\n\n- smoking cessation slows decline in FEV1\n"
                                      "- see lecture 4\n- revise GOLD staging\n"
                                      "- Ask about smoking history\n")
    answers = gap_answers(texts)
    assert not any(word in " ".join(answers) for word in
                   ("quaderno", "prof", "importante", "lecture 4", "GOLD")), texts
    assert "1925-1926" in answers, texts
    assert "task or property" in report or "task list" in report, report


def test_a_line_of_chapters_and_a_note_on_the_numbers_used_make_no_card(tmp_path):
    # "Ch. 5 (Elasticity) and Ch. 10 ([Market failure]). See lecture 3 slides …" and
    # "[Numbers] are the ones our trust uses." said what the page covers and whose numbers
    # it gives (junk); the facts below them are asked as before.
    texts, report = _clozes(tmp_path, "# ECON101 – Week 5 & 6 notes\n\n"
                                 "Ch. 5 (Elasticity) and Ch. 10 (Market failure). See lecture 3 "
                                 "slides for the diagrams.\n\n"
                                 "Mixed notes from the acute block and the EBM lectures. Numbers "
                                 "are the ones our trust uses.\n\n"
                                 "## Price elasticity of demand\n\n"
                                 "- necessities tend to be price inelastic\n")
    answers = gap_answers(texts)
    assert not any(a in ("Market failure", "Numbers", "acute block") for a in answers), texts
    assert answers == ["inelastic"], texts
    # `check` says why: the chapters the page covers, not "no concept named".
    assert ":3: skipped: paragraph about the notes" in report, report


def test_a_step_of_a_derivation_makes_no_card(tmp_path):
    # "Differentiating $Q = CV_C$ … we get $I = …$, which we substitute into [Kirchhoff]'s
    # loop rule." (junk): a step between formulas. A sentence saying what an operation gives
    # in words ("… gives the heat capacities") states a result, asked as before.
    texts, report = _clozes(tmp_path, "# RC circuits\n\n## Charging\n\n"
                                      "Differentiating $Q = CV_C$ with respect to time we get "
                                      "$I = C\\,dV_C/dt$, which we substitute into Kirchhoff's "
                                      "loop rule.\n\n"
                                      "The time constant of an RC circuit is called the "
                                      "**time constant** $\\tau = RC$.\n")
    assert not any("Kirchhoff" in a for a in gap_answers(texts)), texts
    assert "a step of a derivation" in report, report
    assert "time constant" in gap_answers(texts), texts


def test_where_the_notes_come_from_and_a_local_check_make_no_card(tmp_path):
    # "Resp block, wk 3. From the ward teaching + [NICE NG115]. Check local abx
    # guidelines." asked the guideline the notes were taken from (junk).
    texts, _ = _clozes(tmp_path, "# COPD exacerbation\n\n"
                                 "Resp block, wk 3. From the ward teaching + NICE NG115.\n\n"
                                 "Exacerbations are often viral. Check local abx guidelines."
                                 "\n\n## Treatment\n\n"
                                 "- prednisolone 30 mg OD for 5 days\n")
    # The fact beside the local check is still asked.
    assert sorted(gap_answers(texts)) == ["30 mg", "viral"], texts


def test_a_sentence_opening_in_that_case_is_shown_with_the_case(tmp_path):
    # "In that case $x$ is called [...]" was shown alone, the convergence it names cut off
    # (junk): the sentence before it is on the front, as for "This …" or "Therefore …".
    from support import cards_shown
    shown = cards_shown(tmp_path, "# Metric spaces\n\n## Sequences\n\n"
                                  "Let $(x_n)$ be a sequence in $X$. We say $(x_n)$ converges "
                                  "to $x$ if $d(x_n, x) \\to 0$. In that case $x$ is called the "
                                  "limit of the sequence, and we write $x_n \\to x$.\n")
    fronts = [front for front, _ in shown if "In that case" in front]
    assert fronts and all("converges to" in front for front in fronts), shown
