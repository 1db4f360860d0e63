"""A warm runner: a process beside the project's Prefect server that has imported Prefect and the flow, loaded
the spaCy model and built Great Expectations' context and suites, so that `newsfacts run` against that server
pays none of it (about 8-9 s of CPU of a seeds run).

`newsfacts server start` starts it (`python -m newsfacts.warm HOME`) in a session of its own, recorded in
`server.json`, and `server stop` ends it with the server. Once warm it writes `runner.json` (pid, socket) into the server's folder and waits
on a Unix socket. `newsfacts run` (the client, see `hand_off`) sends its arguments, working folder,
environment, umask and start time with its standard input, output and error (SCM_RIGHTS). For each run the
runner forks a waiter, which forks the run process: it takes over the client's folder, environment and
terminal and runs `newsfacts run` as the client would have, in the runner's imported state. The waiter sends
the run's exit status back; the client passes SIGINT and SIGTERM on through it (and a client that is gone
gets its run stopped by SIGTERM). The run process is an ordinary run in every other way: its own SIGTERM
handling, output lock, worker processes and exit status.

The client says on stderr why it runs in its own process instead, when a runner is recorded but: its process
is gone, it does not answer, or it refuses the run because its source files or installed packages changed
since it started (it then restarts itself), the client runs another Python, or the client's NEWSFACTS_*
settings differ from those it started with (module-level defaults are read at import).
Importable without Prefect: the client side imports nothing heavy.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import os
import select
import signal
import socket
import struct
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

RUNNER_FILE = "runner.json"
# Settings read when a module is imported (spaCy's default model, the flow's parameter defaults, the place
# indexes' cache folder): a client whose NEWSFACTS_* differ from the runner's is refused. The server's own
# settings are read at run time and may differ.
IGNORED_SETTINGS = ("NEWSFACTS_SERVER_", "NEWSFACTS_WORKER_GRACE")
# Seconds the client waits for the runner to accept or refuse a run.
ANSWER_TIMEOUT = 30.0
# Seconds `server start` waits for the runner to be warm (imports and GX context: 8-10 s quiet, more loaded).
READY_TIMEOUT = 240.0
_HEADER = struct.Struct("!I")


# ---------------------------------------------------------------- shared by both sides


def runner_file(home: Path) -> Path:
    return home / RUNNER_FILE


def socket_path(home: Path) -> Path:
    """A short path (Unix socket paths are limited to ~107 bytes), one per server folder."""
    digest = hashlib.sha256(str(home.absolute()).encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"newsfacts-runner-{os.getuid()}-{digest}.sock"


def read_record(home: Path) -> dict | None:
    """The runner's record (pid, socket), or None when there is none or it is unreadable."""
    try:
        record = json.loads(runner_file(home).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict) or not isinstance(record.get("pid"), int) or not record.get("socket"):
        return None
    return record


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return False  # another user's process: not our runner (the pid was reused)
    return True


def source_fingerprint(folders: list[str] | None = None) -> str:
    """What the runner imported: newsfacts' source and data files (path, size, mtime) and the installed packages
    (site-packages' own mtime changes when a package is added, removed or upgraded). `folders`: newsfacts'."""
    import importlib.util

    digest = hashlib.sha256()
    if folders is None:
        folders = []
        for package in ("newsfacts", "newsfacts.flows", "newsfacts.transforms", "newsfacts.expectations"):
            spec = importlib.util.find_spec(package)
            folders.extend(spec.submodule_search_locations or [] if spec else [])
    for folder in sorted(set(folders)):
        for root, dirs, names in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(names):
                if name.endswith((".py", ".json", ".yaml", ".yml")):
                    path = os.path.join(root, name)
                    try:
                        info = os.stat(path)
                    except OSError:
                        continue  # removed while walking: the next request sees the change
                    digest.update(f"{path}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())
    for site in sorted({p for p in sys.path if p.endswith("site-packages") and os.path.isdir(p)}):
        digest.update(f"{site}\0{os.stat(site).st_mtime_ns}\n".encode())
    return digest.hexdigest()


def run_settings(env: dict[str, str]) -> dict[str, str]:
    """The NEWSFACTS_* variables that must match between a client and the runner."""
    return {k: v for k, v in env.items() if k.startswith("NEWSFACTS_") and not k.startswith(IGNORED_SETTINGS)}


STALE = "newsfacts' source files or the installed packages changed since it started; it restarts itself"


def refusal(request: dict, python: str, settings: dict[str, str], fingerprint: str) -> str | None:
    """Why the runner does not take this run (None: it takes it; STALE: it must restart)."""
    if request.get("python") != python:
        return f"the client runs another Python ({request.get('python')}; the runner: {python})"
    theirs = run_settings(request.get("env") or {})
    if theirs != settings:
        names = sorted(k for k in {*theirs, *settings} if theirs.get(k) != settings.get(k))
        return f"the run's settings differ from the runner's: {', '.join(names)}"
    if source_fingerprint() != fingerprint:
        return STALE
    return None


def _send(conn: socket.socket, message: dict) -> None:
    conn.sendall(json.dumps(message).encode() + b"\n")


# ---------------------------------------------------------------- the client: `newsfacts run`


def hand_off(argv: list[str], home: Path, say: Any) -> int | None:
    """Give this run to the warm runner recorded in `home`: its exit status, or None when the run is to be made
    in this process (what went wrong is said through `say`; nothing is said when no runner is recorded)."""
    record = read_record(home)
    if record is None:
        return None
    pid = record["pid"]
    if not _alive(pid):
        say(f"the warm runner (pid {pid}) is gone (stale {runner_file(home)}); running in this process")
        return None
    if record.get("restarting"):
        say(f"the warm runner (pid {pid}) is restarting with changed source files; running in this process")
        return None
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        conn.settimeout(ANSWER_TIMEOUT)
        conn.connect(record["socket"])
        payload = json.dumps(
            {
                "argv": argv,
                "argv0": sys.argv[0],
                "cwd": os.getcwd(),
                "env": dict(os.environ),
                "umask": _umask(),
                "started": time.time(),
                "python": sys.executable,
            }
        ).encode()
        socket.send_fds(conn, [_HEADER.pack(len(payload))], [0, 1, 2])
        conn.sendall(payload)
        answer = _read_line(conn)
    except OSError as exc:
        conn.close()
        say(f"the warm runner (pid {pid}) does not answer ({exc}); running in this process")
        return None
    if answer is None or "accepted" not in answer:
        conn.close()
        reason = (answer or {}).get("refused", "it closed the connection")
        say(f"the warm runner (pid {pid}) did not take the run: {reason}; running in this process")
        return None
    return _wait(conn, pid)


def _wait(conn: socket.socket, runner: int) -> int:
    """Pass SIGINT and SIGTERM on to the run until its exit status comes back."""

    def forward(signum: int, frame: object) -> None:
        try:
            conn.sendall(b"INT\n" if signum == signal.SIGINT else b"TERM\n")
        except OSError:
            pass  # the waiter is gone: its last message (or its absence) is read below

    previous = {sig: signal.signal(sig, forward) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        conn.settimeout(None)
        try:
            answer = _read_line(conn)
        except OSError:
            answer = None
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        conn.close()
    if answer is None or not isinstance(answer.get("exit"), int):
        print(
            f"newsfacts: the warm runner (pid {runner}) ended the run without an exit status; see its log",
            file=sys.stderr,
        )
        return 1
    return int(answer["exit"])


def _read_line(conn: socket.socket) -> dict | None:
    data = b""
    while not data.endswith(b"\n"):
        try:
            chunk = conn.recv(4096)
        except InterruptedError:
            continue
        if not chunk:
            return None
        data += chunk
    return json.loads(data)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# ---------------------------------------------------------------- `newsfacts server start`'s side


def start_runner(home: Path, log: Any, env: dict[str, str]) -> Any:
    """Start the runner in a session of its own (`server stop` ends it and the runs it forked); the Popen."""
    import subprocess

    runner_file(home).unlink(missing_ok=True)
    return subprocess.Popen(
        [sys.executable, "-m", "newsfacts.warm", str(home)],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
        cwd=home,
    )


def wait_ready(home: Path, process: Any, timeout: float = READY_TIMEOUT) -> str | None:
    """Wait until the runner has written its record; None when it is ready, else why not."""
    deadline = time.monotonic() + timeout
    while True:
        record = read_record(home)
        if record is not None and record["pid"] == process.pid and not record.get("restarting"):
            return None
        if process.poll() is not None:
            return f"it exited with status {process.returncode}"
        if time.monotonic() > deadline:
            return f"it was not warm within {timeout:.0f} s"
        time.sleep(0.25)


def describe(home: Path) -> str:
    """One line for `server status`."""
    record = read_record(home)
    if record is None:
        return "warm runner: none"
    if not _alive(record["pid"]):
        return f"warm runner: pid {record['pid']} is gone"
    if record.get("restarting"):
        return f"warm runner: restarting with changed source files (pid {record['pid']})"
    return f"warm runner: ready (pid {record['pid']})"


# ---------------------------------------------------------------- the runner process


# Modules a run imports on the way (Prefect's engines and artifacts, feed reading, Arrow datasets, GX's Data Docs,
# resolution and geocoding): found by diffing sys.modules before and after a run in a warmed process.
RUN_MODULES = (
    "prefect.flow_engine",
    "prefect.task_engine",
    "prefect.engine",
    "prefect.artifacts",
    "prefect.concurrency.sync",
    "prefect.telemetry.run_telemetry",
    "prefect.utilities.visualization",
    "prefect._internal.control_listener",
    "fastapi.encoders",
    "fsspec.implementations.chained",
    "feedparser",
    "pyarrow.dataset",
    "pyarrow.pandas_compat",
    "great_expectations.render.renderer.site_builder",
    "jinja2.ext",
    "statistics",
    "newsfacts.cli",
    "newsfacts.report",
    "newsfacts.flows.launch",
    "newsfacts.flows.pipeline",
    "newsfacts.flows.stopping",
    "newsfacts.flows.workers",
    "newsfacts.transforms.articles",
    "newsfacts.transforms.canonical",
    "newsfacts.transforms.manifest",
    "newsfacts.transforms.reading",
    "newsfacts.transforms.resolve",
    "newsfacts.transforms.sources",
)


# The rehearsal's article (made up): a dateline, people, an organisation, places, figures, a quote, dated events.
REHEARSAL_TEXT = """LISBON, March 3 (Wire) - Harbour workers in Porto ended a four-day strike on Tuesday after the \
regional council agreed to raise wages by 6.5 percent, union leader Marta Oliveira said.

"We have won what we came for," Oliveira told reporters outside the council building. About 1,200 workers \
had stopped loading ships since Friday, and 40 vessels waited off the coast.

Council president Rui Teixeira said the deal would cost 12 million euros a year. Ms. Oliveira said talks \
with the port authority would resume in Lisbon next week.

Teixeira will visit Madrid on Thursday to meet Spanish port officials, and he met the transport minister \
in Lisbon on Monday.
"""


def warm_up(model: str) -> None:
    """Import and build what a run needs, as a run would: Prefect and its logging, the flow, spaCy and the
    model, GX's context and suites, the place indexes, the language identifier, then a rehearsal (see `rehearse`)."""
    import importlib

    import prefect.main  # noqa: F401  (Prefect's logging set up, as route_logs does)

    for name in RUN_MODULES:
        importlib.import_module(name)
    from newsfacts.expectations.runner import prepare
    from newsfacts.transforms import geocode
    from newsfacts.transforms.articles import identify_language
    from newsfacts.transforms.language import gazetteer
    from newsfacts.transforms.nlp import load_model

    load_model(model)
    prepare()
    rehearse(model)
    for name in ("Gaza", "Kyiv"):
        geocode.candidates(name)
        gazetteer.place(name)
    identify_language("Rain fell on the city on Monday.")  # py3langid's model: 1.3 s of CPU to load
    from tqdm._monitor import TMonitor

    # A progress bar of the validation started tqdm's monitor thread; the run process starts its own when needed.
    for thread in threading.enumerate():
        if isinstance(thread, TMonitor):
            thread.exit()
            thread.tqdm_cls.monitor = None


def rehearse(model: str) -> dict[str, int]:
    """One made-up article through a run's steps outside Prefect (read and clean, spaCy, extraction, resolution,
    validation with Data Docs), so that what each builds on first use (spaCy's first batch, compiled patterns,
    the word lists, GX's metric machinery and its Data Docs pages) is built here once, not in every run. Only
    caches are filled: a run's rows do not depend on them. Returns the rows per table."""
    from newsfacts.expectations.runner import validate_tables
    from newsfacts.schema import to_table
    from newsfacts.settings import get_settings
    from newsfacts.transforms.articles import parse_languages, read_article
    from newsfacts.transforms.canonical import resolve_batches
    from newsfacts.transforms.extract import extract_all
    from newsfacts.transforms.reading import discover

    settings = get_settings()
    with tempfile.TemporaryDirectory(prefix="newsfacts-warm-") as folder:
        (Path(folder) / "rehearsal.txt").write_text(REHEARSAL_TEXT, encoding="utf-8")
        languages = parse_languages(settings.languages)
        articles = [read_article(item, settings.max_bytes, languages) for item in discover([folder])]
        extracted = extract_all(articles, model)
        ids = [[a["article_id"] for a in articles if a["status"] == "ok"]]
        tables, _ = resolve_batches(articles, extracted, ids)
        texts = {a["article_id"]: a["text"] for a in tables["articles"] if a.get("text")}
        frames = {name: to_table(name, rows).to_pandas() for name, rows in tables.items()}
        result = validate_tables(frames, Path(folder) / "validation", texts)
    return {name: len(frame) for name, frame in result.tables.items()}


def serve(home: Path) -> int:
    """The runner's life: warm up, then take runs until SIGTERM."""
    from newsfacts.settings import get_settings

    fingerprint = source_fingerprint()  # before the imports: a file changed while importing counts as changed
    settings = run_settings(dict(os.environ))
    started = time.perf_counter()
    warm_up(get_settings().model)
    threads = [t.name for t in threading.enumerate() if t is not threading.main_thread()]
    if threads:  # forking a process with other threads can leave their locks held in the child
        print(f"newsfacts warm runner: threads running after warm-up, not serving: {threads}", flush=True)
        return 1
    path = socket_path(home)
    path.unlink(missing_ok=True)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    old_mask = os.umask(0o177)  # the socket: this user only (it runs commands as this user)
    try:
        listener.bind(str(path))
    finally:
        os.umask(old_mask)
    listener.listen(16)
    _write_record(home, {"pid": os.getpid(), "socket": str(path), "started": time.time(), "python": sys.executable})
    print(
        f"newsfacts warm runner: ready in {time.perf_counter() - started:.1f} s (pid {os.getpid()}, {path})",
        flush=True,
    )

    def stop(signum: int, frame: object) -> None:
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # waiters are reaped by the kernel
    restart = False
    try:
        while not restart:
            try:
                conn, _ = listener.accept()
            except InterruptedError:
                continue
            restart = _take(conn, listener, settings, fingerprint) == "restart"
    finally:
        listener.close()
        path.unlink(missing_ok=True)
        record_now = read_record(home)
        if record_now is not None and record_now["pid"] == os.getpid():
            if restart:  # clients say so until the new record replaces this one
                _write_record(home, {**record_now, "restarting": True})
            else:
                runner_file(home).unlink(missing_ok=True)
    print("newsfacts warm runner: restarting with the changed files", flush=True)
    sys.stdout.flush()
    os.execv(sys.executable, [sys.executable, "-m", "newsfacts.warm", str(home)])
    return 0  # not reached


def _write_record(home: Path, record: dict) -> None:
    tmp = runner_file(home).with_suffix(".json.tmp")
    tmp.write_text(json.dumps(record) + "\n", encoding="utf-8")
    tmp.replace(runner_file(home))


def _take(conn: socket.socket, listener: socket.socket, settings: dict[str, str], fingerprint: str) -> str:
    """One client: refuse it, or fork the waiter that runs it. Returns "restart" when the runner is stale."""
    fds: list[int] = []
    try:
        conn.settimeout(ANSWER_TIMEOUT)
        credentials = conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
        uid = struct.unpack("3i", credentials)[1]
        header, fds, _, _ = socket.recv_fds(conn, _HEADER.size, 3)
        if uid != os.getuid():
            _send(conn, {"refused": f"the client runs as another user (uid {uid})"})
            return "refused"
        if len(header) != _HEADER.size or len(fds) != 3:
            _send(conn, {"refused": "the request was incomplete"})
            return "refused"
        (size,) = _HEADER.unpack(header)
        payload = b""
        while len(payload) < size:
            chunk = conn.recv(size - len(payload))
            if not chunk:
                raise OSError("the client closed the connection")
            payload += chunk
        request = json.loads(payload)
        request["runner"] = os.getpid()
        reason = refusal(request, sys.executable, settings, fingerprint)
        if reason:
            print(f"newsfacts warm runner: refused a run: {reason}", flush=True)
            _send(conn, {"refused": reason})
            return "restart" if reason == STALE else "refused"
        sys.stdout.flush()
        sys.stderr.flush()
        if os.fork() == 0:
            code = 1
            try:
                code = _waiter(conn, listener, request, fds)
            finally:
                os._exit(code)
        return "taken"
    except (OSError, ValueError) as exc:
        print(f"newsfacts warm runner: a client's request failed: {type(exc).__name__}: {exc}", flush=True)
        return "failed"
    finally:
        for fd in fds:
            os.close(fd)
        conn.close()


def _waiter(conn: socket.socket, listener: socket.socket, request: dict, fds: list[int]) -> int:
    """Fork the run process, pass the client's signals on, send back its exit status."""
    listener.close()
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    run = os.fork()
    if run == 0:
        conn.close()
        _run(request, fds)  # does not return
    for fd in fds:
        os.close(fd)
    fds.clear()
    conn.settimeout(None)
    _send(conn, {"accepted": True, "pid": run})
    client = True
    while True:
        done, status = os.waitpid(run, os.WNOHANG)
        if done:
            break
        readable, _, _ = select.select([conn] if client else [], [], [], 0.2)
        if not readable:
            continue
        try:
            data = conn.recv(256)
        except OSError:
            data = b""
        if not data:  # the client is gone (killed): stop its run as a SIGTERM to it would have
            client = False
            print(f"newsfacts warm runner: the client of run {run} is gone; SIGTERM to the run", flush=True)
            os.kill(run, signal.SIGTERM)
            continue
        for line in data.split():
            sig = {b"INT": signal.SIGINT, b"TERM": signal.SIGTERM}.get(line)
            if sig is not None:
                os.kill(run, sig)
    code = os.waitstatus_to_exitcode(status)
    try:
        _send(conn, {"exit": 128 - code if code < 0 else code})
    except OSError:
        pass  # the client is gone; its run was stopped above
    return 0


def _run(request: dict, fds: list[int]) -> None:
    """The run process: the client's terminal, folder and environment, then `newsfacts run`; never returns."""
    code = 1
    try:
        for target, fd in zip((0, 1, 2), fds):
            os.dup2(fd, target)
            os.close(fd)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        sys.stdin = open(0, closefd=False)  # noqa: SIM115  (the process's own, for its whole life)
        sys.stdout = open(1, "w", buffering=1 if os.isatty(1) else -1, closefd=False)  # noqa: SIM115
        sys.stderr = open(2, "w", buffering=1, errors="backslashreplace", closefd=False)  # noqa: SIM115
        os.chdir(request["cwd"])
        os.umask(request["umask"])
        os.environ.clear()
        os.environ.update(request["env"])
        sys.argv = [request["argv0"], *request["argv"]]
        from newsfacts import cli

        # The command's wall time counts from the client's start, as a run in its own process would.
        started = time.perf_counter() - max(0.0, time.time() - float(request["started"]))
        code = cli.main(request["argv"], started=started, runner=int(request["runner"]))
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except KeyboardInterrupt:
        code = 128 + signal.SIGINT
    except BaseException:  # as Python itself would: the traceback on stderr, status 1
        sys.excepthook(*sys.exc_info())
        code = 1
    finally:
        # What the interpreter does at exit: wait for non-daemon threads, run atexit handlers, flush.
        shutdown = getattr(threading, "_shutdown", None)
        if shutdown is not None:
            shutdown()
        atexit._run_exitfuncs()
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass  # the client's terminal is gone; the exit status still goes back
        os._exit(code)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m newsfacts.warm SERVER_HOME", file=sys.stderr)
        return 2
    return serve(Path(args[0]))


if __name__ == "__main__":
    sys.exit(main())
