"""Turn an article into note specs: what each note says and which phrases it hides.

A spec is still plain text plus spans; render.py turns it into Anki's HTML and cloze
syntax once identify.py has given every hidden phrase its stable cloze number.
"""

from __future__ import annotations

import os
import pickle
import re
import signal
import sys
import threading
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from deck_builder import months
from deck_builder.article_names import (
    heading_names,
    other_forms,
    repeated_phrases,
    spelled_out,
)
from deck_builder.citations import (
    Citation,
    Sources,
    entry_number,
    find_citations,
    merge_citations,
    numbered_references,
    parse_reference,
    strip_citations,
)
from deck_builder.content import (
    Article,
    Comparison,
    ComparisonRow,
    Fact,
    Figure,
    Section,
    Text,
    definition_key,
    fact_key,
    figure_key,
    glossary_key,
    image_index,
    image_marks,
    item_key,
    row_key,
)
from deck_builder.errors import Problem, display_path
from deck_builder.notes import MASK, NoteSpec, Spans
from deck_builder.quality import (
    ARTICLE_CACHE,
    CJK_SENTENCE_STOP,
    FOREIGN_ARTICLES,
    HAN_RUN,
    LONG_WORDS,
    PHRASE_WORDS,
    POINTING_OPENINGS,
    POINTING_WORDS,
    STOP_WORDS,
    WORD_PARTS,
    Stems,
    amounts_naming,
    answer_spans,
    answer_stems,
    answer_stems_of,
    chinese_answer_composed,
    chinese_answer_shown,
    cjk_answer_said_again,
    coin_toss,
    concept_form,
    content_stems,
    content_words,
    contrast_spans,
    cross_references,
    cuts_a_name,
    cuts_no_side_ends_on,
    describes_only,
    ends_in_lead_in,
    ends_its_fact,
    formula_written_out,
    giveaways,
    gives_away,
    initials_shown,
    is_amount,
    is_clause_item,
    is_date,
    is_generic_heading,
    judges_only,
    label_in_text,
    label_unsaid,
    last_sentence,
    leaning_cuts,
    leans_on_before,
    list_item_fault,
    looks_like_abbreviation,
    names_no_one,
    names_open_set,
    names_something,
    next_in_sequence,
    only_points,
    open_set_member,
    outside,
    overlap_test,
    points_at_nothing_shown,
    points_back,
    pronoun_subject,
    quantity_values,
    reads_as_abbreviation,
    related,
    said_as_amount,
    said_as_another_word,
    same_degree,
    sentence_bounds,
    sentence_starts,
    shown_title,
    shows_answer,
    spelled_by_initials,
    split_gaps,
    stands_alone,
    stem,
    symbol_named,
    too_split,
    two_gap_cards,
    unit_value,
    weak_answer,
    whole_part,
    with_title,
    year_ranges,
)
from deck_builder.statements import (
    CJK_POINTING,
    GLOSS_AFTER_CJK,
    ROMANCE_ARTICLES,
    cjk_step_too_long,
    clean_statement_spans,
    comparative_before,
    comparison_abroad_span,
    direction_told,
    doer_object,
    equation_span,
    given_name_span,
    in_brackets,
    last_shape_span,
    named_spans,
    naming_span,
    open_doer_span,
    pointed_cause_end,
    reads_as_german,
    romance_statement_spans,
    set_up_spans,
    starts_ends_spans_cjk,
    states_a_shape,
    subject_statement_span,
    terse_item_span,
    told_direction,
    verb_form,
    vocabulary_word,
)
from deck_builder.text import (
    ARROW_WITH_LONG,
    CJK,
    CJK_CHARS,
    CJK_POINTING_WORDS,
    CJK_PUNCTUATION,
    HAN_CHAR,
    HEADING_NUMBERING,
    TermIndex,
    UniqueNames,
    formula_cut,
    formulas_within,
    in_chinese,
    marks,
    math_spans,
    shield_math,
    slugify,
    stands_as_a_word,
    term_pattern,
    token_words,
    unmark,
    word_count,
)

# An article of at least this many items (facts, rows, ...) read alone has its notes made
# in two processes (_ArticleNotes._generate_split): a 2 MiB article of 40,000 facts takes
# seconds to generate, forking and sending the notes back a few hundredths.
SPLIT_ITEMS = 2000
SPLIT_CHUNK = 64  # items in each run the two processes take turns at
# A preposition after an -ing word: the participle opens a clause ("Nouns ending in -ung").
_OPENS_A_CLAUSE = re.compile(r"\s+(?:in|on|at|with|from|to|by|into|over)\b", re.I)
# A word's meaning in a vocabulary list: "bus stop", "to change trains", never a sentence.
MAX_TRANSLATION_WORDS = 4
# What is left of a card's text when its only cue is a date: "(marzo 1918)", "(12 Mar
# 1947)", "(24 ottobre 1917)".
# (In brackets only: a timeline table's "[Apollo 11] — July 1969" asks its row's name as
# the author set it out, the second code re-read.)
_ONLY_A_DATE = re.compile(
    r"\s*\(\s*(?:\d{1,2}\.?\s*)?(?:(?:" + months.alternation(
        months.names(*months.LANGUAGES), months.abbreviations(*months.LANGUAGES))
    + r")\.?\s*)?\d{3,4}(?:\s*[-–]\s*\d{2,4})?\s*\)[\s.,;:]*", re.I)
MIN_FRONT_WORDS = 2  # besides the gap: "Leaves hold […]." is the least a card can say
# A cell of up to this many words is one answer ("Stored in glucose", "Low context: direct");
# a longer one is a sentence, and its recall card asks for the phrase marked in it.
ASK_WORDS = 8
# An unmarked plural noun said in this many topics at least (and in half of them) is the
# article's everyday word (everyday_word), never a gap.
EVERYDAY_SECTIONS = 3
VAGUE_WORDS = 2  # a heading this short that names no term of the article needs its title
# A list's or table's "title" longer than this is a sentence ("These are the first line of
# defence and work against any pathogen", "Copied from my week 3 handout, where …"), which
# the reviews judged no heading: the article's title says where instead.
SENTENCE_WORDS = 8
# A grouped list of more items than this (and of more words) shows on each card's front only the
# item asked and its neighbour; its items are joined with "; " (markdown.py, _joined_fact).
LIST_SHOWN_WHOLE = 3
# A number right before a phrase, which is then its unit ("1.4 solar masses", "8-10 light
# years"): the gap takes the number too. Not a number inside a name ("beta-2 receptors").
_NUMBER_BEFORE = re.compile(r"(?<![\w.,/-])\d[\d,.]*(?:\s*[-–]\s*\d[\d,.]*)?\s+$")
# ... but not the number of a name or a year: "Type [2 diabetes]", "Phase 3 trials", "Apollo
# 11 astronauts", "1928 penicillin" keep their number out of the gap.
_NUMBERED_NAME = re.compile(r"(?:\b(?i:type|phase|stage|grade|class|chapter|step|level|tier|"
                            r"generation|section)|\b[A-Z][\w-]*)\s+$")
_YEAR = re.compile(r"1[0-9]{3}|20[0-9]{2}")
SAID_AGAIN_WORDS = 5  # a fact shorter than this gives a repeated phrase too little context
LIST_SHOWN_WORDS = 20  # a list of short items ("Harmful contact; …; Intent; …") is one fact
_ITEM_BREAK = re.compile(r"; ")


def _participle_form(word: str) -> bool:
    """Whether `word` may be a participle: "ending", or a regular past one ("exerted",
    "stored"), never a noun in -eed ("speed", "seed")."""
    word = word.casefold()
    return word.endswith("ing") or (len(word) > 4 and word.endswith("ed")
                                    and not word.endswith("eed")
                                    and word not in _NOT_PARTICIPLES)


# Words in -ed that are no participle (the code review: "hundred", "seabed", "sacred").
_NOT_PARTICIPLES = frozenset("""hundred seabed riverbed flowerbed hotbed sacred naked wicked
    kindred rugged ragged jagged crooked beloved""".split())


def _has_words(pieces: Iterable[str], count: int) -> bool:
    """Whether the pieces, joined by spaces, have `count` words (_word_count), counted
    only as far as that: a card's front of 2 MiB was counted whole for each of its gaps."""
    found = 0
    for piece in pieces:
        for word in piece.split():
            if any(c.isalnum() for c in word):
                found += token_words(word)
            if found >= count:
                return True
    return found >= count


# A labelled item's one-word gloss that is a name, not a plain word: "Dobutamine",
# "Anti-IL-4/13"; never a number, nor "memory" (of "heap: memory", which fits "stack" too).
_NAME_GLOSS = re.compile(r"\s*(?:—|:)\s*(?=\S*[A-Z0-9])(?=[^\W\d_])[^\s]+\s*")


def _named_by_gloss(plain: str, spans, context: str, title: str) -> bool:
    """Whether a labelled item's card shows, besides its label's one gap, a gloss of one word
    that names something ("Dupilumab — Anti-IL-4/13", "Beta-1 agonists: Dobutamine"), under
    a heading that says what kind of thing the label is ("Biologics for Severe Asthma",
    "Adrenergic Drugs"): the heading and the name together are the cue, as for the item's
    siblings of three words. A gloss in lower case ("heap: memory"), a number ("Child
    process: 0"), a label not written as a name ("class: b1-selective"), a generic heading
    or none but the article's title leave the card too little, and it stays unmade."""
    own = [(s, e) for s, e, k in spans if k == "label"]
    if len(own) != 1 or own[0][0] != 0 or len(spans) != 1:
        return False
    label, gloss = plain[:own[0][1]], plain[own[0][1]:]
    heading = context.rpartition(" › ")[2]
    return (label[:1].isupper() and _NAME_GLOSS.fullmatch(gloss) is not None
            and heading != title and bool(content_words(heading, common=False))
            and not is_generic_heading(heading))


# A word's meaning in Chinese, Japanese or Korean: CJK characters and their punctuation
# only, a word or a short set phrase ("搬家", "现在几点？"), never a clause with Latin words.
_CJK_TRANSLATION = re.compile(rf"[{CJK_CHARS}][{CJK_CHARS}{CJK_PUNCTUATION}]{{0,9}}")


def _side_gap(plain: str, start: int, end: int) -> bool:
    """Whether [start, end) is a formula's right side after its left side and "=", as the
    Markdown reader splits an identity, alone or after its lead ("自相关函数 \\(R_X\\) = …")."""
    return plain.startswith("\\(", start) and plain[:end].endswith("\\)") and \
        plain[:start].rstrip().endswith(("\\) =", "\\) ≡", "\\) :="))


def _translated(plain: str, spans, key: str) -> bool:
    """Whether a labelled item's one gap hides a word of a German or Dutch vocabulary list
    and its card shows the word's meaning ("[…] — ticket" for "der Fahrschein – ticket"):
    a translation is the cue a learner of a language recalls a word from, in one word too."""
    own = [(s, e) for s, e, k in spans if k == key]
    if key not in ("label", "term") or len(own) != 1 or own[0][0] != 0 or len(spans) != 1:
        return False
    label, after = plain[:own[0][1]].rstrip(" :—–="), plain[own[0][1]:]
    if not re.search(r",\s*-$", label):  # "das Zimmer, -": a plural mark, no separator
        label = label.rstrip(" -")
    gloss = after.strip(" :—–-=")
    separator = after[:len(after) - len(after.lstrip(" :—–-="))]
    if _CJK_TRANSLATION.fullmatch(gloss) and not re.search(f"[{CJK_CHARS}]", label):
        # "[…] — 搬家" for "umziehen：搬家": a meaning in another script is a translation
        # whatever the word's shape (a verb, a phrase with its case, a set phrase).
        return True
    return vocabulary_word(label, equals="=" in separator) and bool(gloss) and \
        len(gloss.split()) <= MAX_TRANSLATION_WORDS


def _glossed_head(plain: str, spans, key: str) -> bool:
    """Whether a card's one gap is an item's head and the rest of the item is its gloss in
    brackets ("[bei] (at)", "[mit] (with)" under "Dativ"): the gloss is the cue a learner
    recalls the word from, as a translation after a dash is (_translated). Only one word
    glossed, in one to four words, no sentence."""
    own = [(s, e) for s, e, k in spans if k == key]
    word = plain[:own[0][1]] if own else ""
    if len(own) != 1 or own[0][0] != 0 or len(spans) != 1 or len(word.split()) != 1 \
            or not word.islower():
        # A word in small letters, as a preposition, a verb or an adjective of a language
        # is: not a phrase and its aside ("Expected lost sales (units)"), nor a column and
        # its unit ("Income (USD)", "Age (years)": the code re-read).
        return False
    gloss = re.fullmatch(r"\s*\(([^()]+)\)\s*[.;]?\s*", plain[own[0][1]:])
    return bool(gloss) and 1 <= len(gloss[1].split()) <= 4 and gloss[1].islower() and \
        not re.search(r"[.!?]\s|\d", gloss[1])


# "imperialismo → corsa agli armamenti", "Wohin? → Akkusativ": a cue of one word (or a
# question of one) and the arrow to what it leads to, the whole item. The arrow says how
# the two are linked, and the heading over them what kind of link ("Cause", "Grammatik"):
# the card's cue is enough in one word, as a translation's is.
_ARROW_CUE = re.compile(rf"\s*[^\W\d_][\w'’-]*\??\s*(?:{ARROW_WITH_LONG})\s*")
ARROW_ANSWER_WORDS = 3


def _cued_by_arrow(plain: str, spans, key: str, context: str, title: str) -> bool:
    """Whether the one gap of a card is what a one-word cue's arrow leads to, the rest of
    its item (_ARROW_CUE), under a heading of its own that is no generic one. Not a clause
    ("Caporetto → [Diaz sostituisce Cadorna]": a name and a verb, three claims in a gap; a
    Chinese one, counted by its characters). A question's cue ("Wohin? → [Akkusativ]")
    only before one word: "Why? → [cells need ATP]" asks anything (review 18)."""
    own = [(s, e) for s, e, k in spans if k == key]
    if len(own) != 1 or len(spans) != 1:
        return False
    start, end = own[0]
    answer = plain[start:end].split()
    heading = context.rpartition(" › ")[2]
    if HAN_CHAR.search(plain[start:end]) and cjk_step_too_long(plain[start:end]) or \
            "?" in plain[:start] and len(answer) != 1 or is_clause_item(plain[start:end]):
        return False
    return (_ARROW_CUE.fullmatch(plain[:start]) is not None and not plain[end:].strip(" .")
            and 1 <= len(answer) <= ARROW_ANSWER_WORDS
            and (len(answer) == 1 or answer[0][:1].islower()
                 or answer[1].casefold() in STOP_WORDS)
            and heading != title and not is_generic_heading(heading))


# A comparison with a number and no unit after a gap: "[…] ≥ 2: high risk".
TERSE_WORDS = 6  # an item of this many words or fewer is a note's line, not a sentence
_BARE_THRESHOLD = re.compile(r"\s*[<>≤≥]=?\s*[-−]?\d[\d.,]*(?!\s*(?:[^\W\d_]|[%°/×]))")


# An ordinal just before a phrase: which one of the phrase's kind it is ("la terza guerra
# d'indipendenza", "the second law", "der Dritte Reich" aside: capitalised, a name's own).
_ORDINAL_BEFORE = re.compile(
    r"\b(first|third|fourth|fifth|prim[oa]|second[oae]?|terz[oa]|quart[oa]|quint[oa]|"
    r"premi[eè]re?|deuxième|troisième|quatrième|primer[oa]?|segund[oa]|tercer[oa]?|"
    r"cuart[oa]|erste[nrs]?|zweite[nrs]?|dritte[nrs]?|vierte[nrs]?)\s+$")


@dataclass
class Generated:
    notes: list[NoteSpec]
    problems: list[Problem]  # warnings: unreadable citations, content with no card
    sources: dict[str, dict[str, tuple[Citation, str | None]]]  # article -> key -> (form, ref)


@dataclass
class _Target:
    key: str
    pattern: re.Pattern[str]


# The end of a label that opens its item: "Label:", "Label —".
_LABEL_END = re.compile(r"\s*[:—–]|\s+-\s")


# What a page shows beside its prose, and a card does not.
_FIGURE = r"(?:image|figure|picture|diagram|photo|map|graph|plot|chart|table|screenshot)s?"


# A sentence about a figure or table shown elsewhere on the page: "the image above", "the
# map below". ("As the table shows, the EVI adds the blue band …" still says its fact.)
# Narrower than statements._POINTS_AT_A_FIGURE (any "figure", "graph", "shaded"), which
# keeps a guessed reading off such sentences: this one refuses an author's mark too, so it
# asks for a figure the page places, not a word about figures ("the graph of a function").
_POINTS_AT_FIGURE = re.compile(
    rf"\b(?:the|this|that)\s+(?:[\w-]+\s+)?{_FIGURE}\s+(?:above|below)\b|"
    # "The time series plot of births in the figure shows a trend" (blind sample 2901:
    # junk, "refers to a figure"), "come sotto:", "wie in der Abbildung", "如图所示": the
    # same pointing in the words and languages notes use
    # (Only words that name a picture: "in the graph", "in the table", "in the periodic
    # table" are data structures and things in graph theory, databases and chemistry
    # notes, the code re-read found.)
    r"\bin\s+(?:the|this)\s+(?:[\w-]+\s+)?(?:figure|picture|diagram|image|photo|"
    r"screenshot|illustration)s?\b(?!\s+(?:of|for)\b)|"
    r"\b(?:come|wie|comme|como)\s+(?:sotto|sopra|unten|oben|ci-dessous|ci-dessus|abajo|"
    r"arriba)\s*(?:[:.,;)]|$)|\b(?:in|auf)\s+(?:der|dieser)\s+(?:Abbildung|Skizze)\b|"
    r"\b(?:nella|dans\s+la|en\s+la)\s+(?:figura|figure|imagen|immagine)\b(?!\s+d[ie]\b)|"
    r"(?<!例)如图|下图|上图|見図|下の図",
    re.I)


# A sentence's lead-in pointing at a table or figure: "As the table shows, …", "As shown in
# Figure 2, …" (a Quarto cross-reference reads "the table": readers/markdown.py).
_SHOWN_IN = (rf"(?:(?:the|this|that)\s+)?(?:[\w-]+\s+)?{_FIGURE}(?:\s+\d+[a-z]?)?"
             r"(?:\s+(?:above|below))?")
_POINTING_LEAD = re.compile(
    rf"\s*(?:As|Like)\s+(?:{_SHOWN_IN}\s+(?:shows?|illustrates?|indicates?|suggests?|"
    rf"demonstrates?|reveals?|confirms?)|(?:shown|seen|illustrated|listed|summari[sz]ed)\s+"
    rf"(?:in|by)\s+{_SHOWN_IN})\s*,\s*(?=\S)", re.I)
# A row of a table named by its number: "observation 49", "patient 3", "sample 12".
_DATA_ROW = re.compile(r"\b(?:observations?|rows?|cases?|samples?|participants?|subjects?|"
                       r"patients?|records?|entr(?:y|ies)|respondents?)\s+(?:#|no\.\s*)?\d+\b"
                       # not an age or a count ("patients 65 years and older", code review)
                       r"(?!\s*(?:years?|yrs?|%|[-–]\s*\d|and\s+(?:older|over)|or\s+(?:older|more)))",
                       re.I)


def _ends_label(plain: str, end: int) -> bool:
    """Whether `plain` up to `end` is a label opening its item: its colon or dash inside
    the gap ("**Label:**") or just after it."""
    return plain[:end].rstrip().endswith((":", "—", "–")) or bool(_LABEL_END.match(plain, end))


class _ArticleNotes:
    def __init__(self, article: Article, sources: Sources):
        self.article = article
        self.sources = sources
        self.file = display_path(article.path)
        self.problems: list[Problem] = []
        self._weak_said: set[tuple[int, str]] = set()  # each weak card said once (weak)
        self.notes: list[NoteSpec] = []
        self.all_citations: list[Citation] = []
        # Where each work is first cited, for "cited but not in `references:`".
        self.first_cited: dict[str, tuple[int, str]] = {}
        # Footnotes that are remarks, from the texts cleaned for the note being made.
        self.remarks: list[str] = []
        # Fact keys come from the section and the fact's opening words, so two facts can
        # share one (the same sentence in two sections of one title); every later one
        # gets a numbered key so no two notes ever share an identity.
        self.fact_keys = UniqueNames()
        self.concepts = {c.name: c for c in article.concepts}
        self._concept_stems: dict[str, tuple[set[str], set[str], set[str]]] = {}
        self._concept_spans: dict[str, tuple[tuple[int, int], ...]] = {}
        self._headings: dict[str, str] = {}
        self._cloze_headings: dict[str, str] = {}  # cloze_heading's, by the title asked
        self._leads: dict[str, str] = {}  # lead's sentence, by the text pointed back at
        # cloze's context masks by what decides them (masked_context): identical notes (the
        # same heading and fact again, 40,000 times) ask the same question of one context.
        self._context_masks: dict[tuple, tuple] = {}
        # Set by with_contrasts for the note being made: its text comes as sentences, so
        # each half of a contrast is shown in its own (cloze).
        self._cut_sentences = False
        # The article's subject (its deck's name, its concepts) is on every card by design:
        # a phrase of the answer that only adds these words is given away without them.
        self.subject_stems = frozenset().union(
            *map(content_stems, (article.deck, *self.concepts)))
        # The names' own words: "Beta is closed" in Beta's cell restates the name as its
        # subject, a word the card shows anyway; a derived form ("collective") tells.
        self.concept_words = frozenset(
            name[s:e].casefold() for c in article.concepts for name in (c.name, *c.forms)
            for s, e, _ in content_words(name))
        # Indexed by word: a fact is searched for the few terms it may name, not for all.
        self.concept_targets = TermIndex(
            (_Target(f"concept:{slugify(c.name)}", _name_pattern(c)), c.name,
             c.forms) for c in article.concepts)
        # A term typed with its colon ("F:") is named without it, as its own card asks it.
        self.glossary_targets = TermIndex(
            (_Target(f"term:{slugify(g.term)}", term_pattern(term, g.forms)), term, g.forms)
            for g in article.glossary for term in [_without_lead_colon(g.term)])
        # The sides an article compares, each as the stems only its name has: its concepts,
        # or the two sides of a title "Stoicism vs Epicureanism: …" when it has none.
        self.sides = _own_stems([
            set().union(*map(content_stems, (c.name, *c.forms)))
            for c in article.concepts] if len(self.concepts) > 1 else [
            content_stems(side) for side in _title_sides(article.deck)])
        # The words of one compared concept's name (and forms) that no other's has, when the
        # article compares two or more: an answer that opens with one names its side
        # (told_by_front); "conditioned" names no side of Classical vs Operant conditioning.
        self.compared_stems = (Stems(st for side in self.sides for st in side.stems)
                               if len(self.concepts) > 1 else None)
        self.section_tags: tuple[str, ...] = ()  # of the section being generated
        self._parity: int | None = None  # which runs of items _mine makes; None: all
        self._step = 0
        self._pieces: list[tuple] = []  # where each run made here begins (_runs)
        self._claims: list[tuple[str, str]] = []  # the fact keys claimed in order, when split
        self._handover = True  # no remarks left for the other process's next note

    # Indexed when a fact with nothing marked first asks for them: a fact of 60,000 marks
    # made the article 60,000 terms whose patterns were compiled for nothing.
    @cached_property
    def named_targets(self) -> TermIndex:
        return _named_targets(self.article.terms)

    @cached_property
    def long_names(self) -> dict[str, tuple[str, ...]]:
        """The article's names of two words or more (casefolded), by each of their words: a
        gap inside one of them cuts it (quality.cuts_a_name)."""
        index: dict[str, set[str]] = {}
        for name in (*self.article.terms, *self.known_terms, self.article.title or ""):
            name = " ".join(name.casefold().split())
            if len(name.split()) > 1:
                for word in name.split():
                    index.setdefault(word, set()).add(name)
        return {word: tuple(names) for word, names in index.items()}

    @cached_property
    def linked_targets(self) -> TermIndex:
        return _named_targets(self.article.linked)

    @cached_property
    def other_form_targets(self) -> TermIndex:
        """The article's names in the other forms its sentences write them in
        (article_names.py): a heading's parts, a name's plural or abbreviation, the
        abbreviations the article uses. Not the article's subject, on every card already."""
        return _named_targets(tuple(
            name for name in _names_and_forms(self.article)
            if not content_stems(name) <= self.subject_stems))

    @cached_property
    def repeated(self) -> TermIndex:
        """The technical phrases the article says in more than one place
        (article_names.repeated_phrases), none of them its subject, each with how often:
        indexed by word, as a fact is searched for the few it may hold."""
        return TermIndex(((phrase, count), phrase, ()) for phrase, count in repeated_phrases(
            unmark(text) for text in _article_texts(self.article)).items()
            if not content_stems(phrase) <= self.subject_stems)

    @cached_property
    def _article_plain(self) -> str:
        return "\n\n".join(unmark(text) for text in _article_texts(self.article))

    @cached_property
    def _participles(self) -> dict[str, bool]:
        return {}

    def participle(self, phrase: str) -> bool:
        """Whether `phrase` ends in a participle that opens a clause wherever the article
        says it ("Nouns ending in -ung …", "Nouns ending in -chen …"; "The force exerted by an
        ideal spring …", "The force exerted by a spring on a mass …"): no name. A gerund
        that names a thing also stands alone somewhere ("Protein folding in the ER needs
        chaperones" and "… show that protein folding can fail"), and is one."""
        if not _participle_form(phrase.split()[-1]):
            return False
        key = phrase.casefold()
        if key not in self._participles:
            self._participles[key] = all(
                _OPENS_A_CLAUSE.match(self._article_plain, found.end())
                for found in term_pattern(phrase).finditer(self._article_plain))
        return self._participles[key]

    def said_again(self, plain: str, topic: frozenset[str]) -> list[_Target]:
        """A fact that made no card by any other reading, but holds a phrase the article
        uses as a name elsewhere too ("A self regulating system works on the principle of
        [negative feedback]"): the phrase the article says most, hidden where it stands.
        Not one said twice in the fact, in brackets, given away by the rest of the text,
        vague ("every society has [certain structures]"), or only words of `topic` (the
        card's heading and the article's subject, on every card of it)."""
        if len(plain.split()) < SAID_AGAIN_WORDS:
            return []  # "Sensitive to [price change]": too little around the gap to ask
        # German capitalises its nouns: a phrase it writes twice that ends in no noun is a
        # verb and its pronoun ("betrachten wir"), never a name ("reelle Zahlen" may be).
        german = reads_as_german(plain)
        found = []
        for phrase, count in self.repeated.candidates(plain):
            spans = [m.span() for m in term_pattern(phrase).finditer(plain)]
            if len(spans) != 1:
                continue
            start, end = spans[0]
            if (amount := _NUMBER_BEFORE.search(plain, 0, start)) and \
                    not _NUMBERED_NAME.search(plain, 0, amount.start()) and \
                    not _YEAR.fullmatch(amount.group().strip()):
                # "The Chandrasekhar limit is 1.4 [solar masses]": a unit hidden beside its
                # number asks what was counted, not the fact; the amount is the gap.
                start = amount.start()
            # "Green [Open Access]" (a review: weak, half the term on the front): the phrase
            # is part of a longer name, asked whole.
            start, end = _whole_name(plain, start, end)
            if ordinal := _ORDINAL_BEFORE.search(plain, 0, start):
                # "con la terza [guerra d'indipendenza]" (a review: the filler hidden, the
                # word that matters shown): the page says the phrase of each war, its
                # ordinal says which; that is the gap ("con la [terza] guerra …").
                start, end = ordinal.span(1)
            answer = plain[start:end]
            if _compound_at(plain, start, end) or _part_of_subject(plain, start, end):
                continue  # "White [blood cells] defend …": half of a name, the rest shown
            if german and not answer.split()[-1][:1].isupper():
                continue
            if _OPENS_A_CLAUSE.match(plain, end) and self.participle(answer):
                continue  # "[Nouns ending] in -chen …": a participle opening its clause, no name
            if content_stems(answer) <= topic or \
                    answer.split()[0].casefold() in _VAGUE or \
                    in_brackets(plain, start) or \
                    weak_answer(answer) or giveaways(plain, answer, ((start, end),)) or \
                    _written_as_initials(answer, plain):
                continue  # "Qd and P are old [quantity demanded]": its initials give it away
            found.append((-count, -len(phrase.split()), start, end))
        if not found:
            return []
        _, _, start, end = min(found)
        return [_said_at(plain, start, end)]

    @cached_property
    def note_names(self) -> frozenset[str]:
        """The names the notes give (terms, which hold the headings, bold phrases and
        definitions of a Markdown article; glossary; concepts), casefolded, without the
        article a Romance heading gives them ("La paroi", "Gli enzimi")."""
        names = (*self.article.terms, *(g.term for g in self.article.glossary),
                 *(d.term for section in self.article.sections for d in section.definitions),
                 *(c.name for c in self.article.concepts))
        return frozenset(_without_article(unmark(n)) for n in names)

    def romance_statement(self, plain: str) -> list[_Target]:
        """What the subject acts on, in an Italian, Spanish, French or Portuguese general
        statement whose subject is a name of the notes ("Las enzimas aceleran las
        [reacciones químicas]" under "## Las enzimas"; statements.romance_statement_spans).
        Asked rather than the subject: the heading or the note names the subject already,
        and a gap on it masked every article that shares its word ("[…] aceleran […]
        reacciones", cover16's finding). Not an answer another word gives away."""
        for s_start, s_end, start, end in romance_statement_spans(plain):
            # The name, or the name and one adjective after it ("La paroi végétale" under
            # "## La paroi"), a Romance adjective following its noun.
            subject = _without_article(plain[s_start:s_end])
            head, _, adjective = subject.rpartition(" ")
            if subject not in self.note_names and not (
                    head in self.note_names and adjective.islower()
                    and _ADJECTIVE_AFTER.search(adjective)):
                continue
            stems = content_stems(plain[start:end])
            if not stems or stems <= self.subject_stems or giveaways(
                    plain, plain[start:end], ((start, end),)):
                continue
            return [_said_at(plain, start, end)]
        return []

    def named_again(self, plain: str, line: int, context: str, lead: str,
                    topic: frozenset[str]) -> list[_Target]:
        """The gap of a fact in none of the shapes statements.py reads that names nothing
        the article defines as it defined it (issue 14): a name of the article in another
        form, the name a sentence gives what the one before it says, or a phrase the
        article uses as a name elsewhere. A fact whose shape was found and refused (its
        gap given away, a direction it tells) stays without a card: these are no second
        try at it."""
        # "This changes the shape of the [active site]" with no sentence before it shown
        # (its lead judged only, _lead_fits): "this" points at nothing on the card.
        orphan = _POINTING_OPENING.match(plain) and not (lead and _lead_fits(lead, plain))
        return (self.named_otherwise(plain, line, context) or _naming_target(plain, lead)
                or ([] if orphan else self.said_again(plain, topic)))

    def named_otherwise(self, plain: str, line: int, context: str) -> list[_Target]:
        """A fact that made no card by any other reading, but names a term of the article in
        another form than the one it was defined or named in ("a conservative margin" under
        "## Conservative margins", "MSC" for "Marginal Social Cost (MSC)"): that name,
        hidden where it stands, one gap a fact. Tried last, so a fact that already made a
        card keeps its gap."""
        for target in self.worth_recalling(_to_ask(plain, self.other_form_targets), plain, line):
            spans = [m.span() for m in target.pattern.finditer(plain)]
            # Said twice, or given away by another word of the text ("The [translation
            # lookaside buffer] (TLB) caches recent translations"): a gap that is clean or
            # none, as for a phrase the fact states (_stated).
            if len(spans) == 1 and \
                    not _named_in_passing(target, plain, context, self.article.title or "") and \
                    not giveaways(plain, plain[slice(*spans[0])], tuple(spans)):
                return [target]
        return []

    # -- text helpers ----------------------------------------------------------------
    def clean(self, text: Text, field_path: str) -> tuple[str, list[tuple[int, int, str]],
                                                          tuple[Citation, ...]]:
        """The sentence as the learner reads it, its explicit marks, and the works it cites."""
        field_path = text.field or field_path
        spans, problems = find_citations(text.value, self.sources)
        for problem in problems:
            line = text.line + text.value.count("\n", 0, problem.start)
            self.problems.append(Problem(self.file, line, field_path, problem.message, "warning"))
        stripped = strip_citations(text.value, spans)
        cited = tuple(c for span in spans for c in span.citations)
        self.remarks.extend(span.remark for span in spans if span.remark)
        for citation in cited:
            self.first_cited.setdefault(citation.key, (text.line, field_path))
        self.all_citations.extend(cited)
        return unmark(stripped), marks(stripped), cited

    def heading(self, title: str) -> str:
        """The context line of a section, list or table: a heading of one or two words that
        names none of the article's concepts or defined terms ("Doses", "Causes", "Compared")
        says little out of the article, so the article's title comes first, as for a generic
        one."""
        found = self._headings.get(title)  # asked again for every card of a section
        if found is None:
            found = self._headings[title] = self._heading(title)
        return found

    def cloze_heading(self, title: str) -> str:
        """A cloze card's context line: `heading`, with the article's title first when the
        heading says nothing of it ("The Kidney › The loop of Henle", "The Marshall Plan ›
        How it worked"): the eighth review named breadcrumbs without the article's title, a
        front that cannot say what it is about out of its deck. A heading that shares a word
        with the title ("Collectivism in Japan" in "Collectivism vs. Individualism") or
        names a concept of the article says it."""
        found = self._cloze_headings.get(title)  # asked for every note of a section
        if found is None:
            found = self._cloze_headings[title] = self._cloze_heading(title)
        return found

    def _cloze_heading(self, title: str) -> str:
        found = self.heading(title)
        article = self.article.title
        if not article or found.startswith(f"{article} › ") or found == article:
            return found
        bare = HEADING_NUMBERING.sub("", found).strip()
        # A concept of the article ("Strengths of Collectivism") names what it is about too.
        titled = Stems(content_stems(article) | self.subject_stems)
        # "Ch 8 theories", "Week 3 cells": the course's chapter says where in the course, not
        # what the card is about; its word the title shares ("theory" of "Soc 1 -
        # stratification & theory") said nothing without the title (two blind reviews: weak,
        # '"Ch 8 theories" prefix gives no real context').
        if _CHAPTER.match(bare):
            return f"{article} › {bare}"
        # "Supply" of "Supply and demand"; a side of "Collectivism vs. Individualism" is
        # whole, as is "Coasts" of "Coasts: …" (the rule tests/quality.py holds).
        fragment = article.casefold().startswith(bare.casefold() + " ") and not re.match(
            r"\s*(?:[,:;(›]|[–—-]\s|(?:vs\.?|versus)\s)", article[len(bare):])
        if any(titled.related(st) for _, _, st in content_words(bare)) and not fragment:
            return found
        # Such a fragment alone reads as the title cut short (tests/quality.py: "the
        # context line is a fragment of the title"): it says where after the title.
        return f"{article} › {bare}" if bare else found

    def fact_heading(self, title: str, plain: str, items: bool = False,
                     question: bool = False) -> str:
        """A fact's context line, cloze_heading; where the fact asks its heading's question
        ("### Why does TCP …?" over its answer), the article's title alone: the question
        is on the card already. A list's `items` titled by a question ("What are the three
        main types of muscle tissue found in the body?", a folded answer's summary) answer
        it, and a lead-in sentence says what they are: either is the context however long,
        the article's title before it as before a heading. A sentence over eight words was
        no heading, and its cards said "[S…] ; Cardiac ; Smooth" (or "[T…]; Hypotension")
        under the title alone, never what they asked."""
        if title.endswith("?") and plain.startswith(HEADING_NUMBERING.sub("", title).strip()):
            return self.article.title or self.cloze_heading(title)
        if question and title.rstrip().endswith(("?", "？")) and \
                len(title.split()) > SENTENCE_WORDS and self.article.title:
            return f"{self.article.title} › {title}"
        if items and len(title.split()) > SENTENCE_WORDS and self.article.title and \
                " › " not in title and not points_back(title):
            # "Arrange an urgent echocardiogram and pericardiocentesis if signs of cardiac
            # tamponade:" over "Tachycardia; Hypotension; …" says what the items are, as a
            # question over them does; without it the cards asked "[T…]; Hypotension" of
            # nothing but the article's title.
            return f"{self.article.title} › {title}"
        return self.cloze_heading(title)

    def _heading(self, title: str) -> str:
        if title == self.article.title and not is_generic_heading(title):
            # A section under a heading that shows nothing: "Week 1", not "Week 1 › Week 1".
            # "Introduction › Introduction" stays: a generic heading alone says nothing.
            return title
        bare = HEADING_NUMBERING.sub("", title).strip()
        known = self.known_terms
        # The last part of "Heading › Lead-in" is the one that may be a sentence.
        if self.article.title and len(bare.rpartition(" › ")[2].split()) > SENTENCE_WORDS:
            return self.article.title
        if self.article.title and bare[:1].islower():  # "the main ones": no heading either
            return f"{self.article.title} › {bare}"
        if (self.article.title and 0 < word_count(bare) <= VAGUE_WORDS
                and bare.casefold() not in known
                and bare.casefold() not in self.article.title.casefold()):
            return f"{self.article.title} › {bare}"
        return with_title(self.article.title, title)

    @cached_property
    def list_titles(self) -> frozenset[str]:
        """The titles of sections holding a grouped list: a list's lead-in, which its
        other items' sections (a number asked alone) bear too."""
        return frozenset(section.title for section in self.article.sections
                         if any(fact.parts for fact in section.facts))

    @cached_property
    def known_terms(self) -> set[str]:
        """The article's concepts and defined terms, casefolded. Gathered once: each distinct
        heading asked for them, which read every section again (40,000 headings: 40,000^2)."""
        # (Not `article.terms`: a Markdown reader counts short headings among them.)
        return {t.casefold() for t in (
            *self.concepts, *(g.term for g in self.article.glossary),
            *(d.term for section in self.article.sections for d in section.definitions))}

    def with_contrasts(self, plain: str, spans, answers: dict[str, str], kept: list[str],
                       line: int):
        """`spans` with the other half of each answer's contrast hidden with it
        (quality.contrast_spans): "An [exothermic] reaction releases heat … An [endothermic]
        reaction absorbs heat" asks the pair on one card, since either half shown answers
        the other by elimination. A half that is a gap of its own is asked with the first
        (its card is not made: `check` says so); one in the text is hidden in the same gap.
        Also the keys whose cards now ask a pair."""
        paired: set[str] = set()
        own_of: dict[str, list[tuple[int, int]]] | None = None  # key -> its gaps' spans
        cuts: list[int] | None = None  # where each sentence after the first begins

        def sentence_of(at: int) -> int:
            # The sentence's index, not its text (_sentence_at): spans are told apart by it.
            return bisect_right(cuts, at)

        for key_ in list(kept):
            if key_ not in kept:
                continue  # asked with an earlier gap
            # Grouped again only after `spans` changed: a long paragraph has thousands of
            # gaps, and picking each key's out of all of them was keys x gaps.
            if own_of is None:
                own_of = {}
                for s, e, k in spans:
                    own_of.setdefault(k, []).append((s, e))
            own = own_of.get(key_, [])
            for start, end in (contrast_spans(answers[key_], plain, own)
                               or self.partner_spans(answers[key_], plain, own)):
                holder = [(s, e, k) for s, e, k in spans if s < end and start < e]
                if cuts is None:
                    cuts = sentence_bounds(plain)[1:]
                mine = {sentence_of(s) for s, _ in own}
                if cuts and len(mine) == 1 and sentence_of(start) not in mine and all(
                        stands_alone(part) for part in _sentences_at(
                            plain, cuts, [*mine, sentence_of(start)])):
                    # "An [exothermic] reaction releases heat, so ΔH < 0. An endothermic
                    # reaction absorbs heat, so ΔH > 0.": each half says its fact in a
                    # sentence of its own, so each is asked from that sentence shown alone
                    # (§5), where the other half is not on the front; asked together, the
                    # card held two facts behind two gaps (two reviews: weak, "split them").
                    self._cut_sentences = True
                    continue
                # Both compared concepts named in one sentence: hiding one leaves the other
                # to answer it, hiding both asked two things, one answer giving the other
                # (blind reviews: "Plants do both: [Photosynthesis or respiration?] stores
                # …, and […] releases it", weak three times).
                both = sentence_of(start) in mine and self.names_two_concepts(
                    answers[key_], plain[start:end])
                # (Not a phrase the author marked, nor a compared concept, whose card names
                # the choices: those are what the author asks, unless the sentence names
                # the other choice too.)
                compared = None if key_.startswith(("mark:", "concept:")) and not both else \
                    self.compared_by(plain, own, start, end)
                if compared is not None:
                    # "[…] releases much less energy than […]" asked two things whose answers
                    # each come only with the other (a blind review of session 20: junk): the
                    # comparison's fact is its direction, asked with both sides shown.
                    others = {k for _, _, k in holder if k != key_}
                    spans = tuple(sorted((*(sp for sp in spans
                                            if sp[2] != key_ and sp[2] not in others),
                                          (*compared, key_))))
                    for other in others & set(kept):
                        kept.remove(other)
                        self.weak(line, f'answer "{answers[other]}" is one side of a '
                                        f'comparison with "{answers[key_]}"; its direction '
                                        f'("{plain[compared[0]:compared[1]]}") is asked')
                    answers[key_] = plain[compared[0]:compared[1]]
                    own_of = None
                    break
                if both:
                    # "Plants do both: photosynthesis stores …, and respiration releases it
                    # again": each side says its own fact; no gap asks either without the
                    # other answering it. No card (`check` says so) is better than a guess.
                    kept.remove(key_)
                    self.weak(line, f'no card for "{answers[key_]}": its sentence names the '
                                    f'other compared concept ("{plain[start:end]}") too, so '
                                    "either answers the other; mark (**…**) a phrase of what "
                                    "one of them does, or compare them (\"… more … than …\")")
                    break
                if not holder:
                    if not _has_words(outside(plain, sorted((*spans, (start, end, key_))),
                                               key_), MIN_FRONT_WORDS + 1):
                        continue  # "Secondary consumers eat [primary consumers]": the fact
                    spans = (*spans, (start, end, key_))
                    own_of = None
                elif len(holder) == 1 and holder[0][2] != key_ and holder[0][2] in kept:
                    other = holder[0][2]
                    spans = tuple((s, e, key_ if k == other else k) for s, e, k in spans)
                    own_of = None
                    kept.remove(other)
                    self.weak(line, f'answer "{answers[other]}" is asked with its contrast '
                                    f'"{answers[key_]}" on one card: either shown answers '
                                    "the other")
                else:
                    continue
                paired.add(key_)
        return tuple(sorted(spans)), paired

    def names_two_concepts(self, answer: str, other: str) -> bool:
        """Whether `answer` and `other` are the names (any form) of two different concepts
        of the article: "photosynthesis" and "respiration", "Collectivist" and
        "individualistic"."""
        own = self.concept_pattern(answer.strip())
        return own is not None and self.concept_pattern(other) not in (None, own)

    @staticmethod
    def compared_by(plain: str, own, start: int, end: int) -> tuple[int, int] | None:
        """Where the comparative is that compares an answer (its one gap, `own`) with the
        other half of its contrast at [start, end) in the same sentence, the one after the
        other ("Anaerobic respiration releases much [less] energy than aerobic
        respiration"), when the sentence does not tell it; None otherwise."""
        if len(own) != 1:
            return None
        (own_start, own_end), = own
        first_end, second_start = (own_end, start) if own_start < start else (end, own_start)
        if first_end > second_start:
            return None
        found = comparative_before(plain, first_end, second_start)
        if found is None or direction_told(plain, *found):
            return None
        return found

    def first_sentence_only(self, plain: str, spans) -> tuple:
        """`spans` without a gap's repeats in later sentences, where the sentence of its
        first says its fact alone (§5): "The body defends itself against [...]:
        microorganisms that cause disease. [...] include bacteria …" showed one answer as
        two gaps, the second only repeating the first (quality15n). The text then comes as
        sentences, so the card shows the first alone and the back the rest, unmasked."""
        cuts = sentence_bounds(plain)[1:] if spans else None
        if not cuts:
            return spans
        # "**Calling of the Estates-General:** Significance: … Louis XVI called the
        # Estates-General …": a label's card shows its whole item, so a repeat of the label
        # left unmasked would be on its front. (The spans are sorted: a label's is first.)
        start, end, key = spans[0]
        label = key if start == 0 and _ends_label(plain, end) else None
        first: dict[str, int] = {}
        dropped = []
        for start, end, key in spans:
            at = bisect_right(cuts, start)
            if key not in first:
                first[key] = at
            elif at != first[key] and bisect_right(cuts, end - 1) == at and key != label:
                dropped.append((start, end, key))
        if not dropped:
            return spans
        alone = {key for key, at in first.items()
                 if stands_alone(_sentences_at(plain, cuts, [at])[0])}
        dropped = {d for d in dropped if d[2] in alone}
        if not dropped:
            return spans
        self._cut_sentences = True
        return tuple(s for s in spans if s not in dropped)

    def cjk_first_sentence_only(self, plain: str, spans, answers: dict[str, str]
                                ) -> dict[str, int]:
        """Where the front of each key whose Chinese answer its text says again after the
        first sentence ends: that sentence's end, where it holds the key's first gap and
        says its fact alone (quality.ends_its_fact), so the front ends there (render.py:
        "ends"; the text comes as sentences). The repeats after it are no gaps: the back
        shows them. "[柏氏矢量]是描述位错性质的一个重要物理量…。[柏氏矢量]的模表示…" and
        "[混叠]会使高频分量折叠到低频…。因此…要先经过抗[混叠]滤波器…" showed one answer two or
        three times, once inside a longer word (a learner's read: junk); §4b does this for
        English, by its own sentence test (first_sentence_only)."""
        if not spans or not in_chinese(plain):
            return {}
        first_end = _cjk_first_sentence_end(plain)
        if not plain[first_end:].strip():
            return {}
        ends = {}
        for key, answer in answers.items():
            own = [(s, e, k) for s, e, k in spans if k == key]
            if not own or own[0][1] > first_end or not HAN_RUN.fullmatch(answer.strip()):
                continue
            if answer.strip() not in plain[first_end:]:
                continue
            if ends_its_fact(plain[:first_end], [g for g in spans if g[1] <= first_end]):
                ends[key] = first_end
        if ends:
            self._cut_sentences = True
        return ends

    def partner_spans(self, answer: str, plain: str, own) -> list[tuple[int, int]]:
        """Where `plain` names the other of exactly two compared concepts when `answer` is
        one: "Plants do both: [photosynthesis] stores energy …, and respiration releases
        it" in "Photosynthesis vs Respiration" is answered by elimination (the review of
        seed 9001: weak, "with respiration visible, the other is obviously
        photosynthesis"). Of three or more concepts, the one shown leaves a choice."""
        if len(self.concepts) != 2:
            return []
        pair = list(self.concepts.values())
        for concept, other in (pair, pair[::-1]):
            if _name_pattern(concept).fullmatch(answer.strip()):
                inside = overlap_test(own)
                # Not where the other is named in a way no gap may hide: "0" (a number with
                # no unit), "…" (a form of punctuation).
                return [m.span() for m in _name_pattern(other).finditer(plain)
                        if not inside(*m.span()) and weak_answer(m.group()) is None]
        return []

    def weak(self, line: int, message: str) -> None:
        """A card `check` lists for the author: the rule it breaks and what to write instead.
        Once: two readings that find the same gap and refuse it for one reason are one
        card to rewrite."""
        if (line, message) not in self._weak_said:
            self._weak_said.add((line, message))
            self.problems.append(Problem(self.file, line, "", f"weak card: {message}", "weak"))

    def take_remarks(self) -> tuple[str, ...]:
        """The remarks of the texts cleaned since the last note, each once."""
        remarks, self.remarks = tuple(dict.fromkeys(self.remarks)), []
        return remarks

    def note(self, *, figures=(), mask=(), **values) -> NoteSpec:
        spec = NoteSpec(article=self.article, section_tags=self.section_tags, **values)
        self.add_images(spec, figures, mask)
        self.notes.append(spec)
        return spec

    def add_images(self, spec: NoteSpec, figures, mask: list[_Target]) -> None:
        """The images the note shows, each alt text masked as its text is (the alt shows
        where an image cannot load, and to screen readers), and its figures' captions."""
        texts = [spec.text.text if spec.text else "", spec.context.text if spec.context else "",
                 spec.dimension, spec.comparison, *(text for _, text, _ in spec.cells)]
        texts += [figure.image for figure in figures]
        marks = {c for text in texts if not text.isascii() for c in image_marks(text)}
        if not marks:
            return
        images = {}
        for mark in sorted(marks):
            image = self.article.images[image_index(mark)]
            alt = unmark(strip_citations(image.alt, find_citations(image.alt)[0]))
            images[mark] = (image, MASK.join(_split_masked(alt, mask)))
        spec.images = images
        spec.figures = tuple((f.image, self.caption(f)) for f in figures)

    def caption(self, figure: Figure) -> str:
        if figure.caption is None:
            return ""
        value = figure.caption.value
        return unmark(strip_citations(value, find_citations(value)[0]))

    # -- items -------------------------------------------------------------------------
    def generate(self, split: bool = False) -> list[NoteSpec]:
        """The article's notes; with `split`, a large article's items are made by two
        processes at the same time (_generate_split)."""
        if split and self._splittable():
            return self._generate_split()
        self._run()
        return self.notes

    def _run(self, parity: int | None = None) -> None:
        """Make the notes of every item, in the article's order; with `parity`, of the
        items of every other run of SPLIT_CHUNK (the first run's when 0), recording where
        each run's notes, problems, citations and fact keys begin (_pieces)."""
        self._parity, self._step, self._pieces, self._handover = parity, 0, [], True
        self._claims = []
        for section in self.article.sections:
            self.section(section)
        self.glossary()

    def _fact_key(self, value: str) -> str:
        """A distinct key for a fact opening as `value`; when split, recorded in order so
        that _put_together can claim it again in the article's order."""
        found = self.fact_keys.claim(value)
        if self._parity is not None:
            self._claims.append((value, found))
        return found

    def _mine(self) -> bool:
        """Whether this process makes the next item's notes: each definition, fact, list
        item, table row and glossary term is one item, numbered in the article's order."""
        step, self._step = self._step, self._step + 1
        if self._parity is None:
            return True
        run, first = divmod(step, SPLIT_CHUNK)
        ours = run % 2 == self._parity
        if first == 0 and not ours and self._pieces and self.remarks:
            # The remarks our last item left would go to the other process's next note.
            self._handover = False
        if first == 0 and ours:
            self._pieces.append((run, *self._made()))
        return ours

    def _made(self) -> tuple[int, ...]:
        """How much has been made so far: notes, problems, citations, first citations and
        fact keys claimed (where a run begins or ends, _runs)."""
        return (len(self.notes), len(self.problems), len(self.all_citations),
                len(self.first_cited), len(self._claims))

    def _runs(self) -> list[tuple]:
        """What each run of items made here: (run, notes, problems, citations, first
        citations, fact keys claimed)."""
        if not self._pieces:
            return []  # (an article of fewer items than a run: the copy makes none)
        ends = [*self._pieces[1:], (None, *self._made())]
        cited = list(self.first_cited.items())
        return [(start[0], self.notes[start[1]:end[1]], self.problems[start[2]:end[2]],
                 self.all_citations[start[3]:end[3]], cited[start[4]:end[4]],
                 self._claims[start[5]:end[5]])
                for start, end in zip(self._pieces, ends, strict=True)]

    def _items(self) -> int:
        """How many items `_mine` numbers."""
        return len(self.article.glossary) + sum(
            len(s.definitions) + len(s.facts) + sum(len(g.items) for g in s.lists)
            + sum(len(c.rows) for c in s.comparisons) for s in self.article.sections)

    def _splittable(self) -> bool:
        # Each item's notes depend on the article and the item alone, but for what is
        # carried from one to the next, which _generate_split hands over or checks: the
        # fact keys claimed, the remarks not yet shown. A section's figures make notes of
        # the whole section (and "no card shows this figure" counts them), and images are
        # shared objects of the article: such articles are made in one process.
        # A fork copies only the thread that calls it: never with another thread running.
        return (hasattr(os, "fork") and _one_thread() and _cores() > 1
                and not self.article.images
                and self._items() >= SPLIT_ITEMS
                and not any(s.figures for s in self.article.sections))

    def _generate_split(self) -> list[NoteSpec]:
        """generate, by this process and a forked copy of it at the same time, each making
        every other run of SPLIT_CHUNK items (alternating runs: the cost of an item varies
        along an article, a glossary's after its facts). The copy sends back what each of
        its runs made, and the two are put together in the article's order: the notes,
        problems and citations are exactly those of one process, and the fact keys are
        claimed again in that order (_put_together). Should remarks be left for the other
        process's next note, or the copy fail, this process makes every note itself."""
        reader, writer = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(reader)
            os.close(writer)
            self._run()
            return self.notes
        if pid == 0:  # the copy: make its runs, send them, and leave at once
            code = 1
            try:
                os.close(reader)
                signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops it
                self._run(1)
                for spec in self.notes:
                    spec.article = None  # the parent's own article is put back
                payload = pickle.dumps((self._handover, self._runs()),
                                       pickle.HIGHEST_PROTOCOL)
                with os.fdopen(writer, "wb") as out:
                    out.write(payload)
                code = 0
            finally:
                os._exit(code)  # no atexit, no finalizer of the parent's files
        os.close(writer)
        done = False
        try:
            self._run(0)
            with os.fdopen(reader, "rb") as got:
                payload = got.read()
            _, status = os.waitpid(pid, 0)
            done = True
        finally:
            if not done:
                _stop(pid)
        theirs = None
        if os.waitstatus_to_exitcode(status) == 0 and payload and self._handover:
            try:
                theirs = pickle.loads(payload)
            except Exception:  # noqa: BLE001 - any fault of the copy: all is made here
                theirs = None
        if theirs is None or not theirs[0] or not self._put_together(theirs[1]):
            self.notes, self.problems, self.all_citations = [], [], []
            self.first_cited, self.remarks, self.fact_keys = {}, [], UniqueNames()
            self._run()
        return self.notes

    def _put_together(self, theirs: list[tuple]) -> bool:
        """This process's runs and the copy's, in the article's order, the fact keys
        claimed again in that order: a fact opening as one of the other process's did
        ("The same fact …" 20,000 times in one section) gets the number one process gives
        it. False, changing nothing, when such a key is an explicit id (`id/…`: another
        item's may be the same)."""
        runs = sorted([*self._runs(), *theirs], key=lambda run: run[0])
        keys = UniqueNames()
        renamed = []  # (run's notes, {key claimed there: key in the article's order})
        for run in runs:
            moved = {found: claimed for value, found in run[5]
                     if (claimed := keys.claim(value)) != found}
            if any(not found.startswith("fact/") for found in moved):
                return False
            if moved:
                renamed.append((run[1], moved))
        for run_notes, moved in renamed:
            for spec in run_notes:
                # A "fact/" key is only ever a claimed one, each once in a process.
                spec.key = moved.get(spec.key, spec.key)
        notes, problems, citations, first_cited = [], [], [], {}
        for _, run_notes, run_problems, run_citations, cited, _ in runs:
            notes += run_notes
            problems += run_problems
            citations += run_citations
            for key, where in cited:
                first_cited.setdefault(key, where)
        for spec in notes:
            spec.article = self.article
        self.notes, self.problems, self.all_citations = notes, problems, citations
        self.first_cited, self.fact_keys = first_cited, keys
        return True

    def glossary(self) -> None:
        self.section_tags = ()
        for term in self.article.glossary:
            if not self._mine() or term.definition is None:
                continue
            plain, marked, cited = self.clean(term.definition, "glossary.definition")
            # A citation in the term ("0A (Smith, 2001)") is its source, not a word of it:
            # the gap is the term, and the citation goes to the back with the definition's.
            name, _, named_cited = self.clean(Text(term.term, term.line), "glossary.term")
            # "F:" typed as a term: its colon leads into the definition, no part of the
            # answer ("[F:] — …" is a label leading into its text; the property test).
            name = _without_lead_colon(name.strip()) or term.term
            cited = (*cited, *named_cited)
            pattern = term_pattern(name, term.forms)
            first, asked_from = [_Target("term", pattern)], ()
            if not pattern.search(plain):
                # A definition that is only amounts or a unit ("Fuse rating: 13 A"), marked or
                # not, is asked from its term, as a labelled item's is: "[…] — 13 A" fits any
                # term of that size (the property test).
                values = unit_value(plain) or quantity_values(plain)
                plain, marked = _prefixed(name, plain, [] if values else marked)
                if values:  # the term is what the card asks from, no gap of its own
                    first, asked_from = _value_targets(values), (f"term:{slugify(term.term)}",)
            self.cloze(
                key=glossary_key(term), label=name, section="glossary",
                topic="glossary", line=term.line, citations=cited, plain=plain, marked=marked,
                first=first, asked_from=asked_from,
                context=with_title(self.article.title, term.heading or "Glossary"),
                explicit_id=False,
            )

    def section(self, section: Section) -> None:
        self.section_tags = section.tags
        shared = section.figures  # on the back of every note of the section
        notes_before = len(self.notes)
        for definition in section.definitions:
            if not self._mine():
                continue
            plain, marked, cited = self.clean(definition.text, "definitions.text")
            concept = self.concepts.get(definition.term)
            forms = concept.forms if concept else ()
            self.cloze(
                key=definition_key(definition), label=definition.term, section=section.id,
                topic=section.topic, line=definition.line, citations=cited, plain=plain,
                marked=marked, first=[_Target("term", term_pattern(
                    _without_lead_colon(definition.term), forms))],
                context=self.cloze_heading(section.title), explicit_id=bool(definition.id),
                figures=_with(shared, definition.figure),
            )
        fact_before = _facts_before(section)
        runs: dict[int, tuple] = {}  # each fact's run of facts, found once (_run_before)
        for fact in section.facts:
            if not self._mine():
                continue
            lead = self.lead(fact_before(fact), fact)
            if lead and self.named_by_heading(fact.text.value, section.title):
                lead = ""
            others = None if lead else names_no_one(fact.text.value)
            if others:
                self.weak(fact.text.line, f'no card: the fact opens with "{others}", and no '
                                          "sentence before it says who; name them")
                continue
            pointer = None if lead else (points_at_nothing_shown(fact.text.value)
                                         or leans_on_before(fact.text.value)
                                         or (fact_before(fact) is None
                                             and _cjk_opening_pointer(fact.text.value)))
            if pointer:
                self.weak(fact.text.line, f'no card: "{pointer}" points at text before the '
                                          "fact that its card cannot show; name them")
                continue
            lead = lead or self.list_lead_in(fact_before, fact, runs)
            plain, marked, cited = self.clean(fact.text, "facts")
            if not marked and not fact.parts and (typed := equation_span(plain)):
                # "GDP = C + I + G + NX", "Critical ratio = \(…\)": what the named
                # quantity equals is the fact, as if the author had marked it.
                marked = [(*typed, plain[typed[0]:typed[1]])]
            grouped = _one_mark_per_item(plain, marked)
            if grouped:
                if fact.parts and (not section.title.strip()
                                   or is_generic_heading(section.title)):
                    # "Current; […]; Resistance" under "Introduction": nothing on the front
                    # says what set the items belong to, so any word fits the gap (the
                    # tenth review judged it junk).
                    for at in _item_lines(fact):  # each item is asked of: each is told
                        self.weak(at, "no card: the list has no title saying what it "
                                      "lists; write one above it ending in ':'")
                    continue
                sampled = fact.parts and (names_open_set(lead) or
                                          names_open_set(section.title))
                if sampled:
                    # "Drugs to avoid with statins", "Examples of …:": the items are a
                    # sample of a larger set, and any other member fits a bare item's gap
                    # (a review: junk, "many other right answers"). An item that says more
                    # than its name ("Methacholine challenge (if spirometry normal)",
                    # "**Fidelity.** Keep promises …") is asked from what it says.
                    item_line = dict(_part_lines(fact.parts))
                    bare = _bare_items(plain, marked)
                    for _, _, phrase in bare:
                        self.weak(item_line.get(f"mark:{phrase.casefold()}", fact.text.line),
                                  f'no card for "{phrase}": the list\'s title names a sample '
                                  f'of an open set ("{sampled}"), so any other member fits '
                                  "its gap; title it with the set it is all of, or say "
                                  "what the item does")
                    marked = [m for m in marked if m not in bare]
                    if not marked:
                        continue
                # A row read as "TCP: …; UDP: …" (no parts) holds sentences: only several
                # things behind one gap are left out of it.
                if not fact.steps:  # a step says what to do: that is what it asks
                    marked = self.list_items(marked, fact, clauses=bool(fact.parts))
                if not marked:
                    continue
            # Two facts opening with the same words: the second keeps a distinct key.
            key = self._fact_key(fact_key(section, fact))
            # A list's item, asked beside the other items under its title or lead-in.
            listed = grouped and bool(fact.parts) or section.title in self.list_titles
            told_before = len(self.problems)
            found = self.cloze(
                key=key, label=" ".join(plain.split()[:8]) + "…", section=section.id,
                topic=section.topic, line=fact.text.line, citations=cited, plain=plain,
                marked=marked, first=[],
                # The other items of a list under a long lead-in ("High fever >38°C" beside
                # the grouped names under "Admit the patient if … any of the following")
                # need that lead-in as much as the grouped ones do.
                context=self.fact_heading(section.title, plain, section.cue and listed,
                                          question=listed),
                cued=section.cue,
                explicit_id=bool(fact.id),
                fallback_to_concepts=True, figures=_with(shared, fact.figure), parts=fact.parts,
                items=(len(fact.parts) > LIST_SHOWN_WHOLE
                       and len(fact.text.value.split()) > LIST_SHOWN_WORDS), lead=lead,
                titled=grouped and bool(fact.parts),
                hinted=bool(fact.parts) and not fact.ordered, lines=fact.lines,
            )
            if not found and fact.otherwise is not None:
                # The sentence as written asks nothing: its other reading (a formula split
                # into its sides, formula_side_after_lead) is asked instead, and what the
                # first attempt said of it is taken back.
                other, other_marked, _ = self.clean(fact.otherwise, "facts")
                told_first = len(self.problems)
                found = self.cloze(
                    key=key, label=" ".join(other.split()[:8]) + "…", section=section.id,
                    topic=section.topic, line=fact.text.line, citations=cited, plain=other,
                    marked=other_marked, first=[],
                    context=self.fact_heading(section.title, other, False), cued=section.cue,
                    explicit_id=bool(fact.id), fallback_to_concepts=False,
                    figures=_with(shared, fact.figure), lead=lead)
                # Only one attempt's words reach the author: the one that stands (the second
                # spoke of an answer they never marked: the re-read of session 26).
                if found:
                    del self.problems[told_before:]
                else:
                    del self.problems[told_first:]
            if not found and not (grouped and fact.parts) and \
                    (told := told_direction(plain)):
                self.weak(fact.text.line, f'no card: "{told}" is the only thing to ask, and '
                                          "the sentence says it (a reason, a hint or the "
                                          "cause); mark what to ask, or leave the reason out")
            elif not found and not (grouped and fact.parts):
                self.problems.append(Problem(
                    self.file, fact.text.line, fact.text.field or "facts",
                    "no card: the fact names no concept, glossary term or **marked** phrase, "
                    "and states no name, proportion, consequence or outcome to ask",
                    "info",
                ))
            if not found and not (grouped and fact.parts):
                # A display formula read with the sentence leading into it (Fact.lines) is
                # told at its own line too, where the author looks for it (issue 14:
                # silence is never the answer).
                for at in fact.lines:
                    if at != fact.text.line:
                        self.problems.append(Problem(
                            self.file, at, fact.text.field or "facts",
                            f"no card: read with the sentence at line {fact.text.line}, "
                            "which makes none (the reason is given there)", "info"))
        for labelled in section.lists:
            # Each label's stems, to tell the words its siblings share from its own.
            label_stems = [content_stems(unmark(i.label)) for i in labelled.items]
            # Only the siblings' stems that could be related to a label's own are asked
            # about (quality.related needs three letters in common): each item gathering
            # every other label's stems made a 2 MiB glossed list quadratic.
            by_three: dict[str, Counter] = {}
            for stems in label_stems:
                for stem_ in stems:
                    by_three.setdefault(stem_[:3], Counter())[stem_] += 1
            buckets: dict[str, Stems] = {}
            for position, item in enumerate(labelled.items):
                if not self._mine():
                    continue
                siblings = SiblingStems(by_three, buckets, label_stems[position])
                plain, marked, cited = self.clean(item.text, "items.text")
                # "Freedom:" typed as a label: the colon leads into the text, no part of
                # the answer (as a glossary term's, glossary()).
                label = _without_lead_colon(unmark(item.label))
                if not marked and is_date(label) and not names_something(plain):
                    self.weak(item.line, f'no card: "{label}" would be asked from "{plain}", '
                                         "which names no one it happened to; say who")
                    continue
                vague = None if marked else describes_only(label)
                if vague:
                    self.weak(item.line, f'no card: label "{label}" {vague}')
                    continue
                cells = None if marked else _compared_cells(label, plain, self.sides)
                told = None if marked or cells else _cells_telling(
                    label, plain, self.subject_stems)
                if cells:
                    # "Goal: virtue for the Stoic, freedom from pain for the Epicurean." is
                    # a comparison row: the label is the dimension, and hiding it showed
                    # every fact worth learning (two reviews: junk). Each side's cell is
                    # asked, under the dimension, beside the other sides' cells.
                    text, marked = f"{label} — {plain}", []
                    shift = len(text) - len(plain)
                    first = [_Target("label" if i == 0 else f"cell:{i}",
                                     _only_at(text, start + shift, end + shift))
                             for i, (start, end) in enumerate(cells)]
                elif told:
                    # "[…] — Salt formed: […]; Example: NaCl": a cell says the row's name,
                    # so asking the name masked the cell as a second gap (two reviews: weak,
                    # "the front does not say the acid is asked"). The cell is the fact to
                    # learn: it is asked from the name, one gap per card.
                    plain, values = told
                else:
                    # A unit alone is the item's fact however the aside after it is
                    # marked ("J K⁻¹ mol⁻¹ (note: **joules**, …)"): asked from its unit, the
                    # label is one of every quantity measured in it (unit_value).
                    # "Temperature: … denature above about 45 °C": the unit names the
                    # label, so the amount is what the card asks, from the label.
                    values = unit_value(plain) or ([] if marked else quantity_values(
                        plain) or _named_by_formula(label, plain)
                        or amounts_naming(label, plain))
                    if values:
                        marked = []
                if cells:
                    pass
                elif values:
                    # "[…] — Initial dose: 25 mg OD; Target dose: 50 mg OD": amounts do not
                    # single out a name, and they are what a learner needs: each is asked,
                    # from the name.
                    # ("5 mg BD" is no part of "2.5 mg BD".)
                    text, marked = f"{label} — {plain}", []
                    first = _value_targets(values)
                elif not marked and (said := _cjk_label_in_text(label, plain)):
                    # "混叠" over "混叠会使高频分量折叠到低频…抗混叠滤波器…": asked from the
                    # label, the card hid one answer three times, once inside a longer word.
                    target, why = said
                    if target is None:
                        self.weak(item.line, f'no card: label "{label}" {why}')
                        continue
                    text, first = plain, [target]
                elif marked and giveaways(plain, label, subject=self.subject_stems):
                    # The text says its label ("Conflict Avoidance" over "… tend to avoid
                    # conflict …") and the author marked what to ask: the label is a
                    # heading the text restates, which the reviews judged no fact to
                    # recall; the marks alone are asked, from the text alone.
                    text, first = plain, []
                else:
                    text, target = _item_text(label, plain, self.subject_stems, siblings)
                    if target is None:
                        said = label_in_text(label, plain, siblings)
                        how = ("as an amount (\"more …\"), which fits every item of the "
                               "list" if said and said_as_amount(label, plain, said) else
                               "on one side of its \"vs.\", so the other side is a pair's "
                               "other half to guess" if _VERSUS.search(label) else
                               "only as another word, an everyday one to guess from the "
                               "sentence")
                        self.weak(item.line, f'no card: label "{label}" is said in its text '
                                             f"{how}; mark what to ask")
                        continue
                    gap = target.pattern.search(text)
                    # (Only where the card is the text alone: a label shown beside its text
                    # is read as before, "Pyramid of […] — shows the […] flowing …".)
                    apart = f"{text[:gap.start()]} {text[gap.end():]}" \
                        if gap and text == plain else ""
                    if len(own := content_stems(label)) >= 2 and own <= content_stems(apart):
                        # "Dotted Half Note: When there is a dot behind a note, it adds half
                        # of …": the text says every word of its label apart from the label,
                        # so each is masked as a giveaway of the gap and the front was cut to
                        # "When there is a […]." (formulaside26 gate: junk). A label said
                        # only where its gap is ("… lead to social isolation", "Ice melting
                        # has …") is hidden there, as before.
                        self.weak(item.line, f'no card: its text says every word of label '
                                             f'"{label}" apart from it; mark what to ask')
                        continue
                    renamed = gap and gap.group() != label and _renamed_in_text(label, plain)
                    if renamed:
                        # "[…] rate — … changes the base rate": half the label hidden, beside
                        # another name of the same thing.
                        self.weak(item.line, f'no card: label "{label}" {renamed}')
                        continue
                    first = [target]
                if text != plain:
                    marked = [(s + len(text) - len(plain), e + len(text) - len(plain), p)
                              for s, e, p in marked]
                told_before = len(self.problems)
                made = self.cloze(
                    key=item_key(labelled, item), label=label, section=section.id,
                    topic=labelled.topic, line=item.line, citations=cited, plain=text,
                    marked=marked, first=first,
                    context=self.cloze_heading(labelled.title), explicit_id=bool(item.id),
                    figures=_with(shared, item.figure), lines=item.lines,
                )
                if not made and not any(told.line == item.line
                                        for told in self.problems[told_before:]):
                    # Every item that makes no card is told why (issue 14, item 5).
                    self.problems.append(Problem(
                        self.file, item.line, item.text.field or "items",
                        f'no card: neither "{label}" nor a phrase of its text is an answer '
                        "its card can ask; **mark** the phrase to recall", "info"))
        for comparison in section.comparisons:
            for row in comparison.rows:
                if self._mine():
                    self.compare(section, comparison, row, _with(shared, row.figure))
        self.figure_notes(section)
        if shared and len(self.notes) == notes_before:
            for figure in shared:
                self.problems.append(Problem(
                    self.file, figure.line, "image", "no card shows this figure: its section "
                    "makes no note (mark a phrase in its caption to make one)", "warning"))

    def list_items(self, marked, fact: Fact, clauses: bool = True):
        """The items of a grouped list that are one thing each to recall: an item that is a
        clause ("sewage and toxic chemicals pollute water") or holds several ("flow and
        congestion control", "DNS, VoIP, online games") is no item of a set to name from
        the others: the tenth review judged such gaps open-ended. Those stay on the front."""
        kept = []
        item_line = dict(_part_lines(fact.parts))
        for start, end, phrase in marked:
            why = list_item_fault(phrase, clauses)
            if why:
                # A fault that says its own mend ("; write who …") needs no other.
                hint = "" if "; " in why else "; give each its own item"
                self.weak(item_line.get(f"mark:{phrase.casefold()}", fact.text.line),
                          f'list item "{phrase}" {why}{hint}')
            else:
                kept.append((start, end, phrase))
        return kept

    def lead(self, previous, fact) -> str:
        """The sentence a fact that opens by pointing back ("It makes ATP …", "Water is split
        here …") points at: the last sentence of the fact before it in its section, as the
        learner reads it. Without it the front points at text it does not show (the eighth
        review). Empty for any other fact, and for one with nothing before it."""
        if previous is None or previous.parts or not (
                points_back(fact.text.value) or _CJK_FORMER.match(fact.text.value)):
            return ""
        value = previous.text.value
        found = self._leads.get(value)  # facts pointing back at one text repeat its reading
        if found is None:
            text = unmark(strip_citations(value, find_citations(value, self.sources)[0]))
            text = " ".join(text.split())
            sentence = last_sentence(text)
            if names_no_one(sentence) and sentence != text:
                # "The rest is lost as heat …" says the rest of what only with the sentence
                # before it ("Only about 10% of the energy … is passed on"): both lead.
                sentence = last_sentence(text[:-len(sentence)]) + " " + sentence
            found = self._leads[value] = "" if ends_in_lead_in(sentence) else sentence
        return found

    def named_by_heading(self, text: str, title: str) -> bool:
        """Whether `text` points back with a demonstrative and a noun that its card's context
        line names ("This individualistic ethos emerged …" under "Individualism in the United
        States"): the heading says what it points at, so the sentence before it is not
        needed. It was shown anyway (37 words around one gap; blind reviews of 2026-12-03:
        weak, "long passage around one gap"). Not "This is why …", "These values …" with
        nothing named: they keep the sentence they point at."""
        found = _DEMONSTRATIVE_NOUN.match(text)
        if not found:
            return False
        first = found["noun"].split()[0]
        if (_VERB_AFTER_DEMONSTRATIVE.fullmatch(first) and (
                first.casefold().endswith("ed") or
                found["demonstrative"].casefold() in ("this", "that"))):
            return False
        heading = Stems(content_stems(self.cloze_heading(title)))
        return any(heading.related(st) for _, _, st in content_words(found["noun"]))

    def list_lead_in(self, fact_before, fact, runs: dict[int, tuple]) -> str:
        """The sentence ending in ':' that the run of items a fact is one of follows ("GDMT
        includes four classes of drugs that reduce mortality:" over "1. ACE inhibitor …; 2.
        [...] …"): it says what the items are, which an item alone does not (a list item's
        card carries its lead-in). Empty when there is none, when it only signposts ("…
        the following:", "Consider …", "we have:") or says the fact's own opening again
        ("Market Failure is defined as …:" over "Market Failure is …"). A lead-in short
        enough to be a title titles its list instead (readers)."""
        first, previous = _run_before(fact_before, fact, runs)
        if previous is None or previous.parts or not ends_in_lead_in(previous.text.value):
            return ""
        if any(previous.text.line < skipped.line < first.text.line
               for skipped in self.article.skipped):
            # "… follows a simple rule:" over a formula the reader left out ($$V = IR$$): the
            # lead-in leads into that, and glued onto the paragraph after it, it said of
            # that paragraph what it said of the formula.
            return ""
        value = previous.text.value
        text = unmark(strip_citations(value, find_citations(value, self.sources)[0]))
        sentence = last_sentence(" ".join(text.split()))
        opening = " ".join(unmark(fact.text.value).split()[:2]).casefold()
        if _SIGNPOST.search(sentence) or sentence.casefold().startswith(opening):
            return ""
        return sentence

    def figure_notes(self, section: Section) -> None:
        """A figure whose caption marks a phrase is a cloze note: the image, and the
        caption with the phrase hidden."""
        for figure in section.figures:
            if figure.caption is None:
                continue
            plain, marked, cited = self.clean(figure.caption, "image")
            if not marked:
                continue
            text, marked = _prefixed(figure.image, plain, marked, " ")
            self.cloze(
                key=figure_key(section, figure), label=f"figure: {' '.join(plain.split()[:6])}",
                section=section.id, topic=section.topic, line=figure.line, citations=cited,
                plain=text, marked=marked, first=[], context=section.title, explicit_id=False,
            )

    @staticmethod
    def names_the_heading(target: _Target, plain: str, context: str) -> bool:
        """Whether the name `target` finds in `plain` is one the context line says whole."""
        found = target.pattern.search(plain)
        stems = content_stems(found.group()) if found else frozenset()
        return bool(stems) and stems <= frozenset(content_stems(context))

    def cloze(self, *, key, label, section, topic, line, citations, plain, marked, first,
              context, explicit_id, fallback_to_concepts=False, figures=(), parts=(),
              lines=(), items=False, lead="", titled=False, asked_from=(),
              hinted=False, cued=False) -> bool:
        """Add a cloze note unless nothing in it can be hidden; True when added.

        `parts` (Fact.parts): the line each marked phrase comes from, when the text was
        joined from several lines; the note records the lines of the clozes it keeps.
        `lines`: other lines the whole text was read from. `titled`: a grouped list, whose
        card must show the title that says what it lists. `asked_from`: the keys of glossary
        terms the text names only to ask from them, never hidden. `hinted`: an unordered
        grouped list, whose bare names' gaps show their initials (_initials_hints)."""
        remarks = self.take_remarks()
        self._cut_sentences = False
        # A weak gap of a grouped list is told at its own item's line, where the author
        # looks for why that item made no card (issue 14: silence is never the answer).
        part_lines = dict(_part_lines(parts))
        if not items and not image_marks(plain):
            plain, marked = self.without_figure_sentences(plain, marked, line)
            if not plain:
                return False
        if not items and not first and not image_marks(plain):
            plain, marked = self.without_pointing_lead(plain, marked, line)
            if not plain:
                return False
        if lead and not image_marks(lead) and _POINTS_AT_FIGURE.search(lead):
            lead = ""  # "The map below …" shown before a fact points at no map either
        if ends_in_lead_in(plain):
            # "The Gibbs free energy change combines both:" leads into what is not on the
            # card (a formula, a list): judged junk, a fragment with nothing to recall. The
            # sentences before it stand; with none, no card.
            self.weak(line, f'"{" ".join(plain.split()[-6:])}" leads into what its card does '
                            "not show; write the sentence whole")
            cut = sentence_bounds(plain)[-1]
            plain = plain[:cut].rstrip()
            marked = [(s, e, p) for s, e, p in marked if e <= len(plain)]
            if not plain:
                return False
        marked = _cases_of_marked(plain, marked)
        targets = list(first)
        # "**Tennis Court Oath:** …": the colon a bold label takes with it is no part of the
        # answer ("[Tennis Court Oath:] — …"); the gap stops before it. The key stays the
        # phrase as marked, so the cloze keeps its number.
        targets += [_Target(f"mark:{phrase.casefold()}",
                            (not titled and (_expansion(plain, start, end, shown)
                                             or _labelled_value(plain, start, end, shown)))
                            or _spelled_out_after_letters(plain, start, end, shown)
                            or self.concept_pattern(shown) or term_pattern(shown))
                    for start, end, phrase in marked
                    for shown in [phrase.rstrip(" :：") or phrase]]
        targets += [t for t in _to_ask(plain, self.glossary_targets) if t.key not in asked_from]
        targets = self.worth_recalling(_unique(targets), plain, line,
                                       glossary=section == "glossary", lines=part_lines)
        if fallback_to_concepts and not targets:
            targets = self.worth_recalling(
                _to_ask(plain, self.concept_targets), plain, line)
        if fallback_to_concepts and not targets:
            targets = self.romance_statement(plain)
        # The card's heading and the article's subject: words on every card of the note.
        on_every_card = frozenset(content_stems(context)) | self.subject_stems

        def stated() -> list[_Target]:
            # "This creates [a gradient]" asks nothing where the card cannot show what
            # "this" is: its own text's sentence before, or the fact before it (`lead`).
            orphan = 0 if lead and _lead_fits(lead, plain) else pointed_cause_end(plain)
            return _stated(plain, self.subject_stems, on_every_card, orphan)
        # What a Chinese sentence states (statements.py: a name it gives, "…称为[标准差]";
        # the means, "肾脏通过[过滤血液]来调节…") is its fact's own gap, before a term of the
        # article it mentions ("[方差]的算术平方根称为标准差", "[肾脏]通过过滤血液来…"):
        # Chinese has no "the" to tell a term in passing (_heading_in_passing) by.
        chinese = fallback_to_concepts and not targets and in_chinese(plain)
        signpost = chinese and bool(_CHINESE_SIGNPOST.match(plain))

        def named() -> list[_Target]:
            return [t for t in self.worth_recalling(
                _named_in(plain, self.named_targets), plain, line)
                if not _named_in_passing(t, plain, context, self.article.title or "")
                # Only here, not in named_otherwise: there it read "NB" in "NB [dapagliflozin]
                # does not need titrating" as an abbreviation the drug's name ends, and lost a
                # card worth its gap (clinical-hfref-drugs).
                and not _only_in_passing(t, plain) and not _after_a_duration(t, plain)]
        if fallback_to_concepts and not targets and not chinese:
            # "The second way is called [set-builder notation]": the name a sentence gives
            # is what it says, before a term of the article it mentions ("A [set] can be
            # given by listing …"); never the article's subject (prose18).
            given = given_name_span(plain)
            if given and not content_stems(plain[given[0]:given[1]]) <= self.subject_stems:
                targets = [_said_at(plain, *given)]
            if not targets:
                targets = named()
        if fallback_to_concepts and targets and not chinese and all(
                not t.key.startswith("mark:") and self.names_the_heading(t, plain, context)
                for t in targets) and (said := comparison_abroad_span(plain)):
            # "Globalstrahlung ist an den Polen am niedrigsten" under "## regionale
            # Differenzierung der Globalstrahlung" asked "[...] ist an den Polen am
            # niedrigsten": the name is the heading's, which the card then cannot show, and
            # the rest of a terse line abroad is no cue; what it states of the name is the
            # fact ("… [am niedrigsten]", session 36). (Not in English, where "The [central
            # executive] directs attention …" asks a name from what it does: tried more
            # widely, it lost such cards and definitions.)
            targets = [_said_at(plain, *said)]
        if fallback_to_concepts and not targets:
            targets = stated()
        if fallback_to_concepts and not targets:
            targets = self.worth_recalling(
                _named_in(plain, self.linked_targets), plain, line)
        if fallback_to_concepts and not targets:
            # Latin letters in a Chinese sentence are an abbreviation it uses ("每水解一个
            # ATP", "受到 DNA 损伤时"), not the name it is about: "[DNA]" asked nothing. A
            # name it quotes is one ("为细胞的“[消化车间]”").
            targets = _named_thing(plain, self.subject_stems, on_every_card, quoted=chinese)
        if fallback_to_concepts and not targets:
            targets = _last_shape_target(plain, self.subject_stems)
        if fallback_to_concepts and not targets:
            targets = _starts_ends_target(plain)
        if fallback_to_concepts and not targets:
            targets = _terse_item_target(plain, context)
        if fallback_to_concepts and not targets and not states_a_shape(plain) and not signpost:
            targets = self.named_again(plain, line, context, lead, on_every_card)
        if fallback_to_concepts and not targets and not states_a_shape(plain):
            targets = _open_doer_target(plain, self.subject_stems, on_every_card)
        if fallback_to_concepts and not targets and not chinese:
            targets = _open_doer_target(plain, self.subject_stems, on_every_card,
                                        find=subject_statement_span)
        if chinese and not targets and not signpost:
            # Said three times or more ("名义[GDP]除以实际[GDP]…称为[GDP]平减指数"), the term
            # is what the text is about, and its fact is elsewhere (a learner's read: junk).
            targets = [t for t in named() if len(t.pattern.findall(plain)) <= 2]
        if fallback_to_concepts and (set_ups := set_up_spans(plain)):
            # "Consider [steady flow] along a pipe …" (blind review: junk): a sentence that
            # sets up a problem states nothing that is so, whatever term it uses. What the
            # author marked there is still asked.
            in_set_up = overlap_test(set_ups)
            targets = [t for t in targets if t.key.startswith("mark:") or any(
                not in_set_up(found.start(), found.end())
                # (Nor a name the set-up gives: "Let $\varepsilon(f) = …$, which is called
                # the Hasse invariant of $f$" defines it; a held-out-3 miss.)
                or _NAMED_BEFORE.search(plain, max(0, found.start() - 24), found.start())
                for found in t.pattern.finditer(plain))]
        if fallback_to_concepts:
            # "This gives us the new [linear system]": a term named only as an instance the
            # text points at is no fact of it, whichever reading found it (_pointed_at).
            targets = [t for t in targets if t.key.startswith("mark:")
                       or not _pointed_at(t, plain)]
        # "acid" on the card for "strong acid", shown inside the other gap, answers it: the
        # phrase that holds the other's words stays, the one held goes.
        targets, spans, kept = _hide_unheld(plain, targets)
        if not kept:
            return False
        answers = {key: plain[s:e] for s, e, key in reversed(spans)}  # each one's first
        # The concepts' names are what the whole article is about, not an answer's words.
        subject = self.concept_spans(plain) + _question_of_answer(plain, spans)
        spans, in_formulas = _with_giveaways(plain, spans, answers, subject=subject,
                                             subject_stems=self.subject_stems)
        spans = _kind_before_name_shown(plain, spans, answers)
        if not items:
            spans = self.first_sentence_only(plain, spans)
        front_ends = self.cjk_first_sentence_only(plain, spans, answers) if not items else {}
        if front_ends:
            spans = tuple(s for s in spans if s[0] < front_ends.get(s[2], len(plain)))
        spans, paired = self.with_contrasts(plain, spans, answers, kept, line)
        # Before the cards are judged: "Rome, a […]." taking its "a" leaves "Rome," alone.
        spans = _article_in_concept_gaps(plain, spans, subject)
        self.drop_explained_topics(plain, spans, answers, kept, context, line)
        if not kept:
            return False
        spans = tuple(s for s in spans if s[2] in kept)
        # Judged on the cards as first made, all at once: a gap left out shows its words.
        left_out = {}
        # The words of each target's gaps, read once: a 2 MiB paragraph's 97 targets have
        # thousands of gaps, and each card shows the gaps of all the others.
        gap_words: dict[str, set[str]] = {}
        for s, e, k in spans:
            gap_words.setdefault(k, set()).update(content_stems(plain[s:e]))
        # "\\(\\int kf(x)\\,dx\\) = […]": a formula's right side shares the letters of
        # its left, which is the cue, not a giveaway (formulaside26).
        side = len(spans) == 1 and _side_gap(plain, spans[0][0], spans[0][1])
        for key_ in kept:
            if key_ in in_formulas and not side:
                # "The [accuracy] is … correct: \\(\\text{Accuracy} = \\frac{…}\\)": the
                # formula says the answer on the front, and a gap may not cut it.
                left_out[key_] = _in_formula_fault(answers[key_], in_formulas[key_])
            elif not _has_words(outside(plain, spans, key_), MIN_FRONT_WORDS) and not (
                    key_ == "label" and _named_by_gloss(plain, spans, context, self.article.title)
                    or _translated(plain, spans, key_) or _glossed_head(plain, spans, key_)
                    or _cued_by_arrow(plain, spans, key_, context, self.article.title)
                    or [(s, e) for s, e, k in spans] == [equation_span(plain)]
                    or side
                    or cued and context.rstrip().endswith(("?", "？")) and len(spans) == 1):
                # ("Quel courant réchauffe l'Europe de l'Ouest ? / Le […]." the question on
                # the context line is the cue.)
                # ("GDP = […]": the named quantity before the sign is the cue, however short.)
                # "[…] 0": a card needs words besides its gap to be answered from.
                left_out[key_] = (f'answer "{answers[key_]}" leaves fewer than '
                                  f"{MIN_FRONT_WORDS} words on its card; say more around it")
            elif (other := coin_toss(answers[key_], plain)) is not None:
                # "… equally likely to be [positive] or negative": a choice of two the card
                # shows (this session's gate: junk, four cards of one chapter).
                left_out[key_] = (f'answer "{answers[key_]}" stands beside "{other}", its other '
                                  "half: the card asks a choice of two it shows")
            elif not _has_words(outside(plain, spans, key_), 5) and \
                    _ONLY_A_DATE.fullmatch("".join(outside(plain, spans, key_))):
                # "[...] (marzo 1918)", "[...] (12 Mar 1947)": a date is no cue to a name;
                # any treaty or doctrine of that month fits (this session's notes: junk).
                left_out[key_] = (f'answer "{answers[key_]}" has only a date beside it on its '
                                  "card; say what it was or did")
            elif key_ != "label" and any(_in_a_question(plain, s) for s, e, k in spans
                                         if k == key_):
                # "Does college (X) cause [voter engagement] (Y)?" (blind sample 3001: junk):
                # worth_recalling refused the phrase, and a reading that found it again asked
                # it. Whichever reading finds a gap, a word of a question is no fact.
                left_out[key_] = (f'"{answers[key_]}" stands in a question the text asks; a '
                                  "card asks what the text states")
            elif key_ != "label" and any(
                    (_leads_into_formula(plain, s) and not (
                        key_.startswith("mark:") and not plain.startswith("\\", s) and
                        not _STEP_WORD.fullmatch(plain[s:e].strip()))) or
                    # "By **substituting** the values we get …": a step, whatever opens it.
                    (_STEP_WORD.fullmatch(plain[s:e].strip()) is not None and
                     _leads_into_formula(plain, s, methods=False))
                    for s, e, k in spans if k == key_):
                # (Not a phrase the author marked: "For an **ideal gas** we have $pV = nRT$"
                # asks what the formula holds for, the code re-read. A marked formula after
                # words that only lead into it is asked by nothing.)
                left_out[key_] = (f'"{answers[key_]}" stands in the words that lead into a '
                                  "formula; ask what the formula says")
            elif len(plain.split()) <= TERSE_WORDS and any(
                    _BARE_THRESHOLD.match(plain, e) for s, e, k in spans if k == key_):
                # "[qSOFA] ≥ 2: high risk": a score's bare number cues any score (SIRS ≥ 2
                # too); "Heart rate > [90 bpm]" asks the threshold, with its unit. Only in
                # a terse item: a sentence says more ("Flow becomes turbulent when the
                # [Reynolds number] > 4000"; the code review found such cards lost).
                left_out[key_] = (f'answer "{answers[key_]}" is cued only by a bare number '
                                  "it is compared with; give the number its unit")
            elif gives_away(set().union(*(w for k, w in gap_words.items() if k != key_)),
                            answers[key_], self.subject_stems, first=False):
                # "[…]; Negative Consumption; Positive Production": every word of "Negative
                # Production" shows in the other answers, which its card shows.
                left_out[key_] = (f'answer "{answers[key_]}" is spelled out by the other '
                                  "answers its card shows; say what sets it apart")
            elif why := self.told_by_front(answers[key_],
                                           " ".join(outside(plain[:front_ends.get(
                                               key_, len(plain))], spans, key_)), context,
                                           marked=key_.startswith("mark:")):
                left_out[key_] = why
            elif not key_.startswith("mark:") and (again := cjk_answer_said_again(
                    plain, [(s, e) for s, e, k in spans if k == key_])):
                left_out[key_] = (f'answer "{again}" is said again, whole, after its gap in '
                                  "its sentence; ask it where it is said once")
        for key_ in (k for k in two_gap_cards(spans, [k for k in kept if k not in left_out],
                                              plain, answers)
                     if k not in paired):
            left_out[key_] = (f'answer "{answers[key_]}" shows as two gaps on its card (its '
                              "words recur); its note's other cards ask one gap each")
        for key_ in (k for k in kept if k not in left_out and k not in paired
                     and too_split(plain, spans, k, answers[k])):
            left_out[key_] = (f'answer "{answers[key_]}" shows as two gaps on its card and '
                              "leaves too little to answer from; say it once")
        for key_ in (k for k in kept if k not in left_out and k.startswith("term:")
                     and split_gaps(spans, k, plain) > 1 and not _defined_at_gap(plain, spans, k)):
            # "… on both measurement [...], … the difference between the [...]" (the learner
            # read of session 20: junk): a term of the article it mentions twice in passing,
            # each gap guessed from the other; the card says nothing it teaches (§4b, pH).
            left_out[key_] = (f'answer "{answers[key_]}" shows as {split_gaps(spans, key_, plain)} '
                              "gaps on its card and the text does not define it; no card")
        for key_, why in left_out.items():
            self.weak(part_lines.get(key_, line), why)
            kept.remove(key_)
        spans = tuple(s for s in spans if s[2] not in left_out)
        if not kept:
            return False
        about_figure = None
        if not image_marks(plain) and _POINTS_AT_FIGURE.search(plain):
            starts = sentence_bounds(plain)[1:]
            about_figure = next(filter(None, (
                _POINTS_AT_FIGURE.search(plain, start, end)
                for start, end in zip((0, *starts), (*starts, len(plain)), strict=True)
                if any(start <= s < end for s, _, _ in spans))), None)
        if about_figure:
            # "The [...] image above is shown in true colour": the gap's sentence is about
            # an image the card does not show (a blind review, 2026-12-03: junk). Its
            # figures are on the back, if anywhere: only an image in the text itself is on
            # the front. A sentence beside it that points at a table ("The table below is
            # …") was left off (without_figure_sentences).
            self.weak(line, f'no card: the text is about a figure the card does not show '
                            f'("{about_figure[0]}"); say what it shows')
            return False
        if not plain[:spans[0][0]].strip(" *_") and only_points(plain[spans[-1][1]:]):
            # "[Homoscedasticity]: see the section and the equation for the formal
            # statement": its words only say where the fact is (a learner's read: junk).
            self.weak(line, f'no card: the text only points elsewhere ("{plain[:50]}"); '
                            "state the fact")
            return False
        answers = {k: answers[k] for k in kept}
        for key_ in kept:
            shown = _shown_on_card(plain, spans, key_)
            if shown:
                self.weak(line, f'answer "{answers[key_]}" shows on its own card as "{shown}" '
                                "(inside another gap); reword one of the two")
        # A context line naming every compared concept ("Collectivism vs. Individualism: …")
        # says what the card asks, not which: its concepts' names are no give-away of a gap
        # hiding one of them (blind reviews: "[…] cultures tend to avoid conflict" with no
        # context line, a binary guess). A heading naming the answer alone is still masked.
        concept_patterns = {t.pattern for t in self.compared_targets.values()}

        def masked_context(context: str, others=(), keys=None) -> tuple:
            """The masks `context` needs for the answers of `keys` (else every kept one)."""
            keys = kept if keys is None else keys
            shown = [*(t for t in targets if t.key in keys), *others]
            if self.names_choices(context):
                shown = [t for t in shown if t.pattern not in concept_patterns]
            asking = {k: a for k, a in answers.items() if k in keys}
            asked = (context, tuple((t.key, t.pattern) for t in shown), tuple(asking.items()))
            found = self._context_masks.get(asked)
            if found is None:
                spans = _masked(context, shown).spans
                found = self._context_masks[asked] = _with_giveaways(
                    context, spans, asking, mask_key="context",
                    subject=self.concept_spans(context), subject_stems=self.subject_stems)[0]
            return found

        def shown_by(context: str) -> list[str]:
            """The kept answers `context` shows, each asked alone."""
            return [k for k in kept if masked_context(context, keys=(k,))]

        context = HEADING_NUMBERING.sub("", context)
        context_spans = masked_context(context)
        if context_spans and titled and len(kept) > 2:
            # "Cell Membrane Transport › … Functions" over "Transport.; Enzymatic activity.;
            # …": the title shows one item, whose card it answers, not the others, which
            # need it to say what set they are of. That item is left unasked (shown on the
            # others' cards); the rest keep the title whole.
            shows = shown_by(context)
            # One item only, said whole (its plural too): where the title says a word of
            # several ("Types of Delusions" over "Delusion of control; Delusion of guilt; …"),
            # part of one ("May be imaged at the interscalene level" over "Interscalene
            # groove") or a longer word ("Intentional Torts" over "Intent"), the title is
            # masked for all of them, as before.
            if len(shows) == 1 and re.search(
                    rf"(?<![\w-]){re.escape(answers[shows[0]])}(?:e?s)?(?![\w-])", context, re.I):
                rest = [k for k in kept if k not in shows]
                if not masked_context(context, keys=rest):  # else another gives it away
                    for key_ in shows:
                        self.weak(part_lines.get(key_, line),
                                  f'answer "{answers[key_]}" is said by the list\'s '
                                  "title; its card is not made")
                    kept[:], answers = rest, {k: answers[k] for k in rest}
                    spans = tuple(s for s in spans if s[2] in rest)
                    context_spans = ()
        if context_spans:
            # A mask in the context line is a second gap the learner cannot fill ("[…] in
            # the United States" above the card for "individualistic", "Food webs › […]"):
            # the blind reviews judged it a fault. The title before the heading, or else the
            # article's title, says where when it can with no mask (its other concepts
            # count: "[…] vs. Individualism" would answer the card for "Collectivism" by
            # elimination); or their words before the first mask ("The French Revolution"
            # of "The French Revolution, […]–1799"); else the text stands alone.
            head, _, tail = context.rpartition(" › ")
            title = self.article.title
            # The heading alone, where it may stand alone (cloze_heading put the title first).
            alone = tail if head and self.heading(tail) == tail else ""
            # A part masked ("[Intent]ional Torts › Assault" for "Intent") leaves the others,
            # after the article's title: "Torts Study Guide › Assault".
            unmasked = " › ".join(c for c in context.split(" › ") if not masked_context(
                c, _named(self.concept_targets, c)))
            if unmasked and title and not unmasked.startswith(title):
                unmasked = f"{title} › {unmasked}"
            candidates = [unmasked, head, title, alone, _before_mask(context, context_spans),
                          _before_mask(title, masked_context(title))]
            heading, context, context_spans = context, "", ()
            for candidate in dict.fromkeys(c for c in candidates if c):
                if not masked_context(candidate, _named(self.concept_targets, candidate)):
                    context = candidate
                    break
            if context and is_generic_heading(context) and not all(
                    map(is_generic_heading, heading.split(" › "))):
                # "Introduction" left of "Introduction › Software for geocomputation" by the
                # gap for "geocomputation": a generic heading alone says nothing of where the
                # card is (issue 15 item 3), and the other answers lose the heading too. The
                # answers the heading shows are left unasked; the rest keep it whole.
                shows = shown_by(heading)
                rest = [k for k in kept if k not in shows]
                # Else no one answer shows it, or the rest do together: as before.
                if shows and (not rest or not masked_context(heading, keys=rest)):
                    for key_ in shows:
                        self.weak(part_lines.get(key_, line),
                                  f'answer "{answers[key_]}" is said by the heading '
                                  f'"{heading}"; hidden there, the card\'s context would be '
                                  f'only "{context}"')
                    if not rest:
                        return False
                    kept[:], answers = rest, {k: answers[k] for k in rest}
                    spans = tuple(s for s in spans if s[2] in rest)
                    context = heading
        if not context and (compared := next(
                filter(None, map(self.comparison_of, answers.values())), None)):
            # A gap hiding a compared concept's name, its heading masked away ("Strengths of
            # Collectivism"), asks which of them: the context line names the choices, as a
            # compare note's "which" card does. A heading that says nothing of the answer
            # stays as it is ("HFrEF – drug titration sheet › The four pillars" over the
            # gap for "MRA", one of four drug classes).
            context = self.comparison_name(compared)
        if not context_spans and not any(
                at < max(e for _, e, _ in spans) for at in sentence_bounds(plain)[1:]):
            # Only where every card shows the text's opening: a front cut to a later
            # sentence (§5) would lose the heading altogether.
            context = _without_repeated_tail(context, plain, spans)
            title = self.article.title
            if context and " › " not in context and title and context != title and \
                    _without_repeated_tail(f"{title} › {context}", plain, spans) == title:
                # "Law of total probability" alone over "Law of total probability: […]"
                # (the heading shares a word with the title, so stood alone): the front
                # says it already; the title says where.
                context = title
        if context and not context_spans and fallback_to_concepts and not (
                parts or items or titled):
            # A prose fact only: over a labelled item, a row or a grouped list the heading
            # names the set the answer is one of ("Financial statements" over "[…] — shows
            # revenue and expenses"), words its siblings share (§4d), and the list's title
            # says what it lists. After the repeated tail is cut: "Risk factors" left alone
            # over "Risk factors for haemorrhagic stroke are […]" said its heading twice.
            context = self.context_past_answer_words(context, plain, spans, answers, targets)
        if titled and not context:
            # Its title masked away ("Computer Networks" over "Application; …; Network"):
            # the front no longer says what set the items are of.
            for at in dict.fromkeys([line, *(part_lines[k] for k in kept if k in part_lines)]):
                self.weak(at, "no card: the list's title shows one of its items; write a "
                              "title saying what it lists")
            return False
        says_answer = lead and any(
            giveaways(lead, answer) or gives_away(content_stems(lead), answer, self.subject_stems)
            for answer in answers.values())
        if says_answer and (leaning := leans_on_before(plain)):
            # "These products are used by the [...]" after "The Calvin cycle happens in the
            # stroma": the sentence it points at says its answer, and alone it points at
            # nothing shown (three reviews: weak). No card is better than either.
            self.weak(line, f'no card: "{leaning}" points at the sentence before, which says '
                            "its answer; name what it means")
            return False
        if lead and _lead_fits(lead, plain) and not says_answer:
            # The sentence the text points back at, shown before it; never one that says
            # an answer (then the pointing text stands alone, as before).
            shift = len(lead) + 1
            plain = f"{lead} {plain}"
            spans = tuple((s + shift, e + shift, k) for s, e, k in spans)
        self.note(
            kind="cloze", key=key, label=label, section=section, topic=topic, line=line,
            lines=tuple(sorted({*lines, *(part_lines[k] for k in kept if k in part_lines)})),
            citations=tuple(_unique(citations)), explicit_id=explicit_id,
            text=Spans(plain, spans),
            context=Spans(context, context_spans),
            targets=tuple(kept), remarks=remarks, figures=figures,
            # Where the context line names the compared concepts ("Collectivism vs.
            # Individualism: …"), a gap hiding one of them is a choice between them, and
            # says so. Elsewhere the choices may be named on the front already ("an ACE
            # inhibitor, a beta-blocker, [...]": the table's "ACEi / ARNI or MRA?" would
            # answer it by elimination). A definition asks its term: no choice to name.
            # (Initials first: a choice between compared concepts, given after, wins.)
            hints=(*(_initials_hints(plain, spans, kept) if hinted else ()),
                   *(() if key.startswith("def/") or not self.names_choices(context) else (
                       (k, self.choices(answers[k])) for k in kept
                       if self.asks_a_choice(answers[k], plain, spans, k)))),
            mask=[t for t in targets if t.key in kept],
            # A cut inside a gap would split it between two sentences: none there.
            # A list of many items ("a; b; c; d; e; f") shows the item asked and the one
            # before it, as a long paragraph shows its sentence (§5): the whole list on the
            # front made every card an enumeration with one gap ("a gap in a list of six").
            # A sentence that points back ("It …", "These …") stays with the one before.
            sentences=_outside_gaps(
                [m.end() for m in _ITEM_BREAK.finditer(plain)] if items
                else cuts_no_side_ends_on(plain, leaning_cuts(
                    plain, sentence_starts(plain, always=self._cut_sentences, cjk=True),
                    [s for s, _ in answer_spans(plain, spans)], context),
                    [s for s, _, _ in spans]),
                spans),
        )
        return True

    def drop_explained_topics(self, plain: str, spans, answers: dict[str, str],
                              kept: list[str], context: str, line: int) -> None:
        """Drops from `kept` the answers that are what their sentence explains where the
        heading names them too: "The microscopic reason for [friction] is
        that real surfaces touch …" under "6.1 Friction" (a learner's read: junk). The front
        drops the heading that says it, and the gap asks the topic; the fact is the reason,
        a clause no gap holds. `check` says so as a note; a phrase the author marked is
        asked. An answer with no content word is never taken for the heading's."""
        heading = content_stems(context)
        for key in [k for k in kept if not k.startswith("mark:")
                    and (_explained_topic(plain, spans, k) or _qualified_topic_cjk(plain, spans, k))
                    and (stems := content_stems(answers[k])) and stems <= heading]:
            self.problems.append(Problem(
                self.file, line, "", f'no card for "{answers[key]}": its sentence explains it '
                "and the heading names it, so the gap asks the topic; mark (**…**) the phrase "
                "of the explanation to ask", "info"))
            kept.remove(key)

    def context_past_answer_words(self, context: str, plain: str, spans, answers: dict,
                                  targets: list[_Target]) -> str:
        """`context` without its parts that say a word of an answer the text does not
        show, by stem: "Plate boundaries › Introduction" over "Earth's crust is broken into
        […] that move …" for "tectonic plates" (two blind reviewers: "'Plate boundaries'
        gives away plates"). The masks above want a first word or all of them (§4: "acid"
        beside "[strong acid]" leaves which acid); a heading says one word in a few, and
        leaves the learner the rest to guess from it. Not a word of the article's
        concepts, which its cards share by design (a compare table's "Conservative
        boundary" under "Plate boundaries", the seed's "rugged individualism" under
        "Individualism in the United States"), nor one the text says itself (the text's
        "continental plate" beside "[oceanic plate]").

        Only where the gap's sentence says its fact alone (stands_alone): a context the
        text needs to be answered stays ("It is broken into […]", "[…] (Abraham Darby,
        1709)"). The parts left say where when one is a heading that places the fact (the
        title, or a heading neither generic nor one word naming no term: §3); else the
        article's title alone, if it says none of the answer; else no context line."""
        concept_stems = frozenset().union(
            *(content_stems(n) for c in self.concepts.values() for n in (c.name, *c.forms)))
        choosing = self.names_choices(context)
        concept_patterns = {t.pattern for t in self.compared_targets.values()}
        telling: set[str] = set()
        heard = [w for _, _, w in content_words(context)]
        shown_words = None  # the text's words, read only for an answer the line may say
        for key_, answer in answers.items():
            target = next((t for t in targets if t.key == key_), None)
            if choosing and target is not None and target.pattern in concept_patterns:
                continue  # a choice between the concepts the line names (§1)
            if any(len(part) > PHRASE_WORDS for part in answer_stems(answer)):
                # A statement asked whole ("[Newton's second law states that …]") is cued
                # by its heading, which names what the statement is: no give-away.
                continue
            # Not a word of three letters or fewer ("di", "des": another language's small
            # words), nor a capitalised word past a name's first ("War" of "Franco-Prussian
            # War" under "The Early Cold War": another name's word, not this one's).
            # Nor one the answer points at ("Reactivity increases down [the group]" under
            # "Groups 1 & 2": the heading says which group, and the card needs it).
            said = [st for s_, e_, st in _with_hyphen_parts(answer)
                    if e_ - s_ > 3 and not (answer[:s_].strip() and answer[s_].isupper())
                    and not _POINTED_AT.search(answer, 0, s_)
                    and any(related(st, h) for h in heard)
                    and not any(related(st, c) for c in concept_stems)]
            if not said:
                continue
            if shown_words is None:
                shown_words = content_words(plain)
            own = overlap_test([(s_, e_) for s_, e_, k in spans if k == key_])
            front = {w for s_, e_, w in shown_words if not own(s_, e_)}
            telling.update(st for st in said if not any(related(st, f) for f in front))
        # A Chinese answer inside a heading's words: Chinese writes no spaces, so no word
        # of "传递函数回顾" or "零点与极点" is the answer's, yet the line says "[传递函数]" and
        # "[零点]" (zh20: "…叫做系统的[…]" under "传递函数回顾").
        # (A law's English name in brackets, hidden with it, is no part of what a heading
        # may say: "[海森伯不确定关系（uncertainty principle）]" under "不确定关系".)
        said_cjk = [a for a in (_ENGLISH_NAME_AFTER.sub("", a) for a in answers.values())
                    if a and HAN_RUN.fullmatch(a) and _says_cjk_answer(context, a)]
        told_cjk = _cjk_parts_told(context, plain, spans, answers, said_cjk)
        said_cjk += list(told_cjk)
        if not telling and not said_cjk:
            return context
        # A context the text needs stays (§3): the gap's sentence must say its fact alone.
        first = min(s for s, _, _ in spans)
        starts = [*sentence_bounds(plain), len(plain)]
        at = max(s for s in starts if s <= first)
        sentence = plain[at:min((s for s in starts if s > first), default=len(plain))]
        if not (stands_alone(sentence.strip()) or said_cjk and _stands_alone_cjk(sentence)):
            return context

        def says(part: str) -> bool:
            return any(_says_cjk_answer(part, a) for a in said_cjk) or \
                any(_cjk_part_told(part, a, shown_) for a, shown_ in told_cjk.items()) or \
                any(related(w, t) for _, _, w in content_words(part) for t in telling)

        parts = context.split(" › ")
        rest = [p for p in parts if not says(p)]
        if len(rest) == len(parts):
            return context
        if any(self.places(p) for p in rest):
            return " › ".join(rest)
        # "Models of succession" over "The […] holds that early species …" for
        # "facilitation model": the article's title, where it says none of the answer.
        title = self.article.title or ""
        if title and self.places(title) and not says(title):
            return title
        # No line at all only where the sentence says enough to place itself: "The […]
        # has a new program loaded into it" for "child process" needs "Process Creation".
        shown = content_words(" ".join(outside(sentence, [
            (s - at, e - at, "") for s, e, _ in spans if at <= s < at + len(sentence)], "")))
        if said_cjk and _stands_alone_cjk(sentence):
            # "所谓[稳定性]，是指系统受到扰动作用…的能力" under "系统的稳定性" in "线性系统的
            # 稳定性与根轨迹": every part says the answer, and the Chinese sentence, counted
            # in characters (no spaces to count words by), places itself (blind review
            # 3434: junk, the heading on its front).
            return ""
        return "" if len(shown) >= PLACING_WORDS else context

    def places(self, heading: str) -> bool:
        """Whether a part of a context line says where a fact is on its own: the article's
        title, or a heading of two words or more none of them generic ("Innate immunity",
        not "One-line summary"), or one word naming a term of the article: "Doses",
        "Monitoring" alone were judged vague (§3)."""
        bare = HEADING_NUMBERING.sub("", heading).strip()
        if bare == self.article.title:
            return not is_generic_heading(bare)
        if not bare or any(is_generic_heading(w) for w in WORD_PARTS.findall(bare)):
            return False  # "Introduction", "One-line summary", "Worked examples"
        return word_count(bare) > 1 or bare.casefold() in self.known_terms

    def without_figure_sentences(self, plain: str, marked, line: int) -> tuple[str, list]:
        """`plain` without its sentences about a figure or table the card cannot show
        ("The table below is the one from the textbook, tidied up.", "The Sentinel-2 image
        above is shown in true colour"), and `marked` moved to match. On another card's
        front such a sentence points at nothing (a blind review: "refers to the table
        below"), and a phrase marked in it is not asked: the card could not be answered
        (check says so). A text that is all such sentences is left whole, for cloze to
        refuse with its reason."""
        if not _POINTS_AT_FIGURE.search(plain):
            return plain, marked
        bounds = [*sentence_bounds(plain), len(plain)]
        pieces = [(start, end, bool(_POINTS_AT_FIGURE.search(plain, start, end)))
                  for start, end in zip(bounds, bounds[1:], strict=False) if start < end]
        if all(about for _, _, about in pieces):
            return plain, marked
        kept_text, moved, shift = [], [], 0
        for start, end, about in pieces:
            inside = [m for m in marked if start <= m[0] < end]
            if about:
                for _, _, phrase in inside:
                    self.weak(line, f'"{phrase}" is asked in a sentence about a figure the '
                                    f'card does not show ("{plain[start:end].strip()[:60]}"); '
                                    "say what it shows")
                shift += end - start
                continue
            kept_text.append(plain[start:end])
            moved += [(s - shift, e - shift, phrase) for s, e, phrase in inside]
        text = "".join(kept_text)
        stripped = text.rstrip()
        return stripped, [(s, min(e, len(stripped)), p) for s, e, p in moved]

    def without_pointing_lead(self, plain: str, marked, line: int) -> tuple[str, list]:
        """`plain` without a lead-in pointing at a table or figure the card does not show
        ("As the table shows, the Enhanced Vegetation Index (EVI) adds the blue band …"), and
        `marked` moved to match: what follows states the fact alone (a blind review: "which
        table?"). "" where what follows is about a row of the table ("observation 49 has the
        largest Cook's distance"), which needs the table to be answered: no card (`check`
        says so as a note)."""
        found = _POINTING_LEAD.match(plain)
        if found is None:
            return plain, marked
        rest = plain[found.end():]
        if _DATA_ROW.search(rest):
            self.problems.append(Problem(
                self.file, line, "", f'no card: "{plain[:found.end()].strip()}" what follows '
                "is about a row of a table the card does not show; say what it shows", "info"))
            return "", []
        cut = found.end()
        return rest[:1].upper() + rest[1:], [(s - cut, e - cut, p) for s, e, p in marked
                                             if s >= cut]

    def concept_pattern(self, phrase: str) -> re.Pattern[str] | None:
        """The pattern of the concept a marked phrase names in one of its forms, or None: a
        mark on "**Collectivist** cultures …" asks the concept, so every form of its name is
        hidden with it ("Strengths of Collectivism" above the card said the answer)."""
        return next((t.pattern for t in self.concept_targets.candidates(phrase)
                     if t.pattern.fullmatch(phrase)), None)

    @cached_property
    def concept_target(self) -> dict[str, _Target]:
        """Each concept's target, by the concept's name."""
        names = (c.name for c in self.article.concepts)  # as concept_targets holds them
        return dict(zip(names, self.concept_targets.items, strict=True))

    @cached_property
    def comparisons(self) -> tuple[dict[str, _Target], ...]:
        """The concept targets of each table of the article that compares two concepts or
        more, by key, once each: a gap hiding one asks which of that table's concepts it is,
        not which of all the article's ("Mitosis vs Meiosis vs Aerobic respiration vs …"
        in an article with a second table)."""
        found: list[dict[str, _Target]] = []
        for section in self.article.sections:
            for comparison in section.comparisons:
                targets = {t.key: t for name, t in self.concept_target.items()
                           if name in comparison.concepts}
                if len(targets) > 1 and targets not in found:
                    found.append(targets)
        return tuple(found)

    @cached_property
    def compared_targets(self) -> dict[str, _Target]:
        """The concept targets of the concepts any table of the article compares, by key (a
        concept no table compares asks no "which")."""
        return {key: t for targets in self.comparisons for key, t in targets.items()}

    def comparison_name(self, compared: dict[str, _Target]) -> str:
        """The choices of a comparison (`compared`, one of `comparisons`), as a context line
        names them: the article's title when it names each of them, else their names
        ("Individualism vs Collectivism")."""
        title = self.article.title
        if self.names_every_concept(title, compared):
            return title
        return " vs ".join(name for name, t in self.concept_target.items()
                           if t.key in compared)

    def choices(self, answer: str) -> str:
        """The compared concepts as a gap hiding one of them names them, in the answer's
        word form and case ("[Individualist or collectivist?] cultures tend to avoid
        conflict"): a gap hiding one of two worldviews is a guess between them, and the card
        says so instead of leaving the learner to work out that "[...] cultures" has two
        answers (blind reviews: "binary guess", weak). A form that cannot be carried over
        ("TCP"/"UDP", or a tail longer than a suffix) names the concepts as declared."""
        compared = self.comparison_of(answer) or {}
        names = [name for name, t in self.concept_target.items() if t.key in compared]
        word = re.sub(r"^(?:an?|the)\s+", "", answer, flags=re.I)
        pattern = self.concept_pattern(answer)
        own = next((n for n in names if self.concept_target[n].pattern is pattern), None)
        forms = names
        if own is not None:
            shared = len(os.path.commonprefix([word.casefold(), own.casefold()]))
            word_tail, name_tail = word[shared:], own[shared:]
            if shared >= 3 and len(word_tail) <= 5 and len(name_tail) <= 4 and all(
                    n.casefold().endswith(name_tail.casefold()) for n in names):
                forms = [word if n == own else n[:len(n) - len(name_tail)] + word_tail
                         for n in names]
        if word[:1].islower() and own and own[:1].isupper():
            # Written in lower case where the names are capitalised: the names follow.
            forms = [f if f.isupper() or f == word else f.lower() for f in forms]
        return f"{', '.join(forms[:-1])} or {forms[-1]}?"

    def asks_a_choice(self, answer: str, plain: str, spans, key: str) -> bool:
        """Whether a gap hiding `answer` asks which of a comparison's concepts it is, with
        no other of them named on its front outside the gaps ("Skin cells divide by
        [mitosis or meiosis?], and only the gonads' by meiosis" is answered by
        elimination, and a hint naming the choices would only point at it)."""
        compared = self.comparison_of(answer)
        if not compared:
            return False
        own = self.concept_pattern(answer)
        shown = " ".join(outside(plain, spans, key))  # what the gap's card shows
        return not any(t.pattern is not own and t.pattern.search(shown)
                       for t in compared.values())

    def names_every_concept(self, text: str, compared: dict[str, _Target]) -> bool:
        """Whether `text` names each concept of `compared` (in any of its forms)."""
        if not text:
            return False
        named = {t.key for t in _named(self.concept_targets, text)}
        return named >= compared.keys()

    def names_choices(self, context: str) -> bool:
        """Whether each part of a context line that names a compared concept names every
        one its table compares: "Mitosis vs. Meiosis" does, "Mitosis vs. Meiosis › 2.
        Meiosis" does not (its heading names the answer alone)."""
        named = [part for part in context.split(" › ")
                 if any(t.key in self.compared_targets
                        for t in _named(self.concept_targets, part))]
        return bool(named) and all(
            any(self.names_every_concept(part, compared) for compared in self.comparisons)
            for part in named)

    def comparison_of(self, answer: str) -> dict[str, _Target] | None:
        """The comparison (one of `comparisons`) whose choices `answer` is (a form of) one
        of, or None."""
        pattern = self.concept_pattern(answer)
        if pattern is None:
            return None
        return next((compared for compared in self.comparisons
                     if any(t.pattern is pattern for t in compared.values())), None)

    def concept_spans(self, text: str) -> tuple[tuple[int, int], ...]:
        # Asked again of every card's context line, which a section's cards share.
        found = self._concept_spans.get(text)
        if found is None:
            found = self._concept_spans[text] = tuple(
                m.span() for t in self.concept_targets.candidates(text)
                for m in t.pattern.finditer(text))
        return found

    def worth_recalling(self, targets: list[_Target], plain: str, line: int,
                        glossary: bool = False, lines=None) -> list[_Target]:
        """The targets whose answer is worth a card; each one left out is a weak card,
        told at its own line in `lines` (by key) if it has one, else at `line`."""
        kept = []
        for target in targets:
            found = target.pattern.search(plain)
            if found is None:
                phrase = target.key.removeprefix("mark:")
                if target.key.startswith("mark:") and re.search(
                        rf"[^\W_]{re.escape(phrase)}|{re.escape(phrase)}[^\W_]", plain.casefold()):
                    # "phospho**lipids**", "elements**Molecular Ions**" (a line break lost):
                    # a gap cannot cut a word, so the mark asks nothing.
                    self.weak((lines or {}).get(target.key, line),
                              f'no card for the **marked** "{phrase}": it is joined to the '
                              "letters beside it, and a gap cannot cut a word; mark the whole "
                              "word, or put a space between the two")
                continue
            # Defined: a glossary term. A term of `definitions:` only where its text shows it
            # defined ("g is …"): a one-letter gap in "0 ġ 0" says no symbol is meant, and a
            # concept only named in `concepts:` is not, so "F" stays where a sentence names
            # it. So is a label: "[pH] — …" shows it defined, the label said in its text
            # ("0{{[c1]:: 0", a gap of the text alone: _item_text) does not.
            # A glossary term of one or two letters ("F") hidden in a fact is defined only
            # where the fact shows it so ("F is …"), as a term of `definitions:` is: "0 [F]
            # 0" asked a letter (a property run; tests/quality.py refuses it too).
            defined = target.key.startswith("term:") and (
                len(found.group().strip()) > 2 or bool(CJK.search(found.group()))) or (
                target.key == "term" and glossary)
            # A Chinese label its text says (_cjk_label_in_text) is the heading's term, asked
            # where the text defines it ("[混叠]会使高频分量…"), as "[混叠] — …" was.
            defined = defined or target.key == "label" and bool(HAN_CHAR.match(found.group()))
            sentence = _sentence_at(plain, found.start())
            judged = judges_only(sentence)
            why = (f'the sentence says only that "{found.group()}" is {judged}, nothing a '
                   "learner could recall of it; write what it is or does") if judged else None
            # (In a grouped list, "A; B; Könnten Sie …? 我可以打扰您一下吗？", the item the gap is
            # in, not the list, is what may ask: _in_a_question.)
            if why is None and target.key != "label" and _in_a_question(plain, found.start()):
                # "到底什么是[湍流]呢？", "What is a [cell] made of?": a word of a question the
                # text asks, no fact it states (sample 2777: junk). (Not a label asked from
                # its question: "[Wie viel kostet das?] — How much is that?" is a phrase
                # asked from its translation.)
                why = (f'"{found.group()}" stands in a question the text asks; a card asks '
                       "what the text states")
            why = why or weak_answer(found.group(), _after(plain, found.end()),
                                     defined=defined) or (
                self.everyday_word(found.group()) if target.key.startswith("term") and
                not glossary else None) or (
                None if target.key == "label" else open_set_member(plain, *found.span()))
            # A label's own gap may be a part of it ("Pyramid of [biomass]": _item_text).
            longer, whole = (None, None) if why or target.key == "label" or \
                target.key.startswith("mark:") else self.whole_name(plain, found)
            if whole is not None:
                # "the Bank of England's [Monetary Policy] Committee": the gap found in
                # passing cut a longer name, so the whole name is asked, as an author who
                # marked it would have it (cov19: the card was dropped).
                target = _Target(target.key, _only_at(plain, *whole))
                found = target.pattern.search(plain)
                why = weak_answer(found.group(), _after(plain, found.end()))
            elif longer is not None:  # the whole name is the article's subject: no card
                why = (f'answer "{found.group()}" is part of the name "{longer}"; mark the '
                       "whole name to ask it")
            if why is None:
                kept.append(target)
            else:
                # (The fallbacks read a text again: weak() says each once.)
                self.weak((lines or {}).get(target.key, line), why)
        return kept

    @cached_property
    def _sections_saying(self) -> tuple[Counter, int]:
        """How many topics of the article (a section with its subsections) say each word
        stem, and how many topics there are with words."""
        said: dict[str, set[str]] = {}
        for section in self.article.sections:
            said.setdefault(section.topic, set()).update(content_stems(" ".join(
                unmark(t) for t in _article_texts(replace(self.article, sections=(section,))))))
        counts: Counter = Counter()
        for stems in said.values():
            counts.update(stems)
        return counts, sum(1 for stems in said.values() if stems)

    def everyday_word(self, answer: str) -> str | None:
        """Why `answer`, found unmarked, is no gap: one plural common noun that most sections
        of the article say ("firms" in a chapter on market structures: "Few interdependent
        [firms]", "[Firms] are price takers"; session 20's learner read: junk). The
        article's everyday word for what it is about, filled in without learning anything."""
        words = answer.split()
        # "Photosynthesis", "stimulus", "process": singulars that end in "s".
        if len(words) != 1 or not re.fullmatch(r"[A-Za-z]+[^ius\W]s", words[0]) or \
                any(c.isupper() for c in words[0][1:]):
            return None
        counts, sections = self._sections_saying
        if counts[stem(words[0])] < max(EVERYDAY_SECTIONS, (sections + 1) // 2):
            return None
        return (f'answer "{answer}" is a word most topics of the article say, its '
                "everyday word; ask what the sentence says of it")

    def whole_name(self, plain: str, found: re.Match
                   ) -> tuple[str | None, tuple[int, int] | None]:
        """The longer name a gap found in passing (not marked by the author) is half of
        ("the Bank of England's [Monetary Policy] Committee"), or None; and where it stands,
        to be asked whole, or None where it may not be: the article's title or subject,
        which every card of it shows."""
        words = found.group().casefold().split()
        longer = cuts_a_name(plain, *found.span(), self.long_names.get(words[0], ()) if words
                             else ())
        if longer is None or content_stems(longer) <= self.subject_stems or (
                " ".join(longer.casefold().split())
                == " ".join((self.article.title or "").casefold().split())):
            return longer, None
        at = plain.rfind(longer, 0, found.start() + len(longer))
        added = f"{plain[at:found.start()]} {plain[found.end():at + len(longer)]}".split()
        if at < 0 or at + len(longer) < found.end() or any(len(w) < 2 for w in added):
            # "With Open [Access] I can read …": a letter after the name may be a pronoun,
            # not its numeral ("World War I"); the gap is left out, as before.
            return longer, None
        return longer, (at, at + len(longer))

    def compare(self, section: Section, comparison: Comparison, row: ComparisonRow,
                figures: tuple[Figure, ...] = ()) -> None:
        names = [self.concepts[name] for name in comparison.concepts]
        # Every concept of the row is masked on every "which one?" card: hiding only the
        # asked one would let the learner answer by elimination.
        mask = [_Target("concept", _name_pattern(c)) for c in names]
        subject = self.comparison_subject(section, comparison)
        cells, asks, cited_all, cell_citations = [], [], [], []
        for concept in names:
            plain, marked, cited = self.clean(row.cells[concept.name],
                                              f"rows.cells.{concept.name}")
            cited_all.extend(cited)
            cell_citations.append(tuple(c.key for c in cited))
            cells.append((concept.name, plain, _masked(plain, mask)))
            asks.append(self.ask(row, concept.name, plain, marked, subject))
        asks = _with_contrast(asks, [(name, plain) for name, plain, _ in cells])
        cells = self.which_cells(comparison, row, cells)
        if not any(ask.text for ask in asks) and not any(m.text for _, _, m in cells):
            # Anki gives such a note no card at all: it would sit in the collection unseen.
            self.no_card(row, "compare", f'no cell of "{row.dimension}" has a single answer or '
                                         "a phrase to recall, so the row makes no note")
            return
        self.note(
            kind="compare", key=row_key(comparison, row), label=row.dimension,
            section=section.id, topic=comparison.topic, line=row.line,
            citations=tuple(_unique(cited_all)), explicit_id=bool(row.id),
            dimension=row.dimension, comparison=subject,
            masked_dimension=_masked(row.dimension, mask),
            cells=tuple(cells), asks=tuple(asks), cell_citations=tuple(cell_citations),
            remarks=self.take_remarks(), figures=figures, mask=mask,
        )

    def comparison_subject(self, section: Section, comparison: Comparison) -> str:
        """What a compare note's cards say is compared (its Comparison field, before "›" on
        every front): the table's title as the reader gave it (its caption, else the heading
        or lead-in above it), else its section's heading, else the article's title, else the
        concepts' names ("Passive vs Active"); never one naming some of the concepts only.
        Never empty: a title that shows nothing left the front "› Advantages" over a cell and
        two choices (issue 15)."""
        patterns = [_name_pattern(self.concepts[name]) for name in comparison.concepts]
        for title in (comparison.title, section.title, self.article.title):
            subject = _shown_subject(self.heading(title)) if title else ""
            named = sum(bool(pattern.search(subject)) for pattern in patterns)
            if subject and named in (0, len(patterns)):
                return subject
            # (A title naming one side of the table only, "#### 动作电位" over a table of
            # 静息电位 and 动作电位: on every "which one?" card it says the answer of half of
            # them, blind sample 4111: junk. The next title is shown instead. What the title
            # says besides the side was tried, and read garbled: "Why matters", "revision
            # table", the second re-read.)
        return " vs ".join(comparison.concepts)

    def ask(self, row: ComparisonRow, name: str, plain: str, marked, title: str) -> Spans:
        """The cell as its recall card asks it: "Collectivism: … pressuring people into […]".

        The gap is the phrase the author marked in the cell (its first) or, in a cell short
        enough to be one answer ("Stored in glucose"), the whole cell. A longer cell with no
        mark makes no recall card: a whole sentence is no answer a learner can recall, and
        the "which concept?" card still asks about it.
        """
        if marked:
            start, end, _ = marked[0]
            # "**Note:** …" in a cell: a bold label's colon is no part of its gap, as in a
            # sentence's (cloze()).
            end = start + len(plain[start:end].rstrip(" :：") or plain[start:end])
        elif _AN_EXAMPLE.search(row.dimension):
            # "Field experiment: […]" under "Example" asks one instance of an open set: any
            # field experiment fits (the twelfth review's cards 27 and 53, weak). Its "which"
            # card asks the other way ("Piliavin's subway study: laboratory, field or …?").
            self.no_card(row, "recall", f'the {name} cell of "{row.dimension}" is one example '
                                        "of many; mark (**…**) the phrase in it to ask for")
            return Spans("", ())
        elif word_count(plain) <= ASK_WORDS and len(parts := _cell_parts(plain)) > 1:
            # "Ridges and shield volcanoes", "Takes in CO₂, gives out O₂", "1 and 4 weeks
            # after starting": two facts behind one gap (four reviews: weak, "two facts on
            # one card", "a two-item set"). Its "which" card still asks the cell.
            self.no_card(row, "recall", f'the {name} cell of "{row.dimension}" says '
                                        f'{len(parts)} things ("{plain.rstrip(" .")}"); mark '
                                        "(**…**) the one to ask for")
            return Spans("", ())
        elif word_count(plain) <= ASK_WORDS:
            start, end = 0, len(plain.rstrip(" ."))
        else:
            self.no_card(row, "recall", f'the {name} cell of "{row.dimension}" is too long to '
                                        "recall; mark (**…**) the phrase in it to ask for")
            return Spans("", ())
        answer = plain[start:end]
        # A whole cell is read with its row's name: "Control of variables — High" and
        # "Divisions — 2" say what they are, where a lone "high" or "2" in a sentence does not.
        why = weak_answer(answer, plain[end:]) if marked else (
            _exclaimed(answer) or
            None if content_words(answer) or any(c.isdigit() for c in answer) else
            f'answer "{answer}" is no word to recall; write what the cell means')
        if why is None and gives_away(content_stems(row.dimension), answer,
                                      self.subject_stems):
            why = f'answer "{answer}" is given away by its row\'s name "{row.dimension}"'
        # The card's context line shows the comparison's title too, after the article's title
        # where the heading is generic ("Research methods in psychology › Experiments
        # compared"): every word of that line is on the front, as a cloze's heading is.
        if why is None and gives_away(content_stems(title), answer,
                                      self.subject_stems):
            why = f'answer "{answer}" is given away by its card\'s context line "{title}"'
        if why is None and not marked:
            why = self.said_by_definition(name, answer)
        if why is None:
            # The card names its concept ("Collectivism: …") and the comparison's title.
            why = self.told_by_front(answer, f"{name}: {plain[:start]} {plain[end:]}",
                                     f"{title} {row.dimension}")
        if why:
            self.weak(row.line, why)
            return Spans("", ())
        spans, in_formulas = _with_giveaways(plain, ((start, end, "ask"),), {"ask": answer},
                                             subject=self.concept_spans(plain),
                                             subject_stems=self.subject_stems)
        if in_formulas:
            self.weak(row.line, _in_formula_fault(answer, in_formulas["ask"]))
            return Spans("", ())
        if len(spans) > 1:
            # "[High context], meaning people … rely on [contextual] cues": the second gap
            # is a form of the answer that the cell says again, and tells it (three strict
            # reviews of 2026-12-02: weak, "the second gap gives away the first"). The cell
            # is still asked by its "which" card; its recall card is not made.
            echo = next(plain[s:e] for s, e, _ in spans if (s, e) != (start, end))
            self.weak(row.line, f'answer "{answer}" shows as two gaps on its card: its cell '
                                f'says it again as "{echo}"; mark a phrase the cell says once')
            return Spans("", ())
        return Spans(plain, spans)

    @cached_property
    def definitions(self) -> dict[str, str]:
        """What the article says each term it defines is (its definitions and glossary), by
        the term casefolded: the first it gives."""
        found: dict[str, str] = {}
        for section in self.article.sections:
            for definition in section.definitions:
                found.setdefault(definition.term.casefold(), unmark(definition.text.value))
        for term in self.article.glossary:
            if term.definition is not None:
                found.setdefault(term.term.casefold(), unmark(term.definition.value))
        return found

    def said_by_definition(self, name: str, answer: str) -> str | None:
        """Why a whole cell is no recall card when the article's definition of its concept
        says every word of it: "Supply: [Sellers]" under "Who", where "Supply is the quantity
        of a good sellers are willing … to sell": the name on the front answers it (a blind
        review of session 20: junk). None otherwise."""
        definition = self.definitions.get(name.casefold())
        stems = content_stems(answer)
        if not definition or not stems or not stems <= content_stems(definition):
            return None
        return (f'answer "{answer}" is said by the definition of "{name}" ("{definition}"), '
                "which its name on the card recalls; ask what the definition does not say")

    def told_by_front(self, answer: str, shown: str, context: str = "",
                      marked: bool = False) -> str | None:
        """Why the words a card shows besides its gap (`shown`, and its `context` line) tell
        `answer` in a way no mask mends, or None: an abbreviation its words spell
        (spelled_by_initials), the next of a sequence its front counts
        ("Primary …; […]; Tertiary …"), or a form of a compared concept's name, which is on
        the front by design ("[the individual or the group]" under "Collectivism and
        Individualism"). Such a gap makes no card."""
        front = f"{context} {shown}"  # the card as a learner reads it
        written = formula_written_out(answer, front)
        if written:
            # "Accuracy is (TP + TN) / (…), which in symbols is […]": the formula's right-hand
            # side is on the front; its name alone is what the card may show.
            return (f'answer "{answer}" is written out on its card ({written}); ask the '
                    "formula from its name only")
        spelled = spelled_by_initials(answer, front)
        if spelled:
            return (f'answer "{answer}" is spelled by the initials of "{spelled}" on its card; '
                    "ask what the abbreviation stands for, or leave it out")
        symbol = symbol_named(answer, front)
        if symbol:
            # "Greek: κ — English: [Kappa]": the name of a letter is the alphabet's, not the
            # subject's (three reviews: junk, "trivia").
            return (f'answer "{answer}" only names the symbol "{symbol}" its card shows; '
                    "ask what the symbol stands for in the subject, or leave it out")
        named = amounts_naming(answer, front)
        if named:
            # "[…] — enzymes … denature above about 45 °C" for "Temperature": the unit says
            # what the gap holds (three reviews: junk, "'45 °C' spells Temperature"), and
            # masked with it, the amount would be a second gap the front does not explain.
            return (f'answer "{answer}" is named by the unit of "{named[0][2]}" on its card; '
                    "ask the amount from the quantity, or leave the amount out")
        title = self.article.title or ""
        if _BARE_YEAR.fullmatch(answer.strip()) and year_ranges(title, answer):
            # "The feudal system was abolished on 4 August [1789]" in "The French
            # Revolution, 1789–1799": masking the title's range still leaves a unit that
            # opens in 1789, which the learner knows (the 2026-12-02 review: weak).
            return (f'answer "{answer}" opens or closes the years of the article\'s title '
                    f'("{title}"); ask the day and month with it, or what happened then')
        # Not a phrase the author marked: "**叶绿体**是…含有叶绿素的细胞器" is the textbook's
        # definition, asked as written (the code review); the rule is for what a sentence
        # only states ("[失业率]定义为失业人数…", judged junk).
        chinese = None if marked else chinese_answer_shown(answer, shown)
        if chinese:
            return (f'answer "{answer}" is said in part by "{chinese}" on its card; ask it '
                    "where it is said once")
        composed = None if marked else chinese_answer_composed(answer, front)
        if composed:
            # "临界稳定状态，此时的增益叫做[临界增益]": each part of the answer is on the
            # front, which puts it together (a learner's read: junk).
            return (f'answer "{answer}" is made of words its card shows ("{composed}"); '
                    "ask it where its parts are not said")
        ordinal = next_in_sequence(answer, front)
        if ordinal:
            return (f'answer "{answer}" is the next of a sequence its card shows ("{ordinal}"'
                    " counted from the others); ask what each level is, not its number")
        if self.compared_stems is None or self.concept_pattern(answer) is not None:
            return None  # the concept itself: its forms are masked with it
        told = concept_form(answer, self.compared_stems, content_stems(front))
        if told and told.casefold() not in self.concept_words:
            return (f'answer "{answer}" is told by "{told}", a form of a compared concept\'s '
                    "name its card shows; mark a phrase that does not name a side")
        return None

    def which_cells(self, comparison: Comparison, row: ComparisonRow, cells: list):
        """The cells with the concepts' names masked; an empty mask where no "which" card fits.

        A cell that equals another cell of the row has no single answer, and one with a
        give-away (a word of its own concept's name, definition or lists that the other
        cells and concepts lack) is answered by it: masked, what is left is a guess
        ("[…] norms" for "the group's norms"), so neither makes a card.
        """
        def normal(text: str) -> str:  # "2.5 mg" stays two words, not "2 5 mg"
            return " ".join(re.sub(r"(?!(?<=\d)\.(?=\d))[^\w\s]", " ", text).casefold().split())

        def shown(masked: Spans) -> str:  # as the card shows it: "[…] cell" for "Alpha cell"
            out, position = [], 0
            for start, end, _ in masked.spans:
                out += [masked.text[position:start], " mask "]
                position = end
            return normal("".join(out) + masked.text[position:])

        examples = [name for name, _, _ in cells if _EXAMPLE_COLUMN.match(name)]
        if examples:
            # "| | Endung Konjunktiv I | Beispiel "haben" |": an ending and its example are
            # no two concepts to choose between; "habe — Endung Konjunktiv I or Beispiel
            # "haben"?" asked a column's name (blind sample 2829: junk). Each cell is still
            # asked from the other (the recall cards), which a blind reviewer would keep.
            self.no_which(row, f'"{examples[0]}" is a column of examples, no concept to choose')
            return [(name, text, Spans("", ())) for name, text, _ in cells]
        seen = [shown(masked) for _, _, masked in cells]
        out = []
        for index, (name, text, masked) in enumerate(cells):
            if _NOTES_COLUMN.match(name):
                # A rule's cell is no form of a concept: "Drop です — Long, Short or Rule?"
                # asked the column's name. The forms' cells are still asked which they are
                # ("学生だ — Long, Short or Rule?": gate29-g3, good).
                self.no_which(row, f'"{name}" is a column of rules or notes, no concept')
                out.append((name, text, Spans("", ())))
                continue
            if _exclaimed(text):
                # "| Don't Reject | Good! | Type 2 Error |": a cheer, no form of its column
                # ("Good! — H_0 is TRUE or H_0 is FALSE?", blind sample 3102: junk).
                self.no_which(row, _exclaimed(text))
                out.append((name, text, Spans("", ())))
                continue
            # "High" and "Higher" say the same: neither has a single answer.
            if not seen[index] or any(i != index and same_degree(seen[index], other)
                                      for i, other in enumerate(seen)):
                if seen[index]:
                    self.no_which(row, f'"{row.dimension}" says the same for {name} as for '
                                       "another concept; say how they differ")
                out.append((name, text, Spans("", ())))
                continue
            named, described, listed = self.concept_stems(name)
            described = described | listed
            row_words, others = set(), set()
            for other, other_text, _ in cells:
                if other != name:
                    row_words |= content_stems(other_text)
                    # Not the other's list texts: "lack of personal fulfillment", said in
                    # passing of collectivism, leaves "personal" individualism's word.
                    others |= set().union(*self.concept_stems(other)[:2])
            # A word of the concept's own name tells unless the other cells use it too; a
            # word of its definition or lists only when no other concept's does either.
            # (Each index made only when it has stems to judge: a table asks it of every
            # cell of every row, and most concepts have no definition or list.)
            telling_stems = set()
            if named:
                in_row = _related_to_one_of(row_words)
                telling_stems |= {s for s in named if not in_row(s)}
            if described:
                in_others = _related_to_one_of(row_words | others)
                telling_stems |= {s for s in described if not in_others(s)}
            words = content_words(text)
            extra = []
            if telling_stems:
                telling = _related_to_one_of(telling_stems)
                taken = tuple((s, e) for s, e, _ in masked.spans)
                extra = [(s, e, "giveaway") for s, e, st in words
                         if telling(st)
                         and not any(a < e and s < b for a, b in taken)]
            if extra or len(words) <= len(masked.spans):
                # Masked, the telling word leaves a guess between the choices ("[…] norms").
                told = ", ".join(dict.fromkeys(f'"{text[s:e]}"' for s, e, _ in extra))
                self.no_which(row, f'the {name} cell of "{row.dimension}" gives its concept '
                                   f"away by {told or 'its name alone'}")
                out.append((name, text, Spans("", ())))
                continue
            joined = _joined(text, [(s, e, "mask") for s, e, _ in masked.spans])
            out.append((name, text, Spans(text, joined)))
        return out

    def no_which(self, row: ComparisonRow, why: str) -> None:
        self.no_card(row, "which concept?", why)

    def no_card(self, row: ComparisonRow, kind: str, why: str) -> None:
        # Not a weak card (none is made), but the author may want to know why.
        self.problems.append(Problem(self.file, row.line, "", f'no "{kind}" card: {why}',
                                     "info"))

    def concept_stems(self, name: str) -> tuple[set[str], set[str], set[str]]:
        """The stems that point at a concept: of its name, of its definition and list labels,
        and of its lists' texts ("a unique identity" among individualism's strengths)."""
        found = self._concept_stems.get(name)
        if found is None:
            defined, listed = [], []
            for section in self.article.sections:
                defined += [d.text.value for d in section.definitions if d.term == name]
                for lst in (lst for lst in section.lists if lst.concept == name):
                    defined += [item.label for item in lst.items]
                    listed += [item.text.value for item in lst.items]
            named = set().union(*map(content_stems, (name, *self.concepts[name].forms)))
            found = self._concept_stems[name] = (named, self._stems_of(defined),
                                                 self._stems_of(listed))
        return found

    def _stems_of(self, texts: list[str]) -> set[str]:
        stems = set()
        for text in texts:
            plain = unmark(strip_citations(text, find_citations(text, self.sources)[0]))
            stems |= content_stems(plain, common=False)
        return stems


def _facts_before(section: Section):
    """A function giving the fact written right before a fact of `section` (by line: a
    reader may give them in another order), when no definition or list item stands between
    the two. Worked out once per section and looked up by bisection: asked of every fact by
    scanning the others, 20,000 facts in one section took 100 s (benchmarks/adversarial.py)."""
    first_at: dict[int, object] = {}
    for fact in section.facts:
        first_at.setdefault(fact.text.line, fact)  # of two on one line, the first, as max() gave
    lines = sorted(first_at)
    between = sorted([d.line for d in section.definitions] + [
        i.line for lst in section.lists for i in lst.items])

    def before(fact) -> object | None:
        line = fact.text.line
        at = bisect_left(lines, line)
        if at == 0:
            return None
        found = first_at[lines[at - 1]]
        blocker = bisect_right(between, found.text.line)
        return None if blocker < len(between) and between[blocker] < line else found
    return before


def _run_before(fact_before, fact, runs: dict[int, tuple]) -> tuple[object, object | None]:
    """The first fact of the run of facts on consecutive lines that `fact` ends, none
    of them a lead-in, and the fact before that run (None at the section's start).
    Every fact of a run has the same answer, so each is looked up once in `runs` (one
    section's, as `fact_before` is): walked back from every fact, a paragraph of 6,000
    typed formula lines took 9 million steps."""
    walked = []
    first, previous = fact, fact_before(fact)
    while (previous is not None and previous.text.line == first.text.line - 1
           and not ends_in_lead_in(previous.text.value)):
        walked.append(first)
        if (known := runs.get(id(previous))) is not None:
            # Where previous's own walk ends. (By id: the section holds every fact while
            # `runs` lives, so no id is reused.)
            first, previous = known
            break
        first, previous = previous, fact_before(previous)
    walked.append(first)
    for each in walked:  # each walk from these would have gone on as this one did
        runs[id(each)] = (first, previous)
    return first, previous


def _named_targets(names: tuple[str, ...]) -> TermIndex:
    """The terms the article itself defines or names (Markdown: definitions, labels,
    short headings; or the names it links to), longest first: a fact with no mark hides
    the ones it names."""
    terms = sorted(dict.fromkeys(names), key=len, reverse=True)
    # A symbol the article defines ("$k$ is Coulomb's constant") is a variable in its other
    # sentences ("We substitute $k$ into …"), not what they say: asked by its definition.
    return TermIndex((_Target(f"term:{slugify(t)}", term_pattern(t)), t, ())
                     for t in terms if slugify(t) and not math_spans(t))


def _article_texts(article: Article) -> Iterable[str]:
    """Every text of the article a name may be written in: headings, facts, definitions,
    labelled items and their lists' titles, table cells."""
    for section in article.sections:
        yield section.title
        yield from (fact.text.value for fact in section.facts)
        for definition in section.definitions:
            yield definition.term
            yield definition.text.value
        for labelled in section.lists:
            yield labelled.title
            for item in labelled.items:
                yield item.label
                yield item.text.value
        for comparison in section.comparisons:
            for row in comparison.rows:
                yield row.dimension
                yield from (cell.value for cell in row.cells.values())


def _names_and_forms(article: Article) -> Iterable[str]:
    """The names the article defines or gives (its terms, glossary, definitions, the
    names its headings give) in the other forms a sentence may write them in, and the
    abbreviations it spells out or uses more than once (article_names.py)."""
    names = [*article.terms, *(g.term for g in article.glossary),
             *(d.term for section in article.sections for d in section.definitions
               if d.named_elsewhere),
             *(name for section in article.sections for name in heading_names(section.title))]
    texts = [unmark(text) for text in _article_texts(article)]
    for long_form, abbreviation in spelled_out(texts):
        names += [long_form, abbreviation]
    for name in dict.fromkeys(unmark(n) for n in names):
        yield name
        yield from other_forms(name)


def _named_by_formula(label: str, plain: str) -> list[tuple[int, int, str]]:
    """The first value of `plain` ("Name: Unit elastic; Effect …") when `label` is a formula
    and nothing else ("\\(\\lvert PED \\rvert = 1\\)"): asking the formula from its name
    was answered by the name ("Unit elastic" says |PED| = 1, the fifteenth review: junk), and
    a formula is no answer to type. The name is asked from the formula instead."""
    found = math_spans(label.strip())
    if len(found) != 1 or found[0] != (0, len(label.strip())):
        return []
    field = re.match(r"\s*[^:;]{1,40}:\s*([^;]+?)\s*(?:;|$)", plain)
    if field is None or weak_answer(field.group(1)) or math_spans(field.group(1)):
        return []
    return [(field.start(1), field.end(1), field.group(1))]


_ROW_FIELD = re.compile(r"\s*([^:;]{1,40}):\s*([^;]*?)\s*(?:;|\Z)")


# A cell that is a cheer or a cry, one or two words and "!": "Good!", "Oops!", "Richtig!".
# (Words of two letters or more: "n!" is a factorial.)
_EXCLAMATION = re.compile(r"\W*[^\W\d]{2,}(?:\s+[^\W\d]+)?\s*!+\W*")


def _exclaimed(cell: str) -> str | None:
    """Why a whole cell that only exclaims ("Good!") is no answer, or None."""
    if _EXCLAMATION.fullmatch(cell.strip()):
        return (f'the cell "{cell.strip()}" exclaims, no fact to recall; write what it means '
                '("correct decision")')
    return None


def _cells_telling(label: str, plain: str, subject: frozenset[str]):
    """For a table row or labelled item of fields ("Salt formed: Chloride; Example: NaCl")
    one of whose values gives its name away (giveaways: "Chloride" for "Hydrochloric acid"),
    the text to ask those values from the name, and (start, end, value) of each in it; else
    None. A field that gives an asked value away ("Example: NaCl" says "Chloride") is left
    off, or the value's card would show two gaps again. A row whose every value tells its
    name is left as it was: nothing would be left to cue the name."""
    fields, at = [], 0
    while at < len(plain):
        field = _ROW_FIELD.match(plain, at)
        if field is None or not field.group(2):
            return None
        fields.append((field.start(2), field.end(2)))
        at = field.end()
    told = giveaways(plain, label, subject=subject)
    if not told or label_in_text(label, plain) or label_unsaid(label, plain):
        return None  # "[…] observation — …; Weakness: observer bias" asks one gap already
    asked = [f for f in fields if any(f[0] <= s and e <= f[1] for s, e in told)]
    if len(fields) < 2 or not asked or len(asked) == len(fields):
        return None
    kept = [f for f in fields if f in asked or not any(
        giveaways(plain[f[0]:f[1]], plain[a:b], subject=subject) for a, b in asked)]
    text, values = [], []
    for start, end in kept:
        part = plain[plain.rfind(";", 0, start) + 1:end].strip()
        if (start, end) in asked:
            offset = sum(len(t) + 2 for t in text) + len(part) - (end - start)
            values.append((offset, offset + end - start, plain[start:end]))
        text.append(part)
    return "; ".join(text), values


_VERSUS = re.compile(r"\s+(?:vs\.?|versus|v\.?)\s+", re.I)


def _title_sides(title: str) -> list[str]:
    """The sides a title compares ("Stoicism vs Epicureanism: Two Roads …"), or []."""
    sides = _VERSUS.split(re.split(r"[:|–—]|\s-\s", title)[0].strip())
    return sides if len(sides) > 1 and all(0 < len(s.split()) <= 4 for s in sides) else []


def _own_stems(names: list[set[str]]) -> list[Stems]:
    """Each side's stems that no other side's name has ("operant", not "conditioning")."""
    return [Stems({s for s in own if not any(related(s, t) for j, other in enumerate(names)
                                              if j != i for t in other)})
            for i, own in enumerate(names)]


_CELL_BREAK = re.compile(r"\s*[,;]\s+")
# "virtue for the Stoic": the words that tie a cell to the side it is about.
_FOR_SIDE = re.compile(r"\s+(?:for|in|among|to|with|by|of)(?:\s+(?:the|a|an))?\s*\Z", re.I)
_THE = re.compile(r"\A(?:the|a|an)\s+\Z", re.I)


def _compared_cells(label: str, plain: str, sides: list[Stems]) -> list[tuple[int, int]]:
    """The gap of each cell of a labelled item that compares the article's sides, as
    notes write a comparison row: "Goal: virtue for the Stoic, freedom from pain for the
    Epicurean", "Politics: Stoics served the city; Epicureans withdrew to the garden".
    Each part (between commas or semicolons) names one side, a different one each, at its
    start or its end, and its gap is the rest ("virtue", "served the city"); the label
    names none (it is the dimension). Otherwise []."""
    if len(sides) < 2 or any(any(side.related(st) for side in sides)
                             for _, _, st in content_words(label)):
        return []
    body = plain.rstrip(" .;")
    cuts = [0, *(m.end() for m in _CELL_BREAK.finditer(body))]
    ends = [m.start() for m in _CELL_BREAK.finditer(body)] + [len(body)]
    if not 2 <= len(cuts) <= len(sides):
        return []
    gaps, named = [], set()
    for start, end in zip(cuts, ends, strict=True):
        words = content_words(body[start:end])
        hits = [(s, e, i) for s, e, st in words for i, side in enumerate(sides)
                if side.related(st)]
        if len({i for _, _, i in hits}) != 1 or hits[0][2] in named:
            return []
        named.add(hits[0][2])
        s, e = hits[0][0] + start, hits[-1][1] + start
        if _THE.match(body[start:s] + " ") or s == start:
            gap = (e, end)  # "Stoics served the city"
        elif not body[e:end].strip():
            before = _FOR_SIDE.search(body, start, s)  # "virtue for the Stoic"
            gap = (start, before.start() if before else s)
        else:
            return []
        text = body[gap[0]:gap[1]].strip(" ,;:—-")
        if not content_words(text) or len(text.split()) > 8:
            return []
        at = body.index(text, gap[0])
        gaps.append((at, at + len(text)))
    return gaps


# "This individualistic ethos …", "These trade routes …": a demonstrative and the (up to two)
# words after it that may name what it points at; a verb ("This is", "These led") names none.
_DEMONSTRATIVE_NOUN = re.compile(
    r"^\W*(?P<demonstrative>this|these|that|those|such)\s+(?!(?:is|are|was|were|has|have|had|can|could|may"
    r"|might|will|would|should|must|does|do|did|means?|meant|led|leads?|shows?|makes?|made"
    r"|gives?|gave|allows?|becomes?|became|in|of|on|at|by|for|to|and|or|can't|cannot)\b)"
    r"(?P<noun>(?:[^\W\d_][\w'’-]*\s+)?[^\W\d_][\w'’-]*)\b",
    re.I)
# A verb in the past or, after "this"/"that", in the present ("This explains United States
# law", "These included …"): the list above cannot hold every verb, and its object is no noun
# the demonstrative points at. Not "process", "analysis", "focus" (nouns in -s). Not
# statements._NOT_OPEN_VERBS, which reads a word after a named subject, where a plural noun
# is likely ("The bonds …", so -ers, -ies, -ions are nouns) and "means", "includes" are no
# verb of the subject's own: after "this"/"that" a singular noun or a verb follows ("This
# varies", "That means …").
_VERB_AFTER_DEMONSTRATIVE = re.compile(r"\w+(?<!e)ed|\w+(?<![sui])s", re.I)


# "前者叫做幅值条件，后者叫做相角条件": "the former", "the latter", "the above" name nothing
# but what the text before said; a Chinese fact opening so shows it as its lead (zh20b: the
# card asked "前者叫做[…]" with nothing the former could be). So does one naming what the
# text before says: "这就是轴向拉压杆的[…]" under the display it names.
_CJK_FORMER = re.compile(r"^\s*(?:前者|后者|後者|以上|[这這](?:就|便)是|"
                         r"[这這][个個一]?(?:方程|公式|式子|关系式|關係式))")
# A name's English original in brackets after it: "（uncertainty principle）", or another
# name of it, "（也叫剪切频率）" (statements.GLOSS_AFTER_CJK).
_ENGLISH_NAME_AFTER = re.compile(rf"{GLOSS_AFTER_CJK.pattern}$")


def _says_cjk_answer(line: str, answer: str) -> bool:
    """Whether a context line says a Chinese answer: whole ("零点与极点" over "[零点]"), in
    part (chinese_answer_shown: "一维无限深势阱" over "[一维无限深方势阱]"), or as a heading
    of three characters or more that the answer holds ("不确定关系" over "[海森伯不确定关
    系]")."""
    return answer in line or chinese_answer_shown(answer, line) is not None or any(
        len(run) >= 3 and run in answer for run in HAN_RUN.findall(line))


def _cjk_parts_told(context: str, plain: str, spans, answers: dict[str, str],
                    said: list[str]) -> dict[str, str]:
    """{answer: the text its card shows} of the Chinese answers (none of `said`, which the
    line says whole) that the context line says four characters or more of, which the
    text outside the answer's gaps does not (_cjk_part_told)."""
    told = {}
    for key, answer in answers.items():
        answer = _ENGLISH_NAME_AFTER.sub("", answer)
        if not answer or not HAN_RUN.fullmatch(answer) or answer in said or answer in told:
            continue
        shown = " ".join(outside(plain, spans, key))
        if _cjk_part_told(context, answer, shown):
            told[answer] = shown
    return told


def _cjk_part_told(line: str, answer: str, shown: str) -> str | None:
    """The longest run of four Chinese characters or more of `answer` that a context line
    says and its card's text (`shown`) does not: "时域采样定理" over "…就可以由采样值无失真地
    恢复原信号。这就是[奈奎斯特采样定理]" says "采样定理", what the text names, and leaves
    the learner only "奈奎斯特" to recall; an English heading's word the text does not say
    is left off so (context_past_answer_words). Four characters: two words, not a head noun
    one heading shares with many answers ("[相对稳定性]" under "…的稳定性与根轨迹"); none
    the text says itself ("传递函数" of "[开环传递函数]" under "传递函数回顾", beside
    "闭环传递函数为…")."""
    for size in range(len(answer) - 1, 3, -1):
        for at in range(len(answer) - size + 1):
            piece = answer[at:at + size]
            if piece in line and piece not in shown:
                return piece
    return None


def _stands_alone_cjk(sentence: str) -> bool:
    """Whether a Chinese sentence says its fact alone, as stands_alone asks of words: eight
    characters or more (Chinese has no spaces to count words by), not opening by pointing
    back."""
    return sum(map(len, HAN_RUN.findall(sentence))) >= 8 and \
        not CJK_POINTING.match(sentence)


# The "›" that joins a context line's parts, where a part is missing before or after it,
# with the spaces and zero-width characters (U+200B to U+200F, U+2060, U+FEFF) around it.
_LOOSE_SEPARATORS = re.compile(r"^[\s›\u200b-\u200f\u2060\ufeff]+|[\s›\u200b-\u200f\u2060\ufeff]+$")


def _shown_subject(context: str) -> str:
    """`context` as a front shows it, without a "›" that joins nothing ("› Advantages" of an
    empty title), and "" where it shows no letter or digit: nothing, or only an emoji or
    punctuation."""
    context = _LOOSE_SEPARATORS.sub("", context)
    # "🛰️", "{-}", "---": no letter or digit names what is compared.
    return context if any(c.isalnum() for c in context) else ""


# A term a heading gives with its article ("## La paroi", "## Il nucleo", "## Die DNA").
_OPENS_ON_ARTICLE = re.compile(
    rf"(?:{ROMANCE_ARTICLES}|der|die|das)\s+\S|l['’]\S", re.I)
# A word that goes on with the noun before it, in Romance languages, where an adjective
# follows its noun: "végétale", "cellulaire", "plasmatica", "químicas", "nucleare". Not an
# ending a verb of the third person has ("fabrica", "modifica", "facilita").
_ADJECTIVE_AFTER = re.compile(
    r"(?:aire|aires|ique|iques|ale|ales|aux|al|ar|ares|ari|are|elle|elles|eux|euse|euses|"
    r"oso|osa|osi|ose|osos|osas|ivo|iva|ivi|ivos|ivas|ifs|ives|tico|tica|tici|tiche|ticos|"
    r"ticas|mico|mica|mici|miche|micos|micas|gico|gica|gici|giche|gicos|gicas|ible|ibles|"
    r"able|ables|abile|ibile|abili|ibili|ados|adas|idos|idas|ées|és)$")
# What follows a noun phrase, not a verb: a form of "to be", a reflexive, a negation, a
# modal ("La paroi végétale est …", "La membrana plasmatica è …", "… se encuentra …").
_AFTER_A_NOUN_PHRASE = frozenset("""
    est sont es son è sono é são está están estão sta stanno était étaient era erano eran
    fue fueron fu furono foi foram se si s' ne no non não peut peuvent puede pueden può
    possono pode podem a ha han hanno ont tem têm
""".split())


def _without_article(name: str) -> str:
    """`name` casefolded, without a leading article of Romance languages or English."""
    return re.sub(rf"^(?:(?:{ROMANCE_ARTICLES}|the|an)\s+|l['’])", "",
                  " ".join(name.casefold().split()))

# Words after a noun that open a clause or qualify the verb, no adjective: "L'équation de
# Schrödinger qui est …" is the whole noun phrase, its relative clause after it.
_NO_ADJECTIVE = frozenset("""
    qui que che cui dont où donde dove cual cuales quale quali lequel laquelle también aussi
    anche además inoltre ya già déjà sempre toujours siempre solo seulement solamente non ne
    no não ainda também
""".split())


def _named_in_passing(target: _Target, plain: str, context: str, title: str) -> bool:
    """Whether a term of the article, hidden where `plain` names it, is no fact of its own:
    the heading said in passing, the heading or title word as half of a compound, a word
    cut out of the noun phrase, name or subject it belongs to. One test for a term the fact
    names (named) and one it names in another form (named_otherwise), which had drifted
    apart."""
    return (_heading_in_passing(target, plain, context)
            or _title_word_in_compound(target, plain, title)
            or _cuts_a_noun_phrase(target, plain)
            or _inside_a_compound(target, plain)
            or any(_part_of_subject(plain, *m.span()) for m in target.pattern.finditer(plain)))


# "this [linear system]", "the new [linear system]", "the following [augmented matrix]": an
# instance the text points at (an example's), not the term it says something of.
# ("that" only opening a sentence: "Act only according to that [maxim] whereby …" is
# Kant's formula, whose "that" leads a relative clause.)
# (Not "these"/"those": "Catalysts speed up reactions. These [enzymes] lower …" says
# something of the class.)
_POINTING_BEFORE = re.compile(r"(?:\b[Tt]his|(?:^|[.!?]\s+)That|\bthe\s+new|"
                              r"\bthe\s+following|\bthe\s+same|\bsuch\s+an?)\s+$")


def _pointed_at(target: _Target, plain: str) -> bool:
    """Whether every place `plain` names the term points at one instance of it ("That
    [linear system] becomes the following augmented matrix", "This gives us the new
    [linear system]"): hidden there, the gap asks which word the example was (formulaside26's
    textbf gate: junk, "a term hidden in a passing sentence that says nothing about it")."""
    found = list(target.pattern.finditer(plain))
    return bool(found) and all(_POINTING_BEFORE.search(plain, max(0, m.start() - 40), m.start())
                               for m in found)


def _cuts_a_noun_phrase(target: _Target, plain: str) -> bool:
    """Whether hiding a term the article names with its article ("La paroi", from "## La
    paroi") leaves half of the noun phrase it opens in the sentence: "[La paroi] végétale
    est constituée de cellulose" (an adjective after its noun), "[Die DNA]-Struktur wurde
    …" (a German compound). The gap takes the whole phrase or nothing; the heading names
    "paroi", not "paroi végétale", so nothing: the sentence's own fact is asked instead."""
    for found in target.pattern.finditer(plain):
        if not _OPENS_ON_ARTICLE.match(found.group()):
            continue
        rest = plain[found.end():]
        if re.match(r"-\w", rest):
            return True
        after = re.match(r"\s+([^\W\d_]+)(?:\s+([^\W\d_]+['’]?))?", rest)
        if after and after[1].islower() and after[1] not in _NO_ADJECTIVE and (
                (len(after[1]) >= 6 and _ADJECTIVE_AFTER.search(after[1]))
                or (after[2] or "").casefold() in _AFTER_A_NOUN_PHRASE):
            return True
    return False


# An English adjective by its ending ("aerobic", "cellular", "nervous", "digestive").
_ENGLISH_ADJECTIVE = re.compile(r"[a-z]{2,}(?:ic|al|ous|ive|ary|ible|able)$", re.I)


def _inside_a_compound(target: _Target, plain: str) -> bool:
    """Whether a one-word term stands inside a longer name where the sentence says it:
    before a plural noun it qualifies ("red [blood] cells", "White [blood] cells defend …"),
    or after an adjective each time it is said twice or more ("Anaerobic [respiration]
    releases much less energy than aerobic [respiration]"). The gap cuts the name, and its
    other half all but says the answer (a heading "Blood" made such cards; a learner's
    read: junk). Said once after an adjective, the term may be the fact ("a planetary
    [nebula]")."""
    spans = [found.span() for found in target.pattern.finditer(plain)]
    if any(_compound_at(plain, *span) for span in spans) or _in_a_hyphened_word(target, plain):
        return True
    if spans and all(_ends_a_titled_name(plain, *span) for span in spans):
        return True
    return len(spans) > 1 and all(_after_an_adjective(plain, start) for start, _ in spans)


# The word right before a place, and the word of a name before it (_compound_at). Each is
# looked for in the few characters before the place, where a word and its space fit: a
# search of the whole text before it, once for each place a term is said, made one long
# paragraph quadratic (code review 19, A2: 2,000 sentences took 10 s).
_LETTERS_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")
_NAME_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[ \t]+$")
_WORD_BEFORE_WINDOW = 64
_LOWER_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)\b")


def _ends_a_titled_name(plain: str, start: int, end: int) -> bool:
    """Whether a capitalised one-word term ends a name in title case ("Accelerated
    [Depreciation]: The ability …"): the name is "Accelerated Depreciation", and the gap
    asked its topic word, which any learner of the page guesses (a blind gate: junk). Not
    after an article: German writes every noun capitalised ("Die [Intention] hinter …")."""
    word = plain[start:end]
    if " " in word or not word[:1].isupper() or not word[1:2].islower():
        return False
    before = _NAME_WORD_BEFORE.search(plain, max(0, start - _WORD_BEFORE_WINDOW), start)
    return before is not None and before[1][:1].isupper() and before[1][1:2].islower() and \
        before[1].casefold() not in STOP_WORDS | POINTING_WORDS | FOREIGN_ARTICLES | {"die"}


def _after_an_adjective(plain: str, start: int) -> bool:
    """Whether an adjective by its ending ("aerobic", "continental") comes right before
    `start`."""
    before = _LETTERS_BEFORE.search(plain, max(0, start - _WORD_BEFORE_WINDOW), start)
    return before is not None and before[1].casefold() not in STOP_WORDS and \
        _ENGLISH_ADJECTIVE.match(before[1]) is not None


_ACRONYM_BEFORE = re.compile(r"(?<![\w-])[A-Z]{2,5}[ \t]+$")


def _after_a_modifier(plain: str, start: int) -> bool:
    """Whether an adjective by its ending ("capacitive") or an abbreviation ("AC", "ECG")
    comes right before `start`, making a compound name with the word there."""
    return _after_an_adjective(plain, start) or _ACRONYM_BEFORE.search(
        plain, max(0, start - 8), start) is not None


def _part_of_subject(plain: str, start: int, end: int) -> bool:
    """Whether [start, end) is part of the named subject of a plain statement, not all of
    it ("White [blood cells] defend the body …"): the gap cuts the name the sentence is
    about, whose subject is asked whole instead (statements.subject_statement_span)."""
    subject = subject_statement_span(plain)
    return subject is not None and subject[0] <= start and end <= subject[1] and \
        (start, end) != subject


def _compound_at(plain: str, start: int, end: int) -> bool:
    """Whether the one word at [start, end) of `plain` is inside a longer name there
    (_inside_a_compound): a word of the name before it, a plural noun after it."""
    before = _NAME_WORD_BEFORE.search(plain, max(0, start - _WORD_BEFORE_WINDOW), start)
    if len(plain[start:end].split()) != 1 or before is None or \
            before[1].casefold() in STOP_WORDS | _VAGUE:
        return False  # "Each habitat supports …": the term opens its phrase, a verb after
    after = _LOWER_WORD_AFTER.match(plain, end)
    return after is not None and after[1].endswith("s") and not after[1].endswith("ss") and \
        after[1] not in STOP_WORDS and not verb_form(after[1])


# Before a term, what makes it the range a sentence speaks of ("Every [system] that works in
# real time must be causal") or the last word of a longer name ("an LTI [system]").
_RANGE_OR_NAME_BEFORE = re.compile(r"(?:\b(?i:every|any)|(?<![\w-])[A-Z]{2,}s?)\s+$")
# After such a quantifier's term, what narrows it to a range: "Every system that …".
_RANGE_AFTER = re.compile(r"\s+(?:that|which|who|whose|with|in|of)\b", re.I)


# How long before or after something a thing is done: "within 4 weeks of discharge",
# "2 hours after the meal". What it is counted from is no fact; how long is.
_DURATION_BEFORE = re.compile(
    r"\b(?:within|in|for|up\s+to|at\s+least|at\s+most|no\s+later\s+than)?\s*\d[\d,.]*"
    r"(?:\s*[-–]\s*\d[\d,.]*)?\s*(?:minutes?|mins?|hours?|hrs?|h|days?|weeks?|wks?|months?|"
    r"years?)\s+(?:of|after|before|from|since|post)\s+(?:the\s+|a\s+)?$", re.I)


def _after_a_duration(target: _Target, plain: str) -> bool:
    """Whether a name the text uses is only what a duration counts from: "pulmonary rehab
    within 4 weeks of [discharge]" under "## Discharge" asked the heading's word, the 4
    weeks shown (junk21b); the duration is the fact (statements' amount) and asked instead."""
    return any(_DURATION_BEFORE.search(plain, max(0, found.start() - 40), found.start())
               for found in target.pattern.finditer(plain))


def _only_in_passing(target: _Target, plain: str) -> bool:
    """Whether every place `plain` names the term is after "every" or "any" and before what
    narrows it ("Every [system] that works in real time must be causal": the sentence's
    range, not what it says) or after an abbreviation whose name it ends ("The output of
    an LTI [system] …"):
    hidden, the gap asked a word the sentence only passes through (prose18)."""
    places = list(target.pattern.finditer(plain))
    return bool(places) and all(
        (before := _RANGE_OR_NAME_BEFORE.search(plain, max(0, m.start() - 12), m.start()))
        and (before.group().isupper() or _RANGE_AFTER.match(plain, m.end()))
        for m in places)


def _heading_in_passing(target: _Target, plain: str, context: str) -> bool:
    """Whether `target` is the card's own one-word heading ("Waves"), named in passing past the
    opening of its sentence after "the" ("Every storm makes the [waves] larger"): the topic,
    which its heading says on every card of it, not the fact's new information (the
    thirteenth and fourteenth reviews: junk, "a trivial, guessable word"). Opening its
    sentence ("[Weathering] breaks rock down …"), it is what the fact defines."""
    found = target.pattern.search(plain)
    heading = context.rpartition(" › ")[2]
    # A term of two words or more ("the [transmission mechanism]") is worth its card.
    if found is None or not heading or len(found.group().split()) > 1 or not gives_away(
            content_stems(heading), found.group()):
        return False
    if all(_after_a_modifier(plain, place.start()) for place in target.pattern.finditer(plain)):
        # "Most ECG amplifiers are AC [coupled]", "Shielded cables reduce capacitive
        # [coupling]" under "## Coupling": the heading's word in a compound the sentence
        # names, whose first half gives it away (en20: junk).
        return True
    opening = plain[:found.start()].rpartition(". ")[2]
    # "the waves" points back at the heading's topic; "releases [hormones] such as …" names
    # the kind of thing the rest of the sentence is an instance of, a fact worth asking.
    return bool(content_words(opening)) and _POINTING.search(opening) is not None


# A gap where the text says what the answer is: opening its sentence, as what the sentence is
# about ("[pH] is the negative logarithm …", "[を] (pronounced "o") marks the direct
# object …"), or the name it gives ("… is called [...]").
_NAMING = r"(?:called|termed|known\s+as|named)"  # the verbs giving a name after them
_NAMED_BEFORE = re.compile(rf"\b{_NAMING}\s+(?:the\s+|an?\s+)?$", re.I)
_OPENS_SENTENCE = re.compile(r"(?:\A|[.!?:]\s+)(?:(?:the|an?)\s+)?$", re.I)


def _defined_at_gap(plain: str, spans, key: str) -> bool:
    """Whether one of `key`'s gaps in `plain` is where the text says what it is
    (_OPENS_SENTENCE, _NAMED_BEFORE): then its other gaps repeat what the card teaches."""
    return any(_OPENS_SENTENCE.search(plain[max(0, s - 30):s]) or
               _NAMED_BEFORE.search(plain[max(0, s - 30):s])
               for s, _, k in spans if k == key)


def _title_word_in_compound(target: _Target, plain: str, title: str) -> bool:
    """Whether `target` is one word of the article's title, said only as the second half of
    a compound ("static [friction]" in "Chapter 6: Friction, Drag and Circular Motion"):
    the whole text is about it and the adjective is the fact (the learner read of session
    20: junk). The longer name the article gives, if any, is asked instead. Not where it
    stands alone: "The SI unit of force is the [newton]" under "Newton's laws" asks a fact."""
    found = target.pattern.search(plain)
    if found is None or len(found.group().split()) > 1 or \
            not gives_away(content_stems(title), found.group()):
        return False
    return all(_after_a_modifier(plain, place.start()) for place in target.pattern.finditer(plain))


_POINTING = re.compile(
    r"\b(?:the|this|these|those|its|their|"
    # the same in Italian, Spanish, French and Portuguese, with the prepositions an article
    # is written into ("nella [cellula]" under "## Cellula", "de la [cellule]", "na")
    # (statements.ROMANCE_ARTICLES is not reused: its "a", "o", "i" are also English words
    # and letters, "a [wave]" under "## Waves" is no pointer, and it lacks the contractions)
    r"il|lo|la|gli|le|el|los|las|les|os|"
    r"del|dello|della|dei|degli|delle|nel|nello|nella|nei|negli|nelle|al|allo|alla|ai|agli|"
    r"alle|dal|dalla|dai|dalle|sul|sulla|sui|sulle|du|des|au|aux|da|dos|das|na|nos|"
    r"nas|ao|aos|pelo|pela|questo|questa|questi|queste|este|esta|estos|estas|ce|cet|cette|"
    r"ces|sua|suo|suoi|sue|sus|leur|leurs)\s+$|\bl['’]$", re.I)


# A capitalised word typed against a capitalised phrase: one name with it ("Green Open
# Access", "World War I"), a sentence's opening word or not.
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*)\s+$")
_CAPITALISED_AFTER = re.compile(r"^\s+([A-Z][\w'’-]*)(?![\w'’-])")


def _whole_name(plain: str, start: int, end: int) -> tuple[int, int]:
    """The span of the name the capitalised phrase at `start`:`end` is part of, with the
    capitalised words (no stop words) typed against it: "Green Open Access" for "Open
    Access", "World War I" for "World War". The phrase's own span when it is lowercase or
    stands alone."""
    phrase = plain[start:end].split()
    if not phrase or not all(w[:1].isupper() for w in phrase if w.casefold() not in STOP_WORDS):
        return start, end
    while (before := _CAPITALISED_BEFORE.search(plain, 0, start)) and \
            before[1].casefold() not in STOP_WORDS:
        start = before.start(1)
    while (after := _CAPITALISED_AFTER.match(plain[end:])) and (
            after[1].casefold() not in STOP_WORDS or _numbered_by(plain, end, after)):
        end += after.end(1)
    return start, end


# Names a Roman numeral numbers: "World War I", "Phase I", "Type I error".
_NAME_WITH_NUMERAL = re.compile(r"\b(?:War|Phase|Type|Stage|Class|Grade|Part|Chapter|Act|Book|"
                                r"Volume|Vol|Level|Step|Trial|Mark|Schedule|Division|Tier)$")


def _numbered_by(plain: str, end: int, after: re.Match) -> bool:
    """Whether the stop word after a name is its Roman numeral ("World War I"), not the
    pronoun ("With Open Access I can read …"): "II", "III" …, or "I" after a name numbered
    so or closing its clause ("… in World War I.")."""
    if not re.fullmatch("[IVX]+", after[1]):
        return False
    if len(after[1]) > 1:
        return True
    closes = re.match(r"\s*(?:[.,;:!?)\]]|$)", plain[end + after.end(1):])
    return closes is not None or _NAME_WITH_NUMERAL.search(plain[:end]) is not None


def _with_hyphen_parts(answer: str) -> list[tuple[int, int, str]]:
    """The content words of `answer` (quality.content_words), a hyphened word's parts after
    it: "Left-lateralization" under "Left Hemisphere Dominance" says "left" (blind sample
    2829: a give-away), which the whole word's stem did not show."""
    words = []
    for s_, e_, st in content_words(answer):
        words.append((s_, e_, st))
        if "-" in answer[s_:e_]:
            at = s_
            for part in answer[s_:e_].split("-"):
                if len(part) > 3 and part.isalpha():
                    words.append((at, at + len(part), stem(part.casefold())))
                at += len(part) + 1
    return words


def _named_in(plain: str, targets: TermIndex) -> list[_Target]:
    """The named terms a fact mentions, a term inside a longer one found left out
    (_to_ask)."""
    return _to_ask(plain, targets)[:3]


# A Chinese line about the notes ("下面是肾脏的功能。", "本节介绍方差"): the heading's term
# said there is the topic, in passing, as "the" says it in English (_heading_in_passing).
# (Not 首先, "first,", nor 这里, "here": they open steps and facts; the code review.)
_CHINESE_SIGNPOST = re.compile(r"\s*(?:下面|以下|本节|本章|接下来|这一节|这一章)")


def _to_ask(plain: str, targets: TermIndex) -> list[_Target]:
    """The targets of `targets` that `plain` names, to hide as its gaps: not a Chinese term
    said inside a compound anywhere in it ("频谱" in "频谱密度函数", "熵" in "熵增加原理"):
    every form of an answer is hidden with it, and there the gap cut a word in half. (Found
    by _named alone, such a term is still hidden where another answer's card shows it.)"""
    named = _named(targets, plain)
    if ": " in plain and "; " in plain and len(plain) < 2000 and _all_fields(plain):
        # "Asie du Sud — Population: ~1,8 milliard; Localisation: Inde, …": a table row's
        # fields, each its column's name; a term that is one only names the column, and a
        # card hid it, "Asie du Sud — […]: ~1,8 milliard" (blind sample 2829: junk).
        # (Only where every part after the row's name is a field: a sentence's "…
        # tissues; Nicotinic receptors: skeletal muscle; …" is prose. A row's text is
        # short: a 2 MiB paragraph is no row.)
        named = [t for t in named if not _only_as_field(t, plain)]
    if not HAN_CHAR.search(plain):
        # no Chinese character beside any term: each stands as a word, but where a hyphen
        # joins it to another
        return [t for t in named if not _in_a_hyphened_word(t, plain)]
    return [t for t in named
            if all(stands_as_a_word(plain, *m.span()) and not _one_han(m.group())
                   for m in t.pattern.finditer(plain))]


# A field of a row's text: "Population: ~1,8 milliard; Localisation: …" (entity_rows).
_FIELD_BEFORE = re.compile(r"(?:^|;|—|–)\s*$")


_FIELD = re.compile(r"[^;:]{1,40}:\s")


def _all_fields(plain: str) -> bool:
    """Whether `plain` after its name ("Asie du Sud — ") is two fields or more, every part
    "Name: value" (entity_rows writes a row so)."""
    parts = plain.split(" — ", 1)[-1].split("; ")
    return len(parts) >= 2 and all(_FIELD.match(part.strip()) for part in parts)


# A column of examples: "Beispiel "haben"", "Example", "e.g.", "Exemples", "例".
_EXAMPLE_COLUMN = re.compile(r"^\W*(?:examples?|e\.?\s?g\.?|beispiele?|bsp\.?|exemples?|"
                             r"esempi[o]?|ejemplos?|exemplos?|voorbeeld(?:en)?|例子?|例如|举例)"
                             r"(?:\W|$)", re.I)
# A column of rules or notes says how the others are made or read, no concept of its own:
# "| | Long | Short | Rule |" (Japanese forms) asked "Drop です — Long, Short or Rule?"
# (blind sample 2901: junk, "the answer is a column name"). Its cells make no "which" card;
# the other columns' cells still do.
_NOTES_COLUMN = re.compile(r"^\W*(?:rules?|notes?|remarks?|comments?|explanations?|how|"
                           r"regeln?|anmerkungen?|bemerkungen?|hinweise?|règles?|remarques?|"
                           r"regol[ae]|reglas?|regras?|observa[cç](?:ão|ion|ión)|"
                           r"说明|备注|注意|规则|ルール|備考)(?:\W|$)", re.I)


def _only_as_field(target: _Target, plain: str) -> bool:
    """Whether every place `plain` (a row's fields: _all_fields) says `target`
    is the name of a field ("Name: value; Name: value"), never what a field says."""
    found = list(target.pattern.finditer(plain))
    return bool(found) and all(
        _FIELD_BEFORE.search(plain[max(0, m.start() - 3):m.start()])
        and plain[m.end():m.end() + 2].lstrip().startswith(":") for m in found)


def _in_a_hyphened_word(target: _Target, plain: str) -> bool:
    """Whether a term is said somewhere as part of a word a hyphen makes ("op-amp" in "the
    three-op-amp instrumentation amplifier", "blood" in "blood-brain barrier"): the gap
    there cut the word, "three- [...] instrumentation amplifier", and the rest of it stayed
    on the front (en20: junk)."""
    return any(found.start() > 1 and plain[found.start() - 1] == "-"
               and plain[found.start() - 2].isalnum()
               or plain[found.end():found.end() + 1] == "-"
               and plain[found.end() + 1:found.end() + 2].isalnum()
               for found in target.pattern.finditer(plain))


def _one_han(found: str) -> bool:
    """Whether `found` is one Chinese character: "功", "熵" hidden in prose ask a character
    that any sentence of the subject could hold ("力不做[功]"), and 做功 is a verb."""
    return len(found) == 1 and HAN_CHAR.match(found) is not None


# A Chinese paragraph opening on what it points into: "其中 \(\omega_0\) 称为基波频率，\(T\) 为
# 信号的周期。" right under a heading says what the letters of a formula are, and its card
# showed no formula (a blind review of session 22: junk, "dangling 其中 with no formula").
_CJK_OPENING_POINTER = re.compile(rf"\s*(?:其中|{CJK_POINTING_WORDS})")


def _cjk_opening_pointer(text: str) -> str | None:
    """The pointing word a Chinese fact opens on ("其中", "这"), else None. (Asked only of a
    fact with no fact before it in its section, whose card could show what it points at.)"""
    found = _CJK_OPENING_POINTER.match(text)
    return found.group().strip() if found and in_chinese(text) else None


def _stated(plain: str, subject_stems: frozenset[str],
            topic: frozenset[str] = frozenset(), orphan: int = 0) -> list[_Target]:
    """The phrase the fact states (statements.py), hidden where it stands: a fact with no
    mark and no term still says one thing a card can ask. Not when its words are only the
    article's subject ("caused by the externality" in an article on externalities), nor
    when other words of the text give it away: a guessed gap must be a clean one.

    Among the phrases the fact states, the first that is its new information: not vague
    ("[many machines around the world]"); not a name the text says again by another of its
    words ("announced by [George Marshall] … Marshall was …") or that the article's title
    or heading says (`topic`); not a subject that is the topic ("[DNS queries] normally use
    UDP" under "How DNS works", which asks "DNS queries normally use [UDP]"). The eighth
    review judged such gaps
    given away or vague. With nothing better, the first phrase, as before."""
    # Not a phrase before `orphan`: a first sentence pointing at what its card does not show.
    candidates = [c for c in clean_statement_spans(plain) if c[0] >= orphan]
    if not candidates:
        return []
    topic_index = Stems(topic) if topic else None

    def topical(start: int, end: int) -> bool:
        # By its first word: "DNS queries" under "How DNS works" is the topic, "Mast cells"
        # under "Cells of the Immune System" is one kind of it, and the card's answer.
        first = re.sub(r"\W+", "", plain[start:end].split()[0]).casefold()
        return topic_index is not None and bool(first) and topic_index.related(stem(first))

    chosen = None
    for start, end, doer in candidates:
        stems = content_stems(plain[start:end])
        if (stems and stems <= subject_stems) or _name_said_again(plain, start, end, topic) \
                or plain[start:end].split()[0].casefold() in _VAGUE \
                or open_set_member(plain, start, end):
            continue
        if doer and topical(start, end):
            found = doer_object(plain, start)
            if found is None or topical(*found):
                continue
            start, end = found
        chosen = (start, end)
        break
    if chosen is None:
        start, end, _ = candidates[0]
        stems = content_stems(plain[start:end])
        if stems and stems <= subject_stems:  # a year has no words, and is no subject
            return []
        chosen = (start, end)
    start, end = chosen
    # Only that occurrence: "the higher …, the higher the PED" asks the second one.
    return _set_members(plain, start, end) or [_said_at(plain, start, end)]


# Between the members of a set a sentence names: "lipase, amylase and protease", "the sacrum
# and the heels". Not "or": alternatives are no set. In Chinese, 、 parts a set, and 和/与/及
# joins its last two members only after a 、: alone, 和 is as often inside a word (饱和度,
# 缓和) as between two.
# A comma joins members only with a space after it ("250,000" is one number), and the set
# says "and" somewhere: "Salzburg, Austria" or "Washington, D.C." is one place, no set of two.
_SET_JOIN = re.compile(r"\s*,\s+(?:(?:and|und|et|y|e|og|och)\s+)?|\s+(?:and|und|et|y|e|og|och)\s+")
_SET_AND = re.compile(r"\s(?:and|und|et|y|e|og|och)\s")
_CJK_SET_JOIN = re.compile(r"\s*、\s*")
# Pairs said as one name, never two members: "supply and demand", "Bosnia and Herzegovina".
_BINOMIALS = re.compile(
    r"\b(?:supply and demand|checks and balances|trial and error|cause and effect|"
    r"research and development|law and order|pros and cons|profit and loss|mergers and "
    r"acquisitions|oil and gas|rock and roll|bed and breakfast|black and white|"
    r"bosnia and herzegovina|trinidad and tobago|antigua and barbuda|saint kitts and nevis|"
    r"são tomé and príncipe|sao tome and principe|heart and lungs? machine|"
    r"angebot und nachfrage|offre et demande|oferta y demanda|domanda e offerta)\b", re.I)
_CJK_LAST_JOIN = re.compile(r"\s*(?:以及|和|与|與|及)\s*")
_SET_ARTICLE = re.compile(r"(?:the|a|an|el|la|los|las|le|les|il|lo|gli|i|die|der|das|den)\s+",
                          re.I)
# A member opening on a preposition is a place or a circumstance ("nelle articolazioni e
# nella trachea"), one phrase of the sentence, not a set's member. (English ones, "in",
# "with", are STOP_WORDS, which _set_members checks too.)
_MEMBER_PREPOSITION = frozenset(
    "nel nella nelle nei negli nello del della delle dei degli dello en dans sur sous de des "
    "du aux au im am zum zur vom beim auf mit".split())
MAX_SET_MEMBERS = 5
MAX_MEMBER_WORDS = 4


def _set_members(plain: str, start: int, end: int) -> list[_Target]:
    """The members of a set a stated phrase names, each a gap of its own: "Risk factors …
    are [anticoagulation] and cerebral amyloid angiopathy" and "… anticoagulation and
    [cerebral amyloid angiopathy]", one card a member with the others shown. Behind one gap
    the set was an enumeration to recite (three blind reviews of session 22: weak, "asks for
    a set of three enzymes in one gap", "货币乘数取决于[…]"; junk, "El citoplasma celular
    contiene los [ribosomas y el retículo endoplasmático]"). [] unless the phrase is 2 to
    MAX_SET_MEMBERS short members and nothing else."""
    answer = plain[start:end]
    if any(c in answer for c in "()[]{};:\\"):
        return []
    members: list[tuple[int, int]] = []
    if HAN_CHAR.search(answer):
        position = 0
        for join in _CJK_SET_JOIN.finditer(answer):
            members.append((position, join.start()))
            position = join.end()
        if not members:
            return []
        last = _CJK_LAST_JOIN.search(answer, position)
        if last is not None and last.start() > position:
            members.append((position, last.start()))
            position = last.end()
        members.append((position, len(answer)))
    else:
        if not _SET_AND.search(answer) or _BINOMIALS.search(answer):
            return []
        position = 0
        for join in _SET_JOIN.finditer(answer):
            members.append((position, join.start()))
            position = join.end()
        members.append((position, len(answer)))
    if not 2 <= len(members) <= MAX_SET_MEMBERS:
        return []
    targets = []
    for s, e in members:
        article = _SET_ARTICLE.match(answer, s)
        s = article.end() if article and article.end() < e else s
        member = answer[s:e].strip()
        first = member.split()[0].casefold() if member.split() else ""
        if not member or word_count(member) > MAX_MEMBER_WORDS or first in STOP_WORDS or \
                first in _MEMBER_PREPOSITION:
            return []
        targets.append(_said_at(plain, start + s, start + s + len(member)))
    return targets


def _named_thing(plain: str, subject_stems: frozenset[str],
                 topic: frozenset[str], quoted: bool = False) -> list[_Target]:
    """A fact that states none of _stated's shapes but names a thing past its opening
    words (statements.named_spans: "Becomes president after [FDR]'s death"): the name,
    hidden where it stands. Not the article's subject, nor a name its title or heading
    says (`topic`: "Truman" in "Truman and the Cold War" is on every card of it).
    `quoted`: only a name in quotation marks."""
    for start, end in named_spans(plain):
        if quoted and not (start and plain[start - 1] in "“\"「『"):
            continue
        stems = content_stems(plain[start:end])
        if not stems or stems <= subject_stems or _name_said_again(plain, start, end, topic) \
                or all(any(related(s, t) for t in topic) for s in stems):
            continue
        return [_said_at(plain, start, end)]
    return []


def _open_doer_target(plain: str, subject_stems: frozenset[str],
                      topic: frozenset[str], find=None) -> list[_Target]:
    """A fact that made no card by any other reading, but says what a named thing does with
    a verb of no list (statements.open_doer_span): "[Depreciation] spreads the cost of a
    non-current asset over its useful life". Not the article's subject, nor only words of
    the card's heading (`topic`), on every card of it. `find`: another reading of the
    subject, tried last (statements.subject_statement_span: "[B cells] are made and mature
    in the bone marrow"), where a shape found and refused left the fact without a card."""
    found = (find or open_doer_span)(plain)
    if found is None:
        return []
    start, end = found
    stems = content_stems(plain[start:end])
    if not stems or stems <= subject_stems or stems <= topic:
        return []
    return [_said_at(plain, start, end)]


def _last_shape_target(plain: str, subject_stems: frozenset[str]) -> list[_Target]:
    """A fact that states none of the shapes above and names nothing, but says of its named
    subject which way it goes, what it is for, how many it has or what it is like and why
    (statements.last_shape_span): "Boiling point [increases] as the chain gets longer".
    Tried last, so a fact that already made a card keeps its gap."""
    found = last_shape_span(plain)
    if found is None:
        return []
    start, end = found
    stems = content_stems(plain[start:end])
    if stems and stems <= subject_stems:
        return []
    return [_said_at(plain, start, end)]


def _starts_ends_target(plain: str) -> list[_Target]:
    """Where a Chinese fact says a named thing starts and ends (statements.starts_ends_spans_cjk:
    "根轨迹起始于[开环极点]，终止于[开环零点]"): both terms behind one cloze, as each alone is
    told by the other beside it."""
    found = starts_ends_spans_cjk(plain)
    if found is None:
        return []
    (start, end), (start2, end2) = found
    return [_Target(f"said:{plain[start:end].casefold()}|{plain[start2:end2].casefold()}",
                    re.compile(f"{_only_at(plain, start, end).pattern}|"
                               f"{_only_at(plain, start2, end2).pattern}", re.S))]


def _terse_item_target(plain: str, context: str) -> list[_Target]:
    """A terse item's own gap where no other reading found one (statements.terse_item_span:
    "leggi fascistissime [1925-1926]", "first line [amoxicillin or doxycycline]", "seit 表示
    [从过去持续到现在的时间]"): tried last, so what a sentence names or states comes first.
    `context`: the heading its card shows."""
    found = terse_item_span(plain, context)
    return [_said_at(plain, *found)] if found else []


def _written_as_initials(answer: str, plain: str) -> bool:
    """Whether `plain` writes the initials of `answer`'s words as an abbreviation,
    capitalised ("Qd", "MSC"): not the word "so" of "so that" for "social optimum"."""
    initials = "".join(word[0] for word in answer.split())
    return len(initials) > 1 and re.search(
        rf"(?<!\w){re.escape(initials[0].upper())}{re.escape(initials[1:])}(?!\w)"
        rf"|(?<!\w){re.escape(initials.upper())}(?!\w)", plain) is not None


def _naming_target(plain: str, lead: str) -> list[_Target]:
    """A fact that only names what the sentence before it says ("… reject information
    that does not fit their view of the world. This is [cognitive dissonance]"): the name
    (statements.naming_span), where the card shows that sentence: the text's own, or the
    sentence the fact points back at (`lead`). Not a name the text gives away."""
    found = naming_span(plain)
    if found is None or found[2] and not (lead and _lead_fits(lead, plain)):
        return []
    start, end, _ = found
    if giveaways(plain, plain[start:end], ((start, end),)) or (lead and giveaways(
            lead, plain[start:end])):
        return []
    return [_said_at(plain, start, end)]


# A year alone as a gap, with no day or month: "[1789]".
_BARE_YEAR = re.compile(r"(?:1[0-9]|20)[0-9]{2}")


# "served by [many machines around the world]", "run by [your internet provider]": a phrase
# opening so has many right answers (the eighth review: "vague gap").
_VAGUE = frozenset("""many some several various other others most much few lots numerous
certain different your their our its his her my""".split())
_NAME_WORD = re.compile(r"[A-Z][\w'’-]{2,}")


def _name_said_again(plain: str, start: int, end: int, topic: frozenset[str]) -> bool:
    """Whether the phrase at [start, end) is a name of two words or more ("George
    Marshall") whose later word the rest of the text or the `topic` says ("Marshall was
    …", "The Marshall Plan"): a surname gives the name away though its first word does not."""
    words = plain[start:end].split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    rest = f"{plain[:start]} {plain[end:]}"
    for word in words[1:]:
        if not _NAME_WORD.fullmatch(word):
            continue
        if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", rest):
            return True
        if any(related(stem(word.casefold()), t) for t in topic):
            return True
    return False


# What stands before a noun without making it another kind of thing: "the base rate" is a
# base rate; "their rate" is the label's own.
_NO_KIND = frozenset("""a an the this that these those its their his her our your my new
    own same each every any of and or to in on at by for with from""".split())


# A label that is a common noun and the name that tells which after a connector: "Courant
# de Humboldt", "Law of Demand", "Battle of Verdun", "Canale di Suez".
_NAMED_AFTER_CONNECTOR = re.compile(
    r"([^\W\d_]+)\s+(?:of|de|du|des|del|della|di|da|do|von|van)\s+[A-Z][\w'’-]*(?:\s+\S+)?")


def _renamed_in_text(label: str, plain: str) -> str | None:
    """Why a two-word label is no gap when its text calls the same thing by another name of
    the same head: "Policy rate" over "The committee changes the base rate" would hide
    "Policy" beside "base rate", which answers it (a review: junk). None otherwise."""
    words = label.split()
    if len(words) != 2 or not all(w[:1].isalpha() for w in words) or \
            re.search(rf"(?<!\w){re.escape(words[0])}(?!\w)", plain, re.I):
        return None
    for found in re.finditer(rf"(?<![\w-])([A-Za-z][\w-]*)\s+{re.escape(words[1])}(?!\w)",
                             plain, re.I):
        if found[1].casefold() not in _NO_KIND:
            return (f'is called "{found.group()}" in its text, which answers the half of '
                    "it a card would hide; name it one way")
    return None


class SiblingStems:
    """The stems of a labelled item's siblings' labels: every label's of its list that
    shares three letters with one of its own (quality.related needs them), less its own
    that no other label has. Asked by membership and `related`, never listed: each item
    building a Stems of its siblings' stems made a long list of like labels ("umziehen0",
    "umziehen2", …) quadratic; the list's Stems, one per three letters, are built once
    (`buckets`) and asked with the item's own stems left out."""

    def __init__(self, by_three: dict[str, Counter], buckets: dict[str, Stems],
                 own: frozenset[str] | set[str]) -> None:
        self.by_three, self.buckets = by_three, buckets
        self.threes = {stem[:3] for stem in own}
        self.alone = frozenset(stem for stem in own if by_three[stem[:3]][stem] == 1)

    def __bool__(self) -> bool:
        return sum(len(self.by_three[three]) for three in self.threes) > len(self.alone)

    def __contains__(self, stem: str) -> bool:
        return stem[:3] in self.threes and stem in self.by_three[stem[:3]] and \
            stem not in self.alone

    def related(self, stem: str) -> bool:
        if stem[:3] not in self.threes:
            return False
        if stem[:3] not in self.buckets:
            self.buckets[stem[:3]] = Stems(self.by_three[stem[:3]])
        return self.buckets[stem[:3]].related(stem, self.alone)


def _item_text(label: str, plain: str, subject: frozenset[str],
               shared: SiblingStems) -> tuple[str, _Target | None]:
    """A labelled item's card text and the gap that asks its label (its key "label" keeps
    the cloze number the item always had).

    Where the text says the label ("… it can fall into groupthink, …"), asking the label
    showed it in the text, or masked it there as a second gap ("[…] — collectivism has a
    strong focus on […] bonds and mutual […]"), which both blind reviews judged weak or
    junk. The card is then the text alone with those words as its gap: one fact, cued by
    the rest of the text; the label says the same and is left off. Where the text says
    only some of the label's words ("group", "support" for "Group Cohesion and Support"),
    the gap is the part it does not say. A text that gives its label away by no word
    (`giveaways`: "prices" beside "Asset prices" leaves the word that tells which) asks the
    label from the text, as before."""
    text = f"{label} — {plain}"
    # (Letters typed as a formula, "$NDP$ - net domestic product" in a legend of symbols,
    # are letters too: asked, "[…] — net domestic product" spelled them (blind sample
    # 4211: junk).)
    typed = _LETTERS_AS_TEX.fullmatch(label)
    spelled = spelled_by_initials(typed["letters"] if typed else label, plain)
    if spelled and (at := plain.find(spelled)) >= 0:
        # "AF — Atrial fibrillation", "FTP — Port: 21; Description: File transfer protocol":
        # the text spells its abbreviation letter by letter, so hiding "FTP" asks nothing
        # (the thirteenth review's "LDR", junk); the card asks what the abbreviation stands
        # for instead, under the same key and cloze number.
        start = len(text) - len(plain) + at
        return text, _Target("label", _only_at(text, start, start + len(spelled)))
    telling = _telling_in_text(label, plain, shared)
    if giveaways(plain, label, subject=subject):
        said = label_in_text(label, plain, shared)
        if said and said_as_another_word(label, plain, said):
            # "Spending" over "Households and firms borrow and spend less": the text says
            # its one-word label only as another word ("spend"), so the gap would be that
            # everyday verb in its sentence, "borrow and [spend] less", guessable from plain
            # English (two reviews: junk, weak); and asked from the text, the label is given
            # away by it. No card (`None`).
            return plain, None
        if said and said_as_amount(label, plain, said):
            # "Light intensity" over "more light speeds it up …": the text's "light" is the
            # label's amount. Asked alone, "more […] speeds it up" fits every factor of the
            # list (three reviews: junk); asked with the text's word masked too, "[…] — more
            # […] gives a faster rate" was junk in two reviews of session 19 (two gaps, either
            # factor fits). No card (`None`).
            return plain, None
        part = plain[said[0]:said[1]].casefold() if said else ""
        named_after = _NAMED_AFTER_CONNECTOR.fullmatch(label)
        if said and (named_after and part.split()[:1] == [named_after[1].casefold()] or (
                label.isalpha() and part in label.casefold()
                and len(part) <= 0.7 * len(label))):
            # "Courant de Humboldt" over "courant froid qui longe la côte du Pérou", or
            # "Seitenerosion" over "Fluss erodiert auf die Seiten": the text says the
            # label's common part, and a gap there asks that everyday word with the name
            # that tells which gone, "[…] froid qui longe …" (junk). No card (`None`).
            # ("Antibody production" over "lymphocytes make antibodies …" still asks
            # "antibodies": what it leaves unsaid is no name after "of"/"de".)
            return plain, None
        if said:
            return plain, _Target("label", _only_at(plain, *said))
        # "energy" gives "Pyramid of energy" away as "Terror" does "Reign of Terror"
        # (quality._HEAD_OF), but beside "Pyramid of numbers" it is the gap itself (below).
        unsaid = None if telling else label_unsaid(label, plain)
        if unsaid and _VERSUS.search(label):
            # "Short vs. long-term" over "Working memory ~ short-term maintenance …": the
            # side the text does not say is the other of a pair the label shows, "Short vs.
            # [long-term]" (blind sample 4201: junk, "a filler gap"). No card (`None`).
            return plain, None
        if unsaid:
            return text, _Target("label", _only_at(text, *unsaid))
    if telling:
        # "[Pyramid of energy] — shows the energy flowing …": "Pyramid of" is every
        # sibling's, so "energy" is the word that tells which, and the text says it (the
        # eighth review: junk). It is the gap, in the label and in the text: "Pyramid of
        # […] — shows the […] flowing through each level per year".
        shift = len(text) - len(plain)
        at = [*((s, e) for s, e, st in content_words(label) if not shared.related(st)),
              *((s + shift, e + shift) for s, e in telling)]
        return text, _Target("label", re.compile("|".join(
            rf"(?<=\A.{{{s}}}){re.escape(text[s:e])}" for s, e in at), re.S))
    # "Law of" is every sibling's ("Law of segregation", "Law of dominance"), so the first
    # word of the rest tells the label as a first word does: "… sorted into gametes
    # independently …" gave away "[Law of independent assortment]" (blind review). The text's
    # word is masked with the label, one gap, as an answer's first word is (quality.giveaways).
    common = frozenset(st for _, _, st in content_words(label) if shared.related(st)) \
        if shared else frozenset()
    told = giveaways(plain, label, subject=subject | common) if common else []
    if told:
        shift = len(text) - len(plain)
        at = [(0, len(label)), *((s + shift, e + shift) for s, e in told)]
        return text, _Target("label", re.compile("|".join(
            rf"(?<=\A.{{{s}}}){re.escape(text[s:e])}" for s, e in at), re.S))
    return text, _Target("label", term_pattern(label))


# Two sides a label sets against each other: "Short vs. long-term", "Nature versus nurture".
_VERSUS = re.compile(r"\s(?:vs\.?|versus)\s", re.I)


# Letters typed as a formula, alone: "\\(NDP\\)", "\\(\\text{GDP}\\)".
_LETTERS_AS_TEX = re.compile(r"\\\(\s*(?:\\(?:text|mathrm)\{)?(?P<letters>[A-Z]{2,6})\}?\s*\\\)")


def _cjk_first_sentence_end(plain: str) -> int:
    """Where the first Chinese sentence of `plain` ends (after its 。！？, none inside a
    formula), or its length."""
    stop = CJK_SENTENCE_STOP.search(shield_math(plain))
    return stop.end() if stop else len(plain)


def _cjk_label_in_text(label: str, plain: str) -> tuple[_Target | None, str] | None:
    """The gap asking a Chinese label that its text's first sentence says, or (None, why)
    for no card; None where the label is no Chinese word its first sentence says.

    "[混叠] — [混叠]会使高频分量折叠到低频…。因此…要先经过抗[混叠]滤波器…" and "[螺型位错] —
    [螺型位错]的柏氏矢量与位错线平行。与刃型位错相比，[螺型位错]没有…" hid one answer two or
    three times (a learner's read: junk), once inside a longer word. As an English item
    whose text says its label (_item_text), the card is the text alone, the label asked
    where its first sentence says it: "[混叠]会使高频分量折叠到低频…". The sentences after
    it, which say it again, are the back's: the first must end the front (ends_its_fact).
    A first sentence saying the label only inside a longer word ("滑移" over "位错…沿滑移面
    运动") spells the answer whether that word is shown or half hidden: no card."""
    if not HAN_RUN.fullmatch(label) or label not in plain:
        return None
    first_end = _cjk_first_sentence_end(plain)
    said = [m.span() for m in re.finditer(re.escape(label), plain)]
    first = [span for span in said if span[1] <= first_end]
    if not first:
        return None
    joined = [span for span in first if not stands_as_a_word(plain, *span)]
    if joined:
        start, end = joined[0]
        return None, (f'is said in its text\'s first sentence joined to the characters beside '
                      f'it ("{plain[max(0, start - 2):end + 2]}"), in a longer word that spells '
                      "it or that a gap would cut; say what it is in a sentence of its own")
    start, end = first[0]
    if any(s >= first_end for s, _ in said) and not ends_its_fact(
            plain[:first_end], [(start, end, "label")]):
        return None, ("is said again in its text after a first sentence too short to ask "
                      "it from alone; say it once")
    return _Target("label", _only_at(plain, start, end)), ""


def _telling_in_text(label: str, plain: str,
                     shared: SiblingStems) -> list[tuple[int, int]]:
    """Where `plain` says each word of `label` that tells it from its siblings' labels (the
    words those lack: "energy" of "Pyramid of energy" beside "Pyramid of numbers"), when
    there are such words and the text says them all; else []."""
    if not shared:
        return []
    own = [st for _, _, st in content_words(label) if not shared.related(st)]
    if not own or len(own) == len(content_words(label)):
        return []
    index = Stems(set(own))
    found = [(s, e, st) for s, e, st in content_words(plain) if index.related(st)]
    said = Stems({st for _, _, st in found})
    if not all(said.related(st) for st in own):
        return []
    return [(s, e) for s, e, _ in found]


_BRACKETED = re.compile(r"\s*\(\s*([^()]+?)\s*\)")


def _expansion(plain: str, start: int, end: int, phrase: str) -> re.Pattern[str] | None:
    """Where a marked abbreviation stands beside its expansion in brackets, the expansion
    where it stands, as the phrase to ask: "**SABA** (Short-Acting Beta-Agonist) is the
    first-line rescue medication" hid "SABA" with its letters spelled on the card (the
    thirteenth review's "LDR", junk), so it made no card; "SABA ([…]) is …" asks what the
    letters stand for, as a labelled "AF — Atrial fibrillation" does (label_target). The
    other way round, "Light dependent resistor (**LDR**)", asks the expansion with its
    bracketed letters masked beside it. None unless the brackets hold all the words the
    letters spell and nothing else."""
    after = _BRACKETED.match(plain, end)
    # Read loosely too: "**NIR** (near infrared)", "infrared" giving two of its letters.
    if after and (spelled_by_initials(phrase, after.group(1)) == after.group(1)
                  or reads_as_abbreviation(phrase, after.group(1))):
        return _only_at(plain, after.start(1), after.end(1))
    # Read around the gap where it stands: a copy of the text before each gap (and after
    # it) was quadratic in one long fact (a 2 MiB paragraph's 30,000 gaps).
    before = _space_before(plain, start)
    if plain[before - 1:before] == "(" and plain.startswith(")", _space_after(plain, end)):
        before = _space_before(plain, before - 1)
        # Read from the last few words: the letters spelled earlier in the text are no
        # expansion beside them.
        spelled = spelled_by_initials(
            phrase, " ".join(_last_words(plain, before, 2 * len(phrase))))
        if spelled and plain.endswith(spelled, 0, before):
            return _only_at(plain, before - len(spelled), before)
        # "near infrared (**NIR**)": the fewest words before it that it reads off loosely.
        # Only an abbreviation can (reads_as_abbreviation): no word list for other gaps.
        if not looks_like_abbreviation(phrase):
            return None
        words = list(re.finditer(r"\S+", plain[max(0, before - 32 * len(phrase)):before]))
        offset = max(0, before - 32 * len(phrase))
        for count in range(1, min(len(phrase), len(words)) + 1):
            first = words[-count]
            if reads_as_abbreviation(phrase, first.group() if count == 1 else
                                     plain[offset + first.start():before]):
                return _only_at(plain, offset + first.start(), before)
    return None


def _space_before(text: str, end: int) -> int:
    """Where the whitespace that ends text[:end] starts: len(text[:end].rstrip())."""
    while end and text[end - 1].isspace():
        end -= 1
    return end


def _space_after(text: str, start: int) -> int:
    """Where the whitespace that opens text[start:] ends: len(text) - len(text[start:].lstrip())."""
    while start < len(text) and text[start].isspace():
        start += 1
    return start


def _last_words(text: str, end: int, count: int) -> list[str]:
    """text[:end].split()[-count:], read from as few characters before `end` as it takes."""
    width = 32 * (count + 1)
    while count > 0:
        start = max(0, end - width)
        words = text[start:end].split()
        # The first word of a window that does not open the text may be cut: it counts
        # only when the window holds more than `count` words.
        if start == 0 or len(words) > count:
            return words[-count:]
        width *= 4
    return text[:end].split()[-count:]


# A label whose value is one thing to recall: the formula, the answer.
_VALUE_LABEL = re.compile(r"(?:(?:general|chemical|molecular|structural)\s+)?(?:formulae?|answer)",
                          re.I)
_LABEL_VALUE = re.compile(r"\s*:\s*([^,;.!?]+?)\s*(?:[.!?](?:\s|$)|$)")
VALUE_WORDS = 4


def _labelled_value(plain: str, start: int, end: int, phrase: str) -> re.Pattern[str] | None:
    """Where a text opens with a marked label that is a kind of text with one value
    ("**General Formula:** CnH2n+2", "**Answer:** Legionella pneumophila. Send …"), that
    value where it stands, as the phrase to ask: the label itself is no term to recall (it
    was left out as one, so the text made no card), and its value is what the author wants
    known. Only a short value (up to VALUE_WORDS words, no list): "Examples: Clothing, tools,
    …" and "Note: Larger ionic charges produce …" still make no card."""
    if start != 0 or not _VALUE_LABEL.fullmatch(phrase.strip(" :")):
        return None
    value = _LABEL_VALUE.match(plain, end - 1 if plain[end - 1:end] == ":" else end)
    if value is None or not 0 < word_count(value.group(1)) <= VALUE_WORDS:
        return None
    return _only_at(plain, value.start(1), value.end(1))


def _spelled_out_after_letters(plain: str, start: int, end: int,
                               phrase: str) -> re.Pattern[str] | None:
    """Where a text is letters and the words they stand for, the words asked, marked
    ("ANCA: anti nuclear cytoplasm antibody", "GS — goodpastures syndrome"), that value
    where it stands: the letters are the card's cue ("Glomerulonephritis screen › ANCA:
    [...]"). Found by the phrase's forms, the gap took the letters too, "[...]: [...]"
    (blind sample 4121: junk). With no title the front is the letters alone, which the
    rule of two words beside a gap (MIN_FRONT_WORDS) refuses: no card, as before."""
    letters = _letters_spelled_out(plain, phrase)
    if letters is None or letters.end() != start or plain[end:].strip(" .*"):
        return None
    return _only_at(plain, start, end)


def _letters_spelled_out(text: str, words: str) -> re.Match | None:
    """The letters `text` opens on as its label (_LETTERS_LABEL), where `words` are what they
    stand for ("ANCA: …" and "anti nuclear cytoplasm antibody"), or None."""
    letters = _LETTERS_LABEL.match(text)
    return letters if letters is not None and \
        spelled_by_initials(letters["letters"], words) == words.strip() else None


# Letters opening a text as its label, after the list's title if any: "ANCA: …", "GS = …".
_LETTERS_LABEL = re.compile(r"(?:[^›\n]{1,80}›)?\s*(?:\*\*)?"
                            r"(?P<letters>[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)"
                            r"(?:\*\*)?\s*(?:[:=]|\s[—–-])\s*(?:\*\*)?")


def _said_at(plain: str, start: int, end: int) -> _Target:
    """The target of a phrase the fact says (_stated, _named_thing, _last_shape_target):
    keyed by the phrase, found only where it stands."""
    return _Target(f"said:{plain[start:end].casefold()}", _only_at(plain, start, end))


def _only_at(text: str, start: int, end: int) -> re.Pattern[str]:
    """A pattern that finds `text[start:end]` where it stands, and nowhere else."""
    return re.compile(rf"(?<=\A.{{{start}}}){re.escape(text[start:end])}", re.S)


def _value_targets(values) -> list[_Target]:
    """Each amount or unit of a text of such values asked ("5 mg BD" is no part of "2.5 mg
    BD")."""
    return [_Target(f"mark:{value.casefold()}", re.compile(
        rf"(?<![\w.,/]){re.escape(value)}(?!\w)")) for _, _, value in values]


def _prefixed(label: str, plain: str, marked: list[tuple[int, int, str]], between=" — "):
    """"Label — text", with the text's marks moved along by the label's length."""
    shift = len(label) + len(between)
    return f"{label}{between}{plain}", [(s + shift, e + shift, p) for s, e, p in marked]


def _one_mark_per_item(plain: str, marked) -> bool:
    """Whether the text is items joined with "; " (a grouped list, markdown.py _joined_fact,
    or a table's row "TCP: …; UDP: …"), 2 or more, each holding one gap."""
    breaks = [m.start() for m in _ITEM_BREAK.finditer(plain)]
    if not breaks or len(marked) != len(breaks) + 1:
        return False
    return all(bisect_left(breaks, s) == i == bisect_left(breaks, e)
               for i, (s, e, _) in enumerate(sorted(marked)))


# An item of a titled list that is only a name ("Types of volcano: Shield volcano;
# Composite volcano; Cinder cone; [...]") is one member of a set, and the rest shown do not
# say which one is missing: four blind reviews judged such cards junk ("no cue which type is
# missing"; "shale or mudstone would also be right"). Its gap shows the first letter of each
# of its words ("[C…]", "[C… c…]"), Anki's cloze hint, which points at one member without
# saying it. Only names of up to this many words: a longer item says something to recall.
HINTED_ITEM_WORDS = 3
_ROMAN = re.compile(r"[IVXLC]+", re.I)


def _initials_hints(plain: str, spans, kept) -> tuple[tuple[str, str], ...]:
    """(key, hint) for each kept gap of a grouped list (items joined with "; ") that hides
    its whole item, a name of up to HINTED_ITEM_WORDS words: the first letter of each of
    its words, each followed by "…"."""
    bounds = [0, *(m.end() for m in _ITEM_BREAK.finditer(plain)), len(plain) + 1]
    hints = {}
    for start, end, key in spans:
        if key not in kept or key in hints:
            continue
        at = bisect_right(bounds, start) - 1
        item = plain[bounds[at]:bounds[at + 1]].strip(" ;")
        words = plain[start:end].split()
        if item != plain[start:end].strip() or not 0 < len(words) <= HINTED_ITEM_WORDS:
            continue
        if not all(w[:1].isalpha() for w in words):
            continue  # "[4]", "(a)": no letter to show
        if any(len(w) < 3 or _ROMAN.fullmatch(w) or CJK.search(w) for w in words):
            # "Vitamin D": its initials "[V… D…]" are the answer; a Chinese name's first
            # character is a third of it (the code review).
            continue
        if len(words) > 1 and words[0].casefold() in ("the", "a", "an"):
            words = words[1:]  # "The Calvin Cycle": [C… C…], not [T… C… C…]
        hints[key] = " ".join(f"{w[0]}…" for w in words)
    return tuple(hints.items())


def _bare_items(plain: str, marked) -> list:
    """The marks of a grouped list (items joined with "; ") whose item is the mark alone,
    or the mark and one word: a member named with nothing said of it."""
    bounds = [0, *(m.end() for m in _ITEM_BREAK.finditer(plain)), len(plain) + 1]
    bare = []
    for start, end, phrase in marked:
        at = bisect_right(bounds, start) - 1
        item = plain[bounds[at]:bounds[at + 1]]
        rest = item.replace(plain[start:end], " ", 1)
        if len(re.findall(r"[^\W\d_]{2,}|\d+", rest)) < 2:
            bare.append((start, end, phrase))
    return bare


def _with(shared: tuple[Figure, ...], own: Figure | None) -> tuple[Figure, ...]:
    return (*shared, own) if own is not None else shared




def _sentences_at(text: str, cuts: list[int], indexes) -> list[str]:
    """The sentences of `text` at `indexes`, cut where `cuts` (sentence_starts) say."""
    bounds = [0, *cuts, len(text)]
    return [text[bounds[i]:bounds[i + 1]].strip() for i in sorted(set(indexes))]


def _split_masked(text: str, targets: list[_Target]) -> list[str]:
    """The text cut where the targets occur: joined with a mask, it shows none of them."""
    pieces, position = [], 0
    for start, end, _ in _hide(text, targets, drop=False)[0]:
        pieces.append(text[position:start])
        position = end
    pieces.append(text[position:])
    return pieces


def _named(index: TermIndex, text: str) -> list[_Target]:
    """The targets of `index` that occur in `text`, in the index's order."""
    return [t for t in index.candidates(text) if t.pattern.search(text)]


# A comparison row that gives an example of each concept ("Example", "Examples", "Example
# study", "Classic example"): any other instance answers its recall card as well.
_AN_EXAMPLE = re.compile(r"\bexamples?\b|\be\.g\.", re.I)


def _in_formula_fault(answer: str, formula: str) -> str:
    """Why a card whose answer a formula on its front says is not made."""
    tex = " ".join(formula.split())
    tex = tex if len(tex) <= 60 else tex[:57] + "…"
    return (f'answer "{answer}" is written in the formula {tex} on its card, which a gap '
            "may not cut; mark a phrase the formula does not say, or mark the formula")


def _with_giveaways(text: str, spans, answers: dict[str, str], mask_key: str | None = None,
                    subject: tuple[tuple[int, int], ...] = (),
                    subject_stems: frozenset[str] = frozenset()) -> tuple[tuple, dict[str, str]]:
    """`spans` and every other word of `text` that shares a stem with an answer's words;
    and, by answer key, a formula that says the answer on the card (below).

    "lack of social support" on the card for "Lack of Support" answers it: those words go
    into the same gap (one cloze number, so identity is untouched) or, in a context line,
    into a mask. Masking keeps the card a recall of the label from what the text says; the
    other choice, asking for the text from the label, would hide a whole sentence.

    A gap never cuts a formula: a word of an answer inside a longer formula
    ("\\text{Accuracy} = \\frac{TP + TN}{…}" under the answer "accuracy") stays as typed,
    and is returned by the answer's key: shown, it gives the answer away, and the caller
    makes no such card. A context line (`mask_key`) masks the formula whole instead: its
    mask only sends the card to another context line, and none is returned.
    """
    taken = tuple((s, e) for s, e, _ in spans) + subject
    formulas = math_spans(text) if "\\" in text else []
    # Asked of each give-away: a scan of every formula for each was quadratic in a
    # paragraph of highlighted formulas.
    cut, hidden = formula_cut(formulas), set()  # formulas hidden whole so far
    in_formula = None  # overlap_test(formulas), built for the first initials token
    extra = []
    in_formulas: dict[str, str] = {}
    # Where each answer's gaps end, read once: a 2 MiB paragraph has 30,000 gaps.
    ends: dict[str, list[int]] = {}
    if "(" in text:
        for _, end, key in spans:
            if _BRACKET_AFTER.match(text, end):
                ends.setdefault(key, []).append(end)
    skip, skipped = taken, 0
    for key, answer in answers.items():
        if len(extra) > skipped:
            # A new tuple only when it holds more: giveaways keeps its overlap test for the
            # last tuple it was given, and a 2 MiB paragraph's 97 answers, few of which
            # find give-aways, each sorted its 30,000 gaps again for a copy of one tuple.
            skip, skipped = taken + tuple((s, e) for s, e, _ in extra), len(extra)
        if math_spans(answer) == [(0, len(answer))] and (
                answer.startswith("\\[") or "=" in answer):
            # A formula asked whole: its TeX's command names are no words ("\\dots" in
            # the front's math is no give-away to mask); what writes it out is
            # formula_written_out's to judge, and its name is the question.
            continue
        # A word saying part of an answer stays in the text, whose other words are what
        # tells (quality.says_part_only); a context line alone cannot tell: "Ports" above
        # "a 16-bit number" says all of "port number".
        # "[major 3rd] — Abbr.: M3": a token that spells the answer's initials says it as
        # "(DV)" does (blind reviews: "M3" beside the gap for "major 3rd", "just the
        # initials"). Masked with the gap, not taken for the text saying its label
        # (_item_text), so the row still asks its name from what else it says ("Semitones: 4").
        found = giveaways(text, answer, skip, subject_stems, parts=mask_key is None,
                          context=mask_key is not None)
        # Not inside a formula, where the letters are its symbol ("\\text{MSE} = …"): a gap
        # may not cut it, and hidden whole or refused, the card asked the formula too or
        # nothing (a dev set's "[mean squared error] or MSE": its text's "MSE" is masked).
        # By bisection (overlap_test, kept for `skip` since giveaways asked it): every span
        # and formula scanned for each token was quadratic in a paragraph of "MSE $x_i$ …".
        initials = initials_shown(text, answer) + _bracket_spelling(
            text, ends.get(key, ()), answer)
        if mask_key:
            # "Why vegetation looks bright in the NIR" above the card for "near infrared":
            # the heading says the answer in letters a learner reads back (read loosely
            # only here, where a mask just sends the card to another context line).
            initials += _abbreviations_of(text, answer)
        if initials:
            # (Not the letters a text opens on as the answer's label, "ANCA: [anti nuclear
            # cytoplasm antibody]": they are its cue, _spelled_out_after_letters.)
            letters = _letters_spelled_out(text, answer)
            initials = [(s, e) for s, e in initials
                        if letters is None or letters.span("letters") != (s, e)]
        if initials:
            shown, in_skip = set(found), overlap_test(skip)
            if formulas and in_formula is None:
                in_formula = overlap_test(formulas)
            initials = [(s, e) for s, e in initials if (s, e) not in shown
                        and not in_skip(s, e) and not (formulas and in_formula(s, e))]
        for start, end in sorted((*found, *initials)):
            # A formula the answer holds whole is hidden whole: "**$v_1$** … **$v_1$ media**"
            # hid "v_1" inside the first formula, a cloze within TeX ("\\({{c1::v_1}}\\)").
            whole = cut(start, end)
            if whole is not None and text[whole[0]:whole[1]] not in answer and \
                    mask_key is None:
                # A formula that only holds the answer's word ("\\text{Accuracy} = …" under
                # "accuracy") was masked where the word stands, a cloze inside TeX that
                # renders as "\\text{[…]}" in the middle of the formula; hidden whole, the
                # card asked the formula besides the word. It stays as typed, and the card
                # that it answers is not made (by the caller, which is given the formula).
                in_formulas.setdefault(key, text[whole[0]:whole[1]])
                continue
            if whole is not None:
                if whole in hidden:
                    continue  # hidden whole already
                start, end = whole
            hidden.update(formulas_within(formulas, start, end))
            extra.append((start, end, mask_key or key))
    return _joined(text, sorted((*spans, *extra))), in_formulas


# Content words a sentence shows besides its gaps to stand with no context line: "Earth's
# crust is broken into […] that move a few centimetres a year on the mantle below" does.
PLACING_WORDS = 6
# A word a phrase points at with its determiner: "down the group", "its nucleus".
_POINTED_AT = re.compile(r"\b(?:the|this|that|these|those|its|their)\s+$", re.I)
# Brackets right after a gap: "[…] (NIR)", "the [NIR] (near infrared)".
_BRACKET_AFTER = re.compile(r"[ \t]*\(\s*([^()\n]{1,80}?)\s*\)")


def _bracket_spelling(text: str, ends, answer: str) -> list[tuple[int, int]]:
    """What brackets right after a gap of `answer` (gaps ending at `ends`) hold, where it is
    the answer in other letters: an abbreviation read off its words in order ("Healthy
    leaves reflect strongly in the [...] (NIR)" for "near infrared": a blind reviewer's
    junk, though "infrared" gives two letters, so initials_of misses it), or the words an
    abbreviation answer stands for ("the [NIR] (near infrared)"). Masked with the gap,
    they fold into it (_joined): the card asks "near infrared (NIR)" behind one "[…]"."""
    found = []
    bare = answer.strip()
    for end in ends:
        after = _BRACKET_AFTER.match(text, end)
        if after and (reads_as_abbreviation(after.group(1), bare)
                      or reads_as_abbreviation(bare, after.group(1))):
            found.append((after.start(1), after.end(1)))
    return found


# A word in capitals: "NIR", "DNA", "LDRs". Not one in camel case ("VirTheo" of a file's
# name made a title): a context line's word that only mixes cases is a name's.
_CAPITALS_TOKEN = re.compile(r"(?<![\w'’-])[A-Z]{2,}s?(?![\w'’-])")


def _abbreviations_of(text: str, answer: str) -> list[tuple[int, int]]:
    """The words in capitals of `text` that read as an abbreviation of `answer`, of two
    words or more (reads_as_abbreviation): "NIR" for "near infrared". Never of a word
    alone: read so loosely, "UK" reads off "unknown", and "MIT" off "mitochondria", "CAT"
    off "catalase" (the code review of the seventeenth session: "## MIT lecture 3" was left
    off as if it said the answer)."""
    if _CAPITALS_TOKEN.fullmatch(answer.strip()) or len(content_words(answer)) < 2:
        return []
    return [m.span() for m in _CAPITALS_TOKEN.finditer(text)
            if reads_as_abbreviation(m.group(), answer)]


# Where a short cell joins two things: "Ridges and shield volcanoes", "Takes in CO₂, gives
# out O₂", "Growth, repair, asexual reproduction". One comma beside a single word is a list
# of adjectives ("Controlled, artificial environment") or of symbols ("U&E, K+"), read as
# one thing.
_CELL_JOIN = re.compile(r"\s+(?:and|or|but)\s+", re.I)
_CELL_LIST = re.compile(r"\s*;\s*|,\s+")


def _cell_parts(cell: str) -> list[str]:
    """The things a short cell says, when it joins two or more (each with a word of
    meaning or a number); [cell] otherwise."""
    # A bracketed aside is part of its thing: "Two divisions (I and II)".
    plain = re.sub(r"\s*\([^()]*\)", "", cell).strip(" .")
    listed = [p for p in _CELL_LIST.split(plain) if p.strip()]
    if len(listed) == 2 and any(len(content_words(p)) < 2 for p in listed):
        listed = [plain]
    parts = [p for part in listed for p in _CELL_JOIN.split(part) if p.strip()]
    if len(parts) > 1 and all(content_words(p) or any(c.isdigit() for c in p) for p in parts):
        return parts
    return [cell]


def _without_repeated_tail(context: str, plain: str, spans=()) -> str:
    """The context line without its last part when the text opens by saying it again:
    "Anti-Hypertensive Drugs › ACE Inhibitors" over "ACE Inhibitors › Contraindications:
    […]", "Cardiovascular pharmacology › Digoxin" over "Digoxin inhibits the […]". The
    reviews judged a front that names its heading twice badly worded (a lithium card, the
    pancreas card); the text names it where the learner reads it."""
    head, _, tail = context.rpartition(" › ")
    tail = tail.strip()
    if not head or not tail or not plain[:len(tail)].casefold() == tail.casefold() or \
            spans and min(s for s, _, _ in spans) < len(tail):
        return context  # "[Newton's second law states that …], and …": the gap holds it
    after = plain[len(tail):len(tail) + 1]
    return head if not after or not (after.isalnum() or after in "-'’") else context


# "Ch 8 theories", "Week 3: cells", "Lecture 4": a heading opening with a course's chapter,
# a word for a part of a course, a space and a number of one or two digits. Not a name coded
# with digits ("CH4 emissions", "Ch8", as the Markdown reader's _CODED_NAME reads one), a
# number no course counts to ("Unit 731", "Session 2015 results"), nor the day of an event
# ("Day 1 of the Somme").
_CHAPTER = re.compile(r"(?:ch(?:apter)?|week|wk|lecture|lec|unit|module|session|day)\.?\s+"
                      r"\d{1,2}[a-z]?\b(?![.:,]?\d)(?!\s+(?:of|at|in|on)\b)", re.I)


# The colons closing a label or a term lead into its text: one ("Diffusion:") or a
# Dataview field's two ("Diffusion::", as the Markdown reader reads `Key:: value`). Those of
# Anki's cloze syntax typed in a label ("{{c2::") are typed text, shown as typed.
_LEAD_COLON = re.compile(r"\s*(?<![:：])(?<!\{\{c\d)(?<!\{\{c\d\d)[:：]+$")


def _name_pattern(concept) -> re.Pattern[str]:
    """What a text says of a concept: its name, without a colon it was typed with ("Osmosis:",
    no part of the name: a gap "[Osmosis:]" is a label leading into its text), and forms."""
    return term_pattern(_without_lead_colon(concept.name), concept.forms)


def _without_lead_colon(name: str) -> str:
    """A label or term without the colon that leads into its text ("Diffusion:"), or the
    name as typed when the colon is all it is."""
    return _LEAD_COLON.sub("", name).strip() or name

_ARTICLE_BEFORE = re.compile(r"\b(an?)\s+$", re.I)


def _article_in_concept_gaps(plain: str, spans, subject) -> tuple:
    """The gaps, each one that hides a concept's name (a span of `subject`, the concepts'
    names in `plain`) after "a" or "an" taking the article with it: in "Whereas an […]
    society" the "an" tells "individualist" from "collectivist", the two-way guess the card
    asks (blind review: junk, "the article settles it")."""
    if not subject:
        return spans
    names = set(subject)
    widened = []
    for start, end, key in spans:
        article = None
        if (start, end) in names:
            # Only the few letters before the gap: searching from the text's start again for
            # each gap was quadratic (30 ms a gap in a 2 MiB paragraph, review 13).
            before = start
            while before > 0 and plain[before - 1].isspace():
                before -= 1
            article = _ARTICLE_BEFORE.search(plain, max(0, before - 2), start)
        widened.append((article.start(1), end, key) if article else (start, end, key))
    return tuple(widened)


def _before_mask(text: str, spans) -> str:
    """`text` up to its first masked span, if that is a whole part of it (quality.whole_part)."""
    return whole_part(text[:spans[0][0]]) if spans else text


# A verb that gives the name after it to the noun before it: "a resistive force called
# the drag force", "a protein known as haemoglobin".
_NAMING_VERB = re.compile(r"\s*,?\s+(?:(?:is|are|was|were)\s+)?(?:(?:also|often|usually|"
                          rf"commonly)\s+)?{_NAMING}\s+$", re.I)


# A marked name said to be a piecewise formula whose branches are words: "Il **regime di
# flusso** è: \[\begin{cases} \text{laminare} & \text{se } Re < 2000 \\ … \end{cases}\]".
_NAMED_CASES = re.compile(r"\s*(?:è|sono|is|are|est|sont|es|son|ist|sind)?\s*[:=]\s*(?P<formula>"
                          r"\\\[\s*\\begin\{cases\}(?P<body>.*?)\\end\{cases\}\s*\\\])\s*$", re.S)
_WORD_BRANCH = re.compile(r"(?:\\begin\{cases\}|\\\\)\s*\\text\{[^{}]+\}\s*&")


def _cases_of_marked(plain: str, marked: list) -> list:
    """`marked`, a name the text says is a piecewise formula of words moved to that formula:
    "Il [regime di flusso] è: (cases: laminare se Re < 2000, turbolento se Re > 3000)"
    (a learner's read: junk) asked the name its own branches say ("laminare" and
    "turbolento" are the regimes), and the fact, where each begins, stayed on the front.
    Asked whole from its name, the card recalls the thresholds: "Il regime di flusso è:
    [...]"."""
    kept = []
    for start, end, phrase in marked:
        found = _NAMED_CASES.match(plain, end)
        if found and len(_WORD_BRANCH.findall(f"\\begin{{cases}}{found['body']}")) >= 2:
            kept.append((found.start("formula"), found.end("formula"), found["formula"]))
        else:
            kept.append((start, end, phrase))
    return kept


# The noun a sentence explains its topic with: "The microscopic reason for friction is that
# …", "The main cause of scurvy is …".
_EXPLAINING = re.compile(r"\b(?:reasons?|causes?|explanations?|origins?|mechanisms?|basis)\s+"
                         r"(?:for|of|behind)\s+(?:the\s+)?$", re.I)
_EXPLAINED_BY = re.compile(r"\s+(?:is|are|was|were|lies|lie)\b", re.I)


def _explained_topic(text: str, spans, key: str) -> bool:
    """Whether every gap of `key` is what its sentence explains: "The microscopic reason
    for [...] is that …" (_EXPLAINING before it, "is" after)."""
    gaps = [(s, e) for s, e, k in spans if k == key]
    return bool(gaps) and all(_EXPLAINING.search(text, max(0, s - 40), s)
                              and _EXPLAINED_BY.match(text, e) for s, e in gaps)


def _qualified_topic_cjk(text: str, spans, key: str) -> bool:
    """Whether every gap of `key` is the head of its clause's subject, after a qualifier
    ending on 的 ("右边信号的[收敛域]在某条竖线的右侧"): the clause says something of one kind
    of it, its fact the predicate, as "The reason for [...] is …" explains its gap
    (_explained_topic)."""
    gaps = [(s, e) for s, e, k in spans if k == key]
    return bool(gaps) and in_chinese(text) and all(
        _CJK_QUALIFIER.fullmatch(re.split(r"[。；！？，：、\n]", text[:s])[-1].strip())
        for s, _ in gaps)


# A clause's opening qualifier ending on 的, its subject's head after it ("右边信号的", "周期信号
# 的"): no verb of naming or being in it ("…叫做该点的[应力]", "这就是…的[强度条件]" name their
# gap, and are asked).
_CJK_QUALIFIER = re.compile(r"[^叫称是把则即为有]{1,10}的")


def _kind_before_name_shown(text: str, spans, answers: dict[str, str]) -> tuple:
    """`spans` without a give-away mask on the noun a naming verb follows where it is the
    last word of the name given: "experiences a resistive force called the drag force"
    showed "a resistive [...] called [...]" (a learner's read: junk, two gaps for one
    name). That noun says what kind of thing the name is, the cue; the words before it
    in the name are the answer ("… a resistive force called [...]")."""
    starts = {(k, s) for s, _, k in spans}
    kept = []
    for start, end, key in spans:
        last = (answers.get(key) or "").split()[-1:]
        if last and stem(text[start:end].strip()) == stem(last[0]) and any(
                (key, at) in starts for at in range(end, min(len(text), end + 40) + 1)
                if _NAMING_VERB.fullmatch(text, end, at)) and " " in answers[key].strip():
            continue
        kept.append((start, end, key))
    return tuple(kept)


def _joined(text: str, spans) -> tuple:
    """Neighbouring spans of one gap, with only spaces between, as one: "avoid conflict"
    is one […] on the card, not two; so is a gap and its abbreviation in brackets."""
    out: list[tuple[int, int, str]] = []
    for start, end, key in spans:
        if out and out[-1][2] == key and not text[out[-1][1]:start].strip():
            out[-1] = (out[-1][0], end, key)
        elif out and out[-1][2] == key and text[out[-1][1]:start].strip() == "(" \
                and text.startswith(")", end):
            # "[…] ([…])" for "Price elasticity of demand (PED)": the abbreviation in
            # brackets is the answer again, folded into its gap (a review: "the second gap
            # only hides the abbreviation, which is filler").
            out[-1] = (out[-1][0], end + 1, key)
        else:
            out.append((start, end, key))
    return tuple(out)


def _held(text: str, spans, kept) -> str | None:
    """A target whose answer shows inside another target's gap, when there is one.

    The build asks _Gaps.held instead; this plain form is kept as the reference the property
    test in tests/test_scaling.py compares _hide_unheld against."""
    words = {key: content_stems(text[s:e]) for s, e, key in spans}
    for key in kept:
        for other in kept:
            if other != key and _shown_on_card(text, spans, key) is not None \
                    and len(words.get(key, ())) <= len(words.get(other, ())):
                return key
    return None


# A lead-in that only points at what follows: it says nothing of the items.
_SIGNPOST = re.compile(r"^\W*consider\b|\b(?:the following|as follows|we have|example|"
                       r"below|these)\W*:\s*$", re.I)


# A sentence's pointing subject: "This …", "It …", "These …".
_POINTING_OPENING = re.compile(rf"\W*(?:{POINTING_OPENINGS}|that)\b", re.I)


# A question the text asks: opening on a question word (after a "Q:" or "Frage:" label),
# or, in Chinese and Japanese, holding one. ("Factual causation uses the 'but for' test: …
# would the result have happened?" states a test, whose words are asked.) An item holding
# " — " pairs a phrase with its translation, no question of the text's.
_ASKS_EN = (r"what|which|who|why|how|when|where|does|do|did|is|are|was|were|can|could|should|"
            r"will|would")
_ASKS_OPENING = re.compile(
    r"\W*(?:(?:q|question|frage|domanda|pregunta)\s*\d*\s*[:.]\s*)?"
    rf"(?:{_ASKS_EN}|whom|whose|qu[eé]|cu[aá]l|qui[eé]n|por\s+qu[eé]|c[oó]mo|cu[aá]ndo|d[oó]nde|"
    r"qu'est|quel|quelle|pourquoi|comment|quand|o[uù]|che|cosa|quale|chi|perch[eé]|come|dove|"
    r"welche[rsmn]?|wer|warum|wie|wann|wo)\b", re.I)
_ASKS_CJK = re.compile(r"什么|为什么|怎么|如何|哪|吗|呢|何|なぜ|どう|ですか|ますか|でしょうか")
# The same after the condition it is asked under: "given that a local population might go
# extinct, will the metapopulation go extinct?", "Assuming all of the null hypotheses are
# true, what's the probability …?" (blind sample 3005: "[extinct]", junk).
_ASKS_AFTER_CONDITION = re.compile(
    r"\W*(?:(?:given(?:\s+that)?|if|assuming|suppose|supposing)\b[^?]{0,200}?,\s*|"
    # … or after what the asker grants: "We already have the term word, so why do we need
    # the term **morpheme** at all?" (blind sample 4111: a rhetorical question, junk)
    r"[^?]{0,200}?,\s*(?:so|but|then|and)\s+)"
    rf"(?:{_ASKS_EN})\b", re.I)
# A Japanese question word: "どうして抗生物質はウイルスに効かないでしょうか。" asks,
# though its ending could put a claim mildly (the second re-read).
_WHY_JA = re.compile(r"なぜ|どうして|何|誰|どこ|いつ|どう")
# How far an item's question is read: a long run of text is no question to skip.
_QUESTION_WINDOW = 300


@lru_cache(maxsize=ARTICLE_CACHE)
def _item_breaks(plain: str) -> tuple[int, ...]:
    """Where each "; " of a text stands (a grouped list's items), worked out once per
    text: a check per gap that searched the text for them made a 2 MiB paragraph
    quadratic."""
    return tuple(m.start() for m in re.finditer("; ", plain))


def _in_a_question(plain: str, at: int) -> bool:
    """Whether the sentence, or grouped list item, holding `at` is a question its text asks:
    it ends in "?" and opens on a question word, or holds a Chinese or Japanese one."""
    # (Chinese and Japanese sentences too, "…的酶。那么细胞核的作用是什么？": cjk.)
    starts = sentence_bounds(plain, cjk=True)
    i = bisect_right(starts, at) - 1
    start, end = starts[i], starts[i + 1] if i + 1 < len(starts) else len(plain)
    breaks = _item_breaks(plain)
    j = bisect_right(breaks, at)
    if j and breaks[j - 1] >= start:
        start = breaks[j - 1] + 2
    if j < len(breaks) and breaks[j] < end:
        end = breaks[j]
    # A question over its worked formula ("What is the probability that two cards drawn …
    # will both be aces? \\[\\frac{…}{…}\\]") asks before the formula.
    while plain[start:end].rstrip().endswith("\\]") and \
            (opened := plain.rfind("\\[", start, end)) > at:
        end = opened
    tail = plain[max(start, end - 12):end].rstrip(" \t\"”’)*_;")
    # (Japanese asks with "か" before its full stop too: "…必要があるのでしょうか。"; not
    # "…と言えるのではないでしょうか。", a claim put mildly, the re-read.)
    if not tail.endswith(("?", "？", "でしょうか。", "ですか。", "ますか。")) or \
            tail.endswith("ないでしょうか。") and not _WHY_JA.search(plain, start, end):
        return False
    item = plain[start:min(end, start + _QUESTION_WINDOW)]
    return " — " not in item and bool(_ASKS_OPENING.match(item) or
                                      _ASKS_AFTER_CONDITION.match(item) or (
        end - start <= _QUESTION_WINDOW and _ASKS_CJK.search(item)))


# A question and its answer, "Why do antibiotics not work against viruses? — **viruses have
# no cell wall …**" (questions_as_items): the question is the card's cue, whatever words the
# answer shares with it. Taken for give-aways, its "viruses" went into the answer's gap, and
# the card was refused as two gaps (the code re-read of session 39).
_QUESTION_THEN_ANSWER = re.compile(r"[^\n]{1,300}?[?？]\s+—\s+")
# An answer this long is a clause, which says its question's words as any answer does (a
# shorter one the question says a word of, "the capsid protein coat", is given away).
MIN_CLAUSE_ANSWER_WORDS = 6


def _question_of_answer(plain: str, spans) -> tuple[tuple[int, int], ...]:
    """The span of the question a marked answer of a clause follows (six words or more, as
    the test judge reads one), as give-aways never take it. A short answer the question
    says a word of ("What is the capsid? — the capsid protein coat") is still given away."""
    found = _QUESTION_THEN_ANSWER.match(plain)
    if found is None or not any(
            key.startswith("mark:") and start == found.end()
            and len(re.findall(r"\w+", plain[start:end])) >= MIN_CLAUSE_ANSWER_WORDS
            for start, end, key in spans):
        return ()
    return ((0, len(found[0].rstrip(" —"))),)



# A clause that hands over to the formula after it: "In math notation we would say \\[…\\]",
# "En este caso podemos probar que \\(A \\sim J_1\\)", "Daraus erhalten wir \\[…\\]". Its
# words say how the formula is come to, no fact: "In [math notation] we would say" and
# "En [este caso podemos] probar que" were asked (blind samples 3101, 3102: junk).
_LEAD_INTO_FORMULA = re.compile(
    r"(?:\b(?:we|one|you)\s+(?:would\s+|can\s+|could\s+|may\s+|might\s+|will\s+)?"
    r"(?:say|write|get|obtain|have|find|express|state|prove|show|see)"
    r"|\b(?:podemos|puede|podríamos|se\s+puede)\s+(?:probar|demostrar|escribir|decir|ver|"
    r"expresar|obtener)"
    r"|\b(?:tenemos|obtenemos|escribimos|vemos|abbiamo|otteniamo|possiamo\s+scrivere|"
    r"nous\s+avons|on\s+(?:a|obtient|peut\s+écrire)|erhalten\s+wir|wir\s+erhalten|"
    r"gilt|folgt))\s*(?:that|que|che|dass|:|,)?\s*$", re.I)
# A clause naming how the formula is reached: "By the [chain rule] we get \\[…\\]" asks the
# rule, a fact worth a card.
_BY_A_METHOD = re.compile(r"\W*(?:by|using|from|applying|with|via|por|mediante|aplicando|"
                          r"usando|durch|mit|nach|par|avec|en\s+utilisant|grazie\s+a)\b",
                          re.I)
# A step of working, marked as worked examples mark them: "**Substituting** the values we get
# $v = 12$ m/s", "**Simplifying**, we obtain …" (the second re-read: asked, junk).
_STEP_WORD = re.compile(r"[A-Za-z]+(?:ing|ed)")
# How much a clause leading into a formula says: a longer one says a fact of its own.
_LEAD_IN_WORDS = 12


def _leads_into_formula(plain: str, at: int, methods: bool = True) -> bool:
    """Whether the text at `at` is in a short clause that only leads into the formula
    after it (_LEAD_INTO_FORMULA), in its sentence."""
    starts = sentence_bounds(plain)
    i = bisect_right(starts, at) - 1
    sentence_start = starts[i]
    # Only as far as the sentence's end, and no further than a lead-in's length: a search
    # to the text's end for each gap made a long paragraph of marks quadratic.
    stop = min(starts[i + 1] if i + 1 < len(starts) else len(plain), at + 400)
    formula = min((found for found in (plain.find("\\[", at, stop), plain.find("\\(", at, stop))
                   if found != -1), default=-1)
    if formula == -1:
        return False
    # The words before the formula are counted in a window: a clause of more than
    # _LEAD_IN_WORDS says a fact of its own, and a sentence of 2 MiB split whole for each
    # of its gaps made a page of marks quadratic (adversarial: initials, over 300 s).
    window = max(sentence_start, formula - 40 * _LEAD_IN_WORDS)
    if len(plain[window:formula].split()) > _LEAD_IN_WORDS:
        return False
    lead = plain[sentence_start:formula]
    if window > sentence_start and len(lead.split()) > _LEAD_IN_WORDS or \
            methods and _BY_A_METHOD.match(lead):
        return False
    return _LEAD_INTO_FORMULA.search(lead) is not None


def _sentence_at(plain: str, at: int) -> str:
    """The sentence of `plain` that holds the position `at`, found by bisection among its
    sentence starts, worked out once per text: a 2 MiB paragraph of 60,000 marks asked it
    of each mark, and finding them all again each time took minutes (benchmarks: marks).
    Its text, unstripped: not with_contrasts' sentence_of, an index that tells spans apart."""
    starts = sentence_bounds(plain)
    i = bisect_right(starts, at) - 1
    return plain[starts[i]:starts[i + 1] if i + 1 < len(starts) else len(plain)]


def _lead_fits(lead: str, text: str) -> bool:
    """Whether a fact pointing back shows its lead: not where the two would be a long
    paragraph's worth (LONG_WORDS) with its first sentence, which then stands alone, as it
    does inside a paragraph (quality.shown_alone), unless a pronoun is its subject ("It
    makes ATP …"), which says nothing alone."""
    first = ([*sentence_bounds(text)[1:], len(text)])[0]
    if judges_only(lead):
        return False  # "Enzymes are really important. This changes …": "this" is no enzyme
    return (pronoun_subject(text)
            or len(lead.split()) + len(text[:first].split()) <= LONG_WORDS)


def _outside_gaps(cuts: list[int], spans) -> tuple[int, ...]:
    """The cuts that fall inside no span (start < cut < end), each found by bisection."""
    inside = overlap_test(spans)
    return tuple(cut for cut in cuts if not inside(cut, cut))


def _part_lines(parts) -> list[tuple[str, int]]:
    """(target key, line) of each marked phrase of a text joined from several lines
    (Fact.parts): the line of the item it comes from."""
    return [(f"mark:{phrase.casefold()}", at) for phrase, at in parts]


def _item_lines(fact: Fact) -> list[int]:
    """The lines of a grouped list's items, the fact's own first."""
    return list(dict.fromkeys([fact.text.line, *(at for _, at in fact.parts)]))


def _hide_unheld(text: str, targets: list[_Target]):
    """(targets, spans, kept): _hide's spans and keys once every target `_held` names is
    left out, one at a time in the order of `kept`, as this loop does:

        spans, kept = _hide(text, _unique(targets))
        while held := _held(text, spans, kept):
            targets = [t for t in targets if t.key != held]
            spans, kept = _hide(text, _unique(targets))

    That loop is cubic in the targets of one text: 60,000 marks that all read "distinct
    mark …" hold each other, and each went after hiding everything again. Here one pass
    over `kept` asks each key whether it is held now (`_Gaps`). That is the loop's answer:
    leaving a target out only takes gaps away, so a key found not held stays so, and as
    long as the target left out overlaps no other's occurrence, the others' spans stay as
    they were. When it does overlap, everything is hidden again and the pass starts over.
    """
    while True:
        unique = _unique(targets)
        found = _occurrences(text, unique)
        spans, kept = _hide(text, unique, found=found)
        if len(kept) < 2:  # a gap is held by another's
            return targets, spans, kept
        gaps, overlapping = _Gaps(text, spans, kept), _overlapping(found)
        held, again = set(), False
        for key in kept:
            if gaps.held(key):
                held.add(key)
                gaps.leave_out(key)
                if key in overlapping:
                    again = True
                    break
        targets = [t for t in targets if t.key not in held]
        if not again:
            return (targets, tuple(s for s in spans if s[2] not in held),
                    [k for k in kept if k not in held])


def _overlapping(found) -> set[str]:
    """The keys with an occurrence that overlaps another's (`found` as _occurrences)."""
    keys, reach = set(), -1
    for index, (start, _, _, end, key) in enumerate(found):
        if start < reach or (index + 1 < len(found) and found[index + 1][0] < end):
            keys.add(key)
        reach = max(reach, end)
    return keys


class _Gaps:
    """The gaps of one note (spans, kept) and which of them `_held` would name, answered
    from an index of the gaps' stems instead of asking every gap of every other."""

    def __init__(self, text: str, spans, kept: list[str]):
        self.spans = spans
        words = [content_words(text[s:e]) for s, e, _ in spans]
        self.stems = [{st for _, _, st in found} for found in words]
        self.last_words = {}  # a key's last gap's content_words, for answer_stems_of
        self.answers: dict[str, list[str]] = {}
        self.words: dict[str, set[str]] = {}  # _held's words: the stems of a key's last gap
        self.by_stem: dict[str, list[int]] = {}
        for index, (start, end, key) in enumerate(spans):
            self.answers.setdefault(key, []).append(text[start:end])
            self.words[key] = self.stems[index]
            self.last_words[key] = words[index]
            for st in self.stems[index]:
                self.by_stem.setdefault(st, []).append(index)
        self.sorted_stems = sorted(self.by_stem)
        self.alive = set(kept)
        self.sizes = Counter(len(self.words[key]) for key in kept)

    def leave_out(self, key: str) -> None:
        self.alive.discard(key)
        self.sizes[len(self.words[key])] -= 1

    def held(self, key: str) -> bool:
        """`_held`'s test of `key` among the gaps of the keys not left out: another gap
        gives its answer away, and some other key's gap has as many words or more."""
        size = len(self.words[key])
        if self.sizes[size] < 2 and not any(n for s, n in self.sizes.items() if s > size):
            return False
        if all(is_amount(answer) for answer in self.answers[key]):
            return False  # "10 mg OD" is no word of "1.25 mg OD": only the unit is shared
        # gives_away(gap's stems, answer, first=False), as _shown_on_card asks it, part by
        # part: with no subject, a part is given away when the gap shows all of its words.
        answers = self.answers[key]
        for part in (answer_stems_of(answers[0], self.last_words[key]) if len(answers) == 1
                     else answer_stems(" ".join(answers))):
            # Only a gap holding a stem related to each of the part's gives the part away:
            # the gaps of its rarest stem are asked.
            lists = min((self._related(st) for st in part),
                        key=lambda found: sum(map(len, found)))
            for found in lists:
                at = 0
                while at < len(found):
                    other = self.spans[found[at]][2]
                    if other not in self.alive:  # left out: gone from the list for good
                        found[at] = found[-1]
                        found.pop()
                        continue
                    if other != key and shows_answer(self.stems[found[at]], part, first=False):
                        return True
                    at += 1
        return False

    def _related(self, stem_: str) -> list[list[int]]:
        """The index's lists of the gaps holding a stem `related` to `stem_`: the same, one
        of 5 letters or more that begins it, or one it begins when it has 5 or more."""
        lists = [self.by_stem[s] for s in (stem_, *(stem_[:end] for end in range(5, len(stem_))))
                 if s in self.by_stem]
        if len(stem_) >= 5:
            at = bisect_left(self.sorted_stems, stem_)
            while at < len(self.sorted_stems) and self.sorted_stems[at].startswith(stem_):
                if self.sorted_stems[at] != stem_:
                    lists.append(self.by_stem[self.sorted_stems[at]])
                at += 1
        return lists


def _shown_on_card(text: str, spans, key: str) -> str | None:
    """Another gap that gives `key`'s answer away on its own card (`shows_answer`), if any.
    Its answer is each text it is typed in once: every occurrence joined made an answer as
    long as the paragraph, 70,000 "\\(v_1\\)" in a 1 MB one, and hashing its stems for each
    other gap was quadratic."""
    answer = " ".join(dict.fromkeys(text[s:e] for s, e, k in spans if k == key))
    for start, end, other in spans:
        if other != key and gives_away(
                content_stems(text[start:end]), answer, first=False):
            return text[start:end]
    return None


def _masked(text: str, targets: list[_Target]) -> Spans:
    """Every occurrence of the targets picked out, to be shown as a mask (render.py)."""
    return Spans(text, _hide(text, targets, drop=False)[0])


def _unique(targets: list) -> list:
    """The first of each key, in order (cloze targets, citations)."""
    seen, result = set(), []
    for target in targets:
        if target.key not in seen:
            seen.add(target.key)
            result.append(target)
    return result


# What weak_answer reads of the text after a gap: quotes and spaces, then "(", "—", "is" or
# "are" and the character after (for its \b).
_BEFORE_GLOSS = re.compile("[\\s\"'“”‘’]*")


def _after(text: str, end: int) -> str:
    """The start of the text after a gap, as much as weak_answer looks at: a copy of all
    of it for each of 60,000 marks was 60 GB of copying in one 2 MiB fact."""
    return text[end:_BEFORE_GLOSS.match(text, end).end() + 4]


def _occurrences(text: str, targets: list[_Target]) -> list[tuple[int, int, int, int, str]]:
    """(start, -length, order, end, key) of every occurrence of every target, in order."""
    found = []
    # Nothing inside math is hidden or masked on its own.
    cuts_math = formula_cut(math_spans(text))
    # Nor inside a cross-reference ("a point we return to under tax incidence"): it names
    # where the article says more, not a fact of this card (ninth blind review, card 100).
    # A name that holds one whole ("B(see 2001)", a concept so named) is no pointer, only
    # words of the name: masked where the text says it (the property test).
    in_an_aside = _aside_test(cross_references(text))
    for order, target in enumerate(targets):
        for m in target.pattern.finditer(text):
            if (m.end() > m.start() and not cuts_math(m.start(), m.end())
                    and not in_an_aside(m.start(), m.end())):
                found.append((m.start(), -(m.end() - m.start()), order, m.end(), target.key))
    found.sort()
    return found


def _aside_test(asides: tuple[tuple[int, int], ...]) -> Callable[[int, int], bool]:
    """Whether start..end reaches into one of the cross-references `asides` that it does not
    hold whole. overlap_test finds any overlap by bisection first: only then are the
    asides scanned, as a 2 MiB text holds tens of thousands of matches."""
    overlaps = overlap_test(asides)

    def reaches_in(start: int, end: int) -> bool:
        return overlaps(start, end) and any(
            s < end and start < e and not (start <= s and e <= end) for s, e in asides)

    return reaches_in


def _hide(text: str, targets: list[_Target], drop: bool = True, found=None):
    """Spans of every occurrence of every target, and the target keys that survive.

    Longer phrases win where two overlap. With `drop`, a target that occurs inside
    another target's phrase is dropped from the note altogether: on its own card the
    other cloze would be shown in full and give its answer away.
    """
    if found is None:
        found = _occurrences(text, targets)
    accepted, blocked, end_of_last = [], set(), -1
    for start, _, _, end, key in found:
        if start < end_of_last:
            blocked.add(key)
            continue
        accepted.append((start, end, key))
        end_of_last = end
    if drop:
        accepted = [s for s in accepted if s[2] not in blocked]
    shown = {s[2] for s in accepted}  # a set: a fact of 60,000 marks has 60,000 targets
    kept = [t.key for t in targets if t.key in shown]
    return tuple(accepted), kept


def _no_note(file: str) -> Problem:
    """An article that makes no note is named, never passed over in silence."""
    return Problem(file, 1, "", "this article made no note; `deck-builder check "
                   f"{file}` gives the reason for each block", "warning")


def _sources(article: Article, file: str, problems: list[Problem]):
    """What the article's citations resolve against, and each listed work's reference.

    A reference list whose every entry is written with its number ("1. …", "[1] …") is
    numbered and "[1]" cites it; any list also serves author–date citations by key.
    """
    references: dict[str, str] = {}
    entries = [ref.value for ref in article.references]
    listed = numbered_references(entries)
    # An entry with a number already used is still a work cited by author and year.
    for ref, reference in zip(article.references, map(parse_reference, entries), strict=True):
        if reference is None:
            problems.append(Problem(file, ref.line, ref.field or "references",
                                    "cannot read the first author and year of this "
                                    'reference; references start "Author, A. (2001).", '
                                    'or "Author AB. Title. 2001.", so it matches no citation',
                                    "warning"))
        else:
            references.setdefault(reference.key, reference.text)
    numbered = {}
    if entries and all(entry_number(entry)[0] for entry in entries):
        numbered = {n: r for n, r in listed.items() if r is not None}
    footnotes = {note.label: parse_reference(note.text.value) or note.text.value
                 for note in article.footnotes}
    bibliography = article.bibliography
    sources = Sources(numbered, footnotes, bibliography.references if bibliography else {},
                      bibliography.name if bibliography else "",
                      bibliography.unread if bibliography else ())
    listed = frozenset(references) | frozenset(sources.references())
    return replace(sources, listed=listed), references


def _one_thread() -> bool:
    """Whether this process runs one thread only, native ones included: a fork copies only
    the caller, and a lock another thread held (malloc's, or one of Anki's engine, whose
    threads Python does not count, during `sync`) would stay locked in the copy for ever."""
    if threading.active_count() != 1:
        return False
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:  # no /proc (macOS): Python's count, and no Anki engine loaded
        return "anki" not in sys.modules and "_rsbridge" not in sys.modules


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") \
        else os.cpu_count() or 1


def _stop(pid: int) -> None:
    """End the forked copy of _generate_split when this process stops first (Ctrl-C)."""
    try:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    except OSError:
        pass


# Up to this many stems, trying each is cheaper than building their index (Stems).
_FEW_STEMS = 8


def _with_contrast(asks: list[Spans], cells: list[tuple[str, str]]) -> list[Spans]:
    """Each recall card hiding its whole short cell ("Meiosis: [...]" under "Divisions")
    with the other concept's short cell after it: "Meiosis: [...] (Mitosis: One)". Alone,
    the gap said nothing of what kind of answer the row wants (two blind reviews: weak,
    "terse front; only clear via the heading"); the row's other side says it, as a table
    read across does. Of two concepts only: beside three or four, the other cells made a
    list the front had to be read through ("(Laboratory experiment: High; Field experiment:
    …)"). Not where the other cell is long, empty, a list or a bare number, nor where it
    shares a word with the answer (issue 15, rule 4: "Stored in [glucose]" beside "Released
    from glucose"), nor beside a marked phrase, whose cell says enough."""
    if len(cells) != 2:
        return asks
    out = []
    for ask, (name, other) in zip(asks, reversed(cells), strict=True):
        other = other.strip().rstrip(" .")
        whole = len(ask.spans) == 1 and ask.spans[0][0] == 0 and \
            not ask.text[ask.spans[0][1]:].strip(" .")
        answer = ask.text[:ask.spans[0][1]] if whole else ""
        if not whole or not _HAS_LETTER.search(answer) or not _HAS_LETTER.search(other) or \
                word_count(other) > ASK_WORDS or "\n" in other or \
                other.startswith(("- ", "* ")) or other.casefold() == answer.casefold() or \
                content_stems(answer) & content_stems(other):
            out.append(ask)
        else:
            out.append(Spans(f"{ask.text.rstrip()} ({name}: {other})", ask.spans))
    return out


_HAS_LETTER = re.compile(r"[^\W\d_]")


def _related_to_one_of(stems: set[str]):
    """Stems(stems).related: whether a stem is related to one of `stems`. A few stems are
    tried one by one, with the same answers: a table of 30,000 rows built four indexes a
    row, most of them of one or two stems, each asked once or twice."""
    if len(stems) > _FEW_STEMS:
        return Stems(stems).related
    few = tuple(stems)
    return lambda stem: any(related(stem, other) for other in few)


def _titled(article: Article) -> Article:
    """The article with the title its cards show (quality.shown_title)."""
    title = shown_title(article.title, article.path)
    return article if title == article.title else replace(article, title=title)


def _with_uncited_names(article: Article, sources: Sources) -> Article:
    """The article with each concept whose name holds a citation ("Asch (1951)", "B (Smith,
    2001)") given as a form the name its texts show once the citation is read as one
    ("Asch", "B"): a cell's "Unlike Asch (1951), …" reads "Unlike Asch, …", which its
    "which" card must mask as it masks the name (the property test)."""
    concepts = []
    for concept in article.concepts:
        found = find_citations(concept.name, sources)[0]
        shown = " ".join(strip_citations(concept.name, found).split()) if found else ""
        if shown and shown != concept.name and shown not in concept.forms:
            concept = replace(concept, forms=(*concept.forms, shown))
        concepts.append(concept)
    if all(a is b for a, b in zip(concepts, article.concepts, strict=True)):
        return article
    return replace(article, concepts=tuple(concepts))


# A text longer than this is cut to the part around its gap on the front (sentences), and a
# paragraph of thousands of gaps would be copied once per gap: such notes are not compared.
_SAME_FRONT_CHARS = 2000


def _one_answer_per_front(notes: list[NoteSpec], builder: _ArticleNotes) -> list[NoteSpec]:
    """`notes` without the cards whose front is another card's of the article and whose
    answer is not: "Notes › Cases x: + — Result: [...]" asked "grows" of one row and
    "shrinks" of the next, and neither is answerable (a learner cannot tell which is meant).
    Each such card goes, its words shown on the note's other cards; a note left with no card
    goes. `check` says so as a note."""
    fronts: dict[tuple, list[tuple[int, str, str]]] = {}
    for at, spec in enumerate(notes):
        if spec.kind != "cloze" or spec.text is None or len(spec.text.text) > _SAME_FRONT_CHARS:
            continue
        text = spec.text.text
        context = _masked_text(spec.context) if spec.context else ""
        hints = dict(spec.hints)
        gaps: dict[str, list[tuple[int, int]]] = {}
        for start, end, key in spec.text.spans:
            gaps.setdefault(key, []).append((start, end))
        for key, where in gaps.items():
            pieces, answer, last = [], [], 0
            for start, end in where:
                pieces.append(text[last:start])
                answer.append(text[start:end])
                last = end
            pieces.append(text[last:])
            front = (context, hints.get(key, ""), *pieces)
            fronts.setdefault(front, []).append((at, key, " ".join(" ".join(answer).split())))
    dropped: dict[int, set[str]] = {}
    for cards in fronts.values():
        if len({answer.casefold() for _, _, answer in cards}) < 2:
            continue
        for at, key, _ in cards:
            dropped.setdefault(at, set()).add(key)
        lines = sorted({notes[at].line for at, _, _ in cards})
        answers = ", ".join(dict.fromkeys(f'"{a}"' for _, _, a in cards))
        builder.problems.append(Problem(
            builder.file, lines[0], "",
            f"no card: {len(cards)} cards (lines {', '.join(map(str, lines))}) show one front "
            f"and ask different answers ({answers}): a learner cannot tell which is meant; "
            "say on each what tells it apart", "info"))
    if not dropped:
        return notes
    kept = []
    for at, spec in enumerate(notes):
        if at not in dropped:
            kept.append(spec)
        elif targets := tuple(k for k in spec.targets if k not in dropped[at]):
            kept.append(replace(spec, targets=targets, text=Spans(spec.text.text, tuple(
                span for span in spec.text.spans if span[2] not in dropped[at]))))
    return kept


def _masked_text(spans: Spans) -> str:
    """`spans`' text as a front shows it, each span masked."""
    pieces, last = [], 0
    for start, end, _ in spans.spans:
        pieces += [spans.text[last:start], MASK]
        last = end
    return "".join([*pieces, spans.text[last:]])


def generate(articles: list[Article], track=None, split: bool = False) -> Generated:
    """Note specs for every article; `track` reports progress over them (build.plan_build).
    `split`: a large article may use a second core (_ArticleNotes._generate_split)."""
    notes: list[NoteSpec] = []
    problems: list[Problem] = []
    sources: dict[str, dict[str, tuple[Citation, str | None]]] = {}
    for article in track("Generating", articles) if track else articles:
        file = display_path(article.path)
        article = _titled(article)
        article_sources, references = _sources(article, file, problems)
        article = _with_uncited_names(article, article_sources)
        builder = _ArticleNotes(article, article_sources)
        article_notes = _one_answer_per_front(builder.generate(split), builder)
        if not article_notes:
            problems.append(_no_note(builder.file))
        for key, text in article_sources.references().items():
            references.setdefault(key, text)
        merged = merge_citations(builder.all_citations)
        if references:
            for key, citation in merged.items():
                if key not in references:
                    line, field_path = builder.first_cited[key]
                    problems.append(Problem(
                        builder.file, line, field_path,
                        f"{citation.display()} is cited but not in `references:`; add it "
                        "there or correct the citation", "warning",
                    ))
        sources[article.id] = {k: (c, references.get(k)) for k, c in merged.items()}
        notes.extend(article_notes)
        problems.extend(builder.problems)
    return Generated(notes, problems, sources)

