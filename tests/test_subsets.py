"""Subsets by topic, section, kind or citation, and what `list` says there is to choose."""

from __future__ import annotations

import json

import pytest
from support import copy_seed, imported, notes, run


@pytest.fixture(scope="module")
def seed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("subsets")
    cards = folder / "cards"
    copy_seed(cards)
    full = folder / "full.apkg"
    run("build", cards, "-o", full)
    with imported(folder / "full-anki", full) as col:
        full_notes = {n.guid: set(n.tags) for n in notes(col)}
    counts = json.loads(run("list", cards, "--json").output)
    return {"folder": folder, "cards": cards, "full": full, "notes": full_notes, "counts": counts}


def _guids(apkg, folder):
    with imported(folder, apkg) as col:
        return {n.guid for n in notes(col)}


def _has_topic(tags, topic):
    return any(t == f"topic::{topic}" or t.startswith(f"topic::{topic}::") for t in tags)


def test_each_topic_subset_is_exactly_the_full_decks_notes_with_that_tag(seed, tmp_path):
    topics = seed["counts"]["topics"]
    assert {"individualism", "collectivism::strengths", "case-studies"} <= set(topics)
    for topic in topics:
        apkg = tmp_path / f"{topic.replace('::', '-')}.apkg"
        run("build", seed["cards"], "--topic", topic, "-o", apkg)
        expected = {g for g, tags in seed["notes"].items() if _has_topic(tags, topic)}
        assert _guids(apkg, tmp_path / f"anki-{topic}") == expected, topic
        assert len(expected) == topics[topic]


def test_kind_and_exclusion_combine(seed, tmp_path):
    apkg = tmp_path / "compare.apkg"
    run("build", seed["cards"], "--kind", "compare", "--exclude-topic", "similarities", "-o", apkg)
    with imported(tmp_path / "anki", apkg) as col:
        assert col.note_count() == 5  # the five difference rows
        assert all("topic::differences" in n.tags for n in notes(col))


def test_citation_subset_and_wildcards(seed, tmp_path):
    apkg = tmp_path / "triandis.apkg"
    run("build", seed["cards"], "--cite", "Triandis*", "-o", apkg)
    expected = {g for g, tags in seed["notes"].items() if "cite::Triandis2018" in tags}
    assert _guids(apkg, tmp_path / "anki") == expected
    assert len(expected) == seed["counts"]["citations"]["Triandis2018"]


def test_overlapping_subsets_then_the_full_deck_never_duplicate(seed, tmp_path):
    subsets = []
    for option, value in (("--topic", "individualism"), ("--cite", "Cohen2016")):
        subsets.append(tmp_path / f"{value}.apkg")
        run("build", seed["cards"], option, value, "-o", subsets[-1])
    with imported(tmp_path / "anki", *subsets, seed["full"]) as col:
        assert col.note_count() == len(seed["notes"])


def test_list_json_counts_agree_with_the_package(seed):
    counts = seed["counts"]
    assert set(counts) == {"topics", "sections", "kinds", "citations", "articles"}
    assert counts["articles"] == {"collectivism-vs-individualism": len(seed["notes"])}
    assert sum(counts["kinds"].values()) == len(seed["notes"])
    for work, count in counts["citations"].items():
        assert count == sum(f"cite::{work}" in tags for tags in seed["notes"].values())


def test_list_prints_a_readable_table(seed):
    output = run("list", seed["cards"]).output
    assert "topics:" in output and "citations:" in output
    assert any(line.split() == ["compare", "9"] for line in output.splitlines())


def test_unknown_topic_is_an_error_naming_the_known_ones(seed, tmp_path):
    result = run("build", seed["cards"], "--topic", "individualsm", "-o", tmp_path / "x.apkg",
                 expect=2)
    assert 'did you mean "individualism"?' in result.output
    assert "Known topics:" in result.output and "case-studies::japan" in result.output
    assert not (tmp_path / "x.apkg").exists()


def test_split_by_topic_writes_one_package_per_top_level_topic(seed, tmp_path):
    out = tmp_path / "split"
    out.mkdir()
    run("build", seed["cards"], "--split-by", "topic", "-o", out)
    got = {p.stem: _guids(p, tmp_path / f"anki-{p.stem}") for p in out.iterdir()}
    assert {"individualism", "case-studies"} <= set(got)
    # Each note in the package of its own top-level topic, every note in exactly one.
    assert all(_has_topic(seed["notes"][g], topic) for topic, gs in got.items() for g in gs)
    assert set().union(*got.values()) == set(seed["notes"])
    assert sum(len(gs) for gs in got.values()) == len(seed["notes"])


def test_topic_names_complete_in_the_shell(seed, monkeypatch):
    from click.shell_completion import ShellComplete

    from deck_builder.cli import main

    monkeypatch.chdir(seed["folder"])
    completion = ShellComplete(main, {}, "deck-builder", "_DECK_BUILDER_COMPLETE")
    items = completion.get_completions(["build", "--topic"], "indiv")
    assert [i.value for i in items] == [
        "individualism", "individualism::strengths", "individualism::weaknesses"]
