"""Cards the thirty-ninth session found asked of nothing, each shape written here as people
type it: every test of a new behaviour fails on the code before it (0cea8f5); the guards
beside them say what is still read as before."""

from support import cards_shown


def _front_of(cards: list[tuple[str, str]], words: str) -> str:
    found = [front for front, _ in cards if words in front]
    assert len(found) == 1, (words, cards)
    return found[0]


def test_points_nested_under_a_named_item_show_the_item(tmp_path):
    # "- Chloroplasts" / "  - site of photosynthesis": the point says what it says of the
    # item above it. Read as a paragraph of the section, its card asked "Organelles / site
    # of [...]" of nothing (a session-38 review: "site of what?"), and the German "Sie
    # können [...]" under "Die Zapfen" did not say who "Sie" are.
    source = ("# Cells\n\n"
              "## Organelles\n\n"
              "- Chloroplasts\n"
              "  - site of **photosynthesis**\n"
              "  - also have their own **DNA**\n"
              "  - found in plants and algae only\n\n"
              "## Das Auge\n\n"
              "- Die Zapfen\n"
              "  - Sie können **Farben** unterscheiden, brauchen aber viel Licht\n"
              "  - sind in der **Netzhautgrube** konzentriert.\n"
              "  - sprechen schnell an.\n")
    cards = cards_shown(tmp_path, source)
    assert "Chloroplasts" in _front_of(cards, "site of [...]")
    assert "Chloroplasts" in _front_of(cards, "also have their own [...]")
    assert "Die Zapfen" in _front_of(cards, "Sie können [...]")
    assert "Die Zapfen" in _front_of(cards, "sind in der [...]")


def test_a_point_under_a_title_line_keeps_its_section(tmp_path):
    # The guard: a list under the section's own title line still shows the section, as
    # before; only a list nested under an item takes that item.
    source = ("# Cells\n\n"
              "## Organelles\n\n"
              "- site of **photosynthesis** in plants\n"
              "- the **nucleus** holds the DNA\n"
              "- found in plants and algae only\n")
    cards = cards_shown(tmp_path, source)
    assert "Organelles" in _front_of(cards, "site of [...]")
