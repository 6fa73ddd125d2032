"""A Chinese list item of two characters is a word, not a list's letter mark (cjkmark23)."""

from support import cards_shown, checked


def test_a_two_character_chinese_item_stays_in_its_list(tmp_path):
    # "心肌" was read as a list's letter mark ("- A", "- D") and dropped from the note
    # without a word: the other cards and the back showed two muscle types of three.
    source = "# 肌肉\n\n## 肌肉组织的类型\n\n- 骨骼肌\n- 心肌\n- 平滑肌\n"
    cards = cards_shown(tmp_path, source, text=True)
    assert ("[...] ; 心肌; 平滑肌", "骨骼肌 ; 心肌; 平滑肌") in cards, cards
    assert 'z.md:6: weak card: answer "心肌" is too short' in checked(tmp_path, source, "z.md")


def test_other_heading_a_list_item_is_no_member_of_its_set(tmp_path):
    # "其他" ("other") over its own points names nothing of "实验前; 实验中; 实验后" (the
    # gate: kept as an item it made junk cards); the three stages stay one set.
    source = ("# 物理\n\n## 如何做好物理实验\n\n- 实验前\n- 实验中\n- 实验后\n- 其他\n"
              "  - 手脑并用\n  - 多做简易实验\n")
    fronts = [front for front, _ in cards_shown(tmp_path, source, text=True)]
    assert not any("其他" in front for front in fronts), fronts
