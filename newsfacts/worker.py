"""`newsfacts worker`: Prefect's process worker for the project's work pool, stopped cleanly by one signal.

`prefect worker start` (prefect 3.8.8) does not stop on the first SIGTERM, so a service manager's stop
(systemd, Docker, Kubernetes: SIGTERM, then SIGKILL) kills it and its flow runs without a word. Here the
worker runs in a session of its own, and this process turns SIGTERM or SIGINT into a stop of all of it:
- its flow-run processes (its children, each in a process group of its own) get SIGTERM: a newsfacts flow
  run marks itself Cancelled, stops its extraction workers and exits 143 (flows/stopping.py);
- once they are gone, the worker gets SIGINT (which it honours: it stops polling and exits);
- whatever of the session is left after `grace` seconds (the setting `worker_grace`, NEWSFACTS_WORKER_GRACE,
  `newsfacts worker --grace`; a run takes up to 10 s to record Cancelled) gets SIGKILL;
then this process exits 143 (SIGTERM) or 130 (SIGINT). Importable without Prefect.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from types import FrameType

from newsfacts.server import process_table, stop_group


def run_worker(pool: str, extra: list[str], grace: float) -> int:
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


def stop_worker(worker: subprocess.Popen, grace: float) -> None:
    """SIGTERM to the worker's flow runs (its children, each in a process group of its own: Prefect isolates
    them) and, once they are gone, SIGINT to the worker (on SIGINT it would kill its runs before they mark
    themselves Cancelled); SIGKILL to what is left of all those groups after `grace` seconds each."""
    groups = {worker.pid}
    signalled: set[int] = set()
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        runs = [(pid, group) for pid, parent, group in process_table() if parent == worker.pid]
        for pid, group in runs:  # rescanned: a run the worker picks up meanwhile is stopped too
            groups.add(group)
            if pid not in signalled:
                signalled.add(pid)
                with contextlib.suppress(ProcessLookupError):  # ended meanwhile
                    os.kill(pid, signal.SIGTERM)
        if not _left(groups - {worker.pid}) and not runs:
            break
        time.sleep(0.1)
    with contextlib.suppress(ProcessLookupError):  # the worker ended meanwhile; its group is still stopped below
        os.kill(worker.pid, signal.SIGINT)
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        worker.poll()  # reap it, so that it no longer counts
        if not _left(groups):
            break
        time.sleep(0.1)
    else:
        print(f"newsfacts worker: still running after {grace:.0f} s: SIGKILL", file=sys.stderr)
        for group in groups:
            stop_group(group, timeout=0.0)
    try:
        worker.wait(timeout=5)
    except subprocess.TimeoutExpired:
        print(f"newsfacts worker: pid {worker.pid} did not end", file=sys.stderr)


def _left(groups: set[int]) -> list[int]:
    """Live processes of these process groups."""
    return [pid for pid, _, group in process_table() if group in groups]
