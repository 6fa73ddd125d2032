"""Faults a learner found reading the cards of the newest style articles (tests/data/styles),
each fixed at its general cause: a note is built alone and imported into Anki, and what the
learner is asked is checked."""

from __future__ import annotations

from test_markdown_idioms import build

from deck_builder.quality import related, stem


def test_a_letter_typed_as_an_item_is_no_name_nor_the_context_of_its_points(tmp_path):
    # "Ranolazine; D; Propranolol" and "› D [Reduced intracranial pressure]; …" (junk): "D"
    # is a list's mark, no member of the names beside it and no topic of its points.
    shown, _, _ = build(tmp_path, (
        "# Drugs\n\n## Antiarrhythmics\n\n"
        "- Ranolazine\n  - Lowers neither heart rate nor blood pressure\n"
        "  - Used for chronic angina\n"
        "- D\n  - Reduced intracranial pressure\n  - Less nausea after surgery\n"
        "- Propranolol\n  - Crosses into the brain more than most beta blockers\n"
        "  - Given for performance anxiety and essential tremor\n"))
    for front in shown.fronts:
        assert "; D;" not in front and "› D " not in front, shown.fronts
    assert not any(answer == "D" for _, answers, *_ in shown for answer in answers), shown


def test_a_letter_the_article_defines_is_still_a_name(tmp_path):
    # The mark rule leaves a symbol the article defines ("pH") to be read as before.
    source = ("# Chemistry\n\n## Glossary\n\n- **pH**: a measure of acidity\n\n## Notes\n\n"
              "- pH\n  - Falls as an acid is added to water\n"
              "  - Rises as a base is added to water\n")
    shown, _, _ = build(tmp_path, source)
    assert any("pH" in answers for _, answers, *_ in shown), shown


def test_a_value_that_restates_its_label_is_not_asked(tmp_path):
    # "Digoxin immune Fab: [Digoxin toxicity]" (weak: the front holds half the answer) and
    # "Dose calculations: [Weight-based dosing]" (junk, the label's restatement).
    shown, _, _ = build(tmp_path, (
        "# Pharmacology\n\n## Antidotes\n\n- **Digoxin immune Fab**: Digoxin toxicity\n"
        "- **Naloxone**: Opioid overdose\n- **Dose calculations**: Weight-based dosing\n"))
    assert not any(front.endswith((": [...]", ":[...]")) for front in shown.fronts), \
        shown.fronts
    assert not any(a in ("Digoxin toxicity", "Weight-based dosing")
                   for _, answers, *_ in shown for a in answers), shown


def test_stems_of_one_word_with_a_changing_root_are_related():
    # Snowball stems "resolves" and "Resolution" apart (resolv, resolut), and so
    # "anaesthetic" and "Anaesthesia": a learner reads each pair as one word.
    for one, other in (("resolves", "Resolution"), ("anaesthetic", "Anaesthesia"),
                       ("describe", "description"), ("receive", "reception"),
                       ("analytic", "analysis"), ("diagnostic", "diagnosis")):
        assert related(stem(one), stem(other)), (one, other)
        assert related(stem(other), stem(one)), (other, one)
    for one, other in (("contain", "content"), ("protein", "protect"), ("compare", "company")):
        assert not related(stem(one), stem(other)), (one, other)


def test_a_heading_meaning_that_says_the_heading_in_another_form_is_not_asked(tmp_path):
    # "[Resolution] — … the scales it resolves" and "[Local Anaesthesia] — Administration of
    # anaesthetic agents …" (weak: the front says the answer by stem).
    shown, _, _ = build(tmp_path, (
        "# Local Anaesthesia (LA)\n\n"
        "> Administration of anaesthetic agents to a specific part of the body to block "
        "sensation in that area\n\n## Climate system\n\n### Resolution (in both time and space)"
        "\n\nThe timestep of the model and the horizontal and vertical scales it resolves.\n\n"
        "### Sublimation\n\nChange of a solid directly into a gas without passing through the "
        "liquid state.\n"))
    answers = [a for _, found, *_ in shown for a in found]
    assert "Sublimation" in answers, shown
    assert "Resolution" not in answers and "Local Anaesthesia" not in answers, shown


def test_a_sentence_of_the_authors_intent_is_no_fact(tmp_path):
    # "We mean to show … friction turns work into [heat]" (junk): what the notes mean to
    # show is no fact; the sentence after it still is.
    shown, result, _ = build(tmp_path, (
        "# Energy\n\n## Work\n\nBy contrast, we mean to show in the lab that friction turns "
        "work into heat. The joule was named after James Prescott Joule in 1882.\n"))
    assert not any("mean to show" in front for front in shown.fronts), shown.fronts
    assert any("1882" in answers for _, answers, *_ in shown), shown


def test_half_of_a_name_is_not_asked_beside_its_other_half(tmp_path):
    # "Green [Open Access]" (weak: the front holds half the term asked): a phrase the
    # article says again is not hidden where it is part of a longer name.
    shown, _, _ = build(tmp_path, (
        "# Research methods lecture\n\n## Publishing\n\nSome funders have become publishers "
        "themselves (referred to as Diamond Open Access).\n\n"
        "Green Open Access lets authors share a copy of their paper.\n"))
    assert not any(front.startswith("Research methods lecture › Publishing Green [...]")
                   for front in shown.fronts), shown.fronts


def test_a_one_word_name_closing_its_sentence_after_of_is_not_asked(tmp_path):
    # "La guerra de 1870 cambió el equilibrio de [Europa]" (weak: a bare name many would
    # fit): it says whose the balance is, not the sentence's news.
    shown, _, _ = build(tmp_path, (
        "# Historia\n\n## Historia de Francia\n\nLa Bastilla fue tomada por el pueblo de "
        "París el 14 de julio de 1789.\n\nLa guerra de 1870 cambió el equilibrio de Europa.\n"))
    assert not any("Europa" in answers for _, answers, *_ in shown), shown
