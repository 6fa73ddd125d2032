"""Decide every note's modification time from the lock, and report what changed.

Anki updates an existing note only when the incoming note's `mod` is newer than its own,
and then replaces its fields and tags. So a note whose fields and tags are what the lock
remembers keeps the lock's `mod` (Anki leaves it, and any edit made in Anki, alone),
and a changed one gets a `mod` newer than any it had (Anki always updates it).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from deck_builder.anki.note_types import NOTE_TYPES, RETIRED_MODEL_IDS
from deck_builder.identify import Removed, signature
from deck_builder.notes import Facets, OutNote
from deck_builder.render import RenderedNote
from deck_builder.storage.lock import (
    RENDERED,
    Articles,
    Lock,
    content_digest,
    may_hold,
    note_digest,
    notes_text,
    removed_entries,
    word_codes,
)

REMOVED_TAG = "deck-builder::removed"
REMOVED_SEARCH = f"tag:{REMOVED_TAG}"


@dataclass
class Report:
    """What changed since the lock, counted per status; cli.report_lines puts it in words."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    still_removed: int = 0
    unchanged: int = 0
    notices: list[str] = field(default_factory=list)

    def absorb(self, other: Report) -> None:
        """Add another lock group's report to this one."""
        self.added += other.added
        self.updated += other.updated
        self.removed += other.removed
        self.still_removed += other.still_removed
        self.unchanged += other.unchanged
        self.notices += [n for n in other.notices if n not in self.notices]


class Changes:
    """Decide every note's `mod` and status, and the lock's entries, an article at a time:
    a build hands over each article's notes as soon as it is read, and lets them go once
    in its scratch database (build.plan_build). The lock and the report are those of
    every article added."""

    def __init__(self, lock: Lock, now: int):
        self.lock, self.now = lock, now
        self.report = Report()
        self.articles: dict[str, dict] = {}
        self.model_changes: set[str] = set()
        self.lost: list[str] = []

    def add(self, rendered: Iterable[RenderedNote], removed: list[Removed],
            article_ids: list[str], store: dict[str, dict[str, dict]] | None = None
            ) -> tuple[list[OutNote], dict[str, dict[str, dict]]]:
        """The notes to package, and what the build cache keeps of the notes rendered
        (storage/cache.load_rendered: article -> key -> fields, tags, label, section and
        digest). `store` is that of the last build: a note removed since is packaged once
        more from it, tagged removed."""
        report, articles, now = self.report, self.articles, self.now
        for article in article_ids:
            if type(articles.setdefault(article, {})) is not dict:  # its id used twice
                articles[article] = json.loads(articles[article])
        kept: dict[str, dict[str, dict]] = {}
        out: list[OutNote] = []
        for note in rendered:
            spec, identity, previous = note.spec, note.identity, note.identity.previous
            model_id = note.note_type.model_id
            digest = note_digest(model_id, note.fields, note.tags)
            if previous is None:
                status, mod = "new", now
                report.added.append(spec.label)
            elif content_digest(previous) == digest and previous.get("model") == model_id:
                status, mod = "unchanged", previous["mod"]
                report.unchanged += 1
            else:
                status, mod = "updated", max(now, previous["mod"] + 1)
                report.updated.append(spec.label)
                if previous.get("model") not in (None, model_id):
                    self.model_changes.add(note.note_type.name)
            words = word_codes(signature(spec))
            if previous is not None and previous.get("words") == words:
                words = previous["words"]  # the lock's copy: the new one is freed at once
            entry = {"guid": identity.guid, "id": identity.note_id, "model": model_id, "mod": mod,
                     "digest": digest, "words": words}
            # The shape of a version 3 entry (storage/lock.upgraded): what is usual is left out.
            if spec.kind != "cloze":
                entry["kind"] = spec.kind
            if identity.clozes:
                entry["clozes"] = dict(sorted(identity.clozes.items()))
            if entry == previous:  # the lock's own: keep that dict, and free this one at once
                entry = previous
            articles.setdefault(spec.article_id, {})[spec.key] = entry
            kept.setdefault(spec.article_id, {})[spec.key] = {
                "digest": digest, "fields": note.fields, "tags": note.tags, "label": spec.label,
                "section": spec.section}
            out.append(OutNote(identity.guid, identity.note_id, spec.kind, note.fields,
                               note.tags, mod, spec.article_id, spec.key, spec.label, status,
                               spec.facets, spec.line, spec.lines))
        for gone in removed:
            entry = _with_rendered(gone.entry, (store or {}).get(gone.article, {}).get(gone.key))
            if not entry.get("removed"):
                if "fields" not in entry:
                    self.lost.append(gone.key)
                entry["removed"] = True
                if "tags" in entry:
                    entry["tags"] = sorted({*entry["tags"], REMOVED_TAG})
                entry["mod"] = max(now, entry["mod"] + 1)
                report.removed.append(entry.get("label", gone.key))
            else:
                report.still_removed += 1
            articles.setdefault(gone.article, {})[gone.key] = entry
            if "fields" not in entry:
                continue  # lost with the cache: nothing to package it from
            out.append(OutNote(entry["guid"], entry["id"], entry.get("kind", "cloze"),
                               entry["fields"], entry["tags"], entry["mod"], gone.article, gone.key,
                               entry.get("label", gone.key), "removed",
                               _facets_of_entry(entry, gone.article)))
        # Keep note kinds that NOTE_TYPES no longer knows out of the packaged notes.
        return [n for n in out if n.kind in NOTE_TYPES], kept

    def as_text(self, article_id: str) -> None:
        """Keep the article's entries as the lock's text (storage/lock.Articles), what
        writing them gives: a dict of every entry of the course would grow with it."""
        notes = self.articles.get(article_id)
        if type(notes) is dict:
            self.articles[article_id] = notes_text(notes)

    def finish(self) -> tuple[Lock, Report]:
        """The lock to write after the package, and the report."""
        lock, report, lost = self.lock, self.report, self.lost
        if lost:
            report.notices.append(
                f"{len(lost)} removed note(s) cannot be tagged {REMOVED_TAG} in Anki: their "
                "fields were only in the build cache (.deck-builder-cache/), which is gone; the "
                "lock marks them removed. First of them: " + ", ".join(lost[:3]))
        for name in sorted(self.model_changes):
            report.notices.append(
                f"note type \"{name}\" has new fields in this version of deck-builder, so it has a "
                "new id: Anki will add it as a new note type and cannot update notes of the old "
                "one. See docs/regeneration.md, \"Note type changes\"."
            )
        models = {e.get("model") for a in lock.articles
                  if any(may_hold(lock, a, "model", model) for model in RETIRED_MODEL_IDS)
                  for e in lock.articles[a].values()}
        for retired in sorted(models & set(RETIRED_MODEL_IDS)):
            report.notices.append(RETIRED_MODEL_IDS[retired])
        # Kept as text (lock.Articles) where it was read or made so.
        merged = Articles(lock.articles) if type(lock.articles) is dict else lock.articles.copy()
        merged.update(self.articles)
        new_lock = Lock(lock.path, merged, dict(lock.note_types), lock.original, course=lock.course)
        return new_lock, report


def _with_rendered(entry: dict, rendered: dict | None) -> dict:
    """A copy of a lock entry with its fields, tags, label and section: its own (a version 1
    entry, a removed note's) or the build cache's when that is of the same content."""
    entry = dict(entry)
    if "fields" not in entry and rendered and rendered.get("digest") == entry.get("digest"):
        entry.update({key: rendered[key] for key in RENDERED if key in rendered})
    return entry


def carried_rendered(lock: Lock, article_id: str, store: dict[str, dict[str, dict]]) -> bool:
    """Whether every live note of the article has its rendered fields in `store` (or in its
    own entry, version 1): carry_unchanged can then package it without reading it."""
    rendered = store.get(article_id, {})
    return all(entry.get("removed") or "fields" in entry
               or rendered.get(key, {}).get("digest") == entry.get("digest")
               for key, entry in lock.entries(article_id).items())


def carry_unchanged(lock: Lock, article_id: str, store: dict[str, dict[str, dict]]
                    ) -> tuple[list[OutNote], Report, dict[str, dict]]:
    """The notes of an article the build cache vouches for, as the lock and the cache's
    rendered notes (`store`, carried_rendered) hold them, and what the cache keeps of them.

    Its file is what the last build read, so reading it again would give exactly these
    entries back: every note unchanged, every removed one still removed.
    """
    report = Report()
    out: list[OutNote] = []
    rendered = store.get(article_id, {})
    kept: dict[str, dict] = {}
    for key, entry in lock.entries(article_id).items():
        if entry.get("removed"):
            status = "removed"
            report.still_removed += 1
        else:
            status = "unchanged"
            report.unchanged += 1
            # A live entry with its fields (version 1) is never carried: the cache vouches
            # only for lock bytes this code wrote, and it writes a live entry's identity only.
            if key in rendered:
                kept[key] = rendered[key]
        note = _carried(_with_rendered(entry, rendered.get(key)), article_id, key, status)
        if note is not None:
            out.append(note)
    return out, report, kept


def removed_notes(lock: Lock, article_id: str) -> list[OutNote]:
    """The notes of an article that the lock marks removed, as carry_unchanged gives them
    (a removed note's entry keeps its fields), without the cache's rendered notes."""
    notes = (_carried(entry, article_id, key, "removed")
             for key, entry in removed_entries(lock, article_id).items())
    return [note for note in notes if note is not None]


def _carried(entry: dict, article_id: str, key: str, status: str) -> OutNote | None:
    """The note of a lock entry holding its output; None when it cannot be packaged."""
    kind = entry.get("kind", "cloze")
    if kind not in NOTE_TYPES or "fields" not in entry:
        return None
    return OutNote(entry["guid"], entry["id"], kind, entry["fields"], entry["tags"],
                   entry["mod"], article_id, key, entry.get("label", key), status,
                   _facets_of_entry(entry, article_id))


def _facets_of_entry(entry: dict, article: str) -> Facets:
    tags = entry["tags"]
    topic = next((t[len("topic::"):] for t in tags if t.startswith("topic::")), "")
    cites = tuple(t[len("cite::"):] for t in tags if t.startswith("cite::"))
    return Facets(topic, entry.get("section", ""), entry.get("kind", "cloze"), cites, article)


def stamp_note_types(models: dict, locks: list[Lock], now: int) -> dict[int, int]:
    """Each note type's `mod`: kept while its templates and CSS are unchanged, newer after.

    Anki replaces a note type's templates and CSS on import only when the incoming one is
    newer, so a template edit must move this time forward and nothing else may.
    """
    stamps: dict[int, int] = {}
    for model in models.values():
        key = str(model.model_id)
        sha = hashlib.sha256(json.dumps(
            [model.name, model.templates, model.css, model.fields], sort_keys=True, default=str
        ).encode()).hexdigest()
        known = [lock.note_types[key] for lock in locks if key in lock.note_types]
        if known and all(k.get("sha") == sha for k in known):
            mod = max(k["mod"] for k in known)
        else:
            mod = max([now, *(k["mod"] + 1 for k in known)])
        for lock in locks:
            lock.note_types[key] = {"mod": mod, "sha": sha}
        stamps[model.model_id] = mod
    return stamps
