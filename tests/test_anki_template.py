"""The preview's renderer of Anki templates, against the real thing: the anki package."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import examples, imported

from deck_builder.anki.card_template import (
    CardTemplate,
    cloze_numbers,
    field_is_empty,
    reveal_clozes,
)
from deck_builder.errors import TemplateProblem

FIELDS = ("Text", "Context", "Source")


def card(qfmt: str, afmt: str = "{{FrontSide}}", cloze: bool = False) -> CardTemplate:
    return CardTemplate.parse("Card 1", qfmt, afmt, FIELDS, cloze=cloze)


def test_fields_and_conditionals():
    template = card("{{#Context}}<i>{{Context}}</i>{{/Context}}{{^Source}}none{{/Source}}{{Text}}",
                    "{{FrontSide}}<hr id=answer>{{ Source }}")
    shown = template.render({"Text": "T", "Context": "C", "Source": ""})
    assert (shown.question, shown.answer) == ("<i>C</i>noneT", "<i>C</i>noneT<hr id=answer>")
    shown = template.render({"Text": "T", "Context": "<br> <div></div>", "Source": "S"})
    assert (shown.question, shown.answer) == ("T", "T<hr id=answer>S")


@pytest.mark.parametrize("value, empty", [
    ("", True), (" \n\t", True), ("<br>", True), ("<BR />", True), ("<div></div>", True),
    ("&nbsp;", False), ("\u00a0", False), ("\u200b", False), ("<p></p>", False),
    ("<div class=x></div>", False), ("x", False),
])
def test_empty_fields_are_what_anki_calls_empty(value, empty):
    assert field_is_empty(value) is empty


def test_cloze_front_hides_this_cards_deletion_and_shows_the_others():
    text = "A {{c1::b}} c {{c2::d::hint}}."
    assert reveal_clozes(text, 1, question=True) == (
        'A <span class="cloze" data-cloze="b" data-ordinal="1">[...]</span> c '
        '<span class="cloze-inactive" data-ordinal="2">d</span>.')
    assert reveal_clozes(text, 2, question=True) == (
        'A <span class="cloze-inactive" data-ordinal="1">b</span> c '
        '<span class="cloze" data-cloze="d" data-ordinal="2">[hint]</span>.')
    assert reveal_clozes(text, 2, question=False) == (
        'A <span class="cloze-inactive" data-ordinal="1">b</span> c '
        '<span class="cloze" data-ordinal="2">d</span>.')
    assert reveal_clozes(text, 3, question=True) == ""


def test_cloze_edge_cases_follow_anki():
    assert cloze_numbers("{{c1::a {{c2::b}}}} {{c3::never closed") == {1, 2}
    assert reveal_clozes("x {{c1::a}} {{c3::gone", 1, question=False) == (
        'x <span class="cloze" data-ordinal="1">a</span> ')
    assert reveal_clozes("}} {{c1::&amp; é…}}", 1, question=True) == (
        '}} <span class="cloze" data-cloze="&amp;amp&#x3B;&#x20;&#xE9;…" data-ordinal="1">'
        '[...]</span>')
    # Content escaped by render.py cannot make a deletion: `:&#58;` and `&#125;` are text.
    assert cloze_numbers("{{c1::a:&#58;b&#125;&#125;}}") == {1}


def test_blank_cards_are_reported_as_anki_reports_them():
    template = card("{{#Text}}{{Context}}{{/Text}}")
    assert template.render({"Text": "x", "Context": "", "Source": ""}).blank == (
        "The front of this card is blank.")
    assert template.render({"Text": "x", "Context": "y", "Source": ""}).blank is None
    cloze = card("{{cloze:Text}}", "{{cloze:Text}}", cloze=True)
    assert cloze.render({"Text": "{{c1::a}}", "Context": "", "Source": ""}, 2).blank == (
        "No cloze 2 found on card.")


@pytest.mark.parametrize("qfmt, message", [
    ("{{hint:Text}}", "the preview renders only"),
    ("{{text:cloze:Text}}", "the preview renders only"),
    ("{{Nope}}", "{{Nope}} names no field of the note type (fields: Text, Context, Source)"),
    ("{{#Text}}x", "{{#Text}} is never closed"),
    ("{{#Text}}x{{/Context}}", "found {{/Context}} where {{/Text}} was expected"),
    ("x{{/Text}}", "found {{/Text}} where no closing tag was expected"),
    ("{{Text", "a '{{' is never closed"),
])
def test_what_the_preview_cannot_render_is_a_template_problem(qfmt, message):
    with pytest.raises(TemplateProblem) as error:
        card(qfmt)
    assert message in str(error.value)
    assert 'card type "Card 1" front' in str(error.value)


# -- against Anki ----------------------------------------------------------------------------
CLOZE_QFMT = "{{#Context}}<i>{{Context}}</i>{{/Context}}{{^Source}}-{{/Source}}|{{cloze:Text}}|"
CLOZE_AFMT = "{{cloze:Text}}<hr id=answer>{{cloze:Context}}{{Source}}"
PLAIN_FIELDS = ("Dimension", "Comparison", "Source")  # of the compare note type
PLAIN_QFMT = ("{{#Dimension}}A{{Comparison}}{{^Source}}M{{/Source}}"
              "{{#Comparison}}[{{Comparison}}]{{/Comparison}}{{/Dimension}}")
PLAIN_AFMT = "{{FrontSide}}\n<hr id=answer>{{ Dimension }}{{#Source}}{{Source}}{{/Source}}"
PIECES = ["{{c1::", "{{c2::", "{{c12::", "{{c0::", "}}", "::", ":", "{", "}", "a", "b c", " ",
          "\n", "\t", "\u00a0", "\u200b", "&amp;", "&nbsp;", "<b>", "</b>", "<br>", "<BR />",
          "<div>", "</div>", "<div class=x>", "é", "…", "'", '"', "c1", "{{c1::x}}"]
field_values = st.lists(st.sampled_from(PIECES), max_size=8).map("".join)


@pytest.fixture(scope="module")
def anki(seed_build, tmp_path_factory):
    with imported(tmp_path_factory.mktemp("anki-render"), seed_build[0]) as col:
        yield col


def _anki_card(col, notetype: str, values: dict[str, str], ord_: int, qfmt: str, afmt: str):
    """The card as Anki renders it, from a note that is never added to the collection."""
    note = col.new_note(col.models.by_name(notetype))
    for name, value in values.items():
        note[name] = value
    custom = {"name": "Card 1", "qfmt": qfmt, "afmt": afmt, "ord": 0}
    return note.ephemeral_card(ord_, custom_template=custom)


def _assert_renders_as_anki(anki_card, ours):
    output = anki_card.render_output()
    if ours.blank is None:
        assert (ours.question, ours.answer) == (output.question_text, output.answer_text)
    else:
        # Anki appends its message to the question and shows only the message as the answer.
        assert output.question_text.startswith(ours.question + "<div>")
        assert ours.blank.split()[0] in output.answer_text


@settings(max_examples=examples(150), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=st.tuples(field_values, field_values, field_values), ordinal=st.integers(1, 3))
def test_cloze_cards_render_exactly_as_anki_renders_them(anki, values, ordinal):
    values = dict(zip(FIELDS, values, strict=True))
    ours = card(CLOZE_QFMT, CLOZE_AFMT, cloze=True).render(values, ordinal)
    theirs = _anki_card(anki, "deck-builder Cloze", values, ordinal - 1, CLOZE_QFMT, CLOZE_AFMT)
    _assert_renders_as_anki(theirs, ours)


@settings(max_examples=examples(150), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=st.tuples(field_values, field_values, field_values))
def test_plain_cards_render_exactly_as_anki_renders_them(anki, values):
    values = dict(zip(PLAIN_FIELDS, values, strict=True))
    ours = CardTemplate.parse("Card 1", PLAIN_QFMT, PLAIN_AFMT, PLAIN_FIELDS).render(values)
    theirs = _anki_card(anki, "deck-builder Compare", values, 0, PLAIN_QFMT, PLAIN_AFMT)
    _assert_renders_as_anki(theirs, ours)
