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


def test_one_answer_hidden_twice_in_passing_makes_no_card(tmp_path):
    # Before: "This interference appears almost equally on both measurement [...], so it is
    # a common-mode signal, while the ECG itself appears as the difference between the
    # [...]." → electrodes twice, each gap guessed from the other.
    asked = _cards(tmp_path, "## Electrodes\n\nElectrodes are placed on the skin of the "
                   "chest.\n\n## Why we need amplification\n\nThe bigger problem is "
                   "interference. The body acts as an antenna and picks up 50 or 60 Hz from "
                   "the power lines. This interference appears almost equally on "
                   "both measurement electrodes, so it is a common-mode signal, while the ECG "
                   "itself appears as the difference between the electrodes.\n",
                   title="Amplifiers for biopotentials")
    assert not [front for front in asked.get("electrodes", []) if front.count("[...]") > 1], \
        asked


def test_one_answer_hidden_twice_where_the_text_says_what_it_is_is_asked(tmp_path):
    # "[pH] is the negative logarithm …: [pH] = …": the first gap opens the sentence that
    # says what the answer is; the second repeats it.
    asked = _cards(tmp_path, "## Electrodes\n\nElectrodes are placed on the skin.\n\n"
                   "## Recording\n\nElectrodes pick up the potential at the skin, and the "
                   "amplifier compares two electrodes.\n",
                   title="Amplifiers for biopotentials")
    assert [front for front in asked.get("Electrodes", []) if front.count("[...]") > 1], asked


_MARKETS = """## Perfect competition

- Many buyers and sellers, identical products
- Firms are price takers → P = MR = AR

## Monopoly

- Single seller, no close substitutes
- Natural monopoly: one firm can supply the whole market at lower cost than two or more

## Oligopoly

- Few interdependent firms
- Cartel: firms agree to act as a monopoly (e.g. OPEC)

## Monopolistic competition

- Many firms, differentiated products
"""


def test_the_articles_everyday_plural_is_not_asked(tmp_path):
    # Before: "Oligopoly Few interdependent [...]" and "[...] are price takers → P = MR = AR"
    # → firms, said in every structure of a chapter on markets: filled in, nothing learnt.
    asked = _cards(tmp_path, _MARKETS, title="Market structures")
    assert not {"firms", "Firms"} & set(asked), asked
    # A plural said in fewer topics is still asked.
    asked = _cards(tmp_path / "two", "## Oligopoly\n\n- Few interdependent firms\n\n"
                   "## Monopoly\n\n- Single seller, no close substitutes\n\n"
                   "## Perfect competition\n\n- Firms are price takers → P = MR = AR\n",
                   title="Market structures")
    assert {"firms", "Firms"} & set(asked), asked
