"""Give every note its stable identity: guid, note id and cloze numbers.

Anki matches an imported note to the one in the collection by guid alone, so the guid
must survive every edit a user makes. It comes from the lock when the note's structural
key is known; an edited label, dimension or opening sentence changes the key, so
unmatched notes are then matched to unmatched lock entries of the same kind by text
similarity. Only a note with no earlier self gets a new guid, derived from the course
(the lock's `course` id), the article id and its key (never from its text), so the
same course -- from YAML or from Markdown, on any clone -- gets the same guids, and two
courses that both have a `glossary.md` do not (docs/regeneration.md).
"""

from __future__ import annotations

import difflib
import hashlib
from dataclasses import dataclass

import genanki

from deck_builder.notes import NoteSpec
from deck_builder.storage.lock import (
    Lock,
    holds_identity,
    identities,
    new_course,
    split_codes,
    word_codes,
)
from deck_builder.text import legacy_slug, without_images

# A renamed item in the same list or table needs half its words in common with its
# earlier self; one that also moved to another container needs to be nearly the same.
SAME_CONTAINER_SIMILARITY = 0.5
MOVED_SIMILARITY = 0.85
# Beyond this many unmatched pairs in one article, similarity matching is skipped
# (a rewrite, not an edit) so a build never goes quadratic on a large article.
MAX_SIMILARITY_PAIRS = 250_000

@dataclass
class Identity:
    guid: str
    note_id: int
    clozes: dict[str, int]  # every target key this note has ever hidden -> its number
    previous: dict | None  # the lock entry it continues, if any
    previous_key: str | None  # that entry's key when the note was matched by similarity


@dataclass
class Removed:
    article: str
    key: str
    entry: dict


def identify(specs: list[NoteSpec], lock: Lock, article_ids: list[str], now: int,
             fresh: NewIdentities | None = None):
    """Identities for `specs` (same order) and the lock entries no note continues.

    `fresh` hands out ids and guids for new notes; a build shares one among all its locks,
    so courses built together never get one id twice.
    """
    identities: list[Identity | None] = [None] * len(specs)
    removed: list[Removed] = []
    by_article: dict[str, list[int]] = {a: [] for a in article_ids}
    for index, spec in enumerate(specs):
        by_article.setdefault(spec.article_id, []).append(index)
    fresh = fresh or NewIdentities(now, [lock])
    for article_id, indexes in by_article.items():
        entries = lock.entries(article_id)
        matched: dict[int, str] = {}
        taken: set[str] = set()
        for index in indexes:
            if specs[index].key in entries:
                matched[index] = specs[index].key
                taken.add(specs[index].key)
        # A key a lock recorded before names kept their symbols ("c-is" for "C++ is").
        for index in indexes:
            legacy = legacy_slug(specs[index].key)
            if index not in matched and legacy in entries and legacy not in taken:
                matched[index] = legacy
                taken.add(legacy)
        loose_specs = [i for i in indexes if i not in matched]
        loose_keys = [k for k in entries if k not in taken]
        for index, key in _match_by_similarity(specs, loose_specs, entries, loose_keys):
            matched[index] = key
            taken.add(key)
        for index in indexes:
            spec = specs[index]
            key = matched.get(index)
            entry = entries.get(key) if key else None
            if entry is not None:
                guid, note_id = entry["guid"], entry["id"]
                clozes = dict(entry.get("clozes", {}))
            else:
                guid, note_id = fresh(lock, article_id, spec.key)
                clozes = {}
            _number_clozes(clozes, spec.targets)
            identities[index] = Identity(
                guid, note_id, clozes, entry, key if key and key != spec.key else None
            )
        removed.extend(Removed(article_id, k, entries[k]) for k in entries if k not in taken)
    return identities, removed


def _number_clozes(clozes: dict[str, int], targets: tuple[str, ...]) -> None:
    """Cloze numbers belong to targets: a new target gets a number never used in this note.

    Numbers of targets that disappeared stay reserved, so a deletion added later can
    never inherit another deletion's card and review history.
    """
    for target in targets:
        if target not in clozes:
            clozes[target] = max(clozes.values(), default=0) + 1


# New note ids start this far before the build's time, at a point drawn from the course,
# article and key: two branches that each add notes draw sequences that almost never
# overlap (and the lock loader renumbers a duplicate that does), where ids counted from the
# clock collided whenever two locks were started in one second. 2**26 ms is 18.6 hours.
ID_SPREAD = 1 << 26


class NewIdentities:
    """Guids and note ids for new notes, never one already used by any lock of the build."""

    # How many questions are asked of the locks' text before every id and guid is gathered
    # into sets: an edit's few new notes cost a scan of the text each, not the 100,000
    # identities of a large course; a build with many new notes gathers them once.
    ASKED_OF_TEXT = 10

    def __init__(self, now: int, locks: list[Lock]):
        self.now_ms = now * 1000
        self._locks = list(locks)
        self._ids: set[int] | None = None  # every lock's, once gathered
        self._guids: set[str] = set()
        self._minted_ids: set[int] = set()  # given to new notes by this build
        self._minted_guids: set[str] = set()
        self._asked = 0
        self.next_id: int | None = None
        self.article: str | None = None

    def _used(self, guid: str | None = None, note_id: int | None = None) -> bool:
        if guid in self._minted_guids if guid is not None else note_id in self._minted_ids:
            return True
        if self._ids is None and self._asked < self.ASKED_OF_TEXT:
            self._asked += 1
            said = [holds_identity(lock, guid, note_id) for lock in self._locks]
            if None not in said:
                return any(said)
        if self._ids is None:
            self._ids = set()
            for lock in self._locks:
                ids, guids = identities(lock)
                self._ids.update(ids)
                self._guids.update(guids)
        return guid in self._guids if guid is not None else note_id in self._ids

    def __call__(self, lock: Lock, article_id: str, key: str) -> tuple[str, int]:
        # The course salts the guids of new notes only: the notes a lock has keep their
        # guids, salted or not (Anki knows a note by nothing else), so a lock from before
        # courses had an id gets one with its first new note, and keeps every other byte.
        if not lock.course:
            lock.course = new_course(lock.path)
        parts = (lock.course, article_id, key)
        guid, attempt = genanki.guid_for(*parts), 0
        while self._used(guid):  # a removed note may still own the natural guid of this key
            attempt += 1
            guid = genanki.guid_for(*parts, attempt)
        self._minted_guids.add(guid)
        if self.article != article_id:  # each article's new notes: one run of ids, in order
            self.article = article_id
            drawn = hashlib.sha256("\0".join(parts).encode()).digest()
            offset = int.from_bytes(drawn[:8], "big") % ID_SPREAD
            self.next_id = max(1, self.now_ms - ID_SPREAD + offset)
        while self._used(note_id=self.next_id):
            self.next_id += 1
        note_id = self.next_id
        self._minted_ids.add(note_id)
        self.next_id += 1
        return guid, note_id


def signature(spec: NoteSpec) -> str:
    """The words a note says, for similarity matching (the lock keeps their word_codes)."""
    if spec.kind == "compare":
        parts = [spec.dimension, *(text for _, text, _ in spec.cells)]
    else:
        parts = [spec.text.text if spec.text else ""]
    return without_images(" ".join(" ".join(parts).split()))


def _container(key: str) -> str:
    return key.rsplit("/", 1)[0]


def _match_by_similarity(specs, loose_specs, entries, loose_keys):
    pairs = len(loose_specs) * len(loose_keys)
    if not pairs or pairs > MAX_SIMILARITY_PAIRS:
        return []
    candidates = []
    entry_words = {k: split_codes(entries[k].get("words", "")) for k in loose_keys}
    for index in loose_specs:
        spec = specs[index]
        words = split_codes(word_codes(signature(spec)))
        matcher = difflib.SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(words)
        for key in loose_keys:
            entry = entries[key]
            if entry.get("kind", "cloze") != spec.kind:
                continue
            same_place = _container(key) == _container(spec.key)
            threshold = SAME_CONTAINER_SIMILARITY if same_place else MOVED_SIMILARITY
            matcher.set_seq1(entry_words[key])
            if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
                continue
            score = matcher.ratio()
            if score >= threshold:
                candidates.append((score, same_place, index, key))
    # Best pairs first; each note and each entry is used once.
    candidates.sort(key=lambda c: (-c[0], not c[1], c[2], c[3]))
    pairs, used_specs, used_keys = [], set(), set()
    for _, _, index, key in candidates:
        if index not in used_specs and key not in used_keys:
            pairs.append((index, key))
            used_specs.add(index)
            used_keys.add(key)
    return pairs
