"""`articles` rows from read documents: cleaned text, metadata, status, and duplicates marked."""
from __future__ import annotations

import hashlib
import logging
from typing import Iterable

from newsfacts.schema import make_id
from transforms.cleaning import clean
from transforms.dates import publication_date
from transforms.reading import InputFile, RawDocument, display_path, read_document

LOGGER = logging.getLogger(__name__)

LANGUAGE = "en"  # the language of the configured spaCy pipeline


def read_article(item: InputFile, max_bytes: int) -> dict:
    """One input to its `articles` row. A fault this code did not foresee costs that input only: it is
    logged with its traceback and the input is rejected with the error as its reason."""
    try:
        return build_article(read_document(item, max_bytes=max_bytes))
    except Exception as exc:  # reported below and in the row: one input must never end the run
        LOGGER.exception("reading %s failed", item.source_path)
        raw = RawDocument(item.source_path, None, None, 0, None, dict(item.metadata),
                          display_path(f"internal error while reading: {type(exc).__name__}: {exc}"))
        return build_article(raw)


def build_article(raw: RawDocument) -> dict:
    """One `articles` row: ok with cleaned text, or rejected with the reader's reason."""
    meta = raw.metadata or {}
    row = {
        "source_path": raw.source_path,
        "url": meta.get("url"),
        "outlet": meta.get("outlet"),
        "published_at": publication_date(meta.get("published_at"), raw.source_path),
        "title": meta.get("title"),
        "n_bytes": raw.n_bytes,
        "encoding": raw.encoding,
        "content_sha256": raw.content_sha256,
        "language": LANGUAGE,
    }
    if raw.error is not None or raw.text is None:
        return _rejected(row, raw.error or "no text")
    cleaned = clean(raw.text)
    if not cleaned.text.strip():
        return _rejected(row, "no text left after cleaning (furniture or markup only)")
    text_key = hashlib.sha256(" ".join(cleaned.text.split()).encode("utf-8")).hexdigest()
    row.update(
        article_id=make_id("art", text_key),
        text=cleaned.text,
        title=row["title"] or cleaned.title,
        # No manifest or sidecar outlet: the wire service of the dateline is who filed the story.
        outlet=row["outlet"] or cleaned.agency,
        # No manifest or sidecar date: the page's own metadata line ("Published: ..."), if it had one.
        published_at=row["published_at"] or cleaned.published_at,
        dateline=cleaned.dateline,
        n_words=len(cleaned.text.split()),
        status="ok",
        reject_reason=None,
        duplicate_of=None,
        _text_key=text_key,
        furniture=list(cleaned.removed),
    )
    return row


def _rejected(row: dict, reason: str) -> dict:
    """A rejected row keeps its name and reason; its id comes from where it was found."""
    row.update(
        article_id=make_id("art", "rejected", row["source_path"], row.get("content_sha256")),
        text=None, dateline=None, furniture=None, n_words=0, status="rejected", reject_reason=reason, duplicate_of=None,
    )
    return row


def mark_duplicates(rows: Iterable[dict]) -> list[dict]:
    """Later copies of the same text (by source_path order) become `duplicate` rows pointing at the first."""
    rows = sorted(rows, key=lambda r: r["source_path"])
    first: dict[str, dict] = {}
    for row in rows:
        key = row.get("_text_key")
        if row["status"] != "ok" or key is None:
            continue
        if key in first:
            original = first[key]
            row.update(
                article_id=make_id("art", "duplicate", row["source_path"], key),
                status="duplicate",
                duplicate_of=original["article_id"],
                reject_reason=f"duplicate of {original['source_path']}",
            )
        else:
            first[key] = row
    return rows
