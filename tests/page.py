"""Read the preview page back: each card element with its front and back HTML, as written."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}


@dataclass
class PageCard:
    attrs: dict[str, str]
    sides: dict[str, str] = field(default_factory=dict)  # "front"/"back" -> inner HTML

    @property
    def key(self) -> tuple[str, int]:
        return self.attrs["data-guid"], int(self.attrs["data-ord"])


class _Reader(HTMLParser):
    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.text = text
        self.line_starts = [0]
        for line in text.splitlines(keepends=True):
            self.line_starts.append(self.line_starts[-1] + len(line))
        self.stack: list[tuple[str, str | None]] = []  # (tag, role in the page)
        self.cards: list[PageCard] = []
        self.side_start = 0
        self.scripts = 0

    def _position(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag, attrs):
        attrs = {k: v or "" for k, v in attrs}
        if tag == "script":
            self.scripts += 1
        if tag in VOID:
            return
        role = None
        if tag == "article" and "pv-card" in attrs.get("class", "").split():
            self.cards.append(PageCard(attrs))
            role = "card"
        elif "data-side" in attrs and self.cards:
            role = attrs["data-side"]
            self.side_start = self._position() + len(self.get_starttag_text())
        self.stack.append((tag, role))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        while self.stack:
            open_tag, role = self.stack.pop()
            if role in ("front", "back"):
                self.cards[-1].sides[role] = self.text[self.side_start:self._position()]
            if open_tag == tag:
                return


def read_page(text: str) -> tuple[list[PageCard], int]:
    """The card elements of a preview page, and how many <script> elements it has."""
    reader = _Reader(text)
    reader.feed(text)
    reader.close()
    return reader.cards, reader.scripts
