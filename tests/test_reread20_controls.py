"""Positive controls for session 20's absence-only tests (the re-read's test audit).

Several tests of the session assert only that a junk card is gone, and their deck is empty
or nearly so: they would also pass if the whole paragraph stopped being read. Each test here
builds the same shape beside a sentence the reader must still ask, and pins the whole deck,
so a rule that drops too much fails by name. The last three were junk the audit found in
decks those tests build, strict xfails until session 21 fixed them.
"""

from __future__ import annotations

from support import gap_answers
from test_cjk_prose import OPENING
from test_coverage_rules import answers_of
from test_language_notes import _clozes
from test_learner_read_en20b import _MARKETS
from test_markdown_idioms import build
from test_prose_definitions import _cards


def test_an_answer_hidden_twice_is_dropped_and_its_sections_definition_still_asked(tmp_path):
    # test_one_answer_hidden_twice_in_passing_makes_no_card only bans the card.
    asked = _cards(tmp_path, "## Electrodes\n\nElectrodes are placed on the skin of the chest.\n\n"
                             "## Why we need amplification\n\nThe bigger problem is interference. "
                             "The body acts as an antenna and picks up 50 or 60 Hz from the power "
                             "lines. This interference appears almost equally on both measurement "
                             "electrodes, so it is a common-mode signal, while the ECG itself "
                             "appears as the difference between the electrodes.\n",
                   title="Amplifiers for biopotentials")
    assert list(asked) == ["Electrodes"], asked


def test_a_lecture_recap_asks_nothing_and_the_facts_after_it_are(tmp_path):
    asked = _cards(tmp_path, "## Amplifiers\n\nLast time we looked at where biopotentials come "
                             "from. Today: how we get them into a measurable form without "
                             "drowning them in noise.\n\n## Why we need amplification\n\n"
                             "Biopotentials are tiny. An ECG measured at the skin is about "
                             "1 mV.\n\n"
                             "An instrumentation amplifier is the standard front end for "
                             "biopotential recording.\n", title="Lecture 5")
    assert sorted(asked) == ["Biopotentials", "instrumentation amplifier"], asked


def test_a_students_log_asks_nothing_and_the_section_after_it_is_asked(tmp_path):
    asked = _cards(tmp_path, "Started with a recap of the ideal op-amp model, then moved on to "
                             "active filters.\n\n## Active filters\n\nActive filters use an op-amp "
                             "to buffer each stage.\n", title="Lec 7 - Op-amp circuits")
    assert asked == {"Active filters": [
        "Lec 7 - Op-amp circuits [...] use an op-amp to buffer each stage."]}, asked


def test_a_derivation_step_asks_nothing_and_its_claim_is_asked(tmp_path):
    asked = _cards(tmp_path, "## Frequency response\n\nThe frequency response tells us how much "
                             "the system scales a sinusoid.\n\n## Convolution\n\nConvolution in "
                             "the "
                             "time domain corresponds to multiplication in the frequency "
                             "domain. "
                             "It follows that the output spectrum of an LTI system is the input "
                             "spectrum multiplied by the frequency response.\n", title="Signals")
    assert sorted(asked) == ["Convolution", "frequency response"], asked


def test_a_hyphenated_word_is_never_cut_and_its_sentence_is_still_asked(tmp_path):
    asked = _cards(tmp_path, "## Op-amps\n\nAn op-amp is a high-gain differential amplifier with "
                             "two inputs and one output.\n\n## Instrumentation amplifiers\n\nThe "
                             "gain of the three-op-amp instrumentation amplifier is set by a "
                             "single "
                             "resistor.\n", title="Amplifiers")
    assert sorted(asked) == ["op-amp", "single resistor"], asked
    assert "three-op-amp instrumentation" in asked["single resistor"][0], asked


def test_what_experience_suggests_asks_nothing_and_a_definition_is(tmp_path):
    asked = _cards(tmp_path, "## First law\n\nExperience suggests that an object at rest will "
                             "remain at rest if left alone. However, it is not so obvious that an "
                             "object in motion will keep moving.\n\nInertia is the tendency of an "
                             "object to resist changes in its motion.\n", title="Newton's laws")
    assert list(asked) == ["Inertia"], asked


def test_chinese_clauses_before_shi_are_no_terms_and_a_named_phenomenon_is_asked(tmp_path):
    shown, _, _ = build(tmp_path, OPENING + "标准条件看起来只是数学上的限制，但正是它们导致了"
                                            "束缚态能量的量子化。\n\n方程对时间是一阶的，这意味着给定"
                                            "初始时刻的波函数，以后的波函数就确定了。\n\n为了直观地"
                                            "表示轴力沿杆轴线的变化情况，常把轴力随截面位置变化的图线"
                                            "画出来。\n\n超导是一种在低温下电阻突然消失的物理现象。\n")
    assert answers_of(shown) == [["超导"]], shown.fronts


def test_a_symbols_kind_named_again_is_not_asked_and_a_named_constant_is(tmp_path):
    asked = _cards(tmp_path, "## Springs\n\nThe constant $k$ is the spring constant, and it "
                             "measures how stiff the spring is.\n\nThe constant $g$ is called the "
                             "gravitational acceleration.\n", title="Forces")
    assert list(asked) == ["the gravitational acceleration"], asked


def test_a_line_naming_the_lecture_is_no_label_and_the_list_under_it_is_asked(tmp_path):
    texts, _ = _clozes(tmp_path, "# L'unificazione tedesca\n\nAppunti lezione 12 – prof. "
                                 "Bianchi\n\n## Conseguenze\n\n- Kulturkampf = scontro con la "
                                 "Chiesa cattolica\n- Guerra dei ducati (1864) contro la "
                                 "Danimarca\n")
    assert gap_answers(texts) == ["Kulturkampf"], texts


def test_an_example_under_a_point_is_never_hidden_whole(tmp_path):
    # "[contraejemplo: topología cofinita en los reales]; ejemplo: la recta real …" asked
    # an example whole from the other: a structural label heads an item that illustrates
    # the point above, no member of a set. A set nested the same way is still asked.
    texts, check_lines = _clozes(tmp_path, "# Topología\n\n## Propiedades\n\n- Hausdorff "
                                 "implica T1 (el recíproco es falso)\n  - contraejemplo: "
                                 "topología cofinita en los reales\n  - ejemplo: la recta real "
                                 "con la topología usual\n- Axiomas de separación:\n  - "
                                 "Kolmogórov (T0)\n  - Fréchet (T1)\n  - Hausdorff (T2)\n")
    answers = gap_answers(texts)
    assert not any(a.casefold().startswith(("contraejemplo", "ejemplo")) for a in answers), texts
    assert {"Kolmogórov", "Fréchet", "Hausdorff"} <= set(answers), texts
    assert '"contraejemplo" says what kind of text the item is' in check_lines, check_lines


def test_a_participle_after_a_subject_stays_out_of_its_gap(tmp_path):
    # "The [force exerted] by an ideal spring …": the article says "force exerted by"
    # twice, a participle opening its clause each time, no name to ask.
    asked = _cards(tmp_path, "## Springs\n\nThe force exerted by an ideal spring is proportional "
                             "to how far it is stretched or compressed from its natural length.\n\n"
                             "The force exerted by a spring on a mass is called the restoring "
                             "force.\n", title="Forces")
    assert list(asked) == ["the restoring force"], asked


def test_a_comparison_is_not_cut_in_its_middle(tmp_path):
    # "at lower [cost than two or more]" read "lower" as a verb of change; after a
    # preposition it is a comparative. A verb of change in the same deck is still asked.
    asked = _cards(tmp_path, _MARKETS + "\n## Price controls\n\nA binding price ceiling "
                                        "lowers the quantity supplied.\n",
                   title="Market structures")
    assert not any("than" in answer for answer in asked), asked
    assert asked["quantity supplied"] == [
        "Market structures › Price controls A binding price ceiling lowers the [...] ."], asked
