"""The content model: what an article says, independent of the file format it came from.

Readers (YAML/JSON, Markdown) produce these objects and nothing after them knows which
format the article was written in. Text keeps the author's `**marks**` and in-text
citations; the note generator interprets both.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from deck_builder.bibliography import Bibliography
from deck_builder.text import (  # noqa: F401 (the image marks belong to the model)
    IMAGE_BASE,
    MAX_IMAGES,
    first_words,
    image_index,
    image_mark,
    image_marks,
    key_slug,
    slugify,
    without_images,
)

COMPARISON_KINDS = ("similarity", "difference")

@dataclass(frozen=True)
class Image:
    """An image the article shows: a local file read and checked, or a remote URL."""

    src: str  # as written in the article
    line: int
    alt: str = ""  # text, with the author's **marks**
    title: str = ""
    path: Path | None = None  # the file, resolved; None for a remote image
    digest: str = ""  # sha256 of the file's bytes
    extension: str = ""  # from the bytes: png, jpg, gif, webp, svg
    width: int | None = None  # Obsidian's ![[figure.png|300]]

    @property
    def remote(self) -> bool:
        return self.path is None

    @property
    def media_name(self) -> str:
        """Its name in Anki's one media folder: the content's, so two articles' figure1.png
        never collide, a renamed file changes nothing and an edited one gets a new name."""
        return f"deck-builder-{self.digest[:32]}.{self.extension}" if self.digest else ""


@dataclass(frozen=True)
class Figure:
    """A standalone image with its caption: shown on the back of every note of its
    section (or only of its item's note); a caption with a marked phrase is a cloze."""

    image: str  # its image mark (image_mark) in the article
    caption: Text | None
    line: int = 0


@dataclass(frozen=True)
class Text:
    value: str
    line: int
    # Where the text is in the file ("sections[2].lists[0].items[3].text"), for messages.
    field: str = field(default="", compare=False)


@dataclass(frozen=True)
class Concept:
    name: str
    forms: tuple[str, ...] = ()
    line: int = 0


@dataclass(frozen=True)
class GlossaryTerm:
    term: str
    definition: Text | None = None
    forms: tuple[str, ...] = ()
    line: int = 0
    # The heading above the table or list that defined it, shown on its card instead of
    # a bare "Glossary" (quality.with_title adds the article's title to a generic one).
    heading: str = ""


@dataclass(frozen=True)
class Fact:
    text: Text
    id: str | None = None
    figure: Figure | None = None  # `image:` of a structured article, on its note's back
    # A fact joined from several source lines (a grouped list: one note, a cloze per item):
    # (marked phrase, line) of each item, so the note can say which lines its clozes cover.
    parts: tuple[tuple[str, int], ...] = ()
    # A grouped list that was numbered: its order is the cue to each item (generate.py
    # gives an unordered list's bare names a hint instead).
    ordered: bool = False
    # A numbered list of instructions (md_course._are_steps): each whole step is a gap, the
    # steps around it its cue, as a protocol or method is learned; not a set of names.
    steps: bool = False
    # Other lines the text was read from: the display formula under the sentence leading
    # into it ("其一般形式为" over `$$…$$`), so the note says it holds that block too.
    lines: tuple[int, ...] = ()
    # What to ask where `text` as written makes no card: the same sentence read another
    # way ("自相关函数 \\(R_X\\) = **\\(…\\)**", its formula split into its sides), which
    # no card the text makes gives way to.
    otherwise: Text | None = None


@dataclass(frozen=True)
class Definition:
    term: str
    text: Text
    id: str | None = None
    line: int = 0
    figure: Figure | None = None
    # Whether facts with nothing marked may hide the term in another form: not a quality a
    # condition defines ("A reaction is spontaneous when …"), which other sentences only
    # use ("… predicting whether a reaction is [spontaneous]" was a card; prose18).
    named_elsewhere: bool = True


@dataclass(frozen=True)
class ListItem:
    label: str
    text: Text
    id: str | None = None
    line: int = 0
    figure: Figure | None = None
    # Other lines its text was read from: an explanation nested under a short item, which
    # makes the item its label (Markdown).
    lines: tuple[int, ...] = ()


@dataclass(frozen=True)
class LabelledList:
    id: str
    title: str
    topic: str
    items: tuple[ListItem, ...]
    concept: str | None = None
    line: int = 0


@dataclass(frozen=True)
class ComparisonRow:
    dimension: str
    cells: dict[str, Text]
    id: str | None = None
    line: int = 0
    figure: Figure | None = None


@dataclass(frozen=True)
class Comparison:
    id: str
    title: str
    kind: str
    concepts: tuple[str, ...]
    rows: tuple[ComparisonRow, ...]
    topic: str
    line: int = 0


@dataclass(frozen=True)
class Footnote:
    """A Markdown footnote "[^label]: text"; a reference when its text reads as one."""

    label: str
    text: Text


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    topic: str
    facts: tuple[Fact, ...] = ()
    definitions: tuple[Definition, ...] = ()
    lists: tuple[LabelledList, ...] = ()
    comparisons: tuple[Comparison, ...] = ()
    line: int = 0
    # Anki tags of this section's notes only (an inline `#tag` under a heading, Markdown).
    tags: tuple[str, ...] = ()
    figures: tuple[Figure, ...] = ()  # shown on the back of every note of the section
    # The title is a line its author typed over these items to ask them by (a list's
    # lead-in, a question box's question), not a heading: shown however long, and a
    # question there is a short front's cue (Markdown reader).
    cue: bool = False


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    deck: str
    path: Path
    concepts: tuple[Concept, ...] = ()
    glossary: tuple[GlossaryTerm, ...] = ()
    # Entries written "1. …" or "[1] …" make a numbered list that "[1]" cites.
    references: tuple[Text, ...] = ()
    sections: tuple[Section, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    # The works of the file `bibliography:` names, by Pandoc key (bibliography.py).
    bibliography: Bibliography | None = field(default=None, compare=False)
    # Content that produced no card, kept so `check` can say so (Markdown reader).
    skipped: tuple[Text, ...] = field(default=())
    # Anki tags every note of the article carries (Markdown front matter `tags:`, `#tags`).
    tags: tuple[str, ...] = ()
    # Terms the article itself defines or names (definitions, labels, headings): a fact
    # with no mark hides the ones it names (Markdown reader).
    terms: tuple[str, ...] = ()
    # Names the article links to (Markdown `[[wiki links]]`): hidden only where a fact
    # states nothing else.
    linked: tuple[str, ...] = ()
    id_line: int = 1  # the line of `id:`, for a message about two articles with one id
    digest: str = ""  # of the file's bytes as read, for the build cache (storage/cache.py)
    images: tuple[Image, ...] = ()  # every image, by the index its mark in the text stands for


# -- structural keys -------------------------------------------------------------------
# A note's key names the item it comes from by structure (its list and label, its table
# and dimension), never by its position, so inserting or reordering items leaves every
# other key alone. An explicit `id:` replaces the structural key and is article-wide.
# The lock (identify.py) maps keys to guids and follows a key through renames.
# Names keep their symbols (key_slug): "C++ is" and "C# is" are two items, never one key.


def _explicit(item_id: str | None) -> str | None:
    return f"id/{slugify(item_id)}" if item_id else None


def definition_key(definition: Definition) -> str:
    return _explicit(definition.id) or f"def/{key_slug(definition.term)}"


def glossary_key(term: GlossaryTerm) -> str:
    return f"gloss/{key_slug(term.term)}"


def item_key(labelled_list: LabelledList, item: ListItem) -> str:
    return _explicit(item.id) or f"item/{labelled_list.id}/{key_slug(item.label)}"


def row_key(comparison: Comparison, row: ComparisonRow) -> str:
    return _explicit(row.id) or f"row/{comparison.id}/{key_slug(row.dimension)}"


def fact_key(section: Section, fact: Fact) -> str:
    return _explicit(fact.id) or f"fact/{section.id}/{key_slug(first_words(fact.text.value))}"


def figure_key(section: Section, figure: Figure) -> str:
    caption = figure.caption.value if figure.caption else ""
    return f"figure/{section.id}/{key_slug(first_words(caption))}"
