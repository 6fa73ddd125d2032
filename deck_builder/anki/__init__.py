"""Everything that speaks Anki: note types, the .apkg writer, card templates, sync."""

# What `sync --removed` may do with notes removed from the articles (sync.py). Here, not
# in sync.py, so the command line offers them without importing the whole pipeline.
REMOVED_POLICIES = ("keep", "suspend", "delete")
