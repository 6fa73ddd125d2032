"""Language notes: a word and its gloss, a sentence and its translation.

A Latin-script word glossed in CJK ("das Zimmer 房间") or the other way round, a short
sentence and its translation ("Er trinkt Tee — He drinks tea"), bold headwords, a
foreign clause on a name, conjunction-marked clauses, translated examples.

Its own module because vocabulary notes are read by their own shapes, which would be
junk anywhere else: these rules decide when a line is one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from deck_builder.readers.md_inline import _Inline
from deck_builder.readers.md_rules import _words_of_letters
from deck_builder.statements import reads_as_german, vocabulary_word
from deck_builder.text import CJK_CHARS, CJK_PUNCTUATION, HAN_CHAR, marks, unmark

# A word or phrase of a language written in Latin letters glossed in Chinese, Japanese or
# Korean, as a learner whose own language that is types a vocabulary list: "die Wohnung,
# -en 公寓", "umziehen：搬家", "der Schlüssel (钥匙)", "Ich habe Hunger. 我饿了。". The gloss
# is the first CJK character to the end, CJK punctuation and spaces within it, no digit.
_CJK_GLOSS = re.compile(rf"[{CJK_CHARS}][{CJK_CHARS}{CJK_PUNCTUATION}\s]*")
# The separators typed between the word and its gloss, cut from the word's end: a colon
# (full width or not), "=", or a dash with a space before it ("der Vermieter - 房东"; not
# the plural mark of "das Zimmer, - 房间", which stays the word's).
_GLOSS_SEPARATOR = re.compile(r"(?:\s*[:：=]|(?<!,)\s+[-–—])\s*$")
# The word's side: Latin letters (any accent), the marks a vocabulary list writes beside a
# word ("-en", "¨e", "(Pl.)", "+ Akk."), an apostrophe; no digit ("Lektion 8 生词" points to
# a chapter) and no CJK character. Each run of marks is followed by letters or ends the word,
# so a text splits into runs one way only: with letters optional after each run, a dot
# leader ("Einleitung ........ 3 引言") was split every way before failing, 4x the time per
# two dots (code review 19, A1).
_GLOSSED_WORD = re.compile(r"[^\W\d_][^\W\d]*(?:[\s.,;'’¨+?!()/-]+[^\W\d]+)*[\s.,;'’¨+?!()/-]*")
# Before a gloss typed after only a space, what is certainly a word to learn: a lowercase
# word or phrase (a verb, an adjective: "gemütlich 舒适的", "sich freuen auf + Akk. 期待")
# or a phrase with the case it governs ("Angst haben vor + Dat. 害怕"). Chinese prose opens
# on a name as often ("Python 是一种编程语言", "mRNA 携带遗传信息"), so a capitalised word, an
# acronym or a mixed-case name is no such word.
_CASE_GOVERNED = r"\+\s*(?:Akk|Dat|Gen|Akkusativ|Dativ|Genitiv)\.?"
_LOWERCASE_PHRASE = re.compile(r"[a-zß-ÿ'’][a-zß-ÿ'’-]*(?:\s+[a-zß-ÿ'’-]+)*"
                               # its forms in brackets: "fahren (fährt, ist gefahren)"
                               r"(?:\s*\([a-zß-ÿ'’,\s-]+\))?"
                               rf"(?:\s*{_CASE_GOVERNED})?")
_GOVERNED_CASE = re.compile(rf"{_CASE_GOVERNED}$")
# A noun with no article but its gender or plural mark, as a dictionary gives it ("Tisch (m)
# 桌子", "Wohnung, -en 公寓"): beside characters a bracketed letter is no physics symbol.
_MARKED_NOUN = re.compile(r"[A-ZÄÖÜ][\wäöüß-]*(?:\s*\((?:m|f|n|nt|pl)\.?\)|,\s*[-¨][\w¨-]*)")
MAX_GLOSSED_WORDS = 4  # "sich freuen auf + Akk.", "Wie spät ist es?"; more is a sentence
# A word's meaning or a set phrase's ("搬家", "现在几点？"); longer, or a clause after a
# comma ("凯恩斯主义认为，政府应该干预"), is what a sentence says of the word, no gloss.
MAX_GLOSS_CHARS = 10


def _split_at_cjk(text: str) -> tuple[str, str, bool] | None:
    """(what comes before its first Chinese, Japanese or Korean character, the rest, whether
    the rest was in brackets) of a list item, unmarked: "gemütlich 舒适的", "Tisch (桌子)"
    (_cjk_glossed, _cjk_translated_sentence); None without such a character, or with a
    bracket opened before it that it does not close."""
    plain = unmark(text).strip()
    start = re.search(f"[{CJK_CHARS}]", plain)
    if start is None:
        return None
    before, rest = plain[:start.start()], plain[start.start():].strip()
    bracketed = re.search(r"[(（]\s*$", before)
    if bracketed:
        if not rest.endswith((")", "）")):
            return None
        before, rest = before[:bracketed.start()], rest[:-1].strip()
    return before, rest, bracketed is not None


def _cjk_glossed(text: str) -> tuple[str, str] | None:
    """(word, gloss) for a list item that is a word or short phrase of a Latin-script
    language and its meaning in Chinese, Japanese or Korean (_CJK_GLOSS), or None. After a
    separator (a colon, "=", a dash, a bracket) any such word; after a space alone only a
    word a vocabulary list holds (vocabulary_word, _LOWERCASE_PHRASE, a case it governs)
    or a set phrase ending as its gloss does ("Wie spät ist es? 现在几点？"). An example
    sentence of more words ("Der Schlüssel liegt auf dem Tisch. 钥匙在桌子上。") is a
    translation exercise, not a word to recall."""
    split = _split_at_cjk(text)
    if split is None or not split[0]:
        return None
    word, gloss, bracketed = split
    # "开车，乘车": two meanings of a word, each short; "凯恩斯主义认为，…" a clause.
    if not _CJK_GLOSS.fullmatch(gloss) or len(gloss) > MAX_GLOSS_CHARS or \
            any(len(part.strip()) > 4 for part in re.split("[，；,;]", gloss)[1:]) or \
            re.search("[，；,;]", gloss) and len(re.split("[，；,;]", gloss)[0]) > 4:
        return None
    separated = bracketed or _GLOSS_SEPARATOR.search(word)
    if separated and not bracketed:
        word = word[:separated.start()]
    word = word.strip()
    if not _GLOSSED_WORD.fullmatch(word) or _words_of_letters(word) > MAX_GLOSSED_WORDS \
            or word.count("(") != word.count(")"):
        return None
    if separated:
        return word, gloss
    set_phrase = word.endswith((".", "?", "!")) and gloss.endswith(("。", "？", "！", "?", "!"))
    if vocabulary_word(word) or _LOWERCASE_PHRASE.fullmatch(word) or \
            _MARKED_NOUN.fullmatch(word) or _GOVERNED_CASE.search(word) or set_phrase:
        return word, gloss
    return None


# A short sentence with its translation is a sentence to say, asked whole from the
# translation as the set phrases are ("[…] — 我下周搬家。" → "Ich ziehe nächste Woche um.");
# a longer one is a translation exercise, too much to recall in one answer.
MAX_TRANSLATED_SENTENCE_WORDS = 8
# A sentence's translation in characters: no Latin letter (a name or cognate written as the
# sentence writes it would be read off the front), a sentence's length at most.
_CJK_SENTENCE = re.compile(rf"[{CJK_CHARS}][{CJK_CHARS}{CJK_PUNCTUATION}\s]{{0,29}}")


def _cjk_translated_sentence(text: str) -> tuple[str, str] | None:
    """(sentence, translation) for a list item that is a short sentence of a Latin-script
    language and its translation in Chinese, Japanese or Korean ("Ich ziehe nächste Woche
    um. 我下周搬家。"), after a space, a dash, a colon or in brackets; or None: a sentence of
    more than MAX_TRANSLATED_SENTENCE_WORDS words, or one with a word **marked** (the
    learner's own choice of what to ask, its gap shown with the translation beside it). A
    sentence typed without its full stop is one still when its translation ends as a
    sentence does or it opens on a capital and goes on in lower case, and it has three
    words and no digit ("Lektion 8 生词。" points to a book)."""
    split = None if "**" in text else _split_at_cjk(text)
    if split is None:
        return None
    sentence, translation, _ = split
    sentence = re.sub(r"\s*(?:[:：=]|\s[-–—])\s*$", "", sentence.strip()).strip()
    words = sentence.split()
    ended = sentence.endswith((".", "!", "?")) or (
        len(words) >= 3 and not re.search(r"\d", sentence)
        and (translation.endswith(("。", "？", "！"))
             # "Das ist mein Bruder 这是我哥哥": a capital, then words in lower case; not a
             # name in capitals ("Central Processing Unit 中央处理器"), read as before
             or words[0][:1].isupper() and any(w[:1].islower() for w in words[1:])))
    if not ended or not 2 <= _words_of_letters(sentence) or \
            len(words) > MAX_TRANSLATED_SENTENCE_WORDS or \
            not _CJK_SENTENCE.fullmatch(translation) or not _GLOSSED_WORD.fullmatch(sentence):
        return None
    return sentence, translation


# A sentence that opens on "I", "you" or "we" in a language a learner practises ("Ich bin
# um sieben Uhr aufgestanden.", "Wir gehen ins Kino."): an example of the language, said by
# someone, never what the heading above it means ("[Perfekt] — Ich bin …" was asked).
_SPEAKER_OPENING = re.compile(r"(?:Ich|Du|Wir|Ihr|Je|J’|J'|Tu|Nous|Vous|Yo|Tú|Nosotros|"
                              r"Io|Noi|Voi|Ik|Jij|Wij|Eu|Nós)\b")


# A sentence, a dash (or "=", an arrow) and its translation: "Er trinkt Kaffee. — He
# drinks coffee.", "Was kostet das? – How much is that?".
_SENTENCE_AND_TRANSLATION = re.compile(
    r"(?P<sentence>[¿¡]?[^\W\d_][^—–=→]*?[.!?])\s*(?:—|–|-|=|→)\s+(?P<translation>[^\W\d_].*)")
MAX_TRANSLATION_SENTENCE_WORDS = 15


def _latin_translated_sentence(text: str) -> tuple[str, str] | None:
    """(sentence, translation) for a list item that is a short sentence and, after a dash,
    its translation in a language of the same script, or None: a sentence of more than
    MAX_TRANSLATED_SENTENCE_WORDS words (a translation exercise), one with a word **marked**
    (its gap is the learner's choice) unless the translation says that word too, a
    translation that reads as German too or has no word in lower case (a name: "Je pense,
    donc je suis. — Descartes")."""
    found = _SENTENCE_AND_TRANSLATION.fullmatch(unmark(text).strip())
    if found is None or "**" in text and not _bold_in_translation(text):
        return None
    sentence, translation = found["sentence"].strip(), found["translation"].strip()
    if not 2 <= len(sentence.split()) <= MAX_TRANSLATED_SENTENCE_WORDS or \
            len(translation.split()) > MAX_TRANSLATION_SENTENCE_WORDS or \
            reads_as_german(translation) or re.search(f"[{CJK_CHARS}]", translation) or \
            not re.search(r"(?:^|\s)[a-z]", translation):  # "— Descartes": who said it
        return None
    return sentence, translation


def _bold_in_translation(text: str) -> bool:
    """Whether a sentence pair's translation after its dash says a word the sentence marks:
    "Sie fährt nach **Berlin**. — She is going to Berlin." Hidden, the name was masked in
    the translation too, and the card asked any city ("nach […]. — … going to […]")."""
    found = _SENTENCE_AND_TRANSLATION.fullmatch(unmark(text).strip())
    if found is None:
        return False
    translation = {w.casefold() for w in re.findall(r"[^\W\d_]+", found["translation"])}
    return any(w.casefold() in translation for _, _, phrase in marks(text)
               for w in re.findall(r"[^\W\d_]+", phrase))


# A heading over the homework ("## Hausaufgabe", "## Homework", "## 作业"): the line under
# it is a task, never what the heading means ("[Hausaufgabe] — Übung 5 im Arbeitsbuch").
_HOMEWORK_HEADING = re.compile(r"(?:homework|hausaufgaben?|compiti|devoirs|deberes|作业|作業|"
                               r"숙제)(?:\s+(?:作业|作業|숙제))?", re.I)


# A Latin-script name, a space and a Chinese clause about it: "Python 是一种编程语言".
_NAME_THEN_CHINESE = re.compile(rf"[A-Za-z][\w.+#-]*\s+(?P<said>[{CJK_CHARS}].*)")


def _chinese_clause_on_a_name(plain: str) -> bool:
    """Whether a list item is a Chinese sentence opening on a Latin-script name ("Python
    是一种编程语言", "Java 运行在虚拟机上"): what it says of the name takes five characters
    or more, more than a word's gloss ("Tisch 桌子"). Hidden whole beside another such item
    it was asked from it (review: "[Python 是一种编程语言]; Java 运行在虚拟机上", junk)."""
    found = _NAME_THEN_CHINESE.fullmatch(plain.strip())
    return found is not None and len(HAN_CHAR.findall(found["said"])) >= 5


def _plainly_foreign(sentence: str) -> bool:
    """Whether a sentence is plainly not English: German by its small words, a letter
    English never writes, or an opening on "Ich", "Je", "Yo" …. Only a list holding one is
    read as a learner's practice sentences, each asked whole from its translation."""
    return bool(reads_as_german(sentence) or _SPEAKER_OPENING.match(sentence)
                or re.search("[äöüßñ¿¡çœ]", sentence))


# The conjunctions that open a subordinate clause, in the languages learners practise with
# Chinese, Japanese or Korean notes: what a week of "Nebensätze" drills, each sentence's
# translation saying what it means ("因为", "虽然", "是否").
_CLAUSE_CONJUNCTION = re.compile(
    r"(?:(?<=^)|(?<=, ))(?P<word>(?:weil|dass|obwohl|wenn|ob|als|damit|nachdem|bevor|"
    r"während|falls|sobald|seitdem|solange|sodass|parce que|bien que|pour que|quand|"
    r"porque|aunque|para que|cuando|perché|benché|sebbene|quando|affinché))\b", re.I)


def _conjunction_marked(text: _Inline) -> _Inline:
    """A long example sentence and its translation ("Ich bleibe heute zu Hause, weil ich
    eine schlimme Erkältung habe. 我今天待在家里，因为我得了重感冒。") with the conjunction
    that opens its subordinate clause marked: too long to say whole from the translation
    (_cjk_translated_sentence), it was no card; the conjunction is the grammar it shows,
    recalled from what the translation says it means. Unchanged when nothing is marked
    yet and no such clause opens the sentence or follows its comma."""
    start = re.search(f"[{CJK_CHARS}]", text.text)
    if "**" in text.text or start is None:
        return text
    found = _CLAUSE_CONJUNCTION.search(text.text[:start.start()])
    if found is None:
        return text
    at, end = found.span("word")
    return replace(text, text=f"{text.text[:at]}**{text.text[at:end]}**{text.text[end:]}")


def _translated_example(plain: str) -> bool:
    """Whether a line is a sentence of a Latin-script language and its translation in
    Chinese, Japanese or Korean ("Ich ziehe nächste Woche um. 我下周搬家。"): an example of
    the language under "## Beispielsätze 例句", never what that heading means."""
    start = re.search(f"[{CJK_CHARS}]", plain)
    return start is not None and _words_of_letters(plain[:start.start()]) >= 2 and \
        plain[:start.start()].rstrip().endswith((".", "!", "?"))
