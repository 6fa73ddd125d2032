"""The one fact a plain sentence states, when its author marked nothing and it names no term.

Notes are mostly sentences with no bold phrase and no term the article defines. Most of
them still say one thing a card can ask, in a few fixed shapes:

- a name: "… are often referred to as **third parties**", "also known as **X**", or in
  the brackets that close a sentence, "… publishers themselves (referred to as **Diamond
  Open Access**).";
- a proportion: "The lower the degree of necessity, the **higher** the PED";
- a consequence: "… an increase in price results in a **decrease in total revenue** …",
  "This creates an **electro-chemical gradient**" (a pointing subject: the generator shows
  the sentence it points at, or makes no card), or a cause, agent, means or meaning:
  "caused by **…**", "discovered by **…**", "treated with **…**", "represents **…**",
  "Phospholipid bilayer sandwiched by **globular proteins**" (a note's passive without
  its "is");
- what a thing is turned into or becomes: "converts pyruvate into **Acetyl CoA**",
  "differentiate into **plasma cells**";
- an outcome of a condition: "When demand is price elastic, the curve is **gentler**",
  "If price is too high, the quantity supplied will **exceed** the quantity demanded";
- a short predicate of a named subject: "Demand is **price inelastic**";
- what a thing is made of, measured in, or where it happens: "consists of **…**",
  "measured in **joules**", "occurs in the **chloroplasts**", "made of **cellulose**"; the
  form it is stored as, "stored in the liver as **glycogen**"; how it works, "works by
  **blocking prostaglandin synthesis**";
- else the one year a sentence gives: "In **1884** Germany built …";
- else the one amount with its unit: "approximately **20 micrometres** across".

Each gives a short phrase (at most MAX_WORDS words) to hide: the name, the direction, the
effect. A sentence in none of these shapes gives nothing, and `check` says so: a guessed
gap in a sentence that has no point of its own is a card the learner deletes. One phrase a
paragraph (the first sentence that has one): a paragraph is one note, and a note of
guesses is worse than a note of one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from deck_builder import months
from deck_builder.quality import (
    ARTICLE_CACHE,
    CJK_DIRECTIONS,
    LOWER_NUMBERED_ABBREVIATIONS,
    NUMBERED_ABBREVIATIONS,
    ORDINAL_AFTER,
    POINTING_WORDS,
    STOP_WORDS,
    chinese_answer_shown,
    content_words,
    giveaways,
    is_clause_item,
    is_order,
    is_structural_label,
    related,
    stem,
    too_split,
    weak_answer,
)
from deck_builder.text import (
    ARROW,
    ARROW_WITH_LONG,
    CJK_POINTING_WORDS,
    HAN,
    HAN_CHAR,
    KANA_HAN,
    YEAR_DIGITS,
    code_spans,
    in_spans,
    math_spans,
    shield_math,
)

# The auxiliaries and modals: a finite verb whatever the sentence, read by names_own_subject
# (_FINITE) and by the Markdown reader (its fragments, _FINITE_VERB, and its tasks, _TASK),
# each with the verbs of its own question added.
AUXILIARIES = frozenset("""is are was were has have had can could will would may might must
    should shall does did""".split())

MAX_WORDS = 5

# A decimal point ends no sentence: "delays the impulse by about 0.1 s" is one. Chinese and
# Japanese end theirs with full-width marks ("…称为能量级串。在惯性子区内…").
# Nor does an abbreviation's full stop before its number: "Art. 77 Abs. 1 S. 1 GG" (a law's
# article, paragraph and sentence), "Nr. 3", "p. 42".
# The marks that lead into examples ("e.g.", "z.B.", "p.ej.") and into a restatement ("i.e.",
# "cf.", "d.h."), in the notes' languages: one list for every rule below, so none of them
# knows a mark the others miss. The rules read them in either case ("(E.g. …"), but for
# the end of a sentence, where only a capital first letter counts: "CF." is cystic
# fibrosis, ending "… thick mucus in CF." (the code re-read).
_FOR_EXAMPLE = r"e\.\s?g\.|z\.\s?B\.|bspw?\.|bijv\.|p\.\s?ej\.|p\.\s?ex\.|ad\s?es\."
_THAT_IS = r"i\.\s?e\.|cf\.|vgl\.|d\.\s?h\."
# Nor do the stops of "e.g.", "i.e.", "cf.", "vs.", "z.B.", "d.h.", "bzw.", "bijv.", "p.ej.":
# "YED < 0 → inferior good (e.g. instant noodles)" is one sentence, whose effect was cut
# at "(e" ("YED < 0 → [...].g. instant noodles", the gap "inferior good (e").
# (Inside one: "i.e. emergency situation where …" opening an item still ends at "i.e.")
_IN_SENTENCE_ABBREVIATION = (r"(?<![^\W\d_])(?:(?<=[(\[])|(?<=\S\s))"
                             rf"(?:{_FOR_EXAMPLE}|{_THAT_IS}|vs\.|viz\.|bzw\.|"
                             # (capitalised too, "(Bspw. Benzin)", "(P.ej. …)"; never two
                             # capitals together, "… thick mucus in CF."; "E.G." still is)
                             rf"(?![A-Z]{{2}})(?i:{_FOR_EXAMPLE}|{_THAT_IS}|vs\.|viz\.|bzw\.))")
# (not "u.a.", "o.ä.": they end clauses)
# A bracket of examples: "(e.g. instant noodles)", "(z.B. Benzin)", "(such as …)". What it
# holds is one example of an open set, never the sentence's fact nor its effect.
# An arrow's effect stops before examples or a restatement after a comma: ", e.g. …",
# ", i.e. …", ", vs. …", ", z. B. …", ", d. h. …", ", bzw. …"; and before a bracket that
# restates it ("(i.e. more competitive abroad)", "(vgl. …)", "(cf. …)").
_EXAMPLE_TAIL = re.compile(rf",\s+(?:{_FOR_EXAMPLE}|{_THAT_IS}|vs\.|bzw\.|such\s+as\b)", re.I)
_EXAMPLE_INSIDE = re.compile(rf"[,;]\s*(?:{_FOR_EXAMPLE}|{_THAT_IS}|such\s+as\b)[^()]*\)", re.I)
_RESTATING_BRACKET = re.compile(rf"\(\s*(?:{_THAT_IS})", re.I)
_EXAMPLE_BRACKET = re.compile(rf"\(\s*(?:{_FOR_EXAMPLE}|e\.\s?g\b|eg\s|bv\.|vb\.|ej\.|ex\.|"
                              r"for\s+example|for\s+instance|such\s+as)", re.I)
# Nor does the stop of a letter or a short abbreviation before a word in lower case: "come
# conc. perfetta", "aufgenommen u. umgewandelt", "approx. twice" ("LP → [...]. perfetta" cut
# the effect at "conc."; two review notes of session 38). Only these: a note typed in lower
# case ends sentences on any word, "budget deficit → more debt. interest payments grow"
# (the code re-read: taking every short word ran the effect into the next sentence), and on
# letters and short words, "sunlight on skin → vitamin d. needed to absorb calcium", "… 70
# per min. falls with fitness" (the second re-read): of single letters only German "u."
# (und) and "s." (siehe).
_SHORT_ABBREVIATION = (r"(?<![^\W\d_])(?<!\.)(?:u|s|conc|approx|incl|excl|resp|ggf|usw|evtl|sog|"
                       r"cca|ecc|pag|pagg|sig|dott|avv|sr|sra|pp|ff|esp|abbr|obs|vol|fig|eq|"
                       r"chap|ch|avg|tel|dept)\.(?=\s[a-zà-ÿ])")
_SENTENCE = re.compile(rf"(?:\b(?:{NUMBERED_ABBREVIATIONS})\.(?=\s\d)|"
                       rf"\b(?:{LOWER_NUMBERED_ABBREVIATIONS})\.(?={ORDINAL_AFTER})|"
                       rf"{_IN_SENTENCE_ABBREVIATION}|{_SHORT_ABBREVIATION}|"
                       r"[^.;!?。；！？]|(?<=\d)\.(?=\d))+(?:[.;!?。；！？]+|$)")
_STOP = r"(?=\s*(?:[,.;:!?()\[\]\"“”]|\s[-—–]\s|$))"
# "is called X", "are often referred to as "X"", "also known as X", "a process called X".
_NAMED = re.compile(
    r"\b(?:(?:is|are|was|were|be)\s+(?:\w+ly\s+|also\s+|often\s+|sometimes\s+|all\s+|both\s+)*"
    r"(?:called|termed|named|referred\s+to\s+as|known\s+as)|also\s+known\s+as|a\.k\.a\.?|"
    # Russian: "Процесс деления ядра называется митозом" (the name after, in its case)
    # (not "называют по-разному / так / иначе": how, not what, it is called)
    r"(?:называ(?:ется|ются|ют)|принято\s+называть)(?!\s+(?:по-|так\b|иначе\b))|"
    r"(?:also|often|commonly|sometimes|usually)\s+(?:called|termed|referred\s+to\s+as)|"
    # a lecturer naming what the sentences before explain: "From then on the object falls at
    # a constant speed. We call this speed the terminal velocity." (the name with its article)
    r"\bwe\s+(?:call|term|name)\s+(?:this|these|that|those|it|them|such)(?:\s+[a-z-]+){0,2}?"
    r"(?=\s+(?:the|an?)\s)|"
    # "… in a process called oxidative phosphorylation", "a hormone known as insulin"
    r"\b(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:process|phenomenon|mechanism|effect|condition|"
    r"structure|method|technique|state|reaction|theory|model|principle|disorder|disease|"
    r"enzyme|hormone|molecule|protein|bond|law|rule|doctrine|policy|concept|"
    # a physical quantity or a part of a circuit: "a potential difference called the
    # half-cell potential", "a resistive force called the drag force" (en20)
    r"quantity|difference|force|layer|region|ratio|circuit|device|component|frequency|"
    r"voltage|current|signal|filter|amplifier|speed|velocity|acceleration|angle|"
    r"coefficient|parameter|property|configuration|arrangement)\s+"
    r"(?:called|termed|named|known\s+as)|"
    # "… becoming publishers themselves (referred to as Diamond Open Access).": a name in
    # brackets, asked only where its bracket closes the sentence (_names_the_sentence)
    r"(?<=\()\s*(?:or\s+)?(?:also\s+|often\s+|sometimes\s+|commonly\s+|usually\s+)*"
    r"(?:called|termed|referred\s+to\s+as|known\s+as))\s+"
    # A name in quotes ends at its closing quote ("'predatory publishing'- where …").
    r"(?P<quote>[\"“‘'])?(?P<answer>[^,.;:()\"”’]+?)(?(quote)[\"”’']|[\"”’']?" + _STOP + ")", re.I)
# The same name, last, in the other languages lecture notes are written in: "Les atomes …
# s'appellent des isotopes", "Las moléculas … se denominan anfipáticas", "Gli atomi … si
# chiamano isotopi", "… é chamado de …", "se lo denomina …", "se le conoce como …" (not
# "se le llama": "se le llama la atención" scolds, "… por teléfono" calls). Never opening
# its sentence ("Se denomina X a …" is a definition with its cue first, read by the Markdown
# reader), nor a person called ("se llama a la profesora").
_NAMED_ABROAD = re.compile(
    r"(?<=[\w$)])[\s,]+(?:se\s+(?:l[oa]s?\s+|les?\s+(?=conoce|denomina))?"
    r"(?:denomina|llama|conoce)(?:n)?(?:\s+como)?|"
    r"reciben?\s+el\s+nombre\s+de|s['’]appelle(?:nt)?|(?:est|sont)\s+(?:appel|nomm|dénomm)ée?s?|"
    r"porte(?:nt)?\s+le\s+nom\s+de|si\s+chiama(?:no)?|"
    r"(?:è|sono|viene|vengono)\s+(?:chiamat|denominat|dett)[oaie]|prende(?:no)?\s+il\s+nome\s+di|"
    r"(?:é|são)\s+(?:chamad|denominad)[oa]s?(?:\s+de)?|chama-se|chamam-se)\s+"
    r"(?!al?\s|que\s|che\s|qu['’]|por\s|la\s+atenci[oó]n)"
    r"(?:(?:un|une|des|le|la|les|el|los|las|una|il|lo|gli|uno|um|uma)\s+|l['’])?"
    r"(?P<answer>[^,.;:()\"”’]+?)" + _STOP, re.I)
# German names the thing before its verb: "Dieser Wert wird als Gleichgewichtskonstante
# bezeichnet", "Diesen Vorgang nennt man Osmose". Only a sentence opening on what it names,
# pointed at ("Dieser …", "Diesen …", "Solche …", "Das"), and the name closing it: "Osmose
# nennt man den Vorgang, bei dem …" names "Osmose" before the verb, "Heute nennt man Berlin
# die Hauptstadt …" and "… werden häufig als Ursachen genannt" ("mentioned as") name
# nothing (the code review: each asked a wrong word).
_POINTED_GERMAN = r"^\s*(?:diese[rnsm]?|solche[rnsm]?|das|dies|ein\s+solche[rnsm]?)\b[^.;:!?]*?\s+"
_GERMAN_NAME = (r"(?P<answer>(?-i:[A-ZÄÖÜ])[^,.;:()\"„“”\s]*(?:\s+[^,.;:()\"„“”\s]+){0,2}?)")
_NAMED_GERMAN = re.compile(
    _POINTED_GERMAN + r"(?:wird|werden|wurde|wurden)\s+(?:(?:auch|oft|häufig|meist|meistens|"
    r"daher|deshalb|allgemein)\s+)*als\s+(?:(?:der|die|das|ein|eine)\s+)?" + _GERMAN_NAME +
    r"\s+bezeichnet\s*[.!]?\s*$", re.I)
_CALLED_GERMAN = re.compile(
    _POINTED_GERMAN + r"nennt\s+man\s+(?:auch\s+)?(?:(?:der|die|das|den|eine?n?)\s+)?" +
    _GERMAN_NAME + r"\s*[.!]?\s*$", re.I)
# Turkish names last, before "denir": "Hareket halindeki bir cismin sahip olduğu enerjiye
# kinetik enerji denir." The name follows the last word in the dative ("enerjiye", "işe"),
# the thing it names; not "da"/"de" (also), nor a sentence pointing back ("Buna … denir").
_NAMED_TURKISH = re.compile(
    r"^(?!\s*(?:buna|bunlara|şuna|şunlara|ona|onlara)\b).*\s(?!(?:da|de|ta|te)\s)"
    r"[^\W\d_]+[ae]['’]?\s+(?!bir\s)(?P<answer>[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?)\s+"
    r"(?:denir|denilir|adı\s+verilir)\s*[.!]?\s*$", re.I)
_COMPARATIVES = (r"more|less|fewer|greater|higher|lower|larger|smaller|bigger|longer|shorter|"
                 r"faster|slower|stronger|weaker|steeper|flatter|better|worse|earlier|later|"
                 r"wider|narrower|hotter|colder|heavier|lighter|cheaper|deeper|closer|nearer|"
                 r"further|farther|thicker|thinner|denser|easier|harder|louder|quieter|older|"
                 r"younger|richer|poorer|simpler|warmer|cooler|brighter|darker|sooner|tighter|"
                 r"looser")
# "The lower the X, the higher the Y": the second comparative is the fact.
_PROPORTION = re.compile(
    rf"\bthe\s+(?:{_COMPARATIVES})\b[^,;]{{2,120}}?,\s*the\s+"
    rf"(?P<answer>(?:more|less)\s+\w+|{_COMPARATIVES})\b", re.I)
# A verb of consequence and what it brings about; or, passive, what brings it about.
_CAUSE = re.compile(
    r"\b(?P<verb>(?:caused|triggered|produced|mediated|inhibited|stimulated|determined|"
    r"represented|controlled|regulated|discovered|invented|developed|proposed|described|"
    r"founded|introduced|coined|written|created|published|formulated|first\s+identified|"
    r"secreted|released|synthesi[sz]ed|transmitted|spread|carried|excreted|"
    # who did it, in history and politics notes: "Endorsed by Truman", "signed by 51 states"
    r"led|run|ruled|governed|signed|endorsed|supported|opposed|backed|funded|sponsored|"
    r"organi[sz]ed|commanded|assassinated|defeated|elected|appointed|vetoed|ratified|"
    r"negotiated|built|designed|painted|composed|directed|established)\s+by|"
    r"(?:obtained|calculated|measured|solved|treated|diagnosed|estimated|detected|confirmed)"
    r"\s+(?:using|with|by|through|via)|consists?\s+of|(?:is|are)\s+made\s+up\s+of|"
    r"(?:is|are)\s+composed\s+of|(?:is|are)\s+made\s+(?:from|of)|comprises?|"
    # the form a thing is kept in, and how a drug or a device works: "Glucose is stored in
    # the liver as glycogen", "Aspirin works by inhibiting COX enzymes"
    r"(?:is|are)\s+stored\s+(?:(?!as\b)[\w-]+\s+){0,4}?as|"
    r"(?:works?|worked|acts?|acted)\s+by(?=\s+\w+ing\b)|"
    # where a protocol or a device works, and what a drug is for or must not be given in:
    # "HTTP runs on port 80", "Switches operate at layer 2", "Digoxin is contraindicated in
    # heart block"
    r"(?:runs?|operates?|listens?)\s+(?:on|at)|"
    # what a thing goes with, and what a drug acts on (issue 14, a pharmacology lecture
    # written for cov17): "Obesity is associated with insulin resistance", "Atropine acts
    # on muscarinic receptors"
    r"(?P<link>(?:is|are|was|were)\s+(?:(?:strongly|closely|often|commonly|also|mainly)\s+)?"
    r"(?:associated|linked|correlated)\s+(?:with|to)|(?:is|are|was|were)\s+(?:(?:mainly|"
    r"also|primarily|directly|chiefly)\s+)?involved\s+in|(?:acts?|acted)\s+(?:mainly\s+|"
    r"directly\s+|primarily\s+)?on(?!\s+(?:the\s+)?(?:basis|principle|behalf)\b))|"
    # "A self-regulating system works on the principle of negative feedback" (the common
    # misspelling "principal" too)
    r"(?:works?|operates?|(?:is|are)\s+based)\s+on\s+the\s+princip(?:le|al)\s+of|(?:is|are)\s+(?:contra)?indicated\s+(?:in|for)|(?:measured|expressed)\s+in|occurs?\s+in|"
    r"takes?\s+place\s+in|happens?\s+in|(?:is|are)\s+found\s+in|(?:is|are)\s+located\s+in|"
    # the same in the other languages notes are written in: "La cartilagine ialina si trova
    # nelle articolazioni", "La mitocondria se encuentra en el citoplasma", "se trouve dans"
    r"si\s+trova(?:no)?\s+(?:in|nel(?:l[oae]|l['’]|[ei])?|negli|a|al(?:l[oae]|l['’])?)|"
    r"(?:avviene|avvengono|ha\s+luogo|hanno\s+luogo)\s+(?:in|nel(?:l[oae]|l['’]|[ei])?|negli)|"
    r"se\s+(?:encuentra|localiza|ubica|sitúa|produce|lleva\s+a\s+cabo)n?\s+en|"
    r"(?:tiene|tienen)\s+lugar\s+en|ocurren?\s+en|"
    r"se\s+(?:trouve|situe|produit|déroule)(?:nt)?\s+(?:dans|en|au|aux|à)|"
    r"(?:a|ont)\s+lieu\s+(?:dans|en|au|aux|à)|"
    r"se\s+encontra(?:m)?\s+(?:em|no|na|nos|nas)|ocorre(?:m)?\s+(?:em|no|na|nos|nas)|"
    # where it is kept: "Il DNA è contenuto nel nucleo", "está contenido en", "est contenu
    # dans"; German, where it is: "Die DNA befindet sich im Zellkern"
    r"(?:è|sono)\s+contenut[oaie]\s+(?:in|nel(?:l[oae]|l['’]|[ei])?|negli)|"
    r"(?:está|están)\s+contenid[oa]s?\s+en|(?:est|sont)\s+contenue?s?\s+dans|"
    r"(?:befindet|befinden)\s+sich\s+(?:im|in|in\s+der|in\s+den|am|an\s+der)|"
    # and what it is made of: "La membrana è formata da un doppio strato di fosfolipidi",
    # "La mitosis consta de cuatro fases", "Les ribosomes sont constitués d'ARN …", "Die
    # Zellmembran besteht aus einer Lipiddoppelschicht", "A parede é formada por celulose"
    r"(?P<made>(?:è|sono)\s+(?:format|costituit|compost)[oaie]\s+da|"
    r"(?:está|están)\s+(?:formad|compuest|constituid)[oa]s?\s+(?:por|de)|constan?\s+de|"
    r"se\s+componen?\s+de|"
    r"(?:est|sont)\s+(?:constitué|composé|formé)e?s?\s+(?:de|d['’]|par)|"
    r"se\s+composen?t?\s+(?:de|d['’])|"
    r"(?:besteht|bestehen)\s+aus|"
    r"(?:é|são)\s+(?:formad|compost|constituíd)[oa]s?\s+(?:por|de))|"
    # where a thing comes from, its source or cause: "Deviance results from being labeled",
    # "The supply of loanable funds comes from savings", "the internal energy is due to the
    # thermal motion"
    r"(?P<source>(?:arises?|arose|stems?|stemmed|derives?|derived|originates?|originated|"
    r"comes?|came|results?|resulted)\s+(?:(?:mainly|mostly|largely|partly|primarily|usually|"
    r"chiefly|directly)\s+)?from|(?:is|are|was|were)\s+(?:(?:mainly|mostly|largely|partly|"
    r"primarily|usually|chiefly|directly)\s+)?due\s+to)|"
    r"represents?|denotes?|stands\s+for|causes?|caused|leads?\s+to|led\s+to|results?\s+in|resulted\s+in|"
    r"gives?\s+rise\s+to|gave\s+rise\s+to|triggers?|triggered|prevents?|prevented|inhibits?|"
    r"inhibited|stimulates?|stimulated|produces?|produced|creates|generates|"
    # what a thing changes: "Microvilli increase the surface area", "ADH reduces urine output"
    # (not "increased", "reduced": mostly adjectives, "reduced NAD", "an increased risk")
    r"(?P<change>increases?|decreases?|reduces?|raises?|lowers?|improves?|encourages?|"
    # An elided article ends in its apostrophe, the place right after it: "nell'intestino".
    r"promotes?))(?:(?<=['’])|\s+)(?P<answer>[^,.;:()]+)", re.I)
_NEXT_CLAUSE = re.compile(r"\s+(?:and|but|or|while|whereas)\s+(?:the|a|an|its|their|this|"
                          r"these|that)\s.*$", re.I | re.S)
# Words that deny what follows them ("do not believe that all ideas come from …"), as
# words split at spaces, so with the contractions. Not quality._NEGATIONS, which are the
# words that make two answers differ ("Does not occur", "Occurs"): its "without", "none",
# "nor" deny no clause ("Without oxygen, lactate comes from glycolysis" states a source).
_DENIED = frozenset("not no never n't don't doesn't didn't cannot can't".split())
# A subject that points back at what the card does not show ("This is due to …", "which
# comes from …"). Not the reader's _POINTING_SUBJECTS, the words a line may open with and
# still say what the heading above it is ("They are made in …"): a heading's thing is told
# by "he", "its", "there", and by no relative "that" or "which".
_QUANTIFIERS = frozenset("many some several most all few both each every".split())
_POINTING_OPENERS = frozenset("this that these those it they which".split())
# Words before a verb that make it a noun: "the increase", "a decrease".
_NOUN_BEFORE = {"a", "an", "the", "this", "that", "any", "no", "each", "every", "its", "their",
                "his", "her", "our", "of"}
# Where the effect's phrase ends and its circumstances begin.
_EFFECT_END = re.compile(
    r"\s+[-—–]\s.*$|"  # "produces reduced electron carriers - NADH and FADH": an aside
    r"\s+(?:for|by|in\s+order|which|that|who|due\s+to|because|when|whenever|if|as|so|"
    r"while|whereas|and\s+(?:so|thus|therefore)|thereby|since|until|unless|rather|through|"
    r"via|during|after|before|using|"
    # a participle, lowercase: never a name in -ing ("Alexander Fleming in 1928")
    r"(?-i:[a-z]\w*ing)\s+(?:from|to|in|on|by|with|at|into|out|over))\b.*$",
    re.I | re.S)
# What may come before a condition that opens a sentence's fact: a summing-up or contrasting
# word ("To sum up, when …", "On the contrary, if …"), or a lead-in ending in a colon ("So
# the rule is: when …"). The condition and its outcome read the same after it.
_BEFORE_CONDITION = (
    r"^\s*(?:[^:,.;]{1,120}:\s*|(?:so|thus|hence|then|finally|similarly|conversely|likewise|"
    r"on\s+the\s+contrary|on\s+the\s+other\s+hand|in\s+other\s+words|to\s+sum\s+up|"
    r"in\s+short|in\s+summary|in\s+general|however|therefore),?\s+)?")
# "When/If …, the subject is/becomes X."
_OUTCOME = re.compile(
    _BEFORE_CONDITION + r"(?:when|if|whenever|once|as\s+soon\s+as)\b[^,]{3,120},\s*"
    r"(?P<subject>[^,]{3,80}?)\s+"
    r"(?:is|are|becomes?|will\s+be|would\s+be|tends?\s+to\s+be)\s+"
    r"(?P<answer>[^,.;:()]+?)\s*[.!]?\s*$", re.I)
_NOT_OBJECT = {"of", "for", "in", "on", "at", "with", "from", "by", "to", "is", "are", "was",
               "were", "and", "or", "as", "that", "which", "it", "them", "this"}
_CAUSE_ONLY_ACTIVE = {"caused", "triggered", "prevented", "inhibited", "stimulated",
                      "produced"}
# What a thing is turned into: "Nitrosomonas converts ammonium into nitrite".
_CONVERTS = re.compile(
    r"\b(?:(?:converts?|converted|(?<!\bin\s)turns?|turned|changes?|changed|breaks?\s+down|"
    r"broke\s+down|broken\s+down|transforms?|transformed|splits?|divides?|divided|separates?|"
    # Not "only to", "in order to": a purpose ("gives correct change only to protect his
    # reputation", a review: junk), the noun "change" before it.
    r"separated)\s+(?:(?!(?:in)?to\b)[^,.;:()]{1,60}?(?<!\bonly)(?<!\border)(?<!\bso\sas)"
    r"\s+(?:into|to)|into)|"
    # What a thing itself becomes: "B cells differentiate into plasma cells", "the larva
    # develops into an adult", "the protest evolved into a revolution".
    r"(?:differentiat(?:es?|ed)|develop(?:s|ed)?|evolv(?:es?|ed)|matur(?:es?|ed))\s+into)"
    r"\s+(?P<answer>[^,.;:()]+)", re.I)
# Who or what did it, in the passive: "The aid was managed by the Economic Cooperation
# Administration", "set up by Congress", "is reabsorbed here by co-transport".
_AGENT = re.compile(
    r"\b(?:is|are|was|were|been|be|being)\s+(?:\w+ly\s+|first\s+|also\s+|then\s+|later\s+)?"
    r"(?:[a-z]+(?:ed|en|wn|ght|de|lt|nt|un|ung)|set|put|cut|led|held|kept|left|met|paid|sold|"
    r"told|read|run|won|hit|struck|built|sent|spent|made|found)"
    r"(?:\s+(?:up|out|down|off|over|back|on|in|here|there|mainly|mostly|largely|only))?"
    r"\s+by\s+(?P<answer>[^,.;:()]+)", re.I)
# "by far", "by then", "by contrast": "by" that names no one.
_NO_AGENT = {"far", "then", "now", "contrast", "definition", "way", "means", "chance",
             "accident", "default", "hand", "itself", "themselves", "comparison", "nature"}
# Where an agent's phrase ends: at its first preposition ("George Marshall in a speech").
_AGENT_END = re.compile(r"\s+(?:in|at|on|from|to|into|during|after|before|under|over|with|"
                        r"against|between|across|throughout|within|without|among)\b.*$",
                        re.I | re.S)
# A year on its own, to ask: not a range ("1715-1900"), a decade ("1990s") or a page number.
_YEAR = re.compile(rf"(?<![\d\-–/.])\b{YEAR_DIGITS}\b(?![\d\-–/]|s\b|\.\d)")
# What a date follows: a preposition of time, a month (and day), or nothing ("1884 Germany
# builds …"); not a name ("the ESC 2021 guideline" is an edition, not a date to learn).
# A month by its name in full, never abbreviated; not in Dutch, and not Portuguese
# "novembro", which the list typed here left out: reading either is a change of which years
# are asked, to check on the corpora, not a tidy of the lists.
_DATED_MONTHS = months.alternation(
    name for name in months.names(months.ENGLISH, months.FRENCH, months.SPANISH, months.GERMAN,
                                  months.ITALIAN, months.PORTUGUESE) if name != "novembro")
_DATED = re.compile(
    r"(?:^|\b(?:in|on|by|since|from|until|till|after|before|during|around|about|circa|c\.|"
    r"year|early|late|mid|"
    # The same in the other languages lecture notes are written in: "En 1927, les deux
    # scientifiques obtiennent …", "Im Jahr 1905 veröffentlichte Einstein …", "Nel 1861
    # l'Italia …", "el 14 de julio de 1789", "le 14 juillet 1789".
    r"en|dans|depuis|après|avant|vers|dès|année|im|seit|nach|vor|um|jahre?|nel|dal|dopo|"
    r"anno|desde|hasta|hacia|año|em|até|após|ano|"
    rf"{_DATED_MONTHS})\s+(?:de\s+|del\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th|er)?\.?,?\s+(?:de\s+)?)?)\W*$", re.I)
_BE = {"is", "are", "was", "were", "be", "been", "being"}
# An amount and its unit: a sum ("$400 mn", "£2 bn"), a percentage, or a number with a unit
# of measure or count ("20 micro meters", "37/38 ATP molecules"). Not a duration: "after 20
# minutes", "the next 40 years" are mostly a story's detail, not its fact.
_UNITS = (r"(?:"
          # astronomy's ("0.08 M☉", "1.4 solar masses", "8 light-years", "10 Myr"), before the
          # metre: "0.08 M" was asked, its "☉" left after the gap
          r"(?-i:[MLR](?:☉|⊙|_?sun))|solar\s+(?:mass(?:es)?|radii|radius|luminosit(?:y|ies))|"
          r"light[\s-]years?|(?-i:[kMG]?pc|AU|[kMG]yrs?)|"
          r"%|per\s*cent|percent|[mµnck]?m|km|mm|cm|nm|µm|micro\s*met(?:er|re)s?|"
          r"(?:milli|centi|kilo|nano)?met(?:er|re)s?|k?g|mg|kilograms?|grams?|m?l|litres?|"
          r"liters?|ms|(?<=\s)s|secs?|sek|cycles|[kKMGT]i?B|bits|bytes|m/s|km/h|mph|[kMG]Hz|mol|mmol|[µu]mol|"
          r"k?Pa|atm|ppm|"
          # electronics' and mechanics' units ("must stay below 10 µA", "above 10 MΩ",
          # "about 17 GPa"); a capital's unit only as a capital ("5 N", not "5 n")
          r"(?-i:[mµnp]?A|[kM]?N|[mµnp]F)|amps?|amperes?|[kMG]?Ω|ohms?|dB|newtons?|[MG]Pa|"
          r"µV|µs|ns|"
          r"°[CF]?|degrees?|kcal|calories|k?J|joules|W|watts|m?V|volts|Hz|bpm|mmHg|"
          r"mn|bn|million|billion|thousand|trillion|times|fold|ATP(?:\s+molecules)?|"
          r"molecules|atoms|chromosomes|pairs|ions|electrons|protons|carbons?|"
          r"people|deaths|casualties|troops|soldiers|members|states|countries)")
# A unit per another, as clinical and lab notes write a rate or a concentration ("2 mmol/L",
# "0.5 mL/kg/h", "12 × 10⁹/L"), or a count per time with no unit before it ("20/min", "60/s"):
# the "/…" is part of the amount, never left after its gap.
# ("/t" is the hour of Danish and Norwegian notes: "0,5 ml/kg/t".)
_PER = r"(?:/(?:[mµnd]?[lL]|kg|g|m[²2]|min|h|hr|t|s|day|d|wk|week))"
_AMOUNT = re.compile(
    r"(?<![\w.,/-])(?:[$£€]\s?)?\d[\d,.]*(?:/\d+)?(?:\s*[-–]\s*\d[\d,.]*)?\s*"
    r"(?:(?:×\s*10[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s*)?" + _PER + r"+|"
    # (A letter before an apostrophe is an elided article, no unit: "1918 l'Europa".)
    # (Nor "S." a number follows: "Art. 77 Abs. 1 S. 1" is a law's sentence 1, the German
    # "Satz", no second; "10 s. 5 runners …" is 10 seconds.)
    rf"{_UNITS}{_PER}*)(?![\w/'’☉⊙])(?!(?<=(?-i:S))\.\s*\d)", re.I)
# A duration is an amount too where it is measured, not a story's detail (issue 14: the
# clinical, lab and science notes written for cov17): a range ("the full effect takes 3–5
# days", "peak in 2–4 hours"), or one number after a word that measures the time ("within 6
# hours of admission", "turned every 2 hours", "in as little as 2 hours", "lasts 28 days").
# Not after "after", "for", "in" alone ("after 20 minutes the troops …").
_DURATION_UNITS = (r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|"
                   r"years?|yrs?"
                   # (the same in the languages clinical notes are written in: "inden for 1
                   # time", "efter 2-4 timer", "entro 6 ore", "dentro de 3 horas")
                   r"|sekunder|minutter|timer|døgn|dage|dager|dagar|uger|uker|veckor|"
                   # (not English "2 time steps", "3 time zones")
                   r"time(?!\s+(?:steps?|zones?|units?|slots?|constants?|periods?|points?|"
                   r"series|scales?|frames?)\b)|måneder|månader|Stunden?|Tagen?|Wochen|Monaten?|Jahren?|"
                   r"secondi|minuti|ore|ora|giorni|settimane|mesi|anni|segundos|minutos|horas?|"
                   r"días|semanas|meses|años|secondes|heures?|jours|semaines|mois)")
_DURATION = re.compile(
    r"(?<![\w.,/-])(?P<amount>\d[\d,.]*\s*[-–]\s*\d[\d,.]*\s*" + _DURATION_UNITS + r")(?![\w/'’-])"
    r"|\b(?:within|every|takes?|took|taking|lasts|lasted|lasting|up\s+to|at\s+least|"
    r"at\s+most|as\s+little\s+as|as\s+long\s+as|no\s+more\s+than|no\s+less\s+than|"
    r"half-life\s+of|inden\s+for|innen(?:\s+for)?|inom|innerhalb(?:\s+von)?|entro|"
    r"dentro\s+de|en\s+menos\s+de|en\s+moins\s+de|toutes\s+les|ogni|cada|hver)\s+"
    r"(?:(?:about|around|approximately|roughly|only|just|nearly|"
    r"almost|over|under)\s+)?(?P<measured>\d[\d,.]*\s*" + _DURATION_UNITS + r")(?![\w/'’-])", re.I)
# A count in digits of what a thing has or holds, the noun after it its unit (issue 14,
# notes written for cov17): "The adult skeleton has [206 bones]", "Saturn has [146 known
# moons]", "The genome contains about [20,000 genes]". _COUNT reads a count in words.
_COUNT_STOP = r"(?!(?:in|of|on|at|per|and|or|for|with|each|that|which|who|to|from|by)\b)"
_COUNTED = re.compile(
    r"\b(?:has|have|had|contains?|contained|consists?\s+of|comprises?|comprised)\s+"
    r"(?:(?:about|around|roughly|approximately|only|exactly|just|at\s+least|over|"
    r"more\s+than|nearly|almost|some|up\s+to)\s+)?"
    r"(?P<amount>\d[\d,.]*(?:\s*[-–]\s*\d[\d,.]*)?(?:\s+(?:million|billion|thousand))?"
    rf"\s+(?:{_COUNT_STOP}[a-z][\w-]*\s+)?{_COUNT_STOP}[a-z][\w-]*)(?![\w-])", re.I)
_NUMBER = re.compile(r"(?<![\w.])\d[\d,.]*(?:/\d+)?")
_LIST_GOES_ON = re.compile(r",\s*\w+(?:\s+\w+)?\s*(?:,|and\b|or\b)")
# (Not the French "figure de diffraction", a pattern the sentence describes, no figure.)
_POINTS_AT_A_FIGURE = re.compile(
    r"\b(?:figure(?!\s+d(?:e\b|['’]))|fig\.|diagram|graph|chart|image|picture|shaded|"
    r"shown\s+(?:above|below))\b", re.I)
# "Demand is price inelastic.": a short sentence whose predicate is the fact. The subject is
# named, never a pronoun ("This is …" says nothing out of its list).
# A predicate any sentence of notes could end on, guessed without knowing the subject:
# "Early GDMT initiation is [crucial]!" (card-quality.md: no guessable filler).
_FILLER = (r"(?:very\s+|so\s+|really\s+|extremely\s+)?(?:important|crucial|essential|vital|key|"
           r"critical|necessary|significant|useful|helpful|relevant|interesting)")
_PREDICATE = re.compile(
    r"^\s*(?P<subject>(?!(?:it|this|that|these|those|they|there|he|she|we|you|which|who|what|"
    r"everything|something|anything|nothing|all|each|both|some|many|most|one|here)\b)[A-Za-z][\w/'’-]*(?:\s+[\w/'’-]+){0,3}?)\s+(?:is|are|becomes?|remains?|"
    # a rule's predicate: "The root node must be black", "Keys must be unique", "A red
    # node's children cannot be red"
    r"(?P<rule>(?:must|should|cannot|can't|(?:has|have)\s+to)(?:\s+(?:not|always|never))?"
    r"\s+be))\s+"
    r"(?:(?:very|more|less|highly|relatively|usually|often|always|generally|mostly)\s+)?"
    r"(?P<answer>(?!(?:a|an|the|not|also|one|used|known|called|made|found|able|being|"
    r"\w+ing|\w+ed)\b)(?!(?:" + _FILLER + r")\s*[.!]?\s*$)[^,.;:()]+?)\s*[.!]?\s*$", re.I)
MAX_PREDICATE_WORDS = 3
_ONE_NOUN_AFTER_ARTICLE = re.compile(r"(?:the|a|an)\s+\S+", re.I)
# What a thing does, in the verbs notes state facts with: "<subject> <verb> <what>".
_DOING = (
    r"releases?|released|secretes?|secreted|produces|contains?|stores?|carries|carry|"
    r"transports?|absorbs?|engulfs?|destroys?|destroyed|kills?|attacks?|activates?|binds?|"
    r"detects?|recogni[sz]es?|protects?|controls?|regulates?|stimulates|inhibits|"
    r"matures?|develops?|stays?|remains|lives?|lasts?|travels?|moves?|flows?|enters?|"
    r"leaves|forms?|makes|provides?|allows?|enables?|helps?|needs?|requires?|uses?|"
    r"connects?|links?|joins?|sends?|receives?|pumps?|filters?|digests?|breaks|builds|"
    r"supplies|supply|coordinates?|directs?|holds?|keeps?|covers?|lines?|surrounds?|"
    r"refused|rejected|signed|founded|invaded|declared|introduced|announced|proposed|"
    r"created|launched|abolished|passed|won|lost|led|ruled|built|defeated|sent|received|"
    r"joined|formed|set\s+up|argued|believed|wanted|feared|saw|supported|opposed|"
    r"removes?|returns?|adds?|gives|takes|brings?|sets|cuts?|frees|freed|replaces?|replaced|"
    r"ends|ended|began|begins|started|starts|opened|expanded|reflects?|emits?|hides?|"
    r"maps?|translates?|holds|serves?|handles?|stores|sends|"
    # what a law, a theory or a thinker says: "Hess's law states that …", "Kant argued …"
    r"states|stated|argues|claims?|claimed|suggests?|suggested|proposes|predicts?|"
    r"predicted|assumes?|assumed|describes|explains?|explained|shows|showed|found|"
    r"demonstrated|emphasi[sz]es?|emphasi[sz]ed|focuses|focused|influences?|influenced|"
    r"affects?|affected|depends|measures|encodes?|codes|attaches|replicates?|says|said|"
    # what a part or a substance does, in science notes: "Bile emulsifies fats", "Red
    # blood cells lack a nucleus", "The vagus nerve slows the heart rate"
    r"lacks?|slows|emulsifies|catalys(?:es|e)|catalyz(?:es|e)|hydrolys(?:es|e)|"
    r"oxidi[sz]es|transmits?|conducts?|excretes?|guarantees?|erodes?|transfers?|"
    r"forwards?|blocks?|reverses?|"
    # what a named quantity says, in engineering notes: "The gain-bandwidth product tells
    # us how the gain trades off against the bandwidth", "The Q factor determines …"
    r"tells\s+us|determines|quantifies|characteri[sz]es|"
    # who found or made a thing, in psychology, science and history notes: "Milgram
    # studied obedience", "Fleming discovered penicillin", "Bandura developed …"
    r"studied|investigated|discovered|invented|wrote|developed|coined|identified|"
    r"pioneered|devised|formulated")
# "takes place in the cytoplasm and produces 2 ATP": a second verb ends the phrase.
_AND_THEN = re.compile(rf"\s+and\s+(?:also\s+)?(?:{_DOING}|produces?|causes?|leads?|results?)"
                       r"\b.*$", re.I | re.S)
# A connective that opens a contrast ("Whereas arteries carry blood away from the heart,
# veins …"): no word of the subject after it, and never part of a gap (quality.weak_answer).
_CONTRAST_LEAD = r"(?:(?P<lead>whereas|while|whilst|although|though|even\s+though)\s+)?"
# An adverb between a subject and its verb ("Mast cells also release …"), in every reading
# of a subject's own verb (_DOER, names_own_subject).
_ADVERBS = r"\w+ly|also|only|then|still|often|usually|mainly|always|later|first"
_DOER = re.compile(
    rf"^\s*{_CONTRAST_LEAD}(?P<article>(?:the|a|an)\s+)?"
    r"(?P<subject>[A-Za-z][\w+'’-]*(?:\s+[\w+'’-]+){0,3}?)\s+"
    rf"(?:(?:{_ADVERBS})\s+)?"
    rf"(?P<verb>{_DOING})\s+(?P<rest>[^,;:]+)", re.I)
_PAST = {"won", "lost", "led", "built", "sent", "saw", "set up"}
# Where a participle's "is" was left out, a place or means follows it straight away ("lost
# from STM", "transported across the membrane"); an active past verb takes its object
# first ("refused Marshall Aid").
_PASSIVE_PLACE = re.compile(r"(?:from|through|across|via|within|during|under)\b", re.I)
# A word that may be a verb ("increases", "was", "reduced"), never inside a subject's name.
_VERB_LIKE = re.compile(r"(?:[^s'’us]s|es|ed)$", re.I)
# Subjects anyone could be, or words that make a phrase no subject.
# (A reference anyone reads, "Wikipedia describes …", is where the notes came from, no doer;
# nor is what anyone has, "Experience suggests that an object at rest …", en20.)
_NOT_DOERS = frozenset("""
    people person humans someone everyone anyone we you they he she it this that these those
    there here which who what one both all some many most each every other others such
    historians scientists researchers students teachers experts critics economists
    farmers patients doctors individuals users kids children adults men women parents
    wikipedia google chatgpt youtube textbook website
    experience intuition evidence observation observations experiment experiments
    and or of with in on at by for from to as not no
    can could may might must will would shall should be been is are was were has have had
    do does did
""".split())
_LEADING = re.compile(r"^(?:(?:a|an|the)\s+)", re.I)
# "reduces anaerobic conditions too": an adverb after the phrase is no part of it.
_TRAILING = re.compile(r"(?:\s+(?:too|also|again|instead|though|however|then|now|here|there|"
                       r"as\s+well|back|to\s+(?:some|a\s+(?:large|lesser|great|certain))\s+"
                       r"(?:degree|extent)))+$", re.I)


# A sentence that sets up a problem or derivation ("Consider steady flow along a pipe …",
# "Suppose a firm raises its price …", "Let X be …") tells the reader what to imagine and
# states nothing that is so: "Consider [steady flow] along a pipe" asked the word the lecturer
# chose (blind review: junk).
# So does a step of the derivation after it ("It follows that the output spectrum … is the
# input spectrum multiplied by the [frequency response]", "Substituting $v = \omega r$ …"):
# what it says holds for the argument, and its fact is the sentence it follows from (en20).
# The words a set-up opens on in the Romance languages notes are written in: "Vediamo se
# questa è una strategia valida." asked "[Vediamo se questa]" (blind sample 3502: junk).
# (Not "notiamo", "osserviamo", "observemos": "we note that …" states a fact.) The Markdown
# reader's _NOT_TERMS holds them too: no set-up word is a term.
SET_UP_WORDS_ABROAD = ("vediamo", "consideriamo", "supponiamo", "veamos", "consideremos",
                       "supongamos", "voyons", "considérons", "supposons", "vejamos",
                       "suponhamos")
_STEPS = (r"consider|suppose|imagine|assume|let|it\s+follows\s+that|substituting|rearranging|"
          + "|".join(SET_UP_WORDS_ABROAD)
          + r"|betrachten\s+wir|nehmen\s+wir|sehen\s+wir")
_SETS_UP = re.compile(rf"\s*(?:{_STEPS})\b", re.I)
_SETS_UP_ANYWHERE = re.compile(rf"\b(?:{_STEPS})\b", re.I)


@lru_cache(maxsize=ARTICLE_CACHE)  # asked of every fact the generator reads, and facts repeat
def set_up_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The sentences of `text` that set up a problem (_SETS_UP), as (start, end): a phrase
    there names nothing that is so, whichever reading found it."""
    if not _SETS_UP_ANYWHERE.search(text):
        return ()
    return tuple(sentence.span() for sentence in _SENTENCE.finditer(text)
                 if _SETS_UP.match(sentence.group())) + _worked_then_spans(text)


# "Suppose a 2 kg book rests on a table. Then the normal force balances the weight, so
# $N = 19.6\ \mathrm{N}$.": the sentence after a set-up with a number in it works that one
# problem out; asked, "Then the [normal force] balances the weight" (mathdef21: junk). A
# set-up with no number ("Suppose $f$ is continuous on $[a,b]$. Then $f$ has a maximum.")
# states a theorem, and its "Then" sentence stays.
_THEN = re.compile(r"\s*(?:then|so|hence|therefore)\b", re.I)
# A given value: a number with its unit ("a 2 kg book", "at 15 m/s"), not a bound a theorem
# states ("Suppose p is a prime greater than 2. Then p is odd.", the code review).
_GIVEN_VALUE = re.compile(r"\d\s*(?:[kcmµμn]?(?:g|m|s|N|J|W|V|A|Hz|Pa|L|l)|kg|km|mph|°C?|K|"
                          r"mol|ohms?|Ω|min|h|hours?|seconds?|metres?|meters?|newtons?|joules?)"
                          r"(?![^\W\d_])")


def _worked_then_spans(text: str) -> tuple[tuple[int, int], ...]:
    sentences = list(_SENTENCE.finditer(text))
    return tuple(after.span() for before, after in zip(sentences, sentences[1:], strict=False)
                 if _SETS_UP.match(before.group()) and _GIVEN_VALUE.search(
                     re.sub(r"\\\(.+?\\\)", " ", before.group()))
                 and _THEN.match(after.group()))


def _statement_spans(text: str, doer: bool = True,
                     shapes: tuple | None = None) -> Iterator[tuple[int, int]]:
    """Each phrase a card could hide, by the shapes of the module docstring, best first: one
    a sentence, in order. `shapes`: only these finders, in their order."""
    shielded = shield_math(text)  # a formula is never cut into or read as words
    # "(The better the performance, the narrower the distribution.)": brackets around the
    # whole text type it as an aside of the notes, not as a side remark of a sentence;
    # what is inside is asked as it would be without them (spaces keep the offsets).
    outer = _WHOLLY_BRACKETED.match(shielded)
    if outer:
        inside = outer.end("inside")
        shielded = f" {shielded[1:inside]} {shielded[inside + 1:]}"
    # Where code spans stand, for a year or an amount inside one (below).
    code = code_spans(shielded) if "`" in shielded else []
    # A year or an amount only where nothing more; the doer only where nothing else.
    for find in shapes or (_find, _year, _quantity, _doer)[:None if doer else -1]:
        for sentence in _SENTENCE.finditer(shielded):
            if _POINTS_AT_A_FIGURE.search(sentence.group()):
                continue  # "the shaded area represents …": answered from a figure not shown
            if _SETS_UP.match(sentence.group()):
                continue  # "Consider steady flow along a pipe …": a problem's set-up, no fact
            start = sentence.start()
            if start and shielded[start - 1] == "." and shielded[start:start + 1].isdigit():
                continue  # "≈ 26.1%": a decimal point ended no sentence
            found = find(shielded[start:sentence.end()])
            # A sentence ends at "c." too: brackets are counted in the whole text. A name in
            # the bracket that closes its sentence was read so by _find (names_the_sentence),
            # where the bracket opens in that sentence; one opened before it ("(e.g. one is
            # called propranolol)", cut at "e.g.") was never seen by _find, so is not asked.
            if found is not None and (not in_brackets(shielded, start + found[0]) or (
                    find is _find and in_brackets(sentence.group(), found[0])
                    and _CLOSES_SENTENCE.match(sentence.group(), found[1]))) and \
                    not (find in (_year, _quantity) and code
                         and in_spans(code, start + found[0])):
                # (Not a year or an amount inside code: "`[1932] AC 562 (HL)`", a case's
                # citation, asked "`[[1932]] AC 562`".)
                yield start + found[0], start + found[1]


@lru_cache(maxsize=ARTICLE_CACHE)  # the reader asks it of a text, then generate; facts repeat
def clean_statement_span(text: str, doer: bool = True) -> tuple[int, int] | None:
    """The first phrase _statement_spans finds that no other words of `text` give
    away (quality.giveaways): a guessed gap must be a clean one ("a decrease in price
    results in a decrease in …" asks nothing; a later sentence of the paragraph may).
    `doer`: the subject of what a sentence says it does is a shape too (the last one)."""
    return next(_clean(text, _statement_spans(text, doer)), None)


@lru_cache(maxsize=ARTICLE_CACHE)  # a fact with no mark asks it, and facts repeat
def clean_statement_spans(text: str) -> tuple[tuple[int, int, bool], ...]:
    """Every phrase of `text` that clean_statement_span could choose, in its order, each
    with whether it is a sentence's doer (its subject): the generator picks among them
    (generate._stated) where the first is the article's topic or a name the text repeats.
    Worked out once per text: 20,000 copies of one fact spent half their build here."""
    said = _clean(text, _statement_spans(text, shapes=(_find, _year, _quantity)))
    doers = _clean(text, _statement_spans(text, shapes=(_doer,)))
    return (*((*found, False) for found in said), *((*found, True) for found in doers))


def _clean(text: str, spans: Iterator[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The `spans` of `text` no other words of it give away, by a word of the answer or,
    for a gap that asks only which way, by a direction the sentence says (direction_told)."""
    return (found for found in spans if not giveaways(text, text[found[0]:found[1]], (found,))
            and not direction_told(text, *found) and not _head_told(text, *found)
            and not _law_told(text, *found) and not _relation_told(text, *found))


_STATES_THAT = re.compile(r"\s+(?:states|says|tells\s+us|asserts|holds|predicts|guarantees)"
                          r"\s+that\b", re.I)


def _law_told(text: str, start: int, end: int) -> bool:
    """Whether the law named at `start`-`end` of `text`, which states what its sentence says
    ("[Newton's first law] states that …"), is named elsewhere in `text` without its owner
    ("… The first law is also known as …"): which of the owner's laws is then told (prose18)."""
    words = text[start:end].split(maxsplit=1)
    if len(words) < 2 or len(words[1].split()) < 2 or not _STATES_THAT.match(text, end):
        return False
    return re.search(rf"(?<![\w'’]){re.escape(words[1])}(?!\w)",
                     f"{text[:start]} {text[end:]}", re.I) is not None


@lru_cache(maxsize=ARTICLE_CACHE)  # each gap of a text asks which sentence holds it
def _sentences(text: str) -> tuple[tuple[re.Match, ...], tuple[int, ...]]:
    """The sentences (_SENTENCE) of `text`, and where each starts, in order."""
    found = tuple(_SENTENCE.finditer(text))
    return found, tuple(m.start() for m in found)


def _sentence_holding(text: str, at: int) -> re.Match | None:
    """The sentence (_SENTENCE) of `text` that holds the position `at`, or None. Found by
    bisection: a scan per gap was gaps × sentences on a long paragraph (code review)."""
    found, starts = _sentences(text)
    i = bisect_right(starts, at) - 1
    return found[i] if i >= 0 and at < found[i].end() else None


def _fills_role(text: str, start: int, end: int) -> bool:
    """Whether the gap [start, end) of `text` is the filler of a role its sentence opens on."""
    m = _sentence_holding(text, start)
    if m is None:
        return False
    found = _role(m.group())
    return found is not None and (m.start() + found[0], m.start() + found[1]) == (start, end)


def _head_told(text: str, start: int, end: int) -> bool:
    """Whether `text` says the head (last word) of a guessed gap of several words elsewhere:
    "The first-line treatment for acute ischaemic stroke is [intravenous thrombolysis].
    However, thrombolysis is contraindicated …" (a learner's read: the next sentence gives
    it away). A gap the author marked keeps its head shown beside it, a contrast to recall
    ("a weak acid" beside "[strong acid]", quality.shows_answer); a guessed one need not
    be asked where its own text leaves one word to guess. Only a role's filler (_role) is
    so judged: what fills "the first-line treatment" is one thing, whole or not at all.
    Other guessed gaps keep their cards (four of the dev sets' notes)."""
    words = content_words(text[start:end])
    if len(words) < 2 or not _fills_role(text, start, end):
        return False
    head = words[-1][2]
    return any(related(st, head) for s, e, st in content_words(text)
               if (e <= start or s >= end) and len(st) >= 4)


def doer_object(text: str, start: int) -> tuple[int, int] | None:
    """What the doer at `start` of `text` does it to ("DNS queries normally use **UDP** on
    port 53"), to its first preposition or clause: the sentence's new information, where its
    subject is the topic every card of the section is about."""
    sentence = _sentence_holding(text, start)
    if sentence is None:
        return None
    at = sentence.start()
    match = _DOER.match(sentence.group())
    if not match or at + match.start("subject") != start:
        return None
    answer = _agent_answer(match["rest"])
    found = _tidy(sentence.group(), match, answer, group="rest")
    if found is None:
        return None
    found = (at + found[0], at + found[1])
    return None if giveaways(text, text[found[0]:found[1]], (found,)) else found


# A fragment under the name of a part saying what happens there: "Site of aerobic
# respiration." under "Mitochondria". Only as the fragment's opening: "X is the site of …"
# is a definition of X, asked by its name.
_SITE = re.compile(r"^\s*(?:the\s+)?(?:main\s+|primary\s+|major\s+|principal\s+|only\s+)?"
                   r"(?:site|location)s?\s+of\s+(?P<answer>[^,.;:()]+)", re.I)


def _site(sentence: str) -> tuple[int, int] | None:
    match = _SITE.match(sentence)
    if match is None:
        return None
    return _tidy(sentence, match, _agent_answer(match["answer"]))


# "The main cause of the war was the alliance system", "Main tool is the base interest
# rate": a role of a named thing and what fills it. The role is qualified ("main", "of the
# war"): "The result was …" alone points back at what it is the result of. Not a clause
# ("The aim was to …", "The problem is that …"): a noun phrase only.
# What is most common of a thing is its role filled too, in clinical and science prose: "The
# most common etiologies of left heart failure are …", "The leading cause of … is …"; and
# the role of a thing said with "for": "The main risk factor for stroke is hypertension",
# "The first-line treatment for asthma is …".
_ROLE_QUALIFIERS = (r"main|chief|key|primary|principal|biggest|major|immediate|underlying|"
                    r"long-term|short-term|overall|most\s+important|only|most\s+common|"
                    r"commonest|most\s+frequent|leading|first[\s-]line|second[\s-]line|preferred|"
                    r"definitive|initial")
_ROLES = (r"cause|reason|result|aim|purpose|goal|effect|consequence|outcome|tool|function|"
          r"role|advantage|disadvantage|problem|weakness|strength|trigger|source|product|"
          r"instrument|target|symptom|treatment|a?etiolog(?:y|ies)|complication|type|form|"
          r"risk\s+factor")
_FILLED_ROLE = re.compile(
    rf"^\s*(?:the\s+)?(?P<qualifier>(?:(?:{_ROLE_QUALIFIERS})\s+)*)(?:{_ROLES})s?"
    r"(?P<of>\s+(?:of|for)\s+[^,;:()]{1,60}?)?\s+(?:is|was|are|were)\s+"
    r"(?!(?:that|to|not|also|because|when|where|how|why|what|which|this|it)\b)"
    r"(?P<answer>[^,.;:()]+)", re.I)


# A superlative narrows any noun to the one thing (or few) that fills it, as a role's
# qualifier does, whatever the noun (issue 14, notes written for cov17): "The most common
# sites are the sacrum and the heels", "The most abundant gas in the atmosphere is
# nitrogen", "The largest moon of Saturn is Titan". Not a noun that names nothing ("The
# most common thing is …", "The best way is …"), nor a clause after it (as _FILLED_ROLE).
_SUPERLATIVES = (r"most\s+(?:common|frequent|abundant|prevalent|widely\s+used|important|"
                 r"dangerous|serious|effective|reactive|massive|distant|populous)|"
                 r"least\s+(?:common|frequent|abundant|reactive)|commonest|rarest|largest|"
                 r"smallest|biggest|longest|shortest|highest|lowest|heaviest|lightest|"
                 r"oldest|youngest|earliest|latest|fastest|slowest|brightest|deepest|"
                 r"hottest|coldest|strongest|weakest|nearest|closest|leading|first|last|"
                 r"only")
_VAGUE_HEADS = (r"thing|things|way|ways|one|ones|step|steps|point|points|part|parts|time|"
                r"times|idea|ideas|example|examples|question|questions|answer|answers|"
                r"sentence|chapter|section|lecture|week|day|year|lesson|rule|rules")
_SUPERLATIVE_ROLE = re.compile(
    rf"^\s*(?:by\s+far\s+)?the\s+(?P<qualifier>{_SUPERLATIVES})\s+(?:known\s+)?"
    rf"(?!(?:{_VAGUE_HEADS}|of|to|and|or|is|are|was|were)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?"
    r"(?P<of>\s+(?:of|for|in|on|at|among|within|to|from|found|discovered|recorded|"
    r"described|used)\s+[^,;:()]{1,60}?)?\s+(?:is|was|are|were)\s+"
    r"(?!(?:that|to|not|also|because|when|where|how|why|what|which|this|it|one|usually|"
    r"often|probably|generally|likely|called|known|found|seen|made|used|the\s+same)\b)"
    r"(?P<answer>[^,.;:()]+)", re.I)


# A long name's head before what it is of: "generalized eigenspace" of "the generalized
# eigenspace of the matrix", "multiplicité algébrique" of "… de la valeur propre". Two words
# or more, the first not an article ("the law of gravity" is no "[the law]"), in small
# letters: "Déclaration des droits de l'homme" is one name, not cut at its "des".
_NAME_BEFORE_ITS_OWNER = re.compile(
    r"(?:(?:the|a|an|la|le|l['’]|el|il|der|die|das)\s+)?"
    r"(?P<name>(?!(?:the|a|an|la|le|el|il|der|die|das)\s)(?-i:[a-zà-ÿ])\S*(?:\s+\S+){1,3}?)"
    r"\s+(?:of|de|del|des|du|di|dell['’]|della|dello|degli|delle|der|des|von)\b", re.I)


def role_opening(text: str) -> bool:
    """Whether `text` opens on a role ("The main cause of the war was …", "The result was
    …"): not a term a definition names (readers). Qualified, it is the fact of what fills
    the role (_role); bare, it points back at what it is the role of, and asks nothing."""
    return _FILLED_ROLE.match(text) is not None or _SUPERLATIVE_ROLE.match(text) is not None


def _role(sentence: str) -> tuple[int, int] | None:
    match = _FILLED_ROLE.match(sentence)
    if match is None or not (match["qualifier"] or match["of"]):
        match = _SUPERLATIVE_ROLE.match(sentence)
        if match is None:
            return None
    return _tidy(sentence, match, _agent_answer(match["answer"]))


def _find(sentence: str) -> tuple[int, int] | None:
    site = _site(sentence) or _role(sentence)
    if site:
        return site
    for pattern in (_NAMED, _NAMED_ABROAD, _NAMED_GERMAN, _CALLED_GERMAN, _NAMED_TURKISH,
                    _PROPORTION, _OUTCOME, _CONDITIONED_CHANGE):
        match = pattern.search(sentence)
        if match is None or in_brackets(sentence, match.start()) and \
                not names_the_sentence(sentence, match):
            continue
        if _worth(match["answer"]):
            return match.span("answer")
        if pattern in (_NAMED, _NAMED_ABROAD, _NAMED_GERMAN, _CALLED_GERMAN) and \
                (head := _NAME_BEFORE_ITS_OWNER.match(match["answer"])) and _worth(head["name"]):
            # "… is called the generalized eigenspace of the matrix", "… est appelé la
            # multiplicité algébrique de la valeur propre": the name is asked, what it is
            # of stays on the card (whole, the answer was too long and no card was made).
            return match.start("answer"), match.start("answer") + head.end("name")
    found = _alias_of_told_name_cjk(sentence)
    if found:
        return found
    found = _named_cjk(sentence) or _defines_cjk(sentence) or _so_called_cjk(sentence) or \
        _defined_as_cjk(sentence) or _copula_cjk(sentence)
    if found:
        return with_gloss_cjk(sentence, found)
    found = _relation_cjk(sentence) or _condition_cjk(sentence) or \
        _condition_at_symbol_cjk(sentence) or _so_called_property_cjk(sentence) or \
        _law_said_cjk(sentence) or _meaning_cjk(sentence) or _glossed_subject_cjk(sentence)
    if found:
        return with_gloss_cjk(sentence, found)
    match = _PREDICATE.match(sentence)
    if match and len(match["answer"].split()) <= MAX_PREDICATE_WORDS and _worth(match["answer"]) \
            and not (match["rule"] and _ONE_NOUN_AFTER_ARTICLE.fullmatch(match["subject"])):
        # "The answer must be [correct]": a rule of one noun after "The" is about whatever
        # the text was discussing, no named thing ("The root node must be black" is).
        return match.span("answer")
    return _cause(sentence, _CONVERTS) or _cause(sentence) or _agent(sentence) or \
        _reason(sentence) or _foreign_fact(sentence)


def _reason(sentence: str) -> tuple[int, int] | None:
    """What a sentence's named subject depends on (_DEPENDS), or the reason it gives for
    what that subject does (_BECAUSE), to its first
    clause after ("…, so", "which …"). Not where a short predicate is what the reason
    explains ("Synapses are [one-directional] because …": _QUALITY asks that)."""
    match = _DEPENDS.match(sentence) or _BECAUSE.match(sentence)
    if match is None or _QUALITY.match(sentence) or _ANOTHER_REASON.search(match["said"]):
        return None  # "ended not because of the blockade but because of …": which?
    words = [w.casefold() for w in match["subject"].split()]
    if any(w in _NOT_DOERS and w not in _OF_A_NAME for w in words) or \
            words[0] in _VAGUE_SUBJECTS or words[0] in ("whether", "how"):
        return None  # "People left because …": no named thing
    found = _tidy(sentence, match, _EFFECT_END.sub("", match["answer"]))
    if found and (_MORE_REASONS.match(sentence, found[1])
                  or _TWO_REASONS.search(sentence, found[0], found[1])):
        return None
    return found


# A trend: which way a named thing goes as something else changes ("Boiling point increases
# as the chain gets longer", "Melting points decrease down the group"), or how it compares
# ("Staggered conformers are lower in energy than eclipsed ones"). The direction is the fact
# a learner recalls; the rest of the sentence is the clue. The subject is named (never "It
# increases with temperature": a card with no thing to be about), opens the sentence, and
# holds no verb ("When price rises …" is a condition, not a subject).
_DIRECTION = (r"increas(?:es|ed|e)|decreas(?:es|ed|e)|rises?|rose|falls?|fell|declines?|"
              r"declined|drops?|dropped|grows?|grew|shrinks?|shrank|"
              r"(?:goes|go|went)\s+(?:up|down)")
# A word that links a sentence to the one before and is no part of its subject: "However,
# the cerebellum is responsible for …", "Practically, propofol is used for …". Without it
# the sentence states the same fact of the same named subject.
_LINKING_LEAD = (
    r"(?:(?:however|therefore|thus|hence|moreover|furthermore|also|besides|in\s+addition|"
    r"in\s+practice|in\s+general|in\s+fact|indeed|practically|typically|generally|usually|"
    r"normally|nowadays|today|eventually|finally|ultimately|similarly|likewise|"
    r"consequently|in\s+contrast|by\s+contrast|overall|over\s+time|initially|at\s+first|"
    r"in\s+the\s+end|in\s+summary|in\s+short|importantly|notably|crucially)\s*,\s+"
    # a lecturer pointing at what the reader should see: "Notice that the acceleration of a
    # body is inversely proportional to its mass" states it of the same named subject
    r"|(?:notice|note|observe)\s+that\s+)?")
_TREND_SUBJECT = (
    r"^\s*" + _LINKING_LEAD + r"(?:(?:the|a|an)\s+)?"
    r"(?P<subject>(?!(?:it|its|this|that|these|those|they|their|"
    r"there|he|she|we|you|our|which|who|what|when|whenever|if|as|since|because|although|"
    r"while|so|then|also|and|but|or|one|here)\b)[^\W\d_][\w/'’+-]*(?:\s+[\w/'’+-]+){0,5}?)"
    # "The placenta, an organ of pregnancy, acts as …": an apposition renames the subject,
    # and the sentence states its fact as it would without it (names_own_subject allows it).
    r"(?:\s*,\s+(?:a|an|the)\s+[^,;:.()]{1,60},)?"
    r"\s+(?:(?:\w+ly|also|generally|in\s+general|does|do|did|will|tends?\s+to|still|all)\s+)*")
# How a quantity goes with another ("the stress grows linearly with the rate of strain"): the
# law is the fact, and the card asks it, not "[grows]", which any synonym answers and the
# blind review judged weak.
_RATE = r"linearly|exponentially|quadratically|logarithmically|proportionally|geometrically"
_TREND = re.compile(
    _TREND_SUBJECT + rf"(?P<answer>{_DIRECTION})\s+(?:(?P<rate>{_RATE})\s+|\w+ly\s+)?"
    r"(?:with|as|when|whenever|if|down|up|across|along|towards?|in\s+proportion\s+to)\b",
    re.I)
_THAN = re.compile(
    _TREND_SUBJECT + r"(?:is|are|was|were|has|have|had|becomes?|gets?|tends?\s+to\s+be)\s+"
    r"(?:a\s+)?(?:(?:much|far|slightly|generally|usually|a\s+lot|even)\s+)?"
    rf"(?P<answer>(?:more|less)\s+[a-z]\w*|{_COMPARATIVES})\b[^,;.]{{0,40}}?\s+than\b",
    re.I)

# The comparative of "X releases much less energy than Y", ending right before Y: between the
# two things compared, at most three words after it ("less energy", "more slowly in water").
# "more" or "less" is asked with the word it grades ("less energy"): alone, a common word.
_COMPARED_THAN = re.compile(
    rf"\b(?P<answer>(?:more|less)\s+(?!than\b)[\w-]+|(?!(?:more|less)\b)(?:{_COMPARATIVES}))"
    r"\b(?:\s+[\w-]+){0,3}?\s+than\s+(?:(?:the|a|an)\s+)?$", re.I)


def comparative_before(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the comparative that compares one thing with the next is, when `text[start:end]`
    (the words between them) ends in "… <comparative> … than": "Anaerobic respiration releases
    much [less] energy than aerobic respiration". None for any other words between them."""
    found = _COMPARED_THAN.search(text, start, end)
    if found is None or re.search(r"[.;!?]", text[start:found.start()]):
        return None
    return found.span("answer")


# "If/When …, the subject will rise/falls/will exceed …": what a named quantity does under
# the condition the sentence opens on. _OUTCOME reads the same opening with "is/becomes";
# this, a verb of direction or of one quantity passing another ("If price is too high, the
# quantity supplied will [exceed] the quantity demanded"): the way it goes is the fact, as
# in a trend. The subject is named, never a pronoun ("If this happens, it will rise").
_CONDITIONED_CHANGE = re.compile(
    _BEFORE_CONDITION + r"(?:when|if|whenever|once)\b[^,]{3,120},\s*(?:then\s+)?"
    r"(?!\s)(?!(?:it|its|this|that|these|those|they|there|he|she|we|you|which|who|what)\b)"
    # The subject holds no verb: "quantity demanded would probably fall" is no subject
    # "quantity demanded would probably".
    r"(?P<subject>(?:(?!\b(?:will|would|must|should|can|could|may|might)\b)[^,]){3,80}?)\s+"
    r"(?:(?:will|would|must|should|tends?\s+to|also|then)\s+)*"
    # or which side of another it lies on: "marginal cost must [lie below] it"
    rf"(?P<answer>{_DIRECTION}|exceeds?|exceeded|outweighs?|outweighed|"
    r"(?:lies?|lay)\s+(?:above|below))"
    # Not before "in"/"of": "a percentage increase in price" is a noun, no outcome.
    r"(?=\s*(?:[.!;]|$)|\s+(?:the|a|an|its|their|that|those|it|them|by|to|with|over)\b)",
    re.I)

# A gap that asks only which way a thing goes: "[increases]", "[goes up]", "[lower]".
_ONLY_DIRECTION = re.compile(rf"(?:\w+ly\s+)?(?:{_DIRECTION}|{_COMPARATIVES})", re.I)
# Words that say a direction: a verb of change, a comparative, a cut or a raise.
_SAYS_DIRECTION = re.compile(
    rf"\b(?:{_DIRECTION}|{_COMPARATIVES}|increas\w*|decreas\w*|rais(?:e|es|ed|ing)|"
    r"lower(?:s|ed|ing)|reduc(?:e|es|ed|ing)|cuts?|cutting|(?:goes|go|went|gone)\s+(?:up|down))\b",
    re.I)
# What follows a trend and says why it goes that way: "…, since there are more electrons so
# more london forces", "because the molecule becomes less polar".
_REASON = re.compile(r"\b(?:since|because|due\s+to|owing\s+to|so|hence|thus|therefore|"
                     r"as\s+a\s+result)\b", re.I)
# A bracket that hints: "(think wax vs petrol)", "(e.g. …)", "(compare …)".
_HINT = re.compile(r"\b(?:think|e\.?\s?g\.?|eg|vs\.?|versus|compare|cf\.?|like)(?!\w)", re.I)
# What is paid: one quantity by several names ("rates are cut" is "the cost of borrowing is
# lower").
_PAID = frozenset("cost costs price prices rate rates fee fees charge charges".split())
_CHANGED_THING = re.compile(
    r"(?P<thing>[\w/'’-]+)\s+(?:(?:is|are|was|were|be|been|being|gets?|got|becomes?|has|have|"
    r"had)\s+)*$", re.I)
# The words after an active verb of change: its object, one or two words ("cuts interest
# rates"), either of which may be the changed quantity.
_CHANGED_OBJECT = re.compile(
    r"\s+(?:(?:the|a|an|its|their)\s+)?(?P<thing>[\w/'’-]+)(?:\s+(?P<next>[\w/'’-]+))?")
_NOT_A_THING = frozenset("the a an it they this that these those of".split())


def direction_told(text: str, start: int, end: int) -> bool:
    """Whether the gap [start, end) of `text` asks only which way a thing goes and its own
    sentence says it: a reason that states the mechanism with a direction ("Boiling point
    [increases] as …, since there are more electrons so more london forces"), a hint in
    brackets after it ("viscosity [goes up] with chain length (think wax vs petrol)"), or a
    change of the same quantity ("When rates are cut, the cost of borrowing is [lower]";
    "P/Q [decreases] as price goes down and quantity goes up"). Two reviews judged these
    weak or junk: the card is a coin toss the sentence tips. A trend whose front says no
    direction ("Melting points [decrease] down the group") is asked."""
    if not _ONLY_DIRECTION.fullmatch(text[start:end].strip()):
        return False
    sentence = _sentence_holding(text, start)
    if sentence is None:
        return False
    before, after = text[sentence.start():start], text[end:sentence.end()]
    reason = _REASON.search(after)
    if reason and _SAYS_DIRECTION.search(after, reason.end()):
        return True
    if reason and re.match(r"\s+than\b", after):
        # "Saltatory conduction is much [faster] than conduction along unmyelinated axons,
        # since the impulse jumps between nodes": a comparison has two answers, and the
        # reason after it settles which (a review: junk, "a 50/50 guess … gives it away").
        return True
    if any(_HINT.search(hint) or _SAYS_DIRECTION.search(hint)
           for hint in re.findall(r"\(([^()]*)\)", after)):
        return True
    # The thing the gap is about: the words before it in its clause ("the cost of
    # borrowing is", "P/Q"), up to "of"/"for"/"in" ("Demand for X" is demand).
    clause = re.split(r"[,;:]", before)[-1]
    subject = [w.casefold() for w in re.findall(r"[\w/'’-]+", re.split(
        r"\s(?:of|for|in|on|at)\s", f" {clause} ")[0]) if w.casefold() not in _NOT_A_THING
        and not _SAYS_DIRECTION.fullmatch(w) and w.casefold() not in _BE]
    if not subject:
        return False
    others = f"{before[:len(before) - len(clause)]} \ue001 {after}"
    changed = []
    for match in _SAYS_DIRECTION.finditer(others):
        thing = _CHANGED_THING.search(others[:match.start()])
        if thing and thing["thing"].casefold() not in _NOT_A_THING:
            changed.append(thing["thing"].casefold())
        # Or what an active verb changes, after it: "When the central bank cuts rates, the
        # cost of borrowing will [fall]" says it as "When rates are cut, …" does.
        # (A comparative is no verb: "hold more money" changes no money.)
        done_to = None if re.fullmatch(_COMPARATIVES, match.group(), re.I) else \
            _CHANGED_OBJECT.match(others, match.end())
        # A preposition or "and" after it is no object ("an increase in price" is a noun,
        # "the price rise and demand …" ends the phrase): nothing past it is taken.
        for word in done_to.group("thing", "next") if done_to else ():
            if not word or word.casefold() in _NOT_A_THING | _NOT_OBJECT:
                break
            changed.append(word.casefold())
    return bool(changed) and _same_quantity(subject, changed)


@lru_cache(maxsize=ARTICLE_CACHE)  # asked of each fact that made no card; facts repeat
def told_direction(text: str) -> str | None:
    """The direction a fact of `text` would have asked but its sentence says
    (direction_told), for `check` to name; None when there is none."""
    for start, end in _statement_spans(text, shapes=(_find, _last_shape)):
        if direction_told(text, start, end):
            return text[start:end]
    return None


def _same_quantity(subject: list[str], changed: list[str]) -> bool:
    """Whether the words `subject` name a quantity one of `changed` is: the same word, two
    names of what is paid, or symbols that are the others' initials ("P/Q": price,
    quantity)."""
    stems = {stem(w) for w in subject}
    if any(stem(w) in stems for w in changed):
        return True
    if _PAID & set(subject) and _PAID & set(changed):
        return True
    symbols = [p for w in subject for p in w.split("/") if p]
    return bool(symbols) and all(len(p) == 1 for p in symbols) and \
        all(any(w.startswith(p) for w in changed) for p in symbols)


# What a named thing is for: "The cerebellum is responsible for balance and coordination",
# "myelin is needed for fast conduction". The purpose is the fact, cut where its
# circumstances begin ("… homeostasis, e.g. temperature control").
_ROLE = re.compile(
    _TREND_SUBJECT + r"(?:is|are|was|were)\s+(?:(?:mainly|mostly|largely|also|often|usually|"
    r"typically|generally|primarily|especially|particularly|very|highly)\s+)?"
    r"(?:used|needed|required|responsible|essential|important|necessary|vital|crucial)\s+"
    r"(?:for|to|in)\s+(?P<answer>[^,.;:()]+)", re.I)
# What it was made for, its purpose too: "The telegraph was designed to send messages over
# long distances", "The RPC was designed as a way to abstract the procedure-call mechanism".
_DESIGNED = re.compile(
    _TREND_SUBJECT + r"(?:is|are|was|were)\s+(?:(?:originally|first|mainly|specifically)\s+)?"
    r"(?:designed|intended|built|created)\s+(?:(?:as|to\s+be)\s+(?:a|an)\s+(?:way|means|tool)\s+)?"
    r"to\s+(?P<answer>(?!be\b)[^,.;:()]+)", re.I)
# An article of the other languages notes are written in, left out of a gap as "the" is.
_ARTICLE_ABROAD = (r"(?:(?:un|una|uno|el|la|lo|los|las|le|les|il|gli|des|du|um|uma|o|os)"
                   r"\s+|l['’]|un['’])?")
# Where the next clause of those languages begins: "un fluido bidimensional y este
# comportamiento es …", "… et …", "… che …".
_CLAUSE_ABROAD = re.compile(r"\s+(?:y|e|et|ed|o|ou|pero|mais|ma|que|qui|che|cuando|quand|"
                            r"quando|porque|perché|donde|où|dove)(?:\s.*)?$", re.S)
# _AS_ROLE's verbs of those languages, as they end before the answer: "actúa como (el) …",
# "sert de …", "funge da …".
_AS_ABROAD = re.compile(r"\s(?:como|comme|come|de|da)\s+" + _ARTICLE_ABROAD + r"$", re.I)
# What a named thing is for, in those languages: "El calcio es esencial para la contracción
# muscular", "Le calcium est indispensable à la contraction", "è essenziale per". Not
# "importante para": "El resultado es importante para la teoría" says little.
_ROLE_ABROAD = re.compile(
    _TREND_SUBJECT + r"(?:es|son|est|sont|è|sono|é|são)\s+(?:(?:muy|très|molto|muito|"
    r"también|aussi|anche|também)\s+)?(?:esencial|necesari[oa]s?|fundamental|"
    r"imprescindible|essentiel(?:le)?s?|nécessaires?|indispensables?|"
    r"essenziale|essenziali|necessari[oe]?|fondamentale|essencial|necessári[oa]s?)\s+"
    r"(?:para|pour|à|au|aux|per|pra)\s+" + _ARTICLE_ABROAD + r"(?P<answer>[^,.;:()]+)",
    re.I)
# What a named thing is or does in the role of another: "The placenta acts as a barrier",
# "The thalamus functions as a relay station", "Hippocrates is regarded as the father of
# medicine", "Ribosomes can be considered the protein factories of the cell"; so in the
# other languages notes are written in: "La membrana se comporta como un fluido
# bidimensional", "agit comme", "funge da". The role is the fact. (Not German: its nouns
# are capitalised, so a name the sentence gives is asked first.)
_AS_ROLE = re.compile(
    _TREND_SUBJECT + r"(?:(?:acts?|acted|serves?|served|functions?|functioned|behaves?|"
    r"behaved)\s+(?:as|like)|(?:is|are|was|were|can\s+be|may\s+be)\s+"
    r"(?:(?:\w+ly|often|also|sometimes|still|now)\s+)?"
    r"(?:considered(?:\s+as)?|regarded\s+as|seen\s+as|viewed\s+as|thought\s+of\s+as)|"
    r"(?:se\s+comporta(?:n)?|actúa(?:n)?|funciona(?:n)?|sirve(?:n)?|atua(?:m)?|"
    r"se\s+comporte(?:nt)?|agit|agissent|si\s+comporta(?:no)?|agisce|agiscono)\s+"
    r"(?:como|comme|come)|(?:sert|servent)\s+de|(?:funge|fungono)\s+da)\s+" + _ARTICLE_ABROAD +
    r"(?P<answer>(?!(?:one|being|having|if|though|well|such|part|follows?|important|"
    r"to)\b)[^,.;:()]+)", re.I)
# How a named thing does what it does, the means in -ing: "Enzymes speed up reactions by
# lowering the activation energy", "Plants get their nitrogen by taking in nitrates". A
# lowercase -ing word after "by" (never "by King Henry", "by 5%").
_MEANS = re.compile(
    _TREND_SUBJECT + r"(?P<verb>(?-i:[a-z])[\w'’-]*(?:\s+[^\s,.;:()]+){0,8}?)\s+by\s+"
    r"(?P<answer>(?-i:[a-z]+ing)\b[^,.;:()]*)", re.I)
# The means in Chinese: "安全算法通过寻找是否存在一个安全序列来判断…" (the safety algorithm
# judges … by looking for a safe sequence). The means ends where its sentence says so (来,
# 的方式 …): Chinese puts no space between words, so nothing else tells where it ends. The
# subject opens the sentence and is named, never a pronoun (我们, 它 …).
_MEANS_CJK = re.compile(
    rf"^\s*(?P<subject>(?![我你他她它这那该此其本])[{HAN}\w]{{2,12}}?)"
    r"(?:主要|一般|通常|可以|会)?通过"
    r"(?P<answer>[^，,。；;：:、（）()「」“”\s]{2,16}?)(?:来|的方式|的方法|的手段|的途径)"
    rf"(?=[{HAN}])")
# A name given last in Chinese, after its verb of naming: "…，这一过程称为能量级串。",
# "…的失业率叫做自然失业率", "…被称为政府购买乘数", "$X(j\omega)$ 称为 $x(t)$ 的频谱密度函数";
# and the law a sentence says its fact is: "…，这就是奈奎斯特采样定理。" Chinese writes no
# spaces between words, so the name runs from the verb to the next punctuation mark, past
# the last 的 (what comes before it qualifies the name: "称为系统的内能" names 内能).
# Traditional characters the same: "…稱為自然失業率", "記為", "這就是".
_NAMING_CJK = re.compile(r"(?:(?<![名声宣聲])[称稱][为為]|[称稱]之[为為]|[称稱]作|叫做|叫作|"
                         r"[简簡][称稱](?:[为為])?|[记記][为為]|[记記]作|命名[为為]|"
                         r"[这這]就是|[这這]便是|[这這]就叫做?|此即(?:为|為|是)?|"
                         # "则称 $A$ 为可逆矩阵", "称满足 $Q^T Q = E$ 的矩阵为正交矩阵": what
                         # is named stands between 称 and 为 (never 对称, 名称, 相称 …)
                         # (nor 称赞, praise: "老师称赞小明为班级做了好事"; the code review)
                         r"(?<![对匀相名声宣号堪對勻聲號])[称稱](?![赞职霸重量心道颂讚贊職頌])"
                         r"(?:\s*(?:\\\(\ue000+\\\)|[^，,。；;：:、\s\\为為])){1,16}?\s*[为為])\s*")
# (A formula may stand in the phrase before the last 的, never in the name.)
_NAME_CJK = re.compile(r"(?:\\\(\ue000*\\\)|[^，,。；;：:、！？!?（）()「」“”\"\ue000\\])+")
# What a name after "这就是" ends in: a law, a principle, an effect. "这就是我们要找的结果"
# names nothing.
_NAMED_LAW_CJK = re.compile(r"(?:定律|定理|原理|效[应應]|方程|公式|法[则則]|[准準][则則]|判[据據]|"
                            r"[现現]象|假[说說]|悖[论論]|[规規]律|原[则則]|[机機]制|循[环環]|模型)$")
_ONE_OF = re.compile(r"\s*一(?:个|种|类|条|组|项|门|位)")
# The name is a term, not a clause: at most this many Chinese characters.
MAX_NAME_CJK = 12
_ONE_CJK = re.compile(f"[{KANA_HAN}]")
# Chinese characters alone: a term before 表示 holds no kana (Japanese "結果を表示する" is
# "display the result", no definition).


def _named_cjk(sentence: str) -> tuple[int, int] | None:
    """The name a Chinese sentence gives last (_NAMING_CJK), whole: never a formula or a
    symbol ("记为 $C_{V,m}$", "记为 MPC" name notation, not a term), never a clause. Of two
    names, the one the rest of the sentence does not say in part: "$\\lambda$ 称为 $A$ 的特
    征值，$x$ 称为对应的特征向量" asks 特征向量, as 特征值 is said by 特征向量 on its card."""
    names = list(_names_cjk(sentence))
    for begin, end in names:
        if not chinese_answer_shown(sentence[begin:end], f"{sentence[:begin]} {sentence[end:]}"):
            return begin, end
    return names[0] if names else None


# A formula after a Chinese name, its symbol: "屈服极限 \(\ue000\)".
_SYMBOL_AFTER_NAME = re.compile(rf"(?<=[{HAN}])\s*\\\(\ue000+\\\)\s*$")
# A name in quotes after a verb of naming: "被称为「概率幅」", "叫做“量子隧穿”" (zh20).
_QUOTED_NAME_CJK = re.compile(r"\s*[「“『\"](?P<name>[^」”』\"，,。；;：:]{1,16})[」”』\"]")


# A Latin word opening a Chinese name ("GDP 平减指数"), with its space.
_LATIN_OPENING = re.compile(rf"[A-Za-z][A-Za-z0-9-]*\s*(?=[{HAN}])")


def _names_cjk(sentence: str) -> Iterator[tuple[int, int]]:
    """Each name _named_cjk may give, in order. A Latin word opening the name that the
    sentence said before it stays shown ("名义 GDP 除以实际 GDP …称为 GDP [平减指数]"): it is
    given away there, and the name's own part is what is recalled."""
    for verb in _NAMING_CJK.finditer(sentence):
        # "…被称为「概率幅」", "叫做“量子隧穿”": the name in quotes, whole
        quoted = _QUOTED_NAME_CJK.match(sentence, verb.end())
        phrase = _NAME_CJK.match(sentence, verb.end())
        if quoted is None and phrase is None:
            continue
        start, stop = quoted.span("name") if quoted else phrase.span()
        begin = start + sentence[start:stop].rfind("的") + 1
        # "称为一个群": the count before the name is no part of it
        begin += len(m.group()) if (m := _ONE_OF.match(sentence, begin)) else 0
        answer = sentence[begin:stop]
        begin += len(answer) - len(answer.lstrip())
        # "…被称为屈服极限 $\sigma_s$", "…叫做临界增益 $K_c$": the name's symbol after it
        # stays shown, as a term's before 表示 does; the name is asked (zh20: before, the
        # symbol inside the name left the sentence with no card)
        answer = _SYMBOL_AFTER_NAME.sub("", answer).strip()
        chars = len(_ONE_CJK.findall(answer))
        if not chars or chars > MAX_NAME_CJK or (
                verb.group().startswith(("这", "這", "此即")) and
                not _NAMED_LAW_CJK.search(answer)):
            continue
        if answer.strip() and answer.strip() in sentence[:verb.start()]:
            continue  # "需求价格弹性（简称价格弹性）": the short name is shown in the long one
        latin = _LATIN_OPENING.match(answer)
        if latin and re.search(rf"(?<![A-Za-z]){re.escape(latin.group().strip())}(?![A-Za-z])",
                               sentence[:verb.start()]) and \
                len(_ONE_CJK.findall(answer)) >= 3:
            begin, answer = begin + latin.end(), answer[latin.end():]
        if _worth(answer) or _named_term_cjk(answer):
            yield begin, begin + len(answer)


# A Chinese term of two characters: a word of its own ("内力", "应力", "定态", "宇称"), as one
# English word is. Where its sentence names it ("…的改变量叫做内力", "所谓定态，是指…") the
# card defines it, and it is worth recalling as a defined term is (card-quality.md: two
# characters are too short only where nothing defines them). Before, such a sentence made no
# card at all, and the long paragraphs of engineering notes around it none either (zh20).
_TWO_HAN = re.compile(f"[{HAN}]{{2}}")


def _named_term_cjk(answer: str) -> bool:
    return _TWO_HAN.fullmatch(answer) is not None and \
        weak_answer(answer, defined=True) is None


# A name a definition gives last: "我们把单位时间内通过导体横截面的电荷量定义为电流强度",
# "定义单位正电荷…时电场力做的功为 A、B 两点间的电势差". What is defined stands between 把
# (将) and 定义为, or between 定义 and 为; the name runs to the punctuation, past its last 的.
_DEFINED_AS_CJK = re.compile(
    r"(?:^\s*(?:我们|人们)?(?:通常|一般|常|可以)?(?:把|将)(?P<what>[^。；;：:]{2,80}?)定义[为為]|"
    r"^\s*(?:我们|人们)?(?:通常|一般|常|可以)?定[义義](?![为為])(?P<what2>[^。；;：:]{2,80}?)"
    r"[为為])\s*"
    r"(?P<name>(?:\\\(\ue000*\\\)|[^，,。；;：:、！？!?（）()「」“”\"\ue000\\])+)")


def _defined_as_cjk(sentence: str) -> tuple[int, int] | None:
    """The name a Chinese definition gives last (_DEFINED_AS_CJK), after its last 的; never a
    formula, a clause or a name the sentence said before it. Before zh20, "把…定义为电流强度"
    made no card."""
    match = _DEFINED_AS_CJK.search(sentence)
    # "将系统的熵定义为…之比的积分" defines what stands first: the name is the short side,
    # what it names the long one (at least twice its length)
    if match is None or len(match["what"] or match["what2"]) < 2 * len(match["name"].strip()):
        return None
    begin, end = match.span("name")
    begin += sentence[begin:end].rfind("的") + 1
    name = sentence[begin:end]
    begin += len(name) - len(name.lstrip())
    name = _SYMBOL_AFTER_NAME.sub("", name).strip()
    if not name or len(_ONE_CJK.findall(name)) > MAX_NAME_CJK or "\ue000" in name or \
            name in sentence[:match.start("name")] or _CJK_CLAUSE.search(name) or \
            not (_worth(name) or _named_term_cjk(name)):
        return None
    return begin, begin + len(name)


def cjk_name_given(sentence: str) -> str | None:
    """The term a Chinese sentence names ("…叫做[摩尔热容]", "…称为 GDP [平减指数]") or
    defines at its start ("[失业率]定义为…"), or None."""
    shielded = shield_math(sentence)
    found = _named_cjk(shielded) or _defines_cjk(shielded) or _so_called_cjk(shielded) or \
        _defined_as_cjk(shielded)
    return sentence[found[0]:found[1]] if found else None


# What no term a Chinese sentence names or defines opens on: a pointing word, a personal
# pronoun, 本 ("this …"), and any 其 (其他/其余, "other …", names no term either).
_NO_TERM_CJK = rf"{CJK_POINTING_WORDS}|其|本|我|你|他|她"


# What a Chinese sentence defines, named at its start before "表示", "代表", "定义为", "即":
# "菲利普斯曲线表示失业率与通货膨胀率之间的反向关系", "雷诺数 $Re$ 表示惯性力与粘性力之比",
# "失业率定义为失业人数占劳动力总数的百分比". The term is asked, as "X是指…" asks it; its
# symbol stays shown. A term holds no 的 (a phrase: "$S$ 的变化定义为…" defines no term), is
# no pronoun, and is never a bare symbol ("$h(t)$ 表示…", "其中 $k$ 表示波数").
_DEFINES_CJK = re.compile(
    rf"^\s*(?!(?:{_NO_TERM_CJK}|以下|下面|上面|上式|下式|式中|这里|图中))"
    rf"(?P<subject>(?:[A-Za-z][A-Za-z0-9-]*\s*)?[{HAN}]{{2,{MAX_NAME_CJK}}}?)"
    # Not 即 closing 立即, 随即, 当即 (at once), nor 代表 opening 代表大会, 代表团 (congress,
    # delegation): "细胞立即…", "全国人民代表大会…" (the code review: "[细胞立]即").
    # ("习惯上用 $x(t) \leftrightarrow X(j\omega)$ 表示…" says how a symbol is used: no term)
    r"(?<!的)(?!(?<=用)\s*\\\()(?:\s*\\\(\ue000+\\\))?\s*(?:表示|代表(?!性|作|大|团|处)|"
    r"(?:被)?定[义義][为為]|指的是|"
    r"(?<![立随当旋隨當])即(?![使将可便时刻將時]))")


# "所谓中央极限定理，是指…" (traditional 所謂): the term the sentence sets out to define.
_SO_CALLED_CJK = re.compile(rf"^\s*所[谓謂]\s*[“「\"]?(?P<subject>(?:[A-Za-z][A-Za-z0-9-]*\s*)?"
                            rf"[{HAN}]{{2,{MAX_NAME_CJK}}}?)[”」\"]?\s*[，,]?\s*"
                            r"(?:是指|指的是|就是|即|是)")


# "边际成本（MC）指…", "需求价格弹性（简称价格弹性）是指…": a term and its short name in
# brackets, then what it means.
_BRACKETED_TERM_CJK = re.compile(
    rf"^\s*(?!(?:{_NO_TERM_CJK}))(?P<subject>(?:[A-Za-z][A-Za-z0-9-]*\s*)?"
    # (a year or a number in the brackets cites or counts, and 指出, 指导 … are verbs of
    # their own: "凯恩斯（1936）指出，有效需求决定就业水平" defines no 凯恩斯; the code review)
    rf"[{HAN}]{{2,{MAX_NAME_CJK}}}?)\s*[（(](?!\s*\d+\s*[）)])[^（）()]{{1,20}}[）)]\s*"
    r"(?:是指|指的是|指(?![出明导導向挥揮定示标標数數令责責纹紋针針南])|表示|"
    r"(?:被)?定[义義][为為]|即(?![使将可便时刻將時]))")


def _so_called_cjk(sentence: str) -> tuple[int, int] | None:
    match = _SO_CALLED_CJK.match(sentence) or _BRACKETED_TERM_CJK.match(sentence)
    if match is None or _CJK_CLAUSE.search(match["subject"]) or not (
            _worth(match["subject"]) or _named_term_cjk(match["subject"])):
        return None
    return match.span("subject")


# A clause opening on these is a condition, a cause, a setting or a pointing, not a term
# that its 是 or 为 defines ("若…", "当…时", "在…中", "这…").
_CJK_NOT_A_TERM_OPENING = (
    r"(?!(?:若|如果|如下|如图|假如|假设|设(?!计|备|置|施)|当(?!量)|因为|由于|所以|因此|但|而|则|即|"
    r"且|对于|在(?!线)|从|把|被(?!动|子)|将|这|那|它|其(?!他)|该|此|我|你|他|她|本(?!征|构)|以下|"
    r"下面|上面|上述|上式|下式|式中|这里|图中|每|凡|也|就|都|又|并且|只有|只要|任何|同时|另外|此外|"
    r"于是|然后|总之|例如|比如|即使|虽然|尽管|无论|不论|除了|通过|根据|按照|为了|关于|至于|"
    r"注意|通常))")
# "X是Y": X a term of three to eight characters opening its clause ("正定矩阵是所有特征值都
# 大于零的实对称矩阵", "在真核细胞中，线粒体是有氧呼吸的主要场所"), or a role of something,
# "A的B是C" ("细胞膜的基本骨架是磷脂双分子层"). Never an adverb before 是 ("特征值都是实数",
# "也是", "就是"), nor "是否", "是由…组成" (what it is made of), "是不是".
_IS_CJK = re.compile(
    rf"{_CJK_NOT_A_TERM_OPENING}(?P<subject>[{HAN}]{{2,16}}?)"
    r"(?<![都也就不总还只而但于正可要若凡或算像倒则便又仍即却更才乃均皆亦并已])是"
    rf"(?![否由不非])(?P<said>[{HAN}][^，,。；;！？!?]*)")
# "X为Y", the copula of written Chinese: "钠钾泵为一种典型的主动运输载体", "特征多项式为
# $|\lambda E - A|$", "熵为状态函数". Not 为 of a longer word (作为, 因为, 成为, 认为, 称为, 分为,
# 变为 …), nor a value given to a symbol ("质量为 $m$ 的物体"): the formula ends its sentence.
_WEI_CJK = re.compile(
    rf"^\s*{_CJK_NOT_A_TERM_OPENING}(?P<subject>[{HAN}]{{3,8}}?)"
    r"(?<![作因成认称以视分变化改义示记转设令取则即均皆都也仍又亦更较])为"
    # a formula only after the name of one ("特征多项式为", "概率密度函数为"): "末速度为
    # $v = 12\,\mathrm{m/s}$" gives a worked value
    r"(?P<said>(?P<formula>\s*\\\(\ue000{3,}\\\)\s*(?:[。；;]|$))|一(?:种|类|个|门|组|项)[^，,。；;]+|"
    # a short name ending its sentence; never a value ("合外力为零", "加速度为常数") or a
    # condition ("合外力为零时，…")
    rf"(?!零|正|负|常数|常量|恒量|定值|无穷|最大|最小|真|假)[{HAN}]{{2,6}}(?=[。；;]|$))")
# What a term's clause says it does or can do, so no term at all ("二次型可以用矩阵表示",
# "只有保守力做功"); or what 为 says it does for something ("间期为分裂期进行物质准备").
_CJK_CLAUSE = re.compile(r"可以|能够|可用|通常|一般|只有|必须|应该|需要|不能|没有|的")
_CJK_DOING = re.compile(r"进行|提供|准备|服务|创造|奠定|打下|带来|"
                        r"做|使|让|把|被|对|给|向|从|在|了|着|过")
# What names a formula: only such a name is asked beside one ("特征多项式为 $…$", "概率密度函数
# 为 $…$"); "末速度为 $v = 12\,\mathrm{m/s}$" gives a worked value.
_CJK_FORMULA_NAME = re.compile(r"(?:多项式|方程|公式|表达式|关系式|定义式|函数)$")
# A worked example's outcome ("最终结果为 $…$", "本题答案为 …"), no term.
CJK_WORKED = re.compile(r"(?:结果|答案|得数|结论|原式|解)$")
# What fills a role is a name, not a clause: it holds none of these.
_CJK_NOT_A_FILLER = re.compile(r"的|是|有|会|能|可|要|将|被|把|不|没|否|也|都|就|还|很|更|最|"
                               r"[由在为因指与和及或]")


# What makes a phrase before 是, 表示 or 为 a clause and no term: an adverb ending it ("标准
# 条件看起来只是…": only; "…都是", "…也是"), 对 as "with respect to" ("方程对时间是一阶的";
# never of 对称, 对数, 绝对, 相对 …), a purpose ("为了直观地表示…"), or a manner word 地.
_CJK_CLAUSE_INSIDE = re.compile(r"[都也就不总还只而但于正可要若凡或算像倒则便又仍即却更才"
                                r"乃均皆亦并已]$|看起来|似乎|好像|为了|地$|"
                                r"(?<![绝相针反核面应配成])对(?![称数偶流角应象比话立照策偶])")


def reads_as_a_clause_cjk(term: str) -> bool:
    """Whether a Chinese phrase read as a term before its verb is a clause, no term
    (_CJK_CLAUSE_INSIDE): "[标准条件看起来只]是数学上的限制", "[方程对时间]是一阶的", "[为了直
    观地]表示…" were asked (zh20, a learner's read: junk)."""
    return _CJK_CLAUSE_INSIDE.search(term) is not None


def opens_as_a_clause_cjk(term: str) -> bool:
    """Whether a Chinese phrase read as a term opens on a condition, a cause, a setting or a
    pointing ("因此该结论是…", "若…"), so is no term."""
    return re.match(_CJK_NOT_A_TERM_OPENING, term) is None


def _copula_cjk(sentence: str) -> tuple[int, int] | None:
    """What a Chinese sentence says a term is (_IS_CJK, _WEI_CJK): the term, as "X是指…"
    asks it; or, where what is before 是 is a role of something ("…的基本骨架"), the short
    name that fills it. At the sentence's start or a clause's after a comma."""
    found = _WEI_CJK.match(sentence)
    if found and not _CJK_CLAUSE.search(found["subject"]) and \
            not CJK_WORKED.search(found["subject"]) and \
            (not found["formula"] or _CJK_FORMULA_NAME.search(found["subject"])) and \
            not _CJK_DOING.search(found["said"]) and _worth(found["subject"]):
        return found.span("subject")
    first = len(sentence) - len(sentence.lstrip())
    for opening in (first, *(m.end() for m in re.finditer(r"[，,]\s*", sentence))):
        found = _IS_CJK.match(sentence, opening)
        if found is None:
            continue
        subject, said = found["subject"], found["said"]
        if "的" not in subject:
            if 3 <= len(subject) <= 8 and not _CJK_CLAUSE.search(subject) and \
                    not reads_as_a_clause_cjk(subject) and \
                    ("的" in said or re.match("一(?:种|类|个|门|组|项)", said)) and \
                    _worth(subject):
                return found.span("subject")
            # "湍流是一种不规则的、随机的三维有旋流动": a term of two characters that its
            # sentence opens on and puts in a class is defined there (zh20)
            if opening == first and _named_term_cjk(subject) and \
                    re.match("一(?:种|类)", said) and "的" in said:
                return found.span("subject")
            continue
        # "细胞膜的基本骨架是[磷脂双分子层]": the role's filler, named in a few characters
        filler = said.rstrip()
        # (not "需要注意的是…": what comes before 的是 is a clause, no role)
        if opening == first and not subject.endswith("的") and 3 <= len(filler) <= 8 and \
                not _CJK_NOT_A_FILLER.search(filler) and _worth(filler):
            return found.start("said"), found.start("said") + len(filler)
    return None


_CHANGE_CJK = re.compile(r"(?:升高|降低|增加|减少|增大|减小|变化|上升|下降|提高|变大|变小)$")


# A subject closing on an adverb ("LM 曲线上每一点都表示…": every point … all) or holding a
# "每" past its first character is a clause about the members of a thing, no term: "[LM 曲线上
# 每一点都]表示货币市场的均衡" asked it (zh19b's learner read: junk). "每股收益" is a term.
_CLAUSE_SUBJECT_CJK = re.compile(r"[都也均皆就才只便还還又總总]$|(?<=.)每")


def _defines_cjk(sentence: str) -> tuple[int, int] | None:
    match = _DEFINES_CJK.match(sentence)
    if match is None or _CJK_CLAUSE.search(match["subject"]) or \
            _CLAUSE_SUBJECT_CJK.search(match["subject"]) or \
            reads_as_a_clause_cjk(match["subject"]) or \
            _CHANGE_CJK.search(match["subject"]) or not _worth(match["subject"]) or \
            sentence.startswith("表示为", match.end() - 2):
        return None  # "温度升高表示…": a change, a clause, no term; "二次型可以用矩阵表示为
        # …" says how it is written
    return match.span("subject")


# What a named thing rests on: "A climate model is based on the laws of physics", "The CPI is
# based on family budget data". What it is based on is the fact, cut where its
# circumstances begin.
_BASIS = re.compile(
    _TREND_SUBJECT + r"(?:is|are|was|were)\s+(?:(?:mainly|mostly|largely|partly|usually|"
    r"typically|generally|primarily|entirely|ultimately)\s+)?(?:based|founded|built)\s+"
    r"(?:on|upon)\s+(?P<answer>[^,.;:()]+)", re.I)
# How many a named thing has: "The brain has four lobes in each hemisphere". A number in
# words, which _quantity (digits and a unit) does not read; the noun after it is its unit.
# Three or more: "had two arms", "has two main types" mostly opens the sentences that name
# them, a count the learner does not need a card for.
_COUNT = re.compile(
    _TREND_SUBJECT + r"(?:has|have|had|contains?|consists?\s+of|is\s+made\s+(?:up\s+)?of)\s+"
    r"(?:(?:about|around|roughly|only|exactly|just)\s+)?(?P<answer>three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\s+"
    r"(?P<noun>[a-z][\w-]*)(?P<rest>.*)$", re.I | re.S)
# What a named thing is like, with why: "Synapses are one-directional because receptors are
# only on one side", "The enthalpy change is negative as the reaction is exothermic". A
# short predicate (at most MAX_PREDICATE_WORDS words) that the reason after it explains;
# _PREDICATE reads the same without a reason, and only a whole short sentence. Not a degree
# ("The corpus callosum is very [thick] because it links …", a blind review: junk, a
# guessable adjective): the reason is asked instead (_BECAUSE).
_QUALITY = re.compile(
    _TREND_SUBJECT + r"(?:is|are|was|were)\s+(?:(?:usually|always|often|generally|mostly)\s+)?"
    r"(?!(?:very|highly|relatively|quite|fairly|extremely|rather|so|too|really)\b)"
    r"(?P<answer>(?!(?:a|an|the|not|no|also|one|used|known|called|made|found|able|being|"
    r"important|different|same|similar|\w+ing|\w+ed)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
    # "as" only before a clause ("as the reaction is exothermic"), not "as rain, snow …"
    r"\s+(?:because|since|due\s+to|as\s+(?:the|a|an|it|they|there|this|these|its|their)\b)",
    re.I)


# Why a named thing does what it does: "The Schlieffen Plan failed because Belgium resisted
# the German advance", "Leaves change colour because chlorophyll breaks down", "The advance
# lost momentum due to a lack of reserve forces", "Hereditary disorders occur as a result of
# lysosome storage disease". The reason is the fact (a "why?" card), at most MAX_WORDS
# words; what it explains stays on the front as its cue. The explained clause holds no
# comma and gives or denies no other reason ("not because …"); a reason that only points
# back ("because of this") asks nothing. _reason reads it after every other shape of
# _find: "Synapses are [one-directional] because …" (_QUALITY) asks what they are like.
_BECAUSE = re.compile(
    _TREND_SUBJECT + r"(?P<said>(?!(?:because|due|owing|as)\b)[^\W\d_][^,;:.()\[\]\"“”]{0,100}?)"
    r"(?<!\bnot)(?<!\bnor)\s+(?:(?:partly|mainly|largely|mostly|simply|chiefly|primarily)\s+)?"
    r"(?:because(?:\s+of)?|due\s+to|owing\s+to|as\s+a\s+result\s+of)\s+"
    r"(?!(?:this|that|these|those|which|what|such)\b)(?P<answer>[^,.;:()]+)", re.I)

# What a named thing equals or varies with: "The welfare loss is equal to the difference
# between MSC and MSB", "Work equals force times distance", "Pressure is proportional to
# temperature". The other side is the fact, cut where its circumstances begin.
_EQUAL_TO = re.compile(
    _TREND_SUBJECT + r"(?:is|are|was|were)\s+(?:(?:directly|inversely|roughly|approximately|"
    r"always|exactly|simply)\s+)?(?:equal|equivalent|proportional|identical)\s+to\s+"
    r"(?P<answer>[^,.;:()=]+)", re.I)
_EQUALS = re.compile(_TREND_SUBJECT + r"(?:equals|equalled|equaled)\s+(?P<answer>[^,.;:()=]+)",
                     re.I)



# What follows a verb of change that says how or where it changes, not what it changes.
_TREND_WAY = frozenset({"down", "up", "across", "along", "towards", "toward", "over"})
_HAVE_BE = _BE | {"has", "have", "had", "much", "far", "even", "slightly"}
# Words a subject's name may hold: "Melting points of the alkali metals", "C-C and C-H bonds".
_OF_A_NAME = frozenset({"of", "the", "and", "in", "on", "at", "for", "from", "to", "with"})
# Where the other side of an equality ends and its conditions begin: "proportional to
# temperature at constant volume".
_CONDITION_END = re.compile(r"\s+(?:at|under|during|provided|assuming)\b.*$", re.I | re.S)
# What a named thing depends on: "Amount remembered depends on time spent learning", "Class
# depends on economic position". What it depends on is the fact; asking the subject instead
# ("[Class] depends on …") asks what any of its neighbours could be. Not "whether …" or
# "how …" (a question, no thing to recall), nor a subject that is one ("Whether this threat
# is improper depends on …").
_DEPENDS = re.compile(
    _TREND_SUBJECT + r"(?P<said>)(?:(?:mainly|largely|partly|mostly|heavily|entirely|"
    r"critically|strongly|only)\s+)?(?:depends?|depended)\s+"
    r"(?:(?:mainly|largely|partly|mostly|heavily|entirely|critically|strongly|only)\s+)?"
    r"(?:up)?on\s+(?!(?:whether|how|what|which|who|where|when|if|this|that|these|those|it|"
    r"them)\b)(?!(?:two|three|four|five|six|several|many|a\s+few|a\s+number\s+of)\s+"
    r"(?:things|factors|aspects|points|ways|parts|elements|variables)\b)"
    r"(?P<answer>[^,.;:()]+)", re.I)
# (Not a count of things the sentences after it name: "The width depends on [three
# things]. A larger sample …" asked how many, not what (cov17: weak).)
# A reason said before the one _BECAUSE would ask: the sentence gives two, or denies one.
_ANOTHER_REASON = re.compile(r"\b(?:because|due\s+to|owing\s+to|since|not|reason)\b|n['’]t\b",
                             re.I)
# The reason is the first of several ("due to import barriers, restrictions on access to
# foreign currency, export subsidies, or state trading", "depends on the drug, site of
# injection and use of vasoconstrictors"): one of a list is no reason.
_MORE_REASONS = re.compile(r"\s*,[^.;:]*,\s*(?:and|or)\b|\s*,[^.;:,]+\b(?:and|or)\b|"
                           r"\s*,?\s*(?:and|or)\s+[^.;:,]+[.;]?\s*$", re.I)
# "due to the oil shock and the war": two reasons behind one gap ("cold and waterlogged
# trenches" is one, its two words describing it).
_TWO_REASONS = re.compile(r"\b(?:and|or)\s+(?:the|a|an|its|their|his|her)\b", re.I)
# What an ideal device has, the model a lecture states before real ones: "An ideal voltage
# source has zero internal resistance", "An ideal op-amp draws no current into its inputs".
# The property is the fact; one property, not a list ("infinite gain, infinite input
# impedance and zero output impedance" is three behind one gap).
_IDEAL = re.compile(
    r"^\s*" + _LINKING_LEAD + r"(?:an?|the)\s+(?P<subject>ideal\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)"
    r"{0,2}?)\s+(?:has|have|draws?|passes|pass)\s+(?P<answer>(?:zero|no|infinite|unlimited|"
    r"constant|unity|unit)\s+[^,.;:()]+?)"
    # where it has it stays on the front: "draws [no current] into its inputs"
    r"(?:\s+(?:into|in|at|through|from|to|with|across|between|for)\b[^,.;:()]*)?"
    r"\s*(?:[.!]?\s*$|,\s*(?:so|which|and\s+so)\b)",
    re.I)
# The same comparison in the other languages notes are written in: "Globalstrahlung ist über
# dem Land [höher] als über dem Meer", "La energía eólica es [más fuerte] en el océano que
# en tierra", "Le noyau est [plus dense] que …", "Il mercurio è [più denso] dell'acqua"
# (a German note's line was hidden whole beside its neighbour, session 36). The comparative
# is the fact, as "more X than" is.
_SUBJECT_ABROAD = (
    r"^\s*(?:(?:der|die|das|ein|eine|el|la|los|las|le|les|il|lo|gli|i|o|os|a|as|un|una|une)"
    r"\s+|l['’]\s*)?(?P<subject>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3}?)\s+")
_THAN_GERMAN = re.compile(
    _SUBJECT_ABROAD + r"(?:ist|sind|war|waren|wird|werden)\s+(?:[^\W\d_][\w'’-]*\s+){0,5}?"
    # (not a small word in -er: "sind daher als Kraftwerke … bekannt", "ist hier als …",
    # "oder als Licht": the second re-read)
    r"(?P<answer>(?:viel\s+|deutlich\s+|etwas\s+)?(?!(?:daher|hier|oder|aber|immer|wieder|"
    r"weder|entweder|nieder|einer|keiner|jeder|dieser|jener|welcher|unser|euer|eher|vorher|"
    r"nachher|sehr|über|unter|hinter|außer)\b)[a-zäöüß]{3,}er)\s+als\b")
# Or where it is most so: "Globalstrahlung ist an den Polen am [niedrigsten]".
_MOST_GERMAN = re.compile(
    _SUBJECT_ABROAD + r"(?:ist|sind|war|waren|wird|werden)\s+(?:[^\W\d_][\w'’-]*\s+){0,5}?"
    # (the sentence's last words: "am ersten Tag", "am rechten Vorhof" say when or where)
    # (the superlative after its "am", which stays on the front: "am Äquator" beside it
    # would give a gap of "am höchsten" half away)
    r"am\s+(?P<answer>[a-zäöüß]{2,}(?:sten|ten))\b(?=\s*(?:\([^()]*\))?\s*(?:[.!;,]|$))")
_THAN_ROMANCE = re.compile(
    _SUBJECT_ABROAD + r"(?:es|son|era|eran|est|sont|était|étaient|è|sono|erano|é|são|eram)\s+"
    r"(?:[^\W\d_][\w'’-]*\s+){0,5}?"
    r"(?P<answer>(?:más|menos|plus|moins|più|meno|mais)\s+[^\W\d_][\w'’-]*)"
    r"(?:\s+[^\W\d_][\w'’-]*){0,4}?\s+(?:que\b|qu['’]|di\b|del\b|della\b|dello\b|"
    r"dei\b|delle\b|degli\b|dell['’]|che\b|do\s+que\b|da\s+que\b)")
_ABROAD_COMPARISONS = (_THAN_GERMAN, _MOST_GERMAN, _THAN_ROMANCE)
_LAST_SHAPES = (_TREND, _THAN, *_ABROAD_COMPARISONS, _ROLE, _DESIGNED, _EQUAL_TO, _EQUALS,
                _COUNT, _QUALITY, _IDEAL, _BASIS, _ROLE_ABROAD, _AS_ROLE, _MEANS, _MEANS_CJK)


def _last_shape(sentence: str) -> tuple[int, int] | None:
    """The phrase a sentence states about its named subject in a shape of _LAST_SHAPES: its
    direction ("Dispersion forces [increase] with chain length", "staggered conformers are
    [lower] in energy than …"), its purpose ("The cerebellum is responsible for [balance and
    coordination]"), what it equals ("The welfare loss is equal to the [difference between
    MSC and MSB]"), its count ("The brain has [four] lobes") or what it is like, with why
    ("Synapses are [one-directional] because …"); what it was designed to do, the role it
    acts in ("The placenta acts as a [barrier]") and the means it works by ("Enzymes speed
    up reactions by [lowering the activation energy]", "肾脏通过[过滤血液]来调节…")."""
    for pattern in _LAST_SHAPES:
        match = pattern.match(sentence)
        if match is None:
            continue
        if pattern in _ABROAD_COMPARISONS and \
                _NEGATED_BEFORE.search(sentence, 0, match.start("answer")):
            continue  # "non è più parte …": no longer, no comparison
        words = [w.casefold() for w in match["subject"].split()]
        if any(w in _NOT_DOERS and w not in _OF_A_NAME for w in words) or any(
                w.endswith("ed") for w in words[1:]) or words[0] in _VAGUE_SUBJECTS:
            continue  # "People …", "prices charged …" (not "Branched isomers"), "Things …":
            # no named thing, or a clause
        if pattern is _COUNT and (match["noun"].casefold() in STOP_WORDS
                                  or _NEXT_SENTENCE.search(match["rest"])):
            continue  # "has one of the …": no count; "Containment had two arms. The Truman
            # Doctrine was …": the count of what the sentences after it name
        if pattern is _QUALITY and any(w.endswith(("ing", "ed"))
                                       for w in match["answer"].split()):
            continue  # "is water falling as …": a description, not a quality
        # The other languages' next clause ("… y este …", "… che …") is cut only from their
        # own answers: in English "y", "e", "o" are a formula's letters ("the sum of x and y").
        abroad = pattern is _ROLE_ABROAD or (
            pattern is _AS_ROLE and _AS_ABROAD.search(sentence, 0, match.start("answer")))
        answer = _CLAUSE_ABROAD.sub("", match["answer"]) if abroad else match["answer"]
        if pattern in (_ROLE, _EQUAL_TO, _EQUALS, _BASIS, _ROLE_ABROAD):
            found = _tidy(sentence, match, _CONDITION_END.sub(
                "", _EFFECT_END.sub("", answer)))
        elif pattern in (_DESIGNED, _AS_ROLE, _MEANS):  # "a [barrier] against …", "by [acquiring
            # genes] from …": cut at the first preposition, as an agent is, though not
            # the particle of a phrasal verb ("by [taking in nitrates] in solution")
            verb = _PHRASAL.match(answer if pattern is _MEANS else "")
            found = _tidy(sentence, match, verb.group() + _agent_answer(answer[verb.end():]))
            if pattern is _MEANS and found and (
                    len(sentence[found[0]:found[1]].split()) < 2
                    or _LIST_GOES_ON_AND.match(sentence, found[1])
                    or words[0].endswith("ed")):
                continue  # "by [advancing]": a verb alone is any move; "by [introducing
                # troops] and supplies": one of two; "Improved …'s exhaustion by …": no
                # subject, a note's fragment opening on its verb
        elif pattern is _TREND and match["rate"]:
            found = match.span("rate")
        else:
            found = match.span("answer") if _worth(match["answer"]) else None
        if found:
            return found
    return None


# "New cross-links cannot form → the growing wall is weak", "CS → Conditioned response
# (CR)": a cause, one arrow, and what it leads to, as notes type a step. Not a chain of
# steps ("A → B → C": which of them?) nor a two-way arrow ("chief <-> villagers").
_ARROW = re.compile(ARROW_WITH_LONG)
_BACK_ARROW = re.compile(r"<-|<=|←|↔|⇔")
# The cause is one step: no ";" in it ("Families; not always parents -> …" is two), and it
# ends on a word or a bracket, not inside a quotation ("每小节末标"→ …""). Cause and effect
# are read apart, each side of the one arrow, with no pattern that can try every split:
# one pattern over both took minutes on a long line whose effect fails (a ":" after it).
_CAUSE_END = re.compile(r"[\w)\]]")
_EFFECT = re.compile(r"\w[^;:\"“”「」]*")


def _led_to(sentence: str) -> tuple[int, int] | None:
    """What the one arrow of a sentence leads to, its effect, to hide ("… cannot form → [the
    growing wall is weak]"), or the middle step of a chain of two (_middle_step); None for a
    longer chain, a two-way arrow or no arrow."""
    arrows = len(_ARROW.findall(sentence))
    if arrows == 2 and not _BACK_ARROW.search(sentence):
        return _middle_step(sentence)
    if arrows != 1 or _BACK_ARROW.search(sentence):
        return None
    arrow = _ARROW.search(sentence)
    cause = sentence[:arrow.start()].rstrip()
    if ";" in cause or len(cause) < 2 or not _cause_ends(cause) \
            or not re.search(r"\w", cause[:-1]):
        return None
    start, end = arrow.end(), len(sentence)
    while start < end and sentence[start].isspace():
        start += 1
    tail = _EXAMPLE_TAIL.search(sentence, start, end)
    if tail and in_brackets(sentence, tail.start()):
        # "Tariff → higher prices (steel, e.g. in the US) and retaliation …": the bracket
        # holding the examples ends the effect (the fifth code re-read).
        opening = sentence.rfind("(", start, tail.start())
        if opening > start:
            end = opening
    elif tail:
        # "Appreciation → imports cheaper, e.g. holidays abroad": the effect is what comes
        # before its examples (whole, the line was no effect and made no card: the third
        # code re-read).
        end = tail.start()
    aside = sentence.find(" (", start, end)
    if aside > start and sentence.rstrip(" .;").endswith(")") and \
            (_EXAMPLE_BRACKET.match(sentence, aside + 1) or
             _RESTATING_BRACKET.match(sentence, aside + 1) or
             # ("shortages (queues, e.g. for bread in the USSR)": examples inside it, the
             # fourth code re-read)
             _EXAMPLE_INSIDE.search(sentence, aside + 1, end)):
        # "→ inferior good (e.g. instant noodles)": the bracket is an aside to the effect,
        # shown beside its gap, not asked with it.
        end = aside
    while end > start and (sentence[end - 1].isspace() or sentence[end - 1] in ".;"):
        end -= 1
    found = _EFFECT.fullmatch(sentence, start, end)
    # "6CO₂ + 6H₂O → C₆H₁₂O₆ + 6O₂": two products of an equation, not one effect. A
    # condition of letters is one ("Allocative efficiency → [P = MC]"), a step of working
    # with its numbers ("x = 3") is not.
    if found is None or not _worth(found.group()) or "+" in found.group() or (
            "=" in found.group() and not _LETTERS_EQUAL.fullmatch(found.group())):
        return None
    return found.span()


# "P = MC", "MR = MC = P": symbols of a subject's notes set equal, no number in them.
_LETTERS_EQUAL = re.compile(r"[A-Za-z]{1,4}(?:\s*=\s*[A-Za-z]{1,4})+")


def _cause_ends(cause: str) -> bool:
    """Whether the side before an arrow ends as a cause typed whole: on a word or a bracket
    (_CAUSE_END); on a quotation it closes ('"vittoria mutilata" → malcontento in Italia', a
    slogan's name), never one it leaves open (the arrow inside it); on the question a short
    cue asks ("Wohin? → Akkusativ", a grammar note's question and its answer)."""
    if _CAUSE_END.fullmatch(cause[-1]):
        return True
    if cause[-1] in "\"”»":
        return cause.count('"') % 2 == 0 and cause.count("“") == cause.count("”") and \
            cause.count("«") == cause.count("»")
    return cause[-1] == "?" and len(cause.split()) <= 3 and "?" not in cause[:-1]


# A step between two arrows a card asks: a noun phrase of a few words ("Hypotension →
# [poor perfusion] → raised lactate"), cued by the step before it and the one after. Not a
# clause ("Insulin binds → GLUT4 moves to membrane → …": one of three claims behind a gap).
MIDDLE_STEP_WORDS = 3
# A word in -s before another word: a plural subject and its verb ("tubules stop working")
# or a verb and its object ("GLUT4 moves to membrane"); "stress response", "less oxygen"
# keep their "ss". From a word's start only: tried at each letter of a long run with no
# "s", it was quadratic.
_CLAUSE_STEP = re.compile(r"\b[^\W\d_]{2,}(?<!s)s\s+[^\W\d_]")
# Chinese has no spaces to count a step's words by: a step is a phrase of at most this many
# Han characters, with no verb of cause or "的" that makes it a clause ("血压下降 →
# [肾脏灌注不足导致肾小球滤过率明显降低] → 少尿": review 18).
MIDDLE_STEP_HAN = 8
_CJK_CLAUSE_STEP = re.compile(r"导致|引起|造成|使得?|从而|因此|所以|的")


def cjk_step_too_long(step: str) -> bool:
    """Whether a Chinese step of a chain is longer than a phrase, or a clause."""
    return len(HAN_CHAR.findall(step)) > MIDDLE_STEP_HAN or bool(_CJK_CLAUSE_STEP.search(step))


def _middle_step(sentence: str) -> tuple[int, int] | None:
    """The middle step of "A → B → C", where each step is a short phrase of its own."""
    first, second = list(_ARROW.finditer(sentence))
    cause, effect = sentence[:first.start()], sentence[second.end():]
    if ";" in sentence or not re.search(r"\w", cause) or not re.search(r"\w", effect):
        return None
    start, end = first.end(), second.start()
    while start < end and sentence[start].isspace():
        start += 1
    while end > start and sentence[end - 1].isspace():
        end -= 1
    step = sentence[start:end]
    if not _EFFECT.fullmatch(step) or len(step.split()) > MIDDLE_STEP_WORDS or \
            HAN_CHAR.search(step) and cjk_step_too_long(step) or is_clause_item(step) or \
            _CLAUSE_STEP.search(step) or not _worth(step) or re.search(r"[+=]", step):
        return None
    return start, end


def led_to_span(text: str) -> tuple[int, int] | None:
    """The effect the one arrow of `text` leads to (_led_to), when no other words of it
    give it away: a list item's gap, as a plain shape's is (the Markdown reader). Not after
    a clause of its own ("Families; not always parents -> children …"): two steps."""
    arrow = _ARROW.search(text)
    if arrow is None or ";" in text[:arrow.start()]:
        return None
    if text[:arrow.start()].rstrip().endswith("?"):
        # "Wohin? → Akkusativ": the question ends no sentence of its own; read whole.
        return next(_clean(text, iter(filter(None, [_led_to(text)]))), None)
    return next(_clean(text, _statement_spans(text, shapes=(_led_to,))), None)


# Chinese relations (lecture notes of signals, circuits, economics …): what a sentence
# says a cause does to an effect, what a quantity depends on or is proportional to, what a
# thing is made of, and the law a result is derived from. Each asks the phrase the sentence
# is about, its cause and effect both left on the front: the way the effect goes
# ("法定存款准备金率提高，货币乘数[变小]", as "Melting points [decrease] down the group"
# is asked), what a quantity depends on ("…取决于[…]", as _DEPENDS), the parts of a whole
# ("進程是由[程序、數據和進程控制塊]組成的實體", as "consists of …"), the law ("由[换路定则]得
# $…$"). Chinese writes no spaces, so each ends where its clause does.
_CJK_DIRECTION = "|".join(sorted(CJK_DIRECTIONS, key=len, reverse=True))
_CJK_CLAUSE_END = r"(?=\s*(?:[，,。；;！!？?]|$))"
# The marks that end a Chinese clause (the Markdown reader cuts clauses at them too).
CJK_CLAUSE_MARKS = "，,。；;：:！!？?"
_CJK_ON = rf"[^{CJK_CLAUSE_MARKS}]"  # a character of the same clause
# What may stand between an effect's subject and its direction: "也", "会", "逐渐" …
_CJK_EFFECT_ADVERBS = (r"(?:也|会|會|将|將|就|则|則|便|随之|隨之|相应地?|相應地?|逐渐|逐漸|"
                       r"不断|不斷|明显|明顯|大大|大幅|随即|隨即|都)*")
# A cause's verb: "…导致可支配收入减少", "…会使利率下降", "…，使总需求曲线右移".
# (促使, 迫使, 致使 are causes whole: "技术进步促使生产率提高" asks as "…使…" does.)
_CJK_CAUSES = (r"(?:会|會|将|將|就|也|从而|從而|进而|進而)?(?:(?:促|迫|致)使|"
               r"(?<![即假促迫致行大天出纵縱])使得?(?![用命者馆館节節])|导致|導致|引起|造成)")
_CJK_RESULT = r"(?:所以|因此|故|从而|從而|于是|於是)"
# "A提高，B变小": a change, then the way another quantity goes.
_CJK_CHANGED = re.compile(
    rf"^\s*(?P<cause>{_CJK_ON}{{2,30}}?(?:{_CJK_DIRECTION})(?:时|時)?)\s*[，,]\s*"
    rf"(?:{_CJK_RESULT}\s*)?"
    rf"(?P<effect>{_CJK_ON}{{2,30}}?){_CJK_EFFECT_ADVERBS}(?P<answer>{_CJK_DIRECTION})"
    + _CJK_CLAUSE_END)
# "A使B右移", "A导致B减少", "A会刺激投资，使B右移".
_CJK_CAUSED = re.compile(
    rf"^\s*(?P<cause>{_CJK_ON}{{2,40}}?)(?:\s*[，,]\s*)?{_CJK_CAUSES}\s*"
    rf"(?P<effect>{_CJK_ON}{{2,30}}?){_CJK_EFFECT_ADVERBS}(?P<answer>{_CJK_DIRECTION})"
    + _CJK_CLAUSE_END)
# "因为A，所以B无效".
_CJK_BECAUSE = re.compile(
    rf"^\s*(?:因为|因為|由于|由於)(?P<cause>{_CJK_ON}{{2,40}}?)\s*[，,]\s*(?:{_CJK_RESULT}\s*)?"
    rf"(?P<effect>{_CJK_ON}{{2,30}}?){_CJK_EFFECT_ADVERBS}(?P<answer>{_CJK_DIRECTION})"
    + _CJK_CLAUSE_END)
# "投资需求随利率的上升而减少", "電容電壓隨時間按指數規律衰減".
_CJK_ALONG = re.compile(
    rf"^\s*(?P<effect>{_CJK_ON}{{2,20}}?)(?:会|會|将|將|也|都)?(?:随着?|隨著?)"
    r"(?![机機意便后後即])(?!时(?!间)|時(?!間))"
    rf"(?P<cause>{_CJK_ON}{{1,24}}?)(?:而)?{_CJK_EFFECT_ADVERBS}(?P<answer>{_CJK_DIRECTION})"
    + _CJK_CLAUSE_END)
# "投资对利率越敏感，IS 曲线越平坦": the second "越…" is the fact (as _PROPORTION's).
_CJK_THE_MORE = re.compile(
    rf"^\s*(?P<cause>{_CJK_ON}{{1,20}}?越{_CJK_ON}{{1,6}}?)\s*[，,]\s*(?P<effect>{_CJK_ON}{{2,20}}?)"
    rf"(?:就|也|便)?(?P<answer>越(?![来來])[^，,。；;！!？?\s]{{1,3}})" + _CJK_CLAUSE_END)
CJK_POINTING = re.compile(rf"^\s*(?:{CJK_POINTING_WORDS})")
# An effect's own pointing: "其频谱", "它的体积" are of the cause the front shows ("时域信号越
# 窄，其频谱[越宽]"); "这", "该" point past the sentence.
_CJK_POINTING_OUT = re.compile(r"^\s*(?:这|這|那|此|该|該|上述|以上)")
# What is paid: a rate and the cost it is ("再贴现率提高，…借款的成本上升" says one quantity
# twice: its direction told).
_CJK_PAID = re.compile(r"(?:率|价|價|价格|價格|成本|费用|費用|利息)$")
# A chain: another clause after the effect that says a direction too ("电阻增大，时间常数
# 变大，充电变慢": which step is asked?).
_CJK_ANOTHER_STEP = re.compile(rf"(?:{_CJK_DIRECTION}|越{_CJK_ON}{{1,3}}){_CJK_CLAUSE_END}")


# An effect that is a clause, no quantity: a verb's preposition or a copula past its last
# 的 ("滞后于产出[下降]": lags behind output), or an adverb opening it. (Not 在, 对, 给 …:
# words of names too, 存在, 相对, 供给.)
_CJK_EFFECT_CLAUSE = re.compile(r"[于於是把被]")
_CJK_ADVERB_OPENING = re.compile(r"(?:通常|一般|往往|总是|總是|常常|经常|經常|还|還|又|仍|都)")


def _cjk_subject(clause: str) -> str:
    """The quantity a clause of change is about: its words before the direction, without
    the connective or adverbs around them ("因为利率" → "利率")."""
    clause = re.sub(rf"(?:{_CJK_DIRECTION})(?:时|時)?$", "", clause.strip())
    clause = re.sub(r"^(?:随着?|隨著?|因为|因為|由于|由於|如果|若|当|當)", "", clause)
    return re.sub(rf"{_CJK_EFFECT_ADVERBS}$", "", clause).strip()


def _changed_cjk(sentence: str) -> tuple[int, int] | None:
    """The way an effect goes, of a Chinese cause and effect (_CJK_CHANGED, _CJK_CAUSED,
    _CJK_BECAUSE, _CJK_ALONG, _CJK_THE_MORE). Not where the cause points back ("这使…"),
    the effect is no named quantity, the two are one quantity ("利率下降，贷款利率下降",
    a rate and its cost), or another step follows (a chain)."""
    for pattern in (_CJK_CHANGED, _CJK_CAUSED, _CJK_BECAUSE, _CJK_ALONG, _CJK_THE_MORE):
        match = pattern.match(sentence)
        if match is None:
            continue
        effect, cause = _cjk_subject(match["effect"]), _cjk_subject(match["cause"])
        if len(HAN_CHAR.findall(effect)) + len(re.findall(r"[A-Za-z]+", effect)) < 2 or \
                _CJK_EFFECT_CLAUSE.search(effect.rpartition("的")[2]) or \
                _CJK_ADVERB_OPENING.match(effect) or \
                CJK_POINTING.match(match["cause"]) or _CJK_POINTING_OUT.match(effect) or \
                _CJK_ANOTHER_STEP.search(sentence, match.end()) or not cause:
            continue
        if re.match(r"\s*(?:即使|尽管|儘管|虽然|雖然|哪怕|无论|無論|不论|不論)", sentence) or \
                re.search(r"(?:不|没|沒|未|不一定|并不|並不|不会|不會)$",
                          sentence[:match.start("answer")]):
            continue  # "即使利率下降，投资也不[增加]": a concession, a denial; no effect
        if re.search(r"(?:不变|不變|无效|無效|失效)(?:时|時)?$", match["cause"]):
            continue  # "其他条件不变，需求[增加]": a condition held, no change that causes
        if pattern is not _CJK_THE_MORE and (
                cause in effect or effect in cause
                or _CJK_PAID.search(cause) and _CJK_PAID.search(effect)):
            continue
        if _worth(match["answer"]):
            return match.span("answer")
    return None


# "X与Y成正比", "X與Y成反比", "X正比于Y": what a quantity is proportional to.
_CJK_PROPORTIONAL = re.compile(
    rf"(?:^|[，,])\s*(?P<subject>{_CJK_ON}{{2,24}}?)(?:与|與|和|跟)\s*(?P<answer>{_CJK_ON}{{1,16}}?)"
    rf"\s*(?P<relation>成(?:正比|反比))|(?:^|[，,])\s*(?P<subject2>{_CJK_ON}{{2,24}}?)"
    rf"(?:正比|反比)(?:于|於)\s*(?P<answer2>{_CJK_ON}{{2,16}}?){_CJK_CLAUSE_END}")
# "X取决于Y", "X決定於Y": what a quantity depends on. Not a question ("取决于是否…") nor a
# count of what the sentences after it name ("取决于以下三个因素").
_CJK_DEPENDS = re.compile(
    rf"(?:^|[，,])\s*(?P<subject>{_CJK_ON}{{2,24}}?)(?:主要|只|仅|僅|完全)?"
    r"(?:取决于|取決於|决定于|決定於)\s*"
    r"(?!是否|如何|什么|什麼|多少|哪|以下|下面|下列|这|這|那|许多|許多|很多|多种|多種|多个|多個|"
    r"几|幾|两|兩|三|四|五|各种|各種)"
    rf"(?P<answer>{_CJK_ON}{{2,30}}?){_CJK_CLAUSE_END}")
# The separators of a Chinese list of parts: "A、B和C", "A與B".
_CJK_AND = re.compile(r"、|以及|及|和|与|與|跟")
_CJK_NUMBER = r"(?:两|兩|三|四|五|六|七|八|几|幾)"
_CJK_COUNT = rf"{_CJK_NUMBER}?(?:个|個|种|種|类|類|大|部分|部份|方面|项|項)*"
# "X由A、B和C组成", "進程是由…組成的實體", "X包括A、B和C", "X有A、B和C三种".
_CJK_MADE_OF = re.compile(
    rf"(?:^|[，,])\s*(?P<subject>{_CJK_ON}{{1,24}}?)(?:主要)?(?:是|都是)?(?:主要)?由\s*"
    rf"(?P<answer>{_CJK_ON}{{2,48}}?)\s*{_CJK_COUNT}(?:组成|組成|构成|構成)"
    rf"|(?:^|[，,])\s*(?P<subject2>{_CJK_ON}{{2,24}}?)(?:主要)?(?:包括|包含)\s*"
    rf"(?P<answer2>{_CJK_ON}{{3,48}}?)\s*(?:{_CJK_NUMBER}(?:个|個|种|種|类|類|项|項|大)?"
    r"(?:部分|部份|方面|阶段|階段|步骤|步驟|过程|過程|环节|環節|类型|類型)?)?" + _CJK_CLAUSE_END +
    rf"|(?:^|[，,])\s*(?P<subject3>{_CJK_ON}{{2,24}}?)有\s*"
    rf"(?P<answer3>{_CJK_ON}{{3,48}}?)\s*(?:两|兩|三|四|五|六|七|八)(?:种|種|类|類|个|個|部分)"
    + _CJK_CLAUSE_END)
# A part of a list is a name: no verb or clause in it ("由于…", "由此…" open none).
MAX_PART_CJK = 10
_CJK_NOT_A_PART = re.compile(r"^(?:于|於|此|上|该|該|这|這)|[是有在把被将將了着著过過]|等$")
# Words of names that hold one of those verbs ("有效需求", "有机物", "过程"): taken out
# before a part or an answer is tested for a verb (the code review: "国民收入取决于[有效
# 需求]" and "土壤由矿物质、有机物、水和空气组成" made no card).
_CJK_TERM_WITH_A_VERB = re.compile(r"有效|有机|有機|有限|有理|所有|过程|過程|内在|內在|潜在|"
                                   r"潛在|外在")
# A subject of one character ("水由氢原子和氧原子组成"), where it opens the sentence: not a
# word that continues one ("也由…", "都由…").
_CJK_ONE_CHARACTER_SUBJECT = re.compile(rf"\s*(?![也都又还還就才则則而并並但且即亦])[{HAN}]\s*")


def _parts_cjk(sentence: str) -> tuple[int, int] | None:
    """The parts a Chinese sentence says a named thing is made of, the whole list
    (_CJK_MADE_OF): at most six, each a name of at most MAX_PART_CJK characters; never a
    list that goes on ("包括…等"), nor a thing not named ("它由…组成")."""
    for match in _CJK_MADE_OF.finditer(sentence):
        which = next(g for g in ("", "2", "3") if match[f"answer{g}"] is not None)
        subject, answer = match[f"subject{which}"], match[f"answer{which}"]
        parts = _CJK_AND.split(answer)
        if which and len(parts) < 2 or len(parts) > 6 or CJK_POINTING.match(subject) or \
                any(not part.strip() or len(part.strip()) > MAX_PART_CJK or
                    _CJK_NOT_A_PART.search(_CJK_TERM_WITH_A_VERB.sub("", part.strip()))
                    for part in parts) or \
                not re.search(rf"[{HAN}A-Za-z]{{2}}", subject.replace(" ", "")) and not (
                    not which and not sentence[:match.start("subject")].strip()
                    and _CJK_ONE_CHARACTER_SUBJECT.fullmatch(subject)):
            continue
        if _worth(answer):
            return match.span(f"answer{which}")
    return None


# "价格等于边际成本", "全響應等於零輸入響應與零狀態響應之和": what a named quantity equals,
# said in words (as "Work equals force times distance"). A formula after 等于 is another
# shape's ("乘数等于 $…$": asked whole); a number or a constant is no name.
_CJK_EQUALS = re.compile(
    rf"(?:^|[，,])\s*(?P<subject>{_CJK_ON}{{2,24}}?)(?:恰好|正好|总是|總是|始终|始終|就)?"
    rf"(?:等于|等於)\s*(?!零|常数|常數|无穷|無窮|[0-9一二三四五六七八九十两兩])"
    rf"(?P<answer>{_CJK_ON}{{3,24}}?){_CJK_CLAUSE_END}")


def _equals_cjk(sentence: str) -> tuple[int, int] | None:
    """What a Chinese sentence says a named quantity equals, in words (_CJK_EQUALS)."""
    for match in _CJK_EQUALS.finditer(sentence):
        answer = match["answer"]
        if CJK_POINTING.match(match["subject"]) or CJK_POINTING.match(answer) or \
                re.search(r"[0-9\ue000=+]|[是有在把被]|[时時]$",
                          _CJK_TERM_WITH_A_VERB.sub("", answer)) or \
                re.match(r"\s*(?:当|當|若|如果|假如|只要)", match["subject"]):
            continue  # "当边际收益等于边际成本时，…": a condition, no equality stated
        if _worth(answer):
            return match.span("answer")
    return None


# A condition a Chinese sentence states in words, after a named subject: "线性定常系统稳定的
# 充分必要条件是：闭环特征方程的所有根都具有负实部，…", "系统稳定的充要条件是劳斯表第一列各元素
# 全部为正". (A formula after 条件是 is asked whole by the reader: "…的充要条件是 $|A| \neq 0$".)
_CJK_CONDITION_IS = re.compile(
    rf"(?P<subject>[{HAN}][^，,。；;：:]{{0,40}}?)的(?:充分必要|充要|充分|必要)?条件[是为為]\s*"
    r"[：:，,]?\s*(?P<condition>[^，,。；;：:\ue000]{1,60})(?=[，,。；;]|$)")
# The verb inside a condition after which its fact is said: "所有根都具有[负实部]", "各元素全
# 部为正" (then the verb is asked with it, "[全部为正]": one character is too short a gap).
_CJK_CONDITION_VERB = re.compile(r"(?:都|均|全部|全)?(?:具有|位于|落在|为|是|在|小于|大于|等于|"
                                 r"不超过|不包围|包围)")
# Which kind of condition a sentence says a thing is: "…各项系数全部为正只是系统稳定的[必要条件]
# 而不是充分条件".
_CJK_CONDITION_KIND = re.compile(rf"是[{HAN}][^，,。；;]{{0,40}}?的"
                                 r"(?P<kind>充分必要条件|充要条件|必要条件|充分条件)")
# A condition past this many characters is a clause no learner recalls whole: its part after
# its verb is asked.
MAX_CONDITION_CJK = 10
# A condition's own opening ("若…", "当…时"): no condition stated of a named subject.
_CJK_OWN_CONDITION = re.compile(r"\s*(?:当|若|如果|只要|只有)")


def _condition_cjk(sentence: str) -> tuple[int, int] | None:
    """The condition a Chinese sentence states for a named subject (_CJK_CONDITION_IS), or
    which kind of condition it says a thing is (_CJK_CONDITION_KIND): "…稳定的充分必要条件
    是：闭环特征方程的所有根都具有[负实部]", "…只是系统稳定的[必要条件]而不是充分条件".
    Engineering notes state their criteria so, and before zh20 such a sentence made no card.
    Never a condition that points back or opens on one of its own ("若…", "当…时")."""
    match = _CJK_CONDITION_IS.search(sentence)
    if match and not CJK_POINTING.match(match["subject"]) and \
            not _CJK_OWN_CONDITION.match(match["condition"]):
        start, end = match.span("condition")
        condition = match["condition"]
        if len(condition.strip()) > MAX_CONDITION_CJK:
            verbs = list(_CJK_CONDITION_VERB.finditer(condition))
            if not verbs:
                return None
            verb = verbs[-1]
            start += verb.end() if len(condition) - verb.end() >= 2 else verb.start()
        answer = sentence[start:end]
        start += len(answer) - len(answer.lstrip())
        answer = answer.strip()
        if answer and (_worth(answer) or _named_term_cjk(answer)):
            return start, start + len(answer)
    kind = _CJK_CONDITION_KIND.search(sentence)
    if kind and not CJK_POINTING.match(sentence):
        return kind.span("kind")
    return None


# The same condition where the place it names holds its symbol: "系统稳定的充要条件是闭环极
# 点全部位于 $s$ 左半平面" (zhmath21: the math in it left the sentence with no card). The
# place, its bare symbol with it, is asked whole: "[$s$ 左半平面]".
_CJK_CONDITION_AT_SYMBOL = re.compile(
    rf"(?P<subject>[{HAN}][^，,。；;：:\ue000]{{0,40}}?)的(?:充分必要|充要|充分|必要)?条件[是为為]"
    r"\s*[：:，,]?\s*[^，,。；;：:\ue000]{1,30}?(?:位于|落在|处于|都在|均在|全在)\s*"
    rf"(?P<place>\\\(\ue000{{1,6}}\\\)\s*(?:平面)?的?[{HAN}]{{2,6}})(?=\s*[，,。；;]|$)")


def _condition_at_symbol_cjk(sentence: str) -> tuple[int, int] | None:
    """Where a Chinese condition (_CJK_CONDITION_AT_SYMBOL) puts its subject: the place and
    its symbol, hidden whole, never cut inside the math."""
    match = _CJK_CONDITION_AT_SYMBOL.search(sentence)
    if match is None or CJK_POINTING.match(match["subject"]) or \
            _CJK_OWN_CONDITION.match(match["subject"]):
        return None
    return match.span("place")


# A property a textbook defines by its condition with 则称 and no 为: "若线性系统在初始扰动的影响
# 下，…逐渐衰减并趋于零，则称系统渐近稳定", "若 $P(AB) = P(A)P(B)$，则称 $A$ 与 $B$ 相互独立"
# (zhmath21: no naming verb the name readings know, and no card). The property ends the clause.
_SO_CALLED_PROPERTY_CJK = re.compile(
    r"^\s*(?P<condition>(?:若|如果|假如|倘若|当|當|设|設)[^。；;！？]+?)[，,]\s*(?:则|則|就)?\s*"
    r"[称稱](?P<said>[^，,。；;！？为為]{2,40}?)(?=\s*(?:[，,。；;！？]|$))")


def _so_called_property_cjk(sentence: str) -> tuple[int, int] | None:
    """The property a Chinese condition says a thing has (_SO_CALLED_PROPERTY_CJK): the
    words after the thing, which the condition names before ("…线性系统…，则称系统[渐近稳定]")
    or which is a symbol ("则称 $A$ 与 $B$ [相互独立]"); "是…的" around it is left shown."""
    match = _SO_CALLED_PROPERTY_CJK.match(sentence)
    if match is None:
        return None
    said, base = match["said"], match.start("said")
    symbols = list(re.finditer(r"\\\(\ue000+\\\)", said))
    if symbols:
        at = symbols[-1].end()
    else:
        said_bare = re.sub(r"^(?:该|該|此|这|這)", "", said)
        base += len(said) - len(said_bare)
        said = said_bare
        # the thing: the longest opening the condition names ("系统" of "线性系统")
        at = next((n for n in range(len(said) - 2, 1, -1) if said[:n] in match["condition"]),
                  0)
    if not at:
        return None
    # ("则称 $f(x)$ 在 $x_0$ 处[连续]": the place's 处 is no part of the property)
    found = re.fullmatch(rf"\s*(?:处|處|点|點|上|时|時)?\s*(?:是|為|为)?\s*"
                         rf"(?P<property>[{HAN}]{{2,8}}?)(?:的)?\s*", said[at:])
    if found is None or re.search(r"[与與和及]$", said[:at].strip()):
        return None
    start = base + at + found.start("property")
    return start, start + len(found["property"])


# A name with another name after it, unbracketed: "…，称为频域卷积定理，也叫调制定理。"
_NAME_AND_ALIAS_CJK = re.compile(
    rf"(?:[称稱][为為]|叫做|叫作)\s*(?P<name>[{HAN}]{{3,12}})\s*[，,]\s*"
    rf"(?:也叫做?|也[称稱](?:[为為])?|又[称稱](?:[为為])?|又叫|亦[称稱])\s*"
    rf"(?P<alias>[{HAN}]{{3,12}})(?=\s*(?:[。；;！？]|$))")
# The kind a name ends in, no part the sentence must tell: 频域卷积[定理].
_NAME_KIND_CJK = re.compile(r"(?:定理|定律|性质|性質|方程|公式|条件|條件|原理|法则|法則)$")


def _alias_of_told_name_cjk(sentence: str) -> tuple[int, int] | None:
    """The other name of a name the sentence tells in its own words ("时域中两个信号相乘，对应
    频域中两个频谱的卷积…，称为频域卷积定理，也叫[调制定理]"): 频域 and 卷积 are said before it,
    so the first name is no gap (zhmath21: it was refused as weak, and the sentence made no
    card); the alias is one, its characters not said before it."""
    found = _NAME_AND_ALIAS_CJK.search(sentence)
    if found is None:
        return None
    before = sentence[:found.start()]
    stem = _NAME_KIND_CJK.sub("", found["name"])
    chunks = [stem[i:i + 2] for i in range(0, len(stem), 2)]
    alias_stem = _NAME_KIND_CJK.sub("", found["alias"])
    if len(stem) < 2 or not all(len(c) == 2 and c in before for c in chunks) or \
            any(alias_stem[i:i + 2] in before for i in range(len(alias_stem) - 1)):
        return None
    return found.span("alias")


# A bracket glossing the Chinese term before it: its English name ("（transfer function）",
# "（Poisson's ratio）") or another name of it ("（也叫剪切频率）", "（又称…）"). Shown after a
# gap it answers the gap, so it is hidden with the term, as _CJK_LAW_SAYS hides a law's
# English name: "叫做系统的[传递函数（transfer function）]" (zh20b: before, "[…]（transfer
# function）" was asked).
GLOSS_AFTER_CJK = re.compile(
    r"\s*[（(](?:[A-Za-z][A-Za-z0-9 '’.,-]{0,40}|"
    r"(?:也叫|也叫做|又叫|又称|亦称|也称|也称为|又称为|简称|簡稱|或称|俗称)[^（）()，,。；;]{1,16})[）)]")


def with_gloss_cjk(sentence: str, found: tuple[int, int]) -> tuple[int, int]:
    """`found`, the gap of a Chinese sentence, with the bracket that glosses it
    (GLOSS_AFTER_CJK) when one follows it: shown, the gloss would answer it."""
    start, end = found
    if not HAN_CHAR.search(sentence[start:end]):
        return found
    gloss = GLOSS_AFTER_CJK.match(sentence, end)
    return (start, gloss.end()) if gloss else found


# A named law or criterion opening the sentence that states it: "圣维南原理（Saint-Venant's
# principle）是说：…", "海森伯不确定关系…是说，…", "胡克定律指出：…". Its English name in
# brackets is hidden with it: shown, it answers the gap.
_CJK_LAW_SAYS = re.compile(
    rf"^\s*(?P<law>[{HAN}]{{2,10}}(?:定律|定理|原理|判据|准则|法则|效应|关系|假说)"
    r"(?:\s*[（(][A-Za-z][^（）()]{0,40}[）)])?)\s*"
    r"(?:是说|指出|表明|告诉我们|的内容是|说的是|可以?表述为)\s*[：:，,]")


def _law_said_cjk(sentence: str) -> tuple[int, int] | None:
    """The name of the law a Chinese sentence opens on and states (_CJK_LAW_SAYS): a
    theorem's statement asks its name, as "[Newton's first law] states that …" does."""
    match = _CJK_LAW_SAYS.match(sentence)
    if match is None or _CJK_CLAUSE.search(match["law"].split("（")[0].split("(")[0]):
        return None
    return match.span("law")


# What a quantity means, said of it by name: "相角裕度的物理意义是：系统在截止频率上再增加多少
# 相角滞后就会变成临界稳定", "散度的几何意义是…". The name is asked, as "X是指…" asks it; its
# symbol after it stays shown.
_CJK_MEANING_OF = re.compile(
    rf"^\s*(?P<subject>(?:[A-Za-z][A-Za-z0-9-]*\s*)?[{HAN}]{{2,{MAX_NAME_CJK}}}?)"
    r"(?:\s*\\\(\ue000+\\\))?\s*的(?:物理|几何|统计|实际)?(?:意义|含义)(?:是|在于|为)")


def _meaning_cjk(sentence: str) -> tuple[int, int] | None:
    """The quantity whose meaning a Chinese sentence states (_CJK_MEANING_OF); never a
    pointing ("它的物理意义是…") or a clause."""
    match = _CJK_MEANING_OF.match(sentence)
    if match is None or opens_as_a_clause_cjk(match["subject"]) or \
            _CJK_CLAUSE.search(match["subject"]) or reads_as_a_clause_cjk(match["subject"]) or \
            not (_worth(match["subject"]) or _named_term_cjk(match["subject"])):
        return None
    return match.span("subject")


# A term opening its sentence with its English name in brackets, then what it does or is:
# "奈奎斯特判据（Nyquist criterion）利用开环频率特性来判断闭环系统的稳定性". Notes gloss a
# term so where they introduce it, and the sentence is about it. Not a term's property
# ("电场强度（electric field）的方向…": 的 after it).
_GLOSSED_SUBJECT_CJK = re.compile(
    rf"^\s*(?P<term>[{HAN}]{{2,{MAX_NAME_CJK}}}\s*[（(][A-Za-z][A-Za-z '’-]{{1,40}}[）)])"
    rf"(?!\s*[的之])\s*(?=[{HAN}])")
# What the sentence says after such a term: at least this many characters of its own.
MIN_SAID_CJK = 8


def _glossed_subject_cjk(sentence: str) -> tuple[int, int] | None:
    """The term, with its English name, that a Chinese sentence opens on and says something
    of (_GLOSSED_SUBJECT_CJK)."""
    match = _GLOSSED_SUBJECT_CJK.match(sentence)
    if match is None or len(_ONE_CJK.findall(sentence[match.end():])) < MIN_SAID_CJK:
        return None
    term = re.split(r"\s*[（(]", match["term"])[0]
    if opens_as_a_clause_cjk(term) or _CJK_CLAUSE.search(term) or reads_as_a_clause_cjk(term):
        return None
    return match.span("term")


def cjk_condition_given(sentence: str) -> str | None:
    """The condition a Chinese sentence states (_condition_cjk), or None."""
    shielded = shield_math(sentence)
    found = _condition_cjk(shielded)
    return shielded[found[0]:found[1]] if found else None


def _related_cjk(sentence: str) -> tuple[int, int] | None:
    """What a Chinese sentence says a named quantity depends on (_CJK_DEPENDS) or is
    proportional to (_CJK_PROPORTIONAL): the other quantity. "与[收入]成正比" asks a name of
    two characters, too short a gap: then the relation, "与收入[成正比]", unless a formula on
    the front says it ("$k_m = \\frac{1}{r_d}$，…与法定准备金率成反比")."""
    match = _CJK_DEPENDS.search(sentence)
    if match and not CJK_POINTING.match(match["subject"]) and \
            not sentence[match.end("answer"):].lstrip().startswith("等"):  # a list goes on
        answer = match["answer"]
        parts = _CJK_AND.split(answer)
        if len(parts) <= 6 and all(0 < len(p.strip()) <= MAX_PART_CJK + 4 for p in parts) and \
                not re.search(r"[是有在把被]", _CJK_TERM_WITH_A_VERB.sub("", answer)) and \
                _worth(answer):
            return match.span("answer")
    for match in _CJK_PROPORTIONAL.finditer(sentence):
        which = "" if match["answer"] is not None else "2"
        subject, answer = match[f"subject{which}"], match[f"answer{which}"]
        if CJK_POINTING.match(subject) or CJK_POINTING.match(answer) or \
                re.search(r"[是有在把被]|[之它其]$", answer):
            continue
        if _worth(answer):
            return match.span(f"answer{which}")
        if not which and "\ue000" not in sentence:
            return match.span("relation")
    return None


# "由换路定则得 $…$", "根據疊加定理，…", "由 KVL 得 …": the law a result is derived from, a
# name ending as laws do, or an acronym of one. Never what points back ("由上式得", "由此可
# 知") or a worked step ("代入得", "由题意得").
_CJK_LAW = (r"定律|定理|定则|定則|原理|法则|法則|准则|準則|公式|方程|条件|條件|引理|推论|推論|"
            r"性质|性質|关系|關係|等式|规律|規律|原则|原則")
_CJK_DERIVED = re.compile(
    r"^\s*(?:(?:所以|因此|于是|於是|则|則|再|又|故|而|先)\s*)?"
    # (not 由于/由於, "because": "由于能量守恒定律，…" gives no law "于能量守恒定律")
    r"(?:由(?![于於])|根据|根據|利用|依据|依據|应用|應用|按照|运用|運用)\s*"
    rf"(?!上|此|该|該|这|這|前|以上|题|題|已知|图|圖|式)"
    rf"(?P<law>[A-Z]{{2,5}}|(?:[A-Za-z][\w-]*\s*)?[{HAN}]{{1,12}}?(?:{_CJK_LAW}))"
    r"\s*(?P<verb>[，,]|(?:可以|可|便|就|即)?(?:得到|得出|推出|写出|寫出|列出|知|得|有))"
    r"(?P<rest>.*)$", re.S)


def _derived_cjk(sentence: str) -> tuple[int, int] | None:
    """The law a Chinese sentence derives its result from (_CJK_DERIVED), where the result
    is on the front: a formula or a clause of four characters or more after it."""
    match = _CJK_DERIVED.match(sentence)
    if match is None:
        return None
    rest = match["rest"]
    if "\ue000" not in rest and len(HAN_CHAR.findall(rest)) < 4:
        return None
    return match.span("law") if _worth(match["law"]) else None


def _relation_told(text: str, start: int, end: int) -> bool:
    """Whether the gap [start, end) of `text` is one a Chinese relation asks (_relation_cjk)
    and the rest of `text` says it: in part, inside a longer word ("IS 曲线的斜率取决于[投资
    对利率的敏感程度]。投资对利率越敏感，…", quality.chinese_answer_shown, which the card
    would fail), or whole ("边际消费倾向越大，政府购买乘数[越大]", as "the higher …, the
    [higher] …" is refused); of a list of parts, any part. Then a later sentence of the
    text may still be asked."""
    shielded = shield_math(text)
    sentence = _sentence_holding(shielded, start)
    if sentence is None:
        return False
    found = _relation_cjk(sentence.group())
    if found is None or (sentence.start() + found[0], sentence.start() + found[1]) != (
            start, end):
        return False
    answer, rest = text[start:end], f"{text[:start]}\ue001{text[end:]}"
    # A list's parts each: "一个细胞周期包括[分裂间期和分裂期]。间期为分裂期进行…" shows one.
    # A part of one character is none: 和 inside 饱和度 splits it into 饱 and 度, and 度 in
    # a later 强度 says nothing of it (the code review); nor does 水 in 水分 tell a list's 水.
    return any(part in rest or chinese_answer_shown(part, rest) is not None
               for part in {answer, *(p.strip() for p in _CJK_AND.split(answer))}
               if len(part) >= 2)


def _relation_cjk(sentence: str) -> tuple[int, int] | None:
    """A relation a Chinese sentence states (above): the law, the parts, what it depends on,
    is proportional to or equals, the way an effect goes."""
    if not HAN_CHAR.search(sentence):
        return None
    return _derived_cjk(sentence) or _parts_cjk(sentence) or _related_cjk(sentence) or \
        _equals_cjk(sentence) or _changed_cjk(sentence)


# A sentence or a clause that ends and another that follows it, inside a text.
_NEXT_SENTENCE = re.compile(r"[.!?;:]\s+\S")
_LIST_GOES_ON_AND = re.compile(r"\s+(?:and|or)\b", re.I)
# A verb and the particle that belongs to it, which is no preposition to cut at.
_PHRASAL = re.compile(r"[^\W\d_][\w'’-]*(?:\s+(?:in|out|up|down|off|on|over|back|away|apart))?"
                      r"(?=\s+\w)|", re.I)
# Subjects that name nothing a card can be about.
# "diverse fasi", "plusieurs couches", "mehrere Teile": parts not named, in the languages
# whose "made of" is read (_CAUSE's "made").
_VAGUE_PARTS = frozenset("""diverse diversi varie vari alcune alcuni molte molti numerose
    numerosi varias varios algunas algunos muchas muchos diversas diversos plusieurs
    quelques nombreuses nombreux différentes différents divers mehreren mehrere einigen
    einige vielen viele verschiedenen""".split())
_VAGUE_SUBJECTS = frozenset("thing things stuff something everything anything nothing".split())
# Chinese explanatory prose (zh21): unmarked notes explain a concept without naming it
# ("X称为…") or saying which way a quantity goes. What such a sentence says of its named
# subject is still one phrase at a clause's end, after a verb that tells what the phrase is:
# what the subject turns into ("湍流的动能会通过粘性不断转化为[热能]"), shows as ("…使位错
# 运动越来越困难，宏观上表现为[加工硬化]"), relies on ("与层流相比，湍流的动量传递主要依靠
# [涡团的脉动]"), or the noun a result clause ends on ("…压强得不到恢复，因此产生很大的[压差
# 阻力]"); the agent it acts under ("由于[粘性]的作用，…", "位错在[切应力]作用下沿滑移面
# 运动"); the properties it has, a list ("湍流具有[不规则性、扩散性和耗散性]").
_CJK_TURNS = re.compile(
    r"(?P<verb>(?:转化|轉化|转变|轉變|转换|轉換|演变|演變|退化|(?<![改转轉演退])变|(?<![改转轉演退])變)"
    r"(?:为|為|成)|(?:表现|表現|体现|體現)(?:为|為)|(?:主要)?(?:依靠|依赖|依賴|借助于?|借助於?)|"
    rf"{_CJK_RESULT}\s*(?:会|會|就|将|將)?(?:产生|產生|形成|引起|造成|导致|導致|出现|出現)|"
    r"(?:会|會|将|將)(?:产生|產生|引起|造成|导致|導致|引入|带来|帶來))\s*"
    rf"(?P<answer>{_CJK_ON}{{2,24}}?){_CJK_CLAUSE_END}")
# "细菌的抗药性是自然选择的结果", "塑性变形就是大量位错滑移的结果": what a named thing results
# from; "抗混叠滤波器本质上是一个低通滤波器": what it is at heart.
_CJK_RESULT_OF = re.compile(
    r"(?:(?:就|正|都|也)?是)\s*(?:大量|许多|許多|多种|多種)?"
    rf"(?P<answer>{_CJK_ON}{{2,12}}?)(?:的|所)(?:结果|結果|产物|產物){_CJK_CLAUSE_END}|"
    r"(?:本质上|本質上|实质上|實質上|实际上|實際上|其实|其實)(?:就)?是\s*"
    rf"(?:一(?:个|個|种|種|类|類))?(?P<answer2>{_CJK_ON}{{2,12}}?){_CJK_CLAUSE_END}")
# "由于粘性的作用，", "在切应力(的)作用下", "在重力的影响下": the agent, a name before 的作用;
# never "在外力作用点附近" (where a force acts, no agent).
_CJK_ACTED_ON = re.compile(
    rf"(?:^|[，,])\s*(?:{_CJK_ON}{{0,12}}?)(?:由于|由於|在)\s*"
    rf"(?P<answer>{_CJK_ON}{{2,10}}?)\s*(?:的)?(?:作用|影响|影響)(?:下|之下|(?=\s*[，,]))")
# "位错是晶体中的线缺陷": a term of two characters put in its kind, which _copula_cjk does
# not ask (its term too short to recall alone, zh20): the kind, past the last 的, is.
_CJK_IS_KIND = re.compile(
    rf"^\s*(?P<subject>[{HAN}]{{2}})(?:就|也|都)?是\s*(?P<said>{_CJK_ON}{{1,16}}?的)"
    rf"(?P<answer>{_CJK_ON}{{3,6}}?){_CJK_CLAUSE_END}")
# Words of the notes' own talk before 是, no term: "问题是…", "结论是…", "今天是…".
_CJK_TALK = re.compile(r"今天|昨天|明天|现在|現在|目前|当时|當時|问题|問題|原因|结果|結果|"
                       r"结论|結論|目标|目標|条件|條件|优点|優點|缺点|缺點|重点|重點|难点|難點|关键|關鍵|答案|"
                       r"方法|作用|意义|意義|目的|任务|任務|要求|步骤|步驟|思路|作业|作業|前提|本质|"
                       r"本質|特点|特點|区别|區別|办法|辦法|基础|基礎|核心|主题|主題|内容|內容|理由|"
                       r"好处|好處|坏处|壞處|用途|难度|難度|动机|動機|证明|證明|例子|题目|題目")
# "X具有A、B和C" (the properties of X, the whole list, as _parts_cjk asks a whole's parts);
# never "…工具有A、B和C三种" (工具, tools, has …: a count _parts_cjk reads).
_CJK_HAS_TRAITS = re.compile(
    rf"^\s*(?P<subject>{_CJK_ON}{{2,16}}?)(?:都|均|一般|通常)?(?<![工道家玩器农農量刀模文餐茶])具有\s*"
    rf"(?P<answer>{_CJK_ON}{{5,40}}?)\s*(?:等)?(?:{_CJK_NUMBER}(?:个|個|种|種|大|方面))?"
    r"(?:的?(?:特点|特點|特征|特徵|特性|性质|性質))?" + _CJK_CLAUSE_END)
# The nouns a relative clause ends on, naming no term: "…是把电能转化为化学能的装置".
_CJK_GENERIC_HEAD = re.compile(r"装置|裝置|设备|設備|方法|过程|過程|现象|現象|物质|物質|东西|東西|"
                               r"部分|地方|结果|結果|情况|情況|问题|問題|手段|工具|能力|作用")
# "如图 8-1 所示，…", "从图中可以看出…": answered from a figure the card does not show.
_CJK_FIGURE = re.compile(r"如[下上左右]?图|[见見]图|[见見]圖|如[下上]?圖|[图圖]中|[下上][图圖]")
# A phrase that is a clause or a count, never a term: a verb, a pointer, a number.
_CJK_NOT_A_TERM = re.compile(rf"[是有在把被将將了着著过過使让讓得]|导致|導致|引起|造成|"
                             rf"^(?:{CJK_POINTING_WORDS})|"
                             r"^(?:不|没|沒|无|無|未|一定|一些|某种|某種|很多|许多|許多|大量|更多)|"
                             r"[0-9\ue000越]")
# A term of two characters that its last one makes a noun of a science: a property, an
# energy, a force, a rate ("粘性", "热能", "重力", "频率"), never a modal ("可能", "不能").
_CJK_TWO_HAN_TERM = re.compile(rf"(?![可不才只未])[{HAN}][性能力率]")
# "在这种情况下，…", "此时…": what the sentence holds of is in the one before it.
_CJK_POINTED_CASE = re.compile(r"(?:这|這|此|该|該|那)(?:种|種|个|個|样|樣|些|类|類)?"
                               r"(?:情况|情況|时|時|条件|條件|过程|過程)")
# The most Chinese characters such an answer may have: a term, not a description.
MAX_EXPLAINED_CJK = 8


def _short_list_cjk(answer: str) -> bool:
    """Whether `answer` is a list of two to six names, each of at most MAX_PART_CJK
    characters and none a clause's word (_CJK_NOT_A_PART)."""
    parts = _CJK_AND.split(answer)
    return 2 <= len(parts) <= 6 and all(1 < len(part.strip()) <= MAX_PART_CJK and
                                        not _CJK_NOT_A_PART.search(part.strip())
                                        for part in parts)


def _explained_term_cjk(answer: str) -> str | None:
    """`answer` as a term of Chinese prose (_explained_cjk): past the last 的 of a noun
    phrase with a quality before it ("很大的压差阻力" → "压差阻力"), but whole where the
    part before 的 names what it is of ("涡团的脉动"); a short list whole; None for a clause
    or a count."""
    if _short_list_cjk(answer):
        return answer.strip()  # "表现为[外部性、公共物品和信息不对称]": the list is the fact
    head, _, noun = answer.rpartition("的")
    if head and _CJK_GENERIC_HEAD.fullmatch(noun.strip()):
        return None  # "转化为化学能的[装置]": the phrase names what the whole sentence is
    if head and re.search(r"(?:很|更|较|較|极|極|非常|一定|相当|相當)", head):
        answer = noun
    elif len(HAN_CHAR.findall(head)) > 4:
        return None  # "依靠哈希函数来确定元素的存储位置": a clause, no term
    answer = answer.strip()
    chars = len(HAN_CHAR.findall(answer))
    if chars < 2 or chars > MAX_EXPLAINED_CJK or re.search(r"[A-Za-z]{2}", answer) or \
            _CJK_NOT_A_TERM.search(_CJK_TERM_WITH_A_VERB.sub("", answer)):
        return None
    return answer


def _explained_cjk(sentence: str) -> tuple[int, int] | None:
    """The phrase a Chinese sentence of explanation says of its named subject (_CJK_TURNS,
    _CJK_ACTED_ON, _CJK_RESULT_OF, _CJK_HAS_TRAITS, _CJK_IS_KIND): a term of at most
    MAX_EXPLAINED_CJK characters, or a short list. Not of a sentence that opens pointing
    back ("这使…", "它…": what at?), of a condition ("如果…", "当…": no fact that is so), nor
    of one that points at a figure (_CJK_FIGURE)."""
    if not HAN_CHAR.search(sentence) or CJK_POINTING.match(sentence) or \
            re.match(r"\s*(?:如果|若|假如|假设|假設|当|當|只要|即使|例如|比如)", sentence) or \
            _CJK_FIGURE.search(sentence):
        return None
    match = _CJK_HAS_TRAITS.match(sentence)
    if match and not CJK_POINTING.match(match["subject"]) and \
            not sentence[match.end("answer"):].lstrip().startswith("等"):  # a list goes on
        if _short_list_cjk(match["answer"]) and _worth(match["answer"]):
            return match.span("answer")
    match = _CJK_IS_KIND.match(sentence)
    # (never the page itself: "本文是…第三章的[复习笔记]")
    if match and not re.match(rf"(?:{CJK_POINTING_WORDS}|我|你|他|她|本)", match["subject"]) and \
            not _CJK_TALK.fullmatch(match["subject"]) and \
            not _CJK_GENERIC_HEAD.search(match["answer"]) and not re.match(
                r"[一这這那该該每各某]", match["answer"]) and \
            not _CJK_NOT_A_TERM.search(_CJK_TERM_WITH_A_VERB.sub("", match["answer"])) and \
            _worth(match["answer"]):
        return match.span("answer")
    # Where "在这种情况下" first ends, once: searched again before every match, and the clause
    # found by slicing the sentence before it, a long sentence was quadratic (code review).
    pointed = _CJK_POINTED_CASE.search(sentence)
    pointed_end = pointed.end() if pointed else len(sentence) + 1
    for pattern in (_CJK_TURNS, _CJK_ACTED_ON, _CJK_RESULT_OF):
        for match in pattern.finditer(sentence):
            group = "answer2" if pattern is _CJK_RESULT_OF and match["answer2"] else "answer"
            at = match.start()
            clause = sentence[max(sentence.rfind("，", 0, at), sentence.rfind(",", 0, at)) + 1:at]
            if CJK_POINTING.match(clause) or pointed_end <= at \
                    or pattern is _CJK_ACTED_ON and "的" in match["answer"] \
                    or pattern is _CJK_RESULT_OF and len(HAN_CHAR.findall(clause)) < 2 or (
                    pattern is _CJK_TURNS and not match["verb"].startswith(
                        ("因此", "所以", "故", "从而", "從而", "于是", "於是", "表现", "表現",
                         "体现", "體現", "会", "會", "将", "將"))
                    and len(HAN_CHAR.findall(clause)) < 2):
                continue  # "它变成…", "变为…": a subject not named in its clause (a result,
                # "…，因此产生…", "…，会引入…", says what the clauses before it lead to);
                # "在这种情况下，…": held of what the sentence before says; "在[酶的催化]作用
                # 下": an action, no agent
            answer = _explained_term_cjk(match[group])
            if answer is None or not (_worth(answer) or _CJK_TWO_HAN_TERM.fullmatch(answer)):
                continue
            end = match.end(group)
            end -= len(match[group]) - len(match[group].rstrip())
            return end - len(answer), end
    return None


def _explained_span_cjk(text: str) -> tuple[int, int] | None:
    """The first phrase of `text` _explained_cjk finds that no other words of it give away,
    also in part, as Chinese writes it: "由于[粘性]的作用，… 粘性力可以忽略不计" shows the
    answer in 粘性力 (quality.chinese_answer_shown); "线程是 CPU 调度的[基本单位]，进程是资源
    分配的基本单位" says it again."""
    return next((found for found in _clean(text, _statement_spans(text, shapes=(_explained_cjk,)))
                 if text.count(text[found[0]:found[1]]) == 1
                 and not chinese_answer_shown(text[found[0]:found[1]],
                                              f"{text[:found[0]]} {text[found[1]:]}")), None)


# "根轨迹起始于开环极点，终止于开环零点": where a named thing starts and where it ends, two
# terms that tell each other (极点 beside 零点), so asked together behind one cloze (§4c).
_CJK_STARTS_ENDS = re.compile(
    r"(?:起始|開始|开始|起|始)(?:于|於)\s*"
    rf"(?P<start>{_CJK_ON}{{2,12}}?)\s*[，,]\s*(?:而|并|並|最后|最後)?"
    r"(?:终止|終止|结束|結束|终|終|止)(?:于|於)\s*"
    rf"(?P<end>{_CJK_ON}{{2,12}}?){_CJK_CLAUSE_END}")


def starts_ends_spans_cjk(text: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where a Chinese sentence of `text` says its named subject starts and where it ends
    (_CJK_STARTS_ENDS), each a term (_explained_term_cjk), as the two spans to hide
    together; None where its subject is not named in its clause, or no words of `text`
    outside them leave a cue. Tried after every other reading (generate)."""
    for sentence in _SENTENCE.finditer(shield_math(text)):
        match = _CJK_STARTS_ENDS.search(sentence.group())
        if match is None:
            continue
        clause = sentence.group()[:match.start()].rpartition("，")[2].rpartition(",")[2]
        if len(HAN_CHAR.findall(clause)) < 2 or CJK_POINTING.match(clause):
            continue
        spans = []
        for group in ("start", "end"):
            answer = _explained_term_cjk(match[group])
            if answer is None or answer != match[group].strip() or not (
                    _worth(answer) or _CJK_TWO_HAN_TERM.fullmatch(answer)):
                break
            at = sentence.start() + match.start(group) + match[group].index(answer)
            spans.append((at, at + len(answer)))
        # "电容的充电过程起始于[…]，终止于[…]。": two gaps and little else is no front to
        # answer from (quality.too_split, which `check` names)
        if len(spans) == 2 and not too_split(text, tuple((*found, "") for found in spans), "",
                                             text[spans[0][0]:spans[0][1]]):
            return spans[0], spans[1]
    return None


_CREASE = re.compile(r"\b(?:in|de)creas", re.I)


def _compared_abroad(sentence: str) -> tuple[int, int] | None:
    """The comparative or superlative a German or Romance sentence states of its named
    subject (_ABROAD_COMPARISONS)."""
    for pattern in _ABROAD_COMPARISONS:
        match = pattern.match(sentence)
        if match is not None and not _NEGATED_BEFORE.search(sentence, 0, match.start("answer")):
            return match.span("answer")
    return None


# A negation before the comparative makes it no comparison: "non è più parte dell'UE" (no
# longer), "n'est plus", "ist nicht mehr" (the second re-read).
# (Not "kein": "Kein Element ist reaktiver als Fluor" compares.)
_NEGATED_BEFORE = re.compile(r"\b(?:non|ne|no|nicht|nunca|jamais)\b|\bn['’]", re.I)


@lru_cache(maxsize=ARTICLE_CACHE)  # asked of each fact naming its heading's name; facts repeat
def comparison_abroad_span(text: str) -> tuple[int, int] | None:
    """The first comparative or superlative a German or Romance sentence of `text` states
    of its subject ("Globalstrahlung ist über dem Land [höher] als …", "… ist an den Polen
    [am niedrigsten]", "La energía eólica es [más fuerte] en el océano que …"), that no
    other words of the text give away; else None."""
    return next(_clean(text, _statement_spans(text, shapes=(_compared_abroad,))), None)


@lru_cache(maxsize=ARTICLE_CACHE)  # asked of every fact that made no card, and facts repeat
def last_shape_span(text: str) -> tuple[int, int] | None:
    """The first phrase of `text` in a shape of _last_shape that no other words of it give
    away: the gap of a fact that states none of the other shapes and names nothing
    (generate._last_shape_target). Not where the text says "increase" or "decrease" again
    ("decreases with more carbon as … the chain increases"): the card masks the other as a
    gap too (quality: one word, two prefixes), and reads as either. Else what its one arrow
    leads to (led_to_span)."""
    found = next(_clean(text, _statement_spans(text, shapes=(_last_shape,))), None)
    if found and _CREASE.search(text[found[0]:found[1]]) and \
            len(_CREASE.findall(text)) > 1:
        return None
    return found or led_to_span(text) or _explained_span_cjk(text)


def _year(sentence: str) -> tuple[int, int] | None:
    """The one year a sentence gives ("In 1884 Germany built the MG-08"): the date is its
    fact. Two years, or a year in brackets (a citation's, an aside's), are not; but the
    span of two years a chronology's line opens on is (_CHRONOLOGY_SPAN)."""
    year = _one_year(sentence)
    if year and _DATED.search(sentence[:year.start()]) and \
            not _BOUND.search(sentence[:year.start()]):
        return year.span()
    span = _CHRONOLOGY_SPAN.match(sentence)
    return span.span("span") if span else None


# "1848-1849: prima guerra d'indipendenza", "1914–1918 – Prima guerra mondiale": a line of
# a chronology opening on the span of years its event lasted, then a colon or a dash. The
# span is the date a learner recalls, as the year of "1859: seconda guerra …" is; no other
# year may follow (a second span is a comparison, no date of one event).
_CHRONOLOGY_SPAN = re.compile(
    rf"^\s*(?P<span>{YEAR_DIGITS}\s?[-–]\s?(?:{YEAR_DIGITS}|\d{{2}}))\s*(?::|\s[-–—]\s)"
    rf"(?!.*\b{YEAR_DIGITS}\b)(?=.*[^\W\d_])", re.S)


# A year with its era, as ancient history writes it (issue 14, a Roman Republic note written
# for cov17): "founded in [509 BC]", "AD 79", "44 BCE". Uppercase only ("ad" is a word); not
# the end of a range ("494–287 BC", no one year).
_ERA_YEAR = re.compile(r"(?<![\d\-–/.,])\b\d{1,4}\s?(?:BCE?|CE|AD)\b|\bAD\s?\d{1,4}\b(?![\d\-–])")


def _one_year(sentence: str) -> re.Match[str] | None:
    """The year of a sentence that gives one year only, or None."""
    eras = list(_ERA_YEAR.finditer(sentence))
    years = [y for y in _YEAR.finditer(sentence)
             if not any(e.start() <= y.start() < e.end() for e in eras)] + eras
    return years[0] if len(years) == 1 else None


# A year after a bound dates no event: "Largest army in Europe after [1945]", "paid almost
# no tax before [1789]": the point (the largest army, no tax) shows on the front and only
# the year is hidden (the sixteenth review, weak). Not asked, though the sentence states it.
_BOUND = re.compile(r"\b(?:by|until|till|after|before)\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?"
                    r"(?:[A-Z][a-z]+\.?\s+)?\W*$", re.I)


def _bounded_year(sentence: str) -> tuple[int, int] | None:
    """The one year of a sentence that only bounds its fact (_BOUND), or None."""
    year = _one_year(sentence)
    if year and _BOUND.search(sentence[:year.start()]):
        return year.span()
    return None


def states_own_fact(text: str) -> bool:
    """Whether `text` states a fact of its own in a shape of this module, whether or not a
    card asks it (a direction the sentence says, a year after a bound): a sentence that is
    no description of the heading above it (the Markdown reader), so "[Reforms] — The
    clergy … paid almost no tax before 1789" is never made of it."""
    return bool(clean_statement_span(text) or last_shape_span(text) or told_direction(text)
                or next(_statement_spans(text, shapes=(_bounded_year,)), None))


def amount_end(text: str, start: int) -> int | None:
    """Where the amount with its unit that opens at `start` of `text` ends ("2 mmol/L",
    "0.5 mL/kg/h", "90 mmHg"), or None where no unit follows its number."""
    found = _AMOUNT.match(text, start)
    return found.end() if found else None


def _quantity(sentence: str) -> tuple[int, int] | None:
    """The one amount with its unit a sentence gives ("approximately **20 micrometres**
    across", "**$400 mn** in aid", "**37/38 ATP molecules** can be produced"): the number
    is its fact. Two amounts, a bare number or a year are not."""
    amounts = [m.span() for m in _AMOUNT.finditer(sentence)]
    amounts += [m.span("amount") if m["amount"] else m.span("measured")
                for m in _DURATION.finditer(sentence)]
    # A counted noun holds an amount its unit list reads short ("has [6 carbon] atoms").
    counted = [m.span("amount") for m in _COUNTED.finditer(sentence)]
    amounts = [(a, b) for a, b in amounts if not any(c <= a < d for c, d in counted)]
    amounts = sorted(amounts + [(c, d) for c, d in counted
                                if not any(a <= c < b for a, b in amounts)])
    # A year beside the amount dates it ("35% higher in 1951"): it is not a second amount.
    # A range is one amount ("60-100 times per minute", "0.12-0.20 s"): its two numbers count
    # as the amount's.
    numbers = [n for n in _NUMBER.finditer(sentence) if not _YEAR.fullmatch(
        n.group().rstrip(".,")) and not (amounts and amounts[0][0] <= n.start()
                                          < amounts[0][1])]
    if len(amounts) == 1 and not numbers and \
            weak_answer(sentence[amounts[0][0]:amounts[0][1]]) is None:
        return amounts[0]  # not "1%": two characters are too short to recall
    return None


def _agent(sentence: str) -> tuple[int, int] | None:
    """Who or what a passive sentence says did it: the phrase after "by", to its first
    preposition."""
    for match in _overlapping(_AGENT, sentence):
        words = match["answer"].split()
        if not words or words[0].casefold() in _NO_AGENT | _NOT_OBJECT or \
                in_brackets(sentence, match.start()) or _side_clause(sentence, match.start()):
            continue
        found = _tidy(sentence, match, _agent_answer(match["answer"]))
        if found:
            return found
    return _reduced_agent(sentence) or _german_agent(sentence)


# The German passive with its agent, the participle closing the sentence: "Die DNA-Struktur
# wurde 1953 von Watson und Crick entschlüsselt", "Das Gesetz wurde vom Bundestag
# beschlossen". Who did it is the fact, as "was discovered by" asks it in English; a year
# before the agent stays on the card as its clue. So is the means "durch" gives ("Die
# Zellwand der Bakterien wird durch [Lysozym] zerstört"), which English asks after "by"
# too ("is destroyed by lysozyme"). The agent is capitalised, as every German noun and name is, with
# "und" between names and an article before a noun ("von der Regierung").
_GERMAN_AGENT = re.compile(
    r"\b(?:wurde|wurden|wird|werden|ist|sind|war|waren)\b(?:\s+(?!von\b|vom\b)[^\s,.;:()]+){0,4}?"
    r"\s+(?:von|vom|durch)\s+(?P<answer>(?:(?:der|dem|den|die|das)\s+)?[A-ZÄÖÜ][\w'’-]*"
    r"(?:\s+(?:und\s+)?[A-ZÄÖÜ][\w'’-]*)*(?:\s+(?:der|des)\s+[A-ZÄÖÜ][\w'’-]*)?)"
    # when or where, between the agent and the participle: "von Einstein im Jahr 1905"
    r"(?:\s+(?:im|in|am|an|um|auf|nach|vor|seit|bei)\s+[^\s,.;:()]+(?:\s+\d{3,4})?)?"
    r"\s+(?P<participle>(?:ge|be|ent|er|ver|zer|über|unter)?[a-zäöüß]{2,}(?:t|en))\s*[.!]?\s*$")


def _german_agent(sentence: str) -> tuple[int, int] | None:
    match = _GERMAN_AGENT.search(sentence)
    if match is None or in_brackets(sentence, match.start()):
        return None
    start, end = match.span("answer")
    article = re.match(r"(?:der|dem|den|die|das)\s+", match["answer"])
    start += article.end() if article else 0
    return (start, end) if _worth(sentence[start:end]) else None


# A note's fragment with its "is" left out: "Phospholipid bilayer sandwiched by globular
# proteins.", "Chromosomes pulled apart by spindle fibres": a named thing (at most four
# words, no verb among them), a participle, and the agent, and nothing after it but where
# or when. Not a clause with more to say after a comma ("Britain's economy shattered by war,
# informs US …": shorthand with two facts), nor an amount ("Prices increased by 5%").
_REDUCED_AGENT = re.compile(
    r"^\s*(?:(?:the|a|an)\s+)?(?P<subject>[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,3}?)\s+"
    r"(?:\w+ly\s+)?(?P<verb>[a-z]{3,}ed|taken|given|broken|driven|eaten|written|chosen|frozen|"
    r"hidden|shaken|beaten|bitten|drawn|shown|known|grown|thrown|blown|torn|worn|born|borne|"
    r"held|made|built|found|bound|caught|brought|fought|taught|led|fed|spread|kept|sent|run|"
    r"struck|split|carried)(?:\s+(?:apart|up|out|down|off|away|together|back))?\s+by\s+(?P<answer>[A-Za-z][^,;:()]*?)"
    r"\s*[.!]?\s*$")
_NOT_IN_A_NAME = _BE | {"has", "have", "had", "not", "no", "and", "or"}


def _reduced_agent(sentence: str) -> tuple[int, int] | None:
    match = _REDUCED_AGENT.match(sentence)
    if match is None:
        return None
    subject = [w.casefold() for w in match["subject"].split()]
    if subject[0] in _NOT_DOERS or any(w in _NOT_IN_A_NAME or w.endswith("ed")
                                       for w in subject):
        return None
    words = match["answer"].split()
    if words[0].casefold() in _NO_AGENT | _NOT_OBJECT or words[0].casefold().endswith("ing"):
        return None  # "by taking in nitrates": a means, not who did it
    if any(w.casefold() in _NOT_IN_A_NAME - {"and", "or", "no"} for w in words):
        # "The force exerted by an ideal spring is proportional to …": a sentence whose
        # subject has its agent, no fragment; its gap took the verb ("an [ideal spring is
        # proportional] to how far …", en20: junk)
        return None
    return _tidy(sentence, match, _agent_answer(match["answer"]))


def _overlapping(pattern: re.Pattern[str], sentence: str) -> Iterator[re.Match]:
    """Each match of `pattern`, including those inside an earlier one's answer ("an increase
    in price results in a decrease …": the noun "increase" is no verb; "results in" is)."""
    match = pattern.search(sentence)
    while match:
        yield match
        match = pattern.search(sentence, match.start() + 1)


def says_what_it_does(sentence: str) -> bool:
    """Whether a sentence is "<named subject> <does> <something>" ("T cells mature in the
    thymus"): a whole statement, even without its full stop."""
    return _doer(sentence) is not None


# Nouns after "The" that point back at something the notes said ("The study found …").
_POINTING_NOUNS = frozenset("""
    study studies plan author authors paper article text book report survey result results
    experiment experiments researcher researchers court judge government state country
    war treaty theory model law idea argument process system method approach question
    answer problem data evidence case example figure table graph diagram chart lecture
    teacher professor speaker writer reader user person group company firm market
    policy act bill programme program project movement party leader president king
    army concept term word name other former latter first second last same
""".split())
# What a speaker or a study does, never a part's job: "The author argued …".
_SAYING_VERBS = frozenset("""
    states stated argues argued claims claimed suggests suggested proposes proposed predicts
    predicted assumes assumed describes explains explained shows showed found demonstrated
    says said believed wanted feared saw supported opposed emphasises emphasizes focuses
""".split())
# The verbs a part of a body, a cell or a machine does its job with.
_ORGAN_VERB = re.compile(
    r"releases?|secretes?|produces|contains?|stores?|carries|transports?|absorbs?|engulfs?|"
    r"destroys?|kills?|binds?|detects?|protects?|controls?|regulates?|stimulates|inhibits|"
    r"connects?|pumps?|filters?|digests?|breaks|builds|supplies|coordinates?|holds?|"
    r"surrounds?|lines?|covers?|removes?|emits?|encodes?|lacks?|slows|emulsifies|"
    r"catalys(?:es|e)|catalyz(?:es|e)|hydrolys(?:es|e)|oxidi[sz]es|transmits?|conducts?|"
    r"excretes?|transfers?|forwards?|blocks?|reverses?|maps?|translates?|handles?|sends?|"
    r"receives?|converts?")


# A pronoun's contraction ("we'll", "it's", "that's"); not a possessive, "Children's Crusade".
_CONTRACTION = re.compile(r"['’](?:ll|ve|re|d|m)$|(?<=^it)['’]s$|(?<=^he)['’]s$|"
                          r"(?<=^she)['’]s$|(?<=^that)['’]s$|(?<=^there)['’]s$|"
                          r"(?<=^what)['’]s$|(?<=^who)['’]s$|(?<=^here)['’]s$")


def _named_subject(subject: str, article: str | None, joining=()) -> bool:
    """Whether `subject` (after `article`, if any) names a thing a card may ask for what it
    does (_doer, _open_doer): no word of it one anyone could be ("People remember …",
    "Republicans and Democrats …"; but the `joining` words a name may hold, "Bank of
    England"), worth a card (_worth), no verb inside it ("Inflammation increases blood flow
    …": the subject ends at its verb), and after an article or capitalised ("flow control
    and congestion control", "brain decides what …": a list item's phrase, a note's
    shorthand)."""
    words = subject.split()
    # ("We'll spend a lot of this class …" asked "[We'll]": a pronoun with its verb.)
    if any((bare := _CONTRACTION.sub("", w.casefold())) in _NOT_DOERS and bare not in joining
           for w in words):
        return False
    if any(w.islower() and _VERB_LIKE.search(w) for w in words[:-1]):
        return False
    return bool(article or subject[:1].isupper()) and _worth(subject)


# A sentence's own subject, then its verb: "The placenta acts as …", "The placenta, an
# organ of pregnancy, acts as …", "The placenta of the mother supplies …", "The tree gets
# moved …". The subject is a noun with at most three more words ("of" and "the" among
# them, never a relative word or another preposition, which make it a noun phrase that
# says what a thing is: "A drug that activates a receptor"), an apposition or a bracket
# after it allowed; the verb a finite one, a word in -s or -ed that no noun ending makes
# (_NOT_OPEN_VERBS), or a verb of a list.
_OWN_SUBJECT_OPENING = re.compile(r"^\s*(?:(?P<article>the|a|an)\s+)?", re.I)
# (Or a formula: "The kinematic viscosity \\(\\nu = \\mu/\\rho\\) measures …", shielded.)
_ASIDE_AFTER_SUBJECT = re.compile(r"^(?:\s*,[^,;:.]{2,60},|\s*\([^()]{1,60}\)|\s*\\\(\ue000*\\\))")
_ADVERB = re.compile(rf"^(?:{_ADVERBS})$", re.I)
# (Nor "how", "why", "what": "Understanding how language is represented …" opens on a
# clause, no named subject; "[Understanding how language] is represented …" was asked.)
_NOT_IN_SUBJECT = frozenset("""that which who whose where when whereby how why what whether
    in for by with to on at from between and or as is are was were has have had via into
    through about under over after before during without within across against
    among""".split())
# "The tree gets moved …": "get" is a passive's auxiliary after a subject, as "is" is.
_FINITE = AUXILIARIES | {"gets", "got"}
# The words after a word in -s or -ed that make it a verb, not a plural noun ("The mitral
# valve separates the left atrium …"), in names_own_subject as in _OPEN_DOER.
_DETERMINER_NEXT = frozenset("""the a an its their his her each every all both where how
    what whether when why that""".split())
# Words in -ed that begin a gloss, not a verb of the subject: "Hormones released by …".
_PARTICIPLE_AFTER = re.compile(r"^\s*(?:by|in|into|from|to|at|on|with|as|under|during|"
                               r"across|through|via|within)\b", re.I)


def _own_verb(verb: str, rest: str) -> bool:
    """Whether `verb`, after a subject and before `rest`, is that subject's verb."""
    if not verb.isalpha() or not verb[0].islower() or not rest.split():
        return False  # "… the Vaughan Williams system": a name, no verb
    if verb in _FINITE:
        return True
    if verb.endswith("ed") and _PARTICIPLE_AFTER.match(rest):
        return False  # "Proteins embedded in the membrane …": a gloss of the noun
    if _ORGAN_VERB.fullmatch(verb) or verb_form(verb):
        return True
    # A verb of no list is told from a plural noun ("Biological catalysts made of protein",
    # "High melting points and …") by the determiner after it, as _OPEN_DOER tells it.
    return verb.endswith(("s", "ed")) and not _NOT_OPEN_VERBS.search(verb) and \
        verb not in _NOT_DOERS and rest.split()[0].casefold() in _DETERMINER_NEXT


def names_own_subject(sentence: str) -> bool:
    """Whether `sentence` opens on a named subject of its own and that subject's verb ("The
    placenta acts as an endocrine gland", "The placenta, an organ of pregnancy, acts as
    …"): a statement about that subject, which says what the heading above it is only by
    chance ("Organs"), so no card hides the heading for it. Not a noun phrase that says
    what a thing is ("The timestep of the model and the scales resolved", "A drug that
    activates a receptor"), nor a subject anyone could be ("After rejecting …, the person
    attacks it" opens on no subject; "People remember …")."""
    found = _own_subject(sentence)
    return found is not None and _named_subject(
        sentence[found.start:found.end], found.article, joining=("of", "the"))


class _OwnSubject(NamedTuple):
    """A sentence's own subject (where it stands, after its article) and the verb after it."""
    start: int
    end: int
    article: str | None
    verb: str
    rest: str


def _own_subject(sentence: str, verb_of=None) -> _OwnSubject | None:
    """The subject names_own_subject reads and its verb: the first words (at most four)
    that a verb of their own follows (_own_verb, or `verb_of(verb, rest)` where given)."""
    if is_order(sentence) or (sentence.split() or [""])[0].casefold() in _ADVERBS_IN_S:
        return None  # "Always link the terms …": an order, or an adverb, has no subject
    opening = _OWN_SUBJECT_OPENING.match(sentence)
    article = opening["article"]
    words = list(re.finditer(r"[^\s,()]+", sentence[opening.end():]))[:8]
    for count in range(1, min(4, len(words) - 1) + 1):
        subject_words = [w.group() for w in words[:count]]
        if subject_words[-1].casefold() in _NOT_IN_SUBJECT | {"of", "the"} or any(
                w.casefold() in _NOT_IN_SUBJECT for w in subject_words):
            if any(w.casefold() in _NOT_IN_SUBJECT for w in subject_words):
                return None
            continue
        after = sentence[opening.end() + words[count - 1].end():]
        aside = _ASIDE_AFTER_SUBJECT.match(after)
        after = after[aside.end():] if aside else after
        found = re.match(r"\s+(\S+)\s+(\S+(?:.*))", after, re.S)
        if found and _ADVERB.match(found[1]):
            found = re.match(r"\s+(\S+)\s+(\S+(?:.*))", found[2] and " " + found[2], re.S)
        verb = found[1].strip(",.;:") if found else ""
        if found and article and article.casefold() in ("a", "an") and \
                verb.casefold() not in _FINITE and not verb.endswith(("s", "ed")) and \
                verb.casefold() not in _PAST:
            # "A lasting increase in the strength of a synapse …": one thing is never the
            # subject of a bare verb ("A drug activates …", not "activate"); "increase" is
            # the noun the article's phrase goes on to, and the sentence says what a name
            # is (the "Long-term potentiation" heading over it made no card).
            continue
        if found and (_own_verb(verb, found[2]) or verb_of and verb_of(verb, found[2])):
            return _OwnSubject(opening.end() + words[0].start(),
                               opening.end() + words[count - 1].end(), article, verb, found[2])
    return None


def _doer(sentence: str) -> tuple[int, int] | None:
    """The named subject of a sentence that says what it does ("Mast cells release histamine
    during an allergic reaction", "Stalin refused Marshall Aid for the Soviet Union"): the
    thing a learner recalls from what it does. Not a subject anyone could be ("People
    remember …", "Historians argue …"), nor one of two ("Republicans and Democrats …")."""
    match = _DOER.match(sentence)
    if not match or len(match["rest"].split()) < 2:
        return None
    words = match["subject"].split()
    article = (match["article"] or "").strip()
    # After "Whereas" the subject opens its clause as a sentence's first word would, where
    # a capital would have named it ("Arteries carry …").
    if not _named_subject(match["subject"], article or match["lead"]):
        return None
    if not article and len(words) == 1 and words[0].casefold() in _WIDE_CLASSES:
        return None  # "[Blood] enters the kidney through the renal artery …": guessed
    if words[0].casefold() in _ADVERBS_IN_S or is_order(sentence):
        # "Always link the terms of the treaty to German anger" (an exam tip) asked
        # "[Always]": an adverb in -s read as a plural subject, an order as a statement.
        return None
    verb = " ".join(match["verb"].casefold().split())
    if not (verb.endswith(("s", "ed")) or verb in _PAST or words[-1].casefold().endswith("s")):
        return None  # "The simple form is …", "flow control": a noun read as a verb
    if (verb.endswith("ed") or verb in _PAST) and \
            _PASSIVE_PLACE.match(match["rest"]):
        # "Information lost from STM through displacement", "Glucose transported across
        # the membrane": a participle with its "is" left out. The subject did nothing; it
        # is the topic, and hiding it left a fragment any noun fits (an engineer's notes of
        # the nineteenth review).
        return None
    if article and len(words) == 1 and match["subject"].islower() and (
            article.casefold() != "the" or words[0].casefold() in _POINTING_NOUNS
            or verb in _SAYING_VERBS or not _ORGAN_VERB.fullmatch(verb)):
        # "The study found …", "The plan …": a word that points back. Not "The pancreas
        # secretes insulin", "The liver stores glycogen": a part doing what parts do.
        return None
    return match.span("subject")


# "<named subject> <verb in -s or -ed> <the/a/its … or how/where/that …>": what a named
# thing does, with a verb outside _DOING's list ("Depreciation spreads the cost …", "The
# mitral valve separates the left atrium …", "The Magna Carta limited the power …"). A
# determiner or a question word after the word in -s tells a verb from a plural noun.
_OPEN_DOER = re.compile(
    rf"^\s*{_CONTRAST_LEAD}(?:(?P<article>the|a|an)\s+)?"
    r"(?P<subject>[A-Za-z][\w'’-]*(?:\s+(?:(?:of|the)\s+)*[\w'’-]+){0,3}?)\s+"
    r"(?P<verb>[a-z]{3,}(?:s|ed))\s+"
    rf"(?P<next>{'|'.join(sorted(_DETERMINER_NEXT))})"
    r"\s+(?P<rest>[^;:]+)", re.I)
# Words in -s or -ed after a subject that are no verb of its own: auxiliaries, adverbs and
# nouns ("The process is …", "The bonds …", "Nevertheless …").
_NOT_OPEN_VERBS = re.compile(
    r"(?:ss|us|is|ous|ics|ness|less|ies|ings|ions|ers|ents|ants|als|ures)$|^(?:has|was|does|"
    r"goes|needs|uses|seems|appears|becomes|remains|means|includes|involves|consists|"
    r"contains|explains|depends|tends|refers|relates|applies|happens|occurs|results|"
    r"tried|used|based|called|known|named|termed|defined|followed|seen|caused|needed|"
    r"required|found|given|made|considered|described|believed|thought|said|"
    r"compared|related|associated|linked|involved|affected|influenced|determined)$")


_NO_ONE_SOURCE = frozenset("""research evidence studies study data experience literature
    analysis history science experts society everybody nobody somebody""".split())


# A part of the notes or the book, which shows or says but does nothing of the subject.
_DOCUMENT_PART = re.compile(r"(?:examples?|tables?|figures?|fig|chapters?|sections?|"
                            r"exercises?|problems?|lectures?|slides?|appendix)\b", re.I)


# The verbs a step of a procedure opens with, as an instruction ("Give IV antibiotics",
# "Expand any brackets", "Take blood cultures"): how a protocol, a method or an algorithm is
# written. Some also open a noun phrase ("Test results from the lab", "Order sheet for the
# ward"): those (STEP_NOUNS) open a step only before a word that opens a verb's object
# (_STEP_OBJECT: "Test the urine", "Record all vital signs"), in a list as in a sentence.
STEP_VERBS = frozenset("""add adjust administer aim allow apply arrange ask assess assign
attach avoid begin boil bring build calculate call cancel check choose clean clear close
collect combine compare compute confirm connect consider construct continue convert copy
count cover create cut decide define delete derive describe design determine differentiate
dilute discard divide document draw drop eliminate ensure enter establish estimate
evaluate examine exclude expand explain express extract factor factorise factorize fill
find fit fix follow form get give heat identify include increase indicate insert inspect
install integrate invert isolate keep label lay let lie list listen load locate look make
mark measure merge mix monitor move multiply note notify observe obtain open order perform
pick place plot plug pour prepare prescribe press print process put raise read reassess
record reduce refer remove repeat replace report request reset restart return review
rewrite rinse run save search select send separate set shake simplify sit solve sort
specify split start state stir stop store substitute subtract sum swap take tell test
transfer transform treat try turn update use verify wait warm wash weigh withdraw write""".split())
_STEP_OBJECT = frozenset("""a an the any each all every some your both it them this
these that those its their his her""".split())
STEP_NOUNS = frozenset("""order report record note test count plot process form state set
list sum factor place store check mark label cover cut drop fill fix load press print save
search sort split start stop swap turn update wash mix fit return review run read request
reset design document draw estimate express extract heat increase insert monitor move raise
reduce remove repeat replace select send treat weigh copy""".split())


def _instruction(words: list[str]) -> bool:
    """Whether a sentence's "subject" is an instruction's verb and the start of its object
    ("Check a peak", "Take the blood"): a determiner after a verb of steps opens no name."""
    return len(words) > 1 and words[0].casefold() in STEP_VERBS and \
        words[1].casefold() in _STEP_OBJECT


def opens_a_step(text: str) -> bool:
    """Whether a list item opens as an instruction: a verb of steps (STEP_VERBS, any case),
    or "Do not …"; a verb that also names a thing (STEP_NOUNS: "Order sheet for the ward",
    "Test results") only before the start of its object ("Order an ECG", "Test the urine"),
    as _instruction asks of a sentence's subject."""
    words = re.findall(r"[^\W\d_]+", text.casefold())[:2]
    if words[:2] == ["do", "not"] or words[:1] == ["don"]:
        return True
    if not words or words[0] not in STEP_VERBS:
        return False
    return words[0] not in STEP_NOUNS or _instruction(words)


def _open_doer(sentence: str) -> tuple[int, int] | None:
    """The named subject of a sentence that says what it does with a verb no list holds
    (_OPEN_DOER): asked as _doer asks, on the same terms (a named subject, never one
    anyone could be, nor a noun after "The" that points back, "The study found …")."""
    match = _OPEN_DOER.match(sentence)
    if not match or len(match["rest"].split()) < 2 or sentence.rstrip().endswith(("?", ":")) \
            or is_order(sentence):
        return None  # ("Always wear goggles when heating liquids": an order, no subject)
    verb = match["verb"].casefold()
    if _NOT_OPEN_VERBS.search(verb) or verb in _NOT_DOERS or verb in _PAST or \
            verb in _SAYING_VERBS:
        return None  # "Wikipedia describes …": who says it, no doer of the subject
    words = match["subject"].split()
    if _instruction(words):
        return None  # "Check a peak flow and …": an instruction, no "[Check a peak]" doing
    if any(c.isdigit() for c in match["subject"]) or \
            _DOCUMENT_PART.match(match["subject"]):
        return None  # "Example 1 illustrates …", "Table 2 summarises …": a part of the notes
    if not _named_subject(match["subject"], match["article"] or match["lead"],
                          joining=("of", "the")) or \
            words[-1].casefold() in ("of", "the"):
        return None
    if match["article"] and len(words) == 1 and match["subject"].islower():
        return None  # "The study found …", "A seller sends …": a word that points back
    if re.search(r"[_\\^=]", match["subject"]):
        return None  # "Q_D changes a small amount": a symbol, whose card asks a letter
    if len(words) == 1 and words[0].casefold() in _NO_ONE_SOURCE:
        return None  # "Research shows that …": what anyone found, no name to recall
    if match["subject"].isupper() and len(match["subject"]) == 1:
        return None  # "A breaches that duty": a party of an example, no name
    return match.span("subject")


@lru_cache(maxsize=ARTICLE_CACHE)  # asked of every fact that made no card, and facts repeat
def open_doer_span(text: str) -> tuple[int, int] | None:
    """The subject of the first sentence of `text` that says what a named thing does with a
    verb of no list (_open_doer) and no other word of it gives away: the gap of a fact
    that made no card by any other reading (generate), never a reading the reader goes by."""
    return next(_clean(text, _statement_spans(text, shapes=(_open_doer,))), None)


# A passive that says where a thing is made, kept or used, or when it was done: "B cells are
# made and mature in the bone marrow", "Acetylcholine is used at the neuromuscular junction",
# "The feudal system was abolished on 4 August 1789". Its participle is no verb of naming or
# judging ("is called …", "is considered …": what a thing is called is a definition's), and
# a place or a time follows it, never a purpose ("is used for reflexes": _ROLE's).
_PLACED = re.compile(
    rf"^(?:(?:{_ADVERBS})\s+)?(?P<participle>(?!(?:called|known|named|termed|defined|referred|"
    r"considered|thought|said|believed|seen|regarded|described|compared|related|associated|"
    r"linked|involved|based|needed|required|given|shown|expected|supposed|meant|allowed|"
    r"asked|told)\b)[a-z]{2,}ed|made|built|kept|held|found|broken\s+down|made\s+up|grown|"
    r"spread|split|bound|hidden|worn|put)"
    r"(?:\s+and\s+(?:\w+ly\s+)?[a-z]{3,})?"
    r"\s+(?:in|at|on|inside|within|into|across|along|around|between|during|throughout|near|"
    r"under|over|from|through|onto)\s+\S", re.I)
# A comparison after "is": "Saltatory conduction is much faster than conduction along …".
_COMPARED = re.compile(rf"^(?:(?:much|far|slightly|even|\w+ly)\s+)?(?:{_COMPARATIVES}|"
                       r"[a-z]{3,}er)\s+than\b", re.I)
# Verbs of science notes no list above holds, read as a subject's own where
# _own_verb would not ("Glycolysis splits glucose …", "Insulin lowers blood glucose …",
# "High temperatures denature enzymes …").
_STATEMENT_VERB = re.compile(r"(?:split|lower|raise|denature|defend|spread|speed|widen|narrow|"
                             r"dilate|constrict|relax|contract|diffuse|bond|dissolve|repel|"
                             r"attract|accelerate|oppose|resist|store|convert)(?:s|es)?")
# Determiners of a noun phrase that opens on a possessive or a pointer ("My notes …"): the
# notes' own voice, no thing named.
_OWNERS = frozenset("my our your his her its their".split())
# A count opening a subject ("Two transport protocols carry …"): which ones, the sentence
# does not say.
_COUNT_WORDS = frozenset("one two three four five six seven eight nine ten".split())
# Prepositions no stop word list holds, never a verb after a subject ("Swirl constantly near
# the end point": an instruction, no subject).
_PLACE_WORDS = frozenset("""near towards toward beside behind beyond despite until unlike
    like past around along across inside outside throughout upon via onto amid""".split())
# Verbs that say a thing takes place, not what it does ("Pain occurs when the patient lies
# flat": many things occur then, and the sentence's fact is its condition).
_TAKES_PLACE = frozenset("""occurs occur occurred happens happen happened arises arise arose
    exists exist existed becomes become became seems seem seemed appears appear appeared
    means mean""".split())
# A class so wide that a card asking it asks nothing ("[Plants] purify the air only in
# sunlight" under "Photosynthesis"): a subject of one such word is no term. The everyday
# stuff a body or a place takes in is guessed from where it goes ("[Blood] enters the kidney
# through the renal artery …": the artery says it; a blind review of session 20, junk).
# Adverbs in -s a sentence opens on, read as a plural subject by the verb check of _doer.
_ADVERBS_IN_S = frozenset("""always sometimes perhaps nevertheless nonetheless afterwards
    besides nowadays thus regardless towards backwards forwards""".split())
_WIDE_CLASSES = frozenset("""plants animals organisms humans cells things living bodies body
    water air food energy matter substances materials objects systems blood light heat""".split())


def _statement_verb(verb: str, rest: str) -> bool:
    """Whether `verb`, before `rest`, is the verb of a subject statement that _own_verb does
    not read: a verb of _STATEMENT_VERB, or a plain verb before a determiner ("White blood
    cells defend the body …"), never a preposition ("Blood flow towards the heart")."""
    if not verb.isalpha() or not verb.islower() or not rest.split():
        return False
    if _STATEMENT_VERB.fullmatch(verb):
        return True
    return len(verb) > 3 and verb not in STOP_WORDS | _NOT_IN_SUBJECT | _PLACE_WORDS and \
        not verb.endswith(("ly", "ing", "s", "ed")) and \
        rest.split()[0].casefold() in ("the", "a", "an", "its", "their")


def _subject_statement(sentence: str) -> tuple[int, int] | None:
    """The subject of a plain statement about a named thing, where no shape of this module
    reads it: its subject a term ("B cells are made and mature in the bone marrow",
    "Inflammation increases blood flow to the infected area"), its verb one of its own
    (a passive of place, _PLACED, or a verb that is no form of "be" or "have"), and what
    follows it two words or more that say something. The subject is what the learner
    recalls from what it does: never a subject anyone could be ("Both responses work
    together", "Things are different …", "it is used for reflexes"), a word pointing back
    ("The study found …", "A vaccine contains …"), or a quality ("The brain is
    important.": a form of "be" and no passive of place)."""
    if sentence.rstrip().endswith(("?", ":")):
        return None
    found = _own_subject(sentence, verb_of=_statement_verb)
    if found is None:
        return None
    subject = sentence[found.start:found.end]
    words = subject.split()
    if not _named_subject(subject, found.article, joining=("of", "the")) or \
            _instruction(words):
        return None
    if words[0].casefold() in _VAGUE_SUBJECTS | _OWNERS | _QUANTIFIERS | _COUNT_WORDS or \
            any(c.isdigit() for c in subject) or _DOCUMENT_PART.match(subject) or \
            re.search(r"[_\\^=\ue000]", subject) or \
            (len(words) == 1 and (words[0].casefold() in _NO_ONE_SOURCE
                                  or len(words[0]) == 1)):
        return None  # "Things …", "My notes …", "Table 2 …", "Research shows …", "A …"
    if len(words) == 1 and words[0].casefold() in _WIDE_CLASSES or \
            any("n't" in w.casefold() or "n’t" in w.casefold() for w in words):
        return None  # "Plants purify …": no term; "Don't stop …": an instruction
    head = words[:words.index("of")] if "of" in words else words
    if found.article and len(head) == 1 and subject.islower():
        # "The exchange takes …", "The study found …", "A vaccine contains …", "The placenta
        # of the mother …": one word after an article points back at what the notes said
        # (an organ doing its job, "The pancreas secretes insulin", is _doer's).
        return None
    if re.search(rf"{ARROW}|=|\ue000", found.rest):
        return None  # "AV node block → P waves …": an arrow or a formula, no predicate
    verb = found.verb.casefold()
    after = found.rest.split()[0].casefold()
    if after in _FINITE or after.endswith("s") and verb_form(after) or \
            re.match(rf"\s*\S*{re.escape(found.verb)}[,;:]", sentence[found.end:]):
        return None  # "Pipe flow becomes …", "Exchange rate, …": the "verb" was a noun
    if verb in _BE:
        if not _PLACED.match(found.rest) and not _COMPARED.match(found.rest):
            return None  # "The brain is important.", "X is a …": a quality or a definition
    elif verb in _FINITE or verb in _SAYING_VERBS or verb in _NOT_DOERS or \
            verb in _TAKES_PLACE:
        return None  # "Pipe flow becomes turbulent …", "Kant argued …": no thing done
    elif _ONLY_DIRECTION.fullmatch(verb) and (after in STOP_WORDS or after.endswith("ly")):
        # "Boiling point increases as the chain gets longer": a trend, whose gap is its
        # direction (_last_shape), not the quantity any such trend could be about.
        return None
    # What it does, to the end of its clause: at least two words that say something.
    said = re.split(r"[,;]|\s(?:since|because|so|as|which|e\.g\.)\s", found.rest)[0]
    if len(content_words(said)) < 2:
        return None  # "Both responses work together": nothing said of the subject
    return found.start, found.end


def states_of_its_subject(sentence: str) -> bool:
    """Whether `sentence` is a plain statement about its named subject (_subject_statement:
    "White blood cells defend the body against pathogens"): a whole sentence, never a
    name a list gives."""
    return _subject_statement(shield_math(sentence)) is not None


# How many sentences' subjects subject_statement_span weighs. A text whose first subjects are
# each given away by its other words names them again and again, and its later ones are
# given away alike; each refusal reads the whole text (quality.giveaways), so weighing every
# sentence of one long paragraph was quadratic (code review 19, A2: 4x the time for 2x the
# sentences). The style articles and the tests weigh two at most.
_SUBJECTS_WEIGHED = 8


@lru_cache(maxsize=ARTICLE_CACHE)  # asked of every fact that made no card, and facts repeat
def subject_statement_span(text: str) -> tuple[int, int] | None:
    """The subject of the first sentence of `text` that is a plain statement about a named
    thing (_subject_statement), no other word of `text` giving it away: the gap of a fact
    no reading of this module asked, tried last (generate). Where the text says the
    subject's last word again ("Saltatory conduction is much faster than conduction along
    unmyelinated axons"), the words before it, which tell this one from the other: "[Saltatory]
    conduction is much faster …"."""
    spans = _statement_spans(text, shapes=(_subject_statement,))
    for weighed, (start, end) in enumerate(spans):
        if weighed == _SUBJECTS_WEIGHED:
            break
        subject = text[start:end]
        cut = start + subject.rfind(" ")
        modifier = text[start:cut]
        if cut > start and len(modifier) >= 4 and modifier.replace(" ", "").isalpha() and \
                modifier.casefold() not in STOP_WORDS and re.search(
                    rf"\b{re.escape(subject[cut - start + 1:])}\b", text[end:], re.I):
            end = cut  # the head said again: the words that tell this one from the other
        if next(_clean(text, iter([(start, end)])), None):
            return start, end
    return None


# An object whose amount is a filler of speech: "so taxes raise a lot of revenue" hid "lot of
# revenue", its noun the obvious word and the fact (inelastic demand) shown (junk21b).
_FILLER_AMOUNT = re.compile(r"\s*(?:an?\s+)?(?:lot|lots|great\s+deal|good\s+deal|plenty|"
                            r"loads?|tons?|bit)\s+of\b", re.I)


def _cause(sentence: str, pattern: re.Pattern[str] = _CAUSE) -> tuple[int, int] | None:
    for match in _overlapping(pattern, sentence):
        if in_brackets(sentence, match.start()):
            continue  # "Humoral mechanisms (mediated by …)": a gloss, not the statement
        before = sentence[:match.start()].split()
        if before and before[-1].casefold() in _NOUN_BEFORE and \
                not _pointer_subject(before, match.group().split()[0]):
            continue  # "the increase in …" names a change; it states no cause
        change = match.groupdict().get("change") or ""
        if change and (not before and not change.casefold().endswith("s")
                       or sentence[match.start() - 1:match.start()] in "@#/+-"
                       and match.start()):
            continue  # "Lower extremity edema", "@reduce perfusion": no verb of a subject
        if before and before[-1].casefold() == "what":
            continue  # "Possibly what caused the war": a question, not its answer
        if before and before[-1].casefold() in ("se", "si") and not match.groupdict().get("made"):
            continue  # "La osmosis se produce a través de …": Spanish, no English "produces"
        if match.groupdict().get("source") and (
                not before or {w.casefold().strip(",") for w in before} & _DENIED
                or before[0].casefold() in _POINTING_OPENERS
                or before[-1].casefold().strip(",") in _POINTING_OPENERS
                or re.match(r"\s*\S+\s+such\b|\s*such\b", match["answer"])):
            continue  # "… do not believe that all ideas come from experience", "This is due
            # to …", "whether these arise from …": no source stated of a named thing; "come
            # from initiatives such as Plan S": a class any example's name would fit
        if match.groupdict().get("link") and (
                not before or before[0].casefold() in _POINTING_OPENERS | _QUANTIFIERS
                or any(w.casefold() in _NOT_DOERS and w.casefold() not in _OF_A_NAME
                       for w in before)):
            continue  # "Many people were involved in the plot": no named thing it goes with
        if match.groupdict().get("made") and (
                len(before) <= 1 and (not before or before[0].casefold() in POINTING_WORDS)
                or (match["answer"].split() or [""])[0].casefold() in _VAGUE_PARTS
                or sentence[match.end():].lstrip().startswith(",")):
            continue  # "Questo è formato da …", "Elle est composée de …": no thing named;
            # "è formato da diverse fasi": no part named either; "è costituito da
            # microtubuli, microfilamenti e …": one of a list, which any other would fill
        if before and before[-1].casefold() in _BE and \
                (match.groupdict().get("verb") or "").casefold() in _CAUSE_ONLY_ACTIVE:
            continue  # "weapons are produced easily": a passive with no cause named
        first = match["answer"].split()[0].casefold() if match["answer"].split() else ""
        if first in _NOT_OBJECT:
            continue  # "the legal cause of the result": the verb was a noun
        if _FILLER_AMOUNT.match(match["answer"]):
            continue  # "taxes raise a [lot of revenue]": how much is filler, what is plain
        if change and (first.endswith("ly") or first in _TREND_WAY):
            continue  # "increases massively", "decreases down the group": no object, a trend
        if change and before and before[-1].casefold() in _HAVE_BE:
            continue  # "Branched isomers have lower boiling points": an adjective, no verb
        if change and before and before[-1].casefold() in _PREPOSITIONS_BEFORE_ADJECTIVE:
            continue  # "supply the market at lower cost than two or more": a comparative
            # after a preposition, no verb; its gap cut the comparison ("[cost than two …]")
        answer = _effect(match["answer"])
        if match.groupdict().get("source"):
            # "comes from savings and the demand … comes from investment": one source.
            answer = _NEXT_CLAUSE.sub("", answer)
        if (match.groupdict().get("verb") or "").casefold().endswith("by") or \
                pattern is _CONVERTS:
            # "designed by Paul Mockapetris in 1983", "mature into macrophages in the tissues";
            # a participle left before the cut goes with it: "into chemical energy [stored]
            # in glucose" asks "chemical energy".
            cut = _AGENT_END.sub("", answer)
            answer = _LEFT_PARTICIPLE.sub("", cut) if cut != answer else cut
        if pattern is _CONVERTS and _MAIN_VERB_AFTER.search(answer):
            # "Exchange rates to convert the GNP … to USD is based on …": the sentence's
            # fact is its main verb's, not what the subject's infinitive turns a thing into.
            continue
        found = _tidy(sentence, match, answer)
        if found:
            return found
    return None


def pointed_cause_end(text: str) -> int:
    """Where the first sentence of `text` ends when it opens on a pointing subject and its
    verb of consequence ("This creates a gradient", "These lead to …"), else 0. Its fact is
    askable only where the card shows what "this" is (generate: the lead)."""
    first = _SENTENCE.match(shield_math(text))
    if first is None:
        return 0
    for match in _overlapping(_CAUSE, first.group()):
        before = first.group()[:match.start()].split()
        if len(before) == 1 and _pointer_subject(before, match.group().split()[0]):
            return first.end()
    return 0


# Prepositions a change word after is an adjective ("at lower cost", "with higher risk").
# Not "to", which opens an infinitive ("to lower the cost").
_PREPOSITIONS_BEFORE_ADJECTIVE = frozenset("at with in on for from into under over".split())
_LEFT_PARTICIPLE = re.compile(r"\s+(?:\w+ly\s+)?[a-z]+ed$")
_MAIN_VERB_AFTER = re.compile(r"\s+(?:is|are|was|were|has|have|had|can|could|will|would|"
                              r"must|may|might|should)\b.*$", re.I | re.S)


def _pointer_subject(before: list[str], verb: str) -> bool:
    """Whether the word before `verb` is a pointing subject, not a determiner: "This
    creates a gradient" (a verb in -s after "this"/"that"), "These lead to …" (a verb
    without -s after "these"/"those"). "This increase", "these increases" stay nouns. The
    sentence the pointer means is the card's lead (generate), as for "This is …"."""
    word, verb = before[-1].casefold(), verb.casefold()
    if len(before) > 1 and before[-2].casefold() not in _CLAUSE_OPENERS:
        return False  # "… of this produce": a determiner inside a phrase
    if word in ("this", "that"):
        return verb.endswith("s") and not verb.endswith("ss")
    return word in ("these", "those") and not verb.endswith("s")


# Words a pointing subject may follow: the sentence's own start, or a linking word.
_CLAUSE_OPENERS = frozenset("and so then thus therefore in turn which".split())


# Comparatives that open a quantity's name ("higher consumer spending"): an -ing word
# after one is the noun they qualify, not a participle opening a clause ("using …").
_COMPARATIVE = re.compile(r"(?:higher|lower|more|less|greater|fewer|bigger|smaller|"
                          r"increased|reduced|decreased|rising|falling)\s", re.I)
_ING_HEAD = re.compile(r"^((?:\S+\s+){0,3}?\w+ing)\s+(?:from|to|in|on|by|with|at|into|out|"
                       r"over)\b", re.I)


def _effect(answer: str) -> str:
    """What a cause brings about, to where its phrase ends (_EFFECT_END). "higher consumer
    spending on durable goods" ends after "spending": cut before it, the gap was "[higher
    consumer] spending", a phrase split in two (its card was judged filler: junk)."""
    if _COMPARATIVE.match(answer):
        head = _ING_HEAD.match(answer)
        if head:
            return head.group(1)
    return _EFFECT_END.sub("", answer)


def _agent_answer(answer: str) -> str:
    """`answer` cut where its circumstances begin (_EFFECT_END: "… which", "… for") and
    then at its first preposition (_AGENT_END: "Paul Mockapetris [in 1983]")."""
    return _PARTICIPLE_END.sub("", _AGENT_END.sub("", _EFFECT_END.sub("", answer)))


# "attenuated by the voltage divider formed with the electrode impedance": cut at "with",
# the participle left over begins a clause about the answer, no word of it (en20:
# "[voltage divider formed]").
_PARTICIPLE_END = re.compile(r"(?<=\w)\s+(?:formed|made|created|produced|caused|used|given|"
                             r"built|generated|obtained|found|seen|shown|known|set|placed|"
                             r"connected|applied|measured)$", re.I)


def _tidy(sentence: str, match: re.Match, answer: str,
          group: str = "answer") -> tuple[int, int] | None:
    """Where the answer `answer` (the start of match's `group`) stands, without its
    article; None when it is one of a list or not worth a card."""
    answer = _TRAILING.sub("", _AND_THEN.sub("", answer).rstrip())
    # "caused by rising costs of production e.g. oil prices": the answer stops at the full
    # stop of "e.g." typed with no comma before it, leaving its "e" (cov17's notes).
    # (A sentence is cut at that stop, so a lone "e" or "i" before it is the abbreviation.)
    abbreviation = re.search(r"\s+[ei]$", answer)
    after = sentence[match.start(group) + len(answer):]
    if abbreviation and (after.startswith((".g", ".e")) or after.strip() == "."):
        answer = answer[:abbreviation.start()]
    lead = _LEADING.match(answer) or _OWNER_LEADING.match(answer)
    begin = match.start(group) + (lead.end() if lead else 0)
    end = match.start(group) + len(answer)
    named = _NAMED_AFTER_NOUN.match(sentence, begin, end)
    if named and not any(w.casefold() in STOP_WORDS for w in named["noun"].split()):
        # "involved in the north region Caucasus": the name after a common noun names it,
        # and the noun says what kind of thing the learner recalls: "the north region
        # [Caucasus]", not "the [north region Caucasus]".
        begin = named.start("name")
    if _LIST_GOES_ON.match(sentence, end):
        return None  # "leads to faster, stronger response": one of a list is no effect
    if end > begin and _worth(sentence[begin:end]):
        return begin, end
    return None


# "inversely proportional to [its mass]": the owner, like an article, is no part of the
# answer; the learner recalls "mass".
_OWNER_LEADING = re.compile(r"^(?:its|their)\s+(?=\w)", re.I)
# A common noun and the name it is ("north region Caucasus", "the enzyme ACE"), to the end.
_NAMED_AFTER_NOUN = re.compile(r"(?P<noun>(?:[a-z][a-z-]*\s+)+)(?P<name>[A-Z][\w'’-]*"
                               r"(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*)*)$")


# ", which differ by band and are set by …": a relative clause after a comma says something
# of the noun before it, by the way.
_WHICH = re.compile(r",\s+(?:which|who|whose)\b", re.I)
# Words of the main clause before such a clause past which it is a side remark.
SIDE_CLAUSE_AFTER = 12


def _side_clause(sentence: str, at: int) -> bool:
    """Whether `at` is inside a relative clause that closes a long sentence ("Walls and
    distance, mostly, and the power … under the rules of each country, which differ by band
    and are set by the national regulator."): a remark by the way about the noun before it,
    after a main clause of SIDE_CLAUSE_AFTER words or more. Its agent is no fact the
    sentence states; "[national regulator]" was implied by "the rules of each country"
    (two reviews: junk, "long side remark")."""
    found = None
    for found in _WHICH.finditer(sentence, 0, at):  # noqa: B007 - the last one is wanted
        pass
    if found is None or "," in sentence[found.end():at]:
        return False
    return len(sentence[:found.start()].split()) >= SIDE_CLAUSE_AFTER


_WHOLLY_BRACKETED = re.compile(r"\((?P<inside>[^()]*)\)[.;]?\s*$")


# Where a name a sentence gives stops and the sentence goes on: another verb or clause ("is
# called the empty set and is written …"), or the symbol it is of ("the power set of $A$").
_NAME_GOES_ON = re.compile(r"\s+(?:and|but|or|which|that|who|whose|where|because|if|when|"
                           r"whenever|while|so|since)\b|\s+(?:of|in|on|for|with)\s+\\\(|"
                           r"\s*\\\(", re.I)


# A law, principle or theorem that states what its sentence says: "Newton's second law
# states that …", "The second law of thermodynamics says that …", "Bernoulli's principle
# states that …". Its name is what the sentence gives the learner to recall.
_LAW_STATES = re.compile(
    r"^\s*(?:the\s+)?(?P<answer>(?:[\w'’-]+\s+){0,4}?(?:laws?|principle|theorem|rule|postulate|"
    r"axiom|lemma|hypothesis|conjecture|paradox|equation|inequality|identity)"
    r"(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?)\s+"
    r"(?:states|say|says|tells\s+us|asserts|holds|predicts|guarantees)\s+that\s+\S", re.I)
# What makes such a subject point back, no name: "This law states …", "The above rule …".
_POINTING_NAME_WORDS = frozenset("""this that these those above below following previous
    same latter former next last such our your their its his her it""".split())


def _law_name(sentence: str) -> tuple[int, int] | None:
    """The name of the law a sentence says states something (_LAW_STATES): a name of two
    words or more ("Hooke's law", "second law of thermodynamics"), none pointing back."""
    found = _LAW_STATES.match(sentence)
    if found is None:
        return None
    words = [w.casefold() for w in found["answer"].split()]
    if len(words) < 2 or _POINTING_NAME_WORDS.intersection(words):
        return None
    return found.span("answer")


# A description given its name by "its": "The number of elements of a finite set is its
# cardinality." The name ends the sentence; the description is three words or more. So by
# "the" where the description is of something: "The SI unit of force is the newton." (the
# reader reads no definition of "SI unit of force" there: markdown.py, defs18); never a
# quality ("… is the same", "… is the largest").
_ITS_NAME = re.compile(r"^\s*the\s+(?:[\w'’-]+\s+){2,}?(?:is|are)\s+(?:its|their)\s+"
                       r"(?P<answer>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s*[.;]?\s*$", re.I)
_THE_NAME = re.compile(r"^\s*the\s+(?=(?:[\w'’-]+\s+){0,3}?of\s)(?:[\w'’-]+\s+){2,6}?"
                       r"(?:is|are)\s+the\s+(?!(?:same|opposite|reverse|other|one|only|first|"
                       r"last|main|key|best|worst|\w+est)\b)"
                       r"(?P<answer>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s*[.;]?\s*$", re.I)


def description_named(sentence: str) -> bool:
    """Whether `sentence` gives a description of something its name with "the" ("The SI
    unit of force is the newton."): the name is its fact, no definition of the description."""
    return not role_opening(sentence) and _THE_NAME.match(sentence) is not None


# "X is the Y of Z" where Y names an operation or a quantity taken of Z: "The output for any
# input is the convolution of that input with the impulse response." Y is what the sentence
# tells of X, a whole term with the one word that says which ("dot product", "Fourier
# transform"), never "the same weighted sum". Not where the subject points back ("This is
# the sum of …": the card shows nothing it is) or holds a verb of its own (defs18).
_OPERATIONS = (r"convolution|derivative|antiderivative|integral|product|sum|difference|"
               r"quotient|ratio|inverse|transpose|average|mean|median|variance|covariance|"
               r"gradient|divergence|curl|laplacian|determinant|trace|logarithm|reciprocal|"
               r"complement|union|intersection|composition|limit|transform|conjugate|norm|"
               r"square\s+root")
_OPERATION_MODIFIERS = (r"dot|cross|inner|outer|scalar|vector|tensor|partial|total|"
                        r"directional|definite|indefinite|line|surface|double|triple|weighted|"
                        r"arithmetic|geometric|harmonic|moving|additive|multiplicative|"
                        r"(?-i:[A-Z][a-z]+)")
_OPERATION_OF = re.compile(
    r"^\s*(?!(?:this|that|it|these|those|they|which|there|here|what|so|then|thus|hence)\b)"
    r"(?P<subject>[^,;:()\ue000]+?)\s+(?:is|are|equals)\s+(?:the|its|their)\s+"
    rf"(?P<answer>(?:(?:{_OPERATION_MODIFIERS})\s+)?(?:{_OPERATIONS})s?)\s+of\s+\S", re.I)
_NOT_IN_OPERATION_SUBJECT = _BE | {"if", "when", "whenever", "where", "that", "which", "has",
                                   "have", "can", "will", "must", "result", "answer"}
MAX_OPERATION_SUBJECT_WORDS = 8


def _operation_of(sentence: str) -> re.Match[str] | None:
    """The operation a sentence says its subject is of something (_OPERATION_OF), or None."""
    found = _OPERATION_OF.match(sentence)
    if found is None:
        return None
    words = [w.casefold() for w in found["subject"].split()]
    if len(words) > MAX_OPERATION_SUBJECT_WORDS or _NOT_IN_OPERATION_SUBJECT.intersection(words):
        return None
    return found


def given_name_span(text: str) -> tuple[int, int] | None:
    """The first name a sentence of `text` gives a thing it describes ("The set with no
    elements is called [the empty set] and is written …", "The second way is called
    [set-builder notation]", "… also known as [the law of inertia]"), or the name of the law
    that states what it says ("[Newton's second law] states that …"), cut where the sentence
    goes on, when no other words of `text` give it away; else None. The name a sentence
    gives is what it says: a term of the article it mentions on the way ("The [set] with no
    elements …") is not (prose18)."""
    shielded = shield_math(text)
    for sentence in _SENTENCE.finditer(shielded):
        law = _law_name(sentence.group())
        found = _NAMED.search(sentence.group()) or (
            None if role_opening(sentence.group()) else _ITS_NAME.match(sentence.group())
            or _THE_NAME.match(sentence.group()) or _operation_of(sentence.group()))
        if law is None and (found is None or in_brackets(sentence.group(), found.start())):
            continue
        start, end = law or found.span("answer")
        cut = _NAME_GOES_ON.search(sentence.group(), start)
        end = cut.start() if cut and cut.start() < end else end
        answer = sentence.group()[start:end]
        span = (sentence.start() + start, sentence.start() + end)
        if _worth(answer) and next(_clean(text, iter([span])), None):
            return span
    return None


def in_brackets(sentence: str, at: int) -> bool:
    """Whether `at` is inside brackets."""
    return sentence.count("(", 0, at) > sentence.count(")", 0, at)


_CLOSES_SENTENCE = re.compile(r"\s*\)\s*[.!;]?\s*$")


def names_the_sentence(sentence: str, match: re.Match) -> bool:
    """Whether the naming `match` ("(referred to as X)") is in brackets that close
    `sentence`: the name of what the whole sentence describes ("Funders … becoming
    publishers themselves (referred to as [Diamond Open Access])."), its fact. A bracket
    after a subject ("Green Open Access (sometimes called self-archiving) lets …") gives
    an alias by the way, and asks nothing."""
    opening = sentence.rfind("(", 0, match.start())
    # A clause before it, not a lone noun ("Cells (called neurons)."): what it names is
    # something the sentence says happens or is done.
    return _CLOSES_SENTENCE.match(sentence, match.end("answer")) is not None and \
        opening == sentence.rfind("(") and len(sentence[:opening].split()) >= 4 and \
        not _EXAMPLE_BRACKET.match(sentence, opening)


# "Critical ratio = \(\dfrac{c_u}{c_o + c_u}\)", "GDP = C + I + G + NX", "Perfect elastic =
# infinite": a quantity named in words and what it equals, typed as an equation of its own
# (a bound, "eGFR < 30", is a threshold, read by the terse readings). The name is up to five
# words, no symbol; the right side is one formula, an expression of named terms, or one
# value in words (a number is not: _VALUE).
_EQUATION = re.compile(
    r"\s*(?P<name>[^\W\d_][\w'’-]*(?:[ \t]+[\w'’-]+){0,4}?)[ \t]*"
    r"(?P<op>=|≈)[ \t]*(?P<rhs>\S.*?)[ \t]*\.?\s*$")
# An expression of named terms: words or numbers joined by operators ("Exports − Imports").
_EXPRESSION = re.compile(r"[\w'’]+(?:[ \t]+[\w'’]+){0,3}(?:[ \t]*[-+−×*/÷·][ \t]*"
                         r"[\w'’]+(?:[ \t]+[\w'’]+){0,3}){1,5}")
# One value in words ("infinite"). A number is not taken: "Indirizzo = 32 bit" under "these
# example data" is a problem's setting, which a named constant cannot be told apart from.
_VALUE = re.compile(r"infinite|infinity|zero|one", re.I)
# A worked problem's bookkeeping, not a named quantity: "Answer = 42", "The total = 5 + 3"
# (its last word; "Total magnification = …" names one).
_NOT_QUANTITIES = {"answer", "result", "total", "solution", "ans", "example", "step"}
# A line going on from the one before ("So profit = 40 − 25"): a step, no named quantity.
_CONNECTIVES = {"so", "then", "thus", "hence", "therefore", "where", "let", "if", "and", "or"}


def equation_span(text: str) -> tuple[int, int] | None:
    """The side of a typed equation (_EQUATION) a card asks: what the named quantity equals,
    its right side ("GDP = [C + I + G + NX]")."""
    found = _EQUATION.fullmatch(text)
    if found is None:
        return None
    name, rhs = found["name"], found["rhs"]
    words = name.split()
    if len(name) < 2 or words[0].casefold() in _CONNECTIVES | POINTING_WORDS or \
            words[-1].casefold() in _NOT_QUANTITIES or re.search(r"[=<>≈≤≥]", rhs):
        return None
    if not (math_spans(rhs) == [(0, len(rhs))] or _EXPRESSION.fullmatch(rhs)
            or _VALUE.fullmatch(rhs)):
        return None
    return found.span("rhs")


def _worth(answer: str) -> bool:
    """A short phrase with a word that says something, never a whole clause."""
    words = answer.split()
    if not words or len(words) > MAX_WORDS or "\ue000" in answer:
        return False
    if all(w.casefold().strip("\"'“”") in STOP_WORDS for w in words):
        return False
    return weak_answer(answer) is None


# A phrase in quotes past a sentence's first word: "Sends the "Long Telegram"", "presents
# "containment" policy". Not a quotation ("I accept, but …"): at most MAX_NAME_WORDS words
# and no clause punctuation inside.
# (Not a part of a word set in quotes: the Taylor "mono"nomial asked "mono", blind sample
# 3001: junk, a pun.)
# (Latin and Cyrillic letters: a CJK name in quotes, "为细胞的“消化车间”", is still one.)
_QUOTED = re.compile(r"(?<![A-Za-zÀ-ÖØ-öø-ɏЀ-ӿ])[\"“](?P<answer>[^\"“”,.;:!?()]{2,60}?)[\"”]"
                     r"(?![A-Za-zÀ-ÖØ-öø-ɏЀ-ӿ-])")
# A name: capitalised words or an acronym, with "of", "the", "de" … inside ("Treaty of
# Versailles", "FDR", "Franco-Prussian War").
_PROPER = re.compile(
    # (after an elided Romance article or preposition a name begins: "l'ATP", "dell'Impero")
    r"(?:(?<![\w'’/-])|(?<=\b[lLdD]['’])|(?<=\b[dDaAnNsS]ell['’])|(?<=\bdall['’]))(?P<answer>[A-Z][A-Za-z0-9'’-]*(?:\s+(?:(?:of|the|de|du|von|van|del|da|la|"
    r"le)\s+)?[A-Z][A-Za-z0-9'’-]*)*)(?![^\W_])")  # "CPU를": no name inside another script's word
_NUMBERED_AFTER = re.compile(r"\.\s*\d")
_NUMBERED = re.compile(NUMBERED_ABBREVIATIONS)
# A month after its day ("22 Oct JFK TV address …"): a date, never the first word of a name.
# English only, as it has always been: another language's month here changes which names
# are asked, a change of its own.
_MONTHS = frozenset(months.names(months.ENGLISH) + months.abbreviations(months.ENGLISH))
_DAY_BEFORE = re.compile(r"(?<![\d.,])\d{1,2}(?:st|nd|rd|th)?\s+$")
# "FDR's death": the name ends at its possessive.
_POSSESSIVE = re.compile(r"['’]s\b.*$", re.S)
# "Young's modulus", "Hooke's law": the name of a term made of a person's name, which the
# gap would cut ("Cortical bone has a [Young]'s modulus of …", en20: junk).
_EPONYM_AFTER = re.compile(r"['’]s\s+(?:law|modulus|ratio|principle|equation|constant|theorem|"
                           r"rule|number|effect|coefficient|lemma|formula|paradox|method|"
                           r"test|syndrome|disease|sign|triad|reflex)\b", re.I)
# A title alone is no name ("expected to become President").
_TITLES = frozenset("""president king queen emperor empress prince princess chancellor
    minister senator governor general pope tsar czar kaiser sultan chairman premier mayor
    lord duke sir dr mr mrs ms professor captain""".split())
# What comes before a name that makes it one of a list ("Britain, France and Germany").
_WINDOW = 200  # characters read around a name (named_spans): its clause's words
# A name right after a sentence's break or an arrow opens what follows it.
_OPENS_AFTER = re.compile(r"[.:;!?—–→=>-]\W*$")
# The last word of a text: a name ending past it closes its text, nothing but punctuation
# after it (unlike _NEXT_SENTENCE, which finds a sentence that ends with another after it).
_LAST_WORD = re.compile(r"\w(?=\W*$)")
_LISTED_BEFORE = re.compile(r"(?:,|\band|\bor|&|/)\s*(?:(?:the|a|an)\s+)?$", re.I)
_LISTED_AFTER = re.compile(r"^\s*(?:,\s*[A-Z]|and\b|or\b|&|/)")  # not ", an older grudge"
# A name after a comma that names what a common noun before it is, not a list's next item
# (issue 14, a case brief written for cov17): "no contract with the café owner, [Francis
# Minchella]", "sued the manufacturer, [David Stevenson], directly". The noun has "the" and
# no capital, so "Britain, France and Germany" stays a list.
_APPOSITIVE_BEFORE = re.compile(r"\bthe\s+(?:[a-zà-ÿ][\w-]*\s+){0,3}[a-zà-ÿ][\w-]*,\s*$")
MAX_NAME_WORDS = 4
# "the balance of Europe", "el equilibrio de Europa": a noun of a place's whole (its
# balance, map, history, rest) that many places would fit, unlike "the loop of Henle" or
# "the sick man of Europe", whose name is the fact.
_QUALIFIER_BEFORE = re.compile(
    r"\b(?:balance|equilibri(?:um|o)|équilibre|gleichgewicht|map|mapa|carte|karte|history|"
    r"historia|histoire|geschichte|storia|rest|resto|reste|politics|política|politique|"
    r"politik|economy|economía|économie|wirtschaft|people|pueblo|peuple|volk|future|futuro|"
    r"avenir|zukunft|borders?|fronteras?|frontières?|grenzen?)\s+"
    r"(?:of|de|di|du|del|della|des|von|der)\s+$", re.I)
# Sentences about the page, not its subject: "Images taken from here under Creative Commons
# Licence", "all images used are from the book "Principles of Economics"".
_ABOUT_THE_PAGE = re.compile(
    r"\b(?:images?|pictures?|photos?|screenshots?|licen[cs]ed?|copyright|taken\s+from|"
    r"adapted\s+from|from\s+the\s+(?:book|course|lecture|video|website)|credits?|"
    # "Based on the ESC 2021 guideline", "Revision for PSY1002, week 6", "Made from the
    # week 3 lecture and Chapter 2 of McKendrick": what the notes are, not their subject.
    r"based\s+on|made\s+from|revision|week\s+\d+|lectures?|chapter\s+\d+|syllabus|"
    r"handouts?|textbook|guidelines?)\b", re.I)
# The same in Chinese and Japanese notes, which have no spaces for \b: "本节" (this section),
# "每小节末标…" (each subsection ends with …), "教材" (the textbook), "笔记" (notes).
_ABOUT_THE_PAGE_CJK = re.compile(
    "本节|本節|本章|本篇|本文|这篇|這篇|每小节|每小節|每节|每節|每章|教材|课本|課本|教科書|"
    "讲义|講義|笔记|筆記|ノート|この章|この節")
# A reference line ("[1] James F. Kurose, …") or a table typed as text: no sentence.
_NOT_PROSE = re.compile(r"^\s*\[\d+\]|\|")
# A quotation of what someone says ("I enjoyed it", "we are at war"), not a name.
_SPOKEN = re.compile(r"^(?:i|i'm|we|you|he|she|they|it|it's|this|that|my|our)\b", re.I)


# A code span as the Markdown reader keeps it (readers.md_inline._code), and the code a
# card may ask as a name: an identifier, a call or a short token ("`.clone()`", "`Copy`",
# "`'static`", "`&mut T`", "`git rebase -i`"), no statement or expression.
_CODE_SPAN = re.compile(r"(?<!`)(?P<fence>`+)(?!`)(?P<code>[^`\n]{1,40}?)(?<!`)(?P=fence)(?!`)")
_CODE_NAME = re.compile(r"(?:[&'#@.:$-]*[\w.:'-]+(?:\(\))?|&mut\s+\w+)(?:\s+-{0,2}[\w.-]+){0,2}")
_EXAMPLE_BEFORE = re.compile(r"(?:\}|\b(?:e\.\s?g\.?|eg|for\s+example|for\s+instance|such\s+as|"
                             r"like|i\.\s?e\.?|örneğin|por\s+ejemplo|par\s+exemple|"
                             r"zum\s+beispiel|z\.\s?b\.|ad\s+esempio|per\s+esempio)[\s,:]*)$", re.I)
_QUOTES_JOINED = re.compile(r"\s*(?:,|;|/|and|or|but|vs\.?|versus|,\s*and|,\s*or)\s*", re.I)


# Words German writes often and English never ("der", "und", "ist", "nicht"): a text that
# says two of them is German, where every noun is capitalised. No part of a name either
# (article_names._CLAUSE_WORDS).
GERMAN_WORDS = frozenset("""der die das den dem des und ist sind nicht mit von vom im zum
    zur auf für bei wird werden wurde wurden eine einer eines einen einem als auch sich
    oder nach über durch zwischen ohne gegen kann können muss müssen""".split())


# The values of German grammar a German-learning note's German facts ask ("Nach der
# Präposition mit steht immer der Dativ"): cases, tenses and moods, genders. Capitalised as
# every noun is, yet each a name of its own, the answer a learner recalls; not the classes
# a fact is framed in ("Präposition", "Verb", "Nomen"), which any such fact says. A German
# article before one ("Der Dativ folgt …") leaves it its sentence's subject, which is what
# such a fact says something of: asked as "Der [Dativ] folgt nach …".
_GERMAN_GRAMMAR_TERM = re.compile(
    r"(?<![\w-])(?:Nominativ|Akkusativ|Dativ|Genitiv|Präsens|Präteritum|Perfekt|"
    r"Plusquamperfekt|Futur|Konjunktiv|Imperativ|Maskulinum|Femininum|Neutrum)(?![\w-])")


def reads_as_german(text: str) -> bool:
    """Whether `text` is German by its small words (GERMAN_WORDS): the reader is told no
    language, and notes in German and English sit side by side in one folder."""
    said = {w.casefold() for w in re.findall(r"[^\W\d_]+", text)}
    # An umlaut or "ß" counts as one such word: "Die Zelle nutzt Glukose als Energiequelle"
    # has only "die" and "als", and "die" is an English word too.
    return len(said & GERMAN_WORDS) + bool(re.search("[äöüß]", text)) >= 2


# A word of a German or Dutch vocabulary list, typed as learners type it: its article and
# the noun ("der Bahnhof", "das Fahrrad, die Fahrräder", "die Katze (-n)", "Tisch, der";
# Dutch "de fiets", "het huis (huizen)"). German capitalises the noun, so "der", "die" or
# "das" before a lowercase word ("die hard", "das is") is never one; Dutch writes it
# lowercase, after "de" or "het".
_PLURAL = r"(?:\s*(?:,\s*|\()(?:(?:die|de)\s+)?[-¨\w]+\)?)?"
_VOCABULARY_WORD = re.compile(
    rf"(?:(?:der|die|das)\s+[A-ZÄÖÜ][\wäöüß-]+{_PLURAL}"
    rf"|(?:de|het)\s+[a-zà-ÿ][\w-]+{_PLURAL}"
    r"|[A-ZÄÖÜ][\wäöüß-]+,\s+(?:der|die|das))")
# A noun with its gender in brackets and no article ("Brücke (f)", "Bär (m)"). Physics
# writes a quantity's symbol so ("Mass (m) = 5 kg", "Moles (n) = m/M", "Frequency (f)"),
# so the bracket alone is no evidence of German: the noun must spell a German letter.
_GENDERED_WORD = re.compile(r"[A-ZÄÖÜ][\wäöüß-]*[äöüß][\wäöüß-]*\s+\((?:m|f|n|nt|pl)\.?\)")
# A German adjective, adverb or verb with no article, spelled with a letter English never
# writes ("gemütlich – cosy", "müde – tired", "schließen – to close"): one word in lower case.
_UMLAUT_WORD = re.compile(r"[a-zäöüß]*[äöüß][a-zäöüß]*")
# "de facto", "de novo", "de jure": Latin and French phrases English writes, no Dutch noun.
_LOAN_AFTER_DE = frozenset("""facto jure iure novo minimis rigueur luxe trop visu integro
    nada bene""".split())


def vocabulary_word(label: str, equals: bool = False) -> bool:
    """Whether a label is a word of a German or Dutch vocabulary list (_VOCABULARY_WORD,
    _GENDERED_WORD): its meaning beside it is a translation, which says enough in one word
    ("der Fahrschein – ticket") where an English term's one-word gloss ("heap: memory")
    says too little. `equals`: the meaning follows an "=", where a bracketed letter is a
    formula's symbol ("Mass (m) = 5 kg"), never a gender."""
    label = label.strip()
    if _GENDERED_WORD.fullmatch(label):
        return not equals
    if _UMLAUT_WORD.fullmatch(label):
        return True
    if _VOCABULARY_WORD.fullmatch(label) is None:
        return False
    article, _, rest = label.partition(" ")
    return article != "de" or re.split(r"[\W]+", rest, maxsplit=1)[0] not in _LOAN_AFTER_DE


def named_spans(text: str) -> Iterator[tuple[int, int]]:
    """The names a plain sentence gives past its opening words, in order, none given away
    by the rest of the text: a phrase in quotes ("Sends the "[Long Telegram]"") or a
    capitalised name or acronym ("Becomes president after [FDR]'s death", "end of the
    [Franco-Prussian War]"). A sentence that states none of the shapes above still says a
    specific thing when it names one: the name is its new information. Not a sentence's
    subject (its first words, or a clause's: what it says of it is the fact), one name of a
    list, a name in brackets, or a name the text says twice."""
    # A full stop in code ends no sentence ("you call `.clone()`"): kept in its place.
    shielded = _CODE_SPAN.sub(lambda m: re.sub(r"[.;!?]", "\u2024", m.group()),
                              shield_math(text))
    if _NOT_PROSE.search(shielded):
        return
    # "Conflicts over Alliances.": in a few words a capitalised word is not told from a name.
    short = len(shielded.split()) < 5
    # "Das Enzym dient als Katalysator der Reaktion": German capitalises every noun, so one
    # capitalised word there is no sign of a name ("[Reaktion]" was asked as one); an
    # acronym or a run of capitalised words ("Otto von Bismarck") still is.
    german = reads_as_german(shielded)
    for sentence in _SENTENCE.finditer(shielded):
        if _POINTS_AT_A_FIGURE.search(sentence.group()) or _ABOUT_THE_PAGE.search(
                sentence.group()) or _ABOUT_THE_PAGE_CJK.search(sentence.group()) or \
                sentence.group().rstrip().endswith("?"):
            continue
        at = sentence.start()
        body = shielded[at:sentence.end()]
        found = []
        quoted = list(_QUOTED.finditer(body))
        for index, match in enumerate(quoted):
            answer = match["answer"].strip()
            # '"pat" and "bat" mean different things': one of quoted words listed together
            # is an example beside another, no name its sentence gives.
            paired = any(_QUOTES_JOINED.fullmatch(body[a.end():b.start()])
                         for a, b in ((quoted[index - 1], match) if index else (None, None),
                                      (match, quoted[index + 1]) if index + 1 < len(quoted)
                                      else (None, None)) if a is not None)
            if answer and len(answer.split()) <= MAX_NAME_WORDS and not paired and \
                    body[:match.start()].strip() and not _SPOKEN.match(answer):
                begin = match.start("answer") + (len(match["answer"]) - len(
                    match["answer"].lstrip()))
                found.append((begin, begin + len(answer)))
        coded = list(_CODE_SPAN.finditer(body))
        for index, match in enumerate(coded):
            # "If you want a deep copy you call [`.clone()`]": in notes on programming a
            # code span is the name the sentence gives, as a phrase in quotes is. Not one
            # of several listed together ("such as `i32`, `bool` and `char`"), nor code
            # that is a statement or an expression of several words ("`let s2 = s1;`").
            paired = any(_QUOTES_JOINED.fullmatch(body[a.end():b.start()])
                         for a, b in ((coded[index - 1], match) if index else (None, None),
                                      (match, coded[index + 1]) if index + 1 < len(coded)
                                      else (None, None)) if a is not None)
            code = text[at + match.start("code"):at + match.end("code")].strip()
            before = body[:match.start()]
            if not paired and before.strip() and _CODE_NAME.fullmatch(code) \
                    and not re.fullmatch(r"[a-z]+", code) and not _EXAMPLE_BEFORE.search(before):
                # (Not "`buffer`", a word, nor "e.g. `rg8Ql34g`", one example of many, nor
                # a MyST role's argument, "{cite}`Tennant2016`".)
                found.append(match.span())
        # Where the sentence's first word stands: a name at it or before it opens the
        # sentence. The checks below read only the words around each name (a window before
        # it, the text after it read in place): each name once copied and searched all the
        # text before and after it, quadratic in a sentence of many capitals (a 100 KB line
        # of "We will measure …": 6 s of 8, benchmarks/adversarial.py long_run).
        first_word = (found_word.start() if (found_word := re.search(r"\w", body))
                      else len(body))
        last_word = (found_word.start() + 1 if (found_word := _LAST_WORD.search(body))
                     else 0)
        for match in _PROPER.finditer(body):
            if any(c.start() < match.start() < c.end() for c in coded):
                continue  # "`git rebase -i HEAD~3`": a word of code, asked whole or not at all
            before = body[max(0, match.start() - _WINDOW):match.start()]
            answer = _POSSESSIVE.sub("", match["answer"])
            end = match.start() + len(answer)
            after = body[end:end + _WINDOW]
            if _EPONYM_AFTER.match(after) or (_NUMBERED.fullmatch(answer)
                                               and _NUMBERED_AFTER.match(after)):
                continue  # (nor an abbreviation a number follows: "Art. 77 Abs. 2", "Nr. 3")
            day = _DAY_BEFORE.search(before)
            if day and answer.split()[0].casefold().rstrip(".") in _MONTHS:
                if " " not in answer:
                    # "declare war on 3 September": the date is the gap, its day with it.
                    found.append((match.start() - len(day.group()), match.start() + len(answer)))
                continue  # "22 Oct JFK TV address, …" asked "22 [Oct JFK TV] address": a date
            if (match.start() <= first_word or _OPENS_AFTER.search(before)
                    or re.fullmatch(r"I(?:['’](?:m|ve|d|ll))?", answer)
                    or (_LISTED_BEFORE.search(before) and not (
                        _APPOSITIVE_BEFORE.search(before) and " " in answer))
                    or _LISTED_AFTER.match(after)
                    or len(answer.split()) > MAX_NAME_WORDS or len(answer) < 3
                    or answer.casefold() in _TITLES or re.search(r"\s[A-Z]$", answer)
                    or after[:1] in "+=^_" or before[-1:] in "+=^_"):
                continue  # an initial ("James F. Kurose"), a formula ("CnH2n+2")
            if " " not in answer and not answer.isupper() and _QUALIFIER_BEFORE.search(before) \
                    and end >= last_word:
                # "cambió el equilibrio de [Europa]." (a review: weak, "a bare name with no
                # context to recall from"): one word closing its sentence after "of" says
                # whose the thing named before it is, which many names would fit.
                continue
            following = re.match(r"\s+([a-z][\w-]*)", after)
            if " " not in answer and not answer.isupper() and (short or german or following and
                                                              following[1] not in STOP_WORDS):
                continue  # "against French wishes", "America aiding": a word used as an adjective
            found.append((match.start(), match.start() + len(answer)))
        if german:
            # "Nach der Präposition mit steht immer der [Dativ]": a term of German grammar
            # names the thing a German-learning note's fact is about, past its first word.
            found += [m.span() for m in _GERMAN_GRAMMAR_TERM.finditer(body)
                      if body[:m.start()].strip() and m.span() not in found]
        for begin, end in sorted(found):
            answer = body[begin:end]
            if in_brackets(body, begin) or not _worth(answer):
                continue
            if len(re.findall(rf"(?<![\w-]){re.escape(answer)}(?![\w-])", shielded)) > 1:
                continue  # said twice: the other one answers the card
            if not giveaways(text, text[at + begin:at + end], ((at + begin, at + end),)):
                yield at + begin, at + end


# "This is cognitive dissonance.", "These are examples of negative feedback.": a sentence
# that only names what the sentence before it says. The name is its fact, and the sentence
# before it the clue (generate.py shows it: the text's own, or the fact before it, the lead).
_THIS_IS = re.compile(
    r"^\s*(?:this|that|these|those|it|such\s+[a-z]+)\s+(?:is|are|was|were)\s+"
    r"(?:(?:an?|the)\s+)?(?:(?:examples?|forms?|types?|kinds?|cases?)\s+of\s+"
    r"(?:(?:an?|the)\s+)?)?(?P<answer>[^,.;:()!?\"“”]+?)\s*[.!]?\s*$", re.I)
# Endings of nouns that name a thing, a process or a state ("homeostasis", "dissonance",
# "phosphorylation", "realpolitik" aside): one lowercase word is a name only so.
_NOUN_ENDING = re.compile(r"(?:ism|sis|tion|sion|ance|ence|ity|ment|ness|ology|phy|cy|ure|"
                          r"age|ics|ase|ide|ine|ose)$")


def naming_span(text: str) -> tuple[int, int, bool] | None:
    """The name a short sentence of `text` gives to what the sentence before it says ("This
    is [cognitive dissonance]"), and whether it is the text's first sentence (then the card
    needs the sentence before it from elsewhere), or None. A name: at most MAX_NAME_WORDS
    words, no clause or preposition inside ("This is the site of …" describes), and of one
    word only a capitalised one or a noun by its ending ("This is bad" names nothing)."""
    shielded = shield_math(text)
    for number, sentence in enumerate(_SENTENCE.finditer(shielded)):
        match = _THIS_IS.match(sentence.group())
        if match is None:
            continue
        answer = match["answer"]
        words = answer.split()
        if not words or len(words) > MAX_NAME_WORDS or not _worth(answer) or any(
                w.casefold() in _NOT_OBJECT | _NOT_DOERS | STOP_WORDS for w in words) or any(
                w.casefold().endswith(("ly", "ing")) for w in words[:1]):
            continue
        if len(words) == 1 and answer.islower() and not _NOUN_ENDING.search(answer.casefold()):
            continue
        start = sentence.start() + match.start("answer")
        return start, start + len(answer), number == 0
    return None


@lru_cache(maxsize=ARTICLE_CACHE)  # asked of each fact no earlier reading asked; facts repeat
def states_a_shape(text: str) -> bool:
    """Whether a sentence of `text` is in any shape of this module, asked or not: a fact
    whose shape was found and refused (its gap given away, a direction it tells, a year
    that only bounds it) is left so by the readings tried after these (generate.py)."""
    return bool(next(_statement_spans(text), None) or next(_statement_spans(
        text, shapes=(_last_shape, _bounded_year)), None) or told_direction(text))


_VERB_FORM = re.compile(
    rf"(?:{_DOING}|{_DIRECTION}|causes|leads|results|occurs|happens|responds|reacts|works|"
    r"changes|becomes|means|tends|falls|exists|appears|acts|varies|differs|applies|involves|"
    r"includes|represents|determines|implies|correlates|reaches|gains|loses|depends)", re.I)


def verb_form(word: str) -> bool:
    """Whether `word` is one of the verbs the shapes of this module read ("releases",
    "falls", "responds"): no word of a name ("the test statistic falls within …")."""
    return _VERB_FORM.fullmatch(word) is not None


# The definite articles of Spanish, Italian, French and Portuguese ("el", "gli", "les",
# "os"). One is a word of its own, a space after it ("Les lysosomes", "Organismos que …"
# never "Le" + "s lysosomes", "O" + "rganismos"), or elided ("l'enzima", "l' enzima"):
# ROMANCE_ARTICLE. Every reading of a Romance sentence's article uses this one list.
ROMANCE_ARTICLES = "el|la|los|las|le|les|il|lo|gli|i|o|os|a|as"
ROMANCE_ARTICLE = rf"(?:(?:{ROMANCE_ARTICLES})\s+|l['’]\s*)"


# A general statement in Italian, Spanish, French or Portuguese: the definite article opens
# every one ("Las enzimas aceleran las reacciones químicas", "Gli enzimi abbassano
# l'energia di attivazione", "Les enzymes accélèrent les réactions chimiques"), so an
# article and one noun is no vague subject there, as it is in English (_doer, "The study
# found …"). The subject, a verb of the third person, and what it acts on after an article.
_ROMANCE_ARTICLE = rf"(?i:{ROMANCE_ARTICLE})"
_ROMANCE_OBJECT = (r"(?:(?:el|la|los|las|le|les|il|lo|gli|i|o|os|a|as|un|una|une|uno|des|du|um|"
                   r"uma)\s+|l['’])")
_ROMANCE_STATEMENT = re.compile(
    rf"^\s*(?P<subject>{_ROMANCE_ARTICLE}[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){{0,2}}?)\s+"
    r"(?P<verb>[^\W\d_A-Z]{3,}(?:a|e|an|en|am|em|ano|ono|ent|it|ont))\s+"
    rf"{_ROMANCE_OBJECT}(?P<answer>[^,.;:()]+)")
# Words the verb's place may hold that are no verb: a preposition or an article joined into
# one ("della", "nella"), a form of "to be", a modal before its infinitive.
_NO_ROMANCE_VERB = frozenset("""
    della dalla nella sulla alla delle dalle nelle sulle alle entre sobre dentro durante
    mientras cuando donde come sempre anche solo molto mucho entra dentre contre comme
    encore toujours aussi souvent sono sont están estan esta está stanno erano eran
    fueron furono foram puede pueden peut peuvent possono pode podem deve deben debe
    doit doivent devono tiene tienen
""".split()) - {"tiene", "tienen"}
# Where what the verb acts on ends: at the circumstances (where, how, when, why) or a clause.
_ROMANCE_OBJECT_END = re.compile(
    r"\s+(?:en|dans|in|nel|nella|nei|nelle|negli|nello|no|na|nos|nas|durante|pendant|"
    r"attraverso|através|a\s+través|mediante|tramite|par|por|per|pelo|pela|con|avec|com|"
    r"sin|sans|senza|para|pour|porque|parce|perché|quando|cuando|quand|que|qui|che|pero|"
    r"mais|ma|mas|sino|dove|donde|où|grâce|gracias|dont|cuyo|cuya|entre|tra|fra|sobre|"
    r"sur|su|sul|sulla|contre|contra|contro)\b.*$", re.I | re.S)


def romance_statement_spans(text: str) -> Iterator[tuple[int, int, int, int]]:
    """(subject start, subject end, answer start, answer end) of each sentence of `text`
    that is a Romance general statement (_ROMANCE_STATEMENT): what its subject acts on,
    without its article, cut where the circumstances begin ("I mitocondri producono ATP
    attraverso …"), at most MAX_WORDS words. Whether the subject is a name of the notes is
    the generator's to judge."""
    for sentence in _SENTENCE.finditer(text):
        match = _ROMANCE_STATEMENT.match(sentence.group())
        if match is None or match["verb"].casefold() in _NO_ROMANCE_VERB:
            continue
        answer = _ROMANCE_OBJECT_END.sub("", match["answer"]).rstrip(" !?")
        at = sentence.start()
        begin = at + match.start("answer")
        end = begin + len(answer)
        if end > begin and _worth(answer) and not _LIST_GOES_ON.match(text, end):
            yield at + match.start("subject"), at + match.end("subject"), begin, end


# The passive of Italian, Spanish, French and Portuguese with who or what did it: "Il Regno
# delle Due Sicilie fu conquistato dai [Mille]", "Il nucleo cellulare è delimitato da una
# [doppia membrana]", "La paroi est détruite par le [lysozyme]", "América fue descubierta
# por [Cristóbal Colón]". A form of "to be" (or Italian "venire"), the participle, then
# "da"/"par"/"por"/"pelo" and the agent, cut where the circumstances begin. Not what a
# thing is made of ("è formata da", "est constituée de": romance "made of", _cause).
_ROMANCE_AGENT = re.compile(
    # each language's "to be" with its own word for "by": German "es … da", English "his
    # son … par" are none of them
    r"\b(?:(?:è|sono|fu|furono|era|erano|viene|vengono|venne|vennero|è\s+stat[oaie]|"
    r"sono\s+stat[ie])\s+(?:\w+mente\s+)?(?P<it>[^\W\d_]{3,}(?:[aiu]t[oaie]|s[oaie]|tt[oaie]))"
    r"\s+(?:(?:dallo|dalla|dagli|dalle|dal|dai|da)\b|dall['’])"
    r"|(?:es|son|fue|fueron|ha\s+sido|han\s+sido|foi|foram|é|são)\s+(?:\w+mente\s+)?"
    r"(?P<es>[^\W\d_]{3,}(?:[aií]d[oa]s?|t[oa]s?|ch[oa]s?))\s+(?:por|pelos|pelas|pelo|pela)\b"
    r"|(?:est|sont|fut|furent|a\s+été|ont\s+été|était|étaient)\s+(?:\w+ment\s+)?"
    r"(?P<fr>[^\W\d_]{3,}(?:ée?s?|ie?s?|ue?s?|te?s?))\s+par\b)\s*"
    r"(?:(?:una|uno|uma|um|un|les|le|las|la|los|el|une|des|os|as|o|a)\s+|un['’]\s*|l['’]\s*)?"
    r"(?P<answer>[^\W\d_][^,.;:()]*)", re.I)
# "formata", "constituée", "composto": what a thing is made of, asked by _cause already.
# (Matched at a word's start: "form" takes "formata" too.)
_MADE_OF_PARTICIPLE = re.compile(r"(?:form|costitu|constitu|compos|fatt|fait|hech|feit)", re.I)
# "La paroi cellulaire protège la cellule contre la [lyse osmotique]", "Il sistema immunitario
# protegge l'organismo dalle [infezioni]": what a named thing protects against.
# The words between the verb and its preposition ("protège [les cellules] contre") are a
# few: unbounded, every "protegge" of a sentence with no preposition after it read on to
# the sentence's end, which one long sentence of them made quadratic (code review 19, A4).
_PROTECTS_AGAINST = re.compile(
    r"\b(?:protège|protègent|protegge|proteggono|protege|protegen|schützt|schützen)\s+"
    r"(?:[^,.;:()]{1,80}?\s+)?(?:(?:contre|contro|contra|vor|dalla|dal|dalle|dai|dagli|de\s+la|"
    r"del|de\s+los|de\s+las)\s+|dall['’]\s*)"
    r"(?:(?:les|le|las|la|los|lo|il|gli|i|el|den|dem|der)\s+|l['’]\s*)?"
    r"(?P<answer>[^\W\d_][^,.;:()]*)", re.I)
# "Vittorio Emanuele II fu il primo re d'Italia", "Marie Curie fut la première femme …": a
# named person or thing and the one role only it fills (a first, a last, an only one), as
# "George Washington was the first president" says in English. The name is the fact, past
# the article a Romance or German name of a place takes ("Il [Piemonte] fu il primo stato
# italiano con una costituzione": before, no card).
_NAMED_FIRST = re.compile(
    r"^\s*(?:(?:Il|Lo|La|El|Le|Les|O|A|Der|Die|Das)\s+|L['’]\s*)?"
    r"(?P<answer>[A-ZÀ-Ý][\w'’-]+(?:\s+(?:[A-ZÀ-Ý][\w'’-]+|[IVX]+|di|de|da|del|della|"
    r"von|van|d['’]\w+))*)\s+(?:fu|è|era|fue|es|fut|est|était|foi|é|war|ist)\s+"
    r"(?:il|lo|la|l['’]|el|le|o|a|der|die|das)\s*"
    r"(?:prim[oa]|ultim[oa]|unic[oa]|primer|primera|últim[oa]|únic[oa]|premier|première|"
    r"dernier|dernière|seul|seule|primeir[oa]|erste[rn]?|letzte[rn]?|einzige[rn]?)\s+"
    r"[^\W\d_]")
# One general word as the agent says which only with the rest of the sentence, which the
# card shows: "Tra il 1914 e il 1918 l'Europa fu devastata dalla [guerra]" asks nothing.
_GENERAL_AGENTS = frozenset("""guerra guerre guerras krieg tempo temps tiempo zeit
    uomo uomini homme hommes hombre hombres mensch menschen gente gens persone personnes
    personas popolo peuple pueblo volk stato état estado staat governo gouvernement gobierno
    regierung natura nature naturaleza natur""".split())


def _foreign_fact(sentence: str) -> tuple[int, int] | None:
    """What an Italian, Spanish, French, Portuguese or German sentence states in a shape
    the English readings above miss: the agent of a Romance passive (_ROMANCE_AGENT), what
    a named thing protects against (_PROTECTS_AGAINST), the name of the one who was the
    first or only one of a kind (_NAMED_FIRST). The English sentences these readings were
    written for never match them: their verbs are no English words."""
    named = _NAMED_FIRST.match(sentence)
    if named:
        return named.span("answer")
    for pattern in (_ROMANCE_AGENT, _PROTECTS_AGAINST):
        match = pattern.search(sentence)
        if match is None or in_brackets(sentence, match.start()):
            continue
        if pattern is _ROMANCE_AGENT and _MADE_OF_PARTICIPLE.match(
                match["it"] or match["es"] or match["fr"]):
            continue
        answer = _ROMANCE_OBJECT_END.sub("", match["answer"])
        answer = re.sub(rf"\s+(?:nel|en|im|in|em)\s+{YEAR_DIGITS}.*$", "", answer).rstrip(" !?")
        start = match.start("answer")
        if answer and len(answer.split()) <= MAX_WORDS and _worth(answer) and \
                answer.casefold() not in _GENERAL_AGENTS and \
                answer.split()[0].casefold() not in _VAGUE_PARTS:  # "da molti scienziati"
            return start, start + len(answer)
    return None


# Terse list items with nothing marked (list21): study notes in many languages state a fact
# in a bullet of a few words with no verb a sentence reading knows, and made no card ("the
# fact names no concept …"). Each reading below asks the one word or amount a learner
# recalls, the rest of the item (and its heading or parent item) the cue.
TERSE_ITEM_WORDS = 12  # more is a sentence, read by the shapes above
# Chinese writes no spaces: a paragraph of it is one "word". Longer than this is no item
# (and the readings below stay linear on a long text).
TERSE_ITEM_CHARACTERS = 160

# "leggi fascistissime 1925-1926", "guerra d'Etiopia 1935-36", "Treaty of Versailles 1919": a
# named event closing on its year or span, no verb and no preposition before it; the date is
# what a chronology asks. Not after a preposition or an article ("dopo il 1918": a bound,
# _BOUND; "in 1919" is _year's), nor an edition ("ESC guidelines 2021": the year names which
# text, no event). Nor a year in brackets: "Watt's separate condenser (1769)" in a long
# list is asked by its name's list (readers/md_rules.py, _ITEM_YEAR), and the reader takes a
# bracket elsewhere for an aside.
# So where the event is a label over what it was ("biennio rosso 1919-1920: scioperi e
# occupazione delle fabbriche"): the years close the label.
_CLOSING_YEARS = re.compile(
    rf"(?P<before>\S+)\s+(?P<years>{YEAR_DIGITS}(?:\s?[-–]\s?(?:{YEAR_DIGITS}|\d{{2}}))?)"
    r"\s*(?:[.!]?\s*$|:\s+(?=[^\W\d_])(?!.*\d))")
_NO_EVENT_BEFORE_YEAR = re.compile(
    r"(?i:after|before|since|until|till|from|to|by|around|circa|c\.|dopo|prima|fino|nach|vor|"
    r"seit|bis|efter|før|siden|indtil|después|antes|desde|hasta|après|avant|depuis|vers|"
    r"guidelines?|edition|version|update|revision|report|census|"
    # short words before a year that name no event ("in 1918", "il 1918"), not any word
    # of three letters: "Gulf War 1991", "Boer War 1899-1902" (the code review)
    r"in|on|at|of|the|il|lo|la|le|el|en|et|i|a|al|del|di|da|de|du|des|den|der|dem|des|im|am|"
    r"um|zu|og|på|ca)$")


def _closing_years(item: str) -> tuple[int, int] | None:
    match = next(_CLOSING_YEARS.finditer(item), None)
    if match is None or _NO_EVENT_BEFORE_YEAR.match(match["before"].strip("(,;:")) or \
            len(_NUMBER.findall(item[:match.start("years")])) or \
            len(re.findall(r"[^\W\d_]{2,}", item[:match.start("years")])) < 2 or \
            match["before"].endswith((":", ";")):
        return None
    return match.span("years")


# "first line amoxicillin or doxycycline", "nebulised salbutamol + ipratropium first line",
# "noradrenalin 1. valg", "Mittel der Wahl: Metformin": the drug (or step) a role names is
# what a clinical note asks; a route or form before it ("nebulised", "IV") stays its cue.
# ("of choice" and "de elección" only after the word for a drug or treatment: "el axioma de
# elección" is a name.)
_CHOICE = (r"(?:first[- ]line|1st[- ]line|second[- ]line|2nd[- ]line|"
           r"(?:drug|treatment|agent)\s+of\s+choice|"
           r"1\.\s?valg|første\s?valg|førstevalg|prima\s+scelta|di\s+prima\s+scelta|"
           r"(?:de\s+)?primera\s+(?:elección|línea)|(?:fármaco|tratamiento)\s+de\s+elección|"
           r"(?:Mittel|Therapie)\s+der\s+"
           r"(?:1\.\s?|ersten\s+)?Wahl|premi[eè]re\s+intention|en\s+premi[eè]re\s+intention)")
_ROUTE = (r"(?:(?:nebuli[sz]ed|inhaled|oral|intravenous|IV|i\.v\.|PO|p\.o\.|IM|SC|s\.c\.|"
          r"topical)\s+)")
_CHOICE_FIRST = re.compile(rf"^\s*(?i:{_CHOICE})\s*:?\s+{_ROUTE}?(?P<answer>[^,;:()]+?)\s*$")
_CHOICE_LAST = re.compile(rf"^\s*{_ROUTE}?(?P<answer>[^,;:()]+?)\s*[:,–-]?\s+(?i:{_CHOICE})"
                          r"(?:\s+(?:for|in|ved|bei|per|para|pour)\s+[^,;:]+)?\s*[.!]?\s*$")
MAX_CHOICE_WORDS = 5


def _choice(item: str) -> tuple[int, int] | None:
    for pattern in (_CHOICE_FIRST, _CHOICE_LAST):
        match = pattern.match(item)
        if match and len(match["answer"].split()) <= MAX_CHOICE_WORDS and \
                re.search(r"[^\W\d_]{3,}", match["answer"]) and \
                not is_clause_item(match["answer"]) and _worth(match["answer"]):
            return match.span("answer")
    return None


# "prednisolone 30 mg OD for 5 days", "Amoxicillin 500 mg TDS x 5 days": a dose, then how
# long it is given. Two amounts read as none (_quantity); the dose is the fact, the
# duration its cue.
_DOSE_FOR = re.compile(
    r"^\s*(?P<drug>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2})\s+"
    r"(?P<dose>\d[\d,.]*(?:\s*[-–]\s*\d[\d,.]*)?\s*(?:mg|g|µg|mcg|micrograms?|ml|mL|units?|IU|"
    r"mmol)(?:/kg)?)\b(?P<rest>.*?\b(?:for|x|×|i|in|für|per|por|pour)\s+\d[\d,.]*(?:\s*[-–]\s*"
    r"\d[\d,.]*)?\s*" + _DURATION_UNITS + r")\s*[.!]?\s*$", re.I)


def _dose(item: str) -> tuple[int, int] | None:
    match = _DOSE_FOR.match(item)
    return match.span("dose") if match else None


# "mit 表示工具或交通方式：mit dem Bus", "seit 表示从过去持续到现在的时间", "Wo? 用第三格，Wohin?
# 用第四格", "helfen, danken, gefallen, gehören 都支配第三格", "口语中 wegen 常用第三格": a
# Chinese student's note of what a foreign word means, takes or is used for. The Chinese
# after the verb is the fact; the foreign word, shown, its cue.
_USES_CJK = re.compile(
    rf"^\s*(?:[{HAN}]{{1,6}}\s*)?(?P<word>[A-Za-zÄÖÜäöüßÀ-ÿ][A-Za-zÄÖÜäöüßÀ-ÿ ,./+?'’-]{{0,60}}?)"
    rf"\s*(?:都|也|常|一般|通常)?\s*(?:表示|意为|意思是|用于|用在|用来|用|支配|接|后面接|后接|"
    rf"后面用|要求)\s*(?P<answer>[{HAN}“”\"'A-Za-z0-9 ]{{2,24}}?)\s*(?=[，,：:；;。.（(]|$)")


# "Bloddyrkning før antibiotika", "antibiotics if sputum purulent", "consider IV
# aminophylline if no response to nebs", "Kortikosteroid (hydrocortison) ved refraktær
# shock": a step of care and when it is taken, or what it comes before. The step is what a
# clinical note asks, the condition its cue. Not a clause ("demand is elastic when …",
# "market fails when …": a verb says what happens, no step), nor an order with nothing
# named ("check inhaler technique").
# (Not "se" or "si": the reflexive of Spanish and Italian, "El nucléolo se encuentra …".)
# (Not German "falls": "Demand falls if price rises" is English's verb, the code review.)
_WHEN = (r"(?:if|when|unless|before|prior\s+to|ved|hvis|før|bei|wenn|vor|prima\s+d[ie]|"
         r"antes\s+de|en\s+caso\s+de|avant|en\s+cas\s+de)")
_STEP_WHEN = re.compile(
    r"^\s*(?:(?:consider|give|start|offer|overvej|giv|erwägen)\s+)?"
    rf"(?P<answer>[^\W\d_][\w+/-]*(?:\s+(?!{_WHEN}\b)[\w+/-]+){{0,3}}(?:\s+\([^()]{{2,30}}\))?)"
    rf"\s+{_WHEN}\s+(?P<when>[^\W\d_][^:;.]*?)\s*!?\s*$", re.I)
# A longer condition, or a full stop, is a sentence's clause with a subject and verb of its
# own ("Another complication arises if the infection spreads to the valves."), no note's.
MAX_WHEN_WORDS = 4
_ORDER_OPENING = re.compile(r"\s*(?:stop|avoid|withhold|hold|check|repeat|monitor|measure|"
                            r"remember|don['’]?t|do\s+not|never|always)\b", re.I)
# A verb in the condition makes the item a sentence ("market fails when resources are not
# allocated …", "water boils when heated", "Wash hands before eating"): what happens, no
# step of care a note lists.
_VERB_IN_WHEN = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|does|do|did|er|var|har|ist|sind|war|hat|è|sono|"
    r"es|son|est|sont)\b|\b\w{3,}(?:ed|ing)\b", re.I)


def _step_when(item: str) -> tuple[int, int] | None:
    match = _STEP_WHEN.match(item)
    # (A number in the condition is a threshold, asked as one: "Stop metformin if eGFR <
    # [30]"; an order opening the item is advice, no step named: "Stop …", "Avoid …".)
    if match is None or len(match["when"].split()) > MAX_WHEN_WORDS or \
            _VERB_IN_WHEN.search(match["when"]) or re.search(r"[\d<>≤≥=]", match["when"]) or \
            _no_step(item, match["answer"]):
        return None
    return match.span("answer")


def _no_step(item: str, answer: str) -> bool:
    """Whether `item` is an order ("Stop …", "Avoid …": advice, no step named) or its
    `answer` is no step of care: a clause, a verb, a stop word, nothing worth asking."""
    return bool(_ORDER_OPENING.match(item) or is_order(item) or is_order(answer) or
                is_clause_item(answer) or verb_form(answer.split()[-1]) or
                answer.split()[0].casefold() in STOP_WORDS or not _worth(answer))


# "NIV if pH < 7.35 and pCO2 > 6 kPa despite optimal medical therapy": a step of care taken
# past two thresholds at once. One threshold is asked as one ("ICU referral if PaCO2 >
# [6 kPa]"); of two, each shown beside the other's gap cues a pair of numbers, not the step.
# The step is what the note asks, the thresholds its cue (a learner asked "[…] if pH <
# 7.35 and pCO2 > 6 kPa" recalls the treatment); _step_when's other refusals hold.
_STEP_PAST_THRESHOLDS = re.compile(
    r"^\s*(?:(?:consider|give|start|offer|overvej|giv|erwägen)\s+)?"
    rf"(?P<answer>[^\W\d_][\w+/-]*(?:\s+(?!{_WHEN}\b)[\w+/-]+){{0,3}})"
    rf"\s+{_WHEN}\s+(?P<when>[^\W\d_][^:;]*?)\s*[.!]?\s*$", re.I)


# One threshold is asked as one where its amount has a unit ("dosisreduktion hvis kreatinin >
# [133 µmol/L]"); a bare number bounds a measure with none ("K-vitamin hvis INR > 9"), and
# hiding the measure left "[INR] > 9", cued only by that number: the step is asked.
_COPULA = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|er|var|har|ist|sind|war|hat|"
                     r"è|sono|es|son|est|sont)\b", re.I)
_SIGNED_NUMBER = re.compile(r"(?<![-=<>])[<>≤≥]=?\s*(?P<number>[-−]?\d)")
# ("undgå dabigatran ved eGFR < 30": an order, as "Avoid …" is, _ORDER_OPENING.)
_ORDER_ABROAD = re.compile(r"\s*(?:undgå|seponer|pauser|stop|vermeiden|absetzen|evitare|"
                           r"sospendere|evitar|suspender)\b", re.I)


def _step_past_thresholds(item: str) -> tuple[int, int] | None:
    match = _STEP_PAST_THRESHOLDS.match(item)
    if match is None:
        return None
    if "," in match["when"]:  # "Umsatz steigt bei Preissenkung, falls |ε| > 1": a clause
        return None
    signs = list(_SIGNED_NUMBER.finditer(item, match.start("when")))
    if len(signs) == 1 and (end := amount_end(item, signs[0].start("number"))):
        return signs[0].start("number"), end
    # (Not a clause: "supply is elastic when PES > 1" asks the word it defines, _rule_bound.)
    if not signs or re.search(r"\d", match["answer"]) or _VERB_IN_WHEN.search(match["when"]) or \
            _COPULA.search(match["answer"]) or _ORDER_ABROAD.match(item) or \
            _no_step(item, match["answer"]):
        return None
    return match.span("answer")


# "controlled O2 via Venturi mask", "ufraktioneret heparin gives i.v. via perfusor": a
# treatment and the means it is given by. The means is the fact (the treatment, shown, its
# cue); a dose or a target after it ("O2 via nasal cannula to keep SpO2 94-98%") is another
# reading's. Nor an order ("check X via Y") or a clause before "via".
_VIA = re.compile(
    r"^\s*(?P<given>[^\W\d_][\w+/-]*(?:\s+[\w+/-]+){0,3}?)\s+"
    r"(?:(?:is\s+|are\s+)?given\s+|gives\s+|gis\s+|administreres\s+|wird\s+)?"
    rf"{_ROUTE}?via\s+(?P<answer>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){{0,3}})\s*[.!]?\s*$",
    re.I)


# ("see notes via Moodle", "revise via flashcards": how to study, no treatment.)
_STUDY_OPENING = re.compile(r"\s*(?:see|read|revise|review|learn|practi[cs]e|watch|submit|ask|"
                            r"email|contact|find|access|download|log\s*in|login|sign\s+up)\b",
                            re.I)


def _verb_or_stop_word(name: str) -> bool:
    """Whether a word of what a reading takes for a name (a treatment, a test) is a verb form
    or a stop word: a clause, no name."""
    return any(verb_form(word) or word.casefold() in STOP_WORDS for word in name.split())


def _given_via(item: str) -> tuple[int, int] | None:
    match = _VIA.match(item)
    if match is None or _ORDER_OPENING.match(item) or _STUDY_OPENING.match(item) or \
            is_order(item) or \
            is_clause_item(match["given"]) or \
            _verb_or_stop_word(match["given"]) or \
            any(word.casefold() in STOP_WORDS - {"and", "or", "og", "eller", "und", "oder"}
                for word in match["answer"].split()) or not _worth(match["answer"]):
        return None
    return match.span("answer")


# "demand is elastic when |PED| > 1", "Nachfrage ist elastisch, wenn |ε| > 1": a rule naming
# what a measure past its threshold makes a thing. The word it defines is asked: the front
# then states the whole definition ("demand is […] when |PED| > 1"), as a glossary card
# does, and a learner recalls the name; asked the other way, "> 1" is the bound of every
# elasticity rule, told apart only by the sign. "luxuries have YED > 1", "necessities have
# YED between 0 and 1": a kind and the range its measure takes name no word; the range,
# its sign with it ("> 1" and "< 1" are different facts), is asked, the kind the cue; so
# is a rule's bound where the heading on the front already shows the word it defines.
_RULE_BOUND = (r"(?:(?<![<>≤≥=])[<>≤≥=]=?\s*[-−]?\d[\d.,]*|"
               r"between\s+[-−]?\d[\d.,]*\s+and\s+[-−]?\d[\d.,]*)")
_MEASURE = r"(?:\|[^|\s]{1,12}\||[^\W\d_][\w-]{0,30})"
_DEFINED_BY_BOUND = re.compile(
    r"^\s*(?:[^\W\d_][\w-]*\s+){1,3}(?:is|are|ist|sind|er|è|sono|es|son|est|sont)\s+"
    r"(?P<answer>(?:(?:unit|perfectly|price|income|vollkommen|vollständig)\s+)?[^\W\d_][\w-]*)"
    r"\s*,?\s+(?:when|if|wenn|falls|hvis|når|quando|se|si|cuando)\s+"
    rf"{_MEASURE}\s*(?P<bound>{_RULE_BOUND})\s*[.!]?\s*$", re.I)
_HAS_BOUND = re.compile(
    r"^\s*(?:[^\W\d_][\w-]*\s+){1,3}(?P<has>have|has|haben|hat|har|hanno|ha|tienen|tiene|ont|a)\s+"
    r"(?:(?:an?|eine?n?|en|et|un|una|une)\s+)?"
    rf"{_MEASURE}\s+(?P<answer>{_RULE_BOUND})\s*[.!]?\s*$", re.I)


# A French subject, which "a" ("has") may follow: "Le luxe a YED > 1".
_FRENCH_OPENING = re.compile(r"\s*(?:le|la|les|l['’]|un|une|ce|cet|cette|ces)\b", re.I)


def _rule_bound(item: str, heading: str) -> tuple[int, int] | None:
    # ("It is true when n > 2": what is?)
    if any(word.casefold() in POINTING_WORDS for word in item.split()[:1]):
        return None
    match = _DEFINED_BY_BOUND.match(item)
    if match and not verb_form(match["answer"].split()[-1]) and \
            match["answer"].casefold() not in STOP_WORDS:
        if match["answer"].casefold() in heading.casefold():
            # Under "Price elasticity of demand" the front shows "elastic": the bound is
            # asked ("demand is elastic when |PED| [> 1]"), its sign with it.
            return match.span("bound")
        return match.span("answer")
    match = _HAS_BOUND.match(item)
    if match and match["has"].casefold() == "a" and not _FRENCH_OPENING.match(item):
        return None  # "Pick a seed > 0": English "a" is an article, no French "has"
    return match.span("answer") if match else None


# "positive for normal goods" under "Income elasticity (YED)", "substitutes have positive
# XED", "necessities tend to be price inelastic": an economics note states which sign a
# measure takes, or whether demand is elastic, for a kind of good. The sign is the fact (a
# learner recalls it from the kind); the measure is on the front, in the item or its parent.
_SIGN = r"(?:positive|negative|zero|elastic|inelastic|unit\s+elastic|perfectly\s+(?:in)?elastic)"
_SIGN_FOR = re.compile(rf"^\s*(?P<answer>{_SIGN})\s+(?:for|with|in)\s+[^\W\d_][^,;:]{{2,40}}$",
                       re.I)
_HAS_SIGN = re.compile(
    rf"^\s*[^\W\d_][\w-]*(?:\s+[\w-]+){{0,2}}\s+(?:have|has|show|shows|give|gives)\s+(?:an?\s+)?"
    rf"(?P<answer>{_SIGN})\s+(?:[A-Z]{{2,4}}|(?:price\s+|income\s+|cross\s+)?elasticity|"
    r"correlation|gradient|slope|demand|supply)\s*$", re.I)
_TENDS_TO_BE = re.compile(
    r"^\s*[^\W\d_][\w-]*(?:\s+[\w-]+){0,3}\s+(?:tends?\s+to\s+be|are|is|are\s+usually|"
    rf"is\s+usually)\s+(?:(?:price|income)\s+)?(?P<answer>{_SIGN})\s*$", re.I)


# "CXR to exclude pneumonia and pneumothorax", "ECG: look for arrhythmia", "LFTs to rule
# out hepatitis": a clinical note's test and what it is done for. What it looks for is the
# fact (the test, shown, its cue); hidden whole beside the other tests, the item was "an
# uncued member of an unordered set of assessments" (a blind review of session 21: junk).
# The test is a name of four words at most, with no verb of its own.
_TEST_FOR = re.compile(
    r"^\s*(?P<test>[^\W\d_][\w+/-]*(?:\s+[\w+/-]+){0,3})\s*(?:\s+to|:)\s+"
    r"(?:exclude|rule\s+out|confirm|detect|diagnose|look\s+for|check\s+for|screen\s+for|"
    r"assess\s+for)\s+"
    r"(?P<answer>[^\W\d_][^,;:.()]*?)\s*\.?\s*$", re.I)
MAX_TEST_FOR_WORDS = 5
# What a note's line may open on that is no test: "Goal: confirm the hypothesis", "Aim:
# detect fraud early" say what is wanted, "Strategy: look for patterns" how, not what a
# test looks for; nor does a structural label ("Tip: check for typos", "Note: …").
_PURPOSE_LABEL = re.compile(
    r"(?:goals?|aims?|purposes?|objectives?|tasks?|plan|idea|job|role|uses?|functions?|why|"
    r"reasons?|intent|mission|target|step(?:\s+\d+)?|next|then|first|finally|todo|"
    r"warning|caution|strategy|approach|method|trick|practi[cs]e|homework|exercise|"
    r"ziel|zweck|aufgabe|mål|formål|opgave|but|objectif|obiettivo|scopo|objetivo|meta)", re.I)


def _test_for(item: str) -> tuple[int, int] | None:
    match = _TEST_FOR.match(item)
    if match is None or len(match["answer"].split()) > MAX_TEST_FOR_WORDS or \
            _PURPOSE_LABEL.fullmatch(match["test"]) or is_structural_label(match["test"]) or \
            _ORDER_OPENING.match(item) or is_order(match["test"]) or \
            _verb_or_stop_word(match["test"]) or \
            not _worth(match["answer"]):
        return None
    return match.span("answer")


def _sign(item: str) -> tuple[int, int] | None:
    for pattern in (_SIGN_FOR, _HAS_SIGN, _TENDS_TO_BE):
        match = pattern.match(item)
        if match:
            return match.span("answer")
    return None


# "Hyppigste årsag er pneumokokker", "La causa más frecuente de neumonía es el neumococo",
# "Häufigste Ursache ist die Arteriosklerose": the commonest cause, said in the languages
# clinical notes are written in. English says it so too, and is asked (_SUPERLATIVE_ROLE);
# what fills the role is the fact.
_COMMONEST_ABROAD = re.compile(
    r"^\s*(?:(?:la|el|le|die|der|den)\s+)?(?:"
    r"(?:hyppigste|almindeligste)\s+(?:årsag|årsager|komplikation|symptom)(?:\s+til\s+[^,;:]+?)?"
    r"\s+(?:er|var)|"
    r"causa\s+(?:più|más)\s+(?:frequente|comune|frecuente|común)"
    r"(?:\s+(?:d[ie]l?|della|dello|dei|degli|delle|de\s+la)\s+[^,;:]+?)?"
    r"\s+(?:è|fu|es|era|fue)|"
    r"cause\s+la\s+plus\s+(?:fréquente|courante)(?:\s+d[eu]\s+[^,;:]+?)?\s+(?:est|était)|"
    r"(?:häufigste|wichtigste)\s+(?:Ursache|Komplikation)(?:\s+(?:für|von|der|des)\s+[^,;:]+?)?"
    r"\s+(?:ist|war|sind))\s+"
    r"(?:(?:il|lo|la|l['’]|i|gli|le|el|los|las|der|die|das|den|les|un|una|ein|eine)\s*)?"
    r"(?P<answer>[^\W\d_][^,.;:()]*?)\s*[.!]?\s*$", re.I)

# "Todo espacio métrico es Hausdorff", "Ogni funzione derivabile è continua", "Jede
# konvergente Folge ist beschränkt": a theorem stated of every one of a kind. What every one
# is, one or two words, is the fact (the kind, shown, its cue); not where the kind's name
# says it ("Todo subespacio de un Hausdorff es Hausdorff": a give-away).
_UNIVERSAL = re.compile(
    r"^\s*(?:todo|toda|todos|todas|cada|ogni|tutti|tutte|tout|toute|tous|toutes|jede[rsn]?|"
    r"alle|every|all|enhver|ethvert|alle)\s+(?P<kind>[^\W\d_].{2,60}?)\s+"
    r"(?:es|son|è|sono|est|sont|ist|sind|is|are|er)\s+(?:(?:un|una|uno|une|ein|eine|an?|en|et)\s+)?"
    r"(?P<answer>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?)\s*[.!]?\s*$", re.I)

# "Noble gases have a full outer shell", "Ionic compounds have high melting points": what a
# named kind has, in a terse bullet. Not a pointing or vague subject ("It has …", "Both types
# have …"), nor a vague thing had ("advantages", "effects").
_HAS = re.compile(
    r"^\s*(?P<subject>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,3})\s+"
    # (Not German "hat": "Wear a hat outdoors" asked "[outdoors]", the code review.)
    r"(?:have|has|haben|har|tienen|tiene|hanno|ont)\s+"
    r"(?:(?:an?|un|una|une|einen?|eine|en|et|el|la|los|las|le|les)\s+)?"
    r"(?P<answer>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,3})\s*[.!]?\s*$")
_VAGUE_HAD = frozenset("""advantages disadvantages effects effect benefits problems issues
    features properties characteristics uses roles functions parts types things""".split())
# ("Caffeine has little effect on recall": how much, no thing had.)
_SOME_AMOUNT = frozenset("little some much many few more less several".split())


def _has(item: str) -> tuple[int, int] | None:
    match = _HAS.match(item)
    if match is None:
        return None
    first = match["subject"].split()[0].casefold()
    had = match["answer"].casefold().split()
    if first in POINTING_WORDS or first in STOP_WORDS or _VAGUE_HAD.intersection(had) or \
            had[0] in _SOME_AMOUNT or had[0] in STOP_WORDS or \
            verb_form(match["answer"].split()[0]) or not _worth(match["answer"]):
        return None
    return match.span("answer")


def _said_of_a_kind(item: str) -> tuple[int, int] | None:
    for pattern in (_COMMONEST_ABROAD, _UNIVERSAL):
        match = pattern.match(item)
        if match and len(match["answer"].split()) <= MAX_CHOICE_WORDS and \
                _worth(match["answer"]) and not is_clause_item(match["answer"]):
            return match.span("answer")
    return _has(item)


# "mit always takes the dative", "trotz governs the genitive", "wegen + Genitiv": a grammar
# note's word and the case (or form) it takes; the word, shown, is the cue. So a drug and
# where it must not be given: "Metformin contraindicated in severe renal impairment".
_CASES = (r"(?:(?:nominative|accusative|dative|genitive|Nominativ|Akkusativ|Dativ|Genitiv)\b|"
          r"(?:Nom|Akk|Dat|Gen)\.)")
_TAKES = re.compile(
    r"^\s*(?P<word>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)\s+(?:always\s+|usually\s+|only\s+|"
    r"immer\s+)?(?:takes|governs|requires|is\s+followed\s+by|are\s+followed\s+by|take|govern|"
    r"verlangt|regiert|fordert)\s+(?:(?:the|a|an|den|dem|der|das)\s+)?"
    r"(?P<answer>(?:(?:the|a|an)\s+)?(?:[^\W\d_]+\s+)?(?:case|nominative|accusative|dative|"
    r"genitive|Nominativ|Akkusativ|Dativ|Genitiv|Nom\.|Akk\.|Dat\.|Gen\.|subjunctive|"
    r"infinitive|Konjunktiv|Infinitiv|participle|Partizip|gerund|congiuntivo|subjuntivo|"
    r"subjonctif)\b\.?)\s*[.!]?\s*$", re.I)
# (Only a case or a form: "Photosynthesis takes [place in chloroplasts]", "Meiosis takes
# [two divisions]" were asked, the code review.)
# (Two words before "+": "warten auf + [Akk.]"; "wegen + […]" leaves one word to answer from.)
_PLUS_CASE = re.compile(rf"^\s*[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){{1,2}}\s*\+\s*"
                        rf"(?P<answer>{_CASES})\s*$", re.I)
_CONTRAINDICATED = re.compile(
    r"^\s*(?P<drug>[^\W\d_][\w+/-]*(?:\s+[\w+/()-]+){0,3})\s+(?:is\s+|are\s+|er\s+|è\s+|ist\s+)?"
    r"(?:contraindicated|contra-indicated|kontraindiceret|controindicat[oaie]|"
    r"contraindicad[oa]s?|kontraindiziert|CI)\s+(?:in|with|ved|hos|bei|nel|nella|nei|nelle|in\s+caso\s+di|"
    r"en|if)\s+(?P<answer>[^\W\d_][^,;:()]{2,50}?)\s*[.!]?\s*$", re.I)


def _takes(item: str) -> tuple[int, int] | None:
    for pattern in (_PLUS_CASE, _TAKES, _CONTRAINDICATED):
        match = pattern.match(item)
        if match and len(match["answer"].split()) <= MAX_CHOICE_WORDS and \
                not is_clause_item(match["answer"]) and _worth(match["answer"]):
            return match.span("answer")
    return None


# "Behandles med penicillin i 10 dage", "Ved penicillinallergi gives clarithromycin",
# "CURB-65 bruges til at vurdere sværhedsgrad": a Danish (or Italian, Spanish, German) note's
# treatment, the drug given in a case, and what a score or test is used for. The drug and
# the purpose are the fact; "for 10 days", the case or the score's name its cue.
_FOR_A_TIME = r"(?:i|in|for|per|für|pour|por|durante|x)"
_TREATED_WITH = re.compile(
    r"^\s*(?:behandles|behandlet|si\s+tratta|trattat[oaie]|se\s+trata|tratad[oa]s?|traité[es]?|"
    r"wird\s+behandelt|behandelt|Therapie|terapia|tratamiento|traitement)\s+(?:med|con|avec|mit|par)\s+"
    rf"(?P<answer>[^\W\d_][\w+/()-]*(?:\s+(?!{_FOR_A_TIME}\b)[\w+/()-]+){{0,3}})"
    rf"(?:\s+{_FOR_A_TIME}\s+[^,;:]+)?\s*[.!]?\s*$", re.I)
_GIVEN_IN_CASE = re.compile(
    r"^\s*ved\s+[^\W\d_][^,;:]{1,40}?\s+(?:gives|gis|anvendes|bruges)\s+"
    r"(?P<answer>[^\W\d_][\w+/()-]*(?:\s+[\w+/()-]+){0,3})\s*[.!]?\s*$", re.I)
_USED_FOR = re.compile(
    r"^\s*[^\W\d_][\w+/-]*(?:\s+[\w+/-]+){0,3}\s+(?:bruges|anvendes|benyttes)\s+til\s+"
    r"(?:at\s+)?(?P<answer>[^\W\d_][^,;:()]{2,50}?)\s*[.!]?\s*$", re.I)


def _treatment_abroad(item: str) -> tuple[int, int] | None:
    for pattern in (_TREATED_WITH, _GIVEN_IN_CASE, _USED_FOR):
        match = pattern.match(item)
        if match and len(match["answer"].split()) <= MAX_CHOICE_WORDS and _worth(match["answer"]):
            return match.span("answer")
    return None


# "sein 的过去分词是 gewesen", "第三格阳性定冠词是 dem": a Chinese note's sentence whose
# complement is a word of the language it teaches. That word is the fact.
_IS_FOREIGN_CJK = re.compile(
    rf"^\s*(?P<subject>[^，,：:；;。]*[{HAN}][^，,：:；;。]*?)\s*是\s*"
    r"(?P<answer>[A-Za-zÄÖÜäöüßÀ-ÿ][A-Za-zÄÖÜäöüßÀ-ÿ' -]{0,30}?)\s*[。.]?\s*$")


def _is_foreign_cjk(item: str) -> tuple[int, int] | None:
    match = _IS_FOREIGN_CJK.match(item)
    if match is None or len(HAN_CHAR.findall(match["subject"])) < 2:
        return None
    return match.span("answer")


def _uses_cjk(item: str) -> tuple[int, int] | None:
    match = _USES_CJK.match(item)
    # (Two characters read as too short to recall: "um 用于[钟点]" is refused, weak.)
    if match is None or len(HAN_CHAR.findall(match["answer"])) < 3 or \
            not re.search(r"[A-Za-zÄÖÜäöüß]{2,}", match["word"]):
        return None
    start, end = match.span("answer")
    answer = match["answer"].strip("“”\"' ")
    start = item.index(answer, start)
    return start, start + len(answer)


def terse_item_span(item: str, heading: str = "") -> tuple[int, int] | None:
    """The gap of a terse list item that states a fact in no sentence's shape: a named
    event's closing year, the drug a first-line role names, a dose given for a time, what a
    Chinese note says a foreign word means or takes. None for a longer text (a sentence),
    or where the item or its `heading` (on the card's front) says the answer: "都支配[第三格]"
    under "支配第三格的动词"."""
    if len(item) > TERSE_ITEM_CHARACTERS or "\n" in item.strip():
        return None
    if len(item.split()) > TERSE_ITEM_WORDS:
        # (A sign and its amount are no words of a sentence: "NIV if pH < 7.35 and pCO2 > 6
        # kPa despite optimal medical therapy" is a step of nine words past two thresholds.)
        if len(_SIGNED_NUMBER.sub("", item).split()) > TERSE_ITEM_WORDS:
            return None
        found = _step_past_thresholds(item)
    else:
        found = (_uses_cjk(item) or _is_foreign_cjk(item)) if HAN_CHAR.search(item) else (
            _closing_years(item) or _choice(item) or _dose(item) or _step_when(item)
            or _sign(item) or _said_of_a_kind(item) or _takes(item) or _treatment_abroad(item)
            or _test_for(item) or _rule_bound(item, heading) or _step_past_thresholds(item)
            or _given_via(item))
    if found is None:
        return None
    answer = item[found[0]:found[1]]
    if giveaways(item, answer, (found,)) or chinese_answer_shown(answer, heading) or \
            (answer in heading and not answer.isdigit()):
        return None
    return found
