"""Clinical prose under headings that name parts of a topic (issue 14, para16): the heading
"Risk factors" is no term to hide in "Risk factors for … are …", "Recovery is slow because
of this" defines nothing, and "About 85% of strokes are ischaemic" is a share, no term."""

from __future__ import annotations

from pathlib import Path

from deck_builder.readers.markdown import read


def _read(tmp_path: Path, body: str):
    path = tmp_path / "note.md"
    path.write_text(f"---\ntitle: Cerebrovascular disease\n---\n{body}", encoding="utf-8")
    article, _ = read(path, path.read_text(encoding="utf-8"))
    return article


def test_a_heading_naming_a_part_of_a_topic_is_no_term(tmp_path):
    article = _read(tmp_path, "## Risk factors\n\nRisk factors for haemorrhagic stroke are "
                              "anticoagulation and amyloid angiopathy.\n")
    assert "Risk factors" not in article.terms
    assert not article.sections[0].definitions


def test_a_reason_is_no_definition(tmp_path):
    article = _read(tmp_path, "## Prognosis\n\nRecovery is slow because of this.\n")
    assert not any(s.definitions for s in article.sections)


def test_a_share_of_things_is_no_term(tmp_path):
    article = _read(tmp_path, "## Overview\n\nAbout 85% of strokes are ischaemic.\n")
    assert not any(s.definitions for s in article.sections)


def test_the_card_asks_the_role_and_the_share_not_the_heading(tmp_path):
    # What the three readings above leave for the learner, as Anki shows it: the role's
    # filler and the share are asked; the heading is not hidden; nothing from "because of
    # this" (the reader tests would also pass on an article read as empty).
    from test_markdown_idioms import build
    shown, _, _ = build(tmp_path, (
        "# Cerebrovascular disease\n\n## Risk factors\n\nRisk factors for haemorrhagic "
        "stroke are anticoagulation and amyloid angiopathy.\n\n## Overview\n\nAbout 85% of "
        "strokes are ischaemic.\n\n## Prognosis\n\nRecovery is slow because of this.\n"))
    # (The two risk factors are a set, one a card with the other shown: sets22.)
    assert sorted(answers for _, answers, *_ in shown) == [
        ["85%"], ["anticoagulation", "amyloid angiopathy"]], shown.fronts
    assert any(front.endswith("Risk factors for haemorrhagic stroke are [...] and amyloid "
                              "angiopathy .") for front in shown.fronts), shown.fronts
    assert any(front.endswith("About [...] of strokes are ischaemic.")
               for front in shown.fronts), shown.fronts
