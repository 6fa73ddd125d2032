"""A large article read alone is generated in two processes: the notes, warnings and
citations must be exactly those of one process (generate._ArticleNotes._generate_split).

Every article of tests/data and the seed is generated both ways with the threshold at one
item and the processes taking turns item by item, so that every hand-over between them
is tried; the cards pinned in tests/data/styles then hold for the split path too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support import DATA, REPO, SEED

from deck_builder import generate as generate_module
from deck_builder.errors import ContentError
from deck_builder.generate import generate
from deck_builder.readers import read_article

ONE_THREAD = generate_module._one_thread
ARTICLES = sorted(
    p for p in [*DATA.rglob("*.md"), *DATA.rglob("*.yaml"), *DATA.rglob("*.json"),
                *(REPO / "cards").glob("*.yaml")]
    if not p.name.endswith(".expect.md") and p.name != "README.md")


@pytest.fixture
def split_every(monkeypatch):
    """Split every article that can be, on any machine; counts the splits done."""
    monkeypatch.setattr(generate_module, "SPLIT_ITEMS", 1)
    monkeypatch.setattr(generate_module, "SPLIT_CHUNK", 1)  # the processes take turns
    monkeypatch.setattr(generate_module, "_cores", lambda: 2)
    # pytest-xdist's workers run threads of their own; what a thread forbids is tested
    # by test_no_fork_while_another_thread_runs.
    monkeypatch.setattr(generate_module, "_one_thread", lambda: True)
    done = []
    split = generate_module._ArticleNotes._generate_split

    def counted(self):
        done.append(self.article.id)
        return split(self)

    monkeypatch.setattr(generate_module._ArticleNotes, "_generate_split", counted)
    return done


def _both(path: Path):
    try:
        article, _ = read_article(path)
    except ContentError:
        return None
    return generate([article]), generate([article], split=True)


def _same(one, two) -> None:
    assert one.notes == two.notes
    assert [str(p) for p in one.problems] == [str(p) for p in two.problems]
    assert one.sources == two.sources


def test_every_article_generates_the_same_in_two_processes(split_every):
    compared = 0
    for path in ARTICLES:
        both = _both(path)
        if both is None:
            continue
        _same(*both)
        compared += 1
    assert SEED in ARTICLES and compared > 50
    assert len(split_every) > 40  # most articles were cut, not made whole in one process


def test_facts_opening_alike_in_both_processes_get_the_keys_of_one(split_every, tmp_path):
    # Facts of one section opening with the same words: each later one's key is numbered
    # after the ones before it, which the process making it cannot know.
    path = tmp_path / "alike.md"
    opening = "The nucleus of every cell in the body holds the genes"
    # (Each ending its own: "… holds the genes of [...]." five times was one front.)
    facts = "".join(f"{opening} of **kind {i}** in tissue {i}.\n\n" for i in range(5))
    path.write_text(f"# Alike\n\n## Cells\n\n{facts}", encoding="utf-8")
    one, two = _both(path)
    _same(one, two)
    assert split_every == ["alike"]
    keys = [spec.key for spec in two.notes]
    assert keys[1:] == [f"{keys[0]}-{n}" for n in range(2, 6)]


def test_a_small_article_is_made_in_one_process(monkeypatch, tmp_path):
    monkeypatch.setattr(generate_module, "_cores", lambda: 2)
    # A thread of pytest-xdist's worker would refuse the fork too: the article's size is
    # left the only reason to make it in one process.
    monkeypatch.setattr(generate_module, "_one_thread", lambda: True)
    started = []
    monkeypatch.setattr(generate_module.os, "fork", lambda: started.append(1) or 1 / 0)
    path = tmp_path / "small.md"
    path.write_text("# Small\n\n## Cells\n\nThe **nucleus** holds the genes.\n",
                    encoding="utf-8")
    one, two = _both(path)
    _same(one, two)
    assert started == []


def test_no_fork_while_another_thread_runs(split_every, monkeypatch):
    # A fork copies only its caller: a lock another thread holds (Anki's engine during
    # `sync`, whose native threads Python does not count) would never be released in it.
    started = []
    monkeypatch.setattr(generate_module.os, "fork", lambda: started.append(1) or 1 / 0)
    monkeypatch.setattr(generate_module, "_one_thread", ONE_THREAD)
    import threading
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        one, two = _both(SEED)
    finally:
        stop.set()
        other.join()
    _same(one, two)
    assert started == [] and split_every == []
    monkeypatch.setattr(generate_module.threading, "active_count", lambda: 1)
    monkeypatch.setattr(generate_module.os, "listdir", lambda path: ["1", "2"])
    assert not generate_module._one_thread()  # a native thread alone is seen too
    monkeypatch.setattr(generate_module.os, "listdir", lambda path: ["1"])
    assert generate_module._one_thread()
