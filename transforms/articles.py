"""`articles` rows from read documents: cleaned text, metadata, status, and duplicates marked."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import logging
import threading
from typing import Iterable, Sequence

from newsfacts.schema import make_id
from newsfacts.transforms.cleaning import clean
from newsfacts.transforms.dates import publication_date
from newsfacts.transforms.dedupe import StoryIndex, shingles
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


_identifier_lock = threading.Lock()


def _identifier():
    """py3langid's identifier with probabilities, loaded once per process (about 1.3 s of CPU: its model is
    LZMA-compressed), by whichever thread asks first."""
    with _identifier_lock:
        return _load_identifier()


@functools.lru_cache(maxsize=1)
def _load_identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def preload_identifier() -> threading.Thread:
    """Load the language identifier in a background thread now (while the caller waits on something else)."""
    thread = threading.Thread(target=_identifier, name="newsfacts-langid-load", daemon=True)
    thread.start()
    return thread


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
    marker = DuplicateMarker()
    try:
        held = []
        for row in rows:
            marker.add(row)
            held.append(row)
        for position, changes in marker.decide().items():
            held[position].update(changes)
    finally:
        marker.close()
    return sorted(held, key=lambda r: r["source_path"])


class DuplicateMarker:
    """`mark_duplicates` for rows that arrive in batches and need not stay in memory.

    `add` takes the rows as they are read and keeps, per ok row, only what the decision needs (its date,
    source_path, text key and id; the shingle set goes to the index's file store, once per distinct text);
    `decide` then returns, by the position a row was added at, the columns that change (status, article_id,
    duplicate_of, reject_reason, story_id). The same decisions as comparing the held rows."""

    def __init__(self) -> None:
        self._index = StoryIndex()
        self._texts: dict[str, int] = {}  # text key -> its shingle set in the store
        self._candidates: list[tuple] = []  # (undated, date, source_path, position, text key, article_id)
        self._added = 0

    def add(self, row: dict) -> None:
        """Take one `articles` row (any status; only ok rows with text are compared)."""
        position, self._added = self._added, self._added + 1
        key = row.get("_text_key")
        if row["status"] != "ok" or key is None:
            return
        if key not in self._texts:
            self._texts[key] = self._index.store.append(shingles(row["text"]))
        date = row.get("published_at")
        self._candidates.append(
            (date is None, date or dt.date.min, row["source_path"], position, key, row["article_id"])
        )

    def decide(self) -> dict[int, dict]:
        """The changed columns of every compared row, by position (once: the index is filled here)."""
        if len(self._index):
            raise RuntimeError("DuplicateMarker.decide() was already called")
        changes: dict[int, dict] = {}
        first: dict[str, tuple] = {}  # text key -> (source_path, article_id, story_id, duplicate_of) of its first row
        unique: list[tuple[str, str]] = []  # index order -> (source_path, article_id)
        originals: dict[str, str] = {}  # article_id of an article that stays ok -> its source_path
        for _, _, path, position, key, article_id in sorted(self._candidates, key=lambda c: c[:4]):
            seen = first.get(key)
            if seen is not None:  # an exact copy: the same story as the first, and a copy of what it copies
                _, first_id, story_id, copies = seen
                root = (originals[copies], copies) if copies is not None else (seen[0], first_id)
                changes[position] = {**_duplicate(path, key, root, "duplicate of"), "story_id": story_id}
                continue
            match = self._index.add_stored(self._texts[key])
            unique.append((path, article_id))
            story_id = make_id("story", unique[match.story][1])
            change = {"story_id": story_id}
            copies = None
            if match.duplicate_of is not None:
                original = unique[match.duplicate_of]
                change.update(_duplicate(path, key, original, f"near copy (Jaccard {match.similarity:.2f}) of"))
                copies = original[1]
            else:
                originals[article_id] = path
            first[key] = (path, article_id, story_id, copies)
            changes[position] = change
        return changes

    @property
    def indexed(self) -> int:
        """Distinct texts in the index so far."""
        return len(self._index)

    @property
    def index_nbytes(self) -> int:
        """Memory held by the near-duplicate index (not by the per-row keys kept here)."""
        return self._index.nbytes

    @property
    def store_disk_bytes(self) -> int:
        """Bytes of shingle sets in the index's temporary file."""
        return self._index.store.disk_bytes

    def close(self) -> None:
        """Remove the index's file store."""
        self._index.close()


def _duplicate(path: str, key: str, original: tuple[str, str], why: str) -> dict:
    """A later copy: its own id, and the article it copies (never itself a duplicate)."""
    original_path, original_id = original
    return {
        "article_id": make_id("art", "duplicate", path, key),
        "status": "duplicate",
        "duplicate_of": original_id,
        "reject_reason": f"{why} {original_path}",
    }
