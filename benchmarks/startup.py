"""Where a small run's time goes: seeds end to end with a running server and with a temporary one, beside
Prefect's own floor (a bare flow with one task) in both modes, the imports and the place indexes.

Usage: .venv/bin/python benchmarks/startup.py [--repeat 3] [--json benchmarks/results/startup.json]

Every measurement is a fresh subprocess, timed from outside: wall seconds and CPU seconds (user + system of
the process and its children, from the kernel's rusage of finished children; a temporary Prefect server is
a child, a running server is not; a run made by the warm runner adds the CPU its summary reports). The machine's load average is printed beside them: on a shared machine
wall time follows the load, CPU time much less. Medians over --repeat runs. The running server is started
with `newsfacts server start` in a temporary folder on a free port, and stopped at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
PYTHON = sys.executable
NEWSFACTS = [PYTHON, "-m", "newsfacts.cli"]
BARE_FLOW = """
from prefect import flow, task

@task
def one(x):
    return x + 1

@flow
def bare():
    return one(1)

assert bare() == 2
"""
# Probes timed in a fresh interpreter: (label, code).
IMPORTS = (
    ("python start", "pass"),
    ("import prefect", "import prefect"),
    ("import the flow (prefect, pandas, pyarrow)", "import newsfacts.flows.pipeline"),
    ("import spacy + load the model", "from newsfacts.transforms.nlp import load_model; load_model()"),
    ("import great_expectations", "import great_expectations"),
    (
        "GX as a run loads it (runner, deferred imports, context, suites)",
        "from newsfacts.expectations.runner import prepare; prepare()",
    ),
    ("import datasketch (dedup)", "import datasketch"),
)
PLACES = (
    "from newsfacts.transforms import geocode; from newsfacts.transforms.language import gazetteer; "
    "[(geocode.candidates(n), gazetteer.place(n)) for n in ('Gaza', 'Tripoli', 'Kyiv', 'Cairo', 'Georgia')]"
)


def timed(command: list[str], env: dict[str, str], cwd: Path | None = None) -> tuple[float, float, bool]:
    """(wall seconds, CPU seconds of the process and its children, made by the warm runner) of one command;
    raises on failure."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    # A run made by the warm runner is not this process's child: add its own CPU, from its summary.
    runner = "runner: the project's warm runner" in done.stdout
    warm = re.search(r"CPU ([\d.]+) s in this run's processes", done.stdout)
    if warm and runner:
        cpu += float(warm.group(1))
    return wall, cpu, runner


def measure(label: str, repeat: int, make_command, env: dict[str, str], rows: list[dict]) -> None:
    """Run make_command(i) `repeat` times; record the medians."""
    walls, cpus, warm = [], [], 0
    for i in range(repeat):
        wall, cpu, runner = timed(make_command(i), env)
        walls.append(wall)
        cpus.append(cpu)
        warm += runner
    if "warm runner" in label and "no warm runner" not in label and warm != repeat:
        raise RuntimeError(f"{label}: {repeat - warm} of {repeat} run(s) were not made by the warm runner")
    row = {
        "measurement": label,
        "wall_s": round(statistics.median(walls), 2),
        "cpu_s": round(statistics.median(cpus), 2),
        "runs": repeat,
        "load": round(os.getloadavg()[0], 1),
    }
    rows.append(row)
    print(f"  {row['measurement']:<58} {row['wall_s']:>7.2f} {row['cpu_s']:>7.2f} {row['load']:>6.1f}", flush=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (default: %(default)s)")
    parser.add_argument("--json", type=Path, help="also write the rows here")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="newsfacts-startup-"))
    base = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_API", "PREFECT_HOME"))}
    base["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
    base["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"] = "120"  # as the CLI sets it (busy machines)
    base.pop("NEWSFACTS_API_URL", None)
    port = free_port()
    temporary = {**base, "PREFECT_HOME": str(work / "prefect-temporary"), "NEWSFACTS_SERVER_HOME": str(work / "none")}
    served = {**base, "NEWSFACTS_SERVER_HOME": str(work / "server"), "NEWSFACTS_SERVER_PORT": str(port)}
    bare = work / "bare_flow.py"
    bare.write_text(BARE_FLOW)
    rows: list[dict] = []
    print(f"{'':2}{'measurement':<58} {'wall s':>7} {'CPU s':>7} {'load':>6}")
    try:
        for label, code in IMPORTS:
            measure(label, args.repeat, lambda i, c=code: [PYTHON, "-c", c], base, rows)
        cold = {**base, "NEWSFACTS_CACHE_DIR": str(work / "cache")}
        measure(
            "place indexes: build (first run, no cache file)",
            1,
            lambda i: [PYTHON, "-c", PLACES],
            cold,
            rows,
        )
        measure(
            "place indexes: from the cache file, 5 names", args.repeat, lambda i: [PYTHON, "-c", PLACES], cold, rows
        )

        started = subprocess.run([*NEWSFACTS, "server", "start"], env=served, capture_output=True, text=True)
        if started.returncode != 0:
            raise RuntimeError(started.stderr)
        url = f"http://127.0.0.1:{port}/api"
        with_server = {**served, "PREFECT_API_URL": url}
        measure(
            "Prefect floor: bare flow, one task, temporary server",
            args.repeat,
            lambda i: [PYTHON, str(bare)],
            temporary,
            rows,
        )
        measure(
            "Prefect floor: bare flow, one task, running server",
            args.repeat,
            lambda i: [PYTHON, str(bare)],
            with_server,
            rows,
        )

        def seeds_run(env_name: str):
            def command(i: int) -> list[str]:
                out = work / f"{env_name}-{i}" / "out"
                shutil.rmtree(out.parent, ignore_errors=True)
                return [*NEWSFACTS, "run", str(SEEDS), "--output", str(out), "--no-progress"]

            return command

        measure("seeds end to end, temporary server", args.repeat, seeds_run("temporary"), temporary, rows)
        measure(
            "seeds end to end, running server, no warm runner",
            args.repeat,
            seeds_run("cold"),
            {**served, "NEWSFACTS_WARM_RUNNER": "false"},
            rows,
        )
        measure("seeds end to end, running server + warm runner", args.repeat, seeds_run("served"), served, rows)
        rerun = work / "rerun" / "out"
        subprocess.run(
            [*NEWSFACTS, "run", str(SEEDS), "--output", str(rerun), "--no-progress"],
            env=served,
            check=True,
            capture_output=True,
        )
        measure(
            "seeds re-run, nothing changed, running server + warm runner",
            args.repeat,
            lambda i: [*NEWSFACTS, "run", str(SEEDS), "--output", str(rerun), "--no-progress"],
            served,
            rows,
        )
    finally:
        subprocess.run([*NEWSFACTS, "server", "stop"], env=served, capture_output=True, text=True)
        shutil.rmtree(work, ignore_errors=True)
    print(
        f"\n{os.cpu_count()} CPUs; load average now {os.getloadavg()[0]:.1f} (wall time grows with it, CPU time much less)"
    )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"cpus": os.cpu_count(), "rows": rows}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
