"""A build streams its notes article by article (storage/scratch.py) into the package.

Each article's notes are packaged from the build's scratch database, read back in note-id
order. The package must be the same bytes as one written from every note held in memory
and sorted there (how the package was written before), through a first build, an edit that
rewords one note and removes a section of another article, and a rebuild into a package
of another name (every note carried from the build cache); and Anki must show the notes.
"""

from __future__ import annotations

import io
import re

from support import copy_course, imported, notes

from deck_builder.anki.package import write_package
from deck_builder.build import BuildOptions, build
from deck_builder.changes import REMOVED_TAG

ARTICLES = ("tcp-vs-udp.md", "mitosis-vs-meiosis.md", "classical-vs-operant-conditioning.md")


def _in_memory(result) -> bytes:
    """The package written from the plan's notes as a list, sorted in memory."""
    plan, handle = result.plan, io.BytesIO()
    listed = [(note, plan.decks[note.article]) for note in result.outputs[0].notes]
    write_package(handle, listed, plan.models, plan.model_mods, media=plan.media)
    return handle.getvalue()


def test_a_streamed_build_packages_what_the_notes_in_memory_would(tmp_path):
    course = copy_course(tmp_path / "cards", *ARTICLES)
    apkg = tmp_path / "deck.apkg"
    first = build([course], BuildOptions(output=apkg, now=1_800_000_000))
    assert len({n.article for n in first.outputs[0].notes}) == 1 + len(ARTICLES)
    assert apkg.read_bytes() == _in_memory(first)
    count = len(first.outputs[0].notes)

    # One note reworded; the last section of another article deleted.
    tcp = course / "tcp-vs-udp.md"
    tcp.write_text(tcp.read_text("utf-8").replace("TCP", "The TCP protocol", 1), "utf-8")
    mitosis = course / "mitosis-vs-meiosis.md"
    text = mitosis.read_text("utf-8")
    mitosis.write_text(text[:text.rindex("\n## ")] + "\n", "utf-8")
    edited = build([course], BuildOptions(output=apkg, now=1_800_100_000))
    statuses = {n.status for n in edited.outputs[0].notes}
    assert {"removed", "updated", "unchanged"} <= statuses
    assert apkg.read_bytes() == _in_memory(edited)

    again = build([course], BuildOptions(output=tmp_path / "again.apkg", now=1_800_200_000))
    assert again.plan.reused == 1 + len(ARTICLES)  # nothing read: all from the cache
    assert (tmp_path / "again.apkg").read_bytes() == apkg.read_bytes()

    with imported(tmp_path / "anki", apkg) as col:
        removed = len(col.find_notes(f"tag:{REMOVED_TAG}"))
        assert removed == sum(n.status == "removed" for n in edited.outputs[0].notes) > 0
        assert col.note_count() == len(edited.outputs[0].notes) >= count
        assert [n for n in notes(col, "tag:article::tcp-vs-udp")
                if any(re.search(r"The TCP protocol", f) for f in n.fields)]
