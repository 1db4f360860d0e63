"""Prefect's temporary server for a run, started by newsfacts in a session of its own.

Prefect (3.8.8) starts its temporary server in the command's process group, so a terminal's Ctrl-C (SIGINT
to the whole foreground group) kills the server together with the run, and the run then waits on a server
that is gone. Here the run starts that server itself, before the flow, as the instance Prefect's client finds
(`SubprocessASGIServer()` under the key None), with Prefect's own command and environment, but:
- in a session of its own, so that the terminal's signals reach only the run, which stops the server itself
  (flows/stopping.py, and Prefect's exit handler);
- through `python -m newsfacts.flows.tempserver PID COMMAND...`, which asks the kernel to send the server
  SIGTERM when the run's process ends, however it ends (SIGKILL, a closed terminal), so that no server is
  left behind (Linux; elsewhere the server is only stopped by the run);
- with its output (uvicorn's errors, the tracebacks of requests it drops when it is stopped mid-run) appended
  to `temporary-server.log` in the run's Prefect home, not written into the user's terminal among the run's
  own messages.
Importable without Prefect.
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

PR_SET_PDEATHSIG = 1  # linux/prctl.h
SERVER_LOG_NAME = "temporary-server.log"  # in the run's Prefect home


def start_temporary_server() -> str | None:
    """Start the temporary server now, unless the run reports to a server already (PREFECT_API_URL) or this
    process has one running; its API URL when started here."""
    from prefect.settings import PREFECT_API_URL

    if PREFECT_API_URL.value():
        return None  # before importing Prefect's server module: 2 s of imports a run to a running server skips
    from prefect.server.api.server import SubprocessASGIServer

    current = SubprocessASGIServer._instances.get(None)
    if current is not None and current.running:
        return None
    SubprocessASGIServer._instances.pop(None, None)  # one that is not running: replaced by ours
    server = _own_session_server_class()()
    _STARTED.append(server)
    server.start()  # Prefect's start: waits for its health check, registers its stop at exit
    return server.api_url


_STARTED: list[Any] = []  # the servers this process started, for `stop`


def stop() -> None:
    """Stop the temporary servers this process started (a signal handler's call: imports nothing)."""
    while _STARTED:
        _STARTED.pop().stop()


def _own_session_server_class() -> Any:
    """Prefect's SubprocessASGIServer, started in a session of its own under the parent-death guard. The
    subclass shares Prefect's registry of instances, so Prefect's `SubprocessASGIServer()` finds this one."""
    import prefect.server.api.server as prefect_server

    class OwnSessionServer(prefect_server.SubprocessASGIServer):
        def _run_uvicorn_command(self) -> subprocess.Popen[Any]:
            # Prefect's command and environment, one change: how the process is started (Prefect's method
            # names its module's `subprocess.Popen`, the one name swapped here, for this call only).
            real = prefect_server.subprocess
            prefect_server.subprocess = types.SimpleNamespace(Popen=_popen_guarded)  # type: ignore[assignment]
            try:
                return super()._run_uvicorn_command()
            finally:
                prefect_server.subprocess = real

    return OwnSessionServer


def _popen_guarded(args: list[str], **kwargs: Any) -> subprocess.Popen[Any]:
    """The server's command in a new session, behind the guard that ends it with this process, its output in
    the server log."""
    guard = [sys.executable, "-m", "newsfacts.flows.tempserver", str(os.getpid())]
    with server_log_path().open("ab") as log:  # the child keeps its own copy of the descriptor
        return subprocess.Popen([*guard, *args], start_new_session=True, stdout=log, stderr=subprocess.STDOUT, **kwargs)


def server_log_path() -> Path:
    """Where the temporary server's output goes: the run's Prefect home (made if missing)."""
    from prefect.settings import PREFECT_HOME

    home = Path(PREFECT_HOME.value()).expanduser()
    home.mkdir(parents=True, exist_ok=True)
    return home / SERVER_LOG_NAME


def main(argv: list[str]) -> int:
    """The guard: SIGTERM to this process (and to the command it becomes) when the parent PID ends, then exec."""
    parent, command = int(argv[0]), argv[1:]
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)  # kept across exec
    except (OSError, AttributeError):  # no prctl (not Linux): the run still stops its server on every exit it sees
        pass
    if os.getppid() != parent:  # the run ended before the guard was set
        return 1
    os.execv(command[0], command)
    return 1  # not reached: execv replaces this process or raises


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
