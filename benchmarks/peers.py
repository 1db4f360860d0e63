"""What the peer benchmarks (figures_vs_quantulum.py, claims_vs_textacy.py) share: options, the run, gold texts, timing."""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, NamedTuple

from newsfacts.evaluate import _load_gold, _Names, _Output

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_ARTICLES = ROOT / "seeds"
DEFAULT_GOLD = ROOT.parent / "shared" / "eval" / "seeds.gold.yaml"
RESULTS = ROOT / "benchmarks" / "results"
NEWSFACTS = Path(sys.executable).with_name("newsfacts")
REPEATS = 3  # timings are the median of this many passes over all articles


class PeerInputs(NamedTuple):
    """The gold file, the pipeline output over its articles and the texts both tools read."""

    gold: dict
    names: _Names
    output_dir: Path
    run_json: dict[str, Any]
    output: _Output
    files: dict[str, dict[str, str]]  # gold file -> {article id: text}
    texts: dict[str, str]  # article id -> text, over all gold files
    missing: list[str]  # gold files with no ok article in the output


def run_newsfacts(articles: Path, output: Path) -> dict[str, Any]:
    """`newsfacts run ARTICLES --output OUTPUT` in a subprocess; run.json, or exit with its log tail."""
    command = [str(NEWSFACTS), "run", str(articles), "--output", str(output), "--no-progress"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).splitlines()[-25:])
        sys.exit(f"newsfacts run failed (exit {done.returncode}):\n{tail}")
    return read_run_json(output)


def read_run_json(output: Path) -> dict[str, Any]:
    """An output folder's run.json, or an empty summary."""
    path = output / "run.json"
    return json.loads(path.read_text()) if path.is_file() else {}


def gold_texts(gold: dict, output: _Output) -> dict[str, dict[str, str]]:
    """For each gold file, the output's article ids and their (cleaned) texts, which both tools read."""
    by_id = {str(a.get("article_id")): a for a in output.articles}
    found = {}
    for article in gold["articles"]:
        file = str(article.get("file") or "")
        found[file] = {
            i: str(by_id[i].get("text") or "") for i in output.article_ids(file) if by_id[i].get("status") == "ok"
        }
    return found


def load_inputs(args: argparse.Namespace) -> PeerInputs:
    """Load the gold file, run newsfacts into a temporary folder (or read --output) and collect the texts."""
    gold = _load_gold(args.gold)
    names = _Names.from_gold(gold["entities"])
    if args.output is None:
        output_dir = Path(tempfile.mkdtemp(prefix="newsfacts_peer_")) / "out"
        print(f"running newsfacts over {args.articles} into {output_dir} ...", file=sys.stderr, flush=True)
        run_json = run_newsfacts(args.articles, output_dir)
    else:
        output_dir, run_json = args.output, read_run_json(args.output)
    output = _Output.read(output_dir)
    files = gold_texts(gold, output)
    texts = {i: t for found in files.values() for i, t in found.items()}
    missing = [f for f, found in files.items() if not found]
    if missing:
        print(f"warning: gold articles not in {output_dir}: {', '.join(missing)}", file=sys.stderr)
    return PeerInputs(gold, names, output_dir, run_json, output, files, texts, missing)


def timed(function: Callable[[], Any], repeats: int = REPEATS) -> tuple[Any, float]:
    """The result of one call and the median seconds over `repeats` calls."""
    seconds, result = [], None
    for _ in range(repeats):
        started = time.perf_counter()
        result = function()
        seconds.append(time.perf_counter() - started)
    return result, statistics.median(seconds)


def by_article(rows: list[dict]) -> Callable[[list[str]], list[dict]]:
    """Rows of some articles in text order, as the scorer wants them."""
    grouped: dict[str, list[dict]] = {}
    for row in rows:
        grouped.setdefault(row["article_id"], []).append(row)
    return lambda ids: sorted((r for i in ids for r in grouped.get(i, [])), key=lambda r: r["start_char"] or 0)


def set_name(gold_path: Path) -> str:
    """A short name for the gold set: 'seeds' for seeds.gold.yaml, the folder's name for heldout/gold.yaml."""
    stem = gold_path.name.split(".")[0]
    return gold_path.resolve().parent.name if stem == "gold" else stem


def write_json(payload: dict[str, Any], path: Path) -> None:
    """The whole comparison as JSON."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(payload, indent=2, default=str) + "\n")


def parse_peer_args(description: str, name: str, argv: list[str] | None = None) -> argparse.Namespace:
    """The peer benchmarks' options; `name` names the default JSON, benchmarks/results/<name>_<set>.json."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(
        "--articles",
        type=Path,
        default=DEFAULT_ARTICLES,
        help="folder of the gold file's articles (default: %(default)s)",
    )
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold file (default: %(default)s)")
    parser.add_argument(
        "--output",
        type=Path,
        help="an existing `newsfacts run` output folder over --articles "
        "(default: run newsfacts into a temporary folder)",
    )
    parser.add_argument(
        "--repeats", type=int, default=REPEATS, help="timing passes; the median is reported (default: %(default)s)"
    )
    parser.add_argument(
        "--json", type=Path, help=f"where the JSON goes (default: benchmarks/results/{name}_<set>.json)"
    )
    return parser.parse_args(argv)


def results_path(args: argparse.Namespace, name: str) -> Path:
    """Where the JSON goes: --json, or benchmarks/results/<name>_<set>.json."""
    return args.json or RESULTS / f"{name}_{set_name(args.gold)}.json"


def save_results(args: argparse.Namespace, name: str, payload: dict[str, Any]) -> int:
    """Write a comparison's JSON with the machine it ran on, say where it went; the script's exit code."""
    machine = {"python": platform.python_version(), "cpus": os.cpu_count(), "load_average": os.getloadavg()}
    path = results_path(args, name)
    write_json({**payload, "machine": machine}, path)
    print(f"\nresults: {path}")
    return 0
