"""No answer given away by its own words said another way (issue 15 §4; card-quality.md
§4): a word of the answer that is all the front says besides, an element's root inside a
compound's name, an interval's abbreviation beside its name spelt out.

Each test writes a small note, builds it through the CLI, imports the deck into real Anki
and asserts what the learner sees on the fronts.
"""

from __future__ import annotations

from test_markdown_idioms import build


def test_a_part_of_the_answer_that_is_all_the_front_says_makes_no_card(tmp_path):
    # "[Light intensity] can be measured with a light meter": "light" and the word for what a
    # meter measures tell it (a blind reviewer: junk); hidden too, "[...] can be measured
    # with a [...] meter" has no cue left (an earlier reviewer: junk). No card. A front that
    # says enough besides keeps the word ("food" of "food chains" for "food web").
    source = ("# Photosynthesis\n\n## Limiting factors\n\n"
              "**Light intensity** can be measured with a light meter.\n\n"
              "A **food web** is a set of interlinked food chains in an ecosystem.\n")
    shown, _, _ = build(tmp_path, source, "factors.md")
    assert not any("meter" in f for f in shown.fronts), shown.fronts
    assert any(f.endswith("A [...] is a set of interlinked food chains in an ecosystem.")
               for f in shown.fronts), shown.fronts


def test_an_eponym_or_an_elements_compound_is_hidden_with_the_answer(tmp_path):
    # "hypochlorous" says the "chlor" of "[Chlorination] … [chlorine]" (a blind reviewer:
    # junk), "chloride" the chlorine of the next: each is hidden in the answer's gap. So is
    # "Cook" beside "[Cook's distance]". "chlorophyll", whose "chloro-" is Greek for green,
    # says nothing of chlorine and stays.
    source = ("# Public health\n\n## Water treatment\n\n"
              "**Chlorination** kills pathogens because chlorine reacts with water to form "
              "hypochlorous acid.\n\n"
              "Tap water tastes of **chlorine** because some of it stays in the water as "
              "chloride ions after treatment.\n\n"
              "Algae in a reservoir turn the water green with chlorophyll, which **chlorine** "
              "dosing at the intake kills.\n\n"
              "## Influence\n\n"
              "Observation 49 has the largest **Cook's distance**, the measure Cook proposed in "
              "1977.\n")
    shown, _, _ = build(tmp_path, source, "water.md")
    fronts = shown.fronts
    assert len(fronts) == 4, fronts
    assert not any("chlor" in f.casefold() and "chlorophyll" not in f for f in fronts), fronts
    assert "[...] kills pathogens because [...] reacts with water to form [...] acid." in \
        " ".join(fronts), fronts
    assert any("green with chlorophyll" in f for f in fronts), fronts
    assert not any("Cook" in f for f in fronts), fronts


def test_an_intervals_abbreviation_beside_its_name_in_words_is_hidden(tmp_path):
    # "[major third] — Abbr.: M3": "M" the initial of "major", "3" the "third" (two blind
    # reviewers: "'M3' spells the answer", "'P4' spells the answer"), as for "major 3rd".
    source = ("# Intervals\n\n## Semitone table\n\n"
              "| Interval | Abbr. | Semitones |\n|---|---|---|\n"
              "| major third | M3 | 4 |\n| perfect fourth | P4 | 5 |\n"
              "| perfect fifth | P5 | 7 |\n")
    shown, _, _ = build(tmp_path, source, "intervals.md")
    fronts = " ".join(shown.fronts)
    assert len(shown.fronts) == 3, shown.fronts
    for token in ("M3", "P4", "P5"):
        assert token not in fronts, fronts
    answers = {a for s in shown for a in s[1]}
    assert {"major third", "perfect fourth", "perfect fifth"} <= answers, answers
