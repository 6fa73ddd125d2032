"""The wheel a user installs: templates and the bundled article inside, the command works."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile

import pytest
from support import REPO, imported, notes


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """The project built into a wheel and installed (without dependencies) into a folder."""
    folder = tmp_path_factory.mktemp("wheel")
    # The wheel is built by the project's build backend (pyproject's build-system, installed
    # with the test extras) through its PEP 517 hook, the one `pip wheel --no-build-isolation`
    # calls, only in this process: pip's own start and the two hook processes it starts were
    # two thirds of this fixture's time. The hook builds the project in the current folder.
    import hatchling.build

    here = os.getcwd()
    os.chdir(REPO)
    try:
        wheel = folder / hatchling.build.build_wheel(str(folder))
    finally:
        os.chdir(here)
    target = folder / "site"
    # pip installs it as a user would; compiling every module to bytecode is left to the
    # first import (the installed command imports what it needs), and the version check
    # would ask the network.
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-compile",
         "--disable-pip-version-check", "--target", str(target), str(wheel)],
        check=True,
    )
    return wheel, target


def test_wheel_carries_templates_and_the_bundled_article(installed):
    wheel, _ = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    for template in ("cloze/front.html", "cloze/back.html", "compare/ask_front.html",
                     "compare/which_front.html", "fields/source.html", "style.css"):
        assert f"deck_builder/templates/{template}" in names
    assert "deck_builder/cards/collectivism-vs-individualism.yaml" in names


def test_installed_command_builds_the_bundled_article_from_anywhere(installed, tmp_path):
    _, target = installed
    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    # Only the installed copy is importable: not the checkout, not an editable install.
    env = {**os.environ, "PYTHONPATH": str(target), "PYTHONNOUSERSITE": "1"}
    script = (
        "import sys; sys.path = [p for p in sys.path if 'deck_builder' not in p and p != '']; "
        "import deck_builder.cli as c; assert c.__file__.startswith(sys.argv[1]), c.__file__; "
        "sys.argv = ['deck-builder', 'build']; c.main()"
    )
    # Make the bundled lock stale, as after an upgrade: the build must still not write it.
    shipped_article = target / "deck_builder" / "cards" / "collectivism-vs-individualism.yaml"
    shipped_article.write_text(shipped_article.read_text(encoding="utf-8").replace(
        "Communication Syle", "Communication Style"), encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", script, str(target)], cwd=workdir, env=env,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    apkg = workdir / "build" / "collectivism-vs-individualism.apkg"
    assert apkg.exists(), result.stdout
    shipped = target / "deck_builder" / "cards" / "deck-builder.lock"
    assert shipped.read_bytes() == (REPO / "cards" / "deck-builder.lock").read_bytes(), \
        "the build rewrote the installed package's lock"
    with imported(tmp_path / "anki", apkg) as col:
        assert col.note_count() == 49
        assert notes(col, 'note:"deck-builder Compare"')
