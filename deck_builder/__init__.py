"""deck-builder: structured articles in, Anki packages out.

The data flows one way, one module per step, in this order (build.py):

    reader      read a file and validate it into the content model (model.py);
                markdown_reader does the same for Markdown articles
    generate    turn the model into note specs (cloze, compare), citations parsed
                by citations.py
    identify    give every note its stable guid and cloze numbers (from the lock,
                lockfile.py)
    render      turn note specs into field HTML and note types with the templates
    changes     decide each note's modification time; what changed since the lock
    select      keep the subset the user asked for (topic, section, kind, cite, article)
    package     write the .apkg

Selection comes after identity on purpose: every note of the articles read gets the
identity the full build would give it, so a subset never duplicates a note and the lock
never mistakes an unselected note for a removed one. No step imports a later one;
models.py (the frozen note types), text.py and errors.py are shared by all.

cli.py only translates options. preview.py shows a planned build's cards in one HTML page
instead of packaging them, rendering each card with anki_template.py the way Anki does.
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
