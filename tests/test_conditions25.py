"""`Condition: outcome` items ask the outcome from the condition (cond25).

"Wenn Tiefenerosion stark ist: Schlucht", "If vertical erosion is strong: gorge": a list
of conditions each leading to what forms. Read as a label and its text, the card hid the
whole condition ("[...] — Cañon") or a phrase of it ("If [...] is weaker than lateral
erosion: canyon"): unanswerable. The outcome is what to recall, under the list's title.
"""

from support import cards_shown

_NOTES = """# Geomorphologie

## Flussformen

* Wenn Tiefenerosion stark ist: Schlucht
* Wenn Hangabtragung mit Tiefenerosion mithalten kann: Kerbtal
* Wenn Tiefenerosion schwächer ist als Seitenerosion: Cañon

## River landforms

* Landforms
    * If slope erosion keeps pace with vertical erosion: V-shaped valley
    * If vertical erosion is weaker than lateral erosion: canyon
"""


def test_each_condition_asks_its_outcome(tmp_path):
    cards = cards_shown(tmp_path, _NOTES, text=True)
    for front, answer in (
            ("Flussformen › Wenn Tiefenerosion stark ist: [...]", "Schlucht"),
            ("Flussformen › Wenn Hangabtragung mit Tiefenerosion mithalten kann: [...]",
             "Kerbtal"),
            ("Flussformen › Wenn Tiefenerosion schwächer ist als Seitenerosion: [...]",
             "Cañon"),
            ("Landforms › If slope erosion keeps pace with vertical erosion: [...]",
             "V-shaped valley"),
            ("Landforms › If vertical erosion is weaker than lateral erosion: [...]",
             "canyon")):
        assert (front, front.replace("[...]", answer)) in cards, (front, cards)
    assert len(cards) == 5, cards


def test_a_condition_over_a_long_outcome_is_read_as_before(tmp_path):
    # An outcome of a clause's length is a statement of its own, not a name to recall.
    cards = cards_shown(tmp_path, "# Rivers\n\n## Erosion\n\n* If the river floods: "
                        "the water spreads over the plain and drops its sediment there\n",
                        text=True)
    assert not any(f.endswith(": [...]") for f, _ in cards), cards
