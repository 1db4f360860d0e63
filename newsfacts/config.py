"""Defaults shared by the CLI and the flow, importable without Prefect, spaCy or GX."""
from __future__ import annotations

import os

DEFAULT_MODEL = os.environ.get("NEWSFACTS_MODEL", "en_core_web_sm")
# Articles per Prefect task (and per saved part of the extraction): each task run costs the Prefect
# server and the flow ~0.1 s of CPU, so tasks are few; the workers get the batch in smaller chunks.
DEFAULT_BATCH_SIZE = 256
DEFAULT_MAX_BYTES = 10_000_000  # larger input files are rejected
DEFAULT_PROCESSES = min(os.cpu_count() or 1, 8)  # worker processes that parse and extract
# --strict fails when more than this share of the extracted rows (every table but articles) is quarantined.
# Set from the gold sets: 0.0-1.2 % of their rows are quarantined, all of them wrong rows.
DEFAULT_MAX_QUARANTINE_SHARE = 0.05
# Languages read (ISO 639-1, comma list); an article identified as another language is skipped, not parsed.
DEFAULT_LANGUAGES = "en"
