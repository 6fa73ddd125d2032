"""Card-worthy notes the thirty-sixth session's test notes showed, each shape written here as
people type it: every test of a new behaviour fails on the code before it (be581ac); the
guards beside them say what is still read as before."""

from support import cards_shown


def _cards(tmp_path, source: str) -> list[tuple[str, str]]:
    return [(front.split("\n")[-1], back) for front, back in
            cards_shown(tmp_path, source, text=True)]


def _fronts(tmp_path, source: str) -> list[str]:
    return [front for front, _ in _cards(tmp_path, source)]


def test_a_quiz_whose_key_follows_its_options_on_one_line_asks_the_keyed_option(tmp_path):
    # "Which organelle makes ATP? A) Ribosome B) Mitochondrion C) Golgi D) Lysosome.
    # Answer: B" asked "… D) [...]." (the last option, "Lysosome", a wrong answer taught as
    # the gap), in a numbered list and in a paragraph alike.
    source = ("# Biology quiz\n\n## Practice MCQ\n\n"
              "1. Which organelle makes ATP? A) Ribosome B) Mitochondrion C) Golgi "
              "D) Lysosome. Answer: B\n\n"
              "Which gas do plants take in for photosynthesis? (a) oxygen (b) carbon dioxide "
              "(c) nitrogen — Answer: (b)\n")
    cards = _cards(tmp_path, source)
    assert ("Which organelle makes ATP? — [...]",) == tuple(
        f for f, b in cards if f.startswith("Which organelle")), cards
    assert any(f == "Which organelle makes ATP? — [...]" and b.endswith("Mitochondrion")
               for f, b in cards), cards
    assert any(f == "Which gas do plants take in for photosynthesis? — [...]"
               and b.endswith("carbon dioxide") for f, b in cards), cards
    assert not any("Lysosome" in b.split("\n")[-1] and "[...]" in f and "Lysosome" not in f
                   for f, b in cards), cards


def test_a_quiz_on_one_line_with_no_key_still_makes_no_card(tmp_path):
    # The guard: no option keyed, no answer to ask.
    source = ("# Biology quiz\n\n## Practice MCQ\n\n"
              "Which organelle makes ATP? A) Ribosome B) Mitochondrion C) Golgi D) Lysosome\n")
    assert _fronts(tmp_path, source) == []


def test_a_lab_write_ups_parts_are_no_terms_their_claims_are_read(tmp_path):
    # "Hypothesis: Catalase activity increases …" and "Conclusion: Catalase activity peaked
    # at 37 °C …" asked "[...] — Catalase activity …" with "Hypothesis" and "Conclusion" as
    # the answers: a lab report's parts, no terms of the subject.
    source = ("# Lab report: enzyme activity\n\n## Catalase lab\n\n"
              "Hypothesis: Catalase activity increases with temperature up to about 37 °C "
              "and then falls.\n\n"
              "Conclusion: Catalase activity peaked at 37 °C because the enzyme denatures at "
              "higher temperatures.\n")
    cards = _cards(tmp_path, source)
    answers = [b.split("\n")[0].split(" — ")[0] for _, b in cards]
    assert "Hypothesis" not in answers and "Conclusion" not in answers, cards
    assert any(f.startswith("Hypothesis: Catalase activity increases") and "[...]" in f
               for f, _ in cards), cards
    assert any(f.startswith("Conclusion: Catalase activity peaked at [...]")
               for f, _ in cards), cards


def test_the_same_words_over_their_meaning_are_still_terms(tmp_path):
    # The guard: in a glossary of method, "Hypothesis: a testable prediction …" defines
    # the word, asked as before.
    source = ("# Research methods\n\n## Key terms\n\n"
              "Hypothesis: a testable prediction about the relationship between two "
              "variables.\n\n"
              "Conclusion: the judgement reached after the results have been analysed.\n")
    fronts = _fronts(tmp_path, source)
    assert "[...] — a testable prediction about the relationship between two variables." \
        in fronts, fronts
    assert "[...] — the judgement reached after the results have been analysed." in fronts


def test_a_notion_toggles_arrow_is_no_part_of_its_term(tmp_path):
    # "▸ Heparin" over its indented body (a Notion page's toggle, copied as text) asked
    # "▸ Heparin": the arrow on the back as part of the answer.
    source = ("# Anticoagulants\n\n"
              "▸ Heparin\n    Works by activating antithrombin III. Antidote is protamine.\n\n"
              "▸ Warfarin\n    Vitamin K antagonist. Monitored with INR.\n")
    cards = _cards(tmp_path, source)
    backs = [b.split("\n")[0] for _, b in cards]
    assert any(b.startswith("Warfarin — Vitamin K antagonist.") for b in backs), cards
    assert any(b.startswith("Heparin — Works by activating") for b in backs), cards
    assert not any("▸" in b for _, b in cards), cards


def test_practice_problems_under_a_shorthand_heading_are_no_set_of_facts(tmp_path):
    # "## practice probs from section" over "2. tert-butyl bromide in methanol, heat" and
    # its worked answer asked "[...]; 3-methyl-2-butanol + HBr": problems, grouped as if
    # they were members of a set.
    source = ("# SN1 vs SN2\n\n## practice probs from section\n"
              "1. tert-butyl bromide in methanol, heat\n"
              "   - 3°, weak Nu, protic → SN1\n"
              "2. 3-methyl-2-butanol + HBr\n"
              "   - protonate OH, lose water → hydride shift → 3° cation\n")
    assert not any("3-methyl-2-butanol" in front for front in _fronts(tmp_path, source))


def test_a_line_labelled_as_an_example_or_a_problem_does_not_ask_its_label(tmp_path):
    # "- ex: MPC .8, t = .25 → … = 2" and "- problem: lags (recognition lag, …)" asked
    # "[...] — …" with "ex" and "problem" as the answers.
    source = ("# Fiscal policy\n\n## Open economy\n\n"
              "- ex: MPC .8, t = .25, MPI = .1 → multiplier = 2\n"
              "- much smaller than 5!!\n\n"
              "## Discretionary policy\n\n"
              "- problem: lags (recognition lag, legislative lag, implementation lag)\n"
              "- used in deep recessions\n")
    answers = [back.split("\n")[0].split(" — ")[0] for _, back in _cards(tmp_path, source)]
    assert "ex" not in answers and "problem" not in answers, answers


def test_a_glossary_line_is_still_asked_beside_them(tmp_path):
    # The guard: a term's line in the same kind of list is still its term's card.
    source = ("# Fiscal policy\n\n## Terms\n\n"
              "- deficit: spending minus revenue in one year\n"
              "- debt: the deficits accumulated over the years\n")
    fronts = _fronts(tmp_path, source)
    assert "[...] — spending minus revenue in one year" in fronts, fronts


def test_a_todo_section_with_an_image_makes_no_card(tmp_path):
    # "## TODO" over "- [ ] rewatch lecture from 34:10 (crowding out graph)" and a box
    # with an image asked "rewatch lecture from 34:10 ([...] graph)".
    source = ("# Fiscal policy\n\nFiscal policy is the use of **government spending** to "
              "steer demand.\n\n## TODO\n"
              "- [ ] rewatch lecture from 34:10 (crowding out graph)\n"
              "- [ ] problem set 5 q's 3–7 due Friday\n"
              "- [ ] make graph of AD shift ![AD shift](ad-shift.png)\n")
    fronts = _fronts(tmp_path, source)
    assert fronts and not any("rewatch" in f or "graph" in f for f in fronts), fronts


def test_what_the_teacher_said_of_the_exam_or_did_in_class_is_no_card(tmp_path):
    # "> prof said this is on the exam \"every single year\", know how to show it …" asked
    # the quote; "she did this in class to show what a p-value \"means\"" asked "p-value";
    # "Haddad's slides are better than the book …" asked "Haddad's slides".
    source = ("# Hypothesis testing\n\nA **p-value** is the probability of data at least as "
              "extreme, assuming the null is true.\n\n"
              "> prof said this is on the exam \"every single year\", know how to show it.\n\n"
              "she did this in class to show what a p-value \"means\". Simulation gives "
              "the **null distribution**.\n\n"
              "Haddad's slides are better than the book for the power stuff tbh.\n")
    fronts = _fronts(tmp_path, source)
    assert not any("exam" in f or "in class" in f or "slides" in f for f in fronts), fronts
    # (The fact after the remark is still read.)
    assert any(f.startswith("Simulation gives the [...]") for f in fronts), fronts


def test_a_note_to_self_inside_a_line_is_not_on_its_card(tmp_path):
    # "(TODO: fix the axis labels, looks ugly)", "— TODO read this …)" and "— THIS WAS ON
    # THE QUIZ" stood on the card beside the fact.
    source = ("# Multiplier\n\n## Evidence\n\n"
              "- **empirical estimates**: ~0.5 to ~2 depending on the study (Ramey 2011 "
              "survey — TODO read this, it's on the optional list)\n"
              "- voice leading: in vi, **double the 3rd** to avoid parallel 5ths — THIS WAS "
              "ON THE QUIZ\n"
              "- the **power curve** falls as the effect shrinks (TODO: fix the axis labels)\n")
    cards = _cards(tmp_path, source)
    assert cards and not any("TODO" in f + b or "QUIZ" in f + b for f, b in cards), cards
    assert any(b.endswith("(Ramey 2011 survey)") for _, b in cards), cards


def test_a_solar_mass_is_asked_with_its_symbol(tmp_path):
    # "< 0.08 M☉ → brown dwarf" asked "< [...]☉ → brown dwarf": the metre's "m" took the
    # mass's "M" and left its "☉" on the front.
    source = ("# Stellar evolution\n\n## Summary flow\n"
              "- < 0.08 M☉ → brown dwarf (never ignites H properly)\n"
              "- 0.5–8 M☉ → RG → HB → AGB → PN + C/O WD\n")
    fronts = _fronts(tmp_path, source)
    assert "< [...] → brown dwarf (never ignites H properly)" in fronts, fronts
    assert not any("☉" in f for f in fronts), fronts


def test_a_course_header_with_a_course_code_or_its_sources_is_skipped(tmp_path):
    # "for MUS 112 midterm (Thurs!!). mostly from Kostka/Payne ch. 10 + Dr. Reyes
    # lectures." asked "for [...] 112 midterm"; "JLPT N4 prep. Source: Genki II ch. 12–13
    # + Bunpro + …" asked "[Bunpro]".
    for at, opening in enumerate((
            "for MUS 112 midterm (Thurs!!). mostly from Kostka/Payne ch. 10 + Dr. Reyes "
            "lectures.",
            "JLPT N4 prep. Source: Genki II ch. 12–13 + Bunpro + Tae Kim + my tutor.")):
        source = (f"# Study guide\n\n{opening}\n\n## Cadences\n\n"
                  "A **plagal cadence** moves from IV to I.\n")
        (tmp_path / str(at)).mkdir()
        fronts = _fronts(tmp_path / str(at), source)
        assert fronts == ["A [...] moves from IV to I."], fronts


def test_labels_naming_who_said_it_or_a_memory_aid_are_not_asked(tmp_path):
    # "sensei — it's not a one-time 頑張る kind of try", "Trick from Bunpro — if you can
    # stick できる in front, use ように", "quick reminder to self — uppercase = major",
    # "in C — G7 → C with C on top = PAC" asked "sensei", "Trick from Bunpro", "quick
    # reminder to self" and "in C".
    source = ("# Grammar\n\n## ようにする\n\n"
              "- sensei: it's not a one-time kind of try, it's a rule you set for yourself\n"
              "- Trick from Bunpro: if you can put できる in front, use ように\n"
              "- quick reminder to self: uppercase = major, lowercase = minor\n"
              "- in C: G7 → C with C on top = PAC\n")
    answers = [back.split("\n")[0].split(" — ")[0] for _, back in _cards(tmp_path, source)]
    assert not {"sensei", "Trick from Bunpro", "quick reminder to self", "in C"} & set(answers)


def test_a_label_naming_a_thing_is_still_asked_beside_them(tmp_path):
    # The guard: "Tonic: the home chord" is a term and its meaning.
    source = ("# Harmony\n\n## Functions\n\n"
              "- Tonic: the home chord of the key, where phrases come to rest\n"
              "- Dominant: the chord on the fifth degree, which pulls to the tonic\n")
    assert "[...] — the home chord of the key, where phrases come to rest" in \
        _fronts(tmp_path, source)


def test_a_value_for_whom_or_where_it_holds_is_asked_beside_its_scope(tmp_path):
    # "- for bidder: difficult to decide how to behave" under "## First-price auction", and
    # "- For $n=2$: $d\neq-1$ or …" under "$f$ represents $0$ iff:", asked "[for bidder]"
    # and "[For n=2]" (the scope, no name) from their values: junk, and the same front
    # twice for "no conditions". The value is what holds there, asked beside it.
    source = ("# Mechanism design\n\n## First-price auction\n\n"
              "- for bidder: difficult to decide how to behave\n"
              "- for seller: difficult to predict what will happen\n\n"
              "## Isotropy\n\n$f$ represents $0$ iff:\n\n"
              "- For $n=2$: $d\\neq-1$ or $\\varepsilon=1$;\n"
              "- For $n\\geq3$: no conditions.\n")
    cards = cards_shown(tmp_path, source, text=True)
    fronts = [front.split("\n")[-1] for front, _ in cards]
    assert "for bidder: [...]" in fronts and "for seller: [...]" in fronts, fronts
    assert "For \\(n=2\\): [...]" in fronts, fronts
    assert not any(f.startswith("[...] —") for f in fronts), fronts
    # (The lead-in says what the values are of.)
    (tmp_path / "context").mkdir()
    assert any("represents \\(0\\) iff For \\(n=2\\): [...]" in front
               for front, _ in cards_shown(tmp_path / "context", source)), cards


def test_a_proofs_justification_is_no_scope(tmp_path):
    # The guard: "By inductive hypothesis: …" is no scope to ask a value beside.
    source = ("# Quadratic forms\n\n## Proof\n\n"
              "- By inductive hypothesis: $f_1$ represents $0$.\n"
              "- By Hilbert reciprocity: the last symbol is fixed.\n")
    assert not any(f.startswith("By inductive hypothesis: [...]")
                   for f in _fronts(tmp_path, source))


def test_a_phrase_of_discourse_is_no_scope(tmp_path):
    # The guard: "In order: A, A♯/B♭, B, …" says how the value is listed, for whom or where
    # nothing; twelve notes behind one gap are no value to recall beside it.
    source = ("# Notes, keys and scales\n\n## There are only 12 notes\n\n"
              "The notes are (as in a piano):\n"
              "- White notes: A, B, C, D, E, F, G\n"
              "- Black notes: A♯/B♭, C♯/D♭, D♯/E♭, F♯/G♭, G♯/A♭\n"
              "- In order: A, A♯/B♭, B, C, C♯/D♭, D, D♯/E♭, E, F, F♯/G♭, G, G♯/A♭\n")
    fronts = _fronts(tmp_path, source)
    assert not any(f.startswith(("In order: [...]", "[...] — A, A♯/B♭")) for f in fronts), fronts


def test_a_sides_value_is_asked_under_whose_side_it_is(tmp_path):
    # "- Pros: can study several outcomes …" / "- Cons: expensive, slow, …" under "##
    # Cohort studies" asked "[...] — can study several outcomes …" with "Pros" the answer (a
    # side of the subject names nothing); the first cut of session 36 dropped them. The
    # side's value is asked under the subject and the side.
    source = ("# Study designs\n\n## Cohort studies\n\n"
              "- Pros: can study several outcomes of one exposure\n"
              "- Cons: expensive, slow, loss to follow-up\n")
    cards = _cards(tmp_path, source)
    assert ("Cohort studies › Cons: [...]", "Cohort studies › Cons: expensive, slow, loss "
            "to follow-up") in [(f, b.split("\n")[0]) for f, b in cards], cards
    assert not any(b.split("\n")[0].startswith(("Pros —", "Cons —")) for _, b in cards), cards
