"""Which files are read, by name: the one place that says it (reading, discovery and `newsfacts run --help`).

Importable without the reading libraries: the command line lists these types in its help."""

from __future__ import annotations

TEXT_EXTENSIONS = (".txt", ".md", ".html", ".htm")
JSON_EXTENSIONS = (".json", ".jsonl")
SUPPORTED_EXTENSIONS = TEXT_EXTENSIONS + JSON_EXTENSIONS
# Web archives: each HTML response record is an article (read through the same HTML path as .html files).
WARC_SUFFIXES = (".warc", ".warc.gz")
# RSS/Atom feeds are metadata (url, title, published_at, outlet) for the articles they list, matched by URL;
# an .xml file in an input folder is taken as a feed when it parses as one, and is otherwise ignored (logged).
FEED_EXTENSIONS = (".rss", ".atom", ".xml")


def readable_types() -> str:
    """The readable types in words, for help texts."""
    return (
        f"articles {' '.join(SUPPORTED_EXTENSIONS)}, web archives {' '.join(WARC_SUFFIXES)}, "
        f"feeds {' '.join(FEED_EXTENSIONS)}"
    )
