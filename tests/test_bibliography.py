"""Bibliographies: BibTeX, BibLaTeX and CSL JSON read into tags and APA references."""

import json

import pytest

from deck_builder.bibliography import BibliographyError, Entry, Name, format_apa, load_bibliography

BIBTEX = r"""
@string{bba = {Biochimica et Biophysica Acta}}
@article{skou1957,
  author = {Skou, Jens Christian},
  title = {The influence of some cations on an adenosine triphosphatase from peripheral nerves},
  journal = bba, year = {1957}, volume = {23}, number = {2}, pages = {394--401},
  doi = {10.1016/0006-3002(57)90343-8}
}
@article{singer1972,
  author = {S. J. Singer and Garth L. Nicolson},
  title = {The Fluid Mosaic Model of the Structure of Cell Membranes},
  journaltitle = {Science}, date = {1972-02-18}, volume = 175, number = 4023, pages = {720--731}
}
@book{alberts2015,
  author = {Alberts, Bruce and Johnson, Alexander and Lewis, Julian},
  title = {Molecular Biology of the Cell}, edition = {6}, publisher = {Garland Science},
  year = {2015}
}
@incollection{mueller2001,
  author = {M{\"u}ller, Karl}, title = {Ion pumps}, booktitle = {Membranes},
  editor = {Roe, Richard and Lee, Sam}, pages = {1--20}, publisher = {Academic Press},
  year = {2001}
}
@phdthesis{dijk2010,
  author = {van Dijk, Teun A.}, title = {Discourse}, school = {University of Amsterdam},
  year = {2010}
}
@techreport{who2020,
  author = {{World Health Organization}}, title = {Mental health atlas},
  institution = {World Health Organization}, number = {7}, year = {2020}
}
"""

EXPECTED = {
    "skou1957": ("Skou1957", "Skou (1957)",
                 "Skou, J. C. (1957). The influence of some cations on an adenosine "
                 "triphosphatase from peripheral nerves. Biochimica et Biophysica Acta, 23(2), "
                 "394–401. https://doi.org/10.1016/0006-3002(57)90343-8"),
    "singer1972": ("Singer1972", "Singer & Nicolson (1972)",
                   "Singer, S. J., & Nicolson, G. L. (1972). The Fluid Mosaic Model of the "
                   "Structure of Cell Membranes. Science, 175(4023), 720–731."),
    "alberts2015": ("Alberts2015", "Alberts et al. (2015)",
                    "Alberts, B., Johnson, A., & Lewis, J. (2015). Molecular Biology of the Cell "
                    "(6th ed.). Garland Science."),
    "mueller2001": ("Müller2001", "Müller (2001)",
                    "Müller, K. (2001). Ion pumps. In R. Roe & S. Lee (Eds.), Membranes "
                    "(pp. 1–20). Academic Press."),
    "dijk2010": ("vanDijk2010", "van Dijk (2010)",
                 "van Dijk, T. A. (2010). Discourse [Doctoral dissertation, University of "
                 "Amsterdam]."),
    "who2020": ("WorldHealthOrganization2020", "World Health Organization (2020)",
                "World Health Organization. (2020). Mental health atlas (Report No. 7). "
                "World Health Organization."),
}


def described(references):
    return {k: (r.key, r.citation.display(), r.text) for k, r in references.items()}


def test_bibtex_and_biblatex(tmp_path):
    path = tmp_path / "refs.bib"
    path.write_text(BIBTEX)
    assert described(load_bibliography(path)) == EXPECTED


CSL = [
    {"id": "skou1957", "type": "article-journal",
     "author": [{"family": "Skou", "given": "Jens Christian"}],
     "title": "The influence of some cations on an adenosine triphosphatase from peripheral "
              "nerves",
     "container-title": "Biochimica et Biophysica Acta", "volume": "23", "issue": "2",
     "page": "394-401", "DOI": "10.1016/0006-3002(57)90343-8",
     "issued": {"date-parts": [[1957]]}},
    {"id": "dijk2010", "type": "thesis",
     "author": [{"family": "Dijk", "given": "Teun A.", "non-dropping-particle": "van"}],
     "title": "Discourse", "genre": "Doctoral dissertation",
     "publisher": "University of Amsterdam", "issued": {"raw": "2010"}},
    {"id": "web", "type": "webpage", "author": [{"literal": "NASA"}], "title": "Ion engines",
     "container-title": "NASA Glenn", "URL": "https://example.org/ion"},
]


def test_csl_json(tmp_path):
    path = tmp_path / "refs.json"
    path.write_text(json.dumps(CSL, indent=1))
    assert described(load_bibliography(path)) == {
        "skou1957": EXPECTED["skou1957"],
        "dijk2010": EXPECTED["dijk2010"],
        "web": ("NASAnd", "NASA (n.d.)",
                "NASA. (n.d.). Ion engines. NASA Glenn. https://example.org/ion"),
    }


def test_works_of_one_author_and_year_are_lettered_by_title(tmp_path):
    path = tmp_path / "refs.bib"
    path.write_text("@article{b, author={Skou, J.}, title={Sodium}, year=1957}\n"
                    "@article{a, author={Skou, J.}, title={Potassium}, year=1957}\n")
    found = load_bibliography(path)
    assert [(k, r.key) for k, r in found.items()] == [("b", "Skou1957b"), ("a", "Skou1957a")]
    assert found["a"].text == "Skou, J. (1957a). Potassium."


@pytest.mark.parametrize(
    ("name", "source", "line", "message"),
    [
        ("refs.bib", "@article{x,\n  title={a},\n  year=1957", 3,
         "BibTeX syntax error: premature end of file"),
        ("refs.bib", "@article{x, year=1}\n\n@article{x, year=2}", 3,
         "BibTeX: repeated bibliography entry: x"),
        ("refs.json", '[{"id": "a"},\n {"title": "b"}]', 2, 'CSL JSON: entry 2 has no "id"'),
        ("refs.json", '[{"id": "a",}]', 1,
         "CSL JSON: Expecting property name enclosed in double quotes"),
        ("refs.json", '{"id": "a"}', 1, "CSL JSON: the file must be a list of entries"),
        ("refs.ris", "TY  - JOUR", 0,
         "bibliography refs.ris: give a BibTeX/BibLaTeX (.bib) or CSL JSON (.json) file"),
    ],
)
def test_bad_bibliography_names_its_line(tmp_path, name, source, line, message):
    path = tmp_path / name
    path.write_text(source)
    with pytest.raises(BibliographyError) as raised:
        load_bibliography(path)
    assert (raised.value.line, raised.value.message) == (line, message)


def test_missing_bibliography(tmp_path):
    with pytest.raises(BibliographyError, match="bibliography gone.bib does not exist"):
        load_bibliography(tmp_path / "gone.bib")


@pytest.mark.parametrize(
    ("entry", "text"),
    [
        (Entry("e", "book", editors=(Name("Roe", "Richard"),), year="1999", title="Edited",
               publisher="Pub"), "Roe, R. (Ed.). (1999). Edited. Pub."),
        (Entry("e", "paper-conference", authors=(Name("Lee", "Jean-Paul"),), year="2019",
               title="A talk", container="Proceedings of X", pages="5-9"),
         "Lee, J.-P. (2019). A talk. In Proceedings of X (pp. 5–9)."),
        (Entry("e", "document", title="Anonymous work", year="2001"),
         "Anonymous work. (2001)."),
        (Entry("e", "article-journal", authors=tuple(Name(f"A{i}", "B") for i in range(22)),
               year="2020", title="Big", container="J"),
         "A0, B., " + ", ".join(f"A{i}, B." for i in range(1, 19)) + ", . . . A21, B. (2020). "
         "Big. J."),
    ],
)
def test_apa_forms(entry, text):
    assert format_apa(entry) == text
