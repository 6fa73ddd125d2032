"""Chinese study notes in prose (issue 14 §4): the sentences that name or define a term
("…，这一过程称为能量级串。", "雷诺数 $Re$ 表示…", "…，这就是熵增加原理。") each give a card
hiding the whole term. Chinese writes no spaces, so a gap ends at punctuation, a particle
(的), a verb or a formula: never half a word, never a bare symbol, math byte for byte.
"""

from __future__ import annotations

from test_coverage_rules import answers_of, raw_asking
from test_markdown_idioms import build

# A first paragraph the heading's own rules read; the sentences tested follow it.
OPENING = "# 笔记\n\n## 第一节\n\n下面是本节的要点。\n\n"


def test_a_name_given_after_a_verb_of_naming_is_asked_whole(tmp_path):
    # X 称为/叫做/被称为 Y: Y is the term the sentence names. "这一过程称为能量级串" hides
    # 能量级串, not the process it describes; 记为 a symbol names notation, no term.
    shown, _, _ = build(tmp_path, OPENING +
                        "湍流的能量从大尺度涡传递到小尺度涡，这一过程称为能量级串。\n\n"
                        "经济处于充分就业时的失业率叫做自然失业率，一般在 4% 到 5% 之间。\n\n"
                        "政府购买增加一单位引起的国民收入增加的倍数，被称为政府购买乘数。\n\n"
                        # (not "由两种金属的温差引起的电动势…": 温差 and 电动势 on the
                        # front would put the answer together; zh20b)
                        "由两种金属接触处的温度差引起的电动势称之为温差电动势。\n\n"
                        "定体摩尔热容记为 $C_{V,m}$，定压摩尔热容记为 $C_{p,m}$。\n")
    # "政府购买增加…被称为政府购买乘数" says the name's first four characters before it:
    # no card (test_a_chinese_answer_said_in_part_elsewhere_on_its_front_is_not_asked).
    assert answers_of(shown) == [["温差电动势"], ["能量级串"], ["自然失业率"]]
    assert raw_asking(shown, "能量级串") == (
        "湍流的能量从大尺度涡传递到小尺度涡，这一过程称为{{c1::能量级串}}。")


def test_the_law_a_sentence_says_its_fact_is_is_asked(tmp_path):
    # "…，这就是 Y" names a law or principle; "这就是我们要找的结果" names nothing.
    shown, _, _ = build(tmp_path, OPENING +
                        "孤立系统的熵永不减少，这就是熵增加原理。\n\n"
                        "采样频率必须大于信号最高频率的两倍，才能无失真地恢复原信号，"
                        "这就是奈奎斯特采样定理。\n\n"
                        "把两个方程相加再化简，这就是我们要找的结果。\n")
    assert answers_of(shown) == [["奈奎斯特采样定理"], ["熵增加原理"]]
    assert raw_asking(shown, "熵增加原理") == "孤立系统的熵永不减少，这就是{{c1::熵增加原理}}。"


def test_a_term_defined_by_what_it_stands_for_is_asked_with_its_symbol_shown(tmp_path):
    # "X $s$ 表示/定义为 …" defines X: the term is asked, its symbol and formula stay on the
    # front byte for byte. A sentence opens after "。" too, in a paragraph's middle (and is
    # read alone since zh20: the sentence before it is no part of its fact). A change
    # ("温度升高表示…") is a clause, no term; Japanese "…を表示する" is "display".
    shown, _, _ = build(tmp_path, OPENING +
                        "流动分为层流和湍流两种。雷诺数 $Re$ 表示惯性力与粘性力之比，"
                        "当 $Re$ 很大时流动趋于湍流。\n\n"
                        "基波角频率 $\\omega_0$ 定义为 $2\\pi / T$，$T$ 是信号的周期。\n\n"
                        "菲利普斯曲线表示失业率与通货膨胀率之间的反向关系。\n\n"
                        "温度升高表示分子的平均动能增大。\n\n"
                        "計算した平均値を表示する。\n")
    assert answers_of(shown) == [["基波角频率"], ["菲利普斯曲线"], ["雷诺数"]]
    assert raw_asking(shown, "雷诺数") == (
        "{{c1::雷诺数}} \\(Re\\) 表示惯性力与粘性力之比，"
        "当 \\(Re\\) 很大时流动趋于湍流。")
    assert raw_asking(shown, "基波角频率") == (
        "{{c1::基波角频率}} \\(\\omega_0\\) 定义为 \\(2\\pi / T\\)，\\(T\\) 是信号的周期。")


def test_no_gap_cuts_a_word_or_holds_a_formula(tmp_path):
    # The name runs to the next punctuation mark, past the last 的 (what qualifies it) and
    # past a formula before it: "称为 $x(t)$ 的频谱密度函数" names 频谱密度函数, and a name
    # with Latin letters is whole ("GDP 平减指数", never "GDP" alone beside "平减指数"); a
    # count before it ("一种") is no part of it.
    shown, _, _ = build(tmp_path, OPENING +
                        "$X(j\\omega)$ 称为 $x(t)$ 的频谱密度函数，简称频谱。\n\n"
                        "名义产出除以实际产出再乘以 100，得到的指数称为 GDP 平减指数。\n\n"
                        "失业率定义为失业人数占劳动力总数的百分比。\n\n"
                        "两条多核苷酸链相互缠绕形成的结构称为一种双螺旋结构。\n")
    # "失业率定义为失业人数…" says two of its three characters after it: no card (below).
    assert answers_of(shown) == [["GDP 平减指数"], ["双螺旋结构"], ["频谱密度函数"]]
    # (its short name after the gap gives it away: the front leaves it off, session 22)
    assert raw_asking(shown, "频谱密度函数") == (
        "\\(X(j\\omega)\\) 称为 \\(x(t)\\) 的{{c1::频谱密度函数}}"
        '<span class="aside">，简称频谱</span>。')


def test_a_clause_that_only_names_a_symbol_makes_no_card(tmp_path):
    # "其中 $k$ 为波数", "式中 $k$ 表示波数", "$h(t)$ 表示…": a bare symbol is no term to
    # hide, and a name asked beside a bare symbol asks one formula's notation. The term
    # before its symbol is asked ("传递函数 $H(s)$ 表示…"); "克劳修斯熵 $S$ 的变化定义为
    # $dS = …$" defines no term, and asks its formula whole (since zh19a).
    shown, _, _ = build(tmp_path, OPENING +
                        "其中 $k$ 为波数，$\\omega$ 为角频率。\n\n"
                        "式中 $k$ 表示波数。\n\n"
                        "$h(t)$ 表示系统在单位冲激信号激励下的零状态响应。\n\n"
                        "传递函数 $H(s)$ 表示系统零状态下输出与输入的拉氏变换之比。\n\n"
                        "克劳修斯熵 $S$ 的变化定义为 $dS = \\frac{dQ}{T}$，只对可逆过程成立。\n")
    assert answers_of(shown) == [["\\(dS = \\frac{dQ}{T}\\)"], ["传递函数"]]


def test_a_sentence_opening_on_a_pointing_word_defines_no_term(tmp_path):
    # "[這種方法]定義為…", "[上述关系]表示…", "[前者（简称MPC）]是指…" asked what the sentence
    # points back at, no term: the words a definition's subject never opens on are the
    # pointing words of statements.CJK_POINTING_WORDS (traditional 這, 該 too), not a list of
    # their own. The term defined with its short name is still asked.
    shown, _, _ = build(tmp_path, OPENING +
                        "這種方法定義為把信號分解成正弦波之和的過程。\n\n"
                        "上述关系表示需求量与价格之间的反向变化。\n\n"
                        "前者（简称MPC）是指消费增量与收入增量之比。\n\n"
                        "边际消费倾向（简称MPC）是指消费增量与收入增量之比。\n")
    assert answers_of(shown) == [["边际消费倾向（简称MPC）"]], shown.fronts




def test_an_item_labelled_with_a_full_width_colon_asks_its_label(tmp_path):
    # "开尔文表述：…" is "Label: text" typed as Chinese notes type it. Not "注意：…",
    # "补充：…" (a kind of line, no name), nor words leading into what follows ("主要包括：…",
    # "另外还有：…").
    shown, _, _ = build(tmp_path, OPENING +
                        "1. 开尔文表述：不可能从单一热源吸热使之完全变为有用功而不产生其他影响。\n"
                        "2. 克劳修斯表述：热量不能自动地从低温物体传向高温物体。\n\n"
                        "货币政策工具\n\n"
                        "- 主要包括：公开市场操作和再贴现率\n- 另外还有：法定存款准备金率的调整\n\n"
                        "流动性陷阱\n\n"
                        "- 注意：货币政策在流动性陷阱中失效\n- 补充：此时财政政策更加有效\n")
    answers = answers_of(shown)
    assert [["克劳修斯表述"], ["开尔文表述"]] == [a for a in answers if a[0].endswith("表述")]
    assert not [a for a in answers if a[0] in ("主要包括", "另外还有", "注意", "补充")]
    assert raw_asking(shown, "开尔文表述").startswith(
        "{{c1::开尔文表述}} — 不可能从单一热源吸热")


def test_a_heading_is_not_hidden_inside_a_longer_word_of_the_line_below(tmp_path):
    # "## 失业" over "失业率在…": the line opens on 失业率 (the rate), not on 失业, so it does
    # not say what the heading names; hiding 失业 there cut 失业率 in half and left "率" on
    # the front. A line opening on the name itself still does ("死鎖是指…" under "## 死鎖").
    shown, _, _ = build(tmp_path, "# 宏观经济学\n\n## 失业\n\n"
                        "失业率在经济衰退时上升，通常滞后于产出下降。\n\n"
                        "## 死锁\n\n"
                        "死锁是指多个进程因竞争资源而造成的互相等待的现象。\n")
    # (one gap since cjkrep22: the line alone, "[死锁]是指…", not "[死锁] — [死锁]是指…")
    assert answers_of(shown) == [["死锁"]]


def test_a_heading_term_named_inside_chinese_prose_is_asked(tmp_path):
    # "当雷诺数超过约4000时": a Chinese term stands inside a run of characters, never as a
    # run of its own; found only by runs, no heading's term was ever asked from Chinese prose.
    shown, _, _ = build(tmp_path, "# 流体力学笔记\n\n## 雷诺数\n\n"
                        "在管道流动中，当雷诺数超过约4000时，流动通常会转变为湍流。\n\n"
                        "## 协方差与相关系数\n\n协方差用来刻画两个随机变量之间的线性关系。\n")
    assert ["雷诺数"] in answers_of(shown)
    assert any(f.endswith("在管道流动中，当 [...] 超过约4000时，流动通常会转变为湍流。")
               for f in shown.fronts), shown.fronts
    # A heading joining two names with 与 names each: 协方差 is asked where it is said.
    assert ["协方差"] in answers_of(shown), shown.fronts


def test_a_heading_term_said_only_inside_a_compound_is_not_asked(tmp_path):
    # "克劳修斯熵", "玻尔兹曼熵": hidden there, the gap would take half a word ("克劳修斯[…]");
    # "失业人数": 失业 is half of the compound. No card asks the heading's term from them.
    shown, _, _ = build(tmp_path, "# 热学笔记\n\n## 熵\n\n"
                        "克劳修斯熵与玻尔兹曼熵在平衡态下相等。\n\n## 失业\n\n"
                        "失业人数在经济衰退时迅速上升。\n\n失业在经济衰退时迅速上升。\n")
    # Said as a word of its own, the heading's term is asked: only that sentence's card.
    assert answers_of(shown) == [["失业"]], shown.fronts


def test_the_name_a_sentence_gives_is_asked_before_a_term_it_mentions(tmp_path):
    # "[方差]的算术平方根称为标准差" asked the heading's term and showed the name given.
    shown, _, _ = build(tmp_path, "# 概率论笔记\n\n## 方差\n\n"
                        "方差的算术平方根称为标准差，它与随机变量有相同的量纲。\n")
    assert answers_of(shown) == [["标准差"]], shown.fronts


def test_a_numbered_list_of_chinese_sentences_is_read_sentence_by_sentence(tmp_path):
    # Each item a sentence ("法定存款准备金率提高，货币乘数变小。"): hidden whole beside the
    # others it asked a line to recite (a blind review: junk). Each is read as a paragraph:
    # the means, and since zh19b the way each change's effect goes.
    shown, _, _ = build(tmp_path, "# 宏观经济学\n\n## 三、货币政策\n\n"
                        "1. 中央银行通过公开市场操作来调节货币供给。\n"
                        "2. 法定存款准备金率提高，货币乘数变小。\n"
                        "3. 利率下降会刺激投资，使总需求曲线右移。\n")
    assert answers_of(shown) == [["公开市场操作"], ["变小"], ["右移"]], shown.fronts


def test_a_chinese_answer_said_in_part_elsewhere_on_its_front_is_not_asked(tmp_path):
    # "[摩尔热容]" beside "定体摩尔热容", "[奈奎斯特采样定理]" beside "奈奎斯特频率": the
    # answer, or its opening, inside another word that no gap can cut (a learner's read:
    # junk). Said where it stands as a word ("周期信号的频谱是…") it is hidden with the gap.
    shown, _, _ = build(tmp_path, OPENING +
                        # (in one sentence: two sentences are read apart since zh19a,
                        # test_each_sentence_naming_a_term_of_its_own_is_asked_on_its_own)
                        "1 mol 物质温度升高 1 K 所吸收的热量叫做摩尔热容，定体摩尔热容记为 "
                        "$C_{V,m}$。\n\n"
                        "采样频率必须大于信号最高频率的两倍，这就是奈奎斯特采样定理，"
                        "信号最高频率的两倍被称为奈奎斯特频率。\n\n"
                        "傅里叶系数随频率变化的图形叫做频谱图，周期信号的频谱图是离散的。\n")
    answers = answers_of(shown)
    assert ["摩尔热容"] not in answers and ["奈奎斯特采样定理"] not in answers, shown.fronts
    assert ["频谱图"] in answers, shown.fronts


def test_a_term_after_a_verb_or_preposition_stands_as_a_word(tmp_path):
    # "表示功率谱密度": 示 ends the verb 表示, and the term after it is a word of its own.
    shown, _, _ = build(tmp_path, "# 信号\n\n## 功率谱密度\n\n"
                        "自相关函数的傅里叶变换表示功率谱密度，它描述功率在频率上的分布。\n")
    assert ["功率谱密度"] in answers_of(shown), shown.fronts


def test_a_term_said_three_times_is_the_topic_not_the_gap(tmp_path):
    # "名义[GDP]除以实际[GDP]…称为[GDP]平减指数": three gaps of one word, and the fact (the
    # deflator's ratio) shown (a learner's read: junk).
    shown, _, _ = build(tmp_path, "# 宏观经济学\n\n### 1.1 GDP\n\n"
                        "**国内生产总值**（GDP）是指一个国家在一定时期内生产的全部最终产品和服务的"
                        "市场价值。\n\n"
                        "名义 GDP 除以实际 GDP 再乘以 100，得到的指数称为 GDP 平减指数。\n")
    assert not any("GDP" in answer for answers in answers_of(shown) for answer in answers), \
        shown.fronts
    # The marked term, and the deflator's own name (the words after the thrice-said GDP).
    assert answers_of(shown) == [["国内生产总值"], ["平减指数"]], shown.fronts


def test_a_marked_chinese_term_is_asked_though_a_longer_word_shares_its_opening(tmp_path):
    # "**叶绿体**…含有叶绿素": the author marked the textbook's term; only what a sentence
    # merely states is refused for a shared opening (the code review).
    shown, _, _ = build(tmp_path, "# 细胞生物学\n\n## 细胞器\n\n"
                        "**叶绿体**是植物细胞中含有叶绿素、进行光合作用的细胞器。\n")
    assert ["叶绿体"] in answers_of(shown), shown.fronts


def test_a_change_asks_the_way_its_effect_goes_with_its_cause_shown(tmp_path):
    # A change and what it does to another quantity: the effect's direction is the fact,
    # the cause and the effect both stay on the front ("…提高，货币乘数[变小]", as "Melting
    # points [decrease] down the group"); an effect may be the cause's own ("其频谱"). Not
    # one quantity said twice (a rate and the cost it is), a chain of three (which step?), a
    # concession or a denial ("即使…", "不一定"), a condition held ("其他条件不变"), 使 or 随
    # of another word ("使用", "随机"), a cause that points back ("这一政策使…"), an effect
    # that is a clause, no quantity ("滞后于产出[下降]", "往往伴随产出[增加]"), nor a
    # direction the front already says ("…越大，…[越大]", as "the higher …, the [higher]").
    shown, _, _ = build(tmp_path, OPENING +
                        "法定存款准备金率提高，货币乘数变小。\n\n"
                        "利率下降会刺激投资，使总需求曲线右移。\n\n"
                        "投资需求随利率的上升而减少。\n\n"
                        "时域信号越窄，其频谱越宽。\n\n"
                        "再贴现率提高，商业银行向央行借款的成本上升。\n\n"
                        "电阻增大，时间常数变大，充电变慢。\n\n"
                        "即使利率下降，投资也不增加。\n\n"
                        "税率提高，税收收入不一定增加。\n\n"
                        "其他条件不变时，供给减少。\n\n"
                        "电容器使用一段时间后容量减小。\n\n"
                        "样本随机抽取后均值减小。\n\n"
                        "这一政策使利率上升。\n\n"
                        "通货膨胀率上升，往往伴随产出增加。\n\n"
                        "就业人数在经济衰退时减少，滞后于产出下降。\n\n"
                        "边际消费倾向越大，政府购买乘数越大。\n")
    assert answers_of(shown) == [["减少"], ["变小"], ["右移"], ["越宽"]], shown.fronts
    assert raw_asking(shown, "变小") == "法定存款准备金率提高，货币乘数{{c1::变小}}。"
    assert raw_asking(shown, "右移") == "利率下降会刺激投资，使总需求曲线{{c1::右移}}。"


def test_what_a_thing_is_made_of_is_asked_part_by_part(tmp_path):
    # "X由A、B和C组成" (traditional too): the parts, as "consists of …" is asked, one a card
    # with the others shown (sets22: one gap over the set was an enumeration to recite).
    # Not a list that goes on ("…等"), nor one whose part the text says again ("…包括分裂
    # 间期和分裂期。间期为分裂期…" shows 分裂期).
    shown, _, _ = build(tmp_path, OPENING +
                        "進程是由程序、數據和進程控制塊組成的實體。\n\n"
                        "财政政策工具由政府购买、转移支付和税收组成。\n\n"
                        "货币政策工具包括公开市场操作、再贴现率等。\n\n"
                        "一个细胞周期包括分裂间期和分裂期。间期为分裂期进行物质准备。\n")
    assert answers_of(shown) == [["政府购买", "转移支付", "税收"],
                                 ["程序", "數據", "進程控制塊"]], shown.fronts
    assert raw_asking(shown, "程序", "數據", "進程控制塊") == \
        "進程是由{{c1::程序}}、{{c2::數據}}和{{c3::進程控制塊}}組成的實體。"


def test_a_result_derived_from_a_law_asks_the_laws_name(tmp_path):
    # "由换路定则得 $…$", "根據疊加定理，…", "由 KVL 得 …": the law, its result on the front,
    # math byte for byte. Never a step that points back ("由上式得", "由上述定理得") or a
    # worked one ("由已知条件得"), nor a law with nothing derived after it.
    shown, _, _ = build(tmp_path, OPENING +
                        "由换路定则得 $u_C(0_+) = u_C(0_-)$。\n\n"
                        "根據疊加定理，全響應等於零輸入響應與零狀態響應之和。\n\n"
                        "由 KVL 得 $RC\\frac{du_C}{dt} + u_C = 0$。\n\n"
                        "由上式得 $x = 1$。\n\n"
                        "由上述定理得 $x = 2$。\n\n"
                        "由已知条件得 $x = 3$。\n\n"
                        "由欧姆定律得：\n")
    assert answers_of(shown) == [["KVL"], ["换路定则"], ["疊加定理"]], shown.fronts
    assert raw_asking(shown, "换路定则") == "由{{c1::换路定则}}得 \\(u_C(0_+) = u_C(0_-)\\)。"


def test_what_a_quantity_depends_on_or_is_proportional_to_is_asked(tmp_path):
    # "X取决于Y", "X与Y成正比": the other quantity; where it is two characters, too short a
    # gap, the relation itself ("与收入[成正比]"). Never a count of what follows ("以下三个
    # 因素") or no named thing ("很多因素").
    shown, _, _ = build(tmp_path, OPENING +
                        "时间常数取决于电路的结构和元件参数，与外加激励无关。\n\n"
                        "管道中的压力损失与流速的平方成正比。\n\n"
                        "货币的交易需求与收入成正比。\n\n"
                        "系统的性能取决于以下三个因素。\n\n"
                        "商品的价格取决于很多因素。\n")
    assert answers_of(shown) == [["成正比"], ["流速的平方"], ["电路的结构和元件参数"]], \
        shown.fronts


def test_what_a_quantity_equals_in_words_is_asked(tmp_path):
    # "价格等于[边际成本]": the other side, as "Work equals [force times distance]". Not a
    # condition ("当…等于…时", "若…等于…，…"), a number ("等于零"), nor a formula (asked
    # whole by its own shape: test_cjk_formulas.py).
    shown, _, _ = build(tmp_path, OPENING +
                        "在完全竞争市场中，价格等于边际成本。\n\n"
                        "当边际收益等于边际成本时，利润最大。\n\n"
                        "若平均收益等于平均成本，厂商的经济利润为零。\n\n"
                        "物体静止时合外力等于零。\n")
    assert answers_of(shown) == [["边际成本"]], shown.fronts
    assert raw_asking(shown, "边际成本") == "在完全竞争市场中，价格等于{{c1::边际成本}}。"
