"""Choose a subset of notes by topic, section, kind, citation or article.

Selection only filters: it never changes a note. identify.py gives every note of the
articles read its identity whatever is selected, so a subset and the full deck share
guids and importing both never duplicates a note.
"""

from __future__ import annotations

import difflib
import fnmatch
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from deck_builder.errors import SelectionError

if TYPE_CHECKING:  # only named: the command line imports this module to list its options
    from deck_builder.notes import Facets

DIMENSIONS = ("topic", "section", "kind", "cite", "article")
PLURALS = {"topic": "topics", "section": "sections", "kind": "kinds", "cite": "citations",
           "article": "articles"}
# What `build --split-by` may make one package per (build.py groups the notes).
SPLIT_BY = ("topic", "section", "article")


@dataclass(frozen=True)
class Selection:
    include: dict[str, tuple[str, ...]] = field(default_factory=dict)
    exclude: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def is_everything(self) -> bool:
        return not any(self.include.values()) and not any(self.exclude.values())

    def matches(self, facets: Facets) -> bool:
        for dimension, patterns in self.include.items():
            if patterns and not _any_match(facets.values(dimension), patterns):
                return False
        for dimension, patterns in self.exclude.items():
            if patterns and _any_match(facets.values(dimension), patterns):
                return False
        return True

    def choose(self, items: Iterable, facets_of) -> list:
        """The items whose facets match; an error naming what exists when nothing does."""
        items = list(items)
        if self.is_everything:
            return items
        self.check_against(facets_of(item) for item in items)
        chosen = [item for item in items if self.matches(facets_of(item))]
        if not chosen:
            raise SelectionError("the selection matches no notes (each option matches some, "
                                 "but not together)")
        return chosen

    def check_against(self, facets: Iterable[Facets]) -> None:
        """Every pattern must name something that exists; otherwise say what does."""
        facets = list(facets)
        for kind_of_option, options in (("", self.include), ("exclude-", self.exclude)):
            for dimension, patterns in options.items():
                known = sorted({v for f in facets for v in f.values(dimension)})
                for pattern in patterns:
                    if not _any_match(known, (pattern,)):
                        close = difflib.get_close_matches(pattern, known, n=1, cutoff=0.6)
                        hint = f'; did you mean "{close[0]}"?' if close else ""
                        raise SelectionError(
                            f'--{kind_of_option}{dimension} "{pattern}" matches nothing{hint}\n'
                            f"Known {dimension}s: {', '.join(known) or '(none)'}"
                        )


def _any_match(values: Iterable[str], patterns: Iterable[str]) -> bool:
    values = [v.casefold() for v in values]
    for pattern in patterns:
        pattern = pattern.casefold()
        if any(fnmatch.fnmatchcase(v, pattern) for v in values):
            return True
    return False


def inventory(facets: Iterable[Facets]) -> dict[str, dict[str, int]]:
    """Note counts by topic (each level), section, kind, citation and article."""
    counts: dict[str, dict[str, int]] = {plural: {} for plural in PLURALS.values()}
    for f in facets:
        for dimension, plural in PLURALS.items():
            for value in set(f.values(dimension)):
                counts[plural][value] = counts[plural].get(value, 0) + 1
    return {plural: dict(sorted(c.items())) for plural, c in counts.items()}
