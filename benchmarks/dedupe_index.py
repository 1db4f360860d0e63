"""Memory and speed of the near-duplicate index (transforms/dedupe.StoryIndex) as the corpus grows.

Adds --sizes synthetic articles (words drawn from a short list, 60% of them copies of recent ones with a
few words changed or a new lead and tail, as in tests/test_dedupe.py) to one index and prints, at each
size: the index's own memory per article (band runs, per-article arrays, the store's offsets; the shingle
sets are in its temporary file), the process's peak RSS, and articles per CPU second. No reading or
cleaning: the texts are made in memory, one at a time.

    python benchmarks/dedupe_index.py --sizes 10000 100000
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsfacts.transforms.dedupe import StoryIndex  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "dedupe_index.json"
VOCABULARY = (
    "the council said on monday that roads bridges and schools in the valley would reopen after the storm "
    "while families waited for water power and help from aid groups near the border towns markets prices "
    "minister officials plan region government money repair hospitals winter fuel bread trucks"
).split()


def texts(rng: random.Random):
    """An endless stream of synthetic articles."""
    recent: list[list[str]] = []
    while True:
        if recent and rng.random() < 0.6:
            words = list(rng.choice(recent))
            if rng.random() < 0.4:
                for _ in range(rng.randint(0, 6)):
                    words[rng.randrange(len(words))] = rng.choice(VOCABULARY)
            else:
                cut = int(len(words) * rng.uniform(0.05, 0.45))
                words[:cut] = [rng.choice(VOCABULARY) for _ in range(cut)]
        else:
            words = [rng.choice(VOCABULARY) for _ in range(rng.randint(300, 900))]
            recent = (recent + [words])[-300:]
        yield " ".join(words)


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--json", default=str(RESULTS))
    args = parser.parse_args(argv)
    sizes = sorted(args.sizes)
    stream = texts(random.Random(5))
    index = StoryIndex()
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows, cpu, stories = [], 0.0, 0
    print(f"{'articles':>9} {'index B/art':>12} {'shingle file MiB':>17} {'peak RSS MiB':>13} {'art/s CPU':>10}")
    for size in sizes:
        while len(index) < size:
            text = next(stream)
            start = cpu_seconds()
            match = index.add(text)
            cpu += cpu_seconds() - start
            stories += match.story == len(index) - 1
        row = {
            "articles": len(index),
            "index_bytes_per_article": round(index.nbytes / len(index), 1),
            "shingle_file_mib": round(index.store.disk_bytes / 2**20, 1),
            "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "articles_per_cpu_second": round(len(index) / cpu, 1),
            "stories": stories,
        }
        rows.append(row)
        print(
            f"{row['articles']:>9,} {row['index_bytes_per_article']:>12,.0f} {row['shingle_file_mib']:>17,.1f} "
            f"{row['peak_rss_mib']:>13,.0f} {row['articles_per_cpu_second']:>10,.0f}"
        )
    index.close()
    result = {"peak_rss_mib_before": round(rss_before, 1), "sizes": rows}
    Path(args.json).write_text(json.dumps(result, indent=2) + "\n")
    print(f"results: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
