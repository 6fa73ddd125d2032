"""Read article files (YAML, JSON; Markdown via markdown_reader) and validate them into the model.

YAML is composed into PyYAML nodes, not loaded into Python objects: nodes carry line
numbers for every message, nothing is ever constructed from a YAML tag, and an alias
(the root of "billion laughs") is refused instead of expanded.
"""

from __future__ import annotations

import dataclasses
import difflib
import hashlib
import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path

import yaml

# The compare note type has a fixed number of concept slots; a table may not use more.
from deck_builder.anki.note_types import MAX_CONCEPTS
from deck_builder.content import (
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
    glossary_key,
    item_key,
    row_key,
)
from deck_builder.errors import ContentError, Problem, display_path
from deck_builder.text import composed, has_unbalanced_mark, heading_slug, slugify, topic_slug

# Articles are prose; anything larger is almost certainly the wrong file.
MAX_ARTICLE_BYTES = 2 * 1024 * 1024
YAML_SUFFIXES = (".yaml", ".yml")
MARKDOWN_SUFFIXES = (".md", ".markdown")
ARTICLE_SUFFIXES = (*YAML_SUFFIXES, ".json", *MARKDOWN_SUFFIXES)

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_PLAIN_TAGS = {
    "tag:yaml.org,2002:" + name for name in ("str", "int", "float", "bool", "timestamp")
}
_NULL = "tag:yaml.org,2002:null"
_STANDARD_TAGS = {*_PLAIN_TAGS, _NULL, "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"}
# Control characters left once whitespace is folded (which takes \t, \n, \x1c-\x1f, \x85).
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
# What YAML refuses in a stream (yaml.reader.Reader.NON_PRINTABLE) plus its extra line breaks.
_YAML_UNSAFE = re.compile("[^\x09\x0a\x0d\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd"
                          "\U00010000-\U0010ffff]")


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


def read_articles(paths: Iterable[Path], track=None,
                  reuse: Callable[[Path], Article | None] | None = None,
                  ) -> tuple[list[Article], list[Problem]]:
    """Read every article; raise one ContentError listing every problem in every file.

    `track`, when given, reports progress over the files (build.plan_build). `reuse`,
    when given, may return an article the build cache vouches for instead of reading
    its file (an Article without content, build.plan_build).
    """
    articles: list[Article] = []
    problems: list[Problem] = []
    paths = list(paths)
    files = find_article_files(paths)
    if not files:
        where = ", ".join(display_path(p) for p in paths) or "."
        kinds = ", ".join(ARTICLE_SUFFIXES[:-1]) + " or " + ARTICLE_SUFFIXES[-1]
        raise ContentError([Problem(where, 0, "", f"no articles here; an article is a {kinds} "
                                    "file")])
    for path in track("Reading", files) if track else files:
        reused = reuse(path) if reuse else None
        if reused is not None:
            articles.append(reused)
            continue
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
                    display_path(article.path), article.id_line, "id",
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
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_ARTICLE_BYTES + 1)
    except OSError as error:
        raise ContentError([Problem(name, 0, "", f"cannot read the file: {error.strerror}")]) \
            from None
    if len(raw) > MAX_ARTICLE_BYTES:  # it grew, or is not a regular file
        raise ContentError([Problem(
            name, 0, "", f"file is over {MAX_ARTICLE_BYTES:,} bytes, the limit for an article"
        )])
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ContentError([Problem(name, 1, "", "the file is UTF-16 text; save it as UTF-8")])
    try:
        source = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ContentError([Problem(
            name, line, "",
            f"not UTF-8 text (byte 0x{raw[error.start]:02x}); save the file as UTF-8"
        )]) from None
    if path.suffix in MARKDOWN_SUFFIXES:
        from deck_builder.readers.markdown import read_markdown

        article, warnings = read_markdown(path, source)
    else:
        root = _compose(name, source, is_json=path.suffix == ".json")
        article, warnings = _ArticleBuilder(path, name).build(root)
    # The digest of exactly these bytes: hashing the file again later could describe
    # an edit made since, and the cache would then pair new bytes with old notes.
    return dataclasses.replace(article, digest=hashlib.sha256(raw).hexdigest()), warnings


def _compose(name: str, source: str, is_json: bool) -> yaml.Node:
    if is_json:
        try:
            json.loads(source)
        except json.JSONDecodeError as error:
            raise ContentError([Problem(name, error.lineno, "", _json_message(error))]) from None
        except RecursionError:
            raise ContentError([Problem(name, 1, "", "JSON nested too deeply to be an article")]) \
                from None
        # Valid JSON has tabs only as whitespace between tokens, which YAML's flow
        # style rejects; spaces keep every line number where it was.
        source = source.replace("\t", " ")
        # JSON strings may hold characters YAML refuses raw (DEL, C1 controls) or reads
        # as line breaks (U+0085, U+2028); escaped, they mean the same in both.
        source = _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m[0]):04x}", source)
        source = _join_surrogates(name, source)
    try:
        root = yaml.compose(source, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 0
        problem = error.problem or "syntax error"
        if "tab character" in problem or (mark and _tab_at(source, mark)):
            problem = ("a tab character; YAML indents with spaces only (replace the tab "
                       "with spaces)")
        elif "another document" in problem or "single document" in (error.context or ""):
            problem = "a second document (`---`); put one article in each file"
        elif "alias" in (error.context or "") + problem or "anchor" in (error.context or ""):
            problem = ("`*` or `&` at the start of a value is YAML syntax; put text that "
                       'begins with them in quotes ("**phrase** ...")')
        elif "mapping values are not allowed" in problem:
            problem = ('": " inside text that is not in quotes; put the text in quotes '
                       '("Note: this ...")')
        elif error.context and error.context_mark and mark and error.context_mark.line != mark.line:
            # "did not find expected node content" says little; where the unclosed
            # bracket or quote began says what to fix.
            problem += f" ({error.context} from line {error.context_mark.line + 1})"
        raise ContentError([Problem(name, line, "", f"YAML syntax: {problem}")]) from None
    except yaml.reader.ReaderError as error:
        line = source.count("\n", 0, max(error.position, 0)) + 1
        raise ContentError([Problem(
            name, line, "", f"the control character U+{error.character:04X} is not allowed in "
            "YAML; remove it (or write it as an escape in double quotes)"
        )]) from None
    except yaml.YAMLError as error:
        message = " ".join(str(error).split())
        raise ContentError([Problem(name, 0, "", f"YAML: {message}")]) from None
    if root is None:
        has_comments = any(line.strip() for line in source.splitlines())
        what = "has only comments" if has_comments else "is empty"
        raise ContentError([Problem(name, 1, "", f"the file {what}; an article needs at least "
                                    "`title:` and `sections:` (see docs/format.md)")])
    if _prepare_nodes(root):
        raise ContentError(_alias_problems(name, source))
    return root


_U_ESCAPE = re.compile(r"(\\+)u([0-9a-fA-F]{4})")


def _join_surrogates(name: str, source: str) -> str:
    """JSON writes a character beyond U+FFFF as two escapes ("\\ud83d\\ude00", which
    Python's json.dumps does for every emoji); YAML wants one ("\\U0001f600")."""
    matches = list(_U_ESCAPE.finditer(source))
    out, position, problems, i = [], 0, [], 0
    while i < len(matches):
        high = matches[i]
        i += 1
        code = int(high[2], 16)
        if len(high[1]) % 2 == 0 or not 0xD800 <= code <= 0xDFFF:
            continue  # an escaped backslash before "u", or an ordinary escape
        low = matches[i] if i < len(matches) else None
        if (code <= 0xDBFF and low is not None and low.start() == high.end()
                and len(low[1]) == 1 and 0xDC00 <= int(low[2], 16) <= 0xDFFF):
            joined = 0x10000 + ((code - 0xD800) << 10) + (int(low[2], 16) - 0xDC00)
            out.append(f"{source[position:high.start()]}{high[1][:-1]}\\U{joined:08x}")
            position = low.end()
            i += 1
            continue
        problems.append(Problem(
            name, source.count("\n", 0, high.start()) + 1, "",
            f"JSON: \\u{high[2]} is half of a character (an unpaired UTF-16 surrogate); remove it"
        ))
    if problems:
        raise ContentError(problems)
    return "".join(out) + source[position:]


def _tab_at(source: str, mark) -> bool:
    """A tab in the indentation of the line, or where the parser stopped."""
    lines = source.splitlines()
    if mark.line >= len(lines):
        return False
    text = lines[mark.line]
    indent = text[: len(text) - len(text.lstrip())]
    return "\t" in indent or text[mark.column : mark.column + 1] == "\t"


def _json_message(error: json.JSONDecodeError) -> str:
    before = error.doc[: error.pos].rstrip()
    if before.endswith(",") and error.doc[error.pos : error.pos + 1] in "]}":
        closing = error.doc[error.pos]
        return f"JSON syntax: a comma before {closing!r} (JSON allows no trailing comma)"
    return f"JSON syntax: {error.msg} (column {error.colno})"


def _prepare_nodes(root: yaml.Node) -> bool:
    """Every key and value, escapes decoded, put in composed form (text.composed), so a
    name matches its cells and its repeats however its accents were typed; True, and
    stopped, when an alias made two places share one node (checked without recursion)."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            return True
        seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.extend((key, value))
        else:
            node.value = composed(node.value)
    return False


MAX_ALIAS_PROBLEMS = 10


def _alias_problems(name: str, source: str) -> list[Problem]:
    """Every alias with its own line and field path (composed nodes only know the anchor's)."""
    problems: list[Problem] = []
    count = last_line = 0
    # One frame per open collection: [path, is_mapping, index or key, expecting a key].
    frames: list[list] = []

    def child_path() -> str:
        if not frames:
            return ""
        path, is_mapping, position, expecting_key = frames[-1]
        if not is_mapping:
            return f"{path}[{position}]"
        if expecting_key:
            return path
        return f"{path}.{position}" if path else str(position)

    def advance(value: str | None = None) -> None:
        if not frames:
            return
        frame = frames[-1]
        if frame[1]:
            if frame[3]:
                frame[2] = value
            frame[3] = not frame[3]
        else:
            frame[2] += 1

    for event in yaml.parse(source, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent):
            count += 1
            last_line = event.start_mark.line + 1
            if count <= MAX_ALIAS_PROBLEMS:
                problems.append(Problem(
                    name, event.start_mark.line + 1, child_path(),
                    f"YAML alias *{event.anchor} is not allowed (aliases can blow up into "
                    "huge documents); write the text out here",
                ))
            advance()
        elif isinstance(event, yaml.ScalarEvent):
            advance(event.value)
        elif isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            frames.append([child_path(), isinstance(event, yaml.MappingStartEvent), 0, True])
            if frames[-1][1]:
                frames[-1][2] = None
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            frames.pop()
            advance()
    if count > MAX_ALIAS_PROBLEMS:
        problems.append(Problem(name, last_line, "", f"and {count - MAX_ALIAS_PROBLEMS} more YAML "
                                "aliases up to this line"))
    return problems


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
        # (note key, line, field path, what to call it): two items with one key would
        # share one note, so check_unique_ids reports every key claimed twice.
        self.claims: list[tuple[str, int, str, str]] = []

    # -- reporting -------------------------------------------------------------------
    def error(self, node: yaml.Node | int, field: str, message: str, severity: str = "error"):
        line = node if isinstance(node, int) else _line(node)
        self.problems.append(Problem(self.name, line, field, message, severity))

    def claim(self, key: str, line: int, field: str, what: str) -> None:
        self.claims.append((key, line, field, what))

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
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
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
        control = _CONTROL.search(value)
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
        deck = self.name_value(keys.get("deck"), "deck") or title
        concepts = self.read_concepts(keys.get("concepts"))
        glossary = self.read_glossary(keys.get("glossary"))
        references = self.read_references(keys.get("references"))
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
            sections=sections,
            id_line=_line(keys["id"]) if "id" in keys else 1,
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
            if _accidental_mapping(item, allowed=("text", "id")):
                self.colon_in_text(item, here)
                continue
            if isinstance(item, yaml.MappingNode):
                fact_keys = self.mapping(item, here, {"text": True, "id": False}, "a fact")
                if fact_keys is None:
                    continue
                text = self.text(fact_keys.get("text"), f"{here}.text")
                fact_id = self.name_value(fact_keys.get("id"), f"{here}.id")
            else:
                text, fact_id = self.text(item, here), None
            if text:
                fact = Fact(text, fact_id)
                if fact_id:
                    self.claim(fact_key(Section(section_id, title, topic), fact), text.line,
                               f"{here}.id", f'id "{fact_id}"')
                facts.append(fact)
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
                hint = _did_you_mean(term, known) or "; add it to `concepts:` or `glossary:`"
                self.error(d["term"], f"{here}.term",
                           f'"{term}" is neither a concept nor a glossary term{hint}')
                continue
            if term and text:
                definition_id = self.name_value(d.get("id"), f"{here}.id")
                definition = Definition(term, text, definition_id, _line(item))
                self.claim(definition_key(definition), _line(item),
                           f"{here}.id" if definition_id else f"{here}.term",
                           f'id "{definition_id}"' if definition_id else f'definition of "{term}"')
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
        explicit_id = self.name_value(keys.get("id"), f"{field}.id")
        list_id = slugify(explicit_id or title)
        concept = (self.concept_name(keys["concept"], f"{field}.concept")
                   if "concept" in keys else None)
        topic = self.topic(keys.get("topic"), f"{field}.topic") or section_topic
        labelled = LabelledList(list_id, title, topic, (), concept, _line(node))
        self.claim(f"list/{list_id}", _line(node),
                   f"{field}.id" if explicit_id else f"{field}.title",
                   f'list id "{explicit_id}"' if explicit_id else f'list "{title}"')
        items = []
        for i, item in enumerate(self.sequence(keys.get("items"), f"{field}.items", "items")):
            here = f"{field}.items[{i}]"
            k = self.mapping(item, here, {"label": True, "text": True, "id": False}, "a list item")
            if k is None:
                continue
            label = self.name_value(k.get("label"), f"{here}.label")
            text = self.text(k.get("text"), f"{here}.text")
            if label and text:
                item_id = self.name_value(k.get("id"), f"{here}.id")
                list_item = ListItem(label, text, item_id, _line(item))
                self.claim(item_key(labelled, list_item), _line(item),
                           f"{here}.id" if item_id else f"{here}.label",
                           f'id "{item_id}"' if item_id else f'label "{label}" in list "{title}"')
                items.append(list_item)
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
        self.claim(f"table/{comparison_id}", _line(node),
                   f"{field}.id" if explicit_id else f"{field}.title",
                   f'comparison id "{explicit_id}"' if explicit_id else f'comparison "{title}"')
        shell = Comparison(comparison_id, title, kind, tuple(concepts), (), topic, _line(node))
        rows = []
        for i, item in enumerate(self.sequence(keys.get("rows"), f"{field}.rows", "rows")):
            here = f"{field}.rows[{i}]"
            k = self.mapping(item, here, {"dimension": True, "cells": True, "id": False}, "a row")
            if k is None:
                continue
            dimension = self.name_value(k.get("dimension"), f"{here}.dimension")
            cells = self.read_cells(k.get("cells"), f"{here}.cells", tuple(concepts), unknown)
            if dimension and cells is not None:
                row_id = self.name_value(k.get("id"), f"{here}.id")
                row = ComparisonRow(dimension, cells, row_id, _line(item))
                self.claim(row_key(shell, row), _line(item),
                           f"{here}.id" if row_id else f"{here}.dimension",
                           f'id "{row_id}"' if row_id
                           else f'dimension "{dimension}" in comparison "{title}"')
                rows.append(row)
        return Comparison(comparison_id, title, kind, tuple(concepts), tuple(rows), topic,
                          _line(node))

    def read_cells(self, node, field: str, concepts: tuple[str, ...],
                   unknown: list[str]) -> dict[str, Text] | None:
        if node is None:
            return None
        allowed = {name: True for name in concepts}
        # Cells are keyed by concept name as the comparison's `concepts:` are: with any
        # case and spacing (a name wrapped over two lines is still the name).
        folded = {_fold(name): name for name in (*concepts, *unknown)}
        keys = self.mapping(
            node, field, allowed, "the cells of a row", ignore=unknown,
            missing="no cell for concept {key!r}; a row needs one cell per concept of its "
                    f"comparison ({', '.join(concepts)})",
            normalize=lambda key: folded.get(_fold(key), key),
        )
        if keys is None:
            return None
        cells = {name: t for name, n in keys.items() if (t := self.text(n, f"{field}.{name}"))}
        return cells if len(cells) == len(concepts) else None

    def check_unique_ids(self) -> None:
        """Two items with one key would share a note; say which, where."""
        seen: dict[str, tuple[int, str]] = {}
        for key, line, field, what in self.claims:
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
            else:
                fix = "rename one or give it its own `id:`"
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


def _did_you_mean(word: str, choices: Iterable[str]) -> str:
    close = _close_match(word, choices)
    return f"; did you mean {close!r}?" if close else ""


def _fold(name: str) -> str:
    return " ".join(name.split()).casefold()


def _join(field: str, key: str) -> str:
    return f"{field}.{key}" if field else key


def _listing(keys: Iterable[str]) -> str:
    keys = list(keys)
    return "one of " + ", ".join(keys) if keys else "no keys here"
