"""Which refusals an article deserves, worked out from the article itself.

Property tests build arbitrary articles; a build may refuse one only for a flaw the article
has. A reader that refused sound text (all non-ASCII text, say) would then refuse an
article without one of these flaws, or with a message none of them explains, and fail
the property instead of passing it as "a clear message".
"""

from __future__ import annotations

import re
from collections import Counter

from deck_builder.text import composed, has_unbalanced_mark, slugify, topic_slug

# The characters Anki drops on import, and plane 15, which stands for images inside text
# (text.image_mark): readers/builder.py refuses both.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_PRIVATE = re.compile("[\U000f0000-\U000fffff]")

# A refusal's message -> the flaw that explains it.
MESSAGES = {
    "empty": re.compile(r"^is empty; write some text or remove it$"),
    "unbalanced": re.compile(r"^unbalanced cloze mark: `\*\*` opens a marked phrase"),
    "control": re.compile(r"(^contains the control character U\+[0-9A-F]{4}, which no card can "
                          r"show|^the control character U\+[0-9A-F]{4} is not allowed in YAML)"),
    "private": re.compile(r"^contains the private-use character U\+[0-9A-F]{5}, which no card "
                          r"can show"),
    "topic": re.compile(r"^topic .* has no letters or digits$"),
    "deck": re.compile(r"^.* names no deck; write a name, or remove `deck:` to use the title$"),
    "twice": re.compile(r'^concept ".*" is listed twice \(also on line \d+\); remove one$'),
    "clash": re.compile(r" (again|clashes with .*) (\(first )?on line \d+\)?; each item needs "
                        r"its own note"),
}


def _strings(value):
    """Every piece of text in an article, keys of mappings (cells' concepts) included."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _has_repeat(keys) -> bool:
    return any(count > 1 for count in Counter(keys).values())


def _clashing_keys(article: dict) -> bool:
    """Two lists, tables, items of a list, rows of a table, definitions or glossary terms
    whose keys (content.py: slugs of their names) are the same."""
    lists = [lst for s in article["sections"] for lst in s.get("lists", ())]
    tables = [t for s in article["sections"] for t in s.get("comparisons", ())]
    terms = [d["term"] for s in article["sections"] for d in s.get("definitions", ())]
    return (
        _has_repeat(slugify(lst["title"]) for lst in lists)
        or _has_repeat(slugify(t["title"]) for t in tables)
        or _has_repeat((slugify(lst["title"]), slugify(i["label"]))
                       for lst in lists for i in lst["items"])
        or _has_repeat((slugify(t["title"]), slugify(r["dimension"]))
                       for t in tables for r in t["rows"])
        or _has_repeat(slugify(term) for term in terms)
        or _has_repeat(slugify(g["term"]) for g in article.get("glossary", ()))
    )


def deserved(article: dict) -> set[str]:
    """The kinds of refusal (keys of MESSAGES) this article's flaws explain."""
    flaws = set()
    for value in _strings(article):
        folded = " ".join(value.split())
        if not folded:
            flaws.add("empty")
        elif has_unbalanced_mark(folded):
            flaws.add("unbalanced")
        if _CONTROL.search(value):
            flaws.add("control")
        if _PRIVATE.search(folded):
            flaws.add("private")
    # The deck (the title when there is none) is a path of names split at "::", blank parts
    # dropped (build._deck_names): "::" or " :: " names no deck at all.
    deck = article.get("deck", article.get("title"))
    if isinstance(deck, str) and not any(part.strip() for part in deck.split("::")):
        flaws.add("deck")
    # A topic is a tag: one with no letter or digit (an unassigned code point) has none.
    if any(isinstance(s.get("topic"), str) and s["topic"].strip() and not topic_slug(s["topic"])
           for s in article["sections"]):
        flaws.add("topic")
    # A name refused as empty or for a control character is keyed by what is left of it,
    # which may be a sibling's key (a list titled "" after one titled "0\x1b"): the clash
    # then follows from that flaw, not from a reader refusing sound text.
    # One concept typed twice, the same once composed (NFC) and folded: "É" and "E" with a
    # combining accent.
    names = [c if isinstance(c, str) else c.get("name", "") for c in article.get("concepts", ())]
    if _has_repeat(composed(n).casefold() for n in names if isinstance(n, str) and n.strip()):
        flaws.add("twice")
    if _clashing_keys(article) or flaws & {"empty", "control"}:
        flaws.add("clash")
    return flaws


def unexplained(problems, article: dict) -> list[str]:
    """The problems no flaw of the article explains (empty when the refusal is deserved)."""
    allowed = deserved(article)
    return [str(p) for p in problems
            if not any(MESSAGES[kind].search(p.message) for kind in allowed)]
