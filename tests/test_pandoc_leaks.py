"""Pandoc's, Quarto's and R Markdown's own syntax never shows on a card (issue 14).

Each test writes a small note as students type them in RStudio or Quarto, builds it through
the CLI, imports the deck into real Anki and asserts what the learner sees.
"""

from __future__ import annotations

import re

import pytest
from test_markdown_idioms import build, check

# Pandoc's syntax as it would show: a footnote marker or inline footnote, a span's
# attributes, a cross reference or citation key, `~sub~`/`^sup^`, a div fence, a LaTeX
# layout command.
RAW = re.compile(r"\[\^|\^\[|\]\{|\{\.|@\w|~\w+~|\^\w+\^|:::|\\(?:newpage|noindent|vspace|"
                 r"clearpage)")


def shown_text(shown) -> str:
    return " ".join(f"{text} {context} {source}" for text, _, _, context, _, source in shown)


def test_a_footnote_marker_is_cut_from_headings_cells_labels_and_box_titles(tmp_path):
    source = ("# Regression\n\n## Residuals[^1]\n\n"
              "A **residual** is an observed value minus the value the model predicts.\n\n"
              "The **Q-Q plot** compares the quantiles of the residuals with a normal "
              "distribution's.\n\n## Checks\n\n| Assumption | Plot |\n|---|---|\n"
              "| Linearity | residuals vs fitted[^2] |\n| Normality | normal Q-Q plot |\n\n"
              "- **Independence**[^3]: the residuals are not correlated with each other.\n"
              "- **Homoscedasticity**: the residuals have a constant variance.\n\n"
              "> [!tip] Breusch-Pagan test[^4]\n"
              "> The **Breusch-Pagan test** regresses the squared residuals on the "
              "predictors.\n\n"
              "[^1]: Strictly, the errors are unobservable; residuals estimate them.\n"
              "[^2]: Also called the Tukey-Anscombe plot.\n"
              "[^3]: Durbin-Watson tests this in time series.\n"
              "[^4]: Breusch and Pagan, 1979.\n")
    shown, _, _ = build(tmp_path, source, "regression.qmd")
    fronts = " ".join(shown.fronts)
    assert "[^" not in fronts and "[^" not in shown_text(shown), fronts
    contexts = {s[1][0]: s[3] for s in shown}
    assert contexts["Q-Q plot"].endswith("Residuals"), contexts
    # In a cell and a label, the marker is cut and the footnote's text is on the back.
    backs = {s[1][0]: s[5] for s in shown}
    assert "Tukey-Anscombe" in " ".join(backs.values())
    assert "Durbin-Watson" in " ".join(backs.values())
    # A heading's: on the back of every card under the heading (it was lost).
    for answer in ("residual", "Q-Q plot"):
        assert "Strictly, the errors are unobservable" in backs[answer], backs
    assert "Strictly" not in backs["Independence"], backs  # under another heading


def test_r_markdown_and_quarto_inline_code_is_computed_output_never_shown(tmp_path):
    source = ("# Cars\n\nThe data has `r nrow(cars)` observations. The mean stopping "
              "distance is `{r} round(mean(cars$dist), 1)` feet.\n\n"
              "A **residual** is an observed value minus the value the model predicts. "
              "There are `r length(resid(fit))` of them.\n\n"
              "**Pearson's r** measures the strength of a linear association; `r = 0.8` is a "
              "strong one.\n")
    shown, _, _ = build(tmp_path, source, "cars.Rmd")
    every = shown_text(shown) + " ".join(shown.fronts)
    for raw in ("nrow", "{r}", "round(", "length(", "observations"):
        assert raw not in every, every
    answers = [a for _, answers, *_ in shown for a in answers]
    assert "residual" in answers
    assert not any("nrow" in a or "mean" in a for a in answers)
    # A correlation typed as code is no R code: it stays.
    assert "r = 0.8" in every


def test_pandoc_inline_syntax_in_body_text_never_shows(tmp_path):
    source = ("---\ntitle: Outbreaks\n---\n\n## Curves\n\n"
              "An **epidemic curve** is a histogram of cases by date of onset (@fig-epicurve).\n\n"
              "A [point-source outbreak]{style=\"color: red;\"} has a single sharp peak, "
              "as **Snow** showed in 1854 [@snow1855, p. 4].\n\n"
              "The **attack rate** is the share of the exposed who fall ill, as "
              "@gordis2014 defines it.\n\n"
              "The **incubation period** is the time from infection to the first "
              "symptoms^[For cholera, a few hours to five days.].\n\n"
              "::: {.callout-note}\n"
              "**Hypochlorous acid** forms when chlorine reacts with H~2~O.\n"
              ":::\n\n\\newpage\n\n"
              "\\noindent The **basic reproduction number** grows as x^2^ in this toy model "
              "\\vspace{1em} of spread.\n")
    shown, _, _ = build(tmp_path, source, "outbreaks.md")
    every = shown_text(shown) + " ".join(shown.fronts)
    assert not RAW.search(every), RAW.search(every)
    by_answer = shown.text_asking()
    # A reference alone in brackets only points at what the card does not show: dropped
    # (xref24; "(the figure)" was judged "a broken leftover").
    assert by_answer["epidemic curve"] == \
        "An epidemic curve is a histogram of cases by date of onset.", by_answer
    assert "Gordis (2014)" in by_answer["attack rate"], by_answer
    assert "H₂O" in by_answer["Hypochlorous acid"]
    assert "x²" in by_answer["basic reproduction number"]
    assert by_answer["basic reproduction number"].startswith("The basic")
    # The inline footnote is cut from the sentence and its text goes on the back.
    note = next(s for s in shown if s[1] == ["incubation period"])
    assert note[0].endswith("first symptoms.")
    assert "a few hours to five days" in note[5]


def test_a_stray_div_fence_under_a_paragraph_is_no_part_of_it(tmp_path):
    source = ("# Ecology\n\n::: {.callout-tip}\n## Keystone species\n"
              "A **keystone species** affects its community far more than its numbers "
              "suggest.\n:::\n\n"
              "A **trophic cascade** is a chain of effects down a food web after a top "
              "predator is removed.\n:::\n\n"
              ":::{.rmdnote}\n\n__Study Note__:\n\n"
              "**Mutualism** is an interaction in which both species benefit.\n\n:::\n\n"
              "**Commensalism** benefits one species and leaves the other unaffected.\n")
    shown, _, _ = build(tmp_path, source, "ecology.qmd")
    by_answer = shown.text_asking()
    assert by_answer["trophic cascade"].endswith("a top predator is removed."), by_answer
    # A fence alone in its paragraph still closes its box: what follows is read.
    assert "Mutualism" in by_answer and "Commensalism" in by_answer, by_answer
    assert ":::" not in shown_text(shown) + " ".join(shown.fronts)


def test_a_timestamp_is_never_split_at_its_colon_nor_asked(tmp_path):
    source = ("# Quadrat sampling\n\n"
              "Reviewed: 12 October 2026 9:14 AM\nStatus: Needs another pass\n\n"
              "## Methods\n\n"
              "- Created: 3 October 2026 2:41 PM\n"
              "- **Random sampling**: quadrats are placed at random coordinates.\n"
              "- **Systematic sampling**: quadrats are placed at regular intervals.\n")
    shown, _, _ = build(tmp_path, source, "quadrats.md")
    every = shown_text(shown) + " ".join(shown.fronts)
    assert "9:14" not in every and "2:41" not in every and "14 AM" not in every, every
    answers = {a for _, answers, *_ in shown for a in answers}
    assert "Systematic sampling" in answers, answers
    assert not any(c.isdigit() for a in answers for c in a), answers


def test_latex_text_styles_typed_in_markdown_read_as_their_markdown_marks(tmp_path):
    # Notes written for a PDF keep LaTeX's own marks in prose: `\textbf{term}` showed as
    # typed. A bold term is a mark, as `**term**` is; `\emph` is emphasis, `\footnote` a
    # footnote whose text goes on the back, `\newline` a break between words.
    source = ("# Cardiac cycle\n\n## Pressures\n\n"
              "During \\emph{isovolumetric contraction} all four valves are closed and the "
              "\\textbf{ventricular pressure} rises steeply.\\footnote{\\emph{Guyton},\n"
              "ch. 9.}\n\n"
              "The \\textbf{dicrotic notch} marks the closure of the aortic valve,\\newline "
              "seen on the arterial pressure trace.\n")
    shown, _, _ = build(tmp_path, source, "cardiac.md")
    every = shown_text(shown) + " ".join(shown.fronts)
    assert not re.search(r"\\(?:textbf|emph|footnote|newline)|\*", every), every
    by_answer = shown.text_asking()
    assert by_answer["ventricular pressure"].startswith("During isovolumetric contraction"), \
        by_answer
    assert by_answer["dicrotic notch"].endswith("aortic valve, seen on the arterial pressure "
                                                "trace."), by_answer
    note = next(s for s in shown if "ventricular pressure" in s[1])
    assert "Guyton, ch. 9." in note[5] and "Guyton" not in note[0], note  # over a line


def test_latex_text_environments_read_as_their_text_never_their_commands(tmp_path):
    # `\begin{quote}`, `center`, `flushleft`, `itemize` and `enumerate` typed in Markdown for
    # a PDF: their command lines showed on the card around the text ("\begin{quote} The
    # [...] is fast … \end{quote}"), the items run into one line. The text inside is content,
    # each `\item` a list item (a `description`'s `\item[Label]` a "Label: text" item).
    source = ("# Immunology\n\n## Barriers\n\n"
              "\\begin{quote}\nThe **innate response** is fast and not specific to one "
              "pathogen.\n\\end{quote}\n\n"
              "\\begin{center}\nThe **complement system** punches holes in bacterial "
              "membranes.\n\\end{center}\n\n"
              "\\begin{flushleft}\n\\textbf{Interferons} warn nearby cells of a virus.\n"
              "\\end{flushleft}\n\n"
              "\\begin{itemize}\n  \\item The **neutrophils** arrive first at a wound.\n"
              "  \\item The **macrophages** clear the debris later.\n\\end{itemize}\n\n"
              "## Inflammation\n\nSteps of inflammation:\n\\begin{enumerate}[label=(\\alph*)]\n"
              "  \\item Vasodilation\n  \\item Increased permeability\n"
              "  \\item Migration of leukocytes\n\\end{enumerate}\n\n"
              "\\begin{description}\n\\item[Pyrogens] raise the set point of the "
              "hypothalamus.\n\\item[Antipyretics] lower it again, as aspirin does.\n"
              "\\end{description}\n")
    shown, _, _ = build(tmp_path, source, "immunology.md")
    every = shown_text(shown) + " ".join(shown.fronts)
    assert not re.search(r"\\(?:begin|end|item)|[{}]", every), every
    by_answer = shown.text_asking()
    assert by_answer["innate response"] == ("The innate response is fast and not specific to "
                                            "one pathogen."), by_answer
    assert by_answer["complement system"].startswith("The complement system punches"), by_answer
    assert by_answer["Interferons"] == "Interferons warn nearby cells of a virus.", by_answer
    # Each item its own card, as a Markdown list's sentences are; the steps one list.
    assert by_answer["neutrophils"] == "The neutrophils arrive first at a wound.", by_answer
    assert by_answer["macrophages"] == "The macrophages clear the debris later.", by_answer
    assert by_answer["Vasodilation"] == ("Vasodilation; Increased permeability; Migration of "
                                         "leukocytes"), by_answer
    assert any(s[3].endswith("Steps of inflammation") for s in shown), shown
    assert by_answer["Pyrogens"] == "Pyrogens — raise the set point of the hypothalamus.", \
        by_answer


def test_a_bookdown_reference_to_a_heading_id_with_no_prefix_says_the_section(tmp_path):
    # bookdown numbers figures, tables and equations by a prefix (`fig:`, `tab:`, `eq:`); a
    # heading's id has none (`## Intro {#intro}`). Read by the prefix alone, "\@ref(intro)"
    # was "the reference", and the card pointed at a cited work that was never there.
    source = ("# Membranes\n\n## Intro {#intro}\n\nThe **cell membrane** is a phospholipid "
              "bilayer that controls what enters the cell.\n\n## Transport {#transport}\n\n"
              "**Diffusion** moves particles down their gradient, as explained in "
              "\\@ref(intro).\n\n**Active transport** uses ATP to move ions against their "
              "gradient (see \\@ref(membrane-transport) and Table \\@ref(tab:pumps)).\n")
    shown, _, _ = build(tmp_path, source, "membranes.Rmd")
    by_answer = shown.text_asking()
    assert by_answer["Diffusion"] == ("Diffusion moves particles down their gradient, as "
                                      "explained in the section."), by_answer
    # (The aside is a span of its own, left off the front: the test's reading of the field
    # puts a space after it that Anki does not show.)
    assert by_answer["Active transport"].replace(") .", ").").endswith(
        "(see the section and Table)."), by_answer
    assert "reference" not in shown_text(shown) + " ".join(shown.fronts)


@pytest.mark.parametrize("source, name, kept, check_line", [
    # "[Homoscedasticity]: see the section and the equation for the formal statement" (its
    # cross references read as words): nothing to recall but where the fact is; a learner
    # judged it junk. `check` names it; the item beside it still makes its card.
    pytest.param("# Regression\n\n## Assumptions\n\n"
                 "- **Independence**: the residuals are not correlated with each other.\n"
                 "- **Homoscedasticity**: see @sec-assumptions and @eq-var for the formal "
                 "statement.\n",
                 "regression.md", [["Independence"]],
                 "regression.md:6: weak card: no card: the text only points elsewhere",
                 id="a-text-that-only-points-elsewhere"),
    # "The [...] image above is shown in true colour": the image is the page's, not the
    # card's (a blind review: junk). A sentence beside a gap that points at a table costs
    # the gap's own fact nothing.
    pytest.param("# Remote sensing\n\n## Resolutions\n\n"
                 "The **Sentinel-2** image above is shown in true colour.\n\n"
                 "Analysts choose a sensor by weighing **spatial resolution** against revisit "
                 "time. The table below compares the two missions.\n",
                 "week1.md", [["spatial resolution"]],
                 "week1.md:5: weak card: no card: the text is about a figure the card does not "
                 'show ("The Sentinel-2 image above")',
                 id="a-sentence-about-a-figure-the-card-cannot-show"),
])
def test_a_text_about_what_the_card_cannot_hold_makes_no_card(tmp_path, source, name, kept,
                                                              check_line):
    shown, _, _ = build(tmp_path, source, name)
    assert [s[1] for s in shown] == kept, shown
    assert check_line in check(tmp_path, source, name)


def test_pandoc_sub_and_superscript_never_reach_inside_math(tmp_path):
    # Pandoc's `x^2^` and `H~2~O` are read outside math only: inside a display typed over
    # lines in a list item, a `\[` display or an inline `\[…\]`, `^` and `~` are TeX's (the
    # property test of math anywhere found each: "v_1^2^2" shown as "v_1<sup>2</sup>2").
    source = ("# Flow\n\n## Formulas\n\n"
              "- The **flow** is\n  $$\n  v_1^2^2\n  $$\n  where v is constant.\n\n"
              "The **pressure** falls as\n\\[\n10^{-3}^2\n\\]\nalong the vessel.\n\n"
              "The **resistance** is \\[~r~\\] in a tube.\n")
    shown, _, _ = build(tmp_path, source, "flow.md")
    texts = " ".join(s[4] for s in shown)
    for tex in ("v_1^2^2", "10^{-3}^2", "~r~"):
        assert tex in texts, (tex, texts)
    assert "<sup>" not in texts and "<sub>" not in texts, texts
