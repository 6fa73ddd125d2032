"""Cards typed for Obsidian's Spaced Repetition plugin are asked as written (srcards25).

A vault reviewed with the plugin holds cards its author already wrote: `Question::Answer`,
`Front:::Back` (reversed: both ways), and a question's lines over a line `?` (or `??`)
over the answer's. Each made no card here, or an unasked fact showing `::` raw. The plugin
reviews notes tagged `#flashcards`; there `Term::Meaning` is a card too, elsewhere it may
be a Dataview field ("Status:: draft") and is left as before.
"""

from support import cards_shown, run

_NOTES = """# Photosynthesis

## Flashcards

Which pigment is needed for photosynthesis?::Chlorophyll

Where do the light reactions happen? :: In the thylakoid membranes

What is the main product of the Calvin cycle?:::Glucose (G3P)

Stomata
?
Pores in the leaf surface that let gases in and out
"""


def test_each_typed_card_asks_its_answer_from_its_question(tmp_path):
    cards = cards_shown(tmp_path, _NOTES)
    for front, answer in (
            ("Which pigment is needed for photosynthesis? — [...]", "Chlorophyll"),
            ("Where do the light reactions happen? — [...]", "In the thylakoid membranes"),
            ("What is the main product of the Calvin cycle? — [...]", "Glucose (G3P)"),
            ("[...] — Pores in the leaf surface that let gases in and out", "Stomata")):
        found = [(f, b) for f, b in cards if f.endswith(front)]
        assert len(found) == 1, (front, cards)
        assert answer in found[0][1], found[0][1]
    # The reversed card asks the other way too, and no card shows the plugin's separators.
    assert any(f.endswith("[...] — Glucose (G3P)") for f, _ in cards), cards
    assert not any("::" in f or "::" in b for f, b in cards), cards


def test_a_term_card_needs_the_notes_flashcards_tag(tmp_path):
    source = "# Plants\n\n## Enzymes\n\nRubisco::the enzyme that fixes carbon dioxide\n"
    (tmp_path / "untagged").mkdir()
    (tmp_path / "tagged").mkdir()
    assert cards_shown(tmp_path / "untagged", source) == []
    cards = cards_shown(tmp_path / "tagged", source + "\n#flashcards\n")
    assert [f for f, _ in cards] == [
        "Plants › Enzymes [...] — the enzyme that fixes carbon dioxide"], cards


def test_a_dataview_field_and_code_are_no_cards(tmp_path):
    # Untagged, a term's "::" may be a field or code: no card, and `check` says the note
    # made none (a card of either would be "[Status] — draft", "[Use std] — vector …").
    source = "# Plants\n\n## Meta\n\nStatus:: draft\n\nUse std::vector for arrays.\n"
    (tmp_path / "plants.md").write_text(source, encoding="utf-8")
    assert "made no note" in run("check", tmp_path / "plants.md").output
    (tmp_path / "t").mkdir()
    assert cards_shown(tmp_path / "t", source) == []


def test_cards_typed_one_under_another_are_read_one_by_one(tmp_path):
    # One paragraph to Markdown, a card a line to the plugin: joined, the first card's
    # answer ran on into the next card's "::" ("[...] — the site of protein synthesis What
    # do lysosomes contain?::…").
    cards = cards_shown(tmp_path, "# Cells\n\n## Organelles\n\n"
                        "The ==mitochondria== are the site of aerobic respiration.\n"
                        "Ribosomes::the site of protein synthesis\n"
                        "What do lysosomes contain?::Digestive enzymes\n\n"
                        "status:: to review\n\n#flashcards\n", text=True)
    assert sorted(f for f, _ in cards) == [
        "The [...] are the site of aerobic respiration.",
        "What do lysosomes contain? — [...]",
        "[...] — the site of protein synthesis"], cards
