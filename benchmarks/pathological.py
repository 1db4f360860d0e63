"""Seconds per pathological input against its size: reading and extraction must stay linear.

Each input is run at three sizes, each twice the last; a linear cost keeps the last column (microseconds
per unit) about flat, a quadratic one doubles it at each step. `--scale` multiplies the sizes: the issue's
sizes (200,000 quotation marks, 990,000 characters without punctuation, 1,200,000 characters, 3,000 bad
JSONL lines in 8 MB) are reached around `--scale 25`, which takes many minutes on two cores.

Usage: .venv/bin/python benchmarks/pathological.py [--scale 1] [--only quotes no_punctuation ...]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsfacts.transforms.articles import read_article  # noqa: E402
from newsfacts.transforms.extract import extract_all  # noqa: E402
from newsfacts.transforms.reading import discover  # noqa: E402

GOOD_LINE = json.dumps({"text": "Officials said 12 people were killed in Mosul on Monday."})


def _extract(text: str) -> dict[str, float]:
    """spaCy and extractor seconds for one article of this text."""
    timings: dict[str, float] = {}
    rows = extract_all(
        [{"article_id": "art_bench", "status": "ok", "text": text, "source_path": "bench.txt"}], timings=timings
    )
    if rows["errors"]:
        raise SystemExit(f"extraction errors: {rows['errors']}")
    return timings


def _read(name: str, data: bytes) -> dict[str, float]:
    """Seconds to discover and read one file (every record of a JSONL file)."""
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / name).write_bytes(data)
        started = time.perf_counter()
        for item in discover([folder]):
            read_article(item, max_bytes=100_000_000)
        return {"read": time.perf_counter() - started}


def _bad_jsonl(n_bad: int) -> bytes:
    """A JSONL file of `n_bad` bad lines among as many good ones, ~2.7 KB a line (8 MB at 3,000)."""
    bad = "{" + '"text": "' + "x" * 2_700  # unterminated: the parser reads to the end of the line
    return "\n".join(line for _ in range(n_bad) for line in (GOOD_LINE, bad)).encode()


def _capitalised(n_words: int, joiner: str = " ") -> bytes:
    """One line (or, joined by newlines, one column) of capitalised words: shaped like names, headlines, bylines."""
    words = ("Delta", "Echo", "Golf", "Hotel", "Kilo", "Lima", "Oscar")
    return joiner.join(words[(k * 5) % 7] for k in range(n_words)).encode()


# name: (unit, base size, what it costs), each cost called with the size.
CASES: dict[str, tuple[str, int, Callable[[int], dict[str, float]]]] = {
    "quotes": ("quotation marks", 2_000, lambda n: _extract(' "a"' * (n // 2))),
    "no_punctuation": ("characters", 20_000, lambda n: _extract("word " * (n // 5))),
    "long_text": (
        "characters",
        60_000,
        lambda n: _extract(
            ("The mayor of Springfield said on Monday that 12 people were hurt.\n\n" * (n // 67 + 1))[:n]
        ),
    ),
    "digits": ("digits", 25_000, lambda n: _extract(f"The ministry said {'9' * n} people were killed.")),
    "jsonl_bad_lines": ("bad lines", 500, lambda n: _read("feed.jsonl", _bad_jsonl(n))),
    "markdown_stars": ("characters", 60_000, lambda n: _read("a.md", ("*a " * (n // 3)).encode())),
    "markdown_brackets": ("characters", 60_000, lambda n: _read("a.md", ("[a](" * (n // 4)).encode())),
    "capitalised_line": ("words", 4_000, lambda n: _read("a.txt", _capitalised(n))),
    "capitalised_lines": ("lines", 4_000, lambda n: _read("a.txt", _capitalised(n, "\n"))),
    "json_depth": ("levels", 100_000, lambda n: _read("a.json", ("[" * n + "]" * n).encode())),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every size (default: %(default)s)")
    parser.add_argument("--only", nargs="+", choices=sorted(CASES), help="run only these inputs")
    args = parser.parse_args(argv)
    _extract("Rain fell.")  # model loaded before any timing
    print(f"{'input':<18} {'size':>10} {'unit':<16} {'seconds':>8} {'spaCy':>7} {'extract':>8} {'µs/unit':>9}")
    for name in args.only or CASES:
        unit, base, cost = CASES[name]
        for factor in (1, 2, 4):
            size = int(base * factor * args.scale)
            started = time.perf_counter()
            timings = cost(size)
            seconds = time.perf_counter() - started
            print(
                f"{name:<18} {size:>10,} {unit:<16} {seconds:>8.2f} {timings.get('nlp', 0):>7.2f} "
                f"{timings.get('extract', 0):>8.2f} {1e6 * seconds / size:>9.1f}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
