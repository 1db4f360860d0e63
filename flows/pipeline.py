"""The newsfacts flow: discover, read and clean, annotate and extract, resolve, validate, write."""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote, unmapped

from newsfacts.settings import get_settings
from newsfacts.schema import SCHEMAS, TABLES, make_id, to_table
from newsfacts.storage import Output

# Defaults of the flow's parameters: the settings (NEWSFACTS_* environment) when the flow is imported.
_DEFAULTS = get_settings()
# Columns the stages pass along that are not part of any table.
_PRIVATE = ("_text_key",)
# The ingest batches of the store, in order (cache keys of their articles): a full rebuild replays them.
BATCHES_FILE = "_state/batches.json"
# The extraction errors of every kept article, rewritten by each run: the errors of articles in settled batches,
# whose extraction rows are not read again, still reach the summary (run.json) from here.
ERRORS_FILE = "_state/extraction_errors.json"


@task(retries=2, retry_delay_seconds=[1, 5])
def discover_inputs(inputs: list[str], manifest: str | None) -> dict[str, Any]:
    """List input files once, in a stable order; an explicit manifest's paths are resolved first
    (relative to its folder or to an input folder) and its rows that match no input are counted."""
    import tempfile

    from newsfacts.transforms.manifest import resolve_manifest
    from newsfacts.transforms.reading import discover, unread_files

    logger = get_run_logger()
    unread = unread_files(inputs)
    if unread:
        logger.warning(
            "%d file(s) in the input folders are not read (no article, web archive or feed type): %s",
            len(unread),
            ", ".join(unread[:10]) + (", ..." if len(unread) > 10 else ""),
        )
    report = None
    if manifest is None:
        items = discover(inputs, None)
        report = _folder_manifests_report(inputs, {item.path for item in items})
    else:
        known = {item.path for item in discover(inputs, None, records=False)}
        resolved = resolve_manifest(Path(manifest), inputs, known)
        report = {
            "manifest": manifest,
            "rows": resolved.rows,
            "unmatched": resolved.unmatched,
            "ragged": resolved.ragged,
        }
        _warn_ragged(resolved.ragged, manifest)
        if resolved.unmatched:
            logger.warning(
                "%d of %d row(s) of manifest %s match no input: %s",
                len(resolved.unmatched),
                resolved.rows,
                manifest,
                ", ".join(resolved.unmatched[:10]),
            )
        with tempfile.TemporaryDirectory(prefix="newsfacts-manifest-") as tmp:
            rewritten = Path(tmp) / "manifest.csv"
            rewritten.write_text(resolved.text, encoding="utf-8")
            items = discover(inputs, rewritten)
    logger.info("discovered %d input(s)", len(items))
    return {"items": items, "manifest": report, "unread": unread}


def _folder_manifests_report(inputs: list[str], known: set[Path]) -> dict[str, Any] | None:
    """The manifest.csv files of the input folders, used without being named (paths relative to their own
    folder), as the summary reports a named manifest: which, how many rows, the rows that match no input."""
    from newsfacts.transforms.manifest import resolve_manifest
    from newsfacts.transforms.reading import folder_manifests

    used = folder_manifests(inputs)
    if not used:
        return None
    resolved = [resolve_manifest(path, [], known) for path in used]
    unmatched = [rel for r in resolved for rel in r.unmatched]
    ragged = [rel for r in resolved for rel in r.ragged]
    _warn_ragged(ragged, ", ".join(map(str, used)))
    if unmatched:
        get_run_logger().warning(
            "%d row(s) of the input folders' manifests (%s) match no input: %s",
            len(unmatched),
            ", ".join(map(str, used)),
            ", ".join(unmatched[:10]),
        )
    return {
        "manifest": ", ".join(str(path) for path in used),
        "rows": sum(r.rows for r in resolved),
        "unmatched": unmatched,
        "ragged": ragged,
    }


def _warn_ragged(ragged: list[str], manifest: str) -> None:
    """Say which manifest rows had more fields than the header (their extra fields are left out)."""
    if ragged:
        get_run_logger().warning(
            "%d row(s) of manifest %s have more fields than its header (an unquoted comma?); the extra fields are"
            " left out: %s",
            len(ragged),
            manifest,
            ", ".join(ragged[:10]),
        )


@task(retries=2, retry_delay_seconds=[1, 5])
def read_batch(
    items: list,
    max_bytes: int,
    languages: str = _DEFAULTS.languages,
    model: str = _DEFAULTS.model,
    n_process: int = 1,
) -> list[dict]:
    """Read, decode and clean a batch of inputs into `articles` rows (rejected and skipped ones included), in the
    worker processes when the run started them (flows/workers.py)."""
    from newsfacts.flows.workers import read_parallel
    from newsfacts.transforms.articles import parse_languages

    logger = get_run_logger()
    rows = []
    for row in read_parallel(items, max_bytes, parse_languages(languages), model, n_process):
        if row["status"] == "rejected":
            logger.warning("rejected %s: %s", row["source_path"], row["reject_reason"])
        rows.append(row)
    return rows


# Tasks that carry rows: no Prefect cache (the output's _state/ is the cache, and hashing rows costs time);
# calls in the flow process wrap row arguments in quote() so Prefect does not walk every row looking for
# futures (submitted batches are small, and Prefect's Dask path does not unwrap quote()).
@task(cache_policy=NO_CACHE)
def annotate_batch(articles: list[dict], model: str, n_process: int = 1) -> dict[str, Any]:
    """Parse a batch of articles with spaCy (model loaded once per process) and extract every row type."""
    from newsfacts.flows.workers import extract_parallel

    timings: dict[str, float] = {}
    rows = extract_parallel(articles, model=model, n_process=n_process, timings=timings)
    get_run_logger().info(
        "annotated %d article(s): spaCy %.1f s, extraction %.1f s: %s",
        len(articles),
        timings.get("nlp", 0),
        timings.get("extract", 0),
        ", ".join(f"{len(v)} {k}" for k, v in rows.items()),
    )
    return {"rows": rows, "timings": timings}


@task(cache_policy=NO_CACHE)
def resolve_tables(
    articles: list[dict],
    extracted: dict[str, list[dict]],
    batches: list[list[str]],
    names: list[str],
    settled: int,
    store: Any,
    output: str,
) -> tuple[dict[str, list[dict]], Any, dict[str, dict[str, Any]]]:
    """Canonical entities, sources and names across the whole corpus, built batch by batch in ingest order
    (`batches`: cache keys), each batch joining the canonical tables of the ones before it (transforms/canonical).
    The first `settled` batches are in `store` already: their resolved rows are read back from the output. The
    resolved rows of the new batches come back as Arrow tables, saved with the store once the tables are written
    (a run stopped before that leaves no state behind)."""
    from newsfacts.schema import to_table
    from newsfacts.storage import RESOLVED_TABLES
    from newsfacts.transforms.canonical import resolve_batches

    out = Output(output)
    todo, todo_names = batches[settled:], names[settled:]
    resolved: dict[str, dict[str, Any]] = {}

    def keep(n: int, rows: dict[str, list[dict]]) -> None:
        resolved[todo_names[n]] = {name: to_table(name, rows[name]) for name in RESOLVED_TABLES}

    tables, store = resolve_batches(
        articles, extracted, [[_article_of(k) for k in b] for b in todo], store, on_batch=keep, names=todo_names
    )
    for name_ in names[:settled]:
        for name, table in out.read_resolved(name_).items():
            tables[name].extend(table.to_pylist())
    get_run_logger().info("resolved %d ingest batch(es), read %d settled one(s) back", len(todo), settled)
    return tables, store, resolved


@task(cache_policy=NO_CACHE)
def validate_tables(tables: dict[str, list[dict]], local_root: str) -> dict[str, Any]:
    """Run every table's expectation suite; failing rows go to quarantine."""
    from newsfacts.expectations.runner import validate_tables as run_suites

    texts = {a["article_id"]: a["text"] for a in tables["articles"] if a.get("text")}
    # Each table's rows leave the (flow's) dict as they are converted, so their dicts are freed one table at a time.
    frames = {name: to_table(name, tables.pop(name)).to_pandas() for name in list(tables)}
    result = run_suites(frames, Path(local_root), articles_text=texts)
    get_run_logger().info(
        "validation: %s",
        ", ".join(
            f"{t} {'ok' if s.get('success') else 'FAILED'}" for t, s in result.summary.items() if isinstance(s, dict)
        ),
    )
    return {"tables": result.tables, "quarantine": result.quarantine, "summary": result.summary}


@task(retries=2, retry_delay_seconds=[1, 5], cache_policy=NO_CACHE)
def load_parts(output: str, articles_by_part: dict[str, list[str]]) -> dict[str, list[dict]]:
    """Extraction rows kept from earlier runs: from each part, only the articles whose current entry names it."""
    from newsfacts.transforms.extract import ROW_TABLES

    out = Output(output)
    rows: dict[str, list[dict]] = {name: [] for name in (*ROW_TABLES, "errors")}
    for part, article_ids in sorted(articles_by_part.items()):
        wanted = set(article_ids)
        for name, part_rows in out.read_part(part).items():
            rows[name].extend(r for r in part_rows if r["article_id"] in wanted)
    n = sum(len(ids) for ids in articles_by_part.values())
    get_run_logger().info("reused extraction of %d unchanged article(s) from %d part(s)", n, len(articles_by_part))
    return rows


@task(retries=2, retry_delay_seconds=[1, 5], cache_policy=NO_CACHE)
def write_tables(validated: dict[str, Any], output: str) -> dict[str, int]:
    """Write every table as a partitioned dataset with its explicit schema, all in one transaction (see
    newsfacts.storage); returns rows per table."""
    import pyarrow as pa

    from newsfacts.storage import partition_tables

    out = Output(output)
    frames = dict(validated["tables"])
    frames["quarantine"] = validated["quarantine"]
    tables = {}
    for name in TABLES:
        frame = frames.get(name)
        if frame is None:
            tables[name] = to_table(name, [])
        else:
            tables[name] = pa.Table.from_pandas(frame[SCHEMAS[name].names], schema=SCHEMAS[name], preserve_index=False)
    counts = {name: table.num_rows for name, table in tables.items()}
    files = out.write_tables(partition_tables(tables))
    logger = get_run_logger()
    logger.info("wrote %s to %s", ", ".join(f"{n} {k}" for k, n in counts.items()), output)
    logger.info(
        "partition files: %d written, %d unchanged, %d removed",
        *(sum(f[k] for f in files.values()) for k in ("written", "unchanged", "removed")),
    )
    return counts


@task(cache_policy=NO_CACHE)
def write_report(output: str, summary: dict[str, Any]) -> dict[str, str | None]:
    """The static HTML report of the tables as written (OUTPUT/report/index.html). A failure is logged and
    returned, not raised: the tables are already in place."""
    from newsfacts.report import REPORT_PATH, write_report as render_report

    logger = get_run_logger()
    try:
        render_report(output, summary)
    except Exception as exc:  # the report is a view of the tables: it must not cost the run
        logger.exception("the run report could not be written: %s", exc)
        return {"report": None, "report_error": f"{type(exc).__name__}: {exc}"}
    logger.info("report: %s/%s", output, REPORT_PATH)
    return {"report": REPORT_PATH}


# Two threads: while one batch's rows come back and are saved, the next batch keeps the workers busy.
@flow(name="newsfacts", task_runner=ThreadPoolTaskRunner(max_workers=2), log_prints=True)
def newsfacts_flow(
    inputs: list[str],
    output: str = "output",
    manifest: str | None = None,
    model: str = _DEFAULTS.model,
    batch_size: int = _DEFAULTS.batch_size,
    max_bytes: int = _DEFAULTS.max_bytes,
    n_process: int = _DEFAULTS.processes,
    full_refresh: bool = False,
    progress: bool = False,
    report: bool = True,
    languages: str = _DEFAULTS.languages,
) -> dict[str, Any]:
    """Articles in `inputs` to validated Parquet tables in `output` (a folder or an fsspec URL)."""
    from newsfacts.transforms.articles import mark_duplicates
    from newsfacts.flows.workers import start_workers
    from newsfacts.transforms.canonical import plan_batches
    from newsfacts.transforms.extract import ROW_TABLES, code_version

    from newsfacts.flows.stopping import stop_on_signals
    from prefect.runtime import flow_run

    logger = get_run_logger()
    clock = _StageClock()
    out = Output(output)
    # SIGTERM and Ctrl-C end the run at once, marked cancelled, the lock file removed.
    with stop_on_signals(flow_run.id, output), out.lock():
        if out.clean_temporaries():
            logger.warning(
                "finished or removed what an interrupted run left in %s (staged tables, temporary files)", output
            )
        discovered = discover_inputs(inputs, manifest)
        items = discovered["items"]
        start_workers(len(items), model, n_process)  # they read and clean too (this thread takes a share)
        batches = [items[i : i + batch_size] for i in range(0, len(items), batch_size)]
        with clock("read_clean"):
            # Each batch goes to the duplicate marker as soon as it is read (in order), while the next ones are
            # still being read: the marker keeps its shingles on disk, the rows stay for the tables.
            read_futures = read_batch.map(batches, max_bytes, unmapped(languages), unmapped(model), unmapped(n_process))
            articles = mark_duplicates(row for future in read_futures for row in future.result())
        ok = [a for a in articles if a["status"] == "ok"]

        # Articles whose text, model and extraction code are unchanged keep their earlier results.
        version = code_version(model)
        kept = {} if full_refresh else out.load_processed(version)
        processed = {_cache_key(a): kept[_cache_key(a)] for a in ok if _cache_key(a) in kept}
        todo = [a for a in ok if _cache_key(a) not in processed]
        # Ingest batches in order: the recorded ones (less articles gone or changed), then this run's new ones. The
        # batches the saved canonical state holds (a prefix) are settled: their resolved rows are read back, not
        # resolved again, and their extraction rows are not needed.
        recorded = _load_batches(out)
        batches = plan_batches(recorded, [_cache_key(a) for a in ok])
        # The tables hold this run's inputs: an article of an earlier run that is not among them (removed, or
        # edited into another text) leaves them. Said, so that a run over one folder into a shared output does not
        # silently empty it of the others.
        gone = len({_article_of(k) for b in recorded for k in b} - {a["article_id"] for a in ok})
        if gone:
            logger.warning(
                "%d article(s) of earlier runs on this output are not among this run's inputs (removed or edited): "
                "their rows leave the tables",
                gone,
            )
        names = _batch_names(batches, ok)
        store = None if full_refresh else _settled_store(out, names, batches, {_cache_key(a) for a in todo})
        settled = len(store.batches) if store is not None else 0
        settled_ids = {_article_of(k) for b in batches[:settled] for k in b}
        if settled:
            logger.info("%d ingest batch(es) settled in the store, %d to resolve", settled, len(batches) - settled)
        articles_by_part: dict[str, list[str]] = {}
        for a in ok:
            if _cache_key(a) in processed and a["article_id"] not in settled_ids:
                articles_by_part.setdefault(processed[_cache_key(a)], []).append(a["article_id"])
        extracted: dict[str, list[dict]] = {name: [] for name in (*ROW_TABLES, "errors")}
        extracted["errors"].extend(e for e in _load_errors(out) if e["article_id"] in settled_ids)
        if articles_by_part:
            with clock("read_clean"):
                cached = load_parts(output, quote(articles_by_part))
            for name, rows in cached.items():
                extracted.setdefault(name, []).extend(rows)

        with clock("annotate"), _progress_bar(len(todo), enabled=progress) as bar:
            chunks = [todo[i : i + batch_size] for i in range(0, len(todo), batch_size)]
            futures = [annotate_batch.submit(chunk, model, n_process) for chunk in chunks]
            if todo:  # else nothing to validate, or too little to hide the import behind: validation imports GX
                prepare_validation()  # after reading, which it would slow down: this thread is idle from here
            for future, chunk in zip(futures, chunks):
                result = future.result()
                for name, rows in result["rows"].items():
                    extracted.setdefault(name, []).extend(rows)
                for error in result["rows"].get("errors", ()):
                    logger.error("%s extraction failed on %s: %s", error["table"], error["source_path"], error["error"])
                for stage, seconds in result["timings"].items():
                    clock.add(stage, seconds)
                # Saved per batch, so a run killed half-way resumes from here.
                part = make_id("part", version, *(a["article_id"] for a in chunk))
                out.write_part(part, result["rows"])
                processed.update({_cache_key(a): part for a in chunk})
                out.save_processed(version, processed)
                bar.update(len(chunk))
        logger.info("%d article(s) annotated, %d reused from earlier runs", len(todo), len(ok) - len(todo))

        # Nothing new, nothing changed: the tables on disk are already what this run would write.
        fingerprint = _fingerprint(version, articles)
        previous = out.read_run() if not todo and out.load_fingerprint() == fingerprint else None
        if previous is not None and all(out.exists(out.dataset(name)) for name in TABLES):
            logger.info("output is up to date: no article changed since the last run, tables left as they are")
            counts, validation = previous["rows"], {t: {"success": ok_} for t, ok_ in previous["validation"].items()}
        else:
            with clock("resolve"):
                tables, store, resolved = resolve_tables(
                    quote(articles), quote(extracted), batches, names, settled, store, output
                )
            extracted = {
                "errors": extracted["errors"]
            }  # the rows live on in `tables` only: freed as they are converted
            with clock("validate"):
                local_root = out.local_root()
                validated = validate_tables(quote(tables), str(local_root))
                out.put_tree(local_root / "validation", "validation")
            with clock("write"):
                out.save_fingerprint(None)  # a run killed while writing must not look up to date
                counts = write_tables(quote(validated), output)
                for batch, rows in resolved.items():
                    out.write_resolved(batch, rows)
                store.save(out)
                out.write_text(BATCHES_FILE, json.dumps({"batches": batches}) + "\n")
                out.write_text(ERRORS_FILE, json.dumps({"errors": extracted["errors"]}, default=str) + "\n")
                out.prune_resolved(set(store.batches))
                out.prune_parts(set(processed.values()))
                out.save_fingerprint(fingerprint)
            validation = validated["summary"]

        summary = _summary(articles, counts, validation, output, clock.stages())
        summary["annotated"], summary["reused"] = len(todo), len(ok) - len(todo)
        summary["earlier_articles_gone"] = gone
        if summary["no_published_at"]:
            logger.warning(
                "%d ok article(s) have no published_at (no manifest, sidecar, record or page date): "
                "their relative dates stay unresolved",
                summary["no_published_at"],
            )
        summary["manifest"] = discovered["manifest"]
        summary["unread_files"] = discovered["unread"]
        summary["extraction_errors"] = sorted(extracted["errors"], key=lambda e: (e["source_path"] or "", e["table"]))
        if report:
            summary.update(write_report(output, summary))
        else:
            summary["report"] = None
            if out.exists("report"):
                out.remove("report")  # a report of an earlier run would no longer match the tables
                logger.info("--no-report: removed the earlier run's report/")
        out.write_text("run.json", json.dumps(summary, indent=2, default=str) + "\n")
    _report(summary)
    logger.info("run finished in %.1f s", summary["wall_seconds"])
    return summary


def prepare_validation() -> None:
    """Great Expectations' import and suites (~4 s) in a background thread, while the workers parse."""
    from newsfacts.expectations.runner import prepare

    threading.Thread(target=prepare, name="newsfacts-gx-prepare", daemon=True).start()


def _cache_key(article: dict) -> str:
    """Extraction depends on the text (the article id) and on the publication date (relative dates)."""
    return f"{article['article_id']}@{article.get('published_at') or ''}"


def _article_of(cache_key: str) -> str:
    return cache_key.rsplit("@", 1)[0]


def _batch_names(batches: list[list[str]], ok: list[dict]) -> list[str]:
    """Each ingest batch's id: its articles' rows (text, metadata), so that a batch whose outlet or date changed
    is another batch."""
    rows = {_cache_key(a): a for a in ok}
    return [
        make_id(
            "batch",
            *(
                json.dumps({k: v for k, v in rows[key].items() if not k.startswith("_")}, sort_keys=True, default=str)
                for key in sorted(b)
            ),
        )
        for b in batches
    ]


def _settled_store(out: Output, names: list[str], batches: list[list[str]], todo: set[str]) -> Any:
    """The canonical state saved by the last run when it holds a prefix of these batches, none of whose articles
    is to be parsed again, and every one's resolved rows are there; else None (every batch is resolved)."""
    from newsfacts.transforms.canonical import Canonical

    store = Canonical.load(out)
    if store is None:
        return None
    n = len(store.batches)
    if store.batches != names[:n]:
        return None
    if any(k in todo for b in batches[:n] for k in b) or not all(out.has_resolved(b) for b in store.batches):
        return None
    return store


def _load_errors(out: Output) -> list[dict]:
    """The extraction errors the last run recorded (none before the first run, or when the record is unreadable,
    which is said)."""
    if not out.exists(ERRORS_FILE):
        return []
    try:
        return list(json.loads(out.read_bytes(ERRORS_FILE))["errors"])
    except (ValueError, KeyError, TypeError) as exc:
        get_run_logger().warning("%s is unreadable (%s): errors of settled batches are not listed", ERRORS_FILE, exc)
        return []


def _load_batches(out: Output) -> list[list[str]]:
    """The ingest batches recorded by earlier runs (cache keys, in order); none for an output without them."""
    if not out.exists(BATCHES_FILE):
        return []
    return json.loads(out.read_bytes(BATCHES_FILE))["batches"]


def _fingerprint(version: str, articles: list[dict]) -> str:
    """What the tables are made of besides extraction: every articles row (text, metadata, status) and the code."""
    rows = [{k: v for k, v in a.items() if not k.startswith("_")} for a in articles]
    return make_id("fp", version, json.dumps(rows, sort_keys=True, default=str))


def _report(summary: dict[str, Any]) -> None:
    """Prefect artifacts: a markdown summary and a table of row counts and validation outcomes."""
    from prefect.artifacts import create_markdown_artifact, create_table_artifact

    rows = [
        {"table": t, "rows": n, "validation": {True: "passed", False: "FAILED"}.get(summary["validation"].get(t), "-")}
        for t, n in summary["rows"].items()
    ]
    create_table_artifact(table=rows, key="newsfacts-row-counts", description="Rows and validation per table")
    rejected = (
        "\n".join(f"- `{r['source_path']}` ({r['status']}): {r['reason']}" for r in summary["rejected"]) or "- none"
    )
    create_markdown_artifact(
        key="newsfacts-run-summary",
        description="newsfacts run summary",
        markdown=(
            f"# newsfacts run\n\n{summary['articles_read']} articles read, {summary['ok']} ok "
            f"({summary['annotated']} annotated, {summary['reused']} reused), {len(summary['rejected'])} not processed.\n\n"
            f"Output: `{summary['output']}`, wall time {summary['wall_seconds']} s.\n\n## Not processed\n{rejected}\n\n"
            "## Tables\n\n| table | rows | validation |\n|---|---:|---|\n"
            + "\n".join(f"| {r['table']} | {r['rows']} | {r['validation']} |" for r in rows)
        ),
    )


class _StageClock:
    """Wall time per stage; what the stages do not account for is orchestration overhead."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.seconds: dict[str, float] = {}
        self._current: str | None = None

    def __call__(self, stage: str) -> "_StageClock":
        self._current = stage
        return self

    def __enter__(self) -> "_StageClock":
        self._entered = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.add(self._current, time.perf_counter() - self._entered)

    def add(self, stage: str, seconds: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + seconds

    def stages(self) -> dict[str, float]:
        """Seconds per stage: read_clean, nlp, extract, resolve, validate, write, orchestration, wall."""
        wall = time.perf_counter() - self.started
        names = ("read_clean", "nlp", "extract", "resolve", "validate", "write")
        out = {k: round(self.seconds.get(k, 0.0), 3) for k in names}
        # Task scheduling, result hand-off, discovery: the wall time no named stage claims.
        out["orchestration"] = round(max(wall - sum(self.seconds.get(k, 0.0) for k in names), 0.0), 3)
        out["wall"] = round(wall, 3)
        return out


def _summary(articles: list[dict], counts: dict, validation: dict, output: str, stages: dict) -> dict[str, Any]:
    """What a user wants to know when a run ends (also written to run.json)."""
    return {
        "articles_read": len(articles),
        "ok": sum(a["status"] == "ok" for a in articles),
        "statuses": dict(sorted(Counter(a["status"] for a in articles).items())),
        "skipped_languages": dict(
            sorted(
                Counter(
                    a["reject_reason"].removeprefix("language: ")
                    for a in articles
                    if (a["reject_reason"] or "").startswith("language: ")
                ).items()
            )
        ),
        "stories": len({a["story_id"] for a in articles if a.get("story_id")}),
        # Relative dates ("on Monday") of these stay unresolved.
        "no_published_at": sum(a["status"] == "ok" and a.get("published_at") is None for a in articles),
        "rejected": [
            {"source_path": a["source_path"], "status": a["status"], "reason": a["reject_reason"]}
            for a in articles
            if a["status"] != "ok"
        ],
        "rows": counts,
        # A table fails on its table-level checks; wrong rows are quarantined and counted, not a failure.
        "validation": {
            t: bool(s.get("table_checks_passed", s.get("success")))
            for t, s in validation.items()
            if isinstance(s, dict) and "success" in s
        },
        "quarantined": counts.get("quarantine", 0),
        "quarantine_share": _quarantine_share(counts),
        "quarantined_by_check": {
            t: s["quarantined_by_check"]
            for t, s in validation.items()
            if isinstance(s, dict) and s.get("quarantined_by_check")
        },
        "warnings": {
            t: [w["message"] for w in s["warnings"]]
            for t, s in validation.items()
            if isinstance(s, dict) and s.get("warnings")
        },
        "output": output if "://" in output else os.path.abspath(output),
        "wall_seconds": round(stages["wall"], 2),
        "stages": stages,
    }


def _quarantine_share(counts: dict) -> float:
    """Quarantined rows over extracted rows (kept plus quarantined, articles left out)."""
    kept = sum(n for t, n in counts.items() if t not in ("articles", "quarantine"))
    quarantined = counts.get("quarantine", 0)
    return round(quarantined / (kept + quarantined), 4) if kept + quarantined else 0.0


class _progress_bar:
    """A tqdm bar on stderr for interactive runs; a no-op otherwise."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.bar = None
        if enabled and total and sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="article", desc="annotate", file=sys.stderr)

    def __enter__(self) -> "_progress_bar":
        return self

    def update(self, n: int) -> None:
        if self.bar is not None:
            self.bar.update(n)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.close()
