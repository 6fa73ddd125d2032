"""Read an ordinary Markdown article into the content model, with no card markup.

The article's structure says what it contains: headings are sections and topics, a
paragraph opening "<term> is ..." defines a concept or glossary term, a list of
"**Label**: text" items is a labelled list, a table headed [dimension, concept, concept]
is a comparison. Optional YAML front matter says what the text cannot (id, deck,
concepts, glossary, references, topic overrides). docs/markdown.md is the user's guide.

Parsing is markdown-it-py (CommonMark plus GFM tables): it accepts any text, so a file
never fails to parse, and every block carries its source lines for messages and for
`check`'s list of what made no card (Article.skipped).

Marks: bold and italic phrases in running text become the model's `**phrase**` cloze
marks; in labels, titles, dimensions and concept names they are plain text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode
from mdit_py_plugins.footnote import footnote_plugin

from deck_builder.anki.note_types import MAX_CONCEPTS
from deck_builder.bibliography import Bibliography
from deck_builder.content import (
    Article,
    Comparison,
    ComparisonRow,
    Concept,
    Definition,
    Fact,
    Footnote,
    GlossaryTerm,
    LabelledList,
    ListItem,
    Section,
    Text,
    definition_key,
    item_key,
    row_key,
)
from deck_builder.errors import ContentError, Problem, display_path
from deck_builder.quality import is_structural_label
from deck_builder.readers.builder import ArticleBuilder, did_you_mean
from deck_builder.readers.structured import compose
from deck_builder.text import (
    composed,
    heading_slug,
    slugify,
    term_pattern,
    topic_slug,
    unmark,
)

# Built once: parse() keeps no state between documents, and building costs a fifth of
# parsing a short article.
# Footnotes ("[^1]" and "[^1]: text") are Pandoc's, GFM's and Obsidian's; a footnote whose text
# is a reference is a citation (citations.py).
_PARSER = (MarkdownIt("commonmark").enable("table").enable("strikethrough")
           .use(footnote_plugin, inline=False))

FRONT_MATTER_KEYS = {
    "id": False, "title": False, "deck": False, "concepts": False, "glossary": False,
    "references": False, "bibliography": False, "topics": False,
}
# Text before the first section heading: the lead of the article.
INTRODUCTION = "Introduction"

# Headings whose content is the reference list or the glossary, not sections of prose.
_REFERENCE_HEADINGS = {"references", "reference-list", "bibliography", "works-cited", "sources"}
_GLOSSARY_HEADINGS = {"glossary", "key-terms", "terms", "vocabulary"}
# Column headers of a two-column "term | meaning" table.
_TERM_HEADERS = {"term", "terms", "concept", "word", "keyword", "key-term", "name", "acronym",
                 "abbreviation"}
_MEANING_HEADERS = {"meaning", "definition", "description", "explanation", "what-it-means",
                    "means"}
# A leading column of row numbers ("#", "No.") is not a dimension.
_NUMBER_HEADERS = {"", "#", "no", "nr", "n", "number", "num"}
_ROW_NUMBER = re.compile(r"^\d+[.)]?$")
# Fenced blocks in these languages are drawings, reported as diagrams.
_DIAGRAM_LANGUAGES = {"mermaid", "plantuml", "dot", "graphviz", "ditaa", "d2", "svgbob"}
# Admonitions of Python-Markdown/MkDocs ("!!! note"), pymdown details ("??? tip") and
# MyST/Docusaurus (":::note"). CommonMark reads them as paragraphs, so they are found here.
_ADMONITION = re.compile(r"^(?:!!!|\?\?\?\+?|:::+)\s*\S")
_FENCE_CLOSE = re.compile(r"^:::+\s*$")
# A comparison table about what the concepts share, by its title.
_SIMILARITY = re.compile(r"\b(?:similar\w*|in common|alike|shared|share)\b", re.I)
# "<term> is/are ...", with an optional article before the term.
_DEFINITION = re.compile(r"^(?:(?:a|an|the)\s+)?(?P<term>.+?)\s+(?:is|are)\s+\S", re.I)
# Labelled items: "**Label**: text", "**Label:** text", "**Label** — text", "Label — text",
# "Label - text", "Label: text". Plain labels are short, or "Note that ..." would be one.
_BOLD_LABEL = re.compile(
    r"^\*\*(?P<label>[^*]+?)\*\*(?P<sep>\s*:|\s*[—–]|\s+-\s)?\s*(?P<text>.*)$", re.S
)
_DASH_LABEL = re.compile(r"^(?P<label>[^:*]+?)\s+[—–-]\s+(?P<text>.+)$", re.S)
_COLON_LABEL = re.compile(r"^(?P<label>[^:*]+?):\s+(?P<text>.+)$", re.S)
MAX_LABEL_WORDS = 6
MAX_LEAD_IN_WORDS = 20


SUFFIXES = (".md", ".markdown")


def read(path: Path, source: str) -> tuple[Article, list[Problem]]:
    """One Markdown article and its warnings; a ContentError when it has errors."""
    return _MarkdownReader(path).read(source)


# -- small text helpers ------------------------------------------------------------------


def strip_emoji(value: str) -> str:
    """A heading without its pictographs: "🧬 Mitosis ✨" -> "Mitosis"."""
    kept = "".join(
        c for c in value
        if unicodedata.category(c) not in ("So", "Sk", "Cs", "Co", "Me")
        and c not in "\u200d\ufe0e\ufe0f"
    )
    return " ".join(kept.split())


def _slug(heading: str) -> str:
    """Section ids and topics: numbering ("2.", "3:18") and emoji are not part of a name."""
    return heading_slug(strip_emoji(heading))


# Words writers italicise for stress; hiding one would make a card about nothing.
_STRESSED_WORDS = frozenset("""
    a all always an and any both but can cannot do does each either every few is just least
    less may more most must never no none nor not now only or same should some than that the
    then these this those very was were what when which who why will with without would
""".split())


def _words(value: str) -> int:
    return len(value.split())


@dataclass
class _Inline:
    """Inline content as model text, and the images it dropped."""

    text: str
    images: list[str] = field(default_factory=list)

    @property
    def plain(self) -> str:
        return unmark(self.text)


def _inline(node: SyntaxTreeNode | None) -> _Inline:
    out: list[str] = []
    images: list[str] = []
    if node is not None:
        _walk_inline(node, out, images, 0)
    # Composed (text.composed) as YAML values are: an accent typed decomposed, or
    # written as character references ("e&#x301;"), is the letter Anki will show.
    return _Inline(composed(" ".join("".join(out).split())), images)


def _literal(value: str) -> str:
    # `**` in the model means a cloze mark; a literal asterisk from the source (escaped
    # or unpaired) must never open or close one, so it becomes the asterisk operator.
    return value.replace("*", "\u2217")


def _walk_inline(node: SyntaxTreeNode, out: list[str], images: list[str], depth: int) -> None:
    for child in node.children:
        kind = child.type
        if kind in ("text", "code_inline"):
            out.append(_literal(child.content))
        elif kind in ("softbreak", "hardbreak"):
            out.append(" ")
        elif kind in ("strong", "em"):
            if depth:  # a mark never nests: ***both*** or **a *b* c** is one phrase
                _walk_inline(child, out, images, depth + 1)
                continue
            start = len(out)
            out.append("**")
            _walk_inline(child, out, images, depth + 1)
            inside = "".join(out[start + 1:]).strip()
            if inside and not (kind == "em" and inside.casefold() in _STRESSED_WORDS):
                out.append("**")
            else:
                # Emphasis around nothing readable (an image) marks nothing, and an
                # italic "not" or "only" is stress, not a term worth a cloze.
                del out[start]
        elif kind == "image":
            images.append(_inline(child).plain or child.attrs.get("src", ""))
        elif kind == "footnote_ref":  # kept as written: citations.py reads it
            out.append(f"[^{child.meta['label']}]")
        elif kind == "html_inline":
            continue  # tags only; the text between them is kept
        else:  # links, strikethrough, anything a plugin adds: keep the words
            _walk_inline(child, out, images, depth)


def _line(node: SyntaxTreeNode) -> int:
    return node.map[0] + 1 if node.map else 0


def _inline_child(node: SyntaxTreeNode) -> SyntaxTreeNode | None:
    return next((c for c in node.children if c.type == "inline"), None)


# -- front matter --------------------------------------------------------------------------


def split_front_matter(source: str) -> tuple[str | None, str, int]:
    """(front matter YAML or None, the body, the line that closes the front matter).

    Both parts keep their file line numbers: the YAML is preceded by one empty line (for
    the opening `---`) and the front matter lines are blanked out of the body. No front
    matter gives close line 0; one that is opened and never closed gives -1.
    """
    lines = source.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return None, source, 0
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            yaml_text = "\n" + "\n".join(lines[1:index])
            body = "\n" * (index + 1) + "\n".join(lines[index + 1:])
            return yaml_text, body, index + 1
    return None, source, -1


# -- tables ---------------------------------------------------------------------------------


@dataclass
class _Row:
    line: int
    cells: list[_Inline]


@dataclass
class _Table:
    line: int
    header: list[_Inline]
    rows: list[_Row]
    shape: str = ""  # "comparison", "lists", "glossary", or "" (not recognised)
    why: str = ""  # for a table not recognised
    concepts: list[str] = field(default_factory=list)  # header names of a comparison


def _table(node: SyntaxTreeNode) -> _Table:
    header: list[_Inline] = []
    rows: list[_Row] = []
    for part in node.children:
        for tr in part.children:
            cells = [_inline(_inline_child(cell)) for cell in tr.children]
            if part.type == "thead":
                header = cells
            else:
                rows.append(_Row(_line(tr), cells))
    table = _Table(_line(node), header, rows)
    # A leading column of row numbers says nothing: drop it before reading the shape.
    if len(header) > 2 and _slug(header[0].plain) in _NUMBER_HEADERS and all(
        _ROW_NUMBER.match(r.cells[0].plain) or not r.cells[0].plain for r in rows
    ):
        table.header = header[1:]
        for row in rows:
            row.cells = row.cells[1:]
    return table


def _labelled(text: str) -> tuple[str, str] | None:
    """("Label", "text") for a labelled item, or None.

    A structural label ("**Definition:** …", "Example - …") says what kind of text follows,
    not what it is about: that item is an ordinary paragraph (quality.is_structural_label).
    """
    bold = _BOLD_LABEL.match(text)
    if bold:
        label, rest = bold["label"].strip(), bold["text"].strip()
        # "**Label:** text" puts the separator inside the bold.
        if label.endswith((":", ".")) and not bold["sep"]:
            label = label[:-1].strip()
        elif not bold["sep"]:
            return None  # "**Mitosis** divides a cell" is a sentence, not a label
        if label and rest and _words(label) <= MAX_LABEL_WORDS and not is_structural_label(label):
            return label, rest
        return None
    for pattern in (_DASH_LABEL, _COLON_LABEL):
        match = pattern.match(text)
        if match:
            label = unmark(match["label"]).strip()
            if (label and _words(label) <= MAX_LABEL_WORDS and any(c.isalpha() for c in label)
                    and not is_structural_label(label)):
                return label, match["text"].strip()
    return None


# -- the reader -----------------------------------------------------------------------------


@dataclass
class _SectionDraft:
    title: str
    id: str
    topic: str
    line: int
    facts: list[Fact] = field(default_factory=list)
    definitions: list[Definition] = field(default_factory=list)
    lists: list[LabelledList] = field(default_factory=list)
    comparisons: list[Comparison] = field(default_factory=list)

    def section(self) -> Section | None:
        if not (self.facts or self.definitions or self.lists or self.comparisons):
            return None
        return Section(self.id, self.title, self.topic, tuple(self.facts),
                       tuple(self.definitions), tuple(self.lists), tuple(self.comparisons),
                       self.line)


class _MarkdownReader:
    def __init__(self, path: Path):
        self.path = path
        self.name = display_path(path)
        # The shared builder reads the front matter and checks every key for clashes:
        # same messages, same checks as a YAML article.
        self.builder = ArticleBuilder(path, self.name, ids=False)
        self.problems = self.builder.problems
        self.skipped: list[Text] = []
        self.concepts: list[Concept] = []
        self.glossary: dict[str, GlossaryTerm] = {}  # casefold term -> term
        self.references: list[Text] = []
        self.bibliography: Bibliography | None = None
        self.footnotes: list[Footnote] = []
        self.topics: dict[str, tuple[str, int, str]] = {}  # slug -> (topic, line, key)
        self.used_topics: set[str] = set()
        self.titles: list[str] = []  # every heading, list and table title, for hints
        self.sections: list[_SectionDraft] = []
        self.section_ids: set[str] = set()
        self.container_ids: set[str] = set()
        self.defined: set[str] = set()  # definition keys: a second one is a plain fact

    # -- reporting -------------------------------------------------------------------------
    def skip(self, line: int, what: str, why: str) -> None:
        self.skipped.append(Text(f"{what} ({why})", line))

    def warn(self, line: int, field_name: str, message: str) -> None:
        self.problems.append(Problem(self.name, line, field_name, message, "warning"))

    def error(self, line: int, field_name: str, message: str) -> None:
        self.problems.append(Problem(self.name, line, field_name, message))

    # -- the article -----------------------------------------------------------------------
    def read(self, source: str) -> tuple[Article, list[Problem]]:
        source = source.replace("\r\n", "\n").replace("\r", "\n")
        yaml_text, body, closed_at = split_front_matter(source)
        if closed_at < 0:
            raise ContentError([Problem(
                self.name, 1, "front matter",
                "front matter opened with `---` is never closed; end it with a line `---`",
            )])
        front = self.front_matter(yaml_text) if yaml_text is not None else {}
        root = SyntaxTreeNode(_PARSER.parse(body))
        blocks = list(root.children)

        title_heading = self.title_heading(blocks)
        title = front.get("title") or (
            _inline(_inline_child(title_heading)).plain if title_heading else ""
        ) or self.first_heading(blocks) or self.path.stem
        self.collect_concepts(blocks)
        self.concept_names = {c.name.casefold(): c.name for c in self.concepts}
        for concept in self.concepts:
            for form in concept.forms:
                self.concept_names.setdefault(form.casefold(), concept.name)
        self.collect_glossary(blocks)
        self.walk(blocks, title_heading)

        for slug, (_, line, key) in self.topics.items():
            if slug not in self.used_topics:
                self.warn(line, f"topics.{key}", f"{key!r} names no heading, list or table"
                          f"{did_you_mean(key, self.titles)}")
        sections = tuple(s for d in self.sections if (s := d.section()))
        self.builder.check_unique_ids()
        if any(p.severity == "error" for p in self.problems):
            raise ContentError(self.problems)
        if not sections and not any(g.definition for g in self.glossary.values()):
            self.warn(1, "", "nothing in this article can become a card "
                      "(see docs/markdown.md for what is recognised)")
        article = Article(
            id=slugify(front.get("id") or self.path.stem) or "article",
            title=title,
            deck=front.get("deck") or title,
            path=self.path,
            concepts=tuple(self.concepts),
            glossary=tuple(self.glossary.values()),
            references=tuple(self.references),
            bibliography=self.bibliography,
            footnotes=tuple(self.footnotes),
            sections=sections,
            skipped=tuple(sorted(self.skipped, key=lambda t: t.line)),
        )
        return article, self.problems

    def front_matter(self, yaml_text: str) -> dict[str, str]:
        if not yaml_text.strip():
            return {}
        root = compose(self.name, yaml_text, is_json=False)
        keys = self.builder.mapping(root, "", FRONT_MATTER_KEYS, "the front matter")
        if keys is None:
            raise ContentError(self.problems)
        b = self.builder
        values = {k: v for k in ("id", "title", "deck") if (v := b.name_value(keys.get(k), k))}
        self.concepts = list(b.read_concepts(keys.get("concepts")))
        for term in b.read_glossary(keys.get("glossary")):
            self.glossary.setdefault(term.term.casefold(), term)
        self.references = list(b.read_references(keys.get("references")))
        self.bibliography = b.read_bibliography(keys.get("bibliography"))
        self.read_topics(keys.get("topics"))
        return values

    def read_topics(self, node: yaml.Node | None) -> None:
        """`topics:` maps a heading, list title or table title to the topic its notes get."""
        if node is None or not self.builder.visit(node, "topics"):
            return
        if not isinstance(node, yaml.MappingNode):
            self.builder.error(node, "topics", "expected a mapping of heading: topic")
            return
        for key_node, value_node in node.value:
            key = self.builder.name_value(key_node, "topics")
            topic = self.builder.topic(value_node, f"topics.{key}")
            if not (key and topic):
                continue
            slug, line = _slug(key) or slugify(key), key_node.start_mark.line + 1
            if slug in self.topics:
                self.error(line, f"topics.{key}", f"{key!r} is listed twice (also on line "
                           f"{self.topics[slug][1]}); keep one")
                continue
            self.topics[slug] = (topic, line, key)

    def topic_for(self, title: str, default: str) -> str:
        self.titles.append(title)
        slug = _slug(title) or slugify(title)
        if slug in self.topics:
            self.used_topics.add(slug)
            return self.topics[slug][0]
        return default

    # -- first pass: what the tables and headings declare ----------------------------------
    def title_heading(self, blocks: list[SyntaxTreeNode]) -> SyntaxTreeNode | None:
        """The first heading, when no other heading is at its level or above."""
        headings = [b for b in blocks if b.type == "heading"]
        if not headings:
            return None
        first = headings[0]
        if any(_level(h) <= _level(first) for h in headings[1:]):
            return None
        return first

    def first_heading(self, blocks: list[SyntaxTreeNode]) -> str:
        return next((_inline(_inline_child(b)).plain for b in blocks if b.type == "heading"), "")

    def known_concept(self, name: str) -> str | None:
        for concept in self.concepts:
            if term_pattern(concept.name, concept.forms).fullmatch(name):
                return concept.name
        return None

    def collect_concepts(self, blocks: list[SyntaxTreeNode]) -> None:
        """Concepts are the front matter's, else the comparison tables' column headers."""
        declared = bool(self.concepts)
        self.tables: dict[int, _Table] = {}
        for block in blocks:
            if block.type != "table":
                continue
            table = self.tables[id(block)] = _table(block)
            self.classify(table, declared)

    def classify(self, table: _Table, declared: bool) -> None:
        names = [strip_emoji(h.plain) for h in table.header]
        cells = [c for r in table.rows for c in r.cells if c.plain]
        if not table.rows:
            table.why = "a table with no rows"
        elif cells and all(_labelled(c.text) for c in cells):
            table.shape = "lists"
        elif len(names) >= 3:
            concepts = names[1:]
            if len(concepts) > MAX_CONCEPTS:
                table.why = (f"{len(concepts)} concept columns; a comparison has at most "
                             f"{MAX_CONCEPTS}")
                return
            if not all(concepts):
                table.why = "a comparison needs a concept name above every column but the first"
                return
            resolved = []
            for name in concepts:
                known = self.known_concept(name)
                if known is None and declared:
                    listed = ", ".join(c.name for c in self.concepts)
                    table.why = (f'column "{name}" is not one of the front matter\'s concepts '
                                 f"({listed})")
                    return
                if known is None:
                    self.concepts.append(Concept(name, (), table.line))
                    known = name
                resolved.append(known)
            if len({n.casefold() for n in resolved}) < len(resolved):
                table.why = "a concept is named twice in the header"
                return
            table.shape, table.concepts = "comparison", resolved
        elif len(names) == 2 and (_slug(names[0]) in _TERM_HEADERS
                                  or _slug(names[1]) in _MEANING_HEADERS):
            table.shape = "glossary"
        else:
            table.why = ("not a comparison ([dimension, concept, concept...]), a "
                         '"Term | Meaning" glossary or lists of "**Label**: text" cells')

    def collect_glossary(self, blocks: list[SyntaxTreeNode]) -> None:
        """Glossary tables are read before the text so every paragraph can define a term."""
        heading = ""
        for block in blocks:
            if block.type == "heading":
                heading = strip_emoji(_inline(_inline_child(block)).plain)
            table = self.tables.get(id(block)) if block.type == "table" else None
            if table is None or table.shape != "glossary":
                continue
            for row in table.rows:
                term, meaning = row.cells[0].plain, row.cells[1]
                if not term or not meaning.text:
                    self.skip(row.line, f'glossary row "{term}"', "a term and a meaning are "
                              "both needed")
                    continue
                self.add_glossary(GlossaryTerm(term, Text(meaning.text, row.line), (), row.line,
                                               heading))

    def add_glossary(self, term: GlossaryTerm) -> None:
        known = self.glossary.get(term.term.casefold())
        if known is None:
            self.glossary[term.term.casefold()] = term
        elif known.definition is None:  # named in the front matter, defined in the text
            self.glossary[term.term.casefold()] = GlossaryTerm(
                known.term, term.definition, known.forms, known.line, term.heading)
        else:
            self.warn(term.line, "glossary", f'"{term.term}" is defined twice (also on line '
                      f"{known.line}); the first definition is used")

    # -- second pass: the text, in order -------------------------------------------------------
    def walk(self, blocks: list[SyntaxTreeNode], title_heading: SyntaxTreeNode | None) -> None:
        self.stack: list[tuple[int, str, str]] = []  # (level, topic, id) of open headings
        self.mode = "text"  # "references" or "glossary" under those headings
        self.current: _SectionDraft | None = None
        self.block_line = 1
        in_admonition = 0  # line of an open ":::" block
        index = 0
        while index < len(blocks):
            block, following = blocks[index], blocks[index + 1] if index + 1 < len(blocks) else None
            index += 1
            line = self.block_line = _line(block)
            if in_admonition:  # a ":::" block runs until a paragraph that closes it
                if block.type == "paragraph" and _FENCE_CLOSE.search(
                        _inline(_inline_child(block)).plain.split(" ")[-1]):
                    in_admonition = 0
                continue
            if block is title_heading:
                continue
            if block.type == "heading":
                self.heading(block)
            elif block.type == "paragraph":
                text = _inline(_inline_child(block))
                if _ADMONITION.match(text.plain):
                    opening = _inline_child(block).content.split("\n")[0].strip()
                    self.skip(line, f"admonition {opening}",
                              "asides make no card; write the point as a paragraph")
                    if text.plain.startswith(":::") and not text.plain.endswith(":::"):
                        in_admonition = line
                    # Python-Markdown's indented admonition body parses as code after a blank line.
                    while index < len(blocks) and blocks[index].type == "code_block":
                        index += 1
                    continue
                lead_in = self.lead_in(text, following)
                if lead_in is not None:
                    index += 1
                    self.container(following, lead_in)
                else:
                    self.paragraph(text, line)
            elif block.type in ("bullet_list", "ordered_list", "table"):
                self.container(block, None)
            elif block.type == "fence":
                language = block.info.split()[0] if block.info.strip() else ""
                if language.casefold() in _DIAGRAM_LANGUAGES:
                    self.skip(line, f"{language} diagram", "diagrams make no card")
                else:
                    self.skip(line, f"code block{' (' + language + ')' if language else ''}",
                              "code makes no card")
            elif block.type == "code_block":
                self.skip(line, "indented code block", "code makes no card")
            elif block.type == "blockquote":
                quoted = _inline(_first_inline(block)).plain
                if quoted.upper().startswith("[!"):
                    self.skip(line, f"admonition {quoted.split(' ')[0]}",
                              "asides make no card; write the point as a paragraph")
                else:
                    self.skip(line, "block quote", "quoted text makes no card")
            elif block.type == "footnote_block":
                self.read_footnotes(block)
            elif block.type == "html_block":
                if not block.content.lstrip().startswith("<!--"):  # a comment is not content
                    self.skip(line, "raw HTML", "HTML makes no card")
            elif block.type != "hr":
                self.skip(line, block.type.replace("_", " "), "not recognised")
        if in_admonition:
            self.warn(in_admonition, "", "the `:::` block opened here is never closed; "
                      "everything after it was skipped")

    def read_footnotes(self, block: SyntaxTreeNode) -> None:
        """Each footnote's text: a reference makes its markers citations, a remark is cut."""
        for note in block.children:
            paragraphs = [c for c in note.children if c.type == "paragraph"]
            text = " ".join(_inline(_inline_child(p)).plain for p in paragraphs).strip()
            line = _line(paragraphs[0]) if paragraphs else self.block_line
            self.footnotes.append(Footnote(note.meta.get("label", ""), Text(text, line)))

    def section(self) -> _SectionDraft:
        """The section text goes into: before any heading, the article's introduction."""
        if self.current is None:
            # Not on the heading stack: the introduction is no parent of what follows.
            self.current = self.new_section(INTRODUCTION, 0, self.block_line)
            self.stack.pop()
        return self.current

    def new_section(self, title: str, level: int, line: int) -> _SectionDraft:
        while self.stack and self.stack[-1][0] >= level:
            self.stack.pop()
        own = _slug(title) or "section"
        parent_topic = self.stack[-1][1] if self.stack else ""
        parent_id = self.stack[-1][2] if self.stack else ""
        topic = self.topic_for(title, f"{parent_topic}::{own}" if parent_topic else own)
        # Two "Examples" headings under different parents are two sections.
        section_id = own
        if section_id in self.section_ids and parent_id:
            section_id = f"{parent_id}-{own}"
        section_id = _unique(section_id, self.section_ids)
        self.stack.append((level, topic, section_id))
        draft = _SectionDraft(title, section_id, topic_slug(topic), line)
        self.sections.append(draft)
        return draft

    def heading(self, block: SyntaxTreeNode) -> None:
        title = _inline(_inline_child(block)).plain
        level = _level(block)
        kind = _slug(title)
        self.mode = ("references" if kind in _REFERENCE_HEADINGS
                     else "glossary" if kind in _GLOSSARY_HEADINGS else "text")
        self.current = self.new_section(title, level, _line(block))

    def lead_in(self, text: _Inline, following: SyntaxTreeNode | None) -> str | None:
        """"Key features of TCP:" right above a list or table is its title."""
        if following is None or following.type not in ("bullet_list", "ordered_list", "table"):
            return None
        plain = text.plain
        if plain.endswith(":") and _words(plain) <= MAX_LEAD_IN_WORDS:
            return plain[:-1].strip()
        return None

    def paragraph(self, text: _Inline, line: int) -> None:
        for alt in text.images:
            self.skip(line, f'image "{alt}"', "images make no card")
        if not text.text:
            if not text.images:
                self.skip(line, "paragraph with no text", "nothing to ask")
            return
        if self.mode == "references":
            self.references.append(Text(text.plain, line))
            return
        definition = self.definition(text.text, line)
        if definition is not None:
            self.section().definitions.append(definition)
        else:
            self.section().facts.append(Fact(Text(text.text, line)))

    def definition(self, text: str, line: int) -> Definition | None:
        """A paragraph opening "<concept or glossary term> is ..." defines it."""
        match = _DEFINITION.match(text)
        if not match:
            return None
        written = match["term"]
        name = unmark(written).strip()
        term = self.concept_names.get(name.casefold()) or next(
            (g.term for g in self.glossary.values()
             if name.casefold() in {g.term.casefold(), *(f.casefold() for f in g.forms)}),
            None,
        )
        if term is None:
            return None
        definition = Definition(term, Text(text, line), None, line)
        # The term is hidden as the definition's answer; a mark of its own adds nothing.
        if written.startswith("**") and written.endswith("**"):
            start = match.start("term")
            definition = Definition(
                term, Text(text[:start] + name + text[match.end("term"):], line), None, line)
        if definition_key(definition) in self.defined:
            return None  # a second paragraph opening the same way is an ordinary fact
        self.defined.add(definition_key(definition))
        return definition

    # -- lists and tables ----------------------------------------------------------------------
    def container(self, block: SyntaxTreeNode, title: str | None) -> None:
        if block.type == "table":
            self.table(self.tables[id(block)], title)  # every top-level table is classified
        else:
            self.list_block(block, title)

    def list_block(self, block: SyntaxTreeNode, title: str | None) -> None:
        entries: list[tuple[_Inline, int]] = []
        for item in block.children:
            own, nested = [], []
            for child in item.children:
                if child.type == "paragraph":
                    own.append(_inline(_inline_child(child)))
                elif child.type in ("bullet_list", "ordered_list"):
                    nested.append(child)
                else:
                    self.skip(_line(child), f"{child.type.replace('_', ' ')} in a list item",
                              "only text and lists inside list items are read")
            text = _Inline(" ".join(t.text for t in own), [a for t in own for a in t.images])
            line = _line(item)
            if nested and (not text.text or text.plain.endswith(":")):
                # "- Phases:" with a list below: the item titles the nested list.
                for child in nested:
                    self.list_block(child, text.plain.rstrip(":").strip() or title)
                continue
            entries.append((text, line))
            for child in nested:
                self.list_block(child, None)
        if not entries:
            return
        if self.mode == "references":
            # A numbered list keeps its numbers: "[3]" in the text cites its entry 3.
            numbers = {_line(item): item.info for item in block.children}
            ordered = block.type == "ordered_list"
            self.references.extend(
                Text(f"{numbers.get(line)}. {t.plain}" if ordered and numbers.get(line)
                     else t.plain, line)
                for t, line in entries if t.plain)
            return
        labelled = [_labelled(t.text) for t, _ in entries]
        if all(labelled):
            for text, line in entries:
                for alt in text.images:
                    self.skip(line, f'image "{alt}"', "images make no card")
            pairs = [(label, rest, line) for (label, rest), (_, line) in
                     zip(labelled, entries, strict=True)]
            if self.mode == "glossary":
                for label, rest, line in pairs:
                    self.add_glossary(GlossaryTerm(unmark(label), Text(rest, line), (), line))
                return
            self.labelled_list(title or self.section().title, pairs, _line(block))
            return
        for text, line in entries:
            self.paragraph(text, line)

    def labelled_list(self, title: str, pairs, line: int) -> None:
        section = self.section()
        title = unmark(title)
        list_id = _unique(slugify(title) or "list", self.container_ids)
        items = []
        for label, rest, item_line in pairs:
            item = ListItem(unmark(label), Text(rest, item_line), None, item_line)
            key = item_key(LabelledList(list_id, title, "", ()), item)
            self.builder.claim(key, item_line, "", f'item "{item.label}"')
            items.append(item)
        named = [c.name for c in self.concepts if term_pattern(c.name, c.forms).search(title)]
        section.lists.append(LabelledList(
            list_id, title, topic_slug(self.topic_for(title, section.topic)), tuple(items),
            named[0] if len(named) == 1 else None, line,
        ))

    def table(self, table: _Table, title: str | None) -> None:
        if self.mode == "references":
            self.skip(table.line, "table", "a table among the references makes no card")
            return
        if table.shape == "glossary":
            return  # read before the text (collect_glossary)
        if table.shape == "lists":
            for column, head in enumerate(table.header):
                pairs = [(*lab, row.line) for row in table.rows
                         if column < len(row.cells) and (lab := _labelled(row.cells[column].text))]
                if pairs:
                    self.labelled_list(head.plain or title or self.section().title, pairs,
                                       table.line)
            return
        if table.shape != "comparison":
            self.skip(table.line, "table", table.why)
            return
        self.comparison(table, title or self.section().title)

    def comparison(self, table: _Table, title: str) -> None:
        section = self.section()
        title = unmark(title)
        comparison_id = _unique(slugify(title) or "table", self.container_ids)
        stub = Comparison(comparison_id, title, "", (), (), "")
        rows = []
        for row in table.rows:
            dimension = row.cells[0].plain
            if not dimension:
                self.skip(row.line, "table row", "the first cell names no dimension")
                continue
            cells = {name: Text(cell.text, row.line)
                     for name, cell in zip(table.concepts, row.cells[1:], strict=False)
                     if cell.text}
            missing = [n for n in table.concepts if n not in cells]
            if missing:
                self.skip(row.line, f'row "{dimension}"', f"no text for {', '.join(missing)}")
                continue
            result = ComparisonRow(dimension, cells, None, row.line)
            self.builder.claim(row_key(stub, result), row.line, "", f'dimension "{dimension}"')
            rows.append(result)
        if not rows:
            return  # every row was skipped, and each one is listed
        kind = "similarity" if _SIMILARITY.search(title) else "difference"
        section.comparisons.append(Comparison(
            comparison_id, title, kind, tuple(table.concepts), tuple(rows),
            topic_slug(self.topic_for(title, section.topic)), table.line,
        ))


def _level(heading: SyntaxTreeNode) -> int:
    return int(heading.tag[1:])  # h1 .. h6


def _first_inline(node: SyntaxTreeNode) -> SyntaxTreeNode | None:
    for child in node.walk():
        if child.type == "inline":
            return child
    return None


def _unique(value: str, taken: set[str]) -> str:
    """`value`, or `value-2`, `value-3`...: the first one not taken (which it then is)."""
    candidate, number = value, 1
    while candidate in taken:
        number += 1
        candidate = f"{value}-{number}"
    taken.add(candidate)
    return candidate

