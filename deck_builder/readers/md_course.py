"""Course-page asides and quizzes: what a student's notes say about the course, not its subject.

About the notes or the course ("In this lecture we …"), bylines, study advice and notes to
oneself, course plans ("Next week we will …"), grading, tasks and homework, learning
objectives, reading lists, where the notes come from, page properties (Notion, Logseq) and
a write-up's record fields; and quizzes: lettered options, exam prompts, exercises, FAQ
pairs. The reader makes no card of an aside and asks a quiz's answer from its options.

Its own module because it is one subject with many languages' word lists, read by the
reader's paragraph, list and label readings alike.
"""

from __future__ import annotations

import re
import unicodedata

from markdown_it.tree import SyntaxTreeNode

from deck_builder import months
from deck_builder.quality import is_chinese_sentence
from deck_builder.readers.md_inline import _Inline, _inline, _inline_child, _line, _words
from deck_builder.readers.md_rules import _SENTENCE_BREAK, MAX_GROUPED_ITEMS, MAX_ITEM_WORDS
from deck_builder.readers.md_source import BLOCK_PROPERTIES
from deck_builder.statements import AUXILIARIES, opens_a_step
from deck_builder.text import ARROW, slugify, unmark


def _without_accents(word: str) -> str:
    """"eleve" of "élève", "schuler" of "schüler": a word typed with or without its accents
    (a key, a byline's month)."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


# "This document compares …", "In this chapter we …": about the notes, not their subject.
# "Examples of tangible assets are …": what follows lists members, and "[Examples of
# tangible assets]" asked a phrase no learner could give back (sample 2727's source).
_EXAMPLES_OF = re.compile(r"^[\"“'‘]?(?:(?:some|typical|common)\s+)?(?:examples?|instances?)\s+"
                          r"of\b", re.I)
_ABOUT_THE_NOTES = re.compile(
    r"^(?:in\s+)?(?:this|these|the\s+following)\s+(?:document|notes?|page|chapter|section|"
    r"article|guide|post|cheat\s*sheet|lesson|unit|summary|file)\b"
    # The same in the languages notes are written in: "En esta sección se dará una
    # introducción más formal …" asked "las [series de tiempo]" (junk, sample 2727).
    r"|^(?:en\s+est[ae]|dans\s+(?:cette|ce)|in\s+quest[oa]|in\s+(?:diesem|dieser)|"
    r"n(?:est|ess)[ae]|in\s+(?:deze|dit))\s+(?:secci[oó]n|cap[ií]tulo|apartado|tema|lecci[oó]n|"
    r"section|chapitre|partie|le[cç]on|fiche|sezione|capitolo|lezione|parte|abschnitt|kapitel|"
    r"lektion|einheit|se[cç][aã]o|aula|sectie|hoofdstuk|les),?\s+"
    # …with the notes' own verb after it: "En este tema, la inflación es …" is a fact.
    # (Not German "werden" alone: "In diesem Abschnitt werden 65 % des Natriums resorbiert"
    # is a segment of the nephron, in the passive.)
    r"(?:se\s+\w+r[áa]n?\b|nous\b|on\s+(?:va|verra)\b|vamos\b|veremos\b|estudiaremos\b|"
    r"vedremo\b|vediamo\b|studieremo\b|si\s+(?:vedr|parler|studier)\w*|(?:werden|lernen)\s+"
    r"wir\b|wir\b|zullen\s+we\b|gaan\s+we\b|we\b)", re.I)
# A course page's own ("This course introduces …", "In this lecture we …"; prose18), said
# with a verb of the notes: "The following week, Germany invaded Poland" and "This course of
# action led Britain …" are facts (review 18).
_ABOUT_THE_COURSE = re.compile(
    r"^in\s+this\s+(?:course|module|lecture|week),?\s+(?:we|I|you)\b"
    r"|^this\s+(?:course|module|lecture|week)\s+(?:(?:will|we)\s+)?(?:covers?|introduces?|"
    r"looks?\s+at|explores?|examines?|presents?|describes?|discuss(?:es)?|focus(?:es)?|"
    r"is\s+about|deals?\s+with|reviews?|surveys?|builds?\s+on|begins?|starts?|continues?|"
    r"teaches|aims?)\b"
    # the lecture's place among the others: "Last time we looked at where biopotentials
    # come from. Today: how we …" (its card asked "where [biopotentials] come from")
    r"|^(?:last|next)\s+(?:time|week|lecture|class|session),?\s+(?:we|I)\s+(?:looked\s+at|"
    r"saw|covered|discussed|introduced|studied|met|will)\b"
    # a student's log of the lecture: "Started with a recap of the ideal op-amp model, then
    # moved on to active filters" (its card asked "then moved on to [active filters]")
    r"|^(?:we\s+|I\s+)?(?:started|began|opened|finished|ended)\s+(?:with|by)\s+(?:a\s+|the\s+)?"
    r"(?:quick\s+|short\s+|brief\s+)?(?:recap|review|revision|summary)\b", re.I)
# Not Italian's plural article, before a masculine plural in -i ("I mitocondri producono
# ATP …", "I ribosomi"), which no English verb after "I" ends in.
_FIRST_PERSON = re.compile(r"^\W*(?:I(?!\s+\w+i\b)|I'm|I've|I'd|I'll|My)\s")
# Italian's small words: two different ones say a paragraph opening "I frame …" is Italian
# ("I" its plural article), no author writing "I …". (Not "per": English says "per day".)
_ITALIAN_WORDS = re.compile(r"\b(?:il|della|delle|degli|dei|nel|nella|che|sono|devono|"
                            r"vengono|hanno|essere|questo|questa|anche|viene)\b")
# "Exam tip: always link a cause to a consequence": advice on taking the exam, not a fact of
# the subject (the thirteenth blind review: junk, "study-skill advice; the gap is filler").
# So is the course's plan: "Not covered this week: … — see week 4" (the fourteenth: junk).
# So is an order to learn what the page shows: "Learn the three salt names above — they
# come up every year" (this session's reviews of seeds 1357 and 9001: junk, "study advice").
# A byline under the title ("von André Sommer am 25.09.2021", "By Jane Doe, 3 March 2021",
# "*Written by Tom O'Neil*"): who wrote the page and when, no fact of its subject ("von
# André [Sommer] am 25.09.2021" was asked, blind sample 2905: junk). Only names and a day's
# or a month's date: "By 1789, France was …" and "By April 1917 the US had …" go on to
# state something.
_BYLINE_NAME = r"[A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĖĘĚĜĞĠĢĤĦĨĪĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ][\w.'’-]*"
# A byline's month: any word that opens like a month of any language, in full or abbreviated
# ("Sept.", "févr.", "Dezember"), also typed without its accents ("3 aout 2021").
_MONTH_STEMS = months.stems(*months.LANGUAGES)
_MONTH = (rf"(?:{months.alternation(_MONTH_STEMS, map(_without_accents, _MONTH_STEMS))})"
          r"[^\W\d_]*\.?")
_BYLINE = re.compile(
    r"^(?i:(?:written|posted|compiled|notes|edited)\s+by|by|von|verfasst\s+von|par|"
    r"écrit\s+par|por|escrito\s+por|di|door|author|autor(?:in)?|auteur|autore)\s*:?\s+"
    rf"{_BYLINE_NAME}(?:\s+(?:(?:and|und|et|y|e|en|&)\s+)?{_BYLINE_NAME}){{0,4}}"
    r"(?:\s*(?:[,·|–—-]|\s(?:am|on|le|el|il|den|op))?\s*\(?(?:\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|"
    rf"(?i:\d{{1,2}}\.?\s+{_MONTH}\s+\d{{4}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|{_MONTH}\s+\d{{4}})"
    r")\)?)?\s*\.?$")
_STUDY_ADVICE = re.compile(
    r"^\W*(?:(?:exam|examiner'?s?|revision|study|top)\s+(?:tips?|hints?|advice)\b"
    r"|not\s+(?:covered|examined|assessed|examinable|on\s+the\s+exam)\b"
    r"|(?:learn|memori[sz]e|revise)\s+(?:the|these|this|those|all|them|it|how|which|what)\b)"
    # Chinese notes' advice anywhere in the line: "该部分相对而言容易考解答题，…建议将该章节完整
    # 看完，再找历年题做一下" under "电介质" was asked as what 电介质 is (blind sample 4001: junk).
    # Only of the notes' own part ("该部分", "本章") or past papers: "研究者建议学生分几次复习"
    # (spacing, a fact of psychology), "术后…建议患者…做练习" (a clinical one), "不容易考上
    # 重点大学" are facts (the second re-read). (Not "常考物理量", "必考": a title over the
    # points to know, the points facts.)
    r"|^[^。！？]*?(?:该部分|这部分|本部分|本章|本节|该章节|这一章)[^。！？]*?(?:容易考(?!上)|"
    r"建议)|^[^。！？]*?(?:历年(?:真)?题|建议(?:将|把|先)?(?:该|本|这)(?:部分|章|章节|节))",
    re.I)
# A sentence of what the course does later: "We will re-demonstrate it from first principles
# in the statistical mechanics class.", "We'll see this in the next lecture.", "Nous verrons
# cela dans le prochain chapitre.", "Das behandeln wir in der nächsten Vorlesung." Read in two
# bounded steps (an opening, then a place of the course): one pattern of two open runs was
# quadratic on a long sentence (50 KB: 14 s, the code re-read). A teaching verb and a place
# named in small letters: "We'll make every field private in the Account class" is code.
_PLAN_OPENING = re.compile(
    r"\W*(?:we\s+(?:will|shall|are\s+going\s+to)|we['’]ll)\s+(?:\w+\s+)?(?:re-?)?(?:see|show|"
    r"cover|discuss|prove|derive|demonstrate|learn|study|look|return|revisit|talk|explore|"
    r"examine|introduce|treat|deal|go\s+over|come\s+back)\b"
    r"|\W*nous\s+(?:verrons|allons\s+voir|reviendrons|étudierons|aborderons)\b"
    r"|\W*(?:das|dies|dazu|darauf)\s+\w+\s+wir\b",
    re.I)
_PLAN_PLACE = re.compile(
    r"\b(?i:in|during|at|dans|im)\s+(?i:the|a|our|another|this|that|next|later|future|le|"
    r"la|un|une|prochain|prochaine|der|dem|einer|nächsten|späteren)\s+"
    r"(?:[a-zäöüéèàç-]+\s+){0,3}?"  # (in small letters: "the Account class" is code)
    r"(?i:class|classes|lecture|lectures|course|chapter|session|week|unit|seminar|tutorial|"
    r"lesson|cours|chapitre|séance|vorlesung|kapitel|sitzung|übung|stunde)\b")


def _course_plan(sentence: str) -> bool:
    """Whether `sentence` says what a later class or chapter will do (_PLAN_OPENING and
    _PLAN_PLACE)."""
    return _PLAN_OPENING.match(sentence) is not None and \
        _PLAN_PLACE.search(sentence) is not None


_PLAN_WORDS = re.compile(r"\b(?:we|nous|wir)\b", re.I)  # read first: most paragraphs hold none
# ... and its grading: "Problem sets count for 30% of the grade …" (prose18). Searched on
# its own: after the anchored "^\W*" above, a ".*" made every failing match of a long run
# of arrows or emoji quadratic (60 KB of "→ ": 30 s; the code review).
_GRADING = re.compile(
    r"\d\s*%\s+of\s+the\s+(?:final\s+|overall\s+|course\s+|module\s+)?(?:grade|mark)s?\b",
    re.I)
# "Don't confuse red giants with red dwarfs.", "Always give the mass in solar masses.": an
# order to the learner (a warning box's, a tip's), no fact: its gap asked a name of either
# side, or the unit an exam wants. The sentences after it are read.
# A verb that makes a line of names a sentence.
_SENTENCE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had)\b", re.I)
# What the teacher said about the exam ("prof said this is on the exam \"every single
# year\", know how to show it …", "Dr. Kim said this WILL be on the midterm"): the course, no
# fact of the subject ("… on the exam \"[...]\"" was asked, session 36's notes).
_EXAM_REMARK = re.compile(
    r"^\W*(?:(?:the|my|our)\s+)?(?:prof\.?|professor|teacher|lecturer|tutor|ta|instructor|"
    r"she|he|they|dr\.?\s+\w+|mr\.?\s+\w+|mrs\.?\s+\w+|ms\.?\s+\w+)\s+(?:said|says|mentioned|"
    r"told\s+us|stressed|emphasi[sz]ed|hinted)\b[^.!?]{0,60}?(?:\b(?:on|in|for)\s+(?:the|this|our|"
    r"every|next|each)\s+(?:\w+\s+)?(?:exam|test|midterm|final|quiz|boards?|osce)s?\b"
    # ("… is always an exam question", "… is a favourite exam topic")
    r"|\b(?:an?|the)\s+(?:\w+\s+)?(?:exam|midterm|quiz)\s+(?:question|topic|favou?rite|q)s?\b)",
    re.I)
# A sentence anywhere that says what the exam asks or is worth, in the languages notes are
# written in: "Gantt charts come up in EVERY exam → practise …", "Dr. K said this is worth
# marks", "❗ All'esame chiede quasi sempre il grafico …", "(pas au partiel)", "das kommt
# immer in der Klausur", "esto cae en el examen", "komt altijd op het tentamen" (asked, each
# hid a word of the subject it named: session 38's notes, junk).
_EXAM_TALK = re.compile(
    r"\bexaminers?\s+(?:want|wants|look\s+for|looks\s+for|expect|expects|reward|rewards|"
    r"like|likes)\b|\bfor\s+(?:the|a|full|extra|easy)\s+marks?\b|"
    r"\b(?:comes?|came|coming)\s+up\s+(?:in|on)\s+(?:\w+\s+){0,2}(?:exams?|midterms?|"
    r"final\s+exams?|mocks?)\b|\bworth\s+(?:(?:extra|bonus|easy|the|a\s+lot\s+of|lots\s+of)\s+)?"
    r"marks\b|\b(?:is|are)\s+(?:always|usually|often)\s+(?:on|in)\s+the\s+(?:exam|midterm|"
    r"final\s+exam)\b|\ball['’]esame\s+(?:\w+\s+){0,2}(?:chiede|chiedono|esce|escono|cade|"
    r"cadono|viene\s+chiest[oa]|porta|portano)\b|\bchiest[oaie]\s+(?:\w+\s+)?all['’]esame\b|"
    r"\b(?:pas\s+)?au\s+partiel\b|\bpas\s+à\s+l['’]examen\b|\b(?:kommt|kam)\s+(?:\w+\s+){0,2}"
    r"(?:in|im)\s+(?:der\s+)?Klausur\b|\bklausurrelevant\b|\b(?:cae|caen|entra|entran|sale|"
    r"salen)\s+(?:\w+\s+)?en\s+el\s+examen\b|\bop\s+het\s+tentamen\b", re.I)
# (Only the course's exam: "Glycosuria comes up on urine tests", "All'esame obiettivo si
# rilevano …" (on physical examination), "À l'examen clinique …", "soumis à l'examen du
# Conseil constitutionnel", "kommt … in der Prüfung der Schuld", "worth 4 marks in 1914"
# state facts of medicine, law and history; the second code re-read.)
# (Only the exam's own words: "He said the war was a test of whether …", "They said the
# final borders of Poland …" state facts; the code re-read of session 36.)
# What happened in class or what the course's materials are like ("she did this in class to
# show what a p-value means", "Haddad's slides are better than the book for the power
# stuff", "midterm 2: Nov 14. covers ch 5-6"): the course, no fact of the subject; each
# asked a word of the subject it named ("… what a [p-value] means"). (Not "in the lab":
# "He showed in the lab that broth in a swan-neck flask stayed sterile" is Pasteur's; nor
# "The textbook is wrong about the yield: …", which corrects a fact.)
_COURSE_TALK = re.compile(
    r"^\W*(?:(?:she|he|they|we|i|prof\.?|professor|teacher|lecturer|tutor|the\s+ta|ta|"
    r"instructor|dr\.?\s+\w+)\s+(?:did|showed|drew|went\s+over|covered|demoed|derived|ran|"
    r"worked\s+through|did\s+an?\s+\w+\s+of)\b[^.!?]{0,80}?\b(?:in|during|at\s+the\s+end\s+of)\s+"
    r"(?:(?:the|today['’]s|last|this)\s+)?(?:class|lecture|recitation|tutorial|seminar|section)\b"
    # (and "we" in the lab: "We did the flame tests in lab", the course's practical)
    r"|(?:we|i)\s+(?:did|ran|made|tried)\b[^.!?]{0,80}?\bin\s+(?:the\s+|today['’]s\s+)?lab\b"
    r"|(?:[\w'’.-]+\s+){0,2}(?:slides|lecture\s+notes|textbook|book|recordings?)\s+(?:are|is|were|"
    r"was)\s+(?:(?:way|much|so|really|kinda|a\s+lot)\s+)?(?:better|worse|clearer|easier|harder|"
    r"confusing|useless|great|helpful|unhelpful)\b"
    r"|(?:midterm|exam|quiz|final\s+exam)(?:\s*\d+)?\s*[:—–-]\s*(?:\w+\.?\s+)?\d{1,2}\b[^.!?]{0,40}"
    r"(?:[.!?]\s*(?:covers?|bring|room|open\s+book|closed\s+book)\b|$))", re.I)
_ORDER_TO_LEARNER = re.compile(
    r"^\W*(?:(?:don['’]?t|do\s+not|never)\s+(?:confuse|mix\s+up|forget)\b"
    r"|always\s+(?:give|write|show|include|state|quote|label|check|remember)\b"
    r"|make\s+sure\b|remember\s+to\b|be\s+careful\b"
    # (in the languages notes are written in: "Husk at læse …", "Husk å …", "Kom ihåg att
    # …", "Ricordati di …", "No olvides …", "N'oublie pas …", "Vergiss nicht …")
    r"|husk\s+(?:at|å)\b|kom\s+ihåg\b|glem\s+ikke\b|ricorda(?:ti)?\s+di\b"
    r"|no\s+olvides\b|n['’]oublie[sz]?\s+pas\b|vergiss\s+nicht\b)", re.I)
# "We mean to show in the lab that friction turns work into heat", "In this lecture we will
# derive …", "Let us now look at …": what the author means to do, not a fact of the subject
# (a review: "We mean to show … [heat]" junk, the author's intent carded as a fact). What is
# shown is stated where it is shown.
_AUTHORS_INTENT = re.compile(
    r"^\W*(?:(?:by\s+contrast|here|now|next|first|then|finally|today|in\s+this\s+\w+),?\s+)?"
    r"(?:(?:we|i)(?:['’]ll)?\s+(?:(?:now|also|then|first|next)\s+)?"
    r"(?:mean|want|intend|aim|hope|plan|wish|are\s+going|am\s+going|will|shall|would\s+like)"
    r"(?:\s+to)?|let['’]?s|let\s+us|our\s+(?:aim|goal|plan|purpose)\s+is\s+to)\s+"
    r"(?:now\s+|also\s+|first\s+|briefly\s+)?"
    r"(?:show|prove|demonstrate|see|look\s+at|discuss|explain|derive|argue|examine|explore|"
    r"consider|introduce|describe|review|cover|study|check|verify|establish)\b", re.I)
# A task, as Logseq, Org and plain notes type it ("TODO practise …", "LATER look up …",
# "TODO: ask about epistasis"): what the writer means to do, no fact of the subject. Not
# a word or an acronym before a fact's verb ("NOW was founded in 1966 …", "DONE is …").
_TASK = re.compile(r"^\W*(?:TODO|LATER|NOW|DOING|DONE|WAITING|CANCELL?ED|FIXME|TBD)(?::|$|\s+"
                   rf"(?!(?:{'|'.join(sorted(AUXILIARIES))}|"
                   r"became|becomes|remains|stands|means|\w+(?<!e)ed)\b))")
# A week, lesson or chapter of a course and its number, as the label of a line ("Week 7 –
# chapter 9 …", "Woche 7 – Kapitel 9 im Kursbuch", "Lezione 3: …"): where the notes stand in
# a course, no term to ask from the rest ("[Woche 7] — Kapitel 9 …" was asked).
_COURSE_PLACE = re.compile(
    # (the notes' own word before it: "Appunti lezione 12 – prof. Bianchi", "Notes week 3 -
    # Dr Lee", "Noter uge 38: …", "Apuntes clase 4 – …")
    r"\s*(?:(?:appunti|apuntes|notas|notes|noter|notater|anteckningar|notizen|mitschrift)"
    r"\s+(?:(?:di|della|de(?:\s+la)?|from|fra|från|zur|zum|der)\s+)?)?"
    r"(?:week|woche|uge|uke|vecka|lecture|lesson|lektion|settimana|lezione|semaine|leçon|"
    r"semana|lección|clase|forelæsning|forelesning|föreläsning|vorlesung|topic|tema|thema|"
    # (a chapter in the languages where it names no law: "Capitolo 2 – La prima guerra
    # mondiale. …", "Hoofdstuk 4 – De centrale bank. …", "Aula 3 – Direitos sociais. …")
    r"capitolo|capítulo|chapitre|kapitel|hoofdstuk|les|aula)\s+\d+\s*"
    r"(?::|--|[—–-]\s)", re.I)
# A chapter, unit or session names a thing as often ("Chapter 11 – reorganisation" of US
# bankruptcy law, "Unit 731 - a covert … warfare unit": review 18): a place in a course only
# where the rest of its sentence names the course's material.
_CHAPTER_PLACE = re.compile(
    r"\s*(?:chapter|kapitel|unit|einheit|session|capitolo|chapitre|capítulo)\s+\d+\s*"
    r"(?::|--|[—–-]\s)[^.!?]*?(?:\b(?:kursbuch|lehrbuch|arbeitsbuch|übung(?:en)?|übungsbuch|"
    r"workbook|textbook|coursebook|worksheet|handout|pp?\.|pages?|seiten?|S\.|pagine|pag\.|"
    r"páginas?|libro|manuel|cahier)(?!\w)|\b(?:in|im)\s+(?:the\s+)?(?:book|buch)\b)", re.I)


# An English sentence working one formula into the next: an operation on it, then what
# "we get" (math21 keeps such steps out of its formula cards; this keeps them out of all).
_DERIVATION_STEP = re.compile(
    r"\W*(?:differentiating|integrating|substituting|rearranging|plugging|solving|"
    r"multiplying|dividing|expanding|combining|eliminating|squaring)\b[^.;]*?"
    r"\b(?:we\s+(?:get|obtain|find|have|arrive\s+at)\b|(?:gives?|yields?)\s+(?:us\s+)?"
    r"(?:\$|\\\(|\\\[))", re.I)


def _study_note(text: str) -> bool:
    """Whether `text` is a note to oneself about studying (_STUDY_NOTE) of at most ten
    words: a longer sentence opening so states more than where to look."""
    return len(text.split()) <= 10 and _STUDY_NOTE.match(text) is not None


def _about_studying(sentence: str) -> bool:
    """Whether a sentence after a paragraph's first speaks of studying or of the course, no
    fact of the subject: a note to oneself (_study_note), where the notes come from
    (_NOTES_SOURCE), what happened in class (_COURSE_TALK), what was said of the exam
    (_EXAM_REMARK)."""
    return bool(_study_note(sentence) or _NOTES_SOURCE.match(sentence)
                or _COURSE_TALK.match(sentence) or _EXAM_REMARK.match(sentence)
                or _EXAM_TALK.search(sentence))


# A line naming only the chapters or lectures the notes cover, each with its title in
# brackets ("Ch. 5 (Elasticity) and Ch. 10 (Market failure)."): what the page covers, no
# fact; hidden, a title was asked ("Ch. 10 ([Market failure])", a learner's read: junk).
_CHAPTER_LIST = re.compile(
    r"\s*(?:(?:,|;|and|&|\+|und|e|et|y|og)?\s*(?:ch\.|chs?\b|chapters?|lectures?|weeks?|units?|"
    r"kapitel|capitolo|chapitre|capítulo|lezione)\s*\d+(?:\s*[-–]\s*\d+)?\s*"
    r"(?:\([^()]{1,60}\))?\s*)+[.;:]?\s*", re.I)


def _course_place(text: str) -> bool:
    """Whether `text` opens on the week, lesson or chapter of a course it stands in, or
    names only the chapters it covers (_CHAPTER_LIST)."""
    return bool(_COURSE_PLACE.match(text) or _CHAPTER_PLACE.match(text)
                or _CHAPTER_LIST.fullmatch(_SENTENCE_BREAK.split(text)[0]))


# A student's note to themselves about studying, in the languages notes are written in: a
# pointer to where the material is ("see lecture 4", "vedi schema sul quaderno", "siehe
# Folie 12", "See lecture 3 slides for the diagrams"), an errand ("revise GOLD staging",
# "chiedere alla prof. se …", "ask the tutor about …") or a bare flag ("importante!!").
# A learner's read of this session's notes judged each asked as junk ("[…]; revise GOLD
# staging", "vedi schema sul quaderno; […]; importante!!"). Not "See how the curve shifts"
# (a verb of the subject after it is none of these) nor a clinical order ("Ask about
# smoking"): only a place in the course or a teacher after the verb.
_COURSE_THING = (r"(?:lectures?|lecture\s+notes|slides?|handouts?|notes|notebook|textbook|"
                 r"book|chapter|ch\.|page|p\.|pp\.|week|figure|fig\.|diagram|video|recording|"
                 r"lezione|lezioni|slide|dispense|quaderno|appunti|libro|capitolo|pagina|pag\.|"
                 r"schema|Vorlesung|Folien?|Skript|Buch|Kapitel|Seite|S\.|Heft|cours|"
                 r"diapos?|chapitre|clase|diapositivas?|apuntes|cuaderno|capítulo|"
                 r"forelæsning|slides|noter|bog|kapitel)(?:\b|(?<=\.))")
_STUDY_NOTE = re.compile(
    r"^\W*(?:(?:see|cf\.?|vedi|vedere|siehe|voir|véase|ver)\s+(?:(?:the|my|our|il|la|lo|"
    r"le|i|gli|l['’]|sul|sulla|nel|nella|die|der|das|den|le|la|les|el|los|las|mi|mis)\s*)?"
    r"(?:\w+\s+){0,2}?" + _COURSE_THING +
    # ("Review sites are …", "Review bodies set …": "review" only before a course's thing.)
    r"|(?:revise|ripassare|ripasso|rivedere|wiederholen|réviser|repasar|genlæs|"
    r"læs\s+op\s+på)\s+(?!(?:of|is|are|was|were|has|have|shows?|found|finds|"
    r"articles?|papers?|panel|board|process|date)\b)\S"
    r"|review\s+(?:(?:the|my|our)\s+)?(?:\w+\s+){0,2}?" + _COURSE_THING +
    r"|(?:ask|chiedere|domandare|fragen|demander|preguntar|spørg)\s+(?:\w+\s+){0,2}?"
    r"(?:prof\b|prof\.|professor\w*|teacher|tutor|lecturer|docente|insegnante|Lehrer\w*|"
    r"Dozent\w*|profesor\w*|underviser\w*)"
    r"|(?:importante?|important|wichtig|vigtigt|viktig)\s*!+\s*$"
    # "[[Cell structure]] has the diagrams.": where to find them, in another note.
    r"|(?:\S+\s+){1,5}?(?:has|have|holds?|contains?)\s+(?:all\s+)?(?:the|my|more)\s+"
    r"(?:diagrams?|pictures?|figures?|images?|drawings?|examples?|details?)\s*[.!]?\s*$"
    r"|(?:check|consult)\s+(?:the\s+|your\s+)?local\s+(?:\w+\s+)?(?:guidelines?|guidance|"
    r"polic(?:y|ies)|protocols?|formular(?:y|ies)|antibiogram|pathways?)\b)", re.I)


# Homework set for the next class ("Hausaufgabe bis Montag: Übung 3 + 4!", "Homework:
# worksheet 2", "Compiti per giovedì"): a task, no fact ("Hausaufgabe bis [Montag]"). The
# word opening a fact is none ("Homework has only a small effect …", "Compiti del
# Presidente …", "Devoirs du citoyen : …": duties, review 18): only with a colon or the
# time it is due by.
_HOMEWORK = re.compile(r"^\W*(?:homework|hausaufgaben?|compiti|devoirs|deberes)\s*(?::|"
                       r"(?:for|due|by|bis|zum|zur|für|per|entro|pour|para|hasta)\b)", re.I)
# Coursework and when it is due ("Lab 2 is due Friday — bring the breadboard", "Problem set
# 3 due Monday", "Due Friday: essay plan"): a date of the course, no fact ("Lab 2 is due
# [Friday]" was asked, cov19).
_DUE = re.compile(r"^\W*(?:(?:lab|assignment|problem\s+sets?|p-?set|quiz|worksheet|essay|"
                  r"coursework|project|tutorial\s+sheet|practical|report|hw|homework)"
                  r"\s*#?\s*\d*\s+(?:is\s+|are\s+)?due\b|due\s+(?:on|by|date|next|today|"
                  # (whole words: "Due only to friction, a block slows down" is a fact)
                  r"tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)", re.I)
# A comparison sign before a number: "> 38 °C", "≥ 2", "(GCS < 15)". (Not "->", an arrow.)
_THRESHOLD = re.compile(r"(?<![-=<>])[<>≤≥]=?\s*[-−]?\d")
# A list's title or heading that says its items are tasks, typed without boxes ("## To do",
# "Da fare:", "À faire"): "Vokabeln wiederholen", "schema sulle cause da finire" are things
# the writer means to do, no facts ("To do [...] ; Frau Keller fragen …" asked one whole).
# Homework too, in the languages notes are written in, and a heading giving it in two
# ("Hausaufgaben 作业"): "Übung 3 auf [Seite] 45 machen" was asked under it.
_TASK_WORDS = (r"(?:to[\s-]?dos?|things\s+to\s+do|action\s+items|da\s+fare|"
               r"cose\s+da\s+fare|[àa]\s+faire|zu\s+erledigen|por\s+hacer|homework|"
               r"hausaufgaben?|devoirs|compiti(?:\s+per\s+casa)?|deberes|huiswerk|"
               r"(?:课后|家庭)?作业|待办(?:事项)?|"
               # "## 💻 やってみよう！" ("let's try it"): the steps of an exercise, whose
               # cards asked "以下の点を観察し、メモ帳に記録する" (blind sample 3401: junk).
               r"やってみよう|試してみよう|try\s+it(?:\s+yourself)?|your\s+turn)")
# (With questions beside them, "## Questions / TODO": the writer's open questions and tasks.)
_OPEN_QUESTION_WORDS = r"(?:(?:open\s+)?questions?|qs|offene\s+fragen|fragen|dudas|doubts)"
_TASKS_TITLE = re.compile(rf"(?:{_OPEN_QUESTION_WORDS}\s*[/·|&+,]\s*)?{_TASK_WORDS}"
                          rf"(?:\s*[/·|]?\s*{_TASK_WORDS}|\s*[/·|&+,]\s*"
                          rf"{_OPEN_QUESTION_WORDS})*", re.I)  # (not "Homework questions")
# A list's title or heading that says its items are the page's contents ("## 📌 Main Topics
# Covered", "Inhalt", "目录"): the items name topics the page goes on to treat, and state
# nothing of them ("[…]; The classic Wernicke-Geschwind model" asked a topic's name, junk).
_CONTENTS_TITLE = re.compile(
    r"(?:(?:main\s+|key\s+)?topics(?:\s+covered)?|(?:table\s+of\s+)?contents|"
    r"in\s+this\s+(?:note|page|chapter|lecture|lesson|section|post|article)|"
    r"what\s+(?:you(?:'|’)ll|you\s+will|we(?:'|’)ll|we\s+will)\s+(?:learn|cover)|"
    r"inhalt(?:sverzeichnis)?|inhaltsübersicht|sommaire|table\s+des\s+mati[èe]res|indice|"
    r"índice|spis\s+treści|obsah|inhoud(?:sopgave)?|目录|目次|目錄|本章内容|主要内容)",
    re.I)
# A heading over the last lecture's topics ("## Review from Last Class" / "- Sample spaces
# (finite)"): names of what was taught before, no fact of them ("[U… p… s…]" asked one of
# five topics, blind sample 2905: junk).
_RECAP_TITLE = re.compile(
    r"(?:(?:quick\s+|short\s+|brief\s+)?(?:review|recap|revision|summary)\s+(?:of|from)\s+"
    r"(?:the\s+)?(?:last|previous|prior)\s+(?:class|lecture|session|week|time|lesson)|"
    r"(?:last|previous)\s+(?:class|lecture|session|time|lesson)(?:'s\s+topics)?|"
    r"rappel\s+du\s+cours\s+pr[ée]c[ée]dent|wiederholung\s+der\s+letzten\s+"
    r"(?:stunde|vorlesung|sitzung)|ripasso\s+della\s+lezione\s+precedente|"
    r"repaso\s+de\s+la\s+clase\s+anterior|上节课回顾|上节回顾|前回の復習)", re.I)
# A heading over the topics of the class to come ("## 2. Tópicos a serem abordados na próxima
# aula" / "- Item 12 - Fato / Ato Jurídico -> Negócio Jurídico"): names of what will be
# taught, no fact yet ("[Item 12] — Fato / Ato Jurídico …" was asked, blind sample 4001:
# junk).
_NEXT_CLASS_TITLE = re.compile(
    r"(?:\d+[.)]?\s*)?(?:(?:topics|tópicos|temas|argomenti|themen|sujets)\b[^.!?]{0,40}?\s+)?"
    r"(?:(?:for|in|per\s+la|für\s+die|pour\s+le|para\s+la|na|da|of)\s+)?(?:the\s+)?"
    r"(?:next|upcoming|próxima|prossima|nächste|prochaine?|siguiente)\s+"
    r"(?:class|lecture|lesson|session|week|aula|lezione|stunde|vorlesung|sitzung|cours|"
    r"séance|clase|semana|settimana)", re.I)
# A lecture's learning objectives ("**Objectives**" over "1. Define time series, common
# components …", "1. Learn simple models …"): what the lecture will teach, said as orders
# ("Define [...], common components …" was asked, blind sample 3002: junk).
_OBJECTIVES_TITLE = re.compile(
    r"(?:learning|lecture|lesson|course|chapter|session|study)\s+(?:objectives|outcomes|aims|goals)"
    r"|(?:by\s+the\s+end\s+of\s+this\s+\w+,?\s+)?you\s+(?:will|should)\s+be\s+able\s+to"
    r"|lernziele|obiettivi\s+di\s+apprendimento|objetivos\s+de\s+aprendizaje|"
    r"objectifs\s+d['’]apprentissage", re.I)  # (学习目标: _OBJECTIVES_TITLE_CJK)
# The same in Chinese and Japanese, where the items are no orders the reader can tell
# ("### この章で学ぶこと", "what this chapter teaches", over "- 形態素と語彙素の概念を理解し、
# …": blind sample 3402, junk): the title alone says it.
_OBJECTIVES_TITLE_CJK = re.compile(r"(?:学习目标|学習目標|この(?:章|節|回)で学ぶこと|"
                                   r"本(?:章|节|節)(?:学习)?目标|本章のねらい)")
# (Not "本章要点", the chapter's key points: facts, the code re-read.)
# A title that says it only with every item a learning verb ("**Objectives**" over "Define
# …", "Discuss …", "Learn …"): "### Aims" over "Identify and avoid triggers", "Use the lowest
# dose …" is a treatment's aims (the re-read).
_OBJECTIVES_IF_LEARNING = re.compile(r"objectives|outcomes|aims|goals|obiettivi|objetivos|"
                                     r"objectifs|ziele", re.I)
# A list of what to read ("**Reading materials**" over "* Chapter 1.1--1.4 in
# @Brockwell:Davis:2002", which asked "[...] — Davis:2002").
# (A qualifier says it: "## Reading" over "Children who are read to daily know …" and "##
# Literatur" over "Der Simplicissimus … erschien 1668." are a subject's sections.)
_READING_TITLE = re.compile(r"(?:required|further|suggested|recommended|assigned|core)\s+"
                            r"readings?|readings?\s+(?:materials?|list|assignments?)|readings|"
                            r"weiterführende\s+literatur|literaturliste|letture\s+consigliate|"
                            r"lecturas\s+recomendadas|lectures\s+(?:recommandées|obligatoires)|"
                            r"参考(?:书目|资料)|阅读材料", re.I)
# The skills a unit of a course works on: "Compétences travaillées dans la séquence" over
# "- Réaliser un schéma, un graphique", "- Utiliser l'outil numérique" was asked as a set
# (blind sample 4201: junk, "nothing to learn"); "Skills practised in this unit".
# Only where the items are short (the re-read: "## Skills assessed" over "Tyre tread must
# be at least 1.6 mm" lists facts), and only a unit's ("… in this unit", not "Skills
# developed through play", a fact of child development).
_SKILLS_TITLE = re.compile(r"(?:les\s+)?comp[ée]tences\s+(?:travaill[ée]es|vis[ée]es|mobilis[ée]es|"
                           r"[ée]valu[ée]es)(?:\s+(?:dans|en|au|pendant)\s.*)?|"
                           r"competencias\s+(?:trabajadas|desarrolladas)(?:\s+en\s.*)?|"
                           r"(?:geübte|erworbene)\s+kompetenzen|kompetenzen(?:\s+(?:in|im|dieser)\s.*)?|"
                           r"skills\s+(?:practi[sc]ed|covered|developed|assessed)(?:\s+(?:in|during)"
                           r"\s+(?:this|the)\s+(?:unit|lesson|session|module|sequence|course|chapter|"
                           r"topic|week)\b.*)?", re.I)
# Titles over lists that name what the page or the course holds, not facts: the reason
# `check` gives, and whether only short items are read so (_CONTENTS_TITLE …).
_TOPIC_LISTS = (
    (_CONTENTS_TITLE, "a table of contents names topics the page treats below", True),
    (_RECAP_TITLE, "a recap names the topics of a lecture before", True),
    (_NEXT_CLASS_TITLE, "the topics of a class to come are named, not taught", True),
    (_READING_TITLE, "a reading list says what to read", False),
    (_SKILLS_TITLE, "the skills a unit works on are named, not taught", True),
)
# The verbs an exam prompt and a learning objective share (_PROMPT, _LEARN_ORDER).
_LEARNING_VERBS = (r"define|explain|describe|understand|discuss|recall|recogni[sz]e|"
                   r"distinguish|differentiate|compare|outline|summari[sz]e|state")
_LEARN_ORDER = re.compile(rf"^(?:\d+[.)]\s*)?(?:{_LEARNING_VERBS}|learn|know|list|"
                          r"be\s+able\s+to)\b", re.I)
# A label over a question and nothing else: "Intermediate problem: what do the buyers
# want?" asked "[Intermediate problem] — what do the buyers want?" (blind sample 4121: junk,
# "meaningless label; unanswerable"); the question has no answer and the label is no term.
# Only a label that names the question's part in the notes ("problem", "challenge", after
# a word saying which), no term: "Halting problem: does a given program stop …?", "Cui
# bono: who benefits?" are the terms the question defines (the re-read).
_LABELLED_QUESTION = re.compile(
    r"^(?:(?:main|key|big|central|intermediate|open|first|second|third|next|final|real|"
    r"research|core|guiding|underlying|overall|general|essay|exam|enquiry|inquiry|discussion|"
    r"starter|the|our|a)\s+){0,2}"
    r"(?:problem|question|issue|challenge|puzzle|task|goal|aim|focus|topic|point|starter|"
    r"prompt|plenary|hook|picture|enquiry|inquiry|debate|dilemma)\s*\d*\s*:"
    r"\s*(?:what|why|how|who|whom|whose|which|when|where|whether|is|are|do|does|did|can|could|"
    r"should|would|will)\b[^?\n]*\?\s*$", re.I)
# A lead-in saying the questions under it are the reader's to ask themselves: "Here are
# some helpful questions to ask yourself throughout this phase:", "Some questions to ask
# are:", "Questions you should ask about any primary source:", "Questions for discussion".
# The points under each comment on it ("How is our data organized …? — [Knowing what the
# data says …]", blind sample 4121: junk, twice). Not a checklist whose points answer its
# questions: "Questions to ask a patient with chest pain:", "Ask yourself:" over a chest
# X-ray's criteria, "… ask the following:" over red flags (the re-read).
_PROMPTS_TITLE = re.compile(r"\bquestions?\s+(?:to\s+ask\s+(?:yourself|ourselves|themselves)|"
                            r"(?:you|we)\s+(?:should|might|could|can|may)\s+ask|"
                            r"for\s+(?:discussion|reflection)|to\s+(?:ask|consider)\s+(?:are|is|"
                            r"include|(?:throughout|during)\s+(?:this|each|the)\s+(?:phase|stage|"
                            r"step|process))\b)", re.I)
# A point that answers the question above it by yes or no: "If not, start CPR …", "Yes –
# …", "No: …", "If so, …" (the second re-read).
_ANSWERS_ITS_QUESTION = re.compile(r"\s*(?:if\s+(?:not|so|yes|no)\b|(?:yes|no)\b\s*[,:;.–—-])",
                                   re.I)
# A line labelled as a question, and a question ("Question: What is P(B)?", "Frage: …?").
_QUESTION_LINE = re.compile(r"^(?:(?:key|exam|essay|review|discussion|practice|sample|big|research|"
                            r"study|revision|central|guiding|starter|plenary)\s+)?"
                            r"(?:questions?|q|frage|domanda|pregunta|exercise|übung|esercizio|"
                            r"ejercicio|exercice)\s*\d*\s*[:.)]\s*(?:[^?]*\?|"
                            # "Q: A psychologist tests … Identify the IV and DV.": a task
                            r"[^?\n]*[.?!]\s+(?:identify|explain|describe|outline|state|"
                            r"calculate|evaluate|discuss|suggest|compare|name|give|find)\b"
                            # (up to its answer, "… Identify the IV. A: whether music …")
                            r"(?:(?!\s(?:A|Answer|R)\s*:)[^?\n])*)\s*$", re.I)
# A section of questions to ask or to answer later ("## Questions for tutorial", "## Offene
# Fragen", "## Dudas"), and what such a section's items open on or end with: its items are
# questions typed without their mark ("- is Spotify a club good or private good" asked
# "is [Spotify] a club good …").
# Also the questions an exam may ask, said so: "## Domande possibili all'orale", "## Possible
# exam questions", "## Questions d'examen", "## Mögliche Prüfungsfragen".
_QUESTIONS_HEADING = re.compile(
    r"(?:(?:possible|likely|typical|mögliche|typische|possibili|probabili|posibles|possíveis)"
    r"\s+)?"
    r"(?:(?:review|revision|tutorial|practice|exam|open|discussion|study|further|my|unanswered|"
    r"oral|offene|domande|questions|preguntas)\s+)?(?:questions?|qs|\w*fragen|domande|"
    r"preguntas|dudas|perguntas|vragen|doubts)"
    r"(?:\s+(?:possibili|probabili|posibles|possíveis|possibles|d['’]examen|di\s+esame|"
    r"de\s+examen|all['’]orale|orali|à\s+l['’]oral|for|from|to|after|à|de|para|per|für)\b.*)?"
    r"\W*", re.I)
# The words a question opens on, in the notes' languages: one list for both the questions
# a section holds (_ASKS_OR_TASKS) and those answered on their line (_QUESTION_WORD), so
# Italian "Quando …", French "Quand …" and Dutch "Waarom …" are questions to both.
_ASKING_WORD = (r"what|why|how|which|when|where|who|whom|whose|warum|wie|welche[rsmn]?|wann|wo|"
                r"wer|perché|come|quale|quando|dove|chi|por\s*qué|qué|cómo|cuál|cuándo|dónde|"
                r"pourquoi|comment|quel(?:le)?s?|quand|où|waarom|hoe|welke|wat|wanneer")
_ASKS_OR_TASKS = re.compile(
    rf"^(?:{_ASKING_WORD}|is|are|was|were|do|does|did|can|could|should|would|will|has|have|"
    r"explain|describe|compare|discuss|evaluate|outline|define|"
    r"calculate|look\s+up|check|ask|ist|sind|"
    # a comparison to draw ("differenza guerra di movimento / guerra di posizione")
    r"differen[cz]es?|differenza|différence|diferencia|unterschied|vergleich|confronto)"
    # (a whole word: "Chi-square test compares …" opens on no question, the code re-read)
    r"(?![\w-])"
    # and a reminder under the questions ("!! date Caporetto e Vittorio Veneto le chiede …")
    r"|^!+\s|[?？]\s*$", re.I)
# A question answered on its own line: "Who kills Duncan? → Macbeth", "…? A: RCA"; and one
# typed without its mark, its answer after a colon or an arrow ("Unterschied Mitose und
# Meiose: Mitose ergibt …", "Come varia la gittata … → aumenta fino a 5 volte": the code
# re-read).
# (A colon of a ratio, "3:1", answers nothing, nor one before a question of its own,
# "Explain Le Chatelier: what shifts when …": the second code re-read.)
# (Only a question asked with its word: a task's colon gives its marks or how to answer,
# "Explain the kinked demand curve: 8 marks", "Compare …: give one example of each": the
# third code re-read.)
_QUESTION_WORD = (rf"(?:{_ASKING_WORD}|was|"
                  # and a comparison asked as a noun, "Unterschied Mitose und Meiose: …"
                  r"unterschiede?|vergleiche?|differenz[ae]|confronto|differences?|diferencias?|"
                  r"différences?|verschil(?:len)?|"
                  # a task answered after its colon, "Define diffusion: the net movement …",
                  # and a yes-or-no question, "Is a virus a living cell: no, …" (the fifth
                  # code re-read; "…: 8 marks" and "…: give one example" answer nothing)
                  r"define|describe|outline|state|name|list|compare|contrast|explain|"
                  r"is|are|does|do|can|was|were)")
# What a task's colon gives instead of an answer: its marks, or how to answer.
_NO_ANSWER = (r"(?:\d+\s*(?:marks?|points?|punti|punkte|pts)\b|(?:give|use|include|name|list|"
              r"explain|describe|state|refer)\b)")
# (Any words after a "?" answer it: "What was the Marshall Plan? US aid of …".)
_ANSWERED = re.compile(rf"[?？]\s*\S"
                       rf"|^{_QUESTION_WORD}\b[^?？:]*(?:{ARROW}|:\s)\s*"
                       rf"(?!{_QUESTION_WORD}\b|{_NO_ANSWER})"
                       rf"[^?？\s][^?？]*$", re.I)

_STATES_SOMETHING = re.compile(r"\d|[:：=→]|\.\s*$")
# Properties an outliner keeps on a block or page ("id:: 6571a2f3-…", "collapsed:: true",
# "alias:: intervals"): the tool's metadata, no fact. A Dataview field's other names
# ("Up:: [[Phonology]]" aside) are the author's own labels, read as before.
# The keys a block carries (md_source.BLOCK_PROPERTIES, whose lines under a block are
# dropped), and those a page does (read as the page's properties where they stand).
_TOOL_PROPERTIES = BLOCK_PROPERTIES | frozenset("title alias aliases tags".split())
# A Notion page's properties, exported as "Key: value" lines under its title ("Created:
# 12 October 2026 9:14 AM", "Status: Not started"): the page's metadata, no fact. These keys
# are the tool's own, whatever their value.
_PAGE_PROPERTIES = frozenset("""created created-time created-by last-edited last-edited-time
last-edited-by tags date-created last-reviewed""".split())
# Keys a fact may have too ("Date: signed in 1648 at Osnabrück", "Type: a pair of peace
# treaties …", "Status: the founding text of …"): a property only when the value looks like
# one (_PROPERTY_VALUE), a date, a status, a person, a word or two. Its dates are a page's,
# to the day and often to the minute or in a tool's numbers ("2026-10-12"), not those of
# quality.is_date: a year or a month alone ("Date: 1648") dates the subject's event, a fact.
_PAGE_PROPERTIES_IF_SHORT = frozenset("""status type date reviewed property owner assignee due
due-date priority""".split())
_PROPERTY_VALUE = re.compile(
    r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)\s+\d{4}(?:\s+\d{1,2}:\d\d"
    r"(?:\s*[AP]M)?)?|\d{4}-\d\d-\d\d(?:[ T]\d\d:\d\d)?|\d{1,2}/\d{1,2}/\d{2,4}"
    r"|not\s+started|in\s+progress|to\s*do|done|complete[d]?|draft|reviewed|archived|open"
    r"|closed|high|medium|low|yes|no|true|false|@\S+|(?:dr|prof|mr|mrs|ms)\.?\s+\S+", re.I)
_PROPERTY_LINE = re.compile(r"^\W*([^:\n]{1,30}?)\s*:{1,2}\s")
_TIME_OF_DAY = re.compile(r"\b\d{1,2}:\d\d(?::\d\d)?(?:\s*[AaPp]\.?[Mm]\b\.?)?")
# "Typed up from the recording — …", "Slides on Moodle": where the notes come from. So are
# "Reading summary for week 5 seminar.", "Page numbers are from the Oxford World's Classics
# edition", "All page references are to …": what the notes are and which edition they cite,
# no fact of the book (cov17: "Page numbers are from the [Oxford World]'s Classics edition").
_NOTES_SOURCE = re.compile(
    r"^\W*(?:(?:typed|written|copied|taken|transcribed)\s+(?:up\s+)?(?:from|during)\s"
    # "From the ward teaching + NICE NG115." (a learner's read: "[NICE NG115]" asked)
    r"|from\s+(?:the\s+|my\s+|our\s+)?(?:ward\s+|bedside\s+|lecture\s+|class\s+)?"
    r"(?:teaching|lectures?|slides|seminars?|tutorials?|textbook)\b"
    r"|(?:the\s+)?slides?\s+(?:are\s+)?(?:on|at|in)\s+(?:moodle|canvas|blackboard|"
    r"the\s+(?:vle|portal|website|drive))\b"
    r"|(?:(?:all|the)\s+)?(?:page|line)\s+(?:numbers?|references?|refs?)\s+(?:are\s+|"
    r"refer\s+)?(?:from|to|in)\s"
    r"|(?:(?:mixed|rough|quick|short|brief|random|loose|my|our)\s+)?notes\s+(?:from|for)\s+"
    r"(?:the|my|our|this|last|today['’]?s?)\s"
    r"|(?:reading|lecture|revision|seminar|tutorial|class|study)\s+(?:summary|notes?)\s+"
    r"(?:for|from|on|of)\s+(?:the\s+)?(?:week|lecture|seminar|tutorial|class|session|"
    r"lesson|unit|module|chapter|section)\b)", re.I)
# "Reading: Velleman, *How to Prove It*, sections 1.3–1.5.": what to read before a lecture,
# no fact of its subject; asked, "Reading: Velleman, [How to Prove It], sections …"
# (mathdef21: junk).
_READING_ASSIGNMENT = re.compile(r"^\W*(?:(?:required|suggested|recommended|further|"
                                 r"pre-?lecture)\s+)?(?:readings?|lettur[ae]|lecturas?|"
                                 r"lectures?\s+recommandées?|"
                                 # "Recomendação de Leitura: ● Norberto Bobbio" (sample 3501)
                                 r"recomenda[çc][ãa]o\s+de\s+leitura|leituras?\s+recomendadas?|"
                                 r"lecturas?\s+recomendadas?|recomendaci[óo]n\s+de\s+lectura|"
                                 r"letture\s+consigliate|literaturempfehlungs?|"
                                 r"literaturempfehlungen)\s*:\s", re.I)
# "Aufbau + quantum numbers, from the lecture slides.": a short line of topics closed by
# where they were taken from says what the notes cover, no fact (learner read 20: asked
# "Aufbau + [quantum numbers]"). A sentence going on past its source is read.
_NOTES_SOURCE_TAIL = re.compile(r"[,;:—–-]\s*(?:all\s+)?(?:taken\s+|copied\s+)?from\s+"
                                r"(?:the|my|our)\s+(?:lecture\s+|class\s+|course\s+)?"
                                r"(?:slides|recordings?|handouts?|podcast)\W*$", re.I)
MAX_NOTES_SOURCE_WORDS = 12
# "Ward round notes, FY1 teaching. BTS/SIGN 2019.", "Micro revision sheet, week 4. Learn these
# thresholds for the MCQs.": a short paragraph opening on what kind of notes the page is
# says what the page is, no fact of its subject (a reader of session 22's new articles:
# "BTS/SIGN [2019]", "… for the [MCQs]" asked). Not "Cornell notes are …", a fact about notes.
_NOTES_KIND = re.compile(
    r"^\W*(?:[\w/+&-]+\s+){0,3}(?:notes|revision\s+sheet|revision\s+notes|cheat\s*sheet|"
    r"summary\s+sheet|crib\s+sheet|study\s+guide|handout|mitschrift|appunti|apuntes|noter"
    # "Study guide for ANAT 201.", "Revision sheet for Unit 3 —": the course it is for.
    # (Not bare "notes for/on …": "Notes on the treble clef: E, G, B, D, F" is music.)
    r"|(?:revision\s+(?:sheet|notes)|cheat\s*sheet|summary\s+sheet|crib\s+sheet|"
    r"study\s+guide|handout)\s+(?:for|on)\s+[^.,;:!?()]{1,40}?(?=[.!](?:\s|$)))"
    r"\s*(?:[,(:;—–-]|[.!](?=\s|$))", re.I)
# "Is the copy principle itself a matter of fact?": a question the notes leave open asks
# the reader, it states nothing to recall.
_OPEN_QUESTION = re.compile(r"\?[\"'”’)]*$")
# "Lord Atkin's speech is the one everyone quotes": "the one" before a clause says no kind
# of thing, so the sentence defines nothing; hidden, it asked "[Lord Atkin's speech]"
# (cov17). Not "the one household expense that …": a noun after it is the kind.
_VAGUE_GENUS = re.compile(r"\W*(?:is|are|was|were)\s+the\s+(?:one|ones|thing|things)"
                          r"(?:\s*[.!?;,]|\s*$|\s+(?:that|which|who|whom|everyone|everybody|"
                          r"people|we|you|they|i|he|she|most|all|nobody|no\s+one|our|my|"
                          r"your|their)\b)", re.I)
# "Whether a manufacturer owes a duty of care …": a question typed as a clause (a case
# brief's Issue), no fact, unless a verb says what decides it ("Whether a term is implied
# depends on …"). Hidden, its gap asked "[Whether a manufacturer]" (cov17). A test's limb
# whose words the author marked ("Whether the negligence **contributed materially** to …")
# is asked as marked.
_WHETHER = re.compile(r"^\W*whether\s", re.I)
_DECIDED_BY = re.compile(r"\b(?:depends?|depended|turns?\s+on|decides?|determines?|"
                         r"(?:is|was|are|were)\s+(?:decided|determined|judged|tested|unclear|"
                         r"disputed|debated|a\s+question)|remains?\s+(?:unclear|open|disputed))\b",
                         re.I)
# "Date: 14/10/2025 · Bench 6 · Partner: Priya": a write-up's own record, fields typed on
# one line between dots or bars, one of them a page's property (_is_property). Its gap
# asked "[Bench] 6" (cov17).
_FIELD_SEPARATOR = re.compile(r"\s+[·•|]\s+")
# "**Court:** House of Lords …", "**Judges:** Lord Atkin, …", "Lecturer: Dr Okafor": the
# heads of a record (a case brief's, a write-up's, a lecture's), never the answer to their
# value: bold, "Court" was asked as "[…]: House of Lords" (cov17: "a label asked from its
# own value").
_RECORD_LABELS = frozenset("""court courts judge judges bench coram citation citations
neutral-citation parties counsel lecturer lecturers tutor module course partner partners
""".split())
# (Not "Author:": under a book's notes its value is a fact of the book.)
# Who teaches and who takes a course, in the languages notes are written in: a paragraph of
# "Key: value" lines naming one of them beside another course field is a lecture's header
# ("**Disciplina**: DIREITO CIVIL" / "**Professora**: MARIANA TAVARES" / "**Data**: 14 de
# março de 2024" / "**Aluno**: …"), each bold key of which was asked (held-out-5: junk).
_COURSE_PEOPLE = frozenset("""professor professora professore professeur professeure prof
teacher teachers lecturer lecturers instructor instructors tutor tutors docente docentes
dozent dozentin lehrer lehrerin student students aluno aluna alumno alumna studente
studentessa etudiant etudiante eleve schuler schulerin author autor autora""".split())
_COURSE_FIELDS = _COURSE_PEOPLE | frozenset("""course curso corso cours kurs module modul
disciplina discipline materia subject fach class turma classe semester semestre term
periodo period date data datum fecha day dia room sala aula lecture lezione""".split())


# Quizzes: options "(a) …", "a) …", "A. …" (several may share one line), "Answer: C".
_OPTION = re.compile(r"^\(?(?P<letter>[A-Ea-e])[.)]\s+(?P<text>.+)$", re.S)
_INLINE_OPTIONS = re.compile(r"\s{2,}(?=\(?[A-Ea-e][.)]\s)")
# Options typed one after another on one line: "A) abrasion B) attrition ✔ C) …".
_OPTIONS_ON_A_LINE = re.compile(r"\s+(?=\(?[B-Eb-e][.)]\s)")
_QUESTION_OVER_OPTIONS = re.compile(r"(?P<question>[^?？]+[?？])\s+(?P<options>\(?[Aa][.)]\s.+)$",
                                    re.S)
# What a quiz's question is labelled by, before it: "MCQ from the mock: which …?".
_QUIZ_LABEL = re.compile(r"^(?:mcq|quiz|q\d*|question\s*\d*|mock|exam\s+q)\b[^:?]{0,30}:\s*", re.I)
_ANSWER = re.compile(r"^(?:\*\*)?(?:correct\s+)?answer\s*[:=]\s*\(?(?P<letter>[A-Ea-e])\)?\b",
                     re.I)
# The answer's letter typed after the options on their line ("… D) Lysosome. Answer: B",
# "… (c) nitrogen — Answer: (b)", "(Ans: C)"): the key, no part of the last option.
_ANSWER_AFTER_OPTIONS = re.compile(
    r"[\s.;,]*(?:[—–-]\s*)?\(?(?:\*\*)?(?:correct\s+)?(?:answer|ans)\.?\s*[:=]\s*(?:\*\*)?"
    r"\(?(?P<letter>[A-Ea-e])(?![^\W\d_])\)?(?:\*\*)?\.?\)?"
    # (or with the option's text: "Answer: C) Oxygen", "Answer: B – Mitochondrion"; the
    # letter alone, never a word's first: "Answer: carbon dioxide" keys no "C")
    r"(?:(?:\s*(?:[.)]|[—–-])\s*|\s+)[^\W\d_][^()]{0,60}?)?\s*$", re.I)
_TICK = re.compile(r"\s*\(?[✓✔✅☑]\ufe0f?\)?\s*"
                   # "b) the Gunpowder Plot trials **← answer**", "c) … <- correct"
                   r"|\s*(?:\*\*)?\s*(?:←|<-+|⬅)\s*(?:the\s+)?(?:answer|correct)\b\W*$", re.I)
# A question or an exam prompt with no answer: no card.
_PROMPT = re.compile(
    r"\?\s*(?:\(\d+\s+marks?\))?$|\(\d+\s+marks?\)\s*$|^(?:\d+[.)]\s*)?(?:contrast|"
    r"evaluate|assess|analy[sz]e|identify|suggest|justify|calculate|examine|to what extent|"
    # learning objectives too: "Understand the functions of …", "Differentiate between …"
    rf"{_LEARNING_VERBS})\b", re.I)
# A sentence inviting the reader on, in Japanese and Chinese notes: "…見てみましょう。",
# "…考えていきましょう。", "让我们来看…", "下面我们来看…".
_INVITATION = re.compile(r"(?:てみましょう|ていきましょう|でみましょう|しましょう|みよう)"
                         r"[。！!]?\s*$|^(?:下面|接下来|接下來)?(?:让|讓)?(?:我们|我們)(?:来|來)看")
# An exercise's task: "Find the absolute extrema of …", "Determine whether …", "Show that
# …", "Prove that …", "Compute …", "Solve …", "Sketch the graph of …".
_EXERCISE = re.compile(r"^\W*(?:\d+[.)]\s*)?(?:(?:find|determine|compute|solve|sketch|verify|"
                       r"calculate|evaluate)\s+(?:the|all|a|an|each|every|whether|if|how|which|"
                       r"what|where|when|why|for)\b|"
                       # a test to run on the worked example's data ("Perform a paired T test
                       # on the office worker data …", "Complete the test of hypotheses …":
                       # the session's gate, junk)
                       r"(?:perform|complete|carry\s+out|conduct|run)\s+(?:a|an|the)\s+[^.;:]{0,60}"
                       r"\b(?:test|analysis|hypothes[ie]s|regression|experiment)\b|(?:find|determine|compute|calculate)\s+"
                       r"[^:.;]{1,40}:|(?:show|prove)\s+that\b|(?:bestimme|berechne)\s+(?:den|die|"
                       r"das|alle|ob)\b|zeige,?\s+dass\b|(?:trouver|déterminer|calculer)\s+(?:le|"
                       r"la|les|l['’])|montrer\s+que\b|(?:calcola|determina)\s+(?:il|la|lo|i|"
                       r"le|gli|l['’])|dimostra(?:re)?\s+che\b|(?:halla|calcula)\s+(?:el|la|"
                       r"los|las)\b|demuestra\s+que\b)", re.I)
# (A verb and what it works on: "Find returns the representative …", "Compute shaders
# run …" state facts, the code re-read found.)
# A question typed without its "?": opening on an auxiliary verb, as only a question does
# ("Is the emotion … realistic enough."). Not a question word: "When the Northern
# Hemisphere is tilted …" answers the question above it (the code review).
_QUESTION_OPENING = re.compile(
    r"^(?:is|are|was|were|do|does|did|can|could|should|would|will|has|have|ist|sind|hat|"
    r"haben|kann|können|est-ce|is\s+het)\s|^¿", re.I)
# FAQ pairs: "Q: … ? A: …".
# (Also as French, Italian, Spanish, German and Portuguese notes write them: "**Q :** …" /
# "**R :** …" asked a quoted word of the answer, "R : … les "[...]" aux jeunes romantiques".)
# (A task ending its sentence, "Q: … Identify the IV. A: whether music is played", is
# asked as its question too, before "A:" only.)
# The labels of a question and of its answer, in the languages notes are written in: the
# pairs below and markdown.questions_as_items build on these (_QUESTION_LINE, a question
# with no answer, and _BOLD_QA_PAIR keep lists of their own).
QUESTION_LABELS = "Q|Question|Frage|Domanda|Pregunta|Pergunta|问|問"
# The letters Italian, Spanish and German notes abbreviate a question by, "D: …?" / "R: …",
# "P. ¿…?" / "R. …", "F: …?" / "A: …" ("R — sintesi proteica" was asked, answer "R"): a
# question's label only before a question ending in "?" (questions_as_items); "F: force in
# N, A: area" is a legend of symbols, "P. vivax: …" a species (the re-read).
LETTER_QUESTION_LABELS = "D|P|F"
LATIN_ANSWER_LABELS = "A|Answer|R|Réponse|Risposta|Respuesta|Resposta|Antwort"
ANSWER_LABELS = f"{LATIN_ANSWER_LABELS}|答"
_QA_PAIR = re.compile(rf"^(?:(?:{QUESTION_LABELS})\s*[:.：]\s*"
                      r"(?P<q>.+?(?:[?？]|[.!](?=\s+(?:A|Answer)\s*:)))|"
                      rf"(?:{LETTER_QUESTION_LABELS})\s*[:.：]\s*(?P<lq>.+?[?？]))\s*"
                      rf"(?:{ANSWER_LABELS})\s*[:.：]\s*(?P<a>.+)$", re.S)
# The question's mark may be left out where both labels are bold: "**Q:** in a R dominant
# heart the PDA comes from" / "**A:** RCA" asked "the [PDA] comes from A: RCA". (Not plain
# "Q: heat energy transferred (J)" over "R: resistance (Ω)": a legend's symbols.)
_BOLD_QA_PAIR = re.compile(r"^\*\*(?:Q|Question)\s*[:.]?\s*(?:\*\*\s*[:.]?|[:.]\s*\*\*)\s*"
                           r"(?P<q>[^*]+?)\s+\*\*(?:A|Answer|R|Réponse)\s*[:.]?\s*"
                           r"(?:\*\*\s*[:.]?|[:.]\s*\*\*)\s*(?P<a>.+)$", re.S)


def _qa_pair(plain: str, marked: str) -> re.Match | dict[str, str] | None:
    """A question and its answer typed as a pair (_QA_PAIR on the plain text, _BOLD_QA_PAIR
    on the text as marked), or None; its "q" and "a" either way."""
    found = _QA_PAIR.match(plain)
    if found is not None and found["q"] is None:
        return {"q": found["lq"], "a": found["a"]}  # labelled by a letter, "D: …? R: …"
    return found or _BOLD_QA_PAIR.match(marked)


# An option this short, unmarked among unmarked ones, is an option, not a point.
MAX_OPTION_WORDS = 6
# An option that answers by the others: "None of the above", "All of these", "Both A and B".
_ABOUT_THE_OTHERS = re.compile(r"(?:none|all|both|neither)\s+(?:of\s+)?(?:the\s+)?"
                               r"(?:above|these|options)|(?:both\s+)?[A-E]\s+and\s+[A-E]\b",
                               re.I)


def _lettered_options(items: list[SyntaxTreeNode]) -> list[tuple[str, str, bool, int]] | None:
    """(letter, text, marked, line) of each item of a list of lettered options ("A. …",
    "(b) …", a bold or ticked one the answer), two or more, each one paragraph; None for
    any other list. The letters run from A: "C. elegans" alone is no option."""
    options = []
    for index, item in enumerate(items):
        if len(item.children) != 1 or item.children[0].type != "paragraph":
            return None
        shown = _inline(_inline_child(item.children[0]))
        found = _OPTION.match(unmark(shown.text))
        if found is None or found["letter"].casefold() != "abcde"[min(index, 4)]:
            return None
        options.append((*_option(shown, index, shown.task == "done"), _line(item)))
    return options if len(options) >= 2 else None


def _option(shown: _Inline, index: int, ticked: bool) -> tuple[str, str, bool]:
    """(letter, text, marked) of a multiple-choice option."""
    text = shown.text
    found = _OPTION.match(unmark(text))
    letter = found["letter"] if found else "abcdefgh"[index % 8]
    plain = found["text"] if found else unmark(text)
    marked = ticked or bool(_TICK.search(plain)) or (
        text.strip().startswith("**") and text.strip().endswith("**")) or bool(
        found and text.count("**") >= 2 and unmark(text).endswith(found["text"]) and
        f"**{found['text']}**" in text)
    plain = _TICK.sub(" ", plain)
    return letter, plain.strip(), marked


def _are_steps(texts: list[_Inline]) -> bool:
    """Whether the items of an ordered list are the steps of a procedure: 2 to 8 short
    items, each an instruction (statements.opens_a_step), but for one of three or
    more that is not the first ("4. The largest value is the absolute maximum": what the
    steps found)."""
    if not 2 <= len(texts) <= MAX_GROUPED_ITEMS or any(
            _words(t.plain) > MAX_ITEM_WORDS or is_chinese_sentence(t.plain) for t in texts):
        return False
    steps = [opens_a_step(t.plain) for t in texts]
    return steps[0] and (all(steps) or len(steps) >= 3 and sum(steps) == len(steps) - 1)


def _page_properties(lines: list[str]) -> bool:
    """Whether every line is "Key: value" (or Logseq's "key:: value") and two keys or more
    are a page's or a block's metadata (_PAGE_PROPERTIES, _TOOL_PROPERTIES)."""
    found = [m for line in lines if (m := _PROPERTY_LINE.match(line))]
    # A value stamped to the minute ("Reviewed: 12 October 2026 9:14 AM") is a tool's, so
    # sure a sign that it counts twice: beside a "Status:" line too long to count, it was
    # read as a fact, and its time asked (issue 14).
    return len(found) == len(lines) and sum(_property_weight(m) for m in found) >= 2


# The words that say a sentence is about the course, not its subject: its lectures, labs,
# slides, exams and teachers ("Genki I lesson 6. 田中先生's class. Quiz on Friday!!"), and
# those only the course says (_COURSE_ANCHORS): "Mr Darcy", "Class II drugs", "Mammalia is a
# class of vertebrates" are facts (the code re-read).
_COURSE_WORDS = re.compile(
    r"\b(?:lec(?:ture)?s?\s*\d|labs?\s*\d|lesson\s*\d|week\s*\d|wk\s*\d|unit\s*\d|"
    r"slides|quiz(?:zes)?|exams?|mocks|midterms?|class|syllabus|textbook|teacher|tutor|"
    r"grade\s*\d|paper\s*\d|past\s+papers?|module\s+\w*\d|(?-i:[Cc]h\.?\s*\d+|[Cc]hapters?\s*\d+))\b|"
    r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z]|先生|老师|老師|授業|课堂"
    # (German: "VL 5 + Tutorium 3, Folien S. 42–58")
    r"|\b(?:(?-i:VL)\s*\d+|Vorlesung\s*\d+|Tutorium|Folien|Übungsblatt|Klausur)\b"
    # (and abroad: "Storia – prof. Bianchi – cap. 3 del manuale", "Kapitel 4 im Lehrbuch")
    # ("esame", "examen", "Prüfung", "clase 2" are as often the subject's: "esame obiettivo",
    # "examen físico", "antiarrítmicos de clase 2", the code re-read)
    r"|\b(?:(?-i:[Pp]rof\.\s+[A-Z]\w*)|cap(?:itolo)?\.?\s*\d+|kap(?:itel)?\.?\s*\d+|"
    r"chap(?:itre)?\.?\s*\d+|cap[íi]tulo\s*\d+|manuale|manuel|lehrbuch|libro\s+de\s+texto|"
    r"lezione\s*\d+|leçon\s*\d+|interrogazione)\b",
    re.I)
_COURSE_ANCHORS = re.compile(
    r"\b(?:lec(?:ture)?s?\s*\d|labs?\s*\d|lesson\s*\d|week\s*\d|wk\s*\d|syllabus|"
    r"past\s+papers?|(?:in|this|our|my|the)\s+class\b|(?:for|before|in)\s+the\s+"
    r"(?:exams?|mocks|quiz)|quiz\s+on|theory\s+paper|paper\s*\d"
    # a course's code before what of the course it is ("for MUS 112 midterm", "STAT 200
    # notes"; not "CYP450", "HTTP 404"), what the notes prepare for ("JLPT N4 prep", "exam
    # prep"; not "bowel prep")
    r"|(?-i:[A-Z]{2,5}\s?\d{3}[A-Z]?)(?=\s*:|\s+(?:midterm|final|exams?|notes?|lectures?|class|"
    r"quiz|study\s+guide|review)\b)"
    r"|(?:exam|test|boards?|(?-i:[A-Z]{2,}(?:\s+[A-Z]?\d)?))\s+prep\b"
    r"|(?-i:VL)\s*\d+\s*\+\s*Tutorium|Folien\s+S\."
    # the teacher by name and the textbook's chapter ("Storia – prof. Bianchi – cap. 3 del
    # manuale", "History – Prof. Smith – ch. 3 of the textbook")
    # (the abbreviation only: "Professor Moriarty is Holmes's archenemy" names a character)
    r"|(?-i:[Pp]rof\.\s+[A-Z][a-zà-ÿ]+)"
    r"|(?:cap(?:\.|itolo)|ch(?:\.|apter)|kap(?:\.|itel)|chap(?:\.|itre)|cap[íi]tulo)\s*\d+\s+"
    r"(?:del|of\s+the|im|du|del?)\s+(?:manuale|libro|textbook|book|lehrbuch|buch|manuel|livre))"
    r"|先生|授業|课堂", re.I)
# How far into the body a paragraph about the course stands: the notes' opening lines.
MAX_COURSE_HEADER_LINE = 12


def _about_the_course(plain: str) -> bool:
    """Whether a paragraph speaks only of the course: a course-only word (_COURSE_ANCHORS),
    and each sentence but a short remark (up to six words, "LEARN THE TABLE 🎹") names its
    lectures, labs, exams or teachers (_COURSE_WORDS), twice or more in all."""
    sentences = [part for part in re.split(r"(?<=[.!?。！？])\s+|\n", plain.strip()) if part]
    if len(sentences) < 2 or len(_COURSE_WORDS.findall(plain)) < 2 or \
            not _COURSE_ANCHORS.search(plain):
        return False
    return all(_COURSE_WORDS.search(part) or len(part.split()) <= 6 for part in sentences)


def _course_header(plain: str) -> bool:
    """Whether a paragraph of lines is a lecture's header: two "Key: value" lines or more
    with course fields for keys (_COURSE_FIELDS), one of them a person (_COURSE_PEOPLE)."""
    keys = [_without_accents(slugify(found[1])) for part in plain.splitlines()
            if (found := _PROPERTY_LINE.match(part))]
    fields = [key for key in keys if key in _COURSE_FIELDS]
    return len(fields) >= 2 and any(key in _COURSE_PEOPLE for key in fields)


def _record_labels(plain: str) -> bool:
    """Whether every line of a paragraph is "Head: value" with a record's head
    (_RECORD_LABELS)."""
    lines = [part for part in plain.splitlines() if part.strip()]
    return bool(lines) and all(
        (found := _PROPERTY_LINE.match(part)) and slugify(found[1]) in _RECORD_LABELS
        for part in lines)


def _marked_value(text: str) -> bool:
    """Whether a line's value, past its "Head:" (bold or not), marks a phrase: "Partners:
    jointly and severally liable for the debts of the **firm**" asks what the author marked,
    and a head is a record's only with its value as typed."""
    return "**" in _BOLD_HEAD.sub("", text)


_BOLD_HEAD = re.compile(r"\*\*[^*\n]{1,30}?(?::\*\*|\*\*\s*:)")  # "**Court:**", "**Court**:"


def _record_line(plain: str) -> bool:
    """Whether a one-line paragraph is fields typed between dots or bars ("Date: 14/10/2025
    · Bench 6 · Partner: Priya"), short each, the first a page's property."""
    fields = _FIELD_SEPARATOR.split(plain.strip())
    if len(fields) < 2 or "\n" in plain.strip() or any(len(f.split()) > 4 for f in fields):
        return False
    found = _PROPERTY_LINE.match(fields[0])
    return found is not None and _is_property(slugify(found[1]), fields[0][found.end():].strip())


def _property_weight(found: re.Match) -> int:
    """2 for a property stamped to the minute, 1 for another property, else 0."""
    value = found.string[found.end():].strip()
    if not _is_property(slugify(found[1]), value):
        return 0
    return 2 if _TIME_OF_DAY.search(value) else 1


def _is_property(key: str, value: str) -> bool:
    """Whether "key: value" is a page's metadata: a key only tools write, or a key a fact
    may share whose value is a date, a status, a person or a word or two."""
    return key in _PAGE_PROPERTIES or key in _TOOL_PROPERTIES or (
        key in _PAGE_PROPERTIES_IF_SHORT and (
            _PROPERTY_VALUE.fullmatch(value) is not None or len(value.split()) <= 2
            and not any(c.isdigit() for c in value)))


def _tool_property(text: _Inline) -> bool:
    """Whether an item or paragraph is an outliner's property ("id:: 6571a2f3-…"), or a
    page's stamped to the minute ("- Reviewed: 12 October 2026 9:14 AM"): a timestamp is
    never a fact to ask, nor a clue to ask its key from."""
    if text.field_mark:
        found = _PROPERTY_LINE.match(text.plain)
        return found is not None and slugify(found[1]) in _TOOL_PROPERTIES
    found = _PROPERTY_LINE.match(text.plain) if ":" in text.plain else None
    return found is not None and _property_weight(found) == 2
