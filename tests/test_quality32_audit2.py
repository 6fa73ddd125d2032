"""What the thirty-second session's later changes (tidy32 3739bd4, cjk32 7b0a0a0, fix32
335d094) do that tests/test_quality32.py, tests/test_cjk_terms32.py and
tests/test_quality32_audit.py left unsaid: each test here fails under a careless edit of
those changes which the three files let through, and asserts what a user sees (a card, its
math, `check`'s report)."""

from support import cards_shown, checked

# -- licence and copyright lines -----------------------------------------------------------


def test_licence_lines_as_people_type_them_make_no_card(tmp_path):
    # The notes named in other words ("The content of this wiki", "The course material on
    # this site"), a licence by its short name, a copyright line with a dash and a CC line
    # with the author's name: each made a card of its year or its author, junk.
    source = ("# Biology\n\n## Cells\n\nThe **nucleus** holds the DNA.\n\n---\n\n"
              "The content of this wiki is licensed under CC BY-SA 3.0 since 2019.\n\n"
              "The course material on this site is licensed under CC BY-SA 3.0 since "
              "2019.\n\n"
              "License: MIT (Jane Doe, 2021)\n\n"
              "Copyright (c) 2020 — Jane Doe\n\n"
              "CC BY-NC-SA 4.0 — Jane Doe, University of Leeds, 2021\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert fronts == ["The [...] holds the DNA."], fronts
    report = checked(tmp_path, source)
    assert report.count("skipped: licence") == 5, report


def test_paragraphs_about_licences_in_a_course_on_them_are_read(tmp_path):
    # The guards: a line the author marked, a paragraph longer than a licence line, and a
    # "Licence:" label defining the word (no licence's name after it) are facts.
    source = ("# Open source licensing\n\n## Copyleft\n\n"
              "Licensed under **copyleft** terms, a derivative work must be shared under the "
              "same licence.\n\n"
              "Licensed under the GPL since 1989, a program's derivative works must also be "
              "distributed under the GPL with their source code, which is why companies "
              "avoid mixing GPL code into their products.\n\n"
              "## Land law\n\n"
              "Licence: a permission to enter land that would otherwise be a trespass.\n\n"
              "License: the legal permission that lets you copy software.\n")
    fronts = [front.replace(" ,", ",") for front, _ in cards_shown(tmp_path, source,
                                                                  text=True)]
    assert "Licensed under [...] terms, a derivative work must be shared under the same " \
        "licence." in fronts, fronts
    assert any("derivative works must also be distributed under the GPL" in front
               for front in fronts), fronts
    assert "[...] — a permission to enter land that would otherwise be a trespass." in \
        fronts, fronts
    assert "[...] — the legal permission that lets you copy software." in fronts, fronts
    assert "skipped: licence" not in checked(tmp_path, source)


def test_a_credits_list_of_six_lines_makes_no_card_and_a_list_of_seven_facts_is_read(
        tmp_path):
    # Six lines of credits at a note's head (what it summarises, who wrote and reviewed
    # it, its source, its date, its licence) are still credits; seven points are a list of
    # facts, its licence line the only line left out.
    source = ("# Cell biology\n\n"
              "* Summary of the first-term biology exam, chapter 2\n"
              "* Jane Doe, Year 10, Class 4\n* Reviewed by Mr. Smith\n"
              "* Based on the OpenStax Biology textbook\n* Last updated in March 2023\n"
              "* Licensed under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/)\n\n"
              "## Organelles\n\n"
              "- Nucleus: holds the cell's DNA\n- Ribosome: builds proteins from amino acids\n"
              "- Mitochondrion: makes ATP by cellular respiration\n"
              "- Chloroplast: carries out photosynthesis in plant cells\n"
              "- Lysosome: digests worn-out parts of the cell\n"
              "- Vacuole: stores water and salts\n- Licensed under CC BY 4.0\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert fronts == ["[...] — holds the cell's DNA", "[...] — builds proteins from amino acids",
                      "[...] — makes ATP by cellular respiration",
                      "[...] — carries out photosynthesis in plant cells",
                      "[...] — digests worn-out parts of the cell",
                      "[...] — stores water and salts"], fronts
    report = checked(tmp_path, source)
    assert report.count("skipped: credits") == 6, report
    assert "t.md:18: skipped: licence" in report, report


def test_a_copyright_line_nested_under_a_point_leaves_the_other_points_read(tmp_path):
    # "© 2021 diagram from OpenStax" under the first stage credits the picture, not the
    # list of stages above it: both stages are asked.
    source = ("# Photosynthesis\n\n## Stages\n\n"
              "- Light reactions: take place in the thylakoid membrane\n"
              "    - © 2021 diagram from OpenStax Biology\n"
              "- Calvin cycle: takes place in the stroma of the chloroplast\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert fronts == ["[...] — take place in the thylakoid membrane",
                      "[...] — takes place in the stroma of the chloroplast"], fronts


def test_a_copyright_point_in_a_list_of_facts_makes_no_card(tmp_path):
    # The list marks its terms, so it is no list of credits; its last point is still a
    # copyright line ("© [2021] Jane Doe" was asked).
    source = ("# Photosynthesis\n\n## Pigments\n\n"
              "- **Chlorophyll a** is the main pigment of photosynthesis\n"
              "- **Carotenoids** protect chlorophyll from damage\n"
              "- © 2021 Jane Doe. Last updated in 2023.\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert fronts == ["[...] is the main pigment of photosynthesis",
                      "[...] protect chlorophyll from damage"], fronts
    assert "t.md:7: skipped: licence" in checked(tmp_path, source)


# -- SQL typed as a bullet -----------------------------------------------------------------

def test_an_index_on_one_column_typed_as_a_bullet_makes_no_card(tmp_path):
    # "(customer)" is a column list of one name, as "(id, name)" is of two: the line is
    # code, not prose (it was asked as "[CREATE INDEX] idx_customer ON orders …").
    source = ("# Databases\n\n## Indexes\n\n"
              "- An index makes lookups on a column **faster**\n"
              "- CREATE INDEX idx_customer ON orders (customer);\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert fronts == ["An index makes lookups on a column [...]"], fronts
    assert "t.md:6: skipped: code typed as text" in checked(tmp_path, source)


def test_two_words_of_prose_after_sql_words_are_prose(tmp_path):
    # "removes rows" between the keywords: a sentence about the statement, asked.
    source = ("# Databases\n\n## Removing things\n\n"
              "- DROP TABLE removes rows AND structure\n")
    cards = cards_shown(tmp_path, source, text=True)
    assert ("[...] removes rows AND structure", "DROP TABLE removes rows AND structure") in \
        cards, cards


# -- a legend under a display formula ------------------------------------------------------

def test_a_legend_after_with_wobei_or_yeogiseo_is_read_as_a_legend(tmp_path):
    # The word between the formula and its legend typed with no colon, in English, German
    # and Korean: each letter is asked with its formula, none bare.
    source = ("# Physics\n\n## Newton's second law\n\n$$F = ma$$\n\nwith\n\n"
              "- $F$: the net force on the body\n- $m$: the mass of the body\n\n"
              "## Zweites newtonsches Gesetz\n\n$$F = ma$$\n\nwobei\n\n"
              "- $F$: die resultierende Kraft auf den Körper\n- $m$: die Masse des Körpers\n\n"
              "## 뉴턴의 운동 제2법칙\n\n$$F = ma$$\n\n여기서\n\n"
              "- $F$: 물체에 작용하는 알짜힘\n- $m$: 물체의 질량\n")
    fronts = [front.replace(" ;", ";") for front, _ in cards_shown(tmp_path, source, text=True)]
    assert "\\[F = ma\\] \\(F\\): [...]; \\(m\\): the mass of the body" in fronts, fronts
    assert "\\[F = ma\\] \\(F\\): [...]; \\(m\\): die Masse des Körpers" in fronts, fronts
    assert "\\[F = ma\\] \\(F\\): [...]; \\(m\\): 물체의 질량" in fronts, fronts
    assert not any(front.startswith("[...] —") for front in fronts), fronts


def test_a_sentence_opening_with_here_between_a_formula_and_a_list_is_asked(tmp_path):
    # "Here the speed is …" opens with a legend's word but says a fact of its own: it is
    # asked, not taken for the word leading into the legend (and lost).
    source = ("# Physics\n\n## Kinetic energy\n\n$$E_k = \\frac{1}{2} m v^2$$\n\n"
              "Here the speed is measured in **metres per second**.\n\n"
              "- $m$: the mass of the body\n- $v$: the speed of the body\n")
    fronts = [front.replace(" .", ".") for front, _ in cards_shown(tmp_path, source,
                                                                  text=True)]
    assert any(front.endswith("Here the speed is measured in [...].") for front in fronts), \
        fronts


def test_a_letter_its_heading_names_is_left_out_however_its_tex_is_spaced(tmp_path):
    # `\vec F` in the legend, `\vec{F}` in the formula: one letter, which the heading
    # "Net force on a body" says (asked, it was junk); the others are asked.
    source = ("# Physics\n\n## Net force on a body\n\n$$\\vec{F} = m\\vec{a}$$\n\n"
              "- $\\vec F$: the net force on the body\n- $m$: the mass of the body\n"
              "- $\\vec a$: the acceleration of the body\n")
    fronts = [front.replace(" ;", ";") for front, _ in cards_shown(tmp_path, source, text=True)]
    assert "\\[\\vec{F} = m\\vec{a}\\] \\(m\\): [...]; \\(\\vec a\\): the acceleration of " \
        "the body" in fronts, fronts
    assert not any("the net force on the body" in front for front in fronts), fronts


# -- two-character CJK terms ---------------------------------------------------------------

def test_a_quoted_two_character_term_and_field_words_before_a_colon(tmp_path):
    # “加法”： is a term its colon defines, in quotes as Chinese notes often set it; 来源,
    # 去路, 条件 and 定義 name a field of the point (the source, the fate, the condition,
    # the definition), no term: "[来源]：…", "[去路]：…" were gate g4's junk.
    source = ("# 生物\n\n## 血糖\n\n- **来源**：食物中糖类的消化吸收、肝糖元的分解\n"
              "- **去路**：氧化分解供能、合成肝糖元和肌糖元\n\n"
              "## 光合作用\n\n- **条件**：需要光照和适宜的温度。\n"
              "- **定義**：光エネルギーを化学エネルギーに変える反応。\n\n"
              "## 向量的运算\n\n- “**加法**”：将两个长度相同的向量，按照元素一一加在一起\n")
    fronts = [front.replace(" ", "") for front, _ in cards_shown(tmp_path, source, text=True)]
    assert fronts == ["“[...]”：将两个长度相同的向量，按照元素一一加在一起"], fronts


# -- words leading into a formula ----------------------------------------------------------

def test_steps_ending_in_ed_are_not_asked_and_marked_conditions_are(tmp_path):
    # "**Rearranged**, we get …" is a step of working, as "**Substituting**" is; "a
    # **fixed mass**" and "**uniformly accelerated** motion" are what the formula holds
    # for, marked by the author, and asked.
    source = ("# Kinematics\n\n## Worked example\n\n**Rearranged**, we get $t = 2s/v$.\n\n"
              "## Gases and motion\n\n"
              "For a **fixed mass** of gas at constant temperature we have $pV = k$.\n\n"
              "For **uniformly accelerated** motion we have $v = u + at$.\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert fronts == [
        "For a [...] of gas at constant temperature we have \\(pV = k\\).",
        "For [...] motion we have \\(v = u + at\\)."], fronts


def test_a_year_before_a_sentence_leading_into_a_formula_is_asked(tmp_path):
    # "We write $F = ma$." leads into its own formula, not into the sentence before it.
    source = ("# Mechanics\n\n## Newton's laws\n\n"
              "Newton stated his laws in 1687. We write $F = ma$.\n")
    fronts = [front.replace(" .", ".") for front, _ in cards_shown(tmp_path, source,
                                                                  text=True)]
    assert fronts == ["Newton stated his laws in [...]."], fronts


def test_a_glossary_term_naming_the_method_before_a_formula_is_asked(tmp_path):
    # A rule defined in the note's glossary and named again before a formula ("By the
    # chain rule we get …", "Durch die Kettenregel …", "Avec la règle …"): the rule the
    # formula is reached by, a fact, in each language.
    sources = {
        "en": ("# Calculus\n\n## Rules\n\n- Chain rule: the derivative of a composition is "
               "the product of the derivatives\n\n## Derivatives of compositions\n\n"
               "By the chain rule we get $\\frac{d}{dx}\\sin(x^2) = 2x\\cos(x^2)$.\n",
               "By the [...] we get \\(\\frac{d}{dx}\\sin(x^2) = 2x\\cos(x^2)\\)."),
        "de": ("# Analysis\n\n## Regeln\n\n- Kettenregel: die Ableitung einer Verkettung ist "
               "das Produkt der Ableitungen\n\n## Ableitungen von Verkettungen\n\n"
               "Durch die Kettenregel erhalten wir $\\frac{d}{dx}\\sin(x^2) = 2x\\cos(x^2)$.\n",
               "Durch die [...] erhalten wir \\(\\frac{d}{dx}\\sin(x^2) = 2x\\cos(x^2)\\)."),
        "fr": ("# Analyse\n\n## Règles\n\n- Règle de dérivation en chaîne : la dérivée d'une "
               "composée est le produit des dérivées\n\n## Dérivées des composées\n\n"
               "Avec la règle de dérivation en chaîne, on obtient "
               "$\\frac{d}{dx}\\sin(x^2) = 2x\\cos(x^2)$.\n",
               "Avec la [...] , on obtient \\(\\frac{d}{dx}\\sin(x^2) = 2x\\cos(x^2)\\)."),
    }
    for name, (source, front) in sources.items():
        folder = tmp_path / name
        folder.mkdir()
        fronts = [f for f, _ in cards_shown(folder, source, text=True)]
        assert front in fronts, (name, fronts)


# -- a cell that only exclaims -------------------------------------------------------------

def test_a_two_letter_cheer_is_not_asked(tmp_path):
    # "OK!" in the cells of a right decision is a cheer, as "Well done!" is.
    source = ("# Inference\n\n## Hypothesis Errors\n\n|              | H_0 is TRUE  | H_0 is "
              "FALSE |\n|---|---|---|\n| Don't Reject | OK!          | Type 2 Error |\n"
              "| Reject       | Type 1 Error | OK!          |\n")
    backs = [back for _, back in cards_shown(tmp_path, source, text=True)]
    assert "H_0 is FALSE: Type 2 Error (H_0 is TRUE: OK!)" in backs, backs
    assert not any(back.startswith(("H_0 is TRUE: OK!", "H_0 is FALSE: OK!")) for back in
                   backs), backs


# -- formulas typed as images of a formula service -----------------------------------------

def test_a_formula_picture_s_fragment_and_colour_are_no_part_of_its_formula(tmp_path):
    # GitHub READMEs add "#gh-light-mode-only" to a picture's address, and set its colour
    # with "\fg{white}" for a dark page: neither is TeX (MathJax showed them as errors).
    source = ("# Mechanics\n\n## Newton's second law\n\n"
              "![F=ma](https://latex.codecogs.com/svg.latex?F%3Dma#gh-light-mode-only)\n\n"
              "## Kinetic energy\n\n"
              "![](https://latex.codecogs.com/png.latex?\\fg{white}E_k%3D%5Cfrac%7B1%7D%7B2%7D"
              "mv%5E2)\n")
    cards = cards_shown(tmp_path, source, text=True)
    assert ("Newton's second law: [...]", "Newton's second law: \\[F=ma\\]") in cards, cards
    assert ("Kinetic energy: [...]", "Kinetic energy: \\[E_k=\\frac{1}{2}mv^2\\]") in cards, \
        cards


def test_the_codecogs_editor_s_html_link_in_a_markdown_note_is_a_display_formula(tmp_path):
    # The editor's HTML output, `<a href="…eqnedit…"><img src="…gif.latex?…"></a>`, alone
    # on its line (and with spaces inside the link): a formula set apart, its legend read
    # as its legend (read inline, each letter was asked bare).
    source = ("# Mechanics\n\n## Momentum\n\n"
              "<a href=\"https://www.codecogs.com/eqnedit.php?latex=p=mv\" target=\"_blank\">"
              "<img src=\"https://latex.codecogs.com/gif.latex?p=mv\" title=\"p=mv\" /></a>\n\n"
              "- $p$: the momentum of the body\n- $v$: the velocity of the body\n\n"
              "## Force\n\n<a href=\"https://www.codecogs.com/eqnedit.php?latex=F=ma\"> "
              "<img src=\"https://latex.codecogs.com/gif.latex?F=ma\" /> </a>\n\n"
              "- $F$: the net force on the body\n- $a$: the acceleration of the body\n")
    fronts = [front.replace(" ;", ";") for front, _ in cards_shown(tmp_path, source, text=True)]
    assert "\\[p=mv\\] \\(p\\): [...]; \\(v\\): the velocity of the body" in fronts, fronts
    assert "\\[F=ma\\] \\(F\\): [...]; \\(a\\): the acceleration of the body" in fronts, fronts
    assert not any(front.startswith("[...] —") for front in fronts), fronts


def test_a_formula_picture_between_code_spans_is_its_formula(tmp_path):
    # A code span before and after the picture, and a span of two backticks holding one:
    # the picture is outside them all, and its formula stays in the sentence (it was
    # dropped with the picture).
    source = ("# Mechanics\n\n## Weight\n\nThe **weight** of a body is `W` or "
              "![W=mg](https://latex.codecogs.com/svg.latex?W%3Dmg) in `N`.\n\n"
              "## Markdown\n\nType `` ` `` for a backtick, "
              "![](https://latex.codecogs.com/svg.latex?x^2) for a **square**, and `y` for "
              "code.\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert "The [...] of a body is W or \\(W=mg\\) in N ." in fronts, fronts
    assert "Type ` for a backtick, \\(x^2\\) for a [...] , and y for code." in fronts, fronts


def test_a_web_page_s_formula_picture_ending_a_sentence_or_asked_inline_stays_inline(
        tmp_path):
    # A picture after words of its paragraph is in the sentence; one alone that the author
    # drew `\inline` is inline too: neither is set apart as a display formula.
    page = ("<!DOCTYPE html><html><head><title>Energy</title></head><body><h1>Energy</h1>"
            "<h2>Rest energy</h2><p>Einstein showed in 1905 that the energy of a body at "
            "rest is <img src=\"https://latex.codecogs.com/gif.latex?E=mc^2\"></p>"
            "<h2>Power</h2><p><img src=\"https://latex.codecogs.com/gif.latex?\\inline "
            "P=IV\"></p><p>The <strong>power</strong> is the rate of energy transfer.</p>"
            "</body></html>")
    backs = [back for _, back in cards_shown(tmp_path, page, "energy.html", text=True)]
    assert "Einstein showed in 1905 that the energy of a body at rest is \\(E=mc^2\\)" in \
        backs, backs
    assert "Formula for Power: \\(P=IV\\)" in backs, backs
