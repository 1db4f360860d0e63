"""One pass over a batch of articles: parse with spaCy once, run every extractor on each Doc."""

from __future__ import annotations

import ctypes
import hashlib
import logging
import math
import threading
import time
from pathlib import Path
from typing import Callable, Iterable

import spacy
from spacy.tokens import Doc

from newsfacts.transforms.claims import extract_claims
from newsfacts.transforms.entities import extract_mentions
from newsfacts.transforms.events import extract_events
from newsfacts.transforms.figures import extract_figures
from newsfacts.transforms.figures.claimed import CREDIT_STARTS_KEY, credit_from_claims
from newsfacts.transforms.nlp import DEFAULT_MODEL, load_model, model_meta, pipe_texts
from newsfacts.transforms.spans import doc_text, release

ROW_TABLES = ("mentions", "figures", "claims", "events")
PIPE_BATCH_SIZE = 32  # documents per nlp.pipe batch
# Seconds the extractors may spend on one article (parsing not included); past it the article's
# remaining extraction is stopped and reported in the run's extraction errors. A news article takes
# well under a second.
ARTICLE_BUDGET_SECONDS = 60.0

logger = logging.getLogger(__name__)


def code_version(model: str = DEFAULT_MODEL) -> str:
    """What extraction results depend on besides the text: the model, spaCy, and the transforms' source."""
    digest = hashlib.sha256(f"{model}|{spacy.__version__}".encode())
    meta = model_meta(model)
    digest.update(f"{meta.get('name')}|{meta.get('version')}".encode())
    root = Path(__file__).parent
    for path in source_files():
        digest.update(path.relative_to(root).as_posix().encode() + path.read_bytes())
    return digest.hexdigest()[:16]


# Files whose contents decide the rows: the rules' code and their data (gazetteer and lexicon tables).
SOURCE_SUFFIXES = frozenset({".py", ".json"})


def source_files() -> list[Path]:
    """Every file of the transforms package, subpackages included: a rule changed in transforms/figures/
    must re-extract the articles a stored run kept."""
    root = Path(__file__).parent
    return sorted(
        (p for p in root.rglob("*") if p.suffix in SOURCE_SUFFIXES and "__pycache__" not in p.parts),
        key=lambda p: p.relative_to(root).as_posix(),
    )


# What each extractor makes from a parsed article; one failing never costs the article its other rows.
EXTRACTORS: tuple[tuple[str, Callable[[Doc, dict], Iterable[dict]]], ...] = (
    ("mentions", lambda doc, article: extract_mentions(doc, article["article_id"])),
    ("figures", lambda doc, article: extract_figures(doc, article["article_id"])),
    ("claims", lambda doc, article: extract_claims(doc, article["article_id"])),
    ("events", lambda doc, article: extract_events(doc, article["article_id"], article.get("published_at"))),
)


def extract_all(
    articles: Iterable[dict],
    model: str = DEFAULT_MODEL,
    n_process: int = 1,
    timings: dict | None = None,
    budget_seconds: float = ARTICLE_BUDGET_SECONDS,
) -> dict[str, list[dict]]:
    """Rows of every extracted table for `ok` articles; the Docs are dropped as soon as they are read.

    An extractor that raises on an article, or an article whose extraction runs past `budget_seconds`,
    is logged and listed under "errors" (article, table, error); the article keeps the rows of the
    extractors that finished and the run goes on.
    `timings`, when given, gets the seconds spent in spaCy ("nlp") and in the extractors ("extract").
    """
    articles = [a for a in articles if a.get("status") == "ok" and a.get("text")]
    nlp = load_model(model)
    rows: dict[str, list[dict]] = {name: [] for name in (*ROW_TABLES, "errors")}
    docs = iter(pipe_texts(nlp, (a["text"] for a in articles), batch_size=PIPE_BATCH_SIZE, n_process=n_process))
    spent = {"nlp": 0.0, "extract": 0.0}
    for article in articles:
        started = time.perf_counter()
        doc = next(docs)
        parsed = time.perf_counter()
        _extract_article(doc, article, rows, budget_seconds)
        release(doc)
        spent["nlp"] += parsed - started
        spent["extract"] += time.perf_counter() - parsed
    if timings is not None:
        for key, seconds in spent.items():
            timings[key] = timings.get(key, 0.0) + seconds
    return rows


def _extract_article(doc: Doc, article: dict, rows: dict[str, list[dict]], budget_seconds: float) -> None:
    """Every extractor over one parsed article, within its time budget; failures become "errors" rows."""
    done: list[str] = []
    deadline = _Deadline(budget_seconds)
    first = {table: len(rows[table]) for table in ROW_TABLES}
    try:
        try:
            for table, extractor in EXTRACTORS:
                try:
                    rows[table].extend(_finite_rows(extractor(doc, article), table, article))
                except Exception as exc:  # one bad rule on one article must not lose the run; reported below
                    logger.exception("%s extraction failed on %s", table, article.get("source_path"))
                    rows["errors"].append(_error(article, table, f"{type(exc).__name__}: {exc}"))
                done.append(table)
            # who reported a number, as the claim it stands in resolved its speaker (the claims are read after it)
            credit_from_claims(
                rows["figures"][first["figures"] :],
                rows["claims"][first["claims"] :],
                doc_text(doc),
                doc.user_data.get(CREDIT_STARTS_KEY),
            )
        finally:
            deadline.close()
    except ExtractionTimeout:
        pending = [table for table, _ in EXTRACTORS if table not in done]
        if not pending:
            return  # the budget ran out as the last extractor finished: nothing was lost
        logger.error(
            "extraction of %s stopped after %g s (time budget per article): %s not extracted",
            article.get("source_path"),
            budget_seconds,
            ", ".join(pending),
        )
        for table in pending:
            rows["errors"].append(
                _error(
                    article,
                    table,
                    f"ExtractionTimeout: stopped after the time budget of {budget_seconds:g} s per article",
                )
            )


def _error(article: dict, table: str, error: str) -> dict:
    return {
        "article_id": article["article_id"],
        "source_path": article.get("source_path"),
        "table": table,
        "error": error,
    }


def _finite_rows(found: Iterable[dict], table: str, article: dict) -> Iterable[dict]:
    """Rows whose numbers are all finite: a run of 100,000 digits is no figure (its value would be inf)."""
    for row in found:
        bad = [k for k, v in row.items() if isinstance(v, float) and not math.isfinite(v)]
        if bad:
            logger.warning(
                "%s row %r of %s dropped: %s not a finite number",
                table,
                str(row.get("text"))[:40],
                article.get("source_path"),
                ", ".join(bad),
            )
            continue
        yield row


class ExtractionTimeout(BaseException):
    """Raised inside an extractor when its article has used up its time budget (a BaseException, so
    that an extractor's own `except Exception` cannot swallow it)."""


class _Deadline:
    """Raises ExtractionTimeout in the calling thread once `seconds` have passed, unless closed first.

    A watchdog timer sets an asynchronous exception on the thread (CPython's PyThreadState_SetAsyncExc),
    which works in any thread, unlike SIGALRM; it takes effect at the next Python bytecode, so a single
    long call into C code finishes first."""

    def __init__(self, seconds: float) -> None:
        self.thread_id = threading.get_ident()
        self.lock = threading.Lock()
        self.armed = True
        self.timer = threading.Timer(seconds, self._fire)
        self.timer.daemon = True
        self.timer.start()

    def _fire(self) -> None:
        with self.lock:
            if self.armed:
                self.armed = False
                _set_async_exc(self.thread_id, ExtractionTimeout)

    def close(self) -> None:
        """Disarm; an exception already set but not yet raised is withdrawn."""
        with self.lock:
            fired = not self.armed
            self.armed = False
        self.timer.cancel()
        if fired:
            _set_async_exc(self.thread_id, None)


def _set_async_exc(thread_id: int, exc: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc else None)
