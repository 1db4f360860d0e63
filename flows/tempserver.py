"""Prefect's temporary server for a run, started by newsfacts in a session of its own.

Prefect (3.8.8) starts its temporary server in the command's process group, so a terminal's Ctrl-C (SIGINT
to the whole foreground group) kills the server together with the run, and the run then waits on a server
that is gone; and it starts it late, when the flow is first called, after importing its server module (2-3 s of
the run's critical path) only to run a command. Here the run starts that server itself, with Prefect's own
command, environment and health check, and names it in PREFECT_API_URL, so that Prefect's client uses it as it
would use its own:
- as soon as the command knows it needs one (`launch`, before Prefect is imported), so that its start (about
  5 s here) overlaps the run's imports and the workers' model load; the flow waits for its health check
  (`start_temporary_server`);
- in a session of its own, so that the terminal's signals reach only the run, which stops the server itself
  (flows/stopping.py, and an exit handler);
- through `python -m newsfacts.flows.tempserver PID COMMAND...`, which asks the kernel to send the server
  SIGTERM when the run's process ends, however it ends (SIGKILL, a closed terminal), so that no server is
  left behind (Linux; elsewhere the server is only stopped by the run);
- with its output (uvicorn's errors, the tracebacks of requests it drops when it is stopped mid-run) appended
  to `temporary-server.log` in the run's Prefect home, not written into the user's terminal among the run's
  own messages.
Importable without Prefect.
"""

from __future__ import annotations

import atexit
import ctypes
import importlib.util
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from newsfacts.server import answers, api_url, port_free, refresh_prefect_settings

PR_SET_PDEATHSIG = 1  # linux/prctl.h
SERVER_LOG_NAME = "temporary-server.log"  # in the run's Prefect home
HOST = "127.0.0.1"  # Prefect's temporary server listens on loopback only
PORTS = range(8000, 9000)  # Prefect's range for its temporary server
PORT_TAKEN_EXIT = 3  # uvicorn's status when its port was taken after the check
# Prefect's switches for its temporary server: no UI, and the server knows it is ephemeral.
SERVER_ENV = {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}
STARTUP_TIMEOUT_VARIABLE = "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"
DEFAULT_STARTUP_TIMEOUT = 20.0  # Prefect's default for that setting
HEALTH_POLL_SECONDS = 0.1


def launch() -> str:
    """Start the temporary server now, without waiting for it and without importing Prefect's server module
    (2-3 s), and point this process's Prefect at it (PREFECT_API_URL): its start (5 s here) overlaps the
    run's own imports. Call before Prefect is imported, or refresh its settings after; its API URL."""
    if not _STARTED:
        _STARTED.append(TemporaryServer())
        _STARTED[-1].launch()
    return _STARTED[-1].api_url


def start_temporary_server() -> str | None:
    """The temporary server ready: the one `launch` started, else one started now, unless the run reports to a
    server already (PREFECT_API_URL) or Prefect itself started one in this process; its API URL when started
    here."""
    if not _STARTED:
        if os.environ.get("PREFECT_API_URL") or _prefect_started_one():
            return None
        launch()
        refresh_prefect_settings()
    server = _STARTED[-1]
    if server.wait_ready():  # another port: the one launched on was taken
        refresh_prefect_settings()
    return server.api_url


def server_starting() -> bool:
    """A server of ours was launched in this process (the run will wait for it, or has)."""
    return bool(_STARTED)


_STARTED: list[TemporaryServer] = []  # the servers this process started, for `stop`


def stop() -> None:
    """Stop the temporary servers this process started (a signal handler's call: imports nothing)."""
    while _STARTED:
        _STARTED.pop().stop()


class TemporaryServer:
    """Prefect's temporary server (`SubprocessASGIServer`'s command, environment and health check), started
    here: in a session of its own behind the parent-death guard, its output in the server log."""

    def __init__(self) -> None:
        self.port = 0
        self.process: subprocess.Popen[Any] | None = None

    @property
    def api_url(self) -> str:
        return api_url(HOST, self.port)

    def launch(self) -> None:
        """Start the server process on a free port and name it in PREFECT_API_URL; returns at once."""
        self.port = _free_port()
        os.environ["PREFECT_API_URL"] = self.api_url
        self.process = _popen_guarded(_server_command(self.port), env=_server_environment())
        atexit.register(self.stop)  # registered before Prefect's exit handlers, so it runs after their flush

    def wait_ready(self) -> bool:
        """Wait for the health check, as Prefect does (PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS);
        True when the server had to move to another port (the one chosen was taken meanwhile)."""
        assert self.process is not None, "launch() first"
        moved = False
        deadline = time.monotonic() + float(os.environ.get(STARTUP_TIMEOUT_VARIABLE) or DEFAULT_STARTUP_TIMEOUT)
        while time.monotonic() < deadline:
            if self.process.poll() == PORT_TAKEN_EXIT:
                self.launch()
                moved = True
                continue
            if self.process.poll() is not None:
                break
            if answers(self.api_url, timeout=2):
                return moved
            time.sleep(HEALTH_POLL_SECONDS)
        code = self.process.poll()
        self.stop()
        raise RuntimeError(
            "the temporary Prefect server did not start"
            + (f" (it exited with status {code})" if code is not None else " in time")
            + f": see {server_log_path()}"
        )

    def stop(self) -> None:
        """SIGTERM, then SIGKILL after 5 s, as Prefect stops its own."""
        process, self.process = self.process, None
        if process is None:
            return
        if os.environ.get("PREFECT_API_URL") == self.api_url:
            del os.environ["PREFECT_API_URL"]  # names a server that is gone: a later start launches another
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _free_port() -> int:
    """A port of Prefect's range that nothing listens on now."""
    for port in random.sample(PORTS, len(PORTS)):
        if port_free(HOST, port):
            return port
    raise RuntimeError(f"no free port for the temporary Prefect server in {PORTS.start}-{PORTS.stop - 1}")


def _server_command(port: int) -> list[str]:
    """Prefect's own command for its temporary server (`SubprocessASGIServer._run_uvicorn_command`)."""
    spec = importlib.util.find_spec("prefect")
    assert spec is not None and spec.origin is not None, "prefect is not installed"
    app_dir = str(Path(spec.origin).parent.parent)
    return [
        sys.executable,
        *("-m", "uvicorn", "--app-dir", app_dir, "--factory", "prefect.server.api.server:create_app"),
        *("--host", HOST, "--port", str(port), "--log-level", "error", "--lifespan", "on"),
    ]


def _server_environment() -> dict[str, str]:
    """Prefect's environment for its temporary server: this one and the server's own switches, not the API URL
    (which names the server to its clients). The server reads the Prefect profile of the same home itself: this
    process's copy of those settings is not imported for it (0.8 s before the server could start)."""
    env = {**os.environ, **SERVER_ENV}
    env.pop("PREFECT_API_URL", None)
    return env


def _prefect_started_one() -> bool:
    """Prefect's client started its own temporary server in this process (only when nothing else was set up)."""
    server_module = sys.modules.get("prefect.server.api.server")
    if server_module is None:
        return False
    current = server_module.SubprocessASGIServer._instances.get(None)
    return current is not None and current.running


def _popen_guarded(args: list[str], **kwargs: Any) -> subprocess.Popen[Any]:
    """The server's command in a new session, behind the guard that ends it with this process, its output in
    the server log."""
    guard = [sys.executable, "-m", "newsfacts.flows.tempserver", str(os.getpid())]
    with server_log_path().open("ab") as log:  # the child keeps its own copy of the descriptor
        return subprocess.Popen([*guard, *args], start_new_session=True, stdout=log, stderr=subprocess.STDOUT, **kwargs)


def server_log_path() -> Path:
    """Where the temporary server's output goes: the run's Prefect home (made if missing)."""
    if os.environ.get("PREFECT_HOME") and "prefect.settings" not in sys.modules:
        home = Path(os.environ["PREFECT_HOME"]).expanduser()  # before Prefect is imported (as a run launches)
    else:
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
