"""One article per citation style, built and imported into Anki: tags, fronts and backs.

Each article cites the same works in its own style; the learner must see no citation on
the front, the work's tag on the note, and the formatted reference on the back.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from browser import Browser, Tab, find_chromium
from support import build_articles, imported, inner_html, note_containing, notes, run, visible

IN_CI = os.environ.get("CI", "").lower() not in ("", "0", "false")

SKOU_APA = ("Skou, J. C. (1957). The influence of some cations on an adenosine triphosphatase "
            "from peripheral nerves. Biochimica et Biophysica Acta, 23(2), 394–401.")
SINGER_APA = ("Singer, S. J., & Nicolson, G. L. (1972). The fluid mosaic model of the structure "
              "of cell membranes. Science, 175(4023), 720–731.")


def cites(note) -> list[str]:
    """The note's citation tags, as Anki holds them."""
    return [t for t in note.tags if t.startswith("cite::")]


def yaml_article(facts: list[str], references: list[str], extra: str = "") -> str:
    lines = ["title: Membranes", extra, "sections:", "  - title: Transport", "    facts:"]
    lines += [f"      - {json.dumps(fact, ensure_ascii=False)}" for fact in facts]
    if references:
        lines.append("references:")
        lines += [f"  - {json.dumps(ref, ensure_ascii=False)}" for ref in references]
    return "\n".join(line for line in lines if line) + "\n"


HARVARD = [
    "Skou, J.C. (1957) 'The influence of some cations on an adenosine triphosphatase from "
    "peripheral nerves', Biochimica et Biophysica Acta, 23(2), pp. 394–401.",
    "Singer, S.J. and Nicolson, G.L. (1972) 'The fluid mosaic model of the structure of cell "
    "membranes', Science, 175(4023), pp. 720–731.",
]
CHICAGO = [
    "Skou, Jens C. 1957. “The Influence of Some Cations on an Adenosine Triphosphatase from "
    "Peripheral Nerves.” Biochimica et Biophysica Acta 23 (2): 394–401.",
    "Singer, S. J., and Garth L. Nicolson. 1972. “The Fluid Mosaic Model of the Structure of "
    "Cell Membranes.” Science 175 (4023): 720–31.",
]
VANCOUVER = [
    "Skou JC. The influence of some cations on an adenosine triphosphatase from peripheral "
    "nerves. Biochim Biophys Acta. 1957;23(2):394–401.",
    "Singer SJ, Nicolson GL. The fluid mosaic model of the structure of cell membranes. "
    "Science. 1972;175(4023):720–31.",
]

# style -> (files, the work as each back names it, each back's reference); the first
# note is about the sodium pump, the second about the fluid mosaic.
STYLES = {
    "apa": (
        {"article.yaml": yaml_article([
            "The **sodium pump** moves three sodium ions out of the cell (Skou, 1957).",
            "Membranes are a **fluid mosaic** of lipids and proteins (Singer & Nicolson, 1972, "
            "p. 720).",
        ], [SKOU_APA, SINGER_APA])},
        ("Skou (1957)", "Singer & Nicolson (1972, p. 720)"), (SKOU_APA, SINGER_APA),
    ),
    "harvard": (
        {"article.yaml": yaml_article([
            "The **sodium pump** moves three sodium ions out of the cell (Skou, 1957: 402).",
            "Singer and Nicolson (1972, pp. 720–721) describe membranes as a **fluid mosaic**.",
        ], HARVARD)},
        ("Skou (1957, p. 402)", "Singer & Nicolson (1972, pp. 720–721)"), tuple(HARVARD),
    ),
    "chicago": (
        {"article.yaml": yaml_article([
            "The **sodium pump** moves three sodium ions out of the cell (Skou 1957, 402).",
            "Membranes are a **fluid mosaic** of lipids and proteins (Singer and Nicolson 1972).",
        ], CHICAGO)},
        ("Skou (1957, p. 402)", "Singer & Nicolson (1972)"), tuple(CHICAGO),
    ),
    "numeric": (
        {"article.yaml": yaml_article([
            "The **sodium pump** moves three sodium ions out of the cell [1].",
            "Membranes are a **fluid mosaic** of lipids and proteins [2, p. 720].",
        ], [f"{n}. {entry}" for n, entry in enumerate(VANCOUVER, 1)])},
        ("Skou (1957)", "Singer & Nicolson (1972, p. 720)"), tuple(VANCOUVER),
    ),
}


# --- footnotes and Pandoc citations, from Markdown and YAML ------------------------------

BIBTEX = r"""@article{skou1957,
  author = {Skou, Jens Christian},
  title = {The influence of some cations on an adenosine triphosphatase from peripheral nerves},
  journal = {Biochimica et Biophysica Acta}, year = {1957}, volume = {23}, number = {2},
  pages = {394--401}
}
@article{singer1972,
  author = {Singer, S. J. and Nicolson, Garth L.},
  title = {The fluid mosaic model of the structure of cell membranes},
  journal = {Science}, year = 1972, volume = 175, number = 4023, pages = {720--731}
}
"""
CSL_JSON = [
    {"id": "skou1957", "type": "article-journal",
     "author": [{"family": "Skou", "given": "Jens Christian"}],
     "title": "The influence of some cations on an adenosine triphosphatase from peripheral "
              "nerves", "container-title": "Biochimica et Biophysica Acta", "volume": "23",
     "issue": "2", "page": "394-401", "issued": {"date-parts": [[1957]]}},
    {"id": "singer1972", "type": "article-journal",
     "author": [{"family": "Singer", "given": "S. J."}, {"family": "Nicolson", "given": "G. L."}],
     "title": "The fluid mosaic model of the structure of cell membranes",
     "container-title": "Science", "volume": "175", "issue": "4023", "page": "720-731",
     "issued": {"date-parts": [[1972]]}},
]

STYLES |= {
    "footnotes": (
        {"article.md": "# Membranes\n\n## Transport\n\n"
         "The **sodium pump** moves three sodium ions out of the cell.[^skou]\n\n"
         "Membranes are a **fluid mosaic** of lipids and proteins.[^1] They flow.[^aside]\n\n"
         f"[^skou]: {SKOU_APA}\n[^1]: {SINGER_APA}\n[^aside]: Not everywhere.\n"},
        ("Skou (1957)", "Singer & Nicolson (1972)"), (SKOU_APA, SINGER_APA),
    ),
    "numeric-markdown": (
        {"article.md": "# Membranes\n\n## Transport\n\n"
         "The **sodium pump** moves three sodium ions out of the cell [1].\n\n"
         "Membranes are a **fluid mosaic** of lipids and proteins [2, p. 720].\n\n"
         "## References\n\n"
         "1. Skou JC. The influence of some cations. Biochim Biophys Acta. 1957;23(2):394–401.\n"
         "2. Singer SJ, Nicolson GL. The fluid mosaic model. Science. 1972;175(4023):720–31.\n"},
        ("Skou (1957)", "Singer & Nicolson (1972, p. 720)"),
        ("Skou JC. The influence of some cations. Biochim Biophys Acta. 1957;23(2):394–401.",
         "Singer SJ, Nicolson GL. The fluid mosaic model. Science. 1972;175(4023):720–31."),
    ),
    "pandoc-bibtex": (
        {"article.md": "---\nbibliography: refs.bib\n---\n# Membranes\n\n## Transport\n\n"
         "The **sodium pump** moves three sodium ions out of the cell [see @skou1957, p. 398].\n\n"
         "@singer1972 [p. 720] describe membranes as a **fluid mosaic** of lipids and "
         "proteins.\n",
         "refs.bib": BIBTEX},
        ("Skou (1957, p. 398)", "Singer & Nicolson (1972, p. 720)"), (SKOU_APA, SINGER_APA),
    ),
    "pandoc-csl-json": (
        {"article.yaml": yaml_article([
            "The **sodium pump** moves three sodium ions out of the cell [@skou1957].",
            "Membranes are a **fluid mosaic** of lipids and proteins [@singer1972, 720-721].",
        ], [], extra="bibliography: library/refs.json"),
         "library/refs.json": json.dumps(CSL_JSON, indent=2)},
        ("Skou (1957)", "Singer & Nicolson (1972, pp. 720–721)"), (SKOU_APA, SINGER_APA),
    ),
}


def build_and_import(tmp_path, files: dict[str, str]):
    cards = tmp_path / "cards"
    for name, text in files.items():
        (cards / name).parent.mkdir(parents=True, exist_ok=True)
        (cards / name).write_text(text, encoding="utf-8")
    apkg = tmp_path / "deck.apkg"
    result = run("build", str(cards), "-o", str(apkg))
    return result, imported(tmp_path / "anki", apkg)


@pytest.mark.parametrize("style", sorted(STYLES))
def test_each_style_gives_tags_clean_fronts_and_references_on_the_back(style, tmp_path):
    files, shown, references = STYLES[style]
    result, collection = build_and_import(tmp_path, files)
    assert "warning" not in result.output, result.output
    with collection as col:
        found = notes(col)
        assert len(found) == 2
        pump, mosaic = sorted(found, key=lambda n: "fluid mosaic" in n["Text"])
        assert "cite::Skou1957" in pump.tags and "cite::Singer1972" in mosaic.tags
        assert {t for n in found for t in cites(n)} == {
            "cite::Skou1957", "cite::Singer1972"}
        # The back names the work at the page cited, then its reference.
        for note, name, reference in zip((pump, mosaic), shown, references, strict=True):
            card = note.cards()[0]
            front = visible(card.question())
            for trace in ("[^", "[1", "[2", "@", "1957", "1972", "p. 7", "(Skou", "aside"):
                assert trace not in front, front
            back = visible(card.answer())
            assert name in back and reference in back, back
        if style == "footnotes":  # a footnote that is a remark goes on the back, untagged
            assert "Not everywhere." in visible(mosaic.cards()[0].answer())
            assert "Not everywhere." not in visible(pump.cards()[0].answer())
        if style == "pandoc-bibtex":  # the narrative "@singer1972" leaves the names
            assert "Singer and Nicolson describe membranes" in visible(
                mosaic.cards()[0].question())


def test_one_work_cited_in_three_styles_is_one_tag_and_one_reference(tmp_path):
    files = {
        "article.md": "---\nbibliography: refs.bib\n---\n# Membranes\n\n## Transport\n\n"
        "The **sodium pump** moves three ions out of the cell for two in (Skou, 1957: 402)."
        "\n\n"
        "The **sodium pump** uses ATP [1].\n\n"
        "The **sodium pump** was found in crab nerves [@skou1957].\n\n"
        "## References\n\n1. Skou JC. The influence of some cations. 1957;23(2):394–401.\n",
        "refs.bib": BIBTEX,
    }
    result, collection = build_and_import(tmp_path, files)
    assert "warning" not in result.output, result.output
    with collection as col:
        found = notes(col)
        assert len(found) == 3
        assert {t for n in found for t in cites(n)} == {"cite::Skou1957"}
        backs = [visible(n.cards()[0].answer()) for n in found]
        # One reference for the work (the list's entry, as the article wrote it), on every back.
        assert all(b.count("Skou JC. The influence of some cations.") == 1 for b in backs)


def test_a_number_in_markdown_inline_code_is_code_not_a_citation(tmp_path):
    """`arr[1]` is code: no tag, no reference, no warning, and the card shows it as typed."""
    files = {"arrays.md": "# Arrays in C\n\n## Indexing\n\n"
             "An **array index** starts at zero, so `arr[1]` is the second element [2].\n\n"
             "The **subscript operator** reads `p[3]` as `*(p + 3)` [1].\n\n"
             "## References\n\n"
             "1. Kernighan BW, Ritchie DM. The C Programming Language. Prentice Hall; 1988.\n"
             "2. King KN. C Programming: A Modern Approach. Norton; 2008.\n"}
    result, collection = build_and_import(tmp_path, files)
    # Without the rule, `p[3]` is "[3] cites no reference" and `arr[1]` cites Kernighan.
    assert "warning" not in result.output, result.output
    with collection as col:
        index = note_containing(col, "starts at zero")
        assert cites(index) == ["cite::King2008"]
        assert "<code>arr[1]</code>" in index["Text"]
        front = index.cards()[0].question()
        assert "<code>arr[1]</code>" in front and "`" not in visible(front)
        assert "Kernighan" not in visible(index.cards()[0].answer())
        operator = note_containing(col, "reads")
        assert cites(operator) == ["cite::Kernighan1988"]
        assert "<code>p[3]</code>" in operator["Text"]


def test_a_law_case_and_its_year_are_a_name_not_a_citation(tmp_path):
    """"Carlill v Carbolic Smoke Ball Co (1893)" names a case: without the rule it tagged
    cite::Co1893 and its card's back showed "… Smoke Ball Co Co (1893)" (a blind review
    found it). A real narrative citation in the same article is still one."""
    files = {"contract.md": "# Contract law\n\n## Offers\n\n"
             "| Question | Answer |\n|---|---|\n"
             "| Which case decided an advert can be a unilateral offer? "
             "| *Carlill v Carbolic Smoke Ball Co* (1893) |\n"
             "| Which case held that goods on a shelf are an invitation to treat? "
             "| Pharmaceutical Society of GB v. Boots (1953) |\n\n"
             "McKendrick (2022) calls an **invitation to treat** an offer to receive offers.\n"}
    result, collection = build_and_import(tmp_path, files)
    assert "warning" not in result.output, result.output
    with collection as col:
        advert = note_containing(col, "unilateral offer")
        assert not cites(advert)
        back = visible(advert.cards()[0].answer())
        assert "Carlill v Carbolic Smoke Ball Co (1893)" in back and "Co Co" not in back
        shelf = note_containing(col, "on a shelf")
        assert not cites(shelf)
        assert "Boots (1953)" in visible(shelf.cards()[0].answer())
        treat = note_containing(col, "offer to receive offers")
        assert cites(treat) == ["cite::McKendrick2022"]


def test_check_lists_unresolved_citations_with_their_lines(tmp_path):
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "refs.bib").write_text(BIBTEX)
    (cards / "article.md").write_text(
        "---\nbibliography: refs.bib\n---\n# Membranes\n\n## Transport\n\n"
        "The **sodium pump** moves sodium [@skou1957; @nobody2020].\n\n"
        "Membranes are a **fluid mosaic** [3].\n\nThey flow.[^9]\n\n"
        "## References\n\n1. Skou JC. The influence of some cations. 1957;23(2):394–401.\n",
        encoding="utf-8")
    result = run("check", str(cards))
    name = "cards/article.md" if "cards/article.md" in result.output else str(
        cards / "article.md")
    assert f"{name}:8: warning: facts: @nobody2020 is not in the bibliography refs.bib" \
        in result.output
    assert f"{name}:10: warning: facts: [3] cites no reference: the numbered reference list " \
        "has no entry 3" in result.output
    assert f'{name}:12: warning: facts: footnote [^9] has no text: write it as a line ' \
        '"[^9]: ..."' in result.output


def test_list_and_cite_see_every_style(tmp_path):
    files = dict(STYLES["pandoc-bibtex"][0])
    for name, text in files.items():
        (tmp_path / "cards" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "cards" / name).write_text(text, encoding="utf-8")
    listed = run("list", str(tmp_path / "cards")).output
    assert "Skou1957" in listed and "Singer1972" in listed
    apkg = tmp_path / "skou.apkg"
    run("build", str(tmp_path / "cards"), "--cite", "Skou1957", "-o", str(apkg))
    with imported(tmp_path / "anki", apkg) as col:
        assert [n.tags for n in notes(col)] == [["article::article", "cite::Skou1957",
                                                 "topic::transport"]]


def write_files(cards: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (cards / name).parent.mkdir(parents=True, exist_ok=True)
        (cards / name).write_text(text, encoding="utf-8")


def test_a_bad_bibliography_of_a_yaml_article_is_an_error_naming_both_files(tmp_path):
    cards = tmp_path / "cards"
    write_files(cards, {
        "article.yaml": yaml_article(["The **pump** works."], [], extra="bibliography: refs.json"),
        "refs.json": "[{\"id\": \"a\"},\n {\"title\": \"b\"}]"})
    result = run("check", str(cards), expect=1)
    assert ':2: bibliography: refs.json:2: CSL JSON: entry 2 has no "id"' in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"article.md": "---\nbibliography: gone.bib\n---\n# A\n\nThe **pump** works.\n"},
         ":2: warning: bibliography: gone.bib does not exist; the note is read without it"),
        ({"article.md": "---\nbibliography: refs.bib\n---\n# A\n\nThe **pump** works.\n",
          "refs.bib": "@article{x,\n  title = {A},\n  year = 1957\n"},
         ":2: warning: bibliography: refs.bib:4: BibTeX syntax error: premature end of file; "
         "the note is read without it"),
    ],
)
def test_a_bad_bibliography_of_a_markdown_note_is_a_warning_and_the_note_builds(
        tmp_path, files, message):
    # Front matter never blocks a Markdown note (issue 14): an R Markdown page copied out
    # of its project names the `ref.bib` it left behind (a real note, development-3).
    cards = tmp_path / "cards"
    write_files(cards, files)
    assert message in run("check", str(cards)).output
    built = run("build", str(cards / "article.md"), "-o", tmp_path / "deck.apkg")
    assert message in built.output and "Traceback" not in built.output
    with imported(tmp_path / "anki", tmp_path / "deck.apkg") as col:
        assert [visible(c.question()) for n in notes(col) for c in n.cards()] == [
            "A › Introduction The [...] works."]


FOX = "@book{fox2016,\n  author = {Fox, John},\n  title = {Applied Regression Analysis},\n" \
      "  year = {2016},\n  publisher = {Sage}\n}\n"


@pytest.mark.parametrize(
    ("bibliography", "files", "messages"),
    [
        # bookdown's default: a list of files, one of them not there. The note builds from
        # the one that is (it stopped with "expected text, got a list … nothing was written").
        ("[book.bib, packages.bib]", {"book.bib": FOX},
         [":2: warning: bibliography: packages.bib does not exist; the note is read without it"]),
        ("''", {}, [":2: warning: bibliography: is empty; write some text or remove it; the "
                    "note is read without it"]),
        ("{file: book.bib}", {},
         [':2: warning: bibliography: "file: book.bib" reads as a key and its value because '
          'of the ": "; put the whole text in quotes; the note is read without it']),
    ],
)
def test_a_markdown_notes_bibliography_list_or_empty_value_never_blocks_it(
        tmp_path, bibliography, files, messages):
    cards = tmp_path / "cards"
    write_files(cards, {"article.md": f"---\nbibliography: {bibliography}\n---\n# A\n\n"
                        "The **pump** works by suction [@fox2016].\n", **files})
    built = run("build", str(cards / "article.md"), "-o", tmp_path / "deck.apkg")
    for message in messages:
        assert message in built.output
    assert "Traceback" not in built.output and "nothing was written" not in built.output
    with imported(tmp_path / "anki", tmp_path / "deck.apkg") as col:
        sources = [visible(n["Source"]) for n in notes(col)]
    assert len(sources) == 1
    assert ("Fox" in sources[0]) == bool(files), sources


def test_a_citation_after_an_unreadable_bibliography_points_back_to_it(tmp_path):
    # The first warning said ref.bib does not exist; the second said the article names no
    # bibliography and to add one, which the author had done.
    cards = tmp_path / "cards"
    write_files(cards, {"article.md": "---\nbibliography: ref.bib\n---\n# A\n\n"
                        "The **pump** works by suction [@fox2016].\n"})
    output = run("check", str(cards)).output
    assert ":2: warning: bibliography: ref.bib does not exist" in output
    assert "names no bibliography" not in output
    assert ":6: warning: facts: @fox2016: the bibliography ref.bib could not be read (above)" \
        in output, output


MATRIX = Path(__file__).parent / "data" / "styles" / "matrix-research-methods.md"
LOFTUS = "Loftus & Palmer (1974)"


def example_row_backs(tmp_path) -> dict[str, str]:
    """The back of each "which concept?" card of the matrix article's Example row, whose
    Laboratory experiment cell alone cites a work (Loftus & Palmer), as Anki renders it."""
    apkg = build_articles(tmp_path / "build", MATRIX)
    with imported(tmp_path / "anki", apkg) as col:
        note = note_containing(col, "Example")
        backs = {note[f"Concept{card.ord // 2 + 1}"]: card.answer() for card in note.cards()
                 if card.template()["name"].startswith("Which")}
    assert sorted(backs) == ["Field experiment", "Laboratory experiment", "Natural experiment"]
    return backs


def test_a_work_cited_in_one_cell_is_named_as_that_cells_source(tmp_path):
    # Read without the note type's CSS (Anki's browser, a plain-text export), the source of
    # every card of the row lists Loftus & Palmer under the cell that cites it.
    backs = example_row_backs(tmp_path)
    for concept, back in backs.items():
        source = visible(inner_html(back, "source"))
        assert source.count(LOFTUS) == 1, source
        assert f"Laboratory experiment: {LOFTUS}" in source, f"{concept}: {source}"


@pytest.mark.skipif(find_chromium() is None and not IN_CI, reason="chromium is not installed")
def test_each_cells_card_shows_only_its_own_cells_works(tmp_path):
    backs = example_row_backs(tmp_path)
    (tmp_path / "chromium").mkdir()
    browser = Browser(find_chromium(), tmp_path / "chromium")
    try:
        tab = Tab(browser, 390, 844)
        shown = {}
        for concept, back in backs.items():
            page = tmp_path / f"{concept}.html"
            page.write_text(f'<!doctype html><meta charset="utf-8"><body class="card">{back}',
                            encoding="utf-8")
            tab.open(page.as_uri())
            shown[concept] = tab.evaluate("document.querySelector('.source').innerText")
    finally:
        browser.close()
    # Piliavin's subway study (the Field experiment's cell) is not Loftus & Palmer's.
    assert LOFTUS not in shown["Field experiment"], shown
    assert LOFTUS not in shown["Natural experiment"], shown
    # The card of the cell that cites it shows it, with no label: it is that card's own.
    lab = shown["Laboratory experiment"].split("\n")
    assert lab[0] == LOFTUS and lab[-1] == "Research methods in psychology", shown
    assert lab[1].startswith("Loftus, E. F., & Palmer, J. C. (1974)."), shown  # the reference
    assert shown["Field experiment"].split("\n") == ["Research methods in psychology"], shown


INDUSTRIAL = Path(__file__).parent / "data" / "styles" / "lists-industrial-revolution.md"


def test_a_parenthesis_naming_no_listed_work_is_text_not_a_source(tmp_path):
    # "the flying shuttle (John Kay, 1733)" names an inventor: in an article with a
    # reference list that lists no such work, it is part of the item, and the Source field
    # holds only the works the article lists (the blind review read "John Kay (1733) …
    # Eli Whitney (1793)" as the card's source: a falsehood about where the fact comes from).
    apkg = build_articles(tmp_path / "build", INDUSTRIAL)
    with imported(tmp_path / "anki", apkg) as col:
        note = note_containing(col, "flying shuttle")
        assert not cites(note), note.tags
        back = note.cards()[0].answer()
        source = visible(inner_html(back, "source"))
        assert source == "The Industrial Revolution in Britain (c. 1750–1850)", source
        text = visible(inner_html(back, "text"))
        assert "the flying shuttle (John Kay, 1733)" in text, text
        assert "the cotton gin (Eli Whitney, 1793)" in text, text
        # A republished work's in-text "(Chadwick, 1842/1965)" is the listed 1965 edition.
        report = note_containing(col, "Sanitary Condition")
        assert "cite::Chadwick1965" in report.tags, report.tags
        source = visible(inner_html(report.cards()[0].answer(), "source"))
        assert "Chadwick, E. (1965). Report on the sanitary condition" in source, source
        assert "(Chadwick, 1842/1965)" not in visible(report.cards()[0].question())
    result = run("check", str(INDUSTRIAL))
    assert ("lists-industrial-revolution.md:21: warning: facts: John Kay (1733) is cited but "
            "not in `references:`") in result.output
    assert "James Hargreaves, c. 1764" not in result.output  # a circa date is no citation
