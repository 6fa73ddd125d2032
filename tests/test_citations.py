import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from support import examples

from deck_builder.citations import (
    Citation,
    CitationSpan,
    find_citations,
    merge_citations,
    reference_key,
    strip_citations,
)


def keys(text: str) -> list[str]:
    spans, problems = find_citations(text)
    assert problems == []
    return [c.key for span in spans for c in span.citations]


def only_span(text: str) -> CitationSpan:
    spans, problems = find_citations(text)
    assert problems == [] and len(spans) == 1
    return spans[0]


# --- the article sentences from the seed -----------------------------------

OYSERMAN_FULL = (
    "By contrast, collectivist cultures often prioritize the needs of the group, but "
    "individual expression and autonomy is suppressed (Oyserman, Coon, & Kemmelmeier, 2002)."
)
SEED = [
    (OYSERMAN_FULL, ["Oyserman2002"], ["Oyserman, Coon, & Kemmelmeier (2002)"]),
    (
        "Individualism is a cultural worldview that values individual achievement "
        "(Cohen, Wu & Miller, 2016).",
        ["Cohen2016"],
        ["Cohen, Wu, & Miller (2016)"],
    ),
    (
        "... that anyone can succeed so long as they work hard enough to push through the "
        "barriers they face in their lives (Potter, 2019; Triandis, 2018).",
        ["Potter2019", "Triandis2018"],
        ["Potter (2019)", "Triandis (2018)"],
    ),
    (
        "Japan represents a predominantly collectivist culture (Takano, & Osaka, 2018).",
        ["Takano2018"],
        ["Takano & Osaka (2018)"],
    ),
    ("... (Oyserman et al., 2002).", ["Oyserman2002"], ["Oyserman et al. (2002)"]),
]


@pytest.mark.parametrize(("text", "expected_keys", "expected_display"), SEED)
def test_seed_sentences(text, expected_keys, expected_display):
    span = only_span(text)
    assert not span.narrative
    assert [c.key for c in span.citations] == expected_keys
    assert [c.display() for c in span.citations] == expected_display
    assert text[span.start : span.end].startswith(" (")
    assert text[span.end :] == "."


def test_seed_et_al_merges_into_full_form():
    citations = [
        c
        for text in ("... (Oyserman et al., 2002).", OYSERMAN_FULL)
        for c in only_span(text).citations
    ]
    merged = merge_citations(citations)
    assert list(merged) == ["Oyserman2002"]
    assert merged["Oyserman2002"].display() == "Oyserman, Coon, & Kemmelmeier (2002)"


def test_seed_strip():
    text = (
        "Japan represents a predominantly collectivist culture (Takano, & Osaka, 2018). "
        "Japanese society ..."
    )
    assert strip_citations(text, find_citations(text)[0]) == (
        "Japan represents a predominantly collectivist culture. Japanese society ..."
    )


# --- parenthetical forms ---------------------------------------------------

def described(span: CitationSpan) -> str:
    """Key and display of each work: the display shows authors, "et al." and year."""
    return " | ".join(f"{c.key} = {c.display()}" for c in span.citations)


@pytest.mark.parametrize(
    ("citation", "expected"),
    [
        ("(Oyserman, Coon, & Kemmelmeier, 2002)",
         "Oyserman2002 = Oyserman, Coon, & Kemmelmeier (2002)"),
        ("(Oyserman, Coon, and Kemmelmeier, 2002)",
         "Oyserman2002 = Oyserman, Coon, & Kemmelmeier (2002)"),
        ("(Cohen, Wu & Miller, 2016)", "Cohen2016 = Cohen, Wu, & Miller (2016)"),
        ("(Oyserman et al., 2002)", "Oyserman2002 = Oyserman et al. (2002)"),
        ("(Oyserman et al. 2002)", "Oyserman2002 = Oyserman et al. (2002)"),
        ("(Potter, 2019; Triandis, 2018)",
         "Potter2019 = Potter (2019) | Triandis2018 = Triandis (2018)"),
        ("(Takano, & Osaka, 2018)", "Takano2018 = Takano & Osaka (2018)"),
        ("(Smith and Jones, 2001)", "Smith2001 = Smith & Jones (2001)"),
        ("(Smith, 2001, 2005)", "Smith2001 = Smith (2001) | Smith2005 = Smith (2005)"),
        ("(Smith, 2001a, 2001b)", "Smith2001a = Smith (2001a) | Smith2001b = Smith (2001b)"),
        ("(Smith et al., 2001, 2003)",
         "Smith2001 = Smith et al. (2001) | Smith2003 = Smith et al. (2003)"),
        ("(Smith, 2001a)", "Smith2001a = Smith (2001a)"),
        ("(Smith, n.d.)", "Smithnd = Smith (n.d.)"),
        ("(Smith, in press)", "Smithinpress = Smith (in press)"),
        ("(Smith, 2001, p. 12)", "Smith2001 = Smith (2001, p. 12)"),
        ("(Smith, 2001, pp. 12–14)", "Smith2001 = Smith (2001, pp. 12–14)"),
        ("(Smith, 2001, para. 4)", "Smith2001 = Smith (2001, para. 4)"),
        ("(e.g., Smith, 2001)", "Smith2001 = Smith (2001)"),
        ("(see Smith, 2001; cf. Jones, 2003)",
         "Smith2001 = Smith (2001) | Jones2003 = Jones (2003)"),
        ("(see also Smith, 2001)", "Smith2001 = Smith (2001)"),
        ("(van Dijk, 2010)", "vanDijk2010 = van Dijk (2010)"),
        ("(O’Brien & de la Cruz, 2019)", "OBrien2019 = O’Brien & de la Cruz (2019)"),
        ("(O'Brien, 2001)", "OBrien2001 = O'Brien (2001)"),
        ("(Müller, 2020)", "Müller2020 = Müller (2020)"),
        ("(Smith-Jones, 2020)", "Smith-Jones2020 = Smith-Jones (2020)"),
        ("(World Health Organization [WHO], 2020)",
         "WHO2020 = World Health Organization [WHO] (2020)"),
        ("(WHO, 2020)", "WHO2020 = WHO (2020)"),
        ("(Smith,\n  2001)", "Smith2001 = Smith (2001)"),
        ("(J. Smith, 2001)", "Smith2001 = Smith (2001)"),
        ("(J. M. Taylor & Neville, 2020)", "Taylor2020 = Taylor & Neville (2020)"),
        ("(U.S. Census Bureau, 2020)", "USCensusBureau2020 = U.S. Census Bureau (2020)"),
    ],
)
def test_parenthetical(citation, expected):
    text = f"It is so {citation}."
    span = only_span(text)
    assert not span.narrative
    assert described(span) == expected
    assert text[span.start : span.end] == f" {citation}"


def test_parenthetical_citation_fields():
    span = only_span("(Oyserman et al., 2002; van Dijk & O’Brien, 2010a)")
    assert span.citations == (
        Citation(("Oyserman",), "2002", True),
        Citation(("van Dijk", "O’Brien"), "2010a", False),
    )


# --- narrative forms -------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected", "stripped"),
    [
        ("Oyserman et al. (2002) found it.", "Oyserman2002 = Oyserman et al. (2002)",
         "Oyserman et al. found it."),
        ("Cohen, Wu and Miller (2016) argue so.", "Cohen2016 = Cohen, Wu, & Miller (2016)",
         "Cohen, Wu and Miller argue so."),
        ("Oyserman, Coon, & Kemmelmeier (2002) found",
         "Oyserman2002 = Oyserman, Coon, & Kemmelmeier (2002)",
         "Oyserman, Coon, & Kemmelmeier found"),
        ("As shown by Triandis (2018).", "Triandis2018 = Triandis (2018)",
         "As shown by Triandis."),
        ("Takano and Osaka (2018) say", "Takano2018 = Takano & Osaka (2018)",
         "Takano and Osaka say"),
        ("according to Smith (2001a), it", "Smith2001a = Smith (2001a)",
         "according to Smith, it"),
        ("as van Dijk (2010, p. 3) put it", "vanDijk2010 = van Dijk (2010, p. 3)",
         "as van Dijk put it"),
        ("Smith (n.d.) says", "Smithnd = Smith (n.d.)", "Smith says"),
        ("Smith (in press) says", "Smithinpress = Smith (in press)", "Smith says"),
        ("However, Smith and Jones (2001) disagree.", "Smith2001 = Smith & Jones (2001)",
         "However, Smith and Jones disagree."),
        ("In Smith’s (2001) study", "Smith2001 = Smith (2001)", "In Smith’s study"),
        ("A study by Müller (2020) shows", "Müller2020 = Müller (2020)",
         "A study by Müller shows"),
        ("As von Humboldt (1845) wrote", "vonHumboldt1845 = von Humboldt (1845)",
         "As von Humboldt wrote"),
        ("Smith (2001, 2005) showed", "Smith2001 = Smith (2001) | Smith2005 = Smith (2005)",
         "Smith showed"),
        # APA's first narrative use of a group author: the abbreviation is cited
        ("the World Health Organization (WHO, 2020) warns", "WHO2020 = WHO (2020)",
         "the World Health Organization warns"),
    ],
)
def test_narrative(text, expected, stripped):
    span = only_span(text)
    assert described(span) == expected
    assert strip_citations(text, [span]) == stripped


def test_narrative_span_is_only_the_year_parenthesis():
    text = "Oyserman et al. (2002) found"
    span = only_span(text)
    assert span.narrative
    assert text[span.start : span.end] == " (2002)"
    assert span.citations == (Citation(("Oyserman",), "2002", True),)


# --- not citations ---------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "the person (i.e. the ‘self’) acts",
        "groups (often, the family) matter",
        "countries (that often have strong safety nets) differ",
        "values (harmony) and (personal) goals",
        "(1) first point",
        "in 2002 the law changed",
        "as shown (see Figure 2) here",
        "a sample (n = 2002) was",
        "a sample (N = 120) was",
        "a sample (N = 2002) was",
        "significant (p < .05) effects",
        "growth (1990s) slowed",
        "disasters (e.g., 1999 floods) hit",
        "the treaty (signed in 1648) ended it",
        "the war ended in peace (1648)",
        "a name without a year (Smith) here",
        "the pandemic (COVID-19, 2020) began",
        "empty () parens",
        "",
        # A person named in full, a law case and a circa date are no work cited.
        "the flying shuttle (John Kay, 1733) sped weaving",
        "the water frame (Richard Arkwright, 1769) spun",
        "an offer lapses (Ramsgate Victoria Hotel v Montefiore, 1866)",
        "the spinning jenny (James Hargreaves, c. 1764) spun",
    ],
)
def test_not_citations(text):
    assert find_citations(text) == ([], [])


# --- problems --------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "start", "shown"),
    [
        ("It was so (Smith 2001 p).", 10, "(Smith 2001 p)"),
        ("It was so (Smith, Jones 19999).", 10, "(Smith, Jones 19999)"),
        ("It was so (Smith, 2001, p).", 10, "(Smith, 2001, p)"),
        ("It was so (Smith, 2001; see Figure 2).", 10, "(Smith, 2001; see Figure 2)"),
        ("(see Smith 2001 x)", 0, "(see Smith 2001 x)"),
    ],
)
def test_unreadable_citation_is_a_problem(text, start, shown):
    spans, problems = find_citations(text)
    assert spans == []
    assert len(problems) == 1
    assert problems[0].start == start
    assert problems[0].message == (
        f'cannot read the citation "{shown}"; '
        "author–date citations look like (Author, 2001) or (Author 2001, p. 4)"
    )


def test_problem_message_shortens_long_content():
    text = "(Smith, " + "x" * 500 + " 2001 p)"
    [problem] = find_citations(text)[1]
    assert len(problem.message) < 200
    assert '"(Smith, xxx' in problem.message and "…)" in problem.message


def test_problems_and_spans_together_in_order():
    text = "A (Smith, 2001). B (Jones 2002 q). Lee (2003) said."
    spans, problems = find_citations(text)
    assert [c.key for s in spans for c in s.citations] == ["Smith2001", "Lee2003"]
    assert [p.start for p in problems] == [text.index("(Jones")]


# --- Citation --------------------------------------------------------------

@pytest.mark.parametrize(
    ("citation", "key", "display"),
    [
        (Citation(("Potter",), "2019", False), "Potter2019", "Potter (2019)"),
        (Citation(("Takano", "Osaka"), "2018", False), "Takano2018", "Takano & Osaka (2018)"),
        (
            Citation(("Oyserman", "Coon", "Kemmelmeier"), "2002", False),
            "Oyserman2002",
            "Oyserman, Coon, & Kemmelmeier (2002)",
        ),
        (Citation(("Oyserman",), "2002", True), "Oyserman2002", "Oyserman et al. (2002)"),
        (Citation(("van Dijk",), "2010", False), "vanDijk2010", "van Dijk (2010)"),
        (Citation(("O’Brien",), "2001", False), "OBrien2001", "O’Brien (2001)"),
        (Citation(("Smith",), "2001a", False), "Smith2001a", "Smith (2001a)"),
        (Citation(("Smith",), "n.d.", False), "Smithnd", "Smith (n.d.)"),
        (Citation(("Smith",), "in press", False), "Smithinpress", "Smith (in press)"),
        (Citation(("de la Cruz",), "2019", False), "delaCruz2019", "de la Cruz (2019)"),
        (Citation(("Lévi-Strauss",), "1955", False), "Lévi-Strauss1955", "Lévi-Strauss (1955)"),
        (
            Citation(("U.S. Census Bureau",), "2020", False),
            "USCensusBureau2020",
            "U.S. Census Bureau (2020)",
        ),
        (
            Citation(("World Health Organization [WHO]",), "2020", False),
            "WHO2020",
            "World Health Organization [WHO] (2020)",
        ),
    ],
)
def test_citation_key_and_display(citation, key, display):
    assert citation.key == key
    assert citation.display() == display


def test_key_is_the_same_for_composed_and_decomposed_umlaut():
    decomposed = Citation(("Mu\u0308ller",), "2020", False)
    assert decomposed.key == Citation(("Müller",), "2020", False).key == "Müller2020"


# --- merge -----------------------------------------------------------------

def test_merge_keeps_most_complete_form_in_first_seen_order():
    et_al = Citation(("Oyserman",), "2002", True)
    full = Citation(("Oyserman", "Coon", "Kemmelmeier"), "2002", False)
    who_short = Citation(("WHO",), "2020", False)
    who_long = Citation(("World Health Organization [WHO]",), "2020", False)
    potter = Citation(("Potter",), "2019", False)
    merged = merge_citations([et_al, who_short, potter, full, who_long, et_al, who_short])
    assert merged == {"Oyserman2002": full, "WHO2020": who_long, "Potter2019": potter}


def test_merge_prefers_full_two_author_form_over_et_al():
    et_al = Citation(("Smith",), "2001", True)
    pair = Citation(("Smith", "Jones"), "2001", False)
    assert merge_citations([pair, et_al]) == {"Smith2001": pair}
    assert merge_citations(iter([et_al, pair])) == {"Smith2001": pair}


def test_merge_of_nothing():
    assert merge_citations([]) == {}


# --- strip -----------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "stripped"),
    [
        ("It holds (Smith, 2001).", "It holds."),
        ("It holds (Smith, 2001), mostly.", "It holds, mostly."),
        ("It holds (Smith, 2001) in Japan.", "It holds in Japan."),
        ("It holds (Smith, 2001) (Jones, 2002) in Japan.", "It holds in Japan."),
        # the writer's own spacing after the citation stays
        ("It holds.  (Smith, 2001)  Then  more.", "It holds.  Then  more."),
        ("(Smith, 2001) opens the line.", "opens the line."),
        ("first line\n(Smith, 2001) second line", "first line\nsecond line"),
        ("ends here (Smith, 2001)\nnext", "ends here\nnext"),
        ("It holds (Smith, 2001) .", "It holds."),
        ("Oyserman et al. (2002) found (Smith, 2001) that.", "Oyserman et al. found that."),
        ("No citations here (harmony).", "No citations here (harmony)."),
    ],
)
def test_strip(text, stripped):
    spans, _ = find_citations(text)
    assert strip_citations(text, spans) == stripped


def test_strip_ignores_overlapping_and_backward_spans():
    text = "abc def ghi"
    spans = [CitationSpan(3, 7, (), False), CitationSpan(5, 9, (), False),
             CitationSpan(9, 8, (), False)]
    assert strip_citations(text, spans) == "abc ghi"


def test_strip_accepts_spans_in_any_order():
    text = "A (Smith, 2001) b (Jones, 2002) c."
    spans, _ = find_citations(text)
    assert strip_citations(text, list(reversed(spans))) == "A b c."


# --- reference list entries ------------------------------------------------

@pytest.mark.parametrize(
    ("reference", "key"),
    [
        (
            "Oyserman, D., Coon, H. M., & Kemmelmeier, M. (2002). Rethinking individualism and "
            "collectivism: Evaluation of theoretical assumptions and meta-analyses. "
            "Psychological Bulletin, 128(1), 3–72.",
            "Oyserman2002",
        ),
        ("Cohen, A. B., Wu, M. S., & Miller, J. (2016). Religion and culture. J, 47(9).",
         "Cohen2016"),
        ("Potter, W. J. (2019). Media literacy (9th ed.). SAGE.", "Potter2019"),
        ("van Dijk, T. A. (2010). Discourse.", "vanDijk2010"),
        ("O’Brien, K. (2001a). Title.", "OBrien2001a"),
        ("Smith, J. (n.d.). Title.", "Smithnd"),
        ("Smith, J. (in press). Title.", "Smithinpress"),
        ("Smith, J. (2020, May 3). A blog post.", "Smith2020"),
        ("Smith, J. (Ed.). (1999). Edited book.", "Smith1999"),
        ("World Health Organization. (2020). Mental health atlas.", "WorldHealthOrganization2020"),
        ("  Müller,   K.  (2020).  Spaced out.", "Müller2020"),
        ("Rethinking individualism and collectivism.", None),
        ("(2002). A title without an author.", None),
        ("12345, A. (2002). Numbers are no name.", None),
        ("Smith, J. (20xx). Bad year.", None),
        ("", None),
    ],
)
def test_reference_key(reference, key):
    assert reference_key(reference) == key


def test_reference_and_citation_keys_agree():
    reference = "Takano, Y., & Osaka, E. (2018). Comparing Japan and the United States."
    text = "Japan represents a predominantly collectivist culture (Takano, & Osaka, 2018)."
    assert keys(text) == [reference_key(reference)]


# --- robustness ------------------------------------------------------------

FRAGMENTS = st.sampled_from(
    ["(", ")", " ", ", ", "; ", "&", " and ", " et al.", "2001", "2001a", "n.d.", "in press",
     "Smith", "van ", "O’Brien", "[WHO]", "e.g., ", "see ", "p. 12", "\n", ".", "x", "’s"]
)
ARBITRARY_TEXT = st.one_of(
    st.text(),
    st.lists(st.one_of(FRAGMENTS, st.text(max_size=3)), max_size=40).map("".join),
)


def check_spans(text: str, spans: list[CitationSpan]) -> None:
    previous_end = 0
    for span in spans:
        assert 0 <= previous_end <= span.start <= span.end <= len(text)
        previous_end = span.end


@settings(max_examples=examples(250))
@given(ARBITRARY_TEXT)
def test_never_raises_and_spans_are_ordered_and_disjoint(text):
    spans, problems = find_citations(text)
    check_spans(text, spans)
    assert all(0 <= p.start < len(text) for p in problems)
    stripped = strip_citations(text, spans)
    assert len(stripped) <= len(text)
    if not spans:
        assert stripped == text


@given(ARBITRARY_TEXT)
@example(text="[^0]")  # a footnote marker: once taken for a span with no parenthesis
@example(text="[@0]")  # a Pandoc key with no bibliography (the test audit of session 33)
def test_every_span_is_a_citation_in_one_of_the_styles_read(text):
    # Author–date in parentheses, numbered or footnote or Pandoc in brackets ("[1]",
    # "[^1]", "[@key]"), or a Pandoc narrative "@key": a span is never loose text.
    for span in find_citations(text)[0]:
        cut = text[span.start : span.end].lstrip()
        assert ((cut.startswith("(") and cut.endswith(")"))
                or (cut.startswith("[") and cut.endswith("]")) or cut.startswith("@")), cut
        # A footnote marker is cut whatever its footnote says: its works come from the
        # article's footnotes, which this text alone does not have. So is a Pandoc key
        # ("[@0]", "@key"): its work is in the bibliography, which this text alone does not
        # name (the reader warns of a key no bibliography resolves).
        assert span.citations or cut.startswith(("[^", "[@", "@")), cut


@pytest.mark.parametrize(
    "text",
    [
        "(" + "A, " * 34_000,
        "(" + "A, " * 34_000 + "2001)",
        "(A, " * 25_000,
        "(" * 100_000,
        "A, " * 34_000 + "(2001)",
        ("Aa, " * 30 + "and Bb (2001) ") * 700,
        "(" + " " * 100_000 + "2001 x)",
        "(" + "A a " * 25_000 + "2001 x)",
        "(Smith" + " et" * 33_000 + ", 2001)",
        "(2001, p." + " " * 100_000 + "#)",
        "(see " * 25_000 + ")",
    ],
)
def test_large_adversarial_input_is_handled(text):
    spans, problems = find_citations(text)
    check_spans(text, spans)
    strip_citations(text, spans)
    assert len(spans) + len(problems) <= text.count("(")


def test_strip_does_not_double_a_full_stop_after_an_abbreviation():
    text = "a universal welfare system, etc. (Oyserman et al., 2002)."
    spans, _ = find_citations(text)
    assert strip_citations(text, spans) == "a universal welfare system, etc."
