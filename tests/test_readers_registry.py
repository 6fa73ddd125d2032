"""The readers' registry names each format's suffixes without importing its module (so a
build imports only the parsers of the formats it reads): it must agree with the modules."""

from __future__ import annotations

import importlib
import subprocess
import sys

from support import REPO, SEED

from deck_builder import readers


def test_the_registry_agrees_with_every_format_module():
    for name, suffixes in readers.FORMATS.items():
        module = importlib.import_module(f"deck_builder.readers.{name}")
        assert module.SUFFIXES == suffixes, name
        assert hasattr(module, "convert") == (name in readers.CONVERTED), name
        for suffix in suffixes:
            assert readers.format_of(suffix) is module
    refused = {suffix: name for name in readers.FORMATS for suffix in getattr(
        importlib.import_module(f"deck_builder.readers.{name}"), "REFUSED", {})}
    assert refused == readers.REFUSED_BY and refused


def test_building_a_yaml_course_reads_it_without_the_other_formats_parsers(tmp_path):
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / SEED.name).write_bytes(SEED.read_bytes())
    script = (
        "import sys; from pathlib import Path; from deck_builder.build import BuildOptions, "
        "build; result = build([Path(sys.argv[1])], BuildOptions(Path(sys.argv[2]))); "
        "assert len(result.plan.notes) == 49, len(result.plan.notes); "
        "print(sorted(m for m in sys.modules if m.startswith('deck_builder.readers.')))")
    shown = subprocess.run([sys.executable, "-c", script, str(cards), str(tmp_path / "o.apkg")],
                           capture_output=True, text=True, check=True, cwd=REPO).stdout
    assert "deck_builder.readers.structured" in shown
    for other in ("markdown", "html", "docx"):
        assert f"deck_builder.readers.{other}'" not in shown
