"""Fixtures shared by the whole suite: one spaCy model and one Prefect harness per session."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = ROOT / "seeds" / "gold.yaml"
# The session server's log, for tests that read what the server said (set by the prefect_server fixture).
SERVER_LOG: dict[str, Path] = {}

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
# Prefect binds its console log handler to the stderr of the moment its logging is set up: do that now,
# under the session's capture, never inside a test's capsys whose stream closes after that test.
import newsfacts.flows.pipeline  # noqa: E402,F401


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline, loaded once for every test that parses text."""
    from newsfacts.transforms.nlp import load_model

    return load_model()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def prefect_server(tmp_path_factory):
    """A real `prefect server start` on a free loopback port (SQLite), shared by the whole session.

    Flows in this process, subprocesses (serve, `newsfacts run`) and Dask workers all report to it.
    """
    from prefect.settings import PREFECT_API_URL, PREFECT_HOME, temporary_settings

    port = _free_port()
    url = f"http://127.0.0.1:{port}/api"
    home = str(tmp_path_factory.mktemp("prefect_home"))
    env = {
        **os.environ,
        "PREFECT_HOME": home,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_UI_ENABLED": "false",
        # The scheduler looks for due deployments every 5 s instead of 60 s (the scheduled-run test).
        "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "5",
    }
    env.pop("PREFECT_API_URL", None)
    log = open(tmp_path_factory.mktemp("prefect_log") / "server.log", "w")
    SERVER_LOG["path"] = Path(log.name)
    server = subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 180
    while True:
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            pass
        if server.poll() is not None or time.monotonic() > deadline:
            server.kill()
            raise RuntimeError(f"prefect server did not start; see {log.name}")
        time.sleep(0.5)
    previous = {name: os.environ.get(name) for name in ("PREFECT_API_URL", "PREFECT_HOME")}
    # For subprocesses and Dask workers; the home also for this process (below): results a flow run persists
    # (the exception of a failed run) go to the harness's home, never to the user's ~/.prefect.
    os.environ.update({"PREFECT_API_URL": url, "PREFECT_HOME": home})
    try:
        with temporary_settings(updates={PREFECT_API_URL: url, PREFECT_HOME: home}):
            yield url
    finally:
        from prefect.logging.handlers import APILogWorker

        APILogWorker.drain_all(timeout=5)  # send queued run logs while the server is still there
        for name, value in previous.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


@pytest.fixture(scope="session")
def prefect_harness(prefect_server):
    """Flows in tests report to the session's one Prefect server."""
    yield prefect_server


@pytest.fixture(scope="session")
def seeds_output(prefect_harness, tmp_path_factory):
    """The flow run once over seeds/ into a temporary folder; end-to-end tests read its tables."""
    from newsfacts.flows.pipeline import newsfacts_flow

    out = tmp_path_factory.mktemp("seeds_output")
    summary = newsfacts_flow(inputs=[str(SEEDS)], output=str(out))
    return out, summary
