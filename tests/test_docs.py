"""The documentation matches the tool: every command documented, the examples build."""

from __future__ import annotations

import pytest
from support import REPO, empty_cards, format_example, imported, notes, run

from deck_builder.cli import main

USAGE = (REPO / "docs" / "usage.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_has_help_and_a_section_in_usage(command):
    assert main.commands[command].help, f"{command} has no help text"
    assert f"## {command}" in USAGE, f"docs/usage.md has no section for {command}"
    assert "Example:" in main.commands[command].help


def test_the_format_example_builds_what_the_table_says(tmp_path):
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "example.yaml").write_text(format_example(), encoding="utf-8")
    run("build", cards, "-o", tmp_path / "example.apkg")
    with imported(tmp_path / "anki", tmp_path / "example.apkg") as col:
        # 1 definition + 2 facts + 2 items + 1 row + 1 glossary definition
        assert col.note_count() == 7
        assert empty_cards(col, notes=7) == []
        assert notes(col, "tag:topic::mitosis::phases")
        assert notes(col, "tag:cite::Alberts2015")
        assert notes(col, '"deck:Biology::Cell division"')


def test_version_from_the_command_and_from_python_m():
    import subprocess
    import sys

    from deck_builder import __version__

    assert run("--version").output.strip() == f"deck-builder, version {__version__}"
    result = subprocess.run([sys.executable, "-m", "deck_builder", "--version"],
                            capture_output=True, text=True, check=True)
    assert __version__ in result.stdout
