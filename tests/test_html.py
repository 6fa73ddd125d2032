"""Web pages as articles (issue 18): built through the CLI and imported into real Anki."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import (
    DATA,
    SEED,
    build_articles,
    by_guid,
    examples,
    field_text,
    gap_texts,
    notes,
    run,
    start_course,
    visible,
)

HTML = DATA / "html"
SEED_PAGE = HTML / "collectivism-vs-individualism.html"
# Text only the page's chrome has: header, navigation, cookie banner, table of contents,
# share buttons, author box, related posts, comments, sidebar, footer.
CHROME = ("Helpful Professor", "cookies", "Psychology", "Table of Contents", "Share this",
          "PhD", "Related Posts", "Individualism Examples", "overrated", "teamwork",
          "Great points", "grandmother", "free study guides", "Popular Posts",
          "All rights reserved", "Disclaimer", "Leave a Reply")


build = build_articles


def cite_tags(tags: list[str]) -> list[str]:
    return [t for t in tags if not t.startswith("topic::")]


@pytest.fixture(scope="module")
def seed_page_build(tmp_path_factory):
    return build(tmp_path_factory.mktemp("page"), SEED_PAGE)


# Pages in the styles of common sites, with the notes each gives.
SITES = {
    # WordPress + Jetpack: share and related-post blocks inside the entry, a colspan cell.
    "wordpress-photosynthesis": dict(
        # compare=3: the "When" row (equal cells, too long to recall) makes no note, as a
        # note Anki gives no card would sit unseen in the collection. cloze=5: "Light
        # intensity" and "Carbon dioxide concentration", each said in its text as an amount
        # ("more light", "more CO₂"), make none (session 19's reviews: junk); nor "Plants do
        # both: photosynthesis stores …, and respiration releases it" (both22: either compared
        # concept's name answers the other's gap).
        cloze=4, compare=3, answer="chlorophyll", row="Gases",
        cites={"Taiz2010", "Berg2019"},
        chrome=("Share this", "Transpiration", "Recent Posts", "Proudly powered")),
    # MediaWiki: infobox, [edit] links, a <dl> of phases, MathML, rowspan, reference list.
    "encyclopaedia-mitosis": dict(
        cloze=7, compare=3, answer="metaphase", row="Daughter cells",
        # "[1]" cites the first entry of the reference list, whose text is on the back.
        cites={"Alberts2015"}, back="Molecular biology of the cell",
        chrome=("edit", "Somatic cells", "Random article", "Categories", "Interphase")),
    # Medium: title inside the story, author block, responses and "More from Medium".
    "medium-stoicism": dict(
        cloze=7, compare=0, answer="Zeno of Citium", row=None, cites={"Long1986"},
        chrome=("Sign in", "Written by", "Responses", "misunderstood", "Daily Stoic")),
    # Google Docs export: bold by CSS class, one line, a headerless table, "title" paragraph.
    "google-docs-plate-tectonics": dict(
        cloze=5, compare=3, answer="magma", row="Landforms", chrome=(), cites={"Kearey2009"}),
    # Notion export: properties table, one list per bullet, KaTeX, "simple-table-header";
    # the sentence under "Supply" names the KaTeX display below it (form17: its card). The
    # "Who" row makes no note: "Supply: [Sellers]" was said by Supply's own definition.
    "notion-supply-demand": dict(
        cloze=6, compare=1, answer="equilibrium", row="Slope", cites={"Mankiw2020"},
        chrome=("Economics", "Created", "📈")),
}


# -- the seed as a blog publishes it ---------------------------------------------------------


def test_seed_page_gives_the_seed_notes_with_their_guids(seed_page_build, tmp_path, collection):
    from_yaml = by_guid(collection(build(tmp_path / "yaml", SEED), "anki-yaml"))
    from_page = by_guid(collection(seed_page_build, "anki-page"))
    assert len(from_yaml) == 49
    assert from_page.keys() == from_yaml.keys()
    for guid, (fields, tags) in from_yaml.items():
        page_fields, page_tags = from_page[guid]
        assert page_fields == fields
        # Topics differ: the YAML chose its own, the page has only its headings.
        assert cite_tags(page_tags) == cite_tags(tags)


def test_seed_page_has_the_nine_rows_and_sixteen_list_items(seed_page_build, collection):
    col = collection(seed_page_build)
    rows = notes(col, 'note:"deck-builder Compare"')
    assert sorted(visible(n.fields[0]) for n in rows) == sorted([
        "Societal Order", "Duty and Responsibility", "Sense of Belonging",
        "Influence on Behavior", "Priority", "Self-Concept", "Decision-Making",
        "Communication Syle", "Achievement"])
    # Each item of the four lists is a note with a card (a card asking which worldview an
    # item is of leaves off its list's title, which would say it: known by its words).
    items = ["promotes personal freedom and autonomy", "embrace and celebrate innovation",
             "Personal achievements tend to be", "low-context in communication styles",
             "This lead to social isolation", "lead to social and economic inequality",
             "such as a social safety net", "interpersonal clashes are less taboo",
             "focus on group bonds", "Collective welfare is prioritized",
             "tend to avoid conflict", "strong respect for their elders",
             "suppress expressions of individuality", "more resistant to change",
             "fall into groupthink", "feel intense pressure to conform"]
    answers = [visible(card.answer()) for note in notes(col, 'note:"deck-builder Cloze"')
               for card in note.cards()]
    assert [sum(item in a for a in answers) for item in items] == [1] * 16
    tags = {t for n in notes(col) for t in n.tags}
    assert {t for t in tags if t.startswith("cite::")} == {
        "cite::Oyserman2002", "cite::Cohen2016", "cite::Potter2019", "cite::Triandis2018",
        "cite::Takano2018"}


def test_nothing_from_the_page_chrome_is_on_any_card(seed_page_build, collection):
    col = collection(seed_page_build)
    cards = [card for note in notes(col) for card in note.cards()]
    assert len(cards) > 49
    for card in cards:
        shown = visible(card.question()) + " " + visible(card.answer())
        for chrome in CHROME:
            assert chrome not in shown, f"{chrome!r} from the page chrome on a card"


def test_check_lists_every_dropped_region_with_its_line():
    output = run("check", SEED_PAGE).output
    lines = SEED_PAGE.read_text(encoding="utf-8").split("\n")

    def line_of(text: str) -> int:
        return next(i for i, line in enumerate(lines, 1) if text in line)

    for region, marker in [("cookie banner", 'id="cookie-notice"'),
                           ("site header", 'id="masthead"'),
                           ("table of contents", 'id="ez-toc-container"'),
                           ("related posts", 'class="related-posts"'),
                           ("comments", 'id="comments"'),
                           ("sidebar", 'id="secondary"'),
                           ("footer", 'id="colophon"')]:
        assert f"collectivism-vs-individualism.html:{line_of(marker)}: skipped: {region} " \
            in output, region
    # Messages about the article name the page's own lines.
    assert (f"collectivism-vs-individualism.html:{line_of('This article will highlight')}:"
            " skipped: paragraph about the notes") in output
    assert "40 cloze, 9 compare notes" in output


def test_page_citation_metadata_is_the_article_reference(tmp_path):
    output = run("convert", SEED_PAGE).output
    assert "id: collectivism-vs-individualism\n" in output
    assert "title: 'Collectivism vs. Individualism: Similarities and Differences'" in output
    assert ("- 'Drew, C. (2023). Collectivism vs. Individualism: Similarities and Differences. "
            "Helpful Professor.'") in output


# -- convert ---------------------------------------------------------------------------------


def converted_builds_the_same(source: Path, folder: Path, collection) -> int:
    """`convert` SOURCE, build the Markdown and the source; the same notes, note for note."""
    cards = folder / "md" / "cards"
    start_course(cards)
    # Written where it is built: its image paths lead back to the page's _files folder.
    run("convert", source, "-o", cards / f"{source.stem}.md")
    run("build", cards, "-o", folder / "md" / "deck.apkg")
    from_source = by_guid(collection(build(folder / "source", source), "anki-source"))
    from_markdown = by_guid(collection(folder / "md" / "deck.apkg", "anki-md"))
    assert from_markdown == from_source
    return len(from_source)


@pytest.mark.parametrize("name", ["collectivism-vs-individualism", *SITES])
def test_convert_output_builds_the_same_notes_as_the_page(name, tmp_path, collection):
    count = converted_builds_the_same(HTML / f"{name}.html", tmp_path, collection)
    assert count == (49 if name.startswith("collectivism") else
                     SITES[name]["cloze"] + SITES[name]["compare"])


def test_convert_keeps_image_paths_relative_to_where_it_writes(tmp_path):
    page = tmp_path / "saved" / "cells.html"
    page.parent.mkdir()
    page.write_text(_page('<h1>Cells</h1><p>Mitochondria are the site of aerobic respiration '
                          'in the cell, which releases most of the energy a cell uses.</p>'
                          '<figure><img src="cells_files/mito.png" alt="A mitochondrion">'
                          "<figcaption>Figure 1. A mitochondrion</figcaption></figure>"),
                    encoding="utf-8")
    (tmp_path / "notes").mkdir()
    run("convert", page, "-o", tmp_path / "notes" / "cells.md")
    text = (tmp_path / "notes" / "cells.md").read_text(encoding="utf-8")
    assert ('![A mitochondrion](../saved/cells_files/mito.png "Figure 1. A mitochondrion")'
            in text)
    # A saved page's URL-encoded names are the files' names on disk.
    wordpress = run("convert", HTML / "wordpress-photosynthesis.html").output
    assert ("![Diagram of a mitochondrion](<Photosynthesis vs Respiration_files/mitochondrion."
            'png> "A mitochondrion, where aerobic respiration happens")') in wordpress


# -- pages in the styles of common sites ---------------------------------------------------


@pytest.mark.parametrize("name", SITES)
def test_site_pages_give_their_pinned_notes(name, tmp_path, collection):
    expected = SITES[name]
    col = collection(build(tmp_path, HTML / f"{name}.html"))
    assert len(notes(col, 'note:"deck-builder Cloze"')) == expected["cloze"]
    assert len(notes(col, 'note:"deck-builder Compare"')) == expected["compare"]
    answers = [visible(a) for n in notes(col, 'note:"deck-builder Cloze"')
               for a in gap_texts(n["Text"])]
    assert expected["answer"] in answers
    if expected["row"]:
        assert expected["row"] in [visible(n.fields[0]) for n in notes(col,
                                   'note:"deck-builder Compare"')]
    assert {t for n in notes(col) for t in n.tags if t.startswith("cite::")} == {
        f"cite::{key}" for key in expected["cites"]}
    shown = " ".join(visible(c.question()) + " " + visible(c.answer())
                     for n in notes(col) for c in n.cards())
    assert expected.get("back", "") in shown
    for chrome in expected["chrome"]:
        assert chrome not in shown


def test_math_sub_and_sup_reach_the_markdown():
    encyclopaedia = run("convert", HTML / "encyclopaedia-mitosis.html").output
    assert "after $n$ rounds" in encyclopaedia and "**2<sup>n</sup>**" in encyclopaedia
    assert "\\[1\\]" in encyclopaedia  # the note number, not a superscript
    assert "1. Alberts, B., Johnson, A., \\& Lewis, J. (2015)." in encyclopaedia
    notion = run("convert", HTML / "notion-supply-demand.html").output
    assert "$$Q_s = c + dP$$" in notion
    wordpress = run("convert", HTML / "wordpress-photosynthesis.html").output
    assert "6CO<sub>2</sub>" in wordpress


def test_mathjax_is_math_on_the_card_and_prices_stay_text(tmp_path, collection):
    page = tmp_path / "price.html"
    page.write_text(_page(
        "<h1>Elasticity</h1><p>A cinema cut its ticket from $10 to $8 and sold <strong>30% "
        "more</strong> tickets a night that month.</p><p>The elasticity is <script type="
        '"math/tex">\\frac{\\%\\Delta Q}{\\%\\Delta P}</script>, a ratio of <em>percentage '
        "changes</em> in both.</p>"), encoding="utf-8")
    col = collection(build(tmp_path / "b", page))
    shown = sorted(field_text(n.fields[0]) for n in notes(col))
    assert shown == [
        "A cinema cut its ticket from $10 to $8 and sold 30% more tickets a night that month.",
        "The elasticity is \\(\\frac{\\%\\Delta Q}{\\%\\Delta P}\\), a ratio of percentage "
        "changes in both."]


# -- bad input -------------------------------------------------------------------------------


def _page(body: str, head: str = '<meta charset="utf-8">') -> str:
    return f"<!DOCTYPE html>\n<html><head>{head}<title>T</title></head>\n<body>{body}</body>" \
        "</html>\n"


def test_page_without_article_content_says_so_and_writes_nothing(tmp_path):
    page = tmp_path / "login.html"
    page.write_text(_page('<header><nav><a href="/">Home</a></nav></header><main><form>'
                          '<label>Email</label><input name="e"><label>Password</label>'
                          '<input type="password"><button>Sign in</button></form></main>'),
                    encoding="utf-8")
    result = run("build", page, "-o", tmp_path / "deck.apkg", expect=1)
    assert "login.html: no article content found" in result.output
    assert not (tmp_path / "deck.apkg").exists()
    result = run("convert", page, "-o", tmp_path / "login.md", expect=1)
    assert "no article content found" in result.output
    assert not (tmp_path / "login.md").exists()


def test_a_preview_page_in_the_articles_is_not_read_as_an_article(tmp_path):
    cards = tmp_path / "cards"
    cards.mkdir()
    shutil.copy(SEED, cards)
    run("preview", cards, "-o", cards / "preview.html")
    result = run("build", cards, "-o", tmp_path / "deck.apkg", expect=1)
    assert "preview.html: this is a page deck-builder wrote (a preview), not an article" \
        in result.output
    assert not (tmp_path / "deck.apkg").exists()


def test_page_is_decoded_with_its_declared_charset(tmp_path, collection):
    body = ("<h1>Café society</h1><p>A <strong>café</strong> in nineteenth-century Paris was "
            "where writers met, argued and read the newspapers of the day together.</p>")
    page = tmp_path / "cafe.html"
    page.write_bytes(_page(body, '<meta http-equiv="Content-Type" content="text/html; '
                                 'charset=iso-8859-1">').encode("latin-1"))
    col = collection(build(tmp_path / "b", page))
    assert [field_text(n.fields[0]) for n in notes(col)] == [
        "A café in nineteenth-century Paris was where writers met, argued and read the "
        "newspapers of the day together."]


def test_page_whose_bytes_are_not_its_charset_names_the_line(tmp_path):
    page = tmp_path / "bad.html"
    page.write_bytes(_page("<p>one</p>\n<p>caf\xe9</p>").encode("latin-1"))
    result = run("check", page, expect=1)
    assert "bad.html:4: charset: byte 0xe9 is not utf-8 text" in result.output


# -- any page reads or says why -----------------------------------------------------------------

_TAGS = ["p", "div", "h1", "h2", "h3", "ul", "ol", "li", "table", "tr", "td", "th", "thead",
         "strong", "em", "b", "i", "sub", "sup", "figure", "figcaption", "img", "br", "dl",
         "dt", "dd", "blockquote", "pre", "code", "a", "span", "header", "nav", "footer",
         "math", "annotation", "script", "style", "form", "section", "article", "caption"]
_ATTRIBUTES = ['', ' colspan="3"', ' rowspan="0"', ' rowspan="x"', ' class="comment"',
               ' src="a b.png" alt="[x]"', ' type="math/tex"', ' encoding="application/x-tex"',
               ' style="display:none"', ' start="z"', ' hidden']
_pieces = st.one_of(
    st.builds(lambda t, a: f"<{t}{a}>", st.sampled_from(_TAGS), st.sampled_from(_ATTRIBUTES)),
    st.builds(lambda t: f"</{t}>", st.sampled_from(_TAGS)),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30),
    st.sampled_from(["Individualism is a worldview.", "**", "|", "$x$", "\\", "# ", "1. ",
                     "- ", "&amp;", "&#0;", "\n", "<!-- c -->", "<?xml version='1.0'?>"]),
)


@settings(max_examples=examples(100), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_pieces, max_size=40))
def test_any_page_reads_or_gives_content_errors_never_a_traceback(pieces):
    from deck_builder.errors import ContentError
    from deck_builder.readers import html

    raw = ("".join(pieces) + " The cell divides into two identical daughter cells " * 2)
    try:
        article, _ = html.read_bytes(Path("page.html"), raw.encode("utf-8", "replace"))
    except ContentError as error:
        assert all(p.file == "page.html" for p in error.problems)
    else:
        assert article.id == "page"


@pytest.mark.parametrize(("head", "title"), [
    ("<title>Osmosis explained | by Sam Lee | Bio Hub</title>"
     '<meta property="og:site_name" content="Bio Hub">', "Osmosis explained"),
    ("<title>Osmosis explained - Water and cells - Bio Hub</title>",
     "Osmosis explained - Water and cells"),
    ('<meta property="og:title" content="Osmosis: water and cells"><title>Osmosis | Hub</title>',
     "Osmosis: water and cells"),
])
def test_without_an_h1_the_title_is_the_page_title_without_the_site(tmp_path, head, title):
    page = tmp_path / "osmosis.html"
    page.write_text(_page("<p>Osmosis moves <b>water</b> across a partially permeable membrane "
                          "from a dilute solution to a concentrated one.</p>",
                          f'<meta charset="utf-8">{head}').replace("<title>T</title>", ""),
                    encoding="utf-8")
    front = yaml.safe_load(run("convert", page).output.split("---\n")[1])
    assert front["title"] == title
