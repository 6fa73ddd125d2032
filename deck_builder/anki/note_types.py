"""The two Anki note types deck-builder writes, and why their ids and fields are frozen.

Anki matches an imported note type to the one in the collection by id. If the id is the
same but the field list differs, Anki treats it as a schema change: it makes a copy named
"Name+" and refuses to update existing notes (logged "conflicting"). So each id below is
tied forever to its field list. Templates and CSS may change under the same id (Anki
updates them in place); a change to FIELDS needs a new id, a new entry in
RETIRED_MODEL_IDS, and a note in the release log telling users what happens on import.
tests/test_models.py fails if a field list changes without its id.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_CONCEPTS = 4


@dataclass(frozen=True)
class NoteType:
    kind: str
    model_id: int
    name: str
    fields: tuple[str, ...]
    sort_field: int = 0


CLOZE = NoteType(
    kind="cloze",
    model_id=1_733_042_116,
    name="deck-builder Cloze",
    fields=("Text", "Context", "Source"),
)

_COMPARE_SLOTS = tuple(
    name for i in range(1, MAX_CONCEPTS + 1) for name in (f"Concept{i}", f"Text{i}", f"Masked{i}")
)
COMPARE = NoteType(
    kind="compare",
    model_id=1_733_042_117,
    name="deck-builder Compare",
    fields=("Dimension", "Comparison", *_COMPARE_SLOTS, "MaskedDimension", "Source"),
)

NOTE_TYPES = {t.kind: t for t in (CLOZE, COMPARE)}
KINDS = tuple(NOTE_TYPES)

# Model ids used by earlier releases with other field lists. A lock that records one of
# these makes the build explain that Anki will add a new note type (see changes.py).
RETIRED_MODEL_IDS: dict[int, str] = {}
