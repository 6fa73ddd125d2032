"""Bad input never crashes and never costs the user anything (issue 7).

Each case is what a new user might do: a folder with a good article is built first, then
the case's files are written and its command run, as from the shell. Every case asserts
the exit code, the message (file, line and field path, or what to fix), that no
traceback was printed, and that every file in the folder -- the previous deck and the
lock above all -- is byte-identical afterwards, with no temporary file left behind.

Adding a case is adding a `Case` to CASES.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from support import GOOD, REPO, edit_good, imported, run

from deck_builder import cli
from deck_builder.readers import MAX_ARTICLE_BYTES
from deck_builder.storage import atomic


def article(body: str) -> str:
    """An article with the two concepts every case below can use."""
    return "title: Case\nconcepts: [Alpha, Beta]\nsections:\n" + body


@dataclass
class Case:
    id: str
    files: dict[str, str | bytes]  # written after the good build; "" deletes nothing
    expect: str  # a fragment of the message: FILE:LINE: field.path: what to fix
    code: int = 1
    args: tuple[str, ...] = ("build",)
    absent: tuple[str, ...] = ()  # fragments that must not be printed
    remove: tuple[str, ...] = ()  # files removed before the command
    folders: tuple[str, ...] = ()  # empty folders created before the command
    fifos: tuple[str, ...] = ()  # named pipes created before the command (after `remove`)
    links: dict[str, str] | None = None  # symbolic link -> what it points to
    env: dict[str, str] | None = None  # environment variables for the command


LOCK = "cards/deck-builder.lock"


def lock_with(entry_id: str = "1", mod: str = "1") -> str:
    """A lock of one note whose id and mod are written as given."""
    return ('{"deck-builder-lock": 1, "articles": {"a": {"k": {"fields": ["x", "", ""], '
            f'"guid": "g", "id": {entry_id}, "mod": {mod}, "tags": []}}}}}}}}\n')


CASES = [
    # -- the file itself ---------------------------------------------------------------
    Case("not-utf8", {"cards/a.yaml": b"title: caf\xe9\nsections: []\n"},
         "cards/a.yaml:1: not UTF-8 text (byte 0xe9); save the file as UTF-8"),
    Case("utf16", {"cards/a.yaml": GOOD.encode("utf-16")},
         "cards/a.yaml:1: the file is UTF-16 text; save it as UTF-8"),
    Case("utf16-without-bom", {"cards/a.yaml": GOOD.encode("utf-16-le")},
         "cards/a.yaml:1: the file is UTF-16 text; save it as UTF-8"),
    Case("utf32", {"cards/a.yaml": GOOD.encode("utf-32")},
         "cards/a.yaml:1: the file is UTF-32 text; save it as UTF-8"),
    Case("utf32-without-bom", {"cards/a.yaml": GOOD.encode("utf-32-be")},
         "cards/a.yaml:1: the file is UTF-32 text; save it as UTF-8"),
    Case("article-is-a-fifo", {}, "pipe.yaml: not a regular file (a pipe or a device)",
         args=("build", "pipe.yaml"), fifos=("pipe.yaml",)),
    Case("article-symlink-loop", {}, "'loop.yaml' is a symbolic link in a loop", code=2,
         args=("build", "loop.yaml"), links={"loop.yaml": "loop.yaml"}, absent=("not exist",)),
    Case("file-name-with-newline", {"cards/new\nline.yaml": "title: x\n"},
         "cards/new\\nline.yaml:1: sections: missing required key"),
    Case("file-name-not-utf8", {b"cards/caf\xe9.yaml".decode("utf-8", "surrogateescape"): GOOD},
         "cards/caf\\xe9.yaml: the file name is not UTF-8 text; rename the file"),
    Case("empty-file", {"cards/a.yaml": ""},
         "cards/a.yaml:1: the file is empty; an article needs at least `title:` and `sections:`"),
    Case("only-comments", {"cards/a.yaml": "# an article\n# to be written\n"},
         "cards/a.yaml:1: the file has only comments"),
    Case("over-size-limit", {"cards/a.yaml": GOOD + "#" * MAX_ARTICLE_BYTES + "\n"},
         f"cards/a.yaml: file is {len(GOOD) + MAX_ARTICLE_BYTES + 1:,} bytes; articles are "
         f"limited to {MAX_ARTICLE_BYTES:,} bytes"),
    Case("folder-with-no-articles", {"notes/readme.txt": "not an article"},
         "notes: no articles here; an article is a .yaml, .yml, .json, .md, .markdown, .qmd, "
         ".rmd, .mdx, .html, .htm, .xhtml or .docx file",
         args=("build", "notes")),
    # -- syntax --------------------------------------------------------------------------
    Case("yaml-syntax", {"cards/a.yaml": "title: x\nsections: [\n  - a\n"},
         "cards/a.yaml:3: YAML syntax:"),
    Case("yaml-colon-in-text", {"cards/a.yaml": "title: Note: on letters\nsections: []\n"},
         'cards/a.yaml:1: YAML syntax: ": " inside text that is not in quotes; put the text in '
         "quotes"),
    Case("yaml-colon-in-list-text", {"cards/a.yaml": article(
        "  - title: S\n    facts:\n      - Note: Alpha is **first**\n"
        "references:\n  - Smith, J. (2001). Letters: A history. Publisher.\n")},
         'cards/a.yaml:6: sections[0].facts[0]: "Note: Alpha is **first**" reads as a key and '
         'its value because of the ": "; put the whole text in quotes',
         absent=("unknown key", "missing required key")),
    Case("yaml-unclosed-quote", {"cards/a.yaml": 'title: "Good\nsections: []\n'},
         "cards/a.yaml:3: YAML syntax: found unexpected end of stream (while scanning a quoted "
         "scalar from line 1)"),
    Case("yaml-tab", {"cards/a.yaml": "title: x\nsections:\n\t- title: y\n"},
         "cards/a.yaml:3: YAML syntax: a tab character; YAML indents with spaces only"),
    Case("yaml-two-documents", {"cards/a.yaml": GOOD + "---\n" + GOOD},
         "cards/a.yaml:7: YAML syntax: a second document (`---`); put one article in each file"),
    Case("yaml-star-starts-text", {"cards/a.yaml": article(
        "  - title: S\n    facts:\n      - **Alpha** is first\n")},
         "cards/a.yaml:6: YAML syntax: `*` or `&` at the start of a value is YAML syntax; put "
         "text that begins with them in quotes"),
    Case("yaml-control-character", {"cards/a.yaml": "title: a\x07b\nsections: []\n"},
         "cards/a.yaml:1: the control character U+0007 is not allowed in YAML"),
    Case("json-trailing-comma", {"cards/b.json": '{"title": "x",\n "sections": [1,]\n}'},
         "cards/b.json:2: JSON syntax: a comma before ']' (JSON allows no trailing comma)"),
    Case("json-syntax", {"cards/b.json": '{"title": "x"\n "sections": []}'},
         "cards/b.json:2: JSON syntax: Expecting ',' delimiter (column 2)"),
    Case("json-nan", {"cards/b.json": '{"title": "x",\n "sections": [NaN]\n}'},
         "cards/b.json:2: JSON: NaN is not a JSON value"),
    Case("json-infinity", {"cards/b.json": '{"title": "x",\n\n "sections": -Infinity}'},
         "cards/b.json:3: JSON: -Infinity is not a JSON value"),
    Case("json-huge-integer", {"cards/b.json": '{"title": "x",\n "sections": ' + "7" * 5000
                               + "}"},
         "cards/b.json:2: JSON: a number thousands of digits long"),
    Case("yaml-complex-key", {"cards/a.yaml": "title: x\n? [a, b]\n: y\nsections: []\n"},
         "cards/a.yaml:2: a key that is a list (YAML's `?` complex key) in an article",
         absent=("None",)),
    Case("json-nested-too-deeply", {"cards/b.json": '{"title": ' + "[" * 100_000 + "]" * 100_000
                                    + "}"},
         "cards/b.json:1: JSON nested too deeply to be an article"),
    # -- YAML features that are not text -------------------------------------------------
    Case("yaml-alias-bomb", {"cards/a.yaml": "".join(
        ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n']
        + [f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n"
           for p, c in zip("abcdefgh", "bcdefghi", strict=True)]
    )}, "cards/a.yaml:2: b[0]: YAML alias *a is not allowed (aliases can blow up into huge "
        "documents); write the text out here",
         absent=("unknown key",)),
    Case("yaml-alias", {"cards/a.yaml": "title: &t Good\ndeck: *t\nsections: []\n"},
         "cards/a.yaml:2: deck: YAML alias *t is not allowed"),
    Case("yaml-python-tag", {"cards/a.yaml": article(
        "  - title: !!python/object/apply:os.system ['touch pwned']\n")},
         "cards/a.yaml:4: sections[0].title: YAML tag !!python/object/apply:os.system is not "
         "allowed; content is plain text, remove the tag"),
    Case("yaml-custom-tag", {"cards/a.yaml": "title: !include other.yaml\nsections: []\n"},
         "cards/a.yaml:1: title: YAML tag !include is not allowed"),
    # -- the shape of the article --------------------------------------------------------
    Case("top-level-list", {"cards/a.yaml": "- title: Good\n"},
         "cards/a.yaml:1: expected an article (a mapping of keys), got a list"),
    Case("top-level-text", {"cards/a.yaml": "just some notes\n"},
         "cards/a.yaml:1: expected an article (a mapping of keys), got the value "
         "'just some notes'"),
    Case("unknown-key-misspelt", {"cards/a.yaml": "title: x\nsectoins:\n  - title: y\n"},
         "cards/a.yaml:2: sectoins: unknown key 'sectoins' in an article; did you mean 'sections'?",
         absent=("missing required key",)),
    Case("unknown-key-nested", {"cards/a.yaml": article(
        "  - title: S\n    lists:\n      - title: L\n        items:\n"
        "          - {lable: X, text: Alpha}\n")},
         "cards/a.yaml:8: sections[0].lists[0].items[0].lable: unknown key 'lable' in a list "
         "item; did you mean 'label'?"),
    Case("unknown-key-no-match", {"cards/a.yaml": GOOD + "author: Me\n"},
         "cards/a.yaml:7: author: unknown key 'author' in an article (expected one of id, "
         "title, deck, concepts, glossary, references, bibliography, sections)"),
    Case("missing-required-field", {"cards/a.yaml": article("  - facts: ['Alpha **a**']\n")},
         "cards/a.yaml:4: sections[0].title: missing required key 'title' in a section"),
    Case("title-copied-into-every-note", {"cards/a.yaml": GOOD.replace("Good", "x" * 100_000)},
         "cards/a.yaml:1: title: is 100,000 characters long; a name (a title, heading, label or "
         "term) has at most 1,000: put long text in a fact"),
    Case("markdown-heading-copied-into-every-note", {"cards/c.md": (
        "# Title\n\n## Short\n\nA **fact**.\n\n## " + "y" * 1001 + "\n\nAnother **fact**.\n")},
         "cards/c.md:7: heading: is 1,001 characters long; a name (a title, heading, label or "
         "term) has at most 1,000: put long text in a fact"),
    Case("markdown-title-copied-into-every-note", {"cards/c.md": (
        "# " + "t" * 5000 + "\n\nA **fact**.\n")},
         "cards/c.md:1: heading: is 5,000 characters long"),
    # A Markdown label, term, dimension or concept is a name as in YAML (issue 13).
    Case("markdown-label-copied-into-every-note", {"cards/c.md": (
        "# Title\n\n## Short\n\n- **Alpha**: a first **point**.\n- **" + "l" * 1001
        + "**: a second **point**.\n")},
         "cards/c.md:6: label: is 1,001 characters long; a name (a title, heading, label or "
         "term) has at most 1,000: put long text in a fact"),
    Case("markdown-glossary-term-too-long", {"cards/c.md": (
        "# Title\n\nA **fact**.\n\n## Glossary\n\n- **" + "g" * 2000
        + "**: what it means.\n")},
         "cards/c.md:7: glossary: is 2,000 characters long"),
    Case("markdown-dimension-too-long", {"cards/c.md": (
        "# Title\n\n## Compared\n\n| Aspect | Alpha | Beta |\n| --- | --- | --- |\n"
        "| Size | **small** cells | **large** cells |\n| " + "d" * 1500
        + " | **one** | **two** |\n")},
         "cards/c.md:8: dimension: is 1,500 characters long"),
    Case("markdown-concept-column-too-long", {"cards/c.md": (
        "# Title\n\n## Compared\n\n| Aspect | Alpha | " + "c" * 1200
        + " |\n| --- | --- | --- |\n| Size | **small** cells | **large** cells |\n")},
         "cards/c.md:5: concept: is 1,200 characters long"),
    Case("key-without-value", {"cards/a.yaml": "title:\nsections: []\n"},
         "cards/a.yaml:1: title: 'title' has no value"),
    Case("duplicate-key", {"cards/a.yaml": GOOD + "title: Again\n"},
         "cards/a.yaml:7: title: duplicate key 'title'; keep one of them"),
    Case("wrong-type-list", {"cards/a.yaml": "title: x\nsections: 3\n"},
         "cards/a.yaml:2: sections: expected a list of sections, got the value '3'"),
    Case("wrong-type-text", {"cards/a.yaml": article("  - title: [a, b]\n")},
         "cards/a.yaml:4: sections[0].title: expected text, got a list"),
    Case("empty-text", {"cards/a.yaml": article("  - title: S\n    facts: ['  ']\n")},
         "cards/a.yaml:5: sections[0].facts[0]: is empty; write some text or remove it"),
    # -- ids and names -------------------------------------------------------------------
    Case("duplicate-item-labels", {"cards/a.yaml": article(
        "  - title: S\n    lists:\n      - title: L\n        items:\n"
        "          - {label: Same, text: Alpha one}\n"
        "          - {label: Other, text: Alpha two}\n"
        "          - {label: same, text: Alpha three}\n")},
         'cards/a.yaml:10: sections[0].lists[0].items[2].label: label "same" in list "L" clashes '
         'with label "Same" in list "L" on line 8; each item needs its own note'),
    Case("duplicate-explicit-ids", {"cards/a.yaml": article(
        "  - title: S\n    facts:\n      - {text: Alpha **a**, id: f1}\n"
        "  - title: T\n    facts:\n      - {text: Beta **b**, id: f1}\n")},
         'cards/a.yaml:9: sections[1].facts[0].id: id "f1" again (first on line 6); each item '
         "needs its own note: give one of them another `id:`"),
    Case("duplicate-article-ids", {"cards/b.yaml": "id: a\n" + GOOD},
         'cards/b.yaml:1: id: article id "a" is also used by cards/a.yaml; give one of them '
         "another `id:`"),
    Case("unknown-concept", {"cards/a.yaml": article(
        "  - title: S\n    comparisons:\n      - title: C\n        concepts: [Alpha, Btea]\n"
        "        rows: []\n")},
         "cards/a.yaml:7: sections[0].comparisons[0].concepts[1]: \"Btea\" is not one of the "
         "article's concepts (Alpha, Beta); did you mean 'Beta'?"),
    Case("definition-of-new-term", {"cards/a.yaml": article(
        "  - title: S\n    definitions:\n      - {term: Gamma, text: Gamma is a letter}\n")},
         "cards/a.yaml:6: sections[0].definitions[0].term: \"Gamma\" is neither a concept nor a "
         "glossary term; add it to `concepts:` or `glossary:`"),
    Case("definition-of-unknown-term", {"cards/a.yaml": article(
        "  - title: S\n    definitions:\n      - {term: Alpah, text: Alpha is a letter}\n")},
         "cards/a.yaml:6: sections[0].definitions[0].term: \"Alpah\" is neither a concept nor a "
         "glossary term; did you mean 'Alpha'?\n"),
    # -- comparisons ---------------------------------------------------------------------
    Case("row-missing-a-concept", {"cards/a.yaml": article(
        "  - title: S\n    comparisons:\n      - title: C\n        concepts: [Alpha, Beta]\n"
        "        rows:\n          - dimension: D\n            cells:\n"
        "              Alpha: first\n")},
         "cards/a.yaml:11: sections[0].comparisons[0].rows[0].cells.Beta: no cell for concept "
         "'Beta'; a row needs one cell per concept of its comparison (Alpha, Beta)"),
    Case("row-cell-misspelt", {"cards/a.yaml": article(
        "  - title: S\n    comparisons:\n      - title: C\n        concepts: [Alpha, Beta]\n"
        "        rows:\n          - dimension: D\n            cells:\n"
        "              Alpha: first\n              Btea: second\n")},
         "cards/a.yaml:12: sections[0].comparisons[0].rows[0].cells.Btea: unknown key 'Btea' in "
         "the cells of a row; did you mean 'Beta'?",
         absent=("no cell for concept",)),
    Case("comparison-with-one-concept", {"cards/a.yaml": article(
        "  - title: S\n    comparisons:\n      - title: C\n        concepts: [Alpha]\n"
        "        rows: [{dimension: D, cells: {Alpha: first}}]\n")},
         "cards/a.yaml:7: sections[0].comparisons[0].concepts: a comparison needs at least two "
         "concepts"),
    Case("comparison-kind-misspelt", {"cards/a.yaml": article(
        "  - title: S\n    comparisons:\n      - title: C\n        kind: diference\n"
        "        concepts: [Alpha, Beta]\n        rows: []\n")},
         "cards/a.yaml:7: sections[0].comparisons[0].kind: kind 'diference' must be one of "
         "similarity, difference; did you mean 'difference'?"),
    # -- cloze marks ---------------------------------------------------------------------
    Case("unbalanced-cloze-mark", {"cards/a.yaml": article(
        "  - title: S\n    facts:\n      - \"Alpha is **first and never closed.\"\n")},
         "cards/a.yaml:6: sections[0].facts[0]: unbalanced cloze mark: `**` opens a marked "
         "phrase that is never closed (write `**phrase**`)"),
    # -- citations: warnings, which `check` prints and `check --strict` fails on ---------
    Case("unreadable-citation", {"cards/a.yaml": article(
        "  - title: S\n    facts:\n      - \"Alpha is **primary** (Smith, Jones 200x, 2001).\"\n")},
         "cards/a.yaml:6: warning: sections[0].facts[0]: cannot read the citation "
         '"(Smith, Jones 200x, 2001)"; author–date citations look like (Author, 2001) or '
         "(Author 2001, p. 4)",
         code=0, args=("check", "cards")),
    Case("unreadable-citation-strict", {"cards/a.yaml": article(
        "  - title: S\n    facts:\n      - \"Alpha is **primary** (Smith, Jones 200x, 2001).\"\n")},
         "1 warning(s), --strict: failing.", args=("check", "--strict", "cards")),
    Case("citation-not-in-references", {"cards/a.yaml": article(
        "  - title: S\n    facts:\n      - \"Alpha is **first** (Jones, 2005).\"\n"
        "references:\n  - \"Smith, J. (2001). A book. Publisher.\"\n")},
         "cards/a.yaml:6: warning: sections[0].facts[0]: Jones (2005) is cited but not in "
         "`references:`; add it there or correct the citation",
         code=0, args=("check", "cards")),
    Case("unreadable-reference", {"cards/a.yaml": article(
        "  - title: S\n    facts:\n      - \"Alpha is **first** (Smith, 2001).\"\n"
        "references:\n  - \"Smith, J. (2001). A book.\"\n  - \"a book I read\"\n")},
         "cards/a.yaml:9: warning: references[1]: cannot read the first author and year of "
         "this reference", code=0, args=("check", "cards")),
    # -- output ----------------------------------------------------------------------------
    Case("output-is-a-folder", {}, "Error: cannot write out/a.apkg: it is a folder",
         args=("build", "-o", "out"), folders=("out/a.apkg",)),
    Case("output-parent-missing", {}, "Error: cannot write missing/deck.apkg: folder missing "
         "does not exist", args=("build", "-o", "missing/deck.apkg")),
    Case("output-folder-missing", {}, "Error: cannot write into missing: no such folder (end "
         "the name with .apkg to name the package file)", args=("build", "-o", "missing")),
    Case("output-empty-name", {}, "an empty name is not a file or a folder", code=2,
         args=("build", "-o", "")),
    Case("output-folder-is-a-file", {"notes.txt": "x"},
         "Error: cannot write into notes.txt: it is a file, not a folder",
         args=("build", "-o", "notes.txt")),
    # -- templates -------------------------------------------------------------------------
    Case("template-syntax-error", {"tpl/fields/source.html": "<div>\n[[ article_title ]\n"},
         "Error: tpl/fields/source.html:2: template syntax: unexpected ']'",
         args=("build", "--templates", "tpl")),
    Case("template-undefined-variable", {"tpl/fields/source.html": "<div>\n[[ author ]]\n"},
         "Error: tpl/fields/source.html:2: template uses an undefined value: 'author' is "
         "undefined (it has: article_title, remarks, works; see templates/README.md)",
         args=("build", "--templates", "tpl")),
    Case("template-sandbox", {"tpl/fields/source.html": "[[ works.__class__.__mro__ ]]\n"},
         "Error: tpl/fields/source.html:1: not allowed in a template: access to attribute "
         "'__class__' of 'list' object is unsafe.", args=("build", "--templates", "tpl")),
    Case("template-raises", {"tpl/fields/source.html": "\n[[ 1 / 0 ]]\n"},
         "Error: tpl/fields/source.html:2: template error: ZeroDivisionError: division by zero",
         args=("build", "--templates", "tpl")),
    Case("template-cloze-without-cloze", {"tpl/cloze/front.html": "{{Text}}\n"},
         "Error: tpl/cloze/front.html: must contain {{cloze:Text}}",
         args=("build", "--templates", "tpl")),
    Case("template-include", {"tpl/fields/source.html": "[% include 'cloze/front.html' %]\n"},
         "Error: tpl/fields/source.html:1: not allowed in a template: include, import and extends "
         "are not allowed", args=("build", "--templates", "tpl")),
    Case("template-section-never-closed", {"tpl/cloze/back.html": "{{cloze:Text}}\n"
                                           "{{#Context}}<p>{{Context}}</p>\n"},
         "Error: tpl/cloze/back.html: {{#Context}} is never closed",
         args=("build", "--templates", "tpl")),
    Case("template-unknown-field", {"tpl/cloze/back.html": "{{cloze:Text}}<hr>{{Author}}\n"},
         "Error: tpl/cloze/back.html: {{Author}} names no field of the note type (fields: Text, "
         "Context, Source); Anki would show an error on every card",
         args=("build", "--templates", "tpl")),
    Case("template-unknown-field-compare", {"tpl/compare/ask_front.html": "{{Concept[[ i ]]}} "
                                            "{{text:Dimensoin}}\n"},
         "Error: tpl/compare/ask_front.html: {{text:Dimensoin}} names no field of the note type",
         args=("build", "--templates", "tpl")),
    # -- the lock ----------------------------------------------------------------------------
    Case("lock-corrupted", {"cards/deck-builder.lock": '{"deck-builder-lock": 1,\n "articles": {'},
         "Error: cards/deck-builder.lock:2: the lock file is damaged (not valid JSON: Expecting "
         "property name enclosed in double quotes); restore it from version control"),
    Case("lock-empty", {"cards/deck-builder.lock": ""},
         "Error: cards/deck-builder.lock: the lock file is empty; restore it from version control"),
    Case("lock-from-newer-version", {"cards/deck-builder.lock":
                                     '{"deck-builder-lock": 99, "articles": {}}\n'},
         "Error: cards/deck-builder.lock: written by a newer deck-builder (lock version 99, this "
         "one reads 3); upgrade deck-builder, nothing was changed"),
    Case("lock-entries-damaged", {"cards/deck-builder.lock":
                                  '{"deck-builder-lock": 1, "articles": {"a": {"k": {}}}}\n'},
         "Error: cards/deck-builder.lock: the lock file's entries are damaged"),
    Case("lock-not-a-lock", {"cards/deck-builder.lock": "[]\n"},
         "Error: cards/deck-builder.lock: not a deck-builder lock file"),
    # -- images (issue 17) -----------------------------------------------------------------
    Case("image-missing-yaml", {"cards/a.yaml": article(
        "  - title: S\n    image: {src: fig.png, alt: Alpha}\n    facts: ['Alpha **a**']\n")},
         "cards/a.yaml:5: sections[0].image: image file not found: fig.png"),
    Case("image-unreadable", {"cards/b.md": "# B\n\nAlpha is **first** ![chart](fig.png).\n"},
         "cards/b.md:3: image: image fig.png is a folder, not an image file",
         folders=("cards/fig.png",)),
    Case("image-not-an-image", {"cards/fig.png": b"GIF? no: a text file\n",
                                "cards/b.md": "# B\n\nAlpha is **first**.\n\n![](fig.png)\n"},
         "cards/b.md:5: image: image fig.png is not a PNG, JPEG, GIF, WebP or SVG image"),
    Case("svg-with-script", {
        "cards/x.svg": b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        "cards/b.md": "# B\n\nAlpha is **first** <img src=\"x.svg\">.\n"},
         "cards/b.md:3: image: SVG image x.svg refused: it holds '<script', which could run "
         "script in Anki's card view"),
    Case("svg-with-event-handler", {
        "cards/x.svg": b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
        "cards/a.yaml": article("  - title: S\n    facts:\n      - {text: Alpha **a**, "
                                "image: x.svg}\n")},
         "cards/a.yaml:6: sections[0].facts[0].image: SVG image x.svg refused: it holds "
         "'onload='"),
    Case("svg-with-javascript-url", {
        "cards/x.svg": b'<svg xmlns="http://www.w3.org/2000/svg"><a href="&#106;avascript:'
                       b'alert(1)"><rect/></a></svg>',
        "cards/b.md": "# B\n\n![x](x.svg)\n*Alpha is **first***\n"},
         "cards/b.md:3: image: SVG image x.svg refused: it holds 'javascript:'"),
    Case("image-other-scheme",
         {"cards/b.md": "# B\n\nAlpha **a** ![x](ftp://example.org/m.png).\n"},
         "cards/b.md:3: image: image 'ftp://example.org/m.png': only files and http(s) URLs "
         "can be images"),
    Case("image-over-10-mb", {
        "cards/big.png": b"\x89PNG\r\n\x1a\n" + bytes(10 * 1024 * 1024 + 1),
        "cards/b.md": "# B\n\nAlpha is **first** ![big](big.png).\n"},
         "cards/b.md:3: warning: image: image big.png is 10.0 MB; every device that syncs the "
         "deck stores it (keep images under 10 MB)", code=0, args=("check", "cards")),
    Case("image-remote", {"cards/b.md": "# B\n\nAlpha is **first** ![m](https://example.org/m.png)."
                          "\n"},
         "cards/b.md:3: warning: image: https://example.org/m.png is a remote image: the "
         "package cannot carry it, so its cards show it only when online",
         code=0, args=("check", "cards")),
    Case("lock-huge-integer", {LOCK: lock_with("9" * 5000)},
         "Error: cards/deck-builder.lock: the lock file is damaged (Exceeds the limit"),
    Case("lock-id-beyond-sqlite", {LOCK: lock_with(str(1 << 63))},
         "Error: cards/deck-builder.lock: the lock file's entries are damaged"),
    Case("lock-mod-beyond-sqlite", {LOCK: lock_with(mod=str(-(1 << 64)))},
         "Error: cards/deck-builder.lock: the lock file's entries are damaged"),
    Case("lock-duplicate-keys", {LOCK: '{"deck-builder-lock": 1, "articles": {"a": {}},\n'
                                       ' "articles": {}}\n'},
         "Error: cards/deck-builder.lock: the lock file is damaged (the key 'articles' appears "
         "twice in one object, so one of them would be lost)"),
    Case("lock-conflict-side-damaged", {LOCK: '{"deck-builder-lock": 1,\n<<<<<<< ours\n'
                                              ' "articles": {}\n=======\n "articles": {\n'
                                              '>>>>>>> theirs\n}\n'},
         "Error: cards/deck-builder.lock: the lock file holds git conflict markers, and a side "
         "of the conflict is not a valid lock"),
    Case("lock-conflict-unfinished", {LOCK: '{"deck-builder-lock": 1,\n<<<<<<< ours\n}\n'},
         "Error: cards/deck-builder.lock: the lock file holds unfinished git conflict markers"),
    Case("lock-is-a-fifo", {}, "Error: cards/deck-builder.lock: the lock is not a regular file",
         remove=(LOCK,), fifos=(LOCK,)),
    Case("lock-symlink-loop", {}, "Error: cards/deck-builder.lock: the lock is a symbolic link "
         "in a loop", remove=(LOCK,), links={LOCK: "deck-builder.lock"}),
    Case("lock-symlink-to-nothing", {}, "Error: cards/deck-builder.lock: the lock is a symbolic "
         "link to a missing file (../shared/deck-builder.lock)",
         remove=(LOCK,), links={LOCK: "../shared/deck-builder.lock"}),
    # -- the cache is an aid: damaged, it is ignored and never trusted ---------------------
    Case("cache-nested-deeply", {"cards/.deck-builder-cache/articles.json": "[" * 100_000},
         "1 article(s): 1 cloze notes", code=0, args=("check", "cards")),
    Case("cache-is-a-fifo", {}, "1 article(s): 1 cloze notes", code=0, args=("check", "cards"),
         remove=("cards/.deck-builder-cache/articles.json",),
         fifos=("cards/.deck-builder-cache/articles.json",)),
    # -- the environment -------------------------------------------------------------------
    Case("source-date-epoch-too-late", {}, "Error: SOURCE_DATE_EPOCH='99999999999999' is not a "
         "time deck-builder can use", code=2, env={"SOURCE_DATE_EPOCH": "99999999999999"}),
    Case("source-date-epoch-huge", {}, "is not a time deck-builder can use", code=2,
         env={"SOURCE_DATE_EPOCH": "9" * 5000}),
    Case("source-date-epoch-negative", {}, "Error: SOURCE_DATE_EPOCH='-5' is not a time",
         code=2, env={"SOURCE_DATE_EPOCH": "-5"}),
    # -- deck names ------------------------------------------------------------------------
    Case("root-deck-only-separators", {}, "Error: --root-deck '::' names no deck", code=2,
         args=("build", "--root-deck", "::")),
    Case("deck-only-separators", {"cards/a.yaml": GOOD + "deck: ' :: '\n"},
         "cards/a.yaml: deck: '::' names no deck; write a name, or remove `deck:`"),
    # -- the command line: exit 2 ----------------------------------------------------------
    Case("unknown-option", {}, "Error: No such option '--frobnicate'.", code=2,
         args=("build", "--frobnicate")),
    Case("path-does-not-exist", {}, "Path 'nope.yaml' does not exist", code=2,
         args=("build", "nope.yaml")),
    Case("selection-matches-nothing", {}, '--topic "nope" matches nothing', code=2,
         args=("build", "--topic", "nope")),
]


def _snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every file and folder under `folder`: what must not change."""
    return {
        str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else
                                     f"-> {os.readlink(p)}" if p.is_symlink() else None)
        for p in sorted(folder.rglob("*"))
    }


def test_the_matrix_has_every_case_the_issue_lists():
    assert len(CASES) >= 25
    assert len({case.id for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_bad_input(case: Case, built: Path, monkeypatch):
    deck = (built / "build" / "a.apkg").read_bytes()
    lock = (built / "cards" / "deck-builder.lock").read_bytes()
    for name in case.remove:
        (built / name).unlink()
    for folder in case.folders:
        (built / folder).mkdir(parents=True)
    for fifo in case.fifos:
        (built / fifo).parent.mkdir(parents=True, exist_ok=True)
        os.mkfifo(built / fifo)
    for link, target in (case.links or {}).items():
        (built / link).symlink_to(target)
    for name, value in (case.env or {}).items():
        monkeypatch.setenv(name, value)
    for name, content in case.files.items():
        path = built / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    before = _snapshot(built)

    result = run(*case.args, expect=None)

    assert result.exit_code == case.code, result.output
    assert case.expect in result.output, result.output
    for fragment in case.absent:
        assert fragment not in result.output, result.output
    assert "Traceback" not in result.output
    assert _snapshot(built) == before
    assert (built / "build" / "a.apkg").read_bytes() == deck
    if LOCK not in case.files and LOCK not in case.remove:
        assert (built / "cards" / "deck-builder.lock").read_bytes() == lock
    assert not (built / "pwned").exists()


def test_every_content_error_is_one_line_per_problem(built):
    (built / "cards" / "a.yaml").write_text(article(
        "  - title: [a]\n    facts: ['  ', 'Alpha **a']\n  - lists: 3\n"), encoding="utf-8")
    result = run("build", expect=1)
    lines = result.output.splitlines()
    assert lines == [
        "cards/a.yaml:4: sections[0].title: expected text, got a list",
        "cards/a.yaml:5: sections[0].facts[0]: is empty; write some text or remove it",
        "cards/a.yaml:5: sections[0].facts[1]: unbalanced cloze mark: `**` opens a marked "
        "phrase that is never closed (write `**phrase**`)",
        "cards/a.yaml:6: sections[1].lists: expected a list of lists, got the value '3'",
        "cards/a.yaml:6: sections[1].title: missing required key 'title' in a section",
        "5 error(s); nothing was written.",
    ]


def test_two_refused_titles_are_not_also_a_clash(built):
    # Found by the property test: two list titles each refused for a character no card can
    # show were read as "" and then also reported as one list "" twice, an error about a
    # flaw the article doesn't have.
    (built / "cards" / "a.yaml").write_text(article(
        "  - title: S\n    lists:\n      - title: \"One \\U000F8442\"\n"
        "        items: [{label: Alpha, text: the first letter}]\n"
        "      - title: \"Two \\U000F725F\"\n"
        "        items: [{label: Beta, text: the second letter}]\n"), encoding="utf-8")
    lines = run("build", expect=1).output.splitlines()
    assert [line.split(": ", 2)[1] for line in lines[:-1]] == [
        "sections[0].lists[0].title", "sections[0].lists[1].title"]
    assert all("private-use character" in line for line in lines[:-1])
    assert lines[-1] == "2 error(s); nothing was written."


def test_warnings_do_not_stop_a_build(built):
    (built / "cards" / "a.yaml").write_text(article(
        "  - title: S\n    facts:\n      - \"Alpha is **primary** (Smith, Jones 200x, 2001).\"\n"),
        encoding="utf-8")
    before = (built / "build" / "a.apkg").read_bytes()
    result = run("build")
    assert ("cards/a.yaml:6: warning: sections[0].facts[0]: cannot read the citation"
            in result.output)
    assert zipfile.is_zipfile(built / "build" / "a.apkg")
    assert (built / "build" / "a.apkg").read_bytes() != before  # the new deck was written


def test_an_alias_bomb_is_refused_quickly(built):
    levels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    names = [f"n{i}" for i in range(30)]
    previous = "a"
    for name in names:
        levels.append(f"{name}: &{name} [{', '.join(['*' + previous] * 9)}]")
        previous = name
    (built / "cards" / "a.yaml").write_text("\n".join(levels) + "\n", encoding="utf-8")
    result = run("build", expect=1)  # 9**30 strings if expanded: it must not be
    assert "cards/a.yaml:2: n0[0]: YAML alias *a is not allowed" in result.output
    assert "and 260 more YAML aliases up to this line" in result.output


def test_a_python_tag_constructs_nothing(built):
    (built / "cards" / "a.yaml").write_text(
        "title: !!python/object/apply:os.system ['touch pwned']\nsections: []\n", encoding="utf-8")
    run("build", expect=1)
    run("check", "cards", expect=1)
    assert not (built / "pwned").exists()


def test_an_output_folder_that_is_not_writable(built):
    if os.geteuid() != 0:
        target = built / "read-only"
        target.mkdir()
        target.chmod(0o555)
        output = target / "deck.apkg"
    elif Path("/sys/kernel").is_dir():
        output = Path("/sys/deck.apkg")  # refused even to root
    else:
        pytest.skip("no folder here is read-only to this user")
    before = _snapshot(built)
    result = run("build", "-o", output, expect=1)
    assert f"Error: cannot write {output}: Permission denied" in result.output
    assert _snapshot(built) == before


# -- exit codes ---------------------------------------------------------------------------
def _documented_exit_codes() -> dict[int, str]:
    text = (REPO / "docs" / "usage.md").read_text(encoding="utf-8")
    section = text.split("## Exit codes and errors", 1)[1].split("\n## ", 1)[0]
    rows = [line.split("|") for line in section.splitlines() if line.startswith("| ")]
    return {int(r[1].strip(" `")): r[2].strip() for r in rows if r[1].strip(" `").isdigit()}


def test_exit_codes_are_documented_once_and_agree():
    documented = _documented_exit_codes()
    in_docstring = {int(m) for m in re.findall(r"^ {2,}(\d+) {2}", cli.__doc__, re.M)}
    assert set(documented) == in_docstring == {
        cli.EXIT_OK, cli.EXIT_CONTENT, cli.EXIT_USAGE, cli.EXIT_INTERNAL, cli.EXIT_INTERRUPTED,
        cli.EXIT_HANGUP, cli.EXIT_TERMINATED,
    }


def test_exit_code_0_ok_and_1_content(built):
    assert run("build").exit_code == 0
    (built / "cards" / "a.yaml").write_text("title: x\n", encoding="utf-8")
    assert run("build", expect=1).exit_code == 1


def test_exit_code_2_usage(built):
    assert "No such command 'bulid'" in run("bulid", expect=2).output


def test_exit_code_70_internal_error_without_traceback(built, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("something impossible")

    monkeypatch.setattr("deck_builder.parallel.generate", broken)
    before = _snapshot(built)
    # --no-cache: a rebuild that changes nothing would not generate at all.
    result = run("build", "--no-cache", expect=cli.EXIT_INTERNAL)
    assert result.output.splitlines() == [
        "Internal error (RuntimeError: something impossible); this is a bug in deck-builder: "
        "run the command again with --debug and report what it prints. Nothing was changed."
    ]
    assert _snapshot(built) == before
    with pytest.raises(RuntimeError):
        run("--debug", "build", "--no-cache", expect=None)


def test_debug_shows_the_traceback_of_a_domain_error(built):
    (built / "cards" / "deck-builder.lock").write_text("[]", encoding="utf-8")
    from deck_builder.errors import LockError

    with pytest.raises(LockError):
        run("--debug", "build", "--no-cache", expect=None)


# -- nothing lost: interrupted and racing builds -----------------------------------------
_edit = edit_good


@pytest.mark.parametrize("interrupted", [1, 2], ids=["writing-package", "writing-lock"])
def test_ctrl_c_while_writing_leaves_the_previous_deck_and_lock(built, monkeypatch, interrupted):
    _edit(built)
    before = _snapshot(built)
    real_fdopen = os.fdopen
    calls = []

    class HalfWritten:
        """A file that takes half the data, then the user presses Ctrl-C."""

        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc_info):
            self.handle.close()

        interrupted = False

        def write(self, data):
            if not self.interrupted:  # a writer cleaning up may write again: count Ctrl-C once
                self.interrupted = True
                self.handle.write(data[: len(data) // 2])
                self.handle.flush()
                calls.append(sorted(p.name for p in built.rglob(".*.tmp")))
            raise KeyboardInterrupt

    def fdopen(fd, *args, **kwargs):
        handle = real_fdopen(fd, *args, **kwargs)
        if len(calls) + 1 < interrupted:
            calls.append([])
            return handle
        return HalfWritten(handle)

    monkeypatch.setattr(atomic.os, "fdopen", fdopen)
    result = run("build", expect=cli.EXIT_INTERRUPTED)
    assert result.output.splitlines()[-1] == "Interrupted; nothing was changed."
    assert len(calls) == interrupted
    assert calls[-1], "the interrupt came while a file was half written"
    assert _snapshot(built) == before  # old package, old lock, no temporary file


def test_ctrl_c_while_renaming_is_held_back_until_both_are_in_place(built, monkeypatch):
    _edit(built)
    real_replace = os.replace

    def replace(src, dst):
        os.kill(os.getpid(), signal.SIGINT)  # a Ctrl-C between the package and the lock
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", replace)
    result = run("build")
    assert "wrote build/a.apkg (2 notes)" in result.output
    lock = json.loads((built / "cards" / "deck-builder.lock").read_text(encoding="utf-8"))
    assert len(lock["articles"]["a"]) == 2
    assert not list(built.rglob(".*.tmp"))


# The racers: two processes forked together, each round, from one that imported deck-builder
# once; each runs `deck-builder build -q -o race.apkg` as the command line would, its stderr
# in racerN.err, and the round's exit codes come back on a line. Forked, the racers start
# at the same instant and cost a build each, not an interpreter's start-up with every
# import (0.7 s each, eight of them, was the suite's slowest test).
RACE = """
import os, sys, traceback
from deck_builder.cli import main
for _ in sys.stdin:
    racers = []
    for n in range(2):
        pid = os.fork()
        if pid == 0:
            os.dup2(os.open(f"racer{n}.err", os.O_WRONLY | os.O_CREAT | os.O_TRUNC), 2)
            try:
                main(["build", "-q", "-o", "race.apkg"], prog_name="deck-builder")
                code = 0
            except SystemExit as stop:
                code = stop.code if isinstance(stop.code, int) else int(stop.code is not None)
            except BaseException:
                traceback.print_exc()
                code = 1
            sys.stderr.flush()
            os._exit(code)
        racers.append(pid)
    print(*(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) for pid in racers), flush=True)
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the racers are forked")
def test_two_builds_racing_for_one_output_never_leave_a_corrupt_file(built, tmp_path):
    _edit(built)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    with subprocess.Popen([sys.executable, "-c", RACE], cwd=built, env=env, text=True,
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE) as starter:
        for round_ in range(4):
            if round_ % 2:
                _edit(built)
            else:
                (built / "cards" / "a.yaml").write_text(GOOD, encoding="utf-8")
            starter.stdin.write("race\n")
            starter.stdin.flush()
            codes = starter.stdout.readline().split()
            errors = [(built / f"racer{n}.err").read_text(encoding="utf-8") for n in range(2)]
            assert codes == ["0", "0"], errors
            assert errors == ["", ""]
            assert zipfile.is_zipfile(built / "race.apkg")
            json.loads((built / "cards" / "deck-builder.lock").read_text(encoding="utf-8"))
            assert not list(built.rglob(".*.tmp"))
        starter.stdin.close()
        assert starter.wait(timeout=120) == 0
    lock = json.loads((built / "cards" / "deck-builder.lock").read_text(encoding="utf-8"))
    with imported(tmp_path / "anki", built / "race.apkg") as col:
        assert col.note_count() == len(lock["articles"]["a"])


def test_the_previous_deck_still_imports_after_a_failed_build(built, tmp_path_factory):
    (built / "cards" / "a.yaml").write_text("title: broken\nsections: [\n", encoding="utf-8")
    run("build", expect=1)
    with imported(tmp_path_factory.mktemp("anki"), built / "build" / "a.apkg") as col:
        assert col.note_count() == 1 and col.card_count() == 1
