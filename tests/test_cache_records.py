"""What the build cache keeps of an unread file's problems: shown again exactly, from the
format the cache had before as well, and a damaged record never fails a build."""

from __future__ import annotations

import json

from support import SEED, run

from deck_builder.build import BuildOptions, build
from deck_builder.storage.cache import CACHE_DIR, CACHE_FILE


def _warned_course(tmp_path):
    cards = tmp_path / "cards"
    cards.mkdir()
    text = SEED.read_text(encoding="utf-8").replace(
        "sections:", "references:\n  - not a reference\nsections:", 1)
    (cards / "warned.yaml").write_text(text, encoding="utf-8")
    return cards


def _rewrite_records(cards, change) -> None:
    path = cards / CACHE_DIR / CACHE_FILE
    data = json.loads(path.read_bytes())
    for record in data["articles"].values():
        change(record)
    path.write_text(json.dumps(data), encoding="utf-8")


def _warnings(output: str) -> list[str]:
    return [line for line in output.splitlines() if "warning:" in line]


def test_a_cache_kept_in_the_earlier_format_shows_the_same_problems(tmp_path):
    cards = _warned_course(tmp_path)
    first = run("build", cards, "-o", tmp_path / "one.apkg")
    assert _warnings(first.output)
    fresh = build([cards], BuildOptions(tmp_path / "fresh.apkg", use_cache=False))
    assert any(p.severity == "info" for p in fresh.plan.problems)

    def as_lists(record):  # problems as lists of four, as caches kept them before
        record["problems"] = json.loads(record["problems"])
        assert record["problems"] and all(len(p) == 4 for p in record["problems"])

    _rewrite_records(cards, as_lists)
    again = build([cards], BuildOptions(tmp_path / "two.apkg"))
    assert again.plan.reused == 1
    assert list(again.plan.problems) == list(fresh.plan.problems)
    assert again.plan.problems.warnings() == [p for p in fresh.plan.problems
                                              if p.severity == "warning"]
    (tmp_path / "two.apkg").unlink()  # the CLI's build is then not "nothing changed"
    assert _warnings(run("build", cards, "-o", tmp_path / "two.apkg").output) == \
        _warnings(first.output)


def test_a_damaged_record_of_problems_is_a_warning_and_the_build_goes_on(tmp_path):
    cards = _warned_course(tmp_path)
    run("build", cards, "-o", tmp_path / "one.apkg")

    def damage(record):
        record["problems"] = record["problems"][1:]  # its opening bracket lost

    _rewrite_records(cards, damage)
    result = run("build", cards, "-o", tmp_path / "two.apkg")
    assert "build cache" in result.output and "damaged" in result.output
    assert (tmp_path / "two.apkg").stat().st_size > 0
