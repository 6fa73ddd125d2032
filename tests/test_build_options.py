"""Several articles in one build: a deck each, a root deck, one package per article."""

from __future__ import annotations

import pytest
from support import DATA, copy_seed, format_example, imported, notes, run


@pytest.fixture()
def two_articles(tmp_path):
    cards = tmp_path / "cards"
    copy_seed(cards)
    (cards / "mitosis.yaml").write_text(format_example(), encoding="utf-8")
    return cards


def _decks(col):
    return {d.name for d in col.decks.all_names_and_ids()} - {"Default"}


def test_one_package_holds_one_deck_per_article_under_the_root_deck(two_articles, tmp_path):
    result = run("build", two_articles, "--root-deck", "Course", "-o", tmp_path)
    assert "cards.apkg" in result.output  # named after the folder read
    with imported(tmp_path / "anki", tmp_path / "cards.apkg") as col:
        assert {"Course::Collectivism vs Individualism", "Course::Biology::Cell division"} <= \
            _decks(col)
        assert len(notes(col, '"deck:Course::Collectivism vs Individualism"')) == 49
        assert len(notes(col, '"deck:Course::Biology::Cell division"')) == 7


def test_split_by_article_writes_a_package_per_article(two_articles, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    run("build", two_articles, "--split-by", "article", "-o", out)
    assert sorted(p.name for p in out.iterdir()) == [
        "collectivism-vs-individualism.apkg", "mitosis-vs-meiosis.apkg"]
    with imported(tmp_path / "anki", out / "mitosis-vs-meiosis.apkg") as col:
        assert col.note_count() == 7
        assert all("article::mitosis-vs-meiosis" in n.tags for n in notes(col))


def test_default_output_is_the_build_folder(two_articles, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    run("build")  # ./cards, as in the README
    assert (two_articles / "deck-builder.lock").exists()
    with imported(tmp_path / "anki", tmp_path / "build" / "cards.apkg") as col:
        assert col.note_count() == 49 + 7  # both articles


def test_build_says_when_markdown_content_made_no_card(two_articles, tmp_path):
    article = DATA / "markdown" / "classical-vs-operant-conditioning.md"
    (two_articles / article.name).write_bytes(article.read_bytes())
    (two_articles / "pavlov.png").write_bytes((article.parent / "pavlov.png").read_bytes())
    listed = [line for line in run("check", two_articles).output.splitlines()
              if ": skipped: " in line]
    assert listed  # the article has a code block, a block quote, ... that make no card
    hint = (f"{len(listed)} block(s) in 1 Markdown article(s) made no card; "
            "`deck-builder check` lists them")
    for name in ("first", "cached"):  # the second build reads the article from the cache
        output = run("build", two_articles, "-o", tmp_path / f"{name}.apkg").output
        assert hint in output.splitlines()
    assert "made no card" not in run("build", two_articles / "mitosis.yaml", "-o",
                                     tmp_path / "yaml.apkg").output
