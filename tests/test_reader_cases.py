"""Reader cases as data files (tests/data/reader/README.md): each article beside the content
model it must read to, kept as a reviewed dump (tests/dump.py).

DECK_BUILDER_REGEN=1 rewrites the dumps from what the readers read now, and then fails, so
a regenerated dump is never taken as passing before someone has read it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from dump import dump_article, dump_problems
from support import DATA

from deck_builder.errors import ContentError
from deck_builder.readers import ARTICLE_SUFFIXES, read_article

CASES = DATA / "reader"
REGEN = os.environ.get("DECK_BUILDER_REGEN") == "1"


def _cases() -> list[Path]:
    return sorted(p for p in CASES.iterdir()
                  if p.suffix in ARTICLE_SUFFIXES and p.name != "README.md")


def test_every_case_has_its_dump_and_every_dump_its_case():
    articles = {p.stem for p in _cases()}
    dumps = {p.name[: -len(".content.txt")] for p in CASES.glob("*.content.txt")}
    assert len(articles) == len(_cases()), "two cases share a name"
    assert articles and (REGEN or articles == dumps), articles ^ dumps


@pytest.mark.parametrize("article", _cases(), ids=lambda p: p.name)
def test_the_article_reads_to_its_reviewed_dump(article):
    try:
        got = dump_article(*read_article(article))
    except ContentError as error:
        got = dump_problems(error.problems)
    # Problems name the file as the reader was given it; the dump names it as the case.
    got = got.replace(str(article), article.name)
    expected = article.with_name(article.stem + ".content.txt")
    if REGEN:
        if not expected.exists() or expected.read_text(encoding="utf-8") != got:
            expected.write_text(got, encoding="utf-8")
            pytest.fail(f"rewrote {expected.name}: read it, then commit it")
    assert expected.exists(), f"no {expected.name}: run with DECK_BUILDER_REGEN=1 and read it"
    assert got == expected.read_text(encoding="utf-8")
