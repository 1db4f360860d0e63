"""Defaults shared by the CLI and the flow, importable without Prefect, spaCy or GX."""
from __future__ import annotations

import os

DEFAULT_MODEL = os.environ.get("NEWSFACTS_MODEL", "en_core_web_sm")
# Articles per Prefect task (and per saved part of the extraction): each task run costs the Prefect
# server and the flow ~0.1 s of CPU, so tasks are few; the workers get the batch in smaller chunks.
DEFAULT_BATCH_SIZE = 256
DEFAULT_MAX_BYTES = 10_000_000  # larger input files are rejected
DEFAULT_PROCESSES = min(os.cpu_count() or 1, 8)  # worker processes that parse and extract
