"""The test audit of tests/test_quality34.py and tests/test_quality35.py: assertions that
would still pass with their behaviour broken (an answer word the front hides, a negative an
empty deck passes, a line that makes no card anyway). Each test here names the cards Anki
shows, and fails under the break the audit tried (its parent commit's code, or the rule
switched off)."""

from support import cards_shown
from test_quality35 import _COLD_WAR, _asked


def _fronts(tmp_path, source: str) -> list[str]:
    return [" ".join(front.split("\n")[-1].split())
            for front, _ in cards_shown(tmp_path, source, text=True)]


def test_a_jekyll_code_block_makes_no_card(tmp_path):
    # With the highlight tags kept, the code was read as prose: "[...] — [x ∗ x for x in
    # range(10)]" ("squares", the hidden word, never shows on a front).
    source = ("# Templates\n\n## Tags\n\n"
              "- The `{% for item in items %}` tag loops over a **list** in a template.\n\n"
              "{% highlight python %}\nsquares = [x * x for x in range(10)]\n"
              "{% endhighlight %}\n")
    cards = cards_shown(tmp_path, source)
    assert len(cards) == 1 and not any("range(10)" in front + back for front, back in cards), \
        cards


def test_a_quiz_makes_one_card_a_question_and_no_card_an_option(tmp_path):
    # Asked as facts, the options hid their own words ("c) Macbeth lying to [...]"): a front
    # never shows the word it hides, so the backs are what tell.
    source = ("# Revision\n\n## Quick quiz\n\n"
              '1. Who says "Fair is foul, and foul is fair"?\n'
              "   - a) Macbeth\n   - b) the Witches ✅\n   - c) Banquo\n"
              '2. The Porter\'s joke about an "equivocator" refers to…\n'
              "   - a) the Witches\n   - b) the Gunpowder Plot trials **← answer**\n"
              "   - c) Macbeth lying to Banquo\n"
              "3. What metre do the witches speak in? → trochaic tetrameter\n\n"
              "## Practice\n\n"
              "MCQ from the mock: which process is rocks colliding and getting smaller?\n"
              "A) abrasion B) attrition ✔ C) hydraulic action D) solution\n\n"
              "**Q:** in a R dominant heart the PDA comes from\n**A:** RCA\n\n"
              "**Q :** Qu'est-ce que le « mal du siècle » ?\n"
              "**R :** Un sentiment de mélancolie partagé par la jeunesse.\n")
    asked = _asked(tmp_path, source)
    assert len(asked) == 6, asked
    assert not any(word in back for back in asked.values()
                   for word in ("Banquo", "abrasion", "hydraulic", "a) Macbeth")), asked


def test_a_task_question_makes_no_card_beside_a_fact(tmp_path):
    # The task was skipped, and the deck built nothing else: an empty deck passed.
    source = ("# Psychology\n\n## Methods\n\nAn **independent variable** is what the researcher "
              "changes.\n\n> [!example]- Applying it\n"
              "> Q: A psychologist tests whether music affects revision. Identify the IV "
              "and DV.\n> IV: whether music is played or not.\n")
    assert _fronts(tmp_path, source) == ["An [...] is what the researcher changes."]


def test_the_cold_war_page_makes_exactly_its_cards(tmp_path):
    # "assert backs" could not fail, and the JFK line makes no card at all now.
    assert _fronts(tmp_path, _COLD_WAR) == [
        "lifted 12 May [...]", "Consequences: Germany split into [...] , NATO formed",
        "consequences: FRG (May 49) + [...] (Oct 49), NATO, Germany divided for 40 yrs"]


def test_a_lab_write_up_with_formulas_is_no_result(tmp_path):
    # With no formula the write-up was refused by another check; with one, only the lab
    # write-up rule keeps "— Conclusion: [...]" from being asked.
    source = ("# Chemistry\n\n## Rates of reaction\n- Hypothesis: raising $[HCl]$ speeds up the "
              "reaction\n- Conclusion: the rate doubled, so it is first order in $[HCl]$\n")
    assert not any("— Conclusion: [...]" in front for front in _fronts(tmp_path, source))


def test_an_order_makes_no_card_beside_a_fact(tmp_path):
    source = ("# Thermal physics\n\n## Lab safety\nAlways wear goggles when heating liquids.\n\n"
              "## Convection\nConvection currents carry heat through fluids.\n")
    assert _fronts(tmp_path, source) == ["Convection currents carry [...] through fluids."]


def test_a_hard_wrapped_list_title_titles_both_items(tmp_path):
    source = ("# Plant biology\n\n## Photosynthesis\nPlants absorb carbon dioxide through the "
              "stomata (pores in the leaf)\nduring the day, together with:\n"
              "- water from the roots\n- light energy from the sun\n")
    fronts = [" ".join(front.split()) for front, _ in cards_shown(tmp_path, source)]
    assert len(fronts) == 2 and all(front.startswith(
        "Plant biology › Plants absorb carbon dioxide through the stomata (pores in the leaf) "
        "during the day, together with") for front in fronts), fronts


def test_sample_3402s_junk_leaves_the_one_fact(tmp_path):
    source = ("# 形態素\n\n## この章で学ぶこと\n"
              "- 形態素と語彙素の概念を理解し、両者の違いを知る。\n"
              "- 形態素解析ツールを使ってみる。\n\n"
              "## Sensors\n* Inside is an electrochemical sensor, which tells us the "
              "concentration of glucose\n* A **glucometer** measures the concentration of "
              "glucose in a drop of blood\n")
    assert _fronts(tmp_path, source) == [
        "A [...] measures the concentration of glucose in a drop of blood"]


def test_parts_of_a_topic_abroad_leave_the_facts_under_them(tmp_path):
    source = ("# Guerra Civil\n\n"
              "## Consecuencias\n\nLa guerra terminó con la victoria de Franco, que gobernó "
              "hasta su muerte.\n\n"
              "## Antecedentes\n\nLa monarquía cayó tras las elecciones municipales.\n\n"
              "## Conseguenze\n\nLa guerra finì con la vittoria di Franco.\n\n"
              "## Contexto\n\nA monarquia caiu depois das eleições municipais.\n")
    assert sorted(_fronts(tmp_path, source)) == [
        "La guerra finì con la vittoria di [...] .",
        "La guerra terminó con la victoria de [...] , que gobernó hasta su muerte."]


def test_a_romance_article_number_leaves_one_card(tmp_path):
    source = ("# Direito constitucional\n\n## Ações\n\n"
              "A **ação popular** anula ato lesivo ao patrimônio público (art. 5º, LXXIII).\n\n"
              "Ação civil pública → não está no art. 5º, é função institucional do MP.\n")
    assert _fronts(tmp_path, source) == [
        "A [...] anula ato lesivo ao patrimônio público (art. 5º, LXXIII)."]


def test_an_answer_saying_the_name_is_its_definition(tmp_path):
    source = "# 海岸地貌\n\n## 什么是沙丘？\n\n沙丘是风力堆积形成的沙质丘状地貌。\n"
    assert _fronts(tmp_path, source) == ["沙丘是风力堆积形成的 [...] 。"]


def test_a_sentence_leaning_on_the_one_before_makes_no_card(tmp_path):
    # The test it strengthens asked leans_on_before() itself for the "formula" sentence.
    source = ("# Music and history\n\n## Major scales\nThe major scale follows the steps "
              "tone, tone, semitone.\n\nAnd that's the \"formula\" of a **major scale**.\n\n"
              "## Minor scales\nThe natural minor scale lowers the "
              "third degree.\n\nSo that's why the **minor scale** sounds sad.\n\n## Britain\n"
              "Thatcher's government privatised **British Gas** in 1986.\n")
    fronts = _fronts(tmp_path, source)
    assert not any(front.startswith(("So that's why", "And that's the")) for front in fronts), \
        fronts
    assert "Thatcher's government privatised [...] in 1986." in fronts, fronts
