"""The temporary Prefect server a run starts for itself (flows/tempserver.py): started early, waited for, moved to
another port when its own was taken, stopped, and never by importing Prefect's server module."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
import time
import urllib.request
from pathlib import Path

import pytest

from newsfacts.flows import tempserver

# A stand-in for the server: exits with uvicorn's "port taken" status on the port named in TAKEN_PORT, else
# answers GET /api/health with 200 on its port (the port follows "--port", as in Prefect's command).
FAKE_SERVER = textwrap.dedent(
    """
    import http.server, os, sys
    port = int(sys.argv[sys.argv.index("--port") + 1])
    if str(port) == os.environ.get("TAKEN_PORT"):
        sys.exit(3)
    if os.environ.get("FAIL"):
        print("cannot open the database", file=sys.stderr)
        sys.exit(1)

    class Health(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200 if self.path == "/api/health" else 404)
            self.end_headers()
            self.wfile.write(b"true")

        def log_message(self, *args):
            pass

    http.server.HTTPServer(("127.0.0.1", port), Health).serve_forever()
    """
)


def _free_ports(n: int) -> list[int]:
    ports: list[int] = []
    while len(ports) < n:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        if port not in ports:
            ports.append(port)
    return ports


@pytest.fixture
def fake_server(tmp_path, monkeypatch):
    """The module with the stand-in command, ports drawn from a list, a Prefect home of its own, no API URL, and
    Prefect's settings left alone (refreshes counted in `refreshed`): the ports it will choose."""
    from prefect.settings import PREFECT_HOME, temporary_settings

    ports = _free_ports(2)
    script = tmp_path / "fake_server.py"
    script.write_text(FAKE_SERVER)
    chosen = iter(ports)
    monkeypatch.setattr(tempserver, "_free_port", lambda: next(chosen))
    monkeypatch.setattr(tempserver, "_server_command", lambda port: [sys.executable, str(script), "--port", str(port)])
    monkeypatch.setattr(tempserver, "_server_environment", lambda: dict(os.environ))
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.setattr(tempserver, "_STARTED", [])
    monkeypatch.setattr(tempserver, "refresh_prefect_settings", lambda: refreshed.append(os.environ["PREFECT_API_URL"]))
    refreshed.clear()
    with temporary_settings(updates={PREFECT_HOME: tmp_path / "home"}):
        yield ports
    tempserver.stop()


refreshed: list[str] = []  # the API URLs Prefect's settings were refreshed with (fake_server)


def test_launch_names_the_server_at_once_and_the_run_waits_for_its_health(fake_server):
    url = tempserver.launch()
    assert url == f"http://127.0.0.1:{fake_server[0]}/api" == os.environ["PREFECT_API_URL"]
    assert tempserver.start_temporary_server() == url
    with urllib.request.urlopen(f"{url}/health", timeout=5) as response:
        assert response.status == 200
    assert tempserver.launch() == url  # launched once per process
    assert refreshed == []  # launched before Prefect read its settings: nothing to refresh


def test_a_server_whose_port_was_taken_moves_to_another_and_the_url_follows(fake_server, monkeypatch):
    monkeypatch.setenv("TAKEN_PORT", str(fake_server[0]))
    tempserver.launch()
    url = tempserver.start_temporary_server()
    assert url == f"http://127.0.0.1:{fake_server[1]}/api" == os.environ["PREFECT_API_URL"]
    assert refreshed == [url]  # Prefect, imported by now, reads the new URL


def test_a_server_that_exits_says_so_and_where_its_output_went(fake_server, monkeypatch, tmp_path):
    monkeypatch.setenv("FAIL", "1")
    tempserver.launch()
    with pytest.raises(RuntimeError) as raised:
        tempserver.start_temporary_server()
    log = tmp_path / "home" / tempserver.SERVER_LOG_NAME
    assert str(raised.value) == f"the temporary Prefect server did not start (it exited with status 1): see {log}"
    assert "cannot open the database" in log.read_text()


def test_stop_ends_the_server_process(fake_server):
    tempserver.launch()
    tempserver.start_temporary_server()
    process = tempserver._STARTED[-1].process
    assert process is not None and process.poll() is None
    tempserver.stop()
    assert process.poll() is not None and tempserver._STARTED == []
    assert "PREFECT_API_URL" not in os.environ  # it named the server that is gone


def test_a_run_with_a_server_of_its_own_starts_none(fake_server, monkeypatch):
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:9/api")
    assert tempserver.start_temporary_server() is None
    assert tempserver._STARTED == []


def test_the_command_is_prefects_own():
    """The command Prefect 3.8.8's `SubprocessASGIServer` runs, without importing its module to build it."""
    import prefect

    assert tempserver._server_command(8123) == [
        sys.executable,
        "-m",
        "uvicorn",
        "--app-dir",
        str(prefect.__module_path__.parent),
        "--factory",
        "prefect.server.api.server:create_app",
        "--host",
        "127.0.0.1",
        "--port",
        "8123",
        "--log-level",
        "error",
        "--lifespan",
        "on",
    ]


@pytest.mark.e2e
def test_the_real_server_answers_without_prefects_server_module_in_the_run(tmp_path):
    """Prefect's own server, launched and waited for the way a run does, in a process that never imports
    `prefect.server.api.server` (2-3 s of the run's critical path); stopped, it leaves nothing running."""
    probe = textwrap.dedent(
        """
        import sys, urllib.request
        from newsfacts.flows import tempserver
        url = tempserver.launch()
        import prefect.main  # as the run does next: Prefect reads the API URL set above
        from prefect.settings import PREFECT_API_URL
        assert tempserver.start_temporary_server() == url == PREFECT_API_URL.value(), url
        with urllib.request.urlopen(url + "/health", timeout=10) as response:
            print(response.status, "prefect.server.api.server" in sys.modules, tempserver._STARTED[-1].process.pid)
        """
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_API", "PREFECT_HOME"))}
    env.update(PREFECT_HOME=str(tmp_path / "home"), PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="120")
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    status, imported, pid = done.stdout.split()
    assert (status, imported) == ("200", "False")
    deadline = time.monotonic() + 10
    while Path(f"/proc/{pid}").exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    state = Path(f"/proc/{pid}/stat").read_text().split()[2] if Path(f"/proc/{pid}").exists() else "gone"
    assert state in ("gone", "Z"), state


@pytest.mark.parametrize(
    ("starting", "earlier_run", "prepared_early"),
    [(True, False, True), (True, True, False), (False, False, False)],
    ids=["first-run-while-the-server-starts", "re-run-may-validate-nothing", "running-server-no-wait"],
)
def test_great_expectations_is_prepared_while_the_server_starts_on_a_first_run(
    starting, earlier_run, prepared_early, tmp_path, monkeypatch
):
    """GX's import and suites (~4 s of CPU) fill the wait for the temporary server when the run will certainly
    validate (nothing of an earlier run in the output); a re-run may find nothing changed and skip validation."""
    import newsfacts.flows.pipeline as pipeline
    from newsfacts.flows import launch
    from newsfacts.settings import get_settings

    calls: list[str] = []
    out = tmp_path / "out"
    if earlier_run:
        out.mkdir()
        (out / "run.json").write_text("{}\n")
    monkeypatch.setattr(tempserver, "server_starting", lambda: starting)
    monkeypatch.setattr(tempserver, "start_temporary_server", lambda: calls.append("server ready"))
    monkeypatch.setattr(pipeline, "prepare_validation", lambda: calls.append("prepare GX"))
    monkeypatch.setattr(pipeline, "newsfacts_flow", lambda **kwargs: calls.append("flow") or {})
    monkeypatch.setattr(launch, "start_workers_early", lambda *args: None)
    launch.run_pipeline([str(tmp_path / "in")], str(out), None, get_settings())
    assert calls == (["prepare GX"] if prepared_early else []) + ["server ready", "flow"]
