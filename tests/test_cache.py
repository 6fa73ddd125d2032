"""The build cache: an unchanged article file is not read again, and nothing else differs.

Each scenario is run twice on identical copies of a course, once with the cache and once
with --no-cache, and the packages and locks must be the same bytes after every step; the
cache's counts show it did skip files, so a cache that never hits would fail as well.
"""

from __future__ import annotations

import subprocess

import yaml
from support import REPO, SEED, copy_course, import_package, imported, run, start_course

from deck_builder import readers as reader
from deck_builder.build import BuildOptions, build, check
from deck_builder.cli import report_lines
from deck_builder.storage import cache as cache_module
from deck_builder.storage.cache import CACHE_DIR, CACHE_FILE, NOTES_FILE

MARKDOWN = ["tcp-vs-udp.md", "mitosis-vs-meiosis.md", "classical-vs-operant-conditioning.md"]
FILES = 1 + len(MARKDOWN)


def _course(folder):
    return copy_course(folder, *MARKDOWN)


def _edit_markdown(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _drop_seed_weakness(folder):
    path = folder / SEED.name
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for section in data["sections"]:
        for listed in section.get("lists", []):
            listed["items"] = [i for i in listed["items"] if i["label"] != "Groupthink"]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


class Twins:
    """Two copies of one course, built with and without the cache, step by step."""

    def __init__(self, tmp_path):
        self.tmp = tmp_path
        self.cached = _course(tmp_path / "cached" / "cards")
        self.fresh = _course(tmp_path / "fresh" / "cards")
        for folder in (self.cached, self.fresh):  # two clones of one course
            start_course(folder)
        self.step = 0

    def both(self, change):
        change(self.cached)
        change(self.fresh)

    def build(self, **options):
        """Build both; assert identical bytes; return how many files the cache skipped."""
        self.step += 1
        now = 1_800_000_000 + self.step * 1000
        results = []
        for folder, use_cache in ((self.cached, True), (self.fresh, False)):
            out = folder.parent / f"step{self.step}.apkg"
            result = build([folder], BuildOptions(out, now=now, use_cache=use_cache, **options))
            results.append((result, out.read_bytes(), (folder / "deck-builder.lock").read_bytes()))
        (cached, cached_apkg, cached_lock), (fresh, fresh_apkg, fresh_lock) = results
        assert cached_apkg == fresh_apkg, f"step {self.step}: the packages differ"
        assert cached_lock == fresh_lock, f"step {self.step}: the locks differ"
        assert report_lines(cached.plan.report) == report_lines(fresh.plan.report)
        assert fresh.plan.reused == 0
        return cached.plan.reused


def test_cached_builds_are_byte_identical_through_edits_and_options(tmp_path):
    twins = Twins(tmp_path)
    assert twins.build() == 0  # a first build has nothing to reuse
    assert twins.build() == FILES

    twins.both(lambda f: _edit_markdown(f / "tcp-vs-udp.md", "TCP", "The TCP"))
    assert twins.build() == FILES - 1  # only the edited file is read

    twins.both(_drop_seed_weakness)  # a removed note, carried with its tag
    assert twins.build() == FILES - 1
    assert twins.build() == FILES  # ... and carried from the lock when the file is reused

    assert twins.build(root_deck="Course") == FILES  # deck names are not in the notes

    templates = tmp_path / "templates"
    (templates / "fields").mkdir(parents=True)
    source = (REPO / "templates" / "fields" / "source.html").read_text(encoding="utf-8")
    (templates / "fields" / "source.html").write_text(source + "\n<!-- edited -->",
                                                      encoding="utf-8")
    assert twins.build(templates=templates) == 0  # other templates: other fields
    assert twins.build(templates=templates) == FILES


def test_a_lock_restored_from_version_control_makes_every_file_read_again(tmp_path):
    twins = Twins(tmp_path)
    twins.build()
    older = {f: (f / "deck-builder.lock").read_bytes() for f in (twins.cached, twins.fresh)}
    twins.both(lambda f: _edit_markdown(f / "tcp-vs-udp.md", "TCP", "The TCP"))
    twins.build()
    for folder, data in older.items():
        (folder / "deck-builder.lock").write_bytes(data)
    # Unchanged files now disagree with what the lock holds for them: nothing is reused,
    # and the result is what reading everything gives.
    assert twins.build() == 0


def test_only_changed_files_are_read(tmp_path, monkeypatch):
    course = _course(tmp_path / "cards")
    run("build", course, "-o", tmp_path / "one.apkg")
    read = []
    real = reader.read_article

    def counting(path):
        read.append(path.name)
        return real(path)

    monkeypatch.setattr(reader, "read_article", counting)
    (course / "tcp-vs-udp.md").touch()  # a new mtime, the same bytes: still reused
    run("build", course, "-o", tmp_path / "two.apkg")
    assert read == []
    _edit_markdown(course / "mitosis-vs-meiosis.md", "Mitosis", "Mitosis itself")
    run("build", course, "-o", tmp_path / "three.apkg")
    assert read == ["mitosis-vs-meiosis.md"]
    read.clear()
    run("build", course, "-o", tmp_path / "four.apkg", "--no-cache")
    assert sorted(read) == sorted([SEED.name, *MARKDOWN])


def test_a_new_deck_builder_reads_every_file_again(tmp_path, monkeypatch):
    course = _course(tmp_path / "cards")
    build([course], BuildOptions(tmp_path / "one.apkg"))
    assert build([course], BuildOptions(tmp_path / "two.apkg")).plan.reused == FILES
    monkeypatch.setattr(cache_module, "code_digest", lambda: "another version")
    assert build([course], BuildOptions(tmp_path / "three.apkg")).plan.reused == 0


def test_the_code_a_cache_is_made_with_is_all_of_deck_builder():
    # A change to how citations or Markdown are read must make every file be read again.
    names = {path.relative_to(path.parents[1]).as_posix() if path.parent.name != "deck_builder"
             else path.name for path in cache_module.code_files()}
    assert {"citations.py", "bibliography.py", "generate.py", "readers/markdown.py",
            "storage/cache.py"} <= names


def test_warnings_are_shown_on_every_build(tmp_path):
    cards = tmp_path / "cards"
    cards.mkdir()
    article = cards / "warned.yaml"
    text = SEED.read_text(encoding="utf-8").replace(
        "sections:", "references:\n  - not a reference\nsections:", 1)
    article.write_text(text, encoding="utf-8")
    for name in ("one", "two"):
        result = run("build", cards, "-o", tmp_path / f"{name}.apkg")
        assert "warned.yaml:" in result.output and "warning:" in result.output
    # The file was not read again: the warning came from the cache, and is the same one.
    again = build([cards], BuildOptions(tmp_path / "three.apkg"))
    assert again.plan.reused == 1
    first = build([cards], BuildOptions(tmp_path / "four.apkg", use_cache=False))
    assert again.plan.problems == first.plan.problems and again.plan.problems


def test_an_edit_that_breaks_a_cached_file_is_reported(tmp_path):
    course = _course(tmp_path / "cards")
    run("build", course, "-o", tmp_path / "one.apkg")
    seed = course / SEED.name
    seed.write_text(seed.read_text(encoding="utf-8").replace("title:", "titel:", 1),
                    encoding="utf-8")
    for command in ("build", "check"):
        result = run(command, course, expect=1)
        assert f"{SEED.name}:" in result.output and "titel" in result.output


def test_check_from_the_cache_says_what_reading_says(tmp_path):
    course = _course(tmp_path / "cards")
    (course / "notes.md").write_text("# Notes\n\nA paragraph that makes no card.\n",
                                     encoding="utf-8")
    run("build", course, "-o", tmp_path / "one.apkg")
    cached, fresh = run("check", course), run("check", course, "--no-cache")
    assert cached.output == fresh.output
    assert check([course]).reused == FILES + 1
    assert check([course], use_cache=False).reused == 0


def test_a_damaged_cache_is_ignored(tmp_path):
    course = _course(tmp_path / "cards")
    first = build([course], BuildOptions(tmp_path / "one.apkg"))
    (course / CACHE_DIR / CACHE_FILE).write_text("{not json", encoding="utf-8")
    result = build([course], BuildOptions(tmp_path / "two.apkg"))
    assert result.plan.reused == 0 and result.plan.report.unchanged == len(first.plan.notes)
    rewritten = build([course], BuildOptions(tmp_path / "three.apkg"))
    assert rewritten.plan.reused == FILES  # and rewritten


def test_lost_rendered_notes_make_every_file_read_again(tmp_path):
    """The cache's records without the notes they rendered (notes.json deleted): the build
    reads the files again and writes the same package, never a traceback."""
    course = _course(tmp_path / "cards")
    first = build([course], BuildOptions(tmp_path / "one.apkg", now=1_800_000_000))
    (course / CACHE_DIR / NOTES_FILE).unlink()
    again = build([course], BuildOptions(tmp_path / "two.apkg", now=1_800_000_000))
    assert again.plan.reused == 0
    assert again.plan.report.unchanged == len(first.plan.notes) > 0
    assert (tmp_path / "two.apkg").read_bytes() == (tmp_path / "one.apkg").read_bytes()


def test_dry_run_writes_no_cache(tmp_path):
    course = _course(tmp_path / "cards")
    run("build", course, "--dry-run")
    assert not (course / CACHE_DIR).exists()


def test_git_ignores_the_cache(tmp_path):
    course = _course(tmp_path / "cards")
    run("build", course, "-o", tmp_path / "one.apkg")
    assert (course / CACHE_DIR / CACHE_FILE).exists()
    subprocess.run(["git", "init", "-q"], cwd=course, check=True)
    status = subprocess.run(["git", "status", "--porcelain", "--untracked-files=all"],
                            cwd=course, check=True, capture_output=True, text=True).stdout
    assert "deck-builder.lock" in status and CACHE_DIR not in status


def test_anki_updates_only_the_edited_file_s_notes(tmp_path):
    course = _course(tmp_path / "cards")
    run("build", course, "-o", tmp_path / "one.apkg")
    with imported(tmp_path / "anki", tmp_path / "one.apkg") as col:
        total = len(col.import_logs[0].new)
        _edit_markdown(course / "tcp-vs-udp.md", "TCP", "The TCP")
        result = build([course], BuildOptions(tmp_path / "two.apkg"))
        assert result.plan.reused == FILES - 1
        changed = {n.guid for n in result.plan.notes if n.status != "unchanged"}
        assert changed and all(n.article == "tcp-vs-udp" for n in result.plan.notes
                               if n.guid in changed)
        log = import_package(col, tmp_path / "two.apkg")
        assert not log.new and not log.conflicting
        assert {col.get_note(entry.id.nid).guid for entry in log.updated} == changed
        assert len(log.duplicate) == total - len(changed)
        assert col.note_count() == total


def test_list_from_the_cache_counts_what_reading_counts(tmp_path, monkeypatch):
    course = _course(tmp_path / "cards")
    run("build", course, "-o", tmp_path / "one.apkg")
    _drop_seed_weakness(course)  # a removed note in the lock, which list must not count
    run("build", course, "-o", tmp_path / "two.apkg")
    _edit_markdown(course / "tcp-vs-udp.md", "TCP", "The TCP")  # not built since: read
    read = []
    real = reader.read_article
    monkeypatch.setattr(reader, "read_article", lambda path: read.append(path.name) or real(path))
    for options in ([], ["--topic", "individualism"], ["--kind", "compare"]):
        read.clear()
        cached = run("list", course, "--json", *options).output
        assert read == ["tcp-vs-udp.md"]
        assert cached == run("list", course, "--json", "--no-cache", *options).output
