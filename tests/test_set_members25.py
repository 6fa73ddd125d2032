"""Three or more short names under a heading are members of its set (setmembers25).

"### Politiche" over "- Desiderio di rivincita francese verso i tedeschi", "- Rivalità
austro-russa", … was read as a heading and the first line saying what it is: "[Politiche] —
Desiderio di rivincita …" (junk: the line is one political cause, not what "Politiche"
means), and the other items made no card. They are the causes the heading names, one note
asking each from the others.
"""

from support import cards_shown

_NOTES = """# Prima Guerra Mondiale

## Cause

### Politiche

- Desiderio di rivincita francese verso i tedeschi
- Rivalità austro-russa
- Crisi impero ottomano
- Contrapposizione di Triplice Intesa e Triplice Alleanza
"""


def test_short_names_under_a_heading_are_asked_each_from_the_others(tmp_path):
    cards = cards_shown(tmp_path, _NOTES, text=True)
    fronts = [f for f, _ in cards]
    assert len(fronts) == 4, fronts
    assert not any(f.startswith("[...] — ") for f in fronts), fronts  # no "[Politiche] — …"
    for item in ("Rivalità austro-russa", "Crisi impero ottomano"):
        assert sum(item not in f for f in fronts) == 1, (item, fronts)


def test_a_first_line_saying_what_the_heading_is_is_still_its_description(tmp_path):
    # A sentence (its full stop) or a labelled point is no member of a set: as before, the
    # first line under a named heading says what the name is.
    cards = cards_shown(tmp_path, """# Membranes

## Passive transport

### Facilitated diffusion

- Movement of molecules through carrier proteins down a gradient.
- Needs no energy from ATP.
- Example: glucose entering red blood cells.
""", text=True)
    assert any(f.startswith("[...] — Movement of molecules through carrier proteins")
               for f, _ in cards), cards
