"""Read an ordinary Markdown article into the content model, with no card markup.

The article's structure says what it contains: headings are sections and topics, a
paragraph opening "<term> is ..." defines a concept or glossary term, a list of
"**Label**: text" items is a labelled list, a table headed [dimension, concept, concept]
is a comparison. Optional YAML front matter says what the text cannot (id, deck,
concepts, glossary, references, topic overrides). docs/markdown.md is the user's guide.

Parsing is markdown-it-py (CommonMark plus GFM tables): it accepts any text, so a file
never fails to parse, and every block carries its source lines for messages and for
`check`'s list of what made no card (Article.skipped).

Marks: bold and italic phrases in running text become the model's `**phrase**` cloze
marks; in labels, titles, dimensions and concept names they are plain text.

The reader (`_MarkdownReader`, `read`) is this module; what it reads with is beside it:
md_syntax.py (the markdown-it parser and its plugins), md_source.py (rewrites of the
source before parsing), md_inline.py (inline tokens as text), md_rules.py (the shared
word lists and patterns), md_course.py (course-page asides and quizzes),
md_definitions.py (definitions and terms), md_formulas.py (formulas stated in prose),
md_glosses.py (glosses and translated sentences), md_tables.py (tables) and
md_labels.py ("**Label**: text" and what a label says). Names tests import from here are
re-exported.
"""

from __future__ import annotations

import copy
import itertools
import re
from collections import Counter
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml
from markdown_it.tree import SyntaxTreeNode, _NesterTokens

from deck_builder.anki.note_types import MAX_CONCEPTS
from deck_builder.bibliography import Bibliography
from deck_builder.content import (
    Article,
    Comparison,
    ComparisonRow,
    Concept,
    Definition,
    Fact,
    Figure,
    Footnote,
    GlossaryTerm,
    LabelledList,
    ListItem,
    Section,
    Text,
    definition_key,
    item_key,
    row_key,
)
from deck_builder.errors import ContentError, Problem, display_path
from deck_builder.quality import (
    COURSE_UNIT_WORDS,
    LIST_ITEM_WORDS,
    STEP_WORDS,
    content_words,
    contrast_spans,
    giveaways,
    is_chinese_sentence,
    is_clause_item,
    is_generic_heading,
    is_order,
    is_structural_label,
    label_in_text,
    list_item_fault,
    names_no_one,
    names_worked_example,
    opens_on_a_verb,
    points_back,
    related,
    said_as_another_word,
    says_only_where_from,
    spelled_by_initials,
    weak_answer,
)
from deck_builder.readers import front_matter
from deck_builder.readers import images as figures
from deck_builder.readers.builder import (
    MAX_NAME_CHARS,
    ArticleBuilder,
    did_you_mean,
    fold_name,
    name_too_long,
)
from deck_builder.readers.md_course import (
    _ABOUT_THE_COURSE,
    _ABOUT_THE_NOTES,
    _ABOUT_THE_OTHERS,
    _ANSWER,
    _ANSWER_AFTER_OPTIONS,
    _ANSWERED,
    _ANSWERS_ITS_QUESTION,
    _ASKS_OR_TASKS,
    _AUTHORS_INTENT,
    _BYLINE,
    _COURSE_ANCHORS,
    _COURSE_PLACE,
    _COURSE_TALK,
    _COURSE_WORDS,
    _DECIDED_BY,
    _DERIVATION_STEP,
    _DUE,
    _EXAM_REMARK,
    _EXAM_TALK,
    _EXAMPLES_OF,
    _EXERCISE,
    _FIRST_PERSON,
    _GRADING,
    _HOMEWORK,
    _INLINE_OPTIONS,
    _INVITATION,
    _ITALIAN_WORDS,
    _LABELLED_QUESTION,
    _LEARN_ORDER,
    _NOTES_KIND,
    _NOTES_SOURCE,
    _NOTES_SOURCE_TAIL,
    _OBJECTIVES_IF_LEARNING,
    _OBJECTIVES_TITLE,
    _OBJECTIVES_TITLE_CJK,
    _OPEN_QUESTION,
    _OPTION,
    _OPTIONS_ON_A_LINE,
    _ORDER_TO_LEARNER,
    _PAGE_PROPERTIES_IF_SHORT,
    _PLAN_WORDS,
    _PROMPT,
    _PROMPTS_TITLE,
    _PROPERTY_LINE,
    _QUESTION_LINE,
    _QUESTION_OPENING,
    _QUESTION_OVER_OPTIONS,
    _QUESTIONS_HEADING,
    _QUIZ_LABEL,
    _READING_ASSIGNMENT,
    _SENTENCE_VERB,
    _STATES_SOMETHING,
    _STUDY_ADVICE,
    _TASK,
    _TASKS_TITLE,
    _THRESHOLD,
    _TOPIC_LISTS,
    _VAGUE_GENUS,
    _WHETHER,
    ANSWER_LABELS,
    LATIN_ANSWER_LABELS,
    LETTER_QUESTION_LABELS,
    MAX_COURSE_HEADER_LINE,
    MAX_NOTES_SOURCE_WORDS,
    MAX_OPTION_WORDS,
    QUESTION_LABELS,
    _about_studying,
    _about_the_course,
    _are_steps,
    _course_header,
    _course_place,
    _course_plan,
    _lettered_options,
    _marked_value,
    _option,
    _page_properties,
    _qa_pair,
    _record_labels,
    _record_line,
    _study_note,
    _tool_property,
)
from deck_builder.readers.md_definitions import (
    _ALIAS,
    _AN_AMOUNT_OF,
    _BARE_DEFINITION,
    _CONVERSE,
    _DANGLING_WORDS,
    _DEFINITION,
    _LATER_DEFINITION,
    _NOT_A_NAME,
    _NOT_DEFINING,
    _NOT_TERMS,
    _OCCURS,
    _OPEN_QUESTIONS,
    _bare_name,
    _conditioned_term,
    _cued_definition,
    _dutch_definition,
    _environment_lead,
    _is_term,
    _item_name,
    _late_conditioned_term,
    _marks_held_apart,
    _name_said_again,
    _names_a_term_cjk,
    _names_given,
    _names_given_cjk,
    _not_a_term_label,
    _occurs_when_term,
    _Opening,
    _other_definition,
    _property_said_again,
    _two_sentences_and_rest,
    _without_environment_label,
    then_and_now,
)
from deck_builder.readers.md_formulas import (
    _CJK_ABOVE_FORMULA,
    _CJK_HEADING_NUMBERING,
    _CJK_LEAD,
    _CJK_LEGEND_CLAUSE,
    _CJK_LEGEND_OPENING,
    _CONTINUED_TEX,
    _DERIVATION_LEAD,
    _DERIVED_LEAD,
    _DERIVING,
    _ENGLISH_WORD,
    _EXAMPLE_IN_LEAD,
    _FORMULA_ONLY,
    _GOES_ON,
    _LEAD_VERBS,
    _LEAD_WORDS,
    _LEGEND_LEAD,
    _NAMED_AFTER_DISPLAY_CJK,
    _NO_QUANTITY,
    _NUMBER_SIDE,
    _NUMBERED_LABEL,
    _POINTING_OPENERS,
    _POINTING_WORDS,
    _SENTENCE_END_AFTER,
    _SIGNED_THRESHOLD,
    _STATEMENT_TEX,
    _STEP_GOT,
    _STEP_LEAD,
    _SYMBOL_LEGEND_ITEM,
    _TEX_ENVIRONMENT,
    _TITLED_FORMULA,
    _TRAILING_FORMULA,
    _WORKED_HEADING,
    _WORKED_IN_LEAD,
    _WORKING_HEADING,
    MAX_LEGEND_WORDS,
    _cjk_formula_name,
    _cjk_legend,
    _condition_stated,
    _display_tex,
    _emphasised_sentence,
    _first_sentence,
    _formula_field,
    _formula_in_region_cjk,
    _formula_introduced,
    _formula_led,
    _formula_name,
    _formula_named,
    _formula_sides,
    _formula_stated,
    _formula_stated_cjk,
    _joined_condition_cjk,
    _latin_formula_name,
    _names_formula,
    _naming_heading,
    _one_statement,
    _same_tex,
    _shares_heading_word,
    _symbol_definition,
    _symbol_named_term,
    _symbols_named_cjk,
    _threshold_sentences,
    _threshold_stated,
    _told_by_title,
    _worded_name,
    _worked_step,
)
from deck_builder.readers.md_glosses import (
    _HOMEWORK_HEADING,
    _SPEAKER_OPENING,
    _bold_in_translation,
    _chinese_clause_on_a_name,
    _cjk_glossed,
    _cjk_translated_sentence,
    _conjunction_marked,
    _latin_translated_sentence,
    _plainly_foreign,
    _translated_example,
)
from deck_builder.readers.md_inline import (  # noqa: F401  (re-exported)
    _ANSWER_SUMMARY,
    _BRACKETED,
    _CLOSES_FIRST,
    _DETAILS,
    _DETAILS_CLOSE,
    _DETAILS_OPEN,
    _DETAILS_TAG,
    _FIELD_LABELS,
    _FLASHCARDS_TAG,
    _FOOTNOTE_MARKER,
    _HEAD_PREPOSITION,
    _HIGHLIGHTED_MARKS,
    _LEADING_ENUMERATION,
    _NEGATED_HEAD,
    _PARAGRAPH_TAGS,
    _PROOF_SUMMARY,
    _SR_INLINE,
    _SR_SPACED,
    _SUMMARY,
    _SUMMARY_CLOSE,
    MAX_CARD_LINES,
    _highlighted_math,
    _image,
    _image_line,
    _Inline,
    _inline,
    _inline_child,
    _inline_markdown,
    _inline_title,
    _InlineWalk,
    _label_words,
    _line,
    _lines_of,
    _pipes_in_table_math,
    _without_tex_text_commands,
    _words,
)
from deck_builder.readers.md_labels import (
    _ATTRIBUTE_WORDS,
    _BOLD_FIELD,
    _BOLD_WH_LABEL,
    _CONCLUDES,
    _CONCLUSION_LINE,
    _DANGLING_LEAD,
    _DATE,
    _ENDS_IN_A_LEAD,
    _EXAMPLE_LABEL,
    _FIELDS_AMONG_FIELDS,
    _HTML_STRUCTURE,
    _HYPOTHESIS_LINE,
    _KINDS_OF_TEXT,
    _LABELLED_CONCLUSION,
    _LANGUAGE_HEADERS,
    _MATH_PAIR_LABEL,
    _NAMED_RESULT,
    _NOTE_KINDS_ABROAD,
    _OPENING_LABEL,
    _PROCEDURE_LEAD,
    _QUALIFIED_FIELD,
    _QUESTION_HEADERS,
    _RANGE,
    _RESULT_SET_UP,
    _ROMANCE_OWN_SUBJECT,
    _SIDE_LABELS,
    _STATISTIC_HEAD,
    _SUCH_THAT,
    _TASK_AFTER,
    MAX_RESULT_WORDS,
    _aside,
    _attribute_label,
    _attribute_labels,
    _bold_headwords_unmarked,
    _defined_term,
    _doer_unsaid,
    _example_point,
    _fields_below,
    _fields_run_together,
    _is_one_name,
    _kind_of_note,
    _labelled,
    _labels_no_thing,
    _marked,
    _names_a_result,
    _names_a_thing,
    _names_itself,
    _names_no_topic,
    _numbered_steps,
    _opens_a_description,
    _opens_a_set_up,
    _opens_on_a_problem,
    _opens_on_cjk_name,
    _question_says_answer,
    _repeated_points,
    _repeats_a_label,
    _says_part_of,
    _says_what_they_do,
    _scope_word,
    _sentence_column,
    _shared_field,
    _shares_a_word,
    _shares_cjk_words,
    _small_formula_value,
    _spelled_out,
    _starts_a_line_of_its_own,
    _term_over_its_text,
    _terse_value,
    _undated,
    _value_of_a_kind,
    course_label,
    course_word,
    exam_date,
    exam_history,
)
from deck_builder.readers.md_rules import (
    _ABBREVIATION_END,
    _AFTER_HEADER,
    _APPOSITION,
    _ARROW_ANSWER,
    _ATTRIBUTE_HEADERS,
    _BEFORE_HEADER,
    _BOLD_CALLOUT,
    _BOLD_FIELD_INSIDE,
    _BOLD_LABEL_ONLY,
    _BOLD_NAME_DASH,
    _BOLD_NAME_LINE,
    _BOLD_QUESTION,
    _BOUND,
    _CALLOUT,
    _CASE_NAME,
    _CATEGORY_HEADING,
    _CELL_MARKER,
    _CLAUSE_TITLE,
    _CODE_ONLY,
    _CODED_NAME,
    _CONCEPT_LABEL,
    _CONDITION_LABEL,
    _COPULA_LEAD,
    _COUNTED_NAME,
    _COUNTED_TITLE,
    _DASHED_TERM,
    _DATA_NAME,
    _DATA_TITLE,
    _DATED_LINE,
    _DEFINES_A_PARTY,
    _DEFINING_ARTICLE,
    _DEFINITION_CALLOUTS,
    _DEFINITION_LABEL,
    _DEFINITION_LIST,
    _DEFINITION_TITLE,
    _DESCRIBED_YEAR,
    _DIAGRAM_LANGUAGES,
    _DIMENSION_HEADERS,
    _DIV_BOXES,
    _DIV_CLASS,
    _DIV_TITLE,
    _DOCUMENT_REFERENCE,
    _DOING,
    _EMPTY_CELL,
    _EVALUATION_TITLES,
    _EXAMPLE_HEAD,
    _EXAMPLE_LINE,
    _EXAMPLE_SEPARATOR,
    _EXAMPLES_LINE,
    _FIELDS_OF_A_CASE,
    _FIELDS_OF_A_THING,
    _FINITE_VERB,
    _FOR_AN_EXAM,
    _GENERIC_CALLOUTS,
    _GENERIC_HEADINGS,
    _GLOSSARY_HEADINGS,
    _IF_BY_COPULA,
    _IMPERSONAL,
    _ITEM_TAIL,
    _ITEM_YEAR,
    _KIND_ADJECTIVE,
    _LABEL_IN_HEAD,
    _LEADING_ARTICLE,
    _LICENCE_LINE,
    _LICENCE_SKIPPED,
    _LINK_HEADINGS,
    _MEANING_FRAGMENT,
    _MEANING_HEADERS,
    _MEASURED,
    _MEMBERS_HEADING,
    _NAMED_RANGE,
    _NAMED_VALUE,
    _NO_THING_HEADINGS,
    _NOT_A_NAME_WORDS,
    _NOT_DESCRIBED,
    _NOT_DOINGS,
    _NOT_MEANING_HEADINGS,
    _NOT_MEANING_HEADS,
    _NOT_NAME,
    _NOT_ONE_NAME,
    _NOT_ONE_NAME_ABROAD,
    _NOTE_HEADERS,
    _NUMBER_HEADERS,
    _NUMBERING_ONLY,
    _OPENING_PREPOSITIONS,
    _PARTIES_OF_A_CASE,
    _PARTS_OF_A_TOPIC,
    _PLACEHOLDER_CELL,
    _PLACEHOLDER_ROW,
    _PLURAL_QUESTION,
    _PRACTICAL_HEADINGS,
    _PREDICATE_LEAD,
    _PRONOUN_LEAD,
    _PROOF_BOXES,
    _PROOF_SKIPPED,
    _QUARTO_THEOREM_ID,
    _QUARTO_THEOREM_KINDS,
    _QUESTION_CALLOUTS,
    _READING_HEADINGS,
    _REFERENCE_HEADINGS,
    _REMARK,
    _REMARK_HEADERS,
    _SAYS_WHOSE,
    _SENTENCE_BREAK,
    _SETTING_NAME,
    _SHORT_FIELDS_OF_AN_EVENT,
    _SHORTHAND_MARK,
    _SIMILARITY,
    _STATES_WHEN,
    _STEP,
    _STUDY_HEADINGS,
    _SUBJECTLESS,
    _SUBORDINATE,
    _SUPERLATIVE,
    _TERM_HEADERS,
    _TERM_LINE,
    _TERM_ON_CONDITION,
    _TITLE_LINE,
    _TITLE_TAG,
    _TRAILING_VERB,
    _TYPED_BULLET,
    _UNANSWERED_SKIPPED,
    _UNFINISHED,
    _VERB_OF_A_SUBJECT,
    _WORKED_OPENING,
    _WORKED_SKIPPED,
    _WRAPPER_TAGS,
    FRONT_MATTER_KEYS,
    INTRODUCTION,
    MAX_ANSWER_WORDS,
    MAX_CONDITION_OUTCOME_WORDS,
    MAX_CREDIT_ITEMS,
    MAX_DESCRIBING_POINTS,
    MAX_DESCRIPTION_WORDS,
    MAX_EXAMPLE_NAMES,
    MAX_GROUPED_ITEMS,
    MAX_ITEM_WORDS,
    MAX_LABEL_WORDS,
    MAX_LEAD_IN_WORDS,
    MAX_MATRIX_VALUE_WORDS,
    MAX_NAMED_LEAD_IN_WORDS,
    MAX_PASSAGE_NAME_WORDS,
    MAX_POINT_WORDS,
    MAX_POINTS_WORDS,
    MAX_SHOWN_PASSAGE_WORDS,
    MAX_TERM_CELL_WORDS,
    _asked_answer,
    _asks_no_name,
    _bare_items,
    _bold_meaning,
    _fragment,
    _fragment_gap,
    _is_mark,
    _is_sentence,
    _item_cloze,
    _item_head,
    _item_parts,
    _ItemNames,
    _joined_fact,
    _licence,
    _meaning_marked_whole,
    _names_nothing,
    _plural,
    _slug,
    _spell_symbols,
    _typed_code,
    _wholly_marked,
    _words_of_letters,
    asked_term,
    strip_emoji,
)
from deck_builder.readers.md_source import (  # noqa: F401  (re-exported)
    _BOXES_IN_ITEMS,
    _DIRECTIVE,
    _ITEM_LINE,
    _ITEM_MARKER,
    _KATEX_SHORTCODE,
    _MYST_ADMONITIONS,
    _MYST_FENCE,
    _QUOTE_MARKS,
    _STEP_TITLE,
    _TOOL_SYNTAX,
    _blocks_out_of_html,
    _content_tabs,
    _drop_tool_syntax,
    _formula_images,
    _katex_math,
    _label_inline_footnotes,
    _remark_classes,
    _without_mdx_modules,
)
from deck_builder.readers.md_syntax import (  # noqa: F401  (re-exported)
    _ADMONITION,
    _CONTAINER_INFO,
    _FENCE_CLOSE,
    _PANDOC_DIV,
    _PARSER,
    _inline_once,
    _line_text,
    _text_join_once,
)
from deck_builder.readers.md_tables import (
    _ACRONYM_NAME,
    _EXPANSION_HEAD,
    _LETTER_NAMED,
    _MATH_DELIMITERS,
    _MYST_FIGURES,
    _MYST_OPTION,
    _NUMBERS_ONLY,
    _PLAIN_CONNECTIVE,
    _POINTER_LABEL,
    _RECORDING_TITLE,
    _STATUS_HEAD,
    _TABLE_WORD,
    _abbreviation_row,
    _all_links,
    _aspect_table,
    _bare_heading,
    _bracketed_threshold,
    _caption,
    _cues_a_value,
    _grid_of_bits,
    _hook_column,
    _letter_name,
    _measurements,
    _name_column,
    _question_rows,
    _Row,
    _row_heads,
    _short_value,
    _sign_table,
    _source_of,
    _status_cell,
    _Table,
    _table,
    _timestamped,
    _truth_table,
    _truth_value,
)
from deck_builder.statements import MAX_WORDS as MAX_STATED_WORDS
from deck_builder.statements import (
    cjk_name_given,
    clean_statement_span,
    description_named,
    led_to_span,
    named_spans,
    names_own_subject,
    opens_a_step,
    reads_as_german,
    role_opening,
    says_what_it_does,
    states_own_fact,
    terse_item_span,
    verb_form,
)
from deck_builder.text import (
    HAN_CHAR,
    HEADING_NUMBERING,
    UniqueNames,
    first_words,
    image_index,
    in_chinese,
    is_cjk,
    marks,
    math_spans,
    shield_math,
    shows_nothing,
    slugify,
    term_pattern,
    topic_slug,
    unmark,
)

SUFFIXES = (".md", ".markdown", ".qmd", ".rmd", ".mdx")


# A Logseq page's properties, its first lines ("title:: 조선 왕조 정리" / "tags:: [[한국사]]"):
# the page's front matter, as Logseq has it.
_PAGE_PROPERTY = re.compile(r"^([a-z][\w-]*)::[ \t]+(.*?)[ \t]*$")


def _page_property(body: str, key: str) -> str:
    """The value of a Logseq page property (`key:: value`, a space after "::") among the
    page's first lines, which a blank line or the page's outline ("- …") ends; "" where
    there is none. "title::" names the deck where no front matter or heading does (it was
    named after the file, "joseon-dynasty-logseq"). Not the Spaced Repetition plugin's
    "title::names the page …" card (no space) nor a block of them over prose."""
    lines = body.lstrip("\n").split("\n")
    value = ""
    for at, line in enumerate(lines):
        found = _PAGE_PROPERTY.match(line)
        if found is None:
            ends = not line.strip() or line.lstrip().startswith("- ")
            return _LINK_OR_QUOTES.sub("", value) if ends and at else ""
        if found[1] == key and not value:
            value = found[2]
    return _LINK_OR_QUOTES.sub("", value)


_LINK_OR_QUOTES = re.compile(r"\[\[|\]\]|^[\"'“]|[\"'”]$")


def read(path: Path, source: str) -> tuple[Article, list[Problem]]:
    """One Markdown article and its warnings; a ContentError when it has errors."""
    reader = _MarkdownReader(path)
    if path.suffix.lower() == ".mdx":
        source = _without_mdx_modules(source)
    with figures.reading(reader.builder.images):  # where _InlineWalk's images go
        return reader.read(source)

# -- the reader -----------------------------------------------------------------------------


@dataclass
class _SectionDraft:
    title: str
    id: str
    topic: str
    line: int
    facts: list[Fact] = field(default_factory=list)
    definitions: list[Definition] = field(default_factory=list)
    lists: list[LabelledList] = field(default_factory=list)
    comparisons: list[Comparison] = field(default_factory=list)
    heading: str = ""  # id of the heading's section it is part of (a callout's, a list's)
    figures: list[Figure] = field(default_factory=list)
    # The context line its cards show, where it is not `title` (which the reading of its
    # content goes by): "Biodiversity › Threats" for the list titled "Threats".
    shown: str = ""
    cue: bool = False  # titled by a lead-in or a box's title, not a heading (Section.cue)
    # The left sides of the formulas formula_side has asked here, and whether a sentence
    # said the displays after it are a derivation's steps.
    sides_asked: set[str] = field(default_factory=set)
    deriving: bool = False

    def section(self, tags: dict[str, list[str]]) -> Section | None:
        if not (self.facts or self.definitions or self.lists or self.comparisons
                or self.figures):
            return None
        return Section(self.id, self.shown or self.title, self.topic, tuple(self.facts),
                       tuple(self.definitions), tuple(self.lists), tuple(self.comparisons),
                       self.line, tuple(dict.fromkeys(tags.get(self.heading, ()))),
                       figures=tuple(self.figures), cue=self.cue)


# Words that open a clause, never a term: "where T", "when the price", "If the three note
# names …". Typed in lower case before a space, always; capitalised, only before what opens
# a clause's subject (an article, a pronoun, a symbol): "If statement", "While loop", "AND
# gate", "With-profits policy", "WHERE clause" are terms (the second re-read).
_CLAUSE_WORDS = (r"where|wherein|whereas|when|whenever|while|if|and|but|so|then|thus|hence|"
                 r"here|there|since|because|although|though|with|wobei|dove|donde|où|waarbij")
_CLAUSE_OPENER = re.compile(rf"(?:{_CLAUSE_WORDS})\s|(?i:{_CLAUSE_WORDS})\s+(?:(?i:the|a|an|"
                            r"this|that|these|those|it|its|they|their|we|you|he|she|one|all|"
                            r"each|every|some|any|no)\b|[A-Za-z]\b(?!-)|\$|\\\()")


# The parts of a proof by loop invariant, as its lines are labelled.
_INVARIANT_PARTS = frozenset("initialization initialisation maintenance termination".split())
# What a proof by invariant speaks of, in words: "lo = 0 and hi = n - 1 bracket …", "when a
# vertex is removed from the queue its distance is final" (the second re-read).
_PROOF_TALK = re.compile(r"=|\b(?:invariant|iterations?|loop|holds|terminates|queue|array|"
                         r"index|pointer|vertex|vertices|edges?|algorithm)\b", re.I)
_PROOF_TITLE = re.compile(r"\b(?:proofs?|correctness|invariants?|beweis|dimostrazione|"
                          r"démonstration|demostración)\b", re.I)
# A remark's label over its sentence: "Beachte: …", "NB: …", "Note: …", "Merke: …".
_REMARK_ITEM = re.compile(r"\s*(?P<label>Beachte|Merke|Achtung|Wichtig|Hinweis|NB|N\.B\.|Note|NOTE|"
                          r"Remember|Important|Nota(?:\s+bene)?|Attenzione|Ojo|Atención|"
                          r"Remarque|Rappel|Obs|Bemærk|FYI)\s*[:：—–-]\s+(?=\S)")
# (Capitalised: "attenzione: attention, care" is a word a vocabulary list teaches.)
# A course's unit and its number opening an item ("Week 1: …", "Les 2: …", "Tema 3 – …");
# not English "Chapter" or "Unit", which name things too ("Chapter 11: reorganisation").
_COURSE_UNIT_ITEM = re.compile(rf"\s*(?:{COURSE_UNIT_WORDS})\s*\d{{1,2}}[a-z]?"
                               r"\s*[:.–—-]\s+(?=\S)", re.I)
# The most words of a unit's topic in a course's outline.
MAX_OUTLINE_ITEM_WORDS = 8
# A step's number as an item's label: "Step 1: …", "**Schritt 2** — …", "Passo 3 - …".
_STEP_ITEM = re.compile(rf"\s*(?P<open>\*\*)?(?:{STEP_WORDS})"
                        r"\s*\d{1,2}[a-z]?\s*(?P<close>\*\*)?\s*(?::|\.|—|–|-)\s*"
                        # (bold closed after the colon, "**Step 1:** …"; not bold the step's
                        # own text opens, "Step 1: **Survey** – skim …", the re-read)
                        r"(?(open)(?(close)|\*\*\s*))(?=\S)", re.I)
# A unit of a course and its number in a header: "Topic 3", "Lecture 4", "Week 2", "Tema 5";
# in a header, also the words that name things in an item's label ("Chapter 11", "Class
# 1"): a course's header says where the notes stand before its fact.
_COURSE_UNIT = re.compile(rf"\b(?:{COURSE_UNIT_WORDS}|unit|lec|chapter|module|session|class|"
                          r"seminar|clase)\s*\d", re.I)
# A sentence opening on a pronoun of another language that points back to a thing named
# before it (English, and "However, …", quality.points_back reads). Not Italian "Il", an
# article ("Capitolo 3 – appunti. Il ciclo di Krebs produce …" asked "[Capitolo 3]").
_POINTS_BACK_ABROAD = re.compile(r"(?:es|er|sie|dies|elle|ils|elles|ce|cela|esto|esta|este|"
                                 r"ello|ella|esso|essa|questo|questa|ele|ela|eles|elas|"
                                 r"isto|isso)\b", re.I)


def _opens_pointing_back(sentence: str) -> bool:
    """Whether a sentence after a course's header points back at what the header named."""
    return points_back(sentence) or bool(_POINTS_BACK_ABROAD.match(sentence))


# Words that say what kind of notes a course's header heads, no subject of them.
_NOTES_ONLY = re.compile(r"\b(?:notes?|notizen|appunti|apuntes|notas|summary|review|revision|"
                         r"recap|handout|slides?|reading|seen|covered|in|from|with|and|of|the)\b",
                         re.I)


# The notes' kind after a header's subject: "Topic 3 – Krebs cycle, class notes." (its
# card kept "Krebs cycle, class notes. It yields [...]").
_NOTES_TAIL = re.compile(r"\s*[,;–—-]\s*(?:(?:class|lecture|course|seminar)\s+)?(?:notes|"
                         r"appunti|apuntes|notizen|notas)\s*\.?$", re.I)
# A short label before a dash opening a course's header: "Krebs cycle – seen in class …".
_SUBJECT_BEFORE_DASH = re.compile(r"(?P<subject>[^\W\d_][^–—:*\[\]$]{2,40}?)\s+[–—-]\s+\S")


def _lead_in_of(item: SyntaxTreeNode) -> str:
    """The last sentence of the paragraph right above the list that holds `item` ("… In
    medicine, … Some questions to ask are:"), as typed; "" where none stands there."""
    above = item.parent.previous_sibling if item.parent is not None else None
    child = _inline_child(above) if above is not None and above.type == "paragraph" else None
    return re.split(r"(?<=[.!?])\s+", child.content.strip())[-1] if child is not None else ""


def _names_a_subject(header: str) -> bool:
    """Whether a course's header names a subject besides the course and the notes ("Lecture
    3 – Krebs cycle", not "Topic 3 – class notes"): what a sentence after it pointing back
    ("It yields 2 ATP …") is about."""
    left = _COURSE_UNIT.sub(" ", header)
    left = _NOTES_ONLY.sub(" ", _COURSE_WORDS.sub(" ", _NOTES_WORDS.sub(" ", left)))
    return re.search(r"[^\W\d_]{3,}", left) is not None


def _course_header_line(plain: str) -> bool:
    """Whether a short line names the course and the notes ("LAW1102 — notes from Tues
    lecture", "Topic 3 – class notes"): a course's anchor, words about the notes, or two
    course words."""
    unbracketed = _BRACKETS.sub(" ", plain)
    return _words(plain) <= MAX_COURSE_LINE_WORDS and bool(
        _COURSE_ANCHORS.search(unbracketed) or _NOTES_WORDS.search(unbracketed)
        or len([word for word in _COURSE_WORDS.findall(unbracketed)
                if not _TITLED_NAME.match(word)]) >= 2)


# The words a note to oneself of the course opens on, in a series too: "- Week 3 lecture" /
# "- Week 4 lecture", "- From the textbook" / "- From the lecture" (a series of the
# subject's kinds otherwise: "- Class 1" / "- Class 2"; the second re-read).
_COURSE_TIME_WORDS = frozenset("""week lecture lec session seminar lesson day tutorial from
    woche vorlesung aus von semaine settimana lezione semana clase de da dal del""".split())
# A comment and a fenced code block: "#flashcards" in either is no tag of the note.
_COMMENTS_AND_CODE = re.compile(r"%%.*?%%|<!--.*?-->|^[ \t]*(```|~~~).*?^[ \t]*\1", re.S | re.M)


def _doer_named(label: str, rest: str) -> re.Match | None:
    """The name a "Label — Name" line gives, where its label says in two words or more what
    was done or found ("Discovered the electron — J.J. Thomson"), or None (name_values,
    name_of_deed)."""
    named = _NAME_VALUE.fullmatch(unmark(rest).strip())
    bare = unmark(label)
    if named is None or not _DONE_OR_FOUND.search(bare) or len(bare.split()) < 2 or \
            _COURSE_ROLE.search(bare) or named["name"].casefold() in _NOT_NAMES:
        return None
    return named


def _first_word(text: str) -> str:
    return next(iter(unmark(text).casefold().split()), "")


def _without_images(text: _Inline) -> str:
    """The text without its pictures' marks."""
    without = text.text
    for mark in text.images:
        without = without.replace(mark, "") if mark else without
    return " ".join(without.split())


def _plural_subject(plain: str) -> bool:
    """Whether a line opening on a word in -s opens on its subject, a plural noun, and that
    subject's verb ("Arteries carry blood …", "Earthquakes occur at …"), not on a verb
    whose subject is left out ("Executes laws", "Nominates judges"): the word after it is a
    verb of its own (its -s form is one statements.py reads) or the two read as a subject
    and its verb (names_own_subject)."""
    words = plain.split()
    if len(words) < 2:
        return False
    after = words[1].strip(",.;:")
    if after.isalpha() and after.islower() and not after.endswith("s") and (
            verb_form(f"{after}s") or verb_form(f"{after}es")
            or after.endswith("y") and verb_form(f"{after[:-1]}ies")):
        return True
    return names_own_subject(plain)


def _empty_item(item: SyntaxTreeNode) -> bool:
    """Whether a list item holds nothing: a bullet typed with no text ("* ")."""
    return all(child.type == "paragraph" and not (
        (inline := _inline_child(child)) is not None and inline.content.strip())
        for child in item.children)


def _sentences_over_a_title(block: SyntaxTreeNode) -> tuple[str, str] | None:
    """A paragraph of sentences whose last line titles the list below it, split into the
    sentences and that line; None for any other paragraph (most have one line)."""
    inline = _inline_child(block)
    if inline is None or "\n" not in inline.content or block.map is None:
        return None
    found = _TITLE_LINE.fullmatch(inline.content.strip())
    # A title names what the list holds ("Factors affecting rate:"); a longer line, or one
    # pointing back ("Questo comporta un utilizzo inefficiente …, che dipende da:"), is a
    # sentence leading into the list, read with the sentences before it as before.
    if found is None or _words(found["title"]) > 6 or points_back(found["title"]) or \
            _ABBREVIATION_END.search(found["head"]) or \
            found["head"].lstrip().startswith(("|", ":::", "!!!", "???")):
        return None
    return found["head"].rstrip(), found["title"].strip()


def _syntax_tree(tokens) -> SyntaxTreeNode:
    """SyntaxTreeNode(tokens), the same nodes, made in one pass over the tokens.

    SyntaxTreeNode copies the tokens inside each container once per level it is nested
    in (a table's cells four times over), in Python: a fifth of reading a 2 MiB table
    or a fact of 60,000 marks went there. Here each token is visited once, a container's
    node made at its opening token and closed at its closing one.
    """
    root = _Node()
    root.type = "root"
    _add_children(root, tokens)
    return root


class _Once:
    """SyntaxTreeNode's `map`, worked out at the first ask and kept on the node (a non-data
    descriptor: the node's own attribute wins from then on)."""

    def __get__(self, node, owner=None):
        if node is None:
            return self
        value = node.__dict__["map"] = SyntaxTreeNode.map.fget(node)
        return value


class _Node(SyntaxTreeNode):
    """A SyntaxTreeNode whose `type` is set when it is made and whose `map` is kept once
    asked: the reader asks them of every node again and again (SyntaxTreeNode's properties
    find the token, and copy its map, each time), and the tokens do not change once parsed."""

    type = None  # a plain attribute of each node, not SyntaxTreeNode's property
    map = _Once()


def _add_children(parent: SyntaxTreeNode, tokens) -> None:
    new = _Node.__new__
    stack, top = [parent], parent
    for token in tokens:
        if token.nesting == -1:
            top.nester_tokens = _NesterTokens(top.nester_tokens, token)
            stack.pop()
            top = stack[-1]
            continue
        node = new(_Node)
        node.token, node.nester_tokens, node._parent, node._children = None, None, top, []
        top._children.append(node)
        if token.nesting == 1:
            node.nester_tokens = token  # the opening token, until its closing one comes
            node.type = token.type.removesuffix("_open")
            stack.append(node)
            top = node
        else:
            node.token = token
            node.type = token.type
            if token.children:
                _add_children(node, token.children)
    if len(stack) > 1:
        raise ValueError(f"unclosed tokens starting {stack[1].nester_tokens}")


# A value that says what its label means ("a weakness in a study's design …"): the label
# is a term of a glossary, a side alone ("Limitation: lab setting lacks ecological
# validity" under "## Milgram") no (the second re-read).
_A_MEANING = re.compile(r"\s*(?:a|an|the\s+\w+\s+(?:of|that|which|in))\b", re.I)
_NO_KEY_SKIPPED = "no single option is marked as the answer (✓, [x], bold, or 'Answer: B')"
# A parent item that names nothing its nested points are said of (_owns_no_points).
_NO_OWNER = re.compile(
    r"(?:but|however|also|and|or|so|therefore|thus|aber|jedoch|mais|cependant|ma|però|"
    r"pero|sin\s+embargo|maar|echter)\b.{0,3}$"
    r"|(?:from|aus|dal|dalla|du|de\s+la|del)\s+(?:the\s+|my\s+|dem\s+|der\s+|il\s+|le\s+|"
    r"el\s+|la\s+)?(?:textbook|book|lecture|slides?|class|notes|reading|lehrbuch|buch|"
    r"vorlesung|libro|lezione|manuel|cours|clase)\b.*"
    r"|(?:remember|don['’]t\s+forget|n\.?\s?b\.?|note\s+to\s+self|merke|ricorda|"
    r"n['’]oublie|recuerda)\b.*|.*\b(?:for|in|on)\s+the\s+(?:exam|test|midterm|final)\b.*"
    r"|p{1,2}\.\s*\d.*|(?:seite|s\.|pag\.?|pág\.?)\s*\d.*"
    r"|(?:week|woche|semaine|settimana|semana|lecture|lesson|seminar|tutorial|session|"
    r"class|vorlesung|lezione|cours|clase)\s*\d+\b.*"
    r"|(?:(?:exam|test|klausur|esame|examen|tentamen)\s+)?(?:favou?rites?|classics?|staples?|"
    r"alert|high[\s-]yield|must[\s-]know|important|wichtig|importante?|belangrijk)\b.*", re.I)
# An item that is a question's label and the question, or an answer's label and the answer
# (questions_as_items); the whole pair is _qa_pair's. The labels are md_course's.
_QUESTION_ITEM = re.compile(rf"(?:{QUESTION_LABELS})\s*[:.：]\s*\S|"
                            rf"(?:{LETTER_QUESTION_LABELS})\s*[:.：]\s*\S.*[?？]\s*$", re.S)
_ANSWER_ITEM = re.compile(rf"(?:{ANSWER_LABELS})\s*[:：]\s*\S")
# A question and its answer on one item, both labelled, the answer's label with a colon
# ("Q: Name the LTM types A: episodic, semantic, procedural"; "答" needs no space before it).
_ITEM_QA = re.compile(rf"(?:{QUESTION_LABELS})\s*[:.：]\s*"
                      rf"(?P<q>\S.*?)(?:\s+(?:{LATIN_ANSWER_LABELS})|(?<=[?？])\s*答|\s+答)"
                      r"\s*[:：]\s*(?P<a>\S.*)", re.S)
# A question's item alone, its label and what it asks ("Q: Which of these is an offer?").
_QUESTION_ITEM_ASKS = re.compile(rf"(?:{QUESTION_LABELS}|{LETTER_QUESTION_LABELS})\s*[:.：]\s*"
                                 r"(?P<q>\S.*[?？])", re.S)
# A quiz's option as typed: "B. a reward poster ✓", "(C) …", "C) …" (capitals only).
_OPTION_TYPED = re.compile(r"[*_\s]*\(?[A-E][.)]\s")
# A question's or an answer's label as typed in Markdown, before the item is read inline
# (a label in bold, "**Q:**", "**A.**"): which items questions_as_items reads at all.
_QUESTION_LABEL_TYPED = re.compile(rf"[*_\s]*(?:(?:{QUESTION_LABELS})[*_\s]*[:.：]|"
                                   rf"(?:{LETTER_QUESTION_LABELS})[*_\s]*[:.：])")
_ANSWER_LABEL_TYPED = re.compile(rf"[*_\s]*(?:{ANSWER_LABELS})[*_\s]*[:.：]")
_COURSE_LINE_SKIPPED = ("it says where the course's material is or who teaches it, no "
                        "fact of the subject")
_EXAM_TALK_SKIPPED = "what the exam asks is no fact of the subject"
# A label saying its line is a memory aid: "Mnemonic: WEPT (warfarin, extrinsic, PT)",
# "Eselsbrücke: …", "Regla mnemotécnica: …": its line makes no card (md_labels._AID_LABEL,
# wider, says only that a label such as "Trick from Bunpro" names no thing, its text read).
_MNEMONIC_LABEL = re.compile(r"(?:(?:memory|my|useful|handy|a)\s+)?(?:mnemonics?|eselsbrücken?|"
                             r"merkhilfen?|merksatz|merksätze|(?:moyen\s+)?mnémotechniques?|"
                             r"reglas?\s+mnemotécnicas?|mnemotecnias?|regol[ae]\s+mnemonic[ahe]|"
                             r"ezelsbruggetjes?)", re.I)
_MNEMONIC_SKIPPED = "a memory aid for the facts beside it, no fact of its own"
_EXAM_DATE_SKIPPED = ("when an exam or a test is, and what it covers, is the course's "
                      "calendar, no fact of the subject")
# How far apart, in lines, two scopes of one set may be typed ("for bidder: …", a blank
# line, "for seller: …").
MAX_SCOPE_DISTANCE = 6


def _owns_no_points(owner: str) -> bool:
    """Whether a parent item names nothing its nested points are said of, so that they
    keep their section's context: a note to oneself or of the course ("From the textbook",
    "Remember this for the exam", "Week 3 lecture", "Seminar 4", "p. 45–47"), a kind of
    text ("Tip", "Note"), or a word that joins ("But", "However"). As the points' title,
    each stood in for the topic (the code re-read of session 39: "Ecology › From the
    textbook / [lichens] are typical pioneers")."""
    bare = strip_emoji(owner).strip(" *_.:!")
    label, colon, _ = bare.partition(":")
    if colon and label.strip() and len(label.split()) <= 3 and \
            _owns_no_points(label.strip()):
        return True  # "Source: Campbell ch. 54", "Tip: remember with HACS"
    return bool(_NO_OWNER.fullmatch(bare) or is_structural_label(bare)
                or says_only_where_from(bare) or _course_place(bare)
                or course_word(re.sub(r"\s*\d+[a-z]?$", "", bare))
                or _labels_no_thing(bare, ""))


class _MarkdownReader:
    def __init__(self, path: Path):
        self.path = path
        self.name = display_path(path)
        self.section_fields: set[str] = set()  # collect_fields
        self.field_values: set[int] = set()  # ids of the facts asking a field's value
        # The shared builder reads the front matter and checks every key for clashes:
        # same messages, same checks as a YAML article.
        self.builder = ArticleBuilder(path, self.name, ids=False)
        self.problems = self.builder.problems
        self.skipped: list[Text] = []
        self.concepts: list[Concept] = []
        self.glossary: dict[str, GlossaryTerm] = {}  # casefold term -> term
        self.references: list[Text] = []
        self.bibliography: Bibliography | None = None
        self.footnotes: list[Footnote] = []
        self.topics: dict[str, tuple[str, int, str]] = {}  # slug -> (topic, line, key)
        self.used_topics: set[str] = set()
        self.titles: list[str] = []  # every heading, list and table title, for hints
        self.sections: list[_SectionDraft] = []
        self.heading_titles: dict[str, str] = {}  # a heading's section id -> its title
        # A heading's section id -> the footnote markers of it and the headings above it.
        self.heading_markers: dict[str, tuple[str, ...]] = {}
        self.section_ids = UniqueNames()
        self.container_ids = UniqueNames()
        self.defined: set[str] = set()  # definition keys: a second one is a plain fact
        self.tags: list[str] = []  # Anki tags: front matter `tags:` and inline `#tags`
        self.section_tags: dict[str, list[str]] = {}  # heading's section id -> its `#tags`
        self.aliases: list[str] = []  # front matter `aliases:`: names of the subject
        self.terms: list[str] = []  # terms the article defines or names, for facts
        self.linked: list[str] = []  # names its wiki links show, for facts that state nothing
        self.parsed_references = False  # parse(): a link reference or footnote defined

    def parse_at(self, source: str, offset: int) -> list:
        """`parse(source)` numbered as if `source` began `offset` lines into the file. (It
        used to be padded with `offset` newlines: markdown-it then split every line above
        it again, so a page of callouts or loose lines took time as the square of its
        length: 17 s for a 2 MiB page of the style articles.)"""
        tokens = self.parse(source)
        if offset:
            for token in tokens:
                if token.map:
                    token.map = [token.map[0] + offset, token.map[1] + offset]
        return tokens

    def parse(self, source: str) -> list:
        """markdown-it's tokens of `source`, noting whether it defined link references or
        footnotes: where none were, a line parsed again on its own parses as it did in its
        block (term_lines)."""
        env: dict = {}
        tokens = _PARSER.parse(source, env)
        # (A page with headings has empty footnote tables: no footnote is defined there.)
        footnotes = env.get("footnotes") or {}
        if footnotes.get("list"):
            _label_inline_footnotes(tokens, footnotes["list"])
        if env.get("references") or footnotes.get("refs") or footnotes.get("list"):
            self.parsed_references = True
        return tokens

    # -- reporting -------------------------------------------------------------------------
    def skip(self, line: int, what: str, why: str) -> None:
        self.skipped.append(Text(f"{what} ({why})", line))

    def warn(self, line: int, field_name: str, message: str) -> None:
        self.builder.error(line, field_name, message, "warning")

    def error(self, line: int, field_name: str, message: str) -> None:
        self.builder.error(line, field_name, message)

    def bounded(self, heading: str, line: int) -> str:
        """The heading, or an error when it is too long for a name (it is copied into every
        note of its section, and into the lock); the read goes on to find more errors."""
        if len(heading) > MAX_NAME_CHARS:
            problem = Problem(self.name, line, "heading", name_too_long(heading))
            if problem not in self.problems:  # the title heading may be a section's too
                self.problems.append(problem)
            return heading[:MAX_NAME_CHARS]
        return heading

    def fits(self, name: str, line: int, field_name: str) -> bool:
        """Whether `name` (a label, term or dimension) is short enough for a name, as in a
        YAML article; an error at its line when not. It is copied into its note's key,
        label and lock entry, and its item is left out so the read goes on."""
        if len(name) <= MAX_NAME_CHARS:
            return True
        self.error(line, field_name, name_too_long(name))
        return False

    # -- the article -----------------------------------------------------------------------
    def read(self, source: str) -> tuple[Article, list[Problem]]:
        source = source.replace("\r\n", "\n").replace("\r", "\n")
        front_block = front_matter.split(source)
        if not front_block.closed:
            self.warn(front_block.line, "front matter", "front matter opened here is never "
                      "closed (end it with a line `---`); it is read as text")
        front = self.front_matter(front_block)
        # A note the Spaced Repetition plugin reviews is tagged #flashcards (its default):
        # there, `Term::meaning` is a card its author wrote, not a Dataview field.
        self.flashcard_note = bool(_FLASHCARDS_TAG.search(
            _COMMENTS_AND_CODE.sub("", front_block.body))) or any(
            tag.split("::")[0].casefold() in ("flashcards", "flashcard") for tag in self.tags)
        body = _drop_tool_syntax(_content_tabs(_blocks_out_of_html(
            _formula_images(front_block.body))), fields=not self.flashcard_note)
        # As typed: a MyST fence the body reads as a `:::` box is named as the author typed it.
        self.typed_lines = front_block.body.split("\n")
        # Where the notes' own lines begin, past a front matter (blanked, its lines kept).
        self.content_start = next((at + 1 for at, typed in enumerate(self.typed_lines)
                                   if typed.strip()), 1)
        tokens = self.parse(body)
        if "$" in body or "\\(" in body:
            escaped = _pipes_in_table_math(body, tokens)
            if escaped != body:
                body, tokens = escaped, self.parse(escaped)
        self.lines = body.split("\n")  # where lists were typed without blank lines (item_groups)
        self.report_dropped_items(body, tokens)
        root = _syntax_tree(tokens)
        _outline_headings(root)
        blocks = list(root.children)

        title_heading = self.title_heading(blocks)
        # A front-matter title is read as a `#` heading's text is: "**Week 1**" and a Quarto
        # "{{< meta course >}}" showed as typed on every card's context line.
        # One that shows nothing (a zero-width space, "&#8203;") is none: every context line
        # opened on "›" (issue 15).
        title = next((shown for shown in (
            front.get("title") or "",
            self.bounded(_inline(_inline_child(title_heading)).plain, _line(title_heading))
            if title_heading else "", _page_property(front_block.body, "title"))
            if not shows_nothing(shown)), self.path.stem)
        self.collect_concepts(blocks)
        self.concept_names = {c.name.casefold(): c.name for c in self.concepts}
        for concept in self.concepts:
            for form in concept.forms:
                self.concept_names.setdefault(form.casefold(), concept.name)
        self.add_aliases(title)
        self.collect_glossary(blocks)
        self.collect_fields(blocks)
        self.article_title = title
        self.walk(blocks, title_heading)
        _untie(root)
        # "Two major categories include *humoral* and *cell-mediated* immunity": a phrase the
        # author marked is a name of the article, which a sentence naming it may hide. A
        # short word marked for stress ("right and *wrong*") is not.
        # A field's value ("Side effects: **hypokalaemia**") is what one name has, not a
        # name of the article for other sentences to hide.
        self.terms.extend(name for draft in self.sections for fact in draft.facts
                          if id(fact) not in self.field_values
                          for _, _, phrase in marks(fact.text.value)
                          if (name := _LEADING_ARTICLE.sub("", phrase.strip()))
                          and _words(name) <= 3 and _is_term(name) and name[:1].isalpha()
                          and weak_answer(name) is None and (" " in name or len(name) >= 6))

        for slug, (_, line, key) in self.topics.items():
            if slug not in self.used_topics:
                self.warn(line, f"topics.{key}", f"{key!r} names no heading, list or table"
                          f"{did_you_mean(key, self.titles)}")
        if self.heading_markers:
            self.mark_heading_footnotes()
        sections = tuple(s for d in self.sections if (s := d.section(self.section_tags)))
        self.builder.check_unique_ids()
        if any(p.severity == "error" for p in self.problems):
            raise ContentError(self.problems)
        article = Article(
            id=slugify(front.get("id") or self.path.stem) or "article",
            title=title,
            deck=front.get("deck") or title,
            path=self.path,
            concepts=tuple(self.concepts),
            glossary=tuple(self.glossary.values()),
            references=tuple(self.references),
            bibliography=self.bibliography,
            footnotes=tuple(self.footnotes),
            sections=sections,
            skipped=tuple(sorted(self.skipped, key=lambda t: t.line)),
            tags=tuple(dict.fromkeys(self.tags)),
            terms=tuple(dict.fromkeys(self.terms)),
            linked=tuple(dict.fromkeys(self.linked)),
            images=tuple(self.builder.images.images),
        )
        return article, self.problems

    def report_dropped_items(self, body: str, tokens) -> None:
        """List items the parser dropped (nested beyond its depth limit) are reported, never
        lost in silence: a line that opens an item but starts no item token."""
        starts = {t.map[0] for t in tokens if t.type == "list_item_open" and t.map}
        verbatim = set()
        for t in tokens:
            if t.map and t.type in ("fence", "code_block", "html_block", "math_block"):
                verbatim.update(range(*t.map))
        deepest = max((t.level for t in tokens if t.type == "list_item_open"), default=0)
        if deepest < _PARSER.options["maxNesting"] - 4:
            return  # nothing came near the limit: every item was parsed
        dropped = [n for n, text in enumerate(body.split("\n"))
                   if _ITEM_LINE.match(text) and n not in starts and n not in verbatim]
        if dropped:
            self.skip(dropped[0] + 1, f"{len(dropped)} list item(s) nested too deep",
                      f"the parser reads lists {_PARSER.options['maxNesting'] // 2} levels "
                      "deep; move them up a level")

    def front_matter(self, block: front_matter.FrontMatter) -> dict[str, str]:
        """The owned keys' values; `tags` and `aliases` read, every other key ignored."""
        root, problems = front_matter.parse(self.name, block)
        self.problems.extend(problems)
        if root is None:
            return {}
        owned, ignored = [], []
        for key_node, value_node in root.value:
            key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else ""
            if key in FRONT_MATTER_KEYS:
                if key in ("id", "title", "deck") and isinstance(value_node, yaml.ScalarNode) \
                        and not str(value_node.value).strip():
                    # A template's blank `title: ""` must not refuse the note (issue 14: front
                    # matter never blocks a Markdown article): the `#` heading or the file
                    # name names it instead, as when the key is missing.
                    self.problems.append(Problem(
                        self.name, value_node.start_mark.line + 1, key,
                        "is empty; ignored, as if it were not there", "warning"))
                    continue
                if key == "title" and isinstance(value_node, yaml.ScalarNode):
                    # Read as a `#` heading's text is before any check: "$a^{**}$" is math,
                    # not a `**` mark left open, and "**Week 1**" is "Week 1". One that shows
                    # nothing so read ("&#8203;", an image alone) leaves the `#` heading or
                    # the file name to title the article (issue 15).
                    shown = _inline_title(_TOOL_SYNTAX.sub("", str(value_node.value)))
                    if shows_nothing(shown):
                        continue
                    value_node = yaml.ScalarNode(value_node.tag, shown, value_node.start_mark,
                                                 value_node.end_mark, value_node.style)
                if key == "topics" and isinstance(value_node, yaml.SequenceNode):
                    # Hugo's `topics` taxonomy: a list of names, not our heading: topic map.
                    self.tags += front_matter.anki_tags(front_matter.strings(value_node))
                    continue
                owned.append((key_node, value_node))
            elif key in ("tags", "tag"):
                self.tags += front_matter.anki_tags(front_matter.strings(value_node))
            elif key in ("aliases", "alias"):
                self.aliases += [" ".join(a.split()) for a in front_matter.strings(value_node)
                                 if a.strip()]
            else:
                ignored.append(key)
        if ignored:
            self.problems.append(Problem(
                self.name, block.line, "front matter",
                f"ignored key(s) {', '.join(ignored)}: deck-builder reads "
                f"{', '.join(FRONT_MATTER_KEYS)}, tags and aliases", "info"))
        root = yaml.MappingNode(root.tag, owned, root.start_mark, root.end_mark)
        keys = self.builder.mapping(root, "", FRONT_MATTER_KEYS, "the front matter")
        if keys is None:
            raise ContentError(self.problems)
        b = self.builder
        values = {k: v for k in ("id", "title", "deck") if (v := b.name_value(keys.get(k), k))}
        self.concepts = list(b.read_concepts(keys.get("concepts")))
        for term in b.read_glossary(keys.get("glossary")):
            self.glossary.setdefault(term.term.casefold(), term)
        self.references = list(b.read_references(keys.get("references")))
        self.bibliography = b.read_bibliography(keys.get("bibliography"), strict=False)
        self.read_topics(keys.get("topics"))
        return values

    def add_aliases(self, title: str) -> None:
        """Aliases are other names of the article's subject: extra forms of the concept the
        title names, when it names one (otherwise they name nothing a card hides)."""
        if not self.aliases:
            return
        for index, concept in enumerate(self.concepts):
            if concept.name.casefold() == title.casefold():
                self.concepts[index] = Concept(
                    concept.name, (*concept.forms, *self.aliases), concept.line)
                return

    def read_topics(self, node: yaml.Node | None) -> None:
        """`topics:` maps a heading, list title or table title to the topic its notes get."""
        if node is None or not self.builder.visit(node, "topics"):
            return
        if not isinstance(node, yaml.MappingNode):
            self.builder.error(node, "topics", "expected a mapping of heading: topic")
            return
        for key_node, value_node in node.value:
            key = self.builder.name_value(key_node, "topics")
            topic = self.builder.topic(value_node, f"topics.{key}")
            if not (key and topic):
                continue
            slug, line = _slug(key) or slugify(key), key_node.start_mark.line + 1
            if slug in self.topics:
                self.error(line, f"topics.{key}", f"{key!r} is listed twice (also on line "
                           f"{self.topics[slug][1]}); keep one")
                continue
            self.topics[slug] = (topic, line, key)

    def topic_for(self, title: str, default: str) -> str:
        self.titles.append(title)
        slug = _slug(title) or slugify(title)
        if slug in self.topics:
            self.used_topics.add(slug)
            return self.topics[slug][0]
        return default

    # -- first pass: what the tables and headings declare ----------------------------------
    def title_heading(self, blocks: list[SyntaxTreeNode]) -> SyntaxTreeNode | None:
        """The only `#` heading, which titles the article; never a `##`, which is a section."""
        top = [b for b in blocks if b.type == "heading" and _level(b) == 1]
        return top[0] if len(top) == 1 else None

    def known_concept(self, name: str) -> str | None:
        for concept in self.concepts:
            if term_pattern(concept.name, concept.forms).fullmatch(name):
                return concept.name
        return None

    def collect_concepts(self, blocks: list[SyntaxTreeNode]) -> None:
        """Concepts are the front matter's, else the comparison tables' column headers."""
        declared = self.declared = bool(self.concepts)
        self.tables: dict[int, _Table] = {}
        self.heading_texts = []
        # The plain text of each heading without images, by the block's id: collect_glossary
        # and heading() read it again.
        self.heading_plains: dict[int, str] = {}
        for block in blocks:
            if block.type == "heading":
                read = _inline(_inline_child(block))
                self.heading_texts.append(read.plain)
                if not read.images:
                    self.heading_plains[id(block)] = read.plain
        # Every heading in one text, searched once per column header: searched heading by
        # heading, a long page's tables took time as headings times columns. " | " holds
        # no word or space, so no name is found across two headings.
        self.headings_text = " | ".join(self.heading_texts)
        for block in blocks:
            if block.type != "table":
                continue
            table = self.tables[id(block)] = _table(block)
            self.classify(table, declared)

    def collect_fields(self, blocks: list[SyntaxTreeNode]) -> None:
        """Labels that head items of lists under two or more headings ("- **Side effects**:
        …" under each drug's heading): field names, as a table's columns are, not terms.
        Under two headings, only words that name a kind of attribute (_FIELD_LABELS):
        "Abrasion" defined under "Coasts" and again under "Rivers", or "ACE inhibitors"
        under each condition they treat, are terms said twice, still asked from what the
        item says of them.
        A label under _FIELD_SECTIONS headings or more is a field whatever its word: a fact
        sheet's "Antidote:", "Half-life:", "Winner:" under each drug's or battle's heading
        (a term is not defined three times over). Lines typed "Label: value" one under the
        other without bullets, which Markdown joins into one paragraph (and Obsidian shows
        as lines), count as a list's items do."""
        under: dict[str, set[int]] = {}
        spoken: Counter[str] = Counter()  # a label's values that are lines of speech
        heading = 0

        def count(text: str) -> None:
            if found := _labelled(text):
                slug = slugify(unmark(found[0]))
                under.setdefault(slug, set()).add(heading)
                if _UTTERANCE.search(unmark(found[1]).strip()):
                    spoken[slug] += 1

        for block in blocks:
            if block.type == "heading":
                heading += 1
            elif block.type in ("bullet_list", "ordered_list"):
                for item in block.children:
                    first = item.children[0] if item.children else None
                    if first is not None and first.type == "paragraph":
                        count(_inline(_inline_child(first)).text)
            elif block.type == "paragraph" and block.map and block.map[1] - block.map[0] > 1:
                for typed in self.lines[block.map[0]:block.map[1]]:
                    count(_TYPED_BULLET.sub("", typed.strip()))
        self.section_fields = {label for label, where in under.items()
                               if len(where) > 1 and label in _FIELD_LABELS
                               or len(where) >= _FIELD_SECTIONS
                               and len(label.split("-")) <= _FIELD_WORDS
                               and label not in _NO_FIELDS and not is_structural_label(label)
                               and 2 * spoken[label] < len(where)}

    def classify(self, table: _Table, declared: bool) -> None:
        names = [strip_emoji(h.plain) for h in table.header]
        cells = [c for r in table.rows for c in r.cells if c.plain]
        if not table.rows:
            table.why = "a table with no rows"
        elif _measurements(table):
            table.why = ("a table of measurements (numbered trials, numbers in every other "
                         "column): data, no fact to recall")
        elif len(names) == 1:
            table.shape = "list"  # "| OSI Model |" over one layer a row: a list in a box
        elif cells and all(_labelled(c.text) for c in cells):
            table.shape = "lists"
        elif len(names) == 2 and (_slug(names[0]) in _TERM_HEADERS
                                  or _slug(names[1]) in _MEANING_HEADERS):
            table.shape = "glossary"
        elif not declared and len(names) >= 3 and not names[0].strip() and any(
                _slug(n) in _NOTE_HEADERS for n in names[1:]) and any(
                n.strip() and _slug(n) not in _NOTE_HEADERS for n in names[1:]) and all(
                _short_value(row.cells[i].plain) for row in table.rows
                for i, n in enumerate(names) if i and n.strip()
                and _slug(n) not in _NOTE_HEADERS and i < len(row.cells)):
            # Under an empty corner, with a column of short facts beside one of notes
            # ("| | Complexity | Notes |" over "Time", "Space"), the rows are dimensions,
            # each asked its fact. Long cells ("| | Definition | Notes |" over "Mitosis")
            # and columns that only describe ("| Heart Sounds | 说明 | 其它 |") ask each row's
            # name from them (entity_table): a blind gate found those cards good and the
            # other direction's long answers weak.
            table.shape = "described"
        elif len(names) == 2 and len(table.rows) >= 2 and all(
                _DOCUMENT_REFERENCE.fullmatch(r.cells[0].plain.strip())
                for r in table.rows if r.cells):
            # "| Document | Exemples de souffrances … |" over "| Doc 5 | Travail forcé … |":
            # a worksheet's documents by number, and "[Doc 5] — Travail forcé" asked the
            # number (blind sample 3003: junk). What each says is read as a line of its own.
            table.shape = "documents"
        elif len(names) >= 3 and any(h.images for h in table.header[1:]) and \
                _question_rows(table):
            # A worksheet's questions about pictures ("| Affiches | ![](affiche-1915.jpg)
            # d'Abel Faivre, 1915 | … |" over "| 6. Quel est son but ? | Financer la guerre
            # | … |"): the answers hold for posters no card shows. Read as entities, "[6.
            # Quel est son but ?] — …: Financer la guerre" hid the question (blind sample
            # 2905: junk); read as questions, a gate found 10 of 14 cards junk, "asks about
            # a poster the learner cannot see".
            table.why = ("a worksheet's questions about the pictures heading its columns: "
                         "no card shows the pictures its answers are about")
        elif not declared and len(names) >= 3 and all(n.strip() for n in names) and \
                _slug(names[0]) not in _DIMENSION_HEADERS | _QUESTION_HEADERS and \
                not all(_slug(n) in _LANGUAGE_HEADERS for n in names) and \
                not _question_rows(table) and all(
                _sentence_column(table, i) for i in range(len(names))):
            # "| Przyjaciele Hioba | Hiob | Bóg |" over what each says, a sentence a cell: the
            # columns are the parties, and no cell names its row. Read as entities, each card
            # hid a whole sentence of the first column, its party unsaid (blind sample 3005:
            # junk). Each cell is read as a line of its column. Not a comparison whose first
            # column asks or names the rows ("| Question | Mitosis | Meiosis |"), nor a
            # phrasebook, each row one sentence in several languages (the code re-read).
            table.shape = "sentences"
        elif not declared and self.entity_table(table, names):
            table.shape = "entity"
        elif len(names) == 2 and self.question_table(table):
            table.shape = "questions"
        elif len(names) == 2 and (all(self.named_in_headings(n) for n in names) or (
                _BEFORE_HEADER.match(names[0]) and _AFTER_HEADER.match(names[1]))):
            # ("| Avant (Paléolithique) | Après (Néolithique) |" over "| Nomades |
            # **Sédentaires** |": a time before and after, each row a point of each; read
            # as a term and its meaning, "Nomades — [...]" showed neither time.)
            table.shape, table.concepts = "concepts", [self.known_concept(n) or n for n in names]
        elif len(names) >= 3:
            concepts = names[1:]
            if len(concepts) > MAX_CONCEPTS:
                if all(concepts) and len({c.casefold() for c in concepts}) == len(concepts):
                    # "| Feature | IgG | IgM | IgA | IgD | IgE |": more concepts than a
                    # compare note holds; each row is a cloze note of its cells instead.
                    table.shape, table.concepts = "wide", concepts
                    return
                table.why = (f"{len(concepts)} concept columns; a comparison has at most "
                             f"{MAX_CONCEPTS}")
                return
            if not all(concepts):
                table.why = "a comparison needs a concept name above every column but the first"
                return
            if not all([self.fits(name, table.line, "concept") for name in concepts]):
                table.why = "a concept name is too long"
                return
            resolved = []
            for name in concepts:
                known = self.known_concept(name)
                if known is None and declared:
                    listed = ", ".join(c.name for c in self.concepts)
                    table.why = (f'column "{name}" is not one of the front matter\'s concepts '
                                 f"({listed})")
                    return
                if known is None:
                    self.concepts.append(Concept(name, (), table.line))
                    known = name
                resolved.append(known)
            if len({n.casefold() for n in resolved}) < len(resolved):
                table.why = "a concept is named twice in the header"
                return
            table.shape, table.concepts = "comparison", resolved
        elif len(names) == 2:
            table.shape = "entity"  # "Port | Protocol", "Date | Event": hide the row's name
        else:
            table.why = ("not a comparison ([dimension, concept, concept...]), a "
                         '"Term | Meaning" glossary or lists of "**Label**: text" cells')

    def entity_table(self, table: _Table, names: list[str]) -> bool:
        """A table whose first column names things and whose other columns are attributes
        ("Drug | Initial dose | Target dose"), not a comparison of concepts."""
        if len(names) == 2:
            return False  # two columns: a glossary, questions, concepts or terms, below
        first = _slug(names[0])
        if first in _NUMBER_HEADERS and not names[0].strip():
            return any(_slug(n) in _ATTRIBUTE_HEADERS or _slug(n) in _NOTE_HEADERS
                       for n in names[1:])
        if first in _DIMENSION_HEADERS:
            return False
        return not all(self.named_in_headings(n) for n in names[1:])

    def question_table(self, table: _Table) -> bool:
        """Two columns of questions and answers, with or without a header: a header row
        that is itself a question and its answer is a row like the others."""
        header = table.header
        if header and header[0].plain.endswith("?"):
            table.rows.insert(0, _Row(table.line, header))
        elif any(h.plain for h in header):
            return False
        lefts = _row_heads(table)
        return bool(lefts) and sum(q.endswith("?") for q in lefts) * 2 >= len(lefts)

    def named_in_headings(self, name: str) -> bool:
        """A column header that names a concept: declared, or a heading's subject."""
        if not name.strip():
            return False
        pattern = term_pattern(strip_emoji(name))
        return self.known_concept(name) is not None or \
            pattern.search(self.headings_text) is not None

    def collect_glossary(self, blocks: list[SyntaxTreeNode]) -> None:
        """Glossary tables are read before the text so every paragraph can define a term."""
        heading = ""
        for block in blocks:
            if block.type == "heading":
                heading = strip_emoji(self.heading_plain(block))
            table = self.tables.get(id(block)) if block.type == "table" else None
            if table is None or table.shape != "glossary" or _aspect_table(table):
                continue  # (a subject's aspects are no glossary: table())
            for row in table.rows:
                term, meaning = row.cells[0].plain, row.cells[1]
                if not term or not meaning.text:
                    self.skip(row.line, f'glossary row "{term}"', "a term and a meaning are "
                              "both needed")
                    continue
                if _abbreviation_row(row):
                    continue  # asked the other way round where the table stands (table())
                self.add_glossary(GlossaryTerm(term, Text(meaning.text, row.line), (), row.line,
                                               heading))

    def add_glossary(self, term: GlossaryTerm) -> None:
        if not self.fits(term.term, term.line, "glossary"):
            return
        known = self.glossary.get(term.term.casefold())
        if known is None:
            self.glossary[term.term.casefold()] = term
        elif known.definition is None:  # named in the front matter, defined in the text
            self.glossary[term.term.casefold()] = GlossaryTerm(
                known.term, term.definition, known.forms, known.line, term.heading)
        else:
            self.warn(term.line, "glossary", f'"{term.term}" is defined twice (also on line '
                      f"{known.line}); the first definition is used")

    # -- second pass: the text, in order -------------------------------------------------------
    def walk(self, blocks: list[SyntaxTreeNode], title_heading: SyntaxTreeNode | None) -> None:
        self.stack: list[tuple[int, str, str]] = []  # (level, topic, id) of open headings
        self.mode = "text"  # "references" or "glossary" under those headings
        self.links_section = False  # under "## Links", "## Further reading": no card
        self.current: _SectionDraft | None = None
        self.block_line = 1
        self.title_block = title_heading
        self.named_heading: tuple[str, str] | None = None  # (name, parent title): heading()
        self.named_result: str | None = None  # "Rolle's theorem": heading(), states_result()
        self.asked_heading: str | None = None  # "Why does …?": heading(), for its answer
        self.describing_asked = False  # the list under "What is X?" (read_items)
        # The heading (or the article's title) right above the block being read, and, while
        # a paragraph right under it is read, that title: what a meaning typed with no term
        # may mean (fragment_meaning).
        self.heading_above: str | None = None
        self.sentence_over_formula: tuple[_Inline, str] | None = None
        # A titled box's title while its first block is read: a display formula's lead there
        # is right under the title that names it, as under a heading (formula_under_heading).
        self.box_above: str | None = None
        self.formula_step = False  # the paragraph read shows a derivation's step (formula_lead)
        self.item_over_formula: _Inline | None = None  # a list's last item over a display
        self.meaning_of: str | None = None
        self.describing: tuple[str, str] | None = None  # the same, for a list's first item
        # The term the list being read has just defined ("- Active transport is …"): what
        # an item after it means by "It" ("- It requires energy from respiration").
        self.item_subject: str | None = None  # "" in a list that has defined none
        self.subject_seed: str | None = None  # the term a nested list's parent names
        # Labels the nested lists of two or more sibling items share ("Motor", "Sensory"
        # under each nerve): fields of their parent, not names (_attribute_labels).
        self.attributes: tuple[str, set[str]] | None = None
        self.nested_owner: str | None = None  # the item a nested list is under (fields_list)
        self.list_owner: str | None = None  # the same, while that list is read (list_items)
        # Pictures typed in a set's items, for the notes the set makes (read_items).
        self.item_figures: list[Figure] = []
        self.introduction: _SectionDraft | None = None  # the text before any heading
        self.over_lists: set[int] = set()  # the lines of list items with a list nested below
        self.blocks(blocks)

    def blocks(self, blocks: list[SyntaxTreeNode]) -> None:
        """Read a run of blocks in order: the body, or the inside of a callout."""
        in_admonition = 0  # line of an open ":::" block
        carried = None  # the title a list's last item carried for the list after it
        index = 0
        while index < len(blocks):
            block, following = blocks[index], blocks[index + 1] if index + 1 < len(blocks) else None
            prior = blocks[index - 1] if index else None
            index += 1
            line = self.block_line = _line(block) or self.block_line
            if in_admonition:  # a ":::" block runs until a paragraph that closes it
                if block.type == "paragraph" and _FENCE_CLOSE.search(
                        _inline(_inline_child(block)).plain.split(" ")[-1]):
                    in_admonition = 0
                continue
            if block is self.title_block:
                self.heading_above = self.article_title
                continue
            # "### Belief disconfirmation" over the sentence that says what it is (heading()).
            named, self.named_heading = self.named_heading, None
            result, self.named_result = self.named_result, None
            above, self.heading_above = self.heading_above, None
            box_above, self.box_above = self.box_above, None
            if block.type == "hr" or block.type == "paragraph" and _CELL_MARKER.match(
                    _inline_child(block).content if _inline_child(block) else ""):
                # A rule, or a notebook's cell marker ("+++ {"slideshow": …}"), between a
                # heading and its first line is layout: the line is still right under it.
                self.named_heading, self.heading_above = named, above
                if block.type == "paragraph":
                    # Read as text it made "[+++ {"slideshow"] — {"slide_type": …}}" cards.
                    self.skip(line, "notebook cell marker", "layout between cells, no content")
                    continue
            asked, self.asked_heading = self.asked_heading, None
            # The paragraph a display formula follows, and the heading right above that
            # paragraph, if any ("## Variance" / "The variance measures spread …"), and the
            # last item of a list a display follows: what may name the formula.
            over_formula, self.sentence_over_formula = self.sentence_over_formula, None
            over_item, self.item_over_formula = self.item_over_formula, None
            if self.links_section and block.type in ("paragraph", "bullet_list",
                                                     "ordered_list") and (
                    _all_links(block) or _slug(self.section().title) in _READING_HEADINGS
                    and self.reading_list(block)):
                # "## Links" over "Elasticity of Demand - https://www.youtube.com/…": where
                # to read or watch, no fact; its cards asked the videos' titles and addresses.
                # (Only lines that link: under "## Links" in a chemistry note, "A peptide
                # bond links two amino acids" is a fact.)
                for at in ([_line(item) or line for item in block.children]
                           if block.type != "paragraph" else [line]):
                    self.skip(at, "link", "it is in a list of links under a heading of "
                              "links: where to read or watch, no fact to ask")
                continue
            if block.type == "heading":
                self.heading(block)
            elif block.type in ("paragraph", "html_block") and (
                    consumed := self.figures(block, following)):
                index += consumed - 1
            elif block.type == "paragraph" and self.mode == "text" and following is not None \
                    and following.type in ("bullet_list", "ordered_list") and \
                    index + 1 < len(blocks) and \
                    self.theorem_statement(block, following, blocks[index + 1]):
                # "Sia $f$ tale che:" / "1. $f$ continua su $[a, b]$ …" / "allora …": the
                # hypotheses and the conclusion of one result, one card (theorem_statement).
                index += 2
            elif block.type == "paragraph" and following is not None and \
                    following.type in ("bullet_list", "ordered_list") and \
                    (parts := _sentences_over_a_title(block)) is not None:
                # "The net movement of particles from …" / "Factors affecting rate:" over a
                # list, typed as one paragraph: the sentences say what the heading is, the
                # last line titles the list. Read whole, neither made a card, and the list's
                # cards named no title. Each is read as the block it would be with a blank
                # line between them, the heading still right above the first.
                self.named_heading, self.named_result, self.heading_above = named, result, above
                self.box_above, self.asked_heading = box_above, asked
                head, title = parts
                start = block.map[0]
                self.blocks([*_syntax_tree(self.parse_at(head, start)).children,
                             *_syntax_tree(self.parse_at(title, start + head.count("\n") + 1))
                             .children, following])
                index += 1
            elif block.type == "paragraph":
                text = self.inline(_inline_child(block))
                if self.mode == "text" and _LEGEND_LEAD.fullmatch(text.plain.strip()) and \
                        following is not None and \
                        following.type in ("bullet_list", "ordered_list") and \
                        (tex := _display_tex(prior)) is not None and \
                        (legend := self.symbol_legend(following, tex)) is not None:
                    # `$$F = ma$$` / "where:" / "- $F$: the net force": the legend with its
                    # lead-in word between, read as the legend right under the formula is
                    # (a bare letter was asked of each item, the code re-read).
                    self.legend_fact(tex, legend, line)
                    index += 1
                    continue
                if _licence(text):
                    # (Before the readings of labels and years: "License: CC BY-SA 4.0" was
                    # a field, "© 2023 Jane Doe" a year to ask.)
                    self.skip(line, "licence", _LICENCE_SKIPPED)
                    continue
                if self.mode == "text" and (self.spaced_repetition_lines(block, line) or
                                            self.spaced_repetition_card(text, line)):
                    continue  # before a heading's first line is read as what it names
                if self.mode == "text" and _WORKED_OPENING.match(_inline_child(block).content):
                    # "**Worked example** (tutorial sheet 5, Q2)" and the blocks under it to
                    # the next heading: one problem's data and steps ("[Market eq] — 100 − Q =
                    # 20 + Q …", "[Inverse demand] — P = 100 − Q" were asked).
                    self.skip(line, "exercises or a worked example", _WORKED_SKIPPED)
                    while index < len(blocks) and self.worked_on(blocks[index]):
                        self.skip(_line(blocks[index]) or line, "exercises or a worked example",
                                  _WORKED_SKIPPED)
                        index += 1
                    continue
                if self.mode == "text" and following is not None and \
                        following.type == "paragraph" and _wholly_marked(text.text) and \
                        _EXAMPLE_LINE.fullmatch(unmark(text.text).strip()):
                    # "**Example**" over a paragraph: the paragraph is the example, no fact
                    # of its own ("Asked whether Gandhi died before or after age [140,
                    # people] then guess …" asked the example's data).
                    self.skip(line, "example", "an example illustrates a fact stated "
                              "elsewhere; state the fact it shows")
                    self.skip(_line(following) or line, "example", "the paragraph under "
                              "an \"Example\" line illustrates a fact; state the fact it shows")
                    index += 1
                    continue
                if _ADMONITION.match(text.plain):
                    opening = _inline_child(block).content.split("\n")[0].strip()
                    self.skip(line, f"admonition {opening}", "its body is not indented by four "
                              "spaces, so it could not be read")
                    if text.plain.startswith(":::") and not text.plain.endswith(":::"):
                        in_admonition = line
                    continue
                if prior is not None and prior.type == "math_block" and \
                        text.text.startswith("where ") and \
                        "**" not in (sentence_rest := _first_sentence(text.text))[0]:
                    # "where $U$ is a characteristic velocity …" under a display no card
                    # asks: it says what the formula's letters are, no fact of its own
                    # ("where δQ is the [heat added] …" asked a symbol's meaning from half
                    # a formula). A card asking the display takes it (formula_lead, where()).
                    # A phrase the author marked in it ("where $V$ is the *velocity of
                    # money*") is asked, as before.
                    sentence, rest = sentence_rest
                    self.skip(line, '"where …" line', "it says what the letters of the formula "
                              "above it stand for, and that formula makes no card")
                    if rest:
                        self.paragraph(_Inline(rest), line)
                    continue
                if prior is not None and prior.type == "math_block" and \
                        _STATEMENT_TEX.search(prior.content) and \
                        not _worked_step(prior.content.strip()) and \
                        (legend := _cjk_legend(text.text)):
                    # "其中 $a_k$ 为傅里叶系数，…" under the display: what each letter is,
                    # asked with the formula shown ("\[x(t) = …\] 其中 $a_k$ 为 […]"); the
                    # sentences after the legend are read on their own.
                    stop, spans = legend
                    self.legend(prior.content.strip(), text.text[:stop], spans, line)
                    if rest := text.text[stop:].strip():
                        self.paragraph(_Inline(rest), line)
                    continue
                if prior is not None and prior.type == "math_block" and \
                        _STATEMENT_TEX.search(prior.content) and \
                        not _worked_step(prior.content.strip()) and \
                        _CJK_LEGEND_OPENING.fullmatch(text.text.strip()) and \
                        (legend_items := self.legend_items(following)):
                    # "其中：" over a list of "$a_k$：傅里叶系数" under the display: the legend
                    # typed as a list, read as the sentence it stands for (the items were
                    # asked as labels, "[$a_k$] — 傅里叶系数": a bare symbol).
                    sentence = f"{text.text.strip()}{'；'.join(legend_items)}。"
                    if legend := _cjk_legend(sentence):
                        self.legend(prior.content.strip(), sentence, legend[1], line)
                        index += 1
                        continue
                if prior is not None and prior.type == "math_block" and \
                        _STATEMENT_TEX.search(prior.content) and \
                        _CJK_ABOVE_FORMULA.match(text.text) and cjk_name_given(text.text):
                    # "上式称为伯努利方程。" under the display: the name of the formula it
                    # points at, asked with that formula on the front.
                    with self.read_from(prior):
                        self.paragraph(_Inline(f"\\[{prior.content.strip()}\\] {text.text}"),
                                       line)
                    continue
                if following is not None and following.type == "math_block" and \
                        self.display_named_after(text, following, blocks[index + 1]
                                                 if index + 1 < len(blocks) else None):
                    self.sentence_over_formula = None
                    index += 2
                    continue
                if following is not None and following.type == "math_block":
                    self.sentence_over_formula = (text, box_above or above or "")
                if following is not None and following.type == "math_block" and (
                        joined := self.formula_lead(text, following, blocks[index + 1]
                                                    if index + 1 < len(blocks) else None)):
                    self.sentence_over_formula = None
                    index += joined
                    continue
                if (titled := _TITLED_FORMULA.fullmatch(text.text)) and (
                        following is None or following.type != "math_block") and \
                        self.titled_formula(titled["name"], titled["tex"].strip(), line):
                    # "Bayes' theorem" with its `$$…$$` typed straight under it
                    index += self.where(following)
                    continue
                if above and (alone := _FORMULA_ONLY.fullmatch(text.text)) and \
                        self.named_formula(alone["tex"].strip(), line, above, following,
                                           display=alone[0].lstrip().startswith("\\[")):
                    index += self.where(following)  # "## Mass–energy equivalence" / "$E = mc^2$"
                    continue
                lead_in = self.lead_in(text, following)
                if following is not None and following.type == "table" and (
                        caption := _caption(text.plain)) is not None:
                    lead_in = caption  # "Table: Passive vs active sensors" over the table
                if result and lead_in is None and self.states_result(result, text, line):
                    continue
                if named and lead_in is None and self.describes(
                        named, replace(text, text=unmark(text.text)) if _bold_meaning(
                            _inline_child(block).content, text, following) else text,
                        line, item=False):
                    continue
                if asked and lead_in is None and self.answers(asked, text, line):
                    continue
                content = _inline_child(block).content
                if lead_in is None and content.lstrip().startswith(("<mark", "==")) and \
                        _wholly_marked(text.text) and _labelled(text.plain):
                    # "<mark>Contrat : accord de volonté …</mark>": read as the line it marks.
                    # (A highlighter's: bold or italics over a whole line is the author's
                    # emphasis of a remark, "*Typed up from the recording — some bits …*".)
                    content, text = text.plain, replace(text, text=text.plain)
                named_lead = lead_in is not None and self.named_lead_in(text, following)
                if named_lead and not self.term_lines(content, line, text):
                    self.paragraph(text, line)
                elif lead_in is not None and not named_lead:
                    # ("**Ways carbon is stored**" over its points made no card and was
                    # told nothing: check named no reason for the line, issue 14's §5.)
                    self.skip(line, "title line", "it names what the list or table under it "
                              "holds, each card's context; it states no fact of its own")
                if lead_in is not None:
                    index += 1
                    after = blocks[index] if index < len(blocks) else None
                    carried = self.carried_title(self.container(following, lead_in), after)
                elif (lead := _environment_lead(text.text)) and lead[0] == "proof" or \
                        not self.term_lines(content, line, text):
                    # ("Proof: Let $A$ be any set. …" is no term's line: paragraph skips it.)
                    self.meaning_of = above
                    self.paragraph(text, line)
                    self.meaning_of = None
            elif block.type in ("bullet_list", "ordered_list") and self.mode == "text" and \
                    (tex := _display_tex(prior)) is not None and \
                    (legend := self.symbol_legend(block, tex)) is not None:
                # "- $G$: the gravitational constant" under `$$F = G…$$`: what each letter
                # of the formula stands for, asked with the formula shown, one note a card
                # a letter. Read as labelled items, each card hid the bare symbol ("[...] —
                # the gravitational constant": notation trivia, gate32).
                self.legend_fact(tex, legend, line)
                continue
            elif block.type in ("bullet_list", "ordered_list", "table"):
                if following is not None and following.type == "math_block" and \
                        block.type != "table" and block.children:
                    # "- **Multiplication rule**: if $P(A) > 0$, then for any $B$" over
                    # `$$P(AB) = …$$` typed unindented: the item leads into the formula.
                    last = next((c for c in block.children[-1].children
                                 if c.type == "paragraph"), None)
                    if last is not None and _inline_child(last) is not None:
                        self.item_over_formula = _inline(_inline_child(last))
                self.describing = named
                # "## What is osmosis?" over "- diffusion of water" / "- across a partially
                # permeable membrane": what its points say together is what the name is.
                # (Not "What are the noble gases?": its points are the members it asks for,
                # each asked beside the others, the code re-read.)
                self.describing_asked = named is not None and asked is not None and \
                    asked_term(asked) == named[0] and \
                    not _PLURAL_QUESTION.match(asked)
                if block.type == "table" and (caption := self.caption_of(following)) is not None:
                    # ": Passive vs active sensors {#tbl-sensors}" under the table names it.
                    carried, index = caption or carried, index + 1
                    following = blocks[index] if index < len(blocks) else None
                carried = self.carried_title(self.container(block, carried), following)
                self.describing = None  # a table under the heading took none of it
                self.describing_asked = False
                continue
            elif block.type == "fence":
                typed = block.info.split()[0] if block.info.strip() else ""
                # A knitr or Quarto chunk's `{r, fig.width = 8}` names its language first.
                language = re.split(r"[\s,{}]+", block.info.strip().lstrip("{"))[0]
                if typed.casefold() in _MYST_FIGURES and self.myst_figure(block, line):
                    pass
                elif language.casefold() in _DIAGRAM_LANGUAGES:
                    self.skip(line, f"{language} diagram", "diagrams make no card")
                else:
                    self.skip(line, f"code block{' (' + language + ')' if language else ''}",
                              "code makes no card")
            elif block.type == "code_block":
                self.skip(line, "indented code block", "code makes no card")
            elif block.type == "math_block":
                if self.named_formula(block.content.strip(), line, above, following,
                                      over_formula) or over_item is not None and \
                        self.item_formula(over_item, block.content.strip(), line, following):
                    index += self.where(following)
                    continue
                if self.formula_side(block.content.strip(), line, display=True,
                                     following=following, over=over_formula):
                    index += self.where(following)
                    continue
                self.skip(line, "formula on its own", "a formula alone has nothing to ask; "
                          "write the sentence that says what it means")
            elif block.type == "admonition":
                self.admonition(block)
            elif block.type == "container_aside":
                self.container_aside(block)
            elif block.type == "blockquote":
                self.heading_above = above  # a quoted line right under a heading is still so
                # A quotation right under a name says what it is as a line would
                # ("### Hebbian learning" / `> "Neurons that fire together wire together."`);
                # not a callout, whose own title comes first.
                first = block.children[0] if block.children else None
                first_line = _inline_child(first).content.split("\n")[0] \
                    if first is not None and first.type == "paragraph" and \
                    _inline_child(first) is not None else ""
                if _CALLOUT.match(first_line) is None and \
                        _BOLD_CALLOUT.match(first_line) is None:
                    self.named_heading = named
                self.blockquote(block)
                self.heading_above = None
                self.named_heading = None
            elif block.type == "footnote_block":
                self.read_footnotes(block)
            elif block.type == "html_block":
                if (consumed := self.details(block, blocks, index, prior)) is not None:
                    index += consumed
                elif self.html_structure(block):
                    pass
                elif not block.content.lstrip().startswith("<!--"):  # a comment is no content
                    self.skip(line, "raw HTML", "HTML makes no card")
            elif block.type != "hr":
                self.skip(line, block.type.replace("_", " "), "not recognised")
        if in_admonition:
            self.warn(in_admonition, "", "the `:::` block opened here is never closed; "
                      "everything after it was skipped")

    def html_structure(self, block: SyntaxTreeNode) -> bool:
        """An HTML block of headings, paragraphs, lists, tables or quotes in a Markdown
        note (`<h3>Linear System Solutions</h3>`, `<ol><li>No solution, …</li>`), as a
        Hugo or Jekyll page's author types where Markdown falls short: read as the Markdown
        it stands for, by the web page reader's converter (readers/html.py), each block at
        its own line. Skipped as raw HTML, its heading and its items made no card. False,
        reading nothing, for any other HTML (a `<div>` of figures, a `<script>`)."""
        if not _HTML_STRUCTURE.match(block.content):
            return False
        from deck_builder.readers import html  # html imports this module
        markdown_lines = html.fragment_markdown(block.content, self.builder.images.path.parent)
        if not markdown_lines:
            return False
        start = block.map[0] if block.map else self.block_line - 1
        tokens = _PARSER.parse("\n".join(text for text, _ in markdown_lines))
        for token in tokens:
            if token.map:  # each block at the HTML line it came from
                token.map = [start + markdown_lines[min(at, len(markdown_lines) - 1)][1] - 1
                             for at in token.map]
        self.blocks(SyntaxTreeNode(tokens).children)
        return True

    def details(self, block: SyntaxTreeNode, blocks: list[SyntaxTreeNode], index: int,
                prior: SyntaxTreeNode | None) -> int | None:
        """A `<details>` block, GitHub's folded answer: "<summary>What hormone …?</summary>"
        over its answer asks the question, the answer's first paragraph hidden; so does a
        question typed right above "<summary>Answer</summary>". Another summary ("Click to
        expand") folds ordinary content, read as it is. A list right under the question (or
        under a line leading into it, "… filaments:") is its answer, the question its title.
        How many of the blocks after `block` (from blocks[index]) it took, up to its
        "</details>"; None for any other HTML."""
        line = _line(block) or self.block_line
        read = self.fold(block, blocks, index, prior, 0, line)
        if read is None:
            return None
        taken, ends_at = read
        # "<details><summary>Q1?</summary>A1.</details>" over "<details><summary>Q2?
        # </summary>A2.</details>", no blank line between, is one HTML block: the second
        # fold was lost. Each fold opened on the lines after one closed on the block's own
        # lines is read from where it opens (and may take blocks after this one, as any fold
        # does). A loop, its lines counted on from the last fold's: a page of a thousand
        # such folds is one block.
        at = 0
        while ends_at is not None and (opening := _DETAILS_OPEN.search(block.content, ends_at)):
            line += block.content.count("\n", at, opening.start())
            at = opening.start()
            if (read := self.fold(block, blocks, index, None, ends_at, line)) is None:
                self.skip(line, "raw HTML", "HTML makes no card")  # "<details>" and no summary
                break
            taken, ends_at = taken + read[0], read[1]
        return taken

    def fold(self, block: SyntaxTreeNode, blocks: list[SyntaxTreeNode], index: int,
             prior: SyntaxTreeNode | None, start: int, line: int) -> tuple[int, int | None] | None:
        """The fold opening at `start` in the text of `block` (on `line`), read as details()
        says: how many blocks after `block` it took, and where in the block's text it
        closed when it closed there (else None); None if no fold opens there."""
        text = block.content
        # (A block may open on the close of the fold before it: "A1\n</details>\n<details>
        # \n<summary>Q2?</summary>", no blank line between, is one HTML block.)
        begin = closes.end() if (closes := _CLOSES_FIRST.match(text, start)) else start
        if not _DETAILS.match(text, begin) or (opened := _SUMMARY.search(text, begin)) is None \
                or (shut := _SUMMARY_CLOSE.search(text, opened.end())) is None:
            return None
        summary = _inline_markdown(" ".join(text[opened.end():shut.start()].split()))
        closed = _DETAILS_CLOSE.search(text, shut.end())
        ends_at = closed.end() if closed else None  # another fold may open after it
        body: list[_Inline] = []
        if (typed := _inline_markdown(" ".join(text[shut.end():closed.start() if closed else None]
                                                .split()))).plain:
            body.append(typed)  # "<details><summary>Q?</summary>A</details>" on one line
        consumed, rest, answer_line = 0, [], line
        depth = 1  # a <details> folded inside this one closes before it does
        while closed is None and index + consumed < len(blocks):
            part = blocks[index + consumed]
            consumed += 1
            if part.type == "html_block":
                for tag in _DETAILS_TAG.finditer(part.content):
                    depth += -1 if tag.group(1) else 1
                    if depth == 0:
                        break
                if depth == 0:
                    closed, consumed = True, consumed - 1  # (its closing block, read below)
                    if _DETAILS_TAG.search(part.content, tag.end()):
                        # "</details>\n<details>\n<summary>Q2?</summary>": the block opens
                        # the next fold too, read after this one (the next block read).
                        closed = False
                    break
            if not body and not rest and part.type == "paragraph" and _inline_child(part):
                body.append(self.inline(_inline_child(part)))
                answer_line = _line(part) or line
            elif not body and not rest and part.type == "html_block" and \
                    (wrapped := _PARAGRAPH_TAGS.fullmatch(part.content.strip())):
                # "<p>Skeletal muscle.</p>": the answer typed as HTML, its text what GitHub
                # shows (it was skipped as raw HTML, the question told as unanswered).
                body.append(_inline_markdown(" ".join(wrapped["text"].split())))
                answer_line = _line(part) or line
            else:
                rest.append(part)
        question = summary if summary.plain.rstrip().endswith(("?", "？")) else None
        answer_fold = _ANSWER_SUMMARY.fullmatch(summary.plain) is not None
        proof_fold = _PROOF_SUMMARY.fullmatch(summary.plain) is not None
        if question is None and answer_fold and \
                prior is not None and prior.type == "paragraph" and _inline_child(prior) and \
                (asked := self.inline(_inline_child(prior))).plain.rstrip().endswith(("?", "？")):
            # "Which layer routes packets?" over "<summary>Answer</summary>": the question
            # was skipped when it was read (no answer under it); its answer is folded here.
            question, at = asked, _line(prior)
            # (Its skips are the last ones told: the paragraph was the block before this.
            # Popped from the end, not filtered: a page of 10,000 folded answers filtered
            # every skip for each of them.)
            while self.skipped and self.skipped[-1].line == at:
                self.skipped.pop()
            line = at
        if question is None and (proof_fold or answer_fold):
            # "<summary>Proof</summary>" folds a proof, whose steps argue for a result stated
            # on its own ("[Q.E.D.]" was asked from one); "<summary>Solution</summary>" under
            # no question folds an exercise's working. Neither states a fact to recall.
            if proof_fold:
                self.skip(line, "a proof", _PROOF_SKIPPED)
            else:
                self.skip(line, "a folded answer", "it answers no question the page asks; "
                          "write the question above it")
            return consumed + (closed is True), ends_at
        if question is None:
            # Folded content under a title: read as it is, the title no question; so is
            # text typed inside the HTML itself ("<summary>More</summary>The macula densa
            # …</details>"), which was dropped with no word from `check`.
            if typed.plain:
                self.paragraph(typed, line)
            self.blocks(blocks[index:index + consumed])
            return consumed + (closed is True), ends_at
        if rest and rest[0].type in ("bullet_list", "ordered_list") and (
                not body or len(body) == 1 and self.lead_in(body[0], rest[0]) is not None):
            # "What are the three types of muscle tissue?" over "- Skeletal / - Cardiac /
            # - Smooth": the list answers it, read as a list under a title is (one note, a
            # card per item hiding it among the rest), the question the title every card
            # shows. Read under no title, its cards never said what they asked. A line
            # leading into the list ("… two overlapping filaments:") says what the
            # question does: a title line, not the answer (it was asked, its list unshown).
            if body:
                self.title_line(answer_line)
            # (A title typed under its last item titles no list here: told, as over nothing.)
            self.carried_title(self.container(rest[0], question.plain), None)
            rest = rest[1:]
        else:
            self.question(question, body[0] if body else None, line,
                          also=(answer_line,) if answer_line != line else ())
        if rest:
            self.blocks(rest)
        return consumed + (closed is True), ends_at  # and the block closing it, if one did

    def formula_lead(self, text: _Inline, formula: SyntaxTreeNode,
                     after: SyntaxTreeNode | None) -> int:
        """A sentence leading into the displayed formula below it ("The Gibbs free energy
        change is given by:" over "$$\\Delta G = \\Delta H - T\\Delta S$$"), and the "where …"
        paragraph that says what its letters are, read as the one sentence they are: the
        formula hidden whole, the name and the letters on the front. Alone, the lead-in
        leads into what its card does not show and the formula has nothing to ask. The
        blocks read after the lead-in (1 or 2), or 0 when it states no quantity."""
        unfinished = not text.plain.endswith(":")
        if "**" in text.text and not unfinished:
            # A marked phrase is what its sentence asks (a mark elsewhere in an unfinished
            # lead's paragraph is _formula_led's to weigh, sentence by sentence); the formula
            # it leads into is shown with it. Read alone, the lead led into nothing on its
            # card, and a lead with no card of its own titled the next paragraph ("Il numero
            # di Reynolds è …: La [viscosità] del sangue …", the formula between them lost).
            with self.read_from(formula):
                self.paragraph(_Inline(f"{text.text} \\[{formula.content.strip()}\\]"),
                               self.block_line)
            return 1
        value = f"{text.text} \\[{formula.content.strip()}\\]"
        # The first display of a derivation or a chain (another display follows it with no
        # prose between, or it goes on from the lead with "= …") is a step: shown with its
        # lead, never asked ("The momentum balance … is \[…\]" over "\Rightarrow u(r) = …").
        step = after is not None and after.type == "math_block" or \
            _CONTINUED_TEX.match(formula.content) is not None
        asked = not unfinished or not step and (
            _formula_led(value) is not None or _formula_introduced(value) is not None)
        if not asked and (
                text.plain.endswith((".", "!", "?", ";", "…")) or _words(text.plain) < 4):
            # A finished sentence, or a title line ("Key equation") over the formula; a
            # title line that names it ("*Kirchhoff's current law*") asks it.
            if (after is None or after.type != "math_block") and self.titled_formula(
                    text.plain, formula.content.strip(), self.block_line, _line(formula)):
                return 1 + self.where(after)
            return 0
        where = None
        # A "where …" paragraph says the letters of a formula the card asks; beside one it
        # only shows, it is read on its own, as before.
        if asked and after is not None and after.type == "paragraph":
            where = self.inline(_inline_child(after)) if _inline_child(after) else None
            if where is not None and not where.text.startswith("where "):
                where = None
        if where is not None:
            value = f"{value} {where.text}"
        if not unfinished and _formula_stated(value) is None and \
                _formula_stated_cjk(value) is None:
            # "For a sample of $n$ values:" right under "## Sample variance": the heading
            # names the formula the lead leads into, shown with it (formula_under_heading).
            lead = self.sentence_over_formula
            with self.read_from(formula):
                return int(lead is not None and self.formula_under_heading(
                    formula.content.strip(), self.block_line, None, after, lead, True))
        self.formula_step = unfinished and step
        with self.read_from(formula, after if where is not None else None):
            self.paragraph(_Inline(value), self.block_line)
        self.formula_step = False
        return 2 if where is not None else 1

    def display_named_after(self, text: _Inline, formula: SyntaxTreeNode,
                            after: SyntaxTreeNode | None) -> bool:
        """A Chinese lead, its display and the law's name under it ("信号在时域中的能量等于
        它在频域中的能量，即" / "$$…$$" / "此即帕塞瓦尔定理。"), read as the one sentence they
        are: the name asked with what it states shown (zhmath21: the name alone, "此即[…]。",
        was too short to ask and the paragraph made no card). The rest of the paragraph
        under the display is read on its own. False, reading nothing, for any other shape."""
        if after is None or after.type != "paragraph" or _inline_child(after) is None or \
                "**" in text.text or not in_chinese(text.text) or \
                not _STATEMENT_TEX.search(formula.content) or \
                text.plain.rstrip().endswith(("。", "！", "？", ".")):
            return False
        below = self.inline(_inline_child(after))
        found = _NAMED_AFTER_DISPLAY_CJK.match(below.text)
        if found is None or (name := cjk_name_given(found.group())) is None:
            return False
        value = f"{text.text} \\[{formula.content.strip()}\\] {found.group().strip()}"
        at = value.rfind(name)  # the name is asked, not the display it names
        with self.read_from(formula, after):
            self.paragraph(_Inline(_marked(value, at, at + len(name))), self.block_line)
        if rest := below.text[found.end():].strip():
            self.paragraph(_Inline(rest), _line(after) or self.block_line)
        return True

    def legend_items(self, block: SyntaxTreeNode | None) -> list[str] | None:
        """The items of a list typed as a symbol legend ("- $a_k$：傅里叶系数", "- $\\omega_0$
        为基波角频率"), each as its text; None for any other block, or a list with an item of
        another shape (nested, or no symbol opening it)."""
        if block is None or block.type != "bullet_list":
            return None
        items = []
        for item in block.children:
            paragraphs = [c for c in item.children if c.type == "paragraph"]
            if len(paragraphs) != 1 or len(item.children) != 1 or \
                    _inline_child(paragraphs[0]) is None:
                return None
            said = _inline(_inline_child(paragraphs[0])).text.strip().rstrip("；;。，,")
            if not _CJK_LEGEND_CLAUSE.fullmatch(shield_math(said)):
                return None
            items.append(said)
        return items or None

    def symbol_legend(self, block: SyntaxTreeNode, tex: str) -> str | None:
        """A list typed as a formula's legend, every item "$G$: the gravitational constant"
        (or "—", "=", "is"), two items or more, as one text with each meaning marked:
        "\\(G\\): **the gravitational constant**; \\(r\\): **the distance …**". None for a
        list with an item of another shape (nested, no symbol opening it, a meaning that
        is a formula, a number, or longer than a short phrase)."""
        said = []
        for item in block.children:
            paragraphs = [c for c in item.children if c.type == "paragraph"]
            if len(paragraphs) != 1 or len(item.children) != 1 or \
                    _inline_child(paragraphs[0]) is None:
                return None
            text = self.inline(_inline_child(paragraphs[0])).text.strip().rstrip(";；,.。")
            found = _SYMBOL_LEGEND_ITEM.fullmatch(shield_math(text))
            if found is None:
                return None
            meaning = text[found.start("meaning"):found.end("meaning")].strip()
            symbol = text[:found.end("symbol")]
            if "**" in meaning or math_spans(meaning) or not re.search(r"[^\W\d]{2}", meaning) \
                    or len(meaning.split()) > MAX_LEGEND_WORDS or len(meaning) > 80:
                return None
            # "- $v$: 지구의 중력을 벗어나기 위한 물체의 탈출 속도" under "#### 물체의 탈출 속도
            # 구하기": the heading on the card's context line says what the formula gives
            # (gate32: junk), so that letter, its left side, is left out, and the others
            # are asked. ("- $R$: the ideal gas constant" under "## Ideal gas law" is
            # asked: R is no side of $pV = nRT$, the code re-read.)
            if not (_same_tex(symbol[2:-2], tex.split("=")[0]) and
                    _told_by_title(self.section().title, meaning)):
                said.append(f"{symbol}: **{meaning}**")
        # (A list of two whose left side is left out still asks the other letter with
        # the formula, not both bare: the second test audit.)
        return "; ".join(said) if len(block.children) >= 2 and said else None

    def legend(self, tex: str, sentence: str, spans: list[tuple[int, int]], line: int) -> None:
        """A fact of a display formula and the Chinese legend under it, each meaning in
        `spans` of `sentence` a gap of its own: one note, a card for each letter."""
        if not spans:
            self.skip(line, "legend", "each meaning it gives is told by another one beside "
                      "it (分子多项式, 分母多项式), so none is asked")
            return
        value, at = "", 0
        for start, end in spans:
            value += sentence[at:start] + f"**{sentence[start:end]}**"
            at = end
        value += sentence[at:]
        self.legend_fact(tex, value, line)

    def legend_fact(self, tex: str, legend: str, line: int) -> None:
        """A display formula and its legend, each meaning marked, as one fact: a card a
        letter, the formula on every front."""
        self.section().facts.append(Fact(Text(f"\\[{tex}\\] {legend}", line)))

    def where(self, following: SyntaxTreeNode | None) -> int:
        """The "where …" paragraph right under a display the card just made asks ("## Ideal
        gas law" / `$$pV = nRT$$` / "where $n$ is the amount of gas …"): its first sentence
        joins that card, which shows what the letters stand for, and its other sentences are
        read on their own. The blocks it read (0 or 1)."""
        if following is None or following.type != "paragraph" or \
                _inline_child(following) is None:
            return 0
        text = _inline(_inline_child(following))
        sentence, rest = _first_sentence(text.text)
        if not text.text.startswith("where ") or "**" in sentence:
            return 0  # a phrase the author marked in it is asked on its own card, as before
        self.note_inline(text)
        facts = self.section().facts
        card = facts[-1].text
        facts[-1] = Fact(Text(f"{card.value} {sentence}", card.line))
        if rest:
            self.paragraph(_Inline(rest), _line(following) or card.line)
        return 1

    def named_formula(self, tex: str, line: int, above: str | None = None,
                      following: SyntaxTreeNode | None = None,
                      over: tuple[_Inline, str] | None = None, display: bool = True) -> bool:
        """A display formula alone whose left-hand side names the quantity its heading names
        ("## Accuracy" over `$$\\text{Accuracy} = \\frac{TP + TN}{…}$$`, "## Load factor
        ($\\alpha$)" over `$$\\alpha = \\frac{N}{M}$$`): the heading says what the formula
        is of, so a card asks the formula whole from its name ("Formula for Accuracy: […]"). Not a
        formula with no such name (a worked step, an unnamed equation): "formula on its own".

        A formula typed straight under a heading that names it (`above`: "## Bayes' theorem"
        over `$$P(A \\mid B) = …$$`, or a line that is only `$E = mc^2$`) is asked whole
        from the heading ("Bayes' theorem: […]"); so is one under the one sentence typed
        straight under such a heading (`over`: "The variance measures spread around the
        mean."), that sentence on the front. Not the first of several displays (`following`
        is another: steps of a derivation, a chain), one going on from a display before it
        ("= …", "\\Rightarrow …"), nor under a heading naming the kind of text ("Formulas",
        "Worked example") or steps ("Deriving …")."""
        if self.mode != "text" or self.current is None:
            return False
        title = self.section().title
        name = _formula_name(tex)
        worked = _worked_step(tex)
        said = None if title == INTRODUCTION or name is None or worked else \
            _names_formula(title, name)
        body = _TEX_ENVIRONMENT.sub("", tex)  # "\\end{align}" is no word of the formula
        worded_side = re.search(r"[A-Za-z]{3,}", re.sub(r"\\[A-Za-z]+", " ",
                                                         body.partition("=")[2]))
        if said is None and name is not None and (not worked or worded_side) and \
                not _NUMBER_SIDE.search(body.rstrip(" \n\\.,")) and \
                not _DESCRIBED_YEAR.search(body):
            # "$$\\text{GNP} = \\text{GDP} + …$$", "$$Total\\ Revenue = Price \\times …$$":
            # a left side in words names its quantity itself, under any heading (the words
            # of a `\\text{}` right side are no worked step's layout; "= 0.4" is a value,
            # and a year, "\\text{2011 price of apples}", makes it an example's).
            said = _worded_name(name)
        if said is None:
            return self.formula_under_heading(tex, line, above, following, over, display)
        # "Formula for": a name alone beside the gap is too little to answer from.
        formula = f"\\[{tex}\\]" if display else f"\\({tex}\\)"
        self.section().facts.append(Fact(Text(f"Formula for {said}: **{formula}**", line)))
        return True

    def formula_side(self, text: str, line: int, display: bool = False,
                     following: SyntaxTreeNode | None = None,
                     over: tuple[_Inline, str] | None = None) -> bool:
        """A formula alone on its line, a list item or a display that is one identity under a
        heading that says what it is of ("## Integrale indefinito" over "- $\\int kf(x)\\,dx
        = k\\int f(x)\\,dx$", "### Newsvendor" over "$G(Q^*) = \\dfrac{c_s}{c_o + c_s}$"):
        its card asks what the left side equals, "\\(G(Q^*)\\) = […]", the heading path
        above it. Whole, it was "a formula on its own" and made no card, though a learner
        recalls a formula by its left side. Not under a heading of worked examples or none,
        nor a formula _formula_sides reads as no identity. `text`: model text, or a display's
        TeX with `display`."""
        title = self.section().title if self.current is not None else ""
        if self.mode != "text" or self.current is None or title in ("", INTRODUCTION) \
                or is_generic_heading(title) or names_worked_example(title) \
                or _WORKING_HEADING.search(title) or _NUMBERED_LABEL.fullmatch(title.strip()):
            return False
        if display:
            if following is not None and following.type == "math_block" and \
                    _CONTINUED_TEX.match(following.content) or \
                    following is not None and following.type == "paragraph" and \
                    _inline_child(following) is not None and \
                    _GOES_ON.match(_inline_child(following).content):
                return False  # the first step of a derivation, or a sentence's middle
            lead = over[0].plain.strip() if over is not None else ""
            if _DERIVATION_LEAD.search(lead):
                # "We derive it by completing the square." over three displays: each is a
                # step of the derivation, to the end of the section (the re-read's finding).
                self.current.deriving = True
            if self.current.deriving:
                return False
            if _STEP_LEAD.match(lead) or lead and (
                    lead.split()[0].casefold().strip(",") in _DERIVING
                    or re.search(r"\b(?:gives?|get|obtain|yields?|becomes?|find|have)\W*$",
                                 lead, re.I)):
                # "Step 1: take logs of both sides.", "This gives", "So we get": a step
                # of a derivation over the display it works out.
                return False
            tex = text
        else:
            alone = _FORMULA_ONLY.fullmatch(text.rstrip(" .;。"))
            if alone is None:
                return False  # (a comma after it: a sentence goes on below, "hence …")
            tex = alone["tex"]
        sides = _formula_sides(tex)
        if sides is None:
            return False
        left, right, tail, sign = sides
        if left in self.current.sides_asked:
            # "\\hat{y}_t = …" a second time in one section: a derivation working the same
            # quantity out another way, whose steps would ask one front twice.
            return False
        self.current.sides_asked.add(left)
        shown = f" \\({tail}\\)" if tail else ""
        self.section().facts.append(Fact(Text(f"\\({left}\\) {sign} **\\({right}\\)**{shown}",
                                              line)))
        return True

    def formula_side_after_lead(self, value: str) -> str | None:
        """One sentence ending in an identity, its lead naming it or leading into it ("自相关
        函数 $R_X(t,s)=\\mathrm{E}[…]$ .", "Se $f$ è invertibile, vale $(f^{-1})'(y) =
        \\frac{1}{f'(x)}$", "With a dielectric the capacitance becomes $C = k_e\\varepsilon_0
        S/d$."): where the sentence as written makes no card, asked as formula_side asks a
        formula alone, the lead on the front, "自相关函数 \\(R_X(t,s)\\) = […]" (the fact's
        `otherwise`). A name in Chinese has no verb, and "vale", "becomes" lead into no
        name, so no other reading took these; where one does ("GDP 由[消费]、投资…组成，即
        $Y = C + I + G + NX$"), its cards stay. Not a lead that works a step out ("So",
        "则", "quindi", "两边取拉氏变换，得", a participle's clause: "Applying the chain rule,",
        "Following the usual practice, we can write … as"), gives an example ("For example",
        "例如"), points at one or back ("In this case", "在本例中", "由前一頁可知"), names no
        quantity ("The simple form is", form17's judgement), or is over thirty words;
        not a paragraph of several sentences, marked text, or a formula in its lead's middle
        that says more ("when $x=0$, … $x = I/p_x$")."""
        if self.mode != "text" or self.current is None or "**" in value:
            return None
        value = value.rstrip()
        found = _TRAILING_FORMULA.search(value)
        if found is None:
            return None
        lead = value[:found.start()].rstrip()
        plain_lead = unmark(lead)
        words = plain_lead.split()
        if not words or len(words) > 30 or _SENTENCE_BREAK.search(plain_lead) or \
                re.search(r"[。；;！？!?]", plain_lead) or "=" in plain_lead or \
                _DERIVED_LEAD.match(plain_lead) or _STEP_GOT.search(plain_lead) or \
                _EXAMPLE_IN_LEAD.search(plain_lead) or _WORKED_IN_LEAD.search(plain_lead) or \
                re.match(r"\s*[A-Za-z]+ing\b[^,]*,", plain_lead) or \
                re.search(rf"\b(?:{'|'.join(_NO_QUANTITY)})\s+(?:is|are|was|reads)\W*$",
                          plain_lead, re.I) or \
                not (len(words) >= 2 or len(HAN_CHAR.findall(plain_lead)) >= 2):
            return None
        sides = _formula_sides(found["tex"].strip())
        if sides is None:
            return None
        left, right, tail, sign = sides
        if re.search(r"\\(?:blacksquare|square|qed|Box)\b", tail):
            return None  # "… it must be that $d_{vc} = d + 1 \\quad \\blacksquare$": a proof's end
        if "".join(right.split()) in "".join(lead.split()):
            return None  # "… show that $d_{vc} \\leq d+1$ …, only possible if $d_{vc} = d+1$"
        shown = f" \\({tail}\\)" if tail else ""
        return f"{lead} \\({left}\\) {sign} **\\({right}\\)**{shown}{found['end'].rstrip()}"

    def item_formula(self, item: _Inline, tex: str, line: int,
                     following: SyntaxTreeNode | None) -> bool:
        """A list's last item that leads into the display typed unindented below it, as a
        lead left unfinished does ("- **全概率公式**：… 则对任意事件 $B$ 都有" over
        `$$P(B) = …$$`; "- **Product rule**: if … then"): the item on the front, its marks
        shown, the formula hidden whole. Read alone, the item led into nothing."""
        plain = item.plain.rstrip()
        words = re.findall(r"\\\(\ue000+\\\)|[\w'’]+|[,=]", shield_math(plain))
        last = words[-1].casefold() if words else ""
        if self.mode != "text" or self.current is None or len(words) < 3 \
                or following is not None and following.type == "math_block" \
                or not (last in _LEAD_WORDS | _LEAD_VERBS | {",", "="}
                        or plain.endswith((":", "：", ","))
                        or _CJK_LEAD.search(last)) \
                or not _one_statement(tex):
            return False
        self.section().facts.append(Fact(Text(f"{unmark(item.text)} **\\[{tex}\\]**", line)))
        return True

    def titled_formula(self, name: str, tex: str, line: int,
                       display_line: int | None = None) -> bool:
        """A title line typed over a display formula, as a heading would be ("Bayes'
        theorem" or "Electrical power:" with its `$$…$$` straight under it, "*Kirchhoff's
        current law*" over it): the formula asked whole from the name, "Bayes' theorem:
        […]". Not a lead into steps ("We get", "Substituting, …", "This gives"), a line
        ending in a word that leads on ("… is given by"), a name marked bold (the author
        asks the name: the formula shows, as before), nor a name of a kind of text ("Key
        equation", "Example")."""
        if self.mode != "text" or self.current is None or "**" in name:
            return False
        name = name.strip().strip("*_").strip().removesuffix(":").removesuffix("：").strip()
        name = name.strip("*_").strip()
        if not (_cjk_formula_name(name) or _latin_formula_name(name)) or \
                not _one_statement(tex, expression=True) or _DESCRIBED_YEAR.search(tex):
            return False
        # (The display's own line, where it is typed apart from its title, is the note's
        # too: "与扰动方程" over `$$…$$` made a card that said nothing of the display's line.)
        self.section().facts.append(Fact(Text(f"{name}: **\\[{tex}\\]**", line), lines=(
            (display_line,) if display_line and display_line != line else ())))
        return True

    def formula_under_heading(self, tex: str, line: int, above: str | None,
                              following: SyntaxTreeNode | None,
                              over: tuple[_Inline, str] | None, display: bool) -> bool:
        """named_formula's reading of a formula its heading names (its docstring says when)."""
        title = self.section().title
        if following is not None and following.type == "math_block" \
                or _DESCRIBED_YEAR.search(tex):
            return False
        if above is not None and above == title and _naming_heading(title) \
                and _one_statement(tex, expression=True):
            # "Formula for": a name of one word beside the gap is too little to answer from
            # ("Momentum: […]"); "Bayes' theorem: […]" says what it asks.
            name = HEADING_NUMBERING.sub("", title)  # "2.3 Bayes' theorem"
            front = f"{name}:" if len(name.split()) > 1 else f"Formula for {name}:"
            if in_chinese(name):
                # "## 一、牛顿第二定律" gave "Formula for 一、牛顿第二定律:": a Chinese front,
                # the numbering gone; a short name says whose formula ("动量的公式：").
                name = _CJK_HEADING_NUMBERING.sub("", name)
                front = f"{name}：" if len(HAN_CHAR.findall(name)) >= 4 else f"{name}的公式："
            if name.endswith(("?", "？")):
                front = name  # "What is the geometric series?" asks it
            # The author's own delimiters: `$E = mc^2$` alone on its line stays inline.
            formula = f"\\[{tex}\\]" if display else f"\\({tex}\\)"
            self.section().facts.append(Fact(Text(f"{front} **{formula}**", line)))
            return True
        if over is None or not _naming_heading(title) or not _one_statement(tex):
            return False
        sentence = over[0]
        if over[1] != title and not _shares_heading_word(sentence.plain, title):
            # Further down its section, a sentence names the formula only by a word of
            # the heading ("## Kinetic energy" … "Kinetic energy grows with the square of
            # the speed."); "We can check this numerically." names nothing.
            return False
        words = re.findall(r"[\w'’]+", sentence.plain)
        # "For a sample of $n$ values:" right under "## Sample variance" leads into the
        # formula the heading names, which the card's context line shows.
        colon = sentence.plain.endswith(":") and over[1] == title
        if "**" in sentence.text or not (sentence.plain.endswith(".") or colon) \
                or _SENTENCE_END_AFTER.search(sentence.plain[:-1]) or not 3 <= len(words) <= 30 \
                or words[0].casefold() in _NOT_TERMS | _DERIVING | (
                    _POINTING_WORDS if colon else _POINTING_OPENERS) \
                or words[0].casefold().endswith("ing"):
            return False  # a colon's lead may open on a connective: "For a sample of …:"
        # The sentence names what the formula is of (a colon's lead, with the heading the
        # context line shows); its own card is read as before. After a finished sentence the
        # gap is cued as a formula: "Supply is the quantity … at each price. […]" did not say
        # what was asked (a blind review of session 20: junk).
        # (English words only: Italian prose under "## Varianza campionaria" keeps its own.)
        english = _ENGLISH_WORD.search(sentence.plain) and not reads_as_german(sentence.plain)
        cue = " As a formula:" if english and not colon else ""
        self.section().facts.append(Fact(Text(f"{sentence.text}{cue} **\\[{tex}\\]**",
                                              line)))
        return True

    def carried_title(self, left: tuple[str, int] | None,
                      following: SyntaxTreeNode | None) -> str | None:
        """"Uses of glucose:" typed under a list's last item titles the list right after
        it; with no list there it is a title line over nothing."""
        if left is None:
            return None
        if following is not None and following.type in ("bullet_list", "ordered_list", "table"):
            return left[0]
        self.title_line(left[1])
        return None

    def inline(self, node: SyntaxTreeNode | None) -> _Inline:
        """Inline text; its `#tags` become the article's tags, and the names its wiki links
        show are names of the article ("It uses [[ATP]] and [[NADPH]] …": a vault links
        its terms to their own notes), which a sentence naming them may hide."""
        return self.note_inline(_inline(node))

    def note_inline(self, text: _Inline) -> _Inline:
        """What inline() keeps of `text` besides the text: its tags and its links' names."""
        self.linked.extend(name for link in text.links
                          if (name := _LEADING_ARTICLE.sub("", link.strip()))
                          and _words(name) <= 4 and _is_term(name) and name[:1].isalpha()
                          and not _NOT_NAME.search(name) and weak_answer(name) is None)
        tags = front_matter.anki_tags(text.tags)
        if tags and self.stack:  # under a heading: that section's notes (and its callouts')
            self.section_tag_list(self.stack[-1][2]).extend(tags)
        else:  # before any heading: the whole article's
            self.tags += tags
        return text

    def section_tag_list(self, section_id: str) -> list[str]:
        return self.section_tags.setdefault(section_id, [])

    # -- callouts, admonitions and quotes: content with their title as context --------------
    def admonition(self, block: SyntaxTreeNode) -> None:
        kind = (block.info.split() or ["note"])[0].casefold()
        title_node = next((c for c in block.children if c.type == "admonition_title"), None)
        title = _inline(_inline_child(title_node)).plain if title_node else ""
        body = [c for c in block.children if c.type != "admonition_title"]
        self.aside(kind, title, body, _line(block))

    def container_aside(self, block: SyntaxTreeNode) -> None:
        """`:::tip Title` … `:::`: read as a MkDocs admonition is, the title as context."""
        children = list(block.children)
        div = _PANDOC_DIV.match(block.info.strip())
        if div:
            classes = [c.casefold() for c in _DIV_CLASS.findall(div["attributes"])]
            boxes = [c.removeprefix("callout-") for c in classes
                     if c.startswith("callout-") or c in _DIV_BOXES]
            if not boxes and (quarto := _QUARTO_THEOREM_ID.search(div["attributes"])):
                boxes = [_QUARTO_THEOREM_KINDS[quarto["prefix"]]]
            if not boxes:
                # A layout div: its body is the surrounding content's.
                self.blocks(children)
                return
            kind = boxes[0]
            named = _DIV_TITLE.search(div["attributes"])
            title = _inline_title(next((t for t in named.groups() if t), "") if named else "")
            if not title and children and children[0].type == "heading":
                # Quarto takes a callout's first heading as its title.
                title = _inline(_inline_child(children[0])).plain
                children = children[1:]
        else:
            info = _CONTAINER_INFO.match(block.info.strip())
            kind = info["kind"].casefold()
            title = _inline_title((info["bracketed"] or info["title"] or "").strip().strip('"'))
        if kind == "admonition":  # MyST's generic `:::{admonition} Title`
            kind = "note"
        closing = block.nester_tokens.closing
        if not closing.markup:
            # An unclosed block runs to the end of the file: its title would head every
            # card after it, so it is read, but the author hears of it.
            self.warn(_line(block), "", f"the {self.typed_opening(_line(block))} block "
                      "opened here is never closed; everything after it is read under its title")
        self.aside(kind, title, children, _line(block))

    def typed_opening(self, line: int) -> str:
        """The opening of a box as the author typed it on `line`: "```{note}" for a MyST
        fence, else "`:::`"."""
        typed = self.typed_lines[line - 1] if 0 < line <= len(self.typed_lines) else ""
        fence = _MYST_FENCE.match(typed[_QUOTE_MARKS.match(typed).end():])
        directive = _DIRECTIVE.match(fence["info"]) if fence else None
        if directive is None:
            return "`:::`"
        return f"{fence['fence']}{{{fence['info'].strip().split('}')[0].lstrip('{')}}}"

    def blockquote(self, block: SyntaxTreeNode) -> None:
        first = block.children[0] if block.children else None
        inline = _inline_child(first) if first is not None and first.type == "paragraph" else None
        opening = inline.content.split("\n")[0] if inline is not None else ""
        callout = _CALLOUT.match(opening) or _BOLD_CALLOUT.match(opening)
        if callout is None:
            # A quotation is content: a quoted definition is often the key sentence.
            self.blocks(list(block.children))
            return
        title = _inline_title(callout["title"])
        rest = inline.content.split("\n", 1)[1] if "\n" in inline.content else ""
        body = list(block.children[1:])
        if rest.strip():
            # The first paragraph's other lines, parsed where they stand in the file.
            body = list(SyntaxTreeNode(self.parse_at(rest, _line(first))).children) + body
        if not body and _words(title) >= 6 and \
                callout["kind"].casefold() not in _QUESTION_CALLOUTS:
            # "> [!info] Organelles are structures within the cytoplasm …" and nothing below:
            # a one-line callout whose title is the sentence it boxes.
            self.paragraph(self.inline(
                SyntaxTreeNode(_PARSER.parseInline(callout["title"])).children[0]), _line(block))
            return
        self.aside(callout["kind"].casefold(), title, body, _line(block))

    def aside(self, kind: str, title: str, body: list[SyntaxTreeNode], line: int) -> None:
        """A callout's body read like any other content, its title as the cards' context;
        a definition callout titled with a term defines that term."""
        if kind in _DEFINITION_CALLOUTS and title:
            title = _defined_term(title)  # "Definition of Hukm (Usuli)" defines "Hukm (Usuli)"
        if kind in _PROOF_BOXES:
            # `::: {.proof}`, "```{prf:proof}": "Let $U_n$ be dense open sets. We build …"
            self.skip(line, "a proof", _PROOF_SKIPPED)
            return
        if kind in _QUESTION_CALLOUTS:
            # `> [!question]- Why do muscle cells have many mitochondria?` over its answer,
            # folded to test oneself: the question asked, the answer's first sentence hidden,
            # as under a question heading (answers). A body that is no answer (more
            # questions, a list, "see the chat") makes no card.
            if title.rstrip().endswith(("?", "？")) and len(body) == 1 and \
                    body[0].type == "paragraph" and self.answers(
                        title.strip(), self.inline(_inline_child(body[0])),
                        _line(body[0]) or line):
                return
            marked = _inline(_inline_child(body[0])).text \
                if body and body[0].type == "paragraph" else ""
            if "**" in marked and title.rstrip().endswith(("?", "？")) and \
                    _question_says_answer(title, marked):
                self.skip(line, f"{kind} callout", "the question says a word of the answer "
                          "marked under it, so its card could not show the question")
                return
            if "**" in marked and title.rstrip().endswith(("?", "？")) or (
                    title and len(body) == 1 and body[0].type in ("bullet_list", "ordered_list")):
                # `??? question "Qu'est-ce qu'une métropole ?"` over "Une **grande ville**
                # qui exerce une influence …": the author marked the answer's key words, so
                # the body is read as any marked text is, the question as its context. A
                # list alone under "Cite les 3 grands foyers de peuplement mondiaux." is
                # the answer's items, read as a list under its title is.
                with self.titled(title):
                    self.blocks(body)
                return
            self.skip(line, f"{kind} callout", "a question with no marked answer makes no card")
            return
        if (kind in _DEFINITION_CALLOUTS and not title or _DEFINITION_TITLE.fullmatch(
                title)) and body and body[0].type == "paragraph" and self.defines_heading(
                    self.inline(_inline_child(body[0])), _line(body[0]) or line):
            # `> [!definition]` or `!!! info "Définition"` under "### Coastline" or "### Qu'est-ce
            # qu'un littoral ?", over "Zone de contact entre la terre et la mer": the box
            # names no term of its own, and the heading is the term it defines (read as
            # "**Definition**: …" is). It made no card at all (held-out-4).
            body = body[1:]
            if not body:
                return
        first = _inline(_inline_child(body[0])) if body and body[0].type == "paragraph" else None
        opening = first.plain if first else ""
        # `!!! note "Entropy"` over "Entropy (S) is …" defines its title as well.
        defines = bool(title) and (kind in _DEFINITION_CALLOUTS or bool(
            re.match(rf"(?:(?:a|an|the)\s+)?{re.escape(title)}\b", opening, re.I)))
        # A definition callout's title is the term it defines: not a context for its card.
        # Its first sentence, when a later one names the title ("Channel proteins that let
        # water through. ADH causes vesicles containing aquaporins to …" under "Aquaporins").
        said, rest = (_SENTENCE_BREAK.split(first.text, maxsplit=1) + [""])[:2] if first \
            else ("", "")
        # `> [!definition] Chlorophyll` over "The green pigment in chloroplasts …": a body
        # that never names its term (checked below) is read as the term's labelled item too.
        # `!!! info "Néolithique (vers -10 000)"`: the name is the title before its date.
        title, dated = _undated(title) if not defines else (title, "")
        # A tutorial's step ("③ キーをコピーして使ってみよう", "第三步") is the context of what
        # it says, never a term its body defines ("[...] — 「キー」の部分に…" asked the step's
        # title, blind sample 3101: junk); so is a content tab's title ("Windows" over
        # "Download the official installer …": a platform, a language, a step). Hugo's
        # `{{< tab "Second Estate" >}}` names the thing its body is about, and is asked.
        if ((not defines or kind in _DEFINITION_CALLOUTS) and title and kind != "tabbed"
                and not _STEP_TITLE.match(title) and _is_term(title)
                and _slug(title) not in _GENERIC_HEADINGS and not _kind_of_note(title)
                and _slug(title) not in _GENERIC_CALLOUTS and not _NOT_NAME.search(title)
                and first and "**" not in first.text and not self.definition_match(opening)
                and not term_pattern(title).search(unmark(said)) and _words(said) >= 3
                # "Strength" over a point of an evaluation is no name; "Word length effect"
                # over "People remember lists of short words …" half-answers its own card.
                and _slug(title) not in _EVALUATION_TITLES
                and not _says_part_of(title, unmark(said))
                # "Third Estate" over "Everyone else: about 98% …": the body means the
                # rest of a group its card would not name (quality.names_no_one).
                and not names_no_one(unmark(said))
                # "Hooke's law" over "The restoring force … is proportional to its
                # extension:" and its `$$F = -kx$$`: the title names the formula the lead
                # leads into, read below as under a heading (formula_under_heading).
                and not (first.plain.rstrip().endswith((":", "：")) and len(body) > 1
                         and body[1].type == "math_block")):
            # `!!! note "Zombie"` over "A process terminated, but …": the title is the
            # term and the body says what it is — a labelled item hiding the title.
            # "… are separate phonemes" under "Phoneme": a later sentence naming the term
            # in another form names it too, and is read as prose, not as the term's clue.
            whole = not (term_pattern(title).search(opening)
                         or (rest and label_in_text(title, unmark(rest))))
            # Its date stays on the card, after what the name is: "[Néolithique] — Passage
            # de la prédation à la production … (vers -10 000)".
            said = f"{(first.text if whole else said).rstrip()}{dated}"
            self.labelled_list(self.section().title, [(title, said, _line(body[0]) or line)],
                               line)
            if not whole:
                self.paragraph(_Inline(rest), _line(body[0]) or line)
            body = body[1:]
            if not body:
                return
        with self.titled(None if defines else f"{title}{dated}"):
            if defines and body and body[0].type == "paragraph":
                text = self.inline(_inline_child(body[0]))
                if term_pattern(title).search(text.plain) and self.define(
                        title, text, _line(body[0]) or line):
                    body = body[1:]
            # "```{admonition} Newton's second law" over "… will change according to:" and
            # its `$$…$$`: the box's title names the formula its lead leads into (the lead
            # alone "leads into what its card does not show", the formula was "on its own").
            self.box_above = None if defines else self.section().title or None
            self.blocks(body)
            self.box_above = None

    def read_footnotes(self, block: SyntaxTreeNode) -> None:
        """Each footnote's text: a reference makes its markers citations, a remark is cut."""
        for note in block.children:
            paragraphs = [c for c in note.children if c.type == "paragraph"]
            text = " ".join(_inline(_inline_child(p)).plain for p in paragraphs).strip()
            line = _line(paragraphs[0]) if paragraphs else self.block_line
            self.footnotes.append(Footnote(note.meta.get("label", ""), Text(text, line)))

    def section(self) -> _SectionDraft:
        """The section text goes into: before any heading, the article's introduction."""
        if self.current is None:
            # Not on the heading stack: the introduction is no parent of what follows.
            self.current = self.new_section(INTRODUCTION, 0, self.block_line)
            self.stack.pop()
            self.introduction = self.current
        return self.current

    def article_set(self, first_line: int) -> str | None:
        """The article's title, as the title of a list typed straight under it with no
        heading or lead-in of its own ("# Causes of the First World War" over "- Militarism",
        "- Alliances", …): the title says what set the items are of, as a heading would.
        None elsewhere: for a list after other text (a "TL;DR" line under "# Heart Failure"
        says the title is a topic, not a set), in an article with no `#` title (one named
        after its file), or under a generic one. `first_line`: the list's first item's."""
        if self.current is None or self.current is not self.introduction or \
                self.title_block is None or is_generic_heading(self.article_title) or \
                len(self.article_title.split()) > 8 or self.article_title.endswith("?"):
            return None
        between = self.lines[_line(self.title_block):first_line - 1]
        return None if any(line.strip() for line in between) else self.article_title

    def new_section(self, title: str, level: int, line: int) -> _SectionDraft:
        while self.stack and self.stack[-1][0] >= level:
            self.stack.pop()
        own = _slug(title) or "section"
        parent_topic = self.stack[-1][1] if self.stack else ""
        parent_id = self.stack[-1][2] if self.stack else ""
        topic = self.topic_for(title, f"{parent_topic}::{own}" if parent_topic else own)
        # Two "Examples" headings under different parents are two sections.
        section_id = own
        if section_id in self.section_ids and parent_id:
            section_id = f"{parent_id}-{own}"
        section_id = self.section_ids.claim(section_id)
        self.stack.append((level, topic, section_id))
        draft = _SectionDraft(title, section_id, topic_slug(topic), line, heading=section_id)
        parent_title = self.heading_titles.get(parent_id, "")
        first = next(iter(strip_emoji(_NUMBERING_ONLY.sub("", title)).split()), "")
        if parent_title and parent_title != self.article_title and \
                (_slug(first) in _NO_THING_HEADINGS
                 or _slug(_NUMBERING_ONLY.sub("", title)) in _PRACTICAL_HEADINGS
                 # "### Politiche" under "## Cause": which causes, said by the parent
                 # ("Prima Guerra Mondiale › Politiche" asked political what).
                 # ("Types of rock" / "Special Types of Liability" name a kind first;
                 # "Quadratic Forms and Quadratic Spaces" is no list of forms.)
                 or len(title.split()) <= 2 and (
                     _MEMBERS_HEADING.search(parent_title) or
                     _CATEGORY_HEADING.search(" ".join(parent_title.split()[:2])))) and \
                not parent_title.rstrip().endswith(("?", "？")) and \
                not title.rstrip().endswith(("?", "？")) and \
                not _shares_a_word(parent_title, title) and \
                len(f"{parent_title} {title}".split()) <= 10:
            # "### Background and Ratification" under "## 2.1 The Articles of Confederation":
            # a part of the topic its parent heading names. Its cards said "Adopted in 1777
            # … by the [...]" of nothing the card named (blind samples 3401 and 3402: "the
            # Articles of Confederation are never named"). They show both headings.
            draft.shown = f"{_NUMBERING_ONLY.sub('', parent_title).strip()} › {title}"
        self.sections.append(draft)
        self.heading_titles[section_id] = title
        return draft

    def heading_plain(self, block: SyntaxTreeNode) -> str:
        """_inline(…).plain of the heading's text, as collect_concepts read it: 40,000
        headings were read three times. One with an image, or inside a callout, is read
        again (which adds its image once more, as before)."""
        inline = _inline_child(block)
        plain = self.heading_plains.get(id(block))
        if plain is None:
            plain = _inline(inline).plain
        elif inline is not None:
            _image_line(inline)  # the line _inline tells the image reader it is on
        # "## Residuals[^1]": a heading is context on every card under it, no fact a
        # footnote's text could go on the back of; its marker showed as typed (issue 14).
        return _FOOTNOTE_MARKER.sub("", plain) if "[^" in plain else plain

    def heading(self, block: SyntaxTreeNode) -> None:
        title = self.bounded(self.heading_plain(block), _line(block))
        level = _level(block)
        kind = _slug(title)
        self.mode = ("references" if kind in _REFERENCE_HEADINGS
                     else "glossary" if kind in _GLOSSARY_HEADINGS else "text")
        self.links_section = kind in _LINK_HEADINGS | _READING_HEADINGS
        self.current = self.new_section(title, level, _line(block))
        self.heading_footnotes(block)
        if shows_nothing(title):
            # "## {#sec-orbits}", "## <br>", "## {{< fa satellite >}}": a heading that shows
            # no words titles nothing, and its section's cards showed an empty context line
            # ("› Advantages" over a table's "which" card, issue 15). They show the heading
            # above it, else the article's title; the section keeps its own id and topic.
            # It names nothing its text could describe: the reading below goes by "".
            self.current.title = self.heading_titles[self.current.id] = next(
                (shown for lvl, _, at in reversed(self.stack[:-1]) if lvl < level
                 and not shows_nothing(shown := self.heading_titles.get(at, ""))),
                self.article_title)
        self.heading_above = title
        name = strip_emoji(_NUMBERING_ONLY.sub("", title))
        # "## The hierarchy": an article before lowercase words points at a part of the
        # topic ("At the top of [the hierarchy] …" asks nothing); "## The Calvin Cycle" names.
        pointing = bool(_LEADING_ARTICLE.match(name)) and name.split(None, 1)[-1].islower()
        if self.mode == "text" and _words(name) <= 8 and _names_a_result(name):
            self.named_result = _TITLE_TAG.sub("", name).strip()  # (states_result)
        if self.mode == "text" and _words(name) <= 3 and _slug(name) not in _GENERIC_HEADINGS \
                and _slug(name) not in _PARTS_OF_A_TOPIC \
                and _slug(name) not in _PRACTICAL_HEADINGS \
                and not _NOT_NAME.search(name) and not pointing:
            self.terms.append(name)  # "Osmosis", "Actus reus": a name a fact may hide
            self.heading_names(_TITLE_TAG.sub("", name))
        elif self.mode == "text" and name.endswith(("?", "？")):
            self.asked_heading = name
            term = asked_term(name)
            if term and _words(term) <= 4 and _is_term(term) and not _NOT_ONE_NAME.search(term) \
                    and not _asks_no_name(term):
                # "### What is a cognition?" over "- The beliefs … that matter to us": the
                # name it asks about is what the item says (describes). Not a term for
                # every fact of the article: "accept the [cognition] and assimilate" asks
                # the article's topic, not a fact.
                self.heading_names(term)

    def heading_footnotes(self, block: SyntaxTreeNode) -> None:
        """The footnote markers of the heading just read ("## Residuals[^1]"), with those of
        the headings above it: the cards under it carry them (mark_heading_footnotes)."""
        inline = _inline_child(block)
        own = tuple(_FOOTNOTE_MARKER.findall(inline.content)) if inline is not None and \
            "[^" in inline.content else ()
        above = self.heading_markers.get(self.stack[-2][2], ()) if len(self.stack) > 1 else ()
        if own or above:
            self.heading_markers[self.current.id] = (*above, *own)

    def mark_heading_footnotes(self) -> None:
        """A heading's footnote on the back of every card under the heading, as a sentence's
        is on its card's: each text under it ends in the heading's marker. Cut from the
        heading (heading_plain), its text was lost. Only a footnote with text: a marker
        with none was cut before, and is not made a problem of each card now."""
        defined = {f"[^{note.label}]" for note in self.footnotes}
        for draft in self.sections:
            markers = "".join(m for m in self.heading_markers.get(draft.heading, ())
                              if m in defined)
            if not markers:
                continue

            def marked(text: Text, markers: str = markers) -> Text:
                return replace(text, value=text.value + markers)

            draft.facts = [replace(f, text=marked(f.text)) for f in draft.facts]
            draft.definitions = [replace(d, text=marked(d.text)) for d in draft.definitions]
            draft.lists = [replace(lst, items=tuple(replace(i, text=marked(i.text))
                                                    for i in lst.items))
                           for lst in draft.lists]

    def states_result(self, name: str, text: _Inline, line: int) -> bool:
        """The paragraph right under a heading that names a result ("### Le Chatelier's
        principle" / "When a system at equilibrium is disturbed, the equilibrium shifts to
        counteract the change.") states it. Read as any paragraph; where that asks nothing,
        the name is asked from the statement instead, "[…] — When a system …", as a learner
        asks "which principle says this?" (a gap the statement has of its own, "The net
        force on a body equals its [mass times its acceleration]", says more than the
        name). False, reading nothing, for a marked paragraph (its marks are the gaps), a
        statement naming the result (it gives the answer away) or pointing back, a set-up
        ("Let $f$ …"), a line leading into a display, a question, an order, or a paragraph
        of more than two sentences (prose about the result) or a long one."""
        plain = " ".join(text.plain.split())
        sentences = _SENTENCE_BREAK.split(plain)
        if ("**" in text.text or text.images or text.navigation or _words(plain) < 6
                or _words(plain) > MAX_RESULT_WORDS or len(sentences) > 2
                or plain.endswith((":", "?", "：", "？")) or is_order(plain)
                or _INVITATION.search(plain) or _PROMPT.search(plain)
                or _labelled(text.text) or points_back(plain) or _opens_a_set_up(plain)
                or plain.split()[0].casefold() in ("we", "here", "proof",
                                                   "proof.", "beweis", "dimostrazione",
                                                   "notice", "note", "observe", "experience")
                or _ENDS_IN_A_LEAD.search(plain) or _RESULT_SET_UP.match(plain)
                or term_pattern(name).search(plain) or _shares_a_word(
                    _NAMED_RESULT.sub(" ", name), plain)):
            return False
        section = self.section()
        before = len(section.facts)
        self.paragraph(text, line)
        added = section.facts[before:]
        if len(added) == 1 and added[0].otherwise is None:
            section.facts[before] = replace(
                added[0], otherwise=Text(f"**{name}** — {text.text}", line))
        return True

    def first_item_marked_whole(self, items: list[SyntaxTreeNode], text: _Inline) -> bool:
        """Whether a list's first item is bold over a meaning (_meaning_marked_whole) and
        the only item marked whole: bold over every item marks the list ("- **Public
        goods …**", "- **Externalities**"), read as the items they are (the re-read)."""
        raws = [_inline_child(item.children[0]).content if item.children and
                item.children[0].type == "paragraph" and _inline_child(item.children[0])
                else "" for item in items]
        return _meaning_marked_whole(raws[0], text) and not any(
            r.strip().startswith(("**", "__")) and r.strip().endswith(("**", "__"))
            for r in raws[1:])

    def heading_names(self, term: str) -> None:
        """The heading just read names `term`: the paragraph or list right under it may say
        what it is (describes), in the context of the heading above it or the article."""
        # Looked up, not searched: 40,000 headings under one parent searched back through
        # every section before them (2 MiB of headings: over 120 s).
        above = self.heading_titles.get(self.stack[-2][2], "") if len(self.stack) > 1 else ""
        self.named_heading = (term, above or self.article_title)

    def answers(self, question: str, text: _Inline, line: int) -> bool:
        """The paragraph right under a question heading ("### Why does TCP use a three-way
        handshake?") answers it in its first sentence: a card asking the heading's question,
        that sentence hidden, as an FAQ's question and answer are. A paragraph the author
        marked, a definition (its term is asked), a list's title, a question, or a first
        sentence too long to recall is read as it is; the sentences after the first are read
        as a paragraph of their own."""
        plain = text.plain
        if ("**" in text.text or text.images or text.navigation or math_spans(text.text)
                or _words(plain) < 4 or plain.endswith((":", "?")) or _labelled(text.text)
                or self.definition_match(text.text) or _PROMPT.search(plain)):
            return False
        sentences = _SENTENCE_BREAK.split(text.text, maxsplit=1)
        first = sentences[0].rstrip()
        if (_words(first) > MAX_ANSWER_WORDS or not first.endswith((".", "!", "。"))
                or points_back(first) and not _PRONOUN_LEAD.match(first)):
            return False  # "Six Causes of World War I" is a title; "This included …" no answer
        # An answer that says the question's words again ("How did militarism cause ww1?" /
        # "The main event of Militarism causing …") restates it: its gap would show the
        # question's words as gaps too. The name a "What is X?" asks about may be said.
        named = asked_term(question)
        said = {st for _, _, st in content_words(first)}
        asked = {st for _, _, st in content_words(question)} - (
            {st for _, _, st in content_words(named)} if named else set())
        if said & asked:
            return False
        if named and _words(named) <= 4 and _is_term(named) and not _NOT_ONE_NAME.search(
                named) and not _NOT_ONE_NAME_ABROAD.search(named) and \
                not _asks_no_name(named):
            # "## What is a bar?" / "A ridge of sand across a bay. It can trap …": the first
            # sentence says what the name is. Asked as any definition is, the name hidden
            # ("[bar] — A ridge of sand …"), not the whole answer from its question ("What
            # is a bar? — [...]", named weak by the blind samples). An answer that says the
            # name itself ("沙丘是风力堆积形成的…") is a definition read as it is written.
            if term_pattern(named).search(unmark(first)) or giveaways(unmark(first), named):
                return False
            if self.define(named, _Inline(f"{named} — {first.rstrip().rstrip('.')}"), line,
                           0, len(named)) is None:
                return False
        else:
            self.question(_Inline(question), _Inline(first.rstrip().rstrip(".")), line)
        if len(sentences) == 2 and not points_back(sentences[1]):
            # "It normally runs on port 53" would lose what "It" is: it is left with its
            # paragraph, which the card above already came from.
            self.paragraph(_Inline(sentences[1]), line)
        return True

    def describes(self, named: tuple[str, str], text: _Inline, line: int,
                  item: bool = True) -> bool:
        """The first sentence under a heading that is a name ("### Belief disconfirmation" /
        "- After rejecting a dissonant cognition, the person attacks it …") says what the
        name is without naming it: a labelled item hiding the heading, under the heading
        above it. A sentence that names it, marks a phrase, or is a label, a definition, an
        order ("Don't massage …"), a question or a title is read as it is. Of an item's
        several sentences the first is the clue (one fact a card), the rest read as a
        paragraph; a paragraph of several sentences is prose about the heading's topic
        ("## Decay" / "Dead organisms still hold their nitrogen. Putrefaction is …"), not the
        meaning of its name."""
        name, above = named
        plain = text.plain
        if (not _is_term(name) or is_structural_label(name) or "**" in text.text
                or len(name) == 1 and is_cjk(name)  # "## 功": a character, too short a gap
                or text.images or text.navigation
                or (_words(plain) < 6 and not _says_what_they_do(name, plain))
                or plain.endswith((":", "?")) or is_order(plain) or _INVITATION.search(plain)
                or _PROMPT.search(plain) or _EXAMPLE_HEAD.match(plain)
                or _labelled(text.text) or _STEP_ITEM.match(text.text)
                # ("Whether a manufacturer owes …" opens on a clause, no description; "How
                # context contributes to meaning …" under "## Pragmatics" is one)
                or _WHETHER.match(plain)
                or _fields_run_together(text.text) or self.definition_match(text.text)
                or _translated_example(plain) or _SPEAKER_OPENING.match(plain)
                or _aside(plain)
                or _HOMEWORK_HEADING.fullmatch(name) or _TASKS_TITLE.fullmatch(name)
                or math_spans(text.text) or _EXAMPLE_HEAD.match(name) or not _names_no_topic(name)
                or not _opens_a_description(plain)
                or _shares_a_word(name, plain) or _STATES_WHEN.search(plain)
                # (one opening with the name says what it is: "死鎖是指…" under "## 死鎖")
                or (_shares_cjk_words(name, plain) and not _opens_on_cjk_name(name, plain))):
            return False
        first, rest = text.text, ""
        sentences = _SENTENCE_BREAK.split(text.text, maxsplit=1)
        if len(sentences) == 2 and not item:
            return False
        if len(sentences) == 2 and _words(sentences[0]) >= 6:
            first, rest = sentences
        if _words(first) > MAX_DESCRIPTION_WORDS or states_own_fact(first) or \
                names_own_subject(unmark(first)) or _ROMANCE_OWN_SUBJECT.match(unmark(first)) or (
                    reads_as_german(first) and next(named_spans(unmark(first)), None)):
            # "Nach der Präposition mit steht immer der Dativ" under "## Grammatik auf
            # Deutsch" names its own answer, with a verb the English lists do not know.
            return False  # "When rates are cut, the cost of borrowing is lower", "Boiling
            # point increases as the chain gets longer": its own fact; "The placenta, an
            # organ of pregnancy, acts as …" under "## Organs" is about the placenta, and
            # "[Organs] — The placenta …" asked a heading the sentence only falls under
        self.labelled_list(above, [(name, first, line)], line, terms=False)
        if rest:
            self.paragraph(_Inline(rest), line)
        return True

    def attribute_of(self, named: tuple[str, str] | None, text: _Inline) -> str | None:
        """A "Label: value" line among the lines about a name, after the one that said what
        the name is ("- **Osmosis**:" / "- Diffusion of water …" / "- Direction: low to high
        solute concentration"): one attribute of that name, its value the gap under "Osmosis
        › Direction:" (as a field of a parent is: fields_list). Hiding the label instead
        would ask for a word any other name's line could have ("[Direction]"). None for a
        line that marks its own gap, defines a term, gives an example, or says too little
        to ask ("Size: big")."""
        found = _labelled(text.text)
        if named is None or found is None or "**" in text.text or text.images \
                or self.definition_match(text.text):
            return None
        label, rest = unmark(found[0]).strip(), unmark(found[1]).strip().rstrip(".")
        if _words(label) > 3 or not _cues_a_value(label) \
                or _words(rest) < 2 or _words(rest) > MAX_STATED_WORDS or math_spans(rest) \
                or weak_answer(rest) or giveaways(rest, label) or giveaways(rest, named[0]):
            return None
        return f"{unmark(named[0])} › {label}: **{rest}**"

    def lead_in(self, text: _Inline, following: SyntaxTreeNode | None) -> str | None:
        """"Key features of TCP:" right above a list or table is its title."""
        if following is None or following.type not in ("bullet_list", "ordered_list", "table"):
            return None
        plain = text.plain
        if plain.endswith(("?", "？")) and _lettered_options(following.children) is not None:
            return plain  # "Which organ makes insulin?" over "- A. Liver", "- **B. Pancreas**"
        if plain.endswith((":", "：")) and _words(plain) <= MAX_LEAD_IN_WORDS:
            # "细胞器的种类：" over a list, as "Types of organelle:" (the code review: asked
            # "[细胞器]的种类：" when only ":" was read).
            return plain[:-1].strip()
        if plain.endswith(("...", "…")) and _words(plain) <= MAX_LEAD_IN_WORDS:
            # "The 4 stages of respiration are...": the title is what the list names.
            return _TRAILING_VERB.sub("", plain.rstrip(".… ").strip())
        if _wholly_marked(text.text) and not _emphasised_sentence(plain) and \
                _words(plain) <= MAX_LEAD_IN_WORDS and not plain.endswith("?"):
            # "**Ways carbon is stored**" alone over a list: a heading typed in bold.
            return plain
        if self.named_lead_in(text, following):
            # "**Milgram (1963)** — obedience" over "- 40 male volunteers, …": the study
            # the points are of, each card's context (they named no study, three studies
            # in a row). The line keeps its own card (paragraphs).
            return plain
        if following.type != "table" and _COUNTED_TITLE.match(plain.strip()) and \
                _words(plain) <= MAX_LEAD_IN_WORDS and "," not in plain and \
                not plain.rstrip().endswith((".", "。", "?", "？", "!")) and \
                not _FINITE_VERB.search(plain):
            # "五类经济交易" ("five kinds of economic transaction") or "5 shifters of demand"
            # over the list of them, typed with no colon: a count names what the list is.
            return plain.strip()
        return None

    def reading_list(self, block: SyntaxTreeNode) -> bool:
        """Whether a block under "## Further reading" (and its kin) is what to read: short
        lines, none marked, no formula ("- Lagarde & Michard, XIXe siècle"); not a fact an
        author put there ("Le théorème … est **convergente** …", the code re-read)."""
        if not block.map:
            return False
        typed = self.lines[block.map[0]:block.map[1]]
        return all("**" not in line and "$" not in line and len(line.split()) <= 15
                   for line in typed)

    def worked_on(self, block: SyntaxTreeNode) -> bool:
        """Whether a block after "**Worked example**" is still the example's: its data or
        steps (a number, a sign or a formula in it), up to a heading, a rule, or a line
        opening on a bold label ("**Key point:** …") or stating no figure at all (the code
        re-read: all up to the next heading, "Consumer surplus is the area …" was lost)."""
        if block.type in ("heading", "hr") or not block.map:
            return False
        typed = "\n".join(self.lines[block.map[0]:block.map[1]])
        if _BOLD_FIELD_INSIDE.match(typed.lstrip()):  # "**Key point:** …"
            return False
        return bool(re.search(r"\d|[=→⇒]|\$|\\[(\[]", typed))

    @staticmethod
    def named_lead_in(text: _Inline, following: SyntaxTreeNode | None) -> bool:
        """Whether a line is a bold name and a few words on it over a list ("**Milgram
        (1963)** — obedience", "**Loftus & Palmer (1974)**: EWT"), the list's title."""
        named = _BOLD_NAME_LINE.match(text.text)
        return following is not None and following.type in ("bullet_list", "ordered_list") \
            and "\n" not in text.text.strip() and named is not None \
            and _words(text.plain) <= MAX_NAMED_LEAD_IN_WORDS \
            and not text.plain.rstrip().endswith((".", "。", "!", "?", "？", ":", "：")) \
            and not is_structural_label(named["name"]) and not _STUDY_ADVICE.search(text.plain)
        # (Not "**Exam tip** - learn these three for 16 markers", a remark skipped as such.)

    def figures(self, block: SyntaxTreeNode, following: SyntaxTreeNode | None) -> int:
        """A block of images and nothing else is a figure each: its caption is an italic
        line right below, or its title, or its alt text. The blocks used up, or 0."""
        if block.type == "html_block":
            content = block.content.strip()
            if not content or _WRAPPER_TAGS.sub("", figures.IMG_TAG.sub("", content)).strip():
                return 0
            parts, tail = [], []
        else:
            inline = _inline_child(block)
            # Most paragraphs are text: the first thing in them shown is no image.
            first = next((c for c in (inline.children if inline else [])
                          if not (c.type == "text" and not c.content.strip())), None)
            if first is None or not _alone_image(first):
                return 0
            parts = [c for c in inline.children
                     if not (c.type == "text" and not c.content.strip())]
            cut = next((i for i, c in enumerate(parts)
                        if c.type in ("softbreak", "hardbreak")), len(parts))
            parts, tail = parts[:cut], parts[cut + 1:]
            if not parts or not all(_alone_image(c) for c in parts) or (
                    tail and (len(tail) != 1 or tail[0].type != "em")):
                return 0
        _image_line(block)
        reader = self.builder.images
        line = reader.line
        marks = (figures.html_images(block.content) if block.type == "html_block" else
                 "".join(_image(c) if c.type == "image" else figures.html_images(c.content)
                         if c.type == "html_inline" else figures.embeds(c.content)
                         for c in parts))
        consumed = 1
        if not tail and following is not None and following.type == "paragraph":
            below = [c for c in _inline_child(following).children
                     if not (c.type == "text" and not c.content.strip())]
            if len(below) == 1 and below[0].type == "em":
                tail, consumed = below, 2
        caption = None
        if tail and len(marks) == 1:
            walk = _InlineWalk()
            walk.walk(tail[0], 0)  # the italic is the caption, its bold a mark
            caption = walk.result().text
        for mark in marks:
            image = reader.images[image_index(mark)]
            text = caption or figures.figure_caption(image)
            self.section().figures.append(
                Figure(mark, Text(text, line) if text else None, line))
        return consumed

    def myst_figure(self, block: SyntaxTreeNode, line: int) -> bool:
        """A MyST (Jupyter Book) figure, typed as a fence: "```{figure} heart.png", its
        options (":name: fig-heart", ":width: 60%", or a "---" block of them), then its
        caption. A figure of its section as `![caption](heart.png)` is, its caption read as
        Markdown (a marked phrase in it makes a cloze). Read as code, its image and caption
        were lost ("code makes no card"). False where it names no image."""
        src = block.info.split(maxsplit=1)[1].strip() if len(block.info.split()) > 1 else ""
        if not src:
            return False
        body = block.content.split("\n")
        if body and body[0].strip() == "---":  # options as YAML between "---" lines
            end = next((i for i, row in enumerate(body[1:], 1) if row.strip() == "---"), 0)
            body = body[end + 1:]
        alt = ""
        while body and (_MYST_OPTION.match(body[0]) or not body[0].strip()):
            if (option := _MYST_OPTION.match(body[0])) and option["name"] == "alt":
                alt = body[0][option.end():].strip()
            body = body[1:]
        caption_md = " ".join(row.strip() for row in body if row.strip())
        _image_line(block)
        reader = self.builder.images
        caption = _inline(SyntaxTreeNode(_PARSER.parseInline(caption_md)).children[0]).text \
            if caption_md else ""
        # Its alt text is its ":alt:" option, as `![alt](src)` gives one: not the caption,
        # whose marked phrase the card hides (the caption is the figure's text below).
        mark = reader.add(src, reader.line, alt)
        if not mark:
            return True  # refused with its reason by the image reader
        image = reader.images[image_index(mark)]
        text = caption or figures.figure_caption(image)
        self.section().figures.append(Figure(mark, Text(text, line) if text else None, line))
        return True

    def skip_first_sentence(self, text: _Inline, line: int, what: str, why: str) -> None:
        """Skip the paragraph's first sentence (an order to the learner, the author's plan)
        and read the rest of it as a paragraph of its own: the facts after it still count."""
        rest = (_SENTENCE_BREAK.split(text.text, maxsplit=1) + [""])[1]
        self.skip(line, what, why)
        if rest:
            self.paragraph(_Inline(rest), line)

    def spaced_repetition_lines(self, block: SyntaxTreeNode, line: int) -> bool:
        """A paragraph of lines typed one under another, one or more of them a single-line
        card ("Ribosomes::the site of protein synthesis" under "The ==mitochondria== are
        …"): the plugin reads each line on its own, and so does this, each card asked as
        written and each other line read as a paragraph. Joined, the cards ran into one
        another ("[…] — the site of protein synthesis What do lysosomes contain?::…")."""
        typed = _inline_child(block).content.split("\n")
        if len(typed) < 2 or any(raw.strip() in ("?", "??") for raw in typed):
            return False  # one line, or a card over several lines (spaced_repetition_card)
        if not any((found := _SR_INLINE.fullmatch(raw.strip()) or self.flashcard_note
                    and _SR_SPACED.fullmatch(raw.strip()))
                   and self.one_line_card(found["front"].strip()) for raw in typed):
            # ("Osmosis :: the net movement …" line under line in a #flashcards note: the
            # plugin's cards typed with spaces, each on its line, ran into one; the re-read.)
            return False
        for offset, raw in enumerate(typed):
            if not raw.strip():
                continue
            text = self.inline(SyntaxTreeNode(_PARSER.parseInline(raw.strip())).children[0])
            if not self.spaced_repetition_card(text, line + offset):
                self.paragraph(text, line + offset)
        return True

    def one_line_card(self, front: str) -> bool:
        """Whether a line with `::` is a card: where it asks a question, or the note is
        tagged for review; never "status:: to review" (a Dataview field: lowercase, one
        word), and untagged never a term, which may be a field or code ("std::vector")."""
        return front.rstrip("*_").endswith(("?", "？")) or (
            self.flashcard_note and not re.fullmatch(r"[a-z][a-z_-]*", front)
            # (nor the page's metadata typed unspaced, "Status::reviewed"; spaced, "Topic ::
            # …", md_source drops it first)
            and slugify(unmark(front)) not in _PAGE_PROPERTIES_IF_SHORT
            and not is_structural_label(unmark(front)))

    def spaced_repetition_card(self, text: _Inline, line: int) -> bool:
        """A card typed for Obsidian's Spaced Repetition plugin, asked as its author wrote
        it: `Question?::Answer` (or `Term::Meaning` in a note tagged #flashcards) asks the
        answer from the question; `Front:::Back`, reversed, asks each side from the other;
        a question's lines, a line `?` (or `??`, reversed) and the answer's lines, likewise.
        Before, the question and its answer were one unasked fact, the `::` shown raw."""
        one_line = True
        if found := _SR_INLINE.fullmatch(text.text):
            front, back, reversed_ = found["front"], found["back"], found["sep"] == ":::"
        elif text.field_mark and (labelled := _labelled(text.text)):
            # `Question? :: Answer`, spaced, was read as a Dataview field's label and value.
            front, back, reversed_ = labelled[0], labelled[1], False
        elif " ? " in text.text or " ?? " in text.text:
            one_line = False
            typed = []
            for raw in self.typed_lines[line - 1:line + MAX_CARD_LINES]:
                if not raw.strip():
                    break
                typed.append(raw.strip())
            if len(typed) > MAX_CARD_LINES:
                return False  # a paragraph of notes with a "?" line in it, no card
            separator = next((s for s in typed[1:-1] if s in ("?", "??")), None)
            if separator is None or f" {separator} " not in text.text:
                return False
            front, back = text.text.split(f" {separator} ", 1)
            reversed_ = separator == "??"
        else:
            return False
        front, back = front.strip(), back.strip()
        # A line of its own between the sides is the plugin's alone (one_line_card).
        if not front or not back or "**" in back or one_line and not self.one_line_card(front):
            return False
        if reversed_:
            self.section().facts.append(Fact(Text(f"**{unmark(front)}** — **{back}**", line)))
        elif front.rstrip("*_").endswith(("?", "？")):
            self.question(_Inline(unmark(front)), _Inline(unmark(back)), line)
        else:
            # "Stomata" over its meaning: a term, asked from its meaning as a labelled item
            # is ("Stomata — [...]" hid a whole clause behind one word of cue).
            self.labelled_list(self.section().title, [(unmark(front), back, line)], line)
        return True

    def paragraph(self, text: _Inline, line: int) -> None:
        if not text.text:
            self.skip(line, "paragraph with no text", "nothing to ask")
            return
        if self.mode == "references":
            self.references.append(Text(text.plain, line))
            return
        if text.navigation:
            self.skip(line, "links", "a line of links states no fact")
            return
        if _licence(text):
            self.skip(line, "licence", _LICENCE_SKIPPED)
            return
        if _typed_code(text.plain) and "**" not in text.text:
            # "- ALTER TABLE users ADD COLUMN IF NOT EXISTS email VARCHAR(100);" typed as a
            # bullet: a statement of SQL, its keywords asked as names ("[CREATE] IF NOT
            # EXISTS", "email [VARCHAR](100)", blind sample 3101: junk). Code makes no card.
            self.skip(line, "code typed as text", "code makes no card; write what it does")
            return
        if self.mode == "text" and "**" not in text.text and \
                (found := _labelled(text.text)) and course_label(*found):
            # "Lecture: offer and acceptance", "Reading: Chen-Wishart ch. 2": read as a
            # sentence, its words were asked ("Lecture: [offer] and acceptance").
            self.skip(line, f'"{unmark(found[0])}" line', _COURSE_LINE_SKIPPED)
            return
        if self.mode == "text" and (found := _labelled(text.text)) and \
                _MNEMONIC_LABEL.fullmatch(unmark(found[0]).strip(" :")):
            # "Mnemonic: WEPT (warfarin, extrinsic, PT)": the aid to remember facts the
            # notes state, no fact of its own; its words were asked, "WEPT ([...],
            # extrinsic, PT)" (a session-39 probe).
            self.skip(line, "mnemonic", _MNEMONIC_SKIPPED)
            return
        if self.mode == "text" and exam_history(text.plain):
            self.skip(line, "exam talk", _EXAM_TALK_SKIPPED)  # "Exam: came up in 2022"
            return
        if _fields_run_together(text.text):
            self.skip(line, "fields run together", "two \"Label: value\" fields on one line, "
                      "where the first value ends nobody can tell; put each on its own line")
            return
        if (asks := _BOLD_WH_LABEL.match(text.text)) is not None and text.text[asks.end():]:
            # "**Why it doesn't create cycles or miss vertices:** The find(u) ≠ find(v) check
            # …": the bold marks the question its text answers, no phrase to ask; the text
            # is read under it, as under a heading that asks.
            with self.titled(asks["label"].strip()):
                self.paragraph(replace(text, text=text.text[asks.end():]), line)
            return
        # "…日本語の例を見てみましょう。探偵の比喩を続けるなら、…": the invitations opening the
        # paragraph ("let's look at an example") say what comes, no fact (blind sample 2904:
        # junk, "[形態素]"); they are cut in a loop (one call for a thousand of them) and
        # the sentences after them read without them.
        rest, invited = text.text, False
        while True:
            first, stop, after = rest.partition("。")
            if not (stop and after.strip() and "**" not in first
                    and _INVITATION.search(unmark(first + stop))):
                break
            rest, invited = after, True
        if not invited and "**" not in text.text and _INVITATION.search(text.plain) and \
                text.plain.rstrip("。！!").count("。") == 0:
            rest, invited = "", True  # a paragraph of one invitation
        if invited:
            self.skip(line, "an invitation to read on", "it says what the notes do next, not "
                      "a fact of the subject")
            if rest.strip():
                self.paragraph(_Inline(rest.strip()), line)
            return
        if _EXERCISE.match(text.plain) and "**" not in text.text:
            # "Find the absolute extrema of the function on the given interval: \(g(t) = …\)":
            # an exercise's task, its answer worked below or nowhere; asked, "Find the
            # absolute [extrema] …" (blind sample 2903: junk).
            self.skip(line, "an exercise", "a task to do states no fact; write what it finds")
            return
        if self.mode == "text" and (field := _BOLD_FIELD.match(text.text)) and \
                "\n" not in text.text.strip() and self.case_detail(
                    field["label"].strip(" :"), text.text[field.end():], None, line):
            return  # ("**Claimant:** Mrs Carlill, who caught flu …" under "Carlill v …")
        if (_QUESTION_LINE.match(text.plain) or _LABELLED_QUESTION.match(text.plain)) and \
                "**" not in text.text.partition(":")[2]:
            # "Question: What are the sensitivity and specificity of …?": an exercise's
            # question with its answer elsewhere, or none; its words were asked ("What are
            # the [sensitivity] and …"), a blind sample of held-out-7.
            self.skip(line, "question", _UNANSWERED_SKIPPED)
            return
        if self.mode == "text" and (bare := _without_environment_label(text.text)) is not None:
            if _environment_lead(text.text)[0] == "proof":
                # "*Proof.* Let $A$ be any set. …": asked, "[Proof.] Let …" (mathdef21).
                self.skip(line, "a proof", _PROOF_SKIPPED)
                return
            text = replace(text, text=bare)
        if self.mode == "text" and (field := _formula_field(text.text)) and \
                (whose := self.heading_subject(None)):
            # "## Kinetic energy" / "Formula: $E_k = \frac{1}{2}mv^2$" (formula_fields).
            self.field_fact(f"{whose} › {field[0]}: **{field[1]}**", line)
            return
        if self.heading_examples(text, line):
            return
        if self.formula_side(text.text, line):
            return
        if _record_labels(text.plain) and not _marked_value(text.text):
            self.skip(line, "page properties", "\"Court: …\", \"Judges: …\" lines are the "
                      "record's heads, and a head is no answer to its value")
            return
        if _wholly_marked(text.text):
            # "**When MSB = MSC, welfare is at a maximum**": bold for emphasis over a
            # sentence that still states one thing in a plain shape (statements.py).
            said = clean_statement_span(text.plain)
            if said is None and self.definition_match(text.plain):
                # "<b>Osmosis is the movement of water …</b>" under a figure: bold over a
                # whole definition is emphasis; the definition still hides its term.
                text = replace(text, text=text.plain)
            elif said is None and self.section().title != INTRODUCTION and \
                    (found := _labelled(text.plain)) and \
                    _words(found[0]) <= MAX_LABEL_WORDS and \
                    _MEASURE_WITH_UNIT.search(found[1]) and \
                    not re.search(r"\d", found[0]) and not _CAPTION_LABEL.match(found[0]):
                # "**Therapeutic range: 0.5–2 ng/mL**": bold over a whole "Label: value"
                # line is its author's stress on the line most worth learning (a session-38
                # pharmacology sheet); its value asked under its label. (Not a caption's or a
                # numbered part's label, "Figure 2:", "Step 1:", "Q3 (6 marks):", "Test 2:":
                # the code re-read. Its value a measure, a figure and its unit: "Target
                # grade: 7", "Time allowed: 45 minutes", "Pagine del manuale: 112–130" are
                # the course's, the second re-read. Not before the first section heading:
                # "*Biología 2º Bach – apuntes de clase (+ libro págs. 112–130)*" there is
                # the notes' subtitle.)
                text = replace(text, text=f"{found[0]}: **{found[1]}**")
            elif said is None and _emphasised_sentence(text.plain):
                # "*All alliances were formed with a motivation …*": a whole sentence in
                # italics or bold is its author's style, not a gap; read it as written.
                text = replace(text, text=text.plain)
            elif said is None:
                self.skip(line, "marked text", "the whole text is marked, so nothing is left "
                          "on the front to answer from; mark the key words only")
                return
            else:
                value = text.plain
                text = replace(text, text=_marked(value, *said))
        # What the author marked is asked: a course's plan, its homework or its place in
        # the course has no mark ("The following week, Germany invaded **Poland**.").
        unmarked = "**" not in text.text
        if _ABOUT_THE_NOTES.match(text.plain) or unmarked and _ABOUT_THE_COURSE.match(
                text.plain):
            self.skip(line, "paragraph about the notes", "it says what the page covers, not a "
                      "fact of its subject")
            return
        sentences = _SENTENCE_BREAK.split(text.text)
        kept = [sentence for sentence in sentences[1:] if not _about_studying(sentence)] \
            if len(sentences) > 1 and unmarked else sentences[1:]
        if len(kept) < len(sentences) - 1:
            # "Ch. 5 … and Ch. 10 …. See lecture 3 slides for the diagrams.": a note to
            # oneself after the first sentence is no fact; the others are read without it.
            self.paragraph(replace(text, text=" ".join([sentences[0], *kept])), line)
            return
        if len(sentences) > 1 and any(_ORDER_TO_LEARNER.match(unmark(sentence))
                                      for sentence in sentences[1:]):
            # "Notes from week 38. Remember to read the DASAIM guideline.": an order after
            # the first sentence is no fact either (its gap asked the guideline's name);
            # the other sentences are read without it.
            self.skip(line, "an order to the learner", "telling the learner what to do "
                      "states no fact of the subject")
            kept = [sentences[0]] + [sentence for sentence in sentences[1:]
                                     if not _ORDER_TO_LEARNER.match(unmark(sentence))]
            self.paragraph(replace(text, text=" ".join(kept)), line)
            return
        if _COURSE_TALK.match(text.plain) and (
                "**" not in _SENTENCE_BREAK.split(text.text, maxsplit=1)[0]
                or _BOLD_LABEL_ONLY.match(text.text)):
            # (A bold label is none of the remark's marks: "**midterm 2**: Nov 14. …")
            self.skip_first_sentence(text, line, "a remark about the course", "what happened "
                                     "in class, or what the course's materials are like, "
                                     "states no fact of the subject")
            return
        if (talk := _EXAM_TALK.search(first := _SENTENCE_BREAK.split(text.plain)[0])) and \
                talk.start() <= len(first) // 2:
            # "Gantt charts come up in EVERY exam → practise computing …": what the exam
            # asks, no fact of the subject (the sentences after it are read without it),
            # whatever it marks ("Das kommt immer in der Klausur dran: die **…**"). Said in
            # its first half: "Il femore è l'osso più lungo …, chiesto sempre all'esame"
            # states a fact, the exam its aside.
            self.skip_first_sentence(text, line, "a remark about the exam", "what the exam "
                                     "asks or is worth is about the course, not a fact of "
                                     "the subject")
            return
        if (remark := _EXAM_REMARK.match(text.plain)) and "**" not in text.text:
            # (Its sentence ends after the remark's words: "Dr. Okafor mentioned …" is cut
            # at no "Dr.")
            self.skip(line, "a remark about the exam", "what the teacher said of the exam is "
                      "about the course, not a fact of the subject")
            end = re.search(r"[.!?](?:\s+|$)", text.plain[remark.end():])
            rest = text.plain[remark.end() + end.end():].strip() if end else ""
            if rest and (at := text.text.find(rest[:20])) >= 0:
                self.paragraph(_Inline(text.text[at:]), line)
            return
        if _ORDER_TO_LEARNER.match(text.plain):
            self.skip_first_sentence(text, line, "an order to the learner", "telling the "
                                     "learner what to do or not to confuse states no fact "
                                     "of the subject")
            return
        if _TASK.match(text.plain) or unmarked and (
                _HOMEWORK.match(text.plain) or _DUE.match(text.plain)
                or _study_note(text.plain)) or _tool_property(text):
            self.skip(line, "task or property", "a task (TODO, LATER …, homework or "
                      "coursework due) or an outliner's property (id::, collapsed:: …, a "
                      "timestamp) states no fact of the subject")
            return
        if _READING_ASSIGNMENT.match(text.plain):
            self.skip(line, "a reading assignment", "it says what to read, not a fact of the "
                      "subject")
            return
        if _NOTES_SOURCE.match(text.plain) or (_NOTES_SOURCE_TAIL.search(text.plain) or (
                unmarked and _NOTES_KIND.match(text.plain))) and \
                len(text.plain.split()) <= MAX_NOTES_SOURCE_WORDS:
            self.skip(line, "paragraph about the notes", "it says where the notes come from, "
                      "not a fact of their subject")
            return
        if _course_place(text.plain) and "**" not in _SENTENCE_BREAK.split(text.text, 1)[0]:
            # (A mark in a later sentence is that sentence's: "Lezione 4 – appunti. Questa
            # fase è chiamata **guerra di trincea** …" kept the header on its card.)
            # "Woche 7 – Kapitel 9 im Kursbuch.": where the notes stand; a fact after it
            # ("Lecture 3 – … The heart has four chambers.") is still read.
            place = _COURSE_PLACE.match(text.text)
            first, rest = (_SENTENCE_BREAK.split(text.text, maxsplit=1) + [""])[:2]
            if place and rest and _opens_pointing_back(rest) and \
                    _names_a_subject(first[place.end():]):
                # "Lecture 3 – Krebs cycle. It yields 2 ATP …": the header names what "It"
                # is; read without the unit, not "It yields [...]" (the re-read's).
                self.skip(line, "paragraph about the notes", "it says where the notes stand "
                          "in a course, not a fact of their subject")
                subject = _NOTES_TAIL.sub("", first[place.end():])
                self.paragraph(_Inline(f"{subject.rstrip('.')}. {rest}"), line)
                return
            self.skip_first_sentence(text, line, "paragraph about the notes", "it says where "
                                     "the notes stand in a course, not a fact of their subject")
            return
        if self.section().title == INTRODUCTION and \
                line - self.content_start <= MAX_COURSE_HEADER_LINE and \
                "**" not in text.text and _about_the_course(text.plain):
            # "Notes from lectures 9–10. Lab 4 stuff at the bottom. Class uses Python 3.12."
            # above the first heading asked "[Class] uses …": what the notes are for.
            self.skip(line, "course header", "what the notes cover and for which class, "
                      "exam or teacher states no fact of the subject")
            first, rest = (_SENTENCE_BREAK.split(text.text, maxsplit=1) + [""])[:2]
            if rest and _opens_pointing_back(rest) and \
                    (label := _SUBJECT_BEFORE_DASH.match(first)) and \
                    _names_a_subject(label["subject"]) and \
                    not _COURSE_WORDS.search(label["subject"]):
                # "Krebs cycle – seen in class with Dr Patel. It yields 2 ATP per glucose.":
                # the label names what "It" is; the class and its teacher go, the fact is
                # read under the subject as its title ("Krebs cycle › It yields [...] per
                # glucose."). (Typed into the text, the subject was asked of a remark, "[Beta
                # blockers]. It was really rushed.": the re-read.)
                with self.titled(label["subject"]):
                    self.paragraph(_Inline(rest), line)
            return
        if _WHETHER.match(text.plain) and "**" not in text.text and not _DECIDED_BY.search(
                _SENTENCE_BREAK.split(text.plain)[0]):
            self.skip_first_sentence(text, line, "a question typed as a clause", "\"Whether "
                                     "…\" asks, it states no fact of the subject")
            return
        if _record_line(text.plain):
            self.skip(line, "page properties", "\"Date: … · Bench 6\" is the write-up's own "
                      "record, no fact of its subject")
            return
        if _AUTHORS_INTENT.match(text.plain):
            self.skip_first_sentence(text, line, "the author's plan", "what the notes mean to "
                                     "show states no fact of the subject; state what is shown")
            return
        if _BYLINE.match(" ".join(text.plain.split())):
            # (A day's or a month's date, never a year alone: "## Guernica" / "Par Pablo
            # Picasso, 1937." and "By Bismarck in 1871." say who did what, the re-read.)
            self.skip(line, "byline", "who wrote the page and when is no fact of its subject")
            return
        if _STUDY_ADVICE.match(text.plain) or _GRADING.search(text.plain):
            self.skip(line, "study advice", "advice on studying or the course's plan states "
                      "no fact of the subject")
            return
        parts = _SENTENCE_BREAK.split(text.text) if "**" not in text.text and \
            _PLAN_WORDS.search(text.plain) else []
        planned = [_course_plan(unmark(part)) for part in parts]
        if any(planned):
            # "… We will re-demonstrate it from first principles in the statistical
            # mechanics class.": what a later class will do, asked "in the [statistical
            # mechanics] class" (blind sample 3301: junk). The sentences saying so go; the
            # rest of the paragraph is read as it would be without them.
            kept = [part for part, plan in zip(parts, planned, strict=True) if not plan]
            if not kept:
                self.skip(line, "course plan", "what a later class or chapter will do states "
                          "no fact of the subject")
                return
            text = _Inline(" ".join(part.strip() for part in kept))
        if "**" not in text.text and all(
                _FIRST_PERSON.match(sentence) or _OPEN_QUESTION.search(sentence)
                for sentence in _SENTENCE_BREAK.split(text.plain)) and \
                len(set(_ITALIAN_WORDS.findall(text.plain))) < 2:
            # (Italian's plural "I" opens "I frame dentro la finestra devono essere …".)
            # "I use Anki on my phone …": the author's own doings, no fact of the subject;
            # nor "My questions for seminar: is … a matter of fact? Does … refute itself?".
            self.skip(line, "paragraph about the author", "every sentence is about the writer "
                      "and nothing in it is marked to ask")
            return
        pair = _qa_pair(text.plain, text.text)
        if pair:  # "**Q:** What …? A: …" (FAQ pages)
            self.question(_Inline(pair["q"]), _Inline(pair["a"]), line)
            return
        if self.inline_quiz(text, line):
            return
        if (asked := _ARROW_ANSWER.match(text.plain)) and not math_spans(text.plain):
            # "What metre do the witches speak in? → trochaic tetrameter": the answer typed
            # after its question ("… do the [witches] speak in? → …" was asked).
            self.question(_Inline(asked["q"]), _Inline(asked["a"].strip()), line)
            return
        if (bold := _BOLD_QUESTION.match(text.text)) and bold["a"].strip():
            # "**Why the determinant?** \(Av = λv\) … ⇔ det(A − λI) = 0.": a question in
            # bold over its answer; the mark was hidden ("[Why the determinant?] …"). Where
            # the answer marks its own terms ("**What is osmosis?** The net movement of
            # **water** …"), those are asked, the question in plain words before them.
            if "**" not in bold["a"]:
                self.question(_Inline(bold["q"]), _Inline(bold["a"].strip()), line)
                return
            text = replace(text, text=f"{bold['q']}{bold['a']}")
        if self.mode == "text" and (defined := _DEFINITION_LABEL.match(text.text)) and not (
                _CONCEPT_LABEL.match(unmark(text.text).lstrip()) and (
                    _words(unmark(defined["rest"])) < 4 or _BOLD_FIELD_INSIDE.search(
                        defined["rest"]))):
            # "**Definition**: Strong electrostatic force …" under "### Ionic Bonding": the
            # heading (or list title) is the term it defines. (Not "**Concept:** Scarcity",
            # which names the concept, nor over lines of its own, "**Definition:** …" below.)
            term = self.heading_term(self.section().title)
            if term and self.define(term, _Inline(f"{term} — {defined['rest']}"), line, 0,
                                    len(term)):
                return
        if self.mode == "text" and _SUBJECTLESS.match(text.text) and \
                not _IMPERSONAL.match(text.plain) and \
                not text.plain.rstrip().endswith(("?", "？")) and \
                (term := self.heading_term(self.section().title.split(",")[0])) and \
                self.define(term, _Inline(f"{term} {text.text[0].lower()}{text.text[1:]}"),
                            line, 0, len(term)):
            # "## Heap" / "Is a specialized tree-based data structure …": the heading is the
            # subject its first sentence leaves out.
            return
        if self.item_subject and (lead := _PRONOUN_LEAD.match(text.text)):
            # "- Active transport is the absorption …" / "- It requires energy from
            # respiration": "It" is the term the item before defined; the card asks it.
            self.labelled_list(self.section().title,
                               [(self.item_subject, text.text[lead.end():], line)], line,
                               terms=False)
            return
        if self.mode == "text" and not self.formula_step and (led := _formula_led(text.text)):
            # "Two events are independent when $$P(AB) = P(A)P(B)$$": the formula finishes
            # the sentence and is what to recall, whole; the paragraph's other sentences
            # are read as they would be without it.
            lead, start, end, stop = led
            sentence = text.text[lead:stop].strip()
            self.section().facts.append(
                Fact(Text(_marked(sentence, start - lead, end - lead), line)))
            if legend := _cjk_legend(after := text.text[end:stop].strip()):
                # "…的效率为 $$…$$ 其中 $T_1$ 为高温热源的温度" typed in one paragraph: the
                # legend is asked too, as it is under a display of its own (legend()).
                self.legend(text.text[start + 2:end - 2].strip(), after[:legend[0]],
                            legend[1], line)
            rest = f"{text.text[:lead]} {text.text[stop:]}".strip()
            if rest:
                self.paragraph(_Inline(rest), line)
            return
        if self.mode == "text" and not self.formula_step and \
                (named := _formula_introduced(text.text)):
            # "This ratio is the Reynolds number, defined as $$Re = …$$ where …": the noun
            # phrase names the formula, asked whole from it ("Reynolds number: […] where
            # …"); the rest of its sentence pointed at the formula and the sentences before
            # are read on their own.
            lead, start, end, stop, front = named
            card = f"{front} {text.text[start:stop].strip()}"
            self.section().facts.append(
                Fact(Text(_marked(card, len(front) + 1, len(front) + 1 + end - start), line)))
            rest = f"{text.text[:lead]} {text.text[stop:]}".strip()
            if rest:
                self.paragraph(_Inline(rest), line)
            return
        if self.mode == "text" and (named := _symbols_named_cjk(text.text)):
            # "…，其中 $\zeta$ 称为阻尼比，$\omega_n$ 称为无阻尼自然频率。": each symbol's name is
            # asked, the others shown (zhmath21); the sentences around it are read on their own.
            start, stop, spans = named
            if before := text.text[:start].strip():
                self.paragraph(_Inline(before), line)
            value, at = "", start
            for a, b in spans:
                value += text.text[at:a] + f"**{text.text[a:b]}**"
                at = b
            self.section().facts.append(Fact(Text(value + text.text[at:stop], line)))
            if rest := text.text[stop:].strip():
                self.paragraph(_Inline(rest), line)
            return
        if self.mode == "text" and (cut := _threshold_sentences(text.text)):
            # "… underdamped when $\zeta < 1$, …. When $\zeta = 1$ the system is critically
            # damped.": on one card either threshold showed the other's letter, and the
            # paragraph made no card; each sentence is read on its own (math21).
            for sentence in cut:
                self.paragraph(_Inline(sentence), line)
            return
        if self.mode == "text" and "**" not in text.text and \
                (named := _name_said_again(text.text)) is not None:
            # "The set with no elements is called the empty set …. The empty set is a subset
            # of every set.": the name the first sentence gives, said again after it, would
            # show on its card; that sentence is a fact of its own, and the rest another.
            self.section().facts.append(Fact(Text(text.text[:named].strip(), line)))
            self.paragraph(_Inline(text.text[named:].strip()), line)
            return
        if self.mode == "text" and "**" not in text.text and \
                (said := _property_said_again(text.text)) is not None:
            # "Ogni funzione derivabile è continua. Il viceversa è falso: … continua …": the
            # result is a fact of its own, its property asked where nothing says it again.
            self.section().facts.append(Fact(Text(text.text[:said].strip(), line)))
            if _CONVERSE.match(text.text[said:]):
                # "Il viceversa è falso: la funzione $|x|$ è [continua] in $0$ …": alone,
                # what the converse is would not show.
                self.skip(line, "a remark on the result before it", "it says what the "
                          "result before it does not, which its card alone would not show")
                return
            self.paragraph(_Inline(text.text[said:].strip()), line)
            return
        if self.mode == "text" and (
                cuts := _names_given(text.text) or _names_given_cjk(text.text)
                or _marks_held_apart(text.text)):
            # Sentences that each give a name of their own: each is read on its own (with
            # the sentences after it that give none), its card showing its sentence; the
            # first keeps the paragraph's opening words, its key. All cut at once: a part
            # gives one name, and is never cut again. So in Chinese: "失业率定义为…。经济处
            # 于充分就业时的失业率叫做自然失业率，…": its card shows no other part's name.
            for start, end in zip([0, *cuts], [*cuts, len(text.text)], strict=True):
                self.paragraph(_Inline(text.text[start:end].strip()), line)
            return
        if (self.worked_problems() and "**" not in text.text or _opens_on_a_problem(text.plain)) \
                and (math_spans(text.text) or re.search(r"\d", text.text)):
            # "A box of mass 5 kg is pulled …, the acceleration is $a = 20/5$ …" under
            # "Worked example": its numbers hold for that one problem; asked, "So after
            # [3 s] the box moves at 12 m/s" (prose18).
            self.skip(line, "exercises or a worked example", "a problem's steps, numbers "
                      "and tasks hold for that problem, not the subject; state what it shows "
                      "as a sentence of its own")
            return
        if "**" not in text.text and math_spans(text.text) and \
                _DERIVATION_STEP.match(_SENTENCE_BREAK.split(text.plain)[0]):
            # "Differentiating $Q = CV_C$ with respect to time we get $I = C\,dV_C/dt$,
            # which we substitute into Kirchhoff's loop rule.": a step between formulas, no
            # fact (a learner's read: "[Kirchhoff]'s loop rule" asked of it, junk).
            self.skip_first_sentence(text, line, "a step of a derivation", "it works one "
                                     "formula into the next; state the result it reaches "
                                     "as a sentence of its own")
            return
        found = self.definition(text.text, line)
        if found is None and (term := self.fragment_meaning(text)):
            # "#### Resolution" / "The timestep of the model and the … scales resolved.": a
            # meaning with no term and no verb; the heading names what it means. Other facts
            # do not hide the heading's words for it: they were no term of the text's own.
            found = self.define(term, _Inline(f"{term} — {text.text}"), line, 0, len(term),
                                names=False)
            if found is not None:
                return
        if found is not None and self.item_subject is not None:
            self.item_subject = found.term
        if found is None:
            value = text.text
            defined = self.later_definition(value, line)
            if defined is not None:  # the rest of the paragraph, without that sentence
                value = " ".join(value.replace(defined.text.value, " ").split())
            if defined is None or _words(value) >= 3:
                if defined is None:
                    value = self.about_the_title(value)
                stated = _formula_stated(value) or _formula_stated_cjk(value) or \
                    _condition_stated(value) or _threshold_stated(value) or \
                    _formula_named(value) or _joined_condition_cjk(value) or \
                    _formula_in_region_cjk(value)
                if stated and not value.startswith("\\[", stated[0]) and \
                        _names_a_term_cjk(value):
                    stated = None  # the name is asked (a display a lead introduces stays)
                if stated:  # "The force … is $F = …$": the formula is what to recall
                    value = _marked(value, *stated)
                # Where the sentence as typed makes no card, its identity asked by its sides.
                other = None if stated else self.formula_side_after_lead(value)
                self.section().facts.append(Fact(Text(value, line), otherwise=other and Text(
                    other, line)))

    def worked_problems(self) -> bool:
        """Whether the section is a worked example or a set of exercises, by its heading
        ("Worked example", "2.6 Example", "Exercises", "Practice problems", "Problem 2")."""
        title = " ".join(_NUMBERING_ONLY.sub("", self.section().title).split())
        return self.mode == "text" and bool(_WORKED_HEADING.fullmatch(title))

    def fragment_meaning(self, text: _Inline) -> str | None:
        """The term a meaning typed with no term of its own defines: the heading right above
        it (or the article's title, under no heading), where the text's first sentence is a
        noun phrase with no verb ("The timestep of the model and the horizontal and vertical
        scales resolved." under "#### Resolution (in both time and space)"). None for a
        marked text, a heading that names no term ("Summary", a question), a sentence with
        a verb, or a text that already holds the term (it says it, so it is no fragment)."""
        if self.mode != "text" or "**" in text.text or text.images or not self.meaning_of:
            return None  # only the first line under its heading says what the heading is
        title = _BRACKETED.sub(" ", self.meaning_of).strip()
        term = self.heading_term(" ".join(title.split())) if title else None
        if term is None or not term[:1].isupper() or term.endswith(("?", ":")) or \
                _slug(term) in _NOT_MEANING_HEADINGS:
            return None  # the heading names no term ("Summary", "Why …?") or a side ("Cons")
        first = text.plain.strip()
        words = first.split()
        if not _MEANING_FRAGMENT.match(first) or not 5 <= len(words) <= 40 or \
                _SENTENCE_BREAK.search(first) or re.search(r"[→=:|]|->|\d", first):
            return None  # no noun phrase of a meaning, or more than one, or a formula
        if _FINITE_VERB.search(first) or says_what_it_does(first) or names_own_subject(first) or \
                _VERB_OF_A_SUBJECT.search(first) or _SUPERLATIVE.match(first):
            return None  # a verb, or a superlative: a fact of its own, no fragment
        if is_order(first) or _opens_a_set_up(first):
            # "Don't massage reddened areas …" under "## Prevention": advice, no meaning of
            # its heading ("[Prevention] — Don't massage …", cov17); "Imagine that the
            # Federal Reserve doubles …" under "## Markets" says what to picture.
            return None
        if words[0].casefold() in _NOT_TERMS | _OPENING_PREPOSITIONS or \
                any(w.casefold() in _NOT_MEANING_HEADS for w in words[:3]):
            return None  # opens on no meaning: "Towards the end of …", "The reason for …"
        if term_pattern(term).search(text.plain) or giveaways(text.plain, term) or \
                _shares_a_word(term, first):
            # "surface-atmosphere" under "Surface processes" half-says it, and so does
            # "anaesthetic agents" under "Local Anaesthesia" (a review: weak, the front
            # holds a word of the answer): a line that says the heading in another form
            # is no clue to recall it from.
            return None
        return term

    def heading_examples(self, text: _Inline, line: int) -> bool:
        """A line of examples right under a heading that names a class ("### Loop
        Diuretics" / "- **Examples**: `Furosemide`, `Bumetanide`"): one example of an open
        set has no single answer (card-quality.md), but the class they belong to has. A
        labelled item hiding the heading, "[…] — Examples: Furosemide, Bumetanide", under
        the heading above it, or under the article's title where the heading above says
        part of the answer ("Diuretics" over "Loop Diuretics"). Not under the article's
        introduction (its title is on every card), a heading that names nothing ("Summary",
        "Examples") or names a part of a topic, nor for one example or a sentence."""
        found = _EXAMPLES_LINE.match(" ".join(text.plain.replace("`", "").split()))
        section = self.section()
        if not found or text.images or section.title == INTRODUCTION:
            return False
        whose = _bare_heading(unmark(section.title))
        names = [n for n in _EXAMPLE_SEPARATOR.split(_BRACKETED.sub("", found["names"])) if n]
        if not (2 <= len(names) <= MAX_EXAMPLE_NAMES) or any(
                _words(n) > 4 or not n[:1].isalnum() or _SENTENCE_VERB.search(n)
                for n in names):  # "Examples: Paris and London are capitals." is a sentence
            return False
        if (not whose or not _is_term(whose) or whose.endswith(("?", ":"))
                or is_generic_heading(whose) or _slug(whose) in _GENERIC_HEADINGS
                or _EXAMPLE_HEAD.match(whose) or not _names_no_topic(whose)
                or giveaways(found["names"], whose)):
            return False
        above = self.heading_titles.get(self.stack[-2][2], "") if len(self.stack) > 1 else ""
        above = _bare_heading(above)
        if not above or _shares_a_word(whose, above):
            above = self.article_title
        if _shares_a_word(whose, above):
            return False
        clue = found.group().rstrip(".")
        self.labelled_list(above, [(whose, clue, line)], line, terms=False)
        return True

    def about_the_title(self, text: str) -> str:
        """`text` with its complement marked when it is a fragment about the title above it:
        "- Runs between the clavicle and third rib" under "## Brachial plexus" says where the
        plexus runs, so the card reads "Brachial plexus runs between the [clavicle and third
        rib]". Unchanged when it is no such fragment (fragment_gap)."""
        title = self.section().title
        owner = unmark(self.list_owner or "").strip(" :：")
        if owner and _words(owner) <= MAX_LABEL_WORDS and self.subject(owner) is not None:
            # "- Nucleus" / "  - contains the genetic material" under "## Organelles": the
            # point is about the item it is nested in, not the heading ("Organelles
            # contains the [genetic material]" was asked, a session-38 Logseq page).
            title = owner
        gap = self.fragment_gap(text, title)
        return self.with_subject(_marked(text, *gap), title) if gap else text

    def fragment_gap(self, text: str, title: str, participle: bool = True
                     ) -> tuple[int, int] | None:
        """The gap of a fragment with no subject of its own about `title`: the phrase it
        states in a plain shape (statements.py), else its complement (_fragment_gap). None
        when `title` is no name ("Summary", a question), the text is marked, opens with a
        subject, or gives a name to ask ("Takes land of Alsace Lorraine"). Without
        `participle`, only a verb in -s opens one: "Dissolved in oceans" in a list under
        "Oceans" is about what the list names, and "Create study schedule" under "Next
        steps" is an instruction."""
        found = _fragment(text, participle and _plural(title))
        if self.mode != "text" or "**" in text or self.subject(title) is None or not found \
                or not participle and found["verb"] is None:
            return None
        said = clean_statement_span(text, doer=False)
        if said is not None:  # "Decreases AV nodal conduction": its own shape
            return said
        if next(named_spans(text), None) is not None:
            return None
        return _fragment_gap(text, found)

    def subject(self, title: str) -> str | None:
        """The name a title gives to be the subject of the fragments under it, or None: not
        a question or a clause ("Where carbon is stored", "Why it matters")."""
        if title.endswith("?") or _CLAUSE_TITLE.search(title):
            return None
        if _topic_part(strip_emoji(title).strip(" :：")):
            # "- Significance" over "- makes the oxygen we breathe": a part of the topic,
            # not what makes it ("Significance makes the [...]", a session-38 outline).
            return None
        return self.heading_term(title)

    def with_subject(self, text: str, title: str) -> str:
        """A fragment with no subject of its own ("Decreases AV nodal conduction" under "##
        Beta blockers") with `title` written in as its subject: a front of "Decreases […]"
        alone is too little to answer from. Other text is unchanged."""
        found = _fragment(unmark(text), _plural(title))
        subject = self.subject(title)
        if self.mode != "text" or not found or subject is None:
            return text
        if found["verb"] is None:
            # "Contraindicated in asthma": a participle has no verb to join a subject with,
            # and may be about what a list names rather than its title; it reads as typed.
            return text
        return f"{subject} {text[0].lower() if text[1:2].islower() else text[0]}{text[1:]}"

    def named_by(self, text: _Inline) -> str | None:
        """The term an item names first: the one it defines ("Osmosis is …") or its head
        before an apposition ("Homologous series, the families …"); None otherwise."""
        found = self.definition_match(text.text)
        if found is not None:
            return unmark(found["term"]).strip()
        head = _APPOSITION.match(text.plain)
        return head["term"] if head and _is_term(head["term"]) else None

    def points_under_a_prompt(self, nested: list[SyntaxTreeNode]) -> None:
        """Read the points under a question the reader asks themselves (_PROMPTS_TITLE), its
        own card skipped: each a fact of its own where the author marked it ("… a common
        source of **publication bias**"); a comment on it ("A question that is too ambiguous
        may lead to [confusion]", blind sample 4211: junk, "common sense") or a point that
        leans on it ("These can lead to …", "If not, start CPR …") is skipped."""
        for child in nested:
            kept = []
            for point in child.children:
                first = _inline_child(point.children[0]) \
                    if point.children and point.children[0].type == "paragraph" else None
                if first is None:
                    kept.append(point)
                elif points_back(first.content) or _ANSWERS_ITS_QUESTION.match(first.content):
                    self.skip(_line(point), "list item", "it points back at the question above "
                              "it, which makes no card; name what it is about")
                elif "**" in first.content or "==" in first.content:
                    kept.append(point)
                else:
                    self.skip(_line(point), "list item", "it comments on a question the reader "
                              "asks themselves; mark what to learn in it")
            if kept:
                self.list_block(child, None, items=kept)

    def case_detail(self, label: str, value: str, title: str | None, line: int) -> bool:
        """Skip an item whose label names a party of the case its heading names, or what the
        court decided ("Plaintiffs: Isildar's widow and son" under "Isildar v. Kaoni
        Divers"): a detail of one case's story, asked "[Plaintiffs] — …" (blind sample 4121:
        junk). True when skipped. Not a value that defines ("Defendant: the party against
        whom a civil action is brought" under "Plaintiff vs. Defendant" or "Civil v.
        Criminal Law": a glossary, the re-read), nor under a heading that names a case
        only as its example, in brackets ("Appeals (e.g. Smith v. Jones)")."""
        heading = re.sub(r"\((?:e\.\s?g\.|i\.\s?e\.|cf\.|z\.\s?B\.|p\.\s?ex\.)[^()]*\)|[*_]", "",
                         _bare_heading(title or self.section().title))
        if _slug(label.strip(" :")) not in _PARTIES_OF_A_CASE or not _CASE_NAME.search(heading) \
                or _DEFINES_A_PARTY.match(unmark(value)):
            return False
        self.skip(line, f'"{label.strip(" :")}" item', "its label names a party of the case or "
                  "what the court decided: a detail of one case's story, no term to ask")
        return True

    def thing_of(self, title: str, label: str, value: str) -> str | None:
        """The thing `title` names whose field "`label`: `value`" is (thing_field), or None:
        the label names a field of a thing (_FIELDS_OF_A_THING, or of an event,
        _SHORT_FIELDS_OF_AN_EVENT, where the value is short), the value does not define a
        term ("the sequence of …", _DEFINING_ARTICLE), and the heading names a thing that
        is no field itself."""
        slug = _slug(unmark(label).strip(" :"))
        case = slug in _FIELDS_OF_A_CASE and bool(_CASE_NAME.search(_bare_heading(title)))
        if not case and (slug not in _FIELDS_OF_A_THING and (
                slug not in _SHORT_FIELDS_OF_AN_EVENT
                or _words(unmark(value)) > MAX_STATED_WORDS) or
                _DEFINING_ARTICLE.match(unmark(value))):
            return None
        thing = self.heading_term(_bare_heading(title))
        return thing if thing and _slug(thing) not in _FIELDS_OF_A_THING else None

    def thing_field(self, thing: str, label: str, rest: str, line: int) -> str | None:
        """A field of the thing a heading names, read as one ("## ACE inhibitors" / "- SE: dry
        cough …"): the value asked under the name and the field when it is short enough to
        recall ("ACE inhibitors › SE: [...]", attribute_of), added as a fact; else None, and
        the caller asks the name from the field ("[...] — Side effects: fatigue, cold
        peripheries, …", as a table row asks its name) when `rest` is long enough and says
        no word of the name, or skips it. Returns "asked", "name" or None (skipped)."""
        found = self.attribute_of((thing, ""), _Inline(f"{label}: {rest}"))
        if found:
            self.section().facts.append(Fact(Text(found, line)))
            return "asked"
        value = unmark(rest).strip().rstrip(".;")
        if _words(value) == 1 and value[:1].isalpha() and not giveaways(value, thing):
            # "## Niere" / "- Lage: retroperitoneal": one word is still the field's value,
            # asked under the name ("Niere › Lage: [retroperitoneal]"), as before the field
            # words of other languages were read (the test audit).
            self.field_fact(f"{thing} › {label}: **{value}**", line)
            return "asked"
        if _words(unmark(rest)) <= MAX_STATED_WORDS or math_spans(rest) or \
                giveaways(unmark(rest), thing):
            self.skip(line, f'"{label}" item', f'its label names a field of "{thing}", no '
                      "term, and its value gives no card")
            return None
        return "name"

    def defines_heading(self, text: _Inline, line: int) -> bool:
        """Whether `text`, a definition box's first paragraph that names no term, is read as
        the definition of the term its heading names or asks about ("### Coastline", "###
        What is a dune?"); False where the heading names none, or the text says the term
        itself, marks its own answer or is a formula (read as any text is)."""
        title = self.section().title
        term = asked_term(title) if title.rstrip().endswith(("?", "？")) else \
            self.heading_term(title)
        if not term or not _is_term(term) or _NOT_ONE_NAME.search(term) or "**" in text.text \
                or _NOT_ONE_NAME_ABROAD.search(term) or _plural(term) \
                or not _names_no_topic(term) or _HOMEWORK_HEADING.fullmatch(term) \
                or _TASKS_TITLE.fullmatch(term) or _slug(term) in _STUDY_HEADINGS \
                or giveaways(text.plain, term) \
                or is_structural_label(term) or _slug(term) in _PARTS_OF_A_TOPIC \
                or self.definition_match(text.text) or text.images \
                or math_spans(text.text) == [(0, len(text.text))] \
                or term_pattern(term).search(text.plain) or _words(text.plain) < 3:
            return False
        return self.define(term, _Inline(f"{term} — {text.text}"), line, 0, len(term)) \
            is not None

    def heading_term(self, title: str) -> str | None:
        """The term a heading names ("### Ionic Bonding [TEST]" -> "Ionic Bonding"), or None
        for a heading that names a part of the notes ("Summary") or is no short name."""
        term = _TITLE_TAG.sub("", strip_emoji(_NUMBERING_ONLY.sub("", title))).strip()
        if _is_term(term) and _slug(term) not in _GENERIC_HEADINGS and \
                not _NOT_NAME.search(_CODED_NAME.sub("X", term)) and \
                not is_structural_label(term):  # "Idea clave" over "Es un proceso …"
            return term
        return None

    def later_definition(self, text: str, line: int) -> Definition | None:
        """A sentence inside a paragraph that says what a term means in so many words
        ("In criminal law, both … are essential. Actus reus refers to the physical act …"):
        that sentence alone defines its term. With the unmistakable verbs (refers to, is
        defined as) any term; with "X is a/the …" ("… Comecon was the Soviet answer to the
        Marshall Plan.") only a term that is a name, not one that points back at the
        paragraph's subject ("The plan was the …", "The main aim was the …")."""
        if "**" in text:
            return None  # the author marked what to ask
        for sentence in _SENTENCE_BREAK.split(text)[1:]:
            match = _LATER_DEFINITION.match(sentence)
            occurs = match is not None and _OCCURS.search(match.group()) is not None
            if match and _is_term(match["term"]) and not math_spans(match["term"]) and (
                    not occurs
                    or _occurs_when_term(match["term"], sentence[match.end("term"):])):
                # A condition "X occurs when …" defines hides no name in other facts (define).
                return self.define(match["term"], _Inline(sentence.strip()), line,
                                   match.start("term"), match.end("term"), names=not occurs)
            match = self.definition_match(sentence)
            if match and _names_itself(match) and not math_spans(match["term"]) and not \
                    term_pattern(match["term"]).search(
                        f"{self.article_title} {self.section().title}"):
                # A term its heading or title names would be masked there, and its card
                # would lose what it is about ("[…] was the US Secretary of State").
                # Not a name other facts hide: "Marshall was …" would ask "George [Marshall]"
                # and "[Marshall] Aid" of the sentences around it.
                return self.define(unmark(match["term"]).strip(), _Inline(sentence.strip()),
                                   line, match.start("term"), match.end("term"), names=False,
                                   named_elsewhere=getattr(match, "names", True))
        return None

    def term_lines(self, source: str, line: int, read: _Inline | None = None) -> bool:
        """A paragraph that is a glossary written without bullets: each line "Term: what it
        is" or "Term - what it is" ("Feminism: consciousness raising movement …", "Swash -
        power of wave moving up the beach"), or a definition list's "Term" over ": what it
        is". Each such line is a labelled item hiding its term; other lines are paragraphs of
        their own. False, reading nothing, when the paragraph is not one of these. `read`:
        the paragraph as inline() read it."""
        if self.mode not in ("text", "glossary"):
            return False  # under References each line is a work
        if self.mode == "text" and read is not None and self.inline_quiz(read, line):
            return True  # (before "MCQ from the mock: which …?" is read as a labelled line)
        if self.mode == "text" and read is not None and "\n" not in source.strip() and \
                _LABELLED_QUESTION.match(read.plain) and "**" not in read.text:
            # "Intermediate problem: what do the buyers want?": a question, no term's meaning
            self.skip(line, "question", _UNANSWERED_SKIPPED)
            return True
        # A line of one paragraph under the title, nothing marked: where the course's header
        # stands (both readings below).
        header_place = self.mode == "text" and read is not None and \
            "\n" not in source.strip() and "**" not in read.text and \
            self.section().title == INTRODUCTION and \
            line - self.content_start <= MAX_COURSE_HEADER_LINE
        if header_place and \
                (first := _SENTENCE_BREAK.split(read.plain, maxsplit=1)[0]) != read.plain and \
                _labelled(first) and _COURSE_UNIT.search(first) and \
                _course_header_line(first) and not (_opens_pointing_back(
                    read.plain[len(first):].lstrip(" .")) and _names_a_subject(first)):
            # "Topic 3 – class notes. The Great Depression began …": where the notes stand,
            # then a fact; "[Topic 3] — class notes. The Great Depression …" was asked. Only
            # where it names a unit ("Topic 3", "… appunti della lezione 3"; a line opening
            # "Lecture 3 –" is no labelled line, paragraph()'s), and never before a sentence
            # pointing back: "Krebs cycle – lecture 3 notes. It yields 2 ATP" names its
            # subject in the label (the second re-read).
            self.skip_first_sentence(read, line, "course header", "what the notes cover "
                                     "and for which class states no fact of the subject")
            return True
        if header_place and _labelled(read.text) and \
                not _SENTENCE_BREAK.search(_COURSE_WORDS.sub(" ", read.plain)) and \
                _course_header_line(read.plain):
            # "LAW1102 — notes from Tues lecture + textbook ch. 3 (McKendrick)", "Historia
            # Contemporánea – Tema 3 · apuntes de clase (prof. Martínez)" under the title:
            # one line naming the course, read as a label its text explains ("[...] — notes
            # from Tues lecture …", two session-38 notes: junk). (Only such a labelled line
            # of one sentence: "Lecture 3 – cardiac cycle. The heart has four chambers."
            # says where the notes stand, then a fact, read by paragraph().)
            self.skip(line, "course header", "what the notes cover and for which class, "
                      "exam or teacher states no fact of the subject")
            return True
        if self.mode == "text" and read is not None and "**" not in read.text and \
                all(_TODO_LINE.match(part) for part in source.strip().split("\n")[1:]) and \
                line - self.content_start <= MAX_COURSE_HEADER_LINE and \
                self.section().title == INTRODUCTION and _about_the_course(read.plain):
            self.paragraph(read, line)  # "Mrs Patel — … the grade 5 theory paper": skipped there
            return True
        if self.mode == "text" and "\n" in source.strip():
            parts = [part.strip() for part in _lines_of(source) if part.strip()]
            if len(parts) > 1 and all(_ARROW_ANSWER.fullmatch(unmark(part)) for part in parts) \
                    and self.questions_answered([(self.inline(SyntaxTreeNode(
                        _PARSER.parseInline(part)).children[0]), line + at)
                        for at, part in enumerate(parts)], len(parts)):
                return True
        # "• Tangible: Money, goods …" line after line: bullets typed (or pasted from a word
        # processor) inside one paragraph are lines of their own, the bullet no part of them.
        written = _fields_run_on(_lines_of(source))
        typed = [part.strip() for part in written]
        raw = [_TYPED_BULLET.sub("", part) for part in typed]
        if len(typed) > 1 and _is_term(raw[0]) and not _words(raw[0]) > 4 and \
                not raw[0].endswith((":", "：", ".")) and self.indented_under(line, len(typed)):
            # "Osmosis" / "  The net movement of water molecules …": the term over its
            # meaning typed indented under it, as "Osmosis:" would be ("[Osmosis The] net
            # movement …" was asked, the two run together). A Notion toggle's arrow ("▸
            # Heparin" over its body) is no part of the term.
            typed = [f"{raw[0]}:", *typed[1:]]
        apart = self.mode == "text" and len(raw) >= 3 and self.typed_apart(line, len(typed))
        if not apart and (joined := _term_over_its_text(typed)) is not None:
            raw = [joined]  # "滞涨:" / "生产停滞, 失业增加, …": one "Term: text" line
        if apart:
            # "transport layer = proc-to-proc delivery …" / "  ports 16 bit → 0–65535 …" /
            # "  socket = (IP, port) …": lines typed as items, indented under the first with
            # no bullets (Markdown joins them into one paragraph). Joined, a section of
            # lecture shorthand was one card with one gap; each line is a fact of its own.
            # Bullets typed there are no part of a line ("    - (same) Q : set of states"
            # under "N = (Q, Σ, Δ, S, F) where:", which titles the lines as a list's title
            # line would).
            parts = [(line + at, _ITEM_MARKER.sub("", part) if at else part)
                     for at, part in enumerate(raw) if part]
            title = None
            if parts[0][1].rstrip().endswith((":", "：")):
                title = self.inline(SyntaxTreeNode(_PARSER.parseInline(
                    parts[0][1])).children[0]).plain.rstrip(":： ")
                parts = parts[1:]
            with self.titled(title):
                for at, part in parts:
                    if not self.term_lines(part, at):
                        self.paragraph(self.inline(
                            SyntaxTreeNode(_PARSER.parseInline(part)).children[0]), at)
            return True
        if self.mode == "text" and 2 <= len(raw) <= MAX_GROUPED_ITEMS and \
                _LABELLED_CONCLUSION.match(raw[-1]) and self.hypothesis_and_thesis(
                    [(self.inline(SyntaxTreeNode(_PARSER.parseInline(part)).children[0]),
                      line + at) for at, part in enumerate(raw) if part]):
            return True  # "**Ipotesi:** …" / "**Tesi:** …": one result, its labels marked
        if not any(_TERM_LINE.match(part) for part in raw):
            return False  # the common case, decided before any line is parsed
        term = _DEFINITION_LIST.match(source)
        if term and len(raw) == 2:  # "Nihilism" / ": the rejection of …" (Pandoc, MkDocs)
            raw = [f"{raw[0]}: {raw[1][1:].strip()}"]
        if read is not None and raw == [source] and not read.images and not read.task \
                and not self.parsed_references:
            # One line, as its block read it (`read`): parsed again on its own it would read
            # the same but for link references and footnotes (which only the whole page
            # defines), a task box and images (added to the article once more). A page of
            # "x = y" facts parsed every one of them twice.
            lines = [(self.note_inline(read), line)]
        else:
            lines = [(self.inline(SyntaxTreeNode(_PARSER.parseInline(part)).children[0]),
                      line + at) for at, part in enumerate(raw) if part]
        if _qa_pair(" ".join(text.plain for text, _ in lines),
                    " ".join(text.text for text, _ in lines)):
            return False  # "**Q:** What …?" / "A: …" is a question and its answer
        course = [at for text, at in lines if "**" not in text.text
                  and (found := _labelled(text.text)) and course_label(*found)]
        if self.mode == "text" and course and len(course) == len(lines) - 1 and \
                course == [at for _, at in lines[:len(course)]]:
            # "Lab tutor: Mr Ahmed Khan" over "A burette is read at the **bottom of the
            # meniscus**." with no blank line between: the course's lines are skipped and
            # the rest read as its own paragraph ("Lab tutor: Mr Ahmed Khan A burette is
            # read at the [...]" ran them together; the re-read).
            for at in course:
                self.skip(at, "course line", _COURSE_LINE_SKIPPED)
            # (One line left, read as a line of its own, "Boyle's law: …" a term's; lines of
            # fields left are read as such below, "Lecture: week 6" over a drug's
            # "Antidote: …" / "Half-life: …".)
            text, at = lines[-1]
            if not self.term_lines(raw[at - line], at):
                self.paragraph(text, at)
            return True
        if _course_header("\n".join(text.plain for text, _ in lines)):
            self.skip(line, "course header", "who teaches or takes the course, and when, "
                      "states no fact of its subject")
            return True
        if _page_properties([text.plain for text, _ in lines]):
            self.skip(line, "page properties", "\"Created: …\", \"Status: …\" lines are the "
                      "page's metadata (a Notion export's properties), no fact of its subject")
            return True
        # Lines typed one by one (not prose wrapped at a width, _wrapped, where a line is no
        # unit) are read as a list's items are by the readings below; every line none of
        # them takes is then read on its own (lines_apart).
        typed_lines = self.mode == "text" and len(lines) > 1 and \
            not _wrapped([part for part in written if part])
        if typed_lines and (named := self.formula_values(self.name_values(lines))) != lines:
            # "Periodic table — Mendeleev (1869)" / "Atomic theory: John Dalton" line under
            # line, or "Ohm's law $V = IR$" / "Power: $P = IV$": the names or the formulas
            # asked, as the same lines bulleted are (name_values, formula_values; marked,
            # the lines were no glossary and ran into one card).
            self.lines_apart(named, lines, raw, line)
            return True
        if typed_lines and self.section_fields and (
                len(rest := self.heading_fields(lines, None)) < len(lines) or any(
                    (found := _labelled(text.text)) and slugify(unmark(found[0]))
                    in self.section_fields for text, _ in lines) and all(
                    _FIELD_LINE.match(text.plain) for text, _ in lines)):
            # (Lines of fields none of which is asked here, "Date: July–October 1940" /
            # "Winner: Britain" under "### Battle of Britain", are still lines apart: run
            # together, "Date: July–October [...] Winner: Britain" asked two fields as one.)
            # "Antidote: vitamin K" / "Half-life: 36–42 h" typed line under line under each
            # drug's heading: the fields' values asked, "Warfarin › Antidote: [...]", as the
            # same lines bulleted are.
            self.lines_apart(rest, rest, raw, line)
            return True
        if len(lines) > 1 and all(_DATED_LINE.match(text.plain) for text, _ in lines):
            # "1919 – treaty signed" / "1923 – hyperinflation": a timeline typed without
            # bullets. Its lines were one run-on fact ("… 1923 – hyperinflation in [Germany]
            # 1925 – …"); each is read as its own line is, as the bulleted list's items are.
            for text, at in lines:
                self.paragraph(text, at)
            return True
        # Whether the paragraph is a glossary is judged on the lines shaped "Term - text"; a
        # line whose text is one word ("Biotic - living") or says its term ("Wind shear -
        # difference in wind speeds", "Sexuality: desire, sexual preference") is still such
        # a line, though it is read as a sentence, not as a term to hide (card-quality.md
        # §4a would ask the echoed word, "difference in [wind] speeds").
        # A bold label among plain ones is the term it marks: "**Antigen** – foreign molecule
        # …" among "Antibody: protein …" lines is one of the glossary's, where any bold made
        # the glossary one run-on card of its marked terms. (All labels bold, the lines are
        # read as marked text is, as before: "**Theorem:** …" is no term.)
        mixed = any("**" not in text.text and _labelled(text.text) for text, _ in lines)
        # Every label bold before a dash ("**Myrtle Wilson** — wants to escape the valley …"
        # / "**George Wilson** — exhausted …"): names glossed line by line, one run-on card
        # before (session 36's Gatsby note). Not before a colon: "**Theorem:** …" lines are
        # labels of kind, no names.
        dashed = len(lines) > 1 and all(_BOLD_NAME_DASH.match(text.text) for text, _ in lines)
        shaped = [(*found, at) for text, at in lines
                  if ("**" not in text.text
                      or (mixed or dashed) and _BOLD_LABEL_ONLY.match(text.text))
                  and not text.navigation and not _TASK.match(text.plain)
                  and not _QUESTION_LINE.match(text.plain)  # "Q: … Identify the IV."
                  and not _READING_ASSIGNMENT.match(text.plain)  # "Reading: Velleman, …"
                  and not self.definition_match(text.text)
                  and (found := _labelled(text.text)) and _is_term(unmark(found[0]))
                  and not then_and_now(unmark(found[0]), unmark(found[1]))
                  and _is_one_name(found[0]) and not _UNFINISHED.search(found[1])
                  and not _FOR_AN_EXAM.fullmatch(unmark(found[1]).strip())
                  and slugify(unmark(found[0])) not in _PAGE_PROPERTIES_IF_SHORT]
        if _numbered_steps([unmark(label) for label, _, _ in shaped]):
            # "P1: I borrow money …" / "P2: If everyone did this …" / "C: So …": the steps of
            # one argument, numbered; "[P1] — …" would ask a number, and a step alone ("So
            # the [maxim] can't be universalised") is no fact without the steps before it.
            self.skip(line, "numbered steps", "the premises and conclusion of one argument "
                      "(P1, P2, C); write the argument's point as a sentence to ask it")
            return True
        pairs = [(label, rest, at) for label, rest, at in shaped if _names_a_thing(label, rest)]
        if not pairs or 2 * len(shaped) < len(lines) or \
                _repeats_a_label([(label, rest) for label, rest, _ in shaped]):
            return self.field_lines(lines)
        titled = lines[0][0].plain.endswith(":")
        # (A line "fibrous pericardium — tough outer sac …" is a term's line whatever its
        # case: prose is wrapped at a colon, never at a dash with spaces round it.)
        label_line = {at: (text, at) for text, at in lines}
        if len(lines) > 1 and (shaped[0][2] != lines[0][1] and not titled
                               and not ((kind := _OPENING_LABEL.match(lines[0][0].plain))
                                        and is_structural_label(kind["label"]))
                               or any(not label[:1].isupper() and not _DASHED_TERM.match(
                                   unmark(label_line[label_at][0].plain)[len(unmark(label)):])
                                      for label, _, label_at in shaped)):
            # (A first line labelled by a kind, "Examples: bisoprolol, atenolol", over
            # "Mechanism: …" and "Side effects: …", is a line of its own: read whole, the
            # paragraph was skipped as a worked example for the "1" of "beta-1".)
            return False  # prose wrapped at a colon ("… unless\ncontraindicated: an ACE …")
        # "**Forms of stratification:**" over the lines is their title.
        title = lines[0][0].plain[:-1].strip() if titled and shaped[0][2] != lines[0][1] else ""
        taken: set[int] = set()
        if self.mode == "text" and self.section_fields:
            # "Class: direct factor Xa inhibitor" over "Side effects: bleeding" and a line of
            # prose, under each drug's heading: the field's value is asked ("Apixaban ›
            # Class: [...]"), as without the prose line; "[Class] — direct factor Xa
            # inhibitor" asked the word every drug's lines hold.
            fielded = [label_line[at] for label, _, at in pairs
                       if slugify(unmark(label)) in self.section_fields]
            taken = {at for _, at in fielded} - {at for _, at in self.heading_fields(fielded,
                                                                                    None)}
            pairs = [pair for pair in pairs if pair[2] not in taken]
        if pairs and self.mode == "glossary":
            # Under "## Key terms" the lines are the glossary, as a list there is: typed as
            # a definition list (Pandoc, Quarto, MkDocs) or "Term: meaning" lines.
            for label, rest, at in pairs:
                self.add_glossary(GlossaryTerm(unmark(label), Text(rest, at), (), at))
        elif pairs:
            self.labelled_list(title or self.section().title, pairs, line, terms=False)
        named = {at for _, _, at in pairs} | taken
        for text, at in lines:
            if at in named:
                continue
            if text.plain.endswith((":", "?")):  # "4 Processes of Erosion:" titles a list
                self.skip(at, "title line", "a line ending in ':' or '?' names what follows; "
                          "it states no fact")
            else:
                self.paragraph(text, at)
        return True

    def lines_apart(self, read: list[tuple[_Inline, int]], lines: list[tuple[_Inline, int]],
                    raw: list[str], line: int) -> None:
        """A paragraph's `lines` (from `line`, typed `raw`) read one by one, in order, as a
        reading left them (`read`, the same length): a line it changed (marked: a new
        object) as the paragraph it now is, one it left (the same object) as a "Term: text"
        line or a paragraph of its own."""
        for (text, at), (before, _) in zip(read, lines, strict=True):
            if text is not before or not self.term_lines(raw[at - line], at):
                self.paragraph(text, at)

    def typed_apart(self, line: int, count: int) -> bool:
        """Whether the `count` lines of a paragraph from `line` were typed as lines of their
        own: each after the first indented by two spaces or more (or a tab), and no less
        than the first, under a first line that is no list item (whose text is indented so)
        nor a quote's."""
        # (And shorthand on at least half of them, "=", "→", "label: …": a sentence wrapped
        # under an indented first line, "Osmosis" / "  The net movement of water … across a
        # partially" / "  membrane, …", is one paragraph, the code re-read.)
        return self.indented_under(line, count) and 2 * sum(
            bool(_SHORTHAND_MARK.search(t)) for t in self.typed_lines[line - 1:line - 1 + count]
        ) >= count

    def indented_under(self, line: int, count: int) -> bool:
        """Whether the `count` lines of a paragraph from `line` after the first are indented
        under it, by two spaces or more and no less than it, the first no list item's nor a
        quote's line."""
        typed = self.typed_lines[line - 1:line - 1 + count] if line > 0 else []
        if len(typed) != count or _ITEM_MARKER.match(typed[0]) or \
                _QUOTE_MARKS.match(typed[0]).group():
            return False
        first = len(typed[0]) - len(typed[0].lstrip(" \t"))
        return first < 4 and all(len(t) - len(t.lstrip(" \t")) >= max(2, first)
                                 for t in typed[1:])

    def field_lines(self, lines: list[tuple[_Inline, int]]) -> bool:
        """Lines each "Key: value" under one heading, a capitalised key of a field a fact
        may have ("Date: signed in 1648 at …" / "Type: a pair of peace treaties …" /
        "Status: the founding text of …"), that are no glossary: each line is a fact of its
        own, read as its own paragraph. Joined, the three made one card asking one of them.
        False, reading nothing, for any other paragraph."""
        found = [_PROPERTY_LINE.match(text.plain) for text, _ in lines]
        if len(lines) < 2 or not all(m and m[1][:1].isupper() and slugify(m[1]) in
                                     _PAGE_PROPERTIES_IF_SHORT | _FIELD_LABELS for m in found):
            return False
        for text, at in lines:
            self.paragraph(text, at)
        return True

    def definition(self, text: str, line: int) -> Definition | None:
        """A paragraph opening "<term> is / are / refers to / means …" defines the term: a
        concept, a glossary term, or any short noun phrase when nothing else is marked."""
        match = self.definition_match(text)
        if not match:
            return None
        name = unmark(text[match.start("term"):match.end("term")]).strip()
        # "Heart failure (HF)", "Deoxyribonucleic acid, or DNA": the name is the term (the
        # article's title, a concept's name); the alias is hidden with it.
        name = _ALIAS.sub("", name).strip() or name
        term = self.concept_names.get(name.casefold()) or next(
            (g.term for g in self.glossary.values()
             if name.casefold() in {g.term.casefold(), *(f.casefold() for f in g.forms)}),
            None,
        )
        if term is None and _SIGNED_THRESHOLD.search(name):
            return None  # "A GCS ≤ 8 means …": a threshold, no term; _threshold_stated asks it
        if term is None:
            if any(m[2] != name for m in marks(text)):
                return None  # "The membrane is a ==bilayer==": the mark is the point
            term = name
        first, *rest = _SENTENCE_BREAK.split(text, 1)
        if getattr(match, "alone", False) and rest and match.start("term") > len(first):
            # "Let $(X, d)$ be a metric space. A subset … is open if …": the term's own
            # sentence goes with the set-up before it (_late_conditioned_term).
            first, *rest = _two_sentences_and_rest(text)
        if getattr(match, "alone", False) and rest and term_pattern(name).search(rest[0]):
            # "A system is causal when …. Every system that works in real time must be
            # causal.": a term so defined, said again after its sentence, would show on its
            # own card; that sentence alone defines it, and the rest is read on its own.
            found = self.define(term, _Inline(first), line, match.start("term"),
                                match.end("term"), names=match.names,
                                named_elsewhere=match.names)
            self.paragraph(_Inline(rest[0]), line)
            return found
        # A symbol ("\\(V\\)") is asked by its definition alone: hidden in other facts it
        # would be a variable of their formulas and sentences, not what they say. So is a
        # condition "X occurs when …" defines: "Left heart failure" is no name of the
        # article's to hide in every sentence saying "left" or "heart failure".
        return self.define(term, _Inline(text), line, match.start("term"), match.end("term"),
                           names=not math_spans(term) and not _OCCURS.match(
                               match["verb"] + " " + match["next"])
                           and getattr(match, "names", True),
                           named_elsewhere=getattr(match, "names", True))

    def definition_match(self, text: str) -> _Opening | re.Match | None:
        """The "X is …" opening of a definition of a declared or plausible term."""
        if "\\(" in text[:16] and (symbol := _symbol_definition(text)):
            return symbol  # "$\\varepsilon_0$ is the permittivity of free space"
        if cued := _cued_definition(text):
            return cued  # "By kinetic energy we mean …", "On appelle X …": the cue is sure
        if conditioned := _conditioned_term(text):
            return conditioned  # "A set $A$ is a subset of $B$ if …": the term follows
        if symbol_named := _symbol_named_term(text):
            return symbol_named  # "The union of $A$ and $B$, written $A \\cup B$, is …"
        if late := _late_conditioned_term(text):
            return late  # "Let $(X, d)$ be a metric space. A subset … is open if …"
        if dutch := _dutch_definition(text):
            return dutch
        match = _DEFINITION.match(shield_math(text))
        if not match:
            return _other_definition(text)
        name = unmark(text[match.start("term"):match.end("term")]).strip()
        if name.casefold() in self.concept_names or any(
                name.casefold() in {g.term.casefold(), *(f.casefold() for f in g.forms)}
                for g in self.glossary.values()):
            return match
        verb, following = match["verb"].casefold(), match["next"].casefold().strip("*")
        if verb.endswith(("when", "whenever")) and not _occurs_when_term(
                name, text[match.end("term"):]):
            return None  # "The problem occurs when …", "Pain occurs when the patient lies flat"
        if role_opening(unmark(text)):
            return None  # "The main cause of the war was …": a role, asked by what fills it
        if _EXAMPLES_OF.match(name):
            return None  # "Examples of tangible assets are land, …": a set's members, no term
        if _CLAUSE_OPENER.match(name):
            # "where T is the period of the wave" under a formula: a clause of the line
            # above, its symbol no term ("[where T] is the period …", a session-39 note).
            return None
        if not _is_term(name) or re.search(r"[.!?]\s", name):
            return None  # "The kidneys filter the blood. Nephrons are …": two sentences
        if name.split()[-1] in _DANGLING_WORDS:  # (not "Vitamin A", "Hepatitis A")
            return None  # "From the means of production": "means" was a noun, no verb
        if "%" in name or _AN_AMOUNT_OF.match(name):
            return None  # "About 85% of strokes are ischaemic": a share of them, no term
        if _VAGUE_GENUS.match(text[match.end("term"):]):
            return None  # "Lord Atkin's speech is the one everyone quotes": no genus
        if description_named(_SENTENCE_BREAK.split(unmark(text), maxsplit=1)[0]):
            return None  # "The SI unit of force is the newton.": a description given its name
        if following in ("a", "an", "the", "one", "any", "all"):
            return match  # "Osmosis is the …", "Prey are the animals …"
        if following in ("when", "where") and verb in ("is", "are"):
            return match  # "Evaporation is when water turns into water vapour"
        if following in ("whether", "how") and verb == "is" and not _NOT_A_NAME.search(name) \
                and name.split()[-1].casefold() not in _NOT_A_NAME_WORDS | _OPEN_QUESTIONS:
            return match  # "Voicing is whether the vocal folds vibrate", "Elasticity is how …"
        if verb in ("is", "are") and len(name.split()) >= 2 and \
                following == name.split()[-1].casefold().strip("*"):
            # "Real GDP is GDP adjusted for inflation", "Blood pressure is pressure exerted
            # on …": the term's own head noun is the kind it is of, and its first words are
            # what sets it apart (an acronym after "is" read as no genus: no card).
            return match
        if verb in ("is", "was"):  # never "X is often cited"
            if verb == "is" and not _NOT_DEFINING.match(following) and \
                    not _NOT_A_NAME.search(name) and \
                    _BARE_DEFINITION.match(text[match.start("next"):]):
                return match  # "Turgor is pressure that pushes …"
            return None
        if verb in ("are", "were"):  # "Producers are organisms …"
            plural = name.split()[-1].casefold().endswith("s")
            return match if plural and not _NOT_DEFINING.match(following) else None
        return match  # refers to, means, is defined as

    def define(self, term: str, text: _Inline, line: int, start: int = -1,
               end: int = -1, names: bool = True,
               named_elsewhere: bool = True) -> Definition | None:
        """Add the definition of `term`; None when the term is already defined (the second
        paragraph opening the same way is an ordinary fact). `names`: the term is one that
        facts with no mark may hide."""
        value = text.text
        if start < 0:
            found = term_pattern(term).search(value)
            start, end = (found.start(), found.end()) if found else (0, 0)
        written = value[start:end]
        # The term is hidden as the definition's answer; a mark of its own adds nothing.
        if written.startswith("**") and written.endswith("**"):
            value = value[:start] + unmark(written) + value[end:]
        definition = Definition(term, Text(value, line), None, line,
                                named_elsewhere=named_elsewhere)
        if definition_key(definition) in self.defined:
            return None
        self.defined.add(definition_key(definition))
        if names:
            self.terms.append(term)
        self.section().definitions.append(definition)
        return definition

    # -- lists and tables ----------------------------------------------------------------------
    def container(self, block: SyntaxTreeNode, title: str | None) -> tuple[str, int] | None:
        if block.type == "table":
            table = self.tables.get(id(block))
            if table is None:  # a table inside a callout ("> [!NOTE]") is not top-level
                table = self.tables[id(block)] = _table(block)
                self.classify(table, self.declared)
                # Nor one typed in HTML (html_structure): a glossary's rows are read here,
                # where the first pass (collect_glossary) never saw them; skipped as a
                # glossary table below, they were lost without a word (the code review).
                self.collect_glossary([block])
            self.table(table, table.caption or title)
            return None
        return self.list_block(block, title)

    def caption_of(self, block: SyntaxTreeNode | None) -> str | None:
        """The caption a paragraph typed under a table gives it (_caption), or None."""
        if block is None or block.type != "paragraph":
            return None
        return _caption(self.inline(_inline_child(block)).plain)

    def list_block(self, block: SyntaxTreeNode, title: str | None,
                   items: list[SyntaxTreeNode] | None = None) -> tuple[str, int] | None:
        """Each group of the list's items (item_groups) read as a list of its own, and the
        lines typed under an item without indent read as the paragraph they are. The title
        line the last item carried, with its line, for the list after this one. `items`:
        only these of the list's items, read as if the list held no others (a point left
        over from described_by_points, alone)."""
        if items is None and block.map and self.worked_problems():
            typed = "\n".join(self.lines[block.map[0]:block.map[1]])
            if "**" not in typed and "==" not in typed and re.search(r"\d|\$|\\[(\[]", typed):
                self.skip(_line(block), "exercises or a worked example", _WORKED_SKIPPED)
                return None
        if items is None and block.map and _QUESTIONS_HEADING.fullmatch(
                " ".join(_NUMBERING_ONLY.sub("", strip_emoji(self.section().title)).split())) \
                and all(item.map and len(item.children) == 1 and _ASKS_OR_TASKS.search(
                    _ITEM_MARKER.sub("", self.lines[item.map[0]]).strip())
                    for item in block.children):
            # (Not a question answered on its line, "- Who kills Duncan? → Macbeth", nor
            # one with its answer nested under it or typed after it: the code re-read. The
            # unanswered are skipped and the rest read as any list's items are, never grouped
            # with them: "…blood apart; [...]" hid "Describe the cardiac cycle", the third
            # code re-read; asked apart as questions, their answers lost their marks and
            # lines, the fourth.)
            unanswered = [item for item in block.children if not self.answered_item(item)]
            for item in unanswered:
                self.skip(_line(item) or _line(block), "question", _UNANSWERED_SKIPPED)
            rest = [item for item in block.children if item not in unanswered]
            if rest:
                self.list_block(block, title, rest)
            return None
        if items is None and block.map and len(block.children) <= MAX_CREDIT_ITEMS and \
                (block.parent is None or block.parent.type != "list_item") and \
                "**" not in "\n".join(self.lines[block.map[0]:block.map[1]]) and any(
                    item.map and _LICENCE_LINE.search(self.lines[item.map[0]])
                    for item in block.children):
            # (An item of the list itself, not a line nested under a point, "- © 2021
            # diagram from OpenStax" under "- Light reactions"; and no marked phrase: a
            # list of a licensing course's facts is no credits, the second re-read.)
            # "* 고등학교 1학년 과학 … 요약" / "* …고등학교 15기 1학년 4반 박준영" / "* Licensed
            # under [CC0 1.0 Universal](…)": what the notes are, who wrote them and their
            # licence, no fact of the subject; grouped, each line was asked from the others
            # (blind samples 3101, 3102: junk).
            for item in block.children:
                self.skip(_line(item) or _line(block), "credits", "a list with a licence "
                          "line says whose notes these are and how they may be used, no fact "
                          "of the subject")
            return None
        groups, cut = self.item_groups(block, title, items)
        for items, group_title, after in groups:
            self.list_items(items, group_title, block.type == "ordered_list", cut)
            runs: list[tuple[list[str], int]] = []  # lines typed one under another: one text
            for content, line in after:
                if runs and runs[-1][1] + len(runs[-1][0]) == line:
                    runs[-1][0].append(content)
                else:
                    runs.append(([content], line))
            for lines, line in runs:
                self.loose_lines("\n".join(lines), line)
        return cut.get(id(block))

    def item_groups(self, block: SyntaxTreeNode, title: str | None,
                    items: list[SyntaxTreeNode] | None = None):
        """The list's items in the groups their author meant, and the text to read in place
        of an item's first paragraph where lines were cut from it.

        - Groups of items set apart by blank lines in a list typed tight elsewhere ("* The
          Link Reaction" / "* The Krebs Cycle", a blank line, "* Glycolysis takes place in
          …") are lists of their own; Markdown makes them one loose list. Only the first
          takes the title above the list (a nested list's groups all keep their parent).
        - Lines typed under an item without its indent ("1) Solution - …" then "Fetch -
          length of water …") are lazy continuation lines to Markdown, glued onto the
          item; they are read after the group as the paragraph they are, and a last such
          line ending in ':' ("Uses of the glucose made:") titles the items after it.
        `items`: only these of the list's items (list_block)."""
        items = list(block.children if items is None else items)
        gaps = [self.blank_before(item) for item in items[1:]]
        grouped = any(gaps) and not all(gaps)
        nested = _nested(block)
        groups: list[tuple[list, str | None, list]] = [([], title, [])]
        cut: dict[int, object] = {}
        for index, item in enumerate(items):
            if index and grouped and gaps[index - 1] and groups[-1][0]:
                groups.append(([], title if nested else None, []))
            groups[-1][0].append(item)
            lazy = self.lazy_lines(item)
            if lazy is None:
                continue
            paragraph, kept, loose = lazy
            cut[id(paragraph)] = kept
            last, at = loose[-1]
            if last.rstrip().endswith(":") and _words(last) <= MAX_LEAD_IN_WORDS:
                loose = loose[:-1]
                if index + 1 < len(items):
                    groups[-1][2].extend(loose)
                    groups.append(([], last.rstrip().rstrip(":").strip(), []))
                    continue
                cut[id(block)] = (last.rstrip().rstrip(":").strip(), at)
            groups[-1][2].extend(loose)
        return [g for g in groups if g[0] or g[2]], cut

    def blank_before(self, item: SyntaxTreeNode) -> bool:
        start = item.map[0] if item.map else 0
        return start > 0 and not self.lines[start - 1].strip()

    def lazy_lines(self, item: SyntaxTreeNode):
        """(the item's first paragraph, the text it keeps, [(line text, line)] typed under
        it without indent), or None when every line is indented as the item's."""
        paragraph = item.children[0] if item.children else None
        if paragraph is None or paragraph.type != "paragraph" or not paragraph.map or \
                paragraph.map[1] - paragraph.map[0] < 2 or not item.map:
            return None
        marker = _ITEM_MARKER.match(self.lines[item.map[0]])
        if marker is None:
            return None
        indent = marker.end()
        start, end = paragraph.map
        for at in range(start + 1, end):
            source = self.lines[at]
            above = "\n".join(self.lines[start:at])
            if above.count("$$") % 2 or above.count("\\[") > above.count("\\]"):
                continue  # a display formula's own lines ("S_t = … = \sum …"), not notes
            if len(source) - len(source.lstrip()) < min(indent, 2) and \
                    _starts_a_line_of_its_own(self.lines[at - 1], source.strip()):
                content = _inline_child(paragraph).content.split("\n")
                split = at - start
                if len(content) != end - start:
                    return None  # lines the parser joined or dropped: leave them be
                loose = [(text.strip(), start + 1 + n) for n, text in enumerate(content)
                         if n >= split and text.strip()]
                return paragraph, "\n".join(content[:split]), loose
        return None

    def loose_lines(self, content: str, line: int) -> None:
        """Lines typed under a list item without indent, read as the blocks they are (a
        paragraph, a glossary of "Term - meaning" lines, a table), where they stand."""
        if content.rstrip().endswith((":", "?")) and "\n" not in content.strip():
            self.title_line(line)
            return
        self.blocks(list(SyntaxTreeNode(self.parse_at(content, line - 1)).children))

    def title_line(self, line: int) -> None:
        self.skip(line, "title line", "a line ending in ':' or '?' names what follows; "
                  "it states no fact")

    def answered_item(self, item: SyntaxTreeNode) -> bool:
        """Whether a list item under a questions heading (one paragraph, its caller asks)
        holds its answer: after its "?", arrow or colon (_ANSWERED), or on a line of its own.
        (A mark is no answer: "explain why **osmosis** needs …" is a task.)"""
        typed = self.lines[item.map[0]:item.map[1]]
        first = _ITEM_MARKER.sub("", typed[0]).strip()
        return bool(sum(1 for line in typed if line.strip()) > 1 or _ANSWERED.search(first))

    def list_items(self, items: list[SyntaxTreeNode], title: str | None, ordered: bool,
                   cut: dict) -> None:
        # Whether the list is right under "What is X?" (points_of_an_asked_name), taken at
        # once so that no later list reads it (the re-read: a list skipped as stamped or
        # as a question's options left it set).
        asked_of, self.describing_asked = self.describing_asked, False
        if any(_empty_item(item) for item in items):
            # "* Exposition: Einfluss" / "* " (a bullet left empty as the writer stopped
            # typing): the empty item is no point of the list. Counted, it made a glossary
            # of "Term: meaning" lines a grouped list, each line asked whole from the others.
            items = [item for item in items if not _empty_item(item)]
            if not items:
                return
        items = self.questions_as_items(items, title)
        if not items:
            return
        recording = _RECORDING_TITLE.search(
            f"{title or ''} {self.section().title}" if self.current else title or "")
        stamped = [item for item in items if _timestamped(item)] if recording else []
        if len(stamped) >= 2:
            # "- **02:59–04:55** — Two ways of defining Usul al-Fiqh": a lecture's map of
            # where the recording treats what. Read as a label, a card asked the time (blind
            # sample 2828: junk); read as a sentence, a word of the topic, which the line
            # names and does not state.
            for item in stamped:
                self.skip(_line(item), "list item", "a timestamp says where a recording "
                          "treats a topic; it states no fact of it")
            skipped = {id(item) for item in stamped}
            items = [item for item in items if id(item) not in skipped]
            if not items:
                return
        first_line = _line(items[0]) if items else self.block_line
        named, self.describing = self.describing, None  # only the list right under it
        outer_subject, self.item_subject = self.item_subject, self.subject_seed or ""
        self.subject_seed = None
        # The item this list is nested in, for this list only (not a list nested deeper,
        # nor one a describing heading reads after it).
        outer_owner, self.list_owner = self.list_owner, self.nested_owner
        self.nested_owner = None
        try:
            self.read_items(items, title, ordered, cut, named, first_line, asked_of)
        finally:
            self.item_subject, self.list_owner = outer_subject, outer_owner

    def questions_as_items(self, items: list[SyntaxTreeNode], title: str | None
                           ) -> list[SyntaxTreeNode]:
        """Items typed as a question and its answer, on one item ("- Q: Can silence be
        acceptance? A: no", "- Q: Name the LTM types A: episodic, semantic, procedural") or
        as two ("- Q: Is an advert an offer?" / "- A: usually an invitation to treat"): each
        pair one card, "question — [answer]", as "Q: … A: …" in a paragraph is. Read as
        labelled items, the card asked "[Q] — Is an advert an offer?" and the answer was
        lost. Two items pair only where the first asks ("?") and the second is labelled
        with a colon, not a quiz's options ("- A. an advert" / "- B. a reward poster ✓")
        nor a legend of symbols ("- **Q:** volumetric flow rate" / "- **A:** area"). Under
        a named item ("- ACE inhibitors" / "  - Q: Commonest side effect?"), the cards show
        it. Where pairs were made, a question or an answer left over makes no card (asked,
        "[Q] — …"). The other items are returned."""
        if self.mode != "text":
            return items
        # (Read inline only where an item opens on a question's label: reading an item
        # inline resolves its images again, each time, and costs a parse.)
        texts = [self.inline(child) if len(item.children) == 1 and
                 item.children[0].type == "paragraph" and
                 (child := _inline_child(item.children[0])) is not None and
                 _QUESTION_LABEL_TYPED.match(child.content) else None
                 for item in items]
        if not any(texts):
            return items
        texts = [text if text is not None else
                 self.inline(child) if len(item.children) == 1 and
                 item.children[0].type == "paragraph" and
                 (child := _inline_child(item.children[0])) is not None and
                 (_ANSWER_LABEL_TYPED.match(child.content)
                  or _OPTION_TYPED.match(child.content)) else None
                 for item, text in zip(items, texts, strict=True)]
        pairs, answered, quizzes = [], set(), []
        for at, text in enumerate(texts):
            if text is None or at in answered:
                continue
            pair = _ITEM_QA.fullmatch(unmark(text.plain).strip()) or \
                _qa_pair(text.plain, text.text)
            lines: tuple[int, ...] = ()
            after = texts[at + 1] if at + 1 < len(items) else None
            if pair is None and (asked := _QUESTION_ITEM_ASKS.fullmatch(
                    unmark(text.plain).strip())) is not None:
                # "- Q: Which of these is usually an offer?" over "- A. an advert …", "- B.
                # a reward poster ✓": a quiz typed as items, the marked option its answer
                # (asked as a set of all the lines before: junk, the code re-read).
                run = list(itertools.takewhile(
                    lambda option: (child := _inline_child(option.children[0])
                                    if option.children else None) is not None
                    and _OPTION_TYPED.match(child.content), items[at + 1:]))
                options = _lettered_options(run)  # (None for fewer than two)
                if options is not None:
                    answered.update(range(at, at + 1 + len(run)))
                    correct = [(letter, option, marked)
                               for letter, option, marked, _ in options if marked]
                    quizzes.append((asked["q"], correct, _line(items[at])))
                    continue
            if pair is None and after is not None and \
                    _QUESTION_ITEM.match(unmark(text.plain)) and \
                    unmark(text.plain).rstrip().endswith(("?", "？")) and \
                    _ANSWER_ITEM.match(unmark(after.plain)) and not (
                        at + 2 < len(items) and texts[at + 2] is not None
                        and _OPTION_TYPED.match(unmark(texts[at + 2].plain))):
                pair = _qa_pair(f"{text.plain} {after.plain}", f"{text.text} {after.text}")
                if pair is not None:
                    answered.add(at + 1)
                    lines = (_line(items[at + 1]),)
            if pair is not None:
                answered.add(at)
                pairs.append((pair, _line(items[at]), lines))
        if not pairs and not quizzes:
            return items
        with self.titled(unmark(self.nested_owner) if self.nested_owner and title else None):
            for pair, line, lines in pairs:
                self.question(_Inline(pair["q"].strip()), _Inline(pair["a"].strip()), line,
                              also=lines)
            for question, correct, line in quizzes:
                self.answer_quiz(question.strip(), correct, line)
        kept = []
        for at, (item, text) in enumerate(zip(items, texts, strict=True)):
            if at in answered:
                continue
            if text is not None and (_QUESTION_ITEM.match(unmark(text.plain))
                                     or _ANSWER_ITEM.match(unmark(text.plain))):
                self.skip(_line(item), "question or answer", "a question without its "
                          "answer, or an answer without its question, beside questions "
                          "answered; write the two as a pair (\"Q: … ?\" over \"A: …\")")
                continue
            raw = _inline_child(item.children[0]).content if item.children and \
                _inline_child(item.children[0]) is not None else ""
            if _EXAM_TALK.search(raw):
                # "- Note: examiners want "cell wall" for the mark" after the pairs: left
                # alone in its list, it was asked as its heading's point ("[Bacteria] — …").
                self.skip(_line(item), "exam talk", _EXAM_TALK_SKIPPED)
                continue
            kept.append(item)
        return kept

    def fields_list(self, block: SyntaxTreeNode, title: str | None, owner: str | None,
                    fields: set[str], items: list[SyntaxTreeNode] | None = None,
                    item: str | None = None) -> None:
        """The nested list `block` under `title`, its labels among `fields` (those the
        nested lists of its parent's siblings share: _attribute_labels) read as fields of
        `owner`, the item it is nested in. `items`: only these of its items (list_block);
        `item`: the whole text of the item it is nested in."""
        outer, outer_owner = self.attributes, self.nested_owner
        self.attributes = (owner, fields) if owner and fields else None
        self.nested_owner = owner or item
        try:
            self.list_block(block, title, items)
        finally:
            self.attributes, self.nested_owner = outer, outer_owner

    def hypothesis_and_thesis(self, lines: list[tuple[_Inline, int]]) -> bool:
        """Lines that state a result by its labelled hypothesis and conclusion ("**Ipotesi:**
        $f: [a, b] \\to \\mathbb R$ continua" / "**Tesi:** $f$ ammette massimo e minimo"), as
        a paragraph's lines or a list's items: one card asks the conclusion from the
        hypothesis under the heading that names the result. Read as labels, each asked its
        label ("[Tesi] — …", "[Ipotesi] — …"). False, reading nothing, for other lines."""
        if not 2 <= len(lines) <= MAX_GROUPED_ITEMS:
            return False
        said = [unmark(text.text).strip() for text, _ in lines]
        found = [_HYPOTHESIS_LINE.fullmatch(s) for s in said[:-1]]
        concluded = _CONCLUSION_LINE.fullmatch(said[-1])
        if not all(found) or concluded is None:
            return False
        if not (_MATH_PAIR_LABEL.match(said[0]) and _MATH_PAIR_LABEL.match(said[-1])) and \
                not _names_a_result(self.section().title):
            # "Hypothesis: …" / "Conclusion: …" of a lab write-up, "Assumptions: …" /
            # "Conclusion: …" of a test's procedure: a result's pair only under a heading
            # that names one ("Mean value theorem"); "Ipotesi" / "Tesi", "Voraussetzung" /
            # "Behauptung" are a result's words wherever they stand (the code re-read).
            return False
        if not any(math_spans(s) for s in said) or self.worked_problems() or \
                _words(" ".join(said)) > 2 * MAX_LEAD_IN_WORDS:
            return False
        conclusion = concluded["value"].strip().rstrip(".")
        hypotheses = "; ".join(f["value"].strip().rstrip(".;") for f in found)
        label = said[0][:said[0].index(":") if ":" in said[0] else said[0].index("：")].strip()
        text = f"{label}: {hypotheses} — {concluded['label']}: **{conclusion}**"
        self.section().facts.append(Fact(Text(text, lines[0][1]),
                                         lines=tuple(at for _, at in lines[1:])))
        return True

    def theorem_statement(self, setup: SyntaxTreeNode, hypotheses: SyntaxTreeNode,
                          after: SyntaxTreeNode) -> bool:
        """A result stated as math notes state one: a set-up ending in ":" or running on
        into its hypotheses (_SUCH_THAT: "tale che", "such that", "è") ("Sia $f: [a, b]
        \\to \\mathbb R$ tale che:", "Let $f$ be a function such that:"), its hypotheses as a
        list, and a paragraph opening on "allora", "then", "dann" … that concludes. One card
        asks the conclusion from the hypotheses, under the heading that names the result
        ("Teorema di Rolle"). Read apart, the set-up and the conclusion made no card, and a
        hypothesis alone was asked out of its result ("\\(f(a)\\) = […]"). False, reading
        nothing, for any other run of blocks: a worked example or exercises, a proof, an
        algorithm's steps, a conclusion that is a task (the code re-reads). The conclusion
        is its paragraph's first sentence."""
        if after.type != "paragraph" or _inline_child(setup) is None or \
                _inline_child(after) is None or self.worked_problems() or \
                _EXAMPLE_HEAD.match(strip_emoji(self.section().title)):
            return False  # ("## Exercise 4" / "Given …, compute:" is a task, no result)
        lead = self.inline(_inline_child(setup))
        ending = self.inline(_inline_child(after))
        if _CONCLUSION_LINE.fullmatch(unmark(ending.text)):
            ending = replace(ending, text=unmark(ending.text))  # "**Tesi:** …"
        concluded = _CONCLUDES.match(ending.text)
        items = hypotheses.children
        if (environment := _environment_lead(lead.text)) is not None and \
                environment[0] == "proof":
            return False  # "**Proof.** Let $x$ … two cases:": a proof's steps
        # "**Teorema (Rolle).** Sia $f$ tale che:", "Sia $f$ una funzione **continua** …":
        # a label or the author's emphasis in the set-up is shown as typed, never asked (a
        # mark there made a gap of its own, the code re-read).
        lead = replace(lead, text=unmark(lead.text))
        if not (lead.plain.rstrip().endswith((":", "：")) or _SUCH_THAT.search(lead.plain)) \
                or concluded is None or \
                not 1 <= len(items) <= MAX_GROUPED_ITEMS or "**" in ending.text or \
                not (math_spans(lead.text) or math_spans(ending.text)) or \
                _words(lead.plain) > MAX_LEAD_IN_WORDS or \
                _words(ending.plain) > MAX_ANSWER_WORDS or \
                any(len(item.children) != 1 or item.children[0].type != "paragraph"
                    for item in items):
            return False
        conditions = [self.inline(_inline_child(item.children[0])).text.strip()
                      for item in items]
        if any(not c or "**" in c or _words(c) > MAX_LEAD_IN_WORDS or opens_a_step(unmark(c))
               for c in conditions) or _PROCEDURE_LEAD.match(lead.plain):
            # ("To compute $\gcd(a, b)$:" / "1. divide $a$ by $b$ …": an algorithm's steps.)
            return False
        ordered = hypotheses.type == "ordered_list"
        listed = "; ".join(f"{n}. {c}" if ordered else c
                           for n, c in enumerate(conditions, 1))
        conclusion = _SENTENCE_BREAK.split(ending.text[concluded.end():].strip(), 1)[0]
        conclusion = conclusion.strip().rstrip(".")
        if not conclusion or opens_a_step(unmark(conclusion)) or \
                _TASK_AFTER.match(conclusion):
            # "Then repeat until $r = 0$; …" closes an algorithm's steps (the code re-read).
            return False
        asked = f"**{conclusion}**"
        subject = re.match(r"\\\(.+?\\\)\s+", conclusion)
        if subject and subject.group().strip() in f"{lead.text} {listed}" and \
                conclusion[subject.end():].strip():
            # "Then $(x_n)$ has a convergent subsequence": the sequence the hypotheses name
            # is the claim's subject, shown; hidden with it, every mention of it on the front
            # was hidden too (the code re-read).
            asked = f"{subject.group()}**{conclusion[subject.end():].strip()}**"
        text = f"{lead.text.strip()} {listed} — {concluded.group().strip()} {asked}"
        with self.read_from(setup, *items, after):
            self.section().facts.append(Fact(Text(text, _line(setup) or self.block_line)))
        # ("Then $|⟨u, v⟩| ≤ …$. Equality holds iff …": the first sentence concludes; a later
        # one leans on it, and read alone it asked "[Equality] holds iff …", the re-read.)
        return True

    def points_of_an_asked_name(self, items: list[SyntaxTreeNode],
                                named: tuple[str, str]) -> bool:
        """The short points of a list right under "What is X?" ("## What is osmosis?" /
        "- diffusion of water" / "- across a partially permeable membrane"): together they
        say what X is, one card asking X from them all, "[osmosis] — diffusion of water;
        across a partially permeable membrane". Hidden one at a time beside the others,
        each point was a part of a definition asked as a member of a set. False, reading
        nothing, for a list of longer, labelled, marked or nested points, or one that says
        X itself."""
        name, above = named
        if not 1 <= len(items) <= MAX_GROUPED_ITEMS or any(
                not item.children or item.children[0].type != "paragraph"
                or any(c.type not in ("bullet_list", "ordered_list") for c in item.children[1:])
                for item in items):
            return False
        texts = [self.inline(_inline_child(item.children[0])) for item in items]
        points = [text.text.strip().rstrip(".;,") for text in texts]
        if any(not point or "**" in point or _labelled(point) or text.images
               or text.navigation or text.task or _study_note(text.plain)
               or _TASK.match(text.plain) or is_structural_label(text.plain.strip(" .:"))
               or _slug(text.plain) in _GENERIC_HEADINGS
               or not re.search(r"[^\W\d_]{3}", text.plain)  # "2, 3, 5, 7": examples
               or _words(text.plain) > MAX_LEAD_IN_WORDS or text.plain.endswith("?")
               for point, text in zip(points, texts, strict=True)) or \
                _words(" ".join(t.plain for t in texts)) > MAX_ANSWER_WORDS or \
                giveaways(" ".join(t.plain for t in texts), name):
            return False
        lines = [_line(item) for item in items]
        if above.rstrip().endswith(("?", "？")):
            above = self.article_title  # another question says nothing of this one
        self.labelled_list(above, [(name, "; ".join(points), lines[0], tuple(lines[1:]))],
                           lines[0], terms=False)
        for item in items:  # ("- A relationship between two variables" / "- Positive")
            for child in item.children[1:]:
                self.list_block(child, None)
        return True

    def what_a_name_does(self, items: list[SyntaxTreeNode], named: tuple[str, str]) -> bool:
        """A short list right under a heading that names a thing, every item what the thing
        does with its subject left out ("#### Executive Branch" / "- Executes laws." / "-
        Nominates judges and key officials."): each item asks the name, "[Executive Branch]
        — Nominates judges and key officials", as a table row asks its name from its cells.
        Read as a list, its cards asked a learner to recite clauses under the article's
        title alone ("[E… l…]; Vetoes legislation"), or made none. False, reading nothing,
        for any other list."""
        name, above = named
        if not 2 <= len(items) <= MAX_GROUPED_ITEMS or not _is_term(name) or \
                _CATEGORY_HEADING.search(name) or is_structural_label(name) or \
                _NOT_ONE_NAME.search(name) or any(  # "Impact and Legacy", "Key Provisions"
                    _slug(word) in _NO_THING_HEADINGS
                    for word in name.split()) or \
                any(len(item.children) != 1 or item.children[0].type != "paragraph"
                    for item in items):
            return False
        texts = [self.inline(_inline_child(item.children[0])) for item in items]
        plains = [text.plain.strip() for text in texts]
        if not all(_DOING.match(plain) and 2 <= _words(plain) <= 15 and "**" not in text.text
                   and not math_spans(text.text) and not _labelled(text.text)
                   and not text.images and plain.split()[0].casefold() not in _NOT_DOINGS
                   and not _plural_subject(plain)
                   for text, plain in zip(texts, plains, strict=True)) or \
                2 * sum(map(opens_on_a_verb, plains)) < len(plains):
            return False
        # Where most points are ones the fragment reading asks ("Digoxin slows conduction
        # through the [AV node]"), the list keeps to that reading. Where fewer are, those
        # are read so, alone ("Legislative Branch creates [lower courts]"), and the others
        # ask the name: all or nothing, "Writes nation's laws." and "Overrides presidential
        # vetoes." beside two such points made no card (held-out-7).
        fragments = [bool(self.fragment_gap(text.text, name)) for text in texts]
        if 2 * sum(fragments) > len(fragments):
            return False
        says = [not fragment and bool(giveaways(plain, name))
                for plain, fragment in zip(plains, fragments, strict=True)]
        if all(said for said, fragment in zip(says, fragments, strict=True) if not fragment):
            return False  # (each says the name: read as the list it is)
        for item, plain, fragment, said in zip(items, plains, fragments, says, strict=True):
            line = _line(item)
            if fragment:
                self.list_block(item.parent, None, items=[item])
                continue
            if said:
                # "Executes laws." under "Executive Branch": the verb says the name.
                self.skip(line, "list item", f'it says "{name}" in other words, so asking '
                          "the name from it would show the answer")
                continue
            self.labelled_list(above, [(name, plain.rstrip("."), line)], line, terms=False)
        return True

    def read_items(self, items: list[SyntaxTreeNode], title: str | None, ordered: bool,
                   cut: dict, named: tuple[str, str] | None, first_line: int,
                   asked_of: bool) -> None:
        if self.mode == "text" and self.options_under_question(items, title):
            return
        if self.mode == "text" and self.questions_answered([
                (self.inline(_inline_child(item.children[0])), _line(item)) for item in items
                if len(item.children) == 1 and item.children[0].type == "paragraph"],
                len(items)):
            return
        if self.mode == "text" and all(
                len(item.children) == 1 and item.children[0].type == "paragraph"
                for item in items) and self.hypothesis_and_thesis(
                    [(self.inline(_inline_child(item.children[0])), _line(item))
                     for item in items]):
            return
        if self.mode == "text" and named and title is None and asked_of and \
                self.points_of_an_asked_name(items, named):
            return
        if self.mode == "text" and named and title is None and self.what_a_name_does(
                items, named):
            return
        entries: list[tuple[_Inline, int]] = []
        explained: list[tuple[str, str, int, tuple[int, ...]]] = []  # labelled by its item
        described = False
        shared_labels = _attribute_labels(items) if self.mode == "text" else set()
        repeated = _repeated_points(items) if shared_labels else frozenset()
        fielded: dict[int, str] = {}  # an item's line: its fields, "Motor: …; Sensory: …"
        bare_items = _bare_items(items)
        item_names = _ItemNames(bare_items if self.mode == "text" else [])
        bold_labels = tuple(found["label"].strip(" :") for item in items
                            if (found := _BOLD_FIELD.match(_source_of(item).lstrip())))
        fields_here = self.mode == "text" and any(
            _slug(label) in _ATTRIBUTE_WORDS for label in bold_labels)
        # How many items open on each word: "- Class 1" / "- Class 2" / "- Class 3" are a
        # series of the subject's kinds, no notes to oneself (the re-read).
        opening_counts = Counter(_first_word(name) for name in bare_items)
        for position, item in enumerate(items):
            own, nested = [], []
            for child in item.children:
                if child.type == "paragraph":
                    own.append(self.inline(_inline_child(child)) if id(child) not in cut else
                               self.inline(SyntaxTreeNode(_PARSER.parseInline(
                                   cut[id(child)])).children[0]))
                elif child.type in ("bullet_list", "ordered_list"):
                    nested.append(child)
                elif child.type == "math_block" and own:
                    # "- The **power** is" over its indented display formula: one statement,
                    # as the same formula typed in the item's paragraph is. Skipped, the
                    # card asked "The [power] is" with the formula it leads into gone.
                    own.append(_Inline(f"\\[{child.content.strip()}\\]"))
                elif child.type == "math_block" and not own and not nested and \
                        "\n" not in (formula := child.content.strip()) and "\\\\" not in formula:
                    # "- $$Current\ ratio=\frac{vlotte\ activa}{…}$$": an item that is one
                    # display formula on one line is read as the same formula typed inline,
                    # which asks a named formula's right side ("Current ratio = […]").
                    own.append(_Inline(f"\\({formula}\\)"))
                elif self.mode == "text" and child.type in _BOXES_IN_ITEMS:
                    # A callout or a titled shortcode's box indented under an item: its own
                    # content with its own title, read where it stands.
                    self.blocks([child])
                elif self.mode == "text" and child.type == "table":
                    # A table typed inside an item (a Logseq block holds one): read as a
                    # table where it stands, under the list's title, as inside a callout.
                    self.container(child, title)
                else:
                    self.skip(_line(child), f"{child.type.replace('_', ' ')} in a list item",
                              "only text and lists inside list items are read")
            if self.mode == "text" and self.quiz(item, own, nested):
                continue
            text = _Inline(" ".join(t.text for t in own), [a for t in own for a in t.images],
                           [], sum(t.linked for t in own), own[0].task if own else "",
                           field_mark=any(t.field_mark for t in own))
            if own and not nested and _licence(text):
                # "- License: MIT (Jane Doe, 2021)" among a list's facts: asked as a label,
                # "[...] — MIT (Jane Doe, 2021)" (the second test audit).
                self.skip(_line(item), "licence", _LICENCE_SKIPPED)
                continue
            if self.mode == "text" and not nested and title is None and \
                    (field := _BOLD_FIELD.match(text.text)) and (thing := self.thing_of(
                        self.section().title, field["label"], text.text[field.end():])):
                # "**Origins**: Drawn from …" beside "**Concept**:" under "### Separation of
                # Powers": a field of the thing the heading names (thing_field). Read on, it
                # was left alone in its list when "Concept:" became the heading's definition,
                # and its label was asked ("[Origins] — …").
                label, value = field["label"].strip(" :"), text.text[field.end():]
                if self.thing_field(thing, label, value, _line(item)) == "name":
                    self.labelled_list(self.section().title, [
                        (thing, f"{label}: {value}", _line(item))], _line(item), terms=False)
                continue
            if self.mode == "text" and (field := _BOLD_FIELD.match(text.text)) and (
                    _attribute_label(field["label"].strip(" :"), text.text[field.end():],
                                     bold_labels)
                    or _slug(field["label"].strip(" :")) in _FIELDS_AMONG_FIELDS
                    and fields_here):
                slug = _slug(field["label"].strip(" :"))
                value = text.text[field.end():]  # (before the text is written without bold)
                # "**Paradigm:** Greedy, …", "**Category:** …": the bold marks the field, not
                # a phrase to ask; read as the field it is (left out, with its reason). So
                # does "**Input:**" beside such fields; beside none it may be a term defined
                # ("**Output**: the total value of goods and services …").
                text = replace(text, text=f"{field['label'].strip()}{field['sep'] or ''} "
                                          f"{value}")
                if slug in _FIELDS_AMONG_FIELDS and not nested:
                    self.skip(_line(item), f'"{field["label"].strip(" :")}" item',
                              "its label names what the text is of the subject, beside the "
                              "subject's other fields, no term to ask")
                    continue
                thing = self.heading_term(self.section().title) if title is None else None
                if not nested and (_QUALIFIED_FIELD.fullmatch(slug) or not _attribute_label(
                        field["label"].strip(" :"), value)):
                    # Told here, a field by its siblings alone: a "Concept" or "Definition"
                    # sibling is read as the heading's definition, and the list left with
                    # one label asked it ("[Origins] — Drawn from …" beside "**Concept**:
                    # …"). And the ones to know of a kind, which read as a fact hid a name
                    # they list ("Notable Essays: [Federalist No]. 10 and No. 51."). (Other
                    # fields read on, as before: "Purpose: … the [Constitution].")
                    if thing and _QUALIFIED_FIELD.fullmatch(slug) and (
                            found := self.attribute_of((thing, ""), _Inline(
                                f"{field['label'].strip(' :')}: {value}"))):
                        # Under a heading that names the thing, its value is asked as the
                        # thing's field is: "The Federalist Papers › Notable Essays: [Federalist
                        # No. 10 and No. 51]".
                        self.section().facts.append(Fact(Text(found, _line(item))))
                        continue
                    self.skip(_line(item), f'"{field["label"].strip(" :")}" item',
                              "its label says which of the subject's things the text lists, "
                              "no term to ask" if _QUALIFIED_FIELD.fullmatch(slug) else
                              "its label names what the text is of the subject, beside the "
                              "subject's other fields, no term to ask")
                    continue
            line = _line(item)
            if self.mode == "text" and not nested and \
                    (bare := _without_environment_label(text.text, item=True)) is not None:
                # "- **Definition 2.1.** A subgroup $N$ is normal if …": asked, "[Definition
                # 2.1] — A subgroup …" (mathdef21); read as the paragraph it would be.
                if _environment_lead(text.text)[0] == "proof":
                    self.skip(line, "a proof", _PROOF_SKIPPED)
                    continue
                text = replace(text, text=bare)
            if named and item is items[0] and self.mode == "text" and \
                    not (len(items) > 1 and (_CATEGORY_HEADING.search(named[0]) or
                                             _MEMBERS_HEADING.search(named[1]) and
                                             _KIND_ADJECTIVE.fullmatch(named[0].strip()))) and \
                    self.describes(named, replace(text, text=unmark(text.text))
                                   if self.first_item_marked_whole(items, text) else text,
                                   line):
                # ("# Cadences" / "- **Musical punctuation that marks the end of a phrase**":
                # emphasis over the whole meaning, as over a line: _bold_meaning.)
                described = True
                for child in nested:
                    self.list_block(child, None)
                continue
            if self.mode == "text" and not nested and len(own) == 1 and own[0].broken and \
                    (found := self.explained_below(*own[0].broken, line)):
                # "- Long QT␣␣" / "QTc over 500 ms": the line under the name, typed with a
                # hard break, explains it as a nested point would.
                explained.append((own[0].broken[0], found.text, line, (line + 1,)))
                continue
            # "- die Wohnung, -en 公寓" / "  - 注意：阴性名词": the word's own gloss is what it
            # is asked from; the note under it was asked as its meaning ("[die Wohnung, -en
            # 公寓] — 注意：阴性名词").
            glossed = bool(nested) and self.mode == "text" and _cjk_glossed(text.text)
            if self.mode == "text" and not glossed and (found := self.explained(text, nested)):
                explanation, at = found
                if text.plain.rstrip("*").endswith("?") and _PROMPTS_TITLE.search(
                        title or _lead_in_of(item)):
                    # The points under it are read as any list's are, each a fact of its own
                    # or none: "Radiation to the arm suggests [myocardial ischaemia]" under
                    # "Questions to ask a patient …" (the re-read), "Knowing what the data
                    # says … helps us understand the world" (no term) under "… ask yourself".
                    self.skip(line, "question to ask yourself", "its title says the questions "
                              "are the reader's to ask: no card asks it, and the points under "
                              "it are read on their own")
                    self.points_under_a_prompt(nested)
                    continue
                if text.plain.rstrip("*").endswith("?"):  # "Why …?" over its answer
                    with self.titled(title):
                        self.question(_Inline(unmark(text.text)), explanation, line, also=at)
                else:
                    explained.append((text.text, explanation.text, line, at))
                continue
            if self.mode == "text" and not glossed and \
                    (found := self.described_by_points(text, nested, shared_labels,
                                                       repeated)):
                # "- Sotalol" over "- A potassium channel blocker …" and "- Prolongs the QT
                # interval": the name is recalled from its points, as a table's row is.
                clue, at, attributes, rest = found
                explained.append((text.text, clue, line, at))
                self.section().facts.extend(attributes)
                # The other points ("- Prestige from defeating Hitler", "- ex - …") each
                # read as before, under the name: one at a time, since two left over are
                # no short set of names to group.
                name = unmark(text.plain)
                for point in rest:
                    if len(point.children) == 1 and point.children[0].type == "paragraph" \
                            and not _shared_field(point, shared_labels):
                        with self.titled(name):
                            self.paragraph(self.inline(_inline_child(point.children[0])),
                                           _line(point))
                        continue
                    self.subject_seed = self.named_by(text)
                    try:
                        self.fields_list(nested[0], name, name, shared_labels, [point])
                    finally:
                        self.subject_seed = None
                continue
            if nested and (not text.text or text.plain.endswith((":", "："))
                           or _wholly_marked(text.text)):
                # "- Phases:" with a list below: the item titles the nested list. So does
                # "- 波函数的要求：" (its full-width colon): read as a fact, it asked
                # "[波函数]的要求：" (blind sample 2901: junk).
                name = text.plain.rstrip(":：").strip()
                for index, child in enumerate(nested):
                    if index == 0 and self.mode == "text" and _is_term(name) and \
                            _wholly_marked(text.text.rstrip(":").strip()):
                        # "- **Diffusion**:" over "- Movement down the gradient …": as under
                        # a heading that names a thing, its first line may say what it is.
                        self.describing = (name, title or self.section().title)
                    # "- 缺點:" under "- 整體式結構", a field its siblings share: the list
                    # below is that parent's, "整體式結構 › 缺點", not any parent's.
                    outer = self.attributes
                    field_of = outer and name and slugify(unmark(name)) in outer[1]
                    # "- 微內核結構:" over "- 優點:…", as its siblings are: the same fields.
                    self.fields_list(child, f"{unmark(outer[0])} › {name}" if field_of
                                     else name or title, name, shared_labels)
                continue
            if nested and self.mode == "text" and _owns_no_points(text.plain) and \
                    not _DANGLING_LEAD.search(text.plain) and "?" not in text.plain and \
                    ":" not in text.plain and not course_word(text.plain) and not (
                        opening_counts[word := _first_word(text.plain)] >= 2
                        and word not in _COURSE_TIME_WORDS):
                # A note to oneself over its points ("- From the textbook", "- BUT", "- Week
                # 3 lecture", "- Bsp"): no member of its siblings' set (grouped, "From the
                # textbook; [Remember this for the exam]; BUT; …" was asked, three junk
                # cards of the code re-read of session 39; "Unterschiedliche Auswirkungen;
                # [B…]" asked "Bsp"), nor the title of its points: they are read as lists
                # under the list's own title ("Aerosole" over "- Bsp" / "- Ruß"). (Not a
                # labelled point, "problem: starvation of low-priority procs", a fact.)
                for child in nested:
                    self.list_block(child, title)
                continue
            if nested and self.mode == "text" and (
                    _names_nothing(text.plain) or
                    _is_mark(text.plain, self.glossary, item_names, position)):
                # "- General" over "- Arise from the cords …" among "- Radial nerve",
                # "- Median nerve": it names no member of its siblings' set (a card
                # "Radial nerve; Median nerve; [General]" was junk), nor a set of its own
                # points; each is a sentence said of the whole section.
                for child in nested:
                    if not all(len(p.children) == 1 and p.children[0].type == "paragraph"
                               for p in child.children):
                        self.list_block(child, None)
                        continue
                    for point in child.children:
                        self.paragraph(self.inline(_inline_child(point.children[0])),
                                       _line(point))
                continue
            if self.mode == "text" and not nested and title is None and \
                    self.heading_examples(text, line):
                continue
            if self.mode == "text" and not nested and (_TASK.match(text.plain)
                                                       or _tool_property(text)):
                self.skip(line, "task or property", "a task (TODO, LATER …) or an outliner's "
                          "property (id::, collapsed:: …, a timestamp) states no fact of the "
                          "subject")
                continue
            if self.mode == "text" and _is_mark(text.plain, self.glossary, item_names, position):
                # "Ranolazine; D; Propranolol" (a review: junk): a mark is no member of
                # the set of names beside it, and alone it asks nothing.
                self.skip(line, "list item", f'"{text.plain.strip()}" is a letter or a '
                          "field's abbreviation beside names, no name to recall")
                continue
            entries.append((text, line))
            if nested:
                self.over_lists.add(line)
            if self.mode == "text" and (found := _fields_below(nested, shared_labels)):
                fielded[line] = found
            # "- Mechanical barriers" over "- Skin", "- Cilia": the parent is the context.
            parent = text.plain if _words(text.plain) <= MAX_LEAD_IN_WORDS // 2 else None
            if parent is None and self.mode == "text" and (found := _labelled(text.text)) and \
                    _is_term(label := unmark(found[0]).strip()):
                # "- Septic shock: vasopressors needed for MAP ≥ 65 …" over "- mortality >
                # 40%": too long to be the nested point's title, its label names what the
                # point is of ("Septic shock › mortality > [40%]"); the point alone left one
                # word beside its gap (no card).
                parent = label
            shown = parent
            if parent and title and _DANGLING_LEAD.search(parent):
                # "- liquiditeitstest" / "- belangrijk voor" / "- leveranciers": a lead
                # ending on its preposition says what for only with the item above it. Alone
                # the card read "belangrijk voor › [l…]; werknemers; …" (blind sample 2828:
                # junk, "important for what?").
                shown = f"{title} › {parent}"
            for child in nested:
                # "- Homologous series, the families …" over "- They have the same general
                # formula": what the nested items call "They" is the term the parent names.
                self.subject_seed = self.named_by(text)
                # "- Application Layer: where apps reside" names its fields by its label.
                owner = (_labelled(text.text) or (parent, ""))[0] if parent else None
                self.fields_list(child, shown, owner, shared_labels, item=text.plain)
            self.subject_seed = None
        if explained and len(entries) == 1 and self.mode == "text" and \
                (names := self.names_beside_explained(explained, entries)):
            # "- Enzymes" / "  - Biological catalysts …", "- Bile" / "  - Emulsifies …",
            # "- Hydrochloric acid": the bare name alone would be one item of a set with no
            # cue (card-quality.md §4e); with the names explained beside it, the list is a
            # short set of names, one note asking each from the others.
            with self.titled(title):
                self.section().facts.append(_joined_fact(names))
            entries = []
        if not explained and 2 <= len(entries) <= MAX_GROUPED_ITEMS and \
                all(line in fielded for _, line in entries) and all(
                    "**" not in t.text and not _labelled(t.text) and _is_term(t.plain)
                    and not t.images for t, _ in entries) and \
                len({" ".join(fielded[line].casefold().split()) for _, line in entries}) \
                == len(entries):  # two names with the same fields: neither has one answer
            # "- Median nerve" / "  - Motor: …" / "  - Sensory: …" beside "- Ulnar nerve"
            # with the same fields: asked as one of a set, "[…]; Ulnar nerve; Radial nerve"
            # (a review: junk, "one member of an unordered set with no cue"), a name is
            # recalled from its own fields instead, as a table's row is: "[…] — Motor: …;
            # Sensory: …". Each field is still asked of its name.
            explained = [(t.text, fielded[line], line) for t, line in entries]
            entries = []
        if explained and not _repeats_a_label([(p[0], p[1]) for p in explained]):
            self.labelled_list(title or self.section().title, explained, first_line)
        elif explained:  # one label twice: a field name, not a name to recall
            for text, rest, line, _ in explained:
                self.paragraph(_Inline(f"{text}: {rest}"), line)
        if not entries:
            return
        if described:
            # The points after the line that said what the name is ("At equilibrium: equal
            # movement both ways", "Direction: low to high") are facts about it, not names.
            attributes: list[Fact] = []
            with self.titled(title):
                for text, line in entries:
                    # "- Relies on genetic events …" after the line that said what
                    # "## Adaptive Immunity" is: its verb's subject is still the heading.
                    if _PREDICATE_LEAD.match(text.plain) and named \
                            and self.describes(named, text, line):
                        continue
                    if (attribute := self.attribute_of(named, text)) is not None:
                        attributes.append(Fact(Text(attribute, line)))
                        continue
                    self.paragraph(text, line)
            # Beside the items' own section, whose context would say the name twice
            # ("› Osmosis Osmosis › Direction: …").
            self.section().facts.extend(attributes)
            return
        if named and self.mode == "text" and entries and not _labelled(entries[0][0].text) \
                and _nested(items[0].parent):
            # "- **Pancreas**:" / "- Secretes lipase …" / "- Position: behind the stomach":
            # after a first line about the name, a labelled line is one of its attributes,
            # as after a line that said what the name is (above). Only under a marked item:
            # a heading may name a part of the notes ("## High-Yield Topics"), whose
            # labelled lines are names of their own.
            found = [(self.attribute_of(named, text), line) for text, line in entries]
            self.section().facts.extend(Fact(Text(said, line)) for said, line in found if said)
            entries = [entry for entry, (said, _) in zip(entries, found, strict=True)
                       if not said]
        if self.mode == "references":
            # A numbered list keeps its numbers: "[3]" in the text cites its entry 3.
            numbers = {_line(item): item.info for item in items}
            self.references.extend(
                Text(f"{numbers.get(line)}. {t.plain}" if ordered and numbers.get(line)
                     else t.plain, line)
                for t, line in entries if t.plain)
            return
        if self.mode == "text":
            before = len(entries)
            entries = self.field_items(entries, title)
            if before > MAX_GROUPED_ITEMS >= len(entries) and len(entries) < before and all(
                    not _labelled(t.text) and "**" not in t.text
                    and _words(t.plain) <= MAX_LABEL_WORDS for t, _ in entries):
                # Nine symptoms, two of them fields: the seven names left are no short set
                # to show on one front (the list is still nine long), each read on its own.
                with self.titled(title):
                    for text, at in entries:
                        self.paragraph(text, at)
                return
            if self.attributes and not all(_labelled(t.text) for t, _ in entries):
                entries = self.parent_fields(entries)
            if self.section_fields and not self.attributes and not _nested(items[0].parent):
                entries = self.heading_fields(entries, title)
            entries = self.one_word_values(entries, title)
            entries = self.name_values(entries)
            entries = self.formula_values(entries, title)
            entries = self.formula_fields(entries, title)
            entries = self.condition_values(entries, title)
            if not entries:
                return
        if self.mode == "text":
            entries = self.cjk_glossed_items(entries, title, first_line)
            if entries:
                entries = self.translated_sentences(_bold_headwords_unmarked(entries), title,
                                                    first_line)
            if not entries:
                return
        remarks = {line: found for t, line in entries
                   if "**" not in t.text and (found := _REMARK_ITEM.match(t.text))}
        if self.mode == "text" and remarks and len(remarks) < len(entries):
            # "- Gleichgewichtskonstante: …" / "- Massenwirkungsgesetz: …" / "- Beachte: Die
            # Konstante ist größer, je höher …": a remark among the terms, read as its
            # sentence; kept, it made the list no glossary ("[Beachte] — …" asked the
            # word "note", blind sample 4111: junk, or the terms grouped as a set).
            for line, found in remarks.items():
                # (A full stop where the item typed none: "NB: many drugs interact with
                # warfarin" ran into the next remark, "… via CYP2C9 it is teratogenic".)
                said = found.string[found.end():].rstrip()
                self.labelled_remark(found["label"], said if said[-1:] in ".!?;:。" else
                                     f"{said}.", line)
            entries = [(t, line) for t, line in entries if line not in remarks]
        labelled = [_labelled(t.text) for t, _ in entries]
        if self.mode == "text" and len(entries) >= 2 and all(
                (unit := _COURSE_UNIT_ITEM.match(t.plain)) and "**" not in t.text
                and _words(t.plain[unit.end():]) <= MAX_OUTLINE_ITEM_WORDS
                for t, _ in entries):
            # "- Week 1: Introduction to the cell" / "- Week 2: Membranes and transport",
            # "- Les 1: De cel": a course's outline, the topics its units will treat (the
            # second re-read: "Week 1: …; [...]; …" asked which week taught what).
            for _, line in entries:
                self.skip(line, "list item", "a course's outline names the topics of its "
                          "units; it states no fact of them")
            return
        if self.mode == "text" and len(entries) >= 2 and all(
                _STEP_ITEM.match(t.text) for t, _ in entries):
            # "- Step 1: take logs of both sides" / "- Step 2: approximate …": the steps in
            # their order, as a numbered list's ("1. take logs …; 2. [...]"); "[Step 2] — …"
            # asked a number (blind sample 4011: junk).
            steps = [(replace(t, text=t.text[_STEP_ITEM.match(t.text).end():]), line)
                     for t, line in entries]
            if self.set_of_items(steps, title, ordered=True):
                return
        if self.mode == "text" and len(entries) >= 2 and all(labelled) and all(
                _slug(unmark(label)) in _INVARIANT_PARTS for label, _ in labelled) and (
                any(math_spans(t.text) or _PROOF_TALK.search(t.plain) for t, _ in entries)
                or _PROOF_TITLE.search(f"{title or ''} {self.section().title}")):
            # "- **Initialization:** $X$ starts empty …" / "- **Maintenance:** …" /
            # "- **Termination:** …": the parts of a loop invariant's proof, each asked by
            # its label ("[Maintenance] — Consider an edge …", blind sample 4011: junk).
            # Only in a proof, of formulas or under its title: a project's "Initialization"
            # and "Termination" phases and family law's "Maintenance" are terms (the re-read).
            for _, line in entries:
                self.skip(line, "a proof", _PROOF_SKIPPED)
            return
        if all(labelled) and (repeated := _repeats_a_label(labelled)):
            # "- 管態: … / - 目態: … / - 管態: …": one label said twice among labels said
            # once is no field name; the labels said once are still the terms to ask, and
            # only the items sharing a label read as the statements they are.
            slugs = Counter(slugify(unmark(label)) for label, _ in labelled)
            said_once = [slugs[slugify(unmark(label))] == 1 for label, _ in labelled]
            once = [(label, rest, line) for (label, rest), (_, line), one
                    in zip(labelled, entries, said_once, strict=True) if one]
            if self.mode == "text" and len(once) >= 2 and 2 * len(once) > len(entries):
                self.labelled_list(title or self.section().title, once, first_line,
                                   typed=True)
            else:
                # "**Misconception:** … / **Misconception:** …": a label that names every
                # item is a field name, not a term to recall; each item is a statement.
                self.warn(first_line, "", f'the label "{repeated}" names more than one item '
                          "of this list, so its items are read as statements, not labelled "
                          "items; give each item a label of its own to have the labels asked")
                said_once = [False] * len(labelled)
            for (label, rest), (text, line), one in zip(labelled, entries, said_once,
                                                        strict=True):
                if not one:
                    self.paragraph(_Inline(f"{unmark(label)}: {rest}", text.images,
                                           text.tags), line)
            return
        if all(labelled) and self.attributes and all(
                slugify(unmark(label)) in self.attributes[1] for label, _ in labelled):
            # "- Median nerve" / "  - Motor: Flexion of the fingers", as under each sibling
            # nerve: the label is a field of the parent, like a table's column, and what
            # it holds for this parent is the fact ("Median nerve › Motor: [Flexion …]").
            # Hiding "Motor" would ask for a field name the other nerves share.
            parent = unmark(self.attributes[0])
            for (label, rest), (_, line) in zip(labelled, entries, strict=True):
                self.section().facts.append(Fact(Text(
                    f"{parent} › {unmark(label)}: **{unmark(rest)}**", line)))
            return
        if len(labelled) == 1 and labelled[0] and self.list_owner and self.mode == "text" \
                and _LOWER_FIELD.fullmatch(labelled[0][0]) and labelled[0][0].islower():
            # "- USA enter the war (April 1917)" / "  - reason: unrestricted submarine
            # warfare …": a word typed in lower case, alone under its item, says what the
            # text is of the item, as a field does ("USA enter the war (April 1917) ›
            # reason: [...]"). Asked as a term, the card hid "reason" (and "promised",
            # "motivo", "promessi") behind the text it labels.
            (label, rest), (_, line) = labelled[0], entries[0]
            self.section().facts.append(Fact(Text(
                f"{unmark(self.list_owner)} › {label}: **{unmark(rest)}**", line)))
            return
        if all(labelled):
            pairs = [(label, rest, line) for (label, rest), (_, line) in
                     zip(labelled, entries, strict=True)]
            if self.mode == "glossary":
                for label, rest, line in pairs:
                    self.add_glossary(GlossaryTerm(unmark(label), Text(rest, line), (), line))
                return
            self.labelled_list(title or self.section().title, pairs, first_line, typed=True)
            return
        if self.mode == "text" and len(entries) >= 2 and \
                not any(labelled) and \
                all(line in self.over_lists and "**" not in t.text
                    and not _STEP.search(t.plain) and _words(t.plain) <= MAX_LABEL_WORDS
                    for t, line in entries) and \
                any(_topic_part(strip_emoji(t.plain).strip(" :：")) for t, _ in entries):
            # "- Western Front" / "- Eastern Front" / "- Other fronts" / "- USA", each over
            # its own list of points: a revision map's branches, each its points' title.
            # Grouped, "Western Front; Eastern Front; Other fronts; [USA]" asked the map's
            # table of contents (a session-38 note: junk, thirteen cards of one outline).
            # Told by a branch named for a part of the topic ("Other fronts",
            # "Significance", "历史意义", "失败的原因": _topic_part); names alone over their
            # points ("Schutzbereich; Eingriff; Verfassungsrechtliche Rechtfertigung",
            # Tuckman's stages, Aristotle's categories) are a set to recall, grouped as
            # before, as is "- Balkans = "powder keg of Europe"", which says something.
            # (The points are read as before; this decides only the set.)
            for _, line in entries:
                self.skip(line, "list item", "it titles the points nested under it, as a "
                          "heading does, beside branches named for parts of the topic; no "
                          "member of a set to recall")
            return
        if self.mode == "text" and (heads := [
                line for t, line in entries if line in self.over_lists
                and _slug(strip_emoji(t.plain).strip(" :："))
                in _SIDES_OF_A_POINT]) and len(heads) < len(entries):
            # "- dabigatran - direct thrombin inhibitor" / "- rivaroxaban - …" / "- Pros" /
            # "- Cons", the last two over their own points: they title those points, as a
            # heading does; in the set they were asked with a letter ("…; [P…]; Cons").
            for line in heads:
                self.skip(line, "list item", "it titles the points nested under it (pros, "
                          "cons, strengths …); no member of a set to recall")
            entries = [(t, line) for t, line in entries if line not in heads]
        if self.mode == "text" and self.set_of_items(entries, title, ordered):
            return
        # In a list of mixed items, one written "Label: text" with no mark still names what
        # it says: a labelled item hiding the label ("Marginal External Cost (MEC): …").
        # A marked one is read as a sentence, its mark the gap, as before.
        pairs = [(*found, line) for text, line in entries
                 if self.mode == "text" and "**" not in text.text
                 and not self.definition_match(text.text)
                 and (found := _labelled(text.text)) and _names_a_thing(*found)]
        if _repeats_a_label([(label, rest) for label, rest, _ in pairs]):
            pairs = []
        if self.mode == "glossary":
            # Under "## Key terms", "- HHI (…): sum of squared market shares" beside "-
            # Allocative efficiency → P = MC": a labelled item is a term of the glossary, as
            # in a list labelled throughout; read as a paragraph it asked nothing.
            pairs = [(*found, line) for text, line in entries
                     if "**" not in text.text and (found := _labelled(text.text))
                     and _names_a_thing(*found)]
            for label, rest, line in pairs:
                self.add_glossary(GlossaryTerm(unmark(label), Text(rest, line), (), line))
            named = {line for _, _, line in pairs}
            for text, line in entries:
                if line not in named:
                    self.paragraph(text, line)
            return
        if pairs:  # less sure names than a list labelled throughout: not hidden elsewhere
            self.labelled_list(title or self.section().title, pairs, first_line, terms=False,
                               typed=True)
        labelled_lines = {line for _, _, line in pairs}
        if len(pairs) >= 2:
            labelled_lines |= self.names_beside_labels(entries, pairs, title, ordered)
        # "- Chloroplasts" / "  - site of photosynthesis" / "  - also have their own DNA":
        # points nested under a named item say what they say of it; read as paragraphs of
        # the section, their cards asked "site of […]" of nothing. An item labelled with its
        # term ("- externality = cost or benefit to a third party") is titled by the term.
        owner = unmark(self.list_owner or "").strip(" :：")
        heading = self.section().title
        if len(owner.split()) > 4 and heading and heading != INTRODUCTION and \
                " › " not in heading and not is_generic_heading(heading):
            # "- Huntington's disease is caused by a dominant allele" over "- one dominant
            # allele is enough": too long to follow its heading in titled, the item stood
            # alone, and where it gave the answer away the card lost the heading too
            # ("Genetics / one [...] allele is enough", the code re-read).
            owner = f"{heading} › {owner}"
        with self.titled(owner if owner and title and self.mode == "text" and
                         not _owns_no_points(owner.rpartition(" › ")[2]) else None):
            for text, line in entries:
                if line not in labelled_lines:
                    self.paragraph(text, line)

    def translated_sentences(self, entries: list[tuple[_Inline, int]], title: str | None,
                             first_line: int) -> list[tuple[_Inline, int]]:
        """Short sentences of a language a learner practises, each with its translation
        after a dash ("Er trinkt Kaffee. — He drinks coffee."): a labelled list of their
        own, each sentence asked whole from its translation, as the set phrases glossed in
        Chinese are. Read so only where one of them is plainly not English (German by its
        small words, a letter English never writes, or opening on "Ich", "Je", "Yo" …):
        "The heart pumps blood. — It has four chambers." is an English note, not read so
        here. Before, a sentence with a noun whose cognate the translation says was asked
        with it ("Er trinkt [Kaffee]. — He drinks coffee."), and most asked nothing. The
        entries left are returned."""
        found = [_latin_translated_sentence(t.text) if not t.images else None
                 for t, _ in entries]
        if not any(pair and _plainly_foreign(pair[0]) for pair in found):
            return entries
        for i, (text, line) in enumerate(entries):
            if found[i] is None and "**" in text.text and _bold_in_translation(text.text):
                # A long sentence whose marked word its translation says: no card
                # asks it, whole (too long) or hidden (shown beside it).
                self.skip(line, "sentence and translation", "the translation says the "
                          "marked word, and the sentence is too long to ask whole")
                found[i] = ("", "")
        pairs = [(*pair, line) for pair, (_, line) in zip(found, entries, strict=True)
                 if pair and pair[0]]
        self.labelled_list(title or self.section().title, pairs, first_line, terms=False,
                           sentences=frozenset(line for *_, line in pairs))
        return [entry for entry, pair in zip(entries, found, strict=True) if not pair]

    def cjk_glossed_items(self, entries: list[tuple[_Inline, int]], title: str | None,
                          first_line: int) -> list[tuple[_Inline, int]]:
        """Items of a vocabulary list glossed in Chinese, Japanese or Korean (_cjk_glossed:
        "die Wohnung, -en 公寓", "umziehen：搬家"), two or more of them in a list not labelled
        throughout: a labelled list of their own, each word asked from its gloss as a word
        glossed in English is. With no separator, or beside lines that are no word ("Lektion
        8 生词"), they were read as sentences and made no card. The labelled entries left
        are returned, to be read as before; a list labelled throughout is read as before.
        The others are read alone: beside the words they are no set ("[Lektion 8 生词];
        看课本第45页" was asked as one)."""
        # Which entries are examples, told once each: asked of the list of examples for each
        # entry, a long list was quadratic (code review 19, A3: 5,000 items, 6 s).
        sentence_pairs = [_cjk_translated_sentence(t.text) if not t.images else None
                          for t, _ in entries]
        if not any(pair and _plainly_foreign(pair[0]) for pair in sentence_pairs):
            # Notes in English with their Chinese beside ("A process is a program in
            # execution. 进程是执行中的程序。") learn the subject, not the language: their
            # terms are asked as any English note's are, never the sentence whole.
            sentence_pairs = [None] * len(entries)
        said = [_cjk_glossed(t.text) or pair if not t.images else None
                for (t, _), pair in zip(entries, sentence_pairs, strict=True)]
        example = [_translated_example(t.plain) and not found
                   for (t, _), found in zip(entries, said, strict=True)]
        if sum(example) >= 2:
            # "- Ich ziehe nächste Woche um. 我下周搬家。" / "- Der Schlüssel liegt …": each
            # sentence with its translation is a fact of its own, never one of a set asked
            # whole from the other ("[…]; Der Schlüssel liegt auf dem Tisch. 钥匙在桌子上。").
            for (text, line), is_example in zip(entries, example, strict=True):
                if is_example:
                    self.paragraph(_conjunction_marked(text), line)
            said = [found for found, is_example in zip(said, example, strict=True)
                    if not is_example]
            entries = [entry for entry, is_example in zip(entries, example, strict=True)
                       if not is_example]
        glossed = said
        # One sentence with its translation is enough: its shape (a sentence's end, then a
        # sentence in characters) is never Chinese prose opening on a name, as a word is.
        sentences = frozenset(line for found, (t, line) in zip(glossed, entries, strict=True)
                              if found and _cjk_translated_sentence(t.text) == found)
        if sum(map(bool, glossed)) < 2 and not sentences or \
                all(_labelled(t.text) for t, _ in entries):
            return entries
        self.labelled_list(title or self.section().title,
                           [(*found, line) for found, (_, line) in zip(glossed, entries,
                                                                      strict=True) if found],
                           first_line, terms=False, sentences=sentences)
        left = []
        for (text, line), found in zip(entries, glossed, strict=True):
            if found:
                continue
            if _labelled(text.text):
                left.append((text, line))
            else:
                self.paragraph(text, line)
        return left

    def field_items(self, entries: list[tuple[_Inline, int]], title: str | None
                    ) -> list[tuple[_Inline, int]]:
        """Items typed as Dataview fields, `Key:: value` ("Cardiac :: QT prolongation"
        under "Side effects of antipsychotics"): the key is a field name, as a table's
        column is, and the value is the fact, asked under the list's title: "Side effects
        of antipsychotics › Cardiac: [QT prolongation]". Hiding the key would ask for a
        word the other items could hold. The other items are returned, to be read as
        before; so is a field whose value is no answer (a common word, a formula, a long
        clause) or says its key."""
        whose = unmark(title or self.section().title)
        if not whose:
            return entries

        def as_field(text: _Inline) -> tuple[str, str] | None:
            found = _labelled(text.text) if text.field_mark and "**" not in text.text \
                and not text.images else None
            if not found:
                return None
            key, value = unmark(found[0]).strip(), unmark(found[1]).strip().rstrip(".")
            if ":" in key or _words(value) > MAX_STATED_WORDS or math_spans(value) \
                    or weak_answer(value) or giveaways(value, key):
                return None
            return key, value
        return self.take_fields(entries, whose, as_field)

    def parent_fields(self, entries: list[tuple[_Inline, int]]) -> list[tuple[_Inline, int]]:
        """Among the points under a parent (`- Radial nerve` / `  - Sensation over the back
        of the hand` / `  - Motor: extension of the wrist`), each `Label: value` point whose
        label the parent's siblings share: a field of the parent, its value asked, "Radial
        nerve › Motor: [extension of the wrist]", as when every point is labelled. The
        other points are returned, to be read as before."""
        parent, fields = unmark(self.attributes[0]), self.attributes[1]
        if is_generic_heading(parent) or _slug(parent) in _GENERIC_HEADINGS:
            return entries  # "- General" / "  - SE: …": whose field, it does not say

        def as_field(text: _Inline) -> tuple[str, str] | None:
            found = _labelled(text.text) if "**" not in text.text else None
            label = unmark(found[0]).strip() if found else ""
            if not found or slugify(label) not in fields or not _cues_a_value(label):
                return None
            return label, unmark(found[1])
        return self.take_fields(entries, parent, as_field)

    def heading_fields(self, entries: list[tuple[_Inline, int]], title: str | None
                       ) -> list[tuple[_Inline, int]]:
        """Items labelled with a field the lists under other headings share ("- **Side
        effects**: Hypokalaemia, gout" under "### Thiazide diuretics", and under each other
        drug's heading): the value asked under the heading, "Thiazide diuretics › Side
        effects: […]". Hiding the label would ask for a word every drug's list holds. The
        other items are returned, to be read as before."""
        whose = _LEADING_ENUMERATION.sub("", unmark(title or self.section().title)).strip()
        if not whose or is_generic_heading(whose) or _slug(whose) in _GENERIC_HEADINGS:
            return entries

        def as_field(text: _Inline, beside: bool = False) -> tuple[str, str] | None:
            found = _labelled(text.text)
            if not found:
                return None
            label, value = unmark(found[0]).strip(), unmark(found[1]).strip()
            # (Beside fields too, no label of a kind of text or of the course: "Digoxin ›
            # Lecture: [week 6, slide 14]", the second code re-read.)
            if (slugify(label) not in self.section_fields if not beside else
                    not label[:1].isupper() or len(label.split()) > _FIELD_WORDS
                    or slugify(label) in _NO_FIELDS or is_structural_label(label)) \
                    or "**" in found[1] \
                    or not _cues_a_value(label) or text.images or weak_answer(value) \
                    or math_spans(value) or giveaways(whose, value) or value.endswith("?"):
                # (Nor a value its heading says: "### Battle of Britain" / "Winner: Britain"
                # hid "Britain" in the heading too, "Battle of [...] › Winner: [...]"; nor a
                # question, "D: Che cosa fanno i ribosomi?", asked as an answer.)
                return None
            return label, value
        rest = self.take_fields(entries, whose, as_field)
        if len(entries) - len(rest) >= 2:
            # Beside two fields, a label said once is a field of the same subject too:
            # "Class: vitamin K antagonist" and "Normal INR: 2–3" among "Antidote: …" and
            # "Half-life: …" under "### Warfarin" ("[Class] — vitamin K antagonist" asked
            # the word, not the class).
            rest = self.take_fields(rest, whose, lambda text: as_field(text, beside=True))
        return rest

    def name_values(self, entries: list[tuple[_Inline, int]]) -> list[tuple[_Inline, int]]:
        """`Label — Name` items whose value is a proper name ("Theory of relativity —
        Einstein", "Discovered the electron — J.J. Thomson (1897)", "Atomic theory: John
        Dalton"): the name is the fact asked, "Theory of relativity — [...]". Hiding the
        label asked what Einstein is known for, one of many answers. The label says what
        was done or found (a word of it in lower case), not a name of its own ("Hubble —
        universe is expanding" is read as before). Lines under each other ask only the
        name; a list's labelled item keeps its label's card beside the name's, in one note
        (labelled_list asks the label, the mark the name). The entries are returned, the
        names marked."""
        # (Returned marked, not taken out: the list keeps its items, so what it is, a
        # glossary, a set of names, is judged on all of them as before.) Not in a list
        # nested in an item: "- Penicillin" / "  - discovered by accident — Alexander
        # Fleming" is a point of Penicillin, its card read with it (marked, it lost its
        # item and was joined to a sibling: the code re-read).
        if self.list_owner:
            return entries
        marked = []
        # (Judged on the whole list: one short line, "Ober-, Mittel und Unterlauf:
        # Flussabschnitte", says too little to tell its language.)
        if reads_as_german(" ".join(unmark(text.text) for text, _ in entries)):
            return entries
        for text, line in entries:
            found = _labelled(text.text) if "**" not in text.text and not text.images \
                else None
            named = _doer_named(*found) if found else None
            # (Not in German, whose nouns are capitalised: "kurzfristig: Konjunkturpolitik",
            # "Wenn Tiefenerosion stark ist: Schlucht" name no one, and are asked as before.)
            if named is None or (at := text.text.rfind(named["name"])) <= len(found[0]):
                marked.append((text, line))
                continue
            end = at + len(named["name"])
            marked.append((replace(text, text=f"{text.text[:at]}**{named['name']}**"
                                               f"{text.text[end:]}"), line))
        return marked

    def name_of_deed(self, label: str, rest: str) -> str | None:
        """`rest` with its person's name marked, where `label` says what was done or found
        in words of two or more ("discovered by accident") and `rest` is that name
        ("Alexander Fleming"); else None (name_values' test of one item)."""
        named = _doer_named(label, rest)
        value = unmark(rest).strip()
        if named is None or reads_as_german(f"{unmark(label)} {value}"):
            return None
        at = value.find(named["name"])
        return f"{value[:at]}**{named['name']}**{value[at + len(named['name']):]}"

    def formula_values(self, entries: list[tuple[_Inline, int]], title: str | None = None
                       ) -> list[tuple[_Inline, int]]:
        """A formula sheet's lines, a name and its formula ("Kinetic energy: $E_k = \\frac12
        mv^2$ [J]", "Frequency: $f = 1/T$ [Hz]"): the formula's right side
        asked under its name and symbol, "Kinetic energy \\(E_k\\) = […] [J]", as a line
        naming a formula in prose is (formula_side_after_lead). Hiding the name asked which
        quantity a formula is, the reverse of what a sheet is learnt for; with a unit after
        it or one word before it, the line made no card at all. Returned marked in place,
        the list keeping its shape (name_values); the other entries as they were. Under a
        title line of the list's own, "**Circle**" / "- Area: $A = \\pi r^2$", the title
        leads the name ("Circle › Area \\(A =\\) […]"): marked as statements, "Area" under
        Circle, Triangle and Trapezium showed one front, and all three were refused (the
        second code re-read)."""
        lead = f"{unmark(title).strip()} › " if title and slugify(unmark(title)) != \
            slugify(self.section().title) else ""
        marked = []
        for text, line in entries:
            found = _NAMED_FORMULA_LINE.fullmatch(text.text) \
                if text.text.count("**") in (0, 2) and not text.images else None
            name = found["name"].strip() if found else ""
            sides = _formula_sides(found["tex"].strip()) if found else None
            if sides is None or not _is_term(name) or _words(name) > MAX_LABEL_WORDS or \
                    _LEAD_WORD_AT_END.search(name) or is_structural_label(name) or \
                    _SETS_UP_A_FORMULA.match(name) or re.search(r"\d\.\d{3}", sides[1]):
                marked.append((text, line))
                continue
            left, right, tail, sign = sides
            if len(right.strip()) <= 2 and _words(name) < 2 or \
                    _WORDS_IN_TEX.sub("", left) == _WORDS_IN_TEX.sub("", right):
                # "Momentum: $p = mv$" ("Momentum […]" leaves one word to answer from) and
                # "Conservation: $\\sum p_\\text{before} = \\sum p_\\text{after}$" (each
                # side spells the other): read as before, the name asked.
                marked.append((text, line))
                continue
            shown = f" \\({tail}\\)" if tail else ""
            # (No colon after the name: a labelled item would hide the name as well.) A
            # side of one or two letters is too little to ask alone ("\\(F\\) = [ma]"):
            # the formula is asked whole from its name, "Newton's second law […]".
            # (The sign inside the left side's math: typed between them, "=" read as a
            # label's separator, and the name was hidden as well.)
            asked = f"**\\({found['tex'].strip()}\\)**" if len(right.strip()) <= 2 else \
                f"\\({left} {sign}\\) **\\({right}\\)**{shown}"
            stop = "." if text.text.rstrip().endswith(".") else ""
            marked.append((replace(text, text=f"{lead}{name} {asked}{found['unit']}{stop}"),
                           line))
        return marked

    def one_word_values(self, entries: list[tuple[_Inline, int]], title: str | None
                        ) -> list[tuple[_Inline, int]]:
        """`Label: value` items whose value is one lowercase word ("Red crow: erythromycin",
        "Paper jam: bacteriostatic", "Neomycin: oral"): hidden, the label would leave that
        one word to answer from (a card too thin to make), so the value is asked under the
        list's title with the label as its cue, "Macrolides › Red crow: [erythromycin]"."""
        whose = _LEADING_ENUMERATION.sub("", unmark(title or self.section().title)).strip()
        whose = _NUMBERING_ONLY.sub("", whose).strip()
        if not whose or whose == INTRODUCTION or is_generic_heading(whose) \
                or _slug(whose) in _GENERIC_HEADINGS:
            return entries

        def as_field(text: _Inline) -> tuple[str, str] | None:
            found = _labelled(text.text) if not text.images else None
            if not found:
                return None
            label, value = unmark(found[0]).strip(), unmark(found[1]).strip().rstrip(".")
            # A lowercase label ("heap: memory", "class: b1-selective") is a note to self,
            # not a cue the author set down to be answered from; a letter that names a kind
            # ("s orbitals: spherical", "t distribution: …") is written lowercase by rule.
            if "**" in found[1] or _words(value) != 1 or not value[:1].islower() \
                    or not (label[:1].isupper() or _LETTER_NAMED.match(label)) \
                    or not _cues_a_value(label) \
                    or weak_answer(value) or math_spans(value) or giveaways(value, label) \
                    or giveaways(value, whose):
                return None
            return label, value
        return self.take_fields(entries, whose, as_field)

    def formula_fields(self, entries: list[tuple[_Inline, int]], title: str | None
                       ) -> list[tuple[_Inline, int]]:
        """`Formula: $…$` items (_formula_field) under a heading naming what they are the
        formula of ("## Power" / "- Formula: $P = W/t$"): the formula asked under it,
        "Power › Formula: […]". Before, a formula was no field's value, and no card."""
        whose = self.heading_subject(title)
        if not whose:
            return entries
        return self.take_fields(entries, whose, lambda text: _formula_field(text.text) or (
            _small_formula_value(text.text)))

    def condition_values(self, entries: list[tuple[_Inline, int]], title: str | None
                         ) -> list[tuple[_Inline, int]]:
        """`Condition: outcome` items ("Wenn Tiefenerosion stark ist: Schlucht", "If vertical
        erosion is strong: gorge"): the outcome asked from its condition under the list's
        title, "Flussformen › Wenn Tiefenerosion stark ist: […]". Read as a label and its
        text, the card hid the whole condition ("[…] — Cañon") or a phrase of it ("If […]
        is weaker than lateral erosion: canyon"): junk either way."""
        whose = self.heading_subject(title)
        if not whose:
            return entries

        def as_field(text: _Inline) -> tuple[str, str] | None:
            # (Its own match: a condition is longer than a label _labelled reads.)
            found = _CONDITION_LABEL.fullmatch(shield_math(text.text)) \
                if "**" not in text.text and not text.images else None
            if not found:
                return None
            condition = text.text[:found.end("condition")].strip()
            value = text.text[found.start("outcome"):].strip().rstrip(".")
            if not value or _words(value) > MAX_CONDITION_OUTCOME_WORDS or \
                    weak_answer(value) or giveaways(value, condition):
                return None
            return condition, value
        return self.take_fields(entries, whose, as_field)

    def heading_subject(self, title: str | None) -> str | None:
        """What the lines under `title` (else its section's) are about: the formula a
        `Formula:` line gives, the set a condition's outcome belongs to."""
        whose = _LEADING_ENUMERATION.sub("", unmark(title or self.section().title)).strip()
        whose = _NUMBERING_ONLY.sub("", whose).strip()
        if not whose or whose == INTRODUCTION or is_generic_heading(whose) \
                or _slug(whose) in _GENERIC_HEADINGS:
            return None
        return whose

    def take_fields(self, entries: list[tuple[_Inline, int]], whose: str,
                    as_field: Callable[[_Inline], tuple[str, str] | None]
                    ) -> list[tuple[_Inline, int]]:
        """Each entry `as_field` reads as (label, value): a field of `whose`, its value asked,
        "whose › label: [value]". The other entries are returned, to be read as before."""
        rest_of, fields = [], []
        for text, line in entries:
            if (found := as_field(text)) is None:
                rest_of.append((text, line))
            else:
                fields.append((*found, line))
        said = Counter(slugify(label) for label, _, _ in fields)
        joined: dict[str, list[tuple[str, int]]] = {}
        for label, value, line in fields:
            if said[slugify(label)] == 1:
                self.field_fact(f"{whose} › {label}: **{value}**", line)
                continue
            # "Monitor — aPTT" and "Monitor — platelets" under one drug: two cards of one
            # front ("Heparin › Monitor: [...]") asking two answers were both refused; one
            # note asks each value beside the other.
            items = joined.setdefault(slugify(label), [])
            items.append((f"{whose} › {label}: **{value}**" if not items else f"**{value}**",
                          line))
        for items in joined.values():
            self.field_fact(_joined_fact(items))
        return rest_of

    def field_fact(self, text: str | Fact, line: int = 0) -> None:
        """A fact asking a field's value (`text` on `line`, or a fact made already)."""
        fact = text if isinstance(text, Fact) else Fact(Text(text, line))
        self.field_values.add(id(fact))
        self.section().facts.append(fact)

    def names_beside_explained(self, explained: list, entries: list[tuple[_Inline, int]]
                               ) -> list[tuple[str, int]] | None:
        """Every item's name, in order, as the items of one grouped note, when the item
        left unexplained (`entries`, one: two or more are a grouped note of their own) is a
        bare short name beside the names explained by a line nested under them
        (`explained`): two to MAX_GROUPED_ITEMS names in all, none marked, labelled, a
        sentence or a question. None otherwise: the items are read as before."""
        names = [(text, line) for text, _, line, _ in explained] + \
            [(t.text, line) for t, line in entries]
        if not 2 <= len(names) <= MAX_GROUPED_ITEMS:
            return None
        for text, _ in names:
            plain = unmark(text)
            if "**" in text or _labelled(text) or plain.endswith(("?", ":")) or \
                    _words(plain) > MAX_LABEL_WORDS or _is_sentence(plain) or \
                    not _is_term(plain) or self.definition_match(text) or math_spans(text):
                return None
        if any(t.images or t.navigation or t.task for t, _ in entries):
            return None
        # Only the bare name is asked: the explained ones are asked from their own lines, and
        # asked again here as one of the set ("Enzymes; […]; Hydrochloric acid" for "Bile",
        # a review: junk) they would be a member of a set with no cue besides the others.
        bare = {line for _, line in entries}
        return [(_item_cloze(text) if line in bare else unmark(text), line)
                for text, line in sorted(names, key=lambda n: n[1])]

    def explained(self, text: _Inline, nested: list[SyntaxTreeNode]
                  ) -> tuple[_Inline, tuple[int, ...]] | None:
        """The one plain sentence nested under a short item ("- Not specific" over "- Same
        cells respond to a range of pathogens"), with its line: the item names what the
        sentence explains, so the pair is a labelled item (or a question and its answer).
        None when the item has its own marks, label or definition, or its explanation does,
        since those make cards as they are."""
        if len(nested) != 1 or not text.plain:
            return None
        # "- Invasive sensors" over "- placed inside the body" and "- Example: pacemaker
        # lead": an example's point says what kind of text it is (without_examples), so the
        # one other point still explains the name, and the examples go on its back. Without
        # this the name's points were no card at all, or each hidden whole as a set.
        points = [p for p in nested[0].children if not _example_point(p)]
        examples = [p for p in nested[0].children if _example_point(p)]
        if not points and len(examples) == 1:
            points, examples = examples, []  # "- Natural monopoly" over "- e.g. water supply"
        if len(points) != 1:
            return None
        plain = unmark(text.text) if _wholly_marked(text.text) else text.text
        question = plain.endswith("?")
        # A step of an ordered list, or a long item, is no name to ask for.
        if not question and (nested[0].parent is not None and nested[0].parent.parent
                             is not None and nested[0].parent.parent.type == "ordered_list"
                             or _words(plain) > MAX_LABEL_WORDS):
            return None
        if "**" in plain or text.images or text.navigation or not self.names_a_point(plain):
            return None
        child = points[0]
        if any(c.type != "paragraph" for c in child.children) or len(child.children) != 1:
            return None
        explanation = self.inline(_inline_child(child.children[0]))
        if not self.explains(explanation):
            return None
        if examples:
            said = " ".join(self.inline(_inline_child(e.children[0])).text for e in examples)
            explanation = replace(explanation,
                                  text=f"{explanation.text.rstrip().rstrip('.;,')}. {said}")
        return explanation, (_line(child), *(_line(e) for e in examples))

    def described_by_points(self, text: _Inline, nested: list[SyntaxTreeNode],
                            shared_labels: set[str], repeated: frozenset[str] = frozenset()
                            ) -> tuple[str, tuple[int, ...], list[Fact],
                                       list[SyntaxTreeNode]] | None:
        """The plain points nested under a short name, joined into one clue, with their
        lines and the other points: "- Spacing effect" over "- Spreading practice over days
        beats cramming" and "- Helps long-term retention most". Each such point alone says
        no fact a card can ask (no mark, label, definition or shape of statements.py), and
        hidden whole it would be a clause behind a gap ("[Gave women the right to vote]"),
        so the name is what is asked, recalled from what its points say of it, as a table's
        row is. A "Label: value" point is an attribute of the name ("Carvedilol › SE:
        [dizziness …]", attribute_of); the other points (a marked word, a point with its
        own shape, a list below) are returned to be read as before. None unless the item names one
        thing (not "Other", "Causes of containment", "SE", a title ending in ':' or a
        question, a count, a year), its points share no field with its siblings' (a table
        typed as a list, read as one), and two to MAX_DESCRIBING_POINTS of them are plain,
        short enough to read on one front, none saying a word of the name; None too when
        a point is a short name (the points are a set, grouped as before) or a label whose
        value is no answer."""
        if len(nested) != 1 or _fields_below(nested, shared_labels):
            return None
        plain = unmark(text.text) if _wholly_marked(text.text) else text.text
        name = _BRACKETED.sub(" ", plain).strip()
        words = name.split()
        # "- D" over the fourth group of benefits, "- SE" over side effects: a letter or
        # two is a field or a list's mark, not a name to recall.
        if "**" in plain or text.images or text.navigation or text.task or not words or \
                sum(c.isalpha() for c in name) < 3 or plain.endswith("：") or \
                _words(plain) > MAX_LABEL_WORDS or not _is_term(name) or \
                not self.names_a_point(plain) or _names_nothing(plain) or \
                is_clause_item(plain) or _is_sentence(plain) or names_own_subject(plain) or \
                words[0].casefold() in _GENERIC_HEADINGS | _PARTS_OF_A_TOPIC | _NOT_DESCRIBED \
                or slugify(words[0]) in _GENERIC_HEADINGS | _PARTS_OF_A_TOPIC \
                or _NOT_ONE_NAME.search(name) or _DESCRIBED_YEAR.search(name) \
                or _COUNTED_NAME.match(name):
            return None
        points: list[str] = []
        lines: list[int] = []
        rest: list[SyntaxTreeNode] = []
        attributes: list[Fact] = []
        fielded = False  # a labelled point whose label the siblings' points share
        set_aside = False  # a plain point too long for the clue, or saying the name
        point_nodes: list[SyntaxTreeNode] = []  # the nodes of `points`
        shared_aside = False  # a plain point left off for saying a word of the name
        for point in nested[0].children:
            said = self.inline(_inline_child(point.children[0])) if len(point.children) == 1 \
                and point.children[0].type == "paragraph" else None
            if said is not None and (found := self.attribute_of((plain, ""), said)):
                attributes.append(Fact(Text(found, _line(point))))
                fielded = fielded or slugify(unmark(_labelled(said.text)[0])) in shared_labels
                continue
            if said is not None and _labelled(said.text):
                if not _shared_field(point, shared_labels):
                    return None  # "- CI: Asthma, COPD, …": read as before, not "[CI] — …"
                # "- people: durkheim" under "- functionalism", its siblings typed with
                # "people:" too: a field of the name read as the fields are (one word is
                # too little for attribute_of), not a reason to leave the name unasked.
                rest.append(point)
                fielded = True
                continue
            if said is not None and self.explains(said) and not said.navigation and \
                    not math_spans(said.text) and "**" not in said.text and \
                    not _shares_a_word(name, said.plain) and \
                    (_words(said.plain) > MAX_POINT_WORDS or said.plain.count(",") >= 3):
                # "- can manifest in various forms, such as political corruption, economic
                # decline, or …" beside "- can refer to a decline in social or moral
                # values" under "- decadence": too long for the clue, it is left off, and
                # the one plain point left still says what the name is (it made no card at
                # all while one point was asked for two). Not a point saying a word of the
                # name: "- Isreal wants more land" over "- Isreal starts off with a war …"
                # is a sentence's subject, no name its points describe (gate32).
                rest.append(point)
                set_aside = True
                continue
            if said is None or not self.explains(said) or said.navigation or \
                    math_spans(said.text) or _shares_a_word(name, said.plain) or \
                    _EXAMPLE_HEAD.match(said.plain) or points_back(said.plain) or \
                    _REMARK.match(said.plain) or states_own_fact(said.plain) or \
                    next(named_spans(said.plain), None) is not None or \
                    self.asks_own_gap(said.plain, name):
                rest.append(point)  # a card of its own, or a sentence read as one
                # A plain point that says a word of the name ("- often seen as having
                # greater power … over other actors" under "- principal actor") would give
                # it away on the front; the others still say what the name is.
                shared_aside = shared_aside or (
                    said is not None and "**" not in said.text and _shares_a_word(
                        name, said.plain) and not said.navigation and not math_spans(
                        said.text) and self.explains(said) and not states_own_fact(said.plain))
                continue
            if _label_words(said.plain) < 5 and not is_clause_item(said.plain):
                # "- Silent mutation", "- Apprehension": the points are a set of names,
                # asked as one (a grouped note), not a description of the item.
                return None
            points.append(said.text.rstrip(" ;,."))
            lines.append(_line(point))
            point_nodes.append(point)
        while len(points) > 1 and sum(_words(unmark(p)) for p in points) > MAX_POINTS_WORDS:
            # "- principal actor" over "- individual or group that holds a central or
            # dominant position in …" and two more points, too many words together for one
            # front: the first points say what the name is, the last are left for a card
            # of their own (held-out-7: the name made no card).
            points.pop()
            lines.pop()
            rest.append(point_nodes.pop())
            set_aside = True
        if shared_aside and points and point_nodes[0] is nested[0].children[0] and not (
                _FINITE_VERB.search(unmark(points[0])) or _is_sentence(unmark(points[0]))):
            # Only where the first point, a noun phrase, says what the name is ("individual
            # or group that holds …"): a last point left alone ("- Bulk transport … occurs by
            # exocytosis" under "- Passive diffusion", its siblings set aside) or a rule
            # ("plain form should be used …" under "relative clause + の") is no meaning.
            set_aside = True
        # "- Facial nerve" / "  - Taste to the anterior two thirds of the tongue" / "  -
        # Motor: Muscles of facial expression", its siblings typed with the same "Motor:":
        # the fields are asked as a table's cells are, and the one plain point left is what
        # sets this name apart from its siblings, its clue as a row's other cell is. Not a
        # point typed under a sibling too ("Also has alpha-1 blocking ability" under two
        # drugs): either name would fit its gap.
        least = 1 if (fielded or set_aside) and not (set(points) & repeated) else 2
        if not least <= len(points) <= MAX_DESCRIBING_POINTS or \
                sum(_words(unmark(p)) for p in points) > MAX_POINTS_WORDS:
            return None
        return "; ".join(points), tuple(lines), attributes, rest

    def asks_own_gap(self, text: str, title: str) -> bool:
        """Whether a point under `title` has a fragment's gap a card asks (fragment_gap).
        Not one naming several things ("Given for [performance anxiety and essential
        tremor]"): among its name's points it was refused (list_item_fault), and the point
        then took the name's card with it."""
        found = self.fragment_gap(text, title)
        return found is not None and list_item_fault(text[found[0]:found[1]],
                                                     clauses=False) is None

    def names_a_point(self, plain: str) -> bool:
        """Whether a short item's text may be the name a line under it explains."""
        return not (_labelled(plain) or self.definition_match(plain)
                    or plain.endswith((":", ",")) or math_spans(plain)
                    or (not plain.endswith("?") and _SUBORDINATE.search(plain)))

    def explained_below(self, head: str, below: str, line: int) -> _Inline | None:
        """The line typed under a short item after a hard break ("Long QT␣␣" / "QTc over
        500 ms"), as `explained` takes a nested point: a new sentence (capitalised), under
        a name of at most six words with no mark, label or definition of its own."""
        if _words(unmark(head)) > MAX_LABEL_WORDS or "**" in head or "**" in below or \
                not below[:1].isupper() or not self.names_a_point(head) or \
                head.endswith("?") or not self.explains(_Inline(below)):
            return None
        # "With other drugs for GA" / "Remifentanil is …", "Models not as refined as
        # adults": a circumstance or a clause names nothing; "This can be overcome …"
        # remarks on the line above rather than saying what it is.
        if _HEAD_PREPOSITION.match(head) or is_clause_item(head) or _NEGATED_HEAD.search(head) \
                or points_back(below):
            return None
        return _Inline(below)

    def explains(self, explanation: _Inline) -> bool:
        below = explanation.text
        return not (not explanation.plain or "**" in below or explanation.images
                    or explanation.task or explanation.navigation or _labelled(below)
                    or self.definition_match(below) or _PROMPT.search(explanation.plain)
                    or _words(explanation.plain) < 2 or _UNFINISHED.search(explanation.plain))

    def quiz(self, item: SyntaxTreeNode, own: list[_Inline], nested: list[SyntaxTreeNode]
             ) -> bool:
        """A multiple-choice question: "question — [the correct option]" when the answer is
        marked (✓, a ticked box, a bold option, "Answer: B"); no card when it is not."""
        if not own:
            return False
        if not nested and len(own) == 1 and self.inline_quiz(own[0], _line(item)):
            return True  # "1. Which organelle …? A) Ribosome B) … Answer: B", on one line
        raw = [line.strip() for child in item.children if child.type == "paragraph"
               for line in (_inline_child(child).content.split("\n"))]
        if not raw:
            return False  # an item of one display formula: no question
        first_line = _inline(SyntaxTreeNode(_PARSER.parseInline(raw[0])).children[0]).plain
        if not first_line.endswith(("?", ":", "…", "...", "？", "：")):
            return False  # ("The Porter's joke … refers to…" over its options is a question)
        options: list[tuple[str, str, bool]] = []  # (letter, text, marked)
        for child in nested:
            for index, option in enumerate(child.children):
                paragraph = next((c for c in option.children if c.type == "paragraph"), None)
                if paragraph is None:
                    continue
                shown = _inline(_inline_child(paragraph))
                if not (shown.task or _OPTION.match(unmark(shown.text))):
                    return False  # a list under a title, not lettered options or boxes
                options.append(_option(shown, index, shown.task == "done"))
        for line in raw[1:]:
            for part in _INLINE_OPTIONS.split(line):
                found = _OPTION.match(part.strip())
                if found:
                    shown = _inline(SyntaxTreeNode(_PARSER.parseInline(part.strip())).children[0])
                    options.append(_option(shown, len(options), False))
        if len(options) < 2:
            return False
        told = next((m["letter"] for line in raw for m in [_ANSWER.search(
            _inline(SyntaxTreeNode(_PARSER.parseInline(line)).children[0]).plain)] if m), None)
        correct = [o for o in options if o[2] or (told and o[0].casefold() == told.casefold())]
        return self.answer_quiz(first_line, correct, _line(item))

    def answer_quiz(self, question: str, correct: list[tuple[str, str, bool]],
                    line: int) -> bool:
        """"question — [the correct option]" where one option is the answer; else no card,
        and `check` says why. True: the quiz is read either way."""
        if len(correct) != 1:
            self.skip(line, "multiple-choice question", _NO_KEY_SKIPPED)
            return True
        self.question(_Inline(question), _Inline(correct[0][1]), line)
        return True

    def questions_answered(self, lines: list[tuple[_Inline, int]], count: int) -> bool:
        """Lines or items each a question and its answer after an arrow ("Who kills Duncan? →
        Macbeth"): "question — [answer]" each. Read one by one, some were asked as
        questions and others had a word of the question hidden ("Where is [...] →
        Inverness"). False, reading nothing, unless every one of the `count` is such."""
        found = [(_ARROW_ANSWER.fullmatch(text.plain.strip()), text, line)
                 for text, line in lines]
        if not found or len(found) != count or not all(
                match and not math_spans(text.plain) for match, text, _ in found):
            return False
        for match, _, line in found:
            self.question(_Inline(match["q"]), _Inline(match["a"].strip()), line)
        return True

    def inline_quiz(self, text: _Inline, line: int) -> bool:
        """A question over its options typed on one line ("MCQ from the mock: which process
        is rocks colliding …?" / "A) abrasion B) attrition ✔ C) hydraulic action D)
        solution"): "question — [the marked option]", or no card when none is marked. Each
        option was asked from the others ("A) [abrasion] B) attrition ✔ …"). False, reading
        nothing, for any other paragraph."""
        found = _QUESTION_OVER_OPTIONS.match(text.text.strip())
        if found is None:
            return False
        typed = found["options"].strip()
        key = _ANSWER_AFTER_OPTIONS.search(typed)
        if key is not None:
            typed = typed[:key.start()]
        parts = _OPTIONS_ON_A_LINE.split(typed)
        options = [_option(_inline(SyntaxTreeNode(_PARSER.parseInline(part)).children[0]),
                           index, False) for index, part in enumerate(parts)]
        if len(options) < 2 or [o[0].casefold() for o in options] != list("abcde"[:len(options)]):
            return False
        if key is not None:  # the key names the answer, whatever else is marked
            options = [(letter, option, letter.casefold() == key["letter"].casefold())
                       for letter, option, _ in options]
        question = _QUIZ_LABEL.sub("", unmark(found["question"]).strip())
        return self.answer_quiz(question, [o for o in options if o[2]], line)

    def options_under_question(self, items: list[SyntaxTreeNode], title: str | None) -> bool:
        """Lettered options ("- A. Crime is one of several causes of poverty.", "- **E. None
        of the above**") under their question: the line leading into the list, or the
        heading over it ("## … Which of These Can We Conclude?"). The marked option is the
        answer, "question — [option]"; the others are no facts. Read one by one, each
        wrong option was taught as true ("A. Crime is one of several causes of [poverty].",
        blind sample 2901). False, reading nothing, for any other list."""
        # (The heading's question only over a list right under it, not nested in another.)
        question = title if title and title.rstrip().endswith(("?", "？")) else \
            self.section().title if self.section().title.rstrip().endswith(("?", "？")) \
            and items and not _nested(items[0].parent) else None
        options = _lettered_options(items) if question else None
        if options is None:
            return False
        correct = [(text, line) for _, text, marked, line in options if marked]
        if not correct and all(_words(text) <= MAX_OPTION_WORDS for _, text, _, _ in options):
            # "- A. Adrenal cortex" / "- B. Thyroid" and no answer marked: options, no facts.
            for *_, line in options:
                self.skip(line, "multiple-choice option", "no single option is marked as the "
                          "answer (✓, [x], bold); an option is no fact")
            return True
        if len(correct) != 1:
            # "a) **Prokaryotic** cells lack a nucleus …" / "b) **Eukaryotic** cells …"
            # under "## What are the two main types of cells?": lettered points answering
            # the question together, none marked whole, read as before (the code review:
            # taken for options, all four were lost).
            return False
        if _ABOUT_THE_OTHERS.match(correct[0][0]):
            # "None of the above" says nothing without what is above it: the other options
            # are the question's (gate29-g4: "asks without showing the options").
            others = "; ".join(text.rstrip(".") for _, text, marked, _ in options if not marked)
            question = f"{question} ({others})"
        self.question(_Inline(question), _Inline(correct[0][0]), correct[0][1])
        for *_, marked, line in options:
            if not marked:
                self.skip(line, "multiple-choice option", "a wrong option is no fact")
        return True

    def named_in_clause(self, text: _Inline, title: str | None) -> tuple[int, int] | None:
        """The name an item too long to recall whole gives past its opening words ("Sends
        the "Long Telegram", describing …", statements.named_spans), as the gap of a
        sentence of its own: in a grouped list the item would be no gap at all
        (quality.list_item_fault). Not a name the article's title, the section's heading
        or the list's title says ("Truman" under "Truman's first years"): it is on every
        card of it. "Franco-Prussian War" in "The Early Cold War" says more than "war"."""
        # A shorter item that says what someone does ("Refuses to share atomic secrets with
        # the Soviets") is no gap of the group either (quality.is_clause_item).
        if (len(text.plain.split()) <= LIST_ITEM_WORDS and not is_clause_item(text.plain)) \
                or "**" in text.text:
            return None
        topic = {st for words in (self.article_title, self.section().title, title or "")
                 for _, _, st in content_words(words)}
        for start, end in named_spans(text.text):
            stems = {st for _, _, st in content_words(text.text[start:end])}
            if stems and not all(any(related(a, b) for b in topic) for a in stems):
                return start, end
        return None

    def names_beside_labels(self, entries: list[tuple[_Inline, int]], pairs,
                            title: str | None, ordered: bool) -> set[int]:
        """The lines of the bare names among labelled items, read as one note; none if the
        set is too long to show whole.

        "- Schizoaffective disorder" among "- Schizophrenia: > 6 months": a bare name of the
        same set, with nothing of its own to ask it from. Beside the set's other names, shown
        whole, it is one member to recall; the labelled names are its cue only, asked on
        their own cards. A set too long to show whole stays no card (card-quality.md §4e);
        a sentence among the items is no name of the set and stays out of it. Not in a
        numbered list (steps of a plan, "3. Papain/pepsin fragments table"), nor under an
        item whose siblings share its labels ("- Digoxin" over "- SE: …" / "- Toxicity"):
        those labels are fields of the item above, no names of a set. A name over a list of
        its own points is that list's title, no member of this set."""
        if ordered or self.attributes:
            return set()
        labels = {line: unmark(label).strip() for label, _, line in pairs}
        bare = {line for t, line in entries if line not in labels and _bare_name(t.text)
                and line not in self.over_lists}  # "- Toxicity" over its points: a heading
        if not bare or len(entries) > MAX_GROUPED_ITEMS:
            return set()
        with self.titled(title):
            self.section().facts.append(_joined_fact(
                [(_item_cloze(t.text) if line in bare else labels[line], line)
                 for t, line in entries if line in bare or line in labels]))
        return bare

    def without_examples(self, entries: list[tuple[_Inline, int]]):
        """`entries` without the items an example's label heads ("- contraejemplo: topología
        cofinita en los reales", "- Example: …"): the label says what kind of text the item
        is, an example of the point above, no member of a set beside its siblings.
        Hidden whole beside them, "[contraejemplo: …]; ejemplo: …" asked a learner to recite
        an example from the other (a blind review: junk); alone, it has no point to show."""
        kept = []
        for text, line in entries:
            head = _EXAMPLE_LABEL.match(text.plain)
            if head:
                self.skip(line, "list item", f'"{head["label"]}" says what kind of text the '
                          "item is, not what it is about; write it as a sentence that names "
                          "what it is an example of")
            else:
                kept.append((text, line))
        return kept

    def item_number(self, line: int, counted: int) -> int:
        """The number a numbered item was typed with ("4. Evaluate f …" in a list that
        starts at 4), else its place in the list: a step's number is part of what its card
        asks."""
        typed = re.match(r"\s*(\d{1,4})[.)]\s", self.lines[line - 1]) \
            if 0 < line <= len(self.lines) else None
        return int(typed.group(1)) if typed else counted

    def named_cases(self, entries: list[tuple[_Inline, int]], title: str | None,
                    ordered: bool) -> bool:
        """Two to eight items each naming a case by its value or range: one note asking
        each name beside the others. "Coefficient of Elasticity" over "1. Perfect
        Inelastic = 0", "2. Inelastic < 1", …, and "### Belastungsdauer" over
        "Kurzzeitausdauer (<35s)", "Mittelzeit-Ausdauer (35s - 8min)", …: read as
        calculations or a name and a number in brackets, no item made a card. Where every
        value is words ("Handeln = Begehen", "Nichtstun = Unterlassen"), the value is the
        term the plain name is given, and asked. Not a problem's quantities ("Mass = 5 kg"),
        a table of data ("Mean = 12", "Homework = 20"), nor settings ("DEBUG = True"): an
        equals sign with a number says no case (the re-read); an inequality or words do."""
        texts = [t for t, _ in entries]
        if not 2 <= len(texts) <= MAX_GROUPED_ITEMS or any(
                "**" in t.text or math_spans(t.text) or t.images for t in texts):
            return False
        lines = [" ".join(t.plain.split()) for t in texts]
        ranged = [_NAMED_RANGE.fullmatch(line) for line in lines]
        named = [_NAMED_VALUE.fullmatch(line) for line in lines]
        if all(ranged) and all(_BOUND.search(m["value"]) for m in ranged):
            items = [f"**{m['name'].strip()}** ({m['value'].strip()})" for m in ranged]
        elif all(named) and not self.worked_problems() and not any(
                _MEASURED.search(m["value"]) or _SETTING_NAME.search(m["name"])
                for m in named):
            words = all(not re.search(r"\d", m["value"]) and _words_of_letters(m["value"])
                        for m in named)
            if any(_DATA_NAME.fullmatch(m["name"].strip()) for m in named) or \
                    _DATA_TITLE.search(f"{title or ''} {self.section().title}"):
                return False
            items = [f"{m['name'].strip()} {m['relation']} **{m['value'].strip()}**" if words
                     else f"**{m['name'].strip()}** {m['relation']} {m['value'].strip()}"
                     for m in named]
        else:
            return False
        with self.titled(title):
            self.section().facts.append(_joined_fact(
                [(item, line) for item, (_, line) in zip(items, entries, strict=True)],
                ordered=ordered))
        return True

    def labelled_remark(self, label: str, rest: str, line: int) -> None:
        """A line whose label names no thing (_labels_no_thing), read as the sentence it is
        (where paragraph() skips what became of an exam's question, "Exam: came up in
        2022", given here with no label); but not an exam's date, nor a mnemonic, whose
        words say nothing to ask ("WEPT ([...], extrinsic, PT)", a session-39 probe)."""
        if label and exam_date(label, rest):
            self.skip(line, "exam date", _EXAM_DATE_SKIPPED)
        elif _MNEMONIC_LABEL.fullmatch(unmark(label).strip(" :")):
            self.skip(line, "mnemonic", _MNEMONIC_SKIPPED)
        else:
            self.paragraph(_Inline(rest), line)

    def set_of_items(self, entries: list[tuple[_Inline, int]], title: str | None,
                     ordered: bool = False) -> bool:
        """plain_list, the items' pictures (images_as_figures) going with the notes the list
        made: on the back of the set's note, in the section its title made. (A one-column
        table's pictures were dropped with no word before; the re-read.)"""
        sections, self.item_figures = len(self.sections), []
        if not self.plain_list(entries, title, ordered):
            return False
        made = [draft for draft in self.sections[sections:] if draft.facts] or [self.section()]
        made[0].figures.extend(self.item_figures)
        return True

    def images_as_figures(self, entries: list[tuple[_Inline, int]]
                          ) -> list[tuple[_Inline, int]]:
        """The items without their pictures, each picture a figure of the section."""
        reader, kept = self.builder.images, []
        for text, line in entries:
            for mark in text.images:
                if mark:  # ("" for a picture not found: named by the image reader)
                    caption = figures.figure_caption(reader.images[image_index(mark)])
                    self.item_figures.append(
                        Figure(mark, Text(caption, line) if caption else None, line))
            if text.images:
                text = replace(text, text=_without_images(text), images=[])
            kept.append((text, line))
        return kept

    def plain_list(self, entries: list[tuple[_Inline, int]], title: str | None,
                   ordered: bool = False) -> bool:
        """Unlabelled, unmarked items under a title ("Key features of TCP:"): 2 to 8 short
        items are one note with a cloze per item; in a longer list each short item is a
        note. Long items, and lists with marks or definitions of their own, are paragraphs."""
        # "- **Skin**", "- **Nose**": bold over whole items marks the list, not a phrase; so
        # does bold over one item's head among plain items ("**Ischemic heart disease**
        # (most common)", "Hypertension", …), which is the very gap a grouped item gets.
        if title and (lead := _COPULA_LEAD.match(" ".join(title.split()))) and all(
                (found := _TERM_ON_CONDITION.match(t.plain)) and "**" not in t.text and
                re.fullmatch(_IF_BY_COPULA.get(lead["copula"].casefold(),
                                               "if|when|whenever|iff"),
                             found["conjunction"], re.I)
                for t, _ in entries):
            # "A symmetric matrix $A$ is:" over "- Positive semi-definite (PSD) if for all
            # $x$ …": each item finishes the lead's sentence, a term and the condition that
            # makes the subject it, asked as the sentence is ("… is [positive
            # semi-definite (PSD)] if …"). Alone, no item named anything to ask.
            for text, line in entries:
                item = text.text  # ("Positive definite …" goes on the sentence in its case;
                # a German noun, an acronym or a name keeps its capital)
                if lead["copula"].casefold() not in ("ist", "sind") and item[1:2].islower():
                    item = item[0].lower() + item[1:]
                self.paragraph(replace(text, text=f"{lead['lead']} {item}"), line)
            return True
        mixed = any("**" not in t.text for t, _ in entries)
        entries = [(replace(t, text=unmark(t.text)) if _wholly_marked(t.text) or (
                        mixed and t.text == _item_cloze(unmark(t.text))
                        and _ITEM_TAIL.search(t.plain))
                    else t, line) for t, line in entries]
        texts = [t for t, _ in entries]
        if ordered and 2 <= len(texts) <= MAX_GROUPED_ITEMS and all(
                "**" in t.text and _words(t.plain) <= MAX_ITEM_WORDS for t in texts):
            # Steps in order, each with its marked word: one note, so every card shows the
            # other steps ("Client sends [SYN]" twice would be two cards with one front).
            with self.titled(title):
                self.section().facts.append(_joined_fact(
                    [(f"{n}. {t.text}", line) for n, (t, line) in enumerate(entries, 1)],
                    ordered=True))
            return True
        if all(t.navigation for t in texts):
            for _, line in entries:  # each item is a block the author may look up
                self.skip(line, "list of links", "links state no fact")
            return True
        names = [strip_emoji(unmark(name or "")).strip(" :：.")
                 for name in (title, self.section().title)]
        learning = [bool(_LEARN_ORDER.match(t.plain)) for t in texts]
        if any(_OBJECTIVES_TITLE_CJK.fullmatch(name) for name in names) or \
                any(_OBJECTIVES_TITLE.fullmatch(name) for name in names) and sum(
                bool(_PROMPT.search(t.plain) or is_order(t.plain)) or said
                for t, said in zip(texts, learning, strict=True)) * 2 >= len(texts) or \
                any(_OBJECTIVES_IF_LEARNING.fullmatch(name) for name in names) and all(learning):
            for _, line in entries:
                self.skip(line, "list item", "learning objectives say what the lecture "
                          "teaches, as orders; they state no fact of it")
            return True
        shortness = all(_words(t.plain) <= 8 and not _STATES_SOMETHING.search(t.plain)
                        for t, _ in entries)
        for pattern, says, only_short in _TOPIC_LISTS:
            # (Topics are short names: an item with a number, a colon or a sentence's end,
            # "The Bastille fell on 14 July 1789", states a fact under any heading; a
            # reading list's items are works, whatever their length.)
            if any(pattern.fullmatch(name) for name in names) and (shortness or not only_short):
                for _, line in entries:
                    self.skip(line, "list item", f"{says}; it states no fact of them")
                return True
        if self.named_cases(entries, title, ordered):
            return True
        if all(t.task for t in texts) and any(
                _TASKS_TITLE.fullmatch(strip_emoji(unmark(name or "")).strip(" :!！"))
                for name in (title, self.section().title)):
            # "## TODO" over "- [ ] rewatch lecture from 34:10 (crowding out graph)" and a
            # box with an image: things to do, however they are typed (below, an image sent
            # each item to be read alone, and "([crowding out] graph)" was asked).
            for _, line in entries:
                self.skip(line, "task list", "tasks are things to do, not facts")
            return True
        # "- problem: lags (recognition lag, …)" beside "- used in deep recessions": a line
        # labelled by the kind of point it makes is the sentence after its label, no member
        # of a set ("[problem: lags …]; used in deep recessions" hid it whole; the test audit).
        # (_labels_no_thing holds exam_date: an exam's date is skipped, not read.)
        pointed = {line: found for t, line in entries
                   if "**" not in t.text and (found := _labelled(t.text))
                   and _labels_no_thing(*found)}
        pointed |= {line: ("", t.plain) for t, line in entries if exam_history(t.plain)}
        if pointed:
            for line, found in pointed.items():
                self.labelled_remark(*found, line)
            entries = [(t, line) for t, line in entries if line not in pointed]
            if not entries:
                return True
            texts = [t for t, _ in entries]
        if any(t.images for t in texts) and not any(
                "**" in t.text or "=" in t.text or math_spans(t.text) or _labelled(t.text)
                or t.images and (not _words(_without_images(t)) or _without_images(t).rstrip(
                    " *_\"”").endswith((":", "："))) for t in texts):
            # "- chloroplast ![](chloroplast.png)" among "- nucleus", "- vacuole": the
            # picture shows the item, no word of it. Read on its own, every item of the
            # set made no card (a corpus-7 note's pasted images); it goes on the back of
            # the set's note, as a picture of its own line goes on its section's. (Not a
            # picture that is the whole item, nor one a line leads into, "… is estimated
            # as follows:" over a formula typed as an image: no fact without it.)
            entries = self.images_as_figures(entries)
            texts = [t for t, _ in entries]
        if any("**" in t.text or t.images or "=" in t.text or math_spans(t.text)
               for t in texts) or any(self.definition_match(t.text) for t in texts):
            return False  # marked, defining, or a calculation: each item is read on its own
        asked = sum(bool(_PROMPT.search(t.plain)) for t in texts)
        if asked == len(texts) or len(texts) >= 3 and asked * 3 >= len(texts) * 2 and all(
                _PROMPT.search(t.plain) or _QUESTION_OPENING.match(t.plain) for t in texts):
            # (Most of a list of questions, the rest typed without their "?": "Is the
            # emotion … realistic enough." among "Is the situation representative of real
            # life?" made "Is the situation representative of […]?" (blind sample: junk).)
            for _, line in entries:
                self.skip(line, "question", _UNANSWERED_SKIPPED)
            return True
        if all(t.task or _study_note(t.plain) for t in texts) or any(
                _TASKS_TITLE.fullmatch(strip_emoji(unmark(name or "")).strip(" :!！"))
                for name in (title, self.section().title)):
            for _, line in entries:
                self.skip(line, "task list", "tasks are things to do, not facts")
            return True
        # An item that states one thing in a plain shape ("A rise in rates leads to higher
        # repayments") is a sentence with its own small gap (statements.py), not a whole
        # item to recall among the others; the rest are read as before.
        # (Not its subject: a term a sentence names is the better gap, and generate.py
        # tries those first for an item read as a sentence.)
        # So is a fragment about the title ("Decreases AV nodal conduction"): fragment_gap.
        about = title or self.section().title
        entries = self.without_examples(entries)
        # A note to oneself among facts ("see lecture 4") is no member of their set. (No
        # item is marked here: a list with marks was read item by item above.)
        kept = []
        for t, line in entries:
            if not _study_note(t.plain):
                kept.append((t, line))
            else:
                self.skip(line, "task or property", "a note to yourself about studying (where "
                          "to look, what to revise or ask) states no fact of the subject")
        entries = kept
        if not entries:
            return True
        texts = [t for t, _ in entries]
        # So is a step and what it leads to ("Low blood glucose → glucagon release"): the
        # effect is the gap, not the whole item beside the others (statements.led_to_span).
        stating = [clean_statement_span(t.text, doer=False)
                   or self.fragment_gap(t.text, about, participle=False)
                   or led_to_span(t.text) for t in texts]
        # So is a terse item's year, dose, first-line drug, sign or step (terse_item_span:
        # "[positive] for normal goods"), though no name of the article for other sentences
        # to hide: "negative externality → [overproduction]" became "[negative] externality".
        terse = [not said and terse_item_span(t.text, about) for t, said in zip(
            texts, stating, strict=True)]
        stating = [said or found for said, found in zip(stating, terse, strict=True)]
        if ordered and _are_steps(texts) and 2 * sum(map(bool, stating)) < len(texts):
            # "1. Call for help  2. Lie the patient flat …  3. Give IM adrenaline …": steps
            # in order, each an instruction. Hidden one at a time beside the others, each
            # card asks what comes where in the procedure, which is what a protocol or a
            # method is learned for. Read one by one, an instruction names nothing to ask
            # (no card) or gives a stray gap ("raise the [legs]"), and grouped as names
            # each was refused as "a clause, not a name to recall". Where most steps
            # state a small fact of their own ("Give prednisolone [40 mg] orally"), those
            # are asked instead: a smaller answer.
            with self.titled(title):
                self.section().facts.append(_joined_fact(
                    [(f"{self.item_number(line, n)}. **{t.text.strip().rstrip('.;')}**", line)
                     for n, (t, line) in enumerate(entries, 1)], ordered=True, steps=True))
            return True
        rest = [(t, line) for (t, line), said in zip(entries, stating, strict=True) if not said]
        if any(stating):
            with self.titled(title):
                for (text, line), said, value in zip(entries, stating, terse, strict=True):
                    if said:  # that phrase is the gap, as if the author had marked it
                        self.section().facts.append(fact := Fact(Text(
                            self.with_subject(_marked(text.text, *said), about), line)))
                        if value:
                            self.field_values.add(id(fact))
            if not rest:
                return True
            entries, texts = rest, [t for t, _ in rest]
        # "- qSOFA ≥ 2: high risk", "- Altered mentation (GCS < 15)": a sign before a number
        # states a threshold, a claim, even where no card asks it (a score's bare number):
        # hidden whole beside the other items it was a claim behind a gap. Read on its own.
        thresholds = [_THRESHOLD.search(t.plain) is not None for t in texts]
        if any(thresholds):
            with self.titled(title):
                for (text, line), threshold in zip(entries, thresholds, strict=True):
                    if threshold and (said := _bracketed_threshold(text.text)):
                        # "Oliguria (urine output < 0.5 mL/kg/h)": the sign named, its
                        # threshold in the bracket the gap (an aside elsewhere, never asked).
                        self.section().facts.append(Fact(Text(_marked(text.text, *said),
                                                              line)))
                    elif threshold:
                        self.paragraph(text, line)
            entries = [e for e, threshold in zip(entries, thresholds, strict=True)
                       if not threshold]
            texts = [t for t, _ in entries]
            if not entries:
                return True
        # "- Carol Gilligan (1982): women and men think differently …" among plain points:
        # two or more items that name a thing and say what it is are labelled items.
        # So do items whose value is one word ("- Deutschland: Berlin", "- Spanien: Madrid"
        # beside "- Frankreich → Paris"): read as sentences, each left one word beside its
        # gap and made no card; labelled, the word is asked under its label (_terse_value).
        # (Not an acronym over the words it stands for, "GS: goodpastures syndrome", whose
        # card hid both, nor a label the list says again, "1. Phase: Idee" / "2. Phase:
        # Feld", a step's number, not its name.)
        # (An acronym of two to six capitals is the only label _spelled_out spells.)
        labels = [(found, line) for t, line in entries if (found := _labelled(t.text))]
        said = Counter(slugify(unmark(found[0])) for found, _ in labels)
        named = [(*found, line) for found, line in labels
                 if found[0][:1].isupper() and _is_term(unmark(found[0]))
                 and (_names_a_thing(*found) or _terse_value(*found)
                      and not re.fullmatch(r"[A-Z]{2,6}", unmark(found[0]).strip())
                      and said[slugify(unmark(found[0]))] == 1)]
        if len(named) >= 2:
            # "- tie: content of a particular relationship" among "- Embeddedness: …" and
            # "- Structural hole: …": typed in lower case, it is a term of the same glossary.
            # Alone, a lowercase label is a note to self ("heap: memory", "class: b1-
            # selective"), and "ex:" or "case study:" heads an example, no term.
            named = sorted(named + [
                (*found, line) for found, line in labels
                if found[0][:1].islower()
                and _is_term(label := unmark(found[0]).strip()) and _words(label) <= 3
                and _words(unmark(found[1])) >= 3 and _names_a_thing(*found)
                and not _EXAMPLE_HEAD.match(label) and not is_structural_label(label)
                and _slug(label) not in _GENERIC_HEADINGS], key=lambda n: n[2])
        if len(named) >= 2 and not _repeats_a_label([(label, rest) for label, rest, _ in named]):
            # The other items are claims beside those ("kids develop personality through
            # parent interactions"): sentences, not names to hide whole beside each other.
            # (Their values asked under the title only in a table typed as a list, three or
            # more: beside two, "Antidote: vitamin K" kept its label's card, its value's
            # left one word with no title to show; the code re-read.)
            self.labelled_list(title or self.section().title, named, entries[0][1], terms=False,
                               typed=sum(1 for label, rest, _ in named
                                         if _terse_value(label, rest)) >= MIN_TERSE_TABLE)
            kept = {line for _, _, line in named} | self.names_beside_labels(entries, named,
                                                                              title, ordered)
            with self.titled(title):
                for text, line in entries:
                    if line not in kept:
                        self.paragraph(text, line)
            return True
        # "* It happens in the chloroplasts." / "* The green pigment absorbs light.": items
        # that are whole sentences, hidden whole, leave their cards nothing to cue them; in a
        # list at least half of sentences each one is read as the sentence it is (its terms, its
        # one stated fact), under the list title. One full stop among names ("Attachment to
        # cytoskeleton and ECM.") is still a name.
        sentences = [_is_sentence(_item_head(t.text)) for t in texts]
        if sentences and 2 * sum(sentences) >= len(sentences):
            if len(sentences) - sum(sentences) < 2:  # one point left is no list: a sentence too
                sentences = [True] * len(sentences)
            with self.titled(title):
                for (text, line), sentence in zip(entries, sentences, strict=True):
                    if sentence:
                        self.paragraph(text, line)
            entries = [e for e, sentence in zip(entries, sentences, strict=True) if not sentence]
            texts = [t for t, _ in entries]
            if not entries:
                return True
        # "## Husk" (Danish "Remember") over "- Laktat måles igen efter 2-4 timer" and "- spørg
        # bagvagten om …": a heading naming a kind of note says no set; its items, hidden
        # whole beside each other, asked a learner to recite a reminder (§4e). Each is read
        # as the sentence it is, as a "Remember" list's English sentences are.
        if is_structural_label(kind := unmark(title or self.section().title)) or \
                _slug(kind) in _NOTE_KINDS_ABROAD:
            with self.titled(title):
                for text, line in entries:
                    self.paragraph(text, line)
            return True
        # A sentence in Chinese is long however few its spaces: read as a paragraph, as an
        # English one is ("中央银行通过[公开市场操作]来调节货币供给。").
        short = [len(t.plain.split()) <= MAX_ITEM_WORDS and not is_chinese_sentence(t.plain)
                 and not _chinese_clause_on_a_name(t.plain) for t in texts]
        with self.titled(title):
            named = [self.named_in_clause(t, title) for t in texts] \
                if 2 <= len(entries) <= MAX_GROUPED_ITEMS and all(short) else []
            if any(named) and len(entries) - sum(map(bool, named)) != 1:
                # Items too long to be a gap of the group that name a thing: sentences of
                # their own, that name their gap; the others are the group. So when every
                # item names one ("Soviets invade South Korea, …", "Truman gets approval …
                # from UN Security Council"): there is no group, and each hidden whole was
                # a clause behind a gap, refused. One item left over keeps the group.
                for (text, line), said in zip(entries, named, strict=True):
                    if said and _doer_unsaid(text.plain, self.section().shown or title or ""):
                        self.skip(line, "list item", "it says what someone does, and its "
                                  "heading names no one; write who does it")
                    elif said:
                        self.section().facts.append(Fact(Text(_marked(text.text, *said),
                                                              line)))
                entries = [e for e, said in zip(entries, named, strict=True) if not said]
                texts = [t for t, _ in entries]
                if not entries:
                    return True
            if 2 <= len(entries) <= MAX_GROUPED_ITEMS and all(short):
                with self.titled(None if title else self.article_set(entries[0][1])):
                    self.section().facts.append(_joined_fact(
                        [(_item_cloze(t.text), line) for t, line in entries], ordered))
                # "The 2 stages of photosynthesis are..." / "* The Calvin Cycle": each item is
                # a name of the article, which a sentence naming it may hide.
                self.terms.extend(name for t, _ in entries if (name := _item_name(t.text)))
                return True
            # "- Panic disorder" as one of fifteen names and nothing more: one name of a set
            # too long to show whole, behind a gap with nothing beside it, is any of the
            # others (card-quality.md §4e); nor does a bare name state a fact as a sentence.
            bare = len(entries) > MAX_GROUPED_ITEMS and all(
                _is_term(t.plain) and not _is_sentence(t.plain)
                and not _item_parts(t.text)[1].strip() for t in texts)
            for (text, line), is_short in zip(entries, short, strict=True):
                if bare:
                    self.skip(line, "list item", f"a bare name in a list of {len(entries)}: "
                              "nothing beside it to recall it from, and a list of more than "
                              f"{MAX_GROUPED_ITEMS} is too long to show whole; add what it "
                              "is ('Name: what it is') or split the list under titles")
                    continue
                cloze = text.text if _LABEL_IN_HEAD.search(shield_math(
                    _item_parts(text.text)[0])) else _item_cloze(text.text)
                dated = _ITEM_YEAR.search(text.text)
                if dated and not _words_of_letters(_item_parts(text.text)[1]):
                    # "Newcomen's atmospheric engine (1712)": hidden, the name would leave
                    # only its year to answer from; the year is the gap, the name its clue.
                    cloze = _marked(text.text, *dated.span(1))
                if is_short and not (cloze.startswith("**") and cloze.endswith("**")):
                    self.section().facts.append(Fact(Text(cloze, line)))
                else:  # hidden whole it would leave a front of nothing: read as a sentence
                    self.paragraph(text, line)
        return True

    @contextmanager
    def read_from(self, *blocks: SyntaxTreeNode | None):
        """Facts read inside record the lines of `blocks` as lines their text was read from
        (Fact.lines): a display formula joined to the sentence leading into it starts no
        note of its own, and a report (or benchmarks/real_notes.py) that looked only at
        the lead's line said the formula made no card."""
        facts = self.section().facts
        before = len(facts)
        yield
        lines = tuple(_line(b) for b in blocks if b is not None and b.map)
        if lines:
            facts[before:] = [replace(f, lines=tuple(sorted({*f.lines, *lines})))
                              for f in facts[before:]]

    @contextmanager
    def titled(self, title: str | None):
        """Content read inside gets `title` as its context: a section of its own, in the
        current one's topic. No title: the current section."""
        if not title:
            yield
            return
        outer = self.current
        parent = self.section()
        shown = unmark(title)
        if says_only_where_from(shown) and parent.title and parent.title != INTRODUCTION:
            # "Points from the lecture" under "Truman's first years": the heading says
            # whose points they are; the lead-in would leave each item without a subject.
            shown = parent.title
        elif ((len(shown.split()) <= 2
               or len(shown.split()) <= 4 and not _SAYS_WHOSE.search(shown)
               and not parent.title.rstrip().endswith(("?", "？"))
               and parent.title.casefold() not in self.article_title.casefold())
              and parent.title and parent.title != INTRODUCTION
              and len(f"{parent.title} {shown}".split()) <= 8  # a heading, not a sentence
              and " › " not in parent.title and not is_generic_heading(parent.title)
              and not is_generic_heading(shown)  # "Key points:" says no set: §4e, no card
              and not any(related(a, b) for _, _, a in content_words(shown)
                          for _, _, b in content_words(parent.title))):
            # "Threats:" under "## Biodiversity": threats to what, the heading says (three
            # reviews: "threats to what?"). The list's cards show both.
            shown = f"{parent.title} › {shown}"
        draft = _SectionDraft(unmark(title), self.section_ids.claim(
                                  f"{parent.id}-{_slug(title) or 'list'}"), parent.topic,
                              self.block_line, heading=parent.heading, shown=shown, cue=True)
        self.sections.append(draft)
        self.current = draft
        try:
            yield
        finally:
            self.current = outer if outer is not None else parent

    def scope_beside(self, word: str, line: int) -> bool:
        """Whether another line near `line`, under the same heading, opens on a scope with
        the same preposition: "for bidder: …" and "for seller: …" typed as paragraphs of
        their own, each read as a list of one."""
        for step in (-1, 1):
            at = line - 1 + step
            while 0 <= at < len(self.lines) and abs(at - line + 1) <= MAX_SCOPE_DISTANCE:
                typed = _ITEM_MARKER.sub("", self.lines[at].strip())
                if typed.startswith("#"):
                    break
                found = _labelled(typed)
                if found and _scope_word(unmark(found[0])) == word:
                    return True
                at += step
        return False

    def labelled_list(self, title: str, pairs, line: int, terms: bool = True,
                      sentences: frozenset[int] = frozenset(), typed: bool = False) -> None:
        """A labelled list; with `terms`, its labels are names other facts may hide. The
        labels of the items on the lines of `sentences` are sentences of a language, asked
        whole from their translation ("Das ist mein Bruder 这是我哥哥"): a verb in one is no
        claim made of a label ("Präfix ist betont: …"). With `typed` (a list's typed
        "Label: value" items, not a table's rows), a one-word value is asked under its
        label (_terse_value)."""
        section = self.section()
        title = unmark(title)
        list_id = self.container_ids.claim(slugify(title) or "list")
        items = []
        keys: set[str] = set()
        stub = LabelledList(list_id, title, "", ())
        pairs = list(pairs)
        german = reads_as_german(" ".join(f"{unmark(label)} {unmark(rest)}"
                                          for label, rest, *_ in pairs))
        labels = tuple(label for label, *_ in pairs)
        # A scope ("for bidder", "For \(n=2\)", "in C", "In renal failure") says where its
        # value holds, beside another scope on the same word; one alone ("In camera",
        # "At rest: 60–100 bpm") or naming a thing ("In vitro", "In the money") is read as
        # before (the code re-reads of session 36). A side ("pros", "Limitation") is asked
        # under its subject, unless, alone, its value says what it means ("a weakness in
        # …": a glossary's).
        scopes = Counter(_scope_word(unmark(label)) for label in labels)
        terse_values = sum(1 for label, rest, *_ in pairs
                           if _terse_value(label, rest)) if typed else 0
        sides = {slugify(unmark(label).strip(" :")) for label in labels} & _SIDE_LABELS
        # A course page's header ("Reading: ch. 2", "Module leader: Dr Jones", "Lecture:
        # offer and acceptance"): beside two lines that are plainly the course's, a line
        # under a course word is the course's too (alone, "Lecture: one teacher presents
        # to a large group" may be a term of teaching).
        course_page = sum(course_label(label, rest) for label, rest, *_ in pairs) >= 2
        for label, rest, item_line, *more in pairs:  # more: the explanation's lines
            if "[^" in label:
                # "- 45% red cells^[only seen when …]" over its explanation: the marker
                # showed in the label's gap ("[…][^inline-e79e1e2c]"). It moves to the end of
                # the text, where the footnote's words go on the back as any fact's do.
                markers = "".join(_FOOTNOTE_MARKER.findall(label))
                label = _FOOTNOTE_MARKER.sub("", label).rstrip()
                rest = f"{rest.rstrip()}{markers}"
            if len(unmark(label)) > MAX_NAME_CHARS and len(unmark(label).split()) > 50:
                # A table's first cell of 1,508 characters (a soldier's letter quoted beside
                # its analysis, held-out-6) was read as the row's name and refused the whole
                # file. A passage of many words is no name, whatever its marks: the row is
                # left out with its reason, and the rest of the file is read. (One "word" of
                # a thousand letters is still refused as a name, as in YAML.)
                self.skip(item_line, "table row or item", f"its first part is a passage of "
                          f"{len(unmark(label)):,} characters, too long to be the name of "
                          "its row; write the name first and the passage after it")
                continue
            if not self.fits(unmark(label), item_line, "label"):
                continue
            if _POINTER_LABEL.match(unmark(label)):
                # "See also: [[Asthma]] for pulmonary differential": a card hiding "See
                # also" asks nothing, and the page named is no fact of this one.
                self.skip(item_line, f'"{unmark(label)}" item', "it points to another note "
                          "and states no fact; write what the learner should know of it")
                continue
            if self.mode == "text" and self.list_owner and "**" not in rest and \
                    (named := self.name_of_deed(label, rest)):
                # "- Penicillin" / "  - discovered by accident — Alexander Fleming": who did
                # it is the point's fact, under its item ("Penicillin › discovered by
                # accident — [...]"). Hiding the claim asked what Fleming did by accident;
                # "mass-produced in the war — Howard Florey" was skipped as a claim (the
                # code re-read of session 39). (In a list of its own, name_values.)
                section.facts.append(Fact(Text(
                    f"{title} › {unmark(label).strip()} — {named}", item_line)))
                continue
            if item_line not in sentences and (_not_a_term_label(unmark(label), german)
                                               or then_and_now(unmark(label), unmark(rest))):
                # "Präfix ist betont: ANrufen, EINkaufen", "Im Satz: Präfix am Ende": hidden,
                # a claim or a place was asked from its examples (junk).
                self.skip(item_line, f'"{unmark(label)}" item', "its label is a claim or says "
                          "where, no term to ask from the rest; write the term as the label")
                continue
            if self.mode == "text" and "**" not in rest and (
                    (scope := _scope_word(unmark(label))) is not None
                    and (scopes[scope] >= 2 or self.scope_beside(scope, item_line))
                    and _words(unmark(rest)) <= MAX_ITEM_WORDS
                    or unmark(label).strip(" :").casefold() in _SIDE_LABELS
                    and (len(sides) >= 2 or not _A_MEANING.match(unmark(rest)))
                    and _words(unmark(rest)) <= 2 * MAX_ITEM_WORDS):
                # "- for bidder: difficult to decide how to behave" under "First-price
                # auction", "- For \(n=2\): \(d\neq-1\) or …": what holds under the condition
                # is asked beside it ("[for bidder] — …" asked the condition, junk).
                # (A side says whose it is: "R Markdown › pros: […]"; alone, "pros: […]" is
                # one word to answer from.)
                whose = f"{title} › " if unmark(label).strip(" :").casefold() in _SIDE_LABELS \
                    else ""
                with self.titled(None if whose or slugify(title) == slugify(section.title)
                                 else title):
                    self.section().facts.append(Fact(Text(
                        f"{whose}{unmark(label).strip()}: **{rest.strip().rstrip(';,')}**",
                        item_line), lines=tuple(more[0]) if more else ()))
                continue
            if self.mode == "text" and exam_date(label, rest):
                self.skip(item_line, "exam date", _EXAM_DATE_SKIPPED)
                continue
            if self.mode == "text" and (course_label(label, rest) or course_page and
                                        course_word(label) and "**" not in rest):
                self.skip(item_line, f'"{unmark(label)}" item', _COURSE_LINE_SKIPPED)
                continue
            if self.mode == "text" and _labels_no_thing(label, rest):
                # "sensei: it's a rule you set for yourself", "ex: MPC .8 → … = 2": the line
                # is read as the sentence it is, its label no name to ask.
                self.skip(item_line, f'"{unmark(label)}" item', "its label says what kind of "
                          "point the line is or who said it, no term to ask")
                # (Its text alone: "Trick from [Bunpro]: …" asked the label's name.)
                self.labelled_remark(label, rest, item_line)
                continue
            if self.mode == "text" and self.case_detail(unmark(label), rest, title, item_line):
                continue
            if self.mode == "text" and (thing := self.thing_of(title, label, rest)) \
                    and _slug(thing) == _slug(_bare_heading(section.title)):
                # "## ACE inhibitors" over "- MoA: block conversion of angiotensin I …", "- SE:
                # dry cough …": each label is a field of the drug the heading names, asked
                # "[SE] — dry cough …" (junk: any drug's line has one). Its value is asked
                # under the name and the field, as a name's own points are (attribute_of).
                if self.thing_field(thing, unmark(label), rest, item_line) != "name":
                    continue
                # Too long a value to recall ("Side effects: fatigue, cold peripheries,
                # bronchospasm in asthmatics"): the name is asked from it, as a table's row
                # name is from its cells.
                label, rest = thing, f"{unmark(label)}: {rest}"
            if self.mode == "text" and _attribute_label(label, rest, labels):
                if title == section.title and "**" not in rest and \
                        (thing := self.heading_term(_bare_heading(title))) and \
                        self.thing_field(thing, unmark(label).strip(), rest, item_line) != "name":
                    # "### The Ratification Campaign" / "- **Requirement**: Nine of thirteen
                    # states needed to ratify …": what the text is of the thing the heading
                    # names, asked under it ("The Ratification Campaign › Requirement: [...]"),
                    # as its "Purpose" and "Outcome" are (thing_of's fields).
                    continue
                # "Order: 1s 2s 2p 3s …" under "## Filling rules": "[Order]" asks a word.
                self.skip(item_line, f'"{unmark(label)}" item', "its label names what the "
                          "text is of the subject (order, size, location …), no term to ask")
                continue
            if self.mode == "text" and (value := self.short_value(label, rest)
                                        or typed and _terse_value(label, rest)):
                # "- Connectionless (UDP) sockets: `DatagramSocket`": hidden, the label
                # would leave one word to answer from; the value is asked under it.
                # A label of one word says what the value is of only with its list's title:
                # "Hauptstädte Europa › Deutschland: [...]" (alone, "Deutschland: [...]"
                # left one word on its card, and no card was made).
                # (Not an acronym the value spells: "FUL = Formula of Universal Law" gives
                # its value away, and its card would hide both, "… › [...]: [...]"; "USA:
                # Washington" among capitals is asked, the test audit of session 39.)
                # Only in a list of three such values or more, a table typed as a list
                # ("Spanien: Madrid", "Italien: Rom", …): "3. Phase: Feld" among steps with
                # points of their own is one of four phases, no value its title asks.
                shown = "" if slugify(title) == slugify(section.title) and (
                    _words(unmark(label)) >= 2 or title == INTRODUCTION
                    or is_generic_heading(title) or terse_values < MIN_TERSE_TABLE
                    or _spelled_out(unmark(label).strip(), unmark(value))) else f"{title} › "
                section.facts.append(Fact(Text(
                    f"{shown}{unmark(label)}: **{value}**", item_line)))
                continue
            if self.mode == "text" and (kind := _value_of_a_kind(unmark(label), unmark(rest))):
                # "[Vasopressor] — noradrenalin 1. valg" asked a kind word from its value.
                shown = "" if slugify(title) == slugify(section.title) else f"{title} › "
                section.facts.append(Fact(Text(
                    f"{shown}{unmark(label)}: {_marked(unmark(rest), *kind)}", item_line)))
                continue
            said = label_in_text(unmark(label), unmark(rest)) if terms else None
            if terms and not (said and said_as_another_word(unmark(label), unmark(rest), said)) \
                    and len(unmark(label).strip()) > 2:
                # (Nor a symbol, "n = principal quantum number": hidden in "number of nodes =
                # [n] − 1" it was a gap of one letter, weak; its own item still asks it.)
                # Not "Spending" over "… borrow and spend less": a label its text says only
                # as another word names what the text does, no term a sentence elsewhere
                # may hide ("higher consumer [spending]", judged filler: junk).
                self.terms.append(unmark(label))
            item = ListItem(unmark(label), Text(rest, item_line), None, item_line,
                            lines=tuple(more[0]) if more else ())
            if not slugify(item.label) or item_key(stub, item) in keys:
                # Labels that differ only in symbols ("\\(+\\)", "\\(-\\)"), or one label
                # repeated down a table's first column ("x", "x", …): the label spelled out
                # with the item's first words keeps their notes apart. A Markdown file is
                # never refused for a key it repeats; its author chose no key.
                spelled = slugify(f"{list_id} {_spell_symbols(item.label)} {first_words(rest, 3)}")
                item = replace(item, id=self.container_ids.claim(spelled))
            keys.add(item_key(stub, item))
            self.builder.claim(item_key(stub, item), item_line, "", f'item "{item.label}"')
            items.append(item)
        named = [c.name for c in self.concepts if term_pattern(c.name, c.forms).search(title)]
        section.lists.append(LabelledList(
            list_id, title, topic_slug(self.topic_for(title, section.topic)), tuple(items),
            named[0] if len(named) == 1 else None, line,
        ))

    @staticmethod
    def short_value(label: str, rest: str) -> str | None:
        """The value of a labelled item that cannot be its label's clue, to ask instead:
        the words an acronym label spells ("FUL = Formula of Universal Law"), or code alone
        ("Connectionless (UDP) sockets: `DatagramSocket`", no word to answer from). None
        for any other value ("Sulfonamides: Trimethoprim-sulfamethoxazole" asks its label,
        as before), and for code that is no answer (a number, a common word), marked, math
        or saying a word of the label. Words that say a word of the label ("**Digoxin
        immune Fab**: Digoxin toxicity", "**Dose calculations**: Weight-based dosing") are
        never asked here: the front would hold half of them (a review: "Digoxin immune Fab:
        [Digoxin toxicity]" weak, "Dose calculations: [Weight-based dosing]" junk, a
        label's restatement), so neither side is asked."""
        value = unmark(rest).strip().rstrip(".")
        words = value.split()
        if _spelled_out(unmark(label).strip(), value):
            # "FUL = Formula of Universal Law": the value's initials spell the label, which
            # hidden is no recall ("[FUL] — Formula of Universal Law"); the value is asked.
            return value
        code = _CODE_ONLY.fullmatch(rest.strip().rstrip("."))
        # Code saying a word of the label would be hidden with it ("Connection-oriented
        # (TCP) [sockets]: [`Socket`]"); a list of names is no one answer.
        if not words or len(words) > 2 or "**" in rest or "," in value or ":" in value or \
                any(c.isdigit() for c in label + value) or \
                math_spans(rest) or weak_answer(value) or _words_of_letters(value) < 1 or \
                not code or _shares_a_word(unmark(label), value):
            return None
        return value.strip("`")  # a fact's text shows no code span

    def table(self, table: _Table, title: str | None) -> None:
        if self.mode == "references":
            self.skip(table.line, "table", "a table among the references makes no card")
            return
        if _aspect_table(table):
            # "| Caractéristique | Description |" over "| **Religion** | Christianisme
            # orthodoxe |" under "### L'Empire byzantin": the rows are the section's
            # subject's aspects, and "[Religion] — Christianisme orthodoxe" asked a field's
            # name (blind sample 2903: junk). Each aspect's value is asked under it.
            whose = self.heading_subject(title)
            if whose and _TABLE_WORD.search(whose):
                whose = None  # "## Summary table": the heading names the table, no subject
            for row in table.rows:
                if len(row.cells) < 2 or not row.cells[0].plain or not row.cells[1].plain:
                    self.skip(row.line, "table row", "a row needs an aspect and its value")
                    continue
                aspect = unmark(row.cells[0].text).strip().rstrip(":")
                self.field_fact(f"{whose + ' › ' if whose else ''}{aspect}: "
                                f"**{unmark(row.cells[1].text).strip()}**", row.line)
            return
        if table.shape == "glossary":
            # Read before the text (collect_glossary), but for its abbreviations: "[…] —
            # Atrial fibrillation" spells "AF" and asked nothing (no card was made), so what
            # the letters stand for is asked, with the headers as labels for words enough.
            heads = [h.text.strip() for h in table.header]
            with self.titled(title):
                for row in table.rows:
                    if _abbreviation_row(row):
                        self.section().facts.append(Fact(Text(
                            f"{heads[0]}: {row.cells[0].text.strip()} — {heads[1]}: "
                            f"**{row.cells[1].text.strip()}**", row.line)))
            return
        if table.shape == "lists":
            for column, head in enumerate(table.header):
                pairs = [(*lab, row.line) for row in table.rows
                         if column < len(row.cells) and (lab := _labelled(row.cells[column].text))]
                if pairs:
                    self.labelled_list(head.plain or title or self.section().title, pairs,
                                       table.line)
            return
        if inputs := _truth_table(table):
            self.truth_rows(table, inputs, title)
            return
        if _grid_of_bits(table):
            # A Karnaugh map or an adjacency matrix: "| $\overline{A}$ | 0 | 0 | 1 | 0 |"
            # asked "\(B \cdot \overline{C}\): […]" under "\(\overline{A}\)", a 0
            # of a grid (blind sample 2828: junk). Its cells are read together or not at all.
            for row in table.rows:
                self.skip(row.line, "table row", "a grid of 0s and 1s: no cell of it is a "
                          "fact to recall alone")
            return
        if inputs := _sign_table(table):
            self.sign_rows(table, inputs, title)
            return
        if self.one_column_matrix(table, title):
            return
        if table.shape == "entity":
            self.entity_rows(table, title or self.section().title)
            return
        if table.shape == "list":
            entries = [(row.cells[0], row.line) for row in table.rows if row.cells]
            named = strip_emoji(table.header[0].plain) if table.header else ""
            if not self.set_of_items(entries, named or title, ordered=False):
                with self.titled(named or title):
                    for text, line in entries:
                        self.paragraph(text, line)
            return
        if table.shape == "sentences":
            with self.titled(title or self.section().title):
                for index, head in enumerate(table.header):
                    with self.titled(strip_emoji(head.plain)):
                        for row in table.rows:
                            if index < len(row.cells) and row.cells[index].text:
                                self.paragraph(row.cells[index], row.line)
            return
        if table.shape == "documents":
            with self.titled(table.header[1].plain.strip() or title):
                for row in table.rows:
                    if len(row.cells) > 1 and row.cells[1].plain.strip():
                        self.paragraph(row.cells[1], row.line)
                    else:
                        self.skip(row.line, "table row", "a document's number with nothing "
                                  "it says")
            return
        if table.shape == "questions":
            with self.titled(title):
                for row in table.rows:
                    self.question(row.cells[0], row.cells[1] if len(row.cells) > 1 else None,
                                  row.line)
            return
        if table.shape == "concepts":
            # Rows of parallel points, with no dimension to ask about: each row is a note
            # whose cards hide one concept's point and show the other's as the clue.
            with self.titled(title or self.section().title):
                for row in table.rows:
                    points = [(name, cell.plain) for name, cell in
                              zip(table.concepts, row.cells, strict=False) if cell.plain]
                    if len(points) < 2:
                        self.skip(row.line, "table row", "a point for each concept is needed")
                        continue
                    text = "; ".join(f"{name}: **{point}**" for name, point in points)
                    self.section().facts.append(Fact(Text(text, row.line)))
            return
        if table.shape == "wide":
            self.wide_rows(table, title or self.section().title)
            return
        if table.shape == "described":
            self.described_rows(table, title or self.section().title)
            return
        if table.shape != "comparison":
            self.skip(table.line, "table", table.why)
            return
        self.comparison(table, title or self.section().title)

    def one_column_matrix(self, table: _Table, title: str | None) -> bool:
        """A table of two columns with an empty corner and short values ("|  | Endung |"
        over "| wir | -en |"): the first column holds the dimensions, as in a wider matrix,
        and the one other column is what each is asked for, "wir — Endung: […]". Read as
        a thing and its attribute, the card hid the dimension ("[wir] — Endung: -en"), a
        pronoun or a word too short to ask from."""
        if len(table.header) != 2 or table.header[0].plain.strip() or \
                not (head := table.header[1].plain.strip()) or not table.rows:
            return False
        rows = [r for r in table.rows if len(r.cells) >= 2]
        if not rows or any(not r.cells[0].plain.strip() or not r.cells[1].plain.strip()
                           or _words(r.cells[1].plain) > MAX_MATRIX_VALUE_WORDS
                           or "**" in r.cells[1].text
                           # "| + Exports | 427.6 |": one year's figures, a table of data
                           or re.fullmatch(r"[-+−]?[\d.,\s%]+", r.cells[1].plain.strip())
                           for r in rows):
            return False
        with self.titled(title or self.section().title):
            for row in rows:
                self.section().facts.append(Fact(Text(
                    f"{row.cells[0].text.strip()} — {head}: **{row.cells[1].text.strip()}**",
                    row.line)))
        return True

    def truth_rows(self, table: _Table, inputs: int, title: str | None) -> None:
        """A note per row and computed column of a truth table (_truth_table), hiding the
        value: "When \\(p\\) = T, \\(q\\) = F, \\(p \\land q\\) is [false]". One
        note each, not one per row: two columns of the same value would be one gap."""
        heads = [h.text.strip() for h in table.header]
        plain = [_MATH_DELIMITERS.sub("", h.text.strip()).strip("$ ") for h in table.header]
        trivial = {i for i in range(inputs, len(heads)) if _PLAIN_CONNECTIVE.fullmatch(plain[i])}
        if trivial:
            self.skip(table.line, "truth table column", "what and, or, exclusive or and not "
                      "give is plain English, no fact to recall ("
                      + ", ".join(plain[i] for i in sorted(trivial)) + ")"
                      + ("; the other columns are asked"
                         if len(trivial) < len(heads) - inputs else ""))
        with self.titled(title):
            for row in table.rows:
                values = [_truth_value(c) for c in row.cells]
                # The given values as letters: said as words, they were hidden with the
                # answer's word ("p is [...] and q is [...]: p ∧ q is [...]"). A table in
                # 0 and 1 keeps its digits, the notation of its gates; the answer then says
                # both ("1 (true)"), a digit alone being no word to recall.
                binary = row.cells[0].plain.strip().strip("*") in ("0", "1")
                typed = [c.plain.strip().strip("*") for c in row.cells]
                when = ", ".join(f"{head} = {digit if binary else value[0].upper()}"
                                 for head, value, digit in
                                 zip(heads[:inputs], values[:inputs], typed, strict=False))
                for column, head, value, digit in zip(
                        range(inputs, len(heads)), heads[inputs:], values[inputs:],
                        typed[inputs:], strict=True):
                    if head and column not in trivial:
                        answer = f"{digit} ({value})" if binary else value
                        self.section().facts.append(
                            Fact(Text(f"When {when}, {head} is **{answer}**.", row.line)))

    def sign_rows(self, table: _Table, inputs: int, title: str | None) -> None:
        """A note per row and outcome column of a sign table (_sign_table), hiding the
        outcome: "\\(\\Delta H\\) \\(-\\), \\(\\Delta S\\) \\(+\\): Spontaneous? [Always]". The
        case is the clue; what follows from it is what a learner recalls."""
        heads = [h.text.strip() for h in table.header]
        with self.titled(title):
            for row in table.rows:
                case = ", ".join(f"{head} {cell.text.strip()}" for head, cell in
                                 zip(heads[:inputs], row.cells[:inputs], strict=True))
                for head, cell in zip(heads[inputs:], row.cells[inputs:], strict=True):
                    if not head or not cell.text.strip():
                        continue
                    said = head if head.endswith(("?", ":")) else f"{head}:"
                    self.section().facts.append(
                        Fact(Text(f"{case} — {said} **{cell.text.strip()}**", row.line)))

    def wide_rows(self, table: _Table, title: str) -> None:
        """A comparison of more concepts than a compare note holds (five classes of
        antibody side by side): a cloze note per row, each card hiding one concept's cell
        and showing the others', with the row's dimension on the front: "Half-life — IgG:
        […]; IgM: ≈5 days; …"."""
        with self.titled(title):
            for row in table.rows:
                dimension = row.cells[0].plain if row.cells else ""
                points = [(name, cell.plain) for name, cell in
                          zip(table.concepts, row.cells[1:], strict=False) if cell.plain]
                if not dimension or len(points) < 2:
                    self.skip(row.line, "table row", "a dimension and a cell for two "
                              "concepts or more are needed")
                    continue
                # "Secondary response" beside "… primary response": either would answer
                # the other, so one card would ask both; the first stays shown, a clue.
                shown = {i for i, (_, point) in enumerate(points) if any(
                    contrast_spans(point, other) for j, (_, other) in enumerate(points) if j != i)}
                text = "; ".join(f"{name}: {point}" if i in shown else f"{name}: **{point}**"
                                 for i, (name, point) in enumerate(points))
                self.section().facts.append(Fact(Text(f"{dimension} — {text}", row.line)))

    def described_rows(self, table: _Table, title: str) -> None:
        """Rows of dimensions under an empty corner, with a column of notes ("| |
        Complexity | Notes |" over "Time", "Space"): a cloze note per row asking its facts
        from the row's name, the notes shown: "Space — Complexity: […]; Notes: Edge list …".
        Read as a comparison, the columns were asked as concepts ("Complexity or Notes?");
        read as entities, "[Space]" was the answer."""
        heads = [h.plain for h in table.header]
        # A column of remarks ("Notes", "其它") is shown as a clue, not asked, beside a column
        # that says what the row is ("Complexity", "说明"): it holds asides, often long.
        asked = [i for i, head in enumerate(heads) if i and _slug(head) not in _REMARK_HEADERS]
        with self.titled(title):
            for row in table.rows:
                name = row.cells[0].plain.strip() if row.cells else ""
                points = [(i, heads[i] if i < len(heads) else "", cell.plain.strip())
                          for i, cell in enumerate(row.cells[1:], 1)
                          if cell.plain and not _EMPTY_CELL.match(cell.plain)]
                hidden = [i for i, _, _ in points if i in asked] or [i for i, _, _ in points]
                if not name or not points:
                    self.skip(row.line, "table row", "a row needs a name and something "
                              "about it")
                    continue
                text = "; ".join((f"{head}: " if head.strip() else "") +
                                 (f"**{point}**" if i in hidden else point)
                                 for i, head, point in points)
                self.section().facts.append(Fact(Text(f"{name} — {text}", row.line)))

    def entity_rows(self, table: _Table, title: str) -> None:
        """A note per row hiding the row's name: "Bisoprolol — Initial dose: 1.25 mg …".

        A first column of numbers ("Layer | Name | Function": 7, 6, 5 …) is no name to
        ask for: the first column of words, one different in each row, names the rows, and
        the numbers are one of their attributes."""
        heads = [h.plain for h in table.header]
        named = _name_column(table)
        # The hooks ("Hunting" for Huntington disease) are left out of the clue: each spells
        # the start of the name the card asks. After `first`, they are the second column.
        hooks = 1 if named and _hook_column(table) else None

        def first(values: list) -> list:  # the naming column first
            return [values[named], *values[:named], *values[named + 1:]] if named else values
        heads = first(heads)
        rows = [first(row.cells) if named < len(row.cells) else row.cells
                for row in table.rows]
        status = {i for i, head in enumerate(heads) if _STATUS_HEAD.fullmatch(head) and all(
            _status_cell(cells[i].plain) for cells in rows if i < len(cells))}
        pairs = []
        ditto: set[int] = set()  # lines of rows whose name is the row above's
        above = ""
        prose: list[tuple[_Inline, int]] = []  # rows under a label such as "**Premises:**"
        under_label = False
        for index, row in enumerate(table.rows):
            cells = first(row.cells) if named < len(row.cells) else row.cells
            name = cells[0].plain if cells else ""
            # A name with a colon heads rows of prose only where the row below it leaves its
            # first cell empty, or where it is a structural label: "| Osmosis: | water
            # across … |" down the column is a name in each row, its colon the author's.
            below = table.rows[index + 1].cells if index + 1 < len(table.rows) else []
            heads_rows = name.endswith(":") and (
                is_structural_label(name[:-1]) or bool(below) and not below[0].plain)
            if not named and (heads_rows or under_label and not name) and \
                    len([c for c in cells[1:] if c.plain]) == 1:
                # "| **Premises:** | Sleep is regulated by … |" and the rows below it with
                # an empty first cell: a label over rows of prose, no name to ask (a card
                # "[Premises:] — Sleep is …" asked the label). Each row is a sentence of the
                # section, read as a paragraph.
                under_label = True
                prose += [(c, row.line) for c in cells[1:] if c.plain]
                continue
            under_label = False
            if not named and cells and not name and above and any(c.plain for c in cells[1:]):
                # "||Vimentin|Connective tissue|Sarcoma|" under "|Intermediate filament|
                # Keratin|…|": Markdown has no merged cells, so an empty first cell is the
                # name above, and the row's own cells tell it from its siblings.
                cells = [_Inline(above), *cells[1:]]
                name = above
                ditto.add(row.line)
            # A label over rows of prose ("**Premises:**", then rows with an empty first
            # cell) is no name to carry down.
            above = name if name and not heads_rows else ""
            name = name.rstrip(":").rstrip() if name.endswith(":") else name
            attributes = [(heads[i] if i < len(heads) else "", c.text)
                          for i, c in enumerate(cells[1:], 1) if c.text and i != hooks
                          and i not in status and not _EMPTY_CELL.match(c.plain)]
            if not name or not attributes:
                self.skip(row.line, "table row", "a row needs a name and something about it")
                continue
            if (len(attributes) >= 2 or any(_STATISTIC_HEAD.search(h) for h, _ in attributes))\
                    and all(_NUMBERS_ONLY.match(unmark(value).strip()) and re.search(r"\d", value)
                            and not re.fullmatch(r"\d{1,5}", unmark(value).strip())
                            and not _RANGE.search(unmark(value))
                            and not _DATE.fullmatch(unmark(value).strip())
                            for _, value in attributes):
                # "| Subsidies on products | 2.4 |", "| M+ ∩ F- | 0.13 |": a row's numbers
                # alone do not tell which it is; "[…] — Current prices year 2019 (bil. lei):
                # 2.4" asked a line of a statistics table (blind sample 2828: junk). (A whole
                # number is often the row's own code: "Port: 22" asks SSH, "Layer: 7" the
                # application layer; nor a range a row is known by, "Essigsäure/Acetat —
                # pH-Bereich: 3,7 - 5,7", which a blind reviewer would keep.)
                self.skip(row.line, "table row", "its cells are numbers only, which do not "
                          "tell which row it is; a card asks a number from its row's name "
                          "where a row says more")
                continue
            named_heads = [(head, value) for head, value in attributes if head.strip()]
            if _PLACEHOLDER_ROW.fullmatch(unmark(name)) and named_heads and all(
                    re.fullmatch(rf"{re.escape(head.strip())}\s*\d+", unmark(value).strip(), re.I)
                    for head, value in named_heads):
                # "| Finding 1 | Result 1 | Explanation 1 |": a template's row left to fill.
                self.skip(row.line, "table row", "a template's placeholder row: each cell is "
                          "its column's name and a number, and states nothing yet")
                continue
            spelled = next((i for i, (head, value) in enumerate(attributes)
                            if _EXPANSION_HEAD.fullmatch(unmark(head).strip())), None)
            if spelled is not None and _ACRONYM_NAME.fullmatch(unmark(name).strip()):
                # "| EEG | electroencephalogram | brain |" under "Acronym | Full form | …":
                # the full form spells the acronym, so "[…] — Full form: electroencephalogram"
                # asked nothing (blind sample 2903: junk). The full form is asked instead,
                # from the acronym and the row's other cells.
                head, value = attributes[spelled]
                rest = "; ".join(f"{h}: {v}" if h else v
                                 for i, (h, v) in enumerate(attributes) if i != spelled)
                self.section().facts.append(Fact(Text(
                    f"{unmark(name)} — {head}: **{unmark(value)}**" + (f"; {rest}" if rest
                                                                      else ""), row.line)))
                continue
            # "| Number | Name |": a lone "7" beside the gap keeps its column ("Number: 7").
            if len(attributes) == 1 and len(heads) <= 2 and (
                    _words(attributes[0][1]) > 1 or not attributes[0][0]
                    or not any(c.isdigit() for c in attributes[0][1])):
                text = attributes[0][1]
            else:
                text = "; ".join(f"{h}: {v}" if h else v for h, v in attributes)
            pairs.append((name, text, row.line))
        # "| x | … |" down the first column (a ditto mark): a name that several rows share
        # names none of them, and a card hiding it would ask for the ditto mark.
        # Names are compared as typed (case and spacing aside): "\\(PED > 1\\)" and
        # "\\(PED < 1\\)" slug alike but are two names.
        typed = [fold_name(unmark(name)) for name, _, _ in pairs]
        names = Counter(t for t, (_, _, at) in zip(typed, pairs, strict=True) if at not in ditto)
        own_name = []
        for pair, as_typed in zip(pairs, typed, strict=True):
            if names[as_typed] > 1 and pair[2] not in ditto:
                self.skip(pair[2], "table row", f'the first cell "{pair[0]}" names more than '
                          "one row, so it names none of them")
            else:
                own_name.append(pair)
        if own_name and heads[0].strip() and all(
                _letter_name(name, heads[0]) for name, _, _ in own_name):
            own_name = self.letter_rows(own_name, heads, title)
        # Before term_rows, which asked a passage beside a "-" as the dash's meaning.
        if len(heads) == 2:
            own_name = self.passage_rows(own_name, heads, title)
        if len(heads) == 2 and all(h.strip() for h in heads):
            own_name = self.term_rows(own_name, heads, title)
        if own_name:
            self.labelled_list(title, own_name, table.line)
        if prose:
            with self.titled(title):
                for text, line in prose:
                    self.paragraph(text, line)

    def passage_rows(self, pairs: list[tuple[str, str, int]], heads: list[str], title: str
                     ) -> list[tuple[str, str, int]]:
        """Rows whose first cell is a passage and whose second says what it shows ("|
        Extrait des lettres | Difficultés rencontrées |" over a soldier's letter and "Manque
        de nourriture"): each asks the short cell from the passage. Hidden as the row's
        name, the passage was a card no learner could answer (a letter of 45 words, junk in
        sample 2626). The other rows are returned."""
        rest = []
        with self.titled(title):
            for name, other, line in pairs:
                if _words(unmark(name)) <= MAX_PASSAGE_NAME_WORDS:
                    rest.append((name, other, line))
                    continue
                if _PLACEHOLDER_CELL.match(unmark(other).strip()):
                    self.skip(line, "table row", "its first cell is a passage and its other "
                              "cell a dash, which says nothing of it; no card")
                    continue
                if _words(unmark(other)) > MAX_ITEM_WORDS:
                    # Both cells long: no short answer to ask, and the passage no name.
                    self.skip(line, "table row", "its first cell is a passage and its other "
                              "cell too long to recall from it; no card")
                    continue
                if _words(unmark(name)) > MAX_SHOWN_PASSAGE_WORDS:
                    self.skip(line, "table row", f"its first cell is a passage of "
                              f"{_words(unmark(name))} words, too long to read on a card's "
                              "front; no card")
                    continue
                # The author's marks inside the passage are not the row's answer. The
                # passage's header ("Extrait des lettres du 20 juin 1915") is left out: the
                # passage shows what it is, and a date in its header was asked instead.
                said = f"{heads[1]}: " if heads[1].strip() else ""
                self.section().facts.append(Fact(Text(
                    f"{unmark(name)} — {said}**{unmark(other)}**", line)))
        return rest

    def letter_rows(self, pairs: list[tuple[str, str, int]], heads: list[str], title: str
                    ) -> list[tuple[str, str, int]]:
        """Rows of an alphabet ("| Letter | Sounds like | Example |" over "| Н н | n in "no"
        | нет (no) |"): each asks its row's first cell after the letter, the letter shown:
        "Letter: Н н — Sounds like: [n in "no"]; Example: нет (no)". Hidden, a letter was
        too short to recall (an option letter, "a common word") and its example word, which
        opens on it, spelled it. Rows with nothing after the letter are returned."""
        rest = []
        with self.titled(title):
            for name, text, line in pairs:
                head, colon, after = text.partition(": ")
                if not colon or head not in heads:  # a two-column table: the text alone
                    head, after = heads[1] if len(heads) > 1 else "", text
                value, semi, more = after.partition("; ")
                if not value.strip() or "**" in value:
                    rest.append((name, text, line))
                    continue
                said = f"{head}: " if head else ""
                self.section().facts.append(Fact(Text(
                    f"{heads[0]}: {name} — {said}**{value}**{semi}{more}", line)))
        return rest

    def term_rows(self, pairs: list[tuple[str, str, int]], heads: list[str], title: str
                  ) -> list[tuple[str, str, int]]:
        """Rows of a two-column table of single terms ("| Ukrainian | English |", "| Symbol |
        Operation |"), each a cloze of its own with the column headers as labels: "English:
        Paleolithic — Ukrainian: [палеоліт]". Hidden as a labelled item, a row would leave
        one word to answer from. The cell hidden is the first (the term, as for any row's
        name), unless it is a symbol or code with no Latin letter ("`+`", "α"): then its
        meaning is asked. The rows left, whose second cell says more, are returned to be read
        as labelled items."""
        if not any(_words(unmark(other)) == 1 for _, other, _ in pairs) or any(
                other.startswith(f"{heads[1]}:") for _, other, _ in pairs):
            return pairs  # "[SSH] — Port: 22": the rows say enough as labelled items
        rest = []
        # "| Insert | O(n) |", "| Delete | O(n) |": a second cell several rows share asks for
        # none of their names; each row's own cell is asked instead.
        shared = Counter(fold_name(unmark(other)) for _, other, _ in pairs)
        with self.titled(title):
            for name, other, line in pairs:
                if _words(unmark(other)) > MAX_TERM_CELL_WORDS or "**" in other:
                    rest.append((name, other, line))
                    continue
                symbol = not re.search(r"[A-Za-z]", unmark(name)) and weak_answer(unmark(name))
                # "`+`", "α": no word to recall; what it stands for is. So for "AF", whose
                # letters "Atrial fibrillation" spells (spelled_by_initials).
                symbol = symbol or spelled_by_initials(unmark(name), unmark(other)) is not None
                if symbol or shared[fold_name(unmark(other))] > 1 and not weak_answer(other):
                    text = f"{heads[0]}: {name} — {heads[1]}: **{other}**"
                elif weak_answer(unmark(name)):  # "V": as before, a labelled item
                    rest.append((name, other, line))
                    continue
                else:
                    text = f"{heads[1]}: {other} — {heads[0]}: **{name}**"
                self.section().facts.append(Fact(Text(text, line)))
        return rest

    def question(self, question: _Inline, answer: _Inline | None, line: int,
                 also: tuple[int, ...] = ()) -> None:
        """A question with its answer: a card asking the question, the answer hidden.
        `also`: the answer's own lines, when it is written below the question."""
        if answer is None or not answer.plain:
            self.skip(line, "question", "a question with no answer makes no card")
            return
        text = f"{question.plain} — {_asked_answer(question.plain, answer.plain)}"
        self.section().facts.append(Fact(Text(text, line),
                                         parts=tuple((answer.plain, at) for at in also)))

    def comparison(self, table: _Table, title: str) -> None:
        section = self.section()
        title = unmark(title)
        comparison_id = self.container_ids.claim(slugify(title) or "table")
        stub = Comparison(comparison_id, title, "", (), (), "")
        rows = []
        row_keys: set[str] = set()
        for row in table.rows:
            dimension = row.cells[0].plain
            if not self.fits(dimension, row.line, "dimension"):
                continue
            if not dimension and table.shape != "concepts":
                self.skip(row.line, "table row", "the first cell names no dimension")
                continue
            cells = {name: Text(cell.text, row.line)
                     for name, cell in zip(table.concepts, row.cells[1:], strict=False)
                     if cell.text}
            missing = [n for n in table.concepts if n not in cells]
            if missing:
                self.skip(row.line, f'row "{dimension}"', f"no text for {', '.join(missing)}")
                continue
            result = ComparisonRow(dimension, cells, None, row.line)
            if not dimension:  # a row of parallel points is known by its first point
                first = slugify(first_words(row.cells[1].plain, 5)) or "row"
                result = ComparisonRow(dimension, cells, self.container_ids.claim(
                                           f"{comparison_id}-{first}"), row.line)
            if row_key(stub, result) in row_keys:
                # Dimensions that differ only in symbols ("\\(|PED| > 1\\)", "… < 1"):
                # the symbols spelled out keep their notes apart.
                spelled = self.container_ids.claim(
                    slugify(f"{comparison_id} {_spell_symbols(dimension)}"))
                result = ComparisonRow(dimension, cells, spelled, row.line)
            row_keys.add(row_key(stub, result))
            self.builder.claim(row_key(stub, result), row.line, "", f'dimension "{dimension}"')
            rows.append(result)
        if not rows:
            return  # every row was skipped, and each one is listed
        kind = "similarity" if _SIMILARITY.search(title) else "difference"
        section.comparisons.append(Comparison(
            comparison_id, title, kind, tuple(table.concepts), tuple(rows),
            topic_slug(self.topic_for(title, section.topic)), table.line,
        ))


def _outline_headings(root: SyntaxTreeNode) -> None:
    """An outliner's page (Logseq) types every block as a list item, its headings too ("- ##
    Qualities" over "  - perfect intervals: …"): a top-level list with such items is read as
    the page it shows, each heading a heading and the blocks nested under it lists of their
    own below it. Read as a list, every heading was skipped and its section lost."""
    if not any(block.type == "bullet_list" and any(
            item.children and item.children[0].type == "heading" for item in block.children)
            for block in root.children):
        return
    flat: list[SyntaxTreeNode] = []
    for block in root.children:
        if block.type != "bullet_list" or not any(
                item.children and item.children[0].type == "heading" for item in block.children):
            flat.append(block)
            continue
        run: list[SyntaxTreeNode] = []
        for item in [*block.children, None]:
            if item is not None and not (item.children and item.children[0].type == "heading"):
                run.append(item)
                continue
            if run:  # the plain blocks between two headings: a list of their own
                part = copy.copy(block)
                part._parent, part._children = root, run
                for member in run:
                    member._parent = part
                flat.append(part)
                run = []
            if item is not None:
                for child in item.children:
                    child._parent = root
                    flat.append(child)
                item._parent, item._children = None, []
    root._children = flat


def _untie(root: SyntaxTreeNode) -> None:
    """Unlink the syntax tree: each node points to its parent and its children, so with the
    cycle collector paused (cli.py) every article's tree would stay in memory to the end:
    about 2,000 objects an article, half a first build's peak at 2,000 articles."""
    # A stack, not root.walk(): its nested generators cost a step per level for each node.
    stack = [root]
    while stack:
        node = stack.pop()
        stack.extend(node._children)
        node._parent, node._children = None, []


def _nested(block: SyntaxTreeNode | None) -> bool:
    """Whether a list is nested in an item of another."""
    return block is not None and block.parent is not None and block.parent.type == "list_item"


def _alone_image(node: SyntaxTreeNode) -> bool:
    """An image token, an <img> tag or an Obsidian embed with nothing else in it."""
    if node.type == "image":
        return True
    if node.type == "html_inline":
        return bool(figures.IMG_TAG.fullmatch(node.content.strip()))
    return node.type == "text" and bool(figures.OBSIDIAN_EMBED.fullmatch(node.content.strip()))


# What a revision map's branches are named for when they are parts of its topic, not
# things of their own: the first word of "Other fronts", "Significance", "Reasons for
# failure", "Key events", or a Chinese branch's last: "历史意义" (its significance),
# "失败的原因" (the reasons it failed), "过程" (its course), "教训" (lessons). (Not the
# heading words of _names_no_topic: "Main sequence stars", "Working memory model",
# "Forming", "光合作用" name things; the code re-read.)
# The sides of a subject an item titles over its own points ("- Pros" / "  - no routine INR
# monitoring"), never a thing of the set beside them.
_SIDES_OF_A_POINT = _EVALUATION_TITLES | frozenset("""benefits drawbacks risks pros-and-cons
    advantages-and-disadvantages strengths-and-weaknesses""".split())
_OUTLINE_PARTS = frozenset("""other others significance consequences consequence causes
    effects background lessons course reasons results outcome outcomes impact aftermath
    legacy overview summary timeline context importance key-events key-people events
    aims""".split())
_CJK_TOPIC_PART = re.compile(r"(?:意义|意義|原因|过程|過程|经过|經過|教训|教訓|影响|影響|背景|"
                             r"结果|結果|局限|条件|條件|特点|特點)$")


def _topic_part(name: str) -> bool:
    """Whether an outline branch is named for a part of its topic ("Other fronts",
    "Significance", "Reasons for failure", "历史意义"), not for a thing of its own."""
    # (The part word alone, "other" before a noun, or a part "of"/"for" something: "Summary
    # offences", "Background radiation" name things; the second code re-read.)
    words = [_slug(word) for word in name.split()]
    return bool(words) and ("-".join(words) in _OUTLINE_PARTS
                            or words[0] in ("other", "others") and len(words) == 2
                            or words[0] in _OUTLINE_PARTS and len(words) > 2
                            and words[1] in ("of", "for", "from", "to")) \
        or bool(_CJK_TOPIC_PART.search(name))


# Words a sentence goes on with, never a line's first of its own: "Energy transferred
# $\Delta E = mc\Delta\theta$" / "is the energy needed to …" (the second code re-read).
_GOES_ON_WORD = re.compile(r"(?:is|are|was|were|which|where|when|and|or|but|with|that|so|"
                           r"because|of|to|in|for|by|as|than|then|whose|who)\b")


_FIELD_LINE = re.compile(r"[A-Z][\w'’ /()-]{0,30}:\s+\S")


def _fields_run_on(typed: list[str]) -> list[str]:
    """A paragraph's lines, a field's value wrapped onto the next line joined back onto its
    field's line ("Mechanism: blocks VKOR, so the liver cannot make" / "active clotting
    factors."), its own line left empty so each line keeps its index. Only in lines of
    two fields or more; there, cut at the wrap, the value ended "cannot make" and the
    paragraph was no lines of fields (_wrapped), one card asking a drug's name from it.
    Wrapped only where the field's line ends on a word that leads on ("make", "the",
    "of") or runs to a wrapping width: "Side effects: bleeding" over "no routine INR
    monitoring is needed" is a field and a fact (the re-read); a line that opens on a word
    going on ("and", "which") is wrapped too."""
    if sum(bool(_FIELD_LINE.match(line.strip())) for line in typed) < 2:
        return typed
    joined = list(typed)
    into = None  # the field line a wrapped line goes back onto
    for at, line in enumerate(typed):
        bare = line.strip()
        if _FIELD_LINE.match(bare):
            into = at
            continue
        before = joined[into].rstrip() if into is not None else ""
        if into is not None and bare[:1].islower() and line[:1] not in (" ", "\t") and \
                not before.endswith((".", "!", "?", ";", ":", ")", "]", "$")) and (
                    _LEADS_ON.search(before) or len(before) >= _WRAP_WIDTH
                    or _GOES_ON_WORD.match(bare)):
            # (Not a line indented under it, "  where T is the period of the wave": a point
            # of its own, test_guards38.) A value wrapped over three lines goes on.
            joined[into] = f"{before} {bare}"
            joined[at] = ""
            continue
        into = None
    return joined


# A line's last word that leads on to the next: an article, a preposition, a conjunction,
# a verb's helper or a verb waiting for its object ("… so the liver cannot make").
_LEADS_ON = re.compile(r"\b(?:the|a|an|of|to|in|on|for|with|and|or|but|by|from|as|at|into|"
                       r"that|which|who|is|are|was|were|be|can|cannot|could|will|would|may|"
                       r"might|must|should|make|makes|not|so|than|its|their|his|her|"
                       r"der|die|das|den|dem|des|ein|eine|einer|mit|für|und|oder|von|zu|"
                       r"le|la|les|de|du|au|aux|en|par|pour|un|une|et|ou|"
                       r"il|lo|gli|di|del|della|delle|dei|degli|nel|nella|con|per|che|e|"
                       r"el|los|las|por|para|que|y)\s*$", re.I)
# A field's line this long was wrapped by an editor, not ended by its writer ("Mechanism:
# irreversibly inhibits cyclooxygenase" / "enzymes in platelets …"; "Side effects: bleeding"
# over "no routine INR monitoring is needed" is a field and a fact).
_WRAP_WIDTH = 40


def _wrapped(typed: list[str]) -> bool:
    """Whether a paragraph's lines are prose wrapped at a width, a sentence running on from
    one line into the next ("… the product of the force and the" / "distance moved …"), not
    lines typed one by one (an indented line under another is a point of its own)."""
    return any(after[:1] not in (" ", "\t") and after.lstrip()[:1].islower()
               and (not before.rstrip().endswith((".", "!", "?", ":", ";", ")", "]", "$"))
                    or _GOES_ON_WORD.match(after.lstrip()) is not None)
               for before, after in zip(typed, typed[1:], strict=False))


# A name and its formula on one line (formula_values): "Kinetic energy: $E_k = …$ [J]",
# "Power $P = W/t$ [W]", "Ohm's law = $V = IR$"; a unit or a short gloss in brackets after.
_NAMED_FORMULA_LINE = re.compile(
    r"(?P<bold>\*\*)?(?P<name>[^\W\d_][^\\:：=*\n]{0,60}?)\s*(?(bold)\*\*)\s*"
    r"(?:[:：=—–]|\s-|->|→|=>)?\s*"
    r"\\\((?P<tex>(?:(?!\\[()]).)+)\\\)"
    r"(?P<unit>\s*(?:\[[^\[\]]{1,15}\]|\([^()]{1,20}\))?)\s*[.;]?")
# The words a formula's subscripts spell ("p_\\text{before}"): two sides the same but
# for them say one quantity twice.
_WORDS_IN_TEX = re.compile(r"\\(?:text|mathrm|textrm)\{[^{}]*\}|\s")
# A step of working, not a name: "Consider $f_1 = …$", "sia $f(a) = f(b)$" (Rolle's
# hypothesis), "Start by finding the derivative $V'(T) = -0.0002037 T^2 …$" (its fitted
# numbers, a worked value, are left out too).
_SETS_UP_A_FORMULA = re.compile(r"(?:consider|let|suppose|assume|take|start|given|we|then|so|"
                                r"hence|thus|therefore|if|when|where|now|here|with|for|sia|"
                                r"siano|soit|soient|sei|seien|sea|sean|seja|sejam|setze|"
                                r"dann|also|quindi|donc|entonces)\b", re.I)
# A name ending on a word that leads into its formula ("… is given by", "… equals"): a
# sentence, read by formula_side_after_lead.
_LEAD_WORD_AT_END = re.compile(r"\b(?:is|are|by|as|equals|gives|then|where|when|if|of|for|"
                               r"to|and|or|the|a|an)\s*$", re.I)


# A proper name as a label's value (name_values): a person's or a place's, its words
# capitalised or initials, with a particle ("van Leeuwenhoek"), two joined ("Watson &
# Crick"), and a year or a bracket after it ("(1897)", ", 1895").
_NAME_WORD = (r"(?:[A-Z][a-zà-ÿ'’-]+|[A-Z]\.(?:\s?[A-Z]\.)*|"
              r"(?:van|von|de|da|di|du|der|den)(?=\s+[A-Z]))")
_ONE_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}"
_NAME_VALUE = re.compile(rf"(?P<name>{_ONE_NAME}(?:\s*(?:&|and|und|et|e|y)\s+{_ONE_NAME})?)"
                         r"(?:\s*\([^()]*\)|,\s*(?:c\.\s*|ca\.\s*)?\d{4}s?)?\s*\.?")
# A label saying what was done or found has a word in lower case ("Discovered penicillin",
# "Theory of relativity"); a name ("Marie Curie", "NATO") has none. One word alone
# ("kurzfristig: Konjunkturpolitik", "Capital: Paris") is a label whose one-word value is
# asked under it already (md_labels._terse_value): name_values asks two words or more.
_DONE_OR_FOUND = re.compile(r"(?<![\w-])[a-zà-ÿ]{3,}")
# Who teaches and where: "Module leader: Dr Sarah Jones", "Room for lectures: Wolfson
# Hall" name the course's people and places, no fact of the subject (the code re-read).
_COURSE_ROLE = re.compile(r"\b(?:leader|tutor|lecturer|teacher|instructor|professor|prof|"
                          r"convenor|coordinator|contact|e-?mail|office|room|ta|assistant|"
                          r"module|seminar|lectures?|class|course|supervisor|examiner|reading|"
                          r"department|venue|set\s+text|revision|deadline|exams?|submission|"
                          r"handbook)\b", re.I)
# Capitalised values that are no names: answers of a field ("Yes", "None", "High").
_NOT_NAMES = frozenset("""yes no true false none high low positive negative both neither
    all some many few unknown varies""".split())
# A teacher's or a character's title before a name ("Dr Watson", "Mr Holmes"): one of the
# course words, but two of them name a story's people as often (term_lines).
_TITLED_NAME = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr)\b", re.I)
# A label that heads a caption, a step or a task, not a value of the subject: "Figure:",
# "Fig.", "Table", "Diagram", "Step", "Part", "Question", "Test", "Homework" (paragraph()'s
# bold "Label: value" lines).
_CAPTION_LABEL = re.compile(r"\W*(?:fig(?:ure)?|tab(?:le)?|diagram|image|img|chart|graph|photo|"
                            r"picture|step|part|stage|q|question|test|quiz|exam|homework|hw|"
                            r"task|exercise|problem|source|lecture|lesson|week|chapter|"
                            r"section|page)\b", re.I)
# A figure with a unit of measure ("0.5–2 ng/mL", "36–42 h", "7.35 %"), or a year
# ("Meiji Restoration: 1868"): a bold "Label: value" line's value to ask (paragraph()).
_MEASURE_WITH_UNIT = re.compile(r"\b(?:1[0-9]{3}|20[0-9]{2})\b|"
                                r"\d\s*(?:%|‰|°C?|(?:mg|g|kg|µg|mcg|ng|ml|mL|l|L|dl|dL|mmol|"
                       r"µmol|mol|mEq|IU|U|mmHg|kPa|Pa|bpm|h|hrs?|s|ms|min|m|cm|mm|km|J|kJ|W|kW|V|mV|A|"
                       r"Ω|Hz|kHz|M|nm|µm)(?:/\w+)?\b)")
# A bracket, and the words that say a line holds the notes of a class: what of a one-line
# header is about the course (term_lines). Out of brackets only: "Monopoly – a single seller
# with high barriers to entry (lecture 6 slides)" defines a term and cites its source (the
# second code re-read).
_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_NOTES_WORDS = re.compile(r"\b(?:apuntes|appunti|notizen|notas|mitschrift|notes\s+from|lecture\s+"
                          r"notes|class\s+notes|(?:tema|lezione|leçon|lección)\s+\d+)\b", re.I)
# How many one-word values make a list a table typed as a list, each value asked under the
# list's title ("Hauptstädte Europa › Deutschland: [...]": plain_list, labelled_list).
MIN_TERSE_TABLE = 3
# The most words a one-line course header under the title has (term_lines).
MAX_COURSE_LINE_WORDS = 20
# Labels said under every heading that head no value of its subject: a question and its
# answer ("Q:", "A:"), a text's kind ("Translation:", "Given:"), the course's material
# ("Reading:", "Slides:", "Lecture:"), a memory aid (collect_fields, and heading_fields
# beside two fields; the code re-read: "Osmosis › A: [...]" asked an answer whose question
# was on no card).
_NO_FIELDS = _KINDS_OF_TEXT | frozenset("""q a qs as question answer questions answers
    translation translations reading readings slides slide lecture lectures week weeks
    given find mnemonic mnemonics page pages pp chapter link links video videos status due
    homework exam exams source sources ans feedback target marks mark cues cue d r domanda
    risposta fonte traducción traduccion traduzione übersetzung traduction pregunta respuesta
    frage antwort""".split())
# A line of speech as a label's value: a sentence ended ("Un café con leche, por favor.",
# "So foul and fair a day I have not seen.") or a question or an exclamation opened
# ("¿Qué desea tomar?"). A label with such values under half its headings or more (two
# of twelve values may do) is a speaker in dialogues or scenes under each heading, no
# field (the second code re-read: each line was asked from the other speaker's); a field's
# value is a phrase ("Held: no duty of care was owed").
_UTTERANCE = re.compile(r"[.!?…]$|^[¿¡\"“«„]")
# Headings under which one label must stand, whatever its word, to be a field of each
# (collect_fields), and the most words such a label has: "Antidote", "Half-life", "Normal
# INR", not a sentence's opening. (collect_fields counts the words of the label's slug,
# "half-life" two; heading_fields, beside two fields, its words as typed, "Half-life" one.)
_FIELD_SECTIONS = 3
_FIELD_WORDS = 3
# A label as shorthand typed: one lower-case word, unmarked, that names what a point of an
# event or a thing holds ("reason", "motivo", "promessi", "esito"); a script without case
# ("电子获得的动能") types no shorthand this way (str.islower). Only these words: a term
# typed in lower case ("chlorophyll: green pigment …", "pepsina: …") is still a term, and
# "see:", "link:", "video:" lines point elsewhere (the code re-read).
_LOWER_FIELD = re.compile(
    r"reasons?|causes?|results?|outcomes?|effects?|consequences?|purpose|goals?|aims?|"
    r"significance|importance|impact|promised|winners?|losers?|leaders?|"
    r"motivo|motivi|causa|cause|esito|risultato|conseguenze?|scopo|obiettivo|promessi|"
    r"promesse|vincitori?|grund|gründe|ursache|folgen?|ergebnis|ziel|zweck|raison|"
    # (not "trigger", "terms", "but": a database's, a contract's, a conjunction; the second
    # code re-read)
    r"résultat|conséquences?|motivos?|resultado|consecuencias?|objetivo|reden|oorzaak|"
    r"gevolgen?|doel|przyczyn[ay]|skutki?|wynik")
# A reminder to oneself on a course header's line ("TODO: ripassare cartina …"): with the
# header's other lines about the course, the lines are no glossary of terms.
_TODO_LINE = re.compile(r"\s*(?:>\s*)?(?:TODO|FIXME|NB)\b")



def _level(heading: SyntaxTreeNode) -> int:
    return int(heading.tag[1:])  # h1 .. h6
