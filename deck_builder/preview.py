"""One self-contained HTML page with every card of a build, front and back, as Anki shows them.

The cards are those the package gets (genanki decides which exist, as it does when it
writes the .apkg), rendered from the same note types (templates and CSS) by
anki/card_template.py, which renders Anki's template language the way Anki does. The page itself
is a Jinja template, templates/preview/page.html; it loads nothing: styles are inline, the
one script is inline and optional, and a Content-Security-Policy forbids every request.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import genanki
from markupsafe import Markup

from deck_builder.anki.card_template import CardTemplate
from deck_builder.anki.package import MEDIA_REFERENCE
from deck_builder.build import BuildOptions, Plan, plan_build, select_notes
from deck_builder.errors import OutputError, Problem, display_path
from deck_builder.notes import OutNote
from deck_builder.readers.images import MIME_TYPES
from deck_builder.select import Selection
from deck_builder.storage.atomic import write_atomically

PAGE_TEMPLATE = "preview/page.html"
SCRIPT_TEMPLATE = "preview/search.js"
DEFAULT_OUTPUT = Path("build") / "preview.html"


@dataclass(frozen=True)
class PreviewCard:
    note: OutNote
    ord: int  # Anki's card.ord: the template's index, or the cloze number - 1
    template: str
    question: str  # HTML as Anki renders it, without the <style> Anki puts before it
    answer: str
    blank: str | None  # Anki's message when it would show an error instead of the card


@dataclass
class Preview:
    plan: Plan
    notes: list[OutNote]
    cards: list[PreviewCard]
    html: str = ""
    problems: list[Problem] = field(default_factory=list)


class NoteTypeView:
    """A genanki model parsed for rendering: which cards a note has, and how each looks."""

    def __init__(self, model: genanki.Model):
        self.model = model
        self.fields = tuple(f["name"] for f in model.fields)
        self.cloze = model.model_type == genanki.Model.CLOZE
        self.templates = [
            CardTemplate.parse(t["name"], t["qfmt"], t["afmt"], self.fields, self.cloze,
                               where=f"note type \"{model.name}\", ")
            for t in model.templates
        ]

    def cards(self, note: OutNote) -> list[PreviewCard]:
        # genanki decides which cards the package holds (a cloze number, a template whose
        # required fields are filled); asking it keeps the preview's cards the package's.
        ords = sorted(c.ord for c in genanki.Note(model=self.model, fields=note.fields).cards)
        values = dict(zip(self.fields, note.fields, strict=True))
        out = []
        for ord_ in ords:
            template = self.templates[0] if self.cloze else self.templates[ord_]
            rendered = template.render(values, ordinal=ord_ + 1)
            out.append(PreviewCard(note, ord_, template.name, rendered.question, rendered.answer,
                                   rendered.blank))
        return out


def preview_cards(notes: list[OutNote], models: dict[str, genanki.Model]) -> list[PreviewCard]:
    views = {kind: NoteTypeView(model) for kind, model in models.items()}
    return [card for note in notes for card in views[note.kind].cards(note)]


def preview(paths: list[Path], selection: Selection | None = None,
            templates: Path | None = None, now: int | None = None) -> Preview:
    """Plan the build as `deck-builder build` would, and render its cards into a page."""
    # Every file read: a card names the line its item starts on, which the cache does not keep.
    plan = plan_build(paths, BuildOptions(templates=templates, now=now, use_cache=False))
    notes = select_notes(plan, selection or Selection())
    result = Preview(plan, notes, preview_cards(notes, plan.models),
                     problems=plan.problems.warnings())
    result.html = render_page(result)
    return result


def write_preview(path: Path, page: str, create_folder: bool = False) -> None:
    if create_folder:
        path.parent.mkdir(parents=True, exist_ok=True)
    if path.is_dir():
        raise OutputError(f"cannot write {display_path(path)}: it is a folder; give a file name "
                          "ending in .html")
    if not path.parent.is_dir():
        raise OutputError(f"cannot write {display_path(path)}: folder "
                          f"{display_path(path.parent)} does not exist")
    try:
        write_atomically(path, page.encode("utf-8"))
    except OSError as error:
        raise OutputError(f"cannot write {display_path(path)}: {error.strerror}") from None


# -- the page ----------------------------------------------------------------------------
@dataclass
class _Count:
    name: str
    notes: int = 0
    cards: int = 0
    anchor: str | None = None


def _counts(cards: list[PreviewCard], keys_of) -> list[_Count]:
    rows: dict[str, _Count] = {}
    noted: set[tuple[str, str]] = set()
    for card in cards:
        for key in keys_of(card.note):
            row = rows.setdefault(key, _Count(key))
            row.cards += 1
            if (key, card.note.guid) not in noted:
                noted.add((key, card.note.guid))
                row.notes += 1
    return list(rows.values())


def _css_scope(css: str, scope: str) -> str:
    # The note type's CSS styles Anki's <body class="card">; here every card side is a
    # <div class="card">. Nesting the CSS under a class keeps rules for body, hr or .card
    # from restyling the page or the other note type's cards. `</` cannot end the <style>.
    return f".{scope} {{\n{css}\n}}".replace("</", "<\\/")


def render_page(result: Preview) -> str:
    plan, cards = result.plan, result.cards
    renderer = plan.renderer
    scopes: dict[str, str] = {}
    styles = []
    for kind, model in plan.models.items():
        if model.css not in scopes:
            scopes[model.css] = f"pv-notetype-{len(scopes) + 1}"
            styles.append(_css_scope(model.css, scopes[model.css]))
        scopes[kind] = scopes[model.css]

    inline = _MediaInliner(plan.media)
    anchors = 0
    first_anchor: dict[str, str] = {}  # topic -> its first group's anchor, for the summary
    articles = []
    by_article: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for card in cards:
        by_article[card.note.article][card.note.facets.topic].append(card)
    for article in plan.articles:
        if article.id not in by_article:
            continue
        topics, file = [], display_path(article.path)
        for topic, topic_cards in by_article[article.id].items():
            anchors += 1
            anchor = f"topic-{anchors}"
            first_anchor.setdefault(topic, anchor)
            topics.append({"name": topic, "anchor": anchor,
                           "cards": [_card_context(c, scopes, file, inline) for c in topic_cards]})
        articles.append({"id": article.id, "title": article.title,
                         "deck": plan.decks[article.id], "file": file,
                         "topics": topics})

    topics = _counts(cards, lambda n: [n.facets.topic])
    for row in topics:
        row.anchor = first_anchor[row.name]
    with_cards = {c.note.guid for c in cards}
    summary = {
        "notes": len(result.notes),
        "cards": len(cards),
        "articles": len(articles),
        "kinds": _counts(cards, lambda n: [n.kind]),
        "topics": topics,
        "cites": sorted(_counts(cards, lambda n: n.facets.cites or ["(no citation)"]),
                        key=lambda r: (r.name == "(no citation)", r.name.casefold())),
        "statuses": sorted(Counter(n.status for n in result.notes).items()),
        "blank": sum(c.blank is not None for c in cards),
        # A note the package gives no card (genanki makes none for a cloze note without a
        # deletion) imports into Anki and is never seen: name it here instead.
        "cardless": [n.label for n in result.notes if n.guid not in with_cards],
    }
    script = renderer.render_template(SCRIPT_TEMPLATE)
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    decks = sorted({a["deck"] for a in articles})
    return renderer.render_template(
        PAGE_TEMPLATE,
        title=", ".join(decks) or "deck-builder",
        summary=summary,
        articles=articles,
        warnings=[str(p) for p in result.problems],
        # The note types' CSS and our script come from the templates, never from content.
        note_type_css=Markup("\n".join(styles)),
        script=Markup(script),
        script_hash=f"sha256-{digest}",
    ) + "\n"


class _MediaInliner:
    """The page is one file that loads nothing: each image the cards show is put in as a
    data URI, read once however many cards show it."""

    def __init__(self, media: dict[str, Path]):
        self.media = media
        self.uris: dict[str, str] = {}

    def __call__(self, card_html: str) -> str:
        if "<img" not in card_html:
            return card_html
        return MEDIA_REFERENCE.sub(self._img, card_html)

    def _img(self, match) -> str:
        name = match[1]
        if name not in self.uris:
            file = self.media.get(name)
            try:
                data = file.read_bytes() if file is not None else None
            except OSError:
                data = None
            mime = MIME_TYPES[name.rsplit(".", 1)[1]]
            # An image no longer on disk (a removed note's) shows as its alt text.
            self.uris[name] = (f"data:{mime};base64,{base64.b64encode(data).decode()}"
                               if data is not None else "")
        return f'<img src="{self.uris[name]}"'


def _card_context(card: PreviewCard, scopes: dict[str, str], file: str,
                  inline=lambda html: html) -> dict:
    note = card.note
    return {
        "id": f"card-{note.note_id}-{card.ord + 1}",
        "guid": note.guid,
        "ord": card.ord,
        "label": note.label,
        "kind": note.kind,
        "template": card.template,
        # How Anki's browser names the card: its cloze number, or its card type.
        "card_name": f"c{card.ord + 1}" if note.kind == "cloze" else card.template,
        "status": note.status,
        "tags": note.tags,
        "section": note.facets.section,
        "file": file,
        "line": note.line,
        "scope": scopes[note.kind],
        # Trusted markup on purpose: it is the note type's templates filled with fields that
        # render.py escaped (or that an earlier build escaped, for notes kept in the lock),
        # exactly the HTML the package gives Anki. Escaping it again would show tags as text.
        "question": Markup(inline(card.question)),
        "answer": Markup(inline(card.answer)),
        "blank": card.blank,
    }
