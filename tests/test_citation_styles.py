"""Every citation style read: input -> tags, locator and the front text the learner reads."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import examples

from deck_builder.citations import (
    NO_SOURCES,
    Citation,
    Reference,
    Sources,
    find_citations,
    merge_citations,
    numbered_references,
    parse_reference,
    strip_citations,
)


def read(text: str, sources: Sources = NO_SOURCES):
    """(keys, locators, stripped text, problem messages) of one sentence."""
    spans, problems = find_citations(text, sources)
    works = [c for span in spans for c in span.citations]
    return ([c.key for c in works], [c.locator for c in works], strip_citations(text, spans),
            [p.message for p in problems])


# --- author–date: APA, Harvard, Chicago --------------------------------------------------

@pytest.mark.parametrize(
    ("text", "keys", "locators", "front"),
    [
        # Harvard: colon before the page
        ("Na+ pumps exist (Skou, 1957: 402).", ["Skou1957"], ["p. 402"], "Na+ pumps exist."),
        ("Na+ pumps exist (Skou 1957: 402).", ["Skou1957"], ["p. 402"], "Na+ pumps exist."),
        ("Na+ pumps exist (Skou 1957:402).", ["Skou1957"], ["p. 402"], "Na+ pumps exist."),
        # Harvard and APA with "p." / "pp."
        ("Na+ pumps exist (Skou 1957, p. 402).", ["Skou1957"], ["p. 402"], "Na+ pumps exist."),
        ("Na+ pumps exist (Skou, 1957, pp. 40–42).", ["Skou1957"], ["pp. 40–42"],
         "Na+ pumps exist."),
        # Chicago: no comma, bare page numbers
        ("Na+ pumps exist (Skou 1957, 402).", ["Skou1957"], ["p. 402"], "Na+ pumps exist."),
        ("Na+ pumps exist (Skou 1957, 40-42).", ["Skou1957"], ["pp. 40–42"],
         "Na+ pumps exist."),
        ("Membranes flow (Singer and Nicolson 1972).", ["Singer1972"], [""], "Membranes flow."),
        ("It holds (Skou 1957, 402; Singer and Nicolson 1972, 720).",
         ["Skou1957", "Singer1972"], ["p. 402", "p. 720"], "It holds."),
        ("It holds (Skou 1957, chap. 3).", ["Skou1957"], ["chap. 3"], "It holds."),
        # narrative
        ("Skou (1957: 402) found the pump.", ["Skou1957"], ["p. 402"], "Skou found the pump."),
        ("Skou (1957, p. 402) found the pump.", ["Skou1957"], ["p. 402"],
         "Skou found the pump."),
        ("Skou (1957, 402) found the pump.", ["Skou1957"], ["p. 402"], "Skou found the pump."),
        # prefixes and several works of one year
        ("It holds (see Skou, 1957).", ["Skou1957"], [""], "It holds."),
        ("It holds (see, e.g., Skou 1957).", ["Skou1957"], [""], "It holds."),
        ("It holds (Skou, 1957a, 1957b).", ["Skou1957a", "Skou1957b"], ["", ""], "It holds."),
        ("It holds (Skou, 1957a, 1957b: 12).", ["Skou1957a", "Skou1957b"], ["", "p. 12"],
         "It holds."),
    ],
)
def test_author_date(text, keys, locators, front):
    assert read(text) == (keys, locators, front, [])


@pytest.mark.parametrize(
    "text",
    [
        "In Paris (1900, 3 million people) lived.",
        "The range (1957: a good year) was wide.",
        "the interval [0, 1] is closed",  # no numbered list: brackets stay text
        "write to me@example.org today",
        "contact [me@example.org]",
    ],
)
def test_not_citations(text):
    assert read(text) == ([], [], text, [])


def test_locator_is_shown_on_the_back_but_not_in_the_merged_work():
    [span], _ = find_citations("Skou (1957: 402) found it.")
    [cited] = span.citations
    assert cited.display() == "Skou (1957, p. 402)"
    assert merge_citations([cited]) == {"Skou1957": Citation(("Skou",), "1957", False)}


# --- reference entries in every common style ---------------------------------------------

SINGER = "Singer1972 = Singer & Nicolson (1972)"


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("Singer, S. J., & Nicolson, G. L. (1972). The fluid mosaic model of the structure of "
         "cell membranes. Science, 175(4023), 720–731.", SINGER),  # APA
        ("Singer, S.J. and Nicolson, G.L. (1972) 'The fluid mosaic model', Science, 175(4023), "
         "pp. 720–731.", SINGER),  # Harvard
        ("Singer, S. J., and Garth L. Nicolson. 1972. “The Fluid Mosaic Model of the Structure "
         "of Cell Membranes.” Science 175 (4023): 720–31.", SINGER),  # Chicago
        ("Skou, Jens C. 1957. “The 1956 Results Revisited.” Biochimica 23 (2): 394–401, 2005.",
         "Skou1957 = Skou (1957)"),  # Chicago: the year after the authors, not in the title
        ("Singer SJ, Nicolson GL. The fluid mosaic model of the structure of cell membranes. "
         "Science. 1972;175(4023):720–31.", SINGER),  # Vancouver
        ("1. Singer SJ, Nicolson GL. The fluid mosaic model. Science. 1972;175(4023):720–31.",
         SINGER),
        ("[2] S. J. Singer and G. L. Nicolson, “The fluid mosaic model of the structure of cell "
         "membranes,” Science, vol. 175, no. 4023, pp. 720–731, 1972.", SINGER),  # IEEE
        ("Skou, Jens C. “The Influence of Some Cations.” Biochimica et Biophysica Acta, vol. 23, "
         "1957, pp. 394–401.", "Skou1957 = Skou (1957)"),  # MLA
        ("^ Skou JC (1957). \"The influence of some cations\". Biochim Biophys Acta. 23 (2): "
         "394–401.", "Skou1957 = Skou (1957)"),  # a Wikipedia footnote
        ("Skou J. The influence of some cations on an adenosine triphosphatase. Biochim Biophys "
         "Acta. 1957;23:394–401.", "Skou1957 = Skou (1957)"),
        ("Alberts B, Johnson A, Lewis J, et al. Molecular Biology of the Cell. 4th ed. New York: "
         "Garland Science; 2002.", "Alberts2002 = Alberts et al. (2002)"),
        ("van Dijk TA. Discourse and context. 2010.", "vanDijk2010 = van Dijk (2010)"),
        ("J. M. Taylor, “A 1918 pandemic study,” Lancet, 2005.", "Taylor2005 = Taylor (2005)"),
        ("See Skou JC. The influence of some cations. 1957.", "Skou1957 = Skou (1957)"),
        ("Department of Health and Social Care. (2020). Guidance.",
         "DepartmentofHealthandSocialCare2020 = Department of Health and Social Care (2020)"),
    ],
)
def test_reference_in_any_style(entry, expected):
    reference = parse_reference(entry)
    assert f"{reference.key} = {reference.citation.display()}" == expected
    assert not reference.text[:1].isdigit() and not reference.text.startswith(("[", "^"))


@pytest.mark.parametrize("entry", [
    "Rethinking individualism.", "(2002). No author.", "",
    # footnotes that are remarks, not references
    "Proposed independently by Johannes Brønsted and Thomas Lowry in 1923.",
    "Its acid dissociation constant Ka is 1.8 × 10−5 at 25 °C.",
])
def test_unreadable_reference(entry):
    assert parse_reference(entry) is None


# --- numbered citations ------------------------------------------------------------------

REFERENCE_LIST = [
    "Skou JC. The influence of some cations. Biochim Biophys Acta. 1957;23:394–401.",
    "Singer SJ, Nicolson GL. The fluid mosaic model. Science. 1972;175:720–31.",
    "Hodgkin AL, Huxley AF. A quantitative description of membrane current. J Physiol. "
    "1952;117:500–44.",
    "Neher E, Sakmann B. Single-channel currents. Nature. 1976;260:799–802.",
    "Mitchell P. Coupling of phosphorylation. Nature. 1961;191:144–8.",
]
NUMBERED = Sources(numbered=numbered_references(REFERENCE_LIST))


@pytest.mark.parametrize(
    ("text", "keys", "locators", "front"),
    [
        ("The pump moves sodium [1].", ["Skou1957"], [""], "The pump moves sodium."),
        ("The pump moves sodium[1].", ["Skou1957"], [""], "The pump moves sodium."),
        ("Membranes flow [2], and pumps move ions [1].", ["Singer1972", "Skou1957"], ["", ""],
         "Membranes flow, and pumps move ions."),
        ("Ions cross membranes [1, 3–5].",
         ["Skou1957", "Hodgkin1952", "Neher1976", "Mitchell1961"], ["", "", "", ""],
         "Ions cross membranes."),
        ("Ions cross membranes [1–3].", ["Skou1957", "Singer1972", "Hodgkin1952"], ["", "", ""],
         "Ions cross membranes."),
        ("Ions cross membranes [1,2].", ["Skou1957", "Singer1972"], ["", ""],
         "Ions cross membranes."),
        ("The pump moves sodium [1, p. 398].", ["Skou1957"], ["p. 398"],
         "The pump moves sodium."),
        # never inside math or code
        ("The vector $v[1]$ and `a[1]` hold [2].", ["Singer1972"], [""],
         "The vector $v[1]$ and `a[1]` hold."),
        (r"Take \(x[1]\) and \[y[2]\] as given.", [], [], r"Take \(x[1]\) and \[y[2]\] as given."),
        # a citation right after math or code is outside it
        ("Take the vector $v$ [2].", ["Singer1972"], [""], "Take the vector $v$."),
        # prices are no math: a second `$` after one that never closes is text too
        ("Tickets cost $5 in 1990 and $7 in 2000 [2].", ["Singer1972"], [""],
         "Tickets cost $5 in 1990 and $7 in 2000."),
    ],
)
def test_numbered(text, keys, locators, front):
    assert read(text, NUMBERED) == (keys, locators, front, [])


def test_a_number_with_no_reference_is_a_problem_at_its_place():
    text = "Pumps [1], channels [9]."
    spans, problems = find_citations(text, NUMBERED)
    assert [c.key for s in spans for c in s.citations] == ["Skou1957"]
    assert [(p.start, p.message) for p in problems] == [
        (text.index("[9]"), "[9] cites no reference: the numbered reference list has no "
                            "entry 9")]
    assert strip_citations(text, spans) == "Pumps, channels."


def test_numbered_list_keeps_its_own_numbers():
    numbered = numbered_references(["[3] Skou JC. Title. 1957.", "[7] Mitchell P. Title. 1961."])
    assert {n: r.key for n, r in numbered.items()} == {"3": "Skou1957", "7": "Mitchell1961"}
    assert numbered["3"].text == "Skou JC. Title. 1957."
    assert numbered_references(["Untitled."]) == {"1": None}


# --- footnotes ---------------------------------------------------------------------------

FOOTNOTES = Sources(footnotes={
    "1": parse_reference("Skou, J. C. (1957). The influence of some cations. BBA, 23, 394–401."),
    "note": "Not all of it.",  # a remark, not a reference
})


@pytest.mark.parametrize(
    ("text", "keys", "front", "problems"),
    [
        ("The pump moves sodium.[^1]", ["Skou1957"], "The pump moves sodium.", []),
        ("The pump moves sodium [^1] and potassium.", ["Skou1957"],
         "The pump moves sodium and potassium.", []),
        ("The pump is old.[^note]", [], "The pump is old.", []),
        ("The pump is old.[^2]", [], "The pump is old.",
         ['footnote [^2] has no text: write it as a line "[^2]: ..."']),
    ],
)
def test_footnotes(text, keys, front, problems):
    found_keys, _, stripped, messages = read(text, FOOTNOTES)
    assert (found_keys, stripped, messages) == (keys, front, problems)


def test_a_remark_footnote_keeps_its_text_for_the_back():
    spans, _ = find_citations("The pump is old.[^note] It works.[^1]", FOOTNOTES)
    assert [(s.remark, [c.key for c in s.citations]) for s in spans] == [
        ("Not all of it.", []), ("", ["Skou1957"])]


# --- Pandoc ------------------------------------------------------------------------------

def _work(authors, year):
    citation = Citation(authors, year, False)
    return Reference(citation, f"{citation.display()} A title.")


BIBLIOGRAPHY = Sources(bibliography={
    "skou1957": _work(("Skou",), "1957"),
    "singer1972": _work(("Singer", "Nicolson"), "1972"),
    "alberts2015": Reference(Citation(("Alberts",), "2015", True), "Alberts et al. 2015."),
    "doi:10.1/x": _work(("Mitchell",), "1961"),
}, bibliography_name="refs.bib")


@pytest.mark.parametrize(
    ("text", "keys", "locators", "front"),
    [
        ("The pump moves sodium [@skou1957].", ["Skou1957"], [""], "The pump moves sodium."),
        ("The pump moves sodium [@skou1957, p. 4].", ["Skou1957"], ["p. 4"],
         "The pump moves sodium."),
        ("Ions move [see @skou1957, pp. 33-35; also @singer1972, chap. 1].",
         ["Skou1957", "Singer1972"], ["pp. 33–35", "chap. 1"], "Ions move."),
        ("@skou1957 says the pump moves sodium.", ["Skou1957"], [""],
         "Skou says the pump moves sodium."),
        ("@singer1972 [p. 720] say membranes flow.", ["Singer1972"], ["p. 720"],
         "Singer and Nicolson say membranes flow."),
        ("As @alberts2015 put it.", ["Alberts2015"], [""], "As Alberts et al. put it."),
        # the sentence's full stop after "et al." is not doubled
        ("Cells were described by @alberts2015.", ["Alberts2015"], [""],
         "Cells were described by Alberts et al."),
        ("Skou says the pump moves sodium [-@skou1957].", ["Skou1957"], [""],
         "Skou says the pump moves sodium."),
        ("Coupling [@doi:10.1/x].", ["Mitchell1961"], [""], "Coupling."),
        ("Coupling [@{doi:10.1/x}].", ["Mitchell1961"], [""], "Coupling."),
        # a handle or an address that is no key stays text
        ("Ask @someone or mail a@skou1957.org.", [], [], "Ask @someone or mail a@skou1957.org."),
        ("In code `[@skou1957]` stays.", [], [], "In code `[@skou1957]` stays."),
    ],
)
def test_pandoc(text, keys, locators, front):
    assert read(text, BIBLIOGRAPHY) == (keys, locators, front, [])


def test_pandoc_unknown_key_is_a_problem_and_the_marker_is_cut():
    text = "Ions move [@skou1957; @nobody2020]."
    keys, _, front, messages = read(text, BIBLIOGRAPHY)
    assert (keys, front) == (["Skou1957"], "Ions move.")
    assert messages == ["@nobody2020 is not in the bibliography refs.bib"]


def test_pandoc_without_a_bibliography_says_to_name_one():
    _, _, front, messages = read("Ions move [@skou1957].")
    assert front == "Ions move."
    assert messages == ["@skou1957 is a Pandoc citation, but the article names no bibliography; "
                        "add `bibliography: refs.bib` (BibTeX or CSL JSON) to the front matter"]


# --- one tag per work, whatever the style ------------------------------------------------

def test_one_work_cited_three_ways_is_one_tag():
    sources = Sources(
        numbered={"3": parse_reference("Skou JC. The influence of some cations. 1957;23:394.")},
        bibliography={"skou1957": _work(("Skou",), "1957")}, bibliography_name="refs.bib",
    )
    text = "Pumps exist (Skou, 1957). They move sodium [3]. They use ATP [@skou1957]."
    spans, problems = find_citations(text, sources)
    assert problems == []
    cited = [c for s in spans for c in s.citations]
    assert len(cited) == 3
    assert list(merge_citations(cited)) == ["Skou1957"]
    assert strip_citations(text, spans) == "Pumps exist. They move sodium. They use ATP."


# --- robustness --------------------------------------------------------------------------

PIECES = st.sampled_from(
    ["[", "]", "[^", "@", "-@", "skou1957", "singer1972", "1", "3", "–", ", ", "; ", "p. 4",
     "$", "`", "\\(", "\\)", " ", "(", ")", "Skou", "1957", ":", "see ", "{", "}"]
)
TEXT = st.one_of(st.text(), st.lists(PIECES, max_size=40).map("".join))
EVERYTHING = Sources(numbered=NUMBERED.numbered, footnotes=FOOTNOTES.footnotes,
                     bibliography=BIBLIOGRAPHY.bibliography, bibliography_name="refs.bib")


@settings(max_examples=examples(200))
@given(TEXT)
def test_any_text_gives_ordered_disjoint_spans(text):
    spans, problems = find_citations(text, EVERYTHING)
    end = 0
    for span in spans:
        assert end <= span.start <= span.end <= len(text)
        end = span.end
    assert all(0 <= p.start < len(text) for p in problems)
    strip_citations(text, spans)


@pytest.mark.parametrize(
    "text",
    ["$a " * 30_000, "`" * 50_000, "[@" * 30_000, "[1, " * 30_000, "\\(" * 30_000,
     "[1–9999]", "@" * 60_000, "[" + "1," * 30_000 + "]"],
)
def test_large_adversarial_input_is_handled(text):
    spans, _ = find_citations(text, EVERYTHING)
    strip_citations(text, spans)


REFERENCE_PIECES = st.sampled_from(
    ["Skou", ", ", "J. C.", " JC", ". ", "(1957)", "1957", "1957a", ";23:394", "“", "”", " and ",
     " & ", "et al.", "[1] ", "1. ", "van ", "Ed.", " (", ")", "pp. 394–401", "4023"]
)


@settings(max_examples=examples(150))
@given(st.one_of(st.text(), st.lists(REFERENCE_PIECES, max_size=30).map("".join)))
def test_any_reference_is_read_or_refused_never_raises(entry):
    reference = parse_reference(entry)
    if reference is not None:
        # a tag Anki keeps whole: no spaces, and a year that starts with a digit or "n"
        assert reference.key and not any(c.isspace() for c in reference.key)
        assert reference.citation.year[:1] in "0123456789ni"
