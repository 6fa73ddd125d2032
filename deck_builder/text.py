"""Small text helpers shared by the readers and the note generator."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import lru_cache

_NON_SLUG = re.compile(r"[^\w]+")
# Math as readers write it into the model: MathJax `\(…\)` inline, `\[…\]` displayed. A
# formula holds no other opener (`\\[2pt]`, a line break's spacing, is no opener): an unclosed
# `\(` is looked past only up to the next one, where a scan to the end of the text at each of
# 20,000 of them took seconds.
_MATH_SPAN = (r"\\\((?:(?!(?<!\\)\\[(\[])[\s\S])*?\\\)"
              r"|\\\[(?:(?!(?<!\\)\\[(\[])[\s\S])*?\\\]")
# A `**mark**`, never one whose `**` stand inside math: "$x**2$" and "$**$ … $**$" are TeX
# as typed, and read as marks they made a cloze of the prose between two formulas and
# emptied them. Math is matched whole (group 1 empty) so that it is stepped over; a marked
# formula ("**$E=mc^2$**") is marked whole.
_MARK = re.compile(rf"{_MATH_SPAN}|\*\*((?:{_MATH_SPAN}|(?!\\[(\[])[\s\S])+?)\*\*")

# Endings that make the word forms of an "-ism" concept: individualism, individualist,
# individualists, individualistic, individualistically. Hiding all of them together is
# what keeps a cloze card from showing its own answer.
_ISM_ENDINGS = r"(?:ism|isms|ist|ists|istic|istically)"


# Scripts written without spaces between words: Chinese, Japanese kana, Korean Hangul
# syllables (Hangul spaces its phrases, each several characters long).
# KANA_HAN (Japanese kana, Chinese characters) and Hangul, as a character class's ranges:
# the Markdown reader's Chinese and Japanese definitions ("X是…", "XとはY") take KANA_HAN alone.
KANA_HAN = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
CJK_CHARS = KANA_HAN + "\uac00-\ud7af"
# Chinese characters alone (KANA_HAN without the kana), as a class's ranges: the one class
# every Chinese rule reads (a character one rule counted and another did not was a word
# edge to one and none to the other).
HAN = KANA_HAN.replace("\u3040-\u30ff", "")
HAN_CHAR = re.compile(f"[{HAN}]")
# The names of the Greek letters as TeX writes them (`\\alpha`, `\\varepsilon`).
GREEK_LETTERS = ("alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa "
                 "lambda mu nu xi omicron pi varpi rho varrho sigma varsigma tau upsilon phi "
                 "varphi chi psi omega Gamma Delta Theta Lambda Xi Pi Sigma Upsilon Phi Psi "
                 "Omega").split()
# A formula as shield_math leaves it, in a pattern of the prose around it.
SHIELDED_MATH = r"\\\(\ue000+\\\)"
CJK = re.compile(f"[{CJK_CHARS}]")  # one character of those scripts
# The punctuation those scripts write (ideographic space, 、。「」, full-width ！，：？), and
# the ellipsis and middle dot: a gloss in them ("期待！", "现在几点？") is one gloss.
CJK_PUNCTUATION = "\u3000-\u303f\uff01-\uff0f\uff1a-\uff1f…·"
# Inline code as CommonMark writes it: a run of backticks, then the same run again.
CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)")
# What a word of such a script is worth, in characters: Chinese words run one to three.
CJK_WORD_CHARS = 2
# A year as notes write one, 1000 to 2099: the digits alone, each use says what may stand
# around them.
YEAR_DIGITS = r"(?:1[0-9]{3}|20[0-9]{2})"
# An arrow as notes type one, from a cause to its effect or a question to its answer: the
# sign ("→", "⇒") or its ASCII spelling ("->", "=>"), as a pattern's alternatives.
ARROW = "→|⇒|->|=>"
# The same with the long ASCII arrow "-->" read whole, where the arrow itself is cut out (a
# cause and its effect, a cue before its answer): read as "->", it left a "-" on the cause,
# and a cue typed "Wohin? -->" was no cue. The readers' question-and-answer patterns read
# ARROW alone ("Why? --> …" is no answered question to them): reading "-->" there changes
# which lines are questions, a change of its own, not a tidy.
ARROW_WITH_LONG = ARROW.replace("->", "-{1,2}>")


# The pronouns and pointing words a clause about nothing named opens on ("这使利率下降",
# "前者…"). Not 其他/其它/其余 ("other …"), which point at nothing. The statements'
# readings, the Markdown reader's pointing openings and the fronts' sentence cuts
# (quality.py) are built on the same words.
CJK_POINTING_WORDS = r"这|這|那|它|其(?![他它余餘])|此|该|該|上述|以上|前者|后者|後者"


def is_cjk(char: str) -> bool:
    return bool(CJK.match(char))


def token_words(token: str) -> int:
    """What one space-parted token is worth in words: 1, or for a run of a script written
    without spaces ("操作系統是一種複雜的系統軟件") one every CJK_WORD_CHARS characters, so a
    Chinese sentence is not one word too short for every rule that counts words."""
    cjk = len(CJK.findall(token)) if not token.isascii() else 0
    return max(1, -(-cjk // CJK_WORD_CHARS)) if cjk else 1


def word_count(value: str, tokens: bool = False) -> int:
    """Words: what spaces part with a letter or digit in it (`tokens`: every part, "—"
    too), each CJK run counted by token_words."""
    return sum(token_words(word) for word in value.split()
               if tokens or any(c.isalnum() for c in word))


def composed(value: str) -> str:
    """The text in Unicode's composed form (NFC), the form Anki keeps every field in.

    "é" can be typed as one character or as "e" and a combining accent. Anki composes
    every field on import, so a card shows "é" either way: names are found and hidden
    in the composed text, or one spelled the other way would show on its own card.
    """
    return value if value.isascii() else unicodedata.normalize("NFC", value)


@lru_cache(maxsize=4096)  # every heading, topic and key asks it; the same names recur
def slugify(value: str) -> str:
    """A tag- and key-safe name: lower case, words joined by hyphens, letters kept."""
    value = unicodedata.normalize("NFKC", value).casefold()
    return _NON_SLUG.sub("-", value.replace("_", "-")).strip("-")


# Characters that carry meaning in a name ("C++", "C#", "A&B", "50%", "x/y"): symbols of
# every Unicode kind and the marks among punctuation that are not sentence punctuation.
_MEANINGFUL = frozenset("#%&*@/\\§†‡")
_KEPT_SYMBOL = re.compile(r"%[0-9A-F]{2}")
_ASCII_SYMBOL = re.compile("[" + re.escape("".join(
    c for c in map(chr, range(128)) if c in _MEANINGFUL or unicodedata.category(c)[0] == "S"
)) + "]")


def _meaningful(char: str) -> bool:
    return char in _MEANINGFUL or unicodedata.category(char).startswith("S")


@lru_cache(maxsize=4096)  # each note's key, from the first words its neighbours share
def key_slug(value: str) -> str:
    """slugify() that keeps symbols, for the keys of notes: "C++ is" and "C# is" differ.

    Each symbol is written percent-encoded ("c%2B%2B-is"), so a key never holds "/" (the
    separator of its parts) and dropping the encoded symbols gives back slugify()'s key
    exactly (legacy_slug): a name without symbols keeps the key it always had, and one with
    them is found under the key an older lock recorded (identify.py).
    """
    value = unicodedata.normalize("NFKC", value).casefold().replace("_", "-")
    if (value.isascii() and _ASCII_SYMBOL.search(value) is None) or not any(
            map(_meaningful, value)):
        return _NON_SLUG.sub("-", value).strip("-")
    return _HYPHENS.sub("-", value.translate(_KEY_CHARS)).strip("-")


class _KeyChars(dict):
    """key_slug's writing of each character (by code point), worked out the first time
    it is asked for: a fact of TeX has dozens of symbols, in every note."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if _meaningful(char):
            out = "".join(f"%{byte:02X}" for byte in char.encode("utf-8"))
        elif _NON_SLUG.match(char):
            out = "-"
        else:
            out = char
        self[code] = out
        return out


_KEY_CHARS = _KeyChars()
_HYPHENS = re.compile(r"-{2,}")


class UniqueNames:
    """Names handed out once each: `claim("x")` gives "x", then "x-2", "x-3"... the first
    not yet claimed. Each name remembers how far its count got, so 40,000 sections of one
    title cost 40,000 steps, not the 800 million of counting from 2 every time."""

    def __init__(self):
        self.taken: set[str] = set()
        self.reached: dict[str, int] = {}

    def __contains__(self, name: str) -> bool:
        return name in self.taken

    def claim(self, value: str) -> str:
        number = self.reached.get(value, 1)
        candidate = value if number == 1 else f"{value}-{number}"
        while candidate in self.taken:
            number += 1
            candidate = f"{value}-{number}"
        self.reached[value] = number
        self.taken.add(candidate)
        return candidate


def legacy_slug(key: str) -> str:
    """The key slugify() gave before symbols were kept: each part without its symbols."""
    if "%" not in key:
        return key
    return "/".join(_NON_SLUG.sub("-", _KEPT_SYMBOL.sub("-", part)).strip("-")
                    for part in key.split("/"))


# "1. Individualism", "3:18 Mitosis", "IV) Results": numbering is not part of the name.
_NUMBERING = re.compile(
    r"^\s*(?:[0-9]+(?:[.:][0-9]+)+[.):]?|[0-9]+[.):]|[IVXLC]+[.)])\s+(?=\w)"
)


def heading_slug(value: str) -> str:
    """Slug of a heading without its numbering, for section ids and default topics."""
    return slugify(_NUMBERING.sub("", value))


@lru_cache(maxsize=4096)  # asked of every section's topic, which its sections share
def topic_slug(value: str) -> str:
    """A hierarchical topic: each `::` level slugified on its own."""
    parts = [slugify(part) for part in value.split("::")]
    return "::".join(part for part in parts if part)


@lru_cache(maxsize=4096)  # a text is read for its plain words several times over
def unmark(value: str) -> str:
    """The text as the reader sees it: explicit cloze marks removed."""
    # Labels, dimensions and table cells have no marks: no regex for them. The phrase is
    # given back by a function, not the template r"\1": Python reads a template through
    # the re module's Python code on every call (30 us a cell against 7 us).
    return _MARK.sub(_marked_phrase, value) if "**" in value else value


def _marked_phrase(match: re.Match[str]) -> str:
    return match[0] if match[1] is None else match[1]


def marks(value: str) -> list[tuple[int, int, str]]:
    """Spans of `**marked**` phrases in the unmarked text, in order."""
    spans, removed = [], 0
    for m in _MARK.finditer(value):
        if m[1] is None:
            continue  # math, stepped over whole
        start = m.start() - removed
        spans.append((start, start + len(m.group(1)), m.group(1)))
        removed += 4
    return spans


def has_unbalanced_mark(value: str) -> bool:
    return "**" in value and "**" in _MARK.sub("", value)  # math aside, as marks and TeX


_WORD_CHAR = re.compile(r"\w")


# Chinese writes no space between words, and a term is often the head or the tail of a
# compound noun: "频谱" of "频谱密度函数", "采样定理" of "奈奎斯特采样定理", "摩尔热容" of
# "定体摩尔热容". Hidden there, the gap took half a word. So a term written in Chinese
# characters is found only where the character beside it is no Chinese character, or is
# one that starts or ends the word next to it: a particle, a preposition, a copula, a
# common verb or adverb ("当[雷诺数]超过", "孤立系统的[熵]", "[边界层]内的速度"); never a
# suffix that makes a longer noun of it (率, 性, 化, 度, 值, 者, 论, 学, 器: "[失业]率" cut
# the unemployment rate in half). Without a
# segmenter this misses some (a term before a rarer verb); it never cuts a word listed.
# (stands_as_a_word: for a term to ask, found by TermIndex inside a run of characters.)
# (Not 对, 由, 称, which end 相对, 自由, 对称; nor, after a term, 中, 下, 均, 能, 反, 表, 指,
# 向, 对, 主, 通, 包, 决, 属, 用, 随, 一, which open 中枢, 下降, 均值, 能量, 反应, 表格,
# 指数, 向量, 对称, 主义, 通道, 包络, 决策, 属性, 用户, 随机, 一致: the code review's
# "实对称[…]", "[…]下降法", "[…]反应".)
_BEFORE_A_WORD = ("的是在和与及或为当把被从向将了个种做叫这那其该此各每即若如则而且并但所于"
                  # the last character of a verb or preposition before its object:
                  # 得到, 对于/由于, 表示, 上述/描述, 通过/经过, 可见, 出现/发现, 使用/利用,
                  # 令, 设, 记, 求 ("表示[功率谱密度]", "对于[平稳过程]")
                  "到示述过见现用令设记求")
_AFTER_A_WORD = ("的是在和与及或为有会可被把从由将就也都还并而则即称叫超大小高低越不没"
                 "很最更时内上里后前之等较使让描刻具满取总只必仍已")
# ... and the words of two characters that open with one of those left out above, which
# after a term start a word of their own: "[协方差]用来刻画…", "[熵]表示…".
_AFTER_A_WORD_TWO = frozenset(
    "用来 用于 用以 表示 表明 指出 指的 反映 能够 通过 包括 包含 属于 决定 随着 一般 主要 通常 "
    "对于 对应 向着 中的 下的 均为 均匀".split())

def stands_as_a_word(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]`, a term found there, is a word of its own where a side of it
    is a Chinese character (_BEFORE_A_WORD, _AFTER_A_WORD): the term may be asked there. A term's
    pattern finds it inside compounds too, which is what hiding every form of an answer
    needs; asking it needs this."""
    left = not HAN_CHAR.match(text, start) or start == 0 or not HAN_CHAR.match(
        text, start - 1) or text[start - 1] in _BEFORE_A_WORD
    right = not HAN_CHAR.match(text, end - 1) or end >= len(text) or not HAN_CHAR.match(
        text, end) or text[end] in _AFTER_A_WORD or text[end:end + 2] in _AFTER_A_WORD_TWO
    return left and right


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
        # A CJK term has no spaces around it in its sentence ("操作系統是一種…"): no word
        # boundary to ask for on a side where it starts or ends with such a character.
        # So is a side of a CJK term that ends in a bracket or other mark ("死锁避免(deadlock
        # avoidance)通过…"): a CJK letter may follow it straight away.
        cjk = not word.isascii() and bool(CJK.search(word))
        alternatives.append((escaped, is_cjk(word[0]) or (cjk and not _WORD_CHAR.match(word[0])),
                             is_cjk(word[-1]) or (cjk and not _WORD_CHAR.match(word[-1]))))
    # Longest first so "individualistic" is not cut to "individualist".
    alternatives.sort(key=lambda a: len(a[0]), reverse=True)
    if any(left or right for _, left, right in alternatives):
        body = "|".join(("" if left else r"(?<!\w)") + escaped + ("" if right else r"(?!\w)")
                        for escaped, left, right in alternatives)
        source = rf"(?:{body})"
    else:
        body = "|".join(escaped for escaped, _, _ in alternatives) or r"(?!x)x"
        source = rf"(?<!\w)(?:{body})(?!\w)"
    words = [w for w in (term, *forms) if w.strip()]
    if len(words) == 1 and words[0].isascii():
        phrase = _Phrase.of(source, words[0])
        if phrase is not None:
            return phrase  # type: ignore[return-value]
    return re.compile(source, re.IGNORECASE)


# The characters on which re.IGNORECASE and lower() disagree about matching an ASCII
# character (dotless i, long s), or whose lower() is not one character (dotted capital I);
# tests/test_text.py derives this set from the regex engine itself.
_NOT_FOLDABLE = re.compile("[\u0130\u0131\u017f]")
_ISM_SUFFIXES = frozenset(("ism", "isms", "ist", "ists", "istic", "istically"))



# Every target of a note is searched for in the same text: it is lowered once, not once per
# target (a fact of 60,000 marks has 60,000 targets).
_last_folded: tuple[str, str] = ("", "")


def _folded(text: str) -> str:
    global _last_folded
    if _last_folded[0] is not text:
        _last_folded = (text, text.lower())
    return _last_folded[1]

class _Phrase:
    """term_pattern's compiled pattern for one ASCII phrase, matched without compiling it.

    Nearly every **marked** phrase and list label is a new phrase, and re.compile costs
    about as much as everything else done for its note, so a large course spent most of
    its build compiling. In a text free of _NOT_FOLDABLE characters, re.IGNORECASE on an
    ASCII character is `lower()` equality, `\\w` is `isalnum()` or "_" and `\\s` is
    `isspace()`; those texts are matched here, finding exactly the spans the pattern
    finds (tests/test_text.py compares the two). Any other use compiles the pattern.
    """

    __slots__ = ("source", "words", "ism", "_compiled", "_found")

    def __init__(self, source: str, words: list[str], ism: bool):
        self.source = source
        self.words = words
        self.ism = ism
        self._compiled: re.Pattern[str] | None = None
        self._found: tuple[str, list[tuple[int, int]]] | None = None

    @classmethod
    def of(cls, source: str, phrase: str) -> _Phrase | None:
        words = phrase.lower().split()
        ism = words[-1].endswith("ism")
        if ism:
            words[-1] = words[-1][: -len("ism")]
        return cls(source, words, ism) if words[0] else None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.source, re.IGNORECASE)
        return self._compiled

    def __getattr__(self, name: str):
        return getattr(self.compiled, name)

    def finditer(self, text: str, *args):
        if args or not _foldable(text):
            return self.compiled.finditer(text, *args)
        return self._matches(text)

    def search(self, text: str, *args):
        if args or not _foldable(text):
            return self.compiled.search(text, *args)
        return next(self._matches(text), None)

    def _matches(self, text: str):
        folded = _folded(text)
        if len(text) >= _INDEXED_TEXT:
            # A long text is asked after the phrase more than once (is it worth a card,
            # where are its gaps): its few places are kept for the next time.
            if self._found is None or self._found[0] is not text:
                starts = self._starts(text, folded, _word_runs(text, folded))
                found = None if starts is None else self._matches_at(text, folded, starts)
                self._found = (text, found)
            if self._found[1] is not None:
                for start, end in self._found[1]:
                    yield _Match(text, start, end)
                return
        first = self.words[0]
        position = 0
        while (start := folded.find(first, position)) >= 0:
            end = None
            if not (start and _is_word(text[start - 1])):
                end = self._end(text, folded, start)
            if end is None:
                position = start + 1
            else:
                yield _Match(text, start, end)
                position = end

    def _matches_at(self, text: str, folded: str, starts) -> list[tuple[int, int]]:
        """The spans _matches finds, from the only places a match may start (ascending)."""
        found, position = [], 0
        for start in starts:
            if start < position or (start and _is_word(text[start - 1])):
                continue
            end = self._end(text, folded, start)
            if end is not None:
                found.append((start, end))
                position = end
        return found

    def _starts(self, text: str, folded: str, runs: dict[str, list[int]]) -> list[int] | None:
        """Where a match may start, found from its rarest word in `runs` (_word_runs), or
        None when no word can be looked up there.

        A phrase of 60,000 that all begin "distinct mark" would otherwise each visit every
        "distinct" of the text. A match's first word starts where a run of word characters
        does (the text before it is no word character), and each later word after spaces:
        so each word that begins with a word character begins a run, and that run, folded,
        is the word's leading word characters (what follows them in the word, or the space
        or non-word character after the match, ends the run). Only the last word of an
        -ism phrase is not known in full. So is every other run of word characters in a
        word, between characters that are none ("x_" and "1" in "\\(x_{1}\\)"): a formula
        opens with none, and each formula of a paragraph of highlighted ones was looked for
        by scanning the text from its start. From a place of the chosen run, its word starts
        the run's offset before, the words before it are found backwards over the spaces,
        and _end checks the whole match from there.
        """
        words = self.words
        best = None
        for index, word in enumerate(words):
            if self.ism and index == len(words) - 1:
                continue
            for run in _LEADING_RUN.finditer(word):
                places = runs.get(run.group(), ())
                if best is None or len(places) < len(best[2]):
                    best = (index, run.start(), places)
        if best is None:
            return None
        index, offset, places = best
        if index == 0:
            return [place - offset for place in places if place >= offset]
        starts = []
        for place in places:
            at = place - offset
            if at < 0:
                continue
            for word in reversed(words[:index]):
                space = at
                while space and text[space - 1].isspace():
                    space -= 1
                if space == at:
                    break
                at = space - len(word)
                if at < 0 or not folded.startswith(word, at):
                    break
            else:
                starts.append(at)
        return starts

    def _end(self, text: str, folded: str, start: int) -> int | None:
        """Where the phrase found at `start` ends, or None when it does not match there."""
        size, at = len(text), start
        for index, word in enumerate(self.words):
            if index:
                after_space = at
                while after_space < size and text[after_space].isspace():
                    after_space += 1
                if after_space == at:
                    return None
                at = after_space
            if not folded.startswith(word, at):
                return None
            at += len(word)
        if self.ism:
            end = at
            while end < size and _is_word(text[end]):
                end += 1
            return end if folded[at:end] in _ISM_SUFFIXES else None
        return None if at < size and _is_word(text[at]) else at


# Texts this long are searched from an index of their words (_word_runs) rather than by
# scanning for each phrase's first word; shorter ones cost less to scan than to index.
_INDEXED_TEXT = 2048
_LEADING_RUN = re.compile(r"[a-z0-9_]+")
_last_runs: tuple[str, dict[str, list[int]]] = ("", {})


def _word_runs(text: str, folded: str) -> dict[str, list[int]]:
    """Where each run of word characters of `text` starts, by the run as `folded` has it;
    made once for the many phrases searched in one text."""
    global _last_runs
    if _last_runs[0] is not text:
        runs: dict[str, list[int]] = {}
        for run in _WORD_RUN.finditer(text):
            runs.setdefault(folded[run.start():run.end()], []).append(run.start())
        _last_runs = (text, runs)
    return _last_runs[1]


class _Match:
    """The part of re.Match that callers of term_pattern use."""

    __slots__ = ("string", "_start", "_end")

    def __init__(self, string: str, start: int, end: int):
        self.string, self._start, self._end = string, start, end

    def start(self, group: int = 0) -> int:
        return self._start

    def end(self, group: int = 0) -> int:
        return self._end

    def span(self, group: int = 0) -> tuple[int, int]:
        return self._start, self._end

    def group(self, group: int = 0) -> str:
        return self.string[self._start : self._end]

    __getitem__ = group


_WORD_RUN = re.compile(r"\w+")
# The one character re.IGNORECASE matches to a word character though it is none itself
# (to iota); with _NOT_FOLDABLE, all its disagreements with casefold() and \w (derived from
# the regex engine by tests/test_text.py).
_IOTA_SUBSCRIPT = "\u0345"


class TermIndex:
    """Which of many terms a text may name, found from the text's words in one pass.

    Asking every term's pattern of every fact costs terms x facts searches: 8,000 glossary
    terms in 8,000 facts were 64 million. A term_pattern match starts where a run of word
    characters starts, and that run, case-folded, is the case-folded first run of word
    characters of the term or of one of its forms (all of it, or for an -ism term spoken
    in one word, its stem before "ism"). So the index keys each term by that run, and a
    text's candidates are the terms keyed by the runs it holds; their patterns still
    decide, so what is found is exactly what asking every pattern finds. Terms with no
    such key, and texts in which case folding and re.IGNORECASE disagree
    (_NOT_FOLDABLE, _IOTA_SUBSCRIPT), are asked as before.
    """

    def __init__(self, entries):
        """`entries`: (item, term, forms) triples; candidates() gives back items."""
        self.items: list = []
        self._whole: dict[str, list[int]] = {}
        self._stems: dict[str, list[int]] = {}
        self._always: list[int] = []
        # A CJK term has no word boundary before it: "雷诺数" is named inside the run
        # "当雷诺数超过约4000时", never as a run of its own. Such a term is a candidate of a
        # text holding its first run anywhere (a substring test), not only as a whole run:
        # keyed by runs alone, no CJK term was ever found inside CJK prose.
        self._inside: dict[str, list[int]] = {}
        # ... found by their first two characters (one, for a key of one): at each place a
        # text holds two that open a key, the slices of the lengths of the keys they open
        # are looked up. A substring test per key of a glossary of 8,000 Chinese terms in
        # each of 8,000 facts was the quadratic cost the index avoids; so was a test per
        # key sharing its first two characters (the code review: 4,000 terms, 0.44 s).
        self._inside_by_start: dict[str, set[int]] = {}
        for index, (item, term, forms) in enumerate(entries):
            self.items.append(item)
            for word in (term, *forms):
                if not word.strip():
                    continue
                key = _first_run_key(word)
                # Any term with a CJK character: "DNA聚合酶" stands inside "…DNA聚合酶沿着…".
                if key is not None and CJK.search(word):
                    self._inside_by_start.setdefault(key[1][:2], set()).add(len(key[1]))
                    self._inside.setdefault(key[1], []).append(index)
                elif key is None:
                    self._always.append(index)
                else:
                    table = self._stems if key[0] else self._whole
                    table.setdefault(key[1], []).append(index)
        self._stem_lengths = sorted({len(key) for key in self._stems})
        # The candidates of the texts asked of lately: a note's text is asked again by each
        # rule, and identical facts or headings ask one text thousands of times.
        self._asked: dict[str, tuple] = {}

    def candidates(self, text: str) -> list:
        """The items whose terms may occur in `text`, in the order they were given."""
        found = self._asked.get(text)
        if found is None:
            if len(self._asked) >= _ASKED:
                self._asked.clear()
            found = self._asked[text] = tuple(self._candidates(text))
        return list(found)

    def _candidates(self, text: str) -> list:
        if not _foldable(text) or _IOTA_SUBSCRIPT in text:
            return list(self.items)
        found = set(self._always)
        # In ASCII, case folding is lower(): one call for the whole text, not one per run.
        runs = (set(_WORD_RUN.findall(text.lower())) if text.isascii()
                else {run.casefold() for run in _WORD_RUN.findall(text)})
        # The keys a text holds, found by set intersection rather than a lookup per run.
        for run in runs & self._whole.keys():
            found.update(self._whole[run])
        for end in self._stem_lengths:  # only the lengths some stem key has
            for key in {run[:end] for run in runs if len(run) >= end} & self._stems.keys():
                found.update(self._stems[key])
        if self._inside and CJK.search(text):
            folded = text.casefold()
            by_start, inside = self._inside_by_start, self._inside
            for at in range(len(folded)):
                for start in (folded[at:at + 2], folded[at]):
                    for length in by_start.get(start, ()):
                        found.update(inside.get(folded[at:at + length], ()))
        return [self.items[i] for i in sorted(found)]


_ASKED = 1024  # texts whose candidates a TermIndex keeps (each holds only references)


def _first_run_key(word: str) -> tuple[bool, str] | None:
    """(is a stem, the case-folded key) that a text naming `word` holds as a run of word
    characters, or None when there is none to index by."""
    word = word.strip()
    if _NOT_FOLDABLE.search(word) or _IOTA_SUBSCRIPT in word:
        return None
    first = word.split()[0]
    run = _WORD_RUN.search(first)
    if run is None:
        return None
    # term_pattern's "-ism" forms change the end of the word's last run: when that is also
    # its first run, a text holds the stem and some ending, not the run as written.
    only_run = len(word.split()) == 1 and _WORD_RUN.search(first, run.end()) is None
    if only_run and word.lower().endswith("ism"):
        stem = run.group()[: -len("ism")].casefold()
        return (True, stem) if stem else None
    return False, run.group().casefold()


def _foldable(text: str) -> bool:
    return text.isascii() or _NOT_FOLDABLE.search(text) is None


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


# An image inside text stands in the text as one character of Unicode's private use plane
# 15, U+F0000 + its index in Article.images. Not a letter, digit or space, it is never part
# of a word, a slug, a cloze target or a mask; render.py puts the <img> in its place.
IMAGE_BASE = 0xF0000
MAX_IMAGES = 0xFFFE  # per article: the plane's code points


def image_mark(index: int) -> str:
    return chr(IMAGE_BASE + index)


# Every character image_mark gives, to find them in a text in one pass.
_IMAGE_MARK = re.compile(f"[{chr(IMAGE_BASE)}-{chr(IMAGE_BASE + MAX_IMAGES - 1)}]")


def image_marks(value: str) -> list[str]:
    """The image marks in the text, in order (a regex pass, not image_index per character)."""
    return _IMAGE_MARK.findall(value)


def image_index(char: str) -> int | None:
    """The Article.images index a character stands for, or None for any other character."""
    index = ord(char) - IMAGE_BASE
    return index if 0 <= index < MAX_IMAGES else None


def without_images(value: str) -> str:
    """The text with its image marks taken out (for keys, labels and similarity)."""
    if value.isascii():
        return value
    return " ".join(_IMAGE_MARK.sub("", value).split())


def first_words(value: str, count: int = 8) -> str:
    # An image is no word: adding one to a fact leaves its key (and its note) as it was.
    return " ".join(without_images(unmark(value)).split()[:count])


_MATH = re.compile(_MATH_SPAN)


def math_spans(value: str) -> list[tuple[int, int]]:
    """(start, end) of every MathJax formula in the text, delimiters included."""
    if "\\" not in value:
        return []
    return [m.span() for m in _MATH.finditer(value)]


def in_chinese(text: str) -> bool:
    """Whether `text` is written in Chinese: more Chinese characters than Latin letters
    outside its math."""
    prose = shield_math(text)
    return len(HAN_CHAR.findall(prose)) > len(_LATIN_LETTER.findall(prose))


_LATIN_LETTER = re.compile(r"[A-Za-z]")


def shield_math(value: str) -> str:
    """The text with every formula's inside blanked (same length), for rules that read
    prose (a label's dash, "X is …", a citation): nothing inside math is prose."""
    if "\\" not in value:
        return value
    return _MATH.sub(lambda m: m[0][:2] + "\ue000" * (len(m[0]) - 4) + m[0][-2:], value)


def formula_cut(spans: list[tuple[int, int]]) -> Callable[[int, int], tuple[int, int] | None]:
    """The one of `spans` (math_spans': in order, none overlapping) that [start, end) begins
    or ends inside, hiding part of a formula, or None. By bisection: asking every formula
    for every occurrence of every target was quadratic in a paragraph of highlighted
    formulas (each a target): 40 KB of "==$v_1$== e …" built in seconds, all of them here."""
    starts = [s for s, _ in spans]

    def inside(point: int) -> tuple[int, int] | None:
        before = bisect_left(starts, point) - 1  # the last formula opening before it
        return spans[before] if before >= 0 and point < spans[before][1] else None

    return lambda start, end: inside(start) or inside(end)


def formulas_within(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The formulas of `spans` (in order, none overlapping) that [start, end) holds whole."""
    at = bisect_left(spans, (start,))
    found = []
    while at < len(spans) and spans[at][1] <= end:
        found.append(spans[at])
        at += 1
    return found


# TeX that lays a formula out and names no quantity of it.
_TEX_LAYOUT = re.compile(r"\\(?:[dt]?frac|sqrt|left|right|[bB]ig+|cdot|times|sum|prod|int|lim|"
                         r"log|ln|exp|sin|cos|tan|hat|bar|tilde|vec|dot|q?quad|math(?:bf|bb|"
                         r"cal)|operatorname|approx|le|ge|leq|geq|neq|pm|mid|cap|cup|in|to|"
                         r"infty|partial)(?![A-Za-z])")
_TEX_NAMING = re.compile(r"\\(?:text|textrm|mathrm|mathit)\{([^{}]*)\}")


def tex_quantities(tex: str) -> set[str]:
    """The quantities a piece of TeX writes that are more than a letter: the words of
    `\\text{…}` (casefolded; one of two letters or fewer, "of" in "Cost of investment", is
    none, as a card's other words are read from three letters up), Greek letters and other
    symbols by name (`\\alpha`), runs of capitals ("TP", "FN"). Not the commands that lay it
    out (`\\frac`, `\\left`, `\\begin{…}`). Read by the generator (quality.formula_written_out)
    and by the suite's card checker (tests/quality.py) alike."""
    words = {w.casefold() for named in _TEX_NAMING.findall(tex)
             for w in re.findall(r"\w{3,}", named)}
    tex = _TEX_LAYOUT.sub(" ", _TEX_NAMING.sub(" ", tex))
    tex = re.sub(r"\\(?:begin|end)\{[^{}]*\}", " ", tex)
    return words | set(re.findall(r"\\[A-Za-z]{2,}", tex)) | set(
        re.findall(r"[A-Z]{2,}", re.sub(r"\\[A-Za-z]+", " ", tex)))


def shows_nothing(text: str) -> bool:
    """Whether `text` shows no character on a card: only spaces, control characters and
    zero-width or other format characters ("\u200b", a direction mark, a byte-order mark:
    Unicode's Cc and Cf). A title made of them titles nothing."""
    return all(c.isspace() or unicodedata.category(c) in ("Cc", "Cf") for c in text)


# "1. ", "2.3 ", "IV. " before a heading's name: where it was, not what it is about. Read
# by the Markdown reader (a formula's heading) and by generate.py (context lines, titles).
HEADING_NUMBERING = re.compile(r"^\s*(?:[0-9]+(?:[.:][0-9]+)*[.):]?|[IVXLC]+[.)])\s+(?=\w)")


# A run of backticks: a code span opens at one and closes at the next run as long.
_BACKTICKS = re.compile(r"`+")


def code_spans(text: str) -> list[tuple[int, int]]:
    """The code spans of `text` by CommonMark's rule, in order: a run of backticks closes
    at the next run of as many; one no run closes is a backtick typed as text ("Newton`s
    Principia"). One pass over the runs: a pattern that tried each run against the rest of
    the text took 9 s on a line of 40,000 backticks (the second re-read of session 32)."""
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(text)]
    later: dict[int, list[int]] = {}  # each run length -> the indexes of its runs, last first
    for index in range(len(runs) - 1, -1, -1):
        later.setdefault(runs[index][1] - runs[index][0], []).append(index)
    spans, index = [], 0
    while index < len(runs):
        start, end = runs[index]
        same = later[end - start]
        while same and same[-1] <= index:
            same.pop()
        if not same:
            index += 1
            continue
        close = same.pop()
        spans.append((start, runs[close][1]))
        index = close + 1
    return spans


def in_spans(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether `at` falls inside one of `spans` (sorted, apart), by bisection."""
    i = bisect_right(spans, (at, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= at < spans[i][1]
