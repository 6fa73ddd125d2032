"""The reason a plain sentence gives for what its named subject does (statements._reason):
"The Schlieffen Plan failed because [Belgium resisted the German advance]", "… due to a
[lack of reserve forces]". Issue 14: such explanations in prose made no card, or asked the
sentence's subject ("[GDP] is understated due to the informal sector"), or a half clause
("[Germany cannot get] supplies due to …"). Never a reason that points back, one denied or
one of several, nor a pronoun's or an unnamed subject's."""

from __future__ import annotations

import pytest

from deck_builder.statements import clean_statement_span, last_shape_span


def asked(text: str) -> str | None:
    span = clean_statement_span(text)
    return text[span[0]:span[1]] if span else None


@pytest.mark.parametrize("text, answer", [
    ("The Schlieffen Plan failed because Belgium resisted the German advance.",
     "Belgium resisted the German advance"),
    ("The advance lost momentum due to a lack of reserve forces.", "lack of reserve forces"),
    ("GDP is understated due to the informal sector.", "informal sector"),
    ("Leaves change colour in autumn because chlorophyll breaks down.",
     "chlorophyll breaks down"),
    ("The sky appears blue because of Rayleigh scattering.", "Rayleigh scattering"),
    ("The United States entered the war partly because of the Zimmermann Telegram.",
     "Zimmermann Telegram"),
    ("Hereditary disorders occur as a result of lysosome storage disease.",
     "lysosome storage disease"),
    # A word linking the sentence to the one before is no part of its subject.
    ("However, conscription was introduced in 1916 because enlistment had fallen.",
     "enlistment had fallen"),
    ("Therefore, inflation rose due to the oil shock.", "oil shock"),
    # What a named thing depends on.
    ("Amount remembered depends on time spent learning.", "time spent learning"),
    ("Enzyme activity depends on temperature and pH.", "temperature and pH"),
    # Two words that describe one thing are one reason.
    ("Soldiers suffered from trench foot due to cold and waterlogged trenches.",
     "cold and waterlogged trenches"),
])
def test_the_reason_is_asked(text, answer):
    assert asked(text) == answer


@pytest.mark.parametrize("text", [
    "The Weimar Republic fell because of this.",  # points back at what the card cannot show
    "It failed because Belgium resisted.",  # a pronoun subject
    "People left because they were bored.",  # no named thing
    "This is because the blockade had cut off food imports.",
    # a reason denied, or two: which one is the gap?
    "The German people accepted the armistice not because they had been defeated in the "
    "field but because they were starving.",
    "The reason we think he doesn't know the time is because he has a false belief.",
    "Inflation rose sharply due to the oil shock and the war.",
    "The price is below equilibrium due to import barriers, export subsidies, or state "
    "trading.",
    "Whether this threat is improper depends on whether Jack has an alternative.",
    "It depends on whether the new contract is fair.",
    # too long a reason to recall as one gap
    "The armies dug in because machine guns made attacks in the open suicidal.",
    # a comma before the reason: what it explains is not one clause
    "Prices rose, because demand rose.",
])
def test_no_reason_is_asked(text):
    assert asked(text) is None


@pytest.mark.parametrize("text, answer", [
    ("However, the cerebellum is responsible for balance and coordination.",
     "balance and coordination"),
    ("Practically, propofol is used for induction and maintenance.",
     "induction and maintenance"),
    ("Over time, boiling point increases as the chain gets longer.", "increases"),
])
def test_a_linking_word_leaves_the_shape_of_its_sentence(text, answer):
    """"However, …", "Practically, …" open a sentence without being its subject: the shapes
    of a named subject (statements._TREND_SUBJECT) read past them."""
    assert text[slice(*last_shape_span(text))] == answer


def test_a_linking_word_is_no_subject_for_a_pronoun():
    assert last_shape_span("However, it is responsible for balance.") is None


def test_one_of_several_things_depended_on_is_not_asked():
    # (its subject may still be asked, as any doer's is)
    text = "Systemic toxicity depends on the drug, site of injection and use of vasoconstrictors."
    # Not one of the things it depends on: its subject, as a doer's (None would pass too
    # easily for an "is not asked" test).
    assert asked(text) == "Systemic toxicity"


@pytest.mark.parametrize("text, answer", [
    ("The main risk factor for stroke is hypertension.", "hypertension"),
    ("Risk factors for asthma are smoking and obesity.", "smoking and obesity"),
    ("The first-line treatment for asthma is an inhaled corticosteroid.",
     "inhaled corticosteroid"),
    ("The reason for the war was German expansionism.", "German expansionism"),
])
def test_a_role_said_with_for_is_filled(text, answer):
    """"The main risk factor for stroke is …": a role of a named thing said with "for", as
    with "of", and qualified "first-line" as "main" qualifies it."""
    assert asked(text) == answer


def test_a_reason_that_only_points_back_shows_nothing():
    from deck_builder.quality import points_at_nothing_shown
    assert points_at_nothing_shown("Recovery is slow because of this.") == "this"
    assert points_at_nothing_shown("The war ended due to that treaty.") is None


@pytest.mark.parametrize("text", ["Early GDMT initiation is crucial!", "Water is essential.",
                                  "Revision is very important."])
def test_a_filler_predicate_is_not_asked(text):
    """Any sentence of notes could end on "[crucial]": guessed without its subject."""
    assert asked(text) is None


def test_a_predicate_that_says_something_is_still_asked():
    assert asked("Demand is price inelastic.") == "price inelastic"
