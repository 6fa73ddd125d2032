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


def test_a_pointing_word_or_a_manner_is_no_term(tmp_path):
    # "Под этим понимают …" ("by this one means"), "называют по-разному" ("is called
    # differently"): no term is named (the code review found both asked).
    cards = cards_shown(tmp_path, """# Клетка

## Органоиды

Под этим понимают диффузию воды через мембрану.

Эти структуры в разных учебниках называют по-разному.

Процесс деления ядра клетки называется митозом.
""", text=True)
    fronts = [front for front, _ in cards]
    assert "Процесс деления ядра клетки называется [...] ." in fronts, fronts
    assert not any(front.startswith("Под [...]") or "называют [...]" in front
                   for front in fronts), fronts

