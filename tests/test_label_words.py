"""A labelled item whose text says its label's word as an amount ("Light intensity: more
light speeds it up …"), and a quantity the front names by its unit ("Temperature: … above
about 45 °C") (issue 15, card-quality.md §4a and §4).

Each test builds a small article (or a stored web page) through the CLI, imports the deck
into real Anki and asserts what the learner sees: each card's front and back.
"""

from __future__ import annotations

import pytest
from support import DATA, cards_shown
from test_markdown_idioms import check

PAGE = DATA / "html" / "wordpress-photosynthesis.html"
LIGHT = "more light speeds it up until another factor limits the rate."
TEMPERATURE = "enzymes work faster when warm but denature above about 45 °C."
# The list of the page, as Markdown writes it: bold labels, and labels typed plain.
BOLD = ("# Photosynthesis\n\n## Limiting factors of photosynthesis\n\n"
        f"- **Light intensity**: {LIGHT}\n"
        "- **Carbon dioxide concentration**: more CO2 raises the rate in a greenhouse.\n"
        f"- **Temperature**: {TEMPERATURE}\n")
PLAIN = BOLD.replace("**", "")


SOURCES = [
    pytest.param("wordpress-photosynthesis.html", PAGE.read_text(encoding="utf-8"), id="html"),
    pytest.param("factors.md", BOLD, id="markdown-bold-label"),
    pytest.param("factors.md", PLAIN, id="markdown-plain-label"),
]


@pytest.mark.parametrize(("name", "source"), SOURCES)
def test_a_label_its_text_says_as_an_amount_makes_no_card(tmp_path, name, source):
    # "more [...] speeds it up …" asked "light" with the label gone from the back: CO₂ and
    # temperature fit the gap as well (three reviews: junk). Asked with the text's "light"
    # masked too, "[...] — more [...] speeds it up" was junk in two reviews of session 19:
    # two gaps, and either factor fits. No card, and `check` says why.
    shown = cards_shown(tmp_path, source, name)
    made = [(f, b) for f, b in shown if "speeds it up" in b]
    assert made == [], made
    # The sibling whose label its text does not say as an amount is still asked.
    assert any("enzymes work faster when warm" in b for _, b in shown), shown
    if name.endswith(".md"):
        assert 'label "Light intensity" is said in its text as an amount' in \
            check(tmp_path, source, name), made


@pytest.mark.parametrize(("name", "source"), SOURCES)
def test_a_label_its_unit_names_is_not_asked_beside_the_amount(tmp_path, name, source):
    # "[...] — enzymes … denature above about 45 °C" asked "Temperature", which "°C" says
    # (three reviews: junk). The amount is what the label tells: it is asked from it.
    made = [(f, b) for f, b in cards_shown(tmp_path, source, name) if "denature" in b]
    assert not [f for f, _ in made if "45 °C" in f], made
    (front, back), = made
    assert "Temperature — enzymes work faster when warm but denature above about [...]" \
        in front, front
    assert f"Temperature — {TEMPERATURE[:-1]}" in back, back  # the gap's tag parts "°C ."


def test_check_says_why_a_quantity_beside_its_unit_makes_no_card(tmp_path):
    # A marked quantity in a sentence whose amount says it: masking the amount too would
    # leave a second gap the front does not explain, so no card, and `check` says why.
    output = check(tmp_path, "# Enzymes\n\n## Denaturing\n\nAbove about 45 °C the "
                             "**temperature** breaks the bonds that hold an enzyme's active "
                             "site in shape.\n", "enzymes.md")
    assert 'answer "temperature" is named by the unit of "45 °C" on its card' in output, output
