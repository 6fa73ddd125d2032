"""The card-quality rules (docs/card-quality.md), checked on the cards Anki renders.

support.import_package runs `weak_cards` on every collection a test imports a deck into, so
every deck the suite builds is held to these rules; tests/test_card_quality.py feeds each
rule a deliberately bad card. The rules are written here from the docs, not imported from
deck_builder.quality: a check that reused the generator's own predicates could not catch
them being wrong.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache
from html.parser import HTMLParser

import snowballstemmer

from deck_builder.text import CJK, CJK_CHARS, tex_quantities, word_count

_STEM = snowballstemmer.stemmer("english")
_WORD = re.compile(r"\w+(?:['’-]\w+)*")

LABELS = {"definition", "definitions", "example", "examples", "formula", "note", "notes",
          "key point", "key points", "key insight", "summary", "tip", "important",
          "remember", "answer", "nb", "n.b"}
GENERIC = {"introduction", "summary", "overview", "glossary", "key points", "notes",
           "examples", "details", "definitions", "differences", "similarities", "conclusion",
           "comparison", "key differences"}
FILLER = set("""a an the and or but not no nor of to in on at by for from into onto with
without as is are was were be been being it its this that these those there their they
we you he she his her our your my me us them which who whom whose what when where why how
if then than so such very also some many more most much any all each both either other
according thing things sick good bad one ones can could may might will would should must
do does did have has had about over under after before between while although though
""".split())
# The text before a gap that makes it a pointer elsewhere: "(see [...]", "we return to
# under [...]", "as discussed in [...]", up to the gap within one clause.
POINTER = re.compile(r"(?:\(see\b|\bsee also\b|\bwe (?:will )?(?:return|come back) to\b"
                     r"|\b(?:discussed|covered|explained) (?:later|below|above|elsewhere)\b"
                     r"|\bas (?:we )?(?:saw|noted|discussed|mentioned) (?:in|under)\b)"
                     r"[^.,;!?()—]*$", re.I)
THE_OTHERS = re.compile(r"\W*(everyone else|everybody else|the others|the rest|the latter"
                        r"|the former)\b", re.I)
MAX_FRONT_WORDS = 70  # "about 60" words of text besides the context line
LONG_WORDS = 40  # a paragraph longer than this comes as sentences (docs §5)

_CLOZE_OPENING = re.compile(r"\{\{c\d+::$")
# A gap on a rendered front: "[...]" or its hint, which may hold "]" ("[Type [sound:x] or
# Type B?]"), never "<" (escaped).
_CLOZE = re.compile(
    r'<span class="cloze" data-cloze="([^"]*)" data-ordinal="\d+">\[[^<]*\]</span>')
# One cloze gap as Anki reads it ("{{c2::ATP::energy?}}"): its card's number, its answer,
# and the hint after a second "::", which never holds "}" (deck_builder escapes it). The
# one reading every test uses (support re-exports it; this module, which support imports,
# is where it can be defined once): copies of it took "X::hint" for the answer.
CLOZE_GAP = re.compile(r"\{\{c(\d+)::(.*?)(?:::[^}]*)?\}\}", re.S)


def cloze_gaps(text: str, number: int | None = None) -> list[re.Match]:
    """The gaps of a cloze field, or those of card `number` only (1-based, "c2" is 2)."""
    return [m for m in CLOZE_GAP.finditer(text) if number is None or int(m[1]) == number]


def gap_texts(text: str, number: int | None = None) -> list[str]:
    """The hidden text of each gap (cloze_gaps), as typed in the field."""
    return [m[2] for m in cloze_gaps(text, number)]


def unclozed(text: str, replacement: str = r"\2") -> str:
    """A cloze field with each gap shown as its answer, as the back shows it."""
    return CLOZE_GAP.sub(replacement, text)


def visible(fragment: str) -> str:
    text = re.sub(r"<style>.*?</style>", " ", fragment, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", text)
    return " ".join(html.unescape(text).split())


def _div(rendered: str, css_class: str) -> str:
    """The inner HTML of the first <div class="... css_class ..."> (no nested divs in it)."""
    found = re.search(rf'<div class="[^"]*\b{css_class}\b[^"]*">(.*?)</div>', rendered, re.S)
    return found.group(1) if found else ""


def _stems_in_order(text: str) -> list[str]:
    """The stems of the words of `text` that carry meaning, each once, first first."""
    return list(_stems_of(text))


# The rules ask for the stems of the same fronts, answers and words again and again across
# the suite's hundreds of imports; Snowball's pure-Python stemmer was a sixth of its time.
@lru_cache(maxsize=8192)
def _stems_of(text: str) -> tuple[str, ...]:
    # Words found before they are case-folded: "İ" folds to "i" and a combining dot, no
    # letter, which cut "İFluor" into "i" and "fluor" (the property test).
    # A filler word typed in capitals is a name ("AND gate", "NOT operator"): a word of
    # the answer, so "gate" alone does not give "AND gate" away.
    words = [w.casefold() for w in _WORD.findall(text)
             if w.casefold() not in FILLER or len(w) > 1 and w.isupper()]
    return tuple(dict.fromkeys(_stem(w) for w in words if any(c.isalpha() for c in w)))


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    return _STEM.stemWord(word.split("'")[0].split("’")[0])


def _stems(text: str) -> set[str]:
    return set(_stems_in_order(text))


# The articles of the other languages notes are written in.
# (deck_builder.quality.FOREIGN_ARTICLES says the same, kept apart: this checker judges
# the code, and shares none of its lists.)
_ARTICLES = frozenset("""le la les un une des du el los las una unos unas il lo gli uno
os um uma umas uns der das den dem ein eine einer eines einem einen het een""".split())


def _same_family(a: str, b: str) -> bool:
    short, long_ = sorted((a, b), key=len)
    # "volt" and "voltmet" (voltmeter), "voltag" (voltage): a measure and its instrument.
    return a == b or (long_.startswith(short) and (
        len(short) >= 5 or (len(short) >= 3 and long_[len(short):] in ("met", "metr"))
        or (len(short) == 4 and long_[4:] == "ag")))


# A formula or symbol on the front says its name ("CO₂" gives "carbon dioxide" away).
NAMED = {"CO2": "carbon dioxide", "O2": "oxygen", "H2O": "water", "NaCl": "sodium chloride",
         "Na": "sodium", "K": "potassium", "Ca": "calcium", "Cl": "chloride",
         "HCl": "hydrochloric acid", "HNO3": "nitric acid", "H2SO4": "sulfuric acid",
         "NaOH": "sodium hydroxide", "NH3": "ammonia", "CH4": "methane", "Mg": "magnesium",
         "ATP": "adenosine triphosphate", "C6H12O6": "glucose", "N2": "nitrogen"}


# A unit's symbol says its name ("J K⁻¹ mol⁻¹" gives "joules" away), a lone letter too.
UNITS = {"J": "joules", "kJ": "joules", "V": "volts", "W": "watts", "Ω": "ohms",
         "Pa": "pascals", "Hz": "hertz", "N": "newtons"}
# A unit with an SI prefix is its unit: "kilojoules" says "joules".
SI_PREFIX = re.compile(r"\b(?:kilo|milli|mega|micro|nano|giga|centi)(\w{3,})", re.I)


def _with_names(front: str) -> str:
    """`front` and the names of the symbols on it (a lone letter only with its charge, or
    as a unit), and the units its prefixed units name."""
    ascii_ = front.translate(str.maketrans("₀₁₂₃₄₅₆₇₈₉⁺⁻−", "0123456789+--"))
    names = [NAMED[m.group(1)] for m in re.finditer(r"\b([A-Z][A-Za-z0-9]*)(\d?[+-])?", ascii_)
             if m.group(1) in NAMED and (len(m.group(1)) > 1 or m.group(2))]
    names += [UNITS[m.group()] for m in re.finditer(r"(?<!\w)(?:kJ|Pa|Hz|[JVWΩN])(?!\w)", front)]
    names += [m.group(1) for m in SI_PREFIX.finditer(front)]
    # A salt says its acid: "Chloride" says "hydrochloric", "Nitrate" "nitric".
    names += [f"{root}ic {root}uric {root}oric hydro{root}ic"
              for root in re.findall(r"\b([a-z]{3,}?)(?:ate|ite|ide)s?\b", front.casefold())]
    return " ".join([front, *names])


def _element_compounds(front: str, answer: str) -> str:
    """The element names of `answer` whose compounds `front` names: "hypochlorous" and
    "chloride" say "chlorine" (and "Chlorination"); not "chlorophyll" (Greek green)."""
    found = []
    for m in re.finditer(r"\b([^\W\d_]{4,}?)(?:ine|inat(?:ion|ed|es?|ing))s?\b", answer, re.I):
        if re.search(rf"\b[^\W\d_]*?{re.escape(m[1])}(?:ous|ic|ide|ate|ite)s?\b", front, re.I):
            found.append(m[0])
    return " ".join(found)


def _compound_words(front: str, answer: str) -> str:
    """The parts of each compound of `front` whose every part is a word of `answer`:
    "slow-start threshold" says "slow start"; "Min-Heap" says no "max heap"."""
    mine = _stems(answer)
    found = []
    for m in re.finditer(r"\w+(?:-\w+)+", front):
        parts = m.group().split("-")
        if parts[0].casefold() not in ("non", "anti", "counter", "un") and all(
                any(_same_family(_stem(w.casefold()), a) for a in mine)
                for w in parts if w.casefold() not in FILLER):
            found += parts
    return " ".join(found)


# An interval's number word and its digit ("perfect fourth": P4).
INTERVAL_NUMBERS = {"unison": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5",
                    "sixth": "6", "seventh": "7", "octave": "8"}


_TEX_SYMBOL_COMMAND = re.compile(
    r"\\(?!(?:sin|cos|tan|log|ln|exp|lim|max|min|sup|inf|det|dim|ker|deg|gcd|arg|Pr|mod|"
    r"text\w*|math\w*|mbox|operatorname|[a-z]*(?:alpha|beta|gamma|delta|epsilon|zeta|eta|"
    r"theta|iota|kappa|lambda|mu|nu|xi|pi|rho|sigma|tau|upsilon|phi|chi|psi|omega))(?![A-Za-z]))"
    r"[A-Za-z]+", re.I)


def _shared(answer: str, front: str, subject: set[str], outside: str | None = None,
            context: str = "", clause: bool = False) -> set[str]:
    """Stems of `answer` that `front` shows, leaving out the article's subject words.

    `outside` is the front's text outside every gap: another gap's answer that shares a first
    word ("spinning jenny" on the card for "spinning mule") is a neighbour, not this answer.
    """
    if re.fullmatch(r"[<>~]?\s*\d[\d.,/–-]*\s*\S{1,8}(?:\s+[A-Za-z]{2,3})?", answer.strip()):
        return set()  # an amount: its unit on the front says what kind of number, not which
    words = [w for w in _WORD.findall(answer) if w[0].isalpha()]
    if len(words) > 1:
        # "The [...] (DV) is …": the answer's abbreviation, as the text introduces it.
        initials = {"".join(w[0] for w in words if w.casefold() not in FILLER).upper(),
                    "".join(w[0] for w in words).upper()}
        said = {m[1] for m in re.finditer(r"\(([A-Z][A-Za-z]?[A-Z]+)s?\)", front)
                if m[1].upper() in initials}
        if said:
            return {a.casefold() for a in said}
    # "[major 3rd] — Abbr.: M3": a token of capitals, or letters with a digit, that spells
    # the answer's initials (a word opening on a digit gives it) anywhere on the front, but
    # in a formula (its symbol) or as the cue of a card asking what the letters stand for
    # ("FTP — Port: 21; Description: [...]").
    every = [w for w in _WORD.findall(answer)]
    if 2 <= len(every) <= 5:
        initials = {"".join(w[0] for w in every if w.casefold() not in FILLER).upper(),
                    "".join(w[0] for w in every).upper()}
        # "major third" is written "M3" as "major 3rd" is.
        digit = INTERVAL_NUMBERS.get(every[-1].casefold())
        initials |= {i[:-1] + digit for i in initials} if digit else set()
        plain = re.sub(r"\\\(.*?\\\)|\\\[.*?\\\]", " ", front, flags=re.S)
        if context and plain.startswith(context):
            plain = plain[len(context):]
        plain = re.sub(r"^[^—]{1,40}? — ", "", plain)  # the cue
        # … or typed as a label over the gap alone, under a title: "Glomerulonephritis
        # screen › ANCA: [...]" asks what the letters stand for as "FTP — [...]" does.
        plain = re.sub(r"^\s*(?:[^›\n]{1,80}›\s*)?[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*:\s*$",
                       "", plain)
        said = {m[1] for m in re.finditer(
            r"(?<![\w.'’-])([A-Z][A-Z0-9]+|[A-Za-z][A-Za-z]?[0-9]+)s?(?![\w'’-])", plain)
            if m[1].upper() in initials}
        if said:
            return {a.casefold() for a in said}
    mine = {s for s in _stems(answer) if not any(_same_family(s, t) for t in subject)}
    if mine - _ARTICLES:
        # "la" of "La lithosphère" on its question ("la couche … à la surface") gives
        # nothing away; an article asked alone ("Dativ: [dem]") is the answer.
        mine -= _ARTICLES
    # "\\(A \\subseteq B\\)" shows "A ⊆ B": a TeX command that typesets a symbol says no
    # word ("subseteq" is no "subset"); an operator ("\\log") or a Greek letter does.
    front = _TEX_SYMBOL_COMMAND.sub(" ", front)
    outside = None if outside is None else _TEX_SYMBOL_COMMAND.sub(" ", outside)
    front = _without_parts(front, answer, context)
    outside = None if outside is None else _without_parts(outside, answer, context)
    # A lone letter ("b. Ebbinghaus", "<b>") is no word that could give an answer away.
    front = f"{_with_names(front)} {_compound_words(front, answer)} " \
        f"{_element_compounds(front, answer)}"
    shown = {s for s in _stems(front) if len(s) > 1 and any(_same_family(s, m) for m in mine)}
    # A phrase shows by its first word ("resistance" for "resistant to change") or all its
    # words ("lack of social support" for "Lack of Support"); its last word alone ("acid"
    # beside the card for "strong acid") leaves the learner the word that tells which.
    # "duty and responsibility" is two such phrases.
    # (`clause`: an answer to the question its front asks, a clause read whole: "viruses
    # have no cell wall or ribosomes …" is no two phrases, "viruses have no cell wall" one
    # whose first word the question says.)
    for part in [answer] if clause else _COORDINATED.split(answer):
        own = [s for s in _stems_in_order(part) if s in mine]
        # "law of inertia": the kind a name opens with says no more than that; the word
        # after "of" says which, as a first word does.
        if len(own) > 1 and re.match(r"\s*(?:the\s+|an?\s+)?(?:law|rule|principle|effect|"
                                     r"theorem|lemma|equation|axiom|postulate|hypothesis|"
                                     r"paradox|method|theory|property|condition|criterion)s?"
                                     r"\s+of\s", part, re.I):
            own = own[1:]
        told = [any(_same_family(s, m) for s in shown) for m in own]
        first = bool(told) and told[0] and len(told) <= 3  # 4+ words: a statement
        if len(told) == 1 and first:
            told = [False]  # one word is its first: shown inside another gap, a neighbour
        if first and outside is not None:
            said = f"{_with_names(outside)} {_compound_words(outside, answer)} " \
                f"{_element_compounds(outside, answer)}"
            first = any(_same_family(s, own[0]) for s in _stems(said))
        # "Reign of Terror": the word after "of" says which reign, as a first word does.
        of = re.fullmatch(r"\s*(?:the\s+)?\w+\s+of\s+([A-Z][\w'’-]*)\s*", answer)
        if of and len(own) == 2 and told[-1] and own[-1] == _stem(of.group(1).casefold()):
            first = first or outside is None or any(
                _same_family(s, own[-1]) for s in _stems(_with_names(outside)))
        if first or (told and all(told)):
            return shown
        # "… lauded for their achievements" beside "[Personal achievements]": the same thing.
        if len(own) == 2 and len(_COORDINATED.split(answer)) == 1:
            said = {_stem(w) for w in re.findall(r"\b(?:their|its|his|her|our|your|my)\s+(\w+)",
                                                 outside if outside is not None else front, re.I)}
            if any(_same_family(s, own[1]) for s in said):
                return {own[1]}
            # "rely on contextual cues" beside "[High context]": a word made from the head
            # noun says it too (three blind reviews), where the noun alone does not.
            if len(own[1]) >= 5 and any(
                    len(s) > len(own[1]) and s.startswith(own[1])
                    for s in _stems(outside if outside is not None else front)):
                return {own[1]}
    return set()


# ("AND", "OR" in capitals name a gate or an operator: "AND gate" is one answer.)
_COORDINATED = re.compile(r"\s*(?:[,;/&]|\b(?:and|And|or|Or)\b)\s*")

# Endings that make a word name the same thing in another form ("cause", "causation"):
# after any other, the longer word names what the shorter does not ("individualism").
SAME_THING = {"ation", "ition", "tion", "sion", "ion", "ment", "ness", "ity", "ty", "ance",
              "ence", "ancy", "ency", "iour", "ior", "our", "ure", "al", "age", "ery", "ing",
              "ic", "ical", "ive", "ous", "ful", "able", "ible", "ant", "ent", "y", "ly", "ed",
              "er", "or", "est", "e", "ie", "ies", "ist", "ise", "ize", ""}


def _says_part_only(word: str, answer: str, front: set[str]) -> bool:
    """A word of the front that leaves part of `answer` to recall (docs §4, quality15n): a
    shorter root of a one-word answer ("extreme" for "Extremophiles"), or the first word
    of a term none of whose other words the front (its stems `front`) shows ("food"
    of "food chains" for "food web")."""
    if len([p for p in _COORDINATED.split(answer) if _stems_of(p)]) != 1:
        return False
    own = _stems_in_order(answer)
    mine = _stem(word.casefold())
    if len(mine) < 4:  # a unit's symbol ("J") says its unit
        return False
    if len(own) == 1:
        whole, folded = answer.strip().casefold(), word.casefold()
        if not _WORD.fullmatch(whole) or len(folded) >= len(whole) or not whole.startswith(mine):
            return False
        rest = re.sub(r"e?s$", "", whole[len(mine):])
        return len(rest) >= 3 and rest not in SAME_THING
    words = _WORD.findall(answer)
    if len(words) < 2 or words[1].casefold() in FILLER:  # "resistant to change": its head
        return False
    return bool(own) and _same_family(mine, own[0]) and not any(
        _same_family(mine, o) for o in own[1:]) and not any(
        _same_family(f, o) for f in front for o in own[1:])


def _without_parts(text: str, answer: str, context: str = "") -> str:
    """`text` without the words that say only part of `answer`. The words of its `context`
    line, which `text` opens with, are the card's topic, not the term said on its front
    ("Weathering" over "[...] refers to water freezing" for "Freeze-thaw weathering")."""
    own = text[len(context):] if context and text.startswith(context) else text
    shown = _stems(own)
    # Unless it is all the text says besides the answer: "[...] can be measured with a
    # light meter" for "Light intensity" (fewer than three other words of meaning).
    mine = _stems(answer)
    if len([s for s in shown if not any(_same_family(s, a) for a in mine)]) < 3:
        return text
    return _WORD.sub(lambda m: " " if _says_part_only(m.group(), answer, shown) else m.group(),
                     text)


class _Sentences(HTMLParser):
    """The sentences (`<span class="s">`) of a long paragraph, each as its inner HTML."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.sentences: list[str] = []
        self.alone: list[bool] = []  # class "s alone": shown without its neighbours
        self.echo: list[bool] = []  # class "echo": its gaps only hide a give-away
        self.ends: list[bool] = []  # class "ends": it says its fact alone, the front ends it
        self.short = False  # a short paragraph (class "short"), shown whole but its end
        self.depth = 0  # of spans inside the current sentence, or -1 outside any

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split() if tag == "span" else []
        if "short" in classes and self.depth <= 0:
            self.short = True
        if "s" in classes and self.depth <= 0:
            self.sentences.append("")
            self.alone.append("alone" in classes)
            self.echo.append("echo" in classes)
            self.ends.append("ends" in classes)
            self.depth = 1
            return
        self._keep(self.get_starttag_text())
        if tag == "span" and self.depth > 0:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag == "span" and self.depth > 0:
            self.depth -= 1
            if self.depth == 0:
                return
        self._keep(f"</{tag}>")

    def handle_data(self, data):
        self._keep(data)

    def handle_entityref(self, name):
        self._keep(f"&{name};")

    def handle_charref(self, name):
        self._keep(f"&#{name};")

    def _keep(self, text):
        if self.depth > 0:
            self.sentences[-1] += text


def shown_front(question: str) -> str:
    """The front's text as a learner sees it, with a long paragraph cut to the gap's part.

    A long paragraph comes as sentences (class "s"); the front's CSS shows only the
    sentence holding the gap, the one before it and, for a gap in the first sentence, the
    one after; a sentence marked "alone" (it says its fact on its own) is shown alone.
    This mirrors that CSS.
    """
    text = _div(question, "text")
    if 'class="short"' in text:
        # A short paragraph's cuts are the whole paragraph's (render._short_html).
        parser = _Sentences()
        parser.feed(text)
        return without_front_cuts("".join(parser.sentences[i]
                                          for i in shown_sentences(parser, front=True)))
    if 'class="long"' not in text:
        return without_front_cuts(text)
    parser = _Sentences()
    parser.feed(text)
    # A sentence without a gap, shown beside the gap's, keeps its connective (it links the
    # two), not its aside or closing remark.
    return " ".join(without_front_cuts(parser.sentences[i],
                                       lead='class="cloze"' in parser.sentences[i])
                    for i in shown_sentences(parser, front=True))


_ASIDE_OR_TAIL = r'<span class="(?:aside|tail)">[^<]*</span>'
_FRONT_CUT = re.compile(_ASIDE_OR_TAIL +
                        r'|<span class="lead">[^<]*</span>(?:<span class="up">([^<]*)</span>)?')


def without_front_cuts(fragment: str, lead: bool = True) -> str:
    """A front's sentence without the words its CSS leaves off (deck_builder.quality.
    front_cuts): a leading connective, with the next word capitalised (unless `lead` is
    False); an aside; a remark closing a long sentence."""
    if not lead:
        return re.sub(_ASIDE_OR_TAIL, "", fragment)
    return _FRONT_CUT.sub(lambda m: (m.group(1)[:1].upper() + m.group(1)[1:])
                          if m.group(1) else "", fragment)


def shown_sentences(parser: _Sentences, front: bool = False) -> list[int]:
    """Which of a long (or short) paragraph's sentences a side shows (templates/style.css):
    on the `front`, none after the last sentence holding the answer where it says its fact
    alone (class "ends")."""
    gaps = [i for i, s in enumerate(parser.sentences) if 'class="cloze"' in s]
    answers = [i for i in gaps if not parser.echo[i]]
    if parser.short:
        keep = list(range(len(parser.sentences)))
    elif any(parser.alone[i] for i in answers):
        keep = answers
    elif any(parser.alone[i] for i in gaps):
        keep = gaps
    else:
        keep = sorted({k for i in gaps for k in (i - 1, i, *((i + 1,) if i == 0 else ()))
                       if 0 <= k < len(parser.sentences)})
    if front and answers and parser.ends[answers[-1]]:
        keep = [k for k in keep if k <= answers[-1]]
    return keep


# A sentence that opens by pointing back: "It …", "These products …", "By contrast, …".
# A contrast followed by its own subject ("By contrast, collectivist cultures …") says its
# fact alone; followed by a pointer ("However, it …") it points back.
_POINTER = r"(?:it|its|this|these|those|they|their|he|she|his|her|such|here)\b(?!['’])"
POINTS_BACK = re.compile(
    rf"^\W*(?:{_POINTER}|(?:however|by contrast|in contrast)\W*{_POINTER}"
    r"|(?:therefore|thus|hence|instead)\b)", re.I)
# A subject that is a pronoun says nothing alone, however long its sentence and the one
# before: "It was designed by [...] in 1983".
PRONOUN_SUBJECT = re.compile(r"^\W*(?:it|they|he|she|its|their|his|her)\b(?!['’])", re.I)


# "Stoicism is …", "The cell membrane is …": the subject of the sentence a later "It …" means.
_SUBJECT_IS = re.compile(r"^\W*(?!(?:if|when|because|although|while|since|as|in|on|at|for)\b)"
                         r"(?:(?:the|an?)\s+)?((?:\w[\w'’-]*\s+){0,3}?\w[\w'’-]*)\s+"
                         r"(?:is|are|was|were|has|have|had)\b", re.I)


def _named_above(before: str, sentence: str, context: str) -> bool:
    """Whether `sentence` opens with "It"/"Its"/"They"/"Their" for the subject of `before`,
    which the card's context line names ("Its founder, [...], …" after "Stoicism is …"
    under "Stoicism"): the learner reads what the pronoun means on the front (§3a).
    Written from the docs, not deck_builder.quality's _told_by_context (see the module's
    docstring): the rule alone, which the generator's stricter reading (a whole sentence of
    its own, no "them" left unsaid) must stay within."""
    subject = _SUBJECT_IS.match(before)
    if not context or not subject or not re.match(r"\W*(?:it|its|they|their)\b", sentence,
                                                  re.I):
        return False
    named = _stems(context)
    return any(_same_family(s, n) for s in _stems(subject.group(1)) for n in named)


def cut_points_back(question: str) -> str | None:
    """The first sentence a long paragraph's front shows, when it points back at one the
    front leaves out ("… It must be voluntary" with the sentence saying what "it" is cut)."""
    text = _div(question, "text")
    if 'class="long"' not in text:
        return None
    parser = _Sentences()
    parser.feed(text)
    sentences = [visible(s) for s in parser.sentences]
    gaps = [i for i, s in enumerate(parser.sentences) if 'class="cloze"' in s]
    if gaps and min(gaps) > 0 and parser.alone[min(gaps)]:
        # Shown alone, it must say its fact on its own: "It must be voluntary" cannot. A
        # demonstrative may open it where the two together are a long paragraph's worth
        # ("This is reflected in the country's [...]", §3a): one sentence is the lesser fault.
        alone = sentences[min(gaps)]
        together = len(f"{sentences[min(gaps) - 1]} {alone}".split())
        if _named_above(sentences[min(gaps) - 1], alone, visible(_div(question, "context"))):
            return None
        if PRONOUN_SUBJECT.match(alone) or POINTS_BACK.match(alone) and together <= LONG_WORDS:
            return alone
        return None
    first = min(gaps) - 1 if gaps and min(gaps) > 0 else None
    if not first or not POINTS_BACK.match(sentences[first]):
        return None
    # Two long sentences together would make the front a whole paragraph again (§3a).
    together = len(f"{sentences[first - 1]} {sentences[first]}".split())
    return sentences[first] if together <= LONG_WORDS else None


def weak_answer(answer: str, after: str) -> str | None:
    bare = answer.strip(" \"'“”‘’()[].,;:")
    if not bare:
        return "hides nothing"
    if bare.casefold() in LABELS:
        return "hides a structural label"
    if re.fullmatch(r"\(?[A-Za-z]\)|[A-E][.)]?", bare) or re.fullmatch(r"\(?[a-eA-E]\)", answer):
        return "hides an option letter"
    # A year, or the span of years an event lasted ("1848-1849"), is a date to recall.
    if re.fullmatch(r"[\d.,:/+-]+", bare) and \
            not re.fullmatch(r"(?:1\d{3}|20\d{2})(?:-(?:1\d{3}|20\d{2}|\d{2}))?", bare):
        return "hides a bare number"
    if not any(c.isalnum() for c in bare):
        return "hides punctuation"
    if all(w in FILLER for w in _WORD.findall(bare.casefold())):
        return "hides a common word"
    # Short is fine for a term the card defines: a label ("pH — …"), a term opening its
    # definition ("pH is …") or one glossed in brackets ("“Wa” (harmony)").
    acronym = len(bare) == 2 and bare.isalpha() and bare.isupper()  # "AI", "UK"
    # One or two Chinese or Japanese characters are a whole word ("功", work; "の").
    defined = re.match(r"^[\"'”’]*\s*(?:\(|—|is\b|are\b)", after)
    if len(bare) <= 2 and not acronym and not CJK.search(bare) and not defined:
        return "hides two characters or fewer"
    return None


def _subject(col) -> set[str]:
    """The article's subject, on every card by design: the concepts its tables compare and
    the words of its deck's name (a subset deck may hold no table)."""
    names = {d.name.replace("::", " ") for d in col.decks.all_names_and_ids()}
    for nid in col.find_notes('note:"deck-builder Compare"'):
        note = col.get_note(nid)
        names |= {visible(note[f"Concept{i}"]) for i in range(1, 5) if note[f"Concept{i}"]}
    return set().union(*(_stems(n) for n in names)) - {_STEM.stemWord("default")}


def _sides(col) -> tuple[list[set[str]], frozenset[str], list[frozenset[int]]]:
    """For each concept the article's comparisons compare, the stems of its name that no
    other concept's name has ("individu" of Individualism; not "condit" of Classical and
    Operant conditioning); the words of the names themselves, casefolded; and which of
    them each comparison compares together (indexes into the first)."""
    names, compared = set(), set()
    for nid in col.find_notes('note:"deck-builder Compare"'):
        note = col.get_note(nid)
        row = frozenset(visible(note[f"Concept{i}"]) for i in range(1, 5) if note[f"Concept{i}"])
        names |= row
        compared.add(row)
    names = sorted(names)
    stems = [_stems(n) for n in names]
    return [{s for s in own if not any(_same_family(s, t) for o in stems if o is not own
                                       for t in o)} for own in stems], frozenset(
        w.casefold() for n in names for w in _WORD.findall(n)), [
        frozenset(names.index(n) for n in row) for row in compared]


def _names_a_side(answer: str, front: str, sides=((), frozenset())) -> str | None:
    """A word opening a part of `answer` ("collective" of "collective goals of the group",
    "individual" of "the individual or the group") that is a form of one compared concept's
    name (`sides`, from _sides), which the front shows: the name tells it. Not the concept
    itself, nor its name as written ("Beta is closed" in Beta's cell)."""
    front_stems = _stems(front)
    sides, names, *compared = sides
    # A front naming every side a comparison compares ("Collectivism vs. Individualism: …"
    # over "[...] cultures tend to avoid conflict") asks which of them: naming the answer's
    # side beside its alternatives tells nothing. A front naming its side alone ("Strengths
    # of Collectivism") still tells it.
    named = {i for i, side in enumerate(sides)
             if any(_same_family(f, s) for f in front_stems for s in side)}
    asked = _stems(answer)
    for at, side in enumerate(sides):
        if asked <= side:
            return None  # "Collectivism", "collectivist": the concept is the answer
        if asked and all(any(_same_family(a, s) for s in side) for a in asked) and any(
                at in row and len(row) > 1 and row <= named for row in (compared or [[]])[0]):
            return None  # "collectivist", a form of one side's name, beside all the others
        for part in _COORDINATED.split(answer):
            first = _stems_in_order(part)[:1]
            word = next((w for w in _WORD.findall(part) if first and _stem(
                w.casefold()) == first[0]), "")
            if word.casefold() in names:
                continue  # "Beta is closed": the name itself, as the cell's subject
            if first and any(_same_family(first[0], s) for s in side) and any(
                    _same_family(first[0], f) for f in front_stems if any(
                        _same_family(f, s) for s in side)):
                return word
    return None


def _defined(note, answer: str, subject: set[str]) -> bool:
    """A glossary term (on its own card or named in another), or a concept of the article:
    defined, however short."""
    if "topic::glossary" in note.tags or (bool(_stems(answer)) and _stems(answer) <= subject):
        return True
    glossary = note.col.find_notes("tag:topic::glossary")
    return any(answer.casefold() == visible(a).casefold() for nid in glossary
               for a in gap_texts(note.col.get_note(nid)["Text"], 1))


# "[…] — Anti-IL-4/13", "[…] — Dobutamine": a labelled item's gap and a gloss that is a name.
_NAMED_GLOSS = re.compile(r"\s*\x00\s*[—:]\s*(?=\S*[A-Z0-9])[^\W\d_]\S*\s*")


def _named_under_heading(front: str, heading: str, title: str) -> bool:
    """A front of one gap and a one-word gloss naming something, under a heading of its own
    that says what kind of thing is asked ("Biologics for Severe Asthma" over "[…] —
    Anti-IL-4/13"): the heading is the rest of the cue (docs/card-quality.md §2)."""
    return (bool(heading) and heading != title and heading.casefold() not in GENERIC
            and _NAMED_GLOSS.fullmatch(visible(_CLOZE.sub("\x00", front))) is not None)


# A German or Dutch word as a vocabulary list gives it, with its article and plural ("der
# Fahrschein", "das Fahrrad, die Fahrräder", "die Verspätung (-en)", "der Bahnhof, -¨e" or
# "das Zimmer, -" with a dictionary's plural mark, "het kaartje"): the
# checker's own reading of the generator's vocabulary_word.
_VOCABULARY = re.compile(r"(?:der|die|das)\s+[A-ZÄÖÜ]\S*(?:,\s*die\s+\S+|,\s*[-¨]\S*|\s*\(\S+\))?"
                         r"|(?:de|het)\s+[a-z]\S*|[a-zäöüß]*[äöüß][a-zäöüß]*")


def _arrow_asked(answer: str, shown: str, heading: str, title: str) -> bool:
    """A card asking what a one-word cue's arrow leads to ("imperialismo → […]", "Wohin? →
    […]"), a short phrase, under a heading of its own that says what kind of link it is:
    the checker's own reading of the generator's _cued_by_arrow."""
    words = answer.split()
    return (re.fullmatch(r"\s*[^\W\d_][\w'’-]*\??\s*(?:→|⇒|-{1,2}>|=>)\s*", shown) is not None
            and 1 <= len(words) <= 3 and bool(heading) and heading != title
            and heading.casefold() not in GENERIC)


def _equation_asked(shown: str) -> bool:
    """A card asking what a quantity named in words equals ("Profit = […]", "GDP = […]"):
    the name before the sign is the cue, the checker's own reading of the generator's
    statements.equation_span."""
    return re.fullmatch(r"\s*[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,4}\s*[=≈]\s*", shown) is not None


def _formula_side_asked(answer: str, shown: str) -> bool:
    """A card asking a formula's right side from its left ("\\(Q^*\\) = […]" under "## EOQ",
    "自相关函数 \\(R_X(t,s)\\) = […] ."), a condition after the gap allowed ("\\(\\forall a
    \\in D\\)"): the left side is the cue, however short, the checker's own reading of the
    reader's formula_side and formula_side_after_lead."""
    return answer.strip().startswith("\\(") and re.search(
        r"\\\)\s*(?:=|≡|:=)\s*(?:\\\((?:(?!\\\)).)+\\\)\s*)?[.。,，:：]?\s*$", shown) is not None


def _translation_asked(answer: str, shown: str) -> bool:
    """A vocabulary card: one gap hiding a German or Dutch word, its meaning of a few words
    after a dash, a colon or "=" the rest of the front ("[…] — ticket"), or one word hiding
    with its gloss in brackets ("[…] (at)"). A translation is the cue a learner of a
    language recalls a word from, in one word too."""
    gloss = re.fullmatch(r"\s*[—–:=-]\s*(.+?)\s*", shown)
    if gloss and _CJK_GLOSS.fullmatch(gloss.group(1)) and not CJK.search(answer):
        return True  # "[…] — 搬家": a meaning in another script, whatever the word's shape
    bracketed = re.fullmatch(r"\s*\(([^()]+)\)\s*[.;]?\s*", shown)
    if bracketed and len(answer.split()) == 1 and answer.islower() and \
            bracketed.group(1).islower() and not re.search(r"\d", bracketed.group(1)) and \
            1 <= len(bracketed.group(1).split()) <= 4:
        return True  # "[…] (at)" for "bei (at)": a word in small letters glossed in brackets,
        # not "Income (USD)" (session 29)
    return bool(gloss and _VOCABULARY.fullmatch(answer.strip())
                and len(gloss.group(1).split()) <= 4)


# The generator's own ranges (text.CJK, text.CJK_CHARS): a meaning in a character past
# the Basic Multilingual Plane ("— 𠀀", a random run) is a translation to both, or neither.
# A word's meaning written in Chinese, Japanese or Korean, its punctuation with it.
_CJK_GLOSS = re.compile(f"[{CJK_CHARS}][{CJK_CHARS}\u3000-\u303f\uff01-\uff1f…·]*")


def _titled(heading: str) -> bool:
    """Whether a long heading is written as a title: no closing full stop, and most of its
    words of meaning capitalised."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", heading) if w.casefold() not in FILLER]
    return not heading.rstrip().endswith(".") and bool(words) and \
        sum(w[0].isupper() for w in words) * 3 >= len(words) * 2


def _cloze_problems(note, card, subject: set[str], sides=((), frozenset()),
                    lead_ins: frozenset[str] = frozenset()) -> list[str]:
    question = card.question()
    problems = []
    context = visible(_div(question, "context"))
    if context and context.casefold() in GENERIC:
        problems.append(f"context is only the generic heading {context!r}")
    if 'class="masked"' in _div(question, "context"):
        # A second gap the learner cannot fill ("[…] in the United States").
        problems.append(f"the context line shows a mask: {context!r}")
    title = visible(_div(card.answer(), "article"))
    if context and title != context and title.startswith(context) and not re.match(
            r"\s*(?:[,:;(›]|[–—-]\s|(?:vs\.?|versus)\s)", title[len(context):]):
        # "Coasts" of "Coasts and weathering", "recap" of "recap-photosynthesis"; a side of
        # "Collectivism vs. Individualism" is whole.
        problems.append(f"the context line is a fragment of the title: {context!r}")
    heading = context.rpartition(" › ")[2]
    if heading != title and len(heading.split()) > 8 and not _titled(heading) and not (
            heading.endswith(("?", "？")) and len(note.cards()) > 1) and heading not in lead_ins:
        # "Copied from my week 3 handout, where …" over a card: a sentence, not a heading.
        # "Lecture 3: The Struggle for Civil Rights to 1961" is a long title, capitalised.
        # A question over the list that answers it (a card per item: "What are the three
        # main types of muscle tissue …?" folded over its list) is what each card asks; a
        # lead-in over a list ("Admit the patient if … any of the following") says what
        # its items are, on the card of each item, the one asked alone too (lead_ins).
        problems.append(f"the context line is a sentence, not a heading: {heading!r}")
    front = shown_front(question)
    pointing = cut_points_back(question)
    if pointing:
        problems.append(f"the front opens with {pointing[:40]!r}, pointing at a sentence it "
                        "does not show")
    gaps = _CLOZE.findall(front)
    if not gaps:
        problems.append("the front shows no gap")
    text = _div(question, "text")
    # A long paragraph's shown sentences are cut_points_back's to judge, with its leeway.
    others = 'class="long"' not in text and THE_OTHERS.match(visible(text))
    if others:
        # "Everyone else: about [...] of the population": who, the front never says.
        problems.append(f"the front opens with {others.group(1)!r}, a group it does not name")
    before_gaps = visible(_CLOZE.sub("\x00", front)).split("\x00")[:-1]
    if any(POINTER.search(before) for before in before_gaps):
        # "… a point we return to under [...]": where the article says more, not a fact.
        problems.append("a gap is inside a cross-reference")
    for before, after in zip(before_gaps, visible(_CLOZE.sub("\x00", front)).split("\x00")[1:],
                             strict=True):
        why = _open_set(before, after)
        if why:
            problems.append(why)
    if visible(front).rstrip().endswith(":"):
        # "The [...] change combines both:" leads into what the card does not show.
        problems.append("the front ends in a colon, leading into what it does not show")
    shown = visible(_CLOZE.sub(" ", front))
    answer = next(iter(cloze_gaps(note["Text"], card.ord + 1)), None)
    other_half = _other_half(visible(answer[2]), shown) if answer else None
    # Unless hiding it would leave nothing to answer from: "Secondary consumers eat […]".
    if other_half and len(shown.split()) - len(other_half.split()) >= 3:
        # "An [exothermic] reaction … An endothermic reaction …": answered by elimination.
        problems.append(f"the other half of a contrast, {other_half!r}, answers it")
    if front_of_amounts(visible(_CLOZE.sub("\x00", front))):
        # "[...] — Initial dose: 25 mg OD; Target dose: 50 mg OD": a name asked from amounts
        # another name may share; the amounts are the facts (docs §4a).
        problems.append(f"the front asks a name from amounts only: {shown!r}")
    counted = _counted(visible(answer[2]), f"{context} {shown}") if answer else None
    if counted:
        # "Primary consumers; [...]; Tertiary consumers": the front counts it out.
        problems.append(f"the front counts out the answer: {counted!r} of a sequence it shows")
    hidden = [_stems(re.sub(r"[-‐–]", " ", visible(h)))
              for h in gap_texts(note["Text"], card.ord + 1)]
    repeated = len(hidden) > 1 and all(h & hidden[0] for h in hidden[1:])
    if len(gaps) > 1 and repeated and _one_gap_card(note, card):
        # "[Light intensity] … a [light] meter": the second gap only repeats the first,
        # where the note has a card asking one thing in one place.
        problems.append(f"the front shows its answer as {len(gaps)} gaps, where another card "
                        "of its note asks one")
    # Words as the generator counts them: a run of Chinese characters is several words.
    if word_count(shown) < 2 and not _named_under_heading(front, heading, title) and not (
            heading.rstrip().endswith(("?", "？")) and len(gaps) == 1) and not (
            answer and len(gaps) == 1 and (_translation_asked(visible(answer[2]), shown)
                                           or _equation_asked(shown)
                                           or _formula_side_asked(visible(answer[2]), shown)
                                           or _arrow_asked(visible(answer[2]), shown, heading,
                                                           title))):
        problems.append(f"the front has too little to answer from: {shown!r}")
    if len(shown.split()) > MAX_FRONT_WORDS:
        problems.append(f"the front shows {len(shown.split())} words around one gap")
    return problems + _list_problems(note, card, context) + _answer_problems(
        note, _shown_text(note["Text"], question), card.ord + 1, context, shown, subject,
        sides=sides)


def _shown_text(text: str, question: str) -> str:
    """The note's Text, cut to the sentences the card's front shows: a repeat of the answer
    in a sentence the front leaves off is on the back only (quality15n)."""
    if 'class="long"' not in text and 'class="short"' not in text:
        return text
    front = _Sentences()
    front.feed(_div(question, "text"))
    field = _Sentences()
    field.feed(text)
    if len(field.sentences) != len(front.sentences):
        return text
    return " ".join(field.sentences[i] for i in shown_sentences(front, front=True))


AMOUNT = (r"[<>~]?\s*\d[\d.,/–-]*\s*(?:%|°[CF]?|[^\W\d_]{1,5}(?:/[^\W\d_]{1,5})?)"
          r"(?:\s+[A-Za-z]{2,3})?")


def front_of_amounts(text: str) -> bool:
    """Whether a card's text (its gap as "\\x00") is the gap, a dash, then only fields whose
    values are amounts."""
    found = re.fullmatch(r"\s*\x00\s*—\s*(.+)", text)
    values = [v.partition(":")[2] or v for v in found.group(1).split(";")] if found else []
    return bool(values) and all(re.fullmatch(rf"\s*{AMOUNT}\s*", v) for v in values)


# Two things or more in one item: "flow control and congestion control", "DNS, VoIP, online
# games"; not two words sharing a head ("Merit and Demerit Goods").
SEVERAL = re.compile(r",.*,|\betc\b|^\S+\s+\S+.*\s(?:and|or|&)\s+\S+\s+\S+", re.I)


# "group harmony, cooperation, and [...]", "such as [...]": one member of a set the sentence
# lists or samples, which any other member fits; not a set it counts ("three layers: …").
LAST_OF_SERIES = re.compile(r",\s*(?!and\s|or\s)[^\W\d][^,;:.!?()]{0,40}(?:,\s*|\s+)(?:and|or)\s*$")
SAMPLE = re.compile(r"\b(?:such as|e\.g\.,?|for example,?|for instance,?|including)\s*[\"'“‘]?\s*$",
                    re.I)
COUNT = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|both|either|[2-9]|1[0-2])\b",
                   re.I)


RESPECTIVELY = re.compile(r"\s*[\"'”’)]*,?\s+respectively\b", re.I)


# A list title that says its items are some of many: "Examples of …", "Drugs to avoid with
# statins", "Other tests", "… include" (docs/card-quality.md §4h).
OPEN_SET_TITLE = re.compile(r"(?<![\w.])(?:examples?|e\.g\.?|such\s+as|for\s+(?:example|"
                            r"instance)|includ(?:e|es|ing)|(?<!each\s)other|some|"
                            r"avoid(?:ed|ing)?)(?!\w)", re.I)


def _open_set(before: str, after: str) -> str | None:
    sentence = re.split(r"[.!?]\s+(?=[A-Z])", before)[-1]
    if re.match(r"\s*[\"'”’]*\s*\(", after) or COUNT.search(sentence) or RESPECTIVELY.match(after):
        # "such as “[...]” (harmony)" glosses a term; "three layers" is closed; "such as the
        # US and [...], respectively" is the one of its own kind, named in that order before
        return None
    if SAMPLE.search(sentence):
        return "the gap is one example of an open set (\"such as […]\")"
    # Not "…, freedoms, and [...] achievement": the item is more than the gap.
    if LAST_OF_SERIES.search(sentence) and not re.match(r"\s*\w", after):
        return "the gap is one item of a list its sentence gives, which any other item fits"
    return None


NAMING_NOTHING = {"general", "other", "others", "misc", "miscellaneous", "various", "rest"}


def _list_problems(note, card, context: str) -> list[str]:
    """A grouped list's card ("TCP; UDP; [...]"; a row "TCP: …; UDP: […]") asks one item of
    a set the front names: under a generic heading nothing says what set it is, and an item
    of several things is open-ended (docs/card-quality.md)."""
    answer = next(iter(cloze_gaps(note["Text"], card.ord + 1)), None)
    if not answer:
        return []
    whole = visible(unclozed(note["Text"]))
    items = [i.strip() for i in re.split(r"\s*;\s*", whole)]
    answer_text = visible(answer[2])
    if len(items) < 2:
        return []
    problems = []
    # A glossary's definition that says its term after a semicolon ("…; [osmosis]") asks
    # the term it defines, not one item of a list (Hypothesis found "0 0 0; [0<]").
    if answer_text in items and "topic::glossary" not in note.tags:
        heading = context.rpartition(" › ")[2]
        if not heading or heading.casefold() in GENERIC:
            problems.append(f"a list's item {answer_text!r} with no title saying what it lists")
        elif OPEN_SET_TITLE.search(heading) and not COUNT.search(heading):
            # "Drugs to avoid with statins: [...]; Grapefruit juice; Ciclosporin": a bare
            # member of a set its title calls open, which any other member fits.
            problems.append(f"a list's bare item {answer_text!r} under {heading!r}, a title "
                            "naming a sample of an open set")
    if answer_text in items and answer_text.strip(" :*").casefold() in NAMING_NOTHING:
        # "Radial nerve; Median nerve; [General]": a parent that names a share of the
        # points, no member of the set (docs/markdown.md).
        problems.append(f"a list's item {answer_text!r} names nothing of the set")
    if any(i == answer_text or i.endswith(f": {answer_text}") for i in items) and SEVERAL.search(
            answer_text):
        problems.append(f"a list's item {answer_text!r} hides several things behind one gap")
    return problems


# First words of phrases that come in opposed pairs ("strong acid" / "weak acid").
OPPOSED = [{"strong", "weak"}, {"high", "low"}, {"positive", "negative"},
           {"active", "passive"}, {"direct", "indirect"}, {"internal", "external"},
           {"primary", "secondary"}, {"open", "closed"}, {"acute", "chronic"}]


OPPOSED_PREFIXES = [{"exo", "endo"}, {"endo", "ecto"}, {"hyper", "hypo"}, {"in", "de"},
                    {"ana", "cata"}, {"homo", "hetero"}, {"intra", "inter"}]


def _other_half(answer: str, front: str) -> str | None:
    """The word or phrase on the front that is the answer's opposite half: one word that
    ends as the answer does after another beginning (endo-/exothermic, 5 letters or more
    and half the word), or the answer's noun after the opposite adjective."""
    words = _WORD.findall(answer.casefold())
    if len(words) == 1:
        for word in _WORD.findall(front.casefold()):
            for one, other in ((a, b) for pair in OPPOSED_PREFIXES for a in pair for b in pair
                               if a != b):
                rest = word[len(one):]
                if (word.startswith(one) and words[0].startswith(other)
                        and rest == words[0][len(other):] and len(rest) >= 5):
                    return word
    if len(words) == 2:
        for pair in OPPOSED:
            if words[0] in pair:
                (other,) = pair - {words[0]}
                found = re.search(rf"\b{other}\s+{re.escape(words[1])}\b", front.casefold())
                sequence = re.search(rf"\btertiary\s+{re.escape(words[1])}", front.casefold())
                if found and not sequence:
                    return found.group()
    return None


SEQUENCES = [("primary", "secondary", "tertiary", "quaternary"),
             ("first", "second", "third", "fourth", "fifth")]


def _counted(answer: str, front: str) -> str | None:
    """The answer's ordinal, when the front shows two others of its sequence and the rest
    of the answer's words ("consumers"): the learner counts, not recalls."""
    words = _WORD.findall(answer.casefold())
    seen = set(_WORD.findall(front.casefold()))
    for sequence in SEQUENCES:
        ordinal = next((w for w in words if w in sequence), None)
        if ordinal and len(seen & set(sequence) - {ordinal}) >= 2 and len(words) <= 3:
            rest = _stems(" ".join(w for w in words if w != ordinal))
            if all(any(_same_family(r, f) for f in _stems(front)) for r in rest):
                return ordinal
    return None


def _one_gap_card(note, card) -> bool:
    """Whether another card of the cloze note shows its answer in one gap."""
    for other in note.cards():
        if other.id == card.id or f"{{{{c{other.ord + 1}::" not in note["Text"]:
            continue
        if len(_CLOZE.findall(shown_front(other.question()))) == 1:
            return True
    return False


def _answer_problems(note, text: str, ordinal: int, context: str, shown: str,
                     subject: set[str], whole: str = "",
                     sides=((), frozenset())) -> list[str]:
    """The gap of cloze `ordinal` in `text`: worth recalling, and not shown on the front.
    `whole` is the compare cell `text` is, when there is one."""
    # The answer is the first gap's text on the back; what comes after it (a gloss) too.
    problems = []
    for found in cloze_gaps(text, ordinal):
        answer, after = visible(found[2]), html.unescape(text[found.end():found.end() + 6])
        why = weak_answer(answer, after)
        if whole and answer == whole and any(c.isalnum() for c in answer):
            why = None  # a whole table cell ("High", "2") is read with its row's name
        if why and not (why.startswith("hides two") and _defined(note, answer, subject)):
            problems.append(f"{why}: {answer!r}")
        if answer.rstrip().endswith((":", "：")) and len(answer.split()) <= 3 and \
                not (whole and answer == whole) and not _CLOZE_OPENING.search(answer):
            # (A whole table cell is the author's cell, read with its row's name, as above.)
            # "[Premises:] — Sleep is regulated …": a label over what follows, no name.
            # Anki's cloze syntax typed in a label ("{{c1::") ends in colons of its own,
            # typed text and no lead-in: the card shows it as typed.
            problems.append(f"answer {answer!r} is a label leading into its text")
        outside = visible(unclozed(text, " "))
        math = re.fullmatch(r"\s*\\[\[(](.*)\\[\])]\s*", answer, re.S)
        if math and ("=" in math[1] or _formula_side_asked(answer, shown)):
            # A formula asked whole: its right-hand side written on the front gives it away;
            # its name (the left-hand side) on the front is what the card asks it from. So
            # is a right side asked from its left ("\\(\\int kf(x)\\,dx\\) = […]"), whose
            # letters the left side shares.
            leaked = _formula_shown(answer, f"{context} {shown}")
        else:
            # Math with no "=" (`\(\mathrm{Na}^+\)`) is read as its letters, as any answer:
            # its TeX's command names ("mathrm") are no words of it.
            said = re.sub(r"\\[A-Za-z]+", " ", answer) if math else answer
            kind = _named_kind(text[:found.start()], answer)
            # An answer of six words or more to a question ("Why do antibiotics not work
            # against viruses? — [...]") says the question's words again as any answer
            # does; what it adds is what the card asks.
            clause = len(_WORD.findall(answer)) >= 6 and bool(
                re.search(r"[?？]\s+—\s+$", html.unescape(text[:found.start()])))
            leaked = _shared(said, f"{context} {_without_kind(shown, kind)}", subject,
                             f"{context} {_without_kind(outside, kind)}", context=context,
                             clause=clause)
        if leaked:
            problems.append(f"answer {answer!r} is given away by {sorted(leaked)} on the front")
        ranged = _year_in_a_range(answer, f"{context} {shown}")
        if ranged:
            problems.append(f"answer {answer!r} is an end of {ranged!r} on the front")
        letter = _letter_named(answer, f"{context} {shown}")
        if letter:
            problems.append(f"answer {answer!r} only names the letter {letter!r} on the front")
        side = _names_a_side(answer, f"{context} {shown}", sides)
        if side:
            problems.append(f"answer {answer!r} opens with {side!r}, a form of a compared "
                            "concept's name the front shows")
        break
    return problems


# A verb that gives the name after it to the noun before it ("a resistive force called …").
_NAMING = (r"\s*,?\s+(?:(?:is|are|was|were)\s+)?(?:(?:also|often|usually|commonly)\s+)?"
           r"(?:called|known\s+as|termed|named)")


def _named_kind(before: str, answer: str) -> str | None:
    """The noun a naming verb right before the gap follows, where it is the answer's last
    word: the kind of thing the name is ("a resistive force called [the drag force]"), its
    cue, not a give-away; the words before it in the name are what the learner recalls."""
    found = re.search(rf"([^\W\d_][\w-]*){_NAMING}\s*$", visible(before))
    last = answer.split()[-1:] if len(answer.split()) > 1 else []
    return found[1] if found and last and _stem(found[1].casefold()) == \
        _stem(last[0].casefold()) else None


def _without_kind(shown: str, kind: str | None) -> str:
    return re.sub(rf"\b{re.escape(kind)}(?={_NAMING}\b)", " ", shown, count=1) if kind else shown


def _formula_shown(answer: str, front: str) -> set[str]:
    """What a formula asked whole (`\\[LHS = RHS\\]`) shows of its right-hand side on its
    front: that side's TeX in the front's math, or every one of its symbols longer than a
    letter (TP, FN, a `\\text` word, a Greek letter), two or more, in the front's words.
    Its left-hand side, the name of what it is a formula for, is the question and may show
    ("Formula for Accuracy: [...]", "… › Load factor (\\(\\alpha\\))"), and so may its
    letters one by one, as the "where \\(p_t\\) is the current price" that says them."""
    whole = re.fullmatch(r"\s*\\[\[(](.*)\\[\])]\s*", answer, re.S)
    if not whole or "=" not in whole[1]:
        return set()
    right_tex = whole[1].partition("=")[2].replace("&", " ")
    maths = [a or b for a, b in re.findall(r"\\\((.*?)\\\)|\\\[(.*?)\\\]", front, re.S)]
    squeezed = "".join(right_tex.split()).rstrip(",.")
    if len(squeezed) > 3 and any(squeezed in "".join(m.split()) for m in maths):
        return {right_tex.strip()}
    # (How TeX is read, deck_builder.text.tex_quantities, is the generator's too; what counts
    # as written out is this rule's own.)
    right = tex_quantities(right_tex)
    if len(right) < 2:
        return set()
    said = set().union(*map(tex_quantities, maths)) if maths else set()
    plain = re.sub(r"\\\(.*?\\\)|\\\[.*?\\\]", " ", front, flags=re.S)
    said |= set(re.findall(r"\b[A-Z]{2,}\b", plain))
    said |= {w.casefold() for w in re.findall(r"\w{3,}", plain)}  # as `\text` words are read
    return right if right <= said else set()


def _letter_named(answer: str, front: str) -> str | None:
    """A letter of another alphabet on the front whose name is the whole answer ("Greek: κ
    — English: [Kappa]"): the card asks the alphabet, not the subject (docs §4g)."""
    name = answer.strip().casefold()
    for char in front:
        if ord(char) > 127 and unicodedata.name(char, "").casefold().endswith(f"letter {name}"):
            return char
    return None


def _year_in_a_range(answer: str, front: str) -> str | None:
    """A range of years on the front ("the winter of 1946-47") one of whose ends is a year
    the answer says ("1947"): the range tells it (the twelfth review's card 42)."""
    years = set(re.findall(r"\b(?:1\d|20)\d\d\b", answer))
    for found in re.finditer(r"\b((?:1\d|20)\d\d) ?[-–—/] ?(\d{2}(?:\d\d)?)\b", front):
        start, end = found.groups()
        if years & {start, start[:2] + end[-2:] if len(end) == 2 else end}:
            return found.group()
    return None


def _ask_problems(note, card, subject: set[str], sides=((), frozenset())) -> list[str]:
    """A compare note's recall card: "Comparison › Dimension", "Concept: … […] …"."""
    slot = card.ord // 2 + 1
    question = card.question()
    problems = []
    context = visible(_div(question, "context"))
    for field in ("Comparison", "Dimension"):
        if not visible(note[field]) or visible(note[field]) not in context:
            problems.append(f"the front does not name the {field.casefold()}: {context!r}")
    front = _div(question, "text")
    concept = visible(note[f"Concept{slot}"])
    if not visible(front).startswith(f"{concept}:"):
        problems.append(f"the front does not name the concept {concept!r}")
    if not _CLOZE.findall(front):
        problems.append("the front shows no gap")
    shown = visible(_CLOZE.sub(" ", front))
    if len(shown.split()) > MAX_FRONT_WORDS:
        problems.append(f"the front shows {len(shown.split())} words around one gap")
    text = note[f"Text{slot}"]
    if f"{{{{c{card.ord + 1}::" not in text:
        problems.append(f"the cell holds no gap for this card: {text!r}")
    # "Field experiment: [...]" under "Example": any field experiment fits.
    whole = re.fullmatch(rf"\{{\{{c{card.ord + 1}::[^{{}}]*\}}\}}\W*", text.strip())
    if whole and re.search(r"\bexamples?\b", visible(note["Dimension"]), re.I):
        problems.append("the recall card asks one example of many: the whole cell, under "
                        f"{visible(note['Dimension'])!r}")
    # The concept is named on the front by design: its words are no give-away here.
    # A similarity's cell shows the other concept's after it, "(0: 0 A)": the cell the
    # card hides whole is the part before (a random property run: "0 A0:", a whole cell,
    # was read as a label leading into its text).
    other = visible(note[f"Concept{3 - slot}"]) if slot in (1, 2) else ""
    cell = _cell(note, slot)
    if other:
        cell = re.sub(rf"\s*\({re.escape(other)}: .*\)\s*$", "", cell, flags=re.S)
    return problems + _answer_problems(note, text, card.ord + 1, context,
                                       f"{concept}: {shown}", subject | _stems(concept),
                                       whole=cell, sides=sides)


def _cell(note, slot: int) -> str:
    """A compare note's cell as the learner reads it (its recall card's text, or else its
    "which" card's, masked); empty where the cell makes neither card."""
    text = note[f"Text{slot}"]
    return visible(unclozed(text) if text
                   else note[f"Masked{slot}"])


def _which_problems(note, card) -> list[str]:
    slot = card.ord // 2 + 1
    question = card.question()
    concepts = [visible(note[f"Concept{i}"]) for i in range(1, 5) if note[f"Concept{i}"]]
    problems = []
    context = visible(_div(question, "context"))
    comparison = visible(note["Comparison"])
    if not comparison or comparison not in context:
        problems.append(f"the front does not name the comparison: {context!r}")
    choices = visible(_div(question, "choices"))
    if not choices.endswith("?") or not all(c in choices for c in concepts):
        problems.append(f"the front does not name the choices: {choices!r}")
    cell = visible(_div(question, "masked-text"))
    # The masks themselves are no name: a concept named "…" is not shown by "[…]".
    unmasked = cell.replace("[…]", " ")
    for concept in concepts:
        name = re.escape(concept)
        if concept.casefold().endswith("ism"):  # and its forms: individualist(ic)
            name = name[:-3] + r"(?:ism|isms|ist|ists|istic)"
        if re.search(rf"(?<!\w){name}(?!\w)", unmasked, re.IGNORECASE):
            problems.append(f"the cell names {concept!r}: {cell!r}")
    others = [visible(note[f"Masked{i}"]) for i in range(1, 5) if i != slot]
    if any(_same_degree(_normal(cell), _normal(o)) for o in others):
        problems.append(f"another concept's cell says the same: {cell!r}")
    others = [_cell(note, i) for i in range(1, len(concepts) + 1) if i != slot]
    # A word of the asked concept's name that the other cells lack answers the card. A cell
    # that makes no card of its own is not on the note, so there is nothing to compare.
    other_stems = set().union(*(_stems(o) for o in others)) if others else set()
    # A lone letter is no word of a name ("B{B"), as quality.giveaways reads it.
    telling = {s for s in _stems(concepts[slot - 1])
               if len(s) > 1 and not any(_same_family(s, o) for o in other_stems)}
    leaked = {s for s in _stems(cell) if any(_same_family(s, t) for t in telling)}
    if leaked and all(others):
        problems.append(f"the cell gives {concepts[slot - 1]!r} away by {sorted(leaked)}")
    return problems


def _normal(text: str) -> str:
    # A word in capitals is an abbreviation, kept as written: "US" is no filler "us".
    return " ".join(w if len(w) > 1 and w.isupper() else w.casefold()
                    for w in re.sub(r"(?!(?<=\d)\.(?=\d))[^\w\s]", " ", text).split())


def _same_degree(a: str, b: str) -> bool:
    """Two cells that say the same but for an adjective's degree: "high" and "higher"."""
    def base(word: str) -> str:
        for end in ("est", "er"):
            if word.endswith(end) and len(word) > len(end) + 2:
                word = word[:-len(end)]
                return word[:-1] if len(word) >= 4 and word[-1] == word[-2] else word
        return word.rstrip("e")
    one, two = a.split(), b.split()
    # "Natural setting" beside "Natural, everyday setting": the first fits both.
    # The negations are quality.says_within's: "0 NONE" says the opposite of "0", not less
    # (hypothesis found the two sets apart).
    negations = {"not", "no", "never", "none", "nor", "neither", "without"}
    words = [{_stem(w) for w in ws if w not in FILLER or w in negations} for ws in (one, two)]
    if all(words) and any(x < y and not (y - x) & negations
                          for x, y in (words, words[::-1])):
        return True
    return len(one) == len(two) and all(
        base(x) == base(y) for x, y in zip(one, two, strict=True))


def _shows_nothing(text: str) -> bool:
    """Spaces and zero-width characters (U+200B, direction marks) only: nothing to read."""
    return all(c.isspace() or unicodedata.category(c) == "Cf" for c in text)


def _subject_problems(note, card, compare: bool) -> list[str]:
    """Issue 15: every front says what it is about before its first "›". A compare note
    with an empty Comparison field shows "› Advantages" over a cell and its choices: what
    is compared is nowhere on the card."""
    problems = []
    if compare and _shows_nothing(visible(note["Comparison"])):
        problems.append("the compare card has an empty comparison subject")
    context = visible(_div(card.question(), "context"))
    if _shows_nothing(context.partition("›")[0]) and "›" in context:
        problems.append(f"the context line starts with '›', nothing before it: {context!r}")
    return problems


def weak_cards(col) -> list[str]:
    """Every card of the collection that breaks a rule, described for an assert message."""
    subject = _subject(col)
    sides = _sides(col)
    found = []
    # The context line of a grouped list's note (a card per item): the list's lead-in.
    lead_ins = frozenset(
        visible(_div(note.cards()[0].question(), "context")).rpartition(" › ")[2]
        for nid in col.find_notes("") if (note := col.get_note(nid)).note_type()["name"]
        == "deck-builder Cloze" and len(note.cards()) > 1)
    for nid in col.find_notes(""):
        note = col.get_note(nid)
        kind = note.note_type()["name"]
        for card in note.cards():
            if kind == "deck-builder Cloze":
                if f"{{{{c{card.ord + 1}::" not in note["Text"]:
                    continue  # a deletion since removed: Anki keeps its card, blank
                problems = _cloze_problems(note, card, subject, sides, lead_ins)
            elif kind != "deck-builder Compare":
                problems = []  # a learner's own note type is not ours to judge
            elif card.template()["name"].startswith("Which"):
                problems = _which_problems(note, card)
            else:
                problems = _ask_problems(note, card, subject, sides)
            if kind in ("deck-builder Cloze", "deck-builder Compare"):
                problems += _subject_problems(note, card, kind == "deck-builder Compare")
            found += [f"{visible(card.question())[:90]!r}: {p}" for p in problems]
    return found
