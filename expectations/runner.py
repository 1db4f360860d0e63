"""Validate the output tables against the JSON suites in this folder, quarantining failed rows.

Suites are data (`expectations/<table>.json`); this module only resolves their references to
newsfacts/schema.py, derives the helper columns that cross-table checks need, runs Great
Expectations and splits each table into passed rows and quarantined rows.
"""

from __future__ import annotations

import datetime as _dt
import functools
import importlib.abc
import importlib.util
import json
import logging
import math
import re
import shutil
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from contextlib import contextmanager
from typing import Any, Callable, Iterator

import numpy as np
import pandas as pd

from newsfacts import schema
from newsfacts.expectations import data_docs, plausibility
from newsfacts.transforms.spans import fold

SUITE_DIR = Path(__file__).resolve().parent
# Validation order: referenced tables first, so references are checked against rows that passed.
TABLE_ORDER = ("articles", "sources", "entities", "mentions", "figures", "claims", "events", "discrepancies")
VALIDATION_DIR = "validation"
SUMMARY_FILE = "summary.json"
DATA_DOCS_DIR = "data_docs"
DATASOURCE_NAME = "newsfacts"
SITE_NAME = "newsfacts_site"
# Ephemeral contexts ship a site that writes to a random /tmp folder: it is removed.
DEFAULT_SITE_NAME = "local_site"
# COMPLETE gives every failed row's index; the index query string would only cost memory.
RESULT_FORMAT = {"result_format": "COMPLETE", "return_unexpected_index_query": False}
# A uniqueness failure keeps the first row of each key and quarantines the later ones.
KEEP_FIRST_TYPES = frozenset({"expect_column_values_to_be_unique"})
# Modules GX imports at its own import for expectations and charts no suite here uses (KL divergence, KS
# tests): loaded on first use instead, which a run never reaches (about 1.5 s of CPU at every start).
DEFERRED_IMPORTS = ("altair", "scipy.stats")

logger = logging.getLogger(__name__)

_lock = threading.Lock()
_gx_state: dict[str, Any] = {}


@dataclass
class ValidationResult:
    """What validation kept, what it quarantined and why, per table."""

    tables: dict[str, pd.DataFrame]
    quarantine: pd.DataFrame
    summary: dict


def load_suite(table: str) -> dict:
    """The suite data of a table as written in its JSON file (references unresolved)."""
    path = SUITE_DIR / f"{table}.json"
    with path.open(encoding="utf-8") as f:
        suite = json.load(f)
    if suite.get("name") != table or not isinstance(suite.get("expectations"), list):
        raise ValueError(f"{path}: a suite needs name {table!r} and a list of expectations")
    return suite


def resolve_suite(table: str) -> list[dict]:
    """The suite's expectations with every schema reference replaced by its value."""
    resolved: list[dict] = []
    for exp in load_suite(table)["expectations"]:
        kwargs = exp.get("kwargs", {})
        meta = exp.get("meta", {})
        if kwargs.get("column") == {"$required": True}:
            # One not-null expectation per non-nullable schema column.
            for field in schema.SCHEMAS[table]:
                if not field.nullable:
                    resolved.append(_expectation(exp["expectation_type"], {**kwargs, "column": field.name}, meta))
            continue
        values = {name: _resolve_value(table, value) for name, value in kwargs.items()}
        resolved.append(_expectation(exp["expectation_type"], values, meta))
    return resolved


def _expectation(type_: str, kwargs: dict, meta: dict) -> dict:
    """One resolved expectation in the shape GX's ExpectationConfiguration takes."""
    return {"type": type_, "kwargs": kwargs, "meta": dict(meta)}


def _vocabulary(name: str) -> tuple[str, ...]:
    """A vocabulary of newsfacts/schema.py by its constant's name ({"$vocab": "QUALIFIERS"})."""
    value = getattr(schema, name, None)
    if not (isinstance(value, tuple) and name.isupper() and all(isinstance(v, str) for v in value)):
        raise KeyError(f"no vocabulary {name!r} in newsfacts/schema.py")
    return value


def _resolve_value(table: str, value: Any) -> Any:
    """A kwarg value, with {"$vocab"|"$key"|"$columns": ...} looked up in newsfacts.schema."""
    if not (isinstance(value, dict) and len(value) == 1 and next(iter(value)).startswith("$")):
        return value
    ref, arg = next(iter(value.items()))
    if ref == "$vocab":
        return list(_vocabulary(arg))
    if ref == "$key":
        return schema.KEYS[table]
    if ref == "$columns":
        return schema.columns(table)
    raise ValueError(f"suite {table!r}: unknown reference {ref!r} (only 'column' may be $required)")


def validate_tables(
    tables: dict[str, pd.DataFrame],
    output_dir: Path,
    articles_text: dict[str, str] | None = None,
) -> ValidationResult:
    """Validate each given table, quarantine failed rows, write summary JSON and Data Docs."""
    unknown = set(tables) - set(TABLE_ORDER)
    if unknown:
        raise ValueError(f"no suite for tables {sorted(unknown)}")
    validation_dir = Path(output_dir) / VALIDATION_DIR
    with _lock:  # one cached GX context per process; its stores are not thread-safe
        ctx = _context()
        _clear_results(ctx)
        passed: dict[str, pd.DataFrame] = {}
        quarantined: list[dict] = []
        summary: dict[str, dict] = {}
        texts = articles_text
        for table in TABLE_ORDER:
            if table not in tables:
                continue
            if texts is None and table != "articles" and "articles" in passed:
                texts = _texts_of(passed["articles"])
            kept, rows, summary[table] = _validate_table(table, tables[table], passed, texts)
            passed[table] = kept
            quarantined.extend(rows)
        _write_outputs(ctx, validation_dir, summary)
    quarantine = schema.to_table("quarantine", quarantined).to_pandas()
    logger.info(
        "validated %d tables: %d rows passed, %d quarantine rows",
        len(passed),
        sum(len(df) for df in passed.values()),
        len(quarantine),
    )
    return ValidationResult(tables=passed, quarantine=quarantine, summary=summary)


def _validate_table(
    table: str, df: pd.DataFrame, passed: dict[str, pd.DataFrame], texts: dict[str, str] | None
) -> tuple[pd.DataFrame, list[dict], dict]:
    """Run one table's suite; return its passed rows, its quarantine rows and its summary."""
    frame = df.reset_index(drop=True)
    work = frame.copy()
    unchecked: dict[str, str] = {}
    for exp in _gx_state["suites"][table]:
        derive = exp["meta"].get("derive")
        if derive:
            column = exp["kwargs"]["column"]
            work[column], reason = _derive(derive, work, passed, texts)
            if reason:
                unchecked[column] = reason
    reasons_of = {
        exp["kwargs"]["column"]: work[exp["kwargs"]["column"]].tolist()
        for exp in _gx_state["suites"][table]
        if _is_problem_column(exp)
    }
    with configurations_built_once():
        result = _gx_state["definitions"][table].run(batch_parameters={"dataframe": work}, result_format=RESULT_FORMAT)
    by_id = {r.expectation_config.id: r for r in result.results}
    failed_rows: dict[int, list[tuple[str, str | None, str, str | None]]] = {}
    expectations: list[dict] = []
    warnings: list[dict] = []
    for exp in _gx_state["suites"][table]:
        res = by_id[exp["id"]]
        column = _column_of(exp["kwargs"])
        entry = {
            "type": exp["type"],
            "column": column,
            "success": bool(res.success),
            "unexpected_count": res.result.get("unexpected_count"),
            "row_level": bool(exp["meta"].get("row_level")),
            "check": check_name(exp),
        }
        if exp["meta"].get("warning"):
            entry["warning"] = True
            if not res.success and res.result.get("unexpected_percent") is not None:
                warnings.append(
                    {
                        "check": entry["check"],
                        "message": exp["meta"]
                        .get("reason", "")
                        .format(
                            share=100 - float(res.result["unexpected_percent"]),
                            mostly=100 * float(exp["kwargs"].get("mostly", 1.0)),
                        ),
                    }
                )
        error = _exception_message(res.exception_info)
        if error:
            entry["exception"] = error
        expectations.append(entry)
        if res.success or not entry["row_level"]:
            continue
        indexes = res.result.get("unexpected_index_list") or []
        if exp["type"] in KEEP_FIRST_TYPES:
            later = frame.duplicated(subset=[column], keep="first")
            indexes = [i for i in indexes if later.iloc[i]]
        reasons = reasons_of.get(column)
        for i in indexes:
            reason = reasons[int(i)] if reasons is not None else _reason(exp, column)
            failed_rows.setdefault(int(i), []).append((exp["type"], column, entry["check"], reason))
    key = schema.KEYS[table]
    failed = sorted(failed_rows)
    records = frame.iloc[failed].to_dict("records")  # one conversion, not one .iloc per row
    quarantine = [
        _quarantine_row(table, key, i, record, *failure)
        for i, record in zip(failed, records)
        for failure in failed_rows[i]
    ]
    keep = ~frame.index.isin(list(failed_rows))
    by_check: dict[str, int] = {}
    for row in quarantine:
        by_check[row["check"]] = by_check.get(row["check"], 0) + 1
    summary = {
        # Warnings (corpus-level shares) never fail a table; quarantined rows do (see table_checks_passed).
        "success": all(e["success"] for e in expectations if not e.get("warning")),
        "table_checks_passed": all(e["success"] for e in expectations if not e["row_level"] and not e.get("warning")),
        "quarantined_by_check": dict(sorted(by_check.items())),
        "warnings": warnings,
        "n_rows": len(frame),
        "n_passed": int(keep.sum()),
        "n_quarantined": len(failed_rows),
        "unchecked": unchecked,
        "expectations": expectations,
    }
    return frame[keep].reset_index(drop=True), quarantine, summary


@contextmanager
def configurations_built_once() -> Iterator[None]:
    """While one suite runs, each expectation's `configuration` is built once. GX 1.x rebuilds it from the
    expectation's pydantic model at every access: about 16,000 times for this project's 242 expectations, a
    third of validation's time. Nothing changes an expectation while its suite runs (GX copies a configuration
    before it substitutes suite parameters into it), so the one built first is the one every later access built.
    Not thread-safe: the caller holds the runner's lock."""
    from great_expectations.expectations.expectation import Expectation

    original = Expectation.__dict__["configuration"]
    built: dict[int, Any] = {}
    kept: list[Any] = []  # the expectations themselves, so that no id is reused while the suite runs

    def configuration(self: Any) -> Any:
        key = id(self)
        if key not in built:
            built[key] = original.fget(self)
            kept.append(self)
        return built[key]

    Expectation.configuration = property(configuration)  # type: ignore[assignment,method-assign]
    try:
        yield
    finally:
        Expectation.configuration = original  # type: ignore[method-assign]


@contextmanager
def templates_compiled_once() -> Iterator[None]:
    """While Data Docs are built, GX's Jinja templates are compiled once per process: GX makes a new Jinja
    Environment for every view, which compiles every template it renders anew (about 40 % of building the
    site). The compiled code is kept by template name and source checksum (Jinja's own bytecode cache), so a
    changed template is compiled again. Not thread-safe: the caller holds the runner's lock."""
    from great_expectations.render.view.view import DefaultJinjaView

    original = DefaultJinjaView.__init__

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        self.env.bytecode_cache = _template_cache()

    DefaultJinjaView.__init__ = init  # type: ignore[method-assign]
    try:
        yield
    finally:
        DefaultJinjaView.__init__ = original  # type: ignore[method-assign]


@functools.lru_cache(maxsize=1)
def _template_cache() -> Any:
    """Jinja's bytecode cache, kept in memory for the life of the process (the warm runner's included)."""
    import jinja2

    class MemoryBytecodeCache(jinja2.BytecodeCache):
        def __init__(self) -> None:
            self.code: dict[str, bytes] = {}

        def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
            if bucket.key in self.code:
                bucket.bytecode_from_string(self.code[bucket.key])

        def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
            self.code[bucket.key] = bucket.bytecode_to_string()

    return MemoryBytecodeCache()


def _exception_message(info: dict | None) -> str | None:
    """The first error GX caught while computing an expectation (its info is flat or per metric)."""
    if not info:
        return None
    for item in [info, *info.values()]:
        if isinstance(item, dict) and item.get("raised_exception"):
            return str(item.get("exception_message"))
    return None


def _column_of(kwargs: dict) -> str | None:
    """The column (or 'A,B' column pair) an expectation is about; None for table-level ones."""
    if "column" in kwargs:
        return kwargs["column"]
    if "column_A" in kwargs:
        return f"{kwargs['column_A']},{kwargs['column_B']}"
    return None


def check_name(exp: dict) -> str:
    """The name an expectation is reported under: its meta `name`, else its type and column."""
    name = exp["meta"].get("name")
    if name:
        return name
    column = _column_of(exp["kwargs"])
    return exp["type"] if column is None else f"{exp['type']}({column})"


def _is_problem_column(exp: dict) -> bool:
    """A derived column holding, per row, None or the sentence saying what is wrong with the row."""
    derive = exp["meta"].get("derive")
    return bool(derive) and derive["check"] in plausibility.CHECKS and exp["type"] == "expect_column_values_to_be_null"


def _reason(exp: dict, column: str | None) -> str:
    """A sentence for a failed structural expectation (its meta `reason`, else a generic one)."""
    if exp["meta"].get("reason"):
        return exp["meta"]["reason"]
    if exp["meta"].get("notes"):
        return f"fails: {exp['meta']['notes']}"
    return f"fails {exp['type']} on {column}"


def _quarantine_row(
    table: str, key: str, i: int, record: dict, type_: str, column: str | None, check: str, reason: str | None
) -> dict:
    """One quarantine record: which row of which table failed which expectation, and why."""
    row = {name: _jsonable(value) for name, value in record.items()}
    key_value = row.get(key)
    return {
        "table": table,
        "row_key": str(key_value) if key_value is not None else f"row:{i}",
        "article_id": row.get("article_id"),
        "expectation": type_,
        "column": column,
        "check": check,
        "reason": reason,
        "row_json": json.dumps(row, ensure_ascii=False, sort_keys=False),
    }


def _jsonable(value: Any) -> Any:
    """A cell as plain JSON: arrays as lists, dates as ISO strings, missing as null."""
    if isinstance(value, np.ndarray):
        return [_jsonable(v) for v in value.tolist()]
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, np.generic):
        value = value.item()
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, (_dt.date, _dt.datetime, pd.Timestamp)):
        return value.isoformat()
    return value


# --- helper columns for checks GX cannot express over one table ---------------------------


def _texts_of(articles: pd.DataFrame) -> dict[str, str]:
    """article_id -> text of the articles that passed validation."""
    return dict(zip(articles["article_id"], articles["text"]))


def _derive(
    derive: dict, df: pd.DataFrame, passed: dict[str, pd.DataFrame], texts: dict[str, str] | None
) -> tuple[list, str | None]:
    """A helper column for a suite's `derive` spec, and why it is unchecked (null) if it is."""
    check = derive["check"]
    if check in plausibility.CHECKS:
        return plausibility.derive(check, df, passed, texts, derive), None
    inputs = [derive[k] for k in ("column", "start", "end", "equals") if k in derive]
    absent = [c for c in inputs + ([] if check == "exists_in" else ["article_id"]) if c not in df.columns]
    if absent:
        return [None] * len(df), f"columns {absent} missing"
    if check == "exists_in":
        ref = derive["table"]
        if ref not in passed:
            return [None] * len(df), f"table {ref!r} not validated in this run"
        keys = set(passed[ref][schema.KEYS[ref]])
        return [True if _missing(v) else v in keys for v in df[derive["column"]].tolist()], None
    if texts is None:
        return [None] * len(df), "no article text given"
    fn = _TEXT_CHECKS[check]
    names = ["article_id", derive["start"], derive["end"]] + ([derive["equals"]] if "equals" in derive else [])
    cols = [df[name].tolist() for name in names]  # plain Python values: much faster to loop over
    return [fn(texts.get(a), *rest) for a, *rest in zip(*cols)], None


def _missing(value: Any) -> bool:
    """True for None, NaN and pd.NA."""
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def _span(text: Any, start: Any, end: Any) -> tuple[int, int] | None:
    """(start, end) when both are set and 0 <= start < end <= len(text), else None."""
    if not isinstance(text, str) or _missing(start) or _missing(end):
        return None
    start, end = int(start), int(end)
    return (start, end) if 0 <= start < end <= len(text) else None


def _offsets_in_text(text: Any, start: Any, end: Any) -> bool:
    """The offsets point inside the article text."""
    return _span(text, start, end) is not None


def _text_at_offsets(text: Any, start: Any, end: Any, expected: Any) -> bool:
    """The article text at the offsets is exactly the row's text."""
    span = _span(text, start, end)
    return span is not None and text[span[0] : span[1]] == expected


def _words_at_offsets(text: Any, start: Any, end: Any, expected: Any) -> bool:
    """Every word of the row's text stands, in order, in the article text at the offsets.

    For content that skips an interrupting cue ("The plan is, according to X, final"): what was said
    must be the article's words, though not one unbroken span of them.
    """
    span = _span(text, start, end)
    if span is None or not isinstance(expected, str):
        return False
    words = iter(_WORD.findall(fold(text[span[0] : span[1]])))
    return all(word in words for word in _WORD.findall(fold(expected)))


_WORD = re.compile(r"\w+")

_TEXT_CHECKS: dict[str, Callable[..., bool]] = {
    "offsets_in_text": _offsets_in_text,
    "text_at_offsets": _text_at_offsets,
    "words_at_offsets": _words_at_offsets,
}


# --- Great Expectations --------------------------------------------------------------------


def prepare() -> None:
    """Import GX and build the context and suites now (a run calls this in a thread while it parses)."""
    with _lock:
        _context()


def _context() -> Any:
    """The process's ephemeral GX context with every suite built once (GX imported lazily)."""
    if "context" in _gx_state:
        return _gx_state["context"]
    with deferred_imports(DEFERRED_IMPORTS):
        import great_expectations as gx
        from great_expectations.data_context.types.base import ProgressBarsConfig
        from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

    ctx = gx.get_context(mode="ephemeral")
    ctx.variables.progress_bars = ProgressBarsConfig(globally=False)
    if DEFAULT_SITE_NAME in ctx.list_data_docs_sites():
        ctx.delete_data_docs_site(DEFAULT_SITE_NAME)
    source = ctx.data_sources.add_pandas(DATASOURCE_NAME)
    suites: dict[str, list[dict]] = {}
    definitions: dict[str, Any] = {}
    for table in TABLE_ORDER:
        suites[table] = resolve_suite(table)
        suite = ctx.suites.add(gx.ExpectationSuite(name=table))
        for exp in suites[table]:
            config = ExpectationConfiguration(type=exp["type"], kwargs=exp["kwargs"], meta=exp["meta"])
            exp["id"] = suite.add_expectation(config.to_domain_obj()).id  # matches results to suite
        batch = source.add_dataframe_asset(table).add_batch_definition_whole_dataframe("whole")
        definitions[table] = ctx.validation_definitions.add(
            gx.ValidationDefinition(name=table, data=batch, suite=suite)
        )
    _gx_state.update(suites=suites, definitions=definitions, context=ctx)
    return ctx


class _DeferringFinder(importlib.abc.MetaPathFinder):
    """Finds the named modules as the other finders would, with a loader that runs them on first use."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = frozenset(names)

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> Any:
        if fullname not in self.names:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None:
                if spec.loader is not None and hasattr(spec.loader, "exec_module"):
                    spec.loader = importlib.util.LazyLoader(spec.loader)
                return spec
        return None


@contextmanager
def deferred_imports(names: tuple[str, ...]) -> Iterator[None]:
    """While inside, importing one of `names` (not yet imported) gives a module that is executed when one of
    its attributes is first used (importlib's LazyLoader): same module, its cost paid only if it is used."""
    finder = _DeferringFinder(names)
    sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        sys.meta_path.remove(finder)


def _clear_results(ctx: Any) -> None:
    """Forget earlier runs' results so this run's Data Docs show this run only."""
    store = ctx.validation_results_store
    for key in store.list_keys():
        store.remove_key(key)


def _write_outputs(ctx: Any, validation_dir: Path, summary: dict) -> None:
    """Write summary.json and rebuild the Data Docs site under the output folder."""
    validation_dir.mkdir(parents=True, exist_ok=True)
    tmp = validation_dir / f".{SUMMARY_FILE}.tmp"
    tmp.write_text(json.dumps(summary, indent=2, sort_keys=True), encoding="utf-8")
    tmp.replace(validation_dir / SUMMARY_FILE)
    docs_dir = validation_dir / DATA_DOCS_DIR
    if docs_dir.exists():
        shutil.rmtree(docs_dir)  # the site is rebuilt whole: no pages from earlier runs
    site = {
        "class_name": "SiteBuilder",
        "show_how_to_buttons": False,
        "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(docs_dir.resolve())},
        "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
    }
    if SITE_NAME in ctx.list_data_docs_sites():
        ctx.update_data_docs_site(SITE_NAME, site)
    else:
        ctx.add_data_docs_site(SITE_NAME, site)
    with templates_compiled_once():
        ctx.build_data_docs(site_names=[SITE_NAME])
    data_docs.make_offline(docs_dir)
