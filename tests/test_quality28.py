"""Cards a learner would delete, found on notes nobody wrote for the reader (the
twenty-eighth session), each shape written here as people type it: every test fails on
the code before its mend (2c86a8e)."""

from support import cards_shown, checked


def test_a_ditto_cell_says_what_the_cell_it_repeats_says(tmp_path):
    # "| 共同点 | 都属特异性免疫… | 同左 |" ("same as the left") was read as two different
    # cells: a "which concept?" card asked "体液免疫 or 细胞免疫?" of a fact both share,
    # and another showed "同左" as a fact of one of them.
    source = ("# 免疫\n\n## 体液免疫与细胞免疫的比较\n\n"
              "| | 体液免疫 | 细胞免疫 |\n| --- | --- | --- |\n"
              "| 作战细胞 | 浆细胞 | 效应 T 细胞 |\n"
              "| 作用对象 | 细胞外的抗原 | 被感染的靶细胞 |\n"
              "| 共同点 | 都产生记忆细胞 | 同左 |\n")
    cards = cards_shown(tmp_path, source, text=True)
    assert cards, "the rows that differ still make cards"
    assert not [c for c in cards if "同左" in c[0] + c[1]], cards
    # The shared fact is asked of neither as a choice between them: both have it.
    assert not [c for c in cards if "都产生记忆细胞" in c[0] and "?" in c[0]], cards
    assert ("体液免疫: [...] (细胞免疫: 效应 T 细胞)", "体液免疫: 浆细胞 (细胞免疫: 效应 T 细胞)") \
        in cards, cards


def test_a_ditto_mark_repeats_the_cell_above(tmp_path):
    source = ("# Drugs\n\n## Beta blockers\n\n| Drug | Class | Route |\n|---|---|---|\n"
              "| Propranolol | non-selective beta blocker | oral |\n"
              "| Metoprolol | cardioselective beta blocker | 〃 |\n")
    cards = cards_shown(tmp_path, source, text=True)
    assert cards
    assert not [c for c in cards if "〃" in c[0] + c[1]], cards
    assert any("Metoprolol" in back and "oral" in back for _, back in cards), cards


def test_a_german_abbreviation_ends_no_sentence(tmp_path):
    # "… die Steine u. Mineralien zerstören": cut after "u.", the front ended "[…]: alle
    # Prozesse, die Steine u." and the back went on; "(z. B. durch …)" likewise.
    source = ("# Geomorphologie\n\n## Verwitterung\n\n"
              "Verwitterung: alle Prozesse, die Steine u. Mineralien zerstören. Sie wirkt "
              "an der Erdoberfläche, wo Gestein mit Luft, Wasser und Lebewesen in Kontakt "
              "kommt, über lange Zeiträume hinweg.\n")
    cards = cards_shown(tmp_path, source, text=True)
    assert cards
    assert all("Mineralien zerstören" in front for front, _ in cards), cards


def test_a_unit_after_a_number_and_a_list_letter_still_end_sentences():
    from deck_builder.quality import sentence_starts
    text = "A normal PR interval is 0.12-0.20 s. A longer one means heart block."
    assert sentence_starts(text, always=True) == [text.index("A longer")]
    text = "It stops if it finds no 1. b. A universal machine reads the tape."
    assert sentence_starts(text, always=True) == [text.index("A universal")]


def test_a_general_section_is_no_answer(tmp_path):
    # "### Allgemein" over its points asked "[Allgemein] — Abtragung entfernt …".
    source = ("# Geomorphologie\n\n## Abtragung\n\n### Allgemein\n\n"
              "* Abtragung entfernt verwittertes Gestein vom Anstehungsort.\n"
              "* Erosion: Abtragung durch fliessendes Wasser\n")
    cards = cards_shown(tmp_path, source, text=True)
    assert not [b for _, b in cards if b.startswith("Allgemein")], cards
    assert len(cards) == 2 and all(back.startswith(("Abtragung", "Erosion"))
                                   for _, back in cards), cards


def test_a_useful_relation_is_a_kind_of_line_not_a_term(tmp_path):
    source = ("# Thermodynamique\n\n## Coefficients thermoélastiques\n\n"
              "- Coefficient de dilatation : $\\alpha_V = \\frac{1}{V}\\frac{dV}{dT}$\n"
              "- Relation utile : $\\alpha_V = p\\, \\alpha_p\\, \\mathcal{K}_T$\n")
    cards = cards_shown(tmp_path, source, text=True)
    assert not [b for _, b in cards if b.startswith("Relation utile —")], cards
    # The relation itself is asked from its left side; the term beside it, a name over its
    # formula, asks the formula from its name and symbol since session 38 (formula_values:
    # "[Coefficient de dilatation] — $\\alpha_V = …$" asked which quantity a formula is).
    fronts = sorted(f for f, _ in cards)
    assert fronts == ["Coefficient de dilatation \\(\\alpha_V =\\) [...]",
                      "Relation utile : \\(\\alpha_V\\) = [...]"], cards


def test_an_item_of_one_display_formula_asks_its_named_side(tmp_path):
    # "- $$Current\ ratio=\frac{…}{…}$$" was skipped ("math block in a list item"); typed
    # inline, the same formula asked what the ratio equals.
    source = ("# Ratio's\n\n## Liquiditeit\n\n"
              "- $$Current\\ ratio=\\frac{vlotte\\ activa}{schulden\\ op\\ korte\\ termijn}$$\n"
              "- $$Quick\\ ratio=\\frac{vlotte\\ activa-voorraden}{schulden\\ op\\ korte\\ "
              "termijn}$$\n")
    cards = cards_shown(tmp_path, source, text=True)
    assert sorted(f for f, _ in cards) == ["\\(Current\\ ratio\\) = [...]",
                                           "\\(Quick\\ ratio\\) = [...]"], cards
    assert "math block in a list item" not in checked(tmp_path, source)


def test_pandoc_s_escaped_space_after_an_image_shows_no_backslash(tmp_path):
    # "![](./figs/lotp.png)\ " keeps a Pandoc image inline; the card showed
    # "Visualization of […]: \" (blind sample 2828: junk).
    source = ("# Probability\n\n## Total probability\n\n"
              "- The **law of total probability** splits an event over a partition.\n\n"
              "  ![](./figs/lotp.png)\\ \n\n"
              "- A **partition** of the sample space is a set of disjoint events whose "
              "union is the\\ whole space.\n")
    cards = cards_shown(tmp_path, source, text=True)
    assert cards
    assert not [c for c in cards if "\\" in c[0] + c[1]], cards
    assert any("union is the whole space" in back for _, back in cards), cards


def test_a_lecture_s_timestamps_make_no_cards(tmp_path):
    source = ("# Usul al-Fiqh\n\n## Lecture map\n\n"
              "- **00:00–01:00** — Recap of Lecture I and purpose of Usul al-Fiqh\n"
              "- **02:59–04:55** — Two ways of defining Usul al-Fiqh: linguistic + construct "
              "phrase\n- **05:15–07:12** — Difference between ma'rifah and ilm\n\n"
              "## Definitions\n\n**Fiqh** is knowledge of the practical rulings of the "
              "Sharia derived from their detailed evidence.\n")
    cards = cards_shown(tmp_path, source, text=True)
    assert [f for f, _ in cards] == ["[...] is knowledge of the practical rulings of the "
                                     "Sharia derived from their detailed evidence."], cards
    assert "notes.md:5: skipped: list item (a timestamp says where a recording treats a " \
        "topic" in checked(tmp_path, source, name="notes.md")


def test_a_time_of_day_in_a_timeline_is_not_a_timestamp(tmp_path):
    # Only under a title naming a recording is a time a recording's: "05:50–06:25 —
    # Allied warships bombard …" under "## 6 June 1944" states a fact (the code review).
    source = ("# D-Day\n\n## Kapitel 4: 6 June 1944\n\n"
              "- 05:50–06:25 — Allied warships bombard the **Atlantic Wall**\n"
              "- 06:30 — US troops land at **Omaha Beach**\n")
    assert "timestamp" not in checked(tmp_path, source, name="notes.md")
    (tmp_path / "cards").mkdir()
    fronts = [f for f, _ in cards_shown(tmp_path / "cards", source, text=True)]
    assert len(fronts) == 2 and any("Omaha Beach" in f or "[...]" in f for f in fronts), fronts

def test_a_karnaugh_map_s_cells_are_no_facts(tmp_path):
    # "| $\overline{A}$ | 0 | 0 | 1 | 0 |" asked "\(B \cdot C\): […]" under "\(\overline{A}\)".
    source = ("# Karnaugh Maps\n\n## Grid\n\nAdjacent cells of a **Karnaugh map** differ "
              "by a single literal.\n\n"
              "| | $\\overline{B} \\cdot \\overline{C}$ | $\\overline{B} \\cdot C$ | $B \\cdot C$ "
              "| $B \\cdot \\overline{C}$ |\n|---|---|---|---|---|\n"
              "| $\\overline{A}$ | 0 | 0 | 1 | 0 |\n| $A$ | 1 | 0 | 1 | 1 |\n")
    cards = cards_shown(tmp_path, source, text=True)
    assert [f for f, _ in cards] == ["Adjacent cells of a [...] differ by a single literal."], \
        cards
    assert "notes.md:9: skipped: table row (a grid of 0s and 1s" in \
        checked(tmp_path, source, name="notes.md")


def test_a_feature_table_of_ones_and_zeros_still_compares(tmp_path):
    source = ("# Protocols\n\n## TCP vs UDP\n\n| Feature | TCP | UDP |\n|---|---|---|\n"
              "| Reliable delivery | 1 | 0 |\n| Connection set-up | 1 | 0 |\n")
    assert "grid of 0s and 1s" not in checked(tmp_path, source, name="notes.md")
    (tmp_path / "cards").mkdir()
    fronts = [f for f, _ in cards_shown(tmp_path / "cards", source)]
    assert "TCP vs UDP › Reliable delivery TCP: [...]" in fronts, fronts


def test_an_algorithm_s_fields_are_no_answers(tmp_path):
    # "**Paradigm:** Greedy, …", "**Input:** …", "**Role**: …" asked "[Paradigm]",
    # "[Input]", "[Role]" (blind sample 2828: junk). The field's value is read instead.
    source = ("# Kruskal's Algorithm\n\n> [!abstract] Overview\n> Kruskal's Algorithm builds "
              "a **Minimum Spanning Tree (MST)** by adding the lightest edge that makes no "
              "cycle.\n>\n"
              "> - **Category:** Minimum Spanning Tree / Greedy Algorithm\n"
              "> - **Input:** Undirected, connected graph $G$ with edge weights $w$\n"
              "> - **Paradigm:** Greedy, global edge sort + Disjoint Sets (Union-Find)\n"
              "> - **Output:** A set of edges $X$ forming a minimum spanning tree of $G$\n")
    cards = cards_shown(tmp_path, source, text=True)
    assert cards
    assert not [(f, b) for f, b in cards if f.startswith("[...]")
                and b.startswith(("Paradigm", "Category", "Input", "Output"))], cards
    # (Input and Output are fields beside such fields only: in economics notes they are
    # terms defined.)
    economy = ("# Economics\n\n## Measuring the economy\n\n- **Output**: the total value "
               "of goods and services an economy produces.\n- **Input**: any resource a firm "
               "uses to produce goods.\n")
    (tmp_path / "economy").mkdir()
    assert sorted(b for _, b in cards_shown(tmp_path / "economy", economy, text=True)) == [
        "Input — any resource a firm uses to produce goods.",
        "Output — the total value of goods and services an economy produces."]


def test_a_glossed_answer_is_masked_in_both_its_forms():
    # "오류(Error)": where the front said the gloss "Error", only it was masked, and the
    # answer's own word "오류" stayed on the front beside its gap.
    from deck_builder.quality import giveaways
    text = "오류 is common; see Error"
    assert giveaways(text, "오류(Error)") == [(0, 2), (18, 23)]


def test_a_lead_ending_on_its_preposition_keeps_the_item_above(tmp_path):
    # "- liquiditeitstest" / "- belangrijk voor" / "- leveranciers …": the cards read
    # "belangrijk voor › [l…]; werknemers; …" ("important for what?", sample 2828: junk).
    source = ("# Costing\n\n## Ratio's\n\n- liquiditeitstest\n\t- belangrijk voor\n"
              "\t\t- leveranciers\n\t\t- werknemers\n\t\t- kredietinstellingen\n")
    cards = cards_shown(tmp_path, source)
    assert len(cards) == 3, cards
    assert all("liquiditeitstest › belangrijk voor" in front for front, _ in cards), cards


def test_numbers_alone_do_not_tell_a_row_but_a_code_does(tmp_path):
    # "| Subsidies on products | 2.4 |" asked "[…] — Current prices year 2019 (bil. lei):
    # 2.4" (sample 2828: junk); "Port: 22" still asks SSH.
    source = ("# GDP\n\n## The income approach\n\n| Item | Current prices 2019 (bil. lei) |\n"
              "|---|---|\n| Compensation of employees | 405.1 |\n| Subsidies on products | 2.4 |\n"
              "| Net taxes on production | 103.8 |\n\n## Ports\n\n| Protocol | Port |\n|---|---|\n"
              "| SSH | 22 |\n| DNS | 53 |\n| HTTP | 80 |\n")
    cards = cards_shown(tmp_path, source, text=True)
    assert not [c for c in cards if "bil. lei" in c[0]], cards
    assert ("[...] — 22", "SSH — 22") in cards or any(
        b.startswith("SSH") and "22" in f for f, b in cards), cards


def test_definition_of_a_term_names_the_term(tmp_path):
    source = ("# Usul al-Fiqh\n\n## Rulings\n\n"
              "::: {.callout-definition title=\"Definition of Hukm\"}\n"
              "The address of God concerning the acts of the legally responsible.\n:::\n")
    cards = cards_shown(tmp_path, source, text=True)
    assert [b for _, b in cards] == [
        "Hukm — The address of God concerning the acts of the legally responsible."], cards


def test_a_part_of_a_structure_asks_the_structure(tmp_path):
    source = ("# Brain\n\n### Wernicke's area\n\n"
              "- Located in the posterior part of the left superior temporal gyrus.\n")
    cards = cards_shown(tmp_path, source, text=True)
    # (The test's reading of a card puts a space between a gap and the "." after it.)
    assert cards == [("Located in the posterior part of the [...] .",
                      "Located in the posterior part of the left superior temporal gyrus .")], \
        cards


def test_a_name_an_answer_is_made_from_gives_it_away():
    # "[McCarthyism] — … Senator Joseph McCarthy made himself well known …" (sample 2829).
    from deck_builder.quality import giveaways
    text = "From the late 1940s, Senator Joseph McCarthy made himself well known."
    assert giveaways(text, "McCarthyism") == [(text.index("McCarthy"),
                                               text.index("McCarthy") + len("McCarthy"))]
    assert giveaways("Joseph McCarthy made himself well known.", "Red Scare") == []


def test_a_proof_s_case_is_no_answer(tmp_path):
    source = ("# Number theory\n\n## Theorem 4.1 (Euclid)\n\n"
              "- Case 1: $a \\ge 0$. Then $a = d0 + a$ and hence $a \\in S$.\n"
              "- Case 2: $a < 0$ and $d > 0$.\n")
    cards = cards_shown(tmp_path, source, text=True)
    assert not [b for _, b in cards if b.startswith("Case")], cards
    from deck_builder.quality import is_structural_label
    assert is_structural_label("Case 1") and is_structural_label("Case-ii")
    # Not a word that only starts so: "Falla: fractura de la corteza …" is a term.
    assert not any(is_structural_label(w) for w in ("Falla", "Casa", "casi", "Case"))


def test_a_target_label_is_an_attribute_not_a_term(tmp_path):
    # "Alvo — Músculo Liso, Cardíaco e Glândulas" asked "[Alvo]" ("target", sample 2829).
    source = ("# Sistema nervoso\n\n## Sistema Nervoso Visceral (Autônomo)\n\n"
              "- Alvo: Músculo Liso, Cardíaco e Glândulas.\n"
              "- Controle: involuntário, pelo hipotálamo e tronco encefálico.\n")
    cards = cards_shown(tmp_path, source, text=True)
    assert not [b for _, b in cards if b.startswith("Alvo")], cards
    # (Since session 41 the target is asked under the heading's thing, as its field.)
    assert sorted(b for _, b in cards) == [
        "Controle — involuntário, pelo hipotálamo e tronco encefálico.",
        "Sistema Nervoso Visceral › Alvo: Músculo Liso, Cardíaco e Glândulas"], cards


def test_a_column_name_in_a_row_s_text_is_no_gap(tmp_path):
    # "Asie du Sud — […]: ~1,8 milliard; Localisation: …": the article's term "Population"
    # was hidden where it only names the column (sample 2829: junk).
    source = ("# Géographie\n\n## La métropole\n\n| Critère | Description |\n|---|---|\n"
              "| **Population** | Plusieurs millions d'habitants |\n"
              "| **Fonctions** | Commandement politique et économique |\n\n"
              "## Les foyers de peuplement\n\n"
              "| Foyer | Population | Localisation |\n|---|---|---|\n"
              "| **Asie de l'Est** | ~1,5 milliard | Chine, Japon, Corée |\n"
              "| **Asie du Sud** | ~1,8 milliard | Inde, Pakistan, Bangladesh |\n")
    cards = cards_shown(tmp_path, source, text=True)
    assert not [f for f, _ in cards if "[...]: ~" in f], cards
    assert any(f.startswith("[...] — Population: ~1,8 milliard") for f, _ in cards), cards


def test_a_one_word_value_is_asked_under_its_label(tmp_path):
    # "- langfristig: Strukturpolitik": hidden, the label left one word to answer from and
    # no card was made; the value is asked under it (gate28-g4: good).
    source = ("# Makroökonomie\n\n## New Macroeconomic Consensus\n\nMaßnahmen:\n\n"
              "- langfristig: Strukturpolitik\n- kurzfristig: Konjunkturpolitik\n")
    cards = cards_shown(tmp_path, source, text=True)
    assert sorted(f for f, _ in cards) == ["Maßnahmen › kurzfristig: [...]",
                                           "Maßnahmen › langfristig: [...]"], cards
    # A word of a vocabulary list is asked from its meaning as before.
    (tmp_path / "v").mkdir()
    vocabulary = cards_shown(tmp_path / "v", "# Deutsch\n\n## Wohnen\n\n- das Zimmer: room\n"
                             "- die Miete: rent\n- die Wohnung: flat\n", text=True)
    assert ("[...] — room", "das Zimmer — room") in vocabulary, vocabulary


def test_a_hyphened_answer_s_word_in_the_heading_gives_it_away(tmp_path):
    # "Microwave Engineering › High Frequency Characteristics" over "[High-frequency
    # signals] travel in the line of sight …": the heading said the answer.
    source = ("# Microwave Engineering\n\n## High Frequency Characteristics\n\n"
              "**High-frequency signals** travel in the line of sight and are not bent by the "
              "ionosphere.\n")
    build = cards_shown(tmp_path, source)
    assert build and not [f for f, _ in build if "High Frequency Characteristics" in f], build


def test_an_adverb_alone_is_no_answer():
    # "[Fisiologicamente] i globuli rossi si respingono …", "[Repeatedly] add the next
    # lightest edge …" (blind sample 2829, gate g1: junk).
    from deck_builder.quality import weak_answer
    for adverb in ("Fisiologicamente", "Repeatedly", "chemically", "previously"):
        assert weak_answer(adverb) is not None, adverb
    for answer in ("quarterly", "monopoly", "family", "mente", "friendly"):
        assert weak_answer(answer) is None, answer


def test_an_introduction_in_another_language_is_no_context():
    from deck_builder.quality import is_generic_heading
    assert all(is_generic_heading(h) for h in ("Introducción", "Einleitung", "Zusammenfassung",
                                                "Généralités", "Allgemein"))
    assert not is_generic_heading("Introduzione alla termodinamica")


def test_z_b_and_initials_after_a_sentence():
    from deck_builder.quality import sentence_starts
    text = "Abtragung verlagert Gestein (z. B. durch Wind). Erosion ist Abtragung durch Wasser."
    assert sentence_starts(text, always=True) == [text.index("Erosion")]
    text = "Salmonella causes enteric fever. E. coli is the commonest cause of diarrhoea."
    assert sentence_starts(text, always=True) == [text.index("E. coli")]
    text = "It acts within 1 min. Its effect on the AV node lasts an hour."
    assert sentence_starts(text, always=True) == [text.index("Its effect")]


def test_a_heading_saying_a_hyphened_answer_s_first_word_is_no_context(tmp_path):
    source = ("# Language and the Brain\n\n## Left Hemisphere Dominance\n\n"
              "**Left-lateralization** is typical for language in about 95% of right-handers.\n")
    cards = cards_shown(tmp_path, source)
    assert cards and not [f for f, _ in cards if "Left Hemisphere" in f], cards


def test_an_answer_to_a_list_of_questions_is_still_read(tmp_path):
    # An item without "?" counts as a question only when it opens on an auxiliary verb.
    source = ("# Earth science\n\n## Seasons\n\n- What causes the seasons?\n"
              "- Why is it summer in Australia in December?\n"
              "- When the Northern Hemisphere is tilted towards the Sun, it has summer and "
              "longer days.\n")
    assert [b for _, b in cards_shown(tmp_path, source, text=True)] == [
        "When the Northern Hemisphere is tilted towards the Sun , it has summer and longer "
        "days."]


def test_a_range_or_a_date_tells_its_row(tmp_path):
    source = ("# Chemie\n\n## Pufferlösungen\n\n|Pufferlösung|pH-Bereich|\n|:---:|:---:|\n"
              "|Kohlensäure/Bicarbonat|6,2 - 8,6|\n|Essigsäure/Acetat|3,7 - 5,7|\n\n"
              "## Revolution\n\n| Ereignis | Datum |\n|---|---|\n"
              "| Sturm auf die Bastille | 14.07.1789 |\n| Ballhausschwur | 20.06.1789 |\n")
    backs = [b for _, b in cards_shown(tmp_path, source, text=True)]
    assert any(b.startswith("Essigsäure/Acetat") for b in backs), backs
    assert any(b.startswith("Sturm auf die Bastille") for b in backs), backs


def test_definition_of_as_a_label_names_its_term(tmp_path):
    source = ("# Usul al-Fiqh\n\n## Terms\n\n"
              "- Definition of Fiqh: knowledge of the practical rulings of the Sharia.\n"
              "- Definition of Usul: the evidence from which the rulings are derived.\n")
    backs = sorted(b for _, b in cards_shown(tmp_path, source, text=True))
    assert backs == ["Fiqh — knowledge of the practical rulings of the Sharia.",
                     "Usul — the evidence from which the rulings are derived."], backs


def test_a_column_of_examples_is_no_concept_to_choose(tmp_path):
    # "habe — Endung Konjunktiv I or Beispiel "haben"?" asked a column's name (blind
    # sample 2829: junk); each cell is still asked from the other.
    source = ("# Deutsch\n\n## Konjunktiv I\n\n| | Endung Konjunktiv I | Beispiel \"haben\" |\n"
              "| --- | --- | --- |\n| ich | -e | habe |\n| du | -est | habest |\n"
              "| wir | -en | haben |\n")
    fronts = [f for f, _ in cards_shown(tmp_path, source)]
    assert not [f for f in fronts if 'or Beispiel "haben"?' in f], fronts
    assert any('Endung Konjunktiv I: [...] (Beispiel "haben": habest)' in f for f in fronts), \
        fronts
