"""A short paragraph opening on what kind of notes the page is makes no card.

"Ward round notes, FY1 teaching. BTS/SIGN 2019." asked "BTS/SIGN [2019]", and "Micro revision
sheet, week 4. Learn these thresholds for the MCQs." asked "[MCQs]" (a reader of session 22's
new articles: junk). A sentence about a kind of notes as a subject is still read.
"""

import pytest
from support import cards_shown, run


@pytest.mark.parametrize("intro", ["Ward round notes, FY1 teaching. BTS/SIGN 2019.",
                                   "Micro revision sheet, week 4. Learn these thresholds for "
                                   "the MCQs."])
def test_a_line_saying_what_notes_these_are_makes_no_card(tmp_path, intro):
    source = f"# Acute asthma\n\n{intro}\n\n## Severity\n\n- ICU referral if PaCO2 > 6 kPa\n"
    shown = cards_shown(tmp_path, source, text=True)
    assert all("ICU referral" in back for _, back in shown)
    assert shown, shown  # the fact below the line is still asked
    (tmp_path / "n.md").write_text(source, encoding="utf-8")
    assert "n.md:3: skipped: paragraph about the notes" in run("check", tmp_path / "n.md").output


def test_a_fact_about_a_kind_of_notes_is_still_read(tmp_path):
    source = ("# Study skills\n\n## Note-taking\n\nCornell notes, a system from the 1950s, divide "
              "the page into a **cue column**, a note-taking area and a summary.\n")
    assert any("cue column" in back for _, back in cards_shown(tmp_path, source, text=True))


def test_a_guide_naming_its_course_is_about_the_notes(tmp_path):
    # "Study guide for ANAT 201." asked "Study guide for [ANAT] 201" (guide23); the fact
    # beside it is still asked, and `check` says why the line made no card.
    source = ("# Muscle\n\n> Study guide for ANAT 201. Try each question first!\n\n"
              "## Types\n\nSkeletal muscle is **striated** and voluntary.\n")
    cards = cards_shown(tmp_path, source, text=True)
    assert cards == [("Skeletal muscle is [...] and voluntary.",
                      "Skeletal muscle is striated and voluntary.")], cards


def test_a_sentence_about_a_handout_is_still_read(tmp_path):
    # "A handout for nurses, …" states a fact; only a line naming the guide and its course,
    # closed by its full stop, is about the notes (the code review).
    cards = cards_shown(tmp_path, "# Hygiene\n\n## Moments\n\nA handout for nurses, printed "
                        "in 1998, lists **five moments** of hand hygiene.\n", text=True)
    assert [front for front, _ in cards] == [
        "A handout for nurses, printed in 1998, lists [...] of hand hygiene."], cards
