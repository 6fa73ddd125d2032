"""The figures of an article reach its cards (issue 17), as Anki shows them.

A course of a Markdown article (an inline image, an Obsidian embed found in a subfolder, an
<img> tag, a standalone figure with an italic caption) and two YAML articles, each with its
own `figure1.png`, is built and imported into a real collection.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import zipfile
from pathlib import Path

import pytest
from support import answer_leaks, cloze_answers, imported, note_containing, notes, png, run, visible

GIF = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00"
       b"\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")
SVG = (b'<svg xmlns="http://www.w3.org/2000/svg" width="12" height="8">'
       b'<rect width="12" height="8" fill="#2a7"/></svg>')

ECONOMICS = """\
---
concepts: [Supply, Demand]
---
# Markets

## Supply

Supply is the quantity **sellers** offer at each price ![a Supply graph](supply.png "The curve").

![[shift.png|300]]
*A rise in costs moves the curve **to the left***

- **Movement**: a change in **price** moves along the curve <img src="supply.png" alt="curve">
- **Shift**: a change in anything else moves the whole curve

## Demand

Demand is what **buyers** want and can pay for.

![Figure 2](demand.gif)
"""

CELLS = """\
title: Cells
concepts: [Mitosis, Meiosis]
sections:
  - title: Division
    image: {src: cells/figure1.png, caption: "Both divisions begin with **DNA replication**"}
    definitions:
      - term: Mitosis
        text: Mitosis makes two identical cells.
        image: {src: cells/mitosis.svg, alt: "Mitosis in four steps"}
    facts:
      - Meiosis makes four **gametes**.
"""

GENES = """\
title: Genes
concepts: [Allele]
sections:
  - title: Inheritance
    image: genes/figure1.png
    facts:
      - An allele is one form of a **gene**.
"""

OUR_IMG = re.compile(r'<img src="deck-builder-[0-9a-f]{32}\.(?:png|jpg|gif|webp|svg)" '
                     r'alt="[^"<>]*"(?: width="\d+")?>')


def write_course(root: Path) -> dict[str, Path]:
    """The course's files; returns its image files by a short name."""
    notes_dir = root / "notes"
    files = {
        "supply": (notes_dir / "supply.png", png(4, 3, (200, 30, 30))),
        "shift": (notes_dir / "diagrams" / "shift.png", png(5, 3, (30, 200, 30))),
        "demand": (notes_dir / "demand.gif", GIF),
        "figure1": (notes_dir / "cells" / "figure1.png", png(6, 3, (30, 30, 200))),
        "mitosis": (notes_dir / "cells" / "mitosis.svg", SVG),
        "other-figure1": (notes_dir / "genes" / "figure1.png", png(6, 3, (90, 90, 90))),
    }
    for path, data in files.values():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    (notes_dir / "economics.md").write_text(ECONOMICS, encoding="utf-8")
    (notes_dir / "cells.yaml").write_text(CELLS, encoding="utf-8")
    (notes_dir / "genes.yaml").write_text(GENES, encoding="utf-8")
    return {name: path for name, (path, _) in files.items()}


def media_name(path: Path) -> str:
    data = path.read_bytes()
    extension = {b"\x89P": "png", b"GI": "gif", b"<s": "svg"}[data[:2]]
    return f"deck-builder-{hashlib.sha256(data).hexdigest()[:32]}.{extension}"


def package_media(apkg: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(apkg) as archive:
        mapping = json.loads(archive.read("media"))
        return {name: archive.read(number) for number, name in mapping.items()}


@pytest.fixture()
def course(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return write_course(tmp_path)


def build(apkg: str, *extra: str) -> Path:
    run("build", "notes", "-o", apkg, *extra)
    return Path(apkg)


def test_every_image_is_in_the_media_folder_once_byte_identical(course, tmp_path):
    apkg = build("course.apkg")
    with imported(tmp_path / "anki", apkg) as col:
        folder = Path(col.media.dir())
        stored = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
        expected = {media_name(path): path.read_bytes() for path in course.values()}
        assert len(expected) == 6  # two articles' figure1.png are two files
        assert stored == expected
        shown = set()
        for note in notes(col):
            for card in note.cards():
                for side in (card.question(), card.answer()):
                    shown.update(re.findall(r'src="([^"]+)"', side))
        assert shown == set(expected)  # every file is shown, and every card's image is there
        assert col.note_count() == 9  # 4 + a figure in economics, 2 + a figure, 1


def test_each_image_is_where_the_article_put_it(course, tmp_path):
    apkg = build("course.apkg")
    supply, shift = media_name(course["supply"]), media_name(course["shift"])
    with imported(tmp_path / "anki", apkg) as col:
        for note in notes(col):
            for value in note.fields:  # our <img> is the only markup besides the templates'
                for tag in re.findall(r"<img[^>]*>", value):
                    assert OUR_IMG.fullmatch(tag), tag
        # Inline, in its sentence, with the alt text masked on the card that hides Supply.
        definition = note_containing(col, "at each price")
        assert f'src="{supply}" alt="a […] graph"' in definition["Text"]
        question = definition.cards()[0].question()
        assert "supply" not in " ".join(re.findall(r'alt="([^"]*)"', question)).casefold()
        item = note_containing(col, "moves along the curve")
        assert f'<img src="{supply}" alt="curve">' in item["Text"]
        # The standalone figure: on the back of every note of its section, not the front.
        section = [note_containing(col, t) for t in ("at each price", "moves along",
                                                     "anything else")]
        for note in section:
            card = note.cards()[0]
            assert shift in card.answer() and shift not in card.question()
            assert "A rise in costs moves the curve to the left" in visible(card.answer())
        demand = note_containing(col, "what")
        assert shift not in demand["Source"]
        # ...and its marked caption is a cloze note of its own, the image on its front.
        figure = note_containing(col, "A rise in costs")
        assert shift in figure.cards()[0].question()
        assert cloze_answers(figure, 0) == ["to the left"]
        assert "to the left" not in visible(figure.cards()[0].question())
        assert 'width="300"' in figure["Text"]
        # YAML: a section's image on its notes' backs, a definition's on its own.
        mitosis = note_containing(col, "two identical cells")
        assert media_name(course["mitosis"]) in mitosis["Source"]
        assert media_name(course["figure1"]) in mitosis["Source"]
        assert 'alt="[…] in four steps"' in mitosis["Source"]
        assert media_name(course["other-figure1"]) in note_containing(col, "one form")["Source"]
        assert answer_leaks(col, notes=col.note_count()) == []


def test_an_edited_image_updates_exactly_the_notes_that_show_it(course, tmp_path):
    first = build("first.apkg")
    old = media_name(course["supply"])
    course["supply"].write_bytes(png(4, 3, (10, 10, 10)))  # the article file is untouched
    second = build("second.apkg")  # with the build cache, which must see the new bytes
    assert media_name(course["supply"]) in package_media(second)
    with imported(tmp_path / "anki", first, second) as col:
        log = col.import_logs[1]
        showing = {n.guid for n in notes(col)
                   if any(media_name(course["supply"]) in f for f in n.fields)}
        assert len(showing) == 2  # the definition and the list item
        assert {col.get_note(entry.id.nid).guid for entry in log.updated} == showing
        assert len(log.new) == 0
        assert not any(old in f for n in notes(col) for f in n.fields)


def test_reimporting_an_unchanged_build_adds_and_updates_nothing(course, tmp_path):
    first = build("first.apkg")
    again = build("again.apkg")
    assert package_media(again) == package_media(first)
    with imported(tmp_path / "anki", first, again) as col:
        log = col.import_logs[1]
        assert len(log.new) == 0 and len(log.updated) == 0
        assert len(log.duplicate) == col.note_count() == 9


def test_images_leave_identity_alone(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "notes" / "economics.md"
    article.parent.mkdir()
    without = re.sub(r" ?!\[[^\]]*\]\([^)]*\)|!\[\[[^\]]*\]\]|<img[^>]*>", "", ECONOMICS)
    article.write_text(without, encoding="utf-8")
    run("build", article, "-o", "before.apkg")
    write_course(tmp_path)
    run("build", article, "-o", "after.apkg")
    with imported(tmp_path / "anki", Path("before.apkg"), Path("after.apkg")) as col:
        log = col.import_logs[1]
        # Every note keeps its guid, and every one shows an image now, so every one is
        # updated and none is new: the figure's caption asked its bold "to the left"
        # without the image too (bold inside italics is the author's mark: quality31d).
        assert not log.new
        assert len(log.updated) == 5 and col.note_count() == 5
        figure = note_containing(col, "A rise in costs")
        assert "{{c1::to the left}}" in figure.fields[0]
        assert any("<img" in value for value in figure.fields), figure.fields
        assert "Figure 2" in visible(note_containing(col, "what")["Source"])


def test_a_subset_carries_only_the_media_its_notes_use(course):
    apkg = build("demand.apkg", "--section", "demand")
    assert list(package_media(apkg)) == [media_name(course["demand"])]
    everything = build("all.apkg")
    assert len(package_media(everything)) == 6


def test_a_remote_image_stays_a_link_and_check_says_it_shows_only_online(tmp_path,
                                                                          monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "web.md").write_text(
        "# Web\n\nThe **mesh** joins nodes ![a map](https://example.org/map.png).\n",
        encoding="utf-8")
    result = run("check", "notes")
    assert ("notes/web.md:3: warning: image: https://example.org/map.png is a remote image: "
            "the package cannot carry it, so its cards show it only when online") in result.output
    run("build", "notes", "-o", "web.apkg")
    assert package_media(Path("web.apkg")) == {}
    with imported(tmp_path / "anki", Path("web.apkg")) as col:
        assert '<img src="https://example.org/map.png" alt="a map">' in \
            note_containing(col, "joins nodes")["Text"]


def test_the_preview_is_one_file_with_the_images_inside(course, tmp_path):
    page = tmp_path / "preview.html"
    run("preview", "notes", "-o", page)
    text = page.read_text(encoding="utf-8")
    assert "deck-builder-" not in re.sub(r'class="[^"]*"', "", text).replace(
        'name="generator" content="deck-builder"', "")
    for path in course.values():
        assert base64.b64encode(path.read_bytes()).decode() in text
    assert "img-src data:;" in text


def test_a_character_that_stands_for_an_image_in_the_text_cannot_be_typed(tmp_path,
                                                                          monkeypatch):
    """Images stand in the text as private-use characters of plane 15 (text.image_mark):
    typed by an author, one is refused (YAML) or shown as U+FFFD (Markdown), never an image."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "a.md").write_text(
        "# A\n\nThe **mesh** \U000f0000 ![net](net.png) joins nodes.\n", encoding="utf-8")
    (tmp_path / "notes" / "net.png").write_bytes(png())
    run("build", "notes", "-o", "a.apkg")
    with imported(tmp_path / "anki", Path("a.apkg")) as col:
        text = note_containing(col, "joins nodes")["Text"]
        assert text.count("<img") == 1 and "\ufffd" in text and "\U000f0000" not in text
    (tmp_path / "notes" / "b.yaml").write_text(
        'title: B\nconcepts: [A]\nsections:\n  - title: S\n    facts: ["A is **x** \U000f0000"]\n',
        encoding="utf-8")
    result = run("build", "notes", "-o", "b.apkg", expect=1)
    assert ("notes/b.yaml:5: sections[0].facts[0]: contains the private-use character U+F0000, "
            "which no card can show; remove it") in result.output


def test_sync_puts_the_images_into_the_collection(course, tmp_path):
    anki = tmp_path / "anki"
    with imported(anki):
        pass  # an empty collection, closed, as Anki leaves it
    run("sync", "notes", "--collection", anki / "collection.anki2")
    with imported(anki) as col:
        stored = {p.name: p.read_bytes() for p in Path(col.media.dir()).iterdir()}
        assert stored == {media_name(path): path.read_bytes() for path in course.values()}
        assert col.note_count() == 9


def test_a_missing_image_in_markdown_warns_and_the_card_is_built_without_it(tmp_path):
    # Broken image links are common in note vaults; one must not stop a whole course from
    # building (issue 14). YAML and JSON, our own format, keep it an error (test_bad_input).
    notes_folder = tmp_path / "notes"
    notes_folder.mkdir()
    (notes_folder / "cells.md").write_text(
        "# Cells\n\nThe **nucleus** holds DNA ![diagram](nucleus.png).\n\n![[missing.png]]\n",
        encoding="utf-8")
    apkg = tmp_path / "deck.apkg"
    result = run("build", notes_folder, "-o", apkg)
    assert "cells.md:3: warning: image: image file not found: nucleus.png" in result.output
    assert "cells.md:5: warning: image: image file not found: missing.png" in result.output
    assert "its card is built without it" in result.output
    with imported(tmp_path / "anki", apkg) as col:
        assert col.note_count() == 1
        note = note_containing(col, "holds DNA")
        assert "<img" not in note["Text"]
        assert cloze_answers(note, 0) == ["nucleus"]


def test_an_obsidian_embed_of_a_note_or_heading_is_not_an_image(tmp_path):
    # Seen in a real vault: `![[#Red-black properties]]` (a transclusion) refused the file
    # as "an image that is a folder".
    notes_folder = tmp_path / "notes"
    notes_folder.mkdir()
    (notes_folder / "trees.md").write_text(
        "# Trees\n\n## Fixup\n\n![[#Red-black properties]]\n\n![[Binary Tree]]\n\n"
        "Every leaf (NIL) is **black**.\n", encoding="utf-8")
    apkg = tmp_path / "deck.apkg"
    run("build", notes_folder, "-o", apkg)
    with imported(tmp_path / "anki", apkg) as col:
        assert col.note_count() == 1
        assert cloze_answers(note_containing(col, "Every leaf"), 0) == ["black"]
    output = run("check", notes_folder).output
    assert "trees.md:5: note: embed: ![[#Red-black properties]] embeds a note" in output
    assert "trees.md:7: note: embed: ![[Binary Tree]] embeds a note" in output
