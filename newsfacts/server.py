"""`newsfacts server start|stop|status`: a Prefect server of the project's own, in the background.

`prefect server start` runs in a session of its own with its own Prefect home (`.newsfacts/server/`, the
setting `server_home`), so its database holds only this project's runs. The folder also holds
`server.json` (pid and API URL, while it runs) and `server.log` (what the server prints, appended).
`newsfacts run` uses this server when it answers (see `choose_server`), which saves the temporary server's
start-up on every run. Importable without Prefect: nothing here imports it.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from newsfacts.settings import Settings

EXIT_OK, EXIT_FAILED, EXIT_NOT_RUNNING = 0, 1, 3  # 3: `status` of a server that is not running (as LSB's)
# Seconds `start` waits for the server's health check (a cold start with migrations takes 10-30 s here).
START_TIMEOUT = 180.0
# Seconds `stop` waits after SIGTERM before SIGKILL.
STOP_TIMEOUT = 15.0
SERVER_DIR = Path(".newsfacts") / "server"


@dataclass(frozen=True)
class ServerFiles:
    home: Path  # PREFECT_HOME of the server (its SQLite database)
    state: Path  # server.json: pid, url, started
    log: Path  # server.log

    @classmethod
    def of(cls, settings: Settings) -> "ServerFiles":
        home = (settings.server_home or Path.cwd() / SERVER_DIR).expanduser().absolute()
        return cls(home, home / "server.json", home / "server.log")


def api_url(host: str, port: int) -> str:
    shown = "127.0.0.1" if host in ("0.0.0.0", "") else host
    return f"http://{shown}:{port}/api"


# How long a run waits for the project's running server to answer its health check: a server busy with
# another run on a small machine answers in seconds, not the 1 s a status check allows.
BUSY_SERVER_TIMEOUT = 5.0


def answers(url: str, timeout: float = 1.0) -> bool:
    """The Prefect API at `url` answers its health check."""
    try:
        with urllib.request.urlopen(f"{url.rstrip('/')}/health", timeout=timeout) as response:
            return response.status == 200
    except (OSError, ValueError):  # refused, timed out, not HTTP, a malformed URL
        return False


def read_state(files: ServerFiles) -> dict | None:
    """The recorded server (pid, url), or None when none is recorded or the record is unreadable."""
    try:
        state = json.loads(files.state.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(state, dict) or not isinstance(state.get("pid"), int) or not state.get("url"):
        return None
    return state


def alive(pid: int) -> bool:
    """The process exists (and, where /proc tells, is a Prefect server rather than a reused pid)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive, and surely not ours; `prefect` below decides
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return True  # no /proc here: trust the pid
    return b"prefect" in cmdline and b"server" in cmdline


def _is_runner(pid: int) -> bool:
    """The process exists and is a warm runner (not a reused pid)."""
    try:
        return b"newsfacts.warm" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def running_url(settings: Settings, say: Callable[[str], None] | None = None) -> str | None:
    """The API URL of the project's own server when it runs and answers, else None; `say` is told why a
    recorded server that is alive was not used (busy or hung past BUSY_SERVER_TIMEOUT)."""
    state = read_state(ServerFiles.of(settings))
    if not state or not alive(state["pid"]):
        return None
    if answers(state["url"], timeout=BUSY_SERVER_TIMEOUT):
        return str(state["url"])
    if say is not None:
        say(
            f"the project's server (pid {state['pid']}, {state['url']}) runs but did not answer its health check"
            f" within {BUSY_SERVER_TIMEOUT:g} s; this run uses a temporary server"
        )
    return None


def port_free(host: str, port: int) -> bool:
    """Nothing listens on host:port (the bind Prefect itself tries before it starts)."""
    try:
        info = socket.getaddrinfo(host, port, socket.AF_UNSPEC, socket.SOCK_STREAM)
        family, socktype, proto, _, sockaddr = info[0]
        with socket.socket(family, socktype, proto) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind(sockaddr)
    except OSError:
        return False
    return True


def start(settings: Settings, timeout: float = START_TIMEOUT) -> tuple[int, str]:
    """Start the server in the background and wait until it answers; (exit code, message)."""
    files = ServerFiles.of(settings)
    state = read_state(files)
    if state and alive(state["pid"]):
        how = "answers" if answers(state["url"]) else "does not answer yet"
        return EXIT_OK, f"already running: {state['url']} (pid {state['pid']}, {how}); log: {files.log}"
    stale = ""
    if files.state.exists():
        files.state.unlink()
        stale = f"removed the record of a server that is gone ({files.state}); "
    host, port = settings.server_host, settings.server_port
    url = api_url(host, port)
    if not port_free(host, port):
        return EXIT_FAILED, (
            f"{stale}port {port} on {host} is taken by another process"
            + (" (a Prefect server not started by newsfacts answers there)" if answers(url) else "")
            + "; choose another with --port or NEWSFACTS_SERVER_PORT"
        )
    files.home.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k not in ("PREFECT_API_URL", "PREFECT_PROFILE")}
    env["PREFECT_HOME"] = str(files.home)
    env.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    with open(files.log, "ab") as log:
        log.write(f"\n--- newsfacts server start {time.strftime('%Y-%m-%d %H:%M:%S')} {url}\n".encode())
        log.flush()
        process = subprocess.Popen(
            [sys.executable, "-m", "prefect", "server", "start", "--host", host, "--port", str(port)],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: `stop` ends it and its children together
            cwd=files.home,
        )
    _write_state(files, {"pid": process.pid, "url": url, "started": time.time()})
    deadline = time.monotonic() + timeout
    while not answers(url):
        if process.poll() is not None:
            files.state.unlink(missing_ok=True)
            return EXIT_FAILED, f"{stale}the server exited with status {process.returncode}:\n{_tail(files.log)}"
        if time.monotonic() > deadline:
            stop_group(process.pid)
            files.state.unlink(missing_ok=True)
            return (
                EXIT_FAILED,
                f"{stale}the server did not answer within {timeout:.0f} s; stopped it:\n{_tail(files.log)}",
            )
        time.sleep(0.25)
    runner = _start_runner(files, process.pid, url, env) if settings.warm_runner else ""
    return EXIT_OK, (
        f"{stale}started: {url} (pid {process.pid}, UI {url.removesuffix('/api')}); Prefect home {files.home}; "
        f"log {files.log}. `newsfacts run` from this folder uses it.{runner}"
    )


def _start_runner(files: ServerFiles, server_pid: int, url: str, server_env: dict[str, str]) -> str:
    """The warm runner beside the server (newsfacts/warm.py), recorded in server.json so that `stop` ends it; a
    sentence for `start`. Its Prefect home is a folder of its own (each run sets its own); it has the caller's
    NEWSFACTS_* settings."""
    from newsfacts import warm

    env = dict(server_env)
    env["PREFECT_HOME"] = str(files.home / "runner")
    with open(files.log, "ab") as log:
        process = warm.start_runner(files.home, log, env)
    _write_state(files, {"pid": server_pid, "url": url, "started": time.time(), "runner": process.pid})
    problem = warm.wait_ready(files.home, process)
    if problem is None:
        return f" Warm runner ready (pid {process.pid}): runs skip the imports and the model load."
    stop_group(process.pid, timeout=STOP_TIMEOUT)
    return f" The warm runner did not start ({problem}; see the log): runs load everything themselves."


def stop(settings: Settings, timeout: float = STOP_TIMEOUT) -> tuple[int, str]:
    """Stop the server and every process of its session; (exit code, message)."""
    files = ServerFiles.of(settings)
    state = read_state(files)
    if state is None:
        return EXIT_OK, f"not running (no {files.state})"
    pid = state["pid"]
    files.state.unlink(missing_ok=True)
    runner = state.get("runner")
    if isinstance(runner, int) and _is_runner(runner):
        stop_group(runner, timeout)  # the warm runner and the runs it is making
    (files.home / "runner.json").unlink(missing_ok=True)
    if not alive(pid):
        stop_group(pid, timeout=0.0)  # children left by a server that died, if any
        return EXIT_OK, f"not running (pid {pid} is gone); removed its record"
    how = stop_group(pid, timeout)
    return EXIT_OK, f"stopped the server at {state['url']} (pid {pid}{how})"


def status(settings: Settings) -> tuple[int, str]:
    """Whether the project's server runs and answers; (exit code: 0 answers, 1 does not, 3 not running)."""
    files = ServerFiles.of(settings)
    state = read_state(files)
    if state is None:
        return EXIT_NOT_RUNNING, f"not running (no {files.state}); start it with `newsfacts server start`"
    if not alive(state["pid"]):
        return EXIT_NOT_RUNNING, f"not running: pid {state['pid']} is gone (stale {files.state}); log: {files.log}"
    if answers(state["url"], timeout=BUSY_SERVER_TIMEOUT):
        from newsfacts.warm import describe

        return EXIT_OK, (
            f"running: {state['url']} answers (pid {state['pid']}); Prefect home {files.home}; {describe(files.home)}"
        )
    return EXIT_FAILED, f"pid {state['pid']} runs but {state['url']} does not answer; log: {files.log}"


TEMPORARY_SERVER = "a temporary server"  # how `choose_server` names the server a run starts for itself


def choose_server(settings: Settings) -> tuple[str, str | None]:
    """Which Prefect server a run uses, setting PREFECT_API_URL when newsfacts chooses it: (how, url).

    PREFECT_API_URL, else the setting `api_url` (NEWSFACTS_API_URL), else an API URL in the user's Prefect
    profile, else the project's own server when it answers, else a temporary server (url None).
    Call before Prefect is imported: its settings are read once, at import."""
    if os.environ.get("PREFECT_API_URL"):
        return "PREFECT_API_URL", os.environ["PREFECT_API_URL"]
    if settings.api_url:
        os.environ["PREFECT_API_URL"] = settings.api_url
        return "NEWSFACTS_API_URL", settings.api_url
    if os.environ.get("PREFECT_PROFILE") or profile_has_api_url():
        return "the Prefect profile", None
    # never silently: a busy or hung server is skipped for this run, and the user is told
    url = running_url(settings, say=lambda why: print(f"newsfacts: {why}", file=sys.stderr))
    if url:
        os.environ["PREFECT_API_URL"] = url
        return f"the project's server ({ServerFiles.of(settings).home})", url
    return TEMPORARY_SERVER, None


def refresh_prefect_settings() -> None:
    """Prefect reads its settings once, at import: an API URL set after that (the warm runner imported Prefect
    before the run chose its server; a temporary server moved to another port) is read again here."""
    if "prefect.context" in sys.modules:
        from prefect.context import refresh_global_settings_context

        refresh_global_settings_context()


def profile_has_api_url() -> bool:
    home = Path(os.environ.get("PREFECT_HOME") or Path.home() / ".prefect")
    try:
        return "PREFECT_API_URL" in (home / "profiles.toml").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False  # no profiles file


def _write_state(files: ServerFiles, state: dict) -> None:
    tmp = files.state.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(state) + "\n", encoding="utf-8")
    tmp.replace(files.state)


def stop_group(pgid: int, timeout: float = STOP_TIMEOUT) -> str:
    """SIGTERM to the process group, SIGKILL to what is left after `timeout`; how it ended, for the message."""
    try:
        os.killpg(pgid, signal.SIGTERM)
    except ProcessLookupError:
        return ""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _group_alive(pgid):
            return ""
        time.sleep(0.1)
    try:
        os.killpg(pgid, signal.SIGKILL)
    except ProcessLookupError:
        return ""
    for _ in range(50):
        if not _group_alive(pgid):
            break
        time.sleep(0.1)
    return f"; SIGKILL after {timeout:.0f} s"


def _group_alive(pgid: int) -> bool:
    """A process of the group is still there (zombies of a parent that is gone are reaped by init)."""
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    if not Path("/proc").is_dir():
        return True  # no /proc: killpg's answer is all there is
    return bool(group_members(pgid))


def group_members(pgid: int) -> list[tuple[int, int]]:
    """(pid, parent pid) of every live process of a process group, zombies left out (Linux /proc)."""
    return [(pid, ppid) for pid, ppid, group in process_table() if group == pgid]


def process_table() -> list[tuple[int, int, int]]:
    """(pid, parent pid, process group) of every live process, zombies left out (Linux /proc; empty without)."""
    table: list[tuple[int, int, int]] = []
    proc = Path("/proc")
    if not proc.is_dir():
        return table
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # ended while being read
        if fields[0] != "Z":
            table.append((int(entry.name), int(fields[1]), int(fields[2])))
    return table


def _tail(path: Path, lines: int = 15) -> str:
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError as exc:
        return f"(log not readable: {exc})"
