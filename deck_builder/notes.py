"""The types several steps of the pipeline share: a note as generated (NoteSpec, with its
Spans of plain text), what a note can be selected by (Facets), and a note ready to
package (OutNote). They live here, not in the step that makes them, so a later step
(select, package, preview, sync) depends on the data, not on the step before it.
"""

from __future__ import annotations

from dataclasses import dataclass

from deck_builder.citations import Citation
from deck_builder.content import Article, Image

# What a card shows where a name is masked (concept names, give-aways, alt text).
MASK = "[…]"


@dataclass(frozen=True)
class Spans:
    """Plain text with phrases picked out: cloze targets, or names to mask."""

    text: str
    spans: tuple[tuple[int, int, str], ...] = ()  # (start, end, target key), sorted


@dataclass(frozen=True)
class Facets:
    """What a note can be selected by (select.py); removed notes get them from the lock."""

    topic: str
    section: str
    kind: str
    cites: tuple[str, ...]
    article: str

    def values(self, dimension: str) -> tuple[str, ...]:
        if dimension == "cite":
            return self.cites
        if dimension == "topic":
            # A note in individualism::strengths is also in individualism.
            parts = self.topic.split("::")
            return tuple("::".join(parts[: i + 1]) for i in range(len(parts)))
        return (getattr(self, dimension),)


@dataclass
class NoteSpec:
    kind: str  # a key of anki.note_types.NOTE_TYPES
    article: Article
    key: str  # structural key within the article (content.py)
    label: str  # how reports and previews name the note
    section: str
    topic: str
    line: int
    citations: tuple[Citation, ...]
    # Every source line a kept cloze comes from, when they are more than `line` (a grouped
    # list's note covers each item whose cloze it asks); else empty.
    lines: tuple[int, ...] = ()
    remarks: tuple[str, ...] = ()  # footnotes that are no reference, shown on the back
    explicit_id: bool = False
    # cloze notes
    text: Spans | None = None
    context: Spans | None = None
    targets: tuple[str, ...] = ()  # target keys in first-build numbering order
    # Where the text's sentences after the first begin, when it is long enough that the
    # front shows only the part around its gap (quality.sentence_starts); else empty.
    sentences: tuple[int, ...] = ()
    # The cue a gap shows instead of "[...]", by target key: a gap hiding one of the
    # concepts the article compares names the choices ("[Individualism or Collectivism?]").
    hints: tuple[tuple[str, str], ...] = ()
    # compare notes
    dimension: str = ""
    comparison: str = ""
    masked_dimension: Spans | None = None
    cells: tuple[tuple[str, str, Spans], ...] = ()  # (concept, text, text with names masked)
    # Each cell as its "recall" card asks it: the phrase to recall (the gap, key "ask") with
    # its give-away words; an empty text where the cell makes no such card.
    asks: tuple[Spans, ...] = ()
    # The keys of the works each cell cites, in cell order: a work of one cell is that
    # cell's source, not the whole row's (render.source_html).
    cell_citations: tuple[tuple[str, ...], ...] = ()
    section_tags: tuple[str, ...] = ()  # the section's own tags (Markdown inline `#tags`)
    # images: the image behind each mark in the note's text (content.image_mark), with its
    # alt text masked as the note's text is; figures: (mark, caption) shown on the back.
    images: dict[str, tuple[Image, str]] | None = None
    figures: tuple[tuple[str, str], ...] = ()

    @property
    def article_id(self) -> str:
        return self.article.id

    @property
    def facets(self) -> Facets:
        return Facets(self.topic, self.section, self.kind,
                      tuple(c.key for c in self.citations), self.article.id)

    @property
    def tags(self) -> tuple[str, ...]:
        """Topic, article and one `cite::` tag per work; Anki forbids spaces in tags."""
        tags = {f"topic::{self.topic}", f"article::{self.article.id}"}
        tags.update(f"cite::{c.key}" for c in self.citations)
        tags.update(self.article.tags)
        tags.update(self.section_tags)
        return tuple(sorted(tags))


@dataclass
class OutNote:
    """A note ready to package: from the content, or a removed one carried once more."""

    guid: str
    note_id: int
    kind: str
    fields: list[str]
    tags: list[str]
    mod: int
    article: str
    key: str
    label: str
    status: str  # new, updated, unchanged, removed
    facets: Facets
    line: int = 0  # where the item starts in its article; 0 for a removed note
    lines: tuple[int, ...] = ()  # NoteSpec.lines: the source lines its clozes come from
