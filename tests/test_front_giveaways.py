"""What a front shows besides its gap never gives the answer away, nor points at what the
card cannot show (card-quality.md §3, §4).

Each test writes a small note, builds it through the CLI, imports the deck into real Anki
and asserts what the learner sees: the front (context line and text) and the answer.
"""

from __future__ import annotations

from support import png
from test_markdown_idioms import build, check


def cards(shown) -> dict[str, tuple[str, str]]:
    """(context line, text) of each note, by its first answer."""
    return {s[1][0]: (s[3], s[0]) for s in shown}


def test_an_abbreviation_in_brackets_after_the_gap_is_hidden_with_it(tmp_path):
    # "Healthy leaves reflect strongly in the [...] (NIR)": its letters read off "near
    # infrared" in order, though not its initials alone (a blind reviewer: junk). In a
    # paragraph, a list item and a table row alike it folds into the one gap.
    source = ("# Remote sensing\n\n## Vegetation\n\n"
              "Healthy leaves reflect strongly in the **near infrared** (NIR) because of "
              "scattering inside the spongy mesophyll.\n\n"
              "- The **deoxyribonucleic acid** (DNA) of a leaf cell codes for its proteins.\n"
              "- Thermal cameras sense **long-wave infrared** (LWIR) emitted by warm "
              "surfaces.\n\n"
              "| Surface | Reflectance |\n|---|---|\n"
              "| Healthy grass | high in the **near infrared** (NIR), low in the red |\n"
              "| Clear lake water | absorbs nearly all **short-wave infrared** (SWIR) "
              "light |\n")
    shown, _, _ = build(tmp_path, source, "bands.md")
    fronts = " ".join(shown.fronts)
    assert "[...] (" not in fronts, fronts
    answers = {a for s in shown for a in s[1]}
    assert {"near infrared (NIR)", "deoxyribonucleic acid (DNA)",
            "long-wave infrared (LWIR)"} <= answers, answers
    assert "Healthy leaves reflect strongly in the [...] because of scattering" in fronts
    # The table rows' cards are made, each row's abbreviation hidden with its gap (a check
    # on the joined fronts alone passed with no row card at all).
    assert {"Remote sensing › Vegetation Healthy grass — high in the [...] , low in the red",
            "Remote sensing › Vegetation Clear lake water — absorbs nearly all [...] light"
            } <= set(shown.fronts), shown.fronts
    assert {"short-wave infrared (SWIR)"} <= answers, answers


def test_an_abbreviation_asked_beside_its_words_in_brackets(tmp_path):
    # The other way round: "the **NIR** (near infrared)" asks what the letters stand for,
    # and "the near infrared (**NIR**)" asks the words, its letters hidden with them.
    source = ("# Remote sensing\n\n## Vegetation\n\n"
              "Healthy leaves reflect strongly in the **NIR** (near infrared) because of "
              "scattering inside the spongy mesophyll.\n\n"
              "Water absorbs nearly all of the short-wave infrared (**SWIR**) light that "
              "reaches a lake.\n")
    shown, _, _ = build(tmp_path, source, "bands.md")
    fronts = " ".join(shown.fronts)
    assert "near infrared" not in fronts and "short-wave infrared" not in fronts, fronts
    assert "(SWIR)" not in fronts, fronts
    assert "the NIR (" in fronts, fronts
    # The letters the author marked are asked with the words they stand for, one gap: the
    # checks above passed with no card for the sentence at all.
    assert "Remote sensing › Vegetation Water absorbs nearly all of the [...] light that " \
        "reaches a lake." in shown.fronts, shown.fronts
    assert ["short-wave infrared (SWIR)"] in [s[1] for s in shown], list(shown)


def test_a_heading_saying_a_word_of_the_answer_is_left_off(tmp_path):
    # "Plate boundaries › Introduction" over "Earth's crust is broken into [tectonic
    # plates]": two reviewers, "'Plate boundaries' gives away plates". Its other part is
    # generic and the sentence says its fact alone: no context line. Where a heading below
    # the title still places the fact, it stays alone.
    source = ("# Plate boundaries\n\n## Introduction\n\n"
              "Earth's crust is broken into **tectonic plates** that move a few centimetres "
              "a year on the mantle below.\n\n"
              "## Where crust is destroyed\n\n"
              "The older, denser **oceanic plate** sinks beneath the continental crust in a "
              "process called subduction.\n\n"
              "Where an ocean floor plate sinks, a chain of **volcanoes** forms in a long "
              "island arc, such as Japan.\n")
    shown, _, _ = build(tmp_path, source, "plates.md")
    by_answer = cards(shown)
    assert by_answer["tectonic plates"][0] == "", by_answer
    assert by_answer["oceanic plate"][0] == "Where crust is destroyed", by_answer
    # A heading that says none of the answer stays whole.
    assert by_answer["volcanoes"][0] == "Plate boundaries › Where crust is destroyed", \
        by_answer


def test_a_heading_the_text_needs_stays_though_it_says_a_word_of_the_answer(tmp_path):
    # "It …" says nothing without its heading: the context stays, as before.
    source = ("# Plate boundaries\n\n## Introduction\n\n"
              "It is broken into **tectonic plates**.\n")
    shown, _, _ = build(tmp_path, source, "plates.md")
    assert cards(shown)["tectonic plates"][0] == "Plate boundaries › Introduction", shown


def test_a_sentence_pointing_at_a_table_is_left_off_another_cards_front(tmp_path):
    # "Psychologists choose a method by [...] against realism. The table below is the one
    # from the textbook, tidied up.": the second sentence points at nothing the card
    # shows. It is left off; alone it makes no card.
    source = ("# Research methods\n\n## Choosing a method\n\n"
              "Psychologists choose a method by **trading off** control against realism. "
              "The table below is the one from the textbook, tidied up.\n\n"
              "The chart above is copied from the **Office for National Statistics**.\n")
    shown, _, _ = build(tmp_path, source, "methods.md")
    assert [s[1] for s in shown] == [["trading off"]], shown
    assert shown[0][0] == "Psychologists choose a method by trading off control against " \
                          "realism.", shown


def test_a_sentence_about_the_image_above_makes_no_card_where_the_article_has_images(tmp_path):
    # The article's image is on the back at most, never on the front: "The [Sentinel-2]
    # image above is shown in true colour" cannot be answered from the card.
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "scene.png").write_bytes(png())
    source = ("# Remote sensing\n\n## Scenes\n\n![A scene of the Thames](scene.png)\n\n"
              "The **Sentinel-2** image above is shown in true colour.\n\n"
              "Analysts choose a sensor by weighing **spatial resolution** against revisit "
              "time.\n")
    shown, _, _ = build(tmp_path, source, "week1.md")
    assert [s[1] for s in shown] == [["spatial resolution"]], shown
    (tmp_path / "check").mkdir()
    (tmp_path / "check" / "scene.png").write_bytes(png())
    assert 'show ("The Sentinel-2 image above")' in check(tmp_path, source, "week1.md")


def test_a_sentence_opening_so_keeps_the_sentence_it_concludes_from(tmp_path):
    # "So [...] is about 0.89 for this filter." alone closes a worked example whose counts
    # the card did not show (the sixty-second blind review: junk). "So" concludes from the
    # sentence before, as "Therefore" does; "So-called" is a word of the sentence's own.
    # (Under a heading "Worked example" the example makes no card at all: prose18.)
    source = ("# Evaluating classifiers\n\n**Precision** is the share of flagged items that "
              "are truly positive.\n\n## Our spam filter\n\nA spam filter makes 40 true "
              "positives, 50 true negatives, 5 false positives and 5 false negatives on 100 "
              "emails.\n\n$$\n\\frac{40}{40 + 5} \\approx 0.889\n$$\n\n"
              "So precision is about 0.89 for this filter.\n\n## Terms\n\n"
              "So-called **false positives** are legitimate emails flagged as spam.\n")
    shown, _, _ = build(tmp_path, source, "classifiers.md")
    fronts = shown.fronts
    concluding = [f for f in fronts if "So [...] is about 0.89" in f]
    assert concluding and all("40 true positives, 50 true negatives" in f
                              for f in concluding), fronts
    assert any(f.endswith("So-called [...] are legitimate emails flagged as spam.")
               for f in fronts), fronts


def test_a_so_sentence_points_back_by_its_own_words_not_the_next_sentences(tmp_path):
    # "So the SI unit … is the [ohm]." says its fact alone; a pointer in the sentence after
    # it ("It is named after Georg Ohm.") glued the paragraph before onto its front.
    source = ("# Circuits\n\n## Resistance\n\nResistance opposes the flow of current in a "
              "conductor.\n\nSo the SI unit of electrical resistance is the **ohm**. It is "
              "named after Georg Ohm.\n")
    shown, _, _ = build(tmp_path, source, "circuits.md")
    asking = [f for f in shown.fronts if "is the [...]" in f]
    assert asking and not any("opposes the flow" in f for f in asking), shown.fronts


def test_an_amount_said_again_on_the_front_is_not_asked(tmp_path):
    # "It does not mean there is a [95%] probability …" after "A 95% confidence level
    # means … about 95% of the intervals …": the front said its answer twice (the
    # sixty-third blind review: junk). An amount said once is still asked.
    source = ("# Confidence intervals\n\n## Meaning\n\nThe interpretation trips everyone up. "
              "A 95% confidence level means that if we repeated the sampling many times, "
              "about 95% of the intervals would contain the true parameter. It does not "
              "mean there is a 95% probability that this particular interval contains it."
              "\n\n## Anatomy\n\nThe adult human skeleton has 206 bones.\n")
    shown, _, _ = build(tmp_path, source, "ci.md")
    assert not any("95%" in a for s in shown for a in s[1]), list(shown)
    assert [a for s in shown for a in s[1]] == ["206 bones"], list(shown)


def test_a_word_in_capitals_is_no_abbreviation_of_a_one_word_answer(tmp_path):
    # Read loosely, "MIT" reads off "mitochondria": the heading "MIT lecture 3 on
    # organelles" was left off as if it said the answer (the session's code review).
    shown, _, _ = build(tmp_path, "# Cell biology\n\n## MIT lecture 3 on organelles\n\nThe "
                        "**mitochondria** produce most of the ATP of a cell by aerobic "
                        "respiration.\n", "cells.md")
    ((_, answers, _, context, _, _),) = shown
    assert answers == ["mitochondria"]
    assert context == "Cell biology › MIT lecture 3 on organelles", context


def test_a_title_cut_before_a_word_of_the_answer_keeps_its_number(tmp_path):
    # "MATH 2040 — Week 2: Propositional logic" over the card for "proposition": the title
    # says the answer after its colon, so the line is the title up to there. "Week" without
    # its number was a fragment ("MATH 2040 — Week"), which the card rules refuse.
    source = ("---\ntitle: \"MATH 2040 — Week 2: Propositional logic\"\n---\n\n"
              "## 1. Propositions\n\n"
              "A **proposition** is a declarative sentence that is either true or false, but "
              "not both.\n")
    shown, _, _ = build(tmp_path, source)
    assert cards(shown)["proposition"][0] == "MATH 2040 — Week 2"


def test_a_formula_its_sentence_says_in_words_is_not_asked(tmp_path):
    # "The net force on a body equals its mass times its acceleration." over F = ma: the
    # sentence says the formula (a blind review: junk, "answered by the front itself"). A
    # "where" line naming the letters one by one is what it is for, and keeps its card.
    source = ("# Mechanics\n\n## Newton's second law\n\n"
              "The net force on a body equals its mass times its acceleration.\n\n"
              "$$\\vec{F} = m\\vec{a}$$\n\n"
              "## First law of thermodynamics\n\n$$\\Delta U = Q - W$$\n\n"
              "where $Q$ is the heat added to the system and $W$ the work done by it.\n")
    shown, _, _ = build(tmp_path, source)
    assert not any("m\\vec{a}" in a for _, answers, *_ in shown for a in answers), shown.fronts
    assert any("Q - W" in a for _, answers, *_ in shown for a in answers), shown.fronts
    assert "is written out on its card (acceleration, mass)" in check(tmp_path, source)
