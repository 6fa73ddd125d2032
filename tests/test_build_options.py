"""Several articles in one build: a deck each, a root deck, one package per article."""

from __future__ import annotations

import pytest
from support import copy_seed, format_example, imported, notes, run


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
