"""Russian definitions by naming: "X называется Y" and "Под X понимают Y" (ru23).

"Митохондрии — это органоиды …" was read already (markdown._OTHER_DEFINITION); the other
two ways Russian textbooks define a term made no card.
"""

from support import cards_shown

_NOTES = """# Клетка

## Органоиды

Процесс деления ядра клетки называется митозом.

Под осмосом понимают диффузию воды через полупроницаемую мембрану.

Митохондрии — это органоиды, в которых происходит клеточное дыхание.
"""


def test_a_term_named_after_its_meaning_or_cued_by_pod_is_asked(tmp_path):
    cards = dict(cards_shown(tmp_path, _NOTES, text=True))
    assert cards["Процесс деления ядра клетки называется [...] ."] == \
        "Процесс деления ядра клетки называется митозом ."
    assert cards["Под [...] понимают диффузию воды через полупроницаемую мембрану."] == \
        "Под осмосом понимают диффузию воды через полупроницаемую мембрану."
    assert cards["[...] — это органоиды, в которых происходит клеточное дыхание."] == \
        "Митохондрии — это органоиды, в которых происходит клеточное дыхание."
