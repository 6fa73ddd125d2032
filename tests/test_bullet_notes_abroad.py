"""Bullet notes as students type them, in English, Danish, Spanish and Italian (list20): an
economics chapter's bullets, a Danish sepsis note, a Spanish topology page and atomic
orbitals. Reminders, kinds of label and sentences before a label were asked as answers
("[Husk]", "[contraejemplo]", "[Lecture 9 summary (…). Exam]"); a definition by a condition,
a duration and a one-word value said in these notes made no card, though English notes
saying the same are asked."""

from __future__ import annotations

from support import gap_answers
from test_language_notes import _clozes


def test_a_definition_by_its_condition_asks_its_term_in_other_languages(tmp_path):
    # "A space is compact if …" asks "compact"; "Un espacio es compacto si …" made no card.
    texts, _ = _clozes(tmp_path, "# Topología\n\n## Definiciones\n\n"
                                 "- Un espacio es compacto si todo recubrimiento por abiertos "
                                 "tiene un subrecubrimiento finito\n"
                                 "- Una funzione è continua se la controimmagine di ogni aperto "
                                 "è aperta\n"
                                 "- Un número es posible si nadie lo impide\n"
                                 "- Una función es derivable en $a$ si existe el límite del "
                                 "cociente incremental\n")
    assert sorted(gap_answers(texts)) == ["compacto", "continua", "derivable"], texts
    assert any(t.startswith("Un espacio es {{c1::compacto}} si todo") for t in texts), texts


def test_a_danish_reminder_is_no_answer_and_its_points_no_set(tmp_path):
    # "## Husk" (Danish "Remember"): "[Husk] — Laktat måles igen …" was asked, and the
    # intro's "[Husk] at læse …"; read as a set, "[…]; spørg bagvagten …" was asked whole.
    texts, out = _clozes(tmp_path, "# Sepsis\n\nNoter fra forelæsning uge 38 + Sepsis-3 "
                                   "(2016). Husk at læse DASAIM-vejledningen.\n\n"
                                   "## Behandling\n\n- Væske: 30 ml/kg krystalloid\n"
                                   "- Vasopressor: noradrenalin 1. valg\n\n"
                                   "## Husk\n\n- Laktat måles igen efter 2-4 timer\n"
                                   "- spørg bagvagten om lokal antibiotika-instruks\n")
    answers = gap_answers(texts)
    assert "2-4 timer" in answers, texts
    assert not any("Husk" in a or "DASAIM" in a or "bagvagten" in a for a in answers), texts
    assert "an order to the learner" in out, out


def test_an_order_after_the_first_sentence_asks_nothing(tmp_path):
    # "Notes from …. Remember to read the [DASAIM-Vejledning].": the guideline's name was
    # the gap of an order to the learner, no fact of sepsis.
    texts, _ = _clozes(tmp_path, "# Sepsis\n\nNotes from lecture week 38 + Sepsis-3 (2016). "
                                 "Remember to read the DASAIM-Vejledning.\n\n## Shock\n\n"
                                 "- Lactate is measured again after 2-4 hours\n")
    assert gap_answers(texts) == ["2-4 hours"], texts


def test_a_label_after_a_sentence_is_not_hidden_with_it(tmp_path):
    # "Lecture 9 summary (Mankiw ch. 14–17). Exam: know the 4 structures": the front hid the
    # first sentence and "Exam" as one label, "[…] — know the 4 structures + examples!".
    texts, _ = _clozes(tmp_path, "# Ch. 8 – Market structures\n\nLecture 9 summary (Mankiw "
                                 "ch. 14–17). Exam: know the 4 structures + examples!\n\n"
                                 "## Oligopoly\n\n- Kinked demand curve → sticky prices\n")
    assert gap_answers(texts) == ["sticky prices"], texts


def test_a_kind_of_label_in_another_language_is_no_answer(tmp_path):
    # "[contraejemplo] — topología cofinita en ℝ" asked the word "counterexample".
    texts, _ = _clozes(tmp_path, "# Topología\n\n## Propiedades\n\n"
                                 "- Hausdorff implica T1 (el recíproco es falso)\n"
                                 "  - contraejemplo: topología cofinita en los reales\n"
                                 "  - ejemplo: la recta real con la topología usual\n")
    assert not any(a.casefold() in ("contraejemplo", "ejemplo") for a in gap_answers(texts)), \
        texts


def test_a_duration_in_another_language_is_asked(tmp_path):
    # "Give IV antibiotics within [1 hour]" is asked; "… inden for 1 time" made no card.
    texts, _ = _clozes(tmp_path, "# Sepsis\n\n## Behandling\n\n"
                                 "- Bredspektret antibiotika inden for 1 time\n"
                                 "- Antibiotico ad ampio spettro entro 1 ora\n"
                                 "- Fokuskontrol: fx dræn af absces\n")
    answers = gap_answers(texts)
    assert "1 time" in answers and "1 ora" in answers, texts


def test_labelled_items_beside_others_under_key_terms_are_asked(tmp_path):
    # "HHI (…): sum of squared market shares" beside "Allocative efficiency → P = MC" under
    # "## Key terms" made no card: only a list labelled throughout joined the glossary.
    texts, _ = _clozes(tmp_path, "# Market structures\n\n## Monopoly\n\n"
                                 "- Single seller, no close substitutes\n\n## Key terms\n\n"
                                 "- HHI (Herfindahl–Hirschman index): sum of squared market "
                                 "shares\n- Allocative efficiency → P = MC\n")
    assert sorted(gap_answers(texts)) == ["HHI (Herfindahl–Hirschman index)", "P = MC"], texts


def test_a_letter_label_is_asked_but_never_hidden_elsewhere(tmp_path):
    # "number of nodes = [n] − 1": the label "n" hid one letter in another line (weak); and
    # "s orbitals: spherical", its value one word, made no card ("s" is lowercase by rule).
    texts, out = _clozes(tmp_path, "# Atomic orbitals\n\n## Quantum numbers\n\n"
                                   "- n = principal quantum number → size and energy\n"
                                   "- l = angular momentum quantum number\n\n"
                                   "## Orbital shapes\n\n- s orbitals: spherical\n"
                                   "- p orbitals: dumbbell-shaped, 3 per shell\n"
                                   "- Node = region where the probability of an electron is zero\n"
                                   "  - number of nodes = n − 1\n")
    answers = gap_answers(texts)
    assert "spherical" in answers, texts
    assert not any("{{c1::n}}" in t for t in texts if "nodes" in t), texts
    assert "weak card" not in out, out


def test_a_shortened_examples_line_asks_the_class_it_shows(tmp_path):
    # "- Ex: wheat farming, foreign exchange markets" under "## Perfect competition" made no
    # card, and "Ex.: restaurants, hairdressers" was hidden whole beside the other points
    # ("[E… r… h…]"), as "Examples: …" is not: the class is asked from its examples.
    texts, _ = _clozes(tmp_path, "# Market structures\n\n## Perfect competition\n\n"
                                 "- Free entry and exit\n"
                                 "- Ex: wheat farming, foreign exchange markets\n\n"
                                 "## Monopolistic competition\n\n"
                                 "- Many firms, differentiated products\n"
                                 "- Some price-setting power (downward-sloping demand)\n"
                                 "- Ex.: restaurants, hairdressers\n")
    assert any(t.startswith("{{c1::Perfect competition}} — Ex: wheat farming") for t in texts), \
        texts
    assert any(t.startswith("{{c1::Monopolistic competition}} — Ex.: restaurants")
               for t in texts), texts


def test_an_arrow_to_symbols_set_equal_asks_them(tmp_path):
    # "Allocative efficiency → P = MC" made no card: an "=" after the arrow was read as an
    # equation's products ("6CO₂ + 6H₂O → …"). A step of working still asks nothing.
    texts, _ = _clozes(tmp_path, "# Market structures\n\n## Outcomes\n\n"
                                 "- Allocative efficiency → P = MC\n"
                                 "- Kinked demand curve → sticky prices\n\n## Working\n\n"
                                 "- x = 2 → y = 4\n")
    assert sorted(gap_answers(texts)) == ["P = MC", "sticky prices"], texts


def test_a_threshold_in_the_bracket_closing_a_sign_is_asked(tmp_path):
    # "Oliguria (urine output < 0.5 mL/kg/h)" made no card: an amount in brackets was read
    # as an aside. "Heart rate > [90 bpm]" is asked; so is the bracket's threshold, with its
    # Danish units too. A bare number ("GCS < 15") is still no answer.
    texts, _ = _clozes(tmp_path, "# Sepsis\n\n## Signs\n\n- Fever or hypothermia\n"
                                 "- Tachycardia, tachypnoea\n"
                                 "- Oliguria (urine output < 0.5 mL/kg/h)\n"
                                 "- Altered mentation (GCS < 15)\n\n## Klinik\n\n"
                                 "- Feber eller hypotermi\n- Takykardi, takypnø\n"
                                 "- Oliguri (diurese < 0,5 ml/kg/t)\n"
                                 "- Marmoreret hud, forlænget kapillærrespons (> 3 sek)\n")
    answers = gap_answers(texts)
    assert {"0.5 mL/kg/h", "0,5 ml/kg/t", "3 sek"} <= set(answers), texts
    assert "15" not in answers, texts


def test_a_line_naming_the_notes_lecture_is_no_label(tmp_path):
    # "Appunti lezione 12 – prof. Bianchi" asked "[Appunti lezione 12] — prof. Bianchi", as
    # "Lezione 12 – …" alone does not: where the notes stand in the course, no term.
    texts, _ = _clozes(tmp_path, "# L'unificazione tedesca\n\nAppunti lezione 12 – prof. "
                                 "Bianchi\n\n## Conseguenze\n\n- Kulturkampf = scontro con la "
                                 "Chiesa cattolica\n- Guerra dei ducati (1864) contro la "
                                 "Danimarca\n")
    assert not any("Appunti" in a for a in gap_answers(texts)), texts


def test_a_step_and_when_it_is_taken_is_no_name_of_a_set(tmp_path):
    # "Hydrocortisone if refractory shock" beside "Abx: …" and "Fluids: …" was asked from
    # their labels ("Abx; Fluids; Source control; […]"), a step no cue recalls (junk).
    texts, _ = _clozes(tmp_path, "# Sepsis\n\n## Management\n\n"
                                 "- Abx: broad-spectrum, e.g. pip-taz\n"
                                 "- Fluids: 500 mL bolus, repeat up to 30 mL/kg\n"
                                 "- Source control: drain abscess, remove infected lines\n"
                                 "- Hydrocortisone if refractory shock\n")
    # Since list21 the step is asked from when it is taken, its own cue, never from the set;
    # "Fluids: [500 mL] bolus, …": a kind word's amount is its fact, asked (junk21).
    assert not any("Hydrocortisone" in t and ";" in t for t in texts), texts
    assert "{{c1::Hydrocortisone}} if refractory shock" in texts, texts
    assert sorted(gap_answers(texts)) == ["500 mL", "Abx", "Hydrocortisone",
                                          "Source control"], texts


def test_a_long_labelled_item_names_its_nested_points_by_its_label(tmp_path):
    # "- Natural monopoly: one firm can supply …" over "- e.g. water supply, railway track":
    # too long to title its point, the item was passed over, and the examples asked the
    # heading, "[Monopoly] — e.g. water supply, …", which they are not examples of alone.
    texts, _ = _clozes(tmp_path, "# Market structures\n\n## Monopoly\n\n"
                                 "- Barriers to entry: patents, economies of scale\n"
                                 "- Natural monopoly: one firm can supply the whole market at "
                                 "lower cost than two or more\n"
                                 "  - e.g. water supply, railway track\n")
    assert any(t.startswith("{{c1::Natural monopoly}} — e.g. water supply") for t in texts), \
        texts


def test_a_label_naming_an_attribute_is_no_answer(tmp_path):
    # "Order: 1s 2s 2p 3s …" beside "Hund's rule: …" asked "[Order] — 1s 2s 2p …": a word
    # any list could have, no name of the subject.
    texts, _ = _clozes(tmp_path, "# Atomic orbitals\n\n## Filling rules\n\n"
                                 "- Aufbau principle: electrons fill the lowest-energy "
                                 "orbitals first\n"
                                 "- Hund's rule: electrons occupy degenerate orbitals singly "
                                 "before pairing\n"
                                 "- Order: 1s 2s 2p 3s 3p 4s 3d 4p …\n")
    assert sorted(gap_answers(texts)) == ["Aufbau principle", "Hund's rule"], texts


def test_a_line_of_topics_taken_from_the_slides_asks_nothing(tmp_path):
    # The learner read of session 20 judged "Aufbau + [quantum numbers], from the lecture
    # slides." junk: it says what the notes cover. A fact that goes on past its source is
    # still read.
    texts, _ = _clozes(tmp_path, "# Atomic orbitals\n\n## Introduction\n\n"
                                 "Chem 1A, weeks 3-4. Aufbau + quantum numbers, from the lecture "
                                 "slides.\n\n## Quantum numbers\n\n"
                                 "- n: the shell; l: the subshell.\n\n## Rules\n\n"
                                 "The **Aufbau principle** says electrons fill the lowest-energy "
                                 "orbitals first.\n")
    assert "quantum numbers" not in gap_answers(texts), texts
    assert "Aufbau principle" in gap_answers(texts), texts  # the rules below are still read
