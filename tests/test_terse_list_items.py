"""Terse, unlabelled list items as students type them (list21): an Italian history page, a
COPD ward note, a Danish sepsis note, economics chapter bullets and a Chinese student's
German grammar page. A named event closing on its years, a first-line drug, a dose given for
a time, a step of care and when it is taken, the sign an economics bullet states and what a
Chinese note says a German word means or takes made no card ("the fact names no concept
…"), or were hidden whole beside their siblings ("[…]; prednisolone 30 mg OD for 5 days;
…")."""

from __future__ import annotations

from support import gap_answers
from test_language_notes import _clozes
from test_markdown_idioms import build


def test_a_named_event_closing_on_its_years_asks_them(tmp_path):
    # "leggi fascistissime 1925-1926" made no card; "biennio rosso 1919-1920: scioperi …"
    # was hidden whole beside "crisi economica …" ("[…]; biennio rosso 1919-1920: …").
    texts, out = _clozes(tmp_path, "# Storia: il fascismo\n\n## Il regime\n\n"
                                   "- leggi fascistissime 1925-1926\n"
                                   "- guerra d'Etiopia 1935-36\n"
                                   "- biennio rosso 1919-1920: scioperi e occupazione delle "
                                   "fabbriche\n"
                                   "- crisi economica e disoccupazione dopo il 1918\n\n"
                                   "## Cardiology\n\n- see the ESC guidelines 2021\n")
    assert sorted(gap_answers(texts)) == ["1919-1920", "1925-1926", "1935-36"], texts
    assert "leggi fascistissime {{c1::1925-1926}}" in texts, texts
    assert "biennio rosso {{c1::1919-1920}}: scioperi e occupazione delle fabbriche" in texts
    # A year after "dopo il" bounds a claim, and a guideline's year names an edition: no
    # card.
    assert not any("dopo il" in t or "ESC" in t for t in texts), texts
    assert ":8: note: facts: no card" in out, out


def test_a_first_line_drug_and_a_dose_are_asked_not_the_whole_item(tmp_path):
    # Before: one note hiding each item whole behind the others ("controlled O2 via Venturi
    # mask ; […] ; prednisolone 30 mg OD for 5 days ; …"), and the nested "first line
    # amoxicillin or doxycycline" made no card.
    shown, _, _ = build(tmp_path, "# COPD exacerbation\n\n## Management\n\n"
                                  "- nebulised salbutamol + ipratropium first line\n"
                                  "- prednisolone 30 mg OD for 5 days\n"
                                  "- antibiotics if sputum purulent\n"
                                  "  - first line amoxicillin or doxycycline\n")
    fronts = shown.fronts
    assert "COPD exacerbation › Management nebulised [...] first line" in fronts, fronts
    assert "COPD exacerbation › Management prednisolone [...] OD for 5 days" in fronts, fronts
    # The parent item says what the drugs are the first line of, under its heading.
    assert "COPD exacerbation › Management › antibiotics if sputum purulent first line [...]" \
        in fronts, fronts
    answers = sorted(a for entry in shown for a in entry[1])
    assert answers == ["30 mg", "amoxicillin or doxycycline", "antibiotics",
                       "salbutamol + ipratropium"], answers
    assert not any(";" in f for f in fronts), fronts


def test_a_step_of_care_is_asked_from_when_it_is_taken(tmp_path):
    # "Bloddyrkning før antibiotika" and "Kortikosteroid (hydrocortison) ved refraktær shock"
    # made no card (terse-danish-septisk-shock.expect.md: fair facts not yet read).
    texts, _ = _clozes(tmp_path, "# Sepsis\n\n## Behandling\n\n"
                                   "- Bloddyrkning før antibiotika\n"
                                   "- Kortikosteroid (hydrocortison) ved refraktær shock\n"
                                   "- consider IV aminophylline if no response to nebs\n"
                                   "- Stop metformin if eGFR < 30 mL/min\n\n"
                                   "## Economics\n\n"
                                   "- market fails when resources are not allocated "
                                   "efficiently\n"
                                   "- Another complication arises if the infection spreads.\n"
                                   "- Avoid NSAIDs if asthma\n")
    answers = gap_answers(texts)
    assert {"30 mL/min", "Bloddyrkning", "IV aminophylline",
            "Kortikosteroid (hydrocortison)"} <= set(answers), texts
    assert "{{c1::Bloddyrkning}} før antibiotika" in texts, texts
    assert "consider {{c1::IV aminophylline}} if no response to nebs" in texts, texts
    # A clause with its own verb is no step; a threshold is asked as one, not the order.
    assert not {"market fails", "Another complication arises", "Avoid NSAIDs",
                "Stop metformin"} & set(answers), texts


def test_the_sign_an_economics_bullet_states_is_asked(tmp_path):
    # "positive for normal goods ; negative for inferior goods" was one note hiding each
    # item whole beside the other; "necessities tend to be price inelastic" made no card.
    shown, _, _ = build(tmp_path, "# ECON101\n\n## Other elasticities\n\n"
                                  "- Income elasticity (YED)\n"
                                  "  - positive for normal goods\n"
                                  "  - negative for inferior goods\n"
                                  "- Cross elasticity (XED)\n"
                                  "  - substitutes have positive XED\n"
                                  "  - complements have negative XED\n\n"
                                  "## Market failure\n\n"
                                  "- externality = cost or benefit to a third party\n"
                                  "- necessities tend to be price inelastic\n"
                                  "- negative externality → overproduction\n")
    fronts = shown.fronts
    assert "ECON101 › Income elasticity (YED) [...] for normal goods" in fronts, fronts
    assert "ECON101 › Income elasticity (YED) [...] for inferior goods" in fronts, fronts
    assert "ECON101 › Cross elasticity (XED) substitutes have [...] XED" in fronts, fronts
    assert "ECON101 › Market failure necessities tend to be price [...]" in fronts, fronts
    # The sign asked there is no name of the article: the consequence is still the gap,
    # never "[negative] externality → overproduction".
    assert "ECON101 › Market failure negative externality → [...]" in fronts, fronts
    assert not any(";" in f for f in fronts), fronts


def test_a_chinese_note_asks_what_a_german_word_means_or_takes(tmp_path):
    # "seit 表示从过去持续到现在的时间", "Wo? 用第三格，Wohin? 用第四格" made no card, and
    # "口语中 wegen 常用第三格" was hidden whole beside "wegen, trotz, während, statt".
    shown, _, _ = build(tmp_path, "# 德语语法：介词与格\n\n## 支配第三格的介词\n\n"
                                  "- seit 表示从过去持续到现在的时间\n"
                                  "- mit 表示工具或交通方式：mit dem Bus\n\n"
                                  "## 双向介词\n\n- Wo? 用第三格，Wohin? 用第四格\n\n"
                                  "## 支配第二格的介词\n\n- wegen, trotz, während, statt\n"
                                  "- 口语中 wegen 常用第三格\n\n"
                                  "## 支配第三格的动词\n\n"
                                  "- helfen, danken, gefallen, gehören 都支配第三格\n"
                                  "- Das Buch gehört mir. 这本书是我的。\n")
    fronts = shown.fronts
    assert "德语语法：介词与格 › 支配第三格的介词 seit 表示 [...]" in fronts, fronts
    assert "德语语法：介词与格 › 支配第三格的介词 mit 表示 [...] ：mit dem Bus" in fronts, fronts
    assert "德语语法：介词与格 › 双向介词 Wo? 用 [...] ，Wohin? 用第四格" in fronts, fronts
    assert "德语语法：介词与格 › 支配第二格的介词 口语中 wegen 常用 [...]" in fronts, fronts
    answers = [a for entry in shown for a in entry[1]]
    assert "从过去持续到现在的时间" in answers and "工具或交通方式" in answers, answers
    # Under "支配第三格的动词" the heading on the front says "第三格": no card asks it.
    assert not any("都支配 [...]" in f for f in fronts), fronts


def test_what_a_terse_bullet_says_of_a_kind_is_asked(tmp_path):
    # Each made no card, or among short siblings was hidden whole ("[Todo espacio métrico es
    # Hausdorff]; [Todo compacto en un Hausdorff es cerrado]", "[Noble gases have a full
    # outer shell]; …"): the commonest cause said abroad, a theorem of every one of a kind,
    # what a kind has, a Chinese note's German word, a treaty's year after a comma.
    texts, _ = _clozes(tmp_path, "# Ripasso\n\n## Klinik\n\n"
                                 "- Hyppigste årsag er pneumokokker\n"
                                 "- La causa más frecuente de neumonía es el neumococo\n"
                                 "- la causa più frequente della crisi fu la sovrapproduzione\n\n"
                                 "## Topología\n\n- Todo espacio métrico es Hausdorff\n"
                                 "- Todo compacto en un Hausdorff es cerrado\n"
                                 "- Todo subespacio de un Hausdorff es Hausdorff\n\n"
                                 "## Chemistry\n\n- Noble gases have a full outer shell\n"
                                 "- Ionic compounds have high melting points\n"
                                 "- Caffeine has little effect on recall\n"
                                 "- Both types have advantages\n\n"
                                 "## Storia\n\n- marcia su Roma nel 1922\n"
                                 "- Trattato di Rapallo con la Jugoslavia, 1920\n\n"
                                 "## 德语\n\n- 句子很重要\n- sein 的过去分词是 gewesen\n")
    assert "Hyppigste årsag er {{c1::pneumokokker}}" in texts, texts
    assert "La causa más frecuente de neumonía es el {{c1::neumococo}}" in texts, texts
    assert "la causa più frequente della crisi fu la {{c1::sovrapproduzione}}" in texts, texts
    assert "Todo espacio métrico es {{c1::Hausdorff}}" in texts, texts
    assert "Todo compacto en un Hausdorff es {{c1::cerrado}}" in texts, texts
    assert "Noble gases have a {{c1::full outer shell}}" in texts, texts
    assert "Ionic compounds have {{c1::high melting points}}" in texts, texts
    assert "Trattato di Rapallo con la Jugoslavia, {{c1::1920}}" in texts, texts
    assert "sein 的过去分词是 {{c1::gewesen}}" in texts, texts
    # The kind's own name says what every one is; how much, or a vague thing had, is no
    # fact to recall.
    answers = gap_answers(texts)
    assert not {"little effect on recall", "advantages"} & set(answers), texts
    assert not any("subespacio" in t for t in texts), texts


def test_the_case_a_word_takes_and_where_a_drug_is_contraindicated_are_asked(tmp_path):
    # "mit always takes the dative" and "trotz governs the genitive" were hidden whole
    # beside each other; "Metformin contraindicated in severe renal impairment" too.
    texts, _ = _clozes(tmp_path, "# Revision\n\n## Grammar\n\n"
                                 "- mit always takes the dative\n"
                                 "- trotz governs the genitive\n"
                                 "- warten auf + Akk.\n\n"
                                 "## Drugs\n\n"
                                 "- ACE inhibitors cause dry cough\n"
                                 "- Metformin contraindicated in severe renal impairment\n"
                                 "- NSAIDs are contraindicated in asthma\n")
    assert "mit always takes the {{c1::dative}}" in texts, texts
    assert "trotz governs the {{c1::genitive}}" in texts, texts
    assert "warten auf + {{c1::Akk.}}" in texts, texts
    assert "Metformin contraindicated in {{c1::severe renal impairment}}" in texts, texts
    assert "NSAIDs are contraindicated in {{c1::asthma}}" in texts, texts
    assert not any(";" in t for t in texts), texts


def test_a_danish_treatment_the_drug_given_in_a_case_and_a_score_s_use_are_asked(tmp_path):
    # The four were one note hiding each item whole behind the others ("[…]; Ved
    # penicillinallergi gives clarithromycin; CURB-65 bruges til …").
    texts, _ = _clozes(tmp_path, "# Pneumoni\n\n## Behandling\n\n"
                                 "- Behandles med penicillin i 10 dage\n"
                                 "- Ved penicillinallergi gives clarithromycin\n"
                                 "- CURB-65 bruges til at vurdere sværhedsgrad\n"
                                 "- Røntgen af thorax er diagnostisk\n")
    assert "Behandles med {{c1::penicillin}} i 10 dage" in texts, texts
    assert "Ved penicillinallergi gives {{c1::clarithromycin}}" in texts, texts
    assert "CURB-65 bruges til at {{c1::vurdere sværhedsgrad}}" in texts, texts
    assert not any(";" in t for t in texts), texts
