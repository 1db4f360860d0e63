"""The `newsfacts` command: run the pipeline, score an output folder against gold."""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
import time
from pathlib import Path

from newsfacts.settings import Settings, get_settings
from newsfacts.transforms.filetypes import readable_types

EXIT_OK, EXIT_STRICT_FAILURE, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 128 + signal.SIGINT  # 130, what a shell reports for Ctrl-C
# Where a run keeps Prefect's database and its log, beside a local output folder (README, "Running it").
STATE_DIR = ".newsfacts"
# Columns of a table's name in the run summary (a longer name widens them all).
SUMMARY_NAME_WIDTH = 11


def _parser(settings: Settings | None = None) -> argparse.ArgumentParser:
    """Every option's default comes from the settings (NEWSFACTS_* environment, then newsfacts/settings.py)."""
    settings = settings or get_settings()
    parser = argparse.ArgumentParser(
        prog="newsfacts",
        description="Turn news articles into analytic Parquet tables (articles, entities, mentions, sources, "
        "figures, claims, events), every row traced to its words.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = sub.add_parser(
        "run",
        help="run the pipeline on files or folders",
        description=f"Read articles ({readable_types()}; folders are searched recursively), extract "
        "entities, figures, claims and events, validate them and write Parquet tables to --output.",
    )
    _add_pipeline_arguments(run, settings)
    run.add_argument(
        "--languages",
        default=settings.languages,
        metavar="CODES",
        help="languages to read, ISO 639-1 comma list; articles identified as another language are "
        "skipped (default: %(default)s)",
    )
    run.add_argument(
        "--strict",
        action="store_true",
        help="exit with status 1 if any input was rejected, any table failed a table-level check or "
        "more than --max-quarantine of the extracted rows were quarantined",
    )
    run.add_argument(
        "--max-quarantine",
        type=float,
        default=settings.max_quarantine_share,
        metavar="SHARE",
        help="with --strict: the largest share (0-1) of extracted rows that may be quarantined (default: %(default)s)",
    )
    run.add_argument(
        "--full-refresh",
        action="store_true",
        help="re-annotate every article instead of reusing results of earlier runs on this output",
    )
    run.add_argument(
        "--runner",
        choices=("threads", "dask"),
        default=settings.runner,
        help="Prefect task runner: threads in this process, or a Dask cluster (default: %(default)s)",
    )
    run.add_argument(
        "--dask-address",
        metavar="tcp://HOST:PORT",
        default=settings.dask_address,
        help="scheduler of an existing Dask cluster (with --runner dask)",
    )
    run.add_argument(
        "--workers",
        type=int,
        default=settings.workers,
        help="workers of the local Dask cluster started when no --dask-address is given (default: %(default)s)",
    )
    run.add_argument("--no-progress", action="store_true", help="no progress bar")
    run.add_argument(
        "--no-report", action="store_true", help="do not write the HTML run report (OUTPUT/report/index.html)"
    )
    run.add_argument(
        "--profile",
        action="store_true",
        help="print the time spent per stage (read and clean, spaCy, extraction, resolve, "
        "validate, write, orchestration)",
    )
    run.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="show Prefect's and Great Expectations' log lines on the terminal too (they always "
        f"go to the log file: {STATE_DIR}/newsfacts.log beside the output folder)",
    )

    serve = sub.add_parser(
        "serve",
        help="serve the flow as a Prefect deployment on a cron schedule",
        description="Register the flow as a deployment with a cron schedule and run its scheduled runs in this "
        "process (Prefect's flow.serve). Needs a Prefect server: PREFECT_API_URL, NEWSFACTS_API_URL or "
        "`newsfacts server start`.",
    )
    _add_pipeline_arguments(serve, settings)
    serve.add_argument("--cron", required=True, help='schedule, e.g. "0 3 * * *" for 03:00 every day')
    serve.add_argument("--name", default="newsfacts-scheduled", help="deployment name (default: %(default)s)")

    server = sub.add_parser(
        "server",
        help="a Prefect server of the project's own, in the background (start, stop, status)",
        description="Run `prefect server start` in the background with its own Prefect home "
        "(NEWSFACTS_SERVER_HOME, default .newsfacts/server in this folder: database, server.json, server.log). "
        "`newsfacts run` uses it while it answers, instead of starting a temporary server each run.",
    )
    server.add_argument("action", choices=("start", "stop", "status"))
    server.add_argument("--host", default=settings.server_host, help="address to listen on (default: %(default)s)")
    server.add_argument("--port", type=int, default=settings.server_port, help="port (default: %(default)s)")

    worker = sub.add_parser(
        "worker",
        help="Prefect's process worker for the project's work pool, stopped cleanly by one SIGTERM or Ctrl-C",
        description="Run `prefect worker start --pool POOL --type process` for prefect.yaml's deployment. One "
        "SIGTERM or SIGINT stops the worker and its flow runs (marked Cancelled) within a few seconds, exit status "
        "143 or 130. Needs a Prefect server: PREFECT_API_URL, NEWSFACTS_API_URL or `newsfacts server start`. "
        "NEWSFACTS_HOME (where runs start) defaults to this folder.",
    )
    worker.add_argument("--pool", default=settings.work_pool, help="work pool (default: %(default)s)")
    worker.add_argument(
        "--grace",
        type=float,
        default=settings.worker_grace,
        metavar="SECONDS",
        help="on SIGTERM or Ctrl-C: seconds the flow runs, then the worker, get to stop before SIGKILL "
        "(default: %(default)s)",
    )
    worker.add_argument(
        "prefect_args", nargs=argparse.REMAINDER, help="further options of `prefect worker start`, after --"
    )

    ev = sub.add_parser(
        "evaluate",
        help="score an output folder against a gold YAML file",
        description="Score figures, claims, events and entities in an output folder against a gold file, "
        "as ../shared/eval/GUIDELINE.md defines; prints a table and writes JSON.",
    )
    ev.add_argument("gold", help="gold YAML file")
    ev.add_argument("--output", "-o", default="output", help="output folder to score (default: %(default)s)")
    ev.add_argument("--json", help="where to write the JSON report (default: OUTPUT/evaluation.json)")
    return parser


def _add_pipeline_arguments(parser: argparse.ArgumentParser, settings: Settings) -> None:
    """What every way of running the flow takes: inputs, output, metadata, model, batch size, processes."""
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="article files or folders")
    parser.add_argument("--output", "-o", default="output", help="output folder or fsspec URL (default: %(default)s)")
    parser.add_argument(
        "--manifest",
        help="CSV of metadata: path,url,outlet,published_at,title; each `path` is "
        "looked up relative to the manifest's own folder, then relative to "
        "each input folder (a manifest.csv inside an input folder is used "
        "without this)",
    )
    parser.add_argument("--model", default=settings.model, help="spaCy pipeline name (default: %(default)s)")
    parser.add_argument(
        "--batch-size", type=int, default=settings.batch_size, help="articles per Prefect task (default: %(default)s)"
    )
    parser.add_argument(
        "--processes",
        type=int,
        default=settings.processes,
        help="worker processes that parse and extract (default: the number of CPUs, at most 8: "
        "%(default)s); batches under 16 articles stay in one process",
    )
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=settings.max_bytes,
        help="reject input files larger than this (default: %(default)s)",
    )


def main(argv: list[str] | None = None, started: float | None = None, runner: int | None = None) -> int:
    """Entry point of the console script. `started` and `runner`: given by the warm runner (newsfacts/warm.py)
    when it runs the command for a client, which started the clock, in its run process.

    Ctrl-C anywhere (the imports take seconds) is one line and status 130, not a traceback."""
    try:
        return _main(argv, started, runner)
    except KeyboardInterrupt:
        print("newsfacts: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


def _main(argv: list[str] | None, started: float | None, runner: int | None) -> int:
    started = time.perf_counter() if started is None else started
    # Quiet, reliable defaults for the temporary Prefect server; a user's own settings win.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    # The temporary server takes 8-16 s here and longer on a busy machine; Prefect's default wait is 20 s.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    try:
        settings = get_settings()
    except ValueError as exc:  # pydantic's ValidationError: a NEWSFACTS_* variable with a bad value
        print(f"newsfacts: bad NEWSFACTS_* environment setting: {' '.join(str(exc).split())}", file=sys.stderr)
        return EXIT_USAGE
    args = _parser(settings).parse_args(argv)
    if args.command == "run":
        if runner is None:
            code = _hand_off(sys.argv[1:] if argv is None else list(argv), settings)
            if code is not None:
                return code
        return _run(args, settings, started, runner)
    if args.command == "serve":
        return _serve(args, settings)
    if args.command == "server":
        return _server(args, settings)
    if args.command == "worker":
        return _worker(args, settings)
    return _evaluate(args)


def _run_settings(args: argparse.Namespace, settings: Settings) -> Settings:
    """The settings with this command's options applied."""
    given = {
        key: getattr(args, key)
        for key in ("model", "batch_size", "processes", "max_bytes", "runner", "dask_address", "workers", "languages")
        if hasattr(args, key)
    }
    return Settings(**{**settings.model_dump(), **given})  # validated like the environment's values


def _hand_off(argv: list[str], settings: Settings) -> int | None:
    """The run's exit status when the project's warm runner made it (newsfacts/warm.py); None: run it here.

    Only for a run that would use the project's own server (no PREFECT_API_URL, NEWSFACTS_API_URL or profile
    URL): the runner is that server's. Why a recorded runner was not used is said on stderr."""
    if not settings.warm_runner or os.environ.get("PREFECT_API_URL") or settings.api_url:
        return None
    from newsfacts.server import ServerFiles, profile_has_api_url, running_url

    if os.environ.get("PREFECT_PROFILE") or profile_has_api_url() or running_url(settings) is None:
        return None
    from newsfacts.warm import hand_off

    return hand_off(argv, ServerFiles.of(settings).home, lambda text: print(f"newsfacts: {text}", file=sys.stderr))


def _run(args: argparse.Namespace, settings: Settings, started: float, runner: int | None = None) -> int:
    # Outside the flow's body (which has its own handler, flows/stopping.py) Ctrl-C ends the command at once: a
    # KeyboardInterrupt raised inside the imports can be swallowed by a library's callback, or end it by SIGINT.
    previous = signal.signal(signal.SIGINT, _stop_now)
    try:
        return _run_command(args, settings, started, runner)
    finally:
        signal.signal(signal.SIGINT, previous)


def _stop_now(signum: int, frame: object) -> None:
    """Ctrl-C before or after the flow's body: nothing is being written; stop what the run started, exit 130."""
    os.write(2, b"newsfacts: interrupted\n")
    # Modules as far as they are imported (the signal may come in the middle of an import): no import here.
    for module, stop in (("newsfacts.flows.workers", "terminate_workers"), ("newsfacts.flows.tempserver", "stop")):
        function = getattr(sys.modules.get(module), stop, None)
        if function is not None:
            function()
    os._exit(EXIT_INTERRUPTED)


def _run_command(args: argparse.Namespace, settings: Settings, started: float, runner: int | None) -> int:
    from newsfacts.flows.launch import check_arguments

    try:
        settings = _run_settings(args, settings)
    except ValueError as exc:  # pydantic's ValidationError: an option value the settings refuse
        print(f"newsfacts: bad option value: {' '.join(str(exc).split())}", file=sys.stderr)
        return EXIT_USAGE
    inputs = [str(p) for p in args.inputs]
    problem = check_arguments(inputs, args.manifest, args.output, settings)
    if problem:
        print(f"newsfacts: {problem}", file=sys.stderr)
        return EXIT_USAGE
    home = use_own_prefect_home(args.output, settings)
    from newsfacts.server import TEMPORARY_SERVER, choose_server, refresh_prefect_settings

    server, server_url = choose_server(settings)  # before Prefect is imported: it reads PREFECT_API_URL once
    if server == TEMPORARY_SERVER and runner is None:
        # Now, not when the flow starts: the server's start overlaps the imports below and the workers' start.
        from newsfacts.flows.tempserver import launch

        launch()  # sets PREFECT_API_URL
    refresh_prefect_settings()  # Prefect imported already (the warm runner): read the settings set above
    log_file = route_logs(args.output, settings, verbose=args.verbose)
    logging.getLogger("newsfacts").info(
        "Prefect server: %s%s", server, f" at {server_url}" if server_url else " (started for this run)"
    )
    if runner is not None:
        logging.getLogger("newsfacts").info("run by the warm runner (pid %d) in process %d", runner, os.getpid())

    from newsfacts.flows.launch import run_pipeline
    from newsfacts.storage import OutputLocked

    # SIGTERM takes Ctrl-C's path: Prefect ends the flow run, its temporary server stops, the worker
    # processes are stopped; the default action would leave all of them running.
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        summary = run_pipeline(
            inputs,
            args.output,
            args.manifest,
            settings,
            full_refresh=args.full_refresh,
            progress=not args.no_progress,
            report=not args.no_report,
        )
    except OutputLocked as exc:
        print(f"newsfacts: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(f"newsfacts: interrupted; the next run on {args.output} resumes from the batches saved", file=sys.stderr)
        return EXIT_INTERRUPTED
    summary["command_seconds"] = round(time.perf_counter() - started, 2)
    from newsfacts.flows.workers import shutdown_workers

    shutdown_workers()  # now rather than at exit, so that the workers' CPU counts below
    summary["cpu_seconds"] = round(_cpu_seconds(), 2)
    summary["log_file"] = str(log_file)
    summary["prefect_home"] = str(home) if home else None
    summary["prefect_server"] = f"{server} at {server_url}" if server_url else server
    if runner is not None:
        summary["runner"] = f"the project's warm runner (pid {runner}): imports and model already loaded"
    print(format_summary(summary))
    if args.profile:
        print(format_profile(summary["stages"]))
    failed = (
        bool(summary["rejected"])
        or not all(summary["validation"].values())
        or summary.get("quarantine_share", 0.0) > args.max_quarantine
        or summary.get("extraction_errors")
    )
    return EXIT_STRICT_FAILURE if args.strict and failed else EXIT_OK


def _cpu_seconds() -> float:
    """User and system CPU of this process and its ended children: the worker processes of a run made by the warm
    runner (forked from the run); not those started through a forkserver (its children, not this process's), nor
    a temporary Prefect server (still running). In the warm runner's run process, since it was forked."""
    import resource

    return sum(
        usage.ru_utime + usage.ru_stime
        for usage in (resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN))
    )


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def state_dir(output: str) -> Path:
    """`.newsfacts/` beside a local output folder; in the working folder for an fsspec URL."""
    if "://" in output and not output.startswith("file://"):
        return Path.cwd() / STATE_DIR
    local = Path(output.removeprefix("file://")).expanduser().absolute()
    return local.parent / STATE_DIR


def use_own_prefect_home(output: str, settings: Settings) -> Path | None:
    """Runs go to a Prefect home of their own (NEWSFACTS_PREFECT_HOME, else .newsfacts/prefect beside the
    output), not to ~/.prefect, unless the user chose a server or a home: PREFECT_API_URL, PREFECT_HOME,
    PREFECT_PROFILE, or an API URL in ~/.prefect/profiles.toml. Returns the home it set, or None."""
    if any(os.environ.get(name) for name in ("PREFECT_API_URL", "PREFECT_HOME", "PREFECT_PROFILE")):
        return None
    profiles = Path.home() / ".prefect" / "profiles.toml"
    try:
        if "PREFECT_API_URL" in profiles.read_text(encoding="utf-8", errors="replace"):
            return None
    except OSError:
        pass  # no profiles file: nothing of the user's to honour
    home = settings.prefect_home or state_dir(output) / "prefect"
    home.mkdir(parents=True, exist_ok=True)
    os.environ["PREFECT_HOME"] = str(home)
    return home


def route_logs(output: str, settings: Settings, verbose: bool) -> Path:
    """Every log line (Prefect's, GX's, ours) goes to the log file; the terminal gets them too only with -v.

    Called before Prefect is imported; its console handlers are swapped once its logging is set up."""
    log_file = settings.log_file or state_dir(output) / "newsfacts.log"
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    import prefect.main  # noqa: F401  (sets up Prefect's logging once; its console handlers are replaced below)

    loggers = [logging.getLogger()] + [
        logging.getLogger(name)
        for name, item in logging.Logger.manager.loggerDict.items()
        if isinstance(item, logging.Logger)
    ]
    for logger in loggers:
        for old in list(logger.handlers):
            if isinstance(old, logging.StreamHandler) and not isinstance(old, logging.FileHandler):
                if not verbose:
                    logger.removeHandler(old)
                if handler not in logger.handlers:
                    logger.addHandler(handler)
    root = logging.getLogger()
    if handler not in root.handlers:
        root.addHandler(handler)
    for name in ("newsfacts", "flows", "transforms", "expectations"):
        logging.getLogger(name).setLevel(logging.INFO)
    logging.captureWarnings(True)
    logging.getLogger("newsfacts").info("newsfacts %s: logging to %s", " ".join(sys.argv[1:]), log_file)
    return log_file


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    from newsfacts.server import choose_server

    server, url = choose_server(settings)  # PREFECT_API_URL, NEWSFACTS_API_URL or the project's server
    if not os.environ.get("PREFECT_API_URL"):
        print(
            "newsfacts: serve needs a Prefect server: `newsfacts server start`, or set PREFECT_API_URL "
            "(e.g. http://127.0.0.1:4200/api)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    print(f"newsfacts serve: Prefect server: {server} at {url}", file=sys.stderr)
    from newsfacts.flows.launch import check_arguments

    settings = _run_settings(args, settings)
    problem = check_arguments([str(p) for p in args.inputs], args.manifest, args.output, settings)
    if problem:
        print(f"newsfacts: {problem}", file=sys.stderr)
        return EXIT_USAGE
    from newsfacts.flows.serve import serve

    # Scheduled runs may start in another folder: local paths are made absolute.
    def absolute(path: str | None) -> str | None:
        return path if path is None or "://" in path else os.path.abspath(path)

    serve(
        args.name,
        args.cron,
        {
            "inputs": [absolute(str(p)) for p in args.inputs],
            "output": absolute(args.output),
            "manifest": absolute(args.manifest),
            "model": settings.model,
            "batch_size": settings.batch_size,
            "max_bytes": settings.max_bytes,
            "n_process": settings.processes,
        },
    )
    return EXIT_OK


def _server(args: argparse.Namespace, settings: Settings) -> int:
    from newsfacts import server

    try:
        settings = Settings(**{**settings.model_dump(), "server_host": args.host, "server_port": args.port})
    except ValueError as exc:  # pydantic's ValidationError: a port out of range
        print(f"newsfacts: bad option value: {' '.join(str(exc).split())}", file=sys.stderr)
        return EXIT_USAGE
    action = {"start": server.start, "stop": server.stop, "status": server.status}[args.action]
    code, message = action(settings)
    print(f"newsfacts server: {message}", file=sys.stdout if code == server.EXIT_OK else sys.stderr)
    return code


def _worker(args: argparse.Namespace, settings: Settings) -> int:
    from newsfacts.server import choose_server
    from newsfacts.worker import run_worker

    server, url = choose_server(settings)
    if url is None and server != "the Prefect profile":
        print(
            "newsfacts: the worker needs a Prefect server: `newsfacts server start`, or set PREFECT_API_URL "
            "(e.g. http://127.0.0.1:4200/api)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    print(f"newsfacts worker: Prefect server: {server}{f' at {url}' if url else ''}", file=sys.stderr)
    os.environ.setdefault("NEWSFACTS_HOME", os.getcwd())  # prefect.yaml's runs start there
    extra = [a for a in args.prefect_args if a != "--"]
    if not args.grace > 0:
        print(f"newsfacts: bad option value: --grace {args.grace} (seconds, more than 0)", file=sys.stderr)
        return EXIT_USAGE
    return run_worker(args.pool, extra, grace=args.grace)


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
    if summary.get("earlier_articles_gone"):
        lines.append(
            f"{summary['earlier_articles_gone']} article(s) of earlier runs on this output are not among this run's "
            "inputs (removed or edited): their rows left the tables (give every folder to keep them)"
        )
    if summary.get("skipped_languages"):
        lines.append(
            "skipped for their language: "
            + ", ".join(f"{n} {code}" for code, n in summary["skipped_languages"].items())
        )
    if summary.get("stories"):
        lines.append(f"{summary['stories']} distinct stories among the ok and duplicate articles (story_id)")
    if summary.get("no_published_at"):
        lines.append(
            f"{summary['no_published_at']} ok article(s) without published_at: their relative dates "
            "stay unresolved (give dates in a manifest, a sidecar or the page's metadata)"
        )
    for error in summary.get("extraction_errors", ()):
        lines.append(f"  extraction error in {error['source_path']} ({error['table']}): {error['error']}")
    lines.append("tables (rows, validation):")
    width = max([SUMMARY_NAME_WIDTH, *map(len, summary["rows"])])  # "discrepancies" is longer than the rest
    for table, n in summary["rows"].items():
        outcome = summary["validation"].get(table)
        mark = "" if outcome is None else ("passed" if outcome else "FAILED")
        lines.append(f"  {table:<{width}} {n:>7}  {mark}")
    for table, checks in summary.get("quarantined_by_check", {}).items():
        lines.append(f"quarantined in {table}: " + ", ".join(f"{n} {check}" for check, n in checks.items()))
    if "quarantine_share" in summary:
        lines.append(
            f"quarantine: {summary['quarantined']} rows, {100 * summary['quarantine_share']:.1f} % of extracted rows"
        )
    for table, messages in summary.get("warnings", {}).items():
        lines.extend(f"warning: {table}: {m}" for m in messages)
    lines.append(
        f"output: {summary['output']} (validation report: validation/summary.json, Data Docs: "
        "validation/data_docs/index.html)"
    )
    if summary.get("report"):
        lines.append(f"report: {summary['output']}/{summary['report']}")
    elif summary.get("report_error"):
        lines.append(f"report: not written ({summary['report_error']})")
    unread = summary.get("unread_files") or []
    if unread:
        lines.append(
            f"not read: {len(unread)} file(s) in the input folders of no article type: {', '.join(unread[:5])}"
            + (", ..." if len(unread) > 5 else "")
        )
    manifest = summary.get("manifest")
    if manifest and manifest.get("unmatched"):
        lines.append(
            f"manifest {manifest['manifest']}: {len(manifest['unmatched'])} of {manifest['rows']} row(s) "
            f"match no input: {', '.join(manifest['unmatched'][:5])}"
            + (", ..." if len(manifest["unmatched"]) > 5 else "")
        )
    if manifest and manifest.get("ragged"):
        lines.append(
            f"manifest {manifest['manifest']}: {len(manifest['ragged'])} row(s) have more fields than its header "
            f"(an unquoted comma?), extra fields left out: {', '.join(manifest['ragged'][:5])}"
            + (", ..." if len(manifest["ragged"]) > 5 else "")
        )
    if summary.get("log_file"):
        lines.append(f"log: {summary['log_file']}")
    if summary.get("prefect_server"):
        lines.append(f"prefect: {summary['prefect_server']}")
    if summary.get("runner"):
        lines.append(f"runner: {summary['runner']}")
    if "command_seconds" in summary:
        cpu = f", CPU {summary['cpu_seconds']:.1f} s in this run's processes" if "cpu_seconds" in summary else ""
        lines.append(f"wall time: {summary['command_seconds']:.1f} s (the flow {summary['wall_seconds']:.1f} s){cpu}")
    else:
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
