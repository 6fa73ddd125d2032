"""Everything that speaks Anki: note types, the .apkg writer, card templates, sync."""
