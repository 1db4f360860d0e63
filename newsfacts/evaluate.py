"""Score an output folder against a gold file by the rules of ../shared/eval/GUIDELINE.md.

The guideline is the contract; where it leaves room, these are the rules applied:

- Articles: a gold `file` is found in `articles.source_path` by basename (narrowed to the
  paths that end with the gold path when the gold names folders). Predictions in articles
  that the gold file does not list are not scored at all.
- Optional gold: non-optional gold is matched first, then optional gold absorbs leftover
  predictions. A prediction matched to optional gold is neither TP nor FP; missing optional
  gold is not FN; field accuracies are taken over non-optional pairs only.
- A gold field that is absent is not scored; a gold field that is null must be predicted null.
  A gold field holding a list accepts any of its values. Dates compare as ISO strings.
- Figures: gold in listed (text) order; each takes the first free prediction in `start_char`
  order whose value is within 0.5 % and whose text overlaps (one contains the other after
  folding, or both hold the same number, digits or number words).
- Claims: tokens are the runs of word characters of the folded content; overlap is the
  multiset intersection; a pair matches when overlap >= half the gold tokens (and > 0).
  Pairs are chosen greedily over the whole article, best share of gold tokens first.
- Events: same type and matching actor; where the gold actor is null, a matching counterpart
  or location (whichever gold gives; the type alone when it gives neither). Gold in listed
  order takes the free candidate agreeing on most of counterpart, location and date, then the
  earliest in text. Location and date accuracy are taken over matched pairs whose gold gives
  one (an analyst maps events by place: an empty location where the text names it is wrong).
- Entities: a gold entity is found when a predicted canonical entity carries its name or one
  of its aliases (in `name` or `aliases`). It is merged when it is found and every one of its
  aliases that occurs in the corpus maps to one and the same predicted entity, and to no
  other. An alias occurs when its folded form appears on word boundaries in the folded text
  of some ok article. An alias maps to the predicted entities whose name or aliases hold it,
  and to the `entity_id` of each mention whose folded text equals it. Aliases compare with a
  leading "the" and title (Mr, Mrs, Ms) left out, the words the guideline's name rule leaves
  out too ("Mr. Blinken" ~ "Blinken", "the US" ~ "US"). Entity precision is the share of
  predicted entities that carry some gold name; it is a lower bound where the gold list is
  not exhaustive.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any, Callable, Mapping

import yaml
from rapidfuzz import fuzz
from newsfacts.transforms.language.lexicon import CARDINAL_WORDS, ORDINAL_WORDS

from newsfacts.storage import read_table
from newsfacts.transforms.spans import fold

SCORED_TABLES = ("figures", "claims", "events")
VALUE_TOLERANCE = 0.005  # relative: "the same value (within 0.5 %)"
FUZZY_THRESHOLD = 85  # rapidfuzz token_sort_ratio, 0-100
CLAIM_MIN_SHARE = 0.5  # of the gold content's tokens
NAME_STOPWORDS = frozenset({"the", "of", "'s", "a", "an", "mr", "mrs", "ms"})
ALIAS_PREFIXES = re.compile(r"^(?:the|mr\.?|mrs\.?|ms\.?)\s+")
PERSON = "PERSON"

# Columns of the predicted rows a report shows, per table.
SHOWN_COLUMNS = {
    "figures": ("text", "value", "qualifier", "category", "source_name", "start_char"),
    "claims": ("kind", "speaker", "content", "start_char"),
    "events": ("type", "trigger", "actor", "counterpart", "location", "date", "start_char"),
}
# The gold key, and the predicted column, that name an item in the list of misses.
ITEM_TEXT = {"figures": ("text", "text"), "claims": ("content", "content"), "events": ("text", "trigger")}
FIELDS = {
    "figures": ("qualifier", "category", "source"),
    "claims": ("speaker", "kind"),
    "events": ("location", "date"),
}

# Number words a predicted text may share with the gold text ("three" and "3"): the lexicon's cardinals and
# ordinals, plus scale words and repetitions.
_NUMBER_WORDS = {
    **CARDINAL_WORDS,
    **ORDINAL_WORDS,
    **{"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000},
    **{"once": 1, "twice": 2},
}
_DIGITS = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
_WORD = re.compile(r"\w+")
_LETTERS = re.compile(r"[^\W\d_]+")
_POSSESSIVE = re.compile(r"'s\b")

# Memoised: the same names are folded again for every comparison.
_fold = functools.lru_cache(maxsize=1 << 16)(fold)


# ---------------------------------------------------------------- values and names


def _is_null(value: Any) -> bool:
    """True for None, NaN, NaT and pandas' NA: every way a cell says 'no value'."""
    if value is None:
        return True
    try:
        return bool(value != value)  # NaN, NaT, NA are not equal to themselves
    except (TypeError, ValueError):
        return False


def _clean(value: Any) -> Any:
    """A cell or gold value as plain JSON-ready Python: no numpy types, dates as ISO strings."""
    if isinstance(value, Mapping):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)) or type(value).__name__ == "ndarray":
        return [_clean(v) for v in value]
    if _is_null(value):
        return None
    if isinstance(value, (dt.date, dt.datetime)) or hasattr(value, "isoformat"):
        return _iso(value)
    if hasattr(value, "item"):  # numpy scalar
        value = value.item()
    if isinstance(value, float) and value.is_integer():
        return int(value) if abs(value) < 2**53 else value
    return value


def _iso(value: Any) -> str | None:
    """A date-like value as an ISO date string ('2024-06-10'), or None."""
    if _is_null(value):
        return None
    if isinstance(value, dt.datetime) or hasattr(value, "to_pydatetime"):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()[:10]


def _options(gold: Any) -> list:
    """The values a gold field accepts: its list, or the one value."""
    return list(gold) if isinstance(gold, (list, tuple)) else [gold]


def _given(value: Any) -> bool:
    """Whether gold gives a value at all: not null and not an empty list."""
    return not _is_null(value) and value != []


def _text(value: Any) -> str | None:
    """A value as text (gold YAML may give `text: 274` as a number), or None."""
    if _is_null(value):
        return None
    text = str(value).strip()
    return text or None


def _value_in(pred: Any, gold: Any) -> bool:
    """A label field (qualifier, category, kind, type) is right: folded pred equals any gold value."""
    pred_text = _text(pred)
    for option in _options(gold):
        option_text = _text(option)
        if pred_text is None or option_text is None:
            if pred_text is None and option_text is None:
                return True
        elif _fold(pred_text) == _fold(option_text):
            return True
    return False


def _date_in(pred: Any, gold: Any) -> bool:
    """A date is right: its ISO string equals any gold date's."""
    return _iso(pred) in {_iso(g) for g in _options(gold)}


def _name_words(text: str) -> list[str]:
    """Words of a folded name, possessive 's dropped ("Gaza's" -> "gaza")."""
    return _WORD.findall(_POSSESSIVE.sub("", _fold(text)))


def _content_words(text: str) -> set[str]:
    """Words of a name that carry meaning: leaves out the, of, 's, a, an and titles."""
    return {w for w in _name_words(text) if w not in NAME_STOPWORDS}


class _AliasIndex(dict):
    """Folded name -> every folded name of the gold entities it names; built once per gold file."""


def _alias_index(aliases: Mapping | None) -> _AliasIndex:
    """Index a mapping of gold entity name -> aliases (an index passes through unchanged)."""
    if isinstance(aliases, _AliasIndex):
        return aliases
    index = _AliasIndex()
    for name, values in (aliases or {}).items():
        values = [values] if isinstance(values, str) else list(values or ())
        group = frozenset({_fold(str(name))} | {_fold(str(v)) for v in values})
        for member in group:
            index[member] = index.get(member, frozenset()) | group
    return index


def _same_entity(pred: str, gold: str, index: _AliasIndex) -> bool:
    """One is the other's alias: both fold to names of the same gold entity."""
    return pred in index.get(gold, ())


def _one_name_matches(pred: str, gold: str, index: _AliasIndex, label: str | None) -> bool:
    """The guideline's name rules for one non-null prediction and one non-null gold name."""
    p, g = _fold(pred), _fold(gold)
    if p == g or _same_entity(p, g, index):
        return True
    if fuzz.token_sort_ratio(p, g) >= FUZZY_THRESHOLD:
        return True
    p_words, g_words = _name_words(pred), _name_words(gold)
    if label == PERSON and p_words and g_words and p_words[-1] == g_words[-1]:
        return True
    p_set, g_set = _content_words(pred), _content_words(gold)
    return bool(p_set and g_set) and (p_set <= g_set or g_set <= p_set)


def names_match(
    pred: str | None, gold: str | list | None, aliases: dict | None = None, label: str | None = None
) -> bool:
    """Whether a predicted name counts as the gold one (speaker, source, actor, entity).

    `aliases` maps a gold entity name to its aliases; `label` is the gold entity's label
    (the last-word rule holds for PERSON only). Null matches null only; a list accepts any.
    """
    pred_text, index = _text(pred), _alias_index(aliases)
    for option in _options(gold):
        option_text = _text(option)
        if pred_text is None or option_text is None:
            if pred_text is None and option_text is None:
                return True
        elif _one_name_matches(pred_text, option_text, index, label):
            return True
    return False


@dataclass
class _Names:
    """Name matching with the gold entity list: aliases and PERSON labels looked up once."""

    aliases: _AliasIndex
    labels: dict[str, str]

    @classmethod
    def from_gold(cls, entities: list[dict]) -> "_Names":
        """Aliases and labels of the gold `entities` list, labels keyed by every folded name."""
        aliases: dict[str, list[str]] = {}
        labels: dict[str, str] = {}
        for entity in entities:
            name = _text(entity.get("name"))
            if name is None:
                continue
            values = [a for a in (_text(x) for x in _options(entity.get("aliases") or [])) if a]
            aliases[name] = values
            for value in (name, *values):
                labels.setdefault(_fold(value), str(entity.get("label") or ""))
        return cls(_alias_index(aliases), labels)

    def match(self, pred: Any, gold: Any) -> bool:
        """names_match with the gold label of each gold value."""
        return any(
            names_match(pred, option, self.aliases, self.labels.get(_fold(_text(option) or "")))
            for option in _options(gold)
        )


# ---------------------------------------------------------------- per-table match rules


def _numbers(text: str) -> set[float]:
    """Numbers a text holds, as digits ("1,200") or number words ("eight", "ninth", "six-week")."""
    folded = _fold(text)
    found = {float(d.replace(",", "")) for d in _DIGITS.findall(folded)}
    found |= {float(_NUMBER_WORDS[w]) for w in _LETTERS.findall(folded) if w in _NUMBER_WORDS}
    return found


def _value_close(pred: Any, gold: Any) -> bool:
    """Values agree within the relative tolerance (exactly, for zero)."""
    if _is_null(pred):
        return False
    try:
        p = float(pred)
    except (TypeError, ValueError):
        return False
    for option in _options(gold):
        try:
            g = float(option)
        except (TypeError, ValueError):
            continue
        if abs(p - g) <= VALUE_TOLERANCE * abs(g):
            return True
    return False


def _texts_overlap(pred: Any, gold: Any) -> bool:
    """Surface texts overlap: one contains the other after folding, or they share a number."""
    p, g = _text(pred), _text(gold)
    if p is None or g is None:
        return False
    fp, fg = _fold(p), _fold(g)
    return fp in fg or fg in fp or bool(_numbers(p) & _numbers(g))


def _figure_score(gold: dict, pred: dict, names: _Names) -> tuple | None:
    """A figure pair matches on value and text; all matches rank alike (first in text order wins)."""
    if _value_close(pred.get("value"), gold.get("value")) and _texts_overlap(pred.get("text"), gold.get("text")):
        return ()
    return None


def _tokens(text: Any) -> list[str]:
    """Word tokens of folded text, for the content overlap of claims."""
    value = _text(text)
    return _WORD.findall(_fold(value)) if value else []


def _claim_score(gold: dict, pred: dict, names: _Names) -> tuple | None:
    """A claim pair matches when the shared tokens cover half the gold content; more is better."""
    gold_tokens = _tokens(gold.get("content"))
    if not gold_tokens:
        return None
    overlap = sum((Counter(_tokens(pred.get("content"))) & Counter(gold_tokens)).values())
    if overlap == 0 or overlap < CLAIM_MIN_SHARE * len(gold_tokens):
        return None
    return (overlap / len(gold_tokens), overlap)


def _event_parties_match(gold: dict, pred: dict, names: _Names) -> bool:
    """The actor matches; with a null gold actor, the counterpart or location that gold gives."""
    if _given(gold.get("actor")):
        return names.match(pred.get("actor"), gold.get("actor"))
    given = [k for k in ("counterpart", "location") if _given(gold.get(k))]
    return not given or any(names.match(pred.get(k), gold[k]) for k in given)


def _event_score(gold: dict, pred: dict, names: _Names) -> tuple | None:
    """An event pair matches on type and parties; agreeing on more of the other fields ranks higher."""
    if not _value_in(pred.get("type"), gold.get("type")) or not _event_parties_match(gold, pred, names):
        return None
    agree = sum(names.match(pred.get(k), gold.get(k)) for k in ("counterpart", "location") if k in gold)
    if "date" in gold:
        agree += _date_in(pred.get("date"), gold.get("date"))
    return (agree,)


def _figure_field(name: str, gold: dict, pred: dict, names: _Names) -> bool:
    """Whether a matched figure has the gold qualifier, category or source."""
    if name == "source":
        return names.match(pred.get("source_name"), gold.get("source"))
    return _value_in(pred.get(name), gold.get(name))


def _claim_field(name: str, gold: dict, pred: dict, names: _Names) -> bool:
    """Whether a matched claim has the gold speaker or kind."""
    if name == "speaker":
        return names.match(pred.get("speaker"), gold.get("speaker"))
    return _value_in(pred.get(name), gold.get(name))


def _event_field(name: str, gold: dict, pred: dict, names: _Names) -> bool:
    """Whether a matched event has the gold location (a name, matched as names are) or date."""
    if name == "location":
        return names.match(pred.get(name), gold.get(name))
    return _date_in(pred.get(name), gold.get(name))


def _field_applies(table: str, name: str, gold: dict) -> bool:
    """A field is scored where gold annotates it; event locations and dates only where gold gives one."""
    if name not in gold:
        return False
    return not (table == "events" and _is_null(gold[name]))


@dataclass(frozen=True)
class _Rules:
    """How one table's predictions are matched to gold and which fields are then compared."""

    score: Callable[[dict, dict, _Names], tuple | None]
    check: Callable[[str, dict, dict, _Names], bool]
    global_greedy: bool


RULES = {
    "figures": _Rules(_figure_score, _figure_field, global_greedy=False),
    "claims": _Rules(_claim_score, _claim_field, global_greedy=True),
    "events": _Rules(_event_score, _event_field, global_greedy=False),
}


# ---------------------------------------------------------------- matching


def _assign_in_order(
    golds: list[dict], gold_ids: list[int], preds: list[dict], free: list[int], rules: _Rules, names: _Names
) -> list[tuple[int, int]]:
    """Gold in order; each takes the best-ranked free prediction, the earliest among equals."""
    pairs = []
    for gi in gold_ids:
        best, best_score = None, None
        for pi in free:
            score = rules.score(golds[gi], preds[pi], names)
            if score is not None and (best_score is None or score > best_score):
                best, best_score = pi, score
        if best is not None:
            pairs.append((gi, best))
            free.remove(best)
    return pairs


def _assign_globally(
    golds: list[dict], gold_ids: list[int], preds: list[dict], free: list[int], rules: _Rules, names: _Names
) -> list[tuple[int, int]]:
    """Best-ranked pairs first over the whole article; ties go to earlier gold, then earlier text."""
    candidates = []
    for gi in gold_ids:
        for pi in free:
            score = rules.score(golds[gi], preds[pi], names)
            if score is not None:
                candidates.append((score, gi, pi))
    candidates.sort(key=lambda c: (c[1], c[2]))
    candidates.sort(key=lambda c: c[0], reverse=True)  # stable: keeps the tie order above
    pairs, used_gold = [], set()
    for _, gi, pi in candidates:
        if gi not in used_gold and pi in free:
            pairs.append((gi, pi))
            used_gold.add(gi)
            free.remove(pi)
    return pairs


def _is_optional(item: dict) -> bool:
    """Whether a gold item is marked optional."""
    return item.get("optional") is True


def _match(golds: list[dict], preds: list[dict], rules: _Rules, names: _Names):
    """Pairs for required gold, pairs for optional gold (on leftovers), and the free predictions."""
    assign = _assign_globally if rules.global_greedy else _assign_in_order
    free = list(range(len(preds)))
    required = [i for i, g in enumerate(golds) if not _is_optional(g)]
    optional = [i for i, g in enumerate(golds) if _is_optional(g)]
    required_pairs = assign(golds, required, preds, free, rules, names)
    optional_pairs = assign(golds, optional, preds, free, rules, names)
    return required_pairs, optional_pairs, free


# ---------------------------------------------------------------- output folder


def _records(df: Any) -> list[dict]:
    """A DataFrame's rows as plain dicts of JSON-ready values."""
    if df is None:
        return []
    return [{str(k): _clean(v) for k, v in row.items()} for row in df.to_dict("records")]


def _basename(path: str) -> str:
    """The file name of a path written with / or \\."""
    return PureWindowsPath(PurePosixPath(path).name).name


@dataclass
class _Output:
    """The tables of an output folder, as plain rows, with predictions grouped by article."""

    articles: list[dict]
    entities: list[dict]
    mentions: list[dict]
    by_article: dict[str, dict[str, list[dict]]]
    missing: list[str]

    @classmethod
    def read(cls, output_dir: str | Path) -> "_Output":
        """Read every table the scorer needs; a table the run did not write reads as empty."""
        tables, missing = {}, []
        for name in ("articles", "entities", "mentions", *SCORED_TABLES):
            df = read_table(output_dir, name)
            if df is None:
                missing.append(name)
            tables[name] = _records(df)
        by_article: dict[str, dict[str, list[dict]]] = {t: {} for t in SCORED_TABLES}
        for table in SCORED_TABLES:
            for row in tables[table]:
                by_article[table].setdefault(str(row.get("article_id")), []).append(row)
        return cls(tables["articles"], tables["entities"], tables["mentions"], by_article, missing)

    def article_ids(self, gold_file: str) -> list[str]:
        """Ids of the output articles read from the gold file (by basename, folders narrowing)."""
        wanted = gold_file.replace("\\", "/")
        rows = [a for a in self.articles if _basename(str(a.get("source_path") or "")) == _basename(wanted)]
        if "/" in wanted:
            narrowed = [a for a in rows if str(a.get("source_path") or "").replace("\\", "/").endswith(wanted)]
            rows = narrowed or rows
        return [str(a.get("article_id")) for a in rows]

    def predictions(self, table: str, article_ids: list[str]) -> list[dict]:
        """A table's rows for some articles, in text order."""
        rows = [r for a in article_ids for r in self.by_article[table].get(a, [])]
        return sorted(rows, key=lambda r: (r.get("start_char") is None, r.get("start_char") or 0))

    def ok_texts(self) -> list[str]:
        """Folded text of every ok article: the corpus that entity aliases must occur in."""
        return [_fold(str(a.get("text") or "")) for a in self.articles if a.get("status") == "ok"]


# ---------------------------------------------------------------- tallies


@dataclass
class _Tally:
    """Counts for one table over all gold articles."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    optional_matched: int = 0
    fields: dict[str, list[int]] = field(default_factory=dict)

    def report(self, present: bool, names: tuple[str, ...]) -> dict:
        """The table's line of the report: counts, precision, recall, F1 and field accuracies."""
        out = {
            "present": present,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "optional_matched": self.optional_matched,
            **_prf(self.tp, self.fp, self.fn, present),
        }
        out["fields"] = {n: _accuracy(*self.fields.get(n, [0, 0])) for n in names}
        return out


def _prf(tp: int, fp: int, fn: int, present: bool = True) -> dict:
    """Precision, recall and F1; a table the run did not write scores zero."""
    if not present:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    precision = tp / (tp + fp) if tp + fp else (1.0 if tp + fn == 0 else 0.0)
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def _accuracy(correct: int, total: int) -> dict:
    """A field accuracy with the number of pairs it is over (None when there are none)."""
    return {"correct": correct, "total": total, "accuracy": correct / total if total else None}


def _shown(row: dict, table: str) -> dict:
    """The columns of a predicted row that a list of misses shows."""
    return {c: row.get(c) for c in SHOWN_COLUMNS[table]}


def _score_table(table: str, golds: list[dict], preds: list[dict], names: _Names, tally: _Tally) -> dict:
    """Match one article's gold and predictions for a table; add to the tally, return its misses."""
    rules = RULES[table]
    required_pairs, optional_pairs, free = _match(golds, preds, rules, names)
    n_required = sum(not _is_optional(g) for g in golds)
    tally.tp += len(required_pairs)
    tally.fn += n_required - len(required_pairs)
    tally.fp += len(free)
    tally.optional_matched += len(optional_pairs)
    matched = {gi for gi, _ in required_pairs} | {gi for gi, _ in optional_pairs}
    gold_key, pred_key = ITEM_TEXT[table]
    field_errors = []
    for gi, pi in required_pairs:
        for name in FIELDS[table]:
            if not _field_applies(table, name, golds[gi]):
                continue
            ok = rules.check(name, golds[gi], preds[pi], names)
            counts = tally.fields.setdefault(name, [0, 0])
            counts[0] += ok
            counts[1] += 1
            if not ok:
                pred_name = "source_name" if name == "source" else name
                field_errors.append(
                    {
                        "field": name,
                        "gold": _clean(golds[gi].get(name)),
                        "pred": preds[pi].get(pred_name),
                        "gold_text": _clean(golds[gi].get(gold_key)),
                        "pred_text": preds[pi].get(pred_key),
                    }
                )
    return {
        "missed": [_clean(g) for i, g in enumerate(golds) if i not in matched and not _is_optional(g)],
        "spurious": [_shown(preds[pi], table) for pi in free],
        "field_errors": field_errors,
    }


# ---------------------------------------------------------------- entities


def _alias_key(name: Any) -> str:
    """An alias as compared between gold and output: folded, leading 'the' or title left out."""
    text = _text(name)
    return ALIAS_PREFIXES.sub("", _fold(text)) if text else ""


def _entity_keys(entity: dict) -> set[str]:
    """Alias keys a predicted or gold entity carries in its name and aliases."""
    values = [entity.get("name"), *_options(entity.get("aliases") or [])]
    return {k for k in map(_alias_key, values) if k}


def _occurs(alias: str, texts: list[str]) -> bool:
    """Whether an alias appears, folded and on word boundaries, in some corpus text."""
    pattern = re.compile(r"(?<!\w)" + re.escape(_fold(alias)) + r"(?!\w)")
    return any(pattern.search(t) for t in texts)


def _score_entities(gold_entities: list[dict], output: _Output, present: bool) -> dict:
    """Found and merged rates of gold entities, and precision over predicted entities."""
    key_to_ids: dict[str, set[str]] = {}
    for entity in output.entities:
        for key in _entity_keys(entity):
            key_to_ids.setdefault(key, set()).add(str(entity.get("entity_id")))
    for mention in output.mentions:
        key = _alias_key(mention.get("text"))
        if key:
            key_to_ids.setdefault(key, set()).add(str(mention.get("entity_id")))
    names_by_id = {str(e.get("entity_id")): e.get("name") for e in output.entities}
    carrying = {str(e.get("entity_id")): _entity_keys(e) for e in output.entities}
    texts = output.ok_texts()

    found, merged, not_found, not_merged, matched_pred = 0, 0, [], [], set()
    required = [e for e in gold_entities if not _is_optional(e) and _text(e.get("name"))]
    for entity in gold_entities:
        if not _text(entity.get("name")):
            continue
        keys = _entity_keys(entity)
        hits = {eid for eid, carried in carrying.items() if carried & keys}
        matched_pred |= hits
        if _is_optional(entity):
            continue
        if not hits:
            not_found.append(str(entity["name"]))
            continue
        found += 1
        aliases = [a for a in (_text(x) for x in _options(entity.get("aliases") or [entity["name"]])) if a]
        occurring = {a: sorted(key_to_ids.get(_alias_key(a), set())) for a in aliases if _occurs(a, texts)}
        targets = set().union(*map(set, occurring.values())) if occurring else set()
        if not occurring or (len(targets) == 1 and all(occurring.values())):
            merged += 1
        else:
            not_merged.append(
                {
                    "name": str(entity["name"]),
                    "aliases": {a: [str(names_by_id.get(i, i)) for i in ids] for a, ids in occurring.items()},
                }
            )
    n_gold = len(required)
    tp, fn = found, n_gold - found
    n_pred = len(output.entities)
    fp = n_pred - len(matched_pred)
    precision = len(matched_pred) / n_pred if n_pred else (1.0 if n_gold == 0 else 0.0)
    recall = found / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    if not present:
        precision = recall = f1 = 0.0
    return {
        "present": present,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "total": n_gold,
        "found": found,
        "merged": merged,
        "found_rate": found / n_gold if n_gold else None,
        "merged_rate": merged / n_gold if n_gold else None,
        "not_found": not_found,
        "not_merged": not_merged,
    }


# ---------------------------------------------------------------- public API


def _load_gold(gold_path: str | Path) -> dict:
    """The gold file as a dict with `entities` and `articles` lists."""
    with open(gold_path, encoding="utf-8") as handle:
        gold = yaml.safe_load(handle) or {}
    if not isinstance(gold, dict):
        raise ValueError(f"{gold_path}: a gold file is a mapping with 'entities' and 'articles'")
    gold.setdefault("entities", [])
    gold.setdefault("articles", [])
    return {"entities": gold["entities"] or [], "articles": gold["articles"] or []}


def evaluate(gold_path: str | Path, output_dir: str | Path) -> dict:
    """Score an output folder against a gold file; the report is plain JSON-ready data."""
    gold = _load_gold(gold_path)
    output = _Output.read(output_dir)
    names = _Names.from_gold(gold["entities"])
    tallies = {t: _Tally() for t in SCORED_TABLES}
    misses, missing_articles = [], []
    for article in gold["articles"]:
        file = str(article.get("file") or "")
        ids = output.article_ids(file)
        if not ids:
            missing_articles.append(file)
        entry: dict[str, Any] = {"file": file, "found": bool(ids)}
        for table in SCORED_TABLES:
            golds = [g for g in (article.get(table) or []) if isinstance(g, dict)]
            entry[table] = _score_table(table, golds, output.predictions(table, ids), names, tallies[table])
        misses.append(entry)
    report: dict[str, Any] = {
        "gold": str(gold_path),
        "output": str(output_dir),
        "missing_tables": output.missing,
        "articles": {
            "gold": len(gold["articles"]),
            "found": len(gold["articles"]) - len(missing_articles),
            "missing": missing_articles,
        },
    }
    for table in SCORED_TABLES:
        report[table] = tallies[table].report(table not in output.missing, FIELDS[table])
    report["entities"] = _score_entities(gold["entities"], output, "entities" not in output.missing)
    report["misses"] = misses
    return report


def _fmt(value: float | None) -> str:
    """A rate with three decimals, or '-' where there is nothing to rate."""
    return "-" if value is None else f"{value:.3f}"


def format_report(report: dict) -> str:
    """The report as a plain-text table for a terminal or a log."""
    arts = report["articles"]
    lines = [
        f"gold: {report['gold']}   output: {report['output']}",
        f"articles: {arts['found']}/{arts['gold']} gold articles found in the output",
    ]
    if report["missing_tables"]:
        lines.append("missing tables: " + ", ".join(report["missing_tables"]))
    lines += ["", f"{'table':<10}{'tp':>6}{'fp':>6}{'fn':>6}{'precision':>11}{'recall':>8}{'f1':>8}"]
    for table in (*SCORED_TABLES, "entities"):
        r = report[table]
        lines.append(
            f"{table:<10}{r['tp']:>6}{r['fp']:>6}{r['fn']:>6}"
            f"{_fmt(r['precision']):>11}{_fmt(r['recall']):>8}{_fmt(r['f1']):>8}"
        )
    lines += ["", f"{'field accuracy':<22}{'acc':>7}{'n':>10}"]
    for table in SCORED_TABLES:
        for name, acc in report[table]["fields"].items():
            count = f"{acc['correct']}/{acc['total']}"
            lines.append(f"{table + '.' + name:<22}{_fmt(acc['accuracy']):>7}{count:>10}")
    ent = report["entities"]
    lines += [
        "",
        f"entities: found {ent['found']}/{ent['total']} ({_fmt(ent['found_rate'])}), "
        f"merged {ent['merged']}/{ent['total']} ({_fmt(ent['merged_rate'])})",
    ]
    if ent["not_found"]:
        lines.append("  not found: " + ", ".join(ent["not_found"]))
    for item in ent["not_merged"]:
        spread = "; ".join(f"{a} -> {', '.join(ids) or 'nothing'}" for a, ids in item["aliases"].items())
        lines.append(f"  not merged: {item['name']} ({spread})")
    lines += ["", "misses per article (missed gold / spurious predictions / field errors):"]
    for entry in report["misses"]:
        counts = "  ".join(
            f"{t} {len(entry[t]['missed'])}/{len(entry[t]['spurious'])}/{len(entry[t]['field_errors'])}"
            for t in SCORED_TABLES
        )
        lines.append(f"  {entry['file']}{'' if entry['found'] else ' (not in output)'}: {counts}")
    return "\n".join(lines)
