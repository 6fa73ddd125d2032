"""A question box over an answer the author marked, or over a list, is asked (qcallout25).

A MkDocs revision page ends each chapter with folded questions, `??? question "Qu'est-ce
qu'une métropole ?"` over "Une **grande ville** qui exerce une influence …". The body's
marks are the answer's key words, so the body is read as marked text is, with the question
as the card's context line. Before, every such box was skipped as "a question with no
marked answer": the reading of a question box over an unmarked one-sentence answer refused
marked bodies, and nothing else read them. A box whose body is one list ("Cite les 3 grands
foyers …" over "1. Asie de l'Est …") is the answer's items, read as a list under its title.
"""

from support import cards_shown

_NOTES = """# Géographie

## Révision

??? question "Qu'est-ce qu'une métropole ?"
    Une **grande ville** qui exerce une influence sur un vaste territoire.

??? question "Pourquoi le Sahara est-il peu peuplé ?"
    C'est un **désert chaud** : contrainte de l'aridité (manque d'eau).

> [!question]- Who founded Rome, in the legend?
> **Romulus**, after killing his twin brother Remus.

??? question "Cite les 3 grands foyers de peuplement mondiaux."
    1. Asie de l'Est (Chine, Japon)
    2. Asie du Sud (Inde)
    3. Europe
"""


def test_a_marked_answer_under_a_question_box_is_asked_with_the_question_above(tmp_path):
    cards = cards_shown(tmp_path, _NOTES)
    for question, front, answer in (
            ("Qu'est-ce qu'une métropole ?", "Une [...] qui exerce", "grande ville"),
            ("Pourquoi le Sahara est-il peu peuplé ?", "C'est un [...] : contrainte",
             "désert chaud"),
            ("Who founded Rome, in the legend?", "after killing his twin", "Romulus")):
        found = [(f, b) for f, b in cards if question in f and front in f]
        assert len(found) == 1, (question, cards)
        # The question is on the front as its context, the gap is the marked phrase only.
        assert found[0][0].count("[...]") == 1, found[0][0]
        assert answer in found[0][1] and answer not in found[0][0].replace(question, "")


def test_a_list_under_a_question_box_asks_each_item_under_the_question(tmp_path):
    cards = cards_shown(tmp_path, _NOTES)
    listed = [f for f, _ in cards if "Cite les 3 grands foyers" in f]
    assert len(listed) == 3, cards
    for item in ("Asie de l'Est", "Asie du Sud", "Europe"):
        # Each card hides one item and shows the other two.
        assert sum(item not in f for f in listed) == 1, (item, listed)


def test_a_question_box_over_no_answer_still_makes_no_card(tmp_path):
    # Unmarked and in two paragraphs, no list: no answer to hide, as before.
    cards = cards_shown(tmp_path, """# Cells

## Check yourself

??? question "Why do cells stay small?"
    Think about surface area and volume.

    Discuss it with your partner first.

Cells are small because **diffusion** is slow over long distances.
""")
    assert all("Why do cells stay small?" not in f for f, _ in cards), cards
    assert any("[...]" in f and "diffusion" in b for f, b in cards), cards


def test_a_question_saying_its_marked_answer_makes_no_card(tmp_path):
    # The context line would give the answer away, so the card would be masked down to a
    # gap with no question ("[...] (Constantin)"): no card, and `check` says why.
    cards = cards_shown(tmp_path, """# Histoire

## Révision

??? question "Quel édit autorise le christianisme en 313 ?"
    L'**Édit de Milan** (Constantin)

??? question "Que signifie ZIP ?"
    **Zone Industrialo-Portuaire** : zone d'industries situées près d'un port.

??? question "Qui peut voter dans la démocratie athénienne ?"
    Les **citoyens** : hommes adultes nés de père et mère athéniens
""")
    assert [f for f, _ in cards] == [
        "Histoire › Qui peut voter dans la démocratie athénienne ? Les [...] : hommes adultes "
        "nés de père et mère athéniens"], cards
