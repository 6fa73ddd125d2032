"""deck-builder: structured articles in, Anki packages out.

The data flows one way, one step per module, in this order (build.py runs them):

    readers/      find article files and read each into the content model (content.py):
                  __init__ (the registry by suffix), structured (YAML, JSON), markdown
                  (Markdown), builder (the shared ArticleBuilder both build through)
    generate      turn the content into note specs (notes.py), citations parsed by
                  citations.py
    identify      give every note its stable guid and cloze numbers (from the lock,
                  storage/lock.py)
    render        turn note specs into field HTML and note types with the templates
    changes       decide each note's modification time; what changed since the lock
    select        keep the subset the user asked for (topic, section, kind, cite, article)
    anki/package  write the .apkg

Selection comes after identity on purpose: every note of the articles read gets the
identity the full build would give it, so a subset never duplicates a note and the lock
never mistakes an unselected note for a removed one. No step imports a later one.

Shared by the steps: content.py (the articles), notes.py (the types several steps pass
on: NoteSpec, Facets, OutNote), anki/note_types.py (the frozen note types), text.py,
errors.py. storage/ keeps what a build remembers: lock.py (deck-builder.lock), cache.py
(the build cache), atomic.py (every file written whole or not at all). anki/ holds what
speaks Anki: note_types.py, package.py, card_template.py (Anki's template language).

build.py is the pipeline as a library (plan_build, build with BuildOptions, check,
list_notes). cli.py alone owns the command line: options, report text, progress bars, the
collector pause, exit codes. preview.py shows a planned build's cards in one HTML page
instead of packaging them, rendering each card with anki/card_template.py as Anki does.
bundled() finds the templates and cards the package carries; __main__.py runs the CLI.
"""

from importlib import resources
from pathlib import Path

__version__ = "0.1.0"


def bundled(name: str) -> Path:
    """A folder the package carries (templates, cards): inside an installed wheel, else at
    the root of the checkout."""
    packaged = resources.files("deck_builder") / name
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / name
