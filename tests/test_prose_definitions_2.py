"""Lecture notes state a fact in sentences a reader did not ask yet (defs18, after
prose18): "The output for any input is the convolution of that input with …" (the operation
its subject is), "The first law is also known as the law of inertia." ("law" on the front
says only what kind of name it is), two names given in one paragraph ("… is its
cardinality. The set of all subsets of $A$ is called the power set of $A$."), and "The SI
unit of force is the newton." (the name, not the description, is the fact). Each made no
card, asked one name of two, or asked the description.

Each test builds a small note through the CLI, imports the deck into Anki and reads the
cards as the learner sees them."""

from __future__ import annotations

import pytest
from support import imported, notes, run
from test_prose_definitions import _cards


@pytest.mark.parametrize(("sentence", "answer", "front"), [
    ("The output for any input is the convolution of that input with the impulse response.",
     "convolution", "The output for any input is the [...] of that input with the impulse "
                    "response."),
    ("The work done by a constant force is the dot product of the force and the "
     "displacement.", "dot product", "The work done by a constant force is the [...] of the "
                                    "force and the displacement."),
])
def test_the_operation_a_subject_is_of_something_is_asked(tmp_path, sentence, answer, front):
    # Before: no card ("states no name, proportion, consequence or outcome to ask").
    # "This is the [sum] of …" would show nothing "this" is: never asked.
    asked = _cards(tmp_path, f"## Week 3\n\nAn impulse is a very short signal.\n\n{sentence}"
                             "\n\n## Adders\n\nThis is the sum of the two inputs of the "
                             "adder.\n", title="Signals")
    assert asked[answer] and asked[answer][0].endswith(front), asked
    assert "sum" not in asked, asked


def test_a_generic_head_shared_with_the_front_gives_no_name_away(tmp_path):
    # Before: no card, "law" of "The first law" read as giving "the law of inertia" away.
    asked = _cards(tmp_path, "## Motion\n\nA body keeps its velocity unless a force acts on "
                             "it. The first law is also known as the law of inertia.\n",
                   title="Mechanics")
    assert asked["the law of inertia"][0].endswith(
        "The first law is also known as [...] ."), asked


def test_a_generic_head_with_its_own_word_shown_still_gives_it_away(tmp_path):
    # "inertia" on the front tells "the law of inertia": no card rather than a weak one.
    asked = _cards(tmp_path, "## Motion\n\nA body keeps its velocity by inertia. This "
                             "tendency is also known as the law of inertia.\n",
                   title="Mechanics")
    # Before: asked, its last word alone read as no give-away.
    assert "the law of inertia" not in asked, asked


def test_each_name_a_paragraph_gives_is_asked_from_its_own_sentence(tmp_path):
    # Before: one card a paragraph, "… is its [cardinality]. The set of all subsets …" (the
    # power set never asked). "This property is also known as …" names what the sentence
    # before says: it stays with it, never a card of its own.
    asked = _cards(tmp_path, "## Operations on sets\n\nThe number of elements of a finite set "
                             "is its cardinality. The set of all subsets of $A$ is called the "
                             "power set of $A$. A set with one element is called a "
                             "singleton.\n\n## Unions\n\nThe union of two sets holds "
                             "every element of either. This property is also known as the "
                             "covering principle.\n", title="Sets")
    assert asked["cardinality"][0].endswith(
        "The number of elements of a finite set is its [...] ."), asked
    assert asked["the power set"][0].endswith(
        "The set of all subsets of \\(A\\) is called [...] of \\(A\\)."), asked
    assert asked["a singleton"][0].endswith("A set with one element is called [...] ."), asked
    assert not any(front.startswith(("Sets This property", "Sets › Unions This property"))
                   for fronts in asked.values() for front in fronts), asked


def test_a_paragraph_of_two_names_keeps_its_first_notes_identity(tmp_path):
    # The first sentence's note is the paragraph's note of before (its key is its opening
    # words): rebuilt, its card keeps its review history.
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / "notes.md"
    path.write_text("# Sets\n\n## Finite sets\n\nThe number of elements of a finite set is "
                    "its cardinality.\n", encoding="utf-8")
    run("build", path, "-o", tmp_path / "one.apkg")
    with imported(tmp_path / "a1", tmp_path / "one.apkg") as col:
        before = {n.guid for n in notes(col)}
    path.write_text("# Sets\n\n## Finite sets\n\nThe number of elements of a finite set is "
                    "its cardinality. The set of all subsets of $A$ is called the power set "
                    "of $A$.\n", encoding="utf-8")
    run("build", path, "-o", tmp_path / "two.apkg")
    with imported(tmp_path / "a2", tmp_path / "two.apkg") as col:
        after = {n.guid for n in notes(col)}
    assert len(before) == 1 and before < after and len(after) == 2


def test_a_description_given_its_name_by_the_asks_the_name(tmp_path):
    # Before: "The [...] is the newton." (any description of the newton fits the gap).
    # A quality ("… is the same for every observer") is no name.
    asked = _cards(tmp_path, "## Force\n\nThe SI unit of force is the newton.\n\n## Light\n\n"
                             "The speed of light in a vacuum is the same.\n",
                   title="Mechanics")
    assert "SI unit of force" not in asked and "same" not in asked, asked
    assert asked["newton"][0].endswith("The SI unit of force is the [...] ."), asked
