"""What keeps large courses fast, checked by what runs rather than by timing it."""

from __future__ import annotations

from support import copy_seed, run

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
