"""Notes of a learner of German or Dutch (cover16): the word lists and the grammar facts
make their cards, though German capitalises every noun and so no single capitalised word
of a German sentence is a name (fix15)."""

from __future__ import annotations

import re
from pathlib import Path

from test_markdown_idioms import build as build_and_import
from test_markdown_idioms import check

from deck_builder.statements import named_spans, vocabulary_word


def _clozes(tmp_path: Path, source: str) -> tuple[list[str], str]:
    """The cloze texts Anki holds after importing the article's deck, and `check`'s lines."""
    shown, _, _ = build_and_import(tmp_path, source)
    return [entry[4] for entry in shown], check(tmp_path, source)


def _answers(texts: list[str]) -> list[str]:
    return [a for t in texts for a in re.findall(r"\{\{c\d+::(.*?)\}\}", t)]


def test_a_vocabulary_line_asks_the_word_from_its_meaning(tmp_path):
    # "der Fahrschein – ticket" was refused ("leaves fewer than 2 words on its card"), "die
    # Stadt = city" read as a formula, and "das Haus, die Häuser: house" among sentences
    # asked nothing: a translation is the cue a word is recalled from, in one word too.
    texts, _ = _clozes(tmp_path, "# German A1\n\n## Vocabulary\n\n- der Fahrschein – ticket\n"
                                 "- das Fahrrad, die Fahrräder – bicycle\n\n## Am Bahnhof\n\n"
                                 "- die Stadt = city\n- das Haus, die Häuser: house\n"
                                 "- Der Zug fährt um acht Uhr ab.\n\n## Nederlands\n\n"
                                 "- de fiets – bike\n- het kaartje – ticket\n")
    assert sorted(_answers(texts)) == sorted([
        "der Fahrschein", "das Fahrrad, die Fahrräder", "die Stadt", "das Haus, die Häuser",
        "de fiets", "het kaartje"]), texts
    # An English term's one-word gloss still says too little ("heap: memory").
    texts, _ = _clozes(tmp_path / "english",
                       "# Memory\n\n## Terms\n\n- heap – memory\n- stack – memory\n")
    assert texts == [], texts
    assert vocabulary_word("die Verspätung (-en)") and vocabulary_word("Tisch, der")
    assert not vocabulary_word("die hard") and not vocabulary_word("Heap")


def test_a_german_grammar_fact_asks_its_case_not_a_common_noun(tmp_path):
    # Lost with fix15: "Nach der Präposition mit steht immer der [Dativ]" asked nothing once
    # no single capitalised word of German text was a name; the heading above was hidden
    # instead ("[Grammatik auf Deutsch] — Nach der Präposition …").
    texts, out = _clozes(tmp_path, "# Deutsch A2\n\n## Grammatik auf Deutsch\n\nNach der "
                                   "Präposition mit steht immer der Dativ.\n\nDer Dativ folgt "
                                   "nach den Präpositionen aus, bei, mit und zu.\n\nDie Reise "
                                   "nach Hamburg dauert drei Stunden mit dem Zug.\n")
    assert _answers(texts) == ["Dativ", "Dativ"], texts
    assert not any("Grammatik auf Deutsch" in a for a in _answers(texts)), texts
    assert ":9: note: facts: no card" in out, out  # common nouns only: "Reise", "Zug"
    # Still no name: a German common noun ("Reaktion"), a pronoun ("I'm").
    text = "Das Enzym dient als Katalysator der Reaktion."
    assert list(named_spans(text)) == []
    text = "Dutch bits at the end are from the Duolingo course I'm doing on the side."
    assert "I'm" not in [text[a:b] for a, b in named_spans(text)]


def test_what_a_thing_is_made_of_is_asked_in_other_languages(tmp_path):
    # Italian, Spanish, French and German notes say what a thing is made of as English
    # notes do ("is made of cellulose"); they made no card, or hid the heading above.
    texts, out = _clozes(tmp_path, "# Biologia\n\n## Struttura\n\n"
                                   "- La cromatina está formada por ADN y proteínas.\n"
                                   "- La paroi végétale est constituée de cellulose.\n"
                                   "- Die Zellwand der Pilze besteht aus Chitin.\n"
                                   "- Die DNA befindet sich im Zellkern.\n"
                                   "- Il ciclo cellulare è formato da diverse fasi.\n"
                                   "- Elle est composée de plusieurs couches.\n"
                                   "- Il citoscheletro è costituito da microtubuli, "
                                   "microfilamenti e filamenti intermedi.\n")
    assert sorted(_answers(texts)) == ["ADN y proteínas", "Chitin", "Zellkern", "cellulose"], \
        texts
    for line in (9, 10, 11):  # parts not named, a pronoun subject, one part of a list
        assert f":{line}: note: facts: no card" in out, out


def test_a_romance_plural_definition_and_article_are_read(tmp_path):
    # "I fosfolipidi" was an English "I" (a paragraph about the author), "Les lysosomes" the
    # term "s lysosomes", and a class with no article ("sono molecole che …") no definition.
    texts, _ = _clozes(tmp_path, "# Biologia\n\n## Organelli\n\n"
                                 "- I fosfolipidi sono molecole che formano le membrane.\n"
                                 "- Les lysosomes sont des organites qui digèrent les déchets.\n"
                                 "- I mitocondri producono ATP nella cellula.\n")
    assert sorted(_answers(texts)) == ["ATP", "fosfolipidi", "lysosomes"], texts


def test_a_rule_asks_its_short_predicate(tmp_path):
    # "A primary key must be unique" asked the heading's name ("A [primary key] must be
    # unique"), or nothing: a rule's short predicate is its fact, as "X is Y" states Y.
    texts, out = _clozes(tmp_path, "# Databases\n\n## Constraints\n\n"
                                   "- A primary key cannot be null.\n"
                                   "- Table names should be singular.\n"
                                   "- The answer must be correct.\n")
    assert sorted(_answers(texts)) == ["null", "singular"], texts
    assert ":7: note: facts: no card" in out, out  # one noun after "The"


def test_a_reflexive_romance_verb_is_no_english_verb_of_consequence(tmp_path):
    # "La osmosis se produce a [través de una membrana semipermeable]": "produce" was read
    # as English "produces" and its object cut a preposition in half.
    texts, _ = _clozes(tmp_path, "# Biología\n\n## Transporte\n\n- La osmosis se produce a "
                                 "través de una membrana semipermeable.\n- La mitocondria se "
                                 "encuentra en el citoplasma.\n")
    assert _answers(texts) == ["el citoplasma"], texts
