"""What the build cache keeps of an unread file's problems: shown again exactly, kept in a
file per distinct text written once, and a damaged record never fails a build."""

from __future__ import annotations

import json

from support import SEED, run

from deck_builder.build import BuildOptions, build
from deck_builder.storage.cache import CACHE_DIR, CACHE_FILE, PROBLEMS_DIR


def _warned_course(tmp_path):
    cards = tmp_path / "cards"
    cards.mkdir()
    text = SEED.read_text(encoding="utf-8").replace(
        "sections:", "references:\n  - not a reference\nsections:", 1)
    (cards / "warned.yaml").write_text(text, encoding="utf-8")
    return cards


def _rewrite_records(cards, change, version=None) -> None:
    path = cards / CACHE_DIR / CACHE_FILE
    data = json.loads(path.read_bytes())
    if version is not None:
        data["deck-builder-cache"] = version
    for record in data["articles"].values():
        change(record)
    path.write_text(json.dumps(data), encoding="utf-8")


def _warnings(output: str) -> list[str]:
    return [line for line in output.splitlines() if "warning:" in line]


def _problem_files(cards) -> list:
    return sorted((cards / CACHE_DIR / PROBLEMS_DIR).glob("*.json"))


def test_an_unread_file_shows_the_same_problems_as_when_read(tmp_path):
    cards = _warned_course(tmp_path)
    first = run("build", cards, "-o", tmp_path / "one.apkg")
    assert _warnings(first.output)
    fresh = build([cards], BuildOptions(tmp_path / "fresh.apkg", use_cache=False))
    assert any(p.severity == "info" for p in fresh.plan.problems)
    again = build([cards], BuildOptions(tmp_path / "two.apkg"))
    assert again.plan.reused == 1
    assert list(again.plan.problems) == list(fresh.plan.problems)
    assert again.plan.problems.warnings() == [p for p in fresh.plan.problems
                                              if p.severity == "warning"]
    (tmp_path / "two.apkg").unlink()  # the CLI's build is then not "nothing changed"
    assert _warnings(run("build", cards, "-o", tmp_path / "two.apkg").output) == \
        _warnings(first.output)


def test_a_cache_kept_in_the_earlier_format_is_not_used_and_the_problems_are_the_same(
        tmp_path):
    cards = _warned_course(tmp_path)
    first = run("build", cards, "-o", tmp_path / "one.apkg")

    def as_before(record):  # the problems' text in the record, as version 2 kept them
        record["problems"] = "[]"
        del record["severities"]

    _rewrite_records(cards, as_before, version=2)
    again = build([cards], BuildOptions(tmp_path / "two.apkg"))
    assert again.plan.reused == 0
    assert _warnings("\n".join(map(str, again.plan.problems.warnings()))) == \
        _warnings(first.output)


def test_only_the_problems_of_an_edited_article_are_written_and_the_old_ones_go(tmp_path):
    cards = _warned_course(tmp_path)
    (cards / "other.yaml").write_text(SEED.read_text(encoding="utf-8").replace(
        "id: ", "id: other-", 1), encoding="utf-8")
    run("build", cards, "-o", tmp_path / "one.apkg")
    before = {path.name: path.stat().st_mtime_ns for path in _problem_files(cards)}
    assert len(before) == 2  # one a distinct text
    line = next(w for w in _warnings(run("check", cards).output) if "warned.yaml:" in w)
    number = int(line.split("warned.yaml:")[1].split(":")[0])
    text = (cards / "warned.yaml").read_text(encoding="utf-8")
    (cards / "warned.yaml").write_text("# a line added above\n" + text, encoding="utf-8")
    result = run("build", cards, "-o", tmp_path / "two.apkg")
    assert f"warned.yaml:{number + 1}: warning" in result.output
    after = {path.name: path.stat().st_mtime_ns for path in _problem_files(cards)}
    assert len(after) == 2
    kept = set(before) & set(after)
    # other.yaml's file left as it was; warned.yaml's old one gone, its new one written
    assert len(kept) == 1 and all(before[name] == after[name] for name in kept)


def test_a_damaged_file_of_problems_is_a_warning_and_the_build_goes_on(tmp_path):
    cards = _warned_course(tmp_path)
    run("build", cards, "-o", tmp_path / "one.apkg")
    (problems,) = _problem_files(cards)
    problems.write_bytes(problems.read_bytes()[1:])  # its opening bracket lost
    result = run("build", cards, "-o", tmp_path / "two.apkg")
    assert "build cache" in result.output and "damaged" in result.output
    assert (tmp_path / "two.apkg").stat().st_size > 0
    problems.unlink()
    (tmp_path / "two.apkg").unlink()
    result = run("build", cards, "-o", tmp_path / "two.apkg")
    assert "build cache" in result.output and "damaged" in result.output
    assert (tmp_path / "two.apkg").stat().st_size > 0
