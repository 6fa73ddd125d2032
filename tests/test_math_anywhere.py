"""Math is math wherever it is typed (issue 14 item 3), as a property.

Hypothesis writes formulas from the pieces physics and statistics notes are made of
(subscripts that Markdown could read as emphasis, `*`, `|`, `-`, `\\%`, units, fractions) and
types them where people type math: prose in Italian, a heading, a table cell, a list item
and its nested item, a callout, an admonition, a footnote, a bold or highlighted phrase, a
link's text, a quote, after a label, in brackets, over a line break, as `$$`, `\\(…\\)`,
`\\[…\\]` and an environment, a display typed straight under its lead (its lines
opening "- " or "+ "), a matrix's column name and a wiki link. Built through the library,
every field of every note shows TeX only inside MathJax's `\\(…\\)` / `\\[…\\]`, byte for
byte as typed (line breaks aside), never as dollar-TeX, never with a cloze or a mark inside.
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
    "# Emodinamica\n\nFormula: {a}\n**Portata**: la grandezza {b} è costante\n",
    "# Emodinamica\n\n**{a}** è la **portata**, e *{b}* la velocità.\n",
    "# Emodinamica\n\nLa **portata** è\n$$\n{t}\n$$\ndove {b} è costante.\n",
    "# Emodinamica\n\nLa **portata** è \\({t}\\) e \\[{t}\\] costante.\n",
    "# Emodinamica\n\nLa **portata** è data da:\n\n\\begin{{align}}\n{t} \\\\\n{t}\n"
    "\\end{{align}}\n",
    "# Emodinamica\n\n- La **portata** è\n\n  $${t}$$\n",
    "---\ntitle: Emodinamica {a}\n---\n\nLa **portata** {b} è costante.\n",
    "# Emodinamica\n\nLa **pressione** vale 1,013 × 10{p} Pa, cioè 3{c}10 volte.\n",
    "# Emodinamica\n\n| Grandezza | Formula | Unità |\n|---|---|---|\n| Modulo | $|{t}|$ | "
    "metri al secondo |\n",
    "# Emodinamica\n\n- La **portata** è\n  $$\n  {t}\n  $$\n  dove {b} è costante.\n",
    "# Emodinamica\n\nLa **portata** vale\n\\[\n{t}\n\\]\ndove {b} è costante.\n",
    "# Emodinamica\n\n|  | {a} | Unità |\n|---|---|---|\n| Aorta | 30 | {b} |\n"
    "| Vena | 2 | {b} |\n",
    "# Emodinamica\n\nLa **resistenza** di [[Poiseuille|{a}]] dipende da [[Raggio#{b}]].\n",
]

_MATHJAX = re.compile(r"\\\((?:.|\n)*?\\\)|\\\[(?:.|\n)*?\\\]")
# Dollar-TeX as the benchmark's raw-syntax counter finds it (benchmarks/real_notes.py).
_DOLLAR_TEX = re.compile(r"\$\$|(?<![\\$])\$(?=[^\s$\d])[^$\n]*?(?<=[^\s$\\])\$(?!\d)")


# An operator a formula opens or ends on leaves it unfinished ("v_1 =", "= v_1").
_OPEN_END = re.compile(r"^\s*(?:[=+*<~&]|\\le|\\cdot)|(?:[=+\-*<~&]|\\le|\\cdot)\s*$")
_SYMBOL = re.compile(r"\\[A-Za-z]+|[A-Za-z0-9]+")
# A context whose card asks a word the author marked ("La **portata** …"), not a formula.
_ASKS_A_WORD = re.compile(r"(\*\*|==)[^\W\d_]+\1")


def _says_something(tex: str) -> bool:
    return any(c.isalnum() for c in tex) and not _OPEN_END.search(tex)


def _apart(first: str, second: str) -> bool:
    """Whether neither formula shows a piece of the other ("\\eta" inside "\\etae^{-x}")."""
    return first not in second and second not in first and \
        set(_SYMBOL.findall(first)).isdisjoint(_SYMBOL.findall(second))


def _folded(text: str) -> str:
    return " ".join(text.split())


@settings(max_examples=examples(40), deadline=None, database=None)
@given(context=st.sampled_from(CONTEXTS), first=formulas, second=formulas)
@example(context=CONTEXTS[0], first="10^5", second="v_1 * v_2")
@example(context=CONTEXTS[2], first="|x| = \\sqrt{2 g h}", second="a|b")
@example(context=CONTEXTS[16], first="**", second="*")  # `**` in the front matter's title
@example(context=CONTEXTS[7], first="v_1", second="v_1")  # was read as a line of links
def test_math_anywhere_reaches_the_card_as_mathjax_byte_for_byte(context, first, second):
    # A display formula's line may open "- " or "+ " (a minus, a sum carried over): inside
    # its paragraph's "$$" it is TeX, never a list. Typed alone after "$$ " or "\\[", a
    # line is no list either way; only a leading space would not be kept byte for byte.
    display = first.strip() or "x"
    # {p}: a power typed after its digits; {c}: an operator between two numbers.
    source = context.format(a=f"${first}$", b=f"${second}$", t=display, p=f"$^{{{first}}}$",
                            c=f"$\\cdot {second}$")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "note.md"
        path.write_text(source, encoding="utf-8")
        built = build([path], BuildOptions(Path(tmp) / "deck.apkg", use_cache=False))
    # Each context states a fact, whatever formulas that say something it holds: a deck of
    # no notes would pass the checks below on nothing ("La ==portata== ($v_1$) vale [la
    # formula $v_1$](…)" was read as a line of links, and made none). Not a formula left
    # open ("v_1 =", "= v_1"), nor, where the formulas are the answers (a context asking
    # no marked word), two sharing a symbol: hidden, either shows a piece of the other's
    # answer ("==$v_1v_1$== … ==$v_1v_1 10$ media==", a give-away), and as a table's cells
    # they tell its rows too little apart ("= v_1", "= v_2").
    if _says_something(first) and _says_something(second) and (
            _ASKS_A_WORD.search(context) or _apart(first, second)):
        assert built.plan.notes, source
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


# -- leaks found on notes typed as students type them (Italian physiology, emodinamica) --

_TEX_OUTSIDE = re.compile(r"\$|\\[A-Za-z]+|\^\{|_\{")


def _shown_fields(source: str) -> list[str]:
    """Every field of every note built from `source`, entities unescaped."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "emodinamica.md"
        path.write_text(source, encoding="utf-8")
        built = build([path], BuildOptions(Path(tmp) / "deck.apkg", use_cache=False))
    return [html.unescape(value) for note in built.plan.notes for value in note.fields]


def _assert_math_whole(source: str, formulas: list[str]) -> None:
    """Each formula reaches some field whole as MathJax; no field shows TeX outside it,
    nor a cloze inside it."""
    fields = _shown_fields(source)
    assert fields, source
    spans = [_folded(span[0][2:-2]) for value in fields for span in _MATHJAX.finditer(value)]
    for value in fields:
        for span in _MATHJAX.finditer(value):
            assert "{{c" not in span[0], value
        outside = re.sub(r"<[^>]+>|\{\{c\d+::|\}\}", " ", _MATHJAX.sub(" ", value))
        assert not _TEX_OUTSIDE.search(outside), value
    for tex in formulas:
        assert _folded(tex) in spans, (tex, spans)


def test_a_display_formula_under_its_lead_keeps_lines_that_open_like_markdown():
    # "$$" typed straight under its lead line is read inside the paragraph, where a line of
    # the formula opening "- ", "+ " or "# " started a list or a heading: the card showed
    # "è: $$" and the next "\frac{8 \eta Q}{\pi r^4} $$ dove …", dollar-TeX both.
    gradient = "- \\frac{dP}{dx} = \\frac{8 \\eta Q}{\\pi r^4}"
    bernoulli = "P_1 + \\rho g h_1\n+ \\Delta P_{pompa} = P_2\n+ \\rho g h_2"
    work = "W = \\int P\\,dV\n# \\approx P \\Delta V"
    source = ("# Emodinamica\n\n## Gradiente\n\nIl **gradiente di pressione** lungo il vaso è:\n"
              f"$$\n{gradient}\n$$\ndove $Q$ è la portata.\n\n"
              "## Bernoulli\n\nL'**equazione di Bernoulli** generalizzata è\n"
              f"$$\n{bernoulli}\n$$\n\n"
              "## Serie\n\n- La **resistenza equivalente** in serie:\n  $$\n  R_{eq} = R_1 + R_2\n"
              "  + R_3\n  $$\n- La **pressione** in parallelo:\n$$\n\\frac{1}{R_{eq}} = "
              "\\frac{1}{R_1}\n+ \\frac{1}{R_2}\n$$\n\n"
              f"## Lavoro\n\nIl **lavoro** del cuore:\n$$\n{work}\n$$\n\n"
              "> Il **flusso** vale\n> $$\n> Q = \\Delta P / R\n> - Q_{perdite}\n> $$\n")
    _assert_math_whole(source, [gradient, bernoulli, work, "R_{eq} = R_1 + R_2 + R_3",
                                "\\frac{1}{R_{eq}} = \\frac{1}{R_1} + \\frac{1}{R_2}",
                                "Q = \\Delta P / R - Q_{perdite}"])


def test_a_bracket_display_under_its_lead_is_math():
    # "\[" alone on the line under its lead, "\]" on a line of its own: read in the
    # paragraph, where a "\[" only counted inside one line, so the card showed
    # "vale [ PAM = P_d + \frac{P_s - P_d}{3} ] ed è …", its backslashes read as escapes.
    mean = "PAM = P_d + \\frac{P_s - P_d}{3}"
    transmural = "P_{tm} = P_{int}\n- P_{ext}"
    source = ("# Emodinamica\n\nLa **pressione media** vale\n\\[\n" + mean + "\n\\]\n"
              "ed è la pressione di perfusione.\n\nLa **pressione transmurale** è\n\\[\n"
              + transmural + "\n\\]\n\n> [!note] Bernoulli\n> La **somma** delle energie è "
              "costante:\n> \\[\n> P + \\frac{1}{2}\\rho v^2 = \\text{cost}\n> \\]\n")
    _assert_math_whole(source, [mean, transmural, "P + \\frac{1}{2}\\rho v^2 = \\text{cost}"])


def test_dollars_in_code_or_in_prose_open_no_display_over_the_lines_below():
    # A Markdown cheat sheet's "typed between `$$` signs:": its odd "$$" (in code) found a
    # "closer" in the code two lines down, and the list under the lead was read as the
    # lines of a formula, two of its items joined to the lead. "$$" opens a display over
    # lines alone on its line (docs/markdown.md), never in code or in prose ("($$)").
    from deck_builder.readers.markdown import read

    items = ("- inline math: `$x$`\n- display math: `$$x$$` on its own line\n"
             "- fractions: `\\frac{a}{b}`\n")
    for lead in ("Display math is typed between `$$` signs:", "It costs money ($$) to type:"):
        article, _ = read(Path("cheatsheet.md"), f"# Math in notes\n\n{lead}\n{items}")
        facts = [fact.text.value for section in article.sections for fact in section.facts]
        assert facts == [f"{lead[:-1]} › fractions: **\\frac{{a}}{{b}}**"], facts


def test_an_environment_typed_bare_that_lives_inside_math_is_math():
    # "\begin{cases}" and "\begin{aligned}" typed with no "$$" (as Jupyter and MathJax
    # pages render them): read as a paragraph, the card showed raw TeX, its "\\" row
    # breaks made "\" and a "\text{laminare}" in it asked as a cloze.
    cases = ("\\begin{cases}\n\\text{laminare} & \\text{se } Re < 2000 \\\\\n"
             "\\text{turbolento} & \\text{se } Re > 3000\n\\end{cases}")
    aligned = ("\\begin{aligned}\nP_{tot} &= P_{stat} + P_{din} \\\\\n"
               "&= P + \\tfrac{1}{2}\\rho v^2\n\\end{aligned}")
    source = ("# Emodinamica\n\n## Reynolds\n\n- Il **regime** di flusso:\n  "
              + cases.replace("\n", "\n  ") + "\n\n## Pressione\n\n- La **pressione totale**:\n  "
              + aligned.replace("\n", "\n  ") + "\n- La **pressione statica** agisce ovunque.\n")
    _assert_math_whole(source, [cases, aligned])



def test_an_environment_typed_straight_under_its_lead_stays_on_the_leads_card(tmp_path):
    # "$$" typed straight under a lead line is read in the lead's paragraph; a bare
    # environment there was cut off as a block of its own, so under a lead the formula
    # reader took for no lead ("La **pressione totale**", no colon) it fell from the card
    # ("formula on its own"), and a lead ending in a colon titled the next paragraph.
    from support import cloze_answers, imported, notes, run, visible

    aligned = ("\\begin{aligned}\nP_{tot} &= P_{stat} + P_{din} \\\\\n"
               "- P_{att} &= P + \\tfrac{1}{2}\\rho v^2\n\\end{aligned}")
    cases = ("\\begin{cases}\n\\text{laminare} & Re < 2000 \\\\\n"
             "\\text{turbolento} & Re > 3000\n\\end{cases}")
    source = ("# Emodinamica\n\n## Pressione\n\nLa **pressione totale**\n" + aligned + "\n\n"
              "## Reynolds\n\nIl regime di flusso:\n" + cases + "\n\n"
              "La **viscosità** del sangue cresce con l'ematocrito.\n")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "emodinamica.md").write_text(source, encoding="utf-8")
    run("build", tmp_path / "in", "-o", tmp_path / "deck.apkg")
    with imported(tmp_path / "anki", tmp_path / "deck.apkg") as col:
        cards = {answer: (visible(card.question()), visible(card.answer()))
                 for note in notes(col) for card in note.cards()
                 for answer in cloze_answers(note, card.ord)}
    front, back = cards["pressione totale"]
    assert _folded(f"\\[{aligned}\\]") in _folded(front), front  # MathJax, its "- " line too
    assert "pressione totale \\[\\begin{aligned}" in back, back
    # The formula under "Il regime di flusso:" is that line's, never the next one's title.
    assert cards["viscosità"][0].endswith("La [...] del sangue cresce con l'ematocrito."), cards


def test_a_column_name_keeps_its_formula_whole():
    # A matrix's column names lost their symbols as a heading loses its emoji: "^" is one
    # (Unicode Sk), so "($\mathrm{cm^2}$)" reached every row's card as "\(\mathrm{cm2}\)".
    source = ("# Emodinamica\n\n## Sezione e velocità\n\n"
              "|  | $v$ ($\\mathrm{cm/s}$) | $A$ ($\\mathrm{cm^2}$) |\n|---|---|---|\n"
              "| Aorta | 30 | 4 |\n| Capillari | 0,03 | 4500 |\n")
    _assert_math_whole(source, ["\\mathrm{cm^2}", "\\mathrm{cm/s}"])
    assert not any("cm2" in value for value in _shown_fields(source))


def test_a_wiki_link_showing_a_formula_shows_the_formula():
    # "[[Page|$x$]]" and "[[Page#$x$]]": the link's brackets stood on either side of the
    # formula, in two text nodes, and the card showed "[[Resistenza vascolare|\(R\)]]".
    source = ("# Emodinamica\n\nLa **resistenza** ([[Resistenza vascolare|$R$]]) si misura in "
              "PRU; la legge di [[Poiseuille|$R \\propto r^{-4}$]] spiega il ruolo delle "
              "arteriole.\n\nVedi [[Reynolds#$Re$]] per il **numero di Reynolds**.\n")
    _assert_math_whole(source, ["R", "R \\propto r^{-4}"])
    fields = _shown_fields(source)
    assert not any("[[" in value or "]]" in value for value in fields), fields
    assert any("Vedi Reynolds per" in value for value in fields), fields


def test_hugo_katex_shortcodes_are_math():
    # Hugo Book's "{{< katex >}}…{{< /katex >}}" holds bare TeX: dropped as any shortcode,
    # its TeX reached the card raw ("La portata Q = \frac{\Delta P}{R} è costante", and
    # "\frac{8 \eta l}{\pi {{c1::r}}^4}" with a letter of it asked).
    flow = "Q = \\frac{\\Delta P}{R}"
    resistance = "R = \\frac{8 \\eta l}{\\pi r^4}"
    source = ('+++\ntitle = "Emodinamica"\n+++\n\n'
              f"La **portata** {{{{< katex >}}}}{flow}{{{{< /katex >}}}} è costante.\n\n"
              f"La **resistenza** vale\n{{{{< katex display >}}}}\n{resistance}\n"
              "{{< /katex >}}\nin un tubo rigido.\n")
    _assert_math_whole(source, [flow, resistance])


def test_a_katex_shortcode_left_open_stops_at_the_next_one():
    # "{{< katex >}}" never closed read its TeX on to the next closer, past other shortcodes
    # (and to the end of the text for each opener: 10,000 of them read in 7 s). Its TeX is
    # only what stands before the next opener or closer.
    from deck_builder.readers.markdown import _KATEX_SHORTCODE, _katex_math

    typed = "a {{< katex >}}x and {{< katex >}}Q = R{{< /katex >}} b"
    assert _KATEX_SHORTCODE.sub(_katex_math, typed) == "a {{< katex >}}x and $Q = R$ b"
    unclosed = "{{< katex >}}x " * 10_000
    assert _KATEX_SHORTCODE.sub(_katex_math, unclosed + "{{< /katex >}}") == (
        unclosed[:-len("{{< katex >}}x ")] + "$x$")


def test_a_github_math_fence_is_display_math():
    # GitHub's and GitLab's "```math" fence is display math: read as code, its formula made
    # no card, and the list item over one took the next paragraph for its own.
    velocity = "v = \\frac{Q}{A}"
    source = ("# Emodinamica\n\n## Flusso\n\n- La **velocità media**:\n  ```math\n  "
              + velocity + "\n  ```\n\nLa **pressione** è la forza per unità di superficie.\n")
    _assert_math_whole(source, [velocity])
    fields = _shown_fields(source)
    assert not any("media" in value and "pressione" in value for value in fields), fields


def test_a_delimiter_typed_double_on_one_side_only_shows_no_dollar():
    # "$P = \rho g h$$ e …" and "$$S = \rho_f V g$ e …" (a typo on one side): read by
    # Pandoc's rule, the formula is the single-dollar one, and the card showed a "$" beside it.
    source = ("# Emodinamica\n\nLa **pressione idrostatica** è $P=\\rho g h$$ e aumenta con la "
              "profondità.\n\nLa **spinta di Archimede** è $$S = \\rho_f V g$ e punta verso "
              "l'alto.\n\nIl **libro** costa $5 e $10 in saldo.\n")
    fields = _shown_fields(source)
    _assert_math_whole(source.replace("$5 e $10", "5 e 10"),
                       ["P=\\rho g h", "S = \\rho_f V g"])
    assert any("costa $5 e $10" in value for value in fields), fields  # prices stay text


def test_a_marked_lead_shows_the_formula_it_leads_into():
    # "Il **numero di Reynolds** è …:" over its "$$": the lead was read alone (leading into
    # nothing its card showed) and, making no card, titled the next paragraph: "Il numero di
    # Reynolds è … turbolento: La [viscosità] del sangue …", the formula lost between them.
    reynolds = "Re = \\frac{\\rho v d}{\\eta} \\tag{1}"
    source = ("# Emodinamica\n\n## Reynolds\n\nIl **numero di Reynolds** è un numero "
              "adimensionale che indica se il flusso è laminare o turbolento:\n\n"
              f"$$\n{reynolds}\n$$\n\nLa **viscosità** del sangue dipende dall'ematocrito.\n")
    _assert_math_whole(source, [reynolds])
    fields = _shown_fields(source)
    assert any(value.startswith("Il {{c1::numero di Reynolds}} è") and reynolds in value
               for value in fields), fields
    assert not any("turbolento" in value and "viscosità" in value for value in fields), fields


def test_a_latex_cross_reference_in_prose_shows_no_tex():
    # "(Eq. \ref{eq:HSE})", "in Figure \ref{fig:flow}", "\eqref{eq:ohm}" typed in prose, as
    # LaTeX writers do (a real stellar-physics lecture): they reached cards as raw TeX.
    source = ("# Emodinamica\n\nLa **resistenza** segue dalla legge di Ohm (Eq. \\ref{eq:ohm}), "
              "come mostra la Figura \\ref{fig:flow}.\n\nDa \\eqref{eq:poiseuille} la "
              "**portata** cresce con $r^4$.\n")
    fields = _shown_fields(source)
    _assert_math_whole(source, ["r^4"])
    assert any("legge di Ohm (Eq.), come" in value for value in fields), fields
    assert any("Da the equation la" in value for value in fields), fields
    assert any("come mostra la Figura." in value for value in fields), fields


def test_bookdown_references_and_index_entries_in_prose_show_no_tex():
    # bookdown's "Chapter \@ref(algorithms)" and "geocomputation\index{geocomputation}" (a
    # real R Markdown book): the reference and the index entry reached cards as typed.
    source = ("# Geocomputation\n\nThe **raster** data model\\index{raster} is explained in "
              "Chapter \\@ref(spatial-class), and its **extent** in Table \\@ref(tab:ext).\n")
    fields = _shown_fields(source)
    assert any("model is explained in Chapter, and its" in value and "in Table." in value
               for value in fields), fields
    assert not any("index" in value or "@ref" in value for value in fields), fields
