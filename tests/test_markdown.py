"""Markdown articles, built through the CLI and imported into real Anki (issue 5)."""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import (
    DATA,
    SEED,
    answer_leaks,
    build_articles,
    by_guid,
    cloze_answers,
    empty_cards,
    examples,
    field_text,
    import_package,
    imported,
    note_containing,
    notes,
    run,
    visible,
)

from deck_builder.errors import ContentError
from deck_builder.generate import generate
from deck_builder.readers.markdown import read as read_markdown

MARKDOWN = DATA / "markdown"
SEED_MD = MARKDOWN / "collectivism-vs-individualism.md"

# Articles written for these tests in different house styles, with what each must give.
ARTICLES = {
    # No front matter; emoji and numbered headings; a `#` column; "**Label**:" bullets.
    "mitosis-vs-meiosis": dict(
        cloze=10, compare=4, cites={"Alberts2015", "Campbell2008"},
        topics={"introduction", "mitosis", "meiosis", "meiosis::crossing-over",
                "side-by-side", "phases-to-remember"},
    ),
    # No front matter; setext headings; "Term | Meaning" glossary; "Label — text" bullets.
    "tcp-vs-udp": dict(
        cloze=8, compare=3, cites={"Kurose2021", "Postel1980"},
        topics={"what-they-are", "how-tcp-stays-reliable", "side-by-side", "glossary"},
    ),
    # Front matter; closed ATX headings; "**Label:**" numbered list under a lead-in line;
    # italic key terms; admonition, block quote, image, code fence, raw HTML, comment.
    "classical-vs-operant-conditioning": dict(
        cloze=9, compare=3, cites={"Pavlov1927", "Skinner1938", "Ferster1957"},
        topics={"classical-conditioning", "operant-conditioning",
                "operant-conditioning::schedules", "key-differences"},
    ),
}


build = build_articles


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Every test article built once, each in its own folder."""
    root = tmp_path_factory.mktemp("markdown")
    return {name: build(root / name, MARKDOWN / f"{name}.md") for name in ARTICLES}


# -- the seed in both formats ---------------------------------------------------------------


def test_markdown_and_yaml_seed_give_the_same_notes(tmp_path, collection):
    from_yaml = collection(build(tmp_path / "yaml", SEED), "anki-yaml")
    from_markdown = collection(build(tmp_path / "md", SEED_MD), "anki-md")
    expected = by_guid(from_yaml)
    assert len(expected) == 49
    assert by_guid(from_markdown) == expected


def test_switching_the_seed_to_markdown_never_duplicates_a_note(tmp_path, collection):
    col = collection(build(tmp_path / "yaml", SEED))
    count = col.note_count()
    log = import_package(col, build(tmp_path / "md", SEED_MD))
    assert list(log.new) == [] and list(log.conflicting) == []
    assert col.note_count() == count


def test_seed_with_both_formats_in_one_folder_is_an_error_naming_both(tmp_path):
    cards = tmp_path / "cards"
    cards.mkdir()
    shutil.copy(SEED, cards)
    shutil.copy(SEED_MD, cards)
    result = run("build", cards, "-o", tmp_path / "deck.apkg", expect=1)
    assert "collectivism-vs-individualism.md" in result.output
    assert "collectivism-vs-individualism.yaml" in result.output
    assert 'article id "collectivism-vs-individualism" is also used by' in result.output
    assert not (tmp_path / "deck.apkg").exists()


def test_check_says_which_seed_paragraph_makes_no_card():
    result = run("check", SEED_MD)
    line = _line_of(SEED_MD, "This article will highlight")
    assert (f"collectivism-vs-individualism.md:{line}: skipped: paragraph about the notes"
            in result.output)
    assert "40 cloze, 9 compare notes" in result.output


# -- further articles -----------------------------------------------------------------------


@pytest.mark.parametrize("name", ARTICLES)
def test_article_builds_the_expected_notes(name, built, collection):
    col = collection(built[name])
    expected = ARTICLES[name]
    assert len(notes(col, 'note:"deck-builder Cloze"')) == expected["cloze"]
    assert len(notes(col, 'note:"deck-builder Compare"')) == expected["compare"]
    tags = {t for n in notes(col) for t in n.tags}
    assert {t[len("cite::"):] for t in tags if t.startswith("cite::")} == expected["cites"]
    assert {t[len("topic::"):] for t in tags if t.startswith("topic::")} == expected["topics"]
    count = expected["cloze"] + expected["compare"]
    assert empty_cards(col, notes=count) == []
    assert answer_leaks(col, notes=count) == []


def test_article_without_front_matter_gets_comparison_definitions_and_citations(
        built, collection):
    col = collection(built["mitosis-vs-meiosis"])
    definition = note_containing(col, "Mitosis is the division of one nucleus")
    assert definition["Text"].startswith("{{c1::Mitosis}} is")
    assert "cite::Alberts2015" in definition.tags
    assert "[...] is the division" in visible(definition.cards()[0].question())
    # The `#` column is not a dimension; bold in cells is no markup on the card.
    compare = notes(col, 'note:"deck-builder Compare"')
    assert sorted(visible(n["Dimension"]) for n in compare) == [
        "Chromosome number", "Daughter cells", "Divisions", "Purpose"]
    (row,) = notes(col, '"Dimension:Chromosome number"')
    assert visible(row["Concept1"]) == "Mitosis"
    # The bold phrase of a cell is what its recall card asks for.
    assert visible(row["Text1"]) == "Kept the same ({{c1::diploid}})"
    assert "*" not in "".join(row.fields)
    # The title comes from the first heading, the id from the file name.
    assert "article::mitosis-vs-meiosis" in row.tags
    assert "🧬 Mitosis vs. Meiosis" in [d.name for d in col.decks.all_names_and_ids()]


def test_glossary_table_and_dash_labelled_bullets(built, collection):
    col = collection(built["tcp-vs-udp"])
    glossary = notes(col, "tag:topic::glossary")
    assert sorted(field_text(n["Text"]).split(" — ")[0] for n in glossary) == [
        "Datagram", "Handshake", "Window"]
    timer = note_containing(col, "Retransmission timer")
    assert timer["Text"].startswith("{{c1::Retransmission timer}} — a segment")
    assert visible(timer["Context"]) == "How TCP stays reliable"
    flow = note_containing(col, "Flow control")  # an en dash separates label and text as well
    assert flow["Text"].startswith("{{c1::Flow control}} — the receiver")


def test_front_matter_names_id_deck_and_topics(built, collection):
    col = collection(built["classical-vs-operant-conditioning"])
    tagged = [n for n in notes(col) if "article::conditioning" in n.tags]
    assert len(tagged) == col.note_count() == sum(ARTICLES[
        "classical-vs-operant-conditioning"][kind] for kind in ("cloze", "compare"))
    assert "Psychology::Learning" in [d.name for d in col.decks.all_names_and_ids()]
    schedule = note_containing(col, "variable-ratio schedule")
    assert "topic::operant-conditioning::schedules" in schedule.tags
    # Italic marks a cloze target as bold does.
    assert "{{c1::conditioned stimulus}}" in note_containing(col, "bell alone")["Text"]
    item = note_containing(col, "Negative punishment")
    assert visible(item["Context"]) == ("Classical and Operant Conditioning › "
                                        "Four kinds of consequence")
    assert "Classical and Operant Conditioning" in visible(item["Source"])


def test_check_lists_what_made_no_note_with_line_numbers():
    article = MARKDOWN / "classical-vs-operant-conditioning.md"
    result = run("check", article)
    skipped = [line for line in result.output.splitlines() if ": skipped: " in line]
    name = "classical-vs-operant-conditioning.md"
    assert [s.split(name, 1)[1] for s in skipped] == [
        # (the list's title line says what the list holds, each card's context: told so)
        f':{_line_of(article, "Four kinds of consequence:")}: skipped: title line (it names '
        "what the list or table under it holds, each card's context; it states no fact of its "
        "own)",
        f':{_line_of(article, "```python")}: skipped: code block (python) (code makes no card)',
        f':{_line_of(article, "<div")}: skipped: raw HTML (HTML makes no card)',
    ]
    # The admonition's body and the block quote are read as content (issue 14); they name
    # no term, so `check` says why each made no card: a note of its report, on stdout
    # (warnings and errors go to stderr).
    for start in ("    Examiners", "> Learning"):
        assert (f"{name}:{_line_of(article, start)}: note: facts: no card: the fact names no "
                "concept" in result.stdout)
    assert "9 cloze, 3 compare notes" in result.output


def _line_of(path: Path, start: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if line.startswith(start))


# -- what the reader makes of less tidy Markdown ----------------------------------------------


def _read(tmp_path: Path, source: str, name: str = "notes.md"):
    path = tmp_path / name
    path.write_text(source, encoding="utf-8")
    return read_markdown(path, source)


def _problems(tmp_path: Path, source: str) -> list[str]:
    with pytest.raises(ContentError) as raised:
        _read(tmp_path, source)
    return [f"{p.line}: {p.message}" for p in raised.value.problems]


def test_front_matter_errors_name_their_line(tmp_path):
    # The flow list is still open where the front matter ends, on line 4.
    # Front matter never blocks an article (issue 14): what does not parse is a warning
    # with its line, and the body is still read.
    article, problems = _read(tmp_path, "---\nid: x\ntitle: [unclosed\n---\n# T\n\n"
                              "The **nucleus** holds DNA.\n")
    assert [(p.line, p.severity) for p in problems] == [(4, "warning")]
    assert problems[0].message.startswith("front matter is not valid YAML (YAML syntax: did "
                                          "not find expected ',' or ']'")
    assert article.title == "T" and len(article.sections) == 1
    article, problems = _read(tmp_path, "---\nid: x\n# T\n\nA **cell** is small.\n")
    assert [(p.line, p.severity, p.message) for p in problems] == [
        (1, "warning", "front matter opened here is never closed (end it with a line `---`); "
                       "it is read as text")]
    _, problems = _read(tmp_path, "---\n- a list\n---\nA **cell** is small.\n")
    assert [(p.line, p.severity) for p in problems] == [(1, "warning")]
    # A key deck-builder owns keeps its checks.
    assert _problems(tmp_path, "---\ntitle: [a, b]\n---\n") == ["2: expected text, got a list"]


def test_topic_override_naming_no_heading_is_a_warning(tmp_path):
    article, problems = _read(tmp_path, "---\ntopics:\n  Introduktion: x\n---\n"
                              "## Introduction\n\nA **marked** fact.\n")
    assert [(p.line, p.severity, p.message) for p in problems] == [
        (3, "warning", "'Introduktion' names no heading, list or table; "
                       "did you mean 'Introduction'?")]
    assert article.sections[0].topic == "introduction"


def test_comparison_column_not_among_declared_concepts_is_skipped(tmp_path):
    article, _ = _read(tmp_path, "---\nconcepts: [Mitosis, Meiosis]\n---\n\n"
                       "| | Mitosis | Binary fission |\n|-|-|-|\n| Cells | Two | Two |\n")
    assert article.sections == ()
    assert [(t.line, t.value) for t in article.skipped] == [(5, (
        'table (column "Binary fission" is not one of the front matter\'s concepts '
        "(Mitosis, Meiosis))"))]


def test_a_label_repeated_in_one_list_makes_statements_and_a_warning(tmp_path):
    # Refusing the file lost every card of it (issue 14: no file is refused); two items
    # under one label mean the label is a field name ("Misconception"), not a term.
    article, problems = _read(tmp_path, "## Parts\n\n- **Cap**: top of the **pileus**\n"
                              "- **Stem**: middle\n- **Cap**: again\n")
    (section,) = article.sections
    assert section.lists == ()
    assert [f.text.value for f in section.facts][0] == "Cap: top of the **pileus**"
    assert [(p.line, p.severity) for p in problems] == [(3, "warning")]
    assert 'the label "Cap" names more than one item' in problems[0].message


def test_lists_that_are_not_labelled_are_facts_item_by_item(tmp_path):
    article, _ = _read(tmp_path, "## Notes\n\n- The **nucleus** holds DNA.\n"
                       "- Ribosomes make proteins.\n")
    (section,) = article.sections
    assert [f.text.value for f in section.facts] == [
        "The **nucleus** holds DNA.", "Ribosomes make proteins."]
    assert section.lists == ()


def test_literal_asterisks_never_become_cloze_marks(tmp_path):
    article, _ = _read(tmp_path, r"## Maths" "\n\n" r"Write 2 \*\* 3 and **power** here." "\n")
    (fact,) = article.sections[0].facts
    assert fact.text.value == "Write 2 \u2217\u2217 3 and **power** here."


def test_unclosed_colon_fence_admonition_is_read_and_reported(tmp_path):
    article, problems = _read(tmp_path, "## A\n\n:::tip\n\nHidden **text**.\n")
    (section,) = article.sections
    assert [f.text.value for f in section.facts] == ["Hidden **text**."]
    assert [(p.line, p.severity) for p in problems if "never closed" in p.message] == [
        (3, "warning")]


def test_an_unclosed_myst_fence_is_reported_as_the_fence_typed(tmp_path):
    # An unclosed "```{note}" was reported as "the `:::` block opened here", which the
    # author never typed.
    _, problems = _read(tmp_path, "## A\n\nIntro.\n\n> ```{note}\n> Hidden **text**.\n\n"
                        "````{admonition} Lenses\nThe **focal length** of a lens.\n")
    assert [(p.line, p.message) for p in problems if "never closed" in p.message] == [
        (5, "the ```{note} block opened here is never closed; everything after it is read "
            "under its title"),
        (8, "the ````{admonition} block opened here is never closed; everything after it is "
            "read under its title")]


def test_colon_fence_blocks_of_docusaurus_and_myst_are_read_under_their_title(tmp_path):
    # Docusaurus/VitePress `:::kind Title` and `:::kind[Title]`, MyST `:::{note}`: each body
    # is content, its title the cards' context, as a MkDocs admonition's is. They were
    # skipped whole before, lists of key facts and all.
    source = ("# Immunity\n\n## Classes\n\n"
              ":::highyield One-liners per class\n"
              "- **IgG** — crosses the placenta.\n- **IgA** — found in saliva and milk.\n"
              ":::\n\n"
              ":::tip[Allergy]\nThe **mast cell** releases histamine in allergy.\n:::\n\n"
              ":::{note}\nThe **complement** system lyses bacteria.\n:::\n")
    _, problems = _read(tmp_path, source)
    assert not [p for p in problems if p.severity != "info"]
    (placenta, histamine, lyses) = _first_cards(
        source, tmp_path, "crosses the placenta", "releases histamine", "lyses bacteria")
    assert placenta[0] == ["IgG"] and "One-liners per class" in placenta[1]
    assert histamine[0] == ["mast cell"] and "Allergy" in histamine[1]
    assert lyses[0] == ["complement"]


def test_quarto_and_pandoc_fenced_divs_are_read_under_their_title(tmp_path):
    # Quarto callouts `::: {.callout-note}` (title from `title="…"` or a first heading) and
    # Pandoc divs `::: {.note}` were skipped whole as "admonitions not indented by four
    # spaces"; a layout div (`:::: {.columns}`) is no box: its body reads as if bare.
    source = ("# Cells\n\n## Organelles\n\n"
              "::: {.callout-note}\n## Energy\n"
              "The **mitochondrion** makes most of the cell's ATP.\n:::\n\n"
              '::: {.callout-tip title="Protein synthesis" collapse="true"}\n'
              "The **ribosome** joins amino acids into a chain.\n:::\n\n"
              ":::: {.columns}\n::: {.column width=\"50%\"}\n"
              "The **nucleus** holds the cell's DNA.\n:::\n::::\n")
    _, problems = _read(tmp_path, source)
    assert not [p for p in problems if p.severity != "info"], problems
    assert not [p for p in problems if "admonition" in p.message], problems
    (atp, chain, dna) = _first_cards(
        source, tmp_path, "most of the cell", "amino acids into", "the cell's DNA")
    assert atp[0] == ["mitochondrion"] and "Energy" in atp[1]
    assert chain[0] == ["ribosome"] and "Protein synthesis" in chain[1]
    assert dna[0] == ["nucleus"]
    assert not any(mark in atp[1] + chain[1] + dna[1]
                   for mark in (":::", "{.", "callout", "column"))


def test_a_hugo_shortcode_with_a_title_heads_the_cards_of_what_it_holds(tmp_path):
    # `{{< admonition title="…" >}}` and `{{< tab "…" >}}`: the title was dropped with the
    # tags, so a case's facts showed under "Duty of care" with no case named.
    source = ("---\ntitle: Negligence\n---\n\n## Duty of care\n\n"
              '{{< admonition type="note" title="Donoghue v Stevenson (1932)" >}}\n'
              "A manufacturer owes a **duty of care** to the ultimate consumer.\n"
              "{{< /admonition >}}\n\n"
              '{{< tabs "cases" >}}\n{{< tab "Caparo v Dickman (1990)" >}}\n'
              "Harm must be **foreseeable** and the parties close.\n{{< /tab >}}\n"
              "{{< /tabs >}}\n\n"
              '{{< details "Who decides?" >}}\nThe **judge** decides whether a duty exists.\n'
              "{{< /details >}}\n")
    (donoghue, caparo, judge) = _first_cards(
        source, tmp_path, "ultimate consumer", "the parties close", "whether a duty exists")
    assert donoghue[0] == ["duty of care"] and "Donoghue v Stevenson (1932)" in donoghue[1]
    assert caparo[0] == ["foreseeable"] and "Caparo v Dickman (1990)" in caparo[1]
    assert "cases" not in caparo[1]  # the tabs' id is no title
    # A question for a title would head its own answer's card: not shown.
    assert judge[0] == ["judge"] and "Who decides" not in judge[1]
    assert not any(mark in donoghue[1] + caparo[1] + judge[1] for mark in ("{{", ":::"))


def test_a_box_indented_in_a_list_item_is_read_and_the_list_goes_on(tmp_path):
    # A titled shortcode indented under an item became a `:::` line at column 0, which
    # ended the list: the box was read, but the items after it lost their list. A box in
    # an item (shortcode or callout) was skipped as "not text".
    source = ("# Law\n\n## Torts\n\n"
              "- The **claimant** must prove duty, breach and damage.\n"
              '  {{< admonition title="Donoghue v Stevenson" >}}\n'
              "  A manufacturer owes a **duty of care** to the consumer.\n"
              "  {{< /admonition >}}\n"
              "- A **tort** is a civil wrong other than a breach of contract.\n"
              "    > [!note] Remedies\n"
              "    > **Damages** compensate the claimant for a loss.\n"
              "- An **injunction** orders a party to stop doing something.\n")
    _, problems = _read(tmp_path, source)
    assert not [p for p in problems if "list item" in p.message], problems
    (consumer, wrong, loss, stop) = _first_cards(
        source, tmp_path, "to the consumer", "a civil wrong", "for a loss", "to stop doing")
    assert consumer[0] == ["duty of care"] and "Donoghue v Stevenson" in consumer[1]
    assert loss[0] == ["Damages"] and "Remedies" in loss[1]
    assert wrong[0] == ["tort"] and stop[0] == ["injunction"]
    assert not any("Donoghue" in card[1] or "Remedies" in card[1] or ":::" in card[1]
                   for card in (wrong, stop))


def test_a_titled_shortcode_around_an_unclosed_one_still_holds_the_titled_ones_in_it(tmp_path):
    # `{{< figure >}}` has no closing tag: the tab after it is still inside the box, which
    # must close after the tab does, not at the tab's end (its last line shown as ":::").
    source = ("# Negligence\n\n"
              '{{< admonition title="Torts" >}}\n{{< figure src="duty.png" >}}\n'
              '{{< tab "Caparo v Dickman (1990)" >}}\n'
              "Harm must be **foreseeable** and the parties close.\n{{< /tab >}}\n"
              "The **claimant** must prove the breach of duty.\n"
              "{{< /admonition >}}\n")
    (caparo, claimant) = _first_cards(source, tmp_path, "the parties close", "prove the breach")
    assert caparo[0] == ["foreseeable"] and "Caparo v Dickman (1990)" in caparo[1]
    assert claimant[0] == ["claimant"] and "Torts" in claimant[1]
    assert ":::" not in caparo[1] + claimant[1]


_FRAGMENTS = [
    "---", "...", "# Title", "## 2. Section", "### 3:18 🧬 Sub", "Heading", "=====", "-----",
    "| # | Aspect | A | B |", "| a | b |", "|---|---|", "|-|-|-|-|", "| 1 | x | **y** | z |",
    "| Strengths of A | Weaknesses of A |", "| **L**: t | **M**: u |", "| Term | Meaning |",
    "- **Label**: text", "- Label — text", "* item", "1. **L:** t", "   - nested:", "",
    "A is a thing (Smith, 2020).", "**bold", "*", "***", "** **", "_x_", "![i](p.png)",
    ":::note", ":::", "!!! note", "    indented", "> quote", "> [!NOTE]", "```", "```mermaid",
    "<div>", "<!-- c -->", "id: x", "topics:", "  A: b", "concepts: [A, B]", "title: [",
    "References", "## References", "- Smith, J. (2020). Title.", "## Glossary",
]


@settings(max_examples=examples(100), deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.sampled_from(_FRAGMENTS),
                          st.text(alphabet="#*_-|:`>![]()—\t aB1é🧬\\", max_size=12)),
                max_size=30))
def test_any_text_reads_or_gives_content_errors_never_a_traceback(tmp_path, lines):
    source = "\n".join(lines)
    try:
        article, _ = read_markdown(tmp_path / "fuzz.md", source)
    except ContentError as error:
        assert error.problems and all(p.line >= 0 for p in error.problems)
        return
    generate([article])  # and what was read is a valid model for the rest of the pipeline


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# Words of any script, digits among them: prose with no Markdown syntax in it.
_prose = st.lists(st.text(st.characters(categories=["L", "N"]), min_size=1, max_size=8),
                  min_size=1, max_size=6).map(" ".join)


@settings(max_examples=examples(30), deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=_prose, heading=_prose, before=_prose, phrase=_prose, after=_prose)
def test_plain_prose_in_any_script_is_read_never_refused(tmp_path, title, heading, before,
                                                         phrase, after):
    """The fuzz test above may return on any refusal; this one says which it expects: none."""
    source = f"# {title}\n\n## {heading}\n\n{before} **{phrase}** {after}.\n"
    article, _ = read_markdown(tmp_path / "prose.md", source)
    (section,) = article.sections
    # Read as typed, in the one Unicode form (NFC) the readers keep all text in.
    assert (article.title, section.title) == (nfc(title), nfc(heading))
    assert [f.text.value for f in section.facts] == [nfc(f"{before} **{phrase}** {after}.")]


def test_a_heading_listed_twice_under_topics_is_an_error(tmp_path):
    assert _problems(tmp_path, "---\ntopics:\n  1. Cells: a\n  cells: b\n---\n# T\n## Cells\n") == [
        "4: 'cells' is listed twice (also on line 3); keep one"]


def test_only_one_top_heading_is_the_title(tmp_path):
    one, _ = _read(tmp_path, "# Cells\n\n## Parts\n\nThe **nucleus** holds DNA.\n")
    assert one.title == "Cells" and [s.title for s in one.sections] == ["Parts"]
    # Never the first `##` (issue 14): without a single `#` heading the file names the deck.
    several, _ = _read(tmp_path, "## Cells\n\nA **cell** is small.\n\n## Parts\n\n"
                       "The **nucleus** holds DNA.\n")
    assert several.title == "notes" and [s.title for s in several.sections] == ["Cells", "Parts"]
    only_h2, _ = _read(tmp_path, "## Cells\n\nA **cell** is small.\n")
    assert only_h2.title == "notes" and only_h2.deck == "notes"


def test_comparison_rows_with_an_empty_cell_are_skipped_and_listed(tmp_path):
    article, _ = _read(tmp_path, "## Cells\n\n| | Mitosis | Meiosis |\n|-|-|-|\n"
                       "| Cells | Two | Four |\n| Timing | Any time | |\n")
    (comparison,) = article.sections[0].comparisons
    assert [r.dimension for r in comparison.rows] == ["Cells"]
    assert [(t.line, t.value) for t in article.skipped] == [
        (6, 'row "Timing" (no text for Meiosis)')]


def test_italic_stress_words_are_not_cloze_targets(tmp_path):
    notes_dir = tmp_path / "notes"
    notes_dir.mkdir()
    (notes_dir / "stress.md").write_text(
        "# Sleep\n\nSleep is *not* optional: the brain clears *adenosine* during sleep.\n",
        encoding="utf-8")
    run("build", notes_dir, "-o", tmp_path / "s.apkg")
    with imported(tmp_path / "anki", tmp_path / "s.apkg") as col:
        (note,) = notes(col)
        assert "{{c1::adenosine}}" in note["Text"]
        assert "{{c" not in note["Text"].replace("{{c1::adenosine}}", "")


def _first_cards(source: str, tmp_path: Path, *containing: str) -> list[tuple[list[str], str]]:
    """For each of `containing`, the answers of the first card of the one note showing it
    and what that card's front shows, from `source` built and imported into Anki."""
    article = tmp_path / "notes.md"
    article.write_text(source, encoding="utf-8")
    with imported(tmp_path / "anki", build_articles(tmp_path / "build", article)) as col:
        found = []
        for text in containing:
            note = note_containing(col, text)
            question = visible(col.get_card(note.card_ids()[0]).question())
            found.append((cloze_answers(note, 0), question))
        return found


LABELLED_NAMES = """\
# Asthma

## Biologics for Severe Asthma

- **Omalizumab** - Anti-IgE (allergic asthma)
- **Dupilumab** - Anti-IL-4/13

## The process

- **text** section: program code
- **heap**: memory
"""


def test_a_label_glossed_by_one_name_under_its_heading_is_asked(tmp_path):
    """"Dupilumab - Anti-IL-4/13" under "Biologics for Severe Asthma": the heading and the
    target's name ask the drug, as its sibling's three words do; "heap: memory" under "The
    process" stays unasked, "memory" fitting the stack as well."""
    article = tmp_path / "asthma.md"
    article.write_text(LABELLED_NAMES, encoding="utf-8")
    with imported(tmp_path / "anki", build_articles(tmp_path / "build", article)) as col:
        note = note_containing(col, "Anti-IL-4/13")
        assert cloze_answers(note, 0) == ["Dupilumab"]
        question = visible(col.get_card(note.card_ids()[0]).question())
        assert "Biologics for Severe Asthma" in question and "Dupilumab" not in question
        assert [n for n in notes(col) if "memory" in field_text(n.fields[0])] == []
        assert len(notes(col)) == 3  # Omalizumab, Dupilumab, text section


def test_an_abbreviation_marked_beside_its_expansion_asks_what_it_stands_for(tmp_path):
    """"**SABA** (Short-Acting Beta-Agonist) is …": hiding "SABA" leaves its letters spelled
    on the card, so it made no card; the card asks what the letters stand for instead, and
    "light dependent resistor (**LDR**)" asks the words the letters stand for."""
    source = ("# Asthma\n\n## Quick-Relief Medications\n\n**SABA** (Short-Acting Beta-Agonist) "
              "is the first-line rescue medication for acute symptoms.\n\nA light dependent "
              "resistor (**LDR**) changes its resistance in bright conditions.\n")
    saba, ldr = _first_cards(source, tmp_path, "first-line rescue medication", "bright conditions")
    assert saba[0] == ["Short-Acting Beta-Agonist"]
    assert "SABA" in saba[1] and "Short-Acting" not in saba[1]
    # The other way round: the expansion is asked, its letters folded into its gap (one
    # "[...]" for "light dependent resistor (LDR)", quality15n).
    assert ldr[0] == ["light dependent resistor (LDR)"] and "LDR" not in ldr[1]


def test_a_formula_label_asks_its_formula(tmp_path):
    """"**General Formula:** CnH2n+2" under "Alkanes": the label is no term to recall, so the
    text made no card; the formula it labels is asked. A note's label over a sentence
    ("**Note:** Larger ionic charges …") is no value to ask: the sentence's fact is."""
    source = ("# Organic chemistry\n\n## Alkanes\n\n- **General Formula:** "
              "C<sub>n</sub>H<sub>2n+2</sub>\n- Alkanes are **saturated** hydrocarbons.\n\n"
              "**Note:** Larger ionic charges produce stronger bonds in the lattice.\n")
    (answers, question), (note_answers, _) = _first_cards(
        source, tmp_path, "General Formula", "ionic charges")
    assert answers == ["CₙH₂ₙ₊₂"] and "Alkanes" in question and "H₂ₙ" not in question
    # The note's own fact is asked as before, never the note's sentence whole.
    assert note_answers == ["stronger bonds in the lattice"]
