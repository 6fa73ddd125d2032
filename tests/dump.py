"""The content model an article reads to, as text a reviewer can read and diff.

One line per thing the article says (section, fact, definition, list, item, table, row,
cell, concept, glossary term, reference, skipped block), each with the line number the
reader gave it and, for notes, the structural key identity hangs on (content.py). A
refused article dumps its problems instead, one per line, as the CLI prints them.
"""

from __future__ import annotations

import json
import re
import unicodedata

from deck_builder.content import (
    Article,
    Text,
    definition_key,
    fact_key,
    glossary_key,
    item_key,
    row_key,
)
from deck_builder.errors import Problem


def _q(value) -> str:
    """A value quoted as JSON, so spaces and empty strings show; combining marks escaped,
    so a decomposed accent (e + U+0301) never looks like a composed one (é)."""
    return re.sub(r"\S", lambda m: f"\\u{ord(m[0]):04x}"
                  if unicodedata.category(m[0]).startswith("M") else m[0],
                  json.dumps(value, ensure_ascii=False))


def _text(text: Text | None) -> str:
    if text is None:
        return "-"
    where = f" ({text.field})" if text.field else ""
    return f"{text.line}: {_q(text.value)}{where}"


def dump_article(article: Article, warnings: list[Problem] = ()) -> str:
    lines = [f"article {_q(article.id)} (line {article.id_line}) title {_q(article.title)} "
             f"deck {_q(article.deck)}"]
    for c in article.concepts:
        forms = f" forms {_q(list(c.forms))}" if c.forms else ""
        lines.append(f"concept {c.line}: {_q(c.name)}{forms}")
    for g in article.glossary:
        forms = f" forms {_q(list(g.forms))}" if g.forms else ""
        lines.append(f"glossary {g.line}: {_q(g.term)}{forms} key {glossary_key(g)}")
        lines.append(f"  definition {_text(g.definition)}")
    for r in article.references:
        lines.append(f"reference {_text(r)}")
    for s in article.sections:
        lines.append(f"section {s.line}: {_q(s.title)} id {s.id} topic {s.topic}")
        for f in s.facts:
            lines.append(f"  fact {_text(f.text)} key {fact_key(s, f)}")
        for d in s.definitions:
            lines.append(f"  definition {d.line}: {_q(d.term)} key {definition_key(d)}")
            lines.append(f"    text {_text(d.text)}")
        for lst in s.lists:
            concept = f" concept {_q(lst.concept)}" if lst.concept else ""
            lines.append(f"  list {lst.line}: {_q(lst.title)} id {lst.id} topic {lst.topic}"
                         f"{concept}")
            for i in lst.items:
                lines.append(f"    item {i.line}: {_q(i.label)} key {item_key(lst, i)}")
                lines.append(f"      text {_text(i.text)}")
        for t in s.comparisons:
            lines.append(f"  table {t.line}: {_q(t.title)} id {t.id} kind {t.kind} topic "
                         f"{t.topic} concepts {_q(list(t.concepts))}")
            for r in t.rows:
                lines.append(f"    row {r.line}: {_q(r.dimension)} key {row_key(t, r)}")
                for name, cell in r.cells.items():
                    lines.append(f"      cell {_q(name)} {_text(cell)}")
    for skipped in article.skipped:
        lines.append(f"skipped {_text(skipped)}")
    for w in warnings:
        lines.append(f"{w.severity} {w.line}: {w.field or '-'}: {w.message}")
    return "\n".join(lines) + "\n"


def dump_problems(problems: list[Problem]) -> str:
    return "".join(f"{p.severity} {p.line}: {p.field or '-'}: {p.message}\n" for p in problems)
