"""term_pattern: the phrases it matches without the regex engine match as the regex would."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st
from support import examples

from deck_builder import text
from deck_builder.text import term_pattern


def _regex(pattern) -> re.Pattern[str]:
    """The compiled pattern a term_pattern result stands for."""
    return pattern if isinstance(pattern, re.Pattern) else re.compile(pattern.source, re.I)


def test_characters_that_fold_unlike_lower_are_exactly_the_listed_ones():
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    by_lower: dict[str, set[str]] = {}
    long_lower = set()
    for char in everything:
        lower = char.lower()
        if len(lower) != 1:
            long_lower.add(char)
        elif lower.isascii():
            by_lower.setdefault(lower, set()).add(char)
    ascii_chars = [char for char in map(chr, range(128)) if not char.isspace()]
    # Every character the regex matches to some ASCII character, in one scan of Unicode
    # rather than one per ASCII character (95 scans, most of this test's time): a class
    # matches, ignoring case, exactly what its members do alone (sre compares the lowered
    # character with each member's lower case and its extra case fixes in both); which of
    # them each ASCII character matches is then asked of these few.
    candidates = set(re.findall(f"[{re.escape(''.join(ascii_chars))}]", everything,
                                re.IGNORECASE))
    unlike_lower = set()
    for char in ascii_chars:
        matched = {c for c in candidates if re.fullmatch(re.escape(char), c, re.IGNORECASE)}
        unlike_lower |= matched ^ by_lower[char.lower()]
    assert unlike_lower | long_lower == set(text._NOT_FOLDABLE.pattern.strip("[]"))


def test_word_and_space_classes_are_isalnum_and_isspace():
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    assert re.findall(r"\w", everything) == [c for c in everything if text._is_word(c)]
    assert re.findall(r"\s", everything) == [c for c in everything if c.isspace()]


def test_ascii_phrases_skip_the_compile_and_others_do_not():
    assert not isinstance(term_pattern("social supports"), re.Pattern)
    assert not isinstance(term_pattern("Individualism"), re.Pattern)
    assert isinstance(term_pattern("Müller"), re.Pattern)
    assert isinstance(term_pattern("Individualism", ("individualistic",)), re.Pattern)
    assert isinstance(term_pattern("ism"), re.Pattern)
    assert term_pattern("social supports").flags == re.compile("x", re.I).flags


_PHRASE_WORDS = ["social", "Supports", "self-reliance", "u.s.", "a", "Individualism",
                 "ISM", "c++", "x_y", "2002", "isms", "it's"]
_TEXT_PIECES = [*_PHRASE_WORDS, "SOCIAL", "social_", "individualistic", "individualists",
                "individualismo", "suppoRts", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\x1c",
                "—", "-", ".", "(", "é", "ſ", "\u212a", "\u0130", "\u0131", "ß", "Σ", "_", "1",
                # look-alikes the regex folds to ASCII letters: long s, dotless i, Kelvin sign
                "ſocial", "Individualiſm", "ıSM", "\u0130sm", "c\u212a", "\u212aey"]


@settings(max_examples=examples(100), database=None, deadline=None)
@given(
    phrase=st.lists(st.sampled_from(_PHRASE_WORDS), min_size=1, max_size=3).map(" ".join),
    pieces=st.lists(st.sampled_from(_TEXT_PIECES), max_size=25),
)
def test_matches_are_the_regex_matches(phrase, pieces):
    pattern = term_pattern(phrase)
    compiled = _regex(pattern)
    indexed = text._INDEXED_TEXT
    try:
        # Long texts are searched from an index of their words: both ways, on every sample.
        for text._INDEXED_TEXT in (indexed, 0):
            for sample in ("".join(pieces), " ".join(pieces),
                           f"{phrase} {''.join(pieces)} {phrase}",
                           f"{phrase.upper()}s {' '.join(pieces)}"):
                assert [m.span() for m in pattern.finditer(sample)] == \
                    [m.span() for m in compiled.finditer(sample)]
                found, expected = pattern.search(sample), compiled.search(sample)
                assert (found and (found.span(), found[0])) == \
                    (expected and (expected.span(), expected[0]))
    finally:
        text._INDEXED_TEXT = indexed


def test_a_rare_word_too_near_the_start_for_the_words_before_it_starts_no_match():
    # A long text is searched from its phrase's rarest word, the match's start counted back
    # from each place of it. Where that start falls before the text does, the place starts
    # nothing: "s" of "u.s." at the text's first character (the word's "u." would stand
    # before it), "social" one space in (its "supports " would). Neither the sampled words
    # of the test above nor the suite's articles put a rare word there.
    indexed = text._INDEXED_TEXT
    text._INDEXED_TEXT = 0
    try:
        for phrase, sample in (("social u.s.", "s u u u social social social u.s. x"),
                               ("supports social", " social supports supports supports "
                                                   "supports social")):
            pattern = term_pattern(phrase)
            assert [m.span() for m in pattern.finditer(sample)] == \
                [m.span() for m in _regex(pattern).finditer(sample)] != []
    finally:
        text._INDEXED_TEXT = indexed


def test_unique_names_number_repeats_in_order_without_counting_from_the_start():
    from deck_builder.text import UniqueNames

    names = UniqueNames()
    assert [names.claim("x") for _ in range(3)] == ["x", "x-2", "x-3"]
    names.claim("y-2")  # a name that happens to look numbered is skipped, never reused
    assert [names.claim("y"), names.claim("y")] == ["y", "y-3"]

    class Counting(set):
        lookups = 0

        def __contains__(self, item):
            Counting.lookups += 1
            return super().__contains__(item)

    names = UniqueNames()
    names.taken = Counting()
    for _ in range(2000):
        names.claim("same")
    assert len(names.taken) == 2000
    assert Counting.lookups < 3 * 2000  # linear: counting from 2 each time took 2 million


def test_keys_keep_symbols_and_drop_back_to_the_old_key():
    from deck_builder.text import key_slug, legacy_slug, slugify

    assert key_slug("C++ is fast") != key_slug("C# is fast") != key_slug("C is fast")
    for value in ("C++ is fast", "A & B: 50% / x", "plain words, here.", "€ price", "a_b"):
        assert "/" not in key_slug(value)
        assert legacy_slug(f"fact/s/{key_slug(value)}") == f"fact/s/{slugify(value)}"
    assert key_slug("plain words, here.") == slugify("plain words, here.")


def test_casefold_and_word_runs_agree_with_the_regex_but_for_the_listed_characters():
    """TermIndex keys terms by case-folded runs of word characters: wherever the regex
    folds two characters together, so must casefold(), and both must be word characters
    or neither, except for the characters TermIndex leaves to the regex."""
    everything = (chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    groups: dict[str, set[str]] = {}  # a folded character: every character folding to it
    for char in everything:
        for folded in (char.lower(), char.casefold()):
            # Only characters that fold to another make a group of two or more; the target
            # is in its own group when it folds to itself (a million sets fewer).
            if len(folded) == 1 and folded != char:
                groups.setdefault(folded, {folded} & {folded.lower(), folded.casefold()}
                                  ).add(char)
    disagree = set()
    for group in groups.values():
        for a in group:
            for b in group:
                if a < b and re.fullmatch(re.escape(a), b, re.IGNORECASE) and (
                        a.casefold() != b.casefold() or text._is_word(a) != text._is_word(b)):
                    disagree.add((a, b))
    listed = set(text._NOT_FOLDABLE.pattern.strip("[]")) | {text._IOTA_SUBSCRIPT}
    assert disagree and all(a in listed or b in listed for a, b in disagree), disagree


_TERMS = ["social supports", "Individualism", "c++", ".net", "ism", "x-ism", "Müller",
          "\u212aelvin", "straße", "σοφία", "\u0130stanbul", "it's", "ι\u0345", "2002",
          "self-reliance",
          # Chinese and Korean terms, named inside a run of their script's letters ("当雷诺数
          # 超过"): keyed by runs alone, none was found there (eighteenth session).
          "雷诺数", "边界层", "死锁避免(deadlock avoidance)", "프로세스", "A型"]


@settings(max_examples=examples(150), database=None, deadline=None)
@given(
    entries=st.lists(st.tuples(st.sampled_from(_TERMS),
                               st.lists(st.sampled_from(_TERMS), max_size=2)), max_size=6),
    pieces=st.lists(st.sampled_from([*_TEXT_PIECES, *_TERMS, "MÜLLER", "kelvin", "STRASSE",
                                     "ΣΟΦΊΑ", "istanbul", "\u0345", "C++", "collectivist",
                                     "individualistically", "ISMS", "x-ists", "当", "超过",
                                     "的", "가"]), max_size=20),
)
def test_term_index_finds_every_term_the_patterns_find(entries, pieces):
    index = text.TermIndex((i, term, tuple(forms)) for i, (term, forms) in enumerate(entries))
    patterns = [term_pattern(term, tuple(forms)) for term, forms in entries]
    for sample in ("".join(pieces), " ".join(pieces)):
        named = [i for i, p in enumerate(patterns) if p.search(sample)]
        candidates = index.candidates(sample)
        assert candidates == sorted(candidates)
        assert [i for i in candidates if patterns[i].search(sample)] == named
