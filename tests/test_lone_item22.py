"""One item of a grouped list left to hide among clauses is asked only when it is a name.

"COPD exacerbation: acute worsening of …; bacterial causes: H. influenzae, …; [other
triggers: air pollution, non-adherence to inhalers]" hid a whole labelled list behind one gap,
cued by nothing beside it (a learner's read of session 21: junk). A short name left among
clauses is still asked.
"""

from support import cards_shown, run

_PHRASE = """# COPD exacerbation

## Definition & triggers

- acute worsening of respiratory symptoms beyond normal day-to-day variation
- bacterial causes: H. influenzae, S. pneumoniae, M. catarrhalis
- other triggers: air pollution, non-adherence to inhalers
"""


def test_a_phrase_left_alone_among_clauses_is_not_hidden_whole(tmp_path):
    backs = [back for _, back in cards_shown(tmp_path, _PHRASE, text=True)]
    assert not any("other triggers: air pollution" in back for back in backs), backs


def test_check_says_why_the_phrase_makes_no_card(tmp_path):
    (tmp_path / "copd.md").write_text(_PHRASE, encoding="utf-8")
    result = run("check", tmp_path / "copd.md")
    assert ('copd.md:7: weak card: no card for "other triggers: air pollution, non-adherence '
            'to inhalers": the other items of its list are clauses') in result.output


_NAME = """# Sepsis – ward notes

## Sepsis Six (within 1 hour)

- Give O₂ to keep SpO₂ 94–98%
- Take blood cultures
- Give IV antibiotics
- Give IV fluids
- Measure lactate
- Measure urine output (target > 0.5 mL/kg/h)
"""


def test_a_short_name_left_among_clauses_is_still_asked(tmp_path):
    # The bundle's orders stay on the front; the one short step left is its card.
    backs = [back for front, back in cards_shown(tmp_path, _NAME, text=True)
             if "[M… l…]" in front]
    assert backs and "Measure lactate" in backs[0], backs
