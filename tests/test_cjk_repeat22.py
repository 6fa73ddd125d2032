"""A Chinese answer its text says more than once: hidden once, never inside a longer word.

A learner reading the Chinese style articles judged these junk: "[混叠] — [混叠]会使高频分量
折叠到低频…抗[混叠]滤波器…" (one answer hidden three times, once inside 抗混叠滤波器),
"[螺型位错] — [螺型位错]的柏氏矢量…，[螺型位错]没有…", and "[滑移] — …沿[滑移]面运动"
(the second gap half of 滑移面, which spells the first). Each test reads the cards as Anki
shows them (support.cards_shown: the front as its CSS cuts it).
"""

from __future__ import annotations

from support import cards_shown, run

# A heading's item whose text says the heading again after its first sentence, inside a
# longer word (cjk-sampling-theorem-notes.md).
ALIASING = ("# 信号与系统\n\n## 7.1 时域采样定理\n\n采样定理说明了什么时候可以从样本恢复信号。\n\n"
            "### 7.1.1 混叠\n\n混叠会使高频分量折叠到低频，恢复出来的信号就不再是原信号了。"
            "因此在采样之前通常要先经过抗混叠滤波器，把高于折叠频率的分量滤掉。\n")


def test_a_heading_said_by_its_text_is_asked_once_from_the_first_sentence(tmp_path):
    cards = cards_shown(tmp_path, ALIASING, text=True)
    front, back = next((f, b) for f, b in cards if "高频分量" in f)
    # One gap, where the first sentence says the term; no "[…] — " label before it, and
    # the sentence holding 抗混叠滤波器 is not on the front, whole or cut.
    assert front == "[...] 会使高频分量折叠到低频，恢复出来的信号就不再是原信号了。"
    assert back.startswith("混叠 会使高频分量折叠到低频")


def test_a_heading_said_again_in_a_later_sentence_is_not_a_second_gap(tmp_path):
    # cjk-dislocation-notes.md: "与刃型位错相比，螺型位错没有…" said the term a second time.
    source = ("# 位错\n\n## 3.3 位错的基本类型\n\n位错是晶体中的线缺陷，它是已滑移区与未滑移区的"
              "边界。\n\n### 3.3.2 螺型位错\n\n螺型位错的柏氏矢量与位错线平行。与刃型位错相比，"
              "螺型位错没有多余半原子面，周围只有切应变而没有正应变。\n")
    cards = cards_shown(tmp_path, source, text=True)
    asked = [(f, b) for f, b in cards if "位错线平行" in f]
    assert asked == [("[...] 的柏氏矢量与位错线平行。", "螺型位错 的柏氏矢量与位错线平行。")]


def test_a_label_said_only_inside_a_longer_word_makes_no_card(tmp_path):
    # "滑移：位错…沿滑移面运动": 滑移面 spells 滑移 shown, and cut in half hidden
    # ("沿[…]面"); the sibling whose text does not say its label is still asked.
    source = ("# 位错\n\n## 3.5 位错的运动\n\n位错的运动方式有两种：\n\n"
              "1. 滑移：位错在切应力作用下沿滑移面运动，不需要原子扩散。\n"
              "2. 攀移：刃型位错垂直于滑移面运动，需要原子扩散，所以只有在高温下才容易发生。\n")
    cards = cards_shown(tmp_path, source, text=True)
    assert [b.split(" — ")[0] for _, b in cards] == ["攀移"]
    assert not any("切应力" in f for f, _ in cards)
    folder = tmp_path / "check"
    folder.mkdir()
    (folder / "notes.md").write_text(source, encoding="utf-8")
    said = run("check", folder / "notes.md").output
    assert 'label "滑移" is said in its text\'s first sentence joined to' in said, said


def test_a_term_said_again_after_its_defining_sentence_is_asked_there_alone(tmp_path):
    # "柏氏矢量是…。柏氏矢量的模表示…" showed two gaps for one answer.
    source = ("# 位错\n\n## 3.4 柏氏矢量\n\n柏氏矢量是描述位错性质的一个重要物理量，通常用 "
              "$\\mathbf{b}$ 表示。柏氏矢量的模表示位错的强度，方向表示滑移方向。\n")
    cards = cards_shown(tmp_path, source, text=True)
    assert cards == [("[...] 是描述位错性质的一个重要物理量，通常用 \\(\\mathbf{b}\\) 表示。",
                      "柏氏矢量 是描述位错性质的一个重要物理量，通常用 \\(\\mathbf{b}\\) 表示。")]


def test_a_heading_said_again_after_a_first_sentence_too_short_to_ask_from_makes_no_card(
        tmp_path):
    # "混叠是一种失真。" cannot end the front alone: the sentence after it would be shown,
    # saying 混叠 again, whole ("…就会产生混叠。") or inside 抗混叠滤波器; asked, the card
    # showed the answer or hid it as a second gap.
    for n, after in enumerate(["采样频率不够高时就会产生混叠。",
                               "抗混叠滤波器可以在采样之前把高于折叠频率的分量滤掉，避免混叠。"]):
        source = ALIASING.replace(ALIASING.split("### 7.1.1 混叠\n\n")[1],
                                  f"混叠是一种失真。{after}\n")
        folder = tmp_path / str(n)
        folder.mkdir()
        cards = cards_shown(folder, source, text=True)
        assert not any("失真" in f for f, _ in cards), cards
        # `check` tells the author why, in words of this shape, not of a give-away.
        (folder / "notes.md").write_text(source, encoding="utf-8")
        said = run("check", folder / "notes.md").output
        assert "after a first sentence too short to ask it from alone" in said, said
