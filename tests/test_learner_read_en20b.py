"""The learner read of session 20's new test articles (en20b): gaps a learner fills without
learning anything. A word of the article's title hidden after the adjective that is the fact
("static [friction]" in a chapter on friction); one answer hidden twice in a front that does
not define it ("both measurement [...] … the difference between the [...]").

Each test builds a small note through the CLI, imports the deck into Anki and reads the
cards as the learner sees them."""

from __future__ import annotations

from test_prose_definitions import _cards


def test_a_title_word_after_its_adjective_is_not_asked(tmp_path):
    # Before: "For a car going around an unbanked curve, static [...] between the tyres and
    # the road supplies the centripetal force." → friction, what the whole chapter is about.
    asked = _cards(tmp_path, "## Friction\n\nStatic friction is not a fixed force. It adjusts "
                   "itself to whatever value is needed to prevent sliding.\n\n"
                   "## Uniform circular motion\n\nFor a car going around an unbanked curve, "
                   "static friction between the tyres and the road supplies the centripetal "
                   "force. Notice that the mass cancels, so a truck and a small car have the "
                   "same maximum speed on the same curve.\n",
                   title="Friction, Drag and Circular Motion")
    assert "friction" not in asked, asked
    # The name the adjective makes with it is what the sentence says supplies the force.
    assert [front for front in asked.get("static friction", [])
            if "unbanked curve, [...] between the tyres" in front], asked
