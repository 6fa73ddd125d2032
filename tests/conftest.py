from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections import defaultdict
from contextlib import ExitStack
from pathlib import Path

import pytest
from hypothesis import settings

# Some shells (this machine's among them) set PYTHONDONTWRITEBYTECODE. The suite runs three
# processes (pytest-xdist's two workers and their controller) and starts dozens more (the
# CLI, git's merge driver, a holder of an Anki collection), and each would then compile
# deck-builder, Anki's Python, Hypothesis and every test module (pytest's assertion
# rewriting) from source again: some 3 s of CPU per process. The bytecode caches are
# derived data git ignores, so the suite writes them; set before the imports below, and
# for every process started from here.
sys.dont_write_bytecode = False
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


def _ram_disk() -> str | None:
    """/dev/shm where it is a RAM disk (tmpfs) this user may write, else None."""
    try:
        with open("/proc/mounts", encoding="utf-8") as mounts:
            kinds = {fields[1]: fields[2] for fields in map(str.split, mounts) if len(fields) > 2}
    except OSError:
        return None
    shm = "/dev/shm"
    return shm if kinds.get(shm) == "tmpfs" and os.access(shm, os.W_OK | os.X_OK) else None


# Every build makes each file it writes durable (storage/atomic: fsync before the rename)
# and Anki's SQLite syncs its collection and the package it imports: some 35 syncs per
# test that builds and imports a deck, 3-5 ms each on this machine's shared disk, most of
# the wall time of a test file such as test_markdown_idioms (measured in docs/testing.md).
# The suite's folders (tmp_path, Anki's temporary files) are thrown away, so they live on
# a RAM disk where a sync costs nothing; the code runs the same calls, only no power cut
# is survived, which no test can see. A TMPDIR the user set is kept.
if "TMPDIR" not in os.environ and (_ram := _ram_disk()):
    os.environ["TMPDIR"] = _ram  # this process, xdist's workers, Anki's engine, subprocesses
    tempfile.tempdir = None  # gettempdir() looks again (pytest's tmp_path, support)

from support import GOOD, SEED, copy_seed, imported, restored, run  # noqa: E402

# The property tests run the same examples every time, in CI (.ci/run sets CI) and in the
# README's test command alike, so a red run is reproducible and never a roll of the dice: a
# new user's first `pytest` once failed on an example no one had drawn before (a title with
# a slash and a bracketed year, a fault older than the session that met it). Exploring new
# examples is a choice: `HYPOTHESIS_PROFILE=explore` (what it finds goes into an issue or a
# pinned test, not into someone's first run).
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("explore", print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))



# Balance between pytest-xdist's workers. `--dist loadscope` sends each worker whole
# modules, by default the modules with the most tests first; but a module's cost is not its
# count (test_packaging's 2 tests build a wheel, test_bad_input's 129 are small), and the
# few-test heavy modules went last, so one worker ran them alone while the other had
# finished (6 s of a 68 s run). The suite records each module's seconds (setup to teardown,
# summed over its tests) in pytest's cache and runs the costliest modules first (pyproject
# sets --no-loadscope-reorder, so xdist keeps this order): the longest-first rule, which
# leaves the workers at most about the smallest module apart. A module never timed counts
# a tenth of a second a test; with no cache at all that is xdist's own order. Only the
# order changes: which tests run, and each module's process, are the same.
_SECONDS = "deck-builder/seconds-per-module"
_spent: defaultdict[str, float] = defaultdict(float)


def _module(item) -> str:
    return item.nodeid.split("::", 1)[0]


# A fresh checkout (CI) has no cache: it starts from these seconds, measured on this machine
# and kept in the repository (a stale figure only changes the order, never a result).
_CHECKED_IN = Path(__file__).with_name("module-seconds.json")


def _recorded(config) -> dict[str, float]:
    if hasattr(config, "workerinput"):  # an xdist worker: the controller's snapshot, so both
        return config.workerinput.get(_SECONDS, {})  # workers collect in the same order
    cache = getattr(config, "cache", None)  # None with -p no:cacheprovider
    seconds = cache.get(_SECONDS, {}) if cache is not None else {}
    known = json.loads(_CHECKED_IN.read_text(encoding="utf-8")) if _CHECKED_IN.exists() else {}
    return {**known, **seconds} if isinstance(seconds, dict) else known


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node):
    node.workerinput[_SECONDS] = _recorded(node.config)


def pytest_collection_modifyitems(config, items):
    recorded = _recorded(config)
    count: defaultdict[str, int] = defaultdict(int)
    for item in items:
        count[_module(item)] += 1
    cost = {module: recorded.get(module, 0.1 * n) for module, n in count.items()}
    items.sort(key=lambda item: -cost[_module(item)])  # stable: a module's order is kept


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    start = time.perf_counter()
    yield
    _spent[_module(item)] += time.perf_counter() - start


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error):
    _spent.update(getattr(node, "workeroutput", {}).get(_SECONDS, {}))


def pytest_sessionfinish(session):
    config = session.config
    if hasattr(config, "workeroutput"):  # a worker hands its times to the controller
        config.workeroutput[_SECONDS] = dict(_spent)
    elif _spent and getattr(config, "cache", None) is not None:
        config.cache.set(_SECONDS, {**_recorded(config), **_spent})

@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """The bundled article built once through the CLI, as `deck-builder build` does."""
    folder = tmp_path_factory.mktemp("seed")
    article = copy_seed(folder / "cards")
    apkg = folder / "seed.apkg"
    result = run("build", article, "-o", apkg)
    return apkg, result.output


@pytest.fixture()
def seed_collection(seed_build, tmp_path):
    """A fresh Anki collection with the seed deck imported into it."""
    with imported(tmp_path / "anki", seed_build[0]) as col:
        yield col


@pytest.fixture(scope="session")
def seed_page(seed_build, tmp_path_factory):
    """The preview of the article the seed package was built from, written by the CLI."""
    article = seed_build[0].parent / "cards" / SEED.name
    page = tmp_path_factory.mktemp("preview") / "preview.html"
    result = run("preview", article, "-o", page)
    return page, result.output


@pytest.fixture()
def collection(tmp_path):
    """Opens collections that each import one package; all are closed after the test."""
    with ExitStack() as opened:

        def open_with(apkg: Path, name: str = "anki"):
            return opened.enter_context(imported(tmp_path / name, apkg))

        yield open_with


@pytest.fixture(scope="session")
def _built_once(tmp_path_factory):
    """The folder `built` gives, built once per process, and where it was built."""
    home = tmp_path_factory.mktemp("built") / "course"
    (home / "cards").mkdir(parents=True)
    (home / "cards" / "a.yaml").write_text(GOOD, encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(home)
        run("build")
    assert (home / "build" / "a.apkg").is_file()
    assert (home / "cards" / "deck-builder.lock").is_file()
    return home.rename(home.parent / "as-built"), home


@pytest.fixture()
def built(_built_once, tmp_path, monkeypatch):
    """A folder with one good article, built once: the deck and lock a user has (each
    test gets it as the build left it, at the path it was built at: support.restored)."""
    with restored(*_built_once, tmp_path / "built") as home:
        monkeypatch.chdir(home)
        yield home
