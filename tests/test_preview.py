"""`deck-builder preview`: every card of the package, shown as Anki shows it, in one page."""

from __future__ import annotations

import base64
import hashlib
import re
from collections import Counter
from pathlib import Path

import click
import genanki
from page import read_page
from support import HOSTILE, SEED, copy_seed, notes, package_cards, run, visible

from deck_builder.notes import Facets, OutNote
from deck_builder.preview import preview_cards


def test_every_card_of_the_package_is_on_the_page_once(seed_build, seed_page):
    cards, _ = read_page(seed_page[0].read_text())
    assert sorted(c.key for c in cards) == package_cards(seed_build[0])
    assert seed_page[1] == f"wrote {seed_page[0]} (49 notes, {len(cards)} cards)\n"


def test_each_side_shows_the_text_anki_renders(seed_collection, seed_page):
    cards, _ = read_page(seed_page[0].read_text())
    on_page = {c.key: c.sides for c in cards}
    compared = 0
    for note in notes(seed_collection):
        for card in note.cards():
            sides = on_page[(note.guid, card.ord)]
            assert visible(sides["front"]) == visible(card.question())
            assert visible(sides["back"]) == visible(card.answer())
            compared += 1
    assert compared == len(cards) == seed_collection.card_count()


def test_the_cards_html_is_anki_s_html(seed_collection, seed_page):
    """Not only the text: the markup the note type's CSS styles is Anki's too."""
    cards, _ = read_page(seed_page[0].read_text())
    on_page = {c.key: c.sides for c in cards}
    compared = 0
    for note in notes(seed_collection):
        for card in note.cards():
            output = card.render_output()
            sides = on_page[(note.guid, card.ord)]
            assert sides["front"].strip() == output.question_text.strip()
            assert sides["back"].strip() == output.answer_text.strip()
            compared += 1
    assert compared == len(cards) == seed_collection.card_count()


def test_the_page_carries_the_note_types_css_scoped_to_the_cards(seed_page):
    text = seed_page[0].read_text()
    css = (Path(__file__).parent.parent / "templates" / "style.css").read_text().strip()
    assert f".pv-notetype-1 {{\n{css}\n}}" in text
    assert text.count('<div class="card" data-side=') == 2 * len(read_page(text)[0])


def test_the_summary_counts_notes_and_cards_by_kind_topic_and_citation(seed_collection,
                                                                       seed_page):
    text = seed_page[0].read_text()
    summary = text[text.index('<nav class="pv-summary"'):text.index("</nav>")]

    def row(name: str) -> tuple[int, int]:
        found = re.search(rf">{re.escape(name)}(?:</a>)?</th><td>(\d+)</td><td>(\d+)</td>",
                          summary)
        assert found, name
        return int(found[1]), int(found[2])

    col = seed_collection
    for kind, note_type in (("cloze", "deck-builder Cloze"), ("compare", "deck-builder Compare")):
        found = notes(col, f'note:"{note_type}"')
        assert row(kind) == (len(found), sum(len(n.cards()) for n in found))
    for tag in ("topic::individualism::strengths", "topic::differences", "cite::Triandis2018"):
        found = [n for n in notes(col) if tag in n.tags]
        assert row(tag.split("::", 1)[1]) == (len(found), sum(len(n.cards()) for n in found))
    uncited = [n for n in notes(col) if not any(t.startswith("cite::") for t in n.tags)]
    assert row("(no citation)") == (len(uncited), sum(len(n.cards()) for n in uncited))


def test_cards_are_grouped_by_article_then_topic(seed_page):
    text = seed_page[0].read_text()
    topics = re.findall(r'<section class="pv-topic" id="[^"]+">\n<h3>Topic <code>([^<]+)</code>',
                        text)
    assert topics[:3] == ["overview", "individualism", "individualism::strengths"]
    assert len(topics) == len(set(topics)) == 12
    assert text.count('<section class="pv-article"') == 1


def test_a_selection_previews_only_the_cards_it_selects(tmp_path):
    article = copy_seed(tmp_path / "cards")
    page = tmp_path / "collectivism.html"
    run("preview", article, "--topic", "collectivism", "-o", page)
    cards, _ = read_page(page.read_text())
    topics = {t for c in cards for t in c.attrs["data-tags"].split() if t.startswith("topic::")}
    assert topics == {"topic::collectivism", "topic::collectivism::strengths",
                      "topic::collectivism::weaknesses"}
    run("build", article, "--topic", "collectivism", "-o", tmp_path / "c.apkg")
    assert sorted(c.key for c in cards) == package_cards(tmp_path / "c.apkg")


def test_content_is_text_on_the_page_and_runs_nothing(tmp_path):
    page = tmp_path / "hostile.html"
    run("preview", HOSTILE, "-o", page)
    text = page.read_text()
    cards, scripts = read_page(text)
    assert scripts == 1  # ours
    assert "<script>window" not in text and "<b>bold" not in text and "<img" not in text
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in text
    assert "Tom &amp; Jerry write &lt;b&gt;bold&lt;/b&gt;" in text
    assert "<title>Preview: Hostile &lt;i&gt;deck&lt;/i&gt;</title>" in text
    front = visible(next(c for c in cards if "Tom" in c.sides["front"]).sides["front"])
    assert "Tom & Jerry write <b>bold</b> and <script>window.__pwned=1</script> in [...]" in front
    assert not (HOSTILE.parent / "deck-builder.lock").exists()  # preview writes only the page


def test_the_page_asks_for_nothing_from_the_network(seed_page):
    text = seed_page[0].read_text()
    assert not re.findall(r"""(?:src|href)\s*=\s*["']?[^"'#\s>]""", text)  # only #anchors
    assert "url(" not in text and "@import" not in text
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', text)[1]
    assert policy.startswith("default-src 'none';")
    # The one inline script is allowed by its hash, so it runs and nothing else could.
    script = re.search(r"<script>(.*?)</script>", text, re.S)[1]
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in policy


def test_without_scripts_every_card_shows_and_the_search_box_hides(seed_page):
    text = seed_page[0].read_text()
    cards, _ = read_page(text)
    assert not [c for c in cards if "hidden" in c.attrs]
    assert re.search(r'<form class="pv-search" [^>]*\bhidden>', text)


def test_the_page_is_the_same_for_the_same_content(tmp_path, monkeypatch):
    # New notes take their ids from the build time; the page itself has no clock in it.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    article = copy_seed(tmp_path / "cards")
    run("preview", article, "-o", tmp_path / "a.html")
    run("preview", article, "-o", tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_removed_notes_are_previewed_as_the_package_carries_them(tmp_path):
    article = copy_seed(tmp_path / "cards")
    run("build", article, "-o", tmp_path / "first.apkg")
    text = article.read_text()
    article.write_text(re.sub(r'\n          - label: "Groupthink"\n.*\n', "\n", text))
    run("preview", article, "-o", tmp_path / "page.html")
    cards, _ = read_page((tmp_path / "page.html").read_text())
    removed = [c for c in cards if "deck-builder::removed" in c.attrs["data-tags"]]
    assert len(removed) == 1 and "fall into groupthink" in visible(removed[0].sides["back"])
    run("build", article, "-o", tmp_path / "second.apkg")
    assert sorted(c.key for c in cards) == package_cards(tmp_path / "second.apkg")


# -- the command -----------------------------------------------------------------------------
def test_default_output_is_build_preview_html(tmp_path, monkeypatch):
    copy_seed(tmp_path / "cards")
    monkeypatch.chdir(tmp_path)
    result = run("preview")
    # 82 cards but two "which concept?" cards whose cell is mostly its concept's own words
    assert result.output == "wrote build/preview.html (49 notes, 50 cards)\n"
    assert sorted(p.name for p in (tmp_path / "build").iterdir()) == ["preview.html"]


def test_open_launches_the_written_page(tmp_path, monkeypatch):
    launched = []
    monkeypatch.setattr(click, "launch", lambda url, **kw: launched.append(url))
    article = copy_seed(tmp_path / "cards")
    run("preview", article, "-o", tmp_path / "p.html", "--open")
    assert launched == [str((tmp_path / "p.html").resolve())]


def test_output_in_a_missing_folder_is_an_error(tmp_path):
    article = copy_seed(tmp_path / "cards")
    result = run("preview", article, "-o", tmp_path / "nope" / "p.html", expect=1)
    assert result.output == f"Error: cannot write {tmp_path / 'nope' / 'p.html'}: folder " \
                            f"{tmp_path / 'nope'} does not exist\n"


def test_a_selection_that_matches_nothing_is_a_usage_error(tmp_path):
    article = copy_seed(tmp_path / "cards")
    result = run("preview", article, "--topic", "nothing-like-it", expect=2)
    assert result.output.startswith('Error: --topic "nothing-like-it" matches nothing\n')


def test_templates_override_the_cards_and_the_page(tmp_path):
    article = copy_seed(tmp_path / "cards")
    templates = tmp_path / "templates"
    (templates / "preview").mkdir(parents=True)
    (templates / "style.css").write_text(".card { color: #123456; }")
    (templates / "preview" / "search.js").write_text("// no search here")
    run("preview", article, "-o", tmp_path / "p.html", "--templates", templates)
    text = (tmp_path / "p.html").read_text()
    assert ".pv-notetype-1 {\n.card { color: #123456; }\n}" in text
    assert "<script>// no search here</script>" in text


def test_a_template_the_preview_cannot_render_is_reported(tmp_path):
    article = copy_seed(tmp_path / "cards")
    templates = tmp_path / "templates"
    (templates / "cloze").mkdir(parents=True)
    (templates / "cloze" / "back.html").write_text("{{cloze:Text}}<hr id=answer>{{hint:Source}}")
    result = run("preview", article, "-o", tmp_path / "p.html", "--templates", templates,
                 expect=1)
    assert result.output == (
        'Error: note type "deck-builder Cloze", card type "Cloze" back: {{hint:Source}}: '
        "the preview renders only {{Field}}, {{#Field}}, {{^Field}}, {{cloze:Field}} and "
        "{{FrontSide}}\n")
    assert not (tmp_path / "p.html").exists()


def test_status_counts_say_what_changed_since_the_last_build(tmp_path):
    article = copy_seed(tmp_path / "cards")
    run("preview", article, "-o", tmp_path / "before.html")
    run("build", article, "-o", tmp_path / "s.apkg")
    run("preview", article, "-o", tmp_path / "after.html")
    lead = re.compile(r'<p class="pv-lead">(.*?)</p>', re.S)
    badges = Counter(re.findall(r'class="pv-status pv-(\w+)"',
                                (tmp_path / "before.html").read_text()))
    assert badges == Counter(new=50)  # every card of a note not built yet says so
    assert "49 new" in lead.search((tmp_path / "before.html").read_text())[1]
    assert "49 unchanged" in lead.search((tmp_path / "after.html").read_text())[1]
    statuses = Counter(re.findall(r'class="pv-status pv-(\w+)"',
                                  (tmp_path / "after.html").read_text()))
    assert statuses == Counter()  # unchanged cards carry no badge


def test_a_template_that_would_leave_cloze_notes_without_cards_is_refused(tmp_path):
    article = copy_seed(tmp_path / "cards")
    templates = tmp_path / "templates"
    (templates / "cloze").mkdir(parents=True)
    # The deletions are in Text; a front that shows only Context makes genanki write no card.
    (templates / "cloze" / "front.html").write_text("{{cloze:Context}}")
    for command, out in (("preview", "p.html"), ("build", "p.apkg")):
        result = run(command, article, "-o", tmp_path / out, "--templates", templates, expect=1)
        assert "must contain {{cloze:Text}}" in result.output
        assert not (tmp_path / out).exists()


def test_a_card_anki_would_call_blank_is_marked():
    model = genanki.Model(1, "Basic", fields=[{"name": "Front"}, {"name": "Back"}],
                          templates=[{"name": "Card 1", "qfmt": "{{Front}}",
                                      "afmt": "{{FrontSide}}<hr id=answer>{{Back}}"}])
    note = OutNote("guid", 1, "basic", ["<br>", "b"], [], 0, "a", "k", "label", "new",
                   Facets("t", "s", "basic", (), "a"))
    # genanki writes the card (the field is not ""), Anki finds its front empty.
    (card,) = preview_cards([note], {"basic": model})
    assert (card.question, card.answer, card.blank) == (
        "<br>", "<br><hr id=answer>b", "The front of this card is blank.")


def test_each_card_names_the_line_its_item_starts_on(seed_page):
    page = seed_page[0].read_text(encoding="utf-8")
    lines = SEED.read_text(encoding="utf-8").splitlines()
    line = next(i for i, text in enumerate(lines, 1) if 'label: "Groupthink"' in text)
    card = page[page.index("Groupthink"):]
    source = card[card.index('class="pv-source"'):][:300]
    assert f"collectivism-vs-individualism.yaml:{line}</code>" in source
