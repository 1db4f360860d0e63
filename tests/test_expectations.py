"""The JSON suites and their runner: each check family passes good rows and quarantines bad ones."""

from __future__ import annotations

import datetime as dt
import json
import sys

import pandas as pd
import pytest

from newsfacts.expectations.runner import load_suite, resolve_suite, validate_tables
from newsfacts import schema
from newsfacts.schema import to_table

SUITE_TABLES = ("articles", "sources", "entities", "mentions", "figures", "claims", "events")
ALL_SUITES = (*SUITE_TABLES, "discrepancies")  # discrepancies has tests of its own (tests/test_discrepancies.py)
TEXT = "Hamas said 12 people were killed in Gaza. Blinken visited Israel on Monday, officials said."
SHORT = "Short text."
IN_SET = "expect_column_values_to_be_in_set"
NOT_NULL = "expect_column_values_to_not_be_null"
UNIQUE = "expect_column_values_to_be_unique"
BETWEEN = "expect_column_values_to_be_between"
PAIR = "expect_column_pair_values_a_to_be_greater_than_b"
BE_NULL = "expect_column_values_to_be_null"


def span(word: str, text: str = TEXT) -> dict:
    """Offsets of the first occurrence of word in text."""
    start = text.index(word)
    return {"start_char": start, "end_char": start + len(word), "sentence_index": 0}


def frame(table: str, rows: list[dict]) -> pd.DataFrame:
    """A DataFrame with the table's real schema."""
    return to_table(table, rows).to_pandas()


def article(article_id: str, path: str, **kw) -> dict:
    return {"article_id": article_id, "source_path": path, "status": "ok", **kw}


def mention(mention_id: str, word: str, entity_id: str = "e1", **kw) -> dict:
    return {
        "mention_id": mention_id,
        "article_id": "a1",
        "entity_id": entity_id,
        "text": word,
        "label": "ORG",
        **span(word),
        **kw,
    }


def figure(figure_id: str, **kw) -> dict:
    row = {
        "figure_id": figure_id,
        "article_id": "a1",
        "text": "12",
        "value": 12.0,
        "qualifier": "exact",
        "category": "killed",
        "source_id": "s1",
        **span("12"),
        **kw,
    }
    if row["qualifier"] == "exact":  # exact bounds are the value (tests/test_plausibility.py checks them)
        row.setdefault("lower", row["value"])
        row.setdefault("upper", row["value"])
    return row


def claim(claim_id: str, **kw) -> dict:
    content = "12 people were killed in Gaza"
    start = TEXT.index(content)
    return {
        "claim_id": claim_id,
        "article_id": "a1",
        "kind": "indirect",
        "source_id": "s1",
        "content": content,
        "content_start": start,
        "content_end": start + len(content),
        **span("Hamas said 12 people were killed in Gaza."),
        **kw,
    }


def event(event_id: str, **kw) -> dict:
    return {
        "event_id": event_id,
        "event_key": "k1",
        "article_id": "a1",
        "type": "visit",
        "trigger": "visited",
        "date": dt.date(2024, 1, 8),
        "date_precision": "day",
        "planned": False,
        **span("visited"),
        **kw,
    }


def entity(entity_id: str, label: str = "ORG") -> dict:
    return {"entity_id": entity_id, "name": entity_id, "label": label, "n_mentions": 1, "n_articles": 1}


def source(source_id: str, kind: str = "person", **kw) -> dict:
    return {
        "source_id": source_id,
        "name": "the health ministry",
        "kind": kind,
        "n_articles": 1,
        "n_claims": 1,
        "n_figures": 1,
        **kw,
    }


def build_tables() -> dict[str, pd.DataFrame]:
    """One frame per table: good rows named *ok* (or plain), bad rows named after what is wrong."""
    articles = frame(
        "articles",
        [
            article("a1", "a.txt", text=TEXT, n_words=16),
            article("a2", "b.txt", text=SHORT),
            article("a2", "c.txt", text=SHORT),  # later duplicate of a2
            article("a_bad_status", "d.txt", text=SHORT, status="pending"),
            article("a_neg_words", "e.txt", text=SHORT, n_words=-1),
        ],
    ).drop(columns=["dateline"])  # a table-level failure: a schema column is missing
    return {
        "articles": articles,
        "sources": frame("sources", [source("s1"), source("s_bad_kind", kind="alien"), source("s_neg", n_claims=-1)]),
        "entities": frame("entities", [entity("e1"), entity("e2", "PERSON"), entity("e_bad_label", "ANIMAL")]),
        "mentions": frame(
            "mentions",
            [
                mention("m_ok", "Hamas"),
                mention("m_blinken", "Blinken", entity_id="e2", label="PERSON"),
                mention("m_bad_text", "Hamas", **span("said")),
                mention("m_bad_offsets", "Hamas", start_char=500, end_char=505),
                mention("m_bad_entity", "Gaza", entity_id="e_bad_label"),  # its entity was quarantined
                mention("m_unknown_entity", "Gaza", entity_id="e_nowhere"),
                mention("m_bad_label", "Israel", label="ANIMAL"),
                mention("m_bad_article", "Hamas", article_id="a_bad_status"),  # its article was quarantined
            ],
        ),
        "figures": frame(
            "figures",
            [
                figure("f_ok"),
                figure("f_ok", unit="people"),  # later duplicate of f_ok
                figure("f_range", qualifier="range", lower=10.0, upper=15.0),
                figure("f_no_source", source_id=None),
                figure("f_neg", value=-3.0),
                figure("f_lower", qualifier="range", lower=13.0),
                figure("f_upper", qualifier="range", upper=11.0),
                figure("f_bad_qualifier", qualifier="roughly"),
                figure("f_bad_category", category="deaths"),
                figure("f_null_category", category=None),
                figure("f_bad_source", source_id="s_nowhere"),
                figure("f_bad_text", text="13"),
            ],
        ),
        "claims": frame(
            "claims",
            [
                claim("c_ok"),
                claim("c_no_source", source_id=None),
                claim("c_bad_kind", kind="rumour"),
                claim("c_bad_content", content="13 people were killed in Gaza"),
                # Content may skip words of the span (an interrupting cue), never add or reorder them.
                claim("c_gapped", content="12 people killed in Gaza"),
                claim("c_reordered", content="killed 12 people in Gaza"),
                claim("c_bad_source", source_id="s_bad_kind"),  # its source was quarantined
                claim("c_bad_offsets", start_char=10, end_char=5),
            ],
        ),
        "events": frame(
            "events",
            [
                event("ev_ok"),
                event("ev_undated", date=None, date_precision=None),
                event("ev_no_precision", date_precision=None),
                event("ev_bad_type", type="party"),
                event("ev_bad_precision", date_precision="hour"),
                event("ev_bad_offsets", end_char=len(TEXT) + 1),
            ],
        ),
    }


def helper(column: str) -> tuple[str, str]:
    return (IN_SET, column)


EXPECTED_QUARANTINE = {
    ("articles", "a2"): [(UNIQUE, "article_id")],
    ("articles", "a_bad_status"): [(IN_SET, "status")],
    ("articles", "a_neg_words"): [(BETWEEN, "n_words")],
    ("sources", "s_bad_kind"): [(IN_SET, "kind")],
    ("sources", "s_neg"): [(BETWEEN, "n_claims")],
    ("entities", "e_bad_label"): [(IN_SET, "label")],
    ("mentions", "m_bad_text"): [helper("_text_at_offsets")],
    ("mentions", "m_bad_offsets"): [helper("_offsets_in_text"), helper("_text_at_offsets")],
    ("mentions", "m_bad_entity"): [helper("_entity_exists")],
    ("mentions", "m_unknown_entity"): [helper("_entity_exists")],
    ("mentions", "m_bad_label"): [(IN_SET, "label")],
    ("mentions", "m_bad_article"): [helper("_offsets_in_text"), helper("_text_at_offsets")],
    ("figures", "f_ok"): [(UNIQUE, "figure_id")],
    ("figures", "f_neg"): [(BETWEEN, "value")],
    ("figures", "f_lower"): [(PAIR, "value,lower"), (BE_NULL, "_bounds_problem")],
    ("figures", "f_upper"): [(PAIR, "upper,value"), (BE_NULL, "_bounds_problem")],
    ("figures", "f_bad_qualifier"): [(IN_SET, "qualifier")],
    ("figures", "f_bad_category"): [(IN_SET, "category")],
    ("figures", "f_null_category"): [(NOT_NULL, "category")],
    ("figures", "f_bad_source"): [helper("_source_exists")],
    ("figures", "f_bad_text"): [helper("_text_at_offsets")],
    ("claims", "c_bad_kind"): [(IN_SET, "kind")],
    ("claims", "c_bad_content"): [helper("_content_at_offsets")],
    ("claims", "c_reordered"): [helper("_content_at_offsets")],
    ("claims", "c_bad_source"): [helper("_source_exists")],
    ("claims", "c_bad_offsets"): [helper("_offsets_in_text")],
    ("events", "ev_no_precision"): [(NOT_NULL, "date_precision")],
    ("events", "ev_bad_type"): [(IN_SET, "type")],
    ("events", "ev_bad_precision"): [(IN_SET, "date_precision")],
    ("events", "ev_bad_offsets"): [helper("_offsets_in_text")],
}
EXPECTED_PASSED = {
    "articles": ["a1", "a2"],
    "sources": ["s1"],
    "entities": ["e1", "e2"],
    "mentions": ["m_blinken", "m_ok"],
    "figures": ["f_no_source", "f_ok", "f_range"],
    "claims": ["c_gapped", "c_no_source", "c_ok"],
    "events": ["ev_ok", "ev_undated"],
}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """One validation of every table (texts come from the articles that passed)."""
    out = tmp_path_factory.mktemp("out")
    tables = build_tables()
    return tables, validate_tables(tables, out), out


# --- the suites as data ---------------------------------------------------------------------


@pytest.mark.parametrize("table", ALL_SUITES)
def test_every_suite_names_schema_columns_or_derived_helpers(table):
    suite = load_suite(table)
    assert suite["name"] == table
    derived = {e["kwargs"]["column"] for e in suite["expectations"] if "derive" in e.get("meta", {})}
    for exp in resolve_suite(table):
        for kw in ("column", "column_A", "column_B"):
            if kw in exp["kwargs"]:
                assert exp["kwargs"][kw] in set(schema.columns(table)) | derived
        assert all(not (isinstance(v, dict) and any(k.startswith("$") for k in v)) for v in exp["kwargs"].values())


def test_required_fields_and_vocabularies_come_from_the_schema():
    resolved = resolve_suite("figures")
    not_null = {e["kwargs"]["column"] for e in resolved if e["type"] == NOT_NULL}
    assert not_null == {f.name for f in schema.SCHEMAS["figures"] if not f.nullable}
    sets = {e["kwargs"]["column"]: e["kwargs"]["value_set"] for e in resolved if e["type"] == IN_SET}
    assert sets["qualifier"] == list(schema.QUALIFIERS)
    assert sets["category"] == list(schema.CATEGORIES)
    assert {e["kwargs"]["column"] for e in resolved if e["type"] == UNIQUE} == {"figure_id"}


# --- row-level checks: exact quarantine -----------------------------------------------------


def test_quarantine_holds_exactly_the_failed_rows_and_checks(run):
    _, result, _ = run
    got: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for row in result.quarantine.itertuples(index=False):
        got.setdefault((row.table, row.row_key), []).append((row.expectation, row.column))
    assert {k: sorted(v) for k, v in got.items()} == {k: sorted(v) for k, v in EXPECTED_QUARANTINE.items()}


@pytest.mark.parametrize("table", SUITE_TABLES)
def test_passed_rows_keep_input_order_and_columns(run, table):
    tables, result, _ = run
    kept = result.tables[table]
    assert sorted(kept[schema.KEYS[table]]) == EXPECTED_PASSED[table]
    assert list(kept.columns) == list(tables[table].columns)
    original_order = [k for k in tables[table][schema.KEYS[table]] if k in set(kept[schema.KEYS[table]])]
    assert list(kept[schema.KEYS[table]]) == list(dict.fromkeys(original_order))


@pytest.mark.parametrize("table", SUITE_TABLES)
def test_no_row_is_silently_dropped(run, table):
    tables, result, _ = run
    n_quarantined_rows = result.summary[table]["n_quarantined"]
    assert len(result.tables[table]) + n_quarantined_rows == len(tables[table])
    assert n_quarantined_rows == len({k for t, k in EXPECTED_QUARANTINE if t == table})


def test_duplicates_keep_the_first_row(run):
    _, result, _ = run
    kept = result.tables["figures"].set_index("figure_id")
    assert pd.isna(kept.loc["f_ok", "unit"])
    dup = result.quarantine[result.quarantine["row_key"] == "f_ok"].iloc[0]
    assert json.loads(dup["row_json"])["unit"] == "people"


def test_quarantine_rows_carry_the_row_as_json_and_its_article(run):
    _, result, _ = run
    q = result.quarantine
    assert list(q.columns) == schema.columns("quarantine")
    row = q[(q["row_key"] == "ev_no_precision")].iloc[0]
    assert row["article_id"] == "a1"
    assert json.loads(row["row_json"])["date"] == "2024-01-08"
    assert q[q["table"] == "sources"]["article_id"].isna().all()


# --- table-level checks and reports ---------------------------------------------------------


def test_table_level_failure_is_reported_not_quarantined(run):
    _, result, _ = run
    columns_check = next(
        e for e in result.summary["articles"]["expectations"] if e["type"] == "expect_table_columns_to_match_set"
    )
    assert columns_check["success"] is False and columns_check["row_level"] is False
    assert "dateline" not in result.tables["articles"].columns


def test_summary_json_is_written_and_matches(run):
    _, result, out = run
    written = json.loads((out / "validation" / "summary.json").read_text())
    assert written == json.loads(json.dumps(result.summary))
    figures = written["figures"]
    assert (figures["success"], figures["n_rows"], figures["n_quarantined"]) == (False, 12, 9)
    qualifier = next(e for e in figures["expectations"] if e["type"] == IN_SET and e["column"] == "qualifier")
    assert (qualifier["success"], qualifier["unexpected_count"]) == (False, 1)
    assert all({"type", "column", "success", "unexpected_count"} <= set(e) for e in figures["expectations"])
    assert written["entities"]["success"] is False and written["entities"]["unchecked"] == {}


def test_data_docs_are_written_under_the_output_folder_only(run):
    _, _, out = run
    assert (out / "validation" / "data_docs" / "index.html").is_file()
    assert sorted(p.name for p in out.iterdir()) == ["validation"]
    assert sorted(p.name for p in (out / "validation").iterdir()) == ["data_docs", "summary.json"]


# --- empty tables, absent references, quiet output -----------------------------------------


def test_empty_tables_validate_and_absent_references_are_reported_unchecked(tmp_path, capfd):
    tables = {t: frame(t, []) for t in ("sources", "figures", "claims", "events")}
    tables["mentions"] = frame("mentions", [mention("m_ok", "Hamas"), mention("m_bad", "Hamas", **span("said"))])
    result = validate_tables(tables, tmp_path, articles_text={"a1": TEXT})
    out, err = capfd.readouterr()
    assert out == "" and err == ""
    for table in ("sources", "figures", "claims", "events"):
        assert result.summary[table]["success"] is True
        assert result.tables[table].empty
    assert "articles" not in result.tables and "entities" not in result.summary
    assert list(result.tables["mentions"]["mention_id"]) == ["m_ok"]
    assert list(result.quarantine["row_key"]) == ["m_bad"]
    assert set(result.summary["mentions"]["unchecked"]) == {"_entity_exists"}
    assert (tmp_path / "validation" / "data_docs" / "index.html").is_file()


def test_a_missing_column_is_a_reported_failure_not_a_crash(tmp_path):
    mentions = frame("mentions", [mention("m_ok", "Hamas")]).drop(columns=["end_char"])
    result = validate_tables({"mentions": mentions}, tmp_path, articles_text={"a1": TEXT})
    summary = result.summary["mentions"]
    assert summary["success"] is False and summary["n_quarantined"] == 0
    assert summary["unchecked"]["_offsets_in_text"] == "columns ['end_char'] missing"
    failed = [e for e in summary["expectations"] if not e["success"]]
    assert {(e["type"], e["column"]) for e in failed} == {
        ("expect_table_columns_to_match_set", None),
        (NOT_NULL, "end_char"),
    }
    assert "end_char" in next(e for e in failed if e["column"] == "end_char")["exception"]


def test_a_deferred_import_runs_the_module_on_first_use(tmp_path, monkeypatch):
    from newsfacts.expectations.runner import deferred_imports

    (tmp_path / "nf_deferred_probe.py").write_text("import sys\nsys.nf_probe_ran = True\nVALUE = 7\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delattr(sys, "nf_probe_ran", raising=False)
    with deferred_imports(("nf_deferred_probe",)):
        import nf_deferred_probe
    try:
        assert not hasattr(sys, "nf_probe_ran")
        assert nf_deferred_probe.VALUE == 7
        assert sys.nf_probe_ran is True
    finally:
        sys.modules.pop("nf_deferred_probe", None)
        monkeypatch.delattr(sys, "nf_probe_ran", raising=False)


# --- what validation keeps between its steps (speed only: results unchanged) -------------------


def test_validation_with_configurations_built_once_gives_what_gx_alone_gives(run, tmp_path, monkeypatch):
    """Each expectation's configuration built once per suite run (GX rebuilds it ~16,000 times): the same rows
    pass, the same rows are quarantined for the same checks, the same summary, on tables with failing rows."""
    import contextlib

    import newsfacts.expectations.runner as runner

    tables, kept, _ = run
    monkeypatch.setattr(runner, "configurations_built_once", contextlib.nullcontext)
    alone = validate_tables(build_tables(), tmp_path)
    assert len(kept.quarantine) > 0
    assert alone.summary == kept.summary
    assert alone.quarantine.equals(kept.quarantine)
    assert all(alone.tables[name].equals(kept.tables[name]) for name in kept.tables)


def test_configurations_are_built_once_inside_and_anew_outside():
    from newsfacts.expectations.runner import _context, _gx_state, configurations_built_once

    _context()
    expectation = _gx_state["definitions"]["figures"].suite.expectations[0]
    own = expectation.configuration
    assert expectation.configuration is not own  # GX's property builds a new one at every access
    with configurations_built_once():
        first = expectation.configuration
        assert expectation.configuration is first and first == own
    assert expectation.configuration is not first and expectation.configuration == own


def test_data_docs_templates_are_compiled_once_into_the_code_gx_compiles():
    """GX makes a Jinja Environment per view; inside the block its views share compiled templates (kept by name
    and source checksum): a second view loads the code the first compiled, the code of GX's own compile."""
    from great_expectations.render.view.view import DefaultJinjaPageView

    from newsfacts.expectations.runner import _template_cache, templates_compiled_once

    own = DefaultJinjaPageView().env.get_template("page.j2")
    with templates_compiled_once():
        first = DefaultJinjaPageView()
        assert first.env.bytecode_cache is _template_cache()
        first.env.get_template("page.j2")
        second = DefaultJinjaPageView()
        compiled: list[str] = []
        compile_ = second.env.compile
        second.env.compile = lambda *a, **k: compiled.append("compiled") or compile_(*a, **k)  # type: ignore[method-assign]
        template = second.env.get_template("page.j2")
    assert compiled == []  # loaded from the cache
    assert template.root_render_func.__code__.co_code == own.root_render_func.__code__.co_code
    assert DefaultJinjaPageView().env.bytecode_cache is None  # GX's own views again after the block
