"""benchmarks/judge_blocks.py: sheets for blind judges of card-worthy blocks, and their score."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import judge_blocks  # noqa: E402

NOTE = ("# Cells\n\n## Membranes\n\nThe cell membrane is a phospholipid bilayer with proteins.\n\n"
        "- Osmosis is the diffusion of water across a membrane.\n"
        "- Diffusion moves particles down a concentration gradient.\n")


def _exported(tmp_path, *flags: str) -> tuple[int, Path]:
    folder, out = tmp_path / "notes", tmp_path / "out"
    folder.mkdir()
    (folder / "cells.md").write_text(NOTE, encoding="utf-8")
    return judge_blocks.main(["export", str(folder), str(out), *flags]), out


def test_a_misspelled_or_unknown_flag_is_refused_not_ignored(tmp_path, capsys):
    code, out = _exported(tmp_path, "--sheet", "2")
    assert code == 2 and "--sheets" in capsys.readouterr().err
    assert not out.exists()


def test_no_sheets_is_refused_with_a_message(tmp_path, capsys):
    # It raised a NameError once the blocks were read.
    code, out = _exported(tmp_path, "--sheets", "0")
    assert code == 2 and "--sheets must be 1 or more" in capsys.readouterr().err
    assert not out.exists()


def test_a_verdict_written_twice_in_one_file_is_one_vote(tmp_path, capsys):
    code, out = _exported(tmp_path, "--sheets", "2", "--shared", "3")
    assert code == 0
    ids = [line.split("\t")[0] for line in (out / "key.tsv").read_text().splitlines()[1:]]
    assert len(ids) == 3
    # One judge's "no" pasted twice, the other's "yes": a tie between two judges, which
    # counts as card-worthy, not two votes to one against.
    (out / "verdicts-1.tsv").write_text(
        f"{ids[0]}\tno\t\n{ids[1]}\tyes\t\n{ids[2]}\tyes\t\n{ids[0]}\tno\t\n",
        encoding="utf-8")
    (out / "verdicts-2.tsv").write_text("".join(f"{i}\tyes\t\n" for i in ids),
                                        encoding="utf-8")
    capsys.readouterr()
    judge_blocks.score(out)
    (total,) = [line for line in capsys.readouterr().out.splitlines() if line.startswith("all")]
    assert total.split()[1:4:2] == ["3", "3"], total  # judged 3, card-worthy 3


def test_a_heading_inside_a_code_fence_is_no_heading_of_the_blocks_below():
    # A "```" line inside a "````" fence (a fence shown in a code block) does not close it.
    lines = ["# Git", "", "## Hooks", "", "````markdown", "```bash", "# not a heading", "```",
             "````", "", "- A hook runs before each commit."]
    assert judge_blocks._context(lines, 11) == ("Git › Hooks", "")


def test_score_of_a_folder_without_a_key_says_so_without_a_traceback(tmp_path, capsys):
    # "score --help" reads "--help" as the folder; it once ended in a FileNotFoundError.
    assert judge_blocks.main(["score", "--help"]) == 2
    assert "no key.tsv" in capsys.readouterr().err
    assert judge_blocks.main(["score", str(tmp_path)]) == 2
