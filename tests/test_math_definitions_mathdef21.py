"""Math and physics course notes state definitions and theorems in words around symbols
(mathdef21): a paragraph opened by its label ("**Definition 3.2.**", "*Theorem 3.5
(Cantor).*", "*Proof.*"), a definition after a sentence that sets up its symbols ("Let
$(X, d)$ be a metric space. A subset … is open if …"), a subject qualified by what it is
between, a result that every thing of a kind is something, said again after it. Before, the
label was the answer ("[Definition 3.2.] Let $A$ and $B$ be sets. …"), a proof was a card,
and the others made none.

Each test builds a small note through the CLI, imports the deck into Anki and reads the
cards as the learner sees them."""

from __future__ import annotations

from support import imported, notes, run, visible
from test_prose_definitions import _cards, _check


def test_a_definitions_label_is_never_the_answer_nor_on_its_front(tmp_path):
    # Before: "[Definition 3.2.] Let \\(A\\) and \\(B\\) be sets. …" beside the subset card.
    asked = _cards(tmp_path, (
        "## Sets\n\n**Definition 3.2.** Let $A$ and $B$ be sets. We say that $A$ is a "
        "*subset* of $B$, written $A \\subseteq B$, if every element of $A$ is also an "
        "element of $B$.\n"))
    assert list(asked) == ["subset"], asked
    assert asked["subset"][0].endswith(
        "Let \\(A\\) and \\(B\\) be sets. We say that \\(A\\) is a [...] of \\(B\\), written "
        "\\(A \\subseteq B\\), if every element of \\(A\\) is also an element of \\(B\\)."), asked


def test_a_theorem_named_in_brackets_is_asked_by_whose_it_is(tmp_path):
    # Before: "[Theorem 3.5 (Cantor).] For every set …" and "[Teorema (di Weierstrass).]".
    asked = _cards(tmp_path, (
        "## Cardinality\n\n**Theorem 3.5 (Cantor).** For every set $A$, there is no "
        "surjection from $A$ onto $\\mathcal{P}(A)$.\n\n## Continuità\n\n*Teorema (di "
        "Weierstrass).* Ogni funzione continua su un intervallo chiuso e limitato $[a,b]$ "
        "ammette massimo e minimo.\n"))
    assert set(asked) == {"Cantor", "Weierstrass"}, asked
    assert asked["Cantor"][0].endswith(
        "Theorem ( [...] ). For every set \\(A\\), there is no surjection from \\(A\\) onto "
        "\\(\\mathcal{P}(A)\\)."), asked
    assert "Teorema (di [...] ). Ogni funzione continua" in asked["Weierstrass"][0], asked


def test_a_theorem_with_no_name_is_asked_as_its_statement_says(tmp_path):
    # Before: "[Theorem 3.3.] The empty set is a subset of every set."
    asked = _cards(tmp_path, (
        "## Sets\n\nThe set with no elements is called the empty set.\n\n## Results\n\n"
        "**Theorem 3.3.** The empty set is a subset of every set.\n"))
    assert "Theorem 3.3." not in asked, asked
    assert any(front.endswith("The [...] is a subset of every set.")
               for front in asked.get("empty set", [])), asked


def test_a_proof_and_a_reading_line_make_no_card(tmp_path):
    # Before: "[Proof.] Let \\(A\\) be any set. …", "[Dimostrazione.] Si usa …" and
    # "Reading: Velleman, [How to Prove It], …".
    body = (
        "## Sets\n\nReading: Velleman, *How to Prove It*, sections 1.3–1.5.\n\n"
        "*Proof.* Let $A$ be any set. Since $\\emptyset$ has no elements, every element of "
        "$\\emptyset$ is in $A$. $\\square$\n\n"
        "*Dimostrazione.* Si usa il metodo di *bisezione*: si divide l'intervallo a metà.\n\n"
        "## Forces\n\nThe force that opposes sliding between two surfaces is called "
        "friction.\n")
    assert list(_cards(tmp_path, body)) == ["friction"]
    output = _check(tmp_path, body)
    assert output.count("skipped: a proof") == 2, output
    assert "skipped: a reading assignment" in output, output


def test_a_result_about_every_thing_said_again_is_asked_from_its_sentence(tmp_path):
    # Before: "continua" showed twice on the paragraph's one card, which was refused.
    asked = _cards(tmp_path, (
        "## Continuità\n\nOgni funzione derivabile è continua. Il viceversa è falso: la "
        "funzione $|x|$ è continua in $0$ ma non è derivabile.\n"))
    assert list(asked) == ["continua"], asked
    assert asked["continua"] == ["Notes › Continuità Ogni funzione derivabile è [...] ."], asked


def test_a_marked_term_a_later_mark_holds_is_asked_from_its_own_sentence(tmp_path):
    # Before: "net force" (refused: the formula says "net") took "force" with it.
    asked = _cards(tmp_path, (
        "## Forces\n\nA *force* is a push or pull acting on an object, measured in newtons. "
        "The vector sum of all forces on an object is called the *net force*, written "
        "$\\vec F_{\\text{net}} = \\sum \\vec F_i$.\n"), title="Mechanics")
    assert list(asked) == ["force"], asked
    assert asked["force"][0].endswith(
        "A [...] is a push or pull acting on an object, measured in newtons."), asked


def test_a_definition_after_its_set_up_or_of_a_qualified_subject_is_asked(tmp_path):
    asked = _cards(tmp_path, (
        "## Open sets\n\nLet $(X, d)$ be a metric space. A subset $U \\subseteq X$ is open if "
        "for every $x \\in U$ there is $r > 0$ with $B(x, r) \\subseteq U$. A set is closed "
        "if its complement is open.\n\n## Continuity\n\nA map $f : X \\to Y$ between "
        "topological spaces is continuous when the preimage of every open set is open.\n\n"
        "## Meager sets\n\nA set $A \\subseteq X$ has the Baire property if there is an "
        "open set $U$ such that $A \\triangle U$ is meager.\n"),
        title="Topology")
    assert asked["open"] == [
        "Topology Let \\((X, d)\\) be a metric space. A subset \\(U \\subseteq X\\) is [...] "
        "if for every \\(x \\in U\\) there is \\(r > 0\\) with \\(B(x, r) \\subseteq U\\)."], \
        asked
    assert asked["continuous"][0].endswith(
        "A map \\(f : X \\to Y\\) between topological spaces is [...] when the preimage of "
        "every open set is open."), asked
    assert asked["Baire property"][0].endswith(
        "A set \\(A \\subseteq X\\) has the [...] if there is an open set \\(U\\) such "
        "that \\(A \\triangle U\\) is meager."), asked


def test_a_step_working_out_one_problem_is_no_fact(tmp_path):
    # Before: "Suppose a 2 kg book rests on a table. Then the [normal force] balances the
    # weight, so …" and "… balances the [weight] …".
    asked = _cards(tmp_path, title="Newton's Laws of Motion", body=(
        "## Gravity\n\nThe *weight* of an object is the gravitational force the Earth "
        "exerts on it.\n\n## Normal force\n\nAn object is in *equilibrium* when the net "
        "force on it is zero.\n\nSuppose a 2 kg book rests on a table. Then the normal force "
        "balances the weight, so $N = mg = 19.6\\ \\mathrm{N}$.\n"))
    assert set(asked) == {"weight", "equilibrium"}, asked
    assert not any("Suppose" in front for fronts in asked.values() for front in fronts), asked


def test_a_quarto_theorem_div_is_a_box_and_its_proof_no_card(tmp_path):
    # Before: "## Baire category theorem" inside `::: {#thm-baire}` headed every card after
    # the div ("Polish spaces › Baire category theorem A subset of …"), and the proof div's
    # "Let $U_n$ be dense open sets. …" was read as a fact.
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / "polish.qmd"
    path.write_text(
        "---\ntitle: Polish spaces\n---\n\n## Polish spaces\n\n::: {#thm-baire}\n"
        "## Baire category theorem\nEvery completely metrizable space is a Baire space.\n"
        ":::\n\n::: {.proof}\nLet $U_n$ be dense open sets. We build a Cauchy sequence of "
        "points in their intersection.\n:::\n\nA subset of a Polish space is called analytic "
        "if it is the continuous image of a Borel set.\n", encoding="utf-8")
    apkg = tmp_path / "deck.apkg"
    run("build", path, "-o", apkg)
    with imported(tmp_path / "anki", apkg) as col:
        fronts = [visible(card.question()) for note in notes(col) for card in note.cards()]
    assert "Polish spaces A subset of a Polish space is called [...] if it is the continuous " \
           "image of a Borel set." in fronts, fronts
    assert not any("Baire category theorem A subset" in front for front in fronts), fronts
    assert not any("dense open sets" in front for front in fronts), fronts
    assert "skipped: a proof" in run("check", "--no-cache", path).output


def test_a_label_in_a_list_item_or_a_name_after_it_is_no_answer(tmp_path):
    # Before: "[Definition 2.1] — A subgroup …", "[Theorem (Sylow)] — A finite group …", and
    # "**Theorem.** (Cauchy) If …" made no card.
    asked = _cards(tmp_path, (
        "## Subgroups\n\n**Theorem.** (Cauchy) If a prime $p$ divides $|G|$, then $G$ has an "
        "element of order $p$.\n\n"
        "- **Theorem (Sylow).** A finite group has a subgroup of order $p^k$ for each prime "
        "power $p^k$ dividing its order.\n"
        "- **Definition 2.1.** A subgroup $N$ is normal if $gNg^{-1} = N$ for all "
        "$g \\in G$.\n"), title="Group theory")
    assert set(asked) == {"Cauchy", "Sylow", "normal"}, asked
    assert asked["Cauchy"][0].endswith(
        "Theorem ( [...] ). If a prime \\(p\\) divides \\(|G|\\), then \\(G\\) has an "
        "element of order \\(p\\)."), asked
    assert "[...] : A finite group has a subgroup" in asked["Sylow"][0], asked
    assert asked["normal"][0].endswith(
        "A subgroup \\(N\\) is [...] if \\(gNg^{-1} = N\\) for all \\(g \\in G\\)."), asked


def test_a_bare_label_before_a_colon_is_dropped_only_where_only_maths_says_it(tmp_path):
    # "**Theorem:** …" asked "[Theorem]"; "**Lemma**: the base form of a word" is a
    # linguist's term, and "**Claim:**" a lawyer's head: both still asked.
    asked = _cards(tmp_path, (
        "## Words\n\n**Lemma**: the base form of a word, as listed in a dictionary.\n\n"
        "## Spaces\n\n**Theorem:** Every metric space is Hausdorff.\n\n"
        "## Negligence\n\n**Claim:** the plaintiff must show that the defendant owed a duty "
        "of care.\n"), title="Notes")
    assert set(asked) == {"Lemma", "Claim", "Hausdorff"}, asked
    assert asked["Hausdorff"] == ["Notes › Spaces Every metric space is [...] ."], asked


def test_a_proof_typed_with_a_colon_is_a_proof_only_where_it_argues_in_maths(tmp_path):
    # "Proof: Let $A$ be any set. …" asked "[Proof] — Let …"; a law note's "**Proof:** the
    # standard …" is the law's word, still asked.
    body = ("## Civil cases\n\n**Proof:** the standard in civil cases is the balance of "
            "probabilities.\n\n## Sets\n\nProof: Let $A$ be any set. Then $\\emptyset "
            "\\subseteq A$ vacuously.\n")
    assert list(_cards(tmp_path, body)) == ["Proof"]
    assert _check(tmp_path, body).count("skipped: a proof") == 1
