"""Word documents as articles (issue 18): made with python-docx, imported into real Anki."""

from __future__ import annotations

import copy
import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from markdown_it import MarkdownIt
from support import DATA, SEED, build_articles, by_guid, imported, notes, run
from test_html import cite_tags, converted_builds_the_same

SEED_MD = DATA / "markdown" / "collectivism-vs-individualism.md"


def add_runs(paragraph, text: str) -> None:
    """`**bold**` in the Markdown is a bold run in Word."""
    for index, part in enumerate(re.split(r"\*\*", text)):
        if part:
            paragraph.add_run(part).bold = index % 2 == 1


def seed_document(path: Path) -> docx.Document:
    """The seed article as someone would type it in Word: heading styles, bold runs, tables."""
    # The body after the front matter (`---` … `---`); the front matter is not in the text.
    body = SEED_MD.read_text(encoding="utf-8").split("\n---\n", 1)[1]
    document = docx.Document()
    tokens = MarkdownIt("commonmark").enable("table").parse(body)
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.type == "heading_open":
            document.add_heading(tokens[index + 1].content, level=int(token.tag[1]))
            index += 3
        elif token.type == "paragraph_open":
            add_runs(document.add_paragraph(), tokens[index + 1].content)
            index += 3
        elif token.type == "table_open":
            rows, row = [], []
            while tokens[index].type != "table_close":
                if tokens[index].type == "inline":
                    row.append(tokens[index].content)
                elif tokens[index].type == "tr_close":
                    rows.append(row)
                    row = []
                index += 1
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for r, cells in enumerate(rows):
                for c, text in enumerate(cells):
                    add_runs(table.cell(r, c).paragraphs[0], text)
            index += 1
        else:
            index += 1
    document.save(path)
    return document


@pytest.fixture(scope="module")
def seed_docx(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("word") / "collectivism-vs-individualism.docx"
    seed_document(path)
    return path


def test_seed_as_a_word_document_gives_the_seed_notes(seed_docx, tmp_path):
    with imported(tmp_path / "yaml", build_articles(tmp_path / "y", SEED)) as col:
        from_yaml = by_guid(col)
    with imported(tmp_path / "word", build_articles(tmp_path / "w", seed_docx)) as col:
        from_word = by_guid(col)
        assert len(notes(col, 'note:"deck-builder Compare"')) == 9
    assert len(from_yaml) == 49
    assert from_word.keys() == from_yaml.keys()
    for guid, (fields, tags) in from_yaml.items():
        assert from_word[guid][0] == fields
        assert cite_tags(from_word[guid][1]) == cite_tags(tags)


def test_convert_output_of_a_word_document_builds_the_same_notes(seed_docx, tmp_path,
                                                                 collection):
    assert converted_builds_the_same(seed_docx, tmp_path, collection) == 49


def test_comments_and_tracked_deletions_are_not_content(tmp_path):
    document = docx.Document()
    document.add_heading("Osmosis", level=1)
    paragraph = document.add_paragraph()
    add_runs(paragraph, "Osmosis moves **water** across a partially permeable membrane "
                        "from a dilute solution to a concentrated one.")
    document.add_comment(paragraph.runs, text="Reviewer: add a diagram here?", author="R")
    deleted = document.add_paragraph()
    add_runs(deleted, "Osmosis needs energy from ATP to move the water molecules.")
    # Word's tracked deletion: the run moves inside <w:del>, its text into <w:delText>.
    run_element = deleted.runs[0]._r
    wrapper = copy.deepcopy(run_element)
    for text in wrapper.iter(qn("w:t")):
        text.tag = qn("w:delText")
    change = deleted._p.makeelement(qn("w:del"), {qn("w:id"): "9", qn("w:author"): "R"})
    change.append(wrapper)
    run_element.addprevious(change)
    run_element.getparent().remove(run_element)
    path = tmp_path / "osmosis.docx"
    document.save(path)
    output = run("convert", path).output
    assert "**water**" in output and "# Osmosis" in output
    assert "Reviewer" not in output and "ATP" not in output


def test_docx_messages_name_the_paragraph_number(tmp_path):
    document = docx.Document()
    document.add_heading("Memory", level=1)
    # Two statements in no shape a card can ask ("[Sensory memory] holds …" would be one).
    document.add_paragraph("Some psychologists are sceptical about how well this works "
                           "outside the laboratory.")
    document.add_paragraph("")
    document.add_paragraph("Dual-task studies show that people can do a visual and a verbal "
                           "task at the same time.")
    path = tmp_path / "memory.docx"
    document.save(path)
    output = run("check", path).output
    # Paragraphs: 1 heading, 2 and 4 text, 3 empty.
    assert "memory.docx:2: note: facts: no card" in output
    assert "memory.docx:4: note: facts: no card" in output


def test_old_binary_word_and_password_protected_documents_get_a_clear_message(tmp_path):
    old = tmp_path / "essay.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    result = run("check", old, expect=1)
    assert "essay.doc: an old binary Word document (.doc) cannot be read" in result.output
    locked = tmp_path / "locked.docx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100
                       + "EncryptedPackage".encode("utf-16-le") + b"\0" * 400)
    result = run("check", locked, expect=1)
    assert "locked.docx: the document is protected by a password" in result.output
    broken = tmp_path / "broken.docx"
    broken.write_text("not a zip", encoding="utf-8")
    result = run("build", broken, "-o", tmp_path / "deck.apkg", expect=1)
    assert "broken.docx: not a Word document" in result.output
    assert not (tmp_path / "deck.apkg").exists()


def test_word_title_style_is_the_title_and_heading_1_are_sections(tmp_path):
    document = docx.Document()
    document.add_heading("The water cycle", level=0)  # Word's Title style
    document.add_heading("Evaporation", level=1)
    add_runs(document.add_paragraph(), "The sun heats the sea and water **evaporates** into "
                                       "the air as vapour.")
    document.add_heading("Condensation", level=1)
    add_runs(document.add_paragraph(), "Rising vapour cools and **condenses** into the tiny "
                                       "droplets that make clouds.")
    path = tmp_path / "water.docx"
    document.save(path)
    with imported(tmp_path / "anki", build_articles(tmp_path / "b", path)) as col:
        found = notes(col)
        assert len(found) == 2
        assert {t for n in found for t in n.tags if t.startswith("topic::")} == {
            "topic::evaporation", "topic::condensation"}
        assert col.decks.by_name("The water cycle") is not None


@pytest.mark.parametrize("parts", [{}, {"word/document.xml": "<w:document><<<"}])
def test_a_zip_that_is_no_word_document_is_a_clear_error(tmp_path, parts):
    path = tmp_path / "odd.docx"
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    result = run("check", path, expect=1)
    assert "odd.docx: cannot read the Word document" in result.output
