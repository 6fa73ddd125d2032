"""What keeps large courses fast, checked by what runs rather than by timing it."""

from __future__ import annotations

from support import copy_seed, imported, run

from deck_builder import identify


def test_a_rebuild_with_nothing_changed_matches_notes_by_key_alone(tmp_path, monkeypatch):
    article = copy_seed(tmp_path / "cards")
    run("build", article, "-o", tmp_path / "first.apkg")
    compared = []
    match = identify._match_by_similarity

    def counting(specs, loose_specs, entries, loose_keys):
        compared.append(len(loose_specs) * len(loose_keys))
        return match(specs, loose_specs, entries, loose_keys)

    monkeypatch.setattr(identify, "_match_by_similarity", counting)
    # --no-cache: the cache would skip the file, and identity with it.
    result = run("build", article, "-o", tmp_path / "again.apkg", "--no-cache")
    assert "unchanged 49" in result.output
    assert compared and sum(compared) == 0  # no text compared with any other


def _glossary_course(folder, n: int):
    """n glossary terms, each defined, and n facts that each name three of them."""
    import json

    terms = [f"term{i:04} word" for i in range(n)]
    article = {
        "title": "Many terms",
        "glossary": [{"term": t, "definition": f"The meaning of {t}."} for t in terms],
        "sections": [{"title": "Facts", "facts": [
            f"Here {t} goes with {terms[(i + 1) % n]} and {terms[(i * 7 + 3) % n]}."
            for i, t in enumerate(terms)]}],
    }
    folder.mkdir()
    path = folder / "terms.json"
    path.write_text(json.dumps(article), encoding="utf-8")
    return path


def test_glossary_terms_are_searched_per_fact_by_its_words_not_all_of_them(tmp_path,
                                                                            monkeypatch):
    """Each fact asks after the terms its words may be, so four times the terms in four
    times the facts is four times the searching, not sixteen."""
    from deck_builder import text

    searches = []
    phrase_search = text._Phrase.search
    monkeypatch.setattr(text._Phrase, "search",
                        lambda self, *a: searches.append(1) or phrase_search(self, *a))
    counts = []
    for n in (50, 200):
        searches.clear()
        path = _glossary_course(tmp_path / f"n{n}", n)
        run("build", path, "-o", tmp_path / f"n{n}.apkg", "--no-cache")
        counts.append(len(searches))
        with imported(tmp_path / f"anki{n}", tmp_path / f"n{n}.apkg") as col:
            assert col.note_count() == 2 * n  # a definition and a fact per term
            facts = [col.get_note(i)["Text"] for i in col.find_notes('"Text:Here *"')]
            assert len(facts) == n and all(f.count("{{c") == 3 for f in facts)
    assert counts[0] > 0 and counts[1] < 6 * counts[0], counts  # all of them: 16x
