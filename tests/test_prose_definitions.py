"""Lecture notes in mathematics, physics and engineering define in shapes "X is …" does not
read (issue 14 §4, prose18): by a condition ("A set $A$ is a subset of $B$ if …", "We say
that a system is time-invariant if …"), by the name a sentence gives ("… is called the empty
set"), by the law that states a fact ("Newton's third law states that …"), by the symbols a
term is of ("The union of $A$ and $B$, written $A \\cup B$, is …"). Their paragraphs made no
card, or hid a word the sentence only mentions ("A [set] $A$ is a subset of …"). Worked
examples, exercises and a course's plan make none.

Each test builds a small note through the CLI, imports the deck into Anki and reads the
cards as the learner sees them."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import cloze_answers, imported, notes, run, visible


def _cards(tmp_path: Path, body: str, title: str = "Notes") -> dict[str, list[str]]:
    """Each answer asked, with the fronts of the cards that ask it."""
    folder = tmp_path / "in"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "notes.md"
    path.write_text(f"# {title}\n\n{body}", encoding="utf-8")
    apkg = tmp_path / "deck.apkg"
    run("build", path, "-o", apkg)
    asked: dict[str, list[str]] = {}
    with imported(tmp_path / "anki", apkg) as col:
        for note in notes(col):
            if note.note_type()["name"] != "deck-builder Cloze":
                continue
            for card in note.cards():
                for answer in cloze_answers(note, card.ord):
                    asked.setdefault(answer, []).append(visible(card.question()))
    return asked


def _check(tmp_path: Path, body: str) -> str:
    path = tmp_path / "check" / "notes.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"# Notes\n\n{body}", encoding="utf-8")
    return run("check", "--no-cache", path).output


@pytest.mark.parametrize(("sentence", "answer", "front"), [
    ("A set $A$ is a subset of $B$ if every element of $A$ is also an element of $B$.",
     "subset", r"A set \(A\) is a [...] of \(B\) if every element"),
    ("Two sets are equal when they have exactly the same elements.",
     "equal", "Two sets are [...] when they have exactly the same elements."),
    ("A frame of reference is said to be inertial if Newton's first law holds in it.",
     "inertial", "A frame of reference is said to be [...] if Newton's first law holds in it."),
    ("We say that a system is time-invariant if a delay of its input delays its output by "
     "the same amount.", "time-invariant", "We say that a system is [...] if a delay of"),
    ("A signal is called continuous-time if it is defined for every instant of time.",
     "continuous-time", "A signal is called [...] if it is defined for every instant"),
])
def test_a_term_defined_by_a_condition_is_asked(tmp_path, sentence, answer, front):
    # Before: "Two sets" or "A set", the subject, was the gap, or the text made no card.
    asked = _cards(tmp_path, f"## Definitions\n\n{sentence}\n")
    assert list(asked) == [answer], asked
    assert front in asked[answer][0], asked


def test_a_term_said_again_after_its_condition_is_asked_from_that_sentence_alone(tmp_path):
    # The whole paragraph on the card showed "… must be causal" beside the gap for "causal".
    asked = _cards(tmp_path, "## Systems\n\nA system is causal when its output at any time "
                             "depends only on present and past inputs. Every system that "
                             "works in real time must be causal.\n")
    fronts = asked["causal"]
    assert fronts[0].endswith("A system is [...] when its output at any time depends only on "
                              "present and past inputs."), fronts


def test_a_quality_a_condition_defines_is_not_hidden_in_other_sentences(tmp_path):
    # "A system that is both [linear] and time-invariant …": the defined quality, used in
    # passing; the sentence's own fact is the name it gives.
    asked = _cards(tmp_path, (
        "## Systems\n\nA system is linear if its response to a sum of inputs is the sum of "
        "its responses.\n\n## Combined\n\nA system that is both linear and time-invariant is "
        "called a convolution system.\n"))
    # (Named "an LTI system", the sentence spells the letters past its "and": no card,
    # test_card_quality.)
    assert set(asked) == {"linear", "a convolution system"}, asked


def test_the_name_a_sentence_gives_is_asked_before_a_term_it_mentions(tmp_path):
    # Before: "A [set] can be given by listing its elements …" (the article's term hidden
    # where the paragraph says something else).
    asked = _cards(tmp_path, (
        "## Sets\n\nA set is a collection of distinct objects, called its elements.\n\n"
        "## Writing sets\n\nA set can be given by listing its elements, or by a property "
        "its elements share. The second way is called set-builder notation.\n"))
    assert asked["set-builder notation"][0].endswith(
        "The second way is called [...] ."), asked
    assert not any("can be given" in front for front in asked.get("set", [])), asked


def test_a_name_given_and_said_again_is_asked_from_its_own_sentence(tmp_path):
    # "… called the empty set …. The empty set is a subset of every set.": asked whole, the
    # second sentence gave it away; before, "The [set] with no elements is called the
    # empty [set]".
    asked = _cards(tmp_path, (
        "## Sets\n\nA set is a collection of distinct objects.\n\n## Special sets\n\n"
        "The set with no elements is called the empty set and is written $\\emptyset$. "
        "The empty set is a subset of every set.\n"))
    assert asked["the empty set"][0].endswith(
        "The set with no elements is called [...] and is written \\(\\emptyset\\)."), asked


def test_a_law_is_asked_by_its_name_never_a_clause(tmp_path):
    # Before: "Newton's first law states [that a body stays] at rest …", a clause; the third
    # law's "second body … on the first" was counted as the sequence its name is the next of
    # (the title says "Newton's laws").
    asked = _cards(tmp_path, title="Chapter 2: Newton's laws", body=(
        "## Action and reaction\n\nNewton's third law states that when one body exerts a "
        "force on a second body, the second body exerts an equal and opposite force on the "
        "first.\n\n## The first law\n\nNewton's first law states that a body stays at rest "
        "unless a net force acts on it. The first law is also known as the law of inertia.\n"))
    assert asked["Newton's third law"][0].endswith(
        "[...] states that when one body exerts a force on a second body, the second body "
        "exerts an equal and opposite force on the first."), asked
    # Never a clause: the first law is asked by its name from its own sentence, and the
    # name the next sentence gives, from that sentence (defs18: "law" of "The first law"
    # shows only what kind of name "the law of inertia" is).
    assert asked["Newton's first law"][0].endswith(
        "[...] states that a body stays at rest unless a net force acts on it."), asked
    assert set(asked) == {"Newton's third law", "Newton's first law", "the law of inertia"}, \
        asked


@pytest.mark.parametrize(("sentence", "answer", "front"), [
    ("The union of $A$ and $B$, written $A \\cup B$, is the set of elements in $A$ or in $B$.",
     "union", "The [...] of \\(A\\) and \\(B\\), written \\(A \\cup B\\), is the set"),
    ("The difference $A \\setminus B$ is the set of elements of $A$ that are not in $B$.",
     "difference", "The [...] \\(A \\setminus B\\) is the set of elements"),
])
def test_a_term_named_with_its_symbols_is_defined(tmp_path, sentence, answer, front):
    asked = _cards(tmp_path, f"## Operations\n\n{sentence}\n")
    assert list(asked) == [answer], asked
    assert front in asked[answer][0], asked


def test_a_description_given_its_name_by_its_is_asked(tmp_path):
    asked = _cards(tmp_path, "## Finite sets\n\nThe number of elements of a finite set is its "
                             "cardinality.\n")
    assert list(asked) == ["cardinality"], asked


def test_a_symbol_command_in_tex_gives_no_word_away(tmp_path):
    # "\\subseteq" typesets "⊆": before, "proper subset" was refused as "written in the
    # formula \\(A \\subseteq B\\)".
    asked = _cards(tmp_path, "## Subsets\n\nWe say that $A$ is a proper subset of $B$ if "
                             "$A \\subseteq B$ and $A \\neq B$.\n")
    assert list(asked) == ["proper subset"], asked


def test_a_term_is_not_hidden_where_a_sentence_only_passes_through_it(tmp_path):
    # "Every [system] that works in real time …" (any system: the sentence's range) and
    # "an LTI [system]" (the end of a longer name) were gaps once "system" was defined.
    asked = _cards(tmp_path, (
        "## Systems\n\nA system is anything that takes an input signal and produces an "
        "output signal.\n\n## Real time\n\nEvery system that works in real time must "
        "respond within a fixed delay.\n\n## Impulses\n\nThe output of an LTI system to a "
        "unit impulse describes it completely.\n"), title="Signals")
    assert asked["system"] == [
        "Signals A [...] is anything that takes an input signal and produces an output "
        "signal."], asked


def test_anything_that_opens_a_definition(tmp_path):
    # "anything" ends in "ing" but is no verb: before, the input [signal] was hidden.
    asked = _cards(tmp_path, "## Systems\n\nA system is anything that takes an input signal "
                             "and produces an output signal.\n", title="Signals")
    assert list(asked) == ["system"], asked


def test_worked_examples_exercises_and_a_course_plan_make_no_card(tmp_path):
    body = (
        "## About this course\n\nThis course introduces the signals that bioengineers "
        "record. Lectures are on Tuesdays; problem sets are due on Fridays.\n\n"
        "## Worked example\n\nA box of mass 5 kg is pulled by a force of 20 N. Using "
        "$F = ma$, the acceleration is $a = 4\\ \\mathrm{m/s^2}$. So after 3 s the box "
        "moves at $12\\ \\mathrm{m/s}$.\n\n"
        "## Exercises\n\n1. Show that $A \\cap B \\subseteq A$.\n2. List the subsets of "
        "$\\{a, b\\}$.\n\n"
        "## Assessment\n\nProblem sets count for 30% of the grade and the final exam for "
        "50%.\n\n"
        "## Forces\n\nThe force that opposes sliding between two surfaces is called "
        "friction.\n")
    assert list(_cards(tmp_path, body)) == ["friction"]
    output = _check(tmp_path, body)
    assert output.count("skipped: exercises or a worked example") == 2, output
