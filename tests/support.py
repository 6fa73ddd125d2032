"""What the tests need to see a deck the way a user does: imported into real Anki."""

from __future__ import annotations

import atexit
import copy
import functools
import hashlib
import html
import json
import os
import re
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from anki.scheduler.v3 import CardAnswer
from click.testing import CliRunner
from pngs import encode_png
from quality import (  # noqa: F401 - shared
    CLOZE_GAP,
    _Sentences,
    cloze_gaps,
    gap_texts,
    shown_front,
    shown_sentences,
    unclozed,
    weak_cards,
)

from deck_builder.cli import main

# Property tests run examples(n) examples: n is sized so the whole suite stays under a
# minute; DECK_BUILDER_DEPTH=20 searches twenty times deeper (before a release).
DEPTH = float(os.environ.get("DECK_BUILDER_DEPTH", "1"))


def examples(n: int) -> int:
    return max(1, round(n * DEPTH))


REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "cards" / "collectivism-vs-individualism.yaml"
DATA = Path(__file__).resolve().parent / "data"
HOSTILE = DATA / "preview" / "hostile.yaml"  # content full of markup, for the preview

# The word forms a card hiding a concept must hide with it (card-quality.md).
CONCEPT_FORMS = {
    "Individualism": ("individualism", "individualist", "individualistic"),
    "Collectivism": ("collectivism", "collectivist", "collectivistic"),
}


# One small good article: what the bad-input and reliability tests build first.
GOOD = """\
title: Good
concepts: [Alpha, Beta]
sections:
  - title: One
    facts:
      - "Alpha is the **first** letter."
"""


def edit_good(folder: Path) -> None:
    """Change the good article so the next build rewrites both the package and the lock."""
    (folder / "cards" / "a.yaml").write_text(
        GOOD + '      - "Beta is the **second** letter."\n', encoding="utf-8")


def format_example() -> str:
    """The complete example article of docs/format.md, as a reader would copy it."""
    text = (REPO / "docs" / "format.md").read_text(encoding="utf-8")
    return re.search(r"## A complete example\n\n```yaml\n(.*?)```", text, re.S).group(1)


def run(*args: str, expect: int | None = 0):
    """Run the CLI in-process, as a user would from the shell; check the exit code."""
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    if expect is not None:
        assert result.exit_code == expect, result.output
    return result


def checked(tmp_path: Path, source: str, name: str = "t.md") -> str:
    """What `deck-builder check` prints for `source`, written as the article `name`."""
    path = tmp_path / name
    path.write_text(source, encoding="utf-8")
    return run("check", path).output


def copy_seed(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(SEED, folder / SEED.name))


def start_course(folder: Path, course: str = "0123456789abcdef") -> Path:
    """A lock with only a course id, as every clone of one course has: builds in two
    folders started this way give the same guids (a new course draws its own id)."""
    folder.mkdir(parents=True, exist_ok=True)
    lock = folder / "deck-builder.lock"
    lock.write_text(json.dumps({"articles": {}, "course": course, "deck-builder-lock": 1,
                                "note_types": {}}), encoding="utf-8")
    return lock


def copy_course(folder: Path, *markdown: str) -> Path:
    """A course in one folder: the seed and the named Markdown articles of tests/data."""
    copy_seed(folder)
    for name in markdown:
        shutil.copy(DATA / "markdown" / name, folder / name)
    if markdown:
        for image in (DATA / "markdown").glob("*.png"):  # the figures they show
            shutil.copy(image, folder / image.name)
    return folder


def copy_scenario(scenario: dict, folder: Path) -> dict:
    """A scenario made once (a dict of its folder "tmp", paths inside it and values) copied
    into `folder` for a test that may change it: its paths moved there, its values copied."""
    shutil.copytree(scenario["tmp"], folder, symlinks=True, dirs_exist_ok=True)
    return {key: folder / value.relative_to(scenario["tmp"]) if isinstance(value, Path)
            else copy.deepcopy(value) for key, value in scenario.items()}


@contextmanager
def restored(saved: Path, home: Path, keep: Path) -> Iterator[Path]:
    """A folder built once at `home` and moved to `saved`, copied back to `home` for one
    test: the build cache names the folder it was built in (the unchanged-build key holds
    the working directory and the output path), so only there is the copy the folder a
    user has. Afterwards it is moved to `keep`, where a failed test's folder can be seen."""
    shutil.copytree(saved, home, symlinks=True)
    try:
        yield home
    finally:
        home.rename(keep)


def build_articles(folder: Path, *articles: Path) -> Path:
    """`folder/deck.apkg`, built through the CLI from copies of `articles` in `folder/cards`,
    in one course (start_course): two folders built this way give the same guids."""
    cards = folder / "cards"
    start_course(cards)
    for article in articles:
        shutil.copy(article, cards / article.name)
        for image in article.parent.glob("*.png"):  # the figures it shows, next to it
            shutil.copy(image, cards / image.name)
        for files in article.parent.glob("*_files"):  # a saved web page's own folder
            shutil.copytree(files, cards / files.name, dirs_exist_ok=True)
    apkg = folder / "deck.apkg"
    run("build", cards, "-o", apkg)
    return apkg


def by_guid(col: Collection) -> dict[str, tuple[list[str], list[str]]]:
    """Every note's fields and sorted tags, by guid: two decks compared note for note."""
    return {n.guid: (list(n.fields), sorted(n.tags)) for n in notes(col)}


def open_collection(folder: Path) -> Collection:
    """The collection in `folder`; a new, empty one if there is none yet."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "collection.anki2"
    if not path.exists():
        # A copy of one new collection: Anki making one (schema, stock note types, config)
        # costs three times what copying it does, and the suite makes hundreds.
        shutil.copyfile(_empty_collection(), path)
    return Collection(str(path))


@functools.cache
def _empty_collection() -> Path:
    """A collection Anki has just made, closed, in a folder of this process's own."""
    folder = Path(tempfile.mkdtemp(prefix="deck-builder-tests-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    Collection(str(folder / "collection.anki2")).close()
    return folder / "collection.anki2"


def import_package(col: Collection, apkg: Path, quality: bool = True):
    """Import `apkg` into `col` as Anki's importer does.

    Every deck the suite builds passes through here, so here every card it holds is held to
    the card-quality rules (tests/quality.py); `quality=False` only for a test that builds
    weak cards on purpose to see the rules catch them.
    """
    request = ImportAnkiPackageRequest(package_path=str(apkg), options=ImportAnkiPackageOptions())
    log = col.import_anki_package(request).log
    if quality:
        weak = _weak_cards(col)
        assert weak == [], f"{len(weak)} weak card(s) in {apkg.name}:\n" + "\n".join(weak)
    return log


# weak_cards renders every card through Anki, a fifth of a second for the seed deck, and
# the suite imports the same decks into fresh collections hundreds of times: its verdict
# is kept per collection content, everything a card's rendering and the rules read.
_WEAK: dict[str, list[str]] = {}


def _weak_cards(col: Collection) -> list[str]:
    models = {m["id"]: m for m in col.models.all()}
    decks = {d.id: d.name for d in col.decks.all_names_and_ids()}
    # Ids Anki draws from the clock (decks, its stock note types) are left out by name.
    content = hashlib.sha256(json.dumps([
        [(nid, guid, models[mid]["name"], flds, tags) for nid, guid, mid, flds, tags
         in col.db.all("select id, guid, mid, flds, tags from notes order by id")],
        [(nid, ord_, decks[did]) for nid, ord_, did
         in col.db.all("select nid, ord, did from cards order by nid, ord")],
        sorted(decks.values()),
        sorted(json.dumps([m["name"], m["type"], m["css"], m.get("latexPre"),
                           m.get("latexPost"), [f["name"] for f in m["flds"]],
                           [(t["name"], t["qfmt"], t["afmt"]) for t in m["tmpls"]]])
               for m in models.values()),
    ]).encode()).hexdigest()
    if content not in _WEAK:
        _WEAK[content] = weak_cards(col)
    return _WEAK[content]


@contextmanager
def imported(folder: Path, *packages: Path, quality: bool = True) -> Iterator[Collection]:
    """A new collection in `folder` with `packages` imported in order; closed on leaving.

    `col.import_logs` holds Anki's import log of each package, in the same order.
    """
    col = open_collection(folder)
    try:
        col.import_logs = [import_package(col, apkg, quality) for apkg in packages]
        yield col
    finally:
        col.close()


def edit_seed(data: dict) -> None:
    """What authors do to the seed article (loaded as `data`): reword the definition of
    individualism, add a strength ("Social Mobility"), delete a weakness ("Potential for
    Conflict")."""
    individualism = next(s for s in data["sections"] if s["topic"] == "individualism")
    individualism["definitions"][0]["text"] = (
        "Individualism is a worldview and political ideology that puts personal rights, "
        "freedoms, and individual achievement first (Cohen, Wu & Miller, 2016)."
    )
    strengths, weaknesses = individualism["lists"]
    strengths["items"].insert(0, {
        "label": "Social Mobility",
        "text": "People can rise through their own effort, whatever family they were born "
                "into (Triandis, 2018).",
    })
    weaknesses["items"] = [i for i in weaknesses["items"] if i["label"] != "Potential for Conflict"]


def review(col: Collection, count: int, deck: str = "Collectivism vs Individualism"):
    """Answer `count` cards of `deck` so they have intervals and review log entries."""
    col.decks.select(col.decks.id_for_name(deck))
    reviewed = []
    for _ in range(count):
        card = col.sched.getCard()
        states = col._backend.get_scheduling_states(card.id)
        col.sched.answer_card(col.sched.build_answer(card=card, states=states,
                                                     rating=CardAnswer.GOOD))
        reviewed.append(card.id)
    return reviewed


def history(col: Collection, card_ids):
    """What review history a card has: interval, note and review log, by card id."""
    return {
        cid: (col.get_card(cid).ivl, col.get_card(cid).nid,
              col.db.list("select id from revlog where cid = ? order by id", cid))
        for cid in card_ids
    }


def visible(rendered_html: str) -> str:
    """The text a learner sees: no style block, no tags, entities decoded, spaces folded."""
    text = re.sub(r"<style>.*?</style>", " ", rendered_html, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", text)
    return " ".join(html.unescape(text).split())


def field_text(value: str) -> str:
    """A field's text with cloze markup resolved, as the back of the card shows it."""
    return visible(unclozed(value))


def cards_shown(tmp_path: Path, source: str, name: str = "notes.md", *,
                text: bool = False) -> list[tuple[str, str]]:
    """(front, back) of every card of `source` (an article named `name`) built alone and
    imported into Anki, each side as its CSS shows it: the front's text cut as
    quality.shown_front cuts it, a long paragraph on the back cut to the sentences it shows;
    with `text`, only that text (no context line above it, no source below). A list in
    Anki's order, not a dict: two cards with the same back are two cards."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_text(source, encoding="utf-8")
    apkg = tmp_path / "deck.apkg"
    run("build", folder / name, "-o", apkg)
    with imported(tmp_path / "anki", apkg) as col:
        return [(_side_shown(card.question(), True, text), _side_shown(card.answer(), False, text))
                for note in notes(col) for card in note.cards()]


def back_of(cards: list[tuple[str, str]], words: str) -> str:
    """The back of the one card of `cards` (cards_shown's) whose front holds `words`; a test
    fails where none or several do."""
    found = [back for front, back in cards if words in front]
    assert len(found) == 1, (words, cards)
    return found[0]


def texts_shown(tmp_path: Path, source: str) -> list[tuple[str, str]]:
    """(front, back) of every card of `source` as cards_shown(text=True) gives them, the
    front cut to its last line: the card's text, without the context line above it."""
    return [(front.split("\n")[-1], back) for front, back in
            cards_shown(tmp_path, source, text=True)]


def fronts_shown(tmp_path: Path, source: str) -> list[str]:
    """The fronts of texts_shown."""
    return [front for front, _ in texts_shown(tmp_path, source)]


# A cloze card's text, or a compare card's cell (no nested divs in it).
_TEXT_DIV = re.compile(r'<div class="text\b[^"]*">(.*?)</div>', re.S)


def _side_shown(side: str, front: bool, text: bool) -> str:
    found = _TEXT_DIV.search(side)
    if not found:
        return "" if text else visible(side)
    if front:
        shown = shown_front(side)
    elif 'class="long"' in found.group(1):
        parser = _Sentences()
        parser.feed(found.group(1))
        shown = " ".join(parser.sentences[i] for i in shown_sentences(parser))
    else:
        shown = found.group(1)
    return visible(shown if text else side[:found.start(1)] + shown + side[found.end(1):])


def notes(col: Collection, search: str = ""):
    return [col.get_note(nid) for nid in col.find_notes(search)]


def note_containing(col: Collection, text: str):
    """The one note whose first field (a cloze's text, a row's dimension) shows `text`.

    Fails the test unless exactly one note does, so a lookup never picks one at random.
    """
    found = [n for n in notes(col) if text in field_text(n.fields[0])]
    assert len(found) == 1, f"{len(found)} notes contain {text!r}"
    return found[0]


def cloze_answers(note, ordinal: int, field: str = "Text") -> list[str]:
    """The text hidden on card `ordinal` (0-based) of a cloze note, as Anki would show it
    (or of a compare note's recall card, whose cell `field` holds its gap)."""
    return [visible(text) for text in gap_texts(note[field], ordinal + 1)]


def gap_answers(texts: list[str]) -> list[str]:
    """The hidden text of every gap in cloze texts `texts` (Anki's "Text" fields), in order."""
    return [answer for text in texts for answer in gap_texts(text)]


def _all_notes(col: Collection, expected: int) -> list:
    """Every note of `col`, after checking there are `expected`: a check that loops over
    the notes must not pass on a deck that has none, or fewer than it should."""
    found = notes(col)
    assert len(found) == expected, f"{len(found)} notes to check, not {expected}"
    return found


def compared_together(col: Collection) -> list[frozenset[str]]:
    """The concepts (casefolded) each comparison of `col` compares, two or more."""
    groups = set()
    for nid in col.find_notes('note:"deck-builder Compare"'):
        note = col.get_note(nid)
        groups.add(frozenset(visible(note[f"Concept{i}"]).casefold() for i in range(1, 5)
                             if note[f"Concept{i}"]))
    return [group for group in groups if len(group) > 1]


# A hint may hold "]" ("[Type [sound:x] or Type B?]"), never "<" (escaped).
_CHOICES = re.compile(r'(<span class="cloze"[^>]*>)\[([^<]+? or [^<]+?)\?\](</span>)')


def without_choices(question_html: str) -> str:
    """The question with a gap's choices ("[Individualist or Collectivist?]", the hint of a
    gap hiding one of the concepts an article compares) shown as a plain "[...]": the
    choices name the answer among its alternatives, as a "which" card's line does, and give
    none of them away."""
    return _CHOICES.sub(r"\1[...]\3", question_html)


def choice_named(question_html: str, answer: str, groups: list[frozenset[str]]) -> str:
    """The cloze question (visible) without its context line when that line names the
    answer, a compared concept, beside every concept compared with it ("Collectivism vs.
    Individualism: …" over "[...] is a worldview …"): the line asks which of them, as a
    compare note's "which" card names its choices, and gives none away. Else the whole."""
    question = visible(without_choices(question_html))
    context = visible(inner_html(question_html, "context")).casefold()
    name = answer.strip().casefold()

    def forms(concept: str) -> set[str]:
        # A concept named with its citation ("Smith (2001)") is also said as its name alone
        # ("Smith", "(Smith, 2001)"), as the generator reads it (hypothesis found a title
        # "0 (Smith, 2001)" naming both choices of "0" and "Smith (2001)").
        return {concept, re.sub(r"\s*\([^()]*\)$", "", concept)}

    if context and question.casefold().startswith(context) and any(
            any(name in forms(n) for n in group)
            and all(any(f in context for f in forms(n)) for n in group) for group in groups):
        return question[len(context):]
    return question


def answer_leaks(col: Collection, *, notes: int) -> list[str]:
    """Every card whose question shows its own answer, described for an assert message;
    `notes` is how many notes the deck must have."""
    leaks = []
    groups = compared_together(col)
    for note in _all_notes(col, notes):
        model = note.note_type()["name"]
        for card in note.cards():
            question = visible(card.question()).casefold()
            if model == "deck-builder Cloze":
                hidden = cloze_answers(note, card.ord)
            elif card.template()["name"].startswith("Which"):
                # The front names every concept as a choice; the cell must name none.
                question = visible(inner_html(card.question(), "masked-text")).casefold()
                concept = visible(note[f"Concept{card.ord // 2 + 1}"])
                hidden = [concept, *CONCEPT_FORMS.get(concept, ())]
            else:
                hidden = cloze_answers(note, card.ord, f"Text{card.ord // 2 + 1}")
            for answer in hidden:
                if model == "deck-builder Cloze":  # a context line naming its choices
                    question = choice_named(card.question(), answer, groups).casefold()
                if answer and answer.casefold() in question:
                    leaks.append(f"{answer!r} shown in question {question!r}")
    return leaks


def inner_html(rendered: str, css_class: str) -> str:
    found = re.search(rf'<div class="[^"]*\b{css_class}\b[^"]*">(.*?)</div>', rendered, re.S)
    return found.group(1) if found else ""


def empty_cards(col: Collection, *, notes: int) -> list[str]:
    """Every note with no card and card with an empty question; `notes` as above."""
    checked = _all_notes(col, notes)
    problems = [f"note {n.guid} has no card" for n in checked if not n.cards()]
    for note in checked:
        for card in note.cards():
            if not visible(card.question()):
                problems.append(f"card {card.ord} of note {note.guid} has an empty question")
    return problems


def package_cards(apkg: Path) -> list[tuple[str, int]]:
    """(note guid, card ord) of every card an .apkg holds, read from its database."""
    db = apkg.with_name(apkg.name + ".anki2")
    with zipfile.ZipFile(apkg) as archive:
        db.write_bytes(archive.read("collection.anki2"))
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT n.guid, c.ord FROM cards c JOIN notes n ON c.nid = n.id")
        return sorted(rows.fetchall())
    finally:
        conn.close()



def png(width: int = 4, height: int = 3, colour: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    """A valid PNG of one colour: a test image whose bytes a test can vary by its colour."""
    return encode_png(width, height, bytes(colour) * width * height)
