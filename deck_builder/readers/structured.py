"""YAML and JSON articles: the text composed into YAML nodes, then built (builder.py).

YAML is composed into PyYAML nodes, not loaded into Python objects: nodes carry line
numbers for every message, nothing is ever constructed from a YAML tag, and an alias
(the root of "billion laughs") is refused instead of expanded. JSON is read as the YAML
it is a subset of, once json.loads has said it is valid JSON.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from deck_builder.content import Article
from deck_builder.errors import ContentError, Problem, display_path
from deck_builder.readers.builder import ArticleBuilder
from deck_builder.text import composed

SUFFIXES = (".yaml", ".yml", ".json")

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# What YAML refuses in a stream (yaml.reader.Reader.NON_PRINTABLE) plus its extra line breaks.
_YAML_UNSAFE = re.compile("[^\x09\x0a\x0d\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd"
                          "\U00010000-\U0010ffff]")



def read(path: Path, source: str) -> tuple[Article, list[Problem]]:
    """The article in `source` (the text of `path`) and its warnings; a ContentError when
    it has errors."""
    name = display_path(path)
    root = compose(name, source, is_json=path.suffix.lower() == ".json")
    return ArticleBuilder(path, name).build(root)


def compose(name: str, source: str, is_json: bool) -> yaml.Node:
    if is_json:
        try:
            json.loads(source, parse_constant=_no_constant)
        except json.JSONDecodeError as error:
            raise ContentError([Problem(name, error.lineno, "", _json_message(error))]) from None
        except RecursionError:
            raise ContentError([Problem(name, 1, "", "JSON nested too deeply to be an article")]) \
                from None
        except _Constant as constant:
            raise ContentError([Problem(name, _line_of(source, constant.args[0]), "", (
                f"JSON: {constant.args[0]} is not a JSON value (Python writes it, JSON does not "
                "allow it); write text in quotes"))]) from None
        except ValueError:  # an integer of more digits than Python converts (4,300)
            digits = re.search(r"[0-9]{4000,}", source)
            raise ContentError([Problem(name, _line_of(source, digits[0] if digits else ""), "",
                                        "JSON: a number thousands of digits long; an article "
                                        "holds text: write it in quotes")]) from None
        # Valid JSON has tabs only as whitespace between tokens, which YAML's flow
        # style rejects; spaces keep every line number where it was.
        source = source.replace("\t", " ")
        # JSON strings may hold characters YAML refuses raw (DEL, C1 controls) or reads
        # as line breaks (U+0085, U+2028); escaped, they mean the same in both.
        source = _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m[0]):04x}", source)
        source = _join_surrogates(name, source)
    try:
        root = yaml.compose(source, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 0
        problem = error.problem or "syntax error"
        if "tab character" in problem or (mark and _tab_at(source, mark)):
            problem = ("a tab character; YAML indents with spaces only (replace the tab "
                       "with spaces)")
        elif "another document" in problem or "single document" in (error.context or ""):
            problem = "a second document (`---`); put one article in each file"
        elif "alias" in (error.context or "") + problem or "anchor" in (error.context or ""):
            problem = ("`*` or `&` at the start of a value is YAML syntax; put text that "
                       'begins with them in quotes ("**phrase** ...")')
        elif "mapping values are not allowed" in problem:
            problem = ('": " inside text that is not in quotes; put the text in quotes '
                       '("Note: this ...")')
        elif error.context and error.context_mark and mark and error.context_mark.line != mark.line:
            # "did not find expected node content" says little; where the unclosed
            # bracket or quote began says what to fix.
            problem += f" ({error.context} from line {error.context_mark.line + 1})"
        raise ContentError([Problem(name, line, "", f"YAML syntax: {problem}")]) from None
    except yaml.reader.ReaderError as error:
        line = source.count("\n", 0, max(error.position, 0)) + 1
        raise ContentError([Problem(
            name, line, "", f"the control character U+{error.character:04X} is not allowed in "
            "YAML; remove it (or write it as an escape in double quotes)"
        )]) from None
    except yaml.YAMLError as error:
        message = " ".join(str(error).split())
        raise ContentError([Problem(name, 0, "", f"YAML: {message}")]) from None
    if root is None:
        has_comments = any(line.strip() for line in source.splitlines())
        what = "has only comments" if has_comments else "is empty"
        raise ContentError([Problem(name, 1, "", f"the file {what}; an article needs at least "
                                    "`title:` and `sections:` (see docs/format.md)")])
    if _prepare_nodes(root):
        raise ContentError(_alias_problems(name, source))
    return root


_U_ESCAPE = re.compile(r"(\\+)u([0-9a-fA-F]{4})")


def _join_surrogates(name: str, source: str) -> str:
    """JSON writes a character beyond U+FFFF as two escapes ("\\ud83d\\ude00", which
    Python's json.dumps does for every emoji); YAML wants one ("\\U0001f600")."""
    matches = list(_U_ESCAPE.finditer(source))
    out, position, problems, i = [], 0, [], 0
    while i < len(matches):
        high = matches[i]
        i += 1
        code = int(high[2], 16)
        if len(high[1]) % 2 == 0 or not 0xD800 <= code <= 0xDFFF:
            continue  # an escaped backslash before "u", or an ordinary escape
        low = matches[i] if i < len(matches) else None
        if (code <= 0xDBFF and low is not None and low.start() == high.end()
                and len(low[1]) == 1 and 0xDC00 <= int(low[2], 16) <= 0xDFFF):
            joined = 0x10000 + ((code - 0xD800) << 10) + (int(low[2], 16) - 0xDC00)
            out.append(f"{source[position:high.start()]}{high[1][:-1]}\\U{joined:08x}")
            position = low.end()
            i += 1
            continue
        problems.append(Problem(
            name, source.count("\n", 0, high.start()) + 1, "",
            f"JSON: \\u{high[2]} is half of a character (an unpaired UTF-16 surrogate); remove it"
        ))
    if problems:
        raise ContentError(problems)
    return "".join(out) + source[position:]


def _tab_at(source: str, mark) -> bool:
    """A tab in the indentation of the line, or where the parser stopped."""
    lines = source.splitlines()
    if mark.line >= len(lines):
        return False
    text = lines[mark.line]
    indent = text[: len(text) - len(text.lstrip())]
    return "\t" in indent or text[mark.column : mark.column + 1] == "\t"


class _Constant(ValueError):
    """NaN, Infinity or -Infinity: Python's json reads them, JSON has no such values."""


def _no_constant(name: str):
    raise _Constant(name)


def _line_of(source: str, token: str) -> int:
    """The line of the first `token` standing alone (not inside a word), or 1."""
    found = re.search(rf"(?<![\w.]){re.escape(token)}(?![\w.])", source) if token else None
    return source.count("\n", 0, found.start()) + 1 if found else 1


def _json_message(error: json.JSONDecodeError) -> str:
    before = error.doc[: error.pos].rstrip()
    if before.endswith(",") and error.doc[error.pos : error.pos + 1] in "]}":
        closing = error.doc[error.pos]
        return f"JSON syntax: a comma before {closing!r} (JSON allows no trailing comma)"
    return f"JSON syntax: {error.msg} (column {error.colno})"


def _prepare_nodes(root: yaml.Node) -> bool:
    """Every key and value, escapes decoded, put in composed form (text.composed), so a
    name matches its cells and its repeats however its accents were typed; True, and
    stopped, when an alias made two places share one node (checked without recursion)."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            return True
        seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.extend((key, value))
        else:
            node.value = composed(node.value)
    return False


MAX_ALIAS_PROBLEMS = 10


def _alias_problems(name: str, source: str) -> list[Problem]:
    """Every alias with its own line and field path (composed nodes only know the anchor's)."""
    problems: list[Problem] = []
    count = last_line = 0
    # One frame per open collection: [path, is_mapping, index or key, expecting a key].
    frames: list[list] = []

    def child_path() -> str:
        if not frames:
            return ""
        path, is_mapping, position, expecting_key = frames[-1]
        if not is_mapping:
            return f"{path}[{position}]"
        if expecting_key:
            return path
        return f"{path}.{position}" if path else str(position)

    def advance(value: str | None = None) -> None:
        if not frames:
            return
        frame = frames[-1]
        if frame[1]:
            if frame[3]:
                frame[2] = value
            frame[3] = not frame[3]
        else:
            frame[2] += 1

    for event in yaml.parse(source, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent):
            count += 1
            last_line = event.start_mark.line + 1
            if count <= MAX_ALIAS_PROBLEMS:
                problems.append(Problem(
                    name, event.start_mark.line + 1, child_path(),
                    f"YAML alias *{event.anchor} is not allowed (aliases can blow up into "
                    "huge documents); write the text out here",
                ))
            advance()
        elif isinstance(event, yaml.ScalarEvent):
            advance(event.value)
        elif isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            frames.append([child_path(), isinstance(event, yaml.MappingStartEvent), 0, True])
            if frames[-1][1]:
                frames[-1][2] = None
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            frames.pop()
            advance()
    if count > MAX_ALIAS_PROBLEMS:
        problems.append(Problem(name, last_line, "", f"and {count - MAX_ALIAS_PROBLEMS} more YAML "
                                "aliases up to this line"))
    return problems
