"""Definitions that say what kind of thing the term is of before its symbol (ofsym24).

"The derivative of $f$ at $a$ is …" was read; "An eigenvector of a matrix $A$ is …", the way
math notes define most terms, made no card ("the fact names no concept …").
"""

from support import cards_shown

_NOTES = "\n\n".join([
    "# Linear algebra",
    "## Eigenvalues",
    "An eigenvector of a matrix $A$ is a nonzero vector $v$ such that $Av = \\lambda v$ for "
    "some scalar $\\lambda$.",
    "## Maps",
    "The kernel of a linear map $T$ is the set of vectors $v$ with $T(v) = 0$.",
    "## Critical numbers",
    "**Definition** A critical number of a function $f$ is a number $c$ in the domain of $f$ "
    "such that $f'(c) = 0$ or $f'(c)$ does not exist.",
]) + "\n"


def test_a_term_of_a_kind_of_thing_with_its_symbol_is_defined(tmp_path):
    cards = dict(cards_shown(tmp_path, _NOTES, text=True))
    asked = {f: b for f, b in cards.items() if "[...]" in f}
    backs = " ".join(asked.values())
    for term in ("eigenvector", "kernel", "critical number"):
        assert term in backs, (term, asked)
    # The term is hidden; the thing it is of and its symbol stay on the front.
    assert any(f.startswith("An [...] of a matrix") for f in asked), list(asked)
    assert any(f.startswith("The [...] of a linear map") for f in asked), list(asked)
    assert any(f.startswith("A [...] of a function") for f in asked), list(asked)
    assert not any("eigenvector" in f or "kernel" in f or "critical number" in f
                   for f in asked), list(asked)


def test_a_kind_that_names_no_term_is_still_no_definition(tmp_path):
    # "The answer of the equation $x$ is …": a word saying no quantity is no term, with or
    # without the kind before the symbol (_NO_QUANTITY).
    cards = cards_shown(tmp_path, """# Algebra

## Roots

The answer of the equation $x^2 = 4$ is the pair of roots $x = \\pm 2$.
""", text=True)
    assert not any(front.startswith("The [...] of") for front, _ in cards), cards


def test_a_term_whose_head_noun_is_its_genus_is_defined(tmp_path):
    # "Real GDP is GDP adjusted for inflation" under "## GDP": the acronym after "is" read
    # as no genus, so the item hid "GDP" twice and made no card (headgenus24).
    cards = dict(cards_shown(tmp_path, "\n\n".join([
        "# Macroeconomics",
        "## GDP",
        "GDP is the value of all final goods and services produced in a country in a year.",
        "- Real GDP is GDP adjusted for inflation\n- Nominal GDP is GDP measured at current "
        "prices",
    ]) + "\n", text=True))
    assert cards.get("[...] is GDP adjusted for inflation") == \
        "Real GDP is GDP adjusted for inflation", cards
    assert cards.get("[...] is GDP measured at current prices") == \
        "Nominal GDP is GDP measured at current prices", cards
