"""Give every note its stable identity: guid, note id and cloze numbers.

Anki matches an imported note to the one in the collection by guid alone, so the guid
must survive every edit a user makes. It comes from the lock when the note's structural
key is known; an edited label, dimension or opening sentence changes the key, so
unmatched notes are then matched to unmatched lock entries of the same kind by text
similarity. Only a note with no earlier self gets a new guid, derived from the article
id and its key (never from its text), so the same content built without a lock -- from
YAML or from Markdown -- gets the same guids.
"""

from __future__ import annotations

import difflib
import html
import re
from dataclasses import dataclass

import genanki

from deck_builder.notes import NoteSpec
from deck_builder.storage.lock import Lock

# A renamed item in the same list or table needs half its words in common with its
# earlier self; one that also moved to another container needs to be nearly the same.
SAME_CONTAINER_SIMILARITY = 0.5
MOVED_SIMILARITY = 0.85
# Beyond this many unmatched pairs in one article, similarity matching is skipped
# (a rewrite, not an edit) so a build never goes quadratic on a large article.
MAX_SIMILARITY_PAIRS = 250_000

_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"\w+")


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


def identify(specs: list[NoteSpec], lock: Lock, article_ids: list[str], now: int):
    """Identities for `specs` (same order) and the lock entries no note continues."""
    identities: list[Identity | None] = [None] * len(specs)
    removed: list[Removed] = []
    by_article: dict[str, list[int]] = {a: [] for a in article_ids}
    for index, spec in enumerate(specs):
        by_article.setdefault(spec.article_id, []).append(index)
    next_id = _IdAllocator(lock, now)
    for article_id, indexes in by_article.items():
        entries = lock.entries(article_id)
        matched: dict[int, str] = {}
        taken: set[str] = set()
        for index in indexes:
            if specs[index].key in entries:
                matched[index] = specs[index].key
                taken.add(specs[index].key)
        loose_specs = [i for i in indexes if i not in matched]
        loose_keys = [k for k in entries if k not in taken]
        for index, key in _match_by_similarity(specs, loose_specs, entries, loose_keys):
            matched[index] = key
            taken.add(key)
        used_guids = {e["guid"] for e in entries.values()}
        for index in indexes:
            spec = specs[index]
            key = matched.get(index)
            entry = entries.get(key) if key else None
            if entry is not None:
                guid, note_id = entry["guid"], entry["id"]
                clozes = dict(entry.get("clozes", {}))
            else:
                guid = _new_guid(article_id, spec.key, used_guids)
                note_id, clozes = next_id(), {}
            used_guids.add(guid)
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


def _new_guid(article_id: str, key: str, used: set[str]) -> str:
    guid, salt = genanki.guid_for(article_id, key), 0
    while guid in used:  # a removed note may still own the natural guid of this key
        salt += 1
        guid = genanki.guid_for(article_id, key, salt)
    return guid


class _IdAllocator:
    """Note ids for new notes: Anki reads them as creation times, so they start at now."""

    def __init__(self, lock: Lock, now: int):
        highest = max(
            (e["id"] for notes in lock.articles.values() for e in notes.values()), default=0
        )
        self.next = max(now * 1000, highest + 1)

    def __call__(self) -> int:
        self.next += 1
        return self.next - 1


def signature(spec: NoteSpec) -> str:
    """The words a note says, for similarity matching and for the lock's `text`."""
    if spec.kind == "compare":
        parts = [spec.dimension, *(text for _, text, _ in spec.cells)]
    else:
        parts = [spec.text.text if spec.text else ""]
    return " ".join(" ".join(parts).split())


def _words(text: str) -> list[str]:
    return _WORD.findall(html.unescape(_TAG.sub(" ", text)).casefold())


def _container(key: str) -> str:
    return key.rsplit("/", 1)[0]


def _match_by_similarity(specs, loose_specs, entries, loose_keys):
    pairs = len(loose_specs) * len(loose_keys)
    if not pairs or pairs > MAX_SIMILARITY_PAIRS:
        return []
    candidates = []
    entry_words = {k: _words(entries[k].get("text", "")) for k in loose_keys}
    for index in loose_specs:
        spec = specs[index]
        words = _words(signature(spec))
        matcher = difflib.SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(words)
        for key in loose_keys:
            entry = entries[key]
            if entry.get("kind") != spec.kind:
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
