"""One pass over a batch of articles: parse with spaCy once, run every extractor on each Doc."""
from __future__ import annotations

import hashlib
import time
from pathlib import Path
from typing import Iterable

import spacy

from transforms.claims import extract_claims
from transforms.entities import extract_mentions
from transforms.events import extract_events
from transforms.figures import extract_figures
from transforms.nlp import DEFAULT_MODEL, load_model

ROW_TABLES = ("mentions", "figures", "claims", "events")
PIPE_BATCH_SIZE = 32  # documents per nlp.pipe batch


def code_version(model: str = DEFAULT_MODEL) -> str:
    """What extraction results depend on besides the text: the model, spaCy, and the transforms' source."""
    digest = hashlib.sha256(f"{model}|{spacy.__version__}".encode())
    nlp = load_model(model)
    digest.update(f"{nlp.meta.get('name')}|{nlp.meta.get('version')}".encode())
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def extract_all(
    articles: Iterable[dict], model: str = DEFAULT_MODEL, n_process: int = 1, timings: dict | None = None,
) -> dict[str, list[dict]]:
    """Rows of every extracted table for `ok` articles; the Docs are dropped as soon as they are read.

    `timings`, when given, gets the seconds spent in spaCy ("nlp") and in the extractors ("extract").
    """
    articles = [a for a in articles if a.get("status") == "ok" and a.get("text")]
    nlp = load_model(model)
    rows: dict[str, list[dict]] = {name: [] for name in ROW_TABLES}
    docs = iter(nlp.pipe((a["text"] for a in articles), batch_size=PIPE_BATCH_SIZE, n_process=n_process))
    spent = {"nlp": 0.0, "extract": 0.0}
    for article in articles:
        started = time.perf_counter()
        doc = next(docs)
        parsed = time.perf_counter()
        article_id = article["article_id"]
        rows["mentions"].extend(extract_mentions(doc, article_id))
        rows["figures"].extend(extract_figures(doc, article_id))
        rows["claims"].extend(extract_claims(doc, article_id))
        rows["events"].extend(extract_events(doc, article_id, article.get("published_at")))
        spent["nlp"] += parsed - started
        spent["extract"] += time.perf_counter() - parsed
    if timings is not None:
        for key, seconds in spent.items():
            timings[key] = timings.get(key, 0.0) + seconds
    return rows
