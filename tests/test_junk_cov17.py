"""Junk the ten notes written blind for coverage (cov17) still carded: lines about the notes
(which edition the page numbers are from, the student's seminar questions), a write-up's
record ("Date: … · Bench 6"), a case brief's heads ("Court:", "Judges:") and its Issue typed
as a "Whether …" clause, a lab's table of numbered trials, and a list of advice asked as
whole clauses. Each test builds a small note, imports it into real Anki and asserts the
junk makes no card while a fact beside it still does.
"""

from __future__ import annotations

from test_coverage_rules import answers_of
from test_markdown_idioms import build


def test_a_line_about_the_notes_edition_or_their_seminar_questions_makes_no_card(tmp_path):
    # "Page numbers are from the [Oxford World]'s Classics edition" and "My questions for
    # seminar: is the [copy principle] itself a matter of fact?" asked the notes, not Hume.
    shown, result, _ = build(
        tmp_path, "# Hume – Enquiry\n\n"
        "*Reading summary for week 5 seminar. Page numbers are from the Oxford World's "
        "Classics edition.*\n\n## Section IV\n\n"
        "All objects of human reason fall into two kinds. This division is usually called "
        "Hume's fork.\n\n"
        "All page references are to the Penguin Classics edition of 1990.\n\n"
        "From this he draws the copy principle: every simple idea is copied from a simple "
        "impression.\n\n"
        "My questions for seminar: is the copy principle itself a matter of fact? Does "
        "Hume's argument refute itself?\n")
    assert answers_of(shown) == [["Hume's fork"]], answers_of(shown)
    assert not any("edition" in front or "seminar" in front for front in shown.fronts), \
        shown.fronts


def test_a_write_ups_record_line_makes_no_card(tmp_path):
    # "Date: 14/10/2025 · [Bench] 6 · Partner: Priya": the write-up's own details.
    shown, _, _ = build(
        tmp_path, "# Lab 4 – Standardisation of NaOH\n\n"
        "Date: 14/10/2025 · Bench 6 · Partner: Priya\n\n## Background\n\n"
        "Phenolphthalein was the indicator.\n")
    assert answers_of(shown) == [["Phenolphthalein"]], answers_of(shown)
    assert not any("Bench" in front for front in shown.fronts), shown.fronts


def test_a_case_briefs_heads_and_its_issue_as_a_whether_clause_make_no_card(tmp_path):
    # "[Judges]: Lord Atkin, …" asked a head from its value; "[Whether a manufacturer] owes
    # a duty …" asked a question typed as a clause. "Whether … depends on …" states a fact.
    shown, _, _ = build(
        tmp_path, "# Donoghue v Stevenson [1932] AC 562\n\n"
        "**Court:** House of Lords (on appeal from the Court of Session, Scotland)\n"
        "**Judges:** Lord Atkin, Lord Thankerton and Lord Macmillan (majority); Lord "
        "Buckmaster and Lord Tomlin dissenting\n\n## Issue\n\n"
        "Whether a manufacturer owes a duty of care to the ultimate consumer of its product "
        "where there is no contract between them.\n\n## Held\n\n"
        "The appeal was allowed by a majority of 3 to 2.\n\n## Material contribution\n\n"
        "Whether the defendant's negligence **contributed materially** to the harm.\n")
    # A limb of a test whose words the author marked is asked as marked.
    assert answers_of(shown) == [["contributed materially"], ["majority of 3"]], \
        answers_of(shown)
    assert not any("Judges" in front or "owes a duty" in front for front in shown.fronts), \
        shown.fronts


def test_a_table_of_numbered_trials_makes_no_card_and_a_table_of_names_still_does(tmp_path):
    # "[Rough] — Mass KHP (g): 0.5102; Titre (mL): 25.40": a row of a lab's data.
    shown, _, _ = build(
        tmp_path, "# Lab 4\n\n## Results\n\n"
        "| Trial | Mass KHP (g) | Titre (mL) |\n| --- | --- | --- |\n"
        "| Rough | 0.5102 | 25.40 |\n| 1 | 0.5087 | 24.85 |\n| 2 | 0.5121 | 25.00 |\n"
        "| 3 | 0.5094 | 24.90 |\n\n## Elements\n\n"
        "| Element | Atomic number |\n| --- | --- |\n| Hydrogen | 1 |\n| Helium | 2 |\n"
        "| Lithium | 3 |\n")
    assert not any("Rough" in front or "Titre" in front for front in shown.fronts), \
        shown.fronts
    assert any(front.endswith("[...] — Atomic number: 2") for front in shown.fronts), \
        shown.fronts


def test_a_list_of_advice_is_not_asked_as_whole_clauses(tmp_path):
    # "[Don't massage reddened areas …]; Use a pressure-redistributing mattress …; Manage
    # …": orders, a line of the notes to recite; a list of names is still a set to recall.
    shown, _, _ = build(
        tmp_path, "# Pressure injuries\n\n## Prevention\n\n"
        "- Don't massage reddened areas over bony prominences\n"
        "- Use a pressure-redistributing mattress for anyone at high risk\n"
        "- Manage incontinence promptly, because moisture macerates the skin\n\n"
        "## Sites\n\nThe most common sites:\n\n- Sacrum\n- Heels\n- Greater trochanter\n")
    # Alone under its heading, the first order was asked as what the heading names
    # ("[Prevention] — Don't massage …"): advice says what to do, not what a thing is.
    alone, _, _ = build(tmp_path / "alone", "# Pressure injuries\n\n## Prevention\n\n"
                        "- Don't massage reddened areas over bony prominences\n"
                        "- Use a pressure-redistributing mattress for anyone at high risk\n\n"
                        "## Staging\n\nA stage 1 injury shows non-blanchable erythema.\n")
    assert alone.fronts and not any("massage" in front for front in alone.fronts), alone.fronts
    assert not any("massage" in front for front in shown.fronts), shown.fronts
    assert answers_of(shown) == [["Sacrum", "Heels", "Greater trochanter"]], answers_of(shown)


def test_a_grouped_lists_whole_sentence_is_not_asked_whole(tmp_path):
    # "は is read "wa" …; [へ as a direction particle is read "e"]; を is …": a subject and
    # its verb, a line to recite; a list of names beside it is still asked item by item.
    shown, _, _ = build(
        tmp_path, "# Particles\n\n## Readings\n\n"
        "- は is read \"wa\" as a particle\n- へ as a direction particle is read \"e\"\n"
        "- を is almost never used except as a particle\n\n"
        "## Kinds\n\nThe case particles:\n\n- Topic marker\n- Subject marker\n"
        "- Object marker\n")
    assert not any("is read" in front and "[...]" in front for front in shown.fronts), \
        shown.fronts
    assert answers_of(shown) == [["Topic marker", "Subject marker", "Object marker"]], \
        answers_of(shown)


def test_the_one_everyone_quotes_defines_nothing_and_a_count_of_things_is_not_asked(tmp_path):
    # "[Lord Atkin's speech] is the one everyone quotes": "the one" names no kind; "The
    # width depends on [three things]" asked how many, where the next sentence asks what.
    # "the one household expense that …" still names its kind.
    shown, _, _ = build(
        tmp_path, "# Confidence intervals\n\n## Reasoning\n\n"
        "Lord Atkin's speech is the one everyone quotes.\n\n## What changes the width\n\n"
        "The width depends on three things. A larger sample size makes the interval "
        "narrower, because the standard error shrinks with √n. A higher confidence level "
        "makes it wider.\n\n## Housing\n\n"
        "The purchase of new housing is the one household expense that is categorized as "
        "investment.\n")
    asked = answers_of(shown)
    assert ["Lord Atkin's speech"] not in asked and ["three things"] not in asked, asked
    assert ["larger sample size"] in asked and ["purchase of new housing"] in asked, asked


def test_a_record_heads_line_whose_value_marks_a_phrase_asks_it(tmp_path):
    # "Partners:" is a head of a write-up's record, yet a partnership note's line typed
    # under it with its own mark is a fact the author asks, not the record's value.
    shown, _, _ = build(
        tmp_path, "# Partnership law\n\n## Liability\n\n"
        "Partners: jointly and severally liable for all the debts of the **firm**.\n")
    assert answers_of(shown) == [["firm"]], answers_of(shown)


def test_a_recap_label_is_no_answer(tmp_path):
    # "Recap: last week we defined displacement and velocity as vectors." asked "[Recap]"
    # (a learner's read: junk); a structural label is read as the text it opens, which here
    # states nothing to ask. The fact beside it is still asked.
    shown, _, _ = build(
        tmp_path, "# Kinematics\n\n"
        "Recap: last week we defined displacement and velocity as vectors.\n\n"
        "**Acceleration** is the rate of change of velocity.\n")
    assert answers_of(shown) == [["Acceleration"]], answers_of(shown)
