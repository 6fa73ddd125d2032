"""Synthetic courses shaped like the seed article, for the benchmark.

Every article has what cards/collectivism-vs-individualism.yaml has -- two concepts, a
glossary, references, sections of facts with **marked** phrases and APA citations,
definitions, labelled lists of strengths and weaknesses, and a similarity and a
difference table -- and makes exactly NOTES_PER_ARTICLE notes. The text is random but
seeded, so a size always gives the same files. The same course can be written in YAML
(the default) or in deck-builder's Markdown: the same articles, structure and 50 notes each,
as an author would write them in Markdown (a heading per section, a labelled list per
strengths and weaknesses, a table per comparison, front matter only for the deck).

    python benchmarks/corpus.py 10000 /tmp/course             # writes /tmp/course/*.yaml
    python benchmarks/corpus.py 10000 /tmp/course markdown    # writes /tmp/course/*.md
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

NOTES_PER_ARTICLE = 50

_SYLLABLES = ("ka", "lo", "mi", "ver", "dun", "sa", "tor", "pel", "ri", "no", "bra", "cu",
              "fen", "gal", "hol", "jin", "mar", "os", "qua", "sel", "tem", "vi", "zor", "an")
_WORDS = (
    "society culture group member value norm family community tradition freedom right duty "
    "harmony conflict identity autonomy cooperation competition welfare support pressure "
    "belonging achievement success expression context communication decision priority "
    "behaviour motivation institution policy economy market state law religion education "
    "history region nation city village household generation elder youth leader worker "
    "emphasis tension balance outcome pattern practice belief attitude study survey sample "
    "measure effect difference similarity evidence theory model approach framework view "
    "strong weak high low direct indirect shared personal collective social cultural "
    "political economic moral public private formal informal stable changing broad narrow "
    "tends often rarely usually strongly clearly partly largely mostly widely"
).split()
_SURNAMES = ("Oyserman", "Triandis", "Potter", "Hofstede", "Markus", "Kitayama", "Cohen",
             "Takano", "Schwartz", "Nisbett", "Heine", "Brewer", "Gelfand", "Varnum")


class _Writer:
    def __init__(self, rng: random.Random):
        self.rng = rng
        # The works this article cites, all in its `references:`, as in a clean article.
        self.works = [(a, b, rng.randint(1980, 2023))
                      for a, b in zip(rng.sample(_SURNAMES, 4), rng.sample(_SURNAMES, 4),
                                      strict=True)]

    def concepts_and_terms(self) -> tuple[str, str, list[str]]:
        """The article's two concepts and two glossary terms."""
        a, b = f"{self.name()}ism", f"{self.name()}ism"
        while b == a:
            b = f"{self.name()}ism"
        return a, b, [self.name() + " " + self.rng.choice(_WORDS) for _ in range(2)]

    def words(self, low: int, high: int) -> str:
        return " ".join(self.rng.choice(_WORDS) for _ in range(self.rng.randint(low, high)))

    def name(self) -> str:
        return "".join(self.rng.choice(_SYLLABLES) for _ in range(3)).capitalize()

    def citation(self) -> str:
        (a, b, year), (c, _, other) = self.rng.sample(self.works, 2)
        return self.rng.choice([
            f"({a}, {year})", f"({a} & {b}, {year})", f"({a} et al., {year})",
            f"({a}, {year}; {c}, {other})",
        ])

    def references(self) -> list[str]:
        return [f"{a}, A., & {b}, B. ({year}). {self.words(5, 9).capitalize()}. "
                "Journal of Cultural Studies, 12(3), 45-67." for a, b, year in self.works]

    def sentence(self, mention: str | None = None, mark: bool = True, cite: bool = True) -> str:
        parts = [self.words(6, 14).capitalize()]
        if mention:
            parts.append(mention)
        parts.append(self.words(3, 8))
        if mark:
            parts.append(f"**{self.words(2, 3)}**")
        parts.append(self.words(4, 10))
        text = " ".join(parts)
        if cite and self.rng.random() < 0.7:
            text += " " + self.citation()
        return text + "."

    def fact(self, mention: str | None = None) -> str:
        return " ".join(self.sentence(mention if i == 0 else None, mark=i == 0)
                        for i in range(self.rng.randint(1, 3)))


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def article(number: int, rng: random.Random) -> str:
    """One article of NOTES_PER_ARTICLE notes, as YAML text."""
    w = _Writer(rng)
    a, b, terms = w.concepts_and_terms()
    out = [
        f"id: article-{number:05d}",
        f'title: "{a} vs. {b}: Lesson {number}"',
        f'deck: "Course::Unit {number // 20:03d}::{a} vs {b}"',
        "concepts:",
        f"  - name: {a}",
        f"  - name: {b}",
        "glossary:",
    ]
    for term in terms:
        out += [f"  - term: {term}", f"    definition: {_quote(w.fact(term))}"]  # 2 notes
    out.append("references:")
    out.extend(f"  - {_quote(reference)}" for reference in w.references())
    out.append("sections:")

    def facts(count: int, mention: str | None = None):
        out.append("    facts:")
        out.extend(f"      - {_quote(w.fact(mention))}" for _ in range(count))

    out += ["  - title: Introduction", "    topic: overview"]
    facts(3)  # 3
    for concept in (a, b):
        out += [f'  - title: "{concept}"', f"    topic: {concept.lower()}", "    definitions:",
                f"      - term: {concept}",
                f"        text: {_quote(w.sentence(concept, mark=False))}"]  # 1 + 1
        facts(2, concept)  # 2 + 2
        out.append("    lists:")
        for kind in ("strengths", "weaknesses"):
            out += [f'      - title: "{kind.capitalize()} of {concept}"',
                    f"        concept: {concept}", f"        topic: {concept.lower()}::{kind}",
                    "        items:"]
            labels: set[str] = set()
            while len(labels) < 4:  # 16 in all
                labels.add(w.words(2, 3).title())
            for label in sorted(labels):
                out += [f"          - label: {_quote(label)}",
                        f"            text: {_quote(w.fact(concept))}"]
    for kind, rows, fact_count in (("similarity", 4, 3), ("difference", 5, 2)):
        title = f"{'Similarities' if kind == 'similarity' else 'Differences'} of {a} and {b}"
        out += [f'  - title: "{title}"', f"    topic: {kind}"]
        facts(fact_count)  # 3 + 2
        out += ["    comparisons:", f'      - title: "{title}"', f"        kind: {kind}",
                f"        concepts: [{a}, {b}]", "        rows:"]
        dimensions: set[str] = set()
        while len(dimensions) < rows:  # 4 + 5
            dimensions.add(w.words(1, 3).title())
        for dimension in sorted(dimensions):
            out += [f"          - dimension: {_quote(dimension)}", "            cells:"]
            for concept in (a, b):
                out.append(f"              {concept}: {_quote(w.sentence(concept, mark=False))}")
    for place in ("Case Study: The North", "Case Study: The South"):
        out += [f'  - title: "{place}"', f"    topic: case-studies::{place.split()[-1].lower()}"]
        facts(4)  # 4 + 4
    out += ["  - title: Conclusion", "    topic: conclusion"]
    facts(1)  # 1
    return "\n".join(out) + "\n"


def markdown_article(number: int, rng: random.Random) -> str:
    """One article of NOTES_PER_ARTICLE notes, as Markdown text (docs/markdown.md)."""
    w = _Writer(rng)
    a, b, terms = w.concepts_and_terms()
    out = ["---", f'deck: "Course::Unit {number // 20:03d}::{a} vs {b}"', "---", "",
           f"# {a} vs. {b}: Lesson {number}", ""]

    def facts(count: int, mention: str | None = None):
        for _ in range(count):
            out.extend([w.fact(mention), ""])

    facts(3)  # 3: the introduction, before the first section
    for concept in (a, b):
        definition = w.sentence(concept, mark=False)
        out += [f"## {concept}", "",  # 1 + 1: a paragraph opening "<concept> is"
                f"{concept} is {definition[0].lower()}{definition[1:]}", ""]
        facts(2, concept)  # 2 + 2
        for kind in ("strengths", "weaknesses"):
            out += [f"{kind.capitalize()} of {concept}:", ""]
            labels: set[str] = set()
            while len(labels) < 4:  # 16 in all
                labels.add(w.words(2, 3).title())
            out += [f"- **{label}**: {w.fact(concept)}" for label in sorted(labels)] + [""]
    for kind, rows, fact_count in (("similarity", 4, 3), ("difference", 5, 2)):
        title = f"{'Similarities' if kind == 'similarity' else 'Differences'} of {a} and {b}"
        out += [f"## {title}", ""]
        facts(fact_count)  # 3 + 2
        out += [f"| Dimension | {a} | {b} |", "| --- | --- | --- |"]
        dimensions: set[str] = set()
        while len(dimensions) < rows:  # 4 + 5
            dimensions.add(w.words(1, 3).title())
        for dimension in sorted(dimensions):
            out.append(f"| {dimension} | {w.sentence(a, mark=False)} "
                       f"| {w.sentence(b, mark=False)} |")
        out.append("")
    for place in ("Case Study: The North", "Case Study: The South"):
        out += [f"## {place}", ""]
        facts(4)  # 4 + 4
    out += ["## Conclusion", ""]
    facts(1)  # 1
    out += ["## Glossary", ""]
    out += [f"- **{term}**: {w.fact(term)}" for term in terms] + [""]  # 2
    out += ["## References", ""]
    out += [f"- {reference}" for reference in w.references()]
    return "\n".join(out) + "\n"


FORMATS = {"yaml": (".yaml", article), "markdown": (".md", markdown_article)}


def write_corpus(folder: Path, notes: int, seed: int = 0, fmt: str = "yaml") -> list[Path]:
    """About `notes` notes: one article per NOTES_PER_ARTICLE notes, in `folder`, in `fmt`
    (a key of FORMATS)."""
    suffix, write = FORMATS[fmt]
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for number in range(1, max(1, round(notes / NOTES_PER_ARTICLE)) + 1):
        path = folder / f"article-{number:05d}{suffix}"
        path.write_text(write(number, rng), encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    count, target = int(sys.argv[1]), Path(sys.argv[2])
    fmt = sys.argv[3] if len(sys.argv) > 3 else "yaml"
    print(f"wrote {len(write_corpus(target, count, fmt=fmt))} articles to {target}")
