"""A bare name of an unordered set, hidden beside its siblings, shows its initials (issue 15:
four blind reviews judged "Shield volcano; Composite volcano; Cinder cone; [...]" junk, "no
cue which type is missing"; the other members shown do not say which one is asked)."""

from __future__ import annotations

from test_markdown_idioms import build

VOLCANOES = ("# Types of volcano\n\n- Shield volcano\n- Composite volcano\n- Cinder cone\n"
             "- Caldera\n")


def test_each_bare_name_of_an_unordered_set_shows_its_initials(tmp_path):
    shown, _, _ = build(tmp_path, VOLCANOES)
    assert shown.fronts == sorted([
        "Types of volcano [S… v…] ; Composite volcano ; Cinder cone ; Caldera",
        "Types of volcano Shield volcano ; [C… v…] ; Cinder cone ; Caldera",
        "Types of volcano Shield volcano ; Composite volcano ; [C… c…] ; Caldera",
        "Types of volcano Shield volcano ; Composite volcano ; Cinder cone ; [C…]",
    ])
    # The back says the name whole: the hint is only on the front.
    ((text, answers, *_),) = shown
    assert answers == ["Shield volcano", "Composite volcano", "Cinder cone", "Caldera"]
    assert "…" not in text


def test_a_leading_article_gives_no_initial(tmp_path):
    source = ("# Photosynthesis\n\nThe two stages of photosynthesis:\n\n"
              "- The light-dependent reaction\n- The Calvin cycle\n")
    shown, _, _ = build(tmp_path, source)
    assert any(front.endswith("; [C… c…]") for front in shown.fronts), shown.fronts


def test_a_numbered_list_is_cued_by_its_order_and_shows_no_hint(tmp_path):
    source = ("# Networks\n\n## The seven layers\n\nFrom the bottom up:\n\n1. Physical\n"
              "2. Data link\n3. Network\n4. Transport\n5. Session\n6. Presentation\n"
              "7. Application\n")
    shown, _, _ = build(tmp_path, source)
    assert shown.fronts and all("…" not in f and f.count("[...]") == 1 for f in shown.fronts), \
        shown.fronts


def test_an_item_that_says_more_than_a_name_is_asked_from_what_it_says(tmp_path):
    # "Pumice" among labelled rocks is a bare name (hinted); "Granite: coarse crystals …"
    # is asked from its description, which is its cue: no hint there.
    source = ("# Rocks\n\n## Igneous rocks\n\n- Granite: coarse crystals, cooled slowly\n"
              "- Basalt: fine crystals, cooled quickly\n- Pumice\n")
    shown, _, _ = build(tmp_path, source)
    assert "Rocks › Igneous rocks Granite; Basalt; [P…]" in shown.fronts, shown.fronts
    described = [f for f in shown.fronts if "coarse crystals" in f]
    assert described and all("…" not in f for f in described), shown.fronts
