"""The audit of the thirty-third session's change (a9846fa..0ea9f8d): each test holds a note
written the way people write it, and fails under one careless edit of the change that
tests/test_quality33.py let pass (a word dropped from a new list, a threshold moved by one,
a clause of a condition dropped), while the unedited code passes it."""

from support import cards_shown


def _pairs(tmp_path, source):
    """(front, back) of each card, only the card's own text, as test_quality33 reads them."""
    return [(front.split("\n")[-1], back.split("\n")[-1])
            for front, back in cards_shown(tmp_path, source, text=True)]


def _asked(tmp_path, source):
    """The name each card asks for (its back before " — ") -> the card's front."""
    return {back.split(" — ")[0]: front for front, back in _pairs(tmp_path, source)}


# -- filler verbs, in Spanish -------------------------------------------------------------------

def test_a_spanish_modal_and_be_are_never_the_gap(tmp_path):
    # The Italian note of test_quality33 in Spanish: "que luego [puede ser] recuperada" hid
    # "puede ser", the filler verb, as "possono essere" was hidden (sample 3202: junk).
    source = ("# La memoria\n\n"
              "- Función que permite almacenar huellas de las experiencias vividas que luego "
              "puede ser recuperada a través de los recuerdos para ser reutilizada\n"
              "- No es ilimitada y opera de modo selectivo\n\n"
              "## Las fases de la memoria\n\n"
              "- Codificación: la información es seleccionada según su importancia\n"
              "- Recuperación o evocación: la huella es recuperada a través de un recuerdo\n\n"
              "## La memoria a corto plazo (MCP)\n\n"
              "- Memoria activa que retiene información temporal que puede ser reutilizada "
              "en tiempos breves\n- Usada en la vida cotidiana\n")
    pairs = _pairs(tmp_path, source)
    assert any(back.startswith("Codificación — ") for _, back in pairs), pairs
    assert not any("que luego [...] recuperada" in front for front, _ in pairs), pairs


# -- one mask is one phrase ---------------------------------------------------------------------

def test_words_of_an_answer_five_apart_with_a_comma_are_masked_apart(tmp_path):
    # "China" and "'loss'" with ", it was a" between them (five pieces, small ones): one
    # mask over the run hid "China, it was a" with the answer's words.
    source = ("# Cold War\n\n| Event | Meaning |\n| --- | --- |\n"
              "| The \"loss\" of China | Communists in China win the Civil War in 1949; though "
              "the US had never held China, it was a 'loss' to Communism |\n"
              "| The Truman Doctrine | The US would support free peoples resisting subjugation "
              "by armed minorities or outside pressure |\n")
    fronts = [front for front, _ in _pairs(tmp_path, source)]
    assert any("never held China, it was a" in front for front in fronts), fronts


# -- a definition box under the heading it defines ---------------------------------------------

def test_a_definition_box_titled_in_italian_spanish_or_with_a_colon_defines_its_heading(
        tmp_path):
    # `!!! note "Definizione"`, `> [!note] Definición`, `!!! info "Definition:"`: boxes titled
    # by their kind only, in the languages _DEFINITION_TITLE names, made no card at all.
    source = ("# Geografia\n\n## Le coste\n\n### Estuario\n\n!!! note \"Definizione\"\n"
              "    La foce di un fiume dove la marea incontra la corrente del fiume\n\n"
              "### Duna\n\n> [!note] Definición\n"
              "> Una colina de arena que el viento acumula junto a la costa\n\n"
              "### Spit\n\n!!! info \"Definition:\"\n"
              "    A long narrow ridge of sand running out into the sea from the coast\n")
    asked = _asked(tmp_path, source)
    assert asked.get("Estuario") == ("[...] — La foce di un fiume dove la marea incontra la "
                                     "corrente del fiume"), asked
    assert asked.get("Duna") == ("[...] — Una colina de arena que el viento acumula junto a "
                                 "la costa"), asked
    assert asked.get("Spit", "").startswith("[...] — A long narrow ridge"), asked


def test_a_definition_box_read_as_its_headings_meaning_makes_no_second_card(tmp_path):
    # The box's text is the heading's definition, asked once: read again as a fact of its
    # own, it made a cloze of the same words beside it ("Zone where the [...] the sea").
    source = ("# Geography\n\n## Coasts\n\n### Coastline\n\n> [!definition]\n"
              "> Zone where the land meets the sea\n\n### Spit\n\n!!! note \"Definition\"\n"
              "    A long narrow ridge of sand running out into the sea from the coast\n")
    backs = [back for _, back in _pairs(tmp_path, source)]
    assert [b for b in backs if "land meets the sea" in b] == [
        "Coastline — Zone where the land meets the sea"], backs
    assert [b for b in backs if "long narrow ridge" in b] == [
        "Spit — A long narrow ridge of sand running out into the sea from the coast"], backs


def test_a_definition_box_under_a_question_of_two_things_asks_no_name(tmp_path):
    # "What is the difference between weather and climate?" names two things, no one term:
    # its box was asked as "[difference between weather and climate] — Day-to-day …".
    source = ("# Geography\n\n## Climate\n\n"
              "### What is the difference between weather and climate?\n\n> [!definition]\n"
              "> Day-to-day conditions of the atmosphere set against their average over "
              "thirty years\n\n### Coastline\n\n> [!definition]\n"
              "> Zone where the land meets the sea\n")
    asked = _asked(tmp_path, source)
    assert "Coastline" in asked, asked
    assert not any("weather" in name for name in asked), asked


def test_a_definition_box_holding_a_formula_asks_the_formula(tmp_path):
    # A box of a formula alone is read as any formula under its name is, "Mass-energy
    # equivalence: [...]": the formula is what the learner recalls, not the name from it.
    source = ("# Physics\n\n## Relativity\n\n### Mass-energy equivalence\n\n> [!definition]\n"
              "> $E = mc^2$\n\n### Coastline\n\n> [!definition]\n"
              "> Zone where the land meets the sea\n")
    pairs = _pairs(tmp_path, source)
    assert ("Mass-energy equivalence: [...]", "Mass-energy equivalence: \\(E = mc^2\\)") in \
        pairs, pairs
    assert not any(back.startswith("Mass-energy equivalence — ") for _, back in pairs), pairs


def test_a_definition_box_under_a_label_heading_is_read_as_its_text(tmp_path):
    # "### Key insight" names no term: the box under it is read as any text is and asks its
    # fact, where it was taken for the heading's definition and lost.
    source = ("# Biology\n\n## Osmosis\n\n### Key insight\n\n> [!definition]\n"
              "> Cells in a hypotonic solution swell because water enters them\n")
    pairs = _pairs(tmp_path, source)
    assert ("Cells in a hypotonic solution swell because [...]",
            "Cells in a hypotonic solution swell because water enters them") in pairs, pairs

# -- what a later class will do -----------------------------------------------------------------

def test_a_plan_for_the_next_lecture_is_no_fact(tmp_path):
    # "We'll see this in the next lecture.", "Das behandeln wir in der nächsten Vorlesung.":
    # the course's plan went on the back of the fact before it.
    source = ("# Thermodynamics\n\n## Entropy\n\n"
              "Entropy measures the number of microstates consistent with a macrostate. "
              "We'll see this in the next lecture.\n\n"
              "## Entropie\n\n"
              "Die Entropie ist ein Maß für die Zahl der Mikrozustände, die zu einem "
              "Makrozustand passen. Das vertiefen wir in der nächsten Vorlesung.\n")
    backs = [back for _, back in _pairs(tmp_path, source)]
    assert "Entropy measures the number of microstates consistent with a macrostate." in \
        backs, backs
    assert ("Die Entropie ist ein Maß für die Zahl der Mikrozustände, die zu einem "
            "Makrozustand passen.") in backs, backs
    assert not any("lecture" in back or "Vorlesung" in back for back in backs), backs


def test_a_fact_that_goes_on_to_the_course_plan_is_still_asked(tmp_path):
    # The guard: "…; we will derive it in the next chapter." ends a sentence that states a
    # fact first; only a sentence that opens on the plan goes, and this one is read whole.
    source = ("# Thermodynamics\n\n## Heat engines\n\n"
              "The Carnot cycle sets the maximum efficiency of a heat engine; we will derive "
              "it in the next chapter.\n")
    backs = [back for _, back in _pairs(tmp_path, source)]
    assert any(back.startswith("The Carnot cycle sets the maximum efficiency") for back in
               backs), backs


# -- labels and headings in other languages -----------------------------------------------------

def test_an_italian_concept_label_defines_its_heading(tmp_path):
    # "**Concetto:** il potere dei giudici …" under "### Controllo di costituzionalità" is
    # the heading's definition, as "**Concept:**" is; it was asked "[Concetto] : il potere …".
    source = ("# Diritto costituzionale\n\n### Controllo di costituzionalità\n\n"
              "**Concetto:** il potere dei giudici di annullare le leggi in contrasto con la "
              "Costituzione\n")
    asked = _asked(tmp_path, source)
    assert asked.get("Controllo di costituzionalità") == (
        "[...] — il potere dei giudici di annullare le leggi in contrasto con la "
        "Costituzione"), asked
    assert not any(name.startswith("Concetto") for name in asked), asked


def test_what_is_questions_in_spanish_italian_and_portuguese_name_their_term(tmp_path):
    # "¿Qué son los sedimentos?", "Cos'è un vettore?", "O que é um átomo?": the text under
    # each says what the name is, asked as under "What is X?" (the plural in Spanish too).
    source = ("# Ciencias\n\n### ¿Qué son los sedimentos?\n\n"
              "Partículas de roca y suelo que el agua o el viento transportan y depositan.\n\n"
              "### Cos'è un vettore?\n\nUna grandezza che ha un modulo, una direzione e un "
              "verso.\n\n### O que é um átomo?\n\n"
              "A menor unidade da matéria que conserva as propriedades de um elemento "
              "químico.\n")
    asked = _asked(tmp_path, source)
    assert asked.get("sedimentos", "").startswith("[...] — Partículas de roca"), asked
    assert asked.get("vettore", "").startswith("[...] — Una grandezza"), asked
    assert asked.get("átomo", "").startswith("[...] — A menor unidade"), asked


def test_a_chinese_question_heading_ending_on_what_is_names_its_term(tmp_path):
    # "粘度是什么？" ("viscosity is what?") over a definition box: the box defines "粘度".
    source = ("# 流体力学\n\n### 粘度是什么？\n\n> [!definition]\n"
              "> 流体内部阻碍各层之间相对运动的性质。\n")
    asked = _asked(tmp_path, source)
    assert asked.get("粘度") == "[...] — 流体内部阻碍各层之间相对运动的性质。", asked


def test_example_headings_in_spanish_italian_and_german_are_no_names(tmp_path):
    # "## Ejemplos numéricos", "## Esempio numerico", "## Rechenbeispiel" over a worked
    # figure: each was asked as the name the paragraph describes.
    source = ("# Economía – Tema 4: El mercado\n\n## Ejemplos numéricos\n"
              "Si el precio pasa de 10 € a 12 € y la cantidad de 100 a 90, la elasticidad vale "
              "-0,5.\n\n## Esempio numerico\n"
              "Se il prezzo passa da 10 € a 12 € e la quantità da 100 a 90, l'elasticità vale "
              "-0,5.\n\n## Rechenbeispiel\n"
              "Bei einem Preis von 5 € werden 200 Stück verkauft, bei 6 € nur noch 150 Stück.\n")
    backs = [back for _, back in _pairs(tmp_path, source)]
    assert not any(back.startswith(("Ejemplos", "Esempio", "Rechenbeispiel"))
                   for back in backs), backs


# -- the fields of a named thing ----------------------------------------------------------------

def test_symptoms_and_moa_are_fields_of_the_thing_the_heading_names(tmp_path):
    # "[Symptoms] — wheeze, cough …" and "[MoA] — blocks vitamin K …" asked the field's
    # name, which any disease's or drug's line has (junk); asked under the name instead.
    source = ("# Medicine\n\n## Asthma\n- Symptoms: wheeze, cough, chest tightness\n"
              "- Triggers: cold air, exercise, allergens\n\n"
              "## Warfarin\n- MoA: blocks vitamin K epoxide reductase\n"
              "- Monitoring: INR, target 2-3\n")
    pairs = _pairs(tmp_path, source)
    fronts = [front for front, _ in pairs]
    assert "Asthma › Symptoms: [...]" in fronts, pairs
    assert "Warfarin › MoA: [...]" in fronts, pairs
    assert not any(back.startswith(("Symptoms —", "MoA —")) for _, back in pairs), pairs


def test_the_major_ones_of_a_kind_are_no_term(tmp_path):
    # "**Major Causes**: Militarism, alliances …" lists which of the subject's things to
    # know, as "Notable Essays" does: "[Major Causes] — …" asked no term.
    source = ("# World War I\n\n### Causes of the war\n"
              "- **Major Causes**: Militarism, alliances, imperialism and nationalism.\n"
              "- **Key Event**: The assassination of Archduke Franz Ferdinand in 1914.\n")
    backs = [back for _, back in _pairs(tmp_path, source)]
    assert not any(back.startswith("Major Causes") for back in backs), backs


# -- quotations under a name ----------------------------------------------------------------------

def test_a_quotation_in_italics_between_curly_quotes_says_what_the_name_is(tmp_path):
    # Typed with a word processor's quotation marks, “*…*”, the quote under "### Hebbian
    # learning" made no card, as the straight quotes of test_quality33 once did.
    source = ("# Learning & memory\n\n### Hebbian learning\n\n"
              "> “*Neurons that fire together wire together.*”\n")
    pairs = _pairs(tmp_path, source)
    assert ("[...] — “Neurons that fire together wire together.”",
            "Hebbian learning — “Neurons that fire together wire together.”") in pairs, pairs


def test_a_tip_box_under_a_heading_is_no_meaning_of_the_heading(tmp_path):
    # A callout right under "### Classical conditioning" is no quotation of what the name
    # is: "[Classical conditioning] — Pavlov's dogs salivated …" asked an example as the
    # meaning.
    source = ("# Learning\n\n### Classical conditioning\n\n> [!tip]\n"
              "> Pavlov's dogs salivated at the sound of a bell that had been paired with "
              "food.\n\n### Hebbian learning\n\n"
              ">\"*Neurons that fire together wire together.*\"\n")
    asked = _asked(tmp_path, source)
    assert "Hebbian learning" in asked, asked
    assert "Classical conditioning" not in asked, asked


# -- a name over its points ----------------------------------------------------------------------

def test_a_last_point_left_alone_as_a_noun_phrase_is_no_meaning_of_the_name(tmp_path):
    # test_quality33's guard, its last point a noun phrase: "the sodium-potassium pump …,
    # for comparison" is another topic the outline put there, and asked as what passive
    # diffusion is it teaches a wrong fact.
    source = ("# Cell membranes\n\n- Cell Transport\n    - Passive diffusion\n"
              "        - Simple diffusion => nonpolar things simply fall in\n"
              "        - Facilitated diffusion => polar molecules get through protein "
              "channels\n"
              "        - the sodium-potassium pump of nerve cells, for comparison\n")
    pairs = _pairs(tmp_path, source)
    assert not any(back.startswith("Passive diffusion —") for _, back in pairs), pairs


def test_a_rule_in_a_first_point_is_no_meaning_of_the_name(tmp_path):
    # "plain form should be used before the noun" under "relative clause + の", its other
    # point saying "relative clause": a rule of the grammar point, not what it is.
    source = ("# Japanese grammar\n\n- relative clause + の\n"
              "    - plain form should be used before the noun it modifies\n"
              "    - a relative clause can also end in the の of possession\n")
    pairs = _pairs(tmp_path, source)
    assert not any(back.startswith("relative clause + の —") for _, back in pairs), pairs


# -- what a name is, said under its heading ------------------------------------------------------

def test_a_meaning_opening_on_an_and_an_adjective_is_no_statement(tmp_path):
    # "An enduring increase in …" as "A lasting increase in …": the heading is asked.
    source = ("# Learning and memory\n\n### Long-term potentiation\n\n"
              "An enduring increase in the strength of a synapse after repeated firing.\n")
    asked = _asked(tmp_path, source)
    assert asked.get("Long-term potentiation") == (
        "[...] — An enduring increase in the strength of a synapse after repeated firing."), \
        asked
