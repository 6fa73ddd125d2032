"""Definitions and terms: what makes a sentence define a term, and which words are no term.

"<term> is …" and its forms in other languages (Russian, Chinese, Korean, Dutch, the
Romance languages, German), cued definitions ("By kinetic energy we mean …"), conditions
("… occurs when …"), late and conditioned terms, a theorem environment's lead, names
given and said again (Latin and CJK), aliases; and the words no term opens or ends on.

Its own module because deciding what a term is is the reader's main rule, and it is
read from sentences alone: the formulas and the tables are built on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from deck_builder.quality import POINTING_OPENINGS, content_stems, giveaways
from deck_builder.readers.md_inline import _BRACKETED, _words
from deck_builder.readers.md_rules import (
    _CLAUSE_VERB,
    _COMPARISON,
    _LEADING_ARTICLE,
    _NOT_A_NAME_WORDS,
    _SENTENCE_BREAK,
    _WHEN_WORD,
    _item_head,
    _item_parts,
)
from deck_builder.statements import (
    CJK_POINTING_WORDS,
    ROMANCE_ARTICLE,
    SET_UP_WORDS_ABROAD,
    cjk_condition_given,
    cjk_name_given,
    given_name_span,
    opens_as_a_clause_cjk,
    reads_as_a_clause_cjk,
)
from deck_builder.text import (
    KANA_HAN,
    SHIELDED_MATH,
    in_chinese,
    is_cjk,
    shield_math,
    term_pattern,
    unmark,
)

# "Left heart failure occurs when the left ventricle cannot pump …": a condition defined by
# when it happens (_occurs_when_term says which terms).
_OCCURS_WHEN = r"(?:also\s+)?(?:occurs|arises|happens)\s+(?:when|whenever)"
# An alias typed after a defined name: "(HF)", ", or DNA,". Not a bracket of examples or a
# pointer ("(e.g. …)", "(i.e. …)", "(see …)"): that is no other name of the term.
_ALIAS_FORMS = (r"\s+\((?!e\.g|i\.e|see\b)[^(),;:\ue000]{1,30}\)|"
                r",\s+or\s+[^,;:()\ue000]{1,30},")
# "<term> is/are ...", with an optional article before the term.
_DEFINITION = re.compile(
    # "In economics, …", "On Aristotle's understanding, …": a frame before the term.
    r"^(?:(?:in|on|according\s+to|for|under|within)\s+[^,;:()\ue000]{1,60}?,\s+)?"
    # "One light year is the distance …", "One mole is the amount …": a unit, defined.
    # Not "One advantage of X is …", "One example is …": one of a set, a role asked by
    # what fills it (role_opening), never a name to hide.
    r"(?:(?:a|an|the|one(?!\s+(?:of|another|way|reason|advantages?|disadvantages?|drawbacks?|"
    r"benefits?|examples?|problems?|causes?|factors?|features?|limitations?|differences?|"
    r"consequences?|effects?|criticisms?|strengths?|weakness(?:es)?|aspects?|types?|kinds?|"
    r"methods?|functions?|explanations?|solutions?|risks?|challenges?|issues?|"
    r"similarit(?:y|ies)|uses?|purposes?|goals?|aims?|results?)\b))\s+)?"
    # "Adenosine triphosphate (ATP) is …", "Deoxyribonucleic acid, or DNA, is …": the name
    # with its alias is the term, hidden whole (the alias alone would give the name away).
    rf"(?P<term>[^,;:()\ue000]+?(?:{_ALIAS_FORMS})?)\s+(?P<verb>is\s+by\s+definition|is|are|was|"
    r"were|refers\s+to|means|is\s+defined\s+as|can\s+be\s+defined\s+as|"
    rf"{_OCCURS_WHEN})\s+(?P<next>\S+)", re.I)
# After "X is" / "X are", what opens a definition of a term nobody declared: a determiner
# or a noun ("Producers are organisms …"), not "is often cited", "are rising", "is not".
_NOT_DEFINING = re.compile(
    # ("A system is anything that takes an input …" defines: "anything" is no -ing verb.)
    r"^(?:(?!(?:any|some)thing\W*$)\w+(?:ly|ed|ing|en)|not|also|often|usually|very|more|less|so|too|now|still|only|"
    r"just|in|at|on|by|of|for|with|to|from|used|known|called|made|found|able|important|"
    r"essential|key|crucial|true|false|possible|necessary|similar|different|here|there|"
    r"what|why|how|when|where|because|that|this|it|about|like|as|but|and|or)\W*$", re.I)
# "Turgor is pressure that pushes …", "Pneumonia is infection of lung parenchyma": after
# "X is" a noun with no article is still a definition where a noun phrase of up to three
# words runs into "of" or a relative clause; "is often cited", "is made of" are not.
# A share or amount of things, no term: "About 85% of strokes", "Two thirds of patients".
_AN_AMOUNT_OF = re.compile(r"(?:about|around|approximately|roughly|nearly|almost|over|under|"
                           r"some|most|many|few|half|one|two|three|\d)\b.*\bof\b", re.I)
# Not "because of", "instead of": "Recovery is slow because of this" gives a reason.
_BARE_DEFINITION = re.compile(
    r"^(?!(?:[\w-]+\s+){0,2}(?:because|instead|regardless|irrespective)\s+of\b)"
    r"(?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*\s+(?:of|that|which|whereby|where|who|whose)\b")
# The same opening in other languages, where notes say "X — это Y" (Russian), "X是Y" /
# "X是指Y" (Chinese), "XとはY" (Japanese) or "Die X ist die/eine Y" (German). A CJK term of
# two characters is a whole word, but too short a gap for a card (quality.weak_answer).
_OTHER_DEFINITION = re.compile(
    r"^(?:(?:der|die|das)\s+)?(?P<term>[^,;:()\ue000]+?)\s+(?P<verb>[—–-]\s+это|ist|sind)\s+"
    r"(?P<next>\S+)|"
    rf"^(?P<cjk_term>[{KANA_HAN}]{{3,8}}?)(?P<cjk_verb>是指|是|とは)(?P<cjk_next>.)|"
    # Korean "X은/는 …이다", "X란 …": the topic particle after the term, a space, then the
    # meaning; the sentence must end as a definition does (…이다, …을 말한다), checked below.
    r"^(?P<ko_term>[\w()/+ -]{1,30}?[\w)])(?P<ko_verb>이란|란|은|는)\s+(?P<ko_next>\S)|"
    # Spanish, French, Portuguese, Italian: "X es un …", "X est une …", "X é um …", "X è
    # il …": the verb and an article, as the German reading asks ("Das Ergebnis ist
    # wichtig" is no definition); or "X se define como …", "X significa …".
    # The article is a word of its own ("Les lysosomes", never "Le" + "s lysosomes"), or
    # elided; Italian's plural "I" too ("I fosfolipidi sono molecole che …").
    rf"^{ROMANCE_ARTICLE}?"
    r"(?P<rom_term>[^,;:()\ue000]+?)"
    r"\s+(?P<rom_verb>(?:es|son|est|sont|é|são|è|sono)(?=\s+(?:una?|unos|unas|el|la|los|las|le|"
    r"les|l['’]|une|des|uma?|o|os|as|il|lo|gli|uno|aquel\w*|aquilo|ce(?:lle|lui)?|quel\w*)\b"
    # or a class with no article that a relative clause narrows, as "Enzymes are proteins
    # that …" defines: "Gli enzimi sono proteine che catalizzano …", "Los lípidos son
    # moléculas que …"
    # (plural verbs only: "El problema es tan grave que …" is no definition)
    r"|(?:(?<=son)|(?<=sont)|(?<=sono)|(?<=são))\s+[^\W\d_]+\s+(?:que|che|qui)\b)|"
    r"se\s+define\s+como|se\s+refiere\s+a|significa|signifie|se\s+d[ée]finit\s+comme)\s+"
    r"(?P<rom_next>\S+)",
    re.I)
# A definition whose cue stands before its term and its meaning after: "By kinetic energy we
# mean …", "We define power as …", "On appelle énergie potentielle l'énergie …", "On entend
# par isotopes des atomes …", "Se denomina enlace covalente a la unión …", "Entendemos por
# electronegatividad la tendencia …", "Unter Beschleunigung versteht man …", "Als Impuls
# bezeichnet man …", "Per legame ionico si intende …", "Si chiama mole la quantità …". How
# lecture notes in French, Spanish, German and Italian define a term; the term is what
# they ask. It ends at the cue's second half, or (French, Spanish, Italian, Portuguese,
# where that half is the meaning's own article) at the first article after it.
_CUE_ARTICLES = (r"(?:l['’]|un['’]|(?:un|une|des|le|la|les|tout|toute|tous|toutes|ce|cet|"
                 r"cette|ces|chaque|el|los|las|una|unos|unas|al|aquel\w*|il|lo|gli|uno|"
                 r"ogni|o|os|as|um|uma|ao|aos|à|às|the|a|an|any)\b)")
# A term ends in no preposition (nor one with its article, "dos", "der"): "fluidez de una
# membrana" is one term, not "fluidez de". The pattern looks past them; _cued_definition
# refuses a term still ending in one (a one-word term, which no lookbehind sees).
_CUE_TERM_END = frozenset("of de del des du di da do dos das von vom zur zum der".split())
_CUE_TERM = (r"(?P<term>[^\W\d_][^,;:()\ue000.!?]*?)"
             + "".join(rf"(?<!\s{word})" for word in sorted(_CUE_TERM_END)))
_CUED_DEFINITIONS = tuple(re.compile(rf"^{cue}\s+(?P<next>\S+)", re.I) for cue in (
    rf"By\s+(?:(?:the|a|an)\s+)?{_CUE_TERM}\s*,?\s+(?:we|I|one)\s+(?:mean|understand)",
    rf"We\s+(?:can\s+|shall\s+|will\s+)?define\s+(?:(?:the|a|an)\s+)?{_CUE_TERM}\s+as",
    rf"Par\s+{_CUE_TERM}\s*,?\s+on\s+(?:entend|désigne)",
    rf"On\s+(?:appelle|nomme|dénomme|désigne\s+par|entend\s+par)\s+{_CUE_TERM}\s*,?"
    rf"(?:\s+comme)?(?=\s+{_CUE_ARTICLES})",
    rf"On\s+définit\s+{_CUE_TERM}\s+comme",
    rf"(?:Se\s+(?:denomina|llama|conoce\s+como)|Llamamos|Denominamos)\s+{_CUE_TERM}"
    r"(?:\s+al?|\s*,)(?=\s)",
    rf"Se\s+define\s+{_CUE_TERM}\s+como",
    rf"(?:Se\s+entiende|Entendemos|Entendamos|Entiéndase)\s+por\s+{_CUE_TERM}\s*,?"
    rf"(?:\s+(?:a|como))?(?=\s+{_CUE_ARTICLES})",
    rf"Unter\s+(?:(?:dem|der|den|einem|einer)\s+)?{_CUE_TERM}\s+versteh(?:t|en)\s+(?:man|wir)",
    rf"Als\s+{_CUE_TERM}\s+(?:bezeichnet|definiert)\s+man",
    rf"Per\s+{_CUE_TERM}\s*,?\s+si\s+intende",
    rf"(?:Si\s+(?:chiama|definisce|dice)|Chiamiamo|Definiamo)\s+{_CUE_TERM}\s*,?"
    rf"(?=\s+{_CUE_ARTICLES})",
    rf"(?:Chama-se|Denomina-se|Define-se)\s+{_CUE_TERM}\s*,?(?:\s+(?:a|como))?"
    rf"(?=\s+{_CUE_ARTICLES})",
    rf"Entende-se\s+por\s+{_CUE_TERM}\s*,?(?=\s+{_CUE_ARTICLES})",
    # Russian: "Под осмосом понимают диффузию воды …" (the term in its case, no articles)
    # (one to three words: "Под микроскопом студенты понимают …" has its subject between)
    r"Под\s+(?P<term>[^\W\d_][\w-]*(?:\s+[\w-]+){0,2}?)\s+"
    r"(?:понима(?:ют|ем|ется)|подразумева(?:ют|ем|ется))(?=\s)",
))
# What follows such a cue but is no term: a connective ("By contrast, we mean …", "By then"),
# a word that points back ("On appelle cela …", "Per questo si intende …", "Unter diesen
# Bedingungen …"), a person called ("Se llama a la profesora …").
_NOT_CUED_TERMS = frozenset("""
    contrast comparison definition default now then way far example the a an
    cela ça ceci celui celle ceux celles ce cet cette ces lui elle eux
    esto eso ello así este esta estos estas ese esa esos esas a al
    diese dieser diesem diesen dieses jene jener jenem jenen solche solchen dem der den das
    dies beispiel
    questo questa questi queste quello quella ciò così
    isto isso aquilo
    этим этой этом этих этими ним ней них нём нем таким такой такими таком тем том
""".split())


def _cued_definition(text: str) -> _Opening | None:
    """A definition whose cue stands before its term (_CUED_DEFINITIONS), as
    definition_match gives it: the term's span is inside the sentence, not at its start."""
    match = next((m for cue in _CUED_DEFINITIONS if (m := cue.match(text))), None)
    if not match:
        return None
    term = match["term"].strip()
    words = term.split()
    if not _is_term(term) or "**" in term or words[0].casefold() in _NOT_CUED_TERMS \
            or words[-1].casefold() in _CUE_TERM_END or _NOT_A_NAME.search(term):
        return None
    start = match.start("term")
    spans = {"term": (start, start + len(term)), "verb": (match.start(), start),
             "next": match.span("next")}
    return _Opening(spans, {"term": term, "verb": text[match.start():start].strip(),
                            "next": match["next"]})


# How a Korean definition ends: "…이다.", "…입니다", "…을 말한다", "…를 뜻한다".
_KOREAN_DEFINED = re.compile(r"(?:이다|입니다|이며|말한다|말합니다|뜻한다|뜻합니다|의미한다|"
                             r"의미합니다|가리킨다|일컫는다|정의된다|정의한다)[.。]?(?:\s|$)")
# A Korean word that ends as a subject, an object or a verb does: no part of a name.
_KOREAN_CLAUSE = re.compile(r"(?:[가를을에면고며서]|으로|하여|하고|에서|에게|된|한|할|인)$")
# Then and now, as labels of a contrast ("Vroeger: modellen die stromen analyseren" /
# "Tegenwoordig: netwerken …"): no term ("[Vroeger] — …", blind sample 4101: junk). Over a
# sentence only: "heute: today", "früher — earlier" are words a vocabulary list teaches (the
# re-read). (Lost so: "Today: BBC Radio 4's flagship morning news programme", a name.)
_THEN_AND_NOW = frozenset("""formerly previously nowadays today vroeger tegenwoordig früher
    heute jetzt autrefois maintenant aujourd'hui oggi allora antes ahora hoy""".split())
# The fewest words of a value a then-and-now label stands over as a contrast.
MIN_THEN_AND_NOW_WORDS = 5


def then_and_now(label: str, rest: str) -> bool:
    """Whether "`label`: `rest`" says how a thing was or is now, its label no term."""
    words = _BRACKETED.sub(" ", label).split()
    return len(words) == 1 and words[0].casefold() in _THEN_AND_NOW and \
        len(rest.split()) >= MIN_THEN_AND_NOW_WORDS
# Words that open a Romance sentence but never a term ("Esto es un …", "C'est …").
_ROMANCE_NOT_TERMS = frozenset("""
    esto eso este esta ese esa ello él ella ellos ellas aquí allí hay que lo cual
    ce cela ceci il elle ils elles on qui quoi ici
    isto isso este esta ele ela eles elas aqui
    questo questa quello quella lui lei loro qui
""".split())
# "1899-02 Boer War - Germany is friend of …": a date or a dash makes a line, not a name.
_NOT_A_NAME = re.compile(r"\d|\s[—–-]\s")
# "The question is whether …", "The issue is how …": a question the note goes on to ask, no
# term it defines.
_OPEN_QUESTIONS = frozenset("question questions issue issues challenge test thing".split())
# Where the first sentence of a Korean definition ends (not _SENTENCE_END below, which
# has no "。": one name for both gave this one's use the other's).
_KO_SENTENCE_END = re.compile(r"(?<=[.。!?])\s")
_GERMAN_ARTICLES = frozenset("der die das ein eine einer eines einen dem den".split())
# Words that open a sentence but never a term being defined ("It is …", "This means …").
_NOT_TERMS = frozenset("""
    it this that these those there they he she we you i here what when why how which who
    each every most some all one both only such its their his her our your my many much
    another other any no none everyone everything someone something anyone anything nobody
    nothing else suppose assume imagine
    inside outside within beneath underneath below above behind
""".split()) | frozenset(SET_UP_WORDS_ABROAD)
# ("Inside is an electrochemical sensor …", blind sample 3402: junk; "[Vediamo se questa] è
# una strategia valida", "let's see if this is …", sample 3502: junk)
# Possessives after a label's first word: "Internationale Organisationen und ihre Rolle" is a
# section's topic, not a name its examples could ask (blind sample 3401: junk).
_POSSESSIVES = frozenset("""its their his her ihre ihr ihren ihrer seine seinen seiner leur
    leurs sua suo suoi loro""".split())  # (not Italian "sue": "Standing to sue")
# A label that opens on a modal ("can foresee — not cleaning the floor? someone may slip") or
# ends on what a study found ("experiment found — very high proportion of subjects …") is a
# clause cut in two, no term (blind sample 3401: junk, both).
_MODAL_OPENING = frozenset("can could may might must should would cannot".split())
_FINDING_VERBS = frozenset("""found showed shown suggested suggests revealed reveals concluded
    concludes argued argues demonstrated demonstrates proved proves""".split())
# ("Suppose p is a prime greater than 2." defined "[Suppose p]": a set-up's verb, no term.)
# A label that holds its own verb is a claim ("Präfix ist betont: ANrufen, EINkaufen"), and
# one opening on a German preposition joined to its article is where or when ("Im Satz:
# Präfix am Ende"): neither is a term to ask from the rest of its line.
_CLAUSE_IN_LABEL = frozenset("""is are was were ist sind war waren è sono est sont""".split())
# As German writes them: "IM route" and "AM radio" are English abbreviations.
_ADVERBIAL_OPENING = frozenset("im am beim vom zum zur Im Am Beim Vom Zum Zur".split())
MAX_TERM_WORDS = 5
# Words no term ends on: where one "ends" on them, the verb read after it was a noun ("From
# the means of production" under "Workers suffer alienation:" defined "From the").
_DANGLING_WORDS = frozenset("""the a an of from to in on at by with for into than""".split())
# "Actus reus refers to …" as a later sentence of a paragraph: its own definition.
_LATER_DEFINITION = re.compile(
    # "In economics, …", "On Aristotle's understanding, …": a frame before the term.
    r"^(?:(?:in|on|according\s+to|for|under|within)\s+[^,;:()\ue000]{1,60}?,\s+)?"
    r"(?:(?:a|an|the)\s+)?(?P<term>[A-Za-z][\w'’/-]*(?:\s+[\w'’/-]+){0,3}?)\s+"
    r"(?:refers\s+to|is\s+defined\s+as|can\s+be\s+defined\s+as|is\s+by\s+definition|"
    r"is\s+(?:where|when)|is\s+the\s+process\s+(?:of|by|in|whereby)|"
    rf"{_OCCURS_WHEN})\s+\S")
# The alias a defined name ends in (_ALIAS_FORMS), cut to leave the name.
_ALIAS = re.compile(rf"(?:{_ALIAS_FORMS})$", re.I)


def _item_name(text: str) -> str | None:
    """A grouped item that is a name ("The Calvin Cycle", "Glycolysis"), without its
    article: up to four words, capitalised, no digit. None for a point or a phrase."""
    head = _LEADING_ARTICLE.sub("", _item_head(text)).rstrip(".;,")
    if not head or not head[0].isupper() or any(c.isdigit() for c in head) or \
            _words(head) > 4 or not _is_term(head) or _CLAUSE_VERB.search(head):
        return None
    return head


def _bare_name(text: str) -> bool:
    """An item that is a name and nothing more ("- Schizoaffective disorder"): no clue of its
    own in brackets or after a dash, no sentence, no comparison ("- Macro vs Micro" names
    a topic to compare, not one member of a set)."""
    return _item_name(text) is not None and not _item_parts(text)[1].strip() and \
        not unmark(text).rstrip().endswith(".") and not _COMPARISON.search(text) and \
        not _WHEN_WORD.search(unmark(text))


# A definition opening that ends "… occurs when <word>" (its verb and the word after it).
_OCCURS = re.compile(rf"(?:^|\b){_OCCURS_WHEN}\s+\S+$", re.I)


def _occurs_when_term(name: str, rest: str) -> bool:
    """Whether `name` is a term "X occurs when …" defines: a name of two words or more
    ("Atrial fibrillation") or one long word ("Deadlock", "Inversion"); not a word that
    points or names no thing ("The problem", "Another complication", "This"), nor a short
    common word ("Pain occurs when the patient lies flat": many things do), nor a name
    the `rest` of its sentence half-says ("Left ventricular failure occurs when there is
    dysfunction of the left ventricle")."""
    words = [w.casefold() for w in name.split()]
    if not words or words[0] in _NOT_TERMS or words[-1] in _NOT_A_NAME_WORDS | _OPEN_QUESTIONS \
            or not name[:1].isupper():
        return False  # (a lowercase "dissonance occurs when …" is an item's note, no term)
    sentence = _SENTENCE_BREAK.split(rest, maxsplit=1)[0]
    return (len(words) >= 2 or len(words[0]) >= 7) and not giveaways(sentence, name)


def _clause_cut_in_two(words: list[str]) -> bool:
    """Whether a label's or a name's `words` are a clause cut in two: a modal and the verb
    after it ("can foresee"), or a finding's verb at the end ("experiment found")."""
    return len(words) > 1 and (
        words[0].casefold() in _MODAL_OPENING and words[1][:1].islower()
        or words[-1].casefold() in _FINDING_VERBS)


def _not_a_term_label(label: str, german: bool) -> bool:
    """Whether a label is a clause cut in two (_clause_cut_in_two), names whose thing it is
    (_POSSESSIVES: "… und ihre Rolle"), or, of several short words, holds its own verb
    (_CLAUSE_IN_LABEL) or,
    in a `german` list, opens on a German preposition joined to its article
    (_ADVERBIAL_OPENING) as German writes it: "Im Satz", never the abbreviations "IM route"
    or "AM radio" (review 18: half of each pair was lost). Not a question ("Which case held
    that goods … are an invitation to treat?" over its answer)."""
    words = _BRACKETED.sub(" ", label).split()
    if not label.rstrip().endswith("?") and (
            _clause_cut_in_two(words)
            or len(words) > 1 and any(w.casefold() in _POSSESSIVES for w in words[1:])):
        return True  # "can foresee", "experiment found", "… und ihre Rolle" (_MODAL_OPENING)
    return 1 < len(words) <= 4 and not label.rstrip().endswith("?") and (
        any(w in _CLAUSE_IN_LABEL for w in words[1:])
        or german and words[0] in _ADVERBIAL_OPENING)


def _is_term(name: str) -> bool:
    """A short noun phrase that can be the subject of a definition."""
    words = _BRACKETED.sub(" ", name).split()
    return (0 < len(words) <= MAX_TERM_WORDS
            and not any(w.casefold() in _NOT_TERMS for w in words)
            and not _clause_cut_in_two(words)
            and any(c.isalpha() for c in name) and not name.endswith((".", "?", "!")))


@dataclass
class _Opening:
    """Where a definition's term and verb stand, for an opening _DEFINITION does not
    read (another language's "X — это …", "X是…"): what definition_match gives."""
    spans: dict[str, tuple[int, int]]
    values: dict[str, str]
    # Whether facts with no mark may hide the term: not a term a condition defines ("A
    # system is linear if …"), mostly a quality that other sentences use in passing ("A
    # system that is both [linear] and time-invariant …").
    names: bool = True
    # Whether its sentence alone is the definition where a later one says the term again
    # (the rest of the paragraph read on its own): a definition of prose18's shapes.
    alone: bool = False

    def start(self, group: str) -> int:
        return self.spans[group][0]

    def end(self, group: str) -> int:
        return self.spans[group][1]

    def __getitem__(self, group: str) -> str:
        return self.values[group]


# Dutch: "Een herstellingsteken is een mislukt kruis …", "Climax is het hoogtepunt van de
# muziek." English's "X is" matched them and found no English article after it, so notes
# in Dutch defined nothing (held-out-6). "een" and "het" are no English words; "de" is read
# only beside another Dutch word ("Tempo is de snelheid van de muziek").
# (With an adverb before its article, "Drumcomputer is gewoon een …", and said by when it
# is so, "Meerstemmig is als er meerdere melodieën tegelijk klinken"; not "is als volgt"
# nor "is als een …", "is as follows" and "is like a …".)
_DUTCH_DEFINITION = re.compile(
    r"^(?:(?:een|de|het)\s+)?(?P<term>[^,;:()\ue000]+?)\s+(?P<verb>is|zijn)\s+"
    r"(?:(?:gewoon|eigenlijk|simpelweg|altijd|meestal|vaak)\s+)?"
    r"(?P<next>een|het|de|als(?!\s+(?:volgt|een|de|het)\b)|wanneer)\s", re.I)
_DUTCH_WORDS = re.compile(r"\b(?:van|het|een|wordt|worden|niet|ook|zijn|je|bij|naar|dat|die)\b",
                          re.I)


# Words a Dutch sentence opens with that name no term: prepositions ("Bij maatsoorten is
# het bovenste getal …" says where), conjunctions, pointers and pronouns ("Hij is een
# componist …", "Het is een belangrijk begrip": "[Hij]" was asked).
_DUTCH_NOT_TERMS = frozenset("""bij in op met voor na door over onder tussen als dan dus
maar en of dit dat deze die er hier daar wat wie waar hoe ook nu toen het hij zij ze men
wij we jij je u jullie""".split())


def _dutch_definition(text: str) -> _Opening | None:
    match = _DUTCH_DEFINITION.match(text)
    if not match or not _is_term(match["term"]) or "**" in match["term"] or \
            _words(match["term"]) > 4:
        return None
    if match["next"].casefold() == "de" and not _DUTCH_WORDS.search(text[match.end():]):
        return None  # "Madness is de rigueur": English
    if match["term"].split()[0].casefold() in _DUTCH_NOT_TERMS:
        return None  # "Bij maatsoorten is het bovenste getal …": where, not what
    return _Opening({k: match.span(k) for k in ("term", "verb", "next")},
                    {k: match[k] for k in ("term", "verb", "next")})


def _other_definition(text: str) -> _Opening | None:
    """A definition opening in Russian, German, Chinese or Japanese (_OTHER_DEFINITION)
    of a short term, as definition_match gives it."""
    match = _OTHER_DEFINITION.match(text)
    if not match:
        return None
    side = next((s for s in ("cjk_", "ko_", "rom_") if match[f"{s}term"]), "")
    term, verb, following = match[f"{side}term"], match[f"{side}verb"], match[f"{side}next"]
    if not _is_term(term) or "**" in term:
        return None
    if side == "ko_" and (not is_cjk(term[-1]) and not term[-1].isalnum()
                          or not _KOREAN_DEFINED.search(_KO_SENTENCE_END.split(text, 1)[0] + " ")):
        return None  # "장기, 중기, 단기 스케줄링이 있다": no "X는 …이다"
    if side == "ko_" and any(_KOREAN_CLAUSE.search(w) for w in term.split()):
        return None  # "프로세스가 종료되는 …": a clause with its own subject or verb, no name
    if side == "rom_" and (term.split()[0].casefold() in _ROMANCE_NOT_TERMS
                           or _words(term) > 4):
        return None
    if verb.casefold() in ("ist", "sind") and following.casefold() not in _GERMAN_ARTICLES:
        return None  # "Die Zelle ist die …", not "Das Ergebnis ist wichtig"
    if side == "cjk_" and (not is_cjk(following) or verb == "是" and following == "由"):
        return None  # "進程是由…組成" says what it is made of, not what it is
    if side == "cjk_" and ("的" in term or opens_as_a_clause_cjk(term)
                           or reads_as_a_clause_cjk(term)):
        # "细胞膜的基本骨架是磷脂双分子层", "这个方法的缺点是…", "因此该结论是正确的": a role
        # of something, a pointing or a clause, no term (statements.py asks the role by
        # what fills it)
        return None
    groups = {"term": f"{side}term", "verb": f"{side}verb", "next": f"{side}next"}
    return _Opening({k: match.span(g) for k, g in groups.items()},
                    {"term": term, "verb": verb, "next": following})


# A definition whose term stands after its verb, read where nothing of "X is …" reads one
# (prose18: lecture notes in mathematics, physics and engineering define so, and their
# paragraphs made no card, or hid the subject's word: "A [set] \\(A\\) is a subset of …").
# By a condition: "A set $A$ is a subset of $B$ if …", "Two sets are equal when …", "A
# frame of reference is said to be inertial if …", "A signal is called continuous-time if
# …", "We say that a system is time-invariant if …". The subject is any one of a kind ("a",
# "an", "any", "two") or a symbol; the term is what the condition makes it, one to three
# words, with what it is of ("a subset of $B$"); the condition opens right after it.
_CONDITION_DEFINITION = re.compile(
    r"^(?P<verb>(?:we\s+say\s+(?:that\s+)?)?"
    # (what a set-up leads to: "Sia … . Allora $f$ si dice derivabile in $x_0$ se …")
    r"(?:(?:then|allora|entonces|alors|dann)\s+)?"
    # (the same in the languages maths is revised in: "Un espacio es compacto si …", "Una
    # funzione è continua se …", "Un espace est compact si …", "Ein Raum heißt kompakt, wenn",
    # and their "is said": "si dice derivabile se", "se dice derivable si", "é dita … se")
    r"(?:(?:a|an|any|two|un|una|uno|un'|une|um|uma|dos|due|deux|ein|eine|zwei)\s+"
    rf"(?:[^\W\d_][\w-]*\s+){{0,3}}?[^\W\d_][\w-]*(?:\s+{SHIELDED_MATH})?|"
    rf"{SHIELDED_MATH})\s+"
    r"(?:is|are|es|son|è|sono|est|sont|é|são|ist|sind|heißt|heißen|si\s+dicono|si\s+dice|"
    r"si\s+chiama|se\s+dicen|se\s+dice|se\s+llama|se\s+denomina|se\s+diz|viene\s+dett[oa])\s+"
    r"(?:(?:called|termed|said\s+to\s+be|defined\s+to\s+be|known\s+as|llamado|llamada|"
    r"detto|detta|dit|dite|chamado|chamada|dito|dita)\s+)?"
    r"(?:(?:a|an|un|una|uno|une|um|uma)\s+)?)"
    # (an abbreviation after the term is hidden with it: "is positive definite (PD) if …")
    r"(?P<term>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2}?(?:\s+\([A-Z]{2,6}\))?)"
    rf"(?:\s+(?:of|to|from|in|on|with|at|en|de|di|da|a|em|sur|dans|su|bei|auf|von|an)\s+"
    rf"(?:{SHIELDED_MATH}|(?:a|an|the|its)\s+[a-z][\w-]*))?"
    r",?\s+(?P<next>if|iff|when|whenever|provided|si|sii|cuando|se|quando|lorsque|quand|"
    r"wenn|falls)\s+\S", re.I)
# What says a word after it is a name the author gives: "is called closed if", "We say that
# a graph is connected if".
_NAMING_CUE = re.compile(r"\b(?:called|termed|said\s+to\s+be|defined\s+to\s+be|known\s+as|"
                         r"we\s+say)\b", re.I)
# What such a condition makes a thing that is no term of its own: a comparison ("is faster
# when …"), a state a sentence reports ("is true when …", "is possible if …"), a negation.
_NOT_CONDITIONED_TERMS = frozenset("""not no never also only always often usually sometimes
    more less most least true false possible impossible likely unlikely able unable used
    needed required necessary important useful zero small large big high low good bad
    better worse best worst faster slower greater smaller larger higher lower same
    different known given found said called then there here
    no non ne pas nicht kein keine más menos più meno plus moins mehr weniger verdadero
    falso vero vrai faux wahr possible posible possibile möglich necesario necessario
    nécessaire notwendig importante important wichtig igual uguale égal gleich""".split())


def _conditioned_term(text: str) -> _Opening | None:
    """A term defined by the condition that makes a thing it (_CONDITION_DEFINITION), as
    definition_match gives it; None for any other opening."""
    match = _CONDITION_DEFINITION.match(shield_math(text))
    return _conditioned_opening(match) if match else None


def _conditioned_opening(match: re.Match) -> _Opening | None:
    """The term a condition makes a thing (_CONDITION_DEFINITION, _QUALIFIED_CONDITION), as
    definition_match gives it; None where it is no term (_NOT_CONDITIONED_TERMS)."""
    term = match["term"]
    if any(w.casefold() in _NOT_CONDITIONED_TERMS for w in term.split()) or not _is_term(term):
        return None
    if term.casefold().endswith("ed") and not _NAMING_CUE.search(match["verb"]):
        return None  # "$H_0$ is rejected if …": a passive, no term, unless it is named so
    condition = re.split(r"[.;!?](?:\s|$)", match.string[match.end("next"):], maxsplit=1)[0]
    said = {w.casefold() for w in re.findall(r"[^\W\d_]+", condition)}
    if all(w.casefold() in said for w in re.findall(r"[^\W\d_]+", term)):
        # "A function is called continuous if it is continuous at every point …", "Una
        # funzione si dice continua se è continua in ogni punto …": the term is its own
        # condition; asked, "[...] if it is [...] at every point" gave its answer twice.
        # (Every word of it, as typed: "linearly independent if no vector is a linear
        # combination …" and "homeomorphic if there is a homeomorphism …" define.)
        return None
    return _Opening({k: match.span(k) for k in ("term", "verb", "next")},
                    {"term": term, "verb": match["verb"].strip(), "next": match["next"]},
                    names=False, alone=True)


# A term defined by a condition where _CONDITION_DEFINITION reads none (mathdef21): after a
# sentence that sets up its symbols ("Let $(X, d)$ be a metric space. A subset $U
# \subseteq X$ is open if …", "Sia $f$ una funzione. …"), or of a subject said with what it
# is between or in ("A map $f : X \to Y$ between topological spaces is continuous when
# …"). Both made no card. The subject names no relative clause ("A system that is both
# linear …" is read by the name it is called).
# The words a mathematical set-up opens with in the languages maths is revised in: "Let",
# "Sia", "Sea", "Soit", "Sei" … (_SETS_UP_SYMBOLS, _RESULT_SET_UP).
_SET_UP_WORDS = r"let|sia|siano|sea|sean|soit|soient|sei|seien"
_SETS_UP_SYMBOLS = re.compile(rf"(?:{_SET_UP_WORDS})\s+"
                              r"[^.;!?]{1,160}?\.\s+(?=[A-Z])", re.I)
_QUALIFIED_CONDITION = re.compile(
    r"(?P<verb>(?:we\s+say\s+(?:that\s+)?)?"
    r"(?:a|an|any|two|un|una|uno|une|ein|eine|zwei|due|dos|deux)\s+"
    r"(?:(?!(?:that|which|who|whose|is|are|not|che|cui|que|qui|quien|der|die|das)\b)"
    r"[^\s.;:,!?]+\s+){1,10}?"
    r"(?:(?:is|are|es|son|è|sono|est|sont|ist|sind|heißt)\s+"
    r"(?:(?:called|termed|said\s+to\s+be|defined\s+to\s+be|detto|detta|llamado|llamada|dit|"
    r"dite)\s+)?(?:(?:a|an|un|una|uno|une)\s+)?"
    # "A set $A \subseteq X$ has the Baire property if …": a property it has.
    r"|(?:has|have|ha|hanno|tiene|tienen|hat|haben)\s+(?:the|la|il|lo|el|die|der|das)\s+))"
    r"(?P<term>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2}?)"
    rf"(?:\s+(?:of|to|from|in|on|with|at|en|de|di|da|a|sur|dans|su|bei|auf|von|an)\s+"
    rf"(?:{SHIELDED_MATH}|(?:a|an|the|its)\s+[a-z][\w-]*))?"
    r",?\s+(?P<next>if|iff|when|whenever|provided|si|sii|cuando|se|quando|lorsque|quand|"
    r"wenn|falls)\s+\S", re.I)


def _two_sentences_and_rest(text: str) -> list[str]:
    """The first two sentences of `text` as one, and the rest if any."""
    first, *rest = _SENTENCE_BREAK.split(text, 1)
    if not rest:
        return [first]
    second, *rest = _SENTENCE_BREAK.split(rest[0], 1)
    return [text[:text.index(second, len(first)) + len(second)], *rest]


def _late_conditioned_term(text: str) -> _Opening | None:
    """A term defined by a condition after a sentence setting up its symbols, or of a
    subject with a qualifier (_QUALIFIED_CONDITION), as definition_match gives it; None for
    any other text. Read where _conditioned_term reads nothing."""
    shielded = shield_math(text)
    at = 0
    if (set_up := _SETS_UP_SYMBOLS.match(shielded)) is not None:
        at = set_up.end()
    elif not re.match(rf"(?:we\s+say\s+(?:that\s+)?)?\S+\s+\S+\s+{SHIELDED_MATH}\s+\S",
                      shielded, re.I):
        return None  # no set-up and no symbol in the subject: _conditioned_term's to read
    match = _QUALIFIED_CONDITION.match(shielded, at)
    return _conditioned_opening(match) if match else None


# A term named before the symbols it is of, or the symbol it is written as: "The union of
# $A$ and $B$, written $A \\cup B$, is the set of …", "The difference $A \\setminus B$ is the
# set of …". _DEFINITION reads no math inside a term, so these defined nothing (prose18).
# The thing a term is of, when its kind is said before its symbol: "of a matrix $A$", "of a
# linear map $T$" ("An eigenvector of a matrix $A$ is a nonzero vector …": math notes define
# most terms so, and the kind said made the sentence no definition at all).
_OF_KIND = r"(?:(?:a|an|the)\s+(?:[a-z][\w-]*\s+){1,3})?"
_SYMBOL_NAMED_DEFINITION = re.compile(
    r"^(?:the|a|an)\s+(?P<term>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)(?P<verb>"
    rf"(?=\s+(?:of|between)\s+{_OF_KIND}{SHIELDED_MATH}|\s*,?\s+(?:written|denoted)\b|"
    rf"\s+{SHIELDED_MATH})"
    rf"(?:\s+(?:of|between)\s+{_OF_KIND}{SHIELDED_MATH}(?:\s*(?:,|and)\s*{SHIELDED_MATH})*)?"
    rf"(?:\s*,?\s+(?:written|denoted)(?:\s+by)?\s+{SHIELDED_MATH}\s*,?|\s+{SHIELDED_MATH})?"
    r"\s+(?:is|are)\s+)(?P<next>the|a|an)\b", re.I)


def _name_said_again(text: str) -> int | None:
    """Where the second sentence of `text` starts, when its first gives a name
    (statements.given_name_span: "… is called the empty set") that a later one says again;
    else None."""
    first, *rest = _SENTENCE_BREAK.split(text, 1)
    if not rest or (given := given_name_span(first)) is None:
        return None
    name = re.sub(r"^(?:its|their)\s+", "", _LEADING_ARTICLE.sub("", first[given[0]:given[1]]))
    if not name or not term_pattern(name).search(rest[0]):
        return None
    at = text.index(rest[0], len(first))
    # "… is called Young's modulus. It describes how stiff a material is: …": a sentence
    # that points back stays with the one it points at, whose name it explains; cut alone,
    # its card showed the paragraph before as what "It" was (en20: Hooke's law).
    while _POINTING_OPENING.match(text[at:]):
        following = _SENTENCE_BREAK.split(text[at:], 1)
        if len(following) < 2:
            return None
        at = text.index(following[1], at + len(following[0]))
    return at


# A paragraph a math course opens on the kind of statement it is, marked or not, with its
# number and a name in brackets: "**Definition 3.2.** Let …", "*Theorem 3.5 (Cantor).* For
# every set …", "**Teorema (di Weierstrass).** Ogni …", "Lemma 2:". The label is no answer:
# asked, "[Definition 3.2.] Let $A$ and $B$ be sets. We say …" (mathdef21: junk).
# (Each list is written over lines; the line breaks are taken out once, here.)
_RESULT_WORDS = "".join(r"""theorem|thm|lemma|proposition|prop|corollary|axiom|claim|conjecture|
    teorema|proposizione|corollario|assioma|proposición|corolario|axioma|lema|théorème|
    lemme|corollaire|satz|korollar""".split())
_STATEMENT_WORDS = "".join(r"""definition|def|remark|observation|notation|definizione|
    osservazione|notazione|definición|observación|notación|observacion|definicion|
    définition|remarque|bemerkung""".split())
_PROOF_WORDS = "".join(r"""proof|pf|sketch\s+of\s+proof|proof\s+sketch|dimostrazione|dim|
    demostración|demostracion|dem|prueba|preuve|démonstration|beweis""".split())
_ENVIRONMENT_LEAD = re.compile(
    r"^(?P<marks>\*\*)?(?P<word>" + "|".join((_RESULT_WORDS, _STATEMENT_WORDS, _PROOF_WORDS))
    + r")(?P<number>\s+\d+(?:\.\d+)*[a-z]?)?"
    r"(?:\s*\((?P<name>[^()*\\]{2,60})\))?(?:\s+of\s+(?:theorem|lemma|proposition)"
    r"(?:\s+\d+(?:\.\d+)*)?)?\s*[.:]?\s*(?(marks)\*\*)\s*[.:]?"
    # "**Theorem.** (Cauchy) If a prime …": the name in brackets after the label's marks.
    r"(?(name)|(?:\s*\((?P<after>[^()*\\]{2,60})\)\s*[.:]?)?)\s+(?P<body>\S.*)$",
    re.I | re.S)
# The words that join a result's name to the word before it: "(di Weierstrass)", "(of
# Cantor)", "(de Bolzano)".
_NAME_JOINER = re.compile(r"^(?:di|del|della|dei|de|of|von|du|des)\s+", re.I)


# Words that only a math text puts before a colon: "**Theorem:** Every metric space is
# Hausdorff." asked "[Theorem]" (mathdef21).
_THEOREM_ONLY = re.compile(r"theorem|thm|teorema|théorème|corollary|corollario|corolario|"
                           r"corollaire|korollar", re.I)


# How a proof goes, opening its text: "By induction", "Per assurdo", "Par récurrence", or
# a supposition about a symbol typed plain ("Let G be a graph", "Suppose x > 0", "Sia f
# …"; one in math, "Let $A$ be …", opens a proof before this is asked: _environment_lead).
# Not "let the shaped loaf rise" (baking's proof) nor "we have a higher standard in
# criminal cases" (the law's), nor "Suppose $100 is lent …" (a finance note's dollars):
# the code re-reads of sessions 39 and 40.
_PROOF_METHOD = re.compile(
    r"\s*(?:by\s+(?:strong\s+)?(?:induction|contradiction|contraposition|contrapositive)|"
    r"(?:supponiamo\s+)?per\s+(?:induzione|assurdo)|durch\s+(?:vollständige\s+)?"
    r"(?:induktion|widerspruch)|(?:supposons\s+)?par\s+(?:récurrence|l['’]absurde|"
    r"contraposée)|(?:supongamos\s+)?por\s+(?:inducción|contradicción|"
    r"reducción\s+al\s+absurdo)|"
    rf"(?:{_SET_UP_WORDS}|suppose|assume|supponiamo(?:\s+per\s+assurdo)?(?:\s+che)?|"
    r"angenommen|supposons(?:\s+que)?|supongamos(?:\s+que)?)\s+"
    r"(?:[A-Za-z](?:_\w+)?\s+(?:be|is|are|ist|sei|è|est|es|∈|=|>|<)\b|[A-Za-z]\s*[∈=<>]))",
    re.I)


def _environment_lead(text: str) -> tuple[str, str | None, str] | None:
    """The kind of statement a math paragraph opens on ("theorem", "definition", "proof"),
    the name its label gives in brackets, and the paragraph after the label; None when it
    opens on no such label. Unmarked, only with a number, a name or a full stop after the
    word ("Definition. …", "Theorem 2 …"), not a sentence that opens on the word ("Proof
    of concept is …", "Note that …")."""
    found = _ENVIRONMENT_LEAD.match(text)
    if found is None:
        return None
    word = found["word"].casefold()
    if not found["marks"] and not re.match(r"[^\s.:]*(?:\s+\d[\d.]*[a-z]?)?\s*(?:\([^()]*\))?"
                                           r"\s*[.:]\s", text):
        return None  # "Note that …", "Proof of concept is …": a sentence, no label
    if re.fullmatch(_PROOF_WORDS, word, re.I):
        if re.match(r"[^:.]*:", text) and "\\(" not in found["body"] and \
                "\\[" not in found["body"] and not _PROOF_METHOD.match(found["body"]) and \
                not re.search(r"(?:∎|□|■|\bQED|\bQ\.E\.D\.?)\s*$", found["body"]):
            # ("**Proof**: By induction", "**Proof**:" over its display: a proof; asked,
            # "[Proof]: \[…\]" was junk in a session-39 gate.)
            return None  # "**Proof:** the standard is the balance of probabilities" (law)
        kind = "proof"
    elif not found["number"] and not found["name"] and not found["after"] and \
            re.match(r"[^:.]*:", text) and not _THEOREM_ONLY.fullmatch(word) and not (
                word == "claim" and ("\\(" in found["body"] or "\\[" in found["body"])):
        # "**Definition**: Strong electrostatic force …" under "### Ionic Bonding" defines
        # the heading (test_markdown_idioms), "**Lemma**: the base form of a word" is a
        # linguist's term, "**Claim:** the plaintiff must show …" a lawyer's head: a bare
        # word before a colon is read as any label is. (A claim about formulas is a
        # proof's: "**Claim:** Upon termination, $X$ is a minimum spanning tree of $G$"
        # asked "[Claim]", blind sample 4011: junk.)
        return None
    elif re.fullmatch(_RESULT_WORDS, word, re.I):
        kind = "result"
    else:
        kind = "statement"
    return kind, found["name"] or found["after"], found["body"].strip()


def _without_environment_label(text: str, item: bool = False) -> str | None:
    """The paragraph a math label opens (_environment_lead) as a learner's card shows it:
    the label dropped, a result's name in brackets kept before it and asked ("Theorem
    (**Cantor**). For every set …"), unless the paragraph says the name itself. None for
    no label."""
    lead = _environment_lead(text)
    if lead is None:
        return None
    kind, name, body = lead
    if kind == "result" and name:
        name = name.strip()
        asked = _NAME_JOINER.sub("", name)
        if asked and not term_pattern(unmark(asked)).search(unmark(body)):
            if item:  # "- **Theorem (Sylow).** …": a labelled item, "[Sylow] — …"
                return f"**{asked}**: {body}"
            word = _ENVIRONMENT_LEAD.match(text)["word"]
            return f"{word.capitalize()} ({name[:len(name) - len(asked)]}**{asked}**). {body}"
    return body


# "Ogni funzione derivabile è continua. Il viceversa è falso: la funzione $|x|$ è continua in
# $0$ ma …": a result that every thing of a kind has a property, the sentences after it
# saying the property again; on one card its gap showed twice, and the paragraph made none
# (mathdef21). English, Italian, Spanish, French, German.
_EVERY_IS = re.compile(
    r"^(?:every|any|each|ogni|qualsiasi|qualunque|tod[oa]|cada|tout|toute|chaque|jede[rsn]?)\s+"
    r"[^.;:\\]{3,80}?\s(?:is|è|es|est|ist)\s+(?:also\s+|anche\s+|también\s+|aussi\s+|auch\s+)?"
    r"(?P<what>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})\.$", re.I)


# A sentence on the converse of the one before it: "The converse is false", "Il viceversa è
# falso", "El recíproco no es cierto", "La réciproque est fausse", "Conversely, …".
_CONVERSE = re.compile(r"\s*(?:(?:the|il|el|lo|la|le)\s+)?(?:converse|conversely|viceversa|"
                       r"vice\s+versa|inverso|recíproc[oa]|reciproc[oa]|réciproque|umkehrung)"
                       r"\b", re.I)


def _property_said_again(text: str) -> int | None:
    """Where the second sentence of `text` starts, when its first says every thing of a kind
    is something (_EVERY_IS: "Every metric space is Hausdorff.") and a later one says that
    again; else None."""
    first, *rest = _SENTENCE_BREAK.split(text, 1)
    found = _EVERY_IS.match(first.strip())
    if not rest or found is None:
        return None
    if not term_pattern(found["what"]).search(rest[0]):
        return None
    return text.index(rest[0], len(first))


# A sentence that opens pointing back ("This property is also known as …"): the name it
# gives is of what the sentence before says, which its card alone would not show.
_POINTING_OPENING = re.compile(rf"^\s*(?:{POINTING_OPENINGS}|that|such|its|their|he|she|here|"
                               r"there)\b", re.I)


def _names_given(text: str) -> list[int]:
    """Where a paragraph is cut so that each part gives one name: before each sentence
    after the first that gives a name of its own (statements.given_name_span, clean in that
    sentence alone; a name said before gives none), when two or more give different names
    ("The number of elements of a finite set is its cardinality. The set of all subsets of
    $A$ is called the power set of $A$."); else [], as _names_given_cjk. One card a
    paragraph asked the first name only, and the power set never (defs18)."""
    sentences = [] if "**" in text else _SENTENCE_BREAK.split(text)
    if len(sentences) < 2:
        return []
    starts, names, at = [], set(), 0
    for sentence in sentences:
        start = text.index(sentence, at)
        at = start + len(sentence)
        if _POINTING_OPENING.match(sentence) or (given := given_name_span(sentence)) is None:
            continue
        name = sentence[given[0]:given[1]].casefold()
        if name not in names:
            names.add(name)
            starts.append(start)
    return starts[1:]


def _marks_held_apart(text: str) -> list[int]:
    """Where a marked paragraph is cut so that a sentence marking a phrase that holds a
    phrase an earlier sentence marked is read on its own: "A **force** is a push or pull …
    The vector sum of all forces … is called the **net force**, written $\\vec F_{\\text{net}}
    = …$." On one card the held phrase went (the holder's gap shows it) and, the holder
    refused (its formula says "net"), the paragraph made no card (mathdef21). []
    where nothing is cut."""
    if "**" not in text:
        return []
    sentences = _SENTENCE_BREAK.split(text)
    if len(sentences) < 2:
        return []
    # The phrases marked so far, by the stems of their words (quality.content_stems): a
    # phrase is held in another only where they share a stem, so each phrase is tried
    # against those alone (all of them, per sentence, was quadratic: a paragraph of 1 MiB
    # with a mark per sentence took 52 s, the adversarial benchmark).
    cuts, at = [], 0
    marked: dict[str, set[str]] = {}
    for sentence in sentences:
        start = text.index(sentence, at)
        at = start + len(sentence)
        here = [unmark(m).casefold() for m in re.findall(r"\*\*(.+?)\*\*", sentence)]
        if marked and not _POINTING_OPENING.match(sentence) and any(
                held != phrase and term_pattern(held).search(phrase)
                for phrase in here
                for held in {h for stem in content_stems(phrase)
                             for h in marked.get(stem, ())}):
            cuts.append(start)
        for phrase in here:
            for stem in content_stems(phrase) or {phrase}:
                marked.setdefault(stem, set()).add(phrase)
    return cuts


# Where a Chinese sentence ends: after 。！？ (a formula's inside is never a sentence's end).
_CJK_SENTENCE_END = re.compile(r"(?<=[。！？])\s*")
# A Chinese sentence that opens pointing back ("这种展开称为…", "此时…", "它…", "前者…"): it
# goes on from the sentence before, whose card must show it (text.CJK_POINTING_WORDS).
_CJK_POINTING_OPENING = re.compile(rf"^\s*(?:{CJK_POINTING_WORDS}|由此|因此|所以)")


def _names_given_cjk(text: str) -> list[int]:
    """Where a Chinese paragraph is cut so that each part gives one name: before a sentence
    that names a term of its own other than one named before it ("失业率定义为…。…的失业率叫做
    自然失业率，…"), or that says again a name a sentence before it gave ("…叫做摩尔热容。定体
    摩尔热容记为 $C_{V,m}$，…"), which on one card would show that name beside its gap (a
    learner's read: "the answer is on the front"). A sentence pointing back ("这…", "此时…")
    stays with the one before. [] where nothing is cut."""
    if "**" in text or not in_chinese(text):
        return []
    shielded = shield_math(text)
    starts = [0] + [m.end() for m in _CJK_SENTENCE_END.finditer(shielded)
                    if m.end() < len(text)]
    if len(starts) < 2:
        return []
    # A name said again is looked up by the sentence's slices of each name's length, and each
    # sentence is shielded once: each name looked for in the sentence, shielded again for
    # each, grew as the square of the names a paragraph gives (code review 19, A5).
    cuts, names, sizes = [], set(), set()
    sentences = [text[start:end] for start, end in
                 zip(starts, [*starts[1:], len(text)], strict=True)]
    given = [cjk_name_given(sentence) for sentence in sentences]
    pointing = [bool(_CJK_POINTING_OPENING.match(sentence)) for sentence in sentences]
    # A sentence stating a condition ("…稳定的充要条件是…都具有负实部") is read on its own
    # as one naming a term is: its card shows that sentence, not the paragraph around it.
    stated = [name or cjk_condition_given(sentence) for name, sentence in
              zip(given, sentences, strict=True)]
    for at, (start, sentence, name) in enumerate(zip(starts, sentences, given, strict=True)):
        words = shield_math(sentence) if names else ""
        said_again = any(words[i:i + size] in names
                         for size in sizes for i in range(len(words) - size + 1))
        # A sentence that says the name again is cut off even where it points back ("…叫做
        # 内力。这里说的内力是「附加内力」…"): kept, it showed the answer on the name's card.
        if start and (said_again or not pointing[at] and (
                name is not None and names and name not in names
                or _opens_naming_part_cjk(at, stated, pointing))):
            cuts.append(start)
        if name is not None:
            names.add(name)
            sizes.add(len(name))
    return cuts


def _names_a_term_cjk(value: str) -> bool:
    """Whether a Chinese paragraph names a term in words ("…其中 $G(s)H(s)$ 被称为开环传递函
    数"): that name is its fact, before an inline formula a clause of it gives ("反馈通道为
    [$H(s)$]" was asked, a bare symbol; zh20)."""
    return in_chinese(value) and "**" not in value and cjk_name_given(value) is not None


def _opens_naming_part_cjk(at: int, given: list, pointing: list[bool]) -> bool:
    """Whether sentence `at` of a Chinese paragraph opens a part of its own around a name
    one sentence gives: it gives the name itself ("…。我们把…的奇偶性叫做宇称。"), or the
    sentence after it gives one pointing back at it ("…的现象。这种现象称为屈服。"), or the
    sentence before gave one ("…这种势场叫做一维无限深方势阱。由于…满足 …。"). The
    long paragraphs of engineering notes name a term in the middle of their explanation;
    read whole, the sentences around the name were on its card, and a formula or a phrase
    of theirs was asked in its place (zh20: "取成…的形式 [$-a/2 < x < a/2$]" over 宇称)."""
    if given[at] is not None or given[at - 1] is not None:
        return True
    return at + 1 < len(given) and given[at + 1] is not None and pointing[at + 1]
