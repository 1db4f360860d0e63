"""The warm runner (newsfacts/warm.py): what it refuses, what the client says when it runs in its own process
instead, and a real runner making runs: exit status, SIGTERM and SIGINT passed on, the output lock released."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from newsfacts import warm
from tests.test_operations import _session_processes

PYTHON = sys.executable


def test_run_settings_leave_out_the_server_settings():
    env = {"NEWSFACTS_MODEL": "m", "NEWSFACTS_SERVER_PORT": "1", "NEWSFACTS_SERVER_HOME": "/s", "HOME": "/h"}
    assert warm.run_settings(env) == {"NEWSFACTS_MODEL": "m"}


def test_refusal_names_what_differs(tmp_path):
    fingerprint = warm.source_fingerprint()
    request = {"python": "/py", "env": {"NEWSFACTS_MODEL": "m", "NEWSFACTS_BATCH_SIZE": "8"}}
    settings = {"NEWSFACTS_MODEL": "m", "NEWSFACTS_BATCH_SIZE": "8"}
    assert warm.refusal(request, "/py", settings, fingerprint) is None
    assert warm.refusal(request, "/other", settings, fingerprint) == (
        "the client runs another Python (/py; the runner: /other)"
    )
    assert warm.refusal(request, "/py", {"NEWSFACTS_MODEL": "x"}, fingerprint) == (
        "the run's settings differ from the runner's: NEWSFACTS_BATCH_SIZE, NEWSFACTS_MODEL"
    )
    assert warm.refusal(request, "/py", settings, "an older fingerprint") == warm.STALE


def test_the_fingerprint_follows_source_files_and_ignores_bytecode(tmp_path):
    (tmp_path / "a.py").write_text("x = 1\n")
    (tmp_path / "__pycache__").mkdir()
    before = warm.source_fingerprint([str(tmp_path)])
    (tmp_path / "__pycache__" / "a.cpython-311.pyc").write_bytes(b"\0")
    assert warm.source_fingerprint([str(tmp_path)]) == before
    (tmp_path / "a.py").write_text("x = 22\n")
    assert warm.source_fingerprint([str(tmp_path)]) != before


def test_no_recorded_runner_means_a_run_in_this_process_without_a_word(tmp_path):
    said: list[str] = []
    assert warm.hand_off(["run", "seeds"], tmp_path, said.append) is None
    assert said == []


def test_a_runner_that_is_gone_is_said_and_the_run_stays_here(tmp_path):
    (tmp_path / "runner.json").write_text(json.dumps({"pid": 999999999, "socket": str(tmp_path / "s.sock")}))
    said: list[str] = []
    assert warm.hand_off(["run", "seeds"], tmp_path, said.append) is None
    assert said == [
        f"the warm runner (pid 999999999) is gone (stale {tmp_path / 'runner.json'}); running in this process"
    ]


def test_a_runner_that_restarts_is_said_and_the_run_stays_here(tmp_path):
    record = {"pid": os.getpid(), "socket": str(tmp_path / "s.sock"), "restarting": True}
    (tmp_path / "runner.json").write_text(json.dumps(record))
    said: list[str] = []
    assert warm.hand_off(["run", "seeds"], tmp_path, said.append) is None
    assert said == [
        f"the warm runner (pid {os.getpid()}) is restarting with changed source files; running in this process"
    ]
    assert warm.describe(tmp_path) == f"warm runner: restarting with changed source files (pid {os.getpid()})"


def test_a_runner_that_does_not_answer_is_said_and_the_run_stays_here(tmp_path):
    (tmp_path / "runner.json").write_text(json.dumps({"pid": os.getpid(), "socket": str(tmp_path / "none.sock")}))
    said: list[str] = []
    assert warm.hand_off(["run", "seeds"], tmp_path, said.append) is None
    assert len(said) == 1 and said[0].startswith(f"the warm runner (pid {os.getpid()}) does not answer (")
    assert said[0].endswith("); running in this process")


def _fake_runner(path: Path, answer: dict, seen: list) -> threading.Thread:
    """A listener that reads one request (its three descriptors and its JSON) and answers `answer`."""
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(path))
    listener.listen(1)

    def serve() -> None:
        conn, _ = listener.accept()
        with conn, listener:
            header, fds, _, _ = socket.recv_fds(conn, 4, 3)
            for fd in fds:
                os.close(fd)
            (size,) = warm._HEADER.unpack(header)
            payload = b""
            while len(payload) < size:
                payload += conn.recv(size - len(payload))
            seen.append((len(fds), json.loads(payload)))
            conn.sendall(json.dumps(answer).encode() + b"\n")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    return thread


def test_a_refused_run_is_said_and_stays_here_and_the_request_carries_the_client(tmp_path):
    sock = tmp_path / "r.sock"
    seen: list = []
    thread = _fake_runner(sock, {"refused": "the run's settings differ from the runner's: NEWSFACTS_MODEL"}, seen)
    (tmp_path / "runner.json").write_text(json.dumps({"pid": os.getpid(), "socket": str(sock)}))
    said: list[str] = []
    assert warm.hand_off(["run", "seeds", "-o", "out"], tmp_path, said.append) is None
    thread.join(10)
    assert said == [
        f"the warm runner (pid {os.getpid()}) did not take the run: the run's settings differ from the runner's: "
        "NEWSFACTS_MODEL; running in this process"
    ]
    n_fds, request = seen[0]
    assert n_fds == 3
    assert (request["argv"], request["cwd"], request["python"]) == (["run", "seeds", "-o", "out"], os.getcwd(), PYTHON)
    assert request["env"] == dict(os.environ)


def test_the_exit_status_comes_back_and_a_lost_runner_is_an_error(capsys):
    mine, theirs = socket.socketpair()
    theirs.sendall(b'{"exit": 143}\n')
    assert warm._wait(mine, 7) == 143
    mine, theirs = socket.socketpair()
    theirs.close()
    assert warm._wait(mine, 7) == 1
    assert "the warm runner (pid 7) ended the run without an exit status" in capsys.readouterr().err


def test_workers_fork_only_from_a_process_with_the_model_loaded_and_no_other_thread():
    code = (
        "import threading, time; from newsfacts.flows.workers import start_method; "
        "from newsfacts.transforms.nlp import load_model; print(start_method()); load_model(); print(start_method()); "
        "threading.Thread(target=time.sleep, args=(5,), daemon=True).start(); print(start_method())"
    )
    done = subprocess.run([PYTHON, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.stdout.split() == ["forkserver", "fork", "forkserver"], done.stderr[-3000:]


def _client(args: list[str], home: Path, env: dict[str, str], log: Path) -> subprocess.Popen:
    """`newsfacts run ARGS` handed to the runner of `home`, as the CLI does it, in a session of its own."""
    code = (
        "import sys; from pathlib import Path; from newsfacts.warm import hand_off; "
        f"code = hand_off({['run', *args]!r}, Path({str(home)!r}), lambda t: print('newsfacts:', t, file=sys.stderr)); "
        "sys.exit(99 if code is None else code)"
    )
    with open(log, "w") as sink:
        return subprocess.Popen(
            [PYTHON, "-c", code], stdout=sink, stderr=subprocess.STDOUT, env=env, start_new_session=True
        )


def _wait_for(path: Path, text: str, process: subprocess.Popen, timeout: float = 240) -> None:
    deadline = time.monotonic() + timeout
    while not (path.exists() and text in path.read_text()):
        assert process.poll() is None and time.monotonic() < deadline, path.read_text()[-3000:]
        time.sleep(0.2)


@pytest.mark.e2e
def test_runs_through_a_warm_runner_stop_on_sigterm_and_sigint_and_then_complete(prefect_server, tmp_path):
    """A real runner: SIGTERM to the client stops its run (143, the runner's message, nothing left of the run),
    SIGINT stops the next one (130), and a third run on the same output completes (the lock was released) with
    the runner named in its summary. The runner ends on SIGTERM and removes its socket and record."""
    home = tmp_path / "server"
    home.mkdir()
    corpus = tmp_path / "in"
    corpus.mkdir()
    for i in range(16):
        (corpus / f"{i:02d}.txt").write_text(f"Officials said {i + 3} people were killed in Mosul on Monday.\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_API", "PREFECT_HOME"))}
    env["NEWSFACTS_SERVER_HOME"] = str(home)
    with open(home / "server.log", "ab") as log:
        runner = warm.start_runner(home, log, {**env, "PREFECT_HOME": str(home / "runner")})
    try:
        assert warm.wait_ready(home, runner) is None, (home / "server.log").read_text()[-3000:]
        record = warm.read_record(home)
        assert record["pid"] == runner.pid and Path(record["socket"]).exists()
        client_env = {**env, "PREFECT_API_URL": prefect_server}
        args = [str(corpus), "--output", str(tmp_path / "out"), "--processes", "2", "--no-progress"]
        run_log = tmp_path / ".newsfacts" / "newsfacts.log"
        for sig, expected, message in (
            (signal.SIGTERM, 143, "stopped by SIGTERM"),
            (signal.SIGINT, 130, "interrupted; the next run on"),
        ):
            out = tmp_path / f"client-{sig}.txt"
            client = _client(args, home, client_env, out)
            seen = run_log.read_text().count("discovered 16 input(s)") if run_log.exists() else 0
            deadline = time.monotonic() + 240
            while not (run_log.exists() and run_log.read_text().count("discovered 16 input(s)") > seen):
                assert client.poll() is None and time.monotonic() < deadline, out.read_text()[-3000:]
                time.sleep(0.2)
            client.send_signal(sig)
            assert client.wait(timeout=90) == expected, out.read_text()[-3000:]
            assert message in out.read_text()
            assert _session_processes(runner.pid, grace=15) == []  # the run, its workers, the waiter: gone
        out = tmp_path / "client-done.txt"
        done = _client(args, home, client_env, out)
        assert done.wait(timeout=600) == 0, out.read_text()[-3000:]
        assert f"runner: the project's warm runner (pid {runner.pid})" in out.read_text()
        assert "started 2 worker processes (fork) for 16 input(s)" in run_log.read_text()  # the model came loaded
        assert json.loads((tmp_path / "out" / "run.json").read_text())["ok"] == 16
    finally:
        runner.send_signal(signal.SIGTERM)
        try:
            stopped = runner.wait(timeout=30)
        except subprocess.TimeoutExpired:
            stopped = None
        with contextlib.suppress(ProcessLookupError):
            os.killpg(runner.pid, signal.SIGKILL)
    assert stopped == 0
    assert warm.read_record(home) is None and not Path(record["socket"]).exists()
