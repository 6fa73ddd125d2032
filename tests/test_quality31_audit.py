"""The test audit of the thirty-first session's readings (tests/test_quality31.py): an
auditor broke each feature in a scratch copy the way a careless edit might (a branch
deleted, a condition inverted, a regex loosened, a word dropped from a list, a threshold
moved) and found 54 of 88 such breaks passing every test. Each test here fails under one
of them and passes on the code, and says what a user would see go wrong."""

from support import cards_shown, checked


def _fronts(tmp_path, source, text=True):
    return [front for front, _ in cards_shown(tmp_path, source, text=text)]


# --- one_wording (reused wordings) -------------------------------------------------------

def test_a_line_said_again_whole_asks_its_phrase_with_nothing_else_saying_it(tmp_path):
    # The guard of test_a_sentence_said_again_whole_still_asks_its_phrase without its last
    # sentence: "The setup cost is paid once …" gives "setup cost" a second wording, so the
    # guard passed with the said-again exception deleted.
    source = ("# Inventory Management\n\n## Economic Order Quantity model\n\n**Assumptions**\n\n"
              "- Fixed setup cost to start production\n- Demand is known and constant\n\n"
              "## Economic Production Quantity model\n\n**Assumptions**\n\n"
              "- Fixed setup cost to start production\n- Production runs at a finite rate\n")
    fronts = _fronts(tmp_path, source)
    assert fronts.count("Fixed [...] to start production") == 2, fronts


def test_a_phrase_in_two_sentences_of_their_own_is_asked_in_both(tmp_path):
    # Same two words after the phrase, different sentences before it: two wordings, a name.
    source = ("# Homeostasis\n\n## Regulation\n\n"
              "Insulin release is controlled by negative feedback in the pancreas.\n\n"
              "Body temperature is held steady by negative feedback in the brain.\n")
    fronts = _fronts(tmp_path, source)
    assert "Body temperature is held steady by [...] in the brain." in fronts, fronts


# --- a word of a question (_ASKS_AFTER_CONDITION, weak once) --------------------------------

def test_a_question_under_if_asks_nothing(tmp_path):
    source = ("# Metapopulations\n\n## Questions\n\n- if a local population goes **extinct**, "
              "will the metapopulation survive?\n\n## Cells\n\nWhat is the powerhouse of the "
              "cell? **Mitochondria**.\n")
    assert _fronts(tmp_path, source) == ["What is the powerhouse of the cell? [...] ."]


def test_a_question_under_assuming_or_suppose_asks_nothing(tmp_path):
    source = ("# Testing\n\n## Multiple tests\n\nAssuming all of the null hypotheses are "
              "**true**, what is the chance of at least one rejection?\n\n"
              "Suppose the null hypotheses are all **false**, how likely is a rejection?\n\n"
              "## p-values\n\nGiven a **p-value** of 0.03, what do we conclude at the 5% level?\n\n"
              "## Cells\n\nWhat is the powerhouse of the cell? **Mitochondria**.\n")
    assert _fronts(tmp_path, source) == ["What is the powerhouse of the cell? [...] ."]


def test_a_quoted_question_under_a_condition_asks_nothing(tmp_path):
    source = ("# Testing\n\n## p-values\n\n\"If the **null hypothesis** is true, how often "
              "would we see data this extreme?\"\n\n## Cells\n\nWhat is the powerhouse of the "
              "cell? **Mitochondria**.\n")
    assert _fronts(tmp_path, source) == ["What is the powerhouse of the cell? [...] ."]


def test_a_statement_under_a_condition_is_still_asked(tmp_path):
    source = ("# Testing\n\n## p-values\n\nIf the **null hypothesis** is true, what we observe "
              "is due to chance alone.\n")
    assert _fronts(tmp_path, source) == [
        "If the [...] is true, what we observe is due to chance alone."]


def test_the_same_question_on_two_lines_is_reported_on_each(tmp_path):
    source = ("# DAGs\n\n## The Question\n\nDoes **college** ($X$) cause **voter engagement** "
              "($Y$)?\n\n## Again\n\nDoes **college** ($X$) cause **voter engagement** ($Y$) in "
              "every state?\n")
    report = checked(tmp_path, source)
    for line in (5, 9):
        assert f't.md:{line}: weak card: "voter engagement" stands in a question' in report, \
            report


# --- fields run together --------------------------------------------------------------------

def test_a_five_word_run_between_two_fields_is_still_two_fields(tmp_path):
    source = ("# Errors\n\n## Hypothesis tests\n\nType I error: false positive Type II error: "
              "false negative\n\nA **Type I error** rejects a true null hypothesis.\n")
    assert "t.md:5: skipped: fields run together" in checked(tmp_path, source)


def test_a_second_value_of_four_words_is_still_two_fields(tmp_path):
    source = ("# Statistical assumptions\n\n### skew\n\nnegative values: right-skewed positive "
              "values: skewed to the left\n\nThe **kurtosis** of a normal distribution is "
              "three.\n")
    assert _fronts(tmp_path, source) == ["The [...] of a normal distribution is three."]


def test_a_clause_leading_into_a_colon_is_one_field(tmp_path):
    # docs/markdown.md: "Delta: Wenn Fluss … mündet: Ablagerungen …" is one field.
    long_run = ("# Geographie\n\n## Landformen\n\n"
                "Delta: Wenn ein Fluss ins Meer mündet: Ablagerungen am Ufer\n")
    long_value = ("# Geographie\n\n## Landformen\n\nDelta: Wo ein Fluss mündet: Ablagerungen "
                  "bilden eine breite Ebene am Ufer\n")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert _fronts(tmp_path / "a", long_run) == [
        "[...] — Wenn ein Fluss ins Meer mündet: Ablagerungen am Ufer"]
    assert _fronts(tmp_path / "b", long_value) == [
        "[...] — Wo ein Fluss mündet: Ablagerungen bilden eine breite Ebene am Ufer"]


# --- field words of a heading ----------------------------------------------------------------

def test_concerns_method_requirements_are_fields_not_names(tmp_path):
    source = ("# The Constitution\n\n### The Ratification Debate\n"
              "- **Concerns**: Anti-Federalists feared a strong central government without a "
              "bill of rights.\n"
              "- **Method**: Essays printed in New York newspapers under pen names.\n"
              "- **Requirements**: Approval by special state conventions rather than state "
              "legislatures.\n"
              "- **Federalist No. 10**: Madison's essay on controlling the effects of faction.\n")
    assert _fronts(tmp_path, source) == [
        "[...] — Madison's essay on controlling the effects of faction."]


# --- tables of sentences --------------------------------------------------------------------

def test_a_short_cell_among_sentences_keeps_the_table_a_table_of_sentences(tmp_path):
    source = ("# The Book of Job\n\n## The dialogues\n\n| Job's friends | Job | God |\n"
              "|---|---|---|\n"
              "| They urged Job to confess his **sins** and repent. | He keeps his **humility** "
              "and defends his innocence. | He does not answer Job's questions at once. |\n"
              "| They said that suffering comes from **sin** alone. | He asks why he suffers but "
              "stays **faithful**. | He shows that man cannot know **God's plans**. |\n"
              "| They fall **silent** at last. | He repents in dust and ashes before God. | "
              "Silent |\n")
    fronts = _fronts(tmp_path, source)
    assert "He keeps his [...] and defends his innocence." in fronts, fronts
    assert not [f for f in fronts if "[...] —" in f], fronts


def test_cells_of_six_words_without_a_stop_are_sentences(tmp_path):
    source = ("# The Book of Job\n\n## The dialogues\n\n| Job's friends | Job | God |\n"
              "|---|---|---|\n"
              "| They urged Job to confess his **sins** | He defends his **innocence** to the "
              "end | He does not answer Job's questions |\n"
              "| They blamed all suffering on **sin** | He asks why he suffers so much | He "
              "shows the limits of **human knowledge** |\n")
    fronts = _fronts(tmp_path, source)
    assert "He defends his [...] to the end" in fronts, fronts
    assert not [f for f in fronts if "[...] —" in f], fronts


def test_short_cells_ending_in_a_stop_are_sentences(tmp_path):
    source = ("# The Book of Job\n\n## The dialogues\n\n| Job's friends | Job | God |\n"
              "|---|---|---|\n"
              "| They blame Job's **sins**. | He defends his **innocence**. | He stays silent "
              "at first. |\n"
              "| They call for **repentance**. | He asks why he suffers. | He speaks from the "
              "**whirlwind**. |\n")
    fronts = _fronts(tmp_path, source)
    assert "He defends his [...] ." in fronts, fronts
    assert not [f for f in fronts if "[...] —" in f], fronts


def test_a_two_column_question_table_still_shows_its_questions(tmp_path):
    source = ("# Autumn\n\n## Leaves\n\n| Question | Answer |\n|---|---|\n"
              "| Why do the leaves of trees change colour in autumn? | Their **chlorophyll** "
              "breaks down and shows the other pigments. |\n"
              "| Why do many trees drop all of their leaves in winter? | Dropping them saves "
              "**water** when the ground is frozen. |\n")
    fronts = _fronts(tmp_path, source)
    assert "Why do the leaves of trees change colour in autumn? — Their [...] breaks down " \
        "and shows the other pigments." in fronts, fronts


def test_a_column_of_names_half_of_them_long_is_still_names(tmp_path):
    source = ("# Parties\n\n## Early parties\n\n| Party | Founded by | Stood for |\n|---|---|---|\n"
              "| Federalists | Alexander Hamilton and John Adams in the 1790s | A strong national "
              "government and a national bank for the new republic |\n"
              "| Whigs | Henry Clay and Daniel Webster in the 1830s | A national bank, tariffs "
              "and roads paid for by the nation |\n"
              "| The Democratic-Republican Party of Thomas Jefferson | Thomas Jefferson and James "
              "Madison in 1792 | The rights of the states and an economy of small independent "
              "farmers |\n"
              "| National Republican Party of John Quincy Adams | John Quincy Adams and Henry "
              "Clay in 1825 | Federal spending on canals, roads and a protective tariff for "
              "industry |\n")
    fronts = _fronts(tmp_path, source)
    assert len([f for f in fronts if f.startswith("[...] — Founded by: ")]) == 4, fronts


def test_a_table_of_short_names_is_not_a_table_of_sentences(tmp_path):
    source = ("# Norman Conquest\n\n## Battles\n\n| Battle | Commander | Result |\n|---|---|---|\n"
              "| Battle of Hastings | William the Conqueror | Norman conquest of England |\n"
              "| Battle of Stamford Bridge | King Harold Godwinson | Defeat of Harald Hardrada |\n")
    assert _fronts(tmp_path, source) == [
        "[...] — Commander: William the Conqueror; Result: Norman conquest of England",
        "[...] — Commander: King Harold Godwinson; Result: Defeat of Harald Hardrada"]


# --- code under an HTML tag, chunk languages -----------------------------------------------

_PLOT = ("pars()\n\nmtext(side = 2, outer = TRUE, \"Extinction\", cex = 2, col = \"darkred\")\n"
         "```\n")
_FACT = "A metapopulation persists when **colonization** balances extinction.\n"
_ONLY = ["A metapopulation persists when [...] balances extinction."]


def test_a_chunk_under_a_div_with_attributes_stays_code(tmp_path):
    source = ("# Metapopulations\n\n## Four models\n\n<div align=\"center\">\n"
              "```{r, fig.width = 8}\n" + _PLOT + "</div>\n\n" + _FACT)
    assert _fronts(tmp_path, source) == _ONLY


def test_a_chunk_under_a_closing_tag_stays_code(tmp_path):
    source = ("# Metapopulations\n\n## Four models\n\n<center>\n<img src=\"m.png\">\n</center>\n"
              "```{r}\n" + _PLOT + "\n" + _FACT)
    assert _fronts(tmp_path, source) == _ONLY


def test_every_chunk_under_a_tag_stays_code(tmp_path):
    source = ("# Metapopulations\n\n## Four models\n\n<center>\n```{r}\npars()\n\n"
              "legend(\"topright\", \"Immigration\")\n```\n</center>\n\n" + _FACT + "\n"
              "<center>\n```{r}\n" + _PLOT + "</center>\n\n"
              "Rescue by **immigration** slows the loss of a local population.\n")
    assert _fronts(tmp_path, source) == _ONLY + [
        "Rescue by [...] slows the loss of a local population."]


def test_a_line_of_text_opening_on_a_tag_above_a_fence_is_kept(tmp_path):
    source = ("# Cells\n\n## Energy\n\n<u>Mitochondria</u> make most of the cell's ATP by "
              "respiration.\n```python\natp = 30\n```\n")
    assert _fronts(tmp_path, source) == ["[...] make most of the cell's ATP by respiration."]


def test_J_a_knitr_chunk_is_named_by_its_language(tmp_path):
    source = ("# Flow\n\n## Steps\n\n```{r, fig.width = 8}\nplot(x)\n```\n\n```{mermaid}\n"
              "graph TD\nA-->B\n```\n\nThe **kidney** filters blood.\n")
    report = checked(tmp_path, source)
    assert "t.md:5: skipped: code block (r)" in report, report
    assert "t.md:9: skipped: mermaid diagram" in report, report


# --- contents links ------------------------------------------------------------------------

def test_every_kind_of_contents_remark_is_navigation(tmp_path):
    source = ("# Equilibrium\n\n## Next\n\n[[Enzymes]] (more on this in the lecture on "
              "kinetics)\n\n[[Le Chatelier's principle]] (see also the notes on buffers and pH)"
              "\n\n[[Buffers]] (includes the Henderson-Hasselbalch equation and titration "
              "curves)\n\n[[Photosynthesis]] (the process by which plants make sugar from light)"
              "\n")
    assert _fronts(tmp_path, source) == [
        "[...] (the process by which plants make sugar from light)"]
    report = checked(tmp_path, source)
    for line in (5, 7, 9):
        assert f"t.md:{line}: skipped: links" in report, report


def test_a_remark_in_the_middle_of_a_sentence_leaves_the_sentence(tmp_path):
    source = ("# Biology\n\n## Plants\n\n[[Photosynthesis]] (more on this later) is how green "
              "plants make sugar from light in their chloroplasts.\n")
    assert _fronts(tmp_path, source) == [
        "[...] (more on this later) is how green plants make sugar from light in their "
        "chloroplasts."]


_JOB3 = ("| Job's friends | Job | God |\n|---|---|---|\n"
         "| They urged Job to confess his **sins** and repent. | He keeps his **humility** and "
         "defends his innocence. | He does not answer Job's questions at once. |\n"
         "| They said that suffering comes from **sin** alone. | He asks why he suffers but "
         "stays **faithful**. | |\n"
         "| They fall silent at last before his words. | He repents in dust and ashes before "
         "God. | He speaks to Job from the **whirlwind**. |\n")


def test_a_table_of_sentences_keeps_the_title_written_over_it(tmp_path):
    source = ("# The Book of Job\n\n## The dialogues\n\n**Who says what in the debate:**\n\n"
              + _JOB3)
    fronts = _fronts(tmp_path, source, text=False)
    assert "Who says what in the debate › Job He keeps his [...] and defends his innocence." \
        in fronts, fronts


def test_an_empty_cell_of_a_table_of_sentences_is_no_paragraph(tmp_path):
    source = "# The Book of Job\n\n## The dialogues\n\n" + _JOB3
    assert "paragraph with no text" not in checked(tmp_path, source)
