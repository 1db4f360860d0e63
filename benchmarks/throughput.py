"""Throughput of `newsfacts run` against raw spaCy `nlp.pipe` over the same texts, in the same run.

Usage: .venv/bin/python benchmarks/throughput.py [--sizes 250 1000 4000] [--processes 2] [--smoke]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Iterable

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
RESULTS = ROOT / "benchmarks" / "results"
NEWSFACTS = Path(sys.executable).with_name("newsfacts")
DEFAULT_SIZES = (250, 1000, 4000)
SMOKE_SIZES = (12,)
DEFAULT_PROCESSES = 2
RNG_SEED = 7
POLL_SECONDS = 0.1
STAGES = ("read_clean", "nlp", "extract", "resolve", "validate", "write", "orchestration")
CLOSING_LINE = "Report {number} of the benchmark corpus."
SYLLABLES = ("ka", "lo", "me", "su", "ri", "ta", "no", "vi", "de", "ba")
# A capitalised word after a lower-case word or a comma: a name inside a sentence, not a sentence's first word.
MID_SENTENCE_NAME = re.compile(r"(?<=[a-z,] )[A-Z][a-z]{2,}\b")
# Start-up costs, each timed in a fresh interpreter: (label, set-up statement, timed statement).
STARTUP_PROBES = (
    ("python start", "pass", "pass"),
    ("import spacy", "pass", "import spacy"),
    ("spaCy model load", "import spacy; from newsfacts.transforms.nlp import load_model", "load_model()"),
    ("import prefect", "pass", "import prefect"),
    ("import great_expectations", "pass", "import great_expectations"),
    ("import pandas + pyarrow", "pass", "import pandas, pyarrow"),
)
STARTUP_REPEATS = 3
# Table columns: (header, width, format spec); stage columns follow.
COLUMNS = (
    ("articles", 8, ",d"),
    ("words", 10, ",d"),
    ("A s", 7, ".1f"),
    ("A words/s", 9, ",.0f"),
    ("B s", 7, ".1f"),
    ("B flow s", 8, ".1f"),
    ("B words/s", 9, ",.0f"),
    ("B/A", 5, ".2f"),
    ("B peak MB", 9, ",.0f"),
) + tuple((stage, max(6, len(stage)), ".1f") for stage in STAGES)
A_KEYS = ("a_seconds",)
B_KEYS = ("b_seconds", "b_flow_seconds", "b_peak_rss_mb", "b_returncode", "b_reused", "b_parsed", "stages")
ROW_KEYS = (
    "articles",
    "words",
    "a_seconds",
    "a_words_per_s",
    "b_seconds",
    "b_flow_seconds",
    "b_words_per_s",
    "b_over_a",
    "b_peak_rss_mb",
)


# ---------------------------------------------------------------- corpus


def read_seeds(seeds: Path = SEEDS) -> list[tuple[list[str], str | None]]:
    """Each seed article as (paragraphs, published_at from seeds/manifest.csv)."""
    dates = {}
    manifest = seeds / "manifest.csv"
    if manifest.is_file():
        with manifest.open(newline="", encoding="utf-8") as handle:
            dates = {row["path"]: row.get("published_at") or None for row in csv.DictReader(handle)}
    articles = []
    for path in sorted(seeds.glob("*.txt")):
        paragraphs = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        articles.append((paragraphs, dates.get(path.name)))
    return articles


def name_tag(number: int) -> str:
    """Syllables spelling an article's number: a suffix that no other article of the corpus shares."""
    return "".join(SYLLABLES[int(digit)] for digit in str(number))


def vary_text(paragraphs: list[str], rng: random.Random, number: int) -> str:
    """A new article from a seed: the first paragraph (title, dateline) kept, the rest shuffled, every name inside
    a sentence given the article's own suffix, a numbered close. Without the names the copies of one seed are
    near duplicates (word 5-gram Jaccard >= 0.9), which the pipeline marks and does not parse while raw spaCy does:
    at 4,000 articles 1,838 were, and B parsed about half of A's texts."""
    head, body = paragraphs[:1], list(paragraphs[1:])
    rng.shuffle(body)
    tag = name_tag(number)
    body = [MID_SENTENCE_NAME.sub(lambda m: m.group(0) + tag, paragraph) for paragraph in body]
    return "\n\n".join([*head, *body, CLOSING_LINE.format(number=number)]) + "\n"


def build_corpus(n: int, folder: Path, seeds: Path = SEEDS, seed: int = RNG_SEED) -> list[str]:
    """Write n distinct articles as .txt files plus manifest.csv (path,published_at); returns the texts."""
    sources = read_seeds(seeds)
    if not sources:
        raise FileNotFoundError(f"no seed articles (*.txt) in {seeds}")
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    texts, rows = [], []
    for i in range(n):
        paragraphs, published_at = sources[i % len(sources)]
        text = vary_text(paragraphs, rng, i + 1)
        name = f"bench_{i:06d}.txt"
        (folder / name).write_text(text, encoding="utf-8")
        texts.append(text)
        rows.append((name, published_at or ""))
    with (folder / "manifest.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(("path", "published_at"))
        writer.writerows(rows)
    return texts


def count_words(texts: Iterable[str]) -> int:
    """Whitespace-separated words, the measure both A and B are divided by."""
    return sum(len(text.split()) for text in texts)


# ---------------------------------------------------------------- A: raw spaCy


def run_spacy(texts: list[str], processes: int, model: str | None = None) -> float:
    """Seconds for `nlp.pipe` over texts (model as shipped, already loaded), consuming every Doc; the flow's batch size."""
    from newsfacts.transforms.extract import PIPE_BATCH_SIZE
    from newsfacts.transforms.nlp import DEFAULT_MODEL, load_pipeline

    nlp = load_pipeline(model or DEFAULT_MODEL)
    started = time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=PIPE_BATCH_SIZE, n_process=processes):
        len(doc)
    return time.perf_counter() - started


# ---------------------------------------------------------------- B: newsfacts run


def tree_rss(proc: Any) -> int:
    """Resident bytes of a process and all its descendants right now (shared pages counted per process)."""
    import psutil

    total = 0
    try:
        members = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0
    for member in members:
        try:
            total += member.memory_info().rss
        except psutil.Error:
            pass
    return total


# With --server: B's environment (the project's server and its warm runner, started in the work folder).
_SERVER_ENV: dict[str, str] | None = None


def start_server(workdir: Path) -> dict[str, str]:
    """`newsfacts server start` (and its warm runner) in the work folder on a free port; the environment of B."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_API", "PREFECT_HOME"))}
    env.pop("NEWSFACTS_API_URL", None)
    env.update(NEWSFACTS_SERVER_HOME=str(workdir / "server"), NEWSFACTS_SERVER_PORT=str(port))
    done = subprocess.run([str(NEWSFACTS), "server", "start"], env=env, capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0 or "Warm runner ready" not in done.stdout:
        raise RuntimeError(f"newsfacts server start: {done.stdout}{done.stderr}")
    return env


def _runner_process() -> Any:
    """The warm runner's process (B's run and workers are its children, not the command's), or None."""
    import psutil

    if _SERVER_ENV is None:
        return None
    record = json.loads((Path(_SERVER_ENV["NEWSFACTS_SERVER_HOME"]) / "runner.json").read_text())
    return psutil.Process(record["pid"])


def run_newsfacts(corpus: Path, output: Path, processes: int, log: Path) -> dict[str, Any]:
    """Run `newsfacts run` as a subprocess; wall seconds, peak tree RSS (with --server: of the command and of the
    warm runner's tree, the idle runner included), exit code and run.json."""
    import psutil

    command = [
        str(NEWSFACTS),
        "run",
        str(corpus),
        "--output",
        str(output),
        "--processes",
        str(processes),
        "--no-progress",
    ]
    peak = 0
    started = time.perf_counter()
    with log.open("wb") as sink:
        runner = _runner_process()
        child = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT, cwd=ROOT, env=_SERVER_ENV)
        proc = psutil.Process(child.pid)
        while child.poll() is None:
            peak = max(peak, tree_rss(proc) + (tree_rss(runner) if runner is not None else 0))
            time.sleep(POLL_SECONDS)
    seconds = time.perf_counter() - started
    if runner is not None and "runner: the project's warm runner" not in log.read_text(errors="replace"):
        raise RuntimeError(f"the run did not use the warm runner:\n{log_tail(log)}")
    run_json = output / "run.json"
    summary = json.loads(run_json.read_text()) if run_json.is_file() else {}
    return {"seconds": seconds, "peak_rss_bytes": peak, "returncode": child.returncode, "summary": summary}


def log_tail(log: Path, lines: int = 25) -> str:
    """The last lines of a subprocess log, for a failed run."""
    return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])


# ---------------------------------------------------------------- results


def make_row(articles: int, words: int, a_seconds: float | None, b: dict[str, Any] | None) -> dict[str, Any]:
    """One table row from A's seconds and B's run (None where not measured), ratios included."""
    summary = (b or {}).get("summary") or {}
    b_ok = b is not None and b["returncode"] == 0
    stages = summary.get("stages") if isinstance(summary.get("stages"), dict) else {}
    return with_ratios(
        {
            "articles": articles,
            "words": words,
            "a_seconds": a_seconds,
            "b_seconds": b["seconds"] if b_ok else None,
            "b_flow_seconds": summary.get("wall_seconds") if b_ok else None,
            "b_peak_rss_mb": b["peak_rss_bytes"] / 2**20 if b_ok else None,
            "b_returncode": None if b is None else b["returncode"],
            # A fresh output folder has nothing to reuse: anything else would flatter B.
            "b_reused": summary.get("reused") if b_ok else None,
            # Articles B parsed: fewer than `articles` (duplicates, rejects) means B did less work than A.
            "b_parsed": (summary.get("statuses") or {}).get("ok") if b_ok else None,
            "stages": {stage: stages.get(stage) for stage in STAGES},
        }
    )


def with_ratios(row: dict[str, Any]) -> dict[str, Any]:
    """The row with words/s of A and B and the B/A throughput ratio filled in."""
    a, b, words = row["a_seconds"], row["b_seconds"], row["words"]
    return {
        **row,
        "a_words_per_s": words / a if a else None,
        "b_words_per_s": words / b if b else None,
        "b_over_a": a / b if a and b else None,
    }


def merge_rows(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows of an earlier results file updated with this run's A and/or B measures, by corpus size."""
    merged = {row["articles"]: row for row in old}
    for row in new:
        base = dict(merged.get(row["articles"], row))
        keys = (A_KEYS if row["a_seconds"] is not None else ()) + (B_KEYS if row["b_returncode"] is not None else ())
        base.update({key: row.get(key) for key in ("words", "load_average", *keys)})
        merged[row["articles"]] = with_ratios(base)
    return [merged[n] for n in sorted(merged)]


def format_cell(value: Any, width: int, spec: str) -> str:
    """One right-aligned cell; '-' where there is no value."""
    return ("-" if value is None else format(value, spec)).rjust(width)


def format_table(rows: list[dict[str, Any]]) -> list[str]:
    """The results as aligned text lines: a header, then one line per corpus size."""
    lines = ["  ".join(name.rjust(width) for name, width, _ in COLUMNS)]
    for row in rows:
        values = [row.get(key) for key in ROW_KEYS] + [(row.get("stages") or {}).get(s) for s in STAGES]
        lines.append("  ".join(format_cell(v, w, spec) for v, (_, w, spec) in zip(values, COLUMNS)))
    return lines


def write_json(payload: dict[str, Any], path: Path) -> None:
    """The whole result (table rows, seeds run, start-up breakdown, machine) as JSON."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(payload, indent=2, default=str) + "\n")


def _series(rows: list[dict[str, Any]], key: str) -> list[float]:
    """One column of the rows for plotting, NaN where not measured."""
    return [float("nan") if row.get(key) is None else row[key] for row in rows]


def write_plot(rows: list[dict[str, Any]], path: Path) -> bool:
    """Words/s of A and B and B's peak memory against corpus size, as PNG; False if matplotlib is missing."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib is not installed: no plot written (pip install matplotlib)", file=sys.stderr)
        return False
    sizes = [row["articles"] for row in rows]
    fig, left = plt.subplots(figsize=(7, 4.5))
    left.plot(sizes, _series(rows, "a_words_per_s"), "o-", label="A: spaCy nlp.pipe (words/s)")
    left.plot(sizes, _series(rows, "b_words_per_s"), "s-", label="B: newsfacts run (words/s)")
    left.set_xscale("log")
    left.minorticks_off()
    left.set_xticks(sizes, [f"{n:,}" for n in sizes])
    left.set_xlabel("corpus size (articles)")
    left.set_ylabel("throughput (words/s)")
    left.set_ylim(bottom=0)
    right = left.twinx()
    right.plot(sizes, _series(rows, "b_peak_rss_mb"), "^--", color="tab:red", label="B: peak RSS (MB)")
    right.set_ylabel("peak RSS of B's process tree (MB)")
    right.set_ylim(bottom=0)
    handles = left.get_legend_handles_labels()[0] + right.get_legend_handles_labels()[0]
    left.legend(handles, [h.get_label() for h in handles], loc="lower right", fontsize=8)
    left.set_title("newsfacts throughput vs raw spaCy, same texts and machine")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return True


# ---------------------------------------------------------------- start-up


def time_probe(setup: str, statement: str) -> float:
    """Seconds for `statement` after `setup` in a fresh interpreter (`python start` is the whole process)."""
    code = (
        f"import time; t0 = time.perf_counter(); {setup}; t1 = time.perf_counter(); {statement}; "
        "print(time.perf_counter() - t1)"
    )
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    if statement == "pass":
        return time.perf_counter() - started
    return float(out.stdout.strip().splitlines()[-1])


def measure_startup(repeats: int = STARTUP_REPEATS) -> dict[str, float]:
    """Median seconds of each start-up probe over `repeats` fresh interpreters."""
    return {
        label: statistics.median(time_probe(setup, stmt) for _ in range(repeats))
        for label, setup, stmt in STARTUP_PROBES
    }


def measure_seeds_run(workdir: Path, processes: int) -> dict[str, Any]:
    """One `newsfacts run seeds/` into a new folder: wall seconds, time inside the flow, peak RSS."""
    b = run_newsfacts(SEEDS, workdir / "out_seeds", processes, workdir / "seeds.log")
    flow = (b["summary"] or {}).get("wall_seconds")
    return {
        "seconds": b["seconds"],
        "flow_seconds": flow,
        "outside_flow_seconds": b["seconds"] - flow if flow is not None else None,
        "peak_rss_mb": b["peak_rss_bytes"] / 2**20,
        "returncode": b["returncode"],
        "stages": (b["summary"] or {}).get("stages"),
    }


# ---------------------------------------------------------------- main


def measure_size(n: int, workdir: Path, processes: int, only: str | None = None) -> dict[str, Any]:
    """Build a corpus of n articles, time A then B over it (or `only` one of them), and return the table row."""
    corpus = workdir / f"corpus_{n}"
    texts = build_corpus(n, corpus)
    words = count_words(texts)
    a_seconds = None
    if only != "b":
        a_seconds = run_spacy(texts, processes)
        print(f"  {n} articles: A {a_seconds:.1f} s", file=sys.stderr, flush=True)
    b = None
    if only != "a":
        log = workdir / f"run_{n}.log"
        b = run_newsfacts(corpus, workdir / f"out_{n}", processes, log)
        print(f"  {n} articles: B {b['seconds']:.1f} s (exit {b['returncode']})", file=sys.stderr, flush=True)
        reused = (b["summary"] or {}).get("reused")
        if reused:
            print(f"  warning: B reused {reused} earlier result(s); its time is too low", file=sys.stderr)
        parsed = ((b["summary"] or {}).get("statuses") or {}).get("ok")
        if b["returncode"] == 0 and parsed != n:
            print(
                f"  warning: B parsed {parsed} of {n} articles (the rest duplicates or rejected): B/A flatters B",
                file=sys.stderr,
            )
        if b["returncode"] != 0:
            print(f"newsfacts run failed on {n} articles; last lines of {log}:\n{log_tail(log)}", file=sys.stderr)
    # Other work on the machine skews both timings: keep the 1-minute load average beside them.
    return {**make_row(n, words, a_seconds, b), "load_average": round(os.getloadavg()[0], 2)}


def batch_sizes() -> dict[str, int]:
    """Articles per Prefect task and Docs per nlp.pipe batch, as the flow uses them (A uses the latter)."""
    from newsfacts.settings import get_settings
    from newsfacts.transforms.extract import PIPE_BATCH_SIZE

    return {"articles_per_task": get_settings().batch_size, "docs_per_pipe_batch": PIPE_BATCH_SIZE}


def machine() -> dict[str, Any]:
    """Where the numbers come from."""
    import platform

    return {
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "load_average": os.getloadavg(),
    }


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(
        description="Throughput of `newsfacts run` (B) against raw spaCy nlp.pipe (A) over the same generated "
        "corpora of seed-article variants; writes benchmarks/results/throughput.{json,png}."
    )
    parser.add_argument(
        "--sizes",
        type=int,
        nargs="+",
        default=list(DEFAULT_SIZES),
        help="corpus sizes in articles (default: %(default)s)",
    )
    parser.add_argument("--smoke", action="store_true", help=f"one tiny corpus ({SMOKE_SIZES[0]} articles), for CI")
    parser.add_argument(
        "--processes",
        type=int,
        default=DEFAULT_PROCESSES,
        help="spaCy processes for A and `newsfacts run --processes` for B (default: %(default)s)",
    )
    parser.add_argument(
        "--only",
        choices=("a", "b"),
        help="time only raw spaCy (a) or only `newsfacts run` (b); with --append, to split long sizes",
    )
    parser.add_argument(
        "--append",
        action="store_true",
        help="merge into the existing results JSON (by corpus size) instead of replacing it",
    )
    parser.add_argument("--no-startup", action="store_true", help="skip the seeds/ run and the start-up breakdown")
    parser.add_argument(
        "--server",
        action="store_true",
        help="B against the project's server and its warm runner (`newsfacts server start` in the work folder), "
        "not a temporary server; results go to throughput_server.json",
    )
    parser.add_argument(
        "--results", type=Path, default=RESULTS, help="where the JSON and PNG go (default: %(default)s)"
    )
    parser.add_argument(
        "--workdir", type=Path, help="keep corpora, outputs and logs here (default: a temporary folder, removed)"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run every size, print the table, write JSON and the plot."""
    args = parse_args(argv)
    sizes = list(SMOKE_SIZES) if args.smoke else args.sizes
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="newsfacts_bench_"))
    workdir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    global _SERVER_ENV
    name = "throughput_server" if args.server else "throughput"
    try:
        if args.server:
            _SERVER_ENV = start_server(workdir)
        rows = [measure_size(n, workdir, args.processes, args.only) for n in sizes]
        payload = read_previous(args.results / f"{name}.json") if args.append else {}
        rows = merge_rows(payload.get("rows", []), rows)
        payload.update(processes=args.processes, batch_sizes=batch_sizes(), machine=machine(), rows=rows)
        if not args.no_startup and args.only != "a":
            payload["seeds_run"] = measure_seeds_run(workdir, args.processes)
            payload["startup_seconds"] = measure_startup()
    finally:
        if _SERVER_ENV is not None:
            subprocess.run([str(NEWSFACTS), "server", "stop"], env=_SERVER_ENV, capture_output=True, cwd=ROOT)
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    payload["benchmark_seconds"] = time.perf_counter() - started
    payload["b_prefect"] = "the project's server and its warm runner" if args.server else "a temporary server"
    print("\n".join(format_table(rows)))
    print_extras(payload)
    write_json(payload, args.results / f"{name}.json")
    write_plot(rows, args.results / f"{name}.png")
    print(f"\nresults: {args.results / f'{name}.json'}")
    return 0 if all(row["b_returncode"] in (0, None) for row in rows) else 1


def read_previous(path: Path) -> dict[str, Any]:
    """An earlier results file, or an empty one."""
    return json.loads(path.read_text()) if path.is_file() else {}


def print_extras(payload: dict[str, Any]) -> None:
    """The seeds/ run and the start-up breakdown, below the table."""
    seeds = payload.get("seeds_run")
    if seeds:
        print(
            f"\nnewsfacts run seeds/: {seeds['seconds']:.1f} s wall (flow {seeds['flow_seconds']} s, "
            f"outside the flow {seeds['outside_flow_seconds'] or 0:.1f} s), peak {seeds['peak_rss_mb']:,.0f} MB, "
            f"exit {seeds['returncode']}"
        )
    for label, seconds in (payload.get("startup_seconds") or {}).items():
        print(f"  {label:<26} {seconds:6.2f} s")


if __name__ == "__main__":
    sys.exit(main())
