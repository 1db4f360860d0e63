"""How a command starts the flow: task runner, early worker start, then the flow itself."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from newsfacts.settings import Settings

logger = logging.getLogger(__name__)


def check_arguments(inputs: list[str], manifest: str | None, output: str, settings: Settings) -> str | None:
    """What is wrong with a command's arguments, in one line, before any work starts; None when nothing."""
    from newsfacts.transforms.manifest import ManifestError, read_manifest_text
    from newsfacts.transforms.nlp import ModelNotFound, model_meta

    for given in inputs:
        if not os.path.lexists(given):
            return f"input not found: {given}"
    if manifest is not None:
        if not Path(manifest).is_file():
            return f"manifest not found: {manifest}"
        try:
            header = read_manifest_text(Path(manifest)).partition("\n")[0]
        except ManifestError as exc:
            return str(exc)
        if "path" not in [c.strip().strip('"') for c in header.split(",")]:
            return f"manifest {manifest} has no `path` column"
    problem = _output_problem(output)
    if problem:
        return problem
    try:
        model_meta(settings.model)
    except ModelNotFound as exc:
        return str(exc)
    return None


def _output_problem(output: str) -> str | None:
    """A local --output must be a folder this user can create or write; URLs are checked when written."""
    if "://" in output and not output.startswith("file://"):
        return None
    path = Path(output.removeprefix("file://")).expanduser()
    if path.exists() and not path.is_dir():
        return f"--output {output} is a file, not a folder"
    existing = path
    while not existing.exists():
        existing = existing.parent
    if not existing.is_dir():
        return f"--output {output}: {existing} is a file, not a folder"
    if not os.access(existing, os.W_OK | os.X_OK):
        return f"--output {output}: {existing} is not writable"
    return None


def run_pipeline(
    inputs: list[str],
    output: str,
    manifest: str | None,
    settings: Settings,
    full_refresh: bool = False,
    progress: bool = False,
    report: bool = True,
) -> dict[str, Any]:
    """One run of the flow with these settings; returns its summary."""
    from newsfacts.flows.pipeline import prepare_validation, newsfacts_flow
    from newsfacts.flows.tempserver import server_starting, start_temporary_server
    from newsfacts.storage import Output
    from newsfacts.transforms.articles import preload_identifier

    flow, processes = newsfacts_flow, settings.processes
    if settings.runner == "dask":
        # The Dask workers are the processes; a pool inside each would oversubscribe the cores.
        flow, processes = newsfacts_flow.with_options(task_runner=dask_runner(settings)), 1
    else:
        start_workers_early(inputs, manifest, settings.model, processes)
    # After the workers' start (a thread running now would rule out fork for them): reading needs it first.
    preload_identifier()
    if server_starting() and not Output(output).exists("run.json"):
        # A first run on this output validates whatever it reads: GX's import and suites (~4 s of CPU) start
        # now, while this thread waits for the temporary server, not later under the parse. (A re-run may find
        # nothing changed and validate nothing: it starts them only when there is something to validate.)
        prepare_validation()
    try:
        # Prefect would start it in this command's process group, where the terminal's Ctrl-C kills it too.
        start_temporary_server()
        return flow(
            inputs=inputs,
            output=output,
            manifest=manifest,
            model=settings.model,
            batch_size=settings.batch_size,
            max_bytes=settings.max_bytes,
            n_process=processes,
            full_refresh=full_refresh,
            progress=progress,
            report=report,
            languages=settings.languages,
        )
    except KeyboardInterrupt:
        from newsfacts.flows.workers import terminate_workers

        logger.warning("run interrupted: stopping the worker processes")
        terminate_workers()
        raise


def start_workers_early(inputs: list[str], manifest: str | None, model: str, processes: int) -> None:
    """Worker processes load the model now, while Prefect starts its server (saves their load time,
    2-4 s, on runs big enough to use them). A cheap count (JSON files not parsed into records) is enough;
    the flow lists the inputs itself and reports what is wrong with them."""
    from newsfacts.flows.workers import start_workers
    from newsfacts.transforms.reading import discover

    try:
        n = len(discover(inputs, manifest, records=False))
    except (OSError, ValueError) as exc:  # the flow meets the same problem and reports it per input
        logger.warning("early worker start skipped: could not count the inputs: %s", exc)
        return
    method = start_workers(n, model, processes)
    if method:
        logger.info("started %d worker processes (%s) for %d input(s)", processes, method, n)


def dask_runner(settings: Settings) -> Any:
    """prefect-dask's runner on an existing cluster, or on a local cluster of `settings.workers` processes."""
    from prefect_dask import DaskTaskRunner

    if settings.dask_address:
        return DaskTaskRunner(address=settings.dask_address)
    if not os.environ.get("PREFECT_API_URL"):
        logger.warning(
            "without PREFECT_API_URL every Dask worker starts its own temporary Prefect server; "
            "point them at one with `prefect server start` and PREFECT_API_URL"
        )
    return DaskTaskRunner(cluster_kwargs={"n_workers": settings.workers, "threads_per_worker": 1, "processes": True})
