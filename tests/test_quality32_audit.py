"""What the thirty-second session's change (451717c) does that tests/test_quality32.py left
unsaid: each test here fails under a careless edit of that change which the file's tests let
through, and asserts what a user sees (a card, its math, `check`'s report)."""

from support import cards_shown, checked

# -- formulas typed as images of a formula service -----------------------------------------


def test_an_old_codecogs_gif_address_with_drawing_commands_is_its_formula(tmp_path):
    # Study guides written before 2015 linked codecogs over http and as GIF, and set the
    # picture's resolution, background and size in the TeX: none of that is the formula,
    # and MathJax shows "\bg_white" as an error.
    source = ("# Mechanics\n\n## Newton's second law\n\n"
              "![](http://latex.codecogs.com/gif.latex?%5Cdpi%7B120%7D%20%5Cbg_white%20"
              "%5CHuge%20F%3Dma)\n\n"
              "The **net force** on a body equals its mass times its acceleration.\n")
    cards = cards_shown(tmp_path, source, text=True)
    assert ("Newton's second law: [...]", "Newton's second law: \\[F=ma\\]") in cards, cards


def test_the_codecogs_editor_s_less_than_sign_is_a_less_than_sign(tmp_path):
    # The codecogs editor writes "<" in its addresses as "&lt;", as it writes " " as
    # "&space;": left as typed, the card's inequality read "&lt;=".
    source = ("# Inequalities\n\n## Triangle inequality\n\n"
              "![](https://latex.codecogs.com/png.latex?|x+y|&space;&lt;=&space;|x|+|y|)\n")
    cards = cards_shown(tmp_path, source, text=True)
    assert ("Triangle inequality: [...]", "Triangle inequality: \\[|x+y| <= |x|+|y|\\]") in \
        cards, cards


def test_each_service_s_other_spellings_are_read_as_their_formula(tmp_path):
    # Google's older host, upmath's PNG, an image with a title, an address in angle
    # brackets, an <img> quoting its source in single quotes: each is a formula's picture.
    source = ("# Formulas\n\n"
              "## Pythagorean theorem\n\n"
              "![](https://chart.apis.google.com/chart?cht=tx&chl=a%5E2%2Bb%5E2%3Dc%5E2)\n\n"
              "## Mass-energy equivalence\n\n![](https://i.upmath.me/png/E%3Dmc%5E2)\n\n"
              "## Euler's identity\n\n![Euler](https://latex.codecogs.com/svg.latex?"
              "e%5E%7Bi%5Cpi%7D%2B1%3D0 \"Euler's identity\")\n\n"
              "## Ohm's law\n\n![V=IR](<https://latex.codecogs.com/svg.latex?V = IR>)\n\n"
              "## Ideal gas law\n\n"
              "<img src='https://latex.codecogs.com/svg.latex?pV%3DnRT' alt='pV=nRT'>\n")
    cards = cards_shown(tmp_path, source, text=True)
    for name, tex in (("Pythagorean theorem", "a^2+b^2=c^2"),
                      ("Mass-energy equivalence", "E=mc^2"),
                      ("Euler's identity", "e^{i\\pi}+1=0"), ("Ohm's law", "V = IR"),
                      ("Ideal gas law", "pV=nRT")):
        assert (f"{name}: [...]", f"{name}: \\[{tex}\\]") in cards, (name, cards)


def test_an_html_formula_image_in_a_markdown_note_is_read_as_its_tex(tmp_path):
    # A note with no Markdown image at all, its formulas typed as <img> tags: the
    # sentence lost its formula ("is in watts"), the law its card.
    source = ("# Circuits\n\n## Ohm's law\n\n"
              "<img src=\"https://latex.codecogs.com/svg.latex?V%3DIR\" alt=\"V=IR\">\n\n"
              "## Power\n\nThe **power** dissipated in a resistor is "
              "<img src=\"https://latex.codecogs.com/svg.latex?P%3DI%5E2R\"> in watts.\n")
    cards = cards_shown(tmp_path, source, text=True)
    assert ("Ohm's law: [...]", "Ohm's law: \\[V=IR\\]") in cards, cards
    assert "The [...] dissipated in a resistor is \\(P=I^2R\\) in watts." in [
        front for front, _ in cards], cards


def test_a_web_page_s_formula_image_opening_a_sentence_stays_in_it(tmp_path):
    # An <img> of a formula with words after it in its paragraph or list item is part of
    # the sentence: set apart as a display formula, the legend's items made no card and
    # the sentence was cut around its formula.
    page = ("<!DOCTYPE html><html><head><title>Energy notes</title></head><body>"
            "<h1>Energy notes</h1><h2>Potential energy</h2>"
            '<p><img src="https://latex.codecogs.com/svg.latex?U=mgh"> is called the '
            "gravitational potential energy.</p>"
            '<ul><li><img src="https://latex.codecogs.com/svg.latex?g"> is the acceleration '
            'due to gravity</li><li><img src="https://latex.codecogs.com/svg.latex?h"> is the '
            "height above the ground</li></ul></body></html>")
    fronts = [front for front, _ in cards_shown(tmp_path, page, "energy.html", text=True)]
    assert "\\(U=mgh\\) is called the [...] ." in fronts, fronts
    assert "[...] is the acceleration due to gravity" in fronts, fronts
    assert "[...] is the height above the ground" in fronts, fronts


# -- a legend under a display formula ------------------------------------------------------

def test_a_legend_typed_with_a_dash_or_is_asks_each_letter_with_the_formula(tmp_path):
    # "$G$ — the …", "$G$ is the …", "$m_1, m_2$ are the …": legends as people type them.
    # Read as labelled items, each card hid the bare letter (notation trivia, gate32).
    source = ("# Physics\n\n## Gravitation\n\n$$F = G\\frac{m_1 m_2}{r^2}$$\n\n"
              "- $G$ — the gravitational constant\n"
              "- $r$ — the distance between the two bodies\n\n"
              "## Kinetic energy\n\n$$E_k = \\frac{1}{2} m v^2$$\n\n"
              "- $m$ is the mass of the body\n- $v$ is the speed of the body\n\n"
              "## Momentum\n\n$$p = m_1 v_1 + m_2 v_2$$\n\n"
              "- $m_1, m_2$ are the masses of the two bodies\n"
              "- $v_1, v_2$ are the velocities of the two bodies\n")
    fronts = [front.replace(" ;", ";") for front, _ in cards_shown(tmp_path, source, text=True)]
    assert "\\[F = G\\frac{m_1 m_2}{r^2}\\] \\(G\\): [...]; \\(r\\): the distance between " \
        "the two bodies" in fronts, fronts
    assert "\\[E_k = \\frac{1}{2} m v^2\\] \\(m\\): the mass of the body; \\(v\\): [...]" in \
        fronts, fronts
    assert "\\[p = m_1 v_1 + m_2 v_2\\] \\(m_1, m_2\\): [...]; \\(v_1, v_2\\): the velocities " \
        "of the two bodies" in fronts, fronts
    assert not any(front.startswith("[...]") for front in fronts), fronts


def test_a_legend_item_s_closing_punctuation_is_no_part_of_its_meaning(tmp_path):
    # Items ended with ";" and ".", as in a sentence: the answer is the meaning, and the
    # card shows no "; ;".
    source = ("# Physics\n\n## Gravitation\n\n$$F = G\\frac{m_1 m_2}{r^2}$$\n\n"
              "- $G$: the gravitational constant;\n"
              "- $r$: the distance between the two bodies.\n")
    cards = [(front.replace(" ;", ";"), back.replace(" ;", ";"))
             for front, back in cards_shown(tmp_path, source, text=True)]
    law = "\\[F = G\\frac{m_1 m_2}{r^2}\\]"
    whole = f"{law} \\(G\\): the gravitational constant; \\(r\\): the distance between the " \
        "two bodies"
    assert (f"{law} \\(G\\): [...]; \\(r\\): the distance between the two bodies", whole) in \
        cards, cards
    assert (f"{law} \\(G\\): the gravitational constant; \\(r\\): [...]", whole) in cards, cards


def test_a_legend_item_with_a_point_under_it_is_read_as_before(tmp_path):
    # A point nested under a letter's item says more than what the letter stands for:
    # the list is no bare legend, and the point's own card stays.
    source = ("# Physics\n\n## Gravitation\n\n$$F = G\\frac{m_1 m_2}{r^2}$$\n\n"
              "- $G$: the gravitational constant\n  - measured by Cavendish in 1798\n"
              "- $r$: the distance between the two bodies\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert "measured by [...] in 1798" in fronts, fronts


def test_a_meaning_sharing_one_word_or_only_small_words_with_the_heading_is_asked(tmp_path):
    # "Mass" of "## Mass and weight" and "the", "of" of "## The law of gravitation" say no
    # letter's meaning: each letter is still asked with its formula.
    source = ("# Physics\n\n## Mass and weight\n\n$$W = m g$$\n\n"
              "- $m$: the mass of the body\n- $g$: the gravitational field strength\n\n"
              "## The law of gravitation\n\n$$F = G\\frac{m_1 m_2}{r^2}$$\n\n"
              "- $G$: the gravitational constant\n"
              "- $r$: the distance between the centres of the two bodies\n"
              "- $m_1, m_2$: the masses of the two bodies\n")
    fronts = [front.replace(" ;", ";") for front, _ in cards_shown(tmp_path, source, text=True)]
    assert "\\[W = m g\\] \\(m\\): [...]; \\(g\\): the gravitational field strength" in \
        fronts, fronts
    law = "\\[F = G\\frac{m_1 m_2}{r^2}\\]"
    assert f"{law} \\(G\\): the gravitational constant; \\(r\\): the distance between the " \
        "centres of the two bodies; \\(m_1, m_2\\): [...]" in fronts, fronts
    assert not any(front.startswith("[...] —") for front in fronts), fronts


# -- SQL typed as a bullet -----------------------------------------------------------------

def test_an_insert_statement_typed_as_a_bullet_makes_no_card(tmp_path):
    source = ("# Databases\n\n## Seeding\n\n"
              "- Seed data makes a fresh database **usable at once**\n"
              "- INSERT INTO users VALUES (1, 'admin');\n"
              "- INSERT INTO roles VALUES (1, 'owner');\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert fronts == ["Seed data makes a fresh database [...]"], fronts


def test_sql_whose_clause_the_author_marked_is_asked(tmp_path):
    # A SQL course asks the syntax itself: the author marked the clause to recall.
    source = ("# SQL basics\n\n## Changing a table\n\n"
              "- ALTER TABLE users **ADD COLUMN** email VARCHAR(100);\n"
              "- ALTER TABLE users **DROP COLUMN** email;\n")
    cards = cards_shown(tmp_path, source, text=True)
    assert ("ALTER TABLE users [...] email VARCHAR(100);",
            "ALTER TABLE users ADD COLUMN email VARCHAR(100);") in cards, cards
    assert ("ALTER TABLE users [...] email;", "ALTER TABLE users DROP COLUMN email;") in \
        cards, cards


# -- a picture right above a heading -------------------------------------------------------

def test_a_picture_above_a_heading_keeps_its_source_however_it_is_quoted(tmp_path):
    # A source with a space in its name, attributes in single quotes: the picture is still
    # the picture (looked for, and warned of when missing), not dropped as raw HTML.
    for at, tag in enumerate(('<img src="cell cycle.png" alt="The cycle" width="300">',
                              "<img src='cell.png' alt='A dividing cell' width='300'>")):
        source = ("# Cell division\n\n## Interphase\n\nThe cell copies its DNA in the "
                  f"**S phase**.\n\n{tag}\n## Mitosis\n\n"
                  "Mitosis produces two **genetically identical** daughter cells.\n")
        folder = tmp_path / str(at)
        folder.mkdir()
        report = checked(folder, source)
        assert "t.md:7: warning: image: image file not found" in report, report
        assert "raw HTML" not in report, report
        mitosis = [front for front, _ in cards_shown(folder, source) if "daughter" in front]
        assert len(mitosis) == 1 and "Interphase" not in mitosis[0], mitosis


# -- words leading into a formula ----------------------------------------------------------

def _lead_in(heading: str, first: str, second: str, lead: str) -> str:
    return (f"# {heading}\n\n## {first}\n\n{lead}\n$$\n"
            "\\forall x (x\\in A\\iff x\\in B) \\iff A=B.\n$$\n\n"
            f"## {second}\n\n{lead}\n$$\nB\\subseteq A\\iff \\forall b\\in B \\implies b\\in A"
            "\n$$\n")


def test_lead_ins_in_other_words_and_languages_are_not_asked(tmp_path):
    # "you would write", "we have", German "erhalten wir", Spanish "tenemos": each only
    # says how the formula is come to ("In [math notation] we have" is junk).
    sources = {
        "you": _lead_in("What is a Set?", "Equal Sets", "Subsets",
                        "In math notation you would write"),
        "have": _lead_in("What is a Set?", "Equal Sets", "Subsets", "In math notation we have"),
        "de": _lead_in("Mengenlehre", "Gleiche Mengen", "Teilmengen",
                       "In mathematischer Notation erhalten wir"),
        "es": ("# Teoría de conjuntos\n\n## Conjuntos iguales\n\nEn notación matemática "
               "tenemos\n$$\n\\forall x (x\\in A\\iff x\\in B) \\iff A=B.\n$$\n"),
    }
    for name, source in sources.items():
        folder = tmp_path / name
        folder.mkdir()
        assert cards_shown(folder, source, text=True) == [], name


def test_a_spanish_lead_into_an_inline_formula_is_not_asked(tmp_path):
    # "En [este caso podemos] probar que \\(A \\sim J_1\\)" (blind sample 3005: junk): the
    # formula is inline, in the sentence the clause leads into.
    source = ("# Matrices de Jordan\n\n## Caso 1\n\n$A$ tiene un autovalor $\\lambda_1$ de "
              "multiplicidad algebraica 2 y un autovalor $\\lambda_2$ simple.\n\n"
              "En este caso podemos probar que $A \\sim J_1 = \\begin{bmatrix}\\lambda_1 & 1 "
              "& 0 \\\\ 0&\\lambda_1 & 0 \\\\ 0 & 0 & \\lambda_2\\end{bmatrix}$\n\n"
              "## Caso 2\n\n$A$ tiene un autovalor $\\lambda$ de multiplicidad algebraica 3 y "
              "multiplicidad geométrica 1.\n\nEn este caso podemos probar que $A \\sim J_1 = "
              "\\begin{bmatrix}\\lambda & 1 & 0 \\\\ 0&\\lambda & 1 \\\\ 0 & 0 & \\lambda"
              "\\end{bmatrix}$\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert not any("probar que" in front for front in fronts), fronts


def test_a_clause_saying_we_see_before_its_fact_is_no_lead_in(tmp_path):
    # "As we see, the [product rule] gives …": the clause goes on past its verb to a fact.
    source = ("# Calculus\n\n## Derivatives\n\n"
              "As we see, the **product rule** gives $(fg)' = f'g + fg'$.\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert fronts == ["As we see, the [...] gives \\((fg)' = f'g + fg'\\)."], fronts


def test_a_labelled_rule_leading_into_its_formula_is_still_asked(tmp_path):
    # "- Chain rule: for a composition we get …": the label names the formula, a fact.
    source = ("# Calculus\n\n## Rules\n\n"
              "- Chain rule: for a composition we get $(f \\circ g)'(x) = f'(g(x))\\,g'(x)$\n")
    cards = cards_shown(tmp_path, source, text=True)
    assert ("[...] — for a composition we get \\((f \\circ g)'(x) = f'(g(x))\\,g'(x)\\)",
            "Chain rule — for a composition we get \\((f \\circ g)'(x) = f'(g(x))\\,g'(x)\\)") \
        in cards, cards


def test_a_method_named_in_german_or_french_is_still_asked(tmp_path):
    # "Durch die [Kettenregel] erhalten wir …", "Avec la [règle …], on obtient …": the rule
    # the formula is reached by, as "By the [chain rule] we get" in English.
    sources = {
        "de": ("# Analysis\n\n## Ableitungen\n\nDurch die **Kettenregel** erhalten wir "
               "$\\frac{d}{dx}\\sin(x^2) = 2x\\cos(x^2)$.\n",
               "Durch die [...] erhalten wir \\(\\frac{d}{dx}\\sin(x^2) = 2x\\cos(x^2)\\)."),
        "fr": ("# Analyse\n\n## Dérivées\n\nAvec la **règle de dérivation en chaîne**, on "
               "obtient $\\frac{d}{dx}\\sin(x^2) = 2x\\cos(x^2)$.\n",
               "Avec la [...] , on obtient \\(\\frac{d}{dx}\\sin(x^2) = 2x\\cos(x^2)\\)."),
    }
    for name, (source, front) in sources.items():
        folder = tmp_path / name
        folder.mkdir()
        fronts = [f for f, _ in cards_shown(folder, source, text=True)]
        assert fronts == [front], (name, fronts)


# -- a cell that only exclaims -------------------------------------------------------------

def test_a_two_word_cheer_is_not_asked_and_a_cell_saying_more_is(tmp_path):
    # "Well done!" is a cheer as "Good!" is; "Replicate it first!" tells what to do.
    cheer = ("# Inference\n\n## Hypothesis Errors\n\n|              | H_0 is TRUE  | H_0 is "
             "FALSE |\n|---|---|---|\n| Don't Reject | Well done!   | Type 2 Error |\n"
             "| Reject       | Type 1 Error | Well done!   |\n")
    (tmp_path / "cheer").mkdir()
    fronts = [front.split(" › ")[-1] for front, _ in cards_shown(tmp_path / "cheer", cheer)]
    assert not any("[...] (H_0 is" in front and "Error)" in front for front in fronts), fronts
    assert not any(front.startswith("Well done!") for front in fronts), fronts
    advice = ("# Inference\n\n## Decisions\n\n|              | Small sample | Large sample |\n"
              "|---|---|---|\n| Effect found | Replicate it first! | Report the effect size |\n"
              "| No effect | Collect more data | Accept the null cautiously |\n")
    (tmp_path / "advice").mkdir()
    cards = cards_shown(tmp_path / "advice", advice, text=True)
    assert ("Small sample: [...] (Large sample: Report the effect size)",
            "Small sample: Replicate it first! (Large sample: Report the effect size)") in \
        cards, cards
