"""A numbered list of instructions is a procedure: each card hides one step, its
neighbours shown (steps23).

Protocols, lab methods and algorithms are written as "1. Call for help 2. Lie the patient
flat …". Read one item at a time, an instruction named nothing to ask (no card) or gave a
stray gap ("raise the [legs]", "[Check a peak] flow …"), and grouped as names every step was
refused as "a clause, not a name to recall".
"""

from support import cards_shown, checked

_PROTOCOL = """# Anaphylaxis

## Emergency treatment

1. Call for help
2. Lie the patient flat and raise the legs
3. Give IM adrenaline, repeat after 5 minutes if no response
4. Establish the airway, give high-flow oxygen
5. Give an IV fluid challenge
6. Monitor pulse oximetry, ECG and blood pressure
"""


def test_each_step_of_a_numbered_procedure_is_asked_from_the_step_before(tmp_path):
    cards = cards_shown(tmp_path, _PROTOCOL, text=True)
    backs = {back for _, back in cards}
    assert len(cards) == 6, cards
    # Each front hides one whole step and shows its number and the step before it.
    assert ("2. Lie the patient flat and raise the legs ; 3. [...] ;",
            "2. Lie the patient flat and raise the legs ; 3. Give IM adrenaline, repeat "
            "after 5 minutes if no response ;") in cards, cards
    assert ("1. [...] ; 2. Lie the patient flat and raise the legs ;",
            "1. Call for help ; 2. Lie the patient flat and raise the legs ;") in cards
    assert any(back.endswith("6. Monitor pulse oximetry, ECG and blood pressure")
               for back in backs)
    # No stray gap inside a step.
    assert not any("raise the [...]" in front for front, _ in cards)


def test_steps_that_state_their_own_small_fact_keep_that_gap(tmp_path):
    # Most steps give a dose: the dose is the smaller answer, asked as before.
    cards = cards_shown(tmp_path, """# Acute asthma

## Initial management

1. Sit the patient upright
2. Give high-flow oxygen to keep saturation 94-98%
3. Give salbutamol 5 mg nebulised, back to back if needed
4. Give prednisolone 40 mg orally
5. Check a peak flow and an arterial blood gas
""", text=True)
    fronts = [front for front, _ in cards]
    assert "Give prednisolone [...] orally" in fronts
    # "Check a peak flow …" is an instruction, not "[Check a peak]" doing something.
    assert not any(front.startswith("[...] flow") for front in fronts), fronts


def test_a_bulleted_list_or_a_numbered_list_of_things_is_no_procedure(tmp_path):
    # Bullets carry no order; "Order sheet", "Report from …" are things the verbs of steps
    # also name (the code review: read as a procedure, "1. [...]; 2. Report from radiology").
    cards = cards_shown(tmp_path, """# Ward

## Key documents in a patient file

1. Order sheet for the ward
2. Report from radiology
3. Record of vital signs
4. Note from the admitting doctor

## Emergency treatment

- Call for help
- Lie the patient flat and raise the legs
- Give IM adrenaline
""", text=True)
    fronts = [front for front, _ in cards]
    assert not any(front.startswith(("1. ", "… ")) for front in fronts), fronts
    assert "[...] ; Report from radiology ; Record of vital signs ; Note from the admitting " \
        "doctor" in fronts, fronts


def test_a_step_keeps_the_number_it_was_typed_with_in_any_case(tmp_path):
    # A list that starts at 4 asks step 5 as step 5; "call for help" typed in lower case is
    # an instruction too; so is "Do not …".
    cards = cards_shown(tmp_path, """# Calculus

## Finding absolute extrema, continued

4. Evaluate f at the endpoints.
5. Compare the values.
6. Pick the largest.

## Anaphylaxis

1. call for help
2. Do not give fluids by mouth
3. give IM adrenaline
""", text=True)
    fronts = [front for front, _ in cards]
    assert "4. Evaluate f at the endpoints ; 5. [...] ; 6. Pick the largest" in fronts, fronts
    assert "1. call for help ; 2. [...] ; 3. give IM adrenaline" in fronts, fronts


def test_check_names_a_step_its_neighbours_spell_out(tmp_path):
    # "Evaluate f at each critical number" after "Find the critical numbers of f": its
    # words are on the front, so it is left out, and `check` says so at its line.
    out = checked(tmp_path, """# Calculus

## Finding absolute extrema

1. Find the critical numbers of f.
2. Evaluate f at each critical number.
3. Evaluate f at the endpoints.
""", "calc.md")
    assert "calc.md:6: weak card: answer \"Evaluate f at each critical number\"" in out, out
