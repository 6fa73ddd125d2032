"""A lock whose bytes are those this code last wrote is kept as text, and nothing changes.

The build cache keeps the digest of the lock the last build wrote (storage/cache.py). A
build or sync that finds the lock still of that digest does not parse or check it whole
(storage/lock.py, Articles): each article's notes stay text until asked for, and are
written back as they were. These tests hold that to what reading the lock whole gives:
the same entries, the same answers, the same bytes written; and a lock changed in any
byte since (a conflict, a duplicate id) is checked and mended whole, cache or not.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
from pathlib import Path

from support import copy_seed, run

from deck_builder.storage import lock as lockfile
from deck_builder.storage.lock import LOCK_VERSION, Lock, load_lock


def _article(folder: Path, name: str, facts: list[str]) -> None:
    data = {"title": name.title(), "sections": [{"title": "Facts", "facts": facts}]}
    (folder / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")


FACTS = [f"The **beta {i}** fact is about ratios of {i} to {i + 1}." for i in range(6)]


def _course(folder: Path) -> Path:
    cards = folder / "cards"
    copy_seed(cards)
    _article(cards, "beta", FACTS)
    _article(cards, "gamma", [f"The **gamma {i}** fact is about {i} bends." for i in range(5)])
    return cards


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_edit_built_from_a_lock_kept_as_text_gives_the_bytes_of_a_lock_read_whole(
        tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")
    cards = _course(tmp_path / "a")
    run("build", cards, "-o", tmp_path / "a.apkg")
    run("build", cards, "-o", tmp_path / "a.apkg")  # the cache now vouches for every file
    shutil.copytree(cards, tmp_path / "b" / "cards")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000100")
    edited = [*FACTS[:4], "A **new beta** fact, added by an edit.", FACTS[5]]
    edited[1] = edited[1].replace("ratios", "reworded ratios")
    for folder in (cards, tmp_path / "b" / "cards"):
        _article(folder, "beta", edited)
    kept = []
    trusted_lock = lockfile._trusted_lock
    monkeypatch.setattr(lockfile, "_trusted_lock",
                        lambda *args: kept.append(trusted_lock(*args)) or kept[-1])
    run("build", cards, "-o", tmp_path / "a2.apkg")
    assert len(kept) == 1 and kept[0] is not None  # the lock was kept as text
    run("build", tmp_path / "b" / "cards", "-o", tmp_path / "b2.apkg", "--no-cache")
    after = (cards / "deck-builder.lock").read_bytes()
    assert after == (tmp_path / "b" / "cards" / "deck-builder.lock").read_bytes()
    assert b"added by an edit" not in after and b"A new beta" not in after  # words as codes
    lock = load_lock(cards / "deck-builder.lock")
    assert len(lock.articles["beta"]) == 7  # a fact removed, one added
    assert sum(bool(e.get("removed")) for e in lock.articles["beta"].values()) == 1
    assert (tmp_path / "a2.apkg").read_bytes() == (tmp_path / "b2.apkg").read_bytes()


def test_a_lock_kept_as_text_answers_as_the_lock_read_whole(tmp_path):
    path = tmp_path / "deck-builder.lock"
    entry = {"digest": "0123456789abcdef", "id": 1700000000001, "mod": 1700000000,
             "words": "AbCd"}
    articles = {
        "plain": {"a": {**entry, "guid": "g1"},
                  "b": {**entry, "guid": "g2", "id": 1700000000002, "kind": "compare"},
                  "c": {**entry, "guid": "g3", "id": 1700000000003,
                        "clozes": {"guid": 4, "kind": 2, "removed": 1}}},
        'odd "id" \\ …': {"q": {**entry, "guid": 'g"\\4', "id": 1700000000004}},
        "gone": {"r": {"fields": ["x", '"removed":true'], "guid": "g5", "id": 1700000000005,
                       "kind": "retired", "mod": 1, "removed": True, "tags": ["t"]},
                 "s": {**entry, "guid": "g6", "id": 1700000000006},
                 "t": {**entry, "guid": "g7", "id": 1700000000007, "kind": "compare"}},
        "empty": {},
    }
    whole = Lock(path, articles, {"1": {"mod": 1, "sha": "x"}}, course="c0ffee")
    handle = io.BytesIO()
    digest = whole.write(handle)
    path.write_bytes(handle.getvalue())

    kept = load_lock(path, trusted=digest)
    assert isinstance(kept.articles, lockfile.Articles)
    assert all(kept.articles.text(a) is not None for a in articles)
    assert kept.original == digest and kept.course == "c0ffee" and kept.repairs == []
    ids, guids = lockfile.identities(kept)
    assert sorted(zip(ids, guids, strict=True)) == sorted(
        zip(*lockfile.identities(whole), strict=True))
    assert len(set(ids)) == len(set(guids)) == 7 and 'g"\\4' in guids
    for article in articles:
        assert lockfile.live_kinds(kept, article) == lockfile.live_kinds(whole, article)
    assert lockfile.live_kinds(kept, "plain") == {"cloze": 2, "compare": 1}
    assert lockfile.live_kinds(kept, "gone") == {"cloze": 1, "compare": 1}
    assert [a for a in articles if lockfile.may_hold(kept, a, "removed", True)] == ["gone"]
    for article in articles:
        assert lockfile.removed_entries(kept, article) == \
            lockfile.removed_entries(whole, article)
    assert list(lockfile.removed_entries(kept, "gone")) == ["r"]
    assert kept.articles.text("gone") is not None  # its removed notes read from the text
    rewritten = io.BytesIO()
    assert kept.write(rewritten) == digest and rewritten.getvalue() == path.read_bytes()
    kept.articles["gone"]["r"]["tags"] = ["t", "u"]  # asked for its entries: parsed
    assert kept.articles.text("gone") is None
    kept.articles["gone"]["r"]["tags"] = ["t"]
    assert dict(kept.articles) == articles == load_lock(path).articles
    rewritten = io.BytesIO()
    kept.write(rewritten)
    assert rewritten.getvalue() == path.read_bytes()


def test_a_lock_of_other_bytes_than_trusted_is_read_and_checked_whole(tmp_path):
    path = tmp_path / "deck-builder.lock"
    entry = {"digest": "0123456789abcdef", "mod": 1700000000, "words": "AbCd"}
    same_id = {"x": {"a": {**entry, "guid": "g1", "id": 17}, "b": {**entry, "guid": "g2",
                                                                   "id": 17}}}
    handle = io.BytesIO()
    Lock(path, same_id).write(handle)
    path.write_bytes(handle.getvalue())
    lock = load_lock(path, trusted="0" * 64)
    assert type(lock.articles) is dict
    assert lock.original is None and "gave 1 note(s) a new note id" in lock.repairs[0]
    # Laid out otherwise (a BOM, here) though of the trusted digest: read whole.
    path.write_bytes(b"\xef\xbb\xbf" + handle.getvalue())
    lock = load_lock(path, trusted=_digest(path))
    assert type(lock.articles) is dict and lock.articles["x"]["b"]["id"] != 17


def test_a_lock_changed_after_the_build_is_checked_whole_though_the_cache_is_there(tmp_path):
    cards = _course(tmp_path)
    run("build", cards, "-o", tmp_path / "a.apkg")
    lock_path = cards / "deck-builder.lock"
    data = json.loads(lock_path.read_bytes())
    assert data["deck-builder-lock"] == LOCK_VERSION
    beta = data["articles"]["beta"]
    first, second = sorted(beta)[:2]
    text = lock_path.read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if line.startswith(f'   "{second}": '))
    duplicate = line.replace(f'"id":{beta[second]["id"]}', f'"id":{beta[first]["id"]}')
    lock_path.write_text(text.replace(line, duplicate), encoding="utf-8")
    output = run("build", cards, "-o", tmp_path / "b.apkg").output
    assert "gave 1 note(s) a new note id" in output
    ids = [e["id"] for notes in json.loads(lock_path.read_bytes())["articles"].values()
           for e in notes.values()]
    assert len(ids) == len(set(ids)) == 49 + 6 + 5
