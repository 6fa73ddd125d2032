"""Sets and enumerations (issue 15, tenth review): a grouped list's card asks one item of a
set its front names, and each item is one thing to recall."""

from __future__ import annotations

from support import cloze_answers
from test_card_quality import _cloze, col  # noqa: F401  (col is a fixture)
from test_markdown_idioms import build, check

_LIST = "- Current\n- Potential difference\n- Resistance\n"


def test_a_grouped_list_under_a_generic_heading_makes_no_card_and_check_says_why(tmp_path):
    # "Current; […]; Resistance" under "Introduction": no front says what set it is.
    source = f"# Electricity\n\n## Introduction\n\n{_LIST}"
    shown, result, _ = build(tmp_path, source)
    assert shown == [] and "(0 notes)" in result.output  # no note of any kind
    assert "the list has no title saying what it lists" in check(tmp_path, source)
    # The same list under a line naming it is one note, a card per item.
    shown, _, _ = build(tmp_path / "titled", f"# Electricity\n\nQuantities:\n{_LIST}")
    ((_, answers, _, context, _, _),) = shown
    assert (answers, context) == (["Current", "Potential difference", "Resistance"],
                                  "Electricity › Quantities")


def test_a_grouped_list_whose_title_shows_an_item_asks_the_others(tmp_path):
    # "Computer Networks" over "Application; Transport; Network": the title answers the
    # card for "Network", which is not made; the others keep the title, which says what set
    # they are of (before cover16 the whole list made no card: masked, the title went).
    source = "# Computer Networks\n\nLayers:\n- Application\n- Transport\n- Network\n"
    shown, _, _ = build(tmp_path, source)
    ((_, answers, _, context, _, _),) = shown
    assert (answers, context) == (["Application", "Transport"], "Computer Networks › Layers")
    assert 'answer "Network" is said by the list\'s title' in check(tmp_path, source)


def test_an_item_of_several_things_or_a_clause_is_not_asked(tmp_path):
    source = ("# Networks\n\nKey features of TCP:\n- connection-oriented\n"
              "- reliable, in-order delivery\n- flow control and congestion control\n\n"
              "Causes of market failure:\n- Merit and Demerit Goods\n- Public goods\n"
              "- a few firms that set the prices of the market\n")
    shown, _, _ = build(tmp_path, source)
    ((tcp, tcp_answers, *_), (_, market_answers, *_)) = shown
    assert tcp_answers == ["connection-oriented", "reliable, in-order delivery"]
    assert "flow control and congestion control" in tcp  # still on the front, as context
    tcp_fronts = [f for f in shown.fronts if "Key features of TCP" in f]
    assert len(tcp_fronts) == 2 and all(
        f.endswith("; flow control and congestion control") and f.count("[") == 1
        for f in tcp_fronts), shown.fronts
    # Two words sharing a head are one thing ("Merit and Demerit Goods"), asked.
    assert market_answers == ["Merit and Demerit Goods", "Public goods"]
    said = check(tmp_path, source)
    assert '"flow control and congestion control" names several things behind one gap' in said
    assert '"a few firms that set the prices of the market" is a clause' in said


def test_a_table_row_cell_of_several_examples_is_not_asked(tmp_path):
    shown, _, _ = build(tmp_path, (
        "# Transport\n\n## TCP\n\nReliable.\n\n## UDP\n\nFast.\n\n## Compared\n\n| TCP | UDP |"
        "\n|---|---|\n| Connection-oriented | Connectionless |\n"
        "| Used by HTTP, SMTP, SSH | Used by DNS, VoIP, games |\n"))
    assert [sorted(s[1]) for s in shown] == [["Connection-oriented", "Connectionless"]]


def test_the_checker_names_a_list_card_with_no_title_or_of_several_things(col):  # noqa: F811
    untitled = _cloze(col, "Current; {{c1::Potential difference}}; Resistance",
                      context="Electricity › Introduction")
    assert any("no title saying what it lists" in w for w in untitled), untitled
    items = "connection-oriented; reliable delivery; {{c1::%s}}"
    several = _cloze(col, items % "flow control and congestion control",
                     context="Key features of TCP")
    assert any("several things behind one gap" in w for w in several), several
    # weak_cards lists every weak card of the collection: the two above stay, no third.
    assert len(_cloze(col, items % "flow control", context="Key features of TCP")) == len(several)


def test_the_seed_asks_no_filler_or_open_example(seed_collection):
    # The tenth review judged these gaps of the seed junk or weak: a filler verb the next
    # sentence restates, a gap its own sentence paraphrases, an open "such as [...]". The
    # seed marks the fact beside each instead; its 49 notes stay. Four reviews of
    # 2026-12-02 judged the soft phrases after them guessable ("the group’s harmony",
    # "mutual support", "suppressed"): those facts ask which worldview they are of.
    answers = {a for nid in seed_collection.find_notes("")
               for note in [seed_collection.get_note(nid)] if "Text" in note
               for card in note.cards() for a in cloze_answers(note, card.ord)}
    assert len(seed_collection.find_notes("")) == 49
    assert {"celebrated and encouraged", "social shaming", "the group’s harmony",
            "mutual support", "suppressed"}.isdisjoint(answers)
    assert {"Personal achievements", "Collectivist", "collectivist"} <= answers


def test_a_qualitys_object_shown_on_the_front_is_masked_with_its_gap(tmp_path):
    # "… more [resistant to change] … because change is seen as …" (the tenth review): the
    # object tells the quality as a first word does. So does a name's capitalised word after
    # "of": "an effect that satisfies" says "Law of Effect" as "The Terror" said "Reign of
    # Terror" (the thirteenth review: junk), and is masked with it.
    shown, _, _ = build(tmp_path, (
        "# Cultures\n\nCollectivist societies may be more **resistant to change** than others, "
        "because change is seen as a threat to harmony.\n\nThorndike's **Law of Effect** says "
        "an effect that satisfies makes a response likelier.\n"))
    ((_, _, _, _, resistant, _), (_, _, _, _, law, _)) = shown
    assert "change" not in resistant.replace("{{c1::resistant to change}}", "").replace(
        "{{c1::change}}", "") and resistant.count("{{c1::") == 2
    assert law.count("{{c1::") == 2 and "an {{c1::effect}}" in law


def test_a_grouped_list_titled_as_an_open_set_makes_no_card_and_check_says_why(tmp_path):
    # "Drugs to avoid with statins: [...]; Grapefruit juice; Ciclosporin" (a blind review:
    # junk, "many other right answers, e.g. erythromycin, itraconazole"): the title says
    # the items are a sample of a larger set, so any other member fits the gap.
    for title in ("**Drugs to avoid with statins**", "Examples of statins:",
                  "Other causes include:", "Some risk factors, e.g.:"):
        source = (f"# Cardiovascular pharmacology\n\n## Statins\n\n{title}\n\n"
                  "1. **Clarithromycin**\n2. **Grapefruit juice**\n3. **Ciclosporin**\n")
        shown, result, _ = build(tmp_path / str(len(title)), source)
        assert shown == [] and "(0 notes)" in result.output, (title, shown.fronts)
        assert "names a sample of an open set" in check(tmp_path, source)
    # An item that says more than its name is asked from what it says.
    shown, _, _ = build(tmp_path / "described", (
        "# Asthma\n\n## Diagnosis\n\n### Other Tests\n- Methacholine challenge (if "
        "spirometry normal)\n- Exhaled nitric oxide (FeNO) - elevated in eosinophilic "
        "asthma\n- Allergy testing\n"))
    answers = [a for s in shown for a in s[1]]
    assert "Methacholine challenge" in answers and "Allergy testing" not in answers, answers
    # A closed set, named by its title or counted, is asked as before.
    for title in ("**Classes of drugs for heart failure**",
                  "The four classes of drugs include:"):
        source = (f"# Cardiovascular pharmacology\n\n## Heart failure\n\n{title}\n\n"
                  "1. **ACE inhibitors**\n2. **Beta blockers**\n3. **Diuretics**\n")
        shown, _, _ = build(tmp_path / f"closed{len(title)}", source)
        assert [s[1] for s in shown] == [["ACE inhibitors", "Beta blockers", "Diuretics"]], \
            title
