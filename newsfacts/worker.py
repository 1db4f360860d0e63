"""`newsfacts worker`: Prefect's process worker for the project's work pool, stopped cleanly by one signal.

`prefect worker start` (prefect 3.8.8) does not stop on the first SIGTERM, so a service manager's stop
(systemd, Docker, Kubernetes: SIGTERM, then SIGKILL) kills it and its flow runs without a word. Here the
worker runs in a session of its own, and this process turns SIGTERM or SIGINT into a stop of all of it:
- the worker gets SIGINT (which it honours: it stops polling and exits);
- its flow-run processes get SIGTERM: a newsfacts flow run marks itself Cancelled, stops its extraction
  workers and exits 143 (flows/stopping.py);
- whatever of the session is left after GRACE_SECONDS gets SIGKILL;
then this process exits 143 (SIGTERM) or 130 (SIGINT). Importable without Prefect.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from types import FrameType

from newsfacts.server import group_members, stop_group

# Seconds the worker and its flow runs get to stop before SIGKILL.
GRACE_SECONDS = 10.0


def run_worker(pool: str, extra: list[str], grace: float = GRACE_SECONDS) -> int:
    """Start the worker and wait for it, or for SIGTERM/SIGINT; the exit status."""
    command = [sys.executable, "-m", "prefect", "worker", "start", "--pool", pool, "--type", "process", *extra]
    received: list[int] = []

    def on_signal(signum: int, frame: FrameType | None) -> None:
        received.append(signum)

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        # A session of its own: a terminal's Ctrl-C reaches this process only, which decides what the worker
        # and its flow runs get; the group is also the handle to stop all of them.
        worker = subprocess.Popen(command, start_new_session=True, stdin=subprocess.DEVNULL)
        print(f"newsfacts worker: started `prefect worker start --pool {pool}` (pid {worker.pid})", file=sys.stderr)
        while worker.poll() is None and not received:
            time.sleep(0.2)
        if not received:
            return worker.returncode
        signum = received[0]
        print(
            f"newsfacts worker: {signal.Signals(signum).name} received: stopping the worker and its flow runs",
            file=sys.stderr,
        )
        stop_worker(worker, grace)
        return 128 + signum
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def stop_worker(worker: subprocess.Popen, grace: float = GRACE_SECONDS) -> None:
    """SIGINT to the worker, SIGTERM to its flow runs (its children), SIGKILL to what is left after `grace`."""
    pgid = worker.pid
    for pid, parent in group_members(pgid):
        if parent == worker.pid:
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                continue  # ended meanwhile
    try:
        os.kill(worker.pid, signal.SIGINT)
    except ProcessLookupError:
        pass  # the worker ended meanwhile; its group is still stopped below
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        worker.poll()  # reap it, so that it no longer counts
        if not group_members(pgid):
            break
        time.sleep(0.1)
    else:
        print(f"newsfacts worker: still running after {grace:.0f} s: SIGKILL", file=sys.stderr)
        stop_group(pgid, timeout=0.0)
    try:
        worker.wait(timeout=5)
    except subprocess.TimeoutExpired:
        print(f"newsfacts worker: pid {worker.pid} did not end", file=sys.stderr)
