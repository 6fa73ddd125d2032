"""A nested list's long lead-in is its cards' context (leadin25).

"- Arrange an urgent echocardiogram and pericardiocentesis if signs of cardiac tamponade:"
over "- Tachycardia", "- Hypotension", … is what the items are signs of. A parent item of
over ten words was not taken as the nested list's title, and a context line of over eight
words was taken for a sentence and dropped, so the cards asked "Tachycardia; [H…]; Pulsus
paradoxus" under the article's title alone, and "High fever >[...]" of nothing.
"""

from support import cards_shown

_NOTES = """# Pericarditis

## Management

- Transthoracic echocardiogram
\t- Arrange an urgent echocardiogram and pericardiocentesis if signs of cardiac tamponade:
\t\t- Tachycardia
\t\t- Hypotension
\t\t- Pulsus paradoxus
\t\t- Raised JVP that rises on inspiration
- Admit the patient if a treatable cause is found or if any of the following:
\t- High fever >38°C
\t- Large pericardial effusion
\t- Cardiac tamponade
"""


def test_each_item_under_a_long_lead_in_shows_the_lead_in(tmp_path):
    cards = cards_shown(tmp_path, _NOTES)
    signs = [f for f, _ in cards if "Tachycardia" in f or "[T…]" in f]
    assert len(signs) == 4, cards
    assert all("if signs of cardiac tamponade" in f for f in signs), signs
    admit = [f for f, _ in cards if "fever" in f or "effusion" in f or "[L… p… e…]" in f]
    assert len(admit) == 3, cards  # the fever's number asked alone, and the two names
    assert all("Admit the patient if a treatable cause is found" in f for f in admit), admit


def test_a_long_sentence_heading_over_prose_is_still_no_context(tmp_path):
    # The rule the lead-in is an exception to: a sentence typed as a heading over prose
    # says no more than the title does.
    cards = cards_shown(tmp_path, """# Pericarditis

### The patient should be admitted to hospital when any of these apply to them

Colchicine is given for **three months** to prevent recurrence.
""")
    assert len(cards) == 1, cards
    assert cards[0][0].startswith("Pericarditis Colchicine is given for [...]"), cards
