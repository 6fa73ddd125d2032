"""docs/content.schema.json says what the readers accept, so editors can check articles as typed.

Editors validate and complete articles with it (`# yaml-language-server: $schema=...` on
an article's first line), so it must accept every article deck-builder builds and refuse
the structural mistakes the YAML reader refuses. Every example is checked against it; a list
of invalid documents must be refused by both, and Hypothesis checks that whatever the
reader accepts, the schema accepts too, so the two cannot drift apart unnoticed.
"""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

import jsonschema
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from refusals import unexplained
from support import DATA, REPO, SEED, examples
from test_bad_input import GOOD
from test_properties import articles

from deck_builder.errors import ContentError
from deck_builder.readers import read_article

SCHEMA_PATH = REPO / "docs" / "content.schema.json"
SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
SCHEMA_COMMENT = "# yaml-language-server: $schema="


class _Loader(yaml.SafeLoader):
    """YAML as readers/structured.py sees it: a date is text, not a datetime."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _load(text: str, suffix: str):
    return json.loads(text) if suffix == ".json" else yaml.load(text, Loader=_Loader)


def _schema_errors(document) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in VALIDATOR.iter_errors(document)]


def _doc_examples() -> list[tuple[str, str, str]]:
    """(name, text, suffix) of every example article in the repository.

    Article files in cards/, docs/ and tests/data/, and every ```yaml block in docs/*.md
    that starts with the schema comment (the mark of a whole article, not a snippet).
    Hidden folders (a build cache) hold no articles; reader cases named refused-* are
    articles the readers must refuse (tests/data/reader/README.md), not examples.
    """
    examples = []
    for folder in (REPO / "cards", REPO / "docs", DATA):
        for path in sorted(folder.rglob("*")) if folder.is_dir() else []:
            hidden = any(part.startswith(".") for part in path.relative_to(folder).parts)
            refused = path.name.startswith("refused-")
            if (path.suffix in (".yaml", ".yml", ".json") and path != SCHEMA_PATH
                    and not hidden and not refused):
                examples.append((str(path.relative_to(REPO)), path.read_text("utf-8"),
                                 path.suffix))
    for path in sorted((REPO / "docs").glob("*.md")):
        blocks = re.findall(r"```ya?ml\n(.*?)```", path.read_text("utf-8"), re.S)
        for i, block in enumerate(blocks):
            if block.startswith(SCHEMA_COMMENT):
                examples.append((f"{path.relative_to(REPO)} example {i + 1}", block, ".yaml"))
    return examples


def test_the_schema_is_a_valid_draft_2020_12_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_every_property_has_a_description_for_editor_completion():
    def walk(node, where):
        if isinstance(node, dict):
            for name, sub in node.get("properties", {}).items():
                assert sub.get("description"), f"{where}.{name} has no description"
            for key, sub in node.items():
                walk(sub, f"{where}.{key}")
        elif isinstance(node, list):
            for i, sub in enumerate(node):
                walk(sub, f"{where}[{i}]")

    walk(SCHEMA, "schema")


def test_the_bundled_article_names_the_schema_and_is_valid():
    text = SEED.read_text(encoding="utf-8")
    assert text.startswith(f"{SCHEMA_COMMENT}../docs/content.schema.json\n")
    assert (SEED.parent / "../docs/content.schema.json").resolve() == SCHEMA_PATH
    assert _schema_errors(_load(text, ".yaml")) == []


@pytest.mark.parametrize("name,text,suffix",
                         [pytest.param(*example, id=example[0]) for example in _doc_examples()])
def test_every_example_is_valid(name, text, suffix):
    assert _schema_errors(_load(text, suffix)) == [], name
    if not name.startswith("tests"):  # examples a reader copies must build as they are
        assert _reader_accepts(text, suffix), name


VALID = {
    "the test article": GOOD,
    "optional keys left empty": "id:\ntitle: T\ndeck:\nconcepts:\nglossary:\nreferences:\n"
                                "sections:\n  - title: S\n    facts:\n    lists:\n",
    "numbers, booleans and dates are text": "title: 2001\nsections:\n  - title: yes\n"
                                            "    facts: [1.5, 2024-01-01]\n",
    "every kind of item": """\
id: every-kind
title: Every kind
deck: Test::Every kind
concepts:
  - Alpha
  - name: Beta
    forms: [Betas]
glossary:
  - term: Gamma
    definition: Gamma is the third letter.
    forms: [Gammas]
  - term: Delta
references:
  - "Smith, J. (2001). A book. Publisher."
sections:
  - title: "1. One"
    id: one
    topic: letters::first
    facts:
      - Alpha comes **first** (Smith, 2001).
      - {text: Beta comes second., id: beta-second}
    definitions:
      - {term: Alpha, text: Alpha is the first letter., id: alpha-def}
      - {term: Gamma, text: Gamma is the third letter.}
    lists:
      - title: Uses of Alpha
        id: uses
        concept: alpha
        topic: letters::uses
        items:
          - {label: Counting, text: It starts a count., id: counting}
    comparisons:
      - title: Alpha and Beta
        id: ab
        kind: similarity
        topic: letters::compare
        concepts: [Alpha, Beta]
        rows:
          - dimension: Shape
            id: shape
            cells: {Alpha: Pointed., Beta: Round.}
""",
}

# Structural mistakes: the schema must refuse each, as readers/structured.py does.
INVALID = {
    "not a mapping": "- title: T\n",
    "no title": "sections:\n  - title: S\n",
    "no sections": "title: T\n",
    "empty sections": "title: T\nsections: []\n",
    "unknown key": "title: T\nsectoins: []\nsections:\n  - title: S\n",
    "blank title": "title: '   '\nsections:\n  - title: S\n",
    "title is a list": "title: [a, b]\nsections:\n  - title: S\n",
    "required key left empty": "title:\nsections:\n  - title: S\n",
    "section without title": "title: T\nsections:\n  - facts: [a]\n",
    "unknown section key": "title: T\nsections:\n  - title: S\n    fact: [a]\n",
    "fact is a list": "title: T\nsections:\n  - title: S\n    facts: [[a, b]]\n",
    "fact object without text": "title: T\nsections:\n  - title: S\n    facts: [{id: x}]\n",
    "definition without text": "title: T\nconcepts: [A]\nsections:\n  - title: S\n"
                               "    definitions: [{term: A}]\n",
    "list without items": "title: T\nsections:\n  - title: S\n    lists: [{title: L}]\n",
    "item without label": "title: T\nsections:\n  - title: S\n    lists:\n"
                          "      - {title: L, items: [{text: x}]}\n",
    "comparison with one concept": "title: T\nconcepts: [A, B]\nsections:\n  - title: S\n"
                                   "    comparisons:\n"
                                   "      - {title: C, concepts: [A], rows: []}\n",
    "comparison with five concepts": "title: T\nconcepts: [A, B, C, D, E]\nsections:\n"
                                     "  - title: S\n    comparisons:\n"
                                     "      - {title: C, concepts: [A, B, C, D, E], rows: []}\n",
    "kind misspelt": "title: T\nconcepts: [A, B]\nsections:\n  - title: S\n    comparisons:\n"
                     "      - {title: C, kind: diference, concepts: [A, B], rows: []}\n",
    "row without cells": "title: T\nconcepts: [A, B]\nsections:\n  - title: S\n"
                         "    comparisons:\n      - title: C\n        concepts: [A, B]\n"
                         "        rows: [{dimension: D}]\n",
    "row with one cell": "title: T\nconcepts: [A, B]\nsections:\n  - title: S\n"
                         "    comparisons:\n      - title: C\n        concepts: [A, B]\n"
                         "        rows: [{dimension: D, cells: {A: a}}]\n",
    "concept object without name": "title: T\nconcepts: [{forms: [x]}]\nsections:\n"
                                   "  - title: S\n",
    "glossary term as text": "title: T\nglossary: [Gamma]\nsections:\n  - title: S\n",
    "reference is a mapping": "title: T\nreferences: [{a: b}]\nsections:\n  - title: S\n",
}


def _reader_accepts(text: str, suffix: str = ".yaml") -> bool:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"article{suffix}"
        path.write_text(text, encoding="utf-8")
        try:
            read_article(path)
        except ContentError:
            return False
    return True


@pytest.mark.parametrize("name", VALID)
def test_valid_documents_are_accepted_by_both(name):
    assert _schema_errors(_load(VALID[name], ".yaml")) == []
    assert _reader_accepts(VALID[name])


@pytest.mark.parametrize("name", INVALID)
def test_invalid_documents_are_refused_by_both(name):
    assert _schema_errors(_load(INVALID[name], ".yaml")), "the schema accepts it"
    assert not _reader_accepts(INVALID[name]), "the reader accepts it"


@settings(max_examples=examples(30), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(article=articles())
def test_whatever_the_reader_accepts_the_schema_accepts(article):
    text = yaml.safe_dump(article, allow_unicode=True, sort_keys=False)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "article.yaml"
        path.write_text(text, encoding="utf-8")
        try:
            read_article(path)
        except ContentError as error:
            # A reader refusing what it should read would pass "whatever it accepts".
            assert unexplained(error.problems, article) == []
            return
    assert _schema_errors(_load(text, ".yaml")) == []
