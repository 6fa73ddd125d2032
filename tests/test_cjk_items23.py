"""A Chinese list item of two characters is a word, not a list's letter mark (cjkmark23)."""

from support import cards_shown, run


def test_a_two_character_chinese_item_stays_in_its_list(tmp_path):
    # "心肌" was read as a list's letter mark ("- A", "- D") and dropped from the note
    # without a word: the other cards and the back showed two muscle types of three.
    source = "# 肌肉\n\n## 肌肉组织的类型\n\n- 骨骼肌\n- 心肌\n- 平滑肌\n"
    cards = cards_shown(tmp_path, source, text=True)
    assert ("[...] ; 心肌; 平滑肌", "骨骼肌 ; 心肌; 平滑肌") in cards, cards
    (tmp_path / "z.md").write_text(source, encoding="utf-8")
    assert 'z.md:6: weak card: answer "心肌" is too short' in run("check", tmp_path / "z.md").output
