"""A heading's topic is not asked from a line that says when something happens.

"## Preiselastizität" over "- Nachfrage ist elastisch, wenn |ε| > 1" asked "[Preiselastizität] —
Nachfrage ist elastisch, …" (read as the line saying what the heading's name is): the line is
a rule of the topic, and the heading no answer to it.
"""

from support import cards_shown


def test_a_rule_under_a_topic_heading_asks_its_own_word(tmp_path):
    source = ("# Elastizitäten\n\n## Preiselastizität\n\n- Nachfrage ist elastisch, wenn |ε| > 1\n"
              "- Nachfrage ist unelastisch, wenn |ε| < 1\n")
    backs = [back for _, back in cards_shown(tmp_path, source, text=True)]
    assert not any(back.startswith("Preiselastizität —") for back in backs), backs
    assert "Nachfrage ist elastisch, wenn |ε| > 1" in [b.replace(" ,", ",") for b in backs]


def test_a_line_saying_what_the_heading_is_still_asks_it(tmp_path):
    source = ("# Defence mechanisms\n\n## Mechanisms\n\n### Displacement\n\n"
              "- redirecting feelings onto a safer target than the one that caused them\n")
    assert ("[...] — redirecting feelings onto a safer target than the one that caused them",
            "Displacement — redirecting feelings onto a safer target than the one that caused "
            "them") in cards_shown(tmp_path, source, text=True)
