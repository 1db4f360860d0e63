"""`articles` rows from read documents: cleaned text, metadata, status, and duplicates marked."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import logging
from typing import Iterable, Sequence

from newsfacts.schema import make_id
from newsfacts.transforms.cleaning import clean
from newsfacts.transforms.dates import publication_date
from newsfacts.transforms.dedupe import StoryIndex
from newsfacts.transforms.reading import InputFile, RawDocument, display_path, read_document

logger = logging.getLogger(__name__)

LANGUAGES = ("en",)  # the languages the configured spaCy pipeline reads; others are skipped
# Language identification (py3langid, its model shipped in the wheel): a text is taken to be in another
# language only when the identifier is this sure (softmax over its 97 languages) and the text has
# MIN_LANGUAGE_WORDS words; shorter or mixed texts keep the first configured language. Measured: every
# seed and gold article is "en" at >= 0.9999, a one-sentence French or German text is found at >= 0.99,
# "Good text." gets "en" at 0.21.
MIN_LANGUAGE_CONFIDENCE = 0.9
# Texts shorter than this are not judged (too few words to tell; a line of mis-decoded bytes looks foreign).
MIN_LANGUAGE_WORDS = 20
LANGUAGE_SAMPLE_CHARS = 5000  # the start of the text is enough to tell its language


def read_article(item: InputFile, max_bytes: int, languages: Sequence[str] = LANGUAGES) -> dict:
    """One input to its `articles` row. A fault this code did not foresee costs that input only: it is
    logged with its traceback and the input is rejected with the error as its reason."""
    try:
        return build_article(read_document(item, max_bytes=max_bytes), languages)
    except Exception as exc:  # reported below and in the row: one input must never end the run
        logger.exception("reading %s failed", item.source_path)
        raw = RawDocument(
            item.source_path,
            None,
            None,
            0,
            None,
            dict(item.metadata),
            display_path(f"internal error while reading: {type(exc).__name__}: {exc}"),
        )
        return build_article(raw, languages)


@functools.lru_cache(maxsize=1)
def _identifier():
    """py3langid's identifier with probabilities, loaded once per process."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify_language(text: str) -> tuple[str, float]:
    """ISO 639-1 code of the text's language and the identifier's confidence (0-1)."""
    code, confidence = _identifier().classify(text[:LANGUAGE_SAMPLE_CHARS])
    return code, confidence


def parse_languages(value: str | Sequence[str]) -> tuple[str, ...]:
    """A comma list ("en,fr") to lower-case codes, in the order given; at least one."""
    items = value.split(",") if isinstance(value, str) else value
    codes = tuple(dict.fromkeys(c.strip().lower() for c in items if c and c.strip()))
    if not codes:
        raise ValueError("no language given (expected a comma list of ISO 639-1 codes such as 'en' or 'en,fr')")
    return codes


def build_article(raw: RawDocument, languages: Sequence[str] = LANGUAGES) -> dict:
    """One `articles` row: ok with cleaned text, skipped (another language, not an article), or rejected
    with the reader's reason."""
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
        "language": None,
        "story_id": None,
    }
    if raw.error is not None or raw.text is None:
        return _rejected(row, raw.error or "no text", status="skipped" if raw.skipped else "rejected")
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
    code, confidence = identify_language(cleaned.text)
    sure = confidence >= MIN_LANGUAGE_CONFIDENCE and row["n_words"] >= MIN_LANGUAGE_WORDS
    row["language"] = code if sure else languages[0]
    if row["language"] not in languages:
        # Kept with its text, never parsed: the spaCy pipeline reads only the configured languages.
        row.update(
            article_id=make_id("art", "skipped", row["source_path"], text_key),
            status="skipped",
            reject_reason=f"language: {row['language']}",
        )
    return row


def _rejected(row: dict, reason: str, status: str = "rejected") -> dict:
    """A rejected (or skipped) row keeps its name and reason; its id comes from where it was found."""
    row.update(
        article_id=make_id("art", status, row["source_path"], row.get("content_sha256")),
        text=None,
        dateline=None,
        furniture=None,
        n_words=0,
        status=status,
        reject_reason=reason,
        duplicate_of=None,
    )
    return row


def mark_duplicates(rows: Iterable[dict]) -> list[dict]:
    """Exact copies, near copies and reworked copies of one story, among the `ok` rows.

    Articles are compared in publication order (undated last), then by source_path: a later exact copy
    (same whitespace-normalised text) or near copy (Jaccard >= 0.9 of word 5-grams, transforms/dedupe.py)
    becomes a `duplicate` row pointing at the first; every ok or duplicate article gets the `story_id` of
    the first article of its story (Jaccard >= 0.3: a new lead, a paragraph added or cut). Rows come back
    in source_path order."""
    rows = sorted(rows, key=lambda r: r["source_path"])
    candidates = [r for r in rows if r["status"] == "ok" and r.get("_text_key") is not None]
    candidates.sort(
        key=lambda r: (r.get("published_at") is None, r.get("published_at") or dt.date.min, r["source_path"])
    )
    first: dict[str, dict] = {}
    unique: list[dict] = []
    roots: dict[str, dict] = {}  # article_id of an ok article to its row
    index = StoryIndex()
    for row in candidates:
        original = first.get(row["_text_key"])
        if original is not None:  # an exact copy: the same story as the first, and a copy of what it copies
            root = roots.get(original["duplicate_of"], original)
            _mark_duplicate(row, root, "duplicate of")
            row["story_id"] = original["story_id"]
            continue
        first[row["_text_key"]] = row
        match = index.add(row["text"])
        unique.append(row)
        roots[row["article_id"]] = row
        row["story_id"] = make_id("story", unique[match.story]["article_id"])
        if match.duplicate_of is not None:
            _mark_duplicate(row, unique[match.duplicate_of], f"near copy (Jaccard {match.similarity:.2f}) of")
    return rows


def _mark_duplicate(row: dict, original: dict, why: str) -> None:
    """A later copy: its own id, and the article it copies (never itself a duplicate)."""
    row.update(
        article_id=make_id("art", "duplicate", row["source_path"], row["_text_key"]),
        status="duplicate",
        duplicate_of=original["article_id"],
        reject_reason=f"{why} {original['source_path']}",
    )
