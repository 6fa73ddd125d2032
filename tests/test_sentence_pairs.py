"""Practice sentences with their translation (lang20): a language learner's week page
pairs each short sentence with what it means, in English or in Chinese, on one line after a
dash or a space, or on the line below. The sentence is asked whole from its translation, as
a set phrase is; a long one is a translation exercise and asks nothing; a word the learner
marked in bold is asked in its sentence."""

from __future__ import annotations

from support import gap_answers
from test_language_notes import _clozes


def test_a_short_german_sentence_is_asked_whole_from_its_english_translation(tmp_path):
    # Before, "Er trinkt [Kaffee]. — He drinks coffee." showed the answer's cognate on its
    # front, "Das Wetter ist heute schön. - …" made no card, and a sentence with its
    # translation nested under it asked the heading ("[Perfekt] — Ich bin um …").
    texts, _ = _clozes(tmp_path, "# Deutsch A1\n\n## Sätze\n\n"
                                 "- Er trinkt Kaffee. — He drinks coffee.\n"
                                 "- Das Wetter ist heute schön. - The weather is nice today.\n"
                                 "- Meine Schwester liest am Abend gern Bücher über Geschichte "
                                 "und Politik. — My sister likes reading books about history "
                                 "and politics in the evening.\n\n"
                                 "## Perfekt\n\n- Ich bin um sieben Uhr aufgestanden.\n"
                                 "  - I got up at seven o'clock.\n"
                                 "- Sie ist nach Berlin gefahren.\n  - She went to Berlin.\n")
    assert sorted(gap_answers(texts)) == sorted([
        "Er trinkt Kaffee.", "Das Wetter ist heute schön.",
        "Ich bin um sieben Uhr aufgestanden.", "Sie ist nach Berlin gefahren."]), texts
    assert "{{c1::Er trinkt Kaffee.}} — He drinks coffee." in texts, texts
    assert "{{c1::Ich bin um sieben Uhr aufgestanden.}} — I got up at seven o'clock." in texts


def test_a_short_sentence_with_its_chinese_translation_is_asked_whole(tmp_path):
    # Before, only a set phrase of four words or fewer was asked ("Ich habe Hunger. 我饿了。");
    # an example sentence of five to eight words made no card.
    texts, _ = _clozes(tmp_path, "# 德语 A2\n\n## 例句\n\n"
                                 "- Ich wohne in einer kleinen Wohnung. 我住在一套小公寓里。\n"
                                 "- Der Bahnhof ist neben dem Rathaus. — 火车站在市政厅旁边。\n"
                                 "- Die Apotheke ist an der **Ecke**. 药店在拐角处。\n"
                                 "- Gestern bin ich mit meiner Freundin in die Stadt gefahren "
                                 "und wir haben viel eingekauft. "
                                 "昨天我和女朋友进城买了很多东西。\n\n"
                                 "## Perfekt\n\n- Ich habe meinen Schlüssel vergessen.\n"
                                 "  我忘了带钥匙。\n")
    assert sorted(gap_answers(texts)) == sorted([
        "Ich wohne in einer kleinen Wohnung.", "Der Bahnhof ist neben dem Rathaus.",
        "Ecke", "Ich habe meinen Schlüssel vergessen."]), texts
    assert "{{c1::Ich wohne in einer kleinen Wohnung.}} — 我住在一套小公寓里。" in texts, texts
    # The marked word is asked in its sentence, the translation beside it.
    assert any("{{c1::Ecke}}" in t and "药店在拐角处" in t for t in texts), texts


def test_a_bold_headword_with_its_plural_is_asked_whole(tmp_path):
    # "**das Kino**, die Kinos – cinema" hid the bold alone: "[…], die Kinos – cinema", the
    # plural spelling the answer. Homework under its heading asked the heading.
    texts, _ = _clozes(tmp_path, "# Deutsch A1\n\n## Wortschatz\n\n"
                                 "- **das Kino**, die Kinos – cinema\n"
                                 "- **der Ausflug**, die Ausflüge – trip, outing\n\n"
                                 "## Hausaufgabe\n\n- Übung 5 im Arbeitsbuch, S. 62\n")
    assert sorted(gap_answers(texts)) == ["das Kino, die Kinos", "der Ausflug, die Ausflüge"]
    assert not any("Hausaufgabe" in a for a in gap_answers(texts)), texts


def test_a_chinese_translation_in_brackets_or_after_a_sentence_with_no_full_stop(tmp_path):
    # Five words or more in these shapes asked nothing, or a noun of the sentence
    # ("Er kommt aus einer kleinen [Stadt]. （他来自一个小城市。）"), or the heading
    # ("[例句] — Ich wohne seit drei Jahren in Berlin 我在柏林住了三年。").
    texts, _ = _clozes(tmp_path, "# 德语\n\n## 例句\n\n"
                                 "- Ich wohne seit drei Jahren in Berlin 我在柏林住了三年。\n"
                                 "- Er kommt aus einer kleinen Stadt. （他来自一个小城市。）\n"
                                 "- Sie hat zwei Kinder und einen Hund：她有两个孩子和一只狗。\n")
    assert sorted(texts) == sorted([
        "{{c1::Ich wohne seit drei Jahren in Berlin}} — 我在柏林住了三年。",
        "{{c1::Er kommt aus einer kleinen Stadt.}} — 他来自一个小城市。",
        "{{c1::Sie hat zwei Kinder und einen Hund}} — 她有两个孩子和一只狗。"]), texts


def test_a_marked_word_its_translation_says_is_not_hidden(tmp_path):
    # "Sie fährt morgen nach [Berlin]. — She is going to [...] tomorrow." (the name masked
    # in the translation too: any city) and "Wir spielen im [Park]. — We play in the
    # [...]." asked nothing answerable. Short, the sentence is asked whole; long, nothing.
    texts, out = _clozes(tmp_path, "# Deutsch\n\n## Sätze\n\n"
                                   "- Sie fährt morgen nach **Berlin**. — She is going to "
                                   "Berlin tomorrow.\n"
                                   "- Wir spielen im **Park**. — We play in the park.\n"
                                   "- Ich lese ein **Buch**. — I am reading a book.\n"
                                   "- Am Samstag fahren wir mit dem Zug nach **München** und "
                                   "besuchen dort Freunde. — On Saturday we are taking the "
                                   "train to München and visiting friends there.\n")
    assert sorted(gap_answers(texts)) == ["Buch", "Sie fährt morgen nach Berlin.",
                                          "Wir spielen im Park."], texts
    assert ":8: skipped: sentence and translation" in out, out


def test_numbered_sentences_with_no_full_stop_are_asked_one_by_one(tmp_path):
    # "1. Ich wohne in Berlin 我住在柏林" / "2. Wir lernen …" were one note, each sentence
    # and its translation hidden whole beside the others ("[…]; Wir lernen jeden Tag
    # Deutsch 我们每天学德语; …": junk); "Das ist mein Bruder" was refused as a claim made
    # of a label ("ist"), as "Präfix ist betont: …" is.
    texts, _ = _clozes(tmp_path, "# 德语\n\n## 例句\n\n1. Ich wohne in Berlin 我住在柏林\n"
                                 "2. Wir lernen jeden Tag Deutsch 我们每天学德语\n"
                                 "3. Das ist mein Bruder 这是我哥哥\n\n## Sätze\n\n"
                                 "- Das ist mein Bruder. — This is my brother.\n"
                                 "- Das ist nicht teuer. — That is not expensive.\n")
    assert sorted(texts) == sorted([
        "{{c1::Ich wohne in Berlin}} — 我住在柏林",
        "{{c1::Wir lernen jeden Tag Deutsch}} — 我们每天学德语",
        "{{c1::Das ist mein Bruder}} — 这是我哥哥",
        "{{c1::Das ist mein Bruder.}} — This is my brother.",
        "{{c1::Das ist nicht teuer.}} — That is not expensive."]), texts


def test_english_notes_with_their_chinese_beside_ask_their_terms(tmp_path):
    # A computing student's bilingual notes learn the subject, not English: a definition
    # with its Chinese beside asks its term, as the longer line beside it does. Before (after
    # lang20), the short one was asked whole from its Chinese, "[…] — 进程是执行中的程序。".
    texts, _ = _clozes(tmp_path, "# OS 笔记\n\n## 进程\n\n"
                                 "- A process is a program in execution. 进程是执行中的程序。\n"
                                 "- A thread is the smallest unit of CPU scheduling. "
                                 "线程是CPU调度的最小单位。\n")
    assert sorted(gap_answers(texts)) == ["process", "thread"], texts


_NEBENSAETZE = (
    "# Woche 7: Nebensätze 从句\n\n## Beispielsätze 例句\n\n"
    "- Ich bleibe heute zu Hause, weil ich eine schlimme Erkältung habe. "
    "我今天待在家里，因为我得了重感冒。\n"
    "- Obwohl es stark regnet, gehen wir am Nachmittag spazieren. "
    "虽然雨下得很大，我们下午还是去散步。\n"
    "- Am Montag habe ich einen Termin beim Arzt und danach gehe ich einkaufen. "
    "周一我要去看医生，然后去购物。\n"
    "- Wir lernen jeden Tag Deutsch. 我们每天学德语。\n\n"
    "## Hausaufgaben 作业\n\n- Übung 3 auf Seite 45 machen\n- Wörter der Lektion 8 lernen\n")


def test_a_long_example_sentence_asks_the_conjunction_its_translation_means(tmp_path):
    # Too long to say whole from its translation, such a sentence made no card; the
    # conjunction opening its subordinate clause is the grammar it drills, recalled from
    # what the translation says it means ("因为", "虽然"). A long sentence with no such
    # clause still makes none; a short one is asked whole, as before. A homework list
    # under "Hausaufgaben 作业" makes no card ("Übung 3 auf [Seite] 45 machen" was asked).
    texts, report = _clozes(tmp_path, _NEBENSAETZE)
    assert sorted(gap_answers(texts)) == ["Obwohl", "Wir lernen jeden Tag Deutsch.",
                                          "weil"], texts
    assert "Ich bleibe heute zu Hause, {{c1::weil}} ich eine schlimme Erkältung habe. " \
           "我今天待在家里，因为我得了重感冒。" in texts, texts
    assert "task list" in report, report
