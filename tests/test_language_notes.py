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
