"""A vocabulary list glossed in another script (lang19): a learner whose own language is
Chinese, Japanese or Korean writes the German (French, Spanish, English) word and its
meaning in characters, with a space, a bracket, a full-width colon or a dash between
them. Each word is asked from its gloss, as a word glossed in English is."""

from __future__ import annotations

from support import gap_answers
from test_language_notes import _clozes

WORTSCHATZ = """# 德语 A2 第8周

## Wortschatz 生词

- die Wohnung, -en 公寓
- das Zimmer, - 房间
- der Schlüssel (钥匙)
- die Miete：房租
- der Vermieter - 房东
- umziehen：搬家
- gemütlich 舒适的
- sich freuen auf + Akk. 期待
- Angst haben vor + Dat. 害怕
- Lektion 8 生词
- 看课本第45页

## Redewendungen 常用句

- Ich habe Hunger. 我饿了。
- Wie spät ist es? 现在几点？
"""


def test_a_word_glossed_in_chinese_is_asked_from_its_gloss(tmp_path):
    # Before, a word glossed with a space or a bracket was read as a sentence and made no
    # card, "umziehen：搬家" was refused ("fewer than 2 words"), the set phrases were asked
    # whole with their translation in one gap ("[Ich habe Hunger. 我饿了。]; Wie spät …"),
    # and "Lektion 8 生词; 看课本第45页" was asked as a set.
    texts, _ = _clozes(tmp_path, WORTSCHATZ)
    assert sorted(gap_answers(texts)) == sorted([
        "die Wohnung, -en", "das Zimmer, -", "der Schlüssel", "die Miete", "der Vermieter",
        "umziehen", "gemütlich", "sich freuen auf + Akk.", "Angst haben vor + Dat.",
        "Ich habe Hunger.", "Wie spät ist es?"]), texts
    # The gloss is the cue, whole, and the answer's only cue: no other word of the list.
    by_answer = {gap_answers([t])[0]: t for t in texts}
    assert "公寓" in by_answer["die Wohnung, -en"] and "房间" not in by_answer["die Wohnung, -en"]
    assert "现在几点？" in by_answer["Wie spät ist es?"]
    assert not any("Lektion" in t or "看课本" in t for t in texts), texts


def test_chinese_prose_opening_on_a_name_is_no_vocabulary(tmp_path):
    # A Chinese line opening on a Latin-script name and a space is a sentence about it,
    # never a word and its gloss; an example sentence with its translation is never what
    # the heading above it means ("[Beispielsätze 例句] — Ich ziehe nächste Woche um. 我下周
    # 搬家。" was asked): a short one is asked whole from its translation (lang20).
    texts, _ = _clozes(tmp_path, "# 笔记\n\n## 编程\n\n- Python 是一种编程语言\n"
                                 "- Java 运行在虚拟机上\n\n## Beispielsätze 例句\n\n"
                                 "- Ich ziehe nächste Woche um. 我下周搬家。\n"
                                 "- Wir gehen heute Abend ins Kino. 我们今晚去看电影。\n")
    assert not any(a in ("Python", "Java", "Beispielsätze 例句") or "我" in a
                   for a in gap_answers(texts)), texts
    # Two Chinese sentences were hidden whole, each asked from the other ("{{c1::Python 是一种
    # 编程语言}}; {{c2::Java 运行在虚拟机上}}"): junk. Neither is a name of a set.
    assert not any(";" in t for t in texts), texts
    assert not any("Python" in a or "Java" in a for a in gap_answers(texts)), texts
    assert sorted(gap_answers(texts)) == ["Ich ziehe nächste Woche um.",
                                          "Wir gehen heute Abend ins Kino."], texts


def test_a_glossed_word_with_a_note_under_it_and_other_scripts(tmp_path):
    # A note nested under the word ("注意：阴性名词", an example) was asked as its meaning,
    # the word and its gloss behind one gap ("[die Wohnung, -en 公寓] — 注意：阴性名词"); a
    # verb with its forms in brackets and two meanings ("开车，乘车"), a noun with only its
    # gender or plural mark ("Tisch (m) 桌子") made no card. Japanese,
    # Korean and French lines are read as the Chinese ones are.
    texts, _ = _clozes(tmp_path, "# Notizen\n\n## Wortschatz\n\n"
                                 "- die Wohnung, -en 公寓\n  - 注意：阴性名词\n"
                                 "- helfen + Dat. 帮助\n  - Ich helfe dir. 我帮你。\n"
                                 "- fahren (fährt, ist gefahren) 开车，乘车\n"
                                 "- Tisch (m) 桌子\n- Küche, -n 厨房\n\n"
                                 "## 単語\n\n- der Apfel りんご\n- lernen 勉強する\n\n"
                                 "## 단어\n\n- das Buch 책\n- die Katze 고양이\n\n"
                                 "## Vocabulaire\n\n- la maison 房子\n- avoir faim 饿\n")
    assert sorted(gap_answers(texts)) == sorted([
        "die Wohnung, -en", "helfen + Dat.", "fahren (fährt, ist gefahren)", "Tisch (m)",
        "Küche, -n", "der Apfel",
        "lernen", "das Buch", "die Katze", "la maison", "avoir faim",
        # the example under helfen is a short sentence, asked whole from its translation
        "Ich helfe dir."]), texts
    assert any(t.startswith("{{c1::fahren (fährt, ist gefahren)}}") and "开车，乘车" in t
               for t in texts), texts
    assert not any("注意" in t for t in texts), texts
    assert [t for t in texts if "我帮你" in t] == ["{{c1::Ich helfe dir.}} — 我帮你。"], texts
