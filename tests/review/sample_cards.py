"""Draw a shuffled sample of cards, as Anki shows them, for a blind review (issue 15).

The reviewer sees only each card's front and back as plain text: no file, no note type,
no code. Decks are built from the given article files or folders, imported into a fresh
Anki collection, and every card is rendered by Anki itself (question and answer HTML),
then turned into text: MathJax stays as its TeX between \\( \\), an image shows as
[image: alt text], the cloze gap as Anki prints it ([...]).

    python tests/review/sample_cards.py OUT.md --seed 7 \\
        --take cards/=30 --take tests/data/styles/=90

writes OUT.md (the cards, numbered) and OUT.key.tsv (number -> deck, note guid: kept away
from the reviewer, for tracing a verdict back to its article).
"""

from __future__ import annotations

import argparse
import html
import random
import re
import shutil
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from click.testing import CliRunner

from deck_builder.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from quality import _Sentences, shown_sentences, without_front_cuts  # noqa: E402  (tests/quality.py)

_STYLE = re.compile(r"<style.*?</style>|<script.*?</script>", re.S | re.I)
_IMG = re.compile(r"<img[^>]*?alt=\"([^\"]*)\"[^>]*>", re.I)
# A block starts a line where it opens as well as where it closes: a work's full reference
# is a <div> inside its citation's <div>, on a line of its own in Anki; broken only where
# blocks closed, the thirteenth sample ran "Doyle (2002)Doyle, W. (2002). …" together.
_BREAK = re.compile(r"<br\s*/?>|</?(div|p|li|tr|h\d)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]+>")
_FIGURES = re.compile(r'<div class="figures">(?:<div class="figure"><img[^>]*>'
                      r'(?:<div class="caption">[^<]*</div>)?</div>)+</div>')


def as_text(card_html: str) -> str:
    text = _STYLE.sub("", card_html)
    text = _IMG.sub(lambda m: f"[image: {html.unescape(m.group(1))}]" if m.group(1).strip()
                    else "[image]", text)
    text = _BREAK.sub("\n", text)
    text = html.unescape(_TAG.sub("", text))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


def front_as_shown(question: str) -> str:
    """A side as a learner's Anki (23.10 or later) shows it: a long paragraph cut to the
    sentence holding the gap and the one before it (or after, for a gap in the first), with
    "…" where text was left out (templates/style.css), on the front and on the back alike.
    Stripping the <style>, as_text would show the whole paragraph, which the learner does
    not see."""
    front = re.search(r'<div class="text front">(.*?)</div>', question, re.S)
    if front and 'class="short"' in front.group(1):
        # A short paragraph shows whole but, on the front, what follows the sentence
        # that says its fact alone (class "ends"); its cuts are the whole paragraph's.
        parser = _Sentences()
        parser.feed(front.group(1))
        shown = "".join(parser.sentences[i] for i in shown_sentences(parser, front=True))
        return question[:front.start(1)] + without_front_cuts(shown) + question[front.end(1):]
    if front and 'class="long"' not in front.group(1):
        # The words the front's CSS leaves off (quality.without_front_cuts).
        return question[:front.start(1)] + without_front_cuts(front.group(1)) + \
            question[front.end(1):]
    found = re.search(r'(<div class="text(?: front)?">)(<span class="long">.*?</span>)(</div>)',
                      question, re.S)
    if not found:
        return question
    parser = _Sentences()
    parser.feed(found.group(2))
    sentences = parser.sentences
    on_front = 'class="text front"' in question
    keep = set(shown_sentences(parser, front=on_front))
    shown = []
    for i, sentence in enumerate(sentences):
        if i in keep:
            if on_front:
                sentence = without_front_cuts(sentence, lead='class="cloze"' in sentence)
            # On the front a sentence shown alone opens without "…" (templates/style.css).
            dots = i and i - 1 not in keep and not (on_front and parser.alone[i])
            shown.append(("… " if dots else "") + sentence)
    return question[:found.start(2)] + " ".join(shown) + question[found.end(2):]


def back_as_shown(answer: str) -> str:
    """The back with what its style sets apart kept apart in text: the answer of a "which"
    card is bold (shown **so**), and the source comes after a "Source:" line, as Anki shows
    it in small faded print below. Flattened, a reviewer read the answer as one more source
    line."""
    answer = front_as_shown(answer).replace('<hr id="answer">', "\n---\n")
    answer = re.sub(r'(<div class="answer">)(.*?)(</div>)', r"\1**\2**\3", answer, flags=re.S)
    answer = _own_cell_sources(answer)
    # The figures shown on the back lead the source field (render.figures_html); in Anki
    # each is a picture with its caption under it, above the citation. Printed under
    # "Source:", reviewers read a caption as a stray source.
    figures = _FIGURES.search(answer)
    if figures:
        answer = answer[:figures.start()] + answer[figures.end():]
        answer = re.sub(r'(<div class="source\b)', lambda m: "<div>Figure:</div>"
                        + figures.group(0) + m.group(1), answer, count=1)
    return re.sub(r'(<div class="source\b)', r"<div>Source:</div>\1", answer, count=1)


def _own_cell_sources(answer: str) -> str:
    """A card about one cell shows only its own cell's works, unlabelled
    (templates/style.css hides the rest); flattened, the sixth reviewer saw the other
    cell's study as the card's source."""
    slot = re.search(r'<div class="source of-cell-(\d+)"', answer)
    if not slot:
        return answer
    answer = re.sub(r'<span class="cell-label">.*?</span>\s*', "", answer, flags=re.S)
    out, position = [], 0
    for found in re.finditer(r'<div class="cite in-cell([^"]*)">', answer):
        if found.start() < position or f" in-cell-{slot.group(1)}" in f"{found.group(1)} ":
            continue
        depth, end = 0, found.start()
        for tag in re.finditer(r"<(/?)div\b[^>]*>", answer[found.start():]):
            depth += -1 if tag.group(1) else 1
            if depth == 0:
                end = found.start() + tag.end()
                break
        out.append(answer[position:found.start()])
        position = end
    return "".join(out) + answer[position:]


@contextmanager
def imported(source: Path, work: Path):
    """A fresh Anki collection holding the deck built from `source` (a folder or a file)."""
    folder = work / re.sub(r"\W+", "-", str(source))
    folder.mkdir(parents=True)
    articles = folder / "articles"
    if source.is_dir():
        shutil.copytree(source, articles, ignore=shutil.ignore_patterns(
            "*.expect.md", "*.cards.txt", "README.md", "deck-builder.lock", ".deck-builder-cache"))
    else:
        articles.mkdir()
        shutil.copy(source, articles)
    package = folder / "deck.apkg"
    result = CliRunner().invoke(main, ["build", str(articles), "-o", str(package), "-q"])
    if result.exit_code != 0:
        sys.exit(f"building {source} failed:\n{result.output}")
    collection = Collection(str(folder / "collection.anki2"))
    try:
        collection.import_anki_package(ImportAnkiPackageRequest(
            package_path=str(package), options=ImportAnkiPackageOptions()))
        yield collection
    finally:
        collection.close()


def cards_of(source: Path, work: Path) -> list[tuple[str, str, str, str]]:
    """(deck, guid, front, back) of every card the articles in `source` make."""
    with imported(source, work) as collection:
        out = []
        for card_id in collection.find_cards(""):
            card = collection.get_card(card_id)
            question, answer = card.question(), card.answer()
            # The back is the whole answer side, as the learner sees it after flipping:
            # for a cloze that is the text with the gap filled in, then the source.
            out.append((collection.decks.name(card.did), card.note().guid,
                        as_text(front_as_shown(question)), as_text(back_as_shown(answer))))
        # Anki lists cards by id, and a fresh build's ids (and guids) come from the course
        # salt of a lock made in this run's temporary folder: ordered by what they show,
        # the same --seed draws the same sample from the same articles.
        return sorted(out, key=lambda card: (card[0], card[2], card[3]))


def main_(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--take", action="append", required=True, metavar="PATH=N",
                        help="draw N cards from the articles at PATH")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    drawn, seen = [], set()
    with tempfile.TemporaryDirectory() as work:
        for take in args.take:
            path, count = take.rsplit("=", 1)
            cards = cards_of(Path(path), Path(work))
            # A card whose text was drawn already (the seed and its web-page rendition share
            # notes) would be judged twice: the sample counts each card once.
            fresh = [card for card in rng.sample(cards, len(cards)) if card[2:] not in seen]
            if len(fresh) < int(count):
                sys.exit(f"{path} has {len(fresh)} cards not drawn yet, fewer than {count}")
            drawn += fresh[:int(count)]
            seen |= {card[2:] for card in fresh[:int(count)]}
    rng.shuffle(drawn)
    with open(args.out, "w", encoding="utf-8") as out, \
            open(args.out.with_suffix(".key.tsv"), "w", encoding="utf-8") as key:
        for number, (deck, guid, front, back) in enumerate(drawn, 1):
            out.write(f"## Card {number}\n\nFRONT:\n{front}\n\nBACK:\n{back}\n\n")
            key.write(f"{number}\t{deck}\t{guid}\n")
    print(f"wrote {len(drawn)} cards to {args.out}")


if __name__ == "__main__":
    main_()
