"""Read article files (YAML, JSON; Markdown via markdown_reader) and validate them into the model.

YAML is composed into PyYAML nodes, not loaded into Python objects: nodes carry line
numbers for every message, nothing is ever constructed from a YAML tag, and an alias
(the root of "billion laughs") is refused instead of expanded.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable
from pathlib import Path

import yaml

from deck_builder.errors import ContentError, Problem, display_path
from deck_builder.model import (
    COMPARISON_KINDS,
    Article,
    Comparison,
    ComparisonRow,
    Concept,
    Definition,
    Fact,
    GlossaryTerm,
    LabelledList,
    ListItem,
    Section,
    Text,
    definition_key,
    fact_key,
    item_key,
    row_key,
)
from deck_builder.text import has_unbalanced_mark, heading_slug, slugify, topic_slug

# Articles are prose; anything larger is almost certainly the wrong file.
MAX_ARTICLE_BYTES = 2 * 1024 * 1024
YAML_SUFFIXES = (".yaml", ".yml")
MARKDOWN_SUFFIXES = (".md", ".markdown")
ARTICLE_SUFFIXES = (*YAML_SUFFIXES, ".json", *MARKDOWN_SUFFIXES)
MAX_CONCEPTS = 4  # the compare note type has four concept slots (models.py)

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_PLAIN_TAGS = {
    "tag:yaml.org,2002:" + name for name in ("str", "int", "float", "bool", "timestamp")
}
_NULL = "tag:yaml.org,2002:null"
_STANDARD_TAGS = {*_PLAIN_TAGS, _NULL, "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"}


def find_article_files(paths: Iterable[Path]) -> list[Path]:
    """Article files named or found (not recursively) in the folders named, in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(p for p in path.iterdir() if p.is_file() and p.suffix in ARTICLE_SUFFIXES)
            )
        else:
            found.append(path)
    return found


def read_articles(paths: Iterable[Path], track=None) -> tuple[list[Article], list[Problem]]:
    """Read every article; raise one ContentError listing every problem in every file.

    `track`, when given, reports progress over the files (build.plan_build).
    """
    articles: list[Article] = []
    problems: list[Problem] = []
    files = find_article_files(paths)
    for path in track("Reading", files) if track else files:
        try:
            article, warnings = read_article(path)
        except ContentError as error:
            problems.extend(error.problems)
            continue
        articles.append(article)
        problems.extend(warnings)
    seen: dict[str, Article] = {}
    for article in articles:
        if article.id in seen:
            first = seen[article.id]
            problems.append(
                Problem(
                    display_path(article.path), 1, "id",
                    f'article id "{article.id}" is also used by {display_path(first.path)}; '
                    "give one of them another `id:`",
                )
            )
        seen[article.id] = article
    if any(p.severity == "error" for p in problems):
        raise ContentError(problems)
    return articles, problems


def read_article(path: Path) -> tuple[Article, list[Problem]]:
    """One article and its warnings; a ContentError when it has errors."""
    name = display_path(path)
    if not path.exists():
        raise ContentError([Problem(name, 0, "", "no such file")])
    if path.suffix not in ARTICLE_SUFFIXES:
        raise ContentError([Problem(
            name, 0, "", f"not an article file; use one of {', '.join(ARTICLE_SUFFIXES)}"
        )])
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise ContentError([Problem(
            name, 0, "", f"file is {size:,} bytes; articles are limited to "
            f"{MAX_ARTICLE_BYTES:,} bytes (split it into several articles)"
        )])
    raw = path.read_bytes()
    try:
        source = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ContentError([Problem(
            name, line, "", f"not UTF-8 text (byte 0x{raw[error.start]:02x}); save the file as UTF-8"
        )]) from None
    if path.suffix in MARKDOWN_SUFFIXES:
        from deck_builder.markdown_reader import read_markdown

        return read_markdown(path, source)
    root = _compose(name, source, is_json=path.suffix == ".json")
    return _ArticleBuilder(path, name).build(root)


def _compose(name: str, source: str, is_json: bool) -> yaml.Node:
    if is_json:
        try:
            json.loads(source)
        except json.JSONDecodeError as error:
            raise ContentError([Problem(name, error.lineno, "", f"JSON syntax: {error.msg}")]) from None
        # Valid JSON has tabs only as whitespace between tokens, which YAML's flow
        # style rejects; spaces keep every line number where it was.
        source = source.replace("\t", " ")
    try:
        root = yaml.compose(source, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 0
        problem = error.problem or "syntax error"
        if "\t" in problem or "'\\t'" in problem:
            problem = "a tab character; YAML indents with spaces only"
        raise ContentError([Problem(name, line, "", f"YAML syntax: {problem}")]) from None
    except yaml.YAMLError as error:
        raise ContentError([Problem(name, 0, "", f"YAML: {error}")]) from None
    if root is None:
        raise ContentError([Problem(name, 1, "", "the file is empty; an article needs at least "
                                    "`title:` and `sections:` (see docs/format.md)")])
    return root


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


class _ArticleBuilder:
    """Walks the node tree once, collecting every problem instead of stopping at the first."""

    def __init__(self, path: Path, name: str):
        self.path = path
        self.name = name
        self.problems: list[Problem] = []
        self.seen_nodes: set[int] = set()
        self.concepts: dict[str, Concept] = {}
        self.terms: set[str] = set()

    # -- reporting -------------------------------------------------------------------
    def error(self, node: yaml.Node | int, field: str, message: str, severity: str = "error"):
        line = node if isinstance(node, int) else _line(node)
        self.problems.append(Problem(self.name, line, field, message, severity))

    # -- generic node checks ---------------------------------------------------------
    def visit(self, node: yaml.Node, field: str) -> bool:
        """False (with a problem) for an alias or a tag that would construct an object."""
        if id(node) in self.seen_nodes:
            self.error(node, field, "YAML aliases (*name) are not supported; write the text out")
            return False
        self.seen_nodes.add(id(node))
        if node.tag not in _STANDARD_TAGS:
            self.error(node, field, f"YAML tag {node.tag!r} is not allowed; content is plain text")
            return False
        return True

    def mapping(self, node: yaml.Node, field: str, allowed: dict[str, bool], what: str):
        """The keys of a mapping node, or None; unknown and missing keys are reported."""
        if not self.visit(node, field):
            return None
        if not isinstance(node, yaml.MappingNode):
            self.error(node, field, f"expected {what} (a mapping of keys), got {_kind(node)}")
            return None
        result: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            here = f"{field}.{key}" if field else str(key)
            if not isinstance(key, str) or key not in allowed:
                hint = _did_you_mean(str(key), allowed)
                self.error(key_node, here, f"unknown key {key!r} in {what}{hint}")
                continue
            if key in result:
                self.error(key_node, here, f"duplicate key {key!r}")
                continue
            if value_node.tag == _NULL and isinstance(value_node, yaml.ScalarNode):
                continue  # `key:` with nothing after it is the same as leaving it out
            result[key] = value_node
        for key, required in allowed.items():
            if required and key not in result:
                self.error(node, f"{field}.{key}" if field else key,
                           f"missing required key {key!r} in {what}")
        return result

    def text(self, node: yaml.Node | None, field: str) -> Text | None:
        if node is None or not self.visit(node, field):
            return None
        if not isinstance(node, yaml.ScalarNode) or node.tag not in _PLAIN_TAGS:
            self.error(node, field, f"expected text, got {_kind(node)}")
            return None
        value = " ".join(str(node.value).split())
        if not value:
            self.error(node, field, "is empty")
            return None
        if has_unbalanced_mark(value):
            self.error(node, field, "unbalanced cloze mark: `**` opens a marked phrase that "
                       "is never closed (write `**phrase**`)")
            return None
        return Text(value, _line(node))

    def name_value(self, node: yaml.Node | None, field: str) -> str | None:
        text = self.text(node, field)
        return text.value if text else None

    def sequence(self, node: yaml.Node | None, field: str, what: str) -> list[yaml.Node]:
        if node is None or not self.visit(node, field):
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.error(node, field, f"expected a list of {what}, got {_kind(node)}")
            return []
        return list(node.value)

    def names(self, node: yaml.Node | None, field: str) -> tuple[str, ...]:
        return tuple(
            v for i, n in enumerate(self.sequence(node, field, "names"))
            if (v := self.name_value(n, f"{field}[{i}]"))
        )

    # -- the article -----------------------------------------------------------------
    def build(self, root: yaml.Node) -> tuple[Article, list[Problem]]:
        keys = self.mapping(root, "", {
            "id": False, "title": True, "deck": False, "concepts": False,
            "glossary": False, "references": False, "sections": True,
        }, "an article")
        if keys is None:
            raise ContentError(self.problems)
        article_id = self.name_value(keys.get("id"), "id") or self.path.stem
        title = self.name_value(keys.get("title"), "title") or ""
        concepts = self.read_concepts(keys.get("concepts"))
        glossary = self.read_glossary(keys.get("glossary"))
        references = tuple(
            t for i, n in enumerate(self.sequence(keys.get("references"), "references", "references"))
            if (t := self.text(n, f"references[{i}]"))
        )
        section_nodes = self.sequence(keys.get("sections"), "sections", "sections")
        if "sections" in keys and not section_nodes and isinstance(keys["sections"], yaml.SequenceNode):
            self.error(keys["sections"], "sections", "no sections; an article needs at least one")
        sections = tuple(
            s for i, n in enumerate(section_nodes) if (s := self.read_section(n, f"sections[{i}]"))
        )
        self.check_unique_ids(sections)
        if any(p.severity == "error" for p in self.problems):
            raise ContentError(self.problems)
        article = Article(
            id=slugify(article_id) or "article",
            title=title,
            deck=self.name_value(keys.get("deck"), "deck") or title,
            path=self.path,
            concepts=concepts,
            glossary=glossary,
            references=references,
            sections=sections,
        )
        return article, self.problems

    def read_concepts(self, node) -> tuple[Concept, ...]:
        concepts = []
        for i, item in enumerate(self.sequence(node, "concepts", "concepts")):
            field = f"concepts[{i}]"
            if isinstance(item, yaml.ScalarNode):
                name = self.name_value(item, field)
                forms: tuple[str, ...] = ()
            else:
                keys = self.mapping(item, field, {"name": True, "forms": False}, "a concept")
                if keys is None:
                    continue
                name = self.name_value(keys.get("name"), f"{field}.name")
                forms = self.names(keys.get("forms"), f"{field}.forms")
            if not name:
                continue
            if name.casefold() in self.concepts:
                self.error(item, field, f'concept "{name}" is listed twice')
                continue
            concept = Concept(name, forms, _line(item))
            self.concepts[name.casefold()] = concept
            concepts.append(concept)
        return tuple(concepts)

    def read_glossary(self, node) -> tuple[GlossaryTerm, ...]:
        terms = []
        for i, item in enumerate(self.sequence(node, "glossary", "glossary terms")):
            field = f"glossary[{i}]"
            keys = self.mapping(item, field, {"term": True, "definition": False, "forms": False},
                                "a glossary term")
            if keys is None:
                continue
            term = self.name_value(keys.get("term"), f"{field}.term")
            if not term:
                continue
            definition = self.text(keys.get("definition"), f"{field}.definition")
            forms = self.names(keys.get("forms"), f"{field}.forms")
            self.terms.add(term.casefold())
            terms.append(GlossaryTerm(term, definition, forms, _line(item)))
        return tuple(terms)

    def read_section(self, node, field: str) -> Section | None:
        keys = self.mapping(node, field, {
            "title": True, "id": False, "topic": False, "facts": False,
            "definitions": False, "lists": False, "comparisons": False,
        }, "a section")
        if keys is None:
            return None
        title = self.name_value(keys.get("title"), f"{field}.title") or ""
        explicit_id = self.name_value(keys.get("id"), f"{field}.id")
        section_id = slugify(explicit_id) if explicit_id else heading_slug(title)
        topic = self.topic(keys.get("topic"), f"{field}.topic") or heading_slug(title)
        facts = []
        for i, item in enumerate(self.sequence(keys.get("facts"), f"{field}.facts", "facts")):
            here = f"{field}.facts[{i}]"
            if isinstance(item, yaml.MappingNode):
                fact_keys = self.mapping(item, here, {"text": True, "id": False}, "a fact")
                if fact_keys is None:
                    continue
                text = self.text(fact_keys.get("text"), f"{here}.text")
                fact_id = self.name_value(fact_keys.get("id"), f"{here}.id")
            else:
                text, fact_id = self.text(item, here), None
            if text:
                facts.append(Fact(text, fact_id))
        definitions = []
        for i, item in enumerate(
            self.sequence(keys.get("definitions"), f"{field}.definitions", "definitions")
        ):
            here = f"{field}.definitions[{i}]"
            d = self.mapping(item, here, {"term": True, "text": True, "id": False}, "a definition")
            if d is None:
                continue
            term = self.name_value(d.get("term"), f"{here}.term")
            text = self.text(d.get("text"), f"{here}.text")
            if term and term.casefold() not in self.concepts and term.casefold() not in self.terms:
                known = [c.name for c in self.concepts.values()]
                self.error(d["term"], f"{here}.term", f'"{term}" is neither a concept nor a '
                           f"glossary term{_did_you_mean(term, known)}; add it to `concepts:` or "
                           "`glossary:`")
                continue
            if term and text:
                definitions.append(Definition(
                    term, text, self.name_value(d.get("id"), f"{here}.id"), _line(item)
                ))
        lists = tuple(
            lst for i, n in enumerate(self.sequence(keys.get("lists"), f"{field}.lists", "lists"))
            if (lst := self.read_list(n, f"{field}.lists[{i}]", topic))
        )
        comparisons = tuple(
            c for i, n in enumerate(
                self.sequence(keys.get("comparisons"), f"{field}.comparisons", "comparisons"))
            if (c := self.read_comparison(n, f"{field}.comparisons[{i}]", topic))
        )
        return Section(section_id, title, topic, tuple(facts), tuple(definitions), lists,
                       comparisons, _line(node))

    def topic(self, node, field: str) -> str | None:
        value = self.name_value(node, field)
        if value is None:
            return None
        slug = topic_slug(value)
        if not slug:
            self.error(node, field, f"topic {value!r} has no letters or digits")
        return slug or None

    def concept_name(self, node, field: str) -> str | None:
        name = self.name_value(node, field)
        if name is None:
            return None
        concept = self.concepts.get(name.casefold())
        if concept is None:
            known = [c.name for c in self.concepts.values()]
            listed = ", ".join(known) or "none"
            self.error(node, field, f'"{name}" is not one of the article\'s concepts '
                       f"({listed}){_did_you_mean(name, known)}")
            return None
        return concept.name

    def read_list(self, node, field: str, section_topic: str) -> LabelledList | None:
        keys = self.mapping(node, field, {
            "title": True, "id": False, "concept": False, "topic": False, "items": True,
        }, "a labelled list")
        if keys is None:
            return None
        title = self.name_value(keys.get("title"), f"{field}.title") or ""
        concept = self.concept_name(keys.get("concept"), f"{field}.concept") if "concept" in keys else None
        items = []
        for i, item in enumerate(self.sequence(keys.get("items"), f"{field}.items", "items")):
            here = f"{field}.items[{i}]"
            k = self.mapping(item, here, {"label": True, "text": True, "id": False}, "a list item")
            if k is None:
                continue
            label = self.name_value(k.get("label"), f"{here}.label")
            text = self.text(k.get("text"), f"{here}.text")
            if label and text:
                items.append(ListItem(label, text, self.name_value(k.get("id"), f"{here}.id"),
                                      _line(item)))
        list_id = slugify(self.name_value(keys.get("id"), f"{field}.id") or title)
        topic = self.topic(keys.get("topic"), f"{field}.topic") or section_topic
        return LabelledList(list_id, title, topic, tuple(items), concept, _line(node))

    def read_comparison(self, node, field: str, section_topic: str) -> Comparison | None:
        keys = self.mapping(node, field, {
            "title": True, "id": False, "kind": False, "concepts": True, "rows": True,
            "topic": False,
        }, "a comparison")
        if keys is None:
            return None
        title = self.name_value(keys.get("title"), f"{field}.title") or ""
        kind = self.name_value(keys.get("kind"), f"{field}.kind") or "difference"
        if kind not in COMPARISON_KINDS:
            self.error(keys["kind"], f"{field}.kind", f"kind {kind!r} must be one of "
                       f"{', '.join(COMPARISON_KINDS)}{_did_you_mean(kind, COMPARISON_KINDS)}")
        concept_nodes = self.sequence(keys.get("concepts"), f"{field}.concepts", "concept names")
        concepts = tuple(
            c for i, n in enumerate(concept_nodes)
            if (c := self.concept_name(n, f"{field}.concepts[{i}]"))
        )
        if "concepts" in keys and len(concept_nodes) < 2:
            self.error(keys["concepts"], f"{field}.concepts",
                       "a comparison needs at least two concepts")
        if len(concept_nodes) > MAX_CONCEPTS:
            self.error(keys["concepts"], f"{field}.concepts",
                       f"a comparison can have at most {MAX_CONCEPTS} concepts")
        rows = []
        for i, item in enumerate(self.sequence(keys.get("rows"), f"{field}.rows", "rows")):
            here = f"{field}.rows[{i}]"
            k = self.mapping(item, here, {"dimension": True, "cells": True, "id": False}, "a row")
            if k is None:
                continue
            dimension = self.name_value(k.get("dimension"), f"{here}.dimension")
            cells = self.read_cells(k.get("cells"), f"{here}.cells", concepts)
            if dimension and cells is not None:
                rows.append(ComparisonRow(dimension, cells, self.name_value(k.get("id"), f"{here}.id"),
                                          _line(item)))
        comparison_id = slugify(self.name_value(keys.get("id"), f"{field}.id") or title)
        topic = self.topic(keys.get("topic"), f"{field}.topic") or section_topic
        return Comparison(comparison_id, title, kind, concepts, tuple(rows), topic, _line(node))

    def read_cells(self, node, field: str, concepts: tuple[str, ...]) -> dict[str, Text] | None:
        if node is None:
            return None
        allowed = {name: True for name in concepts}
        keys = self.mapping(node, field, allowed, "the cells of a row (one per concept)")
        if keys is None:
            return None
        cells = {name: t for name, n in keys.items() if (t := self.text(n, f"{field}.{name}"))}
        return cells if len(cells) == len(concepts) else None

    def check_unique_ids(self, sections: tuple[Section, ...]) -> None:
        """Two items with one key would share a note; say which, where."""
        seen: dict[str, int] = {}

        def claim(key: str, line: int, what: str):
            if key in seen:
                self.error(line, what, f'duplicate {key.split("/")[0]} "{key.split("/")[-1]}" '
                           f"(also on line {seen[key]}); rename one or give it its own `id:`")
            else:
                seen[key] = line

        for s_index, section in enumerate(sections):
            here = f"sections[{s_index}]"
            for fact in section.facts:
                if fact.id:
                    claim(fact_key(section, fact), fact.text.line, f"{here}.facts.id")
            for d in section.definitions:
                claim(definition_key(d), d.line, f"{here}.definitions.term")
            for lst in section.lists:
                claim(f"list/{lst.id}", lst.line, f"{here}.lists.title")
                for item in lst.items:
                    claim(item_key(lst, item), item.line, f"{here}.lists.items.label")
            for comp in section.comparisons:
                claim(f"table/{comp.id}", comp.line, f"{here}.comparisons.title")
                for row in comp.rows:
                    claim(row_key(comp, row), row.line, f"{here}.comparisons.rows.dimension")


def _kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if node.tag == _NULL:
        return "nothing"
    return f"the value {node.value!r}"


def _did_you_mean(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""
