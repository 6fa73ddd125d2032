"""Terse revision bullets in Italian, French, Spanish and German (lang19): the passive with
who or what did it, what a thing protects against, the one who was the first of a kind and
a chronology's span of years made no card, though English notes saying the same are asked."""

from __future__ import annotations

from support import gap_answers
from test_language_notes import _clozes
from test_markdown_idioms import build

from deck_builder.quality import related, stem


def test_a_romance_passive_asks_who_or_what_did_it(tmp_path):
    texts, out = _clozes(tmp_path, "# Ripasso\n\n## Fatti\n\n"
                                   "- Il Regno delle Due Sicilie fu conquistato dai Mille.\n"
                                   "- Il nucleo cellulare è delimitato da una doppia membrana.\n"
                                   "- La paroi est détruite par le lysozyme.\n"
                                   "- América fue descubierta por Cristóbal Colón.\n"
                                   "- Tra il 1914 e il 1918 l'Europa fu devastata dalla guerra.\n"
                                   "- La paroi végétale est constituée de cellulose.\n"
                                   "- Robespierre fut exécuté par les thermidoriens.\n"
                                   "- Le piante sono state studiate da molti scienziati.\n"
                                   "- Es gibt da einen großen Unterschied.\n")
    # Before: "Il Regno delle [Due Sicilie] fu conquistato …" (a name the sentence names in
    # passing), and no card for the others. What a thing is made of is asked as before.
    assert sorted(gap_answers(texts)) == ["Cristóbal Colón", "Mille", "cellulose",
                                          "doppia membrana", "lysozyme", "thermidoriens"], texts
    # The article is a word of its own: never "par le [s thermidoriens]".
    assert any("par les {{c1::thermidoriens}}" in t for t in texts), texts
    # "dalla [guerra]": one general word the years around it say; "da [molti scienziati]":
    # whoever.
    assert ":9: note: facts: no card" in out and ":12: note: facts: no card" in out, out
    # Each language's "to be" with its own "by": German "es … da" is no Italian "è … da".
    assert ":13: note: facts: no card" in out, out


def test_what_a_thing_protects_against_and_the_first_of_a_kind_are_asked(tmp_path):
    texts, out = _clozes(tmp_path, "# Ripasso\n\n## Personaggi\n\n"
                                   "- Vittorio Emanuele II fu il primo re d'Italia.\n"
                                   "- Garibaldi fu un generale e patriota italiano.\n"
                                   "- Il Risorgimento fu un periodo molto importante.\n\n"
                                   "## La paroi\n\n"
                                   "- La paroi cellulaire protège la cellule contre la lyse "
                                   "osmotique.\n")
    assert sorted(gap_answers(texts)) == ["Vittorio Emanuele II", "lyse osmotique"], texts
    # Not the heading, half a noun phrase ("[La paroi] cellulaire"), nor "la [cellule]".
    assert any(t.startswith("La paroi cellulaire protège la cellule contre la {{c1::")
               for t in texts), texts
    # "un generale": one of many, no role only he filled; "un periodo": vague.
    assert ":6: note: facts: no card" in out and ":7: note: facts: no card" in out, out
    # An article opens no name: "[Il Piemonte] fu il primo stato …" hid it with the name;
    # then no card ("names no concept"). The name past its article is the one asked.
    texts, _ = _clozes(tmp_path / "article", "# Ripasso\n\n## Stati\n\n- Il Piemonte fu il "
                                             "primo stato italiano con una costituzione.\n")
    assert gap_answers(texts) == ["Piemonte"], texts
    assert texts[0].startswith("Il {{c1::Piemonte}} fu il primo stato"), texts


def test_a_chronology_line_opening_on_a_span_of_years_asks_the_span(tmp_path):
    # "1848-1849: prima guerra d'indipendenza" made no card (two years are no one year), or
    # beside another such line was asked as one of a set ("[…]; 1914–1918: …").
    texts, _ = _clozes(tmp_path, "# Storia\n\n## Date\n\n"
                                 "- 1848-1849: prima guerra d'indipendenza\n"
                                 "- 1914–1918: Prima guerra mondiale\n"
                                 "- 1859: seconda guerra d'indipendenza\n")
    assert sorted(gap_answers(texts)) == ["1848-1849", "1859", "1914–1918"], texts
    assert any(t.startswith("{{c1::1848-1849}}") and "prima guerra d'indipendenza" in t
               for t in texts), texts


def test_terse_foreign_sentences_are_read_alone_never_hidden_whole(tmp_path):
    # "[…]; Der Zellkern enthält die DNA; Ribosomen synthetisieren Proteine": three German
    # sentences of three or four words were a list of names, each asked whole from the
    # others (junk), as were the Spanish and French ones; English verbs knew none of them.
    texts, _ = _clozes(tmp_path, "# Biologie\n\n## Die Zelle\n\n"
                                 "- Die Mitochondrien produzieren ATP.\n"
                                 "- Der Zellkern enthält die DNA.\n"
                                 "- Ribosomen synthetisieren Proteine.\n\n## La célula\n\n"
                                 "- Las mitocondrias producen ATP.\n"
                                 "- El núcleo contiene el ADN.\n"
                                 "- Los ribosomas sintetizan proteínas.\n\n## La cellule\n\n"
                                 "- Les mitochondries produisent l'ATP.\n"
                                 "- Le noyau contient l'ADN.\n")
    assert not any(";" in t for t in texts), texts
    # The name each one gives is asked, after an elided article too ("l'[ATP]": a name
    # after an apostrophe was read as no name, as "O'Brien" has none inside it).
    assert sorted(gap_answers(texts)) == ["ADN", "ADN", "ATP", "ATP", "ATP", "DNA"], texts


def test_the_ordinal_is_asked_where_the_page_names_several_of_a_kind(tmp_path):
    # "L'Italia ottenne il Veneto con la terza [guerra d'indipendenza]" (a blind review: the
    # phrase the page says of every war hidden, "terza", the word that tells which, shown).
    texts, _ = _clozes(tmp_path, "# Storia\n\n## Date\n\n"
                                 "- 1848-1849: prima guerra d'indipendenza\n"
                                 "- 1859: seconda guerra d'indipendenza\n\n## Fatti\n\n"
                                 "- L'Italia ottenne il Veneto con la terza guerra "
                                 "d'indipendenza.\n")
    assert "L'Italia ottenne il Veneto con la {{c1::terza}} guerra d'indipendenza." in texts, \
        texts
    # Nor the heading over it, a word for "facts" ("[Fatti] — L'Italia ottenne …").
    assert "Fatti" not in gap_answers(texts), texts


def test_an_italian_adjective_of_the_answer_is_masked(tmp_path):
    # "La [compliance] è C = ΔV/ΔP: le vene sono … più complianti delle arterie" (a blind
    # review: "complianti" spells the answer). English says it so too ("compliant").
    shown, _, _ = build(tmp_path, "# Emodinamica\n\n## Energia del fluido\n\n"
                                  "La **compliance** è la variazione di volume per variazione "
                                  "di pressione: le vene sono circa 20 volte più complianti "
                                  "delle arterie.\n")
    assert shown.fronts and not any("complianti" in f for f in shown.fronts), shown.fronts
    assert related(stem("compliance"), stem("compliant"))
