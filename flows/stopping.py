"""SIGTERM or Ctrl-C during a run: stop at once, whatever the run is doing, and leave nothing half done.

Prefect's own SIGTERM bridge raises in the flow's thread and then waits for the running task threads
to finish their batch (minutes on a large input) before the process dies; on Ctrl-C (SIGINT) Prefect marks
the run Crashed, after the same wait. Here the flow replaces both for the length of its body with a handler
that marks the flow run Cancelled, stops the extraction worker processes and the temporary Prefect server
(which runs in a session of its own, flows/tempserver.py, so that the terminal's Ctrl-C does not kill it before
the state is recorded), removes the output's lock file and ends the process with status 143 (SIGTERM) or 130
(SIGINT). The output lock is an flock, released by the kernel when the process ends; tables are written to a
temporary name and renamed, so none is half written (a leftover temporary file is removed by the next run).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Iterator
from typing import Any

EXIT_TERMINATED = 128 + signal.SIGTERM
EXIT_INTERRUPTED = 128 + signal.SIGINT
# Seconds the handler waits for the Prefect API (state change) and for the temporary server to stop.
API_WAIT_SECONDS = 5.0
# What the flow run's Cancelled state and stderr say, per signal.
REASONS = {signal.SIGTERM: "stopped by SIGTERM", signal.SIGINT: "stopped by Ctrl-C (SIGINT)"}


@contextlib.contextmanager
def stop_on_signals(flow_run_id: Any, output: str) -> Iterator[bool]:
    """SIGTERM and SIGINT stop this flow run (Cancelled) and the process while the block runs; the handlers
    before it come back after. Yields False when not in the main thread (signals cannot be caught there)."""
    if threading.current_thread() is not threading.main_thread():
        yield False
        return

    def handler(signum: int, frame: Any) -> None:
        reason = REASONS[signal.Signals(signum)]
        if signum == signal.SIGINT:  # the words of an interrupt before the flow body (newsfacts/cli.py)
            _say(
                f"newsfacts: interrupted; the next run on {output} resumes from the batches saved "
                "(run marked cancelled, nothing written after this point)\n"
            )
        else:
            _say(f"newsfacts: {reason}; run marked cancelled, nothing written after this point\n")
        for sig in REASONS:  # a second signal while stopping must not start a second stop
            signal.signal(sig, signal.SIG_IGN)
        from newsfacts.flows.workers import terminate_workers
        from newsfacts.storage import release_locks

        terminate_workers()
        worker = threading.Thread(target=_cancel_and_stop_server, args=(flow_run_id, reason), daemon=True)
        worker.start()
        worker.join(API_WAIT_SECONDS * 2)
        release_locks()
        os._exit(EXIT_INTERRUPTED if signum == signal.SIGINT else EXIT_TERMINATED)

    previous = {sig: signal.signal(sig, handler) for sig in REASONS}
    try:
        yield True
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def _cancel_and_stop_server(flow_run_id: Any, reason: str) -> None:
    """Mark the flow run Cancelled, then stop the temporary Prefect server this process started, if any."""
    from prefect.client.orchestration import get_client
    from prefect.states import Cancelled

    try:
        if flow_run_id is not None:
            with get_client(sync_client=True) as client:
                client.set_flow_run_state(flow_run_id, Cancelled(message=reason), force=True)
    except Exception as exc:  # the process ends either way; say why the state was not recorded
        _say(f"newsfacts: could not mark the run cancelled: {type(exc).__name__}: {exc}\n")
    # Only as far as they are imported: a run to a running server started no server to stop.
    ours = sys.modules.get("newsfacts.flows.tempserver")
    if ours is not None:
        ours.stop()
    server_module = sys.modules.get("prefect.server.api.server")  # one Prefect's client started itself
    if server_module is not None:
        for server in list(server_module.SubprocessASGIServer._instances.values()):
            server.stop()


def _say(text: str) -> None:
    """Write to stderr without the logging module, whose locks the interrupted code may hold."""
    try:
        os.write(2, text.encode("utf-8", "replace"))
    except OSError:
        pass  # no stderr to write to: the exit status still says what happened
