"""The last stages of a full rebuild of a large store, measured: peak RSS and CPU seconds.

A full rebuild (`newsfacts.store.rebuild`, `--full-refresh`) replays the store's ingest batches in order from an
empty state, saving the state after each, and writes the corpus tables whole at its end. A replay of the 200
batches of a 1,000,000 store costs hours here, so this measures where its memory is highest: the last ingest
batch (INGEST synthetic articles, the store's last dates) added with `corpus=False` to the state of the store, as
`rebuild` adds its batches, the state saved, then the corpus tables written whole exactly as `rebuild` ends.
The store is the one `store_scale.py --keep` tiles (its tiled store holds more canonical rows than a replay
would, so its state is not smaller than a replay's). Runs on a copy; the store is not changed.

    python benchmarks/rebuild_tail.py /tmp/newsfacts-store-scale/store_1000000 --work /tmp/newsfacts-store-scale

Writes benchmarks/results/rebuild_tail.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import store_scale as B  # noqa: E402  (the store benchmark's synthetic articles and templates)

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store", type=Path, help="a store built by store_scale.py (e.g. its tiled 1,000,000)")
    parser.add_argument("--work", type=Path, required=True, help="store_scale.py's --work (its templates.pkl)")
    parser.add_argument("--size", type=int, default=1_000_000, help="the store's size in articles")
    parser.add_argument("--results", type=Path, default=ROOT / "benchmarks" / "results")
    args = parser.parse_args(argv)

    from newsfacts import store as S
    from newsfacts.schema import make_id
    from newsfacts.storage import Output
    from newsfacts.transforms.canonical import Canonical

    templates, template_rows = B._templates(args.work)
    by_article = B._by_article(template_rows)
    n, variants = args.size, max(2, int(args.size**0.5))
    articles: list[dict] = []
    rows: dict[str, list[dict]] = {k: [] for k in B.ID_FIELDS}
    for i in range(n - B.INGEST, n):  # the replay's last ingest batch: the store's last INGEST articles
        article, got = B.synthetic_article(i, n, templates, by_article, variants)
        articles.append(article)
        for k in B.ID_FIELDS:
            rows[k].extend(got[k])
    copy = args.store.parent / f"{args.store.name}_tail{os.getpid()}"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(args.store, copy)
    result: dict = {"store": str(args.store), "size": n, "batch_articles": len(articles), "code": B._code()}
    result["start"] = {"peak_mib": B._peak_mib(), "cpu_s": B._cpu_s(), "load": os.getloadavg()[0]}
    try:
        out = Output(str(copy))
        store = Canonical.load(out) or Canonical()
        started = time.perf_counter()
        store, _ = S.add_batch(out, make_id("batch", "rebuild-tail", n), articles, rows, store=store, corpus=False)
        store.save(out)
        result["last_batch"] = {
            "seconds": round(time.perf_counter() - started, 1),
            "peak_mib": B._peak_mib(),
            "cpu_s": B._cpu_s(),
            "load": os.getloadavg()[0],
        }
        started = time.perf_counter()
        made = {t: partial(S._whole, store, t) for t in S.CORPUS_TABLES}  # as rebuild() ends
        made.update({t: partial(S._laid_out, store.parts[t], []) for t in S.STATE_LAID_OUT})
        out.write_tables(S.Lazy(made))
        store.save(out)
        result["corpus_written"] = {
            "seconds": round(time.perf_counter() - started, 1),
            "peak_mib": B._peak_mib(),
            "cpu_s": B._cpu_s(),
            "load": os.getloadavg()[0],
        }
    finally:
        shutil.rmtree(copy, ignore_errors=True)
    result["date"] = time.strftime("%Y-%m-%d")
    args.results.mkdir(parents=True, exist_ok=True)
    (args.results / "rebuild_tail.json").write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
