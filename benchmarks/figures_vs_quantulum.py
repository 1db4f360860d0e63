"""Figures found by quantulum3 beside newsfacts' `figures` table, scored against one gold file by the same rules.

Usage: .venv/bin/python benchmarks/figures_vs_quantulum.py [--articles DIR --gold FILE] [--output RUN_DIR]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from anywhere: the project's packages import
    sys.path.insert(0, str(ROOT))

from newsfacts.evaluate import FIELDS, _load_gold, _Names, _Output, _score_table, _Tally  # noqa: E402
from transforms.figures import extract_figures  # noqa: E402
from transforms.nlp import load_model  # noqa: E402
from transforms.spans import fold  # noqa: E402

DEFAULT_ARTICLES = ROOT / "seeds"
DEFAULT_GOLD = ROOT.parent / "shared" / "eval" / "seeds.gold.yaml"
RESULTS = ROOT / "benchmarks" / "results"
NEWSFACTS = Path(sys.executable).with_name("newsfacts")
TABLE = "figures"
REPEATS = 3  # timings are the median of this many passes over all articles
# A hedge word in quantulum's surface gives the guideline's qualifier (GUIDELINE.md, "Figures").
# quantulum keeps few hedges in its surface ("about 251" comes back as "251"), so most stay `exact`.
HEDGE_QUALIFIERS = {
    "about": "approximate", "around": "approximate", "some": "approximate", "roughly": "approximate",
    "nearly": "approximate", "almost": "approximate", "approximately": "approximate",
    "over": "more_than", "more than": "more_than", "topped": "more_than", "exceeded": "more_than",
    "at least": "at_least", "less than": "less_than", "fewer than": "less_than", "under": "less_than",
    "up to": "at_most", "no more than": "at_most", "at most": "at_most",
}
_HEDGE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, HEDGE_QUALIFIERS), key=len, reverse=True)) + r")\b")
# (label, report key) of the printed rates, then the field accuracies.
RATE_COLUMNS = (("precision", "precision"), ("recall", "recall"), ("F1", "f1"))
FIELD_COLUMNS = (("qualifier acc", "qualifier"), ("category acc", "category"), ("source acc", "source"))


# ---------------------------------------------------------------- quantulum

def load_quantulum() -> Callable[[str], list]:
    """quantulum3's parser with its unit classifier off (its pickle fails with current scikit-learn)."""
    import quantulum3.classifier

    quantulum3.classifier.USE_CLF = False
    from quantulum3 import parser

    return parser.parse


def quantity_to_figure(quantity: Any, article_id: str) -> dict:
    """One quantulum Quantity as a figure record: its surface and value; no category or source to give."""
    surface = str(quantity.surface)
    value = float(quantity.value)
    hedge = _HEDGE.search(fold(surface))
    if quantity.uncertainty:  # "between 10 and 20", "10-20": quantulum gives the midpoint +/- half the width
        qualifier = "range"
        lower, upper = value - quantity.uncertainty, value + quantity.uncertainty
    elif hedge:
        qualifier = HEDGE_QUALIFIERS[hedge.group(1)]
        lower = value if qualifier in ("more_than", "at_least") else None
        upper = value if qualifier in ("less_than", "at_most") else None
    else:
        qualifier, lower, upper = "exact", value, value
    unit = quantity.unit.name if quantity.unit.name != "dimensionless" else None
    return {
        "article_id": article_id, "text": surface, "value": value, "lower": lower, "upper": upper,
        "qualifier": qualifier, "unit": unit, "category": None, "source_name": None,
        "start_char": quantity.span[0], "end_char": quantity.span[1],
    }


def quantulum_figures(parse: Callable[[str], list], texts: dict[str, str]) -> list[dict]:
    """Figure records of every article's text, in text order."""
    rows = []
    for article_id, text in texts.items():
        rows.extend(quantity_to_figure(q, article_id) for q in parse(text))
    return sorted(rows, key=lambda r: (r["article_id"], r["start_char"]))


# ---------------------------------------------------------------- newsfacts

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
        found[file] = {i: str(by_id[i].get("text") or "") for i in output.article_ids(file)
                       if by_id[i].get("status") == "ok"}
    return found


def timed(function: Callable[[], Any], repeats: int = REPEATS) -> tuple[Any, float]:
    """The result of one call and the median seconds over `repeats` calls."""
    seconds, result = [], None
    for _ in range(repeats):
        started = time.perf_counter()
        result = function()
        seconds.append(time.perf_counter() - started)
    return result, statistics.median(seconds)


def time_newsfacts(texts: dict[str, str], repeats: int = REPEATS) -> dict[str, float]:
    """Median seconds of spaCy parsing the texts, and of `extract_figures` over the already parsed Docs."""
    nlp = load_model()
    docs, parse_seconds = timed(lambda: dict(zip(texts, nlp.pipe(texts.values()))), repeats)
    _, figure_seconds = timed(lambda: [list(extract_figures(doc, i)) for i, doc in docs.items()], repeats)
    return {"spacy_parse": parse_seconds, "extract_figures": figure_seconds}


# ---------------------------------------------------------------- scoring

def score(gold: dict, names: _Names, files: dict[str, dict[str, str]],
          predictions: Callable[[list[str]], list[dict]]) -> dict:
    """Precision, recall, F1 and field accuracies of one tool's figures, by newsfacts.evaluate's rules."""
    tally, misses = _Tally(), []
    for article in gold["articles"]:
        golds = [g for g in (article.get(TABLE) or []) if isinstance(g, dict)]
        ids = list(files[str(article.get("file") or "")])
        entry = _score_table(TABLE, golds, predictions(ids), names, tally)
        misses.append({"file": article.get("file"), **entry})
    return {**tally.report(True, FIELDS[TABLE]), "misses": misses}


def by_article(rows: list[dict]) -> Callable[[list[str]], list[dict]]:
    """Rows of some articles in text order, as the scorer wants them."""
    grouped: dict[str, list[dict]] = {}
    for row in rows:
        grouped.setdefault(row["article_id"], []).append(row)
    return lambda ids: sorted((r for i in ids for r in grouped.get(i, [])), key=lambda r: r["start_char"] or 0)


# ---------------------------------------------------------------- table

def _cell(value: float | None, spec: str = ".3f") -> str:
    """A rate or a time; '-' where there is none."""
    return "-" if value is None else format(value, spec)


def format_table(tools: dict[str, dict]) -> list[str]:
    """Side by side: one column per tool, one line per measure."""
    names = list(tools)
    width = max(14, *(len(n) + 2 for n in names))
    lines = [f"{'':<22}" + "".join(n.rjust(width) for n in names)]
    lines.append(f"{'predicted':<22}" + "".join(
        str(t["tp"] + t["fp"] + t["optional_matched"]).rjust(width) for t in tools.values()))
    lines.append(f"{'tp / fp / fn / opt':<22}" + "".join(
        f"{t['tp']}/{t['fp']}/{t['fn']}/{t['optional_matched']}".rjust(width) for t in tools.values()))
    for label, key in RATE_COLUMNS:
        lines.append(f"{label:<22}" + "".join(_cell(t[key]).rjust(width) for t in tools.values()))
    for label, key in FIELD_COLUMNS:
        cells = []
        for t in tools.values():
            acc = t["fields"][key]
            cells.append(f"{_cell(acc['accuracy'])} ({acc['correct']}/{acc['total']})")
        lines.append(f"{label:<22}" + "".join(c.rjust(width) for c in cells))
    lines.append(f"{'seconds':<22}" + "".join(_cell(t["seconds"], ".4f").rjust(width) for t in tools.values()))
    return lines


def set_name(gold_path: Path) -> str:
    """A short name for the gold set: 'seeds' for seeds.gold.yaml, the folder's name for heldout/gold.yaml."""
    stem = gold_path.name.split(".")[0]
    return gold_path.resolve().parent.name if stem == "gold" else stem


def write_json(payload: dict[str, Any], path: Path) -> None:
    """The whole comparison as JSON."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(payload, indent=2, default=str) + "\n")


# ---------------------------------------------------------------- main

def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(
        description="Score quantulum3 and newsfacts' figures table against the same gold file, by the figure "
                    "rules of newsfacts.evaluate; print them side by side and write JSON.")
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES,
                        help="folder of the gold file's articles (default: %(default)s)")
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold file (default: %(default)s)")
    parser.add_argument("--output", type=Path,
                        help="an existing `newsfacts run` output folder over --articles "
                             "(default: run newsfacts into a temporary folder)")
    parser.add_argument("--repeats", type=int, default=REPEATS,
                        help="timing passes; the median is reported (default: %(default)s)")
    parser.add_argument("--json", type=Path,
                        help="where the JSON goes (default: benchmarks/results/figures_vs_quantulum_<set>.json)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run both tools over the gold articles, score them alike, print the table and write JSON."""
    args = parse_args(argv)
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

    parse = load_quantulum()
    parse("warm-up: 3 people")  # the first call loads quantulum's unit tables
    q_rows, q_seconds = timed(lambda: quantulum_figures(parse, texts), args.repeats)
    ours = time_newsfacts(texts, args.repeats)

    tools = {
        "quantulum3": {**score(gold, names, files, by_article(q_rows)), "seconds": q_seconds},
        "newsfacts": {**score(gold, names, files, lambda ids: output.predictions(TABLE, ids)),
                      "seconds": ours["extract_figures"]},
    }
    words = sum(len(t.split()) for t in texts.values())
    print(f"figures: {len(files)} gold articles ({words:,} words), gold {args.gold}")
    print("\n".join(format_table(tools)))
    stages = run_json.get("stages") or {}
    print(f"\nseconds: quantulum3 = parser.parse over the texts; newsfacts = transforms.figures.extract_figures "
          f"over Docs already parsed by spaCy (parsing them: {ours['spacy_parse']:.4f} s; median of "
          f"{args.repeats}). run.json extract stage (all four extractors): {stages.get('extract')} s.")
    q_over_n = q_seconds / ours["extract_figures"] if ours["extract_figures"] else None
    with_parse = q_seconds / (ours["extract_figures"] + ours["spacy_parse"]) if ours["spacy_parse"] else None
    print(f"quantulum3 / newsfacts time: {_cell(q_over_n, '.2f')} (figures only), "
          f"{_cell(with_parse, '.2f')} (newsfacts incl. spaCy parse)")

    payload = {
        "gold": str(args.gold), "articles": str(args.articles), "output": str(output_dir),
        "gold_articles": len(files), "missing_articles": missing, "words": words,
        "versions": {"quantulum3": version("quantulum3"), "spacy": version("spacy")},
        "quantulum_classifier": False,
        "timing": {"repeats": args.repeats, "quantulum3_parse": q_seconds, **ours,
                   "run_json_extract_stage": stages.get("extract"),
                   "quantulum_over_newsfacts": q_over_n, "quantulum_over_newsfacts_with_parse": with_parse},
        "tools": tools,
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "load_average": os.getloadavg()},
    }
    path = args.json or RESULTS / f"figures_vs_quantulum_{set_name(args.gold)}.json"
    write_json(payload, path)
    print(f"\nresults: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
