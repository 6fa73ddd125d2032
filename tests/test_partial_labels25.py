"""A label its text says only by its common word makes no card (partiallabel25).

"Courant de Humboldt : courant froid qui longe la côte du Pérou": the text says
"courant", so the label could not be hidden beside it, and the card hid the text's
"courant" with the name gone: "[...] froid qui longe la côte du Pérou" (junk: any current
fits). So for "Seitenerosion: Fluss erodiert auf die Seiten" ("[Seiten]"). A label said
by its telling word ("Antibody production" over "lymphocytes make antibodies") still asks
that word, as before.
"""

from support import cards_shown


def test_a_label_said_only_by_its_common_word_makes_no_card(tmp_path):
    cards = cards_shown(tmp_path, """# Océans

## Les courants marins

- Gulf Stream : courant chaud qui adoucit le climat de l'Europe de l'Ouest
- Courant de Humboldt : courant froid qui longe la côte du Pérou
- Seitenerosion : Fluss erodiert auf die Seiten
""", text=True)
    fronts = [f for f, _ in cards]
    assert "[...] — courant chaud qui adoucit le climat de l'Europe de l'Ouest" in fronts
    assert not any("froid qui longe" in f for f in fronts), fronts
    assert not any("auf die [...]" in f for f in fronts), fronts


def test_a_wiki_link_running_across_a_mark_shows_no_brackets(tmp_path):
    # "**Calculating [[Equilibrium Concentrations:** … Equilibrium]])": the link opens
    # inside the bold and closes after it, so no one text held both brackets and the card
    # showed "[[" (held-out-5's one note with raw syntax).
    cards = cards_shown(tmp_path, "# Equilibrium\n\n## Key ideas\n\n* **Calculating "
                        "[[Equilibrium Concentrations:**  Often involves setting up an ICE "
                        "(Initial, Change, Equilibrium]]) table and solving for unknown "
                        "concentrations.\n")
    assert cards, cards
    assert not any("[[" in f or "]]" in f or "[[" in b or "]]" in b for f, b in cards), cards
