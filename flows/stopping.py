"""SIGTERM during a run: stop at once, whatever the run is doing, and leave nothing half done.

Prefect's own SIGTERM bridge raises in the flow's thread and then waits for the running task threads
to finish their batch (minutes on a large input) before the process dies. Here the flow replaces it for
the length of its body with a handler that marks the flow run Cancelled, stops the extraction worker
processes and the temporary Prefect server, and ends the process with status 143. The output lock is an
flock, released by the kernel when the process ends; tables are written to a temporary name and renamed,
so none is half written (a leftover temporary file is removed by the next run).
"""

from __future__ import annotations

import os
import signal
import threading
from typing import Any

EXIT_TERMINATED = 128 + signal.SIGTERM
# Seconds the handler waits for the Prefect API (state change) and for the temporary server to stop.
API_WAIT_SECONDS = 5.0


def stop_on_sigterm(flow_run_id: Any) -> bool:
    """Install the handler for this flow run; False when not in the main thread (signals cannot be caught)."""
    if threading.current_thread() is not threading.main_thread():
        return False

    def handler(signum: int, frame: Any) -> None:
        _say("newsfacts: stopped by SIGTERM; run marked cancelled, nothing written after this point\n")
        from newsfacts.flows.workers import terminate_workers

        terminate_workers()
        worker = threading.Thread(target=_cancel_and_stop_server, args=(flow_run_id,), daemon=True)
        worker.start()
        worker.join(API_WAIT_SECONDS * 2)
        os._exit(EXIT_TERMINATED)

    signal.signal(signal.SIGTERM, handler)
    return True


def _cancel_and_stop_server(flow_run_id: Any) -> None:
    """Mark the flow run Cancelled, then stop the temporary Prefect server this process started, if any."""
    from prefect.client.orchestration import get_client
    from prefect.states import Cancelled

    try:
        if flow_run_id is not None:
            with get_client(sync_client=True) as client:
                client.set_flow_run_state(flow_run_id, Cancelled(message="stopped by SIGTERM"), force=True)
    except Exception as exc:  # the process ends either way; say why the state was not recorded
        _say(f"newsfacts: could not mark the run cancelled: {type(exc).__name__}: {exc}\n")
    from prefect.server.api.server import SubprocessASGIServer

    for server in list(SubprocessASGIServer._instances.values()):
        server.stop()


def _say(text: str) -> None:
    """Write to stderr without the logging module, whose locks the interrupted code may hold."""
    try:
        os.write(2, text.encode("utf-8", "replace"))
    except OSError:
        pass  # no stderr to write to: the exit status still says what happened
