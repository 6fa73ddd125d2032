"""A set a sentence states is asked one member a card, the others shown.

"Pancreas secretes [lipase, amylase and protease]", "货币乘数取决于[…]" and "El citoplasma
contiene los [ribosomas y el retículo endoplasmático]" hid a whole set behind one gap (three
blind reviews of session 22: weak, "asks for a set of three in one gap"; junk). Each member
is a gap of its own now: an overlapping cloze, as Wozniak's rules advise for sets.
"""

from support import cards_shown

_TWO = """# Cerebrovascular disease - revision

Risk factors for haemorrhagic stroke are anticoagulation and cerebral amyloid angiopathy.
"""


def test_each_member_of_a_stated_set_is_its_own_card(tmp_path):
    back = ("Risk factors for haemorrhagic stroke are anticoagulation and cerebral amyloid "
            "angiopathy.")
    # (The test's reading puts a space where a gap's span ends; Anki shows none.)
    assert sorted((f.replace(" .", "."), b.replace(" .", "."))
                  for f, b in cards_shown(tmp_path, _TWO, text=True)) == [
        ("Risk factors for haemorrhagic stroke are [...] and cerebral amyloid angiopathy.", back),
        ("Risk factors for haemorrhagic stroke are anticoagulation and [...].", back),
    ]


_CJK = """# 操作系统

## 进程管理

进程是由程序、数据和进程控制块组成的实体。
"""


def test_a_chinese_set_is_asked_member_by_member(tmp_path):
    fronts = sorted(front.replace(" ", "") for front, _ in cards_shown(tmp_path, _CJK, text=True))
    assert fronts == ["进程是由[...]、数据和进程控制块组成的实体。",
                      "进程是由程序、[...]和进程控制块组成的实体。",
                      "进程是由程序、数据和[...]组成的实体。"]


_OR = """# Cerebrovascular disease - revision

The main risk factor for haemorrhagic stroke is hypertension or anticoagulation.
"""


def test_alternatives_are_no_set(tmp_path):
    # "or" names one of two, not both: no card hides one of them with the other shown.
    shown = cards_shown(tmp_path, _OR, text=True)
    assert not any("is [...] or anticoagulation" in front
                   for front, _ in shown)
    # The sentence is still asked, both alternatives on its back.
    assert any("is hypertension or anticoagulation" in back for _, back in shown), shown


_ONE_THING = """# Geography notes

## Cities

The city has a population of about 250,000 people.
"""


def test_a_number_with_a_thousands_comma_is_one_gap(tmp_path):
    # "250,000" split at its comma asked "about [...],000 people" and "about 250,[...]".
    fronts = [front.replace(" .", ".") for front, _ in cards_shown(tmp_path, _ONE_THING,
                                                                   text=True)]
    assert fronts == ["The city has a population of about [...]."], fronts


def test_a_pair_said_as_one_name_is_one_gap(tmp_path):
    # "supply and demand" is the name of one model, not two members of a set.
    source = ("# Economics\n\n## Markets\n\nPrices in a free market are set by the interaction "
              "of supply and demand.\n")
    shown = cards_shown(tmp_path, source, text=True)
    fronts = [front for front, _ in shown]
    assert not any("[...] and demand" in front or "supply and [...]" in front
                   for front in fronts), fronts
    # The sentence is still asked, the name whole on its back.
    assert any("interaction of supply and demand" in back for _, back in shown), shown
