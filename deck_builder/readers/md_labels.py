"""The Markdown reader's labels: "**Label**: text" and its kin, and what a label says.

`_labelled` splits a line into its label and its text (bold, dash, equals, colon and CJK
labels, fields run together); the rules beside it say what a label is: a result's name
("Theorem 2"), a field of a record, an attribute, a note's kind, a question's words, a
term over its text, a numbered step. Used by the tables and the lists alike.

Its own module because labelled items are read the same in a list, a table and a
paragraph, and the rules about labels are many: they sit between the inline text they
read and the reader that turns them into labelled lists, definitions and facts.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from markdown_it.tree import SyntaxTreeNode

from deck_builder import months
from deck_builder.quality import (
    STOP_WORDS,
    compound_of,
    content_words,
    giveaways,
    initials_shown,
    is_amount,
    is_structural_label,
    names_a_problem,
    opens_on_a_verb,
    related,
    weak_answer,
)
from deck_builder.readers.md_course import (
    _ABOUT_THE_COURSE,
    _ABOUT_THE_NOTES,
    _DUE,
    _FIRST_PERSON,
    _HOMEWORK,
    _NOTES_SOURCE,
    _NOTES_SOURCE_TAIL,
    _PAGE_PROPERTIES_IF_SHORT,
    _READING_ASSIGNMENT,
    _STUDY_ADVICE,
    MAX_NOTES_SOURCE_WORDS,
    _course_place,
)
from deck_builder.readers.md_definitions import _SET_UP_WORDS, _is_term
from deck_builder.readers.md_formulas import _FORMULA_ONLY
from deck_builder.readers.md_inline import _BRACKETED, _Inline, _inline_child, _label_words, _words
from deck_builder.readers.md_rules import (
    _ABOUT_A_TOPIC,
    _BOLD_LABEL,
    _CITATION_KEY_END,
    _CJK_LABEL_COUNTS,
    _CJK_LABEL_LEAD,
    _CLAUSE_VERB,
    _CLAUSE_VERBS,
    _COLON_LABEL,
    _CONCEPT_LABEL,
    _DASH_LABEL,
    _DIFFERENCE_OF_WORDS,
    _EQUALS_LABEL,
    _FINITE_VERB,
    _NO_THING_HEADINGS,
    _NOT_A_NAME_WORDS,
    _PLURAL_FRAGMENT,
    _PLURAL_VERBS,
    _POINTING_SUBJECTS,
    _SENTENCE_BREAK,
    _STEP,
    _SUM_OF_WORDS,
    _TERM_LINE,
    _TITLE_TAG,
    _TYPED_BULLET,
    _VERB_OF_A_SUBJECT,
    MAX_LABEL_WORDS,
    MAX_LEAD_IN_WORDS,
    MAX_SMALL_FORMULA_CHARS,
    _plural,
    _slug,
    _words_of_letters,
)
from deck_builder.readers.md_source import _ITEM_MARKER
from deck_builder.readers.md_tables import _RATIO_OR_TIME, _cues_a_value, _Table
from deck_builder.statements import (
    ROMANCE_ARTICLE,
    names_own_subject,
    says_what_it_does,
    set_up_spans,
    vocabulary_word,
)
from deck_builder.text import (
    ARROW,
    CJK_CHARS,
    is_cjk,
    marks,
    math_spans,
    shield_math,
    slugify,
    stands_as_a_word,
    unmark,
)


def _bold_headwords_unmarked(entries: list[tuple[_Inline, int]]) -> list[tuple[_Inline, int]]:
    """The entries, each vocabulary line with its headword in bold ("**das Kino**, die
    Kinos – cinema") unmarked: the bold says which word the line is about, not which part of
    it to ask. Hidden alone it left the plural to spell it ("[…], die Kinos – cinema")."""
    def headword(text: str) -> bool:
        found = _labelled(unmark(text)) if text.lstrip().startswith("**") and \
            len(marks(text)) == 1 else None
        return found is not None and vocabulary_word(unmark(found[0]))
    return [(replace(t, text=unmark(t.text)) if headword(t.text) else t, line)
            for t, line in entries]


def _small_formula_value(text: str) -> tuple[str, str] | None:
    """("Vertical intercept", "\\(\\frac{m}{p_2}\\)") of "**Vertical intercept**: $\\frac{m}{p_2}$":
    a term's label over a formula too short to ask the name from (a card needs words
    besides its gap, and "[…] — \\(m/p_2\\)" has none), asked from the name instead. A
    longer formula ("Total holding cost: $H = hQ/2$") still asks its name."""
    found = _labelled(text)
    if not found:
        return None
    label, value = unmark(found[0]).strip(), unmark(found[1]).strip().rstrip(".。").strip()
    if not _FORMULA_ONLY.fullmatch(value) or not _is_term(label) or \
            not _cues_a_value(label) or len(value) > MAX_SMALL_FORMULA_CHARS or "=" in value:
        return None
    return label, value


def _example_point(item: SyntaxTreeNode) -> bool:
    """Whether a list item is one plain paragraph an example's label opens ("- Example:
    pacemaker lead", "- e.g. …")."""
    return len(item.children) == 1 and item.children[0].type == "paragraph" and \
        bool(_EXAMPLE_LABEL.match(_inline_child(item.children[0]).content))


# An item's opening label naming an example, up to its colon or dash ("contraejemplo: …",
# "Example – …", "例：…"), in the languages notes are written in.
_EXAMPLE_LABEL = re.compile(
    r"\s*(?P<label>(?:counter-?|contra-?|contre-?|contro|gegen|mod)?(?:examples?|ejemplos?|"
    r"esempi[oi]?|exemples?|exemplos?|beispiele?|eksempler?|exempel|voorbeelden?)|e\.?g|ex|"
    r"反例|例子|举例|舉例|例)\s*(?::|：|\s[–—-]\s)\s*\S", re.I)
# ("- e.g. water supply, railway track" with no colon is left out: alone under a labelled
# item it is what the label is asked from, test_bullet_notes_abroad.)


# An amount with its unit opening a value, more after it: "30 ml/kg krystalloid inden for de
# første 3 timer", "500 mL crystalloid over 15 min" (values_of_a_kind).
_AMOUNT_OPENING = re.compile(
    r"(?P<value>[<>≤≥~]?\s*\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?\s*(?:%|(?:[kmµμn]?(?:g|l|L|mol|Eq)"
    r"|mmHg|IU|IE|E|U|bpm|mcg)(?:/(?:kg|min|h|t|d|L|l|m²))?))(?![\w/])(?=\s+\S)")
# One name ranked as the choice of its kind: "noradrenalin 1. valg", "amoxicillin (first
# line)", "metformin first-line", "adrenalina di scelta" (values_of_a_kind).
_RANKED_NAME = re.compile(
    r"(?P<value>[^\W\d_][\w-]*)\s+\(?(?:(?:\d+\.?\s*|\d+(?:st|nd|rd|th)[\s-]*|first[\s-]*|"
    r"første\s*|erste\s+|prima\s+|primera\s+|premier\s+|première\s+)(?:valg|choice|line|linje|"
    r"wahl|scelta|línea|linea|choix|intention)|of\s+choice|di\s+scelta|de\s+elección|de\s+choix|"
    r"der\s+wahl)\)?\.?", re.I)


# A heading naming a time of someone's ("Truman's first years", "Stalin's last years",
# "Nixon's presidency"): not "Newton's first law", whose law is the doer of its items.
_POSSESSIVE_TIME = re.compile(
    r"[^\W\d_]['’]s?\s+(?:(?:early|first|last|late|final|later|middle|second|two|three)\s+)*"
    r"(?:years?|days|months|decades?|era|reign|presidency|premiership|term|tenure|rule|life|"
    r"lifetime|childhood|youth|career|administration|government|leadership|time|period)\b",
    re.I)


def _doer_unsaid(item: str, heading: str) -> bool:
    """Whether `item` opens on its verb ("Sends the "Long Telegram", describing …") under a
    heading that names a time of someone's, not who acts ("Truman's first years": its list
    holds what Britain, the protests and others did too). The front asked the name with
    no one doing it (a blind review: junk, "who sends?"). A heading naming the doer ("What
    Truman did at first", "Newton's first law", "## Containment") is its subject, as
    before."""
    return opens_on_a_verb(item) and bool(_POSSESSIVE_TIME.search(heading))


def _value_of_a_kind(label: str, value: str) -> tuple[int, int] | None:
    """Where `value` says which one of the kind its label names, precisely: an amount with
    its unit opening it ("Væske: 30 ml/kg krystalloid inden for de første 3 timer"), or one
    name ranked as the choice ("Vasopressor: noradrenalin 1. valg"). Hidden, the label was
    a plain kind word asked from its own value ("[Væske] — 30 ml/kg …", "[Vasopressor] —
    noradrenalin 1. valg": a learner's read, junk); the value is the fact, asked with the
    label as its cue, as "Vasopressor of choice: [noradrenaline]" is. None for another
    value, a label of more than two words, or one its value says."""
    if _words(label) > 2 or not label[:1].isupper() or not _cues_a_value(label) or \
            math_spans(value) or "**" in value:
        return None
    said = _AMOUNT_OPENING.match(value) or _RANKED_NAME.fullmatch(value)
    return said.span("value") if said and not giveaways(value, label) else None


def _question_says_answer(question: str, text: str) -> bool:
    """Whether `question` says a word of a phrase `text` marks, or its initials ("Quel
    édit autorise …?" over "L'**Édit de Milan**", "Que signifie ZIP ?" over "**Zone
    Industrialo-Portuaire**"): the context line would show the answer, so the card masks it
    away and asks the gap with no question at all ("[…] (Constantin)")."""
    asked = {stem for _, _, stem in content_words(question)}
    for found in re.finditer(r"\*\*(.+?)\*\*", text):
        answer = unmark(found.group(1))
        if asked & {stem for _, _, stem in content_words(answer)} or \
                initials_shown(question, answer.replace("-", " ")):
            return True
    return False


# A value, then an arrow to what holds at it: "1 → proportioneel elastisch", "0 → apolar".
# (0 or 1, a threshold's value: "π = 3.14159 → ratio of …" names a constant, the third
# code re-read.)
_VALUE_LEADS_TO = re.compile(rf"[-+−]?[01]\s*(?:{ARROW})")


def _labelled(text: str) -> tuple[str, str] | None:
    """("Label", "text") for a labelled item, or None. A dash or colon inside a formula
    is math, never a label's separator.

    A structural label ("**Definition:** …", "Example - …") says what kind of text follows,
    not what it is about: that item is an ordinary paragraph (quality.is_structural_label).
    """
    shielded = shield_math(text)

    def part(match: re.Match, group: str) -> str:
        return text[match.start(group):match.end(group)]

    bold = _BOLD_LABEL.match(shielded)
    if "**" not in shielded and (_course_place(plain := unmark(shielded))
                                 or _HOMEWORK.match(plain) or _DUE.match(plain)):
        # "Woche 7 – Kapitel 9 im Kursbuch": where the notes are; "Due Thursday: the essay
        # plan": when work is due. No term either ("[Due Thursday] — …" was asked).
        return None
    if bold:
        label, rest = part(bold, "label").strip(), part(bold, "text").strip()
        # "**Label:** text" puts the separator inside the bold.
        if label.endswith((":", ".")) and not bold["sep"]:
            label = label[:-1].strip()
        elif not bold["sep"]:
            return None  # "**Mitosis** divides a cell" is a sentence, not a label
        if label and rest and _label_words(label) <= MAX_LABEL_WORDS and \
                not is_structural_label(label) and not _CONCEPT_LABEL.fullmatch(label):
            return _defined_term(label), rest
        return None
    for pattern in (_DASH_LABEL, _COLON_LABEL, _EQUALS_LABEL):
        match = pattern.match(shielded)
        if match:
            label = unmark(part(match, "label")).strip()
            rest = part(match, "text").strip()
            if pattern is _DASH_LABEL and "=" in label and \
                    _DIFFERENCE_OF_WORDS.match(shielded.partition("=")[2]):
                return None  # "Profit = Revenue - Costs": an equation, its minus no dash
            # "die Stadt = city": a word of a vocabulary list and its meaning, no formula.
            translated = vocabulary_word(label, equals=pattern is _EQUALS_LABEL) and \
                _words_of_letters(rest) >= 1
            if pattern is _EQUALS_LABEL and "=" in rest and (
                    not re.search(r"[^\W\d_]{3}", label)
                    or " " not in rest.split("(")[0].strip()):
                # "V = IR (R = resistance in ohms)", "KE = ½mv² (v = velocity)": a formula
                # whose bracket defines a symbol; only a word's meaning may hold an "=" in
                # its bracket ("Interval = distance … (C→E = C D E = 3rd)").
                return None
            if pattern is _EQUALS_LABEL and _VALUE_LEADS_TO.match(rest) and \
                    " " not in label.strip() and len(label.strip()) <= 6:
                # "|Ev| = 1 → proportioneel elastisch", "μ = 0 → apolar": a threshold, as
                # "|Ev| > 1 → …" beside it, what holds at the value asked after the arrow;
                # as a label it asked "[|Ev|] — 1 → …" and dropped the "=". (A symbol's
                # only: "Golden ratio = 1.618 → …" names a constant, the second re-read.)
                return None
            if pattern is _EQUALS_LABEL and (_words_of_letters(rest) < 2 and not translated or
                                             label.count("(") != label.count(")") or
                                             _SUM_OF_WORDS.match(rest)):
                # "ε = 1", "demand (Ed = -inf)", "Assets = Liabilities + Equity": a formula,
                # not a name and its meaning; hiding one side would drop the "=".
                return None
            if label.startswith(("...", "…")):
                return None  # "... as 1 glucose = 2 pyruvate": the item before, continued
            if pattern is _COLON_LABEL and _CITATION_KEY_END.search(label):
                # "Chapter 1.1--1.4 in @Brockwell:Davis:2002": a Pandoc citation's key
                # holds the colon ("[...] — Davis:2002" was asked).
                return None
            if pattern is _COLON_LABEL and match["wide"] and (
                    _CJK_LABEL_LEAD.search(label) or _CJK_LABEL_COUNTS.search(label)):
                return None  # "能谱满足：…": a sentence leading into its formula
            if pattern is _COLON_LABEL and _fields_run_together(text):
                return None
            if pattern is _COLON_LABEL and label[-1:].isdigit() and _RATIO_OR_TIME.fullmatch(rest):
                # "F2 genotypic ratio → 1 : 2 : 1", "9:14 AM": a ratio, a time. Only numbers
                # after the colon: "Vitamin B12: 2.4 µg per day" is a label and its value.
                return None
            if pattern is _COLON_LABEL and (spelled := _EQUALS_IN_LABEL.split(label)) and \
                    len(spelled) == 2 and _spelled_out(spelled[0].strip(), spelled[1].strip()):
                # "FH = Formula of Humanity: treat humanity …": the name is the expansion,
                # its acronym an alias ("[FH = Formula of Humanity]" was asked whole).
                label = f"{spelled[1].strip()} ({spelled[0].strip()})"
            # "(Dark green - on-hand inventory, Red - …)": a bracket opened before the
            # dash and closed after it holds a legend, no label (blind sample 2901: junk).
            if (label and _label_words(label) <= MAX_LABEL_WORDS and any(c.isalpha() for c in label)
                    and not is_structural_label(label) and not _ends_a_sentence(label)
                    and label.count("(") <= label.count(")")
                    and not (_slug(re.sub(r"[\s\d.]+$", "", label)) in _STATEMENT_KINDS
                             and not _DEFINING_OPENING.match(rest))
                    and not (_WH_LABEL.match(label) and not label.endswith(("?", "？")))):
                return _defined_term(label), rest
    return None


def _fields_run_together(text: str) -> bool:
    """Whether an unmarked line is two "Label: value" fields typed as one, their break lost:
    "negative values: right-skewed positive values: left-skewed". Where the first value ends
    no reader can tell, and every card of it cut a field in two ("[...] — right-skewed
    positive values: left-skewed", blind samples 3004 and 3005: junk)."""
    if "**" in text or "==" in text or ":" not in text:
        return False
    found = _COLON_LABEL.match(shield_math(text))
    if found is None or found["wide"] or _label_words(found["label"]) > MAX_LABEL_WORDS:
        return False
    second = _SECOND_FIELD.fullmatch(found["text"].strip())
    if second is None:
        return False
    run, label = second["run"].split(), found["label"].split()
    # The second label says the first again in parallel, its last word the same
    # ("negative values" … "positive values"), and both fields are short: a gloss and its
    # example ("Präteritum: simple past: ich ging", the code re-read) or a clause leading
    # on ("Delta: Wenn Fluss in See oder Meer mündet: Ablagerungen …") are one field.
    return len(run) > 1 and run[-1].casefold() == label[-1].casefold() and \
        len(run) <= 5 and len(second["value"].split()) <= 4


# A value that runs into a second label with nothing between to end the first: no stop,
# comma, bracket or formula before the second colon ("right-skewed positive values:
# left-skewed"), and one value after it, no list. Not a time or ratio ("10:30").
_SECOND_FIELD = re.compile(r"(?P<run>[^\W\d][^.,;:()\[\]!?\x00]*[^\W\d]):\s+"
                           r"(?P<value>[^:,;\x00]+)")
# A label that asks ("Why it doesn't create cycles or miss vertices:", "How it works:"):
# its text answers it, and "[Why it doesn't …]" asked a heading (blind sample 2903: junk).
# (A question with its mark, "What is active transport? — …", is a question and its answer.)
_WH_LABEL = re.compile(r"(?:[Ww]hy|[Hh]ow|[Ww]hat|[Ww]hen|[Ww]here|[Ww]hich|[Ww]ho|[Ww]arum|"
                       r"[Ww]ie|[Ww]ieso|[Pp]ourquoi|[Cc]omment|[Pp]or\s+qué|[Cc]ómo|[Pp]erché)"
                       r"\s(?!much\b|many\b)|为什么|如何")
# (A wh-word and a space, in its own case: not "WHO grade", "What-if analysis", "Who's who",
# "How much:"; the code re-read found each.)
_BOLD_WH_LABEL = re.compile(r"^\*\*(?P<label>(?:[Ww]hy|[Hh]ow|[Ww]hat|[Ww]hen|[Ww]here|"
                            r"[Ww]hich|[Ww]ho)\s[^*?:]{1,80}?)(?::\*\*|\*\*\s*:)\s*")
# (Only with its colon, in its own case: "**WHO** declared …" and "**When a cell divides,
# its DNA is copied …**" are a name and a marked sentence.)
# A text that says what its label is: "a statement that has been proven", "an assertion …".
_DEFINING_OPENING = re.compile(r"^\W*(?:a|an|the|un|une|le|la|ein|eine|der|die|das|uno|una|"
                               r"el)\s", re.I)
# The kind of a mathematical statement as a label: "Theorem: in a second-price auction,
# every buyer …" asked "[Theorem]" (blind sample 2902: junk), "Theorem 2.3: …" too. Only a
# label over a statement: "A proposition is a statement …", "Lemma: a minor theorem used
# to prove …" and a CER list's "Claim: a statement that answers …" define one.
# A heading naming a result by its kind and its own name ("### Rolle's theorem", "### Le
# Chatelier's principle", "### Teorema della funzione costante", "### Satz von Vieta"): the
# statement under it is what the name means, and the name is what to recall from it
# (states_result). The kind is the name's head: last after its owner, or first before
# what it is of.
_RESULT_KINDS = (r"theorem|lemma|law|principle|postulate|axiom|paradox|criterion|teorema|"
                 r"legge|principio|postulato|assioma|criterio|ley|théorème|lemme|loi|"
                 r"principe|postulat|critère|satz|gesetz|prinzip|kriterium|princípio|"
                 r"critério|stelling")
_LAW_WORDS = r"law|legge|ley|loi|gesetz"
_NAMED_RESULT = re.compile(rf"\b(?:{_RESULT_KINDS})\b", re.I)
_RESULT_KIND_LAST = re.compile(rf"^(?P<owner>.{{2,60}}?)\s+(?P<kind>{_RESULT_KINDS})$", re.I)
_RESULT_KIND_FIRST = re.compile(
    rf"^(?:(?:the|il|le|la|der|das|el|o|a)\s+)?(?:[^\W\d_][\w'’-]*\s+){{0,2}}"
    rf"(?:{_RESULT_KINDS})\s+(?:[^\W\d_]+\s+)?"
    r"(?:of|de[ls]?|d[ei]|del(?:la|lo)?|dell['’]|von|der|du|des|da|do)\s*\S", re.I)
# Not the result itself but something about it ("### Proof of Rolle's theorem", "###
# Applications of Bayes' theorem"), a device's "Principle of operation", a field of law
# ("## Contract law", "## Law of Contract"), nor a law by its number alone ("## Second law").
_NOT_A_RESULT = re.compile(
    r"\b(?:proofs?|applications?|examples?|uses?|history|intuition|consequences?|"
    r"corollar(?:y|ies)|derivations?|statement|beweis|dimostrazione|démonstration|"
    r"demostración|operation|working|design|functioning|funktionsweise|funzionamento|"
    r"fonctionnement|funcionamiento)\b", re.I)
_LEGAL_FIELD = re.compile(
    rf"\b(?:{_LAW_WORDS})\s+(?:of\s+)?(?:the\s+)?(?:contracts?|torts?|property|evidence|"
    r"succession|obligations|persons|sea|war|nations|trusts?|equity|agency|crimes?|land|"
    r"family|employment|business)\b", re.I)
_ORDINAL_OWNER = re.compile(r"^(?:the\s+)?(?:first|second|third|fourth|zeroth|1st|2nd|3rd|"
                            r"\d+(?:st|nd|rd|th)?)$|^(?:the|il|lo|la|le|der|die|das|el|o|a|"
                            r"un|una|une|ein|eine)$", re.I)


def _names_a_result(name: str) -> bool:
    """Whether a heading names a result by its kind and its own name (_RESULT_KINDS): "Rolle's
    theorem", "Pareto principle", "Law of demand", "Teorema di Weierstrass". A law after its
    owner only where the owner is a person's ("Newton's second law", "Ohm's law"): "Contract
    law", "Roman law" are fields."""
    name = " ".join(_BRACKETED.sub(" ", _TITLE_TAG.sub("", name)).split())
    if _NOT_A_RESULT.search(name) or _LEGAL_FIELD.search(name) or name.endswith(("?", ":")):
        return False
    if _RESULT_KIND_FIRST.match(name):
        return True
    last = _RESULT_KIND_LAST.match(name)
    if not last or _ORDINAL_OWNER.match(last["owner"]):
        return False
    return not re.fullmatch(_LAW_WORDS, last["kind"], re.I) or bool(
        re.search(r"[’']s?\b", last["owner"]))


# A line that stops where what it says goes on below: "Sia $f$ … tale che", "… è", "… that".
_ENDS_IN_A_LEAD = re.compile(r"(?:\b(?:è|e|che|tale\s+che|that|where|if|then|when|such\s+that|"
                             r"with|and|or|is|are|ist|sind|dass|wenn|est|que|es|si|allora)|"
                             r"[,;])\s*$", re.I)
# A statement's set-up ("Sia $f: D \to \mathbb R$.", "Seja $f$ …", "Given a set $A$, …"): its
# result comes after. (English "Let", "Suppose", "Assume" are statements.set_up_spans':
# _opens_a_set_up.)
_RESULT_SET_UP = re.compile(rf"^(?:{_SET_UP_WORDS}|seja|sejam|given)\b", re.I)
# A statement longer than this is prose about its result, no one fact to recall it by.
MAX_RESULT_WORDS = 60
_STATEMENT_KINDS = frozenset("""theorem lemma corollary proposition claim conjecture remark
    observation proof teorema lemme théorème corollaire satz korollar beweis bemerkung lema
    corolario demostración dimostrazione osservazione""".split())
# "Definition of Hukm (Usuli)": a label saying its text defines a term names the term.
_DEFINITION_OF = re.compile(r"^(?:(?:the\s+)?(?:definition|meaning)\s+of|"
                            r"d[ée]finition\s+(?:de\s+(?:la\s+|l['’]\s*)?|du\s+|des\s+)|"
                            r"definici[óo]n\s+de(?:l)?\s+|definizione\s+d(?:i|el(?:la)?|ell['’])\s*|"
                            r"definition\s+(?:von|der|des)\s+|begriff\s+)\s*(?P<term>\S.*)$", re.I)
# (The set-up of a result: "_SUCH_THAT" below runs on into its hypotheses as the leads
# above run into their lists.)
# A result typed as its hypothesis and its conclusion, each labelled, in the languages maths
# is revised in: "**Ipotesi:** $f$ continua" / "**Tesi:** $f$ ammette massimo …",
# "Voraussetzung: …" / "Behauptung: …", "*Hypothesis:* …" / "*Conclusion:* …".
_HYPOTHESIS_LABEL = (r"(?:ipotesi|hypothes[ie]s|hypothèses?|hipótesis|hipóteses?|assumptions?|"
                     r"voraussetzung(?:en)?|annahmen?|premis[es]s?|given)")
_CONCLUSION_LABEL = (r"(?:tesi|thesis|conclusions?|conclusione|conclusión|conclusão|"
                     r"behauptung|claim|thèse|tesis|tese)")
_HYPOTHESIS_LINE = re.compile(rf"\s*{_HYPOTHESIS_LABEL}\s*[:：]\s*(?P<value>\S.*)", re.I | re.S)
# The labels only a result is stated with (not "Hypothesis" / "Conclusion", a lab report's).
_MATH_PAIR_LABEL = re.compile(r"\s*(?:ipotesi|tesi|voraussetzung(?:en)?|behauptung|hypothèses?|"
                              r"thèse|hipótesis|tesis|hipóteses?|tese)\s*[:：]", re.I)
# Such a conclusion's line as typed, its label perhaps in bold or italics.
_LABELLED_CONCLUSION = re.compile(rf"\s*[*_]{{0,3}}{_CONCLUSION_LABEL}\s*[*_]{{0,3}}\s*[:：]", re.I)
_CONCLUSION_LINE = re.compile(rf"\s*(?P<label>{_CONCLUSION_LABEL})\s*[:：]\s*(?P<value>\S.*)",
                              re.I | re.S)
# The word a result's conclusion opens on, after its hypotheses ("allora $\\exists c$ …",
# "Then there is a $c$ …", "Dann gilt …"), with what may follow it before the claim.
_CONCLUDES = re.compile(rf"{_CONCLUSION_LABEL}\s*[:：]\s*|"
                        r"(?:allora|then|therefore|hence|thus|dann|so\s+gilt|alors|donc|"
                        r"entonces|então|quindi|ne\s+segue\s+che)(?:\s+(?:gilt|vale|si\s+ha|"
                        r"we\s+have|il\s+existe|existe|esiste|there\s+(?:is|exists)\b))?"
                        r"\s*[:,]?\s+", re.I)
# A set-up that runs on into its hypotheses without a colon ("Sia $f$ tale che", "Se $f$
# è", "Let $f$ be such that").
_SUCH_THAT = re.compile(r"\b(?:tale|tali|such|so|tel|telle|tels|telles|tal|tales)\s+(?:che|that|"
                        r"dass|que)\s*$|\b(?:sodass|è|is|are|sono|ist|sind|est|es|with|mit|con)"
                        r"\s*$", re.I)
# A set-up that says what to do, not what holds: "To compute $\gcd(a, b)$:", "Per calcolare
# …:" lead into an algorithm's steps.
_PROCEDURE_LEAD = re.compile(r"\s*(?:to|per|pour|para|um)\s+[^\W\d_]+", re.I)
# What a conclusion that is a task opens on ("Then repeat until …", "Quindi tracciare il
# grafico"). (statements.STEP_VERBS holds "repeat", "draw" and "plot" too, but opens_a_step
# takes them for nouns there, STEP_NOUNS, before no object.)
_TASK_AFTER = re.compile(r"(?:repeat|sketch|draw|plot|tracciare|disegnare|ripetere|skizziere|"
                         r"zeichne|wiederhole|tracer|dessiner|répéter|trazar|dibujar|repetir)\b",
                         re.I)



def _defined_term(label: str) -> str:
    """The term a label names: itself, or what "Definition of …" defines (_DEFINITION_OF).
    Hidden whole, "[Definition of Hukm (Usuli)] — خطاب الله …" asked a label (blind sample
    2828: junk); the term is the answer."""
    found = _DEFINITION_OF.match(label)
    return found["term"].strip() if found and found["term"].strip(" :") else label


# A paragraph's opening label and its colon or full stop: "例 4-1：", "Example. ", "Worked
# example from the lecture: ". A number's dot ("例 7.1") is no full stop.
_OPENING_LABEL = re.compile(r"^(?P<label>[^:：\n]{1,40}?)\s*(?:[:：]|\.(?=\s))")


def _opens_on_a_problem(plain: str) -> bool:
    """Whether a paragraph opens on a label naming a worked example or an exercise: "例 4-1：
    水在直径 d = 0.1 m 的圆管中流动 …", "**Example.** A 1200 kg car takes a bend …". Its
    numbers hold for that one problem (junk21b: "[...] — 20% of the control group … so ARR
    = 0.05 and NNT = 20." asked "Worked example from the lecture")."""
    opening = _OPENING_LABEL.match(plain)
    return opening is not None and names_a_problem(opening["label"])


def _ends_a_sentence(label: str) -> bool:
    """Whether a label holds a whole sentence before its last words: "Lecture 9 summary
    (Mankiw ch. 14–17). Exam: know the 4 structures" is a sentence, then a label of its
    own; hidden whole, the front asked for both ("[…] — know the 4 structures")."""
    before = _SENTENCE_BREAK.split(label, maxsplit=1)
    return len(before) == 2 and _words(before[0]) >= 3


# A Spanish, Italian, French or Portuguese sentence naming its own subject: an article, its
# noun (and up to three words more), then a reflexive or a common verb ("La osmosis se
# produce a través de …", "Il DNA è contenuto …", "La cellule a besoin …"). It is a fact
# about that subject, never what the heading above it means (names_own_subject, in English).
_ROMANCE_OWN_SUBJECT = re.compile(
    rf"^{ROMANCE_ARTICLE}[^\W\d_]+(?:\s+[^\W\d_]+){{0,3}}?\s+"
    r"(?:se|si|es|son|está|están|è|sono|sta|stanno|est|sont|ha|hanno|tiene|tienen|puede|"
    r"pueden|può|possono|peut|peuvent|ont|é|são|tem|têm)\s", re.I)


def _starts_a_line_of_its_own(before: str, line: str) -> bool:
    """Whether a line typed under a list item without indent is a new line of the notes,
    not the item's sentence wrapped ("- Osmosis is the movement of water" / "across a
    membrane"): a title ("Uses of glucose:"), a "Term - meaning" line, or a capitalised
    line after a finished sentence or a labelled item."""
    if line.startswith("|") and not before.lstrip().startswith("|"):
        return True  # a table typed right under the item
    if not line or line.startswith((">", "|")):
        return False
    if line.endswith(":") and _words(line) <= MAX_LEAD_IN_WORDS:
        return True
    if not line[0].isupper():
        return False
    return bool(_TERM_LINE.match(line)) or before.rstrip().endswith((".", "!", "?")) or \
        _labelled(_ITEM_MARKER.sub("", before.strip())) is not None


def _aside(plain: str) -> bool:
    """Whether a line is the author's aside, no meaning of the name above it: about the
    writer ("I always forget this one …"), the notes or the course ("Taken from the AQA
    specification, section 3.4.3 …"), what to study or read. The paragraph reader skips
    these with their reasons; read as the line under a name, they were its meaning ("[…] —
    I always forget this one", the code re-read of session 33)."""
    return bool(_FIRST_PERSON.match(plain) or _ABOUT_THE_NOTES.match(plain)
                or _ABOUT_THE_COURSE.match(plain) or _NOTES_SOURCE.match(plain)
                or _STUDY_ADVICE.match(plain) or _READING_ASSIGNMENT.match(plain)
                or _NOTES_SOURCE_TAIL.search(plain)
                and len(plain.split()) <= MAX_NOTES_SOURCE_WORDS)


def _names_no_topic(name: str) -> bool:
    """Whether a heading is a name, not a part of a topic: not "Significance", "Causes of
    Containment", "Truman's Rhetoric" or "Spinning the Marshall Plan"."""
    words = [_slug(w) for w in name.split()]
    first, last = (words[0], words[-1]) if words else ("", "")
    return not (_slug(name) in _NO_THING_HEADINGS
                or first in _NO_THING_HEADINGS
                or last in _ABOUT_A_TOPIC or re.search(r"['’]s\b", name)
                or first.endswith("ing"))


def _opens_a_set_up(text: str) -> bool:
    """Whether `text` opens on a sentence that sets up a problem ("Suppose …", "Consider …",
    "Imagine that …", "Let's assume …": statements.set_up_spans)."""
    set_ups = set_up_spans(text)
    return bool(set_ups) and not text[:set_ups[0][0]].strip()


def _opens_a_description(text: str) -> bool:
    """Whether a line can say what a thing is: not one opening with an acronym, a number,
    a sum, an adverb or a name ("FDR expected …", "$400 mn in aid …", "Completely
    revolutionizes …", "Langston Hughes, concerns about …"), which state a fact about
    something else."""
    words = [w.strip("\"'“”(,.:;") for w in text.split()[:2]]
    word = words[0] if words else ""
    if word.casefold() in ("we", "let's", "let", "here"):
        # "We derive it by completing the square." under "## Quadratic formula": the writer
        # says what the notes do, not what the heading is (the re-read of session 26).
        return False
    if _STEP.search(text):
        return False  # "US + neutral stimulus → CS": a step of a process, not a meaning
    if _opens_a_set_up(text):
        # "Suppose the Bank of England raises interest rates …" under "## Policy" says what
        # to imagine, nothing that is so: "[Policy] — Suppose …" asked a heading it falls under
        return False
    opening = _RELATIVE_CLAUSE.sub("", " ".join(text.split()[1:4]))
    if word.casefold() not in _POINTING_SUBJECTS and (
            _CLAUSE_VERB.search(opening) or _MODAL_VERB.search(opening.split(" that ")[0])):
        return False  # "B cells are made in the bone marrow": a sentence about its subject
    return bool(word) and not (word[0].isdigit() or not word[0].isalpha()
                               or (len(word) > 1 and word.isupper())
                               or word.casefold().endswith("ly")
                               or (len(words) > 1 and word[0].isupper() and words[1][:1].isupper()))


def _shares_cjk_words(name: str, text: str) -> bool:
    """Whether `text` says two CJK characters of `name` together ("資源請求算法" over "…判断
    某个资源请求是否…"): CJK words have no spaces to be told apart by, and most are two
    characters long, so any two in a row that the name holds may be one of its words."""
    runs = [run for run in re.findall(f"[{CJK_CHARS}]+", name) if len(run) >= 2]
    return any(run[i:i + 2] in text for run in runs for i in range(len(run) - 1))


def _opens_on_cjk_name(name: str, text: str) -> bool:
    """Whether `text` opens on the CJK `name` whole ("死鎖是指…" under "## 死鎖"), not on a
    longer word that holds it ("失业率在经济衰退时上升" under "## 失业": hiding 失业 there
    cuts 失业率 in half, and leaves the answer on the front)."""
    # Where it stands as a word, as a term found in prose is asked (text.stands_as_a_word,
    # whose list of what may follow a word holds no suffix of a longer noun): "失业人数…"
    # opens on the compound 失业人数, no word 失业 (the test audit found "[…] — […]人数" made).
    return text.startswith(name) and stands_as_a_word(text, 0, len(name))


def _shares_a_word(name: str, text: str) -> bool:
    """Whether a word of `text` is a form of a word of `name` ("the more dissonance" under
    "Magnitude of dissonance"): the text would half-answer a card hiding the name."""
    named = [s for _, _, s in content_words(name)]
    if any(related(word, n) for _, _, word in content_words(text) for n in named):
        return True
    # Or a compound ending in a word of it: "Globalstrahlung ist …" under "## Strahlung".
    return any(compound_of(shown, end) for shown in re.findall(r"[^\W\d_]+", text)
               for end in name.split())


# What a callout's title says the box is, not what it is about: "Key equation", "Common
# mistake", "Exam tip", "Remember".
_NOTE_KIND_FIRST = {"key", "common", "exam", "important", "remember", "quick", "main", "top",
                    "useful", "fun", "worked", "typical", "frequent"}
_NOTE_KIND_LAST = {"fact", "facts", "equation", "equations", "formula", "formulas", "mistake",
                   "mistakes", "misconception", "misconceptions", "error", "errors", "point",
                   "points", "idea", "ideas", "takeaway", "takeaways", "reminder", "note",
                   "notes", "tip", "tips", "summary", "example", "examples", "question",
                   "questions", "warning", "hint", "hints", "trick", "pitfall", "pitfalls"}


# The same kinds of box in the other languages notes are written in ("Truco", "Nota",
# "Esempio", "Hinweis", "Astuce"): a title hidden over a body it does not name asked for
# the word "trick".
_NOTE_KINDS_ABROAD = frozenset("""
truco trucos consejo consejos nota notas importante ejemplo ejemplos recuerda recordar
atención cuidado resumen advertencia aviso observación observaciones
attenzione esempio esempi ricorda suggerimento suggerimenti riassunto osservazione
osservazioni avvertenza curiosità
astuce astuces remarque remarques exemple exemples rappel résumé retenir avertissement
hinweis hinweise tipp tipps beispiel beispiele merke achtung wichtig zusammenfassung
bemerkung anmerkung
dica dicas exemplo exemplos lembre atenção observação resumo
""".split())


def _kind_of_note(title: str) -> bool:
    """Whether a callout's title names the kind of box ("Key fact", "Common mistake")."""
    words = _slug(title).split("-")
    return is_structural_label(title) or words[0] in _NOTE_KIND_FIRST or \
        words[-1] in _NOTE_KIND_LAST or words[0] in _NOTE_KINDS_ABROAD or \
        words[-1] in _NOTE_KINDS_ABROAD


def _says_part_of(name: str, text: str) -> bool:
    """Whether `text` says some words of `name` but not all ("A parent needs … to terminate
    them" under "Terminating process"): its card would show half its answer. A text that
    says the whole name ("Ice melting has …" under "Melting ice") is asked where it says it."""
    named = [s for _, _, s in content_words(name)]
    said = [s for _, _, s in content_words(text)]
    shown = [n for n in named if any(related(word, n) for word in said)]
    return 0 < len(shown) < len(named)
# "An offer must be communicated …": a modal after the opening noun is a sentence's own
# verb too, and the line its own fact, not what the heading above it is (quality15o).
_MODAL_VERB = re.compile(r"\b(?:must|can|cannot|could|will|would|should|may|might|shall)\b",
                         re.I)
# "Learning that has persisted over time": the verb of a relative clause belongs to the
# noun before it, which the line still names as what the heading is.
_RELATIVE_CLAUSE = re.compile(rf"\b(?:that|which|who)\s+(?:{_CLAUSE_VERBS})\b", re.I)
# "Provide hydrophilic tunnels." under "**Channel Proteins**:": a plural name's verb with
# no -s opens the line. _PLURAL_FRAGMENT wants a little word after it ("React with …"),
# since "Lower extremity oedema" is a noun; a short line right under the name it is about
# is read as what that name does (describes).
_PLURAL_VERB_OPENING = re.compile(rf"^(?:{_PLURAL_VERBS})\s+(?!of\b)[a-z]", re.I)


def _says_what_they_do(name: str, plain: str) -> bool:
    """Whether a line of two to five words under a plural name says what the name does
    ("Secrete hydrochloric acid." under "**Gastric glands**:"), where no longer shape reads
    it: a verb with no -s that agrees with the name, then its object. A verb in -s
    ("Stores bile.") is read by the fragment rule instead (fragment_gap), hiding its
    object under the name."""
    return 2 <= _words(plain) and _plural(name) and \
        bool(_PLURAL_VERB_OPENING.match(plain)) and not _PLURAL_FRAGMENT.match(plain)


def _names_itself(match: re.Match) -> bool:
    """Whether the subject of a later "X is a/the …" sentence is a name: not a word that
    points back ("The plan was …", "The cycle is …": one lowercase word after an article)
    nor a role ("The main aim was …")."""
    term = match["term"].strip()
    words = [w.casefold() for w in term.split()]
    # (An _Opening, another language's or a symbol's, has no article of ours before it.)
    pointed = match.group(0)[:match.start("term")].split()[-1:] \
        if isinstance(match, re.Match) else []
    if not words or words[0] in _NOT_A_NAME_WORDS or words[-1] in _NOT_A_NAME_WORDS:
        return False
    # After an article, a name has a capital ("The Truman Doctrine", "the loop of Henle");
    # "The table below is …", "the nephron is …" point back at what the text is about.
    return not (pointed and pointed[0].casefold() in ("the", "a", "an") and term.islower())


# A first column of questions or criteria over what each column says of them.
_QUESTION_HEADERS = {"question", "questions", "frage", "fragen", "domanda", "domande",
                     "pregunta", "preguntas", "pergunta", "perguntas", "vraag", "vragen"}
# Columns of one sentence in several languages: a phrasebook's rows.
_LANGUAGE_HEADERS = set("""english englisch anglais inglese inglés ingles german deutsch
    allemand tedesco alemán aleman alemão french français francais französisch francese
    francés spanish español espanol spanisch espagnol spagnolo italian italiano
    italienisch italien portuguese português portugues dutch nederlands niederländisch
    polish polski russian русский chinese 中文 汉语 japanese 日本語 korean 한국어 latin
    latein greek griechisch arabic العربية turkish türkçe swedish svenska norwegian norsk
    danish dansk finnish suomi hindi translation übersetzung traduction traduzione
    traducción""".split())


def _sentence_column(table: _Table, index: int) -> bool:
    """Whether a column's cells are sentences, not names: two in three of those filled at
    least six words long, or four ending in a full stop. One filled cell is enough (a table
    of one row, or a party that said nothing in the others), when it is a sentence."""
    cells = [unmark(row.cells[index].plain).strip() for row in table.rows
             if index < len(row.cells) and row.cells[index].plain.strip()]
    said = sum(_words(c) >= 6 or _words(c) >= 4 and c.endswith(".") for c in cells)
    return bool(cells) and 3 * said >= 2 * len(cells)


def _fields_below(nested: list[SyntaxTreeNode], shared: set[str]) -> str | None:
    """The points nested under an item, joined ("Motor: …; Sensory: …"), when every one
    is a single line labelled with a field its siblings share (_attribute_labels); None
    otherwise."""
    said = []
    for child in nested:
        for sub in child.children:
            if len(sub.children) != 1 or sub.children[0].type != "paragraph":
                return None
            content = _inline_child(sub.children[0]).content.strip()
            found = _labelled(content)
            if not found or slugify(unmark(found[0])) not in shared or not found[1].strip():
                return None
            said.append(f"{unmark(found[0]).strip()}: {unmark(found[1]).strip()}")
    if all(is_amount(part.partition(": ")[2]) for part in said):
        return None  # "Dose: 75 mg": amounts are asked from the name (card-quality §4a)
    return "; ".join(said) or None


def _shared_field(point: SyntaxTreeNode, shared: set[str]) -> bool:
    """Whether a nested point is one line labelled with a field its siblings share
    (_attribute_labels): "- people: durkheim" under "- functionalism" beside "- people:
    marx and weber" under "- conflict theory"."""
    if len(point.children) != 1 or point.children[0].type != "paragraph":
        return False
    found = _labelled(_inline_child(point.children[0]).content.strip())
    return bool(found) and slugify(unmark(found[0])) in shared


def _attribute_labels(items: list[SyntaxTreeNode]) -> set[str]:
    """The labels (as slugs) that the nested labelled lists of two or more of these items
    share: "Motor" and "Sensory" under both "Median nerve" and "Ulnar nerve" are fields of
    each parent, as a table's columns are, not terms to ask for."""
    seen: Counter = Counter()
    for item in items:
        own: set[str] = set()
        for child in item.children:
            if child.type not in ("bullet_list", "ordered_list"):
                continue
            for sub in child.children:
                first = next((c for c in sub.children if c.type == "paragraph"), None)
                content = _inline_child(first).content.strip() if first else ""
                # "- 缺點:" over a list of its own is the same field, its text below.
                found = _labelled(content) or (content.endswith((":", "：")) and (
                    content.rstrip(":：").strip(), ""))
                if found and found[0]:
                    own.add(slugify(unmark(found[0])))
        seen.update(own)
    return {label for label, count in seen.items() if count > 1}


def _repeated_points(items: list[SyntaxTreeNode]) -> frozenset[str]:
    """The points (their text as typed, without a closing stop) nested under two or more of
    these items: "- Also has alpha-1 blocking ability" under both "- Carvedilol" and "-
    Labetalol" says nothing that sets either apart."""
    seen: Counter = Counter()
    for item in items:
        seen.update({_inline_child(first).content.strip().rstrip(" ;,.")
                     for child in item.children if child.type in ("bullet_list", "ordered_list")
                     for sub in child.children
                     if (first := next((c for c in sub.children if c.type == "paragraph"),
                                       None))})
    return frozenset(point for point, count in seen.items() if count > 1)


# (Not "Final" or "Test" alone: "Final: England 4–2 West Germany", a match's; the re-read.)
# An example's abbreviation before what it is an example of: "Bsp Benzinpreis", "ex. UK".
_EXAMPLE_NAMED = re.compile(r"(?:bsp|ex(?!\s+(?:situ|ante|post|vivo|vitro|officio|parte|"
                            r"gratia|libris|nihilo|cathedra|works)\b)|eg|e\.g|z\.\s?b|p\.\s?ej)"
                            r"\.?\s+\S", re.I)
_EXAM_LABEL = re.compile(r"(?:midterm|exam|quiz|final\s+exam)s?(?:\s*\d+)?", re.I)
# "Test 1: Sept 28, covers chapters 1–3", "Final: Dec 14, cumulative": a test's date (not
# "Final: England 4–2 West Germany").
_TEST_LABEL = re.compile(r"(?:test|final)s?(?:\s*\d+)?", re.I)
_MONTH_WORD = "(?:{})\\.?".format(months.alternation(months.names(months.ENGLISH),
                                                    months.abbreviations(months.ENGLISH)))
# (A date of this year's calendar: not "30 July 1930", a final's of history; not "decreased
# 15%": the third re-read.)
_A_DATE = re.compile(rf"\b{_MONTH_WORD}\s+\d{{1,2}}\b(?!\s*,?\s*\d{{4}})"
                     rf"|\b\d{{1,2}}\s+{_MONTH_WORD}(?![\w.])(?!\s*,?\s*\d{{4}})"
                     r"|\b(?:mon|tues?|wed|thu|thurs|fri|sat|sun)(?:day)?\b|\b\d{1,2}/\d{1,2}\b",
                     re.I)
# Labels saying which side of the subject a line gives, alone no name of anything.
_POINT_LABELS = frozenset("""problem problems catch
    sensei prof professor teacher tutor lecturer
    ex eg e.g zb z.b bsp p.ej
    """.split())  # (who said it: "sensei — …"; an example's)
# The same typed in lower case only, as notes to oneself: "check: ε = -1 ✔",
# "counterpoint: Bahrick used …" (not a glossary's "Check:" of chess, "Counterpoint:" of
# music or "Probe:" of molecular biology: the second re-read).
_OPENS_A_MEANING = re.compile(r"\s*(?:a|an|the|one|two|three|several|any|each)\b", re.I)
_LOWER_POINT_LABELS = frozenset("""check probe counterpoint counterpoints counterargument
    counter-argument rebuttal""".split())
# A label naming the course's apparatus, where the week's material is or who teaches it:
# "Reading: Chen-Wishart ch. 2", "Module leader: Dr Sarah Jones", "Seminar: Thursday 2pm"
# (asked "[Reading] — …", a word every week's page has). The same words name things a
# subject teaches ("Lecture: one teacher presents to a large group", "Reading: understanding
# written texts", "Proof" of spirits), so the line is the course's only where its value is
# (course_label): a place in a book, a day, a time, a room, a link or a person's name.
# Who teaches, as a label ("Module leader", "Seminar tutor", "Dozentin", "Profesora").
_TEACHER_ROLES = (r"module\s+(?:leader|convenor|coordinator|lead)|course\s+(?:leader|convenor|"
                  r"coordinator|lead)|lecturers?|(?:seminar\s+|lab\s+|personal\s+|academic\s+)?"
                  r"tutors?|instructors?|teaching\s+assistants?|tas?|dozent(?:in)?|docente|"
                  r"profesor(?:a)?")
# Where the class or the exam meets: "Room for lectures: Wolfson Hall", "Exam venue — Sports
# Hall" (course_label: any value). Not "Room" alone: "Room – das Zimmer" is a word of a
# vocabulary list.
_COURSE_PLACES = (r"(?:exam|lecture|seminar|tutorial|class|lab)\s+(?:venue|room)|"
                  r"(?:venue|room)\s+for\s+(?:the\s+)?(?:lectures?|seminars?|tutorials?|"
                  r"class(?:es)?|exams?|labs?|practicals?)")
# (Not "Room for manoeuvre" of economics or a hotel's "Room for rent": the re-read.)
# What the course sets to read, its title the value ("Recommended reading — York Notes").
_READING_WORDS = (r"(?:(?:required|recommended|further|essential|core|set|key)\s+)?"
                  r"(?:readings?|textbooks?|set\s+texts?|lektüre|literatur|lettur[ae]|"
                  r"lecturas?)")
_COURSE_LABEL = re.compile(
    rf"{_READING_WORDS}|"
    r"(?:(?:required|recommended|further|essential|core|set|key|pre-?|weekly)\s+)?"
    r"(?:lectures?|lecture\s+(?:notes|slides|recording|topic|title)|"
    r"seminars?|tutorials?|slides|handouts?|office\s+hours|"
    rf"{_TEACHER_ROLES}|td|tp|{_COURSE_PLACES}|"
    r"literatuur|vorlesung|übung|hoorcollege|werkcollege|lezione|cours\s+magistral)",
    re.I)
# Who teaches: the value is a person ("Dr Sarah Jones", "Prof. Rossi", "Kim Lee").
_COURSE_ROLE_LABEL = re.compile(_TEACHER_ROLES, re.I)
_A_PERSON = re.compile(r"(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Herr|Frau|Mme|Sig(?:\.ra)?|Dott)"
                       r"\.?\s+[A-Z]|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}\s*(?:[,(;]|$)")
# Where the material is, or when and where the class meets.
_APPARATUS = re.compile(
    r"\b(?:ch|chs|chap|chapters?|pp?|pages?|kap|kapitel|cap|capitolo|capítulo|chapitre|"
    r"hoofdstuk|h|room|rm|raum|aula|salle|zaal|week|woche|semaine|settimana|semana)\.?\s*"
    r"\d|\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\b\d{1,2}[:.h]\d{2}\b|https?://|\bdoi\b|"
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|"
    r"mittwoch|donnerstag|freitag|lundi|mardi|mercredi|jeudi|vendredi|lunedì|martedì|"
    r"mercoledì|giovedì|venerdì|lunes|martes|miércoles|jueves|viernes|maandag|dinsdag|"
    r"woensdag|donderdag|vrijdag)\b|"
    # (A weekday's abbreviation and an author's name in capitals only: "we wed", "the war
    # began in 1914" are no course's; the code re-read of session 39.)
    r"(?-i:\b(?:Mon|Tue|Tues|Wed|Thu|Thurs|Fri)\b|"
    r"\b[A-Z][\w'’-]+(?:\s+(?:&|and|et|und|e|y)\s+[A-Z][\w'’-]+)?,?\s+\(?(?:1[6-9]|20)\d\d\)?)"
    r"|moodle|canvas|blackboard|\bslides?\b", re.I)


_COURSE_PLACE_LABEL = re.compile(_COURSE_PLACES, re.I)  # a place whatever its value
# (German's "Lektüre: Der Process", "Literatur: Emilia Galotti" too: the label asked,
# "[Literatur] — Emilia Galotti", was junk in the second re-read, though a German value is
# capitalised whatever it is.)
_READING_LABEL = re.compile(rf"(?:{_READING_WORDS})", re.I)
_TITLE_CASED = re.compile(r"(?:[A-Z][\w'’.-]*|of|the|and|for|in|to|a|&)(?:\s+(?:[A-Z][\w'’.-]*|of|"
                          r"the|and|for|in|to|a|&)){0,7}")


def course_word(label: str) -> bool:
    """Whether a label is a word of a course's apparatus (_COURSE_LABEL), whatever its
    value."""
    return _COURSE_LABEL.fullmatch(unmark(label).strip(" .:")) is not None


def course_label(label: str, rest: str = "") -> bool:
    """Whether a "Label: rest" line is the course's apparatus (_COURSE_LABEL): its value a
    place in a book, a day, a time, a room or a link (_APPARATUS), or, after a teacher's
    role, a person's name. Never a value the author marked ("Lecture: glycolysis yields
    **2 ATP**" states a fact, its label where it was said)."""
    bare = unmark(label).strip(" .:")
    if _COURSE_LABEL.fullmatch(bare) is None or "**" in rest or "==" in rest:
        return False
    value = unmark(rest).strip()
    return bool(_APPARATUS.search(value) or _COURSE_ROLE_LABEL.fullmatch(bare)
                and _A_PERSON.match(value) or _COURSE_PLACE_LABEL.fullmatch(bare)
                # a book's title ("Recommended reading — York Notes"; not "Reading:
                # understanding written texts", a term of literacy notes); German writes
                # every noun capitalised ("Lektüre: Der Process")
                or _READING_LABEL.fullmatch(bare) and (
                    _TITLE_CASED.fullmatch(value) or bare.casefold() in ("lektüre", "literatur")))
# A label saying the line is a memory aid or a note to oneself ("Trick from Bunpro", "memory
# trick from the TA", "quick reminder to self"), or where or how it holds ("in C", "by
# hand"): no name of a thing (session 36's notes asked each).
_AID_LABEL = re.compile(r"(?:(?:quick|memory|little|handy|useful|my|a)\s+)*(?:trick|"
                        r"mnemonic|reminder|hack|tip)s?(?:\s+(?:from|to|for|by)\b.*)?", re.I)
# A label saying where or for whom its value holds: "in C: G7 → C …", "for bidder: difficult
# to decide how to behave", "For \(n=2\): \(d\neq-1\)": a condition, no name; the value is
# what holds under it, asked beside it (md_labels' callers).
# ("if"/"when" clauses are md_rules._CONDITION_LABEL's.)
# A side of the subject its value gives ("**pros**" over "text/code all in one place …",
# "cons: slow to build"): no name either, and what the side is, is the fact (asked
# "[pros] — …" before, junk).
_SIDE_LABELS = frozenset("""pro pros con cons upside upsides downside downsides drawback
    drawbacks caveat caveats advantage advantages disadvantage disadvantages benefit
    benefits limitation limitations strength strengths weakness weaknesses""".split())
# (Not "by": "By inductive hypothesis: …" justifies a proof's step.)
# Nor a phrase of discourse ("In order: A, A♯/B♭, B, …", "In short: …"): it says how the
# value is said, for whom or where nothing.
_DISCOURSE_LABEL = re.compile(r"(?:in\s+(?:order|short|general|summary|particular|other\s+words|"
                              r"practice|total|brief)|for\s+(?:example|instance))\W*", re.I)
_SCOPE_LABEL = re.compile(r"(?!" + _DISCOURSE_LABEL.pattern + r"$)"
                          r"(?:in|on|at|for|with|from)\s+\S+(?:\s+\S+){0,2}", re.I)


# Words after a scope's preposition that make the label a name: an article ("In the money"),
# a Latin term's second word ("In vitro", "In situ").
_NAMED_AFTER_SCOPE = frozenset("the a an vitro vivo situ silico utero toto loco".split())


def _scope_word(label: str) -> str | None:
    """The preposition a scope label opens on ("for" of "for bidder", "in" of "in C"), or
    None for any other label (_SCOPE_LABEL; not "In vitro", "In the money")."""
    bare = label.strip(" :")
    if not _SCOPE_LABEL.fullmatch(bare):
        return None
    first, _, rest = bare.partition(" ")
    if rest.split()[0].casefold() in _NAMED_AFTER_SCOPE:
        return None
    return first.casefold()


def exam_date(label: str, rest: str) -> bool:
    """Whether a "Label: text" line says when an exam or a test is ("midterm 2: Nov 14 …",
    "Test 1: Sept 28, covers chapters 1–3"): the course's calendar, no fact at all."""
    bare = unmark(label).strip(" .:")
    return bool(_EXAM_LABEL.fullmatch(bare) and re.search(r"\d", unmark(rest))
                or _TEST_LABEL.fullmatch(bare) and _A_DATE.search(unmark(rest)))


# What became of an exam's question: "Exam: came up in 2022", "Exam: asked in the 2019
# paper" (not "Exam: BP 180/100", a clinical examination's finding).
_EXAM_HISTORY = re.compile(r"\s*(?:(?:came|comes|coming)\s+up|(?:was\s+)?(?:asked|set|examined|"
                           r"tested)\s+(?:in|on)|(?:in\s+)?(?:19|20)\d\d(?:\s*(?:$|[.,;(]|"
                           r"papers?\b|exams?\b|mocks?\b|and\b)|,?\s+(?:they|we|it|there|"
                           r"a|an|the)\b))", re.I)
# (A year alone, before "paper" or before what was asked that year, "in 2019 they asked to
# draw the cycle"; not "2000 g estimated fetal weight …": the re-reads.)


_EXAM_LINE = re.compile(rf"\W*(?:{_EXAM_LABEL.pattern})\s*[:：—–-]", re.I)


def exam_history(plain: str) -> bool:
    """Whether an "Exam: text" line says when its point was on an exam (_EXAM_HISTORY).
    ("Exam" is a label of a kind of text, quality.is_structural_label: no _labelled.)"""
    return bool((found := _EXAM_LINE.match(plain)) and _EXAM_HISTORY.match(plain, found.end()))


# A label saying the line is a remark to heed, or the course's ("prof said: …", "OJO examen:
# siempre cae …", "Let op: bij de toets …", "Klausurtipp: …", "NB: …", "易错：…"): no name of
# a thing, each was asked as one by this session's notes ("[...] — siempre cae dibujar una
# fase …", answer "OJO examen").
_REMARK_LABEL = re.compile(
    r"(?:(?:the\s+|my\s+)?(?:prof(?:essor)?|teacher|lecturer|tutor|sensei|she|he|dr\.?\s*\w+)"
    r"\s+(?:said|says|mentioned|stressed)|n\.?\s?b\.?|ojo!*|ojo\s+(?:examen|al\s+examen)|"
    r"let\s+op|achtung|attenzione|atenção|remember|merke|onthoud|rq|rque|remarque|"
    r"(?:important|wichtig|importante)!+|"
    # (a suffix always: "Klausur" is also a cloister's enclosure, "Examen" a prayer, "Ojo
    # seco" an eye's disease, "Uwaga" attention in Polish: the code re-read)
    r"(?:exam|test|quiz)\s+(?:tip|trap|alert|note|hint)s?|\w*(?:klausur|prüfungs|examens|toets)"
    r"(?:tipp?s?|hinweis|relevant|alarm)|tip\s+(?:examen|d['’]examen)|注意|易错|易錯|重点|重點|"
    r"考点|考點)\W*", re.I)


def _labels_no_thing(label: str, rest: str) -> bool:
    """Whether a "Label: text" line's label says what kind of point the line makes, who said
    it, or when the exam is, naming no thing to ask: "ex: MPC .8 → … = 2", "problem: lags
    (…)", "sensei: it's a rule you set for yourself", "Trick from Bunpro: …", "midterm 2:
    Nov 14" (session 36's notes asked each label: junk). (An example's label spelt out,
    "Example: pacemaker lead", is read where a list's examples are; a scope, "in C: G7 → C
    …", where scopes are: _scope_word.)"""
    bare = unmark(label).strip(" .:")
    return bool(bare.casefold() in _POINT_LABELS or _EXAMPLE_NAMED.match(bare)
                or bare in _LOWER_POINT_LABELS
                # (capitalised too, over no meaning: "Check: 2 + 3 = 5 …", "Counterpoint:
                # Bahrick showed …"; not "Check: a move that attacks the king")
                or bare.casefold() in _LOWER_POINT_LABELS and not _OPENS_A_MEANING.match(
                    unmark(rest))
                or _AID_LABEL.fullmatch(bare) or _DISCOURSE_LABEL.fullmatch(bare)
                or _REMARK_LABEL.fullmatch(bare) or course_label(bare, rest)
                # ("Lecture: glycolysis yields **2 ATP**": where it was said; the fact is
                # asked, not the label.)
                # (Not an abbreviation: "TP: **true positives**", "Ta: **tantalum**".)
                or course_word(bare) and len(bare) > 3 and "**" in rest
                or exam_date(label, rest))


def _names_a_thing(label: str, rest: str) -> bool:
    """Whether an unmarked "Label: text" item among others is a name and what it means: one
    name (no comma: "Britain Dominance, German Rise" is two headlines), that the text says
    something about (two words or more) without giving it away ("Economic competition:
    economic strength …"). A word of a vocabulary list ("der Hund, die Hunde = dog", its
    plural after a comma) says what it is in its translation, one word too."""
    plain = unmark(rest)
    if _labels_no_thing(label, rest):
        return False
    if vocabulary_word(unmark(label)):
        return _words(plain) >= 1 and not giveaways(plain, unmark(label))
    if _attribute_label(label, rest):
        return False  # "Order: 1s 2s 2p …" beside "Hund's rule: …": "[Order]" asks a word
    return _is_one_name(label) and _words(plain) >= 2 and not giveaways(plain, unmark(label))


# A column of statistics, not of a row's own value: a year ("Current prices year 2019"), a
# unit in brackets ("(bil. lei)", "(%)") or a probability ("\(P(O^+ | …)\)"). One figure
# under "Value" (a constant: "Normal arterial blood pH | 7.40") says which row it is, as
# two or more figures alone do not (the code review).
_STATISTIC_HEAD = re.compile(r"\b(?:1[5-9]|20)\d\d\b|\(|\\\(|\b(?:prob|probability|"
                             r"percent|share|rate)\b", re.I)
# A date, "14.07.1789", "1.3.2020": a row's own value, not a statistic.
_DATE = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}")
# Two numbers as a range: "3,7 - 5,7", "50 ~ 70", "0.1–1".
_RANGE = re.compile(r"\d\s*(?:-|–|—|~|to|bis|à|a)\s*\d")
# A lead ending on its preposition ("belangrijk voor", "important for", "wichtig für"): it
# says what for only with what is above it.
_DANGLING_LEAD = re.compile(r"\s(?:for|of|in|on|to|with|by|from|about|voor|van|met|aan|bij|"
                            r"für|von|mit|über|zu|bei|pour|avec|par|sur|per|di|con|su|para|por)"
                            r"\s*:?$", re.I)
# Fields only beside other fields (_ATTRIBUTE_WORDS): an algorithm's "**Input:**" and
# "**Output:**" beside "**Paradigm:**" and "**Category:**".
_FIELDS_AMONG_FIELDS = frozenset("input inputs output outputs target targets".split())
# A bold label opening an item, its colon inside the bold or after it.
_BOLD_FIELD = re.compile(r"^\*\*(?P<label>[^*]{1,40}?)\*\*(?P<sep>\s*:)?\s*")
# What a label names of the list's subject, not a thing of its own: "Order: 1s 2s 2p 3s …"
# under "## Filling rules" asked "[Order]" (junk), a word any list could have.
_ATTRIBUTE_WORDS = frozenset("""order sequence size shape colour color location position
    interpretation intuition
    range value values number amount rate speed duration timing frequency
    role roles function functions purpose funzione funzioni ruolo función funciones
    fonction fonctions rôle funktion funktionen aufgabe aufgaben
    物理意义 意义 含义 单位 定义式 表达式 计算公式
    base-case inductive-step induction-step
    paradigm time-complexity space-complexity running-time runtime
    overall-equation general-equation category categories preconditions precondition
    postconditions postcondition use-cases typical-use-cases alternatives
    alternatives-to-consider not-suitable-for best-case worst-case average-case
    alvo bersaglio stance 成因 原因 表现 表現
    inspiration inspirations influences significance importance consequence consequences
    aftermath legacy
    structures estruturas estructuras strutture strukturen components componentes
    componenti komponenten bestandteile
    requirement requirements concerns method""".split())
# What came of the subject, as a label: "**Challenge**: Adoption of the Constitution was
# uncertain.", "**Outcome**: Ratified in 1788 …" (blind sample 2905: "[Challenge]", junk).
# Only over a sentence or a participle about the subject: "**Challenge**: deliberate
# exposure of a vaccinated animal to the live pathogen" defines a term (the re-read).
_OUTCOME_WORDS = frozenset("""challenge challenges obstacle obstacles difficulty
    difficulties outcome outcomes impact impacts result results""".split())
# The same of what surrounds the subject, on the same terms: "**Context**: First national
# political campaign in America." beside "**Requirement**: Nine of thirteen states …"
# (blind sample 3003: "[Methods]", junk); beside terms over a noun phrase, a term ("**Context**:
# a way to pass data through the component tree …" beside "**Props**", "**Methods**:
# functions defined inside a class …" beside "**Attributes**", the code re-read).
# ("Requirement(s)", "Concerns" and a practical's "Method" are fields wherever they stand:
# _ATTRIBUTE_WORDS.)
_CIRCUMSTANCE_WORDS = frozenset("""context methods""".split())
# The same of a rule a case or a treaty states: "**Rule**: An acceptance must mirror the
# offer exactly.", "**Terms**: Germany lost territory …", "**Reaction**: Many Germans called
# it …" (the second re-read: "[Rule]", "[Terms]" asked); over a noun phrase a term still
# ("Terms: the conditions of a contract", "Reaction: a process in which …").
_STATED_RULE_WORDS = frozenset("""rule rules terms reaction reactions""".split())
# (Not "Origin" or "Mechanism" over a sentence: "**Origin**: the end of a muscle that is
# attached to the bone that does not move" defines a term of anatomy, "**Mechanism**: the
# sequence of elementary steps …" one of chemistry, the code re-read of session 33. Beside a
# "Concept:" sibling they are fields still: the bold-field reading.)
# Labels a field only over a sentence or beside other fields (_attribute_label), and the
# labels that make their siblings fields.
# What a practical's write-up states under each of its parts: "Hypothesis: Catalase activity
# increases with temperature …", "Conclusion: Catalase activity peaked at 37 °C …" asked
# "[Hypothesis]" and "[Conclusion]" (a session-35 note on a lab, junk): the claim is the
# content, read as a sentence. Over a noun phrase the word is a term of method ("Hypothesis:
# a testable prediction about …").
_REPORT_PARTS = frozenset("""hypothesis hypotheses prediction predictions conclusion
    conclusions finding findings observation observations hypothese hypothesen hypothèse
    hipótesis hipotesis ipotesi hipótese schlussfolgerung fazit conclusión conclusione
    conclusão beobachtung beobachtungen""".split())
_FIELDS_IF_SAID_SO = _OUTCOME_WORDS | _CIRCUMSTANCE_WORDS | _REPORT_PARTS | _STATED_RULE_WORDS
# A subject and its verb in the past, as a write-up states what happened: "Catalase activity
# peaked at 37 °C", "The water turned cloudy".
_SUBJECT_AND_PAST = re.compile(r"\W*(?:[^\W\d_][\w'’-]*\s+){1,4}[^\W\d_]+ed\b")
# A plural the notes qualify as the ones to know: "**Notable Essays**: Federalist No. 10 and
# No. 51.", "**Key Concerns**: …", "**Ongoing Debates**: …" (blind sample 3202: "[Notable
# Essays]", junk). It names which of the subject's things the text lists, no term. (Not
# "Primary colours", "Main sequence", "Key Stage 3": a term's own first word, or no plural.)
_QUALIFIED_FIELD = re.compile(r"(?:key|major|notable|important|famous|ongoing|guiding)-"
                              r"[a-z]+(?<![iu])s")
# (Not "main", "common", "other", "core": "Main clauses", "Common nouns", "Common goods" are
# terms of grammar and economics, each beside its partner; nor "Key axis": no plural.)
_FIELD_LIKE_LABELS = _FIELDS_IF_SAID_SO | _ATTRIBUTE_WORDS | _PAGE_PROPERTIES_IF_SHORT | {
    "concept", "definition", "meaning"}  # the heading's definition: the others are its fields


# The aspect of a subject a label names by its head before "of", "on", "for": "View on
# Constitution", "Influence on Ratification", "Argument for Inclusion" (a held-out-7 note on
# the US constitution asked each, "[Argument for Inclusion] — Protection against …": junk,
# what is asked is the heading's subject). (Not by a last word:
# "Campaign Strategy" beside "Dominant strategy", "Postcolonial Criticism", terms.)
# (Not "Nature of light", "Nature of science": terms of a syllabus; the re-read.)
_ASPECT_HEADS = frozenset("""view views influence influences argument arguments
    approach motivation motivations rationale justification reasoning""".split())
_ASPECT_OF = re.compile(r"(?P<head>[a-z]+)-(?:of|on|for)-[a-z]+(?:-[a-z]+)?")


def _aspect_of(slug: str) -> bool:
    """Whether a label's slug names an aspect of the subject by its head (_ASPECT_HEADS)
    before "of", "on", "for" ("view-on-constitution")."""
    found = _ASPECT_OF.fullmatch(slug)
    return found is not None and found["head"] in _ASPECT_HEADS


def _attribute_label(label: str, rest: str, others: tuple[str, ...] = ()) -> bool:
    """Whether a "Label: text" item's label names what the text is of the list's subject
    (_ATTRIBUTE_WORDS, _OUTCOME_WORDS), no term of its own to ask. An outcome word is one
    over a sentence or a participle, or beside another such label ("## Battle of Saratoga"
    / "- **Outcome**: decisive American victory", "- **Impact**: French entry into the
    war": the re-read); beside terms, over a noun phrase, it is a term ("**Challenge**:
    deliberate exposure of …" beside "**Adjuvant**: …")."""
    slug = _slug(unmark(label))
    plain = unmark(rest)
    if slug in _REPORT_PARTS:
        # A claim opens on its subject, capitalised ("Catalase activity peaked …"); a
        # meaning of the word, on a noun phrase ("a testable prediction …", "the judgement
        # reached after …").
        # (Not "The idea being tested", "The expected result if …", "The judgement reached
        # after …": a noun phrase after its article, in a glossary of method; the code
        # re-read. "The enzyme denatured at 60 °C" is still a claim: it gives a figure.)
        # A claim opening on "The" says its verb before any clause of its own: "The rate of
        # oxygen production increases …", "The foam was tallest …" (the second re-read);
        # "The expected result if the hypothesis is correct" has none before its "if".
        opening = re.match(r"\W*(?:(?P<article>(?i:the|a|an))\b|[^\W\d_a-z])", plain)
        if opening is None or opening["article"] and opening["article"].casefold() != "the":
            return False
        head = re.split(r",|\b(?:if|that|which|who|when|where|because|after|before|until|"
                        r"since|while|although)\b", plain)[0]
        if opening["article"] and not (
                _FINITE_VERB.search(head) or _VERB_OF_A_SUBJECT.search(head)
                or says_what_it_does(head)
                or re.search(r"\d", plain) and _SUBJECT_AND_PAST.match(plain)):
            return False
        return bool(says_what_it_does(plain) or names_own_subject(plain)
                    or _VERB_OF_A_SUBJECT.search(plain) is not None
                    or _SUBJECT_AND_PAST.match(plain) is not None
                    or opening["article"] is not None)
    return slug in _ATTRIBUTE_WORDS or _QUALIFIED_FIELD.fullmatch(slug) is not None or \
        _aspect_of(slug) or \
        slug in _OUTCOME_WORDS and unmark(label).strip(" :").islower() or \
        slug in _FIELDS_IF_SAID_SO and bool(
        re.match(r"\W*[^\W\d_]+ed\b", plain) or _FINITE_VERB.search(plain) or any(
            _slug(unmark(o)) in _FIELD_LIKE_LABELS for o in others if _slug(unmark(o)) != slug))
# (An outcome word typed in lower case is a note's field wherever it stands: "result — not
# just and fair to impose a duty of care on …" in a case brief asked "[result]", blind
# sample 3601: junk. Capitalised over a noun phrase, "Result" may still name a term.)
# (Not "Goal" or "Aim": "Goal — virtue for the Stoic, freedom from pain for the Epicurean"
# compares by it, and "Aim: detect fraud early" asks its value; a first form took both.)
# (The lines from "inspiration": "[Inspiration] — Ideas of Baron de Montesquieu." under
# "Separation of Powers", "[Estruturas] — Nervos (cranianos e espinais), Gânglios …" under
# "SNP": what the subject drew on or is made of, no term (blind sample 2901: junk).)
# (The line from "alvo": "Alvo — Músculo Liso, Cardíaco e Glândulas" under a nervous
# system asked "[Alvo]" ("target", blind sample 2829: junk). Not "Input", "Output",
# "Target", "Applications": "**Output**: the total value of goods and services …" under
# "## Measuring the economy" defines a term, the code review found.)
# (The lines from "paradigm": an algorithm's fields, "**Paradigm:** Greedy, global edge
# sort …", "**Input:** Undirected, connected graph …", asked "[Paradigm]" and "[Input]"
# (blind sample 2828: junk); "Overall equation — \(Y = B \cdot C + …\)" likewise.)
# (The lines from "role": "Roles — the President commands …", "Funzione — come i
# mastociti …", "物理意义 — 功率是表示做功快慢的物理量" ("physical meaning") and a proof's "Base
# case" were asked (blind samples of held-out-7 and 2777); what a thing does or means is an
# attribute of it, as its size is, and the label no term. Its item is left out, the list's
# other labels read as before.)


# Labels that say what kind of text is below, no term it defines ("Translation:" over a
# quotation, "Syntax:" over code, "Key idea:" over a claim): the code review found each
# joined onto its text and asked. (Besides quality.is_structural_label's: "Note:", "Tip:",
# "Key idea:", "Questions:" are kinds of text there already.)
_KINDS_OF_TEXT = frozenset("""translation syntax results result output outputs input code
    usage quote quotation big-idea exam-questions open-questions problem exercise task
    solution warning caution proof derivation query""".split())


def _term_over_its_text(lines: list[str]) -> str | None:
    """A term alone on its line, ending in a colon, over the text that says what it is
    ("滞涨:" / "生产停滞, 失业增加, 物价居高不下并存.", "**Tax effect:**" / "Rising prices
    push …"): the one "Term: text" line the author broke after the colon, joined. Read line
    by line, the term was a title over nothing and its text a fact naming nothing (no card).
    None where the lines below are a list typed without bullets ("Symptoms:" / "Fever" /
    "Cough"), or themselves labelled ("Vente d'une maison :" / "objet = maison"), or where
    the first line is no term ("The formula is as follows:")."""
    if len(lines) < 2 or not all(lines):
        return None
    head = unmark(lines[0]).strip()
    if not head.endswith((":", "：")) or "$" in head or "\\(" in head:
        return None
    below = lines[1:]
    if any(_TYPED_BULLET.match(part) or _TERM_LINE.match(part) or _ITEM_MARKER.match(part)
           for part in below):
        return None
    # Running text, not items: every line but a closing one says several words (a Chinese
    # or Japanese line, several characters); a line of one or two words is a list's item.
    if any(_words(unmark(part)) < 3 and not (is_cjk(part) and len(unmark(part)) >= 6)
           for part in below[:-1]) or _words(unmark(" ".join(below))) < 3 and not is_cjk(below[0]):
        return None
    # Nor questions, rows of figures, or lines that are items, each opening a capital after
    # one that ended on no punctuation ("Scurvy:" / "Bleeding gums and loose teeth" / "Slow
    # healing of small wounds"): joined, they ran together (the code review). One sentence
    # wrapped over lines goes on in small letters, or after a comma; a new one after a stop.
    plain = [unmark(part).strip() for part in below]
    if any(part.endswith(("?", "？")) for part in plain) or any(
            sum(c.isdigit() for c in part) * 3 > sum(c.isalpha() for c in part)
            for part in plain):
        return None
    for part, after in zip(plain, plain[1:], strict=False):
        if not is_cjk(part) and not part.endswith((",", ";", ".", "!", ":", "，", "；", "。")) \
                and after[:1].isupper():
            return None
    label = head[:-1].strip()
    if not label or _label_words(label) > MAX_LABEL_WORDS or not _is_term(label) \
            or is_structural_label(label) or _slug(label) in _KINDS_OF_TEXT:
        return None
    return f"{lines[0]} {' '.join(below)}"


# A title ending on the date or period it is of, in brackets: "Néolithique (vers -10 000)",
# "Treaty of Versailles (1919)", "Weimar Republic (1918–1933)", "Rome (753 BC)". A year: three
# digits or more. Not a page range, a day's date or a count ("Reading (pp. 45–60)", "Lecture
# (12.03.2024)", "Assignment (3)": the words left named nothing, the code review found).
_YEAR = r"[-–−]?(?:\d{3,4}|\d{1,3}(?:[ \u202f]\d{3})+)"
_DATED_TITLE = re.compile(
    r"^(?P<name>[^()\d]*[^\W\d][^()\d]*?)(?P<dated>\s*\((?:(?:vers|ca\.?|c\.|circa|about|"
    r"around|um|env\.|hacia|intorno\s+al)\s*)?" + _YEAR + r"(?:\s*(?:[-–—]|to|bis|à|a)\s*"
    + _YEAR + r")?(?:\s*(?:BC|BCE|AD|CE|av\.\s*J\.-C\.|v\.\s*Chr\.|n\.\s*Chr\.|a\.\s*C\.|"
    r"d\.\s*C\.))?\))$")


def _undated(title: str) -> tuple[str, str]:
    """A callout's title and the date it ends on, apart (_DATED_TITLE): ("Néolithique",
    " (vers -10 000)"). Whole, the date's digits told the title from a name (_NOT_NAME), and
    its box made no card. The title and "" for any other title."""
    match = _DATED_TITLE.match(title.strip())
    if match is None:
        return title, ""
    return match["name"].strip(), f" {match['dated'].strip()}"


# An HTML block that is Markdown's own structure typed as HTML (html_structure).
_HTML_STRUCTURE = re.compile(r"\s*<(?:h[1-6]|p|ol|ul|dl|table|blockquote)\b", re.I)
def _terse_value(label: str, rest: str) -> str | None:
    """The value of a "Label: value" item whose value is one word (a number beside it
    allowed): "langfristig: Strukturpolitik", "Formants (resonant frequencies): timbre",
    "Lebenslänglich: 30 Jahre". Hidden, the label left one word to answer from, so no card
    was made ("answer leaves fewer than 2 words"); the value is asked under its label
    instead. None for a value that is marked, math, a list, a word of the label, or no
    answer (quality.weak_answer: a common word, a lone number)."""
    value = unmark(rest).strip().rstrip(".")
    words = value.split()
    # (Not Chinese or Japanese, whose sentence is one "word" with no spaces, nor a word of
    # a vocabulary list, "das Zimmer: room", asked from its meaning as before, nor an
    # acronym, "Nephritic: PHAROH", whose label is asked from it as before.)
    if not words or len(words) > 2 or _words_of_letters(value) != 1 or "**" in rest or \
            is_cjk(value) or is_cjk(label) or vocabulary_word(unmark(label)) or \
            not re.fullmatch(r"[\w\s'’.%-]+", value) or re.fullmatch(r"[A-Z0-9]{2,}", value) or \
            any(c in value for c in ",;:/=()") or math_spans(rest) or weak_answer(value) or \
            _label_words(unmark(label)) > 4 or _shares_a_word(unmark(label), value) or \
            is_structural_label(unmark(label)):
        return None
    return value


def _spelled_out(label: str, value: str) -> bool:
    """Whether `label` is an acronym (two to six capitals) of `value`'s words, its little
    words ("of", "the") skipped or not: "FUL" of "Formula of Universal Law"."""
    if not re.fullmatch(r"[A-Z]{2,6}", label) or not 2 <= len(value.split()) <= 8 or \
            not re.fullmatch(r"[A-Za-z][A-Za-z' -]*", value):
        return False
    words = value.replace("-", " ").split()
    initials = "".join(w[0] for w in words).upper()
    content = "".join(w[0] for w in words if w.casefold() not in STOP_WORDS).upper()
    return label in (initials, content)


# An "X = Y" label before a colon ("FH = Formula of Humanity: treat humanity …"): an
# acronym and its expansion, the text after the colon what it names says.
_EQUALS_IN_LABEL = re.compile(r"\s=\s")
_STEP_NUMBER = re.compile(r"([A-Z])(\d{1,2})")
_CONCLUSION_LABEL = re.compile(r"C|Conclusion", re.I)


def _numbered_steps(labels: list[str]) -> bool:
    """Whether labels number the premises of one argument: two or more of one letter and a
    number ("P1", "P2"), the letter P or a conclusion ("C", "Conclusion") beside them, and
    every other label a letter alone or the conclusion. Not "S1"/"S2" (heart sounds), "H1"/
    "H2" (hypotheses): names of their own, each a card."""
    numbered = [m for label in labels if (m := _STEP_NUMBER.fullmatch(label.strip()))]
    letters = [m[1] for m in numbered]
    concluded = any(_CONCLUSION_LABEL.fullmatch(label.strip()) for label in labels)
    return len(numbered) >= 2 and any(letters.count(a) >= 2 for a in letters) and (
        concluded or set(letters) == {"P"}) and all(
        _STEP_NUMBER.fullmatch(label.strip()) or re.fullmatch("[A-Z]", label.strip())
        or _CONCLUSION_LABEL.fullmatch(label.strip()) for label in labels)


def _is_one_name(label: str) -> bool:
    return "," not in label and not _CLAUSE_VERB.search(label)


def _marked(value: str, start: int, end: int) -> str:
    """`value` with its span start:end marked as the gap (`**…**`)."""
    return f"{value[:start]}**{value[start:end]}**{value[end:]}"


def _repeats_a_label(labelled: list[tuple[str, str]]) -> str | None:
    """The first label two items of one list share (as their keys would see it)."""
    seen: set[str] = set()
    for label, _ in labelled:
        slug = slugify(unmark(label))
        if slug in seen:
            return unmark(label)
        seen.add(slug)
    return None
