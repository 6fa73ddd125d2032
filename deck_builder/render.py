"""Render note specs into Anki field HTML, and the note types into Anki templates.

Content is text, never HTML: every piece is escaped here, and the characters that Anki's
cloze syntax reacts to (`{`, `}` and `::`) become character references, so content that
contains `}}` or `{{c1::` shows literally and can neither end nor start a deletion.
"""

from __future__ import annotations

import html
import json
import re
import signal
import threading
from bisect import bisect_left, bisect_right
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

import genanki
import jinja2
import markupsafe
from jinja2.sandbox import SandboxedEnvironment

from deck_builder import bundled
from deck_builder.anki.card_template import check as check_template
from deck_builder.anki.note_types import CLOZE, COMPARE, MAX_CONCEPTS, NOTE_TYPES, NoteType
from deck_builder.content import Image
from deck_builder.errors import TemplateProblem, display_path
from deck_builder.identify import Identity
from deck_builder.notes import MASK, NoteSpec, Spans
from deck_builder.quality import (
    answer_spans,
    ends_its_fact,
    front_cuts,
    outside,
    overlap_test,
    sentence_bounds,
    shown_alone,
    shown_title,
)
from deck_builder.text import CODE_SPAN, word_count


def default_templates_dir() -> Path:
    """The packaged templates in an installed wheel, else the checkout's templates/."""
    return bundled("templates")


# Anki's own markup in a field: [sound:x.mp3] plays a file, [latex]…[/latex] and
# [$]…[/$], [$$]…[/$$] are typeset. Anki finds them in the field's HTML source, so an
# entity for the bracket shows them as typed. (Math the author wrote as \( \) is kept.)
_ANKI_MARKUP = re.compile(r"\[(?=sound:|/?latex\]|/?\$\$?\]|anki:)", re.I)


# A user template runs in Jinja's sandbox, which bounds range() but not a loop nested in a
# loop: one render is stopped after this long (a real one takes microseconds).
TEMPLATE_SECONDS = 5


class _TooLong(Exception):
    """A template render ran past TEMPLATE_SECONDS."""


@contextmanager
def _time_limit(seconds: float):
    """Raise _TooLong in the code within after `seconds` (main thread only: signals)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise _TooLong

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class _OneFileEnvironment(SandboxedEnvironment):
    """A sandbox where a template is one file: `include`, `import` and `extends` load other
    templates while one renders, which is refused (templates/README.md)."""

    rendering = False

    def get_template(self, *args, **kwargs):
        self._refuse_while_rendering()
        return super().get_template(*args, **kwargs)

    def select_template(self, *args, **kwargs):
        self._refuse_while_rendering()
        return super().select_template(*args, **kwargs)

    def _refuse_while_rendering(self) -> None:
        if self.rendering:
            raise jinja2.sandbox.SecurityError(
                "include, import and extends are not allowed: each template is one file")


def _literal_anki_markup(value):
    """Every value a template prints, escaped as autoescape would, Anki's markup included."""
    if isinstance(value, markupsafe.Markup):
        return value
    escaped = str(markupsafe.escape(value))
    return markupsafe.Markup(_ANKI_MARKUP.sub("&#91;", escaped) if "[" in escaped else escaped)


def escape_text(text: str) -> str:
    escaped = html.escape(text, quote=False)
    escaped = escaped.replace("{", "&#123;").replace("}", "&#125;").replace("::", ":&#58;")
    return _ANKI_MARKUP.sub("&#91;", escaped) if "[" in escaped else escaped




def _text_html(text: str) -> str:
    """Escaped text, its inline code (`…`) in a code font, without the backticks."""
    if "`" not in text:
        return escape_text(text)
    out, position = [], 0
    for found in CODE_SPAN.finditer(text):
        inside = found[2]
        if len(inside) > 2 and inside[0] == inside[-1] == " " and inside.strip():
            inside = inside[1:-1]  # the space that lets code begin or end with a backtick
        out.append(escape_text(text[position:found.start()]))
        out.append(f"<code>{escape_text(inside)}</code>")
        position = found.end()
    out.append(escape_text(text[position:]))
    return "".join(out)


def _spans_html(spans: Spans, picked, cuts=()) -> str:
    """Escaped text with each picked-out phrase replaced by `picked(phrase, key)`, and the
    words the front leaves out (`cuts`: quality.front_cuts, which never cross a phrase) in
    a span of their kind.

    Code is set in a code font only where no phrase is picked out of it: a gap never
    splits a <code> element (a code span a gap crosses keeps its backticks, as typed).
    """
    def text(start: int, end: int) -> str:
        out, at = [], start
        for cut_start, cut_end, kind in cuts:
            if start <= cut_start and cut_end <= end:
                out += [_text_html(spans.text[at:cut_start]), f'<span class="{kind}">',
                        _text_html(spans.text[cut_start:cut_end]), "</span>"]
                at = cut_end
        out.append(_text_html(spans.text[at:end]))
        return "".join(out)

    out, position = [], 0
    for start, end, key in spans.spans:
        out.append(text(position, start))
        out.append(picked(spans.text[start:end], key, start))
        position = end
    out.append(text(position, len(spans.text)))
    return "".join(out)


def image_html(image: Image, alt: str) -> str:
    """Our one piece of markup in a field: an <img> of a file the package carries (under
    its content's name) or of a remote http(s) URL; everything in it is escaped."""
    src = image.media_name if not image.remote else image.src
    width = f' width="{image.width}"' if image.width else ""
    return (f'<img src="{_attribute(src)}" alt="{_attribute(alt)}"{width}>')


def _attribute(value: str) -> str:
    return escape_text(value).replace('"', "&quot;")


def with_images(field_html: str, images: dict[str, tuple[Image, str]] | None) -> str:
    """The field with each image mark (content.image_mark) replaced by its <img>."""
    if not images or field_html.isascii():
        return field_html
    return "".join(image_html(*images[c]) if c in images else c for c in field_html)


def figures_html(spec: NoteSpec) -> str:
    """The figures shown on the back: each image with its caption."""
    if not spec.figures or not spec.images:
        return ""
    out = []
    for mark, caption in spec.figures:
        if mark not in spec.images:
            continue
        text = f'<div class="caption">{escape_text(caption)}</div>' if caption else ""
        out.append(f'<div class="figure">{image_html(*spec.images[mark])}{text}</div>')
    return f'<div class="figures">{"".join(out)}</div>' if out else ""


def cloze_html(spans: Spans, numbers: dict[str, int], sentences: tuple[int, ...] = (),
               context: str = "", hints: dict[str, str] | None = None) -> str:
    """The cloze text; a long one as sentences the front's CSS can show a few of. A key's
    hint (Anki's `{{c1::answer::hint}}`) shows on its first gap only: the gaps after it
    are the words that would give it away, hidden with it."""
    hints = dict(hints or {})

    def gapper(piece: Spans, cuts):
        """The gap maker for one piece of text whose front leaves out `cuts`: a hint that
        opens what the front shows (or a sentence in it) begins with a capital."""
        def gap(phrase: str, key: str, start: int) -> str:
            # A code span the answer holds whole is code on the back too: "大坂`を`知って
            # いますか？" showed its backticks (blind sample 2902). A span the gap cuts
            # keeps them, as typed (_spans_html).
            phrase = _text_html(phrase)
            hint = hints.pop(key, None)
            if not hint:
                return f"{{{{c{numbers[key]}::{phrase}}}}}"
            first = hint.split(maxsplit=1)[0]
            if first.isalpha() and first.islower() and _opens_sentence(piece.text, start, cuts):
                # Only a word in lower case: "mRNA" and "std::vector" are written as named.
                hint = hint[:1].upper() + hint[1:]
            hint = escape_text(hint)
            # A colon beside the "::" between answer and hint would be read as part of it
            # ("Class A:::…" shows "[:Class A: or …]"): written as its character reference.
            if phrase.endswith(":"):
                phrase = phrase[:-1] + "&#58;"
            if hint.startswith(":"):
                hint = "&#58;" + hint[1:]
            return f"{{{{c{numbers[key]}::{phrase}::{hint}}}}}"
        return gap

    if not sentences:
        cuts = front_cuts(spans.text, [(s, e) for s, e, _ in spans.spans], alone=True)
        trailing = _trailing_sentences(spans)
        if not trailing:
            return _spans_html(spans, gapper(spans, cuts), cuts)
        return _short_html(spans, trailing, cuts, gapper)
    bounds = [0, *sentences, len(spans.text)]
    parts = []
    # The spans are sorted: each sentence's are found by bisection, not by asking all of
    # them (a 2 MiB paragraph has thousands of sentences and of gaps).
    starts = [s for s, _, _ in spans.spans]
    answers = answer_spans(spans.text, spans.spans)
    previous = ""
    for start, end in zip(bounds, bounds[1:], strict=False):
        inside = tuple((s - start, e - start, k) for s, e, k in
                       spans.spans[bisect_left(starts, start):bisect_right(starts, end)]
                       if e <= end)
        # A sentence that says its fact on its own is shown alone (templates/style.css),
        # with words of its own besides its gaps: a gap that is the whole sentence
        # ("Example: In the US, …") would leave its front a bare "[…]".
        sentence = spans.text[start:end]
        kind = ("s alone" if shown_alone(previous, sentence, context)
                and _words_outside(sentence, inside) >= 2 else "s")
        if inside and not any((s + start, e + start) in answers for s, e, _ in inside):
            # Only words that give an answer away, hidden with it: left off where the
            # answer's sentence is shown alone (templates/style.css).
            kind += " echo"
        # Only the first part's front shows the part after it (templates/style.css): there
        # a part that says its fact alone ends the front. Marked only where it changes what
        # the front shows, so no other note's field changes.
        if (not start and inside and " alone" not in kind
                and ends_its_fact(sentence, inside)):
            kind += " ends"
        previous = sentence
        cuts = front_cuts(sentence, [(s, e) for s, e, _ in inside],
                          alone=kind.startswith("s alone") or not start)
        piece = Spans(sentence, inside)
        parts.append(f'<span class="{kind}">'
                     f'{_spans_html(piece, gapper(piece, cuts), cuts)}</span>')
    return f'<span class="long">{"".join(parts)}</span>'


def _trailing_sentences(spans: Spans) -> tuple[int, ...]:
    """Where the sentences of a short paragraph (one not cut: quality.sentence_starts)
    after the first begin, when a sentence holding a gap says its fact alone
    (quality.ends_its_fact) and a sentence follows it, whose front then leaves the rest
    off (templates/style.css); else (). A cut inside a gap would split it: none there."""
    if not spans.spans:
        return ()
    inside = overlap_test(spans.spans)
    text = spans.text
    starts = [cut for cut in sentence_bounds(text)[1:] if not inside(cut, cut)]
    cuts = []
    for at, cut in enumerate(starts):
        # Not inside brackets ("(fallen leaves or animal remains. Bacteria/ fungi)"), nor
        # before a word alone, an abbreviation's end ("… cover incl. Pseudomonas").
        after = text[cut:starts[at + 1] if at + 1 < len(starts) else len(text)]
        if text[:cut].count("(") <= text[:cut].count(")") and len(after.split()) >= 2:
            cuts.append(cut)
    for start, end in zip([0, *cuts], cuts, strict=False):
        gaps = [(s - start, e - start, k) for s, e, k in spans.spans if start <= s and e <= end]
        if gaps and ends_its_fact(spans.text[start:end], gaps):
            return tuple(cuts)
    return ()


def _short_html(spans: Spans, sentences: tuple[int, ...], cuts, gapper) -> str:
    """A short paragraph as sentences (`sentences`: where each after the first begins),
    all shown but those after a sentence that says its card's fact alone, marked `ends`,
    which its front leaves off (templates/style.css). The front's cuts (`cuts`) are the
    whole paragraph's, as before."""
    bounds = [0, *sentences, len(spans.text)]
    answers = answer_spans(spans.text, spans.spans)
    parts = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        inside = tuple((s - start, e - start, k) for s, e, k in spans.spans
                       if start <= s and e <= end)
        sentence = spans.text[start:end]
        kind = "s"
        if inside and not any((s + start, e + start) in answers for s, e, _ in inside):
            kind += " echo"  # only words that give an answer away
        if inside and ends_its_fact(sentence, inside):
            kind += " ends"
        # A cut that runs past its sentence (a closing remark over two) is clipped to it.
        own = [(max(s, start) - start, min(e, end) - start, k) for s, e, k in cuts
               if s < end and start < e]
        piece = Spans(sentence, inside)
        parts.append(f'<span class="{kind}">{_spans_html(piece, gapper(piece, own), own)}'
                     "</span>")
    return f'<span class="short">{"".join(parts)}</span>'


def _opens_sentence(text: str, start: int, cuts) -> bool:
    """Whether a gap at `start` opens what the front shows of `text`, or a sentence in it:
    nothing shown before it but spaces, or a sentence's end. Steps back from the gap over
    spaces and the words the front leaves out (`cuts`, sorted), never over the whole text
    before it: a sentence of many gaps asks this once for each hint."""
    at = start
    starts = [s for s, _, _ in cuts]
    while at > 0:
        index = bisect_left(starts, at) - 1
        if index >= 0 and at <= cuts[index][1]:
            at = starts[index]  # inside a cut: what comes before it is what shows
            continue
        character = text[at - 1]
        if character not in " \t":
            return character in ".!?:\n"
        at -= 1
    return True


def _words_outside(text: str, spans) -> int:
    """How many words of `text` lie outside its `spans` (start, end, key), which are sorted:
    quality.outside's pieces with every gap counted as one key's."""
    return word_count(" ".join(outside(text, [(s, e, None) for s, e, _ in spans], None)),
                      tokens=True)


def masked_html(spans: Spans) -> str:
    return _spans_html(spans, lambda phrase, key, start: f'<span class="masked">{MASK}</span>')


@dataclass(frozen=True)
class Work:
    key: str
    display: str
    reference: str | None
    # A work cited inside some cells of a comparison row, not all: those cells' slots
    # (1-based, as the card templates' `i`) and concepts, so the back of one cell's card
    # never shows another cell's work as its own. Empty for a work of the whole note.
    cells: tuple[int, ...] = ()
    label: str = ""


@dataclass
class RenderedNote:
    spec: NoteSpec
    identity: Identity
    note_type: NoteType
    fields: list[str]
    tags: list[str]


class _CompiledTemplates(jinja2.BytecodeCache):
    """Compiled templates kept for the process, shared by every Renderer.

    Each build makes a Renderer, and Jinja compiling its ~10 templates again was a fifth of
    a small build (a library caller or a test suite builds hundreds). Jinja keys an entry by
    the template's name and file and checks it against a digest of the source, so an edited
    template is compiled afresh; every Renderer's environment is configured alike."""

    LIMIT = 256  # a few dozen files at most: the packaged ones and a user's --templates

    def __init__(self):
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket) -> None:
        code = self.compiled.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket) -> None:
        if len(self.compiled) >= self.LIMIT:
            self.compiled.clear()
        self.compiled[bucket.key] = bucket.bytecode_to_string()


_COMPILED = _CompiledTemplates()

# genanki works out which fields each card template needs (`Model._req`) by rendering every
# template once per field, on every package written: two fifths of a small build. The
# answer depends only on the note type's kind, fields and templates.
_REQUIRED: dict[str, list] = {}


def _required_fields_kept(model: genanki.Model) -> None:
    key = json.dumps([model.model_type, model.fields, model.templates], sort_keys=True)
    if key in _REQUIRED:
        model.__dict__["_req"] = _REQUIRED[key]  # what genanki's cached_property stores
    else:
        if len(_REQUIRED) >= 64:
            _REQUIRED.clear()
        _REQUIRED[key] = model._req


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
        self.env = _OneFileEnvironment(
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
            finalize=_literal_anki_markup,
            lstrip_blocks=True,
            keep_trailing_newline=False,
            bytecode_cache=_COMPILED,
        )
        self._templates: dict[str, jinja2.Template] = {}
        self._sources: dict[tuple, str] = {}

    def render_template(self, name: str, **context) -> str:
        try:
            template = self._templates.get(name)
            if template is None:
                template = self._templates[name] = self.env.get_template(name)
            # Only the user's own templates are held to one file; the packaged page includes.
            self.env.rendering = self._is_users(template)
            try:
                with _time_limit(TEMPLATE_SECONDS):
                    return template.render(**context).strip()
            finally:
                self.env.rendering = False
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
        except _TooLong as error:
            raise TemplateProblem(f"{self._where(name, error)}: the template ran for more than "
                                  f"{TEMPLATE_SECONDS} s without finishing; does a loop never "
                                  "end?") from None
        except jinja2.sandbox.SecurityError as error:
            raise TemplateProblem(f"{self._where(name, error)}: not allowed in a template: "
                                  f"{error}") from None
        except Exception as error:  # a user template can raise anything (1/0, "a" + 1)
            raise TemplateProblem(f"{self._where(name, error)}: template error: "
                                  f"{error.__class__.__name__}: {error}") from None

    def _is_users(self, template: jinja2.Template) -> bool:
        return (self.user_dir is not None and template.filename is not None
                and Path(template.filename).resolve().is_relative_to(self.user_dir.resolve()))

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
        for model, kind in ((cloze, CLOZE), (compare, COMPARE)):
            for template, files in zip(model.templates, self._template_files(kind), strict=True):
                for side, file in zip(("qfmt", "afmt"), files, strict=True):
                    check_template(template[side], self._where(file), kind.fields)
            _required_fields_kept(model)
        return {"cloze": cloze, "compare": compare}

    @staticmethod
    def _template_files(kind) -> list[tuple[str, str]]:
        """The files each card template of `kind` is rendered from: front, back."""
        if kind is CLOZE:
            return [("cloze/front.html", "cloze/back.html")]
        return [pair for _ in range(MAX_CONCEPTS)
                for pair in (("compare/ask_front.html", "compare/ask_back.html"),
                             ("compare/which_front.html", "compare/which_back.html"))]

    # -- notes -----------------------------------------------------------------------
    def source_html(self, spec: NoteSpec, works: dict) -> str:
        listed = []
        for citation in spec.citations:
            form, reference = works.get(citation.key, (citation, None))
            # The work's fullest form, at the page this note cites.
            shown = replace(form, locator=citation.locator).display()
            cells = tuple(slot + 1 for slot, keys in enumerate(spec.cell_citations)
                          if citation.key in keys)
            if len(cells) == len(spec.cells):  # every cell cites it: the row's own work
                cells = ()
            label = ", ".join(spec.cells[slot - 1][0] for slot in cells)
            listed.append(Work(citation.key, shown, reference, cells, label))
        # Notes of an article cite the same few works: render each combination once.
        key = (spec.article.title, tuple(listed), spec.remarks)
        source = self._sources.get(key)
        if source is None:
            source = self._sources[key] = self.render_template(
                "fields/source.html", works=listed, remarks=spec.remarks,
                article_title=shown_title(spec.article.title, spec.article.path),
            )
        return source

    def render(self, spec: NoteSpec, identity: Identity, works: dict) -> RenderedNote:
        note_type = NOTE_TYPES[spec.kind]
        source = self.source_html(spec, works)
        if spec.kind == "cloze":
            fields = [cloze_html(spec.text, identity.clozes, spec.sentences,
                                 spec.context.text if spec.context else "",
                                 dict(spec.hints)),
                      masked_html(spec.context), source]
        else:
            slots: list[str] = []
            for slot, ((concept, _, masked), ask) in enumerate(zip(spec.cells, spec.asks,
                                                                   strict=True)):
                # Slot i's recall card is the compare note's card 2i-1 (templates go Concept
                # i, Which i), so its gap is cloze 2i-1; an empty field makes no card.
                text = cloze_html(ask, {"ask": 2 * slot + 1}) if ask.text else ""
                slots += [escape_text(concept), text, masked_html(masked)]
            slots += [""] * (3 * MAX_CONCEPTS - len(slots))
            fields = [_text_html(spec.dimension), escape_text(spec.comparison), *slots,
                      masked_html(spec.masked_dimension), source]
        if spec.images:
            fields = [with_images(f, spec.images) for f in fields[:-1]] + \
                [figures_html(spec) + fields[-1]]
        return RenderedNote(spec, identity, note_type, fields, list(spec.tags))
