"""Progress bars: at a terminal for large builds only, never in a pipe or with --quiet."""

from __future__ import annotations

import io

from support import run

from deck_builder import cli

ARTICLE = """\
title: Lesson {n}
concepts: [Varonism]
sections:
  - title: Introduction
    facts:
      - "Varonism holds that **lesson {n}** matters (Triandis, 2018)."
"""
BAR_MARKS = ("\r", "[#", "#-", "%", "Reading", "Packaging", "\x1b")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _course(folder, articles: int):
    folder.mkdir()
    for n in range(articles):
        (folder / f"lesson-{n:03d}.yaml").write_text(ARTICLE.format(n=n), encoding="utf-8")
    return folder


def test_a_large_build_into_a_pipe_prints_no_progress_bar(tmp_path):
    cards = _course(tmp_path / "cards", cli.PROGRESS_ARTICLES + 1)
    result = run("build", cards, "-o", tmp_path / "course.apkg")
    assert "wrote" in result.stdout
    for mark in BAR_MARKS:
        assert mark not in result.output
        assert mark not in result.stderr


def test_quiet_prints_nothing_at_all(tmp_path):
    cards = _course(tmp_path / "cards", cli.PROGRESS_ARTICLES + 1)
    result = run("build", cards, "-o", tmp_path / "course.apkg", "--quiet")
    assert result.output == ""


def test_at_a_terminal_large_builds_show_bars_and_small_ones_do_not(monkeypatch):
    terminal = _Terminal()
    monkeypatch.setattr(cli.sys, "stderr", terminal)
    assert cli._progress_bars(quiet=True) is None
    track = cli._progress_bars(quiet=False)
    files = list(range(cli.PROGRESS_ARTICLES + 1))
    assert list(track("Reading", files)) == files
    assert list(track("Packaging", list(range(3000)))) == list(range(3000))
    shown = terminal.getvalue()
    assert "Reading" in shown and "Packaging" in shown and "100%" in shown

    small = _Terminal()
    monkeypatch.setattr(cli.sys, "stderr", small)
    track = cli._progress_bars(quiet=False)
    assert list(track("Reading", [1, 2])) == [1, 2]
    assert list(track("Packaging", list(range(3000)))) == list(range(3000))
    assert small.getvalue() == ""
