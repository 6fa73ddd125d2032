"""English lecture notes in physics and bioengineering (en20): explanatory paragraphs with
nothing marked, as instructors type them on course sites. A name the lecturer gives after
explaining the thing ("We call this speed the terminal velocity") is what the card asks;
the lecture's place among the others ("Last time we looked at …") asks nothing.

Each test builds a small note through the CLI, imports the deck into Anki and reads the
cards as the learner sees them."""

from __future__ import annotations

from test_prose_definitions import _cards


def test_a_name_the_lecturer_gives_after_explaining_is_asked(tmp_path):
    # Before: "From then on the [...] is zero …" → net force, a step of the explanation,
    # while the name the paragraph teaches stayed on the front.
    asked = _cards(tmp_path, "## Drag forces\n\nAs a falling object speeds up, the drag on "
                   "it grows until it balances the weight. From then on the net force is zero "
                   "and the object falls at a constant speed. We call this speed the terminal "
                   "velocity.\n", title="Friction and drag")
    assert list(asked) == ["the terminal velocity"], asked
    assert "falls at a constant speed. We call this speed [...]" in asked[
        "the terminal velocity"][0]


def test_where_the_lecture_stands_among_the_others_makes_no_card(tmp_path):
    # Before: "Last time we looked at where [...] come from." → biopotentials.
    asked = _cards(tmp_path, "## Amplifiers\n\nLast time we looked at where biopotentials "
                   "come from. Today: how we get them into a measurable form without "
                   "drowning them in noise.\n\n## Why we need amplification\n\nBiopotentials "
                   "are tiny. An ECG measured at the skin is about 1 mV.\n\nAn instrumentation "
                   "amplifier is the standard front end for biopotential recording.\n",
                   title="Lecture 5")
    assert not [front for fronts in asked.values() for front in fronts
                if "Last time" in front], asked


def test_what_a_named_quantity_tells_us_asks_its_name(tmp_path):
    # Before: "[Amplifiers] — The gain-bandwidth product tells us …", the heading asked.
    asked = _cards(tmp_path, "## Amplifiers\n\nThe gain-bandwidth product tells us how the "
                   "gain of an op-amp trades off against its bandwidth.\n", title="Op-amps")
    assert asked == {"gain-bandwidth product": [
        "Op-amps › Amplifiers The [...] tells us how the gain of an op-amp trades off "
        "against its bandwidth."]}, asked


def test_a_proportion_the_lecturer_points_at_asks_the_other_quantity(tmp_path):
    # Before: no card ("Notice that" hid the subject); and "[its mass]" asked the owner too.
    asked = _cards(tmp_path, "## Second law\n\nNotice that the acceleration of a body is "
                   "inversely proportional to its mass.\n", title="Dynamics")
    assert asked == {"mass": ["Dynamics › Second law Notice that the acceleration of a body "
                              "is inversely proportional to its [...] ."]}, asked


def test_what_an_ideal_device_has_is_asked(tmp_path):
    # Before: no card ("names no concept, glossary term or marked phrase").
    asked = _cards(tmp_path, "## Voltage sources\n\nAn ideal voltage source has zero internal "
                   "resistance, so its terminal voltage does not change with the load.\n\n"
                   "## Op-amps\n\nAn ideal op-amp draws no current into its inputs.\n\n"
                   "An ideal op-amp has infinite open-loop gain, infinite input impedance and "
                   "zero output impedance.\n", title="Circuits")
    assert asked["zero internal resistance"] == [
        "Circuits › Voltage sources An ideal voltage source has [...] , so its terminal "
        "voltage does not change with the load."], asked
    assert asked["no current"] == ["Circuits › Op-amps An ideal op-amp draws [...] into its "
                                   "inputs."], asked
    # Three properties behind one gap would be a list to recite, not one fact.
    assert not any("infinite" in answer for answer in asked), asked


def test_a_term_inside_a_hyphened_word_is_not_cut_out_of_it(tmp_path):
    # Before: "The gain of the three- [...] instrumentation amplifier …" → op-amp, a gap that
    # cut the word "three-op-amp" and left its other half on the front.
    asked = _cards(tmp_path, "## Op-amps\n\nAn op-amp is a high-gain differential amplifier "
                   "with two inputs and one output.\n\n## Instrumentation amplifiers\n\nThe "
                   "gain of the three-op-amp instrumentation amplifier is set by a single "
                   "resistor.\n", title="Amplifiers")
    fronts = [front for fronts in asked.values() for front in fronts]
    assert not [front for front in fronts if "three- " in front or "-[...]" in front], asked


def test_a_sentence_explaining_a_name_stays_with_it(tmp_path):
    # Before: "It describes how stiff …" was cut from the sentence naming Young's modulus,
    # its card showing the paragraph before ("… obeys Hooke's law.") as what "It" was, and
    # its gap "[...]'s modulus" asked "Young", cut out of the term.
    asked = _cards(tmp_path, "## The curve\n\nIn this region the material obeys Hooke's "
                   "law.\n\nThe slope $E$ of the linear region is called Young's modulus, or "
                   "the elastic modulus. It describes how stiff a material is: a large $E$ "
                   "means a large stress is needed for a small strain. Cortical bone has a "
                   "Young's modulus of about 17 GPa, while tendon is closer to 1 GPa.\n",
                   title="Tissues")
    assert "Young" not in asked, asked
    assert [front for front in asked["Young's modulus"] if "It describes" in front] == [
        r"Tissues › The curve The slope \(E\) of the linear region is called [...] , or the "
        r"elastic modulus. It describes how stiff a material is: a large \(E\) means a large "
        r"stress is needed for a small strain."], asked


def test_what_experience_suggests_does_not_ask_experience(tmp_path):
    # Before: "[...] suggests that an object at rest will remain at rest …" → Experience.
    asked = _cards(tmp_path, "## First law\n\nExperience suggests that an object at rest will "
                   "remain at rest if left alone. However, it is not so obvious that an object "
                   "in motion will keep moving.\n", title="Newton's laws")
    assert "Experience" not in asked, asked


def test_an_agent_is_asked_without_the_participle_after_it(tmp_path):
    # Before: "attenuated by the [voltage divider formed] with the electrode impedance".
    asked = _cards(tmp_path, "## Amplifier requirements\n\nThe input impedance of the amplifier "
                   "should be much larger than the electrode impedance. Otherwise the signal "
                   "is attenuated by the voltage divider formed with the electrode "
                   "impedance.\n", title="Amplifiers")
    assert list(asked) == ["voltage divider"], asked
    assert "by the [...] formed with the electrode impedance." in asked["voltage divider"][0]


def test_a_students_log_of_the_lecture_makes_no_card(tmp_path):
    # Before: "Started with a recap of the ideal op-amp model, then moved on to [...]" →
    # active filters.
    asked = _cards(tmp_path, "Started with a recap of the ideal op-amp model, then moved on "
                   "to active filters.\n\n## Active filters\n\nActive filters use an op-amp "
                   "to buffer each stage.\n", title="Lec 7 - Op-amp circuits")
    assert not [front for fronts in asked.values() for front in fronts
                if "recap" in front], asked


def test_an_amount_in_electronics_units_is_asked(tmp_path):
    # Before: no card ("names no concept, …"): µA, MΩ and dB were read as no unit.
    asked = _cards(tmp_path, "## Safety\n\nThe leakage current through the patient must stay "
                   "below 10 µA for equipment connected directly to the heart.\n\n## Filters"
                   "\n\nAbove the cutoff the output of a first-order filter falls by 20 dB per "
                   "decade.\n", title="ECG amplifiers")
    assert asked["10 µA"] == ["ECG amplifiers › Safety The leakage current through the patient "
                              "must stay below [...] for equipment connected directly to the "
                              "heart."], asked
    assert asked["20 dB"] == ["ECG amplifiers › Filters Above the cutoff the output of a "
                              "first-order filter falls by [...] per decade."], asked


def test_a_symbols_kind_named_again_is_not_asked_as_a_term(tmp_path):
    # Before: "The [...] \(k\) is the spring [...] , and it measures how stiff the spring
    # is." → constant, hidden twice, the second inside the name the sentence gives.
    asked = _cards(tmp_path, "## Springs\n\nThe constant $k$ is the spring constant, and it "
                   "measures how stiff the spring is.\n", title="Forces")
    assert "constant" not in asked, asked


def test_an_agent_inside_a_subject_takes_no_verb_into_its_gap(tmp_path):
    # Before: "The force exerted by an [...] to how far it is stretched …" → "ideal spring
    # is proportional", a gap across the sentence's verb.
    asked = _cards(tmp_path, "## Springs\n\nThe force exerted by an ideal spring is "
                   "proportional to how far it is stretched or compressed from its natural "
                   "length.\n", title="Forces")
    assert not [answer for answer in asked if " is " in f" {answer} "], asked


def test_a_headings_word_in_a_compound_is_not_asked(tmp_path):
    # Before: "Shielded cables reduce capacitive [...] of mains interference into the
    # leads." → coupling, the heading's word, given away by the half of the name left.
    asked = _cards(tmp_path, "## Coupling\n\nShielded cables reduce capacitive coupling of "
                   "mains interference into the leads.\n", title="ECG amplifiers")
    assert "coupling" not in asked, asked


def test_a_quantity_called_by_its_name_is_asked(tmp_path):
    # Before: no card ("names no concept, …"): only "a process called …", "a hormone
    # known as …" and such kinds of thing were read as naming.
    asked = _cards(tmp_path, "## Electrodes\n\nAt the interface a charge distribution forms. "
                   "This charge separation produces a potential difference called the "
                   "half-cell potential.\n", title="Biopotentials")
    assert [front for front in asked.get("the half-cell potential", [])
            if front.endswith("produces a potential difference called [...] .")], asked


def test_a_heading_that_spells_out_a_clipped_name_is_not_shown_with_it(tmp_path):
    # Before: "The operational amplifier An [...] is a high-gain differential amplifier …"
    # → op-amp: the heading over the gap said its answer in full.
    asked = _cards(tmp_path, "## The operational amplifier\n\nAn op-amp is a high-gain "
                   "differential amplifier with two inputs and one output.\n",
                   title="Amplifiers")
    assert asked["op-amp"] == ["Amplifiers An [...] is a high-gain differential amplifier "
                               "with two inputs and one output."], asked


def test_a_step_of_a_derivation_asks_nothing(tmp_path):
    # Before: "It follows that the output spectrum of an LTI system is the input spectrum
    # multiplied by the [...]" → frequency response, a step of the argument.
    asked = _cards(tmp_path, "## Frequency response\n\nThe frequency response tells us how "
                   "much the system scales a sinusoid.\n\n## Convolution\n\nConvolution in "
                   "the time domain corresponds to multiplication in the frequency domain. It "
                   "follows that the output spectrum of an LTI system is the input spectrum "
                   "multiplied by the frequency response.\n", title="Signals")
    assert not [front for fronts in asked.values() for front in fronts
                if "multiplied by the [...]" in front], asked
