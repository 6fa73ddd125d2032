"""Junk a blind sample named, in the thirty-first session, each shape written here as
people type it: every test of a new behaviour fails on the code before it (ef1f370); the
guards beside them say what is still read as before."""

from support import cards_shown, checked


def test_a_code_chunk_right_under_an_html_tag_stays_code(tmp_path):
    # A slide deck in R Markdown centres its plot: `<center>` on the line above the chunk.
    # CommonMark reads the chunk as part of the HTML block, which ends at the chunk's first
    # blank line, and the code after it became paragraphs: `mtext(side = 2, outer = TRUE,
    # "[...]", …)` was asked (blind sample 3005: junk). knitr runs chunks before Markdown
    # is read, and an author who typed a fence meant code.
    source = ("# Metapopulations\n\n## Four models\n\n<center>\n"
              "```{r, fig.width = 8}\npars()\n\n"
              "both(xlab = \"probability of incidence\", label = FALSE)\n"
              "mtext(side = 2, outer = TRUE, \"Extinction\", cex = 2, col = \"darkred\")\n"
              "```\n</center>\n\n"
              "A metapopulation persists when **colonization** balances extinction.\n")
    cards = cards_shown(tmp_path, source, text=True)
    assert [front for front, _ in cards] == [
        "A metapopulation persists when [...] balances extinction."], cards



def test_a_link_with_what_its_page_will_cover_makes_no_card(tmp_path):
    # A note's closing contents: "[[Acid-Base Equilibria]] (This will cover …)" asked
    # "[...] (This will cover weak acids/bases, …)" (blind sample 3005: junk). A link
    # glossed with what it is is still a term and its meaning.
    source = ("# Equilibrium\n\n## Next\n\n[[Acid-Base Equilibria]]  (This will cover weak "
              "acids/bases, $K_a$, $K_b$, pH calculations, buffers, etc.)\n\n"
              "[[Solubility Equilibria]] (covers $K_{sp}$ and the common ion effect)\n\n"
              "[[Photosynthesis]] (the process by which plants make sugar from light)\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert fronts == ["[...] (the process by which plants make sugar from light)"], fronts
    report = checked(tmp_path, source)
    assert "t.md:5: skipped: links" in report and "t.md:7: skipped: links" in report, report


def test_a_name_said_in_two_facts_of_one_wording_is_still_asked(tmp_path):
    # Two facts opening alike are two facts, and the name they share is asked in each (a
    # rule that took a reused wording for no name lost these; the code re-read).
    source = ("# Economics\n\n## Markets\n\nIn a free market the price mechanism sets the "
              "price of bread by supply and demand.\n\n## Labour\n\nIn a free market the "
              "price mechanism sets the wage of workers through the labour market.\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert "In a [...] the price mechanism sets the price of bread by supply and demand." \
        in fronts, fronts


def test_a_name_said_of_two_symbols_is_still_asked(tmp_path):
    # The guard: "$N$ is a normalization constant" and "$k$ is a normalization constant"
    # differ in their formulas alone, but before the phrase: a name said of two things.
    source = ("# Wavefunctions\n\n## Hydrogen\n\n$N$ is a normalization constant fixed by "
              "the radial part.\n\n## Box\n\n$k$ is a normalization constant fixed by the "
              "radial part.\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert "\\(N\\) is a [...] fixed by the radial part." in fronts, fronts


def test_a_sentence_said_again_whole_still_asks_its_phrase(tmp_path):
    # The guard: a line said whole under two models is one fact said twice, and its phrase
    # a name of the article ("Fixed [setup cost] to start production", a gate: good).
    lines = ("- Unlimited **rate of** production capacity\n"
             "- Instantaneous satisfaction of demand and no supply lead time\n"
             "- Fixed setup cost to start production\n"
             "- Products can be analysed individually, a single product or no interactions "
             "between products\n")
    source = ("# Inventory Management\n\n## Economic Order Quantity model\n\n**Assumptions**"
              f"\n\n{lines}\n## Economic Production Quantity model\n\n**Assumptions**\n\n"
              f"{lines}\nThe setup cost is paid once for each production run.\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert "Fixed [...] to start production" in fronts, fronts


def test_a_table_of_what_each_party_says_is_read_cell_by_cell(tmp_path):
    # Three parties of a debate, a sentence a cell. Read as a table of things named by its
    # first column, each card hid a whole sentence of it and never said whose it was
    # ("[...] — Hiob: Wierzy w Boga …", blind sample 3005: junk). Each cell is a line of
    # its column now, its marked phrase asked under the party's name.
    source = ("# The Book of Job\n\n## The dialogues\n\n"
              "| Job's friends | Job | God |\n|---|---|---|\n"
              "| They urged Job to confess his **sins** and repent. | He keeps his "
              "**humility** and defends his innocence. | He does not answer Job's questions "
              "at once. |\n"
              "| They said that suffering comes from **sin** alone. | He asks why he "
              "suffers but stays **faithful**. | He shows that man cannot know **God's "
              "plans**. |\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source)]
    assert "The dialogues › Job He keeps his [...] and defends his innocence." in fronts, \
        fronts
    assert "The dialogues › Job's friends They urged Job to confess his [...] and repent." \
        in fronts, fronts
    assert not [f for f in fronts if "[...] —" in f], fronts


def test_a_table_of_things_with_long_descriptions_still_asks_their_names(tmp_path):
    # The guard: short names down the first column are still the rows' names.
    source = ("# Parties\n\n## Early parties\n\n"
              "| Party | Founded by | Stood for |\n|---|---|---|\n"
              "| Federalists | Alexander Hamilton and John Adams in the 1790s | A strong "
              "national government and a national bank for the new republic |\n"
              "| Democratic-Republicans | Thomas Jefferson and James Madison in 1792 | The "
              "rights of the states and an economy of small independent farmers |\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert any(f.startswith("[...] — Founded by: Alexander Hamilton") for f in fronts), fronts


def test_a_field_of_the_heading_is_not_asked_as_a_name(tmp_path):
    # "- **Methods**: Widespread use of printing presses …" under "### Campaign Tactics"
    # asked "[Methods]" from the line (blind sample 3003: junk); "Context" and "Requirement"
    # likewise. A name beside them ("**Brutus No. 1**") is still asked from what it says.
    source = ("# The Constitution\n\n### The Ratification Campaign\n"
              "- **Context**: First national political campaign in America.\n"
              "- **Requirement**: Nine of thirteen states needed to ratify the Constitution.\n"
              "- **Methods**: Widespread use of printing presses for pamphlets and letters.\n"
              "- **Brutus No. 1**: Critique of the proposed Constitution's power and size.\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert "[...] — Critique of the proposed Constitution's power and size." in fronts, fronts
    assert not [f for f in fronts if f.startswith("[...] —") and "Critique" not in f], fronts


def test_a_marked_word_of_a_question_is_not_asked(tmp_path):
    # "Does **college** ($X$) cause **voter engagement** ($Y$)?" asked "[voter engagement]"
    # (blind sample 3001: junk), and "given that a local population might go **extinct**,
    # will the metapopulation go **extinct**?" asked "[extinct]" (3005): a question states
    # nothing. A question's answer after it is still asked.
    source = ("# DAGs\n\n## The Question\n\n"
              "Does **college** ($X$) cause **voter engagement** ($Y$)?\n\n"
              "## Metapopulations\n\n- given that a local population might go **extinct**, "
              "will the metapopulation go **extinct**?\n\n"
              "## Cells\n\nWhat is the powerhouse of the cell? **Mitochondria**.\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert fronts == ["What is the powerhouse of the cell? [...] ."], fronts
    report = checked(tmp_path, source)
    assert 't.md:5: weak card: "voter engagement" stands in a question the text asks' in \
        report, report
    assert report.count('"voter engagement" stands in a question') == 1, report


def test_two_fields_typed_on_one_line_make_no_card(tmp_path):
    # "negative values: right-skewed positive values: left-skewed": the break between two
    # fields was lost, and the card asked "[...] — right-skewed positive values:
    # left-skewed" (blind samples 3004 and 3005: junk).
    source = ("# Statistical assumptions\n\n### quantifying normality\n\n-   skew\n\n"
              "negative values: right-skewed positive values: left-skewed\n\n-   kurtosis\n\n"
              "negative values: flatly distributed positive values: pointedly distributed\n\n"
              "### Normal distribution\n\nThe **kurtosis** of a normal distribution is three.\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert fronts == ["The [...] of a normal distribution is three."], fronts
    assert "t.md:7: skipped: fields run together" in checked(tmp_path, source)


def test_content_tabs_are_read_as_boxes_titled_by_their_tab(tmp_path):
    # MkDocs Material's content tabs (`=== "Title"`, pymdownx.tabbed), in a box and alone:
    # left as typed, `=== "③ キーをコピーして使ってみよう"` showed on a card that hid its title
    # (blind sample 3101: junk). Each tab's body is read under its title.
    source = ('# Languages\n\n!!! example "Two languages"\n    === "Python"\n'
              '        Python is a **dynamically typed** language.\n\n'
              '    ===+ "Rust"\n        Rust manages memory through **ownership**.\n\n'
              '=== "Go"\n    Go schedules **goroutines** on a few threads.\n\n'
              '=== "③ Copy the key"\n'
              '    The name you entered now shows in the list on the right.\n\n'
              '```text\n=== "not a tab"\n```\n')
    cards = cards_shown(tmp_path, source)
    fronts = [front for front, _ in cards]
    assert not [side for card in cards for side in card if "===" in side], cards
    assert any(f.endswith("Python is a [...] language.") for f in fronts), fronts
    assert any(f.endswith("Rust manages memory through [...] .") for f in fronts), fronts
    assert any("Go schedules [...] on a few threads." in f for f in fronts), fronts
    # A step's title is its context, never a term its body is asked to name.
    assert not [f for f in fronts if "The name you entered" in f], fronts


def test_a_heading_under_a_page_break_is_a_heading(tmp_path):
    # `<div style="page-break-after: always;"></div>` typed right over "## News Vendor
    # model": CommonMark read the heading as part of the HTML block, so it was lost and its
    # lines went under the section before ("Miscellaneous This is [periodic review]",
    # blind sample 3101: junk).
    source = ("# Inventory Management\n\n## Introduction\n\n- Performance measures\n"
              "- Miscellaneous\n\n"
              '<div style="page-break-after: always;"></div>\n## News Vendor model\n\n'
              "The news vendor model uses **periodic review** of a perishable stock.\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source)]
    assert "Inventory Management › News Vendor model The news vendor model uses [...] of a " \
        "perishable stock." in fronts, fronts


def test_a_bold_word_inside_an_italic_sentence_is_the_mark(tmp_path):
    # "*NOTE: … is called an **octave**.*": read as one mark, the whole italic line was
    # hidden and "octave" never asked, and the next line in italics was a gap of fifteen
    # words (blind sample 3101: junk). Italics over a sentence are an aside's style; a
    # phrase in italics is still a mark.
    source = ("# Scales\n\n## There are only 12 notes\n\n"
              "*NOTE: the distance of going twelve notes up or down to the next identically "
              "named note is called an **octave**.*  \n"
              "*NOTE: an increment between two semitones is called a whole step or a whole "
              "tone.*\n\n"
              "A scale is a set of notes ordered by *pitch*.\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert sorted(fronts) == [
        "A scale is a set of notes ordered by [...] .",
        "NOTE: the distance of going twelve notes up or down to the next identically named "
        "note is called an [...] ."], fronts


# -- The code re-read's findings on the round above, each failing before its mend ---------


def test_a_comparison_of_sentences_and_a_phrasebook_keep_their_shapes(tmp_path):
    # A first column of questions over two concepts is a comparison, and a row of one
    # sentence in three languages a phrasebook's: read cell by cell, the comparison's cards
    # never named mitosis or meiosis and the phrasebook made no note.
    source = ("# Cell division\n\n## Mitosis and meiosis compared\n\n"
              "| Question | Mitosis | Meiosis |\n|---|---|---|\n"
              "| How many daughter cells are made at the end? | Two daughter cells are made. "
              "| Four daughter cells are made. |\n"
              "| Are the daughter cells identical to the parent? | Yes, they are genetically "
              "identical clones. | No, crossing over makes each one unique. |\n\n"
              "## Im Restaurant\n\n| Deutsch | English | Français |\n|---|---|---|\n"
              "| Ich hätte gern einen Kaffee mit Milch. | I would like a coffee with milk. | "
              "Je voudrais un café au lait. |\n"
              "| Der Tisch am Fenster ist noch frei. | The table by the window is still free. "
              "| La table près de la fenêtre est encore libre. |\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert "Mitosis: [...] ." in fronts and "Meiosis: [...] ." in fronts, fronts
    assert "[...] — English: I would like a coffee with milk.; Français: Je voudrais un " \
        "café au lait." in fronts, fronts


def test_a_gloss_and_its_example_are_one_field(tmp_path):
    # "Präteritum: simple past: ich ging" is a term, its gloss and an example, not two
    # fields: refused, it was skipped and its list read as an enumeration of whole items.
    source = ("# Deutsch\n\n## Cases\n\n- Nominative: the subject of the sentence\n"
              "- Accusative: the direct object: den Hund\n"
              "- Dative: the indirect object of the verb\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert "[...] — the direct object: den Hund" in fronts, fronts
    assert "[...] — the subject of the sentence" in fronts, fronts


def test_context_beside_terms_is_a_term(tmp_path):
    # "**Context**" among React's terms defines one: only beside other fields, or over a
    # sentence, is it a field of the heading.
    source = ("# React\n\n## Sharing state\n\n"
              "- **Props**: values a parent component passes down to its child\n"
              "- **Context**: a way to pass data through the component tree without passing "
              "props by hand\n"
              "- **Hooks**: functions that let components use state and other React features\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert "[...] — a way to pass data through the component tree without passing props by " \
        "hand" in fronts, fronts


def test_a_fact_with_a_link_and_a_remark_in_brackets_is_no_contents_line(tmp_path):
    # "(see also …)" after a fact about a link is the fact's remark; after links alone,
    # "(This page covers …)", "(will cover …)" and "(to be covered …)" are contents lines.
    source = ("# Cells\n\n## Enzymes\n\n"
              "[[Enzymes]] lower the **activation energy** (see also catalysts)\n\n"
              "## Next\n\n[[Acid-Base Equilibria]] (This page covers weak acids and buffers)\n\n"
              "[[Solubility Equilibria]] (will cover solubility products)\n\n"
              "[[Electrochemistry]] (to be covered next week: galvanic cells)\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert fronts == ["Enzymes lower the [...] (see also catalysts)"], fronts


def test_a_question_after_a_condition_with_commas_is_a_question(tmp_path):
    source = ("# Metapopulations\n\n## Questions\n\n"
              "- given that colonisation is rare, slow and costly, will the **metapopulation** "
              "persist?\n"
              "- If, as Levins argued, patches are identical, does **patch size** matter?\n\n"
              "## Levins\n\nA metapopulation is a set of **local populations** linked by "
              "dispersal.\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert fronts == ["A metapopulation is a set of [...] linked by dispersal."], fronts


# -- The second code re-read's findings, each failing before its mend ------------------------


def test_a_comment_in_pre_under_its_tag_is_no_heading(tmp_path):
    # `<pre>` over "# build the image": the tag line was blanked as if over a heading, and
    # the shell comment became the note's title, its command asked as a card.
    source = ("# Docker\n\n## Images\n\nAn **image** is a read-only template for containers.\n\n"
              "<pre>\n# build the image\ndocker build -t web .\n</pre>\n")
    cards = cards_shown(tmp_path, source)
    assert [front for front, _ in cards] == [
        "Docker An [...] is a read-only template for containers."], cards


def test_a_table_of_peoples_is_no_phrasebook(tmp_path):
    # "| Egyptian | Greek | Roman |": two peoples' names are languages too, but not every
    # column is one; each cell is read under its people.
    source = ("# Ancient religion\n\n## Gods\n\n| Egyptian | Greek | Roman |\n|---|---|---|\n"
              "| Ra was worshipped as the **sun** god at Heliopolis. | Zeus ruled the gods from "
              "**Mount Olympus** above Greece. | Jupiter was honoured on the **Capitoline "
              "Hill** in Rome. |\n"
              "| Osiris judged the dead in the **underworld** after death. | Hades ruled the "
              "dead in a realm below the earth. | Pluto ruled the dead and the riches of the "
              "earth below. |\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source)]
    assert not [f for f in fronts if "[...] —" in f], fronts
    assert any(f.endswith("Ra was worshipped as the [...] god at Heliopolis.") for f in fronts), \
        fronts


def test_a_content_tab_title_is_context_not_a_term(tmp_path):
    # `=== "Windows"` over "Download the official installer …" asked "[Windows]".
    source = ('# Python setup\n\n## Install\n\n=== "Windows"\n    Download the official '
              'installer from the website and run it.\n\n=== "macOS"\n'
              '    Install it with **Homebrew** from a terminal window.\n')
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert fronts == ["Install it with [...] from a terminal window."], fronts


def test_method_beside_fields_and_requirements_anywhere_are_fields(tmp_path):
    # "[Method] — paper chromatography …" and "[Concerns] — rare blood clots …" came back
    # when the words were made fields only beside other fields (the second re-read).
    source = ("# Chemistry\n\n## Practical 1\n\n- **Method**: paper chromatography of the ink\n"
              "- **Result**: three spots at different heights\n\n## Vaccines\n\n"
              "- **Concerns**: rare blood clots after the first dose\n"
              "- **Adjuvant**: a substance that strengthens the immune response\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert not [f for f in fronts if "chromatography" in f and f.startswith("[...]")], fronts
    assert not [f for f in fronts if "blood clots" in f and f.startswith("[...]")], fronts
    assert "[...] — a substance that strengthens the immune response" in fronts, fronts


def test_a_labelled_contents_line_makes_no_card(tmp_path):
    source = ("# Equilibrium\n\n## Next\n\nNext week: [[Acid-Base Equilibria]] (This will cover "
              "weak acids and buffers)\n\nThe **equilibrium constant** does not change with "
              "concentration.\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert fronts == ["The [...] does not change with concentration."], fronts


def test_a_question_over_its_worked_formula_is_a_question(tmp_path):
    # "What is the probability that [two cards drawn] at random … will both be aces?" over
    # its `\[…\]` (two samples' junk): the formula closing the text hid the question mark.
    source = ("# Probability\n\n## Definition\n\nWhat is the probability that **two cards "
              "drawn** at random from a deck will both be aces?\n"
              "$$\n\\frac{\\binom{4}{2}}{\\binom{52}{2}} = \\frac{1}{221}\n$$\n\n"
              "Two events are **independent** when one tells nothing of the other.\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert fronts == ["Two events are [...] when one tells nothing of the other."], fronts
