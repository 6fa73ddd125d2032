"""Render note specs into Anki field HTML, and the note types into Anki templates.

Content is text, never HTML: every piece is escaped here, and the characters that Anki's
cloze syntax reacts to (`{`, `}` and `::`) become character references, so content that
contains `}}` or `{{c1::` shows literally and can neither end nor start a deletion.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, replace
from pathlib import Path

import genanki
import jinja2
from jinja2.sandbox import SandboxedEnvironment

from deck_builder import bundled
from deck_builder.anki.note_types import CLOZE, COMPARE, MAX_CONCEPTS, NOTE_TYPES, NoteType
from deck_builder.errors import TemplateProblem, display_path
from deck_builder.identify import Identity
from deck_builder.notes import NoteSpec, Spans

MASK = "[…]"


def default_templates_dir() -> Path:
    """The packaged templates in an installed wheel, else the checkout's templates/."""
    return bundled("templates")


def escape_text(text: str) -> str:
    escaped = html.escape(text, quote=False)
    return escaped.replace("{", "&#123;").replace("}", "&#125;").replace("::", ":&#58;")


def _spans_html(spans: Spans, picked) -> str:
    """Escaped text with each picked-out phrase replaced by `picked(phrase, key)`."""
    out, position = [], 0
    for start, end, key in spans.spans:
        out.append(escape_text(spans.text[position:start]))
        out.append(picked(spans.text[start:end], key))
        position = end
    out.append(escape_text(spans.text[position:]))
    return "".join(out)


def cloze_html(spans: Spans, numbers: dict[str, int], sentences: tuple[int, ...] = ()) -> str:
    """The cloze text; a long one as sentences the front's CSS can show a few of."""
    def gap(phrase: str, key: str) -> str:
        return f"{{{{c{numbers[key]}::{escape_text(phrase)}}}}}"

    if not sentences:
        return _spans_html(spans, gap)
    cuts = [0, *sentences, len(spans.text)]
    parts = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        inside = tuple((s - start, e - start, k) for s, e, k in spans.spans
                       if start <= s and e <= end)
        parts.append(f'<span class="s">{_spans_html(Spans(spans.text[start:end], inside), gap)}'
                     "</span>")
    return f'<span class="long">{"".join(parts)}</span>'


def masked_html(spans: Spans) -> str:
    return _spans_html(spans, lambda phrase, key: f'<span class="masked">{MASK}</span>')


@dataclass(frozen=True)
class Work:
    key: str
    display: str
    reference: str | None


@dataclass
class RenderedNote:
    spec: NoteSpec
    identity: Identity
    note_type: NoteType
    fields: list[str]
    tags: list[str]


class Renderer:
    """Templates loaded once; `--templates DIR` files win over the packaged ones."""

    def __init__(self, templates_dir: Path | None = None):
        # Searched in this order: a file in --templates wins over the packaged one.
        self.folders = [default_templates_dir()]
        if templates_dir is not None:
            self.folders.insert(0, templates_dir)
        loaders = [jinja2.FileSystemLoader(str(folder)) for folder in self.folders]
        self.user_dir = templates_dir
        # Square-bracket delimiters: `{{…}}` in these files is Anki's syntax (templates/README.md).
        self.env = SandboxedEnvironment(
            loader=jinja2.ChoiceLoader(loaders),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            variable_start_string="[[",
            variable_end_string="]]",
            block_start_string="[%",
            block_end_string="%]",
            comment_start_string="[#",
            comment_end_string="#]",
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
        )
        self._templates: dict[str, jinja2.Template] = {}
        self._sources: dict[tuple, str] = {}

    def render_template(self, name: str, **context) -> str:
        try:
            template = self._templates.get(name)
            if template is None:
                template = self._templates[name] = self.env.get_template(name)
            return template.render(**context).strip()
        except jinja2.TemplateSyntaxError as error:
            where = display_path(Path(error.filename)) if error.filename else name
            raise TemplateProblem(
                f"{where}:{error.lineno}: template syntax: {error.message}") from None
        except jinja2.TemplateNotFound:
            raise TemplateProblem(f"template {name!r} not found") from None
        except jinja2.UndefinedError as error:
            known = f"it has: {', '.join(sorted(context))}" if context else "it has none"
            raise TemplateProblem(f"{self._where(name, error)}: template uses an undefined value: "
                                  f"{error.message} ({known}; see templates/README.md)") from None
        except jinja2.sandbox.SecurityError as error:
            raise TemplateProblem(f"{self._where(name, error)}: not allowed in a template: "
                                  f"{error}") from None
        except Exception as error:  # a user template can raise anything (1/0, "a" + 1)
            raise TemplateProblem(f"{self._where(name, error)}: template error: "
                                  f"{error.__class__.__name__}: {error}") from None

    def _where(self, name: str, error: BaseException | None = None) -> str:
        """The template's path as the user knows it, with the line that failed if known."""
        template = self._templates.get(name)
        line = None
        if template is not None and template.filename and error is not None:
            # Jinja rewrites tracebacks so template frames carry the template's own lines.
            tb = error.__traceback__
            while tb is not None:
                if tb.tb_frame.f_code.co_filename == template.filename:
                    line = tb.tb_lineno
                tb = tb.tb_next
        if self.user_dir is not None and (self.user_dir / name).exists():
            where = display_path(self.user_dir / name)
        else:
            where = name
        return f"{where}:{line}" if line else where

    # -- note types ------------------------------------------------------------------
    def genanki_models(self) -> dict[str, genanki.Model]:
        css = self.render_template("style.css")
        front = self.render_template("cloze/front.html")
        if "{{cloze:Text}}" not in front.replace(" ", ""):
            # Anki makes no card for a cloze note whose front has no cloze field.
            raise TemplateProblem(f"{self._where('cloze/front.html')}: must contain "
                                  "{{cloze:Text}}, or Anki makes no card for any cloze note")
        cloze = genanki.Model(
            CLOZE.model_id, CLOZE.name,
            fields=[{"name": name} for name in CLOZE.fields],
            templates=[{
                "name": "Cloze",
                "qfmt": front,
                "afmt": self.render_template("cloze/back.html"),
            }],
            css=css, model_type=genanki.Model.CLOZE, sort_field_index=CLOZE.sort_field,
        )
        templates = []
        for i in range(1, MAX_CONCEPTS + 1):
            templates.append({
                "name": f"Concept {i}",
                "qfmt": self.render_template("compare/ask_front.html", i=i),
                "afmt": self.render_template("compare/ask_back.html", i=i),
            })
            templates.append({
                "name": f"Which {i}",
                "qfmt": self.render_template("compare/which_front.html", i=i),
                "afmt": self.render_template("compare/which_back.html", i=i),
            })
        compare = genanki.Model(
            COMPARE.model_id, COMPARE.name,
            fields=[{"name": name} for name in COMPARE.fields],
            templates=templates, css=css, sort_field_index=COMPARE.sort_field,
        )
        return {"cloze": cloze, "compare": compare}

    # -- notes -----------------------------------------------------------------------
    def source_html(self, spec: NoteSpec, works: dict) -> str:
        listed = []
        for citation in spec.citations:
            form, reference = works.get(citation.key, (citation, None))
            # The work's fullest form, at the page this note cites.
            shown = replace(form, locator=citation.locator).display()
            listed.append(Work(citation.key, shown, reference))
        # Notes of an article cite the same few works: render each combination once.
        key = (spec.article.title, tuple(listed), spec.remarks)
        source = self._sources.get(key)
        if source is None:
            source = self._sources[key] = self.render_template(
                "fields/source.html", works=listed, remarks=spec.remarks,
                article_title=spec.article.title,
            )
        return source

    def render(self, spec: NoteSpec, identity: Identity, works: dict) -> RenderedNote:
        note_type = NOTE_TYPES[spec.kind]
        source = self.source_html(spec, works)
        if spec.kind == "cloze":
            fields = [cloze_html(spec.text, identity.clozes, spec.sentences),
                      masked_html(spec.context), source]
        else:
            slots: list[str] = []
            for concept, text, masked in spec.cells:
                slots += [escape_text(concept), escape_text(text), masked_html(masked)]
            slots += [""] * (3 * MAX_CONCEPTS - len(slots))
            fields = [escape_text(spec.dimension), escape_text(spec.comparison), *slots,
                      masked_html(spec.masked_dimension), source]
        return RenderedNote(spec, identity, note_type, fields, list(spec.tags))
