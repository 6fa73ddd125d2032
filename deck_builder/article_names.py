"""The names an article gives, in every form it writes them (issue 14).

A fact with no mark hides a term the article defines or names (generate.py: its concepts,
glossary, definitions, labels, short headings, marked phrases). Notes name those terms
again in other forms, and the fact is then silent: "## Conservative margins" over "The San
Andreas Fault lies on a conservative margin"; "- Marginal Social Cost (MSC): …" over "MSC >
MSB"; "## Bundle of His and Purkinje fibres" over "Purkinje fibres conduct fastest"; "The
translation lookaside buffer (TLB) caches …" over "A TLB miss forces …". Each is the same
name, and the fact's gap.

This module gives the other forms of the article's names:

- the singular or plural of a name's last word ("conservative margins", "a conservative
  margin"), in a name of two words or more (one word in -s may be a verb: "caches");
- a name and its abbreviation apart, where one is written in brackets after the other
  ("Marginal Social Cost (MSC)": "Marginal Social Cost", "MSC"), in a name or anywhere in
  the article's text, the abbreviation's letters being its long form's initials;
- each part of a heading that joins two names ("Bundle of His and Purkinje fibres", "TCP
  vs UDP", "Active and passive transport"), and a heading of up to MAX_NAME_WORDS words;
  of two words or more, as a one-word heading the reader did not take as a name is a
  topic ("Causes").

Not an abbreviation the article never spells out: "A normal [PR] interval", "the [SA] node"
hide a piece of a name, whose card asks a letter pair.

generate.py tries these last, for a fact that made no card by any other reading: what
already made a card keeps its gap. The reviews' rules still decide each gap (worth
recalling, not the heading's topic in passing, not given away by the rest of the text).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from deck_builder.quality import (
    COMMON_WORDS,
    STOP_WORDS,
    abbreviations,
    is_generic_heading,
    is_structural_label,
)
from deck_builder.statements import GERMAN_WORDS, verb_form
from deck_builder.text import HAN

MAX_NAME_WORDS = 4
# "Bundle of His and Purkinje fibres", "TCP vs. UDP", "Osmosis & diffusion", "Mitosis /
# meiosis", "Causes, symptoms and treatment": where a heading joins two or more names.
# (Not a decimal comma: "Mittelbreiten (23,5° < 66,5°)" is one name, and its half
# "Mittelbreiten (23" was asked, "[...],5° < 66,5°)": two blind samples.)
_JOIN = re.compile(r"\s*(?:(?<!\d),(?!\d)\s*(?:and\s+|or\s+)?|\s(?:and|or|vs\.?|versus)\s|"
                   r"&|/|\+)\s*", re.I)
_NUMBERING = re.compile(r"^\s*(?:[0-9]+(?:[.:][0-9]+)*[.):]?|[IVXLC]+[.)])\s+")
# Not a name: a question or a clause ("Why people live near volcanoes", "How DNS works").
_CLAUSE = re.compile(r"^(?:where|what|how|why|when|which|who|whose|is|are|do|does|can)\b|"
                     r"\b(?:is|are|was|were|do|does|did|can|will|should|must)\b", re.I)
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
# A long form and its abbreviation in brackets: "translation lookaside buffer (TLB)".
_BRACKETED_ABBREVIATION = re.compile(r"\(\s*(?P<abbr>[A-Z][A-Za-z]{0,2}[A-Z][A-Za-z0-9]?s?)\s*\)")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# A name in Chinese characters, two or more; and the words that join two in a heading
# ("协方差与相关系数", "进程、线程"), between two names of two characters or more.
_HAN_NAME = re.compile(f"[{HAN}]{{2,}}")
# (Not 和, inside 共和, 中和, 饱和: "中华人民共和国宪法" named "中华人民共"; the code review.)
_JOIN_CJK = re.compile(f"(?<=[{HAN}]{{2}})(?:以及|与|及|、)(?=[{HAN}]{{2}})")


def other_forms(name: str) -> tuple[str, ...]:
    """The forms of `name` besides itself that a sentence may write it in: the other number
    of its last word, without a leading article, and its long form and abbreviation apart
    ("Marginal Social Cost (MSC)")."""
    name = " ".join(name.split())
    found: list[str] = []
    bracket = _BRACKETED_ABBREVIATION.search(name)
    if bracket and not name[bracket.end():].strip():
        long_form = name[:bracket.start()].strip()
        if _spells(bracket["abbr"], long_form):
            found += [long_form, bracket["abbr"]]
    bare = _LEADING_ARTICLE.sub("", name)
    if bare != name:
        found.append(bare)
    for form in (*found, bare):
        found += _numbers(form)
    return tuple(f for f in dict.fromkeys(found) if f and f.casefold() != name.casefold())


def _numbers(name: str) -> list[str]:
    """The name with its last word in the other number: "conservative margins" ->
    "conservative margin", "blood cell" -> "blood cells". Only for a name of two words or
    more whose last is a word of lowercase letters (not an abbreviation, a symbol or a
    proper name's) of four letters or more."""
    head, _, last = name.rpartition(" ")
    if not head or not re.fullmatch(r"[a-z]{4,}", last):
        return []  # one word: "caches", "forms" may as well be a verb
    prefix = f"{head} "
    if last.endswith("ies"):
        return [f"{prefix}{last[:-3]}y"]
    if last.endswith(("sses", "shes", "ches", "xes", "zes")):
        return [f"{prefix}{last[:-2]}"]
    if last.endswith("s") and not last.endswith(("ss", "us", "is", "ous")):
        return [f"{prefix}{last[:-1]}"]
    if last.endswith(("ss", "sh", "ch", "x", "z")):
        return [f"{prefix}{last}es"]
    if last.endswith("y") and last[-2] not in "aeiou":
        return [f"{prefix}{last[:-1]}ies"]
    if last.endswith(("s", "us", "is")):
        return []
    return [f"{prefix}{last}s"]


def _spells(abbreviation: str, long_form: str) -> str | None:
    """The last words of `long_form` whose initials spell `abbreviation` (small words
    skipped or not: quality.abbreviations, "Theory of Mind" for "TOM" or "TM"), or None."""
    letters = abbreviation[:-1] if abbreviation.endswith("s") and abbreviation[:-1].isupper() \
        else abbreviation
    letters = letters.upper()
    words = _WORD.findall(long_form)
    for count in range(len(letters), min(len(words), 2 * len(letters)) + 1):
        tail = words[-count:]
        if letters in abbreviations(" ".join(tail)):
            start = long_form.rfind(tail[0], 0, len(long_form) - sum(
                len(w) for w in tail[1:]))
            return long_form[start:].strip() if start >= 0 else None
    return None


def heading_names(title: str) -> list[str]:
    """The names of two words or more a heading gives: itself, when a short name, or each
    name it joins ("Bundle of His and Purkinje fibres": "Bundle of His", "Purkinje
    fibres"). None of a question, a clause, a generic heading ("Summary") or a label
    ("Examples")."""
    bare = _NUMBERING.sub("", title).strip().rstrip(":").strip()
    bare = re.sub(r"[^\w\s'’()&/,.+-]", "", bare).strip()  # emoji, marks
    if not bare or bare.endswith("?") or _CLAUSE.search(bare):
        return []
    join = _JOIN_CJK if _HAN_NAME.search(bare) else _JOIN
    parts = [bare, *join.split(bare)] if join.search(bare) else [bare]
    # Of two words or more: a one-word heading the reader did not take as a name ("Causes",
    # "Passive" of "Passive vs active") is a topic, or half of a name ("The Revolution had
    # long-term and short-term [causes]" asks the heading's own word). Chinese writes a
    # name without spaces: two characters or more ("协方差" of "协方差与相关系数").
    return [p for p in (p.strip() for p in parts) if _a_name(p) and (
        len(p.split()) > 1 or _HAN_NAME.fullmatch(p))]


def _a_name(part: str) -> bool:
    words = _WORD.findall(part)
    return (0 < len(words) <= MAX_NAME_WORDS and len(part.split()) <= MAX_NAME_WORDS + 1
            and not all(w.casefold() in STOP_WORDS for w in words)
            and not is_generic_heading(part) and not is_structural_label(part)
            and words[0].casefold() not in STOP_WORDS)


def spelled_out(texts: Iterable[str]) -> Iterator[tuple[str, str]]:
    """Each (long form, abbreviation) the `texts` write as "long form (ABBR)", the
    abbreviation's letters being the long form's initials: "The translation lookaside
    buffer (TLB) caches …" gives ("translation lookaside buffer", "TLB")."""
    for text in texts:
        for match in _BRACKETED_ABBREVIATION.finditer(text):
            long_form = _spells(match["abbr"], text[:match.start()].rstrip())
            if long_form and len(long_form.split()) <= 2 * MAX_NAME_WORDS:
                yield long_form, match["abbr"]


# A word of a phrase of two or three lowercase words (repeated_phrases: "negative
# feedback", "rejection region", "quantity demanded"): no small word, no number.
_PHRASE_WORD = re.compile(r"[a-z][a-z'’-]{2,}")
# Verbs and adverbs that make a run of words a clause, not a name: "rapidly growing".
_NOT_IN_A_NAME = re.compile(r"(?:ly|ing|ed)$")
# Words that make a run of words a clause or a comparison ("chain gets longer"), or are
# the small words of other languages ("importante para la teoría"; German's are
# statements.GERMAN_WORDS, the signs of German text, and "ein", "aus" and "fur" besides:
# "fur" ("für" typed without its umlaut) is an English word too, no sign of German, and
# the two others were never counted as signs): no part of a name.
_CLAUSE_WORDS = frozenset("""
get gets got goes went become becomes became come comes came make makes take takes give
gives keep keeps seem seems look looks need needs mean means show shows lead leads tend
tends help helps allow allows cause causes put puts let lets say says
longer shorter higher lower greater larger smaller bigger faster slower stronger weaker
more less most least better worse
para por con del las los una uno unos unas que como pero sus est les des une pour avec
dans sur qui ein aus fur che
""".split()) | GERMAN_WORDS
# Italian's and Portuguese's articles joined to their prepositions: inside a name ("la
# dispersione dei dati") but never at its end or its start. "aumento dei", said before three
# points ("aumento dei tempi …", "aumento dei bug …"), was asked as a name, "[aumento dei]
# costi di sviluppo" (blind sample 4201: junk, "a filler gap"), as were "[della memoria]
# cache", "[dal livello] di rete", "per il [teorema della] permanenza". (Those that other
# languages write too, "col", "num", "aux", "dell", are no sign of the two, below.)
_ROMANCE_ARTICLES = frozenset("""
dei della delle degli dello nel nei nella nelle negli sul sui sulla alla alle agli allo
dal dai dalla dos das nos nas aos pela pelo pelos pelas numa
""".split())
_JOINED_ARTICLES = _ROMANCE_ARTICLES | {"dell", "col", "coi", "num", "aux"}
# Words only Italian or Portuguese text uses, its joined articles among them: two make a
# text one of theirs ("alla breve", "Masoor dal" in English are one).
_ROMANCE_WORDS = frozenset("""il gli di per che è sono non não é são uma com também questo
questa essere può più anche perché così ogni molto muito então ad""".split())
_ROMANCE_SIGNS = re.compile(r"(?<![\w'’])(?:" + "|".join(sorted(_ROMANCE_WORDS | _ROMANCE_ARTICLES))
                            + r")(?![\w'’])", re.I)


def repeated_phrases(texts: Iterable[str]) -> dict[str, int]:
    """The phrases of two or three lowercase words that `texts` write in more than one of
    them, each with how many: the technical words of an article, which it uses as names
    though it marks or defines none ("negative feedback", "rejection region"). Not a phrase
    with a small or common word ("many people", "main type"), a verb form or an adverb."""
    counts: dict[str, int] = {}
    phrases_of: dict[str, frozenset[str]] = {}  # a text written again is read once
    for text in texts:
        seen = phrases_of.get(text)
        if seen is None:
            seen = phrases_of[text] = _phrases(text)
        for phrase in seen:
            counts[phrase] = counts.get(phrase, 0) + 1
    return {phrase: count for phrase, count in counts.items() if count > 1}


def _phrases(text: str) -> frozenset[str]:
    """The phrases of `text` repeated_phrases counts, each once."""
    seen = set()
    # (A joined article only in Italian or Portuguese text and in lower case: "DoS attack",
    # "NAS device", "Masoor dal", "alla breve", "sui generis right" are names, the re-read.)
    romance = len(_ROMANCE_SIGNS.findall(text)) >= 2
    typed = text.split()
    words = text.casefold().split()
    if len(typed) != len(words):
        romance = False  # (a letter casefold splits: no article read there)
    # Whether each word is a phrase word whole, and the phrase word it opens with ("supply"
    # of "supply."), worked out once a word, not once for each run it is in.
    whole = [_PHRASE_WORD.fullmatch(w) is not None for w in words]
    heads = [m.group() if (m := _PHRASE_WORD.match(w)) else None for w in words]
    for size in (3, 2):
        for start in range(len(words) - size + 1):
            last = heads[start + size - 1]
            if last is None or not all(whole[start:start + size - 1]):
                continue
            phrase = " ".join([*words[start:start + size - 1], last])
            if phrase not in seen and _a_phrase(phrase) and not (
                    romance and (words[start] in _JOINED_ARTICLES and _as_a_word(typed[start])
                                 or last in _JOINED_ARTICLES
                                 and _as_a_word(typed[start + size - 1]))):
                seen.add(phrase)
    return frozenset(seen)


def _as_a_word(typed: str) -> bool:
    """Whether `typed` is written as a word is, in lower case or capitalised ("Nel"), not
    as letters of a name ("DoS", "NAS")."""
    return typed.islower() or typed[:1].isupper() and typed[1:].islower()


@lru_cache(maxsize=1 << 16)  # an article says its phrases many times
def _a_phrase(phrase: str) -> bool:
    words = phrase.split()
    # A verb or an adverb before the last word makes a clause ("rapidly growing"); the last
    # may be one ("quantity demanded", "aggregate supply").
    return (all(w not in STOP_WORDS and w not in COMMON_WORDS and w not in _CLAUSE_WORDS
                for w in words)
            and not any(_NOT_IN_A_NAME.search(w) for w in words[:-1])
            # "statistic falls", "buyer responds": a verb of its subject; not "money supply"
            and not any(w.endswith("s") and verb_form(w) for w in words[1:]))
