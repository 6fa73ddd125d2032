"""Count the Chinese cards whose front hides one answer more than once, or hides it inside a
longer Chinese word, as a learner sees the front (tests/quality.shown_front).

    python tests/review/cjk_repeated_gaps.py [ARTICLE_OR_FOLDER ...] [--list]

With no argument, the Chinese articles of the style corpus (tests/data/styles/cjk-*.md).
"[混叠] — [混叠]会使高频分量折叠到低频…抗[混叠]滤波器" showed three gaps for one answer, one
of them inside 抗混叠滤波器; "[滑移] — 位错…沿[滑移]面运动" showed the answer's compound
滑移面 with its first two characters hidden (a learner's read: junk, the answer spelled).

A gap is counted as inside a longer word when a Chinese character that is no function word
(的, 是, 在, …) touches it on both sides, or follows it and the front hides the answer
more than once: a rough reading (Chinese has no spaces), listed with --list for a
reader to judge.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from quality import shown_front  # noqa: E402  (tests/quality.py)
from support import build_articles, cloze_answers, imported, notes  # noqa: E402  (tests/support.py)

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
# Characters that are words of their own beside a noun, never part of it here.
_FUNCTION = set("的地得了着是在与和及或而并为被把将对从向由于以使让给跟同比等中上下内外时后前里"
                "之其也都就才又还会能可要不没无有称叫即则但若如当因所这那此该各每个种两一只"
                "就称作属来另沿")
_GAP = re.compile(r'<span class="cloze" data-cloze="[^"]*" data-ordinal="\d+">\[[^<]*\]</span>')
_MARK = "\u25a1"


def _front_text(question: str) -> str:
    """The front as shown, its gaps as one mark each, tags dropped without spaces (Chinese
    has none between words, so a gap's neighbours stay beside it)."""
    shown = _GAP.sub(_MARK, shown_front(question))
    return re.sub(r"<[^>]+>", "", shown).replace("&nbsp;", " ")


def _word_around(text: str, at: int) -> tuple[bool, bool]:
    """Whether a word character (a Chinese one that is no function word) touches the gap
    at `at` on its left, and on its right (spaces between skipped: the renderer adds
    none, but a source may have one)."""
    left = text[:at].rstrip()[-1:]
    right = text[at + 1:].lstrip()[:1]
    return (bool(left and _HAN.match(left) and left not in _FUNCTION),
            bool(right and _HAN.match(right) and right not in _FUNCTION))


def count(articles: list[Path], show: bool) -> dict[str, int]:
    totals = {"cards": 0, "repeated": 0, "inside_word": 0, "shown": 0}
    with tempfile.TemporaryDirectory() as tmp:
        apkg = build_articles(Path(tmp), *articles)
        with imported(Path(tmp) / "anki", apkg, quality=False) as col:
            for note in notes(col):
                for card in note.cards():
                    text = _front_text(card.question())
                    if _MARK not in text:
                        continue
                    totals["cards"] += 1
                    gaps = [m.start() for m in re.finditer(_MARK, text)]
                    repeated = len(gaps) >= 2
                    inside = any(all(sides) or (repeated and sides[1])
                                 for sides in (_word_around(text, at) for at in gaps))
                    # The cure must not be the answer left on the front unmasked.
                    said = any(_HAN.match(a) and len(a) >= 2 and a in text
                               for a in cloze_answers(note, card.ord))
                    totals["repeated"] += repeated
                    totals["inside_word"] += inside
                    totals["shown"] += said
                    if show and (repeated or inside or said):
                        flags = ",".join(f for f, on in (("repeated", repeated),
                                                         ("inside-word", inside),
                                                         ("answer-shown", said)) if on)
                        print(f"[{flags}] {' '.join(text.split())}")
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--list", action="store_true", help="print each card counted")
    args = parser.parse_args()
    paths = args.paths or [ROOT / "data" / "styles"]
    articles = sorted(a for p in paths
                      for a in ([p] if p.is_file() else p.glob("cjk-*.md" if not args.paths
                                                              else "*.md"))
                      if not a.name.endswith(".expect.md"))  # what the article should give
    totals = count(articles, args.list)
    print(f"{len(articles)} article(s), {totals['cards']} cloze cards: "
          f"{totals['repeated']} with 2+ gaps for one answer, "
          f"{totals['inside_word']} with a gap inside a longer Chinese word, "
          f"{totals['shown']} showing their answer unmasked")


if __name__ == "__main__":
    main()
