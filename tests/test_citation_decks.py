"""One article per citation style, built and imported into Anki: tags, fronts and backs.

Each article cites the same works in its own style; the learner must see no citation on
the front, the work's tag on the note, and the formatted reference on the back.
"""

from __future__ import annotations

import json

import pytest
from support import imported, notes, run, visible

SKOU_APA = ("Skou, J. C. (1957). The influence of some cations on an adenosine triphosphatase "
            "from peripheral nerves. Biochimica et Biophysica Acta, 23(2), 394–401.")
SINGER_APA = ("Singer, S. J., & Nicolson, G. L. (1972). The fluid mosaic model of the structure "
              "of cell membranes. Science, 175(4023), 720–731.")


def yaml_article(facts: list[str], references: list[str], extra: str = "") -> str:
    lines = ["title: Membranes", extra, "sections:", "  - title: Transport", "    facts:"]
    lines += [f"      - {json.dumps(fact, ensure_ascii=False)}" for fact in facts]
    if references:
        lines.append("references:")
        lines += [f"  - {json.dumps(ref, ensure_ascii=False)}" for ref in references]
    return "\n".join(line for line in lines if line) + "\n"


STYLES = {
    "apa": (
        yaml_article([
            "The **sodium pump** moves three sodium ions out of the cell (Skou, 1957).",
            "Membranes are a **fluid mosaic** of lipids and proteins (Singer & Nicolson, 1972, "
            "p. 720).",
        ], [SKOU_APA, SINGER_APA]),
        {"Skou (1957)", "Singer & Nicolson (1972, p. 720)"},
    ),
    "harvard": (
        yaml_article([
            "The **sodium pump** moves three sodium ions out of the cell (Skou, 1957: 402).",
            "Singer and Nicolson (1972, pp. 720–721) describe membranes as a **fluid mosaic**.",
        ], [
            "Skou, J.C. (1957) 'The influence of some cations on an adenosine triphosphatase "
            "from peripheral nerves', Biochimica et Biophysica Acta, 23(2), pp. 394–401.",
            "Singer, S.J. and Nicolson, G.L. (1972) 'The fluid mosaic model of the structure of "
            "cell membranes', Science, 175(4023), pp. 720–731.",
        ]),
        {"Skou (1957, p. 402)", "Singer & Nicolson (1972, pp. 720–721)"},
    ),
    "chicago": (
        yaml_article([
            "The **sodium pump** moves three sodium ions out of the cell (Skou 1957, 402).",
            "Membranes are a **fluid mosaic** of lipids and proteins (Singer and Nicolson 1972).",
        ], [
            "Skou, Jens C. 1957. “The Influence of Some Cations on an Adenosine Triphosphatase "
            "from Peripheral Nerves.” Biochimica et Biophysica Acta 23 (2): 394–401.",
            "Singer, S. J., and Garth L. Nicolson. 1972. “The Fluid Mosaic Model of the "
            "Structure of Cell Membranes.” Science 175 (4023): 720–31.",
        ]),
        {"Skou (1957, p. 402)", "Singer & Nicolson (1972)"},
    ),
    "numeric": (
        yaml_article([
            "The **sodium pump** moves three sodium ions out of the cell [1].",
            "Membranes are a **fluid mosaic** of lipids and proteins [2, p. 720].",
        ], [
            "1. Skou JC. The influence of some cations on an adenosine triphosphatase from "
            "peripheral nerves. Biochim Biophys Acta. 1957;23(2):394–401.",
            "2. Singer SJ, Nicolson GL. The fluid mosaic model of the structure of cell "
            "membranes. Science. 1972;175(4023):720–31.",
        ]),
        {"Skou (1957)", "Singer & Nicolson (1972, p. 720)"},
    ),
}


@pytest.mark.parametrize("style", sorted(STYLES))
def test_each_style_gives_tags_clean_fronts_and_references_on_the_back(style, tmp_path):
    source, shown = STYLES[style]
    article = tmp_path / "cards" / f"{style}.yaml"
    article.parent.mkdir()
    article.write_text(source, encoding="utf-8")
    apkg = tmp_path / f"{style}.apkg"
    result = run("build", str(article), "-o", str(apkg))
    assert "warning" not in result.output, result.output
    with imported(tmp_path / "anki", apkg) as col:
        found = notes(col)
        assert len(found) == 2
        pump, mosaic = sorted(found, key=lambda n: "fluid mosaic" in n["Text"])
        assert "cite::Skou1957" in pump.tags and "cite::Singer1972" in mosaic.tags
        assert {t for n in found for t in n.tags if t.startswith("cite::")} == {
            "cite::Skou1957", "cite::Singer1972"}
        backs = []
        for note in (pump, mosaic):
            card = note.cards()[0]
            front = visible(card.question())
            for trace in ("1957", "1972", "[1]", "[2", "p. 720", "Skou (", "(Skou"):
                assert trace not in front, front
            backs.append(visible(card.answer()))
        written = source.split("references:\n")[1]
        # The back names the work at the page cited, then its reference as the list gives it.
        for back, name, entry in zip(backs, sorted(shown, key=lambda s: "Singer" in s),
                                     written.splitlines(), strict=True):
            reference = json.loads(entry.removeprefix("  - "))
            reference = reference.split(". ", 1)[1] if style == "numeric" else reference
            assert name in back
            assert reference in back
