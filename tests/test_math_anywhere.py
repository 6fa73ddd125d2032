"""Math is math wherever it is typed (issue 14 item 3), as a property.

Hypothesis writes formulas from the pieces physics and statistics notes are made of
(subscripts that Markdown could read as emphasis, `*`, `|`, `-`, `\\%`, units, fractions) and
types them where people type math: prose in Italian, a heading, a table cell, a list item
and its nested item, a callout, an admonition, a footnote, a bold or highlighted phrase, a
link's text, a quote, after a label, in brackets, over a line break, as `$$`, `\\(…\\)`,
`\\[…\\]` and an environment. Built through the library, every field of every note shows TeX
only inside MathJax's `\\(…\\)` / `\\[…\\]`, byte for byte as typed (line breaks aside),
never as dollar-TeX, never with a cloze or a mark inside.
"""

from __future__ import annotations

import html
import re
import tempfile
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st
from support import examples

from deck_builder.build import BuildOptions, build

PIECES = ["v_1", "v_2", "Q", "S", " = ", " + ", " - ", "*", "\\frac{a_1}{b}", "\\Delta p",
          "10\\,\\text{m/s}", "\\mathrm{Pa \\cdot s}", "\\%", "|x|", "^2", "\\cdot ", "_i",
          "0{,}3", "'", "\\rho g h", "[a, b]", "\\{x\\}", " < ", "\\le ", "e^{-x}", "\\eta",
          "\\sqrt{2 g h}", "_{max}", "\\text{è}", "10^{-3}", "#1", "\\&", "~"]
# A formula as typed: a non-space at each end (Pandoc's rule), no dollar inside, no
# backslash last (it would escape the closing delimiter).
formulas = st.lists(st.sampled_from(PIECES), min_size=1, max_size=5).map(
    lambda parts: "".join(parts).strip()).filter(lambda tex: tex and not tex.endswith("\\"))

# Where people type math; {a} and {b} are inline formulas as typed, {t} a formula's TeX.
CONTEXTS = [
    "# Emodinamica\n\nLa **portata** {a} è costante, e {b}.\n",
    "# Emodinamica\n\n## Portata {a}\n\nLa **portata** è costante: {b}.\n",
    "# Emodinamica\n\n| Grandezza | Formula |\n|---|---|\n| Portata | {a} |\n"
    "| Pressione | {b} |\n",
    "# Emodinamica\n\n- **Portata**: {a}, dove {b}\n  - la **pressione** {b} cresce\n",
    "# Emodinamica\n\n> [!note] Nota {a}\n> La **portata** {b} è costante.\n",
    "# Emodinamica\n\n!!! note \"Nota {a}\"\n    La **portata** {b} è costante.\n",
    "# Emodinamica\n\nLa **portata**[^1] è costante.\n\n[^1]: Vale {a} e {b}.\n",
    "# Emodinamica\n\nLa ==portata== ({a}) vale [la formula {b}](https://x.org).\n",
    "# Emodinamica\n\n## Portata\n\nLa =={a}== è costante, e =={b} media==.\n",
    "# Emodinamica\n\n> La **portata** è {a}; la pressione, {b}!\n",
    "# Emodinamica\n\nFormula: {a}\nPortata: la grandezza {b} è costante\n",
    "# Emodinamica\n\n**{a}** è la **portata**, e *{b}* la velocità.\n",
    "# Emodinamica\n\nLa **portata** è\n$$\n{t}\n$$\ndove {b} è costante.\n",
    "# Emodinamica\n\nLa **portata** è \\({t}\\) e \\[{t}\\] costante.\n",
    "# Emodinamica\n\nLa portata è data da:\n\n\\begin{{align}}\n{t} \\\\\n{t}\n\\end{{align}}\n",
    "# Emodinamica\n\n- La **portata** è\n\n  $${t}$$\n",
    "---\ntitle: Emodinamica {a}\n---\n\nLa **portata** {b} è costante.\n",
    "# Emodinamica\n\nLa **pressione** vale 1,013 × 10{p} Pa, cioè 3{c}10 volte.\n",
    "# Emodinamica\n\n| Grandezza | Formula |\n|---|---|\n| Modulo | $|{t}|$ |\n",
]

_MATHJAX = re.compile(r"\\\((?:.|\n)*?\\\)|\\\[(?:.|\n)*?\\\]")
# Dollar-TeX as the benchmark's raw-syntax counter finds it (benchmarks/real_notes.py).
_DOLLAR_TEX = re.compile(r"\$\$|(?<![\\$])\$(?=[^\s$\d])[^$\n]*?(?<=[^\s$\\])\$(?!\d)")


def _folded(text: str) -> str:
    return " ".join(text.split())


@settings(max_examples=examples(40), deadline=None, database=None)
@given(context=st.sampled_from(CONTEXTS), first=formulas, second=formulas)
@example(context=CONTEXTS[0], first="10^5", second="v_1 * v_2")
@example(context=CONTEXTS[2], first="|x| = \\sqrt{2 g h}", second="a|b")
def test_math_anywhere_reaches_the_card_as_mathjax_byte_for_byte(context, first, second):
    # A display formula's line opening "- " or "+ " inside a paragraph starts a list there
    # (CommonMark lets a list interrupt a paragraph): a known miss, left out here.
    display = first.lstrip("+-* ") or "x"
    # {p}: a power typed after its digits; {c}: an operator between two numbers.
    source = context.format(a=f"${first}$", b=f"${second}$", t=display, p=f"$^{{{first}}}$",
                            c=f"$\\cdot {second}$")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "note.md"
        path.write_text(source, encoding="utf-8")
        built = build([path], BuildOptions(Path(tmp) / "deck.apkg", use_cache=False))
    typed = {_folded(tex) for tex in (first, second, display, f"^{{{first}}}",
                                      f"\\cdot {second}", f"|{display}|")}
    for note in built.plan.notes:
        for value in note.fields:
            shown = html.unescape(value)
            for span in _MATHJAX.finditer(shown):
                tex = _folded(span[0][2:-2])
                assert "{{c" not in tex and "<b>" not in tex, (source, value)
                # Whole as typed; an environment's rows are the formula typed twice.
                assert tex in typed or tex.startswith("\\begin{align}"), (source, tex)
            outside = re.sub(r"<[^>]+>", " ", _MATHJAX.sub(" ", shown))
            assert not _DOLLAR_TEX.search(outside), (source, value)
            for tex in typed:
                if "\\" in tex and len(tex) > 4:
                    assert tex not in _folded(outside), (source, value)
