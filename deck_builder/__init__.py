"""deck-builder: structured articles in, Anki packages out.

The data flows one way, one module per step:

    reader    read a file and validate it into the content model (model.py)
    generate  turn the model into note specs (cloze, compare)
    select    keep the subset the user asked for
    identify  give every note its stable guid and cloze numbers (from the lock)
    render    turn note specs into field HTML with the Jinja2 templates
    lock      decide each note's modification time and remember it
    package   write the .apkg

build.py runs the steps in that order; cli.py only translates options. preview.py shows a
planned build's cards in one HTML page instead of packaging them, rendering each card with
anki_template.py the way Anki does.
"""

__version__ = "0.1.0"
