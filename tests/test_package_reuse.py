"""A rebuild that would write the package it wrote last time leaves that file alone.

Packaging is most of an unchanged rebuild. The build cache remembers each package it
wrote (a digest of its notes and of its bytes); a build whose notes give the same digest,
with the file still as written, keeps it. Anything else writes it again: an edit, a
package changed or deleted since, --no-cache.
"""

from __future__ import annotations

import os

from support import copy_course, imported, run

from deck_builder.build import BuildOptions, build

NOW = 1_800_000_000


def _build(cards, now=NOW, **options):
    return build([cards], BuildOptions(output=cards.parent / "deck.apkg", now=now, **options))


def _stamp(path):
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))  # an mtime a rewrite would change


def test_an_unchanged_rebuild_leaves_the_package_alone(tmp_path):
    cards = copy_course(tmp_path / "cards", "tcp-vs-udp.md")
    apkg = tmp_path / "deck.apkg"
    first = _build(cards)
    assert first.outputs[0].written
    built = apkg.read_bytes()
    _stamp(apkg)
    again = _build(cards, now=NOW + 100)
    assert not again.outputs[0].written
    assert apkg.stat().st_mtime_ns == 1_000_000_000 and apkg.read_bytes() == built
    with imported(tmp_path / "anki", apkg) as col:
        assert col.note_count() == again.outputs[0].note_count > 49


def test_the_cli_says_the_package_is_up_to_date(tmp_path, monkeypatch):
    copy_course(tmp_path / "cards", "tcp-vs-udp.md")
    monkeypatch.chdir(tmp_path)
    assert "wrote build/cards.apkg" in run("build", "cards").output
    assert "build/cards.apkg is up to date" in run("build", "cards").output


def test_an_edit_or_a_changed_package_is_written_again(tmp_path):
    cards = copy_course(tmp_path / "cards", "tcp-vs-udp.md")
    apkg = tmp_path / "deck.apkg"
    _build(cards)
    built = apkg.read_bytes()
    apkg.write_bytes(built[:-10])  # damaged since: the digest of its bytes differs
    assert _build(cards).outputs[0].written and apkg.read_bytes() == built
    apkg.unlink()
    assert _build(cards).outputs[0].written and apkg.read_bytes() == built
    article = cards / "tcp-vs-udp.md"
    article.write_text(article.read_text(encoding="utf-8").replace(
        "connection-oriented transport", "connection-based transport"), encoding="utf-8")
    edited = _build(cards, now=NOW + 100)
    assert edited.outputs[0].written and apkg.read_bytes() != built
    with imported(tmp_path / "anki", apkg) as col:
        assert len(col.find_notes('"*connection-based transport*"')) == 1


def test_without_the_cache_the_package_is_always_written(tmp_path):
    cards = copy_course(tmp_path / "cards", "tcp-vs-udp.md")
    apkg = tmp_path / "deck.apkg"
    _build(cards)
    built = apkg.read_bytes()
    _stamp(apkg)
    assert _build(cards, use_cache=False).outputs[0].written
    assert apkg.read_bytes() == built and apkg.stat().st_mtime_ns != 1_000_000_000
