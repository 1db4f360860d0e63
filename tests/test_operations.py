"""Operations: a deployment run on a real Prefect server, Dask scale-out, incremental and crash-safe runs."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from newsfacts.schema import TABLES
from newsfacts.storage import Output, OutputLocked, read_table, table_path
from tests.conftest import SEEDS

pytestmark = pytest.mark.e2e
NEWSFACTS = [sys.executable, "-m", "newsfacts.cli"]


def assert_same_tables(a: str | Path, b: str | Path, only: tuple[str, ...] = TABLES) -> None:
    """Every table (or those named) of two output folders is identical, row for row."""
    for name in only:
        assert pq.read_table(table_path(a, name)).equals(pq.read_table(table_path(b, name))), name


def copy_seeds(dest: Path, names: list[str] | None = None) -> Path:
    """A folder of some seed articles and their manifest."""
    dest.mkdir(parents=True, exist_ok=True)
    for path in sorted(SEEDS.glob("*.txt")):
        if names is None or path.name in names:
            shutil.copy(path, dest / path.name)
    shutil.copy(SEEDS / "manifest.csv", dest / "manifest.csv")
    return dest


def _session_processes(sid: int, grace: float = 5.0) -> list[str]:
    """Processes still alive in a session (a subprocess started with start_new_session=True and its children),
    after up to `grace` seconds for those already on their way out (the forkserver and the resource tracker
    end when their parent's pipe closes, a moment after the parent)."""
    deadline = time.monotonic() + grace
    while True:
        alive = _alive_in_session(sid)
        if not alive or time.monotonic() > deadline:
            return alive
        time.sleep(0.2)


def _alive_in_session(sid: int) -> list[str]:
    """One look at the process table: the session's processes, leaving out the leader and zombies."""
    ps = subprocess.run(["ps", "-eo", "pid=,sid=,stat=,args="], capture_output=True, text=True, check=True)
    alive = []
    for line in ps.stdout.splitlines():
        pid, session, stat, args = line.split(None, 3)
        if int(session) == sid and int(pid) != sid and not stat.startswith("Z"):
            alive.append(f"{pid} {args}")
    return alive


def _stop(process: subprocess.Popen, sig: int = signal.SIGTERM, timeout: float = 60) -> tuple[int | None, list[str]]:
    """Send a signal and wait: the exit code (None if it did not stop) and what was left of its session,
    which is then killed."""
    process.send_signal(sig)
    try:
        code = process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        code = None
    time.sleep(1)
    left = _session_processes(process.pid)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    return code, left


def test_the_schedule_fires_and_its_run_writes_the_tables(prefect_server, seeds_output, tmp_path):
    """A cron deployment served by `newsfacts serve` gets a run from the server's scheduler (never triggered
    by hand) that completes and writes the tables; the server logs no scheduler error; SIGTERM stops serve."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import DeploymentFilter, DeploymentFilterId

    from tests.conftest import SERVER_LOG

    out = tmp_path / "served"
    log_path = tmp_path / "serve.log"
    log = open(log_path, "w")
    serve = subprocess.Popen(
        [*NEWSFACTS, "serve", str(SEEDS), "--output", str(out), "--cron", "* * * * *", "--name", "every-minute"],
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
        env={**os.environ, "PREFECT_API_URL": prefect_server, "PREFECT_RUNNER_POLL_FREQUENCY": "2"},
    )
    try:
        deadline = time.monotonic() + 240  # next minute boundary + scheduler loop + the run itself
        with get_client(sync_client=True) as client:
            deployment, run = None, None
            while run is None or not run.state or not run.state.is_final():
                assert serve.poll() is None, log_path.read_text()[-3000:]
                assert time.monotonic() < deadline, (run, log_path.read_text()[-3000:])
                time.sleep(2)
                if deployment is None:
                    with contextlib.suppress(Exception):  # ObjectNotFound until serve has registered it
                        deployment = client.read_deployment_by_name("newsfacts/every-minute")
                    continue
                runs = client.read_flow_runs(
                    deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[deployment.id]))
                )
                started = [r for r in runs if r.state and not r.state.is_scheduled()]
                run = started[0] if started else None
        assert deployment.schedules[0].schedule.cron == "* * * * *"
        assert run.auto_scheduled, "the run was not created by the scheduler"
        assert run.state.is_completed(), run.state
    finally:
        code, left = _stop(serve)
        log.close()
    serve_log = log_path.read_text()
    assert code == 0, serve_log[-3000:]
    assert "never awaited" not in serve_log and "Traceback" not in serve_log, serve_log[-3000:]
    assert not left, left
    server_log = SERVER_LOG["path"].read_text()
    assert "bulk DML" not in server_log
    assert not [line for line in server_log.splitlines() if "ERROR" in line and "chedul" in line]
    assert_same_tables(out, seeds_output[0])


def test_prefect_yaml_deploys_as_the_readme_says(prefect_server, tmp_path):
    """`prefect deploy --all` from the project folder registers the nightly deployment with its cron, its
    parameters and one run at a time (a long run makes the next wait instead of failing on the lock)."""
    from prefect.client.orchestration import get_client

    env = {**os.environ, "PREFECT_API_URL": prefect_server, "NEWSFACTS_HOME": str(SEEDS.parent)}
    prefect = [sys.executable, "-m", "prefect", "--no-prompt"]
    for command in (
        [*prefect, "work-pool", "create", "newsfacts-pool", "--type", "process", "--overwrite"],
        [*prefect, "deploy", "--all"],
    ):
        done = subprocess.run(command, cwd=SEEDS.parent, env=env, capture_output=True, text=True, timeout=180)
        assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    with get_client(sync_client=True) as client:
        deployment = client.read_deployment_by_name("newsfacts/nightly")
        client.delete_deployment(deployment.id)  # nothing of it is left for the worker tests' pool
    assert [s.schedule.cron for s in deployment.schedules] == ["0 3 * * *"]
    assert deployment.parameters == {"inputs": ["seeds"], "output": "output"}
    assert deployment.global_concurrency_limit is not None and deployment.global_concurrency_limit.limit == 1
    assert deployment.concurrency_options is not None
    assert deployment.concurrency_options.collision_strategy == "ENQUEUE"
    assert deployment.work_pool_name == "newsfacts-pool"


def test_a_run_leaves_no_process_behind(prefect_server, tmp_path):
    """Enough articles for two worker processes: after the command, nothing it started is still running."""
    corpus = tmp_path / "in"
    corpus.mkdir()
    for i in range(16):
        (corpus / f"{i:02d}.txt").write_text(f"Officials said {i + 3} people were killed in Mosul on Monday.\n")
    run = subprocess.Popen(
        [*NEWSFACTS, "run", str(corpus), "--output", str(tmp_path / "out"), "--processes", "2", "--no-progress"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        env={**os.environ, "PREFECT_API_URL": prefect_server},
    )
    try:
        stdout, stderr = run.communicate(timeout=300)
    finally:
        left = _session_processes(run.pid)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(run.pid, signal.SIGKILL)
    assert run.returncode == 0, stderr[-3000:]
    assert "articles read 16: 16 ok" in stdout
    assert "started 2 worker processes" in (tmp_path / ".newsfacts" / "newsfacts.log").read_text()
    assert not left


def test_sigterm_stops_a_run_and_everything_it_started(prefect_server, tmp_path):
    """SIGTERM during a run with worker processes: exit status 143, the run cancelled (flows/stopping.py), a
    one-line message, no process left."""
    corpus = tmp_path / "in"
    corpus.mkdir()
    for i in range(16):
        (corpus / f"{i:02d}.txt").write_text(f"Officials said {i + 3} people were killed in Mosul on Monday.\n")
    log_file = tmp_path / ".newsfacts" / "newsfacts.log"
    run = subprocess.Popen(
        [*NEWSFACTS, "run", str(corpus), "--output", str(tmp_path / "out"), "--processes", "2", "--no-progress"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        env={**os.environ, "PREFECT_API_URL": prefect_server},
    )
    deadline = time.monotonic() + 240
    # "discovered": the flow body is running, so its own SIGTERM handler (flows/stopping.py) is installed.
    while not (log_file.exists() and "discovered 16 input(s)" in log_file.read_text()):
        assert run.poll() is None and time.monotonic() < deadline, run.communicate()
        time.sleep(0.2)
    code, left = _stop(run)
    assert code == 143, run.stderr.read()[-3000:] if run.stderr else code
    assert "stopped by SIGTERM" in run.stderr.read()
    assert not left, left


def test_ctrl_c_to_the_terminal_stops_a_run_with_a_temporary_server(tmp_path):
    """Ctrl-C in a terminal is SIGINT to the whole foreground process group: the command, its worker processes
    and (as Prefect starts it) the temporary server. The run exits 130 promptly with one message, its flow run
    Cancelled in the run's Prefect database, no lock file, no table half written, nothing left running (the
    server included: it runs in a session of its own, flows/tempserver.py)."""
    import sqlite3

    corpus = tmp_path / "in"
    corpus.mkdir()
    for i in range(16):
        (corpus / f"{i:02d}.txt").write_text(f"Officials said {i + 3} people were killed in Mosul on Monday.\n")
    out, log_file = tmp_path / "out", tmp_path / ".newsfacts" / "newsfacts.log"
    # A user with no Prefect server: the run starts a temporary one, with its home beside the output.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_API", "PREFECT_HOME", "NEWSFACTS_"))}
    if "NEWSFACTS_CACHE_DIR" in os.environ:
        env["NEWSFACTS_CACHE_DIR"] = os.environ["NEWSFACTS_CACHE_DIR"]
    profiles = Path.home() / ".prefect" / "profiles.toml"
    if profiles.exists() and "PREFECT_API_URL" in profiles.read_text():
        pytest.skip("the user's Prefect profile names a server: the run would use it, not a temporary one")
    run = subprocess.Popen(
        [*NEWSFACTS, "run", str(corpus), "--output", str(out), "--processes", "2", "--no-progress"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's foreground job
        env=env,
        cwd=tmp_path,
    )
    servers: list[str] = []
    try:
        deadline = time.monotonic() + 300
        # "discovered": the flow body is running; the temporary server answers and the workers are started.
        while not (log_file.exists() and "discovered 16 input(s)" in log_file.read_text()):
            assert run.poll() is None and time.monotonic() < deadline, run.communicate()
            time.sleep(0.2)
        servers = _temporary_servers(run.pid)
        os.killpg(run.pid, signal.SIGINT)
        try:
            # Stopping takes a second or two (the Cancelled state, the workers, the server); a hang is minutes.
            code = run.wait(timeout=90)
        except subprocess.TimeoutExpired:
            code = None
        left = _session_processes(run.pid) + [p for p in servers if _alive(int(p.split()[0]))]
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(run.pid, signal.SIGKILL)
        for line in servers:
            with contextlib.suppress(ProcessLookupError):
                os.kill(int(line.split()[0]), signal.SIGKILL)
    stderr = run.stderr.read() if run.stderr else ""
    assert code == 130, stderr[-3000:]
    assert servers, "no temporary server of the run was found"
    assert f"newsfacts: interrupted; the next run on {out} resumes from the batches saved" in stderr
    assert "Traceback" not in stderr, stderr
    assert (tmp_path / ".newsfacts" / "prefect" / "temporary-server.log").exists()  # the server's output went there
    assert not left, left
    assert not (out / ".newsfacts.lock").exists()
    for name in TABLES:  # whatever is visible is whole
        if table_path(out, name).exists():
            pq.read_table(table_path(out, name))
    assert not [p for p in out.rglob("*") if p.name.startswith(".tmp-")]
    with contextlib.closing(sqlite3.connect(tmp_path / ".newsfacts" / "prefect" / "prefect.db")) as db:
        states = db.execute("SELECT state_type, state_name FROM flow_run").fetchall()
        messages = db.execute("SELECT message FROM flow_run_state WHERE type = 'CANCELLED'").fetchall()
    assert states == [("CANCELLED", "Cancelled")]
    assert messages == [("stopped by Ctrl-C (SIGINT)",)]


def test_temporary_server_output_goes_to_its_log_not_the_terminal(tmp_path, capfd):
    """What the server prints (uvicorn's errors, the tracebacks of requests cut off when it is stopped) lands in
    temporary-server.log in the Prefect home, appended run after run, never among the run's own messages."""
    from prefect.settings import PREFECT_HOME, temporary_settings

    from newsfacts.flows import tempserver

    command = [
        sys.executable,
        "-c",
        "import sys; print('up'); print('Traceback (most recent call last):', file=sys.stderr)",
    ]
    with temporary_settings(updates={PREFECT_HOME: tmp_path / "home"}):
        for _ in range(2):
            assert tempserver._popen_guarded(command).wait(timeout=60) == 0
    assert capfd.readouterr() == ("", "")
    log = (tmp_path / "home" / "temporary-server.log").read_text()
    assert log.count("up\n") == 2 and log.count("Traceback (most recent call last):") == 2


def _temporary_servers(run: int) -> list[str]:
    """The temporary Prefect server a run started (flows/tempserver.py names the run's pid in its command)."""
    ps = subprocess.run(["ps", "-ww", "-eo", "pid=,ppid=,args="], capture_output=True, text=True, check=True)
    return [
        line.strip()
        for line in ps.stdout.splitlines()
        if line.split()[1] == str(run) and "prefect.server.api.server:create_app" in line
    ]


def _alive(pid: int) -> bool:
    ps = subprocess.run(["ps", "-o", "stat=", "-p", str(pid)], capture_output=True, text=True)
    return bool(ps.stdout.strip()) and not ps.stdout.strip().startswith("Z")


def test_dask_local_cluster_gives_identical_tables(prefect_server, seeds_output, tmp_path):
    from prefect_dask import DaskTaskRunner

    from newsfacts.flows.pipeline import newsfacts_flow

    runner = DaskTaskRunner(cluster_kwargs={"n_workers": 2, "threads_per_worker": 1, "processes": True})
    # Small batches so both workers get some.
    summary = newsfacts_flow.with_options(task_runner=runner)(inputs=[str(SEEDS)], output=str(tmp_path), batch_size=2)
    assert summary["annotated"] == 5
    assert_same_tables(tmp_path, seeds_output[0])


def test_rerun_reuses_unchanged_articles_and_gives_the_same_tables(prefect_harness, tmp_path):
    from newsfacts.flows.pipeline import newsfacts_flow

    corpus = copy_seeds(tmp_path / "in", ["000_c39445ccfd9253c6.txt", "001_02607d7393c13801.txt"])
    out = tmp_path / "out"
    first = newsfacts_flow(inputs=[str(corpus)], output=str(out))
    assert (first["annotated"], first["reused"]) == (2, 0)
    before = {name: pq.read_table(table_path(out, name)) for name in TABLES}

    again = newsfacts_flow(inputs=[str(corpus)], output=str(out))
    assert (again["annotated"], again["reused"]) == (0, 2)
    assert again["stages"]["nlp"] == 0
    assert again["stages"]["resolve"] == again["stages"]["validate"] == 0  # up to date: nothing rebuilt
    assert again["rows"] == first["rows"] and again["validation"] == first["validation"]
    for name in TABLES:
        assert pq.read_table(table_path(out, name)).equals(before[name]), name

    # A new publication date changes relative dates: that article is parsed again, the tables rebuilt.
    manifest = corpus / "manifest.csv"
    manifest.write_text(manifest.read_text().replace("2024-06-10", "2024-06-11", 1))
    dated = newsfacts_flow(inputs=[str(corpus)], output=str(out))
    assert (dated["annotated"], dated["reused"]) == (1, 1) and dated["stages"]["resolve"] > 0
    articles = read_table(out, "articles").set_index("source_path")
    assert str(articles.loc["000_c39445ccfd9253c6.txt", "published_at"])[:10] == "2024-06-11"

    # A new article: only it is annotated, and the tables equal a full rebuild of the grown store (its ingest
    # batches replayed in order: the re-dated article left the first batch for a batch of its own).
    shutil.copy(SEEDS / "003_fffc45ff05542f1c.txt", corpus)
    grown = newsfacts_flow(inputs=[str(corpus)], output=str(out))
    assert (grown["annotated"], grown["reused"]) == (1, 2)
    assert [len(b) for b in json.loads((out / "_state" / "batches.json").read_text())["batches"]] == [1, 1, 1]
    shutil.copytree(out, tmp_path / "rebuilt")
    rebuilt = newsfacts_flow(inputs=[str(corpus)], output=str(tmp_path / "rebuilt"), full_refresh=True)
    assert rebuilt["annotated"] == 3
    assert_same_tables(out, tmp_path / "rebuilt")

    # A changed article is annotated again; --full-refresh annotates everything.
    path = corpus / "000_c39445ccfd9253c6.txt"
    path.write_text(path.read_text() + "\nOfficials said 12 more people were wounded on Sunday.\n")
    changed = newsfacts_flow(inputs=[str(corpus)], output=str(out))
    assert (changed["annotated"], changed["reused"]) == (1, 2)
    refreshed = newsfacts_flow(inputs=[str(corpus)], output=str(out), full_refresh=True)
    assert (refreshed["annotated"], refreshed["reused"]) == (3, 0)


def test_killed_run_leaves_no_partial_table_and_the_rerun_completes(prefect_server, tmp_path):
    from newsfacts.flows.pipeline import newsfacts_flow

    corpus = tmp_path / "in"
    corpus.mkdir()
    # Twenty distinct articles, so the run is long enough to kill after its first batch.
    for i, path in enumerate(sorted(SEEDS.glob("*.txt")) * 4):
        (corpus / f"{i:02d}_{path.name}").write_text(path.read_text() + f"\nReport number {i} of the test corpus.\n")
    out = tmp_path / "out"
    run = subprocess.Popen(
        [*NEWSFACTS, "run", str(corpus), "--output", str(out), "--batch-size", "2", "--no-progress"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 240
    processed = out / "_state" / "processed.json"  # written right after each part: then one batch is saved
    while not (processed.exists() and '"articles": {}' not in processed.read_text()):
        assert run.poll() is None, "the run ended before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.2)
    os.killpg(run.pid, signal.SIGKILL)  # the command and what it started (worker processes)
    run.wait()
    # Whatever is visible is whole: no table file, or one that reads.
    for name in TABLES:
        if table_path(out, name).exists():
            pq.read_table(table_path(out, name))

    resumed = newsfacts_flow(inputs=[str(corpus)], output=str(out), batch_size=2)
    assert resumed["reused"] >= 2
    newsfacts_flow(inputs=[str(corpus)], output=str(tmp_path / "clean"), batch_size=2)
    assert_same_tables(out, tmp_path / "clean")
    assert not [p for p in out.rglob("*") if p.name.startswith(".tmp-")]


def test_two_runs_on_one_output_cannot_both_write(prefect_harness, tmp_path):
    """The second run fails; Prefect keeps its exception as a result in the harness's Prefect home, not in the
    user's ~/.prefect, which the test leaves as it was."""
    from newsfacts.flows.pipeline import newsfacts_flow

    user_storage = Path.home() / ".prefect" / "storage"
    before = sorted(user_storage.iterdir()) if user_storage.is_dir() else []
    harness_storage = Path(os.environ["PREFECT_HOME"]) / "storage"
    kept = set(harness_storage.iterdir()) if harness_storage.is_dir() else set()
    out = Output(tmp_path)
    with out.lock():
        with pytest.raises(OutputLocked, match="another newsfacts run is writing"):
            newsfacts_flow(inputs=[str(SEEDS)], output=str(tmp_path))
    assert not table_path(tmp_path, "articles").exists()
    assert (sorted(user_storage.iterdir()) if user_storage.is_dir() else []) == before
    assert set(harness_storage.iterdir()) - kept, "the failed run's result was not kept in the harness's home"


@pytest.mark.parametrize("scheme", ["file", "memory"])
def test_output_may_be_an_fsspec_url(prefect_harness, seeds_output, tmp_path, scheme):
    from newsfacts.flows.pipeline import newsfacts_flow

    url = f"file://{tmp_path}/out" if scheme == "file" else f"memory://newsfacts-test-{os.getpid()}/out"
    newsfacts_flow(inputs=[str(SEEDS)], output=url)
    for name in ("articles", "figures", "claims"):
        assert read_table(url, name).equals(read_table(seeds_output[0], name)), name
    assert Output(url).exists("validation/summary.json")


def test_a_run_to_a_running_server_does_not_load_prefects_server_module():
    """Prefect's server module costs 2 s of imports; a run that reports to a running server never needs it."""
    probe = (
        "import sys\n"
        "from newsfacts.flows.tempserver import start_temporary_server\n"
        "print(start_temporary_server(), 'prefect.server.api.server' in sys.modules)\n"
    )
    env = {**os.environ, "PREFECT_API_URL": "http://127.0.0.1:9/api"}
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["None", "False"]
