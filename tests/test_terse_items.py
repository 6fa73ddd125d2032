"""Terse list items as real notes type them (issue 14 §4): German vocabulary and grammar
bullets, dated history bullets, clinical criteria with their units. Each test builds a small
note, imports the deck into real Anki and asserts the cards a learner gets, and the card a
near miss must not get (tests/data/styles/terse-*.md are the articles they come from).
"""

from __future__ import annotations

from test_coverage_rules import answers_of
from test_markdown_idioms import build, check


def fronts_with(shown, words: str) -> list[str]:
    return [front for front in shown.fronts if words in front]


def test_a_threshold_per_unit_is_asked_with_its_unit(tmp_path):
    # "Resp. rate > 20/min", "Lactate ≥ 4 mmol/L: high mortality": a rate or a concentration
    # is one amount, its "/min" or "/L" part of it. Read as no unit, the items made no card,
    # or were hidden whole beside the others in a group.
    shown, _, _ = build(tmp_path, "# Pneumonia\n\n## Severity\n\n"
                        "- Resp. rate > 30/min\n"
                        "- Serum urea > 7 mmol/L\n"
                        "- Lactate ≥ 4 mmol/L: high mortality\n"
                        "- Confusion\n")
    answers = answers_of(shown)
    assert ["30/min"] in answers and ["7 mmol/L"] in answers and ["4 mmol/L"] in answers, answers
    assert any("Resp. rate > [...]" in f for f in shown.fronts), shown.fronts


def test_a_threshold_is_no_name_to_hide_whole_and_a_bare_score_asks_nothing(tmp_path):
    # "qSOFA ≥ 2: high risk", "Altered mentation (GCS < 15)": a sign before a number states
    # a threshold, a claim; hidden whole in a group beside "Each criterion scores 1 point"
    # they were junk. A score's bare number cues any score: "[qSOFA] ≥ 2" asks nothing.
    source = ("# Sepsis\n\n## qSOFA\n\n"
              "- Resp. rate ≥ 22/min\n"
              "- Altered mentation (GCS < 15)\n"
              "- qSOFA ≥ 2: high risk\n"
              "- Each criterion scores 1 point\n")
    shown, _, _ = build(tmp_path, source)
    answers = answers_of(shown)
    assert answers == [["22/min"]], answers
    assert "cued only by a bare number" in check(tmp_path, source)


def test_a_chain_of_two_arrows_asks_its_middle_step(tmp_path):
    # "Hypotension → poor perfusion → raised lactate": the step between the arrows is cued
    # by the one before and the one after. A step that is a clause asks nothing.
    shown, _, _ = build(tmp_path, "# Renal\n\n## Acute kidney injury\n\n"
                        "- Dehydration → reduced renal perfusion → oliguria\n"
                        "- Sepsis → tubules stop working → anuria\n"
                        "- Obstruction is postrenal\n")
    answers = answers_of(shown)
    assert ["reduced renal perfusion"] in answers, answers
    assert not any("tubules stop working" in a for ans in answers for a in ans), answers
    assert fronts_with(shown, "Dehydration → [...] → oliguria"), shown.fronts


def test_a_one_word_cue_asks_what_its_arrow_leads_to(tmp_path):
    # "imperialismo → corsa agli armamenti", "Wohin? → Akkusativ": the heading says what
    # kind of link the arrow is, the one word the cue. Made no card: one word was too little
    # to answer from. Not a clause after the arrow ("Caporetto → Diaz sostituisce Cadorna").
    shown, _, _ = build(tmp_path, "# La crisi del 1929\n\n## Cause\n\n"
                        "- sovrapproduzione → crollo dei prezzi\n"
                        "- speculazione → bolla di borsa\n"
                        "- Hoover → Congresso approva dazi\n\n"
                        "## Grammatik\n\n"
                        "- Wohin? → Akkusativ\n"
                        "- Wo? → Dativ\n")
    answers = answers_of(shown)
    assert ["crollo dei prezzi"] in answers and ["bolla di borsa"] in answers, answers
    assert ["Akkusativ"] in answers and ["Dativ"] in answers, answers
    assert fronts_with(shown, "Wohin? → [...]"), shown.fronts
    assert not any("Congresso" in a for ans in answers for a in ans), answers


def test_a_quoted_cause_asks_what_its_arrow_leads_to(tmp_path):
    # '"vittoria mutilata" → malcontento in Italia': a cause in quotes that close before the
    # arrow is typed whole; the effect is asked, not the whole item beside the others.
    shown, _, _ = build(tmp_path, "# Dopoguerra\n\n## Conseguenze\n\n"
                        '- "vittoria mutilata" → malcontento in Italia\n'
                        "- crollo di quattro imperi\n")
    answers = answers_of(shown)
    assert ["malcontento in Italia"] in answers, answers
    assert not any(a == ['"vittoria mutilata" → malcontento in Italia'] for a in answers)


def test_a_list_under_a_to_do_heading_makes_no_card(tmp_path):
    # "## To do" / "## Da fare" over plain items: tasks typed without boxes ("To do [...];
    # Frau Keller fragen …" asked one whole; "schema sulle cause [da finire]").
    source = ("# Storia\n\n## Cronologia\n\n- 1915: Patto di Londra\n\n"
              "## Da fare\n\n- ripassare le date\n- schema sulle cause da finire\n\n"
              "## To do\n\n- Vokabeln wiederholen\n- Frau Keller fragen wegen Prüfung\n"
              "- siehe auch Woche 6\n")
    shown, _, _ = build(tmp_path, source)
    assert answers_of(shown) == [["1915"]], answers_of(shown)
    assert check(tmp_path, source).count("skipped: task list") == 5


def test_a_plural_mark_and_an_umlaut_word_are_vocabulary(tmp_path):
    # "das Zimmer, - – room": the "-" after the comma is the plural mark of a noun whose
    # plural does not change, no separator ("das Zimmer," was asked from "- – room");
    # "gemütlich – cosy": a German word with no article, asked from its one-word meaning.
    shown, _, _ = build(tmp_path, "# Deutsch A2\n\n## Wortschatz\n\n"
                        "- das Fenster, - – window\n"
                        "- der Bahnhof, -¨e – station\n"
                        "- schön – beautiful\n"
                        "- die Miete, -n – rent\n")
    answers = answers_of(shown)
    assert answers == [["das Fenster, -"], ["der Bahnhof, -¨e"], ["die Miete, -n"], ["schön"]], \
        answers
    assert fronts_with(shown, "[...] — window"), shown.fronts


def test_a_line_naming_the_week_is_about_the_notes(tmp_path):
    # "Woche 7 – Kapitel 9 im Kursbuch. Hausaufgabe …": where the notes stand in a course,
    # and the homework; "[Woche 7] — Kapitel 9 …" and "Hausaufgabe bis [Montag]" were
    # asked. A fact after the week's sentence is still read.
    source = ("# Deutsch A2\n\nWoche 7 – Kapitel 9 im Kursbuch. Hausaufgabe bis Montag: "
              "Übung 3 + 4!\n\nLecture 3 – cardiac cycle. The heart has four chambers.\n\n"
              "## Wortschatz\n\n- der Schlüssel – key\n- die Wohnung – flat\n")
    shown, _, _ = build(tmp_path, source)
    assert answers_of(shown) == [["der Schlüssel"], ["die Wohnung"], ["four"]], \
        answers_of(shown)
    output = check(tmp_path, source)
    assert output.count("paragraph about the notes") == 2 and "task or property" in output


def test_coursework_due_is_no_fact(tmp_path):
    # "Lab 2 is due [Friday] — bring the breadboard" was asked; a fact about a lab or a
    # project that says nothing of a due date still is.
    source = ("# Logic gates\n\n> [!info] Lab 2 is due Friday — bring the breadboard.\n\n"
              "Problem set 3 due Monday, questions 1–4.\n\n"
              "Due Thursday: the essay plan on Boolean algebra.\n\n"
              "## Gates\n\nA **logic gate** takes binary inputs and gives one binary output.\n")
    shown, _, _ = build(tmp_path, source)
    assert answers_of(shown) == [["logic gate"]], answers_of(shown)
    assert check(tmp_path, source).count("coursework due") == 3


def test_a_label_that_is_a_claim_or_a_place_is_not_asked(tmp_path):
    # "Präfix ist betont: ANrufen, EINkaufen", "Im Satz: Präfix am Ende": a claim or where
    # something stands, asked from its examples, was junk ("[...] — ANrufen, EINkaufen").
    shown, _, _ = build(tmp_path, "# Deutsch A2\n\n## Trennbare Verben\n\n"
                        "- anrufen – to call\n"
                        "- Präfix ist betont – ANrufen, EINkaufen\n"
                        "- Im Satz – Präfix am Ende\n"
                        "- aufstehen – to get up\n")
    answers = answers_of(shown)
    assert ["anrufen"] in answers and ["aufstehen"] in answers, answers
    assert not any(a in (["Präfix ist betont"], ["Im Satz"]) for a in answers), answers
