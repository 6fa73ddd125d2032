"""Markdown as people write it (issue 14): every article of tests/data/styles, built and
imported into Anki, gives the cards pinned in its `X.cards.txt`.

The pinned files were written from these cards after reading them one by one against the
hand-written `X.expect.md` beside each article; where the cards differ from the expectations
on purpose, docs/markdown.md says why. To re-pin after a deliberate change, run
`DECK_BUILDER_PIN=1 python -m pytest tests/test_styles.py` and read the diff card by card.
"""

from __future__ import annotations

import html
import os
import re
import shutil

import pytest
from quality import weak_cards
from support import DATA, imported, notes, run, visible

STYLES = DATA / "styles"
ARTICLES = sorted(p for p in [*STYLES.glob("*.md"), *STYLES.glob("*.qmd")]
                  if not p.name.endswith(".expect.md") and p.name != "README.md")
PIN = os.environ.get("DECK_BUILDER_PIN") == "1"

# Another tool's syntax, or TeX that MathJax would not typeset, visible on a card.
RAW_SYNTAX = {
    "dollar TeX": re.compile(r"\$\$|(?<![\\$])\$(?=[^\s$\d])[^$\n]*?(?<=[^\s$\\])\$(?!\d)"),
    "==highlight==": re.compile(r"==[^=\s][^=\n]*?=="),
    "[[wiki link]]": re.compile(r"\[\["),
    "Hugo shortcode": re.compile(r"\{\{[<%]|[>%]\}\}"),
    "Liquid tag": re.compile(r"\{%-?\s*[a-z]"),
    "%%comment%%": re.compile(r"%%"),
    "#tag": re.compile(r"(?<![\w&#/\"'=:])#[A-Za-z][\w/-]*"),
    "callout": re.compile(r"\[![A-Za-z-]+\]"),
    # An admonition's opening: its type or a quoted title after the marker. The author's
    # own "???" at a sentence's end ("… (coda). ???", held-out-6) is text, as typed.
    "admonition": re.compile(
        r"(?:!!!|\?\?\?)\+?[ \t]*(?:(?:note|abstract|summary|tldr|info|todo|tip|hint|important|"
        r"success|check|done|question|help|faq|warning|caution|attention|failure|fail|missing|"
        r"danger|error|bug|example|quote|cite)\b|[A-Za-z-]+[ \t]+\"|\")", re.I),
    "HTML tag": re.compile(r"<\s*/?\s*(?:span|abbr|details|summary|sub|sup|kbd|mark|u|br)\b"),
    "footnote marker": re.compile(r"\[\^[\w-]+\]|\^\["),
    # Pandoc's, Quarto's and R Markdown's own (issue 14): a span's attributes, a cross
    # reference or citation key, `H~2~O`/`x^2^`, a div fence, a LaTeX layout command.
    "span attributes": re.compile(r"\]\{[^{}\n]*\}"),
    "citation key": re.compile(r"(?<![\w.@/])-?@[A-Za-z][\w:.-]*\w"),
    "Pandoc sub/superscript": re.compile(r"(?<=[A-Za-z0-9])~[^~\s]{1,10}~|(?<=[A-Za-z0-9])\^"
                                         r"[^\^\s\[\]]{1,10}\^"),
    "div fence": re.compile(r":::"),
    "LaTeX layout command": re.compile(r"\\(?:newpage|clearpage|pagebreak|noindent|[vh]space)\b"),
}


def card_lines(col) -> list[str]:
    """Every note as Anki shows it: its type, tags and each card's front and back."""
    blocks = []
    for note in sorted(notes(col), key=lambda n: (n.fields[0], n.guid)):
        lines = [f"== {note.note_type()['name']} | tags: {' '.join(sorted(note.tags))}"]
        for card in sorted(note.cards(), key=lambda c: c.ord):
            question = visible(card.question())
            answer = visible(card.answer())
            lines.append(f"  front: {question}")
            # The back repeats the front first; show what it adds.
            lines.append(f"  back:  {answer.removeprefix(question).strip()}")
        blocks.append("\n".join(lines))
    return blocks


@pytest.fixture(scope="module")
def decks(tmp_path_factory):
    """Each styles article built alone (as a user builds one file) and imported into Anki."""
    root = tmp_path_factory.mktemp("styles")
    built = {}
    for article in ARTICLES:
        folder = root / article.stem
        folder.mkdir()
        shutil.copy(article, folder / article.name)
        for image in article.parent.glob("*.png"):  # the figures the articles show
            shutil.copy(image, folder / image.name)
        apkg = folder / "deck.apkg"
        result = run("build", folder / article.name, "-o", apkg)
        # The card rules are checked by test_every_card_keeps_the_card_rules, not on import.
        with imported(folder / "anki", apkg, quality=False) as col:
            built[article.stem] = dict(
                weak=weak_cards(col), card_count=col.card_count(),
                cards=card_lines(col),
                html=[(card.question(), card.answer()) for n in notes(col) for card in n.cards()],
                decks=sorted(d.name for d in col.decks.all_names_and_ids()),
                stderr=result.stderr,
            )
    return built


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_styles_article_gives_the_pinned_cards(decks, article):
    pinned = article.with_name(article.stem + ".cards.txt")
    shown = "\n\n".join(decks[article.stem]["cards"]) + "\n"
    if PIN:
        pinned.write_text(shown, encoding="utf-8")
    assert decks[article.stem]["cards"], f"{article.name} made no card"
    assert shown == pinned.read_text(encoding="utf-8")


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_every_card_keeps_the_card_rules(decks, article):
    """tests/quality.py's rules (card-quality.md) on every card of the corpus, as users
    build each article (this was test_card_quality's, which built each article again)."""
    assert decks[article.stem]["card_count"] >= 3  # every styles article teaches several facts
    assert decks[article.stem]["weak"] == []


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_no_card_shows_raw_tex_or_another_tools_syntax(decks, article):
    shown = decks[article.stem]["html"]
    assert shown, f"{article.name} made no card"
    for question, answer in shown:
        for html_text in (question, answer):
            # Strip the MathJax math the author wrote: it is typeset, not shown as TeX.
            text = re.sub(r"\\\(.*?\\\)|\\\[.*?\\\]", " ", visible(html_text), flags=re.S)
            for kind, pattern in RAW_SYNTAX.items():
                assert not pattern.search(text), f"{kind} on a card: {text[:200]}"


def test_math_reaches_anki_as_mathjax_byte_for_byte(decks):
    shown = html.unescape(" ".join(q + a for q, a in decks["economics-elasticity-math"]["html"]))
    assert r"\(XED = \frac{\%\Delta Q_A}{\%\Delta P_B}\)" in shown
    assert "$5 and $10" not in shown or r"\(5" not in shown


def test_deck_is_never_named_after_the_first_section(decks):
    assert decks["no-title-food-webs"]["decks"] == ["Default", "no-title-food-webs"]
    assert "The French Revolution, 1789–1799" in decks["hugo-french-revolution"]["decks"]
    assert "Biology::Immunology" in decks["json-frontmatter-immunity"]["decks"]
