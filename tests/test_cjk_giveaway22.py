"""Chinese answers that their card's front spelled (session 22): a short name said right
after the gap ("这就是[纳维-斯托克斯方程]，简称 N-S 方程", blind review: weak), and a heading
that says the part of the answer the text does not ("时域采样定理" over "这就是[奈奎斯特采样
定理]"). Each test builds the article, imports the deck into Anki and reads the card as the
learner sees it: the front no longer shows the answer, and the fact is still asked."""

from __future__ import annotations

from support import cards_shown


def _card(shown, answer):
    (card,) = [(front, back) for front, back in shown if answer in back and answer not in front]
    return card


def test_a_short_name_said_after_a_chinese_gap_is_left_off_its_front(tmp_path):
    shown = cards_shown(tmp_path, "---\ntitle: 流体力学笔记\n---\n\n## 基本方程\n\n"
                                  "不可压缩粘性流体的运动方程为\n\n"
                                  "$$\\rho \\frac{D\\mathbf{u}}{Dt} = -\\nabla p + \\mu "
                                  "\\nabla^2 \\mathbf{u}$$\n\n"
                                  "这就是纳维-斯托克斯方程，简称 N-S 方程。\n\n## 稳定性\n\n"
                                  "若线性系统在初始扰动的影响下，其动态过程随时间的推移逐渐"
                                  "衰减并趋于零，则称系统渐近稳定，简称稳定。\n")
    front, back = _card(shown, "纳维-斯托克斯方程")
    # The initials "N-S" of the answer were on the front; the back keeps the short name.
    assert "N-S" not in front and "简称" not in front, front
    assert front.rstrip().endswith("这就是 [...] 。"), front
    assert "简称 N-S 方程" in back, back
    front, back = _card(shown, "渐近稳定")
    # "简称稳定" said the answer's last two characters.
    assert "简称" not in front and "则称系统 [...] 。" in front, front
    assert "简称稳定" in back, back


def test_a_short_name_stays_where_the_front_says_little_else(tmp_path):
    # "[…]，简称频谱" with only "称为…的" besides: the short name is what the front says of
    # it, and stays (a formula counts: "X(jω) 称为 x(t) 的[…]" says what it names).
    # (A sentence before it: "它…" opening its section points at nothing, orphan22.)
    shown = cards_shown(tmp_path, "---\ntitle: 信号与系统\n---\n\n## 傅里叶变换\n\n"
                                  "傅里叶变换把信号从时域变到频域。\n\n"
                                  "它称为频谱密度函数，简称频谱。\n\n"
                                  "$X(j\\omega)$ 称为 $x(t)$ 的频率特性函数，简称频特。\n")
    front, _ = _card(shown, "频谱密度函数")
    assert "简称频谱" in front, front
    front, _ = _card(shown, "频率特性函数")
    assert "简称" not in front, front


def test_a_heading_saying_what_the_text_does_not_of_a_chinese_answer_is_left_off(tmp_path):
    # "时域采样定理" over "…这就是[奈奎斯特采样定理]" said "采样定理" and left only "奈奎斯特"
    # to recall; the title, which says none of it, places the card. "传递函数回顾" over
    # "[开环传递函数]" stays: its text says "传递函数" itself.
    shown = cards_shown(tmp_path, "---\ntitle: 信号与系统 第七章 采样\n---\n\n"
                                  "## 7.1 时域采样定理\n\n对于带限信号，只要采样频率大于信号最高"
                                  "频率的两倍，就可以由采样值无失真地恢复原信号。这就是奈奎斯特"
                                  "采样定理。\n\n## 传递函数回顾\n\n单位负反馈系统中，闭环传递"
                                  "函数为 $\\Phi(s) = \\frac{G(s)}{1 + G(s)H(s)}$。其中 $G(s)H(s)$ "
                                  "被称为开环传递函数，它在根轨迹法里是出发点。\n")
    front, back = _card(shown, "奈奎斯特采样定理")
    assert "采样定理" not in front and front.startswith("信号与系统 第七章 采样 对于带限信号"), \
        front
    front, _ = _card(shown, "开环传递函数")
    assert front.startswith("信号与系统 第七章 采样 › 传递函数回顾"), front
