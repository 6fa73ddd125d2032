"""Terse list items that state a treatment, a means, or a rule with a threshold (terse22):
"NIV if pH < 7.35 and pCO2 > 6 kPa …", "controlled O2 via Venturi mask", "demand is elastic
when |PED| > 1", "luxuries have YED > 1". Each made no card (or a weak one refused); each test
builds a small note, imports it into real Anki and asserts the cards a learner sees
(tests/data/styles/terse22-*.md are the articles they come from)."""

from __future__ import annotations

from support import cards_shown

COPD = ("# COPD exacerbation\n\n## Management\n\n"
        "- controlled O2 via Venturi mask\n"
        "- prednisolone 30 mg OD for 5 days\n"
        "- NIV if pH < 7.35 and pCO2 > 6 kPa despite optimal medical therapy\n"
        "- read trust guideline via intranet\n")


def test_a_step_past_two_thresholds_asks_the_step(tmp_path):
    # Each threshold asked beside the other shown cued a pair of numbers; two thresholds
    # made no card. The step they call for is what a learner recalls from them.
    shown = cards_shown(tmp_path, COPD, text=True)
    assert ("[...] if pH < 7.35 and pCO2 > 6 kPa despite optimal medical therapy",
            "NIV if pH < 7.35 and pCO2 > 6 kPa despite optimal medical therapy") in shown, shown


def test_a_treatment_asks_the_means_it_is_given_by(tmp_path):
    shown = cards_shown(tmp_path, COPD, text=True)
    assert ("controlled O2 via [...]", "controlled O2 via Venturi mask") in shown, shown
    # Where to read is no means of treatment: nothing asks "[intranet]".
    assert not any("intranet" in back for _, back in shown), shown


def test_a_means_in_danish_is_asked_too(tmp_path):
    shown = cards_shown(tmp_path, "# Antikoagulation\n\n## Heparin\n\n"
                        "- ufraktioneret heparin gives i.v. via perfusor\n"
                        "- dosis justeres efter APTT\n"
                        "- protamin ved heparin-overdosering\n", text=True)
    assert ("ufraktioneret heparin gives i.v. via [...]",
            "ufraktioneret heparin gives i.v. via perfusor") in shown, shown


def test_a_rule_asks_the_word_its_threshold_defines(tmp_path):
    # The front states the definition; the learner recalls the name. Before, neither made a
    # card. (The space before the comma is the test's reading of the gap's markup.)
    shown = cards_shown(tmp_path, "# Elasticity rules\n\n## Demand\n\n"
                        "- demand is inelastic when |PED| < 1\n"
                        "- Nachfrage ist unelastisch, wenn |ε| < 1\n"
                        "- supply is elastic when PES > 1\n"
                        "- firms compete on price\n", text=True)
    assert ("demand is [...] when |PED| < 1", "demand is inelastic when |PED| < 1") in shown, shown
    # Never the clause before "when" as a step: "[supply is elastic] when PES > 1".
    assert ("supply is [...] when PES > 1", "supply is elastic when PES > 1") in shown, shown
    assert ("Nachfrage ist [...] , wenn |ε| < 1",
            "Nachfrage ist unelastisch , wenn |ε| < 1") in shown, shown


def test_under_a_heading_that_shows_the_word_a_rule_asks_its_bound(tmp_path):
    # "Price elasticity of demand" on the front shows "elastic": the bound is asked, its
    # sign with it ("> 1" and "< 1" are different rules).
    shown = cards_shown(tmp_path, "# ECON101\n\n## Price elasticity of demand\n\n"
                        "- measures how responsive quantity demanded is to a change in price\n"
                        "- demand is elastic when |PED| > 1\n"
                        "- necessities tend to be price inelastic\n", text=True)
    assert ("demand is elastic when |PED| [...]", "demand is elastic when |PED| > 1") in shown, \
        shown


def test_a_kind_asks_the_range_its_measure_takes(tmp_path):
    # Before, "[YED] > 0" was refused (cued only by a bare number) and no card was made.
    shown = cards_shown(tmp_path, "# Elasticity\n\n## Income elasticity\n\n"
                        "- luxuries have YED > 1\n"
                        "- necessities have YED between 0 and 1\n"
                        "- inferior goods have YED < 0\n", text=True)
    assert ("luxuries have YED [...]", "luxuries have YED > 1") in shown, shown
    assert ("necessities have YED [...]", "necessities have YED between 0 and 1") in shown, shown
    assert ("inferior goods have YED [...]", "inferior goods have YED < 0") in shown, shown


def test_one_threshold_asks_its_amount_or_where_it_has_no_unit_the_step(tmp_path):
    # "[INR] > 9" was refused (cued only by a bare number) and "hvis" before a threshold in a
    # Danish item made no card; an order ("undgå", avoid) still makes none.
    shown = cards_shown(tmp_path, "# Antikoagulation\n\n## Warfarin og NOAK\n\n"
                        "- K-vitamin hvis INR > 9\n"
                        "- dosisreduktion hvis kreatinin > 133 µmol/L\n"
                        "- undgå dabigatran ved eGFR < 30\n", text=True)
    assert ("[...] hvis INR > 9", "K-vitamin hvis INR > 9") in shown, shown
    assert ("dosisreduktion hvis kreatinin > [...]",
            "dosisreduktion hvis kreatinin > 133 µmol/L") in shown, shown
    assert not any("dabigatran" in back for _, back in shown), shown
