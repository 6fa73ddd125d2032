"""Turn an article into note specs: what each note says and which phrases it hides.

A spec is still plain text plus spans; render.py turns it into Anki's HTML and cloze
syntax once identify.py has given every hidden phrase its stable cloze number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from deck_builder.citations import (
    Citation,
    Sources,
    entry_number,
    find_citations,
    merge_citations,
    numbered_references,
    parse_reference,
    strip_citations,
)
from deck_builder.content import (
    Article,
    Comparison,
    ComparisonRow,
    Figure,
    Section,
    Text,
    definition_key,
    fact_key,
    figure_key,
    glossary_key,
    image_index,
    item_key,
    row_key,
)
from deck_builder.errors import Problem, display_path
from deck_builder.notes import NoteSpec, Spans
from deck_builder.text import (
    UniqueNames,
    cuts_math,
    marks,
    math_spans,
    slugify,
    term_pattern,
    unmark,
)


@dataclass
class Generated:
    notes: list[NoteSpec]
    problems: list[Problem]  # warnings: unreadable citations, content with no card
    sources: dict[str, dict[str, tuple[Citation, str | None]]]  # article -> key -> (form, ref)


@dataclass
class _Target:
    key: str
    pattern: re.Pattern[str]


class _ArticleNotes:
    def __init__(self, article: Article, sources: Sources):
        self.article = article
        self.sources = sources
        self.file = display_path(article.path)
        self.problems: list[Problem] = []
        self.notes: list[NoteSpec] = []
        self.all_citations: list[Citation] = []
        # Where each work is first cited, for "cited but not in `references:`".
        self.first_cited: dict[str, tuple[int, str]] = {}
        # Footnotes that are remarks, from the texts cleaned for the note being made.
        self.remarks: list[str] = []
        # Fact keys come from the section and the fact's opening words, so two facts can
        # share one (the same sentence in two sections of one title); every later one
        # gets a numbered key so no two notes ever share an identity.
        self.fact_keys = UniqueNames()
        self.concepts = {c.name: c for c in article.concepts}
        self.concept_targets = [
            _Target(f"concept:{slugify(c.name)}", term_pattern(c.name, c.forms))
            for c in article.concepts
        ]
        self.glossary_targets = [
            _Target(f"term:{slugify(g.term)}", term_pattern(g.term, g.forms))
            for g in article.glossary
        ]
        self.named_targets = _named_targets(article)
        self.section_tags: tuple[str, ...] = ()  # of the section being generated

    # -- text helpers ----------------------------------------------------------------
    def clean(self, text: Text, field_path: str) -> tuple[str, list[tuple[int, int, str]],
                                                          tuple[Citation, ...]]:
        """The sentence as the learner reads it, its explicit marks, and the works it cites."""
        field_path = text.field or field_path
        spans, problems = find_citations(text.value, self.sources)
        for problem in problems:
            line = text.line + text.value.count("\n", 0, problem.start)
            self.problems.append(Problem(self.file, line, field_path, problem.message, "warning"))
        stripped = strip_citations(text.value, spans)
        cited = tuple(c for span in spans for c in span.citations)
        self.remarks.extend(span.remark for span in spans if span.remark)
        for citation in cited:
            self.first_cited.setdefault(citation.key, (text.line, field_path))
        self.all_citations.extend(cited)
        return unmark(stripped), marks(stripped), cited

    def take_remarks(self) -> tuple[str, ...]:
        """The remarks of the texts cleaned since the last note, each once."""
        remarks, self.remarks = tuple(dict.fromkeys(self.remarks)), []
        return remarks

    def note(self, *, figures=(), mask=(), **values) -> NoteSpec:
        spec = NoteSpec(article=self.article, section_tags=self.section_tags, **values)
        self.add_images(spec, figures, mask)
        self.notes.append(spec)
        return spec

    def add_images(self, spec: NoteSpec, figures, mask: list[_Target]) -> None:
        """The images the note shows, each alt text masked as its text is (the alt shows
        where an image cannot load, and to screen readers), and its figures' captions."""
        texts = [spec.text.text if spec.text else "", spec.context.text if spec.context else "",
                 spec.dimension, spec.comparison, *(text for _, text, _ in spec.cells)]
        texts += [figure.image for figure in figures]
        marks = {c for text in texts if not text.isascii() for c in text
                 if image_index(c) is not None}
        if not marks:
            return
        images = {}
        for mark in sorted(marks):
            image = self.article.images[image_index(mark)]
            alt = unmark(strip_citations(image.alt, find_citations(image.alt)[0]))
            images[mark] = (image, _MASK_TEXT.join(_split_masked(alt, mask)))
        spec.images = images
        spec.figures = tuple((f.image, self.caption(f)) for f in figures)

    def caption(self, figure: Figure) -> str:
        if figure.caption is None:
            return ""
        value = figure.caption.value
        return unmark(strip_citations(value, find_citations(value)[0]))

    # -- items -------------------------------------------------------------------------
    def generate(self) -> list[NoteSpec]:
        for section in self.article.sections:
            self.section(section)
        self.glossary()
        return self.notes

    def glossary(self) -> None:
        self.section_tags = ()
        for term in self.article.glossary:
            if term.definition is None:
                continue
            plain, marked, cited = self.clean(term.definition, "glossary.definition")
            pattern = term_pattern(term.term, term.forms)
            if not pattern.search(plain):
                plain, marked = _prefixed(term.term, plain, marked)
            self.cloze(
                key=glossary_key(term), label=term.term, section="glossary",
                topic="glossary", line=term.line, citations=cited, plain=plain, marked=marked,
                first=[_Target("term", pattern)], context="Glossary", explicit_id=False,
            )

    def section(self, section: Section) -> None:
        self.section_tags = section.tags
        shared = section.figures  # on the back of every note of the section
        notes_before = len(self.notes)
        for definition in section.definitions:
            plain, marked, cited = self.clean(definition.text, "definitions.text")
            concept = self.concepts.get(definition.term)
            forms = concept.forms if concept else ()
            self.cloze(
                key=definition_key(definition), label=definition.term, section=section.id,
                topic=section.topic, line=definition.line, citations=cited, plain=plain,
                marked=marked, first=[_Target("term", term_pattern(definition.term, forms))],
                context=section.title, explicit_id=bool(definition.id),
                figures=_with(shared, definition.figure),
            )
        for fact in section.facts:
            plain, marked, cited = self.clean(fact.text, "facts")
            # Two facts opening with the same words: the second keeps a distinct key.
            key = self.fact_keys.claim(fact_key(section, fact))
            found = self.cloze(
                key=key, label=" ".join(plain.split()[:8]) + "…", section=section.id,
                topic=section.topic, line=fact.text.line, citations=cited, plain=plain,
                marked=marked, first=[], context=section.title, explicit_id=bool(fact.id),
                fallback_to_concepts=True, figures=_with(shared, fact.figure),
            )
            if not found:
                self.problems.append(Problem(
                    self.file, fact.text.line, fact.text.field or "facts",
                    "no card: the fact names no concept, glossary term or **marked** phrase",
                    "info",
                ))
        for labelled in section.lists:
            for item in labelled.items:
                plain, marked, cited = self.clean(item.text, "items.text")
                label = unmark(item.label)
                text, marked = _prefixed(label, plain, marked)
                self.cloze(
                    key=item_key(labelled, item), label=label, section=section.id,
                    topic=labelled.topic, line=item.line, citations=cited, plain=text,
                    marked=marked,
                    first=[_Target("label", term_pattern(label))],
                    context=labelled.title, explicit_id=bool(item.id),
                    figures=_with(shared, item.figure),
                )
        for comparison in section.comparisons:
            for row in comparison.rows:
                self.compare(section, comparison, row, _with(shared, row.figure))
        self.figure_notes(section)
        if shared and len(self.notes) == notes_before:
            for figure in shared:
                self.problems.append(Problem(
                    self.file, figure.line, "image", "no card shows this figure: its section "
                    "makes no note (mark a phrase in its caption to make one)", "warning"))

    def figure_notes(self, section: Section) -> None:
        """A figure whose caption marks a phrase is a cloze note: the image, and the
        caption with the phrase hidden."""
        for figure in section.figures:
            if figure.caption is None:
                continue
            plain, marked, cited = self.clean(figure.caption, "image")
            if not marked:
                continue
            text, marked = _prefixed(figure.image, plain, marked, " ")
            self.cloze(
                key=figure_key(section, figure), label=f"figure: {' '.join(plain.split()[:6])}",
                section=section.id, topic=section.topic, line=figure.line, citations=cited,
                plain=text, marked=marked, first=[], context=section.title, explicit_id=False,
            )

    def cloze(self, *, key, label, section, topic, line, citations, plain, marked, first,
              context, explicit_id, fallback_to_concepts=False, figures=()) -> bool:
        """Add a cloze note unless nothing in it can be hidden; True when added."""
        remarks = self.take_remarks()
        targets = list(first)
        targets += [_Target(f"mark:{phrase.casefold()}", term_pattern(phrase))
                    for _, _, phrase in marked]
        targets += [t for t in self.glossary_targets if t.pattern.search(plain)]
        if fallback_to_concepts and not targets:
            targets = [t for t in self.concept_targets if t.pattern.search(plain)]
        if fallback_to_concepts and not targets:
            targets = _named_in(plain, self.named_targets)
        spans, kept = _hide(plain, _unique(targets))
        if not kept:
            return False
        kept_keys = set(kept)
        self.note(
            kind="cloze", key=key, label=label, section=section, topic=topic, line=line,
            citations=_unique_citations(citations), explicit_id=explicit_id,
            text=Spans(plain, spans),
            context=_masked(context, [t for t in targets if t.key in kept_keys]),
            targets=tuple(kept), remarks=remarks, figures=figures,
            mask=[t for t in targets if t.key in kept_keys],
        )
        return True

    def compare(self, section: Section, comparison: Comparison, row: ComparisonRow,
                figures: tuple[Figure, ...] = ()) -> None:
        names = [self.concepts[name] for name in comparison.concepts]
        # Every concept of the row is masked on every "which one?" card: hiding only the
        # asked one would let the learner answer by elimination.
        mask = [_Target("concept", term_pattern(c.name, c.forms)) for c in names]
        cells, cited_all = [], []
        for concept in names:
            plain, _, cited = self.clean(row.cells[concept.name], f"rows.cells.{concept.name}")
            cited_all.extend(cited)
            cells.append((concept.name, plain, _masked(plain, mask)))
        self.note(
            kind="compare", key=row_key(comparison, row), label=row.dimension,
            section=section.id, topic=comparison.topic, line=row.line,
            citations=_unique_citations(cited_all), explicit_id=bool(row.id),
            dimension=row.dimension, comparison=comparison.title,
            masked_dimension=_masked(row.dimension, mask),
            cells=tuple(cells), remarks=self.take_remarks(), figures=figures, mask=mask,
        )


def _named_targets(article: Article) -> list[_Target]:
    """The terms the article itself defines or names (Markdown: definitions, labels,
    short headings), longest first: a fact with no mark hides the ones it names."""
    terms = sorted(dict.fromkeys(article.terms), key=len, reverse=True)
    return [_Target(f"term:{slugify(t)}", term_pattern(t)) for t in terms if slugify(t)]


def _named_in(plain: str, targets: list[_Target]) -> list[_Target]:
    """The named terms a fact mentions, a term inside a longer one found left out."""
    found = [t for t in targets if t.pattern.search(plain)]
    return found[:3]


def _prefixed(label: str, plain: str, marked: list[tuple[int, int, str]], between=" — "):
    """"Label — text", with the text's marks moved along by the label's length."""
    shift = len(label) + len(between)
    return f"{label}{between}{plain}", [(s + shift, e + shift, p) for s, e, p in marked]


def _with(shared: tuple[Figure, ...], own: Figure | None) -> tuple[Figure, ...]:
    return (*shared, own) if own is not None else shared


_MASK_TEXT = "[…]"


def _split_masked(text: str, targets: list[_Target]) -> list[str]:
    """The text cut where the targets occur: joined with a mask, it shows none of them."""
    pieces, position = [], 0
    for start, end, _ in _hide(text, targets, drop=False)[0]:
        pieces.append(text[position:start])
        position = end
    pieces.append(text[position:])
    return pieces


def _masked(text: str, targets: list[_Target]) -> Spans:
    """Every occurrence of the targets picked out, to be shown as a mask (render.py)."""
    return Spans(text, _hide(text, targets, drop=False)[0])


def _unique(targets: list[_Target]) -> list[_Target]:
    seen, result = set(), []
    for target in targets:
        if target.key not in seen:
            seen.add(target.key)
            result.append(target)
    return result


def _unique_citations(citations) -> tuple[Citation, ...]:
    seen: dict[str, Citation] = {}
    for c in citations:
        seen.setdefault(c.key, c)
    return tuple(seen.values())


def _hide(text: str, targets: list[_Target], drop: bool = True):
    """Spans of every occurrence of every target, and the target keys that survive.

    Longer phrases win where two overlap. With `drop`, a target that occurs inside
    another target's phrase is dropped from the note altogether: on its own card the
    other cloze would be shown in full and give its answer away.
    """
    found = []
    formulas = math_spans(text)  # nothing inside math is hidden or masked on its own
    for order, target in enumerate(targets):
        for m in target.pattern.finditer(text):
            if m.end() > m.start() and not cuts_math(formulas, m.start(), m.end()):
                found.append((m.start(), -(m.end() - m.start()), order, m.end(), target.key))
    found.sort()
    accepted, blocked, end_of_last = [], set(), -1
    for start, _, _, end, key in found:
        if start < end_of_last:
            blocked.add(key)
            continue
        accepted.append((start, end, key))
        end_of_last = end
    if drop:
        accepted = [s for s in accepted if s[2] not in blocked]
    shown = {s[2] for s in accepted}  # a set: a fact of 60,000 marks has 60,000 targets
    kept = [t.key for t in targets if t.key in shown]
    return tuple(accepted), kept


def _no_note(file: str) -> Problem:
    """An article that makes no note is named, never passed over in silence."""
    return Problem(file, 1, "", "this article made no note; `deck-builder check "
                   f"{file}` gives the reason for each block", "warning")


def _sources(article: Article, file: str, problems: list[Problem]):
    """What the article's citations resolve against, and each listed work's reference.

    A reference list whose every entry is written with its number ("1. …", "[1] …") is
    numbered and "[1]" cites it; any list also serves author–date citations by key.
    """
    references: dict[str, str] = {}
    entries = [ref.value for ref in article.references]
    listed = numbered_references(entries)
    # An entry with a number already used is still a work cited by author and year.
    for ref, reference in zip(article.references, map(parse_reference, entries), strict=True):
        if reference is None:
            problems.append(Problem(file, ref.line, ref.field or "references",
                                    "cannot read the first author and year of this "
                                    'reference; references start "Author, A. (2001).", '
                                    'or "Author AB. Title. 2001.", so it matches no citation',
                                    "warning"))
        else:
            references.setdefault(reference.key, reference.text)
    numbered = {}
    if entries and all(entry_number(entry)[0] for entry in entries):
        numbered = {n: r for n, r in listed.items() if r is not None}
    footnotes = {note.label: parse_reference(note.text.value) or note.text.value
                 for note in article.footnotes}
    bibliography = article.bibliography
    sources = Sources(numbered, footnotes, bibliography.references if bibliography else {},
                      bibliography.name if bibliography else "")
    return sources, references


def generate(articles: list[Article], track=None) -> Generated:
    """Note specs for every article; `track` reports progress over them (build.plan_build)."""
    notes: list[NoteSpec] = []
    problems: list[Problem] = []
    sources: dict[str, dict[str, tuple[Citation, str | None]]] = {}
    for article in track("Generating", articles) if track else articles:
        file = display_path(article.path)
        article_sources, references = _sources(article, file, problems)
        builder = _ArticleNotes(article, article_sources)
        article_notes = builder.generate()
        if not article_notes:
            problems.append(_no_note(builder.file))
        for key, text in article_sources.references().items():
            references.setdefault(key, text)
        merged = merge_citations(builder.all_citations)
        if references:
            for key, citation in merged.items():
                if key not in references:
                    line, field_path = builder.first_cited[key]
                    problems.append(Problem(
                        builder.file, line, field_path,
                        f"{citation.display()} is cited but not in `references:`; add it "
                        "there or correct the citation", "warning",
                    ))
        sources[article.id] = {k: (c, references.get(k)) for k, c in merged.items()}
        notes.extend(article_notes)
        problems.extend(builder.problems)
    return Generated(notes, problems, sources)

