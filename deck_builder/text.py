"""Small text helpers shared by the readers and the note generator."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_SLUG = re.compile(r"[^\w]+")
_MARK = re.compile(r"\*\*(.+?)\*\*", re.S)

# Endings that make the word forms of an "-ism" concept: individualism, individualist,
# individualists, individualistic, individualistically. Hiding all of them together is
# what keeps a cloze card from showing its own answer.
_ISM_ENDINGS = r"(?:ism|isms|ist|ists|istic|istically)"


def slugify(value: str) -> str:
    """A tag- and key-safe name: lower case, words joined by hyphens, letters kept."""
    value = unicodedata.normalize("NFKC", value).casefold()
    return _NON_SLUG.sub("-", value.replace("_", "-")).strip("-")


# "1. Individualism", "3:18 Mitosis", "IV) Results": numbering is not part of the name.
_NUMBERING = re.compile(
    r"^\s*(?:[0-9]+(?:[.:][0-9]+)+[.):]?|[0-9]+[.):]|[IVXLC]+[.)])\s+(?=\w)"
)


def heading_slug(value: str) -> str:
    """Slug of a heading without its numbering, for section ids and default topics."""
    return slugify(_NUMBERING.sub("", value))


def topic_slug(value: str) -> str:
    """A hierarchical topic: each `::` level slugified on its own."""
    parts = [slugify(part) for part in value.split("::")]
    return "::".join(part for part in parts if part)


def unmark(value: str) -> str:
    """The text as the reader sees it: explicit cloze marks removed."""
    return _MARK.sub(r"\1", value)


def marks(value: str) -> list[tuple[int, int, str]]:
    """Spans of `**marked**` phrases in the unmarked text, in order."""
    spans, removed = [], 0
    for m in _MARK.finditer(value):
        start = m.start() - removed
        spans.append((start, start + len(m.group(1)), m.group(1)))
        removed += 4
    return spans


def has_unbalanced_mark(value: str) -> bool:
    return "**" in _MARK.sub("", value)


@lru_cache(maxsize=4096)
def term_pattern(term: str, forms: tuple[str, ...] = ()) -> re.Pattern[str]:
    """A case-insensitive pattern for a term, its word forms and any extra forms given.

    Cached because the same few concept names are searched in every paragraph.
    """
    alternatives = []
    for word in (term, *forms):
        word = word.strip()
        if not word:
            continue
        escaped = r"\s+".join(re.escape(part) for part in word.split())
        if word.lower().endswith("ism"):
            escaped = escaped[: -len("ism")] + _ISM_ENDINGS
        alternatives.append(escaped)
    # Longest first so "individualistic" is not cut to "individualist".
    alternatives.sort(key=len, reverse=True)
    body = "|".join(alternatives) or r"(?!x)x"
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def first_words(value: str, count: int = 8) -> str:
    return " ".join(unmark(value).split()[:count])
