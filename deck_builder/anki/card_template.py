"""Anki's card template language, the part deck-builder's templates use, rendered as Anki does.

The preview shows cards without Anki, so it renders the note types' templates itself. It
knows `{{Field}}`, `{{#Field}}…{{/Field}}`, `{{^Field}}…{{/Field}}`, `{{cloze:Field}}` and
`{{FrontSide}}`, and turns anything else into a TemplateProblem instead of guessing: a
preview that silently differs from Anki is worse than none. The output is meant to equal,
character for character, the question and answer HTML Anki renders (without the `<style>`
it prepends); tests/test_anki_template.py checks that against the real anki package.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from deck_builder.errors import TemplateProblem

FRONT_SIDE = "FrontSide"

# Anki's rule for an empty field (rslib template.rs): nothing but ASCII whitespace and
# <br>/<div> tags. A no-break space or a zero-width space makes a field non-empty.
_EMPTY_FIELD = re.compile(r"(?:[ \t\n\v\f\r]|</?(?:br|div) ?/?>)*", re.IGNORECASE)
_TAG = re.compile(r"\{\{(.*?)\}\}", re.S)
_CLOZE_TOKEN = re.compile(r"\{\{c(\d+)::|\}\}")


def field_is_empty(text: str) -> bool:
    return _EMPTY_FIELD.fullmatch(text) is not None


# -- templates ---------------------------------------------------------------------------
@dataclass
class _Replacement:
    key: str
    filters: tuple[str, ...]  # outermost first, as written: {{a:b:Field}} is ("a", "b")


@dataclass
class _Conditional:
    key: str
    negated: bool
    children: list = field(default_factory=list)


def parse(template: str, where: str, fields: tuple[str, ...]) -> list:
    """The template as a tree of text, replacements and conditionals; bad syntax is a problem."""
    root: list = []
    stack: list[_Conditional] = []
    position = 0

    def known(key: str, tag: str) -> str:
        if key not in fields and key != FRONT_SIDE:
            raise TemplateProblem(f"{where}: {{{{{tag}}}}} names no field of the note type "
                                  f"(fields: {', '.join(fields)})")
        return key

    for match in _TAG.finditer(template):
        out = stack[-1].children if stack else root
        if match.start() > position:
            out.append(template[position:match.start()])
        position = match.end()
        tag = match.group(1).strip()
        if tag[:1] in ("#", "^"):
            node = _Conditional(known(tag[1:].strip(), tag), negated=tag[0] == "^")
            out.append(node)
            stack.append(node)
        elif tag[:1] == "/":
            key = tag[1:].strip()
            if not stack or stack[-1].key != key:
                expected = f"{{{{/{stack[-1].key}}}}}" if stack else "no closing tag"
                raise TemplateProblem(f"{where}: found {{{{{tag}}}}} where {expected} was expected")
            stack.pop()
        else:
            *filters, key = (part.strip() for part in tag.split(":"))
            unsupported = [f for f in filters if f != "cloze"]
            if unsupported or len(filters) > 1 or (key == FRONT_SIDE and filters):
                raise TemplateProblem(
                    f"{where}: {{{{{tag}}}}}: the preview renders only {{{{Field}}}}, "
                    "{{#Field}}, {{^Field}}, {{cloze:Field}} and {{FrontSide}}")
            out.append(_Replacement(known(key, tag), tuple(filters)))
    if stack:
        raise TemplateProblem(f"{where}: {{{{#{stack[-1].key}}}}} is never closed")
    if "{{" in template[position:]:
        raise TemplateProblem(f"{where}: a '{{{{' is never closed")
    if position < len(template):
        (stack[-1].children if stack else root).append(template[position:])
    return root


# Replacements Anki fills in besides the note's fields.
SPECIAL_FIELDS = frozenset({FRONT_SIDE, "Tags", "Type", "Deck", "Subdeck", "Card", "CardFlag",
                            "CardID"})


def check(template: str, where: str, fields: tuple[str, ...]) -> None:
    """What Anki would show as a template error on every card: a `{{#Field}}` never closed,
    a closing tag that does not match, a field the note type does not have. Filters
    (`{{text:Field}}`, `{{hint:Field}}`) are Anki's business and pass."""
    stack: list[str] = []
    known = SPECIAL_FIELDS.union(fields)
    for match in _TAG.finditer(template):
        tag = match.group(1).strip()
        if tag[:1] in ("#", "^", "/"):
            key = tag[1:].strip()
            if tag[0] != "/":
                stack.append(key)
            elif not stack or stack.pop() != key:
                raise TemplateProblem(f"{where}: found {{{{{tag}}}}} with no {{{{#{key}}}}} "
                                      "open before it")
        else:
            key = tag.rsplit(":", 1)[-1].strip()
        if key not in known and not tag.startswith("!"):
            raise TemplateProblem(f"{where}: {{{{{tag}}}}} names no field of the note type "
                                  f"(fields: {', '.join(fields)}); Anki would show an error "
                                  "on every card")
    if stack:
        raise TemplateProblem(f"{where}: {{{{#{stack[-1]}}}}} is never closed")


def _render(nodes: list, fields: dict[str, str], ordinal: int, question: bool,
            front_side: str) -> str:
    out = []
    for node in nodes:
        if isinstance(node, str):
            out.append(node)
        elif isinstance(node, _Conditional):
            if field_is_empty(fields.get(node.key, "")) == node.negated:
                out.append(_render(node.children, fields, ordinal, question, front_side))
        elif node.key == FRONT_SIDE:
            out.append("" if question else front_side)
        elif node.filters:
            out.append(reveal_clozes(fields[node.key], ordinal, question))
        else:
            out.append(fields[node.key])
    return "".join(out)


def _reaches_field(nodes: list, nonempty: set[str]) -> bool:
    """Anki's test for a blank front (template_is_empty): does any non-empty field show?"""
    for node in nodes:
        if isinstance(node, _Replacement):
            if node.key in nonempty:
                return True
        elif isinstance(node, _Conditional):
            # Anki looks into {{^Field}} sections whatever the field holds.
            if (node.negated or node.key in nonempty) and _reaches_field(node.children, nonempty):
                return True
    return False


@dataclass(frozen=True)
class RenderedCard:
    question: str
    answer: str
    # Set when Anki shows an error instead of this card: it appends the message to the
    # question and shows only the message as the answer.
    blank: str | None = None


@dataclass(frozen=True)
class CardTemplate:
    """One card type of a note type, parsed once."""

    name: str
    question: list
    answer: list
    cloze: bool = False

    @classmethod
    def parse(cls, name: str, qfmt: str, afmt: str, fields: tuple[str, ...],
              cloze: bool = False, where: str = "") -> CardTemplate:
        where = f"{where}card type \"{name}\""
        return cls(name, parse(qfmt, f"{where} front", fields),
                   parse(afmt, f"{where} back", fields), cloze)

    def render(self, fields: dict[str, str], ordinal: int = 1) -> RenderedCard:
        """The card's HTML; `ordinal` is the cloze number of a cloze card (c1 is 1)."""
        question = _render(self.question, fields, ordinal, True, "")
        answer = _render(self.answer, fields, ordinal, False, question)
        blank = None
        if self.cloze:
            if not any(ordinal in cloze_numbers(value) for value in fields.values()):
                blank = f"No cloze {ordinal} found on card."
        elif not _reaches_field(self.question, {k for k, v in fields.items()
                                                if not field_is_empty(v)}):
            blank = "The front of this card is blank."
        return RenderedCard(question, answer, blank)


# -- clozes --------------------------------------------------------------------------------
@dataclass
class _Cloze:
    ordinal: int
    children: list = field(default_factory=list)  # text and nested _Cloze
    hint: str | None = None


def parse_clozes(text: str) -> list:
    """Text and deletions, nested as Anki nests them: `}}` closes the innermost open one."""
    output: list = []
    opened: list[_Cloze] = []
    position = 0

    def add_text(piece: str) -> None:
        if not piece:
            return
        if opened:
            # Anki: within a deletion, the first `::` of a run of text starts the hint.
            head, separator, hint = piece.partition("::")
            if separator:
                opened[-1].hint = hint
            piece = head
        (opened[-1].children if opened else output).append(piece)

    for match in _CLOZE_TOKEN.finditer(text):
        add_text(text[position:match.start()])
        position = match.end()
        if match.group(1) is not None:
            opened.append(_Cloze(int(match.group(1))))
        elif opened:
            cloze = opened.pop()
            (opened[-1].children if opened else output).append(cloze)
        else:
            output.append("}}")
    add_text(text[position:])
    # A deletion never closed disappears, with everything in it: what Anki does.
    return output


def cloze_numbers(text: str) -> set[int]:
    return _numbers(parse_clozes(text))


def _numbers(nodes: list) -> set[int]:
    found: set[int] = set()
    for node in nodes:
        if isinstance(node, _Cloze):
            found.add(node.ordinal)
            found |= _numbers(node.children)
    return found


_NAMED = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}


def _attribute(text: str) -> str:
    # htmlescape's encode_attribute, which Anki uses for data-cloze: below U+0100 every
    # character but an ASCII letter or digit becomes a reference, named where HTML has one.
    return "".join(
        c if (c.isascii() and c.isalnum()) or ord(c) > 0xFF else _NAMED.get(c, f"&#x{ord(c):02X};")
        for c in text
    )


def _reveal(cloze: _Cloze, ordinal: int, question: bool, out: list[str]) -> None:
    active = cloze.ordinal == ordinal
    if question and active:
        inner: list[str] = []
        _reveal_children(cloze, ordinal, question, inner)
        hint = cloze.hint if cloze.hint is not None else "..."
        out.append(f'<span class="cloze" data-cloze="{_attribute("".join(inner))}" '
                   f'data-ordinal="{cloze.ordinal}">[{hint}]</span>')
        return
    css_class = "cloze" if active else "cloze-inactive"
    out.append(f'<span class="{css_class}" data-ordinal="{cloze.ordinal}">')
    _reveal_children(cloze, ordinal, question, out)
    out.append("</span>")


def _reveal_children(cloze: _Cloze, ordinal: int, question: bool, out: list[str]) -> None:
    for child in cloze.children:
        if isinstance(child, str):
            out.append(child)
        else:
            _reveal(child, ordinal, question, out)


def reveal_clozes(text: str, ordinal: int, question: bool) -> str:
    """The `cloze:` filter: card `ordinal`'s deletions hidden (question) or highlighted.

    A field with no deletion of this number renders empty, as in Anki.
    """
    nodes = parse_clozes(text)
    if ordinal not in _numbers(nodes):
        return ""
    out: list[str] = []
    for node in nodes:
        if isinstance(node, str):
            out.append(node)
        else:
            _reveal(node, ordinal, question, out)
    return "".join(out)
