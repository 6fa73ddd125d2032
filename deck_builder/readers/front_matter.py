"""Front matter of a Markdown article: YAML (`---`), TOML (`+++`, Hugo) or JSON (`{ … }`).

Notes written for Obsidian, Hugo, Quartz or MkDocs carry front matter for those tools
(`date`, `layout`, `weight`, `cssclasses` …). It must never stop an article from building:
the keys deck-builder owns are read and checked as in a YAML article, `tags` and `aliases`
are read, every other key is ignored (and listed once by `check`), and a block that does
not parse is a warning with its line while the body is still read.
"""

from __future__ import annotations

import datetime
import json
import re
import sys
from dataclasses import dataclass

import yaml

from deck_builder.errors import ContentError, Problem
from deck_builder.readers.structured import compose

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

_TOML_LINE = re.compile(r"line (\d+)")


@dataclass
class FrontMatter:
    kind: str  # "yaml", "toml", "json", or "" for none
    text: str  # the front matter, preceded by blank lines so its lines are the file's
    body: str  # the file with the front matter blanked out, lines kept
    line: int  # the line the front matter opens on
    closed: bool = True


def split(source: str) -> FrontMatter:
    """The front matter block at the top of the file (after blank lines), and the body."""
    lines = source.split("\n")
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    if start == len(lines):
        return FrontMatter("", "", source, 0)
    opening = lines[start].rstrip()
    if opening in ("---", "+++"):
        closers = ("---", "...") if opening == "---" else ("+++",)
        for index in range(start + 1, len(lines)):
            if lines[index].rstrip() in closers:
                text = "\n" * (start + 1) + "\n".join(lines[start + 1:index])
                body = "\n" * (index + 1) + "\n".join(lines[index + 1:])
                return FrontMatter("yaml" if opening == "---" else "toml", text, body, start + 1)
        return FrontMatter("", "", source, start + 1, closed=False)
    if opening == "{":
        joined = "\n".join(lines[start:])
        try:
            _, end = json.JSONDecoder().raw_decode(joined)
        except (json.JSONDecodeError, RecursionError):
            return FrontMatter("", "", source, 0)  # a `{` that opens no JSON object is text
        consumed = joined[:end].count("\n") + 1
        rest = lines[start + consumed:]
        tail = joined[end:].split("\n", 1)[0]
        if tail.strip():  # "{ … } and more text" on one line is prose, not front matter
            return FrontMatter("", "", source, 0)
        text = "\n" * start + joined[:end]
        body = "\n" * (start + consumed) + "\n".join(rest)
        return FrontMatter("json", text, body, start + 1)
    return FrontMatter("", "", source, 0)


def parse(name: str, front: FrontMatter) -> tuple[yaml.Node | None, list[Problem]]:
    """The front matter as a YAML node (lines kept), or None with a warning saying why."""
    if not front.text.strip():
        return None, []
    if front.kind == "toml":
        try:
            data = tomllib.loads(front.text)
        except tomllib.TOMLDecodeError as error:
            found = _TOML_LINE.search(str(error))
            line = int(found[1]) if found else front.line
            return None, [_unparsable(name, line, "TOML", str(error).split(" (at")[0])]
        return _node(data, front.line), []
    try:
        root = compose(name, front.text, is_json=front.kind == "json")
    except ContentError as error:
        first = error.problems[0]
        kind = "JSON" if front.kind == "json" else "YAML"
        return None, [_unparsable(name, first.line or front.line, kind, first.message)]
    if root is None:
        return None, []
    if not isinstance(root, yaml.MappingNode):
        return None, [Problem(name, front.line, "front matter", "front matter is not a mapping "
                              "of keys; ignored, and the body is read", "warning")]
    return root, []


def _unparsable(name: str, line: int, kind: str, why: str) -> Problem:
    return Problem(name, line, "front matter", f"front matter is not valid {kind} ({why}); "
                   "ignored, and the body is read", "warning")


def _node(value, line: int) -> yaml.Node:
    """A TOML value as the YAML node the shared builder reads, every node on `line`."""
    mark = yaml.Mark("", 0, line - 1, 0, None, None)
    if isinstance(value, dict):
        return yaml.MappingNode("tag:yaml.org,2002:map", [
            (_node(str(k), line), _node(v, line)) for k, v in value.items()], mark, mark)
    if isinstance(value, list):
        return yaml.SequenceNode("tag:yaml.org,2002:seq", [_node(v, line) for v in value],
                                 mark, mark)
    if isinstance(value, bool):
        return yaml.ScalarNode("tag:yaml.org,2002:bool", str(value).lower(), mark, mark)
    if isinstance(value, int):
        return yaml.ScalarNode("tag:yaml.org,2002:int", str(value), mark, mark)
    if isinstance(value, float):
        return yaml.ScalarNode("tag:yaml.org,2002:float", str(value), mark, mark)
    if isinstance(value, (datetime.date, datetime.time)):
        return yaml.ScalarNode("tag:yaml.org,2002:timestamp", value.isoformat(), mark, mark)
    return yaml.ScalarNode("tag:yaml.org,2002:str", str(value), mark, mark)


def strings(node: yaml.Node | None) -> list[str]:
    """Every scalar in a tags/aliases value: a list, or one string ("a, b" or "a b")."""
    if node is None:
        return []
    if isinstance(node, yaml.SequenceNode):
        return [v for item in node.value for v in strings(item)]
    if isinstance(node, yaml.ScalarNode) and node.tag != "tag:yaml.org,2002:null":
        return [str(node.value)]
    return []


def anki_tags(values: list[str]) -> list[str]:
    """Front-matter or inline tags as Anki tags: `#a/b` gives `a::b`; no spaces in a tag."""
    tags = []
    for value in values:
        for part in re.split(r"[,\s]+", value):
            part = part.strip().lstrip("#").strip("/")
            if part:
                tags.append("::".join(p for p in part.split("/") if p))
    return tags
