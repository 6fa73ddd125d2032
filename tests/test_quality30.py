"""Junk a blind sample named and blocks of real notes that made no card, in the thirtieth
session, each shape written here as people type it: every test of a new behaviour fails on
the code before it (5508fe5); the guards beside them say what is still read as before."""

import re

from support import cards_shown, checked

from deck_builder.statements import named_spans


def test_a_worksheet_about_pictures_makes_no_card_and_says_why(tmp_path):
    # A history worksheet: two posters side by side, a question a row. Read as a table of
    # entities, every card hid the question and showed its answers ("[...] — Affiche
    # d'Abel Faivre, 1915: Financer la guerre", blind sample 2905: junk); read as
    # questions, its answers are about posters no card shows (a gate: 10 of 14 junk).
    source = ("# La Grande Guerre\n\n#### Les civils, cibles de la propagande\n\n"
              "| Affiches | ![](faivre.jpg) Affiche d'Abel Faivre, 1915 | ![](neuman.jpg) "
              "Affiche de Paul Neuman, 1918 |\n"
              "|---|---|---|\n"
              "| 1. Quel est le pays commanditaire ? (Triple Entente/Triple Alliance). | "
              "France (Triple Entente) | Allemagne (Triple Alliance) |\n"
              "| 2. Décrivez ses vêtements | Un uniforme et un fusil | Un casque et un "
              "glaive d'or |\n"
              "| 3. Quel est le slogan ? | L'Or Combat Pour La Victoire | Le dernier coup |\n"
              "| 4. Quel est son but ? | Financer la guerre | |\n\n"
              "La propagande vise à **mobiliser** les civils.\n")
    cards = cards_shown(tmp_path, source, text=True)
    assert [front for front, _ in cards] == ["La propagande vise à [...] les civils."], cards
    assert "t.md:5: skipped: table (a worksheet's questions about the pictures" in \
        checked(tmp_path, source)


def test_a_table_of_things_is_still_asked_by_its_names(tmp_path):
    # The guard: a row whose first cell names a thing, not a question, still hides it.
    source = ("# Heart failure\n\n## Beta blockers\n\n"
              "| Drug | Initial dose | Target dose |\n|---|---|---|\n"
              "| Bisoprolol | 1.25 mg once daily | 10 mg once daily |\n"
              "| Carvedilol | 3.125 mg twice daily | 25 mg twice daily |\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert any(f.startswith("[...] — Initial dose: 1.25 mg") for f in fronts), fronts


def test_a_byline_makes_no_card(tmp_path):
    # "von André [Sommer] am 25.09.2021" asked the author's name (blind sample 2905: junk);
    # "By Jane Doe, 3 March [2021]" and "Written by [...]" likewise. A sentence opening
    # "By 1789, …" states a fact and is still asked.
    source = ("# Die Weimarer Republik\nvon André Sommer am 25.09.2021\n\n"
              "By Jane Doe, 3 March 2021\n\n*Written by Tom O'Neil*\n\n## Gründung\n\n"
              "Die Weimarer Republik wurde am **9. November 1918** ausgerufen.\n\n"
              "By 1789, France was nearly bankrupt after the **Seven Years' War**.\n")
    cards = cards_shown(tmp_path, source, text=True)
    fronts = [front for front, _ in cards]
    assert "Die Weimarer Republik wurde am [...] ausgerufen." in fronts, fronts
    assert "By 1789, France was nearly bankrupt after the [...] ." in fronts, fronts
    assert not [f for f in fronts if "Sommer" in f or "Jane" in f or "Written" in f
                or f.startswith("von")], fronts
    report = checked(tmp_path, source)
    assert "t.md:2: skipped: byline" in report, report
    assert "t.md:6: skipped: byline" in report, report


def test_a_recap_of_the_last_lecture_makes_no_card(tmp_path):
    # "## Review from Last Class" over five topics' names: "[U… p… s…]" asked one of them
    # (blind sample 2905: junk). A recap item that states something is still read.
    source = ("# Lecture 2 - Conditional Probability\n\n## Review from Last Class\n\n"
              "- Sample spaces (finite)\n- Probability functions on discrete spaces\n"
              "- Uniform probability spaces\n- Multiplicative counting principle\n\n"
              "## Conditional probability\n\n"
              "The probability of A given B is called the **conditional probability** of A.\n")
    cards = cards_shown(tmp_path, source, text=True)
    assert ("The probability of A given B is called the [...] of A.",
            "The probability of A given B is called the conditional probability of A.") \
        in cards, cards
    assert not [c for c in cards if "Sample spaces" in c[1]], cards
    report = checked(tmp_path, source)
    assert "t.md:5: skipped: list item (a recap names the topics of a lecture before" in \
        report, report


def test_a_challenge_or_an_outcome_is_no_term(tmp_path):
    # "- **Challenge**: Adoption of the Constitution was uncertain." asked "[Challenge]"
    # (blind sample 2905: junk): a label naming what the text is of the subject.
    source = ("# The Constitution\n\n### An Uncertain Future\n"
              "- **Constitutional Convention Strategy**: Required ratification from nine out "
              "of thirteen states.\n"
              "- **Challenge**: Adoption of the Constitution was uncertain.\n"
              "- **Outcome**: Ratified in 1788 after the Federalist Papers made the case.\n")
    cards = cards_shown(tmp_path, source, text=True)
    assert ("[...] — Required ratification from nine out of thirteen states.",
            "Constitutional Convention Strategy — Required ratification from nine out of "
            "thirteen states.") \
        in cards, cards
    assert not [c for c in cards if c[1].startswith(("Challenge", "Outcome"))], cards


def test_a_bold_meaning_under_its_heading_asks_the_heading(tmp_path):
    # "### Plagal Cadence" / "**A subdominant chord resolving to the tonic, …**": bold over
    # the whole meaning is emphasis; it was skipped as marked text, and its unmarked twin
    # made the card. A bold line sharing the heading's word ("Most final type of cadence"
    # under "Authentic Cadences") gives it away and is still skipped.
    source = ("# Cadences\n\n## Authentic Cadences\n**Most final type of cadence**\n\n"
              "### Plagal Cadence\n**A subdominant chord resolving to the tonic, the ending "
              "of many hymns**\n- $IV \\rightarrow I$\n\n### Hemiola\n\n"
              "**A shift of three beats against two, typical of Baroque courantes**\n\n"
              "### Sonata form\n\n*Adapted from the Oxford Companion to Music, chapter four*\n")
    cards = cards_shown(tmp_path, source, text=True)
    assert ("[...] — A subdominant chord resolving to the tonic, the ending of many hymns",
            "Plagal Cadence — A subdominant chord resolving to the tonic, the ending of many "
            "hymns") in cards, cards
    assert ("[...] — A shift of three beats against two, typical of Baroque courantes",
            "Hemiola — A shift of three beats against two, typical of Baroque courantes") \
        in cards, cards
    assert not [c for c in cards if "Most final" in c[1]], cards
    # (An editor's aside in italics is no meaning: "[Sonata form] — Adapted from …", the
    # re-read.)
    assert not [c for c in cards if "Adapted" in c[1]], cards


def test_names_given_to_all_or_both_are_asked(tmp_path):
    # "… are all known as diatomic elements because …": "all" between the verb and the
    # naming made no card.
    source = ("# Chemistry\n\n## Bonding\n\nHydrogen, Nitrogen, Oxygen, Fluorine, Chlorine, "
              "Bromine, and Iodine are all known as diatomic elements because they join up in "
              "covalently bonded pairs.\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert ("Hydrogen, Nitrogen, Oxygen, Fluorine, Chlorine, Bromine, and Iodine are all "
            "known as [...] because they join up in covalently bonded pairs.") in fronts, fronts


def test_a_sentence_noting_what_is_above_it_makes_no_card(tmp_path):
    # "Note the negative sign, which reflects …" under a formula asked "Note the [...],
    # which …" (blind sample 2905: junk, the formula it notes not shown). A sentence saying
    # what it notes stands alone: "Note the minus sign in the inverting gain: …".
    source = ("# Atoms\n\n## Energy\n\nThe energy of the electron is\n\n"
              "$$E_n = -\\frac{13.6}{n^2} \\text{ eV}$$\n\n"
              "Note the negative sign, which reflects the attractive force between the "
              "electron and nucleus.\n\n## Op-amps\n\nNote the minus sign in the inverting "
              "gain: the output is **180°** out of phase with the input.\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert ("Note the minus sign in the inverting gain: the output is [...] out of phase "
            "with the input.") in fronts, fronts
    assert not [f for f in fronts if f.startswith("Note the [...]")], fronts
    assert "t.md:9: weak card: no card: \"Note the\" points at text before" in \
        checked(tmp_path, source), checked(tmp_path, source)


def test_a_named_result_is_asked_from_its_statement_where_it_asks_nothing_else(tmp_path):
    # "### Le Chatelier's principle" over its statement, no word of it marked: no card was
    # made ("names no concept … marked phrase"). The name is asked from the statement, its
    # heading left off the front (it is the answer). A statement with a gap of its own
    # keeps it, and a field of law ("## Contract law") or a law named by its number alone
    # names no result.
    source = ("# Chemistry\n\n### Le Chatelier's principle\n\nWhen a system at equilibrium is "
              "disturbed, the equilibrium shifts to counteract the change.\n\n"
              "### Satz von Vieta\n\nDie Summe der Lösungen einer quadratischen Gleichung ist "
              "gleich dem negativen linearen Koeffizienten.\n\n"
              "### Newton's second law\n\nThe net force on a body equals its **mass times its "
              "acceleration**.\n\n## Contract law\n\nAn offer must be communicated to the "
              "offeree.\n")
    cards = cards_shown(tmp_path, source)
    fronts = [front for front, _ in cards]
    assert ("Chemistry [...] — When a system at equilibrium is disturbed, the equilibrium "
            "shifts to counteract the change.") in fronts, fronts
    assert ("Chemistry [...] — Die Summe der Lösungen einer quadratischen Gleichung ist "
            "gleich dem negativen linearen Koeffizienten.") in fronts, fronts
    assert any("The net force on a body equals its [...]" in f for f in fronts), fronts
    assert not [f for f in fronts if "[...] — An offer" in f], fronts


def test_a_subjectless_line_in_italian_or_portuguese_defines_its_heading(tmp_path):
    # "### PPPoE" / "È il protocollo normalmente utilizzato per …": the subject a language
    # drops anyway is the heading; "[DSL]" was asked. A question is no definition.
    source = ("# Reti\n\n### PPPoE (Point to Point Protocol over Ethernet)\n\nÈ il protocollo "
              "normalmente utilizzato per il "
              "collegamento del router su linea DSL.\n\n### Mitose\n\nÉ o processo de divisão "
              "de uma célula em duas células-filhas idênticas.\n")
    cards = cards_shown(tmp_path, source, text=True)
    assert ("[...] è il protocollo normalmente utilizzato per il collegamento del router su "
            "linea DSL.", "PPPoE è il protocollo normalmente utilizzato per il collegamento "
            "del router su linea DSL.") in cards, cards
    # (A short heading over it is asked as what the line describes: "Mitose — É o …".)
    assert any(back.startswith("Mitose") and front.startswith("[...]")
               for front, back in cards), cards


def test_an_abbreviation_in_italics_or_a_quoted_part_of_a_word_is_no_answer(tmp_path):
    # "…can be shattered, _i.e._ we cannot achieve …" asked "[...] we cannot achieve" (the
    # Latin set in italics read as a mark), and the Taylor "mono"nomial asked "mono" (blind
    # sample 3001: junk, both). A name in quotes is still asked, in Chinese too.
    source = ("# ML\n\n## VC dimension\n\nProving that $d_{vc}$ is at most $d+1$ requires "
              "showing that there no set of $d+2$ points can be shattered, _i.e._ we cannot "
              "achieve $2^{d+2}$ dichotomies.\n\n"
              "## Taylor\n\n> Therefore, the Taylor \"mono\"nomial, p(x) = a, where a = f(0)."
              "\n\n## Cold War\n\nKennan wrote the \"Long Telegram\" in 1946 from "
              "Moscow.\n\n## 细胞\n\n溶酶体内含多种酸性水解酶，为细胞的“消化车间”。\n")
    cards = cards_shown(tmp_path, source, text=True)
    backs = [back for _, back in cards]
    fronts = [front for front, _ in cards]
    # (The helper shows a space on each side of a gap: "the Taylor " [...] "nomial".)
    assert not [f for f in fronts if "[...] we cannot" in f
                or "nomial" in f and "[...]" in f], fronts
    # (The helper shows a space on each side of a gap between wide quotes.)
    assert "溶酶体内含多种酸性水解酶，为细胞的“ [...] ”。" in fronts, fronts
    assert any("Long Telegram" in b for b in backs), cards


def test_a_quoted_part_of_a_word_is_no_name_to_ask():
    # The corpus's card was "Therefore, the Taylor "[...]"nomial, p(x) = a" (blind sample
    # 3001: junk, a pun); the names a sentence gives in quotes are still asked.
    text = 'Therefore, the Taylor "mono"nomial is p(x) = a.'
    assert [text[a:b] for a, b in named_spans(text)] == []
    text = 'After the war Kennan sent the "Long Telegram" from Moscow.'
    assert "Long Telegram" in [text[a:b] for a, b in named_spans(text)]


def test_cases_named_by_their_values_ask_the_names(tmp_path):
    # "Coefficient of Elasticity" over "1. Perfect Inelastic = 0", "2. Unit elastic = 1", …:
    # read as calculations, no item made a card. Where the values are words ("Handeln =
    # Begehen"), the value is the term asked. A problem's quantities ("Mass = 5 kg") are
    # no names to recall.
    source = ("# Pricing\n\n### Elasticity of Demand\n\nCoefficient of Elasticity\n\n"
              "1. Perfect Inelastic = 0\n2. Inelastic < 1\n3. Unit elastic = 1\n"
              "4. Elastic > 1\n\n"
              "### Täterverhalten\n\n* Handeln = Begehen\n* Nichtstun = Unterlassen\n\n"
              "### Worked example\n\n- Mass = 5 kg\n- Speed = 10 m/s\n\n"
              "### Results\n\n- Mean = 12\n- Median = 11\n- Mode = 10\n")
    cards = cards_shown(tmp_path, source, text=True)
    fronts = [front for front, _ in cards]
    assert "[...] = 0; Inelastic < 1; Unit elastic = 1; Elastic > 1" in fronts, fronts
    # (The helper shows a space before the "; " after a cloze.)
    assert "Handeln = [...] ; Nichtstun = Unterlassen" in fronts, fronts
    assert not [c for c in cards if "kg" in c[1] or "m/s" in c[1]], cards
    # (A table of data, "Mean = 12", names no case: an equals sign and a number, the re-read.)
    assert not [f for f in fronts if "Median" in f], fronts


def test_learning_objectives_and_reading_lists_make_no_card(tmp_path):
    # "**Objectives**" over "1. Define time series, common components …": "Define [...],
    # common components …" was asked (blind sample 3002: junk); "**Reading materials**"
    # over "Chapter 1.1--1.4 in @Brockwell:Davis:2002" asked "[...] — Davis:2002" (a
    # citation key's colon read as a label's). Goals stated as facts are still asked.
    source = ("# Time Series\n\n**Objectives**\n\n"
              "1. Define time series, common components (decomposition), and patterns to "
              "look out for.\n1. Learn simple models for univariate time series.\n"
              "1. Define autocorrelation and partial autocorrelation.\n\n"
              "**Reading materials**\n\n* Chapter 1.1--1.4 in @Brockwell:Davis:2002\n\n"
              "## Monetary policy\n\n### Objectives\n\n- Price stability\n- Full employment\n")
    cards = cards_shown(tmp_path, source, text=True)
    assert not [c for c in cards if "Define" in c[1] or "Davis" in c[1]], cards
    assert ("[P… s…] ; Full employment", "Price stability ; Full employment") in cards, cards
    report = checked(tmp_path, source)
    assert "t.md:5: skipped: list item (learning objectives say what the lecture teaches" \
        in report, report
    assert "t.md:11: skipped: list item (a reading list says what to read" in report, report


def test_items_finishing_a_lead_are_read_with_it(tmp_path):
    # "A symmetric matrix $A$ is:" over "* Positive semi-definite (PSD) if for all $x$ …":
    # each item finishes the lead's sentence; alone, no item named anything to ask. The
    # abbreviation is hidden with its term (shown, its initials spelled the answer).
    source = ("# Linear Algebra\n\n## Definite Matrix\n\nA symmetric matrix $A$ is:\n\n"
              "* Positive semi-definite (PSD) if for all $x$, there is $x^TAx\\geq 0$.\n"
              "* Positive definite (PD) if for all non-zero $x$, there is $x^TAx>0$.\n")
    cards = cards_shown(tmp_path, source, text=True)
    assert ("A symmetric matrix \\(A\\) is [...] if for all \\(x\\), there is "
            "\\(x^TAx\\geq 0\\).", "A symmetric matrix \\(A\\) is positive semi-definite (PSD) "
            "if for all \\(x\\), there is \\(x^TAx\\geq 0\\).") in cards, cards
    assert len(cards) == 2, cards


def test_classes_named_by_their_ranges_ask_the_names(tmp_path):
    # "### Belastungsdauer" over "Kurzzeitausdauer (<35s)", "Mittelzeit-Ausdauer (35s -
    # 8min)", …: each a name and its range; alone, each asked nothing.
    source = ("# Trainingslehre\n\n### Belastungsdauer\n\n* Kurzzeitausdauer (<35s)\n"
              "* Mittelzeit-Ausdauer (35s - 8min)\n* Langzeitausdauer (> 8min)\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert "Kurzzeitausdauer (<35s); [...] (35s - 8min); Langzeitausdauer (> 8min)" in \
        fronts, fronts
    assert len(fronts) == 3, fronts


def test_a_table_of_before_and_after_asks_each_side_with_both_times_shown(tmp_path):
    # "| Avant (Paléolithique) | Après (Néolithique) |" over "| Nomades | **Sédentaires**
    # |": read as a term and its meaning, "Nomades — [...]" showed neither time and most
    # rows were refused as too short.
    source = ("# Histoire\n\n#### La révolution néolithique\n\n"
              "| Avant (Paléolithique) | Après (Néolithique) |\n|---|---|\n"
              "| Nomades | **Sédentaires** |\n| Campements | **Villages** |\n")
    cards = cards_shown(tmp_path, source, text=True)
    assert ("Avant (Paléolithique): Nomades ; Après (Néolithique): [...]",
            "Avant (Paléolithique): Nomades ; Après (Néolithique): Sédentaires") in cards, cards
    assert len(cards) == 4, cards


# The re-read of the session's change (tidy30): each note is a reviewer's, each assertion
# one that failed on the code before its mend.

def test_only_a_result_itself_is_asked_from_its_statement(tmp_path):
    # "## Principle of operation", "## Proof of Rolle's theorem", "## Applications of
    # Bayes' theorem", "## Law of Contract" name no result: their first sentence was asked
    # as the result's statement ("[Principle of operation] — A thermocouple …").
    source = ("# Sensors\n\n## Principle of operation\n\nA thermocouple generates a voltage "
              "proportional to the temperature difference between its two junctions.\n\n"
              "## Proof of Rolle's theorem\n\nSince f is continuous on a closed interval, it "
              "attains both a maximum and a minimum value there.\n\n"
              "## Law of Contract\n\nAn offer must be communicated to the offeree before it "
              "can be accepted.\n")
    backs = [back for _, back in cards_shown(tmp_path, source, text=True)]
    assert not [b for b in backs if b.startswith(("Principle of", "Proof of", "Law of"))], backs


def test_an_impersonal_or_conditional_opening_names_no_heading(tmp_path):
    # "È un errore comune pensare che …", "Ist die Temperatur zu hoch, …" open on no subject
    # the heading gives: "[Enzyme] ist die Temperatur zu hoch …" was asked.
    source = ("# Biologia\n\n## Fotosintesi (fase luminosa e fase oscura)\n\n"
              "È un errore comune pensare che le piante non respirino di notte.\n\n"
              "## Enzyme (Biokatalysatoren des Stoffwechsels)\n\n"
              "Ist die Temperatur zu hoch, denaturiert das Enzym und verliert seine Form.\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert not [f for f in fronts if f.startswith("[...]")], fronts


def test_a_section_about_reading_or_literature_is_still_read(tmp_path):
    # "## Literatur" and "## Reading" are sections of their subjects, not reading lists:
    # their items were skipped ("a reading list says what to read").
    source = ("# Barock\n\n## Literatur\n\n- Martin Opitz veröffentlichte 1624 das Buch von der "
              "deutschen Poeterey.\n- Der Simplicissimus von Grimmelshausen erschien 1668.\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert "Der Simplicissimus von Grimmelshausen erschien [...] ." in fronts, fronts


def test_a_work_and_its_maker_under_its_heading_is_no_byline(tmp_path):
    # "## Guernica" / "Par Pablo Picasso, 1937." says who made what: it was skipped as a
    # byline, anywhere on the page, and "en 1685" was read as a byline's date.
    source = ("# Art history\n\n## Guernica\n\nPar Pablo Picasso, 1937.\n\n"
              "## Révocation de l'édit de Nantes\n\nPar Louis XIV en 1685.\n")
    report = checked(tmp_path, source)
    assert "byline" not in report, report
    # (The helper shows a space before the full stop after a gap.)
    cards = cards_shown(tmp_path, source, text=True)
    assert ("Par Pablo Picasso, [...] .", "Par Pablo Picasso, 1937 .") in cards, cards
    assert ("Par Louis XIV en [...] .", "Par Louis XIV en 1685 .") in cards, cards


def test_a_treatments_aims_are_no_learning_objectives(tmp_path):
    # "### Aims" over "Identify and avoid triggers …", "Use the lowest dose …": a treatment's
    # aims, skipped as a lecture's learning objectives.
    source = ("# Asthma\n\n## Management\n\n### Aims\n\n"
              "- Identify and avoid triggers such as pollen and cold air\n"
              "- Use the lowest dose of inhaled corticosteroid that controls symptoms\n"
              "- Review inhaler technique at every visit\n")
    assert "learning objectives" not in checked(tmp_path, source)


def test_items_that_are_sentences_do_not_finish_their_lead(tmp_path):
    # "Los síntomas más frecuentes son:" over "- La fiebre se mantiene alta …": each item is
    # a sentence of its own ("se" is no "if"); joined, "Los [síntomas más frecuentes] son la
    # fiebre se mantiene …" was asked.
    source = ("# Medicina\n\n## Síntomas de la gripe\n\nLos síntomas más frecuentes son:\n\n"
              "- La fiebre se mantiene alta durante tres días\n"
              "- El paciente se siente muy cansado\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert not [f for f in fronts if f.startswith("Los")], fronts


def test_a_challenge_defined_as_a_term_is_still_asked(tmp_path):
    # "- **Challenge**: deliberate exposure of a vaccinated animal to the live pathogen"
    # defines a term: it was skipped with "Challenge" among the outcome words.
    source = ("# Immunology\n\n## Vaccines\n\n- **Challenge**: deliberate exposure of a "
              "vaccinated animal to the live pathogen\n- **Adjuvant**: a substance added to a "
              "vaccine to strengthen the immune response\n")
    cards = cards_shown(tmp_path, source, text=True)
    assert ("[...] — deliberate exposure of a vaccinated animal to the live pathogen",
            "Challenge — deliberate exposure of a vaccinated animal to the live pathogen") \
        in cards, cards


def test_a_reading_list_of_works_and_years_makes_no_card(tmp_path):
    # "## Reading list" over "- Brockwell and Davis (2002)": "[...] (2002)" was asked, the
    # years read as the ranges that name classes.
    source = ("# Time Series\n\n## Reading list\n\n- Brockwell and Davis (2002)\n"
              "- Shumway and Stoffer (2017)\n- Hyndman and Athanasopoulos (2021)\n")
    assert "a reading list says what to read" in checked(tmp_path, source)


def test_an_acronym_in_bold_keeps_its_mark(tmp_path):
    # "**ETC**" (the electron transport chain) is no "etc.": its mark was dropped, the
    # paragraph read as unmarked, and "[Cell respiration] — Protons pumped by the ETC …"
    # asked the heading from it.
    source = ("# Biology\n\n## Cell respiration\n\nProtons pumped by the **ETC** flow back "
              "through ATP synthase, which makes ATP from ADP.\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert fronts and not [f for f in fronts if f.startswith("[...] — Protons")], fronts


def test_a_dutch_definition_with_an_adverb_or_als_defines_its_term(tmp_path):
    # "Drumcomputer is gewoon een …" (an adverb before the article) and "Meerstemmig is als
    # er meerdere melodieën tegelijk klinken" ("is when …") made no card.
    source = ("# Muziek\n\n## Begrippen\n\nMeerstemmig is als er meerdere melodieën tegelijk "
              "klinken.\n\nDrumcomputer is gewoon een elektronisch instrument dat drumgeluiden "
              "maakt.\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert "[...] is als er meerdere melodieën tegelijk klinken." in fronts, fronts
    assert "[...] is gewoon een elektronisch instrument dat drumgeluiden maakt." in fronts, \
        fronts


def test_a_first_item_in_bold_over_its_headings_meaning_asks_the_heading(tmp_path):
    # "## Cadences" / "- **Musical punctuation that marks the end of a phrase**": bold over
    # the whole meaning made no card ("a clause, not a name to recall"); unmarked, it asked
    # the heading.
    source = ("# Music\n\n## Cadences\n\n- **Musical punctuation that marks the end of a "
              "phrase**\n- The second chord in a cadence should fall on a stronger beat than "
              "the first\n")
    cards = cards_shown(tmp_path, source, text=True)
    assert ("[...] — Musical punctuation that marks the end of a phrase",
            "Cadences — Musical punctuation that marks the end of a phrase") in cards, cards


def test_a_counted_line_titles_the_list_under_it(tmp_path):
    # "五类经济交易" ("five kinds of economic transaction") over its numbered list, typed with
    # no colon: the list had "no title saying what it lists" and made no card.
    source = ("# 国际收支\n\n## 经济交易\n\n五类经济交易\n\n1. 金融资产与商品和劳务之间的交换\n"
              "2. 商品和劳务与商品和劳务之间的交换\n3. 金融资产和金融资产之间交换\n")
    cards = cards_shown(tmp_path, source)
    assert len(cards) == 3, cards
    assert all("五类经济交易" in front for front, _ in cards), cards


# The second re-read (tidy30b): each assertion failed on the code before its mend.

def test_the_second_rereads_lost_cards_are_back(tmp_path):
    # An Italian definition with "importante" in it, a German "Ist ein …", a theorem named
    # with a modifier ("Fundamental theorem of calculus"), an elasticity list of "=" only
    # and "z.B." in italics each lost its card to the first re-read's mends.
    notes = {
        "it": ("# Biologia\n\n## Emoglobina (proteina del sangue)\n\nÈ una proteina "
               "importante per il trasporto dell'ossigeno nel sangue.\n"),
        "de": ("# Enzyme\n\n## Amylase\n\nAmylase kommt im Speichel vor.\n\nIst ein Enzym, "
               "das Stärke in Maltose spaltet.\n"),
        "en": ("# Calculus\n\n## Fundamental theorem of calculus\n\nIf f is continuous on "
               "[a, b] and F is an antiderivative of f, then the integral of f from a to b "
               "equals F(b) minus F(a).\n"),
        "el": ("# Pricing\n\n## Elasticity\n\nCoefficient of Elasticity\n\n"
               "1. Perfectly inelastic = 0\n2. Unit elastic = 1\n3. Perfectly elastic = "
               "infinite\n"),
        "zb": ("# Biologie\n\n## Säugetiere\n\nSäugetiere, *z.B.* Hunde und Katzen, säugen "
               "ihre Jungen mit Milch.\n"),
    }
    shown = {}
    for key, source in notes.items():
        (tmp_path / key).mkdir()
        shown[key] = cards_shown(tmp_path / key, source, text=True)
    assert any(back.startswith("Emoglobina") for _, back in shown["it"]), shown["it"]
    assert any(front == "[...] ist ein Enzym, das Stärke in Maltose spaltet."
               for front, _ in shown["de"]), shown["de"]
    assert any(back.startswith("Fundamental theorem of calculus") for _, back in shown["en"]), \
        shown["en"]
    assert any(front == "[...] = 0; Unit elastic = 1; Perfectly elastic = infinite"
               for front, _ in shown["el"]), shown["el"]
    assert not [f for f, _ in shown["zb"] if "[...] Hunde" in f], shown["zb"]
    assert ("[...] , z.B. Hunde und Katzen, säugen ihre Jungen mit Milch.",
            "Säugetiere , z.B. Hunde und Katzen, säugen ihre Jungen mit Milch.") \
        in shown["zb"], shown["zb"]


def test_the_second_rereads_junk_makes_no_card(tmp_path):
    # Learning objectives said with "Apply", "Interpret", "Calculate"; "**Outcome**:" and
    # "**Impact**:" beside a "**Date**:"; Dutch "is als volgt" and "is als een …"; an
    # italic aside as a first item; a Spanish reflexive "se" taken for "if".
    # (Titled "Revision notes": the fields of the battle are asked under its name since
    # session 34, "Battle of Saratoga › Outcome: [...]", and a card's context line of the
    # title "Notes" alone is the test checker's generic-context fault.)
    source = ("# Revision notes\n\n## Learning objectives\n\n- Apply Bayes' theorem to a "
              "diagnostic "
              "test\n- Interpret a confidence interval for a mean\n- Calculate the standard "
              "error of a proportion\n\n## Battle of Saratoga\n\n- **Date**: October 1777\n"
              "- **Outcome**: decisive American victory\n- **Impact**: French entry into the "
              "war\n\n## Modellen\n\nEen atoom is als een klein zonnestelsel met een kern.\n\n"
              "De volgorde is als volgt: eerst de kern, dan de schillen.\n\n"
              "## Krebs cycle\n\n- *Slides twelve to twenty of the week five lecture*\n"
              "- Acetyl-CoA joins oxaloacetate to form citrate\n\n## Síntomas\n\n"
              "Los síntomas más frecuentes son:\n\n- Fiebre alta se mantiene tres días\n"
              "- Cansancio se nota sobre todo por la tarde\n")
    cards = cards_shown(tmp_path, source, text=True)
    backs = [back for _, back in cards]
    assert not [b for b in backs if b.startswith(("Apply", "Outcome", "Impact", "Een atoom",
                                                  "Atoom", "Krebs", "Los"))], cards
    assert not [f for f, _ in cards if "[...] is als een" in f or "[...] is als volgt" in f], \
        cards
    assert "learning objectives" in checked(tmp_path, source)
    assert ("Battle of Saratoga › Outcome: [...]", "Battle of Saratoga › Outcome: decisive "
            "American victory") in cards, cards


def test_a_decimal_comma_splits_no_name(tmp_path):
    # "Mittelbreiten (23,5° < 66,5°)" over its nested list was split at its decimal comma
    # and "[...],5° < 66,5°)" asked "Mittelbreiten (23" (blind samples 3003 and 3004).
    source = ("# Klima\n\n## Zonen\n\n- Mittelbreiten (23,5° < 66,5°)\n"
              "  - niedere (subtropen) (23,5° < 45°)\n"
              "  - hohe (gemäßigten Breiten) (45° < 66,5°)\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert not [f for f in fronts if re.match(r"\[\.\.\.\]\s*,5", f)], fronts


def test_documents_by_number_are_read_by_what_they_say(tmp_path):
    # "| Document | Exemples de souffrances … |" over "| Doc 5 | Travail forcé … |": read as
    # things and what they are, "[Doc 5] — Travail forcé" asked a worksheet's number
    # (blind sample 3003: junk); each document's line is read as a line of its own.
    source = ("# Guerre\n\n#### Les civils, victimes de violences\n\n"
              "| Document | Exemples de souffrances ou de violences |\n|---|---|\n"
              "| Doc 1 | Deuil des soldats pour les familles => De nombreuses veuves et "
              "orphelins |\n| Doc 2 | Travail forcé dans les régions occupées. |\n")
    cards = cards_shown(tmp_path, source, text=True)
    assert not [c for c in cards if c[1].startswith("Doc")], cards
    assert ("Deuil des soldats pour les familles => [...]",
            "Deuil des soldats pour les familles => De nombreuses veuves et orphelins") \
        in cards, cards
