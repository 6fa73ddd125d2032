"""`deck-builder sync`: straight into a real Anki collection, and what no import can do.

The scenario of issue 19, end to end through the CLI: sync the seed into a collection,
review some cards, edit in Anki, move a card by hand, then edit, add, remove and re-deck
content and sync again.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from support import (
    REPO,
    copy_scenario,
    copy_seed,
    edit_seed,
    field_text,
    history,
    import_package,
    note_containing,
    notes,
    open_collection,
    review,
    run,
)

from deck_builder.anki import sync as sync_module
from deck_builder.changes import REMOVED_TAG

OLD_DECK = "Collectivism vs Individualism"
NEW_DECK = "Psychology::Collectivism vs Individualism"
MY_DECK = "My own deck"
ANKI_EDIT = " (my own note)"


def _empty_collection(folder: Path) -> Path:
    open_collection(folder).close()
    return folder / "collection.anki2"


def _edit(article: Path) -> None:
    """What authors do: reword a definition, add and delete an item, move the article's deck."""
    data = yaml.safe_load(article.read_text(encoding="utf-8"))
    data["deck"] = NEW_DECK
    edit_seed(data)
    article.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                       encoding="utf-8")


def _note_count(folder: Path) -> int:
    col = open_collection(folder)
    try:
        return col.note_count()
    finally:
        col.close()


def _by_guid(col, guid: str) -> list:
    """The notes with this guid (a guid may hold characters Anki's search would read)."""
    return [col.get_note(nid) for nid in col.db.list("select id from notes where guid = ?", guid)]


def _deck_of(col, card_id: int) -> str:
    return col.decks.name(col.get_card(card_id).did)


def _first_sync(folder: Path) -> dict:
    """The seed synced once into a new collection in `folder`, then used in Anki: reviews,
    an edit of a note, a card moved by hand, a note of the learner's own."""
    cards = folder / "cards"
    article = copy_seed(cards)
    path = _empty_collection(folder / "anki")
    first = run("sync", cards, "--collection", path).output
    col = open_collection(folder / "anki")
    try:
        reviewed = review(col, 12)
        edited = note_containing(col, "Individualistic societies value independence")
        edited["Text"] = edited["Text"] + ANKI_EDIT
        col.update_note(edited)
        # One card of a note of two: the other follows the article's deck.
        by_hand = note_containing(col, "Communication Syle").cards()[0].id
        col.set_deck([by_hand], col.decks.id(MY_DECK))
        own = col.new_note(col.models.by_name("Basic"))
        own["Front"], own["Back"] = "my own question", "my own answer"
        col.add_note(own, col.decks.id(MY_DECK))
        state = {
            "reviewed": reviewed, "history": history(col, reviewed), "by_hand": by_hand,
            "edited": edited.guid, "own": own.id, "count": col.note_count(),
            "deleted": note_containing(col, "Potential for Conflict").guid,
        }
    finally:
        col.close()
    return {"cards": cards, "article": article, "path": path, "tmp": folder,
            "first": first, **state}


# Each scenario is made once per module (a sync of the seed, reviews, a second sync) and
# every test gets its own copy of it: a sync leaves nothing that names the folder (its mark
# holds the lock's bytes, the build cache names files relative to the lock).
@pytest.fixture(scope="module")
def _first_synced(tmp_path_factory):
    return _first_sync(tmp_path_factory.mktemp("first-sync"))


@pytest.fixture(scope="module")
def _second_synced(_first_synced, tmp_path_factory):
    scenario = copy_scenario(_first_synced, tmp_path_factory.mktemp("second-sync"))
    _edit(scenario["article"])
    scenario["second"] = run("sync", scenario["cards"], "--collection", scenario["path"]).output
    return scenario


@pytest.fixture()
def first_sync(_first_synced, tmp_path):
    return copy_scenario(_first_synced, tmp_path)


@pytest.fixture()
def second_sync(_second_synced, tmp_path):
    return copy_scenario(_second_synced, tmp_path)


def _open(scenario):
    return open_collection(scenario["tmp"] / "anki")


def test_first_sync_adds_every_note_into_the_article_deck(first_sync):
    assert "added 49\n" in first_sync["first"]
    col = _open(first_sync)
    try:
        assert col.note_count() == 49 + 1  # and the learner's own
        decks = {_deck_of(col, cid) for n in notes(col, "tag:topic::*") for cid in n.card_ids()}
        assert decks == {OLD_DECK, MY_DECK}  # MY_DECK: the card moved by hand
    finally:
        col.close()


def test_second_sync_reports_what_anki_did(second_sync):
    out = second_sync["second"]
    assert "added 1\n" in out
    # the reworded definition (not the Priority row: its cells give their concepts away,
    # so it makes no "which concept?" card to show the definition's words masked)
    assert "updated 1\n" in out
    assert "unchanged 47\n" in out  # the deleted item is counted as removed, not here
    assert "removed 1 (kept, tagged deck-builder::removed)" in out
    moved = int(out.split("moved ")[1].split(" ")[0])
    assert moved == 48  # every note still there but the new one, which Anki put there itself


def test_review_history_survives_and_nothing_is_duplicated(second_sync):
    col = _open(second_sync)
    try:
        assert history(col, second_sync["reviewed"]) == second_sync["history"]
        assert col.note_count() == second_sync["count"] + 1  # the new item only
        texts = [field_text(n.fields[0]) for n in notes(col)]
        assert len(texts) == len(set(texts)), "two notes say the same thing"
        assert "puts personal rights" in field_text(
            note_containing(col, "political ideology")["Text"])
    finally:
        col.close()


def test_cards_follow_their_article_to_its_new_deck_except_those_moved_by_hand(second_sync):
    col = _open(second_sync)
    try:
        # A removed note belongs to no article any more: its cards stay where they are.
        ours = [cid for n in notes(col, f"tag:topic::* -tag:{REMOVED_TAG}")
                for cid in n.card_ids()]
        assert len(ours) > 49
        decks = {cid: _deck_of(col, cid) for cid in ours}
        assert decks.pop(second_sync["by_hand"]) == MY_DECK
        assert set(decks.values()) == {NEW_DECK}
        assert col.find_cards(f'"deck:{OLD_DECK}" -deck:{OLD_DECK}::*') == []
    finally:
        col.close()


def test_an_edit_made_in_anki_to_an_unchanged_note_survives(second_sync):
    col = _open(second_sync)
    try:
        [note] = _by_guid(col, second_sync["edited"])
        assert note["Text"].endswith(ANKI_EDIT)
    finally:
        col.close()


def test_removed_notes_are_kept_tagged_by_default(second_sync):
    col = _open(second_sync)
    try:
        removed = notes(col, f"tag:{REMOVED_TAG}")
        assert [n.guid for n in removed] == [second_sync["deleted"]]
        assert all(c.queue != -1 for c in removed[0].cards())
    finally:
        col.close()


def test_removed_notes_suspended(second_sync):
    out = run("sync", second_sync["cards"], "--collection", second_sync["path"],
              "--removed", "suspend").output
    assert "removed 1 (suspended)" in out
    col = _open(second_sync)
    try:
        note = _by_guid(col, second_sync["deleted"])[0]
        assert [c.queue for c in note.cards()] == [-1] * len(note.cards())
        assert col.find_cards("is:suspended") == note.card_ids()
    finally:
        col.close()


def test_removed_notes_deleted_and_never_brought_back(second_sync):
    scenario = second_sync
    out = run("sync", scenario["cards"], "--collection", scenario["path"],
              "--removed", "delete").output
    assert "removed 1 (deleted)" in out
    col = _open(scenario)
    try:
        assert _by_guid(col, scenario["deleted"]) == []
        assert col.note_count() == scenario["count"]  # one added, one deleted
        assert col.get_note(scenario["own"])["Front"] == "my own question"
    finally:
        col.close()
    again = run("sync", scenario["cards"], "--collection", scenario["path"]).output
    assert "added 0\n" in again
    col = _open(scenario)
    try:
        assert _by_guid(col, scenario["deleted"]) == []
    finally:
        col.close()


def test_a_note_not_made_by_deck_builder_is_never_deleted(second_sync):
    """A learner's note that shares the guid of a removed note but has a note type of its
    own (made by converting it, say) is left alone."""
    col = _open(second_sync)
    try:
        note = _by_guid(col, second_sync["deleted"])[0]
        basic = col.models.by_name("Basic")
        col.db.execute("update notes set mid = ? where id = ?", basic["id"], note.id)
    finally:
        col.close()
    out = run("sync", second_sync["cards"], "--collection", second_sync["path"],
              "--removed", "delete").output
    assert "removed 0 (deleted)" in out
    col = _open(second_sync)
    try:
        assert len(_by_guid(col, second_sync["deleted"])) == 1
    finally:
        col.close()


def test_sync_then_apkg_import_gives_no_duplicates(second_sync):
    apkg = second_sync["tmp"] / "deck.apkg"
    run("build", second_sync["cards"], "-o", apkg)
    col = _open(second_sync)
    try:
        before = col.note_count()
        log = import_package(col, apkg)
        assert (len(log.new), col.note_count()) == (0, before)
    finally:
        col.close()


def test_apkg_import_then_sync_gives_no_duplicates(tmp_path):
    cards = tmp_path / "cards"
    copy_seed(cards)
    apkg = tmp_path / "deck.apkg"
    run("build", cards, "-o", apkg)
    col = open_collection(tmp_path / "anki")
    import_package(col, apkg)
    col.close()
    out = run("sync", cards, "--collection", tmp_path / "anki" / "collection.anki2").output
    assert "added 0\n" in out and "unchanged 49\n" in out
    assert _note_count(tmp_path / "anki") == 49


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_dry_run_changes_no_byte_and_writes_no_lock(tmp_path):
    cards = tmp_path / "cards"
    copy_seed(cards)
    path = _empty_collection(tmp_path / "anki")
    before = (_digest(path), sorted(p.name for p in path.parent.iterdir()))
    out = run("sync", cards, "--collection", path, "--dry-run").output
    assert "added 49\n" in out and "dry run: nothing was written" in out
    assert (_digest(path), sorted(p.name for p in path.parent.iterdir())) == before
    assert not (cards / "deck-builder.lock").exists()


def test_dry_run_after_an_edit_reports_the_moves_and_changes_nothing(first_sync):
    _edit(first_sync["article"])
    before = _digest(first_sync["path"])
    out = run("sync", first_sync["cards"], "--collection", first_sync["path"], "--dry-run",
              "--removed", "delete").output
    assert "added 1\n" in out and "moved 48 note(s)" in out and "removed 1 (deleted)" in out
    assert _digest(first_sync["path"]) == before


HOLD_OPEN = """
import sys
from anki.collection import Collection
col = Collection(sys.argv[1])
print("open", flush=True)
sys.stdin.readline()
col.close()
"""


@pytest.fixture(scope="module")
def held_open(tmp_path_factory):
    """A collection another process (as Anki would) holds open: one for the module, as the
    tests that use it each check it is left byte for byte as it was."""
    path = _empty_collection(tmp_path_factory.mktemp("held") / "anki")
    holder = subprocess.Popen([sys.executable, "-c", HOLD_OPEN, str(path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "open\n"
        yield path
    finally:
        holder.communicate("\n", timeout=30)


@pytest.mark.parametrize("dry_run", [[], ["--dry-run"]], ids=["sync", "dry-run"])
def test_a_collection_anki_has_open_is_refused(held_open, tmp_path, dry_run):
    cards = tmp_path / "cards"
    copy_seed(cards)
    before = _digest(held_open)
    result = run("sync", cards, "--collection", held_open, *dry_run, expect=1)
    assert "close Anki" in result.output and "File > Import" in result.output
    assert "Traceback" not in result.output
    assert _digest(held_open) == before
    assert not (cards / "deck-builder.lock").exists()  # nothing of the sync happened


def test_without_the_anki_package_sync_says_how_to_install_it(tmp_path, monkeypatch):
    cards = tmp_path / "cards"
    copy_seed(cards)
    path = _empty_collection(tmp_path / "anki")
    for name in [m for m in sys.modules if m == "anki" or m.startswith("anki.")]:
        monkeypatch.setitem(sys.modules, name, None)  # `import anki` now fails
    result = run("sync", cards, "--collection", path, expect=1)
    assert "pip install 'deck-builder[anki]'" in result.output
    assert not (cards / "deck-builder.lock").exists()


def test_nothing_but_sync_imports_anki(tmp_path):
    """The rest of the tool works without the extra: building never imports anki."""
    # A copy: built in place, the repository's own lock was rewritten by the test run.
    cards = tmp_path / "cards"
    copy_seed(cards)
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from deck_builder.cli import main\n"
        f"result = CliRunner().invoke(main, ['build', {str(cards)!r}, "
        f"'-o', {str(tmp_path / 'deck.apkg')!r}])\n"
        "assert result.exit_code == 0, result.output\n"
        "print(sorted(m for m in sys.modules if m == 'anki' or m.startswith('anki.')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=tmp_path).stdout
    assert out.strip() == "[]"


def test_sync_leaves_ankis_http_client_whole_for_whatever_imports_it_later(tmp_path):
    """sync imports Anki without its HTTP client for AnkiWeb, nor Python-Markdown
    (anki/sync.py): in the same process, Anki's AnkiWeb sync, HTTP client and Markdown are
    then imported as they are, and the `markdown` anki._backend holds is the real one's."""
    cards = tmp_path / "cards"
    copy_seed(cards)
    path = _empty_collection(tmp_path / "anki")
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from deck_builder.cli import main\n"
        f"result = CliRunner().invoke(main, ['sync', {str(cards)!r}, '--collection', "
        f"{str(path)!r}])\n"
        "assert result.exit_code == 0, result.output\n"
        "assert 'requests' not in sys.modules\n"
        "from anki.httpclient import HttpClient\n"
        "import requests\n"
        "assert HttpClient.__module__ == 'anki.httpclient' and HttpClient.verify\n"
        "assert 'markdown' not in sys.modules\n"
        "import anki._backend, markdown\n"
        "assert markdown.markdown('*a*') == anki._backend.markdown('*a*') == '<p><em>a</em></p>'\n"
        "print(result.output.splitlines()[0])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=tmp_path).stdout
    assert out.strip() == "added 49"


@pytest.mark.parametrize("users", [None, "1"])
def test_anki_errors_carry_no_backtrace_unless_the_user_asks(monkeypatch, users):
    """With RUST_BACKTRACE set, Anki's engine would symbolize a backtrace for the error
    Collection() itself expects and handles (0.17 s of CPU): sync turns them off for error
    values, but leaves a RUST_LIB_BACKTRACE the user set."""
    monkeypatch.setenv("RUST_BACKTRACE", "1")
    if users is None:
        monkeypatch.delenv("RUST_LIB_BACKTRACE", raising=False)
    else:
        monkeypatch.setenv("RUST_LIB_BACKTRACE", users)
    sync_module._require_anki()
    assert sync_module.os.environ["RUST_LIB_BACKTRACE"] == (users or "0")


def test_interrupted_part_way_the_next_sync_finishes_the_job(first_sync, monkeypatch):
    _edit(first_sync["article"])

    def interrupted(self, note_ids, from_deck, to_deck):
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(sync_module.CollectionTarget, "move", interrupted)
        result = run("sync", first_sync["cards"], "--collection", first_sync["path"],
                     expect=130)
    assert "run deck-builder sync again" in result.output
    col = _open(first_sync)
    try:
        assert col.db.scalar("pragma integrity_check") == "ok"
        assert len(col.find_notes("Social Mobility")) == 1  # the import was done
    finally:
        col.close()
    out = run("sync", first_sync["cards"], "--collection", first_sync["path"]).output
    assert "added 0\n" in out and "moved 48 note(s)" in out
    col = _open(first_sync)
    try:
        assert col.find_cards(f'"deck:{OLD_DECK}" -deck:{OLD_DECK}::*') == []
    finally:
        col.close()


def test_the_collection_is_found_as_anki_finds_it(tmp_path, monkeypatch):
    base = tmp_path / "Anki2"
    _empty_collection(base / "User 1")
    (base / "addons21").mkdir()
    environ = {"ANKI_BASE": str(base)}
    assert sync_module.find_collection(environ=environ) == base / "User 1" / "collection.anki2"
    assert sync_module.anki_base({"XDG_DATA_HOME": "/x"}, "linux") == Path("/x/Anki2")
    assert sync_module.anki_base({}, "linux") == Path.home() / ".local/share/Anki2"
    assert sync_module.anki_base({}, "darwin") == \
        Path.home() / "Library/Application Support/Anki2"
    assert sync_module.anki_base({"APPDATA": "C:/Users/me/AppData/Roaming"}, "win32") == \
        Path("C:/Users/me/AppData/Roaming/Anki2")


def test_several_profiles_and_no_profile_option_lists_them(tmp_path, monkeypatch):
    base = tmp_path / "Anki2"
    for name in ("User 1", "Spanish"):
        _empty_collection(base / name)
    monkeypatch.setenv("ANKI_BASE", str(base))
    cards = tmp_path / "cards"
    copy_seed(cards)
    result = run("sync", cards, expect=2)
    assert "Spanish, User 1" in result.output and "--profile" in result.output
    result = run("sync", cards, "--profile", "German", expect=1)
    assert "'Spanish'" in result.output
    out = run("sync", cards, "--profile", "Spanish").output
    assert "added 49\n" in out
    assert (base / "Spanish" / "backups").is_dir()  # Anki's backup, in the profile's folder


def test_a_style_change_reaches_the_note_types_though_no_note_changed(first_sync):
    """Anki updates a note type only along with a note of it: sync sends one along."""
    templates = first_sync["tmp"] / "templates"
    templates.mkdir()
    css = (REPO / "templates" / "style.css").read_text(encoding="utf-8")
    (templates / "style.css").write_text(css + "\n.card { letter-spacing: 0.01em; }\n",
                                         encoding="utf-8")
    out = run("sync", first_sync["cards"], "--collection", first_sync["path"],
              "--templates", templates).output
    assert "added 0\n" in out and "updated 0\n" in out
    col = _open(first_sync)
    try:
        styles = [m["css"] for m in col.models.all() if m["name"].startswith("deck-builder")]
        assert len(styles) == 2
        assert all("letter-spacing: 0.01em" in style for style in styles)
    finally:
        col.close()


def test_a_collection_that_cannot_be_used_is_one_line_and_writes_nothing(tmp_path):
    cards = tmp_path / "cards"
    copy_seed(cards)
    missing = run("sync", cards, "--collection", tmp_path / "nowhere.anki2", expect=1).output
    assert "no Anki collection at" in missing
    junk = tmp_path / "junk.anki2"
    junk.write_text("not a database")
    for dry_run in ([], ["--dry-run"]):
        out = run("sync", cards, "--collection", junk, *dry_run, expect=1).output
        assert f"cannot open {junk} as an Anki collection" in out and "Traceback" not in out
    assert junk.read_text() == "not a database"
    both = run("sync", cards, "--collection", junk, "--profile", "x", expect=2).output
    assert "not both" in both
    assert not (cards / "deck-builder.lock").exists()


def test_sync_prints_the_warnings_a_build_prints(tmp_path):
    cards = tmp_path / "cards"
    article = copy_seed(cards)
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("(Triandis, 2018)", "(Triandis 20xx, 2018)", 1),
                       encoding="utf-8")
    path = _empty_collection(tmp_path / "anki")
    out = run("sync", cards, "--collection", path, "--dry-run").output
    assert 'warning: sections[1].facts[1]: cannot read the citation "(Triandis 20xx, 2018)"' \
        in out
    assert "added 49\n" in out


def test_a_selection_syncs_only_its_notes_and_the_rest_follows_later(tmp_path):
    cards = tmp_path / "cards"
    copy_seed(cards)
    path = _empty_collection(tmp_path / "anki")
    assert "added 9\n" in run("sync", cards, "--collection", path, "--kind", "compare").output
    out = run("sync", cards, "--collection", path).output
    assert "added 40\n" in out and "unchanged 9\n" in out
    assert _note_count(tmp_path / "anki") == 49


def test_sync_stages_nothing_in_tmpdir_and_leaves_no_temporary_file(tmp_path, monkeypatch):
    """A full or missing $TMPDIR cannot fail a sync: the package and its database are staged
    beside the collection, and removed once imported."""
    import tempfile

    missing = tmp_path / "no-such-tmpdir"
    monkeypatch.setattr(tempfile, "tempdir", str(missing))  # what $TMPDIR=missing gives
    monkeypatch.setenv("TMPDIR", str(missing))  # and Anki's engine, should it look
    cards = tmp_path / "cards"
    copy_seed(cards)
    path = _empty_collection(tmp_path / "anki")
    run("sync", cards, "--collection", path)
    assert _note_count(tmp_path / "anki") == 49
    assert [p.suffix for p in (tmp_path / "anki" / "backups").iterdir()] == [".colpkg"]
    assert not missing.exists()
    # Neither ours (.name.x1y2.tmp) nor the engine's (.tmpX1y2Z3) is left anywhere.
    assert not [p for p in tmp_path.rglob("*") if ".tmp" in p.name], list(tmp_path.rglob("*"))
