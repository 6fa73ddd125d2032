"""The floor: the least any tool must do to turn these articles into this package.

Load every article with the fastest YAML parser there is (libyaml's C loader), or parse
every Markdown article with markdown-it-py (deck-builder's Markdown parser), then have
genanki alone package exactly the notes deck-builder built -- same guids, fields, tags
and note types -- into one deck. Nothing is validated, generated or remembered.

    python benchmarks/floor.py prepare BUILT.apkg NOTES.pickle   # not measured
    python benchmarks/floor.py run CARDS_DIR NOTES.pickle OUT.apkg  # measured

`prepare` copies the notes and note types out of the package deck-builder wrote, so the
measured `run` does not pay for reading them back: it starts from the notes in memory,
as a tool that made them itself would have them.
"""

from __future__ import annotations

import json
import pickle
import sqlite3
import sys
import tempfile
import zipfile
from pathlib import Path


def prepare(apkg: Path, target: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "collection.anki2"
        with zipfile.ZipFile(apkg) as archive:
            db.write_bytes(archive.read("collection.anki2"))
        conn = sqlite3.connect(db)
        models = json.loads(conn.execute("SELECT models FROM col").fetchone()[0])
        notes = [
            (mid, guid, flds.split("\x1f"), tags.split())
            for mid, guid, flds, tags in conn.execute(
                "SELECT mid, guid, flds, tags FROM notes ORDER BY id")
        ]
        conn.close()
    with open(target, "wb") as handle:
        pickle.dump({"models": models, "notes": notes}, handle, pickle.HIGHEST_PROTOCOL)


def run(cards: Path, notes_file: Path, out: Path) -> None:
    import genanki
    import yaml

    loader = yaml.CSafeLoader  # fails loudly without libyaml: the floor is the C parser
    # Kept until the end, as a tool holding its content while it packages would.
    articles = [yaml.load(p.read_bytes(), Loader=loader) for p in sorted(cards.glob("*.yaml"))]
    if not articles:  # a Markdown course: parsed by deck-builder's parser, as it sets it up
        from markdown_it import MarkdownIt

        parser = MarkdownIt("commonmark").enable("table").enable("strikethrough")
        articles = [parser.parse(p.read_text(encoding="utf-8"))
                    for p in sorted(cards.glob("*.md"))]
    with open(notes_file, "rb") as handle:
        data = pickle.load(handle)
    models = {
        int(mid): genanki.Model(
            int(mid), m["name"], fields=[{"name": f["name"]} for f in m["flds"]],
            templates=[{"name": t["name"], "qfmt": t["qfmt"], "afmt": t["afmt"]}
                       for t in m["tmpls"]],
            css=m["css"], model_type=m["type"], sort_field_index=m["sortf"],
        )
        for mid, m in data["models"].items()
    }
    deck = genanki.Deck(1 << 30, "Course")
    for mid, guid, fields, tags in data["notes"]:
        deck.add_note(genanki.Note(model=models[mid], fields=fields, tags=tags, guid=guid))
    genanki.Package(deck).write_to_file(str(out))
    print(f"{len(articles)} articles, {len(deck.notes)} notes")


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    if command == "prepare":
        prepare(Path(args[0]), Path(args[1]))
    else:
        run(Path(args[0]), Path(args[1]), Path(args[2]))
