"""Junk cards of session 21's blind reviews, a learner's read and a code audit (junk21),
each removed by a rule of the text's shape; each test also pins a neighbour card the
reader must still make, so a rule that drops too much fails by name.

Each test builds a small note through the CLI, imports the deck into Anki and reads the
cards as the learner sees them."""

from __future__ import annotations

from test_prose_definitions import _cards, _check

_FRICTION = ("## Friction\n\nThe microscopic reason for friction is that real surfaces touch "
             "only at a small number of high points.\n\nThe dimensionless constant mu is "
             "called the coefficient of static friction.\n\n## Fluids\n\nAn object moving "
             "through a fluid such as air or water experiences a resistive force called the "
             "drag force.\n\n## Bonds\n\nThe main reason for friction is that atoms of the two "
             "surfaces form temporary bonds.\n")


def test_the_kind_a_name_is_given_to_shows_and_the_name_is_asked(tmp_path):
    # Was "… experiences a resistive [...] called [...]": the noun "called" follows was
    # masked as a give-away of "the drag force", a second gap for one name.
    # ("Drag" in the title is a word of the article's subject, so "force" was all of the
    # answer's own words the front showed.)
    asked = _cards(tmp_path, _FRICTION, title="Friction and Drag")
    assert asked["the drag force"] == [
        "Friction and Drag › Fluids An object moving through a fluid such as air or water "
        "experiences a resistive force called [...] ."], asked
    assert asked["the coefficient of static friction"] == [
        "Friction and Drag › Friction The dimensionless constant mu is called [...] ."], asked


def test_what_a_sentence_explains_is_no_gap_under_a_heading_naming_it(tmp_path):
    # "The microscopic reason for [...] is that real surfaces touch …" under "Friction"
    # (a learner's read: junk): the front drops the heading that names its answer, and
    # the gap asks the topic; the fact is the reason. Under a heading that does not name
    # it ("Bonds") the topic is a cue-worthy gap and still asked.
    asked = _cards(tmp_path, _FRICTION, title="Mechanics")
    assert asked["friction"] == ["Mechanics › Bonds The main reason for [...] is that atoms "
                                 "of the two surfaces form temporary bonds."], asked
    assert 'no card for "friction": its sentence explains it and the heading names it' in \
        _check(tmp_path, _FRICTION)


_SEPSIS = ("## Definitioner\n\n- Sepsis: livstruende organdysfunktion forårsaget af en "
           "dysreguleret værtsrespons på infektion\n- Organdysfunktion = stigning i SOFA-score "
           "≥ 2 point\n\n## Behandling\n\n- Væske: 30 ml/kg krystalloid inden for de første 3 "
           "timer\n- Vasopressor: noradrenalin 1. valg\n- Fokuskontrol: fx dræn af absces\n")


def test_a_kind_word_label_asks_the_value_that_says_which(tmp_path):
    # Was "[Væske] — 30 ml/kg krystalloid …" and "[Vasopressor] — noradrenalin 1. valg"
    # (a learner's read: junk): a plain kind word asked from its own value. The dose and
    # the drug of choice are the facts, the label their cue, as "Vasopressor of choice:
    # [noradrenaline]" asks. A label defined by its text is still asked from it.
    asked = _cards(tmp_path, _SEPSIS, title="Sepsis – noter")
    assert asked["30 ml/kg"] == ["Sepsis – noter › Behandling Væske: [...] krystalloid inden "
                                 "for de første 3 timer"], asked
    assert asked["noradrenalin"] == ["Sepsis – noter › Behandling Vasopressor: [...] 1. valg"]
    assert not {"Væske", "Vasopressor"} & set(asked), asked
    assert asked["Sepsis"] == ["[...] — livstruende organdysfunktion forårsaget af en "
                               "dysreguleret værtsrespons på infektion"], asked


_POINTS = ("Points from the lecture:\n\n- Becomes president after FDR's death\n- Largely "
           "unexpected, Truman never expected to become President\n- Sends the \"Long "
           "Telegram\", describing the threat of Soviet expansionism\n- Treaty of Frankfurt → "
           "end of the Franco-Prussian War, an older grudge\n- Britain, France and Italy fear "
           "communist parties at home\n- Refuses to share atomic secrets with the Soviets\n")
_TRUMAN = f"## Truman's first years\n\n{_POINTS}\n## What Truman did\n\n{_POINTS}\n" \
    f"## Truman's doctrine\n\n{_POINTS}"


def test_a_name_in_an_item_of_what_someone_does_needs_who_on_the_front(tmp_path):
    # Was "Truman's first years Sends the "[...]", describing the threat of Soviet
    # expansionism" (a blind review: junk, "who sends?"): the heading names a time of
    # Truman's, whose list holds what others did too, so the item's subject is unsaid.
    # A title naming the doer ("What Truman did", "Truman's doctrine": no time) is its
    # subject, asked as before, and so is a name in an item with a subject of its own.
    asked = _cards(tmp_path, _TRUMAN, title="The Early Cold War")
    doers = ("Truman's doctrine", "What Truman did")
    assert sorted(asked["Long Telegram"]) == [
        f"The Early Cold War › {heading} Sends the \" [...] \", describing the threat of Soviet "
        "expansionism" for heading in doers], asked
    assert sorted(asked["FDR"]) == [f"The Early Cold War › {heading} Becomes president after "
                                    "[...] 's death" for heading in doers], asked
    assert sorted(asked["Franco-Prussian War"]) == [
        f"The Early Cold War › {heading} Treaty of Frankfurt → end of the [...] , an older "
        "grudge" for heading in ("Truman's doctrine", "Truman's first years", "What Truman did")
    ], asked
    assert "it says what someone does, and its heading names no one" in _check(tmp_path,
                                                                                 _TRUMAN)


_REGIMES = ("## Legge di Poiseuille\n\n- Il **regime di flusso** è:\n  \\begin{cases}\n  "
            "\\text{laminare} & \\text{se } Re < 2000 \\\\\n  \\text{turbolento} & \\text{se } "
            "Re > 3000\n  \\end{cases}\n- La **funzione di Heaviside** è:\n  \\begin{cases}\n"
            "  0 & \\text{se } x < 0 \\\\\n  1 & \\text{se } x \\ge 0\n  \\end{cases}\n"
            "- La turbolenza genera **soffi** udibili con lo stetoscopio.\n")


def test_a_name_said_to_be_cases_of_words_asks_the_cases(tmp_path):
    # Was "Il [...] è: \[cases: laminare se Re < 2000, turbolento se Re > 3000\]" (a
    # learner's read: junk): the branches say what the name is, and the thresholds, the
    # fact, stayed on the front. Cases of numbers ask their name as before.
    asked = _cards(tmp_path, _REGIMES, title="Emodinamica")
    cases = [a for a in asked if a.startswith("\\[\\begin{cases}") and "laminare" in a]
    assert [asked[a] for a in cases] == [["Emodinamica › Legge di Poiseuille Il regime di "
                                          "flusso è: [...]"]], asked
    assert "regime di flusso" not in asked, asked
    assert "funzione di Heaviside" in asked, asked
    assert asked["soffi"] == ["Emodinamica › Legge di Poiseuille La turbolenza genera [...] "
                              "udibili con lo stetoscopio."], asked


_TABLE_LEADS = ("## Indices\n\n| Index | Bands |\n|---|---|\n| NDVI | NIR, red |\n| EVI | NIR, "
                "red, blue |\n\nAs the table shows, the **Enhanced Vegetation Index** (EVI) adds "
                "the blue band to correct for the atmosphere.\n\n## Influence\n\n**Leverage** "
                "measures how far an observation's predictor values are from their mean.\n\n"
                "As the table shows, observation 49 has the largest **Cook's distance**.\n")


def test_a_lead_in_pointing_at_a_table_is_left_off_the_front(tmp_path):
    # Was "As the table shows, the [...] adds the blue band …" with no table on the card
    # (a blind review: "which table?"); the sentence states its fact alone. One about a
    # row of the table ("observation 49 has the largest [...]") needs the table: no card.
    asked = _cards(tmp_path, _TABLE_LEADS, title="Remote sensing")
    assert asked["Enhanced Vegetation Index (EVI)"] == [
        "Remote sensing › Indices The [...] adds the blue band to correct for the "
        "atmosphere."], asked
    assert "Cook's distance" not in asked, asked
    assert asked["Leverage"] == ["Remote sensing › Influence [...] measures how far an "
                                 "observation's predictor values are from their mean."], asked
    assert 'no card: "As the table shows," what follows is about a row of a table' in \
        _check(tmp_path, _TABLE_LEADS)


_ROC = ("## 1.2 收敛域\n\n使积分收敛的 $s$ 的取值范围称为收敛域，记为 ROC。\n\n"
        "1. 右边信号的收敛域在某条竖线的右侧；\n2. 左边信号的收敛域在某条竖线的左侧；\n"
        "3. 双边信号的收敛域是**一个带状区域**，也可能不存在。\n\n"
        "## 1.3 应力\n\n我们把截面上一点处内力的集度叫做该点的应力，它的单位是帕斯卡（Pa）。\n")


def test_the_headings_topic_qualified_in_chinese_is_no_gap(tmp_path):
    # Was "右边信号的[...]在某条竖线的右侧" under "1.2 收敛域" (a learner's read: junk): the card
    # showed the rule and asked the topic its heading names. A name the sentence gives
    # after 的 ("…叫做该点的[应力]") and a phrase the author marked are asked as before.
    asked = _cards(tmp_path, _ROC, title="拉普拉斯变换")
    assert "收敛域" not in asked, asked
    assert asked["一个带状区域"] == [
        "拉普拉斯变换 › 收敛域 双边信号的收敛域是 [...] ，也可能不存在。"], asked
    assert asked["应力"] == [
        "拉普拉斯变换 我们把截面上一点处内力的集度叫做该点的 [...] ，"
        "它的单位是帕斯卡（Pa）。"], asked


_SENSORS = ("# Lecture 12: Biosensors\n\n## Sensor types\n\n"
            "* Invasive sensors\n    * placed inside the body through surgery\n"
            "    * Example: pacemaker lead\n"
            "* Wearable sensors\n    * worn on the body for long periods\n"
            "    * Example – smartwatch photoplethysmography\n")


def test_a_name_over_its_explanation_and_an_example_asks_the_name(tmp_path):
    # "- Invasive sensors" over "- placed inside …" and "- Example: pacemaker lead": once an
    # example's point was no member of a set, the explanation alone under the name made
    # "placed inside the [...]" or nothing; the name is asked from its explanation, as with
    # one point below it, and the example is read on the back, never asked.
    from support import cards_shown
    shown = cards_shown(tmp_path, _SENSORS)
    fronts = sorted(front for front, _ in shown)
    assert fronts == [
        "Lecture 12: Biosensors › Sensor types [...] — placed inside the body through surgery.",
        "Lecture 12: Biosensors › Sensor types [...] — worn on the body for long periods.",
    ], shown
    backs = " ".join(back for _, back in shown)
    assert "Invasive sensors — placed inside the body through surgery. Example: pacemaker " \
           "lead" in backs and "Example – smartwatch photoplethysmography" in backs, shown
