"""One pass over a batch of articles: parse with spaCy once, run every extractor on each Doc."""
from __future__ import annotations

import hashlib
import logging
import time
from pathlib import Path
from typing import Callable, Iterable

import spacy
from spacy.tokens import Doc

from transforms.claims import extract_claims
from transforms.entities import extract_mentions
from transforms.events import extract_events
from transforms.figures import extract_figures
from transforms.nlp import DEFAULT_MODEL, load_model, model_meta
from transforms.spans import release

ROW_TABLES = ("mentions", "figures", "claims", "events")
PIPE_BATCH_SIZE = 32  # documents per nlp.pipe batch
logger = logging.getLogger(__name__)


def code_version(model: str = DEFAULT_MODEL) -> str:
    """What extraction results depend on besides the text: the model, spaCy, and the transforms' source."""
    digest = hashlib.sha256(f"{model}|{spacy.__version__}".encode())
    meta = model_meta(model)
    digest.update(f"{meta.get('name')}|{meta.get('version')}".encode())
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


# What each extractor makes from a parsed article; one failing never costs the article its other rows.
EXTRACTORS: tuple[tuple[str, Callable[[Doc, dict], Iterable[dict]]], ...] = (
    ("mentions", lambda doc, article: extract_mentions(doc, article["article_id"])),
    ("figures", lambda doc, article: extract_figures(doc, article["article_id"])),
    ("claims", lambda doc, article: extract_claims(doc, article["article_id"])),
    ("events", lambda doc, article: extract_events(doc, article["article_id"], article.get("published_at"))),
)


def extract_all(
    articles: Iterable[dict], model: str = DEFAULT_MODEL, n_process: int = 1, timings: dict | None = None,
) -> dict[str, list[dict]]:
    """Rows of every extracted table for `ok` articles; the Docs are dropped as soon as they are read.

    An extractor that raises on an article is logged and listed under "errors" (article, table, error);
    the article keeps the rows of the other extractors and the run goes on.
    `timings`, when given, gets the seconds spent in spaCy ("nlp") and in the extractors ("extract").
    """
    articles = [a for a in articles if a.get("status") == "ok" and a.get("text")]
    nlp = load_model(model)
    rows: dict[str, list[dict]] = {name: [] for name in (*ROW_TABLES, "errors")}
    docs = iter(nlp.pipe((a["text"] for a in articles), batch_size=PIPE_BATCH_SIZE, n_process=n_process))
    spent = {"nlp": 0.0, "extract": 0.0}
    for article in articles:
        started = time.perf_counter()
        doc = next(docs)
        parsed = time.perf_counter()
        for table, extractor in EXTRACTORS:
            try:
                rows[table].extend(extractor(doc, article))
            except Exception as exc:  # one bad rule on one article must not lose the run; reported below
                logger.exception("%s extraction failed on %s", table, article.get("source_path"))
                rows["errors"].append({
                    "article_id": article["article_id"], "source_path": article.get("source_path"),
                    "table": table, "error": f"{type(exc).__name__}: {exc}",
                })
        release(doc)
        spent["nlp"] += parsed - started
        spent["extract"] += time.perf_counter() - parsed
    if timings is not None:
        for key, seconds in spent.items():
            timings[key] = timings.get(key, 0.0) + seconds
    return rows
