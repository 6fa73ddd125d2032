"""The Markdown reader's shared vocabulary: the word lists and patterns most rules read.

Headings the reader knows (references, glossary, links, generic parts of an article),
table headers (term, meaning, dimension, attribute, remark), box and callout kinds,
labels' separators, fragments with no subject, list items, examples, "What is …?"
headings, counted titles, code typed as text, licence lines; and the small text helpers
(`_slug`, `strip_emoji`, `_fragment_gap`, `_ItemNames`) the rules and the reader share.

Its own module because it is data and pure functions of text: no parser state, no reader
state. The rules by subject (md_course, md_definitions, md_formulas, md_glosses) are
built on it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from markdown_it.tree import SyntaxTreeNode

from deck_builder import months
from deck_builder.content import Fact, Text
from deck_builder.quality import (
    CONCEPT_WORD,
    GENERIC_HEADINGS_ABROAD,
    STOP_WORDS,
    is_generic_heading,
    weak_answer,
)
from deck_builder.readers.md_inline import _Inline, _inline_child, _words
from deck_builder.statements import (
    AUXILIARIES,
    ROMANCE_ARTICLE,
    says_what_it_does,
    states_of_its_subject,
)
from deck_builder.statements import MAX_WORDS as MAX_STATED_WORDS
from deck_builder.text import (
    ARROW,
    CJK_CHARS,
    YEAR_DIGITS,
    heading_slug,
    marks,
    math_spans,
    shield_math,
    unmark,
)

FRONT_MATTER_KEYS = {
    "id": False, "title": False, "deck": False, "concepts": False, "glossary": False,
    "references": False, "bibliography": False, "topics": False,
}
# Text before the first section heading: the lead of the article.
INTRODUCTION = "Introduction"

# Headings whose content is the reference list or the glossary, not sections of prose.
# (In the languages notes are written in: "## Bibliografía" over "Box, G., … John Wiley &
# Sons." asked "[John Wiley] & Sons", a gate's junk.)
_REFERENCE_HEADINGS = {"references", "reference-list", "bibliography", "works-cited", "sources",
                       "bibliografía", "bibliografia", "bibliographie", "literaturverzeichnis",
                       "quellenverzeichnis", "referencias", "referências", "références",
                       "referencias-bibliográficas", "referências-bibliográficas",
                       "références-bibliographiques", "riferimenti-bibliografici",
                       "literatuurlijst", "bibliografie", "библиография", "参考文献"}
_GLOSSARY_HEADINGS = {"glossary", "key-terms", "terms", "vocabulary"}
# Headings over lists of where to read or watch more: no card is made under them.
_LINK_HEADINGS = {"links", "useful-links", "external-links", "weblinks", "web-links", "videos",
                  "video-links", "see-also", "liens", "liens-utiles",
                  "enlaces", "collegamenti", "link-utili",
                  "weiterführende-links", "相关链接", "参考链接", "链接"}
# Headings over what to read next, linked or not: no card under them ("Pour aller plus loin"
# over "- Lagarde & Michard, XIXe siècle" asked the book's title).
_READING_HEADINGS = frozenset("""further-reading pour-aller-plus-loin lectures-complémentaires
    para-saber-más para-saber-mais weiterführende-literatur
    zum-weiterlesen additional-reading additional-resources further-resources extra-reading
    recommended-reading suggested-reading""".split())
# A cell of a two-column table this short is a term, not a sentence about the row's name.
MAX_TERM_CELL_WORDS = 3
# Column headers of a two-column "term | meaning" table.
_TERM_HEADERS = {"term", "terms", "concept", "word", "keyword", "key-term", "name", "acronym",
                 "abbreviation"}
_MEANING_HEADERS = {"meaning", "definition", "description", "explanation", "what-it-means",
                    "means"}
# The first column's header of a comparison: it lists dimensions, not things.
_DIMENSION_HEADERS = {"", "aspect", "aspects", "feature", "features", "dimension",
                      "dimensions", "criterion", "criteria", "characteristic", "characteristics",
                      "property", "properties", "factor", "factors", "point", "points",
                      "category", "basis", "basis-of-comparison", "comparison", "parameter",
                      "parameters", "attribute", "attributes", "difference", "differences",
                      "similarity", "similarities", "topic", "area", "key-differences"}
# Column headers that are attributes of the rows, never concepts to compare.
_ATTRIBUTE_HEADERS = {"strength", "strengths", "weakness", "weaknesses", "advantage",
                      "advantages", "disadvantage", "disadvantages", "pros", "cons", "example",
                      "examples", "description", "function", "definition", "effect", "effects",
                      "cause", "causes", "use", "uses", "evaluation", "limitation", "limitations"}
# Column headers of asides on the row ("Notes", "其它"): shown beside what is asked, never
# asked themselves (described_rows).
_REMARK_HEADERS = {"note", "notes", "remark", "remarks", "comment", "comments", "other",
                   "其它", "其他", "备注", "備註", "注意", "bemerkung", "bemerkungen", "anmerkung",
                   "anmerkungen", "remarque", "remarques", "nota", "notas", "observaciones",
                   "opmerking", "opmerkingen"}
# Column headers that say "what is said of the row" and nothing more ("| | Complexity |
# Notes |", "| Heart Sounds | 说明 | 其它 |"): never concepts to compare ("Complexity or
# Notes?", "-, 说明 or 其它?" were asked). Under an empty corner beside a column of short
# facts, the rows are dimensions (described_rows); else each row's name is asked
# (entity_table).
_NOTE_HEADERS = _REMARK_HEADERS | {
    "description", "explanation", "details", "说明", "說明", "特点", "特點", "解释", "解釋", "描述",
    "beschreibung", "erklarung", "erklärung", "explication", "spiegazione", "descrizione",
    "descripcion", "descripción", "explicacion", "explicación", "uitleg"}
# A leading column of row numbers ("#", "No.") is not a dimension.
_NUMBER_HEADERS = {"", "#", "no", "nr", "n", "number", "num"}
_ROW_NUMBER = re.compile(r"^\d+[.)]?$")
# A first cell of more words than this is a passage (a quotation, an example sentence), no
# name a learner could give back from the row's other cell.
MAX_PASSAGE_NAME_WORDS = 20
MAX_SHOWN_PASSAGE_WORDS = 150  # a card's front a learner reads before answering
# A template's row name ("Finding 1", "Test 2"): a word or two and a number, whose other
# cells each repeat their column's name with a number ("Result 1").
_PLACEHOLDER_ROW = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+)?\s*\d+")
# A figure's panel letter ("A" … "F") as a row's first cell, beside the row's name.
_ROW_LETTER = re.compile(r"^[A-Za-z][.)]?$")
# A header cell holding only a dash or a slash holds the place of a name it does not give.
_PLACEHOLDER_CELL = re.compile(r"^[-–—/]+$")
# An entity row's cell of two dashes or an em dash says nothing ("| A | Normal heart | -- |").
# (One "-" may be a sign: "| x | Result |" over "| - | stays the same |".)
_EMPTY_CELL = re.compile(r"^(?:-{2,}|—+)$")
# Fenced blocks in these languages are drawings, reported as diagrams.
_DIAGRAM_LANGUAGES = {"mermaid", "plantuml", "dot", "graphviz", "ditaa", "d2", "svgbob"}
_DIV_CLASS = re.compile(r"(?:^|\s)\.([A-Za-z][\w-]*)")
_DIV_TITLE = re.compile(r"""(?:^|\s)title=(?:"([^"]*)"|'([^']*)'|(\S+))""")
# Quarto's callout classes (`.callout-note`) and Pandoc's admonition classes: boxes with
# a title. Any other div (`.columns`, `.column`, `.panel-tabset`, `.incremental`) lays
# content out and adds no context.
_DIV_BOXES = {"note", "tip", "warning", "important", "caution", "danger", "info", "example",
              "definition", "def", "theorem", "lemma", "proof", "remark", "hint", "summary",
              "attention", "error", "seealso", "admonition", "question", "exercise"}
# Quarto's theorem and definition divs, known by their id's prefix, not a class: `::: {#thm-baire}`
# over "## Baire category theorem" and its statement. Read as layout, the heading inside
# headed every card after the div (mathdef21); they are boxes, the heading their title.
_QUARTO_THEOREM_ID = re.compile(r"(?:^|\s)#(?P<prefix>thm|lem|cor|prp|cnj|def|exm|exr|sol|rem)-")
_QUARTO_THEOREM_KINDS = {"thm": "theorem", "lem": "lemma", "cor": "theorem", "prp": "theorem",
                         "cnj": "theorem", "def": "definition", "exm": "example",
                         "exr": "exercise", "sol": "proof", "rem": "remark"}
# A box that argues for a result: its steps make no card, the result does (mathdef21).
_PROOF_BOXES = {"proof", "solution"}
# Why `check` says a proof (a box, a fold, a labelled paragraph or item) made no card.
_PROOF_SKIPPED = "its steps argue for a result stated on its own; the result is what to recall"
# Why a question with no answer makes no card (the reason of five readings).
_UNANSWERED_SKIPPED = "a question with no answer makes no card; write its answer as a sentence"
# Obsidian and GitHub callouts: `> [!note] Title`, `> [!definition]- Title` (folded).
_CALLOUT = re.compile(r"^\s*\[!(?P<kind>[\w-]+)\][+-]?\s*(?P<title>.*)$")
# GitHub's first form of them, still in many READMEs and study guides: "> **Note**" or
# "> **Warning**" alone on the quote's first line, the text below it. Read as "[!note]",
# the word was the first word of the card ("Note Starvation is possible with …").
_BOLD_CALLOUT = re.compile(r"^\s*\*\*(?P<kind>note|warning|important|tip|caution)\*\*\s*"
                           r"(?P<title>)$", re.I)
_DEFINITION_CALLOUTS = {"definition", "def", "defn", "term"}
# A box titled only by its kind, in the languages notes are written in: `!!! info
# "Définition"`, `> [!note] Definition`.
_DEFINITION_TITLE = re.compile(r"(?:definitions?|définitions?|definición|definiciones|"
                               r"definizione|definizioni|definição|definições|definitie|"
                               r"definicja|определение|tanım|定义|定義|정의|def\.?|defn\.?)\s*:?",
                               re.I)
# Questions for self-testing: their answer is a nested callout or nothing.
_QUESTION_CALLOUTS = {"question", "faq", "help", "quiz", "exercise"}
# A comparison table about what the concepts share, by its title.
_SIMILARITY = re.compile(r"\b(?:similar\w*|in common|alike|shared|share)\b", re.I)
# An unlabelled list item of at most this many words is hidden whole (its head, before a
# parenthesis or a dash); lists of up to MAX_GROUPED_ITEMS such items are one note.
MAX_ITEM_WORDS = 15
MAX_GROUPED_ITEMS = 8
# "**Definition:** …", "Definition - …", "Meaning: …" (an item or paragraph under its term).
# Where one sentence of a paragraph ends and the next begins.
_SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9)\"”][.!?])\s+(?=[A-Z])")
# What follows a colon typed with no space that still opens a label's text: a capital or a
# CJK character ("Recovery:The return …", "並發:微觀是順序執行"), never "12:30" or "http://".
_NO_SPACE_TEXT = rf"(?=[A-Z{CJK_CHARS}])"
# The separators a label is typed with, shared by the labelled items and the glossary lines
# below: a colon ("Term: ", "Extinction :- the fading …", "Recovery:The return …"), or a dash
# between spaces ("Term - ", "Term -- ", "Term — ").
_COLON_SEP = rf":(?:-?\s+|-|{_NO_SPACE_TEXT})"
_DASH_SEP = r"(?:--|[—–-])"
# What a line of a glossary typed without bullets opens with: "Term:", "Term -", "Term =",
# or ":".
_TERM_LINE = re.compile(rf"^(?::\s|[^:\n]{{1,80}}?(?:{_COLON_SEP}|\s(?:{_DASH_SEP}|=)\s))")
# A line of a timeline typed without bullets: a year or a date, then a separator and what
# happened ("1919 – treaty signed", "c. 1450: printing press", "28 June 1914 - Sarajevo").
# (A month by its name, in English: "Article 352 – National Emergency", "Port 443 – HTTPS"
# are a glossary's lines, each a name and its meaning, the code re-read.) Its name in French,
# German, Italian and Spanish too (the test audit: "14 juillet 1789 : …", "Juli 1914 –
# Julikrise" stayed one run-on fact), but abbreviated only in English ("Sept. 1939"), and no
# Portuguese or Dutch: this pattern has never read them, and reading them would be a change
# of what a timeline is, to check on the corpora, not a tidy of the lists.
_MONTH_WORDS = months.alternation(
    months.names(months.ENGLISH), months.abbreviations(months.ENGLISH),
    months.names(months.FRENCH, months.GERMAN, months.ITALIAN, months.SPANISH))
_MONTH = rf"(?i:{_MONTH_WORDS})\.?"
_DATED_LINE = re.compile(rf"^(?:c\.\s*)?(?:\d{{1,2}}\s+{_MONTH}\s+|{_MONTH}\s+(?:\d{{1,2}},?\s+)?)?"
                         r"(?:(?:AD\s+)?\d{3,4}s?|\d{1,4}\s*(?=BC|BCE|AD|CE))"
                         r"(?:\s*(?:BC|BCE|AD|CE)\b)?(?:\s*[-–—]\s*\d{2,4})?"
                         r"\s*(?::|\s[-–—]|[–—])\s*\S")
# An item that opens on what its subject does, the subject left out: a verb in -s or a past
# tense ("Executes laws.", "Gives State of the Union Address.", "Established a union …").
# A plural noun in -s matches too ("Arteries carry blood …"): _plural_subject tells it.
_DOING = re.compile(r"^[A-Z][a-z]+(?:[^su'’\W]s|[sxz]es|ches|shes|ed)\s+\S")
# Words such an opening may be that are no verb: adverbs, pronouns, plural nouns of a kind.
_NOT_DOINGS = frozenset("""always sometimes perhaps thus yes this its his hers ours yours
    theirs whereas was has does is as plus minus""".split())
# A sentence that leaves out its subject, the heading above ("Is a specialized tree …").
# (In the languages that drop a subject anyway: "## PPPoE" / "È il protocollo normalmente
# utilizzato per …", "## Mitose" / "É o processo …", and French or German before an
# indefinite article only ("Ist ein Enzym, das …"; "Ist die Temperatur zu hoch, …" is a
# condition), nor an impersonal opening, "È un errore comune pensare che …": _IMPERSONAL.)
_SUBJECTLESS = re.compile(r"^(?:(?:Is|Are|È|É|Es|Sono|Son|São)\s+(?:(?:a|an|the|"
                          r"il|lo|la|i|gli|le|un|uno|una|o|os|as|um|uma|el|los|las)\s+\w|"
                          r"(?:l|un)['’]\w)|(?:Ist|Sind|Est|Sont)\s+(?:ein|eine|einer|un|une|"
                          r"des)\s+\w)")
_IMPERSONAL = re.compile(r"^\S+\s+(?:(?:un|uno|una|um|uma|il|el|la|a|o)\s+)?"
                         r"(?:errore|fatto|hecho|fato|hora|ora|momento|"
                         r"bene|importante|necessari[oa]|necesari[oa]|necessári[oa]|possibile|"
                         r"posible|possível|vero|verdad|verdade|chiaro|claro|evidente|noto|"
                         r"sabido|sabid[oa]|utile|útil)\b", re.I)
# A notebook's cell marker (Jupytext, MyST): "+++" alone or with its cell's metadata.
_CELL_MARKER = re.compile(r"^\+\+\+(?:\s*\{.*\})?\s*$", re.S)
# A meaning typed with no term and no verb under the heading that names it ("#### Resolution"
# / "The timestep of the model and the horizontal and vertical scales resolved.", "# Local
# Anaesthesia" / "> Administration of anesthetic agents to a specific part of the body …"):
# a noun, then what it is of, for or between. The heading is the term it leaves out.
_MEANING_FRAGMENT = re.compile(
    r"^(?:(?:the|a|an)\s+)?[A-Za-z][a-z-]+(?:\s+[a-z-]+){0,2}\s+"
    r"(?:of|for|between|by\s+which|in\s+which|whereby|that|which|used\s+to)\s+\w")
# What makes a sentence a statement, not a fragment: a finite verb of being, having or a modal
# (statements.AUXILIARIES), or one that says what a thing is ("Includes the …").
_FINITE_VERB = re.compile(
    rf"\b(?:{'|'.join(sorted(AUXILIARIES))}|"
    r"be|been|do|isn['’]t|aren['’]t|means?|refers?|consists?|contains?|includes?)\b",
    re.I)
# Verbs of a subject that a line typed as a sentence has ("The supply of loanable funds comes
# from savings"): no fragment.
_VERB_OF_A_SUBJECT = re.compile(
    r"\b(?:comes?|goes|makes|takes|gives|leads|causes|results|arises|depends|occurs|happens|"
    r"allows|helps|uses|needs|requires|shows|becomes|remains|seems|appears|provides|produces|"
    r"moves|changes|increases|decreases|affects|lets|keeps|gets|stays|works|acts|forms|"
    r"holds|carries|controls|determines|describes|explains|measures|represents|reflects|"
    r"refers|exists|lies|grows|falls|rises)\b", re.I)
# Headings over such a fragment that name a side or a role, not a thing it defines ("Con" /
# "Requires lots of computer resources.", "Mechanism of Action" / "Block the binding of …").
_NOT_MEANING_HEADINGS = frozenset("""pro pros con cons advantage advantages disadvantage
    disadvantages strength strengths weakness weaknesses limitation limitations mechanism
    mechanism-of-action function functions role roles use uses definition meaning effect
    effects significance importance feature features characteristics structure treatment
    management diagnosis cause causes symptoms signs example examples note notes
    """.split())
# "Largest fleet of the age after 1795, …" under "## Navy": a superlative says what the thing
# was like (its own fact, asked by its year), not what it is. A number, likewise.
_SUPERLATIVE = re.compile(r"^(?:the\s+)?(?:(?!(?:inter|for|t|requ|harv|prot|cont|conqu|ch|n|w|r|"
                          r"cr|arr|dig|man|inv|gu|z|b|p|l|v)est\b)\w+est|most|least|best|"
                          r"worst|first|last|main|only)\b", re.I)
# A fragment opening on a preposition sets a time or a place for a clause ("Towards the end
# of the 8th century the nature of …"), no meaning.
_OPENING_PREPOSITIONS = frozenset("""towards toward in on at during after before from with
    under over for by since until about between among through within without despite
    following like unlike as""".split())
# The words that open such a fragment but no meaning: "The reason for …", "An example of …".
_NOT_MEANING_HEADS = frozenset("""reason reasons example examples summary overview list
    number part parts rest aim purpose goal idea point way ways use uses role roles
    history lack""".split())
# "Homologous series, the families in which …": a name, then what it is.
_APPOSITION = re.compile(r"^(?P<term>[A-Z][^,;:()]*?),\s+(?:the|a|an)\s+\w")
# "It requires …", "They have …": a sentence about what was just named.
_PRONOUN_LEAD = re.compile(r"^(?:It|They)\s+(?=[a-z])")
# "Relies on …", "Responds more slowly …": a verb of the third person with its subject left
# out, known by the little word after it (not "Proteins transport …", a plural noun).
_PREDICATE_LEAD = re.compile(r"^[A-Z][a-z]+(?<![su]s)s\s+(?:on|to|in|into|from|with|by|as|the|"
                             r"a|an|more|less|its|their|no|only|at|for|through|over)\b")
# (And Notion's toggle arrows, copied with the page's text: "▸ Heparin" over its body.)
_TYPED_BULLET = re.compile(r"^[•·▪‣◦●■▸▹▶►▾▿▼]\ufe0f?\s*")
# "- Runs between the clavicle and third rib" under "## Brachial plexus": a verb with no
# subject of its own, stating a fact about the heading or the item above. Only verbs that
# notes state facts with, so a plural noun ("Cells in the blood …") is never read as one;
# a participle ("Divided into", "Endorsed by") only before its preposition.
_FRAGMENT_VERBS = (
    r"runs|passes|lies|travels|flows|drains|supplies|innervates|connects|joins|links|"
    r"increases|decreases|reduces|raises|lowers|slows|speeds|improves|worsens|causes|"
    r"inhibits|blocks|prevents|promotes|stimulates|activates|suppresses|triggers|"
    r"converts|contains|produces|releases|secretes|requires|needs|provides|allows|enables|"
    r"uses|carries|transports|regulates|controls|binds|stores|absorbs|protects|destroys|"
    r"kills|detects|creates|forms|makes|sets|marks|acts|works|occurs|happens|takes|"
    r"depends|relies|consists|involves|includes|measures|affects|determines|focuses|"
    r"leads|results|belongs|refers|describes|explains|shows|states|argues|claims|"
    r"predicts|assumes|replaced|ended|began|begins|starts|emerged|originated|"
    r"separates|surrounds|covers|lines|holds|keeps|receives|sends|operates|functions|"
    r"responds|resists|breaks|builds|generates|maintains|limits|lacks|has")
_PARTICIPLE = (r"[A-Za-z]{2,}(?<!e)(?<!dr)ed|made|found|known|built|held|given|taken|seen|"
               r"shown|written|led|sent|kept|born|split|spread|drawn|driven|thrown|worn|"
               # an adjective and its preposition says the same of the title: "Specific to
               # the transported substance", "Soluble in water", "Sensitive to price change"
               r"specific|sensitive|insensitive|responsible|soluble|insoluble|resistant|"
               r"permeable|impermeable|essential|necessary|unique|susceptible|prone|common|"
               r"rare|abundant|rich|poor|dependent|independent|toxic|fatal|harmful|vital")
_GAP_PREPOSITION = (r"between|into|onto|on|to|in|from|with|by|as|at|for|through|over|across|"
                    r"along|around|within|against|towards?|via|of|up\s+of|under|after|before")
# The same verbs as a plural subject takes them ("- React with water" under "## Group 2
# metals"), read only under a heading that is plural: elsewhere they are instructions.
_PLURAL_VERBS = (
    r"run|pass|lie|travel|flow|drain|supply|connect|join|link|increase|decrease|reduce|"
    r"raise|lower|cause|inhibit|block|prevent|promote|stimulate|activate|suppress|trigger|"
    r"convert|contain|produce|release|secrete|require|provide|allow|enable|carry|"
    r"transport|regulate|control|bind|store|absorb|protect|destroy|kill|detect|create|"
    r"form|act|occur|depend|rely|consist|involve|include|affect|determine|lead|result|"
    r"belong|react|differentiate|proliferate|migrate|live|lack|resist|respond|surround")


def _fragment_pattern(verbs: str, little_word: bool = False) -> re.Pattern[str]:
    """An item opening on one of `verbs` (or a participle and its preposition), the
    complement after the verb and its preposition captured as `gap`. With `little_word`, a
    preposition or an article after the verb is required ("React with water", not "Lower
    extremity oedema", a noun)."""
    after = rf"(?=(?:{_GAP_PREPOSITION}|the|a|an|its|their)\s)" if little_word else ""
    return re.compile(
        rf"^(?:(?P<verb>{verbs})\s+{after}"
        rf"(?:(?P<prep>{_GAP_PREPOSITION})\s+)?"
        rf"|(?:{_PARTICIPLE})\s+(?:{_GAP_PREPOSITION})\s+)"
        r"(?:(?:the|a|an|its|their|his|her)\s+)?(?P<gap>[^,;:.!?()\[\]—–\ue000*=<>]+?)"
        r"\s*(?P<after>$|[.;]\s*$|[,;(—–]|\s-\s)", re.I)


_FRAGMENT = _fragment_pattern(_FRAGMENT_VERBS)
_PLURAL_FRAGMENT = _fragment_pattern(_PLURAL_VERBS, little_word=True)
# A title that is a clause, not a name to be the subject of the fragments under it.
_CLAUSE_TITLE = re.compile(r"^(?:where|what|how|why|when|which|who)\b|\b(?:is|are|was|were|"
                           r"do|does|did|can)\b", re.I)
_TAKES_INFINITIVE = frozenset("begins starts needs takes acts works".split())
# Where a fragment's complement ends and a clause of its own begins ("… antibodies to kill").
_GAP_END = re.compile(r"\s+(?:to|which|that|so|because|when|if|while|whereas|unless|but|"
                      r"and\s+(?:then|also|is|are|was|were|has|have)|rather|instead)\b.*$",
                      re.I | re.S)
_GAP_LIST_GOES_ON = re.compile(r"^,\s*[\w'’-]+(?:\s+[\w'’-]+)?\s*(?:,|and\b|or\b)")
# A definition list (Pandoc, PHP Markdown Extra, MkDocs def_list): "Term" over ": meaning".
_DEFINITION_LIST = re.compile(r"^[^\n:]+\n:\s+\S")
# ("Concept:" under "### Separation of Powers" says what the heading is, as "Definition:"
# does; asked as a label, "[Concept] — Distributes powers …", blind sample 3202: junk.)
_DEFINITION_LABEL = re.compile(r"^(?:\*\*)?\s*(?:definition|defn?|meaning|(?:key\s+)?concept|"
                               r"concepto|concetto|konzept)\s*(?:\*\*)?\s*"
                               r"[:—–-]\s*(?:\*\*)?\s*(?P<rest>\S.*)$", re.I | re.S)
# A "Concept:" label over what the heading's term is: read as "Definition:" is, never as a
# term of its own (a word, "**concept**", in a sentence is asked as any term is).
_BOLD_FIELD_INSIDE = re.compile(r"\*\*[^*\n]{1,40}?(?::\*\*|\*\*\s*:)")
_CONCEPT_LABEL = re.compile(rf"{CONCEPT_WORD.pattern}\s*:?", re.I)
# "Metallic Bonding [TEST]", "Osmosis (revise)": a tag after a heading is not its name.
_TITLE_TAG = re.compile(r"\s*[\[(][^\])]*[\])]\s*$")
# "### What is a subnet mask?", "## What does PED mean?": a heading that asks what a name
# is names it, as "### Subnet mask" would.
_WHAT_IS = re.compile(
    r"^what\s+(?:is|are)\s+meant\s+by\s+(?:(?:a|an|the)\s+)?(?P<meant_by>[^?]+?)\s*\?$|"
    r"^(?:what|who)(?:\s+(?:is|are|was|were)|\s*['’]s)\s+(?:(?:a|an|the)\s+)?(?P<term>[^?]+?)"
    r"\s*\?$|^what\s+(?:does|do)\s+(?:(?:a|an|the)\s+)?(?P<meant>[^?]+?)\s+"
    r"(?:mean|stand\s+for)\s*\?$", re.I)
# What a "What is …?" question asks that is no name: a property of a thing ("What is the SI
# unit of force?", "What is the function of the liver?"), a use ("What is Docker used
# for?"), a plural's members ("What are the symptoms of asthma?"), the one that ranks
# first ("Who was the first Roman emperor?"): asked as names, the answer stood on the
# front ("[SI unit of force] — The newton", the code re-read).
_NOT_A_NAME_ASKED = re.compile(r"\b(?:of|for|by|in|on|to|with|about|from|at|used|meant|covered|"
                               r"expected|needed|required|called|made|done|first|second|third|"
                               r"last|main|largest|biggest|smallest|highest|lowest|best|worst|"
                               r"most|least)\b", re.I)
# The same question in the other languages notes are written in: "### Qu'est-ce qu'un
# littoral ?", "¿Qué es una serie de tiempo?", "Cos'è un vettore?", "Was ist eine Düne?",
# "O que é um átomo?", "什么是湍流？", "湍流是什么？".
_WHAT_IS_ABROAD = re.compile(
    r"^(?:qu['’]est[- ]ce\s+qu(?:e\s+|['’]\s*)(?:(?:un|une|le|la|les)\s+|l['’]\s*)?"
    r"|¿?\s*qu[ée]\s+(?:es|son)\s+(?:(?:un|una|el|la|los|las|lo)\s+)?"
    r"|(?:che\s+)?cos['’]\s*[èe]\s+(?:(?:un|una|uno|il|lo|la|i|gli|le|l['’])\s*)?"
    r"|was\s+(?:ist|sind)\s+(?:(?:ein|eine|der|die|das)\s+)?"
    r"|o\s+que\s+(?:é|e|são)\s+(?:(?:um|uma|o|a|os|as)\s+)?)"
    r"(?P<term>[^?？]+?)\s*[?？]$"
    r"|^什么是(?P<han>[^?？]+?)\s*[?？]?$|^(?P<han_first>[^?？]+?)是什么\s*[?？]?$", re.I)


# A list's title that says whose or what its items are of, by a preposition ("Causes of
# cliff collapse", "Key features of TCP", "Risks for smokers", in the languages notes are
# written in) or a possessive ("Newton's laws"): it needs no heading before it on the
# cards. One that does not ("Factors affecting rate" under "## Diffusion": the rate of
# what?) shows its heading.
_SAYS_WHOSE = re.compile(r"\b(?:of|for|in|on|to|about|by|with|from|de|des|du|del|della|di|"
                         r"der|von|für)\b|(?<!\bit)(?<!\bthat)['’]s\b", re.I)
# A paragraph's last line that titles the list below it ("Factors affecting rate:"), after
# lines whose last ends a sentence (not a bracket or an abbreviation: a line hard-wrapped
# at "… (pores in the leaf)" or "… cells, e.g." goes on in the next), the title opening
# as a title does, not in small letters ("during the day, together with:").
_TITLE_LINE = re.compile(r"(?P<head>(?:.*\n)*.*[.!?。！？]\s*)\n"
                         r"(?P<title>(?![a-z])[^\n]+[:：])\s*$")
_ABBREVIATION_END = re.compile(r"\b(?:e\.g|i\.e|cf|vs|viz|z\.B|d\.h|bzw|ad es|p\.\s?es)\.\s*$",
                               re.I)  # (not "etc.", which ends sentences as often as not)


def _asks_no_name(asked: str) -> bool:
    """Whether what a "What is …?" question asks is no name (_NOT_A_NAME_ASKED): not a
    proper name whose words are capitalised ("the Treaty of Versailles", "the Bill of
    Rights")."""
    words = asked.split()
    proper = all(w[:1].isupper() for w in words if w.casefold() not in ("of", "the", "de"))
    return _NOT_A_NAME_ASKED.search(asked) is not None and not (proper and len(words) > 1)


# "What are the noble gases?": a question of a kind's members, not of what one name is.
_PLURAL_QUESTION = re.compile(r"\W*(?:what|who|which)\s+are\b", re.I)


def asked_term(title: str) -> str | None:
    """The name a heading asks about ("What is a dune?" -> "dune", "Qu'est-ce qu'un littoral
    ?" -> "littoral"), or None for a heading that asks no "What is" question."""
    asked = _WHAT_IS.match(title) or _WHAT_IS_ABROAD.match(title)
    if asked is None:
        return None
    return next(group for group in asked.groups() if group is not None).strip()


# "What is the difference between X and Y?": two things, not one name.
_NOT_ONE_NAME = re.compile(r"\b(?:and|or|vs\.?|versus|between|difference|differences|"
                           r"relationship|role|purpose|point|use|importance)\b", re.I)
# The same in the other languages a "What is …?" heading is read in: "Was ist der Unterschied
# zwischen Mitose und Meiose?" asks no one name.
_NOT_ONE_NAME_ABROAD = re.compile(r"\b(?:und|oder|zwischen|unterschied|unterschiede|et|ou|entre|"
                                  r"différence|différences|(?-i:y|o|e)|diferencia|"
                                  r"diferencias|differenza|differenze|diferença|diferenças)\b|"
                                  r"[和与與或]", re.I)
# (Spanish "y", Italian "e", "o" in small letters only: "vitamin E", "type O blood" and "Y
# chromosome" are one name each, the re-read of the whole change.)
# Headings of the study itself, no term a box under them defines: "### Revision", "### Notes".
_STUDY_HEADINGS = frozenset("""revision revisions review recap notes note to-do todo reading
    readings exercises exercise practice questions quiz""".split())
# A prose answer under a question heading is asked from its first sentence, when that
# sentence is short enough to recall (docs/card-quality.md: one fact a card).
MAX_ANSWER_WORDS = 25
# "Savers gain when rates go up": a clause, not a name to ask for.
_SUBORDINATE = re.compile(r"\b(?:when|whenever|if|because|while|since|unless|although)\b",
                          re.I)
# "Demand is", "caused by the": a line left for filling in later says nothing yet.
_UNFINISHED = re.compile(r"\b(?:is|are|was|were|the|a|an|of|and|or|to|by|as|be)\s*$", re.I)
_ITEM_TAIL = re.compile(r"\s+(?:\(|[—–]\s|-\s)")
# Headings that name a part of an article, not a thing a fact could hide.
_GENERIC_HEADINGS = {
    "introduction", "summary", "overview", "glossary", "key-points", "notes", "examples",
    "example", "details", "definitions", "differences", "similarities", "conclusion",
    "references", "related", "see-also", "background", "contents", "table-of-contents",
    "key-terms", "terms", "vocabulary", "questions", "review-questions", "practice",
    "exercises", "quiz", "faq", "causes", "effects", "types", "features", "uses", "advantages",
    "disadvantages", "key-facts", "facts", "tips", "resources", "sources", "further-reading",
    "stages", "steps", "phases", "parts", "components", "kinds", "forms", "categories",
    # "## Fatti" over "- L'Italia ottenne il Veneto …": facts, in the languages a learner
    # revises in ("[Fatti] — L'Italia ottenne …" was asked).
    "fatti", "faits", "hechos", "fakten",
    # "### Allgemein" over "- Abtragung entfernt … Gestein": a section of general points
    # ("[Allgemein] — Abtragung entfernt …" was asked, a German geography note); with
    # the other languages' introductions and summaries (quality.GENERIC_HEADINGS_ABROAD).
    "general", "generale", "generalita", "basics", "grundlagen", "algemeen",
    "概述", "总结", "概要", "まとめ",
    # "## misc" over "- kanji this week: …" was asked as a name its points describe.
    "misc", "miscellaneous", "other-stuff", "sonstiges", "verschiedenes", "divers", "varios",
    "varie", "diversos", "random",
    # "## ✍️ Final Thoughts" over "The study of language and the brain reminds me that …":
    # a post's closing words, asked "[Final Thoughts] — …" (blind sample 4221: junk).
    "final-thoughts", "closing-thoughts", "concluding-thoughts", "final-remarks",
    "concluding-remarks", "my-thoughts", "personal-reflection", "reflection", "reflections",
} | GENERIC_HEADINGS_ABROAD
# Headings that name a part of a topic ("### Result", "## Significance"), not a thing: the
# sentence below says something about the topic, not what the heading means.
# "Macroeconomics basics", "Cell biology recap": a heading about a topic, not a name.
_ABOUT_A_TOPIC = {"basics", "overview", "notes", "summary", "introduction", "intro",
                  "fundamentals", "recap", "review", "revision", "essentials", "101"}
_STEP = re.compile(rf"{ARROW}|\s[=+]\s")
# A line that says when something happens states a rule of the section's topic, not what
# the heading's name is: "## Costs" / "- firm shuts down in the short run when P < AVC",
# "## Preiselastizität" / "- Nachfrage ist elastisch, wenn |ε| > 1" asked "[Costs] — …" (junk:
# the heading is a topic, and the line one of its facts). (describes)
_STATES_WHEN = re.compile(r"(?:^|[\s,;])(?:when|whenever|if|unless|wenn|falls|sobald|hvis|når|"
                          r"quand|lorsque|cuando|quando)\s", re.I)
_EXAMPLE_HEAD = re.compile(r"^(?:ex|eg|e\.g|examples?|case|cases|case study|exemples?|"
                           r"(?:rechen)?beispiel\w*|esempi[oi]?|ejemplos?|exemplos?|voorbeelden|voorbeeld|"
                           r"przykłady|przykład|пример[ыа]?|eksempler|eksempel|例[题題]?)\b",
                           re.I)
# (The other languages: "### Exemple chiffré" over "Si le prix passe de 10 € à 12 € …" was
# asked as the name the paragraph describes, "[Exemple chiffré] — Si le prix …".)
# A bold line of its own that only says an example follows ("**Example**", "**Example 2:**",
# "**E.g.**", "**Case study**"): the paragraph under it is the example. Whole, not opening
# the line as _EXAMPLE_HEAD does: "**Case fatality rate**" over its definition is a term.
_EXAMPLE_LINE = re.compile(r"(?:(?:worked\s+|for\s+)?examples?|e\.?\s?g\.?|ex\.?|"
                           r"case\s+stud(?:y|ies)|beispiel|eksempel|exemple|esempio|ejemplo)"
                           r"(?:\s*\d+[a-z]?)?\s*[:.：]?", re.I)
# A bold "Worked example" opening a line: a problem worked from there to the next heading.
_WORKED_OPENING = re.compile(r"\s*\*\*(?:worked\s+(?:example|problem|solution)s?|example\s+problem|"
                             r"beispielrechnung|rechenbeispiel|ejemplo\s+resuelto|"
                             r"esempio\s+svolto|exemple\s+résolu|exercice\s+corrigé)"
                             r"(?:\s*\d+[a-z]?)?\s*[:.]?\s*\*\*", re.I)
_WORKED_SKIPPED = ("a problem's steps, numbers and tasks hold for that problem, not the "
                   "subject; state what it shows as a sentence of its own")
# "Examples: Furosemide, Bumetanide", "e.g., Lidocaine, Bupivacaine": a line naming some
# members of the class its heading names (heading_examples).
_EXAMPLES_LINE = re.compile(
    # (and as lecture bullets shorten it: "Ex: wheat farming, …", "Ex.: restaurants, …",
    # Danish "fx", Spanish "ej.", German "z. B.", "Bsp.")
    r"^(?:(?:examples?|eg|ex\.?|fx\.?|ej\.?|bsp\.?)\s*(?:[:–—-]\s*)+"
    r"|(?:e\.\s?g|z\.\s?b|p\.\s?ej)\.?\s*[:,]?\s*)"
    r"(?P<names>[^:;.!?]+?)\.?$", re.I)
# What a page's notes are for, typed as a line's value: "cardiac + anticoagulant meds —
# pharm exam 2" asked "[cardiac + anticoagulant meds] — pharm exam 2", the notes' topic.
# (An exam's word and its number or a midterm, never "sweat test", "Mantoux test" or "unpaired
# t test", each a fact: the code re-read.)
_FOR_AN_EXAM = re.compile(r"(?:[\w-]+\s+){0,2}(?:(?:exam|prüfung|klausur|examen|esame|parcial|"
                          r"mock)\s*#?\d+[a-z]?|midterms?(?:\s+\d+)?)"
                          r"(?:\s+(?:prep|revision|notes))?", re.I)
_EXAMPLE_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
MAX_EXAMPLE_NAMES = 6
_PARTS_OF_A_TOPIC = {
    "result", "results", "outcome", "outcomes", "impact", "impacts", "significance", "legacy",
    "aftermath", "origin", "origins", "consequence", "consequences", "context", "history",
    "process", "mechanism", "role", "function", "functions", "structure", "importance",
    "method", "methods", "purpose", "aim", "aims", "goal", "goals", "problem", "problems",
    "solution", "solutions", "evaluation", "analysis", "criticism", "criticisms",
    "limitations", "strengths", "weaknesses", "application", "applications", "implications",
    "description", "definition", "explanation", "intro", "main-idea", "key-ideas", "idea",
    "ideas", "example", "case-study", "treatment", "diagnosis", "symptoms", "signs",
    "management", "prognosis", "pathophysiology", "epidemiology", "investigations",
    "presentation", "complications", "risk-factors", "aetiology", "etiology", "why", "how",
    "pearls", "clinical-pearls", "advice", "reminders", "warnings", "red-flags", "dosing",
    "doses", "dose", "monitoring", "side-effects", "adverse-effects", "contraindications",
    "indications", "interactions", "cautions", "timeline", "dates", "people", "key-people",
    "key-events", "events", "debate", "debates", "evidence", "research", "studies", "study",
    "success", "failure", "rise", "fall", "spread", "end", "reasons", "reason", "premonitions",
    "overview", "summary", "notes", "key", "main", "other", "more", "background", "outbreak",
    # "## Lessons" / "- Versailles too harsh? …", "## Course" over a war's fronts: a
    # revision map's branches (a session-38 note: "[Lessons] — Versailles too harsh?").
    "lessons", "course",
} | frozenset("""
    causas consecuencias antecedentes contexto importancia desarrollo origen orígenes
    resultados resultado efectos objetivos significado legado evolución características
    funcionamiento impacto repercusiones conclusión conclusiones problemas
    ventajas desventajas críticas limitaciones aplicaciones finalidad propósito historia
    consequências importância desenvolvimento origens efeitos evolução limitações
    aplicações conclusão vantagens desvantagens
    conseguenze antecedenti contesto importanza sviluppo svolgimento origini
    risultati effetti obiettivi significato eredità evoluzione caratteristiche impatto
    conclusione conclusioni problemi vantaggi svantaggi critiche limiti applicazioni storia
    conséquences contexte déroulement développement résultats effets signification
    héritage caractéristiques fonctionnement enjeux bilan problèmes avantages inconvénients
    limites histoire
    ursachen folgen hintergrund kontext bedeutung entwicklung verlauf ursprung ergebnisse
    ergebnis wirkungen auswirkungen ziele merkmale eigenschaften funktionsweise vorteile
    nachteile kritik grenzen anwendungen geschichte fazit ablauf
    oorzaken gevolgen achtergrond belang ontwikkeling verloop oorsprong resultaten
    effecten doelen kenmerken voordelen nadelen kritiek toepassingen geschiedenis conclusie
""".split())
# (The lines from "causas": the same parts of a topic in the languages notes are written
# in, but for words English has too, "balance", "cause", "critiques" (the code re-read).
# "## Consecuencias" over "La guerra terminó con la victoria de Franco …" asked
# "[Consecuencias] — La guerra terminó …", as "## Consequences" never was.)
# A heading's word that names no thing: a part of a topic or a part of the notes.
_NO_THING_HEADINGS = _PARTS_OF_A_TOPIC | _GENERIC_HEADINGS
# "### Required practical" over "1. Cut potato cylinders …" asked "[Required practical] —
# Cut potato cylinders of equal length" (a GCSE note): a practical is the steps of the
# topic's experiment, not a name they describe. Whole headings only: "Practical reason"
# and "Experimental design" are names.
_PRACTICAL_HEADINGS = frozenset("""practical practicals required-practical core-practical
    procedure experiment""".split())
# The fields notes give a named thing, a drug, a disease, an organ, an event: "MoA:", "SE:",
# "CI:" under "## ACE inhibitors", "Symptoms:" under "## Asthma". (Not "Examples", whose
# items are the thing's members: "[ACE inhibitors] — e.g. ramipril" asks the class.)
_FIELDS_OF_A_THING = frozenset("""
    moa mechanism mechanism-of-action mechanisms se ses side-effects side-effect adverse-effects
    adverse-effect ae aes ci cis contraindications contraindication contra-indications
    indications indication uses use dose doses dosing dosage route monitoring interactions
    drug-interactions cautions symptoms symptom signs signs-and-symptoms causes cause treatment
    treatments management diagnosis investigations complications risk-factors prognosis
    aetiology etiology pathophysiology epidemiology presentation clinical-features dx tx rx mx
    ix sx px location function functions structure role purpose origin origins
    wirkmechanismus nebenwirkungen kontraindikationen indikationen dosierung
    mécanisme effets-indésirables contre-indications posologie
    mecanismo efectos-adversos contraindicaciones indicaciones dosis
    meccanismo effetti-collaterali controindicazioni indicazioni posologia
    função funções estrutura estruturas localização causas sintomas tratamento controle alvo
    função-principal origem
    función funciones estructura estructuras localización causas síntomas tratamiento
    funzione funzioni struttura strutture localizzazione cause sintomi trattamento
    fonction fonctions localisation symptômes traitement
    funktion funktionen struktur aufbau lage ursachen symptome behandlung therapie
""".split())
# A case brief's fields under the case's name, "### Donoghue v Stevenson (1932)" / "-
# **Ratio:** Neighbour principle …": "[Ratio] — Neighbour principle …" asked the field's
# name. Only under a heading that names a case (_CASE_NAME): "**Issue**:" under "## Git
# basics" and "**Citation**:" under "## Academic writing" are terms (the code re-read).
_FIELDS_OF_A_CASE = frozenset("""facts issue issues held holding ratio ratio-decidendi obiter
    obiter-dicta decision judgment judgement reasoning dissent rule""".split())
# A case's parties and what the court decided, labelling an item under the case's name:
# "Plaintiffs: Isildar's widow and son" under "Isildar v. Kaoni Divers" asked "[Plaintiffs]
# — Isildar's widow …" (blind sample 4121: junk), "[Court Decision] — Isildar signed …".
# The story of one case, each line a detail of it, no term ("Plantiffs" as typed too).
_PARTIES_OF_A_CASE = frozenset("""plaintiff plaintiffs plantiff plantiffs claimant claimants
    defendant defendants appellant appellants respondent respondents parties court-decision
    decision-of-the-court court-ruling""".split())
# A value defining a party, not naming one: "the party who brings a civil action", "a
# person who answers a survey" (not "the Crown", "the manufacturer", "a group of men who
# …", a case's parties; the second re-read).
_DEFINES_A_PARTY = re.compile(r"\s*(?:the|a|an)\s+(?:\w+\s+)?(?:party|parties|person|persons|"
                              r"people|individual|individuals|one|side|entity)\s+(?:who|whom|"
                              r"that|which|against|accused|bringing|being|on|in|of|to)\b", re.I)
_CASE_NAME = re.compile(r"\b[A-Z][^\n]*?\s(?:v|vs?\.|c\.|contra|gegen)\s+[A-Z]|"
                        r"\b(?:Re|In re|R v)\s+[A-Z]")
# The fields an outline gives an event or an institution ("### Separation of Powers" / "-
# **Inspiration**: Ideas of Baron de Montesquieu."): asked under the name where the value is
# short ("Separation of Powers › Inspiration: [...]"). A longer value is left alone: asked
# from it, the name was a guess ("[The Ratification Debate] — Requirements: Approval by
# special state conventions …", blind sample 3003: junk).
_SHORT_FIELDS_OF_AN_EVENT = frozenset("""
    inspiration concerns concern outcome outcomes requirement requirements context
    significance impact impacts result results consequence consequences date dates leader
    leaders members participants goal goals aim aims author authors founder founders
""".split())
# A value opening on an article is a term's definition, not a field's value: "**Mechanism**:
# the sequence of elementary steps …" under "## Reaction kinetics" (the code re-read).
_DEFINING_ARTICLE = re.compile(r"\s*(?:the|a|an|le|la|les|l['’]|un|une|der|die|das|ein|eine|"
                               r"el|los|las|il|lo|uno|una|o|os|as|um|uma)\s", re.I)
# Callout titles that name one point of an evaluation ("> [!success] Strength"), not a term.
_EVALUATION_TITLES = {
    "strength", "strengths", "weakness", "weaknesses", "limitation", "limitations",
    "advantage", "advantages", "disadvantage", "disadvantages", "criticism", "criticisms",
    "evaluation", "support", "counterpoint", "counter-argument", "pro", "pros", "con", "cons",
    "issue", "issues", "problem", "problems"}
_GENERIC_CALLOUTS = {
    "note", "tip", "tips", "hint", "warning", "caution", "danger", "important", "info",
    "abstract", "todo", "success", "failure", "bug", "quote", "memory-hook", "exam-tip",
    "remember", "mnemonic", "aside", "see-also", "reminder"}
_NOT_NAME = re.compile(r"[?:!？：！]|\bvs\.?\b|\d", re.I)
# "NSC-68", "COVID-19", "IL-6", "B12": a name whose digits are part of its code, not a
# number of the notes ("Chapter 3", "1871 German unification", "Week 4"). A word glued to
# its number is a code, "Ch8" too, as the generator's _CHAPTER reads it: no case tells it
# from "CH4" (methane), and notes type both.
_CODED_NAME = re.compile(r"\b[A-Z][A-Za-z]*-?\d+[a-z]?\b")
_NUMBERING_ONLY = re.compile(r"^\s*(?:[0-9]+(?:[.:][0-9]+)*[.):]?|[IVXLC]+[.)])\s+")
# Labelled items: "**Label**: text", "**Label:** text", "**Label** — text", "Label — text",
# "Label - text", "Label -- text", "Label: text". Plain labels are short, or "Note that ..." would
# be one.
_BOLD_LABEL = re.compile(
    r"^\*\*(?P<label>[^*]+?)\*\*(?P<sep>\s*:|\s*[—–]|\s+-\s)?\s*(?P<text>.*)$", re.S
)
# (Not a dash after a comma: "das Zimmer, - – room" marks a plural that does not change.)
_DASH_LABEL = re.compile(rf"^(?P<label>[^:*]+?)(?<!,)\s+{_DASH_SEP}\s+(?P<text>.+)$", re.S)
# "OSI = Theoretical, detailed, used in academia": a name and what it is, in shorthand.
# (An "=" inside brackets is the gloss's example: "Interval = distance between two notes …
# (C→E = C D E = 3rd)" is a term and its meaning; outside them, a chain is a formula.)
_EQUALS_LABEL = re.compile(r"^(?P<label>[^:*=<>]+?)\s+=\s+(?P<text>(?:[^=()]|\([^()]*\))+)$",
                           re.S)
# "Liabilities + Equity", "mass × acceleration", "Revenue - Costs": words joined by an
# operator before the first full stop make the right side of an equation, not a gloss. The
# operator has the same spacing on both sides: "H+ in the blood" is an ion's charge.
_SUM_OF_WORDS = re.compile(
    r"^[^.;]*?(?:\w\s+[+×÷−]\s+\w|\w[+×÷−]\w|\w\s[*/]\s\w)")  # not "and/or", "well-known"
# "Revenue - Costs" after "Profit =": an ASCII minus between words is an equation's only
# where words and operators are the whole side; "Theoretical - detailed, used in academia"
# is a dash leading into a gloss.
_DIFFERENCE_OF_WORDS = re.compile(r"^\s*\w+(?:\s\w+)?(?:\s+[-+×÷−*/]\s+\w+(?:\s\w+)?)+\s*\.?$")
# Chinese and Japanese notes type the colon full-width, with or without a space after it:
# "1. 开尔文表述：不可能从单一热源吸热…".
_COLON_LABEL = re.compile(rf"^(?P<label>[^:：*]+?)(?:{_COLON_SEP}|(?P<wide>：)\s*)(?P<text>.+)$",
                          re.S)
# Before a label's full-width colon, what is no label but a sentence leading into what
# follows: a clause ("在惯性子区内，能谱满足：…") or words ending in a verb ("能谱满足：",
# "公式如下：", "主要包括：", "可得："). (It once shadowed the formula leads' _CJK_LEAD above,
# the code review's finding 13.) A label may end on a character that ends a
# verb elsewhere: "需求法则：", "消费者行为：", "国民所得：" are names (review 18: only
# "机会成本" of such a list made a card), "公式为：", "其中：", "可得：" lead in. "关系" ends
# a name ("供求关系：").
_CJK_LABEL_LEAD = re.compile(r"[，。；、]|(?:如下|包括|包含|满足|得到|可得|等于|表示|指出|"
                             r"认为|分为|其中|以下|下列|有关|如|是|(?<!行)为|(?<![所固特共专])有|"
                             r"(?<![所心])得|(?<![法原准规细])则|(?<![立随当])即)$")
# Before a full-width colon, a clause that counts what follows: "衡量材料塑性的指标有两个：
# 延伸率…和断面收缩率…" (zh20: "[衡量材料塑性的指标有两个] — 延伸率…" was asked). Not an
# ordinal, "第一步：截开".
_CJK_LABEL_COUNTS = re.compile(r"(?<!第)[一二两三四五六七八九十几]+"
                               r"(?:个|种|类|条|点|项|步|方面|部分)$")
MAX_LABEL_WORDS = 6
# A name recalled from the points nested under it (described_by_points): few and short
# enough to read on one front.
MAX_DESCRIBING_POINTS = 4
MAX_POINT_WORDS = 16
MAX_POINTS_WORDS = 40
# "Causes of containment", "Notation", "considerations": a part of a topic or a kind of
# line, no name; "1871 German unification" keeps its year's card.
_NOT_DESCRIBED = frozenset("""notation considerations characteristic characteristics special course
    key main general elements factors points rules details info information""".split())
# English counts from two (_COUNTED_NAME, _COUNTED_TITLE).
_NUMBER_WORDS = "two|three|four|five|six|seven|eight|nine|ten"
_COUNTED_NAME = re.compile(rf"^(?:\d|(?:{_NUMBER_WORDS})\b)",
                           re.I)  # "Two special cases": a count of the points, no name
_CODE_ONLY = re.compile(r"`[^`\n]+`")  # a value that is code and nothing else
# Any year in a name, also one of a range ("1914-1918 war"), which statements._YEAR (a year
# on its own, to ask) passes over: a dated name is an event, no thing its points describe.
_DESCRIBED_YEAR = re.compile(rf"\b{YEAR_DIGITS}\b")
# "But framing as a battle … makes it hard …": a remark on the points above, not one.
_REMARK = re.compile(r"^(?:but|however|and|so|yet|though|although|also)\b", re.I)
# The sentence under a heading that says what the heading names, as a card's clue
# (docs/card-quality.md §5: a longer text hides its gap among too many words).
MAX_DESCRIPTION_WORDS = 40
MAX_LEAD_IN_WORDS = 20
# A question and its answer after an arrow, on one line.
_ARROW_ANSWER = re.compile(rf"(?P<q>[^?？\n]{{8,200}}[?？])\s*(?:{ARROW})\s*"
                           r"(?P<a>[^?？\n]{1,200})$")
# A question in bold opening a paragraph, its answer after it.
_BOLD_QUESTION = re.compile(r"\*\*(?P<q>[^*\n]{3,200}?[?？])\*\*(?P<a>.*)$", re.S)
# What follows a term typed over its meaning with a dash: " — tough outer sac …".
_DASHED_TERM = re.compile(r"\s+[—–]\s+\S")
# What marks a line of shorthand, typed apart (typed_apart): "=", an arrow, "label: …", a
# spaced dash.
_SHORTHAND_MARK = re.compile(rf"=|{ARROW}|:\s|\s[—–]\s")
# A line whose only bold is its label, before its separator: "**Antigen** – foreign …".
# (Not "**Step 1** — …", "**Chapter 3** — …": a numbered part, no name; the re-read.)
_BOLD_NAME_DASH = re.compile(r"\s*\*\*(?!\s*(?:step|chapter|part|section|week|lecture|unit|"
                             r"day|stage|phase|module|lesson|session)\s*\d)[^*\n:：]{1,60}\*\*"
                             rf"\s*{_DASH_SEP}\s+[^*]*$", re.I)
_BOLD_LABEL_ONLY = re.compile(rf"\s*\*\*[^*\n]{{1,60}}\*\*\s*(?:[:：=]|{_DASH_SEP})\s*[^*]*$")
# A bold name and a few words on it, typed over the list of its points (lead_in).
_BOLD_NAME_LINE = re.compile(r"\*\*(?P<name>[^*\n]+)\*\*\s*(?:—|–|-|:)\s*\S")
MAX_NAMED_LEAD_IN_WORDS = 10
# Tags that only place an <img> (`<p align="center"><img …></p>`): the block is its figure.
_WRAPPER_TAGS = re.compile(r"</?(?:p|div|center|figure|span|br)\b[^>]*>", re.I)


# A statement of SQL typed as text: it opens on a statement's keyword and goes on in
# keywords, names and values, no lower-case word of prose among them ("CREATE IF NOT
# EXISTS", "ALTER TABLE users ADD COLUMN email VARCHAR(100);", "SELECT name FROM users
# WHERE id = 1"). "DELETE the old rows before you load" is an instruction, its words prose.
_SQL_OPENING = re.compile(r"(?:SELECT|INSERT\s+INTO|UPDATE|DELETE\s+FROM|CREATE|ALTER|DROP|"
                          r"TRUNCATE|GRANT|REVOKE|WITH)\b")
_SQL_KEYWORDS = frozenset("""FROM WHERE TABLE INTO VALUES SET IF NOT EXISTS INDEX COLUMN ADD
    JOIN ON BY GROUP ORDER DATABASE VIEW SCHEMA PRIMARY KEY REFERENCES DEFAULT NULL AS AND OR
    IN LIMIT UNIQUE CONSTRAINT CONCURRENTLY TO""".split())


# A licence or copyright line: "Licensed under [CC0 1.0 Universal](…)", "License: MIT",
# "© 2021 Jane Doe", "Copyright (c) 2020", "CC BY-SA 4.0".
# Only opening the line (after a bullet, and "This work is"): "Software licensed under the
# GPL must …" in a law course is a fact, so is "The Copyright Act 1976 …".
# The notes themselves as the subject ("This work is licensed under …", "All content on this
# site is …"): "The Linux kernel is licensed under GPL-2.0" in a licensing course is a fact
# (the second re-read).
_LICENCE_LINE = re.compile(
    r"^[\W\d]*(?:(?:this|these|the|all|my|our)\s+(?:[\w-]+\s+){0,2}?(?:work|works|notes?|"
    r"page|pages|document|site|website|repository|repo|content|material|materials|text|book|"
    r"guide|summary|blog|post|wiki|slides|deck)(?:\s+(?:on|in|of)\s+(?:this|these|the)\s+"
    r"[\w-]+)?\s+(?:is|are)\s+)?"
    r"(?:licen[sc]ed\s+under|licen[sc]e\s*:\s*\W*(?:cc\b|mit\b|gpl|lgpl|agpl|apache|bsd|mpl|"
    r"unlicense|public\s+domain|creative\s+commons)|copyright\s+(?:\(c\)|©)|©\s*\d{4}|"
    r"cc\s+(?:by(?:-(?:sa|nc|nd))*|0)\s+\d\.\d)", re.I | re.M)


MAX_LICENCE_WORDS = 24  # a licence line, not a paragraph about licences
MAX_CREDIT_ITEMS = 6  # a note's credits: what it is, whose, under what licence
_LICENCE_SKIPPED = "who may use the notes, and how, is no fact of the subject"


def _licence(text: _Inline) -> bool:
    """Whether a line is a licence or copyright line at a note's foot ("© 2023 Jane Doe. All
    rights reserved.", "License: CC BY-SA 4.0"): asked, "© [2023] Jane Doe" and "[License]
    — CC BY-SA 4.0" (junk). Not a marked line, nor a paragraph about licences."""
    return "**" not in text.text and _words(text.plain) <= MAX_LICENCE_WORDS and \
        _LICENCE_LINE.search(text.plain) is not None


# A bracket of names or values parted by commas, "(id, name)", "(1, 'admin')": not "(this
# speeds up lookups by customer)", prose in brackets.
_COLUMN_LIST = re.compile(r"\(\s*[^\s(),]+(?:\s*,\s*[^\s(),]+)*\s*\)")


def _typed_code(plain: str) -> bool:
    """Whether a line is a statement of SQL typed as text (_SQL_OPENING): after its opening
    keyword, another keyword, and every word a keyword, an identifier or a value."""
    found = _SQL_OPENING.match(plain.strip())
    if found is None:
        return False
    # (A column list in brackets, "(id, name)", holds names, not prose.)
    rest = plain.strip()[found.end():]
    # (A column list in brackets, "(id, name)", holds names, not prose; a comma ends a run
    # of names, "SELECT name, email FROM users".)
    words = re.findall(r"[^\s;()]+", _COLUMN_LIST.sub(" ", rest))
    keywords = sum(word.strip(",") in _SQL_KEYWORDS for word in words)
    # A statement has two keywords ("CREATE IF NOT EXISTS"), or one and a name or a sign
    # ("SELECT * FROM t"): "WITH HIGH FEVER AND RASH, THINK OF MEASLES" is a shout.
    if not keywords or keywords == 1 and not re.search(r"[a-z_*=;'\"0-9]", rest):
        return False
    # Prose has words of small letters between its capitals, in any script: "ALTER the
    # table if it exists", "DROP TABLE löscht Struktur und Daten", "DROP TABLE 은 테이블
    # 구조와 …": two words of prose in a row.
    prose = 0
    for word in words:
        bare = word.strip(",.:")
        if bare in _SQL_KEYWORDS or bare.isupper() or not re.fullmatch(r"[^\W\d_]{2,}", bare):
            prose = 0
            continue
        prose += 1
        if prose == 2:
            return False
        if word.endswith(","):
            prose = 0  # "name, email": a list of names
    return True


# -- small text helpers ------------------------------------------------------------------


def strip_emoji(value: str) -> str:
    """A heading without its pictographs: "🧬 Mitosis ✨" -> "Mitosis". Its formulas are
    kept whole: "^" is a symbol (Sk), and a table's column "$A$ ($\\mathrm{cm^2}$)" reached
    its cards as "\\(\\mathrm{cm2}\\)", the TeX changed."""
    spans = math_spans(value)
    if spans:
        pieces, at = [], 0
        for start, end in spans:
            pieces += [_no_pictographs(value[at:start]), value[start:end]]
            at = end
        kept = "".join(pieces) + _no_pictographs(value[at:])
    else:
        kept = _no_pictographs(value)
    return " ".join(kept.split())


def _no_pictographs(value: str) -> str:
    if value.isascii():  # most headings: of ASCII, only "^" and "`" are symbols (Sk)
        return value.replace("^", "").replace("`", "")
    return "".join(
        c for c in value
        if unicodedata.category(c) not in ("So", "Sk", "Cs", "Co", "Me")
        and c not in "\u200d\ufe0e\ufe0f"
    )


@lru_cache(maxsize=4096)  # a heading is asked for its slug two or three times
def _slug(heading: str) -> str:
    """Section ids and topics: numbering ("2.", "3:18") and emoji are not part of a name."""
    return heading_slug(strip_emoji(heading))


# A case named by its value: "Perfect Inelastic = 0", "Elastic > 1", "Unit elastic = 1":
# a name of words, a relation, and a value of at most three words (not a chain, "Half-Step =
# One Fret = Half-tone", nor a sum).
_NAMED_VALUE = re.compile(r"(?P<name>[^\W\d_](?:[^\W\d_]|['’-])*(?:\s(?:[^\W\d_]|['’-])+){0,2}?)\s*"
                          r"(?P<relation><=|>=|=|<|>|≈|≤|≥)\s*"
                          r"(?P<value>[^\s=<>+*/−-][^\s=<>+*/]*(?:\s[^\s=<>+*/−-][^\s=<>+*/]*){0,2})")
# A class named by its range: "Kurzzeitausdauer (<35s)", "Stage 2 (160–179 mmHg)" (the
# bracket opening on a bound or a number).
_NAMED_RANGE = re.compile(r"(?P<name>[^\W\d_][\w'’-]+(?:\s[\w'’-]+){0,3}?)\s*"
                          r"\((?P<value>\s*[<>≤≥~≈]?\s*\d[^()]{0,24})\)")
# A range or a bound in brackets ("<35s", "35s - 8min", "0° < 10°"), not a year, a share
# or a date ("Asch (1951)", "Midterm exam (30%)", "Memory (10 Sept)": the re-read).
_BOUND = re.compile(r"[<>≤≥]|\d[^\W\d_°%]{0,4}[°%]?\s*(?:[-–—]|to|bis|à|a)\s*\d")
# A setting's name, "DEBUG", "TIMEOUT": code, no case to recall.
_SETTING_NAME = re.compile(r"^[A-Z]{2,}$")
# A statistic, a grade's part or an answer's count ("Mean = 12", "Homework = 20", "Yes =
# 45"), and a section of results or data: values of a data set, no cases to recall.
_DATA_NAME = re.compile(r"mean|median|mode|range|variance|sd|std|total|sum|average|count|"
                        r"min(?:imum)?|max(?:imum)?|n|homework|midterm|final(?:\s+exam)?|exam|"
                        r"quiz(?:zes)?|project|participation|attendance|labs?|yes|no|"
                        r"undecided|other|score", re.I)
_DATA_TITLE = re.compile(r"\b(?:results?|data|grading|grades?|scores?|output|survey|poll|"
                         r"statistics)\b", re.I)
_MEASURED = re.compile(r"\d\s*[^\W\d_]|\d\s*[%°/]")
# A list's lead that the items finish ("A symmetric matrix $A$ is:", "Un espacio es:"), and
# an item that is a term and the condition that makes the subject it ("Positive definite
# (PD) if for all non-zero $x$ …", "compacto si …").
_COPULA_LEAD = re.compile(r"(?P<lead>.{3,120}?\b(?P<copula>is|are|is\s+called|are\s+called|est|"
                          r"sont|è|sono|es|son|ist|sind|é|são))\s*[:：]?$", re.I)
# The word for "if" in the lead's language: Spanish "se" is a reflexive, not "if" ("Fiebre
# alta se mantiene …", the re-read); Italian and Portuguese "se" is.
_IF_BY_COPULA = {"es": "si|cuando", "son": "si|cuando", "è": "se|quando", "sono": "se|quando",
                 "é": "se|quando", "são": "se|quando", "est": "si|quand|lorsque",
                 "sont": "si|quand|lorsque", "ist": "wenn|falls", "sind": "wenn|falls"}
# (Not an item opening on an article, a sentence of its own: "- La fiebre se mantiene alta
# …" under "Los síntomas más frecuentes son:", "- The median when …": the re-read.)
_TERM_ON_CONDITION = re.compile(r"(?!(?:the|a|an|la|le|les|il|lo|gli|el|los|las|der|die|das|"
                                r"ein|eine|o|os|as|um|uma|un|une|una|uno|this|these)\b)"
                                r"[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,2}(?:\s+\([^()]{1,12}\))?"
                                r"\s+(?P<conjunction>if|when|whenever|iff|si|se|wenn|falls|quand|"
                                r"cuando|lorsque|quando)\b", re.I)
# The two columns of a change: what was before and what came after.
_BEFORE_HEADER = re.compile(r"\W*(?:before|then|past|old|previously|avant|autrefois|vorher|"
                            r"früher|davor|prima|antes|voor|przed|до|以前|之前)\b", re.I)
_AFTER_HEADER = re.compile(r"\W*(?:after|now|present|today|new|afterwards|après|aujourd['’]hui|"
                           r"nachher|heute|danach|dopo|oggi|después|despues|depois|hoje|"
                           r"po|после|以后|之后|现在)\b", re.I)
# A Pandoc citation key ending a label: "Chapter 1.1--1.4 in @Brockwell:Davis:2002".
_CITATION_KEY_END = re.compile(r"@[\w.#$%&+?<>~/-]+$")


_SYMBOL_NAMES = {"<": " lt ", ">": " gt ", "=": " eq ", "+": " plus ", "-": " minus ",
                 "≤": " le ", "≥": " ge ", "∞": " inf ", "/": " over ", "^": " pow "}


def _spell_symbols(value: str) -> str:
    return "".join(_SYMBOL_NAMES.get(c, c) for c in value)


# A line opening on how many there are ("5 shifters of demand", "Three types of rock",
# "Drei Arten von Gestein", "五类经济交易"), a list's title typed without its colon.
_COUNTED_TITLE = re.compile(
    rf"(?:\d{{1,2}}|{_NUMBER_WORDS}|zwei|drei|vier|fünf|sechs|"
    r"deux|trois|quatre|cinq|due|tre|quattro|cinque|sei|dos|tres|cuatro|cinco|seis|"
    r"duas|três|quatro)\s+[^\W\d_]{3,}|[一二三四五六七八九十两]+[类種种个個点點条條项項大步]",
    re.I)


# A worksheet's or a book's reference to a document by its number: "Doc 5", "Document 2",
# "Source A", "Fig. 3", "Annexe 1", "Abbildung 4", "M3".
_DOCUMENT_REFERENCE = re.compile(
    r"(?:doc(?:ument)?s?|source|sources|fig(?:ure)?|annexe|anhang|abb(?:ildung)?|"
    r"quelle|material|texte?|m)\s*\.?\s*(?:\d{1,3}[a-z]?|[A-H])", re.I)


# An editor's aside opening a line: where the notes come from or continue.
_EDITORIAL_OPENING = re.compile(r"\W*(?:adapted|continued|notes?|source|from|based|taken|"
                                r"summari[sz]ed|excerpt|see|slides?)\b", re.I)
# A meaning opening on an indefinite article: "**A subdominant chord resolving to …**".
_INDEFINITE_OPENING = re.compile(r"\W*(?:a|an|un|une|una|uno|um|uma|ein|eine|een)\s", re.I)


def _meaning_marked_whole(content: str, text: _Inline) -> bool:
    """Whether a line or an item is bold over a meaning (no verb, no sentence's end, no
    editor's aside): emphasis over what its heading means, read as the unmarked line is
    (describes). Not italics: "*Adapted from Campbell Biology …*", "*Slides twelve to
    twenty …*" are asides (the re-reads); a whole sentence in bold is the author's style
    over a fact of its own, read as written (paragraph())."""
    raw = content.strip()
    return raw.startswith(("**", "__")) and raw.endswith(("**", "__")) and \
        _wholly_marked(text.text) and not _EDITORIAL_OPENING.match(text.plain) and \
        not text.plain.rstrip("*_ ").endswith((".", "!", "。")) and \
        not _FINITE_VERB.search(text.plain)


def _bold_meaning(content: str, text: _Inline, following: SyntaxTreeNode | None) -> bool:
    """Whether a line right under a heading is its meaning set in bold ("### Plagal
    Cadence" / "**A subdominant chord resolving to the tonic**", _meaning_marked_whole).
    Over a paragraph, only a meaning opening on an indefinite article: "**The light-
    dependent stage in the thylakoid membranes**" titles the paragraph under it."""
    return _meaning_marked_whole(content, text) and (
        following is None or following.type != "paragraph"
        or bool(_INDEFINITE_OPENING.match(text.plain)))


def _joined_fact(items: list[tuple[str, int]], ordered: bool = False,
                 steps: bool = False) -> Fact:
    """One fact of several items ("a; b; c"), each marked phrase kept with its item's line:
    the note's clozes each come from one item (Fact.parts)."""
    parts = tuple((phrase, line) for text, line in items for _, _, phrase in marks(text))
    return Fact(Text("; ".join(text for text, _ in items), items[0][1]), parts=parts,
                ordered=ordered, steps=steps)


def _wholly_marked(text: str) -> bool:
    """"**Sensory memory**": one mark over the whole text, which leaves no front."""
    found = marks(text)
    return len(found) == 1 and found[0][2].strip() == unmark(text).strip()


# A label inside an item's head ("consequences: FRG (May 49) + GDR …"): alone, the item
# is no name to hide whole (hidden, "[consequences: FRG]" was a label and half a value); one
# of a group, it is the group's point, hidden whole as before.
_LABEL_IN_HEAD = re.compile(r"[^\s:]:\s")


def _item_cloze(text: str) -> str:
    """An unlabelled item with its head marked: "the spinning jenny (James Hargreaves,
    c. 1764)" hides "the spinning jenny" and keeps the rest as the clue."""
    head, rest = _item_parts(text)
    head = head.strip().rstrip(".;,")
    return f"**{head}**{rest}" if head else text


def _item_parts(text: str) -> tuple[str, str]:
    tail = _ITEM_TAIL.search(shield_math(text))
    return (text[:tail.start()], text[tail.start():]) if tail and tail.start() else (text, "")


def _item_head(text: str) -> str:
    """What an unlabelled item hides: its text before a parenthesis or a dash."""
    return unmark(_item_parts(text)[0]).strip()


_TRAILING_VERB = re.compile(r"\s+(?:are|is|were|was|include|includes)$", re.I)
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)


_COMPARISON = re.compile(r"\b(?:vs\.?|versus)(?!\w)", re.I)
# "Hydrocortisone if refractory shock", "Bloddyrkning før antibiotika": a step and when it is
# taken, no name of a set (asked from its siblings' labels, "Abx; Fluids; […]", it was junk).
_WHEN_WORD = re.compile(r"\b(?:if|when|unless|before|after|until|once|hvis|når|før|efter|"
                        r"ved|inden|om|si|cuando|antes|después|quando|prima|dopo|wenn|falls|"
                        r"bevor|nachdem|lorsque|avant|après)\b", re.I)


# The year an item ends with, in brackets: "(1712)", "(Abraham Darby, 1709)", "(c. 1764)".
_ITEM_YEAR = re.compile(rf"\((?:[^()]*,\s*)?(?:c\.\s*)?({YEAR_DIGITS})\)\s*$")
_SUBJECT_IS = re.compile(r"^[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,3}\s+(?:is|are|was|were)\s",
                         re.I)
_PRONOUN_SUBJECTS = frozenset("it this these they there he she we you its their".split())
# A line opening with one may still say what its heading is ("They are made in …"): the word
# stands for the heading's thing. (statements._POINTING_OPENERS, the subjects that point at
# what a card does not show, add the relative "that" and "which", and lack "he", "its".)
_POINTING_SUBJECTS = _PRONOUN_SUBJECTS | {"those"}


def _is_sentence(head: str) -> bool:
    """A whole sentence, not a name or a short point: five words or more ending in a full
    stop, or opening with a pronoun ("It makes ATP for the next stage"); or four words or
    more with a subject and its verb ("T cells mature in the thymus", "B cells are made in
    the bone marrow"), which hidden whole would leave nothing to cue them."""
    words = head.split()
    if len(words) >= 4 and (says_what_it_does(head) or _SUBJECT_IS.match(head)
                            or states_of_its_subject(head)):
        return True
    foreign = _FOREIGN_SENTENCE.match(head)
    # (an English word between two names is no German verb: "Treaty between Britain and
    # Japan", "Alliance against France" are names of a list)
    if len(words) >= 3 and foreign and (foreign["verb"] or "").casefold() not in STOP_WORDS:
        return True
    return len(words) >= 5 and (head.endswith(".") or
                                words[0].casefold().strip(",") in _PRONOUN_SUBJECTS)


# A terse sentence of a Romance language or German, its subject and its verb ("Le noyau
# contient l'ADN", "Las mitocondrias producen ATP", "Die Mitochondrien produzieren ATP",
# "Ribosomen synthetisieren Proteine"): English verbs (says_what_it_does) know none of
# them, and such items were hidden whole beside each other ("[…]; Der Zellkern enthält die
# DNA; …", lang19). An article, a noun and an adjective at most, a verb of the third person
# in lower case, and words after it; in German a capitalised noun, its verb, and a noun.
_FOREIGN_SENTENCE = re.compile(
    rf"(?i:{ROMANCE_ARTICLE})[^\W\d_][\w'’-]*(?:\s+[a-zà-ÿ][\w'’-]*)??\s+"
    # (no preposition joined to its article, "Il sistema delle alleanze")
    r"(?!(?:della|delle|dello|degli|dalla|dalle|dallo|dagli|nella|nelle|nello|negli|sulla|"
    r"sulle|alla|alle|allo|agli|entre|contre|sobre|dentro|durante|come|comme|como|senza|"
    r"sans|verso|vers|hacia)\b)"
    # a reflexive or a form of "to be" or "to have", or a plural verb, then anything; a
    # singular one (as often an adjective: "La membrana plasmatica esterna") before what
    # it acts on, an article or a name ("contient l'ADN", "contiene el ADN")
    r"(?:(?:(?:se|si)\s+[a-zà-ÿ]+|è|es|est|sont|son|sono|ha|hanno|ont|tiene|tienen|é|são|"
    r"tem|têm|[a-zà-ÿ]{3,}(?:ent|ont|ano|ono|an|en))\s+\S"
    r"|[a-zà-ÿ]{3,}[eat]\s+(?:(?:el|la|los|las|le|les|il|lo|gli|i|un|una|une|des|du|o|a|os|"
    r"as|um|uma)\s+|l['’]|[A-ZÀ-Ý]))"
    # German: a capitalised noun (its article before it), its verb, and a noun
    # (or a word or two between: "Globalstrahlung ist über dem Land höher …", "Die Sonne
    # sendet kurzwellige Strahlung aus", each hidden whole beside the other, session 36)
    r"|(?:(?:Der|Die|Das|Ein|Eine)\s+)?[A-ZÄÖÜ][\wäöüß-]+\s+"
    r"(?P<verb>ist|sind|war|hat|wird|kann|[a-zäöüß]{3,}(?:t|en))\s+"
    # (English small words between are no German: "Ontological argument by Anselm", "Trade
    # war with China", "Heart transplant in Cape Town" are names of a list)
    r"(?:(?!(?:by|with|of|on|at|for|to|from|and|or|the|a|since|into|over|under|between|"
    r"against|during|after|before|vs)\b|in\s+(?!(?:der|die|das|den|dem|einer|einem)\b))"
    r"[a-zäöüß]+\s+){0,2}"
    r"(?:(?:der|die|das|den|dem|ein|eine|einen)\s+)?[A-ZÄÖÜ]")


# A heading naming a set by its kinds ("Marktformen", "Types of bonds", "Causes of WWI",
# "Formes de marché"): the first of several items under it is one member, not what the
# heading means ("[Marktformen] — Preisbildung im Monopol …" asked the heading: junk).
# Plurals only: "### Type 1" under "## Diabetes" is one kind, which its first item defines.
_CATEGORY_HEADING = re.compile(
    r"\b\w*(?:formen|typen|sorten|gruppen|klassen|ursachen|merkmale|phasen|stufen)\b|"
    r"\b(?:types|kinds|forms|classes|categories|causes|phases|stages|features|"
    r"characteristics|examples|tipos|tipi|formes|formas|causas|fasi|fases|"
    r"catégories|categorie|categorías)\b", re.I)


# Headings whose subheadings sort their members: "## Cause" / "### Politiche" / "- Rivalità
# austro-russa", "## Risk factors" / "### Modifiable" / "- Smoking". Each point under the
# subheading is one of the causes, not what the subheading's word means, which the first
# point was asked as ("[Politiche] — Desiderio di rivincita francese …"). Types and kinds
# are not here: under "## Types of rock" / "### Igneous" the first point says what it is.
_MEMBERS_HEADING = re.compile(
    r"\b\w*(?:ursachen|folgen|gründe|faktoren|symptome)\b|"
    r"\b(?:causes?|consequences|effects|reasons|factors|symptoms|signs|"
    r"advantages|disadvantages|pros|cons|benefits|drawbacks|"
    r"conseguenze|effetti|motivi|fattori|sintomi|vantaggi|svantaggi|"
    r"conséquences|raisons|facteurs|symptômes|avantages|inconvénients|"
    r"causas|consecuencias|consequências|razones|factores|fatores|síntomas|sintomas|"
    r"ventajas|desventajas|vantagens|desvantagens|"
    r"oorzaken|gevolgen|redenen|przyczyny|skutki|następstwa)\b|原因|后果|影响|結果|要因",
    re.I)


# A subheading that sorts the members by a kind, an adjective agreeing with the heading above
# ("Politiche", "Economiche", "Militari" under "Cause"; "Political", "Modifiable" under
# "Causes", "Risk factors"): one word, or two with "non-"/"short-" and the like. Not a noun
# the heading's points define ("Pulse" under "Vital signs", "Capital" under "Factors of
# production", "Dispnea" under "Sintomi", "Icon" under "Peirce's signs": the code re-read).
_KIND_ADJECTIVE = re.compile(
    r"(?:(?:non|short|long|mid|medium)[- ])?(?:"
    # (not "Primary", "Secondary", "Acute", "Internal": kinds a point defines, "Primary"
    # hypertension under "Causes of hypertension", the third code re-read)
    r"political|economic|social|cultural|military|religious|environmental|ideological|"
    r"technological|demographic|modifiable|immediate|underlying|term|domestic|foreign|"
    r"international|"
    # the same abroad, as words (suffixes took nouns: "Morale", "Capitale", "Incentivi",
    # "Métaux", the second code re-read)
    r"politiche|politici|economiche|economici|sociali|militari|culturali|religiose|"
    r"ideologiche|profonde|immediate|remote|interne|esterne|"
    r"políticas|políticos|económicas|económicos|sociales|militares|culturales|religiosas|"
    r"econômicas|sociais|culturais|"
    r"politiques|économiques|militaires|culturelles|religieuses|profondes|immédiates|"
    r"politische|wirtschaftliche|soziale|militärische|kulturelle|religiöse|innere|äußere|"
    r"politieke|economische|sociale|militaire|culturele|"
    r"polityczne|gospodarcze|społeczne|wojskowe|kulturowe"
    r")", re.I)


def _plural(title: str) -> bool:
    """Whether a title reads as a plural ("Alkaline earth metals", "B lymphocytes")."""
    last = title.rstrip(" :").split()[-1:] or [""]
    return bool(re.search(r"[a-z](?<![su])s$", last[0]))


def _fragment(text: str, plural: bool = False) -> re.Match[str] | None:
    """The opening of an item with no subject of its own ("Runs between …"): _FRAGMENT, or
    with `plural` (the subject is plural) _PLURAL_FRAGMENT too, whose verbs lack their -s."""
    return _FRAGMENT.match(text) or (_PLURAL_FRAGMENT.match(text) if plural else None)


def _fragment_gap(text: str, found: re.Match[str]) -> tuple[int, int] | None:
    """The complement of an item with no subject of its own ("Runs between the clavicle and
    third rib" -> "clavicle and third rib"), whose opening `found` is (_fragment): what it
    says of the heading or item above, to hide after the verb and its preposition. None
    when its complement is too long, a list that goes on, or no gap worth a card."""
    if "**" in text or math_spans(text):
        return None
    if (found["prep"] or "").casefold() == "of" and \
            found["verb"].casefold() != "consists":
        return None  # "Forms of energy …": a noun, not a verb
    if (found["prep"] or "").casefold() == "to" and found["verb"] and \
            found["verb"].casefold() in _TAKES_INFINITIVE:
        return None  # "Begins to popularize the idea …": the gap would open on a verb
    start, end = found.span("gap")
    cut = _GAP_END.search(text, start, end)
    if cut is not None:
        end = cut.start()
    if found["after"].startswith(",") and cut is None and \
            _GAP_LIST_GOES_ON.match(text[found.end("gap"):]):
        # "Divided into roots, trunks, divisions, cords and branches": one of a list is no
        # fact; the whole list is, when it is short.
        end = start + len(re.split(r"[.;:()]", text[start:], maxsplit=1)[0].rstrip())
    gap = text[start:end].strip()
    inner = _GAP_PLACE.match(gap)
    if inner and not found["prep"] and not text[start + len(gap):].strip(" .;"):
        # "Slows [conduction through the AV node]" under "Digoxin": a gap that is all the
        # fragment says after its verb leaves "Digoxin slows […]", which heart rate fits as
        # well (a review: weak, ambiguous). Where its complement ends in a place or part
        # ("… through the AV node"), that is the gap, and the rest cues it.
        start += inner.start("place")
        gap = inner["place"]
    if len(gap.split()) > MAX_STATED_WORDS and (part := _PART_OF.match(gap)):
        # "Located in the posterior part of the left superior temporal gyrus" under
        # "Wernicke's area": the part is the cue and the structure the gap, "… posterior
        # part of the [left superior temporal gyrus]"; whole, it was too long to ask.
        start += part.start("place")
        gap = part["place"]
    if not 1 <= len(gap.split()) <= MAX_STATED_WORDS or weak_answer(gap):
        return None
    return start, start + len(gap)


# "posterior part of the left superior temporal gyrus": a part, then the whole it is of.
_PART_OF = re.compile(r"^(?:[\w-]+\s+){0,3}(?:part|portion|region|area|side|end|surface|"
                      r"half|third|layer|wall|border|edge|tip|base|floor|roof)\s+of\s+"
                      r"(?:the\s+|a\s+|an\s+)?(?P<place>\S.*)$", re.I)


# "conduction through the AV node": what a verb acts on, then where (_fragment_gap).
_GAP_PLACE = re.compile(r"^(?:the\s+|a\s+|an\s+)?\w[\w-]*(?:\s+\w[\w-]*)?\s+"
                        r"(?:through|across|into|within|in|from|at)\s+(?:the\s+|a\s+|an\s+)?"
                        r"(?P<place>\S.*)$", re.I)


# "What are the four elements of …?": a question that counts what it asks for.
_COUNTED = re.compile(r"\b(?:two|three|four|five|six|seven|eight|[2-8])\s+(?:main\s+|key\s+)?"
                      r"[a-z]+s\b", re.I)
_SERIES = re.compile(r",\s+|\s+(?:and|or)\s+")


def _asked_answer(question: str, answer: str) -> str:
    """The answer to a question, marked as its cards ask it: whole ("**The base rate was
    close to zero**"), or, where the question counts a set and the answer lists it ("What
    are the four elements of a valid contract? — Offer, acceptance, consideration and
    intention to create legal relations"), each member marked, a card each with the others
    as its cue (a review: weak, "a whole four-item list … should be split")."""
    counted = _COUNTED.search(question)
    items = [p for p in _SERIES.split(answer.rstrip(" .")) if p.strip()]
    if not counted or not 3 <= len(items) <= MAX_GROUPED_ITEMS or \
            any(_words(p) > 6 or "**" in p for p in items) or "." in answer.rstrip(" ."):
        return f"**{answer}**"
    marked, at = [], 0
    for item in items:
        start = answer.index(item, at)
        marked.append(f"{answer[at:start]}**{item}**")
        at = start + len(item)
    return "".join(marked) + answer[at:]


# A parent item that names no thing, only a share of the points ("- General", "- Other"):
# no member of its siblings' set.
_NAMING_NOTHING = frozenset("general other others misc miscellaneous various rest".split())


def _names_nothing(plain: str) -> bool:
    name = unmark(plain).strip(" :*_").casefold()
    return name in _NAMING_NOTHING or is_generic_heading(name)


class _ItemNames:
    """What _is_mark asks of a list's other items, counted once for the whole list: asked
    of every item, a list of its siblings made per item was quadratic in a long list (the
    code review: 5.6 s for 40,000 items). Each count leaves out the item asking."""

    def __init__(self, names: list[str]):
        self.names = names
        named = [n for n in names if n]
        self.named = len(named)
        self.capitalised = sum(n[:1].isupper() for n in named)
        self.long = sum(len(n) > 2 for n in named)
        self.letters = Counter(ord(n[0].casefold()) for n in named if _is_letter_item(n))

    def others(self, position: int) -> tuple[int, int, int, Counter]:
        """(named, capitalised, long, letters) of every item but the one at `position`."""
        own = self.names[position] if position < len(self.names) else ""
        letters = self.letters
        if own and _is_letter_item(own):
            letters = letters.copy()
            letters[ord(own[0].casefold())] -= 1
        return (self.named - bool(own), self.capitalised - bool(own and own[:1].isupper()),
                self.long - bool(own and len(own) > 2), letters)


def _is_letter_item(name: str) -> bool:
    """A letter, or a doubled one ("AA"), typed as an item's whole text."""
    return name.isalpha() and len(name) <= 2 and len(set(name)) == 1


# Chinese words that head a list item but name nothing of the set: "other", "remarks",
# "note", "summary".
_CJK_NO_MEMBER = frozenset("其他 其它 其余 另外 备注 備註 注意 补充 補充 总结 總結 小结 小結 概述 "
                           "例如 比如 举例 舉例".split())


def _is_mark(plain: str, glossary: dict, items: _ItemNames, position: int) -> bool:
    """A letter or two typed as an item ("- D" over the fourth group of benefits, "- SE"
    among "- indications", "- dosing"): a list's mark or a field's abbreviation, no name to
    recall or to recall from. A letter (or a doubled one, "AA") is a mark in a run of
    letters ("- A", "- B") or beside full names ("Ranolazine; D; Propranolol"); two letters
    are a field's abbreviation only among fields, no sibling capitalised: "UK" beside "USA",
    "France" and "EU" beside "ASEAN" are names, and so is "K" beside "Mg", "Na". `items`:
    the list's item texts, the one at `position` this one; `glossary`: a letter the article
    defines ("pH", a table's symbol) is a name."""
    name = _bare_item(plain)
    if not (name.isalpha() and len(name) <= 2) or name.casefold() in glossary:
        return False
    if any(ord(c) >= 0x2E80 for c in name):
        # "心肌" among "骨骼肌", "平滑肌": two characters of Chinese, Japanese or Korean are a
        # word, not a letter; read as one, it was dropped from its list without a word.
        # "其他" ("other") over its own points still names no member of the set (the gate:
        # kept, it made "实验前; 实验中; [...]; 其他" and a list titled "其他", junk and weak).
        return name in _CJK_NO_MEMBER
    named, capitalised, long, letters = items.others(position)
    if len(set(name)) > 1:
        # (Not two small letters, a word: "in" and "an" among "auf", "hinter", "über" were
        # dropped from the prepositions they are two of, and "[a…]" then fitted "an" and
        # "auf" alike; blind sample 2901.)
        return bool(named) and not capitalised and not name.islower()
    # A run: a sibling one letter before or after it ("- C" beside "- B" or "- D").
    if letters[ord(name[0].casefold()) - 1] > 0 or letters[ord(name[0].casefold()) + 1] > 0:
        return True
    return bool(named) and long == named


def _bare_item(plain: str) -> str:
    return unmark(plain).strip(" :*_.)")


# A one-column matrix's values longer than this are meanings, not values: its rows are read
# as a thing and its attribute, as before.
MAX_MATRIX_VALUE_WORDS = 4
# A label that is a condition, its text the outcome: "If vertical erosion is strong: gorge",
# "Wenn Tiefenerosion stark ist: Schlucht", "Si la pente est forte : torrent".
# (A clause after the connective: two words or more, three after "si"/"se", which also
# open "Se forme par: …"; no "als", which opens "Als Beispiel: …".)
_CONDITION_LABEL = re.compile(r"\s*(?P<condition>(?:(?:if|when|whenever|wenn|falls|sobald|lorsque|"
                              r"quand|quando|cuando)(?:\s+[^\s:：]+){2,}|(?:si|se)"
                              r"(?:\s+[^\s:：]+){3,})[^:：\n]{0,120}?)"
                              r"\s*[:：]\s+(?P<outcome>\S[^:：\n]*)", re.I)
# An outcome longer than this is a clause of its own, read as before.
MAX_CONDITION_OUTCOME_WORDS = 5
# Labels that say their value is the formula of what the heading names: "Formula: $P = W/t$"
# under "## Power".
_FORMULA_LABELS = frozenset("""formula equation formel formule fórmula ecuación equazione
    gleichung 公式 定义式 计算公式 表达式""".split())


_FORMULA_FIELD = re.compile(r"\s*(?:\*\*|__)?(?P<label>[^:：*_\\]{1,20}?)(?:\*\*|__)?\s*[:：]"
                            r"\s*(?:\*\*|__)?(?P<value>.+?)(?:\*\*|__)?\s*", re.S)


# A formula this short (its TeX with delimiters) says too little to ask a name from.
MAX_SMALL_FORMULA_CHARS = 24


def _bare_items(items: list[SyntaxTreeNode]) -> list[str]:
    """Each item's own text, as _is_mark compares it with its siblings'."""
    names = []
    for item in items:
        first = next((c for c in item.children if c.type == "paragraph"), None)
        names.append(_bare_item(_inline_child(first).content) if first else "")
    return names


def _words_of_letters(text: str) -> int:
    return sum(sum(c.isalpha() for c in word) >= 2 for word in text.split())



_CLAUSE_VERBS = r"is|are|was|were|has|have|had"
_CLAUSE_VERB = re.compile(rf"\b(?:{_CLAUSE_VERBS})\b", re.I)


# Words that make a subject a reference back or a role, not a name: "The main aim was …",
# "The official name of the plan was …", "The result is a …".
_NOT_A_NAME_WORDS = frozenset("""
    name aim aims purpose goal result results answer reason reasons problem problems
    difference differences point idea effect effects outcome consequence cause causes way
    rest key main first second third last final best worst biggest largest smallest
    official real whole overall same usual typical other following previous next below
    above table figure diagram graph chart image picture list section chapter page text
    """.split())
