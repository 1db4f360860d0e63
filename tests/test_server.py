"""`newsfacts server` (a Prefect server of the project's own), runs that use it, and `newsfacts worker`'s stop."""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from newsfacts.server import choose_server, group_members
from newsfacts.settings import Settings
from tests.conftest import SEEDS, _free_port
from tests.test_operations import _session_processes, assert_same_tables

NEWSFACTS = [sys.executable, "-m", "newsfacts.cli"]


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment of a user with no Prefect server configured and this test's server folder."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_API", "PREFECT_HOME", "NEWSFACTS_"))}
    profiles = Path.home() / ".prefect" / "profiles.toml"
    if profiles.exists() and "PREFECT_API_URL" in profiles.read_text():
        pytest.skip("the user's Prefect profile names a server: runs would use it, not the one under test")
    env.update({"NEWSFACTS_SERVER_HOME": str(tmp_path / "server"), **extra})
    if "NEWSFACTS_CACHE_DIR" in os.environ:
        env["NEWSFACTS_CACHE_DIR"] = os.environ["NEWSFACTS_CACHE_DIR"]
    return env


def _newsfacts(*args: str, env: dict[str, str], timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([*NEWSFACTS, *args], env=env, capture_output=True, text=True, timeout=timeout)


def _flow_runs(url: str) -> list[dict]:
    request = urllib.request.Request(
        f"{url}/flow_runs/filter", data=b"{}", headers={"Content-Type": "application/json"}, method="POST"
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def test_choose_server_prefers_prefect_api_url_then_the_setting_then_a_temporary_server(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "prefect"))
    monkeypatch.delenv("PREFECT_PROFILE", raising=False)
    settings = Settings(server_home=tmp_path / "server")
    monkeypatch.setenv("PREFECT_API_URL", "http://example.invalid:1/api")
    assert choose_server(settings) == ("PREFECT_API_URL", "http://example.invalid:1/api")
    monkeypatch.delenv("PREFECT_API_URL")
    assert choose_server(Settings(server_home=tmp_path / "server", api_url="http://h:2/api")) == (
        "NEWSFACTS_API_URL",
        "http://h:2/api",
    )
    assert os.environ["PREFECT_API_URL"] == "http://h:2/api"
    monkeypatch.delenv("PREFECT_API_URL")
    assert choose_server(settings) == ("a temporary server", None)
    assert "PREFECT_API_URL" not in os.environ


def test_server_status_of_a_record_whose_process_is_gone(tmp_path):
    env = _env(tmp_path)
    (tmp_path / "server").mkdir()
    (tmp_path / "server" / "server.json").write_text('{"pid": 999999999, "url": "http://127.0.0.1:1/api"}')
    status = _newsfacts("server", "status", env=env)
    assert status.returncode == 3 and "pid 999999999 is gone" in status.stderr
    stop = _newsfacts("server", "stop", env=env)
    assert stop.returncode == 0 and "not running (pid 999999999 is gone)" in stop.stdout
    assert not (tmp_path / "server" / "server.json").exists()


@pytest.mark.e2e
def test_server_start_a_run_that_uses_it_and_stop(tmp_path):
    """start / status / a run reported to that server / port taken / stop leaves no process; the tables equal
    those of a run with a temporary server."""
    port = _free_port()
    env = _env(tmp_path, NEWSFACTS_SERVER_PORT=str(port))
    url = f"http://127.0.0.1:{port}/api"
    assert _newsfacts("server", "status", env=env).returncode == 3
    started = _newsfacts("server", "start", env=env)
    assert started.returncode == 0, started.stderr
    record = json.loads((tmp_path / "server" / "server.json").read_text())
    pid, runner = record["pid"], record["runner"]
    try:
        assert f"started: {url} (pid {pid}" in started.stdout
        assert f"Warm runner ready (pid {runner})" in started.stdout
        again = _newsfacts("server", "start", env=env)
        assert again.returncode == 0 and f"already running: {url} (pid {pid}, answers)" in again.stdout
        status = _newsfacts("server", "status", env=env)
        assert status.returncode == 0 and f"running: {url} answers (pid {pid})" in status.stdout
        assert f"warm runner: ready (pid {runner})" in status.stdout
        other = _newsfacts("server", "start", env={**env, "NEWSFACTS_SERVER_HOME": str(tmp_path / "other")})
        assert other.returncode == 1 and f"port {port} on 127.0.0.1 is taken" in other.stderr

        run = _newsfacts("run", str(SEEDS), "--output", str(tmp_path / "served"), "--no-progress", env=env)
        assert run.returncode == 0, run.stderr[-3000:]
        assert f"prefect: the project's server ({tmp_path / 'server'}) at {url}" in run.stdout
        assert f"runner: the project's warm runner (pid {runner})" in run.stdout  # imports skipped
        log = (tmp_path / ".newsfacts" / "newsfacts.log").read_text()
        assert f"Prefect server: the project's server ({tmp_path / 'server'}) at {url}" in log
        runs = _flow_runs(url)
        assert [r["state_type"] for r in runs] == ["COMPLETED"]
    finally:
        stopped = _newsfacts("server", "stop", env=env)
        left = group_members(pid) + group_members(runner)
        for group in (pid, runner):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(group, signal.SIGKILL)
    assert stopped.returncode == 0 and f"stopped the server at {url} (pid {pid})" in stopped.stdout
    assert not left
    assert not (tmp_path / "server" / "runner.json").exists()
    assert _newsfacts("server", "status", env=env).returncode == 3
    assert "not running" in _newsfacts("server", "stop", env=env).stdout

    temporary = _newsfacts("run", str(SEEDS), "--output", str(tmp_path / "temporary"), "--no-progress", env=env)
    assert temporary.returncode == 0, temporary.stderr[-3000:]
    assert "prefect: a temporary server" in temporary.stdout and "runner:" not in temporary.stdout
    assert_same_tables(tmp_path / "served", tmp_path / "temporary")


@pytest.mark.e2e
def test_worker_stops_with_its_flow_run_on_one_sigterm(prefect_server, tmp_path):
    """`newsfacts worker` running a deployment's flow run: one SIGTERM, exit status 143, the run Cancelled, and
    nothing left of the wrapper's session, the worker's group or the flow run's group."""
    from prefect.deployments import run_deployment

    from newsfacts.flows.pipeline import newsfacts_flow
    from newsfacts.server import process_table

    pool = f"test-pool-{os.getpid()}"
    log_path = tmp_path / "worker.log"
    prefect_worker, runs = None, []
    # The worker's grace before SIGKILL (15 s by default) grows with the load on the CPUs: at a load of 24 on 2
    # cores Prefect's worker took more than 15 s to stop. A worker that needs a second signal still ends in
    # SIGKILL, and fails the test, whatever the grace.
    grace = 15.0 * max(1.0, os.getloadavg()[0] / (os.cpu_count() or 1))
    with open(log_path, "w") as log:
        worker = subprocess.Popen(
            [*NEWSFACTS, "worker", "--pool", pool, "--grace", f"{grace:.0f}"],
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            env={**os.environ, "PREFECT_API_URL": prefect_server},
        )
        try:
            deadline = time.monotonic() + 240
            while "started!" not in log_path.read_text():  # Prefect's "Worker '...' started!": the pool exists
                assert worker.poll() is None and time.monotonic() < deadline, log_path.read_text()[-3000:]
                time.sleep(0.5)
            prefect_worker = int(re.search(r"\(pid (\d+)\)", log_path.read_text()).group(1))
            deployment = newsfacts_flow.from_source(
                source=str(Path(__file__).resolve().parents[1]), entrypoint="flows/pipeline.py:newsfacts_flow"
            ).deploy(
                name=f"stop-test-{os.getpid()}",
                work_pool_name=pool,
                parameters={"inputs": [str(SEEDS)], "output": str(tmp_path / "out")},
                print_next_steps=False,
            )
            flow_run = run_deployment(deployment, timeout=0)
            # "discovered": the flow body runs, so its own SIGTERM handler (flows/stopping.py) is installed.
            while "discovered 5 input(s)" not in log_path.read_text():
                assert worker.poll() is None and time.monotonic() < deadline, log_path.read_text()[-3000:]
                time.sleep(0.2)
            runs = [(pid, group) for pid, parent, group in process_table() if parent == prefect_worker]
            worker.send_signal(signal.SIGTERM)  # one SIGTERM, never a second
            code = worker.wait(timeout=2 * grace + 60)  # the runs' grace, the worker's grace, then SIGKILL
            left = _session_processes(worker.pid) + [
                f"{pid} (group {group})"
                for group in {prefect_worker, *(g for _, g in runs)}
                for pid, _ in group_members(group)
            ]
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(worker.pid, signal.SIGKILL)
            for group in {prefect_worker, *(g for _, g in runs)} - {None}:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(group, signal.SIGKILL)
    output = log_path.read_text()
    assert code == 143, output[-3000:]
    assert runs, "no flow-run process under the worker"
    assert "SIGTERM received: stopping the worker and its flow runs" in output
    assert "stopped by SIGTERM; run marked cancelled" in output
    assert "SIGKILL" not in output, output[-3000:]
    assert not left, left
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        state = client.read_flow_run(flow_run.id).state
    assert state.is_cancelled() and state.message == "stopped by SIGTERM", state


def test_a_running_server_that_does_not_answer_is_skipped_with_a_message(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "prefect"))
    monkeypatch.delenv("PREFECT_PROFILE", raising=False)
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    with socket.socket() as sock:  # a port nothing listens on: the health check is refused at once
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    (tmp_path / "server").mkdir()
    # a live process whose command line reads as a Prefect server's, as `alive` checks, that answers nothing
    stand_in = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)", "prefect", "server"])
    try:
        # until the child has exec'd, /proc shows the parent's command line: wait for the stand-in's (a loaded
        # machine may take a while), so that `alive` reads what it would read of a real server
        deadline = time.monotonic() + 30
        cmdline = Path(f"/proc/{stand_in.pid}/cmdline")
        while cmdline.exists() and b"prefect" not in cmdline.read_bytes() and time.monotonic() < deadline:
            time.sleep(0.05)
        state = {"pid": stand_in.pid, "url": f"http://127.0.0.1:{port}/api"}
        (tmp_path / "server" / "server.json").write_text(json.dumps(state))
        assert choose_server(Settings(server_home=tmp_path / "server")) == ("a temporary server", None)
    finally:
        stand_in.kill()
        stand_in.wait()
    message = capsys.readouterr().err
    assert f"the project's server (pid {stand_in.pid}" in message and "uses a temporary server" in message
