"""The `newsfacts` command: run the pipeline, score an output folder against gold."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from newsfacts.config import (DEFAULT_BATCH_SIZE, DEFAULT_LANGUAGES, DEFAULT_MAX_BYTES, DEFAULT_MAX_QUARANTINE_SHARE,
                              DEFAULT_MODEL, DEFAULT_PROCESSES)

EXIT_OK, EXIT_STRICT_FAILURE, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsfacts",
        description="Turn news articles into analytic Parquet tables (articles, entities, mentions, sources, "
                    "figures, claims, events), every row traced to its words.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = sub.add_parser(
        "run", help="run the pipeline on files or folders",
        description="Read articles (.txt .md .html .json .jsonl; folders are searched recursively), extract "
                    "entities, figures, claims and events, validate them and write Parquet tables to --output.",
    )
    _add_pipeline_arguments(run)
    run.add_argument("--processes", type=int, default=DEFAULT_PROCESSES,
                     help="worker processes that parse and extract (default: the number of CPUs, at most 8: "
                          "%(default)s); batches under 16 articles stay in one process")
    run.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                     help="reject input files larger than this (default: %(default)s)")
    run.add_argument("--languages", default=DEFAULT_LANGUAGES, metavar="CODES",
                     help="languages to read, ISO 639-1 comma list; articles identified as another language are "
                          "skipped (default: %(default)s)")
    run.add_argument("--strict", action="store_true",
                     help="exit with status 1 if any input was rejected, any table failed a table-level check or "
                          "more than --max-quarantine of the extracted rows were quarantined")
    run.add_argument("--max-quarantine", type=float, default=DEFAULT_MAX_QUARANTINE_SHARE, metavar="SHARE",
                     help="with --strict: the largest share (0-1) of extracted rows that may be quarantined "
                          "(default: %(default)s)")
    run.add_argument("--full-refresh", action="store_true",
                     help="re-annotate every article instead of reusing results of earlier runs on this output")
    run.add_argument("--runner", choices=("threads", "dask"), default="threads",
                     help="Prefect task runner: threads in this process, or a Dask cluster (default: %(default)s)")
    run.add_argument("--dask-address", metavar="tcp://HOST:PORT",
                     help="scheduler of an existing Dask cluster (with --runner dask)")
    run.add_argument("--workers", type=int, default=2,
                     help="workers of the local Dask cluster started when no --dask-address is given "
                          "(default: %(default)s)")
    run.add_argument("--no-progress", action="store_true", help="no progress bar")
    run.add_argument("--no-report", action="store_true",
                     help="do not write the HTML run report (OUTPUT/report/index.html)")
    run.add_argument("--profile", action="store_true",
                     help="print the time spent per stage (read and clean, spaCy, extraction, resolve, "
                          "validate, write, orchestration)")

    serve = sub.add_parser(
        "serve", help="serve the flow as a Prefect deployment on a cron schedule",
        description="Register the flow as a deployment with a cron schedule and run its scheduled runs in this "
                    "process (Prefect's flow.serve). Needs a Prefect server: set PREFECT_API_URL.",
    )
    _add_pipeline_arguments(serve)
    serve.add_argument("--cron", required=True, help='schedule, e.g. "0 3 * * *" for 03:00 every day')
    serve.add_argument("--name", default="newsfacts-scheduled", help="deployment name (default: %(default)s)")

    ev = sub.add_parser(
        "evaluate", help="score an output folder against a gold YAML file",
        description="Score figures, claims, events and entities in an output folder against a gold file, "
                    "as ../shared/eval/GUIDELINE.md defines; prints a table and writes JSON.",
    )
    ev.add_argument("gold", help="gold YAML file")
    ev.add_argument("--output", "-o", default="output", help="output folder to score (default: %(default)s)")
    ev.add_argument("--json", help="where to write the JSON report (default: OUTPUT/evaluation.json)")
    return parser


def _add_pipeline_arguments(parser: argparse.ArgumentParser) -> None:
    """What every way of running the flow takes: inputs, output, metadata, model, batch size."""
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="article files or folders")
    parser.add_argument("--output", "-o", default="output",
                        help="output folder or fsspec URL (default: %(default)s)")
    parser.add_argument("--manifest", help="CSV of metadata: path,url,outlet,published_at,title "
                                           "(a manifest.csv inside an input folder is used without this)")
    parser.add_argument("--model", default=DEFAULT_MODEL, help="spaCy pipeline name (default: %(default)s)")
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE,
                        help="articles per Prefect task (default: %(default)s)")


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script."""
    # Quiet, reliable defaults for the temporary Prefect server; a user's own settings win.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    # The temporary server takes 8-16 s here and longer on a busy machine; Prefect's default wait is 20 s.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    args = _parser().parse_args(argv)
    if args.command == "run":
        return _run(args)
    if args.command == "serve":
        return _serve(args)
    return _evaluate(args)


def _run(args: argparse.Namespace) -> int:
    from transforms.nlp import ModelNotFound, model_meta

    from transforms.articles import parse_languages

    try:
        args.languages = ",".join(parse_languages(args.languages))
    except ValueError as exc:
        print(f"newsfacts: --languages: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.batch_size < 1 or args.processes < 1 or args.max_bytes < 1:
        print("newsfacts: --batch-size, --processes and --max-bytes must be positive", file=sys.stderr)
        return EXIT_USAGE
    try:
        model_meta(args.model)
    except ModelNotFound as exc:
        print(f"newsfacts: {exc}", file=sys.stderr)
        return EXIT_USAGE

    from flows.pipeline import newsfacts_flow
    from newsfacts.storage import OutputLocked
    from transforms.extract import start_workers
    from transforms.reading import discover

    flow, processes = newsfacts_flow, args.processes
    if args.runner == "dask":
        # The Dask workers are the processes; a pool inside each would oversubscribe the cores.
        flow, processes = newsfacts_flow.with_options(task_runner=_dask_runner(args.dask_address, args.workers)), 1
    # Worker processes load the model now, while Prefect starts its server. A cheap count (JSON files not
    # parsed into records) is enough; the flow lists the inputs itself and reports what is wrong with them.
    try:
        start_workers(len(discover([str(p) for p in args.inputs], args.manifest, records=False)), args.model, processes)
    except Exception:
        pass
    try:
        summary = flow(
            inputs=[str(p) for p in args.inputs], output=args.output, manifest=args.manifest, model=args.model,
            batch_size=args.batch_size, max_bytes=args.max_bytes, n_process=processes,
            full_refresh=args.full_refresh, progress=not args.no_progress, report=not args.no_report,
            languages=args.languages,
        )
    except OutputLocked as exc:
        print(f"newsfacts: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(format_summary(summary))
    if args.profile:
        print(format_profile(summary["stages"]))
    failed = (bool(summary["rejected"]) or not all(summary["validation"].values())
              or summary.get("quarantine_share", 0.0) > args.max_quarantine or summary.get("extraction_errors"))
    return EXIT_STRICT_FAILURE if args.strict and failed else EXIT_OK


def _dask_runner(address: str | None, workers: int):
    """prefect-dask's runner on an existing cluster, or on a local cluster of `workers` processes."""
    from prefect_dask import DaskTaskRunner

    if address:
        return DaskTaskRunner(address=address)
    if not os.environ.get("PREFECT_API_URL"):
        print("newsfacts: note: without PREFECT_API_URL every Dask worker starts its own temporary Prefect "
              "server; point them at one with `prefect server start` and PREFECT_API_URL", file=sys.stderr)
    return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True})


def _serve(args: argparse.Namespace) -> int:
    if not os.environ.get("PREFECT_API_URL"):
        print("newsfacts: serve needs a Prefect server: start one with `prefect server start` and set "
              "PREFECT_API_URL (e.g. http://127.0.0.1:4200/api)", file=sys.stderr)
        return EXIT_USAGE
    from flows.pipeline import newsfacts_flow
    newsfacts_flow.serve(
        name=args.name, cron=args.cron,
        parameters={"inputs": [str(p) for p in args.inputs], "output": args.output, "manifest": args.manifest,
                    "model": args.model, "batch_size": args.batch_size},
    )
    return EXIT_OK


def format_summary(summary: dict) -> str:
    """The closing summary of a run, for people."""
    lines = [
        "",
        f"articles read {summary['articles_read']}: {summary['ok']} ok "
        f"({summary.get('annotated', 0)} annotated, {summary.get('reused', 0)} reused from earlier runs), "
        f"{len(summary['rejected'])} not processed",
    ]
    for item in summary["rejected"]:
        lines.append(f"  {item['status']:<9} {item['source_path']}: {item['reason']}")
    if summary.get("skipped_languages"):
        lines.append("skipped for their language: " + ", ".join(f"{n} {code}" for code, n in summary["skipped_languages"].items()))
    if summary.get("stories"):
        lines.append(f"{summary['stories']} distinct stories among the ok and duplicate articles (story_id)")
    if summary.get("no_published_at"):
        lines.append(f"{summary['no_published_at']} ok article(s) without published_at: their relative dates "
                     "stay unresolved (give dates in a manifest, a sidecar or the page's metadata)")
    for error in summary.get("extraction_errors", ()):
        lines.append(f"  extraction error in {error['source_path']} ({error['table']}): {error['error']}")
    lines.append("tables (rows, validation):")
    for table, n in summary["rows"].items():
        outcome = summary["validation"].get(table)
        mark = "" if outcome is None else ("passed" if outcome else "FAILED")
        lines.append(f"  {table:<11} {n:>7}  {mark}")
    for table, checks in summary.get("quarantined_by_check", {}).items():
        lines.append(f"quarantined in {table}: " + ", ".join(f"{n} {check}" for check, n in checks.items()))
    if "quarantine_share" in summary:
        lines.append(f"quarantine: {summary['quarantined']} rows, {100 * summary['quarantine_share']:.1f} % of extracted rows")
    for table, messages in summary.get("warnings", {}).items():
        lines.extend(f"warning: {table}: {m}" for m in messages)
    lines.append(f"output: {summary['output']} (validation report: validation/summary.json, Data Docs: "
                 "validation/data_docs/index.html)")
    if summary.get("report"):
        lines.append(f"report: {summary['output']}/{summary['report']}")
    elif summary.get("report_error"):
        lines.append(f"report: not written ({summary['report_error']})")
    lines.append(f"wall time: {summary['wall_seconds']:.1f} s")
    return "\n".join(lines)


def format_profile(stages: dict[str, float]) -> str:
    """Seconds and share of wall time per stage."""
    wall = stages.get("wall") or 1.0
    lines = ["", "stage            seconds   share"]
    for stage, seconds in stages.items():
        if stage != "wall":
            lines.append(f"  {stage:<14} {seconds:>7.2f}  {100 * seconds / wall:>5.1f} %")
    lines.append(f"  {'wall':<14} {stages.get('wall', 0.0):>7.2f}")
    return "\n".join(lines)


def _evaluate(args: argparse.Namespace) -> int:
    from newsfacts.evaluate import evaluate, format_report

    if not Path(args.gold).is_file():
        print(f"newsfacts: gold file not found: {args.gold}", file=sys.stderr)
        return EXIT_USAGE
    report = evaluate(args.gold, args.output)
    print(format_report(report))
    target = Path(args.json) if args.json else Path(args.output) / "evaluation.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(report, indent=2, default=str) + "\n")
    print(f"\nJSON report: {target}")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
