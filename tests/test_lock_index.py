"""The lock's index: where each article lies in the lock's text, and its live notes by kind.

The build cache keeps it beside the digest of the lock it describes (storage/cache.py,
LOCK_INDEX_FILE), so a build or sync of one edited article neither looks for the other
articles in the lock's text nor counts their notes there (storage/lock.py, index_of).
These tests hold it to what reading the text gives, and check that an index of other
bytes, or a damaged one, is never used: a lock edited by hand is read as it now is.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from support import copy_seed, imported, run

from deck_builder.storage import lock as lockfile
from deck_builder.storage.cache import CACHE_DIR, LOCK_INDEX_FILE, load_cache
from deck_builder.storage.lock import Lock, index_of, live_kinds, load_lock

ENTRY = {"digest": "0123456789abcdef", "id": 1700000000001, "mod": 1700000000, "words": "AbCd"}
ARTICLES = {
    "plain": {"a": {**ENTRY, "guid": "g1"},
              "b": {**ENTRY, "guid": "g2", "id": 1700000000002, "kind": "compare"}},
    'odd "id" \\ …': {"q": {**ENTRY, "guid": "g4", "id": 1700000000004}},
    "gone": {"r": {"fields": ["x"], "guid": "g5", "id": 1700000000005, "kind": "retired",
                   "mod": 1, "removed": True, "tags": ["t"]},
             "s": {**ENTRY, "guid": "g6", "id": 1700000000006}},
    "empty": {},
}


def _written(path: Path, lock: Lock) -> str:
    handle = io.BytesIO()
    digest = lock.write(handle)
    path.write_bytes(handle.getvalue())
    return digest


def test_a_lock_loaded_with_its_index_holds_what_reading_its_text_gives(tmp_path):
    path = tmp_path / "deck-builder.lock"
    digest = _written(path, Lock(path, ARTICLES, {"1": {"mod": 1, "sha": "x"}}, course="c0"))
    by_text = load_lock(path, trusted=digest)
    index = index_of(by_text)
    assert [row[0] for row in index] == sorted(ARTICLES)
    by_index = load_lock(path, trusted=digest, index=index)
    assert by_index.articles.known_kinds("plain") == {"cloze": 1, "compare": 1}
    assert by_text.articles.known_kinds("plain") is None  # counted from its text instead
    for article in ARTICLES:
        assert by_index.articles.text(article) == by_text.articles.text(article)
        assert live_kinds(by_index, article) == live_kinds(by_text, article) == \
            live_kinds(Lock(path, ARTICLES), article)
    assert live_kinds(by_index, "gone") == {"cloze": 1}  # the removed note not counted
    # An article parsed and changed: its length is the one written, its kinds counted anew.
    by_index.articles["plain"]["c"] = {**ENTRY, "guid": "g3", "id": 1700000000003,
                                       "kind": "compare"}
    assert by_index.articles.known_kinds("plain") is None
    assert index_of(by_index) is None  # the changed article's length is not known yet
    new_digest = _written(path, by_index)
    new_index = index_of(by_index)
    again = load_lock(path, trusted=new_digest, index=new_index)
    assert again.articles.known_kinds("plain") == {"cloze": 1, "compare": 2}
    assert dict(again.articles) == dict(load_lock(path).articles)
    assert new_index == index_of(load_lock(path, trusted=new_digest))


@pytest.mark.parametrize("damage", ["longer", "shorter", "renamed", "dropped", "not a list"])
def test_an_index_of_other_bytes_is_not_used_and_the_text_is_read(tmp_path, damage):
    path = tmp_path / "deck-builder.lock"
    digest = _written(path, Lock(path, ARTICLES))
    index = index_of(load_lock(path, trusted=digest))
    if damage == "longer":
        index[1][1] += 1
    elif damage == "shorter":
        index[0][1] -= 1
    elif damage == "renamed":
        index[2][0] = "plainer"
    elif damage == "dropped":
        del index[-1]
    else:
        index[0] = {"plain": 3}
    lock = load_lock(path, trusted=digest, index=index)
    assert type(lock.articles) is lockfile.Articles  # the text is still trusted ...
    assert all(lock.articles.known_kinds(a) is None for a in ARTICLES)  # ... the index not
    assert dict(lock.articles) == ARTICLES


def _course(folder: Path) -> Path:
    cards = folder / "cards"
    copy_seed(cards)
    facts = [f"The **beta {i}** fact is about ratios of {i} to {i + 1}." for i in range(6)]
    data = {"title": "Beta", "sections": [{"title": "Facts", "facts": facts}]}
    (cards / "beta.json").write_text(json.dumps(data), encoding="utf-8")
    return cards


def test_a_build_keeps_the_index_and_the_next_one_counts_no_article_from_the_text(
        tmp_path, monkeypatch):
    cards = _course(tmp_path)
    run("build", cards, "-o", tmp_path / "a.apkg")
    cache = load_cache(cards)
    index = cache.lock_index(cache.lock)
    assert index is not None and [row[0] for row in index] == sorted(
        json.loads((cards / "deck-builder.lock").read_bytes())["articles"])
    counted = []
    text_kinds = lockfile._text_kinds
    monkeypatch.setattr(lockfile, "_text_kinds", lambda text: counted.append(text) or
                        text_kinds(text))
    run("build", cards, "-o", tmp_path / "b.apkg")
    assert counted == []  # every article's count came from the index
    assert (tmp_path / "a.apkg").read_bytes() == (tmp_path / "b.apkg").read_bytes()
    with imported(tmp_path / "anki", tmp_path / "b.apkg") as col:
        # The deck the index served is whole: the seed's 49 notes and beta's 6.
        assert len(col.find_notes("")) == 55 and len(col.find_notes('"deck:Beta"')) == 6


def test_a_damaged_or_stale_index_file_is_not_used(tmp_path):
    cards = _course(tmp_path)
    run("build", cards, "-o", tmp_path / "a.apkg")
    cache = load_cache(cards)
    file = cards / CACHE_DIR / LOCK_INDEX_FILE
    head, rows = file.read_text(encoding="utf-8").split("\n")
    rows = json.loads(rows)
    assert json.loads(head)["lock"] == cache.lock and cache.lock_index(cache.lock) == rows
    assert cache.lock_index("0" * 64) is None  # of another lock
    beta = next(row for row in rows if row[0] == "beta")
    beta[2] = {"cloze": beta[2]["cloze"] + 1}  # a count changed, its digest not
    file.write_text(head + "\n" + json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    assert cache.lock_index(cache.lock) is None
    file.write_text("{", encoding="utf-8")
    assert cache.lock_index(cache.lock) is None


def test_saving_without_an_index_keeps_the_one_of_the_same_lock_and_drops_a_stale_one(
        tmp_path):
    cards = _course(tmp_path)
    run("build", cards, "-o", tmp_path / "a.apkg")
    cache = load_cache(cards)
    rows = cache.lock_index(cache.lock)
    assert rows
    cache.save(cache.templates, cache.lock, cache.records)  # no index handed in
    again = load_cache(cards)
    assert again.lock_index(cache.lock) == rows  # still right for this lock: kept
    again.save(again.templates, "0" * 64, again.records)  # a new lock, no index
    assert not (cards / CACHE_DIR / LOCK_INDEX_FILE).exists()


def test_a_lock_edited_by_hand_after_the_build_is_read_as_it_now_is(tmp_path):
    cards = _course(tmp_path)
    run("build", cards, "-o", tmp_path / "a.apkg")
    run("build", cards, "-o", tmp_path / "a.apkg")  # the index and every file's record kept
    lock_path = cards / "deck-builder.lock"
    before = json.loads(lock_path.read_bytes())["articles"]["beta"]
    assert len(before) == 6
    # One of beta's notes taken out by hand, the rest of the file as it was: the index
    # (still the cache's) says beta holds 6 notes, and the lock's text is shorter.
    text = lock_path.read_text(encoding="utf-8")
    gone = sorted(before)[2]
    line = next(line for line in text.splitlines() if line.startswith(f'   "{gone}": '))
    lock_path.write_text(text.replace(line + "\n", ""), encoding="utf-8")
    assert len(json.loads(lock_path.read_bytes())["articles"]["beta"]) == 5
    run("build", cards, "-o", tmp_path / "b.apkg")
    after = json.loads(lock_path.read_bytes())["articles"]["beta"]
    assert len(after) == 6 and gone in after  # beta read again: its note is back
    assert after[gone]["guid"] == before[gone]["guid"]  # made again from course, article, key
    assert {k: e["guid"] for k, e in after.items() if k != gone} == \
        {k: e["guid"] for k, e in before.items() if k != gone}
