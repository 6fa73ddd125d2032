"""New notes' identities asked of a lock kept as text (an edit's few new notes) are the
ones every identity gathered would give: never a guid or note id the lock already has."""

from __future__ import annotations

import json

from support import copy_seed, start_course

from deck_builder.build import BuildOptions, build
from deck_builder.identify import NewIdentities
from deck_builder.storage.cache import load_cache
from deck_builder.storage.lock import Articles, holds_identity, identities, load_lock

NOW = 1_800_000_000


def _seed_lock(tmp_path):
    cards = tmp_path / "cards"
    start_course(cards)
    copy_seed(cards)
    build([cards], BuildOptions(tmp_path / "seed.apkg", now=NOW))
    lock = load_lock(cards / "deck-builder.lock", load_cache(cards).lock)
    assert type(lock.articles) is Articles and lock.articles.text(next(iter(lock.articles)))
    return lock


def test_the_text_says_which_identities_the_lock_has(tmp_path):
    lock = _seed_lock(tmp_path)
    ids, guids = identities(lock)
    assert len(ids) == len(set(ids)) == 49
    assert all(holds_identity(lock, guid) for guid in guids)
    assert all(holds_identity(lock, note_id=i) for i in ids)
    assert not any(holds_identity(lock, note_id=i) for i in (min(ids) - 1, max(ids) + 1, 0))
    assert holds_identity(lock, guids[0] + "x") is False and holds_identity(lock, 'a"b') is None


def test_new_identities_asked_of_the_text_are_those_of_every_identity_gathered(
        tmp_path, monkeypatch):
    lock = _seed_lock(tmp_path)
    ids, guids = identities(lock)
    article = next(iter(lock.articles))
    # The key the first of its notes was made for: a new note of that key draws the same
    # natural guid and the same run of ids, all taken, and must step past every one.
    entries = json.loads(lock.articles.text(article))  # read aside: the lock stays text
    first = min(entries.items(), key=lambda item: item[1]["id"])[0]
    keys = [first, "a new key", "another new key"]
    minted = {}
    for asked in (0, 1000):  # every identity gathered at once; every question of the text
        monkeypatch.setattr(NewIdentities, "ASKED_OF_TEXT", asked)
        fresh = NewIdentities(NOW, [lock])
        minted[asked] = [fresh(lock, article, key) for key in keys]
    assert lock.articles.text(article) is not None  # the text was asked, not entries
    assert minted[0] == minted[1000]
    assert not {g for g, _ in minted[0]} & set(guids)
    assert not {i for _, i in minted[0]} & set(ids)
    assert len({i for _, i in minted[0]}) == len(keys)
    assert minted[0][0][1] > max(i for i in ids if i < NOW * 1000)  # it stepped past them
