"""The shared article builder: YAML nodes to the content model, every problem collected.

Both readers use it: structured.py for a whole YAML or JSON article, markdown.py for its
front matter. It owns the generic node checks (aliases, tags, mappings, text) and the
article schema, so a key, a name or a clash reads the same, with the same message, in
every format.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Iterable
from pathlib import Path

import yaml

# The compare note type has a fixed number of concept slots; a table may not use more.
from deck_builder.anki.note_types import MAX_CONCEPTS
from deck_builder.bibliography import (
    Bibliography,
    BibliographyError,
    joined,
    read_bibliography,
)
from deck_builder.content import (
    COMPARISON_KINDS,
    Article,
    Comparison,
    ComparisonRow,
    Concept,
    Definition,
    Fact,
    Figure,
    GlossaryTerm,
    LabelledList,
    ListItem,
    Section,
    Text,
    definition_key,
    fact_key,
    glossary_key,
    item_key,
    row_key,
)
from deck_builder.errors import ContentError, Problem
from deck_builder.readers.images import ImageReader
from deck_builder.text import has_unbalanced_mark, heading_slug, slugify, topic_slug

_PLAIN_TAGS = {
    "tag:yaml.org,2002:" + name for name in ("str", "int", "float", "bool", "timestamp")
}
_NULL = "tag:yaml.org,2002:null"
_STANDARD_TAGS = {*_PLAIN_TAGS, _NULL, "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"}
# Control characters left once whitespace is folded (which takes \t, \n, \x1c-\x1f, \x85).
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_IMAGE_MARK = re.compile("[\U000f0000-\U000fffff]")

def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


# Names head notes, never make them: far longer is almost surely text in the wrong place.
MAX_NAME_CHARS = 1000


def name_too_long(name: str) -> str:
    """The message for a name over MAX_NAME_CHARS, which every reader refuses."""
    return (f"is {len(name):,} characters long; a name (a title, heading, label or term) has "
            f"at most {MAX_NAME_CHARS:,}: put long text in a fact")


class ArticleBuilder:
    """Walks the node tree once, collecting every problem instead of stopping at the first."""

    def __init__(self, path: Path, name: str, ids: bool = True):
        self.path = path
        self.name = name
        self.ids = ids  # whether the format lets an item say its own `id:` (Markdown does not)
        self.problems: list[Problem] = []
        self.seen_nodes: set[int] = set()
        self.concepts: dict[str, Concept] = {}
        self.terms: set[str] = set()
        # (note key, line, field path, what to call it): two items with one key would
        # share one note, so check_unique_ids reports every key claimed twice.
        self.claims: list[tuple[str, int, str, str]] = []
        # A note-taking vault often holds a broken image link; one must not stop the whole
        # course building (issue 14), so Markdown warns. Our own YAML/JSON stays strict.
        self.images = ImageReader(path, name, self.problems,
                                  missing="error" if ids else "warning")

    # -- reporting -------------------------------------------------------------------
    def error(self, node: yaml.Node | int, field: str, message: str, severity: str = "error"):
        line = node if isinstance(node, int) else _line(node)
        self.problems.append(Problem(self.name, line, field, message, severity))

    def claim(self, key: str, line: int, field: str, what: str) -> None:
        self.claims.append((key, line, field, what))

    def claim_named(self, key: str, line: int, here: str, explicit_id: str | None,
                    name_field: str, what: str, id_what: str = "id") -> None:
        """Claim the key of an item that is known by its `id:` when it has one, else by
        its name (`name_field`), so a clash names the field the author should change."""
        if explicit_id:
            self.claim(key, line, f"{here}.id", f'{id_what} "{explicit_id}"')
        else:
            self.claim(key, line, f"{here}.{name_field}", what)

    # -- generic node checks ---------------------------------------------------------
    def visit(self, node: yaml.Node, field: str) -> bool:
        """False (with a problem) for an alias or a tag that would construct an object."""
        if id(node) in self.seen_nodes:
            self.error(node, field, "YAML aliases (*name) are not allowed; write the text out")
            return False
        self.seen_nodes.add(id(node))
        if node.tag not in _STANDARD_TAGS:
            tag = node.tag.replace("tag:yaml.org,2002:", "!!")
            self.error(node, field, f"YAML tag {tag} is not allowed; content is plain text, "
                       "remove the tag")
            return False
        return True

    def mapping(self, node: yaml.Node, field: str, allowed: dict[str, bool], what: str,
                ignore: Iterable[str] = (), missing: str = "missing required key {key!r} in {what}",
                normalize=None):
        """The keys of a mapping node, or None; unknown and missing keys are reported.

        Keys in `ignore` are dropped silently (a problem elsewhere already names them);
        `normalize` maps a key as written to the allowed key it stands for.
        """
        if not self.visit(node, field):
            return None
        if not isinstance(node, yaml.MappingNode):
            self.error(node, field, f"expected {what} (a mapping of keys), got {_kind(node)}")
            return None
        result: dict[str, yaml.Node] = {}
        empty: dict[str, yaml.Node] = {}
        misspelt: set[str] = set()
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):  # YAML's `? [a, b]`: a complex key
                self.error(key_node, field, f"a key that is {_kind(key_node)} (YAML's `?` "
                           f"complex key) in {what}; keys are plain names")
                continue
            key = key_node.value
            if normalize is not None and isinstance(key, str):
                key = normalize(key)
            here = _join(field, str(key))
            if isinstance(key, str) and key in ignore:
                continue
            if not isinstance(key, str) or key not in allowed:
                close = _close_match(str(key), allowed)
                if close:
                    misspelt.add(close)
                    hint = f"; did you mean {close!r}?"
                else:
                    hint = f" (expected {_listing(allowed)})"
                self.error(key_node, here, f"unknown key {key!r} in {what}{hint}")
                continue
            if key in result or key in empty:
                self.error(key_node, here, f"duplicate key {key!r}; keep one of them")
                continue
            if value_node.tag == _NULL and isinstance(value_node, yaml.ScalarNode):
                empty[key] = key_node  # `key:` with nothing after it is the same as leaving it out
                continue
            result[key] = value_node
        for key, required in allowed.items():
            if not required or key in result or key in misspelt:
                continue  # a misspelt key's "did you mean" already says what to fix
            if key in empty:
                self.error(empty[key], _join(field, key), f"{key!r} has no value")
            else:
                self.error(node, _join(field, key), missing.format(key=key, what=what))
        return result

    def text(self, node: yaml.Node | None, field: str) -> Text | None:
        if node is None or not self.visit(node, field):
            return None
        if not isinstance(node, yaml.ScalarNode) or node.tag not in _PLAIN_TAGS:
            if _accidental_mapping(node):
                self.colon_in_text(node, field)
            else:
                self.error(node, field, f"expected text, got {_kind(node)}")
            return None
        value = " ".join(str(node.value).split())
        if not value:
            self.error(node, field, "is empty; write some text or remove it")
            return None
        if has_unbalanced_mark(value):
            self.error(node, field, "unbalanced cloze mark: `**` opens a marked phrase that "
                       "is never closed (write `**phrase**`)")
            return None
        control = _CONTROL.search(value) or _IMAGE_MARK.search(value)
        if control and control[0] >= "\U000f0000":
            # Plane 15 stands for images inside the text (text.image_mark); no font has it.
            self.error(node, field, f"contains the private-use character "
                       f"U+{ord(control[0]):05X}, which no card can show; remove it")
            return None
        if control:
            # Anki drops them on import, so a card would hide one text and show another.
            self.error(node, field, f"contains the control character U+{ord(control[0]):04X}, "
                       "which no card can show; remove it")
            return None
        return Text(value, _line(node), field)

    def colon_in_text(self, node: yaml.MappingNode, field: str) -> None:
        key, value = node.value[0]
        shown = f"{key.value}: {value.value}"
        shown = shown if len(shown) <= 40 else shown[:39] + "…"
        self.error(node, field, f'"{shown}" reads as a key and its value because of the ": "; '
                   "put the whole text in quotes")

    def name_value(self, node: yaml.Node | None, field: str) -> str | None:
        text = self.text(node, field)
        if text and len(text.value) > MAX_NAME_CHARS:
            # A title or a label is copied into every note it heads (and into the lock):
            # a 100 KB title made a 140 KB article's lock 102 MB.
            self.error(node, field, name_too_long(text.value))
            return None
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
            "glossary": False, "references": False, "bibliography": False, "sections": True,
        }, "an article")
        if keys is None:
            raise ContentError(self.problems)
        article_id = self.name_value(keys.get("id"), "id") or self.path.stem
        title = self.name_value(keys.get("title"), "title") or ""
        deck = self.name_value(keys.get("deck"), "deck") or title
        concepts = self.read_concepts(keys.get("concepts"))
        glossary = self.read_glossary(keys.get("glossary"))
        references = self.read_references(keys.get("references"))
        bibliography = self.read_bibliography(keys.get("bibliography"))
        section_nodes = self.sequence(keys.get("sections"), "sections", "sections")
        sections_node = keys.get("sections")
        if not section_nodes and isinstance(sections_node, yaml.SequenceNode):
            self.error(keys["sections"], "sections", "no sections; an article needs at least one")
        sections = tuple(
            s for i, n in enumerate(section_nodes) if (s := self.read_section(n, f"sections[{i}]"))
        )
        self.check_unique_ids()
        if any(p.severity == "error" for p in self.problems):
            raise ContentError(self.problems)
        article = Article(
            id=slugify(article_id) or "article",
            title=title,
            deck=deck,
            path=self.path,
            concepts=concepts,
            glossary=glossary,
            references=references,
            bibliography=bibliography,
            sections=sections,
            id_line=_line(keys["id"]) if "id" in keys else 1,
            images=tuple(self.images.images),
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
                first = self.concepts[name.casefold()]
                self.error(item, field, f'concept "{name}" is listed twice (also on line '
                           f"{first.line}); remove one")
                continue
            concept = Concept(name, forms, _line(item))
            self.concepts[name.casefold()] = concept
            concepts.append(concept)
        return tuple(concepts)

    def read_references(self, node) -> tuple[Text, ...]:
        return tuple(
            t for i, n in enumerate(self.sequence(node, "references", "references"))
            if (t := self.text(n, f"references[{i}]"))
        )

    def read_bibliography(self, node, strict: bool = True) -> Bibliography | None:
        """The works of the BibTeX or CSL JSON file `bibliography:` names (Pandoc citations).
        Not `strict` (a Markdown note's front matter, which never blocks its article: issue
        14), it may name a list of files (bookdown's `[book.bib, packages.bib]`), and a
        file that is missing or unreadable, or a value that names no file, is a warning:
        the note is read without it (an R Markdown page copied out of its project names a
        `ref.bib` left behind)."""
        if strict:
            name = self.name_value(node, "bibliography")
            return self.read_bibliography_file(node, name) if name else None
        # Leniency is applied after the fact: the shared checks (visit, name_value) and
        # read_bibliography_file report errors, as the strict read needs. That is sound, as
        # every problem recorded below is this field's, and nothing reads self.problems
        # before its errors become warnings: none can refuse the note.
        before = len(self.problems)
        items = [] if node is None else [node]
        if isinstance(node, yaml.SequenceNode):
            items = node.value if self.visit(node, "bibliography") else []
        read, unread = [], []
        for item in items:
            name = self.name_value(item, "bibliography")
            if not name:
                continue
            bibliography = self.read_bibliography_file(item, name)
            if bibliography is None:
                unread.append(name)
            else:
                read.append(bibliography)
        # A value that names no file ('', a mapping) or a file that cannot be read is the
        # note's setting, never a reason to refuse the note: a warning.
        self.problems[before:] = [
            p if p.severity != "error" else dataclasses.replace(
                p, severity="warning", message=p.message + "; the note is read without it")
            for p in self.problems[before:]]
        return joined(read, unread)

    def read_bibliography_file(self, node, name: str) -> Bibliography | None:
        """The bibliography file `name`, or None with an error (read_bibliography makes it a
        warning for a Markdown note)."""
        try:
            return read_bibliography(self.path, name)
        except BibliographyError as error:
            # The bibliography's own line when the problem is in it, else the article's.
            where = f"{name}:{error.line}: " if error.line else ""
            # The field already says "bibliography:".
            message = error.message.removeprefix(f"bibliography {name}: ")
            self.error(node, "bibliography", where + message.removeprefix("bibliography "))
            return None

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
            glossary_term = GlossaryTerm(term, definition, forms, _line(item))
            self.claim(glossary_key(glossary_term), _line(item), f"{field}.term",
                       f'glossary term "{term}"')
            terms.append(glossary_term)
        return tuple(terms)

    def read_section(self, node, field: str) -> Section | None:
        keys = self.mapping(node, field, {
            "title": True, "id": False, "topic": False, "facts": False,
            "definitions": False, "lists": False, "comparisons": False, "image": False,
        }, "a section")
        if keys is None:
            return None
        title = self.name_value(keys.get("title"), f"{field}.title") or ""
        explicit_id = self.name_value(keys.get("id"), f"{field}.id")
        # A title of no letters ("???") names the section by its place: never an empty
        # topic tag (`topic::`) or one id shared by every such section.
        name = heading_slug(title) or f"section-{int(field[field.rindex('[') + 1:-1]) + 1}"
        section_id = slugify(explicit_id) if explicit_id else name
        topic = self.topic(keys.get("topic"), f"{field}.topic") or name
        facts = []
        for i, item in enumerate(self.sequence(keys.get("facts"), f"{field}.facts", "facts")):
            here = f"{field}.facts[{i}]"
            if _accidental_mapping(item, allowed=("text", "id", "image")):
                self.colon_in_text(item, here)
                continue
            if isinstance(item, yaml.MappingNode):
                fact_keys = self.mapping(item, here, {"text": True, "id": False, "image": False},
                                         "a fact")
                if fact_keys is None:
                    continue
                text = self.text(fact_keys.get("text"), f"{here}.text")
                fact_id = self.name_value(fact_keys.get("id"), f"{here}.id")
                figure = self.figure(fact_keys.get("image"), f"{here}.image")
            else:
                text, fact_id, figure = self.text(item, here), None, None
            if text:
                fact = Fact(text, fact_id, figure)
                if fact_id:
                    self.claim(fact_key(Section(section_id, title, topic), fact), text.line,
                               f"{here}.id", f'id "{fact_id}"')
                facts.append(fact)
        definitions = []
        for i, item in enumerate(
            self.sequence(keys.get("definitions"), f"{field}.definitions", "definitions")
        ):
            here = f"{field}.definitions[{i}]"
            d = self.mapping(item, here, {"term": True, "text": True, "id": False, "image": False},
                             "a definition")
            if d is None:
                continue
            term = self.name_value(d.get("term"), f"{here}.term")
            text = self.text(d.get("text"), f"{here}.text")
            if term and term.casefold() not in self.concepts and term.casefold() not in self.terms:
                known = [c.name for c in self.concepts.values()]
                hint = did_you_mean(term, known) or "; add it to `concepts:` or `glossary:`"
                self.error(d["term"], f"{here}.term",
                           f'"{term}" is neither a concept nor a glossary term{hint}')
                continue
            if term and text:
                definition_id = self.name_value(d.get("id"), f"{here}.id")
                definition = Definition(term, text, definition_id, _line(item),
                                        self.figure(d.get("image"), f"{here}.image"))
                self.claim_named(definition_key(definition), _line(item), here, definition_id,
                                 "term", f'definition of "{term}"')
                definitions.append(definition)
        lists = tuple(
            lst for i, n in enumerate(self.sequence(keys.get("lists"), f"{field}.lists", "lists"))
            if (lst := self.read_list(n, f"{field}.lists[{i}]", topic))
        )
        comparisons = tuple(
            c for i, n in enumerate(
                self.sequence(keys.get("comparisons"), f"{field}.comparisons", "comparisons"))
            if (c := self.read_comparison(n, f"{field}.comparisons[{i}]", topic))
        )
        image = keys.get("image")
        figures = (self.figure(n, f"{field}.image[{i}]") for i, n in enumerate(
            self.sequence(image, f"{field}.image", "images"))) \
            if isinstance(image, yaml.SequenceNode) else [self.figure(image, f"{field}.image")]
        return Section(section_id, title, topic, tuple(facts), tuple(definitions), lists,
                       comparisons, _line(node), figures=tuple(f for f in figures if f))

    def figure(self, node: yaml.Node | None, field: str) -> Figure | None:
        """`image: file.png`, or `image: {src, alt?, caption?}`: a figure on the back of the
        item's note (a section's: of every note of the section)."""
        if node is None:
            return None
        if isinstance(node, yaml.MappingNode):
            keys = self.mapping(node, field, {"src": True, "alt": False, "caption": False},
                                "an image")
            if keys is None:
                return None
            src = self.name_value(keys.get("src"), f"{field}.src")
            alt = self.text(keys.get("alt"), f"{field}.alt")
            caption = self.text(keys.get("caption"), f"{field}.caption")
        else:
            src, alt, caption = self.name_value(node, field), None, None
        if not src:
            return None
        mark = self.images.add(src, _line(node), alt.value if alt else "", field=field)
        if not mark:
            return None
        return Figure(mark, caption or alt, _line(node))

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
                       f"({listed}){did_you_mean(name, known)}")
            return None
        return concept.name

    def read_list(self, node, field: str, section_topic: str) -> LabelledList | None:
        keys = self.mapping(node, field, {
            "title": True, "id": False, "concept": False, "topic": False, "items": True,
        }, "a labelled list")
        if keys is None:
            return None
        title = self.name_value(keys.get("title"), f"{field}.title")
        if title is None:
            # Refused (or missing) and said so: read as "", it would share its key and its
            # items' keys with any other list whose title was refused.
            return None
        explicit_id = self.name_value(keys.get("id"), f"{field}.id")
        list_id = slugify(explicit_id or title)
        concept = (self.concept_name(keys["concept"], f"{field}.concept")
                   if "concept" in keys else None)
        topic = self.topic(keys.get("topic"), f"{field}.topic") or section_topic
        labelled = LabelledList(list_id, title, topic, (), concept, _line(node))
        self.claim_named(f"list/{list_id}", _line(node), field, explicit_id, "title",
                         f'list "{title}"', "list id")
        items = []
        for i, item in enumerate(self.sequence(keys.get("items"), f"{field}.items", "items")):
            here = f"{field}.items[{i}]"
            k = self.mapping(item, here, {"label": True, "text": True, "id": False,
                                          "image": False}, "a list item")
            if k is None:
                continue
            label = self.name_value(k.get("label"), f"{here}.label")
            text = self.text(k.get("text"), f"{here}.text")
            if label and text:
                item_id = self.name_value(k.get("id"), f"{here}.id")
                list_item = ListItem(label, text, item_id, _line(item),
                                     self.figure(k.get("image"), f"{here}.image"))
                self.claim_named(item_key(labelled, list_item), _line(item), here, item_id,
                                 "label", f'label "{label}" in list "{title}"')
                items.append(list_item)
        return dataclasses.replace(labelled, items=tuple(items))

    def read_comparison(self, node, field: str, section_topic: str) -> Comparison | None:
        keys = self.mapping(node, field, {
            "title": True, "id": False, "kind": False, "concepts": True, "rows": True,
            "topic": False,
        }, "a comparison")
        if keys is None:
            return None
        title = self.name_value(keys.get("title"), f"{field}.title")
        if title is None:
            return None  # refused or missing, and said so (as a list's title)
        kind = self.name_value(keys.get("kind"), f"{field}.kind") or "difference"
        if kind not in COMPARISON_KINDS:
            self.error(keys["kind"], f"{field}.kind", f"kind {kind!r} must be one of "
                       f"{', '.join(COMPARISON_KINDS)}{did_you_mean(kind, COMPARISON_KINDS)}")
        concept_nodes = self.sequence(keys.get("concepts"), f"{field}.concepts", "concept names")
        concepts: list[str] = []
        unknown: list[str] = []
        for i, n in enumerate(concept_nodes):
            here = f"{field}.concepts[{i}]"
            name = self.concept_name(n, here)
            if name is None:
                if isinstance(n, yaml.ScalarNode):
                    unknown.append(str(n.value))
            elif name in concepts:
                self.error(n, here, f'"{name}" is listed twice in this comparison')
            else:
                concepts.append(name)
        if "concepts" in keys and len(concept_nodes) < 2:
            self.error(keys["concepts"], f"{field}.concepts",
                       "a comparison needs at least two concepts")
        if len(concept_nodes) > MAX_CONCEPTS:
            self.error(keys["concepts"], f"{field}.concepts",
                       f"a comparison can have at most {MAX_CONCEPTS} concepts")
        explicit_id = self.name_value(keys.get("id"), f"{field}.id")
        comparison_id = slugify(explicit_id or title)
        topic = self.topic(keys.get("topic"), f"{field}.topic") or section_topic
        self.claim_named(f"table/{comparison_id}", _line(node), field, explicit_id, "title",
                         f'comparison "{title}"', "comparison id")
        shell = Comparison(comparison_id, title, kind, tuple(concepts), (), topic, _line(node))
        rows = []
        for i, item in enumerate(self.sequence(keys.get("rows"), f"{field}.rows", "rows")):
            here = f"{field}.rows[{i}]"
            k = self.mapping(item, here, {"dimension": True, "cells": True, "id": False,
                                          "image": False}, "a row")
            if k is None:
                continue
            dimension = self.name_value(k.get("dimension"), f"{here}.dimension")
            cells = self.read_cells(k.get("cells"), f"{here}.cells", tuple(concepts), unknown)
            if dimension and cells is not None:
                row_id = self.name_value(k.get("id"), f"{here}.id")
                row = ComparisonRow(dimension, cells, row_id, _line(item),
                                    self.figure(k.get("image"), f"{here}.image"))
                self.claim_named(row_key(shell, row), _line(item), here, row_id, "dimension",
                                 f'dimension "{dimension}" in comparison "{title}"')
                rows.append(row)
        return dataclasses.replace(shell, rows=tuple(rows))

    def read_cells(self, node, field: str, concepts: tuple[str, ...],
                   unknown: list[str]) -> dict[str, Text] | None:
        if node is None:
            return None
        allowed = {name: True for name in concepts}
        # Cells are keyed by concept name as the comparison's `concepts:` are: with any
        # case and spacing (a name wrapped over two lines is still the name).
        folded = {fold_name(name): name for name in (*concepts, *unknown)}
        keys = self.mapping(
            node, field, allowed, "the cells of a row", ignore=unknown,
            missing="no cell for concept {key!r}; a row needs one cell per concept of its "
                    f"comparison ({', '.join(concepts)})",
            normalize=lambda key: folded.get(fold_name(key), key),
        )
        if keys is None:
            return None
        cells = {name: t for name, n in keys.items() if (t := self.text(n, f"{field}.{name}"))}
        return cells if len(cells) == len(concepts) else None

    def check_unique_ids(self) -> None:
        """Two items with one key would share a note; say which, where. The one rule for
        clashing keys, whatever the format the items were read from."""
        seen: dict[str, tuple[int, str]] = {}
        # A name already refused (unreadable, too long) was reported at its field; two such
        # names read as "" are not a clash the author should also hear about.
        refused = {p.field for p in self.problems if p.severity == "error"}
        for key, line, field, what in self.claims:
            if field in refused:
                continue
            if key not in seen:
                seen[key] = (line, what)
                continue
            first_line, first_what = seen[key]
            if first_what == what:
                clash = f"{what} again (first on line {first_line})"
            else:
                clash = f"{what} clashes with {first_what} on line {first_line}"
            if key.startswith("id/"):
                fix = "give one of them another `id:`"
            elif key.startswith("gloss/"):
                fix = "keep one of them"
            elif self.ids:
                fix = "rename one or give it its own `id:`"
            else:
                fix = "rename one of them"
            self.error(line, field, f"{clash}; each item needs its own note: {fix}")

def _accidental_mapping(node: yaml.Node, allowed: Iterable[str] = ()) -> bool:
    """`- Note: the text` is a one-key mapping in YAML; the author meant text."""
    if not isinstance(node, yaml.MappingNode) or len(node.value) != 1:
        return False
    key, value = node.value[0]
    return (isinstance(key, yaml.ScalarNode) and isinstance(value, yaml.ScalarNode)
            and key.tag in _PLAIN_TAGS and value.tag in _PLAIN_TAGS and key.value not in allowed)


def _kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if node.tag == _NULL:
        return "nothing"
    return f"the value {node.value!r}"


def _close_match(word: str, choices: Iterable[str]) -> str | None:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    if not close:  # "Sections", "TITLE": the right word in the wrong case
        folded = {c.casefold(): c for c in choices}
        return folded.get(word.casefold())
    return close[0]


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    close = _close_match(word, choices)
    return f"; did you mean {close!r}?" if close else ""


def fold_name(name: str) -> str:
    """A name as typed, case and spacing aside: how two names are told the same."""
    return " ".join(name.split()).casefold()


def _join(field: str, key: str) -> str:
    return f"{field}.{key}" if field else key


def _listing(keys: Iterable[str]) -> str:
    keys = list(keys)
    return "one of " + ", ".join(keys) if keys else "no keys here"
