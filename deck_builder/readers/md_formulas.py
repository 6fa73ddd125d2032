"""Formulas stated in prose: which formula a sentence, a lead or a heading names, and its sides.

A symbol defined ("$x$ denotes the mean"), a formula stated, named, had or led into,
conditions and thresholds ("If $Re > 4000$ the flow is turbulent"), worked steps and
derivations that name nothing, a formula's legend, its sides and its name from the heading
or the lead; each in Latin-script languages and in Chinese and Japanese.

Its own module because math in prose is one subject with its own TeX patterns, read
apart from the tree: the reader asks it of a paragraph and the display under it.
"""

from __future__ import annotations

import bisect
import re

from markdown_it.tree import SyntaxTreeNode

from deck_builder.quality import content_stems
from deck_builder.readers.md_definitions import (
    _NOT_TERMS,
    _SYMBOL_NAMED_DEFINITION,
    _is_term,
    _Opening,
)
from deck_builder.readers.md_inline import _BRACKETED, _words
from deck_builder.readers.md_rules import (
    _FORMULA_FIELD,
    _FORMULA_LABELS,
    _SENTENCE_BREAK,
    INTRODUCTION,
)
from deck_builder.statements import (
    CJK_CLAUSE_MARKS,
    CJK_POINTING_WORDS,
    CJK_WORKED,
    amount_end,
    opens_as_a_clause_cjk,
    role_opening,
)
from deck_builder.text import (
    CJK,
    GREEK_LETTERS,
    HAN,
    KANA_HAN,
    in_chinese,
    math_spans,
    shield_math,
    term_pattern,
    unmark,
)

# "$\varepsilon_0$ is the permittivity of free space", "$\mu$ denotes the mean": a symbol
# (a formula with no relation in it) defined in words. The term is the formula, whole.
_SYMBOL_DEFINITION = re.compile(
    r"^(?:the\s+symbol\s+)?(?P<term>\\\((?:(?!\\\)).){1,30}?\\\))\s+"
    r"(?P<verb>is|are|denotes|represents|stands\s+for|is\s+used\s+to\s+denote|"
    r"is\s+the\s+symbol\s+for)\s+(?P<next>[^\s\\]+)", re.I)
# Inside TeX, what makes a formula a statement or a sum rather than one symbol.
_RELATION_TEX = re.compile(r"[=<>+,]|\s-\s|\\(?:approx|le|ge|leq|geq|neq|ne|sim|propto|"
                           r"equiv|in|to|cdot|times|pm|rightarrow|Rightarrow)(?![A-Za-z])")
# After "$x$ is", what opens a meaning: "the" or a name ("Coulomb's constant"); not
# "$x$ is positive", "$n$ is even", "$H_0$ is rejected", nor a class the letter belongs to
# ("$x$ is a real number", "$k$ is a constant", "$f$ denotes a function"), whose card
# any other letter of the class would answer.
_SYMBOL_MEANING = re.compile(r"^the$|^[A-Z][a-z]+(?:['’]s)?$")
# "The force between two point charges is $F = k \frac{q_1 q_2}{r^2}$", "Kinetic energy is
# given by $\frac{1}{2}mv^2$": a named quantity stated as a formula, read on the text with
# its math shielded (text.shield_math), so the name holds no formula and the formula is
# one span. The name opens its sentence or a "that" clause ("Newton's second law says that
# the net force on a body is $F = ma$"); a colon may lead into the formula ("is given by:
# $$…$$"). The formula ends its sentence, or a "where …" clause or a bracket follows it.
# Words only English prose has among the languages the notes are in (Italian's "a", "e" are
# not English words): a cue the reader adds to a card is English only beside them.
_ENGLISH_WORD = re.compile(r"\b(?:the|is|are|of|and|to|with|its)\b", re.I)
_FORMULA_STATEMENT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\sthat\s))(?P<name>[A-Za-z](?:(?!\sthat\s)[^,;:()\\\ue000.!?])*?)\s+"
    r"(?:is|are|equals|is\s+given\s+by|is\s+defined\s+as|is\s+calculated\s+(?:as|by|using)|"
    r"can\s+be\s+(?:written|calculated|expressed|found)\s+(?:as|by|using)|is\s+written\s+as)"
    r"\s*:?\s+"
    r"(?P<formula>\\\(\ue000+\\\)|\\\[\ue000+\\\])"
    r"(?=\s*(?:[.;]?\s*$|[.;]\s+[A-Z]|,?\s+where\b|\s*\())")
# A sentence typed as the lead into the display formula that finishes it: "Two events are
# independent when \[P(AB) = P(A)P(B)\]", "The variance of a random variable is \[…\]". The
# lead (its sentence up to the formula) ends in no full stop, colon or other terminal mark.
_UNFINISHED_LEAD = re.compile(r"(?:^|(?<=[.!?;]\s))(?P<lead>[^.!?;:\ue000\\]*?"
                              r"(?:\\\(\ue000+\\\)[^.!?;:\ue000\\]*?)*)\s*"
                              r"(?P<formula>\\\[\ue000+\\\])")
# The end of a sentence after a formula: "\\[…\\] where \\(s\\) is the sample standard
# deviation. The …" ends at that full stop.
_SENTENCE_END_AFTER = re.compile(r"[.!?](?=\s+[A-Z\ue000\\])")
# The words an unfinished lead ends in when it is a fragment for certain ("… independent
# when", "… is estimated by", "… where"); a lead of fewer than four words needs one of them,
# so a title line ("Key equation", "Bayes' theorem") over a formula is no lead.
_LEAD_WORDS = frozenset("""when if iff is are was by as where that then equals gives yields
    to of for whenever because so becomes satisfies satisfy""".split())
# The same in Chinese, where words run together: "…定义为", "于是有", "满足".
_CJK_LEAD = re.compile(r"(?:为|有|是|满足|即|得|则)$")
# What makes a formula a statement to recall rather than a symbol: a relation.
_STATEMENT_TEX = re.compile(r"[=<>]|\\(?:approx|le|ge|leq|geq|neq|ne|sim|propto|equiv)"
                            r"(?![A-Za-z])")
# Around a display formula's rows, what says no name: the environments of amsmath.
_TEX_ENVIRONMENT = re.compile(r"\\(?:begin|end)\{(?:align|aligned|equation|gather|gathered|"
                              r"split|multline|eqnarray)\*?\}")
# The left-hand side of a formula that names its quantity in words: `\text{Accuracy}`,
# `\mathrm{MSE}`, `\operatorname{Var}`.
_TEX_WORD_NAME = re.compile(r"^\\(?:text|textrm|mathrm|operatorname|mathit|textit|mbox)\s*"
                            r"\{([^{}]+)\}$")
# TeX that lays numbers out and names nothing: what is left of "\\frac{40 + 50}{100}" is
# digits, a worked value. (text._TEX_LAYOUT, which keeps a formula's words, is another.)
_WORKED_LAYOUT_TEX = re.compile(
    r"\\(?:[dt]?frac|sqrt|cdot|times|left|right|approx|q?quad|[,;!]|"
    r"text\{[^{}]*\}|mathrm\{[^{}]*\}|begin\{[^{}]*\}|end\{[^{}]*\})")
# A formula's last side that is a number (with a unit): "… = 0.9", "≈ -890.3 \text{ kJ/mol}",
# the value of a worked example, which holds only for that example.
_NUMBER_SIDE = re.compile(r"(?:=|\\approx)\s*-?\s*[\d.,\s]+(?:\\[,;!]|\\?\s)*"
                          r"(?:\\(?:text|mathrm)\{[^{}]*\}|\\%|%)?\s*$")
# One symbol, whose value a worked example works out: "v", "E_k", "\\Delta G", "\\hat{y}'",
# "\\text{Precision}".
_SYMBOL = re.compile(r"^\s*(?:\\[Dd]elta\s*)?(?:[A-Za-z]|\\[A-Za-z]+\s*(?:\{[^{}]*\})?)"
                     r"(?:\s*(?:[_^](?:\{[^{}]*\}|\w)|'))*\s*$")
# "So the final velocity is $v = 12\ \mathrm{m/s}$": a step of a worked example, whose value
# holds only for its example.
_DERIVING = frozenset("so thus therefore hence then now here finally substituting".split())
# A name that says no quantity, only that a formula follows: "The simple form is $…$", "The
# answer is $…$", "The general equation is $…$".
_NO_QUANTITY = frozenset("""formula formulae formulas equation equations form expression
    answer result results solution value values relationship relation rule definition
    example output total sum version""".split())


# An item of a formula's legend, its math shielded (shield_math): the symbol, then a colon,
# dash, "=" or "is", then what it stands for.
_SYMBOL_LEGEND_ITEM = re.compile(r"(?P<symbol>\\\(\ue000+\\\))\s*(?:[:：=—–-]|\bis\b|\bare\b)"
                                 r"\s*(?P<meaning>[^\ue000]+)")
MAX_LEGEND_WORDS = 10


# The word between a formula and its legend: "where:", "with", "其中：", "여기서".
_LEGEND_LEAD = re.compile(r"\W*(?:where|with|here|in\s+which|wobei|mit|dabei\s+ist|où|avec|"
                          r"dove|con|donde|gdzie|где|onde|其中|式中|여기서|ここで)\s*[:：,，]?\s*",
                          re.I)


def _same_tex(one: str, other: str) -> bool:
    """Whether two bits of TeX typeset the same, braces and spaces aside: "v_e", "v_{e}"."""
    return re.sub(r"[{}\s]", "", one) == re.sub(r"[{}\s]", "", other)


def _told_by_title(title: str, meaning: str) -> bool:
    """Whether a heading says a letter's meaning: two words of it ("Escape velocity" of
    "the escape velocity of the body"). One word is a topic, no answer: "Gravitation"
    over "the gravitational constant"."""
    return len(content_stems(title) & content_stems(meaning)) >= 2


def _display_tex(block: SyntaxTreeNode | None) -> str | None:
    """The TeX of a display formula that states something (=, <, ∝ …): a `$$…$$` block, or
    one quoted alone ("> $$F = …$$"); None for any other block."""
    if block is not None and block.type == "blockquote" and len(block.children) == 1:
        block = block.children[0]
    if block is None or block.type != "math_block":
        return None
    tex = block.content.strip()
    return tex if _STATEMENT_TEX.search(tex) else None


def _symbol_named_term(text: str) -> _Opening | None:
    """A term defined with the symbols it is of (_SYMBOL_NAMED_DEFINITION), as
    definition_match gives it; None for any other opening."""
    match = _SYMBOL_NAMED_DEFINITION.match(shield_math(text))
    if not match or not _is_term(match["term"]) or \
            match["term"].split()[0].casefold() in _NO_QUANTITY:
        return None  # "The answer $x = 4$ is the only root": no name
    if term_pattern(match["term"]).search(_SENTENCE_BREAK.split(text[match.end():], 1)[0]):
        # "The constant $k$ is the spring constant": the word before the symbol says what
        # kind of thing it is, and the sentence names it; "constant" was hidden in both
        # ("The [...] $k$ is the spring [...]", en20: junk).
        return None
    return _Opening({k: match.span(k) for k in ("term", "verb", "next")},
                    {"term": match["term"], "verb": text[slice(*match.span("verb"))].strip(),
                     "next": match["next"]}, alone=True)


def _symbol_definition(text: str) -> _Opening | None:
    """A symbol defined in words, as definition_match gives it: "$\\varepsilon_0$ is the
    permittivity of free space", "$\\mu$ denotes the population mean". The term is the
    symbol's formula, whole (nothing inside math is read as prose). Not a formula with a
    relation in it ("$E = mc^2$ is …"), nor a variable with no meaning ("$x$ is positive",
    "$n$ is even", "$H_0$ is rejected") or only a class ("$x$ is a real number"): after the
    verb the meaning opens with "the" or a name ("$k$ is Coulomb's constant")."""
    match = _SYMBOL_DEFINITION.match(text)
    if not match:
        return None
    tex = match["term"][2:-2]
    if _RELATION_TEX.search(tex) or not re.search(r"[A-Za-z]", tex):
        return None
    following = match["next"]
    if not _SYMBOL_MEANING.match(following) or following.casefold() in _NOT_TERMS \
            or re.match(r"the\s+same\b", text[match.start("next"):], re.I):
        return None  # "$x$ is the same as $y$" says no meaning of its own
    groups = ("term", "verb", "next")
    return _Opening({g: match.span(g) for g in groups}, {g: match[g] for g in groups})


def _formula_stated(value: str) -> tuple[int, int] | None:
    """Where a sentence of an unmarked text states a named quantity as a formula ("The
    force between two point charges is $F = …$"): that formula's span, to hide whole, its
    name on the front. None for a name that says no quantity ("The simple form is …"), a
    pointing or a role's subject ("It is …", "The result is …"), a name of more than eight
    words, or a formula of digits alone ("The answer is $5$")."""
    if "**" in value or "\\" not in value:
        return None
    shielded = shield_math(value)
    for found in _FORMULA_STATEMENT.finditer(shielded):
        words = found["name"].split()
        bare = [w for w in words if w.casefold() not in ("the", "a", "an")]
        if not bare or len(words) > 8 or words[0].casefold() in _NOT_TERMS | _DERIVING \
                or role_opening(found["name"] + " is") \
                or len(bare) <= 2 and bare[-1].casefold() in _NO_QUANTITY:
            continue
        start, end = found.span("formula")
        if not re.search(r"[A-Za-z]", value[start + 2:end - 2]):
            continue
        return start, end
    return _formula_then_phrase(shielded, value) or _formula_had(shielded, value)


# A named quantity's formula with a phrase after it, past a comma: "The centripetal
# acceleration is $a = v^2/r$, directed toward the centre", "The period is $T = 2\pi r/v$,
# the time for one full revolution", "The standard error of the mean is $SE = s/\sqrt{n}$,
# so quadrupling …", "The wave speed is $v = f\lambda$ for any periodic wave" (math21:
# lecture notes go on after the formula, and such a sentence made no card). The phrase
# opens in lower case after a comma or a semicolon, or on a preposition or a conjunction;
# the formula must be short (_short_formula).
_FORMULA_THEN_PHRASE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\sthat\s))(?P<name>[A-Za-z](?:(?!\sthat\s)[^,;:()\\\ue000.!?])*?)\s+"
    r"(?:is|are|equals|is\s+given\s+by|is\s+defined\s+as)\s+"
    r"(?P<formula>\\\(\ue000+\\\))(?=[,;]\s+[a-z]|\s+(?:for|in|at|with|when|whenever|if|as|"
    r"because|since|provided|unless)\s)")
# Past this many TeX characters (spaces left out) a formula is too long to recall whole as a
# card's answer: "V_{out} = -R_f\left(\frac{V_1}{R_1} + …\right)" is copied, not recalled.
_MAX_ANSWER_TEX = 25
# What makes a formula a comparison: a condition or a threshold ("\zeta < 1", "p < 0.05").
_COMPARISON_TEX = re.compile(r"[=<>]|\\(?:le|ge|leq|geq|neq|ne|ll|gg|leqslant|geqslant)"
                             r"(?![A-Za-z])")
# A unit or a spacing in TeX: a worked value ("m = 2\ \mathrm{kg}"), no threshold to learn.
_UNIT_TEX = re.compile(r"\\(?:mathrm|text|rm|[,;:! ])")


def _short_formula(tex: str) -> bool:
    """Whether a formula is short enough to be a card's answer: at most _MAX_ANSWER_TEX
    characters of TeX without spaces, and one relation (a range, "0 < \\zeta < 1", is one:
    two relations with no "=")."""
    relations = _COMPARISON_TEX.findall(tex)
    return len(re.sub(r"\s", "", tex)) <= _MAX_ANSWER_TEX and (
        len(relations) <= 1 or len(relations) == 2 and "=" not in relations)


def _formula_then_phrase(shielded: str, value: str) -> tuple[int, int] | None:
    """Where a sentence states a named quantity's short formula and goes on after it
    (_FORMULA_THEN_PHRASE): the formula's span, to hide whole, its name on the front. The
    name is judged as _formula_stated judges it; a step of a derivation or a worked value
    is no formula to recall."""
    for found in _FORMULA_THEN_PHRASE.finditer(shielded):
        words = found["name"].split()
        bare = [w for w in words if w.casefold() not in ("the", "a", "an")]
        start, end = found.span("formula")
        tex = value[start + 2:end - 2]
        if not bare or len(words) > 8 or words[0].casefold() in _NOT_TERMS | _DERIVING \
                or role_opening(found["name"] + " is") \
                or len(bare) <= 2 and bare[-1].casefold() in _NO_QUANTITY \
                or not re.search(r"[A-Za-z]", tex) or not _short_formula(tex) \
                or _worked_step(tex) \
                or _DERIVING_SENTENCE.search(
                    shielded, shielded.rfind(". ", 0, found.start()) + 1, found.start()):
            # ("From this we find that the speed is $v = …$, …" is a derivation's step)
            continue
        return start, end
    return None


# A named thing's quantity given as a formula: "The non-inverting amplifier has a gain of
# $1 + R_f/R_1$ and a very high input impedance" (math21: the gain is what to recall).
_FORMULA_HAD = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<name>[A-Z][^,;:()\\\ue000.!?]*?)\s+(?:has|have)\s+an?\s+"
    r"(?P<quantity>[a-z]+(?:[\s-][a-z]+)?)\s+of\s+(?P<formula>\\\(\ue000+\\\))"
    r"(?=\s*(?:[.;,]|$|\s(?:and|for|in|at|when|if|which)\s))")


def _formula_had(shielded: str, value: str) -> tuple[int, int] | None:
    """Where a sentence gives a named thing's quantity as a short formula (_FORMULA_HAD):
    the formula's span, the name and the quantity on the front. Not a number ("a gain of
    $10^5$"), a worked value or a pronoun's ("It has a gain of …")."""
    for found in _FORMULA_HAD.finditer(shielded):
        start, end = found.span("formula")
        tex = value[start + 2:end - 2]
        words = found["name"].split()
        if len(words) > 8 or words[0].casefold() in _NOT_TERMS | _DERIVING or \
                not re.search(r"[A-Za-z]", re.sub(r"\\[A-Za-z]+", "", tex)) or \
                not _short_formula(tex) or _worked_step(tex) or _SYMBOL.match(tex):
            continue
        return start, end
    return None


# A law said with its formula: "The work-energy theorem says $W = \Delta KE$", "Ohm's law
# states $V = IR$." The name ends in a word of a law; the formula ends the sentence.
_LAW_STATES_FORMULA = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<name>[A-Z][^,;:()\\\ue000.!?]*?\b(?:law|theorem|principle|rule|"
    r"equation|relation|criterion|lemma|identity|inequality))\s+(?:says|states|reads|is)\s*:?\s+"
    r"(?P<formula>\\\(\ue000+\\\))(?=\s*(?:[.;]|$))")
# A formula named after it: "$\tau = RC$ is called the time constant of the circuit". The
# name (up to five words, before "of", "for", "in" or the sentence's end) is asked.
_FORMULA_CALLED = re.compile(
    r"(?:^|(?<=[.!?]\s))\\\(\ue000+\\\)\s+(?:is|are)\s+(?:called|known\s+as|referred\s+to\s+as|"
    r"termed)\s+(?:the\s+|an?\s+)?(?P<name>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,4}?)"
    r"(?=\s*(?:[.;,]|$)|\s+(?:of|for|in|and)\s)")


def _formula_named(value: str) -> tuple[int, int] | None:
    """Where an unmarked sentence names a formula, the formula shown: the formula a law's
    name says ("The work-energy theorem says [$W = \\Delta KE$]"), or the name a formula is
    called ("$\\tau = RC$ is called the [time constant] of the circuit"). Only a short
    formula is an answer (_short_formula)."""
    if "**" in value or "\\(" not in value:
        return None
    shielded = shield_math(value)
    for found in _LAW_STATES_FORMULA.finditer(shielded):
        start, end = found.span("formula")
        if len(found["name"].split()) <= 8 and _short_formula(value[start + 2:end - 2]):
            return start, end
    found = _FORMULA_CALLED.search(shielded)
    return found.span("name") if found else None


# A threshold a sentence states as the condition of what it says: "A second-order system is
# underdamped when $\zeta < 1$", "When $\zeta = 1$ the system is critically damped", "The
# series converges if $|r| < 1$", "Pipe flow becomes turbulent above about $Re = 4000$". The
# formula follows its conjunction (or "above", "below" after the state: "The region above
# $y = 0$ is shaded" says where, no threshold) right away.
_CONDITION_FORMULA = re.compile(r"(?:^|(?<=\s))(?:when|whenever|if|once|unless|(?:above|below|"
                                r"beyond)(?:\s+(?:about|approximately|roughly|around))?)\s+"
                                r"(?P<formula>\\\(\ue000+\\\))", re.I)
# What the rest of such a sentence must say: a state or a name ("is underdamped", "are
# called …", "becomes turbulent"), not a step ("then $f(x) > 0$").
_STATE_VERB = re.compile(r"\b(?:is|are|becomes?|is\s+called|is\s+said\s+to\s+be)\s+"
                         r"(?!(?:the\s+)?(?:same|true|false|trivial|obvious|clear)\b)[a-z]")
# A sentence deriving or working out rather than stating: "Substituting … gives …", "we get".
_DERIVING_SENTENCE = re.compile(r"\b(?:we\s+(?:get|obtain|have|find)|gives|yields|substitut\w*|"
                                r"plugging|solving|rearranging)\b", re.I)
# The same in Chinese: "当 $Re > 4000$ 时流动为湍流", "若 $Fr > 1$，水流为急流", "$Fr = 1$ 时为
# 临界流", "当 $\omega = \omega_0$ 时电路发生谐振", "若 $\Delta > 0$，方程有两个不等实根". The
# clause after it names the regime or what happens (为/是/视为, 发生, 有/没有 …, two Chinese
# characters or more after it).
_CONDITION_FORMULA_CJK = re.compile(
    r"(?:^|(?<=[。；;！？，,：:]))\s*(?P<opening>当|當|若|如果|只要|一旦)?\s*"
    r"(?P<formula>\\\(\ue000+\\\))\s*(?P<closing>时|時|的时候|的時候)?")
_REGIME_CJK = re.compile(rf"(?:为|為|是|属于|屬於|处于|處於|呈|发生|發生|出现|出現|有|无|無)"
                         rf"\s*[{HAN}]{{2,}}")
# A state said of a pronoun ("If $x > 0$ it is positive", "若 $x > 0$，则它为正数"): what it
# points at is not on the card.
_POINTED_STATE = re.compile(r"\b(?:it|this|that|they|these|those)\s+(?:is|are|becomes?)\b", re.I)
_POINTED_STATE_CJK = re.compile(r"^\s*(?:则|就)?\s*(?:它们?|其|这|這|此|该|該)")


def _regime_follows_cjk(shielded: str, at: int) -> bool:
    """Whether the Chinese clause after a condition that ends at `at` of `shielded` names the
    regime it puts a thing in (_REGIME_CJK): no formula of its own, no pronoun's state."""
    clause = re.match(r"[，,\s]*([^，,。；;！？]*)", shielded[at:at + 400])[1]
    return bool(_REGIME_CJK.search(clause)) and "\ue000" not in clause and \
        not _POINTED_STATE_CJK.match(clause)


def _threshold_tex(tex: str) -> bool:
    """Whether a formula is a threshold to learn as a condition: a short comparison of a
    letter, with no unit (a worked value) in it."""
    return bool(re.search(r"[A-Za-z]", tex) and _COMPARISON_TEX.search(tex)
                and _short_formula(tex) and not _UNIT_TEX.search(tex))


def _symbol_shown_again(value: str, start: int, end: int, formulas: list) -> bool:
    """Whether another of the `formulas` (math_spans) of `value` holds the letter the formula
    at start:end compares ("… underdamped when $\\zeta < 1$ … When $\\zeta = 1$ …"): shown on
    the card, it gives the hidden threshold away, and the card is dropped as weak."""
    symbol = re.search(r"\\[A-Za-z]+|[A-Za-z]", value[start + 2:end - 2])
    return any(symbol.group() in value[s + 2:e - 2] for s, e in formulas
               if (s, e) != (start, end))


def _threshold_sentences(value: str) -> list[str] | None:
    """The sentences of an unmarked paragraph where two or more of them state a threshold as
    the condition of a state (_condition_stated) and the paragraph read whole asks none
    (each threshold's letter shows in the other): each is a card of its own. None for any
    other paragraph."""
    if "**" in value or "\\(" not in value:
        return None
    shielded = shield_math(value)
    cuts = [m.start() + 1 for m in _SENTENCE_END_AFTER.finditer(shielded)]
    sentences = [value[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(value)],
                                                      strict=True)]
    if len(sentences) < 2 or _condition_stated(value) is not None or \
            sum(_condition_stated(sentence) is not None for sentence in sentences) < 2:
        return None
    return sentences


def _condition_stated(value: str) -> tuple[int, int] | None:
    """Where a sentence of an unmarked text states a threshold as the condition of a state it
    names (_CONDITION_FORMULA in English, _CONDITION_FORMULA_CJK in Chinese): the
    condition's formula, to hide whole, the state on the front ("A second-order system is
    underdamped when [\\zeta < 1]", "当 [Re > 4000] 时流动为湍流"). Never in a step of a
    derivation or a worked example ("So …", "Substituting … gives …", "所以…", "由…得"), nor
    a long formula or one with a unit."""
    if "**" in value or "\\(" not in value:
        return None
    shielded = shield_math(value)
    formulas = None  # math_spans(value), found once: a long paragraph stays linear
    stops = [m.end() for m in re.finditer(r"[.!?]\s", shielded)]  # where sentences end
    for found in _CONDITION_FORMULA.finditer(shielded):
        start, end = found.span("formula")
        at = bisect.bisect_right(stops, start)
        opening = stops[at - 1] if at else 0
        after = _SENTENCE_END_AFTER.search(shielded, end)
        sentence = shielded[opening:after.start() if after else len(shielded)].strip()
        rest = sentence.replace(shielded[found.start():end], " ")
        first = re.match(r"[A-Za-z']+", sentence)
        if first is None or first.group().casefold() in _DERIVING \
                or _DERIVING_SENTENCE.search(sentence) \
                or not _STATE_VERB.search(rest) or len(re.findall(r"[A-Za-z]{2,}", rest)) < 3 \
                or _POINTED_STATE.search(rest) \
                or found.group().casefold().startswith(("above", "below", "beyond")) and \
                not _STATE_VERB.search(shielded[opening:found.start()]) \
                or not _threshold_tex(value[start + 2:end - 2]):
            continue
        formulas = math_spans(value) if formulas is None else formulas
        if _symbol_shown_again(value, start, end, formulas):
            continue
        return start, end
    if not in_chinese(value):
        return None
    stops = [m.end() for m in re.finditer(r"[。！？；;]", shielded)]  # where sentences end
    for found in _CONDITION_FORMULA_CJK.finditer(shielded):
        if not (found["opening"] or found["closing"]) or \
                found["opening"] in ("当", "當") and not found["closing"]:
            continue
        start, end = found.span("formula")
        at = bisect.bisect_right(stops, found.start())
        sentence = shielded[stops[at - 1] if at else 0:found.start()]
        if _CJK_DERIVING.match(sentence) or re.search(r"得(?:到|出)?\s*$", sentence):
            continue
        if not _regime_follows_cjk(shielded, found.end()) or \
                not _threshold_tex(value[start + 2:end - 2]):
            continue
        return start, end
    return None


# Two thresholds a Chinese sentence makes one condition of: "对二阶系统而言，只要 $\zeta > 0$ 且
# $\omega_n > 0$，系统就是稳定的", "当 $Re > 2300$ 且 $x > 0$ 时…" (zhmath21: one formula each
# side of 且 was no condition _CONDITION_FORMULA_CJK reads, and the sentence made no card).
_JOINED_CONDITION_CJK = re.compile(
    r"(?:^|(?<=[。；;！？，,：:]))\s*(?:当|當|若|如果|只要|一旦)\s*"
    r"(?P<both>\\\(\ue000+\\\)\s*(?:且|并且|並且|和|与|與)\s*\\\(\ue000+\\\))\s*(?:时|時)?")


def _joined_condition_cjk(value: str) -> tuple[int, int] | None:
    """Where a Chinese sentence states two thresholds as one condition of a state it names
    (_JOINED_CONDITION_CJK): both formulas and the 且 between them, hidden whole (either shown
    would tell half the answer). Not a step of a derivation, a state of a pronoun, nor a
    formula that is no short threshold."""
    if "**" in value or "\\(" not in value or not in_chinese(value):
        return None
    shielded = shield_math(value)
    for found in _JOINED_CONDITION_CJK.finditer(shielded):
        start, end = found.span("both")
        opening = max(shielded.rfind(mark, 0, found.start()) for mark in "。！？；") + 1
        if _CJK_DERIVING.match(shielded[opening:found.start()]):
            continue
        formulas = re.findall(r"\\\((.*?)\\\)", value[start:end])
        if not _regime_follows_cjk(shielded, found.end()) or len(formulas) != 2 or \
                not all(_threshold_tex(tex) for tex in formulas):
            continue
        return start, end
    return None


# A short formula that holds in a named region, said first: "在粘性底层中，$u^+ = y^+$，即速度与
# 离壁距离成线性关系" (zhmath21: the region's law made no card). The region is named in
# Chinese, no pointing word ("在此区域中"), and the formula stands alone in its clause.
_FORMULA_IN_REGION_CJK = re.compile(
    rf"(?:^|(?<=[。；;！？]))\s*在(?P<place>[{HAN}]{{2,10}}?)(?:中|内|內|里|裡)\s*[，,]\s*"
    r"(?P<formula>\\\(\ue000+\\\))\s*(?=[，,。；;！？]|$)")


def _formula_in_region_cjk(value: str) -> tuple[int, int] | None:
    """Where a Chinese sentence gives the short formula a named region obeys
    (_FORMULA_IN_REGION_CJK): the formula, hidden whole, the region on the front. Not a
    pointed region ("在此区域中"), an example's, a long formula nor a worked value."""
    if "**" in value or "\\(" not in value or not in_chinese(value):
        return None
    shielded = shield_math(value)
    for found in _FORMULA_IN_REGION_CJK.finditer(shielded):
        start, end = found.span("formula")
        tex = value[start + 2:end - 2]
        # ("在本例中，$x = a + b$", "在上图中": an example's or a figure's, no region's law)
        if re.match(rf"{CJK_POINTING_WORDS}|本|例|上|下|图|圖|表", found["place"]) or \
                "=" not in tex or \
                not _short_formula(tex) or _worked_step(tex) or _UNIT_TEX.search(tex):
            continue
        return start, end
    return None


# A threshold typed with a sign after the name of what it bounds, as clinical and lab notes
# write one: "A qSOFA score ≥ 2 means a high risk …", "A GCS ≤ 8 means …", "Oliguria is urine
# output < 0.5 mL/kg/h for more than 6 hours". The sign and its amount are the gap: "≥ 2" and
# "> 2" are different thresholds (math21: "A [qSOFA score ≥ 2] means …" hid the name with it,
# and the front said nothing of what was asked).
_SIGNED_THRESHOLD = re.compile(r"(?<=[A-Za-z)\]]\s)(?P<sign>[≥≤<>⩾⩽])\s?"
                               r"(?P<number>\d+(?:[.,]\d+)?)(?![\d.,]|\s*[×x]\s)")


def _threshold_stated(value: str) -> tuple[int, int] | None:
    """Where an unmarked text states its one threshold (_SIGNED_THRESHOLD) in a sentence that says
    what it means: the sign and the amount with its unit, to hide, the name it bounds on the
    front. None for a text of two thresholds or more (each shown gives the other's away),
    a bare "Heart rate > 90 bpm" (a criterion of a list, which its list asks), or a step of
    a worked example."""
    if "**" in value or not re.search(r"[≥≤<>⩾⩽]", value):
        return None
    shielded = shield_math(value)
    found = list(_SIGNED_THRESHOLD.finditer(shielded))
    if len(found) != 1 or len(re.findall(r"[≥≤⩾⩽]|(?<!-)[<>](?!-)", shielded)) != 1:
        return None
    start, end = found[0].span()
    end = max(end, amount_end(shielded, found[0].start("number")) or end)
    opening = max(shielded.rfind(". ", 0, start), shielded.rfind("; ", 0, start)) + 1
    after = _SENTENCE_END_AFTER.search(shielded, end)
    sentence = shielded[opening:after.start() if after else len(shielded)]
    words = re.findall(r"[A-Za-z]{2,}", sentence)
    if len(words) < 5 or words[0].casefold() in _DERIVING or \
            _DERIVING_SENTENCE.search(sentence) or \
            shielded.count("(", opening, start) > shielded.count(")", opening, start):
        # ("Every patient with HFrEF (LVEF ≤40%) should be on …": a bracketed aside sets
        # the scene; the sentence's fact is what it says of the patient)
        return None
    return start, end


# Chinese states a named quantity's formula inside its prose: "简单模型中乘数等于 $…$",
# "标准差可表示为 $…$", "和的方差满足 $…$" (the verb and the formula ending a clause); a named
# condition, "方阵 $A$ 可逆的充要条件是 $|A| \neq 0$"; or the name right before its formula,
# "迈耶公式 $C_{p,m} - C_{V,m} = R$", "…的时间常数 $\tau = RC$". Read on the shielded text: a
# formula is one span. 为 of a longer word (作为, 因为, 认为, 定义为 …) is no copula here.
_CJK_STATED_BY = re.compile(
    r"(?:可以|可)(?:表示|写)(?:成|为)|等于|满足|(?P<defined>(?:被)?定义为)|"
    # (约为 gives a value, roughly: "…之比约为 $Re^{3/4}$" names no formula to recall)
    r"(?<![作因成认称以视分变化改义示记转设令取则即均皆都也仍又亦更较约])为|"
    r"(?P<condition>(?:充分必要|充要|充分|必要)?条件(?:是|为))")
_CJK_FORMULA_AFTER = re.compile(r"\s*(?P<formula>\\\(\ue000+\\\)|\\\[\ue000+\\\])"
                                r"(?=\s*(?:[。；;，,！!]|$|对(?:任意|一切|所有)[^。；;]*成立))")
# A name typed over its formula in Chinese or Japanese: two to eight of their characters.
_CJK_FORMULA_NAME = re.compile(rf"[{KANA_HAN}]{{2,8}}")
# Words that lead into a formula, no name: opening the line ("其表达式为", "由此得", "所以",
# "设", "若", "当") or ending it ("…为", "…得", "…是", "如下", "满足"), and the Japanese
# connectives ("したがって", "よって"). A name holding 有 or 因 ("有效值", "功率因数") is one.
_CJK_FORMULA_LEAD = re.compile(
    r"^(?:其|由|所以|因此|因而|故|设|設|令|若|当|當|则|則|即|可得|于是|於是)|"
    r"(?:为|為|得|是|如下|满足|滿足|可表示|表示)$|"
    r"^(?:したがって|従って|よって|ゆえに|故に|つまり|すなわち|即ち|ここで|これより)")
# The name before the verb or the formula: the run of Chinese characters after the last
# 的 or 即 of its clause ("连续型随机变量的[数学期望]等于", "伏安关系即[欧姆定律] $u = Ri$").
_CJK_NAME_BEFORE = re.compile(f"(?<![{HAN}])[{HAN}]{{2,8}}$")
# What ends the words before a formula's name: "连续型随机变量的[数学期望]等于", "伏安关系即
# [欧姆定律]", a state the name holds in ("层流时[沿程阻力系数]等于 $…$", math21), not the
# 时 of a word (时间常数, 时域, 时刻 …), and a rule's verb ("采样定理要求[采样频率]满足 $…$").
_CJK_NAME_SPLIT = re.compile(rf"的|即|满足|遵循|遵守|服从|要求|規定|规定|"
                             rf"(?<=[{HAN}]{{2}})时(?![间刻域序钟期代效态速候])")
# A clause opening on these is a step of a derivation or a worked example ("所以…为 $…$",
# "由换路定则得 $…$", "代入上式得 $…$"), or a value given to a symbol ("设 …为 $…$"); or
# a step of a procedure, opening on what to do ("1. 写出闭环特征方程 $…$，并检查…": zh20b,
# its formula was asked of a step that states nothing).
_CJK_DERIVING = re.compile(r"\s*(?:所以|因此|因而|于是|从而|故|由|代入|带入|将|把|即|可得|得|"
                           r"设|令|记|取|假设|已知|解|例|同理|显然|"
                           r"写出|列出|求出|画出|检查|计算(?!公式|式))")
# A clause opening on a condition or a pointing states no named formula: "若线性方程组的系数
# 行列式 $D \neq 0$，则…" sets a condition on a theorem, whose name the sentence gives.
_CJK_CONDITION = re.compile(r"\s*(?:若|如果|假如|倘若|只要|只有|当|一旦|这|那|它|此)")
# A name that says no quantity: a pronoun, a worked result (statements.CJK_WORKED), or a
# word a verb ends ("可得").
_CJK_NO_NAME = re.compile(r"^(?:两者|二者|它们?|其|此|上式|下式|原式|该式)|"
                          rf"{CJK_WORKED.pattern}|[得到知有为是则即令设取出入示成写足等求证]$")


# A name that says only that a formula follows ("公式为：", "表达式为"), unless what is
# before it in its clause says whose ("泊松分布的公式为").
_CJK_ONLY_FORMULA = re.compile(r"(?:计算|計算)?(?:公式|表达式|表達式|关系式|關係式|定义式|定義式|"
                               r"式子|等式|方程式?)")
# A Chinese lead that is only such a word and its verb: "公式为：", "其表达式如下：".
_CJK_UNNAMED_LEAD = re.compile(rf"(?:其|它的|该|該|此)?{_CJK_ONLY_FORMULA.pattern}\s*"
                               r"(?:如下|为|為|是|可写成|可表示为)?\s*[：:]?")
# A Chinese heading's numbering: "一、", "（二）", "第三章 ", "2.1 ".
_CJK_HEADING_NUMBERING = re.compile(r"^\s*(?:[一二三四五六七八九十百]+\s*[、.．]|"
                                    r"[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十百0-9]+[章节節讲講]|"
                                    r"[0-9]+(?:\.[0-9]+)*[、.．]?(?=\s))\s*")
# A Chinese sentence pointing at the display above it: "上式称为伯努利方程", "此式叫做…",
# and a condition the display states, "这个条件叫做归一化条件" (zh20: asked alone, "这个条件
# 叫做[…]" said nothing to answer from).
_CJK_ABOVE_FORMULA = re.compile(r"^\s*(?:上式|上述?(?:公式|方程|关系式|關係式|条件)|"
                                r"上面的?(?:公式|式子)|此式|该式|該式|此条件|该条件|"
                                r"这[个一]?(?:式子|公式|方程|关系式|条件)|這個?(?:式子|公式|方程|條件))")
_CJK_CLAUSE_BREAK = re.compile(f"[{CJK_CLAUSE_MARKS}]")
# The sentence under a display that names the law it states: "此即帕塞瓦尔定理。", "这就是
# 纳维-斯托克斯方程，简称 N-S 方程。" (up to its full stop).
_NAMED_AFTER_DISPLAY_CJK = re.compile(r"\s*(?:此即|[这這](?:就|便)是)[^。！？]*[。！？]?")
# A clause longer than this (its math shielded) is no name and its formula.
_MAX_CLAUSE_CJK = 200


def _cjk_deriving(lead: str) -> bool:
    """Whether a Chinese lead into a formula is a step of a derivation or a worked example:
    its sentence or its last clause opens on one ("由定义…得", "所以…", "已知…，代入得"), or
    it ends in 得 ("…利用期望的线性性质得"): the formula follows from the one before."""
    sentence = re.split(r"[。！？；]", lead)[-1]
    clause = re.split(r"[，,：:]", sentence)[-1]
    return bool(_CJK_DERIVING.match(sentence) or _CJK_DERIVING.match(clause)
                or re.search(r"得(?:到|出)?\s*$", lead))


# A Chinese symbol legend under a display: "其中 $a_k$ 为傅里叶系数，$\omega_0$ 为基波角频率。"
# ("式中 …" the same; traditional "其中 $a_k$ 為傅立葉係數"). Each clause "$x$ 为|是|表示|代表
# meaning" (or a textbook's "式中：$F$ —— 合外力；…") says what one letter is.
_CJK_LEGEND_OPENING = re.compile(r"^(?:其中|式中)\s*[，,：:]?\s*")
_CJK_LEGEND_CLAUSE = re.compile(r"\s*\\\(\ue000+\\\)\s*(?:为|為|是|表示|代表|——|—|[：:])\s*"
                                r"(?P<meaning>[^\\\ue000]+?)\s*$")
# A meaning too short to hide (频谱, 零点: two characters, the project's shortest gap is three),
# a number ("$B$ 约为 5.0"), or a class any letter belongs to ("常数", "比例系数", "正整数";
# a named constant, "玻尔兹曼常数", is a meaning).
_CJK_LEGEND_NO_MEANING = re.compile(r"\d|^(?:任意|正|负|非零|实|比例|积分|待定)?"
                                    r"(?:常数|常量|系数)$|"
                                    r"^(?:正|负|非负)?(?:整数|实数|复数)$|"
                                    r"^(?:自|因|复|实)?变量$|^参数$")


def _cjk_legend(value: str) -> tuple[int, list[tuple[int, int]]] | None:
    """Where a Chinese paragraph opens on a symbol legend ("其中 $a_k$ 为傅里叶系数，$\\omega_0$
    为基波角频率。"): where its first sentence ends, and the span of each meaning to hide
    (three characters or more, no number, no formula). None for any other paragraph, a
    marked one (the author's mark is asked) or a legend with no meaning worth a gap."""
    if "**" in value or not _CJK_LEGEND_OPENING.match(value) or not in_chinese(value):
        return None
    shielded = shield_math(value)
    end = re.search(r"[。！？]|$", shielded).end()
    opening = _CJK_LEGEND_OPENING.match(shielded).end()
    spans = []
    start = opening
    for found in re.finditer(r"[，,；;、。！？]|$", shielded[:end]):
        clause = shielded[start:found.start()]
        legend = _CJK_LEGEND_CLAUSE.fullmatch(clause)
        start = found.end()
        if legend is None:
            continue
        meaning = legend["meaning"]
        # ("其中 $z$ 是一个复变量": a class said with its count, zh20)
        if len(re.sub(r"\s", "", meaning)) < 3 or \
                _CJK_LEGEND_NO_MEANING.search(re.sub(r"^一[个种]", "", meaning)) or \
                not CJK.search(meaning):
            continue
        base = found.start() - len(clause)
        spans.append((base + legend.start("meaning"), base + legend.end("meaning")))
    # "$N(s)$ 为分子多项式，$D(s)$ 为[分母多项式]": a meaning one character from another the
    # card shows is told by it (the numerator's name gives the denominator's; a blind review
    # of session 19: junk). Neither of such a pair is asked.
    # Still a legend, read as one, with nothing left to ask (legend() says so).
    meanings = [shielded[a:b] for a, b in spans]
    found = bool(spans)
    spans = [span for span, meaning in zip(spans, meanings, strict=True)
             if not any(_one_apart(meaning, other) for other in meanings)]
    return (end, spans) if found else None


# A clause naming a symbol: "$\zeta$ 称为阻尼比", "$\omega_n$ 叫做无阻尼自然频率", "$\mu$ 为动力
# 粘度" (after "其中" or not); the name, three to ten Chinese characters, ends the clause.
_SYMBOL_NAMED_CLAUSE_CJK = re.compile(
    r"\s*(?:(?:其中|式中)\s*[，,]?\s*)?\\\(\ue000+\\\)\s*"
    rf"(?P<verb>(?:被)?[称稱][为為]|叫做|叫作|为|為)\s*(?P<meaning>[{HAN}]{{3,10}})\s*")


def _symbols_named_cjk(value: str) -> tuple[int, int, list[tuple[int, int]]] | None:
    """The sentence of a Chinese paragraph that names two symbols or more, one of them with
    称为 or 叫做 ("…，其中 $\\zeta$ 称为阻尼比，$\\omega_n$ 称为无阻尼自然频率。"): where it starts
    and ends, and each name's span, to ask on a card of its own with the others shown
    (zhmath21: only the last name was asked, "$\\zeta$ 称为[阻尼比]" never). None where a name
    is told by another (one holds the other, "湍动能" in "湍动能耗散率", or one character apart)
    or any other paragraph."""
    if "**" in value or "\\(" not in value or not in_chinese(value):
        return None
    shielded = shield_math(value)
    start = 0
    for stop in [m.end() for m in re.finditer(r"[。！？]", shielded)] + [len(shielded)]:
        sentence, base, start = shielded[start:stop], start, stop
        spans, naming = [], False
        at = 0
        for found in re.finditer(r"[，,；;。！？]|$", sentence):
            clause = _SYMBOL_NAMED_CLAUSE_CJK.fullmatch(sentence, at, found.start())
            at = found.end()
            if clause is None or _CJK_LEGEND_NO_MEANING.search(clause["meaning"]):
                continue  # ("$n$ 为正整数": a class any letter belongs to, no name)
            naming = naming or clause["verb"] not in ("为", "為")
            spans.append((base + clause.start("meaning"), base + clause.end("meaning")))
        names = [shielded[a:b] for a, b in spans]
        if len(spans) < 2 or not naming or any(
                one != other and (one in other or _one_apart(one, other))
                for one in names for other in names) or len(set(names)) < len(names):
            continue
        return base, stop, spans
    return None


def _one_apart(one: str, other: str) -> bool:
    """Whether two phrases of one length differ in exactly one character (分子/分母)."""
    return len(one) == len(other) and sum(a != b for a, b in zip(one, other, strict=True)) == 1


def _formula_stated_cjk(value: str) -> tuple[int, int] | None:
    """Where a Chinese sentence states a named quantity's formula or a named condition
    (_CJK_STATED_BY, or the name right before the formula): that formula's span, to hide
    whole, the name on the front. Never a bare symbol, a worked value ("末速度为 $v = 12\\,
    \\mathrm{m/s}$"), a step of a derivation ("所以…", "由…得"), nor a name that is a clause
    ("二次型可以用矩阵表示为 …"), a pronoun or a symbol ("$f(x)$ 为 …")."""
    if "**" in value or "\\" not in value or not in_chinese(value):
        return None
    shielded = shield_math(value)
    # where each clause ends, found once: a long text with many formulas stays linear
    breaks = [m.end() for m in _CJK_CLAUSE_BREAK.finditer(shielded)]
    found = []
    for formula in _CJK_FORMULA_AFTER.finditer(shielded):
        start, end = formula.span("formula")
        tex = value[start + 2:end - 2].strip()
        if not re.search(r"[A-Za-z]", tex) or _SYMBOL.match(tex) or _worked_step(tex):
            continue
        opening = bisect.bisect_right(breaks, formula.start())
        clause_end = formula.start()
        # "两者满足迈耶公式：" over its display: the name before the colon leads into it
        led = opening and not shielded[breaks[opening - 1]:clause_end].strip() and \
            shielded[breaks[opening - 1] - 1] in "：:"
        if led:
            opening, clause_end = opening - 1, breaks[opening - 1] - 1
        clause = shielded[breaks[opening - 1] if opening else 0:clause_end]
        if len(clause) > _MAX_CLAUSE_CJK or _CJK_DERIVING.match(clause) or \
                _CJK_CONDITION.match(clause):
            continue
        verbs = list(_CJK_STATED_BY.finditer(clause))
        verb = verbs[-1] if verbs else None
        if verb is not None and verb.end() == len(clause):
            if verb.group() == "满足" and not _STATEMENT_TEX.search(tex):
                continue  # what a quantity satisfies is a relation
            if verb["defined"] and (not _STATEMENT_TEX.search(tex)
                                    or "的" not in clause[:verb.start()]):
                # "基波角频率 $\omega_0$ 定义为 $2\pi / T$", "品质因数定义为 $Q = …$" ask the
                # term they define; "克劳修斯熵 $S$ 的变化定义为 $dS = …$" defines no term, so
                # its formula is what to recall
                continue
            named = clause[:verb.start()]
            if verb["condition"]:
                if _STATEMENT_TEX.search(tex) and named.strip():
                    found.append((clause, start, end))
                continue
        elif led or verb is None or clause[verb.end():].strip():
            if not _STATEMENT_TEX.search(tex):
                continue  # a name beside an expression names it; it states nothing
            named = clause
        else:
            continue
        name = _CJK_NAME_BEFORE.search(_CJK_NAME_SPLIT.split(named.rstrip())[-1])
        if name is None or _CJK_NO_NAME.search(name.group()) or \
                re.search(r"可以|能够|可用|通常|一般|只有|必须|应该|需要", name.group()) or \
                opens_as_a_clause_cjk(name.group()):
            continue
        if _CJK_ONLY_FORMULA.fullmatch(name.group()) and named.strip() == name.group():
            continue  # "公式为：" over a display: it says a formula follows, not whose
        found.append((clause, start, end))
    # "X 的分布律为 $…$，若…，则 X 的数学期望为 $…$": what a condition's 则 concludes is the
    # sentence's fact; what comes before it sets it up.
    concluded = [(start, end) for clause, start, end in found if clause.lstrip().startswith("则")]
    return (concluded or [(start, end) for _, start, end in found] or [None])[0]


_SUBSCRIPTED_TEXT = re.compile(r"\\(?:text|mathrm)\{([A-Za-z]+)\}(?=\s*[_^])|"
                               r"(?<=[_^])\\(?:text|mathrm)\{([A-Za-z]+)\}")


def _worked_step(tex: str) -> bool:
    """Whether a display formula is a step of a worked example, not a formula to learn: a
    single symbol's value is a number ("v = 12\\ \\mathrm{m/s}", "\\text{Precision} = … =
    0.889") or a right-hand side of no letter ("\\text{Accuracy} = \\frac{40 + 50}{100}"),
    or the formula holds no letter at all. A number after more than a symbol is an
    identity ("\\sum_i p_i = 1", "u \\cdot v = 0"), to learn."""
    body = _TEX_ENVIRONMENT.sub("", tex)
    right = body.partition("=")[2] if "=" in body else body
    left = re.split(r"=|\\approx", body, maxsplit=1)[0].replace("&", "")
    # A `\\text{}` carrying a subscript, or being one, names ("\\text{SS}_\\text{res}"); no unit.
    right = _SUBSCRIPTED_TEXT.sub(lambda named: f" {named[1] or named[2]} ", right)
    worked_value = _NUMBER_SIDE.search(body.rstrip(" \n\\")) or not re.search(
        r"[A-Za-z]", _WORKED_LAYOUT_TEX.sub("", right))
    return bool(_SYMBOL.match(left) and worked_value
                or not re.search(r"[A-Za-z]", re.sub(r"\\[A-Za-z]+", "", body))
                and not _GREEK_TEX.search(body))


# Greek letters are letters of a formula: "\eta = (\nu^3/\epsilon)^{1/4}" is no number.
_GREEK_TEX = re.compile(rf"\\(?:var)?(?:{'|'.join(sorted(GREEK_LETTERS, key=len, reverse=True))})"
                        r"(?![A-Za-z])")


def _formula_led(value: str) -> tuple[int, int, int, int] | None:
    """Where a sentence of a text leads into a display formula that finishes it ("Two events
    are independent when \\[P(AB) = P(A)P(B)\\]"): (where the lead starts, the formula's
    span, where its sentence ends), to ask the formula whole with the lead on the front. The
    lead has two words or more and ends in a word that leaves it unfinished ("when", "is",
    "by"; _LEAD_WORDS), a comma or "="; a lead that merely lacks its full stop ("… assuming
    all else is unchanged" over a formula) may be a finished sentence the formula only
    illustrates. Not a step of a worked example or a derivation ("So …", "Substituting
    gives …", "Applying the chain rule, …", a formula whose value is a number), a lead
    opening on a pointing word ("This gives …"), whose formula holds only for what it points
    at, nor a sentence with a marked phrase: the author marked what it asks."""
    if "\\[" not in value:
        return None
    shielded = shield_math(value)
    for found in _UNFINISHED_LEAD.finditer(shielded):
        lead = shielded[found.start("lead"):found.end("lead")]
        words = re.findall(r"\\\(\ue000+\\\)|[\w'’]+|[,=]", lead)
        # Chinese runs its words together: "样本均值定义为" is one \w run of six words.
        if len(words) < 2 and not (words and _CJK_LEAD.search(words[-1])
                                   and len(words[-1]) >= 3 and CJK.search(words[-1])) \
                or words[0].casefold() in _NOT_TERMS | _DERIVING \
                or words[0].casefold().endswith("ing") \
                or words[-1].casefold() not in _LEAD_WORDS | {",", "="} \
                and not _CJK_LEAD.search(words[-1]):
            continue
        if CJK.search(lead) and _cjk_deriving(lead):
            continue
        if CJK.search(lead) and _CJK_UNNAMED_LEAD.fullmatch(lead.strip()):
            continue  # "公式为：", "其表达式如下：": no name on the front to ask it from
        start, end = found.span("formula")
        tex = value[start + 2:end - 2]
        if _worked_step(tex) or not _STATEMENT_TEX.search(tex):
            continue  # "if \[k\] is small": a symbol, no formula to recall
        after = _SENTENCE_END_AFTER.search(shielded, end)
        stop = after.start() + 1 if after else len(value)
        if "**" in value[found.start("lead"):stop]:
            continue
        return found.start("lead"), start, end, stop
    return None


def _first_sentence(value: str) -> tuple[str, str]:
    """A text's first sentence and the rest, cut at a full stop before a capital (never
    inside a formula)."""
    after = _SENTENCE_END_AFTER.search(shield_math(value))
    if after is None:
        return value.strip(), ""
    return value[:after.start() + 1].strip(), value[after.start() + 1:].strip()


def _formula_introduced(value: str) -> tuple[int, int, int, int, str] | None:
    """Where a sentence that _formula_led leaves alone (it opens on a pointing word, an
    -ing step or a clause, or ends in a noun) introduces the display that finishes it by a
    noun phrase of its own ("This ratio is the Reynolds number, defined as \\[…\\]", "…,
    which gives the Kolmogorov length scale \\[…\\]", "Summing over the cycle, we obtain the
    Clausius inequality \\[…\\]", "… the hinge loss reads \\[…\\]"): (where the sentence
    starts, the formula's span, where its sentence ends, the name as a front says it). The
    name is the card's question, so it must say one quantity: "the" and a named thing, or a
    possessive name ("Bernoulli's equation"); never one that says only a formula follows
    ("the following expression", "the result"), two things ("the heat capacities at
    constant volume and constant pressure"), a pronoun ("It is computed as"), a worked
    value or notation, nor a sentence with a marked phrase."""
    if "\\[" not in value:
        return None
    shielded = shield_math(value)
    for found in _UNFINISHED_LEAD.finditer(shielded):
        lead = shielded[found.start("lead"):found.end("lead")].rstrip(" ,:")
        named = _INTRODUCED_BEFORE.search(lead) or _INTRODUCED_AFTER.search(lead)
        if named is None:
            continue
        start, end = found.span("formula")
        tex = value[start + 2:end - 2].strip()
        after = _SENTENCE_END_AFTER.search(shielded, end)
        stop = after.start() + 1 if after else len(value)
        if "**" in value[found.start("lead"):stop] or not _one_statement(tex, expression=True):
            continue
        name = " ".join(named["name"].split())
        words = re.findall(r"[\w'’–-]+", name)
        if not words or len(words) > 6 or any(
                w.casefold() in _TWO_THINGS for w in words) or all(
                w.casefold() in _NO_QUANTITY | _SAYS_NO_NAME for w in words):
            continue
        front = f"{name[0].upper()}{name[1:]}:" if len(words) > 1 else f"Formula for {name}:"
        return found.start("lead"), start, end, stop, front
    return None


# A named quantity and the words that introduce the display it finishes, at the end of
# the sentence above the display: "… the Reynolds number, defined as", "The ratio … is
# given by" (a name of its own opening the sentence is _formula_led's), "… the momentum
# equation reads", "Bernoulli's equation takes the form". A word of the name is no verb or
# pronoun: "the flow is the Reynolds number" names the Reynolds number.
_NAME_WORD = (r"(?!(?:is|are|was|were|be|been|has|have|had|gives|give|yields|that|which|who|"
              r"where|when|we|it|this|these|its)\b)[\w'’–-]+")
_INTRODUCED_BEFORE = re.compile(
    rf"(?:\bthe\s+|(?<![\w'’])(?=(?-i:[A-Z])[\w–-]*['’]s\s))(?P<name>{_NAME_WORD}"
    rf"(?:\s+{_NAME_WORD}){{0,5}}?)\s*,?\s+(?:(?:is|are|can\s+be|may\s+be)\s+)?"
    r"(?:(?:usually|often|commonly|then)\s+)?"
    r"(?:(?:defined|given|written|computed|calculated|expressed|evaluated)\s+(?:as|by)|"
    r"reads|takes\s+the\s+form)$", re.I)
# "…, which gives the Kolmogorov length scale", "we obtain the Clausius inequality": the
# name after the verb, ending the lead.
_INTRODUCED_AFTER = re.compile(
    r"\b(?:gives|yields|leads\s+to|(?:we|one)\s+(?:get|gets|obtain|obtains|find|finds|"
    rf"arrive\s+at)|is\s+obtained)\s+the\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,5}})$",
    re.I)
# Words of a name that says no quantity, only that a formula follows ("the following",
# "the resulting expression", "the same"), besides _NO_QUANTITY's.
_SAYS_NO_NAME = frozenset("""following same above previous resulting new final general
    simple simpler desired required last next first second other full corresponding
    familiar well-known known famous usual standard""".split())
# A name of two things: one card would ask two formulas.
_TWO_THINGS = frozenset("and or vs versus".split())


def _formula_name(tex: str) -> str | None:
    """The name a display formula's left-hand side gives its quantity: the words of
    `\\text{Accuracy} = …` or `\\mathrm{MSE} &= …`, else the TeX of a symbol (`\\alpha`,
    `R`). None for a formula with no `=`, a left side that is itself a relation or a sum, or
    several equations (a later row with a left side of its own), whose name is no one's."""
    # Rows break at "\\\\", with the space after it some write ("\\\\[6pt]").
    rows = [row for row in re.split(r"\\\\(?:\s*\[[^\]]*\])?", _TEX_ENVIRONMENT.sub("", tex))
            if row.strip()]
    if not rows or any(row.split("&")[0].strip() for row in rows[1:]):
        return None  # "a &= b \\ c &= d": two formulas; "&= …" goes on with the first
    left, equals, right = rows[0].replace("&", "").partition("=")
    left = " ".join(left.split())
    if not equals or not right.strip() or not left or len(left) > 40:
        return None
    if worded := _TEX_WORD_NAME.match(left):
        return " ".join(worded[1].replace("\\ ", " ").replace("~", " ").split())
    if _RELATION_TEX.search(left) or re.search(r"[-<>]", left):
        return None
    return left


# What ends a formula's right side at its top level: a condition or a remark after it
# ("f(a)\ \forall a \in D", "…, n \ge 1", "\quad \text{for } x > 0"), left on the front.
_SIDE_TAIL = re.compile(r",\s|;|\\(?:forall|quad|qquad|iff|implies|Rightarrow|Leftrightarrow|"
                        r"because|therefore)(?![A-Za-z])|\\(?:text|mbox|mathrm)\s*\{\s*(?:for|if|"
                        r"when|where|with|per|para|se|wenn|für|pour|si|falls)\b")
# A definition's sign in TeX: "\\equiv", ":=", "\\coloneqq", "\\triangleq".
_DEFINED_AS_TEX = re.compile(r"\\(?:equiv|coloneqq|triangleq)(?![A-Za-z])|:=")
# Relations other than "=" that make a formula no identity of two sides.
_OTHER_RELATION_TEX = re.compile(r"[<>]|\\(?:approx|le|ge|leq|geq|neq|ne|sim|simeq|propto|"
                                 r"equiv|cong|to|mapsto|in|subset|subseteq|ll|gg|lesssim|"
                                 r"gtrsim|lessapprox|stackrel|overset|coloneqq|iff|implies|"
                                 r"Rightarrow|Leftrightarrow|rightarrow)(?![A-Za-z])")
# A right side that only says "a constant": one letter, or the word in a text command.
_CONSTANT_SIDE = re.compile(r"[A-Za-z]|\\(?:text|mathrm|rm)\s*\{\s*(?:const\.?|constant|cst|"
                            r"konst\.?|costante|constante)\s*\}|const\.?", re.I)
MAX_SIDE_TEX = 110  # a right side longer than this is no one gap to recall


# Headings over formulas that are worked out, not learned: a solution, a proof, practice.
_WORKING_HEADING = re.compile(
    r"\b(?:solutions?|practi[cs]e|exercises?|problems?|proofs?|homework|quiz|tutorial|"
    r"worked|beweis|lösung(?:en)?|übung(?:en)?|dimostrazione|soluzion[ei]|esercizi[o]?|"
    r"démonstration|exercices?|demostración|solución|ejercicios?)\b|证明|解答|练习|習題|演習|証明",
    re.I)
# A formula that ends its sentence: the last thing of a paragraph but its full stop.
_TRAILING_FORMULA = re.compile(r"\\(?P<open>[(\[])(?P<tex>(?:(?!\\[()\[\]]).)+)\\[)\]]"
                               r"(?P<end>\s*[.。,，:：]?)$", re.S)
# A lead that works a step out or gives an example, in the languages the notes are in.
_DERIVED_LEAD = re.compile(
    # (Examples anywhere in a lead are _EXAMPLE_IN_LEAD's, "in the same way" _WORKED_IN_LEAD's:
    # formula_side_after_lead asks all three.)
    r"\s*(?:(?:so|thus|hence|then|therefore|now|finally|substituting|plugging|rearranging|"
    r"quindi|allora|dunque|poi|also|daher|dann|somit|donc|alors|ainsi|entonces|luego|"
    r"example|esempio|beispiel|ejemplo|here|in\s+this|in\s+that|"
    r"in\s+the\s+example|in\s+questo|in\s+diesem|dans\s+ce|en\s+este)\b|则|所以|因此|于是|故|即|"
    r"如|よって|したがって|ゆえに|在?本例|在?此|在?这|この|再|然后|"
    r"进而|similarly|likewise|this\s+can\s+be|which\s+can\s+be)", re.I)
# "…，例如连续时间随相正弦波 $X(t) = …$": the formula is an example of what the lead says.
_EXAMPLE_IN_LEAD = re.compile(r"例如|比如|譬如|例えば|\b(?:for\s+example|for\s+instance|e\.g\.|"
                              r"such\s+as|ad\s+esempio|per\s+esempio|zum\s+Beispiel|z\.\s?B\.|"
                              r"par\s+exemple|por\s+ejemplo)", re.I)
# A lead that says a step got it, wherever it says so: "并求平均得到平均方程", "原頁推導出 …",
# "This can be written as", "we can define … in the same way".
_WORKED_IN_LEAD = re.compile(r"得到|求得|推导出|推導出|推出|前一[頁页]|上一?[頁页]|上式|"
                             r"\b(?:can\s+be\s+written|rewritten|in\s+the\s+same\s+way|"
                             r"previous\s+(?:page|equation|result))\b", re.I)
# A lead ending on what a step got: "两边取拉氏变换，得", "Solving for x gives".
_STEP_GOT = re.compile(r"(?:得|得到|代入|\b(?:gives?|get|gets|obtain(?:s|ed)?|"
                       r"yields?|we\s+have|ergibt|erhält\s+man|otteniamo|on\s+obtient))\W*$", re.I)
# A heading that is only a numbered label ("Theorem 2.1", "Lemma 3"): it says no quantity,
# and a formula under it asks "\\(a^2 + b^2\\) = […]" from nothing but its letters.
_NUMBERED_LABEL = re.compile(r"(?:theorem|lemma|proposition|definition|satz|teorema|"
                             r"théorème|proposizione|lemme|example|equation|"
                             r"formula|eq\.?|section|chapter|lecture|part|week|unit|lesson|"
                             r"kapitel|abschnitt|capitolo|sezione|chapitre|capítulo|sección)"
                             r"\s*[\dIVX.]+\.?|(?:定理|命题|引理|公式)\s*[\d.]+|第\s*\S{1,3}\s*[节章课講回部]",
                             re.I)
# A sentence saying the displays after it derive or prove something (not "the derivative",
# "derivata": a quantity's name).
_DERIVATION_LEAD = re.compile(r"\b(?:derive[sd]?|deriving|derivation|prove|proof|show\s+that|"
                              r"completing\s+the\s+square|"
                              r"herleit\w*|dimostr\w*|démontr\w*|demostr\w*)\b|推导|证明|證明|導出",
                              re.I)
# A step of a derivation, over the display it works out: "Step 1: take logs", "**Schritt 2**".
_STEP_LEAD = re.compile(r"\W*(?:step|schritt|passo|paso|étape|etapa|stap)\s*\d", re.I)
# A paragraph that goes on with the sentence a display is the middle of: ", hence …",
# "and therefore …", "which gives …".
_GOES_ON = re.compile(r"\s*(?:[,;]|(?:hence|thus|so|and|which|therefore|then|giving|"
                      r"yielding|or|i\.e\.)\b)", re.I)


# Pairs of TeX delimiters a side must hold both of, or neither.
_TEX_PAIRS = (("\\left", "\\right"), ("\\langle", "\\rangle"), ("\\lVert", "\\rVert"),
              ("\\lvert", "\\rvert"), ("\\lbrace", "\\rbrace"), ("\\lfloor", "\\rfloor"),
              ("\\lceil", "\\rceil"), ("\\{", "\\}"))


def _balanced(tex: str) -> bool:
    """Whether a side of a split formula opens no delimiter it does not close: braces, and
    the TeX pairs ("\\left" … "\\right", "\\langle" … "\\rangle")."""
    if tex.count("{") - tex.count("\\{") != tex.count("}") - tex.count("\\}"):
        return False
    return all(len(re.findall(re.escape(a) + r"(?![A-Za-z])", tex))
               == len(re.findall(re.escape(b) + r"(?![A-Za-z])", tex)) for a, b in _TEX_PAIRS)


def _top_level(tex: str) -> str:
    """TeX with what its braces hold taken out: "\\lim_{x \\to a} f(x)" -> "\\lim_{} f(x)",
    whose relation ("\\to") is the limit's, not the formula's."""
    while True:
        inner = re.sub(r"\{[^{}]*\}", "{}", tex)
        if inner == tex:
            return tex
        tex = inner


def _formula_sides(tex: str) -> tuple[str, str, str, str] | None:
    """(left, right, tail, sign) of a formula that is one identity, `left = right` at its top
    level ("\\int kf(x)\\,dx = k\\int f(x)\\,dx", "G(Q^*) = \\dfrac{c_s}{c_o + c_s}",
    "\\lim_{x \\to a} f(x) = f(a)\\ \\forall a \\in D", whose tail "\\ \\forall …" is a
    condition left on the front): what the left side equals is what a card asks. None for
    several rows or equations, a chain ("a = b = c"), another relation, a worked value
    ("v = 12\\ \\mathrm{m/s}"), a step going on from one before ("= …"), and a number that a
    single letter is set to ("n = 5": a problem's setting, as equation25 found)."""
    tex = tex.strip()
    if not tex or "&" in tex or "\\\\" in tex or "\\begin" in tex or "\n\n" in tex \
            or _CONTINUED_TEX.match(tex) or _worked_step(tex):
        return None
    if re.search(r"\\not\s*=|==|=:", tex):
        return None  # "a \\not= b", "p == q", "b + c =: a": no identity read left to right
    depth, equals, defined = 0, [], []
    for at, char in enumerate(tex):
        # ("\\{X_n,\\;n=1,2,\\cdots\\}" is a set: its "\\{" opens as "{" does.)
        if char in "{([":
            depth += 1
        elif char in "})]":
            depth -= 1
        elif char == "=" and depth == 0 and tex[at - 1:at] not in ("<", ">", "!", ":", "\\"):
            equals.append(at)  # ("==" returned above)
        if depth == 0 and (sign := _DEFINED_AS_TEX.match(tex, at)):
            defined.append(sign)
    op, width = "=", 1
    if not equals and depth == 0 and len(defined) == 1 and \
            len(_DEFINED_AS_TEX.findall(tex)) == 1:
        # "\\vec{v} \\equiv \\frac{d\\vec{r}}{dt}", "\\hat{x}_t := \\log x_t - \\log x": a
        # definition's sign at the top level, shown as such between the sides.
        found = defined[0]
        equals, width = [found.start()], found.end() - found.start()
        op = "≡" if "equiv" in found.group() else ":="
        if re.search(r"\\[pb]?mod(?![A-Za-z])|\bmod\b", tex):
            return None  # "x \\equiv 3 \\pmod 5": a congruence, no definition
    if len(equals) != 1 or depth != 0 or "\\left" in tex and "\\right" in tex and \
            tex.index("\\left") < equals[0] < tex.rindex("\\right"):
        return None
    left, right = tex[:equals[0]].strip(), tex[equals[0] + width:].strip()
    cut = None
    depth = 0
    for at, char in enumerate(right):
        if char in "{([":
            depth += 1
        elif char in "})]":
            depth -= 1
        elif depth == 0 and at and right[at - 1] != "\\" and _SIDE_TAIL.match(right, at):
            cut = at
            break
    if cut is not None and not (_balanced(right[:cut]) and _balanced(right[cut:])):
        cut = None  # "\\langle \\cos t, \\sin t \\rangle": the comma is the vector's, asked whole
    tail = right[cut:].strip() if cut is not None else ""
    right = right[:cut] if cut is not None else right
    right = re.sub(r"(?:\\[ ,;:!]|\s)+$", "", right).strip()  # "f(a)\\ " before "\\forall"
    if not left or not right or len(right) > MAX_SIDE_TEX or len(left) > 60 \
            or right == left or _OTHER_RELATION_TEX.search(_top_level(left)) \
            or _OTHER_RELATION_TEX.search(_top_level(right)):
        return None
    letters = re.search(r"[A-Za-z]", re.sub(r"\\(?:frac|dfrac|tfrac|sqrt|cdot|times|left|right|"
                                            r"infty|pm|mp|[,;!: ])(?![A-Za-z])", "", right))
    if any(not _balanced(side) for side in (left, right, tail)):
        # "\\nabla f = \\left\\langle f_x, f_y \\right\\rangle" cut at its comma: a \\left
        # or \\langle with its partner on the other side of a cut breaks MathJax.
        return None
    if tail and "".join(right.split()) in "".join(tail.split()):
        return None  # "S = (n-2)\\pi, \\quad (n-2)\\pi > 0": the condition says the answer
    if not letters or _CONSTANT_SIDE.fullmatch(right):
        # "n = 5" is a problem's setting; "\\lim_{x \\to a} f(x) = +\\infty" one case of a
        # definition (formulaside26 gate: junk). A value is no formula to recall, nor is
        # "= \\text{const}" or "= C", a letter saying only that the left side is constant.
        return None
    return left, right, tail, op


def _worded_name(name: str) -> str | None:
    """A formula's left side as the words it is written in ("GNP", "Total Revenue", "%
    change in real GDP", `Total\\ Revenue`), or None for a symbol: a letter or two ("Y",
    "P", "MB"), TeX of anything but spaces and a percent sign, or no word of three letters."""
    words = " ".join(name.replace("\\%", "%").replace("\\ ", " ").replace("~", " ").split())
    if not re.fullmatch(r"%?\s?[A-Za-z][A-Za-z'’ -]*", words) or \
            not re.search(r"[A-Za-z]{3,}", words):
        return None
    return words


def _names_formula(title: str, name: str) -> str | None:
    """How a heading's title names the quantity a formula's left side names, as the card's
    front says it, or None: the title itself where it or a bracket of it is the name in
    words ("Mean squared error (MSE)" over `\\mathrm{MSE} = …`, "Accuracy" over
    `\\text{Accuracy} = …`) or holds the symbol as math ("Load factor ($\\alpha$)" over
    `\\alpha = …`); the name alone where it is one word of the title, three letters or more
    ("Precision and recall" over `\\text{Precision} = …`)."""
    def squeezed(words: str) -> str:
        return re.sub(r"[\W_]+", "", words.casefold())
    if any("".join(tex.split()) == "".join(name.split())
           for tex in re.findall(r"\\\((.+?)\\\)", title)):
        return title
    words = re.sub(r"\\\(.+?\\\)", " ", unmark(title))
    parts = [_BRACKETED.sub(" ", words)] + re.findall(r"\(([^()]+)\)", words)
    wanted = squeezed(name)
    if wanted and any(squeezed(part) == wanted for part in parts):
        return title
    if re.fullmatch(r"[A-Za-z]{3,}", name) and wanted in {
            w.casefold() for w in re.findall(r"[A-Za-z]+", words)}:
        return name
    return None


# A heading that names no formula but the kind of text under it: "Formulas", "Worked
# example", "Useful identities", "Esempio", "Proof", "Deriving the work–energy theorem".
_GENERIC_HEADING_WORDS = frozenset("""formula formulas formulae formule fórmula fórmulas
    formule formules formel formeln equation equations equazione equazioni ecuación
    ecuaciones identity identities example examples esempio esempi ejemplo ejemplos exemple
    exemples beispiel worked exercise exercises esercizio esercizi ejercicio ejercicios
    practice problem problems solution solutions soluzione proof dimostrazione demostración
    derivation derivazione step steps summary recap notes note overview introduction
    definitions results key useful main important basic other more misc miscellaneous
    calculation calculations computation part lecture week question answer task tasks
    revision review cheat sheet reference quick appendix notation symbols setup
    assumptions conventions properties definition theorem lemma corollary proposition
    remark claim observation fact rule law principle case cases method idea intuition
    motivation background statement definizione teorema osservazione nota proprietà
    definición propiedad observación solución riassunto resumen""".split())
# A heading that is a worked problem or a set of tasks: prose and lists under it make no card
# where nothing is marked and they hold numbers or math (prose18). The word alone, with a
# number, or before a colon, a dash or a bracket ("Example 3: a falling ball", "Practice
# (from the problem set)"); never a topic it opens ("Solutions" in chemistry, "Examples of
# market failure", "Problem of evil", "Practice of medicine": review 18, their facts lost).
# Chinese notes' 例题, 习题, 练习 (zh18c) alike.
_WORKED_HEADING = re.compile(
    r"(?:(?:worked\s+)?(?:examples?|exercises?|solution|esempi|esempio|ejemplos?|exemples?|"
    r"beispiel|esercizi|esercizio|ejercicios?|exercices?|例题|习题|练习题?"
    # ("Beispielaufgabe (Übungsblatt 4, Aufg. 2)": German writes it as one word)
    r"|beispielaufgaben?|übungsaufgaben?|rechenbeispiele?)"
    r"|worked\s+(?:problems?|solutions)|(?:problems?|solutions)(?=\s*[\d:])"
    # "Dose calc examples", "Calculation examples" (a nursing note's worked doses)
    r"|(?:(?:dose|dosage|calc|calcs|calculation|calculations|numerical)\s+){1,2}"
    r"examples?|examples?\s+(?:data|figures|numbers|question|problem|calculation)"
    # ("practice probs from section": shorthand, and where the problems came from; not
    # "Exercise in pregnancy", a topic)
    r"|practice(?:\s+(?:problems?|probs?|qs|questions?|exercises?|sets?)"
    r"(?:\s(?:from|for|in|on)\s.*)?)?)"
    r"(?:\s+\d+(?:\.\d+)*[a-z]?)?\.?\s*(?:[:—–-].*|\(.*\)"
    # ("Worked examples from lecture 5", "Exercises for chapter 2": where they come from;
    # not "Exercise for older adults", a topic)
    r"|\s(?:from|for|in|on)\s+(?:(?:the|this|today['’]s|last|my)\s+)?(?:lecture|class|chapter|"
    r"ch\.?|section|week|tutorial|recitation|seminar|midterm|exam|textbook|"
    r"slides|homework|hw|pset|problem\s+set|worksheet)\b.*)?", re.I)
# A heading opening on these introduces steps or a task, not a named formula.
_STEPS_HEADING = frozenset("""deriving derivation derivazione proof proving example esempio
    ejemplo exercise esercizio ejercicio practice problem solution step worked applying
    using computing calculating solving dimostrazione demostración""".split())
# A display that goes on from the one before it: a step of a derivation or a chain.
# ("\\left(x + …\\right)^2 = …" opens on no "\\le": the re-read of session 26.)
_CONTINUED_TEX = re.compile(r"^\s*(?:&\s*)?(?:=|\\(?:Rightarrow|implies|Longrightarrow|"
                            r"therefore|iff|Leftrightarrow|to)(?![A-Za-z])|\\approx|<|>|"
                            r"\\le(?![A-Za-z]))")


# A title line with its display formula typed straight under it, one paragraph: "Bayes'
# theorem" / "$$P(A \mid B) = …$$".
_TITLED_FORMULA = re.compile(r"\s*(?P<name>[^\\\n]{2,60}?)\s*\\\[(?P<tex>(?:(?!\\\]).)+)\\\]\s*",
                             re.S)
# A line ending in these leads into what comes next ("We get", "It follows"), naming nothing.
_LEAD_VERBS = frozenset("""get gets got obtain obtains have has had follows reads read
    becomes become gives give yields yield find finds""".split())
# A paragraph only a formula: "$E = mc^2$" typed on its own line.
_FORMULA_ONLY = re.compile(r"\s*\\[\[(](?P<tex>(?:(?!\\[)\]]).)+)\\[)\]]"
                           r"(?:\s*\(\d+(?:\.\d+)*\))?\s*", re.S)
# Sentences opening on these point at text before them or speak to the reader ("These
# only hold when …", "We now …", "Let …"): no name for the formula after them.
_POINTING_OPENERS = frozenset("""this these that those it its they we let start note
    recall remember here there one you our similarly also likewise equivalently
    alternatively or and but in for with since where when if moreover furthermore notice
    clearly obviously again rearranged general special""".split())


# A heading asking "What is …?" names its formula by the words after these.
_QUESTION_WORDS = frozenset("what which".split())


# A lead ending in a colon may open on a connective ("For a sample of $n$ values:"), never
# on these, which point at text before it or speak to the reader.
_POINTING_WORDS = frozenset("""this these that those it its they we let start here there
    you one""".split())


def _naming_heading(title: str) -> bool:
    """Whether a heading names the one formula typed straight under it ("Bayes' theorem",
    "Newton's second law", "Complement rule"): a title of at most eight words with a word of
    three letters or more that says what it is of, not the kind of text under it
    ("Formulas", "Worked example", "Useful identities"), not steps ("Deriving …", "Proof
    of …"), not a question, and naming one thing ("Trace and determinant" names two, and a
    formula under it one of them)."""
    words = re.findall(r"[^\W\d_][\w'’–-]*", re.sub(r"\\\(.+?\\\)", " ", unmark(title)))
    question = title.rstrip().endswith("?")
    if question and not re.match(r"(?:what|which)\s+(?:is|are)\s", title, re.I):
        return False  # "What is the geometric series?" asks the formula; "Why …?" no
    if title == INTRODUCTION or not words or len(words) > 8 \
            or words[0].casefold() in _STEPS_HEADING | _POINTING_OPENERS:
        return False  # "In matrix form", "Similarly", "Deriving …": no name
    if re.search(r"\s(?:and|vs\.?|versus|e|y|et|und|or|o)\s|[,&/]", title, re.I):
        return False
    return any(len(w) >= 3 and w.casefold() not in _GENERIC_HEADING_WORDS | _QUESTION_WORDS
               for w in words)


def _shares_heading_word(sentence: str, title: str) -> bool:
    """Whether a sentence's opening words (its subject, the first five) say a word of four
    letters or more of the heading, told by its first five letters ("variance",
    "Varianz")."""
    def stems(text: str) -> set[str]:
        return {w.casefold()[:5] for w in re.findall(r"[^\W\d_]{4,}", text)} - {"formu"}
    opening = " ".join(re.sub(r"\\\(.+?\\\)", " ", sentence).split()[:5])
    return bool(stems(opening) & stems(re.sub(r"\\\(.+?\\\)", " ", unmark(title))))


def _one_statement(tex: str, expression: bool = False) -> bool:
    """Whether a display formula is one statement to recall whole: a relation in it (or,
    with `expression`, an expression of letters that its heading names, `\\frac{TP}{TP +
    FP}` under "Precision", never one symbol), no later row with a left side of its own,
    not opening as a step that goes on from the one before ("= …", "\\Rightarrow …"), not
    a worked value."""
    if _CONTINUED_TEX.match(tex) or _worked_step(tex):
        return False
    if not _STATEMENT_TEX.search(tex) and not (
            expression and not _SYMBOL.match(tex)
            and not re.search(r"[:,]|\\(?:to|mapsto|in)(?![A-Za-z])", tex)):
        return False  # "f: \\mathbb{R} \\to \\mathbb{R}" is notation, not a quantity
    rows = [row for row in re.split(r"\\\\(?:\s*\[[^\]]*\])?", _TEX_ENVIRONMENT.sub("", tex))
            if row.strip()]
    return len(rows) == 1 or not any(row.split("&")[0].strip() for row in rows[1:])


def _emphasised_sentence(plain: str) -> bool:
    """Whether a wholly marked text is a sentence set in bold or italics for emphasis, to
    read as unmarked text: at least six words, ending as a sentence ends. A short bold line
    ("**Mens Rea**", "**The Mirror Image Rule:**") is a title over what follows, no fact."""
    # (A quotation ends after its closing mark: "**"Long-lived assets fall into …."**".)
    # Twelve words or more are a sentence whatever its end: "*I frame dentro la finestra
    # devono essere mantenuti in memoria …*", typed without its full stop, is no title.
    # (Not a chain of names, "**Hearing → Auditory Cortex → Wernicke's Area → …**": a
    # sentence has its small words in lower case.)
    ends = plain.rstrip("*_ \"”’»'")
    return _words(plain) >= 12 and not ends.endswith((":", "：")) and len(
        re.findall(r"(?<!\S)[a-zà-ÿ]", plain)) >= 4 or \
        _words(plain) >= 6 and ends.endswith((".", "!", "…", "。"))


def _cjk_formula_name(name: str) -> bool:
    """"波函数" over `$$y = A\\cos[…]$$`: a name in Chinese or Japanese has no capital to
    tell it by; a short run of its characters with no word leading into the formula
    ("其表达式为", "由此得") is one."""
    return bool(_CJK_FORMULA_NAME.fullmatch(name)) and not _CJK_FORMULA_LEAD.search(name)


def _latin_formula_name(name: str) -> bool:
    """A capitalised name of up to six words over its formula, no lead into steps or
    sentence (titled_formula's docstring says which)."""
    words = re.findall(r"[\w'’–-]+", name)
    return bool(words) and len(words) <= 6 and name[:1].isupper() \
        and not re.search(r"[.!?;,\\$]", name) \
        and words[0].casefold() not in _NOT_TERMS | _DERIVING | _POINTING_OPENERS \
        and not words[0].casefold().endswith("ing") \
        and words[-1].casefold() not in _LEAD_WORDS | _LEAD_VERBS and _naming_heading(name)


def _formula_field(text: str) -> tuple[str, str] | None:
    """("Formula", "\\(P = \\frac{W}{t}\\)") of "Formula: $P = \\frac{W}{t}$": a label of
    _FORMULA_LABELS over one formula and nothing else, or None."""
    # (Its own match: "Formula" is a structural label to _labelled, a kind of text.)
    found = _FORMULA_FIELD.fullmatch(text)
    if not found or found["label"].strip().casefold() not in _FORMULA_LABELS:
        return None
    value = found["value"].strip().rstrip(".。").strip()
    if not _FORMULA_ONLY.fullmatch(value):
        return None
    return found["label"].strip(), value
